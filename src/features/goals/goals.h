/* SPDX-License-Identifier: MIT */
/*
 * goals.h: the seed's SMART goals, set out as in "Peter's Plan": a
 * specific goal, why it is meaningful, why it is achievable, how to
 * prepare, a deadline, how to do it (steps), the reward when it is done,
 * and what to do if the deadline passes. A goal may have a target that can
 * be counted (2 per week) and a life area (a name, for now). Progress
 * entries count towards the target; steps are ticked off; a deadline can be
 * moved at any time without penalty. Nothing here ever calls a person or a
 * goal a failure: a missed deadline is a moment to pick a new date.
 *
 * Records: kind "goal" (record day and time: when the goal was set; the
 * body holds everything else, steps included) and kind "goal_log" (record
 * day and time: when the progress happened; the body names the goal by its
 * uid, so entries survive export and import). Deadlines and step dates live
 * in the sealed body, not in clear.
 *
 * model.c holds the rules, parsing, progress arithmetic, the SMART check,
 * what is due and the iCalendar text (no I/O); store.c maps goals to vault
 * records; cmd.c the CLI commands. A web page can call the same functions:
 * they take and return structs and fail with ERR_INPUT naming the field.
 *
 * Dates: a struct wdate with y == 0 means "not set" throughout this header.
 */
#ifndef WAYMARK_GOALS_H
#define WAYMARK_GOALS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define GOAL_KIND "goal"
#define GOAL_LOG_KIND "goal_log"

/* Limits, in characters (and counts), so that one goal cannot swamp the
 * vault or a page. */
#define GOAL_TITLE_MAX 300   /* the specific goal, one line */
#define GOAL_TEXT_MAX 4000   /* why, achievable, prepare, reward, ... */
#define GOAL_STEP_MAX 500    /* one step, one line */
#define GOAL_STEPS_MAX 50
#define GOAL_AREA_MAX 80     /* a life area's name, one line */
#define GOAL_WHAT_MAX 80     /* what a target counts ("healthy meals") */
#define GOAL_NOTE_MAX 2000   /* the note on a progress entry */
#define GOAL_TARGET_MAX 100000 /* the most a target may ask per period */
#define GOAL_COUNT_MAX 100000 /* the most one progress entry may count */

enum goal_state {
	GOAL_ACTIVE = 0,
	GOAL_PAUSED,
	GOAL_DONE,
	GOAL_DROPPED,
	GOAL_STATE__MAX
};

/* The period a target is counted in. Weeks are ISO weeks (Monday to
 * Sunday, so a week can straddle a year end); months are calendar
 * months. All period arithmetic is on calendar dates, so clock changes
 * cannot move an entry into another day or week. */
enum goal_period {
	GOAL_PER_NONE = 0,
	GOAL_PER_DAY,
	GOAL_PER_WEEK,
	GOAL_PER_MONTH,
	GOAL_PER__MAX
};

/* A measurable target: count per period, e.g. 2 ("healthy meals") per
 * week. count 0 (and per GOAL_PER_NONE) means there is no target. */
struct goal_target {
	int count;            /* 1..GOAL_TARGET_MAX, or 0 */
	enum goal_period per;
	char *what;           /* what is counted, or NULL */
};

struct goal_step {
	char *text;
	struct wdate due;     /* the date planned for it, or y == 0 */
	struct wdate done;    /* the date it was done, or y == 0 */
};

struct goal {
	int64_t id;           /* 0 until stored */
	char uid[33];
	struct wlocal start;  /* when the goal was set */
	time_t created, updated;
	char *title;          /* What is your specific goal? (required) */
	char *why;            /* Why is this goal meaningful to you? */
	char *achievable;     /* Is this goal achievable? */
	char *prepare;        /* How are you going to prepare? */
	struct wdate deadline;/* What is your deadline? (a date, or y == 0) */
	char *deadline_note;  /* ... and the person's own words about it */
	struct goal_step *steps; /* How will you do this activity? */
	size_t nsteps;
	struct goal_target target;
	char *reward;         /* What will you do when you have finished? */
	char *if_missed;      /* What will you do if the deadline passes? */
	char *area;           /* a life area's name, or NULL */
	enum goal_state state;
	struct wdate ended;   /* the day it was done or dropped, or y == 0 */
	int rewarded;         /* had the reward: 1 yes, 0 not yet, -1 unsaid */
};

void goal_init(struct goal *g);
void goal_release(struct goal *g);

/* A progress entry: count (usually 1) towards a goal on a day. */
struct goal_entry {
	int64_t id;           /* 0 until stored */
	char uid[33];
	char goal_uid[33];    /* the goal it counts towards */
	struct wlocal when;
	time_t created, updated;
	int count;            /* 1..GOAL_COUNT_MAX */
	char *note;           /* or NULL */
};

void goal_entry_init(struct goal_entry *e);
void goal_entry_release(struct goal_entry *e);

/* Owned lists. */
struct goal_list {
	struct goal *items;
	size_t n;
};
void goal_list_release(struct goal_list *l);

struct goal_entry_list {
	struct goal_entry *items;
	size_t n;
};
void goal_entry_list_release(struct goal_entry_list *l);
/* Moves *e to the end of l; e is left initialised, owning nothing. */
void goal_entry_list_push(struct goal_entry_list *l, struct goal_entry *e);

/* ---- names and words ---- */

/* "active", "paused", "done", "dropped": the JSON and option spelling. */
const char *goal_state_name(enum goal_state s);
/* The state in words for people ("active", translated). */
const char *goal_state_words(enum goal_state s);
/* "day", "week", "month" (JSON spelling), or NULL for GOAL_PER_NONE. */
const char *goal_period_name(enum goal_period p);

/* ---- parsing what a person types (ERR_INPUT naming the field) ---- */

/* Sets one of g's text fields by its name: "title", "why", "achievable",
 * "prepare", "deadline_note", "reward", "if_missed" or "area" (BUG() for
 * any other name). Checked as text_set_field() with the field's limit;
 * one line for title and area, several lines allowed for the rest. Empty
 * text clears the field (except the title, which is required: ERR_INPUT). */
int goal_set_text(struct goal *g, const char *field, const char *s,
		  struct err *err) WU;
/* A target as people write it: "2 per week", "2 a week", "twice a week",
 * "2 healthy meals per week", "2/week", "2 times a week", "once a day",
 * "daily", "weekly", "monthly", "4 each month". The words between the
 * number and "per" (here "healthy meals") become what; "times" is dropped.
 * Numbers are digits or the words one to twelve, once, twice. Refused with
 * a kind message: no number ("lots"), no period ("2"), another period
 * ("2 per year"), 0, or more than GOAL_TARGET_MAX. On success the old
 * target's text is freed and replaced. field is "target". */
int goal_parse_target(const char *s, struct goal_target *out,
		      struct err *err) WU;
void goal_target_release(struct goal_target *t);
/* Appends "2 per week" or "2 healthy meals per week" (translated). */
void goal_target_words(struct buf *out, const struct goal_target *t);
/* A deadline as wdate_parse_kind() reads it (field "deadline"). */
int goal_parse_deadline(const char *s, struct wdate today, struct wdate *out,
			struct err *err) WU;
/* Adds a step (text checked as a one-line field "step"; due may be unset).
 * ERR_INPUT past GOAL_STEPS_MAX. */
int goal_add_step(struct goal *g, const char *text, struct wdate due,
		  struct err *err) WU;
/* A progress note (field "note", several lines allowed). */
int goal_entry_set_note(struct goal_entry *e, const char *s, struct err *err) WU;

/* The whole-goal rules: a title; real dates; at most GOAL_STEPS_MAX steps;
 * a target with a count in range and a period, or none; a known state.
 * Dates may be in the past (the SMART check speaks of that, kindly). */
int goal_validate(const struct goal *g, struct err *err) WU;
/* A progress entry: a goal uid, a count in range, a real date that is not
 * after today (ERR_INPUT "date"). */
int goal_entry_validate(const struct goal_entry *e, struct wdate today,
			struct err *err) WU;

/* ---- periods ---- */

/* The first and last day of the period of kind per holding d: the day
 * itself; Monday to Sunday of its ISO week; the 1st to the last day of its
 * month. For GOAL_PER_NONE, both are d. */
void goal_period_bounds(enum goal_period per, struct wdate d,
			struct wdate *first, struct wdate *last);
/* The number of periods of kind per from the one holding a to the one
 * holding b, both included (0 if b's period is before a's). */
long goal_periods_between(enum goal_period per, struct wdate a, struct wdate b);
/* Appends a period's name for people: "Sat 14 Mar", "week of 9 Mar",
 * "March 2026" (years are added to days and weeks outside today's year). */
void goal_period_label(struct buf *out, enum goal_period per,
		       struct wdate first, struct wdate today);

/* ---- progress ---- */

struct goal_period_count {
	struct wdate first, last;
	long count;
	int open;             /* 1 for the period holding today: still going */
};

struct goal_progress {
	enum goal_period per; /* the target's period, or GOAL_PER_NONE */
	int target;           /* the target's count, or 0 */
	long total;           /* every counted entry, added up */
	long nentries;
	struct wdate first_entry, last_entry;
	/* With a target: every period from the one holding the goal's start
	 * (or its first entry, if earlier) to the one holding today (or the
	 * day the goal ended, or its last entry, whichever is latest), oldest
	 * first. Empty without a target. */
	struct goal_period_count *periods;
	size_t nperiods;
	size_t closed;        /* periods before the open one (all, if none is open) */
	size_t reached;       /* closed periods whose count reached the target */
	long this_count;      /* the count in today's period (0 if not shown) */
	int this_reached;     /* today's period has already reached it */
	long planned;         /* target times the periods up to the deadline's,
				 or 0 without a target or deadline */
	size_t steps_done, steps_total;
};

void goal_progress_init(struct goal_progress *p);
void goal_progress_release(struct goal_progress *p);
/* Works out g's progress from entries (only those whose goal_uid is g's
 * uid are counted; the others are skipped, so a caller may pass every
 * entry in the vault) as seen on today. p is initialised by the call. */
void goal_progress_compute(const struct goal *g, const struct goal_entry *entries,
			   size_t n, struct wdate today, struct goal_progress *p);
/* The highest count in any one period of kind per among entries (all of
 * them, whatever goal they belong to), or -1 if there are none. */
long goal_best_period(const struct goal_entry *entries, size_t n,
		      enum goal_period per);

/* ---- the gentle SMART check ---- */

enum goal_note_kind {
	GOAL_NOTE_NO_DEADLINE = 0,  /* no date to aim for */
	GOAL_NOTE_NO_MEASURE,       /* no target and no steps */
	GOAL_NOTE_DEADLINE_PASSED,  /* a deadline before today */
	GOAL_NOTE_TARGET_HIGH,      /* more than 7 a day (49 a week, 217 a
				       month), unless what it counts is a
				       measure such as minutes, steps or
				       pages */
	GOAL_NOTE_TARGET_ABOVE_BEST,/* over twice the person's best period */
	GOAL_NOTE__MAX
};

struct goal_note {
	enum goal_note_kind kind;
	const char *field;    /* what a change would touch: "deadline",
				 "target" (or "steps") */
	char msg[480];        /* warm, translated, one or two sentences */
};

struct goal_notes {
	struct goal_note items[GOAL_NOTE__MAX];
	size_t n;
};

/* Looks at g as of today and fills out with a note for each thing worth
 * a second look, in the order of enum goal_note_kind. best is the
 * person's best count in one period of the target's kind on this or
 * similar goals (goal_best_period over goals_history()), or -1 for no
 * record. Never refuses anything: it only advises. Returns out->n. */
size_t goal_smart_check(const struct goal *g, long best, struct wdate today,
			struct goal_notes *out);

/* ---- what is due ---- */

enum goal_due_kind {
	GOAL_DUE_DEADLINE = 0, /* a deadline today or later this week */
	GOAL_DUE_PASSED,       /* a deadline already passed: a new date? */
	GOAL_DUE_STEP,         /* a step planned for today, this week, or
				  earlier and not yet done */
	GOAL_DUE_TARGET,       /* a target period still open and not reached */
};

struct goal_due {
	enum goal_due_kind kind;
	int today;            /* 1: due today (or earlier); 0: later this week */
	int64_t goal_id;
	char *title;          /* the goal's */
	char *text;           /* a step's text, or NULL */
	size_t step;          /* a step's number (1-based), or 0 */
	struct wdate date;    /* deadline or step date; a target period's
				 last day */
	enum goal_period per; /* targets */
	long count, target;   /* targets: so far, and the aim */
	char *what;           /* targets: what is counted, or NULL */
};

struct goal_due_list {
	struct goal_due *items;
	size_t n;
};
void goal_due_list_release(struct goal_due_list *l);
/* Appends what g (an active goal; others add nothing) has due today and
 * in the rest of today's ISO week (to Sunday), given its progress p on
 * today: a deadline today or later this week (or GOAL_DUE_PASSED, today,
 * if it has passed); steps not done with a date up to Sunday (those dated
 * today or before are due today); and the open target period if it has
 * not reached its target: due today on its last day (so every day for a
 * daily target), otherwise later this week; a month's target shows too,
 * with its last day as date. Items due today come first. */
void goal_due_items(const struct goal *g, const struct goal_progress *p,
		    struct wdate today, struct goal_due_list *out);

/* ---- progress events, for a day view ---- */

enum goal_event_kind {
	GOAL_EVENT_PROGRESS = 0, /* a progress entry */
	GOAL_EVENT_STEP_DONE,    /* a step done that day */
	GOAL_EVENT_GOAL_DONE,    /* the goal itself was done that day */
};

struct goal_event {
	enum goal_event_kind kind;
	int64_t goal_id;
	char *title;          /* the goal's */
	char *text;           /* the entry's note or the step's text, or NULL */
	long count;           /* progress: how many */
	char *what;           /* progress: what the target counts, or NULL */
	int minute;           /* progress: the local time, else -1 */
};

struct goal_event_list {
	struct goal_event *items;
	size_t n;
};
void goal_event_list_release(struct goal_event_list *l);

/* ---- words for people ----
 * The phrases the CLI and the web pages share, appended to b (translated,
 * plain text: a page escapes them like any other text). None of them
 * blames: a period short of its target is only "1 of 2". */

/* "Mon 14 Sep", with " 2027" added when d is not in today's year. */
void goal_date_words(struct buf *b, struct wdate d, struct wdate today);
/* "1 of 2", or "1 of 2 healthy meals" when what is not NULL; above the
 * target, "3 healthy meals (target 2)" or "3 (target 2)". */
void goal_count_words(struct buf *b, long count, long target, const char *what);
/* "Today so far", "This week so far" or "This month so far" (per NONE
 * reads as a week). */
void goal_so_far_words(struct buf *b, enum goal_period per);
/* "That day", "That week" or "That month", for a past period. */
void goal_that_period_words(struct buf *b, enum goal_period per);
/* "That is your target for this week. Well done." (today, this month),
 * said once, when an entry brings the open period up to its target. */
void goal_reached_words(struct buf *b, enum goal_period per);
/* "today", "this week" or "this month" (static, translated). */
const char *goal_this_period_words(enum goal_period per);
/* "Weeks at your target: 3." (Days, Months), counting what went well and
 * never what did not. */
void goal_at_target_words(struct buf *b, enum goal_period per, size_t n);
/* "9 in all", or "9 healthy meals in all" when what is not NULL. */
void goal_in_all_words(struct buf *b, long total, const char *what);
/* "9 healthy meals in all." with, for an active or paused goal with a
 * deadline and a target, ", of 52 planned by Mon 14 Sep" before the
 * full stop (p is g's progress on today). */
void goal_total_words(struct buf *b, const struct goal *g, const struct goal_progress *p,
		      struct wdate today);
/* When a step that is due was planned for, to follow its words: ",
 * planned for Tue 10 Mar" if that was before today, ", Fri 20 Mar" if
 * later this week, nothing if today. */
void goal_due_when_words(struct buf *b, const struct goal_due *d, struct wdate today);
/* Where g stands, as one line for a list, from its progress p on today:
 * the pieces that apply, joined with "; ": "done on Sat 14 Mar" or "let
 * go on ..."; for an active or paused goal with a target, "this week: 1
 * of 2 healthy meals", otherwise "9 in all" when anything was counted;
 * "1 of 2 steps done"; and for an active or paused goal with a deadline,
 * "by Mon 14 Sep", or "the deadline was Mon 14 Sep: a new date?" once it
 * has passed. Appends nothing when none apply. */
void goal_summary_words(struct buf *b, const struct goal *g,
			const struct goal_progress *p, struct wdate today);
/* How far d is from today, without judgement: "today", "tomorrow", "in
 * 3 days", "in 26 weeks", "3 days ago", "5 weeks ago" (days up to 13,
 * then whole weeks). */
void goal_distance_words(struct buf *b, struct wdate d, struct wdate today);

/* ---- the calendar ---- */

/* Appends an iCalendar (RFC 5545) document, built with libical, to out:
 * one all-day VEVENT for each deadline and each dated step not yet done,
 * of goals that are active or paused. UIDs are stable (the goal's uid plus
 * what the event is), so a calendar that subscribes sees changes, not
 * copies. now is the DTSTAMP. The text is the person's own words and is
 * not encrypted: callers say so. */
int goal_ics_build(const struct goal *goals, size_t n, time_t now,
		   struct buf *out, struct err *err) WU;

/* ---- JSON ---- */

/* The stored body of a goal / progress entry: what the person wrote and
 * the goal's state, no ids or record dates. New reference. */
json_t *goal_to_data(const struct goal *g);
json_t *goal_entry_to_data(const struct goal_entry *e);
/* Read a body back, as strictly as input; unknown fields are refused. */
int goal_from_data(json_t *data, struct goal *g, struct err *err) WU;
int goal_entry_from_data(json_t *data, struct goal_entry *e, struct err *err) WU;
/* For import (see features/transfer): check a body and return the stored
 * form (new reference), or NULL with err set. */
json_t *goals_normalise_data(json_t *data, struct err *err);
json_t *goals_normalise_log_data(json_t *data, struct err *err);
/* The form --json and the API show: id, uid, state, dates, the body and,
 * if p is not NULL, its progress (periods included). New reference. */
json_t *goal_to_json(const struct goal *g, const struct goal_progress *p);
json_t *goal_entry_to_json(const struct goal_entry *e);

/* ---- store.c: goals in the vault ---- */

/* Checks g (goal_validate) and stores it; fills id, uid, created, updated. */
int goals_add(struct waymark *wm, struct goal *g, struct err *err) WU;
/* Saves changes to g (found by g->id). 1 if there is no such goal. */
int goals_update(struct waymark *wm, struct goal *g, struct err *err) WU;
/* 1 if there is no goal with that id. out is initialised by the call. */
int goals_get(struct waymark *wm, int64_t id, struct goal *out,
	      struct err *err) WU;
/* A goal as a person names it: its number ("3" or "#3"), or words that
 * appear (ignoring case) in the title of exactly one goal. 1 if nothing
 * matches; ERR_INPUT (field "goal") if the words fit several goals, the
 * message naming them. */
int goals_find(struct waymark *wm, const char *ref, struct goal *out,
	       struct err *err) WU;
/* Every goal, in the order they were set. */
int goals_list(struct waymark *wm, struct goal_list *out, struct err *err) WU;

/* Checks e against today (goal_entry_validate) and stores it. */
int goals_log_add(struct waymark *wm, struct goal_entry *e, struct wdate today,
		  struct err *err) WU;
/* Progress entries, oldest first: for one goal (goal_uid not NULL), or
 * for every goal (NULL). */
int goals_entries(struct waymark *wm, const char *goal_uid,
		  struct goal_entry_list *out, struct err *err) WU;
/* The record to judge a target by: g's own entries (if it is stored) and
 * those of other goals in the same life area (names equal ignoring
 * case). */
int goals_history(struct waymark *wm, const struct goal *g,
		  struct goal_entry_list *out, struct err *err) WU;
/* The person's best count in one period of g's target's kind, on g and
 * the goals of its life area (goal_best_period over goals_history()), for
 * goal_smart_check(); -1 without a target, without a record, or when the
 * record cannot be read (the check then says nothing about it). */
long goals_best_so_far(struct waymark *wm, const struct goal *g);
/* g's progress on today, reading its entries. p is initialised. */
int goals_progress(struct waymark *wm, const struct goal *g, struct wdate today,
		   struct goal_progress *p, struct err *err) WU;
/* What every active goal has due today and this week (goal_due_items). */
int goals_due(struct waymark *wm, struct wdate today, struct goal_due_list *out,
	      struct err *err) WU;
/* Everything the goals did on day, for a diary's day view: progress
 * entries (in time order), then steps done and goals done that day. */
int goals_events_for_day(struct waymark *wm, struct wdate day,
			 struct goal_event_list *out, struct err *err) WU;
/* The iCalendar text of every goal (goal_ics_build), for a file or feed. */
int goals_ics(struct waymark *wm, struct buf *out, struct err *err) WU;

/* ---- page.c: the web pages, the calendar feed and the JSON API ----
 * Routes (src/web/routes.c): GET /goals (the list, grouped by state, and
 * the calendar address), GET|POST /goals/new (the plan's questions; the
 * button "Check my plan first" shows the SMART check and saves nothing),
 * GET /goals/ID, GET|POST /goals/ID/edit, and POST /goals/ID/ with log,
 * steps, steps/done, steps/undo (field n), done, reward (field had =
 * yes|no), reschedule, pause, resume and drop; POST /goals/calendar
 * (action = new|off) makes or turns off the feed's address; GET
 * /goals.ics?key=SECRET is the feed (PAGE_FEED, text/calendar). API:
 * GET|POST /api/v1/goals, GET /api/v1/goals/ID, POST /api/v1/goals/ID/log
 * (docs/api.md). */
struct web_req;
struct web_resp;
int goals_page_list(struct web_req *req, struct web_resp *resp);
int goals_page_new(struct web_req *req, struct web_resp *resp);
int goals_page_new_post(struct web_req *req, struct web_resp *resp);
int goals_page_show(struct web_req *req, struct web_resp *resp);
int goals_page_edit(struct web_req *req, struct web_resp *resp);
int goals_page_edit_post(struct web_req *req, struct web_resp *resp);
int goals_page_log_post(struct web_req *req, struct web_resp *resp);
int goals_page_step_add_post(struct web_req *req, struct web_resp *resp);
int goals_page_step_done_post(struct web_req *req, struct web_resp *resp);
int goals_page_step_undo_post(struct web_req *req, struct web_resp *resp);
int goals_page_done_post(struct web_req *req, struct web_resp *resp);
int goals_page_reward_post(struct web_req *req, struct web_resp *resp);
int goals_page_reschedule_post(struct web_req *req, struct web_resp *resp);
int goals_page_pause_post(struct web_req *req, struct web_resp *resp);
int goals_page_resume_post(struct web_req *req, struct web_resp *resp);
int goals_page_drop_post(struct web_req *req, struct web_resp *resp);
int goals_page_calendar_post(struct web_req *req, struct web_resp *resp);
int goals_page_feed(struct web_req *req, struct web_resp *resp);
int goals_api_list(struct web_req *req, struct web_resp *resp);
int goals_api_get(struct web_req *req, struct web_resp *resp);
int goals_api_create(struct web_req *req, struct web_resp *resp);
int goals_api_log(struct web_req *req, struct web_resp *resp);
/* Hooks (web.h): on Today, what every active goal has due today and this
 * week, briefly (at most 5 items, then a link), nothing when nothing is
 * due or the goals cannot be read; under a day in the diary ("YYYY-MM-DD"),
 * the progress counted, steps done and goals done that day. */
void goals_today_due(struct web_req *req, struct buf *out);
void goals_day_events(struct web_req *req, const char *day, struct buf *out);

/* ---- cmd.c ---- */
int goals_cmd(struct waymark *wm, int argc, char **argv);
int goals_cmd_due(struct waymark *wm, int argc, char **argv);
/* `waymark test-ics FILE` (hidden, for tests): reads FILE (- for standard
 * input) with libical and prints one line per VEVENT, "DATE SUMMARY" in
 * the file's order, after "calendar: N events". Exit 1 if libical finds
 * anything wrong in it, or it is not one VCALENDAR. */
int goals_cmd_test_ics(struct waymark *wm, int argc, char **argv);

#endif
