/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include <math.h>

#include "features/diary/diary.h"
#include "vault/vault.h"

static int setup(void **state)
{
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	tzset();
	return vault_global_init();
}

static void today(struct checkin *c)
{
	wlocal_make((struct wdate){ 2026, 3, 14 }, 9 * 60, &c->when);
}

static void test_diary__mood_must_be_a_whole_number_from_0_to_10(void **state)
{
	struct err err = ERR_INIT;
	int m;
	(void)state;
	assert_int_equal(diary_parse_mood("0", &m, &err), 0);
	assert_int_equal(m, 0);
	assert_int_equal(diary_parse_mood(" 10 ", &m, &err), 0);
	assert_int_equal(m, 10);
	assert_int_equal(diary_parse_mood("11", &m, &err), -1);
	assert_non_null(strstr(err.msg, "above the scale"));
	assert_int_equal(diary_parse_mood("-1", &m, &err), -1);
	assert_non_null(strstr(err.msg, "below the scale"));
	assert_int_equal(diary_parse_mood("eleven", &m, &err), -1);
	assert_non_null(strstr(err.msg, "whole number"));
	assert_string_equal(err.field, "mood");
	assert_int_equal(diary_parse_mood("6.5", &m, &err), -1);
	assert_int_equal(diary_parse_mood("", &m, &err), -1);
	assert_int_equal(diary_parse_mood("99999999999999999999", &m, &err), -1);
}

static void test_diary__mood_words_at_both_ends(void **state)
{
	(void)state;
	assert_string_equal(diary_mood_word(0), "as low as it gets");
	assert_string_equal(diary_mood_word(5), "okay");
	assert_string_equal(diary_mood_word(10), "as good as it gets");
	assert_string_equal(diary_mood_word(11), "");
}

static void test_diary__helped_understands_plain_words(void **state)
{
	struct err err = ERR_INIT;
	enum diary_helped h;
	(void)state;
	assert_int_equal(diary_parse_helped("a lot", &h, &err), 0);
	assert_int_equal(h, HELPED_A_LOT);
	assert_int_equal(diary_parse_helped("A-Little", &h, &err), 0);
	assert_int_equal(h, HELPED_A_LITTLE);
	assert_int_equal(diary_parse_helped("not at all", &h, &err), 0);
	assert_int_equal(h, HELPED_NOT_AT_ALL);
	assert_int_equal(diary_parse_helped("maybe", &h, &err), -1);
}

static void test_diary__tags_are_lower_case_and_unique(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	checkin_init(&c);
	assert_int_equal(diary_parse_tags(&c, "Work, #rain,  long   walk", &err), 0);
	assert_int_equal(diary_parse_tags(&c, "work,RAIN", &err), 0);
	assert_int_equal(c.ntags, 3);
	assert_string_equal(c.tags[0], "work");
	assert_string_equal(c.tags[1], "rain");
	assert_string_equal(c.tags[2], "long walk");
	assert_int_equal(diary_parse_tags(&c, "this tag is far far far too long to be a tag", &err), -1);
	checkin_release(&c);
}

static void test_diary__with_is_alone_or_names(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	checkin_init(&c);
	assert_int_equal(diary_parse_with(&c, "Sam, Alex", &err), 0);
	assert_int_equal(c.nwith, 2);
	assert_false(c.alone);
	assert_int_equal(diary_parse_with(&c, "on my own", &err), 0);
	assert_true(c.alone);
	assert_int_equal(c.nwith, 0);
	assert_int_equal(diary_parse_with(&c, "Sam, alone", &err), -1);
	checkin_release(&c);
}

static void test_diary__an_empty_checkin_is_refused(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	checkin_init(&c);
	today(&c);
	assert_int_equal(checkin_validate(&c, &err), -1);
	assert_non_null(strstr(err.msg, "nothing to save"));
	c.mood = 5;
	assert_int_equal(checkin_validate(&c, &err), 0);
	checkin_release(&c);
}

static void test_diary__helped_needs_how_you_coped(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	checkin_init(&c);
	today(&c);
	c.helped = HELPED_A_LOT;
	assert_int_equal(checkin_validate(&c, &err), -1);
	assert_string_equal(err.field, "coped");
	assert_int_equal(diary_set_text(&c.coped, "coped", "a walk", DIARY_TEXT_MAX, &err), 0);
	assert_int_equal(checkin_validate(&c, &err), 0);
	checkin_release(&c);
}

static void test_diary__future_days_are_refused(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	checkin_init(&c);
	c.mood = 5;
	wlocal_make((struct wdate){ 2026, 3, 15 }, 9 * 60, &c.when);
	assert_int_equal(checkin_validate(&c, &err), -1);
	assert_string_equal(err.field, "date");
	wlocal_make((struct wdate){ 2025, 3, 15 }, 9 * 60, &c.when);
	assert_int_equal(checkin_validate(&c, &err), 0);
	checkin_release(&c);
}

static void test_diary__text_must_be_ordinary_and_not_too_long(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	char big[DIARY_TEXT_MAX + 10];
	(void)state;
	checkin_init(&c);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(diary_set_text(&c.win, "win", big, DIARY_TEXT_MAX, &err), -1);
	assert_int_equal(diary_set_text(&c.win, "win", "line\nbreak", DIARY_TEXT_MAX, &err), -1);
	assert_int_equal(diary_set_text(&c.note, "note", "line\nbreak", DIARY_NOTE_MAX, &err), 0);
	assert_int_equal(diary_set_text(&c.note, "note", "bad \x01", DIARY_NOTE_MAX, &err), -1);
	assert_int_equal(diary_set_text(&c.note, "note", "   ", DIARY_NOTE_MAX, &err), 0);
	assert_null(c.note);
	checkin_release(&c);
}

static void test_diary__mood_zero_or_crisis_words_bring_up_help(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	checkin_init(&c);
	c.mood = 1;
	assert_false(checkin_is_crisis(&c));
	c.mood = 0;
	assert_true(checkin_is_crisis(&c));
	c.mood = 4;
	assert_int_equal(diary_set_text(&c.note, "note", "I want to end my life", DIARY_NOTE_MAX, &err), 0);
	assert_true(checkin_is_crisis(&c));
	assert_int_equal(diary_set_text(&c.note, "note", "a quiet day", DIARY_NOTE_MAX, &err), 0);
	assert_false(checkin_is_crisis(&c));
	checkin_release(&c);
}

static void fill(struct checkin *c)
{
	struct err err = ERR_INIT;
	checkin_init(c);
	today(c);
	c->mood = 6;
	assert_int_equal(wslept_parse("23:30-07:10", &c->bed, &c->wake, &err), 0);
	c->quality = 4;
	assert_int_equal(diary_set_text(&c->before, "before", "a phone call", DIARY_TEXT_MAX, &err), 0);
	assert_int_equal(diary_parse_with(c, "Sam", &err), 0);
	assert_int_equal(diary_set_text(&c->coped, "coped", "a walk", DIARY_TEXT_MAX, &err), 0);
	c->helped = HELPED_A_LOT;
	assert_int_equal(diary_parse_tags(c, "work,rain", &err), 0);
	assert_int_equal(diary_set_text(&c->note, "note", "<b>\"quoted\" & more</b>\nline 2", DIARY_NOTE_MAX, &err), 0);
	assert_int_equal(diary_set_text(&c->win, "win", "made tea \xe2\x98\x95", DIARY_TEXT_MAX, &err), 0);
}

static void test_diary__data_round_trips_through_json(void **state)
{
	struct checkin c, back;
	struct err err = ERR_INIT;
	json_t *d1, *d2;
	(void)state;
	fill(&c);
	d1 = checkin_to_data(&c);
	checkin_init(&back);
	assert_int_equal(checkin_from_data(d1, &back, &err), 0);
	d2 = checkin_to_data(&back);
	assert_true(json_equal(d1, d2));
	assert_string_equal(back.note, c.note);
	assert_int_equal(back.bed, c.bed);
	json_decref(d1);
	json_decref(d2);
	checkin_release(&c);
	checkin_release(&back);
}

static void test_diary__stored_data_is_checked_strictly(void **state)
{
	struct checkin c;
	struct err err = ERR_INIT;
	json_t *d;
	(void)state;
	checkin_init(&c);
	d = json_pack("{s:i, s:s}", "mood", 6, "colour", "blue");
	assert_int_equal(checkin_from_data(d, &c, &err), -1);
	assert_non_null(strstr(err.msg, "unknown field 'colour'"));
	json_decref(d);
	checkin_release(&c);
	checkin_init(&c);
	d = json_pack("{s:i}", "mood", 12);
	assert_int_equal(checkin_from_data(d, &c, &err), -1);
	json_decref(d);
	checkin_release(&c);
	checkin_init(&c);
	d = json_pack("{s:{s:s,s:s}}", "sleep", "bed", "25:00", "wake", "07:00");
	assert_int_equal(checkin_from_data(d, &c, &err), -1);
	json_decref(d);
	checkin_release(&c);
}

static void test_diary__appointment_flag_is_kept_and_not_content(void **state)
{
	struct checkin c, back;
	struct err err = ERR_INIT;
	json_t *d;
	(void)state;
	checkin_init(&c);
	wlocal_make((struct wdate){ 2026, 3, 1 }, 600, &c.when);
	c.for_appointment = 1;
	/* a flag on its own is not something to save */
	assert_int_equal(checkin_validate(&c, &err), -1);
	c.mood = 4;
	assert_int_equal(checkin_validate(&c, &err), 0);
	d = checkin_to_data(&c);
	assert_true(json_is_true(json_object_get(d, "for_appointment")));
	checkin_init(&back);
	assert_int_equal(checkin_from_data(d, &back, &err), 0);
	assert_int_equal(back.for_appointment, 1);
	json_decref(d);
	checkin_release(&back);
	/* not flagged: nothing stored */
	c.for_appointment = 0;
	d = checkin_to_data(&c);
	assert_null(json_object_get(d, "for_appointment"));
	json_decref(d);
	d = json_pack("{s:i, s:s}", "mood", 6, "for_appointment", "yes");
	checkin_init(&back);
	assert_int_equal(checkin_from_data(d, &back, &err), -1);
	assert_string_equal(err.field, "for_appointment");
	json_decref(d);
	checkin_release(&back);
	checkin_release(&c);
}

static void test_diary__store_search_and_edit(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "d.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct checkin c, got;
	struct checkin_list l;
	struct diary_query q = { 0 };
	char w1[] = "QUOTED", w2[] = "rain";
	char *words[] = { w1, w2 };
	char **names = NULL;
	long *counts = NULL;
	size_t n = 0;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	fill(&c);
	assert_int_equal(diary_add(&wm, &c, &err), 0);
	assert_true(c.id > 0);
	checkin_release(&c);
	checkin_init(&c);
	today(&c);
	c.mood = 3;
	assert_int_equal(diary_parse_tags(&c, "work", &err), 0);
	assert_int_equal(diary_add(&wm, &c, &err), 0);

	assert_int_equal(diary_list(&wm, &q, &l, &err), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.items[0].id, c.id); /* newest first */
	checkin_list_release(&l);

	q.words = words;
	q.nwords = 2;
	assert_int_equal(diary_list(&wm, &q, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.items[0].win, "made tea \xe2\x98\x95");
	checkin_list_release(&l);

	assert_int_equal(diary_tag_counts(&wm, &names, &counts, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(names[0], "work");
	assert_int_equal(counts[0], 2);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(counts);

	c.mood = 4;
	assert_int_equal(diary_update(&wm, &c, &err), 0);
	assert_int_equal(diary_get(&wm, c.id, &got, &err), 0);
	assert_int_equal(got.mood, 4);
	checkin_release(&got);
	assert_int_equal(diary_get(&wm, 999, &got, &err), 1);
	assert_int_equal(diary_day_has_sleep(&wm, c.when.date, &err), 1);
	assert_int_equal(diary_delete(&wm, c.id, &err), 0);
	assert_int_equal(diary_get(&wm, c.id, &got, &err), 1);
	checkin_release(&c);
	vault_close(&wm);
	buf_release(&rec);
	free(path);
	test_rmdir(dir);
}

static void test_diary__daily_mood_averages_days_and_weeks(void **state)
{
	struct checkin items[4];
	struct checkin_list l = { items, 4 };
	double mean[10], avg7[10];
	int count[10];
	(void)state;
	for (int i = 0; i < 4; i++)
		checkin_init(&items[i]);
	items[0].when.date = (struct wdate){ 2026, 3, 1 };
	items[0].mood = 4;
	items[1].when.date = (struct wdate){ 2026, 3, 1 };
	items[1].mood = 6;
	items[2].when.date = (struct wdate){ 2026, 3, 3 };
	items[2].mood = 8;
	items[3].when.date = (struct wdate){ 2026, 3, 3 }; /* no mood: not counted */
	diary_daily_mood(&l, (struct wdate){ 2026, 3, 1 }, 10, mean, count, avg7);
	assert_int_equal(count[0], 2);
	assert_true(mean[0] == 5.0);
	assert_true(isnan(mean[1]));
	assert_int_equal(count[2], 1);
	assert_true(avg7[2] == 6.5);  /* (5 + 8) / 2 days with a mood */
	assert_true(avg7[7] == 8.0);  /* the 1 March day has left the week */
	assert_true(isnan(avg7[9]));  /* no mood in the week ending 10 March */
}

static void test_diary__things_done_are_folded_once_and_kept_through_json(void **state)
{
	struct checkin c, back;
	struct err err = ERR_INIT;
	json_t *data;
	char long_item[DIARY_DONE_ITEM_MAX + 2];
	(void)state;
	checkin_init(&c);
	today(&c);
	assert_int_equal(diary_parse_done(&c, "  Take my  Tablets ", &err), 0);
	assert_int_equal(diary_parse_done(&c, "take my tablets", &err), 0);
	assert_int_equal(diary_parse_done(&c, "tea, then a shower", &err), 0);
	assert_int_equal(diary_parse_done(&c, "   ", &err), 0);
	assert_int_equal(c.ndone, 2);
	assert_string_equal(c.done[0], "take my tablets");
	assert_string_equal(c.done[1], "tea, then a shower");
	assert_true(diary_done_eq("Take  my tablets", c.done[0]));
	assert_false(diary_done_eq("take my tablet", c.done[0]));
	/* something done is enough for a check-in */
	assert_int_equal(checkin_validate(&c, &err), 0);
	memset(long_item, 'x', sizeof(long_item) - 1);
	long_item[sizeof(long_item) - 1] = '\0';
	assert_int_equal(diary_parse_done(&c, long_item, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "done");
	assert_int_equal(diary_parse_done(&c, "bad\x01", &err), -1);
	assert_int_equal(c.ndone, 2);
	data = checkin_to_data(&c);
	checkin_init(&back);
	assert_int_equal(checkin_from_data(data, &back, &err), 0);
	assert_int_equal(back.ndone, 2);
	assert_string_equal(back.done[1], "tea, then a shower");
	json_decref(data);
	data = json_pack("{s:[s,i]}", "done", "walk", 3);
	checkin_release(&back);
	assert_int_equal(checkin_from_data(data, &back, &err), -1);
	assert_string_equal(err.field, "done");
	json_decref(data);
	checkin_release(&back);
	checkin_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diary__mood_must_be_a_whole_number_from_0_to_10),
		cmocka_unit_test(test_diary__mood_words_at_both_ends),
		cmocka_unit_test(test_diary__helped_understands_plain_words),
		cmocka_unit_test(test_diary__tags_are_lower_case_and_unique),
		cmocka_unit_test(test_diary__with_is_alone_or_names),
		cmocka_unit_test(test_diary__an_empty_checkin_is_refused),
		cmocka_unit_test(test_diary__helped_needs_how_you_coped),
		cmocka_unit_test(test_diary__future_days_are_refused),
		cmocka_unit_test(test_diary__text_must_be_ordinary_and_not_too_long),
		cmocka_unit_test(test_diary__mood_zero_or_crisis_words_bring_up_help),
		cmocka_unit_test(test_diary__data_round_trips_through_json),
		cmocka_unit_test(test_diary__stored_data_is_checked_strictly),
		cmocka_unit_test(test_diary__appointment_flag_is_kept_and_not_content),
		cmocka_unit_test(test_diary__store_search_and_edit),
		cmocka_unit_test(test_diary__daily_mood_averages_days_and_weeks),
		cmocka_unit_test(test_diary__things_done_are_folded_once_and_kept_through_json),
	};
	return cmocka_run_group_tests_name("diary", tests, setup, NULL);
}
