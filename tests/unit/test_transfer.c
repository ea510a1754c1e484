/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "features/diary/diary.h"
#include "features/transfer/transfer.h"
#include "vault/record.h"
#include "vault/vault.h"

static int setup(void **state)
{
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	return vault_global_init();
}

static void add(struct waymark *wm, int mood, const char *note, const char *tags)
{
	struct checkin c;
	struct err err = ERR_INIT;
	checkin_init(&c);
	wlocal_make((struct wdate){ 2026, 1, mood + 1 }, 8 * 60 + mood, &c.when);
	c.mood = mood;
	if (note)
		assert_int_equal(diary_set_text(&c.note, "note", note, DIARY_NOTE_MAX, &err), 0);
	if (tags)
		assert_int_equal(diary_parse_tags(&c, tags, &err), 0);
	assert_int_equal(diary_add(wm, &c, &err), 0);
	checkin_release(&c);
}

static json_t *records_of(struct waymark *wm)
{
	struct err err = ERR_INIT;
	json_t *doc, *r;
	assert_int_equal(transfer_export(wm, &doc, &err), 0);
	r = json_incref(json_object_get(doc, "records"));
	json_decref(doc);
	return r;
}

static void test_transfer__export_import_export_is_lossless(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.db"), *b = test_path(dir, "b.db");
	struct waymark wa, wb;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct transfer_counts n;
	json_t *doc, *r1, *r2;
	(void)state;
	assert_int_equal(vault_open(&wa, a, VAULT_CREATE, &err), 0);
	add(&wa, 3, "first \"quoted\" <note>\nwith two lines", "work,rain");
	add(&wa, 7, NULL, "walk");
	add(&wa, 0, "caf\xc3\xa9", NULL);
	assert_int_equal(transfer_export(&wa, &doc, &err), 0);
	assert_string_equal(json_string_value(json_object_get(doc, "format")), "waymark-export");
	assert_int_equal(json_integer_value(json_object_get(doc, "version")), 1);

	/* into an encrypted vault */
	assert_int_equal(vault_init(&wb, b, "a long passphrase", &rec, &err), 0);
	assert_int_equal(transfer_import(&wb, doc, 0, &n, &err), 0);
	assert_int_equal(n.read, 3);
	assert_int_equal(n.added, 3);
	r1 = records_of(&wa);
	r2 = records_of(&wb);
	assert_true(json_equal(r1, r2));
	json_decref(r2);

	/* the same file again adds nothing */
	assert_int_equal(transfer_import(&wb, doc, 0, &n, &err), 0);
	assert_int_equal(n.added, 0);
	assert_int_equal(n.unchanged, 3);
	r2 = records_of(&wb);
	assert_true(json_equal(r1, r2));
	json_decref(r1);
	json_decref(r2);
	json_decref(doc);
	vault_close(&wa);
	vault_close(&wb);
	buf_release(&rec);
	free(a);
	free(b);
	test_rmdir(dir);
}

static void test_transfer__a_bad_record_means_nothing_is_written(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct transfer_counts n;
	json_t *doc, *recs;
	long count;
	(void)state;
	assert_int_equal(vault_open(&wm, a, VAULT_CREATE, &err), 0);
	add(&wm, 5, "one", NULL);
	add(&wm, 6, "two", NULL);
	assert_int_equal(transfer_export(&wm, &doc, &err), 0);
	vault_close(&wm);
	unlink(a);
	/* spoil the second record */
	recs = json_object_get(doc, "records");
	json_object_set_new(json_object_get(json_array_get(recs, 1), "data"), "mood",
			    json_integer(11));
	assert_int_equal(vault_open(&wm, a, VAULT_CREATE, &err), 0);
	assert_int_equal(transfer_import(&wm, doc, 0, &n, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "record 2"));
	assert_int_equal(record_count(&wm, &count, &err), 0);
	assert_int_equal(count, 0);
	json_decref(doc);

	doc = json_pack("{s:s, s:i, s:[]}", "format", "waymark-export", "version", 2, "records");
	assert_int_equal(transfer_import(&wm, doc, 0, &n, &err), -1);
	assert_non_null(strstr(err.msg, "newer Waymark"));
	json_decref(doc);
	doc = json_pack("{s:s}", "format", "daylio");
	assert_int_equal(transfer_import(&wm, doc, 0, &n, &err), -1);
	json_decref(doc);
	vault_close(&wm);
	free(a);
	test_rmdir(dir);
}

static void test_transfer__dry_run_writes_nothing(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.db"), *b = test_path(dir, "b.db");
	struct waymark wa, wb;
	struct err err = ERR_INIT;
	struct transfer_counts n;
	json_t *doc;
	long count;
	(void)state;
	assert_int_equal(vault_open(&wa, a, VAULT_CREATE, &err), 0);
	add(&wa, 5, "one", NULL);
	assert_int_equal(transfer_export(&wa, &doc, &err), 0);
	assert_int_equal(vault_open(&wb, b, VAULT_CREATE, &err), 0);
	assert_int_equal(transfer_import(&wb, doc, 1, &n, &err), 0);
	assert_int_equal(n.added, 1);
	assert_int_equal(record_count(&wb, &count, &err), 0);
	assert_int_equal(count, 0);
	json_decref(doc);
	vault_close(&wa);
	vault_close(&wb);
	free(a);
	free(b);
	test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transfer__export_import_export_is_lossless),
		cmocka_unit_test(test_transfer__a_bad_record_means_nothing_is_written),
		cmocka_unit_test(test_transfer__dry_run_writes_nothing),
	};
	return cmocka_run_group_tests_name("transfer", tests, setup, NULL);
}
