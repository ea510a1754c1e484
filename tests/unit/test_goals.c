/* SPDX-License-Identifier: MIT */
/*
 * test_goals.c: the goal's rules: period arithmetic (year ends, ISO week
 * 53, months of every length, the UK clock changes, 29 February), reading
 * targets, the SMART check, progress, what is due, the calendar (parsed
 * back with libical) and the vault, encrypted.
 */
#include "test_helpers.h"

#include <libical/ical.h>

#include "core/text.h"
#include "core/xalloc.h"
#include "features/goals/goals.h"
#include "vault/vault.h"

#define D(yy, mm, dd) ((struct wdate){ (yy), (mm), (dd) })

static int setup(void **state)
{
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	tzset();
	return vault_global_init();
}

static int same_day(struct wdate a, struct wdate b)
{
	return !wdate_cmp(a, b);
}

/* A goal with a uid of its own (as if stored), set on start. */
static void make_goal(struct goal *g, const char *uid, const char *title,
		      struct wdate start)
{
	struct err err = ERR_INIT;

	goal_init(g);
	snprintf(g->uid, sizeof(g->uid), "%s", uid);
	assert_int_equal(goal_set_text(g, "title", title, &err), 0);
	wlocal_make(start, 9 * 60, &g->start);
}

static void add_entry(struct goal_entry_list *l, const char *goal_uid,
		      struct wdate day, int minute, int count)
{
	struct goal_entry e;

	goal_entry_init(&e);
	snprintf(e.goal_uid, sizeof(e.goal_uid), "%s", goal_uid);
	wlocal_make(day, minute, &e.when);
	e.count = count;
	goal_entry_list_push(l, &e);
}

#define UID_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define UID_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

static void test_goals__weeks_cross_the_year_end(void **state)
{
	struct wdate first, last;
	int iso_year;
	struct goal g;
	struct goal_entry_list l = { 0 };
	struct goal_progress p;
	struct err err = ERR_INIT;
	(void)state;

	/* 31 December 2026 and 1 January 2027 share ISO week 53 of 2026 */
	assert_int_equal(wdate_iso_week(D(2026, 12, 31), &iso_year), 53);
	assert_int_equal(iso_year, 2026);
	assert_int_equal(wdate_iso_week(D(2027, 1, 1), &iso_year), 53);
	assert_int_equal(iso_year, 2026);
	assert_int_equal(wdate_iso_week(D(2027, 1, 4), &iso_year), 1);
	assert_int_equal(iso_year, 2027);
	goal_period_bounds(GOAL_PER_WEEK, D(2027, 1, 1), &first, &last);
	assert_true(same_day(first, D(2026, 12, 28)));
	assert_true(same_day(last, D(2027, 1, 3)));
	goal_period_bounds(GOAL_PER_WEEK, D(2026, 12, 31), &first, &last);
	assert_true(same_day(first, D(2026, 12, 28)));
	assert_int_equal(goal_periods_between(GOAL_PER_WEEK, D(2026, 12, 21), D(2027, 1, 4)), 3);
	assert_int_equal(goal_periods_between(GOAL_PER_WEEK, D(2027, 1, 4), D(2026, 12, 21)), 0);

	/* entries either side of midnight on New Year's Eve count in one week */
	make_goal(&g, UID_A, "Swim", D(2026, 12, 21));
	assert_int_equal(goal_parse_target("2 swims per week", &g.target, &err), 0);
	add_entry(&l, UID_A, D(2026, 12, 22), 600, 1);
	add_entry(&l, UID_A, D(2026, 12, 31), 23 * 60 + 59, 1);
	add_entry(&l, UID_A, D(2027, 1, 1), 0, 1);
	goal_progress_compute(&g, l.items, l.n, D(2027, 1, 2), &p);
	assert_int_equal(p.nperiods, 2);
	assert_true(same_day(p.periods[1].first, D(2026, 12, 28)));
	assert_int_equal(p.periods[0].count, 1);
	assert_int_equal(p.periods[1].count, 2);
	assert_true(p.periods[1].open);
	assert_int_equal(p.closed, 1);
	assert_int_equal(p.reached, 0);
	assert_int_equal(p.this_count, 2);
	assert_true(p.this_reached);
	goal_progress_release(&p);
	goal_entry_list_release(&l);
	goal_release(&g);
}

static void test_goals__months_of_different_lengths(void **state)
{
	static const struct {
		int y, m, days;
	} months[] = {
		{ 2026, 1, 31 }, { 2026, 2, 28 }, { 2028, 2, 29 }, { 2026, 4, 30 },
		{ 2100, 2, 28 }, { 2000, 2, 29 }, { 2026, 12, 31 },
	};
	struct wdate first, last;
	(void)state;

	for (size_t i = 0; i < ARRAY_SIZE(months); i++) {
		goal_period_bounds(GOAL_PER_MONTH, D(months[i].y, months[i].m, 15), &first, &last);
		assert_true(same_day(first, D(months[i].y, months[i].m, 1)));
		assert_true(same_day(last, D(months[i].y, months[i].m, months[i].days)));
	}
	assert_int_equal(goal_periods_between(GOAL_PER_MONTH, D(2026, 1, 31), D(2026, 3, 1)), 3);
	assert_int_equal(goal_periods_between(GOAL_PER_MONTH, D(2026, 11, 30), D(2027, 2, 1)), 4);
	assert_int_equal(goal_periods_between(GOAL_PER_DAY, D(2026, 2, 27), D(2026, 3, 2)), 4);
	assert_int_equal(goal_periods_between(GOAL_PER_DAY, D(2028, 2, 27), D(2028, 3, 2)), 5);
}

static void test_goals__uk_clock_changes_move_nothing(void **state)
{
	struct goal g;
	struct goal_entry_list l = { 0 };
	struct goal_progress p;
	struct err err = ERR_INIT;
	struct wlocal w;
	(void)state;

	/* Sunday 29 March 2026 has 23 hours; Sunday 25 October 2026 has 25 */
	assert_int_equal(goal_periods_between(GOAL_PER_DAY, D(2026, 3, 28), D(2026, 3, 30)), 3);
	assert_int_equal(goal_periods_between(GOAL_PER_DAY, D(2026, 10, 24), D(2026, 10, 26)), 3);
	/* the last moments before each change are still the same local day */
	wlocal_from_time(1774744200, &w); /* 2026-03-29T00:30:00Z = 00:30 GMT */
	assert_true(same_day(w.date, D(2026, 3, 29)));
	assert_int_equal(w.utc_offset, 0);
	wlocal_from_time(1774747800, &w); /* 01:30Z = 02:30 BST */
	assert_true(same_day(w.date, D(2026, 3, 29)));
	assert_int_equal(w.utc_offset, 60);
	/* 2026-10-24T23:30:00Z is 00:30 BST on the 25th */
	wlocal_from_time(1792884600, &w);
	assert_true(same_day(w.date, D(2026, 10, 25)));

	/* a goal of once a day, over both weekends */
	make_goal(&g, UID_A, "Take my tablets", D(2026, 3, 27));
	assert_int_equal(goal_parse_target("once a day", &g.target, &err), 0);
	add_entry(&l, UID_A, D(2026, 3, 28), 23 * 60 + 59, 1);
	add_entry(&l, UID_A, D(2026, 3, 29), 0, 1);          /* before the change */
	add_entry(&l, UID_A, D(2026, 3, 29), 90, 1);         /* the skipped hour */
	add_entry(&l, UID_A, D(2026, 3, 29), 23 * 60 + 30, 1);
	add_entry(&l, UID_A, D(2026, 3, 30), 0, 1);
	goal_progress_compute(&g, l.items, l.n, D(2026, 3, 30), &p);
	assert_int_equal(p.nperiods, 4); /* 27, 28, 29, 30 March */
	assert_int_equal(p.periods[0].count, 0);
	assert_int_equal(p.periods[1].count, 1);
	assert_int_equal(p.periods[2].count, 3);
	assert_int_equal(p.periods[3].count, 1);
	assert_int_equal(p.reached, 2);
	goal_progress_release(&p);

	/* weekly: the week of 26 October, after the autumn change */
	goal_target_release(&g.target);
	assert_int_equal(goal_parse_target("3 per week", &g.target, &err), 0);
	add_entry(&l, UID_A, D(2026, 10, 25), 90, 1);  /* the repeated hour */
	add_entry(&l, UID_A, D(2026, 10, 26), 0, 1);
	goal_progress_compute(&g, l.items, l.n, D(2026, 10, 26), &p);
	assert_true(same_day(p.periods[p.nperiods - 2].first, D(2026, 10, 19)));
	assert_int_equal(p.periods[p.nperiods - 2].count, 1);
	assert_int_equal(p.periods[p.nperiods - 1].count, 1);
	goal_progress_release(&p);
	goal_entry_list_release(&l);
	goal_release(&g);
}

static void test_goals__a_deadline_on_29_february(void **state)
{
	struct goal g;
	struct goal_progress p;
	struct goal_due_list due = { 0 };
	struct err err = ERR_INIT;
	struct wdate d = { 0, 0, 0 };
	(void)state;

	assert_int_equal(goal_parse_deadline("29 February 2028", D(2026, 3, 14), &d, &err), 0);
	assert_true(same_day(d, D(2028, 2, 29)));
	assert_int_equal(goal_parse_deadline("2028-02-29", D(2026, 3, 14), &d, &err), 0);
	assert_int_equal(goal_parse_deadline("2027-02-29", D(2026, 3, 14), &d, &err), -1);
	assert_string_equal(err.field, "deadline");
	assert_non_null(strstr(err.msg, "28 days"));
	/* a year on from 29 February is 28 February */
	assert_int_equal(goal_parse_deadline("in 1 year", D(2028, 2, 29), &d, &err), 0);
	assert_true(same_day(d, D(2029, 2, 28)));

	make_goal(&g, UID_A, "Leap", D(2028, 2, 1));
	g.deadline = D(2028, 2, 29);
	assert_int_equal(goal_parse_target("2 per week", &g.target, &err), 0);
	goal_progress_compute(&g, NULL, 0, D(2028, 2, 1), &p);
	assert_int_equal(p.planned, 2 * 5); /* weeks of 31 Jan, 7, 14, 21, 28 Feb */
	goal_progress_release(&p);
	goal_target_release(&g.target);
	assert_int_equal(goal_parse_target("4 per month", &g.target, &err), 0);
	goal_progress_compute(&g, NULL, 0, D(2028, 2, 29), &p);
	assert_int_equal(p.nperiods, 1);
	assert_true(same_day(p.periods[0].last, D(2028, 2, 29)));
	assert_int_equal(p.planned, 4);
	/* on the day: due today, and the month's target ends today too */
	goal_due_items(&g, &p, D(2028, 2, 29), &due);
	assert_int_equal(due.n, 2);
	assert_int_equal(due.items[0].kind, GOAL_DUE_DEADLINE);
	assert_true(due.items[0].today);
	assert_int_equal(due.items[1].kind, GOAL_DUE_TARGET);
	assert_true(due.items[1].today);
	goal_due_list_release(&due);
	goal_progress_release(&p);
	goal_release(&g);
}

static void test_goals__targets_are_read_kindly(void **state)
{
	static const struct {
		const char *s;
		int count;
		enum goal_period per;
		const char *what;
	} good[] = {
		{ "2 per week", 2, GOAL_PER_WEEK, NULL },
		{ "2 a week", 2, GOAL_PER_WEEK, NULL },
		{ "twice a week", 2, GOAL_PER_WEEK, NULL },
		{ "twice weekly", 2, GOAL_PER_WEEK, NULL },
		{ "2 healthy meals per week", 2, GOAL_PER_WEEK, "healthy meals" },
		{ "at least 2 healthy meals per week", 2, GOAL_PER_WEEK, "healthy meals" },
		{ "2/week", 2, GOAL_PER_WEEK, NULL },
		{ " 2 / Week ", 2, GOAL_PER_WEEK, NULL },
		{ "3 times a week", 3, GOAL_PER_WEEK, NULL },
		{ "Three times per month", 3, GOAL_PER_MONTH, NULL },
		{ "once a day", 1, GOAL_PER_DAY, NULL },
		{ "daily", 1, GOAL_PER_DAY, NULL },
		{ "every day", 1, GOAL_PER_DAY, NULL },
		{ "weekly", 1, GOAL_PER_WEEK, NULL },
		{ "monthly", 1, GOAL_PER_MONTH, NULL },
		{ "4 each month", 4, GOAL_PER_MONTH, NULL },
		{ "8 glasses of water a day", 8, GOAL_PER_DAY, "glasses of water" },
		{ "1000 steps per day", 1000, GOAL_PER_DAY, "steps" },
	};
	static const struct {
		const char *s, *says;
	} bad[] = {
		{ "lots", "needs a number" },
		{ "", "needs a number" },
		{ "a lot per week", "needs a number" },
		{ "per week", "needs a number" },
		{ "2", "say how often" },
		{ "2 meals", "say how often" },
		{ "2 per year", "per day, per week or per month" },
		{ "2 a fortnight", "per day, per week or per month" },
		{ "0 per week", "at least 1" },
		{ "100001 per day", "up to 100000" },
		{ "99999999999 per day", "up to 100000" },
		{ "2 per week please", "needs a number" },
	};
	struct goal_target t = { 0, GOAL_PER_NONE, NULL };
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	(void)state;

	for (size_t i = 0; i < ARRAY_SIZE(good); i++) {
		if (goal_parse_target(good[i].s, &t, &err))
			fail_msg("'%s' was refused: %s", good[i].s, err.msg);
		assert_int_equal(t.count, good[i].count);
		assert_int_equal(t.per, good[i].per);
		if (good[i].what)
			assert_string_equal(t.what, good[i].what);
		else
			assert_null(t.what);
	}
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		err_clear(&err);
		if (!goal_parse_target(bad[i].s, &t, &err))
			fail_msg("'%s' was accepted", bad[i].s);
		assert_int_equal(err.kind, ERR_INPUT);
		assert_string_equal(err.field, "target");
		if (!strstr(err.msg, bad[i].says))
			fail_msg("'%s': '%s' does not say '%s'", bad[i].s, err.msg, bad[i].says);
	}
	/* a refused target leaves the old one as it was */
	assert_int_equal(t.count, 1000);
	assert_string_equal(t.what, "steps");
	goal_target_words(&b, &t);
	assert_string_equal(b.data, "1000 steps per day");
	goal_target_release(&t);
	buf_reset(&b);
	assert_int_equal(goal_parse_target("twice a week", &t, &err), 0);
	goal_target_words(&b, &t);
	assert_string_equal(b.data, "2 per week");
	buf_release(&b);
	goal_target_release(&t);
}

static int has_note(const struct goal_notes *n, enum goal_note_kind kind)
{
	for (size_t i = 0; i < n->n; i++)
		if (n->items[i].kind == kind)
			return 1;
	return 0;
}

static void test_goals__smart_check_suggests_and_never_refuses(void **state)
{
	struct goal g;
	struct goal_notes n;
	struct err err = ERR_INIT;
	struct wdate today = D(2026, 3, 14);
	(void)state;

	/* nothing but a title: no deadline, no way to tell it is done */
	make_goal(&g, "", "Feel better", today);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 2);
	assert_true(has_note(&n, GOAL_NOTE_NO_DEADLINE));
	assert_true(has_note(&n, GOAL_NOTE_NO_MEASURE));
	assert_non_null(strstr(n.items[0].msg, "no deadline yet"));
	assert_int_equal(goal_validate(&g, &err), 0); /* still a valid goal */

	/* a step is a way to tell; a past deadline is gently pointed out */
	assert_int_equal(goal_add_step(&g, "Go to bed by 11", (struct wdate){ 0, 0, 0 }, &err), 0);
	g.deadline = D(2026, 3, 1);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 1);
	assert_int_equal(n.items[0].kind, GOAL_NOTE_DEADLINE_PASSED);
	assert_string_equal(n.items[0].field, "deadline");
	assert_non_null(strstr(n.items[0].msg, "Sunday 1 March 2026"));
	assert_null(strstr(n.items[0].msg, "fail"));
	/* ... but not once the goal is done */
	g.state = GOAL_DONE;
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 0);
	g.state = GOAL_ACTIVE;
	g.deadline = D(2026, 9, 14);

	/* more than 7 a day, in any period */
	assert_int_equal(goal_parse_target("8 a day", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 1);
	assert_int_equal(n.items[0].kind, GOAL_NOTE_TARGET_HIGH);
	assert_int_equal(goal_parse_target("7 a day", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 0);
	assert_int_equal(goal_parse_target("50 per week", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 1);
	assert_int_equal(goal_parse_target("218 per month", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 1);
	assert_int_equal(goal_parse_target("10 walks a day", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 1);
	/* a measure is counted in large numbers without being a lot */
	assert_int_equal(goal_parse_target("20 minutes of yoga a day", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 0);
	assert_int_equal(goal_parse_target("5000 steps a day", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 0);
	assert_int_equal(goal_parse_target("8 glasses of water a day", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 0);

	/* well above the person's own best: more than twice it */
	assert_int_equal(goal_parse_target("5 walks per week", &g.target, &err), 0);
	assert_int_equal(goal_smart_check(&g, 2, today, &n), 1);
	assert_int_equal(n.items[0].kind, GOAL_NOTE_TARGET_ABOVE_BEST);
	assert_non_null(strstr(n.items[0].msg, "best week so far, which was 2"));
	assert_int_equal(goal_smart_check(&g, 3, today, &n), 0);
	assert_int_equal(goal_smart_check(&g, -1, today, &n), 0); /* no record yet */
	goal_release(&g);
}

static void test_goals__progress_counts_periods_targets_and_steps(void **state)
{
	struct goal g;
	struct goal_entry_list l = { 0 };
	struct goal_progress p;
	struct err err = ERR_INIT;
	(void)state;

	/* Peter's Plan: 2 per week for 6 months, set on Saturday 14 March */
	make_goal(&g, UID_A, "Cook", D(2026, 3, 14));
	assert_int_equal(goal_parse_deadline("in 6 months", D(2026, 3, 14), &g.deadline, &err), 0);
	assert_int_equal(goal_parse_target("2 healthy meals per week", &g.target, &err), 0);
	assert_int_equal(goal_add_step(&g, "Find recipes", (struct wdate){ 0, 0, 0 }, &err), 0);
	assert_int_equal(goal_add_step(&g, "Shop", (struct wdate){ 0, 0, 0 }, &err), 0);
	g.steps[0].done = D(2026, 3, 10);
	add_entry(&l, UID_A, D(2026, 2, 24), 600, 1); /* before it was written down */
	add_entry(&l, UID_A, D(2026, 2, 27), 600, 1);
	add_entry(&l, UID_A, D(2026, 3, 4), 600, 1);
	add_entry(&l, UID_B, D(2026, 3, 5), 600, 5);  /* another goal's */
	add_entry(&l, UID_A, D(2026, 3, 14), 600, 3);
	goal_progress_compute(&g, l.items, l.n, D(2026, 3, 14), &p);
	assert_int_equal(p.per, GOAL_PER_WEEK);
	assert_int_equal(p.target, 2);
	assert_int_equal(p.total, 6);
	assert_int_equal(p.nentries, 4);
	assert_true(same_day(p.first_entry, D(2026, 2, 24)));
	assert_true(same_day(p.last_entry, D(2026, 3, 14)));
	assert_int_equal(p.nperiods, 3); /* weeks of 23 Feb, 2 Mar, 9 Mar */
	assert_int_equal(p.periods[0].count, 2);
	assert_int_equal(p.periods[1].count, 1);
	assert_int_equal(p.periods[2].count, 3);
	assert_int_equal(p.closed, 2);
	assert_int_equal(p.reached, 1);
	assert_int_equal(p.this_count, 3);
	assert_true(p.this_reached);
	/* 23 Feb to the week of 14 September: 30 weeks, 2 a week */
	assert_int_equal(p.planned, 60);
	assert_int_equal(p.steps_done, 1);
	assert_int_equal(p.steps_total, 2);
	goal_progress_release(&p);

	/* once done, nothing is still open, and its periods stop there */
	g.state = GOAL_DONE;
	g.ended = D(2026, 3, 14);
	goal_progress_compute(&g, l.items, l.n, D(2026, 4, 30), &p);
	assert_int_equal(p.nperiods, 3);
	assert_int_equal(p.closed, 3);
	assert_int_equal(p.reached, 2);
	assert_false(p.periods[2].open);
	goal_progress_release(&p);

	/* without a target: a total and steps, no periods */
	goal_target_release(&g.target);
	goal_progress_compute(&g, l.items, l.n, D(2026, 3, 14), &p);
	assert_int_equal(p.per, GOAL_PER_NONE);
	assert_int_equal(p.nperiods, 0);
	assert_int_equal(p.total, 6);
	goal_progress_release(&p);

	/* the best week among all the entries given, whoever they belong to */
	assert_int_equal(goal_best_period(l.items, l.n, GOAL_PER_WEEK), 6);
	assert_int_equal(goal_best_period(l.items, l.n, GOAL_PER_DAY), 5);
	assert_int_equal(goal_best_period(l.items, l.n, GOAL_PER_MONTH), 9);
	assert_int_equal(goal_best_period(NULL, 0, GOAL_PER_WEEK), -1);
	goal_entry_list_release(&l);
	goal_release(&g);
}

static void test_goals__what_is_due_today_and_this_week(void **state)
{
	struct goal g;
	struct goal_progress p;
	struct goal_due_list due = { 0 };
	struct err err = ERR_INIT;
	struct wdate today = D(2026, 3, 14); /* Saturday */
	(void)state;

	make_goal(&g, UID_A, "Sort out my room", D(2026, 3, 1));
	g.id = 7;
	g.deadline = D(2026, 3, 15);
	assert_int_equal(goal_add_step(&g, "Clear the desk", D(2026, 3, 12), &err), 0);
	assert_int_equal(goal_add_step(&g, "Hoover", D(2026, 3, 14), &err), 0);
	/* next week's step is not this week's business */
	assert_int_equal(goal_add_step(&g, "Shelf", D(2026, 3, 16), &err), 0);
	assert_int_equal(goal_add_step(&g, "Done already", D(2026, 3, 13), &err), 0);
	g.steps[3].done = D(2026, 3, 13);
	assert_int_equal(goal_parse_target("3 per week", &g.target, &err), 0);
	goal_progress_compute(&g, NULL, 0, today, &p);
	goal_due_items(&g, &p, today, &due);
	assert_int_equal(due.n, 4);
	assert_int_equal(due.items[0].kind, GOAL_DUE_STEP);
	assert_int_equal(due.items[0].step, 1);
	assert_true(due.items[0].today);
	assert_int_equal(due.items[1].step, 2);
	assert_int_equal(due.items[2].kind, GOAL_DUE_DEADLINE);
	assert_false(due.items[2].today);
	assert_int_equal(due.items[3].kind, GOAL_DUE_TARGET);
	assert_int_equal(due.items[3].target, 3);
	assert_int_equal(due.items[3].goal_id, 7);
	goal_due_list_release(&due);

	/* paused goals ask nothing of anyone */
	g.state = GOAL_PAUSED;
	goal_due_items(&g, &p, today, &due);
	assert_int_equal(due.n, 0);
	goal_progress_release(&p);

	/* a passed deadline is offered a new date, today */
	g.state = GOAL_ACTIVE;
	g.deadline = D(2026, 3, 1);
	goal_target_release(&g.target);
	g.nsteps = 0;
	goal_progress_compute(&g, NULL, 0, today, &p);
	goal_due_items(&g, &p, today, &due);
	g.nsteps = 4;
	assert_int_equal(due.n, 1);
	assert_int_equal(due.items[0].kind, GOAL_DUE_PASSED);
	assert_true(due.items[0].today);
	goal_due_list_release(&due);
	goal_progress_release(&p);
	goal_release(&g);
}

/* Every VEVENT's DTSTART as "YYYY-MM-DD", and its summary. */
static void test_goals__summary_words_say_where_a_goal_stands(void **state)
{
	struct goal g;
	struct goal_entry_list l = { NULL, 0 };
	struct goal_progress p;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	(void)state;
	make_goal(&g, UID_A, "Cook", D(2026, 3, 2));
	assert_int_equal(goal_parse_target("2 healthy meals per week", &g.target, &err), 0);
	assert_int_equal(goal_add_step(&g, "Find recipes", D(0, 0, 0), &err), 0);
	assert_int_equal(goal_add_step(&g, "Shop", D(0, 0, 0), &err), 0);
	g.steps[0].done = D(2026, 3, 3);
	g.deadline = D(2026, 3, 10); /* passed: today is Sat 14 March */
	add_entry(&l, UID_A, D(2026, 3, 12), 600, 1);
	goal_progress_compute(&g, l.items, l.n, D(2026, 3, 14), &p);
	goal_summary_words(&b, &g, &p, D(2026, 3, 14));
	assert_string_equal(b.data, "this week: 1 of 2 healthy meals; 1 of 2 steps done; "
				    "the deadline was Tue 10 Mar: a new date?");
	buf_reset(&b);
	goal_count_words(&b, 3, 2, NULL);
	assert_string_equal(b.data, "3 (target 2)");
	buf_reset(&b);
	goal_distance_words(&b, D(2026, 9, 14), D(2026, 3, 14));
	assert_string_equal(b.data, "in 26 weeks");
	buf_reset(&b);
	goal_date_words(&b, D(2027, 1, 4), D(2026, 3, 14));
	assert_string_equal(b.data, "Mon 4 Jan 2027");
	buf_release(&b);
	goal_progress_release(&p);
	goal_entry_list_release(&l);
	goal_release(&g);
}

static size_t ics_events(const char *text, char dates[][11], char summaries[][128],
			 size_t max)
{
	icalcomponent *cal = icalparser_parse_string(text), *ev;
	size_t n = 0;

	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev && n < max;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), n++) {
		struct icaltimetype t = icalcomponent_get_dtstart(ev);
		assert_true(t.is_date);
		snprintf(dates[n], 11, "%04d-%02d-%02d", t.year, t.month, t.day);
		snprintf(summaries[n], 128, "%s", icalcomponent_get_summary(ev));
	}
	icalcomponent_free(cal);
	return n;
}

static void test_goals__calendar_parses_and_holds_every_deadline(void **state)
{
	struct goal goals[4];
	struct buf out = BUF_INIT;
	struct err err = ERR_INIT;
	char dates[8][11], summaries[8][128];
	size_t n;
	(void)state;

	make_goal(&goals[0], UID_A, "Cook 2 healthy meals a week", D(2026, 3, 14));
	goals[0].deadline = D(2026, 9, 14);
	make_goal(&goals[1], UID_B, "Swim; then, maybe, dive \\ with \"care\"", D(2026, 3, 14));
	goals[1].deadline = D(2028, 2, 29);
	goals[1].state = GOAL_PAUSED;
	assert_int_equal(goal_add_step(&goals[1], "Buy goggles", D(2026, 3, 20), &err), 0);
	assert_int_equal(goal_add_step(&goals[1], "Done step", D(2026, 3, 10), &err), 0);
	goals[1].steps[1].done = D(2026, 3, 10);
	assert_int_equal(goal_add_step(&goals[1], "No date", (struct wdate){ 0, 0, 0 }, &err), 0);
	make_goal(&goals[2], "cccccccccccccccccccccccccccccccc", "Finished", D(2026, 1, 1));
	goals[2].deadline = D(2026, 3, 1);
	goals[2].state = GOAL_DONE;
	make_goal(&goals[3], "dddddddddddddddddddddddddddddddd",
		  "A long title with caf\xc3\xa9 and more words so that the line must fold somewhere in the middle of it",
		  D(2026, 1, 1));
	goals[3].deadline = D(2026, 12, 31);

	assert_int_equal(goal_ics_build(goals, 4, 1773480600, &out, &err), 0);
	assert_non_null(strstr(out.data, "BEGIN:VCALENDAR\r\n"));
	assert_non_null(strstr(out.data, "UID:" UID_A "-deadline@waymark"));
	assert_non_null(strstr(out.data, "DTSTAMP:20260314T093000Z"));
	n = ics_events(out.data, dates, summaries, 8);
	assert_int_equal(n, 4); /* 3 deadlines (not the done one) and 1 step */
	assert_string_equal(dates[0], "2026-09-14");
	assert_string_equal(summaries[0], "Goal deadline: Cook 2 healthy meals a week");
	assert_string_equal(dates[1], "2028-02-29");
	assert_string_equal(summaries[1], "Goal deadline: Swim; then, maybe, dive \\ with \"care\"");
	assert_string_equal(dates[2], "2026-03-20");
	assert_string_equal(summaries[2], "Goal step: Buy goggles");
	assert_string_equal(dates[3], "2026-12-31");
	assert_non_null(strstr(summaries[3], "caf\xc3\xa9 and more words"));
	assert_true(text_valid(out.data, 1)); /* folding kept the UTF-8 whole */
	for (size_t i = 0; i < ARRAY_SIZE(goals); i++)
		goal_release(&goals[i]);
	buf_release(&out);
}

static void test_goals__json_bodies_round_trip_strictly(void **state)
{
	struct goal g, back;
	struct goal_entry e;
	struct err err = ERR_INIT;
	json_t *data, *again, *bad;
	(void)state;

	make_goal(&g, UID_A, "Cook", D(2026, 3, 14));
	assert_int_equal(goal_set_text(&g, "why", "Good for me\nand my mood", &err), 0);
	assert_int_equal(goal_set_text(&g, "if_missed", "Start again", &err), 0);
	assert_int_equal(goal_parse_target("2 meals per week", &g.target, &err), 0);
	assert_int_equal(goal_add_step(&g, "Shop", D(2026, 3, 20), &err), 0);
	g.steps[0].done = D(2026, 3, 19);
	g.deadline = D(2026, 9, 14);
	g.state = GOAL_DONE;
	g.ended = D(2026, 9, 1);
	g.rewarded = 0;
	data = goal_to_data(&g);
	goal_init(&back);
	assert_int_equal(goal_from_data(data, &back, &err), 0);
	again = goal_to_data(&back);
	assert_true(json_equal(data, again));
	assert_int_equal(back.rewarded, 0);
	assert_int_equal(back.target.per, GOAL_PER_WEEK);
	json_decref(again);
	goal_release(&back);

	/* strict: unknown fields, bad periods, a missing title */
	bad = json_deep_copy(data);
	json_object_set_new(bad, "colour", json_string("red"));
	assert_null(goals_normalise_data(bad, &err));
	assert_non_null(strstr(err.msg, "unknown field 'colour'"));
	json_decref(bad);
	bad = json_deep_copy(data);
	json_object_set_new(json_object_get(bad, "target"), "per", json_string("year"));
	assert_null(goals_normalise_data(bad, &err));
	json_decref(bad);
	bad = json_deep_copy(data);
	json_object_del(bad, "title");
	assert_null(goals_normalise_data(bad, &err));
	assert_string_equal(err.field, "title");
	json_decref(bad);
	json_decref(data);

	goal_entry_init(&e);
	snprintf(e.goal_uid, sizeof(e.goal_uid), "%s", UID_A);
	e.count = 2;
	assert_int_equal(goal_entry_set_note(&e, "Curry", &err), 0);
	data = goal_entry_to_data(&e);
	again = goals_normalise_log_data(data, &err);
	assert_true(json_equal(data, again));
	json_decref(again);
	json_object_set_new(data, "goal", json_string("ABC"));
	assert_null(goals_normalise_log_data(data, &err));
	json_decref(data);
	goal_entry_release(&e);
	goal_release(&g);
}

static void test_goals__stored_sealed_found_and_shown_by_day(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct buf rec = BUF_INIT, ics = BUF_INIT;
	struct err err = ERR_INIT;
	struct goal g, h, found;
	struct goal_entry e;
	struct goal_entry_list hist;
	struct goal_event_list ev;
	struct goal_due_list due;
	struct wdate today = D(2026, 3, 14);
	(void)state;

	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	goal_init(&g);
	assert_int_equal(goal_set_text(&g, "title", "Cook healthy meals", &err), 0);
	assert_int_equal(goal_set_text(&g, "reward", "A secret treat", &err), 0);
	assert_int_equal(goal_set_text(&g, "area", "Health", &err), 0);
	assert_int_equal(goal_parse_target("2 per week", &g.target, &err), 0);
	assert_int_equal(goal_add_step(&g, "Find recipes", D(2026, 3, 20), &err), 0);
	g.deadline = D(2026, 9, 14);
	assert_int_equal(goals_add(&wm, &g, &err), 0);
	assert_true(g.id > 0);
	assert_int_equal(strlen(g.uid), 32);
	assert_true(same_day(g.start.date, today));
	goal_init(&h);
	assert_int_equal(goal_set_text(&h, "title", "Cook for friends", &err), 0);
	assert_int_equal(goal_set_text(&h, "area", "health", &err), 0);
	assert_int_equal(goals_add(&wm, &h, &err), 0);

	/* found by number, by words, and kindly refused when words fit two */
	assert_int_equal(goals_find(&wm, "#1", &found, &err), 0);
	assert_string_equal(found.title, "Cook healthy meals");
	goal_release(&found);
	assert_int_equal(goals_find(&wm, "HEALTHY", &found, &err), 0);
	assert_int_equal(found.id, g.id);
	goal_release(&found);
	assert_int_equal(goals_find(&wm, "cook", &found, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "more than one goal"));
	assert_int_equal(goals_find(&wm, "swim", &found, &err), 1);
	assert_int_equal(goals_find(&wm, "999", &found, &err), 1);

	/* progress: the future is refused, the past is fine */
	goal_entry_init(&e);
	memcpy(e.goal_uid, h.uid, sizeof(e.goal_uid));
	wlocal_make(D(2026, 3, 15), 600, &e.when);
	assert_int_equal(goals_log_add(&wm, &e, today, &err), -1);
	assert_string_equal(err.field, "date");
	wlocal_make(D(2026, 3, 10), 600, &e.when);
	e.count = 3;
	assert_int_equal(goals_log_add(&wm, &e, today, &err), 0);
	goal_entry_release(&e);
	goal_entry_init(&e);
	memcpy(e.goal_uid, g.uid, sizeof(e.goal_uid));
	wlocal_make(today, 8 * 60, &e.when);
	assert_int_equal(goal_entry_set_note(&e, "Stir fry", &err), 0);
	assert_int_equal(goals_log_add(&wm, &e, today, &err), 0);
	goal_entry_release(&e);

	/* the record to judge a target by: this goal and its area's others */
	assert_int_equal(goals_history(&wm, &g, &hist, &err), 0);
	assert_int_equal(hist.n, 2);
	assert_int_equal(goal_best_period(hist.items, hist.n, GOAL_PER_WEEK), 4);
	goal_entry_list_release(&hist);

	/* a day's events, for the diary's day view */
	g.steps[0].done = today;
	g.state = GOAL_DONE;
	g.ended = today;
	assert_int_equal(goals_update(&wm, &g, &err), 0);
	assert_int_equal(goals_events_for_day(&wm, today, &ev, &err), 0);
	assert_int_equal(ev.n, 3);
	assert_int_equal(ev.items[0].kind, GOAL_EVENT_PROGRESS);
	assert_string_equal(ev.items[0].text, "Stir fry");
	assert_string_equal(ev.items[0].title, "Cook healthy meals");
	assert_int_equal(ev.items[0].minute, 8 * 60);
	assert_int_equal(ev.items[1].kind, GOAL_EVENT_STEP_DONE);
	assert_string_equal(ev.items[1].text, "Find recipes");
	assert_int_equal(ev.items[2].kind, GOAL_EVENT_GOAL_DONE);
	goal_event_list_release(&ev);
	assert_int_equal(goals_events_for_day(&wm, D(2026, 3, 10), &ev, &err), 0);
	assert_int_equal(ev.n, 1);
	assert_int_equal(ev.items[0].count, 3);
	goal_event_list_release(&ev);

	/* the done goal is not due and not in the calendar */
	assert_int_equal(goals_due(&wm, today, &due, &err), 0);
	assert_int_equal(due.n, 0);
	goal_due_list_release(&due);
	assert_int_equal(goals_ics(&wm, &ics, &err), 0);
	assert_null(strstr(ics.data, "BEGIN:VEVENT"));
	buf_release(&ics);

	vault_close(&wm);
	/* sealed: the person's words are not in the file in clear */
	assert_false(test_file_contains(path, "A secret treat"));
	assert_false(test_file_contains(path, "Stir fry"));
	assert_false(test_file_contains(path, "2026-09-14"));
	goal_release(&g);
	goal_release(&h);
	buf_release(&rec);
	unlink(path);
	free(path);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_goals__weeks_cross_the_year_end),
		cmocka_unit_test(test_goals__months_of_different_lengths),
		cmocka_unit_test(test_goals__uk_clock_changes_move_nothing),
		cmocka_unit_test(test_goals__a_deadline_on_29_february),
		cmocka_unit_test(test_goals__targets_are_read_kindly),
		cmocka_unit_test(test_goals__smart_check_suggests_and_never_refuses),
		cmocka_unit_test(test_goals__progress_counts_periods_targets_and_steps),
		cmocka_unit_test(test_goals__what_is_due_today_and_this_week),
		cmocka_unit_test(test_goals__summary_words_say_where_a_goal_stands),
		cmocka_unit_test(test_goals__calendar_parses_and_holds_every_deadline),
		cmocka_unit_test(test_goals__json_bodies_round_trip_strictly),
		cmocka_unit_test(test_goals__stored_sealed_found_and_shown_by_day),
	};
	return cmocka_run_group_tests_name("goals", tests, setup, NULL);
}
