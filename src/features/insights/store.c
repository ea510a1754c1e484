/* SPDX-License-Identifier: MIT */
/*
 * store.c: gathers what the insights need from the vault, through the
 * diary's and the plan's public headers, and hands it to model.c.
 */
#include "core/text.h"
#include "core/xalloc.h"
#include "core/wtime.h"
#include "features/plan/plan.h"
#include "insights.h"

int insights_gather(struct waymark *wm, int days, struct insights *out,
		    struct err *err)
{
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct tracker_list defs;
	struct wlocal now;
	char from[11];
	char **triggers = NULL, **warnings = NULL;
	size_t ntriggers = 0, nwarnings = 0;
	struct plan plan;
	int rc;

	insights_init(out);
	wlocal_from_time(wnow(), &now);
	if (days > 0) {
		/* the window, and the early warning's baseline before it */
		int back = days > INSIGHTS_EW_LAG + INSIGHTS_EW_BASE_DAYS
			   ? days : INSIGHTS_EW_LAG + INSIGHTS_EW_BASE_DAYS;
		wdate_format(wdate_add_days(now.date, -back), from);
		q.from = from;
	}
	q.oldest_first = 1;
	if (diary_list(wm, &q, &l, err))
		return -1;
	if (diary_trackers(wm, 1, &defs, err) ||
	    plan_triggers(wm, &triggers, &ntriggers, err) ||
	    plan_warning_signs(wm, &warnings, &nwarnings, err)) {
		checkin_list_release(&l);
		tracker_list_release(&defs);
		text_free_list(triggers, ntriggers);
		return -1;
	}
	insights_compute(&l, &defs, now.date, days, triggers, ntriggers, warnings, nwarnings, out);
	/* the plan's own early-warning actions, for the gentle note */
	rc = plan_get(wm, &plan, err);
	if (rc == 0) {
		for (size_t i = 0; i < plan.nitems[PLAN_WARNING_ACTIONS]; i++) {
			out->ew_actions = xrealloc(out->ew_actions, (out->new_actions + 1) * sizeof(char *));
			out->ew_actions[out->new_actions++] = xstrdup(plan.items[PLAN_WARNING_ACTIONS][i]);
		}
	}
	plan_release(&plan);
	checkin_list_release(&l);
	tracker_list_release(&defs);
	text_free_list(triggers, ntriggers);
	text_free_list(warnings, nwarnings);
	return rc < 0 ? -1 : 0;
}
