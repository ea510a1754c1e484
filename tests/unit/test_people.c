/* SPDX-License-Identifier: MIT */
/*
 * test_people.c: my people: the rules for what is typed, names that are
 * unique and easy to find, the stored form, and the gentle reminders that
 * only come for people the person chose.
 */
#include "test_helpers.h"

#include "features/people/people.h"
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

static const struct wdate today = { 2026, 3, 14 };

static void test_people__roles_are_named_plainly(void **state)
{
	struct err err = ERR_INIT;
	enum people_role r;
	(void)state;
	assert_int_equal(people_parse_role("Care Coordinator", &r, &err), 0);
	assert_int_equal(r, PEOPLE_ROLE_CARE_COORDINATOR);
	assert_string_equal(people_role_name(r), "care-coordinator");
	assert_string_equal(people_role_words(r), "care coordinator");
	assert_int_equal(people_parse_role("gp", &r, &err), 0);
	assert_string_equal(people_role_words(r), "GP");
	assert_int_equal(people_parse_role("doctor", &r, &err), 0);
	assert_int_equal(r, PEOPLE_ROLE_GP);
	assert_true(people_role_is_care_team(PEOPLE_ROLE_CRISIS_TEAM));
	assert_true(people_role_is_care_team(PEOPLE_ROLE_ADVOCATE));
	assert_true(people_role_is_care_team(PEOPLE_ROLE_KEYWORKER));
	assert_false(people_role_is_care_team(PEOPLE_ROLE_FRIEND));
	assert_int_equal(people_parse_role("nemesis", &r, &err), -1);
	assert_string_equal(err.field, "role");
	assert_non_null(strstr(err.msg, "crisis-team"));
	assert_null(people_role_name(PEOPLE_ROLE_UNSAID));
}

static void test_people__fields_are_checked_and_trimmed(void **state)
{
	struct person p;
	struct err err = ERR_INIT;
	(void)state;
	person_init(&p);
	assert_int_equal(person_validate(&p, &err), -1);
	assert_string_equal(err.field, "name");
	assert_int_equal(person_set(&p, "name", "   ", &err), -1);
	assert_int_equal(person_set(&p, "name", "  Sam  ", &err), 0);
	assert_string_equal(p.name, "Sam");
	assert_int_equal(person_set(&p, "phone", "+44 (0)7700 900-123", &err), 0);
	assert_int_equal(person_set(&p, "phone", "ring me", &err), -1);
	assert_string_equal(err.field, "phone");
	assert_string_equal(p.phone, "+44 (0)7700 900-123"); /* unchanged */
	assert_int_equal(person_set(&p, "email", "sam.example.org", &err), -1);
	assert_int_equal(person_set(&p, "email", "sam@example.org", &err), 0);
	assert_int_equal(person_set(&p, "helps", "line one\nline two", &err), -1);
	assert_int_equal(person_set(&p, "phone", "", &err), 0);
	assert_null(p.phone);
	assert_int_equal(person_validate(&p, &err), 0);
	person_release(&p);
}

static void test_people__days_are_today_yesterday_or_dates_in_the_past(void **state)
{
	struct err err = ERR_INIT;
	struct wdate d;
	int w;
	(void)state;
	assert_int_equal(people_parse_day("today", today, &d, &err), 0);
	assert_int_equal(wdate_cmp(d, today), 0);
	assert_int_equal(people_parse_day("Yesterday", today, &d, &err), 0);
	assert_int_equal(d.d, 13);
	assert_int_equal(people_parse_day("2026-03-01", today, &d, &err), 0);
	assert_int_equal(people_parse_day("2026-03-15", today, &d, &err), -1);
	assert_non_null(strstr(err.msg, "in the future"));
	assert_int_equal(people_parse_day("last week", today, &d, &err), -1);
	assert_string_equal(err.field, "date");
	assert_int_equal(people_parse_remind("3", &w, &err), 0);
	assert_int_equal(w, 3);
	assert_int_equal(people_parse_remind("off", &w, &err), 0);
	assert_int_equal(w, 0);
	assert_int_equal(people_parse_remind("53", &w, &err), -1);
	assert_int_equal(people_parse_remind("-1", &w, &err), -1);
	assert_string_equal(err.field, "remind");
}

static void add(struct person_list *l, const char *name, int remind,
		struct wdate contacted, time_t created)
{
	struct person *p;
	struct err err = ERR_INIT;
	l->items = realloc(l->items, (l->n + 1) * sizeof(*l->items));
	p = &l->items[l->n++];
	person_init(p);
	assert_int_equal(person_set(p, "name", name, &err), 0);
	p->remind_weeks = remind;
	p->contacted = contacted;
	p->created = created;
}

static void test_people__reminders_only_for_people_marked_and_only_when_due(void **state)
{
	struct person_list l = { NULL, 0 };
	struct people_reminder *r;
	struct buf b = BUF_INIT;
	time_t added = wlocal_make((struct wdate){ 2026, 1, 10 }, 12 * 60, NULL);
	size_t n;
	(void)state;
	add(&l, "Sam", 3, (struct wdate){ 2026, 2, 21 }, added);   /* exactly 3 weeks */
	add(&l, "Alex", 3, (struct wdate){ 2026, 2, 22 }, added);  /* 20 days: not yet */
	add(&l, "Jo", 0, (struct wdate){ 2025, 1, 1 }, added);     /* not marked */
	add(&l, "Kim", 1, (struct wdate){ 2026, 3, 4 }, added);    /* 10 days */
	add(&l, "Robin", 2, (struct wdate){ 0, 0, 0 }, added);     /* never noted */
	n = people_reminders(&l, today, &r);
	assert_int_equal(n, 3);
	/* longest first */
	assert_string_equal(r[0].person->name, "Robin");
	assert_true(r[0].never);
	assert_int_equal(r[0].days, 63);
	assert_string_equal(r[1].person->name, "Sam");
	assert_int_equal(r[1].days, 21);
	assert_string_equal(r[2].person->name, "Kim");
	people_reminder_text(&b, &r[1]);
	assert_string_equal(b.data, "It has been 3 weeks since you were in touch with Sam.");
	buf_reset(&b);
	people_reminder_text(&b, &r[2]);
	assert_string_equal(b.data, "It has been 10 days since you were in touch with Kim.");
	buf_reset(&b);
	people_reminder_text(&b, &r[0]);
	assert_string_equal(b.data, "It has been 2 months since you added Robin to your people.");
	buf_reset(&b);
	people_ago_text(&b, (struct wdate){ 2026, 3, 13 }, today);
	assert_string_equal(b.data, "yesterday");
	buf_reset(&b);
	people_ago_text(&b, (struct wdate){ 2026, 2, 21 }, today);
	assert_string_equal(b.data, "3 weeks ago");
	buf_release(&b);
	free(r);
	/* nobody marked: no reminders at all */
	for (size_t i = 0; i < l.n; i++)
		l.items[i].remind_weeks = 0;
	assert_int_equal(people_reminders(&l, today, &r), 0);
	free(r);
	person_list_release(&l);
}

static void test_people__names_are_found_by_their_start(void **state)
{
	struct person_list l = { NULL, 0 };
	struct err err = ERR_INIT;
	(void)state;
	add(&l, "Sam", 0, (struct wdate){ 0, 0, 0 }, 0);
	add(&l, "Sara", 0, (struct wdate){ 0, 0, 0 }, 0);
	add(&l, "Dr Patel", 0, (struct wdate){ 0, 0, 0 }, 0);
	assert_int_equal(people_match(&l, "sam", &err), 0);
	assert_int_equal(people_match(&l, "dr", &err), 2);
	assert_int_equal(people_match(&l, "Sar", &err), 1);
	assert_int_equal(people_match(&l, "Sa", &err), -2);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "Sam or Sara"));
	assert_int_equal(people_match(&l, "Nobody", &err), -1);
	assert_int_equal(err.kind, ERR_NOTFOUND);
	person_list_release(&l);
}

static void test_people__stored_form_round_trips_and_refuses_unknown_fields(void **state)
{
	struct err err = ERR_INIT;
	json_t *in = json_pack("{s:s, s:s, s:s, s:s, s:i}", "name", "Dr Patel", "role", "gp",
			       "phone", "0161 496 0000", "contacted", "2026-03-01", "remind_weeks", 4);
	json_t *out = people_normalise_data(in, &err), *bad;
	(void)state;
	assert_non_null(out);
	assert_true(json_equal(in, out));
	json_decref(out);
	bad = json_pack("{s:s, s:s}", "name", "Sam", "nickname", "S");
	assert_null(people_normalise_data(bad, &err));
	assert_non_null(strstr(err.msg, "unknown field 'nickname'"));
	json_decref(bad);
	bad = json_pack("{s:s, s:i}", "name", "Sam", "remind_weeks", 0);
	assert_null(people_normalise_data(bad, &err));
	json_decref(bad);
	bad = json_pack("{s:s}", "role", "friend");
	assert_null(people_normalise_data(bad, &err));
	assert_string_equal(err.field, "name");
	json_decref(bad);
	json_decref(in);
}

static void test_people__store_keeps_names_unique_and_sorted(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct person p;
	struct person_list l;
	int64_t id;
	(void)state;
	memset(&wm, 0, sizeof(wm));
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	person_init(&p);
	assert_int_equal(person_set(&p, "name", "sam", &err), 0);
	assert_int_equal(people_add(&wm, &p, &err), 0);
	id = p.id;
	person_release(&p);
	person_init(&p);
	assert_int_equal(person_set(&p, "name", "Alex", &err), 0);
	p.role = PEOPLE_ROLE_KEYWORKER;
	assert_int_equal(people_add(&wm, &p, &err), 0);
	person_release(&p);
	person_init(&p);
	assert_int_equal(person_set(&p, "name", "SAM", &err), 0);
	assert_int_equal(people_add(&wm, &p, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "already have someone called 'sam'"));
	person_release(&p);

	assert_int_equal(people_list(&wm, &l, &err), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.items[0].name, "Alex");
	assert_int_equal(l.items[1].id, id);
	/* renaming onto someone else's name is refused; keeping one's own is fine */
	assert_int_equal(person_set(&l.items[1], "name", "alex", &err), 0);
	assert_int_equal(people_update(&wm, &l.items[1], &err), -1);
	assert_int_equal(person_set(&l.items[1], "name", "Sam", &err), 0);
	l.items[1].contacted = today;
	assert_int_equal(people_update(&wm, &l.items[1], &err), 0);
	person_list_release(&l);
	assert_int_equal(people_list(&wm, &l, &err), 0);
	assert_string_equal(l.items[1].name, "Sam");
	assert_int_equal(wdate_cmp(l.items[1].contacted, today), 0);
	assert_int_equal(people_delete(&wm, id, &err), 0);
	person_list_release(&l);
	assert_int_equal(people_list(&wm, &l, &err), 0);
	assert_int_equal(l.n, 1);
	person_list_release(&l);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people__roles_are_named_plainly),
		cmocka_unit_test(test_people__fields_are_checked_and_trimmed),
		cmocka_unit_test(test_people__days_are_today_yesterday_or_dates_in_the_past),
		cmocka_unit_test(test_people__reminders_only_for_people_marked_and_only_when_due),
		cmocka_unit_test(test_people__names_are_found_by_their_start),
		cmocka_unit_test(test_people__stored_form_round_trips_and_refuses_unknown_fields),
		cmocka_unit_test(test_people__store_keeps_names_unique_and_sorted),
	};
	return cmocka_run_group_tests_name("people", tests, setup, NULL);
}
