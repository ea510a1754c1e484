/* SPDX-License-Identifier: MIT */
/*
 * wtime.c: dates, clock times and offsets (see wtime.h). Parsing is strict
 * on purpose: a diary entry dated 30 February should be questioned, not
 * silently moved to 2 March as mktime would.
 */
#include <ctype.h>

#include "buf.h"
#include "i18n.h"
#include "wtime.h"

int wdate_days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[m - 1];
}

int wdate_valid(int y, int m, int d)
{
	return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= wdate_days_in_month(y, m);
}

int64_t wdate_to_days(struct wdate dt)
{
	int64_t y = dt.y - (dt.m <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (dt.m + (dt.m > 2 ? -3 : 9)) + 2) / 5 + dt.d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct wdate wdate_from_days(int64_t z)
{
	struct wdate r;
	int64_t era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(y + (r.m <= 2));
	return r;
}

struct wdate wdate_add_days(struct wdate d, int64_t n)
{
	return wdate_from_days(wdate_to_days(d) + n);
}

int wdate_weekday(struct wdate d)
{
	int64_t z = wdate_to_days(d); /* 1970-01-01 was a Thursday (4) */
	int64_t w = (z % 7 + 7 + 3) % 7; /* 0 = Monday */
	return (int)w + 1;
}

int wdate_iso_week(struct wdate d, int *iso_year)
{
	/* The week belongs to the year that holds its Thursday. */
	struct wdate thu = wdate_add_days(d, 4 - wdate_weekday(d));
	struct wdate jan1 = { thu.y, 1, 1 };
	int64_t ord = wdate_to_days(thu) - wdate_to_days(jan1);
	*iso_year = thu.y;
	return (int)(ord / 7) + 1;
}

int wdate_cmp(struct wdate a, struct wdate b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

/* Reads exactly n digits from *sp into *out. */
static int digits(const char **sp, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*sp)[i]))
			return -1;
		v = v * 10 + ((*sp)[i] - '0');
	}
	*sp += n;
	*out = v;
	return 0;
}

int wdate_parse(const char *s, struct wdate *out, struct err *err,
		const char *field)
{
	const char *p = s;
	int y, m, d;

	if (digits(&p, 4, &y) || *p++ != '-' || digits(&p, 2, &m) ||
	    *p++ != '-' || digits(&p, 2, &d) || *p)
		return err_input(err, field,
			"the %s needs to look like 2026-03-14 (year-month-day); '%s' does not",
			field, s);
	if (!wdate_valid(y, m, d)) {
		if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 9999)
			return err_input(err, field,
				"the %s '%s' is not on the calendar: that month has %d days",
				field, s, wdate_days_in_month(y, m));
		return err_input(err, field, "the %s '%s' is not a real date",
				 field, s);
	}
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

void wdate_format(struct wdate d, char out[11])
{
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)d.y % 10000u, (unsigned)d.m % 100u,
		 (unsigned)d.d % 100u);
}

/* Parses "H:MM" or "HH:MM" at *sp, advancing it. */
static int clock_at(const char **sp, int *minute)
{
	const char *p = *sp;
	int h, m;

	if (!isdigit((unsigned char)p[0]))
		return -1;
	if (isdigit((unsigned char)p[1])) {
		if (digits(&p, 2, &h))
			return -1;
	} else {
		h = p[0] - '0';
		p++;
	}
	if (*p++ != ':' || digits(&p, 2, &m))
		return -1;
	if (h > 23 || m > 59)
		return -2;
	*minute = h * 60 + m;
	*sp = p;
	return 0;
}

int wclock_parse(const char *s, int *minute, struct err *err,
		 const char *field)
{
	const char *p = s;
	int r = clock_at(&p, minute);

	if (r == 0 && *p == '\0')
		return 0;
	if (r == -2)
		return err_input(err, field,
			"the %s '%s' is not a time on the clock: use 00:00 to 23:59",
			field, s);
	return err_input(err, field,
		"the %s needs to look like 07:30 (24-hour clock); '%s' does not",
		field, s);
}

void wclock_format(int minute, char out[6])
{
	if (minute < 0 || minute >= 24 * 60)
		minute = 0;
	snprintf(out, 6, "%02u:%02u", (unsigned)(minute / 60) % 100u, (unsigned)minute % 60u);
}

int wslept_parse(const char *s, int *bed, int *wake, struct err *err)
{
	const char *p = s;
	int r1, r2 = -1;

	r1 = clock_at(&p, bed);
	if (r1 == 0 && *p == '-') {
		p++;
		r2 = clock_at(&p, wake);
	}
	if (r1 == 0 && r2 == 0 && *p == '\0')
		return 0;
	if (r1 == -2 || r2 == -2)
		return err_input(err, "slept",
			"'%s' has a time that is not on the clock: use 00:00 to 23:59", s);
	return err_input(err, "slept",
		"sleep needs a bed time and a wake time, like 23:30-07:10; '%s' is not that",
		s);
}

int wslept_minutes(int bed, int wake)
{
	int m = wake - bed;
	if (m <= 0)
		m += 24 * 60;
	return m;
}

void woffset_format(int minutes, char out[7])
{
	char sign = minutes < 0 ? '-' : '+';
	int a = minutes < 0 ? -minutes : minutes;
	snprintf(out, 7, "%c%02u:%02u", sign, (unsigned)(a / 60) % 100u, (unsigned)a % 60u);
}

int woffset_parse(const char *s, int *minutes)
{
	const char *p = s + 1;
	int h, m;

	if (!strcmp(s, "Z")) {
		*minutes = 0;
		return 0;
	}
	if ((s[0] != '+' && s[0] != '-') || digits(&p, 2, &h) || *p++ != ':' ||
	    digits(&p, 2, &m) || *p || h > 18 || m > 59)
		return -1;
	*minutes = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
	return 0;
}

time_t wnow(void)
{
	const char *fixed = getenv("WAYMARK_TEST_NOW");
	struct wdate d;
	int y, mo, dd, h, mi, se = 0;

	if (fixed && *fixed) {
		const char *p = fixed;
		if (!digits(&p, 4, &y) && *p++ == '-' && !digits(&p, 2, &mo) &&
		    *p++ == '-' && !digits(&p, 2, &dd) && *p++ == 'T' &&
		    !digits(&p, 2, &h) && *p++ == ':' && !digits(&p, 2, &mi) &&
		    (*p == '\0' || (*p++ == ':' && !digits(&p, 2, &se) && !*p)) &&
		    wdate_valid(y, mo, dd) && h < 24 && mi < 60 && se < 60) {
			d.y = y;
			d.m = mo;
			d.d = dd;
			return wlocal_make(d, h * 60 + mi, NULL) + se;
		}
	}
	return time(NULL);
}

void wlocal_from_time(time_t t, struct wlocal *out)
{
	struct tm tm;
	localtime_r(&t, &tm);
	out->date.y = tm.tm_year + 1900;
	out->date.m = tm.tm_mon + 1;
	out->date.d = tm.tm_mday;
	out->minute = tm.tm_hour * 60 + tm.tm_min;
	out->second = tm.tm_sec;
	out->utc_offset = (int)(tm.tm_gmtoff / 60);
}

time_t wlocal_make(struct wdate d, int minute, struct wlocal *out)
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = d.y - 1900;
	tm.tm_mon = d.m - 1;
	tm.tm_mday = d.d;
	tm.tm_hour = minute / 60;
	tm.tm_min = minute % 60;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	if (out) {
		/* Keep the clock time the person gave, even in the hour that a
		 * spring clock change skips; take the offset mktime chose. */
		out->date = d;
		out->minute = minute;
		out->second = 0;
		out->utc_offset = (int)(tm.tm_gmtoff / 60);
	}
	return t;
}

void wutc_format(time_t t, char out[21])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	snprintf(out, 21, "%04u-%02u-%02uT%02u:%02u:%02uZ",
		 (unsigned)(tm.tm_year + 1900) % 10000u, (unsigned)(tm.tm_mon + 1) % 100u,
		 (unsigned)tm.tm_mday % 100u, (unsigned)tm.tm_hour % 100u,
		 (unsigned)tm.tm_min % 100u, (unsigned)tm.tm_sec % 100u);
}

int wutc_parse(const char *s, time_t *out)
{
	const char *p = s;
	int y, mo, d, h, mi, se;
	struct wdate dt;

	if (digits(&p, 4, &y) || *p++ != '-' || digits(&p, 2, &mo) ||
	    *p++ != '-' || digits(&p, 2, &d) || *p++ != 'T' ||
	    digits(&p, 2, &h) || *p++ != ':' || digits(&p, 2, &mi) ||
	    *p++ != ':' || digits(&p, 2, &se) || *p++ != 'Z' || *p ||
	    !wdate_valid(y, mo, d) || h > 23 || mi > 59 || se > 60)
		return -1;
	dt.y = y;
	dt.m = mo;
	dt.d = d;
	*out = (time_t)(wdate_to_days(dt) * 86400 + h * 3600 + mi * 60 + se);
	return 0;
}

static const char *const day_names[] = {
	N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
	N_("Friday"), N_("Saturday"), N_("Sunday"),
};
static const char *const day_abbr[] = {
	N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};
static const char *const month_names[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
	N_("November"), N_("December"),
};
static const char *const month_abbr[] = {
	N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
	N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};

void wdate_long(struct buf *out, struct wdate d)
{
	if (!wdate_valid(d.y, d.m, d.d)) {
		buf_adds(out, "?");
		return;
	}
	buf_addf(out, "%s %d %s %d", _(day_names[wdate_weekday(d) - 1]), d.d,
		 _(month_names[d.m - 1]), d.y);
}

void wdate_short(struct buf *out, struct wdate d)
{
	if (!wdate_valid(d.y, d.m, d.d)) {
		buf_adds(out, "?");
		return;
	}
	buf_addf(out, "%s %d %s", _(day_abbr[wdate_weekday(d) - 1]), d.d,
		 _(month_abbr[d.m - 1]));
}

int wlocal_for_entry(const char *date, const char *time, struct wlocal *out,
		     struct err *err)
{
	struct wlocal now;
	struct wdate d;
	int minute;

	wlocal_from_time(wnow(), &now);
	d = now.date;
	minute = now.minute;
	if (date && wdate_parse(date, &d, err, "date"))
		return -1;
	if (time && wclock_parse(time, &minute, err, "time"))
		return -1;
	if (date && !time)
		minute = 12 * 60; /* a past day without a time: call it midday */
	if (wdate_cmp(d, now.date) > 0) {
		char s[11];
		wdate_format(d, s);
		return err_input(err, "date", _("%s is in the future: please give today or an earlier day"), s);
	}
	if (!date && !time) {
		*out = now;
		return 0;
	}
	wlocal_make(d, minute, out);
	return 0;
}
