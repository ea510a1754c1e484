/* SPDX-License-Identifier: MIT */
/*
 * err.h: how library, feature and web code report failure without exiting.
 * Functions return 0 for success and -1 for failure, and fill a caller's
 * struct err. err_set() and err_input() return -1 so that
 * `return err_set(err, "...")` reads naturally. Lookups that can legitimately
 * find nothing return 1 and say so in their header.
 *
 * The kind tells the caller how to answer: ERR_INPUT is the person's input
 * being wrong (CLI exit 2, HTTP 400, form shown again with the message next
 * to `field`); ERR_LOCKED means the vault needs its passphrase; ERR_STORAGE
 * means the vault could not be written (the disk is full, the vault or its
 * folder is read-only, another Waymark holds it): nothing was saved, the
 * input was fine and can be sent again once that is sorted (CLI exit 1
 * with what was typed echoed back, HTTP 503 with the form and everything
 * typed still in it); anything else is ERR_FAIL (exit 1, HTTP 500).
 * Messages never carry secrets or decrypted text, and follow git's style:
 * lower case, no full stop. They may quote what a person typed, so they
 * are always made valid UTF-8 without control characters other than tab
 * and newline (a stray byte becomes '?'): safe for a terminal and JSON.
 */
#ifndef WAYMARK_ERR_H
#define WAYMARK_ERR_H

enum err_kind {
	ERR_NONE = 0,
	ERR_FAIL,   /* something went wrong that the person did not cause */
	ERR_INPUT,  /* the person's input needs changing */
	ERR_LOCKED, /* the vault is encrypted and not unlocked */
	ERR_NOTFOUND,
	ERR_STORAGE, /* the vault cannot be written just now; nothing was */
};

struct err {
	enum err_kind kind;
	char field[64]; /* which input was wrong, e.g. "mood"; may be empty */
	char msg[480];
};

#define ERR_INIT { ERR_NONE, "", "" }

void err_clear(struct err *e);
/* Records a runtime failure. Always returns -1. */
int err_set(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Records bad input in the named field (NULL for none). Always returns -1. */
int err_input(struct err *e, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Records a failure of the given kind. Always returns -1. */
int err_kind_set(struct err *e, enum err_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Prefixes the message with context, e.g. "record 12: ". */
void err_prefix(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
