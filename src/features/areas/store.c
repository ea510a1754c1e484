/* SPDX-License-Identifier: MIT */
/*
 * store.c: life areas in the vault (see areas.h), as records of kinds
 * "area-set", "area-rating" and "area-focus". No SQL here: the record layer
 * stores and seals; this file maps structs to records. Bodies may be
 * encrypted, so lookups read the records and choose in memory.
 */
#include "areas.h"
#include "core/xalloc.h"
#include "vault/record.h"
#include "vault/vault.h"

/* ---- the person's changes to a set ---- */

struct set_ctx {
	const char *set;
	struct record found; /* the newest changes for the set, if any */
};

/* Keeps the most recently updated "area-set" record for the set: an
 * import can bring a second one from another vault, and the newer wins. */
static int pick_set(const struct record *r, void *vctx, struct err *err)
{
	struct set_ctx *ctx = vctx;
	const char *set = json_string_value(json_object_get(r->data, "set"));

	(void)err;
	if (!set || strcmp(set, ctx->set))
		return 0;
	if (ctx->found.id && ctx->found.updated > r->updated)
		return 0;
	record_release(&ctx->found);
	ctx->found = *r;
	ctx->found.data = json_incref(r->data);
	return 0;
}

static int find_set_record(struct waymark *wm, const char *set, struct record *out,
			   struct err *err)
{
	struct record_query q = { 0 };
	struct set_ctx ctx;

	ctx.set = set;
	record_init(&ctx.found);
	q.kind = AREAS_SET_KIND;
	if (record_each(wm, &q, pick_set, &ctx, err)) {
		record_release(&ctx.found);
		return -1;
	}
	*out = ctx.found;
	return 0;
}

int areas_get_set(struct waymark *wm, const char *set_id, struct area_set *out,
		  struct err *err)
{
	struct record r;

	if (area_set_load(set_id, out, err))
		return -1;
	if (find_set_record(wm, out->id, &r, err)) {
		area_set_release(out);
		return -1;
	}
	if (r.id && area_set_apply(out, r.data, err)) {
		err_prefix(err, "your changes to the areas (record %lld) cannot be read: ",
			   (long long)r.id);
		record_release(&r);
		area_set_release(out);
		return -1;
	}
	record_release(&r);
	return 0;
}

int areas_save_set(struct waymark *wm, const struct area_set *s, struct err *err)
{
	struct area_set shipped;
	struct record r, old;
	int rc;

	if (area_set_load(s->id, &shipped, err))
		return -1;
	if (find_set_record(wm, s->id, &old, err)) {
		area_set_release(&shipped);
		return -1;
	}
	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", AREAS_SET_KIND);
	r.data = area_set_changes(s, &shipped);
	area_set_release(&shipped);
	if (old.id) {
		r.id = old.id;
		rc = record_update(wm, &r, 0, err);
		if (rc > 0)
			rc = err_set(err, "the record of your areas vanished while saving");
	} else {
		rc = record_insert(wm, &r, err);
	}
	record_release(&old);
	record_release(&r);
	return rc;
}

/* ---- ratings ---- */

static int rating_from_record(const struct record *r, struct area_rating *out,
			      struct err *err)
{
	area_rating_init(out);
	out->id = r->id;
	memcpy(out->uid, r->uid, sizeof(out->uid));
	out->created = r->created;
	out->updated = r->updated;
	out->when.minute = r->minute;
	out->when.utc_offset = r->utc_offset;
	if (wdate_parse(r->day, &out->when.date, err, "date") ||
	    area_rating_from_data(r->data, out, err)) {
		err_prefix(err, "rating %lld: ", (long long)r->id);
		area_rating_release(out);
		return -1;
	}
	return 0;
}

int areas_add_rating(struct waymark *wm, struct area_rating *rt, struct err *err)
{
	struct record r;
	int rc;

	if (area_rating_validate(rt, err))
		return -1;
	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", AREAS_RATING_KIND);
	wdate_format(rt->when.date, r.day);
	r.minute = rt->when.minute;
	r.utc_offset = rt->when.utc_offset;
	r.data = area_rating_to_data(rt);
	rc = record_insert(wm, &r, err);
	if (!rc) {
		rt->id = r.id;
		memcpy(rt->uid, r.uid, sizeof(rt->uid));
		rt->created = r.created;
		rt->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

struct list_ctx {
	const char *set;
	struct area_rating_list *out;
	size_t alloc;
};

static int collect(const struct record *r, void *vctx, struct err *err)
{
	struct list_ctx *ctx = vctx;
	struct area_rating rt;

	if (rating_from_record(r, &rt, err))
		return -1;
	if (ctx->set && strcmp(rt.set, ctx->set)) {
		area_rating_release(&rt);
		return 0;
	}
	if (ctx->out->n == ctx->alloc) {
		ctx->alloc = ctx->alloc ? ctx->alloc * 2 : 16;
		ctx->out->items = xrealloc(ctx->out->items, ctx->alloc * sizeof(rt));
	}
	ctx->out->items[ctx->out->n++] = rt;
	return 0;
}

int areas_list_ratings(struct waymark *wm, const char *set_id,
		       struct area_rating_list *out, struct err *err)
{
	struct record_query q = { 0 };
	struct list_ctx ctx = { set_id, out, 0 };

	out->items = NULL;
	out->n = 0;
	q.kind = AREAS_RATING_KIND;
	if (record_each(wm, &q, collect, &ctx, err)) {
		area_rating_list_release(out);
		return -1;
	}
	return 0;
}

int areas_get_rating(struct waymark *wm, int64_t id, struct area_rating *out,
		     struct err *err)
{
	struct record r;
	int rc = record_get(wm, id, AREAS_RATING_KIND, &r, err);

	area_rating_init(out);
	if (rc)
		return rc;
	rc = rating_from_record(&r, out, err);
	record_release(&r);
	return rc;
}

/* ---- focus ---- */

int areas_add_focus(struct waymark *wm, struct area_focus *f, struct err *err)
{
	struct record r;
	int rc;

	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", AREAS_FOCUS_KIND);
	wdate_format(f->when.date, r.day);
	r.minute = f->when.minute;
	r.utc_offset = f->when.utc_offset;
	r.data = area_focus_to_data(f);
	rc = record_insert(wm, &r, err);
	if (!rc) {
		f->id = r.id;
		memcpy(f->uid, r.uid, sizeof(f->uid));
		f->created = r.created;
		f->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

static int first_record(const struct record *r, void *vctx, struct err *err)
{
	struct record *out = vctx;

	(void)err;
	*out = *r;
	out->data = json_incref(r->data);
	return 1;
}

int areas_get_focus(struct waymark *wm, struct area_focus *out, struct err *err)
{
	struct record_query q = { 0 };
	struct record r;
	int rc;

	area_focus_init(out);
	record_init(&r);
	q.kind = AREAS_FOCUS_KIND;
	q.newest_first = 1;
	q.limit = 1;
	if (record_each(wm, &q, first_record, &r, err))
		return -1;
	if (!r.id)
		return 1;
	out->id = r.id;
	memcpy(out->uid, r.uid, sizeof(out->uid));
	out->created = r.created;
	out->updated = r.updated;
	out->when.minute = r.minute;
	out->when.utc_offset = r.utc_offset;
	rc = wdate_parse(r.day, &out->when.date, err, "date") ||
	     area_focus_from_data(r.data, out, err) ? -1 : 0;
	if (rc) {
		err_prefix(err, "focus %lld: ", (long long)r.id);
		area_focus_release(out);
	}
	record_release(&r);
	return rc;
}
