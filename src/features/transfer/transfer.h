/* SPDX-License-Identifier: MIT */
/*
 * transfer.h: moving a whole vault in and out as a documented, versioned
 * JSON file (docs/export-format.md). Export writes every record; import
 * reads such a file into any vault, checking every record as strictly as
 * typed input, all-or-nothing, and without duplicates (records are matched
 * by their uid, and the newer copy wins).
 */
#ifndef WAYMARK_TRANSFER_H
#define WAYMARK_TRANSFER_H

#include <jansson.h>

#include "core/err.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

#define TRANSFER_FORMAT "waymark-export"
#define TRANSFER_VERSION 1

/* Builds the export document of every record in the vault (a new
 * reference) into *out. */
int transfer_export(struct waymark *wm, json_t **out, struct err *err) WU;

struct transfer_counts {
	long read, added, replaced, unchanged;
};

/* Checks every record of doc without a vault; *nrecords gets the count. */
int transfer_check(json_t *doc, long *nrecords, struct err *err) WU;
/* Checks doc and stores its records in one transaction. With dry_run,
 * checks and counts but writes nothing. ERR_INPUT names the first bad
 * record; then nothing is written. */
int transfer_import(struct waymark *wm, json_t *doc, int dry_run,
		    struct transfer_counts *counts, struct err *err) WU;

/* cmd.c */
int transfer_cmd_export(struct waymark *wm, int argc, char **argv);
int transfer_cmd_import(struct waymark *wm, int argc, char **argv);

#endif
