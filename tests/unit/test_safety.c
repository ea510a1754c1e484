/* SPDX-License-Identifier: MIT */
/*
 * test_safety.c: the crisis response composed once for the CLI and the
 * web (the person's steps first, then the lines open now, never 999 as a
 * listed contact, the built-in list only as a fallback), a locked vault
 * keeping its plan to itself, and the review reminder after a crisis.
 */
#include "test_helpers.h"

#include "core/text.h"
#include "features/diary/diary.h"
#include "features/plan/plan.h"
#include "features/safety/safety.h"
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

/* A Saturday morning, UK time. */
static time_t saturday(void)
{
	return wuk_make((struct wdate){ 2026, 3, 14 }, 9 * 60 + 30);
}

static const struct safety_contact *find(const struct safety_box *b, const char *name)
{
	for (size_t i = 0; i < b->ncontacts; i++)
		if (!strcmp(b->contacts[i].name, name))
			return &b->contacts[i];
	return NULL;
}

static void test_safety__box_without_a_vault_lists_the_lines_open_now(void **state)
{
	struct safety_box b;
	const struct safety_contact *c;
	(void)state;
	safety_box_init(&b);
	safety_box_fill(&b, NULL, saturday());
	assert_string_equal(b.title, "Things sound really hard right now.");
	assert_non_null(strstr(b.emergency, "999"));
	assert_int_equal(b.nsteps, 0);
	assert_false(b.plan_locked);
	assert_false(b.fallback);
	assert_true(b.ncontacts >= 3);
	assert_string_equal(b.contacts[0].name, "NHS 111");
	assert_string_equal(b.contacts[0].tel, "111");
	assert_string_equal(b.contacts[0].note, "choose option 2 for mental health");
	assert_string_equal(b.contacts[0].when, "any time");
	c = find(&b, "Samaritans");
	assert_non_null(c);
	assert_string_equal(c->tel, "116123");
	c = find(&b, "Shout");
	assert_non_null(c);
	assert_null(c->tel);
	assert_string_equal(c->sms, "85258");
	assert_string_equal(c->sms_body, "SHOUT");
	/* 999 is said in words above the list, never listed */
	assert_null(find(&b, "Emergency services"));
	for (size_t i = 0; i < b.ncontacts; i++)
		assert_true(!b.contacts[i].tel || strcmp(b.contacts[i].tel, "999"));
	safety_box_release(&b);
	assert_int_equal(b.ncontacts, 0);
}

static void test_safety__the_persons_steps_come_first_and_a_lock_keeps_them(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf recovery = BUF_INIT;
	struct plan p;
	struct safety_box b;
	(void)state;
	memset(&wm, 0, sizeof(wm));
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &recovery, &err), 0);
	plan_init(&p);
	assert_int_equal(plan_add_item(&p, PLAN_SAFETY_ON_MY_OWN, "a cold shower", &err), 0);
	for (int i = 0; i < 4; i++)
		assert_int_equal(plan_add_item(&p, PLAN_SAFETY_PEOPLE, i % 2 ? "Mum" : "Sam", &err), 0);
	assert_int_equal(plan_save(&wm, &p, &err), 0);
	plan_release(&p);
	safety_box_init(&b);
	safety_box_fill(&b, &wm, saturday());
	assert_int_equal(b.nsteps, 2);
	assert_string_equal(b.steps[0], "Things I can do on my own: a cold shower");
	assert_string_equal(b.steps[1], "People I can ask for help: Sam; Mum; Sam; and 1 more");
	assert_false(b.plan_locked);
	safety_box_release(&b);
	vault_lock(&wm);
	safety_box_fill(&b, &wm, saturday());
	assert_int_equal(b.nsteps, 0);
	assert_true(b.plan_locked);
	assert_non_null(find(&b, "Samaritans"));
	safety_box_release(&b);
	buf_release(&recovery);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

static void test_safety__a_crisis_after_the_last_review_suggests_another(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct plan p;
	struct checkin c;
	struct safety_review r;
	const struct wdate today = { 2026, 3, 14 };
	(void)state;
	memset(&wm, 0, sizeof(wm));
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	/* no plan: nothing to suggest */
	assert_int_equal(safety_review_check(&wm, today, &r, &err), 0);
	assert_false(r.due);
	/* a plan made on 1 March, a hard day on 14 March */
	setenv("WAYMARK_TEST_NOW", "2026-03-01T10:00:00", 1);
	plan_init(&p);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "a walk", &err), 0);
	assert_int_equal(plan_save(&wm, &p, &err), 0);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T09:30:00", 1);
	checkin_init(&c);
	wlocal_make(today, 9 * 60, &c.when);
	c.mood = 2;
	assert_int_equal(diary_add(&wm, &c, &err), 0);
	checkin_release(&c);
	assert_int_equal(safety_review_check(&wm, today, &r, &err), 0);
	assert_false(r.due); /* a low mood is not a crisis */
	safety_review_release(&r);
	checkin_init(&c);
	wlocal_make(today, 9 * 60 + 5, &c.when);
	c.mood = 0;
	assert_int_equal(diary_add(&wm, &c, &err), 0);
	checkin_release(&c);
	assert_int_equal(safety_review_check(&wm, today, &r, &err), 0);
	assert_true(r.due);
	assert_true(r.after_crisis);
	assert_non_null(strstr(r.text, "hard time"));
	safety_review_release(&r);
	/* looked over today: the crisis is no longer after the review */
	p.reviewed = today;
	assert_int_equal(plan_save(&wm, &p, &err), 0);
	assert_int_equal(safety_review_check(&wm, today, &r, &err), 0);
	assert_false(r.due);
	assert_null(r.text);
	safety_review_release(&r);
	plan_release(&p);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_safety__box_without_a_vault_lists_the_lines_open_now),
		cmocka_unit_test(test_safety__the_persons_steps_come_first_and_a_lock_keeps_them),
		cmocka_unit_test(test_safety__a_crisis_after_the_last_review_suggests_another),
	};
	return cmocka_run_group_tests_name("safety", tests, setup, NULL);
}
