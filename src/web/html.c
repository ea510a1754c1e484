/* SPDX-License-Identifier: MIT */
/*
 * html.c: the escaping formatter (see html.h). It walks the format itself,
 * escaping %s, and hands each numeric conversion, one at a time, to
 * snprintf with a format it rebuilt from the checked literal.
 */
#include <ctype.h>

#include "core/xalloc.h"
#include "html.h"

void html_escape(struct buf *out, const char *s)
{
	const char *run = s;

	if (!s)
		return;
	for (; *s; s++) {
		const char *rep;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_add(out, run, (size_t)(s - run));
		buf_adds(out, rep);
		run = s + 1;
	}
	buf_add(out, run, (size_t)(s - run));
}

void url_encode(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
			buf_addch(out, (char)c);
		} else {
			buf_addch(out, '%');
			buf_addch(out, hex[c >> 4]);
			buf_addch(out, hex[c & 15]);
		}
	}
}

/* The rebuilt conversion comes from a literal format checked by the
 * compiler; only its pieces are passed on here. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void number(struct buf *out, const char *spec, char conv, int lmod,
		   va_list *ap)
{
	switch (conv) {
	case 'd':
	case 'i':
		if (lmod == 2)
			buf_addf(out, spec, va_arg(*ap, long long));
		else if (lmod == 1)
			buf_addf(out, spec, va_arg(*ap, long));
		else if (lmod == 3)
			buf_addf(out, spec, va_arg(*ap, ssize_t));
		else
			buf_addf(out, spec, va_arg(*ap, int));
		break;
	case 'u':
	case 'x':
		if (lmod == 2)
			buf_addf(out, spec, va_arg(*ap, unsigned long long));
		else if (lmod == 1)
			buf_addf(out, spec, va_arg(*ap, unsigned long));
		else if (lmod == 3)
			buf_addf(out, spec, va_arg(*ap, size_t));
		else
			buf_addf(out, spec, va_arg(*ap, unsigned));
		break;
	case 'f':
	case 'g':
		buf_addf(out, spec, va_arg(*ap, double));
		break;
	default:
		BUG("html_printf: unsupported conversion '%%%c'", conv);
	}
}
#pragma GCC diagnostic pop

void html_vprintf(struct buf *out, const char *fmt, va_list ap)
{
	const char *p = fmt;
	va_list cp;

	va_copy(cp, ap);
	while (*p) {
		const char *pct = strchr(p, '%');
		char spec[32];
		size_t n = 0;
		int lmod = 0;
		char conv;

		if (!pct) {
			buf_adds(out, p);
			break;
		}
		buf_add(out, p, (size_t)(pct - p));
		p = pct + 1;
		spec[n++] = '%';
		while (*p && strchr("-+ #0", *p) && n < 8)
			spec[n++] = *p++;
		while (isdigit((unsigned char)*p) && n < 16)
			spec[n++] = *p++;
		if (*p == '.') {
			spec[n++] = *p++;
			while (isdigit((unsigned char)*p) && n < 24)
				spec[n++] = *p++;
		}
		if (*p == 'l') {
			spec[n++] = *p++;
			lmod = 1;
			if (*p == 'l') {
				spec[n++] = *p++;
				lmod = 2;
			}
		} else if (*p == 'z') {
			spec[n++] = *p++;
			lmod = 3;
		}
		conv = *p ? *p++ : '\0';
		spec[n++] = conv;
		spec[n] = '\0';
		switch (conv) {
		case '%':
			buf_addch(out, '%');
			break;
		case 's':
			if (n != 2)
				BUG("html_printf: %%s takes no flags, width or precision");
			html_escape(out, va_arg(cp, const char *));
			break;
		case 'c': {
			char s[2] = { (char)va_arg(cp, int), '\0' };
			html_escape(out, s);
			break;
		}
		default:
			number(out, spec, conv, lmod, &cp);
		}
	}
	va_end(cp);
}

void html_printf(struct buf *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	html_vprintf(out, fmt, ap);
	va_end(ap);
}
