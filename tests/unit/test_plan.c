/* SPDX-License-Identifier: MIT */
/*
 * test_plan.c: the wellness and crisis plan: its parts, triggers that are
 * diary tags, adding and taking out items, the stored form, review
 * reminders, the crisis steps and the card (escaped HTML).
 */
#include "test_helpers.h"

#include "core/crisis.h"
#include "core/text.h"
#include "features/diary/diary.h"
#include "features/plan/plan.h"
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

static void test_plan__parts_are_found_by_their_names(void **state)
{
	struct err err = ERR_INIT;
	int list, section;
	(void)state;
	assert_int_equal(plan_parse_target("crisis.medicines", &list, &section, &err), 0);
	assert_int_equal(list, PLAN_CRISIS_MEDICINES);
	assert_int_equal(section, PLAN_SEC_CRISIS);
	assert_int_equal(plan_parse_target("crisis", &list, &section, &err), 0);
	assert_int_equal(list, -1);
	assert_int_equal(section, PLAN_SEC_CRISIS);
	/* a section that is also its first list */
	assert_int_equal(plan_parse_target("Triggers", &list, &section, &err), 0);
	assert_int_equal(list, PLAN_TRIGGERS);
	assert_int_equal(section, PLAN_SEC_TRIGGERS);
	assert_int_equal(plan_parse_target("warning signs", &list, &section, &err), 0);
	assert_int_equal(list, PLAN_WARNING_SIGNS);
	assert_int_equal(plan_parse_target("safety.on-my-own", &list, &section, &err), 0);
	assert_int_equal(list, PLAN_SAFETY_ON_MY_OWN);
	assert_int_equal(plan_parse_target("wrap", &list, &section, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_string_equal(err.field, "section");
	assert_non_null(strstr(err.msg, "'wrap' is not a part of your plan"));
	/* every list has an id, a title, a prompt and a section */
	for (int l = 0; l < PLAN_LIST__MAX; l++) {
		const struct plan_list_info *li = plan_list_info((enum plan_list)l);
		assert_int_equal(plan_parse_target(li->id, &list, &section, &err), 0);
		assert_int_equal(list, l);
		assert_true(strlen(li->title) > 3 && strlen(li->prompt) > 10);
	}
}

static void test_plan__never_uses_the_trade_marked_name(void **state)
{
	(void)state;
	for (int s = 0; s < PLAN_SECTION__MAX; s++) {
		const struct plan_section_info *si = plan_section_info((enum plan_section)s);
		assert_null(strstr(si->title, "WRAP"));
		assert_null(strstr(si->about, "Recovery Action"));
	}
	for (int l = 0; l < PLAN_LIST__MAX; l++)
		assert_null(strstr(plan_list_info((enum plan_list)l)->prompt, "WRAP"));
}

static void test_plan__triggers_are_normalised_like_diary_tags(void **state)
{
	struct plan p;
	struct checkin c;
	struct err err = ERR_INIT;
	(void)state;
	plan_init(&p);
	checkin_init(&c);
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGERS, "  #Money   Worries ", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGERS, "ARGUMENTS", &err), 0);
	/* the same tag again changes nothing */
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGERS, "money worries", &err), 1);
	assert_int_equal(p.nitems[PLAN_TRIGGERS], 2);
	/* a check-in tagged the same way holds exactly the same strings */
	assert_int_equal(diary_parse_tags(&c, "#money worries, Arguments", &err), 0);
	assert_string_equal(p.items[PLAN_TRIGGERS][0], c.tags[0]);
	assert_string_equal(p.items[PLAN_TRIGGERS][1], c.tags[1]);
	assert_true(plan_has_tag(&p, PLAN_TRIGGERS, "Money  worries"));
	assert_false(plan_has_tag(&p, PLAN_TRIGGERS, "money"));
	assert_false(plan_has_tag(&p, PLAN_WARNING_SIGNS, "arguments"));
	/* warning signs too; other lists keep the person's words as written */
	assert_int_equal(plan_add_item(&p, PLAN_WARNING_SIGNS, "Not Sleeping", &err), 0);
	assert_string_equal(p.items[PLAN_WARNING_SIGNS][0], "not sleeping");
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGER_ACTIONS, "  Ring Sam  ", &err), 0);
	assert_string_equal(p.items[PLAN_TRIGGER_ACTIONS][0], "Ring Sam");
	/* a tag longer than a diary tag is refused, naming the list */
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGERS,
				       "a very long trigger that cannot be a diary tag at all", &err), -1);
	assert_string_equal(err.field, "triggers");
	checkin_release(&c);
	plan_release(&p);
}

static void test_plan__items_are_added_taken_out_and_replaced(void **state)
{
	struct plan p;
	struct err err = ERR_INIT;
	(void)state;
	plan_init(&p);
	assert_true(plan_is_empty(&p));
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "a walk", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "music", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "a walk", &err), 0); /* not a tag list */
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "   ", &err), -1);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "two\nlines", &err), -1);
	assert_false(plan_is_empty(&p));
	assert_int_equal(plan_remove_item(&p, PLAN_TOOLBOX, 4, &err), -1);
	assert_non_null(strstr(err.msg, "there is no item 4"));
	assert_int_equal(plan_remove_item(&p, PLAN_TOOLBOX, 0, &err), -1);
	assert_int_equal(plan_remove_item(&p, PLAN_TOOLBOX, 1, &err), 0);
	assert_string_equal(p.items[PLAN_TOOLBOX][0], "music");
	assert_int_equal(p.nitems[PLAN_TOOLBOX], 2);
	/* replacing from text: bullets and blank lines go; all or nothing */
	assert_int_equal(plan_set_list_text(&p, PLAN_CRISIS_MEDICINES,
					    "- sertraline 100mg in the morning\r\n\n* no penicillin (allergic)\n", &err), 0);
	assert_int_equal(p.nitems[PLAN_CRISIS_MEDICINES], 2);
	assert_string_equal(p.items[PLAN_CRISIS_MEDICINES][1], "no penicillin (allergic)");
	assert_int_equal(plan_set_list_text(&p, PLAN_CRISIS_MEDICINES, "fine\nbad \x01 line\n", &err), -1);
	assert_non_null(strstr(err.msg, "line 2"));
	assert_int_equal(p.nitems[PLAN_CRISIS_MEDICINES], 2);
	plan_clear_list(&p, PLAN_CRISIS_MEDICINES);
	assert_int_equal(p.nitems[PLAN_CRISIS_MEDICINES], 0);
	for (int i = 0; i < PLAN_ITEMS_MAX - 2; i++)
		assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "more", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "one too many", &err), -1);
	assert_non_null(strstr(err.msg, "up to 50 items"));
	plan_release(&p);
}

static void test_plan__stored_form_round_trips_and_refuses_unknown_parts(void **state)
{
	struct err err = ERR_INIT;
	json_t *in, *out, *bad;
	struct plan p;
	(void)state;
	in = json_loads("{\"toolbox\": [\"a walk\"], \"triggers\": {\"tags\": [\"money worries\"],"
			" \"actions\": [\"ring Sam\"]}, \"crisis\": {\"medicines\": [\"sertraline\"]},"
			" \"safety\": {\"reasons\": [\"my cat <Pip> & \\\"family\\\"\"]},"
			" \"review\": {\"every_months\": 6, \"last\": \"2026-01-10\"}}", 0, NULL);
	assert_non_null(in);
	out = plan_normalise_data(in, &err);
	assert_non_null(out);
	assert_true(json_equal(in, out));
	json_decref(out);
	plan_init(&p);
	assert_int_equal(plan_from_data(in, &p, &err), 0);
	assert_int_equal(p.review_months, 6);
	assert_int_equal(p.reviewed.m, 1);
	assert_string_equal(p.items[PLAN_CRISIS_MEDICINES][0], "sertraline");
	plan_release(&p);
	json_decref(in);

	/* tags come in normalised, however the file wrote them */
	in = json_loads("{\"triggers\": {\"tags\": [\"#Money Worries\", \"money worries\"]}}", 0, NULL);
	out = plan_normalise_data(in, &err);
	assert_string_equal(json_string_value(json_array_get(
		json_object_get(json_object_get(out, "triggers"), "tags"), 0)), "money worries");
	assert_int_equal(json_array_size(json_object_get(json_object_get(out, "triggers"), "tags")), 1);
	json_decref(out);
	json_decref(in);

	bad = json_loads("{\"wrap\": []}", 0, NULL);
	assert_null(plan_normalise_data(bad, &err));
	assert_non_null(strstr(err.msg, "unknown part 'wrap'"));
	json_decref(bad);
	bad = json_loads("{\"crisis\": {\"pets\": []}}", 0, NULL);
	assert_null(plan_normalise_data(bad, &err));
	assert_non_null(strstr(err.msg, "unknown part 'crisis.pets'"));
	json_decref(bad);
	bad = json_loads("{\"toolbox\": [1]}", 0, NULL);
	assert_null(plan_normalise_data(bad, &err));
	json_decref(bad);
	bad = json_loads("{\"review\": {\"every_months\": 99}}", 0, NULL);
	assert_null(plan_normalise_data(bad, &err));
	json_decref(bad);
	bad = json_loads("{\"crisis\": [\"not a list here\"]}", 0, NULL);
	assert_null(plan_normalise_data(bad, &err));
	json_decref(bad);
}

static void test_plan__review_reminders_come_after_a_crisis_or_every_few_months(void **state)
{
	struct plan p;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	struct wdate crisis;
	int m;
	(void)state;
	plan_init(&p);
	/* an empty plan is never due */
	assert_int_equal(plan_review_due(&p, today, NULL), PLAN_REVIEW_NOT_DUE);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "a walk", &err), 0);
	p.reviewed = (struct wdate){ 2025, 9, 14 };
	/* no regular reminder set: only a crisis brings one */
	assert_int_equal(plan_review_due(&p, today, NULL), PLAN_REVIEW_NOT_DUE);
	crisis = (struct wdate){ 2026, 3, 1 };
	assert_int_equal(plan_review_due(&p, today, &crisis), PLAN_REVIEW_AFTER_CRISIS);
	plan_review_text(&b, PLAN_REVIEW_AFTER_CRISIS, &p, today);
	assert_non_null(strstr(b.data, "When you feel ready"));
	buf_reset(&b);
	/* a crisis before the last review does not */
	crisis = (struct wdate){ 2025, 9, 1 };
	assert_int_equal(plan_review_due(&p, today, &crisis), PLAN_REVIEW_NOT_DUE);
	/* every 6 months: due on the same day of the month, not the day before */
	assert_int_equal(plan_parse_review_months("6", &m, &err), 0);
	p.review_months = m;
	assert_int_equal(plan_review_due(&p, today, NULL), PLAN_REVIEW_DUE);
	assert_int_equal(plan_review_due(&p, (struct wdate){ 2026, 3, 13 }, NULL), PLAN_REVIEW_NOT_DUE);
	plan_review_text(&b, PLAN_REVIEW_DUE, &p, today);
	assert_non_null(strstr(b.data, "It has been 6 months since you last looked over your plan"));
	buf_reset(&b);
	/* 31 August + 6 months is the last day of February */
	p.reviewed = (struct wdate){ 2025, 8, 31 };
	assert_int_equal(plan_review_due(&p, (struct wdate){ 2026, 2, 27 }, NULL), PLAN_REVIEW_NOT_DUE);
	assert_int_equal(plan_review_due(&p, (struct wdate){ 2026, 2, 28 }, NULL), PLAN_REVIEW_DUE);
	p.reviewed = today;
	assert_int_equal(plan_next_review(&p).m, 9);
	assert_int_equal(plan_parse_review_months("never", &m, &err), 0);
	assert_int_equal(m, 0);
	assert_int_equal(plan_parse_review_months("25", &m, &err), -1);
	assert_int_equal(plan_parse_review_months("-1", &m, &err), -1);
	assert_string_equal(err.field, "review");
	buf_release(&b);
	plan_release(&p);
}

static void test_plan__crisis_steps_are_short_and_in_order(void **state)
{
	struct plan p;
	struct err err = ERR_INIT;
	char **lines = NULL;
	size_t n = 0;
	(void)state;
	plan_init(&p);
	assert_int_equal(plan_crisis_steps(&p, 3, &lines, &n), 0);
	assert_int_equal(plan_add_item(&p, PLAN_SAFETY_REASONS, "my cat Pip", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_SAFETY_ON_MY_OWN, "a cold shower", &err), 0);
	for (int i = 0; i < 5; i++)
		assert_int_equal(plan_add_item(&p, PLAN_SAFETY_PEOPLE, "someone", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_TOOLBOX, "not a safety step", &err), 0);
	assert_int_equal(plan_crisis_steps(&p, 3, &lines, &n), 3);
	assert_string_equal(lines[0], "Things I can do on my own: a cold shower");
	assert_string_equal(lines[1], "People I can ask for help: someone; someone; someone; and 2 more");
	assert_string_equal(lines[2], "My reasons for living: my cat Pip");
	text_free_list(lines, n);
	plan_release(&p);
}

static void test_plan__card_escapes_everything_the_person_wrote(void **state)
{
	struct plan p;
	struct crisis_info ci;
	struct err err = ERR_INIT;
	struct buf html = BUF_INIT, text = BUF_INIT;
	(void)state;
	plan_init(&p);
	assert_int_equal(crisis_load(&ci, &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_CRISIS_MEDICINES, "<script>alert(1)</script>", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_CRISIS_HELPS, "quiet & \"calm\" voices, 'please'", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_SAFETY_REASONS, "my cat Pip", &err), 0);
	plan_card_html(&html, &p, &ci, today);
	assert_null(strstr(html.data, "<script>"));
	assert_non_null(strstr(html.data, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(html.data, "quiet &amp; &quot;calm&quot; voices, &#39;please&#39;"));
	assert_non_null(strstr(html.data, "<h3>My medicines</h3>"));
	assert_non_null(strstr(html.data, "116 123"));
	assert_non_null(strstr(html.data, "@media print"));
	/* the page inside the site has the same content without a style */
	buf_reset(&text);
	plan_card_html_body(&text, &p, &ci, today);
	assert_null(strstr(text.data, "<style"));
	assert_null(strstr(text.data, "<html"));
	assert_non_null(strstr(text.data, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(html.data, text.data));
	buf_reset(&text);
	plan_card_text(&text, &p, &ci, today);
	assert_non_null(strstr(text.data, "My medicines\n  - <script>alert(1)</script>\n"));
	assert_non_null(strstr(text.data, "call 999"));
	assert_non_null(strstr(text.data, "Saturday 14 March 2026"));
	/* lists with nothing in them are left off the card */
	assert_null(strstr(text.data, "Who looks after what"));
	buf_release(&html);
	buf_release(&text);
	crisis_release(&ci);
	plan_release(&p);
}

static void test_plan__store_keeps_one_plan_and_lists_its_triggers(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct plan p;
	char **tags = NULL;
	size_t n = 0;
	(void)state;
	memset(&wm, 0, sizeof(wm));
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	assert_int_equal(plan_get(&wm, &p, &err), 1);
	assert_true(plan_is_empty(&p));
	assert_int_equal(plan_triggers(&wm, &tags, &n, &err), 0);
	assert_int_equal(n, 0);
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGERS, "Money worries", &err), 0);
	assert_int_equal(plan_add_item(&p, PLAN_WARNING_SIGNS, "not sleeping", &err), 0);
	assert_int_equal(plan_save(&wm, &p, &err), 0);
	assert_true(p.id > 0);
	assert_int_equal(plan_add_item(&p, PLAN_TRIGGERS, "arguments", &err), 0);
	assert_int_equal(plan_save(&wm, &p, &err), 0);
	plan_release(&p);
	assert_int_equal(plan_get(&wm, &p, &err), 0);
	assert_int_equal(p.nitems[PLAN_TRIGGERS], 2);
	plan_release(&p);
	assert_int_equal(plan_triggers(&wm, &tags, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(tags[0], "money worries");
	assert_string_equal(tags[1], "arguments");
	text_free_list(tags, n);
	tags = NULL;
	n = 0;
	assert_int_equal(plan_warning_signs(&wm, &tags, &n, &err), 0);
	assert_int_equal(n, 1);
	text_free_list(tags, n);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

static void test_plan__sections_know_their_lists(void **state)
{
	enum plan_list ls[PLAN_LIST__MAX];
	struct plan p;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(plan_section_lists(PLAN_SEC_TOOLBOX, ls), 1);
	assert_int_equal(ls[0], PLAN_TOOLBOX);
	assert_int_equal(plan_section_lists(PLAN_SEC_SAFETY, ls), 7);
	assert_int_equal(ls[0], PLAN_SAFETY_SIGNS);
	assert_int_equal(ls[6], PLAN_SAFETY_REASONS);
	plan_init(&p);
	assert_true(plan_section_is_empty(&p, PLAN_SEC_SAFETY));
	assert_int_equal(plan_add_item(&p, PLAN_SAFETY_REASONS, "my cat Pip", &err), 0);
	assert_false(plan_section_is_empty(&p, PLAN_SEC_SAFETY));
	assert_true(plan_section_is_empty(&p, PLAN_SEC_CRISIS));
	plan_release(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan__parts_are_found_by_their_names),
		cmocka_unit_test(test_plan__never_uses_the_trade_marked_name),
		cmocka_unit_test(test_plan__triggers_are_normalised_like_diary_tags),
		cmocka_unit_test(test_plan__items_are_added_taken_out_and_replaced),
		cmocka_unit_test(test_plan__stored_form_round_trips_and_refuses_unknown_parts),
		cmocka_unit_test(test_plan__review_reminders_come_after_a_crisis_or_every_few_months),
		cmocka_unit_test(test_plan__crisis_steps_are_short_and_in_order),
		cmocka_unit_test(test_plan__card_escapes_everything_the_person_wrote),
		cmocka_unit_test(test_plan__sections_know_their_lists),
		cmocka_unit_test(test_plan__store_keeps_one_plan_and_lists_its_triggers),
	};
	return cmocka_run_group_tests_name("plan", tests, setup, NULL);
}
