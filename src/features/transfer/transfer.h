/* SPDX-License-Identifier: MIT */
/*
 * transfer.h: moving a whole vault in and out as a documented, versioned
 * JSON file (docs/export-format.md). Export writes every record; import
 * reads such a file into any vault, checking every record as strictly as
 * typed input, all-or-nothing, and without duplicates (records are matched
 * by their uid, and the newer copy wins). Also the open formats other
 * programs read: check-ins as CSV and questionnaire answers as FHIR R4.
 * Any export can be encrypted with a passphrase of its own
 * (docs/encrypted-files.md), and import opens such a file.
 */
#ifndef WAYMARK_TRANSFER_H
#define WAYMARK_TRANSFER_H

#include <time.h>

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

/* ---- open formats, for other programs (docs/export-format.md) ---- */

struct buf;
struct checkin_list;
struct tracker_list;
struct measure_catalog;
struct measure_response_list;

/* csv.c: check-ins as CSV for spreadsheets. Appends to out a UTF-8
 * byte-order mark, a header row and one row per check-in of l in l's
 * order: date, time, UTC offset, mood (and in words), bed and wake times,
 * hours slept, sleep quality, just before, on my own, with, how I coped,
 * helped, tags, note, small win, for my appointment; then one column per
 * tracker of defs in its order, headed by its name (" (tracker)" added if
 * that is also a fixed column's name), and one per tracker key the
 * check-ins use that defs lacks, headed by the key. Every field is quoted
 * by libcsv's csv_write; rows end in CRLF (RFC 4180). Empty fields are "". */
void transfer_csv_build(const struct checkin_list *l, const struct tracker_list *defs,
			struct buf *out);
/* Every check-in in the vault, oldest first, with every tracker (retired
 * ones too), through transfer_csv_build; *nrows gets the number of
 * check-ins. out should be BUF_SENSITIVE. */
int transfer_csv(struct waymark *wm, struct buf *out, long *nrows,
		 struct err *err) WU;

/* fhir.c: questionnaire answers as a FHIR R4 Bundle of type "collection"
 * (a new reference): an anonymous Patient, a Questionnaire per measure
 * answered (canonical url "urn:waymark:questionnaire:ID", version "1",
 * its LOINC codes, answer options with the ordinalValue extension, a
 * read-only total item with an SDC calculatedExpression when the total is
 * a plain sum), a QuestionnaireResponse per response in l ("completed", or
 * "stopped" when incomplete; answered items only, with the total when
 * complete) and an Observation per complete response (status "final",
 * category "survey", the score's LOINC and SNOMED CT codes, valueQuantity
 * in "{score}", the band as interpretation, derivedFrom the response).
 * Entries' fullUrls are "urn:uuid:" and the resource's id, a UUID made from
 * the record's uid or a hash, so the same vault gives the same ids. now is
 * the Bundle's timestamp. Responses whose measure c does not know are left
 * out and counted in *left_out. */
json_t *transfer_fhir_build(const struct measure_catalog *c,
			    const struct measure_response_list *l, time_t now,
			    long *left_out);
/* The Bundle of every response in the vault, with the measures this
 * Waymark knows (shipped and the person's own). *nresponses gets how many
 * responses went in and *left_out how many did not. */
int transfer_fhir(struct waymark *wm, json_t **out, long *nresponses,
		  long *left_out, struct err *err) WU;

/* cmd.c */
int transfer_cmd_export(struct waymark *wm, int argc, char **argv);
int transfer_cmd_import(struct waymark *wm, int argc, char **argv);

#endif
