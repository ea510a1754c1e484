/* SPDX-License-Identifier: MIT */
/*
 * store.c: measure responses in the vault, as records of kind "measure"
 * (see measures.h). No SQL here: the record layer stores and seals; this
 * file maps responses to records. Stored responses are read back without
 * their definition (it may have been removed since), so they are checked
 * for shape only; the definition checks happen when they are saved or
 * imported.
 */
#include "core/xalloc.h"
#include "measures.h"
#include "vault/record.h"
#include "vault/vault.h"

int measures_add(struct waymark *wm, struct measure_response *mr, struct err *err)
{
	struct record r;
	struct wlocal now;
	int rc;

	wlocal_from_time(wnow(), &now);
	if (!mr->measure || !wdate_valid(mr->when.date.y, mr->when.date.m, mr->when.date.d) ||
	    wdate_cmp(mr->when.date, now.date) > 0)
		BUG("a measure response needs its measure and a date up to today");
	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", MEASURES_KIND);
	wdate_format(mr->when.date, r.day);
	r.minute = mr->when.minute;
	r.utc_offset = mr->when.utc_offset;
	r.data = measure_response_to_data(mr);
	rc = record_insert(wm, &r, err);
	if (!rc) {
		mr->id = r.id;
		memcpy(mr->uid, r.uid, sizeof(mr->uid));
		mr->created = r.created;
		mr->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

struct list_ctx {
	const char *measure;
	struct measure_response_list *out;
	size_t alloc;
};

static int collect(const struct record *r, void *vctx, struct err *err)
{
	struct list_ctx *ctx = vctx;
	struct measure_response mr;

	measure_response_init(&mr);
	mr.id = r->id;
	memcpy(mr.uid, r->uid, sizeof(mr.uid));
	mr.created = r->created;
	mr.updated = r->updated;
	mr.when.minute = r->minute;
	mr.when.utc_offset = r->utc_offset;
	if (wdate_parse(r->day, &mr.when.date, err, "date") ||
	    measure_response_from_data(r->data, NULL, &mr, err)) {
		err_prefix(err, "measure %lld: ", (long long)r->id);
		measure_response_release(&mr);
		return -1;
	}
	if (ctx->measure && strcmp(mr.measure, ctx->measure)) {
		measure_response_release(&mr);
		return 0;
	}
	if (ctx->out->n == ctx->alloc) {
		ctx->alloc = ctx->alloc ? ctx->alloc * 2 : 16;
		ctx->out->items = xrealloc(ctx->out->items, ctx->alloc * sizeof(mr));
	}
	ctx->out->items[ctx->out->n++] = mr;
	return 0;
}

int measures_list(struct waymark *wm, const char *measure_id,
		  struct measure_response_list *out, struct err *err)
{
	struct record_query q = { 0 };
	struct list_ctx ctx = { measure_id, out, 0 };

	out->items = NULL;
	out->n = 0;
	q.kind = MEASURES_KIND;
	if (record_each(wm, &q, collect, &ctx, err)) {
		measure_response_list_release(out);
		return -1;
	}
	return 0;
}
