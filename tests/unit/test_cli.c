/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "cli/cli.h"

static void test_cli__commands_are_sorted_and_unique(void **state)
{
	size_t n;
	const struct command *c = cli_commands(&n);
	(void)state;
	assert_true(n > 3);
	for (size_t i = 1; i < n; i++)
		if (strcmp(c[i - 1].name, c[i].name) >= 0)
			fail_msg("'%s' and '%s' are out of order", c[i - 1].name, c[i].name);
}

static void test_cli__every_visible_command_has_help(void **state)
{
	size_t n;
	const struct command *c = cli_commands(&n);
	(void)state;
	for (size_t i = 0; i < n; i++) {
		assert_non_null(c[i].fn);
		if (c[i].flags & CMD_TEST)
			continue;
		assert_non_null(c[i].summary);
		assert_true(strlen(c[i].summary) > 10);
		assert_non_null(c[i].usage);
		assert_ptr_equal(cli_find(c[i].name), &c[i]);
	}
	assert_null(cli_find("no-such-command"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cli__commands_are_sorted_and_unique),
		cmocka_unit_test(test_cli__every_visible_command_has_help),
	};
	return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
