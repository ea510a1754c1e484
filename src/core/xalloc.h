/* SPDX-License-Identifier: MIT */
/*
 * xalloc.h: allocation that cannot fail (it aborts on out-of-memory, as
 * Fossil, tmux and git do), BUG() for broken invariants, and FREE_AND_NULL.
 */
#ifndef WAYMARK_XALLOC_H
#define WAYMARK_XALLOC_H

#include <stddef.h>

/* Each returns memory the caller owns and frees with free(). */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* Copies at most n bytes of s and terminates the copy. */
char *xstrndup(const char *s, size_t n);

/* Prints "BUG: file:line: msg" to stderr and aborts. Never returns. */
_Noreturn void bug_fl(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define BUG(...) bug_fl(__FILE__, __LINE__, __VA_ARGS__)

#define FREE_AND_NULL(p) do { free(p); (p) = NULL; } while (0)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
