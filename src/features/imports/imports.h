/* SPDX-License-Identifier: MIT */
/*
 * imports.h: bringing a person's history in from the mood apps they used
 * before: Daylio (CSV export or .daylio backup), Bearable (CSV), eMoods
 * (.emoods backup or its entry.csv), Pixels (JSON backup) and iMoodJournal
 * (CSV), and the habits of Loop Habit Tracker (its CSV export, as a ZIP or
 * its Checkmarks.csv), which become the person's own trackers. The whole-vault Waymark JSON import is a different feature
 * (src/features/transfer).
 *
 * An import happens in two steps, so that the person always sees what
 * will happen before anything is written:
 *
 *   1. imports_read() recognises the file's layout, reads every row and
 *      turns each entry into a check-in through the diary's public rules
 *      (diary.h), filling a report: what will come across, how each mood
 *      word or score becomes a Waymark mood (0 to 10), how ratings were
 *      read, what was changed on the way (HTML made plain, activities
 *      cleaned to fit as tags) and what will NOT come across (photos,
 *      audio, medication, rows that could not be read, and so on). Nothing
 *      is lost silently: anything a check-in cannot hold is listed.
 *   2. imports_store() writes the check-ins in one transaction. Each has a
 *      uid derived from the source entry (a hash of the app's name and the
 *      entry's own id, or its date and time), so importing the same file
 *      again adds nothing twice, and an entry already here is never changed
 *      (the person may have edited it since).
 *
 * model.c and formats.c hold the rules and parsers (no I/O), read.c the
 * CSV (libcsv) and ZIP (libarchive) readers, store.c the writing,
 * cmd.c `waymark import APP FILE`, page.c the /import page.
 */
#ifndef WAYMARK_IMPORTS_H
#define WAYMARK_IMPORTS_H

#include <stddef.h>
#include <time.h>

#include "core/buf.h"
#include "core/err.h"
#include "features/diary/diary.h"

#define WU __attribute__((warn_unused_result))

struct waymark;

/* The largest file an import reads (a Daylio backup with photos can be
 * large; only its small text member is kept). */
#define IMPORTS_FILE_MAX (64u << 20)

enum imports_app {
	IMPORTS_DAYLIO,      /* CSV export, or the .daylio backup */
	IMPORTS_BEARABLE,    /* CSV export */
	IMPORTS_EMOODS,      /* .emoods backup, or entry.csv from inside it */
	IMPORTS_PIXELS,      /* JSON backup */
	IMPORTS_IMOODJOURNAL, /* CSV export */
	IMPORTS_LOOP,        /* Loop Habit Tracker: the CSV export's ZIP, or its
				Checkmarks.csv */
	IMPORTS__MAX
};

/* "daylio", "bearable", "emoods", "pixels", "imoodjournal", "loop": the spelling
 * of the CLI subcommand and the web form. */
const char *imports_app_name(enum imports_app app);
/* The app's own name for people: "Daylio", "iMoodJournal". */
const char *imports_app_title(enum imports_app app);
/* 0 and *out for a name above (ASCII case ignored), or -1. */
int imports_app_find(const char *name, enum imports_app *out) WU;

/* Where a mood's number came from. */
enum imports_mood_from {
	IMPORTS_MOOD_DEFAULT, /* the app's own scale, by our default rule */
	IMPORTS_MOOD_YOURS,   /* the person's choice (--mood or the form) */
	IMPORTS_MOOD_UNKNOWN, /* a word we cannot place: mood left empty */
};

/* One mood word or score seen in the file ("meh", "ok but sleepy", or a
 * number such as "4" for a Pixels score) and the Waymark mood it becomes. */
struct imports_mood {
	char *label;   /* as the app wrote it, trimmed */
	char *key;     /* for matching: ASCII lower case, single spaces, no
			  trailing " [-]" */
	char *scale;   /* what the label means in the app, e.g. "Daylio's
			  middle level (3 of 5)", "4 out of 5"; may be "" */
	int fallback;  /* the default mood 0..10, or -1 if none */
	int mood;      /* what it becomes now: 0..10, or -1 (left empty) */
	enum imports_mood_from from;
	long count;    /* entries (or readings) with this label */
};

/* A habit (or any scale an app keeps) that becomes one of the person's own
 * trackers (diary.h), found by its name when it is stored: a tracker the
 * person already has with that name is used, otherwise it is made. */
struct imports_tracker {
	char *name;             /* valid as a tracker's name */
	enum tracker_type type; /* TRACKER_YESNO or TRACKER_COUNT */
	char *unit;             /* a count's unit, or NULL */
	int retired;            /* archived in the app: made retired */
	long values;            /* values the entries hold for it */
};

/* One tracker value of an entry: trackers[tracker] is value. */
struct imports_value {
	size_t tracker;
	int value;
};

/* One check-in to be. */
struct imports_entry {
	struct checkin c;    /* built with diary.h's parsers */
	char uid[33];        /* derived from the source, see above */
	time_t when;         /* the moment (UTC), kept as created/updated */
	long row;            /* the row (CSV record, 1 = the header) or the
				entry's place in a JSON list, for messages */
	size_t *moods;       /* indexes into the report's moods; the mood is
				the rounded mean of their numbers */
	size_t nmoods;
	struct imports_value *values; /* also in c under stand-in keys
					 (imports_value_key) until stored */
	size_t nvalues;
	/* while reading: the note being built, and tags beyond the diary's
	 * limit, which go into the note */
	struct buf note;
	struct buf more_tags;
};

/* A list of sentences for the report. */
struct imports_lines {
	char **items;
	size_t n;
};

struct imports_report {
	enum imports_app app;
	char *format;        /* e.g. "a Daylio CSV export (8 columns, with
				note titles)" */
	long rows;           /* rows or entries read from the file */
	struct imports_entry *entries;
	size_t nentries;
	struct imports_mood *moods;
	size_t nmoods;
	struct imports_tracker *trackers;
	size_t ntrackers;
	struct imports_lines inferred;  /* how ratings and times were read */
	struct imports_lines changed;   /* changed on the way */
	struct imports_lines left_out;  /* what does not come across */
	/* counted while reading, for the "changed" lines */
	long html_notes, titles, cleaned_tags, overflow_tags, cut_notes;
	/* set by imports_store() */
	long added, already;
};

void imports_report_init(struct imports_report *r);
void imports_report_release(struct imports_report *r);

/* The person's changes to the mood mapping: label = mood. */
struct imports_mapping {
	char **labels;
	int *moods;
	size_t n;
};
void imports_mapping_init(struct imports_mapping *m);
void imports_mapping_release(struct imports_mapping *m);
/* Adds "LABEL=N" (N a whole number 0..10; the last '=' splits, so a label
 * may hold '='). ERR_INPUT (field "mood") for anything else. */
int imports_mapping_add(struct imports_mapping *m, const char *spec,
			struct err *err) WU;
/* Adds one label and its mood (mood checked as above, given as text). */
int imports_mapping_set(struct imports_mapping *m, const char *label,
			const char *mood, struct err *err) WU;

/* Reads a whole file (data, len; name is used only for messages and to
 * tell a zip from a CSV when the bytes leave it open) exported by app,
 * applying mapping (which may be NULL), into report (initialised by the
 * caller). Entries that cannot be brought in are listed in the report's
 * left_out and skipped; a file that is not what app makes at all (empty,
 * only a header, the wrong columns, cut short, binary junk, or a mapping
 * naming a mood the file does not have) fails with ERR_INPUT and a
 * message that says what is wrong. Writes nothing. */
int imports_read(enum imports_app app, const char *name, const void *data,
		 size_t len, const struct imports_mapping *mapping,
		 struct imports_report *report, struct err *err) WU;

/* Writes the report's entries as check-ins, in one transaction: all or
 * none. First each tracker the entries use is found by name or made
 * (ERR_INPUT if the person has one by that name of another kind). Fills report->added and report->already (entries whose uid is
 * already in the vault, which are left exactly as they are). With
 * dry_run, counts the same way and writes nothing. */
int imports_store(struct waymark *wm, struct imports_report *report,
		  int dry_run, struct err *err) WU;

/* The stand-in key an entry's value for trackers[tracker] has in its
 * check-in until imports_store() puts the tracker's own key there. */
void imports_value_key(size_t tracker, char key[TRACKER_KEY_MAX + 1]);

/* Counts for the report's summary. */
struct imports_counts {
	long entries, with_mood, without_mood, with_tags, tags, with_note;
	struct wdate first, last; /* the earliest and latest day */
};
void imports_count(const struct imports_report *r, struct imports_counts *out);

/* Fills order (r->nmoods entries) with the moods' indexes in the order to
 * show them: the best default mood first, then those without one, by
 * name. */
void imports_mood_order(const struct imports_report *r, size_t *order);

/* cmd.c: `waymark import APP FILE ...`, and `waymark import --json FILE`
 * handed on to the transfer feature. */
int imports_cmd(struct waymark *wm, int argc, char **argv);

/* page.c: choose a file, see the report, change the mood mapping, and
 * bring it in. */
struct web_req;
struct web_resp;
int imports_page(struct web_req *req, struct web_resp *resp);
int imports_page_post(struct web_req *req, struct web_resp *resp);

#endif
