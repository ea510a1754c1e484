/* SPDX-License-Identifier: MIT */
/* ical.c: opening libical on first use (see ical.h). */
#include "core/dynlib.h"
#include "ical.h"

struct goals_ical_api goals_ical_api;

#define ICAL_NAME(f) #f,
static const char *const names[] = { ICAL_FUNCTIONS(ICAL_NAME) };

int goals_ical_load(struct err *err)
{
	static int loaded;
	return dynlib_load(WAYMARK_SONAME_ICAL, "The calendar library", "libical3", names,
			   &goals_ical_api, sizeof(names) / sizeof(names[0]), &loaded, err);
}
