/* SPDX-License-Identifier: MIT */
/*
 * record.h: storing any feature's records in the vault. A record has clear
 * metadata (id, uid, kind, local date and time, timestamps) and a JSON body
 * holding everything the person wrote, which is sealed with the vault's key
 * when the vault is encrypted. Features keep their SQL-free mapping between
 * their structs and this in their store.c.
 *
 * Every function needs the vault open for use (vault_is_open_for_use);
 * otherwise it fails with ERR_LOCKED.
 */
#ifndef WAYMARK_RECORD_H
#define WAYMARK_RECORD_H

#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/err.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define RECORD_KIND_MAX 24

struct record {
	int64_t id;                  /* 0 until stored */
	char uid[33];                /* "" until stored, then 32 hex digits */
	char kind[RECORD_KIND_MAX];  /* e.g. "checkin" */
	char day[11];                /* local date "YYYY-MM-DD", or "" */
	int minute;                  /* local minutes after midnight, or -1 */
	int utc_offset;              /* minutes east of UTC */
	time_t created, updated;     /* 0 until stored */
	json_t *data;                /* the body; owned by the record */
};

void record_init(struct record *r);
void record_release(struct record *r);

/* Stores a new record. Fills id, and uid/created/updated if they are
 * empty/zero (import keeps them). Takes no ownership of r->data. */
int record_insert(struct waymark *wm, struct record *r, struct err *err) WU;
/* Replaces the record with r->id and kind r->kind: its day, minute, offset
 * and body; sets updated to now (or keeps r->updated if keep_updated).
 * 1 if there is no such record. */
int record_update(struct waymark *wm, struct record *r, int keep_updated,
		  struct err *err) WU;
/* Deletes for good. 1 if there is no such record. */
int record_delete(struct waymark *wm, int64_t id, const char *kind,
		  struct err *err) WU;
/* Moves to / brings back from the trash. 1 if no such record. */
int record_trash(struct waymark *wm, int64_t id, const char *kind,
		 struct err *err) WU;
int record_untrash(struct waymark *wm, int64_t id, const char *kind,
		   struct err *err) WU;
/* Deletes for good what has been in the trash longer than max_age seconds. */
int record_purge_trash(struct waymark *wm, long max_age, struct err *err) WU;

/* Reads one record of the kind (NULL: any kind). 1 if there is none (or
 * it is in the trash). out is initialised by the call. */
int record_get(struct waymark *wm, int64_t id, const char *kind,
	       struct record *out, struct err *err) WU;
int record_get_uid(struct waymark *wm, const char *uid, struct record *out,
		   struct err *err) WU;

struct record_query {
	const char *kind;  /* NULL: every kind */
	const char *from;  /* first day, inclusive, or NULL */
	const char *to;    /* last day, inclusive, or NULL */
	int newest_first;
	long limit;        /* 0: no limit */
	long offset;
};

/* Calls fn for each matching record (not in the trash), in date and time
 * order (newest first if asked), ties by id. fn returns 0 to go on,
 * 1 to stop, -1 to fail (it sets err). The record passed to fn is released
 * after fn returns; take a reference (json_incref) to keep its data. */
typedef int (*record_fn)(const struct record *r, void *ctx, struct err *err);
int record_each(struct waymark *wm, const struct record_query *q,
		record_fn fn, void *ctx, struct err *err) WU;
/* Counts records (any state) without opening them; works while locked. */
int record_count(struct waymark *wm, long *out, struct err *err) WU;

/* The identity a record shows in --json and the API, as a new object:
 * "id", "uid", "date" ("YYYY-MM-DD"), "time" ("HH:MM"), "utc_offset"
 * ("+01:00"), "created" and "updated" (UTC, "2026-11-21T10:00:00Z"), in
 * that order, for a feature to add its own fields to. */
struct wlocal;
json_t *record_identity_json(int64_t id, const char *uid, const struct wlocal *when,
			     time_t created, time_t updated);

/* For import: stores r keeping its uid and timestamps. If a record with
 * that uid exists, it is replaced when r is newer, else left alone.
 * *outcome: 0 added, 1 replaced, 2 already there. */
int record_put_import(struct waymark *wm, struct record *r, int *outcome,
		      struct err *err) WU;

/* For imports from other apps: stores r (keeping its uid and timestamps)
 * only if no record has that uid; a record already there is left exactly
 * as it is, whatever its timestamps, since the person may have edited it.
 * *added is 1 if r was stored (r->id set), 0 if it was already there.
 * ERR_INPUT if the uid belongs to a record of another kind. */
int record_insert_new(struct waymark *wm, struct record *r, int *added,
		      struct err *err) WU;

/* For the vault module: turns data into a stored body (JSON text, sealed
 * with key unless key is NULL, bound to uid and kind) appended to out, and
 * back. record_open_body fails if the body was changed or the key is wrong;
 * *out is then NULL. */
struct crypto_key;
struct buf;
int record_seal_body(const struct crypto_key *key, const char *uid,
		     const char *kind, json_t *data, struct buf *out,
		     struct err *err) WU;
int record_open_body(const struct crypto_key *key, const char *uid,
		     const char *kind, const void *body, size_t len,
		     json_t **out, struct err *err) WU;

#endif
