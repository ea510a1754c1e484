/* SPDX-License-Identifier: MIT */
/*
 * store.c: my people in the vault, one record of kind "person" each, with
 * no date (see people.h). No SQL here: the record layer stores and seals;
 * this file maps fields and keeps names unique.
 */
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "people.h"
#include "vault/record.h"
#include "vault/vault.h"

static void to_record(const struct person *p, struct record *r)
{
	record_init(r);
	r->id = p->id;
	snprintf(r->kind, sizeof(r->kind), "%s", PEOPLE_KIND);
	r->data = person_to_data(p);
}

static int from_record(const struct record *r, struct person *p, struct err *err)
{
	person_init(p);
	p->id = r->id;
	memcpy(p->uid, r->uid, sizeof(p->uid));
	p->created = r->created;
	p->updated = r->updated;
	if (person_from_data(r->data, p, err)) {
		err_prefix(err, "person %lld: ", (long long)r->id);
		person_release(p);
		return -1;
	}
	return 0;
}

static int collect(const struct record *r, void *ctx, struct err *err)
{
	struct person_list *l = ctx;
	struct person p;

	if (from_record(r, &p, err))
		return -1;
	l->items = xrealloc(l->items, (l->n + 1) * sizeof(p));
	l->items[l->n++] = p;
	return 0;
}

int people_list(struct waymark *wm, struct person_list *out, struct err *err)
{
	struct record_query q = { 0 };

	out->items = NULL;
	out->n = 0;
	q.kind = PEOPLE_KIND;
	if (record_each(wm, &q, collect, out, err)) {
		person_list_release(out);
		return -1;
	}
	/* by name, ignoring case: an insertion sort, lists are short */
	for (size_t i = 1; i < out->n; i++) {
		struct person x = out->items[i];
		size_t j = i;
		while (j > 0 && strcasecmp(out->items[j - 1].name, x.name) > 0) {
			out->items[j] = out->items[j - 1];
			j--;
		}
		out->items[j] = x;
	}
	return 0;
}

/* Fails if someone other than p already has p's name, or the vault is
 * full. */
static int check_unique(struct waymark *wm, const struct person *p, struct err *err)
{
	struct person_list l;
	int rc = 0;

	if (people_list(wm, &l, err))
		return -1;
	if (!p->id && l.n >= PEOPLE_MAX)
		rc = err_input(err, "name", _("you can keep up to %d people"), PEOPLE_MAX);
	for (size_t i = 0; i < l.n && !rc; i++)
		if (l.items[i].id != p->id && text_eq_fold(l.items[i].name, p->name))
			rc = err_input(err, "name",
				_("you already have someone called '%s'; please give this person a different name, "
				  "such as '%s (work)'"), l.items[i].name, p->name);
	person_list_release(&l);
	return rc;
}

int people_add(struct waymark *wm, struct person *p, struct err *err)
{
	struct record r;
	int rc;

	p->id = 0;
	if (person_validate(p, err) || check_unique(wm, p, err))
		return -1;
	to_record(p, &r);
	rc = record_insert(wm, &r, err);
	if (!rc) {
		p->id = r.id;
		memcpy(p->uid, r.uid, sizeof(p->uid));
		p->created = r.created;
		p->updated = r.updated;
	}
	record_release(&r);
	return rc;
}

int people_update(struct waymark *wm, struct person *p, struct err *err)
{
	struct record r;
	int rc;

	if (person_validate(p, err) || check_unique(wm, p, err))
		return -1;
	to_record(p, &r);
	rc = record_update(wm, &r, 0, err);
	if (!rc)
		p->updated = r.updated;
	record_release(&r);
	return rc;
}

int people_delete(struct waymark *wm, int64_t id, struct err *err)
{
	return record_delete(wm, id, PEOPLE_KIND, err);
}

int people_get(struct waymark *wm, int64_t id, struct person *out, struct err *err)
{
	struct record r;
	int rc = record_get(wm, id, PEOPLE_KIND, &r, err);

	person_init(out);
	if (rc == 0) {
		rc = from_record(&r, out, err);
		record_release(&r);
	}
	return rc;
}

int people_trash(struct waymark *wm, int64_t id, struct err *err)
{
	return record_trash(wm, id, PEOPLE_KIND, err);
}

int people_untrash(struct waymark *wm, int64_t id, struct err *err)
{
	struct person p;
	int rc = record_untrash(wm, id, PEOPLE_KIND, err);

	if (rc)
		return rc;
	/* someone with the same name may have been added meanwhile: then the
	 * one brought back goes back to the trash, and the message says why */
	if (people_get(wm, id, &p, err)) {
		person_release(&p);
		return -1;
	}
	if (check_unique(wm, &p, err)) {
		struct err ignored = ERR_INIT;
		if (record_trash(wm, id, PEOPLE_KIND, &ignored) < 0)
			*err = ignored;
		rc = -1;
	}
	person_release(&p);
	return rc;
}
