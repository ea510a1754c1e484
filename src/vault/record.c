/* SPDX-License-Identifier: MIT */
/*
 * record.c: the records table (see record.h). All record SQL lives here;
 * features map their structs to struct record and never see SQL or keys.
 * Bodies are JSON with sorted keys, sealed when the vault is encrypted;
 * decrypted text is wiped when freed.
 */
#include <jansson.h>

#include "core/buf.h"
#include "core/wtime.h"
#include "core/xalloc.h"
#include "crypto/crypto.h"
#include "db/db.h"
#include "record.h"
#include "vault.h"

void record_init(struct record *r)
{
	memset(r, 0, sizeof(*r));
	r->minute = -1;
}

void record_release(struct record *r)
{
	json_decref(r->data);
	record_init(r);
}

/* Associated data binding a sealed body to its record. */
static void aad_for(struct buf *aad, const char *uid, const char *kind)
{
	buf_adds(aad, "waymark/record/v1");
	buf_addch(aad, '\0');
	buf_adds(aad, uid);
	buf_addch(aad, '\0');
	buf_adds(aad, kind);
}

int record_seal_body(const struct crypto_key *key, const char *uid,
		     const char *kind, json_t *data, struct buf *out,
		     struct err *err)
{
	char *text = json_dumps(data, JSON_COMPACT | JSON_SORT_KEYS);
	struct buf aad = BUF_INIT;

	if (!text)
		return err_set(err, "cannot write record data");
	if (!key) {
		buf_adds(out, text);
	} else {
		aad_for(&aad, uid, kind);
		crypto_seal(key, aad.data, aad.len, text, strlen(text), out);
		buf_release(&aad);
	}
	vault_free_secret(text);
	return 0;
}

int record_open_body(const struct crypto_key *key, const char *uid,
		     const char *kind, const void *body, size_t len,
		     json_t **out, struct err *err)
{
	struct buf plain = BUF_INIT_SENSITIVE, aad = BUF_INIT;
	json_error_t jerr;

	*out = NULL;
	if (key) {
		aad_for(&aad, uid, kind);
		if (crypto_open(key, aad.data, aad.len, body, len, &plain)) {
			buf_release(&aad);
			buf_release(&plain);
			return err_set(err, "cannot be decrypted: it has been changed or damaged");
		}
		buf_release(&aad);
		*out = json_loadb(plain.data, plain.len, 0, &jerr);
	} else {
		*out = json_loadb(body, len, 0, &jerr);
	}
	buf_release(&plain);
	if (!*out || !json_is_object(*out)) {
		json_decref(*out);
		*out = NULL;
		return err_set(err, "is damaged: its data is not readable");
	}
	return 0;
}

static int need_open(struct waymark *wm, struct err *err)
{
	if (!vault_is_open_for_use(wm))
		return err_kind_set(err, ERR_LOCKED, "the vault is locked: unlock it with its passphrase first");
	return 0;
}

static void bind_meta(struct db_stmt *st, const struct record *r)
{
	/* parameters ?3 day, ?4 minute, ?5 utc_offset */
	db_bind_text(st, 3, r->day[0] ? r->day : NULL);
	if (r->minute >= 0)
		db_bind_int(st, 4, r->minute);
	else
		db_bind_null(st, 4);
	db_bind_int(st, 5, r->utc_offset);
}

int record_insert(struct waymark *wm, struct record *r, struct err *err)
{
	struct db_stmt *st;
	struct buf body = BUF_INIT;
	int rc;

	if (need_open(wm, err))
		return -1;
	if (!r->uid[0])
		crypto_random_uid(r->uid);
	if (!r->created)
		r->created = wnow();
	if (!r->updated)
		r->updated = r->created;
	if (record_seal_body(wm->key, r->uid, r->kind, r->data, &body, err))
		return -1;
	if (db_prepare(wm->db, &st,
		       "INSERT INTO records (uid, kind, day, minute, utc_offset, created, updated, body)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", err)) {
		buf_release(&body);
		return -1;
	}
	db_bind_text(st, 1, r->uid);
	db_bind_text(st, 2, r->kind);
	bind_meta(st, r);
	db_bind_int(st, 6, r->created);
	db_bind_int(st, 7, r->updated);
	db_bind_blob(st, 8, body.data, body.len);
	rc = db_run(st, err);
	db_finalize(st);
	buf_release(&body);
	if (rc < 0)
		return -1;
	r->id = db_last_id(wm->db);
	return 0;
}

int record_update(struct waymark *wm, struct record *r, int keep_updated,
		  struct err *err)
{
	struct db_stmt *st;
	struct buf body = BUF_INIT;
	int rc;

	if (need_open(wm, err))
		return -1;
	/* the uid (part of the sealing) comes from the stored record */
	if (db_prepare(wm->db, &st,
		       "SELECT uid, created FROM records WHERE id = ?1 AND kind = ?2", err))
		return -1;
	db_bind_int(st, 1, r->id);
	db_bind_text(st, 2, r->kind);
	rc = db_step(st, err);
	if (rc == 1) {
		snprintf(r->uid, sizeof(r->uid), "%s", db_col_text(st, 0));
		r->created = (time_t)db_col_int(st, 1);
	}
	db_finalize(st);
	if (rc <= 0)
		return rc < 0 ? -1 : 1;
	if (!keep_updated || !r->updated)
		r->updated = wnow();
	if (record_seal_body(wm->key, r->uid, r->kind, r->data, &body, err))
		return -1;
	if (db_prepare(wm->db, &st,
		       "UPDATE records SET day = ?3, minute = ?4, utc_offset = ?5,"
		       " updated = ?6, body = ?7 WHERE id = ?1 AND kind = ?2", err)) {
		buf_release(&body);
		return -1;
	}
	db_bind_int(st, 1, r->id);
	db_bind_text(st, 2, r->kind);
	bind_meta(st, r);
	db_bind_int(st, 6, r->updated);
	db_bind_blob(st, 7, body.data, body.len);
	rc = db_run(st, err);
	db_finalize(st);
	buf_release(&body);
	if (rc < 0)
		return -1;
	return db_changes(wm->db) ? 0 : 1;
}

int record_delete(struct waymark *wm, int64_t id, const char *kind,
		  struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (need_open(wm, err))
		return -1;
	if (db_prepare(wm->db, &st, "DELETE FROM records WHERE id = ?1 AND kind = ?2", err))
		return -1;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, kind);
	rc = db_run(st, err);
	db_finalize(st);
	if (rc < 0)
		return -1;
	return db_changes(wm->db) ? 0 : 1;
}

static int set_trashed(struct waymark *wm, int64_t id, const char *kind,
		       int trash, struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (need_open(wm, err))
		return -1;
	if (trash)
		rc = db_prepare(wm->db, &st,
				"UPDATE records SET trashed = ?3 WHERE id = ?1 AND kind = ?2"
				" AND trashed IS NULL", err);
	else
		rc = db_prepare(wm->db, &st,
				"UPDATE records SET trashed = NULL WHERE id = ?1 AND kind = ?2"
				" AND trashed IS NOT NULL AND ?3 IS NOT NULL", err);
	if (rc)
		return -1;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, kind);
	db_bind_int(st, 3, wnow());
	rc = db_run(st, err);
	db_finalize(st);
	if (rc < 0)
		return -1;
	return db_changes(wm->db) ? 0 : 1;
}

int record_trash(struct waymark *wm, int64_t id, const char *kind, struct err *err)
{
	return set_trashed(wm, id, kind, 1, err);
}

int record_untrash(struct waymark *wm, int64_t id, const char *kind, struct err *err)
{
	return set_trashed(wm, id, kind, 0, err);
}

int record_purge_trash(struct waymark *wm, long max_age, struct err *err)
{
	struct db_stmt *st;
	int rc;

	/* look first: every command calls this, and a DELETE takes the
	 * write lock even when it deletes nothing, which a read-only vault
	 * refuses (reading it must still work) */
	if (db_prepare(wm->db, &st,
		       "SELECT 1 FROM records WHERE trashed IS NOT NULL AND trashed <= ?1 LIMIT 1",
		       err))
		return -1;
	db_bind_int(st, 1, (int64_t)wnow() - max_age);
	rc = db_step(st, err);
	db_finalize(st);
	if (rc <= 0)
		return rc;
	if (db_prepare(wm->db, &st,
		       "DELETE FROM records WHERE trashed IS NOT NULL AND trashed <= ?1", err))
		return -1;
	db_bind_int(st, 1, (int64_t)wnow() - max_age);
	rc = db_run(st, err);
	db_finalize(st);
	return rc;
}

/* Columns: id, uid, kind, day, minute, utc_offset, created, updated, body. */
static int row_to_record(struct waymark *wm, struct db_stmt *st,
			 struct record *r, struct err *err)
{
	const char *s;
	const void *body;
	size_t n;

	record_init(r);
	r->id = db_col_int(st, 0);
	snprintf(r->uid, sizeof(r->uid), "%s", db_col_text(st, 1));
	snprintf(r->kind, sizeof(r->kind), "%s", db_col_text(st, 2));
	s = db_col_text(st, 3);
	snprintf(r->day, sizeof(r->day), "%s", s ? s : "");
	r->minute = db_col_is_null(st, 4) ? -1 : (int)db_col_int(st, 4);
	r->utc_offset = (int)db_col_int(st, 5);
	r->created = (time_t)db_col_int(st, 6);
	r->updated = (time_t)db_col_int(st, 7);
	body = db_col_blob(st, 8, &n);
	if (record_open_body(wm->key, r->uid, r->kind, body, n, &r->data, err)) {
		err_prefix(err, "record %lld ", (long long)r->id);
		return -1;
	}
	return 0;
}

int record_get(struct waymark *wm, int64_t id, const char *kind,
	       struct record *out, struct err *err)
{
	struct db_stmt *st;
	int rc;

	record_init(out);
	if (need_open(wm, err))
		return -1;
	if (db_prepare(wm->db, &st,
		       "SELECT id, uid, kind, day, minute, utc_offset, created, updated, body"
		       " FROM records WHERE id = ?1 AND (?2 IS NULL OR kind = ?2)"
		       " AND trashed IS NULL", err))
		return -1;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, kind);
	rc = db_step(st, err);
	if (rc == 1)
		rc = row_to_record(wm, st, out, err) ? -1 : 0;
	else if (rc == 0)
		rc = 1;
	db_finalize(st);
	return rc;
}

int record_get_uid(struct waymark *wm, const char *uid, struct record *out,
		   struct err *err)
{
	struct db_stmt *st;
	int rc;

	record_init(out);
	if (need_open(wm, err))
		return -1;
	if (db_prepare(wm->db, &st,
		       "SELECT id, uid, kind, day, minute, utc_offset, created, updated, body"
		       " FROM records WHERE uid = ?1", err))
		return -1;
	db_bind_text(st, 1, uid);
	rc = db_step(st, err);
	if (rc == 1)
		rc = row_to_record(wm, st, out, err) ? -1 : 0;
	else if (rc == 0)
		rc = 1;
	db_finalize(st);
	return rc;
}

int record_each(struct waymark *wm, const struct record_query *q,
		record_fn fn, void *ctx, struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (need_open(wm, err))
		return -1;
	/* Two literal queries rather than a built ORDER BY (STYLE.md §9). */
	if (q->newest_first)
		rc = db_prepare(wm->db, &st,
			"SELECT id, uid, kind, day, minute, utc_offset, created, updated, body"
			" FROM records WHERE trashed IS NULL"
			" AND (?1 IS NULL OR kind = ?1)"
			" AND (?2 IS NULL OR day >= ?2) AND (?3 IS NULL OR day <= ?3)"
			" ORDER BY day DESC, minute DESC, id DESC LIMIT ?4 OFFSET ?5", err);
	else
		rc = db_prepare(wm->db, &st,
			"SELECT id, uid, kind, day, minute, utc_offset, created, updated, body"
			" FROM records WHERE trashed IS NULL"
			" AND (?1 IS NULL OR kind = ?1)"
			" AND (?2 IS NULL OR day >= ?2) AND (?3 IS NULL OR day <= ?3)"
			" ORDER BY day, minute, id LIMIT ?4 OFFSET ?5", err);
	if (rc)
		return -1;
	db_bind_text(st, 1, q->kind);
	db_bind_text(st, 2, q->from);
	db_bind_text(st, 3, q->to);
	db_bind_int(st, 4, q->limit > 0 ? q->limit : -1);
	db_bind_int(st, 5, q->offset > 0 ? q->offset : 0);
	while ((rc = db_step(st, err)) == 1) {
		struct record r;
		if (row_to_record(wm, st, &r, err)) {
			rc = -1;
			break;
		}
		rc = fn(&r, ctx, err);
		record_release(&r);
		if (rc)
			break;
	}
	db_finalize(st);
	return rc < 0 ? -1 : 0;
}

int record_count(struct waymark *wm, long *out, struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (db_prepare(wm->db, &st, "SELECT count(*) FROM records", err))
		return -1;
	rc = db_step(st, err);
	if (rc == 1)
		*out = (long)db_col_int(st, 0);
	db_finalize(st);
	return rc < 0 ? -1 : 0;
}

int record_put_import(struct waymark *wm, struct record *r, int *outcome,
		      struct err *err)
{
	struct record old;
	int rc = record_get_uid(wm, r->uid, &old, err);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		*outcome = 0;
		return record_insert(wm, r, err);
	}
	if (strcmp(old.kind, r->kind)) {
		err_input(err, NULL, "record %s is a '%s' here but a '%s' in the file",
			  r->uid, old.kind, r->kind);
		record_release(&old);
		return -1;
	}
	if (r->updated <= old.updated) {
		*outcome = 2;
		r->id = old.id;
		record_release(&old);
		return 0;
	}
	r->id = old.id;
	record_release(&old);
	*outcome = 1;
	rc = record_update(wm, r, 1, err);
	if (rc == 0)
		return 0;
	return rc < 0 ? -1 : err_set(err, "record %s vanished while importing", r->uid);
}

int record_insert_new(struct waymark *wm, struct record *r, int *added,
		      struct err *err)
{
	struct db_stmt *st;
	int rc;

	*added = 0;
	if (need_open(wm, err))
		return -1;
	if (db_prepare(wm->db, &st, "SELECT id, kind FROM records WHERE uid = ?1", err))
		return -1;
	db_bind_text(st, 1, r->uid);
	rc = db_step(st, err);
	if (rc == 1) {
		if (strcmp(db_col_text(st, 1), r->kind))
			rc = err_input(err, NULL, "record %s is a '%s' here, not a '%s'",
				       r->uid, db_col_text(st, 1), r->kind);
		else
			r->id = db_col_int(st, 0);
	}
	db_finalize(st);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (record_insert(wm, r, err))
		return -1;
	*added = 1;
	return 0;
}

json_t *record_identity_json(int64_t id, const char *uid, const struct wlocal *when,
			     time_t created, time_t updated)
{
	char d[11], t[6], off[7], stamp[21];
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(id));
	json_object_set_new(o, "uid", json_string(uid));
	wdate_format(when->date, d);
	json_object_set_new(o, "date", json_string(d));
	wclock_format(when->minute, t);
	json_object_set_new(o, "time", json_string(t));
	woffset_format(when->utc_offset, off);
	json_object_set_new(o, "utc_offset", json_string(off));
	wutc_format(created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
	return o;
}
