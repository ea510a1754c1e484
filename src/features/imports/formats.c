/* SPDX-License-Identifier: MIT */
/*
 * formats.c: one parser per app, each turning rows (from read.c) or a
 * JSON document into entries with the rules in model.c, and saying in the
 * report what it inferred and what it could not bring in. The apps' file
 * layouts and quirks are described in docs/imports.md. No I/O.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "imports_int.h"

/* The time of day used for apps that rate a whole day (Pixels, eMoods,
 * Bearable days without a timed mood): the evening, when they ask. */
#define DAY_MINUTE (21 * 60)

/* ---- helpers ---- */

/* The column whose header is name (ASCII case and spaces at the ends
 * ignored), or -1. With prefix, a header that starts with name counts. */
static int column(const struct imports_row *h, const char *name, int prefix)
{
	for (size_t i = 0; i < h->n; i++) {
		char *t = text_trimmed(h->fields[i]);
		int hit = prefix ? !strncasecmp(t, name, strlen(name)) : text_eq_fold(t, name);
		free(t);
		if (hit)
			return (int)i;
	}
	return -1;
}

static const char *field(const struct imports_row *row, int col)
{
	return col >= 0 && (size_t)col < row->n ? row->fields[col] : "";
}

/* A whole number from s, or -1 if it is not one. */
static long whole(const char *s)
{
	char *end;
	long v;

	while (isspace((unsigned char)*s))
		s++;
	if (!isdigit((unsigned char)*s))
		return -1;
	v = strtol(s, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	return *end ? -1 : v;
}

/* A row with the wrong number of fields: cut short if it is the file's
 * last row and the file has no final line break (an error), else skipped
 * and reported. */
static int wrong_width(struct imports_report *r, const struct imports_table *t,
		       size_t i, size_t want, struct err *err)
{
	const struct imports_row *row = &t->rows[i];

	if (i == t->n - 1 && !t->final_newline && row->n < want)
		return err_input(err, NULL,
			_("the file seems to be cut short: its last row (row %ld) has %zu of its %zu fields"),
			row->record, row->n, want);
	imports_line(&r->left_out, _("row %ld has %zu fields where %zu were expected, so it cannot be read safely"),
		     row->record, row->n, want);
	return 0;
}

/* "N things" in the report's left_out, when there are any. A macro so
 * that the formats stay literals the compiler checks. */
#define say_left_out_count(r, count, one, many) do { \
		long n_ = (count); \
		if (n_) \
			imports_line(&(r)->left_out, P_(one, many, n_), n_); \
	} while (0)

/* ---- Daylio CSV ---- */

enum { D_FULL, D_YEAR, D_DATE, D_TIME, D_MOOD, D_ACTIVITIES, D_SCALES, D_TITLE,
       D_NOTE, D__MAX };

static void daylio_mood(struct imports_report *r, struct imports_entry *e,
			const char *label)
{
	static const char *const level_words[6] = {
		"", N_("Daylio's best level (1 of 5)"), N_("Daylio's level 2 of 5"),
		N_("Daylio's middle level (3 of 5)"), N_("Daylio's level 4 of 5"),
		N_("Daylio's lowest level (5 of 5)"),
	};
	int level = imports_daylio_level(label);

	if (!*label)
		return;
	if (level) {
		imports_mood_ref(r, e, label, imports_five_to_mood(level), _(level_words[level]));
	} else {
		struct buf key = BUF_INIT;
		imports_mood_ref(r, e, label, -1, _("a mood name of your own"));
		/* a name of the person's own says something: keep it (without
		 * a " [-]" marker) */
		imports_mood_key(label, &key);
		imports_add_tag(r, e, key.data);
		buf_release(&key);
	}
}

/* Daylio's note: HTML made plain, with the title as its first line. */
static void daylio_note(struct imports_report *r, struct imports_entry *e,
			const char *title, const char *note)
{
	struct buf b = BUF_INIT_SENSITIVE;

	if (*title) {
		if (imports_html_to_text(title, &b))
			r->html_notes++;
		if (b.len)
			r->titles++;
		imports_note_add(e, b.data);
		buf_reset(&b);
	}
	if (*note) {
		if (imports_html_to_text(note, &b))
			r->html_notes++;
		imports_note_add(e, b.data);
	}
	buf_release(&b);
}

int imports_daylio_csv(struct imports_report *r, const struct imports_table *t,
		       struct err *err)
{
	int col[D__MAX];
	size_t first = 1, want;
	const struct imports_row *h;
	struct wdate d;
	long scales = 0;

	if (!t->n)
		return err_input(err, NULL, _("there are no entries in this file"));
	h = &t->rows[0];
	for (int i = 0; i < D__MAX; i++)
		col[i] = -1;
	if (column(h, "full_date", 0) >= 0 || column(h, "year", 0) >= 0) {
		col[D_FULL] = column(h, "full_date", 0);
		col[D_YEAR] = column(h, "year", 0);
		col[D_DATE] = column(h, "date", 0);
		col[D_TIME] = column(h, "time", 0);
		col[D_MOOD] = column(h, "mood", 0);
		col[D_ACTIVITIES] = column(h, "activities", 0);
		col[D_SCALES] = column(h, "scales", 0);
		col[D_TITLE] = column(h, "note_title", 0);
		col[D_NOTE] = column(h, "note", 0);
		if (col[D_TIME] < 0 || col[D_MOOD] < 0 || (col[D_FULL] < 0 && col[D_DATE] < 0))
			return err_input(err, NULL,
				_("this does not look like a Daylio export: its header needs at least the columns full_date (or year and date), time and mood"));
	} else {
		/* no header: the layout from the number of fields and whether
		 * the first is an ISO date or a year */
		first = 0;
		if (h->n < 7 || h->n > 9)
			return err_input(err, NULL,
				_("this does not look like a Daylio export: its first row has %zu fields, where Daylio writes 7, 8 or 9"),
				h->n);
		if (!imports_parse_iso_date(h->fields[0], &d))
			col[D_FULL] = 0;
		else if (whole(h->fields[0]) >= 1900 && whole(h->fields[0]) <= 9999)
			col[D_YEAR] = 0;
		else
			return err_input(err, NULL,
				_("this does not look like a Daylio export: it has no header, and its first field is not a date or a year"));
		col[D_DATE] = 1;
		col[D_TIME] = 3;
		col[D_MOOD] = 4;
		col[D_ACTIVITIES] = 5;
		if (h->n == 9)
			col[D_SCALES] = 6;
		if (h->n >= 8)
			col[D_TITLE] = (int)h->n - 2;
		col[D_NOTE] = (int)h->n - 1;
	}
	want = h->n;
	if (t->n <= first)
		return err_input(err, NULL, _("this file has only a header: there are no entries in it"));

	{
		struct buf f = BUF_INIT;
		buf_addf(&f, _("a Daylio CSV export (%zu columns%s%s%s)"), want,
			 col[D_FULL] >= 0 ? _(", dated by full_date") : _(", dated by year and date"),
			 col[D_SCALES] >= 0 ? _(", with scales") : "",
			 first ? "" : _(", no header row"));
		r->format = buf_detach(&f, NULL);
	}

	for (size_t i = first; i < t->n; i++) {
		const struct imports_row *row = &t->rows[i];
		struct imports_entry *e;
		const char *parts[3];
		char day[11], hm[6];
		int minute;

		r->rows++;
		if (row->n != want) {
			if (wrong_width(r, t, i, want, err))
				return -1;
			continue;
		}
		if (col[D_FULL] >= 0 ? imports_parse_iso_date(field(row, col[D_FULL]), &d)
				     : imports_parse_words_date(field(row, col[D_DATE]),
								(int)whole(field(row, col[D_YEAR])), &d)) {
			imports_line(&r->left_out, _("row %ld: the date '%s' cannot be read"),
				     row->record, col[D_FULL] >= 0 ? field(row, col[D_FULL]) : field(row, col[D_DATE]));
			continue;
		}
		if (imports_parse_clock(field(row, col[D_TIME]), &minute)) {
			imports_line(&r->left_out, _("row %ld: the time '%s' cannot be read"),
				     row->record, field(row, col[D_TIME]));
			continue;
		}
		e = imports_entry_new(r, row->record);
		imports_entry_when(e, d, minute);
		daylio_mood(r, e, field(row, col[D_MOOD]));
		imports_add_tags_split(r, e, field(row, col[D_ACTIVITIES]));
		daylio_note(r, e, field(row, col[D_TITLE]), field(row, col[D_NOTE]));
		if (*field(row, col[D_SCALES])) {
			struct buf b = BUF_INIT_SENSITIVE;
			buf_addf(&b, _("Daylio scales: %s"), field(row, col[D_SCALES]));
			imports_note_add(e, b.data);
			buf_release(&b);
			scales++;
		}
		wdate_format(d, day);
		wclock_format(minute, hm);
		parts[0] = "daylio-csv";
		parts[1] = day;
		parts[2] = hm;
		imports_entry_uid(e, parts, 3, imports_same_minute(r, e));
	}
	if (scales)
		imports_line(&r->changed, P_("%ld entry had Daylio scales (such as sleep quality); they are kept in its note",
					     "%ld entries had Daylio scales (such as sleep quality); they are kept in their notes",
					     scales), scales);
	imports_line(&r->inferred, "%s",
		_("Daylio's CSV names each mood but does not give its level. Daylio's own five names (rad, good, meh, bad, awful, and the same in Polish) become 9, 7, 5, 3 and 1: the middle of each fifth of Waymark's 0 to 10."));
	for (size_t k = 0; k < r->nmoods; k++)
		if (r->moods[k].fallback < 0)
			imports_line(&r->inferred, "%s",
				_("Mood names you made yourself cannot be placed, so those check-ins have no mood until you give each name a number; the name is also kept as a tag."));
	imports_line(&r->inferred, "%s", col[D_FULL] >= 0
		? _("Dates come from the full_date column; times in 12-hour and 24-hour form are both read.")
		: _("Dates come from the year and the day and month in words (English, Polish and Spanish are understood); times in 12-hour and 24-hour form are both read."));
	imports_line(&r->left_out, "%s",
		_("photos and voice notes: a Daylio CSV export does not hold them (its .daylio backup does, but Waymark does not keep photos or audio)"));
	return 0;
}

/* ---- Daylio backup ---- */

static const char *json_str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

int imports_daylio_backup(struct imports_report *r, json_t *doc,
			  const struct imports_zip_info *zi, struct err *err)
{
	static const char *const predefined[6] = { "", "rad", "good", "meh", "bad", "awful" };
	json_t *entries = json_object_get(doc, "dayEntries");
	json_t *moods = json_object_get(doc, "customMoods");
	json_t *tags = json_object_get(doc, "tags");
	json_t *v, *pin;
	size_t i;
	long with_assets = 0, favourites = 0, scale_values = 0;

	if (!json_is_object(doc) || !json_is_array(entries) || !json_is_array(moods))
		return err_input(err, NULL,
			_("this is not a Daylio backup: it has no dayEntries and customMoods"));
	r->format = xstrdup(_("a Daylio backup (.daylio)"));
	pin = json_object_get(doc, "pin");
	if (pin && !json_is_null(pin) && !(json_is_string(pin) && !*json_string_value(pin)))
		imports_line(&r->left_out, "%s",
			_("the app's PIN, which was in the backup: Waymark never keeps it"));
	json_array_foreach(entries, i, v) {
		struct imports_entry *e;
		json_t *mood = NULL, *m, *tag_ids, *id;
		struct wdate d;
		char idtext[32], stamp[32];
		const char *parts[3];
		size_t k;
		long long dt;
		int level = 0;

		r->rows++;
		d.y = (int)json_integer_value(json_object_get(v, "year"));
		d.m = (int)json_integer_value(json_object_get(v, "month")) + 1; /* 0-based */
		d.d = (int)json_integer_value(json_object_get(v, "day"));
		if (!json_is_object(v) || !json_is_integer(json_object_get(v, "year")) ||
		    !wdate_valid(d.y, d.m, d.d) || json_integer_value(json_object_get(v, "hour")) > 23 ||
		    json_integer_value(json_object_get(v, "minute")) > 59) {
			imports_line(&r->left_out, _("entry %zu has no date Waymark can read"), i + 1);
			continue;
		}
		e = imports_entry_new(r, (long)i + 1);
		imports_entry_when(e, d, (int)json_integer_value(json_object_get(v, "hour")) * 60 +
					   (int)json_integer_value(json_object_get(v, "minute")));
		/* Daylio's own moment and offset, when it gives them */
		dt = json_integer_value(json_object_get(v, "datetime"));
		if (json_is_integer(json_object_get(v, "timeZoneOffset")))
			e->c.when.utc_offset = (int)(json_integer_value(json_object_get(v, "timeZoneOffset")) / 60000);
		if (dt > 0)
			e->when = (time_t)(dt / 1000);
		json_array_foreach(moods, k, m)
			if (json_integer_value(json_object_get(m, "id")) ==
			    json_integer_value(json_object_get(v, "mood")))
				mood = m;
		if (mood) {
			const char *custom = json_str(mood, "custom_name");
			long long pre = json_integer_value(json_object_get(mood, "predefined_name_id"));
			struct buf scale = BUF_INIT;
			level = (int)json_integer_value(json_object_get(mood, "mood_group_id"));
			buf_addf(&scale, _("Daylio level %d of 5 (1 is the best)"), level);
			imports_mood_ref(r, e, *custom ? custom : pre >= 1 && pre <= 5 ? predefined[pre] : "?",
					 imports_five_to_mood(level), scale.data);
			buf_release(&scale);
			if (*custom)
				imports_add_tag(r, e, custom);
		}
		tag_ids = json_object_get(v, "tags");
		json_array_foreach(tag_ids, k, id) {
			size_t j;
			json_t *tg;
			json_array_foreach(tags, j, tg)
				if (json_integer_value(json_object_get(tg, "id")) == json_integer_value(id))
					imports_add_tag(r, e, json_str(tg, "name"));
		}
		daylio_note(r, e, json_str(v, "note_title"), json_str(v, "note"));
		if (json_array_size(json_object_get(v, "assets")))
			with_assets++;
		if (json_is_true(json_object_get(v, "isFavorite")))
			favourites++;
		scale_values += (long)json_array_size(json_object_get(v, "scaleValues"));
		snprintf(idtext, sizeof(idtext), "%lld", (long long)json_integer_value(json_object_get(v, "id")));
		snprintf(stamp, sizeof(stamp), "%lld", dt);
		parts[0] = "daylio-backup";
		parts[1] = idtext;
		parts[2] = stamp;
		imports_entry_uid(e, parts, 3, 0);
	}
	imports_line(&r->inferred, "%s",
		_("The backup gives each mood's level (1 is the best, 5 the lowest). The levels become 9, 7, 5, 3 and 1: the middle of each fifth of Waymark's 0 to 10. Names of your own are also kept as tags."));
	say_left_out_count(r, zi->photos, N_("%ld photo (Waymark does not keep photos)"),
			   N_("%ld photos (Waymark does not keep photos)"));
	say_left_out_count(r, zi->audio, N_("%ld voice note (Waymark does not keep audio)"),
			   N_("%ld voice notes (Waymark does not keep audio)"));
	say_left_out_count(r, with_assets, N_("the photos or voice notes of %ld entry (the entry itself comes across)"),
			   N_("the photos or voice notes of %ld entries (the entries themselves come across)"));
	say_left_out_count(r, favourites, N_("the favourite mark on %ld entry"),
			   N_("the favourite marks on %ld entries"));
	say_left_out_count(r, scale_values, N_("%ld scale reading (such as sleep quality)"),
			   N_("%ld scale readings (such as sleep quality)"));
	say_left_out_count(r, (long)json_array_size(json_object_get(doc, "goals")),
			   N_("%ld Daylio goal (Waymark's goals work differently; add it there if you like)"),
			   N_("%ld Daylio goals (Waymark's goals work differently; add them there if you like)"));
	say_left_out_count(r, (long)json_array_size(json_object_get(doc, "reminders")),
			   N_("%ld reminder"), N_("%ld reminders"));
	say_left_out_count(r, (long)json_array_size(json_object_get(doc, "achievements")),
			   N_("%ld achievement"), N_("%ld achievements"));
	return 0;
}

/* ---- Bearable ---- */

struct bearable_day {
	struct wdate d;
	size_t entry;          /* index in the report */
	int minute;            /* the last timed mood, or -1 */
	struct buf moods, symptoms, energy, sleep, grateful, notes;
	int nmoods;
};

static void day_release(struct bearable_day *b)
{
	buf_release(&b->moods);
	buf_release(&b->symptoms);
	buf_release(&b->energy);
	buf_release(&b->sleep);
	buf_release(&b->grateful);
	buf_release(&b->notes);
}

/* "pre", "am", "mid", "pm", "all day", or a clock time; the minute for
 * ordering, or -1. */
static int bearable_time(const char *s, int *minute)
{
	static const struct {
		const char *name;
		int minute;
	} parts[] = {
		{ "pre", 5 * 60 }, { "am", 9 * 60 }, { "mid", 13 * 60 }, { "pm", 19 * 60 },
		{ "all day", -1 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++) {
		if (text_eq_fold(s, parts[i].name)) {
			*minute = parts[i].minute;
			return 0;
		}
	}
	return imports_parse_clock(s, minute);
}

static void list_add(struct buf *b, const char *sep, const char *s)
{
	if (b->len)
		buf_adds(b, sep);
	buf_adds(b, s);
}

int imports_bearable(struct imports_report *r, const struct imports_table *t,
		     struct err *err)
{
	int c_date, c_fdate, c_time, c_cat, c_amount, c_detail, c_notes;
	struct bearable_day *days = NULL;
	size_t ndays = 0;
	long meds = 0, meals = 0, other = 0, lo = 99, hi = -1;
	struct buf other_names = BUF_INIT;
	const struct imports_row *h;
	int rc = 0;

	if (!t->n)
		return err_input(err, NULL, _("there are no entries in this file"));
	h = &t->rows[0];
	c_date = column(h, "date", 0);
	c_fdate = column(h, "date formatted", 0);
	c_time = column(h, "time of day", 0);
	c_cat = column(h, "category", 0);
	c_amount = column(h, "rating/amount", 0);
	c_detail = column(h, "detail", 0);
	c_notes = column(h, "notes", 0);
	if (c_date < 0 || c_time < 0 || c_cat < 0 || c_amount < 0 || c_detail < 0)
		return err_input(err, NULL,
			_("this does not look like a Bearable export: its header needs the columns date, time of day, category, rating/amount and detail"));
	if (t->n < 2)
		return err_input(err, NULL, _("this file has only a header: there are no entries in it"));
	r->format = xstrdup(c_fdate >= 0 ? _("a Bearable CSV export (with formatted dates)")
					 : _("a Bearable CSV export"));

	for (size_t i = 1; i < t->n && !rc; i++) {
		const struct imports_row *row = &t->rows[i];
		const char *cat = field(row, c_cat), *detail = field(row, c_detail);
		const char *amount = field(row, c_amount), *when = field(row, c_time);
		struct bearable_day *day = NULL;
		struct imports_entry *e;
		struct wdate d;
		int minute = -1;

		r->rows++;
		if (row->n != h->n) {
			rc = wrong_width(r, t, i, h->n, err);
			continue;
		}
		if ((c_fdate >= 0 ? imports_parse_iso_date(field(row, c_fdate), &d)
				  : imports_parse_words_date(field(row, c_date), 0, &d))) {
			imports_line(&r->left_out, _("row %ld: the date '%s' cannot be read"),
				     row->record, field(row, c_fdate >= 0 ? c_fdate : c_date));
			continue;
		}
		if (*when && bearable_time(when, &minute)) {
			imports_line(&r->left_out, _("row %ld: the time of day '%s' cannot be read"),
				     row->record, when);
			continue;
		}
		for (size_t k = 0; k < ndays; k++)
			if (!wdate_cmp(days[k].d, d))
				day = &days[k];
		if (!day) {
			days = xrealloc(days, (ndays + 1) * sizeof(*days));
			day = &days[ndays++];
			memset(day, 0, sizeof(*day));
			day->d = d;
			day->minute = -1;
			buf_init(&day->moods, 0, BUF_SENSITIVE);
			buf_init(&day->symptoms, 0, BUF_SENSITIVE);
			buf_init(&day->energy, 0, BUF_SENSITIVE);
			buf_init(&day->sleep, 0, BUF_SENSITIVE);
			buf_init(&day->grateful, 0, BUF_SENSITIVE);
			buf_init(&day->notes, 0, BUF_SENSITIVE);
			e = imports_entry_new(r, row->record);
			imports_entry_when(e, d, DAY_MINUTE);
			day->entry = r->nentries - 1;
		}
		e = &r->entries[day->entry];
		if (text_eq_fold(cat, "Mood")) {
			long v = whole(amount);
			struct buf b = BUF_INIT_SENSITIVE;
			if (v < 0 || v > 10) {
				imports_line(&r->left_out, _("row %ld: the mood rating '%s' is not a number from 0 to 10"),
					     row->record, amount);
				buf_release(&b);
				continue;
			}
			lo = v < lo ? v : lo;
			hi = v > hi ? v : hi;
			imports_mood_ref(r, e, amount, (int)v, _("Bearable's mood out of 10"));
			if (minute >= 0)
				day->minute = minute;
			buf_addf(&b, "%s %ld", *when ? when : "?", v);
			if (*detail)
				buf_addf(&b, " (%s)", detail);
			list_add(&day->moods, "; ", b.data);
			day->nmoods++;
			buf_release(&b);
			imports_add_tags_split(r, e, detail);
		} else if (text_eq_fold(cat, "Symptom")) {
			struct buf b = BUF_INIT_SENSITIVE;
			const char *paren = strrchr(detail, '(');
			char *name = xstrndup(detail, paren ? (size_t)(paren - detail) : strlen(detail));
			imports_add_tag(r, e, name);
			buf_adds(&b, detail);
			if (*when)
				buf_addf(&b, " %s", when);
			list_add(&day->symptoms, "; ", b.data);
			free(name);
			buf_release(&b);
		} else if (text_eq_fold(cat, "Energy")) {
			struct buf b = BUF_INIT_SENSITIVE;
			buf_adds(&b, amount);
			if (*detail)
				buf_addf(&b, " (%s)", detail);
			if (*when)
				buf_addf(&b, " %s", when);
			list_add(&day->energy, "; ", b.data);
			buf_release(&b);
		} else if (text_eq_fold(cat, "Sleep")) {
			struct buf b = BUF_INIT_SENSITIVE;
			buf_addf(&b, "%s %s", amount, detail);
			list_add(&day->sleep, "; ", b.data);
			buf_release(&b);
		} else if (text_eq_fold(cat, "Factors") || text_eq_fold(cat, "Food Diary factors")) {
			imports_add_tags_split(r, e, detail);
		} else if (text_eq_fold(cat, "Gratitudes")) {
			list_add(&day->grateful, "; ", detail);
		} else if (text_eq_fold(cat, "Meds/Supplements")) {
			meds++;
		} else if (text_eq_fold(cat, "Food Diary")) {
			meals++;
		} else {
			other++;
			if (!strstr(other_names.data, cat))
				list_add(&other_names, ", ", cat);
		}
		if (c_notes >= 0 && *field(row, c_notes) &&
		    !strstr(day->notes.data, field(row, c_notes)))
			list_add(&day->notes, "\n", field(row, c_notes));
	}
	for (size_t k = 0; k < ndays; k++) {
		struct bearable_day *day = &days[k];
		struct imports_entry *e = &r->entries[day->entry];
		struct buf b = BUF_INIT_SENSITIVE;
		const char *parts[2];
		char date[11];

		if (!rc) {
			if (day->minute >= 0)
				imports_entry_when(e, day->d, day->minute);
			if (day->moods.len) {
				buf_addf(&b, _("Bearable mood ratings (out of 10): %s"), day->moods.data);
				imports_note_add(e, b.data);
			}
			buf_reset(&b);
			if (day->energy.len) {
				buf_addf(&b, _("Energy: %s"), day->energy.data);
				imports_note_add(e, b.data);
			}
			buf_reset(&b);
			if (day->symptoms.len) {
				buf_addf(&b, _("Symptoms: %s"), day->symptoms.data);
				imports_note_add(e, b.data);
			}
			buf_reset(&b);
			if (day->sleep.len) {
				buf_addf(&b, _("Sleep: %s"), day->sleep.data);
				imports_note_add(e, b.data);
			}
			buf_reset(&b);
			if (day->grateful.len) {
				buf_addf(&b, _("Grateful for: %s"), day->grateful.data);
				imports_note_add(e, b.data);
			}
			imports_note_add(e, day->notes.data);
			wdate_format(day->d, date);
			parts[0] = "bearable";
			parts[1] = date;
			imports_entry_uid(e, parts, 2, 0);
		}
		buf_release(&b);
		day_release(day);
	}
	free(days);
	if (!rc) {
		if (hi >= 0)
			imports_line(&r->inferred,
				_("Bearable rates mood out of 10; the ratings here run from %ld to %ld, so each keeps its number."),
				lo, hi);
		imports_line(&r->inferred, "%s",
			_("Bearable keeps one reading per row, so each day becomes one check-in, at the time of its last mood rating (or 21:00). When a day has several mood ratings, its mood is their average, and every rating and its time is listed in the note."));
		imports_line(&r->inferred, "%s",
			_("Emotions, factors and symptoms become tags; energy, symptom severity, sleep and gratitudes go into the note."));
		say_left_out_count(r, meds, N_("%ld medication or supplement reading (Waymark does not track medication yet)"),
				   N_("%ld medication and supplement readings (Waymark does not track medication yet)"));
		say_left_out_count(r, meals, N_("%ld food diary meal list"), N_("%ld food diary meal lists"));
		if (other)
			imports_line(&r->left_out, P_("%ld reading in other categories (%s)",
						      "%ld readings in other categories (%s)", other),
				     other, other_names.data);
	}
	buf_release(&other_names);
	return rc;
}

/* ---- eMoods ---- */

int imports_emoods(struct imports_report *r, const struct imports_table *t,
		   struct err *err)
{
	static const char *const ratings[] = { "DEPRESSED", "ELEVATED", "IRRITABILITY", "ANXIETY" };
	static const char *const rating_words[] = {
		N_("depressed"), N_("elevated"), N_("irritable"), N_("anxious"),
	};
	static const char *const severity[] = { "", N_("none"), N_("mild"), N_("moderate"), N_("severe") };
	int c_id, c_date, c_sleep, c_psych, c_note, c_therapy, c_cycle, c_weight, c_rate[4];
	const struct imports_row *h;
	long empty = 0, weights = 0;
	int rc = 0;

	if (!t->n)
		return err_input(err, NULL, _("there are no entries in this file"));
	h = &t->rows[0];
	c_id = column(h, "ID", 0);
	c_date = column(h, "DATE", 1);
	c_sleep = column(h, "SLEEP", 0);
	c_psych = column(h, "PSYCHOTIC SYMPTOMS", 0);
	c_note = column(h, "NOTE", 0);
	c_therapy = column(h, "THERAPY", 0);
	c_cycle = column(h, "MENSTRUAL CYCLE", 0);
	c_weight = column(h, "WEIGHT", 0);
	for (int k = 0; k < 4; k++)
		c_rate[k] = column(h, ratings[k], 0);
	if (c_date < 0 || c_rate[0] < 0 || c_rate[1] < 0)
		return err_input(err, NULL,
			_("this does not look like eMoods' entry.csv: its header needs at least the columns DATE, DEPRESSED and ELEVATED"));
	if (t->n < 2)
		return err_input(err, NULL, _("this file has only a header: there are no entries in it"));
	r->format = xstrdup(_("an eMoods backup (entry.csv)"));
	for (size_t i = 1; i < t->n && !rc; i++) {
		const struct imports_row *row = &t->rows[i];
		struct imports_entry *e;
		struct buf line = BUF_INIT_SENSITIVE, tag = BUF_INIT;
		const char *parts[3];
		char date[11];
		struct wdate d;
		double sleep;
		int any = 0;

		r->rows++;
		if (row->n != h->n) {
			rc = wrong_width(r, t, i, h->n, err);
			continue;
		}
		if (imports_parse_iso_date(field(row, c_date), &d)) {
			imports_line(&r->left_out, _("row %ld: the date '%s' cannot be read"),
				     row->record, field(row, c_date));
			continue;
		}
		e = imports_entry_new(r, row->record);
		imports_entry_when(e, d, DAY_MINUTE);
		for (int k = 0; k < 4; k++) {
			long v = whole(field(row, c_rate[k]));
			if (v < 1 || v > 4)
				continue; /* 0: not recorded */
			any = 1;
			list_add(&line, ", ", "");
			buf_addf(&line, "%s %s", _(rating_words[k]), _(severity[v]));
			if (v >= 2) {
				buf_reset(&tag);
				buf_addf(&tag, "%s (%s)", _(rating_words[k]), _(severity[v]));
				imports_add_tag(r, e, tag.data);
			}
		}
		if (line.len) {
			struct buf b = BUF_INIT_SENSITIVE;
			buf_addf(&b, _("eMoods: %s"), line.data);
			imports_note_add(e, b.data);
			buf_release(&b);
		}
		sleep = strtod(field(row, c_sleep), NULL);
		if (sleep > 0 && sleep <= 24) {
			struct buf b = BUF_INIT;
			buf_addf(&b, _("Slept %g hours"), sleep);
			imports_note_add(e, b.data);
			buf_release(&b);
			any = 1;
		}
		if (whole(field(row, c_psych)) == 1) {
			imports_add_tag(r, e, _("psychotic symptoms"));
			any = 1;
		}
		if (whole(field(row, c_therapy)) == 1) {
			imports_add_tag(r, e, _("therapy"));
			any = 1;
		}
		if (whole(field(row, c_cycle)) == 1) {
			imports_add_tag(r, e, _("period"));
			any = 1;
		}
		if (strtod(field(row, c_weight), NULL) > 0)
			weights++;
		if (*field(row, c_note)) {
			imports_note_add(e, field(row, c_note));
			any = 1;
		}
		buf_release(&line);
		buf_release(&tag);
		if (!any) {
			imports_entry_drop_last(r);
			empty++;
			continue;
		}
		wdate_format(d, date);
		parts[0] = "emoods";
		parts[1] = field(row, c_id);
		parts[2] = date;
		imports_entry_uid(e, parts, 3, 0);
	}
	if (rc)
		return -1;
	imports_line(&r->inferred, "%s",
		_("eMoods rates depression, elevation, irritability and anxiety from 1 (none) to 4 (severe), and uses 0 for \"not recorded\"; it gives no overall mood, so these check-ins have none. Mild, moderate and severe become tags, and every rating is listed in the note."));
	imports_line(&r->inferred, "%s",
		_("eMoods rates a whole day, so each day becomes one check-in at 21:00; hours slept go into the note."));
	say_left_out_count(r, empty, N_("%ld day with nothing recorded"), N_("%ld days with nothing recorded"));
	say_left_out_count(r, weights, N_("%ld weight reading (Waymark does not track weight)"),
			   N_("%ld weight readings (Waymark does not track weight)"));
	return 0;
}

/* ---- Pixels ---- */

static void pixels_tags(struct imports_report *r, struct imports_entry *e, json_t *tags)
{
	size_t i;
	json_t *g;

	json_array_foreach(tags, i, g) {
		if (json_is_string(g)) {
			imports_add_tag(r, e, json_string_value(g));
		} else {
			size_t j;
			json_t *t;
			json_array_foreach(json_object_get(g, "entries"), j, t)
				if (json_is_string(t))
					imports_add_tag(r, e, json_string_value(t));
		}
	}
}

static void pixels_score(struct imports_report *r, struct imports_entry *e, long s,
			 struct buf *list)
{
	char label[24], scale[48];

	snprintf(label, sizeof(label), "%ld", s);
	snprintf(scale, sizeof(scale), _("%ld out of 5"), s);
	imports_mood_ref(r, e, label, imports_five_to_mood(6 - (int)s), scale);
	buf_addf(list, "%s%ld", list->len ? ", " : "", s);
}

int imports_pixels(struct imports_report *r, json_t *doc, struct err *err)
{
	size_t i;
	json_t *day;
	long several = 0, other = 0;

	if (!json_is_array(doc))
		return err_input(err, NULL, _("this is not a Pixels backup: it is not a list of days"));
	r->format = xstrdup(_("a Pixels backup (JSON)"));
	json_array_foreach(doc, i, day) {
		struct imports_entry *e;
		struct wdate d;
		struct buf scores = BUF_INIT;
		json_t *items, *item;
		const char *parts[2];
		char date[11];
		size_t k;

		r->rows++;
		if (!json_is_object(day) || imports_parse_iso_date(json_str(day, "date"), &d)) {
			imports_line(&r->left_out, _("day %zu has no date Waymark can read"), i + 1);
			continue;
		}
		e = imports_entry_new(r, (long)i + 1);
		imports_entry_when(e, d, DAY_MINUTE);
		/* the newer shape holds one record per day; the older one a
		 * list of entries */
		items = json_object_get(day, "entries");
		if (!json_is_array(items)) {
			items = json_array();
			json_array_append(items, day);
		} else {
			json_incref(items);
		}
		json_array_foreach(items, k, item) {
			const char *type = json_str(item, "type");
			json_t *s;
			size_t j;
			if (*type && !text_eq_fold(type, "Mood")) {
				other++;
				continue;
			}
			json_array_foreach(json_object_get(item, "scores"), j, s)
				if (json_integer_value(s) >= 1 && json_integer_value(s) <= 5)
					pixels_score(r, e, (long)json_integer_value(s), &scores);
			s = json_object_get(item, "value");
			if (json_integer_value(s) >= 1 && json_integer_value(s) <= 5)
				pixels_score(r, e, (long)json_integer_value(s), &scores);
			pixels_tags(r, e, json_object_get(item, "tags"));
			imports_note_add(e, json_str(item, "notes"));
		}
		json_decref(items);
		if (e->nmoods > 1) {
			struct buf b = BUF_INIT;
			buf_addf(&b, _("Pixels scores through the day (out of 5): %s"), scores.data);
			imports_note_add(e, b.data);
			buf_release(&b);
			several++;
		}
		buf_release(&scores);
		wdate_format(d, date);
		parts[0] = "pixels";
		parts[1] = date;
		imports_entry_uid(e, parts, 2, 0);
	}
	imports_line(&r->inferred, "%s",
		_("Pixels scores a day from 1 to 5. The scores become 1, 3, 5, 7 and 9: the middle of each fifth of Waymark's 0 to 10. Each day becomes one check-in at 21:00."));
	if (several)
		imports_line(&r->inferred, P_("%ld day has several scores: its mood is their average, and the scores are listed in its note.",
					      "%ld days have several scores: their mood is the average, and the scores are listed in the note.",
					      several), several);
	imports_line(&r->inferred, "%s", _("Tags of every group (such as emotions and activities) become tags."));
	say_left_out_count(r, other, N_("%ld record that is not a mood"), N_("%ld records that are not moods"));
	return 0;
}

/* ---- iMoodJournal ---- */

/* Adds each #hashtag in s as a tag. */
static void hashtags(struct imports_report *r, struct imports_entry *e, const char *s)
{
	for (const char *p = strchr(s, '#'); p; p = strchr(p, '#')) {
		const char *q = ++p;
		while (*q && (isalnum((unsigned char)*q) || *q == '_' || *q == '-' ||
			      ((unsigned char)*q & 0x80)))
			q++;
		if (q > p) {
			char *tag = xstrndup(p, (size_t)(q - p));
			imports_add_tag(r, e, tag);
			free(tag);
		}
		p = q;
	}
}

int imports_imoodjournal(struct imports_report *r, const struct imports_table *t,
			 struct err *err)
{
	int c_date, c_hour, c_minute, c_level, c_comment;
	const struct imports_row *h;
	int rc = 0;

	if (!t->n)
		return err_input(err, NULL, _("there are no entries in this file"));
	h = &t->rows[0];
	c_date = column(h, "Date", 0);
	c_hour = column(h, "Hour", 0);
	c_minute = column(h, "Minute", 0);
	c_level = column(h, "Level", 0);
	c_comment = column(h, "Comment", 0);
	if (c_date < 0 || c_hour < 0 || c_minute < 0 || c_level < 0)
		return err_input(err, NULL,
			_("this does not look like an iMoodJournal export: its header needs the columns Date, Hour, Minute and Level"));
	if (t->n < 2)
		return err_input(err, NULL, _("this file has only a header: there are no entries in it"));
	r->format = xstrdup(_("an iMoodJournal CSV export"));
	for (size_t i = 1; i < t->n && !rc; i++) {
		const struct imports_row *row = &t->rows[i];
		struct imports_entry *e;
		const char *parts[3];
		char date[11], hm[6];
		struct wdate d;
		long hour, minute, level;

		r->rows++;
		if (row->n != h->n) {
			rc = wrong_width(r, t, i, h->n, err);
			continue;
		}
		hour = whole(field(row, c_hour));
		minute = whole(field(row, c_minute));
		level = whole(field(row, c_level));
		if (imports_parse_words_date(field(row, c_date), 0, &d) || hour < 0 || hour > 23 ||
		    minute < 0 || minute > 59) {
			imports_line(&r->left_out, _("row %ld: the date or time cannot be read"), row->record);
			continue;
		}
		e = imports_entry_new(r, row->record);
		imports_entry_when(e, d, (int)(hour * 60 + minute));
		if (level >= 1 && level <= 10)
			imports_mood_ref(r, e, field(row, c_level), (int)level,
					 _("iMoodJournal's level out of 10"));
		else if (*field(row, c_level))
			imports_line(&r->left_out, _("row %ld: the level '%s' is not from 1 to 10, so that entry has no mood"),
				     row->record, field(row, c_level));
		hashtags(r, e, field(row, c_comment));
		/* the 0/1 column for each hashtag ever used */
		for (size_t k = 0; k < row->n && k < h->n; k++) {
			if ((int)k == c_date || (int)k == c_hour || (int)k == c_minute ||
			    (int)k == c_level || (int)k == c_comment || k < 7)
				continue;
			if (!strcmp(row->fields[k], "1"))
				imports_add_tag(r, e, h->fields[k]);
		}
		imports_note_add(e, field(row, c_comment));
		wdate_format(d, date);
		wclock_format(e->c.when.minute, hm);
		parts[0] = "imoodjournal";
		parts[1] = date;
		parts[2] = hm;
		imports_entry_uid(e, parts, 3, imports_same_minute(r, e));
	}
	if (rc)
		return -1;
	imports_line(&r->inferred, "%s",
		_("iMoodJournal's level runs from 1 to 10 and keeps its number (Waymark's scale also has 0, which iMoodJournal does not use). Hashtags in comments become tags; the comment is the note."));
	return 0;
}

/* ---- Loop Habit Tracker ---- */

/* Loop's codes in Checkmarks.csv for a yes-or-no habit (docs/imports.md).
 * 3 is a skipped day in the exports seen; the app's source also has -3. */
enum { LOOP_UNKNOWN = -1, LOOP_NO = 0, LOOP_YES_AUTO = 1, LOOP_YES = 2,
       LOOP_SKIP = 3 };

/* A whole number, maybe negative: 0 and *out, or -1. */
static int loop_number(const char *s, long *out)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	if (!*s || (!isdigit((unsigned char)*s) && *s != '-'))
		return -1;
	errno = 0;
	*out = strtol(s, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	return *end || errno ? -1 : 0;
}

/* A habit's name made to fit as a tracker's: ',' and '=' (which a
 * tracker's name cannot hold) become ';' and '-', line breaks spaces,
 * and it is cut to TRACKER_NAME_MAX characters. *changed is set if any
 * of that happened. NULL (and err) if it still cannot be a name. */
static char *loop_name(const char *raw, int *changed, struct err *err)
{
	struct buf b = BUF_INIT;
	struct tracker t;
	char *name = NULL;
	size_t chars = 0;

	for (const char *p = raw; *p && chars < TRACKER_NAME_MAX;) {
		int n = text_char_len(p);
		if (n <= 0) { /* not UTF-8: read.c has made it so already */
			p++;
			continue;
		}
		if (*p == ',' || *p == '=' || *p == '\n' || *p == '\r' || *p == '\t')
			buf_addch(&b, *p == ',' ? ';' : *p == '=' ? '-' : ' ');
		else
			buf_add(&b, p, (size_t)n);
		p += n;
		chars++;
		if (chars == TRACKER_NAME_MAX && *p)
			*changed = 1;
	}
	if (strpbrk(raw, ",=\n\r\t"))
		*changed = 1;
	tracker_init(&t);
	if (!tracker_set_name(&t, b.data ? b.data : "", err))
		name = xstrdup(t.name);
	tracker_release(&t);
	buf_release(&b);
	return name;
}

/* One habit column of Checkmarks.csv. */
struct loop_habit {
	int col;
	size_t tracker;
	int numeric;
	const char *position; /* from Habits.csv ("001"), or "" */
};

/* The habits: Checkmarks.csv's columns, with what Habits.csv (if given)
 * says of each, or what the values show. */
static int loop_habits(struct imports_report *r, const struct imports_table *habits,
		       const struct imports_table *marks, struct loop_habit **out,
		       size_t *nout, long *renamed, struct err *err)
{
	const struct imports_row *hh = habits ? &habits->rows[0] : NULL;
	const struct imports_row *hdr = &marks->rows[0];
	int c_name = -1, c_type = -1, c_unit = -1, c_arch = -1, c_pos = -1;

	if (hh) {
		c_name = column(hh, "Name", 0);
		c_pos = column(hh, "Position", 0);
		c_type = column(hh, "Type", 0);
		c_unit = column(hh, "Unit", 0);
		c_arch = column(hh, "Archived?", 0);
		if (c_name < 0)
			return err_input(err, NULL, "%s", _("the Habits.csv in this archive is not one Loop Habit Tracker wrote: it has no Name column"));
	}
	*out = NULL;
	*nout = 0;
	for (size_t c = 1; c < hdr->n; c++) {
		const struct imports_row *def = NULL;
		struct loop_habit *h;
		struct err nerr = ERR_INIT;
		char *raw = text_trimmed(hdr->fields[c]), *name;
		int changed = 0, numeric = 0, retired = 0, dup = 0;
		const char *unit = NULL;

		if (!*raw) { /* the empty field after Loop's trailing comma */
			free(raw);
			continue;
		}
		for (size_t i = 1; hh && i < habits->n; i++) {
			char *n = text_trimmed(field(&habits->rows[i], c_name));
			int hit = text_eq_fold(n, raw);
			free(n);
			if (hit) {
				def = &habits->rows[i];
				break;
			}
		}
		name = loop_name(raw, &changed, &nerr);
		if (!name) {
			imports_line(&r->left_out, _("the habit in column %zu: %s"), c + 1, nerr.msg);
			free(raw);
			continue;
		}
		for (size_t i = 0; i < r->ntrackers; i++)
			dup |= text_eq_fold(r->trackers[i].name, name);
		if (dup) {
			imports_line(&r->left_out, _("a second habit called \u201c%s\u201d (your trackers need different names; rename one in Loop and export again)"),
				     name);
			free(name);
			free(raw);
			continue;
		}
		if (def && c_type >= 0) {
			numeric = text_eq_fold(field(def, c_type), "NUMERICAL");
			unit = numeric ? field(def, c_unit) : NULL;
		} else {
			/* no type given: a number other than Loop's codes says
			 * the habit counts something */
			for (size_t i = 1; i < marks->n && !numeric; i++) {
				long v;
				if (!loop_number(field(&marks->rows[i], (int)c), &v) &&
				    (v < LOOP_UNKNOWN || v > LOOP_SKIP) && v != -LOOP_SKIP)
					numeric = 1;
			}
		}
		if (def && c_arch >= 0)
			retired = text_eq_fold(field(def, c_arch), "true");
		if (unit) { /* a unit a tracker cannot hold is left off: the numbers still come */
			struct tracker t;
			struct err uerr = ERR_INIT;
			tracker_init(&t);
			if (tracker_set_unit(&t, unit, &uerr))
				unit = NULL;
			tracker_release(&t);
		}
		*renamed += changed;
		*out = xrealloc(*out, (*nout + 1) * sizeof(**out));
		h = &(*out)[(*nout)++];
		h->col = (int)c;
		h->numeric = numeric;
		h->position = def ? field(def, c_pos) : "";
		h->tracker = imports_tracker_new(r, name, numeric ? TRACKER_COUNT : TRACKER_YESNO,
						 unit, retired);
		free(name);
		free(raw);
	}
	return 0;
}

/* "Meditate (yes or no), Vaping (a count)": the trackers that will get
 * values. */
static void loop_tracker_list(const struct imports_report *r, struct buf *out)
{
	for (size_t i = 0; i < r->ntrackers; i++) {
		const struct imports_tracker *t = &r->trackers[i];
		if (!t->values)
			continue;
		if (out->len)
			buf_adds(out, ", ");
		buf_addf(out, "%s (%s%s)", t->name,
			 t->type == TRACKER_COUNT ? _("a count") : _("yes or no"),
			 t->retired ? _(", archived in Loop, so retired") : "");
	}
}

/* A note written on one day of one habit, from the habit's folder. */
struct loop_note {
	struct wdate d;
	size_t habit;
	const char *text;
	int used;
};

/* The notes in the habits' folders ("001 Meditate/Checkmarks.csv": Date,
 * Value, Notes), each found its habit by the Position at the start of the
 * folder's name. Counts notes it cannot place. */
static void loop_notes(const struct loop_habit *hs, size_t nh,
		       const struct loop_folder *folders, size_t nfolders,
		       struct loop_note **out, size_t *nout, long *unplaced)
{
	*out = NULL;
	*nout = 0;
	for (size_t f = 0; f < nfolders; f++) {
		const struct imports_table *t = &folders[f].t;
		size_t k = nh, digits = strspn(folders[f].path, "0123456789");
		char num[16];
		long pos;
		int c_notes;

		if (!t->n || (c_notes = column(&t->rows[0], "Notes", 0)) < 0)
			continue;
		/* "001 Meditate/...": whole() wants the number alone */
		snprintf(num, sizeof(num), "%.*s", (int)(digits < 15 ? digits : 15), folders[f].path);
		pos = digits ? whole(num) : -1;
		for (size_t i = 0; i < nh && k == nh; i++)
			if (pos >= 0 && whole(hs[i].position) == pos)
				k = i;
		for (size_t i = 1; i < t->n; i++) {
			const char *text = field(&t->rows[i], c_notes);
			struct wdate d;

			if (!*text)
				continue;
			if (k == nh || imports_parse_iso_date(field(&t->rows[i], 0), &d)) {
				(*unplaced)++;
				continue;
			}
			*out = xrealloc(*out, (*nout + 1) * sizeof(**out));
			(*out)[(*nout)++] = (struct loop_note){ d, k, text, 0 };
		}
	}
}

static int note_cmp(const void *a, const void *b)
{
	const struct loop_note *x = a, *y = b;
	int c = wdate_cmp(x->d, y->d);

	if (c)
		return c;
	return x->habit < y->habit ? -1 : x->habit > y->habit;
}

/* The first of the (sorted) notes on day d or after. */
static size_t loop_notes_from(const struct loop_note *notes, size_t n, struct wdate d)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (wdate_cmp(notes[mid].d, d) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int imports_loop(struct imports_report *r, const struct imports_table *habits,
		 const struct imports_table *marks, const struct imports_zip_info *zi,
		 const struct loop_folder *folders, size_t nfolders, struct err *err)
{
	struct loop_note *notes = NULL;
	size_t nnotes = 0;
	long unplaced = 0, with_notes = 0;
	const struct imports_row *hdr;
	struct loop_habit *hs = NULL;
	struct imports_value *today = NULL;
	char *fraction = NULL; /* today[k] was rounded */
	size_t nh = 0;
	long renamed = 0, quiet = 0, autos = 0, skipped = 0, odd = 0, rounded = 0,
	     too_big = 0, any_numeric = 0, any_yesno = 0;
	char *first;
	int is_date;

	if (!marks->n)
		return err_input(err, NULL, "%s", _("the file is empty"));
	hdr = &marks->rows[0];
	first = text_trimmed(field(hdr, 0));
	is_date = text_eq_fold(first, "Date");
	free(first);
	if (!is_date && column(hdr, "Position", 0) >= 0 && column(hdr, "Name", 0) >= 0)
		return err_input(err, NULL, "%s", _("this is Loop's list of habits (Habits.csv). Waymark needs the days you ticked too: give it the whole ZIP that Loop's \"Export as CSV\" makes, or its Checkmarks.csv"));
	if (!is_date)
		return err_input(err, NULL, "%s", _("this is not a Loop Habit Tracker export: Waymark reads the ZIP that Loop's \"Export as CSV\" makes, or the Checkmarks.csv inside it, which starts with a Date column"));
	if (hdr->n == 3 && column(hdr, "Value", 0) == 1 && column(hdr, "Notes", 0) == 2)
		return err_input(err, NULL, "%s", _("this is the file of a single habit, which does not say which habit it is. Give Waymark the whole ZIP that Loop's \"Export as CSV\" makes, or the Checkmarks.csv at its top"));
	if (marks->n > 1 && marks->rows[1].n != hdr->n)
		return err_input(err, NULL, "%s", _("the habits' names in the first row do not line up with the columns below them (Loop does not put quotes around a name with a comma). Give Waymark the whole ZIP, whose Habits.csv holds the names"));
	for (size_t i = 1; i < marks->n; i++)
		for (size_t c = 1; c < marks->rows[i].n; c++)
			if (strchr(marks->rows[i].fields[c], '.'))
				return err_input(err, NULL, "%s", _("this looks like Loop's Scores.csv (habit strength, which Loop works out from your ticks). Give Waymark the whole ZIP, or its Checkmarks.csv"));
	if (loop_habits(r, habits, marks, &hs, &nh, &renamed, err)) {
		free(hs);
		return -1;
	}
	if (!nh) {
		free(hs);
		return err_input(err, NULL, "%s", _("there are no habits in this file"));
	}
	loop_notes(hs, nh, folders, nfolders, &notes, &nnotes, &unplaced);
	if (nnotes)
		qsort(notes, nnotes, sizeof(*notes), note_cmp);
	r->format = xstrdup(habits ? _("a Loop Habit Tracker export (the ZIP from \"Export as CSV\")")
				   : _("Loop Habit Tracker's Checkmarks.csv"));
	today = xcalloc(nh, sizeof(*today));
	fraction = xcalloc(nh, sizeof(*fraction));
	for (size_t i = 1; i < marks->n; i++) {
		const struct imports_row *row = &marks->rows[i];
		struct imports_entry *e;
		struct wdate d;
		const char *parts[2];
		char date[11];
		size_t nv = 0, first_note;
		int done = 0;

		r->rows++;
		if (imports_parse_iso_date(field(row, 0), &d)) {
			imports_line(&r->left_out, _("row %ld has no date Waymark can read"), row->record);
			continue;
		}
		for (size_t k = 0; k < nh; k++) {
			const char *s = field(row, hs[k].col);
			long v;

			if (!*s)
				continue;
			if (loop_number(s, &v)) {
				odd++;
				continue;
			}
			if (hs[k].numeric) {
				if (v < 0)
					continue; /* nothing written that day */
				if (v > TRACKER_COUNT_MAX * 1000L + 499) {
					too_big++;
					continue;
				}
				fraction[nv] = v % 1000 != 0;
				today[nv++] = (struct imports_value){ hs[k].tracker, (int)((v + 500) / 1000) };
				done |= v > 0; /* 0.4 km was written down, even if it rounds to 0 */
			} else if (v == LOOP_YES) {
				fraction[nv] = 0;
				today[nv++] = (struct imports_value){ hs[k].tracker, 1 };
				done = 1;
			} else if (v == LOOP_NO) {
				fraction[nv] = 0;
				today[nv++] = (struct imports_value){ hs[k].tracker, 0 };
			} else if (v == LOOP_YES_AUTO) {
				autos++;
			} else if (v == LOOP_SKIP || v == -LOOP_SKIP) {
				skipped++;
			} else if (v != LOOP_UNKNOWN) {
				odd++;
			}
		}
		first_note = loop_notes_from(notes, nnotes, d);
		if (first_note < nnotes && !wdate_cmp(notes[first_note].d, d))
			done |= 2;
		if (!done) {
			quiet += nv > 0;
			continue;
		}
		e = imports_entry_new(r, row->record);
		imports_entry_when(e, d, DAY_MINUTE);
		/* the day's notes, in the habits' order (sorted so) */
		for (size_t k = first_note; k < nnotes && !wdate_cmp(notes[k].d, d); k++) {
			struct buf b = BUF_INIT_SENSITIVE;
			if (notes[k].used)
				continue;
			buf_addf(&b, "%s: %s", r->trackers[hs[notes[k].habit].tracker].name, notes[k].text);
			imports_note_add(e, b.data);
			buf_release(&b);
			notes[k].used = 1;
			with_notes++;
		}
		for (size_t k = 0; k < nv; k++) {
			imports_entry_value(r, e, today[k].tracker, today[k].value);
			rounded += fraction[k];
			if (r->trackers[today[k].tracker].type == TRACKER_COUNT)
				any_numeric = 1;
			else
				any_yesno = 1;
		}
		wdate_format(d, date);
		parts[0] = "loop";
		parts[1] = date;
		imports_entry_uid(e, parts, 2, imports_same_minute(r, e));
	}
	for (size_t k = 0; k < nnotes; k++)
		unplaced += !notes[k].used;
	free(notes);
	free(today);
	free(fraction);
	free(hs);

	imports_line(&r->inferred, "%s", _("Loop keeps no mood, so each day on which you ticked a habit or wrote down a number becomes one check-in at 21:00, without a mood."));
	{
		struct buf list = BUF_INIT;
		loop_tracker_list(r, &list);
		if (list.len)
			imports_line(&r->inferred, _("Each habit becomes one of your own trackers, with the same name: %s. If you already have a tracker with that name, it is used."),
				     list.data);
		buf_release(&list);
	}
	if (any_yesno)
		imports_line(&r->inferred, "%s", _("A habit ticked as done becomes yes, and one marked as not done becomes no."));
	if (any_numeric)
		imports_line(&r->inferred, "%s", _("Loop keeps numbers multiplied by 1000; they are divided back (63000 becomes 63)."));
	if (!habits && any_numeric)
		imports_line(&r->inferred, "%s", _("Only Checkmarks.csv was given, so Waymark took a habit to be a count when it holds numbers other than Loop's tick codes."));
	if (rounded)
		imports_line(&r->changed, P_("%ld number had a fraction and was rounded to a whole number",
					     "%ld numbers had a fraction and were rounded to whole numbers",
					     rounded), rounded);
	if (renamed)
		imports_line(&r->changed, P_("%ld habit's name had a comma, an '=' or a line break, or was over %d characters, and was changed to fit as a tracker's name",
					     "%ld habits' names had a comma, an '=' or a line break, or were over %d characters, and were changed to fit as trackers' names",
					     renamed), renamed, TRACKER_NAME_MAX);
	say_left_out_count(r, quiet, N_("%ld day on which nothing was ticked (no check-in is made for it)"),
			   N_("%ld days on which nothing was ticked (no check-in is made for them)"));
	say_left_out_count(r, autos, N_("%ld tick Loop added by itself, because a habit's target for the week was already met (left empty)"),
			   N_("%ld ticks Loop added by itself, because a habit's target for the week was already met (left empty)"));
	say_left_out_count(r, skipped, N_("%ld day marked as skipped (left empty)"),
			   N_("%ld days marked as skipped (left empty)"));
	say_left_out_count(r, odd, N_("%ld value Waymark could not read"),
			   N_("%ld values Waymark could not read"));
	if (too_big)
		imports_line(&r->left_out, P_("%ld number larger than a tracker holds (%d)",
					      "%ld numbers larger than a tracker holds (%d)", too_big),
			     too_big, TRACKER_COUNT_MAX);
	if (with_notes)
		imports_line(&r->inferred, P_("%ld note you wrote on a day of a habit is kept in that day's note, after the habit's name.",
					      "%ld notes you wrote on days of habits are kept in those days' notes, after the habit's name.",
					      with_notes), with_notes);
	say_left_out_count(r, unplaced, N_("%ld note on a habit's day Waymark could not place (its habit was left out, or its day is not in Checkmarks.csv)"),
			   N_("%ld notes on habits' days Waymark could not place (their habits were left out, or their days are not in Checkmarks.csv)"));
	if (zi && zi->other + zi->photos + zi->audio > (long)nfolders)
		say_left_out_count(r, zi->other + zi->photos + zi->audio - (long)nfolders,
				   N_("%ld other file in the ZIP, such as Loop's habit scores, which it works out from your ticks"),
				   N_("%ld other files in the ZIP, such as Loop's habit scores, which it works out from your ticks"));
	return 0;
}

int imports_loop_marks(const struct imports_table *habits, const void *data, size_t len,
		       struct imports_table *out, struct err *err)
{
	const char *nl = memchr(data, '\n', len);
	struct imports_table rows;
	struct err first = ERR_INIT;
	size_t names = habits->n ? habits->n - 1 : 0, width;
	int c_name = habits->n ? column(&habits->rows[0], "Name", 0) : -1;

	/* as written, when its first row lines up with the rest */
	if (!imports_csv_read(data, len, out, &first)) {
		if (out->n < 2 || out->rows[1].n == out->rows[0].n)
			return 0;
		imports_table_release(out);
	}
	/* Loop writes the habits' names there without quotes, so a name with
	 * a comma or a quote breaks that row: take the names from Habits.csv
	 * instead, in its order, which is the columns' order */
	if (!nl || c_name < 0 || !names ||
	    imports_csv_read(nl + 1, len - (size_t)(nl + 1 - (const char *)data), &rows, err))
		goto as_written;
	width = rows.n ? rows.rows[0].n : 0;
	if (width != names + 1 && width != names + 2) {
		imports_table_release(&rows);
		goto as_written;
	}
	memset(out, 0, sizeof(*out));
	out->rows = xcalloc(rows.n + 1, sizeof(*out->rows));
	out->n = rows.n + 1;
	out->final_newline = rows.final_newline;
	out->latin1 = rows.latin1;
	out->rows[0].n = width;
	out->rows[0].record = 1;
	out->rows[0].fields = xcalloc(width, sizeof(char *));
	out->rows[0].fields[0] = xstrdup("Date");
	for (size_t i = 1; i < width; i++)
		out->rows[0].fields[i] = xstrdup(i <= names ? field(&habits->rows[i], c_name) : "");
	for (size_t i = 0; i < rows.n; i++) {
		out->rows[i + 1] = rows.rows[i];
		out->rows[i + 1].record++;
	}
	free(rows.rows);
	return 0;
as_written:
	if (first.kind != ERR_NONE) {
		struct imports_table head;
		struct err herr = ERR_INIT;
		int head_ok = nl && !imports_csv_read(data, (size_t)(nl + 1 - (const char *)data), &head, &herr);

		if (head_ok)
			imports_table_release(&head);
		else if (nl && len > 5 && !memcmp(data, "Date,", 5)) /* a name broke the first row */
			return err_input(err, NULL, "%s", _("the habits' names in the first row cannot be read (Loop does not put quotes around a name with a comma or a quote mark). Give Waymark the whole ZIP, whose Habits.csv holds the names"));
		*err = first;
		return -1;
	}
	return imports_csv_read(data, len, out, err); /* imports_loop says what is wrong */
}
