/* SPDX-License-Identifier: MIT */
/*
 * model.c: the rules for my people, their JSON form and the gentle
 * reminders (see people.h). No I/O: the CLI, the pages and import all come
 * through here, so a person is checked the same way however they arrive.
 */
#include <ctype.h>
#include <errno.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "people.h"

static const struct {
	const char *name, *words;
} roles[PEOPLE_ROLE__MAX] = {
	[PEOPLE_ROLE_UNSAID] = { NULL, "" },
	[PEOPLE_ROLE_FAMILY] = { "family", N_("family") },
	[PEOPLE_ROLE_FRIEND] = { "friend", N_("friend") },
	[PEOPLE_ROLE_SUPPORTER] = { "supporter", N_("supporter") },
	[PEOPLE_ROLE_GP] = { "gp", N_("GP") },
	[PEOPLE_ROLE_KEYWORKER] = { "keyworker", N_("keyworker") },
	[PEOPLE_ROLE_CARE_COORDINATOR] = { "care-coordinator", N_("care coordinator") },
	[PEOPLE_ROLE_CRISIS_TEAM] = { "crisis-team", N_("crisis team") },
	[PEOPLE_ROLE_ADVOCATE] = { "advocate", N_("advocate") },
	[PEOPLE_ROLE_OTHER] = { "other", N_("other") },
};

void person_init(struct person *p)
{
	memset(p, 0, sizeof(*p));
}

void person_release(struct person *p)
{
	free(p->name);
	free(p->phone);
	free(p->email);
	free(p->reach);
	free(p->helps);
	person_init(p);
}

const char *people_role_name(enum people_role r)
{
	return r > PEOPLE_ROLE_UNSAID && r < PEOPLE_ROLE__MAX ? roles[r].name : NULL;
}

const char *people_role_words(enum people_role r)
{
	return r > PEOPLE_ROLE_UNSAID && r < PEOPLE_ROLE__MAX ? _(roles[r].words) : "";
}

int people_role_is_care_team(enum people_role r)
{
	return r == PEOPLE_ROLE_GP || r == PEOPLE_ROLE_KEYWORKER ||
	       r == PEOPLE_ROLE_CARE_COORDINATOR || r == PEOPLE_ROLE_CRISIS_TEAM ||
	       r == PEOPLE_ROLE_ADVOCATE;
}

int people_parse_role(const char *s, enum people_role *out, struct err *err)
{
	static const struct {
		const char *say;
		enum people_role r;
	} aliases[] = {
		{ "doctor", PEOPLE_ROLE_GP }, { "key-worker", PEOPLE_ROLE_KEYWORKER },
		{ "coordinator", PEOPLE_ROLE_CARE_COORDINATOR },
		{ "care-co-ordinator", PEOPLE_ROLE_CARE_COORDINATOR },
		{ "crisis", PEOPLE_ROLE_CRISIS_TEAM }, { "friends", PEOPLE_ROLE_FRIEND },
		{ "support", PEOPLE_ROLE_SUPPORTER },
	};
	char *t = text_trimmed(s);
	char *low = text_lower(t);
	int found = -1;

	free(t);
	for (char *p = low; *p; p++)
		if (*p == ' ' || *p == '_')
			*p = '-';
	for (int i = 1; i < PEOPLE_ROLE__MAX; i++)
		if (!strcmp(low, roles[i].name))
			found = i;
	for (size_t i = 0; i < ARRAY_SIZE(aliases) && found < 0; i++)
		if (!strcmp(low, aliases[i].say))
			found = (int)aliases[i].r;
	free(low);
	if (found < 0)
		return err_input(err, "role",
			_("the role can be family, friend, supporter, gp, keyworker, care-coordinator, "
			  "crisis-team, advocate or other; '%s' is not one of those"), s);
	*out = (enum people_role)found;
	return 0;
}

int people_parse_remind(const char *s, int *out, struct err *err)
{
	char *end;
	long v;

	if (text_eq_fold(s, "off") || text_eq_fold(s, "never")) {
		*out = 0;
		return 0;
	}
	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || !isdigit((unsigned char)*s) || *end || errno || v > PEOPLE_REMIND_MAX)
		return err_input(err, "remind",
			_("the reminder needs a whole number of weeks from 1 to %d, or 'off'; '%s' is not one"),
			PEOPLE_REMIND_MAX, s);
	*out = (int)v;
	return 0;
}

int people_parse_day(const char *s, struct wdate today, struct wdate *out,
		     struct err *err)
{
	struct wdate d;

	if (text_eq_fold(s, "today")) {
		*out = today;
		return 0;
	}
	if (text_eq_fold(s, "yesterday")) {
		*out = wdate_add_days(today, -1);
		return 0;
	}
	if (wdate_parse(s, &d, err, "date"))
		return err_input(err, "date",
			_("the day needs to be 'today', 'yesterday' or a date like 2026-03-14; '%s' is not one"), s);
	if (wdate_cmp(d, today) > 0)
		return err_input(err, "date",
			_("%s is in the future: note a contact once it has happened"), s);
	*out = d;
	return 0;
}

static const struct {
	const char *field;
	size_t max;
	size_t offset;
} text_fields[] = {
	{ "name", PEOPLE_NAME_MAX, offsetof(struct person, name) },
	{ "phone", PEOPLE_PHONE_MAX, offsetof(struct person, phone) },
	{ "email", PEOPLE_EMAIL_MAX, offsetof(struct person, email) },
	{ "reach", PEOPLE_TEXT_MAX, offsetof(struct person, reach) },
	{ "helps", PEOPLE_TEXT_MAX, offsetof(struct person, helps) },
};

int person_set(struct person *p, const char *field, const char *s, struct err *err)
{
	char **slot = NULL, *t;
	size_t max = 0;

	for (size_t i = 0; i < ARRAY_SIZE(text_fields); i++) {
		if (!strcmp(field, text_fields[i].field)) {
			slot = (char **)((char *)p + text_fields[i].offset);
			max = text_fields[i].max;
		}
	}
	if (!slot)
		BUG("person has no field '%s'", field);
	if (!text_valid(s, 0))
		return err_input(err, field,
			_("the %s has a character Waymark cannot store, or a line break; keep it to one line"),
			field);
	t = text_trimmed(s);
	if (text_chars(t) > max) {
		free(t);
		return err_input(err, field, _("the %s is longer than %zu characters; please shorten it"),
				 field, max);
	}
	if (!*t && !strcmp(field, "name")) {
		free(t);
		return err_input(err, "name", _("everyone needs a name, even just a first name or a nickname"));
	}
	if (*t && !strcmp(field, "phone")) {
		for (const char *c = t; *c; c++) {
			if (!isdigit((unsigned char)*c) && !strchr(" +()-", *c)) {
				int r = err_input(err, "phone",
					_("a phone number can have digits, spaces and + ( ) -; '%s' has something else "
					  "(other ways to reach someone can go in 'reach')"), t);
				free(t);
				return r;
			}
		}
	}
	if (*t && !strcmp(field, "email") && (!strchr(t, '@') || strchr(t, ' '))) {
		int r = err_input(err, "email", _("'%s' does not look like an email address"), t);
		free(t);
		return r;
	}
	free(*slot);
	*slot = NULL;
	if (*t)
		*slot = t;
	else
		free(t);
	return 0;
}

int person_validate(const struct person *p, struct err *err)
{
	if (!p->name || !*p->name)
		return err_input(err, "name", _("everyone needs a name, even just a first name or a nickname"));
	if (p->role < PEOPLE_ROLE_UNSAID || p->role >= PEOPLE_ROLE__MAX)
		return err_input(err, "role", _("that role is not one Waymark knows"));
	if (p->remind_weeks < 0 || p->remind_weeks > PEOPLE_REMIND_MAX)
		return err_input(err, "remind", _("reminders can be from 1 to %d weeks"), PEOPLE_REMIND_MAX);
	if (p->contacted.y && !wdate_valid(p->contacted.y, p->contacted.m, p->contacted.d))
		return err_input(err, "contacted", _("the last contact needs a real date"));
	return 0;
}

json_t *person_to_data(const struct person *p)
{
	json_t *o = json_object();

	json_object_set_new(o, "name", json_string(p->name ? p->name : ""));
	if (p->role != PEOPLE_ROLE_UNSAID)
		json_object_set_new(o, "role", json_string(people_role_name(p->role)));
	if (p->phone)
		json_object_set_new(o, "phone", json_string(p->phone));
	if (p->email)
		json_object_set_new(o, "email", json_string(p->email));
	if (p->reach)
		json_object_set_new(o, "reach", json_string(p->reach));
	if (p->helps)
		json_object_set_new(o, "helps", json_string(p->helps));
	if (p->contacted.y) {
		char d[11];
		wdate_format(p->contacted, d);
		json_object_set_new(o, "contacted", json_string(d));
	}
	if (p->remind_weeks)
		json_object_set_new(o, "remind_weeks", json_integer(p->remind_weeks));
	return o;
}

int person_from_data(json_t *data, struct person *p, struct err *err)
{
	const char *key;
	json_t *v;

	if (!json_is_object(data))
		return err_input(err, NULL, "a person must be a JSON object");
	json_object_foreach(data, key, v) {
		int r = 0, text = 0;
		for (size_t i = 0; i < ARRAY_SIZE(text_fields); i++)
			text |= !strcmp(key, text_fields[i].field);
		if (text) {
			r = json_is_string(v) ? person_set(p, key, json_string_value(v), err)
					      : err_input(err, key, "'%s' must be text", key);
		} else if (!strcmp(key, "role")) {
			r = json_is_string(v) ? people_parse_role(json_string_value(v), &p->role, err)
					      : err_input(err, "role", "'role' must be text");
		} else if (!strcmp(key, "contacted")) {
			r = json_is_string(v) ? wdate_parse(json_string_value(v), &p->contacted, err, "contacted")
					      : err_input(err, "contacted", "'contacted' must be a date like \"2026-03-14\"");
		} else if (!strcmp(key, "remind_weeks")) {
			if (!json_is_integer(v) || json_integer_value(v) < 1 ||
			    json_integer_value(v) > PEOPLE_REMIND_MAX)
				r = err_input(err, "remind", "'remind_weeks' must be a whole number from 1 to %d",
					      PEOPLE_REMIND_MAX);
			else
				p->remind_weeks = (int)json_integer_value(v);
		} else {
			r = err_input(err, NULL, "unknown field '%s' in a person", key);
		}
		if (r)
			return -1;
	}
	return person_validate(p, err);
}

json_t *people_normalise_data(json_t *data, struct err *err)
{
	struct person p;
	json_t *out = NULL;

	person_init(&p);
	if (!person_from_data(data, &p, err))
		out = person_to_data(&p);
	person_release(&p);
	return out;
}

json_t *person_to_json(const struct person *p)
{
	json_t *o = json_object(), *data = person_to_data(p);
	char stamp[21];

	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "uid", json_string(p->uid));
	wutc_format(p->created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(p->updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
	json_object_update(o, data);
	json_decref(data);
	if (p->role != PEOPLE_ROLE_UNSAID)
		json_object_set_new(o, "role_words", json_string(people_role_words(p->role)));
	json_object_set_new(o, "care_team", json_boolean(people_role_is_care_team(p->role)));
	return o;
}

void person_list_release(struct person_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		person_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

long people_match(const struct person_list *l, const char *name, struct err *err)
{
	char *want = text_trimmed(name);
	size_t len = strlen(want);
	long found = -1, also = -1;

	for (size_t i = 0; i < l->n; i++) {
		if (text_eq_fold(l->items[i].name, want)) {
			free(want);
			return (long)i;
		}
	}
	for (size_t i = 0; i < l->n && len; i++) {
		if (!strncasecmp(l->items[i].name, want, len)) {
			if (found < 0)
				found = (long)i;
			else if (also < 0)
				also = (long)i;
		}
	}
	if (also >= 0) {
		err_input(err, "name", _("'%s' could be %s or %s; please give more of the name"),
			  want, l->items[found].name, l->items[also].name);
		free(want);
		return -2;
	}
	if (found < 0)
		err_kind_set(err, ERR_NOTFOUND,
			     _("there is no one called '%s' in your people; 'waymark people' lists them"), want);
	free(want);
	return found;
}

/* The local date a stored person was added on. */
static struct wdate added_on(const struct person *p)
{
	struct wlocal l;

	wlocal_from_time(p->created, &l);
	return l.date;
}

size_t people_reminders(const struct person_list *l, struct wdate today,
			struct people_reminder **out)
{
	size_t n = 0;

	*out = NULL;
	for (size_t i = 0; i < l->n; i++) {
		const struct person *p = &l->items[i];
		struct people_reminder r;
		struct wdate since;
		size_t j;

		if (!p->remind_weeks)
			continue;
		since = p->contacted.y ? p->contacted : added_on(p);
		r.person = p;
		r.never = !p->contacted.y;
		r.days = (long)(wdate_to_days(today) - wdate_to_days(since));
		if (r.days < (long)p->remind_weeks * 7)
			continue;
		*out = xrealloc(*out, (n + 1) * sizeof(**out));
		for (j = n; j > 0 && (*out)[j - 1].days < r.days; j--)
			(*out)[j] = (*out)[j - 1];
		(*out)[j] = r;
		n++;
	}
	return n;
}

/* "10 days", "3 weeks", "4 months" for a span of days (>= 2). */
static void span_words(struct buf *sb, long days)
{
	if (days < 14)
		buf_addf(sb, P_("%ld day", "%ld days", days), days);
	else if (days < 61)
		buf_addf(sb, P_("%ld week", "%ld weeks", days / 7), days / 7);
	else if (days < 730)
		buf_addf(sb, P_("%ld month", "%ld months", days / 30), days / 30);
	else
		buf_addf(sb, P_("%ld year", "%ld years", days / 365), days / 365);
}

void people_reminder_text(struct buf *sb, const struct people_reminder *r)
{
	struct buf span = BUF_INIT;

	span_words(&span, r->days);
	if (r->never)
		buf_addf(sb, _("It has been %s since you added %s to your people."),
			 span.data, r->person->name);
	else
		buf_addf(sb, _("It has been %s since you were in touch with %s."),
			 span.data, r->person->name);
	buf_release(&span);
}

void people_last_contact_text(struct buf *sb, const struct person *p, struct wdate today)
{
	if (!p->contacted.y) {
		buf_adds(sb, _("not noted yet"));
		return;
	}
	wdate_long(sb, p->contacted);
	buf_adds(sb, " (");
	people_ago_text(sb, p->contacted, today);
	buf_adds(sb, ")");
}

void people_remind_text(struct buf *sb, int weeks)
{
	if (weeks)
		buf_addf(sb, P_("after %d week without contact", "after %d weeks without contact",
				weeks), weeks);
	else
		buf_adds(sb, _("none"));
}

void people_ago_text(struct buf *sb, struct wdate day, struct wdate today)
{
	long days = (long)(wdate_to_days(today) - wdate_to_days(day));

	if (days <= 0) {
		buf_adds(sb, _("today"));
		return;
	}
	if (days == 1) {
		buf_adds(sb, _("yesterday"));
		return;
	}
	{
		struct buf span = BUF_INIT;
		span_words(&span, days);
		buf_addf(sb, _("%s ago"), span.data);
		buf_release(&span);
	}
}
