/* SPDX-License-Identifier: MIT */
/*
 * db.h: the only door to SQLite. Everything else in Waymark talks SQL through
 * these functions, and only through prepared statements whose SQL is a
 * string literal at the call site (db_prepare() refuses anything else at
 * compile time) with values bound as parameters.
 *
 * Connections are opened in WAL mode with synchronous=FULL, so a commit that
 * returned is on disk (a kill -9 or power cut afterwards cannot lose it),
 * with foreign keys on, secure_delete on (freed pages are zeroed) and a busy
 * timeout so the CLI and the web UI can share a vault.
 *
 * A struct db and its statements belong to one thread at a time.
 */
#ifndef WAYMARK_DB_H
#define WAYMARK_DB_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/err.h"

struct db;
struct db_stmt;

enum {
	DB_CREATE = 1 << 0,   /* create the file if it does not exist */
	DB_READONLY = 1 << 1,
};

#define WU __attribute__((warn_unused_result))

/* Opens path. 0 on success; -1 with err set (the message names the path). */
int db_open(struct db **out, const char *path, unsigned flags, struct err *err) WU;
/* Closes db; NULL is fine. Statements must have been finalised (a bug
 * otherwise). */
void db_close(struct db *db);

/* For a process that is exiting, perhaps in the middle of using db (the
 * CLI's die() after a failed write): rolls back, finalises every statement
 * still open and closes db, so that SQLite's memory is given back and its
 * files are left tidy. NULL is fine. Not for a process that goes on. */
void db_close_at_exit(struct db *db);

/* Prepares one statement. sql must be a string literal: the macro pastes
 * "" in front of it, which does not compile for a variable. */
#define db_prepare(db, st, sql, err) db_prepare_((db), (st), "" sql, (err))
int db_prepare_(struct db *db, struct db_stmt **st, const char *sql,
		struct err *err) WU;
/* Bind by 1-based index. A bad index or misuse is a bug (aborts). Text and
 * blobs are copied. A NULL text binds SQL NULL. */
void db_bind_int(struct db_stmt *st, int idx, int64_t v);
void db_bind_text(struct db_stmt *st, int idx, const char *s);
void db_bind_blob(struct db_stmt *st, int idx, const void *p, size_t n);
void db_bind_null(struct db_stmt *st, int idx);
/* 1: a row is ready; 0: done; -1: error (err set). */
int db_step(struct db_stmt *st, struct err *err) WU;
/* Runs a statement that returns no rows we need; 0 or -1. */
int db_run(struct db_stmt *st, struct err *err) WU;
/* Makes the statement ready to run again, keeping its bindings cleared. */
void db_reset(struct db_stmt *st);
/* Column readers, 0-based. Text and blobs are borrowed until the next
 * db_step, db_reset or db_finalize on this statement. */
int64_t db_col_int(struct db_stmt *st, int col);
double db_col_double(struct db_stmt *st, int col);
const char *db_col_text(struct db_stmt *st, int col); /* NULL for NULL */
const void *db_col_blob(struct db_stmt *st, int col, size_t *len);
int db_col_is_null(struct db_stmt *st, int col);
void db_finalize(struct db_stmt *st);

/* Runs a literal SQL script (several statements, no parameters). */
#define db_exec(db, sql, err) db_exec_((db), "" sql, (err))
int db_exec_(struct db *db, const char *sql, struct err *err) WU;

/* Transactions. db_begin starts an IMMEDIATE transaction (it takes the
 * write lock at once, so a busy vault fails early, not halfway). */
int db_begin(struct db *db, struct err *err) WU;
int db_commit(struct db *db, struct err *err) WU;
void db_rollback(struct db *db);

int64_t db_last_id(struct db *db);
int db_changes(struct db *db);

/* The schema version (PRAGMA user_version). */
int db_schema_version(struct db *db, int *out, struct err *err) WU;
/* Applies numbered migrations (migrations.c) up to target, or to the latest
 * when target is 0, each in its own transaction. Refuses a vault newer than
 * this program. */
int db_migrate(struct db *db, int target, struct err *err) WU;
/* The latest schema version this program knows. */
int db_schema_latest(void);

/* Copies the whole database to dest with SQLite's online backup API. dest
 * must not exist. */
int db_backup(struct db *db, const char *dest, struct err *err) WU;
/* Runs PRAGMA integrity_check; appends problems to report. Returns 0 when
 * the check ran (problems or not), with *ok set; -1 if it could not run. */
int db_integrity(struct db *db, int *ok, struct buf *report, struct err *err) WU;
/* Folds the WAL into the main file and truncates it. */
int db_checkpoint(struct db *db, struct err *err) WU;
/* PRAGMA data_version: changes when another connection commits. */
int db_data_version(struct db *db, long *out, struct err *err) WU;
/* VACUUM: rewrites the file, leaving no freed pages behind. */
int db_vacuum(struct db *db, struct err *err) WU;

#endif
