/* SPDX-License-Identifier: MIT */
/*
 * model.c: the rules every import follows (see imports.h and
 * imports_int.h): how mood words and scores become Waymark moods, how
 * dates and clock times written by phones in several languages are read,
 * how HTML in notes becomes plain text, how activities become tags, how
 * each entry's uid is derived, and the report. No I/O: the bytes arrive
 * from cmd.c or page.c, and nothing is written here.
 */
#include <ctype.h>
#include <math.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "crypto/crypto.h"
#include "imports_int.h"
#include "vault/vault.h"

static const struct {
	const char *name, *title;
} apps[IMPORTS__MAX] = {
	[IMPORTS_DAYLIO] = { "daylio", "Daylio" },
	[IMPORTS_BEARABLE] = { "bearable", "Bearable" },
	[IMPORTS_EMOODS] = { "emoods", "eMoods" },
	[IMPORTS_PIXELS] = { "pixels", "Pixels" },
	[IMPORTS_IMOODJOURNAL] = { "imoodjournal", "iMoodJournal" },
	[IMPORTS_LOOP] = { "loop", "Loop Habit Tracker" },
};

const char *imports_app_name(enum imports_app app)
{
	return app < IMPORTS__MAX ? apps[app].name : "";
}

const char *imports_app_title(enum imports_app app)
{
	return app < IMPORTS__MAX ? apps[app].title : "";
}

int imports_app_find(const char *name, enum imports_app *out)
{
	for (int i = 0; i < IMPORTS__MAX; i++) {
		if (text_eq_fold(name, apps[i].name)) {
			*out = (enum imports_app)i;
			return 0;
		}
	}
	return -1;
}

/* ---- the report ---- */

static void lines_release(struct imports_lines *l)
{
	text_free_list(l->items, l->n);
	l->items = NULL;
	l->n = 0;
}

void imports_line(struct imports_lines *l, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	for (size_t i = 0; i < l->n; i++) {
		if (!strcmp(l->items[i], b.data)) { /* said once is enough */
			buf_release(&b);
			return;
		}
	}
	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	l->items[l->n++] = buf_detach(&b, NULL);
}

void imports_report_init(struct imports_report *r)
{
	memset(r, 0, sizeof(*r));
}

static void entry_release(struct imports_entry *e)
{
	checkin_release(&e->c);
	free(e->moods);
	free(e->values);
	buf_release(&e->note);
	buf_release(&e->more_tags);
}

void imports_report_release(struct imports_report *r)
{
	for (size_t i = 0; i < r->nentries; i++)
		entry_release(&r->entries[i]);
	free(r->entries);
	for (size_t i = 0; i < r->nmoods; i++) {
		free(r->moods[i].label);
		free(r->moods[i].key);
		free(r->moods[i].scale);
	}
	free(r->moods);
	for (size_t i = 0; i < r->ntrackers; i++) {
		free(r->trackers[i].name);
		free(r->trackers[i].unit);
	}
	free(r->trackers);
	free(r->format);
	lines_release(&r->inferred);
	lines_release(&r->changed);
	lines_release(&r->left_out);
	imports_report_init(r);
}

void imports_count(const struct imports_report *r, struct imports_counts *out)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < r->nentries; i++) {
		const struct checkin *c = &r->entries[i].c;
		out->entries++;
		if (c->mood >= 0)
			out->with_mood++;
		else
			out->without_mood++;
		if (c->ntags)
			out->with_tags++;
		out->tags += (long)c->ntags;
		if (c->note)
			out->with_note++;
		if (i == 0 || wdate_cmp(c->when.date, out->first) < 0)
			out->first = c->when.date;
		if (i == 0 || wdate_cmp(c->when.date, out->last) > 0)
			out->last = c->when.date;
	}
}

/* ---- the mapping ---- */

void imports_mapping_init(struct imports_mapping *m)
{
	memset(m, 0, sizeof(*m));
}

void imports_mapping_release(struct imports_mapping *m)
{
	text_free_list(m->labels, m->n);
	free(m->moods);
	imports_mapping_init(m);
}

int imports_mapping_set(struct imports_mapping *m, const char *label,
			const char *mood, struct err *err)
{
	char *t = text_trimmed(label);
	int v;

	if (!*t || !text_valid(t, 0)) {
		free(t);
		return err_input(err, "mood",
			_("a mood word to change needs to be ordinary text, like --mood \"meh=5\""));
	}
	if (diary_parse_mood(mood, &v, err)) {
		err_prefix(err, "'%s': ", t);
		free(t);
		return -1;
	}
	for (size_t i = 0; i < m->n; i++) {
		if (text_eq_fold(m->labels[i], t)) { /* the last one wins */
			m->moods[i] = v;
			free(t);
			return 0;
		}
	}
	m->labels = xrealloc(m->labels, (m->n + 1) * sizeof(*m->labels));
	m->moods = xrealloc(m->moods, (m->n + 1) * sizeof(*m->moods));
	m->labels[m->n] = t;
	m->moods[m->n++] = v;
	return 0;
}

int imports_mapping_add(struct imports_mapping *m, const char *spec,
			struct err *err)
{
	const char *eq = strrchr(spec, '=');
	char *label;
	int rc;

	if (!eq || eq == spec)
		return err_input(err, "mood",
			_("'%s' is not a mood change: write the mood word, '=' and a number from 0 to 10, like \"meh=5\""),
			spec);
	label = xstrndup(spec, (size_t)(eq - spec));
	rc = imports_mapping_set(m, label, eq + 1, err);
	free(label);
	return rc;
}

/* ---- moods ---- */

void imports_mood_key(const char *label, struct buf *out)
{
	size_t start = out->len;
	int space = 0;

	for (const char *p = label; *p; p++) {
		if (isspace((unsigned char)*p)) {
			space = 1;
			continue;
		}
		if (space && out->len > start)
			buf_addch(out, ' ');
		space = 0;
		buf_addch(out, (char)tolower((unsigned char)*p));
	}
	/* kije's export marks some moods "Medium [-]" */
	if (out->len - start > 4 && !strcmp(out->data + out->len - 4, " [-]"))
		buf_setlen(out, out->len - 4);
}

int imports_daylio_level(const char *label)
{
	/* Daylio's own names for its five levels, best first, in the
	 * languages of the exports we have seen; "fugly" is the old name of
	 * level 4. Custom names are not guessed: the person chooses. */
	static const struct {
		const char *key;
		int level;
	} names[] = {
		{ "rad", 1 }, { "good", 2 }, { "meh", 3 }, { "bad", 4 }, { "fugly", 4 },
		{ "awful", 5 },
		{ "wspaniale", 1 }, { "dobrze", 2 }, { "tak sobie", 3 },
		{ "\xc5\xbale", 4 } /* źle */, { "okropnie", 5 },
	};
	struct buf key = BUF_INIT;
	int level = 0;

	imports_mood_key(label, &key);
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(key.data, names[i].key))
			level = names[i].level;
	buf_release(&key);
	return level;
}

int imports_five_to_mood(int level_best_first)
{
	if (level_best_first < 1 || level_best_first > 5)
		return -1;
	return 11 - 2 * level_best_first;
}

static long add_clean(struct buf *out, const char *s, int multiline);

size_t imports_mood_ref(struct imports_report *r, struct imports_entry *e,
			const char *label, int fallback, const char *scale)
{
	struct buf key = BUF_INIT, clean = BUF_INIT;
	char *t;
	size_t i;

	/* the label is shown, and may be sent back to change its mood: it
	 * must be ordinary text, as the mapping requires */
	add_clean(&clean, label, 0);
	t = text_trimmed(clean.data);
	buf_release(&clean);
	if (!*t) {
		free(t);
		t = xstrdup("?");
	}

	imports_mood_key(t, &key);
	for (i = 0; i < r->nmoods; i++)
		if (!strcmp(r->moods[i].key, key.data))
			break;
	if (i == r->nmoods) {
		struct imports_mood *m;
		r->moods = xrealloc(r->moods, (r->nmoods + 1) * sizeof(*r->moods));
		m = &r->moods[r->nmoods++];
		memset(m, 0, sizeof(*m));
		m->label = xstrdup(t);
		m->key = buf_detach(&key, NULL);
		m->scale = xstrdup(scale ? scale : "");
		m->fallback = fallback;
	}
	buf_release(&key);
	free(t);
	r->moods[i].count++;
	e->moods = xrealloc(e->moods, (e->nmoods + 1) * sizeof(*e->moods));
	e->moods[e->nmoods++] = i;
	return i;
}

/* ---- entries ---- */

struct imports_entry *imports_entry_new(struct imports_report *r, long row)
{
	struct imports_entry *e;

	r->entries = xrealloc(r->entries, (r->nentries + 1) * sizeof(*r->entries));
	e = &r->entries[r->nentries++];
	memset(e, 0, sizeof(*e));
	checkin_init(&e->c);
	buf_init(&e->note, 0, BUF_SENSITIVE);
	buf_init(&e->more_tags, 0, BUF_SENSITIVE);
	e->row = row;
	return e;
}

void imports_entry_drop_last(struct imports_report *r)
{
	struct imports_entry *e = &r->entries[r->nentries - 1];

	for (size_t i = 0; i < e->nmoods; i++)
		r->moods[e->moods[i]].count--;
	for (size_t i = 0; i < e->nvalues; i++)
		r->trackers[e->values[i].tracker].values--;
	entry_release(e);
	r->nentries--;
}

size_t imports_tracker_new(struct imports_report *r, const char *name,
			   enum tracker_type type, const char *unit, int retired)
{
	struct imports_tracker *t;

	r->trackers = xrealloc(r->trackers, (r->ntrackers + 1) * sizeof(*r->trackers));
	t = &r->trackers[r->ntrackers];
	memset(t, 0, sizeof(*t));
	t->name = xstrdup(name);
	t->type = type;
	t->unit = unit && *unit ? xstrdup(unit) : NULL;
	t->retired = retired;
	return r->ntrackers++;
}

void imports_entry_value(struct imports_report *r, struct imports_entry *e,
			 size_t tracker, int value)
{
	char key[TRACKER_KEY_MAX + 1];

	e->values = xrealloc(e->values, (e->nvalues + 1) * sizeof(*e->values));
	e->values[e->nvalues].tracker = tracker;
	e->values[e->nvalues++].value = value;
	r->trackers[tracker].values++;
	/* held under a stand-in key until the tracker's own is known, so
	 * that checkin_validate sees the check-in has something in it */
	imports_value_key(tracker, key);
	checkin_set_value(&e->c, key, value);
}

void imports_value_key(size_t tracker, char key[TRACKER_KEY_MAX + 1])
{
	/* a valid key that diary_tracker_add never makes (it never starts
	 * one with '-'); imports_store clears every stand-in before it sets
	 * the real keys, so even a clash could not lose a value */
	snprintf(key, TRACKER_KEY_MAX + 1, "-import-%zu", tracker);
}

void imports_entry_when(struct imports_entry *e, struct wdate d, int minute)
{
	e->when = wlocal_make(d, minute, &e->c.when);
}

void imports_entry_uid(struct imports_entry *e, const char *const *parts,
		       size_t nparts, long n)
{
	struct buf b = BUF_INIT_SENSITIVE;

	buf_adds(&b, "waymark/import/v1");
	for (size_t i = 0; i < nparts; i++) {
		buf_addch(&b, '\0');
		buf_adds(&b, parts[i] ? parts[i] : "");
	}
	buf_addch(&b, '\0');
	buf_addf(&b, "%ld", n);
	crypto_hash_uid(b.data, b.len, e->uid);
	buf_release(&b);
}

long imports_same_minute(const struct imports_report *r,
			 const struct imports_entry *e)
{
	long n = 0;

	for (size_t i = 0; i < r->nentries && &r->entries[i] != e; i++)
		if (!wdate_cmp(r->entries[i].c.when.date, e->c.when.date) &&
		    r->entries[i].c.when.minute == e->c.when.minute)
			n++;
	return n;
}

/* Appends s to out without control characters (line breaks are kept,
 * CRLF and lone CR become LF, when multiline), C1 controls (U+0080 to
 * U+009F, which a JSON file may hold) or bytes that are not UTF-8, so
 * that what is left is text the diary accepts. Returns how many were
 * dropped. */
static long add_clean(struct buf *out, const char *s, int multiline)
{
	long dropped = 0;

	for (const char *p = s; *p; p++) {
		unsigned char ch = (unsigned char)*p;
		int len;
		if (ch == '\r') {
			if (p[1] != '\n' && multiline)
				buf_addch(out, '\n');
			else if (!multiline)
				buf_addch(out, ' ');
			continue;
		}
		if (ch == '\n' && !multiline) {
			buf_addch(out, ' ');
			continue;
		}
		if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f) {
			dropped++;
			continue;
		}
		len = text_char_len(p);
		if (!len) {
			/* a stray byte, or a whole C1 control */
			if (ch == 0xc2 && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9f)
				p++;
			dropped++;
			continue;
		}
		buf_add(out, p, (size_t)len);
		p += len - 1;
	}
	return dropped;
}

void imports_add_tag(struct imports_report *r, struct imports_entry *e,
		     const char *raw)
{
	struct buf b = BUF_INIT, norm = BUF_INIT;
	struct err err = ERR_INIT;
	char *t;
	int cleaned = 0;
	size_t chars = 0, cut;

	add_clean(&b, raw, 0);
	t = text_trimmed(b.data);
	buf_reset(&b);
	/* commas would split one activity into several tags */
	for (const char *p = t; *p; p++) {
		if (*p == ',') {
			cleaned = 1;
			buf_addch(&b, ' ');
		} else {
			buf_addch(&b, *p);
		}
	}
	/* single spaces, as the diary keeps tags */
	{
		int space = 0;
		for (const char *p = b.data; *p; p++) {
			if (isspace((unsigned char)*p)) {
				space = 1;
				continue;
			}
			if (space && norm.len)
				buf_addch(&norm, ' ');
			space = 0;
			buf_addch(&norm, *p);
		}
	}
	if (!norm.len) {
		free(t);
		buf_release(&b);
		buf_release(&norm);
		return;
	}
	/* at most DIARY_TAG_MAX characters, cut between characters */
	for (cut = 0; cut < norm.len; cut++) {
		if (((unsigned char)norm.data[cut] & 0xc0) != 0x80) {
			if (chars == DIARY_TAG_MAX)
				break;
			chars++;
		}
	}
	if (cut < norm.len) {
		/* at the last word break, if that keeps most of it */
		size_t sp = cut;
		while (sp > 0 && norm.data[sp] != ' ')
			sp--;
		buf_setlen(&norm, sp > cut / 2 ? sp : cut);
		buf_rtrim(&norm);
		cleaned = 1;
	}
	if (cleaned) {
		r->cleaned_tags++;
		imports_line(&r->changed, _("'%s' became the tag '%s' (a tag has no commas and at most %d characters)"),
			     t, norm.data, DIARY_TAG_MAX);
	}
	if (e->c.ntags >= DIARY_TAGS_MAX) {
		/* the diary holds 30 tags a check-in; keep the rest in the note */
		int dup = 0;
		for (size_t i = 0; i < e->c.ntags; i++)
			dup |= text_eq_fold(e->c.tags[i], norm.data);
		if (!dup) {
			buf_addf(&e->more_tags, "%s%s", e->more_tags.len ? ", " : "", norm.data);
			r->overflow_tags++;
		}
	} else if (diary_parse_tags(&e->c, norm.data, &err)) {
		/* cannot happen after cleaning, but never lose it silently */
		buf_addf(&e->more_tags, "%s%s", e->more_tags.len ? ", " : "", norm.data);
		r->overflow_tags++;
	}
	free(t);
	buf_release(&b);
	buf_release(&norm);
}

void imports_add_tags_split(struct imports_report *r, struct imports_entry *e,
			    const char *s)
{
	const char *p = s;

	while (*p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		char *piece = xstrndup(p, n);
		imports_add_tag(r, e, piece);
		free(piece);
		p += n;
		if (*p == '|')
			p++;
	}
}

void imports_note_add(struct imports_entry *e, const char *text)
{
	struct buf b = BUF_INIT_SENSITIVE;
	char *t;

	add_clean(&b, text, 1);
	t = text_trimmed(b.data);
	buf_release(&b);
	if (*t) {
		if (e->note.len)
			buf_adds(&e->note, "\n\n");
		buf_adds(&e->note, t);
	}
	vault_free_secret(t);
}

/* ---- finishing ---- */

static int apply_mapping(struct imports_report *r, const struct imports_mapping *m,
			 struct err *err)
{
	for (size_t i = 0; i < r->nmoods; i++) {
		r->moods[i].mood = r->moods[i].fallback;
		r->moods[i].from = r->moods[i].fallback >= 0 ? IMPORTS_MOOD_DEFAULT
							      : IMPORTS_MOOD_UNKNOWN;
	}
	for (size_t j = 0; m && j < m->n; j++) {
		struct buf key = BUF_INIT;
		size_t i;
		imports_mood_key(m->labels[j], &key);
		for (i = 0; i < r->nmoods; i++)
			if (!strcmp(r->moods[i].key, key.data))
				break;
		buf_release(&key);
		if (i == r->nmoods) {
			struct buf have = BUF_INIT;
			for (size_t k = 0; k < r->nmoods && k < 12; k++)
				buf_addf(&have, "%s'%s'", k ? ", " : "", r->moods[k].label);
			if (r->nmoods > 12)
				buf_adds(&have, ", ...");
			err_input(err, "mood", r->nmoods
				  ? _("this file has no mood called '%s'; its moods are %s")
				  : _("this file has no mood called '%s'%s"),
				  m->labels[j], have.data);
			buf_release(&have);
			return -1;
		}
		r->moods[i].mood = m->moods[j];
		r->moods[i].from = IMPORTS_MOOD_YOURS;
	}
	return 0;
}

/* Sets the note from what was gathered, cutting it to the diary's limit
 * (between characters) if need be. */
static void finish_note(struct imports_report *r, struct imports_entry *e)
{
	struct err err = ERR_INIT;
	size_t chars = 0, cut;

	if (e->more_tags.len) {
		struct buf b = BUF_INIT_SENSITIVE;
		buf_addf(&b, _("More tags: %s"), e->more_tags.data);
		imports_note_add(e, b.data);
		buf_release(&b);
	}
	if (!e->note.len)
		return;
	for (cut = 0; cut < e->note.len; cut++) {
		if (((unsigned char)e->note.data[cut] & 0xc0) != 0x80) {
			if (chars == DIARY_NOTE_MAX)
				break;
			chars++;
		}
	}
	if (cut < e->note.len) {
		buf_setlen(&e->note, cut);
		r->cut_notes++;
	}
	if (diary_set_text(&e->c.note, "note", e->note.data, DIARY_NOTE_MAX, &err))
		BUG("a cleaned note was refused: %s", err.msg);
}

int imports_finish(struct imports_report *r, const struct imports_mapping *mapping,
		   struct err *err)
{
	size_t kept = 0;
	long empty = 0;

	if (apply_mapping(r, mapping, err))
		return -1;
	for (size_t i = 0; i < r->nentries; i++) {
		struct imports_entry *e = &r->entries[i];
		struct err verr = ERR_INIT;
		double sum = 0;
		int n = 0;

		for (size_t k = 0; k < e->nmoods; k++) {
			int m = r->moods[e->moods[k]].mood;
			if (m >= 0) {
				sum += m;
				n++;
			}
		}
		e->c.mood = n ? (int)lround(sum / n) : -1;
		finish_note(r, e);
		if (e->c.mood < 0 && !e->c.ntags && !e->c.note && !e->nmoods && !e->nvalues) {
			empty++;
			entry_release(e);
			continue;
		}
		if (checkin_validate(&e->c, &verr)) {
			char day[11], t[6];
			wdate_format(e->c.when.date, day);
			wclock_format(e->c.when.minute, t);
			imports_line(&r->left_out, _("the entry on row %ld (%s %s): %s"),
				     e->row, day, t, verr.msg);
			for (size_t k = 0; k < e->nmoods; k++)
				r->moods[e->moods[k]].count--;
			for (size_t k = 0; k < e->nvalues; k++)
				r->trackers[e->values[k].tracker].values--;
			entry_release(e);
			continue;
		}
		r->entries[kept++] = *e;
	}
	r->nentries = kept;
	if (empty)
		imports_line(&r->left_out, P_("%ld entry that held nothing a check-in can keep",
					      "%ld entries that held nothing a check-in can keep",
					      empty), empty);
	if (r->cleaned_tags)
		imports_line(&r->changed, P_("%ld activity had to be changed to fit as a tag (shown above)",
					     "%ld activities had to be changed to fit as tags (shown above)",
					     r->cleaned_tags), r->cleaned_tags);
	if (r->overflow_tags)
		imports_line(&r->changed, P_("%ld tag did not fit (a check-in holds %d) and is listed in its note instead",
					     "%ld tags did not fit (a check-in holds %d) and are listed in their notes instead",
					     r->overflow_tags), r->overflow_tags, DIARY_TAGS_MAX);
	if (r->html_notes)
		imports_line(&r->changed, P_("%ld note had formatting (bold, lists, line breaks); it is kept as plain text",
					     "%ld notes had formatting (bold, lists, line breaks); they are kept as plain text",
					     r->html_notes), r->html_notes);
	if (r->titles)
		imports_line(&r->changed, P_("%ld note title is kept as the first line of its note",
					     "%ld note titles are kept as the first line of their notes",
					     r->titles), r->titles);
	if (r->cut_notes)
		imports_line(&r->changed, P_("%ld note was longer than %d characters and was shortened",
					     "%ld notes were longer than %d characters and were shortened",
					     r->cut_notes), r->cut_notes, DIARY_NOTE_MAX);
	return 0;
}

/* ---- HTML in notes ---- */

/* Formatting tags the apps add; their text is kept, the tag is not. */
static int formatting_tag(const char *name)
{
	static const char *const tags[] = {
		"b", "i", "u", "s", "em", "strong", "span", "font", "p", "div", "ul",
		"ol", "li", "br", "strike", "del", "h1", "h2", "h3", "h4", "h5", "h6",
	};
	for (size_t i = 0; i < ARRAY_SIZE(tags); i++)
		if (text_eq_fold(name, tags[i]))
			return 1;
	return 0;
}

/* Appends the UTF-8 for code point cp; 0, or -1 if it is not one we keep. */
static int add_code_point(struct buf *out, unsigned long cp)
{
	if (cp == '\n' || cp == '\t')
		;
	else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp < 0xe000) ||
		 cp > 0x10ffff)
		return -1;
	if (cp < 0x80) {
		buf_addch(out, (char)cp);
	} else if (cp < 0x800) {
		buf_addch(out, (char)(0xc0 | (cp >> 6)));
		buf_addch(out, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		buf_addch(out, (char)(0xe0 | (cp >> 12)));
		buf_addch(out, (char)(0x80 | ((cp >> 6) & 0x3f)));
		buf_addch(out, (char)(0x80 | (cp & 0x3f)));
	} else {
		buf_addch(out, (char)(0xf0 | (cp >> 18)));
		buf_addch(out, (char)(0x80 | ((cp >> 12) & 0x3f)));
		buf_addch(out, (char)(0x80 | ((cp >> 6) & 0x3f)));
		buf_addch(out, (char)(0x80 | (cp & 0x3f)));
	}
	return 0;
}

/* Decodes the entity at s (which starts with '&'); returns its length,
 * or 0 if it is not one we decode. */
static size_t entity(const char *s, struct buf *out)
{
	static const struct {
		const char *name, *text;
	} named[] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
		{ "&apos;", "'" }, { "&nbsp;", " " },
	};
	for (size_t i = 0; i < ARRAY_SIZE(named); i++) {
		size_t n = strlen(named[i].name);
		if (!strncmp(s, named[i].name, n)) {
			buf_adds(out, named[i].text);
			return n;
		}
	}
	if (s[1] == '#') {
		int hex = s[2] == 'x' || s[2] == 'X';
		const char *p = s + (hex ? 3 : 2);
		char *end;
		unsigned long cp;
		if (!isxdigit((unsigned char)*p))
			return 0;
		cp = strtoul(p, &end, hex ? 16 : 10);
		if (*end != ';' || end - p > 7)
			return 0;
		return add_code_point(out, cp) ? 0 : (size_t)(end + 1 - s);
	}
	return 0;
}

int imports_html_to_text(const char *html, struct buf *out)
{
	size_t start = out->len;
	int changed = 0;

	for (const char *p = html; *p;) {
		if (*p == '&') {
			size_t n = entity(p, out);
			if (n) {
				p += n;
				changed = 1;
				continue;
			}
		} else if (*p == '<') {
			const char *q = p + 1, *name, *close;
			int closing = 0;
			size_t n;
			if (*q == '/') {
				closing = 1;
				q++;
			}
			name = q;
			while (isalnum((unsigned char)*q))
				q++;
			n = (size_t)(q - name);
			close = strchr(q, '>');
			if (n && n < 8 && close && (*q == '>' || *q == ' ' || *q == '/') &&
			    !memchr(q, '<', (size_t)(close - q))) {
				char tag[8];
				memcpy(tag, name, n);
				tag[n] = '\0';
				if (formatting_tag(tag)) {
					if (text_eq_fold(tag, "br") ||
					    (closing && (text_eq_fold(tag, "p") || text_eq_fold(tag, "div") ||
							 text_eq_fold(tag, "li") || tag[0] == 'h' || tag[0] == 'H')))
						buf_addch(out, '\n');
					else if (!closing && text_eq_fold(tag, "li"))
						buf_adds(out, "- ");
					p = close + 1;
					changed = 1;
					continue;
				}
			}
		}
		buf_addch(out, *p++);
	}
	/* no more than one blank line in a row, none at the ends */
	{
		struct buf tidy = BUF_INIT_SENSITIVE;
		int newlines = 0;
		for (size_t i = start; i < out->len; i++) {
			char ch = out->data[i];
			if (ch == '\n') {
				/* drop spaces before a line break */
				while (tidy.len && tidy.data[tidy.len - 1] == ' ')
					buf_setlen(&tidy, tidy.len - 1);
				if (++newlines > 2 || !tidy.len)
					continue;
			} else {
				newlines = 0;
			}
			buf_addch(&tidy, ch);
		}
		buf_rtrim(&tidy);
		buf_setlen(out, start);
		buf_add(out, tidy.data, tidy.len);
		buf_release(&tidy);
	}
	return changed;
}

/* ---- dates and times ---- */

int imports_parse_clock(const char *s, int *minute)
{
	const char *p = s;
	int h = 0, m = 0, hd = 0, md = 0, ampm = 0;

	while (isspace((unsigned char)*p))
		p++;
	while (isdigit((unsigned char)*p) && hd < 3) {
		h = h * 10 + (*p++ - '0');
		hd++;
	}
	if (!hd || hd > 2 || *p++ != ':')
		return -1;
	while (isdigit((unsigned char)*p) && md < 3) {
		m = m * 10 + (*p++ - '0');
		md++;
	}
	if (md != 2 || m > 59)
		return -1;
	while (isspace((unsigned char)*p))
		p++;
	if (*p) {
		char a = (char)tolower((unsigned char)*p);
		if (a != 'a' && a != 'p')
			return -1;
		p++;
		if (*p == '.')
			p++;
		if (tolower((unsigned char)*p) != 'm')
			return -1;
		p++;
		if (*p == '.')
			p++;
		while (isspace((unsigned char)*p))
			p++;
		if (*p)
			return -1;
		ampm = a == 'a' ? 1 : 2;
	}
	if (ampm) {
		if (h < 1 || h > 12)
			return -1;
		h %= 12;
		if (ampm == 2)
			h += 12;
	} else if (h > 23) {
		return -1;
	}
	*minute = h * 60 + m;
	return 0;
}

static int month_from_word(const char *w)
{
	static const struct {
		const char *name;
		int m;
	} months[] = {
		{ "january", 1 }, { "jan", 1 }, { "february", 2 }, { "feb", 2 },
		{ "march", 3 }, { "mar", 3 }, { "april", 4 }, { "apr", 4 }, { "may", 5 },
		{ "june", 6 }, { "jun", 6 }, { "july", 7 }, { "jul", 7 }, { "august", 8 },
		{ "aug", 8 }, { "september", 9 }, { "sept", 9 }, { "sep", 9 },
		{ "october", 10 }, { "oct", 10 }, { "november", 11 }, { "nov", 11 },
		{ "december", 12 }, { "dec", 12 },
		/* Polish: the genitive Daylio writes ("7 września") and the
		 * nominative */
		{ "stycznia", 1 }, { "stycze\xc5\x84", 1 }, { "lutego", 2 }, { "luty", 2 },
		{ "marca", 3 }, { "marzec", 3 }, { "kwietnia", 4 }, { "kwiecie\xc5\x84", 4 },
		{ "maja", 5 }, { "maj", 5 }, { "czerwca", 6 }, { "czerwiec", 6 },
		{ "lipca", 7 }, { "lipiec", 7 }, { "sierpnia", 8 }, { "sierpie\xc5\x84", 8 },
		{ "wrze\xc5\x9bnia", 9 }, { "wrzesie\xc5\x84", 9 },
		{ "pa\xc5\xba" "dziernika", 10 }, { "pa\xc5\xba" "dziernik", 10 },
		{ "listopada", 11 }, { "listopad", 11 }, { "grudnia", 12 },
		{ "grudzie\xc5\x84", 12 },
		/* Spanish */
		{ "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 },
		{ "mayo", 5 }, { "junio", 6 }, { "julio", 7 }, { "agosto", 8 },
		{ "septiembre", 9 }, { "setiembre", 9 }, { "octubre", 10 },
		{ "noviembre", 11 }, { "diciembre", 12 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(months); i++)
		if (text_eq_fold(w, months[i].name))
			return months[i].m;
	return 0;
}

int imports_parse_words_date(const char *s, int year, struct wdate *out)
{
	char *copy = xstrdup(s), *save = NULL, *w;
	int day = 0, month = 0, y = 0, ok = 1;

	for (w = strtok_r(copy, " ,.\t", &save); w && ok; w = strtok_r(NULL, " ,.\t", &save)) {
		if (isdigit((unsigned char)w[0])) {
			char *end;
			long v = strtol(w, &end, 10);
			size_t digits = (size_t)(end - w);
			/* "22nd", "1st", "3rd", "4th" */
			if (*end && !(text_eq_fold(end, "st") || text_eq_fold(end, "nd") ||
				      text_eq_fold(end, "rd") || text_eq_fold(end, "th")))
				ok = 0;
			else if (digits == 4 && !*end && !y)
				y = (int)v;
			else if (digits <= 2 && !day && v >= 1)
				day = (int)v;
			else
				ok = 0;
		} else if (text_eq_fold(w, "de") || text_eq_fold(w, "of")) {
			continue;
		} else if (!month && (month = month_from_word(w))) {
			continue;
		} else {
			ok = 0;
		}
	}
	free(copy);
	if (!y)
		y = year;
	if (!ok || !day || !month || !wdate_valid(y, month, day))
		return -1;
	out->y = y;
	out->m = month;
	out->d = day;
	return 0;
}

int imports_parse_iso_date(const char *s, struct wdate *out)
{
	int part[3] = { 0, 0, 0 }, digits[3] = { 0, 0, 0 }, i = 0;

	for (const char *p = s; *p; p++) {
		if (isdigit((unsigned char)*p) && digits[i] < 4) {
			part[i] = part[i] * 10 + (*p - '0');
			digits[i]++;
		} else if (*p == '-' && i < 2 && digits[i]) {
			i++;
		} else {
			return -1;
		}
	}
	if (i != 2 || digits[0] != 4 || !digits[1] || digits[1] > 2 || !digits[2] ||
	    digits[2] > 2 || !wdate_valid(part[0], part[1], part[2]))
		return -1;
	out->y = part[0];
	out->m = part[1];
	out->d = part[2];
	return 0;
}

/* ---- reading a whole file ---- */

static int read_json(const void *data, size_t len, json_t **doc, struct err *err)
{
	json_error_t jerr;

	*doc = json_loadb(data, len, 0, &jerr);
	if (!*doc)
		return err_input(err, NULL, _("this is not a readable JSON file (line %d: %s)"),
				 jerr.line, jerr.text);
	return 0;
}

/* 1 if the first thing in data (after white space) is '{'. */
static int starts_like_json(const void *data, size_t len)
{
	const char *p = data;
	size_t i = 0;

	while (i < len && isspace((unsigned char)p[i]))
		i++;
	return i < len && p[i] == '{';
}

void imports_mood_order(const struct imports_report *r, size_t *order)
{
	/* best first by default mood, then the rest by name: a small
	 * insertion sort, as the lists are short */
	for (size_t i = 0; i < r->nmoods; i++) {
		size_t j = i;
		order[i] = i;
		while (j > 0) {
			const struct imports_mood *a = &r->moods[order[j - 1]], *b = &r->moods[order[j]];
			if (a->fallback > b->fallback ||
			    (a->fallback == b->fallback && strcmp(a->key, b->key) <= 0))
				break;
			size_t t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
			j--;
		}
	}
}

/* Says in the report when t was not UTF-8 and was read as Latin-1. */
static void say_latin1(struct imports_report *r, const struct imports_table *t)
{
	if (t->latin1)
		imports_line(&r->inferred, "%s",
			     _("The file was not UTF-8 text, so it was read as Latin-1 (Western European). Check that accented letters look right."));
}

static int read_csv_app(struct imports_report *r, const void *data, size_t len,
			struct err *err)
{
	struct imports_table t;
	int rc;

	if (imports_csv_read(data, len, &t, err))
		return -1;
	say_latin1(r, &t);
	switch (r->app) {
	case IMPORTS_DAYLIO:
		rc = imports_daylio_csv(r, &t, err);
		break;
	case IMPORTS_BEARABLE:
		rc = imports_bearable(r, &t, err);
		break;
	case IMPORTS_EMOODS:
		rc = imports_emoods(r, &t, err);
		break;
	case IMPORTS_IMOODJOURNAL:
		rc = imports_imoodjournal(r, &t, err);
		break;
	default:
		BUG("no CSV reader for app %d", (int)r->app);
	}
	imports_table_release(&t);
	return rc;
}

/* Loop's Checkmarks.csv alone: no Habits.csv to take names from. */
static int read_loop_csv(struct imports_report *r, const void *data, size_t len,
			 struct err *err)
{
	struct imports_table none, t;
	int rc;

	memset(&none, 0, sizeof(none));
	if (imports_loop_marks(&none, data, len, &t, err))
		return -1;
	say_latin1(r, &t);
	rc = imports_loop(r, NULL, &t, NULL, NULL, 0, err);
	imports_table_release(&t);
	return rc;
}

/* Loop's export: Habits.csv (what each habit is) and Checkmarks.csv (a
 * row a day, a column a habit) at the top of the archive, and a folder a
 * habit whose Checkmarks.csv holds the notes on single days. */
static int read_loop_zip(struct imports_report *r, const void *data, size_t len,
			 struct err *err)
{
	struct imports_zip_info zi, zh;
	struct buf marks = BUF_INIT_SENSITIVE, habits = BUF_INIT;
	struct imports_table tm, th;
	struct imports_zip_file *files = NULL;
	struct loop_folder *folders = NULL;
	size_t nfiles = 0, nread = 0;
	int rc = -1;

	memset(&th, 0, sizeof(th));
	memset(&tm, 0, sizeof(tm));
	if (imports_zip_member(data, len, "Checkmarks.csv", &marks, &zi, err))
		goto out;
	if (imports_zip_member(data, len, "Habits.csv", &habits, &zh, err)) {
		err_input(err, NULL, "%s", _("this archive has no Habits.csv in it, so it is not a whole Loop Habit Tracker export"));
		goto out;
	}
	if (strcmp(zi.folder, zh.folder)) {
		err_input(err, NULL, "%s", _("this archive's Habits.csv and Checkmarks.csv are in different folders, so it is not one Loop Habit Tracker export"));
		goto out;
	}
	if (imports_csv_read(habits.data, habits.len, &th, err) ||
	    imports_loop_marks(&th, marks.data, marks.len, &tm, err) ||
	    imports_zip_folder_members(data, len, zi.folder, "Checkmarks.csv", &files, &nfiles, err))
		goto out;
	folders = xcalloc(nfiles + 1, sizeof(*folders));
	for (; nread < nfiles; nread++) {
		/* "001 Meditate/Checkmarks.csv", below the export's folder */
		folders[nread].path = files[nread].path + strlen(zi.folder);
		if (imports_csv_read(files[nread].data.data, files[nread].data.len,
				     &folders[nread].t, err)) {
			err_prefix(err, "'%s': ", files[nread].path);
			goto out;
		}
	}
	say_latin1(r, &tm);
	zi.other--; /* Habits.csv, counted while finding Checkmarks.csv */
	rc = imports_loop(r, &th, &tm, &zi, folders, nfiles, err);
out:
	for (size_t i = 0; i < nread; i++)
		imports_table_release(&folders[i].t);
	free(folders);
	imports_zip_files_release(files, nfiles);
	imports_table_release(&th);
	imports_table_release(&tm);
	buf_release(&marks);
	buf_release(&habits);
	return rc;
}

int imports_read(enum imports_app app, const char *name, const void *data,
		 size_t len, const struct imports_mapping *mapping,
		 struct imports_report *r, struct err *err)
{
	struct imports_zip_info zi;
	struct buf member = BUF_INIT_SENSITIVE, json = BUF_INIT_SENSITIVE;
	json_t *doc = NULL;
	int rc = -1;

	(void)name;
	r->app = app;
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) { /* a byte order mark */
		data = (const char *)data + 3;
		len -= 3;
	}
	if (!len)
		return err_input(err, NULL, _("the file is empty"));
	switch (app) {
	case IMPORTS_DAYLIO:
		if (!imports_is_zip(data, len) && !starts_like_json(data, len)) {
			rc = read_csv_app(r, data, len, err);
			break;
		}
		if (!imports_is_zip(data, len)) {
			/* backup.daylio already decoded, as some tools save it */
			memset(&zi, 0, sizeof(zi));
			if (!read_json(data, len, &doc, err))
				rc = imports_daylio_backup(r, doc, &zi, err);
			break;
		}
		/* a .daylio backup: a zip whose backup.daylio member is the
		 * base64 of a JSON document */
		if (imports_zip_member(data, len, "backup.daylio", &member, &zi, err))
			break;
		if (crypto_base64_decode(member.data, member.len, &json)) {
			err_input(err, NULL, _("the backup.daylio inside this archive is damaged (it is not base64 text)"));
			break;
		}
		if (read_json(json.data, json.len, &doc, err))
			break;
		rc = imports_daylio_backup(r, doc, &zi, err);
		break;
	case IMPORTS_EMOODS:
		if (imports_is_zip(data, len)) {
			if (imports_zip_member(data, len, "entry.csv", &member, &zi, err))
				break;
			rc = read_csv_app(r, member.data, member.len, err);
			if (!rc && zi.other)
				imports_line(&r->left_out, P_("%ld other file in the backup (eMoods medication and custom tracking are not read yet)",
							      "%ld other files in the backup (eMoods medication and custom tracking are not read yet)",
							      zi.other), zi.other);
			break;
		}
		rc = read_csv_app(r, data, len, err);
		break;
	case IMPORTS_PIXELS:
		if (read_json(data, len, &doc, err))
			break;
		rc = imports_pixels(r, doc, err);
		break;
	case IMPORTS_LOOP:
		if (imports_is_zip(data, len))
			rc = read_loop_zip(r, data, len, err);
		else
			rc = read_loop_csv(r, data, len, err);
		break;
	case IMPORTS_BEARABLE:
	case IMPORTS_IMOODJOURNAL:
		if (imports_is_zip(data, len)) {
			err_input(err, NULL, _("this is a ZIP archive; %s exports a CSV file"),
				  imports_app_title(app));
			break;
		}
		rc = read_csv_app(r, data, len, err);
		break;
	default:
		BUG("unknown app %d", (int)app);
	}
	json_decref(doc);
	buf_release(&member);
	buf_release(&json);
	if (!rc && !r->nentries && !r->left_out.n)
		rc = err_input(err, NULL, _("there are no entries in this file"));
	if (!rc)
		rc = imports_finish(r, mapping, err);
	if (rc)
		return -1;
	return 0;
}
