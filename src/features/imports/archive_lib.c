/* SPDX-License-Identifier: MIT */
/* archive_lib.c: opening libarchive on first use (see archive_lib.h). */
#include "archive_lib.h"
#include "core/dynlib.h"

struct imports_archive_api imports_archive_api;

#define ARCHIVE_NAME(f) #f,
static const char *const names[] = { ARCHIVE_FUNCTIONS(ARCHIVE_NAME) };

int imports_archive_load(struct err *err)
{
	static int loaded;
	return dynlib_load(WAYMARK_SONAME_ARCHIVE, "The archive library", "libarchive13", names,
			   &imports_archive_api, sizeof(names) / sizeof(names[0]), &loaded, err);
}
