/* SPDX-License-Identifier: MIT */
/*
 * report_int.h: shared inside src/features/report only (and its unit
 * test): what a gathered report holds, and the arithmetic that turns the
 * other features' lists into it. The HTML and PDF writers both read this
 * struct, so the two always say the same.
 */
#ifndef WAYMARK_REPORT_INT_H
#define WAYMARK_REPORT_INT_H

#include "features/areas/areas.h"
#include "features/diary/diary.h"
#include "features/goals/goals.h"
#include "features/measures/measures.h"
#include "features/plan/plan.h"
#include "report.h"

/* One day of the period. NAN where there is nothing. */
struct report_day {
	struct wdate date;
	double mood;       /* the mean of the day's moods */
	int nmood;         /* check-ins that gave a mood */
	double mood_avg7;  /* mean of the daily means over the 7 days to this */
	double sleep;      /* hours slept (the mean, if given more than once) */
	double sleep_avg7; /* mean of the nightly hours over the 7 days to this */
	double quality;    /* mean sleep quality, 1..5 */
};

/* A week (Monday to Sunday, cut to the period) for the tables. */
struct report_week {
	struct wdate first, last;
	int mood_days;
	double mood_mean, mood_low, mood_high; /* of the daily means */
	int nights;
	double sleep_mean, sleep_low, sleep_high;
	int quality_days;
	double quality_mean;
};

/* The whole period at a glance. NAN where there is nothing. */
struct report_summary {
	int mood_days;
	double mood_mean, mood_low, mood_high;
	struct wdate mood_low_day, mood_high_day;
	int nights;
	double sleep_mean, sleep_low, sleep_high;
	int quality_days;
	double quality_mean;
};

/* One goal as the report shows it. */
struct report_goal {
	const struct goal *g;            /* borrowed from r->goals */
	struct goal_progress p;          /* as of the period's last day */
	long logged;                     /* progress counted in the period */
	size_t nlogs;                    /* progress entries in the period */
	size_t steps_done;               /* steps done in the period */
	size_t periods, reached;         /* target periods wholly inside the
					    report's and over, and how many
					    reached the target */
};

/* One measure's responses in the period. */
struct report_measure {
	const struct measure *m;                 /* borrowed from the catalogue */
	const struct measure_response **rows;    /* in the period, oldest first */
	size_t nrows;
	const struct measure_response *start;    /* the latest complete one
						    before the period, else the
						    first complete in it; or NULL */
	int start_before;                        /* start is from before it */
	const struct measure_response *end;      /* the latest complete in it */
	int reliable;                            /* measure_reliable_change
						    from start to end */
};

/* One set of life areas rated in the period. */
struct report_areas {
	struct area_set set;             /* as the person has it now */
	const struct area_rating *start; /* as for measures */
	int start_before;
	const struct area_rating *end;
	size_t nratings;                 /* ratings in the period */
	struct area_distance distance;   /* start to end, when they differ */
};

struct report {
	struct report_period period;
	unsigned mask;
	time_t made;
	struct wlocal made_local;

	/* mood, sleep */
	int ndays;
	struct report_day *days;
	struct report_week *weeks;
	size_t nweeks;
	struct report_summary sum;

	/* notes: flagged check-ins in the period, oldest first */
	struct checkin_list notes;
	struct tracker_list trackers;

	/* measures */
	struct measure_catalog catalog;
	struct measure_response_list responses; /* every response, oldest first */
	struct report_measure *measures;
	size_t nmeasures;

	/* areas */
	struct area_rating_list ratings;        /* every rating, oldest first */
	struct report_areas *areas;
	size_t nareas;
	int has_focus;
	struct area_focus focus;

	/* goals */
	struct goal_list goals;
	struct goal_entry_list entries;
	struct report_goal *rgoals;
	size_t nrgoals;

	/* plan */
	int has_plan;
	struct plan plan;
	struct wdate plan_changed;              /* the local day it was saved */

	/* questions */
	struct report_question_list questions;
};

/* An empty report for the period (nothing allocated). */
void report_init(struct report *r, const struct report_period *p,
		 unsigned mask, time_t made);
/* Frees everything r holds. */
void report_release(struct report *r);

/* model.c: from lists to the report (no I/O). */
/* Fills r->days, r->weeks and r->sum from check-ins l (any order; the
 * six days before the period count towards the first 7-day averages). */
void report_fill_days(struct report *r, const struct checkin_list *l);
/* Keeps in r->notes the check-ins of l in the period that are flagged for
 * an appointment, oldest first (moved out of l). */
void report_take_notes(struct report *r, struct checkin_list *l);
/* Fills r->measures from r->responses and r->catalog. */
void report_fill_measures(struct report *r);
/* Fills r->areas' start, end, counts and distance from r->ratings (the
 * sets must already be in r->areas). */
void report_fill_areas(struct report *r);
/* Fills r->rgoals from r->goals and r->entries: goals that existed by the
 * period's end and are active or paused, ended in the period, or had
 * progress in it. */
void report_fill_goals(struct report *r);
/* 1 if day is in the period. */
int report_in_period(const struct report *r, struct wdate day);

/* Words shared by the HTML and the PDF (translated): a day's mood as
 * "5.5 (okay)"; hours as "7 h 40 min"; a quality as "well"; a measure's
 * total as "12 (moderate)"; a change in a total, with whether it is
 * reliable, for people ("down 7, a reliable improvement"). Appended to
 * out. */
void report_words_mood(struct buf *out, double mood);
void report_words_hours(struct buf *out, double hours);
const char *report_words_quality(double quality);
void report_words_total(struct buf *out, const struct measure *m,
			const struct measure_response *resp);
void report_words_change(struct buf *out, const struct report_measure *rm);
/* "Sat 14 Mar 2026", appended. */
void report_words_day(struct buf *out, struct wdate d);
/* The answer words for the risk items a response recorded ("Question 9:
 * Several days"), or nothing. */
void report_words_safety(struct buf *out, const struct report_measure *rm,
			 const struct measure_response *resp);
/* The mood and sleep summaries at the top of their sections, the plan's
 * "last changed" sentence, a life-area set's "rated N times" sentence
 * (with the start and end days for its table's headings), and a week's
 * label ("9 to 15 Feb", "23 Feb to 1 Mar"), appended to out. */
void report_words_mood_summary(struct buf *out, const struct report *r);
void report_words_sleep_summary(struct buf *out, const struct report *r);
void report_words_plan_changed(struct buf *out, const struct report *r);
void report_words_areas(struct buf *out, const struct report_areas *ra,
			struct buf *start_day, struct buf *end_day);
void report_words_week(struct buf *out, const struct report_week *wk);
/* A change in a score: "+2", "\u22122" (a real minus sign) or "0". */
void report_words_change_by(struct buf *out, int change);
/* 1 if a set of life areas needs its own heading under the section's:
 * there are several sets, or its name is not the section's title. */
int report_areas_need_heading(const struct report *r, const struct report_areas *ra);

/* The parts of a flagged check-in that hold something, as label and value
 * (labels translated and static; values allocated), in the order the
 * diary shows them. Returns how many were filled (at most
 * REPORT_PAIRS_MAX); free the values with report_pairs_release. */
#define REPORT_PAIRS_MAX (12 + TRACKERS_MAX)
struct report_pair {
	const char *label;
	char *value;
	int multiline;  /* the note: keep its line breaks */
};
size_t report_checkin_pairs(const struct report *r, const struct checkin *c,
			    struct report_pair *out);
void report_pairs_release(struct report_pair *p, size_t n);

/* A goal's facts ("Life area: health. Deadline: Sat 30 May 2026. Done on
 * ..."), the focus area's sentence, and the titles of the chosen sections
 * ("Mood, Sleep"), appended to out. */
void report_words_goal_facts(struct buf *out, const struct goal *g);
void report_words_focus(struct buf *out, const struct report *r);
void report_words_chosen(struct buf *out, unsigned mask);
/* 1 if the plan's section s has an item in any of its lists. */
int report_plan_has(const struct report *r, enum plan_section s);

/* One line about a goal's progress in the period ("2 walks per week:
 * reached in 3 of 4 weeks; 9 logged in this period; 2 of 5 steps done"),
 * appended. */
void report_words_goal(struct buf *out, const struct report_goal *rg);

#endif
