/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "core/wtime.h"

static void test_wtime__parses_real_dates(void **state)
{
	struct err err = ERR_INIT;
	struct wdate d;
	(void)state;
	assert_int_equal(wdate_parse("2026-11-21", &d, &err, "date"), 0);
	assert_int_equal(d.y, 2026);
	assert_int_equal(d.m, 11);
	assert_int_equal(d.d, 21);
	assert_int_equal(wdate_parse("2024-02-29", &d, &err, "date"), 0);
	assert_int_equal(wdate_parse("2000-02-29", &d, &err, "date"), 0);
}

static void test_wtime__rejects_30_february_kindly(void **state)
{
	struct err err = ERR_INIT;
	struct wdate d;
	(void)state;
	assert_int_equal(wdate_parse("2026-02-30", &d, &err, "date"), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "date");
	assert_non_null(strstr(err.msg, "28 days"));
	assert_int_equal(wdate_parse("2023-02-29", &d, &err, "date"), -1);
	assert_int_equal(wdate_parse("1900-02-29", &d, &err, "date"), -1);
	assert_int_equal(wdate_parse("2026-13-01", &d, &err, "date"), -1);
	assert_int_equal(wdate_parse("2026-1-01", &d, &err, "date"), -1);
	assert_int_equal(wdate_parse("21/11/2026", &d, &err, "date"), -1);
	assert_int_equal(wdate_parse("2026-11-21x", &d, &err, "date"), -1);
	assert_int_equal(wdate_parse("", &d, &err, "date"), -1);
}

static void test_wtime__days_round_trip(void **state)
{
	struct wdate epoch = { 1970, 1, 1 };
	(void)state;
	assert_int_equal(wdate_to_days(epoch), 0);
	for (int64_t z = -30000; z < 60000; z += 7) {
		struct wdate d = wdate_from_days(z);
		assert_true(wdate_valid(d.y, d.m, d.d) || d.y < 1900);
		assert_int_equal(wdate_to_days(d), z);
	}
}

static void test_wtime__weekdays_and_iso_weeks(void **state)
{
	struct wdate sat = { 2026, 11, 21 }, d;
	int y;
	(void)state;
	assert_int_equal(wdate_weekday(sat), 6);
	d = (struct wdate){ 2026, 1, 1 }; /* Thursday: week 1 of 2026 */
	assert_int_equal(wdate_iso_week(d, &y), 1);
	assert_int_equal(y, 2026);
	d = (struct wdate){ 2027, 1, 1 }; /* Friday: still week 53 of 2026 */
	assert_int_equal(wdate_iso_week(d, &y), 53);
	assert_int_equal(y, 2026);
	d = (struct wdate){ 2024, 12, 30 }; /* Monday: week 1 of 2025 */
	assert_int_equal(wdate_iso_week(d, &y), 1);
	assert_int_equal(y, 2025);
	d = wdate_add_days((struct wdate){ 2024, 2, 28 }, 1);
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 29);
}

static void test_wtime__clock_times(void **state)
{
	struct err err = ERR_INIT;
	int m;
	char out[6];
	(void)state;
	assert_int_equal(wclock_parse("00:00", &m, &err, "time"), 0);
	assert_int_equal(m, 0);
	assert_int_equal(wclock_parse("23:59", &m, &err, "time"), 0);
	assert_int_equal(m, 23 * 60 + 59);
	assert_int_equal(wclock_parse("7:05", &m, &err, "time"), 0);
	assert_int_equal(m, 7 * 60 + 5);
	assert_int_equal(wclock_parse("24:00", &m, &err, "time"), -1);
	assert_int_equal(wclock_parse("25:99", &m, &err, "time"), -1);
	assert_non_null(strstr(err.msg, "not a time on the clock"));
	assert_int_equal(wclock_parse("7", &m, &err, "time"), -1);
	assert_int_equal(wclock_parse("07:5", &m, &err, "time"), -1);
	wclock_format(7 * 60 + 5, out);
	assert_string_equal(out, "07:05");
}

static void test_wtime__sleep_crosses_midnight(void **state)
{
	struct err err = ERR_INIT;
	int bed, wake;
	(void)state;
	assert_int_equal(wslept_parse("23:30-07:10", &bed, &wake, &err), 0);
	assert_int_equal(wslept_minutes(bed, wake), 7 * 60 + 40);
	assert_int_equal(wslept_parse("01:00-09:00", &bed, &wake, &err), 0);
	assert_int_equal(wslept_minutes(bed, wake), 8 * 60);
	assert_int_equal(wslept_parse("7", &bed, &wake, &err), -1);
	assert_string_equal(err.field, "slept");
	assert_int_equal(wslept_parse("23:30-", &bed, &wake, &err), -1);
	assert_int_equal(wslept_parse("23:30-25:00", &bed, &wake, &err), -1);
}

static void test_wtime__offsets_and_utc(void **state)
{
	char off[7], stamp[21];
	int m;
	time_t t;
	(void)state;
	woffset_format(60, off);
	assert_string_equal(off, "+01:00");
	woffset_format(-330, off);
	assert_string_equal(off, "-05:30");
	assert_int_equal(woffset_parse("-05:30", &m), 0);
	assert_int_equal(m, -330);
	assert_int_equal(woffset_parse("Z", &m), 0);
	assert_int_equal(woffset_parse("+1:00", &m), -1);
	wutc_format(0, stamp);
	assert_string_equal(stamp, "1970-01-01T00:00:00Z");
	assert_int_equal(wutc_parse("2026-11-21T10:00:00Z", &t), 0);
	wutc_format(t, stamp);
	assert_string_equal(stamp, "2026-11-21T10:00:00Z");
	assert_int_equal(wutc_parse("2026-11-21T10:00:00", &t), -1);
}

static void test_wtime__local_offsets_follow_uk_clock_changes(void **state)
{
	struct wlocal l;
	(void)state;
	setenv("TZ", "Europe/London", 1);
	tzset();
	wlocal_make((struct wdate){ 2026, 1, 15 }, 12 * 60, &l);
	assert_int_equal(l.utc_offset, 0);
	wlocal_make((struct wdate){ 2026, 7, 15 }, 12 * 60, &l);
	assert_int_equal(l.utc_offset, 60);
	/* 29 March 2026: clocks go forward at 01:00; 03:00 is summer time */
	wlocal_make((struct wdate){ 2026, 3, 29 }, 3 * 60, &l);
	assert_int_equal(l.utc_offset, 60);
	assert_int_equal(l.minute, 3 * 60);
	wlocal_from_time(1774746000, &l); /* 2026-03-29T01:00:00Z */
	assert_int_equal(l.utc_offset, 60);
	assert_int_equal(l.minute, 2 * 60);
	setenv("TZ", "America/New_York", 1);
	tzset();
	wlocal_make((struct wdate){ 2026, 1, 15 }, 12 * 60, &l);
	assert_int_equal(l.utc_offset, -300);
	unsetenv("TZ");
	tzset();
}

static void test_wtime__test_clock_can_be_fixed(void **state)
{
	struct wlocal l;
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:15", 1);
	wlocal_from_time(wnow(), &l);
	assert_int_equal(l.date.y, 2026);
	assert_int_equal(l.date.m, 3);
	assert_int_equal(l.date.d, 14);
	assert_int_equal(l.minute, 9 * 60 + 30);
	assert_int_equal(l.second, 15);
	setenv("WAYMARK_TEST_NOW", "garbage", 1);
	assert_true(wnow() > 1700000000);
	unsetenv("WAYMARK_TEST_NOW");
	unsetenv("TZ");
	tzset();
}

static void test_wtime__long_and_short_dates(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	wdate_long(&b, (struct wdate){ 2026, 11, 21 });
	assert_string_equal(b.data, "Saturday 21 November 2026");
	buf_reset(&b);
	wdate_short(&b, (struct wdate){ 2026, 3, 2 });
	assert_string_equal(b.data, "Mon 2 Mar");
	buf_release(&b);
}

static void test_wtime__adding_months_keeps_to_the_calendar(void **state)
{
	struct wdate d;
	(void)state;
	d = wdate_add_months((struct wdate){ 2026, 3, 14 }, 6);
	assert_true(d.y == 2026 && d.m == 9 && d.d == 14);
	d = wdate_add_months((struct wdate){ 2026, 1, 31 }, 1); /* short month */
	assert_true(d.y == 2026 && d.m == 2 && d.d == 28);
	d = wdate_add_months((struct wdate){ 2028, 1, 31 }, 1); /* leap year */
	assert_true(d.y == 2028 && d.m == 2 && d.d == 29);
	d = wdate_add_months((struct wdate){ 2028, 2, 29 }, 12);
	assert_true(d.y == 2029 && d.m == 2 && d.d == 28);
	d = wdate_add_months((struct wdate){ 2026, 11, 30 }, 3); /* over a year end */
	assert_true(d.y == 2027 && d.m == 2 && d.d == 28);
	d = wdate_add_months((struct wdate){ 2026, 1, 15 }, -2);
	assert_true(d.y == 2025 && d.m == 11 && d.d == 15);
	d = wdate_week_start((struct wdate){ 2027, 1, 1 }); /* Friday */
	assert_true(d.y == 2026 && d.m == 12 && d.d == 28);
	d = wdate_week_start((struct wdate){ 2026, 3, 9 }); /* a Monday */
	assert_true(d.y == 2026 && d.m == 3 && d.d == 9);
}

static void test_wtime__reads_dates_as_people_write_them(void **state)
{
	struct wdate today = { 2026, 3, 14 }, d;
	struct err err = ERR_INIT;
	(void)state;
#define KIND(s, yy, mm, dd) do { \
		assert_int_equal(wdate_parse_kind(s, today, &d, &err, "deadline"), 0); \
		assert_int_equal(d.y, yy); assert_int_equal(d.m, mm); assert_int_equal(d.d, dd); \
	} while (0)
	KIND("2026-09-14", 2026, 9, 14);
	KIND("  in 6 months ", 2026, 9, 14);
	KIND("6 months", 2026, 9, 14);
	KIND("for the next six months", 2026, 9, 14);
	KIND("In Two Weeks", 2026, 3, 28);
	KIND("a fortnight", 2026, 3, 28);
	KIND("3 days time", 2026, 3, 17);
	KIND("in a year", 2027, 3, 14);
	KIND("1 month from now", 2026, 4, 14);
	KIND("today", 2026, 3, 14);
	KIND("Tomorrow", 2026, 3, 15);
	KIND("14 September 2026", 2026, 9, 14);
	KIND("29 Feb 2028", 2028, 2, 29);
	KIND("September 14, 2026", 2026, 9, 14);
	KIND("1st april", 2026, 4, 1);
	KIND("1 March", 2027, 3, 1); /* the next 1 March */
	KIND("14 mar", 2026, 3, 14);
	KIND("5 sept 2026", 2026, 9, 5);
#undef KIND
	assert_int_equal(wdate_parse_kind("next tuesdayish", today, &d, &err, "deadline"), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "deadline");
	assert_non_null(strstr(err.msg, "'next tuesdayish'"));
	assert_non_null(strstr(err.msg, "in 6 months"));
	assert_int_equal(wdate_parse_kind("", today, &d, &err, "deadline"), -1);
	assert_int_equal(wdate_parse_kind("soon", today, &d, &err, "deadline"), -1);
	assert_int_equal(wdate_parse_kind("in months", today, &d, &err, "deadline"), -1);
	assert_int_equal(wdate_parse_kind("6 months later on", today, &d, &err, "deadline"), -1);
	assert_int_equal(wdate_parse_kind("in 9999 years", today, &d, &err, "deadline"), -1);
	assert_non_null(strstr(err.msg, "too far ahead"));
	assert_int_equal(wdate_parse_kind("29 February 2027", today, &d, &err, "deadline"), -1);
	assert_non_null(strstr(err.msg, "February 2027 has 28 days"));
	assert_int_equal(wdate_parse_kind("2026-02-30", today, &d, &err, "deadline"), -1);
	assert_non_null(strstr(err.msg, "28 days"));
	/* unchanged on failure */
	assert_true(d.y == 2026 && d.m == 9 && d.d == 5);
}

/* UTC seconds for a UTC date and time, without the process time zone. */
static time_t utc(int y, int m, int d, int h, int mi)
{
	return (time_t)(wdate_to_days((struct wdate){ y, m, d }) * 86400 +
			h * 3600 + mi * 60);
}

static void test_wtime__uk_clock_changes_at_one_utc_on_last_sundays(void **state)
{
	(void)state;
	/* 2026: BST from Sun 29 March 01:00 UTC to Sun 25 October 01:00 UTC */
	assert_int_equal(wuk_offset(utc(2026, 3, 29, 0, 59)), 0);
	assert_int_equal(wuk_offset(utc(2026, 3, 29, 1, 0)), 60);
	assert_int_equal(wuk_offset(utc(2026, 10, 25, 0, 59)), 60);
	assert_int_equal(wuk_offset(utc(2026, 10, 25, 1, 0)), 0);
	/* 2027: 28 March and 31 October (a month ending on a Sunday) */
	assert_int_equal(wuk_offset(utc(2027, 3, 28, 0, 59)), 0);
	assert_int_equal(wuk_offset(utc(2027, 3, 28, 1, 0)), 60);
	assert_int_equal(wuk_offset(utc(2027, 10, 31, 0, 59)), 60);
	assert_int_equal(wuk_offset(utc(2027, 10, 31, 1, 0)), 0);
	assert_int_equal(wuk_offset(utc(2026, 7, 1, 12, 0)), 60);
	assert_int_equal(wuk_offset(utc(2026, 12, 31, 23, 59)), 0);
}

static void test_wtime__uk_time_ignores_the_machine_time_zone(void **state)
{
	struct wlocal l;
	(void)state;
	setenv("TZ", "America/New_York", 1);
	tzset();
	/* 23:30 UTC on 14 March 2026 is 23:30 in London (GMT) */
	wuk_from_time(utc(2026, 3, 14, 23, 30), &l);
	assert_int_equal(l.date.d, 14);
	assert_int_equal(l.minute, 23 * 60 + 30);
	assert_int_equal(l.utc_offset, 0);
	/* 23:30 UTC on 1 July is 00:30 BST on 2 July */
	wuk_from_time(utc(2026, 7, 1, 23, 30), &l);
	assert_int_equal(l.date.m, 7);
	assert_int_equal(l.date.d, 2);
	assert_int_equal(l.minute, 30);
	assert_int_equal(l.utc_offset, 60);
	/* the last second of a year, before 1970 too */
	wuk_from_time(utc(2026, 12, 31, 23, 59) + 59, &l);
	assert_int_equal(l.date.y, 2026);
	assert_int_equal(l.second, 59);
	wuk_from_time(utc(1969, 12, 31, 23, 59), &l);
	assert_int_equal(l.date.y, 1969);
	assert_int_equal(l.minute, 23 * 60 + 59);
	unsetenv("TZ");
	tzset();
}

static void test_wtime__uk_clock_readings_round_trip(void **state)
{
	struct wlocal l;
	(void)state;
	assert_int_equal(wuk_make((struct wdate){ 2026, 3, 14 }, 9 * 60 + 30),
			 utc(2026, 3, 14, 9, 30));
	assert_int_equal(wuk_make((struct wdate){ 2026, 7, 1 }, 9 * 60 + 30),
			 utc(2026, 7, 1, 8, 30));
	/* March: 00:59 GMT, then the clock shows 02:00 BST */
	assert_int_equal(wuk_make((struct wdate){ 2026, 3, 29 }, 59), utc(2026, 3, 29, 0, 59));
	assert_int_equal(wuk_make((struct wdate){ 2026, 3, 29 }, 120), utc(2026, 3, 29, 1, 0));
	/* the skipped 01:30 reads as GMT: the moment the clock shows 02:30 */
	assert_int_equal(wuk_make((struct wdate){ 2026, 3, 29 }, 90), utc(2026, 3, 29, 1, 30));
	/* October: 01:30 happens twice; the first (BST) is meant */
	assert_int_equal(wuk_make((struct wdate){ 2026, 10, 25 }, 90), utc(2026, 10, 25, 0, 30));
	assert_int_equal(wuk_make((struct wdate){ 2026, 10, 25 }, 120), utc(2026, 10, 25, 2, 0));
	/* every reading of a year round-trips, except the second pass of
	 * October's repeated hour (there is no reading for March's gap) */
	for (time_t t = utc(2026, 1, 1, 0, 0); t < utc(2027, 1, 1, 0, 0); t += 60 * 17) {
		wuk_from_time(t, &l);
		if (t >= utc(2026, 10, 25, 1, 0) && t < utc(2026, 10, 25, 2, 0))
			continue;
		if (wuk_make(l.date, l.minute) != t - l.second)
			fail_msg("%lld does not round-trip", (long long)t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wtime__parses_real_dates),
		cmocka_unit_test(test_wtime__rejects_30_february_kindly),
		cmocka_unit_test(test_wtime__days_round_trip),
		cmocka_unit_test(test_wtime__weekdays_and_iso_weeks),
		cmocka_unit_test(test_wtime__clock_times),
		cmocka_unit_test(test_wtime__sleep_crosses_midnight),
		cmocka_unit_test(test_wtime__offsets_and_utc),
		cmocka_unit_test(test_wtime__local_offsets_follow_uk_clock_changes),
		cmocka_unit_test(test_wtime__test_clock_can_be_fixed),
		cmocka_unit_test(test_wtime__long_and_short_dates),
		cmocka_unit_test(test_wtime__adding_months_keeps_to_the_calendar),
		cmocka_unit_test(test_wtime__reads_dates_as_people_write_them),
		cmocka_unit_test(test_wtime__uk_clock_changes_at_one_utc_on_last_sundays),
		cmocka_unit_test(test_wtime__uk_time_ignores_the_machine_time_zone),
		cmocka_unit_test(test_wtime__uk_clock_readings_round_trip),
	};
	return cmocka_run_group_tests_name("wtime", tests, NULL, NULL);
}
