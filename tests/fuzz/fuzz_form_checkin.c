/* SPDX-License-Identifier: MIT */
/*
 * fuzz_form_checkin.c: the Today form and the edit form as the diary page
 * reads them. libmicrohttpd has already decoded the body into fields (C
 * strings); this target takes the bytes as those fields, separated by NUL
 * bytes, in the order mood, bed, wake, quality, before, company, with,
 * coped, helped, tags, note, win, date, time, and then the values typed
 * for three trackers (a 1-5 scale, a yes/no and a count), and hands them
 * to checkin_from_fields(), which the page calls. A refusal must be
 * ERR_INPUT with a message JSON can carry; an accepted check-in must read
 * back the same from its stored form (fuzz_check_checkin).
 */
#include <jansson.h>

#include "fuzz_checkin.h"

#include "core/err.h"
#include "core/wtime.h"
#include "features/diary/diary.h"

enum { F_MOOD, F_BED, F_WAKE, F_QUALITY, F_BEFORE, F_COMPANY, F_WITH, F_COPED,
       F_HELPED, F_TAGS, F_NOTE, F_WIN, F_DATE, F_TIME, F_TRACK, F__MAX = F_TRACK + 3 };

static struct tracker_list defs;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const struct { const char *name; enum tracker_type type; } t[] = {
		{ "Energy", TRACKER_SCALE }, { "Took my medication", TRACKER_YESNO },
		{ "Exercise", TRACKER_COUNT },
	};
	struct err err = ERR_INIT;

	(void)argc;
	(void)argv;
	fuzz_setup();
	defs.items = xcalloc(3, sizeof(*defs.items));
	for (size_t i = 0; i < 3; i++) {
		struct tracker *d = &defs.items[defs.n++];
		tracker_init(d);
		if (tracker_set_name(d, t[i].name, &err))
			abort();
		d->type = t[i].type;
		d->min = 1;
		d->max = 5;
		snprintf(d->key, sizeof(d->key), "t%zu", i);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *f[F__MAX], *store;
	struct checkin_fields fields;
	struct checkin c;
	struct err err = ERR_INIT;

	fuzz_split(data, size, '\0', f, F__MAX, &store);
	fields.mood = f[F_MOOD];
	fields.bed = f[F_BED];
	fields.wake = f[F_WAKE];
	fields.quality = f[F_QUALITY];
	fields.before = f[F_BEFORE];
	fields.company = f[F_COMPANY];
	fields.with = f[F_WITH];
	fields.coped = f[F_COPED];
	fields.helped = f[F_HELPED];
	fields.tags = f[F_TAGS];
	fields.note = f[F_NOTE];
	fields.win = f[F_WIN];
	fields.date = f[F_DATE];
	fields.time = f[F_TIME];
	fields.defs = &defs;
	fields.tvals = (const char *const *)&f[F_TRACK];
	checkin_init(&c);
	if (checkin_from_fields(&fields, &c, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		FUZZ_CHECK(fuzz_json_text(err.msg));
	} else {
		fuzz_check_checkin(&c);
	}
	checkin_release(&c);
	free(store);
	return 0;
}
