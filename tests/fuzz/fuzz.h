/* SPDX-License-Identifier: MIT */
/*
 * fuzz.h: what every libFuzzer target in tests/fuzz shares. A target is
 * one file, fuzz_NAME.c, that defines LLVMFuzzerTestOneInput and feeds the
 * bytes to Waymark's own parsers through their public headers (and, for
 * the import readers and the export format, the feature's internal
 * header, as the unit tests do). Its seed corpus is tests/fuzz/corpus/NAME/
 * (synthetic files only), and tests/fuzz/run.sh runs it.
 *
 * A target checks more than "no crash": where a parser promises something
 * (a value in range, text that reads back the same) it says so with
 * FUZZ_CHECK, which aborts so that libFuzzer keeps the input. ASan and
 * UBSan (make fuzz) catch bad memory use, overflows and leaks.
 */
#ifndef WAYMARK_FUZZ_H
#define WAYMARK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A broken promise: say which, and abort so that libFuzzer saves the
 * input as a crash. */
#define FUZZ_CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", \
			__FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* The process as the CLI and the server see it: UK time and a fixed
 * "now", so that a crash reproduces on any day. Call from
 * LLVMFuzzerInitialize. */
static inline void fuzz_setup(void)
{
	setenv("TZ", "Europe/London", 1);
	setenv("WAYMARK_TEST_NOW", "2026-03-14T10:30", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	tzset();
}

/* 1 if s can be sent as a JSON string (valid UTF-8), as every message
 * the web UI's API may answer with must be. */
static inline int fuzz_json_text(const char *s)
{
	json_t *j = json_string(s);
	json_decref(j);
	return j != NULL;
}

/* Defines LLVMFuzzerInitialize as fuzz_setup() alone, for the targets
 * that need nothing else. */
#define FUZZ_INIT_DEFAULT \
	int LLVMFuzzerInitialize(int *argc, char ***argv) \
	{ \
		(void)argc; \
		(void)argv; \
		fuzz_setup(); \
		return 0; \
	}

/* A NUL-terminated copy of the input (which may hold NULs of its own:
 * the parsers then see the text up to the first one, as a C string from
 * the command line or a form would be). The caller frees it. */
static inline char *fuzz_str(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Splits the input at sep into at most max NUL-terminated pieces (the
 * last holds the rest, separators and all); missing pieces are "". The
 * pieces point into *store, which the caller frees. Returns how many
 * pieces the input really had. */
static inline size_t fuzz_split(const uint8_t *data, size_t size, char sep,
				char **parts, size_t max, char **store)
{
	char *s = fuzz_str(data, size), *p = s;
	size_t n = 0;
	static char empty[1];

	*store = s;
	while (n < max) {
		char *end = n + 1 < max ? memchr(p, sep, (size_t)(s + size - p)) : NULL;
		parts[n++] = p;
		if (!end)
			break;
		*end = '\0';
		p = end + 1;
	}
	for (size_t i = n; i < max; i++)
		parts[i] = empty;
	return n;
}

#endif
