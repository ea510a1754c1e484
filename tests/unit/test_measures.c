/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "features/measures/measures.h"

static struct measure_catalog cat;
static char *nodir;

static int setup(void **state)
{
	struct err err = ERR_INIT;
	(void)state;
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	tzset();
	nodir = test_tmpdir();
	setenv("XDG_DATA_HOME", nodir, 1); /* no person's measures here */
	if (measure_catalog_load(&cat, nodir, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	measure_catalog_release(&cat);
	test_rmdir(nodir);
	return 0;
}

static const struct measure *get(const char *id)
{
	const struct measure *m = measure_find(&cat, id);
	assert_non_null(m);
	return m;
}

/* Answers for the first n items (in order) with these values. */
static struct measure_answer *answers(const struct measure *m, const int *vals, size_t n)
{
	struct measure_answer *a = calloc(n ? n : 1, sizeof(*a));
	for (size_t i = 0; i < n; i++) {
		a[i].item = strdup(m->items[i].id);
		a[i].value = vals[i];
	}
	return a;
}

static void score_values(const struct measure *m, const int *vals, size_t n,
			 struct measure_result *res)
{
	struct measure_answer *a = answers(m, vals, n);
	struct err err = ERR_INIT;
	assert_int_equal(measure_score(m, a, n, res, &err), 0);
	measure_answers_free(a, n);
}

/* Scores the measure's scored items filled greedily to reach total. */
static void score_total(const struct measure *m, int total, struct measure_result *res)
{
	int vals[16] = { 0 };
	size_t n = 0;
	for (size_t i = 0; i < m->nitems; i++) {
		if (!m->items[i].scored)
			continue;
		vals[n] = total > 3 ? 3 : total;
		total -= vals[n++];
	}
	assert_int_equal(total, 0);
	score_values(m, vals, n, res);
}

static void assert_band(const struct measure *m, int total, const char *label)
{
	struct measure_result res;
	score_total(m, total, &res);
	assert_true(res.complete);
	assert_true(res.total == total);
	assert_non_null(res.band);
	if (strcmp(res.band->label, label))
		fail_msg("%s total %d: band '%s', expected '%s'", m->name, total, res.band->label, label);
}

static void test_measures__phq9_all_zero_and_all_maximum(void **state)
{
	const struct measure *m = get("phq9");
	int zero[10] = { 0 }, max[10] = { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 };
	struct measure_result res;
	(void)state;
	assert_int_equal(m->nitems, 10);
	assert_int_equal(m->nscored, 9);
	assert_true(m->min == 0 && m->max == 27);
	score_values(m, zero, 10, &res);
	assert_true(res.complete);
	assert_true(res.total == 0);
	assert_string_equal(res.band->label, "none to minimal");
	assert_false(res.safety);
	score_values(m, max, 10, &res);
	assert_true(res.total == 27); /* the difficulty answer is not added */
	assert_string_equal(res.band->label, "severe");
	assert_true(res.safety);
}

static void test_measures__phq9_every_band_boundary(void **state)
{
	const struct measure *m = get("phq9");
	(void)state;
	assert_band(m, 4, "none to minimal");
	assert_band(m, 5, "mild");
	assert_band(m, 9, "mild");
	assert_band(m, 10, "moderate");
	assert_band(m, 14, "moderate");
	assert_band(m, 15, "moderately severe");
	assert_band(m, 19, "moderately severe");
	assert_band(m, 20, "severe");
}

static void test_measures__gad7_all_zero_maximum_and_every_band_boundary(void **state)
{
	const struct measure *m = get("GAD-7");
	int zero[7] = { 0 }, max[7] = { 3, 3, 3, 3, 3, 3, 3 };
	struct measure_result res;
	(void)state;
	assert_int_equal(m->nscored, 7);
	score_values(m, zero, 7, &res);
	assert_true(res.total == 0);
	assert_string_equal(res.band->label, "minimal");
	score_values(m, max, 7, &res);
	assert_true(res.total == 21);
	assert_string_equal(res.band->label, "severe");
	assert_false(res.safety); /* GAD-7 has no risk item */
	assert_band(m, 4, "minimal");
	assert_band(m, 5, "mild");
	assert_band(m, 9, "mild");
	assert_band(m, 10, "moderate");
	assert_band(m, 14, "moderate");
	assert_band(m, 15, "severe");
}

static void test_measures__label_table_is_the_published_one(void **state)
{
	static const char *const freq[] = {
		"Not at all", "Several days", "More than half the days", "Nearly every day",
	};
	static const char *const diff[] = {
		"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult",
	};
	const char *ids[] = { "phq9", "gad7", "phq2", "gad2" };
	(void)state;
	for (size_t k = 0; k < 4; k++) {
		const struct measure *m = get(ids[k]);
		for (size_t i = 0; i < m->nitems; i++) {
			const struct measure_item *it = &m->items[i];
			const char *const *want = it->scored ? freq : diff;
			assert_int_equal(it->noptions, 4);
			for (int v = 0; v < 4; v++) {
				assert_int_equal(it->options[v].value, v);
				assert_string_equal(it->options[v].label, want[v]);
			}
		}
	}
	/* the common misprint (Zorowitz et al. 2021) */
	assert_string_not_equal(get("gad7")->items[0].options[0].label, "Not at all sure");
}

static void test_measures__wording_and_codes_are_the_standard_ones(void **state)
{
	const struct measure *phq = get("phq9"), *gad = get("gad7");
	(void)state;
	assert_string_equal(gad->instructions,
		"Over the last 2 weeks, how often have you been bothered by the following problems?");
	assert_string_equal(phq->instructions,
		"Over the last 2 weeks, how often have you been bothered by any of the following problems?");
	assert_string_equal(phq->items[0].text, "Little interest or pleasure in doing things");
	assert_string_equal(phq->items[8].text,
		"Thoughts that you would be better off dead or of hurting yourself in some way");
	assert_true(phq->items[8].risk);
	for (size_t i = 0; i < 8; i++)
		assert_false(phq->items[i].risk);
	assert_string_equal(gad->items[0].text, "Feeling nervous, anxious or on edge");
	assert_string_equal(gad->items[6].text, "Feeling afraid as if something awful might happen");
	assert_false(phq->items[9].scored);
	assert_non_null(strstr(phq->items[9].text, "how difficult have these problems made it"));
	assert_string_equal(phq->loinc, "44249-1");
	assert_string_equal(phq->score_loinc, "44261-6");
	assert_string_equal(phq->items[8].loinc, "44260-8");
	assert_string_equal(gad->loinc, "69737-5");
	assert_string_equal(gad->score_loinc, "70274-6");
	assert_string_equal(gad->items[1].loinc, "68509-9");
	assert_non_null(strstr(phq->copyright, "educational grant from Pfizer Inc."));
	assert_string_equal(phq->copyright, gad->copyright);
}

static void test_measures__item_9_calls_for_the_safety_response_at_any_frequency(void **state)
{
	const struct measure *m = get("phq9");
	int vals[9] = { 0 };
	struct measure_result res;
	struct measure_response r;
	struct measure_answer *a;
	struct err err = ERR_INIT;
	(void)state;
	score_values(m, vals, 9, &res);
	assert_false(res.safety);
	for (int v = 1; v <= 3; v++) {
		vals[8] = v;
		score_values(m, vals, 9, &res);
		assert_true(res.safety);
		assert_true(res.total == v); /* scored like any other item */
	}
	/* recorded in the response, even when another answer is missing */
	a = calloc(8, sizeof(*a));
	for (size_t i = 0; i < 8; i++) {
		a[i].item = strdup(m->items[i + 1].id); /* items 2 to 9 */
		a[i].value = i == 7 ? 1 : 0;
	}
	measure_response_init(&r);
	assert_int_equal(measure_response_fill(&r, m, &a, 8, &err), 0);
	assert_null(a);
	assert_false(r.complete);
	assert_int_equal(r.nsafety, 1);
	assert_string_equal(r.safety[0], "9");
	measure_response_release(&r);
	/* and a zero is recorded as no event */
	vals[8] = 0;
	a = answers(m, vals, 9);
	measure_response_init(&r);
	assert_int_equal(measure_response_fill(&r, m, &a, 9, &err), 0);
	assert_int_equal(r.nsafety, 0);
	measure_response_release(&r);
}

static void test_measures__missing_answers_are_never_prorated(void **state)
{
	const struct measure *m = get("phq9");
	int vals[8] = { 3, 3, 3, 3, 3, 3, 3, 3 };
	struct measure_result res;
	struct measure_answer *a;
	size_t n;
	struct err err = ERR_INIT;
	(void)state;
	score_values(m, vals, 8, &res);
	assert_false(res.complete);
	assert_int_equal(res.missing, 1);
	assert_true(res.total == 0);
	assert_null(res.band);
	/* "-" leaves one out */
	assert_int_equal(measure_parse_answers(m, "1,1,1,-,1,1,1,1,1", &a, &n, &err), 0);
	assert_int_equal(n, 8);
	assert_int_equal(measure_score(m, a, n, &res, &err), 0);
	assert_false(res.complete);
	measure_answers_free(a, n);
}

static void test_measures__answers_from_the_command_line(void **state)
{
	const struct measure *m = get("phq9");
	struct measure_answer *a;
	size_t n;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(measure_parse_answers(m, "0,1,2,3,0,1,2,3,0", &a, &n, &err), 0);
	assert_int_equal(n, 9);
	assert_string_equal(a[3].item, "4");
	assert_int_equal(a[3].value, 3);
	measure_answers_free(a, n);
	assert_int_equal(measure_parse_answers(m, " 0, 1,2,3,0,1,2,3,0 ,2", &a, &n, &err), 0);
	assert_int_equal(n, 10);
	assert_string_equal(a[9].item, "difficulty");
	measure_answers_free(a, n);

	assert_int_equal(measure_parse_answers(m, "0,1,2,3,0,1,2,3", &a, &n, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "answers");
	assert_non_null(strstr(err.msg, "9 or 10 answers"));
	assert_non_null(strstr(err.msg, "you gave 8"));
	assert_null(a);
	assert_int_equal(measure_parse_answers(m, "0,1,2,4,0,1,2,3,0", &a, &n, &err), -1);
	assert_non_null(strstr(err.msg, "question 4 of the PHQ-9 takes 0, 1, 2 or 3; '4' is not one"));
	assert_int_equal(measure_parse_answers(m, "0,1,2,3,0,1,2,3,0,4", &a, &n, &err), -1);
	assert_non_null(strstr(err.msg, "question 10"));
	assert_int_equal(measure_parse_answers(m, "0,1,,3,0,1,2,3,0", &a, &n, &err), -1);
	assert_non_null(strstr(err.msg, "answer 3 is empty"));
	assert_int_equal(measure_parse_answers(m, "0,1,two,3,0,1,2,3,0", &a, &n, &err), -1);
	assert_int_equal(measure_parse_answers(get("gad2"), "1,2,3", &a, &n, &err), -1);
	assert_non_null(strstr(err.msg, "the GAD-2 has 2 questions, so it needs 2 answers"));
}

static void test_measures__reliable_change_at_and_either_side_of_each_threshold(void **state)
{
	const struct measure *phq = get("phq9"), *gad = get("gad7");
	(void)state;
	assert_true(phq->reliable_change == 6 && gad->reliable_change == 4);
	assert_int_equal(measure_reliable_change(phq, 15, 10), 0);  /* -5 */
	assert_int_equal(measure_reliable_change(phq, 15, 9), 1);   /* -6 */
	assert_int_equal(measure_reliable_change(phq, 15, 8), 1);   /* -7 */
	assert_int_equal(measure_reliable_change(phq, 5, 10), 0);   /* +5 */
	assert_int_equal(measure_reliable_change(phq, 5, 11), -1);  /* +6 */
	assert_int_equal(measure_reliable_change(phq, 5, 12), -1);  /* +7 */
	assert_int_equal(measure_reliable_change(gad, 10, 7), 0);   /* -3 */
	assert_int_equal(measure_reliable_change(gad, 10, 6), 1);   /* -4 */
	assert_int_equal(measure_reliable_change(gad, 10, 5), 1);   /* -5 */
	assert_int_equal(measure_reliable_change(gad, 5, 8), 0);    /* +3 */
	assert_int_equal(measure_reliable_change(gad, 5, 9), -1);   /* +4 */
	assert_int_equal(measure_reliable_change(gad, 5, 10), -1);  /* +5 */
	/* caseness: PHQ-9 10 or more, GAD-7 8 or more */
	assert_int_equal(measure_is_case(phq, 9), 0);
	assert_int_equal(measure_is_case(phq, 10), 1);
	assert_int_equal(measure_is_case(gad, 7), 0);
	assert_int_equal(measure_is_case(gad, 8), 1);
	assert_int_equal(measure_is_case(get("phq2"), 6), -1);
}

static void indicators(double d1, double d2, double a1, double a2, struct measure_indicators *in)
{
	measure_indicators(get("phq9"), d1, d2, get("gad7"), a1, a2, in);
}

static void test_measures__talking_therapies_edge_cases(void **state)
{
	struct measure_indicators in;
	(void)state;
	/* PHQ-9 10 -> 9: recovered, not reliably improved, so not reliably recovered */
	indicators(10, 9, 5, 5, &in);
	assert_true(in.case_first);
	assert_false(in.case_last);
	assert_int_equal(in.recovery, 1);
	assert_false(in.reliable_improvement);
	assert_int_equal(in.reliable_recovery, 0);
	/* 20 -> 14: reliable improvement, not recovered */
	indicators(20, 14, 5, 5, &in);
	assert_true(in.reliable_improvement);
	assert_int_equal(in.recovery, 0);
	assert_int_equal(in.reliable_recovery, 0);
	/* GAD-7 8 -> 12 with PHQ-9 16 -> 9: mixed, so neither; GAD-7 still a case */
	indicators(16, 9, 8, 12, &in);
	assert_true(in.imp_dep && in.det_anx);
	assert_false(in.reliable_improvement);
	assert_false(in.reliable_deterioration);
	assert_int_equal(in.recovery, 0);
	assert_int_equal(in.reliable_recovery, 0);
	/* both well below the cut-offs at first: recovery does not apply */
	indicators(9, 3, 7, 2, &in);
	assert_false(in.case_first);
	assert_true(in.reliable_improvement);
	assert_int_equal(in.recovery, -1);
	assert_int_equal(in.reliable_recovery, -1);
	/* caseness on GAD-7 alone counts: 8 is a case, 7 is not */
	indicators(4, 4, 8, 7, &in);
	assert_true(in.case_first);
	assert_int_equal(in.recovery, 1);
	indicators(4, 4, 7, 7, &in);
	assert_int_equal(in.recovery, -1);
	/* reliable deterioration at the threshold, and just under it */
	indicators(5, 11, 3, 3, &in);
	assert_true(in.reliable_deterioration);
	assert_false(in.reliable_improvement);
	indicators(5, 10, 3, 6, &in);
	assert_false(in.reliable_deterioration);
	/* deterioration on GAD-7 alone, at +4 */
	indicators(5, 5, 3, 7, &in);
	assert_true(in.reliable_deterioration);
	/* reliable recovery: both fall reliably and end below the cut-offs */
	indicators(15, 8, 10, 5, &in);
	assert_true(in.reliable_improvement);
	assert_int_equal(in.recovery, 1);
	assert_int_equal(in.reliable_recovery, 1);
	/* improvement by exactly the thresholds, one measure each */
	indicators(12, 6, 9, 9, &in);
	assert_true(in.reliable_improvement);
	assert_int_equal(in.recovery, 0); /* GAD-7 9 is still a case */
	indicators(12, 7, 9, 5, &in);     /* -5 and -4 */
	assert_true(in.reliable_improvement);
	assert_int_equal(in.reliable_recovery, 1);
	indicators(12, 7, 9, 6, &in);     /* -5 and -3: neither reliable */
	assert_false(in.reliable_improvement);
	assert_int_equal(in.recovery, 1);
	assert_int_equal(in.reliable_recovery, 0);
}

static void add_response(struct measure_response_list *l, const char *measure, int day,
			 const int *vals, size_t n)
{
	const struct measure *m = get(measure);
	struct measure_answer *a = answers(m, vals, n);
	struct measure_response *r;
	struct err err = ERR_INIT;

	l->items = realloc(l->items, (l->n + 1) * sizeof(*l->items));
	r = &l->items[l->n++];
	measure_response_init(r);
	r->id = (int64_t)l->n;
	wlocal_make((struct wdate){ 2026, 3, day }, 10 * 60, &r->when);
	assert_int_equal(measure_response_fill(r, m, &a, n, &err), 0);
}

static void test_measures__history_pairs_days_and_compares_first_and_latest(void **state)
{
	struct measure_response_list l = { 0 };
	struct measure_entry *e;
	struct measure_tt tt;
	int p16[9] = { 3, 3, 3, 3, 3, 1, 0, 0, 0 }, g8[7] = { 2, 2, 2, 2, 0, 0, 0 };
	int p9[9] = { 3, 3, 3, 0, 0, 0, 0, 0, 0 }, g12[7] = { 3, 3, 3, 3, 0, 0, 0 };
	int p2[2] = { 2, 2 };
	json_t *j;
	(void)state;
	add_response(&l, "phq9", 1, p16, 9);
	add_response(&l, "gad7", 1, g8, 7);
	add_response(&l, "phq2", 5, p2, 2);
	add_response(&l, "phq9", 8, p9, 8);     /* incomplete: not paired */
	add_response(&l, "gad7", 8, g12, 7);    /* no PHQ-9 that day */
	add_response(&l, "phq9", 14, p9, 9);
	add_response(&l, "gad7", 14, g12, 7);
	measure_history(&cat, &l, &e, &tt);
	assert_int_equal(tt.npairs, 2);
	assert_true(tt.dep_first == 16 && tt.anx_first == 8);
	assert_true(tt.dep_last == 9 && tt.anx_last == 12);
	assert_int_equal(tt.last_day.d, 14);
	assert_false(tt.ind.reliable_improvement);
	assert_false(tt.ind.reliable_deterioration);
	assert_int_equal(tt.ind.recovery, 0);
	/* entries: change from each measure's first complete score */
	assert_false(e[0].has_change);
	assert_int_equal(e[3].is_case, -1); /* incomplete */
	assert_false(e[3].has_change);
	assert_true(e[5].has_change);
	assert_true(e[5].change == -7);
	assert_int_equal(e[5].reliable, 1);
	assert_int_equal(e[6].reliable, -1);
	assert_string_equal(e[2].m->id, "phq2");
	assert_null(e[2].band);
	j = measure_tt_to_json(&tt);
	assert_true(json_is_false(json_object_get(j, "reliable_improvement")));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "first"), "phq9")), 16);
	assert_non_null(strstr(json_string_value(json_object_get(j, "label")), "not official statistics"));
	json_decref(j);
	j = measure_entry_to_json(&e[5]);
	assert_string_equal(json_string_value(json_object_get(j, "band")), "mild");
	assert_string_equal(json_string_value(json_object_get(j, "reliable_change")), "improvement");
	assert_non_null(json_object_get(j, "safety_response") ? NULL : "no safety event");
	json_decref(j);
	free(e);
	measure_response_list_release(&l);
}

static void test_measures__stored_responses_are_checked_against_their_definition(void **state)
{
	const struct measure *m = get("phq9");
	struct measure_response r;
	struct err err = ERR_INIT;
	json_t *good = json_pack("{s:s, s:{s:i,s:i,s:i,s:i,s:i,s:i,s:i,s:i,s:i}, s:s, s:i, s:[s]}",
		"measure", "phq9", "answers", "1", 1, "2", 2, "3", 1, "4", 1, "5", 1, "6", 1,
		"7", 1, "8", 1, "9", 1, "status", "complete", "total", 10, "safety_response", "9");
	json_t *bad, *out;
	(void)state;
	measure_response_init(&r);
	assert_int_equal(measure_response_from_data(good, m, &r, &err), 0);
	measure_response_release(&r);
	out = measures_normalise_response(good, &err);
	assert_non_null(out);
	assert_true(json_equal(out, good));
	json_decref(out);

	bad = json_deep_copy(good);
	json_object_set_new(bad, "total", json_integer(11));
	measure_response_init(&r);
	assert_int_equal(measure_response_from_data(bad, m, &r, &err), -1);
	assert_non_null(strstr(err.msg, "'total' does not match the answers"));
	measure_response_release(&r);
	json_decref(bad);

	bad = json_deep_copy(good);
	json_object_del(bad, "safety_response");
	assert_null(measures_normalise_response(bad, &err));
	assert_non_null(strstr(err.msg, "'safety_response' does not match"));
	json_decref(bad);

	bad = json_deep_copy(good);
	json_object_set_new(json_object_get(bad, "answers"), "3", json_integer(4));
	assert_null(measures_normalise_response(bad, &err));
	assert_non_null(strstr(err.msg, "no answer with the value 4"));
	json_decref(bad);

	bad = json_deep_copy(good);
	json_object_del(json_object_get(bad, "answers"), "3");
	assert_null(measures_normalise_response(bad, &err));
	assert_non_null(strstr(err.msg, "a scored item is unanswered"));
	json_decref(bad);

	bad = json_deep_copy(good);
	json_object_set_new(bad, "status", json_string("incomplete"));
	assert_null(measures_normalise_response(bad, &err));
	assert_non_null(strstr(err.msg, "never filled in"));
	json_decref(bad);

	/* a measure this Waymark does not know is kept, shape checked */
	bad = json_pack("{s:s, s:{s:i}, s:s, s:f}", "measure", "wemwbs", "answers", "1", 4,
			"status", "complete", "total", 52.5);
	out = measures_normalise_response(bad, &err);
	assert_non_null(out);
	json_decref(out);
	json_object_set_new(bad, "mood", json_integer(3));
	assert_null(measures_normalise_response(bad, &err));
	assert_non_null(strstr(err.msg, "unknown field 'mood'"));
	json_decref(bad);
	json_decref(good);
}

/* ---- definition files ---- */

static const char good_def[] =
	"{\"format\": \"waymark-measure\", \"version\": 1, \"id\": \"calm3\", \"name\": \"CALM-3\","
	" \"title\": \"A made-up calm check\", \"about\": \"Three questions for the tests.\","
	" \"licence\": \"user-supplied\", \"copyright\": \"Made up for Waymark's tests.\","
	" \"instructions\": \"Over the last week:\","
	" \"options\": [{\"value\": 1, \"label\": \"None of the time\"}, {\"value\": 2, \"label\": \"Some of the time\"},"
	"  {\"value\": 3, \"label\": \"All of the time\"}],"
	" \"items\": [{\"id\": \"a\", \"text\": \"I felt calm\"}, {\"id\": \"b\", \"text\": \"I felt tense\", \"reverse\": true},"
	"  {\"id\": \"c\", \"text\": \"I slept well\"}],"
	" \"score\": {\"method\": \"sum\", \"higher_is\": \"better\","
	"  \"transform\": [[3, 0], [4, 12.5], [5, 25], [6, 37.5], [7, 50], [8, 62.5], [9, 100]]},"
	" \"bands\": [{\"from\": 0, \"label\": \"low\"}, {\"from\": 50, \"label\": \"high\"}],"
	" \"caseness\": 40, \"reliable_change\": 25}";

static void expect_bad(const char *json, const char *problem)
{
	struct measure m;
	struct err err = ERR_INIT;
	if (measure_parse(json, strlen(json), "bad.json", 0, &m, &err) != -1)
		fail_msg("accepted a definition with: %s", problem);
	assert_int_equal(err.kind, ERR_INPUT);
	if (strncmp(err.msg, "bad.json: ", 10) || !strstr(err.msg, problem))
		fail_msg("message '%s' does not name the file and '%s'", err.msg, problem);
	assert_null(m.id);
}

/* good_def with the first from replaced by to. */
static char *edit(const char *from, const char *to)
{
	const char *p = strstr(good_def, from);
	struct buf b = BUF_INIT;
	assert_non_null(p);
	buf_add(&b, good_def, (size_t)(p - good_def));
	buf_adds(&b, to);
	buf_adds(&b, p + strlen(from));
	return buf_detach(&b, NULL);
}

static void expect_bad_edit(const char *from, const char *to, const char *problem)
{
	char *s = edit(from, to);
	expect_bad(s, problem);
	free(s);
}

static void test_measures__a_user_definition_scores_with_reverse_items_and_a_transform(void **state)
{
	struct measure m;
	struct err err = ERR_INIT;
	struct measure_result res;
	int vals[3] = { 3, 1, 3 }, low[3] = { 1, 3, 1 };
	(void)state;
	assert_int_equal(measure_parse(good_def, strlen(good_def), "calm3.json", 0, &m, &err), 0);
	assert_true(m.higher_is_better);
	assert_true(m.min == 0 && m.max == 100);
	score_values(&m, vals, 3, &res);
	assert_true(res.total == 100); /* 3 + (4 - 1) + 3 = 9 -> 100 */
	assert_string_equal(res.band->label, "high");
	score_values(&m, low, 3, &res);
	assert_true(res.total == 0);
	/* higher is better: a case below the cut-off, improvement upwards */
	assert_int_equal(measure_is_case(&m, 37.5), 1);
	assert_int_equal(measure_is_case(&m, 40), 0);
	assert_int_equal(measure_reliable_change(&m, 25, 50), 1);
	assert_int_equal(measure_reliable_change(&m, 50, 25), -1);
	assert_int_equal(measure_reliable_change(&m, 50, 37.5), 0);
	measure_release(&m);
}

static void test_measures__a_bad_definition_names_its_problem(void **state)
{
	(void)state;
	expect_bad("{\"format\": ", "not readable JSON");
	expect_bad("[]", "a measure must be a JSON object");
	expect_bad_edit("\"waymark-measure\"", "\"waymark-questionnaire\"", "'format' must be \"waymark-measure\"");
	expect_bad_edit("\"version\": 1", "\"version\": 2", "'version' must be a whole number from 1 to 1");
	expect_bad_edit("\"id\": \"calm3\"", "\"id\": \"Calm 3\"", "'id' must be up to 23 lower-case letters");
	expect_bad_edit("\"name\": \"CALM-3\",", "", "'name' is missing");
	expect_bad_edit("\"copyright\": \"Made up for Waymark's tests.\",", "", "'copyright' is missing");
	expect_bad_edit("\"licence\": \"user-supplied\"", "\"licence\": \"free\"", "'licence' must be");
	expect_bad_edit("\"score\":", "\"scoring\": 1, \"score\":", "unknown field 'scoring'");
	expect_bad_edit("{\"id\": \"b\", \"text\": \"I felt tense\", \"reverse\": true}",
			"{\"id\": \"b\", \"reverse\": true}", "item 2: 'text' is missing");
	expect_bad_edit("{\"id\": \"c\"", "{\"id\": \"a\"", "item 3: the id 'a' is used twice");
	expect_bad_edit("{\"value\": 2, \"label\": \"Some of the time\"}",
			"{\"value\": 1, \"label\": \"Some of the time\"}", "option 2: the value 1 is used twice");
	expect_bad_edit("{\"value\": 2, \"label\": \"Some of the time\"}",
			"{\"value\": 2.5, \"label\": \"Some of the time\"}", "option 2: 'value' must be a whole number");
	expect_bad_edit("{\"id\": \"a\", \"text\": \"I felt calm\"}, {\"id\": \"b\", \"text\": \"I felt tense\", "
			"\"reverse\": true},  {\"id\": \"c\", \"text\": \"I slept well\"}", "",
			"'items' must be a list of 1 to 100 questions");
	expect_bad_edit("\"method\": \"sum\"", "\"method\": \"total\"", "score: 'method' must be \"sum\" or \"mean\"");
	expect_bad_edit("\"higher_is\": \"better\"", "\"higher_is\": \"up\"", "'higher_is' must be");
	expect_bad_edit("[8, 62.5], ", "", "'transform' must give a value for each raw total from 3 to 9");
	expect_bad_edit("[8, 62.5]", "[7, 62.5]", "'transform' gives the raw total 7 twice");
	expect_bad_edit("{\"from\": 0, \"label\": \"low\"}", "{\"from\": 10, \"label\": \"low\"}",
			"band 1 must start at the lowest possible total, 0");
	expect_bad_edit("{\"from\": 50, \"label\": \"high\"}", "{\"from\": 0, \"label\": \"high\"}",
			"band 2 starts at 0, which is not above where band 1 starts");
	expect_bad_edit("{\"from\": 50, \"label\": \"high\"}", "{\"from\": 150, \"label\": \"high\"}",
			"band 2 starts at 150, above the highest possible total, 100");
	expect_bad_edit("\"caseness\": 40", "\"caseness\": 400", "'caseness' must be within the possible totals");
	expect_bad_edit("\"reliable_change\": 25", "\"reliable_change\": 0", "'reliable_change' must be above 0");
	expect_bad_edit("\"caseness\": 40, ", "\"talking_therapies\": \"anxiety\", ",
			"needs 'caseness' and 'reliable_change'");
	expect_bad_edit("\"caseness\": 40", "\"caseness\": 40, \"talking_therapies\": \"stress\"",
			"'talking_therapies' must be \"depression\" or \"anxiety\"");
	expect_bad_edit("\"caseness\": 40", "\"caseness\": 40, \"suggest\": {\"at\": 3, \"measure\": \"calm3\"}",
			"a measure cannot suggest itself");
	expect_bad_edit(", {\"value\": 2, \"label\": \"Some of the time\"},  {\"value\": 3, \"label\": \"All of the time\"}",
			"", "'options' must be a list of 2 to 12 answers");
	expect_bad_edit("{\"id\": \"a\", \"text\": \"I felt calm\"}",
			"{\"id\": \"a\", \"text\": \"I felt \\u0007calm\"}", "item 1: 'text' has a character Waymark cannot store");
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char *path = test_path(dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(path);
}

static void test_measures__a_persons_folder_adds_measures_and_names_bad_files(void **state)
{
	char *dir = test_tmpdir();
	struct measure_catalog c;
	struct err err = ERR_INIT;
	char *copy = edit("\"id\": \"calm3\"", "\"id\": \"phq9\"");
	char *same = edit("\"id\": \"calm3\"", "\"id\": \"calm4\"");
	char *sug = edit("\"id\": \"calm3\", \"name\": \"CALM-3\"",
			 "\"id\": \"calm5\", \"name\": \"CALM-5\", "
			 "\"suggest\": {\"at\": 50, \"measure\": \"nosuch\"}");
	(void)state;
	/* loaded in name order: broken, calm3, copy, samename, suggests */
	write_file(dir, "calm3.json", good_def);
	write_file(dir, "broken.json", "{ not json");
	write_file(dir, "copy.json", copy);
	write_file(dir, "samename.json", same);
	write_file(dir, "suggests.json", sug);
	write_file(dir, "notes.txt", "ignored: not a .json file");
	assert_int_equal(measure_catalog_load(&c, dir, &err), 0);
	assert_int_equal(c.n, 5);
	assert_non_null(measure_find(&c, "calm3"));
	assert_string_equal(measure_find(&c, "Calm-3")->id, "calm3");
	assert_false(measure_find(&c, "calm3")->shipped);
	assert_non_null(strstr(measure_find(&c, "calm3")->origin, "/calm3.json"));
	assert_true(measure_find(&c, "phq9")->shipped);
	assert_int_equal(c.nproblems, 4);
	assert_non_null(strstr(c.problems[0], "broken.json: not readable JSON"));
	assert_non_null(strstr(c.problems[1], "copy.json: the id 'phq9' or name 'CALM-3' is already used by PHQ-9"));
	assert_non_null(strstr(c.problems[2], "samename.json: the id 'calm4' or name 'CALM-3' is already used by CALM-3"));
	assert_non_null(strstr(c.problems[3], "suggests.json: suggest: there is no measure 'nosuch'"));
	measure_catalog_release(&c);
	free(copy);
	free(same);
	free(sug);
	test_rmdir(dir);
}

static void test_measures__quick_checks_suggest_the_full_measure_at_3(void **state)
{
	const struct measure *p2 = get("phq2"), *g2 = get("gad2");
	(void)state;
	assert_string_equal(p2->suggest, "phq9");
	assert_true(p2->suggest_at == 3);
	assert_string_equal(g2->suggest, "gad7");
	assert_true(g2->suggest_at == 3);
	assert_true(p2->max == 6 && g2->max == 6);
	assert_string_equal(p2->items[1].text, get("phq9")->items[1].text);
	assert_string_equal(g2->items[1].text, get("gad7")->items[1].text);
	assert_ptr_equal(measure_catalog_role(&cat, MEASURE_ROLE_DEPRESSION), get("phq9"));
	assert_ptr_equal(measure_catalog_role(&cat, MEASURE_ROLE_ANXIETY), get("gad7"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measures__phq9_all_zero_and_all_maximum),
		cmocka_unit_test(test_measures__phq9_every_band_boundary),
		cmocka_unit_test(test_measures__gad7_all_zero_maximum_and_every_band_boundary),
		cmocka_unit_test(test_measures__label_table_is_the_published_one),
		cmocka_unit_test(test_measures__wording_and_codes_are_the_standard_ones),
		cmocka_unit_test(test_measures__item_9_calls_for_the_safety_response_at_any_frequency),
		cmocka_unit_test(test_measures__missing_answers_are_never_prorated),
		cmocka_unit_test(test_measures__answers_from_the_command_line),
		cmocka_unit_test(test_measures__reliable_change_at_and_either_side_of_each_threshold),
		cmocka_unit_test(test_measures__talking_therapies_edge_cases),
		cmocka_unit_test(test_measures__history_pairs_days_and_compares_first_and_latest),
		cmocka_unit_test(test_measures__stored_responses_are_checked_against_their_definition),
		cmocka_unit_test(test_measures__a_user_definition_scores_with_reverse_items_and_a_transform),
		cmocka_unit_test(test_measures__a_bad_definition_names_its_problem),
		cmocka_unit_test(test_measures__a_persons_folder_adds_measures_and_names_bad_files),
		cmocka_unit_test(test_measures__quick_checks_suggest_the_full_measure_at_3),
	};
	return cmocka_run_group_tests_name("measures", tests, setup, teardown);
}
