/* SPDX-License-Identifier: MIT */
/*
 * store.c: the recovery statement in the vault (one record of kind
 * "recovery-statement"), and loading everything the "both recoveries" view
 * shows through the areas and measures features' own store functions. No
 * SQL here.
 */
#include "core/xalloc.h"
#include "recovery.h"
#include "vault/record.h"
#include "vault/vault.h"

/* Keeps the most recently updated statement record: an import can bring
 * a second one from another vault, and the newer wins. */
static int pick_newest(const struct record *r, void *vctx, struct err *err)
{
	struct record *found = vctx;

	(void)err;
	if (found->id && found->updated > r->updated)
		return 0;
	record_release(found);
	*found = *r;
	found->data = json_incref(r->data);
	return 0;
}

static int find_record(struct waymark *wm, struct record *out, struct err *err)
{
	struct record_query q = { 0 };

	record_init(out);
	q.kind = RECOVERY_STATEMENT_KIND;
	if (record_each(wm, &q, pick_newest, out, err)) {
		record_release(out);
		return -1;
	}
	return 0;
}

int recovery_statement_get(struct waymark *wm, struct recovery_statement *out,
			   struct err *err)
{
	struct record r;
	int rc = 0;

	recovery_statement_init(out);
	if (find_record(wm, &r, err))
		return -1;
	if (!r.id)
		return 1;
	out->id = r.id;
	memcpy(out->uid, r.uid, sizeof(out->uid));
	out->created = r.created;
	out->updated = r.updated;
	out->when.minute = r.minute;
	out->when.utc_offset = r.utc_offset;
	if (wdate_parse(r.day, &out->when.date, err, "date") ||
	    recovery_statement_from_data(r.data, out, err)) {
		err_prefix(err, "your recovery statement (record %lld): ", (long long)r.id);
		recovery_statement_release(out);
		rc = -1;
	}
	record_release(&r);
	return rc;
}

int recovery_statement_save(struct waymark *wm, struct recovery_statement *s,
			    struct err *err)
{
	struct record r, old;
	int rc;

	if (!s->text)
		BUG("saving a recovery statement without words");
	if (find_record(wm, &old, err))
		return -1;
	wlocal_from_time(wnow(), &s->when);
	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "%s", RECOVERY_STATEMENT_KIND);
	wdate_format(s->when.date, r.day);
	r.minute = s->when.minute;
	r.utc_offset = s->when.utc_offset;
	r.data = recovery_statement_to_data(s);
	if (old.id) {
		r.id = old.id;
		rc = record_update(wm, &r, 0, err);
		if (rc > 0)
			rc = err_set(err, "your recovery statement vanished while saving");
	} else {
		rc = record_insert(wm, &r, err);
	}
	if (!rc) {
		s->id = r.id;
		memcpy(s->uid, r.uid, sizeof(s->uid));
		s->created = r.created;
		s->updated = r.updated;
	}
	record_release(&old);
	record_release(&r);
	return rc;
}

int recovery_statement_delete(struct waymark *wm, struct err *err)
{
	struct record r;
	int rc;

	if (find_record(wm, &r, err))
		return -1;
	if (!r.id)
		return 1;
	rc = record_delete(wm, r.id, RECOVERY_STATEMENT_KIND, err);
	record_release(&r);
	return rc < 0 ? -1 : 0;
}

int recovery_load(struct waymark *wm, const struct measure_catalog *c,
		  struct recovery_view *v, struct err *err)
{
	int rc = recovery_statement_get(wm, &v->statement, err);

	if (rc < 0)
		return -1;
	v->has_statement = rc == 0;
	if (areas_list_ratings(wm, NULL, &v->ratings, err) ||
	    measures_list(wm, NULL, &v->responses, err))
		return -1;
	/* the sets rated, as the person has them, for names and distances */
	for (size_t i = 0; i < v->ratings.n; i++) {
		const char *set = v->ratings.items[i].set;
		int have = 0;
		for (size_t k = 0; k < v->nareas && !have; k++)
			have = !strcmp(v->areas[k].set.id, set);
		for (size_t k = 0; k < i && !have; k++)
			have = !strcmp(v->ratings.items[k].set, set);
		if (have)
			continue;
		v->areas = xrealloc(v->areas, (v->nareas + 1) * sizeof(*v->areas));
		memset(&v->areas[v->nareas], 0, sizeof(*v->areas));
		if (!areas_get_set(wm, set, &v->areas[v->nareas].set, err)) {
			v->nareas++;
			continue;
		}
		/* a set this Waymark does not know (from a newer one): its
		 * ratings still show on the time line, without names */
		if (err->kind != ERR_INPUT)
			return -1;
		err_clear(err);
	}
	recovery_build(v, c);
	return 0;
}
