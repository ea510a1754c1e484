/* SPDX-License-Identifier: MIT */
/*
 * fuzz_transfer.c: `waymark import --json` on any bytes: the file is read
 * as the command reads it (jansson, duplicate keys refused) and checked
 * with transfer_check(), which hands every record's body to the feature
 * that owns its kind (diary, goals, plan, people, areas, measures,
 * recovery) to check and normalise. A record that is accepted must be
 * accepted again, unchanged, when it is written out and read back, as an
 * export of the imported vault would be.
 */
#include <jansson.h>

#include "fuzz.h"

#include "core/err.h"
#include "features/transfer/transfer.h"
#include "features/transfer/transfer_int.h"

FUZZ_INIT_DEFAULT

static void round_trip(json_t *o, size_t i)
{
	struct record r, back;
	struct err err = ERR_INIT;
	json_t *written;

	if (transfer_record_from_json(o, i, &r, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		record_release(&r);
		return;
	}
	written = transfer_record_to_json(&r);
	if (transfer_record_from_json(written, i, &back, &err)) {
		fprintf(stderr, "record %zu did not read back: %s\n", i + 1, err.msg);
		FUZZ_CHECK(!"an accepted record reads back");
	}
	FUZZ_CHECK(json_equal(r.data, back.data));
	FUZZ_CHECK(!strcmp(r.kind, back.kind) && !strcmp(r.uid, back.uid) &&
		   !strcmp(r.day, back.day) && r.minute == back.minute &&
		   r.utc_offset == back.utc_offset && r.created == back.created &&
		   r.updated == back.updated);
	record_release(&back);
	record_release(&r);
	json_decref(written);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t jerr;
	json_t *doc = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &jerr);
	json_t *records, *o;
	struct err err = ERR_INIT;
	long n;
	size_t i;

	if (!doc)
		return 0;
	if (transfer_check(doc, &n, &err))
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
	err_clear(&err);
	if (!transfer_check_document(doc, &records, &err))
		json_array_foreach(records, i, o)
			round_trip(o, i);
	json_decref(doc);
	return 0;
}
