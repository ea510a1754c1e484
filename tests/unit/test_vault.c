/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include <jansson.h>

#include "db/db.h"
#include "vault/record.h"
#include "vault/vault.h"

static int setup(void **state)
{
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	return vault_global_init();
}

static int64_t put(struct waymark *wm, const char *note)
{
	struct record r;
	struct err err = ERR_INIT;
	int64_t id;
	record_init(&r);
	snprintf(r.kind, sizeof(r.kind), "checkin");
	snprintf(r.day, sizeof(r.day), "2026-11-20");
	r.minute = 600;
	r.data = json_pack("{s:s, s:[s]}", "note", note, "tags", "secret-tag");
	assert_int_equal(record_insert(wm, &r, &err), 0);
	id = r.id;
	record_release(&r);
	return id;
}

static const char *note_of(struct waymark *wm, int64_t id, struct record *r)
{
	struct err err = ERR_INIT;
	assert_int_equal(record_get(wm, id, "checkin", r, &err), 0);
	return json_string_value(json_object_get(r->data, "note"));
}

static void test_vault__plain_records_round_trip(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "plain.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct record r;
	int64_t id;
	(void)state;
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	assert_true(wm.created);
	assert_false(wm.encrypted);
	id = put(&wm, "hello there");
	assert_string_equal(note_of(&wm, id, &r), "hello there");
	assert_string_equal(r.day, "2026-11-20");
	assert_int_equal(r.minute, 600);
	record_release(&r);
	assert_int_equal(record_get(&wm, id + 100, "checkin", &r, &err), 1);
	assert_int_equal(record_delete(&wm, id, "checkin", &err), 0);
	assert_int_equal(record_delete(&wm, id, "checkin", &err), 1);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

static void test_vault__missing_vault_is_not_created_by_readers(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "none.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	(void)state;
	assert_int_equal(vault_open(&wm, path, 0, &err), -1);
	assert_int_equal(err.kind, ERR_NOTFOUND);
	assert_false(vault_exists(path));
	free(path);
	test_rmdir(dir);
}

static void test_vault__encrypted_vault_holds_no_plain_text(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "enc.db");
	char *wal = test_path(dir, "enc.db-wal"), *shm = test_path(dir, "enc.db-shm");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct record r;
	int64_t id;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	assert_int_equal(rec.len, 39);
	id = put(&wm, "my very private words");
	/* while open, the WAL holds the newest pages */
	assert_false(test_file_contains(path, "private words"));
	assert_false(test_file_contains(wal, "private words"));
	assert_false(test_file_contains(shm, "private words"));
	assert_false(test_file_contains(wal, "secret-tag"));
	assert_false(test_file_contains(path, "secret-tag"));
	vault_close(&wm);
	assert_false(test_file_contains(path, "private words"));
	assert_false(test_file_contains(path, "secret-tag"));

	/* it opens locked, and the passphrase unlocks it */
	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_true(wm.encrypted);
	assert_false(vault_is_open_for_use(&wm));
	assert_int_equal(record_get(&wm, id, "checkin", &r, &err), -1);
	assert_int_equal(err.kind, ERR_LOCKED);
	assert_int_equal(vault_unlock(&wm, "a long passphrase", &err), 0);
	assert_string_equal(note_of(&wm, id, &r), "my very private words");
	record_release(&r);
	vault_close(&wm);
	buf_release(&rec);
	free(wal);
	free(shm);
	free(path);
	test_rmdir(dir);
}

static void test_vault__wrong_passphrase_changes_nothing(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "enc.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct stat before, after;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	put(&wm, "words");
	vault_close(&wm);
	assert_int_equal(stat(path, &before), 0);
	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_int_equal(vault_unlock(&wm, "not the passphrase", &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "does not open this vault"));
	assert_false(vault_is_open_for_use(&wm));
	vault_close(&wm);
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(before.st_size, after.st_size);
	assert_int_equal(before.st_mtime, after.st_mtime);
	buf_release(&rec);
	free(path);
	test_rmdir(dir);
}

static void test_vault__recovery_key_unlocks_and_passphrase_changes(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "enc.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT, none = BUF_INIT;
	struct record r;
	int64_t id;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "first passphrase", &rec, &err), 0);
	id = put(&wm, "kept through changes");
	vault_close(&wm);

	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_int_equal(vault_unlock_recovery(&wm, "0000-0000-0000-0000-0000-0000-0000-0000", &err), -1);
	assert_int_equal(vault_unlock_recovery(&wm, rec.data, &err), 0);
	assert_int_equal(vault_set_passphrase(&wm, "short", &none, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_int_equal(vault_set_passphrase(&wm, "second passphrase", &none, &err), 0);
	assert_int_equal(none.len, 0); /* the recovery key stays as it was */
	vault_close(&wm);

	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_int_equal(vault_unlock(&wm, "first passphrase", &err), -1);
	assert_int_equal(vault_unlock(&wm, "second passphrase", &err), 0);
	assert_string_equal(note_of(&wm, id, &r), "kept through changes");
	record_release(&r);
	vault_close(&wm);
	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_int_equal(vault_unlock_recovery(&wm, rec.data, &err), 0);
	vault_close(&wm);
	buf_release(&rec);
	free(path);
	test_rmdir(dir);
}

static void test_vault__plain_vault_becomes_encrypted_without_leftovers(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "p.db");
	char *wal = test_path(dir, "p.db-wal");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct record r;
	int64_t id;
	(void)state;
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	for (int i = 0; i < 50; i++)
		put(&wm, "filler filler filler");
	id = put(&wm, "written before the passphrase");
	assert_int_equal(vault_set_passphrase(&wm, "now encrypted please", &rec, &err), 0);
	assert_int_equal(rec.len, 39);
	assert_false(test_file_contains(path, "written before"));
	assert_false(test_file_contains(wal, "written before"));
	assert_false(test_file_contains(path, "secret-tag"));
	vault_close(&wm);
	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_int_equal(vault_unlock(&wm, "now encrypted please", &err), 0);
	assert_string_equal(note_of(&wm, id, &r), "written before the passphrase");
	record_release(&r);
	vault_close(&wm);
	buf_release(&rec);
	free(wal);
	free(path);
	test_rmdir(dir);
}

static void test_vault__flipped_byte_in_a_record_is_detected(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "t.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct vault_report rep;
	struct record r;
	struct db *db;
	struct db_stmt *st;
	int64_t id;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	put(&wm, "first");
	id = put(&wm, "second");
	vault_close(&wm);

	/* flip one byte in the middle of the second record's sealed body */
	assert_int_equal(db_open(&db, path, 0, &err), 0);
	assert_int_equal(db_prepare(db, &st, "SELECT body FROM records WHERE id = ?1", &err), 0);
	db_bind_int(st, 1, id);
	assert_int_equal(db_step(st, &err), 1);
	{
		size_t n;
		const void *p = db_col_blob(st, 0, &n);
		struct buf body = BUF_INIT;
		struct db_stmt *up;
		buf_add(&body, p, n);
		db_finalize(st);
		body.data[n / 2] ^= 0x01;
		assert_int_equal(db_prepare(db, &up, "UPDATE records SET body = ?2 WHERE id = ?1", &err), 0);
		db_bind_int(up, 1, id);
		db_bind_blob(up, 2, body.data, body.len);
		assert_int_equal(db_run(up, &err), 0);
		db_finalize(up);
		buf_release(&body);
	}
	db_close(db);

	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_int_equal(vault_unlock(&wm, "a long passphrase", &err), 0);
	assert_int_equal(record_get(&wm, id, "checkin", &r, &err), -1);
	assert_non_null(strstr(err.msg, "changed or damaged"));
	assert_int_equal(vault_check(&wm, &rep, &err), 0);
	assert_true(rep.integrity_ok);
	assert_int_equal(rep.records, 2);
	assert_int_equal(rep.unreadable, 1);
	vault_report_release(&rep);
	vault_close(&wm);
	buf_release(&rec);
	free(path);
	test_rmdir(dir);
}

static void test_vault__backup_is_a_working_copy(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db"), *copy = test_path(dir, "copy.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct record r;
	int64_t id;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	id = put(&wm, "backed up");
	assert_int_equal(vault_backup(&wm, copy, &err), 0);
	assert_int_equal(vault_backup(&wm, copy, &err), -1); /* never overwrites */
	vault_close(&wm);
	assert_int_equal(vault_open(&wm, copy, 0, &err), 0);
	assert_int_equal(vault_unlock(&wm, "a long passphrase", &err), 0);
	assert_string_equal(note_of(&wm, id, &r), "backed up");
	record_release(&r);
	vault_close(&wm);
	buf_release(&rec);
	free(copy);
	free(path);
	test_rmdir(dir);
}

static void test_vault__trash_hides_and_undo_restores(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct record r;
	int64_t id;
	(void)state;
	assert_int_equal(vault_open(&wm, path, VAULT_CREATE, &err), 0);
	id = put(&wm, "maybe");
	assert_int_equal(record_trash(&wm, id, "checkin", &err), 0);
	assert_int_equal(record_get(&wm, id, "checkin", &r, &err), 1);
	assert_int_equal(record_untrash(&wm, id, "checkin", &err), 0);
	assert_int_equal(record_get(&wm, id, "checkin", &r, &err), 0);
	record_release(&r);
	assert_int_equal(record_trash(&wm, id, "checkin", &err), 0);
	assert_int_equal(record_purge_trash(&wm, 0, &err), 0);
	assert_int_equal(record_untrash(&wm, id, "checkin", &err), 1);
	vault_close(&wm);
	free(path);
	test_rmdir(dir);
}

static void test_vault__text_settings_are_readable_while_locked(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "v.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT, val = BUF_INIT;
	(void)state;
	assert_int_equal(vault_init(&wm, path, "a long passphrase", &rec, &err), 0);
	assert_int_equal(vault_setting_text_get(&wm, "feed", &val, &err), 1);
	assert_int_equal(vault_setting_text_set(&wm, "feed", "abc123", &err), 0);
	assert_int_equal(vault_setting_text_set(&wm, "feed", "def456", &err), 0);
	vault_close(&wm);
	assert_int_equal(vault_open(&wm, path, 0, &err), 0);
	assert_false(vault_is_open_for_use(&wm)); /* locked, and yet: */
	assert_int_equal(vault_setting_text_get(&wm, "feed", &val, &err), 0);
	assert_string_equal(val.data, "def456");
	assert_int_equal(vault_setting_text_set(&wm, "feed", NULL, &err), 0);
	assert_int_equal(vault_setting_text_set(&wm, "feed", NULL, &err), 0);
	buf_reset(&val);
	assert_int_equal(vault_setting_text_get(&wm, "feed", &val, &err), 1);
	assert_int_equal(val.len, 0);
	vault_close(&wm);
	buf_release(&rec);
	buf_release(&val);
	free(path);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vault__plain_records_round_trip),
		cmocka_unit_test(test_vault__missing_vault_is_not_created_by_readers),
		cmocka_unit_test(test_vault__encrypted_vault_holds_no_plain_text),
		cmocka_unit_test(test_vault__wrong_passphrase_changes_nothing),
		cmocka_unit_test(test_vault__recovery_key_unlocks_and_passphrase_changes),
		cmocka_unit_test(test_vault__plain_vault_becomes_encrypted_without_leftovers),
		cmocka_unit_test(test_vault__flipped_byte_in_a_record_is_detected),
		cmocka_unit_test(test_vault__backup_is_a_working_copy),
		cmocka_unit_test(test_vault__trash_hides_and_undo_restores),
		cmocka_unit_test(test_vault__text_settings_are_readable_while_locked),
	};
	return cmocka_run_group_tests_name("vault", tests, setup, NULL);
}
