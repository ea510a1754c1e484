/* SPDX-License-Identifier: MIT */
/*
 * insights.h: what a person's own diary shows, told honestly. Which tags,
 * people, times of day and weekdays go with a lower or higher mood (and,
 * for their own trackers, a worse or better value) than usual; the coping
 * they have used and how it went; sleep and mood; trends; and an early
 * warning when mood has dipped for a while against their own baseline.
 *
 * A combining feature: it reads the diary (diary.h) and the plan
 * (plan/plan.h) through their public headers. model.c computes from data
 * in memory (no I/O), so it works the same on an encrypted vault, and the
 * methods are in docs/insights.md. Words are never causal and nothing is a
 * prediction or a score.
 */
#ifndef WAYMARK_INSIGHTS_H
#define WAYMARK_INSIGHTS_H

#include <stddef.h>

#include <jansson.h>

#include "core/err.h"
#include "core/wtime.h"
#include "features/diary/diary.h"

#define WU __attribute__((warn_unused_result))

struct waymark;
struct buf;

/* The rules (docs/insights.md says why). */
#define INSIGHTS_MIN_EACH 5        /* units with and without a factor */
#define INSIGHTS_MIN_DAYS 14       /* days with a mood before any finding */
#define INSIGHTS_FDR_Q 0.10        /* Benjamini-Hochberg */
#define INSIGHTS_MIN_MOOD_DIFF 0.5 /* points of mood worth mentioning */
#define INSIGHTS_EW_LAMBDA 0.2
#define INSIGHTS_EW_L 3.0
#define INSIGHTS_EW_BASE_DAYS 56   /* the baseline window ... */
#define INSIGHTS_EW_LAG 14         /* ... ending this many days ago */
#define INSIGHTS_EW_MIN_BASE 14    /* days with a mood in the baseline */

enum insight_factor {
	FACTOR_TAG,
	FACTOR_PERSON,
	FACTOR_ALONE,
	FACTOR_WEEKDAY,
	FACTOR_TIME,     /* a time of day; units are check-ins, not days */
	FACTOR_YESNO,    /* a yes/no tracker answered yes */
};

struct insight_finding {
	enum insight_factor kind;
	char *factor;          /* "work", "Sam", "Mondays", "mornings" */
	char *outcome;         /* "mood", or a tracker's name */
	int outcome_is_mood;
	int lower_is_better;   /* the outcome: a higher value means harder */
	int n_with, n_without;
	double raw;            /* mean with minus mean without */
	double se;             /* its standard error (widened, see docs) */
	double est, lo, hi;    /* shrunk toward no difference, 90% interval */
	double p, q;           /* Welch p, Benjamini-Hochberg q */
	int shown;             /* passes every rule */
	int in_plan;           /* a trigger or warning sign in the plan */
};

struct insight_coping {
	char *what;
	int used, a_lot, a_little, not_at_all;
	double mood_at;        /* mean mood then; NAN if never with a mood */
	int n_at;
	double mood_next;      /* at the next check-in with a mood, NAN if none */
	int n_next;
};

struct insight_band {
	const char *label;     /* "short (under 6 h)" */
	int n;
	double mood;           /* NAN if n is 0 */
};

struct insight_week {
	int iso_year, week;
	int days;
	double mood;
};

struct insight_plan_tag {
	char *tag;
	int warning;           /* an early warning sign, else a trigger */
	int week;              /* times logged in the last 7 days */
};

struct insights {
	struct wdate from, to; /* the window looked at */
	int entries;           /* check-ins in the window */
	int days_with_mood;
	int latest_mood;       /* -1 if none */
	double avg7, avg30;    /* NAN when no mood */
	int has_weeks;
	struct insight_week best, hardest;

	struct insight_finding *findings;
	size_t nfindings;      /* tested factors, shown first */
	size_t nshown;
	size_t nthin;          /* factors with too few entries to test */

	struct insight_coping *coping;
	size_t ncoping;
	int coping_first;      /* the latest mood is low */

	struct insight_band duration[3], quality[3];
	int bed_n;             /* nights in the last 30 days with a bed time */
	int bed_mean;          /* minutes after midnight */
	double bed_sd;         /* minutes */
	double sleep_hours[8]; /* mean per week, oldest first, NAN if none */

	int ew_ready;          /* enough days for a baseline */
	int ew_signal;
	double ew_baseline, ew_recent;
	char **ew_actions;     /* the plan's early warning actions */
	size_t new_actions;

	struct insight_plan_tag *plan_tags;
	size_t nplan_tags;

	double *daily;         /* mean mood per day from..to, NAN if none */
	int ndays;
};

void insights_init(struct insights *in);
void insights_release(struct insights *in);

/* Computes everything from check-ins (any order), the person's trackers,
 * today's date and the window length in days (0: all of the diary). plan
 * triggers/warning signs (tags, may be NULL) mark findings and are counted
 * over the last 7 days. Pure: no I/O. */
void insights_compute(const struct checkin_list *l, const struct tracker_list *defs,
		      struct wdate today, int days, char **triggers, size_t ntriggers,
		      char **warnings, size_t nwarnings, struct insights *out);

/* Early warning alone, over a day-by-day mood series ending today (NAN for
 * days without a mood): 1 if the EWMA of the last INSIGHTS_EW_LAG days is
 * below its lower control limit against the baseline window before them,
 * with at least 4 of the last 7 days present. *ready says whether there
 * was enough baseline; *base and *recent get the baseline median and the
 * smoothed recent value. Exposed for the simulation in the tests. */
int insights_early_warning(const double *daily, int ndays, int *ready,
			   double *base, double *recent);

/* Reads the vault and computes (store.c). */
int insights_gather(struct waymark *wm, int days, struct insights *out,
		    struct err *err) WU;

/* The findings and the rest as JSON (new reference). */
json_t *insights_to_json(const struct insights *in);
/* One finding in plain words: "On days tagged work, your mood was 1.4
 * lower than on other days (23 days with it, 40 without)". */
void insights_finding_words(const struct insight_finding *f, struct buf *out);

/* cmd.c and page.c */
int insights_cmd(struct waymark *wm, int argc, char **argv);
struct web_req;
struct web_resp;
int insights_page(struct web_req *req, struct web_resp *resp);
/* Today: a gentle note when the early warning shows, with the person's
 * helpful coping and their plan's early-warning actions. */
void insights_today_hook(struct web_req *req, struct buf *out);

#endif
