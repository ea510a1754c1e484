/* SPDX-License-Identifier: MIT */
/*
 * model.c: the report's rules and arithmetic, with no I/O: which sections
 * there are, the period, the questions' rules and JSON, and turning the
 * other features' lists (check-ins, responses, ratings, goals) into what
 * the report shows. Words shared by the HTML and the PDF are here too, so
 * the two say the same thing in the same way.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/jsonv.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "report_int.h"
#include "vault/record.h"
#include "vault/vault.h"

static const struct report_section_info sections[REPORT_SECTION__MAX] = {
	[REPORT_MOOD] = { "mood", N_("Mood"),
		N_("your mood over the period: a chart, and each week in a table") },
	[REPORT_SLEEP] = { "sleep", N_("Sleep"),
		N_("how long and how well you slept, the same way") },
	[REPORT_MEASURES] = { "measures", N_("Questionnaires"),
		N_("PHQ-9 and GAD-7 scores, with their bands and how they changed") },
	[REPORT_GOALS] = { "goals", N_("Goals"),
		N_("your goals and the progress you made") },
	[REPORT_PLAN] = { "plan", N_("My plan"),
		N_("your wellness and crisis plan, and when it last changed") },
	[REPORT_NOTES] = { "notes", N_("Check-ins I flagged"),
		N_("the check-ins you flagged 'for my appointment'") },
	[REPORT_AREAS] = { "areas", N_("Life areas"),
		N_("how you rated the areas of your life, and how they moved") },
	[REPORT_QUESTIONS] = { "questions", N_("Questions I want to ask"),
		N_("your list of questions for the appointment") },
};

const struct report_section_info *report_section_info(enum report_section s)
{
	if (s >= REPORT_SECTION__MAX)
		BUG("no report section %d", (int)s);
	return &sections[s];
}

int report_section_find(const char *id, enum report_section *out)
{
	for (int s = 0; s < REPORT_SECTION__MAX; s++)
		if (!strcmp(id, sections[s].id)) {
			*out = (enum report_section)s;
			return 0;
		}
	return -1;
}

void report_sections_text(struct buf *out, unsigned mask)
{
	int n = 0;
	for (int s = 0; s < REPORT_SECTION__MAX; s++)
		if (mask & REPORT_BIT(s))
			buf_addf(out, "%s%s", n++ ? ", " : "", sections[s].id);
}

int report_parse_sections(const char *s, unsigned *mask, struct err *err)
{
	char **ids = NULL;
	size_t n = 0;
	unsigned m = 0;
	struct buf all = BUF_INIT;

	report_sections_text(&all, REPORT_ALL);
	text_split(s, ',', &ids, &n);
	for (size_t i = 0; i < n; i++) {
		enum report_section sec;
		char *lower = text_lower(ids[i]);
		if (!strcmp(lower, "all")) {
			m |= REPORT_ALL;
		} else if (!report_section_find(lower, &sec)) {
			m |= REPORT_BIT(sec);
		} else {
			err_input(err, "sections", _("there is no report section called '%s'; the sections are: %s (or all)"),
				  ids[i], all.data);
			free(lower);
			text_free_list(ids, n);
			buf_release(&all);
			return -1;
		}
		free(lower);
	}
	text_free_list(ids, n);
	if (!m) {
		err_input(err, "sections", _("please choose at least one section: %s (or all)"), all.data);
		buf_release(&all);
		return -1;
	}
	buf_release(&all);
	*mask = m;
	return 0;
}

/* ---- the period ---- */

int report_parse_period(const char *from, const char *to, struct wdate today,
			struct report_period *out, struct err *err)
{
	struct report_period p;
	char t[11];

	p.to = today;
	/* parsed under the names people read, then filed under the form's */
	if (to && *to && wdate_parse(to, &p.to, err, _("last day"))) {
		snprintf(err->field, sizeof(err->field), "to");
		return -1;
	}
	if (wdate_cmp(p.to, today) > 0) {
		wdate_format(p.to, t);
		return err_input(err, "to", _("%s is still to come: a report can cover days up to today"), t);
	}
	p.from = wdate_add_days(p.to, -(REPORT_DAYS_DEFAULT - 1));
	if (from && *from && wdate_parse(from, &p.from, err, _("first day"))) {
		snprintf(err->field, sizeof(err->field), "from");
		return -1;
	}
	if (wdate_cmp(p.from, p.to) > 0)
		return err_input(err, "from", "%s",
				 _("the first day comes after the last one: please swap them round"));
	if (report_period_days(&p) > REPORT_DAYS_MAX)
		return err_input(err, "from", _("a report can cover up to %d days (two years); please choose a shorter period"),
				 REPORT_DAYS_MAX);
	*out = p;
	return 0;
}

int report_period_days(const struct report_period *p)
{
	return (int)(wdate_to_days(p->to) - wdate_to_days(p->from)) + 1;
}

void report_period_text(struct buf *out, const struct report_period *p)
{
	/* whole phrases for translators */
	if (!wdate_cmp(p->from, p->to))
		buf_addf(out, _("%d %s %d"), p->to.d, wdate_month_name(p->to.m), p->to.y);
	else if (p->from.y == p->to.y)
		buf_addf(out, _("%d %s to %d %s %d"), p->from.d, wdate_month_name(p->from.m),
			 p->to.d, wdate_month_name(p->to.m), p->to.y);
	else
		buf_addf(out, _("%d %s %d to %d %s %d"), p->from.d, wdate_month_name(p->from.m),
			 p->from.y, p->to.d, wdate_month_name(p->to.m), p->to.y);
}

/* ---- questions ---- */

void report_question_init(struct report_question *q)
{
	memset(q, 0, sizeof(*q));
}

void report_question_release(struct report_question *q)
{
	vault_free_secret(q->text);
	report_question_init(q);
}

int report_question_set_text(struct report_question *q, const char *s,
			     struct err *err)
{
	char *t = NULL;

	if (text_set_field(&t, s, REPORT_QUESTION_MAX, 0, "question", _("the question"), err))
		return -1;
	if (!t)
		return err_input(err, "question", "%s", _("please write the question you would like to ask"));
	vault_free_secret(q->text);
	q->text = t;
	return 0;
}

json_t *report_question_to_data(const struct report_question *q)
{
	return json_pack("{s:s}", "text", q->text);
}

int report_question_from_data(json_t *data, struct report_question *q,
			      struct err *err)
{
	static const char *const known[] = { "text", NULL };
	char *text = NULL;
	int rc;

	if (jsonv_object(data, "a question", known, err))
		return -1;
	if (jsonv_text(data, "text", JSONV_REQUIRED, REPORT_QUESTION_MAX, &text, err)) {
		snprintf(err->field, sizeof(err->field), "text");
		return -1;
	}
	rc = report_question_set_text(q, text, err);
	vault_free_secret(text);
	return rc;
}

json_t *report_normalise_question(json_t *data, struct err *err)
{
	struct report_question q;
	json_t *out = NULL;

	report_question_init(&q);
	if (!report_question_from_data(data, &q, err))
		out = report_question_to_data(&q);
	report_question_release(&q);
	return out;
}

json_t *report_question_to_json(const struct report_question *q)
{
	json_t *o = record_identity_json(q->id, q->uid, &q->when, q->created, q->updated);

	json_object_set_new(o, "text", json_string(q->text));
	return o;
}

void report_question_list_release(struct report_question_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		report_question_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* ---- the report ---- */

void report_init(struct report *r, const struct report_period *p,
		 unsigned mask, time_t made)
{
	memset(r, 0, sizeof(*r));
	r->period = *p;
	r->mask = mask;
	r->made = made;
	wlocal_from_time(made, &r->made_local);
	measure_catalog_init(&r->catalog);
	plan_init(&r->plan);
	area_focus_init(&r->focus);
}

void report_release(struct report *r)
{
	free(r->days);
	free(r->weeks);
	checkin_list_release(&r->notes);
	tracker_list_release(&r->trackers);
	for (size_t i = 0; i < r->nmeasures; i++)
		free(r->measures[i].rows);
	free(r->measures);
	measure_response_list_release(&r->responses);
	measure_catalog_release(&r->catalog);
	for (size_t i = 0; i < r->nareas; i++) {
		area_distance_release(&r->areas[i].distance);
		area_set_release(&r->areas[i].set);
	}
	free(r->areas);
	area_rating_list_release(&r->ratings);
	area_focus_release(&r->focus);
	for (size_t i = 0; i < r->nrgoals; i++)
		goal_progress_release(&r->rgoals[i].p);
	free(r->rgoals);
	goal_entry_list_release(&r->entries);
	goal_list_release(&r->goals);
	plan_release(&r->plan);
	report_question_list_release(&r->questions);
	memset(r, 0, sizeof(*r));
}

void report_free(struct report *r)
{
	if (!r)
		return;
	report_release(r);
	free(r);
}

int report_in_period(const struct report *r, struct wdate day)
{
	return wdate_cmp(day, r->period.from) >= 0 && wdate_cmp(day, r->period.to) <= 0;
}

/* Running low, high, sum and count of values, skipping NAN. */
struct tally {
	int n;
	double sum, low, high;
	size_t ilow, ihigh;
};

static void tally_add(struct tally *s, double v, size_t i)
{
	if (isnan(v))
		return;
	if (!s->n || v < s->low) {
		s->low = v;
		s->ilow = i;
	}
	if (!s->n || v > s->high) {
		s->high = v;
		s->ihigh = i;
	}
	s->sum += v;
	s->n++;
}

static double tally_mean(const struct tally *s)
{
	return s->n ? s->sum / s->n : NAN;
}

void report_fill_days(struct report *r, const struct checkin_list *l)
{
	int n = report_period_days(&r->period), all = n + 6;
	struct wdate first = wdate_add_days(r->period.from, -6);
	double *mean = xcalloc((size_t)all, sizeof(*mean));
	double *avg7 = xcalloc((size_t)all, sizeof(*avg7));
	int *count = xcalloc((size_t)all, sizeof(*count));
	double *hours = xcalloc((size_t)all, sizeof(*hours));
	double *quality = xcalloc((size_t)all, sizeof(*quality));
	int *nhours = xcalloc((size_t)all, sizeof(*nhours));
	int *nquality = xcalloc((size_t)all, sizeof(*nquality));
	struct tally mood = { 0 }, sleep = { 0 }, qual = { 0 };

	diary_daily_mood(l, first, all, mean, count, avg7);
	for (size_t i = 0; i < l->n; i++) {
		const struct checkin *c = &l->items[i];
		int64_t d = wdate_to_days(c->when.date) - wdate_to_days(first);
		int mins = checkin_sleep_minutes(c);
		if (d < 0 || d >= all)
			continue;
		if (mins >= 0) {
			hours[d] += mins / 60.0;
			nhours[d]++;
		}
		if (c->quality) {
			quality[d] += c->quality;
			nquality[d]++;
		}
	}
	for (int i = 0; i < all; i++) {
		hours[i] = nhours[i] ? hours[i] / nhours[i] : NAN;
		quality[i] = nquality[i] ? quality[i] / nquality[i] : NAN;
	}
	r->ndays = n;
	r->days = xcalloc((size_t)n, sizeof(*r->days));
	for (int i = 0; i < n; i++) {
		struct report_day *day = &r->days[i];
		struct tally week = { 0 };
		day->date = wdate_add_days(r->period.from, i);
		day->mood = mean[i + 6];
		day->nmood = count[i + 6];
		day->mood_avg7 = avg7[i + 6];
		day->sleep = hours[i + 6];
		day->quality = quality[i + 6];
		for (int k = i; k <= i + 6; k++)
			tally_add(&week, hours[k], 0);
		day->sleep_avg7 = tally_mean(&week);
		tally_add(&mood, day->mood, (size_t)i);
		tally_add(&sleep, day->sleep, (size_t)i);
		tally_add(&qual, day->quality, (size_t)i);
	}
	r->sum.mood_days = mood.n;
	r->sum.mood_mean = tally_mean(&mood);
	r->sum.mood_low = mood.n ? mood.low : NAN;
	r->sum.mood_high = mood.n ? mood.high : NAN;
	if (mood.n) {
		r->sum.mood_low_day = r->days[mood.ilow].date;
		r->sum.mood_high_day = r->days[mood.ihigh].date;
	}
	r->sum.nights = sleep.n;
	r->sum.sleep_mean = tally_mean(&sleep);
	r->sum.sleep_low = sleep.n ? sleep.low : NAN;
	r->sum.sleep_high = sleep.n ? sleep.high : NAN;
	r->sum.quality_days = qual.n;
	r->sum.quality_mean = tally_mean(&qual);

	/* weeks, Monday to Sunday, cut to the period */
	for (int i = 0; i < n;) {
		struct report_week *w;
		struct tally wm = { 0 }, ws = { 0 }, wq = { 0 };
		int start = i;
		r->weeks = xrealloc(r->weeks, (r->nweeks + 1) * sizeof(*r->weeks));
		w = &r->weeks[r->nweeks++];
		do {
			tally_add(&wm, r->days[i].mood, 0);
			tally_add(&ws, r->days[i].sleep, 0);
			tally_add(&wq, r->days[i].quality, 0);
			i++;
		} while (i < n && wdate_weekday(r->days[i].date) != 1);
		w->first = r->days[start].date;
		w->last = r->days[i - 1].date;
		w->mood_days = wm.n;
		w->mood_mean = tally_mean(&wm);
		w->mood_low = wm.n ? wm.low : NAN;
		w->mood_high = wm.n ? wm.high : NAN;
		w->nights = ws.n;
		w->sleep_mean = tally_mean(&ws);
		w->sleep_low = ws.n ? ws.low : NAN;
		w->sleep_high = ws.n ? ws.high : NAN;
		w->quality_days = wq.n;
		w->quality_mean = tally_mean(&wq);
	}
	free(mean);
	free(avg7);
	free(count);
	free(hours);
	free(quality);
	free(nhours);
	free(nquality);
}

static int checkin_time_cmp(const void *a, const void *b)
{
	const struct checkin *x = a, *y = b;
	int c = wdate_cmp(x->when.date, y->when.date);
	if (c)
		return c;
	if (x->when.minute != y->when.minute)
		return x->when.minute < y->when.minute ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

void report_take_notes(struct report *r, struct checkin_list *l)
{
	size_t keep = 0;

	for (size_t i = 0; i < l->n; i++) {
		struct checkin *c = &l->items[i];
		if (c->for_appointment && report_in_period(r, c->when.date)) {
			r->notes.items = xrealloc(r->notes.items,
						  (r->notes.n + 1) * sizeof(*r->notes.items));
			r->notes.items[r->notes.n++] = *c;
		} else {
			l->items[keep++] = *c;
		}
	}
	l->n = keep;
	if (r->notes.n > 1)
		qsort(r->notes.items, r->notes.n, sizeof(*r->notes.items), checkin_time_cmp);
}

/* 1 if a's moment is before b's. */
static int before(const struct wlocal *a, const struct wlocal *b)
{
	int c = wdate_cmp(a->date, b->date);
	return c < 0 || (!c && a->minute < b->minute);
}

void report_fill_measures(struct report *r)
{
	for (size_t i = 0; i < r->responses.n; i++) {
		const struct measure_response *resp = &r->responses.items[i];
		const struct measure *m = measure_find(&r->catalog, resp->measure);
		struct report_measure *rm = NULL;
		if (!m || !report_in_period(r, resp->when.date))
			continue;
		for (size_t k = 0; k < r->nmeasures && !rm; k++)
			if (r->measures[k].m == m)
				rm = &r->measures[k];
		if (!rm) {
			r->measures = xrealloc(r->measures, (r->nmeasures + 1) * sizeof(*r->measures));
			rm = &r->measures[r->nmeasures++];
			memset(rm, 0, sizeof(*rm));
			rm->m = m;
		}
		rm->rows = xrealloc(rm->rows, (rm->nrows + 1) * sizeof(*rm->rows));
		rm->rows[rm->nrows++] = resp;
	}
	for (size_t k = 0; k < r->nmeasures; k++) {
		struct report_measure *rm = &r->measures[k];
		for (size_t i = 0; i < r->responses.n; i++) {
			const struct measure_response *resp = &r->responses.items[i];
			if (!resp->complete || measure_find(&r->catalog, resp->measure) != rm->m)
				continue;
			if (wdate_cmp(resp->when.date, r->period.from) < 0) {
				if (!rm->start || before(&rm->start->when, &resp->when)) {
					rm->start = resp;
					rm->start_before = 1;
				}
			} else if (report_in_period(r, resp->when.date)) {
				if (!rm->start)
					rm->start = resp;
				if (!rm->end || !before(&resp->when, &rm->end->when))
					rm->end = resp;
			}
		}
		if (rm->start && rm->end && rm->start != rm->end)
			rm->reliable = measure_reliable_change(rm->m, rm->start->total, rm->end->total);
	}
}

void report_fill_areas(struct report *r)
{
	for (size_t k = 0; k < r->nareas; k++) {
		struct report_areas *ra = &r->areas[k];
		for (size_t i = 0; i < r->ratings.n; i++) {
			const struct area_rating *rt = &r->ratings.items[i];
			if (strcmp(rt->set, ra->set.id))
				continue;
			if (wdate_cmp(rt->when.date, r->period.from) < 0) {
				if (!ra->start || before(&ra->start->when, &rt->when)) {
					ra->start = rt;
					ra->start_before = 1;
				}
			} else if (report_in_period(r, rt->when.date)) {
				ra->nratings++;
				if (!ra->start)
					ra->start = rt;
				if (!ra->end || !before(&rt->when, &ra->end->when))
					ra->end = rt;
			}
		}
		if (ra->start && ra->end && ra->start != ra->end)
			area_distance(&ra->set, ra->start, ra->end, &ra->distance);
	}
}

void report_fill_goals(struct report *r)
{
	for (size_t i = 0; i < r->goals.n; i++) {
		const struct goal *g = &r->goals.items[i];
		struct report_goal rg;
		int ended_in = g->ended.y && report_in_period(r, g->ended);
		int open = g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED;

		if (wdate_cmp(g->start.date, r->period.to) > 0)
			continue; /* set after the period */
		memset(&rg, 0, sizeof(rg));
		rg.g = g;
		for (size_t e = 0; e < r->entries.n; e++) {
			const struct goal_entry *en = &r->entries.items[e];
			if (!strcmp(en->goal_uid, g->uid) && report_in_period(r, en->when.date)) {
				rg.logged += en->count;
				rg.nlogs++;
			}
		}
		if (!open && !ended_in && !rg.nlogs)
			continue;
		for (size_t s = 0; s < g->nsteps; s++)
			if (g->steps[s].done.y && report_in_period(r, g->steps[s].done))
				rg.steps_done++;
		goal_progress_compute(g, r->entries.items, r->entries.n, r->period.to, &rg.p);
		for (size_t p = 0; p < rg.p.nperiods; p++) {
			const struct goal_period_count *pc = &rg.p.periods[p];
			/* only periods wholly inside the report's, and over */
			if (pc->open || !report_in_period(r, pc->first) || !report_in_period(r, pc->last))
				continue;
			rg.periods++;
			if (pc->count >= rg.p.target)
				rg.reached++;
		}
		r->rgoals = xrealloc(r->rgoals, (r->nrgoals + 1) * sizeof(*r->rgoals));
		r->rgoals[r->nrgoals++] = rg;
	}
}

/* ---- words ---- */

void report_words_mood(struct buf *out, double mood)
{
	buf_addf(out, _("%.1f (%s)"), mood, diary_mood_word((int)lround(mood)));
}

void report_words_hours(struct buf *out, double hours)
{
	long mins = lround(hours * 60);
	buf_addf(out, _("%ld h %02ld min"), mins / 60, mins % 60);
}

const char *report_words_quality(double quality)
{
	return isnan(quality) ? "" : diary_quality_word((int)lround(quality));
}

void report_words_day(struct buf *out, struct wdate d)
{
	wdate_short(out, d);
	buf_addf(out, " %d", d.y);
}

void report_words_total(struct buf *out, const struct measure *m,
			const struct measure_response *resp)
{
	const struct measure_band *band;

	if (!resp->complete) {
		buf_adds(out, _("not complete (a question was left out), so no total"));
		return;
	}
	measure_format_total(out, resp->total);
	buf_addf(out, _(" out of %g"), m->max);
	band = measure_band_for(m, resp->total);
	if (band)
		buf_addf(out, " (%s)", band->label);
}

void report_words_change(struct buf *out, const struct report_measure *rm)
{
	struct buf from = BUF_INIT, to = BUF_INIT, day = BUF_INIT;
	double d;

	if (!rm->start || !rm->end || rm->start == rm->end)
		return;
	measure_format_total(&from, rm->start->total);
	measure_format_total(&to, rm->end->total);
	report_words_day(&day, rm->start->when.date);
	d = rm->end->total - rm->start->total;
	if (rm->start_before)
		buf_addf(out, _("From %s (the last score before this period, %s) to %s"),
			 from.data, day.data, to.data);
	else
		buf_addf(out, _("From %s (%s) to %s"), from.data, day.data, to.data);
	buf_reset(&day);
	report_words_day(&day, rm->end->when.date);
	buf_addf(out, " (%s)", day.data);
	if (d == 0)
		buf_addf(out, "%s", _(": no change."));
	else if (rm->reliable > 0)
		buf_addf(out, "%s", _(": a reliable improvement."));
	else if (rm->reliable < 0)
		buf_addf(out, "%s", _(": a reliable change, which may mean things have been harder."));
	else
		buf_addf(out, "%s", _(": a change smaller than the questionnaire can reliably show."));
	buf_release(&from);
	buf_release(&to);
	buf_release(&day);
}

void report_words_safety(struct buf *out, const struct report_measure *rm,
			 const struct measure_response *resp)
{
	for (size_t i = 0; i < resp->nsafety; i++) {
		const struct measure_item *it = NULL;
		int v = measure_response_answer(resp, resp->safety[i]);
		const char *label = NULL;
		for (size_t k = 0; k < rm->m->nitems && !it; k++)
			if (!strcmp(rm->m->items[k].id, resp->safety[i]))
				it = &rm->m->items[k];
		for (size_t o = 0; it && o < it->noptions && !label; o++)
			if (it->options[o].value == v)
				label = it->options[o].label;
		if (!it || !label)
			continue;
		buf_addf(out, _("%sQuestion %s, \xe2\x80\x9c%s\xe2\x80\x9d: %s."), out->len ? " " : "",
			 it->id, it->text, label);
	}
}

static const char *period_plural(enum goal_period per, size_t n)
{
	switch (per) {
	case GOAL_PER_DAY: return P_("day", "days", n);
	case GOAL_PER_WEEK: return P_("week", "weeks", n);
	case GOAL_PER_MONTH: return P_("month", "months", n);
	default: return "";
	}
}

void report_words_goal(struct buf *out, const struct report_goal *rg)
{
	const struct goal *g = rg->g;
	size_t start = out->len;

#define SEP() (out->len > start ? "; " : "")
	if (g->target.count) {
		buf_adds(out, SEP());
		goal_target_words(out, &g->target);
		if (rg->periods)
			buf_addf(out, _(": reached in %zu of %zu %s in this period"), rg->reached,
				 rg->periods, period_plural(g->target.per, rg->periods));
	}
	if (rg->nlogs)
		buf_addf(out, _("%s%ld logged in this period"), SEP(), rg->logged);
	if (g->nsteps) {
		buf_addf(out, _("%s%zu of %zu steps done"), SEP(), rg->p.steps_done, rg->p.steps_total);
		if (rg->steps_done)
			buf_addf(out, _(" (%zu in this period)"), rg->steps_done);
	}
#undef SEP
}

void report_words_week(struct buf *out, const struct report_week *wk)
{
	struct wdate a = wk->first, b = wk->last;

	/* whole phrases for translators */
	if (!wdate_cmp(a, b))
		buf_addf(out, _("%d %s"), a.d, wdate_month_abbr(a.m));
	else if (a.m == b.m)
		buf_addf(out, _("%d to %d %s"), a.d, b.d, wdate_month_abbr(b.m));
	else
		buf_addf(out, _("%d %s to %d %s"), a.d, wdate_month_abbr(a.m), b.d, wdate_month_abbr(b.m));
}

void report_words_mood_summary(struct buf *out, const struct report *r)
{
	const struct report_summary *s = &r->sum;

	if (!s->mood_days) {
		buf_adds(out, _("No check-ins gave a mood in this period."));
		return;
	}
	buf_addf(out, P_("A mood was given on %d day of the %d.", "A mood was given on %d days of the %d.",
			 s->mood_days), s->mood_days, r->ndays);
	buf_adds(out, _(" The average was "));
	report_words_mood(out, s->mood_mean);
	if (s->mood_days > 1) {
		buf_adds(out, _("; the lowest day was "));
		report_words_mood(out, s->mood_low);
		buf_adds(out, _(" on "));
		wdate_short(out, s->mood_low_day);
		buf_adds(out, _(" and the highest "));
		report_words_mood(out, s->mood_high);
		buf_adds(out, _(" on "));
		wdate_short(out, s->mood_high_day);
	}
	buf_adds(out, ".");
}

void report_words_sleep_summary(struct buf *out, const struct report *r)
{
	const struct report_summary *s = &r->sum;

	if (!s->nights && !s->quality_days) {
		buf_adds(out, _("No check-ins said how I slept in this period."));
		return;
	}
	if (s->nights) {
		buf_addf(out, P_("Sleep times were given for %d night.", "Sleep times were given for %d nights.",
				 s->nights), s->nights);
		buf_adds(out, _(" On average "));
		report_words_hours(out, s->sleep_mean);
		if (s->nights > 1) {
			buf_adds(out, _(" (the shortest "));
			report_words_hours(out, s->sleep_low);
			buf_adds(out, _(", the longest "));
			report_words_hours(out, s->sleep_high);
			buf_adds(out, ")");
		}
		buf_adds(out, ".");
	}
	if (s->quality_days)
		buf_addf(out, _("%sHow well I slept, where I said: on average %s."),
			 out->len ? " " : "", report_words_quality(s->quality_mean));
}

void report_words_plan_changed(struct buf *out, const struct report *r)
{
	buf_adds(out, _("The plan as it is now. It was last changed on "));
	report_words_day(out, r->plan_changed);
	if (report_in_period(r, r->plan_changed))
		buf_adds(out, _(", during this period."));
	else
		buf_adds(out, _(", before this period began, and has not changed since."));
	if (r->plan.reviewed.y) {
		buf_adds(out, _(" I last looked it over on "));
		report_words_day(out, r->plan.reviewed);
		buf_adds(out, ".");
	}
}

void report_words_areas(struct buf *out, const struct report_areas *ra,
			struct buf *start_day, struct buf *end_day)
{
	report_words_day(end_day, ra->end->when.date);
	buf_addf(out, P_("Rated %zu time in this period; the latest on %s.",
			 "Rated %zu times in this period; the latest on %s.", ra->nratings),
		 ra->nratings, end_day->data);
	if (ra->distance.n) {
		report_words_day(start_day, ra->start->when.date);
		buf_addf(out, ra->start_before ? _(" Compared with %s, the last rating before this period.")
					       : _(" Compared with %s, the first in this period."),
			 start_day->data);
	}
}

static void pair(struct report_pair *out, size_t *n, const char *label, struct buf *value,
		 int multiline)
{
	if (!value->len)
		return;
	out[*n].label = label;
	out[*n].multiline = multiline;
	out[(*n)++].value = buf_detach(value, NULL);
}

size_t report_checkin_pairs(const struct report *r, const struct checkin *c,
			    struct report_pair *out)
{
	struct buf b = BUF_INIT_SENSITIVE;
	size_t n = 0;
	int mins = checkin_sleep_minutes(c);

	if (c->mood >= 0)
		buf_addf(&b, _("%d out of 10 (%s)"), c->mood, diary_mood_word(c->mood));
	pair(out, &n, _("Mood"), &b, 0);
	if (mins >= 0)
		report_words_hours(&b, mins / 60.0);
	if (c->quality)
		buf_addf(&b, "%s%s", b.len ? ", " : "", diary_quality_word(c->quality));
	pair(out, &n, _("Slept"), &b, 0);
	if (c->before)
		buf_adds(&b, c->before);
	pair(out, &n, _("Just before"), &b, 0);
	if (c->alone)
		buf_adds(&b, _("On my own"));
	for (size_t i = 0; i < c->nwith; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", c->with[i]);
	pair(out, &n, _("With"), &b, 0);
	if (c->coped) {
		buf_adds(&b, c->coped);
		if (c->helped)
			buf_addf(&b, _(" (helped %s)"), diary_helped_words(c->helped));
	}
	pair(out, &n, _("Coped by"), &b, 0);
	for (size_t i = 0; i < c->ntags; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", c->tags[i]);
	pair(out, &n, _("Tags"), &b, 0);
	for (size_t i = 0; i < c->nvalues && n < REPORT_PAIRS_MAX - 2; i++) {
		const struct tracker *tr = tracker_find(&r->trackers, c->values[i].key);
		if (tr)
			tracker_format_value(tr, c->values[i].value, &b);
		else
			buf_addf(&b, "%d", c->values[i].value);
		pair(out, &n, tr ? tr->name : c->values[i].key, &b, 0);
	}
	if (c->note)
		buf_adds(&b, c->note);
	pair(out, &n, _("Note"), &b, 1);
	if (c->win)
		buf_adds(&b, c->win);
	pair(out, &n, _("Small win"), &b, 0);
	buf_release(&b);
	return n;
}

void report_pairs_release(struct report_pair *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		vault_free_secret(p[i].value);
}

void report_words_change_by(struct buf *out, int change)
{
	if (change > 0)
		buf_addf(out, "+%d", change);
	else if (change < 0)
		buf_addf(out, "\xe2\x88\x92%d", -change);
	else
		buf_adds(out, "0");
}

int report_areas_need_heading(const struct report *r, const struct report_areas *ra)
{
	return r->nareas > 1 || strcmp(ra->set.name, _(sections[REPORT_AREAS].title));
}

void report_words_goal_facts(struct buf *out, const struct goal *g)
{
	if (g->area)
		buf_addf(out, _("Life area: %s. "), g->area);
	if (g->deadline.y) {
		buf_adds(out, _("Deadline: "));
		report_words_day(out, g->deadline);
		buf_adds(out, ". ");
	}
	if (g->ended.y && g->state == GOAL_DONE) {
		buf_adds(out, _("Done on "));
		report_words_day(out, g->ended);
		buf_adds(out, ". ");
	}
	buf_rtrim(out);
}

void report_words_focus(struct buf *out, const struct report *r)
{
	buf_addf(out, _("The area I chose to focus on: %s (since "), r->focus.name);
	report_words_day(out, r->focus.when.date);
	buf_adds(out, ").");
}

void report_words_chosen(struct buf *out, unsigned mask)
{
	buf_adds(out, _("Chosen for this report: "));
	for (int s = 0, n = 0; s < REPORT_SECTION__MAX; s++)
		if (mask & REPORT_BIT(s))
			buf_addf(out, "%s%s", n++ ? ", " : "", _(sections[s].title));
	buf_adds(out, ".");
}

int report_plan_has(const struct report *r, enum plan_section s)
{
	for (int l = 0; l < PLAN_LIST__MAX; l++)
		if (plan_list_info((enum plan_list)l)->section == s && r->plan.nitems[l])
			return 1;
	return 0;
}
