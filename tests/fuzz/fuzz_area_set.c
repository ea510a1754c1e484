/* SPDX-License-Identifier: MIT */
/*
 * fuzz_area_set.c: a set of life areas (area_set_parse,
 * features/areas/areas.h) from any bytes, as a data file would be read.
 * A set it accepts must have unique area ids within the limits, and the
 * person's changes to it (area_set_changes) must lay back over a fresh
 * copy (area_set_apply), as they do when the set is shown again.
 * Refusals are ERR_INPUT and leave the set empty. (areas_normalise_set
 * checks changes against the shipped set of that id, so it is fuzzed
 * through fuzz_transfer instead.)
 */
#include "fuzz.h"

#include "core/err.h"
#include "features/areas/areas.h"

FUZZ_INIT_DEFAULT

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct area_set s, shipped;
	struct err err = ERR_INIT;

	area_set_init(&s);
	if (area_set_parse((const char *)data, size, "fuzz.json", &s, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0] && !s.nareas);
	} else {
		json_t *changes;
		FUZZ_CHECK(s.nareas >= 1 && s.nareas <= AREAS_MAX);
		for (size_t i = 0; i < s.nareas; i++)
			for (size_t j = 0; j < i; j++)
				FUZZ_CHECK(strcmp(s.areas[i].id, s.areas[j].id));
		area_set_init(&shipped);
		FUZZ_CHECK(!area_set_parse((const char *)data, size, "fuzz.json", &shipped, &err));
		changes = area_set_changes(&s, &shipped);
		FUZZ_CHECK(changes);
		FUZZ_CHECK(!area_set_apply(&shipped, changes, &err));
		FUZZ_CHECK(shipped.nareas == s.nareas);
		json_decref(changes);
		area_set_release(&shipped);
	}
	area_set_release(&s);
	return 0;
}
