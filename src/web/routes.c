/* SPDX-License-Identifier: MIT */
/*
 * routes.c: the page table. The one place the web UI names features; each
 * entry's flags say what the server checks before the handler runs. Every
 * route that changes anything is a POST (or an API write) with PAGE_CSRF;
 * GET handlers never change state. tests/unit/test_web.c checks the table.
 */
#include <ctype.h>

#include "core/xalloc.h"
#include "features/areas/areas.h"
#include "features/diary/diary.h"
#include "features/goals/goals.h"
#include "features/insights/insights.h"
#include "features/imports/imports.h"
#include "features/measures/measures.h"
#include "features/recovery/recovery.h"
#include "features/people/people.h"
#include "features/plan/plan.h"
#include "features/safety/safety.h"
#include "features/support/support.h"
#include "features/report/report.h"
#include "web.h"

#define PAGE (PAGE_AUTH | PAGE_UNLOCKED)
#define FORM (PAGE_AUTH | PAGE_UNLOCKED | PAGE_CSRF)
#define API (PAGE_AUTH | PAGE_UNLOCKED | PAGE_API)
#define API_WRITE (PAGE_AUTH | PAGE_UNLOCKED | PAGE_API | PAGE_CSRF)

static const struct route routes[] = { /* sorted by pattern, then method */
	{ "GET", "/", diary_page_today, PAGE },
	{ "GET", "/api/v1/checkins", diary_api_list, API },
	{ "POST", "/api/v1/checkins", diary_api_create, API_WRITE },
	{ "DELETE", "/api/v1/checkins/:id", diary_api_delete, API_WRITE },
	{ "GET", "/api/v1/checkins/:id", diary_api_get, API },
	{ "PATCH", "/api/v1/checkins/:id", diary_api_update, API_WRITE },
	{ "PUT", "/api/v1/checkins/:id", diary_api_update, API_WRITE },
	{ "GET", "/api/v1/goals", goals_api_list, API },
	{ "POST", "/api/v1/goals", goals_api_create, API_WRITE },
	{ "GET", "/api/v1/goals/:id", goals_api_get, API },
	{ "POST", "/api/v1/goals/:id/log", goals_api_log, API_WRITE },
	{ "GET", "/api/v1/people", people_api_list, API },
	{ "GET", "/api/v1/plan", plan_api_get, API },
	{ "GET", "/api/v1/report/questions", report_api_questions, API },
	{ "POST", "/api/v1/report/questions", report_api_question_create, API_WRITE },
	{ "DELETE", "/api/v1/report/questions/:id", report_api_question_delete, API_WRITE },
	{ "GET", "/api/v1/support/now", support_api_now, PAGE_AUTH | PAGE_API },
	{ "GET", "/areas", areas_page_rate, PAGE },
	{ "POST", "/areas", areas_page_rate_post, FORM },
	{ "POST", "/areas/add", areas_page_add_post, FORM },
	{ "GET", "/areas/edit", areas_page_edit, PAGE },
	{ "POST", "/areas/focus", areas_page_focus_post, FORM },
	{ "POST", "/areas/hide", areas_page_hide_post, FORM },
	{ "GET", "/areas/history", areas_page_history, PAGE },
	{ "POST", "/areas/move", areas_page_move_post, FORM },
	{ "POST", "/areas/rename", areas_page_rename_post, FORM },
	{ "POST", "/areas/show", areas_page_show_post, FORM },
	{ "POST", "/checkin", diary_page_checkin_post, FORM },
	{ "GET", "/diary", diary_page_list, PAGE },
	{ "GET", "/diary/:id", diary_page_entry, PAGE },
	{ "POST", "/diary/:id/delete", diary_page_delete_post, FORM },
	{ "GET", "/diary/:id/edit", diary_page_edit, PAGE },
	{ "POST", "/diary/:id/edit", diary_page_edit_post, FORM },
	{ "POST", "/diary/:id/flag", diary_page_flag_post, FORM },
	{ "POST", "/diary/:id/undo", diary_page_undo_post, FORM },
	{ "GET", "/goals", goals_page_list, PAGE },
	{ "GET", "/goals.ics", goals_page_feed, PAGE_FEED },
	{ "GET", "/goals/:id", goals_page_show, PAGE },
	{ "POST", "/goals/:id/done", goals_page_done_post, FORM },
	{ "POST", "/goals/:id/drop", goals_page_drop_post, FORM },
	{ "GET", "/goals/:id/edit", goals_page_edit, PAGE },
	{ "POST", "/goals/:id/edit", goals_page_edit_post, FORM },
	{ "POST", "/goals/:id/log", goals_page_log_post, FORM },
	{ "POST", "/goals/:id/pause", goals_page_pause_post, FORM },
	{ "POST", "/goals/:id/reschedule", goals_page_reschedule_post, FORM },
	{ "POST", "/goals/:id/resume", goals_page_resume_post, FORM },
	{ "POST", "/goals/:id/reward", goals_page_reward_post, FORM },
	{ "POST", "/goals/:id/steps", goals_page_step_add_post, FORM },
	{ "POST", "/goals/:id/steps/done", goals_page_step_done_post, FORM },
	{ "POST", "/goals/:id/steps/undo", goals_page_step_undo_post, FORM },
	{ "POST", "/goals/calendar", goals_page_calendar_post, FORM },
	{ "GET", "/goals/new", goals_page_new, PAGE },
	{ "POST", "/goals/new", goals_page_new_post, FORM },
	{ "GET", "/help", support_page_help, PAGE_AUTH },
	{ "GET", "/import", imports_page, PAGE },
	{ "POST", "/import", imports_page_post, FORM | PAGE_UPLOAD },
	{ "GET", "/insights", insights_page, PAGE },
	{ "POST", "/lock", web_page_lock_post, PAGE_AUTH | PAGE_CSRF },
	{ "GET", "/measures", measures_page, PAGE },
	{ "GET", "/measures/:id", measures_page_result, PAGE },
	{ "GET", "/measures/history", measures_page_history, PAGE },
	{ "GET", "/measures/take", measures_page_take, PAGE },
	{ "POST", "/measures/take", measures_page_take_post, FORM },
	{ "GET", "/mood", diary_page_mood, PAGE },
	{ "GET", "/people", people_page_list, PAGE },
	{ "POST", "/people", people_page_add_post, FORM },
	{ "POST", "/people/:id/contacted", people_page_contacted_post, FORM },
	{ "POST", "/people/:id/delete", people_page_delete_post, FORM },
	{ "GET", "/people/:id/edit", people_page_edit, PAGE },
	{ "POST", "/people/:id/edit", people_page_edit_post, FORM },
	{ "POST", "/people/:id/undo", people_page_undo_post, FORM },
	{ "GET", "/people/new", people_page_new, PAGE },
	{ "GET", "/plan", plan_page, PAGE },
	{ "GET", "/plan/card", plan_page_card, PAGE },
	{ "GET", "/plan/edit", plan_page_edit, PAGE },
	{ "POST", "/plan/edit", plan_page_edit_post, FORM },
	{ "POST", "/plan/review", plan_page_review_post, FORM },
	{ "GET", "/recovery", recovery_page, PAGE },
	{ "POST", "/recovery/statement", recovery_page_statement_post, FORM },
	{ "POST", "/recovery/statement/delete", recovery_page_statement_delete_post, FORM },
	{ "GET", "/report", report_page, PAGE },
	{ "GET", "/report.html", report_page_html, PAGE },
	{ "GET", "/report.pdf", report_page_pdf, PAGE },
	{ "POST", "/report/questions", report_page_question_post, FORM },
	{ "POST", "/report/questions/:id/delete", report_page_question_delete_post, FORM },
	{ "POST", "/report/questions/:id/undo", report_page_question_undo_post, FORM },
	{ "GET", "/settings", web_page_settings, PAGE },
	{ "POST", "/settings", web_page_settings_post, FORM },
	{ "GET", "/static/*", web_page_static, PAGE_STATIC },
	{ "GET", "/unlock", web_page_unlock, PAGE_AUTH },
	{ "POST", "/unlock", web_page_unlock_post, PAGE_AUTH | PAGE_CSRF },
	{ "GET", "/welcome", web_page_welcome, PAGE_AUTH },
	{ "POST", "/welcome", web_page_welcome_post, PAGE_AUTH | PAGE_CSRF },
};

/* What other features add to Today and to a day in the diary (see web.h). */
static const web_extra_fn today_extras[] = {
	insights_today_hook,
	goals_today_due,
	safety_page_today_review,    /* "look over your plan", after a hard time too */
	people_page_today_reminders, /* "it has been 3 weeks since ..." */
	NULL,
};
static const web_day_fn day_extras[] = {
	goals_day_events,
	NULL,
};
/* What the check-in form offers to tick as done. */
static const web_offer_fn done_offers[] = {
	plan_page_daily_offers, /* the plan's daily maintenance list */
	NULL,
};
/* The person's safety-plan steps first, then 999 and the lines open now. */
const web_extra_fn web_crisis_hook = safety_page_crisis_box;
/* How often the plan's triggers and warning signs were logged. */
static const web_tag_count_fn tag_count_hook = diary_page_tag_counts;

void web_today_extras(struct web_req *req, struct buf *out)
{
	for (size_t i = 0; today_extras[i]; i++)
		today_extras[i](req, out);
}

void web_day_extras(struct web_req *req, const char *day, struct buf *out)
{
	for (size_t i = 0; day_extras[i]; i++)
		day_extras[i](req, day, out);
}

void web_done_offers(struct web_req *req, char ***items, size_t *n)
{
	for (size_t i = 0; done_offers[i]; i++)
		done_offers[i](req, items, n);
}

void web_tag_counts(struct web_req *req, char *const *tags, size_t n, int days,
		    long *counts)
{
	for (size_t i = 0; i < n; i++)
		counts[i] = 0;
	if (tag_count_hook)
		tag_count_hook(req, tags, n, days, counts);
}

const struct route *web_routes(size_t *n)
{
	*n = ARRAY_SIZE(routes);
	return routes;
}

/* 1 if path matches pattern, filling *id for a :id segment. */
static int match(const char *pattern, const char *path, int64_t *id)
{
	const char *p = pattern, *s = path;

	while (*p && *s) {
		if (!strcmp(p, "*"))
			return 1;
		if (!strncmp(p, ":id", 3)) {
			int64_t v = 0;
			int digits = 0;
			if (*s == '0')
				return 0;
			while (isdigit((unsigned char)*s) && digits < 18) {
				v = v * 10 + (*s++ - '0');
				digits++;
			}
			if (!digits || (*s && *s != '/'))
				return 0;
			*id = v;
			p += 3;
			continue;
		}
		if (*p != *s)
			return 0;
		p++;
		s++;
	}
	return *p == '\0' && *s == '\0';
}

const struct route *web_route_find(const char *method, const char *path,
				   int64_t *id, int *path_known)
{
	*path_known = 0;
	for (size_t i = 0; i < ARRAY_SIZE(routes); i++) {
		int64_t v = 0;
		if (!match(routes[i].pattern, path, &v))
			continue;
		*path_known = 1;
		if (!strcmp(routes[i].method, method)) {
			*id = v;
			return &routes[i];
		}
	}
	return NULL;
}
