/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import_emoods.c: imports_read() on any bytes as if they were
 * eMoods' .emoods backup (a zip) or the entry.csv inside it
 * (see fuzz_import.h for what is checked).
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import(IMPORTS_EMOODS, data, size);
	return 0;
}
