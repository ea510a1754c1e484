/* SPDX-License-Identifier: MIT */
/*
 * model.c: the recovery statement's rules, and the "both recoveries" view
 * built from the areas and measures features' lists (see recovery.h). No
 * I/O, and nothing that ranks one kind of recovery over the other: the
 * time line simply holds both in time order.
 */
#include "core/buf.h"
#include "core/i18n.h"
#include "core/jsonv.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "recovery.h"

/* ---- the statement ---- */

void recovery_statement_init(struct recovery_statement *s)
{
	memset(s, 0, sizeof(*s));
}

void recovery_statement_release(struct recovery_statement *s)
{
	free(s->text);
	recovery_statement_init(s);
}

int recovery_statement_set_text(struct recovery_statement *s, const char *text,
				struct err *err)
{
	char *t;

	if (!text_valid(text, 1))
		return err_input(err, "statement",
			_("your words have a character Waymark cannot store (a control character or broken text)"));
	t = text_trimmed(text);
	if (!*t) {
		free(t);
		return err_input(err, "statement",
			_("there are no words to save yet; write what recovery means to you"));
	}
	if (text_chars(t) > RECOVERY_STATEMENT_MAX) {
		free(t);
		return err_input(err, "statement",
			_("that is longer than %d characters; a few sentences are plenty"),
			RECOVERY_STATEMENT_MAX);
	}
	free(s->text);
	s->text = t;
	return 0;
}

json_t *recovery_statement_to_data(const struct recovery_statement *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "text", json_string(s->text ? s->text : ""));
	return o;
}

int recovery_statement_from_data(json_t *data, struct recovery_statement *s,
				 struct err *err)
{
	static const char *const known[] = { "text", NULL };

	if (jsonv_object(data, "a recovery statement", known, err) ||
	    jsonv_text(data, "text", JSONV_REQUIRED | JSONV_MULTILINE, RECOVERY_STATEMENT_MAX,
		       &s->text, err))
		return -1;
	return 0;
}

json_t *recovery_normalise_statement(json_t *data, struct err *err)
{
	struct recovery_statement s;
	json_t *out = NULL;

	recovery_statement_init(&s);
	if (!recovery_statement_from_data(data, &s, err))
		out = recovery_statement_to_data(&s);
	recovery_statement_release(&s);
	return out;
}

/* ---- the view ---- */

void recovery_view_init(struct recovery_view *v)
{
	memset(v, 0, sizeof(*v));
	recovery_statement_init(&v->statement);
}

void recovery_view_release(struct recovery_view *v)
{
	recovery_statement_release(&v->statement);
	for (size_t i = 0; i < v->nareas; i++) {
		area_distance_release(&v->areas[i].distance);
		area_set_release(&v->areas[i].set);
	}
	free(v->areas);
	free(v->measures);
	free(v->events);
	free(v->entries);
	area_rating_list_release(&v->ratings);
	measure_response_list_release(&v->responses);
	recovery_view_init(v);
}

static int when_cmp(const struct wlocal *a, const struct wlocal *b)
{
	int c = wdate_cmp(a->date, b->date);
	return c ? c : (a->minute > b->minute) - (a->minute < b->minute);
}

static struct recovery_areas *areas_for(struct recovery_view *v, const char *set)
{
	for (size_t i = 0; i < v->nareas; i++)
		if (!strcmp(v->areas[i].set.id, set))
			return &v->areas[i];
	return NULL;
}

void recovery_build(struct recovery_view *v, const struct measure_catalog *c)
{
	size_t i = 0, k = 0;

	measure_history(c, &v->responses, &v->entries, &v->tt);

	/* the time line: merge two lists already in time order */
	v->events = xcalloc(v->ratings.n + v->responses.n + 1, sizeof(*v->events));
	while (i < v->ratings.n || k < v->responses.n) {
		struct recovery_event *e = &v->events[v->nevents++];
		int take_rating = k >= v->responses.n ||
			(i < v->ratings.n &&
			 when_cmp(&v->ratings.items[i].when, &v->responses.items[k].when) <= 0);
		if (take_rating) {
			struct recovery_areas *ra = areas_for(v, v->ratings.items[i].set);
			e->kind = RECOVERY_AREAS;
			e->rating = &v->ratings.items[i];
			e->set = ra ? &ra->set : NULL;
			e->when = e->rating->when;
			i++;
		} else {
			e->kind = RECOVERY_MEASURE;
			e->entry = &v->entries[k];
			e->when = v->responses.items[k].when;
			k++;
		}
	}

	/* distance travelled per set */
	for (size_t s = 0; s < v->nareas; s++) {
		struct recovery_areas *ra = &v->areas[s];
		ra->nratings = 0;
		for (size_t r = 0; r < v->ratings.n; r++) {
			const struct area_rating *rt = &v->ratings.items[r];
			if (strcmp(rt->set, ra->set.id))
				continue;
			if (!ra->nratings++)
				ra->first = rt;
			ra->latest = rt;
		}
		if (ra->nratings >= 2)
			area_distance(&ra->set, ra->first, ra->latest, &ra->distance);
	}

	/* first and latest complete score per measure, in catalogue order */
	v->measures = xcalloc(c->n + 1, sizeof(*v->measures));
	for (size_t m = 0; m < c->n; m++) {
		struct recovery_measure *rm = &v->measures[v->nmeasures];
		memset(rm, 0, sizeof(*rm));
		rm->m = &c->items[m];
		for (size_t r = 0; r < v->responses.n; r++) {
			const struct measure_entry *e = &v->entries[r];
			if (e->m != rm->m || !e->r->complete)
				continue;
			if (!rm->first)
				rm->first = e;
			rm->latest = e;
		}
		if (rm->first)
			v->nmeasures++;
	}
}

void recovery_areas_words(struct buf *out, const struct recovery_areas *ra)
{
	const struct area_distance *d = &ra->distance;

	if (d->total > 0)
		buf_addf(out, P_("up %d point in all", "up %d points in all", d->total), d->total);
	else if (d->total < 0)
		buf_addf(out, P_("down %d point in all", "down %d points in all", -d->total), -d->total);
	else
		buf_adds(out, _("no change in all"));
	buf_addf(out, P_(" over %zu area", " over %zu areas", d->compared), d->compared);
}

void recovery_measure_words(struct buf *out, const struct recovery_measure *rm)
{
	double first = rm->first->r->total, last = rm->latest->r->total;
	int rc = measure_reliable_change(rm->m, first, last);

	measure_format_total(out, first);
	buf_addf(out, " %s ", _("to"));
	measure_format_total(out, last);
	if (last != first) {
		buf_addf(out, ", %s ", last > first ? _("up") : _("down"));
		measure_format_total(out, last > first ? last - first : first - last);
	}
	if (rc > 0)
		buf_adds(out, _(", a reliable improvement"));
	else if (rc < 0)
		buf_adds(out, _(", a reliable rise"));
}

static json_t *date_json(const struct wlocal *when)
{
	char d[11];
	wdate_format(when->date, d);
	return json_string(d);
}

static json_t *event_json(const struct recovery_event *e)
{
	json_t *o = json_object();
	char t[6];

	json_object_set_new(o, "date", date_json(&e->when));
	wclock_format(e->when.minute, t);
	json_object_set_new(o, "time", json_string(t));
	if (e->kind == RECOVERY_AREAS) {
		json_t *scores = json_array();
		json_object_set_new(o, "kind", json_string("areas"));
		json_object_set_new(o, "id", json_integer(e->rating->id));
		json_object_set_new(o, "set", json_string(e->rating->set));
		json_object_set_new(o, "set_name", e->set ? json_string(e->set->name) : json_null());
		json_object_set_new(o, "rated", json_integer((json_int_t)e->rating->nscores));
		json_object_set_new(o, "mean", json_real(area_rating_mean(e->rating)));
		for (size_t i = 0; i < e->rating->nscores; i++) {
			const struct area_score *sc = &e->rating->scores[i];
			json_t *s = json_object();
			json_object_set_new(s, "area", json_string(sc->area));
			json_object_set_new(s, "score", json_integer(sc->score));
			json_array_append_new(scores, s);
		}
		json_object_set_new(o, "scores", scores);
	} else {
		const struct measure_entry *me = e->entry;
		json_object_set_new(o, "kind", json_string("measure"));
		json_object_set_new(o, "id", json_integer(me->r->id));
		json_object_set_new(o, "measure", json_string(me->r->measure));
		json_object_set_new(o, "name", me->m ? json_string(me->m->name) : json_null());
		json_object_set_new(o, "total", me->r->complete ? measure_total_to_json(me->r->total) : json_null());
		json_object_set_new(o, "max", me->m ? measure_total_to_json(me->m->max) : json_null());
		json_object_set_new(o, "band", me->band ? json_string(me->band->label) : json_null());
	}
	return o;
}

json_t *recovery_view_to_json(const struct recovery_view *v)
{
	json_t *o = json_object(), *timeline = json_array(), *areas = json_array();
	json_t *measures = json_array();

	if (v->has_statement) {
		json_t *s = json_object();
		char stamp[21];
		json_object_set_new(s, "text", json_string(v->statement.text));
		json_object_set_new(s, "date", date_json(&v->statement.when));
		wutc_format(v->statement.updated, stamp);
		json_object_set_new(s, "updated", json_string(stamp));
		json_object_set_new(o, "statement", s);
	} else {
		json_object_set_new(o, "statement", json_null());
	}
	for (size_t i = 0; i < v->nevents; i++)
		json_array_append_new(timeline, event_json(&v->events[i]));
	json_object_set_new(o, "timeline", timeline);
	for (size_t i = 0; i < v->nareas; i++) {
		const struct recovery_areas *ra = &v->areas[i];
		json_t *a = json_object();
		json_object_set_new(a, "set", json_string(ra->set.id));
		json_object_set_new(a, "name", json_string(ra->set.name));
		json_object_set_new(a, "ratings", json_integer((json_int_t)ra->nratings));
		json_object_set_new(a, "distance", ra->nratings >= 2
			? area_distance_to_json(&ra->distance, ra->first, ra->latest) : json_null());
		json_array_append_new(areas, a);
	}
	json_object_set_new(o, "areas", areas);
	for (size_t i = 0; i < v->nmeasures; i++) {
		const struct recovery_measure *rm = &v->measures[i];
		json_t *m = json_object(), *f = json_object(), *l = json_object();
		int rc = measure_reliable_change(rm->m, rm->first->r->total, rm->latest->r->total);
		json_object_set_new(m, "measure", json_string(rm->m->id));
		json_object_set_new(m, "name", json_string(rm->m->name));
		json_object_set_new(f, "date", date_json(&rm->first->r->when));
		json_object_set_new(f, "total", measure_total_to_json(rm->first->r->total));
		json_object_set_new(l, "date", date_json(&rm->latest->r->when));
		json_object_set_new(l, "total", measure_total_to_json(rm->latest->r->total));
		json_object_set_new(m, "first", f);
		json_object_set_new(m, "latest", l);
		json_object_set_new(m, "change", measure_total_to_json(rm->latest->r->total - rm->first->r->total));
		json_object_set_new(m, "reliable_change", !rm->m->has_rc || rm->first == rm->latest
			? json_null()
			: json_string(rc > 0 ? "improvement" : rc < 0 ? "deterioration" : "none"));
		json_array_append_new(measures, m);
	}
	json_object_set_new(o, "measures", measures);
	json_object_set_new(o, "talking_therapies_style", measure_tt_to_json(&v->tt));
	return o;
}
