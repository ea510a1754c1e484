/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "core/text.h"
#include "core/xalloc.h"
#include "features/areas/areas.h"
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

static void load(const char *id, struct area_set *s)
{
	struct err err = ERR_INIT;
	if (area_set_load(id, s, &err))
		fail_msg("%s", err.msg);
}

static size_t idx_of(const struct area_set *s, const char *name)
{
	struct err err = ERR_INIT;
	size_t i = 0;
	if (area_find(s, name, &i, &err))
		fail_msg("%s", err.msg);
	return i;
}

static void test_areas__the_shipped_sets_load(void **state)
{
	static const char *const chime[] = {
		"Connectedness", "Hope and optimism", "Identity", "Meaning and purpose", "Empowerment",
	};
	/* The Recovery Star's area names (instruments.md §6): ours differ. */
	static const char *const star[] = {
		"Managing mental health", "Physical health and self-care", "Physical health",
		"Living skills", "Social networks", "Work", "Relationships", "Addictive behaviour",
		"Responsibilities", "Identity and self-esteem", "Trust and hope",
		"Friends and community", "Use of time", "Home",
	};
	struct area_set s;
	size_t n;
	const char *const *ids = areas_set_ids(&n);
	(void)state;
	assert_int_equal(n, 2);
	assert_string_equal(ids[0], "life");
	load("life", &s);
	assert_string_equal(s.id, "life");
	assert_int_equal(s.nareas, 10);
	for (size_t i = 0; i < s.nareas; i++) {
		assert_non_null(s.areas[i].about);
		assert_false(s.areas[i].hidden || s.areas[i].own);
		for (size_t k = 0; k < ARRAY_SIZE(star); k++)
			if (text_eq_fold(s.areas[i].name, star[k]))
				fail_msg("'%s' is a Recovery Star area name", s.areas[i].name);
	}
	area_set_release(&s);
	load("CHIME", &s);
	assert_int_equal(s.nareas, 5);
	for (size_t i = 0; i < 5; i++)
		assert_string_equal(s.areas[i].name, chime[i]);
	area_set_release(&s);
}

static void expect_bad_set(const char *json, const char *problem)
{
	struct area_set s;
	struct err err = ERR_INIT;
	if (area_set_parse(json, strlen(json), "mine.json", &s, &err) != -1)
		fail_msg("accepted a set with: %s", problem);
	assert_int_equal(err.kind, ERR_INPUT);
	if (strncmp(err.msg, "mine.json: ", 11) || !strstr(err.msg, problem))
		fail_msg("message '%s' does not name the file and '%s'", err.msg, problem);
	assert_null(s.id);
}

#define HEAD "{\"format\": \"waymark-area-set\", \"version\": 1, \"id\": \"mine\", \"name\": \"Mine\", "

static void test_areas__a_bad_set_file_names_its_problem(void **state)
{
	struct area_set s;
	struct err err = ERR_INIT;
	const char *good = HEAD "\"areas\": [{\"id\": \"a\", \"name\": \"Art\"}, {\"id\": \"b\", \"name\": \"Books\", \"about\": \"Reading\"}]}";
	(void)state;
	assert_int_equal(area_set_parse(good, strlen(good), "mine.json", &s, &err), 0);
	assert_int_equal(s.nareas, 2);
	assert_null(s.areas[0].about);
	area_set_release(&s);
	expect_bad_set("{\"format\"", "not readable JSON");
	expect_bad_set("{\"format\": \"areas\"}", "'format' must be \"waymark-area-set\"");
	expect_bad_set(HEAD "\"areas\": []}", "'areas' must be a list of 1 to 30 areas");
	expect_bad_set(HEAD "\"areas\": [{\"id\": \"a\"}]}", "area 1: 'name' is missing");
	expect_bad_set(HEAD "\"areas\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}]}",
		       "area 2: the id 'a' is used twice");
	expect_bad_set(HEAD "\"areas\": [{\"id\": \"a\", \"name\": \"Art\"}, {\"id\": \"b\", \"name\": \"ART\"}]}",
		       "area 2: the name 'ART' is used twice");
	expect_bad_set(HEAD "\"areas\": [{\"id\": \"A b\", \"name\": \"A\"}]}", "area 1: 'id' must be");
	expect_bad_set(HEAD "\"areas\": [{\"id\": \"a\", \"name\": \"A\", \"score\": 3}]}",
		       "area 1: unknown field 'score'");
	expect_bad_set(HEAD "\"scale\": 10, \"areas\": [{\"id\": \"a\", \"name\": \"A\"}]}", "unknown field 'scale'");
	expect_bad_set("{\"format\": \"waymark-area-set\", \"version\": 1, \"id\": \"mine\", "
		       "\"areas\": [{\"id\": \"a\", \"name\": \"A\"}]}", "'name' is missing");
}

static void test_areas__names_are_found_by_name_id_or_a_clear_start(void **state)
{
	struct area_set s;
	struct err err = ERR_INIT;
	size_t i;
	(void)state;
	load("chime", &s);
	assert_int_equal(idx_of(&s, "connectedness"), 0);
	assert_int_equal(idx_of(&s, "HOPE AND OPTIMISM"), 1);
	assert_int_equal(idx_of(&s, "Hope"), 1);
	assert_int_equal(idx_of(&s, "meaning"), 3);
	assert_int_equal(idx_of(&s, "purpose"), 3); /* the start of a word */
	assert_int_equal(idx_of(&s, "empowerment"), 4);
	assert_int_equal(area_find(&s, "Wealth", &i, &err), -1);
	assert_string_equal(err.field, "area");
	assert_non_null(strstr(err.msg, "there is no area called 'Wealth' in CHIME"));
	area_set_release(&s);
	load("life", &s);
	assert_int_equal(idx_of(&s, "money"), 6);
	assert_int_equal(idx_of(&s, " Where "), 7);
	assert_int_equal(idx_of(&s, "where-i-live"), 7);
	assert_int_equal(area_find(&s, "h", &i, &err), -1);
	assert_non_null(strstr(err.msg, "could mean more than one area"));
	assert_non_null(strstr(err.msg, "'How I feel about myself', 'Hope and a say in my life'"));
	area_set_release(&s);
}

static void test_areas__ratings_go_from_1_to_10(void **state)
{
	struct err err = ERR_INIT;
	int v;
	(void)state;
	assert_int_equal(area_parse_score("1", "Money", &v, &err), 0);
	assert_int_equal(v, 1);
	assert_int_equal(area_parse_score(" 10 ", "Money", &v, &err), 0);
	assert_int_equal(v, 10);
	assert_int_equal(area_parse_score("11", "Money", &v, &err), -1);
	assert_non_null(strstr(err.msg, "'11' for Money is above the scale"));
	assert_string_equal(err.field, "score");
	assert_int_equal(area_parse_score("0", "Money", &v, &err), -1);
	assert_non_null(strstr(err.msg, "below the scale"));
	assert_int_equal(area_parse_score("six", "Money", &v, &err), -1);
	assert_int_equal(area_parse_score("6.5", "Money", &v, &err), -1);
}

static void rate(struct area_rating *r, const struct area_set *s, const char *name, int score)
{
	struct err err = ERR_INIT;
	if (area_rating_set(r, s, idx_of(s, name), score, NULL, &err))
		fail_msg("%s", err.msg);
}

static void test_areas__distance_travelled_per_area_and_overall(void **state)
{
	struct area_set s;
	struct area_rating a, b;
	struct area_distance d;
	json_t *j;
	(void)state;
	load("life", &s);
	area_rating_init(&a);
	area_rating_init(&b);
	rate(&a, &s, "Money", 3);
	rate(&a, &s, "Where I live", 7);
	rate(&a, &s, "Looking", 5);
	rate(&a, &s, "Social", 4);       /* not rated the second time */
	rate(&b, &s, "Money", 6);
	rate(&b, &s, "Where I live", 6);
	rate(&b, &s, "Looking", 5);
	rate(&b, &s, "People", 8);       /* not rated the first time */
	area_distance(&s, &a, &b, &d);
	assert_int_equal(d.n, 5);        /* areas rated neither time are left out */
	assert_int_equal(d.compared, 3);
	assert_int_equal(d.total, 2);    /* +3 -1 +0 */
	assert_true(d.mean > 0.66 && d.mean < 0.67);
	assert_int_equal(d.up, 1);
	assert_int_equal(d.down, 1);
	assert_int_equal(d.same, 1);
	assert_string_equal(d.items[0].area->id, "mental-health"); /* the set's order */
	assert_int_equal(d.items[0].change, 0);
	for (size_t i = 0; i < d.n; i++) {
		if (!strcmp(d.items[i].area->id, "social-life")) {
			assert_int_equal(d.items[i].from, 4);
			assert_int_equal(d.items[i].to, 0);
			assert_int_equal(d.items[i].change, 0);
		}
		if (!strcmp(d.items[i].area->id, "money"))
			assert_int_equal(d.items[i].change, 3);
	}
	j = area_distance_to_json(&d, &a, &b);
	assert_int_equal(json_integer_value(json_object_get(j, "total_change")), 2);
	assert_true(json_is_null(json_object_get(json_array_get(json_object_get(j, "areas"), 1), "change")));
	json_decref(j);
	area_distance_release(&d);
	/* the other way round */
	area_distance(&s, &b, &a, &d);
	assert_int_equal(d.total, -2);
	area_distance_release(&d);
	assert_true(area_rating_mean(&a) == 4.75);
	area_rating_release(&a);
	area_rating_release(&b);
	area_set_release(&s);
}

static void test_areas__own_areas_hiding_and_moving(void **state)
{
	struct area_set s, shipped;
	struct err err = ERR_INIT;
	size_t i, j;
	json_t *changes;
	(void)state;
	load("chime", &s);
	load("chime", &shipped);
	assert_int_equal(area_add(&s, "Faith", "My church and my beliefs", &i, &err), 0);
	assert_string_equal(s.areas[i].id, "own-1");
	assert_true(s.areas[i].own);
	assert_int_equal(area_add(&s, "Music", NULL, &j, &err), 0);
	assert_string_equal(s.areas[j].id, "own-2");
	assert_int_equal(area_add(&s, "faith", NULL, &j, &err), -1);
	assert_non_null(strstr(err.msg, "there is already an area called 'faith'"));
	assert_int_equal(area_add(&s, "   ", NULL, &j, &err), -1);
	assert_string_equal(err.field, "name");
	assert_int_equal(area_rename(&s, 2, "Who I am", NULL, &err), 0);
	assert_int_equal(area_rename(&s, 3, "who i am", NULL, &err), -1);
	assert_int_equal(area_move(&s, idx_of(&s, "Faith"), 1, &err), 0);
	assert_string_equal(s.areas[0].name, "Faith");
	assert_string_equal(s.areas[1].name, "Connectedness");
	assert_int_equal(area_move(&s, 0, 8, &err), -1);
	assert_string_equal(err.field, "position");
	for (size_t k = 0; k < s.nareas - 1; k++)
		assert_int_equal(area_set_hidden(&s, k, 1, &err), 0);
	assert_int_equal(area_set_hidden(&s, s.nareas - 1, 1, &err), -1);
	assert_non_null(strstr(err.msg, "the only area left to rate"));
	assert_int_equal(area_set_nshown(&s), 1);
	assert_int_equal(area_set_hidden(&s, 0, 0, &err), 0);

	/* the stored changes, laid over the shipped file, give the same set */
	changes = area_set_changes(&s, &shipped);
	assert_int_equal(area_set_apply(&shipped, changes, &err), 0);
	assert_int_equal(shipped.nareas, 7);
	for (size_t k = 0; k < s.nareas; k++) {
		assert_string_equal(shipped.areas[k].id, s.areas[k].id);
		assert_string_equal(shipped.areas[k].name, s.areas[k].name);
		assert_int_equal(shipped.areas[k].hidden, s.areas[k].hidden);
	}
	assert_string_equal(shipped.areas[0].about, "My church and my beliefs");
	/* only what differs from the shipped wording is stored */
	assert_null(json_object_get(json_array_get(json_object_get(changes, "areas"), 1), "name"));
	json_decref(changes);
	area_set_release(&s);
	area_set_release(&shipped);
}

static void test_areas__a_new_shipped_area_joins_at_the_end(void **state)
{
	struct area_set s;
	struct err err = ERR_INIT;
	json_t *old = json_pack("{s:s, s:[{s:s, s:s}, {s:s, s:b}]}", "set", "chime", "areas",
				"id", "hope", "name", "Hope", "id", "identity", "hidden", 1);
	(void)state;
	load("chime", &s);
	assert_int_equal(area_set_apply(&s, old, &err), 0);
	assert_int_equal(s.nareas, 5);
	assert_string_equal(s.areas[0].name, "Hope");
	assert_true(s.areas[0].renamed);
	assert_true(s.areas[1].hidden);
	assert_string_equal(s.areas[2].id, "connectedness");
	area_set_release(&s);
	json_decref(old);
	old = json_pack("{s:s, s:[{s:s}]}", "set", "life", "areas", "id", "hope");
	load("chime", &s);
	assert_int_equal(area_set_apply(&s, old, &err), -1);
	assert_non_null(strstr(err.msg, "'set' must be \"chime\""));
	area_set_release(&s);
	json_decref(old);
}

static void test_areas__rename_keeps_history(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct area_set s;
	struct area_rating r;
	struct area_rating_list l;
	struct area_distance d;
	struct area_point *pts;
	size_t n;
	(void)state;
	memset(&wm, 0, sizeof(wm));
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);

	assert_int_equal(areas_get_set(&wm, "life", &s, &err), 0);
	area_rating_init(&r);
	wlocal_make((struct wdate){ 2026, 3, 1 }, 600, &r.when);
	rate(&r, &s, "Money", 3);
	rate(&r, &s, "Hope", 4);
	if (areas_add_rating(&wm, &r, &err))
		fail_msg("%s", err.msg);
	area_rating_release(&r);

	assert_int_equal(area_rename(&s, idx_of(&s, "Money"), "Bills and debts", "Keeping up", &err), 0);
	assert_int_equal(areas_save_set(&wm, &s, &err), 0);
	area_set_release(&s);

	assert_int_equal(areas_get_set(&wm, "life", &s, &err), 0);
	assert_string_equal(s.areas[idx_of(&s, "Bills")].id, "money");
	assert_string_equal(s.areas[idx_of(&s, "Bills")].about, "Keeping up");
	/* the id still finds it */
	assert_string_equal(s.areas[idx_of(&s, "money")].name, "Bills and debts");
	area_rating_init(&r);
	wlocal_make((struct wdate){ 2026, 3, 14 }, 600, &r.when);
	rate(&r, &s, "Bills", 6);
	assert_int_equal(areas_add_rating(&wm, &r, &err), 0);
	area_rating_release(&r);

	assert_int_equal(areas_list_ratings(&wm, "life", &l, &err), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.items[0].scores[0].name, "Money"); /* as it was then */
	assert_string_equal(l.items[1].scores[0].name, "Bills and debts");
	area_series(&l, "money", &pts, &n);
	assert_int_equal(n, 2);
	assert_int_equal(pts[0].score, 3);
	assert_int_equal(pts[0].date.d, 1);
	assert_int_equal(pts[1].score, 6);
	free(pts);
	area_distance(&s, &l.items[0], &l.items[1], &d);
	assert_int_equal(d.compared, 1);
	assert_string_equal(d.items[d.n - 1].area->name, "Hope and a say in my life");
	for (size_t i = 0; i < d.n; i++)
		if (!strcmp(d.items[i].area->id, "money")) {
			assert_string_equal(d.items[i].area->name, "Bills and debts");
			assert_int_equal(d.items[i].change, 3);
		}
	area_distance_release(&d);
	area_rating_list_release(&l);
	area_set_release(&s);
	assert_int_equal(areas_list_ratings(&wm, "chime", &l, &err), 0);
	assert_int_equal(l.n, 0);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

static void test_areas__ratings_are_checked_on_the_way_in(void **state)
{
	struct area_set s;
	struct area_rating r;
	struct err err = ERR_INIT;
	json_t *data, *out;
	(void)state;
	load("life", &s);
	area_rating_init(&r);
	wlocal_make((struct wdate){ 2026, 3, 14 }, 600, &r.when);
	assert_int_equal(area_rating_validate(&r, &err), -1);
	assert_non_null(strstr(err.msg, "needs the set of areas"));
	r.set = strdup("life");
	assert_int_equal(area_rating_validate(&r, &err), -1);
	assert_non_null(strstr(err.msg, "rate at least one area"));
	assert_int_equal(area_rating_set(&r, &s, 6, 11, NULL, &err), -1);
	assert_int_equal(area_rating_set(&r, &s, 6, 4, "  rent went up  ", &err), 0);
	assert_string_equal(r.scores[0].note, "rent went up");
	wlocal_make((struct wdate){ 2026, 3, 15 }, 600, &r.when);
	assert_int_equal(area_rating_validate(&r, &err), -1);
	assert_non_null(strstr(err.msg, "is in the future"));
	data = area_rating_to_data(&r);
	out = areas_normalise_rating(data, &err);
	assert_true(json_equal(data, out));
	json_decref(out);
	json_object_set_new(json_array_get(json_object_get(data, "scores"), 0), "score", json_integer(11));
	assert_null(areas_normalise_rating(data, &err));
	assert_non_null(strstr(err.msg, "score 1: 'score' must be a whole number from 1 to 10"));
	json_decref(data);
	data = json_pack("{s:s, s:[{s:s,s:s,s:i},{s:s,s:s,s:i}]}", "set", "life", "scores",
			 "area", "money", "name", "Money", "score", 3, "area", "money", "name", "Money", "score", 4);
	assert_null(areas_normalise_rating(data, &err));
	assert_non_null(strstr(err.msg, "rated twice"));
	json_decref(data);
	area_rating_release(&r);
	area_set_release(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_areas__the_shipped_sets_load),
		cmocka_unit_test(test_areas__a_bad_set_file_names_its_problem),
		cmocka_unit_test(test_areas__names_are_found_by_name_id_or_a_clear_start),
		cmocka_unit_test(test_areas__ratings_go_from_1_to_10),
		cmocka_unit_test(test_areas__distance_travelled_per_area_and_overall),
		cmocka_unit_test(test_areas__own_areas_hiding_and_moving),
		cmocka_unit_test(test_areas__a_new_shipped_area_joins_at_the_end),
		cmocka_unit_test(test_areas__rename_keeps_history),
		cmocka_unit_test(test_areas__ratings_are_checked_on_the_way_in),
	};
	return cmocka_run_group_tests_name("areas", tests, setup, NULL);
}
