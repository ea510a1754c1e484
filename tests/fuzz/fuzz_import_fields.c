/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import_fields.c: the field parsers every import reader shares
 * (features/imports/imports_int.h, as the unit tests use it), with any
 * text: clock times as apps write them, dates in words (English, Polish,
 * Spanish) and ISO dates, HTML notes made plain, mood words made keys,
 * and CSV read by libcsv. What they accept must be a real time or date,
 * and plain text from HTML must be valid when the HTML was.
 */
#include "fuzz.h"

#include "core/buf.h"
#include "core/text.h"
#include "core/wtime.h"
#include "features/imports/imports_int.h"

FUZZ_INIT_DEFAULT

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	struct buf b = BUF_INIT;
	struct wdate d;
	struct imports_table t;
	struct err err = ERR_INIT;
	int minute;

	if (!imports_parse_clock(s, &minute))
		FUZZ_CHECK(minute >= 0 && minute < 24 * 60);
	if (!imports_parse_words_date(s, 2020, &d))
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d));
	if (!imports_parse_words_date(s, 0, &d))
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d));
	if (!imports_parse_iso_date(s, &d))
		FUZZ_CHECK(wdate_valid(d.y, d.m, d.d));
	(void)imports_html_to_text(s, &b);
	if (text_valid(s, 1))
		FUZZ_CHECK(text_valid(b.data, 1));
	buf_reset(&b);
	imports_mood_key(s, &b);
	(void)imports_daylio_level(s);
	if (!imports_csv_read(data, size, &t, &err)) {
		/* rows are numbered in order, each with its fields */
		for (size_t i = 0; i < t.n; i++) {
			FUZZ_CHECK(t.rows[i].record == (long)i + 1);
			for (size_t j = 0; j < t.rows[i].n; j++)
				FUZZ_CHECK(t.rows[i].fields[j]);
		}
		imports_table_release(&t);
	} else {
		FUZZ_CHECK(err.msg[0]);
	}
	buf_release(&b);
	free(s);
	return 0;
}
