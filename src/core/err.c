/* SPDX-License-Identifier: MIT */
/* err.c: filling struct err (see err.h). Never exits. Messages may quote
 * what a person typed, so each is made valid UTF-8 without control
 * characters (text_sanitise) before anyone prints it or sends it as JSON. */
#include "err.h"
#include "text.h"

void err_clear(struct err *e)
{
	e->kind = ERR_NONE;
	e->field[0] = '\0';
	e->msg[0] = '\0';
}

static void vset(struct err *e, enum err_kind kind, const char *field,
		 const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

static void vset(struct err *e, enum err_kind kind, const char *field,
		 const char *fmt, va_list ap)
{
	e->kind = kind;
	snprintf(e->field, sizeof(e->field), "%s", field ? field : "");
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	text_sanitise(e->msg);
}

int err_set(struct err *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vset(e, ERR_FAIL, NULL, fmt, ap);
	va_end(ap);
	return -1;
}

int err_input(struct err *e, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vset(e, ERR_INPUT, field, fmt, ap);
	va_end(ap);
	return -1;
}

int err_kind_set(struct err *e, enum err_kind kind, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vset(e, kind, NULL, fmt, ap);
	va_end(ap);
	return -1;
}

void err_prefix(struct err *e, const char *fmt, ...)
{
	char pre[160];
	size_t plen, mlen;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(pre, sizeof(pre), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	plen = strlen(pre);
	mlen = strlen(e->msg);
	if (plen + mlen >= sizeof(e->msg)) /* keep the prefix; cut the end */
		mlen = sizeof(e->msg) - 1 - plen;
	memmove(e->msg + plen, e->msg, mlen);
	memcpy(e->msg, pre, plen);
	e->msg[plen + mlen] = '\0';
	text_sanitise(e->msg); /* the cut may have split a character */
}
