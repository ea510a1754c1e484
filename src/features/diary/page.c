/* SPDX-License-Identifier: MIT */
/*
 * page.c: the diary's web pages and JSON API. Today holds the check-in
 * form (the same questions as the CLI, through the same model functions);
 * the diary lists entries by day with search; an entry can be edited, or
 * deleted with a short-lived undo; the mood page draws the last 30 days.
 * Bad input shows the form again with the message next to the field and
 * everything typed still in it, and nothing is written.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "diary.h"
#include "vault/vault.h"
#include "web/svg.h"
#include "web/web.h"

/* What the form shows: the person's own typing, kept as text so that a
 * form returned with an error holds exactly what they typed. */
struct form {
	char *mood, *bed, *wake, *quality, *before, *company, *with, *coped,
	     *helped, *tags, *note, *win, *date, *time;
	struct tracker_list defs; /* every tracker, retired ones too */
	char **tvals;             /* what is typed for each of defs */
	char **offers;            /* things offered to tick (web_done_offers) */
	size_t noffers;
	char **done;              /* the ticked things, as sent or stored */
	size_t ndone;
};

#define FORM_FIELDS(f) { &(f)->mood, &(f)->bed, &(f)->wake, &(f)->quality, \
	&(f)->before, &(f)->company, &(f)->with, &(f)->coped, &(f)->helped, \
	&(f)->tags, &(f)->note, &(f)->win, &(f)->date, &(f)->time }

static const char *const form_names[] = {
	"mood", "bed", "wake", "quality", "before", "company", "with", "coped",
	"helped", "tags", "note", "win", "date", "time",
};

static void form_release(struct form *f)
{
	char **fields[] = FORM_FIELDS(f);
	for (size_t i = 0; i < ARRAY_SIZE(fields); i++) {
		vault_free_secret(*fields[i]);
		*fields[i] = NULL;
	}
	for (size_t i = 0; f->tvals && i < f->defs.n; i++)
		vault_free_secret(f->tvals[i]);
	free(f->tvals);
	f->tvals = NULL;
	tracker_list_release(&f->defs);
	text_free_list(f->offers, f->noffers);
	f->offers = NULL;
	f->noffers = 0;
	text_free_list(f->done, f->ndone);
	f->done = NULL;
	f->ndone = 0;
}

/* Loads the trackers the form asks about and the things it offers to
 * tick; the typed values start empty. */
static int form_load_trackers(struct form *f, struct web_req *req, struct err *err)
{
	web_done_offers(req, &f->offers, &f->noffers);
	if (diary_trackers(req->wm, 1, &f->defs, err))
		return -1;
	f->tvals = xcalloc(f->defs.n + 1, sizeof(*f->tvals));
	for (size_t i = 0; i < f->defs.n; i++)
		f->tvals[i] = xstrdup("");
	return 0;
}

/* The form field of a tracker: "track-energy". */
static void track_field(struct buf *b, const struct tracker *t)
{
	buf_addf(b, "track-%s", t->key);
}

static void form_set(char **field, const char *v)
{
	vault_free_secret(*field);
	*field = xstrdup(v ? v : "");
}

/* Fills every field from the request, as typed. */
static void form_from_req(struct form *f, const struct web_req *req)
{
	char **fields[] = FORM_FIELDS(f);
	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		form_set(fields[i], web_form(req, form_names[i]));
	for (size_t i = 0; i < f->defs.n; i++) {
		struct buf name = BUF_INIT;
		track_field(&name, &f->defs.items[i]);
		form_set(&f->tvals[i], web_form(req, name.data));
		buf_release(&name);
	}
	{
		const char **vals;
		size_t n = web_form_all(req, "done", &vals);
		text_free_list(f->done, f->ndone);
		f->done = NULL;
		f->ndone = 0;
		for (size_t i = 0; i < n; i++) {
			f->done = xrealloc(f->done, (f->ndone + 1) * sizeof(*f->done));
			f->done[f->ndone++] = xstrdup(vals[i]);
		}
		free(vals);
	}
}

static void join(struct buf *b, char **items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf_addf(b, "%s%s", i ? ", " : "", items[i]);
}

/* Fills the form from a saved check-in (for editing). */
static void form_from_checkin(struct form *f, const struct checkin *c)
{
	struct buf b = BUF_INIT_SENSITIVE;
	char t[11];

	if (c->mood >= 0)
		buf_addf(&b, "%d", c->mood);
	form_set(&f->mood, b.data);
	buf_reset(&b);
	if (c->bed >= 0) {
		wclock_format(c->bed, t);
		form_set(&f->bed, t);
		wclock_format(c->wake, t);
		form_set(&f->wake, t);
	} else {
		form_set(&f->bed, "");
		form_set(&f->wake, "");
	}
	if (c->quality)
		buf_addf(&b, "%d", c->quality);
	form_set(&f->quality, b.data);
	buf_reset(&b);
	form_set(&f->before, c->before);
	form_set(&f->company, c->alone ? "alone" : c->nwith ? "with" : "");
	join(&b, c->with, c->nwith);
	form_set(&f->with, b.data);
	buf_reset(&b);
	form_set(&f->coped, c->coped);
	form_set(&f->helped, diary_helped_name(c->helped));
	join(&b, c->tags, c->ntags);
	form_set(&f->tags, b.data);
	form_set(&f->note, c->note);
	form_set(&f->win, c->win);
	wdate_format(c->when.date, t);
	form_set(&f->date, t);
	wclock_format(c->when.minute, t);
	form_set(&f->time, t);
	text_free_list(f->done, f->ndone);
	f->done = NULL;
	f->ndone = 0;
	for (size_t i = 0; i < c->ndone; i++) {
		f->done = xrealloc(f->done, (f->ndone + 1) * sizeof(*f->done));
		f->done[f->ndone++] = xstrdup(c->done[i]);
	}
	for (size_t i = 0; i < f->defs.n; i++) {
		int v;
		buf_reset(&b);
		if (checkin_value(c, f->defs.items[i].key, &v)) {
			if (f->defs.items[i].type == TRACKER_YESNO)
				buf_adds(&b, v ? "yes" : "no");
			else
				buf_addf(&b, "%d", v);
		}
		form_set(&f->tvals[i], b.data);
	}
	buf_release(&b);
}

/* A fresh form: everything empty, the moment now. */
static void form_fresh(struct form *f)
{
	struct wlocal now;
	char t[11];
	char **fields[] = FORM_FIELDS(f);

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		form_set(fields[i], "");
	wlocal_from_time(wnow(), &now);
	wdate_format(now.date, t);
	form_set(&f->date, t);
	wclock_format(now.minute, t);
	form_set(&f->time, t);
}

/* The form as the model reads it: a view of f's fields, valid while f is. */
static void form_fields(const struct form *f, struct checkin_fields *out)
{
	out->mood = f->mood;
	out->bed = f->bed;
	out->wake = f->wake;
	out->quality = f->quality;
	out->before = f->before;
	out->company = f->company;
	out->with = f->with;
	out->coped = f->coped;
	out->helped = f->helped;
	out->tags = f->tags;
	out->note = f->note;
	out->win = f->win;
	out->date = f->date;
	out->time = f->time;
	out->defs = &f->defs;
	out->tvals = (const char *const *)f->tvals;
	out->done = (const char *const *)f->done;
	out->ndone = f->ndone;
}

/* Reads the form into c with the same rules as the CLI (model.c). */
static int form_to_checkin(const struct form *f, struct checkin *c, struct err *err)
{
	struct checkin_fields view;

	form_fields(f, &view);
	return checkin_from_fields(&view, c, err);
}

/* ---- drawing ---- */

static void error_summary(struct buf *o, const struct err *err)
{
	const char *field;

	if (!err || !web_form_again(err))
		return;
	/* the field the message links to; sleep has two boxes */
	field = !strcmp(err->field, "slept") ? "bed" : err->field[0] ? err->field : "mood";
	if (!strcmp(field, "mood"))
		field = "mood-5";
	else if (!strcmp(field, "done"))
		field = "done-1";
	web_error_summary(o, err, _("Nothing was saved yet"), field);
}

static void tag_suggestions(struct web_req *req, struct buf *o)
{
	struct err err = ERR_INIT;
	char **names = NULL;
	long *counts = NULL;
	size_t n = 0;
	json_t *list;
	char *text;

	if (diary_tag_counts(req->wm, &names, &counts, &n, &err) || !n) {
		text_free_list(names, n);
		free(counts);
		return;
	}
	list = json_array();
	for (size_t i = 0; i < n && i < 24; i++)
		json_array_append_new(list, json_string(names[i]));
	text = json_dumps(list, JSON_COMPACT);
	/* read by app.js, which offers them as buttons */
	html_printf(o, " data-suggest=\"%s\"", text);
	vault_free_secret(text);
	json_decref(list);
	text_free_list(names, n);
	free(counts);
}

/* The person's own trackers: a scale as choices to tap (or a number box
 * for a long one), yes/no as two choices, a count as a number box. */
static void render_trackers(struct buf *o, const struct form *f, const struct err *err)
{
	int any = 0;

	for (size_t i = 0; i < f->defs.n; i++)
		any |= !f->defs.items[i].retired;
	if (!any)
		return;
	html_printf(o, "<fieldset class=\"trackers\"><legend>%s</legend>\n", _("Your own trackers"));
	for (size_t i = 0; i < f->defs.n; i++) {
		const struct tracker *t = &f->defs.items[i];
		struct buf name = BUF_INIT, desc = BUF_INIT;
		char id[96];

		if (t->retired)
			continue;
		track_field(&name, t);
		tracker_describe(t, &desc);
		web_field_error(o, err, name.data);
		if (t->type == TRACKER_SCALE && t->max - t->min <= 10) {
			html_printf(o, "<p class=\"sub\" id=\"%s-label\">%s <span class=\"hint\">(%s)</span></p>",
				    name.data, t->name, desc.data);
			html_printf(o, "<div class=\"scale small\" role=\"radiogroup\" aria-labelledby=\"%s-label\">",
				    name.data);
			for (int v = t->min; v <= t->max; v++) {
				char val[12];
				snprintf(val, sizeof(val), "%d", v);
				snprintf(id, sizeof(id), "%s-%d", name.data, v);
				html_printf(o, "<label class=\"choice\" for=\"%s\">", id);
				web_radio(o, name.data, val, f->tvals[i], id);
				html_printf(o, "<span><b>%d</b></span></label>", v);
			}
			html_raw(o, "</div>\n");
		} else if (t->type == TRACKER_YESNO) {
			html_printf(o, "<p class=\"sub\" id=\"%s-label\">%s</p><div class=\"row\" role=\"radiogroup\" "
				       "aria-labelledby=\"%s-label\">", name.data, t->name, name.data);
			snprintf(id, sizeof(id), "%s-yes", name.data);
			html_printf(o, "<label class=\"inline\" for=\"%s\">", id);
			web_radio(o, name.data, "yes", f->tvals[i], id);
			html_printf(o, " %s</label>", _("Yes"));
			snprintf(id, sizeof(id), "%s-no", name.data);
			html_printf(o, "<label class=\"inline\" for=\"%s\">", id);
			web_radio(o, name.data, "no", f->tvals[i], id);
			html_printf(o, " %s</label></div>\n", _("No"));
		} else {
			html_printf(o, "<label for=\"%s\">%s <span class=\"hint\">(%s)</span></label>",
				    name.data, t->name, desc.data);
			html_printf(o, "<input type=\"number\" inputmode=\"numeric\" id=\"%s\" name=\"%s\" value=\"%s\" "
				       "step=\"1\" class=\"short\"", name.data, name.data, f->tvals[i]);
			web_invalid_attrs(o, err, name.data);
			html_raw(o, ">\n");
		}
		buf_release(&name);
		buf_release(&desc);
	}
	html_raw(o, "</fieldset>\n");
}

/* 1 if item is among items[0..n) (compared as stored: folded). */
static int done_among(char *const *items, size_t n, const char *item)
{
	for (size_t i = 0; i < n; i++)
		if (diary_done_eq(items[i], item))
			return 1;
	return 0;
}

static void done_box(struct buf *o, int n, const char *item, int checked)
{
	if (checked)
		html_printf(o, "<label class=\"check\" for=\"done-%d\"><input type=\"checkbox\" name=\"done\" "
			       "id=\"done-%d\" value=\"%s\" checked> <span>%s</span></label>\n", n, n, item, item);
	else
		html_printf(o, "<label class=\"check\" for=\"done-%d\"><input type=\"checkbox\" name=\"done\" "
			       "id=\"done-%d\" value=\"%s\"> <span>%s</span></label>\n", n, n, item, item);
}

/* The things offered to tick (the person's daily list, through the
 * web_done_offers hook), and anything the entry holds as done that is no
 * longer offered, so an edit keeps it unless it is unticked. */
static void render_done(struct buf *o, const struct form *f, const struct err *err)
{
	int n = 0;

	if (!f->noffers && !f->ndone)
		return;
	html_printf(o, "<fieldset class=\"done\"><legend>%s</legend>\n<p class=\"hint\">%s</p>\n",
		    _("Your daily list"), _("Tick what you have done. It is kept with this check-in."));
	web_field_error(o, err, "done");
	html_raw(o, "<div class=\"checks\">\n");
	for (size_t i = 0; i < f->noffers; i++)
		if (!done_among(f->offers, i, f->offers[i]))
			done_box(o, ++n, f->offers[i], done_among(f->done, f->ndone, f->offers[i]));
	for (size_t i = 0; i < f->ndone; i++)
		if (*f->done[i] && !done_among(f->offers, f->noffers, f->done[i]) &&
		    !done_among(f->done, i, f->done[i]))
			done_box(o, ++n, f->done[i], 1);
	html_raw(o, "</div>\n</fieldset>\n");
}

static void render_form(struct web_req *req, struct buf *o, const char *action,
			const struct form *f, const struct err *err, int editing)
{
	static const char *const quality_names[] = { "1", "2", "3", "4", "5" };
	static const struct { const char *value, *label; } helped[] = {
		{ "a-lot", N_("A lot") }, { "a-little", N_("A little") },
		{ "not-at-all", N_("Not at all") },
	};
	char id[32];

	error_summary(o, err);
	html_printf(o, "<form method=\"post\" action=\"%s\" class=\"checkin\" data-draft=\"%s\">\n",
		    action, action);
	web_csrf_input(req, o);

	html_printf(o, "<fieldset class=\"mood\"><legend>%s</legend>\n", _("Mood"));
	html_printf(o, "<p class=\"hint\">%s</p>\n",
		    _("0 is as low as it gets, 10 is as good as it gets."));
	web_field_error(o, err, "mood");
	html_raw(o, "<div class=\"scale\">\n");
	for (int m = 0; m <= 10; m++) {
		char v[12];
		snprintf(v, sizeof(v), "%d", m);
		snprintf(id, sizeof(id), "mood-%d", m);
		html_printf(o, "<label class=\"choice m%d\" for=\"%s\">", m, id);
		web_radio(o, "mood", v, f->mood, id);
		html_printf(o, "<span><b>%d</b><small>%s</small></span></label>\n", m,
			    diary_mood_word(m));
	}
	html_raw(o, "</div>\n</fieldset>\n");
	render_done(o, f, err);
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div>\n",
		    editing ? _("Save changes") : _("Save"));

	html_printf(o, "<details class=\"more\"%s><summary>%s</summary>\n",
		    editing || (err && err->kind == ERR_INPUT && strcmp(err->field, "mood")) ? " open" : "",
		    _("Add more: sleep, what happened, how you coped..."));

	/* sleep */
	html_printf(o, "<fieldset><legend>%s</legend>\n", _("How did you sleep?"));
	web_field_error(o, err, "slept");
	html_raw(o, "<div class=\"row\">");
	html_printf(o, "<label for=\"bed\">%s <input type=\"time\" id=\"bed\" name=\"bed\" value=\"%s\"",
		    _("Went to bed"), f->bed);
	web_invalid_attrs(o, err, "slept");
	html_printf(o, "></label><label for=\"wake\">%s <input type=\"time\" id=\"wake\" name=\"wake\" value=\"%s\"></label>",
		    _("Woke up"), f->wake);
	html_raw(o, "</div>\n");
	html_printf(o, "<p class=\"sub\" id=\"quality-label\">%s</p>", _("How well did you sleep?"));
	web_field_error(o, err, "quality");
	html_raw(o, "<div class=\"scale small\" role=\"radiogroup\" aria-labelledby=\"quality-label\">");
	for (int q = 1; q <= 5; q++) {
		snprintf(id, sizeof(id), "quality-%d", q);
		html_printf(o, "<label class=\"choice\" for=\"%s\">", id);
		web_radio(o, "quality", quality_names[q - 1], f->quality, id);
		html_printf(o, "<span><b>%d</b><small>%s</small></span></label>", q,
			    diary_quality_word(q));
	}
	html_raw(o, "</div>\n</fieldset>\n");

	/* what happened, who with */
	html_printf(o, "<label for=\"before\">%s</label>", _("What happened just before you felt this way?"));
	web_field_error(o, err, "before");
	html_raw(o, "<textarea id=\"before\" name=\"before\" rows=\"2\"");
	web_invalid_attrs(o, err, "before");
	html_printf(o, ">%s</textarea>\n", f->before);

	html_printf(o, "<fieldset><legend>%s</legend>\n", _("Were you on your own, or with someone?"));
	web_field_error(o, err, "with");
	html_raw(o, "<div class=\"row\">");
	html_raw(o, "<label class=\"inline\" for=\"company-alone\">");
	web_radio(o, "company", "alone", f->company, "company-alone");
	html_printf(o, " %s</label>", _("On my own"));
	html_raw(o, "<label class=\"inline\" for=\"company-with\">");
	web_radio(o, "company", "with", f->company, "company-with");
	html_printf(o, " %s</label></div>", _("With someone"));
	html_printf(o, "<label for=\"with\">%s</label>", _("Who? (commas between names)"));
	html_printf(o, "<input type=\"text\" id=\"with\" name=\"with\" value=\"%s\" autocomplete=\"off\"", f->with);
	web_invalid_attrs(o, err, "with");
	html_raw(o, ">\n</fieldset>\n");

	/* coping */
	html_printf(o, "<label for=\"coped\">%s</label>", _("How did you cope with how you were feeling?"));
	web_field_error(o, err, "coped");
	html_printf(o, "<input type=\"text\" id=\"coped\" name=\"coped\" value=\"%s\"", f->coped);
	web_invalid_attrs(o, err, "coped");
	html_raw(o, ">\n");
	html_printf(o, "<fieldset><legend>%s</legend>\n", _("Did it help?"));
	web_field_error(o, err, "helped");
	html_raw(o, "<div class=\"row\">");
	for (size_t i = 0; i < ARRAY_SIZE(helped); i++) {
		snprintf(id, sizeof(id), "helped-%s", helped[i].value);
		html_printf(o, "<label class=\"inline\" for=\"%s\">", id);
		web_radio(o, "helped", helped[i].value, f->helped, id);
		html_printf(o, " %s</label>", _(helped[i].label));
	}
	html_raw(o, "</div>\n</fieldset>\n");

	/* tags, note, win */
	html_printf(o, "<label for=\"tags\">%s</label>", _("Tags: things you did, triggers, places"));
	html_printf(o, "<p class=\"hint\" id=\"tags-hint\">%s</p>", _("Separate them with commas, like: work, rain, long walk"));
	web_field_error(o, err, "tags");
	html_printf(o, "<input type=\"text\" id=\"tags\" name=\"tags\" value=\"%s\" autocomplete=\"off\" aria-describedby=\"tags-hint\"",
		    f->tags);
	tag_suggestions(req, o);
	html_raw(o, ">\n");
	render_trackers(o, f, err);
	html_printf(o, "<label for=\"note\">%s</label>", _("Anything else you would like to write down?"));
	web_field_error(o, err, "note");
	html_raw(o, "<textarea id=\"note\" name=\"note\" rows=\"5\"");
	web_invalid_attrs(o, err, "note");
	html_printf(o, ">%s</textarea>\n", f->note);
	html_printf(o, "<label for=\"win\">%s</label>", _("One small win, however small?"));
	web_field_error(o, err, "win");
	html_printf(o, "<input type=\"text\" id=\"win\" name=\"win\" value=\"%s\"", f->win);
	web_invalid_attrs(o, err, "win");
	html_raw(o, ">\n");

	/* when */
	html_printf(o, "<fieldset><legend>%s</legend>\n", _("When was this?"));
	web_field_error(o, err, "date");
	web_field_error(o, err, "time");
	html_printf(o, "<div class=\"row\"><label for=\"date\">%s <input type=\"date\" id=\"date\" name=\"date\" value=\"%s\"",
		    _("Day"), f->date);
	web_invalid_attrs(o, err, "date");
	html_printf(o, "></label><label for=\"time\">%s <input type=\"time\" id=\"time\" name=\"time\" value=\"%s\"",
		    _("Time"), f->time);
	web_invalid_attrs(o, err, "time");
	html_raw(o, "></label></div>\n</fieldset>\n");
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div>\n",
		    editing ? _("Save changes") : _("Save"));
	html_raw(o, "</details>\n</form>\n");
}

static void mood_badge(struct buf *o, int mood)
{
	if (mood >= 0)
		html_printf(o, "<span class=\"badge m%d\">%d <small>%s</small></span>", mood, mood,
			    diary_mood_word(mood));
}

/* "Read: yes · Walk: 3 km": the person's own trackers in a card. */
static void tracked_values(struct buf *o, const struct checkin *c,
			   const struct tracker_list *defs)
{
	struct buf b = BUF_INIT_SENSITIVE;

	for (size_t i = 0; i < c->nvalues; i++) {
		const struct tracker *t = tracker_find(defs, c->values[i].key);
		if (!t)
			continue;
		if (b.len)
			buf_adds(&b, " \xc2\xb7 ");
		buf_addf(&b, "%s: ", t->name);
		tracker_format_value(t, c->values[i].value, &b);
	}
	if (b.len)
		html_printf(o, "<span class=\"tracked\">%s</span>", b.data);
	buf_release(&b);
}

/* One entry as a card in a list (defs: every tracker, for their names). */
static void entry_card(struct buf *o, const struct checkin *c,
		       const struct tracker_list *defs)
{
	char t[6];
	const char *text = c->note ? c->note : c->before ? c->before : c->win;

	wclock_format(c->when.minute, t);
	html_printf(o, "<li class=\"entry\"><a href=\"/diary/%lld\"><span class=\"when\">%s</span>",
		    (long long)c->id, t);
	mood_badge(o, c->mood);
	if (text) {
		struct buf ex = BUF_INIT_SENSITIVE;
		size_t chars = 0;
		const char *p = text;
		for (; *p && chars < 140; p++)
			if (((unsigned char)*p & 0xc0) != 0x80)
				chars++;
		while (*p && ((unsigned char)*p & 0xc0) == 0x80)
			p++;
		buf_add(&ex, text, (size_t)(p - text));
		html_printf(o, "<span class=\"excerpt\">%s%s</span>", ex.data, *p ? "\xe2\x80\xa6" : "");
		buf_release(&ex);
	}
	if (c->ntags) {
		html_raw(o, "<span class=\"tags\">");
		for (size_t i = 0; i < c->ntags; i++)
			html_printf(o, "<span class=\"tag\">%s</span>", c->tags[i]);
		html_raw(o, "</span>");
	}
	tracked_values(o, c, defs);
	if (c->for_appointment)
		html_printf(o, "<span class=\"flagged\">%s</span>", _("for my appointment"));
	html_raw(o, "</a></li>\n");
}

/* Cards grouped under a heading per day, with what other features add
 * to that day (goal progress, say) under the heading. */
static void entries_by_day(struct web_req *req, struct buf *o, const struct checkin_list *l)
{
	struct wdate last = { 0, 0, 0 };
	struct tracker_list defs;
	struct err err = ERR_INIT;

	if (diary_trackers(req->wm, 1, &defs, &err))
		memset(&defs, 0, sizeof(defs));

	for (size_t i = 0; i < l->n; i++) {
		const struct checkin *c = &l->items[i];
		if (wdate_cmp(c->when.date, last)) {
			struct buf day = BUF_INIT;
			if (i)
				html_raw(o, "</ul>\n");
			wdate_long(&day, c->when.date);
			html_printf(o, "<h2 class=\"day\">%s</h2>\n", day.data);
			buf_reset(&day);
			buf_addf(&day, "%04d-%02d-%02d", c->when.date.y, c->when.date.m, c->when.date.d);
			web_day_extras(req, day.data, o);
			html_raw(o, "<ul class=\"entries\">\n");
			buf_release(&day);
			last = c->when.date;
		}
		entry_card(o, c, &defs);
	}
	if (l->n)
		html_raw(o, "</ul>\n");
	tracker_list_release(&defs);
}

/* ---- Today ---- */

static int today_page(struct web_req *req, struct web_resp *resp, const struct form *f,
		      const struct err *err)
{
	struct buf *o = &resp->body;
	struct buf day = BUF_INIT;
	struct wlocal now;
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct err e2 = ERR_INIT;
	char d[11];
	const char *saved = web_query(req, "saved");

	wlocal_from_time(wnow(), &now);
	wdate_format(now.date, d);
	web_page_begin(req, resp, _("Today"), "today");
	if (saved && !err) {
		struct checkin c;
		int64_t id = strtoll(saved, NULL, 10);
		if (id > 0 && diary_get(req->wm, id, &c, &e2) == 0) {
			if (checkin_is_crisis(&c))
				web_crisis_box(req, o);
			html_printf(o, "<p class=\"notice\" role=\"status\" data-saved=\"/checkin\">%s "
				       "<a href=\"/diary/%lld\">%s</a></p>\n",
				    _("Saved. Thank you for checking in."), (long long)id, _("See it"));
			checkin_release(&c);
		}
	}
	wdate_long(&day, now.date);
	html_printf(o, "<h1>%s</h1>\n<p class=\"date\">%s</p>\n", _("How are you right now?"), day.data);
	render_form(req, o, "/checkin", f, err, 0);
	/* goals due, people to get in touch with, the plan to look over:
	 * after the check-in, which stays on the first screen */
	if (!err)
		web_today_extras(req, o);
	q.from = d;
	q.to = d;
	if (diary_list(req->wm, &q, &l, &e2) == 0 && l.n) {
		struct tracker_list defs;
		if (diary_trackers(req->wm, 1, &defs, &e2))
			memset(&defs, 0, sizeof(defs));
		html_printf(o, "<section class=\"earlier\"><h2>%s</h2>\n<ul class=\"entries\">\n",
			    _("Earlier today"));
		for (size_t i = 0; i < l.n; i++)
			entry_card(o, &l.items[i], &defs);
		html_raw(o, "</ul></section>\n");
		tracker_list_release(&defs);
		checkin_list_release(&l);
	}
	buf_release(&day);
	web_page_end(req, resp);
	return 0;
}

int diary_page_today(struct web_req *req, struct web_resp *resp)
{
	struct form f;
	struct err err = ERR_INIT;
	int rc;

	memset(&f, 0, sizeof(f));
	if (form_load_trackers(&f, req, &err))
		return web_fail(req, resp, &err);
	form_fresh(&f);
	rc = today_page(req, resp, &f, NULL);
	form_release(&f);
	return rc;
}

int diary_page_checkin_post(struct web_req *req, struct web_resp *resp)
{
	struct form f;
	struct checkin c;
	struct err err = ERR_INIT;

	memset(&f, 0, sizeof(f));
	if (form_load_trackers(&f, req, &err))
		return web_fail(req, resp, &err);
	form_from_req(&f, req);
	checkin_init(&c);
	if (form_to_checkin(&f, &c, &err) || diary_add(req->wm, &c, &err)) {
		checkin_release(&c);
		if (!web_form_again(&err)) {
			form_release(&f);
			return web_fail(req, resp, &err);
		}
		/* bad input, or a vault that cannot be written (disk full):
		 * the form again, with everything typed kept */
		today_page(req, resp, &f, &err);
		resp->status = web_status_for(&err);
		form_release(&f);
		return 0;
	}
	web_redirect(resp, "/?saved=%lld", (long long)c.id);
	checkin_release(&c);
	form_release(&f);
	return 0;
}

/* ---- the diary ---- */

#define PAGE_SIZE 50

int diary_page_list(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct err err = ERR_INIT;
	const char *search = web_query(req, "q");
	const char *page_s = web_query(req, "page");
	const char *deleted = web_query(req, "deleted");
	char **words = NULL;
	size_t nwords = 0;
	long page = page_s ? strtol(page_s, NULL, 10) : 0;

	if (page < 0 || page > 100000)
		page = 0;
	if (search) {
		char *t = text_trimmed(search);
		text_split(t, ' ', &words, &nwords);
		free(t);
	}
	q.words = words;
	q.nwords = nwords;
	q.limit = PAGE_SIZE + 1; /* one more tells us there is an older page */
	q.offset = page * PAGE_SIZE;
	if (diary_list(req->wm, &q, &l, &err)) {
		text_free_list(words, nwords);
		return web_fail(req, resp, &err);
	}
	web_page_begin(req, resp, _("Diary"), "diary");
	if (deleted) {
		html_printf(o, "<div class=\"notice\" role=\"status\"><p>%s</p>"
			       "<form method=\"post\" action=\"/diary/%lld/undo\">",
			    _("The check-in was deleted."), strtoll(deleted, NULL, 10));
		web_csrf_input(req, o);
		html_printf(o, "<button type=\"submit\">%s</button></form></div>\n", _("Undo"));
	}
	html_printf(o, "<h1>%s</h1>\n", _("Your diary"));
	html_raw(o, "<form method=\"get\" action=\"/diary\" class=\"search\" role=\"search\">");
	html_printf(o, "<label for=\"q\">%s</label><input type=\"search\" id=\"q\" name=\"q\" value=\"%s\">"
		       "<button type=\"submit\">%s</button></form>\n",
		    _("Search your check-ins"), search ? search : "", _("Search"));
	if (l.n > PAGE_SIZE) {
		checkin_release(&l.items[PAGE_SIZE]);
		l.n = PAGE_SIZE;
		q.limit = -1; /* marks that there is more */
	}
	if (!l.n) {
		if (search)
			html_printf(o, "<p>%s</p>\n", _("No check-ins hold those words."));
		else
			html_printf(o, "<p>%s <a href=\"/\">%s</a></p>\n", _("No check-ins yet."),
				    _("Write your first"));
	} else {
		if (search)
			html_printf(o, "<p role=\"status\">%s</p>\n",
				    P_("One check-in holds those words.", "These check-ins hold those words.", l.n));
		entries_by_day(req, o, &l);
	}
	if (page > 0 || q.limit < 0) {
		struct buf qs = BUF_INIT;
		if (search) {
			buf_adds(&qs, "&q=");
			url_encode(&qs, search);
		}
		html_raw(o, "<nav class=\"pages\" aria-label=\"Pages\">");
		if (page > 0)
			html_printf(o, "<a href=\"/diary?page=%ld%s\">%s</a>", page - 1, qs.data, _("Newer"));
		if (q.limit < 0)
			html_printf(o, "<a href=\"/diary?page=%ld%s\">%s</a>", page + 1, qs.data, _("Older"));
		html_raw(o, "</nav>\n");
		buf_release(&qs);
	}
	web_page_end(req, resp);
	checkin_list_release(&l);
	text_free_list(words, nwords);
	return 0;
}

static void dl_item(struct buf *o, const char *label, const char *value)
{
	if (value && *value)
		html_printf(o, "<dt>%s</dt><dd>%s</dd>\n", label, value);
}

int diary_page_entry(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct checkin c;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT_SENSITIVE;
	char t[6];
	int rc = diary_get(req->wm, req->id, &c, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such check-in; it may have been deleted"));
	if (rc)
		return web_fail(req, resp, &err);
	wdate_long(&b, c.when.date);
	wclock_format(c.when.minute, t);
	web_page_begin(req, resp, _("Check-in"), "diary");
	if (web_query(req, "saved")) {
		if (checkin_is_crisis(&c))
			web_crisis_box(req, o);
		html_printf(o, "<p class=\"notice\" role=\"status\" data-saved=\"/diary/%lld/edit\">%s</p>\n",
			    (long long)c.id, _("Your changes are saved."));
	} else if (web_query(req, "flagged")) {
		if (c.for_appointment)
			html_printf(o, "<p class=\"notice\" role=\"status\">%s <a href=\"/report\">%s</a></p>\n",
				    _("Flagged for your appointment: the report can bring it along."),
				    _("Make a report"));
		else
			html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n",
				    _("The appointment flag is off."));
	}
	html_printf(o, "<h1>%s, %s</h1>\n", b.data, t);
	html_raw(o, "<dl class=\"entry-full\">\n");
	if (c.mood >= 0) {
		html_printf(o, "<dt>%s</dt><dd>", _("Mood"));
		mood_badge(o, c.mood);
		html_raw(o, "</dd>\n");
	}
	buf_reset(&b);
	if (c.bed >= 0) {
		int mins = checkin_sleep_minutes(&c);
		char bed[6], wake[6];
		wclock_format(c.bed, bed);
		wclock_format(c.wake, wake);
		buf_addf(&b, _("%s to %s (%d h %02d min)"), bed, wake, mins / 60, mins % 60);
	}
	if (c.quality)
		buf_addf(&b, "%s%s", b.len ? ", " : "", diary_quality_word(c.quality));
	dl_item(o, _("Slept"), b.data);
	dl_item(o, _("Just before"), c.before);
	buf_reset(&b);
	if (c.alone)
		buf_adds(&b, _("On my own"));
	join(&b, c.with, c.nwith);
	dl_item(o, _("With"), b.data);
	buf_reset(&b);
	if (c.coped) {
		buf_adds(&b, c.coped);
		if (c.helped)
			buf_addf(&b, _(" (helped %s)"), diary_helped_words(c.helped));
	}
	dl_item(o, _("Coped by"), b.data);
	if (c.ntags) {
		html_printf(o, "<dt>%s</dt><dd class=\"tags\">", _("Tags"));
		for (size_t i = 0; i < c.ntags; i++)
			html_printf(o, "<span class=\"tag\">%s</span>", c.tags[i]);
		html_raw(o, "</dd>\n");
	}
	if (c.nvalues) {
		struct tracker_list defs;
		if (diary_trackers(req->wm, 1, &defs, &err) == 0) {
			for (size_t i = 0; i < c.nvalues; i++) {
				const struct tracker *tr = tracker_find(&defs, c.values[i].key);
				buf_reset(&b);
				if (tr)
					tracker_format_value(tr, c.values[i].value, &b);
				else
					buf_addf(&b, "%d", c.values[i].value);
				dl_item(o, tr ? tr->name : c.values[i].key, b.data);
			}
			tracker_list_release(&defs);
		}
	}
	if (c.ndone) {
		html_printf(o, "<dt>%s</dt><dd><ul class=\"done-list\">", _("Done"));
		for (size_t i = 0; i < c.ndone; i++)
			html_printf(o, "<li>%s</li>", c.done[i]);
		html_raw(o, "</ul></dd>\n");
	}
	if (c.note)
		html_printf(o, "<dt>%s</dt><dd class=\"note\">%s</dd>\n", _("Note"), c.note);
	dl_item(o, _("Small win"), c.win);
	if (c.for_appointment)
		dl_item(o, _("Flagged"), _("For my appointment"));
	html_raw(o, "</dl>\n<div class=\"actions\">");
	html_printf(o, "<a class=\"button\" href=\"/diary/%lld/edit\">%s</a>", (long long)c.id, _("Edit"));
	html_printf(o, "<form method=\"post\" action=\"/diary/%lld/flag\">", (long long)c.id);
	web_csrf_input(req, o);
	html_printf(o, "<input type=\"hidden\" name=\"flag\" value=\"%s\">"
		       "<button type=\"submit\" class=\"quiet\">%s</button></form>",
		    c.for_appointment ? "0" : "1",
		    c.for_appointment ? _("Take off the appointment flag") : _("Flag for my appointment"));
	html_printf(o, "<form method=\"post\" action=\"/diary/%lld/delete\">", (long long)c.id);
	web_csrf_input(req, o);
	html_printf(o, "<button type=\"submit\" class=\"quiet danger\">%s</button></form>", _("Delete"));
	html_printf(o, "</div>\n<p><a href=\"/diary\">%s</a></p>\n", _("Back to the diary"));
	web_page_end(req, resp);
	buf_release(&b);
	checkin_release(&c);
	return 0;
}

static int edit_page(struct web_req *req, struct web_resp *resp, const struct form *f,
		     const struct err *err)
{
	struct buf action = BUF_INIT;

	buf_addf(&action, "/diary/%lld/edit", (long long)req->id);
	web_page_begin(req, resp, _("Change a check-in"), "diary");
	html_printf(&resp->body, "<h1>%s</h1>\n", _("Change this check-in"));
	render_form(req, &resp->body, action.data, f, err, 1);
	html_printf(&resp->body, "<p><a href=\"/diary/%lld\">%s</a></p>\n", (long long)req->id,
		    _("Cancel"));
	web_page_end(req, resp);
	buf_release(&action);
	return 0;
}

int diary_page_edit(struct web_req *req, struct web_resp *resp)
{
	struct checkin c;
	struct form f;
	struct err err = ERR_INIT;
	int rc = diary_get(req->wm, req->id, &c, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such check-in; it may have been deleted"));
	if (rc)
		return web_fail(req, resp, &err);
	memset(&f, 0, sizeof(f));
	if (form_load_trackers(&f, req, &err)) {
		checkin_release(&c);
		return web_fail(req, resp, &err);
	}
	form_from_checkin(&f, &c);
	edit_page(req, resp, &f, NULL);
	form_release(&f);
	checkin_release(&c);
	return 0;
}

int diary_page_edit_post(struct web_req *req, struct web_resp *resp)
{
	struct checkin c;
	struct form f;
	struct err err = ERR_INIT;
	int rc = diary_get(req->wm, req->id, &c, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such check-in; it may have been deleted"));
	if (rc)
		return web_fail(req, resp, &err);
	memset(&f, 0, sizeof(f));
	if (form_load_trackers(&f, req, &err)) {
		checkin_release(&c);
		return web_fail(req, resp, &err);
	}
	form_from_req(&f, req);
	if (form_to_checkin(&f, &c, &err) || (rc = diary_update(req->wm, &c, &err)) < 0) {
		checkin_release(&c);
		if (!web_form_again(&err)) {
			form_release(&f);
			return web_fail(req, resp, &err);
		}
		edit_page(req, resp, &f, &err);
		resp->status = web_status_for(&err);
		form_release(&f);
		return 0;
	}
	web_redirect(resp, "/diary/%lld?saved=1", (long long)req->id);
	checkin_release(&c);
	form_release(&f);
	return 0;
}

int diary_page_delete_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	int rc = diary_trash(req->wm, req->id, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such check-in; it may have been deleted already"));
	if (rc)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/diary?deleted=%lld", (long long)req->id);
	return 0;
}

int diary_page_flag_post(struct web_req *req, struct web_resp *resp)
{
	struct checkin c;
	struct err err = ERR_INIT;
	const char *flag = web_form_s(req, "flag");
	int rc;

	if (strcmp(flag, "0") && strcmp(flag, "1")) {
		err_input(&err, "flag", "%s", _("the form did not say whether to flag the check-in; please try again"));
		return web_fail(req, resp, &err);
	}
	rc = diary_get(req->wm, req->id, &c, &err);
	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such check-in; it may have been deleted"));
	if (rc)
		return web_fail(req, resp, &err);
	c.for_appointment = flag[0] == '1';
	if (diary_update(req->wm, &c, &err) < 0) {
		checkin_release(&c);
		return web_fail(req, resp, &err);
	}
	web_redirect(resp, "/diary/%lld?flagged=1", (long long)req->id);
	checkin_release(&c);
	return 0;
}

int diary_page_undo_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	int rc = diary_untrash(req->wm, req->id, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("it is too late to undo that: the check-in has gone for good"));
	if (rc)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/diary/%lld", (long long)req->id);
	return 0;
}

/* ---- the mood chart ---- */

#define CHART_DAYS 30

int diary_page_mood(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct wlocal now;
	struct wdate first, fetch_from;
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct err err = ERR_INIT;
	char from[11], to[11];
	/* six days more than shown, so the first 7-day averages are whole */
	double mean[CHART_DAYS + 6], avg7[CHART_DAYS + 6];
	int count[CHART_DAYS + 6], days_with = 0;
	const char *xl[CHART_DAYS];
	char xbuf[CHART_DAYS][16];
	static const double ticks[] = { 0, 2, 4, 6, 8, 10 };
	struct svg_series series[2];
	struct svg_chart chart;
	struct buf desc = BUF_INIT;
	double total = 0;

	wlocal_from_time(wnow(), &now);
	first = wdate_add_days(now.date, -(CHART_DAYS - 1));
	fetch_from = wdate_add_days(first, -6);
	wdate_format(fetch_from, from);
	wdate_format(now.date, to);
	q.from = from;
	q.to = to;
	if (diary_list(req->wm, &q, &l, &err))
		return web_fail(req, resp, &err);
	diary_daily_mood(&l, fetch_from, CHART_DAYS + 6, mean, count, avg7);
	checkin_list_release(&l);
	for (int i = 0; i < CHART_DAYS; i++) {
		struct wdate d = wdate_add_days(first, i);
		xl[i] = NULL;
		if ((CHART_DAYS - 1 - i) % 7 == 0) { /* every week back from today */
			snprintf(xbuf[i], sizeof(xbuf[i]), "%d/%d", d.d, d.m);
			xl[i] = xbuf[i];
		}
		if (!isnan(mean[i + 6])) {
			days_with++;
			total += mean[i + 6];
		}
	}

	web_page_begin(req, resp, _("Mood"), "mood");
	html_printf(o, "<h1>%s</h1>\n", _("Your mood over the last 30 days"));
	if (!days_with) {
		html_printf(o, "<p>%s <a href=\"/\">%s</a></p>\n",
			    _("There are no moods from the last 30 days yet."), _("Check in now"));
		web_page_end(req, resp);
		return 0;
	}
	buf_addf(&desc, P_("Mood on %d day out of the last 30, averaging %.1f out of 10.",
			   "Mood on %d days out of the last 30, averaging %.1f out of 10.", days_with),
		 days_with, total / days_with);
	if (!isnan(avg7[CHART_DAYS + 5]))
		buf_addf(&desc, _(" The 7-day average is now %.1f."), avg7[CHART_DAYS + 5]);
	html_printf(o, "<p class=\"lead\">%s</p>\n", desc.data);
	series[0] = (struct svg_series){ .y = mean + 6, .cls = "s-day", .dots = 1 };
	series[1] = (struct svg_series){ .y = avg7 + 6, .cls = "s-avg", .line = 1 };
	chart = (struct svg_chart){ .id = "moodchart", .title = _("Mood over the last 30 days"),
				    .desc = desc.data, .n = CHART_DAYS, .ymin = 0, .ymax = 10,
				    .yticks = ticks, .nyticks = 6, .xlabels = xl,
				    .series = series, .nseries = 2 };
	html_raw(o, "<figure class=\"chart-box\">");
	svg_chart(o, &chart);
	html_printf(o, "<figcaption><span class=\"key s-day\">%s</span> "
		       "<span class=\"key s-avg\">%s</span></figcaption></figure>\n",
		    _("a day's mood (the average if you checked in more than once)"),
		    _("7-day average"));
	html_printf(o, "<h2 id=\"table-h\">%s</h2>\n<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" "
		       "aria-labelledby=\"table-h\"><table class=\"data\"><caption>%s</caption>\n"
		       "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
		       "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>\n",
		    _("The same as a table"), _("Days with a mood, newest first"),
		    _("Day"), _("Check-ins"), _("Mood"), _("7-day average"));
	for (int i = CHART_DAYS - 1; i >= 0; i--) {
		struct buf day = BUF_INIT;
		if (isnan(mean[i + 6]))
			continue;
		wdate_short(&day, wdate_add_days(first, i));
		html_printf(o, "<tr><th scope=\"row\">%s</th><td>%d</td><td>%.1f</td><td>%.1f</td></tr>\n",
			    day.data, count[i + 6], mean[i + 6], avg7[i + 6]);
		buf_release(&day);
	}
	html_raw(o, "</tbody></table></div>\n");
	web_page_end(req, resp);
	buf_release(&desc);
	return 0;
}

/* ---- for other pages, through web.h's hooks ---- */

void diary_page_tag_counts(struct web_req *req, char *const *tags, size_t n,
			   int days, long *counts)
{
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct err err = ERR_INIT;
	struct wlocal now;
	char from[11], to[11];

	for (size_t i = 0; i < n; i++)
		counts[i] = 0;
	if (!n || days < 1)
		return;
	wlocal_from_time(wnow(), &now);
	wdate_format(wdate_add_days(now.date, -(days - 1)), from);
	wdate_format(now.date, to);
	q.from = from;
	q.to = to;
	if (diary_list(req->wm, &q, &l, &err))
		return;
	for (size_t e = 0; e < l.n; e++)
		for (size_t i = 0; i < n; i++)
			for (size_t t = 0; t < l.items[e].ntags; t++)
				if (!strcmp(l.items[e].tags[t], tags[i])) {
					counts[i]++;
					break;
				}
	checkin_list_release(&l);
}

/* ---- the JSON API ---- */

/* The request's JSON body read into c (checkin_from_json_body). */
static int api_body(struct web_req *req, struct checkin *c, int patch, struct err *err)
{
	return checkin_from_json_body(req->body.data, req->body.len, c, patch, err);
}

int diary_api_list(struct web_req *req, struct web_resp *resp)
{
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct err err = ERR_INIT;
	struct wdate d;
	const char *search = web_query(req, "q"), *limit = web_query(req, "limit");
	const char *bad = NULL;
	char **words = NULL;
	size_t nwords = 0;
	json_t *a;

	q.from = web_query(req, "from");
	q.to = web_query(req, "to");
	/* the message speaks of "the date"; the field names the parameter */
	if (q.from && wdate_parse(q.from, &d, &err, "date"))
		bad = "from";
	else if (q.to && wdate_parse(q.to, &d, &err, "date"))
		bad = "to";
	if (bad) {
		snprintf(err.field, sizeof(err.field), "%s", bad);
		web_json_error(resp, &err);
		return 0;
	}
	if (limit) {
		char *end;
		q.limit = strtol(limit, &end, 10);
		if (*end || q.limit < 1) {
			err_input(&err, "limit", "'limit' must be a whole number from 1");
			web_json_error(resp, &err);
			return 0;
		}
	}
	if (search)
		text_split(search, ' ', &words, &nwords);
	q.words = words;
	q.nwords = nwords;
	if (diary_list(req->wm, &q, &l, &err)) {
		text_free_list(words, nwords);
		return web_fail(req, resp, &err);
	}
	a = json_array();
	for (size_t i = 0; i < l.n; i++)
		json_array_append_new(a, checkin_to_json(&l.items[i]));
	web_json(resp, 200, json_pack("{s:o}", "entries", a));
	checkin_list_release(&l);
	text_free_list(words, nwords);
	return 0;
}

int diary_api_create(struct web_req *req, struct web_resp *resp)
{
	struct checkin c;
	struct err err = ERR_INIT;
	struct wlocal now;

	checkin_init(&c);
	wlocal_from_time(wnow(), &now);
	c.when = now;
	if (api_body(req, &c, 0, &err) || diary_add(req->wm, &c, &err)) {
		checkin_release(&c);
		web_json_error(resp, &err);
		return 0;
	}
	web_json(resp, 201, json_pack("{s:o, s:b}", "entry", checkin_to_json(&c),
				      "crisis", checkin_is_crisis(&c)));
	checkin_release(&c);
	return 0;
}

int diary_api_get(struct web_req *req, struct web_resp *resp)
{
	struct checkin c;
	struct err err = ERR_INIT;
	int rc = diary_get(req->wm, req->id, &c, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "there is no check-in %lld", (long long)req->id);
	if (rc) {
		web_json_error(resp, &err);
		return 0;
	}
	web_json(resp, 200, json_pack("{s:o}", "entry", checkin_to_json(&c)));
	checkin_release(&c);
	return 0;
}

int diary_api_update(struct web_req *req, struct web_resp *resp)
{
	struct checkin c;
	struct err err = ERR_INIT;
	int rc = diary_get(req->wm, req->id, &c, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "there is no check-in %lld", (long long)req->id);
	if (rc || api_body(req, &c, !strcmp(req->method, "PATCH"), &err) ||
	    diary_update(req->wm, &c, &err)) {
		checkin_release(&c);
		web_json_error(resp, &err);
		return 0;
	}
	web_json(resp, 200, json_pack("{s:o}", "entry", checkin_to_json(&c)));
	checkin_release(&c);
	return 0;
}

int diary_api_delete(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	int rc = diary_delete(req->wm, req->id, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "there is no check-in %lld", (long long)req->id);
	if (rc) {
		web_json_error(resp, &err);
		return 0;
	}
	web_json(resp, 200, json_pack("{s:I}", "deleted", (json_int_t)req->id));
	return 0;
}
