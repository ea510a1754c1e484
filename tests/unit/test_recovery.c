/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "features/recovery/recovery.h"
#include "vault/vault.h"

static char *dir;

static int setup(void **state)
{
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	tzset();
	dir = test_tmpdir();
	setenv("XDG_DATA_HOME", dir, 1);
	return vault_global_init();
}

static int teardown(void **state)
{
	(void)state;
	test_rmdir(dir);
	return 0;
}

static void test_recovery__the_statement_is_the_persons_own_words(void **state)
{
	struct recovery_statement s;
	struct err err = ERR_INIT;
	struct buf big = BUF_INIT;
	json_t *data, *out;
	(void)state;
	recovery_statement_init(&s);
	assert_int_equal(recovery_statement_set_text(&s, "   ", &err), -1);
	assert_string_equal(err.field, "statement");
	assert_int_equal(recovery_statement_set_text(&s, "bad \x01 byte", &err), -1);
	for (int i = 0; i < 2001; i++)
		buf_addch(&big, 'a');
	assert_int_equal(recovery_statement_set_text(&s, big.data, &err), -1);
	assert_non_null(strstr(err.msg, "longer than 2000 characters"));
	buf_release(&big);
	assert_int_equal(recovery_statement_set_text(&s, "  Living well,\nwith or without symptoms.  ", &err), 0);
	assert_string_equal(s.text, "Living well,\nwith or without symptoms.");
	data = recovery_statement_to_data(&s);
	out = recovery_normalise_statement(data, &err);
	assert_true(json_equal(data, out));
	json_decref(out);
	json_object_set_new(data, "score", json_integer(3));
	assert_null(recovery_normalise_statement(data, &err));
	assert_non_null(strstr(err.msg, "unknown field 'score'"));
	json_decref(data);
	recovery_statement_release(&s);
}

static void add_measure(struct waymark *wm, const struct measure_catalog *c, const char *id,
			int day, const char *answers)
{
	const struct measure *m = measure_find(c, id);
	struct measure_response r;
	struct measure_answer *a;
	size_t n;
	struct err err = ERR_INIT;

	measure_response_init(&r);
	wlocal_make((struct wdate){ 2026, 3, day }, 9 * 60, &r.when);
	assert_int_equal(measure_parse_answers(m, answers, &a, &n, &err), 0);
	assert_int_equal(measure_response_fill(&r, m, &a, n, &err), 0);
	assert_int_equal(measures_add(wm, &r, &err), 0);
	measure_response_release(&r);
}

static void add_rating(struct waymark *wm, int day, int minute, int money, int hope)
{
	struct area_set s;
	struct area_rating r;
	struct err err = ERR_INIT;
	size_t i;

	assert_int_equal(areas_get_set(wm, "life", &s, &err), 0);
	area_rating_init(&r);
	wlocal_make((struct wdate){ 2026, 3, day }, minute, &r.when);
	assert_int_equal(area_find(&s, "money", &i, &err), 0);
	assert_int_equal(area_rating_set(&r, &s, i, money, NULL, &err), 0);
	assert_int_equal(area_find(&s, "hope", &i, &err), 0);
	assert_int_equal(area_rating_set(&r, &s, i, hope, NULL, &err), 0);
	assert_int_equal(areas_add_rating(wm, &r, &err), 0);
	area_rating_release(&r);
	area_set_release(&s);
}

static void test_recovery__both_kinds_on_one_time_line(void **state)
{
	char *path = test_path(dir, "v.db");
	struct waymark wm;
	struct measure_catalog c;
	struct recovery_view v;
	struct recovery_statement s;
	struct err err = ERR_INIT;
	json_t *j, *t;
	(void)state;
	memset(&wm, 0, sizeof(wm));
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	assert_int_equal(measure_catalog_load(&c, NULL, &err), 0);

	add_rating(&wm, 1, 8 * 60, 3, 4);                  /* before the PHQ-9 that day */
	add_measure(&wm, &c, "phq9", 1, "3,3,3,3,3,1,0,0,0");
	add_measure(&wm, &c, "gad7", 1, "2,2,2,2,0,0,0");
	add_rating(&wm, 14, 10 * 60, 6, 5);                /* after the measures that day */
	add_measure(&wm, &c, "phq9", 14, "3,3,3,0,0,0,0,0,0");
	add_measure(&wm, &c, "gad7", 14, "3,3,3,3,0,0,0");

	recovery_statement_init(&s);
	assert_int_equal(recovery_statement_get(&wm, &s, &err), 1);
	assert_int_equal(recovery_statement_set_text(&s, "Sundays with my kids", &err), 0);
	assert_int_equal(recovery_statement_save(&wm, &s, &err), 0);
	assert_int_equal(recovery_statement_set_text(&s, "Sundays with my kids, and a job", &err), 0);
	assert_int_equal(recovery_statement_save(&wm, &s, &err), 0); /* edits in place */
	recovery_statement_release(&s);

	recovery_view_init(&v);
	assert_int_equal(recovery_load(&wm, &c, &v, &err), 0);
	assert_true(v.has_statement);
	assert_string_equal(v.statement.text, "Sundays with my kids, and a job");
	assert_int_equal(v.nevents, 6);
	assert_int_equal(v.events[0].kind, RECOVERY_AREAS);
	assert_int_equal(v.events[1].kind, RECOVERY_MEASURE);
	assert_int_equal(v.events[2].kind, RECOVERY_MEASURE);
	assert_int_equal(v.events[3].kind, RECOVERY_MEASURE);
	assert_int_equal(v.events[4].kind, RECOVERY_MEASURE);
	assert_int_equal(v.events[5].kind, RECOVERY_AREAS);
	assert_string_equal(v.events[0].set->name, "Life areas");
	assert_int_equal(v.nareas, 1);
	assert_int_equal(v.areas[0].nratings, 2);
	assert_int_equal(v.areas[0].distance.total, 4);
	assert_int_equal(v.nmeasures, 2);
	assert_int_equal(v.tt.npairs, 2);

	j = recovery_view_to_json(&v);
	assert_string_equal(json_string_value(json_object_get(json_object_get(j, "statement"), "text")),
			    "Sundays with my kids, and a job");
	t = json_object_get(j, "timeline");
	assert_int_equal(json_array_size(t), 6);
	assert_string_equal(json_string_value(json_object_get(json_array_get(t, 0), "kind")), "areas");
	assert_true(json_real_value(json_object_get(json_array_get(t, 0), "mean")) == 3.5);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(t, 1), "total")), 16);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
		json_array_get(json_object_get(j, "areas"), 0), "distance"), "total_change")), 4);
	assert_non_null(json_object_get(j, "talking_therapies_style"));
	json_decref(j);
	recovery_view_release(&v);

	assert_int_equal(recovery_statement_delete(&wm, &err), 0);
	assert_int_equal(recovery_statement_delete(&wm, &err), 1);
	measure_catalog_release(&c);
	vault_close(&wm);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recovery__the_statement_is_the_persons_own_words),
		cmocka_unit_test(test_recovery__both_kinds_on_one_time_line),
	};
	return cmocka_run_group_tests_name("recovery", tests, setup, teardown);
}
