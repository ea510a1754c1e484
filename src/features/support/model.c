/* SPDX-License-Identifier: MIT */
/*
 * model.c: the support-line directory (see support.h): reading and checking
 * the data file, bank holidays, opening hours in UK time, "who can I
 * contact now", and the words for showing all of it. No I/O other than the
 * embedded data file, and no process time zone: every clock here is a UK
 * clock worked out from UTC (core/wtime.h, wuk_*).
 */
#include <ctype.h>
#include <errno.h>

#include "core/assets.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "support.h"

#define TEXT_MAX 500 /* characters in one text field of the data file */

static const char *const kind_names[SUPPORT_KIND__MAX] = {
	[SUPPORT_EMERGENCY] = "emergency",
	[SUPPORT_CRISIS] = "crisis",
	[SUPPORT_LISTENING] = "listening",
	[SUPPORT_ADVICE] = "advice",
};

static const struct {
	const char *name, *words;
} channel_names[SUPPORT_CHANNEL__MAX] = {
	[SUPPORT_PHONE] = { "phone", N_("phone") },
	[SUPPORT_TEXT] = { "text", N_("text") },
	[SUPPORT_EMAIL] = { "email", N_("email") },
	[SUPPORT_WEB_CHAT] = { "web-chat", N_("web chat") },
	[SUPPORT_LETTER] = { "letter", N_("letter") },
	[SUPPORT_FACE_TO_FACE] = { "face-to-face", N_("face to face") },
};

static const struct {
	const char *name, *words;
} nation_names[SUPPORT_NATION__MAX] = {
	[SUPPORT_ENGLAND_WALES] = { "england-and-wales", N_("England and Wales") },
	[SUPPORT_SCOTLAND] = { "scotland", N_("Scotland") },
	[SUPPORT_NORTHERN_IRELAND] = { "northern-ireland", N_("Northern Ireland") },
};

static const char *const group_names[SUPPORT_GROUP__MAX] = {
	[SUPPORT_GROUP_MEN] = "men",
	[SUPPORT_GROUP_WOMEN] = "women",
	[SUPPORT_GROUP_CARERS] = "carers",
	[SUPPORT_GROUP_FAMILY] = "family",
};

static const char *const state_names[SUPPORT_STATE__MAX] = {
	[SUPPORT_OPEN_ALWAYS] = "open-always",
	[SUPPORT_OPEN] = "open",
	[SUPPORT_OPENS_LATER] = "opens-later",
	[SUPPORT_CLOSED] = "closed",
	[SUPPORT_HOURS_VARY] = "hours-vary",
};

static const char *const day_keys[7] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
};

const char *support_kind_name(enum support_kind k)
{
	return k < SUPPORT_KIND__MAX ? kind_names[k] : "";
}

const char *support_channel_type_name(enum support_channel_type t)
{
	return t < SUPPORT_CHANNEL__MAX ? _(channel_names[t].words) : "";
}

const char *support_group_name(enum support_group g)
{
	return g < SUPPORT_GROUP__MAX ? group_names[g] : "";
}

const char *support_nation_name(enum support_nation n)
{
	return n < SUPPORT_NATION__MAX ? nation_names[n].name : "";
}

const char *support_nation_words(enum support_nation n)
{
	return n < SUPPORT_NATION__MAX ? _(nation_names[n].words) : "";
}

const char *support_state_name(enum support_state s)
{
	return s < SUPPORT_STATE__MAX ? state_names[s] : "";
}

/* ---- lifecycle ---- */

void support_dir_init(struct support_dir *d)
{
	memset(d, 0, sizeof(*d));
}

static void line_release(struct support_line *l)
{
	for (size_t i = 0; i < l->nchannels; i++) {
		struct support_channel *c = &l->channels[i];
		free(c->number);
		free(c->message);
		free(c->address);
		free(c->note);
	}
	free(l->channels);
	free(l->id);
	free(l->name);
	free(l->description);
	free(l->who);
	free(l->web);
	free(l->source);
	json_decref(l->data);
	memset(l, 0, sizeof(*l));
}

void support_dir_release(struct support_dir *d)
{
	for (size_t i = 0; i < d->nlines; i++)
		line_release(&d->lines[i]);
	free(d->lines);
	for (size_t n = 0; n < SUPPORT_NATION__MAX; n++)
		free(d->bank[n]);
	free(d->region);
	free(d->bank_source);
	support_dir_init(d);
}

/* ---- reading the data file ---- */

/* Fails unless every key of o is one of keys (a NULL-terminated list). */
static int only_keys(json_t *o, const char *const *keys, const char *what,
		     struct err *err)
{
	const char *key;
	json_t *v;

	json_object_foreach(o, key, v) {
		int known = 0;
		for (const char *const *k = keys; *k; k++)
			known |= !strcmp(key, *k);
		if (!known)
			return err_input(err, NULL, "%s has an unknown field '%s'", what, key);
	}
	return 0;
}

/* A one-line text field: *out is a copy, or NULL if absent and optional. */
static int get_text(json_t *o, const char *key, int required, char **out,
		    struct err *err)
{
	json_t *v = json_object_get(o, key);
	const char *s = json_string_value(v);

	*out = NULL;
	if (!v) {
		if (required)
			return err_input(err, NULL, "'%s' is missing", key);
		return 0;
	}
	if (!s)
		return err_input(err, NULL, "'%s' must be text", key);
	if (!*s || !text_valid(s, 0) || text_chars(s) > TEXT_MAX)
		return err_input(err, NULL,
			"'%s' must be one line of up to %d characters, not empty", key, TEXT_MAX);
	*out = xstrdup(s);
	return 0;
}

static int get_date(json_t *o, const char *key, struct wdate *out, struct err *err)
{
	const char *s = json_string_value(json_object_get(o, key));

	if (!s)
		return err_input(err, NULL, "'%s' must be a date like \"2026-11-21\"", key);
	return wdate_parse(s, out, err, key);
}

/* A whole number in [lo, hi], or absent (then *out keeps its value). */
static int get_int(json_t *o, const char *key, int lo, int hi, int *out,
		   struct err *err)
{
	json_t *v = json_object_get(o, key);

	if (!v)
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi)
		return err_input(err, NULL, "'%s' must be a whole number from %d to %d", key, lo, hi);
	*out = (int)json_integer_value(v);
	return 0;
}

/* "HH:MM" with two-digit fields; end_of_day allows "24:00". */
static int clock_exact(const char *s, size_t len, int end_of_day, int *out)
{
	int h, m;

	if (len != 5 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
	    s[2] != ':' || !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]))
		return -1;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (m > 59 || h > 24 || (h == 24 && (m || !end_of_day)))
		return -1;
	*out = h * 60 + m;
	return 0;
}

static int parse_span(json_t *v, struct support_span *out, struct err *err)
{
	const char *s = json_string_value(v);
	const char *dash = s ? strchr(s, '-') : NULL;

	if (!dash || clock_exact(s, (size_t)(dash - s), 0, &out->start) ||
	    clock_exact(dash + 1, strlen(dash + 1), 1, &out->end) || out->end == 0)
		return err_input(err, NULL,
			"'%s' is not an opening time like \"09:00-17:00\" (use 24:00 for midnight at the end of a day)",
			s ? s : "(not text)");
	if (out->start == out->end)
		return err_input(err, NULL,
			"'%s' starts and ends at the same time; write a whole day as \"00:00-24:00\"", s);
	return 0;
}

/* The minutes a span covers on its own day, and past midnight. */
static int span_end_abs(const struct support_span *sp)
{
	return sp->end > sp->start ? sp->end : sp->end + 24 * 60;
}

static int parse_day_spans(json_t *v, const char *key, struct support_day *out,
			   struct err *err)
{
	size_t i;
	json_t *sv;

	if (!json_is_array(v) || !json_array_size(v))
		return err_input(err, NULL,
			"'%s' must be a list of opening times like [\"09:00-17:00\"]; leave a closed day out", key);
	if (json_array_size(v) > SUPPORT_SPANS_MAX)
		return err_input(err, NULL, "'%s' has more than %d opening times", key, SUPPORT_SPANS_MAX);
	out->nspans = 0;
	json_array_foreach(v, i, sv) {
		struct support_span *sp = &out->spans[out->nspans];
		if (parse_span(sv, sp, err)) {
			err_prefix(err, "'%s': ", key);
			return -1;
		}
		for (size_t j = 0; j < out->nspans; j++) {
			const struct support_span *o = &out->spans[j];
			if (sp->start < span_end_abs(o) && o->start < span_end_abs(sp))
				return err_input(err, NULL, "'%s': the opening times overlap", key);
		}
		out->nspans++;
	}
	return 0;
}

/* Day keys: "mon".."sun", a range "mon-fri", or "every-day". */
static int day_range(const char *key, int *from, int *to)
{
	int a = -1, b = -1;

	if (!strcmp(key, "every-day")) {
		*from = 0;
		*to = 6;
		return 0;
	}
	for (int i = 0; i < 7; i++) {
		if (!strncmp(key, day_keys[i], 3))
			a = i;
		if (strlen(key) == 7 && !strcmp(key + 4, day_keys[i]))
			b = i;
	}
	if (a < 0 || (strlen(key) != 3 && (strlen(key) != 7 || key[3] != '-' || b < a)))
		return -1;
	*from = a;
	*to = strlen(key) == 3 ? a : b;
	return 0;
}

static int parse_hours(json_t *v, struct support_hours *h, struct err *err)
{
	const char *s = json_string_value(v), *key;
	int given[7] = { 0 }, bank_given = 0;
	json_t *dv;

	memset(h, 0, sizeof(*h));
	if (s && !strcmp(s, "always")) {
		h->kind = SUPPORT_HOURS_ALWAYS;
		return 0;
	}
	if (s && !strcmp(s, "varies")) {
		h->kind = SUPPORT_HOURS_VARIES;
		return 0;
	}
	if (!json_is_object(v))
		return err_input(err, NULL,
			"'hours' must be \"always\", \"varies\" or an object of days and opening times");
	h->kind = SUPPORT_HOURS_WEEKLY;
	json_object_foreach(v, key, dv) {
		int from, to;

		if (!strcmp(key, "bank-holidays")) {
			const char *rule = json_string_value(dv);
			bank_given = 1;
			if (rule && !strcmp(rule, "as-usual")) {
				h->bank_rule = SUPPORT_BANK_AS_USUAL;
			} else if (rule && !strcmp(rule, "closed")) {
				h->bank_rule = SUPPORT_BANK_CLOSED;
			} else if (json_is_array(dv)) {
				h->bank_rule = SUPPORT_BANK_OWN_HOURS;
				if (parse_day_spans(dv, key, &h->bank_day, err))
					return -1;
			} else {
				return err_input(err, NULL,
					"'bank-holidays' must be \"as-usual\", \"closed\" or a list of opening times");
			}
			continue;
		}
		if (day_range(key, &from, &to))
			return err_input(err, NULL,
				"'%s' is not a day: use mon ... sun, a range such as mon-fri, or every-day", key);
		for (int d = from; d <= to; d++) {
			if (given[d])
				return err_input(err, NULL, "'hours' gives %s more than once",
						 wweekday_name(d + 1, 0));
			given[d] = 1;
			if (parse_day_spans(dv, key, &h->week[d], err))
				return -1;
		}
	}
	if (!bank_given)
		return err_input(err, NULL,
			"'hours' must say what happens on bank holidays: \"bank-holidays\": \"as-usual\", \"closed\" or opening times");
	return 0;
}

static int parse_channel(json_t *o, struct support_channel *c, struct err *err)
{
	static const char *const keys[] = {
		"type", "number", "message", "address", "note", "crisis", "hours", NULL,
	};
	const char *type = json_string_value(json_object_get(o, "type"));
	json_t *crisis = json_object_get(o, "crisis");
	int t = -1;

	if (!json_is_object(o))
		return err_input(err, NULL, "it must be a JSON object");
	if (only_keys(o, keys, "it", err))
		return -1;
	for (int i = 0; i < SUPPORT_CHANNEL__MAX; i++)
		if (type && !strcmp(type, channel_names[i].name))
			t = i;
	if (t < 0)
		return err_input(err, NULL,
			"'type' must be one of phone, text, email, web-chat, letter, face-to-face");
	c->type = (enum support_channel_type)t;
	if (get_text(o, "number", 0, &c->number, err) ||
	    get_text(o, "message", 0, &c->message, err) ||
	    get_text(o, "address", 0, &c->address, err) ||
	    get_text(o, "note", 0, &c->note, err))
		return -1;
	if (c->type == SUPPORT_PHONE || c->type == SUPPORT_TEXT) {
		if (!c->number)
			return err_input(err, NULL, "a %s channel needs a 'number'", channel_names[t].name);
		for (const char *p = c->number; *p; p++)
			if (!isdigit((unsigned char)*p) && *p != ' ' && !(*p == '+' && p == c->number))
				return err_input(err, NULL,
					"'number' must be digits and spaces, like \"0800 068 41 41\"; '%s' is not",
					c->number);
		if (c->address)
			return err_input(err, NULL, "a %s channel has a 'number', not an 'address'",
					 channel_names[t].name);
	} else {
		if (!c->address)
			return err_input(err, NULL, "a %s channel needs an 'address'", channel_names[t].name);
		if (c->number)
			return err_input(err, NULL, "a %s channel has an 'address', not a 'number'",
					 channel_names[t].name);
	}
	if (c->message && c->type != SUPPORT_TEXT)
		return err_input(err, NULL, "only a text channel can have a 'message' to send");
	if (crisis && !json_is_boolean(crisis))
		return err_input(err, NULL, "'crisis' must be true or false");
	c->crisis = json_is_true(crisis);
	if (!json_object_get(o, "hours"))
		return err_input(err, NULL, "'hours' is missing: give opening times, \"always\" or \"varies\"");
	return parse_hours(json_object_get(o, "hours"), &c->hours, err);
}

static int parse_for(json_t *o, struct support_line *l, struct err *err)
{
	static const char *const keys[] = { "who", "min_age", "max_age", "groups", NULL };
	json_t *groups, *g;
	size_t i;

	if (!json_is_object(o))
		return err_input(err, NULL, "'for' must be an object saying who the line is for");
	if (only_keys(o, keys, "'for'", err) || get_text(o, "who", 1, &l->who, err) ||
	    get_int(o, "min_age", 0, 120, &l->min_age, err) ||
	    get_int(o, "max_age", 0, 120, &l->max_age, err))
		return -1;
	if (l->min_age >= 0 && l->max_age >= 0 && l->min_age > l->max_age)
		return err_input(err, NULL, "'min_age' (%d) is above 'max_age' (%d)", l->min_age, l->max_age);
	groups = json_object_get(o, "groups");
	if (groups && (!json_is_array(groups) || !json_array_size(groups)))
		return err_input(err, NULL, "'groups' must be a list such as [\"men\"], or left out for anyone");
	json_array_foreach(groups, i, g) {
		const char *s = json_string_value(g);
		int found = -1;
		for (int k = 0; k < SUPPORT_GROUP__MAX; k++)
			if (s && !strcmp(s, group_names[k]))
				found = k;
		if (found < 0)
			return err_input(err, NULL, "'%s' is not a group Waymark knows: use men, women, carers or family",
					 s ? s : "(not text)");
		l->groups |= 1u << found;
	}
	return 0;
}

static int parse_line(json_t *o, struct support_line *l, struct err *err)
{
	static const char *const keys[] = {
		"id", "name", "kind", "description", "for", "web", "source", "checked",
		"channels", NULL,
	};
	const char *kind = json_string_value(json_object_get(o, "kind"));
	json_t *channels = json_object_get(o, "channels"), *c;
	size_t i;
	int k = -1;

	l->min_age = l->max_age = -1;
	if (!json_is_object(o))
		return err_input(err, NULL, "it must be a JSON object");
	if (only_keys(o, keys, "it", err) || get_text(o, "id", 1, &l->id, err) ||
	    get_text(o, "name", 1, &l->name, err) ||
	    get_text(o, "description", 1, &l->description, err) ||
	    get_text(o, "web", 0, &l->web, err) || get_text(o, "source", 1, &l->source, err) ||
	    get_date(o, "checked", &l->checked, err))
		return -1;
	for (const char *p = l->id; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
			return err_input(err, NULL,
				"'id' must be lower-case letters, digits and '-'; '%s' is not", l->id);
	for (int j = 0; j < SUPPORT_KIND__MAX; j++)
		if (kind && !strcmp(kind, kind_names[j]))
			k = j;
	if (k < 0)
		return err_input(err, NULL, "'kind' must be one of emergency, crisis, listening, advice");
	l->kind = (enum support_kind)k;
	if (!json_object_get(o, "for"))
		return err_input(err, NULL, "'for' is missing: say who the line is for");
	if (parse_for(json_object_get(o, "for"), l, err))
		return -1;
	if (!json_is_array(channels) || !json_array_size(channels))
		return err_input(err, NULL, "'channels' must list at least one way to get in touch");
	l->channels = xcalloc(json_array_size(channels), sizeof(*l->channels));
	json_array_foreach(channels, i, c) {
		if (parse_channel(c, &l->channels[i], err)) {
			l->nchannels = i + 1;
			err_prefix(err, "channel %zu: ", i + 1);
			return -1;
		}
		l->nchannels = i + 1;
	}
	l->data = json_incref(o);
	return 0;
}

static int parse_bank_holidays(json_t *o, struct support_dir *d, struct err *err)
{
	static const char *const keys[] = {
		"source", "checked", "first_year", "last_year", "england-and-wales",
		"scotland", "northern-ireland", NULL,
	};

	if (!json_is_object(o))
		return err_input(err, NULL, "'bank_holidays' must be an object");
	d->first_year = d->last_year = -1;
	if (only_keys(o, keys, "'bank_holidays'", err) ||
	    get_text(o, "source", 1, &d->bank_source, err) ||
	    get_date(o, "checked", &d->bank_checked, err) ||
	    get_int(o, "first_year", 1900, 9999, &d->first_year, err) ||
	    get_int(o, "last_year", 1900, 9999, &d->last_year, err))
		goto fail;
	if (d->first_year < 0 || d->last_year < 0 || d->first_year > d->last_year) {
		err_input(err, NULL, "'first_year' and 'last_year' must name the years covered, in order");
		goto fail;
	}
	for (int n = 0; n < SUPPORT_NATION__MAX; n++) {
		const char *name = nation_names[n].name;
		json_t *list = json_object_get(o, name), *v;
		size_t i;

		if (!json_is_array(list)) {
			err_input(err, NULL, "'%s' must be a list of dates", name);
			goto fail;
		}
		d->bank[n] = xcalloc(json_array_size(list) + 1, sizeof(struct wdate));
		json_array_foreach(list, i, v) {
			const char *s = json_string_value(v);
			struct wdate day;
			if (!s || wdate_parse(s, &day, err, "date")) {
				err_input(err, NULL, "'%s' holds '%s', which is not a date like \"2026-12-25\"",
					  name, s ? s : "(not text)");
				goto fail;
			}
			if (day.y < d->first_year || day.y > d->last_year) {
				err_input(err, NULL, "'%s' holds %s, outside the years %d to %d",
					  name, s, d->first_year, d->last_year);
				goto fail;
			}
			if (i && wdate_cmp(d->bank[n][i - 1], day) >= 0) {
				err_input(err, NULL, "'%s': %s is given twice or out of order; keep the dates in order",
					  name, s);
				goto fail;
			}
			d->bank[n][i] = day;
			d->nbank[n] = i + 1;
		}
		for (int y = d->first_year; y <= d->last_year; y++) {
			int found = 0;
			for (size_t j = 0; j < d->nbank[n]; j++)
				found |= d->bank[n][j].y == y;
			if (!found) {
				err_input(err, NULL, "'%s' has no bank holidays in %d", name, y);
				goto fail;
			}
		}
	}
	return 0;
fail:
	err_prefix(err, "bank holidays: ");
	return -1;
}

int support_dir_parse(struct support_dir *d, const char *text, size_t len,
		      const char *name, struct err *err)
{
	static const char *const keys[] = {
		"format", "version", "region", "about", "bank_holidays", "lines", NULL,
	};
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr), *lines, *o;
	const char *format;
	size_t i;

	support_dir_init(d);
	if (!root) {
		err_input(err, NULL, "%s: this is not valid JSON (line %d: %s)", name, jerr.line, jerr.text);
		return -1;
	}
	format = json_string_value(json_object_get(root, "format"));
	if (!json_is_object(root) || !format || strcmp(format, SUPPORT_FORMAT)) {
		err_input(err, NULL, "this is not a list of support lines (its 'format' is not \"%s\")",
			  SUPPORT_FORMAT);
		goto fail;
	}
	if (!json_is_integer(json_object_get(root, "version")) ||
	    json_integer_value(json_object_get(root, "version")) != SUPPORT_VERSION) {
		err_input(err, NULL, "its 'version' must be %d", SUPPORT_VERSION);
		goto fail;
	}
	if (only_keys(root, keys, "the file", err) || get_text(root, "region", 1, &d->region, err))
		goto fail;
	if (!json_object_get(root, "bank_holidays")) {
		err_input(err, NULL, "'bank_holidays' is missing");
		goto fail;
	}
	if (parse_bank_holidays(json_object_get(root, "bank_holidays"), d, err))
		goto fail;
	lines = json_object_get(root, "lines");
	if (!json_is_array(lines) || !json_array_size(lines)) {
		err_input(err, NULL, "'lines' must list at least one support line");
		goto fail;
	}
	d->lines = xcalloc(json_array_size(lines), sizeof(*d->lines));
	json_array_foreach(lines, i, o) {
		struct support_line *l = &d->lines[i];
		d->nlines = i + 1;
		if (parse_line(o, l, err)) {
			const char *lname = json_string_value(json_object_get(o, "name"));
			if (lname)
				err_prefix(err, "entry %zu ('%s'): ", i + 1, lname);
			else
				err_prefix(err, "entry %zu: ", i + 1);
			goto fail;
		}
		for (size_t j = 0; j < i; j++) {
			if (!strcmp(d->lines[j].id, l->id)) {
				err_input(err, NULL, "entry %zu: the id '%s' is also used by entry %zu",
					  i + 1, l->id, j + 1);
				goto fail;
			}
		}
	}
	json_decref(root);
	return 0;
fail:
	err_prefix(err, "%s: ", name);
	json_decref(root);
	support_dir_release(d);
	return -1;
}

int support_dir_load(struct support_dir *d, struct err *err)
{
	const struct asset *a = asset_find(SUPPORT_ASSET);

	support_dir_init(d);
	if (!a)
		return err_set(err, "the support lines are missing from this build");
	return support_dir_parse(d, (const char *)a->data, a->len, SUPPORT_ASSET, err);
}

/* ---- bank holidays and hours ---- */

int support_is_bank_holiday(const struct support_dir *d,
			    enum support_nation nation, struct wdate day,
			    struct err *err)
{
	size_t lo = 0, hi;

	if (day.y < d->first_year || day.y > d->last_year)
		return err_kind_set(err, ERR_NOTFOUND,
			"Waymark knows the bank holidays for %d to %d only, not %d",
			d->first_year, d->last_year, day.y);
	hi = d->nbank[nation];
	while (lo < hi) { /* the list is sorted */
		size_t mid = lo + (hi - lo) / 2;
		int c = wdate_cmp(d->bank[nation][mid], day);
		if (!c)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static const struct support_day closed_day;

/* The hours that apply on day, given its bank holidays; sets *uncertain
 * if they are unknown and would matter. */
static const struct support_day *hours_on(const struct support_dir *d,
					  const struct support_hours *h,
					  enum support_nation nation,
					  struct wdate day, int *uncertain)
{
	struct err err = ERR_INIT;
	int bh = support_is_bank_holiday(d, nation, day, &err);

	if (bh < 0) {
		if (h->bank_rule != SUPPORT_BANK_AS_USUAL)
			*uncertain = 1;
		bh = 0;
	}
	if (bh && h->bank_rule == SUPPORT_BANK_CLOSED)
		return &closed_day;
	if (bh && h->bank_rule == SUPPORT_BANK_OWN_HOURS)
		return &h->bank_day;
	return &h->week[wdate_weekday(day) - 1];
}

/* Opening intervals on a timeline of UK wall-clock minutes, where 0 is the
 * midnight that starts the day being asked about. */
struct interval {
	long a, b;
};

#define DAYS_BEFORE 1 /* yesterday's late spans can still be open */
#define DAYS_AFTER 8  /* a week ahead, and the day after */

/* Fills iv (sorted, merged) and returns how many there are. */
static size_t intervals(const struct support_dir *d, const struct support_hours *h,
			enum support_nation nation, struct wdate today,
			struct interval *iv, int *uncertain)
{
	size_t n = 0;

	for (int k = -DAYS_BEFORE; k <= DAYS_AFTER; k++) {
		const struct support_day *day = hours_on(d, h, nation, wdate_add_days(today, k), uncertain);
		for (size_t s = 0; s < day->nspans; s++) {
			struct interval x = {
				(long)k * 1440 + day->spans[s].start,
				(long)k * 1440 + span_end_abs(&day->spans[s]),
			};
			size_t j = n++;
			while (j > 0 && iv[j - 1].a > x.a) { /* insertion sort */
				iv[j] = iv[j - 1];
				j--;
			}
			iv[j] = x;
		}
	}
	/* merge spans that overlap or touch (17:00-24:00, then 00:00-02:00) */
	if (n) {
		size_t m = 0;
		for (size_t i = 1; i < n; i++) {
			if (iv[i].a <= iv[m].b) {
				if (iv[i].b > iv[m].b)
					iv[m].b = iv[i].b;
			} else {
				iv[++m] = iv[i];
			}
		}
		n = m + 1;
	}
	return n;
}

/* Sets out->next and out->minutes for the wall-clock minute w (on the
 * timeline above) of the day starting at today. */
static void set_next(struct support_status *out, struct wdate today, long w, time_t t)
{
	long day = w >= 0 ? w / 1440 : -((-w + 1439) / 1440);
	int minute = (int)(w - day * 1440);
	time_t when;
	long diff;

	memset(&out->next, 0, sizeof(out->next));
	out->next.date = wdate_add_days(today, day);
	out->next.minute = minute;
	when = wuk_make(out->next.date, minute);
	out->next.utc_offset = wuk_offset(when);
	diff = (long)(when - t);
	out->minutes = diff > 0 ? (diff + 59) / 60 : 0;
}

void support_channel_status(const struct support_dir *d,
			    const struct support_channel *ch,
			    enum support_nation nation, time_t t,
			    struct support_status *out)
{
	struct interval iv[(DAYS_BEFORE + DAYS_AFTER + 1) * SUPPORT_SPANS_MAX];
	struct wlocal now;
	size_t n;
	long p;

	memset(out, 0, sizeof(*out));
	out->minutes = -1;
	if (ch->hours.kind == SUPPORT_HOURS_ALWAYS) {
		out->state = SUPPORT_OPEN_ALWAYS;
		return;
	}
	if (ch->hours.kind == SUPPORT_HOURS_VARIES) {
		out->state = SUPPORT_HOURS_VARY;
		return;
	}
	wuk_from_time(t, &now);
	p = now.minute;
	n = intervals(d, &ch->hours, nation, now.date, iv, &out->uncertain);
	for (size_t i = 0; i < n; i++) {
		if (iv[i].a <= p && p < iv[i].b) {
			if (iv[i].b - p > 7L * 1440 && iv[i].a < 0) {
				out->state = SUPPORT_OPEN_ALWAYS;
				return;
			}
			out->state = SUPPORT_OPEN;
			set_next(out, now.date, iv[i].b, t);
			return;
		}
		if (iv[i].a > p) {
			out->state = iv[i].a < 1440 ? SUPPORT_OPENS_LATER : SUPPORT_CLOSED;
			set_next(out, now.date, iv[i].a, t);
			return;
		}
	}
	out->state = SUPPORT_CLOSED;
}

/* ---- who is right for me, open now ---- */

int support_line_suits(const struct support_line *l, int age, int group)
{
	if (age >= 0 && l->min_age >= 0 && age < l->min_age)
		return 0;
	if (age >= 0 && l->max_age >= 0 && age > l->max_age)
		return 0;
	if (group >= 0 && l->groups && !(l->groups & (1u << group)))
		return 0;
	return 1;
}

int support_channel_is_crisis(const struct support_line *l,
			      const struct support_channel *ch)
{
	return l->kind == SUPPORT_EMERGENCY || l->kind == SUPPORT_CRISIS || ch->crisis;
}

int support_channel_is_live(const struct support_channel *ch)
{
	return ch->type != SUPPORT_EMAIL && ch->type != SUPPORT_LETTER;
}

void support_matches_release(struct support_matches *m)
{
	free(m->items);
	memset(m, 0, sizeof(*m));
}

static int state_rank(enum support_state s)
{
	switch (s) {
	case SUPPORT_OPEN_ALWAYS:
	case SUPPORT_OPEN:
		return 0;
	case SUPPORT_OPENS_LATER:
		return 1;
	case SUPPORT_HOURS_VARY:
		return 2;
	default:
		return 3;
	}
}

static int crisis_rank(const struct support_match *m)
{
	if (m->line->kind == SUPPORT_EMERGENCY)
		return 0;
	return support_channel_is_crisis(m->line, m->channel) ? 1 : 2;
}

/* Order of two matches of one directory (see support_find). */
static int match_cmp(const struct support_dir *d, const struct support_match *x,
		     const struct support_match *y)
{
	size_t lx = (size_t)(x->line - d->lines), ly = (size_t)(y->line - d->lines);
	size_t cx = (size_t)(x->channel - x->line->channels);
	size_t cy = (size_t)(y->channel - y->line->channels);

	if (state_rank(x->status.state) != state_rank(y->status.state))
		return state_rank(x->status.state) - state_rank(y->status.state);
	if (crisis_rank(x) != crisis_rank(y))
		return crisis_rank(x) - crisis_rank(y);
	if (lx != ly)
		return lx < ly ? -1 : 1;
	return cx < cy ? -1 : cx > cy;
}

int support_find(const struct support_dir *d, const struct support_query *q,
		 struct support_matches *out, struct err *err)
{
	struct err bherr = ERR_INIT;

	(void)err;
	memset(out, 0, sizeof(*out));
	wuk_from_time(q->at, &out->at);
	out->bank_holiday = support_is_bank_holiday(d, q->nation, out->at.date, &bherr);
	for (size_t i = 0; i < d->nlines; i++) {
		const struct support_line *l = &d->lines[i];
		if (q->crisis_only ? (l->min_age >= 0 || l->max_age >= 0 || l->groups)
				   : !support_line_suits(l, q->age, q->group))
			continue;
		for (size_t c = 0; c < l->nchannels; c++) {
			const struct support_channel *ch = &l->channels[c];
			struct support_match m;
			size_t j;

			if ((q->live_only && !support_channel_is_live(ch)) ||
			    (q->crisis_only && !support_channel_is_crisis(l, ch)))
				continue;
			m.line = l;
			m.channel = ch;
			support_channel_status(d, ch, q->nation, q->at, &m.status);
			out->uncertain |= m.status.uncertain;
			out->items = xrealloc(out->items, (out->n + 1) * sizeof(m));
			for (j = out->n; j > 0 && match_cmp(d, &out->items[j - 1], &m) > 0; j--)
				out->items[j] = out->items[j - 1];
			out->items[j] = m;
			out->n++;
		}
	}
	return 0;
}

/* ---- words ---- */

void support_channel_how(struct buf *sb, const struct support_channel *ch)
{
	switch (ch->type) {
	case SUPPORT_PHONE:
		buf_addf(sb, _("call %s"), ch->number);
		break;
	case SUPPORT_TEXT:
		if (ch->message)
			buf_addf(sb, _("text %s to %s"), ch->message, ch->number);
		else
			buf_addf(sb, _("text %s"), ch->number);
		break;
	case SUPPORT_EMAIL:
		if (strchr(ch->address, '@'))
			buf_addf(sb, _("email %s"), ch->address);
		else /* a form on a web site */
			buf_addf(sb, _("email through %s"), ch->address);
		break;
	case SUPPORT_WEB_CHAT:
		buf_addf(sb, _("web chat at %s"), ch->address);
		break;
	case SUPPORT_LETTER:
		buf_addf(sb, _("write to %s"), ch->address);
		break;
	case SUPPORT_FACE_TO_FACE:
		buf_addf(sb, _("go to %s"), ch->address);
		break;
	default:
		BUG("unknown channel type %d", (int)ch->type);
	}
}

/* "09:00-17:00", with 24:00 for the end of the day. */
static void span_text(struct buf *sb, const struct support_span *sp)
{
	char a[6], b[6];

	wclock_format(sp->start, a);
	if (sp->end == 24 * 60)
		snprintf(b, sizeof(b), "24:00");
	else
		wclock_format(sp->end, b);
	buf_addf(sb, "%s-%s", a, b);
}

static void day_text(struct buf *sb, const struct support_day *day)
{
	for (size_t i = 0; i < day->nspans; i++) {
		if (i)
			buf_adds(sb, _(" and "));
		span_text(sb, &day->spans[i]);
	}
}

static int same_day(const struct support_day *a, const struct support_day *b)
{
	if (a->nspans != b->nspans)
		return 0;
	for (size_t i = 0; i < a->nspans; i++)
		if (a->spans[i].start != b->spans[i].start || a->spans[i].end != b->spans[i].end)
			return 0;
	return 1;
}

void support_hours_describe(struct buf *sb, const struct support_hours *h)
{
	int parts = 0, all_days = 1;

	if (h->kind == SUPPORT_HOURS_ALWAYS) {
		buf_adds(sb, _("any time"));
		return;
	}
	if (h->kind == SUPPORT_HOURS_VARIES) {
		buf_adds(sb, _("hours vary"));
		return;
	}
	for (int d = 0; d < 7; d++) {
		int e = d;
		if (!h->week[d].nspans) {
			all_days = 0;
			continue;
		}
		while (e + 1 < 7 && same_day(&h->week[d], &h->week[e + 1]))
			e++;
		if (parts++)
			buf_adds(sb, ", ");
		if (d == 0 && e == 6)
			buf_adds(sb, _("every day"));
		else if (d == e)
			buf_adds(sb, wweekday_name(d + 1, 1));
		else
			buf_addf(sb, "%s-%s", wweekday_name(d + 1, 1), wweekday_name(e + 1, 1));
		buf_addch(sb, ' ');
		day_text(sb, &h->week[d]);
		d = e;
	}
	switch (h->bank_rule) {
	case SUPPORT_BANK_AS_USUAL:
		if (parts)
			buf_adds(sb, all_days ? _(", bank holidays too") : _(", bank holidays as usual"));
		break;
	case SUPPORT_BANK_CLOSED:
		buf_adds(sb, parts ? _(", not on bank holidays") : _("closed on bank holidays"));
		break;
	case SUPPORT_BANK_OWN_HOURS:
		buf_adds(sb, parts ? _(", bank holidays ") : _("bank holidays "));
		day_text(sb, &h->bank_day);
		break;
	}
}

/* "22:00", or "midnight" for 00:00. */
static void clock_words(struct buf *sb, int minute)
{
	char t[6];

	if (minute == 0) {
		buf_adds(sb, _("midnight"));
		return;
	}
	wclock_format(minute, t);
	buf_adds(sb, t);
}

enum support_now_group support_now_group(const struct support_match *m)
{
	switch (m->status.state) {
	case SUPPORT_OPEN_ALWAYS:
	case SUPPORT_OPEN:
		return support_channel_is_crisis(m->line, m->channel) ? SUPPORT_NOW_CRISIS
								       : SUPPORT_NOW_OTHER;
	case SUPPORT_OPENS_LATER:
		return SUPPORT_NOW_LATER;
	case SUPPORT_HOURS_VARY:
		return SUPPORT_NOW_VARY;
	default:
		return SUPPORT_NOW_CLOSED;
	}
}

const char *support_now_group_title(enum support_now_group g)
{
	static const char *const titles[SUPPORT_NOW__MAX] = {
		N_("Crisis lines, open now"), N_("Other support, open now"),
		N_("Opening later today"), N_("Hours vary, so check with them first"),
		N_("Closed at this time"),
	};

	if (g >= SUPPORT_NOW__MAX)
		BUG("no group %d", (int)g);
	return _(titles[g]);
}

json_t *support_now_to_json(const struct support_matches *m, enum support_nation nation)
{
	json_t *o = json_object(), *a = json_array(), *at = json_object();
	char day[11], t[6], off[7];

	wdate_format(m->at.date, day);
	wclock_format(m->at.minute, t);
	woffset_format(m->at.utc_offset, off);
	json_object_set_new(at, "date", json_string(day));
	json_object_set_new(at, "time", json_string(t));
	json_object_set_new(at, "utc_offset", json_string(off));
	json_object_set_new(o, "at", at);
	json_object_set_new(o, "nation", json_string(support_nation_name(nation)));
	json_object_set_new(o, "bank_holiday", m->bank_holiday < 0 ? json_null()
				: json_boolean(m->bank_holiday));
	json_object_set_new(o, "uncertain", json_boolean(m->uncertain || m->bank_holiday < 0));
	for (size_t i = 0; i < m->n; i++)
		if (m->items[i].status.state != SUPPORT_CLOSED)
			json_array_append_new(a, support_match_to_json(&m->items[i]));
	json_object_set_new(o, "channels", a);
	return o;
}

void support_status_describe(struct buf *sb, const struct support_status *s,
			     const struct wlocal *at)
{
	int64_t days = s->minutes >= 0 ? wdate_to_days(s->next.date) - wdate_to_days(at->date) : 0;

	switch (s->state) {
	case SUPPORT_OPEN_ALWAYS:
		buf_adds(sb, _("open any time"));
		break;
	case SUPPORT_OPEN:
		if (s->minutes <= 60) {
			buf_addf(sb, P_("open, closes in %ld min", "open, closes in %ld min", s->minutes),
				 s->minutes);
		} else if (days <= 1) {
			buf_adds(sb, _("open until "));
			clock_words(sb, s->next.minute);
		} else {
			buf_addf(sb, _("open until %s "), wweekday_name(wdate_weekday(s->next.date), 0));
			clock_words(sb, s->next.minute);
		}
		break;
	case SUPPORT_OPENS_LATER:
		buf_adds(sb, _("opens at "));
		clock_words(sb, s->next.minute);
		break;
	case SUPPORT_CLOSED:
		if (s->minutes < 0) {
			buf_adds(sb, _("closed now"));
		} else if (days == 1) {
			buf_adds(sb, _("closed now; opens tomorrow at "));
			clock_words(sb, s->next.minute);
		} else {
			buf_addf(sb, _("closed now; opens %s at "), wweekday_name(wdate_weekday(s->next.date), 0));
			clock_words(sb, s->next.minute);
		}
		break;
	case SUPPORT_HOURS_VARY:
		buf_adds(sb, _("hours vary"));
		break;
	default:
		BUG("unknown state %d", (int)s->state);
	}
}

/* ---- parsing what people type ---- */

int support_parse_group(const char *s, int *out, struct err *err)
{
	static const struct {
		const char *say;
		enum support_group g;
	} words[] = {
		{ "men", SUPPORT_GROUP_MEN }, { "man", SUPPORT_GROUP_MEN },
		{ "women", SUPPORT_GROUP_WOMEN }, { "woman", SUPPORT_GROUP_WOMEN },
		{ "carers", SUPPORT_GROUP_CARERS }, { "carer", SUPPORT_GROUP_CARERS },
		{ "family", SUPPORT_GROUP_FAMILY }, { "friends", SUPPORT_GROUP_FAMILY },
		{ "family-and-friends", SUPPORT_GROUP_FAMILY },
	};

	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		if (text_eq_fold(s, words[i].say)) {
			*out = (int)words[i].g;
			return 0;
		}
	}
	return err_input(err, "for",
		_("the group can be men, women, carers or family (for family and friends); '%s' is not one of those"),
		s);
}

int support_parse_nation(const char *s, enum support_nation *out, struct err *err)
{
	static const struct {
		const char *say;
		enum support_nation n;
	} words[] = {
		{ "england", SUPPORT_ENGLAND_WALES }, { "wales", SUPPORT_ENGLAND_WALES },
		{ "england-and-wales", SUPPORT_ENGLAND_WALES },
		{ "scotland", SUPPORT_SCOTLAND },
		{ "northern-ireland", SUPPORT_NORTHERN_IRELAND }, { "ni", SUPPORT_NORTHERN_IRELAND },
	};

	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		if (text_eq_fold(s, words[i].say)) {
			*out = words[i].n;
			return 0;
		}
	}
	return err_input(err, "nation",
		_("the nation can be england, wales, scotland or northern-ireland (for its bank holidays); '%s' is not one of those"),
		s);
}

int support_parse_age(const char *s, int *out, struct err *err)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || !isdigit((unsigned char)*s) || *end || errno || v > 120)
		return err_input(err, "age",
			_("age needs to be a whole number of years from 0 to 120; '%s' is not one"), s);
	*out = (int)v;
	return 0;
}

int support_parse_at(const char *s, time_t *out, struct err *err)
{
	struct err inner = ERR_INIT;
	struct wdate d;
	int minute;
	char day[11];

	if (strlen(s) < 15 || (s[10] != ' ' && s[10] != 'T'))
		goto bad;
	memcpy(day, s, 10);
	day[10] = '\0';
	if (wdate_parse(day, &d, &inner, "at") || wclock_parse(s + 11, &minute, &inner, "at"))
		goto bad;
	*out = wuk_make(d, minute);
	return 0;
bad:
	return err_input(err, "at",
		_("the date and time need to look like \"2026-03-14 21:30\" (UK time); '%s' does not"), s);
}

/* ---- JSON ---- */

json_t *support_line_to_json(const struct support_line *l)
{
	return json_deep_copy(l->data);
}

json_t *support_match_to_json(const struct support_match *m)
{
	json_t *o = json_object(), *ch;
	struct buf how = BUF_INIT;
	size_t idx = (size_t)(m->channel - m->line->channels);

	json_object_set_new(o, "line", json_string(m->line->id));
	json_object_set_new(o, "name", json_string(m->line->name));
	json_object_set_new(o, "kind", json_string(support_kind_name(m->line->kind)));
	json_object_set_new(o, "crisis", json_boolean(support_channel_is_crisis(m->line, m->channel)));
	json_object_set_new(o, "who", json_string(m->line->who));
	ch = json_array_get(json_object_get(m->line->data, "channels"), idx);
	json_object_set_new(o, "channel", json_deep_copy(ch));
	support_channel_how(&how, m->channel);
	json_object_set_new(o, "how", json_string(how.data));
	buf_release(&how);
	json_object_set_new(o, "state", json_string(support_state_name(m->status.state)));
	if (m->status.minutes >= 0) {
		char day[11], t[6];
		json_t *next = json_object();
		wdate_format(m->status.next.date, day);
		wclock_format(m->status.next.minute, t);
		json_object_set_new(o, "minutes", json_integer(m->status.minutes));
		json_object_set_new(next, "date", json_string(day));
		json_object_set_new(next, "time", json_string(t));
		json_object_set_new(o, "next", next);
	}
	json_object_set_new(o, "uncertain", json_boolean(m->status.uncertain));
	return o;
}
