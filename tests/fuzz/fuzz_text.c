/* SPDX-License-Identifier: MIT */
/*
 * fuzz_text.c: the helpers for a person's own words (core/text.h) and the
 * crisis phrase matcher (core/crisis.h) with any bytes: text_valid,
 * text_chars, text_trimmed, text_set_field, text_tag, text_split,
 * text_parse_int, text_pad, text_wrap, text_normalise and the folding
 * comparisons. A tag must come back the same when made a tag again, split
 * pieces must be trimmed and non-empty, and nothing may read past the end.
 */
#include <ctype.h>

#include "fuzz.h"

#include "core/buf.h"
#include "core/crisis.h"
#include "core/err.h"
#include "core/text.h"

FUZZ_INIT_DEFAULT

static void check_tag(const char *s)
{
	struct err err = ERR_INIT;
	char *tag = NULL, *again = NULL;

	if (text_tag(s, &tag, "tag", &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && !strcmp(err.field, "tag"));
		return;
	}
	if (!tag)
		return;
	FUZZ_CHECK(text_valid(tag, 0) && text_chars(tag) <= TEXT_TAG_MAX);
	FUZZ_CHECK(tag[0] != '#' && !isspace((unsigned char)tag[0]));
	FUZZ_CHECK(!isspace((unsigned char)tag[strlen(tag) - 1]));
	for (const char *p = tag; *p; p++)
		FUZZ_CHECK(!isupper((unsigned char)*p));
	FUZZ_CHECK(!text_tag(tag, &again, "tag", &err) && again && !strcmp(again, tag));
	free(again);
	free(tag);
}

static void check_split(const char *s, char sep)
{
	char **items = NULL;
	size_t n = 0;

	text_split(s, sep, &items, &n);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(items[i]);
		FUZZ_CHECK(len > 0 && !strchr(items[i], sep));
		FUZZ_CHECK(!isspace((unsigned char)items[i][0]));
		FUZZ_CHECK(!isspace((unsigned char)items[i][len - 1]));
	}
	text_free_list(items, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size), *t, *field = NULL;
	struct buf b = BUF_INIT;
	struct err err = ERR_INIT;
	int v = 7;

	t = text_trimmed(s);
	FUZZ_CHECK(strlen(t) <= strlen(s));
	if (*t) {
		FUZZ_CHECK(!isspace((unsigned char)t[0]));
		FUZZ_CHECK(!isspace((unsigned char)t[strlen(t) - 1]));
	}
	free(t);
	if (text_valid(s, 1)) {
		FUZZ_CHECK(text_chars(s) <= strlen(s));
		text_pad(&b, s, 12);
		text_wrap(&b, s, 20, "- ", "  ");
		text_wrap(&b, s, 1, "", "");
	}
	if (!text_set_field(&field, s, 200, 1, "note", "the note", &err)) {
		FUZZ_CHECK(!field || (text_valid(field, 1) && text_chars(field) <= 200));
	} else {
		FUZZ_CHECK(err.kind == ERR_INPUT && !field);
	}
	free(field);
	field = NULL;
	err_clear(&err);
	if (!text_set_field(&field, s, 40, 0, "name", "the name", &err))
		FUZZ_CHECK(!field || text_valid(field, 0));
	free(field);
	check_tag(s);
	check_split(s, ',');
	check_split(s, ' ');
	switch (text_parse_int(s, -100, 100, &v)) {
	case 0:
		FUZZ_CHECK(v >= -100 && v <= 100);
		break;
	case -1: case -2: case -3:
		FUZZ_CHECK(v == 7);
		break;
	default:
		FUZZ_CHECK(!"text_parse_int returned something else");
	}
	text_normalise(&b, s);
	(void)text_contains_fold(s, "walk");
	(void)text_contains_fold("a long walk in the rain", s);
	(void)text_eq_fold(s, "Walk");
	(void)crisis_text_matches(s);
	(void)crisis_phrase_matches(s, "i want to end it all");
	buf_release(&b);
	free(s);
	return 0;
}
