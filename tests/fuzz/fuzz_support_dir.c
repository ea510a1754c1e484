/* SPDX-License-Identifier: MIT */
/*
 * fuzz_support_dir.c: the support-line directory loader
 * (support_dir_parse, features/support/support.h) with any bytes as the
 * file. A directory it accepts is then used as `waymark support --now`
 * uses it: every channel's status at a few moments (a weekday, a bank
 * holiday, the night the clocks change) for each nation, the matches for
 * a person, and every description in words. Refusals are ERR_INPUT.
 */
#include "fuzz.h"

#include "core/buf.h"
#include "core/err.h"
#include "core/wtime.h"
#include "features/support/support.h"

FUZZ_INIT_DEFAULT

static void use(const struct support_dir *d)
{
	static const struct wdate days[] = {
		{ 2026, 3, 14 }, { 2026, 12, 25 }, { 2026, 3, 29 }, { 2031, 1, 1 },
	};
	struct buf b = BUF_INIT;
	struct err err = ERR_INIT;

	for (size_t k = 0; k < sizeof(days) / sizeof(days[0]); k++) {
		time_t t = wuk_make(days[k], 90);
		for (int n = 0; n < SUPPORT_NATION__MAX; n++) {
			struct support_query q = { t, 20, -1, (enum support_nation)n, 0, 0 };
			struct support_matches m;
			memset(&m, 0, sizeof(m));
			FUZZ_CHECK(!support_find(d, &q, &m, &err));
			for (size_t i = 0; i < m.n; i++) {
				FUZZ_CHECK(m.items[i].status.state < SUPPORT_STATE__MAX);
				support_status_describe(&b, &m.items[i].status, &m.at);
				json_decref(support_match_to_json(&m.items[i]));
			}
			support_matches_release(&m);
		}
	}
	for (size_t i = 0; i < d->nlines; i++) {
		json_decref(support_line_to_json(&d->lines[i]));
		for (size_t j = 0; j < d->lines[i].nchannels; j++) {
			support_channel_how(&b, &d->lines[i].channels[j]);
			support_hours_describe(&b, &d->lines[i].channels[j].hours);
		}
	}
	buf_release(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct support_dir d;
	struct err err = ERR_INIT;

	support_dir_init(&d);
	if (support_dir_parse(&d, (const char *)data, size, "fuzz.json", &err))
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0] && !d.nlines);
	else
		use(&d);
	support_dir_release(&d);
	return 0;
}
