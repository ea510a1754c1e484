/* SPDX-License-Identifier: MIT */
/*
 * store.c: the plan in the vault: one record of kind "plan", with no date
 * (see plan.h). No SQL here: the record layer stores and seals.
 */
#include "core/text.h"
#include "core/xalloc.h"
#include "plan.h"
#include "vault/record.h"
#include "vault/vault.h"

struct pick {
	struct plan *out;
	int found;
};

/* Keeps the plan updated last (a second one can only come from an import
 * of another vault's file). */
static int pick_latest(const struct record *r, void *ctx, struct err *err)
{
	struct pick *pk = ctx;
	struct plan p;

	if (pk->found && r->updated < pk->out->updated)
		return 0;
	plan_init(&p);
	if (plan_from_data(r->data, &p, err)) {
		err_prefix(err, "plan %lld: ", (long long)r->id);
		plan_release(&p);
		return -1;
	}
	p.id = r->id;
	memcpy(p.uid, r->uid, sizeof(p.uid));
	p.created = r->created;
	p.updated = r->updated;
	plan_release(pk->out);
	*pk->out = p;
	pk->found = 1;
	return 0;
}

int plan_get(struct waymark *wm, struct plan *out, struct err *err)
{
	struct record_query q = { 0 };
	struct pick pk = { out, 0 };

	plan_init(out);
	q.kind = PLAN_KIND;
	if (record_each(wm, &q, pick_latest, &pk, err)) {
		plan_release(out);
		return -1;
	}
	return pk.found ? 0 : 1;
}

int plan_save(struct waymark *wm, struct plan *p, struct err *err)
{
	struct record r;
	int rc;

	record_init(&r);
	r.id = p->id;
	snprintf(r.kind, sizeof(r.kind), "%s", PLAN_KIND);
	r.data = plan_to_data(p);
	if (p->id) {
		rc = record_update(wm, &r, 0, err);
		if (!rc)
			p->updated = r.updated;
	} else {
		rc = record_insert(wm, &r, err);
		if (!rc) {
			p->id = r.id;
			memcpy(p->uid, r.uid, sizeof(p->uid));
			p->created = r.created;
			p->updated = r.updated;
		}
	}
	record_release(&r);
	return rc;
}

static int tags_of(struct waymark *wm, enum plan_list l, char ***tags, size_t *n,
		   struct err *err)
{
	struct plan p;
	int rc = plan_get(wm, &p, err);

	if (rc < 0)
		return -1;
	for (size_t i = 0; i < p.nitems[l]; i++) {
		*tags = xrealloc(*tags, (*n + 1) * sizeof(char *));
		(*tags)[(*n)++] = xstrdup(p.items[l][i]);
	}
	plan_release(&p);
	return 0;
}

int plan_triggers(struct waymark *wm, char ***tags, size_t *n, struct err *err)
{
	return tags_of(wm, PLAN_TRIGGERS, tags, n, err);
}

int plan_warning_signs(struct waymark *wm, char ***tags, size_t *n, struct err *err)
{
	return tags_of(wm, PLAN_WARNING_SIGNS, tags, n, err);
}
