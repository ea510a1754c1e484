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
#include "xalloc.h"

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

struct wdate wdate_add_months(struct wdate d, int n)
{
	int64_t idx = (int64_t)d.y * 12 + (d.m - 1) + n;
	struct wdate r;
	int dim;

	r.y = (int)(idx >= 0 ? idx / 12 : (idx - 11) / 12);
	r.m = (int)(idx - (int64_t)r.y * 12) + 1;
	dim = wdate_days_in_month(r.y, r.m);
	r.d = d.d > dim ? dim : d.d;
	return r;
}

struct wdate wdate_week_start(struct wdate d)
{
	return wdate_add_days(d, 1 - wdate_weekday(d));
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

	if (!*s)
		return err_input(err, field, "please give the %s, like 2026-03-14", field);
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
	if (!*s)
		return err_input(err, field, "please give the %s, like 07:30", field);
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

struct wdate wtoday(void)
{
	struct wlocal now;

	wlocal_from_time(wnow(), &now);
	return now.date;
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

/* The start (midnight UTC) of the last Sunday of month m in year y. */
static int64_t last_sunday(int y, int m)
{
	struct wdate d = { y, m, wdate_days_in_month(y, m) };
	d.d -= wdate_weekday(d) % 7; /* Sunday is 7, so it stays */
	return wdate_to_days(d) * 86400;
}

/* Floor division, so moments before 1970 split into days correctly. */
static int64_t floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b < 0);
}

int wuk_offset(time_t t)
{
	int64_t days = floor_div((int64_t)t, 86400);
	int y = wdate_from_days(days).y;
	int64_t start = last_sunday(y, 3) + 3600, end = last_sunday(y, 10) + 3600;

	return (int64_t)t >= start && (int64_t)t < end ? 60 : 0;
}

void wuk_from_time(time_t t, struct wlocal *out)
{
	int off = wuk_offset(t);
	int64_t local = (int64_t)t + off * 60;
	int64_t days = floor_div(local, 86400);
	int64_t secs = local - days * 86400;

	out->date = wdate_from_days(days);
	out->minute = (int)(secs / 60);
	out->second = (int)(secs % 60);
	out->utc_offset = off;
}

time_t wuk_make(struct wdate d, int minute)
{
	int64_t wall = wdate_to_days(d) * 86400 + (int64_t)minute * 60;

	/* BST if that reading is consistent; this picks the first of
	 * October's repeated hour */
	if (wuk_offset((time_t)(wall - 3600)) == 60)
		return (time_t)(wall - 3600);
	/* otherwise GMT, which is also the reading of March's skipped hour */
	return (time_t)wall;
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

const char *wdate_month_name(int m)
{
	return m >= 1 && m <= 12 ? _(month_names[m - 1]) : "";
}

const char *wdate_month_abbr(int m)
{
	return m >= 1 && m <= 12 ? _(month_abbr[m - 1]) : "";
}

const char *wweekday_name(int weekday, int short_form)
{
	if (weekday < 1 || weekday > 7)
		return "";
	return _(short_form ? day_abbr[weekday - 1] : day_names[weekday - 1]);
}

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

void wdate_short_range(struct buf *out, struct wdate from, struct wdate to)
{
	wdate_short(out, from);
	buf_adds(out, _(" to "));
	wdate_short(out, to);
}

/* English month names for reading dates; display uses month_names. */
static const char *const month_keys[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

/* 1..12 for a month name or its first three letters ("sept" too). */
static int month_word(const char *w)
{
	size_t n = strlen(w);

	if (n && w[n - 1] == '.')
		n--;
	for (int i = 0; i < 12; i++) {
		if (n >= 3 && n <= strlen(month_keys[i]) &&
		    !strncmp(w, month_keys[i], n) && (n == 3 || n == strlen(month_keys[i]) ||
						      (i == 8 && n == 4)))
			return i + 1;
	}
	return 0;
}

/* A whole number from digits (up to four) or a word: one to twelve, or
 * "a"/"an" for one. -1 if it is neither. */
static int number_word(const char *w)
{
	static const char *const words[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve",
	};
	int v = 0;
	size_t i;

	if (!strcmp(w, "a") || !strcmp(w, "an"))
		return 1;
	for (i = 0; w[i]; i++) {
		if (!isdigit((unsigned char)w[i]) || i >= 4)
			break;
		v = v * 10 + (w[i] - '0');
	}
	if (i && !w[i])
		return v;
	for (i = 0; i < 12; i++)
		if (!strcmp(w, words[i]))
			return (int)i + 1;
	return -1;
}

/* A day of the month, "14" or "14th"; 0 if w is not one. */
static int day_word(const char *w)
{
	int v = 0;
	size_t i = 0;

	for (; isdigit((unsigned char)w[i]) && i < 2; i++)
		v = v * 10 + (w[i] - '0');
	if (!i || v < 1 || v > 31)
		return 0;
	if (!w[i] || !strcmp(w + i, "st") || !strcmp(w + i, "nd") ||
	    !strcmp(w + i, "rd") || !strcmp(w + i, "th"))
		return v;
	return 0;
}

/* "14 September [2026]" or "September 14[,] [2026]" in words[0..n).
 * 0 and *out set; 1 if the words are not that shape; -1 with err set
 * if they are, but name no real date. */
static int day_month_year(char **w, size_t n, struct wdate today,
			  struct wdate *out, struct err *err, const char *field,
			  const char *s)
{
	int d, m, y = 0;

	if (n < 2 || n > 3)
		return 1;
	if ((d = day_word(w[0])) && (m = month_word(w[1]))) {
		;
	} else if ((m = month_word(w[0])) && (d = day_word(w[1]))) {
		;
	} else {
		return 1;
	}
	if (n == 3) {
		if (strlen(w[2]) != 4 || number_word(w[2]) < 1900)
			return 1;
		y = number_word(w[2]);
	}
	if (!y) { /* the next such day, from today on */
		y = today.y;
		if (m < today.m || (m == today.m && d < today.d))
			y++;
	}
	if (!wdate_valid(y, m, d))
		return err_input(err, field,
			_("the %s '%s' is not on the calendar: %s %d has %d days"),
			field, s, _(month_names[m - 1]), y, wdate_days_in_month(y, m));
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

/* "in 6 months", "for the next 2 weeks", "a fortnight", "3 days time"
 * in words[0..n). 0 and *out set, 1 if not that shape, -1 if too far. */
static int span_from_today(char **w, size_t n, struct wdate today,
			   struct wdate *out, struct err *err, const char *field)
{
	static const char *const lead[] = { "in", "within", "for", "the", "next" };
	size_t i = 0;
	int num, unit = 0;
	struct wdate r;
	const char *u;
	size_t ul;

	while (i < n && i < 3) {
		int known = 0;
		for (size_t k = 0; k < ARRAY_SIZE(lead); k++)
			known |= !strcmp(w[i], lead[k]);
		if (!known)
			break;
		i++;
	}
	if (i + 2 > n || (num = number_word(w[i])) < 0)
		return 1;
	u = w[i + 1];
	ul = strlen(u);
	/* "months'" (as in "6 months' time") and plurals */
	if (ul && u[ul - 1] == '\'')
		ul--;
	if (ul && u[ul - 1] == 's')
		ul--;
	if (ul == 3 && !strncmp(u, "day", 3))
		unit = 1;
	else if (ul == 4 && !strncmp(u, "week", 4))
		unit = 7;
	else if (ul == 9 && !strncmp(u, "fortnight", 9))
		unit = 14;
	else if (ul == 5 && !strncmp(u, "month", 5))
		unit = -1;
	else if (ul == 4 && !strncmp(u, "year", 4))
		unit = -12;
	if (!unit)
		return 1;
	i += 2;
	/* "time" or "from now" may follow */
	if (i < n && !strcmp(w[i], "time"))
		i++;
	else if (i + 1 < n && !strcmp(w[i], "from") && !strcmp(w[i + 1], "now"))
		i += 2;
	if (i != n)
		return 1;
	if (unit > 0)
		r = wdate_add_days(today, (int64_t)num * unit);
	else
		r = wdate_add_months(today, num * -unit);
	if (!wdate_valid(r.y, r.m, r.d))
		return err_input(err, field, _("the %s is too far ahead for the calendar"), field);
	*out = r;
	return 0;
}

int wdate_parse_kind(const char *s, struct wdate today, struct wdate *out,
		     struct err *err, const char *field)
{
	char low[128], shown[128];
	char *w[8], *save = NULL, *tok;
	size_t n = 0, len = strlen(s);
	int r;

	/* trimmed, and cut short for the message if it is very long */
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	snprintf(shown, sizeof(shown), "%.*s", (int)(len < 100 ? len : 100), s);
	if (len == 10 && isdigit((unsigned char)s[0]) && s[4] == '-')
		return wdate_parse(shown, out, err, field);
	if (!len || len >= sizeof(low))
		goto bad;
	for (size_t i = 0; i < len; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[len] = '\0';
	for (tok = strtok_r(low, " \t,", &save); tok; tok = strtok_r(NULL, " \t,", &save)) {
		if (n == ARRAY_SIZE(w))
			goto bad;
		w[n++] = tok;
	}
	if (n == 1 && !strcmp(w[0], "today")) {
		*out = today;
		return 0;
	}
	if (n == 1 && !strcmp(w[0], "tomorrow")) {
		*out = wdate_add_days(today, 1);
		return 0;
	}
	r = day_month_year(w, n, today, out, err, field, shown);
	if (r <= 0)
		return r;
	r = span_from_today(w, n, today, out, err, field);
	if (r <= 0)
		return r;
bad:
	return err_input(err, field,
		_("the %s needs to be a date like 2026-09-14, '14 September 2026' or 'in 6 months'; '%s' is not one Waymark understands"),
		field, shown);
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
