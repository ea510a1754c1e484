/* SPDX-License-Identifier: MIT */
/* jsonv.c: strict getters for JSON from outside (see jsonv.h). */
#include <math.h>

#include "jsonv.h"
#include "text.h"
#include "xalloc.h"

int jsonv_is_id(const char *s, size_t max)
{
	size_t n = 0;

	if (!s || !*s || *s == '-')
		return 0;
	for (; s[n]; n++)
		if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '-'))
			return 0;
	return n <= max;
}

int jsonv_object(json_t *o, const char *what, const char *const *known,
		 struct err *err)
{
	const char *key;
	json_t *v;

	if (!json_is_object(o))
		return err_input(err, NULL, "%s must be a JSON object", what);
	json_object_foreach(o, key, v) {
		int ok = 0;
		for (const char *const *k = known; *k && !ok; k++)
			ok = !strcmp(key, *k);
		if (!ok)
			return err_input(err, NULL, "unknown field '%s'", key);
	}
	return 0;
}

int jsonv_text(json_t *o, const char *key, unsigned flags, size_t max,
	       char **out, struct err *err)
{
	json_t *v = json_object_get(o, key);
	const char *s;
	char *t;

	*out = NULL;
	if (!v) {
		if (flags & JSONV_REQUIRED)
			return err_input(err, NULL, "'%s' is missing", key);
		return 0;
	}
	s = json_string_value(v);
	if (!s)
		return err_input(err, NULL, "'%s' must be text", key);
	if (!text_valid(s, (flags & JSONV_MULTILINE) != 0))
		return err_input(err, NULL, (flags & JSONV_MULTILINE)
			? "'%s' has a character Waymark cannot store (a control character or broken text)"
			: "'%s' has a character Waymark cannot store, or a line break", key);
	t = text_trimmed(s);
	if (!*t) {
		free(t);
		return err_input(err, NULL, "'%s' is empty", key);
	}
	if (text_chars(t) > max) {
		free(t);
		return err_input(err, NULL, "'%s' is longer than %zu characters", key, max);
	}
	*out = t;
	return 0;
}

int jsonv_id(json_t *o, const char *key, size_t max, char **out,
	     struct err *err)
{
	json_t *v = json_object_get(o, key);
	const char *s = json_string_value(v);

	*out = NULL;
	if (!v)
		return err_input(err, NULL, "'%s' is missing", key);
	if (!jsonv_is_id(s, max))
		return err_input(err, NULL,
			"'%s' must be up to %zu lower-case letters, digits and dashes, starting with a letter or digit",
			key, max);
	*out = xstrdup(s);
	return 0;
}

int jsonv_int(json_t *o, const char *key, unsigned flags, long long lo,
	      long long hi, long long *out, int *present, struct err *err)
{
	json_t *v = json_object_get(o, key);

	if (present)
		*present = 0;
	if (!v) {
		if (flags & JSONV_REQUIRED)
			return err_input(err, NULL, "'%s' is missing", key);
		return 0;
	}
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi)
		return err_input(err, NULL, "'%s' must be a whole number from %lld to %lld", key, lo, hi);
	*out = json_integer_value(v);
	if (present)
		*present = 1;
	return 0;
}

int jsonv_number(json_t *o, const char *key, unsigned flags, double *out,
		 int *present, struct err *err)
{
	json_t *v = json_object_get(o, key);

	if (present)
		*present = 0;
	if (!v) {
		if (flags & JSONV_REQUIRED)
			return err_input(err, NULL, "'%s' is missing", key);
		return 0;
	}
	if (!json_is_number(v) || !isfinite(json_number_value(v)))
		return err_input(err, NULL, "'%s' must be a number", key);
	*out = json_number_value(v);
	if (present)
		*present = 1;
	return 0;
}

int jsonv_bool(json_t *o, const char *key, int *out, struct err *err)
{
	json_t *v = json_object_get(o, key);

	if (!v)
		return 0;
	if (!json_is_boolean(v))
		return err_input(err, NULL, "'%s' must be true or false", key);
	*out = json_is_true(v);
	return 0;
}
