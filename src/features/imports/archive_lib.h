/* SPDX-License-Identifier: MIT */
/*
 * archive_lib.h: libarchive, opened on first use (see core/dynlib.h and
 * web/mhd.h): only imports of zipped backups need it, and it brings a
 * dozen compression libraries with it. Include this instead of
 * <archive.h>; call imports_archive_load() before reading an archive.
 */
#ifndef WAYMARK_IMPORTS_ARCHIVE_H
#define WAYMARK_IMPORTS_ARCHIVE_H

#include <archive.h>
#include <archive_entry.h>

#include "core/err.h"

#define ARCHIVE_FUNCTIONS(X) \
	X(archive_entry_filetype) X(archive_entry_pathname) X(archive_error_string) \
	X(archive_read_data) X(archive_read_data_skip) X(archive_read_free) \
	X(archive_read_new) X(archive_read_next_header) X(archive_read_open_memory) \
	X(archive_read_support_format_zip)

#define ARCHIVE_FIELD(f) __typeof__(&f) f;
/* Written once by imports_archive_load(), then only read (see web/mhd.h). */
extern struct imports_archive_api {
	ARCHIVE_FUNCTIONS(ARCHIVE_FIELD)
} imports_archive_api;
#undef ARCHIVE_FIELD

#define archive_entry_filetype (imports_archive_api.archive_entry_filetype)
#define archive_entry_pathname (imports_archive_api.archive_entry_pathname)
#define archive_error_string (imports_archive_api.archive_error_string)
#define archive_read_data (imports_archive_api.archive_read_data)
#define archive_read_data_skip (imports_archive_api.archive_read_data_skip)
#define archive_read_free (imports_archive_api.archive_read_free)
#define archive_read_new (imports_archive_api.archive_read_new)
#define archive_read_next_header (imports_archive_api.archive_read_next_header)
#define archive_read_open_memory (imports_archive_api.archive_read_open_memory)
#define archive_read_support_format_zip (imports_archive_api.archive_read_support_format_zip)

int imports_archive_load(struct err *err) __attribute__((warn_unused_result));

#endif
