/* SPDX-License-Identifier: MIT */
/*
 * html.h: the only way HTML and SVG are written. html_printf() is printf
 * with one difference: every %s is HTML-escaped (& < > " '), so text from a
 * person can never become markup. Its format must be a string literal
 * (checked by the compiler through -Wformat-nonliteral), so markup itself
 * only ever comes from the program. Raw markup enters through html_raw(),
 * which also accepts only a literal.
 *
 * Supported conversions: %s (escaped; NULL prints nothing), %c (escaped),
 * %d %i %u %x with the l, ll and z modifiers, %f %g with width and
 * precision, and %%. Anything else is a bug and aborts.
 */
#ifndef WAYMARK_HTML_H
#define WAYMARK_HTML_H

#include <stdarg.h>

#include "core/buf.h"

void html_printf(struct buf *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void html_vprintf(struct buf *out, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Appends literal markup. */
#define html_raw(out, lit) buf_adds((out), "" lit)

/* Appends s with & < > " ' escaped. */
void html_escape(struct buf *out, const char *s);
/* Appends s percent-encoded for use inside a URL query or path segment
 * (everything but A-Z a-z 0-9 - . _ ~). The result is also safe in HTML. */
void url_encode(struct buf *out, const char *s);

#endif
