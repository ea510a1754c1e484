/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import_loop.c: imports_read() on any bytes as if they were
 * Loop Habit Tracker's CSV export (a zip) or the Checkmarks.csv inside it
 * (see fuzz_import.h for what is checked).
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import(IMPORTS_LOOP, data, size);
	return 0;
}
