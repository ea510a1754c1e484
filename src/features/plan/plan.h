/* SPDX-License-Identifier: MIT */
/*
 * plan.h: my wellness and crisis plan, and a short safety plan, in the
 * person's own words. The structure follows the common relapse-prevention
 * sequence (seed 000's further reading; reference/instruments.md §7, §8),
 * with our own section names and prompts: never the trade-marked name or
 * another template's wording.
 *
 * The plan is a fixed set of lists, grouped into sections:
 *
 *   toolbox                      my wellness toolbox
 *   when-well                    what I am like when I am well
 *   daily                        my daily maintenance list
 *   triggers, triggers.actions   my triggers (tags) and what I will do
 *   warning-signs, ...actions    early warning signs (tags), what I will do
 *   breaking-down, ...actions    when things are breaking down, what I will do
 *   crisis.signs ... crisis.looking-after   my crisis plan (seven parts)
 *   after-crisis                 after a crisis
 *   safety.signs ... safety.reasons         my safety plan (seven steps)
 *
 * Triggers and early warning signs ARE diary tags: they are stored in the
 * diary's form (core/text.h text_tag: lower case, single spaces), so the
 * insights can say "a trigger in your plan, logged 3 times this week".
 *
 * A vault holds one plan, as one record of kind "plan" with no date (if an
 * import brings a second, the one updated last is used). model.c holds the
 * rules and the printable card (no I/O), store.c the record, cmd.c the CLI,
 * page.c the web pages.
 */
#ifndef WAYMARK_PLAN_H
#define WAYMARK_PLAN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;
struct crisis_info;

#define PLAN_KIND "plan"
#define PLAN_ITEM_MAX 500  /* characters in one item */
#define PLAN_ITEMS_MAX 50  /* items in one list */
#define PLAN_REVIEW_MAX 24 /* months between reviews */

enum plan_section {
	PLAN_SEC_TOOLBOX,
	PLAN_SEC_WHEN_WELL,
	PLAN_SEC_DAILY,
	PLAN_SEC_TRIGGERS,
	PLAN_SEC_WARNING_SIGNS,
	PLAN_SEC_BREAKING_DOWN,
	PLAN_SEC_CRISIS,
	PLAN_SEC_AFTER_CRISIS,
	PLAN_SEC_SAFETY,
	PLAN_SECTION__MAX
};

enum plan_list {
	PLAN_TOOLBOX,
	PLAN_WHEN_WELL,
	PLAN_DAILY,
	PLAN_TRIGGERS,         /* tags */
	PLAN_TRIGGER_ACTIONS,
	PLAN_WARNING_SIGNS,    /* tags */
	PLAN_WARNING_ACTIONS,
	PLAN_BREAKING_SIGNS,
	PLAN_BREAKING_ACTIONS,
	PLAN_CRISIS_SIGNS,     /* signs that others should take over */
	PLAN_CRISIS_CONTACTS,
	PLAN_CRISIS_MEDICINES,
	PLAN_CRISIS_TREATMENT,
	PLAN_CRISIS_HELPS,
	PLAN_CRISIS_UNHELPFUL,
	PLAN_CRISIS_LOOKING_AFTER,
	PLAN_AFTER_CRISIS,
	PLAN_SAFETY_SIGNS,
	PLAN_SAFETY_ON_MY_OWN,
	PLAN_SAFETY_DISTRACTIONS,
	PLAN_SAFETY_PEOPLE,
	PLAN_SAFETY_PROFESSIONALS,
	PLAN_SAFETY_SAFER,
	PLAN_SAFETY_REASONS,
	PLAN_LIST__MAX
};

struct plan_section_info {
	const char *id;       /* "crisis": what people type */
	const char *json_key; /* "crisis" */
	const char *title;    /* "My crisis plan" (untranslated; use _()) */
	const char *about;    /* one sentence on what it is for (untranslated) */
};

struct plan_list_info {
	const char *id;       /* "crisis.medicines" */
	enum plan_section section;
	const char *json_key; /* key inside the section's object, or NULL when
				 the section is this one list */
	const char *title;    /* "My medicines" (untranslated) */
	const char *prompt;   /* what to write, one line (untranslated) */
	int tags;             /* 1: items are diary tags */
};

/* The fixed tables, indexed by the enums. */
const struct plan_section_info *plan_section_info(enum plan_section s);
const struct plan_list_info *plan_list_info(enum plan_list l);
/* What a person typed as a part of the plan: a list id ("crisis.medicines",
 * "triggers") sets *list (else -1) and its *section; a section id
 * ("crisis", "triggers") sets *section. "triggers", "warning-signs" and
 * "breaking-down" are both a section and its first list. Unknown:
 * ERR_INPUT (field "section") listing the sections. */
int plan_parse_target(const char *s, int *list, int *section, struct err *err) WU;

struct plan {
	int64_t id;            /* 0 until stored */
	char uid[33];
	time_t created, updated;
	char **items[PLAN_LIST__MAX]; /* each list's items, owned */
	size_t nitems[PLAN_LIST__MAX];
	int review_months;     /* 0: no regular review reminder */
	struct wdate reviewed; /* last looked over; y == 0 if never */
};

void plan_init(struct plan *p);
void plan_release(struct plan *p);
/* 1 if no list has an item. */
int plan_is_empty(const struct plan *p);
/* The lists of section s in plan order into out; returns how many. */
size_t plan_section_lists(enum plan_section s, enum plan_list out[PLAN_LIST__MAX]);
/* 1 if none of section s's lists has an item. */
int plan_section_is_empty(const struct plan *p, enum plan_section s);

/* Adds text (trimmed; one line, at most PLAN_ITEM_MAX characters) to the
 * end of list l. In a tag list it is stored as a tag (text_tag). Returns 0
 * when added, 1 when a tag list already holds it (nothing changes), -1
 * with ERR_INPUT (field: the list's id) for empty or bad text or a full
 * list. */
int plan_add_item(struct plan *p, enum plan_list l, const char *text,
		  struct err *err) WU;
/* Removes item number n (1-based, as shown). ERR_INPUT if there is none. */
int plan_remove_item(struct plan *p, enum plan_list l, size_t n,
		     struct err *err) WU;
/* Empties list l. */
void plan_clear_list(struct plan *p, enum plan_list l);
/* Replaces list l with the lines of text (blank lines skipped; a leading
 * "- " or "* " bullet dropped), all or nothing: on error l is unchanged. */
int plan_set_list_text(struct plan *p, enum plan_list l, const char *text,
		       struct err *err) WU;
/* "6" months between reviews: 1..PLAN_REVIEW_MAX, or "0"/"never"/"off". */
int plan_parse_review_months(const char *s, int *out, struct err *err) WU;

/* 1 if tag (as typed; it is normalised first) is in tag list l
 * (PLAN_TRIGGERS or PLAN_WARNING_SIGNS). */
int plan_has_tag(const struct plan *p, enum plan_list l, const char *tag);

/* Review reminders: why to suggest looking over the plan on today. */
enum plan_review {
	PLAN_REVIEW_NOT_DUE,
	PLAN_REVIEW_AFTER_CRISIS, /* a crisis entry since the last review */
	PLAN_REVIEW_DUE,          /* review_months since the last review */
};
/* The last review is p->reviewed, or if never, the local date the plan was
 * created (today for an unsaved plan). AFTER_CRISIS if last_crisis (the
 * day of the latest crisis entry, or NULL) is after the last review; else
 * DUE if review_months are set and that many months have passed (the same
 * day of the month, or the month's last day). An empty plan is never due. */
enum plan_review plan_review_due(const struct plan *p, struct wdate today,
				 const struct wdate *last_crisis);
/* The date of the next regular review, or y == 0 if none is set. */
struct wdate plan_next_review(const struct plan *p);
/* A gentle sentence for a reminder, appended to sb ("" for NOT_DUE). */
void plan_review_text(struct buf *sb, enum plan_review r, const struct plan *p,
		      struct wdate today);

/* The safety plan's own steps for a crisis response, as lines "Things I
 * can do on my own: a cold shower; ring Sam", in plan order (on my own,
 * people and places, people to ask, professionals and lines, surroundings,
 * reasons for living), one per list that has items and at most max_items
 * items each (then "and 2 more"). Appended to *lines (grown; caller frees
 * with text_free_list); returns how many were added. */
size_t plan_crisis_steps(const struct plan *p, size_t max_items, char ***lines,
			 size_t *nlines);

/* The one-page crisis card: the crisis plan (signs others should take
 * over, who to contact, medicines, treatment, what helps and does not, who
 * looks after what), the person's safety steps and the crisis contacts
 * from ci, the review date and the day it was made. Plain text, or a
 * small self-contained HTML page with print styles where every piece of
 * the person's text is escaped (html_printf). Appended to sb. */
void plan_card_text(struct buf *sb, const struct plan *p,
		    const struct crisis_info *ci, struct wdate made);
void plan_card_html(struct buf *sb, const struct plan *p,
		    const struct crisis_info *ci, struct wdate made);
/* The card's content alone (from its <h1> to its <footer>), escaped the
 * same way, for a page that brings its own head and styles: plan_card_html
 * wraps it in a file with its own print style; the web's card page serves
 * it inside the site's layout under its Content-Security-Policy. */
void plan_card_html_body(struct buf *sb, const struct plan *p,
			 const struct crisis_info *ci, struct wdate made);

/* The stored body (what the person wrote). New reference. */
json_t *plan_to_data(const struct plan *p);
/* Reads a body back as strictly as typed input; unknown sections or parts
 * are refused (ERR_INPUT naming them). Tag lists are normalised. */
int plan_from_data(json_t *data, struct plan *p, struct err *err) WU;
/* For import: a checked body in stored form (new reference), or NULL. */
json_t *plan_normalise_data(json_t *data, struct err *err);
/* For --json and the API: id, uid, created, updated and the body, plus
 * next_review. New reference. */
json_t *plan_to_json(const struct plan *p);

/* store.c */
/* The person's plan into out (initialised by the call). 1 if they have
 * none yet (out is then an empty plan, ready to fill and save). */
int plan_get(struct waymark *wm, struct plan *out, struct err *err) WU;
/* Stores p: a new record if p->id is 0, else the same one updated. */
int plan_save(struct waymark *wm, struct plan *p, struct err *err) WU;
/* The triggers, or the early warning signs, in the person's plan, as
 * diary tags (for insights: "a trigger in your plan, logged 3 times this
 * week"). Appended to *tags (caller frees with text_free_list); none if
 * there is no plan. */
int plan_triggers(struct waymark *wm, char ***tags, size_t *n, struct err *err) WU;
int plan_warning_signs(struct waymark *wm, char ***tags, size_t *n,
		       struct err *err) WU;

/* cmd.c */
int plan_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: GET /plan shows every part (triggers and early warning signs
 * with how often each was logged in the last 7 days, through web.h's
 * web_tag_counts hook), the review settings and the card; GET
 * /plan/edit?part=SECTION edits one part's lists item by item (add,
 * change, remove, move up and down; POST /plan/edit saves, with bad input
 * a 400 that keeps every typed item and saves nothing); POST /plan/review
 * sets how often to suggest a review and notes one ("back=today" returns
 * to Today); GET /plan/card is the printable crisis card inside the site;
 * GET /api/v1/plan is plan_to_json. plan_page_daily_offers is the check-in
 * form's web_done_offers hook: the daily maintenance list. */
struct web_req;
struct web_resp;
int plan_page(struct web_req *req, struct web_resp *resp);
int plan_page_edit(struct web_req *req, struct web_resp *resp);
int plan_page_edit_post(struct web_req *req, struct web_resp *resp);
int plan_page_review_post(struct web_req *req, struct web_resp *resp);
int plan_page_card(struct web_req *req, struct web_resp *resp);
int plan_api_get(struct web_req *req, struct web_resp *resp);
void plan_page_daily_offers(struct web_req *req, char ***items, size_t *n);

#endif
