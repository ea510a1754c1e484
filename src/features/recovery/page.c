/* SPDX-License-Identifier: MIT */
/*
 * page.c: the "both recoveries" page (see recovery.h). The person's own
 * words for what recovery means to them, editable in place, beside one
 * time line of their life-area ratings and questionnaire scores: two
 * charts sharing their steps, so a rating and a score on the same day sit
 * one above the other, and a table with the same numbers. Neither kind of
 * recovery is ranked over the other, and nothing here scores the person.
 * Reads the areas and measures features only through their public
 * headers, as recovery.h allows.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "recovery.h"
#include "web/svg.h"
#include "web/web.h"

/* Series classes (colours and line styles in app.css), in turn. */
#define SERIES_CLASSES 4
static const char *const series_cls[SERIES_CLASSES] = { "s-1", "s-2", "s-3", "s-4" };

/* A rating's average, as charted and tabled: to one decimal place. */
static double rating_value(const struct area_rating *r)
{
	return round(area_rating_mean(r) * 10) / 10;
}

static const char *set_name(const struct recovery_event *e)
{
	return e->set ? e->set->name : e->rating->set;
}

static const char *measure_name(const struct recovery_event *e)
{
	return e->entry->m ? e->entry->m->name : e->entry->r->measure;
}

/* ---- the statement ---- */

static void statement_section(struct web_req *req, struct buf *o, const struct recovery_view *v,
			      const struct err *err)
{
	const char *typed = err ? web_form_s(req, "statement") : v->has_statement ? v->statement.text : "";
	const char *saved = web_query(req, "saved");

	html_printf(o, "<section class=\"statement\" aria-labelledby=\"statement-h\"><h2 id=\"statement-h\">%s</h2>\n",
		    _("What recovery means to me"));
	if (saved && !err)
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n",
			    !strcmp(saved, "removed") ? _("Your words are removed. You can write new ones whenever you like.")
						      : _("Your words are saved."));
	if (v->has_statement) {
		struct buf day = BUF_INIT;
		wdate_long(&day, v->statement.when.date);
		html_printf(o, "<blockquote class=\"own-words\"><p>%s</p></blockquote>\n"
			       "<p class=\"hint\">%s %s.</p>\n",
			    v->statement.text, _("Your words, last written on"), day.data);
		buf_release(&day);
	} else {
		html_printf(o, "<p>%s</p>\n",
			    _("Recovery means different things to different people. You can call yourself recovered at any stage, if that feels right: there is no need to wait for an end point. You could put what it means to you in your own words here."));
	}
	if (err && web_form_again(err))
		web_error_summary(o, err, _("Nothing was saved yet"), "statement");
	html_printf(o, "<details class=\"more\"%s><summary>%s</summary>\n",
		    !v->has_statement || err ? " open" : "",
		    v->has_statement ? _("Change your words") : _("Write your words"));
	html_raw(o, "<form method=\"post\" action=\"/recovery/statement\" class=\"stack\" data-draft=\"/recovery/statement\">");
	web_csrf_input(req, o);
	html_printf(o, "<label for=\"statement\">%s</label>", _("In your own words, what does recovery mean to you?"));
	html_printf(o, "<p class=\"hint\" id=\"statement-hint\">%s</p>",
		    _("There is no right answer, and you can change it whenever you like. A few sentences are plenty."));
	web_field_error(o, err, "statement");
	html_raw(o, "<textarea id=\"statement\" name=\"statement\" rows=\"4\"");
	if (err && err->kind == ERR_INPUT && !strcmp(err->field, "statement"))
		html_raw(o, " aria-invalid=\"true\" aria-describedby=\"statement-hint statement-error\"");
	else
		html_raw(o, " aria-describedby=\"statement-hint\"");
	html_printf(o, ">%s</textarea><div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div></form>\n",
		    typed, _("Save my words"));
	if (v->has_statement) {
		html_raw(o, "<form method=\"post\" action=\"/recovery/statement/delete\" class=\"actions\">");
		web_csrf_input(req, o);
		html_printf(o, "<button type=\"submit\" class=\"quiet\">%s</button></form>\n", _("Remove my words"));
	}
	html_raw(o, "</details>\n</section>\n");
}

/* ---- the time line ---- */

/* One chart of the time line: the series of one kind of event, on the
 * steps first .. first + n - 1 of v's events. */
struct lane {
	double *y[SERIES_CLASSES * 4];
	const char **titles[SERIES_CLASSES * 4];
	struct svg_series series[SERIES_CLASSES * 4];
	const char *names[SERIES_CLASSES * 4];
	int nseries;
};

static void lane_release(struct lane *l)
{
	for (int s = 0; s < l->nseries; s++) {
		free(l->y[s]);
		free(l->titles[s]);
	}
}

/* The series of lane l for name (a set's or measure's id), added the
 * first time it is asked for; -1 when there are too many. */
static int lane_series(struct lane *l, const char *name, size_t n)
{
	for (int s = 0; s < l->nseries; s++)
		if (!strcmp(l->names[s], name))
			return s;
	if (l->nseries == (int)ARRAY_SIZE(l->y))
		return -1;
	l->names[l->nseries] = name;
	l->y[l->nseries] = xcalloc(n + 1, sizeof(double));
	l->titles[l->nseries] = xcalloc(n + 1, sizeof(char *));
	for (size_t k = 0; k < n; k++)
		l->y[l->nseries][k] = NAN;
	return l->nseries++;
}

static void lane_finish(struct lane *l)
{
	for (int s = 0; s < l->nseries; s++)
		l->series[s] = (struct svg_series){ .y = l->y[s], .cls = series_cls[s % SERIES_CLASSES],
			.dots = 1, .line = 1, .bridge = 1, .titles = l->titles[s] };
}

static void legend(struct buf *o, const struct lane *l, const char *const *labels)
{
	html_raw(o, "<figcaption>");
	for (int s = 0; s < l->nseries; s++)
		html_printf(o, "<span class=\"key %s\">%s</span> ", series_cls[s % SERIES_CLASSES], labels[s]);
	html_raw(o, "</figcaption>\n");
}

static void timeline(struct buf *o, const struct recovery_view *v)
{
	size_t first = v->nevents > RECOVERY_PAGE_EVENTS ? v->nevents - RECOVERY_PAGE_EVENTS : 0;
	size_t n = v->nevents - first, ndays = 0, every, day = 0;
	struct lane life = { 0 }, feel = { 0 };
	const char **xl = xcalloc(n + 1, sizeof(*xl));
	struct buf *days = xcalloc(n + 1, sizeof(*days)), *tips = xcalloc(n + 1, sizeof(*tips));
	const char *life_labels[ARRAY_SIZE(life.y)], *feel_labels[ARRAY_SIZE(feel.y)];
	static const double life_ticks[] = { 1, 4, 7, 10 };
	double feel_ticks[12], feel_max = 0;
	int nfeel_ticks = 0;
	struct svg_chart chart;

	/* x labels: the first step of a day, for at most about six days */
	for (size_t k = 0; k < n; k++)
		ndays += !k || wdate_cmp(v->events[first + k].when.date, v->events[first + k - 1].when.date);
	every = ndays > 6 ? (ndays + 5) / 6 : 1;
	for (size_t k = 0; k < n; k++) {
		const struct recovery_event *e = &v->events[first + k];
		buf_init(&days[k], 0, 0);
		buf_init(&tips[k], 0, 0);
		wdate_short(&days[k], e->when.date);
		if (!k || wdate_cmp(e->when.date, v->events[first + k - 1].when.date))
			xl[k] = day++ % every == 0 ? days[k].data : NULL;
		if (e->kind == RECOVERY_AREAS) {
			int s = lane_series(&life, e->rating->set, n);
			if (s < 0)
				continue;
			life_labels[s] = set_name(e);
			life.y[s][k] = rating_value(e->rating);
			buf_addf(&tips[k], "%s, %s: %g", set_name(e), days[k].data, life.y[s][k]);
			life.titles[s][k] = tips[k].data;
		} else if (e->entry->r->complete && e->entry->m) {
			int s = lane_series(&feel, e->entry->m->id, n);
			if (s < 0)
				continue;
			feel_labels[s] = e->entry->m->name;
			feel.y[s][k] = e->entry->r->total;
			if (e->entry->m->max > feel_max)
				feel_max = e->entry->m->max;
			buf_addf(&tips[k], "%s, %s: %g", measure_name(e), days[k].data, feel.y[s][k]);
			feel.titles[s][k] = tips[k].data;
		}
	}
	lane_finish(&life);
	lane_finish(&feel);
	for (double t = 0, by = feel_max > 12 ? 5 : feel_max > 6 ? 2 : 1; t <= feel_max && nfeel_ticks < 11; t += by)
		feel_ticks[nfeel_ticks++] = t;

	html_raw(o, "<figure class=\"chart-box timeline\">\n");
	if (life.nseries) {
		html_printf(o, "<p class=\"lane-title\" id=\"lane-life\">%s</p>\n",
			    _("How life is going: your own ratings of your life areas, on average, from 1 to 10 (higher is better)"));
		chart = (struct svg_chart){ .id = "life", .title = _("Your life-area ratings over time"),
			.desc = _("The average of each rating of your life areas, oldest on the left, on the same steps as the questionnaire chart below. The table below has the same numbers."),
			.n = (int)n, .ymin = 0, .ymax = 10, .yticks = life_ticks, .nyticks = 4, .xlabels = xl,
			.series = life.series, .nseries = life.nseries };
		svg_chart(o, &chart);
		legend(o, &life, life_labels);
	}
	if (feel.nseries) {
		html_printf(o, "<p class=\"lane-title\" id=\"lane-feel\">%s</p>\n",
			    _("How you have been feeling: your questionnaire totals (lower means fewer symptoms)"));
		chart = (struct svg_chart){ .id = "feel", .title = _("Your questionnaire totals over time"),
			.desc = _("Your questionnaire totals, oldest on the left, on the same steps as the life-areas chart above. The table below has the same numbers."),
			.n = (int)n, .ymin = 0, .ymax = feel_max, .yticks = feel_ticks, .nyticks = nfeel_ticks,
			.xlabels = xl, .series = feel.series, .nseries = feel.nseries };
		svg_chart(o, &chart);
		legend(o, &feel, feel_labels);
	}
	html_raw(o, "</figure>\n");

	html_printf(o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"timeline-c\">"
		       "<table class=\"data timeline\"><caption id=\"timeline-c\">%s</caption>\n<thead><tr>"
		       "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
		       "<th scope=\"col\">%s</th></tr></thead><tbody>\n",
		    _("The time line as a table: the same numbers, oldest first"),
		    _("Day"), _("What"), _("Score"), _("More"));
	for (size_t k = 0; k < n; k++) {
		const struct recovery_event *e = &v->events[first + k];
		struct buf more = BUF_INIT;
		if (e->kind == RECOVERY_AREAS) {
			buf_addf(&more, P_("the average of %zu area, out of 10", "the average of %zu areas, out of 10",
					   e->rating->nscores), e->rating->nscores);
			html_printf(o, "<tr><th scope=\"row\">%s</th><td>%s</td><td class=\"value\">%g</td><td>%s</td></tr>\n",
				    days[k].data, set_name(e), rating_value(e->rating), more.data);
		} else if (!e->entry->r->complete) {
			html_printf(o, "<tr><th scope=\"row\">%s</th><td>%s</td><td class=\"none\">%s</td><td>%s</td></tr>\n",
				    days[k].data, measure_name(e), _("no total"), _("questions were left unanswered"));
		} else {
			if (e->entry->m)
				measure_format_out_of(&more, e->entry->m, e->entry->r->total);
			if (e->entry->band)
				buf_addf(&more, " (%s)", e->entry->band->label);
			html_printf(o, "<tr><th scope=\"row\">%s</th><td>%s</td><td class=\"value\">%g</td><td>%s</td></tr>\n",
				    days[k].data, measure_name(e), e->entry->r->total, more.data);
		}
		buf_release(&more);
	}
	html_raw(o, "</tbody></table></div>\n");
	if (first)
		html_printf(o, "<p class=\"hint\">%s</p>\n", _("The latest 60 are shown; 'waymark recovery --json' has them all."));
	for (size_t k = 0; k < n; k++) {
		buf_release(&days[k]);
		buf_release(&tips[k]);
	}
	free(days);
	free(tips);
	free(xl);
	lane_release(&life);
	lane_release(&feel);
}

/* What has changed since the first rating of each set and the first
 * score of each measure. */
static void since(struct buf *o, const struct recovery_view *v)
{
	struct buf b = BUF_INIT, when = BUF_INIT;
	int any = 0;

	for (size_t i = 0; i < v->nareas; i++) {
		const struct recovery_areas *ra = &v->areas[i];
		if (ra->nratings < 2 || !ra->distance.compared)
			continue;
		if (!any++)
			html_printf(o, "<h2>%s</h2>\n<ul class=\"since\">\n", _("Since you started"));
		buf_reset(&b);
		buf_reset(&when);
		wdate_short_range(&when, ra->first->when.date, ra->latest->when.date);
		recovery_areas_words(&b, ra);
		html_printf(o, "<li><strong>%s</strong>: %s (%s). <a href=\"/areas/history?set=%s\">%s</a></li>\n",
			    ra->set.name, b.data, when.data, ra->set.id, _("See the detail"));
	}
	for (size_t i = 0; i < v->nmeasures; i++) {
		const struct recovery_measure *rm = &v->measures[i];
		if (rm->first == rm->latest)
			continue;
		if (!any++)
			html_printf(o, "<h2>%s</h2>\n<ul class=\"since\">\n", _("Since you started"));
		buf_reset(&b);
		buf_reset(&when);
		wdate_short_range(&when, rm->first->r->when.date, rm->latest->r->when.date);
		recovery_measure_words(&b, rm);
		html_printf(o, "<li><strong>%s</strong>: %s (%s). <a href=\"/measures/history\">%s</a></li>\n",
			    rm->m->name, b.data, when.data, _("See the detail"));
	}
	if (any)
		html_printf(o, "</ul>\n<p class=\"hint\">%s</p>\n",
			    _("Ups and downs are a normal part of recovery. These are snapshots, not a verdict."));
	buf_release(&b);
	buf_release(&when);
}

static int view_page(struct web_req *req, struct web_resp *resp, const struct err *err)
{
	struct buf *o = &resp->body;
	struct measure_catalog c;
	struct recovery_view v;
	struct err e2 = ERR_INIT;

	if (measure_catalog_load(&c, NULL, &e2))
		return web_fail(req, resp, &e2);
	recovery_view_init(&v);
	if (recovery_load(req->wm, &c, &v, &e2)) {
		web_fail(req, resp, &e2);
		goto out;
	}
	web_page_begin(req, resp, _("Both recoveries"), "recovery");
	html_printf(o, "<h1>%s</h1>\n<p class=\"lead\">%s</p>\n", _("Both recoveries"),
		    _("How life is going, in your own eyes (your life areas), and how you have been feeling (your questionnaires), side by side. Neither counts more than the other."));
	statement_section(req, o, &v, err);
	html_printf(o, "<section aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">%s</h2>\n", _("Your time line"));
	if (!v.nevents)
		html_printf(o, "<p>%s</p>\n", _("Nothing here yet. Rating your life areas and answering a questionnaire both add to it, whenever you like."));
	else
		timeline(o, &v);
	html_printf(o, "<div class=\"actions\"><a class=\"button\" href=\"/areas\">%s</a>"
		       "<a class=\"button\" href=\"/measures\">%s</a></div>\n</section>\n",
		    _("Rate your life areas"), _("Answer a questionnaire"));
	since(o, &v);
	web_page_end(req, resp);
out:
	recovery_view_release(&v);
	measure_catalog_release(&c);
	return 0;
}

int recovery_page(struct web_req *req, struct web_resp *resp)
{
	return view_page(req, resp, NULL);
}

int recovery_page_statement_post(struct web_req *req, struct web_resp *resp)
{
	struct recovery_statement s;
	struct err err = ERR_INIT;

	recovery_statement_init(&s);
	if (recovery_statement_set_text(&s, web_form_s(req, "statement"), &err) ||
	    recovery_statement_save(req->wm, &s, &err)) {
		recovery_statement_release(&s);
		if (!web_form_again(&err))
			return web_fail(req, resp, &err);
		view_page(req, resp, &err);
		if (resp->status < 400)
			resp->status = web_status_for(&err);
		return 0;
	}
	recovery_statement_release(&s);
	web_redirect(resp, "/recovery?saved=1");
	return 0;
}

int recovery_page_statement_delete_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;

	if (recovery_statement_delete(req->wm, &err) < 0)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/recovery?saved=removed");
	return 0;
}
