/* SPDX-License-Identifier: MIT */
/*
 * fuzz_crisis.c: the crisis contacts loader (crisis_parse, core/crisis.h)
 * with any bytes as data/crisis/contacts.json, and the phrase matcher with
 * any line of data/crisis/words.txt against any text. An accepted file
 * has at least one contact, each with a name, how and when; a refused one
 * leaves nothing behind.
 */
#include "fuzz.h"

#include "core/crisis.h"
#include "core/err.h"

FUZZ_INIT_DEFAULT

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct crisis_info ci;
	struct err err = ERR_INIT;
	char *parts[2], *store;

	if (crisis_parse(&ci, (const char *)data, size, &err)) {
		FUZZ_CHECK(err.msg[0] && !ci.ncontacts && !ci.contacts);
	} else {
		FUZZ_CHECK(ci.ncontacts >= 1);
		for (size_t i = 0; i < ci.ncontacts; i++)
			FUZZ_CHECK(ci.contacts[i].name && ci.contacts[i].how &&
				   ci.contacts[i].when);
	}
	crisis_release(&ci);
	/* a phrase line, a newline, and the text to look in */
	fuzz_split(data, size, '\n', parts, 2, &store);
	(void)crisis_phrase_matches(parts[0], parts[1]);
	free(store);
	return 0;
}
