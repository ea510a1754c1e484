/* SPDX-License-Identifier: MIT */
/*
 * store.c: reading every record out, and writing a file's records in, as
 * one transaction (see transfer.h). No SQL: the record layer does that.
 */
#include "transfer.h"
#include "transfer_int.h"
#include "vault/vault.h"

static int add_record(const struct record *r, void *ctx, struct err *err)
{
	(void)err;
	json_array_append_new(ctx, transfer_record_to_json(r));
	return 0;
}

int transfer_export(struct waymark *wm, json_t **out, struct err *err)
{
	struct record_query q = { 0 };
	json_t *records = json_array();

	if (record_each(wm, &q, add_record, records, err)) {
		json_decref(records);
		return -1;
	}
	*out = transfer_document(records);
	return 0;
}

int transfer_check(json_t *doc, long *nrecords, struct err *err)
{
	json_t *records, *o;
	size_t i;

	*nrecords = 0;
	if (transfer_check_document(doc, &records, err))
		return -1;
	json_array_foreach(records, i, o) {
		struct record r;
		int rc = transfer_record_from_json(o, i, &r, err);
		record_release(&r);
		if (rc)
			return -1;
		(*nrecords)++;
	}
	return 0;
}

int transfer_import(struct waymark *wm, json_t *doc, int dry_run,
		    struct transfer_counts *counts, struct err *err)
{
	json_t *records, *o;
	size_t i;

	memset(counts, 0, sizeof(*counts));
	/* check everything before writing anything */
	if (transfer_check(doc, &counts->read, err))
		return -1;
	records = json_object_get(doc, "records");
	if (vault_begin(wm, err))
		return -1;
	json_array_foreach(records, i, o) {
		struct record r;
		int outcome;
		if (transfer_record_from_json(o, i, &r, err) ||
		    record_put_import(wm, &r, &outcome, err)) {
			record_release(&r);
			vault_rollback(wm);
			return -1;
		}
		record_release(&r);
		if (outcome == 0)
			counts->added++;
		else if (outcome == 1)
			counts->replaced++;
		else
			counts->unchanged++;
	}
	if (dry_run) {
		vault_rollback(wm);
		return 0;
	}
	return vault_commit(wm, err);
}
