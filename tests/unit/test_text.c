/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "core/err.h"
#include "core/text.h"

#include <jansson.h>

static void test_text__accepts_utf8_and_refuses_broken_text(void **state)
{
	(void)state;
	assert_true(text_valid("caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x8c\xa7", 0));
	assert_true(text_valid("line one\nline two", 1));
	assert_false(text_valid("line one\nline two", 0));
	assert_false(text_valid("bell\a", 1));
	assert_false(text_valid("\xc3", 0));          /* cut short */
	assert_false(text_valid("\xc0\xaf", 0));      /* overlong */
	assert_false(text_valid("\xed\xa0\x80", 0));  /* surrogate */
	assert_false(text_valid("\xf5\x80\x80\x80", 0));
	assert_false(text_valid("\xc2\x85", 0));      /* C1 control */
	assert_int_equal(text_chars("caf\xc3\xa9"), 4);
}

static void test_text__trims_and_turns_crlf_into_lf(void **state)
{
	char *t;
	(void)state;
	t = text_trimmed("  \r\n hello\r\nthere \t\n");
	assert_string_equal(t, "hello\nthere");
	free(t);
	t = text_trimmed("   ");
	assert_string_equal(t, "");
	free(t);
}

static void test_text__splits_comma_lists(void **state)
{
	char **items = NULL;
	size_t n = 0;
	(void)state;
	text_split(" work, rain ,,  long walk ,", ',', &items, &n);
	assert_int_equal(n, 3);
	assert_string_equal(items[0], "work");
	assert_string_equal(items[1], "rain");
	assert_string_equal(items[2], "long walk");
	text_free_list(items, n);
}

static void test_text__normalises_phrases(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	text_normalise(&b, "  I Can\xe2\x80\x99t   go-on!! ");
	assert_string_equal(b.data, "i cant go on");
	buf_release(&b);
}

static void test_text__folds_ascii_case_in_search(void **state)
{
	(void)state;
	assert_true(text_contains_fold("Went for a WALK", "walk"));
	assert_false(text_contains_fold("Went for a run", "walk"));
	assert_true(text_contains_fold("anything", ""));
	assert_true(text_eq_fold("Alone", "alone"));
}

static void test_text__parses_whole_numbers_in_a_range(void **state)
{
	int v = 42;
	(void)state;
	assert_int_equal(text_parse_int(" 7 ", 1, 10, &v), 0);
	assert_int_equal(v, 7);
	assert_int_equal(text_parse_int("1", 1, 10, &v), 0);
	assert_int_equal(text_parse_int("10", 1, 10, &v), 0);
	assert_int_equal(v, 10);
	assert_int_equal(text_parse_int("0", 1, 10, &v), -2);
	assert_int_equal(text_parse_int("11", 1, 10, &v), -3);
	assert_int_equal(text_parse_int("-99999999999999999999", 1, 10, &v), -2);
	assert_int_equal(text_parse_int("99999999999999999999", 1, 10, &v), -3);
	assert_int_equal(text_parse_int("6.5", 1, 10, &v), -1);
	assert_int_equal(text_parse_int("six", 1, 10, &v), -1);
	assert_int_equal(text_parse_int("", 1, 10, &v), -1);
	assert_int_equal(v, 10);
}

static void test_text__set_field_checks_and_trims(void **state)
{
	struct err err = ERR_INIT;
	char *f = NULL;
	(void)state;
	assert_int_equal(text_set_field(&f, "  a reward  ", 20, 0, "reward", "the reward", &err), 0);
	assert_string_equal(f, "a reward");
	assert_int_equal(text_set_field(&f, "two\nlines", 20, 0, "reward", "the reward", &err), -1);
	assert_string_equal(err.field, "reward");
	assert_non_null(strstr(err.msg, "the reward has a character"));
	assert_string_equal(f, "a reward"); /* unchanged */
	assert_int_equal(text_set_field(&f, "two\r\nlines", 20, 1, "why", "why", &err), 0);
	assert_string_equal(f, "two\nlines");
	assert_int_equal(text_set_field(&f, "far too long for this", 5, 1, "why", "why it matters", &err), -1);
	assert_non_null(strstr(err.msg, "longer than 5 characters"));
	assert_int_equal(text_set_field(&f, "   ", 5, 1, "why", "why", &err), 0);
	assert_null(f);
}

static void test_text__wraps_words_with_an_indent(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	text_wrap(&b, "one two three four five six", 16, "  ", "  ");
	assert_string_equal(b.data, "  one two three\n  four five six\n");
	buf_reset(&b);
	text_wrap(&b, "caf\xc3\xa9 caf\xc3\xa9 caf\xc3\xa9\nnext", 14, "> ", "> ");
	assert_string_equal(b.data, "> caf\xc3\xa9 caf\xc3\xa9\n> caf\xc3\xa9\n> next\n");
	buf_reset(&b);
	text_wrap(&b, "", 20, "  ", "  ");
	assert_string_equal(b.data, "");
	buf_release(&b);
}

static void test_text__tags_are_normalised_one_way(void **state)
{
	struct err err = ERR_INIT;
	char *t = (char *)"untouched";
	(void)state;
	assert_int_equal(text_tag("  ##Money   Worries ", &t, "tags", &err), 0);
	assert_string_equal(t, "money worries");
	free(t);
	assert_int_equal(text_tag("Caf\xc3\xa9", &t, "tags", &err), 0);
	assert_string_equal(t, "caf\xc3\xa9");
	free(t);
	assert_int_equal(text_tag(" # ", &t, "tags", &err), 0);
	assert_null(t);
	t = (char *)"untouched";
	assert_int_equal(text_tag("a tag that is far too long to be a tag really",
				  &t, "triggers", &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "triggers");
	assert_non_null(strstr(err.msg, "up to 40 characters"));
	assert_string_equal(t, "untouched");
	assert_int_equal(text_tag("bad\x01", &t, "tags", &err), -1);
}

static void test_text__pads_and_cuts_table_cells_by_characters(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	text_pad(&b, "caf\u00e9", 6);
	assert_string_equal(b.data, "caf\u00e9  ");
	buf_reset(&b);
	text_pad(&b, "h\u00e9llo world", 5);
	assert_string_equal(b.data, "h\u00e9ll\u2026");
	buf_reset(&b);
	text_pad(&b, "exact", 5);
	assert_string_equal(b.data, "exact");
	buf_release(&b);
}

static void test_text__wraps_at_spaces_with_an_indent(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	text_wrap(&b, "one two three four five", 12, "  ", "  ");
	assert_string_equal(b.data, "  one two\n  three four\n  five\n");
	buf_reset(&b);
	text_wrap(&b, "a\nb extraordinarily c", 8, "", "");
	assert_string_equal(b.data, "a\nb\nextraordinarily\nc\n");
	buf_release(&b);
}

/* Found by fuzz_cli_values: a message quoting a typed value that was not
 * UTF-8 could not be sent as JSON, so the API answered without one. */
static void test_text__messages_quoting_broken_text_are_still_valid_text(void **state)
{
	char s[] = "a\x8e\x96" "b\x1b[31m\tc\nd\xe2\x80";
	struct err err = ERR_INIT;
	json_t *j;
	(void)state;
	text_sanitise(s);
	assert_string_equal(s, "a?" "?b?[31m\tc\nd?" "?");
	err_input(&err, "mood", "'%s' is not one", "frica\x8e\x96" "-cene");
	assert_string_equal(err.msg, "'frica?" "?-cene' is not one");
	j = json_string(err.msg);
	assert_non_null(j);
	json_decref(j);
	/* a prefix that cuts a character in half at the end */
	memset(err.msg, 'x', sizeof(err.msg) - 3);
	memcpy(err.msg + sizeof(err.msg) - 3, "\xc3\xa9", 3);
	err_prefix(&err, "record %d: ", 12);
	assert_true(text_valid(err.msg, 0));
	assert_int_equal(strlen(err.msg), sizeof(err.msg) - 1);
}

/* Found by fuzz_form_checkin: a note with a lone CR before a CRLF was
 * stored with a CR in it, and read back (export, import, an API PATCH)
 * as different text. Trimming twice now changes nothing. */
static void test_text__trimming_twice_changes_nothing(void **state)
{
	char *once, *twice;
	(void)state;
	once = text_trimmed("j\r\r\n\r\rno \r");
	assert_string_equal(once, "j\n\n\n\nno");
	twice = text_trimmed(once);
	assert_string_equal(twice, once);
	free(once);
	free(twice);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text__accepts_utf8_and_refuses_broken_text),
		cmocka_unit_test(test_text__trims_and_turns_crlf_into_lf),
		cmocka_unit_test(test_text__splits_comma_lists),
		cmocka_unit_test(test_text__normalises_phrases),
		cmocka_unit_test(test_text__folds_ascii_case_in_search),
		cmocka_unit_test(test_text__parses_whole_numbers_in_a_range),
		cmocka_unit_test(test_text__set_field_checks_and_trims),
		cmocka_unit_test(test_text__wraps_words_with_an_indent),
		cmocka_unit_test(test_text__tags_are_normalised_one_way),
		cmocka_unit_test(test_text__pads_and_cuts_table_cells_by_characters),
		cmocka_unit_test(test_text__wraps_at_spaces_with_an_indent),
		cmocka_unit_test(test_text__messages_quoting_broken_text_are_still_valid_text),
		cmocka_unit_test(test_text__trimming_twice_changes_nothing),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
