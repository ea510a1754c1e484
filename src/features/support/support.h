/* SPDX-License-Identifier: MIT */
/*
 * support.h: the directory of support lines (seed 000's "Useful contacts"
 * plus 999 and NHS 111) and the question no other app answers: who can I
 * contact right now, and who is right for me?
 *
 * The directory is data, not code: data/support/uk.json, embedded in the
 * binary and described in docs/support-lines.md. It is checked strictly
 * when it is read, so a mistake in it is a clear message naming the entry,
 * never a wrong opening time. Each line has one or more channels (phone,
 * text, email, web chat, letter, face to face), each with its own hours
 * for each weekday in UK time, a bank-holiday rule, and spans that may run
 * past midnight. UK bank holidays for the three nations are in the same
 * file, for the years it names.
 *
 * Every time here is UK time (Europe/London), computed from UTC with
 * core/wtime.h's wuk_* functions, whatever the machine's time zone.
 *
 * model.c holds the rules (no I/O beyond the embedded file) and cmd.c the
 * `waymark support` command, page.c the Support page ("Need help now?",
 * /help) and its JSON. There is no store.c: nothing is kept in the vault.
 * The page calls support_dir_load(), support_find() and the describe
 * functions, exactly as the CLI does.
 */
#ifndef WAYMARK_SUPPORT_H
#define WAYMARK_SUPPORT_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "core/wtime.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define SUPPORT_ASSET "data/support/uk.json"
#define SUPPORT_FORMAT "waymark-support-lines"
#define SUPPORT_VERSION 1
/* At most this many opening spans on one day. */
#define SUPPORT_SPANS_MAX 4

/* What sort of line it is; also the order lines are shown in. */
enum support_kind {
	SUPPORT_EMERGENCY, /* 999, A&E */
	SUPPORT_CRISIS,    /* crisis and suicide prevention lines */
	SUPPORT_LISTENING, /* emotional support, listening lines */
	SUPPORT_ADVICE,    /* advice and information */
	SUPPORT_KIND__MAX
};

enum support_channel_type {
	SUPPORT_PHONE,
	SUPPORT_TEXT,
	SUPPORT_EMAIL,
	SUPPORT_WEB_CHAT,
	SUPPORT_LETTER,
	SUPPORT_FACE_TO_FACE,
	SUPPORT_CHANNEL__MAX
};

/* Whose bank holidays apply. */
enum support_nation {
	SUPPORT_ENGLAND_WALES,
	SUPPORT_SCOTLAND,
	SUPPORT_NORTHERN_IRELAND,
	SUPPORT_NATION__MAX
};

/* Groups a line can be only for. A person names at most one with --for. */
enum support_group {
	SUPPORT_GROUP_MEN,
	SUPPORT_GROUP_WOMEN,
	SUPPORT_GROUP_CARERS,
	SUPPORT_GROUP_FAMILY, /* family and friends of someone unwell */
	SUPPORT_GROUP__MAX
};

enum support_hours_kind {
	SUPPORT_HOURS_ALWAYS, /* any time, every day of the year */
	SUPPORT_HOURS_WEEKLY, /* set hours per weekday */
	SUPPORT_HOURS_VARIES, /* "hours vary": ask the service */
};

enum support_bank_rule {
	SUPPORT_BANK_AS_USUAL,  /* the weekday's hours */
	SUPPORT_BANK_CLOSED,
	SUPPORT_BANK_OWN_HOURS, /* bank_day's hours instead */
};

/* One opening span in minutes after UK midnight. start 0..1439, end
 * 1..1440 (1440 is midnight at the end of the day). end <= start means the
 * span runs past midnight into the next day ("22:00-02:00"); a span always
 * belongs to the day it starts on. */
struct support_span {
	int start, end;
};

struct support_day {
	struct support_span spans[SUPPORT_SPANS_MAX];
	size_t nspans;
};

struct support_hours {
	enum support_hours_kind kind;
	struct support_day week[7];       /* [0] Monday ... [6] Sunday */
	enum support_bank_rule bank_rule; /* for SUPPORT_HOURS_WEEKLY */
	struct support_day bank_day;      /* for SUPPORT_BANK_OWN_HOURS */
};

struct support_channel {
	enum support_channel_type type;
	char *number;  /* phone and text */
	char *message; /* text: the word to send, or NULL */
	char *address; /* email, web chat, letter, face to face */
	char *note;    /* one line, or NULL */
	int crisis;    /* a crisis channel even if its line is not */
	struct support_hours hours;
};

struct support_line {
	char *id;          /* "samaritans": lower case, digits and '-' */
	char *name;
	enum support_kind kind;
	char *description; /* one line, our own words */
	char *who;         /* who it is for, in words */
	int min_age, max_age; /* -1: no limit */
	unsigned groups;   /* bits (1u << enum support_group); 0: anyone */
	char *web;         /* the service's web address, or NULL */
	char *source;      /* where these details come from */
	struct wdate checked;
	struct support_channel *channels;
	size_t nchannels;
	json_t *data;      /* the entry as written in the file (owned) */
};

struct support_dir {
	char *region;
	struct support_line *lines;
	size_t nlines;
	int first_year, last_year;                 /* bank holidays known */
	struct wdate *bank[SUPPORT_NATION__MAX];    /* sorted */
	size_t nbank[SUPPORT_NATION__MAX];
	char *bank_source;
	struct wdate bank_checked;
};

void support_dir_init(struct support_dir *d);
void support_dir_release(struct support_dir *d);

/* Reads a directory from JSON text (name is used in messages, e.g. the
 * file's name) into an initialised d, checking all of it: the format and
 * version, every field's type and value, day keys given once, spans like
 * "17:00-24:00", channels with the number or address their type needs,
 * known groups and kinds, ids given once, ages in order, real dates, bank
 * holidays inside first_year..last_year and given for every nation.
 * Unknown fields are refused, so a typo cannot silently drop an opening
 * time. ERR_INPUT names the entry, channel and field; d is then empty. */
int support_dir_parse(struct support_dir *d, const char *text, size_t len,
		      const char *name, struct err *err) WU;
/* The directory built into Waymark (SUPPORT_ASSET). Fails only on a bug in
 * the data, which the unit tests catch. */
int support_dir_load(struct support_dir *d, struct err *err) WU;

/* 1 if day is a bank holiday in nation, 0 if not, -1 if the directory
 * does not know that year's bank holidays (err says which years it knows,
 * ERR_NOTFOUND). */
int support_is_bank_holiday(const struct support_dir *d,
			    enum support_nation nation, struct wdate day,
			    struct err *err);

/* Where a channel stands at a moment. */
enum support_state {
	SUPPORT_OPEN_ALWAYS, /* any time */
	SUPPORT_OPEN,        /* open now, closes at `next` */
	SUPPORT_OPENS_LATER, /* closed now, opens later today at `next` */
	SUPPORT_CLOSED,      /* closed today; opens at `next` if minutes >= 0 */
	SUPPORT_HOURS_VARY,  /* the service sets its hours day by day */
	SUPPORT_STATE__MAX
};

struct support_status {
	enum support_state state;
	/* SUPPORT_OPEN: whole minutes until it closes (rounded up);
	 * SUPPORT_OPENS_LATER and SUPPORT_CLOSED: until it opens; -1 when
	 * there is no such change within a week or for the other states */
	long minutes;
	struct wlocal next; /* UK date and clock time of that change */
	int uncertain;      /* a day involved is outside the years whose bank
			       holidays are known, and the channel keeps
			       different hours on bank holidays */
};

/* The state of ch at moment t for someone whose bank holidays are
 * nation's. Looks up to a week ahead for the next change. Hours that
 * cover a whole week without a break count as SUPPORT_OPEN_ALWAYS. */
void support_channel_status(const struct support_dir *d,
			    const struct support_channel *ch,
			    enum support_nation nation, time_t t,
			    struct support_status *out);

/* 1 if a line is right for a person of age (-1: not said) in group (-1:
 * not said): the age is inside the line's limits, and the line is for
 * anyone or for that group. Lines only for a group are kept when no group
 * is said, so nobody is hidden by a question they did not answer. */
int support_line_suits(const struct support_line *l, int age, int group);
/* 1 for a channel that counts as a crisis channel: its line is an
 * emergency or crisis line, or the channel says so. */
int support_channel_is_crisis(const struct support_line *l,
			      const struct support_channel *ch);
/* 1 for live channels (phone, text, web chat, face to face), where
 * someone answers; email and letters are not. */
int support_channel_is_live(const struct support_channel *ch);

struct support_query {
	time_t at;                 /* the moment */
	int age;                   /* -1: not said */
	int group;                 /* enum support_group, or -1 */
	enum support_nation nation;
	int live_only;             /* live channels only */
	int crisis_only;           /* crisis channels of lines for anyone
				      (no age or group limits) */
};

struct support_match {
	const struct support_line *line;       /* borrowed from the dir */
	const struct support_channel *channel; /* borrowed from the dir */
	struct support_status status;
};

struct support_matches {
	struct support_match *items;
	size_t n;
	struct wlocal at; /* the moment, in UK time */
	int bank_holiday; /* at's day: 1 a bank holiday, 0 not, -1 unknown */
	int uncertain;    /* some status is uncertain (see support_status) */
};

void support_matches_release(struct support_matches *m);

/* Every channel of every line that suits q (support_line_suits, live_only,
 * crisis_only), with its status at q->at, in the order to show them:
 * open now first (open any time and open until later together), then
 * opening later today, then hours vary, then closed; within each, crisis
 * channels first (emergency before crisis), then the file's order. The
 * matches borrow from d, which must outlive them. Cannot fail today; the
 * err is for future data sources. */
int support_find(const struct support_dir *d, const struct support_query *q,
		 struct support_matches *out, struct err *err) WU;

/* Where a match goes when showing who can be reached now, in this order
 * (the CLI's --now and the Support page use the same groups). */
enum support_now_group {
	SUPPORT_NOW_CRISIS, /* crisis channels open now */
	SUPPORT_NOW_OTHER,  /* other channels open now */
	SUPPORT_NOW_LATER,  /* opening later today */
	SUPPORT_NOW_VARY,   /* hours vary */
	SUPPORT_NOW_CLOSED, /* closed: counted, not listed */
	SUPPORT_NOW__MAX
};
enum support_now_group support_now_group(const struct support_match *m);
/* "Crisis lines, open now", "Other support, open now", "Opening later
 * today", "Hours vary, so check with them first", "Closed at this time"
 * (translated, no end punctuation). */
const char *support_now_group_title(enum support_now_group g);

/* Words, translated, for showing: */
/* "phone", "text", "email", "web chat", "letter", "face to face" */
const char *support_channel_type_name(enum support_channel_type t);
/* how to use a channel: "call 116 123", "text SHOUT to 85258",
 * "email jo@samaritans.org", "web chat at thecalmzone.net", "write to
 * Freepost ...", "go to A&E at any hospital"; appended to sb */
void support_channel_how(struct buf *sb, const struct support_channel *ch);
/* a channel's hours in one line: "any time", "hours vary", "every day
 * 17:00-24:00, bank holidays too", "Mon-Fri 09:30-16:00, not on bank
 * holidays"; appended to sb */
void support_hours_describe(struct buf *sb, const struct support_hours *h);
/* a status in words, given the moment it was worked out at: "open any
 * time", "open until 22:00", "open, closes in 20 min", "opens at 16:00",
 * "closed, opens tomorrow at 09:00", "closed, opens Monday at 09:30",
 * "hours vary"; appended to sb */
void support_status_describe(struct buf *sb, const struct support_status *s,
			     const struct wlocal *at);
/* The names people type and JSON uses. Each parser fails with ERR_INPUT
 * naming the field ("for", "nation", "age") and listing what it takes. */
const char *support_group_name(enum support_group g);     /* "men" */
const char *support_nation_name(enum support_nation n);   /* "scotland" */
const char *support_nation_words(enum support_nation n);  /* "Scotland" */
const char *support_kind_name(enum support_kind k);       /* "crisis" */
const char *support_state_name(enum support_state s);     /* "opens-later" */
int support_parse_group(const char *s, int *out, struct err *err) WU;
int support_parse_nation(const char *s, enum support_nation *out,
			 struct err *err) WU;
/* A whole number of years, 0..120. */
int support_parse_age(const char *s, int *out, struct err *err) WU;
/* "YYYY-MM-DD HH:MM" (or with a T) on a UK clock, into a moment. */
int support_parse_at(const char *s, time_t *out, struct err *err) WU;

/* For --json and the API: a line as in the file (new reference), and a
 * match: line id and name, kind, crisis, the channel as in the file, how
 * in words, and the status (state, minutes, next date and time, in UK
 * time, and uncertain). */
json_t *support_line_to_json(const struct support_line *l);
json_t *support_match_to_json(const struct support_match *m);
/* The whole answer to "who now" (--now --json and the API): the moment
 * ({date, time, utc_offset} in UK time), nation, bank_holiday (null if
 * unknown), uncertain, and the channels that are not closed, in m's
 * order, each as support_match_to_json. New reference. */
json_t *support_now_to_json(const struct support_matches *m, enum support_nation nation);

/* cmd.c */
int support_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: GET /help, the Support page: the crisis box (web_crisis_box),
 * who can be reached right now and is right for the person (age, group
 * and nation from the query: bad ones are a 400 with the message beside
 * the field and what was typed kept, the lists still shown), crisis lines
 * first, then every line with its channels and hours. Works with the
 * vault locked or not made yet. GET /api/v1/support/now: the same as
 * `waymark support --now --json` (age, for, nation, at in the query). */
struct web_req;
struct web_resp;
int support_page_help(struct web_req *req, struct web_resp *resp);
int support_api_now(struct web_req *req, struct web_resp *resp);

#endif
