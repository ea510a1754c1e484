/* SPDX-License-Identifier: MIT */
/*
 * fuzz_import_daylio_backup.c: imports_read() on any bytes as if they were
 * Daylio's backup: the .daylio zip, or the JSON inside it already decoded
 * (see fuzz_import.h for what is checked).
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import(IMPORTS_DAYLIO, data, size);
	return 0;
}
