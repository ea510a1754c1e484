/* SPDX-License-Identifier: MIT */
/*
 * test_imports.c: the import rules without a vault: clock times and dates
 * as phones write them, HTML in notes, the mood mapping, tag cleaning,
 * Daylio's layouts and Loop Habit Tracker's habits becoming trackers. Data is made up here, in the same shapes as the apps'.
 */
#include "test_helpers.h"

#include "core/xalloc.h"
#include "features/imports/imports.h"
#include "features/imports/imports_int.h"
#include "vault/vault.h"

static int setup(void **state)
{
	(void)state;
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	return vault_global_init();
}

static int clock_of(const char *s)
{
	int m = -7;
	return imports_parse_clock(s, &m) ? -1 : m;
}

static void test_imports__reads_12_and_24_hour_times(void **state)
{
	(void)state;
	assert_int_equal(clock_of("18:52"), 18 * 60 + 52);
	assert_int_equal(clock_of("9:03"), 9 * 60 + 3);
	assert_int_equal(clock_of("08:13"), 8 * 60 + 13);
	assert_int_equal(clock_of("10:00 pm"), 22 * 60);
	assert_int_equal(clock_of("3:26 AM"), 3 * 60 + 26);
	assert_int_equal(clock_of("12:00 AM"), 0);
	assert_int_equal(clock_of("12:15 PM"), 12 * 60 + 15);
	assert_int_equal(clock_of("11:54 p.m."), 23 * 60 + 54);
	assert_int_equal(clock_of("24:00"), -1);
	assert_int_equal(clock_of("13:00 pm"), -1);
	assert_int_equal(clock_of("9:3"), -1);
	assert_int_equal(clock_of("noon"), -1);
	assert_int_equal(clock_of("10:00 pmx"), -1);
}

static void test_imports__reads_dates_in_words(void **state)
{
	struct wdate d;
	(void)state;
	assert_int_equal(imports_parse_words_date("18 May", 2018, &d), 0);
	assert_true(d.y == 2018 && d.m == 5 && d.d == 18);
	assert_int_equal(imports_parse_words_date("June 22", 2018, &d), 0);
	assert_true(d.m == 6 && d.d == 22);
	assert_int_equal(imports_parse_words_date("7 wrze\xc5\x9bnia", 2017, &d), 0);
	assert_true(d.m == 9 && d.d == 7);
	assert_int_equal(imports_parse_words_date("16 de octubre", 2021, &d), 0);
	assert_true(d.m == 10 && d.d == 16);
	assert_int_equal(imports_parse_words_date("September 5, 2015", 0, &d), 0);
	assert_true(d.y == 2015 && d.m == 9 && d.d == 5);
	assert_int_equal(imports_parse_words_date("22nd Sep 2020", 0, &d), 0);
	assert_true(d.y == 2020 && d.m == 9 && d.d == 22);
	assert_int_equal(imports_parse_words_date("30 February", 2021, &d), -1);
	assert_int_equal(imports_parse_words_date("18 Mai", 2018, &d), -1);
	assert_int_equal(imports_parse_words_date("18 May", 0, &d), -1);
	assert_int_equal(imports_parse_iso_date("2025-8-6", &d), 0);
	assert_true(d.y == 2025 && d.m == 8 && d.d == 6);
	assert_int_equal(imports_parse_iso_date("2025-13-01", &d), -1);
	assert_int_equal(imports_parse_iso_date("25-1-1", &d), -1);
}

static char *plain(const char *html, int *changed)
{
	struct buf b = BUF_INIT;
	*changed = imports_html_to_text(html, &b);
	return buf_detach(&b, NULL);
}

static void test_imports__html_in_notes_becomes_plain_text(void **state)
{
	int changed;
	char *s;
	(void)state;
	s = plain("Line one<br>Line two<br/>and <b>bold</b> &amp; more", &changed);
	assert_string_equal(s, "Line one\nLine two\nand bold & more");
	assert_int_equal(changed, 1);
	free(s);
	s = plain("<ul><li>one</li><li>two</li></ul>", &changed);
	assert_string_equal(s, "- one\n- two");
	free(s);
	/* not formatting: kept exactly as written */
	s = plain("I <3 this, <c_e> energetic, a<b and <script>x</script>", &changed);
	assert_string_equal(s, "I <3 this, <c_e> energetic, a<b and <script>x</script>");
	assert_int_equal(changed, 0);
	free(s);
	s = plain("caf&#233; &#x263A; &bogus; &#1;", &changed);
	assert_string_equal(s, "caf\xc3\xa9 \xe2\x98\xba &bogus; &#1;");
	free(s);
	s = plain("<p>a</p><p></p><p></p><p>b</p>", &changed);
	assert_string_equal(s, "a\n\nb");
	free(s);
}

static void test_imports__mood_mapping_rules(void **state)
{
	struct imports_mapping m;
	struct err err = ERR_INIT;
	struct buf key = BUF_INIT;
	(void)state;
	assert_int_equal(imports_daylio_level("rad"), 1);
	assert_int_equal(imports_daylio_level("Meh "), 3);
	assert_int_equal(imports_daylio_level("tak sobie"), 3);
	assert_int_equal(imports_daylio_level("irritable"), 0);
	assert_int_equal(imports_five_to_mood(1), 9);
	assert_int_equal(imports_five_to_mood(3), 5);
	assert_int_equal(imports_five_to_mood(5), 1);
	assert_int_equal(imports_five_to_mood(6), -1);
	imports_mood_key("  Medium   [-]", &key);
	assert_string_equal(key.data, "medium");
	buf_release(&key);
	imports_mapping_init(&m);
	assert_int_equal(imports_mapping_add(&m, "ok but sleepy=4", &err), 0);
	assert_int_equal(imports_mapping_add(&m, "a=b=7", &err), 0);
	assert_string_equal(m.labels[1], "a=b");
	assert_int_equal(imports_mapping_add(&m, "OK but sleepy=6", &err), 0);
	assert_int_equal(m.n, 2);
	assert_int_equal(m.moods[0], 6);
	assert_int_equal(imports_mapping_add(&m, "meh=11", &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_int_equal(imports_mapping_add(&m, "meh", &err), -1);
	assert_int_equal(imports_mapping_add(&m, "=5", &err), -1);
	imports_mapping_release(&m);
}

/* Reads a Daylio CSV given as text. */
static int daylio(const char *csv, const struct imports_mapping *m,
		  struct imports_report *r, struct err *err)
{
	imports_report_init(r);
	return imports_read(IMPORTS_DAYLIO, "test.csv", csv, strlen(csv), m, r, err);
}

static void test_imports__detects_every_daylio_layout(void **state)
{
	static const char *const files[] = {
		"year,date,weekday,time,mood,activities,note\n2018,18 May,Friday,11:54 pm,rad,\"a | b\",\"x\"\n",
		"full_date,date,weekday,time,mood,activities,note\n2020-05-30,30 May,Saturday,6:50 pm,rad,a | b,\"x\"\n",
		"full_date,date,weekday,time,mood,activities,note_title,note\n2021-09-28,28 September,Tuesday,10:00 pm,rad ,\"a | b\",\"\",\"x\"\n",
		"full_date,date,weekday,time,mood,activities,scales,note_title,note\n2026-01-12,January 12,Monday,14:03,rad,\"a | b\",\"\",\"\",\"x\"\n",
		"2021-10-16,16 de octubre,s\xc3\xa1" "bado,18:43,rad,\"a | b\",\"x\"",
		"\xef\xbb\xbf" "full_date,date,weekday,time,mood,activities,note_title,note\r\n2021-09-28,28 September,Tuesday,10:00 pm,rad,\"a | b\",\"\",\"x\"\r\n",
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(files); i++) {
		struct imports_report r;
		struct err err = ERR_INIT;
		assert_int_equal(daylio(files[i], NULL, &r, &err), 0);
		assert_int_equal(r.nentries, 1);
		assert_int_equal(r.entries[0].c.mood, 9);
		assert_int_equal(r.entries[0].c.ntags, 2);
		assert_string_equal(r.entries[0].c.note, "x");
		imports_report_release(&r);
	}
}

static void test_imports__uids_are_stable_and_distinct(void **state)
{
	const char *csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
		"2021-08-06,6 August,Friday,9:07,meh,\"\",\"\",\"\"\n"
		"2021-08-06,6 August,Friday,9:07,meh,\"\",\"\",\"\"\n";
	struct imports_report a, b;
	struct imports_mapping m;
	struct err err = ERR_INIT;
	(void)state;
	imports_mapping_init(&m);
	assert_int_equal(imports_mapping_add(&m, "meh=4", &err), 0);
	assert_int_equal(daylio(csv, NULL, &a, &err), 0);
	assert_int_equal(daylio(csv, &m, &b, &err), 0);
	assert_int_equal(a.nentries, 2);
	assert_string_not_equal(a.entries[0].uid, a.entries[1].uid);
	/* a different mapping is the same entry */
	assert_string_equal(a.entries[0].uid, b.entries[0].uid);
	assert_int_equal(b.entries[0].c.mood, 4);
	imports_report_release(&a);
	imports_report_release(&b);
	imports_mapping_release(&m);
}

static void test_imports__cleans_activities_into_tags(void **state)
{
	const char *csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
		"2021-08-06,6 August,Friday,9:07,Calm [-],\"chess, reading |  tea  |#work| a very long activity name that goes on and on\",\"\",\"\"\n";
	struct imports_report r;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(daylio(csv, NULL, &r, &err), 0);
	assert_int_equal(r.entries[0].c.mood, -1);
	assert_int_equal(r.entries[0].c.ntags, 5);
	assert_string_equal(r.entries[0].c.tags[0], "calm");
	assert_string_equal(r.entries[0].c.tags[1], "chess reading");
	assert_string_equal(r.entries[0].c.tags[2], "tea");
	assert_string_equal(r.entries[0].c.tags[3], "work");
	assert_string_equal(r.entries[0].c.tags[4], "a very long activity name that goes on");
	assert_int_equal(r.cleaned_tags, 2);
	imports_report_release(&r);
}

static void test_imports__refuses_what_is_not_an_export(void **state)
{
	static const char *const bad[] = {
		"",
		"full_date,date,weekday,time,mood,activities,note_title,note\n",
		"name,age\nSam,30\n",
		"full_date,date,weekday,time,mood,activities,note_title,note\n2021-08-06,6 August,Fri",
		"full_date,date,weekday,time,mood,activities,note_title,note\n2021-08-06,6 August,Friday,9:07,meh,\"\",\"\",\"never closed\n",
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		struct imports_report r;
		struct err err = ERR_INIT;
		assert_int_equal(daylio(bad[i], NULL, &r, &err), -1);
		assert_int_equal(err.kind, ERR_INPUT);
		imports_report_release(&r);
	}
}

static void test_imports__future_and_short_rows_are_left_out(void **state)
{
	const char *csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
		"2027-01-01,1 January,Friday,9:07,meh,\"\",\"\",\"\"\n"
		"2021-08-06,6 August,Friday,9:07,meh\n"
		"2021-08-05,5 August,Thursday,9:07,meh,\"\",\"\",\"\"\n";
	struct imports_report r;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(daylio(csv, NULL, &r, &err), 0);
	assert_int_equal(r.nentries, 1);
	assert_int_equal(r.left_out.n, 3); /* future, short row, photos */
	imports_report_release(&r);
}

/* Found by the import fuzz targets: a note holding a C1 control character
 * (a byte 0x80..0x9f read as Latin-1, or "\u0085" in a JSON backup) was
 * kept, then refused by the diary, and Waymark stopped with a BUG. Such
 * characters are now dropped, and Windows-1252's curly quotes and dashes
 * in that range come through as themselves. */
static void test_imports__control_characters_in_notes_are_dropped_not_fatal(void **state)
{
	const char *csv = "full_date,date,weekday,time,mood,activities,note\n"
		"2026-03-01,1 March,Sunday,9:15 am,good,\"walk\",don\x92t \x96 \x9dsay\n";
	const char *backup = "{\"customMoods\":[{\"id\":1,\"predefined_name_id\":2,"
		"\"mood_group_id\":2}],\"tags\":[],\"dayEntries\":[{\"id\":1,\"year\":2026,"
		"\"month\":2,\"day\":1,\"hour\":9,\"minute\":0,\"mood\":1,"
		"\"note\":\"a\\u0085b\\u0007c\"}]}";
	struct imports_report r;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(daylio(csv, NULL, &r, &err), 0);
	assert_int_equal(r.nentries, 1);
	assert_string_equal(r.entries[0].c.note, "don\xe2\x80\x99t \xe2\x80\x93 say");
	imports_report_release(&r);
	assert_int_equal(daylio(backup, NULL, &r, &err), 0);
	assert_int_equal(r.nentries, 1);
	assert_string_equal(r.entries[0].c.note, "abc");
	imports_report_release(&r);
}

/* Found by fuzz_import_daylio_csv: a mood word holding a control
 * character was shown on the /import page, but sending it back to change
 * its mood was refused as not ordinary text. */
static void test_imports__mood_words_from_a_file_can_be_mapped_back(void **state)
{
	const char *csv = "full_date,date,weekday,time,mood,activities,note\n"
		"2026-03-01,1 March,Sunday,9:15 am,so\x7f so,\"walk\",\n";
	struct imports_report r, again;
	struct imports_mapping m;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(daylio(csv, NULL, &r, &err), 0);
	assert_int_equal(r.nmoods, 1);
	assert_string_equal(r.moods[0].label, "so so");
	imports_mapping_init(&m);
	assert_int_equal(imports_mapping_set(&m, r.moods[0].label, "4", &err), 0);
	assert_int_equal(daylio(csv, &m, &again, &err), 0);
	assert_int_equal(again.entries[0].c.mood, 4);
	imports_mapping_release(&m);
	imports_report_release(&again);
	imports_report_release(&r);
}

static int loop(const char *csv, struct imports_report *r, struct err *err)
{
	imports_report_init(r);
	return imports_read(IMPORTS_LOOP, "Checkmarks.csv", csv, strlen(csv), NULL, r, err);
}

/* 1 if the report's list holds a line containing text. */
static int says(const struct imports_lines *l, const char *text)
{
	for (size_t i = 0; i < l->n; i++)
		if (strstr(l->items[i], text))
			return 1;
	return 0;
}

static void test_imports__loop_habits_become_trackers(void **state)
{
	/* Loop's Checkmarks.csv: newest first, a trailing comma on every
	 * line; 2 done, 0 not done, 1 ticked by Loop, 3 skipped, -1 unknown;
	 * a counted habit keeps its numbers times 1000 */
	const char *csv =
		"Date,Meditate,Walk km,\n"
		"2026-03-05,-1,-1,\n"
		"2026-03-04,2,2500,\n"
		"2026-03-03,0,0,\n"
		"2026-03-02,1,4000,\n"
		"2026-03-01,3,-1,\n";
	struct imports_report r;
	struct err err = ERR_INIT;
	int v;
	char key[TRACKER_KEY_MAX + 1];
	(void)state;

	assert_int_equal(loop(csv, &r, &err), 0);
	assert_int_equal(r.ntrackers, 2);
	assert_string_equal(r.trackers[0].name, "Meditate");
	assert_int_equal(r.trackers[0].type, TRACKER_YESNO);
	assert_string_equal(r.trackers[1].name, "Walk km");
	assert_int_equal(r.trackers[1].type, TRACKER_COUNT); /* 2500 is no tick code */
	/* only days with something done: 4 March and 2 March */
	assert_int_equal(r.nentries, 2);
	assert_int_equal(r.entries[0].c.mood, -1);
	assert_int_equal(r.entries[0].c.when.minute, 21 * 60);
	imports_value_key(0, key);
	assert_true(checkin_value(&r.entries[0].c, key, &v) && v == 1);
	imports_value_key(1, key);
	assert_true(checkin_value(&r.entries[0].c, key, &v) && v == 3); /* 2.5 rounded */
	/* on 2 March Loop ticked Meditate itself: no value, only the walk */
	assert_int_equal(r.entries[1].nvalues, 1);
	assert_true(checkin_value(&r.entries[1].c, key, &v) && v == 4);
	assert_true(says(&r.left_out, "1 day on which nothing was ticked"));
	assert_true(says(&r.left_out, "1 tick Loop added by itself"));
	assert_true(says(&r.left_out, "1 day marked as skipped"));
	assert_true(says(&r.changed, "1 number had a fraction"));
	assert_int_equal(r.trackers[0].values, 1);
	assert_int_equal(r.trackers[1].values, 2);
	imports_report_release(&r);
}

static void test_imports__loop_numbers_small_huge_and_rounded(void **state)
{
	/* 0.4 km rounds to 0 but was written down: the day comes across;
	 * a number past what a tracker holds (and past LONG_MAX - 500) is
	 * left out; rounding is counted only for numbers that come across */
	const char *csv =
		"Date,Walk,\n"
		"2026-03-04,400,\n"
		"2026-03-03,9223372036854775807,\n"
		"2026-03-02,1000000499,\n"
		"2026-03-01,0,\n";
	struct imports_report r;
	struct err err = ERR_INIT;
	char key[TRACKER_KEY_MAX + 1];
	int v;
	(void)state;

	assert_int_equal(loop(csv, &r, &err), 0);
	assert_int_equal(r.trackers[0].type, TRACKER_COUNT);
	assert_int_equal(r.nentries, 2);
	imports_value_key(0, key);
	assert_true(checkin_value(&r.entries[0].c, key, &v) && v == 0);
	assert_true(checkin_value(&r.entries[1].c, key, &v) && v == TRACKER_COUNT_MAX);
	assert_true(says(&r.left_out, "1 number larger than a tracker holds"));
	assert_true(says(&r.changed, "2 numbers had a fraction"));
	assert_true(says(&r.left_out, "1 day on which nothing was ticked"));
	imports_report_release(&r);
}

static void test_imports__loop_names_fit_trackers(void **state)
{
	const char *csv =
		"Date,\"Read, write\",a=b,\"Read, write\",\n"
		"2026-03-04,2,2,2,\n";
	struct imports_report r;
	struct err err = ERR_INIT;
	(void)state;

	assert_int_equal(loop(csv, &r, &err), 0);
	assert_int_equal(r.ntrackers, 2);
	assert_string_equal(r.trackers[0].name, "Read; write");
	assert_string_equal(r.trackers[1].name, "a-b");
	assert_true(says(&r.changed, "2 habits' names"));
	assert_true(says(&r.left_out, "a second habit called"));
	imports_report_release(&r);
}

static void test_imports__loop_refuses_the_wrong_file(void **state)
{
	struct imports_report r;
	struct err err = ERR_INIT;
	(void)state;

	assert_int_equal(loop("Position,Name,Question\n001,Meditate,Did you?\n", &r, &err), -1);
	assert_non_null(strstr(err.msg, "list of habits"));
	imports_report_release(&r);
	err = (struct err)ERR_INIT;
	assert_int_equal(loop("Date,Value,Notes\n2026-03-04,YES_MANUAL,\n", &r, &err), -1);
	assert_non_null(strstr(err.msg, "a single habit"));
	imports_report_release(&r);
	err = (struct err)ERR_INIT;
	assert_int_equal(loop("Date,Read, 20 min,Walk,\n2026-03-04,2,2,\n", &r, &err), -1);
	assert_non_null(strstr(err.msg, "do not line up"));
	imports_report_release(&r);
	err = (struct err)ERR_INIT;
	assert_int_equal(loop("Date,Meditate,\n2026-03-04,0.2557,\n", &r, &err), -1);
	assert_non_null(strstr(err.msg, "Scores.csv"));
	imports_report_release(&r);
	err = (struct err)ERR_INIT;
	assert_int_equal(loop("year,date,weekday,time,mood,activities,note\n", &r, &err), -1);
	assert_non_null(strstr(err.msg, "not a Loop Habit Tracker export"));
	imports_report_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_imports__reads_12_and_24_hour_times),
		cmocka_unit_test(test_imports__reads_dates_in_words),
		cmocka_unit_test(test_imports__html_in_notes_becomes_plain_text),
		cmocka_unit_test(test_imports__mood_mapping_rules),
		cmocka_unit_test(test_imports__detects_every_daylio_layout),
		cmocka_unit_test(test_imports__uids_are_stable_and_distinct),
		cmocka_unit_test(test_imports__cleans_activities_into_tags),
		cmocka_unit_test(test_imports__refuses_what_is_not_an_export),
		cmocka_unit_test(test_imports__future_and_short_rows_are_left_out),
		cmocka_unit_test(test_imports__control_characters_in_notes_are_dropped_not_fatal),
		cmocka_unit_test(test_imports__mood_words_from_a_file_can_be_mapped_back),
		cmocka_unit_test(test_imports__loop_habits_become_trackers),
		cmocka_unit_test(test_imports__loop_numbers_small_huge_and_rounded),
		cmocka_unit_test(test_imports__loop_names_fit_trackers),
		cmocka_unit_test(test_imports__loop_refuses_the_wrong_file),
	};
	return cmocka_run_group_tests_name("imports", tests, setup, NULL);
}
