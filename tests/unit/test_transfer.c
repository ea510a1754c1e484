/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include <csv.h>

#include "core/xalloc.h"
#include "features/diary/diary.h"
#include "features/measures/measures.h"
#include "features/transfer/transfer.h"
#include "vault/record.h"
#include "vault/vault.h"

static int setup(void **state)
{
	(void)state;
	setenv("WAYMARK_TEST_WEAK_KDF", "1", 1);
	return vault_global_init();
}

static void add(struct waymark *wm, int mood, const char *note, const char *tags)
{
	struct checkin c;
	struct err err = ERR_INIT;
	checkin_init(&c);
	wlocal_make((struct wdate){ 2026, 1, mood + 1 }, 8 * 60 + mood, &c.when);
	c.mood = mood;
	if (note)
		assert_int_equal(diary_set_text(&c.note, "note", note, DIARY_NOTE_MAX, &err), 0);
	if (tags)
		assert_int_equal(diary_parse_tags(&c, tags, &err), 0);
	assert_int_equal(diary_add(wm, &c, &err), 0);
	checkin_release(&c);
}

static json_t *records_of(struct waymark *wm)
{
	struct err err = ERR_INIT;
	json_t *doc, *r;
	assert_int_equal(transfer_export(wm, &doc, &err), 0);
	r = json_incref(json_object_get(doc, "records"));
	json_decref(doc);
	return r;
}

static void test_transfer__export_import_export_is_lossless(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.db"), *b = test_path(dir, "b.db");
	struct waymark wa, wb;
	struct err err = ERR_INIT;
	struct buf rec = BUF_INIT;
	struct transfer_counts n;
	json_t *doc, *r1, *r2;
	(void)state;
	assert_int_equal(vault_open(&wa, a, VAULT_CREATE, &err), 0);
	add(&wa, 3, "first \"quoted\" <note>\nwith two lines", "work,rain");
	add(&wa, 7, NULL, "walk");
	add(&wa, 0, "caf\xc3\xa9", NULL);
	assert_int_equal(transfer_export(&wa, &doc, &err), 0);
	assert_string_equal(json_string_value(json_object_get(doc, "format")), "waymark-export");
	assert_int_equal(json_integer_value(json_object_get(doc, "version")), 1);

	/* into an encrypted vault */
	assert_int_equal(vault_init(&wb, b, "a long passphrase", &rec, &err), 0);
	assert_int_equal(transfer_import(&wb, doc, 0, &n, &err), 0);
	assert_int_equal(n.read, 3);
	assert_int_equal(n.added, 3);
	r1 = records_of(&wa);
	r2 = records_of(&wb);
	assert_true(json_equal(r1, r2));
	json_decref(r2);

	/* the same file again adds nothing */
	assert_int_equal(transfer_import(&wb, doc, 0, &n, &err), 0);
	assert_int_equal(n.added, 0);
	assert_int_equal(n.unchanged, 3);
	r2 = records_of(&wb);
	assert_true(json_equal(r1, r2));
	json_decref(r1);
	json_decref(r2);
	json_decref(doc);
	vault_close(&wa);
	vault_close(&wb);
	buf_release(&rec);
	free(a);
	free(b);
	test_rmdir(dir);
}

static void test_transfer__a_bad_record_means_nothing_is_written(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.db");
	struct waymark wm;
	struct err err = ERR_INIT;
	struct transfer_counts n;
	json_t *doc, *recs;
	long count;
	(void)state;
	assert_int_equal(vault_open(&wm, a, VAULT_CREATE, &err), 0);
	add(&wm, 5, "one", NULL);
	add(&wm, 6, "two", NULL);
	assert_int_equal(transfer_export(&wm, &doc, &err), 0);
	vault_close(&wm);
	unlink(a);
	/* spoil the second record */
	recs = json_object_get(doc, "records");
	json_object_set_new(json_object_get(json_array_get(recs, 1), "data"), "mood",
			    json_integer(11));
	assert_int_equal(vault_open(&wm, a, VAULT_CREATE, &err), 0);
	assert_int_equal(transfer_import(&wm, doc, 0, &n, &err), -1);
	assert_int_equal(err.kind, ERR_INPUT);
	assert_non_null(strstr(err.msg, "record 2"));
	assert_int_equal(record_count(&wm, &count, &err), 0);
	assert_int_equal(count, 0);
	json_decref(doc);

	doc = json_pack("{s:s, s:i, s:[]}", "format", "waymark-export", "version", 2, "records");
	assert_int_equal(transfer_import(&wm, doc, 0, &n, &err), -1);
	assert_non_null(strstr(err.msg, "newer Waymark"));
	json_decref(doc);
	doc = json_pack("{s:s}", "format", "daylio");
	assert_int_equal(transfer_import(&wm, doc, 0, &n, &err), -1);
	json_decref(doc);
	vault_close(&wm);
	free(a);
	test_rmdir(dir);
}

static void test_transfer__dry_run_writes_nothing(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.db"), *b = test_path(dir, "b.db");
	struct waymark wa, wb;
	struct err err = ERR_INIT;
	struct transfer_counts n;
	json_t *doc;
	long count;
	(void)state;
	assert_int_equal(vault_open(&wa, a, VAULT_CREATE, &err), 0);
	add(&wa, 5, "one", NULL);
	assert_int_equal(transfer_export(&wa, &doc, &err), 0);
	assert_int_equal(vault_open(&wb, b, VAULT_CREATE, &err), 0);
	assert_int_equal(transfer_import(&wb, doc, 1, &n, &err), 0);
	assert_int_equal(n.added, 1);
	assert_int_equal(record_count(&wb, &count, &err), 0);
	assert_int_equal(count, 0);
	json_decref(doc);
	vault_close(&wa);
	vault_close(&wb);
	free(a);
	free(b);
	test_rmdir(dir);
}

/* ---- CSV ---- */

/* What libcsv's parser reads back: rows of fields. */
struct parsed {
	char *cells[8][32];
	size_t ncols[8];
	size_t nrows;
};

static void on_cell(void *s, size_t len, void *ctx)
{
	struct parsed *p = ctx;
	assert_true(p->nrows < 8 && p->ncols[p->nrows] < 32);
	p->cells[p->nrows][p->ncols[p->nrows]++] = xstrndup(s ? s : "", s ? len : 0);
}

static void on_row(int c, void *ctx)
{
	(void)c;
	((struct parsed *)ctx)->nrows++;
}

static void parse_csv(const struct buf *b, struct parsed *p)
{
	struct csv_parser cp;
	const char *text = b->data;
	size_t len = b->len;

	memset(p, 0, sizeof(*p));
	/* the byte-order mark comes first, for spreadsheets */
	assert_memory_equal(text, "\xef\xbb\xbf", 3);
	text += 3;
	len -= 3;
	assert_int_equal(csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI), 0);
	assert_int_equal(csv_parse(&cp, text, len, on_cell, on_row, p), len);
	assert_int_equal(csv_fini(&cp, on_cell, on_row, p), 0);
	csv_free(&cp);
}

static void free_parsed(struct parsed *p)
{
	for (size_t r = 0; r < 8; r++)
		for (size_t c = 0; c < p->ncols[r]; c++)
			free(p->cells[r][c]);
}

static void test_transfer__csv_round_trips_through_libcsv(void **state)
{
	const char *note = "a note, with commas,\n\"quotes\" and\r\nline breaks; caf\xc3\xa9";
	struct checkin_list l;
	struct tracker_list defs;
	struct err err = ERR_INIT;
	struct buf out = BUF_INIT;
	struct parsed p;
	(void)state;
	l.n = 2;
	l.items = xcalloc(2, sizeof(*l.items));
	checkin_init(&l.items[0]);
	wlocal_make((struct wdate){ 2026, 3, 1 }, 9 * 60 + 5, &l.items[0].when);
	l.items[0].mood = 3;
	l.items[0].bed = 23 * 60 + 30;
	l.items[0].wake = 7 * 60 + 10;
	l.items[0].quality = 4;
	l.items[0].note = xstrdup(note);
	l.items[0].for_appointment = 1;
	assert_int_equal(diary_parse_with(&l.items[0], "Sam, Alex", &err), 0);
	assert_int_equal(diary_parse_tags(&l.items[0], "work, rain", &err), 0);
	checkin_set_value(&l.items[0], "energy", 2);
	checkin_set_value(&l.items[0], "meds", 1);
	checkin_set_value(&l.items[0], "gone", 7); /* a tracker not defined */
	checkin_init(&l.items[1]);
	wlocal_make((struct wdate){ 2026, 3, 2 }, 21 * 60, &l.items[1].when);
	l.items[1].alone = 1;
	l.items[1].win = xstrdup("=1+1 stays text");
	defs.n = 2;
	defs.items = xcalloc(2, sizeof(*defs.items));
	tracker_init(&defs.items[0]);
	tracker_init(&defs.items[1]);
	snprintf(defs.items[0].key, sizeof(defs.items[0].key), "energy");
	defs.items[0].name = xstrdup("Energy");
	defs.items[0].type = TRACKER_SCALE;
	snprintf(defs.items[1].key, sizeof(defs.items[1].key), "meds");
	defs.items[1].name = xstrdup("mood"); /* the same name as a column */
	defs.items[1].type = TRACKER_YESNO;

	transfer_csv_build(&l, &defs, &out);
	parse_csv(&out, &p);
	assert_int_equal(p.nrows, 3);
	assert_int_equal(p.ncols[0], 21);
	assert_int_equal(p.ncols[1], 21);
	assert_int_equal(p.ncols[2], 21);
	assert_string_equal(p.cells[0][0], "Date");
	assert_string_equal(p.cells[0][15], "Note");
	assert_string_equal(p.cells[0][18], "Energy");
	assert_string_equal(p.cells[0][19], "mood (tracker)");
	assert_string_equal(p.cells[0][20], "gone");
	assert_string_equal(p.cells[1][0], "2026-03-01");
	assert_string_equal(p.cells[1][1], "09:05");
	assert_string_equal(p.cells[1][3], "3");
	assert_string_equal(p.cells[1][4], "quite low");
	assert_string_equal(p.cells[1][5], "23:30");
	assert_string_equal(p.cells[1][6], "07:10");
	assert_string_equal(p.cells[1][7], "7.67");
	assert_string_equal(p.cells[1][8], "4");
	assert_string_equal(p.cells[1][11], "Sam, Alex");
	assert_string_equal(p.cells[1][14], "work, rain");
	/* the note comes back exactly, CRLF inside it included */
	assert_string_equal(p.cells[1][15], note);
	assert_string_equal(p.cells[1][17], "yes");
	assert_string_equal(p.cells[1][18], "2");
	assert_string_equal(p.cells[1][19], "yes");
	assert_string_equal(p.cells[1][20], "7");
	assert_string_equal(p.cells[2][3], "");
	assert_string_equal(p.cells[2][10], "yes");
	assert_string_equal(p.cells[2][16], "=1+1 stays text");
	assert_string_equal(p.cells[2][18], "");
	free_parsed(&p);
	buf_release(&out);
	checkin_list_release(&l);
	tracker_list_release(&defs);
}

/* ---- FHIR ---- */

static const struct {
	const char *measure, *panel, *score, *items[9];
} codes[] = {
	{ "phq9", "44249-1", "44261-6", { "44250-9", "44255-8", "44259-0", "44254-1",
		"44251-7", "44258-2", "44252-5", "44253-3", "44260-8" } },
	{ "gad7", "69737-5", "70274-6", { "69725-0", "68509-9", "69733-4", "69734-2",
		"69735-9", "69689-8", "69736-7" } },
};

static int in_set(const char *s, const char *const *set)
{
	for (; s && *set; set++)
		if (!strcmp(s, *set))
			return 1;
	return 0;
}

/* 1 if the bundle has an entry whose fullUrl is ref. */
static int resolves(json_t *bundle, const char *ref)
{
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(bundle, "entry"), i, e)
		if (ref && !strcmp(json_string_value(json_object_get(e, "fullUrl")), ref))
			return 1;
	return 0;
}

static const char *str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* A Coding with a system and a code (R4: both strings when present). */
static void check_coding(json_t *c)
{
	assert_true(json_is_object(c));
	assert_non_null(str(c, "system"));
	assert_non_null(str(c, "code"));
}

/* The first coding of system in a list of codings. */
static const char *code_in(json_t *codings, const char *system)
{
	size_t i;
	json_t *c;
	json_array_foreach(codings, i, c) {
		check_coding(c);
		if (!strcmp(str(c, "system"), system))
			return str(c, "code");
	}
	return NULL;
}

/* The resource shapes of FHIR R4 that matter here: required elements,
 * cardinalities, value sets and references. */
static void check_bundle(json_t *b, size_t *counts)
{
	static const char *const bundle_types[] = { "document", "message", "transaction",
		"transaction-response", "batch", "batch-response", "history", "searchset",
		"collection", NULL };
	static const char *const q_status[] = { "draft", "active", "retired", "unknown", NULL };
	static const char *const item_types[] = { "group", "display", "boolean", "decimal",
		"integer", "date", "dateTime", "time", "string", "text", "url", "choice",
		"open-choice", "attachment", "reference", "quantity", NULL };
	static const char *const qr_status[] = { "in-progress", "completed", "amended",
		"entered-in-error", "stopped", NULL };
	static const char *const obs_status[] = { "registered", "preliminary", "final",
		"amended", "corrected", "cancelled", "entered-in-error", "unknown", NULL };
	size_t i;
	json_t *e;

	assert_string_equal(str(b, "resourceType"), "Bundle");
	assert_true(in_set(str(b, "type"), bundle_types));
	assert_string_equal(str(b, "type"), "collection");
	assert_true(json_is_array(json_object_get(b, "entry")));
	json_array_foreach(json_object_get(b, "entry"), i, e) {
		json_t *r = json_object_get(e, "resource"), *v;
		const char *type = str(r, "resourceType"), *full = str(e, "fullUrl");
		size_t j;
		assert_non_null(type);
		assert_non_null(full);
		/* fullUrl is urn:uuid: and the id */
		assert_int_equal(strncmp(full, "urn:uuid:", 9), 0);
		assert_string_equal(full + 9, str(r, "id"));
		assert_int_equal(strlen(str(r, "id")), 36);
		if (!strcmp(type, "Patient")) {
			counts[0]++;
			/* nothing that identifies the person */
			assert_int_equal(json_object_size(r), 2);
		} else if (!strcmp(type, "Questionnaire")) {
			json_t *item;
			counts[1]++;
			assert_true(in_set(str(r, "status"), q_status));
			assert_non_null(str(r, "url"));
			assert_non_null(str(r, "copyright"));
			json_array_foreach(json_object_get(r, "item"), j, item) {
				size_t k;
				json_t *opt;
				assert_non_null(str(item, "linkId"));
				assert_true(in_set(str(item, "type"), item_types));
				json_array_foreach(json_object_get(item, "answerOption"), k, opt) {
					json_t *ext = json_array_get(json_object_get(opt, "extension"), 0);
					check_coding(json_object_get(opt, "valueCoding"));
					assert_string_equal(str(ext, "url"),
							    "http://hl7.org/fhir/StructureDefinition/ordinalValue");
					assert_true(json_is_number(json_object_get(ext, "valueDecimal")));
				}
			}
		} else if (!strcmp(type, "QuestionnaireResponse")) {
			json_t *item;
			counts[2]++;
			assert_true(in_set(str(r, "status"), qr_status));
			assert_non_null(str(r, "questionnaire"));
			assert_non_null(str(r, "authored"));
			assert_true(resolves(b, str(json_object_get(r, "subject"), "reference")));
			assert_true(resolves(b, str(json_object_get(r, "author"), "reference")));
			json_array_foreach(json_object_get(r, "item"), j, item) {
				assert_non_null(str(item, "linkId"));
				v = json_array_get(json_object_get(item, "answer"), 0);
				assert_true(json_object_get(v, "valueCoding") ||
					    json_is_number(json_object_get(v, "valueDecimal")));
			}
		} else if (!strcmp(type, "Observation")) {
			counts[3]++;
			assert_true(in_set(str(r, "status"), obs_status));
			v = json_array_get(json_object_get(r, "category"), 0);
			assert_string_equal(code_in(json_object_get(v, "coding"),
				"http://terminology.hl7.org/CodeSystem/observation-category"), "survey");
			assert_true(json_is_object(json_object_get(r, "code")));
			assert_true(resolves(b, str(json_object_get(r, "subject"), "reference")));
			assert_non_null(str(r, "effectiveDateTime"));
			v = json_object_get(r, "valueQuantity");
			assert_true(json_is_number(json_object_get(v, "value")));
			assert_string_equal(str(v, "system"), "http://unitsofmeasure.org");
			assert_string_equal(str(v, "code"), "{score}");
			v = json_array_get(json_object_get(r, "derivedFrom"), 0);
			assert_true(resolves(b, str(v, "reference")));
		} else {
			fail_msg("unexpected resource %s", type);
		}
	}
}

/* The resource of type whose field key is value (or which holds the
 * canonical url), or NULL. */
static json_t *find_resource(json_t *b, const char *type, const char *key, const char *value)
{
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(b, "entry"), i, e) {
		json_t *r = json_object_get(e, "resource");
		if (!strcmp(str(r, "resourceType"), type) && str(r, key) && !strcmp(str(r, key), value))
			return r;
	}
	return NULL;
}

static void respond(const struct measure_catalog *c, const char *id, const char *answers,
		    int day, struct measure_response_list *l)
{
	const struct measure *m = measure_find(c, id);
	struct measure_answer *a;
	struct err err = ERR_INIT;
	size_t n;
	struct measure_response *r;

	l->items = xrealloc(l->items, (l->n + 1) * sizeof(*l->items));
	r = &l->items[l->n++];
	measure_response_init(r);
	assert_int_equal(measure_parse_answers(m, answers, &a, &n, &err), 0);
	assert_int_equal(measure_response_fill(r, m, &a, n, &err), 0);
	snprintf(r->uid, sizeof(r->uid), "%032x", day);
	wlocal_make((struct wdate){ 2026, 3, day }, 10 * 60, &r->when);
}

static void test_transfer__fhir_bundle_has_the_r4_shapes_and_loinc_codes(void **state)
{
	struct measure_catalog c;
	struct measure_response_list l = { NULL, 0 };
	struct err err = ERR_INIT;
	size_t counts[4] = { 0 };
	long left_out;
	json_t *b, *again, *q, *qr, *obs;
	(void)state;
	measure_catalog_init(&c);
	assert_int_equal(measure_catalog_load(&c, "/nonexistent", &err), 0);
	respond(&c, "phq9", "1,2,1,0,1,2,1,0,0,1", 1, &l);
	respond(&c, "gad7", "1,1,1,1,0,0,1", 1, &l);
	respond(&c, "phq9", "0,1,0,0,-,0,0,0,0", 8, &l); /* incomplete */
	b = transfer_fhir_build(&c, &l, 1773480600, &left_out);
	assert_int_equal(left_out, 0);
	check_bundle(b, counts);
	assert_int_equal(counts[0], 1);
	assert_int_equal(counts[1], 2); /* one Questionnaire per measure */
	assert_int_equal(counts[2], 3);
	assert_int_equal(counts[3], 2); /* no Observation for an incomplete one */

	for (size_t m = 0; m < ARRAY_SIZE(codes); m++) {
		struct buf url = BUF_INIT;
		buf_addf(&url, "urn:waymark:questionnaire:%s", codes[m].measure);
		q = find_resource(b, "Questionnaire", "url", url.data);
		assert_non_null(q);
		assert_string_equal(code_in(json_object_get(q, "code"), "http://loinc.org"), codes[m].panel);
		for (size_t i = 0; i < 9 && codes[m].items[i]; i++) {
			json_t *item = json_array_get(json_object_get(q, "item"), i);
			char link[16];
			snprintf(link, sizeof(link), "/%s", codes[m].items[i]);
			assert_string_equal(str(item, "linkId"), link);
			assert_string_equal(code_in(json_object_get(item, "code"), "http://loinc.org"),
					    codes[m].items[i]);
			assert_string_equal(str(item, "type"), "choice");
			/* the frequency answers carry their LOINC answer codes */
			assert_string_equal(str(json_object_get(json_array_get(json_object_get(item, "answerOption"), 3),
								"valueCoding"), "code"), "LA6571-9");
		}
		/* the total: read-only, coded, worked out as a sum */
		{
			json_t *items = json_object_get(q, "item");
			json_t *total = json_array_get(items, json_array_size(items) - 1);
			assert_string_equal(code_in(json_object_get(total, "code"), "http://loinc.org"), codes[m].score);
			assert_true(json_is_true(json_object_get(total, "readOnly")));
			assert_non_null(json_object_get(total, "extension"));
		}
		buf_release(&url);
	}
	qr = find_resource(b, "QuestionnaireResponse", "id", "00000000-0000-0000-0000-000000000001");
	assert_non_null(qr);
	assert_string_equal(str(qr, "status"), "completed");
	assert_string_equal(str(qr, "questionnaire"), "urn:waymark:questionnaire:phq9|1");
	assert_string_equal(str(qr, "authored"), "2026-03-01T10:00:00+00:00");
	/* nine answers, the difficulty question and the total */
	assert_int_equal(json_array_size(json_object_get(qr, "item")), 11);
	obs = NULL;
	{
		size_t i;
		json_t *e;
		json_array_foreach(json_object_get(b, "entry"), i, e) {
			json_t *r = json_object_get(e, "resource");
			if (!strcmp(str(r, "resourceType"), "Observation") &&
			    !strcmp(code_in(json_object_get(json_object_get(r, "code"), "coding"),
					    "http://loinc.org"), "44261-6"))
				obs = r;
		}
	}
	assert_non_null(obs);
	assert_string_equal(code_in(json_object_get(json_object_get(obs, "code"), "coding"),
				    "http://snomed.info/sct"), "720433000");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(obs, "valueQuantity"), "value")), 8);
	assert_string_equal(str(json_array_get(json_object_get(obs, "interpretation"), 0), "text"), "mild");
	assert_string_equal(str(json_array_get(json_object_get(obs, "derivedFrom"), 0), "reference"),
			    "urn:uuid:00000000-0000-0000-0000-000000000001");
	qr = find_resource(b, "QuestionnaireResponse", "id", "00000000-0000-0000-0000-000000000008");
	assert_string_equal(str(qr, "status"), "stopped");
	/* the unanswered question is left out, never filled in */
	assert_int_equal(json_array_size(json_object_get(qr, "item")), 8);

	/* the same responses give the same bundle */
	again = transfer_fhir_build(&c, &l, 1773480600, &left_out);
	assert_true(json_equal(b, again));
	json_decref(again);
	json_decref(b);

	/* a measure this Waymark does not know is left out and counted */
	free(l.items[2].measure);
	l.items[2].measure = xstrdup("wemwbs");
	b = transfer_fhir_build(&c, &l, 1773480600, &left_out);
	assert_int_equal(left_out, 1);
	json_decref(b);
	measure_response_list_release(&l);
	measure_catalog_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transfer__export_import_export_is_lossless),
		cmocka_unit_test(test_transfer__a_bad_record_means_nothing_is_written),
		cmocka_unit_test(test_transfer__dry_run_writes_nothing),
		cmocka_unit_test(test_transfer__csv_round_trips_through_libcsv),
		cmocka_unit_test(test_transfer__fhir_bundle_has_the_r4_shapes_and_loinc_codes),
	};
	return cmocka_run_group_tests_name("transfer", tests, setup, NULL);
}
