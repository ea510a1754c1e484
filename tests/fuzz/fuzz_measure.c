/* SPDX-License-Identifier: MIT */
/*
 * fuzz_measure.c: a questionnaire definition (measure_parse,
 * features/measures/measures.h) from any bytes, as a person's own file in
 * their measures folder would be read. A definition it accepts must score:
 * every item answered at its lowest and then at its highest option gives a
 * complete result whose total lies within the measure's possible range
 * and falls in a band when there are bands; the indicators between the two
 * must be worked out without trouble. Refusals are ERR_INPUT.
 */
#include "fuzz.h"

#include "core/buf.h"
#include "core/err.h"
#include "features/measures/measures.h"

FUZZ_INIT_DEFAULT

static double score_at(const struct measure *m, int highest)
{
	struct measure_answer *a = xcalloc(m->nitems + 1, sizeof(*a));
	struct measure_result res;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < m->nitems; i++) {
		a[i].item = m->items[i].id;
		a[i].value = highest ? m->items[i].highest : m->items[i].lowest;
	}
	if (measure_score(m, a, m->nitems, &res, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		FUZZ_CHECK(!"an accepted measure scores its own options");
	}
	FUZZ_CHECK(res.complete && !res.missing);
	FUZZ_CHECK(res.total >= m->min - 1e-9 && res.total <= m->max + 1e-9);
	FUZZ_CHECK(!m->nbands || res.band);
	measure_format_total(&b, res.total);
	json_decref(measure_total_to_json(res.total));
	(void)measure_is_case(m, res.total);
	buf_release(&b);
	free(a);
	return res.total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct measure m;
	struct err err = ERR_INIT;

	measure_init(&m);
	if (measure_parse((const char *)data, size, "fuzz.json", 0, &m, &err)) {
		FUZZ_CHECK(err.kind == ERR_INPUT && err.msg[0]);
	} else {
		double lo = score_at(&m, 0), hi = score_at(&m, 1);
		struct measure_indicators ind;
		(void)measure_reliable_change(&m, lo, hi);
		measure_indicators(&m, lo, hi, &m, hi, lo, &ind);
	}
	measure_release(&m);
	return 0;
}
