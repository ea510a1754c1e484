/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include <ctype.h>

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
	};
	return cmocka_run_group_tests_name("crypto", tests, setup, NULL);
}
