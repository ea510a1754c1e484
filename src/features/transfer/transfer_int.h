/* SPDX-License-Identifier: MIT */
/* transfer_int.h: shared inside src/features/transfer only. */
#ifndef WAYMARK_TRANSFER_INT_H
#define WAYMARK_TRANSFER_INT_H

#include <jansson.h>

#include "vault/record.h"

struct transfer_kind {
	const char *name;
	/* checks a body, returns it normalised (new reference) or NULL */
	json_t *(*normalise)(json_t *data, struct err *err);
};

const struct transfer_kind *transfer_kind_find(const char *name);
/* One record as it appears in the file (new reference). */
json_t *transfer_record_to_json(const struct record *r);
/* The document around a records array (takes the reference). */
json_t *transfer_document(json_t *records);
/* Reads record number index (0-based) into r, checking it. */
int transfer_record_from_json(json_t *o, size_t index, struct record *r,
			      struct err *err);
/* Checks the header, and finds the records array (borrowed). */
int transfer_check_document(json_t *doc, json_t **records, struct err *err);

#endif
