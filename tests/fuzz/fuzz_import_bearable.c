/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import_bearable.c: imports_read() on any bytes as if they were
 * Bearable's CSV export
 * (see fuzz_import.h for what is checked).
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import(IMPORTS_BEARABLE, data, size);
	return 0;
}
