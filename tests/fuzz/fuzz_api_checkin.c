/* SPDX-License-Identifier: MIT */
/*
 * fuzz_api_checkin.c: the body of POST, PUT and PATCH
 * /api/v1/checkins[/:id] as the diary page reads it, through
 * checkin_from_json_body(): any bytes as JSON, for a new check-in (POST,
 * PUT) and laid over a stored one (PATCH, null clearing a field). An
 * accepted check-in must print as JSON and read back the same
 * (fuzz_check_checkin); a refusal must be ERR_INPUT that JSON can carry.
 */
#include <jansson.h>

#include "fuzz_checkin.h"

#include "core/err.h"
#include "core/wtime.h"
#include "features/diary/diary.h"

FUZZ_INIT_DEFAULT

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

static void one(const uint8_t *data, size_t size, int patch)
{
	struct checkin c;
	struct err err = ERR_INIT;

	stored(&c);
	if (checkin_from_json_body((const char *)data, size, &c, patch, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		FUZZ_CHECK(fuzz_json_text(err.msg));
	} else {
		fuzz_check_checkin(&c);
	}
	checkin_release(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	one(data, size, 0);
	one(data, size, 1);
	return 0;
}
