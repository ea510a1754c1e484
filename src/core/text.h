/* SPDX-License-Identifier: MIT */
/*
 * text.h: small helpers for the person's own words: UTF-8 checks, trimming,
 * case-folding for search, and splitting comma lists. Folding is ASCII-only
 * (other letters compare exactly), which keeps it predictable.
 */
#ifndef WAYMARK_TEXT_H
#define WAYMARK_TEXT_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

/* 1 if s is valid UTF-8 without control characters other than tab and
 * (when multiline) newline and carriage return; else 0. */
int text_valid(const char *s, int multiline);
/* The length in bytes of the character at s (s not empty): 1 for any
 * ASCII byte (control characters included: callers judge those), 2 to 4
 * for a character text_valid accepts, or 0 when the bytes at s are not
 * valid UTF-8 or are a C1 control character (U+0080 to U+009F). */
int text_char_len(const char *s);
/* Makes s, in place, safe to print to a terminal and to send as a JSON
 * string: each byte that is not part of valid UTF-8 (as text_valid
 * reads it, so a character cut short at the end too) and each control
 * character other than tab and newline becomes '?'. The length never
 * changes. err.h's messages go through it, since they may quote what a
 * person typed. */
void text_sanitise(char *s);
/* Number of characters (UTF-8 code points) in valid UTF-8 text. */
size_t text_chars(const char *s);
/* Returns a new copy of s without leading/trailing white space, with CRLF
 * and a lone CR turned into LF (so trimming the result again changes
 * nothing). The caller frees it. */
char *text_trimmed(const char *s);
/* Sets *field from what a person typed: s trimmed (CRLF and CR made
 * LF), checked to be valid text (line breaks only if multiline) of at
 * most max characters. Empty text sets *field to NULL. The old value is freed.
 * On bad text: ERR_INPUT naming field, with a message that calls it by
 * label (e.g. "the reward"), and *field is unchanged. */
int text_set_field(char **field, const char *s, size_t max, int multiline,
		   const char *field_name, const char *label, struct err *err)
	__attribute__((warn_unused_result));
/* ASCII lower-case copy, caller frees. */
char *text_lower(const char *s);
/* 1 if needle occurs in hay ignoring ASCII case. An empty needle matches. */
int text_contains_fold(const char *hay, const char *needle);
/* 1 if a and b are equal ignoring ASCII case. */
int text_eq_fold(const char *a, const char *b);

/* A whole number in [lo, hi], with optional white space around it, into
 * *out. Returns 0; or -1 if s is not a whole number (empty, "6.5", "six"),
 * -2 if it is below lo and -3 if above hi (*out is then unchanged), so a
 * caller can say which. */
int text_parse_int(const char *s, int lo, int hi, int *out)
	__attribute__((warn_unused_result));

/* Appends s to out as a table cell width characters wide: cut to fit
 * (ending in an ellipsis) if longer, padded with spaces if shorter. Counts
 * characters, not bytes, and never cuts one in half. */
void text_pad(struct buf *out, const char *s, size_t width);

/* Splits s at sep into trimmed, non-empty pieces appended to *items (grown
 * with xrealloc; the caller frees each and the array). */
void text_split(const char *s, char sep, char ***items, size_t *nitems);
void text_free_list(char **items, size_t nitems);

/* The longest tag, in characters. Check-in tags and the plan's triggers
 * and early warning signs are the same things, so they share one rule. */
#define TEXT_TAG_MAX 40

/* Turns what a person typed as one tag into the stored form: leading '#'s
 * dropped, ASCII lower case, runs of white space made one
 * space, none at either end ("  #Money   Worries" -> "money worries").
 * On success *out is the new string (the caller frees it), or NULL when
 * nothing is left, and 0 is returned. Text that is not valid one-line
 * UTF-8 or is longer than TEXT_TAG_MAX characters fails with ERR_INPUT
 * naming field, *out untouched. */
int text_tag(const char *s, char **out, const char *field, struct err *err)
	__attribute__((warn_unused_result));

/* Appends s to out word-wrapped for a terminal: lines of at most width
 * characters (UTF-8 code points) including their indent, the first line
 * starting with first, the others with indent, each ending in '\n'. Line
 * breaks in s start a new line; a word longer than a line is kept whole.
 * Empty s appends nothing. */
void text_wrap(struct buf *out, const char *s, size_t width, const char *first,
	       const char *indent);

/* Appends s to out for comparing phrases: ASCII folded to lower case,
 * apostrophes (straight and curly) dropped, other ASCII punctuation and
 * white space made into single spaces, no space at either end. */
void text_normalise(struct buf *out, const char *s);

#endif
