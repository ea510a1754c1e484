/* SPDX-License-Identifier: MIT */
/*
 * safety.h: the crisis response, composed in one place for every screen,
 * and the "look over your plan" reminder that follows a hard time.
 *
 * Safety is a combining feature (STYLE.md §1): it reads the person's
 * safety plan (features/plan/plan.h), the support lines open now
 * (features/support/support.h), the built-in crisis contacts
 * (core/crisis.h) and the diary's crisis entries (features/diary/diary.h),
 * only through their public headers, and fills plain structs. The CLI's
 * box (cli_crisis_box in src/cli/commands.c) and the web's box (page.c
 * here, registered as web_crisis_hook in src/web/routes.c) only draw
 * them, so both always say the same things in the same order:
 *
 *   1. a kind word ("Things sound really hard right now.");
 *   2. the person's own safety-plan steps, when their vault is open;
 *   3. "If your life is at risk now, call 999 or go to A&E.";
 *   4. the crisis lines open now for everyone (support_find at the
 *      moment asked, UK time), or the built-in contacts if the directory
 *      cannot be read or nothing is open.
 *
 * model.c holds the composition (no output), page.c the web parts.
 * Nothing here writes to the vault, contacts anyone or diagnoses.
 */
#ifndef WAYMARK_SAFETY_H
#define WAYMARK_SAFETY_H

#include <stddef.h>
#include <time.h>

#include "core/buf.h"
#include "core/wtime.h"

struct waymark;

/* Items from each safety-plan list shown in the box before "and 2 more". */
#define SAFETY_STEP_ITEMS 3

/* One way to reach someone now. Every string is owned by the box. */
struct safety_contact {
	char *name;     /* "Samaritans" */
	char *how;      /* "call 116 123" */
	char *note;     /* "free from any phone", or NULL */
	char *when;     /* "any time", "open, closes in 20 min" (translated) */
	char *tel;      /* digits (and a leading +) for a tel: link, or NULL */
	char *sms;      /* the number for an sms: link, or NULL */
	char *sms_body; /* the word to send by text, or NULL */
};

struct safety_box {
	/* The words every screen uses, translated, without end punctuation
	 * for the two headings (each screen adds its own). Static strings. */
	const char *title;         /* "Things sound really hard right now." */
	const char *comfort;       /* "You do not have to face this on your own." */
	const char *plan_heading;  /* "Your safety plan" */
	const char *emergency;     /* "If your life is at risk now, call 999
				      or go to A&E." */
	const char *lines_heading; /* "Open now, to talk or text" */
	/* The person's own steps, first: plan_crisis_steps' lines ("Things I
	 * can do on my own: a cold shower; ring Sam"), owned. */
	char **steps;
	size_t nsteps;
	/* 1 when the vault is there but locked, so any plan could not be read. */
	int plan_locked;
	/* Who can be reached now, crisis lines first; never 999 (the
	 * emergency line is always said in words above them). */
	struct safety_contact *contacts;
	size_t ncontacts;
	/* 1 when contacts are the built-in list from data/crisis (the
	 * directory could not be read, or no crisis line is open). */
	int fallback;
};

/* Prepares an empty box (allocates nothing). */
void safety_box_init(struct safety_box *b);
/* Frees what the box holds and makes it empty again. */
void safety_box_release(struct safety_box *b);

/* Fills an initialised box for the moment at (a time_t; UK time is worked
 * out from it whatever the machine's zone). wm may be NULL or hold no
 * vault: then there are no steps. A vault that is not open for use (locked)
 * is never unlocked here: plan_locked is set instead. A plan that cannot be
 * read leaves the steps out. Never fails: if nothing else can be read the
 * box still holds the words and the built-in contacts. */
void safety_box_fill(struct safety_box *b, struct waymark *wm, time_t at);

/* Why to suggest looking over the plan today, and the words for it. */
struct safety_review {
	int due;          /* 0: nothing to suggest */
	int after_crisis; /* 1: a crisis check-in came after the last review */
	char *text;       /* plan_review_text's gentle sentence, owned; NULL if
			     not due */
};

/* Works out whether to suggest a review on today, for the vault in wm
 * (open for use): the person's plan (an empty or missing plan is never
 * due), and the day of the latest crisis check-in (checkin_is_crisis)
 * since the plan was last looked over (or made), passed to
 * plan_review_due. Fills out (released with safety_review_release).
 * Returns 0, or -1 with err set when the vault cannot be read (out is then
 * not due). */
int safety_review_check(struct waymark *wm, struct wdate today,
			struct safety_review *out, struct err *err)
	__attribute__((warn_unused_result));
void safety_review_release(struct safety_review *r);

/* page.c: the web's crisis box (web_crisis_hook) and Today's reminder to
 * look over the plan (a today_extras hook). Both append HTML through
 * html_printf and stay quiet if they cannot read what they need. */
struct web_req;
void safety_page_crisis_box(struct web_req *req, struct buf *out);
void safety_page_today_review(struct web_req *req, struct buf *out);

#endif
