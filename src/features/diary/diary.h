/* SPDX-License-Identifier: MIT */
/*
 * diary.h: the daily check-in, the seed's mood diary. A check-in records how
 * the person feels (mood 0-10), how they slept, what happened just before,
 * whether they were alone or with someone, how they coped and whether it
 * helped, tags, a note, one small win, and the things they ticked as done
 * (the diary does not know where those come from: the Today page offers
 * them through a hook, see web.h). Every part is optional, but a check-in
 * must hold something. Several a day are normal.
 *
 * model.c holds the rules (no I/O), store.c maps check-ins to vault records,
 * cmd.c the CLI commands, page.c the web pages.
 */
#ifndef WAYMARK_DIARY_H
#define WAYMARK_DIARY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/err.h"
#include "core/text.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define DIARY_KIND "checkin"

/* Limits, in characters, so that one entry cannot swamp the diary. */
#define DIARY_NOTE_MAX 20000
#define DIARY_TEXT_MAX 2000 /* before, coped, win */
#define DIARY_NAME_MAX 80   /* one name in "with" */
#define DIARY_TAG_MAX TEXT_TAG_MAX /* core/text.h: tags are shared */
#define DIARY_TAGS_MAX 30
#define DIARY_WITH_MAX 12
/* Things the person ticked as done at a check-in (their daily list, say):
 * each one line, folded as tags are, at most DIARY_DONE_ITEM_MAX
 * characters (as long as any list item elsewhere in Waymark may be). */
#define DIARY_DONE_MAX 50
#define DIARY_DONE_ITEM_MAX 500

enum diary_helped {
	HELPED_UNSAID = 0,
	HELPED_A_LOT,
	HELPED_A_LITTLE,
	HELPED_NOT_AT_ALL,
	HELPED__MAX
};

/* A person's own tracker: a scale on a range they choose (energy 1-5), a
 * yes/no (took my medication), or a count (minutes of exercise). Its key is
 * made once from its first name and never changes, so renaming keeps its
 * history; retiring hides it from new check-ins and keeps its history. */
#define TRACKER_KIND "tracker"
#define TRACKER_KEY_MAX 40
#define TRACKER_NAME_MAX 60
#define TRACKERS_MAX 40
#define TRACKER_COUNT_MAX 1000000

enum tracker_type {
	TRACKER_SCALE = 1,
	TRACKER_YESNO,
	TRACKER_COUNT,
};

struct tracker {
	int64_t id;
	char key[TRACKER_KEY_MAX + 1];
	char *name;
	enum tracker_type type;
	int min, max;          /* TRACKER_SCALE: the range, e.g. 1 and 5 */
	char *unit;            /* TRACKER_COUNT: "minutes", or NULL */
	int lower_is_better;   /* a higher value means things are harder */
	int retired;
};

struct tracker_list {
	struct tracker *items;
	size_t n;
};

void tracker_init(struct tracker *t);
void tracker_release(struct tracker *t);
void tracker_list_release(struct tracker_list *l);
/* Sets t's name (trimmed, one line, 1..TRACKER_NAME_MAX characters). */
int tracker_set_name(struct tracker *t, const char *name, struct err *err) WU;
/* "1-5", "0-10": a range of whole numbers with at most 100 steps. */
int tracker_parse_range(struct tracker *t, const char *s, struct err *err) WU;
int tracker_set_unit(struct tracker *t, const char *unit, struct err *err) WU;
/* The whole definition's rules (type, range, name). */
int tracker_validate(const struct tracker *t, struct err *err) WU;
/* A value as typed: a whole number in the range (scale), yes/no (stored
 * as 1/0), or a whole number from 0 (count). ERR_INPUT naming the tracker. */
int tracker_parse_value(const struct tracker *t, const char *s, int *out,
			struct err *err) WU;
/* "3 (of 1-5)", "yes", "45 minutes", appended to out. */
void tracker_format_value(const struct tracker *t, int value, struct buf *out);
/* A short description of the kind: "1 to 5", "yes or no", "a count". */
void tracker_describe(const struct tracker *t, struct buf *out);
/* Finds a tracker by its name (ignoring case) or its key; NULL if none. */
const struct tracker *tracker_find(const struct tracker_list *l, const char *name);
json_t *tracker_to_data(const struct tracker *t);
int tracker_from_data(json_t *data, struct tracker *t, struct err *err) WU;
/* For import: checks a tracker body and returns it as stored (new ref). */
json_t *diary_normalise_tracker(json_t *data, struct err *err);

/* One tracker's value in a check-in. */
struct checkin_value {
	char key[TRACKER_KEY_MAX + 1];
	int value;
};

struct checkin {
	int64_t id;           /* 0 until stored */
	char uid[33];
	struct wlocal when;   /* local date, time and UTC offset */
	time_t created, updated;
	int mood;             /* 0..10, or -1 if not given */
	int bed, wake;        /* minutes after midnight, or -1 */
	int quality;          /* sleep quality 1..5, or 0 if not given */
	char *before;         /* what happened just before */
	int alone;            /* 1: on my own */
	char **with;          /* names of people I was with */
	size_t nwith;
	char *coped;          /* how I coped */
	enum diary_helped helped;
	char **tags;          /* lower case, unique */
	size_t ntags;
	char *note;
	char *win;            /* one small win */
	char **done;          /* things ticked as done: folded, unique, in the
				 order given (JSON "done") */
	size_t ndone;
	struct checkin_value *values; /* the person's own trackers */
	size_t nvalues;
	int for_appointment;  /* 1: flagged to take to an appointment; stored
				 as "for_appointment": true in the body, and
				 absent when not flagged */
};

void checkin_init(struct checkin *c);
void checkin_release(struct checkin *c);

/* The words that go with a mood score ("okay" for 5). mood 0..10. */
const char *diary_mood_word(int mood);
/* "very poorly" .. "very well" for quality 1..5. */
const char *diary_quality_word(int quality);
/* "a-lot", "a-little", "not-at-all" (the option and JSON spelling), or
 * NULL for HELPED_UNSAID; and the words for people ("a lot"). */
const char *diary_helped_name(enum diary_helped h);
const char *diary_helped_words(enum diary_helped h);

/* Parsers for what a person types, each failing with ERR_INPUT and a kind
 * message naming the field. Empty input is not allowed here (callers treat
 * "skip" before calling). */
int diary_parse_mood(const char *s, int *out, struct err *err) WU;
int diary_parse_quality(const char *s, int *out, struct err *err) WU;
int diary_parse_helped(const char *s, enum diary_helped *out, struct err *err) WU;
/* "alone", or names separated by commas; replaces c's alone/with. */
int diary_parse_with(struct checkin *c, const char *s, struct err *err) WU;
/* Tags separated by commas, each normalised by text_tag() (core/text.h:
 * a leading # dropped, lower case, single spaces); appended to c's tags
 * without duplicates. */
int diary_parse_tags(struct checkin *c, const char *s, struct err *err) WU;
/* One thing done ("Take my tablets"), folded as tags are (text_fold_spaces:
 * lower case, every run of white space, line breaks too, one space) and
 * appended to c's done list unless it is there already. Commas are kept:
 * one call is one item. Empty text adds nothing. ERR_INPUT (field "done")
 * for text that is not valid UTF-8 without control characters, longer
 * than DIARY_DONE_ITEM_MAX characters, or a list already holding
 * DIARY_DONE_MAX items. */
int diary_parse_done(struct checkin *c, const char *s, struct err *err) WU;
/* 1 if a and b name the same thing done once both are folded as
 * diary_parse_done folds them ("Take my  tablets" and "take my tablets"). */
int diary_done_eq(const char *a, const char *b);
/* Sets one of c's text fields (before, coped, note, win) from s: trimmed,
 * checked (valid text, within max), and NULL when empty. */
int diary_set_text(char **field, const char *name, const char *s, size_t max,
		   struct err *err) WU;

/* "NAME=VALUE" for one of defs' active trackers; replaces an earlier value
 * for it. ERR_INPUT for an unknown or retired tracker, or a bad value. */
int diary_parse_track(struct checkin *c, const struct tracker_list *defs,
		      const char *arg, struct err *err) WU;
/* Sets (or with value < 0 and clear set, removes) a tracker's value. */
void checkin_set_value(struct checkin *c, const char *key, int value);
void checkin_clear_value(struct checkin *c, const char *key);
/* 1 and *value if c holds a value for key, else 0. */
int checkin_value(const struct checkin *c, const char *key, int *value);

/* What a person typed in the check-in form (Today, or editing an entry),
 * as text; each field "" when left empty, never NULL. */
struct checkin_fields {
	const char *mood, *bed, *wake, *quality, *before, *company, *with,
		   *coped, *helped, *tags, *note, *win, *date, *time;
	const struct tracker_list *defs; /* every tracker, retired ones too */
	const char *const *tvals;        /* what is typed for each of defs */
	const char *const *done;         /* the things ticked as done */
	size_t ndone;
};
/* Reads the form into c with the CLI's rules and parsers: mood, bed and
 * wake (both or neither, ERR_INPUT field "slept"), quality, before,
 * company ("alone" or "with") and with (names; not both with "alone"),
 * coped, helped, tags, note, win, the things done, then the moment: an empty date is
 * today, an empty time now (or midday on another day); then each active
 * tracker's value (empty clears it; a retired tracker keeps what c had;
 * a bad value fails with field "track-KEY"); then checkin_validate. For
 * an edit, c holds the entry and every field is replaced. ERR_INPUT
 * naming the field on bad input, c then partly changed (callers discard
 * it). Writes nothing. */
int checkin_from_fields(const struct checkin_fields *f, struct checkin *c,
			struct err *err) WU;
/* Reads the JSON body of an API write (text, len bytes) into c: the
 * stored fields (checkin_from_data's rules), plus "date" and "time" as
 * text. Fields that --json shows but nobody sets (id, uid, created,
 * updated, utc_offset, mood_words, sleep.minutes) are ignored, so what a
 * GET returns can be sent back. Duplicate keys are refused. With patch,
 * c already holds the entry and only the fields present change (null
 * clears one); otherwise c's body is replaced, keeping its id, uid,
 * created and updated, and c's moment is the default for date and time.
 * ERR_INPUT on bad input, c then unchanged. */
int checkin_from_json_body(const char *text, size_t len, struct checkin *c,
			   int patch, struct err *err) WU;

/* The whole-entry rules: something must be given; helped needs coped;
 * not both alone and with people; a date that is not in the future. */
int checkin_validate(const struct checkin *c, struct err *err) WU;
/* 1 if the entry should bring up the crisis contacts: a mood of 0, or
 * crisis words in any of its text. */
int checkin_is_crisis(const struct checkin *c);
/* Minutes asleep, or -1 if bed/wake are not both given. */
int checkin_sleep_minutes(const struct checkin *c);
/* 1 if any of the words (all of them, ignoring case) appear in the
 * entry's text, tags, names or things done. */
int checkin_matches(const struct checkin *c, char *const *words, size_t nwords);

/* The stored body: what the person wrote, no ids or dates. New reference. */
json_t *checkin_to_data(const struct checkin *c);
/* Reads a body back, checking every field as strictly as input; unknown
 * fields are refused (ERR_INPUT naming them). */
int checkin_from_data(json_t *data, struct checkin *c, struct err *err) WU;
/* For import: checks a body and returns it in the form Waymark stores (a new
 * reference), or NULL with err set. */
json_t *diary_normalise_data(json_t *data, struct err *err);
/* The form shown by --json and the API: the body plus id, uid, date, time,
 * UTC offset, created and updated, and helpful extras (mood words, hours
 * slept). New reference. */
json_t *checkin_to_json(const struct checkin *c);

/* A list of check-ins, owned. */
struct checkin_list {
	struct checkin *items;
	size_t n;
};
void checkin_list_release(struct checkin_list *l);

/* store.c: check-ins in the vault. */
int diary_add(struct waymark *wm, struct checkin *c, struct err *err) WU;
/* Saves changes to c (found by c->id). 1 if there is no such entry. */
int diary_update(struct waymark *wm, struct checkin *c, struct err *err) WU;
/* 1 if there is no entry with that id. */
int diary_get(struct waymark *wm, int64_t id, struct checkin *out,
	      struct err *err) WU;
int diary_delete(struct waymark *wm, int64_t id, struct err *err) WU;
int diary_trash(struct waymark *wm, int64_t id, struct err *err) WU;
int diary_untrash(struct waymark *wm, int64_t id, struct err *err) WU;

struct diary_query {
	const char *from, *to; /* days, inclusive, or NULL */
	long limit, offset;    /* 0: all */
	int oldest_first;
	char *const *words;    /* search words (all must match), or NULL */
	size_t nwords;
};
int diary_list(struct waymark *wm, const struct diary_query *q,
	       struct checkin_list *out, struct err *err) WU;
/* Every tag used so far with how often, most used first (for suggestions).
 * Appends to names/counts; caller frees names and the arrays. */
int diary_tag_counts(struct waymark *wm, char ***names, long **counts,
		     size_t *n, struct err *err) WU;
/* The person's trackers, in the order they were made; retired ones too
 * when all is set. */
int diary_trackers(struct waymark *wm, int all, struct tracker_list *out,
		   struct err *err) WU;
/* Stores a new tracker, giving it a key made from its name that no other
 * tracker has. ERR_INPUT if the name is taken or there are too many. */
int diary_tracker_add(struct waymark *wm, struct tracker *t, struct err *err) WU;
/* Saves a changed tracker (found by t->id). ERR_INPUT if its new name is
 * another tracker's. */
int diary_tracker_update(struct waymark *wm, struct tracker *t, struct err *err) WU;
/* 1 if a check-in on day already holds sleep times. */
int diary_day_has_sleep(struct waymark *wm, struct wdate day, struct err *err);

/* A day-by-day view of mood for charts: for each of ndays days from
 * first, the mean mood of that day's check-ins (NAN when there is none),
 * how many check-ins gave a mood, and the mean of the daily means over the
 * 7 days ending that day (NAN when none of them has a mood). The arrays
 * have ndays entries each. l may be in any order. */
void diary_daily_mood(const struct checkin_list *l, struct wdate first, int ndays,
		      double *mean, int *count, double *avg7);

/* cmd.c */
int diary_cmd_checkin(struct waymark *wm, int argc, char **argv);
int diary_cmd(struct waymark *wm, int argc, char **argv);
int diary_cmd_tracker(struct waymark *wm, int argc, char **argv);

/* page.c: the Today page (the check-in form), the diary, one entry, edit,
 * delete with undo, the appointment flag, the mood chart, and the JSON API
 * under /api/v1/. */
struct web_req;
struct web_resp;
int diary_page_today(struct web_req *req, struct web_resp *resp);
int diary_page_checkin_post(struct web_req *req, struct web_resp *resp);
int diary_page_list(struct web_req *req, struct web_resp *resp);
int diary_page_entry(struct web_req *req, struct web_resp *resp);
int diary_page_edit(struct web_req *req, struct web_resp *resp);
int diary_page_edit_post(struct web_req *req, struct web_resp *resp);
int diary_page_delete_post(struct web_req *req, struct web_resp *resp);
/* POST /diary/:id/flag with flag=1 or flag=0: sets or takes off the
 * "for my appointment" flag and goes back to the entry. */
int diary_page_flag_post(struct web_req *req, struct web_resp *resp);
int diary_page_undo_post(struct web_req *req, struct web_resp *resp);
int diary_page_mood(struct web_req *req, struct web_resp *resp);
int diary_api_list(struct web_req *req, struct web_resp *resp);
int diary_api_create(struct web_req *req, struct web_resp *resp);
int diary_api_get(struct web_req *req, struct web_resp *resp);
int diary_api_update(struct web_req *req, struct web_resp *resp);
int diary_api_delete(struct web_req *req, struct web_resp *resp);
/* For web.h's tag-count hook: how many check-ins on the last `days` days
 * (today included) hold each of tags (as stored: text_tag's form). counts
 * stay 0 if the diary cannot be read. */
void diary_page_tag_counts(struct web_req *req, char *const *tags, size_t n,
			   int days, long *counts);

#endif
