/* SPDX-License-Identifier: MIT */
/*
 * html.c: the report as HTML, written only through the escaping formatter
 * (web/html.h), with charts from web/svg.h and a table beside every chart.
 * One article serves both the Report page (styled by app.css, whose print
 * style leaves just the article) and the self-contained file made by
 * `waymark report --html` (its own style inside it). Only the sections in
 * the report's mask are written.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "report_int.h"
#include "web/html.h"
#include "web/svg.h"

/* Headings: the article's title at level, its sections one below. */
struct out {
	struct buf *o;
	int h;
};

static void heading(const struct out *w, int sub, const char *id, const char *text)
{
	if (id)
		html_printf(w->o, "<h%d id=\"%s\">%s</h%d>\n", w->h + sub, id, text, w->h + sub);
	else
		html_printf(w->o, "<h%d>%s</h%d>\n", w->h + sub, text, w->h + sub);
}

static void section_begin(const struct out *w, enum report_section s)
{
	const struct report_section_info *si = report_section_info(s);
	struct buf id = BUF_INIT;

	buf_addf(&id, "report-%s", si->id);
	html_printf(w->o, "<section class=\"report-section\" aria-labelledby=\"%s\">\n", id.data);
	heading(w, 1, id.data, _(si->title));
	buf_release(&id);
}

static void section_end(const struct out *w)
{
	html_raw(w->o, "</section>\n");
}

static void para(const struct out *w, const char *cls, const char *text)
{
	if (cls)
		html_printf(w->o, "<p class=\"%s\">%s</p>\n", cls, text);
	else
		html_printf(w->o, "<p>%s</p>\n", text);
}

/* A number cell, or an empty one for NAN. */
static void num_cell(const struct out *w, double v)
{
	if (isnan(v))
		html_raw(w->o, "<td></td>");
	else
		html_printf(w->o, "<td>%.1f</td>", v);
}

static void hours_cell(const struct out *w, double v)
{
	struct buf b = BUF_INIT;
	if (!isnan(v))
		report_words_hours(&b, v);
	html_printf(w->o, "<td>%s</td>", b.data);
	buf_release(&b);
}

/* Labels for about six days along the x axis, ending on the last day. */
static void x_labels(const struct report *r, const char **xl, char (*xbuf)[16])
{
	int step = r->ndays <= 7 ? 1 : (r->ndays + 5) / 6;

	for (int i = 0; i < r->ndays; i++) {
		struct wdate d = r->days[i].date;
		xl[i] = NULL;
		if ((r->ndays - 1 - i) % step == 0) {
			snprintf(xbuf[i], 16, "%d/%d", d.d, d.m);
			xl[i] = xbuf[i];
		}
	}
}

static void chart(const struct out *w, const struct report *r, const char *id,
		  const char *title, const char *desc, double ymax, const double *ticks,
		  int nticks, const struct svg_series *series, const char *key_day,
		  const char *day_cls, const char *key_avg)
{
	const char **xl = xcalloc((size_t)r->ndays, sizeof(*xl));
	char (*xbuf)[16] = xcalloc((size_t)r->ndays, sizeof(*xbuf));
	struct svg_chart c = { .id = id, .title = title, .desc = desc, .n = r->ndays, .ymin = 0,
				.ymax = ymax, .yticks = ticks, .nyticks = nticks, .xlabels = xl,
				.series = series, .nseries = 2 };

	x_labels(r, xl, xbuf);
	html_raw(w->o, "<figure class=\"chart-box\">");
	svg_chart(w->o, &c);
	html_printf(w->o, "<figcaption><span class=\"key %s\">%s</span> "
			  "<span class=\"key s-avg\">%s</span></figcaption></figure>\n",
		    day_cls, key_day, key_avg);
	free(xl);
	free(xbuf);
}

/* ---- mood ---- */

static void mood_section(const struct out *w, const struct report *r)
{
	static const double ticks[] = { 0, 2, 4, 6, 8, 10 };
	double *mood = xcalloc((size_t)r->ndays, sizeof(*mood));
	double *avg = xcalloc((size_t)r->ndays, sizeof(*avg));
	struct svg_series series[2];
	struct buf desc = BUF_INIT, b = BUF_INIT;
	const struct report_summary *s = &r->sum;

	section_begin(w, REPORT_MOOD);
	report_words_mood_summary(&desc, r);
	para(w, "lead", desc.data);
	if (!s->mood_days)
		goto out;
	for (int i = 0; i < r->ndays; i++) {
		mood[i] = r->days[i].mood;
		avg[i] = r->days[i].mood_avg7;
	}
	series[0] = (struct svg_series){ .y = mood, .cls = "s-day", .dots = 1 };
	series[1] = (struct svg_series){ .y = avg, .cls = "s-avg", .line = 1 };
	chart(w, r, "report-mood-chart", _("Mood, day by day"), desc.data, 10, ticks, 6, series,
	      _("a day's mood (0 to 10; the average if more than one)"), "s-day", _("7-day average"));
	html_printf(w->o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"%s\">"
			  "<table class=\"data\"><caption>%s</caption>\n<thead><tr><th scope=\"col\">%s</th>"
			  "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
			  "<th scope=\"col\">%s</th></tr></thead><tbody>\n",
		    _("Mood, week by week"), _("Mood, week by week (0 to 10)"), _("Week"),
		    _("Days with a mood"), _("Average"), _("Lowest"), _("Highest"));
	for (size_t i = 0; i < r->nweeks; i++) {
		const struct report_week *wk = &r->weeks[i];
		buf_reset(&b);
		report_words_week(&b, wk);
		html_printf(w->o, "<tr><th scope=\"row\">%s</th><td>%d</td>", b.data, wk->mood_days);
		num_cell(w, wk->mood_mean);
		num_cell(w, wk->mood_low);
		num_cell(w, wk->mood_high);
		html_raw(w->o, "</tr>\n");
	}
	html_raw(w->o, "</tbody></table></div>\n");
out:
	section_end(w);
	free(mood);
	free(avg);
	buf_release(&desc);
	buf_release(&b);
}

/* ---- sleep ---- */

static void sleep_section(const struct out *w, const struct report *r)
{
	static const double ticks[] = { 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24 };
	double *hours = xcalloc((size_t)r->ndays, sizeof(*hours));
	double *avg = xcalloc((size_t)r->ndays, sizeof(*avg));
	struct svg_series series[2];
	struct buf desc = BUF_INIT, b = BUF_INIT;
	const struct report_summary *s = &r->sum;
	double ymax = 12;

	section_begin(w, REPORT_SLEEP);
	report_words_sleep_summary(&desc, r);
	para(w, "lead", desc.data);
	if (!s->nights && !s->quality_days)
		goto out;
	if (s->nights) {
		while (ymax < s->sleep_high && ymax < 24)
			ymax += 2;
		for (int i = 0; i < r->ndays; i++) {
			hours[i] = r->days[i].sleep;
			avg[i] = r->days[i].sleep_avg7;
		}
		series[0] = (struct svg_series){ .y = hours, .cls = "s-sleep", .dots = 1 };
		series[1] = (struct svg_series){ .y = avg, .cls = "s-avg", .line = 1 };
		chart(w, r, "report-sleep-chart", _("Hours slept, night by night"), desc.data, ymax, ticks,
		      (int)(ymax / 2) + 1, series, _("hours slept that night"), "s-sleep",
		      _("7-night average"));
	}
	html_printf(w->o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"%s\">"
			  "<table class=\"data\"><caption>%s</caption>\n<thead><tr><th scope=\"col\">%s</th>"
			  "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
			  "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>\n",
		    _("Sleep, week by week"), _("Sleep, week by week"), _("Week"), _("Nights"),
		    _("Average"), _("Shortest"), _("Longest"), _("How well"));
	for (size_t i = 0; i < r->nweeks; i++) {
		const struct report_week *wk = &r->weeks[i];
		buf_reset(&b);
		report_words_week(&b, wk);
		html_printf(w->o, "<tr><th scope=\"row\">%s</th><td>%d</td>", b.data, wk->nights);
		hours_cell(w, wk->sleep_mean);
		hours_cell(w, wk->sleep_low);
		hours_cell(w, wk->sleep_high);
		html_printf(w->o, "<td>%s</td></tr>\n", report_words_quality(wk->quality_mean));
	}
	html_raw(w->o, "</tbody></table></div>\n");
out:
	section_end(w);
	free(hours);
	free(avg);
	buf_release(&desc);
	buf_release(&b);
}

/* ---- questionnaires ---- */

static void measures_section(const struct out *w, const struct report *r)
{
	struct buf b = BUF_INIT;

	section_begin(w, REPORT_MEASURES);
	if (!r->nmeasures) {
		para(w, NULL, _("No questionnaires were answered in this period."));
		section_end(w);
		return;
	}
	for (size_t k = 0; k < r->nmeasures; k++) {
		const struct report_measure *rm = &r->measures[k];
		struct buf id = BUF_INIT;
		buf_addf(&id, "report-measure-%s", rm->m->id);
		heading(w, 2, id.data, rm->m->name);
		html_printf(w->o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"%s\">"
				  "<table class=\"data\"><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
				  "</tr></thead><tbody>\n", id.data, _("Day"), _("Score"));
		for (size_t i = 0; i < rm->nrows; i++) {
			buf_reset(&b);
			report_words_day(&b, rm->rows[i]->when.date);
			html_printf(w->o, "<tr><th scope=\"row\">%s</th>", b.data);
			buf_reset(&b);
			report_words_total(&b, rm->m, rm->rows[i]);
			html_printf(w->o, "<td>%s", b.data);
			buf_reset(&b);
			report_words_safety(&b, rm, rm->rows[i]);
			if (b.len)
				html_printf(w->o, "<br><span class=\"safety\">%s</span>", b.data);
			html_raw(w->o, "</td></tr>\n");
		}
		html_raw(w->o, "</tbody></table></div>\n");
		buf_reset(&b);
		report_words_change(&b, rm);
		if (b.len)
			para(w, NULL, b.data);
		if (rm->m->copyright)
			para(w, "small", rm->m->copyright);
		buf_release(&id);
	}
	para(w, "small", _("Bands describe a score, not a person, and are not a diagnosis."));
	section_end(w);
	buf_release(&b);
}

/* ---- goals ---- */

static void goals_section(const struct out *w, const struct report *r)
{
	struct buf b = BUF_INIT;

	section_begin(w, REPORT_GOALS);
	if (!r->nrgoals) {
		para(w, NULL, _("No goals were under way in this period."));
		section_end(w);
		return;
	}
	html_raw(w->o, "<ul class=\"report-goals\">\n");
	for (size_t i = 0; i < r->nrgoals; i++) {
		const struct report_goal *rg = &r->rgoals[i];
		const struct goal *g = rg->g;
		html_printf(w->o, "<li><p><strong>%s</strong> <span class=\"state\">(%s)</span></p>\n",
			    g->title, goal_state_words(g->state));
		buf_reset(&b);
		report_words_goal_facts(&b, g);
		if (b.len)
			html_printf(w->o, "<p>%s</p>\n", b.data);
		buf_reset(&b);
		report_words_goal(&b, rg);
		if (b.len)
			html_printf(w->o, "<p>%s</p>\n", b.data);
		html_raw(w->o, "</li>\n");
	}
	html_raw(w->o, "</ul>\n");
	section_end(w);
	buf_release(&b);
}

/* ---- the plan ---- */

static void plan_section(const struct out *w, const struct report *r)
{
	struct buf b = BUF_INIT;

	section_begin(w, REPORT_PLAN);
	if (!r->has_plan) {
		para(w, NULL, _("There is no wellness and crisis plan written yet."));
		section_end(w);
		return;
	}
	report_words_plan_changed(&b, r);
	para(w, "lead", b.data);
	for (int s = 0; s < PLAN_SECTION__MAX; s++) {
		if (!report_plan_has(r, (enum plan_section)s))
			continue;
		heading(w, 2, NULL, _(plan_section_info((enum plan_section)s)->title));
		for (int l = 0; l < PLAN_LIST__MAX; l++) {
			const struct plan_list_info *li = plan_list_info((enum plan_list)l);
			if (li->section != (enum plan_section)s || !r->plan.nitems[l])
				continue;
			if (li->json_key)
				html_printf(w->o, "<p class=\"sub\">%s</p>\n", _(li->title));
			html_raw(w->o, "<ul>\n");
			for (size_t i = 0; i < r->plan.nitems[l]; i++)
				html_printf(w->o, "<li>%s</li>\n", r->plan.items[l][i]);
			html_raw(w->o, "</ul>\n");
		}
	}
	section_end(w);
	buf_release(&b);
}

/* ---- flagged check-ins ---- */

static void note_entry(const struct out *w, const struct report *r, const struct checkin *c)
{
	struct report_pair pairs[REPORT_PAIRS_MAX];
	size_t n = report_checkin_pairs(r, c, pairs);
	struct buf b = BUF_INIT;
	char t[6];

	report_words_day(&b, c->when.date);
	wclock_format(c->when.minute, t);
	buf_addf(&b, ", %s", t);
	heading(w, 2, NULL, b.data);
	html_raw(w->o, "<dl class=\"entry-full\">\n");
	for (size_t i = 0; i < n; i++) {
		if (pairs[i].multiline)
			html_printf(w->o, "<dt>%s</dt><dd class=\"note\">%s</dd>\n", pairs[i].label, pairs[i].value);
		else
			html_printf(w->o, "<dt>%s</dt><dd>%s</dd>\n", pairs[i].label, pairs[i].value);
	}
	html_raw(w->o, "</dl>\n");
	report_pairs_release(pairs, n);
	buf_release(&b);
}

static void notes_section(const struct out *w, const struct report *r)
{
	section_begin(w, REPORT_NOTES);
	if (!r->notes.n)
		para(w, NULL, _("No check-ins in this period are flagged for the appointment."));
	for (size_t i = 0; i < r->notes.n; i++)
		note_entry(w, r, &r->notes.items[i]);
	section_end(w);
}

/* ---- life areas ---- */

static void areas_section(const struct out *w, const struct report *r)
{
	struct buf b = BUF_INIT;

	section_begin(w, REPORT_AREAS);
	if (!r->nareas)
		para(w, NULL, _("No life areas were rated in this period."));
	for (size_t k = 0; k < r->nareas; k++) {
		const struct report_areas *ra = &r->areas[k];
		struct buf id = BUF_INIT, start = BUF_INIT, end = BUF_INIT;
		int compare = ra->distance.n > 0;

		buf_addf(&id, "report-areas-%s", ra->set.id);
		if (report_areas_need_heading(r, ra))
			heading(w, 2, id.data, ra->set.name);
		buf_reset(&b);
		report_words_areas(&b, ra, &start, &end);
		para(w, NULL, b.data);
		para(w, "small", _("1 is not going well at all, 10 is going really well."));
		html_printf(w->o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"%s\">"
				  "<table class=\"data\"><thead><tr><th scope=\"col\">%s</th>",
			    ra->set.name, _("Area"));
		if (compare)
			html_printf(w->o, "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>",
				    start.data, end.data, _("Change"));
		else
			html_printf(w->o, "<th scope=\"col\">%s</th>", end.data);
		html_raw(w->o, "</tr></thead><tbody>\n");
		if (compare) {
			for (size_t i = 0; i < ra->distance.n; i++) {
				const struct area_change *ch = &ra->distance.items[i];
				html_printf(w->o, "<tr><th scope=\"row\">%s</th>", ch->area->name);
				if (ch->from)
					html_printf(w->o, "<td>%d</td>", ch->from);
				else
					html_raw(w->o, "<td></td>");
				if (ch->to)
					html_printf(w->o, "<td>%d</td>", ch->to);
				else
					html_raw(w->o, "<td></td>");
				buf_reset(&b);
				if (ch->from && ch->to)
					report_words_change_by(&b, ch->change);
				html_printf(w->o, "<td>%s</td></tr>\n", b.data);
			}
		} else {
			for (size_t i = 0; i < ra->end->nscores; i++)
				html_printf(w->o, "<tr><th scope=\"row\">%s</th><td>%d</td></tr>\n",
					    ra->end->scores[i].name, ra->end->scores[i].score);
		}
		html_raw(w->o, "</tbody></table></div>\n");
		buf_release(&id);
		buf_release(&start);
		buf_release(&end);
	}
	if (r->has_focus) {
		buf_reset(&b);
		report_words_focus(&b, r);
		para(w, NULL, b.data);
	}
	section_end(w);
	buf_release(&b);
}

/* ---- questions ---- */

static void questions_section(const struct out *w, const struct report *r)
{
	section_begin(w, REPORT_QUESTIONS);
	if (!r->questions.n)
		para(w, NULL, _("No questions written down yet."));
	else
		html_raw(w->o, "<ol class=\"report-questions\">\n");
	for (size_t i = 0; i < r->questions.n; i++)
		html_printf(w->o, "<li>%s</li>\n", r->questions.items[i].text);
	if (r->questions.n)
		html_raw(w->o, "</ol>\n");
	section_end(w);
}

/* ---- the whole ---- */

static void article(struct buf *o, const struct report *r, int level)
{
	static void (*const writers[REPORT_SECTION__MAX])(const struct out *, const struct report *) = {
		[REPORT_MOOD] = mood_section,
		[REPORT_SLEEP] = sleep_section,
		[REPORT_MEASURES] = measures_section,
		[REPORT_GOALS] = goals_section,
		[REPORT_PLAN] = plan_section,
		[REPORT_NOTES] = notes_section,
		[REPORT_AREAS] = areas_section,
		[REPORT_QUESTIONS] = questions_section,
	};
	struct out w = { o, level };
	struct buf period = BUF_INIT, made = BUF_INIT, chosen = BUF_INIT;

	report_period_text(&period, &r->period);
	wdate_long(&made, r->made_local.date);
	report_words_chosen(&chosen, r->mask);
	html_raw(o, "<article class=\"report\" aria-labelledby=\"report-title\">\n<header class=\"report-head\">\n");
	heading(&w, 0, "report-title", _("Report for my appointment"));
	html_printf(o, "<p class=\"report-period\">%s <strong>%s</strong> ", _("Period:"), period.data);
	html_printf(o, P_("(%d day)", "(%d days)", report_period_days(&r->period)),
		    report_period_days(&r->period));
	html_printf(o, "</p>\n<p class=\"report-made\">%s %s</p>\n</header>\n", _("Made on"), made.data);
	for (int s = 0; s < REPORT_SECTION__MAX; s++)
		if (r->mask & REPORT_BIT(s))
			writers[s](&w, r);
	html_printf(o, "<footer class=\"report-foot\"><p>%s</p><p>%s</p></footer>\n</article>\n",
		    chosen.data,
		    _("Written by me in Waymark, a private recovery journal. It holds only what I chose to share."));
	buf_release(&period);
	buf_release(&made);
	buf_release(&chosen);
}

void report_html_article(struct buf *out, const struct report *r)
{
	article(out, r, 2);
}

void report_html_document(struct buf *out, const struct report *r)
{
	struct buf period = BUF_INIT;

	report_period_text(&period, &r->period);
	/* a file to keep or print, not a page the server sends: its style can
	 * sit inside it */
	html_printf(out,
		"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		"<title>%s: %s</title>\n", _("Report for my appointment"), period.data);
	html_raw(out, "<style>\n"
		"body { font: 11pt/1.45 system-ui, \"DejaVu Sans\", sans-serif; max-width: 46em; margin: 1.5em auto;"
		" padding: 0 1em; color: #111; background: #fff; }\n"
		"h1 { font-size: 1.6em; margin: 0 0 .2em; }\n"
		"h2 { font-size: 1.25em; margin: 1.4em 0 .4em; padding-bottom: .15em; border-bottom: 2px solid #2c6a59; }\n"
		"h3 { font-size: 1.05em; margin: 1em 0 .3em; }\n"
		".report-period, .report-made { margin: .1em 0; color: #333; }\n"
		".lead { font-size: 1.05em; }\n .small, .report-foot { font-size: .9em; color: #444; }\n"
		".sub { font-weight: 600; margin: .6em 0 .2em; }\n"
		"table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; }\n"
		"caption { text-align: left; color: #444; padding: .2em 0; }\n"
		"th, td { border-bottom: 1px solid #bbb; padding: .3em .5em; text-align: left; vertical-align: top; }\n"
		"td { font-variant-numeric: tabular-nums; }\n"
		"figure { margin: .6em 0; }\n figcaption { font-size: .9em; color: #444; }\n"
		"svg.chart { width: 100%; height: auto; display: block; }\n"
		"svg .grid { stroke: #ccc; stroke-width: 1; }\n svg .axis { fill: #444; font-size: 13px; }\n"
		"svg circle.s-day { fill: #2c6a59; }\n svg circle.s-sleep { fill: #3b5b92; }\n"
		"svg polyline.s-avg { stroke: #a0450a; stroke-width: 3; stroke-linejoin: round; fill: none; }\n"
		".key::before { content: \"\"; display: inline-block; width: .8em; height: .8em; margin-right: .35em;"
		" border-radius: 50%; background: #2c6a59; }\n"
		".key.s-sleep::before { background: #3b5b92; }\n"
		".key.s-avg::before { border-radius: 2px; height: .25em; vertical-align: .2em; background: #a0450a; }\n"
		"figcaption .key { margin-right: 1.2em; }\n"
		"dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .3em 0 .8em; }\n"
		"dt { font-weight: 600; color: #333; }\n dd { margin: 0; }\n dd.note { white-space: pre-wrap; }\n"
		"ul, ol { padding-left: 1.4em; }\n"
		".report-goals { list-style: none; padding: 0; }\n .report-goals li { margin: 0 0 .7em; }\n"
		".report-goals p { margin: .1em 0; }\n"
		".report-foot { border-top: 1px solid #bbb; margin-top: 1.5em; }\n"
		"@page { size: A4; margin: 16mm; }\n"
		"@media print { body { margin: 0; max-width: none; font-size: 10pt; } h2, h3 { break-after: avoid; }"
		" tr, figure, li { break-inside: avoid; } }\n"
		"</style>\n</head>\n<body>\n");
	article(out, r, 1);
	html_raw(out, "</body>\n</html>\n");
	buf_release(&period);
}
