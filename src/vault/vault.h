/* SPDX-License-Identifier: MIT */
/*
 * vault.h: the person's vault, one SQLite file, and the context every
 * command and page works in. struct waymark carries the open database and,
 * once unlocked, the data key; it is passed explicitly (there are no
 * mutable globals), because the web server outlives its requests.
 *
 * A vault is plain or encrypted. An encrypted vault opens locked: records
 * can be counted and backed up, but not read or written, until
 * vault_unlock() (or vault_unlock_recovery()) succeeds.
 */
#ifndef WAYMARK_VAULT_H
#define WAYMARK_VAULT_H

#include "core/buf.h"
#include "core/err.h"

#define WU __attribute__((warn_unused_result))

struct db;
struct crypto_key;

struct waymark {
	struct db *db;
	char *path;
	struct crypto_key *key; /* data key once unlocked; NULL otherwise */
	int encrypted;          /* the vault has a passphrase */
	int created;            /* vault_open made a new vault just now */
};

enum {
	VAULT_CREATE = 1 << 0, /* make a new plain vault if none exists */
};

/* Once per process, before any other vault_ call: starts libsodium and
 * makes jansson wipe memory it frees. -1 if libsodium cannot start. */
int vault_global_init(void) WU;

/* The vault path: explicit (if not NULL), else $WAYMARK_VAULT, else
 * $XDG_DATA_HOME/waymark/vault.db, else ~/.local/share/waymark/vault.db.
 * Caller frees. */
char *vault_default_path(const char *explicit_path);

/* 1 if a vault file exists at path. */
int vault_exists(const char *path);

/* Opens (and with VAULT_CREATE, creates, along with its folder, mode 0700)
 * the vault at path, bringing its schema up to date. Missing vault without
 * VAULT_CREATE: ERR_NOTFOUND. Release with vault_close(). */
int vault_open(struct waymark *wm, const char *path, unsigned flags,
	       struct err *err) WU;
void vault_close(struct waymark *wm);
/* As vault_close, for a process that is exiting perhaps in the middle of
 * using the vault (db_close_at_exit): the key is wiped and SQLite's memory
 * given back. */
void vault_close_at_exit(struct waymark *wm);

/* Creates a new vault at path (which must not exist). With a passphrase it
 * is encrypted, and the recovery key is appended to recovery (shown to the
 * person once, never stored). The vault is left open and unlocked. */
int vault_init(struct waymark *wm, const char *path, const char *passphrase,
	       struct buf *recovery, struct err *err) WU;

/* Unlocks an encrypted vault. A wrong passphrase: ERR_INPUT, and nothing
 * changes. On a plain vault it does nothing and succeeds. */
int vault_unlock(struct waymark *wm, const char *passphrase, struct err *err) WU;
/* The same with the recovery key, as typed (dashes and case ignored). */
int vault_unlock_recovery(struct waymark *wm, const char *recovery,
			  struct err *err) WU;
/* Forgets the key (wiping it). */
void vault_lock(struct waymark *wm);
/* 1 if records can be read and written now. */
int vault_is_open_for_use(const struct waymark *wm);

/* Sets a new passphrase. On an unlocked encrypted vault it re-wraps the
 * data key (records untouched; the recovery key stays valid). On a plain
 * vault it encrypts every record in one transaction, then rewrites the file
 * so no plain text is left behind, and appends a new recovery key to
 * recovery. */
int vault_set_passphrase(struct waymark *wm, const char *passphrase,
			 struct buf *recovery, struct err *err) WU;

/* The minimum passphrase length, in characters. */
#define VAULT_MIN_PASSPHRASE 8
/* Checks a new passphrase is acceptable (ERR_INPUT with a kind message). */
int vault_passphrase_ok(const char *passphrase, struct err *err) WU;

struct vault_report {
	int integrity_ok;
	long records;
	long unreadable; /* records that failed to decrypt or parse */
	struct buf problems;
};
/* Runs SQLite's integrity check and opens every record. Returns 0 when the
 * check ran (look at the report), -1 if it could not. Needs the vault
 * unlocked. Release the report with vault_report_release(). */
int vault_check(struct waymark *wm, struct vault_report *rep, struct err *err) WU;
void vault_report_release(struct vault_report *rep);

/* Writes a consistent copy of the whole vault (still encrypted if it is) to
 * dest, which must not exist. */
int vault_backup(struct waymark *wm, const char *dest, struct err *err) WU;

/* Settings that must be readable while the vault is locked (such as how
 * soon the web UI locks itself). Stored in clear, so never anything
 * personal. get: 0, 1 if unset, -1 on error. */
int vault_setting_get(struct waymark *wm, const char *name, long *out,
		      struct err *err) WU;
int vault_setting_set(struct waymark *wm, const char *name, long value,
		      struct err *err) WU;
/* The same for a short text setting (such as the secret in a calendar
 * feed's address, which must be checked while the vault is locked so the
 * feed can refuse kindly). Kept in clear beside the number settings
 * ("setting.NAME" in the meta table; a number setting and a text setting
 * of one name are the same row), so never anything personal. get appends
 * the value to out: 0, 1 if unset, -1 on error. set with value NULL
 * removes the setting (0 also when it was not there). */
int vault_setting_text_get(struct waymark *wm, const char *name,
			   struct buf *out, struct err *err) WU;
int vault_setting_text_set(struct waymark *wm, const char *name,
			   const char *value, struct err *err) WU;

/* A transaction over several record writes (import, bulk changes): all of
 * them are saved, or none. */
int vault_begin(struct waymark *wm, struct err *err) WU;
int vault_commit(struct waymark *wm, struct err *err) WU;
void vault_rollback(struct waymark *wm);

/* A number that changes whenever another connection (another Waymark, the
 * command line) commits to the vault (SQLite's data_version). */
int vault_data_version(struct waymark *wm, long *out, struct err *err) WU;

/* Frees text that held decrypted data, wiping it first. */
void vault_free_secret(char *p);

#endif
