/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "db/db.h"

static void test_db__migrates_a_first_version_vault(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v1.db");
	struct err err = ERR_INIT;
	struct db *db;
	struct db_stmt *st;
	int v;
	(void)state;
	assert_int_equal(db_open(&db, path, DB_CREATE, &err), 0);
	assert_int_equal(db_migrate(db, 1, &err), 0);
	assert_int_equal(db_schema_version(db, &v, &err), 0);
	assert_int_equal(v, 1);
	assert_int_equal(db_prepare(db, &st,
		"INSERT INTO records (uid, kind, day, minute, utc_offset, created, updated, body)"
		" VALUES ('u1', 'checkin', '2025-01-01', 600, 0, 1, 2, '{\"mood\":4}')", &err), 0);
	assert_int_equal(db_run(st, &err), 0);
	db_finalize(st);
	db_close(db);

	/* a newer Waymark opens it */
	assert_int_equal(db_open(&db, path, 0, &err), 0);
	assert_int_equal(db_migrate(db, 0, &err), 0);
	assert_int_equal(db_schema_version(db, &v, &err), 0);
	assert_int_equal(v, db_schema_latest());
	assert_int_equal(db_prepare(db, &st,
		"SELECT uid, body, trashed FROM records", &err), 0);
	assert_int_equal(db_step(st, &err), 1);
	assert_string_equal(db_col_text(st, 0), "u1");
	assert_string_equal(db_col_text(st, 1), "{\"mood\":4}");
	assert_true(db_col_is_null(st, 2));
	assert_int_equal(db_step(st, &err), 0);
	db_finalize(st);
	/* running it again changes nothing */
	assert_int_equal(db_migrate(db, 0, &err), 0);
	db_close(db);
	free(path);
	test_rmdir(dir);
}

static void test_db__refuses_a_vault_from_a_newer_waymark(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "future.db");
	struct err err = ERR_INIT;
	struct db *db;
	(void)state;
	assert_int_equal(db_open(&db, path, DB_CREATE, &err), 0);
	assert_int_equal(db_exec(db, "PRAGMA user_version = 999", &err), 0);
	assert_int_equal(db_migrate(db, 0, &err), -1);
	assert_non_null(strstr(err.msg, "newer Waymark"));
	db_close(db);
	free(path);
	test_rmdir(dir);
}

static void test_db__transactions_roll_back(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "tx.db");
	struct err err = ERR_INIT;
	struct db *db;
	struct db_stmt *st;
	(void)state;
	assert_int_equal(db_open(&db, path, DB_CREATE, &err), 0);
	assert_int_equal(db_exec(db, "CREATE TABLE t (x INTEGER)", &err), 0);
	assert_int_equal(db_begin(db, &err), 0);
	assert_int_equal(db_exec(db, "INSERT INTO t VALUES (1)", &err), 0);
	db_rollback(db);
	assert_int_equal(db_prepare(db, &st, "SELECT count(*) FROM t", &err), 0);
	assert_int_equal(db_step(st, &err), 1);
	assert_int_equal(db_col_int(st, 0), 0);
	db_finalize(st);
	db_close(db);
	free(path);
	test_rmdir(dir);
}

static void test_db__bad_sql_is_an_error_not_a_crash(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "bad.db");
	struct err err = ERR_INIT;
	struct db *db;
	struct db_stmt *st;
	(void)state;
	assert_int_equal(db_open(&db, path, DB_CREATE, &err), 0);
	assert_int_equal(db_prepare(db, &st, "SELEC nothing", &err), -1);
	assert_int_equal(err.kind, ERR_FAIL);
	db_close(db);
	free(path);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_db__migrates_a_first_version_vault),
		cmocka_unit_test(test_db__refuses_a_vault_from_a_newer_waymark),
		cmocka_unit_test(test_db__transactions_roll_back),
		cmocka_unit_test(test_db__bad_sql_is_an_error_not_a_crash),
	};
	return cmocka_run_group_tests_name("db", tests, NULL, NULL);
}
