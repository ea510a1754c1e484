/* SPDX-License-Identifier: MIT */
/*
 * page.c: the Insights page and the gentle early-warning note on Today.
 * The same numbers as `waymark insights`, with a calendar of moods (a
 * table that is its own text alternative) and a chart of sleep by week.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "insights.h"
#include "web/svg.h"
#include "web/web.h"

static const struct {
	const char *value, *label;
	int days;
} windows[] = {
	{ "30", N_("30 days"), 30 },
	{ "90", N_("90 days"), 90 },
	{ "365", N_("a year"), 365 },
	{ "all", N_("everything"), 0 },
};

static void coping_list(struct buf *o, const struct insights *in, size_t max)
{
	html_raw(o, "<ul class=\"coping\">\n");
	for (size_t i = 0; i < in->ncoping && i < max; i++) {
		const struct insight_coping *k = &in->coping[i];
		html_printf(o, "<li><strong>%s</strong>: ", k->what);
		html_printf(o, P_("used once", "used %d times", k->used), k->used);
		if (k->a_lot + k->a_little + k->not_at_all)
			html_printf(o, _("; helped a lot %d, a little %d, not at all %d"), k->a_lot,
				    k->a_little, k->not_at_all);
		if (!isnan(k->mood_at))
			html_printf(o, _(". Mood at the time %.1f"), k->mood_at);
		if (!isnan(k->mood_next))
			html_printf(o, _(", at your next check-in %.1f"), k->mood_next);
		html_raw(o, ".</li>\n");
	}
	html_raw(o, "</ul>\n");
}

static void coping_section(struct buf *o, const struct insights *in)
{
	html_printf(o, "<section aria-labelledby=\"coping-h\"><h2 id=\"coping-h\">%s</h2>\n",
		    in->coping_first ? _("Things you have done before when you needed to cope")
				     : _("Coping you have used"));
	if (in->coping_first)
		html_printf(o, "<p>%s</p>\n",
			    _("Your latest mood was low. These are things you have tried, and how they went for you."));
	if (!in->ncoping)
		html_printf(o, "<p>%s</p>\n",
			    _("No coping noted yet. When you check in, 'How did you cope?' builds this list."));
	else
		coping_list(o, in, 12);
	html_raw(o, "</section>\n");
}

/* The calendar: a row per month, a cell per day, the mood in the cell. */
static void calendar(struct buf *o, const struct insights *in)
{
	struct wdate d = in->from;
	int i = 0;

	html_printf(o, "<section aria-labelledby=\"cal-h\"><h2 id=\"cal-h\">%s</h2>\n", _("Day by day"));
	html_printf(o, "<p class=\"hint\">%s</p>\n",
		    _("Each square is a day, with its mood (the average when there was more than one check-in). Empty days are simply days without a mood."));
	html_raw(o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"cal-h\">"
		    "<table class=\"pixels\"><thead><tr><th scope=\"col\"><span class=\"visually-hidden\">");
	html_printf(o, "%s</span></th>", _("Month"));
	for (int day = 1; day <= 31; day++)
		html_printf(o, "<th scope=\"col\">%d</th>", day);
	html_raw(o, "</tr></thead><tbody>\n");
	while (i < in->ndays) {
		int m = d.m, y = d.y;
		html_printf(o, "<tr><th scope=\"row\">%s %d</th>", wdate_month_abbr(m), y);
		for (int day = 1; day <= 31; day++) {
			if (day > wdate_days_in_month(y, m)) {
				html_raw(o, "<td class=\"px-none\"></td>");
			} else if (i < in->ndays && d.d == day && d.m == m) {
				double v = in->daily[i];
				if (isnan(v))
					html_raw(o, "<td class=\"px\"></td>");
				else
					html_printf(o, "<td class=\"px px-%d\">%.0f</td>", (int)lround(v), v);
				i++;
				d = wdate_add_days(d, 1);
			} else {
				html_raw(o, "<td class=\"px-none\"></td>");
			}
		}
		html_raw(o, "</tr>\n");
	}
	html_raw(o, "</tbody></table></div></section>\n");
}

static void sleep_section(struct buf *o, const struct insights *in)
{
	static const double ticks[] = { 0, 4, 8, 12 };
	const char *xl[8] = { NULL };
	struct svg_series s = { .y = in->sleep_hours, .cls = "s-day", .dots = 1, .line = 1 };
	struct svg_chart c;
	int any = 0;

	html_printf(o, "<section aria-labelledby=\"sleep-h\"><h2 id=\"sleep-h\">%s</h2>\n",
		    _("Sleep and mood"));
	if (!in->duration[0].n && !in->duration[1].n && !in->duration[2].n &&
	    !in->quality[0].n && !in->quality[1].n && !in->quality[2].n) {
		html_printf(o, "<p>%s</p></section>\n",
			    _("No sleep noted yet. When a check-in says when you went to bed and woke, and how well you slept, this shows how sleep and mood go together for you."));
		return;
	}
	html_raw(o, "<ul>\n");
	for (int pass = 0; pass < 2; pass++) {
		for (int k = 0; k < 3; k++) {
			const struct insight_band *b = pass ? &in->quality[k] : &in->duration[k];
			if (b->n >= INSIGHTS_MIN_EACH)
				html_printf(o, _("<li>After %s: mood %.1f (%d days)</li>\n"), _(b->label), b->mood, b->n);
			else
				html_printf(o, _("<li>After %s: not enough days yet (%d)</li>\n"), _(b->label), b->n);
		}
	}
	html_raw(o, "</ul>\n");
	if (in->bed_n >= INSIGHTS_MIN_EACH) {
		char t[6];
		wclock_format(in->bed_mean, t);
		html_printf(o, _("<p>Bedtimes in the last 30 days: usually about %s, give or take %.0f minutes (%d nights). A regular bedtime is one of the things that can help with sleep.</p>\n"),
			    t, in->bed_sd, in->bed_n);
	}
	for (int w = 0; w < 8; w++)
		any |= !isnan(in->sleep_hours[w]);
	if (any) {
		xl[0] = _("8 weeks ago");
		xl[7] = _("this week");
		c = (struct svg_chart){ .id = "sleepchart", .title = _("Hours slept, week by week"),
					.desc = _("The average hours slept each week over the last 8 weeks, oldest first."),
					.n = 8, .ymin = 0, .ymax = 12, .yticks = ticks, .nyticks = 4,
					.xlabels = xl, .series = &s, .nseries = 1 };
		html_raw(o, "<figure class=\"chart-box\">");
		svg_chart(o, &c);
		html_raw(o, "</figure>\n<table class=\"data\"><caption>");
		html_printf(o, "%s</caption><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>",
			    _("Hours slept, week by week"), _("Week"), _("Average hours"));
		for (int w = 7; w >= 0; w--) {
			if (isnan(in->sleep_hours[w]))
				continue;
			if (w == 7)
				html_printf(o, "<tr><th scope=\"row\">%s</th><td>%.1f</td></tr>", _("this week"),
					    in->sleep_hours[w]);
			else
				html_printf(o, P_("<tr><th scope=\"row\">%d week ago</th><td>%.1f</td></tr>",
						  "<tr><th scope=\"row\">%d weeks ago</th><td>%.1f</td></tr>", 7 - w),
					    7 - w, in->sleep_hours[w]);
		}
		html_raw(o, "</tbody></table>\n");
	}
	html_raw(o, "</section>\n");
}

static void pattern_section(struct buf *o, const struct insights *in)
{
	html_printf(o, "<section aria-labelledby=\"ew-h\"><h2 id=\"ew-h\">%s</h2>\n", _("Your own pattern"));
	if (!in->ew_ready)
		html_printf(o, "<p>%s</p>\n",
			    _("Once there are a few more weeks of moods, Waymark can compare the last two weeks with your own usual."));
	else if (in->ew_signal)
		html_printf(o, _("<p>Your mood over the last two weeks (about %.1f) has been lower than your own usual (about %.1f over the eight weeks before). This is your own pattern, not a prediction. It may be a good moment to look at what has helped before, or at your plan.</p>\n"),
			    in->ew_recent, in->ew_baseline);
	else
		html_printf(o, _("<p>Your mood over the last two weeks is in line with your own usual (about %.1f).</p>\n"),
			    in->ew_baseline);
	if (in->ew_signal && in->new_actions) {
		html_printf(o, "<p>%s</p>\n<ul>\n", _("Your plan says that when you notice early warning signs, you will:"));
		for (size_t i = 0; i < in->new_actions; i++)
			html_printf(o, "<li>%s</li>\n", in->ew_actions[i]);
		html_raw(o, "</ul>\n");
	}
	html_raw(o, "</section>\n");
}

int insights_page(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct insights in;
	struct err err = ERR_INIT;
	const char *w = web_query(req, "days");
	int days = 90;
	size_t tested = 0;

	for (size_t i = 0; w && i < ARRAY_SIZE(windows); i++)
		if (!strcmp(w, windows[i].value))
			days = windows[i].days;
	if (insights_gather(req->wm, days, &in, &err))
		return web_fail(req, resp, &err);
	web_page_begin(req, resp, _("Insights"), "insights");
	html_printf(o, "<h1>%s</h1>\n", _("What your diary shows"));
	html_raw(o, "<nav class=\"pages\" aria-label=\"Period\">");
	for (size_t i = 0; i < ARRAY_SIZE(windows); i++) {
		if (windows[i].days == days)
			html_printf(o, "<a href=\"/insights?days=%s\" aria-current=\"page\">%s</a>",
				    windows[i].value, _(windows[i].label));
		else
			html_printf(o, "<a href=\"/insights?days=%s\">%s</a>", windows[i].value,
				    _(windows[i].label));
	}
	html_raw(o, "</nav>\n");
	html_printf(o, "<p class=\"lead\">");
	html_printf(o, P_("%d check-in", "%d check-ins", in.entries), in.entries);
	html_printf(o, P_(", %d day with a mood.", ", %d days with a mood.", in.days_with_mood),
		    in.days_with_mood);
	if (!isnan(in.avg7))
		html_printf(o, _(" Last 7 days: %.1f on average."), in.avg7);
	if (!isnan(in.avg30))
		html_printf(o, _(" Last 30 days: %.1f."), in.avg30);
	html_raw(o, "</p>\n");

	if (in.coping_first)
		coping_section(o, &in);

	html_printf(o, "<section aria-labelledby=\"find-h\"><h2 id=\"find-h\">%s</h2>\n",
		    _("What goes with your mood"));
	if (in.days_with_mood < INSIGHTS_MIN_DAYS) {
		html_printf(o, _("<p>Not enough entries yet: after %d days with a mood, Waymark can look for what tends to go with your better and harder days. You have %d.</p>\n"),
			    INSIGHTS_MIN_DAYS, in.days_with_mood);
	} else {
		html_raw(o, "<ul class=\"findings\">\n");
		for (size_t i = 0; i < in.nfindings; i++) {
			struct buf words = BUF_INIT;
			tested++;
			if (!in.findings[i].shown)
				continue;
			insights_finding_words(&in.findings[i], &words);
			html_printf(o, "<li>%s.%s</li>\n", words.data,
				    in.findings[i].in_plan ? _(" This is in your plan.") : "");
			buf_release(&words);
		}
		html_raw(o, "</ul>\n");
		if (!in.nshown)
			html_printf(o, _("<p>No clear patterns yet: %zu things were compared, and none stood out beyond chance.</p>\n"),
				    tested);
		else
			html_printf(o, _("<p>%zu of %zu things compared stood out.</p>\n"), in.nshown, tested);
		if (in.nthin)
			html_printf(o, P_("<p>%zu more has too few days to say: not enough entries yet.</p>\n",
					  "<p>%zu more have too few days to say: not enough entries yet.</p>\n",
					  in.nthin), in.nthin);
		html_printf(o, "<p class=\"hint\">%s</p>\n",
			    _("These are patterns in your own entries, not causes: a hard day can also lead to doing less. They change as your diary grows."));
	}
	html_raw(o, "</section>\n");

	if (!in.coping_first)
		coping_section(o, &in);
	pattern_section(o, &in);
	if (in.has_weeks) {
		struct wdate b4 = { in.best.iso_year, 1, 4 }, h4 = { in.hardest.iso_year, 1, 4 };
		struct buf b = BUF_INIT, h = BUF_INIT;
		wdate_short(&b, wdate_add_days(b4, 1 - wdate_weekday(b4) + 7 * (in.best.week - 1)));
		wdate_short(&h, wdate_add_days(h4, 1 - wdate_weekday(h4) + 7 * (in.hardest.week - 1)));
		html_printf(o, "<section aria-labelledby=\"weeks-h\"><h2 id=\"weeks-h\">%s</h2>\n", _("Weeks"));
		html_printf(o, _("<p>Your best week was the week of %s (%.1f, %d days); your hardest was the week of %s (%.1f, %d days).</p>\n"),
			    b.data, in.best.mood, in.best.days, h.data, in.hardest.mood, in.hardest.days);
		html_raw(o, "</section>\n");
		buf_release(&b);
		buf_release(&h);
	}
	sleep_section(o, &in);
	if (in.nplan_tags) {
		html_printf(o, "<section aria-labelledby=\"plan-h\"><h2 id=\"plan-h\">%s</h2>\n<ul>\n",
			    _("From your plan"));
		for (size_t i = 0; i < in.nplan_tags; i++)
			html_printf(o, P_("<li>%s (%s in your plan): logged once in the last 7 days.</li>\n",
					  "<li>%s (%s in your plan): logged %d times in the last 7 days.</li>\n",
					  in.plan_tags[i].week),
				    in.plan_tags[i].tag,
				    in.plan_tags[i].warning ? _("an early warning sign") : _("a trigger"),
				    in.plan_tags[i].week);
		html_raw(o, "</ul></section>\n");
	}
	calendar(o, &in);
	html_printf(o, "<p class=\"hint\">%s</p>\n", _("How these are worked out: docs/insights.md in Waymark's source."));
	web_page_end(req, resp);
	insights_release(&in);
	return 0;
}

void insights_today_hook(struct web_req *req, struct buf *out)
{
	struct insights in;
	struct err err = ERR_INIT;

	if (insights_gather(req->wm, 30, &in, &err))
		return;
	if (in.ew_signal) {
		html_printf(out, "<aside class=\"notice gentle\" aria-labelledby=\"ew-note\"><h2 id=\"ew-note\">%s</h2>",
			    _("Your own pattern"));
		html_printf(out, _("<p>Your mood over the last two weeks has been lower than your own usual. This is your own pattern, not a prediction.</p>"));
		if (in.ncoping) {
			html_printf(out, "<p>%s</p>", _("Things that have helped you before:"));
			coping_list(out, &in, 3);
		}
		if (in.new_actions) {
			html_printf(out, "<p>%s</p><ul>", _("Your plan for early warning signs:"));
			for (size_t i = 0; i < in.new_actions; i++)
				html_printf(out, "<li>%s</li>", in.ew_actions[i]);
			html_raw(out, "</ul>");
		}
		html_printf(out, "<p><a href=\"/insights\">%s</a></p></aside>\n", _("See what your diary shows"));
	}
	insights_release(&in);
}
