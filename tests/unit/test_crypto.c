/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include <ctype.h>

#include "core/xalloc.h"
#include "crypto/crypto.h"

static int setup(void **state)
{
	(void)state;
	return crypto_init();
}

static void test_crypto__seal_and_open_round_trip(void **state)
{
	struct crypto_key *k = crypto_key_random();
	struct buf sealed = BUF_INIT, plain = BUF_INIT_SENSITIVE;
	const char *msg = "went for a walk; felt better";
	(void)state;
	crypto_seal(k, "aad", 3, msg, strlen(msg), &sealed);
	assert_true(sealed.len > strlen(msg));
	assert_null(memmem(sealed.data, sealed.len, "walk", 4));
	assert_int_equal(crypto_open(k, "aad", 3, sealed.data, sealed.len, &plain), 0);
	assert_string_equal(plain.data, msg);
	buf_release(&sealed);
	buf_release(&plain);
	crypto_key_free(k);
}

static void test_crypto__wrong_key_or_context_is_refused(void **state)
{
	struct crypto_key *k = crypto_key_random(), *other = crypto_key_random();
	struct buf sealed = BUF_INIT, plain = BUF_INIT_SENSITIVE;
	(void)state;
	crypto_seal(k, "uid-1", 5, "secret", 6, &sealed);
	assert_int_equal(crypto_open(other, "uid-1", 5, sealed.data, sealed.len, &plain), -1);
	assert_int_equal(crypto_open(k, "uid-2", 5, sealed.data, sealed.len, &plain), -1);
	assert_int_equal(crypto_open(k, "uid-1", 5, sealed.data, 10, &plain), -1);
	assert_int_equal(plain.len, 0);
	buf_release(&sealed);
	buf_release(&plain);
	crypto_key_free(k);
	crypto_key_free(other);
}

static void test_crypto__every_flipped_byte_is_detected(void **state)
{
	struct crypto_key *k = crypto_key_random();
	struct buf sealed = BUF_INIT, plain = BUF_INIT_SENSITIVE;
	(void)state;
	crypto_seal(k, "a", 1, "a diary entry", 13, &sealed);
	for (size_t i = 0; i < sealed.len; i++) {
		sealed.data[i] ^= 0x01;
		assert_int_equal(crypto_open(k, "a", 1, sealed.data, sealed.len, &plain), -1);
		sealed.data[i] ^= 0x01;
	}
	assert_int_equal(crypto_open(k, "a", 1, sealed.data, sealed.len, &plain), 0);
	buf_release(&sealed);
	buf_release(&plain);
	crypto_key_free(k);
}

static void test_crypto__passphrase_wraps_the_data_key(void **state)
{
	struct crypto_kdf kdf;
	struct crypto_key *dk = crypto_key_random(), *kek, *kek2, *back;
	struct buf wrapped = BUF_INIT, s1 = BUF_INIT, s2 = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	crypto_kdf_new(&kdf);
	assert_int_equal(crypto_derive("correct horse", 13, &kdf, &kek, &err), 0);
	crypto_wrap(kek, "label", dk, &wrapped);
	assert_int_equal(crypto_derive("wrong horse!!", 13, &kdf, &kek2, &err), 0);
	assert_int_equal(crypto_unwrap(kek2, "label", wrapped.data, wrapped.len, &back), -1);
	assert_int_equal(crypto_unwrap(kek, "other", wrapped.data, wrapped.len, &back), -1);
	assert_int_equal(crypto_unwrap(kek, "label", wrapped.data, wrapped.len, &back), 0);
	/* the unwrapped key opens what the data key sealed */
	crypto_seal(dk, "", 0, "x", 1, &s1);
	assert_int_equal(crypto_open(back, "", 0, s1.data, s1.len, &s2), 0);
	assert_string_equal(s2.data, "x");
	buf_release(&wrapped);
	buf_release(&s1);
	buf_release(&s2);
	crypto_key_free(dk);
	crypto_key_free(kek);
	crypto_key_free(kek2);
	crypto_key_free(back);
}

static void test_crypto__recovery_keys_are_forgiving_to_type(void **state)
{
	struct buf key = BUF_INIT, canon = BUF_INIT, upper = BUF_INIT;
	(void)state;
	crypto_recovery_new(&key);
	assert_int_equal(key.len, 39); /* 8 groups of 4, 7 dashes */
	for (size_t i = 0; i < key.len; i++)
		buf_addch(&upper, key.data[i] == '-' ? ' ' : (char)toupper((unsigned char)key.data[i]));
	assert_int_equal(crypto_recovery_normalise(upper.data, &canon), 0);
	assert_string_equal(canon.data, key.data);
	buf_reset(&canon);
	assert_int_equal(crypto_recovery_normalise("1234", &canon), -1);
	assert_int_equal(crypto_recovery_normalise("zzzz-zzzz-zzzz-zzzz-zzzz-zzzz-zzzz-zzzz", &canon), -1);
	buf_release(&key);
	buf_release(&canon);
	buf_release(&upper);
}

static void test_crypto__uids_are_distinct_hex(void **state)
{
	char a[33], b[33];
	(void)state;
	crypto_random_uid(a);
	crypto_random_uid(b);
	assert_int_equal(strlen(a), 32);
	assert_string_not_equal(a, b);
}

static void test_crypto__hash_uids_are_stable_and_differ(void **state)
{
	char a[33], b[33], c[33];
	(void)state;
	crypto_hash_uid("daylio\0one", 10, a);
	crypto_hash_uid("daylio\0one", 10, b);
	crypto_hash_uid("daylio\0two", 10, c);
	assert_int_equal(strlen(a), 32);
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
	for (const char *p = a; *p; p++)
		assert_true((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'));
}

static void test_crypto__base64_round_trip_ignores_line_breaks(void **state)
{
	struct buf enc = BUF_INIT, dec = BUF_INIT;
	const char *text = "{\"version\": 15, \"dayEntries\": []}";
	(void)state;
	crypto_base64_encode(text, strlen(text), &enc);
	assert_string_equal(enc.data, "eyJ2ZXJzaW9uIjogMTUsICJkYXlFbnRyaWVzIjogW119");
	/* 76-column lines as in a Daylio backup, and a final newline */
	buf_reset(&enc);
	buf_adds(&enc, "eyJ2ZXJzaW9uIjogMTUsICJk\r\nYXlFbnRyaWVzIjogW119\n");
	assert_int_equal(crypto_base64_decode(enc.data, enc.len, &dec), 0);
	assert_string_equal(dec.data, text);
	buf_reset(&dec);
	assert_int_equal(crypto_base64_decode("not base64!", 11, &dec), -1);
	assert_int_equal(crypto_base64_decode("eyJ2==garbage", 13, &dec), -1);
	assert_int_equal(dec.len, 0);
	buf_release(&enc);
	buf_release(&dec);
}

#define PASS "a long passphrase"

/* Encrypts len bytes of a pattern and returns the file in out. */
static void stream_encrypt(size_t len, struct buf *plain, struct buf *out)
{
	struct err err = ERR_INIT;
	for (size_t i = 0; i < len; i++)
		buf_addch(plain, (char)('a' + i % 26));
	assert_int_equal(crypto_stream_encrypt(PASS, strlen(PASS), plain->data, plain->len,
					       out, &err), 0);
}

static void test_crypto__stream_round_trips_any_length(void **state)
{
	/* empty, small, exactly one chunk, and several chunks */
	const size_t lens[] = { 0, 1, 100, CRYPTO_STREAM_CHUNK, CRYPTO_STREAM_CHUNK + 1, 200000 };
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	for (size_t i = 0; i < ARRAY_SIZE(lens); i++) {
		struct buf plain = BUF_INIT, file = BUF_INIT, back = BUF_INIT_SENSITIVE;
		struct err err = ERR_INIT;
		stream_encrypt(lens[i], &plain, &file);
		assert_true(crypto_stream_is_encrypted(file.data, file.len));
		assert_null(memmem(file.data, file.len, "abcdefghij", 10));
		assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), file.data, file.len,
						       &back, &err), 0);
		assert_int_equal(back.len, plain.len);
		assert_memory_equal(back.data, plain.data, plain.len);
		buf_release(&plain);
		buf_release(&file);
		buf_release(&back);
	}
}

static void test_crypto__stream_refuses_a_wrong_passphrase(void **state)
{
	struct buf plain = BUF_INIT, file = BUF_INIT, back = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	stream_encrypt(500, &plain, &file);
	buf_adds(&back, "kept");
	assert_int_equal(crypto_stream_decrypt("another passphrase", 18, file.data, file.len,
					       &back, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "passphrase does not open"));
	assert_string_equal(back.data, "kept");
	buf_release(&plain);
	buf_release(&file);
	buf_release(&back);
}

static void test_crypto__stream_detects_every_flipped_byte(void **state)
{
	struct buf plain = BUF_INIT, file = BUF_INIT, back = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	stream_encrypt(40, &plain, &file);
	for (size_t i = 0; i < file.len; i++) {
		file.data[i] ^= 0x20;
		err_clear(&err);
		assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), file.data, file.len,
						       &back, &err), -1);
		assert_int_equal(err.kind, ERR_INPUT);
		assert_int_equal(back.len, 0);
		file.data[i] ^= 0x20;
	}
	assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), file.data, file.len,
					       &back, &err), 0);
	buf_release(&plain);
	buf_release(&file);
	buf_release(&back);
}

static void test_crypto__stream_detects_cuts_and_additions(void **state)
{
	struct buf plain = BUF_INIT, file = BUF_INIT, back = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	size_t head;
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	stream_encrypt(3 * CRYPTO_STREAM_CHUNK, &plain, &file);
	head = file.len - 3 * CRYPTO_STREAM_CHUNK - 4 * 17; /* three full chunks and an empty last one */
	/* cut at a chunk's end: no chunk says it is the last */
	assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), file.data,
					       head + 2 * (CRYPTO_STREAM_CHUNK + 17), &back, &err), -1);
	assert_non_null(strstr(err.msg, "cut short"));
	/* cut in the middle of a chunk */
	assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), file.data, file.len - 5,
					       &back, &err), -1);
	/* something added after the end */
	buf_adds(&file, "more");
	assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), file.data, file.len,
					       &back, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	/* not an encrypted file at all */
	assert_int_equal(crypto_stream_decrypt(PASS, strlen(PASS), "{\"format\": 1}", 13,
					       &back, &err), -1);
	assert_false(crypto_stream_is_encrypted("{\"format\": 1}", 13));
	assert_int_equal(back.len, 0);
	buf_release(&plain);
	buf_release(&file);
	buf_release(&back);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_crypto__seal_and_open_round_trip),
		cmocka_unit_test(test_crypto__wrong_key_or_context_is_refused),
		cmocka_unit_test(test_crypto__every_flipped_byte_is_detected),
		cmocka_unit_test(test_crypto__passphrase_wraps_the_data_key),
		cmocka_unit_test(test_crypto__recovery_keys_are_forgiving_to_type),
		cmocka_unit_test(test_crypto__uids_are_distinct_hex),
		cmocka_unit_test(test_crypto__hash_uids_are_stable_and_differ),
		cmocka_unit_test(test_crypto__base64_round_trip_ignores_line_breaks),
		cmocka_unit_test(test_crypto__stream_round_trips_any_length),
		cmocka_unit_test(test_crypto__stream_refuses_a_wrong_passphrase),
		cmocka_unit_test(test_crypto__stream_detects_every_flipped_byte),
		cmocka_unit_test(test_crypto__stream_detects_cuts_and_additions),
	};
	return cmocka_run_group_tests_name("crypto", tests, setup, NULL);
}
