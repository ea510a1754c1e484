/* SPDX-License-Identifier: MIT */
/*
 * buf.h: the one growable string buffer. All text Waymark builds (HTML, SVG,
 * JSON text, messages) goes through it; SQL never does.
 *
 * Invariants (as git's strbuf):
 *   - data is never NULL and always NUL-terminated, even when empty;
 *   - start from BUF_INIT (or buf_init());
 *   - buf_detach() is the only way to take the memory out.
 * Cap (as curl's dynbuf): when max is non-zero, an append that would make len
 * exceed max returns -1 and leaves the buffer as it was. Uncapped appends
 * cannot fail (out-of-memory aborts), so their result may be ignored; that
 * is why these functions are not warn_unused_result.
 * Secrets: with BUF_SENSITIVE, old memory is zeroed whenever the buffer grows
 * or is reset or released.
 */
#ifndef WAYMARK_BUF_H
#define WAYMARK_BUF_H

#include <stdarg.h>
#include <stddef.h>

enum {
	BUF_SENSITIVE = 1 << 0,
};

struct buf {
	char *data;
	size_t len;
	size_t alloc;
	size_t max;     /* 0: no cap */
	unsigned flags;
};

extern char buf_empty_[1];
#define BUF_INIT { buf_empty_, 0, 0, 0, 0 }
#define BUF_INIT_SENSITIVE { buf_empty_, 0, 0, 0, BUF_SENSITIVE }

/* Prepares b as an empty buffer with the given cap and flags. */
void buf_init(struct buf *b, size_t max, unsigned flags);
/* Frees the contents (zeroing them if sensitive); b is empty and reusable. */
void buf_release(struct buf *b);
/* Empties b, keeping its memory (zeroed if sensitive). */
void buf_reset(struct buf *b);
/* Hands the text to the caller, who frees it; b becomes empty. If lenp is
 * not NULL it receives the length. */
char *buf_detach(struct buf *b, size_t *lenp);

/* Make room for extra more bytes. -1 if the cap would be exceeded. */
int buf_grow(struct buf *b, size_t extra);
int buf_add(struct buf *b, const void *data, size_t len);
int buf_adds(struct buf *b, const char *s);
int buf_addch(struct buf *b, char c);
int buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int buf_vaddf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Shortens to len (len must not exceed b->len). */
void buf_setlen(struct buf *b, size_t len);
/* Removes trailing white space (space, tab, CR, LF). */
void buf_rtrim(struct buf *b);

#endif
