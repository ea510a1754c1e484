/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import.h: the body of the import targets (fuzz_import_*.c), one
 * per app, so that each keeps its own corpus and coverage. The bytes are
 * a whole file from the app; imports_read() must refuse it with a kind
 * message or turn it into check-ins the diary itself accepts. When it
 * reads, the file is read again with the first mood word mapped by hand,
 * as the person can do on the /import page.
 */
#ifndef WAYMARK_FUZZ_IMPORT_H
#define WAYMARK_FUZZ_IMPORT_H

#include <jansson.h>

#include "fuzz.h"

#include "core/err.h"
#include "features/diary/diary.h"
#include "features/imports/imports.h"

FUZZ_INIT_DEFAULT

/* Every entry must be a check-in that the diary's own rules accept, and
 * that reads back from its stored form. */
static void fuzz_import_check(const struct imports_report *r)
{
	struct imports_counts counts;
	size_t *order = xcalloc(r->nmoods + 1, sizeof(*order));

	for (size_t i = 0; i < r->nentries; i++) {
		const struct checkin *c = &r->entries[i].c;
		struct err err = ERR_INIT;
		struct checkin back;
		json_t *data = checkin_to_data(c), *norm;

		FUZZ_CHECK(!checkin_validate(c, &err));
		FUZZ_CHECK(c->mood >= -1 && c->mood <= 10);
		norm = diary_normalise_data(data, &err);
		if (!norm)
			fprintf(stderr, "entry %zu: %s\n", i, err.msg);
		FUZZ_CHECK(norm);
		checkin_init(&back);
		FUZZ_CHECK(!checkin_from_data(norm, &back, &err));
		FUZZ_CHECK(back.mood == c->mood && back.ntags == c->ntags);
		checkin_release(&back);
		json_decref(norm);
		json_decref(data);
	}
	/* trackers (Loop's habits) have names a tracker accepts, and each
	 * value fits its tracker */
	for (size_t i = 0; i < r->ntrackers; i++) {
		struct tracker t;
		struct err err = ERR_INIT;
		tracker_init(&t);
		FUZZ_CHECK(!tracker_set_name(&t, r->trackers[i].name, &err));
		FUZZ_CHECK(!strcmp(t.name, r->trackers[i].name));
		tracker_release(&t);
		FUZZ_CHECK(r->trackers[i].type == TRACKER_YESNO || r->trackers[i].type == TRACKER_COUNT);
	}
	for (size_t i = 0; i < r->nentries; i++)
		for (size_t k = 0; k < r->entries[i].nvalues; k++) {
			const struct imports_value *v = &r->entries[i].values[k];
			FUZZ_CHECK(v->tracker < r->ntrackers);
			FUZZ_CHECK(v->value >= 0 && v->value <= (r->trackers[v->tracker].type == TRACKER_YESNO ? 1 : TRACKER_COUNT_MAX));
		}
	for (size_t i = 0; i < r->nmoods; i++) {
		FUZZ_CHECK(r->moods[i].mood >= -1 && r->moods[i].mood <= 10);
		FUZZ_CHECK(fuzz_json_text(r->moods[i].label));
	}
	imports_count(r, &counts);
	FUZZ_CHECK(counts.entries == (long)r->nentries);
	imports_mood_order(r, order);
	free(order);
}

static void fuzz_import(enum imports_app app, const uint8_t *data, size_t size)
{
	struct imports_report r;
	struct err err = ERR_INIT;

	imports_report_init(&r);
	if (imports_read(app, "fuzz", data, size, NULL, &r, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		FUZZ_CHECK(fuzz_json_text(err.msg));
		imports_report_release(&r);
		return;
	}
	fuzz_import_check(&r);
	if (r.nmoods) {
		struct imports_mapping map;
		struct imports_report again;

		imports_mapping_init(&map);
		FUZZ_CHECK(!imports_mapping_set(&map, r.moods[0].label, "3", &err));
		imports_report_init(&again);
		FUZZ_CHECK(!imports_read(app, "fuzz", data, size, &map, &again, &err));
		fuzz_import_check(&again);
		imports_report_release(&again);
		imports_mapping_release(&map);
	}
	imports_report_release(&r);
}

#endif
