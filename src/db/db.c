/* SPDX-License-Identifier: MIT */
/*
 * db.c: the SQLite wrapper (see db.h). It is the only file that calls
 * sqlite3_*; it never exits, and reports every SQLite failure through
 * struct err with the database's own message (which never holds record
 * bodies: those are only ever bound as parameters).
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "core/xalloc.h"
#include "db.h"

struct db {
	sqlite3 *h;
	char *path;
	int nstmts; /* live statements, to catch leaks */
	sqlite3_stmt *data_version; /* kept prepared (db_data_version) */
};

struct db_stmt {
	sqlite3_stmt *h;
	struct db *db;
};

/* Fills err for the failure on db. A vault that cannot be written (disk
 * full, read-only file or folder, busy, an I/O error) is ERR_STORAGE, with
 * a message that names neither the path nor anything SQL, so the web UI
 * can show it too; callers add that nothing was saved. */
static int fail(struct db *db, struct err *err, const char *what)
{
	int code = sqlite3_extended_errcode(db->h);
	const char *msg = sqlite3_errmsg(db->h);
	int prim = code & 0xff;
	/* the errno of the I/O that failed, for the errors that come from one */
	int sys = prim == SQLITE_IOERR || prim == SQLITE_CANTOPEN || prim == SQLITE_FULL ||
		  prim == SQLITE_READONLY ? sqlite3_system_errno(db->h) : 0;

	if ((code & 0xff) == SQLITE_FULL || sys == ENOSPC || sys == EDQUOT)
		return err_kind_set(err, ERR_STORAGE,
			"the disk is full; free some space and try again");
	if (sys == EROFS)
		return err_kind_set(err, ERR_STORAGE,
			"the disk your vault is on can only be read, not written to");
	if ((code & 0xff) == SQLITE_READONLY) {
		/* SQLite's codes do not always say which: the file or the
		 * folder it keeps its two working files in */
		char *dir = xstrdup(db->path), *slash = strrchr(dir, '/');
		int dir_ro;
		if (slash)
			*(slash == dir ? slash + 1 : slash) = '\0';
		dir_ro = access(slash ? dir : ".", W_OK) != 0;
		free(dir);
		if (dir_ro || code == SQLITE_READONLY_DIRECTORY)
			return err_kind_set(err, ERR_STORAGE,
				"the folder your vault is in cannot be written to, and Waymark needs to keep two small working files beside the vault");
		return err_kind_set(err, ERR_STORAGE,
			"your vault cannot be written to (its file is read-only); reading it still works");
	}
	if ((code & 0xff) == SQLITE_BUSY)
		return err_kind_set(err, ERR_STORAGE,
			"the vault is busy (another Waymark is writing); try again in a moment");
	if ((code & 0xff) == SQLITE_IOERR)
		return err_kind_set(err, ERR_STORAGE,
			"the disk could not be written or read (%s); check that it has space and try again",
			msg);
	if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
		return err_set(err, "the vault '%s' is damaged or not a Waymark vault (%s)", db->path, msg);
	return err_set(err, "%s failed: %s", what, msg);
}

static int pragma(struct db *db, const char *sql, struct err *err)
{
	sqlite3_stmt *st;
	int rc;

	/* sql comes from the literals in db_open below */
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(db, err, "setting up the vault");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return fail(db, err, "setting up the vault");
	return 0;
}

/* SQLite makes the vault's two working files (PATH-wal and PATH-shm) with
 * the vault's own permissions, so opening a vault while its file is
 * read-only leaves read-only working files behind, and the vault would
 * stay unwritable after the person makes the file writable again. When
 * the file is writable, such leftovers (ours) get its permissions back. */
static void mend_working_files(const char *path)
{
	static const char *const suffixes[] = { "-wal", "-shm" };
	struct stat st, ws;

	if (stat(path, &st) || access(path, W_OK))
		return;
	for (size_t i = 0; i < ARRAY_SIZE(suffixes); i++) {
		struct buf p = BUF_INIT;
		buf_addf(&p, "%s%s", path, suffixes[i]);
		/* a failure here is left to SQLite, which says what it
		 * cannot open */
		if (!stat(p.data, &ws) && ws.st_uid == geteuid() && !(ws.st_mode & S_IWUSR))
			(void)!chmod(p.data, st.st_mode & 0777);
		buf_release(&p);
	}
}

int db_open(struct db **out, const char *path, unsigned flags, struct err *err)
{
	static const char *const pragmas[] = {
		"PRAGMA journal_mode = WAL",
		"PRAGMA synchronous = FULL",
		"PRAGMA foreign_keys = ON",
		"PRAGMA secure_delete = ON",
		"PRAGMA temp_store = MEMORY",
		"PRAGMA trusted_schema = OFF",
	};
	struct db *db = xcalloc(1, sizeof(*db));
	int oflags = (flags & DB_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	int rc;

	if (flags & DB_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	oflags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
	db->path = xstrdup(path);
	if (!(flags & DB_READONLY))
		mend_working_files(path);
	rc = sqlite3_open_v2(path, &db->h, oflags, NULL);
	if (rc != SQLITE_OK) {
		if (db->h)
			err_set(err, "cannot open vault '%s': %s", path, sqlite3_errmsg(db->h));
		else
			err_set(err, "cannot open vault '%s'", path);
		db_close(db);
		return -1;
	}
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, 5000);
	for (size_t i = 0; i < ARRAY_SIZE(pragmas); i++) {
		if ((flags & DB_READONLY) && i == 0)
			continue;
		if (pragma(db, pragmas[i], err)) {
			db_close(db);
			return -1;
		}
	}
	/* tests/storage: WAYMARK_TEST_DISK_FULL=1 makes an existing vault as
	 * full as a full disk would, with SQLite's own limit: the file may not
	 * grow by a single page (a limit below the current size means the
	 * current size), so any write that needs a new page fails with
	 * SQLITE_FULL, the same error a full disk gives (a write that fits in
	 * space already in the file still succeeds, as on a real full disk).
	 * It runs anywhere, as root or not, where mounting a small full
	 * filesystem may not. */
	if (getenv("WAYMARK_TEST_DISK_FULL") && !(flags & (DB_CREATE | DB_READONLY)) &&
	    pragma(db, "PRAGMA max_page_count = 1", err)) {
		db_close(db);
		return -1;
	}
	*out = db;
	return 0;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	if (db->nstmts)
		BUG("db_close with %d statements not finalised", db->nstmts);
	sqlite3_finalize(db->data_version);
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}

void db_close_at_exit(struct db *db)
{
	sqlite3_stmt *st;

	if (!db)
		return;
	/* statements the exiting code still held; their wrappers die with
	 * the process */
	while ((st = sqlite3_next_stmt(db->h, NULL)))
		sqlite3_finalize(st);
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}

int db_prepare_(struct db *db, struct db_stmt **st, const char *sql,
		struct err *err)
{
	sqlite3_stmt *h;

	if (sqlite3_prepare_v2(db->h, sql, -1, &h, NULL) != SQLITE_OK)
		return fail(db, err, "preparing a query");
	*st = xmalloc(sizeof(**st));
	(*st)->h = h;
	(*st)->db = db;
	db->nstmts++;
	return 0;
}

static void check_bind(struct db_stmt *st, int rc, int idx)
{
	if (rc == SQLITE_NOMEM)
		BUG("out of memory binding parameter %d", idx);
	if (rc != SQLITE_OK)
		BUG("bad bind of parameter %d: %s", idx, sqlite3_errstr(rc));
	(void)st;
}

void db_bind_int(struct db_stmt *st, int idx, int64_t v)
{
	check_bind(st, sqlite3_bind_int64(st->h, idx, v), idx);
}

void db_bind_text(struct db_stmt *st, int idx, const char *s)
{
	if (!s)
		check_bind(st, sqlite3_bind_null(st->h, idx), idx);
	else
		check_bind(st, sqlite3_bind_text(st->h, idx, s, -1, SQLITE_TRANSIENT), idx);
}

void db_bind_blob(struct db_stmt *st, int idx, const void *p, size_t n)
{
	check_bind(st, sqlite3_bind_blob64(st->h, idx, p, n, SQLITE_TRANSIENT), idx);
}

void db_bind_null(struct db_stmt *st, int idx)
{
	check_bind(st, sqlite3_bind_null(st->h, idx), idx);
}

int db_step(struct db_stmt *st, struct err *err)
{
	int rc = sqlite3_step(st->h);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return fail(st->db, err, "reading or writing the vault");
}

int db_run(struct db_stmt *st, struct err *err)
{
	int rc;
	while ((rc = db_step(st, err)) == 1)
		;
	return rc;
}

void db_reset(struct db_stmt *st)
{
	sqlite3_reset(st->h);
	sqlite3_clear_bindings(st->h);
}

int64_t db_col_int(struct db_stmt *st, int col)
{
	return sqlite3_column_int64(st->h, col);
}

double db_col_double(struct db_stmt *st, int col)
{
	return sqlite3_column_double(st->h, col);
}

const char *db_col_text(struct db_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(st->h, col);
}

const void *db_col_blob(struct db_stmt *st, int col, size_t *len)
{
	const void *p = sqlite3_column_blob(st->h, col);
	*len = (size_t)sqlite3_column_bytes(st->h, col);
	return p;
}

int db_col_is_null(struct db_stmt *st, int col)
{
	return sqlite3_column_type(st->h, col) == SQLITE_NULL;
}

void db_finalize(struct db_stmt *st)
{
	if (!st)
		return;
	sqlite3_finalize(st->h);
	st->db->nstmts--;
	free(st);
}

int db_exec_(struct db *db, const char *sql, struct err *err)
{
	const char *tail = sql;

	/* sql is a literal (see db_exec); run each statement in turn */
	while (tail && *tail) {
		sqlite3_stmt *st = NULL;
		int rc;
		if (sqlite3_prepare_v2(db->h, tail, -1, &st, &tail) != SQLITE_OK)
			return fail(db, err, "updating the vault");
		if (!st)
			break; /* only white space or comments left */
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			;
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return fail(db, err, "updating the vault");
	}
	return 0;
}

int db_begin(struct db *db, struct err *err)
{
	return db_exec(db, "BEGIN IMMEDIATE", err);
}

int db_commit(struct db *db, struct err *err)
{
	if (db_exec(db, "COMMIT", err)) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

void db_rollback(struct db *db)
{
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

int64_t db_last_id(struct db *db)
{
	return sqlite3_last_insert_rowid(db->h);
}

int db_changes(struct db *db)
{
	return sqlite3_changes(db->h);
}

int db_schema_version(struct db *db, int *out, struct err *err)
{
	struct db_stmt *st;
	int rc;

	if (db_prepare(db, &st, "PRAGMA user_version", err))
		return -1;
	rc = db_step(st, err);
	if (rc == 1)
		*out = (int)db_col_int(st, 0);
	db_finalize(st);
	return rc < 0 ? -1 : 0;
}

int db_backup(struct db *db, const char *dest, struct err *err)
{
	sqlite3 *to;
	sqlite3_backup *b;
	int rc;

	rc = sqlite3_open_v2(dest, &to,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE,
			     NULL);
	if (rc != SQLITE_OK) {
		err_set(err, "cannot create backup '%s': %s", dest,
			to ? sqlite3_errmsg(to) : sqlite3_errstr(rc));
		sqlite3_close(to);
		return -1;
	}
	b = sqlite3_backup_init(to, "main", db->h, "main");
	if (!b) {
		err_set(err, "cannot back up to '%s': %s", dest, sqlite3_errmsg(to));
		sqlite3_close(to);
		return -1;
	}
	do {
		rc = sqlite3_backup_step(b, 256);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(20);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		err_set(err, "backing up to '%s' failed: %s", dest, sqlite3_errstr(rc));
		sqlite3_close(to);
		return -1;
	}
	if (sqlite3_close(to) != SQLITE_OK)
		return err_set(err, "cannot finish backup '%s'", dest);
	return 0;
}

int db_integrity(struct db *db, int *ok, struct buf *report, struct err *err)
{
	struct db_stmt *st;
	int rc;

	*ok = 1;
	if (db_prepare(db, &st, "PRAGMA integrity_check", err))
		return -1;
	while ((rc = db_step(st, err)) == 1) {
		const char *line = db_col_text(st, 0);
		if (line && strcmp(line, "ok")) {
			*ok = 0;
			buf_addf(report, "%s\n", line);
		}
	}
	db_finalize(st);
	return rc < 0 ? -1 : 0;
}

int db_checkpoint(struct db *db, struct err *err)
{
	if (sqlite3_wal_checkpoint_v2(db->h, NULL, SQLITE_CHECKPOINT_TRUNCATE,
				      NULL, NULL) != SQLITE_OK)
		return fail(db, err, "tidying the vault");
	return 0;
}

int db_vacuum(struct db *db, struct err *err)
{
	return db_exec(db, "VACUUM", err);
}

int db_data_version(struct db *db, long *out, struct err *err)
{
	int rc;

	/* The PRAGMA (unlike the file control) starts a read, so it sees a
	 * commit another process made since; its statement is kept prepared,
	 * since the web UI asks on every cached page. */
	if (!db->data_version &&
	    sqlite3_prepare_v3(db->h, "PRAGMA data_version", -1, SQLITE_PREPARE_PERSISTENT,
			       &db->data_version, NULL) != SQLITE_OK)
		return fail(db, err, "reading the vault's version");
	rc = sqlite3_step(db->data_version);
	if (rc == SQLITE_ROW)
		*out = (long)sqlite3_column_int64(db->data_version, 0);
	sqlite3_reset(db->data_version);
	if (rc != SQLITE_ROW)
		return fail(db, err, "reading the vault's version");
	return 0;
}
