/* SPDX-License-Identifier: MIT */
/*
 * Insights on synthetic diaries with planted effects: a planted trigger is
 * found, tags without an effect are not flagged (measured over many
 * diaries), thin data are not over-claimed, a planted dip fires the early
 * warning and stable noise does not (the false-alarm rate is measured and
 * printed).
 */
#include "test_helpers.h"

#include <math.h>

#include "core/stats.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "features/insights/insights.h"

static const struct wdate TODAY = { 2026, 3, 14 };

/* A diary of ndays, one check-in a day, mood ~ N(6, 1.3) rounded, with
 * tags drawn at random from noise tags; the tag `planted` (if any) on
 * about 40% of days, lowering the mood by `effect`. */
static void make_diary(struct checkin_list *l, struct stats_rng *rng, int ndays,
		       int ntags_noise, const char *planted, double effect, int planted_days)
{
	struct err err = ERR_INIT;

	l->items = xcalloc((size_t)ndays, sizeof(*l->items));
	l->n = (size_t)ndays;
	for (int i = 0; i < ndays; i++) {
		struct checkin *c = &l->items[i];
		double m = 6 + 1.3 * stats_rng_normal(rng);
		checkin_init(c);
		c->id = i + 1;
		wlocal_make(wdate_add_days(TODAY, -(ndays - 1 - i)), 20 * 60, &c->when);
		for (int t = 0; t < ntags_noise; t++) {
			if (stats_rng_uniform(rng) < 0.3) {
				char tag[24]; /* "noise" and any int: -Wformat-truncation at -O1 */
				snprintf(tag, sizeof(tag), "noise%d", t);
				assert_int_equal(diary_parse_tags(c, tag, &err), 0);
			}
		}
		if (planted && (planted_days ? i < planted_days : stats_rng_uniform(rng) < 0.4)) {
			assert_int_equal(diary_parse_tags(c, planted, &err), 0);
			m -= effect;
		}
		m = round(m);
		c->mood = m < 0 ? 0 : m > 10 ? 10 : (int)m;
	}
}

static const struct insight_finding *find(const struct insights *in, const char *factor,
					  const char *outcome)
{
	for (size_t i = 0; i < in->nfindings; i++)
		if (!strcmp(in->findings[i].factor, factor) &&
		    !strcmp(in->findings[i].outcome, outcome))
			return &in->findings[i];
	return NULL;
}

static void test_insights__a_planted_trigger_is_found(void **state)
{
	struct stats_rng rng = { 7 };
	struct checkin_list l;
	struct tracker_list defs = { NULL, 0 };
	struct insights in;
	const struct insight_finding *f;
	struct buf w = BUF_INIT;
	(void)state;
	make_diary(&l, &rng, 90, 6, "work", 1.5, 0);
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	f = find(&in, "work", "mood");
	assert_non_null(f);
	assert_true(f->shown);
	assert_true(f->est < -0.8 && f->est > -2.2);
	assert_true(f->lo < f->est && f->est < f->hi && f->hi < 0);
	insights_finding_words(f, &w);
	assert_non_null(strstr(w.data, "On days tagged work, your mood was"));
	assert_non_null(strstr(w.data, "lower than at other times"));
	assert_null(strstr(w.data, "because"));
	for (size_t i = 0; i < in.nfindings; i++)
		if (!strncmp(in.findings[i].factor, "noise", 5) && in.findings[i].shown)
			fail_msg("a tag without an effect was flagged: %s", in.findings[i].factor);
	buf_release(&w);
	insights_release(&in);
	checkin_list_release(&l);
}

static void test_insights__tags_without_effect_are_rarely_flagged(void **state)
{
	struct stats_rng rng = { 12345 };
	int diaries = 60, flagged = 0, tested = 0;
	(void)state;
	for (int k = 0; k < diaries; k++) {
		struct checkin_list l;
		struct tracker_list defs = { NULL, 0 };
		struct insights in;
		int any = 0;
		make_diary(&l, &rng, 120, 20, NULL, 0, 0);
		insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
		for (size_t i = 0; i < in.nfindings; i++) {
			if (in.findings[i].kind != FACTOR_TAG)
				continue;
			tested++;
			any |= in.findings[i].shown;
		}
		flagged += any;
		insights_release(&in);
		checkin_list_release(&l);
	}
	print_message("# many tags, no effect: %d of %d diaries had any tag flagged (%d tag tests)\n",
		      flagged, diaries, tested);
	assert_true(tested > diaries * 15);
	assert_true(flagged <= diaries / 10); /* the FDR is 10% */
}

static void test_insights__thin_data_are_not_over_claimed(void **state)
{
	struct stats_rng rng = { 99 };
	struct checkin_list l;
	struct tracker_list defs = { NULL, 0 };
	struct insights in;
	(void)state;
	/* a huge effect, but on only 4 days: not tested at all */
	make_diary(&l, &rng, 60, 0, "rare", 4, 4);
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	assert_null(find(&in, "rare", "mood"));
	assert_true(in.nthin >= 1);
	insights_release(&in);
	checkin_list_release(&l);

	/* too few days with a mood for any finding */
	make_diary(&l, &rng, 10, 2, "work", 3, 0);
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	assert_int_equal(in.nfindings, 0);
	assert_true(in.days_with_mood < INSIGHTS_MIN_DAYS);
	insights_release(&in);
	checkin_list_release(&l);

	/* the same effect on 6 days and on 40: the thin one is pulled further
	 * toward "no difference", and is less sure */
	{
		double ratio[2], width[2];
		int counts[2] = { 6, 40 };
		for (int k = 0; k < 2; k++) {
			const struct insight_finding *f;
			struct stats_rng r2 = { 1234 };
			make_diary(&l, &r2, 80, 0, "sometimes", 1.0, counts[k]);
			insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
			f = find(&in, "sometimes", "mood");
			assert_non_null(f);
			assert_true(fabs(f->est) <= fabs(f->raw));
			ratio[k] = f->est / f->raw;
			width[k] = f->hi - f->lo;
			insights_release(&in);
			checkin_list_release(&l);
		}
		assert_true(ratio[0] < ratio[1]);
		assert_true(width[0] > width[1]);
	}
}

static void test_insights__tracker_outcomes_know_which_way_is_harder(void **state)
{
	struct stats_rng rng = { 3 };
	struct checkin_list l;
	struct tracker_list defs;
	struct insights in;
	struct tracker *t;
	const struct insight_finding *f;
	struct buf w = BUF_INIT;
	struct err err = ERR_INIT;
	(void)state;
	defs.n = 1;
	defs.items = t = xcalloc(1, sizeof(*t));
	tracker_init(t);
	assert_int_equal(tracker_set_name(t, "Anxiety", &err), 0);
	snprintf(t->key, sizeof(t->key), "anxiety");
	t->type = TRACKER_SCALE;
	t->min = 0;
	t->max = 10;
	t->lower_is_better = 1;
	make_diary(&l, &rng, 90, 3, "work", 0, 0);
	for (size_t i = 0; i < l.n; i++) {
		int work = 0;
		for (size_t k = 0; k < l.items[i].ntags; k++)
			work |= !strcmp(l.items[i].tags[k], "work");
		checkin_set_value(&l.items[i], "anxiety",
				  (int)fmax(0, fmin(10, round(4 + (work ? 3 : 0) + stats_rng_normal(&rng)))));
	}
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	f = find(&in, "work", "Anxiety");
	assert_non_null(f);
	assert_true(f->shown);
	assert_true(f->est > 2);
	insights_finding_words(f, &w);
	assert_non_null(strstr(w.data, "higher (harder)"));
	buf_release(&w);
	insights_release(&in);
	checkin_list_release(&l);
	tracker_list_release(&defs);
}

static void test_insights__coping_comes_first_after_a_low_mood(void **state)
{
	struct stats_rng rng = { 5 };
	struct checkin_list l;
	struct tracker_list defs = { NULL, 0 };
	struct insights in;
	struct err err = ERR_INIT;
	(void)state;
	make_diary(&l, &rng, 20, 0, NULL, 0, 0);
	for (size_t i = 0; i < l.n; i += 2) {
		assert_int_equal(diary_set_text(&l.items[i].coped, "coped", i % 4 ? "A walk" : "called Sam",
						DIARY_TEXT_MAX, &err), 0);
		l.items[i].helped = i % 4 ? HELPED_A_LOT : HELPED_NOT_AT_ALL;
	}
	l.items[l.n - 1].mood = 2;
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	assert_true(in.coping_first);
	assert_int_equal(in.ncoping, 2);
	assert_string_equal(in.coping[0].what, "A walk"); /* helped most, first */
	assert_int_equal(in.coping[0].a_lot, in.coping[0].used);
	assert_false(isnan(in.coping[0].mood_next));
	insights_release(&in);
	l.items[l.n - 1].mood = 6;
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	assert_false(in.coping_first);
	insights_release(&in);
	checkin_list_release(&l);
}

static void test_insights__sleep_bands_and_bedtimes(void **state)
{
	struct stats_rng rng = { 8 };
	struct checkin_list l;
	struct tracker_list defs = { NULL, 0 };
	struct insights in;
	(void)state;
	make_diary(&l, &rng, 30, 0, NULL, 0, 0);
	for (size_t i = 0; i < l.n; i++) {
		l.items[i].bed = i % 2 ? 23 * 60 + 30 : 30;  /* 23:30 or 00:30 */
		l.items[i].wake = i % 3 ? 7 * 60 : 5 * 60;    /* usual or short */
		l.items[i].quality = 1 + (int)(i % 5);
	}
	insights_compute(&l, &defs, TODAY, 0, NULL, 0, NULL, 0, &in);
	assert_int_equal(in.duration[0].n + in.duration[1].n + in.duration[2].n, 30);
	assert_true(in.duration[0].n > 0);
	assert_int_equal(in.bed_n, 30);
	/* bedtimes either side of midnight average to about midnight, an hour
	 * apart, not 23 hours apart */
	assert_true(in.bed_mean > 23 * 60 + 50 || in.bed_mean < 10);
	assert_true(in.bed_sd > 25 && in.bed_sd < 35);
	insights_release(&in);
	checkin_list_release(&l);
}

/* A year of daily mood: AR(1) noise around a steady level, with about 85%
 * of days present; optionally a dip of `dip` points for the last 14 days. */
static void simulate(struct stats_rng *rng, double *x, int n, double dip, int dip_from)
{
	double e = 0;
	for (int i = 0; i < n; i++) {
		double v;
		e = 0.4 * e + sqrt(1 - 0.16) * stats_rng_normal(rng);
		v = round(6 + 1.2 * e - (i >= dip_from ? dip : 0));
		v = v < 0 ? 0 : v > 10 ? 10 : v;
		x[i] = stats_rng_uniform(rng) < 0.85 ? v : NAN;
	}
}

static void test_insights__early_warning_false_alarms_and_detection(void **state)
{
	struct stats_rng rng = { 2026 };
	int sims = 100, days = 365, episodes = 0, monitored = 0, detected = 0;
	double *x = xmalloc((size_t)days * sizeof(*x));
	(void)state;
	for (int s = 0; s < sims; s++) {
		int prev = 0;
		simulate(&rng, x, days, 0, days);
		for (int t = 80; t < days; t++) {
			int ready, sig;
			double base, recent;
			sig = insights_early_warning(x, t + 1, &ready, &base, &recent);
			monitored++;
			if (sig && !prev)
				episodes++;
			prev = sig;
		}
	}
	{
		double per_quarter = episodes / (monitored / 91.0);
		print_message("# early warning, stable moods: %d alarm episodes in %d days monitored "
			      "= %.2f per 3 months\n", episodes, monitored, per_quarter);
		assert_true(per_quarter <= 1.0); /* the goal: at most about one per 3 months */
	}
	for (int s = 0; s < sims; s++) {
		int ready, any = 0;
		double base, recent;
		simulate(&rng, x, 120, 2.0, 106);
		for (int t = 110; t < 120 && !any; t++)
			any = insights_early_warning(x, t + 1, &ready, &base, &recent);
		detected += any;
	}
	print_message("# early warning, a 2-point dip: found within 14 days in %d of %d diaries\n",
		      detected, sims);
	assert_true(detected >= sims * 7 / 10);
	free(x);
}

static void test_insights__early_warning_needs_a_baseline(void **state)
{
	double x[20];
	int ready;
	double base, recent;
	(void)state;
	for (int i = 0; i < 20; i++)
		x[i] = i < 10 ? 7 : 1;
	assert_int_equal(insights_early_warning(x, 20, &ready, &base, &recent), 0);
	assert_false(ready);
}

static void test_insights__plan_tags_are_counted_this_week(void **state)
{
	struct stats_rng rng = { 11 };
	struct checkin_list l;
	struct tracker_list defs = { NULL, 0 };
	struct insights in;
	char t1[] = "work", t2[] = "poor sleep";
	char *triggers[] = { t1 }, *warnings[] = { t2 };
	(void)state;
	make_diary(&l, &rng, 30, 0, "work", 0, 0);
	insights_compute(&l, &defs, TODAY, 0, triggers, 1, warnings, 1, &in);
	assert_int_equal(in.nplan_tags, 2);
	assert_string_equal(in.plan_tags[0].tag, "work");
	assert_false(in.plan_tags[0].warning);
	assert_true(in.plan_tags[0].week >= 0 && in.plan_tags[0].week <= 7);
	assert_int_equal(in.plan_tags[1].week, 0);
	{
		json_t *j = insights_to_json(&in);
		assert_true(json_is_array(json_object_get(j, "findings")));
		assert_true(json_is_object(json_object_get(j, "early_warning")));
		json_decref(j);
	}
	insights_release(&in);
	checkin_list_release(&l);
}

static void test_insights__statistics_match_known_values(void **state)
{
	double q[3];
	double p[3] = { 0.01, 0.04, 0.03 };
	(void)state;
	/* t = 2.228, df = 10 is the 5% two-sided point */
	assert_true(fabs(stats_t_p2(2.228, 10) - 0.05) < 0.001);
	assert_true(fabs(stats_norm_q(0.95) - 1.6449) < 0.001);
	stats_bh(p, 3, q);
	assert_true(fabs(q[0] - 0.03) < 1e-9);
	assert_true(fabs(q[1] - 0.04) < 1e-9);
	assert_true(fabs(q[2] - 0.04) < 1e-9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insights__a_planted_trigger_is_found),
		cmocka_unit_test(test_insights__tags_without_effect_are_rarely_flagged),
		cmocka_unit_test(test_insights__thin_data_are_not_over_claimed),
		cmocka_unit_test(test_insights__tracker_outcomes_know_which_way_is_harder),
		cmocka_unit_test(test_insights__coping_comes_first_after_a_low_mood),
		cmocka_unit_test(test_insights__sleep_bands_and_bedtimes),
		cmocka_unit_test(test_insights__early_warning_false_alarms_and_detection),
		cmocka_unit_test(test_insights__early_warning_needs_a_baseline),
		cmocka_unit_test(test_insights__plan_tags_are_counted_this_week),
		cmocka_unit_test(test_insights__statistics_match_known_values),
	};
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T21:00:00", 1);
	return cmocka_run_group_tests_name("insights", tests, NULL, NULL);
}
