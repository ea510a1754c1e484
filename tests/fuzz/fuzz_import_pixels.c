/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import_pixels.c: imports_read() on any bytes as if they were
 * Pixels' JSON backup
 * (see fuzz_import.h for what is checked).
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import(IMPORTS_PIXELS, data, size);
	return 0;
}
