/* SPDX-License-Identifier: MIT */
/*
 * test_report.c: the appointment report's rules and arithmetic (sections,
 * periods, questions, days and weeks, questionnaire changes, goals), and
 * its writers: only the chosen sections, the person's words escaped in
 * HTML, and a PDF that is a PDF.
 */
#include "test_helpers.h"

#include <math.h>

#include "core/xalloc.h"
#include "features/report/report_int.h"
#include "vault/vault.h"

static int setup(void **state)
{
	(void)state;
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	return vault_global_init();
}

static const struct wdate today = { 2026, 3, 14 };

static void test_report__sections_are_chosen_by_name(void **state)
{
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	unsigned mask = 0;
	(void)state;
	assert_int_equal(report_parse_sections("notes, MOOD ,mood", &mask, &err), 0);
	assert_int_equal(mask, REPORT_BIT(REPORT_MOOD) | REPORT_BIT(REPORT_NOTES));
	report_sections_text(&b, mask);
	assert_string_equal(b.data, "mood, notes");
	assert_int_equal(report_parse_sections("all", &mask, &err), 0);
	assert_int_equal(mask, REPORT_ALL);
	mask = 7;
	assert_int_equal(report_parse_sections("mood,dreams", &mask, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "sections");
	assert_non_null(strstr(err.msg, "'dreams'"));
	assert_int_equal(mask, 7); /* unchanged */
	assert_int_equal(report_parse_sections(" , ", &mask, &err), -1);
	assert_int_equal(report_parse_sections("", &mask, &err), -1);
	buf_release(&b);
}

static void test_report__the_period_defaults_to_four_weeks_to_today(void **state)
{
	struct report_period p;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	(void)state;
	assert_int_equal(report_parse_period(NULL, "", today, &p, &err), 0);
	assert_int_equal(wdate_cmp(p.to, today), 0);
	assert_int_equal(report_period_days(&p), REPORT_DAYS_DEFAULT);
	report_period_text(&b, &p);
	assert_string_equal(b.data, "15 February to 14 March 2026");
	assert_int_equal(report_parse_period(NULL, "2026-01-31", today, &p, &err), 0);
	assert_int_equal(p.from.m, 1);
	assert_int_equal(p.from.d, 4);
	assert_int_equal(report_parse_period("2025-12-20", "2026-01-10", today, &p, &err), 0);
	buf_reset(&b);
	report_period_text(&b, &p);
	assert_string_equal(b.data, "20 December 2025 to 10 January 2026");
	assert_int_equal(report_parse_period("2026-03-14", "2026-03-14", today, &p, &err), 0);
	assert_int_equal(report_period_days(&p), 1);
	/* bad input, each filed under its field */
	assert_int_equal(report_parse_period("2026-02-30", NULL, today, &p, &err), -1);
	assert_string_equal(err.field, "from");
	assert_int_equal(report_parse_period(NULL, "2026-03-15", today, &p, &err), -1);
	assert_string_equal(err.field, "to");
	assert_int_equal(report_parse_period("2026-03-10", "2026-03-01", today, &p, &err), -1);
	assert_string_equal(err.field, "from");
	assert_int_equal(report_parse_period("2024-03-13", NULL, today, &p, &err), -1);
	assert_int_equal(report_parse_period("2024-03-14", NULL, today, &p, &err), 0);
	assert_int_equal(report_period_days(&p), REPORT_DAYS_MAX);
	buf_release(&b);
}

static void test_report__questions_are_one_line_of_kind_length(void **state)
{
	struct report_question q;
	struct err err = ERR_INIT;
	struct buf big = BUF_INIT;
	json_t *d, *back;
	(void)state;
	report_question_init(&q);
	assert_int_equal(report_question_set_text(&q, "  Can I change my tablets?  ", &err), 0);
	assert_string_equal(q.text, "Can I change my tablets?");
	assert_int_equal(report_question_set_text(&q, "   ", &err), -1);
	assert_string_equal(err.field, "question");
	assert_int_equal(report_question_set_text(&q, "two\nlines", &err), -1);
	for (int i = 0; i < REPORT_QUESTION_MAX; i++)
		buf_adds(&big, "\xc3\xa9"); /* characters, not bytes */
	assert_int_equal(report_question_set_text(&q, big.data, &err), 0);
	buf_addch(&big, 'x');
	assert_int_equal(report_question_set_text(&q, big.data, &err), -1);
	assert_int_equal(report_question_set_text(&q, "Who do I call at night?", &err), 0);
	d = report_question_to_data(&q);
	back = report_normalise_question(d, &err);
	assert_true(json_equal(d, back));
	json_decref(back);
	json_object_set_new(d, "colour", json_string("blue"));
	assert_null(report_normalise_question(d, &err));
	assert_non_null(strstr(err.msg, "colour"));
	json_decref(d);
	d = json_pack("{s:i}", "text", 3);
	assert_null(report_normalise_question(d, &err));
	json_decref(d);
	report_question_release(&q);
	buf_release(&big);
}

/* A check-in on 2026-03-DAY at minute, owned by l. */
static struct checkin *add_checkin(struct checkin_list *l, int month, int day, int minute)
{
	struct checkin *c;
	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	c = &l->items[l->n++];
	checkin_init(c);
	wlocal_make((struct wdate){ 2026, month, day }, minute, &c->when);
	c->id = (int64_t)l->n;
	return c;
}

static void period(struct report_period *p, int m1, int d1, int m2, int d2)
{
	p->from = (struct wdate){ 2026, m1, d1 };
	p->to = (struct wdate){ 2026, m2, d2 };
}

static void test_report__days_weeks_and_summary(void **state)
{
	struct report_period p;
	struct report r;
	struct checkin_list l = { NULL, 0 };
	struct checkin *c;
	(void)state;
	period(&p, 3, 1, 3, 14); /* Sunday 1 March to Saturday 14 March */
	report_init(&r, &p, REPORT_ALL, 0);
	add_checkin(&l, 2, 28, 600)->mood = 2;          /* before: only for the averages */
	add_checkin(&l, 3, 1, 600)->mood = 4;
	add_checkin(&l, 3, 1, 1200)->mood = 7;          /* one day: the mean, 5.5 */
	c = add_checkin(&l, 3, 3, 600);
	c->mood = 8;
	c->bed = 23 * 60;
	c->wake = 7 * 60 + 30;                          /* 8 h 30 */
	c->quality = 4;
	c = add_checkin(&l, 3, 9, 600);
	c->bed = 22 * 60;
	c->wake = 5 * 60;                               /* 7 h */
	c->quality = 2;
	add_checkin(&l, 3, 14, 600)->mood = 3;
	report_fill_days(&r, &l);
	assert_int_equal(r.ndays, 14);
	assert_true(r.days[0].mood == 5.5);
	assert_int_equal(r.days[0].nmood, 2);
	assert_true(r.days[0].mood_avg7 == (2 + 5.5) / 2);
	assert_true(isnan(r.days[1].mood));
	assert_true(r.days[2].sleep == 8.5);
	assert_true(isnan(r.days[3].sleep));
	assert_int_equal(r.sum.mood_days, 3);
	assert_true(fabs(r.sum.mood_mean - (5.5 + 8 + 3) / 3) < 1e-9);
	assert_true(r.sum.mood_low == 3);
	assert_int_equal(r.sum.mood_low_day.d, 14);
	assert_true(r.sum.mood_high == 8);
	assert_int_equal(r.sum.nights, 2);
	assert_true(r.sum.sleep_mean == 7.75);
	assert_true(r.sum.quality_mean == 3);
	/* weeks: Sunday alone, then Monday to Sunday, then Monday to Saturday */
	assert_int_equal(r.nweeks, 3);
	assert_int_equal(r.weeks[0].first.d, 1);
	assert_int_equal(r.weeks[0].last.d, 1);
	assert_int_equal(r.weeks[1].first.d, 2);
	assert_int_equal(r.weeks[1].last.d, 8);
	assert_int_equal(r.weeks[1].mood_days, 1);
	assert_int_equal(r.weeks[1].nights, 1);
	assert_int_equal(r.weeks[2].nights, 1);
	assert_true(r.weeks[2].sleep_mean == 7);
	assert_true(r.weeks[2].mood_low == 3);
	/* the notes: flagged and in the period, oldest first */
	l.items[5].for_appointment = 1;
	l.items[1].for_appointment = 1;
	l.items[0].for_appointment = 1; /* 28 February: before the period */
	report_take_notes(&r, &l);
	assert_int_equal(r.notes.n, 2);
	assert_int_equal(r.notes.items[0].when.date.d, 1);
	assert_int_equal(r.notes.items[1].when.date.d, 14);
	assert_int_equal(l.n, 4);
	checkin_list_release(&l);
	report_release(&r);
}

static void respond(struct report *r, const char *measure, const char *answers, int month, int day)
{
	const struct measure *m = measure_find(&r->catalog, measure);
	struct measure_response *resp;
	struct measure_answer *a;
	struct err err = ERR_INIT;
	size_t n;

	r->responses.items = xrealloc(r->responses.items, (r->responses.n + 1) * sizeof(*r->responses.items));
	resp = &r->responses.items[r->responses.n++];
	measure_response_init(resp);
	assert_int_equal(measure_parse_answers(m, answers, &a, &n, &err), 0);
	assert_int_equal(measure_response_fill(resp, m, &a, n, &err), 0);
	wlocal_make((struct wdate){ 2026, month, day }, 600, &resp->when);
}

static void test_report__questionnaires_change_from_before_the_period(void **state)
{
	struct report_period p;
	struct report r;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	(void)state;
	period(&p, 2, 15, 3, 14);
	report_init(&r, &p, REPORT_BIT(REPORT_MEASURES), 0);
	assert_int_equal(measure_catalog_load(&r.catalog, "/nonexistent", &err), 0);
	respond(&r, "phq9", "2,2,2,1,2,1,1,1,0", 1, 30);   /* 12, before */
	respond(&r, "phq9", "1,2,1,1,1,1,0,1,1", 2, 27);   /* 9, item 9 */
	respond(&r, "phq9", "1,1,-,0,1,0,0,0,0", 3, 1);    /* incomplete */
	respond(&r, "phq9", "1,1,0,0,1,0,0,0,0", 3, 13);   /* 3 */
	respond(&r, "gad7", "1,1,0,1,0,0,1", 3, 13);       /* 4, alone */
	report_fill_measures(&r);
	assert_int_equal(r.nmeasures, 2);
	assert_string_equal(r.measures[0].m->id, "phq9");
	assert_int_equal(r.measures[0].nrows, 3);
	assert_true(r.measures[0].start_before);
	assert_true(r.measures[0].start->total == 12);
	assert_true(r.measures[0].end->total == 3);
	assert_int_equal(r.measures[0].reliable, 1);
	report_words_change(&b, &r.measures[0]);
	assert_non_null(strstr(b.data, "From 12 (the last score before this period"));
	assert_non_null(strstr(b.data, "a reliable improvement"));
	buf_reset(&b);
	report_words_total(&b, r.measures[0].m, r.measures[0].rows[1]);
	assert_non_null(strstr(b.data, "not complete"));
	buf_reset(&b);
	report_words_safety(&b, &r.measures[0], r.measures[0].rows[0]);
	assert_non_null(strstr(b.data, "Question 9"));
	assert_non_null(strstr(b.data, "Several days"));
	/* one score and nothing before: no change to speak of */
	assert_true(r.measures[1].start == r.measures[1].end);
	buf_reset(&b);
	report_words_change(&b, &r.measures[1]);
	assert_int_equal(b.len, 0);
	buf_release(&b);
	report_release(&r);
}

static void test_report__goals_count_progress_in_the_period(void **state)
{
	struct report_period p;
	struct report r;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	struct goal *g;
	static const int days[] = { 10, 17, 19, 24, 3, 5 }; /* Feb, Feb, Feb, Feb, Mar, Mar */
	(void)state;
	period(&p, 2, 15, 3, 14);
	report_init(&r, &p, REPORT_BIT(REPORT_GOALS), 0);
	r.goals.items = xcalloc(3, sizeof(*r.goals.items));
	r.goals.n = 3;
	for (size_t i = 0; i < 3; i++)
		goal_init(&r.goals.items[i]);
	g = &r.goals.items[0];
	snprintf(g->uid, sizeof(g->uid), "%032d", 1);
	wlocal_make((struct wdate){ 2026, 2, 1 }, 600, &g->start);
	assert_int_equal(goal_set_text(g, "title", "Walk twice a week", &err), 0);
	assert_int_equal(goal_parse_target("2 walks per week", &g->target, &err), 0);
	for (size_t i = 0; i < ARRAY_SIZE(days); i++) {
		struct goal_entry e;
		goal_entry_init(&e);
		snprintf(e.goal_uid, sizeof(e.goal_uid), "%s", g->uid);
		e.count = 1;
		wlocal_make((struct wdate){ 2026, i < 4 ? 2 : 3, days[i] }, 600, &e.when);
		goal_entry_list_push(&r.entries, &e);
	}
	/* a goal done long ago, and one set after the period: left out */
	g = &r.goals.items[1];
	snprintf(g->uid, sizeof(g->uid), "%032d", 2);
	wlocal_make((struct wdate){ 2025, 6, 1 }, 600, &g->start);
	assert_int_equal(goal_set_text(g, "title", "An old goal", &err), 0);
	g->state = GOAL_DONE;
	g->ended = (struct wdate){ 2025, 7, 1 };
	g = &r.goals.items[2];
	snprintf(g->uid, sizeof(g->uid), "%032d", 3);
	wlocal_make((struct wdate){ 2026, 3, 20 }, 600, &g->start);
	assert_int_equal(goal_set_text(g, "title", "A goal to come", &err), 0);
	report_fill_goals(&r);
	assert_int_equal(r.nrgoals, 1);
	assert_int_equal(r.rgoals[0].logged, 5);  /* 10 February is before */
	/* weeks ending in the period and closed: 16-22 Feb (2), 23 Feb-1 Mar
	 * (1), 2-8 Mar (2); 9-15 Mar is still open */
	assert_int_equal(r.rgoals[0].periods, 3);
	assert_int_equal(r.rgoals[0].reached, 2);
	report_words_goal(&b, &r.rgoals[0]);
	assert_string_equal(b.data, "2 walks per week: reached in 2 of 3 weeks in this period; 5 logged in this period");
	buf_release(&b);
	report_release(&r);
}

/* A vault with a little of everything, for the writers. */
static void fill_vault(struct waymark *wm)
{
	struct checkin c;
	struct report_question q;
	struct err err = ERR_INIT;

	checkin_init(&c);
	wlocal_make((struct wdate){ 2026, 3, 10 }, 600, &c.when);
	c.mood = 6;
	c.bed = 23 * 60;
	c.wake = 7 * 60;
	assert_int_equal(diary_set_text(&c.note, "note", "<script>alert(1)</script> & \"quotes\"",
					DIARY_NOTE_MAX, &err), 0);
	c.for_appointment = 1;
	assert_int_equal(diary_add(wm, &c, &err), 0);
	checkin_release(&c);
	report_question_init(&q);
	assert_int_equal(report_question_set_text(&q, "Is <b>this</b> normal?", &err), 0);
	assert_int_equal(report_question_add(wm, &q, &err), 0);
	report_question_release(&q);
}

static void test_report__writers_hold_the_chosen_sections_only(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct report_period p;
	struct report *r;
	struct buf html = BUF_INIT, pdf = BUF_INIT;
	(void)state;
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	fill_vault(&wm);
	assert_int_equal(report_parse_period(NULL, NULL, today, &p, &err), 0);

	assert_int_equal(report_build(&wm, &p, REPORT_BIT(REPORT_NOTES) | REPORT_BIT(REPORT_QUESTIONS),
				      wnow(), &r, &err), 0);
	report_html_article(&html, r);
	assert_non_null(strstr(html.data, "id=\"report-notes\""));
	assert_non_null(strstr(html.data, "id=\"report-questions\""));
	assert_null(strstr(html.data, "id=\"report-mood\""));
	assert_null(strstr(html.data, "id=\"report-sleep\""));
	assert_null(strstr(html.data, "<svg"));
	/* the person's words are text */
	assert_non_null(strstr(html.data, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
	assert_non_null(strstr(html.data, "Is &lt;b&gt;this&lt;/b&gt; normal?"));
	assert_null(strstr(html.data, "<script>"));
	assert_null(strstr(html.data, "<b>this"));
	assert_non_null(strstr(html.data, "15 February to 14 March 2026"));
	assert_non_null(strstr(html.data, "Made on Saturday 14 March 2026"));
	assert_int_equal(report_pdf(r, &pdf, &err), 0);
	assert_memory_equal(pdf.data, "%PDF-1.5", 8);
	assert_non_null(memmem(pdf.data, pdf.len, "%%EOF", 5));
	report_free(r);

	/* nothing chosen from the diary: nothing read from it */
	buf_reset(&html);
	assert_int_equal(report_build(&wm, &p, REPORT_BIT(REPORT_QUESTIONS), wnow(), &r, &err), 0);
	assert_int_equal(r->notes.n, 0);
	assert_int_equal(r->ndays, 0);
	report_html_document(&html, r);
	assert_int_equal(strncmp(html.data, "<!DOCTYPE html>", 15), 0);
	assert_null(strstr(html.data, "alert(1)"));
	assert_non_null(strstr(html.data, "normal?"));
	report_free(r);

	/* an empty section says so, kindly */
	buf_reset(&html);
	assert_int_equal(report_build(&wm, &p, REPORT_BIT(REPORT_MEASURES) | REPORT_BIT(REPORT_PLAN),
				      wnow(), &r, &err), 0);
	report_html_article(&html, r);
	assert_non_null(strstr(html.data, "No questionnaires were answered in this period."));
	assert_non_null(strstr(html.data, "There is no wellness and crisis plan written yet."));
	report_free(r);

	buf_release(&html);
	buf_release(&pdf);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report__sections_are_chosen_by_name),
		cmocka_unit_test(test_report__the_period_defaults_to_four_weeks_to_today),
		cmocka_unit_test(test_report__questions_are_one_line_of_kind_length),
		cmocka_unit_test(test_report__days_weeks_and_summary),
		cmocka_unit_test(test_report__questionnaires_change_from_before_the_period),
		cmocka_unit_test(test_report__goals_count_progress_in_the_period),
		cmocka_unit_test(test_report__writers_hold_the_chosen_sections_only),
	};
	return cmocka_run_group_tests_name("report", tests, setup, NULL);
}
