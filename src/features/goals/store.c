/* SPDX-License-Identifier: MIT */
/*
 * store.c: goals and their progress in the vault, as records of kind
 * "goal" and "goal_log" (see goals.h). No SQL here: the record layer
 * stores and seals; this file maps fields, and, because bodies may be
 * encrypted, finds and joins in memory (a person has tens of goals, not
 * millions). Progress entries name their goal by uid, which survives
 * export and import where numeric ids do not.
 */
#include <ctype.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "goals.h"
#include "vault/record.h"
#include "vault/vault.h"

/* ---- goals <-> records ---- */

static void goal_to_record(const struct goal *g, struct record *r)
{
	record_init(r);
	r->id = g->id;
	snprintf(r->kind, sizeof(r->kind), "%s", GOAL_KIND);
	if (g->start.date.y)
		wdate_format(g->start.date, r->day);
	r->minute = g->start.minute;
	r->utc_offset = g->start.utc_offset;
	r->data = goal_to_data(g);
}

static int goal_from_record(const struct record *r, struct goal *g, struct err *err)
{
	goal_init(g);
	g->id = r->id;
	memcpy(g->uid, r->uid, sizeof(g->uid));
	g->created = r->created;
	g->updated = r->updated;
	g->start.minute = r->minute;
	g->start.utc_offset = r->utc_offset;
	/* an imported record may have no date: then it was set when written */
	if (!r->day[0])
		wlocal_from_time(r->created, &g->start);
	if ((r->day[0] && wdate_parse(r->day, &g->start.date, err, "date")) ||
	    goal_from_data(r->data, g, err)) {
		err_prefix(err, "goal %lld: ", (long long)r->id);
		goal_release(g);
		return -1;
	}
	return 0;
}

static void entry_to_record(const struct goal_entry *e, struct record *r)
{
	record_init(r);
	r->id = e->id;
	snprintf(r->kind, sizeof(r->kind), "%s", GOAL_LOG_KIND);
	wdate_format(e->when.date, r->day);
	r->minute = e->when.minute;
	r->utc_offset = e->when.utc_offset;
	r->data = goal_entry_to_data(e);
}

static int entry_from_record(const struct record *r, struct goal_entry *e,
			     struct err *err)
{
	goal_entry_init(e);
	e->id = r->id;
	memcpy(e->uid, r->uid, sizeof(e->uid));
	e->created = r->created;
	e->updated = r->updated;
	e->when.minute = r->minute;
	e->when.utc_offset = r->utc_offset;
	/* an imported record may have no date or time: it counts when written */
	if (!r->day[0] || r->minute < 0)
		wlocal_from_time(r->created, &e->when);
	if ((r->day[0] && wdate_parse(r->day, &e->when.date, err, "date")) ||
	    goal_entry_from_data(r->data, e, err)) {
		err_prefix(err, "goal progress %lld: ", (long long)r->id);
		goal_entry_release(e);
		return -1;
	}
	return 0;
}

/* ---- goals ---- */

int goals_add(struct waymark *wm, struct goal *g, struct err *err)
{
	struct record r;
	int rc;

	if (!g->start.date.y)
		wlocal_from_time(wnow(), &g->start);
	if (goal_validate(g, err))
		return -1;
	goal_to_record(g, &r);
	r.id = 0;
	rc = record_insert(wm, &r, err);
	if (!rc) {
		g->id = r.id;
		memcpy(g->uid, r.uid, sizeof(g->uid));
		g->created = r.created;
		g->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

int goals_update(struct waymark *wm, struct goal *g, struct err *err)
{
	struct record r;
	int rc;

	if (goal_validate(g, err))
		return -1;
	goal_to_record(g, &r);
	rc = record_update(wm, &r, 0, err);
	if (!rc)
		g->updated = r.updated;
	record_release(&r);
	return rc;
}

int goals_get(struct waymark *wm, int64_t id, struct goal *out, struct err *err)
{
	struct record r;
	int rc = record_get(wm, id, GOAL_KIND, &r, err);

	goal_init(out);
	if (rc)
		return rc;
	rc = goal_from_record(&r, out, err);
	record_release(&r);
	return rc;
}

struct list_ctx {
	struct goal_list *out;
	size_t alloc;
};

static int collect_goal(const struct record *r, void *vctx, struct err *err)
{
	struct list_ctx *ctx = vctx;
	struct goal g;

	if (goal_from_record(r, &g, err))
		return -1;
	if (ctx->out->n == ctx->alloc) {
		ctx->alloc = ctx->alloc ? ctx->alloc * 2 : 16;
		ctx->out->items = xrealloc(ctx->out->items, ctx->alloc * sizeof(g));
	}
	ctx->out->items[ctx->out->n++] = g;
	return 0;
}

int goals_list(struct waymark *wm, struct goal_list *out, struct err *err)
{
	struct record_query q = { 0 };
	struct list_ctx ctx = { out, 0 };

	out->items = NULL;
	out->n = 0;
	q.kind = GOAL_KIND;
	if (record_each(wm, &q, collect_goal, &ctx, err)) {
		goal_list_release(out);
		return -1;
	}
	return 0;
}

/* A goal number: digits, perhaps after '#'. 0 if ref is not one. */
static int64_t goal_number(const char *ref)
{
	int64_t v = 0;
	const char *p = ref;

	if (*p == '#')
		p++;
	if (!*p)
		return 0;
	for (; *p; p++) {
		if (!isdigit((unsigned char)*p) || v > INT64_MAX / 10 - 10)
			return 0;
		v = v * 10 + (*p - '0');
	}
	return v;
}

int goals_find(struct waymark *wm, const char *ref, struct goal *out,
	       struct err *err)
{
	struct goal_list all;
	struct buf names = BUF_INIT;
	size_t found = 0, which = 0;
	int64_t id = goal_number(ref);
	char *words;

	goal_init(out);
	if (id > 0)
		return goals_get(wm, id, out, err);
	words = text_trimmed(ref);
	if (!*words) {
		free(words);
		return 1;
	}
	if (goals_list(wm, &all, err)) {
		free(words);
		return -1;
	}
	for (size_t i = 0; i < all.n; i++) {
		if (!text_contains_fold(all.items[i].title, words))
			continue;
		if (found < 4)
			buf_addf(&names, "%s%lld (%s)", found ? ", " : "",
				 (long long)all.items[i].id, all.items[i].title);
		found++;
		which = i;
	}
	free(words);
	if (found == 1) {
		*out = all.items[which];
		goal_init(&all.items[which]);
	}
	goal_list_release(&all);
	if (found > 1) {
		err_input(err, "goal",
			  _("'%s' fits more than one goal: %s%s; please give its number"),
			  ref, names.data, found > 4 ? ", ..." : "");
		buf_release(&names);
		return -1;
	}
	buf_release(&names);
	return found ? 0 : 1;
}

/* ---- progress entries ---- */

int goals_log_add(struct waymark *wm, struct goal_entry *e, struct wdate today,
		  struct err *err)
{
	struct record r;
	int rc;

	if (goal_entry_validate(e, today, err))
		return -1;
	entry_to_record(e, &r);
	r.id = 0;
	rc = record_insert(wm, &r, err);
	if (!rc) {
		e->id = r.id;
		memcpy(e->uid, r.uid, sizeof(e->uid));
		e->created = r.created;
		e->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

struct entries_ctx {
	const char *goal_uid;        /* one goal, or NULL */
	char **uids;                 /* or any of these goals */
	size_t nuids;
	struct goal_entry_list *out;
};

static int collect_entry(const struct record *r, void *vctx, struct err *err)
{
	struct entries_ctx *ctx = vctx;
	struct goal_entry e;
	int keep = !ctx->goal_uid && !ctx->uids;

	if (entry_from_record(r, &e, err))
		return -1;
	if (ctx->goal_uid && !strcmp(e.goal_uid, ctx->goal_uid))
		keep = 1;
	for (size_t i = 0; i < ctx->nuids && !keep; i++)
		keep = !strcmp(e.goal_uid, ctx->uids[i]);
	if (keep)
		goal_entry_list_push(ctx->out, &e);
	goal_entry_release(&e);
	return 0;
}

static int each_entry(struct waymark *wm, struct entries_ctx *ctx,
		      const char *day, struct err *err)
{
	struct record_query q = { 0 };

	ctx->out->items = NULL;
	ctx->out->n = 0;
	q.kind = GOAL_LOG_KIND;
	q.from = day;
	q.to = day;
	if (record_each(wm, &q, collect_entry, ctx, err)) {
		goal_entry_list_release(ctx->out);
		return -1;
	}
	return 0;
}

int goals_entries(struct waymark *wm, const char *goal_uid,
		  struct goal_entry_list *out, struct err *err)
{
	struct entries_ctx ctx = { goal_uid, NULL, 0, out };

	return each_entry(wm, &ctx, NULL, err);
}

int goals_history(struct waymark *wm, const struct goal *g,
		  struct goal_entry_list *out, struct err *err)
{
	struct goal_list all;
	char **uids = NULL;
	size_t n = 0;
	int rc;

	out->items = NULL;
	out->n = 0;
	if (goals_list(wm, &all, err))
		return -1;
	for (size_t i = 0; i < all.n; i++) {
		const struct goal *o = &all.items[i];
		int same = g->uid[0] && !strcmp(o->uid, g->uid);
		if (!same && g->area && o->area && text_eq_fold(g->area, o->area))
			same = 1;
		if (same) {
			uids = xrealloc(uids, (n + 1) * sizeof(*uids));
			uids[n++] = xstrdup(o->uid);
		}
	}
	goal_list_release(&all);
	if (!n)
		return 0;
	{
		struct entries_ctx ctx = { NULL, uids, n, out };
		rc = each_entry(wm, &ctx, NULL, err);
	}
	text_free_list(uids, n);
	return rc;
}

long goals_best_so_far(struct waymark *wm, const struct goal *g)
{
	struct goal_entry_list hist;
	struct err err = ERR_INIT;
	long best;

	if (!g->target.count || goals_history(wm, g, &hist, &err))
		return -1;
	best = goal_best_period(hist.items, hist.n, g->target.per);
	goal_entry_list_release(&hist);
	return best;
}

int goals_progress(struct waymark *wm, const struct goal *g, struct wdate today,
		   struct goal_progress *p, struct err *err)
{
	struct goal_entry_list l;

	goal_progress_init(p);
	if (goals_entries(wm, g->uid, &l, err))
		return -1;
	goal_progress_compute(g, l.items, l.n, today, p);
	goal_entry_list_release(&l);
	return 0;
}

int goals_due(struct waymark *wm, struct wdate today, struct goal_due_list *out,
	      struct err *err)
{
	struct goal_list all;
	struct goal_entry_list entries;

	out->items = NULL;
	out->n = 0;
	if (goals_list(wm, &all, err))
		return -1;
	if (goals_entries(wm, NULL, &entries, err)) {
		goal_list_release(&all);
		return -1;
	}
	for (size_t i = 0; i < all.n; i++) {
		struct goal_progress p;
		if (all.items[i].state != GOAL_ACTIVE)
			continue;
		goal_progress_compute(&all.items[i], entries.items, entries.n, today, &p);
		goal_due_items(&all.items[i], &p, today, out);
		goal_progress_release(&p);
	}
	/* today's items first, keeping each goal's order (a stable sort) */
	for (size_t i = 1; i < out->n; i++) {
		for (size_t j = i; j > 0 && out->items[j].today && !out->items[j - 1].today; j--) {
			struct goal_due t = out->items[j];
			out->items[j] = out->items[j - 1];
			out->items[j - 1] = t;
		}
	}
	goal_entry_list_release(&entries);
	goal_list_release(&all);
	return 0;
}

static struct goal_event *add_event(struct goal_event_list *l, const struct goal *g,
				    enum goal_event_kind kind)
{
	struct goal_event *ev;

	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	ev = &l->items[l->n++];
	memset(ev, 0, sizeof(*ev));
	ev->kind = kind;
	ev->goal_id = g->id;
	ev->title = xstrdup(g->title);
	ev->minute = -1;
	return ev;
}

int goals_events_for_day(struct waymark *wm, struct wdate day,
			 struct goal_event_list *out, struct err *err)
{
	struct goal_list all;
	struct goal_entry_list entries;
	struct entries_ctx ctx = { NULL, NULL, 0, &entries };
	char d[11];

	out->items = NULL;
	out->n = 0;
	wdate_format(day, d);
	if (goals_list(wm, &all, err))
		return -1;
	if (each_entry(wm, &ctx, d, err)) {
		goal_list_release(&all);
		return -1;
	}
	for (size_t i = 0; i < entries.n; i++) {
		const struct goal_entry *e = &entries.items[i];
		for (size_t k = 0; k < all.n; k++) {
			struct goal_event *ev;
			if (strcmp(all.items[k].uid, e->goal_uid))
				continue;
			ev = add_event(out, &all.items[k], GOAL_EVENT_PROGRESS);
			ev->text = e->note ? xstrdup(e->note) : NULL;
			ev->count = e->count;
			ev->what = all.items[k].target.what ? xstrdup(all.items[k].target.what) : NULL;
			ev->minute = e->when.minute;
			break;
		}
	}
	for (size_t k = 0; k < all.n; k++) {
		const struct goal *g = &all.items[k];
		for (size_t s = 0; s < g->nsteps; s++) {
			if (!wdate_cmp(g->steps[s].done, day))
				add_event(out, g, GOAL_EVENT_STEP_DONE)->text = xstrdup(g->steps[s].text);
		}
	}
	for (size_t k = 0; k < all.n; k++)
		if (all.items[k].state == GOAL_DONE && !wdate_cmp(all.items[k].ended, day))
			add_event(out, &all.items[k], GOAL_EVENT_GOAL_DONE);
	goal_entry_list_release(&entries);
	goal_list_release(&all);
	return 0;
}

int goals_ics(struct waymark *wm, struct buf *out, struct err *err)
{
	struct goal_list all;
	int rc;

	if (goals_list(wm, &all, err))
		return -1;
	rc = goal_ics_build(all.items, all.n, wnow(), out, err);
	goal_list_release(&all);
	return rc;
}
