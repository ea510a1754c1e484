/* SPDX-License-Identifier: MIT */
/*
 * model.c: the rules of measures (see measures.h): reading and checking a
 * definition, scoring answers without ever filling in missing ones, bands,
 * reliable change, the Talking-Therapies-style indicators, and responses'
 * JSON forms. No I/O: catalog.c reads the files, store.c the vault.
 */
#include <assert.h>
#include <ctype.h>
#include <math.h>

#include "core/buf.h"
#include "core/i18n.h"
#include "core/jsonv.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "measures.h"

#define LABEL_MAX 120
#define CODE_MAX 40
#define VALUE_LIMIT 1000

/* ---- definitions ---- */

void measure_init(struct measure *m)
{
	memset(m, 0, sizeof(*m));
}

static void options_free(struct measure_option *o, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(o[i].label);
		free(o[i].loinc);
	}
	free(o);
}

void measure_release(struct measure *m)
{
	for (size_t i = 0; i < m->nitems; i++) {
		struct measure_item *it = &m->items[i];
		free(it->id);
		free(it->text);
		free(it->loinc);
		options_free(it->options, it->noptions);
	}
	free(m->items);
	for (size_t i = 0; i < m->nbands; i++)
		free(m->bands[i].label);
	free(m->bands);
	free(m->transform);
	free(m->id);
	free(m->name);
	free(m->title);
	free(m->about);
	free(m->licence);
	free(m->copyright);
	free(m->source);
	free(m->instructions);
	free(m->loinc);
	free(m->origin);
	free(m->score_loinc);
	free(m->score_snomed);
	free(m->suggest);
	measure_init(m);
}

/* Reads an options list into *out (allocated). */
static int parse_options(json_t *list, struct measure_option **out, size_t *n,
			 struct err *err)
{
	static const char *const known[] = { "value", "label", "loinc", NULL };
	json_t *v;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!json_is_array(list) || json_array_size(list) < 2 ||
	    json_array_size(list) > MEASURES_OPTIONS_MAX)
		return err_input(err, NULL, "'options' must be a list of 2 to %d answers", MEASURES_OPTIONS_MAX);
	*out = xcalloc(json_array_size(list), sizeof(**out));
	json_array_foreach(list, i, v) {
		struct measure_option *o = &(*out)[(*n)++];
		long long value;
		if (jsonv_object(v, "an option", known, err) ||
		    jsonv_int(v, "value", JSONV_REQUIRED, -VALUE_LIMIT, VALUE_LIMIT, &value, NULL, err) ||
		    jsonv_text(v, "label", JSONV_REQUIRED, LABEL_MAX, &o->label, err) ||
		    jsonv_text(v, "loinc", 0, CODE_MAX, &o->loinc, err)) {
			err_prefix(err, "option %zu: ", i + 1);
			return -1;
		}
		o->value = (int)value;
		for (size_t k = 0; k < i; k++) {
			if ((*out)[k].value == o->value)
				return err_input(err, NULL, "option %zu: the value %d is used twice", i + 1, o->value);
			if (text_eq_fold((*out)[k].label, o->label))
				return err_input(err, NULL, "option %zu: the label '%s' is used twice", i + 1, o->label);
		}
	}
	return 0;
}

static struct measure_option *copy_options(const struct measure_option *o, size_t n)
{
	struct measure_option *c = xcalloc(n, sizeof(*c));
	for (size_t i = 0; i < n; i++) {
		c[i].value = o[i].value;
		c[i].label = xstrdup(o[i].label);
		c[i].loinc = o[i].loinc ? xstrdup(o[i].loinc) : NULL;
	}
	return c;
}

static int parse_item(json_t *o, struct measure *m, const struct measure_option *defaults,
		      size_t ndefaults, struct err *err)
{
	static const char *const known[] = {
		"id", "text", "loinc", "scored", "reverse", "risk", "options", NULL,
	};
	struct measure_item *it = &m->items[m->nitems++];
	json_t *opts;

	it->scored = 1;
	if (jsonv_object(o, "an item", known, err) ||
	    jsonv_id(o, "id", MEASURES_ID_MAX, &it->id, err) ||
	    jsonv_text(o, "text", JSONV_REQUIRED, MEASURES_TEXT_MAX, &it->text, err) ||
	    jsonv_text(o, "loinc", 0, CODE_MAX, &it->loinc, err) ||
	    jsonv_bool(o, "scored", &it->scored, err) ||
	    jsonv_bool(o, "reverse", &it->reverse, err) ||
	    jsonv_bool(o, "risk", &it->risk, err))
		return -1;
	for (size_t k = 0; k + 1 < m->nitems; k++)
		if (!strcmp(m->items[k].id, it->id))
			return err_input(err, NULL, "the id '%s' is used twice", it->id);
	opts = json_object_get(o, "options");
	if (opts) {
		if (parse_options(opts, &it->options, &it->noptions, err))
			return -1;
	} else if (ndefaults) {
		it->options = copy_options(defaults, ndefaults);
		it->noptions = ndefaults;
	} else {
		return err_input(err, NULL, "it has no 'options', and the measure has none for all items");
	}
	it->lowest = it->highest = it->options[0].value;
	for (size_t k = 1; k < it->noptions; k++) {
		if (it->options[k].value < it->lowest)
			it->lowest = it->options[k].value;
		if (it->options[k].value > it->highest)
			it->highest = it->options[k].value;
	}
	if (it->reverse && !it->scored)
		return err_input(err, NULL, "'reverse' only makes sense for a scored item");
	return 0;
}

static int parse_score(json_t *o, struct measure *m, struct err *err)
{
	static const char *const known[] = {
		"method", "higher_is", "loinc", "snomed", "transform", NULL,
	};
	const char *method, *higher;
	json_t *t, *pair;
	size_t i;

	if (!o)
		return err_input(err, NULL, "'score' is missing");
	if (jsonv_object(o, "'score'", known, err))
		return -1;
	method = json_string_value(json_object_get(o, "method"));
	if (!method || (strcmp(method, "sum") && strcmp(method, "mean")))
		return err_input(err, NULL, "'method' must be \"sum\" or \"mean\"");
	m->method = !strcmp(method, "sum") ? MEASURE_SUM : MEASURE_MEAN;
	higher = json_string_value(json_object_get(o, "higher_is"));
	if (!higher || (strcmp(higher, "worse") && strcmp(higher, "better")))
		return err_input(err, NULL, "'higher_is' must be \"worse\" (symptoms) or \"better\" (wellbeing)");
	m->higher_is_better = !strcmp(higher, "better");
	if (jsonv_text(o, "loinc", 0, CODE_MAX, &m->score_loinc, err) ||
	    jsonv_text(o, "snomed", 0, CODE_MAX, &m->score_snomed, err))
		return -1;
	t = json_object_get(o, "transform");
	if (!t)
		return 0;
	if (m->method != MEASURE_SUM)
		return err_input(err, NULL, "'transform' works on a summed total; use \"method\": \"sum\"");
	if (!json_is_array(t) || !json_array_size(t) || json_array_size(t) > 10000)
		return err_input(err, NULL, "'transform' must be a list of [raw total, value] pairs");
	m->transform = xcalloc(json_array_size(t), sizeof(*m->transform));
	json_array_foreach(t, i, pair) {
		json_t *raw = json_array_get(pair, 0), *val = json_array_get(pair, 1);
		if (!json_is_array(pair) || json_array_size(pair) != 2 || !json_is_integer(raw) ||
		    !json_is_number(val) || !isfinite(json_number_value(val)))
			return err_input(err, NULL, "'transform' entry %zu must be [whole raw total, value]", i + 1);
		m->transform[i].raw = (double)json_integer_value(raw);
		m->transform[i].value = json_number_value(val);
		for (size_t k = 0; k < i; k++)
			if (m->transform[k].raw == m->transform[i].raw)
				return err_input(err, NULL, "'transform' gives the raw total %lld twice",
						 (long long)json_integer_value(raw));
		m->ntransform++;
	}
	return 0;
}

/* Works out min and max from the scored items (and the transform). */
static int work_out_range(struct measure *m, struct err *err)
{
	long long lo = 0, hi = 0;

	for (size_t i = 0; i < m->nitems; i++) {
		if (!m->items[i].scored)
			continue;
		lo += m->items[i].lowest;
		hi += m->items[i].highest;
	}
	if (m->method == MEASURE_MEAN) {
		m->min = (double)lo / (double)m->nscored;
		m->max = (double)hi / (double)m->nscored;
		return 0;
	}
	m->min = (double)lo;
	m->max = (double)hi;
	if (!m->ntransform)
		return 0;
	if ((long long)m->ntransform != hi - lo + 1)
		return err_input(err, NULL, "'transform' must give a value for each raw total from %lld to %lld (%lld of them); it has %zu",
				 lo, hi, hi - lo + 1, m->ntransform);
	for (long long raw = lo; raw <= hi; raw++) {
		int found = 0;
		for (size_t k = 0; k < m->ntransform && !found; k++)
			found = m->transform[k].raw == (double)raw;
		if (!found)
			return err_input(err, NULL, "'transform' has no value for the raw total %lld", raw);
	}
	m->min = m->max = m->transform[0].value;
	for (size_t k = 1; k < m->ntransform; k++) {
		if (m->transform[k].value < m->min)
			m->min = m->transform[k].value;
		if (m->transform[k].value > m->max)
			m->max = m->transform[k].value;
	}
	return 0;
}

static int parse_bands(json_t *list, struct measure *m, struct err *err)
{
	static const char *const known[] = { "from", "label", NULL };
	struct buf a = BUF_INIT, b = BUF_INIT;
	json_t *v;
	size_t i;
	int rc = -1;

	if (!list)
		return 0;
	if (!json_is_array(list) || !json_array_size(list) || json_array_size(list) > 20)
		return err_input(err, NULL, "'bands' must be a list of 1 to 20 bands");
	m->bands = xcalloc(json_array_size(list), sizeof(*m->bands));
	json_array_foreach(list, i, v) {
		struct measure_band *band = &m->bands[m->nbands++];
		buf_reset(&a);
		buf_reset(&b);
		if (jsonv_object(v, "a band", known, err) ||
		    jsonv_number(v, "from", JSONV_REQUIRED, &band->from, NULL, err) ||
		    jsonv_text(v, "label", JSONV_REQUIRED, LABEL_MAX, &band->label, err)) {
			err_prefix(err, "band %zu: ", i + 1);
			goto out;
		}
		measure_format_total(&a, band->from);
		if (i == 0 && band->from != m->min) {
			measure_format_total(&b, m->min);
			err_input(err, NULL, "band 1 must start at the lowest possible total, %s (it starts at %s)",
				  b.data, a.data);
			goto out;
		}
		if (i && band->from <= m->bands[i - 1].from) {
			err_input(err, NULL, "band %zu starts at %s, which is not above where band %zu starts; list bands from the lowest up",
				  i + 1, a.data, i);
			goto out;
		}
		if (band->from > m->max) {
			measure_format_total(&b, m->max);
			err_input(err, NULL, "band %zu starts at %s, above the highest possible total, %s",
				  i + 1, a.data, b.data);
			goto out;
		}
	}
	rc = 0;
out:
	buf_release(&a);
	buf_release(&b);
	return rc;
}

static int parse_extras(json_t *root, struct measure *m, struct err *err)
{
	const char *role;
	json_t *sug;
	int present;

	if (jsonv_number(root, "caseness", 0, &m->caseness, &m->has_caseness, err) ||
	    jsonv_number(root, "reliable_change", 0, &m->reliable_change, &m->has_rc, err))
		return -1;
	if (m->has_caseness && (m->caseness < m->min || m->caseness > m->max))
		return err_input(err, NULL, "'caseness' must be within the possible totals");
	if (m->has_rc && (m->reliable_change <= 0 || m->reliable_change > m->max - m->min))
		return err_input(err, NULL, "'reliable_change' must be above 0 and no more than the whole range of totals");
	role = json_string_value(json_object_get(root, "talking_therapies"));
	if (json_object_get(root, "talking_therapies")) {
		if (!role || (strcmp(role, "depression") && strcmp(role, "anxiety")))
			return err_input(err, NULL, "'talking_therapies' must be \"depression\" or \"anxiety\"");
		m->role = !strcmp(role, "depression") ? MEASURE_ROLE_DEPRESSION : MEASURE_ROLE_ANXIETY;
		if (!m->has_caseness || !m->has_rc)
			return err_input(err, NULL, "a measure with a 'talking_therapies' role needs 'caseness' and 'reliable_change'");
	}
	sug = json_object_get(root, "suggest");
	if (sug) {
		static const char *const known[] = { "at", "measure", NULL };
		if (jsonv_object(sug, "'suggest'", known, err) ||
		    jsonv_number(sug, "at", JSONV_REQUIRED, &m->suggest_at, &present, err) ||
		    jsonv_id(sug, "measure", MEASURES_ID_MAX, &m->suggest, err)) {
			err_prefix(err, "suggest: ");
			return -1;
		}
		if (m->suggest_at < m->min || m->suggest_at > m->max)
			return err_input(err, NULL, "suggest: 'at' must be within the possible totals");
		if (!strcmp(m->suggest, m->id))
			return err_input(err, NULL, "suggest: a measure cannot suggest itself");
	}
	return 0;
}

int measure_parse(const char *text, size_t len, const char *origin, int shipped,
		  struct measure *m, struct err *err)
{
	static const char *const known[] = {
		"format", "version", "id", "name", "title", "about", "licence",
		"copyright", "source", "instructions", "loinc", "options", "items",
		"score", "bands", "caseness", "reliable_change",
		"talking_therapies", "suggest", NULL,
	};
	json_error_t jerr;
	json_t *root, *items, *v;
	struct measure_option *defaults = NULL;
	size_t ndefaults = 0, i;
	const char *format, *licence;
	long long version;
	int rc = -1;

	measure_init(m);
	root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root)
		return err_input(err, NULL, "%s: not readable JSON (line %d: %s)", origin,
				 jerr.line, jerr.text);
	if (jsonv_object(root, "a measure", known, err))
		goto out;
	format = json_string_value(json_object_get(root, "format"));
	if (!format || strcmp(format, MEASURES_FORMAT)) {
		err_input(err, NULL, "'format' must be \"%s\"", MEASURES_FORMAT);
		goto out;
	}
	if (jsonv_int(root, "version", JSONV_REQUIRED, 1, 1, &version, NULL, err) ||
	    jsonv_id(root, "id", MEASURES_ID_MAX, &m->id, err) ||
	    jsonv_text(root, "name", JSONV_REQUIRED, 40, &m->name, err) ||
	    jsonv_text(root, "title", JSONV_REQUIRED, 200, &m->title, err) ||
	    jsonv_text(root, "about", JSONV_REQUIRED, 300, &m->about, err) ||
	    jsonv_text(root, "licence", JSONV_REQUIRED, 20, &m->licence, err) ||
	    jsonv_text(root, "copyright", JSONV_REQUIRED | JSONV_MULTILINE, 2000, &m->copyright, err) ||
	    jsonv_text(root, "source", 0, 500, &m->source, err) ||
	    jsonv_text(root, "instructions", JSONV_REQUIRED, MEASURES_TEXT_MAX, &m->instructions, err) ||
	    jsonv_text(root, "loinc", 0, CODE_MAX, &m->loinc, err))
		goto out;
	licence = m->licence;
	if (strcmp(licence, "ship") && strcmp(licence, "user-supplied")) {
		err_input(err, NULL, "'licence' must be \"ship\" or \"user-supplied\"");
		goto out;
	}
	if (json_object_get(root, "options") &&
	    parse_options(json_object_get(root, "options"), &defaults, &ndefaults, err))
		goto out;
	items = json_object_get(root, "items");
	if (!json_is_array(items) || !json_array_size(items) ||
	    json_array_size(items) > MEASURES_ITEMS_MAX) {
		err_input(err, NULL, "'items' must be a list of 1 to %d questions", MEASURES_ITEMS_MAX);
		goto out;
	}
	m->items = xcalloc(json_array_size(items), sizeof(*m->items));
	json_array_foreach(items, i, v) {
		if (parse_item(v, m, defaults, ndefaults, err)) {
			err_prefix(err, "item %zu: ", i + 1);
			goto out;
		}
		m->nscored += m->items[i].scored != 0;
	}
	if (!m->nscored) {
		err_input(err, NULL, "at least one item must be scored");
		goto out;
	}
	if (parse_score(json_object_get(root, "score"), m, err)) {
		err_prefix(err, "score: ");
		goto out;
	}
	if (work_out_range(m, err)) {
		err_prefix(err, "score: ");
		goto out;
	}
	if (parse_bands(json_object_get(root, "bands"), m, err) || parse_extras(root, m, err))
		goto out;
	m->shipped = shipped;
	m->origin = xstrdup(shipped ? "built in" : origin);
	rc = 0;
out:
	options_free(defaults, ndefaults);
	if (rc) {
		err_prefix(err, "%s: ", origin);
		measure_release(m);
	}
	json_decref(root);
	return rc;
}

/* ---- catalogue look-ups (the loading is in catalog.c) ---- */

void measure_catalog_init(struct measure_catalog *c)
{
	memset(c, 0, sizeof(*c));
}

void measure_catalog_release(struct measure_catalog *c)
{
	for (size_t i = 0; i < c->n; i++)
		measure_release(&c->items[i]);
	free(c->items);
	text_free_list(c->problems, c->nproblems);
	measure_catalog_init(c);
}

int measure_name_eq(const char *a, const char *b)
{
	for (;;) {
		while (*a == '-' || *a == ' ')
			a++;
		while (*b == '-' || *b == ' ')
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
	}
}

const struct measure *measure_find(const struct measure_catalog *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->items[i].id, name))
			return &c->items[i];
	for (size_t i = 0; i < c->n; i++)
		if (measure_name_eq(c->items[i].id, name) || measure_name_eq(c->items[i].name, name))
			return &c->items[i];
	return NULL;
}

const struct measure *measure_catalog_role(const struct measure_catalog *c,
					   enum measure_role role)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->items[i].role == role)
			return &c->items[i];
	return NULL;
}

/* ---- scoring ---- */

static const struct measure_item *find_item(const struct measure *m, const char *id,
					    size_t *idx)
{
	for (size_t i = 0; i < m->nitems; i++) {
		if (!strcmp(m->items[i].id, id)) {
			if (idx)
				*idx = i;
			return &m->items[i];
		}
	}
	return NULL;
}

static int has_option(const struct measure_item *it, int value)
{
	for (size_t k = 0; k < it->noptions; k++)
		if (it->options[k].value == value)
			return 1;
	return 0;
}

const struct measure_band *measure_band_for(const struct measure *m, double total)
{
	const struct measure_band *band = NULL;

	for (size_t i = 0; i < m->nbands; i++)
		if (m->bands[i].from <= total)
			band = &m->bands[i];
	return band;
}

int measure_score(const struct measure *m, const struct measure_answer *a,
		  size_t n, struct measure_result *out, struct err *err)
{
	long long sum = 0;
	size_t answered = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n; i++) {
		size_t idx;
		const struct measure_item *it = find_item(m, a[i].item, &idx);
		if (!it)
			return err_input(err, "answers", "the %s has no item '%s'", m->name, a[i].item);
		for (size_t k = 0; k < i; k++)
			if (!strcmp(a[k].item, a[i].item))
				return err_input(err, "answers", "item '%s' is answered twice", a[i].item);
		if (!has_option(it, a[i].value))
			return err_input(err, "answers", "item '%s' of the %s has no answer with the value %d",
					 a[i].item, m->name, a[i].value);
		if (it->risk && a[i].value > it->lowest)
			out->safety = 1;
		if (!it->scored)
			continue;
		answered++;
		sum += it->reverse ? it->lowest + it->highest - a[i].value : a[i].value;
	}
	out->missing = m->nscored - answered;
	out->complete = out->missing == 0;
	if (!out->complete)
		return 0; /* never prorated */
	if (m->method == MEASURE_MEAN) {
		out->total = (double)sum / (double)m->nscored;
	} else if (m->ntransform) {
		for (size_t k = 0; k < m->ntransform; k++)
			if (m->transform[k].raw == (double)sum)
				out->total = m->transform[k].value;
	} else {
		out->total = (double)sum;
	}
	out->band = measure_band_for(m, out->total);
	return 0;
}

int measure_is_case(const struct measure *m, double total)
{
	if (!m->has_caseness)
		return -1;
	return m->higher_is_better ? total < m->caseness : total >= m->caseness;
}

int measure_reliable_change(const struct measure *m, double first, double last)
{
	double d = last - first;

	if (!m->has_rc)
		return 0;
	if (m->higher_is_better)
		d = -d;
	/* d is now the rise in symptoms: a fall of rc or more is reliable */
	if (d <= -m->reliable_change)
		return 1;
	if (d >= m->reliable_change)
		return -1;
	return 0;
}

void measure_format_total(struct buf *out, double total)
{
	if (total == floor(total) && fabs(total) < 1e9)
		buf_addf(out, "%lld", (long long)total);
	else
		buf_addf(out, "%.2f", total);
}

void measure_format_out_of(struct buf *out, const struct measure *m, double total)
{
	struct buf t = BUF_INIT, mx = BUF_INIT;

	measure_format_total(&t, total);
	measure_format_total(&mx, m->max);
	buf_addf(out, _("%s out of %s"), t.data, mx.data);
	buf_release(&t);
	buf_release(&mx);
}

void measure_band_range(struct buf *out, const struct measure *m,
			const struct measure_band *band)
{
	size_t i = (size_t)(band - m->bands);
	double to = i + 1 < m->nbands ? m->bands[i + 1].from - 1 : m->max;

	assert(i < m->nbands);
	measure_format_total(out, band->from);
	if (i + 1 < m->nbands && (m->method == MEASURE_MEAN || m->ntransform)) {
		buf_adds(out, _(" up to "));
		measure_format_total(out, m->bands[i + 1].from);
		return;
	}
	buf_adds(out, _(" to "));
	measure_format_total(out, to);
}

/* "0, 1, 2 or 3" for an item's options. */
static void option_values(struct buf *b, const struct measure_item *it)
{
	for (size_t k = 0; k < it->noptions; k++)
		buf_addf(b, "%s%d", !k ? "" : k + 1 == it->noptions ? _(" or ") : ", ",
			 it->options[k].value);
}

void measure_answers_free(struct measure_answer *a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(a[i].item);
	free(a);
}

int measure_parse_answers(const struct measure *m, const char *s,
			  struct measure_answer **out, size_t *n, struct err *err)
{
	size_t count = 1, k = 0;
	int all;
	const char *p;

	*out = NULL;
	*n = 0;
	for (p = s; *p; p++)
		count += *p == ',';
	all = count == m->nitems;
	if (!all && count != m->nscored) {
		if (m->nscored == m->nitems)
			return err_input(err, "answers",
				_("the %s has %zu questions, so it needs %zu answers separated by commas; you gave %zu"),
				m->name, m->nitems, m->nitems, count);
		return err_input(err, "answers",
			_("the %s has %zu questions, plus %zu you may leave out, so it needs %zu or %zu answers separated by commas; you gave %zu"),
			m->name, m->nscored, m->nitems - m->nscored, m->nscored, m->nitems, count);
	}
	*out = xcalloc(m->nitems, sizeof(**out));
	p = s;
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		const char *end;
		char *raw, *t;
		int v, r;

		if (!all && !it->scored)
			continue;
		k++;
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		raw = xstrndup(p, (size_t)(end - p));
		t = text_trimmed(raw);
		free(raw);
		p = *end ? end + 1 : end;
		if (!strcmp(t, "-")) {
			free(t);
			continue;
		}
		r = *t ? text_parse_int(t, -VALUE_LIMIT, VALUE_LIMIT, &v) : -4;
		if (r || !has_option(it, v)) {
			struct buf vals = BUF_INIT;
			option_values(&vals, it);
			if (r == -4)
				err_input(err, "answers", _("answer %zu is empty; give %s, or - to leave question %zu unanswered"),
					  k, vals.data, i + 1);
			else
				err_input(err, "answers", _("question %zu of the %s takes %s; '%s' is not one of those"),
					  i + 1, m->name, vals.data, t);
			buf_release(&vals);
			free(t);
			measure_answers_free(*out, *n);
			*out = NULL;
			*n = 0;
			return -1;
		}
		free(t);
		(*out)[*n].item = xstrdup(it->id);
		(*out)[*n].value = v;
		(*n)++;
	}
	return 0;
}

/* ---- the Talking-Therapies-style indicators ---- */

void measure_indicators(const struct measure *dep, double dep_first,
			double dep_last, const struct measure *anx,
			double anx_first, double anx_last,
			struct measure_indicators *out)
{
	int d = measure_reliable_change(dep, dep_first, dep_last);
	int a = measure_reliable_change(anx, anx_first, anx_last);

	memset(out, 0, sizeof(*out));
	/* caseness: either measure at or above its clinical cut-off */
	out->case_first = measure_is_case(dep, dep_first) == 1 || measure_is_case(anx, anx_first) == 1;
	out->case_last = measure_is_case(dep, dep_last) == 1 || measure_is_case(anx, anx_last) == 1;
	out->imp_dep = d > 0;
	out->det_dep = d < 0;
	out->imp_anx = a > 0;
	out->det_anx = a < 0;
	/* a reliable change one way on one measure and none the other way on
	 * the other; a mixed change is neither */
	out->reliable_improvement = (out->imp_dep || out->imp_anx) && !out->det_dep && !out->det_anx;
	out->reliable_deterioration = (out->det_dep || out->det_anx) && !out->imp_dep && !out->imp_anx;
	if (!out->case_first) {
		out->recovery = -1;
		out->reliable_recovery = -1;
	} else {
		out->recovery = !out->case_last;
		out->reliable_recovery = out->recovery && out->reliable_improvement;
	}
}

/* ---- responses ---- */

void measure_response_init(struct measure_response *r)
{
	memset(r, 0, sizeof(*r));
}

void measure_response_release(struct measure_response *r)
{
	free(r->measure);
	measure_answers_free(r->answers, r->nanswers);
	text_free_list(r->safety, r->nsafety);
	measure_response_init(r);
}

int measure_response_fill(struct measure_response *r, const struct measure *m,
			  struct measure_answer **a, size_t n, struct err *err)
{
	struct measure_result res;

	if (measure_score(m, *a, n, &res, err))
		return -1;
	free(r->measure);
	r->measure = xstrdup(m->id);
	measure_answers_free(r->answers, r->nanswers);
	r->answers = *a;
	r->nanswers = n;
	*a = NULL;
	r->complete = res.complete;
	r->total = res.total;
	text_free_list(r->safety, r->nsafety);
	r->safety = NULL;
	r->nsafety = 0;
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		int v = measure_response_answer(r, it->id);
		if (it->risk && v > it->lowest) {
			r->safety = xrealloc(r->safety, (r->nsafety + 1) * sizeof(*r->safety));
			r->safety[r->nsafety++] = xstrdup(it->id);
		}
	}
	return 0;
}

int measure_response_answer(const struct measure_response *r, const char *item)
{
	for (size_t i = 0; i < r->nanswers; i++)
		if (!strcmp(r->answers[i].item, item))
			return r->answers[i].value;
	return -1;
}

json_t *measure_total_to_json(double v)
{
	if (v == floor(v) && fabs(v) < 1e15)
		return json_integer((json_int_t)v);
	return json_real(v);
}

json_t *measure_response_to_data(const struct measure_response *r)
{
	json_t *o = json_object(), *answers = json_object();

	json_object_set_new(o, "measure", json_string(r->measure));
	for (size_t i = 0; i < r->nanswers; i++)
		json_object_set_new(answers, r->answers[i].item, json_integer(r->answers[i].value));
	json_object_set_new(o, "answers", answers);
	json_object_set_new(o, "status", json_string(r->complete ? "complete" : "incomplete"));
	if (r->complete)
		json_object_set_new(o, "total", measure_total_to_json(r->total));
	if (r->nsafety) {
		json_t *s = json_array();
		for (size_t i = 0; i < r->nsafety; i++)
			json_array_append_new(s, json_string(r->safety[i]));
		json_object_set_new(o, "safety_response", s);
	}
	return o;
}

int measure_response_from_data(json_t *data, const struct measure *m,
			       struct measure_response *r, struct err *err)
{
	static const char *const known[] = {
		"measure", "answers", "status", "total", "safety_response", NULL,
	};
	const char *key, *status;
	json_t *answers, *v, *safety;
	int has_total;
	size_t i;

	if (jsonv_object(data, "a measure response", known, err) ||
	    jsonv_id(data, "measure", MEASURES_ID_MAX, &r->measure, err))
		return -1;
	answers = json_object_get(data, "answers");
	if (!json_is_object(answers) || json_object_size(answers) > MEASURES_ITEMS_MAX)
		return err_input(err, "answers", "'answers' must be an object of item: value");
	r->answers = xcalloc(json_object_size(answers) + 1, sizeof(*r->answers));
	json_object_foreach(answers, key, v) {
		if (!jsonv_is_id(key, MEASURES_ID_MAX) || !json_is_integer(v) ||
		    json_integer_value(v) < -VALUE_LIMIT || json_integer_value(v) > VALUE_LIMIT)
			return err_input(err, "answers", "'answers' must map item ids to whole numbers");
		r->answers[r->nanswers].item = xstrdup(key);
		r->answers[r->nanswers++].value = (int)json_integer_value(v);
	}
	status = json_string_value(json_object_get(data, "status"));
	if (!status || (strcmp(status, "complete") && strcmp(status, "incomplete")))
		return err_input(err, NULL, "'status' must be \"complete\" or \"incomplete\"");
	r->complete = !strcmp(status, "complete");
	if (jsonv_number(data, "total", 0, &r->total, &has_total, err))
		return -1;
	if (r->complete != has_total)
		return err_input(err, NULL, r->complete ? "a complete response needs its 'total'"
				 : "an incomplete response has no 'total' (missing answers are never filled in)");
	safety = json_object_get(data, "safety_response");
	if (safety) {
		if (!json_is_array(safety) || !json_array_size(safety) ||
		    json_array_size(safety) > MEASURES_ITEMS_MAX)
			return err_input(err, NULL, "'safety_response' must be a list of item ids");
		r->safety = xcalloc(json_array_size(safety), sizeof(*r->safety));
		json_array_foreach(safety, i, v) {
			if (!jsonv_is_id(json_string_value(v), MEASURES_ID_MAX))
				return err_input(err, NULL, "'safety_response' must be a list of item ids");
			r->safety[r->nsafety++] = xstrdup(json_string_value(v));
		}
	}
	if (m) {
		struct measure_result res;
		if (strcmp(m->id, r->measure))
			BUG("response for '%s' checked against '%s'", r->measure, m->id);
		if (measure_score(m, r->answers, r->nanswers, &res, err))
			return -1;
		if (res.complete != r->complete)
			return err_input(err, NULL, res.complete
					 ? "'status' says incomplete but every scored item is answered"
					 : "'status' says complete but a scored item is unanswered");
		if (r->complete && fabs(res.total - r->total) > 1e-9)
			return err_input(err, NULL, "'total' does not match the answers");
		for (size_t k = 0; k < m->nitems; k++) {
			const struct measure_item *it = &m->items[k];
			int shown = 0;
			for (size_t j = 0; j < r->nsafety; j++)
				shown |= !strcmp(r->safety[j], it->id);
			if (shown != (it->risk && measure_response_answer(r, it->id) > it->lowest))
				return err_input(err, NULL, "'safety_response' does not match the answers to item '%s'",
						 it->id);
		}
	}
	return 0;
}

void measure_response_list_release(struct measure_response_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		measure_response_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* ---- history ---- */

static const struct measure *exact(const struct measure_catalog *c, const char *id)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->items[i].id, id))
			return &c->items[i];
	return NULL;
}

/* One day's last complete scores on the two measures, while pairing. */
struct day_scores {
	struct wdate day;
	int has_dep, has_anx;
	double dep, anx;
};

static void close_day(const struct day_scores *d, struct measure_tt *tt)
{
	if (!d->has_dep || !d->has_anx)
		return;
	if (!tt->npairs++) {
		tt->first_day = d->day;
		tt->dep_first = d->dep;
		tt->anx_first = d->anx;
	}
	tt->last_day = d->day;
	tt->dep_last = d->dep;
	tt->anx_last = d->anx;
}

void measure_history(const struct measure_catalog *c,
		     const struct measure_response_list *l,
		     struct measure_entry **entries, struct measure_tt *tt)
{
	struct day_scores day = { { 0, 0, 0 }, 0, 0, 0, 0 };

	*entries = xcalloc(l->n ? l->n : 1, sizeof(**entries));
	for (size_t i = 0; i < l->n; i++) {
		const struct measure_response *r = &l->items[i];
		struct measure_entry *e = &(*entries)[i];

		e->r = r;
		e->m = exact(c, r->measure);
		e->is_case = -1;
		if (!r->complete || !e->m)
			continue;
		e->band = measure_band_for(e->m, r->total);
		e->is_case = measure_is_case(e->m, r->total);
		for (size_t k = 0; k < i; k++) {
			const struct measure_response *f = &l->items[k];
			if (f->complete && !strcmp(f->measure, r->measure)) {
				e->has_change = 1;
				e->change = r->total - f->total;
				e->reliable = measure_reliable_change(e->m, f->total, r->total);
				break;
			}
		}
	}

	memset(tt, 0, sizeof(*tt));
	tt->dep = measure_catalog_role(c, MEASURE_ROLE_DEPRESSION);
	tt->anx = measure_catalog_role(c, MEASURE_ROLE_ANXIETY);
	if (!tt->dep || !tt->anx)
		return;
	for (size_t i = 0; i < l->n; i++) {
		const struct measure_response *r = &l->items[i];
		if (wdate_cmp(r->when.date, day.day)) {
			close_day(&day, tt);
			memset(&day, 0, sizeof(day));
			day.day = r->when.date;
		}
		if (!r->complete)
			continue;
		if (!strcmp(r->measure, tt->dep->id)) {
			day.has_dep = 1;
			day.dep = r->total;
		} else if (!strcmp(r->measure, tt->anx->id)) {
			day.has_anx = 1;
			day.anx = r->total;
		}
	}
	close_day(&day, tt);
	if (tt->npairs)
		measure_indicators(tt->dep, tt->dep_first, tt->dep_last, tt->anx,
				   tt->anx_first, tt->anx_last, &tt->ind);
}

static json_t *tri(int v)
{
	return v < 0 ? json_null() : json_boolean(v);
}

json_t *measure_entry_to_json(const struct measure_entry *e)
{
	const struct measure_response *r = e->r;
	json_t *o = json_object(), *data = measure_response_to_data(r);
	char day[11], t[6], off[7], stamp[21];

	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "uid", json_string(r->uid));
	json_object_set_new(o, "measure", json_string(r->measure));
	json_object_set_new(o, "name", e->m ? json_string(e->m->name) : json_null());
	wdate_format(r->when.date, day);
	json_object_set_new(o, "date", json_string(day));
	wclock_format(r->when.minute, t);
	json_object_set_new(o, "time", json_string(t));
	woffset_format(r->when.utc_offset, off);
	json_object_set_new(o, "utc_offset", json_string(off));
	wutc_format(r->created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	json_object_set_new(o, "status", json_string(r->complete ? "complete" : "incomplete"));
	json_object_set_new(o, "total", r->complete ? measure_total_to_json(r->total) : json_null());
	json_object_set_new(o, "max", e->m ? measure_total_to_json(e->m->max) : json_null());
	json_object_set_new(o, "band", e->band ? json_string(e->band->label) : json_null());
	json_object_set(o, "answers", json_object_get(data, "answers"));
	if (r->nsafety)
		json_object_set(o, "safety_response", json_object_get(data, "safety_response"));
	json_object_set_new(o, "caseness", tri(e->is_case));
	json_object_set_new(o, "change_from_first", e->has_change ? measure_total_to_json(e->change) : json_null());
	json_object_set_new(o, "reliable_change", !e->has_change || !e->m || !e->m->has_rc ? json_null()
			    : json_string(e->reliable > 0 ? "improvement"
					  : e->reliable < 0 ? "deterioration" : "none"));
	json_decref(data);
	return o;
}

static json_t *pair_json(const struct measure_tt *tt, struct wdate day, double dep,
			 double anx)
{
	json_t *o = json_object();
	char d[11];

	wdate_format(day, d);
	json_object_set_new(o, "date", json_string(d));
	json_object_set_new(o, tt->dep->id, measure_total_to_json(dep));
	json_object_set_new(o, tt->anx->id, measure_total_to_json(anx));
	json_object_set_new(o, "caseness", json_boolean(measure_is_case(tt->dep, dep) == 1 ||
							measure_is_case(tt->anx, anx) == 1));
	return o;
}

json_t *measure_tt_to_json(const struct measure_tt *tt)
{
	json_t *o;
	int two = tt->npairs >= 2;

	if (!tt->npairs)
		return json_null();
	o = json_object();
	json_object_set_new(o, "label", json_string(
		"Talking-Therapies-style indicators: for your own reflection, not official statistics and not a diagnosis"));
	json_object_set_new(o, "paired_days", json_integer((json_int_t)tt->npairs));
	json_object_set_new(o, "first", pair_json(tt, tt->first_day, tt->dep_first, tt->anx_first));
	json_object_set_new(o, "latest", two ? pair_json(tt, tt->last_day, tt->dep_last, tt->anx_last)
				       : json_null());
	json_object_set_new(o, "reliable_improvement", two ? json_boolean(tt->ind.reliable_improvement) : json_null());
	json_object_set_new(o, "reliable_deterioration", two ? json_boolean(tt->ind.reliable_deterioration) : json_null());
	json_object_set_new(o, "recovery", two ? tri(tt->ind.recovery) : json_null());
	json_object_set_new(o, "reliable_recovery", two ? tri(tt->ind.reliable_recovery) : json_null());
	return o;
}
