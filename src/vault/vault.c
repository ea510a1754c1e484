/* SPDX-License-Identifier: MIT */
/*
 * vault.c: opening, creating, unlocking, re-keying, checking and backing up
 * the vault (see vault.h). Keys come from crypto/, storage from db/; this
 * file holds the rules that tie them together. It never prints or exits.
 *
 * Meta rows (all in clear): "kdf_pass" and "kdf_recovery" (Argon2id cost and
 * salt as JSON), "key_pass" and "key_recovery" (the data key wrapped by each
 * derived key), "created".
 */
#include <errno.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "core/fileio.h"
#include "core/text.h"
#include "core/wtime.h"
#include "core/xalloc.h"
#include "crypto/crypto.h"
#include "db/db.h"
#include "record.h"
#include "vault.h"

static const char LABEL_PASS[] = "waymark/key/pass/v1";
static const char LABEL_RECOVERY[] = "waymark/key/recovery/v1";

/* jansson holds decrypted text: wipe whatever it frees. */
static void wiping_free(void *p)
{
	if (p) {
		explicit_bzero(p, malloc_usable_size(p));
		free(p);
	}
}

int vault_global_init(void)
{
	json_set_alloc_funcs(malloc, wiping_free);
	return crypto_init();
}

void vault_free_secret(char *p)
{
	wiping_free(p);
}

char *vault_default_path(const char *explicit_path)
{
	const char *env = getenv("WAYMARK_VAULT");

	if (explicit_path && *explicit_path)
		return xstrdup(explicit_path);
	if (env && *env)
		return xstrdup(env);
	return file_data_path("vault.db");
}

int vault_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* mkdir -p for the folder that will hold path, mode 0700. */
static int make_parent(const char *path, struct err *err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');

	if (!slash || slash == dir) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	for (char *p = dir + 1; ; p++) {
		if (*p == '/' || *p == '\0') {
			char c = *p;
			*p = '\0';
			if (mkdir(dir, 0700) && errno != EEXIST) {
				err_set(err, "cannot create folder '%s': %s", dir, strerror(errno));
				free(dir);
				return -1;
			}
			*p = c;
			if (!c)
				break;
		}
	}
	free(dir);
	return 0;
}

static int meta_get(struct waymark *wm, const char *key, struct buf *out,
		    struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (db_prepare(wm->db, &st, "SELECT value FROM meta WHERE key = ?1", err))
		return -1;
	db_bind_text(st, 1, key);
	rc = db_step(st, err);
	if (rc == 1) {
		size_t n;
		const void *p = db_col_blob(st, 0, &n);
		buf_add(out, p, n);
	}
	db_finalize(st);
	return rc < 0 ? -1 : rc == 1 ? 0 : 1;
}

static int meta_put(struct waymark *wm, const char *key, const void *val,
		    size_t len, struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (db_prepare(wm->db, &st,
		       "INSERT INTO meta (key, value) VALUES (?1, ?2)"
		       " ON CONFLICT (key) DO UPDATE SET value = excluded.value", err))
		return -1;
	db_bind_text(st, 1, key);
	db_bind_blob(st, 2, val, len);
	rc = db_run(st, err);
	db_finalize(st);
	return rc;
}

static void kdf_to_json(const struct crypto_kdf *k, struct buf *out)
{
	struct buf salt = BUF_INIT;
	crypto_hex(k->salt, sizeof(k->salt), &salt);
	buf_addf(out, "{\"alg\":\"argon2id13\",\"ops\":%llu,\"mem\":%zu,\"salt\":\"%s\"}",
		 k->ops, k->mem, salt.data);
	buf_release(&salt);
}

static int kdf_from_json(const char *text, struct crypto_kdf *k, struct err *err)
{
	json_error_t jerr;
	json_t *o = json_loads(text, 0, &jerr);
	const char *alg, *salt;
	int r = -1;

	if (!o)
		return err_set(err, "the vault's key settings are damaged");
	alg = json_string_value(json_object_get(o, "alg"));
	salt = json_string_value(json_object_get(o, "salt"));
	if (alg && !strcmp(alg, "argon2id13") && salt &&
	    json_is_integer(json_object_get(o, "ops")) &&
	    json_is_integer(json_object_get(o, "mem")) &&
	    json_integer_value(json_object_get(o, "ops")) > 0 &&
	    json_integer_value(json_object_get(o, "mem")) > 0 &&
	    !crypto_unhex(salt, k->salt, sizeof(k->salt))) {
		k->ops = (unsigned long long)json_integer_value(json_object_get(o, "ops"));
		k->mem = (size_t)json_integer_value(json_object_get(o, "mem"));
		r = 0;
	} else {
		err_set(err, "the vault's key settings are damaged");
	}
	json_decref(o);
	return r;
}

static int load_encrypted_flag(struct waymark *wm, struct err *err)
{
	struct buf b = BUF_INIT;
	int rc = meta_get(wm, "key_pass", &b, err);
	buf_release(&b);
	if (rc < 0)
		return -1;
	wm->encrypted = rc == 0;
	return 0;
}

int vault_open(struct waymark *wm, const char *path, unsigned flags,
	       struct err *err)
{
	int existed = vault_exists(path);

	memset(wm, 0, sizeof(*wm));
	if (!existed && !(flags & VAULT_CREATE))
		return err_kind_set(err, ERR_NOTFOUND,
			"there is no vault at '%s' yet: your first check-in will make one, or run 'waymark vault init'",
			path);
	if (!existed && make_parent(path, err))
		return -1;
	if (db_open(&wm->db, path, existed ? 0 : DB_CREATE, err))
		return -1;
	wm->path = xstrdup(path);
	wm->created = !existed;
	if (db_migrate(wm->db, 0, err) || load_encrypted_flag(wm, err)) {
		vault_close(wm);
		return -1;
	}
	if (!existed) {
		char stamp[21];
		wutc_format(wnow(), stamp);
		if (meta_put(wm, "created", stamp, strlen(stamp), err)) {
			vault_close(wm);
			return -1;
		}
	}
	return 0;
}

void vault_close(struct waymark *wm)
{
	vault_lock(wm);
	db_close(wm->db);
	free(wm->path);
	memset(wm, 0, sizeof(*wm));
}

void vault_close_at_exit(struct waymark *wm)
{
	vault_lock(wm);
	db_close_at_exit(wm->db);
	free(wm->path);
	memset(wm, 0, sizeof(*wm));
}

void vault_lock(struct waymark *wm)
{
	crypto_key_free(wm->key);
	wm->key = NULL;
}

int vault_is_open_for_use(const struct waymark *wm)
{
	return wm->db && (!wm->encrypted || wm->key);
}

int vault_passphrase_ok(const char *passphrase, struct err *err)
{
	if (!passphrase || text_chars(passphrase) < VAULT_MIN_PASSPHRASE)
		return err_input(err, "passphrase",
			"please choose a passphrase of at least %d characters: a few words you will remember works well",
			VAULT_MIN_PASSPHRASE);
	if (!text_valid(passphrase, 0))
		return err_input(err, "passphrase",
			"the passphrase has a character Waymark cannot store; please use letters, numbers, spaces and punctuation");
	return 0;
}

/* Derives the key for kdf_name from secret and unwraps key_name with it. */
static int unwrap_with(struct waymark *wm, const char *secret,
		       const char *kdf_name, const char *key_name,
		       const char *label, struct err *err)
{
	struct buf kdftext = BUF_INIT, wrapped = BUF_INIT;
	struct crypto_kdf kdf;
	struct crypto_key *kek = NULL, *dk = NULL;
	int r = -1;

	if (meta_get(wm, kdf_name, &kdftext, err) ||
	    meta_get(wm, key_name, &wrapped, err)) {
		if (err->kind == ERR_NONE)
			err_set(err, "the vault's key is missing; it may be damaged");
		goto out;
	}
	if (kdf_from_json(kdftext.data, &kdf, err) ||
	    crypto_derive(secret, strlen(secret), &kdf, &kek, err))
		goto out;
	if (crypto_unwrap(kek, label, wrapped.data, wrapped.len, &dk)) {
		err_input(err, "passphrase", "%s",
			  label == LABEL_PASS
			  ? "that passphrase does not open this vault; nothing was changed. Check for caps lock and try again"
			  : "that recovery key does not open this vault; nothing was changed. Check each group of four and try again");
		goto out;
	}
	vault_lock(wm);
	wm->key = dk;
	r = 0;
out:
	crypto_key_free(kek);
	buf_release(&kdftext);
	buf_release(&wrapped);
	return r;
}

int vault_unlock(struct waymark *wm, const char *passphrase, struct err *err)
{
	if (!wm->encrypted)
		return 0;
	return unwrap_with(wm, passphrase ? passphrase : "", "kdf_pass", "key_pass",
			   LABEL_PASS, err);
}

int vault_unlock_recovery(struct waymark *wm, const char *recovery,
			  struct err *err)
{
	struct buf canon = BUF_INIT_SENSITIVE;
	int r;

	if (!wm->encrypted)
		return 0;
	if (crypto_recovery_normalise(recovery ? recovery : "", &canon))
		return err_input(err, "recovery",
			"a recovery key is 32 letters and digits in groups of four, like 3f9a-0c12-...; that does not look like one");
	r = unwrap_with(wm, canon.data, "kdf_recovery", "key_recovery",
			LABEL_RECOVERY, err);
	buf_release(&canon);
	return r;
}

/* Derives a key for secret with fresh settings, wraps dk with it and stores
 * both under kdf_name/key_name. */
static int store_wrapped(struct waymark *wm, const char *secret,
			 const struct crypto_key *dk, const char *kdf_name,
			 const char *key_name, const char *label, struct err *err)
{
	struct crypto_kdf kdf;
	struct crypto_key *kek;
	struct buf kdftext = BUF_INIT, wrapped = BUF_INIT;
	int r;

	crypto_kdf_new(&kdf);
	if (crypto_derive(secret, strlen(secret), &kdf, &kek, err))
		return -1;
	kdf_to_json(&kdf, &kdftext);
	crypto_wrap(kek, label, dk, &wrapped);
	crypto_key_free(kek);
	r = meta_put(wm, kdf_name, kdftext.data, kdftext.len, err) ||
	    meta_put(wm, key_name, wrapped.data, wrapped.len, err) ? -1 : 0;
	buf_release(&kdftext);
	buf_release(&wrapped);
	return r;
}

/* Re-seals every record body, from plain JSON to sealed with dk. */
static int seal_all(struct waymark *wm, struct crypto_key *dk, struct err *err)
{
	struct db_stmt *rd, *wr;
	int rc;

	if (db_prepare(wm->db, &rd, "SELECT id, uid, kind, body FROM records", err))
		return -1;
	if (db_prepare(wm->db, &wr, "UPDATE records SET body = ?2 WHERE id = ?1", err)) {
		db_finalize(rd);
		return -1;
	}
	while ((rc = db_step(rd, err)) == 1) {
		struct buf sealed = BUF_INIT;
		size_t n;
		const void *body = db_col_blob(rd, 3, &n);
		json_t *data;
		json_error_t jerr;

		data = json_loadb(body, n, 0, &jerr);
		if (!data) {
			rc = err_set(err, "record %lld cannot be read, so the vault was left as it was",
				     (long long)db_col_int(rd, 0));
			break;
		}
		rc = record_seal_body(dk, db_col_text(rd, 1), db_col_text(rd, 2), data,
				      &sealed, err);
		json_decref(data);
		if (rc < 0)
			break;
		db_bind_int(wr, 1, db_col_int(rd, 0));
		db_bind_blob(wr, 2, sealed.data, sealed.len);
		rc = db_run(wr, err);
		db_reset(wr);
		buf_release(&sealed);
		if (rc < 0)
			break;
	}
	db_finalize(rd);
	db_finalize(wr);
	return rc < 0 ? -1 : 0;
}

int vault_set_passphrase(struct waymark *wm, const char *passphrase,
			 struct buf *recovery, struct err *err)
{
	struct crypto_key *dk;
	struct buf rec = BUF_INIT_SENSITIVE;

	if (vault_passphrase_ok(passphrase, err))
		return -1;
	if (wm->encrypted) {
		if (!wm->key)
			return err_kind_set(err, ERR_LOCKED, "the vault is locked");
		if (db_begin(wm->db, err))
			return -1;
		if (store_wrapped(wm, passphrase, wm->key, "kdf_pass", "key_pass",
				  LABEL_PASS, err) ||
		    db_commit(wm->db, err)) {
			db_rollback(wm->db);
			return -1;
		}
		return 0;
	}

	/* A plain vault becomes encrypted. */
	dk = crypto_key_random();
	crypto_recovery_new(&rec);
	if (db_begin(wm->db, err))
		goto fail;
	if (seal_all(wm, dk, err) ||
	    store_wrapped(wm, passphrase, dk, "kdf_pass", "key_pass", LABEL_PASS, err) ||
	    store_wrapped(wm, rec.data, dk, "kdf_recovery", "key_recovery",
			  LABEL_RECOVERY, err) ||
	    db_commit(wm->db, err)) {
		db_rollback(wm->db);
		goto fail;
	}
	wm->encrypted = 1;
	wm->key = dk;
	buf_add(recovery, rec.data, rec.len);
	buf_release(&rec);
	/* Leave no plain text behind in freed pages or the WAL. */
	if (db_vacuum(wm->db, err) || db_checkpoint(wm->db, err))
		return -1;
	return 0;
fail:
	crypto_key_free(dk);
	buf_release(&rec);
	return -1;
}

int vault_init(struct waymark *wm, const char *path, const char *passphrase,
	       struct buf *recovery, struct err *err)
{
	if (vault_exists(path))
		return err_input(err, "vault",
			"there is already a vault at '%s'; nothing was changed", path);
	if (passphrase && vault_passphrase_ok(passphrase, err))
		return -1;
	if (vault_open(wm, path, VAULT_CREATE, err))
		return -1;
	if (passphrase && vault_set_passphrase(wm, passphrase, recovery, err)) {
		vault_close(wm);
		unlink(path);
		return -1;
	}
	return 0;
}

int vault_check(struct waymark *wm, struct vault_report *rep, struct err *err)
{
	struct db_stmt *st;
	int rc;

	memset(rep, 0, sizeof(*rep));
	buf_init(&rep->problems, 0, 0);
	if (!vault_is_open_for_use(wm))
		return err_kind_set(err, ERR_LOCKED, "the vault is locked");
	if (db_integrity(wm->db, &rep->integrity_ok, &rep->problems, err))
		return -1;
	if (db_prepare(wm->db, &st, "SELECT id, uid, kind, body FROM records ORDER BY id", err))
		return -1;
	while ((rc = db_step(st, err)) == 1) {
		size_t n;
		const void *body = db_col_blob(st, 3, &n);
		json_t *data = NULL;
		struct err e2 = ERR_INIT;

		rep->records++;
		if (record_open_body(wm->key, db_col_text(st, 1), db_col_text(st, 2), body, n,
				     &data, &e2)) {
			rep->unreadable++;
			buf_addf(&rep->problems, "record %lld (%s): %s\n",
				 (long long)db_col_int(st, 0), db_col_text(st, 2), e2.msg);
		}
		json_decref(data);
	}
	db_finalize(st);
	return rc < 0 ? -1 : 0;
}

void vault_report_release(struct vault_report *rep)
{
	buf_release(&rep->problems);
}

int vault_backup(struct waymark *wm, const char *dest, struct err *err)
{
	if (vault_exists(dest))
		return err_input(err, "file",
			"'%s' already exists; choose a new file name so nothing is overwritten", dest);
	return db_backup(wm->db, dest, err);
}

int vault_begin(struct waymark *wm, struct err *err)
{
	return db_begin(wm->db, err);
}

int vault_commit(struct waymark *wm, struct err *err)
{
	return db_commit(wm->db, err);
}

void vault_rollback(struct waymark *wm)
{
	db_rollback(wm->db);
}

int vault_setting_get(struct waymark *wm, const char *name, long *out,
		      struct err *err)
{
	struct buf key = BUF_INIT, val = BUF_INIT;
	char *end;
	int rc;

	buf_addf(&key, "setting.%s", name);
	rc = meta_get(wm, key.data, &val, err);
	if (rc == 0) {
		*out = strtol(val.data, &end, 10);
		if (*end || !val.len)
			rc = 1; /* a damaged setting counts as unset */
	}
	buf_release(&key);
	buf_release(&val);
	return rc;
}

int vault_setting_text_get(struct waymark *wm, const char *name,
			   struct buf *out, struct err *err)
{
	struct buf key = BUF_INIT;
	int rc;

	buf_addf(&key, "setting.%s", name);
	rc = meta_get(wm, key.data, out, err);
	buf_release(&key);
	return rc;
}

int vault_setting_text_set(struct waymark *wm, const char *name,
			   const char *value, struct err *err)
{
	struct buf key = BUF_INIT;
	struct db_stmt *st;
	int rc;

	buf_addf(&key, "setting.%s", name);
	if (value) {
		rc = meta_put(wm, key.data, value, strlen(value), err);
	} else if ((rc = db_prepare(wm->db, &st, "DELETE FROM meta WHERE key = ?1", err)) == 0) {
		db_bind_text(st, 1, key.data);
		rc = db_run(st, err);
		db_finalize(st);
	}
	buf_release(&key);
	return rc;
}

int vault_setting_set(struct waymark *wm, const char *name, long value,
		      struct err *err)
{
	struct buf key = BUF_INIT, val = BUF_INIT;
	int rc;

	buf_addf(&key, "setting.%s", name);
	buf_addf(&val, "%ld", value);
	rc = meta_put(wm, key.data, val.data, val.len, err);
	buf_release(&key);
	buf_release(&val);
	return rc;
}

int vault_data_version(struct waymark *wm, long *out, struct err *err)
{
	return db_data_version(wm->db, out, err);
}
