/* SPDX-License-Identifier: MIT */
/*
 * areas.h: life areas, the personal side of recovery. The person rates how
 * each area of their life is going, from 1 to 10, as often as they like,
 * and sees how far they have come ("distance travelled").
 *
 * A set of areas ships as a data file (data/areas/NAME.json, format in
 * docs/life-areas.md): "life", ten everyday areas in Waymark's own words,
 * and "chime", the five CHIME recovery processes. The person may rename,
 * add, hide and reorder areas; their changes are kept in one record per set
 * (kind "area-set") and laid over the shipped file, so wording fixes in a
 * later Waymark still reach areas they have not renamed. Every area has a
 * stable id that never changes, and ratings refer to areas by id, so
 * history survives renames.
 *
 * Records: "area-set" (the person's changes to a set, undated),
 * "area-rating" (one sitting: a score for some of a set's areas, dated) and
 * "area-focus" (the area the person chose to focus on, dated; the newest
 * is the current one).
 *
 * model.c holds the rules (no I/O), store.c maps them to vault records,
 * cmd.c the CLI. A web page calls the same model and store functions.
 */
#ifndef WAYMARK_AREAS_H
#define WAYMARK_AREAS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define AREAS_SET_KIND "area-set"
#define AREAS_RATING_KIND "area-rating"
#define AREAS_FOCUS_KIND "area-focus"

/* The rating scale. */
#define AREAS_SCORE_MIN 1
#define AREAS_SCORE_MAX 10
/* Limits, in characters. */
#define AREAS_ID_MAX 23      /* [a-z0-9-], starting with a letter or digit */
#define AREAS_NAME_MAX 60
#define AREAS_ABOUT_MAX 300
#define AREAS_NOTE_MAX 2000
#define AREAS_MAX 30         /* areas in one set, shown or hidden */

/* The set the commands use when none is named. */
#define AREAS_DEFAULT_SET "life"

struct area {
	char *id;     /* stable; ratings refer to it */
	char *name;   /* what the person sees (their own name if renamed) */
	char *about;  /* a short description or prompt; may be NULL */
	int hidden;   /* not asked when rating, kept in history */
	int own;      /* added by the person (not in the shipped file) */
	int renamed;  /* a shipped area the person renamed or described */
};

struct area_set {
	char *id;     /* "life" */
	char *name;   /* "Life areas" */
	char *about;
	struct area *areas; /* in the person's order */
	size_t nareas;
};

void area_set_init(struct area_set *s);
void area_set_release(struct area_set *s);

/* The ids of the shipped sets, in a fixed order ("life", "chime"); the
 * array and strings are static. */
const char *const *areas_set_ids(size_t *n);

/* Parses and checks a set definition (the JSON text of a data file):
 * format "waymark-area-set", version 1, an id, a name, and 1..AREAS_MAX
 * areas each with a unique id, a name and an optional about, all within
 * the limits above; unknown fields are refused. On error: ERR_INPUT with
 * a message naming origin and the problem ("life.json: area 3 has no
 * 'name'"), and out is left empty. out must be initialised. */
int area_set_parse(const char *text, size_t len, const char *origin,
		   struct area_set *out, struct err *err) WU;
/* Loads the shipped set with this id (case ignored) from the embedded
 * data. Unknown id: ERR_INPUT naming the sets there are. */
int area_set_load(const char *id, struct area_set *out, struct err *err) WU;

/* Lays the person's changes (the body of an "area-set" record) over a
 * shipped set: their order, names, descriptions, hidden flags and own
 * areas. Shipped areas missing from the changes (new in a later Waymark)
 * go at the end. ERR_INPUT if the changes are malformed. */
int area_set_apply(struct area_set *s, json_t *changes, struct err *err) WU;
/* The body of an "area-set" record that turns shipped into s (new
 * reference): every area in order, with name/about only where they
 * differ from the shipped wording. */
json_t *area_set_changes(const struct area_set *s, const struct area_set *shipped);
/* For import: checks an "area-set" body and returns it normalised (new
 * reference), or NULL with err set. */
json_t *areas_normalise_set(json_t *data, struct err *err);

/* Finds the area a person means by name: the id or the whole name (case
 * ignored) first, else the one area whose name starts with it. Sets *idx.
 * ERR_INPUT (field "area") if none matches ("there is no area called
 * 'Wealth' in Life areas; the areas are: ...") or several do. */
int area_find(const struct area_set *s, const char *name, size_t *idx,
	      struct err *err) WU;
/* Number of areas not hidden. */
size_t area_set_nshown(const struct area_set *s);

/* Changes a set in memory; ERR_INPUT (naming the field) for bad input:
 * an empty or over-long name, a name another area already has, a position
 * outside 1..nareas, hiding the last shown area. */
int area_rename(struct area_set *s, size_t idx, const char *name,
		const char *about, struct err *err) WU;
/* Adds an own area at the end with a new id ("own-1", "own-2", ...);
 * *idx receives its index. */
int area_add(struct area_set *s, const char *name, const char *about,
	     size_t *idx, struct err *err) WU;
int area_set_hidden(struct area_set *s, size_t idx, int hidden,
		    struct err *err) WU;
/* Moves the area to position pos (1 is first). */
int area_move(struct area_set *s, size_t idx, size_t pos, struct err *err) WU;

/* A score typed by a person: a whole number from 1 to 10. ERR_INPUT
 * (field "score") naming the area otherwise. */
int area_parse_score(const char *s, const char *area_name, int *out,
		     struct err *err) WU;

struct area_score {
	char *area;   /* the area's id */
	char *name;   /* its name when rated (history shows today's name) */
	int score;    /* 1..10 */
	char *note;   /* optional, may be NULL */
};

/* One sitting: scores for some areas of one set. */
struct area_rating {
	int64_t id;           /* 0 until stored */
	char uid[33];
	struct wlocal when;
	time_t created, updated;
	char *set;            /* the set's id */
	struct area_score *scores;
	size_t nscores;
};

void area_rating_init(struct area_rating *r);
void area_rating_release(struct area_rating *r);
/* Sets (or replaces) the score and note for area idx of s; note may be
 * NULL or empty. Scores are kept in the set's order. ERR_INPUT for a score
 * outside 1..10 or a bad note. */
int area_rating_set(struct area_rating *r, const struct area_set *s,
		    size_t idx, int score, const char *note, struct err *err) WU;
/* The score the rating gives the area with this id, or 0 if none. */
int area_rating_score(const struct area_rating *r, const char *area_id);
/* The whole-rating rules: a set, at least one score, unique areas, scores
 * 1..10, a real date not in the future. */
int area_rating_validate(const struct area_rating *r, struct err *err) WU;

/* The stored body (new reference) and back; unknown fields are refused. */
json_t *area_rating_to_data(const struct area_rating *r);
int area_rating_from_data(json_t *data, struct area_rating *r,
			  struct err *err) WU;
json_t *areas_normalise_rating(json_t *data, struct err *err);
/* The form shown by --json: id, uid, date, time, utc_offset, created,
 * updated, set and scores. New reference. */
json_t *area_rating_to_json(const struct area_rating *r);

struct area_rating_list {
	struct area_rating *items;
	size_t n;
};
void area_rating_list_release(struct area_rating_list *l);

/* Distance travelled between two ratings of one set. */
struct area_change {
	const struct area *area; /* borrowed from the set */
	int from, to;            /* scores, or 0 if not rated that time */
	int change;              /* to - from when both are rated, else 0 */
};

struct area_distance {
	struct area_change *items; /* the set's areas, in its order, that
				      were rated at least one of the times */
	size_t n;
	size_t compared;  /* areas rated both times */
	int total;        /* sum of their changes */
	double mean;      /* total / compared, 0 if none */
	int up, down, same; /* how many areas moved each way */
};

/* Works out the distance from `from` to `to` (both of set s). Allocates
 * out->items (borrowing s's areas: s must outlive out); release with
 * area_distance_release(). */
void area_distance(const struct area_set *s, const struct area_rating *from,
		   const struct area_rating *to, struct area_distance *out);
void area_distance_release(struct area_distance *d);
json_t *area_distance_to_json(const struct area_distance *d,
			      const struct area_rating *from,
			      const struct area_rating *to);

/* One point of an area's history, for a chart. */
struct area_point {
	int64_t rating_id;
	struct wdate date;
	int minute;
	int score;
};
/* The scores the area with this id was given in the list's ratings, in
 * the list's order (ratings that skipped it are left out). *points is
 * allocated (caller frees); *n receives the count. */
void area_series(const struct area_rating_list *l, const char *area_id,
		 struct area_point **points, size_t *n);
/* The mean score of a rating (for a one-line summary), or 0 if empty. */
double area_rating_mean(const struct area_rating *r);

/* The chosen focus area. */
struct area_focus {
	int64_t id;
	char uid[33];
	struct wlocal when;
	time_t created, updated;
	char *set;
	char *area;  /* id */
	char *name;  /* its name when chosen */
};
void area_focus_init(struct area_focus *f);
void area_focus_release(struct area_focus *f);
json_t *area_focus_to_data(const struct area_focus *f);
int area_focus_from_data(json_t *data, struct area_focus *f,
			 struct err *err) WU;
json_t *areas_normalise_focus(json_t *data, struct err *err);

/* store.c */
/* The set as the person has it: the shipped file with their changes laid
 * over it. */
int areas_get_set(struct waymark *wm, const char *set_id,
		  struct area_set *out, struct err *err) WU;
/* Saves the person's changes to s (one "area-set" record per set). */
int areas_save_set(struct waymark *wm, const struct area_set *s,
		   struct err *err) WU;
/* Checks and stores a new rating; fills its id, uid and times. */
int areas_add_rating(struct waymark *wm, struct area_rating *r,
		     struct err *err) WU;
/* Ratings of one set (NULL: every set), oldest first. */
int areas_list_ratings(struct waymark *wm, const char *set_id,
		       struct area_rating_list *out, struct err *err) WU;
/* 1 if there is no rating with that id. */
int areas_get_rating(struct waymark *wm, int64_t id, struct area_rating *out,
		     struct err *err) WU;
int areas_add_focus(struct waymark *wm, struct area_focus *f,
		    struct err *err) WU;
/* The current (newest) focus; 1 if none has been chosen. */
int areas_get_focus(struct waymark *wm, struct area_focus *out,
		    struct err *err) WU;

/* cmd.c */
int areas_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: the web pages, each for the set in ?set= (or the form's "set"),
 * "life" by default. GET /areas: the rating form (every shown area, 1 to
 * 10 or skipped, each with an optional note, and an optional earlier day)
 * and the focus area. POST /areas saves a rating and goes to
 * /areas/history?saved=ID. GET /areas/history: the distance travelled
 * between two ratings (?from=ID&to=ID, by default the first and latest)
 * as a wheel and a table of the same numbers, then every rating side by
 * side with the notes. GET /areas/edit and the POSTs /areas/rename,
 * /areas/add, /areas/hide, /areas/show and /areas/move (fields set, area
 * as an id, name, about, position) make the set the person's own; POST
 * /areas/focus records a focus area and shows a link to start a goal for
 * it (/goals/new?area=NAME, only when that page exists). Bad input: the
 * page again with the message beside the field, the typing kept, status
 * 400, nothing written. */
struct web_req;
struct web_resp;
int areas_page_rate(struct web_req *req, struct web_resp *resp);
int areas_page_rate_post(struct web_req *req, struct web_resp *resp);
int areas_page_history(struct web_req *req, struct web_resp *resp);
int areas_page_edit(struct web_req *req, struct web_resp *resp);
int areas_page_rename_post(struct web_req *req, struct web_resp *resp);
int areas_page_add_post(struct web_req *req, struct web_resp *resp);
int areas_page_hide_post(struct web_req *req, struct web_resp *resp);
int areas_page_show_post(struct web_req *req, struct web_resp *resp);
int areas_page_move_post(struct web_req *req, struct web_resp *resp);
int areas_page_focus_post(struct web_req *req, struct web_resp *resp);

#endif
