/* SPDX-License-Identifier: MIT */
/*
 * model.c: the rules of a goal (see goals.h): parsing targets and
 * deadlines, checking fields, period arithmetic and progress, the gentle
 * SMART check, what is due, the iCalendar text and the JSON forms. No I/O
 * and no vault: the CLI, a web page and import all come through here, so a
 * goal is judged the same way however it arrives. Wording never blames: a
 * period that did not reach its target is simply not counted as reached.
 */
#include <ctype.h>
#include <errno.h>


#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "goals.h"
#include "ical.h"

static const struct {
	const char *name, *words;
} state_names[GOAL_STATE__MAX] = {
	[GOAL_ACTIVE] = { "active", N_("active") },
	[GOAL_PAUSED] = { "paused", N_("paused") },
	[GOAL_DONE] = { "done", N_("done") },
	[GOAL_DROPPED] = { "dropped", N_("dropped") },
};

static const char *const period_names[GOAL_PER__MAX] = {
	[GOAL_PER_NONE] = NULL,
	[GOAL_PER_DAY] = "day",
	[GOAL_PER_WEEK] = "week",
	[GOAL_PER_MONTH] = "month",
};

static const char *const period_words[GOAL_PER__MAX] = {
	[GOAL_PER_NONE] = "",
	[GOAL_PER_DAY] = N_("day"),
	[GOAL_PER_WEEK] = N_("week"),
	[GOAL_PER_MONTH] = N_("month"),
};

/* "week" for people (never gettext(""), which is the catalogue header). */
static const char *period_text(enum goal_period p)
{
	return p > GOAL_PER_NONE && p < GOAL_PER__MAX ? _(period_words[p]) : "";
}

/* ---- lifecycle ---- */

void goal_init(struct goal *g)
{
	memset(g, 0, sizeof(*g));
	g->start.minute = -1;
	g->rewarded = -1;
}

void goal_target_release(struct goal_target *t)
{
	free(t->what);
	memset(t, 0, sizeof(*t));
}

void goal_release(struct goal *g)
{
	free(g->title);
	free(g->why);
	free(g->achievable);
	free(g->prepare);
	free(g->deadline_note);
	for (size_t i = 0; i < g->nsteps; i++)
		free(g->steps[i].text);
	free(g->steps);
	goal_target_release(&g->target);
	free(g->reward);
	free(g->if_missed);
	free(g->area);
	goal_init(g);
}

void goal_entry_init(struct goal_entry *e)
{
	memset(e, 0, sizeof(*e));
	e->count = 1;
}

void goal_entry_release(struct goal_entry *e)
{
	free(e->note);
	goal_entry_init(e);
}

void goal_list_release(struct goal_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		goal_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void goal_entry_list_release(struct goal_entry_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		goal_entry_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void goal_entry_list_push(struct goal_entry_list *l, struct goal_entry *e)
{
	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	l->items[l->n++] = *e;
	goal_entry_init(e);
}

/* ---- names ---- */

const char *goal_state_name(enum goal_state s)
{
	return s < GOAL_STATE__MAX ? state_names[s].name : "";
}

const char *goal_state_words(enum goal_state s)
{
	return s < GOAL_STATE__MAX ? _(state_names[s].words) : "";
}

const char *goal_period_name(enum goal_period p)
{
	return p < GOAL_PER__MAX ? period_names[p] : NULL;
}

/* ---- text fields ---- */

static const struct {
	const char *name;
	size_t off;
	size_t max;
	int multiline;
	const char *label; /* how a message calls it */
} text_fields[] = {
	{ "title", offsetof(struct goal, title), GOAL_TITLE_MAX, 0, N_("the goal") },
	{ "why", offsetof(struct goal, why), GOAL_TEXT_MAX, 1, N_("why it matters") },
	{ "achievable", offsetof(struct goal, achievable), GOAL_TEXT_MAX, 1,
	  N_("why it is achievable") },
	{ "prepare", offsetof(struct goal, prepare), GOAL_TEXT_MAX, 1,
	  N_("how you will prepare") },
	{ "deadline_note", offsetof(struct goal, deadline_note), GOAL_TEXT_MAX, 1,
	  N_("what you said about the deadline") },
	{ "reward", offsetof(struct goal, reward), GOAL_TEXT_MAX, 1, N_("the reward") },
	{ "if_missed", offsetof(struct goal, if_missed), GOAL_TEXT_MAX, 1,
	  N_("what you will do if the deadline passes") },
	{ "area", offsetof(struct goal, area), GOAL_AREA_MAX, 0, N_("the life area") },
};

int goal_set_text(struct goal *g, const char *field, const char *s,
		  struct err *err)
{
	for (size_t i = 0; i < ARRAY_SIZE(text_fields); i++) {
		char **dst;
		char *t;
		if (strcmp(field, text_fields[i].name))
			continue;
		dst = (char **)((char *)g + text_fields[i].off);
		if (!strcmp(field, "title")) {
			t = text_trimmed(s);
			if (!*t) {
				free(t);
				return err_input(err, "title",
					_("a goal needs a few words saying what it is: what is your specific goal?"));
			}
			free(t);
		}
		return text_set_field(dst, s, text_fields[i].max, text_fields[i].multiline,
				      field, _(text_fields[i].label), err);
	}
	BUG("no goal text field '%s'", field);
}

int goal_add_step(struct goal *g, const char *text, struct wdate due,
		  struct err *err)
{
	char *t = NULL;

	if (g->nsteps >= GOAL_STEPS_MAX)
		return err_input(err, "step", _("a goal can have up to %d steps"), GOAL_STEPS_MAX);
	if (text_set_field(&t, text, GOAL_STEP_MAX, 0, "step", _("a step"), err))
		return -1;
	if (!t)
		return err_input(err, "step", _("a step needs a few words saying what you will do"));
	if (due.y && !wdate_valid(due.y, due.m, due.d)) {
		free(t);
		return err_input(err, "step", _("a step's date needs to be a real date"));
	}
	g->steps = xrealloc(g->steps, (g->nsteps + 1) * sizeof(*g->steps));
	memset(&g->steps[g->nsteps], 0, sizeof(*g->steps));
	g->steps[g->nsteps].text = t;
	g->steps[g->nsteps].due = due;
	g->nsteps++;
	return 0;
}

int goal_entry_set_note(struct goal_entry *e, const char *s, struct err *err)
{
	return text_set_field(&e->note, s, GOAL_NOTE_MAX, 1, "note", _("the note"), err);
}

int goal_parse_deadline(const char *s, struct wdate today, struct wdate *out,
			struct err *err)
{
	return wdate_parse_kind(s, today, out, err, "deadline");
}

/* ---- targets ---- */

/* A count: digits (up to six) or a word ("three", "twice"); -1 if w is
 * neither. */
static long count_word(const char *w)
{
	static const char *const words[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve",
	};
	static const char *const multiples[] = { "once", "twice", "thrice" };
	long v = 0;
	size_t i;

	for (i = 0; isdigit((unsigned char)w[i]); i++) {
		if (i >= 6)
			return GOAL_TARGET_MAX + 1L; /* too many, whatever it is */
		v = v * 10 + (w[i] - '0');
	}
	if (i && !w[i])
		return v;
	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (!strcasecmp(w, words[i]))
			return (long)i + 1;
	for (i = 0; i < ARRAY_SIZE(multiples); i++)
		if (!strcasecmp(w, multiples[i]))
			return (long)i + 1;
	return -1;
}

/* GOAL_PER_* for a period word ("week", "weeks"), GOAL_PER__MAX for
 * another period people use ("year", "fortnight"), GOAL_PER_NONE if w is
 * not a period at all. */
static enum goal_period parse_period_word(const char *w)
{
	size_t n = strlen(w);

	if (n > 1 && (w[n - 1] == 's' || w[n - 1] == 'S'))
		n--;
	if (n == 3 && !strncasecmp(w, "day", 3))
		return GOAL_PER_DAY;
	if (n == 4 && !strncasecmp(w, "week", 4))
		return GOAL_PER_WEEK;
	if (n == 5 && !strncasecmp(w, "month", 5))
		return GOAL_PER_MONTH;
	if ((n == 4 && !strncasecmp(w, "year", 4)) || (n == 9 && !strncasecmp(w, "fortnight", 9)) ||
	    (n == 4 && !strncasecmp(w, "hour", 4)))
		return GOAL_PER__MAX;
	return GOAL_PER_NONE;
}

/* "daily", "weekly", "monthly": the period, or GOAL_PER_NONE. */
static enum goal_period ly_word(const char *w)
{
	if (!strcasecmp(w, "daily"))
		return GOAL_PER_DAY;
	if (!strcasecmp(w, "weekly"))
		return GOAL_PER_WEEK;
	if (!strcasecmp(w, "monthly"))
		return GOAL_PER_MONTH;
	return GOAL_PER_NONE;
}

static int is_per_word(const char *w)
{
	static const char *const per[] = { "per", "a", "an", "each", "every", "in", "/" };
	for (size_t i = 0; i < ARRAY_SIZE(per); i++)
		if (!strcasecmp(w, per[i]))
			return 1;
	return 0;
}

int goal_parse_target(const char *s, struct goal_target *out, struct err *err)
{
	struct buf spaced = BUF_INIT, what = BUF_INIT;
	char *w[24], *save = NULL, *tok;
	size_t n = 0, i = 0;
	long count = -1;
	int rc = -1;
	enum goal_period per = GOAL_PER_NONE;

	/* "2/week" reads as "2 / week" */
	for (const char *p = s; *p; p++) {
		if (*p == '/')
			buf_adds(&spaced, " / ");
		else
			buf_addch(&spaced, *p);
	}
	for (tok = strtok_r(spaced.data, " \t\r\n,", &save); tok;
	     tok = strtok_r(NULL, " \t\r\n,", &save)) {
		if (n == ARRAY_SIZE(w))
			goto no_number;
		w[n++] = tok;
	}
	if (n == 0)
		goto no_number;
	/* single words: daily, weekly, monthly */
	if (n == 1 && ly_word(w[0]) != GOAL_PER_NONE) {
		count = 1;
		per = ly_word(w[0]);
		goto done;
	}
	/* "every day", "each week" */
	if (n == 2 && (!strcasecmp(w[0], "every") || !strcasecmp(w[0], "each")) &&
	    parse_period_word(w[1]) != GOAL_PER_NONE) {
		count = 1;
		per = parse_period_word(w[1]);
		goto check_period;
	}
	if (n >= 2 && !strcasecmp(w[0], "at") && !strcasecmp(w[1], "least"))
		i = 2;
	if (i >= n || (count = count_word(w[i])) < 0)
		goto no_number;
	i++;
	/* what is counted, up to the word that brings in the period */
	while (i < n && !is_per_word(w[i]) && parse_period_word(w[i]) == GOAL_PER_NONE &&
	       ly_word(w[i]) == GOAL_PER_NONE) {
		if (strcasecmp(w[i], "times") && strcasecmp(w[i], "time") &&
		    strcasecmp(w[i], "x")) {
			if (what.len)
				buf_addch(&what, ' ');
			buf_adds(&what, w[i]);
		}
		i++;
	}
	if (i + 1 == n && ly_word(w[i]) != GOAL_PER_NONE) { /* "twice weekly" */
		per = ly_word(w[i]);
		goto done;
	}
	if (i < n && is_per_word(w[i]))
		i++;
	if (i < n && (!strcasecmp(w[i], "a") || !strcasecmp(w[i], "the")))
		i++;
	if (i + 1 != n) {
		if (i >= n) {
			err_input(err, "target",
				  _("say how often too, like '%ld per week', '%ld per day' or '%ld per month'"),
				  count, count, count);
			goto out;
		}
		goto no_number;
	}
	per = parse_period_word(w[i]);
	if (per == GOAL_PER_NONE)
		goto no_number;
check_period:
	if (per == GOAL_PER__MAX) {
		err_input(err, "target",
			  _("a target can be per day, per week or per month; '%s' is not one of those"),
			  w[n - 1]);
		goto out;
	}
done:
	if (count == 0) {
		err_input(err, "target",
			  _("a target needs to be at least 1; to have no target, leave it empty"));
		goto out;
	}
	if (count > GOAL_TARGET_MAX) {
		err_input(err, "target",
			  _("that is more than Waymark can count in one %s (up to %d)"),
			  period_text(per), GOAL_TARGET_MAX);
		goto out;
	}
	{
		char *t = NULL;
		if (what.len && text_set_field(&t, what.data, GOAL_WHAT_MAX, 0, "target",
					       _("what the target counts"), err))
			goto out;
		goal_target_release(out);
		out->count = (int)count;
		out->per = per;
		out->what = t;
	}
	rc = 0;
	goto out;
no_number:
	err_input(err, "target",
		  _("a target needs a number and how often, like '2 per week' or 'once a day'; '%s' does not say that"),
		  s);
out:
	buf_release(&spaced);
	buf_release(&what);
	return rc;
}

void goal_target_words(struct buf *out, const struct goal_target *t)
{
	/* a literal format for each case, so translators see whole phrases */
	switch (t->count ? t->per : GOAL_PER_NONE) {
	case GOAL_PER_DAY:
		if (t->what)
			buf_addf(out, _("%d %s per day"), t->count, t->what);
		else
			buf_addf(out, _("%d per day"), t->count);
		break;
	case GOAL_PER_WEEK:
		if (t->what)
			buf_addf(out, _("%d %s per week"), t->count, t->what);
		else
			buf_addf(out, _("%d per week"), t->count);
		break;
	case GOAL_PER_MONTH:
		if (t->what)
			buf_addf(out, _("%d %s per month"), t->count, t->what);
		else
			buf_addf(out, _("%d per month"), t->count);
		break;
	default:
		break;
	}
}

/* ---- validation ---- */

static int date_ok(struct wdate d)
{
	return !d.y || wdate_valid(d.y, d.m, d.d);
}

int goal_validate(const struct goal *g, struct err *err)
{
	if (!g->title || !*g->title)
		return err_input(err, "title",
			_("a goal needs a few words saying what it is: what is your specific goal?"));
	if (!date_ok(g->deadline))
		return err_input(err, "deadline", _("the deadline needs to be a real date"));
	if (!date_ok(g->ended))
		return err_input(err, "ended", _("the day it ended needs to be a real date"));
	if (g->nsteps > GOAL_STEPS_MAX)
		return err_input(err, "step", _("a goal can have up to %d steps"), GOAL_STEPS_MAX);
	for (size_t i = 0; i < g->nsteps; i++)
		if (!g->steps[i].text || !date_ok(g->steps[i].due) || !date_ok(g->steps[i].done))
			return err_input(err, "step", _("step %zu needs words and real dates"), i + 1);
	if (g->target.count < 0 || g->target.count > GOAL_TARGET_MAX ||
	    (g->target.count && (g->target.per <= GOAL_PER_NONE || g->target.per >= GOAL_PER__MAX)) ||
	    (!g->target.count && (g->target.per != GOAL_PER_NONE || g->target.what)))
		return err_input(err, "target", _("a target needs a count from 1 to %d and a period"),
				 GOAL_TARGET_MAX);
	if (g->state >= GOAL_STATE__MAX)
		return err_input(err, "state", _("a goal is active, paused, done or dropped"));
	if (g->rewarded < -1 || g->rewarded > 1)
		return err_input(err, "rewarded", _("whether you had the reward is yes or no"));
	if (g->start.date.y && !wdate_valid(g->start.date.y, g->start.date.m, g->start.date.d))
		return err_input(err, "date", _("the day the goal was set needs to be a real date"));
	return 0;
}

int goal_entry_validate(const struct goal_entry *e, struct wdate today,
			struct err *err)
{
	char d[11];

	if (strlen(e->goal_uid) != 32)
		return err_input(err, "goal", _("progress needs to belong to a goal"));
	if (e->count < 1 || e->count > GOAL_COUNT_MAX)
		return err_input(err, "count", _("the count needs to be a whole number from 1 to %d"),
				 GOAL_COUNT_MAX);
	if (!wdate_valid(e->when.date.y, e->when.date.m, e->when.date.d))
		return err_input(err, "date", _("progress needs a real date"));
	if (e->when.minute < 0 || e->when.minute >= 24 * 60)
		return err_input(err, "time", _("progress needs a time from 00:00 to 23:59"));
	if (wdate_cmp(e->when.date, today) > 0) {
		wdate_format(e->when.date, d);
		return err_input(err, "date",
			_("%s has not come yet: progress can be for today or any day before"), d);
	}
	return 0;
}

/* ---- periods ---- */

void goal_period_bounds(enum goal_period per, struct wdate d,
			struct wdate *first, struct wdate *last)
{
	switch (per) {
	case GOAL_PER_WEEK:
		*first = wdate_week_start(d);
		*last = wdate_add_days(*first, 6);
		break;
	case GOAL_PER_MONTH:
		*first = (struct wdate){ d.y, d.m, 1 };
		*last = (struct wdate){ d.y, d.m, wdate_days_in_month(d.y, d.m) };
		break;
	default:
		*first = d;
		*last = d;
		break;
	}
}

long goal_periods_between(enum goal_period per, struct wdate a, struct wdate b)
{
	int64_t n;

	switch (per) {
	case GOAL_PER_DAY:
		n = wdate_to_days(b) - wdate_to_days(a) + 1;
		break;
	case GOAL_PER_WEEK:
		n = (wdate_to_days(wdate_week_start(b)) - wdate_to_days(wdate_week_start(a))) / 7 + 1;
		break;
	case GOAL_PER_MONTH:
		n = ((int64_t)b.y * 12 + b.m) - ((int64_t)a.y * 12 + a.m) + 1;
		break;
	default:
		return 0;
	}
	return n > 0 ? (long)n : 0;
}

void goal_period_label(struct buf *out, enum goal_period per,
		       struct wdate first, struct wdate today)
{
	switch (per) {
	case GOAL_PER_WEEK:
		buf_addf(out, _("week of %d %s"), first.d, wdate_month_abbr(first.m));
		if (first.y != today.y)
			buf_addf(out, " %d", first.y);
		break;
	case GOAL_PER_MONTH:
		buf_addf(out, "%s %d", wdate_month_name(first.m), first.y);
		break;
	default:
		wdate_short(out, first);
		if (first.y != today.y)
			buf_addf(out, " %d", first.y);
		break;
	}
}

/* ---- progress ---- */

void goal_progress_init(struct goal_progress *p)
{
	memset(p, 0, sizeof(*p));
}

void goal_progress_release(struct goal_progress *p)
{
	free(p->periods);
	goal_progress_init(p);
}

/* The index of d's period among those starting with from's, or -1. */
static long period_index(enum goal_period per, struct wdate from, struct wdate d)
{
	return goal_periods_between(per, from, d) - 1;
}

void goal_progress_compute(const struct goal *g, const struct goal_entry *entries,
			   size_t n, struct wdate today, struct goal_progress *p)
{
	struct wdate from, to;
	long np;

	goal_progress_init(p);
	p->steps_total = g->nsteps;
	for (size_t i = 0; i < g->nsteps; i++)
		if (g->steps[i].done.y)
			p->steps_done++;
	for (size_t i = 0; i < n; i++) {
		const struct goal_entry *e = &entries[i];
		if (strcmp(e->goal_uid, g->uid))
			continue;
		p->total += e->count;
		p->nentries++;
		if (!p->first_entry.y || wdate_cmp(e->when.date, p->first_entry) < 0)
			p->first_entry = e->when.date;
		if (!p->last_entry.y || wdate_cmp(e->when.date, p->last_entry) > 0)
			p->last_entry = e->when.date;
	}
	if (!g->target.count || g->target.per <= GOAL_PER_NONE || g->target.per >= GOAL_PER__MAX)
		return;
	p->per = g->target.per;
	p->target = g->target.count;

	from = g->start.date.y ? g->start.date : today;
	if (p->first_entry.y && wdate_cmp(p->first_entry, from) < 0)
		from = p->first_entry;
	to = today;
	if ((g->state == GOAL_DONE || g->state == GOAL_DROPPED) && g->ended.y)
		to = g->ended;
	if (p->last_entry.y && wdate_cmp(p->last_entry, to) > 0)
		to = p->last_entry;
	if (wdate_cmp(to, from) < 0)
		to = from;
	np = goal_periods_between(p->per, from, to);
	p->periods = xcalloc((size_t)np, sizeof(*p->periods));
	p->nperiods = (size_t)np;
	{
		struct wdate d = from;
		for (long k = 0; k < np; k++) {
			goal_period_bounds(p->per, d, &p->periods[k].first, &p->periods[k].last);
			d = wdate_add_days(p->periods[k].last, 1);
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct goal_entry *e = &entries[i];
		long k;
		if (strcmp(e->goal_uid, g->uid))
			continue;
		k = period_index(p->per, from, e->when.date);
		if (k >= 0 && k < np)
			p->periods[k].count += e->count;
	}
	p->closed = p->nperiods;
	if (g->state != GOAL_DONE && g->state != GOAL_DROPPED && np) {
		struct goal_period_count *last = &p->periods[np - 1];
		if (wdate_cmp(last->first, today) <= 0 && wdate_cmp(today, last->last) <= 0) {
			last->open = 1;
			p->closed--;
			p->this_count = last->count;
			p->this_reached = last->count >= p->target;
		}
	}
	for (size_t k = 0; k < p->closed; k++)
		if (p->periods[k].count >= p->target)
			p->reached++;
	if (g->deadline.y)
		p->planned = (long)p->target * goal_periods_between(p->per, from, g->deadline);
}

struct period_sum {
	int64_t start;
	long count;
};

static int cmp_period_sum(const void *a, const void *b)
{
	const struct period_sum *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

long goal_best_period(const struct goal_entry *entries, size_t n,
		      enum goal_period per)
{
	struct period_sum *s;
	long best = -1, run = 0;

	if (!n || per <= GOAL_PER_NONE || per >= GOAL_PER__MAX)
		return -1;
	s = xmalloc(n * sizeof(*s));
	for (size_t i = 0; i < n; i++) {
		struct wdate first, last;
		goal_period_bounds(per, entries[i].when.date, &first, &last);
		s[i].start = wdate_to_days(first);
		s[i].count = entries[i].count;
	}
	qsort(s, n, sizeof(*s), cmp_period_sum);
	for (size_t i = 0; i < n; i++) {
		run = (i && s[i].start == s[i - 1].start) ? run + s[i].count : s[i].count;
		if (run > best)
			best = run;
	}
	free(s);
	return best;
}

/* ---- the SMART check ---- */

static struct goal_note *add_note(struct goal_notes *out, enum goal_note_kind kind,
				  const char *field)
{
	struct goal_note *n = &out->items[out->n++];
	n->kind = kind;
	n->field = field;
	n->msg[0] = '\0';
	return n;
}

/* 1 if what starts with a unit that is naturally counted in large numbers
 * ("20 minutes of yoga", "5000 steps", "30 pages"), where "more than 7 a
 * day" says nothing about how much is asked. */
static int counts_a_measure(const char *what)
{
	static const char *const units[] = {
		"minute", "min", "hour", "hr", "second", "step", "page", "word",
		"glass", "cup", "ml", "litre", "km", "kilometre", "mile", "metre",
		"length", "lap", "rep", "push-up", "sit-up", "calorie",
	};
	size_t n = 0;

	if (!what)
		return 0;
	while (what[n] && what[n] != ' ')
		n++;
	/* plurals: "minutes", "glasses" */
	for (size_t i = 0; i < ARRAY_SIZE(units); i++) {
		size_t u = strlen(units[i]);
		if (!strncasecmp(what, units[i], u) &&
		    (n == u || (n == u + 1 && (what[u] == 's' || what[u] == 'S')) ||
		     (n == u + 2 && !strncasecmp(what + u, "es", 2))))
			return 1;
	}
	return 0;
}

size_t goal_smart_check(const struct goal *g, long best, struct wdate today,
			struct goal_notes *out)
{
	struct buf b = BUF_INIT;
	struct goal_note *n;

	out->n = 0;
	if (!g->deadline.y) {
		n = add_note(out, GOAL_NOTE_NO_DEADLINE, "deadline");
		snprintf(n->msg, sizeof(n->msg), "%s",
			 _("There is no deadline yet. A date to aim for, even a rough one, can help you see how far you have come."));
	}
	if (!g->target.count && !g->nsteps) {
		n = add_note(out, GOAL_NOTE_NO_MEASURE, "target");
		snprintf(n->msg, sizeof(n->msg), "%s",
			 _("There is no way yet to tell when it is done. Something you can count (like '2 per week') or a few steps can show you your progress."));
	}
	if (g->deadline.y && wdate_cmp(g->deadline, today) < 0 &&
	    g->state != GOAL_DONE && g->state != GOAL_DROPPED) {
		wdate_long(&b, g->deadline);
		n = add_note(out, GOAL_NOTE_DEADLINE_PASSED, "deadline");
		snprintf(n->msg, sizeof(n->msg),
			 _("The deadline, %s, has already passed. That is all right: would a new date help?"),
			 b.data);
		buf_reset(&b);
	}
	if (g->target.count) {
		/* the most that fits in a period at 7 a day */
		static const int most[GOAL_PER__MAX] = {
			[GOAL_PER_DAY] = 7, [GOAL_PER_WEEK] = 7 * 7, [GOAL_PER_MONTH] = 7 * 31,
		};
		goal_target_words(&b, &g->target);
		if (g->target.count > most[g->target.per] && !counts_a_measure(g->target.what)) {
			n = add_note(out, GOAL_NOTE_TARGET_HIGH, "target");
			snprintf(n->msg, sizeof(n->msg),
				 _("%s is a lot to fit in. Starting smaller and building up often works better; you can always raise it later."),
				 b.data);
		} else if (best >= 1 && g->target.count > 2 * best) {
			n = add_note(out, GOAL_NOTE_TARGET_ABOVE_BEST, "target");
			snprintf(n->msg, sizeof(n->msg),
				 _("%s is well above your best %s so far, which was %ld. Starting a little lower and building up often works better, but it is your choice."),
				 b.data, period_text(g->target.per), best);
		}
	}
	buf_release(&b);
	return out->n;
}

/* ---- what is due ---- */

void goal_due_list_release(struct goal_due_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].title);
		free(l->items[i].text);
		free(l->items[i].what);
	}
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

static struct goal_due *add_due(struct goal_due_list *l, const struct goal *g,
				enum goal_due_kind kind, int today)
{
	struct goal_due *d;

	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	d = &l->items[l->n++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->today = today;
	d->goal_id = g->id;
	d->title = xstrdup(g->title ? g->title : "");
	return d;
}

/* One pass of goal_due_items: want_today picks today's items or the
 * rest of the week's. */
static void due_pass(const struct goal *g, const struct goal_progress *p,
		     struct wdate today, struct wdate week_end, int want_today,
		     struct goal_due_list *out)
{
	struct goal_due *d;

	if (g->deadline.y) {
		int c = wdate_cmp(g->deadline, today);
		if (want_today && c < 0) {
			d = add_due(out, g, GOAL_DUE_PASSED, 1);
			d->date = g->deadline;
		} else if ((want_today && c == 0) ||
			   (!want_today && c > 0 && wdate_cmp(g->deadline, week_end) <= 0)) {
			d = add_due(out, g, GOAL_DUE_DEADLINE, want_today);
			d->date = g->deadline;
		}
	}
	for (size_t i = 0; i < g->nsteps; i++) {
		const struct goal_step *s = &g->steps[i];
		int c;
		if (s->done.y || !s->due.y)
			continue;
		c = wdate_cmp(s->due, today);
		if ((want_today && c <= 0) ||
		    (!want_today && c > 0 && wdate_cmp(s->due, week_end) <= 0)) {
			d = add_due(out, g, GOAL_DUE_STEP, want_today);
			d->text = xstrdup(s->text);
			d->step = i + 1;
			d->date = s->due;
		}
	}
	if (p->nperiods && p->periods[p->nperiods - 1].open && !p->this_reached) {
		const struct goal_period_count *pc = &p->periods[p->nperiods - 1];
		int ends_today = !wdate_cmp(pc->last, today);
		if (ends_today == want_today) {
			d = add_due(out, g, GOAL_DUE_TARGET, want_today);
			d->date = pc->last;
			d->per = p->per;
			d->count = pc->count;
			d->target = p->target;
			d->what = g->target.what ? xstrdup(g->target.what) : NULL;
		}
	}
}

void goal_due_items(const struct goal *g, const struct goal_progress *p,
		    struct wdate today, struct goal_due_list *out)
{
	struct wdate week_end = wdate_add_days(wdate_week_start(today), 6);

	if (g->state != GOAL_ACTIVE)
		return;
	due_pass(g, p, today, week_end, 1, out);
	due_pass(g, p, today, week_end, 0, out);
}

void goal_event_list_release(struct goal_event_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].title);
		free(l->items[i].text);
		free(l->items[i].what);
	}
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* ---- words for people (the CLI and the pages say the same) ---- */

/* "Mon 14 Sep", with the year when it is not this year's. */
void goal_date_words(struct buf *b, struct wdate d, struct wdate today)
{
	wdate_short(b, d);
	if (d.y != today.y)
		buf_addf(b, " %d", d.y);
}

/* "1 of 2" with what is counted: "1 of 2 healthy meals"; past the target,
 * "3 healthy meals (target 2)". */
void goal_count_words(struct buf *b, long count, long target, const char *what)
{
	if (count <= target) {
		buf_addf(b, _("%ld of %ld"), count, target);
		if (what)
			buf_addf(b, " %s", what);
	} else if (what) {
		buf_addf(b, _("%ld %s (target %ld)"), count, what, target);
	} else {
		buf_addf(b, _("%ld (target %ld)"), count, target);
	}
}

/* The phrases that name a period by its kind: a day, a week (also for
 * GOAL_PER_NONE) or a month. */
static const struct {
	const char *so_far, *that, *reached, *this_one;
} period_phrases[] = {
	{ N_("Today so far"), N_("That day"),
	  N_("That is your target for today. Well done."), N_("today") },
	{ N_("This week so far"), N_("That week"),
	  N_("That is your target for this week. Well done."), N_("this week") },
	{ N_("This month so far"), N_("That month"),
	  N_("That is your target for this month. Well done."), N_("this month") },
};

static size_t phrases_for(enum goal_period per)
{
	return per == GOAL_PER_DAY ? 0 : per == GOAL_PER_MONTH ? 2 : 1;
}

void goal_so_far_words(struct buf *b, enum goal_period per)
{
	buf_adds(b, _(period_phrases[phrases_for(per)].so_far));
}

void goal_that_period_words(struct buf *b, enum goal_period per)
{
	buf_adds(b, _(period_phrases[phrases_for(per)].that));
}

void goal_reached_words(struct buf *b, enum goal_period per)
{
	buf_adds(b, _(period_phrases[phrases_for(per)].reached));
}

const char *goal_this_period_words(enum goal_period per)
{
	return _(period_phrases[phrases_for(per)].this_one);
}

void goal_at_target_words(struct buf *b, enum goal_period per, size_t n)
{
	/* a literal format for each, so the compiler checks them */
	switch (per) {
	case GOAL_PER_DAY:
		buf_addf(b, _("Days at your target: %zu."), n);
		break;
	case GOAL_PER_MONTH:
		buf_addf(b, _("Months at your target: %zu."), n);
		break;
	default:
		buf_addf(b, _("Weeks at your target: %zu."), n);
		break;
	}
}

/* "9 in all", "9 healthy meals in all". */
void goal_in_all_words(struct buf *b, long total, const char *what)
{
	if (what)
		buf_addf(b, _("%ld %s in all"), total, what);
	else
		buf_addf(b, P_("%ld in all", "%ld in all", total), total);
}

void goal_total_words(struct buf *b, const struct goal *g, const struct goal_progress *p,
		      struct wdate today)
{
	goal_in_all_words(b, p->total, g->target.what);
	if (p->planned && (g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED)) {
		struct buf d = BUF_INIT;
		goal_date_words(&d, g->deadline, today);
		buf_addf(b, _(", of %ld planned by %s"), p->planned, d.data);
		buf_release(&d);
	}
	buf_adds(b, ".");
}

void goal_due_when_words(struct buf *b, const struct goal_due *d, struct wdate today)
{
	if (wdate_cmp(d->date, today) < 0) {
		buf_adds(b, _(", planned for "));
		goal_date_words(b, d->date, today);
	} else if (!d->today) {
		buf_adds(b, ", ");
		goal_date_words(b, d->date, today);
	}
}

/* the pieces, joined with "; " */
void goal_summary_words(struct buf *b, const struct goal *g,
			const struct goal_progress *p, struct wdate today)
{
	size_t start = b->len;

#define SEP() do { if (b->len > start) buf_adds(b, "; "); } while (0)
	if (g->state == GOAL_DONE && g->ended.y) {
		buf_adds(b, _("done on "));
		goal_date_words(b, g->ended, today);
	} else if (g->state == GOAL_DROPPED && g->ended.y) {
		buf_adds(b, _("let go on "));
		goal_date_words(b, g->ended, today);
	}
	if (p->per != GOAL_PER_NONE && (g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED) &&
	    p->nperiods && p->periods[p->nperiods - 1].open) {
		SEP();
		buf_addf(b, "%s: ", goal_this_period_words(p->per));
		goal_count_words(b, p->this_count, p->target, g->target.what);
	} else if (p->total && (g->state == GOAL_DONE || g->state == GOAL_DROPPED || p->per == GOAL_PER_NONE)) {
		SEP();
		goal_in_all_words(b, p->total, g->target.what);
	}
	if (p->steps_total) {
		SEP();
		buf_addf(b, P_("%zu of %zu step done", "%zu of %zu steps done", p->steps_total),
			 p->steps_done, p->steps_total);
	}
	if (g->deadline.y && (g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED)) {
		SEP();
		if (wdate_cmp(g->deadline, today) < 0) {
			buf_adds(b, _("the deadline was "));
			goal_date_words(b, g->deadline, today);
			buf_adds(b, _(": a new date?"));
		} else {
			buf_adds(b, _("by "));
			goal_date_words(b, g->deadline, today);
		}
	}
#undef SEP
}

void goal_distance_words(struct buf *b, struct wdate d, struct wdate today)
{
	long days = (long)(wdate_to_days(d) - wdate_to_days(today));

	if (days == 0)
		buf_adds(b, _("today"));
	else if (days == 1)
		buf_adds(b, _("tomorrow"));
	else if (days > 0 && days < 14)
		buf_addf(b, P_("in %ld day", "in %ld days", days), days);
	else if (days > 0)
		buf_addf(b, P_("in %ld week", "in %ld weeks", days / 7), days / 7);
	else if (days > -14)
		buf_addf(b, P_("%ld day ago", "%ld days ago", -days), -days);
	else
		buf_addf(b, P_("%ld week ago", "%ld weeks ago", -days / 7), -days / 7);
}

/* ---- the calendar ---- */

static void add_all_day(icalcomponent *cal, const char *uid, struct wdate day,
			const char *summary, const char *description,
			struct icaltimetype stamp)
{
	icalcomponent *ev = icalcomponent_new_vevent();
	struct icaltimetype start = icaltime_null_date(), end;
	struct wdate next = wdate_add_days(day, 1);

	start.year = day.y;
	start.month = day.m;
	start.day = day.d;
	end = start;
	end.year = next.y;
	end.month = next.m;
	end.day = next.d;
	icalcomponent_add_property(ev, icalproperty_new_uid(uid));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(ev, icalproperty_new_dtstart(start));
	icalcomponent_add_property(ev, icalproperty_new_dtend(end));
	icalcomponent_add_property(ev, icalproperty_new_summary(summary));
	if (description)
		icalcomponent_add_property(ev, icalproperty_new_description(description));
	icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	icalcomponent_add_component(cal, ev);
}

int goal_ics_build(const struct goal *goals, size_t n, time_t now,
		   struct buf *out, struct err *err)
{
	icalcomponent *cal;
	struct icaltimetype stamp;
	struct buf uid = BUF_INIT, text = BUF_INIT, desc = BUF_INIT;
	icalproperty *name;
	char *s;

	if (goals_ical_load(err))
		return -1;
	cal = icalcomponent_new_vcalendar();
	stamp = icaltime_from_timet_with_zone(now, 0, icaltimezone_get_utc_timezone());
	if (!cal)
		return err_set(err, "cannot make a calendar");
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//Waymark//Waymark goals//EN"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	name = icalproperty_new_x(_("Waymark goals"));
	icalproperty_set_x_name(name, "X-WR-CALNAME");
	icalcomponent_add_property(cal, name);
	for (size_t i = 0; i < n; i++) {
		const struct goal *g = &goals[i];
		if (g->state != GOAL_ACTIVE && g->state != GOAL_PAUSED)
			continue;
		if (g->deadline.y) {
			buf_reset(&uid);
			buf_reset(&text);
			buf_addf(&uid, "%s-deadline@waymark", g->uid);
			buf_addf(&text, _("Goal deadline: %s"), g->title);
			add_all_day(cal, uid.data, g->deadline, text.data, NULL, stamp);
		}
		for (size_t k = 0; k < g->nsteps; k++) {
			const struct goal_step *st = &g->steps[k];
			if (!st->due.y || st->done.y)
				continue;
			buf_reset(&uid);
			buf_reset(&text);
			buf_reset(&desc);
			buf_addf(&uid, "%s-step-%zu@waymark", g->uid, k + 1);
			buf_addf(&text, _("Goal step: %s"), st->text);
			buf_addf(&desc, _("A step towards: %s"), g->title);
			add_all_day(cal, uid.data, st->due, text.data, desc.data, stamp);
		}
	}
	buf_release(&uid);
	buf_release(&text);
	buf_release(&desc);
	s = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (!s)
		return err_set(err, "cannot write the calendar: %s", icalerror_strerror(icalerrno));
	buf_adds(out, s);
	free(s);
	return 0;
}

/* ---- JSON ---- */

static void set_text(json_t *o, const char *key, const char *s)
{
	if (s)
		json_object_set_new(o, key, json_string(s));
}

static void set_date(json_t *o, const char *key, struct wdate d)
{
	char t[11];

	if (!d.y)
		return;
	wdate_format(d, t);
	json_object_set_new(o, key, json_string(t));
}

json_t *goal_to_data(const struct goal *g)
{
	json_t *o = json_object();

	set_text(o, "title", g->title);
	set_text(o, "why", g->why);
	set_text(o, "achievable", g->achievable);
	set_text(o, "prepare", g->prepare);
	set_date(o, "deadline", g->deadline);
	set_text(o, "deadline_note", g->deadline_note);
	if (g->nsteps) {
		json_t *a = json_array();
		for (size_t i = 0; i < g->nsteps; i++) {
			json_t *s = json_object();
			set_text(s, "text", g->steps[i].text);
			set_date(s, "due", g->steps[i].due);
			set_date(s, "done", g->steps[i].done);
			json_array_append_new(a, s);
		}
		json_object_set_new(o, "steps", a);
	}
	if (g->target.count) {
		json_t *t = json_object();
		json_object_set_new(t, "count", json_integer(g->target.count));
		json_object_set_new(t, "per", json_string(period_names[g->target.per]));
		set_text(t, "what", g->target.what);
		json_object_set_new(o, "target", t);
	}
	set_text(o, "reward", g->reward);
	set_text(o, "if_missed", g->if_missed);
	set_text(o, "area", g->area);
	json_object_set_new(o, "state", json_string(goal_state_name(g->state)));
	set_date(o, "ended", g->ended);
	if (g->rewarded >= 0)
		json_object_set_new(o, "rewarded", json_boolean(g->rewarded));
	return o;
}

json_t *goal_entry_to_data(const struct goal_entry *e)
{
	json_t *o = json_object();

	json_object_set_new(o, "goal", json_string(e->goal_uid));
	json_object_set_new(o, "count", json_integer(e->count));
	set_text(o, "note", e->note);
	return o;
}

static int date_member(json_t *v, const char *key, struct wdate *out,
		       struct err *err)
{
	if (!json_is_string(v))
		return err_input(err, key, "'%s' must be a date like \"2026-09-14\"", key);
	return wdate_parse(json_string_value(v), out, err, key);
}

static int is_uid(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!isxdigit((unsigned char)s[n]) || isupper((unsigned char)s[n]))
			return 0;
	return n == 32;
}

static int steps_from_data(json_t *a, struct goal *g, struct err *err)
{
	size_t i;
	json_t *s;

	if (!json_is_array(a))
		return err_input(err, "step", "'steps' must be a list");
	json_array_foreach(a, i, s) {
		const char *key;
		json_t *v;
		struct wdate due = { 0, 0, 0 }, done = { 0, 0, 0 };
		if (!json_is_object(s) || !json_is_string(json_object_get(s, "text")))
			return err_input(err, "step", "step %zu must be an object with 'text'", i + 1);
		json_object_foreach(s, key, v) {
			if (!strcmp(key, "due")) {
				if (date_member(v, "due", &due, err))
					return -1;
			} else if (!strcmp(key, "done")) {
				if (date_member(v, "done", &done, err))
					return -1;
			} else if (strcmp(key, "text")) {
				return err_input(err, "step", "unknown field '%s' in step %zu", key, i + 1);
			}
		}
		if (goal_add_step(g, json_string_value(json_object_get(s, "text")), due, err))
			return -1;
		g->steps[g->nsteps - 1].done = done;
	}
	return 0;
}

static int target_from_data(json_t *t, struct goal *g, struct err *err)
{
	const char *key, *per = NULL;
	json_t *v;

	if (!json_is_object(t))
		return err_input(err, "target", "'target' must be an object");
	json_object_foreach(t, key, v) {
		if (!strcmp(key, "count")) {
			if (!json_is_integer(v) || json_integer_value(v) < 1 ||
			    json_integer_value(v) > GOAL_TARGET_MAX)
				return err_input(err, "target",
						 "'target.count' must be a whole number from 1 to %d",
						 GOAL_TARGET_MAX);
			g->target.count = (int)json_integer_value(v);
		} else if (!strcmp(key, "per")) {
			per = json_string_value(v);
		} else if (!strcmp(key, "what")) {
			if (!json_is_string(v) ||
			    text_set_field(&g->target.what, json_string_value(v), GOAL_WHAT_MAX, 0,
					   "target", "'target.what'", err))
				return json_is_string(v) ? -1
					: err_input(err, "target", "'target.what' must be text");
		} else {
			return err_input(err, "target", "unknown field 'target.%s'", key);
		}
	}
	for (int p = GOAL_PER_DAY; p < GOAL_PER__MAX; p++)
		if (per && !strcmp(per, period_names[p]))
			g->target.per = (enum goal_period)p;
	if (!g->target.count || g->target.per == GOAL_PER_NONE)
		return err_input(err, "target",
				 "'target' needs a 'count' and 'per' (\"day\", \"week\" or \"month\")");
	return 0;
}

int goal_from_data(json_t *data, struct goal *g, struct err *err)
{
	const char *key;
	json_t *v;
	int r = 0;

	if (!json_is_object(data))
		return err_input(err, NULL, "a goal must be a JSON object");
	json_object_foreach(data, key, v) {
		int is_text = 0;
		for (size_t i = 0; i < ARRAY_SIZE(text_fields); i++)
			is_text |= !strcmp(key, text_fields[i].name);
		if (is_text) {
			r = json_is_string(v) ? goal_set_text(g, key, json_string_value(v), err)
					      : err_input(err, key, "'%s' must be text", key);
		} else if (!strcmp(key, "deadline")) {
			r = date_member(v, key, &g->deadline, err);
		} else if (!strcmp(key, "ended")) {
			r = date_member(v, key, &g->ended, err);
		} else if (!strcmp(key, "steps")) {
			r = steps_from_data(v, g, err);
		} else if (!strcmp(key, "target")) {
			r = target_from_data(v, g, err);
		} else if (!strcmp(key, "state")) {
			const char *s = json_string_value(v);
			int found = 0;
			for (int k = 0; s && k < GOAL_STATE__MAX; k++) {
				if (!strcmp(s, state_names[k].name)) {
					g->state = (enum goal_state)k;
					found = 1;
				}
			}
			if (!found)
				r = err_input(err, "state",
					"'state' must be \"active\", \"paused\", \"done\" or \"dropped\"");
		} else if (!strcmp(key, "rewarded")) {
			if (json_is_boolean(v))
				g->rewarded = json_is_true(v);
			else
				r = err_input(err, "rewarded", "'rewarded' must be true or false");
		} else {
			r = err_input(err, NULL, "unknown field '%s' in a goal", key);
		}
		if (r)
			return -1;
	}
	return goal_validate(g, err);
}

int goal_entry_from_data(json_t *data, struct goal_entry *e, struct err *err)
{
	const char *key;
	json_t *v;

	if (!json_is_object(data))
		return err_input(err, NULL, "progress must be a JSON object");
	json_object_foreach(data, key, v) {
		if (!strcmp(key, "goal")) {
			const char *s = json_string_value(v);
			if (!s || !is_uid(s))
				return err_input(err, "goal", "'goal' must be a goal's uid (32 hex digits)");
			snprintf(e->goal_uid, sizeof(e->goal_uid), "%s", s);
		} else if (!strcmp(key, "count")) {
			if (!json_is_integer(v) || json_integer_value(v) < 1 ||
			    json_integer_value(v) > GOAL_COUNT_MAX)
				return err_input(err, "count", "'count' must be a whole number from 1 to %d",
						 GOAL_COUNT_MAX);
			e->count = (int)json_integer_value(v);
		} else if (!strcmp(key, "note")) {
			if (!json_is_string(v))
				return err_input(err, "note", "'note' must be text");
			if (goal_entry_set_note(e, json_string_value(v), err))
				return -1;
		} else {
			return err_input(err, NULL, "unknown field '%s' in goal progress", key);
		}
	}
	if (!e->goal_uid[0])
		return err_input(err, "goal", "progress needs the 'goal' it belongs to");
	return 0;
}

json_t *goals_normalise_data(json_t *data, struct err *err)
{
	struct goal g;
	json_t *out = NULL;

	goal_init(&g);
	if (!goal_from_data(data, &g, err))
		out = goal_to_data(&g);
	goal_release(&g);
	return out;
}

json_t *goals_normalise_log_data(json_t *data, struct err *err)
{
	struct goal_entry e;
	json_t *out = NULL;

	goal_entry_init(&e);
	if (!goal_entry_from_data(data, &e, err))
		out = goal_entry_to_data(&e);
	goal_entry_release(&e);
	return out;
}

/* id, uid, date, time, utc_offset, created, updated, in that order. */
static void identity(json_t *o, int64_t id, const char *uid, const struct wlocal *w,
		     time_t created, time_t updated)
{
	char t[6], off[7], stamp[21];

	json_object_set_new(o, "id", json_integer(id));
	json_object_set_new(o, "uid", json_string(uid));
	set_date(o, "date", w->date);
	if (w->minute >= 0) {
		wclock_format(w->minute, t);
		json_object_set_new(o, "time", json_string(t));
	}
	woffset_format(w->utc_offset, off);
	json_object_set_new(o, "utc_offset", json_string(off));
	wutc_format(created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
}

static json_t *progress_to_json(const struct goal_progress *p)
{
	json_t *o = json_object();

	json_object_set_new(o, "total", json_integer(p->total));
	json_object_set_new(o, "entries", json_integer(p->nentries));
	json_object_set_new(o, "steps_done", json_integer((json_int_t)p->steps_done));
	json_object_set_new(o, "steps_total", json_integer((json_int_t)p->steps_total));
	if (p->per != GOAL_PER_NONE) {
		json_t *a = json_array();
		json_object_set_new(o, "per", json_string(period_names[p->per]));
		json_object_set_new(o, "target", json_integer(p->target));
		json_object_set_new(o, "periods_closed", json_integer((json_int_t)p->closed));
		json_object_set_new(o, "periods_reached", json_integer((json_int_t)p->reached));
		if (p->planned)
			json_object_set_new(o, "planned", json_integer(p->planned));
		for (size_t i = 0; i < p->nperiods; i++) {
			json_t *pc = json_object();
			set_date(pc, "first", p->periods[i].first);
			set_date(pc, "last", p->periods[i].last);
			if (p->per == GOAL_PER_WEEK) {
				int iso_year, week = wdate_iso_week(p->periods[i].first, &iso_year);
				json_object_set_new(pc, "iso_year", json_integer(iso_year));
				json_object_set_new(pc, "iso_week", json_integer(week));
			}
			json_object_set_new(pc, "count", json_integer(p->periods[i].count));
			json_object_set_new(pc, "reached",
					    json_boolean(p->periods[i].count >= p->target));
			json_object_set_new(pc, "open", json_boolean(p->periods[i].open));
			json_array_append_new(a, pc);
		}
		json_object_set_new(o, "periods", a);
	}
	return o;
}

json_t *goal_to_json(const struct goal *g, const struct goal_progress *p)
{
	json_t *o = json_object(), *data = goal_to_data(g);

	identity(o, g->id, g->uid, &g->start, g->created, g->updated);
	json_object_update(o, data);
	json_decref(data);
	if (g->nsteps) {
		/* number the steps as people see them */
		json_t *steps = json_object_get(o, "steps"), *s;
		size_t i;
		json_array_foreach(steps, i, s)
			json_object_set_new(s, "number", json_integer((json_int_t)i + 1));
	}
	if (p)
		json_object_set_new(o, "progress", progress_to_json(p));
	return o;
}

json_t *goal_entry_to_json(const struct goal_entry *e)
{
	json_t *o = json_object(), *data = goal_entry_to_data(e);

	identity(o, e->id, e->uid, &e->when, e->created, e->updated);
	json_object_update(o, data);
	json_decref(data);
	return o;
}
