/* SPDX-License-Identifier: MIT */
/*
 * fuzz_wtime.c: the date and time parsers (core/wtime.h) with any text:
 * wdate_parse, wdate_parse_kind, wclock_parse, wslept_parse, woffset_parse
 * and wutc_parse. Whatever each accepts must be in range and read back the
 * same after formatting; whatever it refuses must come with a message.
 */
#include "fuzz.h"

#include "core/err.h"
#include "core/wtime.h"

FUZZ_INIT_DEFAULT

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size), out[21];
	struct err err = ERR_INIT;
	struct wdate d = { 0, 0, 0 }, again, today = { 2026, 3, 14 };
	int minute, bed, wake, off;
	time_t t, t2;

	if (!wdate_parse(s, &d, &err, "date")) {
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d));
		wdate_format(d, out);
		FUZZ_CHECK(!strcmp(out, s));
		FUZZ_CHECK(wdate_cmp(wdate_from_days(wdate_to_days(d)), d) == 0);
	} else {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
	}
	err_clear(&err);
	d = today;
	if (!wdate_parse_kind(s, today, &d, &err, "deadline")) {
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d));
		wdate_format(d, out);
		FUZZ_CHECK(!wdate_parse(out, &again, &err, "deadline"));
		FUZZ_CHECK(!wdate_cmp(again, d));
	} else {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
		FUZZ_CHECK(!wdate_cmp(d, today)); /* unchanged on failure */
	}
	err_clear(&err);
	if (!wclock_parse(s, &minute, &err, "time")) {
		FUZZ_CHECK(minute >= 0 && minute < 24 * 60);
		wclock_format(minute, out);
		FUZZ_CHECK(!wclock_parse(out, &bed, &err, "time") && bed == minute);
	} else {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
	}
	err_clear(&err);
	if (!wslept_parse(s, &bed, &wake, &err)) {
		int m = wslept_minutes(bed, wake);
		FUZZ_CHECK(bed >= 0 && bed < 1440 && wake >= 0 && wake < 1440);
		FUZZ_CHECK(m > 0 && m <= 1440);
	} else {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
	}
	if (!woffset_parse(s, &off)) {
		FUZZ_CHECK(off >= -18 * 60 - 59 && off <= 18 * 60 + 59);
		woffset_format(off, out);
		FUZZ_CHECK(!woffset_parse(out, &bed) && bed == off);
	}
	if (!wutc_parse(s, &t)) {
		wutc_format(t, out);
		FUZZ_CHECK(!wutc_parse(out, &t2) && t2 == t);
	}
	free(s);
	return 0;
}
