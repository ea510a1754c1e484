/* SPDX-License-Identifier: MIT */
/*
 * test_support.c: the support-line directory: the built-in data, opening
 * hours at their edges (midnight, weekends, bank holidays in each nation,
 * the clock changes, another machine time zone), who is right for whom,
 * and the data-file checks.
 */
#include "test_helpers.h"

#include "core/buf.h"
#include "core/crisis.h"
#include "core/wtime.h"
#include "core/xalloc.h"
#include "features/support/support.h"

static struct support_dir uk;

static int setup(void **state)
{
	struct err err = ERR_INIT;
	(void)state;
	setenv("TZ", "Europe/London", 1);
	tzset();
	if (support_dir_load(&uk, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	support_dir_release(&uk);
	return 0;
}

/* The moment a UK clock shows y-m-d h:mi. */
static time_t uk_at(int y, int m, int d, int h, int mi)
{
	return wuk_make((struct wdate){ y, m, d }, h * 60 + mi);
}

static time_t utc(int y, int m, int d, int h, int mi)
{
	return (time_t)(wdate_to_days((struct wdate){ y, m, d }) * 86400 + h * 3600 + mi * 60);
}

static const struct support_line *line(const struct support_dir *d, const char *id)
{
	for (size_t i = 0; i < d->nlines; i++)
		if (!strcmp(d->lines[i].id, id))
			return &d->lines[i];
	fail_msg("no line '%s'", id);
	return NULL;
}

static struct support_status status_of(const struct support_dir *d, const char *id,
				       size_t channel, enum support_nation n, time_t t)
{
	struct support_status s;
	support_channel_status(d, &line(d, id)->channels[channel], n, t, &s);
	return s;
}

static char *describe(const struct support_status *s, time_t t)
{
	struct buf b = BUF_INIT;
	struct wlocal at;
	wuk_from_time(t, &at);
	support_status_describe(&b, s, &at);
	return buf_detach(&b, NULL);
}

#define ASSERT_DESCRIBED(s, t, want) do { \
		char *got_ = describe(&(s), (t)); \
		assert_string_equal(got_, (want)); \
		free(got_); \
	} while (0)

/* A small directory around the given lines (a JSON array's inside). Bank
 * holidays are known for 2026 only. */
static int load_lines(struct support_dir *d, const char *lines, struct err *err)
{
	struct buf b = BUF_INIT;
	int rc;
	buf_addf(&b,
		"{\"format\": \"waymark-support-lines\", \"version\": 1, \"region\": \"Test\","
		" \"bank_holidays\": {\"source\": \"test\", \"checked\": \"2026-01-01\","
		" \"first_year\": 2026, \"last_year\": 2026,"
		" \"england-and-wales\": [\"2026-04-06\"], \"scotland\": [\"2026-08-03\"],"
		" \"northern-ireland\": [\"2026-07-13\"]},"
		" \"lines\": [%s]}", lines);
	rc = support_dir_parse(d, b.data, b.len, "test.json", err);
	buf_release(&b);
	return rc;
}

/* One line with one phone channel whose "hours" are given. */
static int load_hours(struct support_dir *d, const char *hours, struct err *err)
{
	struct buf b = BUF_INIT;
	int rc;
	buf_addf(&b,
		"{\"id\": \"t\", \"name\": \"Test line\", \"kind\": \"listening\","
		" \"description\": \"A test.\", \"for\": {\"who\": \"anyone\"},"
		" \"source\": \"test\", \"checked\": \"2026-01-01\","
		" \"channels\": [{\"type\": \"phone\", \"number\": \"0800 000 000\", \"hours\": %s}]}",
		hours);
	rc = load_lines(d, b.data, err);
	buf_release(&b);
	return rc;
}

static void test_support__has_every_line_from_the_seed_and_999(void **state)
{
	static const char *const ids[] = {
		"emergency", "nhs-111", "samaritans", "shout", "papyrus", "calm",
		"saneline", "support-line", "silver-line", "the-mix", "mood-swings",
		"rethink-advice",
	};
	static const char *const numbers[] = {
		"999", "111", "116 123", "85258", "0800 068 41 41", "07786 209697",
		"0800 58 58 58", "0808 802 58 58", "0300 304 7000", "01708 765200",
		"0800 4 70 80 90", "0808 808 4994", "0161 832 37 36", "0808 801 0525",
	};
	struct buf all = BUF_INIT;
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(ids); i++)
		assert_non_null(line(&uk, ids[i]));
	for (size_t i = 0; i < uk.nlines; i++)
		for (size_t c = 0; c < uk.lines[i].nchannels; c++)
			if (uk.lines[i].channels[c].number)
				buf_addf(&all, "|%s|", uk.lines[i].channels[c].number);
	for (size_t i = 0; i < ARRAY_SIZE(numbers); i++) {
		struct buf want = BUF_INIT;
		buf_addf(&want, "|%s|", numbers[i]);
		if (!strstr(all.data, want.data))
			fail_msg("number %s is missing", numbers[i]);
		buf_release(&want);
	}
	buf_release(&all);
	/* NHS 111 says option 2; Samaritans has no text service (since 2020) */
	assert_non_null(strstr(line(&uk, "nhs-111")->channels[0].note, "option 2"));
	for (size_t c = 0; c < line(&uk, "samaritans")->nchannels; c++)
		assert_int_not_equal(line(&uk, "samaritans")->channels[c].type, SUPPORT_TEXT);
	assert_int_equal(line(&uk, "emergency")->kind, SUPPORT_EMERGENCY);
	assert_int_equal(uk.first_year, 2025);
	assert_true(uk.last_year >= 2028);
}

/* 1 if the directory has a crisis channel whose number, without spaces,
 * is digits. */
static int crisis_number_listed(const char *digits)
{
	for (size_t i = 0; i < uk.nlines; i++) {
		for (size_t c = 0; c < uk.lines[i].nchannels; c++) {
			const struct support_channel *ch = &uk.lines[i].channels[c];
			char flat[32];
			size_t k = 0;
			if (!ch->number || !support_channel_is_crisis(&uk.lines[i], ch))
				continue;
			for (const char *p = ch->number; *p && k < sizeof(flat) - 1; p++)
				if (*p != ' ')
					flat[k++] = *p;
			flat[k] = '\0';
			if (!strcmp(flat, digits))
				return 1;
		}
	}
	return 0;
}

static void test_support__crisis_contacts_agree_with_the_directory(void **state)
{
	/* core/crisis.c's list (the card, and the box's fallback) must not
	 * drift from the directory */
	struct crisis_info ci;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(crisis_load(&ci, &err), 0);
	for (size_t i = 0; i < ci.ncontacts; i++) {
		const char *n = ci.contacts[i].tel ? ci.contacts[i].tel : ci.contacts[i].sms;
		assert_non_null(n);
		if (!crisis_number_listed(n))
			fail_msg("crisis contact %s (%s) is not a crisis line in the directory",
				 ci.contacts[i].name, n);
	}
	crisis_release(&ci);
	assert_string_equal(line(&uk, "samaritans")->channels[0].number, "116 123");
	assert_string_equal(line(&uk, "shout")->channels[0].number, "85258");
	assert_string_equal(line(&uk, "shout")->channels[0].message, "SHOUT");
	assert_string_equal(line(&uk, "nhs-111")->channels[0].number, "111");
	assert_string_equal(line(&uk, "emergency")->channels[0].number, "999");
}

static void test_support__hours_to_midnight_close_at_2359_and_reopen(void **state)
{
	struct support_status s;
	time_t t;
	(void)state;
	/* CALM: 17:00-24:00 every day */
	t = uk_at(2026, 3, 14, 23, 59);
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(s.state, SUPPORT_OPEN);
	assert_int_equal(s.minutes, 1);
	ASSERT_DESCRIBED(s, t, "open, closes in 1 min");
	t = uk_at(2026, 3, 15, 0, 0);
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(s.state, SUPPORT_OPENS_LATER);
	assert_int_equal(s.next.minute, 17 * 60);
	ASSERT_DESCRIBED(s, t, "opens at 17:00");
	t = uk_at(2026, 3, 14, 17, 0);
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(s.state, SUPPORT_OPEN);
	assert_int_equal(s.minutes, 7 * 60);
	ASSERT_DESCRIBED(s, t, "open until midnight");
	t = uk_at(2026, 3, 14, 16, 59);
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(s.state, SUPPORT_OPENS_LATER);
	assert_int_equal(s.minutes, 1);
	/* The Mix's phone, 16:00-23:00: 20 minutes before closing */
	t = uk_at(2026, 3, 14, 22, 40);
	s = status_of(&uk, "the-mix", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "open, closes in 20 min");
}

static void test_support__hours_can_run_past_midnight(void **state)
{
	struct support_dir d;
	struct err err = ERR_INIT;
	struct support_status s;
	time_t t;
	(void)state;
	/* Friday 22:00 to Saturday 02:00 */
	assert_int_equal(load_hours(&d, "{\"fri\": [\"22:00-02:00\"], \"bank-holidays\": \"as-usual\"}", &err), 0);
	t = uk_at(2026, 3, 14, 1, 30); /* Saturday */
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES, t, &s);
	assert_int_equal(s.state, SUPPORT_OPEN);
	assert_int_equal(s.minutes, 30);
	t = uk_at(2026, 3, 14, 2, 0);
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES, t, &s);
	assert_int_equal(s.state, SUPPORT_CLOSED);
	ASSERT_DESCRIBED(s, t, "closed now; opens Friday at 22:00");
	t = uk_at(2026, 3, 13, 21, 59); /* Friday */
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES, t, &s);
	assert_int_equal(s.state, SUPPORT_OPENS_LATER);
	t = uk_at(2026, 3, 13, 23, 59);
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES, t, &s);
	assert_int_equal(s.state, SUPPORT_OPEN);
	assert_int_equal(s.minutes, 121);
	ASSERT_DESCRIBED(s, t, "open until 02:00");
	t = uk_at(2026, 3, 12, 22, 0); /* Thursday */
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES, t, &s);
	assert_int_equal(s.state, SUPPORT_CLOSED);
	ASSERT_DESCRIBED(s, t, "closed now; opens tomorrow at 22:00");
	support_dir_release(&d);

	/* a whole week of 00:00-24:00 is open any time; 24:00 meets 00:00 */
	assert_int_equal(load_hours(&d, "{\"every-day\": [\"00:00-24:00\"], \"bank-holidays\": \"as-usual\"}", &err), 0);
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES,
			       uk_at(2026, 3, 14, 23, 59), &s);
	assert_int_equal(s.state, SUPPORT_OPEN_ALWAYS);
	support_dir_release(&d);
}

static void test_support__weekends_keep_their_own_hours(void **state)
{
	struct support_status s;
	time_t t;
	(void)state;
	/* Rethink's advice line: Mon-Fri 09:30-16:00 */
	t = uk_at(2026, 3, 14, 10, 0); /* Saturday */
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(s.state, SUPPORT_CLOSED);
	ASSERT_DESCRIBED(s, t, "closed now; opens Monday at 09:30");
	t = uk_at(2026, 3, 15, 18, 0); /* Sunday */
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "closed now; opens tomorrow at 09:30");
	t = uk_at(2026, 3, 16, 15, 40); /* Monday */
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "open, closes in 20 min");
	/* Papyrus: weekdays from 09:00, weekends from 14:00 */
	t = uk_at(2026, 3, 14, 10, 0);
	s = status_of(&uk, "papyrus", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "opens at 14:00");
	t = uk_at(2026, 3, 16, 10, 0);
	s = status_of(&uk, "papyrus", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "open until 22:00");
}

static void test_support__bank_holidays_follow_each_nation(void **state)
{
	struct err err = ERR_INIT;
	struct support_status s;
	time_t t;
	(void)state;
	/* Easter Monday 2026 is a bank holiday in England, Wales and Northern
	 * Ireland, not in Scotland */
	t = uk_at(2026, 4, 6, 10, 0);
	assert_int_equal(support_is_bank_holiday(&uk, SUPPORT_ENGLAND_WALES, (struct wdate){ 2026, 4, 6 }, &err), 1);
	assert_int_equal(support_is_bank_holiday(&uk, SUPPORT_SCOTLAND, (struct wdate){ 2026, 4, 6 }, &err), 0);
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "closed now; opens tomorrow at 09:30");
	s = status_of(&uk, "papyrus", 0, SUPPORT_ENGLAND_WALES, t);
	ASSERT_DESCRIBED(s, t, "opens at 14:00");
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_NORTHERN_IRELAND, t);
	assert_int_equal(s.state, SUPPORT_CLOSED);
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_SCOTLAND, t);
	assert_int_equal(s.state, SUPPORT_OPEN);
	s = status_of(&uk, "papyrus", 0, SUPPORT_SCOTLAND, t);
	assert_int_equal(s.state, SUPPORT_OPEN);
	/* Scotland's August bank holiday is the first Monday */
	t = uk_at(2026, 8, 3, 10, 0);
	assert_int_equal(status_of(&uk, "rethink-advice", 0, SUPPORT_SCOTLAND, t).state, SUPPORT_CLOSED);
	assert_int_equal(status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t).state, SUPPORT_OPEN);
	/* Northern Ireland: St Patrick's Day and the Twelfth (moved to Monday) */
	t = uk_at(2026, 3, 17, 10, 0);
	assert_int_equal(status_of(&uk, "rethink-advice", 0, SUPPORT_NORTHERN_IRELAND, t).state, SUPPORT_CLOSED);
	assert_int_equal(status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t).state, SUPPORT_OPEN);
	t = uk_at(2026, 7, 13, 10, 0);
	assert_int_equal(status_of(&uk, "rethink-advice", 0, SUPPORT_NORTHERN_IRELAND, t).state, SUPPORT_CLOSED);
	/* the next opening skips a bank holiday: Friday 3 April is Good Friday */
	t = uk_at(2026, 4, 2, 17, 0);
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(s.next.date.d, 7);
	ASSERT_DESCRIBED(s, t, "closed now; opens Tuesday at 09:30");
	/* Christmas Day 2027 is a Saturday: the holidays move to 27 and 28 */
	assert_int_equal(support_is_bank_holiday(&uk, SUPPORT_ENGLAND_WALES, (struct wdate){ 2027, 12, 27 }, &err), 1);
	assert_int_equal(support_is_bank_holiday(&uk, SUPPORT_ENGLAND_WALES, (struct wdate){ 2027, 12, 28 }, &err), 1);
}

static void test_support__years_not_covered_are_said_plainly(void **state)
{
	struct err err = ERR_INIT;
	struct support_status s;
	struct support_matches m;
	struct support_query q = { 0 };
	time_t t = uk_at(2031, 1, 1, 10, 0);
	(void)state;
	assert_int_equal(support_is_bank_holiday(&uk, SUPPORT_ENGLAND_WALES, (struct wdate){ 2031, 1, 1 }, &err), -1);
	assert_int_equal(err.kind, ERR_NOTFOUND);
	assert_non_null(strstr(err.msg, "2025 to 2028"));
	assert_non_null(strstr(err.msg, "2031"));
	/* hours that depend on bank holidays are marked uncertain; 24/7 and
	 * "as usual" ones are not */
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, t);
	assert_true(s.uncertain);
	assert_int_equal(s.state, SUPPORT_OPEN); /* taken as an ordinary Wednesday */
	assert_false(status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, t).uncertain);
	assert_false(status_of(&uk, "samaritans", 0, SUPPORT_ENGLAND_WALES, t).uncertain);
	q.at = t;
	q.age = q.group = -1;
	assert_int_equal(support_find(&uk, &q, &m, &err), 0);
	assert_int_equal(m.bank_holiday, -1);
	assert_true(m.uncertain);
	support_matches_release(&m);
	/* the last covered day looks ahead into the next year */
	s = status_of(&uk, "rethink-advice", 0, SUPPORT_ENGLAND_WALES, uk_at(2028, 12, 29, 17, 0));
	assert_true(s.uncertain);
}

static void test_support__clock_changes_are_followed(void **state)
{
	struct support_dir d;
	struct err err = ERR_INIT;
	struct support_status s;
	(void)state;
	/* 29 March 2026: clocks go forward at 01:00 GMT. At 16:15 UTC it is
	 * 17:15 BST, so CALM (from 17:00) is open */
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, utc(2026, 3, 29, 16, 15));
	assert_int_equal(s.state, SUPPORT_OPEN);
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, utc(2026, 3, 28, 16, 15));
	assert_int_equal(s.state, SUPPORT_OPENS_LATER);
	assert_int_equal(s.minutes, 45);
	/* 25 October 2026: back at 02:00 BST. At 16:30 UTC it is 16:30 GMT */
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, utc(2026, 10, 25, 16, 30));
	assert_int_equal(s.state, SUPPORT_OPENS_LATER);
	assert_int_equal(s.minutes, 30);
	s = status_of(&uk, "calm", 0, SUPPORT_ENGLAND_WALES, utc(2026, 10, 24, 16, 30));
	assert_int_equal(s.state, SUPPORT_OPEN);

	/* minutes are real minutes across the change: a night that is an hour
	 * shorter in March and an hour longer in October */
	assert_int_equal(load_hours(&d, "{\"sun\": [\"00:00-03:00\"], \"bank-holidays\": \"as-usual\"}", &err), 0);
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES,
			       utc(2026, 3, 29, 0, 30), &s);
	assert_int_equal(s.state, SUPPORT_OPEN);
	assert_int_equal(s.minutes, 90);
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES,
			       utc(2026, 3, 29, 1, 30), &s); /* 02:30 BST */
	assert_int_equal(s.minutes, 30);
	support_channel_status(&d, &d.lines[0].channels[0], SUPPORT_ENGLAND_WALES,
			       utc(2026, 10, 25, 0, 30), &s); /* 01:30 BST */
	assert_int_equal(s.minutes, 150);
	support_dir_release(&d);
}

static void test_support__machine_time_zone_changes_nothing(void **state)
{
	struct support_status london[3], ny[3];
	const char *ids[3] = { "calm", "rethink-advice", "papyrus" };
	time_t t, at;
	struct err err = ERR_INIT;
	(void)state;
	t = utc(2026, 7, 1, 15, 45); /* 16:45 BST, 11:45 in New York */
	for (int i = 0; i < 3; i++)
		london[i] = status_of(&uk, ids[i], 0, SUPPORT_ENGLAND_WALES, t);
	assert_int_equal(support_parse_at("2026-07-01 16:45", &at, &err), 0);
	assert_int_equal(at, t);
	setenv("TZ", "America/New_York", 1);
	tzset();
	for (int i = 0; i < 3; i++) {
		ny[i] = status_of(&uk, ids[i], 0, SUPPORT_ENGLAND_WALES, t);
		assert_int_equal(ny[i].state, london[i].state);
		assert_int_equal(ny[i].minutes, london[i].minutes);
	}
	assert_int_equal(london[0].state, SUPPORT_OPENS_LATER); /* CALM at 17:00 */
	assert_int_equal(london[0].minutes, 15);
	assert_int_equal(london[1].state, SUPPORT_CLOSED);      /* after 16:00 */
	/* --at is a UK clock even here */
	assert_int_equal(support_parse_at("2026-07-01 16:45", &at, &err), 0);
	assert_int_equal(at, t);
	setenv("TZ", "Europe/London", 1);
	tzset();
}

static int has(const struct support_matches *m, const char *id)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->items[i].line->id, id))
			return 1;
	return 0;
}

static void test_support__age_and_group_choose_the_right_lines(void **state)
{
	struct support_query q = { 0 };
	struct support_matches m;
	struct err err = ERR_INIT;
	(void)state;
	q.at = uk_at(2026, 3, 14, 20, 0);
	q.age = 20;
	q.group = SUPPORT_GROUP_MEN;
	assert_int_equal(support_find(&uk, &q, &m, &err), 0);
	assert_true(has(&m, "calm") && has(&m, "the-mix") && has(&m, "papyrus"));
	assert_false(has(&m, "silver-line"));
	assert_true(has(&m, "samaritans") && has(&m, "emergency"));
	support_matches_release(&m);

	q.age = 60;
	q.group = SUPPORT_GROUP_WOMEN;
	assert_int_equal(support_find(&uk, &q, &m, &err), 0);
	assert_false(has(&m, "calm") || has(&m, "the-mix") || has(&m, "papyrus"));
	assert_true(has(&m, "silver-line"));
	support_matches_release(&m);

	/* the age limits are inclusive: 24 is under 25, 55 is 55 and over */
	assert_true(support_line_suits(line(&uk, "the-mix"), 24, -1));
	assert_false(support_line_suits(line(&uk, "the-mix"), 25, -1));
	assert_true(support_line_suits(line(&uk, "silver-line"), 55, -1));
	assert_false(support_line_suits(line(&uk, "silver-line"), 54, -1));
	/* not saying keeps every line */
	assert_true(support_line_suits(line(&uk, "calm"), -1, -1));
	assert_true(support_line_suits(line(&uk, "calm"), 40, SUPPORT_GROUP_MEN));
	assert_false(support_line_suits(line(&uk, "calm"), 40, SUPPORT_GROUP_CARERS));

	/* crisis lines for everyone: no age- or group-limited lines */
	memset(&q, 0, sizeof(q));
	q.at = uk_at(2026, 3, 14, 20, 0);
	q.age = q.group = -1;
	q.crisis_only = 1;
	q.live_only = 1;
	assert_int_equal(support_find(&uk, &q, &m, &err), 0);
	assert_true(has(&m, "emergency") && has(&m, "nhs-111") && has(&m, "samaritans") && has(&m, "shout"));
	assert_false(has(&m, "the-mix") || has(&m, "papyrus") || has(&m, "calm"));
	for (size_t i = 0; i < m.n; i++)
		assert_true(support_channel_is_live(m.items[i].channel));
	support_matches_release(&m);
}

static void test_support__open_now_comes_first_and_crisis_lines_lead(void **state)
{
	struct support_query q = { 0 };
	struct support_matches m;
	struct err err = ERR_INIT;
	int seen_not_open = 0, seen_other = 0;
	(void)state;
	q.at = uk_at(2026, 3, 14, 9, 30);
	q.age = q.group = -1;
	q.live_only = 1;
	assert_int_equal(support_find(&uk, &q, &m, &err), 0);
	assert_string_equal(m.items[0].line->id, "emergency");
	for (size_t i = 0; i < m.n; i++) {
		enum support_state s = m.items[i].status.state;
		int open = s == SUPPORT_OPEN || s == SUPPORT_OPEN_ALWAYS;
		if (!open)
			seen_not_open = 1;
		else if (seen_not_open)
			fail_msg("%s is open but listed after a closed line", m.items[i].line->id);
		if (open && !support_channel_is_crisis(m.items[i].line, m.items[i].channel))
			seen_other = 1;
		else if (open && seen_other)
			fail_msg("crisis line %s comes after another line", m.items[i].line->id);
	}
	assert_int_equal(m.bank_holiday, 0);
	/* the groups the CLI and the Support page list them under, in order */
	{
		int last = -1;
		for (size_t i = 0; i < m.n; i++) {
			int g = (int)support_now_group(&m.items[i]);
			if (g < last && g != SUPPORT_NOW_CLOSED)
				fail_msg("%s is listed out of its group", m.items[i].line->id);
			if (g != SUPPORT_NOW_CLOSED)
				last = g;
		}
		assert_int_equal(support_now_group(&m.items[0]), SUPPORT_NOW_CRISIS);
		assert_string_equal(support_now_group_title(SUPPORT_NOW_LATER), "Opening later today");
	}
	support_matches_release(&m);
}

static void test_support__hours_read_as_words(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	support_hours_describe(&b, &line(&uk, "papyrus")->channels[0].hours);
	assert_string_equal(b.data, "Mon-Fri 09:00-22:00, Sat-Sun 14:00-22:00, bank holidays 14:00-22:00");
	buf_reset(&b);
	support_hours_describe(&b, &line(&uk, "calm")->channels[0].hours);
	assert_string_equal(b.data, "every day 17:00-24:00, bank holidays too");
	buf_reset(&b);
	support_hours_describe(&b, &line(&uk, "rethink-advice")->channels[0].hours);
	assert_string_equal(b.data, "Mon-Fri 09:30-16:00, not on bank holidays");
	buf_reset(&b);
	support_hours_describe(&b, &line(&uk, "support-line")->channels[0].hours);
	assert_string_equal(b.data, "hours vary");
	buf_reset(&b);
	support_channel_how(&b, &line(&uk, "shout")->channels[0]);
	assert_string_equal(b.data, "text SHOUT to 85258");
	buf_release(&b);
}

static void test_support__what_people_type_is_checked_kindly(void **state)
{
	struct err err = ERR_INIT;
	time_t t;
	int v;
	enum support_nation n;
	(void)state;
	assert_int_equal(support_parse_age("-3", &v, &err), -1);
	assert_string_equal(err.field, "age");
	assert_non_null(strstr(err.msg, "0 to 120"));
	assert_int_equal(support_parse_age("121", &v, &err), -1);
	assert_int_equal(support_parse_age("30", &v, &err), 0);
	assert_int_equal(v, 30);
	assert_int_equal(support_parse_at("yesterday", &t, &err), -1);
	assert_string_equal(err.field, "at");
	assert_non_null(strstr(err.msg, "\"2026-03-14 21:30\" (UK time)"));
	assert_int_equal(support_parse_at("2026-02-30 10:00", &t, &err), -1);
	assert_int_equal(support_parse_at("2026-03-14 25:00", &t, &err), -1);
	assert_int_equal(support_parse_at("2026-03-14 10:00x", &t, &err), -1);
	assert_int_equal(support_parse_at("2026-03-14T10:00", &t, &err), 0);
	assert_int_equal(support_parse_at("2026-03-14 9:30", &t, &err), 0);
	assert_int_equal(t, uk_at(2026, 3, 14, 9, 30));
	assert_int_equal(support_parse_at("2026-03-14 9:3", &t, &err), -1);
	assert_int_equal(support_parse_at("2026-03-14  9:30", &t, &err), -1);
	assert_int_equal(support_parse_group("aliens", &v, &err), -1);
	assert_string_equal(err.field, "for");
	assert_int_equal(support_parse_group("Men", &v, &err), 0);
	assert_int_equal(v, SUPPORT_GROUP_MEN);
	assert_int_equal(support_parse_nation("wales", &n, &err), 0);
	assert_int_equal(n, SUPPORT_ENGLAND_WALES);
	assert_int_equal(support_parse_nation("mars", &n, &err), -1);
}

/* Each bad file fails with a message holding the expected words. */
static void expect_bad_lines(const char *lines, const char *want)
{
	struct support_dir d;
	struct err err = ERR_INIT;
	if (load_lines(&d, lines, &err) != -1)
		fail_msg("accepted a bad file, wanted '%s'", want);
	assert_int_equal(err.kind, ERR_INPUT);
	if (!strstr(err.msg, want))
		fail_msg("message '%s' does not say '%s'", err.msg, want);
	assert_null(d.lines);
}

static void expect_bad_hours(const char *hours, const char *want)
{
	struct support_dir d;
	struct err err = ERR_INIT;
	if (load_hours(&d, hours, &err) != -1)
		fail_msg("accepted bad hours %s", hours);
	if (!strstr(err.msg, want))
		fail_msg("message '%s' does not say '%s'", err.msg, want);
	/* every message names the file, the entry and the channel */
	if (!strstr(err.msg, "test.json: entry 1 ('Test line'): channel 1: "))
		fail_msg("message '%s' does not say where", err.msg);
}

#define LINE_HEAD "{\"id\": \"t\", \"name\": \"Test line\", \"kind\": \"listening\"," \
	" \"description\": \"A test.\", \"source\": \"test\", \"checked\": \"2026-01-01\","
#define PHONE_ALWAYS "[{\"type\": \"phone\", \"number\": \"0800\", \"hours\": \"always\"}]"

static void test_support__bad_data_files_are_refused_with_reasons(void **state)
{
	struct support_dir d;
	struct err err = ERR_INIT;
	(void)state;
	expect_bad_hours("{\"mon\": [\"17:00-25:00\"], \"bank-holidays\": \"as-usual\"}",
			 "'17:00-25:00' is not an opening time");
	expect_bad_hours("{\"mon\": [\"5pm-midnight\"], \"bank-holidays\": \"as-usual\"}",
			 "is not an opening time");
	expect_bad_hours("{\"mon-fri\": [\"09:00-17:00\"], \"fri\": [\"10:00-12:00\"], \"bank-holidays\": \"closed\"}",
			 "gives Friday more than once");
	expect_bad_hours("{\"mon\": [\"09:00-17:00\"]}", "must say what happens on bank holidays");
	expect_bad_hours("{\"monday\": [\"09:00-17:00\"], \"bank-holidays\": \"closed\"}", "'monday' is not a day");
	expect_bad_hours("{\"fri-mon\": [\"09:00-17:00\"], \"bank-holidays\": \"closed\"}", "'fri-mon' is not a day");
	expect_bad_hours("{\"mon\": [\"09:00-09:00\"], \"bank-holidays\": \"closed\"}", "same time");
	expect_bad_hours("{\"mon\": [\"09:00-17:00\", \"16:00-18:00\"], \"bank-holidays\": \"closed\"}", "overlap");
	expect_bad_hours("{\"mon\": [], \"bank-holidays\": \"closed\"}", "leave a closed day out");
	expect_bad_hours("{\"mon\": [\"09:00-17:00\"], \"bank-holidays\": \"sometimes\"}", "'bank-holidays' must be");
	expect_bad_hours("\"often\"", "'hours' must be \"always\", \"varies\"");

	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": [{\"type\": \"pigeon\", \"address\": \"a loft\", \"hours\": \"always\"}]}",
			 "'type' must be one of");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": [{\"type\": \"phone\", \"hours\": \"always\"}]}",
			 "a phone channel needs a 'number'");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": [{\"type\": \"phone\", \"number\": \"call us\", \"hours\": \"always\"}]}",
			 "'number' must be digits and spaces");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": [{\"type\": \"email\", \"hours\": \"always\"}]}",
			 "needs an 'address'");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": [{\"type\": \"phone\", \"number\": \"0800\"}]}",
			 "'hours' is missing");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": [{\"type\": \"phone\", \"number\": \"0800\", \"hourz\": \"always\"}]}",
			 "unknown field 'hourz'");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\", \"groups\": [\"aliens\"]}, \"channels\": " PHONE_ALWAYS "}",
			 "'aliens' is not a group");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\", \"min_age\": 40, \"max_age\": 30}, \"channels\": " PHONE_ALWAYS "}",
			 "'min_age' (40) is above 'max_age' (30)");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\", \"max_age\": -1}, \"channels\": " PHONE_ALWAYS "}",
			 "'max_age' must be a whole number from 0 to 120");
	expect_bad_lines(LINE_HEAD "\"channels\": " PHONE_ALWAYS "}", "'for' is missing");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": []}", "at least one way");
	expect_bad_lines("{\"id\": \"t\", \"name\": \"Test line\", \"kind\": \"chat\","
			 " \"description\": \"A test.\", \"source\": \"test\", \"checked\": \"2026-01-01\"}",
			 "entry 1 ('Test line'): 'kind' must be one of emergency, crisis, listening, advice");
	expect_bad_lines("{\"id\": \"t\", \"kind\": \"listening\"}", "entry 1: 'name' is missing");
	expect_bad_lines(LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": " PHONE_ALWAYS "}, "
			 LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": " PHONE_ALWAYS "}",
			 "entry 2: the id 't' is also used by entry 1");
	expect_bad_lines("", "'lines' must list at least one");

	/* the file as a whole */
#define PARSE(text) support_dir_parse(&d, (text), strlen(text), "x.json", &err)
	assert_int_equal(PARSE("{\"format\": "), -1);
	assert_non_null(strstr(err.msg, "x.json: this is not valid JSON"));
	assert_int_equal(PARSE("{\"format\": \"other\"}"), -1);
	assert_non_null(strstr(err.msg, "'format'"));
	assert_int_equal(PARSE("[1, 2]"), -1);
	assert_int_equal(PARSE("{\"format\": \"waymark-support-lines\", \"version\": 2}"), -1);
	assert_non_null(strstr(err.msg, "'version' must be 1"));
	assert_int_equal(PARSE("{\"format\": \"waymark-support-lines\", \"version\": 1,"
			       " \"region\": \"T\", \"lines\": []}"), -1);
	assert_non_null(strstr(err.msg, "'bank_holidays' is missing"));
#undef PARSE
}

static void test_support__bad_bank_holidays_are_refused_with_reasons(void **state)
{
	static const struct {
		const char *holidays, *want;
	} cases[] = {
		{ "\"first_year\": 2026, \"last_year\": 2026, \"england-and-wales\": [\"2027-01-01\"],"
		  " \"scotland\": [\"2026-01-01\"], \"northern-ireland\": [\"2026-01-01\"]",
		  "'england-and-wales' holds 2027-01-01, outside the years 2026 to 2026" },
		{ "\"first_year\": 2026, \"last_year\": 2027, \"england-and-wales\": [\"2026-01-01\", \"2027-01-01\"],"
		  " \"scotland\": [\"2026-01-01\"], \"northern-ireland\": [\"2026-01-01\", \"2027-01-01\"]",
		  "'scotland' has no bank holidays in 2027" },
		{ "\"first_year\": 2026, \"last_year\": 2026, \"england-and-wales\": [\"2026-04-06\", \"2026-04-03\"],"
		  " \"scotland\": [\"2026-01-01\"], \"northern-ireland\": [\"2026-01-01\"]",
		  "2026-04-03 is given twice or out of order" },
		{ "\"first_year\": 2026, \"last_year\": 2026, \"england-and-wales\": [\"2026-02-30\"],"
		  " \"scotland\": [\"2026-01-01\"], \"northern-ireland\": [\"2026-01-01\"]",
		  "'2026-02-30', which is not a date" },
		{ "\"first_year\": 2026, \"last_year\": 2026, \"england-and-wales\": [\"2026-01-01\"],"
		  " \"scotland\": [\"2026-01-01\"]",
		  "'northern-ireland' must be a list of dates" },
		{ "\"first_year\": 2027, \"last_year\": 2026, \"england-and-wales\": [],"
		  " \"scotland\": [], \"northern-ireland\": []",
		  "'first_year' and 'last_year'" },
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct support_dir d;
		struct err err = ERR_INIT;
		struct buf b = BUF_INIT;
		buf_addf(&b, "{\"format\": \"waymark-support-lines\", \"version\": 1, \"region\": \"T\","
			 " \"bank_holidays\": {\"source\": \"t\", \"checked\": \"2026-01-01\", %s},"
			 " \"lines\": [" LINE_HEAD "\"for\": {\"who\": \"x\"}, \"channels\": " PHONE_ALWAYS "}]}",
			 cases[i].holidays);
		assert_int_equal(support_dir_parse(&d, b.data, b.len, "bh.json", &err), -1);
		if (!strstr(err.msg, cases[i].want) || !strstr(err.msg, "bh.json: bank holidays: "))
			fail_msg("case %zu: '%s' does not say '%s'", i, err.msg, cases[i].want);
		buf_release(&b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_support__has_every_line_from_the_seed_and_999),
		cmocka_unit_test(test_support__crisis_contacts_agree_with_the_directory),
		cmocka_unit_test(test_support__hours_to_midnight_close_at_2359_and_reopen),
		cmocka_unit_test(test_support__hours_can_run_past_midnight),
		cmocka_unit_test(test_support__weekends_keep_their_own_hours),
		cmocka_unit_test(test_support__bank_holidays_follow_each_nation),
		cmocka_unit_test(test_support__years_not_covered_are_said_plainly),
		cmocka_unit_test(test_support__clock_changes_are_followed),
		cmocka_unit_test(test_support__machine_time_zone_changes_nothing),
		cmocka_unit_test(test_support__age_and_group_choose_the_right_lines),
		cmocka_unit_test(test_support__open_now_comes_first_and_crisis_lines_lead),
		cmocka_unit_test(test_support__hours_read_as_words),
		cmocka_unit_test(test_support__what_people_type_is_checked_kindly),
		cmocka_unit_test(test_support__bad_data_files_are_refused_with_reasons),
		cmocka_unit_test(test_support__bad_bank_holidays_are_refused_with_reasons),
	};
	return cmocka_run_group_tests_name("support", tests, setup, teardown);
}
