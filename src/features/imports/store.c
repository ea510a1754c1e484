/* SPDX-License-Identifier: MIT */
/*
 * store.c: writing an import's check-ins (see imports.h). No SQL: each
 * check-in becomes a record of the diary's kind, with its body from the
 * diary's own checkin_to_data() and the uid derived from its source, and
 * goes through record_insert_new(), which adds it or finds it already
 * there. An entry already there is never changed, so any edit the person
 * made since the first import is kept.
 */
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

int imports_store(struct waymark *wm, struct imports_report *report,
		  int dry_run, struct err *err)
{
	report->added = report->already = 0;
	if (vault_begin(wm, err))
		return -1;
	for (size_t i = 0; i < report->nentries; i++) {
		struct record r;
		int added;

		to_record(&report->entries[i], &r);
		if (record_insert_new(wm, &r, &added, err)) {
			record_release(&r);
			vault_rollback(wm);
			return -1;
		}
		record_release(&r);
		if (added)
			report->added++;
		else
			report->already++;
	}
	if (dry_run) {
		vault_rollback(wm);
		return 0;
	}
	return vault_commit(wm, err);
}
