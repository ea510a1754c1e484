/* SPDX-License-Identifier: MIT */
/*
 * fuzz_cli_values.c: every parser of a single option value a person types
 * (on the command line, at a prompt, or in a form field that becomes the
 * same value) with any text: the check-in's mood, sleep quality, helped,
 * with and tags; a tracker's range and values; a goal's target and
 * deadline; a person's role, reminder and day; the plan's section and
 * review; the support directory's group, nation, age and moment; an area
 * score; questionnaire answers; an import's mood mapping. Each must
 * either accept a value in range or refuse with a kind message (ERR_INPUT)
 * that the web UI can send as JSON (valid UTF-8).
 */
#include <jansson.h>

#include "fuzz.h"

#include "core/err.h"
#include "features/areas/areas.h"
#include "features/diary/diary.h"
#include "features/goals/goals.h"
#include "features/imports/imports.h"
#include "features/measures/measures.h"
#include "features/people/people.h"
#include "features/plan/plan.h"
#include "features/support/support.h"

static struct measure_catalog catalog;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct err err = ERR_INIT;

	(void)argc;
	(void)argv;
	fuzz_setup();
	/* the shipped questionnaires only: no folder of the person's own */
	if (measure_catalog_load(&catalog, "/nonexistent-waymark-fuzz", &err)) {
		fprintf(stderr, "fuzz_cli_values: %s\n", err.msg);
		abort();
	}
	return 0;
}

/* A refusal must be a kind one that JSON can carry. */
static void refused(struct err *err)
{
	FUZZ_CHECK(err->kind == ERR_INPUT && err->msg[0]);
	FUZZ_CHECK(fuzz_json_text(err->msg));
	err_clear(err);
}

static void diary_values(const char *s)
{
	struct err err = ERR_INIT;
	struct checkin c;
	enum diary_helped h;
	int v;

	if (!diary_parse_mood(s, &v, &err))
		FUZZ_CHECK(v >= 0 && v <= 10);
	else
		refused(&err);
	if (!diary_parse_quality(s, &v, &err))
		FUZZ_CHECK(v >= 1 && v <= 5);
	else
		refused(&err);
	if (!diary_parse_helped(s, &h, &err))
		FUZZ_CHECK(h > HELPED_UNSAID && h < HELPED__MAX);
	else
		refused(&err);
	checkin_init(&c);
	if (!diary_parse_with(&c, s, &err)) {
		FUZZ_CHECK(c.alone ? c.nwith == 0 : c.nwith <= DIARY_WITH_MAX);
		for (size_t i = 0; i < c.nwith; i++)
			FUZZ_CHECK(text_valid(c.with[i], 0) && c.with[i][0]);
	} else {
		refused(&err);
	}
	if (!diary_parse_tags(&c, s, &err)) {
		for (size_t i = 0; i < c.ntags; i++) {
			FUZZ_CHECK(text_chars(c.tags[i]) <= DIARY_TAG_MAX);
			for (size_t j = 0; j < i; j++)
				FUZZ_CHECK(strcmp(c.tags[i], c.tags[j]));
		}
	} else {
		refused(&err);
	}
	checkin_release(&c);
}

static void tracker_values(const char *s)
{
	struct err err = ERR_INIT;
	struct tracker t;
	int v;

	tracker_init(&t);
	if (tracker_set_name(&t, "Energy", &err))
		abort();
	t.type = TRACKER_SCALE;
	if (!tracker_parse_range(&t, s, &err))
		FUZZ_CHECK(t.min < t.max && t.max - t.min <= 100);
	else
		refused(&err);
	t.min = 1;
	t.max = 5;
	if (!tracker_parse_value(&t, s, &v, &err))
		FUZZ_CHECK(v >= 1 && v <= 5);
	else
		refused(&err);
	t.type = TRACKER_YESNO;
	if (!tracker_parse_value(&t, s, &v, &err))
		FUZZ_CHECK(v == 0 || v == 1);
	else
		refused(&err);
	t.type = TRACKER_COUNT;
	if (!tracker_parse_value(&t, s, &v, &err))
		FUZZ_CHECK(v >= 0 && v <= TRACKER_COUNT_MAX);
	else
		refused(&err);
	if (tracker_set_unit(&t, s, &err))
		refused(&err);
	tracker_release(&t);
}

static void goal_values(const char *s)
{
	struct err err = ERR_INIT;
	struct goal_target t;
	struct wdate today = { 2026, 3, 14 }, d;
	struct buf b = BUF_INIT;

	memset(&t, 0, sizeof(t));
	if (!goal_parse_target(s, &t, &err)) {
		FUZZ_CHECK(t.count >= 1 && t.count <= GOAL_TARGET_MAX);
		goal_target_words(&b, &t);
		FUZZ_CHECK(b.len > 0);
	} else {
		refused(&err);
	}
	goal_target_release(&t);
	if (!goal_parse_deadline(s, today, &d, &err))
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d));
	else
		refused(&err);
	buf_release(&b);
}

static void other_values(const char *s)
{
	struct err err = ERR_INIT;
	struct wdate today = { 2026, 3, 14 }, d;
	enum people_role role;
	enum support_nation nation;
	struct imports_mapping map;
	struct measure_answer *answers = NULL;
	size_t nanswers = 0;
	int v, list, section;
	time_t t;

	if (people_parse_role(s, &role, &err))
		refused(&err);
	if (!people_parse_remind(s, &v, &err))
		FUZZ_CHECK(v >= 0 && v <= PEOPLE_REMIND_MAX);
	else
		refused(&err);
	if (!people_parse_day(s, today, &d, &err))
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d) && wdate_cmp(d, today) <= 0);
	else
		refused(&err);
	if (!plan_parse_target(s, &list, &section, &err))
		FUZZ_CHECK(section >= 0 && section < PLAN_SECTION__MAX &&
			   list >= -1 && list < PLAN_LIST__MAX);
	else
		refused(&err);
	if (!plan_parse_review_months(s, &v, &err))
		FUZZ_CHECK(v >= 0 && v <= PLAN_REVIEW_MAX);
	else
		refused(&err);
	if (support_parse_group(s, &v, &err))
		refused(&err);
	if (support_parse_nation(s, &nation, &err))
		refused(&err);
	if (!support_parse_age(s, &v, &err))
		FUZZ_CHECK(v >= 0 && v <= 120);
	else
		refused(&err);
	if (support_parse_at(s, &t, &err))
		refused(&err);
	if (!area_parse_score(s, "Home", &v, &err))
		FUZZ_CHECK(v >= 1 && v <= 10);
	else
		refused(&err);
	for (size_t i = 0; i < catalog.n; i++) {
		if (!measure_parse_answers(&catalog.items[i], s, &answers, &nanswers, &err))
			measure_answers_free(answers, nanswers);
		else
			refused(&err);
		answers = NULL;
		nanswers = 0;
	}
	imports_mapping_init(&map);
	if (!imports_mapping_add(&map, s, &err))
		FUZZ_CHECK(map.n == 1 && map.moods[0] >= 0 && map.moods[0] <= 10);
	else
		refused(&err);
	imports_mapping_release(&map);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);

	diary_values(s);
	tracker_values(s);
	goal_values(s);
	other_values(s);
	free(s);
	return 0;
}
