/* SPDX-License-Identifier: MIT */
/*
 * recovery.h: "both recoveries". Personal recovery (the person's own
 * ratings of the areas of their life) and clinical recovery (symptom
 * questionnaires) on one time line, beside the person's own words for what
 * recovery means to them. Neither is ranked over the other, and nothing
 * here scores the person: as seed 000 says, someone could describe
 * themselves as recovered at any stage.
 *
 * This feature owns one record kind, "recovery-statement" (the person's
 * words; one record, edited in place), and otherwise reads the areas and
 * measures features through their public headers only.
 *
 * model.c: the statement's rules and JSON, and building the time line and
 * the "since you started" summaries from lists (no I/O). store.c: the
 * statement in the vault, and loading a whole view. cmd.c: the CLI.
 */
#ifndef WAYMARK_RECOVERY_H
#define WAYMARK_RECOVERY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/err.h"
#include "core/wtime.h"
#include "features/areas/areas.h"
#include "features/measures/measures.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define RECOVERY_STATEMENT_KIND "recovery-statement"
#define RECOVERY_STATEMENT_MAX 2000 /* characters */

/* What recovery means to the person, in their own words. */
struct recovery_statement {
	int64_t id;          /* 0 until stored */
	char uid[33];
	struct wlocal when;  /* when it was last written */
	time_t created, updated;
	char *text;
};

void recovery_statement_init(struct recovery_statement *s);
void recovery_statement_release(struct recovery_statement *s);
/* Sets the text from what a person typed: trimmed, valid text (line
 * breaks allowed), 1..RECOVERY_STATEMENT_MAX characters. ERR_INPUT
 * (field "statement") otherwise. */
int recovery_statement_set_text(struct recovery_statement *s, const char *text,
				struct err *err) WU;
/* The stored body {"text": ...} (new reference) and back. */
json_t *recovery_statement_to_data(const struct recovery_statement *s);
int recovery_statement_from_data(json_t *data, struct recovery_statement *s,
				 struct err *err) WU;
json_t *recovery_normalise_statement(json_t *data, struct err *err);

enum recovery_kind { RECOVERY_AREAS, RECOVERY_MEASURE };

/* One moment on the time line. Pointers are borrowed from the view. */
struct recovery_event {
	enum recovery_kind kind;
	struct wlocal when;
	const struct area_rating *rating;        /* RECOVERY_AREAS */
	const struct area_set *set;              /* its set, or NULL */
	const struct measure_entry *entry;       /* RECOVERY_MEASURE */
};

/* Distance travelled in one set of areas, first rating to latest. */
struct recovery_areas {
	struct area_set set;     /* as the person has it */
	size_t nratings;
	const struct area_rating *first, *latest; /* borrowed from the view */
	struct area_distance distance;            /* when nratings >= 2 */
};

/* First and latest complete score of one measure. */
struct recovery_measure {
	const struct measure *m;        /* borrowed from the catalogue */
	const struct measure_entry *first, *latest;
};

struct recovery_view {
	struct recovery_statement statement;
	int has_statement;
	struct area_rating_list ratings;          /* every set, oldest first */
	struct measure_response_list responses;   /* oldest first */
	struct measure_entry *entries;            /* one per response */
	struct measure_tt tt;
	struct recovery_event *events;            /* both kinds, by time */
	size_t nevents;
	struct recovery_areas *areas;             /* one per set rated */
	size_t nareas;
	struct recovery_measure *measures;        /* one per measure taken,
						     complete at least once */
	size_t nmeasures;
};

void recovery_view_init(struct recovery_view *v);
void recovery_view_release(struct recovery_view *v);

/* Builds v's entries, events and measure summaries from v->ratings and
 * v->responses (already filled) and the catalogue c (which must outlive
 * v). v->areas must already hold the sets rated (recovery_load does this);
 * their distances are worked out here. No I/O. */
void recovery_build(struct recovery_view *v, const struct measure_catalog *c);
/* What changed in a set of areas from its first rating to its latest,
 * appended to out (translated): "up 3 points in all over 2 areas", "down
 * 1 point in all over 1 area", "no change in all over 4 areas". Needs
 * ra->nratings >= 2 and ra->distance.compared > 0. */
struct buf;
void recovery_areas_words(struct buf *out, const struct recovery_areas *ra);
/* What changed in a measure from its first complete score to its latest,
 * appended to out (translated): "12 to 4, down 8, a reliable improvement"
 * ("a reliable rise" the other way; no change words when equal). Needs
 * rm->first != rm->latest. */
void recovery_measure_words(struct buf *out, const struct recovery_measure *rm);
/* The whole view as JSON: statement, timeline, areas, measures and the
 * Talking-Therapies-style indicators. New reference. */
json_t *recovery_view_to_json(const struct recovery_view *v);

/* store.c */
/* The person's statement; 1 if they have not written one. */
int recovery_statement_get(struct waymark *wm, struct recovery_statement *out,
			   struct err *err) WU;
/* Saves s (updating the stored one if there is one), dated now. */
int recovery_statement_save(struct waymark *wm, struct recovery_statement *s,
			    struct err *err) WU;
/* Deletes the statement; 1 if there was none. */
int recovery_statement_delete(struct waymark *wm, struct err *err) WU;
/* Loads everything the view shows and builds it (v initialised). */
int recovery_load(struct waymark *wm, const struct measure_catalog *c,
		  struct recovery_view *v, struct err *err) WU;

/* cmd.c */
int recovery_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: GET /recovery shows the person's statement (with a form to
 * write or change it) beside one time line of both recoveries: two charts
 * sharing their steps (one step per rating or questionnaire, the latest
 * RECOVERY_PAGE_EVENTS), life-area averages above and questionnaire
 * totals below, and a table holding the same numbers; then what has
 * changed since the first of each. POST /recovery/statement (field
 * "statement") saves the words; bad words send the page back with them
 * kept (400, nothing saved). POST /recovery/statement/delete removes
 * them. */
#define RECOVERY_PAGE_EVENTS 60
struct web_req;
struct web_resp;
int recovery_page(struct web_req *req, struct web_resp *resp);
int recovery_page_statement_post(struct web_req *req, struct web_resp *resp);
int recovery_page_statement_delete_post(struct web_req *req, struct web_resp *resp);

#endif
