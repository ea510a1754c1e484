/* SPDX-License-Identifier: MIT */
/*
 * fuzz_api_checkin.c: the body of POST, PUT and PATCH
 * /api/v1/checkins[/:id] as api_body() in src/features/diary/page.c reads
 * it, through the same public functions: any bytes as JSON (duplicate
 * keys refused); the fields --json shows but nobody sets dropped; "date"
 * and "time" parsed; then checkin_from_data() on the body (POST, PUT) or
 * on a stored check-in with the body laid over it (PATCH, null clearing a
 * field). An accepted check-in must pass checkin_validate, print as JSON
 * and read back the same; a refusal must be ERR_INPUT that JSON can carry.
 */
#include <jansson.h>

#include "fuzz.h"

#include "core/err.h"
#include "core/wtime.h"
#include "features/diary/diary.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

/* A stored check-in to PATCH. */
static void stored(struct checkin *c)
{
	struct err err = ERR_INIT;

	checkin_init(c);
	c->mood = 6;
	if (diary_parse_tags(c, "work, rain", &err) ||
	    diary_set_text(&c->note, "note", "Felt calmer after a walk", DIARY_NOTE_MAX, &err) ||
	    diary_parse_with(c, "Sam", &err))
		abort();
	c->when.date = (struct wdate){ 2026, 3, 1 };
	c->when.minute = 9 * 60;
}

static int api_body(const uint8_t *data, size_t size, struct checkin *c, int patch,
		    struct err *err)
{
	static const char *const ignored[] = {
		"id", "uid", "created", "updated", "utc_offset", "mood_words",
	};
	json_error_t jerr;
	json_t *body = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &jerr);
	json_t *jdata, *v;
	const char *key, *date = NULL, *time = NULL;
	void *tmp;
	struct wdate d = c->when.date;
	int minute = c->when.minute, rc;
	struct checkin fresh;

	if (!body || !json_is_object(body)) {
		json_decref(body);
		return err_input(err, NULL, "the body must be a JSON object");
	}
	for (size_t i = 0; i < sizeof(ignored) / sizeof(ignored[0]); i++)
		json_object_del(body, ignored[i]);
	json_object_del(json_object_get(body, "sleep"), "minutes");
	if ((v = json_object_get(body, "date")) && !(date = json_string_value(v))) {
		json_decref(body);
		return err_input(err, "date", "'date' must be text");
	}
	if ((v = json_object_get(body, "time")) && !(time = json_string_value(v))) {
		json_decref(body);
		return err_input(err, "time", "'time' must be text");
	}
	if ((date && wdate_parse(date, &d, err, "date")) ||
	    (time && wclock_parse(time, &minute, err, "time"))) {
		json_decref(body);
		return -1;
	}
	json_object_del(body, "date");
	json_object_del(body, "time");
	if (patch) {
		jdata = checkin_to_data(c);
		json_object_foreach_safe(body, tmp, key, v) {
			if (json_is_null(v))
				json_object_del(jdata, key);
			else
				json_object_set(jdata, key, v);
		}
	} else {
		jdata = json_incref(body);
	}
	checkin_init(&fresh);
	rc = checkin_from_data(jdata, &fresh, err);
	if (!rc) {
		checkin_release(c);
		*c = fresh;
		wlocal_make(d, minute, &c->when);
	} else {
		checkin_release(&fresh);
	}
	json_decref(jdata);
	json_decref(body);
	return rc;
}

static void one(const uint8_t *data, size_t size, int patch)
{
	struct checkin c, back;
	struct err err = ERR_INIT;

	stored(&c);
	if (api_body(data, size, &c, patch, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		FUZZ_CHECK(fuzz_json_text(err.msg));
	} else {
		json_t *a = checkin_to_data(&c), *b, *shown = checkin_to_json(&c);
		char *text = json_dumps(shown, 0);
		/* what the API would store: the diary's own rules hold */
		if (!checkin_validate(&c, &err))
			FUZZ_CHECK(c.mood >= -1 && c.mood <= 10);
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
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	one(data, size, 0);
	one(data, size, 1);
	return 0;
}
