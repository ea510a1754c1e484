/* SPDX-License-Identifier: MIT */
/*
 * store.c: check-ins in the vault, as records of kind "checkin" (see
 * diary.h). No SQL here: the record layer stores and seals; this file maps
 * fields and, because bodies may be encrypted, searches in memory.
 */
#include <ctype.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "diary.h"
#include "vault/record.h"
#include "vault/vault.h"

static void to_record(const struct checkin *c, struct record *r)
{
	record_init(r);
	r->id = c->id;
	snprintf(r->kind, sizeof(r->kind), "%s", DIARY_KIND);
	wdate_format(c->when.date, r->day);
	r->minute = c->when.minute;
	r->utc_offset = c->when.utc_offset;
	r->data = checkin_to_data(c);
}

static int from_record(const struct record *r, struct checkin *c, struct err *err)
{
	checkin_init(c);
	c->id = r->id;
	memcpy(c->uid, r->uid, sizeof(c->uid));
	c->created = r->created;
	c->updated = r->updated;
	c->when.minute = r->minute;
	c->when.utc_offset = r->utc_offset;
	if (wdate_parse(r->day, &c->when.date, err, "date") ||
	    checkin_from_data(r->data, c, err)) {
		err_prefix(err, "check-in %lld: ", (long long)r->id);
		checkin_release(c);
		return -1;
	}
	return 0;
}

int diary_add(struct waymark *wm, struct checkin *c, struct err *err)
{
	struct record r;
	int rc;

	if (checkin_validate(c, err))
		return -1;
	to_record(c, &r);
	r.id = 0;
	rc = record_insert(wm, &r, err);
	if (!rc) {
		c->id = r.id;
		memcpy(c->uid, r.uid, sizeof(c->uid));
		c->created = r.created;
		c->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

int diary_update(struct waymark *wm, struct checkin *c, struct err *err)
{
	struct record r;
	int rc;

	if (checkin_validate(c, err))
		return -1;
	to_record(c, &r);
	rc = record_update(wm, &r, 0, err);
	if (!rc)
		c->updated = r.updated;
	record_release(&r);
	return rc;
}

int diary_get(struct waymark *wm, int64_t id, struct checkin *out, struct err *err)
{
	struct record r;
	int rc = record_get(wm, id, DIARY_KIND, &r, err);

	checkin_init(out);
	if (rc)
		return rc;
	rc = from_record(&r, out, err);
	record_release(&r);
	return rc;
}

int diary_delete(struct waymark *wm, int64_t id, struct err *err)
{
	return record_delete(wm, id, DIARY_KIND, err);
}

int diary_trash(struct waymark *wm, int64_t id, struct err *err)
{
	return record_trash(wm, id, DIARY_KIND, err);
}

int diary_untrash(struct waymark *wm, int64_t id, struct err *err)
{
	return record_untrash(wm, id, DIARY_KIND, err);
}

struct list_ctx {
	const struct diary_query *q;
	struct checkin_list *out;
	size_t alloc;
	long skipped;
};

static int collect(const struct record *r, void *vctx, struct err *err)
{
	struct list_ctx *ctx = vctx;
	struct checkin c;

	if (from_record(r, &c, err))
		return -1;
	if (ctx->q->nwords && !checkin_matches(&c, ctx->q->words, ctx->q->nwords)) {
		checkin_release(&c);
		return 0;
	}
	/* with search words, paging applies to the matches */
	if (ctx->q->nwords && ctx->skipped < ctx->q->offset) {
		ctx->skipped++;
		checkin_release(&c);
		return 0;
	}
	if (ctx->out->n == ctx->alloc) {
		ctx->alloc = ctx->alloc ? ctx->alloc * 2 : 16;
		ctx->out->items = xrealloc(ctx->out->items, ctx->alloc * sizeof(c));
	}
	ctx->out->items[ctx->out->n++] = c;
	if (ctx->q->nwords && ctx->q->limit > 0 && (long)ctx->out->n >= ctx->q->limit)
		return 1;
	return 0;
}

int diary_list(struct waymark *wm, const struct diary_query *q,
	       struct checkin_list *out, struct err *err)
{
	struct record_query rq = { 0 };
	struct list_ctx ctx = { q, out, 0, 0 };

	out->items = NULL;
	out->n = 0;
	rq.kind = DIARY_KIND;
	rq.from = q->from;
	rq.to = q->to;
	rq.newest_first = !q->oldest_first;
	if (!q->nwords) {
		rq.limit = q->limit;
		rq.offset = q->offset;
	}
	if (record_each(wm, &rq, collect, &ctx, err)) {
		checkin_list_release(out);
		return -1;
	}
	return 0;
}

struct tag_ctx {
	char ***names;
	long **counts;
	size_t *n;
};

static int count_tags(const struct record *r, void *vctx, struct err *err)
{
	struct tag_ctx *ctx = vctx;
	json_t *tags = json_object_get(r->data, "tags"), *t;
	size_t i;

	(void)err;
	json_array_foreach(tags, i, t) {
		const char *s = json_string_value(t);
		size_t j;
		if (!s)
			continue;
		for (j = 0; j < *ctx->n; j++)
			if (!strcmp((*ctx->names)[j], s))
				break;
		if (j == *ctx->n) {
			*ctx->names = xrealloc(*ctx->names, (j + 1) * sizeof(char *));
			*ctx->counts = xrealloc(*ctx->counts, (j + 1) * sizeof(long));
			(*ctx->names)[j] = xstrdup(s);
			(*ctx->counts)[j] = 0;
			(*ctx->n)++;
		}
		(*ctx->counts)[j]++;
	}
	return 0;
}

int diary_tag_counts(struct waymark *wm, char ***names, long **counts,
		     size_t *n, struct err *err)
{
	struct record_query rq = { 0 };
	struct tag_ctx ctx = { names, counts, n };

	rq.kind = DIARY_KIND;
	if (record_each(wm, &rq, count_tags, &ctx, err))
		return -1;
	/* most used first, then by name: a small insertion sort */
	for (size_t i = 1; i < *n; i++) {
		for (size_t j = i; j > 0; j--) {
			long ca = (*counts)[j - 1], cb = (*counts)[j];
			if (ca > cb || (ca == cb && strcmp((*names)[j - 1], (*names)[j]) <= 0))
				break;
			char *tn = (*names)[j];
			(*names)[j] = (*names)[j - 1];
			(*names)[j - 1] = tn;
			(*counts)[j] = ca;
			(*counts)[j - 1] = cb;
		}
	}
	return 0;
}

static int find_sleep(const struct record *r, void *vctx, struct err *err)
{
	int *found = vctx;
	json_t *s = json_object_get(r->data, "sleep");

	(void)err;
	if (json_object_get(s, "bed")) {
		*found = 1;
		return 1;
	}
	return 0;
}

int diary_day_has_sleep(struct waymark *wm, struct wdate day, struct err *err)
{
	struct record_query rq = { 0 };
	char d[11];
	int found = 0;

	wdate_format(day, d);
	rq.kind = DIARY_KIND;
	rq.from = d;
	rq.to = d;
	if (record_each(wm, &rq, find_sleep, &found, err))
		return -1;
	return found;
}

static int collect_tracker(const struct record *r, void *vctx, struct err *err)
{
	struct tracker_list *l = vctx;
	struct tracker t;

	tracker_init(&t);
	if (tracker_from_data(r->data, &t, err)) {
		tracker_release(&t);
		err_prefix(err, "tracker %lld: ", (long long)r->id);
		return -1;
	}
	t.id = r->id;
	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	l->items[l->n++] = t;
	return 0;
}

int diary_trackers(struct waymark *wm, int all, struct tracker_list *out,
		   struct err *err)
{
	struct record_query q = { 0 };
	struct tracker_list l = { NULL, 0 };
	size_t kept = 0;

	q.kind = TRACKER_KIND;
	out->items = NULL;
	out->n = 0;
	if (record_each(wm, &q, collect_tracker, &l, err)) {
		tracker_list_release(&l);
		return -1;
	}
	for (size_t i = 0; i < l.n; i++) {
		if (!all && l.items[i].retired)
			tracker_release(&l.items[i]);
		else
			l.items[kept++] = l.items[i];
	}
	l.n = kept;
	*out = l;
	return 0;
}

/* Refuses a name another tracker (not t itself) already has. */
static int name_free(const struct tracker_list *all, const struct tracker *t,
		     struct err *err)
{
	for (size_t i = 0; i < all->n; i++)
		if (all->items[i].id != t->id && text_eq_fold(all->items[i].name, t->name))
			return err_input(err, "name", _("you already have a tracker called '%s'"),
					 all->items[i].name);
	return 0;
}

int diary_tracker_add(struct waymark *wm, struct tracker *t, struct err *err)
{
	struct tracker_list all;
	struct record r;
	struct buf base = BUF_INIT;
	int rc, dash = 1;

	if (tracker_validate(t, err) || diary_trackers(wm, 1, &all, err))
		return -1;
	if (name_free(&all, t, err) ||
	    (all.n >= TRACKERS_MAX &&
	     err_input(err, "name", _("you can have up to %d trackers; retire one you no longer use"), TRACKERS_MAX))) {
		tracker_list_release(&all);
		return -1;
	}
	/* the key: the name's letters and digits, made unique */
	for (const char *p = t->name; *p && base.len < 30; p++) {
		unsigned char ch = (unsigned char)*p;
		if (isalnum(ch) && ch < 0x80) {
			buf_addch(&base, (char)tolower(ch));
			dash = 0;
		} else if (!dash) {
			buf_addch(&base, '-');
			dash = 1;
		}
	}
	while (base.len && base.data[base.len - 1] == '-')
		buf_setlen(&base, base.len - 1);
	if (!base.len)
		buf_adds(&base, "tracker");
	snprintf(t->key, sizeof(t->key), "%s", base.data);
	for (int n = 2; tracker_find(&all, t->key) && n < 1000; n++)
		snprintf(t->key, sizeof(t->key), "%s-%d", base.data, n);
	buf_release(&base);
	tracker_list_release(&all);

	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", TRACKER_KIND);
	r.data = tracker_to_data(t);
	rc = record_insert(wm, &r, err);
	t->id = r.id;
	record_release(&r);
	return rc;
}

int diary_tracker_update(struct waymark *wm, struct tracker *t, struct err *err)
{
	struct tracker_list all;
	struct record r;
	int rc;

	if (tracker_validate(t, err) || diary_trackers(wm, 1, &all, err))
		return -1;
	rc = name_free(&all, t, err);
	tracker_list_release(&all);
	if (rc)
		return -1;
	record_init(&r);
	r.id = t->id;
	snprintf(r.kind, sizeof(r.kind), "%s", TRACKER_KIND);
	r.data = tracker_to_data(t);
	rc = record_update(wm, &r, 0, err);
	record_release(&r);
	return rc;
}
