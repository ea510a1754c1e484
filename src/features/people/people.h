/* SPDX-License-Identifier: MIT */
/*
 * people.h: my people: the supporters, family, friends and care team (GP,
 * keyworker, care coordinator, crisis team, advocate) who help the person
 * stay well (seed 000, "stay in contact with people who can help you stay
 * well"). For each: how to reach them, what they can help with, when the
 * person was last in touch, and an opt-in, gentle "it has been 3 weeks"
 * reminder for the people the person chose.
 *
 * Nothing here contacts anyone: "contacted" is the person noting that
 * they were in touch.
 *
 * model.c holds the rules (no I/O), store.c maps people to vault records
 * of kind "person" (one record each, with no date), cmd.c the CLI, page.c
 * the web pages.
 */
#ifndef WAYMARK_PEOPLE_H
#define WAYMARK_PEOPLE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define PEOPLE_KIND "person"
#define PEOPLE_NAME_MAX 80   /* characters */
#define PEOPLE_TEXT_MAX 500  /* reach, helps */
#define PEOPLE_PHONE_MAX 30
#define PEOPLE_EMAIL_MAX 254
#define PEOPLE_REMIND_MAX 52 /* weeks */
#define PEOPLE_MAX 500       /* people in one vault */

enum people_role {
	PEOPLE_ROLE_UNSAID = 0,
	PEOPLE_ROLE_FAMILY,
	PEOPLE_ROLE_FRIEND,
	PEOPLE_ROLE_SUPPORTER,
	PEOPLE_ROLE_GP,
	PEOPLE_ROLE_KEYWORKER,
	PEOPLE_ROLE_CARE_COORDINATOR,
	PEOPLE_ROLE_CRISIS_TEAM,
	PEOPLE_ROLE_ADVOCATE,
	PEOPLE_ROLE_OTHER,
	PEOPLE_ROLE__MAX
};

struct person {
	int64_t id;             /* 0 until stored */
	char uid[33];
	time_t created, updated;
	char *name;             /* required, one line, unique ignoring case */
	enum people_role role;
	char *phone;            /* digits, spaces and + ( ) -, or NULL */
	char *email;            /* has an @ and no spaces, or NULL */
	char *reach;            /* other ways to reach them, or NULL */
	char *helps;            /* what they can help with, or NULL */
	struct wdate contacted; /* last in touch; y == 0 if never noted */
	int remind_weeks;       /* 0: no reminders; else 1..PEOPLE_REMIND_MAX */
};

void person_init(struct person *p);
void person_release(struct person *p);

/* "family", "care-coordinator" ...: the option and JSON spelling, or NULL
 * for PEOPLE_ROLE_UNSAID; and the words ("care coordinator", "GP"). */
const char *people_role_name(enum people_role r);
const char *people_role_words(enum people_role r);
/* 1 for the care-team roles: GP, keyworker, care coordinator, crisis
 * team, advocate. */
int people_role_is_care_team(enum people_role r);

/* Parsers for what a person types, each failing with ERR_INPUT and a kind
 * message naming the field. */
int people_parse_role(const char *s, enum people_role *out, struct err *err) WU;
/* Whole weeks 0..PEOPLE_REMIND_MAX ("0" or "off" turns reminders off). */
int people_parse_remind(const char *s, int *out, struct err *err) WU;
/* "today", "yesterday" or YYYY-MM-DD, not after today; today is given. */
int people_parse_day(const char *s, struct wdate today, struct wdate *out,
		     struct err *err) WU;
/* Sets one of p's fields from what was typed, trimmed and checked; an
 * empty s clears it (the name cannot be cleared). field is one of "name",
 * "phone", "email", "reach", "helps". */
int person_set(struct person *p, const char *field, const char *s,
	       struct err *err) WU;

/* The whole-person rules: a name; fields within their limits; a last
 * contact that is a real date. */
int person_validate(const struct person *p, struct err *err) WU;

/* The stored body (what the person wrote; no ids). New reference. */
json_t *person_to_data(const struct person *p);
/* Reads a body back, as strictly as typed input; unknown fields refused. */
int person_from_data(json_t *data, struct person *p, struct err *err) WU;
/* For import: a checked body in stored form (new reference), or NULL with
 * err set. */
json_t *people_normalise_data(json_t *data, struct err *err);
/* For --json and the API: id, uid, created, updated, the body, and
 * role_words and care_team. New reference. */
json_t *person_to_json(const struct person *p);

/* A list of people, owned. */
struct person_list {
	struct person *items;
	size_t n;
};
void person_list_release(struct person_list *l);

/* Finds the person a typed name means in l: the same name ignoring case,
 * else the only one whose name starts with it. Returns the index, -1 if
 * none (err: ERR_NOTFOUND, "there is no one called ..."), or -2 if it could
 * be several (ERR_INPUT naming two of them). */
long people_match(const struct person_list *l, const char *name, struct err *err);

/* A gentle reminder to be in touch. */
struct people_reminder {
	const struct person *person; /* borrowed from the list */
	long days;                   /* since last in touch, or since added */
	int never;                   /* no contact noted since they were added */
};

/* The people in l who asked for reminders and whose time has come on
 * today: remind_weeks * 7 days or more since the last contact (or, if none
 * is noted, since they were added, taken as the local date of created).
 * Longest first. *out is allocated (free it; the entries borrow from l);
 * returns how many. */
size_t people_reminders(const struct person_list *l, struct wdate today,
			struct people_reminder **out);
/* "It has been 3 weeks since you were in touch with Sam." (or "10 days";
 * or, never noted, "It has been 3 weeks since you added Sam to your
 * people.") appended to sb. */
void people_reminder_text(struct buf *sb, const struct people_reminder *r);
/* "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago" for a
 * day before today, appended to sb. */
void people_ago_text(struct buf *sb, struct wdate day, struct wdate today);
/* When p was last in touch: "Saturday 1 October 2026 (7 weeks ago)", or
 * "not noted yet"; appended to sb. */
void people_last_contact_text(struct buf *sb, const struct person *p, struct wdate today);
/* The reminder p asked for: "after 3 weeks without contact", or "none"
 * for weeks 0; appended to sb. */
void people_remind_text(struct buf *sb, int weeks);

/* store.c: people in the vault. Add and update check the rules and that
 * no one else has the same name (ERR_INPUT). */
int people_add(struct waymark *wm, struct person *p, struct err *err) WU;
/* 1 if there is no such person. */
int people_update(struct waymark *wm, struct person *p, struct err *err) WU;
int people_delete(struct waymark *wm, int64_t id, struct err *err) WU;
/* One person by id into out (initialised by the call). 1 if there is no
 * such person (or they are in the trash). */
int people_get(struct waymark *wm, int64_t id, struct person *out,
	       struct err *err) WU;
/* Removing on the web: moves the person to the trash (1 if there is no
 * such person), and brings them back for Undo (1 if they are gone for
 * good). Undo fails with ERR_INPUT, leaving them in the trash, if someone
 * else now has their name. The trash is emptied after an hour. */
int people_trash(struct waymark *wm, int64_t id, struct err *err) WU;
int people_untrash(struct waymark *wm, int64_t id, struct err *err) WU;
/* Everyone, sorted by name ignoring case. */
int people_list(struct waymark *wm, struct person_list *out, struct err *err) WU;

/* cmd.c */
int people_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: /people lists everyone (care team apart) with one tap for "I
 * was in touch today"; /people/new and /people/:id/edit are the form (bad
 * input: 400, the message beside the field, the typing kept, nothing
 * written); remove goes to the trash with Undo. GET /api/v1/people is the
 * list as JSON. people_page_today_reminders is Today's hook: the gentle
 * reminders the person asked for, each with the same one tap. */
struct web_req;
struct web_resp;
struct buf;
int people_page_list(struct web_req *req, struct web_resp *resp);
int people_page_new(struct web_req *req, struct web_resp *resp);
int people_page_add_post(struct web_req *req, struct web_resp *resp);
int people_page_edit(struct web_req *req, struct web_resp *resp);
int people_page_edit_post(struct web_req *req, struct web_resp *resp);
int people_page_contacted_post(struct web_req *req, struct web_resp *resp);
int people_page_delete_post(struct web_req *req, struct web_resp *resp);
int people_page_undo_post(struct web_req *req, struct web_resp *resp);
int people_api_list(struct web_req *req, struct web_resp *resp);
void people_page_today_reminders(struct web_req *req, struct buf *out);

#endif
