/* SPDX-License-Identifier: MIT */
/* text.c: helpers for people's words (see text.h). */
#include <ctype.h>
#include <errno.h>

#include "i18n.h"
#include "text.h"
#include "xalloc.h"

/* The length (2 to 4) of the valid UTF-8 sequence for one character at p
 * (p[0] >= 0x80), or 0 when it is not one: a stray or overlong byte, a
 * sequence cut short, a surrogate, beyond U+10FFFF, or a C1 control. */
static int utf8_seq(const unsigned char *p)
{
	unsigned c = *p, cp;
	int n;

	if (c >= 0xc2 && c <= 0xdf) {
		n = 1;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 2;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 3;
		cp = c & 0x07;
	} else {
		return 0;
	}
	for (int i = 1; i <= n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	if (cp >= 0x80 && cp < 0xa0) /* C1 controls */
		return 0;
	return n + 1;
}

int text_valid(const char *s, int multiline)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		unsigned c = *p;
		int n;

		if (c < 0x80) {
			if (c < 0x20 || c == 0x7f) {
				if (c == '\t' || (multiline && (c == '\n' || c == '\r'))) {
					p++;
					continue;
				}
				return 0;
			}
			p++;
			continue;
		}
		if (!(n = utf8_seq(p)))
			return 0;
		p += n;
	}
	return 1;
}

int text_char_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	return *p < 0x80 ? 1 : utf8_seq(p);
}

void text_sanitise(char *s)
{
	unsigned char *p = (unsigned char *)s;

	while (*p) {
		int n;

		if (*p < 0x80) {
			if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7f)
				*p = '?';
			p++;
		} else if ((n = utf8_seq(p))) {
			p += n;
		} else {
			*p++ = '?';
		}
	}
}

size_t text_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

char *text_trimmed(const char *s)
{
	struct buf b = BUF_INIT;
	const char *end;

	while (*s && isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	/* copy runs between CRs in one go: this is on every read of a record */
	buf_grow(&b, (size_t)(end - s));
	for (const char *p = s; p < end;) {
		const char *cr = memchr(p, '\r', (size_t)(end - p));
		const char *stop = cr ? cr : end;
		buf_add(&b, p, (size_t)(stop - p));
		if (!cr)
			break;
		/* drop the CR of a CRLF; a lone CR (old Macs) is a line
		 * break too, so that trimming again changes nothing */
		if (!(cr + 1 < end && cr[1] == '\n'))
			buf_addch(&b, '\n');
		p = cr + 1;
	}
	return buf_detach(&b, NULL);
}

int text_set_field(char **field, const char *s, size_t max, int multiline,
		   const char *field_name, const char *label, struct err *err)
{
	char *t;

	if (!text_valid(s, multiline))
		return err_input(err, field_name,
			multiline ? _("%s has a character Waymark cannot store (a control character or broken text)")
				  : _("%s has a character Waymark cannot store, or a line break; keep it to one line"),
			label);
	t = text_trimmed(s);
	if (text_chars(t) > max) {
		free(t);
		return err_input(err, field_name,
				 _("%s is longer than %zu characters; please shorten it"), label, max);
	}
	free(*field);
	*field = NULL;
	if (*t)
		*field = t;
	else
		free(t);
	return 0;
}

char *text_lower(const char *s)
{
	char *r = xstrdup(s);
	for (char *p = r; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return r;
}

int text_contains_fold(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return 1;
	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return 1;
	return 0;
}

int text_eq_fold(const char *a, const char *b)
{
	return !strcasecmp(a, b);
}

void text_split(const char *s, char sep, char ***items, size_t *nitems)
{
	const char *p = s;

	while (1) {
		const char *q = strchr(p, sep);
		size_t len = q ? (size_t)(q - p) : strlen(p);
		char *raw = xstrndup(p, len);
		char *t = text_trimmed(raw);
		free(raw);
		if (*t) {
			*items = xrealloc(*items, (*nitems + 1) * sizeof(**items));
			(*items)[(*nitems)++] = t;
		} else {
			free(t);
		}
		if (!q)
			break;
		p = q + 1;
	}
}

void text_free_list(char **items, size_t nitems)
{
	for (size_t i = 0; i < nitems; i++)
		free(items[i]);
	free(items);
}

void text_normalise(struct buf *out, const char *s)
{
	int space = 1;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		/* apostrophes vanish, straight or curly (U+2019), so "can't"
		 * and "cant" read the same */
		if (c == '\'')
			continue;
		if (c == 0xe2 && (unsigned char)s[1] == 0x80 &&
		    (unsigned char)s[2] == 0x99) {
			s += 2;
			continue;
		}
		if (c < 0x80 && !isalnum(c)) {
			if (!space)
				buf_addch(out, ' ');
			space = 1;
			continue;
		}
		buf_addch(out, (char)tolower(c));
		space = 0;
	}
	if (out->len && out->data[out->len - 1] == ' ')
		buf_setlen(out, out->len - 1);
}

int text_parse_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v;

	while (isspace((unsigned char)*s))
		s++;
	if (!*s || !(isdigit((unsigned char)*s) || *s == '-' || *s == '+'))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (*end || errno)
		return errno == ERANGE ? (s[0] == '-' ? -2 : -3) : -1;
	if (v < lo)
		return -2;
	if (v > hi)
		return -3;
	*out = (int)v;
	return 0;
}
int text_tag(const char *s, char **out, const char *field, struct err *err)
{
	struct buf norm = BUF_INIT;
	const char *t = s;

	while (*t == '#' || isspace((unsigned char)*t))
		t++;
	for (int space = 0; *t; t++) {
		if (isspace((unsigned char)*t)) {
			space = 1;
			continue;
		}
		if (space && norm.len)
			buf_addch(&norm, ' ');
		space = 0;
		buf_addch(&norm, (char)tolower((unsigned char)*t));
	}
	if (!text_valid(norm.data, 0) || text_chars(norm.data) > TEXT_TAG_MAX) {
		buf_release(&norm);
		return err_input(err, field,
			_("a tag can be up to %d characters of ordinary text; '%s' is not"),
			TEXT_TAG_MAX, s);
	}
	if (!norm.len) {
		buf_release(&norm);
		*out = NULL;
		return 0;
	}
	*out = buf_detach(&norm, NULL);
	return 0;
}

void text_wrap(struct buf *out, const char *s, size_t width, const char *first,
	       const char *indent)
{
	const char *lead = first;
	size_t col = 0;
	int line_open = 0;

	while (*s) {
		const char *w = s;
		size_t wlen, wchars;
		char *word;

		if (*s == '\n') { /* ends a line, or makes an empty one */
			buf_addch(out, '\n');
			line_open = 0;
			lead = indent;
			s++;
			continue;
		}
		if (*s == ' ' || *s == '\t') {
			s++;
			continue;
		}
		while (*s && *s != ' ' && *s != '\t' && *s != '\n')
			s++;
		wlen = (size_t)(s - w);
		word = xstrndup(w, wlen);
		wchars = text_chars(word);
		if (line_open && col + 1 + wchars > width) {
			buf_addch(out, '\n');
			line_open = 0;
			lead = indent;
		}
		if (!line_open) {
			buf_adds(out, lead);
			col = text_chars(lead);
			line_open = 1;
		} else {
			buf_addch(out, ' ');
			col++;
		}
		buf_add(out, word, wlen);
		col += wchars;
		free(word);
	}
	if (line_open)
		buf_addch(out, '\n');
}

void text_pad(struct buf *out, const char *s, size_t width)
{
	size_t chars = text_chars(s);
	const char *p = s;

	if (chars <= width) {
		buf_adds(out, s);
		for (; chars < width; chars++)
			buf_addch(out, ' ');
		return;
	}
	if (!width)
		return;
	/* width - 1 characters, then the ellipsis */
	for (size_t n = 0; *p && n < width - 1; n++) {
		p++;
		while (*p && ((unsigned char)*p & 0xc0) == 0x80)
			p++;
	}
	buf_add(out, s, (size_t)(p - s));
	buf_adds(out, "\u2026");
}
