/* SPDX-License-Identifier: MIT */
/*
 * model.c: the insights, computed in memory from check-ins (see
 * insights.h, and docs/insights.md for the methods and their reasons).
 * No I/O. Findings are differences between days with and without a
 * factor, tested with Welch's t-test (its standard error widened for
 * day-to-day autocorrelation), controlled for many comparisons with
 * Benjamini-Hochberg, and shrunk toward "no difference" by empirical
 * Bayes, so that thin data claim little.
 */
#include <ctype.h>
#include <math.h>

#include "core/buf.h"
#include "core/i18n.h"
#include "core/stats.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "insights.h"

/* One day of the diary, gathered from its check-ins. */
struct day {
	struct wdate date;
	double mood_sum;
	int mood_n;
	double *t_sum;          /* per tracker */
	int *t_n;
	char **tags;            /* the day's tags, each once */
	size_t ntags;
	char **people;          /* lower case, each once */
	size_t npeople;
	int alone;
	int sleep_min;          /* -1 if no sleep times that day */
	int quality;            /* 0 if none */
	int bed;                /* -1 if none */
};

static int has(char **list, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], s))
			return 1;
	return 0;
}

static void add_once(char ***list, size_t *n, const char *s)
{
	if (has(*list, *n, s))
		return;
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = xstrdup(s);
}

void insights_init(struct insights *in)
{
	memset(in, 0, sizeof(*in));
	in->latest_mood = -1;
	in->avg7 = in->avg30 = NAN;
}

void insights_release(struct insights *in)
{
	for (size_t i = 0; i < in->nfindings; i++) {
		free(in->findings[i].factor);
		free(in->findings[i].outcome);
	}
	free(in->findings);
	for (size_t i = 0; i < in->ncoping; i++)
		free(in->coping[i].what);
	free(in->coping);
	text_free_list(in->ew_actions, in->new_actions);
	for (size_t i = 0; i < in->nplan_tags; i++)
		free(in->plan_tags[i].tag);
	free(in->plan_tags);
	free(in->daily);
	insights_init(in);
}

/* ---- early warning ---- */

int insights_early_warning(const double *daily, int ndays, int *ready,
			   double *base, double *recent)
{
	int start = ndays - INSIGHTS_EW_LAG - INSIGHTS_EW_BASE_DAYS;
	double *b = xmalloc((size_t)INSIGHTS_EW_BASE_DAYS * sizeof(*b));
	size_t nb = 0;
	int present7 = 0, signal = 0, last_signal = 0;
	struct stats_ewma e;
	double sigma;

	*ready = 0;
	*base = *recent = NAN;
	for (int i = start < 0 ? 0 : start; i < ndays - INSIGHTS_EW_LAG; i++)
		if (!isnan(daily[i]))
			b[nb++] = daily[i];
	if (nb < INSIGHTS_EW_MIN_BASE) {
		free(b);
		return 0;
	}
	*ready = 1;
	*base = stats_median(b, nb);
	sigma = fmax(1.4826 * stats_mad(b, nb), 0.5);
	free(b);
	stats_ewma_init(&e, *base, sigma, INSIGHTS_EW_LAMBDA, INSIGHTS_EW_L);
	for (int i = ndays - INSIGHTS_EW_LAG; i < ndays; i++) {
		if (i < 0 || isnan(daily[i]))
			continue;
		signal = stats_ewma_step(&e, daily[i]);
		last_signal = i;
	}
	for (int i = ndays - 7; i < ndays; i++)
		if (i >= 0 && !isnan(daily[i]))
			present7++;
	*recent = e.t ? e.z : NAN;
	/* the signal must be current: the last day with a mood is recent */
	return signal && present7 >= 4 && last_signal >= ndays - 3;
}

/* ---- gathering days ---- */

static int64_t daynum(struct wdate d)
{
	return wdate_to_days(d);
}

static void release_days(struct day *days, int n)
{
	for (int i = 0; i < n; i++) {
		free(days[i].t_sum);
		free(days[i].t_n);
		text_free_list(days[i].tags, days[i].ntags);
		text_free_list(days[i].people, days[i].npeople);
	}
	free(days);
}

/* The time-of-day bucket of a clock time. */
static int bucket(int minute)
{
	int h = minute / 60;
	if (h >= 5 && h < 12)
		return 0;
	if (h >= 12 && h < 17)
		return 1;
	if (h >= 17 && h < 22)
		return 2;
	return 3;
}

static const char *const bucket_names[] = {
	N_("mornings (5am to noon)"), N_("afternoons (noon to 5pm)"),
	N_("evenings (5pm to 10pm)"), N_("nights (10pm to 5am)"),
};

static const char *const weekday_plural[] = {
	N_("Mondays"), N_("Tuesdays"), N_("Wednesdays"), N_("Thursdays"),
	N_("Fridays"), N_("Saturdays"), N_("Sundays"),
};

/* ---- findings ---- */

/* The outcomes looked at: mood, then each scale or count tracker. */
struct outcome {
	const char *name;
	const char *key;      /* NULL for mood */
	int tracker;          /* index into defs, -1 for mood */
	int lower_is_better;
	double sd_floor, min_diff, prior_tau;
};

struct growing {
	struct insight_finding *items;
	size_t n, alloc;
};

static struct insight_finding *new_finding(struct growing *g)
{
	if (g->n == g->alloc) {
		g->alloc = g->alloc ? g->alloc * 2 : 32;
		g->items = xrealloc(g->items, g->alloc * sizeof(*g->items));
	}
	memset(&g->items[g->n], 0, sizeof(g->items[0]));
	return &g->items[g->n++];
}

/* A day's value of an outcome, or NAN. */
static double day_value(const struct day *d, const struct outcome *o)
{
	if (o->tracker < 0)
		return d->mood_n ? d->mood_sum / d->mood_n : NAN;
	return d->t_n[o->tracker] ? d->t_sum[o->tracker] / d->t_n[o->tracker] : NAN;
}

/* Whether the factor was there that day; the tracker index for yes/no. */
static int day_has(const struct day *d, enum insight_factor kind, const char *factor,
		   int index)
{
	switch (kind) {
	case FACTOR_TAG:
		return has(d->tags, d->ntags, factor);
	case FACTOR_PERSON:
		return has(d->people, d->npeople, factor);
	case FACTOR_ALONE:
		return d->alone;
	case FACTOR_WEEKDAY:
		return wdate_weekday(d->date) == index;
	case FACTOR_YESNO:
		return d->t_n[index] && d->t_sum[index] / d->t_n[index] >= 0.5;
	case FACTOR_TIME:
		break;
	}
	return 0;
}

/* Day-to-day (or check-in to check-in) autocorrelation makes a naive test
 * too sure of itself. The standard error is widened by sqrt((1 + r) /
 * (1 - r)), where r is the lag-1 autocorrelation of what is left once each
 * group's own mean is taken away (so a factor that itself comes in runs
 * does not count against itself); r is kept between 0 and 0.9. v holds
 * the values in time order (NAN where a unit is left out), grp 1 for
 * units with the factor. */
static double inflation(const double *v, const int *grp, size_t n)
{
	double sum[2] = { 0, 0 }, r;
	int cnt[2] = { 0, 0 };
	double *res = xmalloc((n + 1) * sizeof(*res));

	for (size_t i = 0; i < n; i++)
		if (!isnan(v[i])) {
			sum[grp[i]] += v[i];
			cnt[grp[i]]++;
		}
	for (size_t i = 0; i < n; i++)
		res[i] = isnan(v[i]) ? NAN : v[i] - sum[grp[i]] / (cnt[grp[i]] ? cnt[grp[i]] : 1);
	r = stats_autocorr1(res, n);
	free(res);
	r = r < 0 ? 0 : r > 0.9 ? 0.9 : r;
	return sqrt((1 + r) / (1 - r));
}

/* Tests one day-level factor against one outcome; adds a finding. */
static void test_day_factor(struct growing *g, const struct day *days, int ndays,
			    const struct outcome *o, enum insight_factor kind,
			    const char *label, const char *factor, int index, size_t *nthin)
{
	double *a = xmalloc((size_t)ndays * sizeof(*a)), *b = xmalloc((size_t)ndays * sizeof(*b));
	double *v = xmalloc((size_t)ndays * sizeof(*v));
	int *grp = xcalloc((size_t)ndays, sizeof(*grp));
	size_t na = 0, nb = 0;

	for (int i = 0; i < ndays; i++) {
		v[i] = day_value(&days[i], o);
		/* a yes/no tracker that was not answered that day is neither */
		if (kind == FACTOR_YESNO && !days[i].t_n[index])
			v[i] = NAN;
		if (isnan(v[i]))
			continue;
		grp[i] = day_has(&days[i], kind, factor, index);
		if (grp[i])
			a[na++] = v[i];
		else
			b[nb++] = v[i];
	}
	if (na >= INSIGHTS_MIN_EACH && nb >= INSIGHTS_MIN_EACH) {
		struct insight_finding *f = new_finding(g);
		struct stats_welch w;
		stats_welch(a, na, b, nb, o->sd_floor, inflation(v, grp, (size_t)ndays), &w);
		f->kind = kind;
		f->factor = xstrdup(label);
		f->outcome = xstrdup(o->name);
		f->outcome_is_mood = o->tracker < 0;
		f->lower_is_better = o->lower_is_better;
		f->n_with = (int)na;
		f->n_without = (int)nb;
		f->raw = w.diff;
		f->se = w.se;
		f->p = w.p;
	} else if (na || kind == FACTOR_TAG) {
		(*nthin)++;
	}
	free(a);
	free(b);
	free(v);
	free(grp);
}

/* ---- the whole computation ---- */

static int cmp_coping(const void *x, const void *y)
{
	const struct insight_coping *a = x, *b = y;
	double ra = (a->a_lot + 0.5 * a->a_little) / (double)(a->used ? a->used : 1);
	double rb = (b->a_lot + 0.5 * b->a_little) / (double)(b->used ? b->used : 1);
	if (ra != rb)
		return ra > rb ? -1 : 1;
	if (a->used != b->used)
		return b->used - a->used;
	return strcmp(a->what, b->what);
}

static int cmp_findings(const void *x, const void *y)
{
	const struct insight_finding *a = x, *b = y;
	if (a->shown != b->shown)
		return b->shown - a->shown;
	if (fabs(a->est) != fabs(b->est))
		return fabs(a->est) > fabs(b->est) ? -1 : 1;
	return strcmp(a->factor, b->factor);
}

/* Coping that helped, from the check-ins in time order. */
static void compute_coping(const struct checkin *const *sorted, size_t n,
			   struct insights *out)
{
	for (size_t i = 0; i < n; i++) {
		const struct checkin *c = sorted[i];
		struct insight_coping *k = NULL;
		char *what;

		if (!c->coped)
			continue;
		what = text_lower(c->coped);
		for (size_t j = 0; j < out->ncoping && !k; j++)
			if (text_eq_fold(out->coping[j].what, what))
				k = &out->coping[j];
		if (!k) {
			out->coping = xrealloc(out->coping, (out->ncoping + 1) * sizeof(*out->coping));
			k = &out->coping[out->ncoping++];
			memset(k, 0, sizeof(*k));
			k->what = xstrdup(c->coped);
			k->mood_at = k->mood_next = NAN;
		}
		free(what);
		k->used++;
		if (c->helped == HELPED_A_LOT)
			k->a_lot++;
		else if (c->helped == HELPED_A_LITTLE)
			k->a_little++;
		else if (c->helped == HELPED_NOT_AT_ALL)
			k->not_at_all++;
		if (c->mood >= 0) {
			k->mood_at = isnan(k->mood_at) ? c->mood : k->mood_at + c->mood;
			k->n_at++;
		}
		/* the next check-in with a mood, within two days */
		for (size_t j = i + 1; j < n; j++) {
			if (daynum(sorted[j]->when.date) - daynum(c->when.date) > 2)
				break;
			if (sorted[j]->mood >= 0) {
				k->mood_next = isnan(k->mood_next) ? sorted[j]->mood
								   : k->mood_next + sorted[j]->mood;
				k->n_next++;
				break;
			}
		}
	}
	for (size_t j = 0; j < out->ncoping; j++) {
		struct insight_coping *k = &out->coping[j];
		if (k->n_at)
			k->mood_at /= k->n_at;
		if (k->n_next)
			k->mood_next /= k->n_next;
	}
	if (out->ncoping) /* no qsort on an empty list (UBSan: null base) */
		qsort(out->coping, out->ncoping, sizeof(*out->coping), cmp_coping);
}

static int cmp_checkin_time(const void *x, const void *y)
{
	const struct checkin *a = *(const struct checkin *const *)x;
	const struct checkin *b = *(const struct checkin *const *)y;
	int c = wdate_cmp(a->when.date, b->when.date);
	if (c)
		return c;
	if (a->when.minute != b->when.minute)
		return a->when.minute - b->when.minute;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void compute_sleep(const struct day *days, int ndays, struct insights *out)
{
	static const char *const dur_labels[] = {
		N_("short sleep (under 6 hours)"), N_("usual sleep (6 to 9 hours)"),
		N_("long sleep (over 9 hours)"),
	};
	static const char *const q_labels[] = {
		N_("poor sleep (quality 1 or 2)"), N_("okay sleep (quality 3)"),
		N_("good sleep (quality 4 or 5)"),
	};
	double dsum[3] = { 0 }, qsum[3] = { 0 };
	double *beds = xmalloc(31 * sizeof(*beds));
	int bn = 0;

	for (int k = 0; k < 3; k++) {
		out->duration[k].label = dur_labels[k];
		out->quality[k].label = q_labels[k];
	}
	for (int i = 0; i < ndays; i++) {
		double m = days[i].mood_n ? days[i].mood_sum / days[i].mood_n : NAN;
		if (!isnan(m) && days[i].sleep_min >= 0) {
			int k = days[i].sleep_min < 360 ? 0 : days[i].sleep_min <= 540 ? 1 : 2;
			dsum[k] += m;
			out->duration[k].n++;
		}
		if (!isnan(m) && days[i].quality) {
			int k = days[i].quality <= 2 ? 0 : days[i].quality == 3 ? 1 : 2;
			qsum[k] += m;
			out->quality[k].n++;
		}
		/* bed times over the last 30 days, measured from noon so that
		 * 23:30 and 00:30 are an hour apart, not 23 */
		if (i >= ndays - 30 && days[i].bed >= 0 && bn < 31)
			beds[bn++] = (days[i].bed + 12 * 60) % (24 * 60);
	}
	for (int k = 0; k < 3; k++) {
		out->duration[k].mood = out->duration[k].n ? dsum[k] / out->duration[k].n : NAN;
		out->quality[k].mood = out->quality[k].n ? qsum[k] / out->quality[k].n : NAN;
	}
	out->bed_n = bn;
	if (bn) {
		out->bed_mean = ((int)lround(stats_mean(beds, (size_t)bn)) + 12 * 60) % (24 * 60);
		out->bed_sd = stats_sd(beds, (size_t)bn);
	}
	free(beds);
	/* hours slept, a mean per week for the last 8 weeks */
	for (int w = 0; w < 8; w++) {
		double s = 0;
		int n = 0;
		for (int i = ndays - (8 - w) * 7; i < ndays - (7 - w) * 7; i++) {
			if (i >= 0 && days[i].sleep_min >= 0) {
				s += days[i].sleep_min / 60.0;
				n++;
			}
		}
		out->sleep_hours[w] = n ? s / n : NAN;
	}
}

static void compute_trend(const struct day *days, int ndays, struct insights *out)
{
	double s7 = 0, s30 = 0;
	int n7 = 0, n30 = 0;
	int year = 0, week = 0, nweek = 0;
	double sweek = 0;

	for (int i = 0; i < ndays; i++) {
		double m = days[i].mood_n ? days[i].mood_sum / days[i].mood_n : NAN;
		int y, w = wdate_iso_week(days[i].date, &y);
		if (y != year || w != week) {
			if (nweek >= 3) {
				double mean = sweek / nweek;
				if (!out->has_weeks || mean > out->best.mood)
					out->best = (struct insight_week){ year, week, nweek, mean };
				if (!out->has_weeks || mean < out->hardest.mood)
					out->hardest = (struct insight_week){ year, week, nweek, mean };
				out->has_weeks = 1;
			}
			year = y;
			week = w;
			nweek = 0;
			sweek = 0;
		}
		if (isnan(m))
			continue;
		sweek += m;
		nweek++;
		if (i >= ndays - 7) {
			s7 += m;
			n7++;
		}
		if (i >= ndays - 30) {
			s30 += m;
			n30++;
		}
	}
	if (nweek >= 3) { /* the last, perhaps unfinished, week */
		double mean = sweek / nweek;
		if (!out->has_weeks || mean > out->best.mood)
			out->best = (struct insight_week){ year, week, nweek, mean };
		if (!out->has_weeks || mean < out->hardest.mood)
			out->hardest = (struct insight_week){ year, week, nweek, mean };
		out->has_weeks = 1;
	}
	out->avg7 = n7 ? s7 / n7 : NAN;
	out->avg30 = n30 ? s30 / n30 : NAN;
}

/* Findings are shrunk together with others of their family: things in the
 * diary (tags, people, on your own, yes/no trackers), weekdays, and times
 * of day, since how much these vary is not alike. */
static int family(enum insight_factor kind)
{
	return kind == FACTOR_WEEKDAY ? 1 : kind == FACTOR_TIME ? 2 : 0;
}

/* Shrinks, tests against the false discovery rate and marks what is
 * shown. Each outcome's findings are shrunk within their family; the FDR
 * control runs over every test made. */
static void settle(struct growing *g, const struct outcome *outcomes, size_t noutcomes)
{
	double *p = xmalloc((g->n + 1) * sizeof(*p)), *q = xmalloc((g->n + 1) * sizeof(*q));
	double z90 = stats_norm_q(0.95);

	for (size_t i = 0; i < g->n; i++)
		p[i] = g->items[i].p;
	stats_bh(p, g->n, q);
	for (size_t of = 0; of < noutcomes * 3; of++) {
		size_t o = of / 3;
		int fam = (int)(of % 3);
		double *d = xmalloc((g->n + 1) * sizeof(*d)), *se = xmalloc((g->n + 1) * sizeof(*se));
		double *sh = xmalloc((g->n + 1) * sizeof(*sh)), *sd = xmalloc((g->n + 1) * sizeof(*sd));
		size_t *idx = xmalloc((g->n + 1) * sizeof(*idx)), n = 0;

		for (size_t i = 0; i < g->n; i++) {
			if (strcmp(g->items[i].outcome, outcomes[o].name) ||
			    family(g->items[i].kind) != fam)
				continue;
			idx[n] = i;
			d[n] = g->items[i].raw;
			se[n] = g->items[i].se;
			n++;
		}
		stats_shrink(d, se, n, outcomes[o].prior_tau, sh, sd);
		for (size_t k = 0; k < n; k++) {
			struct insight_finding *f = &g->items[idx[k]];
			f->est = sh[k];
			f->lo = sh[k] - z90 * sd[k];
			f->hi = sh[k] + z90 * sd[k];
			f->q = q[idx[k]];
			f->shown = f->q <= INSIGHTS_FDR_Q && fabs(f->est) >= outcomes[o].min_diff &&
				   (f->lo > 0 || f->hi < 0);
		}
		free(d);
		free(se);
		free(sh);
		free(sd);
		free(idx);
	}
	free(p);
	free(q);
}

void insights_compute(const struct checkin_list *l, const struct tracker_list *defs,
		      struct wdate today, int ndays_window, char **triggers, size_t ntriggers,
		      char **warnings, size_t nwarnings, struct insights *out)
{
	const struct checkin **sorted = xmalloc((l->n + 1) * sizeof(*sorted));
	struct outcome *outcomes = xmalloc((defs->n + 1) * sizeof(*outcomes));
	struct growing g = { NULL, 0, 0 };
	struct wdate first = today;
	struct day *days;
	size_t noutcomes = 0, nsorted = 0;
	int ndays, window_start;
	char **tags = NULL, **people = NULL;
	size_t ntags = 0, npeople = 0;
	double *mood_series;

	insights_init(out);
	for (size_t i = 0; i < l->n; i++) {
		if (wdate_cmp(l->items[i].when.date, today) > 0)
			continue;
		sorted[nsorted++] = &l->items[i];
		if (wdate_cmp(l->items[i].when.date, first) < 0)
			first = l->items[i].when.date;
	}
	if (nsorted)
		qsort(sorted, nsorted, sizeof(*sorted), cmp_checkin_time);
	/* the window, and enough before it for the early warning's baseline */
	if (ndays_window > 0) {
		struct wdate from = wdate_add_days(today, -(ndays_window - 1));
		struct wdate need = wdate_add_days(today, -(INSIGHTS_EW_LAG + INSIGHTS_EW_BASE_DAYS));
		out->from = from;
		if (wdate_cmp(need, first) > 0)
			need = first;
		if (wdate_cmp(from, need) < 0)
			first = from;
		else
			first = need;
	} else {
		out->from = first;
	}
	out->to = today;
	ndays = (int)(daynum(today) - daynum(first)) + 1;
	window_start = (int)(daynum(out->from) - daynum(first));
	days = xcalloc((size_t)ndays, sizeof(*days));
	for (int i = 0; i < ndays; i++) {
		days[i].date = wdate_add_days(first, i);
		days[i].t_sum = xcalloc(defs->n + 1, sizeof(double));
		days[i].t_n = xcalloc(defs->n + 1, sizeof(int));
		days[i].sleep_min = days[i].bed = -1;
	}
	for (size_t i = 0; i < nsorted; i++) {
		const struct checkin *c = sorted[i];
		int k = (int)(daynum(c->when.date) - daynum(first));
		struct day *d;
		if (k < 0 || k >= ndays)
			continue;
		d = &days[k];
		if (k >= window_start)
			out->entries++;
		if (c->mood >= 0) {
			d->mood_sum += c->mood;
			d->mood_n++;
			out->latest_mood = c->mood;
		}
		for (size_t t = 0; t < c->ntags; t++)
			add_once(&d->tags, &d->ntags, c->tags[t]);
		for (size_t t = 0; t < c->nwith; t++) {
			char *low = text_lower(c->with[t]);
			add_once(&d->people, &d->npeople, low);
			free(low);
		}
		d->alone |= c->alone;
		if (d->sleep_min < 0 && c->bed >= 0) {
			d->sleep_min = checkin_sleep_minutes(c);
			d->bed = c->bed;
		}
		if (!d->quality && c->quality)
			d->quality = c->quality;
		for (size_t t = 0; t < defs->n; t++) {
			int v;
			if (checkin_value(c, defs->items[t].key, &v)) {
				d->t_sum[t] += v;
				d->t_n[t]++;
			}
		}
	}

	/* the daily series, for the calendar and the early warning */
	mood_series = xmalloc((size_t)ndays * sizeof(*mood_series));
	for (int i = 0; i < ndays; i++)
		mood_series[i] = days[i].mood_n ? days[i].mood_sum / days[i].mood_n : NAN;
	out->ew_signal = insights_early_warning(mood_series, ndays, &out->ew_ready,
						&out->ew_baseline, &out->ew_recent);
	out->ndays = ndays - window_start;
	out->daily = xmalloc(((size_t)out->ndays + 1) * sizeof(*out->daily));
	memcpy(out->daily, mood_series + window_start, (size_t)out->ndays * sizeof(*out->daily));
	for (int i = window_start; i < ndays; i++)
		out->days_with_mood += days[i].mood_n > 0;

	/* everything else looks at the window only */
	{
		struct day *w = days + window_start;
		int nw = ndays - window_start;
		const struct checkin **ws = sorted;
		size_t nws = nsorted;

		while (nws && wdate_cmp(ws[0]->when.date, out->from) < 0) {
			ws++;
			nws--;
		}
		compute_trend(w, nw, out);
		compute_sleep(w, nw, out);
		compute_coping(ws, nws, out);
		out->coping_first = out->latest_mood >= 0 && out->latest_mood <= 3;

		/* the outcomes */
		outcomes[noutcomes++] = (struct outcome){ N_("mood"), NULL, -1, 0,
			0.5, INSIGHTS_MIN_MOOD_DIFF, 0.5 };
		for (size_t t = 0; t < defs->n; t++) {
			const struct tracker *tr = &defs->items[t];
			double range = tr->type == TRACKER_SCALE ? tr->max - tr->min : 10;
			if (tr->type == TRACKER_YESNO)
				continue;
			outcomes[noutcomes++] = (struct outcome){ tr->name, tr->key, (int)t,
				tr->lower_is_better, 0.05 * range, 0.05 * range, 0.05 * range };
		}
		/* the candidate factors */
		for (int i = 0; i < nw; i++) {
			for (size_t t = 0; t < w[i].ntags; t++)
				add_once(&tags, &ntags, w[i].tags[t]);
			for (size_t t = 0; t < w[i].npeople; t++)
				add_once(&people, &npeople, w[i].people[t]);
		}
		if (out->days_with_mood >= INSIGHTS_MIN_DAYS) {
			for (size_t o = 0; o < noutcomes; o++) {
				const struct outcome *oc = &outcomes[o];
				for (size_t t = 0; t < ntags; t++)
					test_day_factor(&g, w, nw, oc, FACTOR_TAG, tags[t], tags[t], 0,
							&out->nthin);
				for (size_t t = 0; t < npeople; t++)
					test_day_factor(&g, w, nw, oc, FACTOR_PERSON, people[t], people[t], 0,
							&out->nthin);
				test_day_factor(&g, w, nw, oc, FACTOR_ALONE, _("on your own"), NULL, 0,
						&out->nthin);
				for (int wd = 1; wd <= 7; wd++)
					test_day_factor(&g, w, nw, oc, FACTOR_WEEKDAY,
							_(weekday_plural[wd - 1]), NULL, wd, &out->nthin);
				for (size_t t = 0; t < defs->n; t++)
					if (defs->items[t].type == TRACKER_YESNO && (int)t != oc->tracker)
						test_day_factor(&g, w, nw, oc, FACTOR_YESNO,
								defs->items[t].name, NULL, (int)t,
								&out->nthin);
				/* times of day: each check-in is a unit */
				for (int bk = 0; bk < 4; bk++) {
					double *a = xmalloc((nws + 1) * sizeof(*a));
					double *b = xmalloc((nws + 1) * sizeof(*b));
					double *vals = xmalloc((nws + 1) * sizeof(*vals));
					int *grp = xcalloc(nws + 1, sizeof(*grp));
					size_t na = 0, nb = 0;
					for (size_t i = 0; i < nws; i++) {
						double v = NAN;
						int tv;
						if (oc->tracker < 0 && ws[i]->mood >= 0)
							v = ws[i]->mood;
						else if (oc->tracker >= 0 &&
							 checkin_value(ws[i], oc->key, &tv))
							v = tv;
						vals[i] = v;
						if (isnan(v))
							continue;
						grp[i] = bucket(ws[i]->when.minute) == bk;
						if (grp[i])
							a[na++] = v;
						else
							b[nb++] = v;
					}
					if (na >= INSIGHTS_MIN_EACH && nb >= INSIGHTS_MIN_EACH) {
						struct insight_finding *f = new_finding(&g);
						struct stats_welch sw;
						stats_welch(a, na, b, nb, oc->sd_floor,
							    inflation(vals, grp, nws), &sw);
						f->kind = FACTOR_TIME;
						f->factor = xstrdup(_(bucket_names[bk]));
						f->outcome = xstrdup(oc->name);
						f->outcome_is_mood = oc->tracker < 0;
						f->lower_is_better = oc->lower_is_better;
						f->n_with = (int)na;
						f->n_without = (int)nb;
						f->raw = sw.diff;
						f->se = sw.se;
						f->p = sw.p;
					}
					free(a);
					free(b);
					free(vals);
					free(grp);
				}
			}
			settle(&g, outcomes, noutcomes);
		}
		for (size_t i = 0; i < g.n; i++) {
			struct insight_finding *f = &g.items[i];
			f->in_plan = f->kind == FACTOR_TAG &&
				     (has(triggers, ntriggers, f->factor) || has(warnings, nwarnings, f->factor));
			out->nshown += f->shown;
		}
		if (g.n)
			qsort(g.items, g.n, sizeof(*g.items), cmp_findings);
		out->findings = g.items;
		out->nfindings = g.n;

		/* the plan's triggers and warning signs over the last week */
		for (int pass = 0; pass < 2; pass++) {
			char **list = pass ? warnings : triggers;
			size_t n = pass ? nwarnings : ntriggers;
			for (size_t t = 0; t < n; t++) {
				struct insight_plan_tag *pt;
				out->plan_tags = xrealloc(out->plan_tags,
							  (out->nplan_tags + 1) * sizeof(*out->plan_tags));
				pt = &out->plan_tags[out->nplan_tags++];
				pt->tag = xstrdup(list[t]);
				pt->warning = pass;
				pt->week = 0;
				for (size_t i = 0; i < nsorted; i++)
					if (daynum(today) - daynum(sorted[i]->when.date) < 7 &&
					    has(sorted[i]->tags, sorted[i]->ntags, list[t]))
						pt->week++;
			}
		}
	}
	text_free_list(tags, ntags);
	text_free_list(people, npeople);
	free(mood_series);
	release_days(days, ndays);
	free(outcomes);
	free(sorted);
}

void insights_finding_words(const struct insight_finding *f, struct buf *out)
{
	int higher = f->est > 0;
	double size = fabs(f->est);
	const char *how;

	if (f->outcome_is_mood)
		how = higher ? _("higher") : _("lower");
	else if (f->lower_is_better)
		how = higher ? _("higher (harder)") : _("lower (easier)");
	else
		how = higher ? _("higher") : _("lower");
	switch (f->kind) {
	case FACTOR_TAG:
		buf_addf(out, _("On days tagged %s"), f->factor);
		break;
	case FACTOR_PERSON:
		buf_addf(out, _("On days with %s"), f->factor);
		break;
	case FACTOR_ALONE:
		buf_adds(out, _("On days you were on your own"));
		break;
	case FACTOR_WEEKDAY:
		buf_addf(out, _("On %s"), f->factor);
		break;
	case FACTOR_TIME:
		buf_addf(out, _("In %s"), f->factor);
		break;
	case FACTOR_YESNO:
		buf_addf(out, _("On days with '%s' answered yes"), f->factor);
		break;
	}
	if (!f->shown) {
		buf_addf(out, _(", your %s was not clearly different from other times"), f->outcome);
	} else {
		double a = fabs(f->lo), b = fabs(f->hi);
		buf_addf(out, _(", your %s was %.1f %s than at other times"), f->outcome, size, how);
		buf_addf(out, _(", likely by between %.1f and %.1f"), a < b ? a : b, a < b ? b : a);
	}
	buf_addf(out, f->kind == FACTOR_TIME ? _(" (%d check-ins then, %d at other times)")
					     : _(" (%d days with it, %d without)"),
		 f->n_with, f->n_without);
}

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(round(v * 100) / 100);
}

json_t *insights_to_json(const struct insights *in)
{
	static const char *const kinds[] = { "tag", "person", "alone", "weekday",
					     "time-of-day", "yes-no-tracker" };
	json_t *o = json_object(), *a;
	char d[11];

	wdate_format(in->from, d);
	json_object_set_new(o, "from", json_string(d));
	wdate_format(in->to, d);
	json_object_set_new(o, "to", json_string(d));
	json_object_set_new(o, "entries", json_integer(in->entries));
	json_object_set_new(o, "days_with_mood", json_integer(in->days_with_mood));
	json_object_set_new(o, "enough_for_findings",
			    json_boolean(in->days_with_mood >= INSIGHTS_MIN_DAYS));
	json_object_set_new(o, "average_7_days", num_or_null(in->avg7));
	json_object_set_new(o, "average_30_days", num_or_null(in->avg30));
	if (in->has_weeks) {
		json_object_set_new(o, "best_week", json_pack("{s:i, s:i, s:i, s:o}", "year",
			in->best.iso_year, "week", in->best.week, "days", in->best.days,
			"mood", num_or_null(in->best.mood)));
		json_object_set_new(o, "hardest_week", json_pack("{s:i, s:i, s:i, s:o}", "year",
			in->hardest.iso_year, "week", in->hardest.week, "days", in->hardest.days,
			"mood", num_or_null(in->hardest.mood)));
	}
	a = json_array();
	for (size_t i = 0; i < in->nfindings; i++) {
		const struct insight_finding *f = &in->findings[i];
		struct buf w = BUF_INIT;
		insights_finding_words(f, &w);
		json_array_append_new(a, json_pack(
			"{s:s, s:s, s:s, s:i, s:i, s:o, s:o, s:o, s:o, s:o, s:o, s:b, s:b, s:s}",
			"kind", kinds[f->kind], "factor", f->factor, "outcome", f->outcome,
			"days_with", f->n_with, "days_without", f->n_without,
			"difference", num_or_null(f->raw), "estimate", num_or_null(f->est),
			"low", num_or_null(f->lo), "high", num_or_null(f->hi),
			"p", num_or_null(f->p), "q", num_or_null(f->q), "shown", f->shown,
			"in_plan", f->in_plan, "words", w.data));
		buf_release(&w);
	}
	json_object_set_new(o, "findings", a);
	json_object_set_new(o, "factors_with_too_few_entries", json_integer((json_int_t)in->nthin));
	a = json_array();
	for (size_t i = 0; i < in->ncoping; i++) {
		const struct insight_coping *k = &in->coping[i];
		json_array_append_new(a, json_pack("{s:s, s:i, s:i, s:i, s:i, s:o, s:o}",
			"coped", k->what, "used", k->used, "helped_a_lot", k->a_lot,
			"helped_a_little", k->a_little, "helped_not_at_all", k->not_at_all,
			"mood_at_the_time", num_or_null(k->mood_at),
			"mood_next_check_in", num_or_null(k->mood_next)));
	}
	json_object_set_new(o, "coping", a);
	json_object_set_new(o, "coping_first", json_boolean(in->coping_first));
	a = json_array();
	for (int k = 0; k < 3; k++)
		json_array_append_new(a, json_pack("{s:s, s:i, s:o}", "after", _(in->duration[k].label),
			"days", in->duration[k].n, "mood", num_or_null(in->duration[k].mood)));
	for (int k = 0; k < 3; k++)
		json_array_append_new(a, json_pack("{s:s, s:i, s:o}", "after", _(in->quality[k].label),
			"days", in->quality[k].n, "mood", num_or_null(in->quality[k].mood)));
	json_object_set_new(o, "sleep_and_mood", a);
	if (in->bed_n) {
		char t[6];
		wclock_format(in->bed_mean, t);
		json_object_set_new(o, "bedtimes", json_pack("{s:i, s:s, s:o}", "nights", in->bed_n,
			"usual", t, "spread_minutes", num_or_null(in->bed_sd)));
	}
	a = json_array();
	for (int w = 0; w < 8; w++)
		json_array_append_new(a, num_or_null(in->sleep_hours[w]));
	json_object_set_new(o, "sleep_hours_by_week", a);
	json_object_set_new(o, "early_warning", json_pack("{s:b, s:b, s:o, s:o}",
		"enough_baseline", in->ew_ready, "dip", in->ew_signal,
		"usual_mood", num_or_null(in->ew_baseline), "recent_mood", num_or_null(in->ew_recent)));
	a = json_array();
	for (size_t i = 0; i < in->nplan_tags; i++)
		json_array_append_new(a, json_pack("{s:s, s:s, s:i}", "tag", in->plan_tags[i].tag,
			"in_plan_as", in->plan_tags[i].warning ? "early warning sign" : "trigger",
			"logged_last_7_days", in->plan_tags[i].week));
	json_object_set_new(o, "plan_tags", a);
	return o;
}
