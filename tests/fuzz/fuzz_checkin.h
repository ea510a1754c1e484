/* SPDX-License-Identifier: MIT */
/*
 * fuzz_checkin.h: what the targets that make check-ins (fuzz_form_checkin,
 * fuzz_api_checkin) check about one they accepted.
 */
#ifndef WAYMARK_FUZZ_CHECKIN_H
#define WAYMARK_FUZZ_CHECKIN_H

#include <jansson.h>

#include "fuzz.h"

#include "features/diary/diary.h"

/* c prints as JSON (as --json and the API show it), and its stored form
 * reads back into the same stored form: what is saved is what a later
 * read, export or import sees. */
static inline void fuzz_check_checkin(const struct checkin *c)
{
	struct err err = ERR_INIT;
	struct checkin back;
	json_t *a = checkin_to_data(c), *b, *shown = checkin_to_json(c);
	char *text = json_dumps(shown, 0);

	FUZZ_CHECK(text);
	FUZZ_CHECK(c->mood >= -1 && c->mood <= 10);
	free(text);
	json_decref(shown);
	checkin_init(&back);
	if (checkin_from_data(a, &back, &err))
		fprintf(stderr, "%s\n", err.msg);
	FUZZ_CHECK(!err.msg[0]);
	b = checkin_to_data(&back);
	FUZZ_CHECK(json_equal(a, b));
	json_decref(a);
	json_decref(b);
	checkin_release(&back);
}

#endif
