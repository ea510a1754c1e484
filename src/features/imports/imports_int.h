/* SPDX-License-Identifier: MIT */
/*
 * imports_int.h: shared inside src/features/imports only. The readers
 * (read.c), the rules every app's parser uses (model.c) and the parsers
 * themselves (formats.c).
 */
#ifndef WAYMARK_IMPORTS_INT_H
#define WAYMARK_IMPORTS_INT_H

#include <jansson.h>

#include "core/buf.h"
#include "imports.h"

/* ---- read.c ---- */

/* A CSV file as rows of fields. */
struct imports_row {
	char **fields;  /* each NUL-terminated, trimmed of spaces by libcsv */
	size_t n;
	long record;    /* 1-based record number in the file (the header,
			   if any, is 1); a quoted line break does not count */
};

struct imports_table {
	struct imports_row *rows;
	size_t n;
	int latin1;        /* the file was not UTF-8 and was read as Latin-1 */
	int final_newline; /* the file ends with a line break */
};

void imports_table_release(struct imports_table *t);
/* Reads CSV text with libcsv (strict quoting): a UTF-8 byte order mark is
 * skipped, CRLF and LF both end rows, blank lines are ignored. Text that
 * is not UTF-8 is read as Latin-1, with 0x80..0x9f read as Windows-1252
 * does (curly quotes, dashes, the euro sign) rather than as invisible
 * control codes (t->latin1 says so). ERR_INPUT for
 * binary data (NUL bytes), broken quoting, or a quote left open at the
 * end (a file cut short). */
int imports_csv_read(const void *data, size_t len, struct imports_table *t,
		     struct err *err) WU;

/* 1 if data starts like a ZIP archive. */
int imports_is_zip(const void *data, size_t len);

/* What else a zip held, for the report. */
struct imports_zip_info {
	long photos, audio, other;
	char folder[512]; /* the folder of the member read, "" or ending in
			     '/' ("" too if its name is longer than this) */
};
/* Reads the member called name (or ending in "/name"; of several, the one
 * in the fewest folders, then the first) from the ZIP in data into out, with libarchive, counting the other members in info.
 * ERR_INPUT if it is not a readable archive or has no such member. */
int imports_zip_member(const void *data, size_t len, const char *name,
		       struct buf *out, struct imports_zip_info *info,
		       struct err *err) WU;

/* One file read from a ZIP. */
struct imports_zip_file {
	char *path;
	struct buf data;
};
void imports_zip_files_release(struct imports_zip_file *files, size_t n);
/* Reads every member called name one folder below folder ("" or ending
 * in '/'; "001 Meditate/name" when it is "") from the ZIP in data, at most
 * IMPORTS_FILE_MAX bytes in all. ERR_INPUT if the archive cannot be read
 * or holds more. */
int imports_zip_folder_members(const void *data, size_t len, const char *folder,
			       const char *name, struct imports_zip_file **out,
			       size_t *nout, struct err *err) WU;

/* ---- model.c ---- */

/* Adds a sentence to a report list (printf-style). */
void imports_line(struct imports_lines *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A new entry at the end of the report (checkin_init'ed, row set). */
struct imports_entry *imports_entry_new(struct imports_report *r, long row);
/* Drops the last entry (when a row turns out not to be usable). */
void imports_entry_drop_last(struct imports_report *r);
/* A new tracker in the report (name already valid as a tracker's name);
 * its index. */
size_t imports_tracker_new(struct imports_report *r, const char *name,
			   enum tracker_type type, const char *unit, int retired);
/* Gives e a value for the report's tracker (counted in its values). */
void imports_entry_value(struct imports_report *r, struct imports_entry *e,
			 size_t tracker, int value);
/* Sets e->c.when and e->when from a local date and minute. */
void imports_entry_when(struct imports_entry *e, struct wdate d, int minute);
/* The uid from a label for the app's layout and the source's identity
 * (parts joined with NUL bytes), plus n, the number of entries before
 * this one with the same identity (so two entries at the same minute
 * differ). */
void imports_entry_uid(struct imports_entry *e, const char *const *parts,
		       size_t nparts, long n);
/* Counts the report's earlier entries at the same date and minute. */
long imports_same_minute(const struct imports_report *r,
			 const struct imports_entry *e);

/* The mood label's index in the report (added if new, with its default
 * mood fallback (-1: none) and what it means in the app), its count
 * raised by one, and linked to e. The label is kept trimmed and without
 * control characters or bytes that are not UTF-8 ("?" if nothing is
 * left), so that imports_mapping_set accepts it back. */
size_t imports_mood_ref(struct imports_report *r, struct imports_entry *e,
			const char *label, int fallback, const char *scale);
/* ASCII lower case, single spaces, no " [-]" marker at the end. */
void imports_mood_key(const char *label, struct buf *out);
/* Daylio's level for its own mood names (English and Polish): 1 best .. 5
 * worst, or 0 if label is not one of them. */
int imports_daylio_level(const char *label);
/* Our default for a level of a five-step scale, 1 best .. 5 worst: the
 * middle of that fifth of 0..10 (9, 7, 5, 3, 1). */
int imports_five_to_mood(int level_best_first);

/* Adds one activity, factor or emotion as a tag, cleaned to fit the
 * diary's rules (no commas or control characters, at most
 * DIARY_TAG_MAX characters); cleaning and tags beyond DIARY_TAGS_MAX are
 * counted in the report, and extra tags are kept in the entry's
 * overflow text for the note. Empty input is ignored. */
void imports_add_tag(struct imports_report *r, struct imports_entry *e,
		     const char *raw);
/* Adds a tag for each piece of s split at '|'. */
void imports_add_tags_split(struct imports_report *r, struct imports_entry *e,
			    const char *s);
/* Appends a paragraph to the note being built (separated by a blank
 * line); the note is set when the entry is finished. */
void imports_note_add(struct imports_entry *e, const char *text);
/* Finishes the entries: applies the mapping, sets notes (with tags that
 * did not fit), checks each with checkin_validate and moves failures to
 * left_out. ERR_INPUT if the mapping names a label not in the file. */
int imports_finish(struct imports_report *r,
		   const struct imports_mapping *mapping, struct err *err) WU;

/* Makes HTML from a note plain: <br>, </p>, </div> and </li> become line
 * breaks, <li> starts a line with "- ", other formatting tags (b, i, u,
 * s, em, strong, span, font, p, div, ul, ol, strike, del, h1-h6) are
 * removed keeping their text, and &amp; &lt; &gt; &quot; &#39; &apos;
 * &nbsp; and numeric character references are decoded. Anything else in
 * angle brackets ("<3", "<c_e>") is kept exactly as written. Returns 1 if
 * it changed anything, else 0. */
int imports_html_to_text(const char *html, struct buf *out);

/* Clock times as apps write them: "18:52", "9:03", "10:00 pm", "3:26 AM",
 * "12:00 AM" (midnight), "12:15 p.m.". 0 and *minute, or -1. */
int imports_parse_clock(const char *s, int *minute) WU;
/* A day and month in words, in English, Polish or Spanish, with the year
 * given separately unless the text holds one: "18 May", "June 22",
 * "7 września", "16 de octubre", "September 5, 2015", "22nd Sep 2020".
 * year is used when the text has none (0: the text must have one).
 * 0 and *out for a real date, or -1. */
int imports_parse_words_date(const char *s, int year, struct wdate *out) WU;
/* "YYYY-MM-DD" or "YYYY-M-D". 0 and *out for a real date, or -1. */
int imports_parse_iso_date(const char *s, struct wdate *out) WU;

/* ---- formats.c: one parser per app, each filling the report ---- */
int imports_daylio_csv(struct imports_report *r, const struct imports_table *t,
		       struct err *err) WU;
int imports_daylio_backup(struct imports_report *r, json_t *doc,
			  const struct imports_zip_info *zi, struct err *err) WU;
int imports_bearable(struct imports_report *r, const struct imports_table *t,
		     struct err *err) WU;
int imports_emoods(struct imports_report *r, const struct imports_table *t,
		   struct err *err) WU;
int imports_pixels(struct imports_report *r, json_t *doc, struct err *err) WU;
int imports_imoodjournal(struct imports_report *r, const struct imports_table *t,
			 struct err *err) WU;
/* Loop Habit Tracker: marks is its Checkmarks.csv; habits (Habits.csv)
 * may be NULL when only that is given, and zi (what else the ZIP held)
 * NULL too. folders are the habits' own Checkmarks.csv files from the
 * ZIP ("001 Meditate/Checkmarks.csv"), read for the notes on single
 * days; they are counted in zi's other files. */
/* Reads Loop's Checkmarks.csv (data, len) into out. When its first row
 * does not line up with the rest (a habit's name with a comma or a quote,
 * which Loop does not quote), the names come from habits (Habits.csv), in
 * order. */
int imports_loop_marks(const struct imports_table *habits, const void *data, size_t len,
		       struct imports_table *out, struct err *err) WU;
struct loop_folder {
	const char *path;
	struct imports_table t;
};
int imports_loop(struct imports_report *r, const struct imports_table *habits,
		 const struct imports_table *marks, const struct imports_zip_info *zi,
		 const struct loop_folder *folders, size_t nfolders,
		 struct err *err) WU;

#endif
