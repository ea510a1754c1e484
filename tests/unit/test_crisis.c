/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include "core/assets.h"
#include "core/crisis.h"
#include "core/xalloc.h"

static void test_crisis__every_listed_phrase_is_found(void **state)
{
	const struct asset *a = asset_find("data/crisis/words.txt");
	const char *line, *end;
	int n = 0;
	(void)state;
	assert_non_null(a);
	for (line = (const char *)a->data; *line; line = end + 1) {
		char *phrase, *sentence;
		struct buf b = BUF_INIT;
		end = strchr(line, '\n');
		assert_non_null(end);
		if (line[0] == '#' || end == line)
			continue;
		phrase = xstrndup(line, (size_t)(end - line));
		if (phrase[strlen(phrase) - 1] == '*')
			phrase[strlen(phrase) - 1] = '\0';
		buf_addf(&b, "Today %s, honestly.", phrase);
		sentence = buf_detach(&b, NULL);
		if (!crisis_text_matches(sentence))
			fail_msg("phrase '%s' was not found in '%s'", phrase, sentence);
		free(sentence);
		free(phrase);
		n++;
	}
	assert_true(n >= 20);
}

static void test_crisis__matches_despite_case_and_punctuation(void **state)
{
	(void)state;
	assert_true(crisis_text_matches("I CAN'T GO ON like this"));
	assert_true(crisis_text_matches("i cant go on"));
	assert_true(crisis_text_matches("I can\xe2\x80\x99t go on"));
	assert_true(crisis_text_matches("thinking about self-harm again"));
	assert_true(crisis_text_matches("thoughts of self harming"));
	assert_true(crisis_text_matches("Feeling suicidal."));
	assert_true(crisis_text_matches("I want to\ndie"));
}

static void test_crisis__ordinary_words_do_not_match(void **state)
{
	(void)state;
	assert_false(crisis_text_matches("Killing time before the bus"));
	assert_false(crisis_text_matches("I'm dying to see that film"));
	assert_false(crisis_text_matches("The weekend ended well"));
	assert_false(crisis_text_matches("cut my hair and went out"));
	assert_false(crisis_text_matches(""));
	assert_false(crisis_text_matches(NULL));
	/* whole words only */
	assert_false(crisis_phrase_matches("hurt myself", "unhurt myselfish"));
	assert_true(crisis_phrase_matches("overdos*", "took an overdose"));
}

static void test_crisis__contacts_hold_the_uk_numbers(void **state)
{
	struct crisis_info ci;
	struct err err = ERR_INIT;
	struct buf all = BUF_INIT;
	(void)state;
	assert_int_equal(crisis_load(&ci, &err), 0);
	for (size_t i = 0; i < ci.ncontacts; i++)
		buf_addf(&all, "%s %s %s|", ci.contacts[i].name, ci.contacts[i].how,
			 ci.contacts[i].when);
	assert_non_null(strstr(all.data, "999"));
	assert_non_null(strstr(all.data, "111"));
	assert_non_null(strstr(all.data, "option 2"));
	assert_non_null(strstr(all.data, "116 123"));
	assert_non_null(strstr(all.data, "SHOUT to 85258"));
	assert_non_null(ci.checked);
	buf_release(&all);
	crisis_release(&ci);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_crisis__every_listed_phrase_is_found),
		cmocka_unit_test(test_crisis__matches_despite_case_and_punctuation),
		cmocka_unit_test(test_crisis__ordinary_words_do_not_match),
		cmocka_unit_test(test_crisis__contacts_hold_the_uk_numbers),
	};
	return cmocka_run_group_tests_name("crisis", tests, NULL, NULL);
}
