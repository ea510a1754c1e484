/* SPDX-License-Identifier: MIT */
/*
 * fhir.c: the person's questionnaire answers as a FHIR R4 Bundle (type
 * "collection"), built with jansson, for a clinician's system
 * (docs/export-format.md, "FHIR"; ../shared/reference/instruments.md §3):
 *
 *   - one Patient with no details at all: the subject and author of every
 *     response (the person answered for themself), to be matched by
 *     whoever receives the file;
 *   - one Questionnaire per measure answered, with the codes its
 *     definition carries (LOINC panel, items and answers) and each answer's
 *     score as the ordinalValue extension;
 *   - one QuestionnaireResponse per response ("completed", or "stopped"
 *     when a scored question was left unanswered);
 *   - one Observation per complete response: the total score, coded with
 *     LOINC (and SNOMED CT where the definition has it), its band as the
 *     interpretation, derived from the response.
 *
 * Responses to a measure this Waymark has no definition for are left out
 * and counted. Identifiers are stable: a resource's id is a UUID made from
 * its record's uid (or a hash of the measure's id), so exporting twice
 * gives the same resources. No I/O here apart from transfer_fhir's reads.
 */
#include <ctype.h>

#include "core/wtime.h"
#include "core/xalloc.h"
#include "crypto/crypto.h"
#include "features/measures/measures.h"
#include "transfer.h"

#define LOINC "http://loinc.org"
#define SNOMED "http://snomed.info/sct"
#define UCUM "http://unitsofmeasure.org"
#define ORDINAL "http://hl7.org/fhir/StructureDefinition/ordinalValue"
#define CALCULATED "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
#define CATEGORY "http://terminology.hl7.org/CodeSystem/observation-category"

/* A UUID (8-4-4-4-12 hex digits) from 32 hex digits; out holds 37 bytes. */
static void uuid_from_hex(const char *hex, char out[37])
{
	size_t o = 0;
	for (size_t i = 0; i < 32; i++) {
		if (i == 8 || i == 12 || i == 16 || i == 20)
			out[o++] = '-';
		out[o++] = hex[i];
	}
	out[o] = '\0';
}

/* A stable UUID for what (a label and a name). */
static void uuid_for(const char *label, const char *name, char out[37])
{
	struct buf b = BUF_INIT;
	char hex[33];

	buf_addf(&b, "waymark-fhir-%s:%s", label, name);
	crypto_hash_uid(b.data, b.len, hex);
	uuid_from_hex(hex, out);
	buf_release(&b);
}

static json_t *reference(const char *uuid)
{
	struct buf b = BUF_INIT;
	json_t *r;
	buf_addf(&b, "urn:uuid:%s", uuid);
	r = json_pack("{s:s}", "reference", b.data);
	buf_release(&b);
	return r;
}

static json_t *coding(const char *system, const char *code, const char *display)
{
	json_t *c = json_pack("{s:s, s:s}", "system", system, "code", code);
	if (display)
		json_object_set_new(c, "display", json_string(display));
	return c;
}

/* "2026-03-14T09:30:00+00:00" */
static void datetime(const struct wlocal *w, char out[26])
{
	char d[11], t[6], off[7];
	wdate_format(w->date, d);
	wclock_format(w->minute, t);
	woffset_format(w->utc_offset, off);
	snprintf(out, 26, "%sT%s:%02d%s", d, t, w->second, off);
}

/* The canonical URL of a measure's Questionnaire: our own URN, since
 * Waymark has no web address of its own to claim. */
static void canonical(struct buf *b, const struct measure *m)
{
	buf_addf(b, "urn:waymark:questionnaire:%s", m->id);
}

static void item_link(struct buf *b, const struct measure_item *it)
{
	if (it->loinc)
		buf_addf(b, "/%s", it->loinc);
	else
		buf_adds(b, it->id);
}

static void total_link(struct buf *b, const struct measure *m)
{
	if (m->score_loinc)
		buf_addf(b, "/%s", m->score_loinc);
	else
		buf_adds(b, "total");
}

static json_t *option_coding(const struct measure *m, const struct measure_option *o)
{
	struct buf sys = BUF_INIT, code = BUF_INIT;
	json_t *c;

	if (o->loinc)
		return coding(LOINC, o->loinc, o->label);
	/* no standard code: the measure's own */
	buf_addf(&sys, "urn:waymark:measure:%s:answer", m->id);
	buf_addf(&code, "%d", o->value);
	c = coding(sys.data, code.data, o->label);
	buf_release(&sys);
	buf_release(&code);
	return c;
}

/* Only a plain sum of the ordinals can be written as FHIRPath: no mean,
 * lookup table or reverse-scored item. */
static int sum_of_ordinals(const struct measure *m)
{
	if (m->method != MEASURE_SUM || m->ntransform)
		return 0;
	for (size_t i = 0; i < m->nitems; i++)
		if (m->items[i].scored && m->items[i].reverse)
			return 0;
	return 1;
}

/* A FHIR computable name from the measure's: letters and digits only,
 * starting with a capital ("PHQ-9" -> "PHQ9"). */
static void computable_name(struct buf *b, const struct measure *m)
{
	for (const char *p = m->name; *p; p++)
		if (isalnum((unsigned char)*p))
			buf_addch(b, (char)toupper((unsigned char)*p));
	if (!b->len || !isalpha((unsigned char)b->data[0])) {
		buf_reset(b);
		buf_adds(b, "Measure");
	}
}

static json_t *questionnaire(const struct measure *m, const char *uuid)
{
	json_t *q = json_object(), *items = json_array();
	struct buf b = BUF_INIT, expr = BUF_INIT;

	json_object_set_new(q, "resourceType", json_string("Questionnaire"));
	json_object_set_new(q, "id", json_string(uuid));
	canonical(&b, m);
	json_object_set_new(q, "url", json_string(b.data));
	buf_reset(&b);
	json_object_set_new(q, "version", json_string("1"));
	computable_name(&b, m);
	json_object_set_new(q, "name", json_string(b.data));
	json_object_set_new(q, "title", json_string(m->title));
	json_object_set_new(q, "status", json_string("active"));
	json_object_set_new(q, "subjectType", json_pack("[s]", "Patient"));
	if (m->copyright)
		json_object_set_new(q, "copyright", json_string(m->copyright));
	if (m->loinc)
		json_object_set_new(q, "code", json_pack("[o]", coding(LOINC, m->loinc, NULL)));
	buf_adds(&expr, "%resource.item.where(");
	for (size_t i = 0, n = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		json_t *item = json_object(), *opts = json_array();
		buf_reset(&b);
		item_link(&b, it);
		json_object_set_new(item, "linkId", json_string(b.data));
		if (it->scored)
			buf_addf(&expr, "%slinkId = '%s'", n++ ? " or " : "", b.data);
		if (it->loinc)
			json_object_set_new(item, "code", json_pack("[o]", coding(LOINC, it->loinc, NULL)));
		json_object_set_new(item, "text", json_string(it->text));
		json_object_set_new(item, "type", json_string("choice"));
		json_object_set_new(item, "required", json_boolean(it->scored));
		for (size_t o = 0; o < it->noptions; o++)
			json_array_append_new(opts, json_pack("{s:o, s:[{s:s, s:i}]}",
				"valueCoding", option_coding(m, &it->options[o]),
				"extension", "url", ORDINAL, "valueDecimal", it->options[o].value));
		json_object_set_new(item, "answerOption", opts);
		json_array_append_new(items, item);
	}
	buf_adds(&expr, ").answer.value.ordinal().sum()");
	{
		json_t *total = json_object();
		buf_reset(&b);
		total_link(&b, m);
		json_object_set_new(total, "linkId", json_string(b.data));
		if (m->score_loinc)
			json_object_set_new(total, "code", json_pack("[o]", coding(LOINC, m->score_loinc, NULL)));
		buf_reset(&b);
		buf_addf(&b, "%s total score", m->name);
		json_object_set_new(total, "text", json_string(b.data));
		json_object_set_new(total, "type", json_string("decimal"));
		json_object_set_new(total, "readOnly", json_true());
		if (sum_of_ordinals(m))
			json_object_set_new(total, "extension", json_pack("[{s:s, s:{s:s, s:s}}]",
				"url", CALCULATED, "valueExpression", "language", "text/fhirpath",
				"expression", expr.data));
		json_array_append_new(items, total);
	}
	json_object_set_new(q, "item", items);
	buf_release(&b);
	buf_release(&expr);
	return q;
}

static const struct measure_option *option_for(const struct measure_item *it, int value)
{
	for (size_t o = 0; o < it->noptions; o++)
		if (it->options[o].value == value)
			return &it->options[o];
	return NULL;
}

static json_t *questionnaire_response(const struct measure *m,
				      const struct measure_response *r,
				      const char *uuid, const char *patient)
{
	json_t *qr = json_object(), *items = json_array();
	struct buf b = BUF_INIT;
	char when[26];

	json_object_set_new(qr, "resourceType", json_string("QuestionnaireResponse"));
	json_object_set_new(qr, "id", json_string(uuid));
	json_object_set_new(qr, "identifier", json_pack("{s:s, s:s}",
		"system", "urn:waymark:record", "value", r->uid));
	canonical(&b, m);
	buf_adds(&b, "|1");
	json_object_set_new(qr, "questionnaire", json_string(b.data));
	json_object_set_new(qr, "status", json_string(r->complete ? "completed" : "stopped"));
	json_object_set_new(qr, "subject", reference(patient));
	datetime(&r->when, when);
	json_object_set_new(qr, "authored", json_string(when));
	json_object_set_new(qr, "author", reference(patient));
	json_object_set_new(qr, "source", reference(patient));
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		int v = measure_response_answer(r, it->id);
		const struct measure_option *o = v >= 0 ? option_for(it, v) : NULL;
		if (!o)
			continue; /* unanswered: never filled in */
		buf_reset(&b);
		item_link(&b, it);
		json_array_append_new(items, json_pack("{s:s, s:s, s:[{s:o}]}",
			"linkId", b.data, "text", it->text,
			"answer", "valueCoding", option_coding(m, o)));
	}
	if (r->complete) {
		buf_reset(&b);
		total_link(&b, m);
		json_array_append_new(items, json_pack("{s:s, s:[{s:o}]}", "linkId", b.data,
			"answer", "valueDecimal", json_real(r->total)));
	}
	json_object_set_new(qr, "item", items);
	buf_release(&b);
	return qr;
}

static json_t *observation(const struct measure *m, const struct measure_response *r,
			   const char *uuid, const char *qr_uuid, const char *patient)
{
	json_t *o = json_object(), *codings = json_array();
	const struct measure_band *band = measure_band_for(m, r->total);
	struct buf b = BUF_INIT;
	char when[26];

	json_object_set_new(o, "resourceType", json_string("Observation"));
	json_object_set_new(o, "id", json_string(uuid));
	json_object_set_new(o, "status", json_string("final"));
	json_object_set_new(o, "category", json_pack("[{s:[o]}]", "coding",
		coding(CATEGORY, "survey", "Survey")));
	if (m->score_loinc)
		json_array_append_new(codings, coding(LOINC, m->score_loinc, NULL));
	if (m->score_snomed)
		json_array_append_new(codings, coding(SNOMED, m->score_snomed, NULL));
	buf_addf(&b, "%s total score", m->name);
	json_object_set_new(o, "code", json_pack("{s:o, s:s}", "coding", codings, "text", b.data));
	json_object_set_new(o, "subject", reference(patient));
	datetime(&r->when, when);
	json_object_set_new(o, "effectiveDateTime", json_string(when));
	json_object_set_new(o, "valueQuantity", json_pack("{s:o, s:s, s:s, s:s}",
		"value", measure_total_to_json(r->total), "unit", "{score}",
		"system", UCUM, "code", "{score}"));
	if (band)
		json_object_set_new(o, "interpretation", json_pack("[{s:s}]", "text", band->label));
	json_object_set_new(o, "derivedFrom", json_pack("[o]", reference(qr_uuid)));
	buf_release(&b);
	return o;
}

static void add_entry(json_t *entries, const char *uuid, json_t *resource)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "urn:uuid:%s", uuid);
	json_array_append_new(entries, json_pack("{s:s, s:o}", "fullUrl", b.data,
						 "resource", resource));
	buf_release(&b);
}

json_t *transfer_fhir_build(const struct measure_catalog *c,
			    const struct measure_response_list *l, time_t now,
			    long *left_out)
{
	json_t *bundle = json_object(), *entries = json_array();
	struct wlocal at;
	char patient[37], id[37], when[26];
	int *used = xcalloc(c->n + 1, sizeof(*used));

	*left_out = 0;
	/* the patient's id is stable for a set of responses */
	{
		struct buf all = BUF_INIT;
		for (size_t i = 0; i < l->n; i++)
			buf_adds(&all, l->items[i].uid);
		uuid_for("patient", all.data, patient);
		buf_release(&all);
	}
	wlocal_from_time(now, &at);
	datetime(&at, when);
	uuid_for("bundle", patient, id);
	json_object_set_new(bundle, "resourceType", json_string("Bundle"));
	json_object_set_new(bundle, "id", json_string(id));
	json_object_set_new(bundle, "type", json_string("collection"));
	json_object_set_new(bundle, "timestamp", json_string(when));
	add_entry(entries, patient, json_pack("{s:s, s:s}", "resourceType", "Patient", "id", patient));
	for (size_t i = 0; i < l->n; i++) {
		const struct measure *m = measure_find(c, l->items[i].measure);
		if (m && !used[m - c->items]) {
			used[m - c->items] = 1;
			uuid_for("questionnaire", m->id, id);
			add_entry(entries, id, questionnaire(m, id));
		}
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct measure_response *r = &l->items[i];
		const struct measure *m = measure_find(c, r->measure);
		char qr[37];
		if (!m) {
			(*left_out)++;
			continue;
		}
		uuid_from_hex(r->uid, qr);
		add_entry(entries, qr, questionnaire_response(m, r, qr, patient));
		if (r->complete) {
			uuid_for("observation", r->uid, id);
			add_entry(entries, id, observation(m, r, id, qr, patient));
		}
	}
	json_object_set_new(bundle, "entry", entries);
	free(used);
	return bundle;
}

int transfer_fhir(struct waymark *wm, json_t **out, long *nresponses,
		  long *left_out, struct err *err)
{
	struct measure_catalog c;
	struct measure_response_list l;

	measure_catalog_init(&c);
	if (measure_catalog_load(&c, NULL, err)) {
		measure_catalog_release(&c);
		return -1;
	}
	if (measures_list(wm, NULL, &l, err)) {
		measure_catalog_release(&c);
		return -1;
	}
	*out = transfer_fhir_build(&c, &l, wnow(), left_out);
	*nresponses = (long)l.n - *left_out;
	measure_response_list_release(&l);
	measure_catalog_release(&c);
	return 0;
}
