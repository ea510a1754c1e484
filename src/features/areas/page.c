/* SPDX-License-Identifier: MIT */
/*
 * page.c: the life areas' web pages (see areas.h for the routes). /areas
 * rates every shown area of a set from 1 to 10 in one form, skipping any,
 * with an optional note each, and chooses a focus area; /areas/history
 * shows the distance travelled between any two ratings as a wheel and a
 * table holding the same numbers, then every rating side by side;
 * /areas/edit renames, describes, adds, hides, shows and reorders areas.
 * Everything goes through the same model and store functions as the CLI.
 * Bad input shows the page again with the message beside the field, the
 * person's typing kept, status 400, and nothing written.
 */
#include <math.h>

#include "areas.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "web/svg.h"
#include "web/web.h"

/* Form field names are "WHAT-AREAID"; ids are at most AREAS_ID_MAX. */
#define FIELD_MAX 48
/* The most ratings shown side by side under "Every rating". */
#define HISTORY_COLUMNS 12

/* ---- shared pieces ---- */

/* The set a request is about: the form's "set", else ?set=, else life. */
static const char *req_set(const struct web_req *req)
{
	const char *s = web_form(req, "set");

	if (!s || !*s)
		s = web_query(req, "set");
	return s && *s ? s : AREAS_DEFAULT_SET;
}

static void field_name(char *out, const char *what, const struct area *a)
{
	snprintf(out, FIELD_MAX, "%s-%s", what, a->id);
}

/* Points err at a form field of its own (the model names "score", say,
 * where the form has "score-money"). */
static void err_field(struct err *err, const char *field)
{
	snprintf(err->field, sizeof(err->field), "%s", field);
}

enum tab { TAB_RATE, TAB_HISTORY, TAB_EDIT };

/* The three areas pages, and the two sets, as links. */
static void tabs(struct buf *o, const struct area_set *s, enum tab current)
{
	static const struct { const char *path, *label; } pages[] = {
		[TAB_RATE] = { "/areas", N_("Rate") },
		[TAB_HISTORY] = { "/areas/history", N_("How far you have come") },
		[TAB_EDIT] = { "/areas/edit", N_("Change your areas") },
	};
	size_t n;
	const char *const *ids = areas_set_ids(&n);

	html_printf(o, "<nav class=\"subnav\" aria-label=\"%s\"><ul>\n", _("Life areas pages"));
	for (size_t i = 0; i < ARRAY_SIZE(pages); i++) {
		if (i == current)
			html_printf(o, "<li><a href=\"%s?set=%s\" aria-current=\"page\">%s</a></li>\n",
				    pages[i].path, s->id, _(pages[i].label));
		else
			html_printf(o, "<li><a href=\"%s?set=%s\">%s</a></li>\n",
				    pages[i].path, s->id, _(pages[i].label));
	}
	html_raw(o, "</ul></nav>\n");
	html_printf(o, "<nav class=\"sets\" aria-label=\"%s\"><span>%s</span><ul>\n",
		    _("Sets of areas"), _("Which areas:"));
	for (size_t i = 0; i < n; i++) {
		struct area_set other;
		struct err err = ERR_INIT;
		if (area_set_load(ids[i], &other, &err))
			continue;
		if (!strcmp(ids[i], s->id))
			html_printf(o, "<li><a href=\"%s?set=%s\" aria-current=\"true\">%s</a></li>\n",
				    pages[current].path, other.id, other.name);
		else
			html_printf(o, "<li><a href=\"%s?set=%s\">%s</a></li>\n",
				    pages[current].path, other.id, other.name);
		area_set_release(&other);
	}
	html_raw(o, "</ul></nav>\n");
}

static void hidden_inputs(struct web_req *req, struct buf *o, const struct area_set *s,
			  const struct area *a)
{
	web_csrf_input(req, o);
	html_printf(o, "<input type=\"hidden\" name=\"set\" value=\"%s\">", s->id);
	if (a)
		html_printf(o, "<input type=\"hidden\" name=\"area\" value=\"%s\">", a->id);
}

/* "Sat 21 Nov" or "Saturday 21 November 2026" for a rating. */
static void rating_day(struct buf *b, const struct area_rating *r, int long_form)
{
	if (long_form)
		wdate_long(b, r->when.date);
	else
		wdate_short(b, r->when.date);
}

/* The newest rating in l, or NULL. */
static const struct area_rating *latest(const struct area_rating_list *l)
{
	return l->n ? &l->items[l->n - 1] : NULL;
}

/* 1 if the goals feature has its new-goal page in this Waymark: the
 * focus links to it only then, so the link never leads nowhere. */
static int goal_page_here(void)
{
	int64_t id;
	int known;

	return web_route_find("GET", "/goals/new", &id, &known) != NULL;
}

/* ---- rating ---- */

/* The form: every shown area with a 1-10 scale and Skip, a note, and an
 * earlier day. With err, every value comes from the request as typed. */
static void rate_form(struct web_req *req, struct buf *o, const struct area_set *s,
		      const struct area_rating *prev, const struct err *err)
{
	const char *date = err ? web_form_s(req, "date") : "";
	const char *first = NULL;
	char target[80];

	for (size_t i = 0; i < s->nareas && !first; i++)
		if (!s->areas[i].hidden)
			first = s->areas[i].id;
	/* the summary links to the field, or to a group's first choice */
	if (!err)
		target[0] = '\0';
	else if (!strncmp(err->field, "score-", 6))
		snprintf(target, sizeof(target), "%s-1", err->field);
	else if (!err->field[0] || !strcmp(err->field, "score"))
		snprintf(target, sizeof(target), "score-%s-1", first ? first : "");
	else
		snprintf(target, sizeof(target), "%s", err->field);
	web_error_summary(o, err, _("Nothing was saved yet"), target);

	html_raw(o, "<form method=\"post\" action=\"/areas\" class=\"rate\" data-draft=\"/areas\">\n");
	hidden_inputs(req, o, s, NULL);
	web_field_error(o, err, "score");
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		char score_f[FIELD_MAX], note_f[FIELD_MAX], id[80];
		const char *score, *note;
		int before = prev ? area_rating_score(prev, a->id) : 0;
		int note_err;

		if (a->hidden)
			continue;
		field_name(score_f, "score", a);
		field_name(note_f, "note", a);
		score = err ? web_form_s(req, score_f) : "";
		note = err ? web_form_s(req, note_f) : "";
		note_err = err && err->kind == ERR_INPUT && !strcmp(err->field, note_f);
		if (err && err->kind == ERR_INPUT && !strcmp(err->field, score_f))
			html_printf(o, "<fieldset class=\"area-rate\" aria-describedby=\"%s-error\"><legend>%s</legend>\n",
				    score_f, a->name);
		else
			html_printf(o, "<fieldset class=\"area-rate\"><legend>%s</legend>\n", a->name);
		if (a->about)
			html_printf(o, "<p class=\"hint\">%s</p>\n", a->about);
		if (before)
			html_printf(o, "<p class=\"hint last\">%s %d</p>\n", _("Last time:"), before);
		web_field_error(o, err, score_f);
		html_raw(o, "<div class=\"scale ten\">\n");
		for (int v = AREAS_SCORE_MIN; v <= AREAS_SCORE_MAX; v++) {
			char val[12];
			snprintf(val, sizeof(val), "%d", v);
			snprintf(id, sizeof(id), "%s-%d", score_f, v);
			html_printf(o, "<label class=\"choice\" for=\"%s\">", id);
			web_radio(o, score_f, val, score, id);
			html_printf(o, "<span><b>%d</b></span></label>\n", v);
		}
		snprintf(id, sizeof(id), "%s-skip", score_f);
		html_printf(o, "<label class=\"choice pass\" for=\"%s\">", id);
		web_radio(o, score_f, "", score, id);
		html_printf(o, "<span><b>%s</b></span></label>\n", _("Skip"));
		html_raw(o, "</div>\n");
		html_printf(o, "<details class=\"note\"%s><summary>%s</summary>\n",
			    *note || note_err ? " open" : "", _("Add a note"));
		html_printf(o, "<label for=\"%s\">%s <span class=\"hint\">(%s)</span></label>",
			    note_f, _("A note about this area"), _("optional"));
		web_field_error(o, err, note_f);
		html_printf(o, "<textarea id=\"%s\" name=\"%s\" rows=\"2\"", note_f, note_f);
		web_invalid_attrs(o, err, note_f);
		html_printf(o, ">%s</textarea>\n</details>\n</fieldset>\n", note);
	}
	html_printf(o, "<details class=\"more\"%s><summary>%s</summary>\n",
		    *date || (err && !strcmp(err->field, "date")) ? " open" : "",
		    _("Rating an earlier day?"));
	html_printf(o, "<label for=\"date\">%s</label>", _("The day this rating is about"));
	web_field_error(o, err, "date");
	html_printf(o, "<input type=\"date\" id=\"date\" name=\"date\" value=\"%s\"", date);
	web_invalid_attrs(o, err, "date");
	html_raw(o, ">\n</details>\n");
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div>\n",
		    _("Save"));
	html_raw(o, "</form>\n");
}

/* The focus area: what it is now, choosing another, and a goal for it. */
static void focus_section(struct web_req *req, struct buf *o, const struct area_set *s)
{
	struct area_focus f;
	struct err err = ERR_INIT;
	int have, chosen = web_query(req, "focus") != NULL;

	area_focus_init(&f);
	have = areas_get_focus(req->wm, &f, &err) == 0;
	html_printf(o, "<section class=\"focus\" aria-labelledby=\"focus-h\"><h2 id=\"focus-h\">%s</h2>\n",
		    _("An area to focus on"));
	if (have) {
		struct buf day = BUF_INIT;
		wdate_long(&day, f.when.date);
		if (chosen)
			html_printf(o, "<p class=\"notice\" role=\"status\">%s <strong>%s</strong>.</p>\n",
				    _("Your focus area is now"), f.name);
		else
			html_printf(o, "<p>%s <strong>%s</strong> (%s %s).</p>\n",
				    _("Your focus area is"), f.name, _("chosen on"), day.data);
		if (goal_page_here()) {
			struct buf href = BUF_INIT;
			buf_adds(&href, "/goals/new?area=");
			url_encode(&href, f.name);
			html_printf(o, "<p>%s</p><p><a class=\"button\" href=\"%s\">%s</a></p>\n",
				    _("When you feel ready, you could turn it into a goal with small, kind steps."),
				    href.data, _("Start a goal for this area"));
			buf_release(&href);
		} else {
			html_printf(o, "<p>%s <code>waymark goal new --area \"%s\"</code></p>\n",
				    _("When you feel ready, you could turn it into a goal with small, kind steps:"),
				    f.name);
		}
		buf_release(&day);
	} else {
		html_printf(o, "<p>%s</p>\n",
			    _("Choosing one area to focus on for now can be a gentle way to decide where to start. You can change it whenever you like."));
	}
	html_raw(o, "<form method=\"post\" action=\"/areas/focus\" class=\"focus-form\">");
	hidden_inputs(req, o, s, NULL);
	html_printf(o, "<label for=\"focus-area\">%s</label><div class=\"row\"><select id=\"focus-area\" name=\"area\">",
		    _("Area"));
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		if (a->hidden)
			continue;
		if (have && !strcmp(f.set, s->id) && !strcmp(f.area, a->id))
			html_printf(o, "<option value=\"%s\" selected>%s</option>", a->id, a->name);
		else
			html_printf(o, "<option value=\"%s\">%s</option>", a->id, a->name);
	}
	html_printf(o, "</select><button type=\"submit\">%s</button></div></form>\n</section>\n",
		    _("Focus on this area"));
	area_focus_release(&f);
}

static int rate_page(struct web_req *req, struct web_resp *resp, const struct area_set *s,
		     const struct err *err)
{
	struct buf *o = &resp->body;
	struct area_rating_list l = { 0 };
	struct err e2 = ERR_INIT;

	if (areas_list_ratings(req->wm, s->id, &l, &e2))
		return web_fail(req, resp, &e2);
	web_page_begin(req, resp, s->name, "areas");
	html_printf(o, "<h1>%s</h1>\n", s->name);
	tabs(o, s, TAB_RATE);
	html_printf(o, "<p class=\"lead\">%s</p>\n",
		    _("How are things going in each area at the moment? Choose a number from 1 (not going well at all) to 10 (going really well). Skip any you like: there are no right answers, only your own view."));
	rate_form(req, o, s, latest(&l), err);
	if (!err)
		focus_section(req, o, s);
	web_page_end(req, resp);
	area_rating_list_release(&l);
	return 0;
}

int areas_page_rate(struct web_req *req, struct web_resp *resp)
{
	struct area_set s;
	struct err err = ERR_INIT;
	int rc;

	if (areas_get_set(req->wm, req_set(req), &s, &err))
		return web_fail(req, resp, &err);
	rc = rate_page(req, resp, &s, NULL);
	area_set_release(&s);
	return rc;
}

/* Reads the form into r with the CLI's rules; err names the form field. */
static int read_rating(const struct web_req *req, const struct area_set *s,
		       struct area_rating *r, struct err *err)
{
	const char *date = web_form_s(req, "date");

	if (wlocal_for_entry(*date ? date : NULL, NULL, &r->when, err))
		return -1;
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		char score_f[FIELD_MAX], note_f[FIELD_MAX];
		const char *value, *note;
		char *t;
		int score, empty_note;

		if (a->hidden)
			continue;
		field_name(score_f, "score", a);
		field_name(note_f, "note", a);
		value = web_form_s(req, score_f);
		note = web_form_s(req, note_f);
		t = text_trimmed(note);
		empty_note = !*t;
		free(t);
		if (!*value) {
			if (empty_note)
				continue;
			err_input(err, NULL, _("you wrote a note about %s: please choose a number for it too, or clear the note"),
				  a->name);
			err_field(err, score_f);
			return -1;
		}
		if (area_parse_score(value, a->name, &score, err)) {
			err_field(err, score_f);
			return -1;
		}
		if (area_rating_set(r, s, i, score, note, err)) {
			err_field(err, !strcmp(err->field, "note") ? note_f : score_f);
			return -1;
		}
	}
	if (!r->nscores)
		return err_input(err, "score", "%s",
				 _("there is nothing to save yet: choose a number for at least one area"));
	return area_rating_validate(r, err);
}

int areas_page_rate_post(struct web_req *req, struct web_resp *resp)
{
	struct area_set s;
	struct area_rating r;
	struct err err = ERR_INIT;

	if (areas_get_set(req->wm, req_set(req), &s, &err))
		return web_fail(req, resp, &err);
	area_rating_init(&r);
	if (read_rating(req, &s, &r, &err) || areas_add_rating(req->wm, &r, &err)) {
		if (web_form_again(&err)) {
			rate_page(req, resp, &s, &err);
			resp->status = web_status_for(&err);
		} else {
			web_fail(req, resp, &err);
		}
		goto out;
	}
	web_redirect(resp, "/areas/history?set=%s&saved=%lld", s.id, (long long)r.id);
out:
	area_rating_release(&r);
	area_set_release(&s);
	return 0;
}

int areas_page_focus_post(struct web_req *req, struct web_resp *resp)
{
	struct area_set s;
	struct area_focus f;
	struct err err = ERR_INIT;
	size_t idx;

	if (areas_get_set(req->wm, req_set(req), &s, &err))
		return web_fail(req, resp, &err);
	area_focus_init(&f);
	if (area_find(&s, web_form_s(req, "area"), &idx, &err) ||
	    wlocal_for_entry(NULL, NULL, &f.when, &err))
		goto fail;
	f.set = xstrdup(s.id);
	f.area = xstrdup(s.areas[idx].id);
	f.name = xstrdup(s.areas[idx].name);
	if (areas_add_focus(req->wm, &f, &err))
		goto fail;
	web_redirect(resp, "/areas?set=%s&focus=1#focus-h", s.id);
	goto out;
fail:
	web_fail(req, resp, &err);
out:
	area_focus_release(&f);
	area_set_release(&s);
	return 0;
}

/* ---- history and the distance travelled ---- */

/* The rating in l with the id in ?name=, or dflt when it is not given.
 * ERR_INPUT if it names no rating of the set. */
static int pick(const struct web_req *req, const char *name, const struct area_rating_list *l,
		const struct area_set *s, const struct area_rating *dflt,
		const struct area_rating **out, struct err *err)
{
	const char *v = web_query(req, name);
	const struct area_rating *found = NULL;
	int id;

	*out = dflt;
	if (!v || !*v)
		return 0;
	if (text_parse_int(v, 1, INT32_MAX, &id) == 0)
		for (size_t i = 0; i < l->n; i++)
			if (l->items[i].id == id)
				found = &l->items[i];
	if (!found)
		return err_input(err, name, _("there is no rating '%s' of %s to compare"), v, s->name);
	*out = found;
	return 0;
}

static void rating_select(struct buf *o, const char *name, const char *label,
			  const struct area_rating_list *l, const struct area_rating *chosen)
{
	html_printf(o, "<label for=\"%s\">%s <select id=\"%s\" name=\"%s\">", name, label, name, name);
	for (size_t i = l->n; i-- > 0;) {
		const struct area_rating *r = &l->items[i];
		struct buf day = BUF_INIT;
		char t[6];
		rating_day(&day, r, 0);
		buf_addf(&day, " %d", r->when.date.y);
		wclock_format(r->when.minute, t);
		if (r == chosen)
			html_printf(o, "<option value=\"%lld\" selected>%s, %s</option>", (long long)r->id,
				    day.data, t);
		else
			html_printf(o, "<option value=\"%lld\">%s, %s</option>", (long long)r->id, day.data, t);
		buf_release(&day);
	}
	html_raw(o, "</select></label>");
}

/* The areas the wheel and table show: those shown now, and hidden ones
 * rated either time. Fills idx (s's indices) and returns how many. */
static size_t wheel_areas(const struct area_set *s, const struct area_rating *from,
			  const struct area_rating *to, size_t *idx)
{
	size_t n = 0;

	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		if (!a->hidden || area_rating_score(to, a->id) ||
		    (from && area_rating_score(from, a->id)))
			idx[n++] = i;
	}
	return n;
}

/* The change column: "+2", "0", "-1", or "" when not rated both times. */
static void change_cell(struct buf *o, int from, int to)
{
	if (!from || !to)
		html_printf(o, "<td class=\"change\">%s</td>", "");
	else if (to > from)
		html_printf(o, "<td class=\"change\">+%d</td>", to - from);
	else
		html_printf(o, "<td class=\"change\">%d</td>", to - from);
}

static void score_cell(struct buf *o, const char *cls, int v)
{
	if (v)
		html_printf(o, "<td class=\"%s\">%d</td>", cls, v);
	else
		html_printf(o, "<td class=\"%s none\">%s</td>", cls, _("not rated"));
}

/* The wheel of from (if any) and to, the table of the same numbers, and
 * the distance travelled over the areas rated both times. */
static void distance(struct buf *o, const struct area_set *s, const struct area_rating *from,
		     const struct area_rating *to)
{
	size_t idx[AREAS_MAX], n = wheel_areas(s, from, to, idx);
	double then[AREAS_MAX], now[AREAS_MAX];
	const char *labels[AREAS_MAX], *then_t[AREAS_MAX], *now_t[AREAS_MAX];
	char lbuf[AREAS_MAX][24];
	struct buf tt[AREAS_MAX], nt[AREAS_MAX];
	struct buf from_day = BUF_INIT, to_day = BUF_INIT, desc = BUF_INIT;
	static const double rings[] = { 2, 4, 6, 8, 10 };
	struct svg_radar_series series[2];
	struct svg_radar wheel;
	int nseries = 0;

	rating_day(&to_day, to, 0);
	if (from)
		rating_day(&from_day, from, 0);
	for (size_t k = 0; k < n; k++) {
		const struct area *a = &s->areas[idx[k]];
		int f = from ? area_rating_score(from, a->id) : 0, t = area_rating_score(to, a->id);
		snprintf(lbuf[k], sizeof(lbuf[k]), "%zu", k + 1);
		labels[k] = lbuf[k];
		then[k] = f ? f : NAN;
		now[k] = t ? t : NAN;
		buf_init(&tt[k], 0, 0);
		buf_init(&nt[k], 0, 0);
		buf_addf(&tt[k], "%zu. %s: %d (%s)", k + 1, a->name, f, from_day.data);
		buf_addf(&nt[k], "%zu. %s: %d (%s)", k + 1, a->name, t, to_day.data);
		then_t[k] = f ? tt[k].data : NULL;
		now_t[k] = t ? nt[k].data : NULL;
	}
	if (from)
		series[nseries++] = (struct svg_radar_series){ .v = then, .cls = "s-then", .titles = then_t };
	series[nseries++] = (struct svg_radar_series){ .v = now, .cls = "s-now", .titles = now_t };
	if (from)
		buf_addf(&desc, _("Your ratings on %s, drawn over your ratings on %s, from 1 near the middle to 10 at the rim. Each spoke is an area, numbered as in the table below, which has the same numbers."),
			 to_day.data, from_day.data);
	else
		buf_addf(&desc, _("Your ratings on %s, from 1 near the middle to 10 at the rim. Each spoke is an area, numbered as in the table below, which has the same numbers."),
			 to_day.data);
	wheel = (struct svg_radar){ .id = "wheel", .title = _("Your life areas as a wheel"),
		.desc = desc.data, .naxes = (int)n, .labels = labels, .min = 0, .max = 10,
		.rings = rings, .nrings = (int)ARRAY_SIZE(rings), .series = series, .nseries = nseries };
	html_raw(o, "<figure class=\"chart-box wheel\">");
	svg_radar(o, &wheel);
	html_raw(o, "<figcaption>");
	if (from)
		html_printf(o, "<span class=\"key s-then\">%s</span> ", from_day.data);
	html_printf(o, "<span class=\"key s-now\">%s</span></figcaption></figure>\n", to_day.data);

	html_printf(o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"wheel-table-c\">"
		       "<table class=\"data distance\"><caption id=\"wheel-table-c\">%s</caption>\n<thead><tr>"
		       "<th scope=\"col\">%s</th>", _("The wheel as a table: the same numbers"), _("Area"));
	if (from)
		html_printf(o, "<th scope=\"col\">%s</th>", from_day.data);
	html_printf(o, "<th scope=\"col\">%s</th>", to_day.data);
	if (from)
		html_printf(o, "<th scope=\"col\">%s</th>", _("Change"));
	html_raw(o, "</tr></thead><tbody>\n");
	for (size_t k = 0; k < n; k++) {
		const struct area *a = &s->areas[idx[k]];
		int f = from ? area_rating_score(from, a->id) : 0, t = area_rating_score(to, a->id);
		html_printf(o, "<tr><th scope=\"row\">%zu. %s</th>", k + 1, a->name);
		if (from)
			score_cell(o, "then", f);
		score_cell(o, "now", t);
		if (from)
			change_cell(o, f, t);
		html_raw(o, "</tr>\n");
	}
	html_raw(o, "</tbody></table></div>\n");

	if (from) {
		struct area_distance d;
		area_distance(s, from, to, &d);
		if (!d.compared) {
			html_printf(o, "<p>%s</p>\n", _("No area was rated both times, so there is nothing to compare yet."));
		} else {
			struct buf b = BUF_INIT;
			buf_addf(&b, P_("Across the %zu area you rated both times: ",
					"Across the %zu areas you rated both times: ", d.compared), d.compared);
			if (d.total > 0)
				buf_addf(&b, P_("%d point up in all (%+.1f per area).",
						"%d points up in all (%+.1f per area).", d.total), d.total, d.mean);
			else if (d.total < 0)
				buf_addf(&b, P_("%d point down in all (%+.1f per area).",
						"%d points down in all (%+.1f per area).", -d.total), -d.total, d.mean);
			else
				buf_adds(&b, _("no change in all."));
			html_printf(o, "<p class=\"summary\">%s</p>\n", b.data);
			html_printf(o, "<p>%s %d. %s %d. %s %d.</p>\n", _("Up:"), d.up, _("Down:"), d.down,
				    _("The same:"), d.same);
			if (d.down)
				html_printf(o, "<p class=\"hint\">%s</p>\n",
					    _("Ups and downs are a normal part of recovery. This is a snapshot, not a verdict."));
			buf_release(&b);
		}
		area_distance_release(&d);
	}
	for (size_t k = 0; k < n; k++) {
		buf_release(&tt[k]);
		buf_release(&nt[k]);
	}
	buf_release(&from_day);
	buf_release(&to_day);
	buf_release(&desc);
}

/* Every rating (the latest HISTORY_COLUMNS) side by side, then the notes. */
static void every_rating(struct buf *o, const struct area_set *s, const struct area_rating_list *l)
{
	size_t first = l->n > HISTORY_COLUMNS ? l->n - HISTORY_COLUMNS : 0;
	int any_note = 0;

	html_printf(o, "<h2 id=\"every-h\">%s</h2>\n", _("Every rating"));
	if (first)
		html_printf(o, "<p class=\"hint\">%s</p>\n", _("The latest 12 are shown here; 'waymark areas history --json' has them all."));
	html_printf(o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"every-h\">"
		       "<table class=\"data history\"><caption>%s</caption>\n<thead><tr><th scope=\"col\">%s</th>",
		    _("Each column is one rating, oldest on the left"), _("Area"));
	for (size_t k = first; k < l->n; k++) {
		struct buf day = BUF_INIT;
		rating_day(&day, &l->items[k], 0);
		html_printf(o, "<th scope=\"col\">%s</th>", day.data);
		buf_release(&day);
	}
	html_raw(o, "</tr></thead><tbody>\n");
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		int any = 0;
		for (size_t k = first; k < l->n; k++)
			any |= area_rating_score(&l->items[k], a->id) != 0;
		if (a->hidden && !any)
			continue;
		html_printf(o, "<tr><th scope=\"row\">%s</th>", a->name);
		for (size_t k = first; k < l->n; k++) {
			int v = area_rating_score(&l->items[k], a->id);
			if (v)
				html_printf(o, "<td>%d</td>", v);
			else
				html_printf(o, "<td class=\"none\"><span aria-hidden=\"true\">-</span>"
					       "<span class=\"visually-hidden\">%s</span></td>", _("not rated"));
		}
		html_raw(o, "</tr>\n");
	}
	html_raw(o, "</tbody></table></div>\n");
	for (size_t k = first; k < l->n; k++) {
		const struct area_rating *r = &l->items[k];
		for (size_t i = 0; i < r->nscores; i++) {
			struct buf day = BUF_INIT;
			if (!r->scores[i].note)
				continue;
			if (!any_note++)
				html_printf(o, "<h2>%s</h2>\n<ul class=\"notes\">\n", _("Your notes"));
			rating_day(&day, r, 0);
			html_printf(o, "<li><span class=\"when\">%s</span> <strong>%s</strong>: <span class=\"note\">%s</span></li>\n",
				    day.data, r->scores[i].name, r->scores[i].note);
			buf_release(&day);
		}
	}
	if (any_note)
		html_raw(o, "</ul>\n");
}

int areas_page_history(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct area_set s;
	struct area_rating_list l = { 0 };
	const struct area_rating *from = NULL, *to = NULL;
	struct err err = ERR_INIT;
	const char *saved = web_query(req, "saved");

	if (areas_get_set(req->wm, req_set(req), &s, &err))
		return web_fail(req, resp, &err);
	if (areas_list_ratings(req->wm, s.id, &l, &err) ||
	    (l.n && (pick(req, "from", &l, &s, l.n > 1 ? &l.items[0] : NULL, &from, &err) ||
		     pick(req, "to", &l, &s, latest(&l), &to, &err)))) {
		web_fail(req, resp, &err);
		goto out;
	}
	if (from == to)
		from = NULL;
	web_page_begin(req, resp, _("How far you have come"), "areas");
	if (saved)
		html_printf(o, "<p class=\"notice\" role=\"status\" data-saved=\"/areas\">%s</p>\n",
			    _("Saved. Thank you for rating your areas."));
	html_printf(o, "<h1>%s</h1>\n", s.name);
	tabs(o, &s, TAB_HISTORY);
	if (!l.n) {
		html_printf(o, "<p>%s <a href=\"/areas?set=%s\">%s</a></p>\n",
			    _("You have not rated these areas yet."), s.id, _("Rate them now"));
		web_page_end(req, resp);
		goto out;
	}
	html_printf(o, "<h2>%s</h2>\n", _("How far you have come"));
	if (l.n > 1) {
		html_raw(o, "<form method=\"get\" action=\"/areas/history\" class=\"compare row\">");
		html_printf(o, "<input type=\"hidden\" name=\"set\" value=\"%s\">", s.id);
		rating_select(o, "from", _("From"), &l, from ? from : to);
		rating_select(o, "to", _("To"), &l, to);
		html_printf(o, "<button type=\"submit\">%s</button></form>\n", _("Compare"));
	} else {
		html_printf(o, "<p>%s</p>\n", _("This is your first rating. Next time, this page compares them."));
	}
	distance(o, &s, from, to);
	every_rating(o, &s, &l);
	web_page_end(req, resp);
out:
	area_rating_list_release(&l);
	area_set_release(&s);
	return 0;
}

/* ---- making the areas your own ---- */

/* The page of every area with its forms. With err, the form that was
 * sent (the area in the form's "area", or the add form when it has none)
 * shows what was typed. */
static void edit_page(struct web_req *req, struct web_resp *resp, const struct area_set *s,
		      const struct err *err)
{
	struct buf *o = &resp->body;
	const char *sent = err ? web_form_s(req, "area") : NULL;
	const char *done = web_query(req, "done");
	size_t n = s->nareas;

	web_page_begin(req, resp, _("Change your areas"), "areas");
	if (done && !err)
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n", _("Your areas are saved."));
	html_printf(o, "<h1>%s</h1>\n", s->name);
	tabs(o, s, TAB_EDIT);
	html_printf(o, "<p class=\"lead\">%s</p>\n",
		    _("Make these areas fit your life: give them your own names, add your own, hide ones that do not matter to you, and put them in your order. Ratings are kept through every change."));
	if (err && web_form_again(err)) {
		char target[80];
		snprintf(target, sizeof(target), "%s", err->field[0] ? err->field : "main");
		web_error_summary(o, err, _("Nothing was changed yet"), target);
	}
	html_raw(o, "<ol class=\"area-list\">\n");
	for (size_t i = 0; i < n; i++) {
		const struct area *a = &s->areas[i];
		/* the rename form that was sent keeps its typing */
		int this = sent && !strcmp(sent, a->id) && web_form(req, "name");
		char name_f[FIELD_MAX], about_f[FIELD_MAX];
		const char *name = this ? web_form_s(req, "name") : a->name;
		const char *about = this ? web_form_s(req, "about") : a->about ? a->about : "";

		field_name(name_f, "name", a);
		field_name(about_f, "about", a);
		html_printf(o, "<li class=\"area-card\" id=\"area-%s\"><h2>%s", a->id, a->name);
		if (a->hidden)
			html_printf(o, " <span class=\"tag\">%s</span>", _("hidden"));
		if (a->own)
			html_printf(o, " <span class=\"tag\">%s</span>", _("your own"));
		html_raw(o, "</h2>\n<form method=\"post\" action=\"/areas/rename\" class=\"stack\">");
		hidden_inputs(req, o, s, a);
		html_printf(o, "<label for=\"%s\">%s</label>", name_f, _("Name"));
		web_field_error(o, err, name_f);
		html_printf(o, "<input type=\"text\" id=\"%s\" name=\"name\" value=\"%s\" maxlength=\"%d\"",
			    name_f, name, AREAS_NAME_MAX);
		web_invalid_attrs(o, err, name_f);
		html_printf(o, "><label for=\"%s\">%s <span class=\"hint\">(%s)</span></label>", about_f,
			    _("What it means to you"), _("optional; shown when you rate it"));
		web_field_error(o, err, about_f);
		html_printf(o, "<textarea id=\"%s\" name=\"about\" rows=\"2\"", about_f);
		web_invalid_attrs(o, err, about_f);
		html_printf(o, ">%s</textarea><div class=\"actions\"><button type=\"submit\">%s"
			       "<span class=\"visually-hidden\"> %s</span></button></div></form>\n",
			    about, _("Save"), a->name);
		html_raw(o, "<div class=\"actions\">");
		if (i > 0) {
			html_raw(o, "<form method=\"post\" action=\"/areas/move\">");
			hidden_inputs(req, o, s, a);
			html_printf(o, "<input type=\"hidden\" name=\"position\" value=\"%zu\">"
				       "<button type=\"submit\" class=\"quiet\">%s<span class=\"visually-hidden\"> %s</span></button></form>",
				    i, _("Move up"), a->name);
		}
		if (i + 1 < n) {
			html_raw(o, "<form method=\"post\" action=\"/areas/move\">");
			hidden_inputs(req, o, s, a);
			html_printf(o, "<input type=\"hidden\" name=\"position\" value=\"%zu\">"
				       "<button type=\"submit\" class=\"quiet\">%s<span class=\"visually-hidden\"> %s</span></button></form>",
				    i + 2, _("Move down"), a->name);
		}
		if (a->hidden) {
			html_raw(o, "<form method=\"post\" action=\"/areas/show\">");
			hidden_inputs(req, o, s, a);
			html_printf(o, "<button type=\"submit\" class=\"quiet\">%s<span class=\"visually-hidden\"> %s</span></button></form>",
				    _("Show again"), a->name);
		} else {
			html_raw(o, "<form method=\"post\" action=\"/areas/hide\">");
			hidden_inputs(req, o, s, a);
			html_printf(o, "<button type=\"submit\" class=\"quiet\">%s<span class=\"visually-hidden\"> %s</span></button></form>",
				    _("Hide"), a->name);
		}
		html_raw(o, "</div></li>\n");
	}
	html_raw(o, "</ol>\n");
	{
		int adding = err && !*sent;
		html_printf(o, "<section class=\"add-area\" aria-labelledby=\"add-h\"><h2 id=\"add-h\">%s</h2>\n",
			    _("Add an area of your own"));
		html_raw(o, "<form method=\"post\" action=\"/areas/add\" class=\"stack\">");
		hidden_inputs(req, o, s, NULL);
		html_printf(o, "<label for=\"add-name\">%s</label>", _("Name"));
		web_field_error(o, err, "add-name");
		html_printf(o, "<input type=\"text\" id=\"add-name\" name=\"name\" value=\"%s\" maxlength=\"%d\"",
			    adding ? web_form_s(req, "name") : "", AREAS_NAME_MAX);
		web_invalid_attrs(o, err, "add-name");
		html_printf(o, "><label for=\"add-about\">%s <span class=\"hint\">(%s)</span></label>",
			    _("What it means to you"), _("optional"));
		web_field_error(o, err, "add-about");
		html_raw(o, "<textarea id=\"add-about\" name=\"about\" rows=\"2\"");
		web_invalid_attrs(o, err, "add-about");
		html_printf(o, ">%s</textarea><div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div></form>\n</section>\n",
			    adding ? web_form_s(req, "about") : "", _("Add"));
	}
	web_page_end(req, resp);
}

int areas_page_edit(struct web_req *req, struct web_resp *resp)
{
	struct area_set s;
	struct err err = ERR_INIT;

	if (areas_get_set(req->wm, req_set(req), &s, &err))
		return web_fail(req, resp, &err);
	edit_page(req, resp, &s, NULL);
	area_set_release(&s);
	return 0;
}

enum change { CHANGE_RENAME, CHANGE_ADD, CHANGE_HIDE, CHANGE_SHOW, CHANGE_MOVE };

/* A description left empty: an own area's is cleared, a shipped area's
 * goes back to Waymark's words. */
static void reset_about(struct area_set *s, size_t idx)
{
	struct area_set shipped;
	struct err err = ERR_INIT;
	size_t k;

	FREE_AND_NULL(s->areas[idx].about);
	if (s->areas[idx].own || area_set_load(s->id, &shipped, &err))
		return;
	for (k = 0; k < shipped.nareas; k++)
		if (!strcmp(shipped.areas[k].id, s->areas[idx].id) && shipped.areas[k].about)
			s->areas[idx].about = xstrdup(shipped.areas[k].about);
	area_set_release(&shipped);
}

/* Makes one change and saves the set, or shows the page again. */
static int change_post(struct web_req *req, struct web_resp *resp, enum change what)
{
	struct area_set s;
	struct err err = ERR_INIT;
	const char *about = web_form_s(req, "about");
	char *t = NULL;
	size_t idx = 0;
	int rc = 0, pos;

	if (areas_get_set(req->wm, req_set(req), &s, &err))
		return web_fail(req, resp, &err);
	if (what != CHANGE_ADD && area_find(&s, web_form_s(req, "area"), &idx, &err)) {
		err_field(&err, "");
		goto bad;
	}
	switch (what) {
	case CHANGE_RENAME:
		t = text_trimmed(about);
		rc = area_rename(&s, idx, web_form_s(req, "name"), about, &err);
		if (!rc && !*t)
			reset_about(&s, idx);
		if (rc) {
			char f[FIELD_MAX];
			field_name(f, !strcmp(err.field, "description") ? "about" : "name", &s.areas[idx]);
			err_field(&err, f);
		}
		break;
	case CHANGE_ADD:
		rc = area_add(&s, web_form_s(req, "name"), about, &idx, &err);
		if (rc)
			err_field(&err, !strcmp(err.field, "description") ? "add-about" : "add-name");
		break;
	case CHANGE_HIDE:
	case CHANGE_SHOW:
		rc = area_set_hidden(&s, idx, what == CHANGE_HIDE, &err);
		break;
	case CHANGE_MOVE:
		if (text_parse_int(web_form_s(req, "position"), 1, (int)s.nareas, &pos))
			rc = err_input(&err, "position", _("the position needs to be a number from 1 to %zu"),
				       s.nareas);
		else
			rc = area_move(&s, idx, (size_t)pos, &err);
		break;
	}
	if (rc) {
		if (what == CHANGE_HIDE || what == CHANGE_SHOW || what == CHANGE_MOVE)
			err_field(&err, "");
		goto bad;
	}
	if (areas_save_set(req->wm, &s, &err))
		goto bad;
	web_redirect(resp, "/areas/edit?set=%s&done=1#area-%s", s.id, s.areas[idx].id);
	goto out;
bad:
	if (web_form_again(&err)) {
		/* the page again, from what is stored */
		struct area_set fresh;
		struct err e2 = ERR_INIT;
		if (areas_get_set(req->wm, s.id, &fresh, &e2)) {
			web_fail(req, resp, &e2);
			goto out;
		}
		edit_page(req, resp, &fresh, &err);
		resp->status = web_status_for(&err);
		area_set_release(&fresh);
	} else {
		web_fail(req, resp, &err);
	}
out:
	free(t);
	area_set_release(&s);
	return 0;
}

int areas_page_rename_post(struct web_req *req, struct web_resp *resp)
{
	return change_post(req, resp, CHANGE_RENAME);
}

int areas_page_add_post(struct web_req *req, struct web_resp *resp)
{
	return change_post(req, resp, CHANGE_ADD);
}

int areas_page_hide_post(struct web_req *req, struct web_resp *resp)
{
	return change_post(req, resp, CHANGE_HIDE);
}

int areas_page_show_post(struct web_req *req, struct web_resp *resp)
{
	return change_post(req, resp, CHANGE_SHOW);
}

int areas_page_move_post(struct web_req *req, struct web_resp *resp)
{
	return change_post(req, resp, CHANGE_MOVE);
}
