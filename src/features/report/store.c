/* SPDX-License-Identifier: MIT */
/*
 * store.c: the questions to ask, one record of kind "report-question"
 * each, dated when written; and gathering a report, which reads the other
 * features through their own store functions, and only for the sections
 * chosen. No SQL here: the record layer and the other features do that.
 */
#include "core/i18n.h"
#include "core/xalloc.h"
#include "report_int.h"
#include "vault/record.h"
#include "vault/vault.h"

/* ---- questions ---- */

static int from_record(const struct record *r, struct report_question *q, struct err *err)
{
	report_question_init(q);
	q->id = r->id;
	memcpy(q->uid, r->uid, sizeof(q->uid));
	q->created = r->created;
	q->updated = r->updated;
	q->when.minute = r->minute;
	q->when.utc_offset = r->utc_offset;
	if (wdate_parse(r->day, &q->when.date, err, "date") ||
	    report_question_from_data(r->data, q, err)) {
		err_prefix(err, "question %lld: ", (long long)r->id);
		report_question_release(q);
		return -1;
	}
	return 0;
}

static int collect(const struct record *r, void *ctx, struct err *err)
{
	struct report_question_list *l = ctx;
	struct report_question q;

	if (from_record(r, &q, err))
		return -1;
	l->items = xrealloc(l->items, (l->n + 1) * sizeof(q));
	l->items[l->n++] = q;
	return 0;
}

int report_questions_list(struct waymark *wm, struct report_question_list *out,
			  struct err *err)
{
	struct record_query q = { 0 };

	out->items = NULL;
	out->n = 0;
	q.kind = REPORT_QUESTION_KIND;
	if (record_each(wm, &q, collect, out, err)) {
		report_question_list_release(out);
		return -1;
	}
	return 0;
}

int report_question_add(struct waymark *wm, struct report_question *q,
			struct err *err)
{
	struct report_question_list l;
	struct record r;
	int rc;

	if (!q->text)
		BUG("a question without words");
	if (report_questions_list(wm, &l, err))
		return -1;
	rc = l.n >= REPORT_QUESTIONS_MAX;
	report_question_list_release(&l);
	if (rc)
		return err_input(err, "question",
				 _("you have %d questions already, which is as many as Waymark keeps; "
				   "perhaps remove one you have asked"), REPORT_QUESTIONS_MAX);
	wlocal_from_time(wnow(), &q->when);
	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", REPORT_QUESTION_KIND);
	wdate_format(q->when.date, r.day);
	r.minute = q->when.minute;
	r.utc_offset = q->when.utc_offset;
	r.data = report_question_to_data(q);
	rc = record_insert(wm, &r, err);
	if (!rc) {
		q->id = r.id;
		memcpy(q->uid, r.uid, sizeof(q->uid));
		q->created = r.created;
		q->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

int report_question_delete(struct waymark *wm, int64_t id, struct err *err)
{
	return record_delete(wm, id, REPORT_QUESTION_KIND, err);
}

int report_question_trash(struct waymark *wm, int64_t id, struct err *err)
{
	return record_trash(wm, id, REPORT_QUESTION_KIND, err);
}

int report_question_untrash(struct waymark *wm, int64_t id, struct err *err)
{
	return record_untrash(wm, id, REPORT_QUESTION_KIND, err);
}

/* ---- gathering a report ---- */

static int load_checkins(struct waymark *wm, struct report *r, struct err *err)
{
	struct diary_query q = { 0 };
	struct checkin_list l;
	char from[11], to[11];
	int rc = 0;

	/* six days more, so the first 7-day averages are whole */
	wdate_format(wdate_add_days(r->period.from, (r->mask & (REPORT_BIT(REPORT_MOOD) |
		REPORT_BIT(REPORT_SLEEP))) ? -6 : 0), from);
	wdate_format(r->period.to, to);
	q.from = from;
	q.to = to;
	q.oldest_first = 1;
	if (diary_list(wm, &q, &l, err))
		return -1;
	if (r->mask & (REPORT_BIT(REPORT_MOOD) | REPORT_BIT(REPORT_SLEEP)))
		report_fill_days(r, &l);
	if (r->mask & REPORT_BIT(REPORT_NOTES)) {
		report_take_notes(r, &l);
		rc = diary_trackers(wm, 1, &r->trackers, err);
	}
	checkin_list_release(&l);
	return rc;
}

static int load_measures(struct waymark *wm, struct report *r, struct err *err)
{
	if (measure_catalog_load(&r->catalog, NULL, err) ||
	    measures_list(wm, NULL, &r->responses, err))
		return -1;
	report_fill_measures(r);
	return 0;
}

static int load_areas(struct waymark *wm, struct report *r, struct err *err)
{
	int rc;

	if (areas_list_ratings(wm, NULL, &r->ratings, err))
		return -1;
	/* the sets rated in the period, in the order first rated */
	for (size_t i = 0; i < r->ratings.n; i++) {
		const struct area_rating *rt = &r->ratings.items[i];
		int seen = 0;
		if (!report_in_period(r, rt->when.date))
			continue;
		for (size_t k = 0; k < r->nareas && !seen; k++)
			seen = !strcmp(r->areas[k].set.id, rt->set);
		if (seen)
			continue;
		r->areas = xrealloc(r->areas, (r->nareas + 1) * sizeof(*r->areas));
		memset(&r->areas[r->nareas], 0, sizeof(*r->areas));
		area_set_init(&r->areas[r->nareas].set);
		if (areas_get_set(wm, rt->set, &r->areas[r->nareas].set, err)) {
			area_set_release(&r->areas[r->nareas].set);
			return -1;
		}
		r->nareas++;
	}
	report_fill_areas(r);
	rc = areas_get_focus(wm, &r->focus, err);
	if (rc < 0)
		return -1;
	r->has_focus = rc == 0;
	return 0;
}

static int load_goals(struct waymark *wm, struct report *r, struct err *err)
{
	if (goals_list(wm, &r->goals, err) || goals_entries(wm, NULL, &r->entries, err))
		return -1;
	report_fill_goals(r);
	return 0;
}

static int load_plan(struct waymark *wm, struct report *r, struct err *err)
{
	struct wlocal changed;
	int rc = plan_get(wm, &r->plan, err);

	if (rc < 0)
		return -1;
	r->has_plan = rc == 0 && !plan_is_empty(&r->plan);
	if (r->has_plan) {
		wlocal_from_time(r->plan.updated, &changed);
		r->plan_changed = changed.date;
	}
	return 0;
}

int report_build(struct waymark *wm, const struct report_period *p,
		 unsigned mask, time_t made, struct report **out,
		 struct err *err)
{
	struct report *r = xmalloc(sizeof(*r));
	int rc = 0;

	report_init(r, p, mask, made);
	if (mask & (REPORT_BIT(REPORT_MOOD) | REPORT_BIT(REPORT_SLEEP) | REPORT_BIT(REPORT_NOTES)))
		rc = load_checkins(wm, r, err);
	if (!rc && (mask & REPORT_BIT(REPORT_MEASURES)))
		rc = load_measures(wm, r, err);
	if (!rc && (mask & REPORT_BIT(REPORT_AREAS)))
		rc = load_areas(wm, r, err);
	if (!rc && (mask & REPORT_BIT(REPORT_GOALS)))
		rc = load_goals(wm, r, err);
	if (!rc && (mask & REPORT_BIT(REPORT_PLAN)))
		rc = load_plan(wm, r, err);
	if (!rc && (mask & REPORT_BIT(REPORT_QUESTIONS)))
		rc = report_questions_list(wm, &r->questions, err);
	if (rc) {
		report_free(r);
		return -1;
	}
	*out = r;
	return 0;
}
