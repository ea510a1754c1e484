/* SPDX-License-Identifier: MIT */
/*
 * migrations.c: the vault's schema, as numbered forward migrations. The
 * schema changes only by appending an entry here; an entry that has shipped
 * is never edited. Each runs in its own transaction and ends by setting
 * PRAGMA user_version to its number, so a crash mid-way leaves the vault at
 * the previous version, whole. tests/unit/test_db.c builds a version-1
 * vault and migrates it.
 *
 * What is stored in clear: ids, kinds, dates, clock times, UTC offsets and
 * timestamps. Everything the person wrote lives in records.body, which is
 * JSON, sealed with the vault's key when the vault has a passphrase.
 */
#include "core/xalloc.h"
#include "db.h"

struct migration {
	int version;
	const char *what;
	int (*run)(struct db *db, struct err *err);
};

static int m1_records(struct db *db, struct err *err)
{
	return db_exec(db,
		"CREATE TABLE meta ("
		"  key TEXT PRIMARY KEY,"
		"  value BLOB NOT NULL"
		") WITHOUT ROWID;"
		"CREATE TABLE records ("
		"  id INTEGER PRIMARY KEY,"
		"  uid TEXT NOT NULL UNIQUE,"  /* stable across vaults */
		"  kind TEXT NOT NULL,"        /* 'checkin', ... */
		"  day TEXT,"                  /* local date YYYY-MM-DD */
		"  minute INTEGER,"            /* local minutes after midnight */
		"  utc_offset INTEGER,"        /* minutes east of UTC then */
		"  created INTEGER NOT NULL,"  /* unix seconds */
		"  updated INTEGER NOT NULL,"
		"  body BLOB NOT NULL"         /* JSON, sealed if encrypted */
		");"
		"CREATE INDEX records_kind_day ON records (kind, day, minute);"
		"PRAGMA user_version = 1;",
		err);
}

static int m2_trash(struct db *db, struct err *err)
{
	/* Deleting from the web UI moves a record to the trash for a short
	 * while so it can be undone; the trash is emptied for good soon
	 * after (see record_purge_trash). */
	return db_exec(db,
		"ALTER TABLE records ADD COLUMN trashed INTEGER;"
		"CREATE INDEX records_trashed ON records (trashed)"
		"  WHERE trashed IS NOT NULL;"
		"PRAGMA user_version = 2;",
		err);
}

static const struct migration migrations[] = {
	{ 1, "records and meta", m1_records },
	{ 2, "trash for undo", m2_trash },
};

int db_schema_latest(void)
{
	return migrations[ARRAY_SIZE(migrations) - 1].version;
}

int db_migrate(struct db *db, int target, struct err *err)
{
	int have;

	if (!target)
		target = db_schema_latest();
	if (db_schema_version(db, &have, err))
		return -1;
	if (have > db_schema_latest())
		return err_set(err, "this vault was made by a newer Waymark (schema %d, this one knows %d): please update Waymark",
			       have, db_schema_latest());
	for (size_t i = 0; i < ARRAY_SIZE(migrations); i++) {
		const struct migration *m = &migrations[i];
		if (m->version <= have || m->version > target)
			continue;
		if (db_begin(db, err))
			return -1;
		/* another process may have migrated while we waited */
		if (db_schema_version(db, &have, err)) {
			db_rollback(db);
			return -1;
		}
		if (m->version <= have) {
			db_rollback(db);
			continue;
		}
		if (m->run(db, err) || db_commit(db, err)) {
			db_rollback(db);
			err_prefix(err, "upgrading the vault (step %d, %s): ", m->version, m->what);
			return -1;
		}
		have = m->version;
	}
	return 0;
}
