/* SPDX-License-Identifier: MIT */
/*
 * wtime.h: calendar dates, clock times and UTC offsets, with strict parsing.
 * Pure arithmetic (days_from_civil and friends) works on the proleptic
 * Gregorian calendar and needs no time zone. Functions that speak of "local"
 * time use the process time zone (TZ) through localtime_r/mktime.
 *
 * Parsers take the name of the field they parse, so that a bad value gives a
 * message about that field (ERR_INPUT) in the person's terms.
 */
#ifndef WAYMARK_WTIME_H
#define WAYMARK_WTIME_H

#include <stdint.h>
#include <time.h>

#include "err.h"

struct wdate {
	int y, m, d;
};

/* A moment as the person saw it on their own clock. */
struct wlocal {
	struct wdate date;
	int minute;     /* minutes since local midnight, 0..1439 */
	int second;
	int utc_offset; /* minutes east of UTC at that moment */
};

/* 1 if y-m-d is a real calendar date (years 1900..9999), else 0. */
int wdate_valid(int y, int m, int d);
int wdate_days_in_month(int y, int m);
/* Days since 1970-01-01 for a valid date (Howard Hinnant's algorithm). */
int64_t wdate_to_days(struct wdate d);
struct wdate wdate_from_days(int64_t days);
struct wdate wdate_add_days(struct wdate d, int64_t n);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int wdate_weekday(struct wdate d);
/* ISO 8601 week: sets *iso_year and returns the week number 1..53. */
int wdate_iso_week(struct wdate d, int *iso_year);
/* -1, 0 or 1. */
int wdate_cmp(struct wdate a, struct wdate b);
/* The date n calendar months later (n may be negative). A day that the
 * target month does not have becomes its last day: 31 January plus one
 * month is 28 (or 29) February, 29 February 2028 plus twelve months is
 * 28 February 2029. */
struct wdate wdate_add_months(struct wdate d, int n);
/* The Monday that starts d's ISO week (d itself on a Monday). */
struct wdate wdate_week_start(struct wdate d);

/* Strict "YYYY-MM-DD". 0 on success; -1 with ERR_INPUT naming field. */
int wdate_parse(const char *s, struct wdate *out, struct err *err,
		const char *field) __attribute__((warn_unused_result));
/* A date as a person might type it, relative to today: "2026-09-14",
 * "14 September 2026", "14 Sep" (the next such day from today), "today",
 * "tomorrow", or a span from today: "in 6 months", "6 weeks", "for the
 * next 6 months", "within a fortnight" (digits or the words one to
 * twelve, "a"/"an"; days, weeks, fortnights, months or years; months and
 * years as in wdate_add_months). English words only, any case. On
 * failure: ERR_INPUT naming field, with a message giving examples (a real
 * date that is not on the calendar, like 2026-02-30, gets wdate_parse's
 * message), and *out unchanged. */
int wdate_parse_kind(const char *s, struct wdate today, struct wdate *out,
		     struct err *err, const char *field)
	__attribute__((warn_unused_result));
/* Writes "YYYY-MM-DD" into out (at least 11 bytes). */
void wdate_format(struct wdate d, char out[11]);

/* "HH:MM" (or "H:MM"), 00:00..23:59, into minutes since midnight. */
int wclock_parse(const char *s, int *minute, struct err *err,
		 const char *field) __attribute__((warn_unused_result));
/* Writes "HH:MM" (at least 6 bytes). */
void wclock_format(int minute, char out[6]);

/* A sleep range "23:30-07:10": bed and wake clock times. */
int wslept_parse(const char *s, int *bed, int *wake, struct err *err)
	__attribute__((warn_unused_result));
/* Minutes asleep from bed to wake, crossing midnight when wake <= bed
 * (a bed time equal to the wake time counts as a full 24 hours). */
int wslept_minutes(int bed, int wake);

/* "+01:00" / "-05:00" (at least 7 bytes); parse accepts the same and "Z". */
void woffset_format(int minutes, char out[7]);
int woffset_parse(const char *s, int *minutes) __attribute__((warn_unused_result));

/* Now. Honours WAYMARK_TEST_NOW ("YYYY-MM-DDTHH:MM[:SS]", local time) so
 * tests can fix the clock; otherwise time(NULL). */
time_t wnow(void);
/* Splits a moment into the local calendar (process TZ). */
void wlocal_from_time(time_t t, struct wlocal *out);
/* Today's local date (wnow() on the process's calendar). */
struct wdate wtoday(void);
/* The local moment for a date and clock time, finding its UTC offset
 * (mktime with DST unknown). Returns the UTC time. */
time_t wlocal_make(struct wdate d, int minute, struct wlocal *out);

/* UK civil time (Europe/London) whatever the process time zone, for
 * things that keep UK hours (support lines). Pure arithmetic: TZ is neither
 * read nor changed. GMT all year except British Summer Time (UTC+1) from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, the rule in force since 1996 (earlier years are computed with
 * it too, which is wrong for them but harmless here). */
/* Minutes east of UTC on a UK clock at t: 0 or 60. */
int wuk_offset(time_t t);
/* Splits t into the UK date, clock time (minute and second) and offset. */
void wuk_from_time(time_t t, struct wlocal *out);
/* The moment a UK clock shows minute (0..1439) on d. In the hour that the
 * March change skips (01:00-01:59) the time is read as GMT, so 01:30 is the
 * moment a clock shows 02:30 BST; in the hour that October repeats, the
 * first (BST) occurrence is meant. */
time_t wuk_make(struct wdate d, int minute);

/* The name of an ISO weekday (1 = Monday ... 7 = Sunday), translated:
 * "Monday", or "Mon" when short. "" for a number out of range. */
const char *wweekday_name(int weekday, int short_form);
/* When a new entry is about, from the optional --date ("YYYY-MM-DD") and
 * --time ("HH:MM") a person gave (NULL for not given): now if neither; a
 * date without a time is taken as 12:00 that day; a time without a date is
 * today. A date after today is refused (ERR_INPUT, field "date"), as is a
 * malformed date or time. */
int wlocal_for_entry(const char *date, const char *time, struct wlocal *out,
		     struct err *err) __attribute__((warn_unused_result));

struct buf;
/* "Saturday 21 November 2026" (translated) appended to out. */
void wdate_long(struct buf *out, struct wdate d);
/* "Sat 21 Nov" appended to out. */
void wdate_short(struct buf *out, struct wdate d);
/* "Mon 5 Jan to Sat 21 Nov" (translated) appended to out. */
void wdate_short_range(struct buf *out, struct wdate from, struct wdate to);
/* "March" and "Mar" for m = 3 (translated); "" outside 1..12. */
const char *wdate_month_name(int m);
const char *wdate_month_abbr(int m);

/* "2026-11-21T10:00:00Z" (at least 21 bytes). */
void wutc_format(time_t t, char out[21]);
/* Parses the form above. 0 on success, -1 if malformed. */
int wutc_parse(const char *s, time_t *out) __attribute__((warn_unused_result));

#endif
