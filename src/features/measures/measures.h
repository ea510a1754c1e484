/* SPDX-License-Identifier: MIT */
/*
 * measures.h: symptom questionnaires, the clinical side of recovery. A
 * measure is defined by a data file (format in docs/measures.md): its
 * items and answer options with their values, how the total is worked out
 * (a sum or a mean, optionally through a lookup table), severity bands,
 * the clinical cut-off and reliable-change constant, risk items, codes
 * (LOINC, SNOMED CT) and the attribution that must be shown with it.
 *
 * Waymark ships PHQ-9, PHQ-2, GAD-7 and GAD-2 (data/measures/). A person or
 * service holding a licence for another measure (WEMWBS, ReQoL ...) adds its
 * definition as a file in $XDG_DATA_HOME/waymark/measures/ — no code. Every
 * file is checked when it is loaded; a bad one is named with its problem
 * and left out, never half-used.
 *
 * Rules that matter for safety and honesty (../shared/reference/
 * instruments.md §1-2):
 *  - missing answers are never filled in: a response with a scored item
 *    unanswered is stored as "incomplete" with no total;
 *  - an answer above the lowest option on a risk item (PHQ-9 item 9) calls
 *    for the safety response at once, and the event is stored in the
 *    response; there is no "risk level" or risk score anywhere;
 *  - bands and indicators describe scores, never a person, and are never a
 *    diagnosis; NHS Talking Therapies rules appear only as
 *    "Talking-Therapies-style indicators".
 *
 * model.c: parsing and checking definitions, scoring, bands, reliable
 * change and the indicators (no I/O). catalog.c: loading the shipped and
 * the person's definition files. store.c: responses as vault records of
 * kind "measure". cmd.c: the CLI.
 */
#ifndef WAYMARK_MEASURES_H
#define WAYMARK_MEASURES_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define MEASURES_KIND "measure"
#define MEASURES_FORMAT "waymark-measure"
/* Limits for definition files. */
#define MEASURES_ID_MAX 23
#define MEASURES_ITEMS_MAX 100
#define MEASURES_OPTIONS_MAX 12
#define MEASURES_TEXT_MAX 1000
#define MEASURES_FILE_MAX (1u << 20)

struct measure_option {
	int value;
	char *label;
	char *loinc;   /* answer code, or NULL */
};

struct measure_item {
	char *id;      /* unique in the measure, e.g. "9" */
	char *text;    /* the wording, exactly as published */
	char *loinc;   /* or NULL */
	int scored;    /* counts towards the total (difficulty does not) */
	int reverse;   /* scored as (lowest + highest) - value */
	int risk;      /* any answer above the lowest option calls for the
			  safety response */
	struct measure_option *options; /* the item's own or the measure's */
	size_t noptions;
	int lowest, highest;            /* option values */
};

struct measure_band {
	double from;   /* the band runs from here up to the next band's from */
	char *label;   /* "moderate" */
};

enum measure_method { MEASURE_SUM, MEASURE_MEAN };

/* The role of a measure in the Talking-Therapies-style indicators. */
enum measure_role {
	MEASURE_ROLE_NONE = 0,
	MEASURE_ROLE_DEPRESSION, /* PHQ-9 */
	MEASURE_ROLE_ANXIETY,    /* GAD-7 */
	MEASURE_ROLE__MAX
};

struct measure_point {
	double raw, value;
};

struct measure {
	char *id;           /* "phq9" */
	char *name;         /* "PHQ-9" */
	char *title;
	char *about;        /* a line in our own words */
	char *licence;      /* "ship" or "user-supplied" */
	char *copyright;    /* the attribution shown with the measure */
	char *source;       /* where the wording comes from, or NULL */
	char *instructions; /* the stem read before the items */
	char *loinc;        /* panel code, or NULL */
	char *origin;       /* "built in" or the file it came from */
	int shipped;
	struct measure_item *items;
	size_t nitems, nscored;
	enum measure_method method;
	int higher_is_better;
	char *score_loinc, *score_snomed;
	struct measure_point *transform; /* raw total -> reported value */
	size_t ntransform;
	double min, max;    /* the possible totals */
	struct measure_band *bands;
	size_t nbands;
	int has_caseness;
	double caseness;    /* at or above it (below, if higher_is_better):
			       a case */
	int has_rc;
	double reliable_change; /* the smallest reliable change */
	enum measure_role role;
	char *suggest;      /* a quick check: the full measure's id, or NULL */
	double suggest_at;  /* ... suggested at this total or more */
};

void measure_init(struct measure *m);
void measure_release(struct measure *m);

/* Parses and checks one definition (the text of a file) into m, which must
 * be initialised. origin names it in messages ("phq9.json" or a path).
 * Checks, each failing with ERR_INPUT and a message naming origin and the
 * problem: readable JSON; format "waymark-measure" and version 1; no
 * unknown fields; an id, name, title, about, licence ("ship" or
 * "user-supplied"), copyright and instructions; 1..100 items with unique
 * ids and text; 2..12 options per item with unique whole-number values and
 * labels; at least one scored item; a method "sum" or "mean" and higher_is
 * "worse" or "better"; a transform (only with "sum") that gives a value for
 * every possible raw total; bands in rising order starting at the lowest
 * possible total and within the possible range; caseness within the range;
 * reliable_change above 0; a role of "depression" or "anxiety"; suggest
 * naming another measure (checked by the catalogue). On error m is left
 * empty. */
int measure_parse(const char *text, size_t len, const char *origin,
		  int shipped, struct measure *m, struct err *err) WU;

/* All the measures there are: the shipped ones, then the person's. */
struct measure_catalog {
	struct measure *items;
	size_t n;
	char **problems;    /* one message per definition file left out */
	size_t nproblems;
};

void measure_catalog_init(struct measure_catalog *c);
void measure_catalog_release(struct measure_catalog *c);
/* Loads the shipped definitions (a problem there is a bug: -1) and every
 * *.json file in dir (NULL: $XDG_DATA_HOME/waymark/measures, see
 * file_data_path; a missing folder is fine). A person's file that fails
 * measure_parse, reuses a shipped id or name, claims a role already taken,
 * or suggests a measure that is not there is left out and its problem
 * added to c->problems; the rest load. */
int measure_catalog_load(struct measure_catalog *c, const char *dir,
			 struct err *err) WU;
/* The measure a person means: its id or name, ignoring case and any '-'
 * or ' ' ("PHQ-9", "phq9"), or NULL. Borrowed from c. */
const struct measure *measure_find(const struct measure_catalog *c,
				   const char *name);
/* 1 if a and b name the same measure: equal ignoring case, '-' and ' '
 * ("PHQ-9", "phq9" and "Phq 9" are one). */
int measure_name_eq(const char *a, const char *b);
/* The measure playing the role, or NULL. */
const struct measure *measure_catalog_role(const struct measure_catalog *c,
					   enum measure_role role);

/* One answer: an item's id and the option value chosen. */
struct measure_answer {
	char *item;
	int value;
};

/* What the answers come to. */
struct measure_result {
	int complete;   /* every scored item answered */
	size_t missing; /* scored items without an answer */
	double total;   /* the reported total; 0 unless complete */
	const struct measure_band *band; /* borrowed; NULL if incomplete or
					    the measure has no bands */
	int safety;     /* a risk item answered above its lowest option */
};

/* Checks answers against m (known items, each at most once, values among
 * the item's options) and works out the result: never prorated, so any
 * missing scored item means complete = 0 and no total. ERR_INPUT naming
 * the item for a bad answer. */
int measure_score(const struct measure *m, const struct measure_answer *a,
		  size_t n, struct measure_result *out, struct err *err) WU;
/* The band a total falls in (the last band whose from <= total), or NULL
 * if the measure has none. */
const struct measure_band *measure_band_for(const struct measure *m,
					    double total);
/* 1 if the total is at caseness (above the clinical cut-off), 0 if not,
 * -1 if the measure has no cut-off. */
int measure_is_case(const struct measure *m, double total);
/* Reliable change from first to last: +1 a reliable improvement, -1 a
 * reliable deterioration, 0 neither or no constant (the direction follows
 * higher_is: for PHQ-9 a fall of 6 or more is an improvement). */
int measure_reliable_change(const struct measure *m, double first, double last);
/* "12" or "12.5": a total as people read it, appended to out. */
struct buf;
void measure_format_total(struct buf *out, double total);
/* "12 out of 27": a total and the highest possible, appended to out. */
void measure_format_out_of(struct buf *out, const struct measure *m,
			   double total);
/* Where a band runs, appended to out: "10 to 14" for whole-number totals
 * (up to one below the next band's start, or to the highest possible
 * total for the last band); "2.5 up to 3" for a mean or a transformed
 * total, whose bands meet at the next band's start. band must be one of
 * m's bands. */
void measure_band_range(struct buf *out, const struct measure *m,
			const struct measure_band *band);
/* A total as JSON: a whole number when it is one, else a real. New
 * reference. */
json_t *measure_total_to_json(double total);

/* Parses "0,1,2,..." (--answers): one value per item in order, either for
 * every item or for the scored items only (the unscored ones, such as the
 * difficulty question, are then left unanswered). "-" leaves a scored item
 * unanswered. Each value must be one of that item's options. ERR_INPUT
 * (field "answers") with a kind message otherwise. *out is allocated
 * (release with measure_answers_free). */
int measure_parse_answers(const struct measure *m, const char *s,
			  struct measure_answer **out, size_t *n,
			  struct err *err) WU;
void measure_answers_free(struct measure_answer *a, size_t n);

/* The Talking-Therapies-style indicators (instruments.md §2), between a
 * first and a last score on the depression and anxiety measures. */
struct measure_indicators {
	int case_first, case_last;  /* caseness at each point */
	int imp_dep, det_dep, imp_anx, det_anx; /* reliable change on each */
	int reliable_improvement;   /* a reliable fall on one, no rise */
	int reliable_deterioration; /* a reliable rise on one, no fall */
	int recovery;               /* -1 not applicable (not a case at first),
				       else 1 if no longer a case */
	int reliable_recovery;      /* -1 not applicable, else recovery and
				       reliable improvement */
};
void measure_indicators(const struct measure *dep, double dep_first,
			double dep_last, const struct measure *anx,
			double anx_first, double anx_last,
			struct measure_indicators *out);

/* A stored response. */
struct measure_response {
	int64_t id;          /* 0 until stored */
	char uid[33];
	struct wlocal when;
	time_t created, updated;
	char *measure;       /* the definition's id */
	struct measure_answer *answers;
	size_t nanswers;
	int complete;
	double total;        /* as worked out when taken; 0 if incomplete */
	char **safety;       /* risk items that called for the safety
				response when taken (the recorded event) */
	size_t nsafety;
};

void measure_response_init(struct measure_response *r);
void measure_response_release(struct measure_response *r);
/* Fills r's measure, status, total and safety events from its answers
 * (which it takes over: *a is set to NULL). */
int measure_response_fill(struct measure_response *r, const struct measure *m,
			  struct measure_answer **a, size_t n,
			  struct err *err) WU;
/* The answer to the item with this id, or -1 if none. */
int measure_response_answer(const struct measure_response *r, const char *item);

/* The stored body and back: {"measure", "answers": {ITEM: VALUE},
 * "status": "complete"|"incomplete", "total"?, "safety_response"?: [ITEM]}.
 * from_data checks the shape strictly; when the definition is known
 * (m not NULL) it also checks the answers and that total, status and
 * safety_response agree with them. */
json_t *measure_response_to_data(const struct measure_response *r);
int measure_response_from_data(json_t *data, const struct measure *m,
			       struct measure_response *r, struct err *err) WU;
/* For import: checks a body (against its definition when this Waymark has
 * it) and returns it normalised (new reference), or NULL with err set. */
json_t *measures_normalise_response(json_t *data, struct err *err);

struct measure_response_list {
	struct measure_response *items;
	size_t n;
};
void measure_response_list_release(struct measure_response_list *l);

/* One response seen in its history. */
struct measure_entry {
	const struct measure_response *r;  /* borrowed */
	const struct measure *m;           /* NULL if the definition is gone */
	const struct measure_band *band;   /* NULL if none */
	int is_case;          /* as measure_is_case, -1 if incomplete too */
	int has_change;       /* an earlier complete score of this measure */
	double change;        /* total minus the first complete total */
	int reliable;         /* measure_reliable_change from the first */
};

/* The Talking-Therapies-style view of a list: pairs are days on which both
 * the depression and the anxiety measure were completed (the last of each
 * that day); the indicators compare the first and the last pair. */
struct measure_tt {
	const struct measure *dep, *anx; /* NULL if either is not there */
	size_t npairs;       /* paired days */
	struct wdate first_day, last_day;
	double dep_first, dep_last, anx_first, anx_last;
	struct measure_indicators ind; /* meaningful when npairs >= 2 */
};

/* Fills entries (allocated, one per response in l, same order; caller
 * frees) and tt from a list in time order and the catalogue. */
void measure_history(const struct measure_catalog *c,
		     const struct measure_response_list *l,
		     struct measure_entry **entries, struct measure_tt *tt);
/* The JSON form of one entry (id, uid, measure, name, date, time,
 * utc_offset, status, total, max, band, answers, safety_response,
 * caseness, change_from_first, reliable_change) and of the indicators
 * (null when there are fewer than two paired days). New references. */
json_t *measure_entry_to_json(const struct measure_entry *e);
json_t *measure_tt_to_json(const struct measure_tt *tt);

/* store.c */
/* Stores a new response; fills its id, uid and times. */
int measures_add(struct waymark *wm, struct measure_response *r,
		 struct err *err) WU;
/* Responses to one measure (NULL: every measure), oldest first. */
int measures_list(struct waymark *wm, const char *measure_id,
		  struct measure_response_list *out, struct err *err) WU;

/* cmd.c */
int measures_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: the web pages. GET /measures: the questionnaires there are,
 * each with its latest score. GET /measures/take?m=ID: every item on one
 * page, in the definition's exact wording and options, with its
 * attribution; a risk item carries a crisis box that app.js shows as soon
 * as it is answered above its lowest option. POST /measures/take (fields
 * m, item-ITEMID, date, incomplete) saves and goes to /measures/ID?saved=1;
 * a scored item left unanswered sends the form back (400, answers kept,
 * nothing saved, never prorated) unless "incomplete" asks to save without
 * a total. GET /measures/:id: one response, the crisis box first (before
 * any score) when a risk item was answered above its lowest option, then
 * the total, band, change and the full-measure suggestion of a quick
 * check. GET /measures/history: per measure a chart over its bands and a
 * table of the same numbers, and the Talking-Therapies-style indicators
 * between the first and latest paired days, labelled as not official and
 * not a diagnosis. */
struct web_req;
struct web_resp;
int measures_page(struct web_req *req, struct web_resp *resp);
int measures_page_take(struct web_req *req, struct web_resp *resp);
int measures_page_take_post(struct web_req *req, struct web_resp *resp);
int measures_page_result(struct web_req *req, struct web_resp *resp);
int measures_page_history(struct web_req *req, struct web_resp *resp);

#endif
