/* SPDX-License-Identifier: MIT */
/*
 * model.c: the rules of life areas (see areas.h): reading and checking the
 * shipped set files, laying the person's changes over them, finding an
 * area by the name a person types, ratings and their JSON forms, and the
 * numbers a chart needs (distance travelled, one area's history). No I/O
 * beyond the embedded data files: the CLI, web pages and import all come
 * through here, so an area or rating is checked the same way however it
 * arrives.
 */
#include <assert.h>
#include <sys/types.h>

#include "areas.h"
#include "core/assets.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/jsonv.h"
#include "core/text.h"
#include "core/xalloc.h"

#define SET_FORMAT "waymark-area-set"

static const char *const set_ids[] = { "life", "chime" };

const char *const *areas_set_ids(size_t *n)
{
	*n = ARRAY_SIZE(set_ids);
	return set_ids;
}

/* ---- sets ---- */

static void area_release(struct area *a)
{
	free(a->id);
	free(a->name);
	free(a->about);
	memset(a, 0, sizeof(*a));
}

void area_set_init(struct area_set *s)
{
	memset(s, 0, sizeof(*s));
}

void area_set_release(struct area_set *s)
{
	for (size_t i = 0; i < s->nareas; i++)
		area_release(&s->areas[i]);
	free(s->areas);
	free(s->id);
	free(s->name);
	free(s->about);
	area_set_init(s);
}

static ssize_t find_id(const struct area_set *s, const char *id)
{
	for (size_t i = 0; i < s->nareas; i++)
		if (!strcmp(s->areas[i].id, id))
			return (ssize_t)i;
	return -1;
}

/* Index of another area (not skip) with this name, ignoring case, or -1. */
static ssize_t find_name(const struct area_set *s, const char *name, size_t skip)
{
	for (size_t i = 0; i < s->nareas; i++)
		if (i != skip && text_eq_fold(s->areas[i].name, name))
			return (ssize_t)i;
	return -1;
}

static struct area *append_area(struct area_set *s)
{
	struct area *a;

	s->areas = xrealloc(s->areas, (s->nareas + 1) * sizeof(*s->areas));
	a = &s->areas[s->nareas++];
	memset(a, 0, sizeof(*a));
	return a;
}

static int parse_area(json_t *o, struct area_set *s, struct err *err)
{
	static const char *const known[] = { "id", "name", "about", NULL };
	struct area a = { 0 };

	if (jsonv_object(o, "an area", known, err) ||
	    jsonv_id(o, "id", AREAS_ID_MAX, &a.id, err) ||
	    jsonv_text(o, "name", JSONV_REQUIRED, AREAS_NAME_MAX, &a.name, err) ||
	    jsonv_text(o, "about", 0, AREAS_ABOUT_MAX, &a.about, err)) {
		area_release(&a);
		return -1;
	}
	if (find_id(s, a.id) >= 0) {
		err_input(err, NULL, "the id '%s' is used twice", a.id);
		area_release(&a);
		return -1;
	}
	if (find_name(s, a.name, (size_t)-1) >= 0) {
		err_input(err, NULL, "the name '%s' is used twice", a.name);
		area_release(&a);
		return -1;
	}
	*append_area(s) = a;
	return 0;
}

int area_set_parse(const char *text, size_t len, const char *origin,
		   struct area_set *out, struct err *err)
{
	static const char *const known[] = {
		"format", "version", "id", "name", "about", "areas", NULL,
	};
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr), *list, *v;
	const char *format;
	long long version;
	size_t i;
	int rc = -1;

	area_set_init(out);
	if (!root)
		return err_input(err, NULL, "%s: not readable JSON (line %d: %s)", origin,
				 jerr.line, jerr.text);
	if (jsonv_object(root, "an area set", known, err))
		goto out;
	format = json_string_value(json_object_get(root, "format"));
	if (!format || strcmp(format, SET_FORMAT)) {
		err_input(err, NULL, "'format' must be \"%s\"", SET_FORMAT);
		goto out;
	}
	if (jsonv_int(root, "version", JSONV_REQUIRED, 1, 1, &version, NULL, err) ||
	    jsonv_id(root, "id", AREAS_ID_MAX, &out->id, err) ||
	    jsonv_text(root, "name", JSONV_REQUIRED, AREAS_NAME_MAX, &out->name, err) ||
	    jsonv_text(root, "about", 0, 2000, &out->about, err))
		goto out;
	list = json_object_get(root, "areas");
	if (!json_is_array(list) || !json_array_size(list) || json_array_size(list) > AREAS_MAX) {
		err_input(err, NULL, "'areas' must be a list of 1 to %d areas", AREAS_MAX);
		goto out;
	}
	json_array_foreach(list, i, v) {
		if (parse_area(v, out, err)) {
			err_prefix(err, "area %zu: ", i + 1);
			goto out;
		}
	}
	rc = 0;
out:
	if (rc) {
		err_prefix(err, "%s: ", origin);
		area_set_release(out);
	}
	json_decref(root);
	return rc;
}

int area_set_load(const char *id, struct area_set *out, struct err *err)
{
	struct buf name = BUF_INIT;
	const struct asset *a = NULL;
	int rc;

	area_set_init(out);
	for (size_t i = 0; i < ARRAY_SIZE(set_ids); i++) {
		if (text_eq_fold(id, set_ids[i])) {
			buf_addf(&name, "data/areas/%s.json", set_ids[i]);
			a = asset_find(name.data);
			break;
		}
	}
	if (!a) {
		buf_release(&name);
		return err_input(err, "set", _("there is no set of areas called '%s'; the sets are 'life' and 'chime'"), id);
	}
	rc = area_set_parse((const char *)a->data, a->len, name.data, out, err);
	buf_release(&name);
	return rc;
}

size_t area_set_nshown(const struct area_set *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->nareas; i++)
		n += !s->areas[i].hidden;
	return n;
}

/* ---- the person's changes ---- */

int area_set_apply(struct area_set *s, json_t *changes, struct err *err)
{
	static const char *const known[] = { "set", "areas", NULL };
	static const char *const known_area[] = { "id", "name", "about", "hidden", NULL };
	struct area_set out;
	const char *set;
	json_t *list, *v;
	size_t i;

	if (jsonv_object(changes, "an area set", known, err))
		return -1;
	set = json_string_value(json_object_get(changes, "set"));
	if (!set || strcmp(set, s->id))
		return err_input(err, NULL, "'set' must be \"%s\"", s->id);
	list = json_object_get(changes, "areas");
	if (!json_is_array(list) || json_array_size(list) > AREAS_MAX)
		return err_input(err, NULL, "'areas' must be a list of up to %d areas", AREAS_MAX);
	area_set_init(&out);
	json_array_foreach(list, i, v) {
		struct area a = { 0 };
		ssize_t shipped;

		if (jsonv_object(v, "an area", known_area, err) ||
		    jsonv_id(v, "id", AREAS_ID_MAX, &a.id, err) ||
		    jsonv_text(v, "name", 0, AREAS_NAME_MAX, &a.name, err) ||
		    jsonv_text(v, "about", 0, AREAS_ABOUT_MAX, &a.about, err) ||
		    jsonv_bool(v, "hidden", &a.hidden, err))
			goto bad;
		if (find_id(&out, a.id) >= 0) {
			err_input(err, NULL, "the id '%s' is used twice", a.id);
			goto bad;
		}
		shipped = find_id(s, a.id);
		if (shipped < 0) {
			a.own = 1;
			if (!a.name) {
				err_input(err, NULL, "'name' is missing");
				goto bad;
			}
		} else {
			const struct area *sa = &s->areas[shipped];
			a.renamed = a.name || a.about;
			if (!a.name)
				a.name = xstrdup(sa->name);
			if (!a.about && sa->about)
				a.about = xstrdup(sa->about);
		}
		if (find_name(&out, a.name, (size_t)-1) >= 0) {
			err_input(err, NULL, "the name '%s' is used twice", a.name);
			goto bad;
		}
		*append_area(&out) = a;
		continue;
bad:
		area_release(&a);
		err_prefix(err, "area %zu: ", i + 1);
		for (size_t k = 0; k < out.nareas; k++)
			area_release(&out.areas[k]);
		free(out.areas);
		return -1;
	}
	/* shipped areas the changes do not mention: new in this Waymark */
	for (size_t k = 0; k < s->nareas; k++) {
		struct area *a;
		if (find_id(&out, s->areas[k].id) >= 0)
			continue;
		if (out.nareas >= AREAS_MAX)
			break;
		a = append_area(&out);
		a->id = xstrdup(s->areas[k].id);
		a->name = xstrdup(s->areas[k].name);
		a->about = s->areas[k].about ? xstrdup(s->areas[k].about) : NULL;
		/* if the person already has an area by that name, theirs wins
		 * and the new one arrives hidden */
		if (find_name(&out, a->name, out.nareas - 1) >= 0)
			a->hidden = 1;
	}
	if (out.nareas && !area_set_nshown(&out))
		out.areas[0].hidden = 0;
	for (size_t k = 0; k < s->nareas; k++)
		area_release(&s->areas[k]);
	free(s->areas);
	s->areas = out.areas;
	s->nareas = out.nareas;
	return 0;
}

json_t *area_set_changes(const struct area_set *s, const struct area_set *shipped)
{
	json_t *o = json_object(), *list = json_array();

	json_object_set_new(o, "set", json_string(s->id));
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		ssize_t k = find_id(shipped, a->id);
		const struct area *sa = k >= 0 ? &shipped->areas[k] : NULL;
		json_t *e = json_object();

		json_object_set_new(e, "id", json_string(a->id));
		if (!sa || strcmp(a->name, sa->name))
			json_object_set_new(e, "name", json_string(a->name));
		if (a->about && (!sa || !sa->about || strcmp(a->about, sa->about)))
			json_object_set_new(e, "about", json_string(a->about));
		if (a->hidden)
			json_object_set_new(e, "hidden", json_true());
		json_array_append_new(list, e);
	}
	json_object_set_new(o, "areas", list);
	return o;
}

json_t *areas_normalise_set(json_t *data, struct err *err)
{
	struct area_set shipped, s;
	const char *id = json_string_value(json_object_get(data, "set"));
	json_t *out = NULL;

	if (!id) {
		err_input(err, NULL, json_is_object(data) ? "'set' is missing"
			  : "an area set must be a JSON object");
		return NULL;
	}
	if (area_set_load(id, &shipped, err))
		return NULL;
	if (area_set_load(id, &s, err)) {
		area_set_release(&shipped);
		return NULL;
	}
	if (!area_set_apply(&s, data, err))
		out = area_set_changes(&s, &shipped);
	area_set_release(&shipped);
	area_set_release(&s);
	return out;
}

/* ---- finding and changing areas ---- */

static int starts_with_fold(const char *s, const char *prefix)
{
	return !strncasecmp(s, prefix, strlen(prefix));
}

/* 1 if a word of name (after a space) starts with prefix, ignoring case. */
static int word_starts_with_fold(const char *name, const char *prefix)
{
	for (const char *p = strchr(name, ' '); p; p = strchr(p + 1, ' '))
		if (starts_with_fold(p + 1, prefix))
			return 1;
	return 0;
}

int area_find(const struct area_set *s, const char *name, size_t *idx,
	      struct err *err)
{
	char *t = text_trimmed(name);
	ssize_t found = -1;
	size_t nfound = 0;
	struct buf list = BUF_INIT;

	for (size_t i = 0; i < s->nareas && found < 0; i++)
		if (text_eq_fold(s->areas[i].id, t) || text_eq_fold(s->areas[i].name, t))
			found = (ssize_t)i;
	/* the start of the name, else the start of a word in it */
	for (int pass = 0; pass < 2 && found < 0 && *t; pass++) {
		for (size_t i = 0; i < s->nareas; i++) {
			const char *aname = s->areas[i].name;
			if (pass ? word_starts_with_fold(aname, t) : starts_with_fold(aname, t)) {
				if (!nfound++)
					found = (ssize_t)i;
				buf_addf(&list, "%s'%s'", list.len ? ", " : "", aname);
			}
		}
		if (nfound > 1) {
			err_input(err, "area", _("'%s' could mean more than one area (%s); please type more of the name"),
				  t, list.data);
			free(t);
			buf_release(&list);
			return -1;
		}
	}
	if (found < 0) {
		err_input(err, "area", _("there is no area called '%s' in %s; 'waymark areas%s%s' lists them"),
			  t, s->name, strcmp(s->id, AREAS_DEFAULT_SET) ? " --set " : "",
			  strcmp(s->id, AREAS_DEFAULT_SET) ? s->id : "");
		free(t);
		buf_release(&list);
		return -1;
	}
	free(t);
	buf_release(&list);
	*idx = (size_t)found;
	return 0;
}

/* Checks a name or description a person typed; *out gets a trimmed copy. */
static int check_words(const char *s, const char *field, size_t max, int required,
		       char **out, struct err *err)
{
	char *t;

	*out = NULL;
	if (!text_valid(s, 0))
		return err_input(err, field, _("the %s has a character Waymark cannot store, or a line break; keep it to one line"),
				 field);
	t = text_trimmed(s);
	if (!*t) {
		free(t);
		return required ? err_input(err, field, _("the %s cannot be empty"), field) : 0;
	}
	if (text_chars(t) > max) {
		free(t);
		return err_input(err, field, _("the %s is longer than %zu characters; please shorten it"),
				 field, max);
	}
	*out = t;
	return 0;
}

int area_rename(struct area_set *s, size_t idx, const char *name,
		const char *about, struct err *err)
{
	char *n = NULL, *a = NULL;
	ssize_t other;

	assert(idx < s->nareas);
	if (check_words(name, "name", AREAS_NAME_MAX, 1, &n, err))
		return -1;
	if (about && check_words(about, "description", AREAS_ABOUT_MAX, 0, &a, err)) {
		free(n);
		return -1;
	}
	other = find_name(s, n, idx);
	if (other >= 0) {
		err_input(err, "name", _("there is already an area called '%s'"), s->areas[other].name);
		free(n);
		free(a);
		return -1;
	}
	free(s->areas[idx].name);
	s->areas[idx].name = n;
	if (a) {
		free(s->areas[idx].about);
		s->areas[idx].about = a;
	}
	s->areas[idx].renamed = !s->areas[idx].own;
	return 0;
}

int area_add(struct area_set *s, const char *name, const char *about,
	     size_t *idx, struct err *err)
{
	struct buf id = BUF_INIT;
	struct area *a;
	char *n = NULL, *ab = NULL;
	long next = 1;

	if (s->nareas >= AREAS_MAX)
		return err_input(err, "name", _("a set can hold up to %d areas; hiding one you do not use makes no room, but renaming one does"),
				 AREAS_MAX);
	if (check_words(name, "name", AREAS_NAME_MAX, 1, &n, err))
		return -1;
	if (about && check_words(about, "description", AREAS_ABOUT_MAX, 0, &ab, err)) {
		free(n);
		return -1;
	}
	if (find_name(s, n, (size_t)-1) >= 0) {
		err_input(err, "name", _("there is already an area called '%s'"), n);
		free(n);
		free(ab);
		return -1;
	}
	for (size_t i = 0; i < s->nareas; i++) {
		long k;
		char *end;
		if (strncmp(s->areas[i].id, "own-", 4))
			continue;
		k = strtol(s->areas[i].id + 4, &end, 10);
		if (!*end && k >= next)
			next = k + 1;
	}
	buf_addf(&id, "own-%ld", next);
	a = append_area(s);
	a->id = buf_detach(&id, NULL);
	a->name = n;
	a->about = ab;
	a->own = 1;
	*idx = s->nareas - 1;
	return 0;
}

int area_set_hidden(struct area_set *s, size_t idx, int hidden, struct err *err)
{
	assert(idx < s->nareas);
	if (hidden && !s->areas[idx].hidden && area_set_nshown(s) <= 1)
		return err_input(err, "area", _("'%s' is the only area left to rate, so it stays shown"),
				 s->areas[idx].name);
	s->areas[idx].hidden = hidden != 0;
	return 0;
}

int area_move(struct area_set *s, size_t idx, size_t pos, struct err *err)
{
	struct area a;

	assert(idx < s->nareas);
	if (pos < 1 || pos > s->nareas)
		return err_input(err, "position", _("the position needs to be from 1 to %zu"), s->nareas);
	a = s->areas[idx];
	memmove(&s->areas[idx], &s->areas[idx + 1], (s->nareas - idx - 1) * sizeof(a));
	memmove(&s->areas[pos], &s->areas[pos - 1], (s->nareas - pos) * sizeof(a));
	s->areas[pos - 1] = a;
	return 0;
}

int area_parse_score(const char *s, const char *area_name, int *out, struct err *err)
{
	switch (text_parse_int(s, AREAS_SCORE_MIN, AREAS_SCORE_MAX, out)) {
	case 0:
		return 0;
	case -2:
		return err_input(err, "score",
			_("ratings go from 1 (not going well at all) to 10 (going really well), so '%s' for %s is below the scale"),
			s, area_name);
	case -3:
		return err_input(err, "score",
			_("ratings go from 1 (not going well at all) to 10 (going really well), so '%s' for %s is above the scale"),
			s, area_name);
	default:
		return err_input(err, "score",
			_("a rating for %s needs to be a whole number from 1 to 10; '%s' is not one"),
			area_name, s);
	}
}

/* ---- ratings ---- */

static void score_release(struct area_score *sc)
{
	free(sc->area);
	free(sc->name);
	free(sc->note);
}

void area_rating_init(struct area_rating *r)
{
	memset(r, 0, sizeof(*r));
}

void area_rating_release(struct area_rating *r)
{
	for (size_t i = 0; i < r->nscores; i++)
		score_release(&r->scores[i]);
	free(r->scores);
	free(r->set);
	area_rating_init(r);
}

int area_rating_set(struct area_rating *r, const struct area_set *s, size_t idx,
		    int score, const char *note, struct err *err)
{
	const struct area *a = &s->areas[idx];
	struct area_score *sc = NULL;
	char *n = NULL;

	assert(idx < s->nareas);
	if (score < AREAS_SCORE_MIN || score > AREAS_SCORE_MAX)
		return err_input(err, "score", _("ratings go from 1 to 10"));
	if (note && *note) {
		if (!text_valid(note, 1))
			return err_input(err, "note", _("the note for %s has a character Waymark cannot store"), a->name);
		n = text_trimmed(note);
		if (text_chars(n) > AREAS_NOTE_MAX) {
			free(n);
			return err_input(err, "note", _("the note for %s is longer than %d characters; please shorten it"),
					 a->name, AREAS_NOTE_MAX);
		}
		if (!*n)
			FREE_AND_NULL(n);
	}
	if (!r->set)
		r->set = xstrdup(s->id);
	for (size_t i = 0; i < r->nscores && !sc; i++)
		if (!strcmp(r->scores[i].area, a->id))
			sc = &r->scores[i];
	if (!sc) {
		/* kept in the set's order, so a rating reads like the list */
		size_t at = r->nscores;
		while (at > 0) {
			ssize_t prev = find_id(s, r->scores[at - 1].area);
			if (prev >= 0 && (size_t)prev < idx)
				break;
			at--;
		}
		r->scores = xrealloc(r->scores, (r->nscores + 1) * sizeof(*r->scores));
		memmove(&r->scores[at + 1], &r->scores[at], (r->nscores - at) * sizeof(*r->scores));
		r->nscores++;
		sc = &r->scores[at];
		memset(sc, 0, sizeof(*sc));
		sc->area = xstrdup(a->id);
		sc->name = xstrdup(a->name);
	}
	sc->score = score;
	free(sc->note);
	sc->note = n;
	return 0;
}

int area_rating_score(const struct area_rating *r, const char *area_id)
{
	for (size_t i = 0; i < r->nscores; i++)
		if (!strcmp(r->scores[i].area, area_id))
			return r->scores[i].score;
	return 0;
}

int area_rating_validate(const struct area_rating *r, struct err *err)
{
	struct wlocal now;

	if (!r->set || !jsonv_is_id(r->set, AREAS_ID_MAX))
		return err_input(err, "set", _("a rating needs the set of areas it is for"));
	if (!r->nscores)
		return err_input(err, "score", _("there is nothing to save yet: rate at least one area"));
	for (size_t i = 0; i < r->nscores; i++) {
		const struct area_score *sc = &r->scores[i];
		if (sc->score < AREAS_SCORE_MIN || sc->score > AREAS_SCORE_MAX)
			return err_input(err, "score", _("ratings go from 1 to 10"));
		for (size_t k = 0; k < i; k++)
			if (!strcmp(r->scores[k].area, sc->area))
				return err_input(err, "area", _("%s is rated twice; give each area one rating"),
						 sc->name);
	}
	if (!wdate_valid(r->when.date.y, r->when.date.m, r->when.date.d))
		return err_input(err, "date", _("the rating needs a real date"));
	if (r->when.minute < 0 || r->when.minute >= 24 * 60)
		return err_input(err, "time", _("the rating needs a time from 00:00 to 23:59"));
	wlocal_from_time(wnow(), &now);
	if (wdate_cmp(r->when.date, now.date) > 0) {
		char d[11];
		wdate_format(r->when.date, d);
		return err_input(err, "date", _("%s is in the future: please give today or an earlier day"), d);
	}
	return 0;
}

json_t *area_rating_to_data(const struct area_rating *r)
{
	json_t *o = json_object(), *list = json_array();

	json_object_set_new(o, "set", json_string(r->set ? r->set : ""));
	for (size_t i = 0; i < r->nscores; i++) {
		const struct area_score *sc = &r->scores[i];
		json_t *e = json_object();
		json_object_set_new(e, "area", json_string(sc->area));
		json_object_set_new(e, "name", json_string(sc->name));
		json_object_set_new(e, "score", json_integer(sc->score));
		if (sc->note)
			json_object_set_new(e, "note", json_string(sc->note));
		json_array_append_new(list, e);
	}
	json_object_set_new(o, "scores", list);
	return o;
}

int area_rating_from_data(json_t *data, struct area_rating *r, struct err *err)
{
	static const char *const known[] = { "set", "scores", NULL };
	static const char *const known_score[] = { "area", "name", "score", "note", NULL };
	json_t *list, *v;
	size_t i;

	if (jsonv_object(data, "a rating", known, err) ||
	    jsonv_id(data, "set", AREAS_ID_MAX, &r->set, err))
		return -1;
	list = json_object_get(data, "scores");
	if (!json_is_array(list) || !json_array_size(list) || json_array_size(list) > AREAS_MAX)
		return err_input(err, "score", "'scores' must be a list of 1 to %d scores", AREAS_MAX);
	r->scores = xcalloc(json_array_size(list), sizeof(*r->scores));
	json_array_foreach(list, i, v) {
		struct area_score *sc = &r->scores[r->nscores++];
		long long score;
		if (jsonv_object(v, "a score", known_score, err) ||
		    jsonv_id(v, "area", AREAS_ID_MAX, &sc->area, err) ||
		    jsonv_text(v, "name", JSONV_REQUIRED, AREAS_NAME_MAX, &sc->name, err) ||
		    jsonv_int(v, "score", JSONV_REQUIRED, AREAS_SCORE_MIN, AREAS_SCORE_MAX, &score, NULL, err) ||
		    jsonv_text(v, "note", JSONV_MULTILINE, AREAS_NOTE_MAX, &sc->note, err)) {
			err_prefix(err, "score %zu: ", i + 1);
			return -1;
		}
		sc->score = (int)score;
		for (size_t k = 0; k < i; k++)
			if (!strcmp(r->scores[k].area, sc->area))
				return err_input(err, "area", "score %zu: the area '%s' is rated twice", i + 1, sc->area);
	}
	return 0;
}

json_t *areas_normalise_rating(json_t *data, struct err *err)
{
	struct area_rating r;
	json_t *out = NULL;

	area_rating_init(&r);
	if (!area_rating_from_data(data, &r, err))
		out = area_rating_to_data(&r);
	area_rating_release(&r);
	return out;
}

json_t *area_rating_to_json(const struct area_rating *r)
{
	json_t *o = json_object(), *data = area_rating_to_data(r);
	char day[11], t[6], off[7], stamp[21];

	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "uid", json_string(r->uid));
	wdate_format(r->when.date, day);
	json_object_set_new(o, "date", json_string(day));
	wclock_format(r->when.minute, t);
	json_object_set_new(o, "time", json_string(t));
	woffset_format(r->when.utc_offset, off);
	json_object_set_new(o, "utc_offset", json_string(off));
	wutc_format(r->created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(r->updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
	json_object_update(o, data);
	json_decref(data);
	return o;
}

void area_rating_list_release(struct area_rating_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		area_rating_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* ---- numbers for charts ---- */

void area_distance(const struct area_set *s, const struct area_rating *from,
		   const struct area_rating *to, struct area_distance *out)
{
	memset(out, 0, sizeof(*out));
	out->items = xcalloc(s->nareas ? s->nareas : 1, sizeof(*out->items));
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		int f = area_rating_score(from, a->id), t = area_rating_score(to, a->id);
		struct area_change *c;

		if (!f && !t)
			continue;
		c = &out->items[out->n++];
		c->area = a;
		c->from = f;
		c->to = t;
		if (f && t) {
			c->change = t - f;
			out->compared++;
			out->total += c->change;
			if (c->change > 0)
				out->up++;
			else if (c->change < 0)
				out->down++;
			else
				out->same++;
		}
	}
	out->mean = out->compared ? (double)out->total / (double)out->compared : 0.0;
}

void area_distance_release(struct area_distance *d)
{
	free(d->items);
	memset(d, 0, sizeof(*d));
}

static json_t *rating_ref(const struct area_rating *r)
{
	json_t *o = json_object();
	char day[11];

	json_object_set_new(o, "id", json_integer(r->id));
	wdate_format(r->when.date, day);
	json_object_set_new(o, "date", json_string(day));
	return o;
}

json_t *area_distance_to_json(const struct area_distance *d,
			      const struct area_rating *from,
			      const struct area_rating *to)
{
	json_t *o = json_object(), *list = json_array();

	json_object_set_new(o, "from", rating_ref(from));
	json_object_set_new(o, "to", rating_ref(to));
	for (size_t i = 0; i < d->n; i++) {
		const struct area_change *c = &d->items[i];
		json_t *e = json_object();
		json_object_set_new(e, "area", json_string(c->area->id));
		json_object_set_new(e, "name", json_string(c->area->name));
		json_object_set_new(e, "from", c->from ? json_integer(c->from) : json_null());
		json_object_set_new(e, "to", c->to ? json_integer(c->to) : json_null());
		json_object_set_new(e, "change", c->from && c->to ? json_integer(c->change) : json_null());
		json_array_append_new(list, e);
	}
	json_object_set_new(o, "areas", list);
	json_object_set_new(o, "compared", json_integer((json_int_t)d->compared));
	json_object_set_new(o, "total_change", json_integer(d->total));
	json_object_set_new(o, "mean_change", json_real(d->mean));
	json_object_set_new(o, "up", json_integer(d->up));
	json_object_set_new(o, "down", json_integer(d->down));
	json_object_set_new(o, "same", json_integer(d->same));
	return o;
}

void area_series(const struct area_rating_list *l, const char *area_id,
		 struct area_point **points, size_t *n)
{
	*points = xcalloc(l->n ? l->n : 1, sizeof(**points));
	*n = 0;
	for (size_t i = 0; i < l->n; i++) {
		int score = area_rating_score(&l->items[i], area_id);
		struct area_point *p;
		if (!score)
			continue;
		p = &(*points)[(*n)++];
		p->rating_id = l->items[i].id;
		p->date = l->items[i].when.date;
		p->minute = l->items[i].when.minute;
		p->score = score;
	}
}

double area_rating_mean(const struct area_rating *r)
{
	int sum = 0;

	if (!r->nscores)
		return 0.0;
	for (size_t i = 0; i < r->nscores; i++)
		sum += r->scores[i].score;
	return (double)sum / (double)r->nscores;
}

/* ---- focus ---- */

void area_focus_init(struct area_focus *f)
{
	memset(f, 0, sizeof(*f));
}

void area_focus_release(struct area_focus *f)
{
	free(f->set);
	free(f->area);
	free(f->name);
	area_focus_init(f);
}

json_t *area_focus_to_data(const struct area_focus *f)
{
	json_t *o = json_object();

	json_object_set_new(o, "set", json_string(f->set));
	json_object_set_new(o, "area", json_string(f->area));
	json_object_set_new(o, "name", json_string(f->name));
	return o;
}

int area_focus_from_data(json_t *data, struct area_focus *f, struct err *err)
{
	static const char *const known[] = { "set", "area", "name", NULL };

	if (jsonv_object(data, "a focus", known, err) ||
	    jsonv_id(data, "set", AREAS_ID_MAX, &f->set, err) ||
	    jsonv_id(data, "area", AREAS_ID_MAX, &f->area, err) ||
	    jsonv_text(data, "name", JSONV_REQUIRED, AREAS_NAME_MAX, &f->name, err))
		return -1;
	return 0;
}

json_t *areas_normalise_focus(json_t *data, struct err *err)
{
	struct area_focus f;
	json_t *out = NULL;

	area_focus_init(&f);
	if (!area_focus_from_data(data, &f, err))
		out = area_focus_to_data(&f);
	area_focus_release(&f);
	return out;
}
