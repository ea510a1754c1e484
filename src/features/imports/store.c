/* SPDX-License-Identifier: MIT */
/*
 * store.c: writing an import's check-ins (see imports.h). No SQL: each
 * check-in becomes a record of the diary's kind, with its body from the
 * diary's own checkin_to_data() and the uid derived from its source, and
 * goes through record_insert_new(), which adds it or finds it already
 * there. An entry already there is never changed, so any edit the person
 * made since the first import is kept. Trackers (Loop's habits) go through
 * the diary's own diary_tracker_add(), in the same transaction.
 */
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "imports.h"
#include "vault/record.h"
#include "vault/vault.h"

static void to_record(const struct imports_entry *e, struct record *r)
{
	record_init(r);
	snprintf(r->kind, sizeof(r->kind), "%s", DIARY_KIND);
	memcpy(r->uid, e->uid, sizeof(r->uid));
	wdate_format(e->c.when.date, r->day);
	r->minute = e->c.when.minute;
	r->utc_offset = e->c.when.utc_offset;
	/* written then, as far as we know; never in the future */
	r->created = e->when > 0 && e->when < wnow() ? e->when : wnow();
	r->updated = r->created;
	r->data = checkin_to_data(&e->c);
}

static const char *kind_words(enum tracker_type type)
{
	return type == TRACKER_YESNO ? _("a yes or no") :
	       type == TRACKER_COUNT ? _("a count") : _("a scale");
}

/* The person's tracker called name (ignoring case; a key is not a name
 * here), or NULL. */
static const struct tracker *named(const struct tracker_list *all, const char *name)
{
	for (size_t i = 0; i < all->n; i++)
		if (text_eq_fold(all->items[i].name, name))
			return &all->items[i];
	return NULL;
}

/* The key of each tracker the entries use (keys[i] for trackers[i]):
 * the person's own tracker with that name, or a new one. */
static int find_trackers(struct waymark *wm, const struct imports_report *report,
			 char (*keys)[TRACKER_KEY_MAX + 1], struct err *err)
{
	struct tracker_list all;
	int rc = 0;

	size_t needed = 0;

	if (!report->ntrackers)
		return 0;
	if (diary_trackers(wm, 1, &all, err))
		return -1;
	/* room for the new ones first, so the message can say how many */
	for (size_t i = 0; i < report->ntrackers; i++)
		needed += report->trackers[i].values && !named(&all, report->trackers[i].name);
	if (needed && all.n + needed > TRACKERS_MAX) {
		rc = err_input(err, NULL, _("this would make %zu new trackers, and you have %zu already; Waymark keeps up to %d, retired ones included. "
					    "Delete the habits you no longer need in Loop, export again and bring that in"),
			       needed, all.n, TRACKERS_MAX);
		tracker_list_release(&all);
		return rc;
	}
	for (size_t i = 0; i < report->ntrackers && !rc; i++) {
		const struct imports_tracker *it = &report->trackers[i];
		const struct tracker *have;
		struct tracker t;

		if (!it->values)
			continue;
		have = named(&all, it->name);
		if (have && have->type != it->type) {
			rc = err_input(err, NULL, _("you already have a tracker called \u201c%s\u201d, and it is %s, not %s. "
						    "Rename yours (waymark tracker rename) and import again"),
				       have->name, kind_words(have->type), kind_words(it->type));
		} else if (have) {
			snprintf(keys[i], sizeof(keys[i]), "%s", have->key);
		} else {
			tracker_init(&t);
			t.name = xstrdup(it->name);
			t.type = it->type;
			t.unit = it->unit ? xstrdup(it->unit) : NULL;
			t.retired = it->retired;
			rc = diary_tracker_add(wm, &t, err);
			snprintf(keys[i], sizeof(keys[i]), "%s", t.key);
			tracker_release(&t);
		}
	}
	tracker_list_release(&all);
	return rc;
}

int imports_store(struct waymark *wm, struct imports_report *report,
		  int dry_run, struct err *err)
{
	char (*keys)[TRACKER_KEY_MAX + 1];

	report->added = report->already = 0;
	if (vault_begin(wm, err))
		return -1;
	keys = xcalloc(report->ntrackers + 1, sizeof(*keys));
	if (find_trackers(wm, report, keys, err)) {
		free(keys);
		vault_rollback(wm);
		return -1;
	}
	for (size_t i = 0; i < report->nentries; i++) {
		struct imports_entry *e = &report->entries[i];
		struct record r;
		int added;

		for (size_t k = 0; k < e->nvalues; k++) {
			char stand_in[TRACKER_KEY_MAX + 1];
			imports_value_key(e->values[k].tracker, stand_in);
			checkin_clear_value(&e->c, stand_in);
		}
		for (size_t k = 0; k < e->nvalues; k++)
			checkin_set_value(&e->c, keys[e->values[k].tracker], e->values[k].value);
		to_record(e, &r);
		if (record_insert_new(wm, &r, &added, err)) {
			record_release(&r);
			free(keys);
			vault_rollback(wm);
			return -1;
		}
		record_release(&r);
		if (added)
			report->added++;
		else
			report->already++;
	}
	free(keys);
	if (dry_run) {
		vault_rollback(wm);
		return 0;
	}
	return vault_commit(wm, err);
}
