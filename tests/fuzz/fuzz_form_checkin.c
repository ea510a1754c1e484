/* SPDX-License-Identifier: MIT */
/*
 * fuzz_form_checkin.c: the Today form and the edit form as the diary page
 * reads them. libmicrohttpd has already decoded the body into fields (C
 * strings); this target takes the bytes as those fields, separated by NUL
 * bytes, in the order mood, bed, wake, quality, before, company, with,
 * coped, helped, tags, note, win, date, time, and then the values typed
 * for three trackers (a 1-5 scale, a yes/no and a count), and turns them
 * into a check-in through the same public functions, in the same order,
 * as form_to_checkin() in src/features/diary/page.c. A refusal must be
 * ERR_INPUT with a message JSON can carry; an accepted check-in must pass
 * checkin_validate and read back the same from its stored form.
 */
#include <jansson.h>

#include "fuzz.h"

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

/* form_to_checkin, step by step. */
static int form_to_checkin(char **f, struct checkin *c, struct err *err)
{
	struct wlocal now;
	struct wdate d;
	int minute, bed = -1, wake = -1;

	c->mood = -1;
	if (*f[F_MOOD] && diary_parse_mood(f[F_MOOD], &c->mood, err))
		return -1;
	if (*f[F_BED] || *f[F_WAKE]) {
		struct buf range = BUF_INIT;
		int rc;
		if (!*f[F_BED] || !*f[F_WAKE])
			return err_input(err, "slept", "both or neither");
		buf_addf(&range, "%s-%s", f[F_BED], f[F_WAKE]);
		rc = wslept_parse(range.data, &bed, &wake, err);
		buf_release(&range);
		if (rc)
			return -1;
	}
	c->bed = bed;
	c->wake = wake;
	c->quality = 0;
	if (*f[F_QUALITY] && diary_parse_quality(f[F_QUALITY], &c->quality, err))
		return -1;
	if (diary_set_text(&c->before, "before", f[F_BEFORE], DIARY_TEXT_MAX, err))
		return -1;
	c->alone = 0;
	if (!strcmp(f[F_COMPANY], "alone")) {
		if (*f[F_WITH])
			return err_input(err, "with", "alone and names");
		c->alone = 1;
	} else if (*f[F_WITH]) {
		if (diary_parse_with(c, f[F_WITH], err))
			return -1;
	} else if (!strcmp(f[F_COMPANY], "with")) {
		return err_input(err, "with", "who with");
	}
	if (diary_set_text(&c->coped, "coped", f[F_COPED], DIARY_TEXT_MAX, err))
		return -1;
	c->helped = HELPED_UNSAID;
	if (*f[F_HELPED] && diary_parse_helped(f[F_HELPED], &c->helped, err))
		return -1;
	if (diary_parse_tags(c, f[F_TAGS], err) ||
	    diary_set_text(&c->note, "note", f[F_NOTE], DIARY_NOTE_MAX, err) ||
	    diary_set_text(&c->win, "win", f[F_WIN], DIARY_TEXT_MAX, err))
		return -1;
	wlocal_from_time(wnow(), &now);
	d = now.date;
	minute = now.minute;
	if (*f[F_DATE] && wdate_parse(f[F_DATE], &d, err, "date"))
		return -1;
	if (!*f[F_TIME] && wdate_cmp(d, now.date))
		minute = 12 * 60;
	if (*f[F_TIME] && wclock_parse(f[F_TIME], &minute, err, "time"))
		return -1;
	wlocal_make(d, minute, &c->when);
	for (size_t i = 0; i < defs.n; i++) {
		int v;
		if (!*f[F_TRACK + i])
			checkin_clear_value(c, defs.items[i].key);
		else if (tracker_parse_value(&defs.items[i], f[F_TRACK + i], &v, err))
			return -1;
		else
			checkin_set_value(c, defs.items[i].key, v);
	}
	return checkin_validate(c, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *f[F__MAX], *store;
	struct checkin c, back;
	struct err err = ERR_INIT;

	fuzz_split(data, size, '\0', f, F__MAX, &store);
	checkin_init(&c);
	if (form_to_checkin(f, &c, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		FUZZ_CHECK(fuzz_json_text(err.msg));
	} else {
		json_t *a = checkin_to_data(&c), *b, *shown = checkin_to_json(&c);
		char *text = json_dumps(shown, 0);
		FUZZ_CHECK(text);
		free(text);
		json_decref(shown);
		checkin_init(&back);
		FUZZ_CHECK(!checkin_from_data(a, &back, &err));
		b = checkin_to_data(&back);
		FUZZ_CHECK(json_equal(a, b));
		json_decref(a);
		json_decref(b);
		checkin_release(&back);
	}
	checkin_release(&c);
	free(store);
	return 0;
}
