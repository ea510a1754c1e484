/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark checkin` and `waymark diary ...`. The questions follow the
 * seed's mood diary (what happened just before, alone or with someone, how
 * did you cope), asked one at a time on a terminal, or given as options.
 * Bad answers at a prompt are explained and asked again; bad options end
 * the command with exit 2 and nothing saved.
 */
#include <unistd.h>

#include <jansson.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "diary.h"
#include "vault/vault.h"

enum {
	OPT_MOOD = 1, OPT_SLEPT, OPT_QUALITY, OPT_BEFORE, OPT_WITH, OPT_ALONE,
	OPT_COPED, OPT_HELPED, OPT_TAG, OPT_NOTE, OPT_WIN, OPT_DATE, OPT_TIME,
	OPT_ASK, OPT_JSON, OPT_YES, OPT_FROM, OPT_TO, OPT_LIMIT, OPT_NO_TAGS,
	OPT_TRACK, OPT_DONE, OPT_SCALE, OPT_YESNO, OPT_COUNT, OPT_UNIT, OPT_LOWER, OPT_ALL,
	OPT_FLAG, OPT_UNFLAG,
};

#define ENTRY_OPTIONS \
	{ "mood", 1, OPT_MOOD, "N", N_("mood from 0 (as low as it gets) to 10 (as good as it gets)") }, \
	{ "slept", 1, OPT_SLEPT, "BED-WAKE", N_("when you went to bed and woke, like 23:30-07:10") }, \
	{ "quality", 1, OPT_QUALITY, "N", N_("how well you slept, 1 (very poorly) to 5 (very well)") }, \
	{ "before", 1, OPT_BEFORE, "TEXT", N_("what happened just before") }, \
	{ "with", 1, OPT_WITH, "NAMES", N_("who you were with (commas between names), or 'alone'") }, \
	{ "alone", 0, OPT_ALONE, NULL, N_("you were on your own") }, \
	{ "coped", 1, OPT_COPED, "TEXT", N_("what you did to cope") }, \
	{ "helped", 1, OPT_HELPED, "HOW", N_("whether it helped: a-lot, a-little or not-at-all") }, \
	{ "tag", 1, OPT_TAG, "TAGS", N_("tags: activities, triggers, places (commas between; may repeat)") }, \
	{ "note", 1, OPT_NOTE, "TEXT", N_("anything else you want to note") }, \
	{ "win", 1, OPT_WIN, "TEXT", N_("one small win") }, \
	{ "track", 1, OPT_TRACK, "NAME=VALUE", N_("a value for one of your own trackers, like energy=3 (may repeat)") }, \
	{ "done", 1, OPT_DONE, "ITEM", N_("something you did, like an item on your daily list (may repeat)") }, \
	{ "date", 1, OPT_DATE, "YYYY-MM-DD", N_("the day it is about (to fill in a past day)") }, \
	{ "time", 1, OPT_TIME, "HH:MM", N_("the time it is about") }

/* ---- showing entries ---- */

static void sleep_text(struct buf *b, const struct checkin *c)
{
	int mins = checkin_sleep_minutes(c);
	char bed[6], wake[6];

	if (mins >= 0) {
		wclock_format(c->bed, bed);
		wclock_format(c->wake, wake);
		buf_addf(b, _("%s to %s (%d h %02d min)"), bed, wake, mins / 60, mins % 60);
	}
	if (c->quality)
		buf_addf(b, _("%sslept %s"), mins >= 0 ? ", " : "", diary_quality_word(c->quality));
}

static void join(struct buf *b, char **items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf_addf(b, "%s%s", i ? ", " : "", items[i]);
}

static void print_field(const char *label, const char *value)
{
	if (!value || !*value)
		return;
	printf("  %-13s ", label);
	for (const char *p = value; *p; p++) {
		putchar(*p);
		if (*p == '\n')
			printf("  %-13s ", "");
	}
	putchar('\n');
}

static void print_full(const struct checkin *c, const struct tracker_list *defs)
{
	struct buf b = BUF_INIT;
	char t[6];

	wdate_long(&b, c->when.date);
	wclock_format(c->when.minute, t);
	printf(_("Check-in %lld: %s, %s\n"), (long long)c->id, b.data, t);
	buf_reset(&b);
	if (c->mood >= 0) {
		buf_addf(&b, _("%d out of 10 (%s)"), c->mood, diary_mood_word(c->mood));
		print_field(_("Mood:"), b.data);
	}
	buf_reset(&b);
	sleep_text(&b, c);
	print_field(_("Slept:"), b.data);
	print_field(_("Just before:"), c->before);
	buf_reset(&b);
	if (c->alone)
		buf_adds(&b, _("on my own"));
	join(&b, c->with, c->nwith);
	print_field(_("With:"), b.data);
	buf_reset(&b);
	if (c->coped) {
		buf_adds(&b, c->coped);
		if (c->helped != HELPED_UNSAID)
			buf_addf(&b, _(" (helped %s)"), diary_helped_words(c->helped));
	}
	print_field(_("Coped by:"), b.data);
	buf_reset(&b);
	join(&b, c->tags, c->ntags);
	print_field(_("Tags:"), b.data);
	buf_reset(&b);
	join(&b, c->done, c->ndone);
	print_field(_("Done:"), b.data);
	/* trackers in the person's own order, then any whose definition is
	 * missing (a partial import) under their key */
	for (size_t d = 0; d <= defs->n; d++) {
		for (size_t i = 0; i < c->nvalues; i++) {
			const struct tracker *tr = tracker_find(defs, c->values[i].key);
			struct buf label = BUF_INIT;
			if (d < defs->n ? tr != &defs->items[d] : tr != NULL)
				continue;
			buf_reset(&b);
			if (tr) {
				buf_addf(&label, "%s:", tr->name);
				tracker_format_value(tr, c->values[i].value, &b);
			} else {
				buf_addf(&label, "%s:", c->values[i].key);
				buf_addf(&b, "%d", c->values[i].value);
			}
			print_field(label.data, b.data);
			buf_release(&label);
		}
	}
	print_field(_("Note:"), c->note);
	print_field(_("Small win:"), c->win);
	if (c->for_appointment)
		print_field(_("Flagged:"), _("for my appointment"));
	buf_release(&b);
}

/* One entry in a list: a summary line and, if there is one, the start of
 * the note. */
static void print_brief(const struct checkin *c)
{
	struct buf b = BUF_INIT;
	char t[6];

	wclock_format(c->when.minute, t);
	buf_addf(&b, "  #%-4lld %s", (long long)c->id, t);
	if (c->mood >= 0)
		buf_addf(&b, _("  mood %d (%s)"), c->mood, diary_mood_word(c->mood));
	if (c->ntags) {
		buf_adds(&b, "  ");
		for (size_t i = 0; i < c->ntags; i++)
			buf_addf(&b, "%s#%s", i ? " " : "", c->tags[i]);
	}
	if (c->mood < 0 && !c->ntags && c->nvalues) /* a tracker-only check-in */
		buf_addf(&b, P_("  %zu tracker", "  %zu trackers", c->nvalues), c->nvalues);
	if (c->for_appointment)
		buf_addf(&b, "  (%s)", _("for my appointment"));
	printf("%s\n", b.data);
	buf_reset(&b);
	{
		const char *text = c->note ? c->note : c->before ? c->before : c->win;
		if (text) {
			size_t chars = 0;
			const char *p = text;
			for (; *p && *p != '\n' && chars < 70; p++)
				if (((unsigned char)*p & 0xc0) != 0x80)
					chars++;
			/* do not cut a character in half */
			while (*p && ((unsigned char)*p & 0xc0) == 0x80)
				p++;
			buf_add(&b, text, (size_t)(p - text));
			printf("        %s%s\n", b.data, *p ? "\u2026" : "");
		}
	}
	buf_release(&b);
}

static void print_list(const struct checkin_list *l)
{
	struct wdate last = { 0, 0, 0 };

	for (size_t i = 0; i < l->n; i++) {
		const struct checkin *c = &l->items[i];
		if (wdate_cmp(c->when.date, last)) {
			struct buf b = BUF_INIT;
			wdate_long(&b, c->when.date);
			printf("%s%s\n", i ? "\n" : "", b.data);
			buf_release(&b);
			last = c->when.date;
		}
		print_brief(c);
	}
}

static void print_json_list(const struct checkin_list *l)
{
	json_t *a = json_array();
	char *text;

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, checkin_to_json(&l->items[i]));
	text = json_dumps(a, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(a);
}

static void print_json_one(const struct checkin *c)
{
	json_t *o = checkin_to_json(c);
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(o);
}

/* ---- reading answers ---- */

struct answers {
	int given;        /* number of content options given */
	int date_given, time_given;
	const char *date, *time;
	int clear_tags;
	int clear_done;   /* edit: the first --done replaces the old list */
	const char *tracks[TRACKERS_MAX]; /* --track NAME=VALUE, applied once
					      the vault's trackers are known */
	size_t ntracks;
};

/* Applies one entry option to c. 0, or -1 with err set. */
static int apply_option(struct checkin *c, int key, const char *arg,
			struct answers *a, struct err *err)
{
	switch (key) {
	case OPT_MOOD:
		a->given++;
		return diary_parse_mood(arg, &c->mood, err);
	case OPT_SLEPT:
		a->given++;
		if (!*arg) {
			c->bed = c->wake = -1;
			return 0;
		}
		return wslept_parse(arg, &c->bed, &c->wake, err);
	case OPT_QUALITY:
		a->given++;
		if (!*arg) {
			c->quality = 0;
			return 0;
		}
		return diary_parse_quality(arg, &c->quality, err);
	case OPT_BEFORE:
		a->given++;
		return diary_set_text(&c->before, "before", arg, DIARY_TEXT_MAX, err);
	case OPT_WITH:
		a->given++;
		if (!*arg) {
			c->alone = 0;
			text_free_list(c->with, c->nwith);
			c->with = NULL;
			c->nwith = 0;
			return 0;
		}
		return diary_parse_with(c, arg, err);
	case OPT_ALONE:
		a->given++;
		return diary_parse_with(c, "alone", err);
	case OPT_COPED:
		a->given++;
		return diary_set_text(&c->coped, "coped", arg, DIARY_TEXT_MAX, err);
	case OPT_HELPED:
		a->given++;
		if (!*arg) {
			c->helped = HELPED_UNSAID;
			return 0;
		}
		return diary_parse_helped(arg, &c->helped, err);
	case OPT_TAG:
		a->given++;
		if (a->clear_tags) { /* edit: --tag replaces the old tags */
			text_free_list(c->tags, c->ntags);
			c->tags = NULL;
			c->ntags = 0;
			a->clear_tags = 0;
		}
		return diary_parse_tags(c, arg, err);
	case OPT_DONE:
		a->given++;
		if (a->clear_done) {
			text_free_list(c->done, c->ndone);
			c->done = NULL;
			c->ndone = 0;
			a->clear_done = 0;
		}
		return diary_parse_done(c, arg, err);
	case OPT_NOTE:
		a->given++;
		return diary_set_text(&c->note, "note", arg, DIARY_NOTE_MAX, err);
	case OPT_WIN:
		a->given++;
		return diary_set_text(&c->win, "win", arg, DIARY_TEXT_MAX, err);
	case OPT_TRACK:
		a->given++;
		if (a->ntracks == TRACKERS_MAX)
			return err_input(err, "track", _("that is more --track options than there can be trackers"));
		a->tracks[a->ntracks++] = arg;
		return 0;
	case OPT_DATE:
		a->date = arg;
		return 0;
	case OPT_TIME:
		a->time = arg;
		return 0;
	}
	BUG("unhandled option %d", key);
}

/* Sets c->when from --date/--time, defaulting to now (or, for an edit,
 * keeping what the entry had). */
static int apply_when(struct checkin *c, const struct answers *a, int editing,
		      struct err *err)
{
	struct wlocal now;
	struct wdate d;
	int minute;

	wlocal_from_time(wnow(), &now);
	d = editing ? c->when.date : now.date;
	minute = editing ? c->when.minute : now.minute;
	if (a->date && wdate_parse(a->date, &d, err, "date"))
		return -1;
	if (a->time && wclock_parse(a->time, &minute, err, "time"))
		return -1;
	if (!editing && a->date && !a->time)
		minute = 12 * 60; /* a past day without a time: call it midday */
	if (editing && !a->date && !a->time)
		return 0;
	wlocal_make(d, minute, &c->when);
	return 0;
}

/* Applies the --track options against the vault's trackers. An empty
 * value ("energy=") clears that tracker's value. */
static int apply_tracks(struct waymark *wm, struct checkin *c, const struct answers *a,
			struct err *err)
{
	struct tracker_list defs;
	int rc = 0;

	if (!a->ntracks)
		return 0;
	if (diary_trackers(wm, 1, &defs, err))
		return -1;
	for (size_t i = 0; i < a->ntracks && !rc; i++) {
		const char *eq = strrchr(a->tracks[i], '=');
		if (eq && !eq[1]) {
			char *name = xstrndup(a->tracks[i], (size_t)(eq - a->tracks[i]));
			const struct tracker *t = tracker_find(&defs, name);
			free(name);
			if (t) {
				checkin_clear_value(c, t->key);
				continue;
			}
		}
		rc = diary_parse_track(c, &defs, a->tracks[i], err);
	}
	tracker_list_release(&defs);
	return rc;
}

/* ---- asking questions ---- */

struct question {
	int key;
	const char *ask;
	const char *hint;
};

static const struct question questions[] = {
	{ OPT_MOOD, N_("How are you feeling right now?"),
	  N_("0 is as low as it gets, 5 is okay, 10 is as good as it gets") },
	{ OPT_SLEPT, N_("How did you sleep? When did you go to bed and wake up?"),
	  N_("like 23:30-07:10") },
	{ OPT_QUALITY, N_("How well did you sleep?"),
	  N_("1 very poorly, 2 poorly, 3 okay, 4 well, 5 very well") },
	{ OPT_BEFORE, N_("What happened just before you felt this way?"), NULL },
	{ OPT_WITH, N_("Were you on your own, or with someone?"),
	  N_("type 'alone', or who you were with") },
	{ OPT_COPED, N_("How did you cope with how you were feeling?"), NULL },
	{ OPT_HELPED, N_("Did that help?"), N_("a lot, a little, or not at all") },
	{ OPT_TAG, N_("Any tags? Things you did, triggers, places."),
	  N_("separate them with commas") },
	{ OPT_NOTE, N_("Anything else you would like to write down?"), NULL },
	{ OPT_WIN, N_("One small win, however small?"), NULL },
};

/* The current value of a field, for "Enter keeps it" when editing. */
static void current_value(const struct checkin *c, int key, struct buf *b)
{
	char t1[6], t2[6];

	switch (key) {
	case OPT_MOOD:
		if (c->mood >= 0)
			buf_addf(b, "%d", c->mood);
		break;
	case OPT_SLEPT:
		if (c->bed >= 0) {
			wclock_format(c->bed, t1);
			wclock_format(c->wake, t2);
			buf_addf(b, "%s-%s", t1, t2);
		}
		break;
	case OPT_QUALITY:
		if (c->quality)
			buf_addf(b, "%d", c->quality);
		break;
	case OPT_BEFORE:
		buf_adds(b, c->before ? c->before : "");
		break;
	case OPT_WITH:
		if (c->alone)
			buf_adds(b, "alone");
		join(b, c->with, c->nwith);
		break;
	case OPT_COPED:
		buf_adds(b, c->coped ? c->coped : "");
		break;
	case OPT_HELPED:
		buf_adds(b, c->helped ? diary_helped_words(c->helped) : "");
		break;
	case OPT_TAG:
		join(b, c->tags, c->ntags);
		break;
	case OPT_TRACK:
		break;
	case OPT_NOTE:
		buf_adds(b, c->note ? c->note : "");
		break;
	case OPT_WIN:
		buf_adds(b, c->win ? c->win : "");
		break;
	}
}

/* Asks for each of the person's active trackers. Returns 1 if something
 * was answered, 0 if not, -1 at end of input. */
static int ask_trackers(struct waymark *wm, struct checkin *c, int editing)
{
	struct tracker_list defs;
	struct err err = ERR_INIT;
	int answered = 0;

	if (diary_trackers(wm, 0, &defs, &err))
		return 0;
	for (size_t i = 0; i < defs.n; i++) {
		const struct tracker *t = &defs.items[i];
		struct buf prompt = BUF_INIT, cur = BUF_INIT;
		int v;

		buf_addf(&prompt, "\n%s?\n(", t->name);
		tracker_describe(t, &prompt);
		buf_adds(&prompt, ")\n");
		if (editing && checkin_value(c, t->key, &v)) {
			if (t->type == TRACKER_YESNO)
				buf_adds(&cur, v ? "yes" : "no");
			else
				buf_addf(&cur, "%d", v);
			buf_addf(&prompt, "[%s] ", cur.data);
		}
		buf_adds(&prompt, "> ");
		for (;;) {
			char *line = prompt_line(prompt.data);
			char *ans;
			if (!line) {
				buf_release(&prompt);
				buf_release(&cur);
				tracker_list_release(&defs);
				return -1;
			}
			ans = text_trimmed(line);
			free(line);
			if (!*ans || (editing && !strcmp(ans, cur.data))) {
				free(ans);
				break;
			}
			if (editing && !strcmp(ans, "-")) {
				checkin_clear_value(c, t->key);
				free(ans);
				answered = 1;
				break;
			}
			err_clear(&err);
			if (tracker_parse_value(t, ans, &v, &err)) {
				printf("%s\n", err.msg);
				free(ans);
				continue;
			}
			checkin_set_value(c, t->key, v);
			answered = 1;
			free(ans);
			break;
		}
		buf_release(&prompt);
		buf_release(&cur);
	}
	tracker_list_release(&defs);
	return answered;
}

/* Asks each question in turn. Returns 0 when done, -1 at end of input
 * before anything was answered. */
static int ask_questions(struct waymark *wm, struct checkin *c, int editing)
{
	struct answers a = { 0 };
	int skip_sleep = 0, answered = 0;
	struct err err = ERR_INIT;

	if (editing) {
		printf("%s\n", _("Press Enter to keep an answer, or type - to clear it."));
	} else {
		printf("%s\n", _("Checking in. Press Enter to skip any question."));
		skip_sleep = diary_day_has_sleep(wm, c->when.date, &err) == 1;
	}
	for (size_t i = 0; i < ARRAY_SIZE(questions); i++) {
		const struct question *q = &questions[i];
		struct buf prompt = BUF_INIT, cur = BUF_INIT;

		if (q->key == OPT_NOTE) { /* the person's own trackers come before the note */
			int r = ask_trackers(wm, c, editing);
			if (r < 0) {
				putchar('\n');
				return answered ? 0 : -1;
			}
			answered |= r;
		}
		if (skip_sleep && (q->key == OPT_SLEPT || q->key == OPT_QUALITY))
			continue;
		if (q->key == OPT_HELPED && !c->coped)
			continue;
		if (editing)
			current_value(c, q->key, &cur);
		buf_addf(&prompt, "\n%s\n", _(q->ask));
		if (q->hint)
			buf_addf(&prompt, "(%s)\n", _(q->hint));
		if (q->key == OPT_TAG && !editing) {
			char **names = NULL;
			long *counts = NULL;
			size_t n = 0;
			if (!diary_tag_counts(wm, &names, &counts, &n, &err) && n) {
				buf_adds(&prompt, _("You have used: "));
				for (size_t k = 0; k < n && k < 8; k++)
					buf_addf(&prompt, "%s%s", k ? ", " : "", names[k]);
				buf_addch(&prompt, '\n');
			}
			text_free_list(names, n);
			free(counts);
		}
		if (cur.len)
			buf_addf(&prompt, "[%s] ", cur.data);
		buf_adds(&prompt, "> ");
		for (;;) {
			char *line = prompt_line(prompt.data);
			char *t;
			if (!line) {
				buf_release(&prompt);
				buf_release(&cur);
				putchar('\n');
				return answered ? 0 : -1;
			}
			t = text_trimmed(line);
			free(line);
			if (!*t || (editing && !strcmp(t, cur.data))) {
				free(t);
				break; /* skipped, or kept */
			}
			if (editing && !strcmp(t, "-")) {
				t[0] = '\0';
				if (q->key == OPT_MOOD)
					c->mood = -1;
			}
			a.clear_tags = editing;
			err_clear(&err);
			if ((q->key != OPT_MOOD || *t) &&
			    apply_option(c, q->key, t, &a, &err)) {
				printf("%s\n", err.msg);
				free(t);
				continue; /* ask again */
			}
			answered = 1;
			free(t);
			break;
		}
		buf_release(&prompt);
		buf_release(&cur);
	}
	return 0;
}

/* ---- commands ---- */

/* A command that saves c again (prefix: "waymark checkin" or "waymark
 * diary edit 12"), for when the vault could not be written: the moment,
 * then every answer given, each quoted for the shell. */
static void again_command(struct buf *out, const char *prefix, const struct checkin *c)
{
	struct buf v = BUF_INIT_SENSITIVE;
	char t[11], w[6];

#define ADD(opt, val) do { buf_adds(out, " " opt " "); cli_quote_word(out, (val)); } while (0)
	buf_adds(out, prefix);
	wdate_format(c->when.date, t);
	ADD("--date", t);
	wclock_format(c->when.minute, w);
	ADD("--time", w);
	if (c->mood >= 0)
		buf_addf(out, " --mood %d", c->mood);
	if (c->bed >= 0) {
		wclock_format(c->bed, t);
		wclock_format(c->wake, w);
		buf_addf(out, " --slept %s-%s", t, w);
	}
	if (c->quality)
		buf_addf(out, " --quality %d", c->quality);
	if (c->before)
		ADD("--before", c->before);
	if (c->alone)
		buf_adds(out, " --alone");
	for (size_t i = 0; i < c->nwith; i++)
		buf_addf(&v, "%s%s", i ? ", " : "", c->with[i]);
	if (c->nwith)
		ADD("--with", v.data);
	if (c->coped)
		ADD("--coped", c->coped);
	if (c->helped != HELPED_UNSAID)
		buf_addf(out, " --helped %s", diary_helped_name(c->helped));
	buf_reset(&v);
	for (size_t i = 0; i < c->ntags; i++)
		buf_addf(&v, "%s%s", i ? "," : "", c->tags[i]);
	if (c->ntags)
		ADD("--tag", v.data);
	if (c->note)
		ADD("--note", c->note);
	if (c->win)
		ADD("--win", c->win);
	for (size_t i = 0; i < c->nvalues; i++) {
		buf_reset(&v);
		buf_addf(&v, "%s=%d", c->values[i].key, c->values[i].value);
		ADD("--track", v.data);
	}
#undef ADD
	buf_release(&v);
}

/* Ends a check-in or an edit whose save failed: a vault that could not be
 * written (a full disk, a read-only vault) gets what the person wrote
 * echoed back as a command that saves it (die_err_kept). */
static _Noreturn void die_unsaved(struct checkin *c, const struct err *err,
				  const char *prefix)
{
	struct buf again = BUF_INIT_SENSITIVE;

	again_command(&again, prefix, c);
	checkin_release(c);
	die_err_kept(err, again.data);
}

static void report_saved(struct waymark *wm, const struct checkin *c, int updated)
{
	struct buf b = BUF_INIT;
	char t[6];

	wdate_long(&b, c->when.date);
	wclock_format(c->when.minute, t);
	if (checkin_is_crisis(c)) {
		cli_crisis_box(stdout, wm);
		putchar('\n');
	}
	if (updated)
		printf(_("Updated check-in %lld (%s, %s).\n"), (long long)c->id, b.data, t);
	else
		printf(_("Saved check-in %lld (%s, %s). Thank you for checking in.\n"),
		       (long long)c->id, b.data, t);
	buf_release(&b);
}

int diary_cmd_checkin(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		ENTRY_OPTIONS,
		{ "ask", 0, OPT_ASK, NULL, N_("ask the questions even when not at a terminal") },
		{ "json", 0, OPT_JSON, NULL, N_("print the saved check-in as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "checkin", "[options]",
		N_("write down how you are right now. With no options, on a terminal, Waymark\n"
		   "asks you, one question at a time; press Enter to skip any of them."),
		opts, N_("Examples:\n"
			 "  waymark checkin\n"
			 "  waymark checkin --mood 6 --slept 23:30-07:10 --quality 4 --with Sam \\\n"
			 "      --coped \"a walk\" --helped a-lot --tag work,rain --note \"...\"\n"
			 "  waymark checkin --date 2026-03-01 --time 21:00 --mood 4\n"), 0 };
	struct checkin c;
	struct answers a = { 0 };
	struct err err = ERR_INIT;
	const char *arg;
	int key, ask = 0, json = 0;

	checkin_init(&c);
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_ASK) {
			ask = 1;
		} else if (key == OPT_JSON) {
			json = 1;
		} else if (apply_option(&c, key, arg, &a, &err)) {
			checkin_release(&c);
			die_err(&err, 1);
		}
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'checkin' understands (text needs an option such as --note)"),
			  argv[p.optind]);
	if (apply_when(&c, &a, 0, &err)) {
		checkin_release(&c);
		die_err(&err, 1);
	}
	if (!a.given && !ask && !cli_interactive()) {
		checkin_release(&c);
		die(2, _("nothing to save: give answers as options (see 'waymark checkin --help'),\n"
			 "or run it in a terminal to be asked"));
	}
	if (a.ntracks && !vault_exists(wm->path)) {
		checkin_release(&c);
		die(2, _("you have no trackers yet: 'waymark tracker add NAME' makes one\nNothing was saved."));
	}
	if (a.given && !a.ntracks && checkin_validate(&c, &err)) {
		checkin_release(&c);
		die_err(&err, 1);
	}
	if (cli_open_vault_kept(wm, &err)) {
		if (a.given) /* what they typed; the questions come after this */
			die_unsaved(&c, &err, "waymark checkin");
		checkin_release(&c);
		die_err(&err, 0);
	}
	if (apply_tracks(wm, &c, &a, &err)) {
		checkin_release(&c);
		die_err(&err, 1);
	}
	if (!a.given) {
		if (ask_questions(wm, &c, 0)) {
			checkin_release(&c);
			printf("%s\n", _("Nothing was saved."));
			return 0;
		}
	}
	if (diary_add(wm, &c, &err))
		die_unsaved(&c, &err, "waymark checkin");
	if (json)
		print_json_one(&c);
	else
		report_saved(wm, &c, 0);
	checkin_release(&c);
	return 0;
}

static int64_t parse_id(const char *cmd, int argc, char **argv, int first)
{
	char *end;
	long long id;

	if (first != argc - 1)
		die_usage(cmd, _("please give the number of one check-in, as shown by 'waymark diary'"));
	id = strtoll(argv[first], &end, 10);
	if (!argv[first][0] || *end || id < 1)
		die(2, _("'%s' is not a check-in number; 'waymark diary' shows them"), argv[first]);
	return id;
}

static void load_or_die(struct waymark *wm, int64_t id, struct checkin *c)
{
	struct err err = ERR_INIT;
	int rc = diary_get(wm, id, c, &err);

	if (rc < 0)
		die_err(&err, 0);
	if (rc > 0)
		die(2, _("there is no check-in %lld; 'waymark diary' lists them"), (long long)id);
}

static int cmd_list(struct waymark *wm, int argc, char **argv, int search)
{
	static const struct cli_option opts[] = {
		{ "from", 1, OPT_FROM, "YYYY-MM-DD", N_("start from this day") },
		{ "to", 1, OPT_TO, "YYYY-MM-DD", N_("up to and including this day") },
		{ "limit", 1, OPT_LIMIT, "N", N_("show at most N check-ins") },
		{ "json", 0, OPT_JSON, NULL, N_("print them as a JSON array") },
		{ 0 },
	};
	struct cli_parser p = { search ? "diary search" : "diary list",
		search ? "WORDS... [options]" : "[options]",
		search ? N_("find check-ins holding all of the words (in notes, tags, names...)")
		       : N_("list your check-ins, newest first"),
		opts, NULL, 0 };
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct err err = ERR_INIT;
	struct wdate d;
	const char *arg;
	int key, json = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_FROM:
		case OPT_TO:
			if (wdate_parse(arg, &d, &err, key == OPT_FROM ? "from" : "to"))
				die_err(&err, 0);
			if (key == OPT_FROM)
				q.from = arg;
			else
				q.to = arg;
			break;
		case OPT_LIMIT:
			q.limit = cli_parse_long("--limit", arg, 1, 1000000);
			break;
		case OPT_JSON:
			json = 1;
			break;
		}
	}
	if (search) {
		if (p.optind >= argc)
			die_usage(p.cmd, _("please give a word to look for"));
		q.words = argv + p.optind;
		q.nwords = (size_t)(argc - p.optind);
	} else if (p.optind < argc) {
		die_usage(p.cmd, _("'%s' is not something 'diary list' understands"), argv[p.optind]);
	}
	if (diary_list(wm, &q, &l, &err))
		die_err(&err, 0);
	if (json) {
		print_json_list(&l);
	} else if (!l.n) {
		printf("%s\n", search ? _("No check-ins hold those words.")
				      : _("No check-ins yet. 'waymark checkin' writes your first."));
	} else {
		pager_start();
		print_list(&l);
	}
	checkin_list_release(&l);
	return 0;
}

static int cmd_show(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print it as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "diary show", "ID [--json]", N_("show one check-in in full"),
				opts, NULL, 0 };
	struct checkin c;
	const char *arg;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	load_or_die(wm, parse_id(p.cmd, argc, argv, p.optind), &c);
	if (json) {
		print_json_one(&c);
	} else {
		struct tracker_list defs;
		struct err err = ERR_INIT;
		if (diary_trackers(wm, 1, &defs, &err))
			die_err(&err, 0);
		print_full(&c, &defs);
		tracker_list_release(&defs);
	}
	checkin_release(&c);
	return 0;
}

static int cmd_edit(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		ENTRY_OPTIONS,
		{ "flag", 0, OPT_FLAG, NULL, N_("flag it for your appointment (the report can bring it along)") },
		{ "unflag", 0, OPT_UNFLAG, NULL, N_("take the appointment flag off") },
		{ "json", 0, OPT_JSON, NULL, N_("print the changed check-in as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "diary edit", "ID [options]",
		N_("change a check-in. Options replace what they name (an empty value clears it;\n"
		   "--tag and --done replace all tags and things done). With no options, on a\n"
		   "terminal, it asks."),
		opts, N_("--flag marks it 'for my appointment': 'waymark report --sections notes'\n"
			 "brings the flagged check-ins of the period into the report.\n"), 0 };
	struct checkin c;
	struct answers a = { 0 };
	struct err err = ERR_INIT;
	const char *arg;
	int key, json = 0, rc;
	struct { int key; const char *arg; } given[64];
	size_t ngiven = 0;

	/* collect first: the entry is loaded once the id is known */
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_JSON) {
			json = 1;
			continue;
		}
		if (ngiven == ARRAY_SIZE(given))
			die_usage(p.cmd, _("that is too many options at once"));
		given[ngiven].key = key;
		given[ngiven++].arg = arg;
	}
	{
		int flag = 0, unflag = 0;
		for (size_t i = 0; i < ngiven; i++) {
			flag |= given[i].key == OPT_FLAG;
			unflag |= given[i].key == OPT_UNFLAG;
		}
		if (flag && unflag)
			die_usage(p.cmd, _("please give --flag or --unflag, not both"));
	}
	load_or_die(wm, parse_id(p.cmd, argc, argv, p.optind), &c);
	a.clear_tags = 1;
	a.clear_done = 1;
	for (size_t i = 0; i < ngiven; i++) {
		if (given[i].key == OPT_FLAG || given[i].key == OPT_UNFLAG) {
			c.for_appointment = given[i].key == OPT_FLAG;
			a.given++;
			continue;
		}
		if (given[i].key == OPT_MOOD && !*given[i].arg) {
			c.mood = -1;
			a.given++;
			continue;
		}
		if (apply_option(&c, given[i].key, given[i].arg, &a, &err)) {
			checkin_release(&c);
			die_err(&err, 1);
		}
	}
	if (apply_when(&c, &a, 1, &err) || apply_tracks(wm, &c, &a, &err)) {
		checkin_release(&c);
		die_err(&err, 1);
	}
	if (!a.given && !a.date && !a.time) {
		if (!cli_interactive()) {
			checkin_release(&c);
			die_usage(p.cmd, _("say what to change with options, or run it in a terminal to be asked"));
		}
		if (ask_questions(wm, &c, 1)) {
			checkin_release(&c);
			printf("%s\n", _("Nothing was changed."));
			return 0;
		}
	}
	rc = diary_update(wm, &c, &err);
	if (rc < 0) {
		struct buf prefix = BUF_INIT;
		buf_addf(&prefix, "waymark diary edit %lld", (long long)c.id);
		die_unsaved(&c, &err, prefix.data);
	}
	if (json)
		print_json_one(&c);
	else
		report_saved(wm, &c, 1);
	checkin_release(&c);
	return 0;
}

static int cmd_delete(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "yes", 0, OPT_YES, NULL, N_("do not ask first") },
		{ 0 },
	};
	struct cli_parser p = { "diary delete", "ID [--yes]",
		N_("delete a check-in for good (it asks first)"), opts, NULL, 0 };
	struct checkin c;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT, q = BUF_INIT;
	const char *arg;
	int yes = 0;
	int64_t id;

	while (cli_next(&p, argc, argv, &arg) != -1)
		yes = 1;
	id = parse_id(p.cmd, argc, argv, p.optind);
	load_or_die(wm, id, &c);
	if (!yes) {
		char t[6];
		if (!isatty(0))
			die(2, _("deleting cannot be undone, so Waymark asks first; add --yes to delete without asking"));
		wdate_long(&b, c.when.date);
		wclock_format(c.when.minute, t);
		buf_addf(&q, _("Delete check-in %lld from %s, %s? This cannot be undone. [y/N] "),
			 (long long)id, b.data, t);
		if (!prompt_yesno(q.data, 0)) {
			printf("%s\n", _("Kept it; nothing was deleted."));
			goto out;
		}
	}
	if (diary_delete(wm, id, &err) < 0)
		die_err(&err, 0);
	printf(_("Deleted check-in %lld.\n"), (long long)id);
out:
	buf_release(&b);
	buf_release(&q);
	checkin_release(&c);
	return 0;
}

static int cmd_list_plain(struct waymark *wm, int argc, char **argv)
{
	return cmd_list(wm, argc, argv, 0);
}

static int cmd_search(struct waymark *wm, int argc, char **argv)
{
	return cmd_list(wm, argc, argv, 1);
}

/* ---- trackers ---- */

static void print_trackers(const struct tracker_list *l, int json)
{
	if (json) {
		json_t *a = json_array();
		char *text;
		for (size_t i = 0; i < l->n; i++)
			json_array_append_new(a, tracker_to_data(&l->items[i]));
		text = json_dumps(a, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		printf("%s\n", text);
		vault_free_secret(text);
		json_decref(a);
		return;
	}
	if (!l->n) {
		printf("%s\n", _("You have no trackers yet. 'waymark tracker add' makes one, for example:\n"
				 "  waymark tracker add Energy --scale 1-5\n"
				 "  waymark tracker add \"Took my medication\" --yes-no\n"
				 "  waymark tracker add Exercise --count --unit minutes"));
		return;
	}
	for (size_t i = 0; i < l->n; i++) {
		struct buf d = BUF_INIT;
		tracker_describe(&l->items[i], &d);
		printf("  %-24s %s\n", l->items[i].name, d.data);
		buf_release(&d);
	}
}

static const struct tracker *find_or_die(const struct tracker_list *l, const char *name)
{
	const struct tracker *t = tracker_find(l, name);
	if (!t)
		die(2, _("you have no tracker called '%s'; 'waymark tracker list --all' shows them"), name);
	return t;
}

static void save_tracker_or_die(struct waymark *wm, struct tracker *t, int add)
{
	struct err err = ERR_INIT;
	if (add ? diary_tracker_add(wm, t, &err) : diary_tracker_update(wm, t, &err))
		die_err(&err, 1);
}

int diary_cmd_tracker(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "scale", 1, OPT_SCALE, "LOW-HIGH", N_("add: a scale, like 1-5 or 0-10") },
		{ "yes-no", 0, OPT_YESNO, NULL, N_("add: a yes or no, like 'took my medication'") },
		{ "count", 0, OPT_COUNT, NULL, N_("add: a count, like minutes of exercise") },
		{ "unit", 1, OPT_UNIT, "WORD", N_("add: what a count counts, like minutes") },
		{ "lower-is-better", 0, OPT_LOWER, NULL, N_("add: a higher value means things are harder (anxiety, pain)") },
		{ "all", 0, OPT_ALL, NULL, N_("list: show retired trackers too") },
		{ "json", 0, OPT_JSON, NULL, N_("list: as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "tracker", "[list|add|rename|retire|restore] ...",
		N_("your own things to track at each check-in, beside mood"), opts,
		N_("Commands:\n"
		   "  list [--all] [--json]                       your trackers (the default)\n"
		   "  add NAME --scale 1-5 | --yes-no | --count [--unit WORD] [--lower-is-better]\n"
		   "  rename NAME NEW-NAME                        its history keeps the new name\n"
		   "  retire NAME                                 stop asking; its history stays\n"
		   "  restore NAME                                start asking again\n"
		   "\nThen: waymark checkin --track energy=3 --track \"took my medication=yes\"\n"), 0 };
	struct tracker t;
	struct tracker_list defs;
	struct err err = ERR_INIT;
	const char *arg, *verb;
	int key, all = 0, json = 0, nargs;
	char **args;

	tracker_init(&t);
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_SCALE:
			t.type = TRACKER_SCALE;
			if (tracker_parse_range(&t, arg, &err))
				die_err(&err, 1);
			break;
		case OPT_YESNO:
			t.type = TRACKER_YESNO;
			break;
		case OPT_COUNT:
			t.type = TRACKER_COUNT;
			break;
		case OPT_UNIT:
			if (tracker_set_unit(&t, arg, &err))
				die_err(&err, 1);
			break;
		case OPT_LOWER:
			t.lower_is_better = 1;
			break;
		case OPT_ALL:
			all = 1;
			break;
		case OPT_JSON:
			json = 1;
			break;
		}
	}
	args = argv + p.optind;
	nargs = argc - p.optind;
	verb = nargs ? args[0] : "list";
	defs.items = NULL;
	defs.n = 0;
	if (strcmp(verb, "list") || vault_exists(wm->path)) {
		cli_open_vault(wm);
		if (diary_trackers(wm, all || strcmp(verb, "list"), &defs, &err))
			die_err(&err, 0);
	}
	if (!strcmp(verb, "list") && nargs <= 1) {
		print_trackers(&defs, json);
	} else if (!strcmp(verb, "add") && nargs == 2) {
		if (!t.type)
			die_usage(p.cmd, _("say what kind of tracker it is: --scale 1-5, --yes-no or --count"));
		if (t.unit && t.type != TRACKER_COUNT)
			die_usage(p.cmd, _("only a count has a unit"));
		if (tracker_set_name(&t, args[1], &err))
			die_err(&err, 1);
		save_tracker_or_die(wm, &t, 1);
		{
			struct buf d = BUF_INIT;
			tracker_describe(&t, &d);
			printf(_("Added the tracker '%s' (%s). Check-ins will ask for it; or use\n"
				 "  waymark checkin --track \"%s=...\"\n"), t.name, d.data, t.name);
			buf_release(&d);
		}
	} else if (!strcmp(verb, "rename") && nargs == 3) {
		struct tracker *found = (struct tracker *)find_or_die(&defs, args[1]);
		char *old = xstrdup(found->name);
		if (tracker_set_name(found, args[2], &err))
			die_err(&err, 1);
		save_tracker_or_die(wm, found, 0);
		printf(_("Renamed '%s' to '%s'. Its history is kept.\n"), old, found->name);
		free(old);
	} else if ((!strcmp(verb, "retire") || !strcmp(verb, "restore")) && nargs == 2) {
		struct tracker *found = (struct tracker *)find_or_die(&defs, args[1]);
		found->retired = verb[2] == 't'; /* reTire */
		save_tracker_or_die(wm, found, 0);
		printf(found->retired ? _("Retired '%s': check-ins will not ask for it, and its history stays.\n")
				      : _("Restored '%s': check-ins will ask for it again.\n"),
		       found->name);
	} else {
		die_usage(p.cmd, _("'%s' with %d words is not something 'tracker' understands"), verb, nargs);
	}
	tracker_release(&t);
	tracker_list_release(&defs);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "delete", cmd_delete },
	{ "edit", cmd_edit },
	{ "list", cmd_list_plain },
	{ "search", cmd_search },
	{ "show", cmd_show },
};

int diary_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && argv[1][0] != '-') {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name))
				return subcommands[i].fn(wm, argc - 1, argv + 1);
		die_usage("diary", _("'%s' is not a diary command: try list, show, edit, delete or search"),
			  argv[1]);
	}
	if (argc >= 2 && !strcmp(argv[1], "--help")) {
		struct cli_parser p = { "diary", "[list|show|edit|delete|search] ...",
			N_("read, search, change or delete your check-ins"), NULL,
			N_("Commands:\n"
			   "  list [--from D] [--to D] [--limit N] [--json]   newest first (the default)\n"
			   "  show ID [--json]                                one check-in in full\n"
			   "  edit ID [options]                               change a check-in\n"
			   "  delete ID [--yes]                               delete one for good\n"
			   "  search WORDS... [--json]                        find check-ins with those words\n"), 0 };
		cli_help(&p, stdout);
		return 0;
	}
	return cmd_list(wm, argc, argv, 0);
}
