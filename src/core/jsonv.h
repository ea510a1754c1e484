/* SPDX-License-Identifier: MIT */
/*
 * jsonv.h: checking JSON that comes from outside (data files a person may
 * write, import files, stored record bodies) as strictly as typed input.
 * Each getter reads one member of an object, checks its type and limits,
 * and on a problem fails with ERR_INPUT and a message naming the member
 * ("'name' must be text"). Callers add where it was with err_prefix()
 * ("life.json: area 3: 'name' must be text"). Messages are technical
 * enough for someone fixing a file, and never hold the offending text.
 */
#ifndef WAYMARK_JSONV_H
#define WAYMARK_JSONV_H

#include <stddef.h>

#include <jansson.h>

#include "err.h"

#define JSONV_WU __attribute__((warn_unused_result))

enum {
	JSONV_REQUIRED = 1 << 0,  /* a missing member is an error */
	JSONV_MULTILINE = 1 << 1, /* text may hold line breaks */
};

/* 1 if s is an id: 1..max characters of a-z, 0-9 and '-', starting with
 * a letter or digit. */
int jsonv_is_id(const char *s, size_t max);

/* o must be an object whose members are all named in known (a NULL-ended
 * list): "unknown field 'x'" otherwise. what names the thing for the
 * not-an-object message ("a measure must be a JSON object"). */
int jsonv_object(json_t *o, const char *what, const char *const *known,
		 struct err *err) JSONV_WU;

/* Text member key: a string of valid UTF-8 without control characters
 * (line breaks only with JSONV_MULTILINE), not empty once trimmed, at most
 * max characters. *out receives a trimmed copy (caller frees), or NULL if
 * the member is absent and not required. */
int jsonv_text(json_t *o, const char *key, unsigned flags, size_t max,
	       char **out, struct err *err) JSONV_WU;
/* An id member (see jsonv_is_id); always required. */
int jsonv_id(json_t *o, const char *key, size_t max, char **out,
	     struct err *err) JSONV_WU;
/* A whole-number member in [lo, hi]. *present is set to 1 if it was
 * there (0 and *out untouched if absent and not required). present may be
 * NULL when flags has JSONV_REQUIRED. */
int jsonv_int(json_t *o, const char *key, unsigned flags, long long lo,
	      long long hi, long long *out, int *present,
	      struct err *err) JSONV_WU;
/* A number member (whole or not), finite. As jsonv_int otherwise. */
int jsonv_number(json_t *o, const char *key, unsigned flags, double *out,
		 int *present, struct err *err) JSONV_WU;
/* An optional true/false member; *out is untouched if absent. */
int jsonv_bool(json_t *o, const char *key, int *out, struct err *err) JSONV_WU;

#endif
