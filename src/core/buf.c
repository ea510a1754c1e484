/* SPDX-License-Identifier: MIT */
/*
 * buf.c: the growable string buffer (see buf.h for its invariants). It never
 * exits except through xalloc's out-of-memory abort.
 */
#include "buf.h"
#include "xalloc.h"

char buf_empty_[1];

void buf_init(struct buf *b, size_t max, unsigned flags)
{
	b->data = buf_empty_;
	b->len = 0;
	b->alloc = 0;
	b->max = max;
	b->flags = flags;
}

static void wipe(struct buf *b)
{
	if ((b->flags & BUF_SENSITIVE) && b->alloc)
		explicit_bzero(b->data, b->alloc);
}

void buf_release(struct buf *b)
{
	if (b->alloc) {
		wipe(b);
		free(b->data);
	}
	b->data = buf_empty_;
	b->len = 0;
	b->alloc = 0;
}

void buf_reset(struct buf *b)
{
	wipe(b);
	b->len = 0;
	if (b->alloc)
		b->data[0] = '\0';
}

char *buf_detach(struct buf *b, size_t *lenp)
{
	char *p;
	if (lenp)
		*lenp = b->len;
	if (!b->alloc)
		p = xstrdup("");
	else
		p = b->data;
	b->data = buf_empty_;
	b->len = 0;
	b->alloc = 0;
	return p;
}

int buf_grow(struct buf *b, size_t extra)
{
	size_t want, n;
	char *p;

	if (extra > SIZE_MAX / 2 - b->len)
		BUG("buf_grow: size overflow");
	if (b->max && b->len + extra > b->max)
		return -1;
	want = b->len + extra + 1;
	if (want <= b->alloc)
		return 0;
	n = b->alloc ? b->alloc : 64;
	while (n < want)
		n = n + n / 2 + 16;
	if (b->flags & BUF_SENSITIVE) {
		/* never let realloc leave a copy of a secret behind */
		p = xmalloc(n);
		memcpy(p, b->data, b->len + 1);
		if (b->alloc) {
			explicit_bzero(b->data, b->alloc);
			free(b->data);
		}
	} else if (b->alloc) {
		p = xrealloc(b->data, n);
	} else {
		p = xmalloc(n);
		p[0] = '\0';
	}
	b->data = p;
	b->alloc = n;
	b->data[b->len] = '\0';
	return 0;
}

int buf_add(struct buf *b, const void *data, size_t len)
{
	if (buf_grow(b, len) < 0)
		return -1;
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_addch(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(b->data + b->len, b->alloc ? b->alloc - b->len : 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		BUG("buf_vaddf: bad format '%s'", fmt);
	if (b->max && b->len + (size_t)n > b->max) {
		if (b->alloc)
			b->data[b->len] = '\0';
		return -1;
	}
	if ((size_t)n + 1 > (b->alloc ? b->alloc - b->len : 0)) {
		if (buf_grow(b, (size_t)n) < 0) {
			if (b->alloc)
				b->data[b->len] = '\0';
			return -1;
		}
		n = vsnprintf(b->data + b->len, b->alloc - b->len, fmt, ap);
	}
	b->len += (size_t)n;
	return 0;
}

int buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = buf_vaddf(b, fmt, ap);
	va_end(ap);
	return r;
}

void buf_setlen(struct buf *b, size_t len)
{
	if (len > b->len)
		BUG("buf_setlen beyond the end");
	if (!b->alloc)
		return;
	if (b->flags & BUF_SENSITIVE)
		explicit_bzero(b->data + len, b->len - len);
	b->len = len;
	b->data[len] = '\0';
}

void buf_rtrim(struct buf *b)
{
	size_t n = b->len;
	while (n && strchr(" \t\r\n", b->data[n - 1]))
		n--;
	buf_setlen(b, n);
}
