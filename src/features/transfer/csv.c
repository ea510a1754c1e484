/* SPDX-License-Identifier: MIT */
/*
 * csv.c: check-ins as a CSV file for spreadsheets (docs/export-format.md,
 * "CSV of check-ins"): one row per check-in, oldest first, fixed columns
 * then one column per tracker, named by the tracker. Every field goes
 * through libcsv's writer (csv_write), which quotes it and doubles any
 * quotes inside, so notes with commas, quotes and line breaks survive; this
 * file only puts the commas between fields and the CRLF after each row.
 * The text is the person's own words, unaltered: no formula escaping, as it
 * is their file for their own spreadsheet (the docs say so).
 */
#include <csv.h>

#include "core/xalloc.h"
#include "features/diary/diary.h"
#include "transfer.h"

/* The fixed columns, in order. Not translated: a file's header should not
 * change with the language of the computer that wrote it. */
static const char *const columns[] = {
	"Date", "Time", "UTC offset", "Mood", "Mood in words", "Went to bed",
	"Woke up", "Hours slept", "Sleep quality", "Just before", "On my own",
	"With", "How I coped", "Helped", "Tags", "Note", "Small win",
	"For my appointment",
};

/* Appends one field, quoted by libcsv; a comma first unless it starts the
 * row. */
static void field(struct buf *out, const char *s, int first)
{
	size_t n = strlen(s), need;

	if (!first)
		buf_addch(out, ',');
	need = csv_write(NULL, 0, s, n);
	if (buf_grow(out, need) < 0)
		BUG("CSV into a capped buffer");
	csv_write(out->data + out->len, need, s, n);
	out->len += need;
	out->data[out->len] = '\0';
}

static void end_row(struct buf *out)
{
	buf_adds(out, "\r\n");
}

static void join(struct buf *b, char **items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf_addf(b, "%s%s", i ? ", " : "", items[i]);
}

/* The header of a tracker's column: its name, or its name with
 * " (tracker)" when that is also a fixed column's name. */
static void tracker_header(struct buf *b, const char *name)
{
	buf_adds(b, name);
	for (size_t i = 0; i < ARRAY_SIZE(columns); i++)
		if (text_eq_fold(name, columns[i])) {
			buf_adds(b, " (tracker)");
			break;
		}
}

/* Keys that check-ins use but defs does not define (a partial import):
 * they get a column of their own, named by the key. */
static void unknown_keys(const struct checkin_list *l, const struct tracker_list *defs,
			 char ***keys, size_t *n)
{
	for (size_t i = 0; i < l->n; i++) {
		for (size_t v = 0; v < l->items[i].nvalues; v++) {
			const char *k = l->items[i].values[v].key;
			int seen = tracker_find(defs, k) != NULL;
			for (size_t j = 0; j < *n && !seen; j++)
				seen = !strcmp((*keys)[j], k);
			if (seen)
				continue;
			*keys = xrealloc(*keys, (*n + 1) * sizeof(**keys));
			(*keys)[(*n)++] = xstrdup(k);
		}
	}
}

static void row(struct buf *out, const struct checkin *c, const struct tracker_list *defs,
		char **extra, size_t nextra)
{
	struct buf b = BUF_INIT_SENSITIVE;
	char t[11];
	int mins = checkin_sleep_minutes(c);

	wdate_format(c->when.date, t);
	field(out, t, 1);
	wclock_format(c->when.minute, t);
	field(out, t, 0);
	woffset_format(c->when.utc_offset, t);
	field(out, t, 0);
	if (c->mood >= 0)
		buf_addf(&b, "%d", c->mood);
	field(out, b.data, 0);
	field(out, c->mood >= 0 ? diary_mood_word(c->mood) : "", 0);
	buf_reset(&b);
	if (c->bed >= 0)
		wclock_format(c->bed, t);
	field(out, c->bed >= 0 ? t : "", 0);
	if (c->wake >= 0)
		wclock_format(c->wake, t);
	field(out, c->wake >= 0 ? t : "", 0);
	if (mins >= 0)
		buf_addf(&b, "%.2f", mins / 60.0);
	field(out, b.data, 0);
	buf_reset(&b);
	if (c->quality)
		buf_addf(&b, "%d", c->quality);
	field(out, b.data, 0);
	buf_reset(&b);
	field(out, c->before ? c->before : "", 0);
	field(out, c->alone ? "yes" : "", 0);
	join(&b, c->with, c->nwith);
	field(out, b.data, 0);
	buf_reset(&b);
	field(out, c->coped ? c->coped : "", 0);
	field(out, c->helped ? diary_helped_name(c->helped) : "", 0);
	join(&b, c->tags, c->ntags);
	field(out, b.data, 0);
	buf_reset(&b);
	field(out, c->note ? c->note : "", 0);
	field(out, c->win ? c->win : "", 0);
	field(out, c->for_appointment ? "yes" : "", 0);
	for (size_t i = 0; i < defs->n + nextra; i++) {
		const char *key = i < defs->n ? defs->items[i].key : extra[i - defs->n];
		int v;
		buf_reset(&b);
		if (checkin_value(c, key, &v)) {
			if (i < defs->n && defs->items[i].type == TRACKER_YESNO)
				buf_adds(&b, v ? "yes" : "no");
			else
				buf_addf(&b, "%d", v);
		}
		field(out, b.data, 0);
	}
	end_row(out);
	buf_release(&b);
}

void transfer_csv_build(const struct checkin_list *l, const struct tracker_list *defs,
			struct buf *out)
{
	char **extra = NULL;
	size_t nextra = 0;

	/* a byte-order mark, so that spreadsheets read the text as UTF-8 */
	buf_adds(out, "\xef\xbb\xbf");
	unknown_keys(l, defs, &extra, &nextra);
	for (size_t i = 0; i < ARRAY_SIZE(columns); i++)
		field(out, columns[i], i == 0);
	for (size_t i = 0; i < defs->n; i++) {
		struct buf h = BUF_INIT;
		tracker_header(&h, defs->items[i].name);
		field(out, h.data, 0);
		buf_release(&h);
	}
	for (size_t i = 0; i < nextra; i++)
		field(out, extra[i], 0);
	end_row(out);
	for (size_t i = 0; i < l->n; i++)
		row(out, &l->items[i], defs, extra, nextra);
	text_free_list(extra, nextra);
}

int transfer_csv(struct waymark *wm, struct buf *out, long *nrows, struct err *err)
{
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct tracker_list defs;

	q.oldest_first = 1;
	if (diary_trackers(wm, 1, &defs, err))
		return -1;
	if (diary_list(wm, &q, &l, err)) {
		tracker_list_release(&defs);
		return -1;
	}
	transfer_csv_build(&l, &defs, out);
	*nrows = (long)l.n;
	checkin_list_release(&l);
	tracker_list_release(&defs);
	return 0;
}
