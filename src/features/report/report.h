/* SPDX-License-Identifier: MIT */
/*
 * report.h: the appointment report, a view that combines features. Seed
 * 000 asks people to "tell them about any care plans that you have and
 * tell them about any goals"; this puts what the person chooses from their
 * vault, over a period they choose, on paper (PDF) or in a web page (HTML,
 * with a print style that gives the same), to take to a doctor or
 * keyworker.
 *
 * The sections, each included only when the person chooses it (nothing is
 * ever added that they did not choose, and nothing is read for a section
 * they did not choose):
 *
 *   mood       mood over the period: a chart, a summary, a week-by-week table
 *   sleep      hours slept and sleep quality, the same way
 *   measures   PHQ-9, GAD-7 (and other questionnaires) with bands and changes
 *   goals      goals and the progress made in the period
 *   plan       the wellness and crisis plan, and whether it changed
 *   notes      check-ins the person flagged "for my appointment"
 *   areas      life-area ratings: where things stood, and how they moved
 *   questions  questions the person wants to ask
 *
 * Every report says what period it covers and when it was made.
 *
 * This feature reads the others only through their public headers (diary,
 * goals, measures, areas, plan), and owns one record kind of its own: a
 * question to ask ("report-question", body {"text": ...}, dated when it
 * was written).
 *
 * model.c: sections, periods, questions' rules and the arithmetic of the
 * report (no I/O). store.c: questions in the vault, and gathering a report.
 * html.c: the report as HTML. pdf.c: the report as PDF (cairo and pango).
 * cmd.c: `waymark report`. page.c: the Report page.
 */
#ifndef WAYMARK_REPORT_H
#define WAYMARK_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define REPORT_QUESTION_KIND "report-question"
#define REPORT_QUESTION_MAX 500  /* characters in one question */
#define REPORT_QUESTIONS_MAX 50  /* questions kept at once */
#define REPORT_DAYS_DEFAULT 28   /* the period when none is given: 4 weeks */
#define REPORT_DAYS_MAX 731      /* the longest period: two years */

enum report_section {
	REPORT_MOOD,
	REPORT_SLEEP,
	REPORT_MEASURES,
	REPORT_GOALS,
	REPORT_PLAN,
	REPORT_NOTES,
	REPORT_AREAS,
	REPORT_QUESTIONS,
	REPORT_SECTION__MAX
};

/* The bit of a section in a set of sections. */
#define REPORT_BIT(s) (1u << (s))
#define REPORT_ALL ((1u << REPORT_SECTION__MAX) - 1)

struct report_section_info {
	const char *id;    /* "mood": what --sections and the form use */
	const char *title; /* "Mood" (untranslated; use _()) */
	const char *about; /* what it holds, one line (untranslated) */
};

/* The fixed table, indexed by enum report_section, in report order. */
const struct report_section_info *report_section_info(enum report_section s);
/* Looks a section up by its id (exactly, as the table spells it): 0 and
 * *out, or -1 if there is no such section. */
int report_section_find(const char *id, enum report_section *out);
/* "mood,sleep,notes" (ids separated by commas, spaces allowed, in any
 * order, repeats harmless) or "all", into *mask (REPORT_BIT()s). Empty
 * text, an unknown id, or no section at all: ERR_INPUT (field
 * "sections") naming the sections there are. */
int report_parse_sections(const char *s, unsigned *mask, struct err *err) WU;
/* The ids of the sections in mask, in report order, joined by ", ",
 * appended to out ("mood, sleep, notes"). */
void report_sections_text(struct buf *out, unsigned mask);

/* The days a report covers, both included. */
struct report_period {
	struct wdate from, to;
};

/* The period from what a person gave ("YYYY-MM-DD" each, NULL or "" for
 * not given): to defaults to today, from to the REPORT_DAYS_DEFAULT days
 * ending on to. ERR_INPUT (field "from" or "to") for a malformed date, a
 * to after today, a from after to, or a period longer than REPORT_DAYS_MAX
 * days. */
int report_parse_period(const char *from, const char *to, struct wdate today,
			struct report_period *out, struct err *err) WU;
/* Days in the period (to - from + 1). */
int report_period_days(const struct report_period *p);
/* "15 February to 14 March 2026" (the year once when both days share it),
 * appended to out. */
void report_period_text(struct buf *out, const struct report_period *p);

/* ---- questions to ask ---- */

struct report_question {
	int64_t id;           /* 0 until stored */
	char uid[33];
	struct wlocal when;   /* when it was written */
	time_t created, updated;
	char *text;
};

void report_question_init(struct report_question *q);
void report_question_release(struct report_question *q);
/* Sets the text from what a person typed: trimmed, one line (a line break
 * is refused), valid text, 1..REPORT_QUESTION_MAX characters. ERR_INPUT
 * (field "question") with a kind message otherwise; q is then unchanged. */
int report_question_set_text(struct report_question *q, const char *s,
			     struct err *err) WU;
/* The stored body {"text": ...} (new reference) and back, as strictly as
 * typed input (unknown fields refused). */
json_t *report_question_to_data(const struct report_question *q);
int report_question_from_data(json_t *data, struct report_question *q,
			      struct err *err) WU;
/* For import: checks a body and returns it as stored (new reference), or
 * NULL with err set. */
json_t *report_normalise_question(json_t *data, struct err *err);
/* For --json and the API: id, uid, date, time, utc_offset, created,
 * updated and text. New reference. */
json_t *report_question_to_json(const struct report_question *q);

struct report_question_list {
	struct report_question *items;
	size_t n;
};
void report_question_list_release(struct report_question_list *l);

/* store.c */
/* The questions, in the order they were written. */
int report_questions_list(struct waymark *wm, struct report_question_list *out,
			  struct err *err) WU;
/* Stores a new question dated now (its text already set); fills id, uid
 * and times. ERR_INPUT (field "question") when REPORT_QUESTIONS_MAX are
 * already kept. */
int report_question_add(struct waymark *wm, struct report_question *q,
			struct err *err) WU;
/* Removes a question for good; 1 if there is no such question. */
int report_question_delete(struct waymark *wm, int64_t id, struct err *err) WU;
/* Moves a question to the trash (for undo) and back; 1 if none. */
int report_question_trash(struct waymark *wm, int64_t id, struct err *err) WU;
int report_question_untrash(struct waymark *wm, int64_t id, struct err *err) WU;

/* ---- a report ---- */

struct report; /* opaque: everything a report shows, gathered */

/* Gathers what the sections in mask need for the period, reading only
 * those sections' data, and notes made as the time it was made. *out is
 * allocated (free with report_free). -1 with err set if the vault cannot
 * be read. */
int report_build(struct waymark *wm, const struct report_period *p,
		 unsigned mask, time_t made, struct report **out,
		 struct err *err) WU;
void report_free(struct report *r);

/* html.c: the report as HTML through the escaping formatter (web/html.h):
 * an <article class="report"> with its title, period and the day it was
 * made, each chosen section (charts as SVG with a table beside them), and
 * a footer; for a page of the web UI, styled by app.css. */
void report_html_article(struct buf *out, const struct report *r);
/* The same article as a whole, self-contained HTML file (its style inside
 * it, A4 print styles), to keep or send. */
void report_html_document(struct buf *out, const struct report *r);

/* pdf.c: the report as an A4 PDF drawn with cairo and laid out with pango:
 * real, selectable text; a header with the period and a footer with the
 * day it was made and "Page N of M" on every page; the charts drawn with
 * cairo. Appended to out. -1 (err set) if the libraries cannot be opened
 * (the message names the package to install; see pdf_lib.h) or cairo
 * fails. */
int report_pdf(const struct report *r, struct buf *out, struct err *err) WU;

/* cmd.c */
int report_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: the Report page (choose the period and the sections, see the
 * report, download it as PDF or HTML), the questions to ask (add, remove
 * with undo) and their JSON API. */
struct web_req;
struct web_resp;
int report_page(struct web_req *req, struct web_resp *resp);
int report_page_pdf(struct web_req *req, struct web_resp *resp);
int report_page_html(struct web_req *req, struct web_resp *resp);
int report_page_question_post(struct web_req *req, struct web_resp *resp);
int report_page_question_delete_post(struct web_req *req, struct web_resp *resp);
int report_page_question_undo_post(struct web_req *req, struct web_resp *resp);
int report_api_questions(struct web_req *req, struct web_resp *resp);
int report_api_question_create(struct web_req *req, struct web_resp *resp);
int report_api_question_delete(struct web_req *req, struct web_resp *resp);

#endif
