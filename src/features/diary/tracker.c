/* SPDX-License-Identifier: MIT */
/*
 * tracker.c: the rules for a person's own trackers and their values (see
 * diary.h). No I/O. A scale holds whole numbers in its range, a yes/no
 * holds 1 or 0, a count holds a whole number from 0.
 */
#include <ctype.h>

#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "diary.h"

void tracker_init(struct tracker *t)
{
	memset(t, 0, sizeof(*t));
}

void tracker_release(struct tracker *t)
{
	free(t->name);
	free(t->unit);
	tracker_init(t);
}

void tracker_list_release(struct tracker_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		tracker_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

int tracker_set_name(struct tracker *t, const char *name, struct err *err)
{
	char *n;

	if (!text_valid(name, 0))
		return err_input(err, "name", "%s", _("a tracker's name is one line of ordinary text"));
	n = text_trimmed(name);
	if (!*n || text_chars(n) > TRACKER_NAME_MAX || strchr(n, '=') || strchr(n, ',')) {
		free(n);
		return err_input(err, "name",
			_("a tracker's name needs 1 to %d characters, without '=' or ','"), TRACKER_NAME_MAX);
	}
	free(t->name);
	t->name = n;
	return 0;
}

int tracker_parse_range(struct tracker *t, const char *s, struct err *err)
{
	const char *dash;
	char *lo, *hi;
	int a, b, ok;

	/* "1-5"; a leading minus belongs to the first number */
	dash = strchr(s + (*s == '-'), '-');
	if (!dash)
		return err_input(err, "range", _("a scale needs a range like 1-5 or 0-10; '%s' is not one"), s);
	lo = xstrndup(s, (size_t)(dash - s));
	hi = xstrdup(dash + 1);
	ok = !text_parse_int(lo, -1000, 1000, &a) && !text_parse_int(hi, -1000, 1000, &b);
	free(lo);
	free(hi);
	if (!ok)
		return err_input(err, "range", _("a scale needs a range like 1-5 or 0-10; '%s' is not one"), s);
	if (b <= a || b - a > 100)
		return err_input(err, "range", _("a scale goes from a lower number to a higher one, with at most 100 steps; '%s' does not"), s);
	t->min = a;
	t->max = b;
	return 0;
}

int tracker_set_unit(struct tracker *t, const char *unit, struct err *err)
{
	char *u;

	if (!text_valid(unit, 0))
		return err_input(err, "unit", "%s", _("a unit is one line of ordinary text, like minutes"));
	u = text_trimmed(unit);
	if (text_chars(u) > 30) {
		free(u);
		return err_input(err, "unit", "%s", _("a unit can be up to 30 characters, like minutes or glasses"));
	}
	free(t->unit);
	t->unit = *u ? u : NULL;
	if (!*u)
		free(u);
	return 0;
}

int tracker_validate(const struct tracker *t, struct err *err)
{
	if (!t->name || !*t->name)
		return err_input(err, "name", "%s", _("a tracker needs a name"));
	switch (t->type) {
	case TRACKER_SCALE:
		if (t->max <= t->min || t->max - t->min > 100)
			return err_input(err, "range", "%s", _("a scale needs a range like 1-5"));
		break;
	case TRACKER_YESNO:
	case TRACKER_COUNT:
		break;
	default:
		return err_input(err, "type", "%s", _("a tracker is a scale, a yes/no or a count"));
	}
	return 0;
}

int tracker_parse_value(const struct tracker *t, const char *s, int *out,
			struct err *err)
{
	char *v = text_trimmed(s);
	int r = 0;

	switch (t->type) {
	case TRACKER_SCALE:
		if (text_parse_int(v, t->min, t->max, out))
			r = err_input(err, "track", _("%s goes from %d to %d; '%s' is not on it"),
				      t->name, t->min, t->max, s);
		break;
	case TRACKER_YESNO: {
		static const char *const yes[] = { "yes", "y", "1", "true", "done" };
		static const char *const no[] = { "no", "n", "0", "false", "not" };
		r = -1;
		for (size_t i = 0; i < ARRAY_SIZE(yes) && r; i++) {
			if (text_eq_fold(v, yes[i])) {
				*out = 1;
				r = 0;
			} else if (text_eq_fold(v, no[i])) {
				*out = 0;
				r = 0;
			}
		}
		if (r)
			r = err_input(err, "track", _("%s is yes or no; '%s' is neither"), t->name, s);
		break;
	}
	case TRACKER_COUNT:
		if (text_parse_int(v, 0, TRACKER_COUNT_MAX, out))
			r = err_input(err, "track", _("%s is a count: a whole number from 0; '%s' is not one"),
				      t->name, s);
		break;
	}
	free(v);
	return r;
}

void tracker_format_value(const struct tracker *t, int value, struct buf *out)
{
	switch (t->type) {
	case TRACKER_SCALE:
		buf_addf(out, _("%d (of %d to %d)"), value, t->min, t->max);
		break;
	case TRACKER_YESNO:
		buf_adds(out, value ? _("yes") : _("no"));
		break;
	case TRACKER_COUNT:
		buf_addf(out, "%d%s%s", value, t->unit ? " " : "", t->unit ? t->unit : "");
		break;
	}
}

void tracker_describe(const struct tracker *t, struct buf *out)
{
	switch (t->type) {
	case TRACKER_SCALE:
		buf_addf(out, _("%d to %d"), t->min, t->max);
		break;
	case TRACKER_YESNO:
		buf_adds(out, _("yes or no"));
		break;
	case TRACKER_COUNT:
		if (t->unit)
			buf_addf(out, _("a count of %s"), t->unit);
		else
			buf_adds(out, _("a count"));
		break;
	}
	if (t->lower_is_better && t->type != TRACKER_YESNO)
		buf_adds(out, _(", lower is better"));
	if (t->retired)
		buf_adds(out, _(", retired"));
}

const struct tracker *tracker_find(const struct tracker_list *l, const char *name)
{
	char *n = text_trimmed(name);
	const struct tracker *found = NULL;

	for (size_t i = 0; i < l->n && !found; i++)
		if (text_eq_fold(l->items[i].name, n))
			found = &l->items[i];
	for (size_t i = 0; i < l->n && !found; i++)
		if (!strcmp(l->items[i].key, n))
			found = &l->items[i];
	free(n);
	return found;
}

static const char *const type_names[] = {
	[TRACKER_SCALE] = "scale", [TRACKER_YESNO] = "yes-no", [TRACKER_COUNT] = "count",
};

json_t *tracker_to_data(const struct tracker *t)
{
	json_t *o = json_pack("{s:s, s:s, s:s}", "key", t->key, "name", t->name,
			      "type", type_names[t->type]);
	if (t->type == TRACKER_SCALE) {
		json_object_set_new(o, "min", json_integer(t->min));
		json_object_set_new(o, "max", json_integer(t->max));
	}
	if (t->unit)
		json_object_set_new(o, "unit", json_string(t->unit));
	if (t->lower_is_better)
		json_object_set_new(o, "lower_is_better", json_true());
	if (t->retired)
		json_object_set_new(o, "retired", json_true());
	return o;
}

/* 1 if key is a tracker key: 1..40 of a-z 0-9 and '-'. */
static int key_ok(const char *key)
{
	size_t n = 0;
	for (; key[n]; n++)
		if (!(islower((unsigned char)key[n]) || isdigit((unsigned char)key[n]) || key[n] == '-'))
			return 0;
	return n >= 1 && n <= TRACKER_KEY_MAX;
}

int tracker_from_data(json_t *data, struct tracker *t, struct err *err)
{
	const char *k;
	json_t *v;

	if (!json_is_object(data))
		return err_input(err, NULL, "a tracker must be a JSON object");
	json_object_foreach(data, k, v) {
		if (!strcmp(k, "key")) {
			if (!json_is_string(v) || !key_ok(json_string_value(v)))
				return err_input(err, "key", "a tracker's 'key' is 1 to 40 of a-z, 0-9 and -");
			snprintf(t->key, sizeof(t->key), "%s", json_string_value(v));
		} else if (!strcmp(k, "name")) {
			if (!json_is_string(v) || tracker_set_name(t, json_string_value(v), err))
				return err_input(err, "name", "a tracker's 'name' must be one line of text");
		} else if (!strcmp(k, "type")) {
			const char *s = json_string_value(v);
			t->type = 0;
			for (int i = TRACKER_SCALE; i <= TRACKER_COUNT; i++)
				if (s && !strcmp(s, type_names[i]))
					t->type = (enum tracker_type)i;
			if (!t->type)
				return err_input(err, "type", "a tracker's 'type' is \"scale\", \"yes-no\" or \"count\"");
		} else if (!strcmp(k, "min") || !strcmp(k, "max")) {
			if (!json_is_integer(v) || json_integer_value(v) < -1000 || json_integer_value(v) > 1000)
				return err_input(err, "range", "a tracker's 'min' and 'max' are whole numbers");
			*(k[1] == 'i' ? &t->min : &t->max) = (int)json_integer_value(v);
		} else if (!strcmp(k, "unit")) {
			if (!json_is_string(v) || tracker_set_unit(t, json_string_value(v), err))
				return err_input(err, "unit", "a tracker's 'unit' must be short text");
		} else if (!strcmp(k, "lower_is_better") || !strcmp(k, "retired")) {
			if (!json_is_boolean(v))
				return err_input(err, NULL, "a tracker's '%s' is true or false", k);
			*(k[0] == 'l' ? &t->lower_is_better : &t->retired) = json_is_true(v);
		} else {
			return err_input(err, NULL, "unknown field '%s' in a tracker", k);
		}
	}
	if (!t->key[0])
		return err_input(err, "key", "a tracker needs a 'key'");
	return tracker_validate(t, err);
}

json_t *diary_normalise_tracker(json_t *data, struct err *err)
{
	struct tracker t;
	json_t *out = NULL;

	tracker_init(&t);
	if (!tracker_from_data(data, &t, err))
		out = tracker_to_data(&t);
	tracker_release(&t);
	return out;
}

void checkin_set_value(struct checkin *c, const char *key, int value)
{
	for (size_t i = 0; i < c->nvalues; i++) {
		if (!strcmp(c->values[i].key, key)) {
			c->values[i].value = value;
			return;
		}
	}
	c->values = xrealloc(c->values, (c->nvalues + 1) * sizeof(*c->values));
	snprintf(c->values[c->nvalues].key, sizeof(c->values[c->nvalues].key), "%s", key);
	c->values[c->nvalues].value = value;
	c->nvalues++;
}

void checkin_clear_value(struct checkin *c, const char *key)
{
	for (size_t i = 0; i < c->nvalues; i++) {
		if (!strcmp(c->values[i].key, key)) {
			memmove(&c->values[i], &c->values[i + 1], (c->nvalues - i - 1) * sizeof(*c->values));
			c->nvalues--;
			return;
		}
	}
}

int checkin_value(const struct checkin *c, const char *key, int *value)
{
	for (size_t i = 0; i < c->nvalues; i++) {
		if (!strcmp(c->values[i].key, key)) {
			*value = c->values[i].value;
			return 1;
		}
	}
	return 0;
}

int diary_parse_track(struct checkin *c, const struct tracker_list *defs,
		      const char *arg, struct err *err)
{
	const char *eq = strrchr(arg, '=');
	const struct tracker *t;
	char *name;
	int v;

	if (!eq)
		return err_input(err, "track", _("--track needs a name and a value, like energy=3; '%s' has no '='"), arg);
	name = xstrndup(arg, (size_t)(eq - arg));
	t = tracker_find(defs, name);
	if (!t) {
		struct buf known = BUF_INIT;
		for (size_t i = 0; i < defs->n; i++)
			if (!defs->items[i].retired)
				buf_addf(&known, "%s%s", known.len ? ", " : "", defs->items[i].name);
		err_input(err, "track", known.len ? _("you have no tracker called '%s'; yours are: %s")
						  : _("you have no tracker called '%s' yet; 'waymark tracker add' makes one%s"),
			  name, known.data);
		buf_release(&known);
		free(name);
		return -1;
	}
	free(name);
	if (t->retired)
		return err_input(err, "track", _("'%s' is retired; 'waymark tracker restore' brings it back"), t->name);
	if (tracker_parse_value(t, eq + 1, &v, err))
		return -1;
	checkin_set_value(c, t->key, v);
	return 0;
}
