/* SPDX-License-Identifier: MIT */
/*
 * model.c: the export document, version 1 (docs/export-format.md), and the
 * rules for reading one back. A record's body is checked and normalised by
 * the feature that owns its kind (the table below), through that feature's
 * public header.
 */
#include <ctype.h>

#include "core/wtime.h"
#include "core/xalloc.h"
#include "features/areas/areas.h"
#include "features/diary/diary.h"
#include "features/goals/goals.h"
#include "features/people/people.h"
#include "features/plan/plan.h"
#include "features/measures/measures.h"
#include "features/recovery/recovery.h"
#include "features/report/report.h"
#include "transfer.h"
#include "transfer_int.h"

#ifndef WAYMARK_VERSION
#define WAYMARK_VERSION "0.1.0"
#endif

static const struct transfer_kind kinds[] = {
	{ AREAS_FOCUS_KIND, areas_normalise_focus },
	{ AREAS_RATING_KIND, areas_normalise_rating },
	{ AREAS_SET_KIND, areas_normalise_set },
	{ DIARY_KIND, diary_normalise_data },
	{ TRACKER_KIND, diary_normalise_tracker },
	{ GOAL_KIND, goals_normalise_data },
	{ GOAL_LOG_KIND, goals_normalise_log_data },
	{ PEOPLE_KIND, people_normalise_data },
	{ PLAN_KIND, plan_normalise_data },
	{ MEASURES_KIND, measures_normalise_response },
	{ RECOVERY_STATEMENT_KIND, recovery_normalise_statement },
	{ REPORT_QUESTION_KIND, report_normalise_question },
};

const struct transfer_kind *transfer_kind_find(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
		if (!strcmp(kinds[i].name, name))
			return &kinds[i];
	return NULL;
}

json_t *transfer_record_to_json(const struct record *r)
{
	json_t *o = json_object();
	char t[6], off[7], stamp[21];

	json_object_set_new(o, "kind", json_string(r->kind));
	json_object_set_new(o, "uid", json_string(r->uid));
	json_object_set_new(o, "date", r->day[0] ? json_string(r->day) : json_null());
	if (r->minute >= 0) {
		wclock_format(r->minute, t);
		json_object_set_new(o, "time", json_string(t));
	} else {
		json_object_set_new(o, "time", json_null());
	}
	woffset_format(r->utc_offset, off);
	json_object_set_new(o, "utc_offset", json_string(off));
	wutc_format(r->created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(r->updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
	json_object_set(o, "data", r->data);
	return o;
}

json_t *transfer_document(json_t *records)
{
	json_t *doc = json_object();
	char stamp[21];

	wutc_format(wnow(), stamp);
	json_object_set_new(doc, "format", json_string(TRANSFER_FORMAT));
	json_object_set_new(doc, "version", json_integer(TRANSFER_VERSION));
	json_object_set_new(doc, "exported", json_string(stamp));
	json_object_set_new(doc, "generator", json_string("waymark " WAYMARK_VERSION));
	json_object_set_new(doc, "records", records);
	return doc;
}

static int is_uid(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!isxdigit((unsigned char)s[n]) || isupper((unsigned char)s[n]))
			return 0;
	return n == 32;
}

int transfer_record_from_json(json_t *o, size_t index, struct record *r,
			      struct err *err)
{
	const char *kind, *uid, *date, *time, *off, *created, *updated, *key;
	const struct transfer_kind *k;
	json_t *v, *data;
	struct wdate d;

	record_init(r);
	if (!json_is_object(o))
		return err_input(err, NULL, "record %zu is not a JSON object", index + 1);
	json_object_foreach(o, key, v) {
		static const char *const known[] = {
			"kind", "uid", "date", "time", "utc_offset", "created", "updated", "data",
		};
		int ok = 0;
		for (size_t i = 0; i < ARRAY_SIZE(known); i++)
			ok |= !strcmp(key, known[i]);
		if (!ok)
			return err_input(err, NULL, "record %zu has an unknown field '%s'", index + 1, key);
	}
	kind = json_string_value(json_object_get(o, "kind"));
	uid = json_string_value(json_object_get(o, "uid"));
	date = json_string_value(json_object_get(o, "date"));
	time = json_string_value(json_object_get(o, "time"));
	off = json_string_value(json_object_get(o, "utc_offset"));
	created = json_string_value(json_object_get(o, "created"));
	updated = json_string_value(json_object_get(o, "updated"));
	if (!kind)
		return err_input(err, NULL, "record %zu has no 'kind'", index + 1);
	k = transfer_kind_find(kind);
	if (!k)
		return err_input(err, NULL,
			"record %zu is a '%s', which this Waymark does not know; it may come from a newer Waymark",
			index + 1, kind);
	if (!uid || !is_uid(uid))
		return err_input(err, NULL, "record %zu needs a 'uid' of 32 lower-case hex digits", index + 1);
	if (date && wdate_parse(date, &d, err, "date")) {
		err_prefix(err, "record %zu: ", index + 1);
		return -1;
	}
	if (!date && !json_is_null(json_object_get(o, "date")))
		return err_input(err, NULL, "record %zu needs a 'date' (or null)", index + 1);
	if (time && wclock_parse(time, &r->minute, err, "time")) {
		err_prefix(err, "record %zu: ", index + 1);
		return -1;
	}
	if (!time && !json_is_null(json_object_get(o, "time")))
		return err_input(err, NULL, "record %zu needs a 'time' (or null)", index + 1);
	if (!off || woffset_parse(off, &r->utc_offset))
		return err_input(err, NULL, "record %zu needs a 'utc_offset' like \"+01:00\"", index + 1);
	if (!created || wutc_parse(created, &r->created) ||
	    !updated || wutc_parse(updated, &r->updated))
		return err_input(err, NULL,
			"record %zu needs 'created' and 'updated' times like \"2026-11-21T10:00:00Z\"",
			index + 1);
	data = json_object_get(o, "data");
	r->data = k->normalise(data, err);
	if (!r->data) {
		err_prefix(err, "record %zu: ", index + 1);
		return -1;
	}
	snprintf(r->kind, sizeof(r->kind), "%s", kind);
	snprintf(r->uid, sizeof(r->uid), "%s", uid);
	if (date)
		snprintf(r->day, sizeof(r->day), "%s", date);
	return 0;
}

int transfer_check_document(json_t *doc, json_t **records, struct err *err)
{
	const char *format;
	json_t *v;

	if (!json_is_object(doc))
		return err_input(err, NULL, "this is not a Waymark export: it is not a JSON object");
	format = json_string_value(json_object_get(doc, "format"));
	if (!format || strcmp(format, TRANSFER_FORMAT))
		return err_input(err, NULL, "this is not a Waymark export (its 'format' is not \"%s\")",
				 TRANSFER_FORMAT);
	v = json_object_get(doc, "version");
	if (!json_is_integer(v) || json_integer_value(v) < 1)
		return err_input(err, NULL, "this export has no readable 'version'");
	if (json_integer_value(v) > TRANSFER_VERSION)
		return err_input(err, NULL,
			"this export was made by a newer Waymark (format version %lld); please update Waymark to read it",
			(long long)json_integer_value(v));
	*records = json_object_get(doc, "records");
	if (!json_is_array(*records))
		return err_input(err, NULL, "this export has no 'records' list");
	return 0;
}
