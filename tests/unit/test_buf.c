/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

static void test_buf__starts_empty_and_terminated(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	assert_int_equal(b.len, 0);
	buf_release(&b);
	assert_string_equal(b.data, "");
}

static void test_buf__grows_with_addf(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	for (int i = 0; i < 1000; i++)
		buf_addf(&b, "%d,", i);
	assert_int_equal(b.len, strlen(b.data));
	assert_memory_equal(b.data, "0,1,2,", 6);
	assert_non_null(strstr(b.data, "999,"));
	buf_release(&b);
}

static void test_buf__cap_refuses_and_keeps_contents(void **state)
{
	struct buf b;
	(void)state;
	buf_init(&b, 8, 0);
	assert_int_equal(buf_adds(&b, "12345"), 0);
	assert_int_equal(buf_adds(&b, "6789"), -1);
	assert_string_equal(b.data, "12345");
	assert_int_equal(buf_addf(&b, "%s", "abcdef"), -1);
	assert_string_equal(b.data, "12345");
	assert_int_equal(buf_adds(&b, "678"), 0);
	assert_string_equal(b.data, "12345678");
	buf_release(&b);
}

static void test_buf__detach_hands_over_memory(void **state)
{
	struct buf b = BUF_INIT;
	char *p;
	size_t n;
	(void)state;
	p = buf_detach(&b, &n);
	assert_string_equal(p, "");
	free(p);
	buf_adds(&b, "hello");
	p = buf_detach(&b, &n);
	assert_string_equal(p, "hello");
	assert_int_equal(n, 5);
	assert_string_equal(b.data, "");
	free(p);
}

static void test_buf__sensitive_grows_and_trims(void **state)
{
	struct buf b = BUF_INIT_SENSITIVE;
	(void)state;
	for (int i = 0; i < 100; i++)
		buf_adds(&b, "secret ");
	buf_rtrim(&b);
	assert_int_equal(b.len, 699);
	buf_setlen(&b, 6);
	assert_string_equal(b.data, "secret");
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf__starts_empty_and_terminated),
		cmocka_unit_test(test_buf__grows_with_addf),
		cmocka_unit_test(test_buf__cap_refuses_and_keeps_contents),
		cmocka_unit_test(test_buf__detach_hands_over_memory),
		cmocka_unit_test(test_buf__sensitive_grows_and_trims),
	};
	return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
