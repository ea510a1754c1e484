/* SPDX-License-Identifier: MIT */
/*
 * crisis.h: what every screen needs to offer help in a crisis. The phrase
 * list (data/crisis/words.txt) and the contacts (data/crisis/contacts.json)
 * are embedded data, so they can be reviewed and changed without code.
 *
 * Matching only ever *offers* support. It never blocks saving, never
 * diagnoses, never produces a score and never contacts anyone.
 */
#ifndef WAYMARK_CRISIS_H
#define WAYMARK_CRISIS_H

#include <stddef.h>

#include "err.h"

struct crisis_contact {
	char *name;     /* "Samaritans" */
	char *how;      /* "call 116 123" */
	char *when;     /* "free, any time" */
	char *tel;      /* digits for a tel: link, or NULL */
	char *sms;      /* number for an sms: link, or NULL */
	char *sms_body; /* text to send, or NULL */
};

struct crisis_info {
	struct crisis_contact *contacts;
	size_t ncontacts;
	char *checked; /* date the list was last checked */
};

/* Fills ci from the JSON text of a contacts file (len bytes, not
 * necessarily NUL-terminated): {"checked": DATE, "contacts": [{"name",
 * "how", "when", and optionally "tel", "sms", "sms_body"}, ...]}, at
 * least one contact, each with name, how and when as strings (other
 * fields that are not strings are read as absent). 0; or -1 with err set
 * (ERR_FAIL: the file is ours, so a problem is a bug) and ci empty.
 * Release with crisis_release() either way. */
int crisis_parse(struct crisis_info *ci, const char *text, size_t len,
		 struct err *err) __attribute__((warn_unused_result));
/* Fills ci from the embedded contacts file with crisis_parse. 0, or -1 (a
 * bug in the data file, caught by the unit tests). Release with
 * crisis_release(). */
int crisis_load(struct crisis_info *ci, struct err *err)
	__attribute__((warn_unused_result));
void crisis_release(struct crisis_info *ci);

/* 1 if text contains a phrase from the crisis list, else 0. */
int crisis_text_matches(const char *text);
/* Tests phrase (one line of the list, as written there) against text;
 * exposed for the unit tests. */
int crisis_phrase_matches(const char *phrase, const char *text);

#endif
