/* SPDX-License-Identifier: MIT */
/*
 * pdf.c: the report as an A4 PDF, drawn with cairo and laid out with
 * pango, so its text is real text that can be selected, searched and read
 * aloud. Every page has a header (the title and the period) and a footer
 * (the day it was made, and "Page N of M"); the charts are drawn with
 * cairo's lines and circles. Never a hand-written PDF.
 *
 * The layout runs twice: once into a PDF that is thrown away, to count the
 * pages, and once for real, so that every footer can say how many pages
 * there are. A person's text only ever reaches pango as plain text
 * (pango_layout_set_text), never as markup. It says what html.c says,
 * through the same words in model.c.
 *
 * The libraries are opened on first use (pdf_lib.h), so that they cost
 * nothing to the commands that never draw a PDF.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "pdf_lib.h"
#include "report_int.h"

/* A4 in points, and the space for the content. */
#define PAGE_W 595.276
#define PAGE_H 841.890
#define MARGIN 56.0
#define CONTENT_TOP 76.0
#define CONTENT_BOTTOM (PAGE_H - 62.0)
#define CONTENT_W (PAGE_W - 2 * MARGIN)
#define FONT "DejaVu Sans, Sans"

#define TEXT_SIZE 10.0
#define SMALL_SIZE 8.5

struct rgb {
	double r, g, b;
};

static const struct rgb ink = { 0.07, 0.07, 0.07 };
static const struct rgb muted = { 0.29, 0.31, 0.33 };
static const struct rgb rule = { 0.75, 0.77, 0.78 };
static const struct rgb accent = { 0.173, 0.416, 0.349 };  /* #2c6a59 */
static const struct rgb sleep_ink = { 0.231, 0.357, 0.573 }; /* #3b5b92 */
static const struct rgb avg_ink = { 0.627, 0.271, 0.039 };   /* #a0450a */

struct pdf {
	cairo_surface_t *surface;
	cairo_t *cr;
	PangoContext *pc; /* from the report's own font map (see report_pdf) */
	const struct report *r;
	double y;         /* where the next thing goes */
	int page;         /* the page being drawn, from 1 */
	int pages;        /* how many there are, once known (else 0) */
	char *head_left, *head_right, *foot_left;
};

static void colour(struct pdf *p, struct rgb c)
{
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
}

/* A layout of plain text, wrapped to width points. */
static PangoLayout *layout(struct pdf *p, const char *text, double size, int bold,
			   double width)
{
	PangoLayout *l = pango_layout_new(p->pc);
	PangoFontDescription *fd = pango_font_description_from_string(FONT);

	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	if (bold)
		pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_text(l, text, -1);
	return l;
}

static double layout_height(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return h / (double)PANGO_SCALE;
}

static double layout_width(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return w / (double)PANGO_SCALE;
}

/* Draws text in one piece at x, y (its top), in c. */
static void draw_at(struct pdf *p, const char *text, double size, int bold, double x,
		    double y, double width, struct rgb c)
{
	PangoLayout *l = layout(p, text, size, bold, width);
	colour(p, c);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

/* The header and footer of the page just begun. */
static void decorate(struct pdf *p)
{
	struct buf b = BUF_INIT;
	PangoLayout *l;

	draw_at(p, p->head_left, SMALL_SIZE, 1, MARGIN, 30, 0, accent);
	l = layout(p, p->head_right, SMALL_SIZE, 0, 0);
	colour(p, muted);
	cairo_move_to(p->cr, PAGE_W - MARGIN - layout_width(l), 30);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	colour(p, rule);
	cairo_set_line_width(p->cr, 0.8);
	cairo_move_to(p->cr, MARGIN, 46);
	cairo_line_to(p->cr, PAGE_W - MARGIN, 46);
	cairo_stroke(p->cr);
	cairo_move_to(p->cr, MARGIN, PAGE_H - 48);
	cairo_line_to(p->cr, PAGE_W - MARGIN, PAGE_H - 48);
	cairo_stroke(p->cr);
	draw_at(p, p->foot_left, SMALL_SIZE, 0, MARGIN, PAGE_H - 42, 0, muted);
	buf_addf(&b, _("Page %d of %d"), p->page, p->pages ? p->pages : p->page);
	l = layout(p, b.data, SMALL_SIZE, 0, 0);
	colour(p, muted);
	cairo_move_to(p->cr, PAGE_W - MARGIN - layout_width(l), PAGE_H - 42);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	buf_release(&b);
}

static void new_page(struct pdf *p)
{
	if (p->page)
		cairo_show_page(p->cr);
	p->page++;
	p->y = CONTENT_TOP;
	decorate(p);
}

/* Makes room for h points, starting a page if they do not fit. */
static void room(struct pdf *p, double h)
{
	if (p->y + h > CONTENT_BOTTOM && p->y > CONTENT_TOP)
		new_page(p);
}

/* Text that may run over pages: wrapped to width at x, drawn line by line
 * so that a page can end between two lines. */
static void flow(struct pdf *p, const char *text, double size, int bold, double x,
		 double width, struct rgb c)
{
	PangoLayout *l = layout(p, text, size, bold, width);
	PangoLayoutIter *it = pango_layout_get_iter(l);

	colour(p, c);
	do {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		int y0, y1, base = pango_layout_iter_get_baseline(it);
		double h;
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		h = (y1 - y0) / (double)PANGO_SCALE;
		room(p, h);
		colour(p, c);
		cairo_move_to(p->cr, x, p->y + (base - y0) / (double)PANGO_SCALE);
		pango_cairo_show_layout_line(p->cr, line);
		p->y += h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	g_object_unref(l);
}

static void para(struct pdf *p, const char *text, double size, struct rgb c)
{
	flow(p, text, size, 0, MARGIN, CONTENT_W, c);
	p->y += size * 0.6;
}

/* A heading kept with at least keep points of what follows it. */
static void heading(struct pdf *p, const char *text, double size, int underline, double keep)
{
	PangoLayout *l = layout(p, text, size, 1, CONTENT_W);
	double h = layout_height(l);

	p->y += size * 0.8;
	room(p, h + keep);
	colour(p, underline ? accent : ink);
	cairo_move_to(p->cr, MARGIN, p->y);
	pango_cairo_show_layout(p->cr, l);
	p->y += h + 2;
	if (underline) {
		colour(p, accent);
		cairo_set_line_width(p->cr, 1.4);
		cairo_move_to(p->cr, MARGIN, p->y);
		cairo_line_to(p->cr, PAGE_W - MARGIN, p->y);
		cairo_stroke(p->cr);
		p->y += 6;
	}
	g_object_unref(l);
}

/* A section's heading, kept with keep points of what follows. */
static void section_heading(struct pdf *p, enum report_section s, double keep)
{
	heading(p, _(report_section_info(s)->title), 14, 1, keep);
}

/* A list item with a bullet or a number (mark) hanging to its left. */
static void item(struct pdf *p, const char *mark, const char *text)
{
	PangoLayout *l = layout(p, text, TEXT_SIZE, 0, CONTENT_W - 18);
	double first = 0;
	PangoLayoutIter *it = pango_layout_get_iter(l);
	int y0, y1;

	pango_layout_iter_get_line_yrange(it, &y0, &y1);
	first = (y1 - y0) / (double)PANGO_SCALE;
	pango_layout_iter_free(it);
	g_object_unref(l);
	room(p, first);
	draw_at(p, mark, TEXT_SIZE, 0, MARGIN + 2, p->y, 0, muted);
	flow(p, text, TEXT_SIZE, 0, MARGIN + 18, CONTENT_W - 18, ink);
	p->y += 3;
}

/* ---- tables ---- */

struct table {
	int ncols;
	const double *widths;  /* fractions of the content width */
	char **header;         /* ncols labels */
};

/* Draws one row of cells (the first column and a header row in bold),
 * with a rule under it. A row never splits over pages: when it does not
 * fit, a new page starts with the header row drawn again. */
static void row(struct pdf *p, const struct table *t, char **cells, int header_row)
{
	PangoLayout *ls[8];
	double h = 0, x = MARGIN;

	if (t->ncols > 8)
		BUG("a table of %d columns", t->ncols);
	for (int c = 0; c < t->ncols; c++) {
		ls[c] = layout(p, cells[c] ? cells[c] : "", TEXT_SIZE - 0.5, header_row || c == 0,
			       t->widths[c] * CONTENT_W - 6);
		if (layout_height(ls[c]) + 6 > h)
			h = layout_height(ls[c]) + 6;
	}
	if (!header_row && p->y + h > CONTENT_BOTTOM) {
		new_page(p);
		row(p, t, t->header, 1);
	} else {
		room(p, h);
	}
	colour(p, ink);
	for (int c = 0; c < t->ncols; c++) {
		cairo_move_to(p->cr, x + 3, p->y + 3);
		pango_cairo_show_layout(p->cr, ls[c]);
		x += t->widths[c] * CONTENT_W;
		g_object_unref(ls[c]);
	}
	p->y += h;
	colour(p, header_row ? muted : rule);
	cairo_set_line_width(p->cr, header_row ? 1.0 : 0.6);
	cairo_move_to(p->cr, MARGIN, p->y);
	cairo_line_to(p->cr, PAGE_W - MARGIN, p->y);
	cairo_stroke(p->cr);
}

static void table_begin(struct pdf *p, const struct table *t)
{
	/* the header and at least one row together */
	room(p, 44);
	row(p, t, t->header, 1);
}

static void table_end(struct pdf *p)
{
	p->y += 8;
}

/* ---- charts ---- */

#define CHART_H 170.0
#define CHART_LEFT 28.0
#define CHART_BOTTOM 18.0

static double chart_x(const struct report *r, int i, double x0, double w)
{
	return r->ndays > 1 ? x0 + w * i / (r->ndays - 1) : x0 + w / 2;
}

static void chart(struct pdf *p, const double *dots, const double *line, double ymax,
		  double tick, struct rgb dot_ink, const char *key_dots, const char *key_line)
{
	const struct report *r = p->r;
	double x0 = MARGIN + CHART_LEFT, w = CONTENT_W - CHART_LEFT - 8;
	double top, h = CHART_H - CHART_BOTTOM - 8;
	int step = r->ndays <= 7 ? 1 : (r->ndays + 5) / 6, open = 0;
	double radius = r->ndays > 120 ? 1.6 : r->ndays > 45 ? 2.4 : 3.2;

	room(p, CHART_H + 22);
	top = p->y + 6;
	cairo_set_line_width(p->cr, 0.6);
	for (double v = 0; v <= ymax + 1e-9; v += tick) {
		struct buf b = BUF_INIT;
		double y = top + h * (ymax - v) / ymax;
		colour(p, rule);
		cairo_move_to(p->cr, x0, y);
		cairo_line_to(p->cr, x0 + w, y);
		cairo_stroke(p->cr);
		buf_addf(&b, "%g", v);
		{
			PangoLayout *l = layout(p, b.data, 7.5, 0, 0);
			colour(p, muted);
			cairo_move_to(p->cr, x0 - 5 - layout_width(l), y - layout_height(l) / 2);
			pango_cairo_show_layout(p->cr, l);
			g_object_unref(l);
		}
		buf_release(&b);
	}
	for (int i = 0; i < r->ndays; i++) {
		struct wdate d = r->days[i].date;
		struct buf b = BUF_INIT;
		PangoLayout *l;
		if ((r->ndays - 1 - i) % step)
			continue;
		buf_addf(&b, "%d/%d", d.d, d.m);
		l = layout(p, b.data, 7.5, 0, 0);
		colour(p, muted);
		cairo_move_to(p->cr, chart_x(r, i, x0, w) - layout_width(l) / 2, top + h + 4);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		buf_release(&b);
	}
	/* the 7-day average, broken where there is nothing */
	colour(p, avg_ink);
	cairo_set_line_width(p->cr, 2.0);
	cairo_set_line_join(p->cr, CAIRO_LINE_JOIN_ROUND);
	for (int i = 0; i < r->ndays; i++) {
		double x = chart_x(r, i, x0, w), y;
		if (isnan(line[i])) {
			if (open)
				cairo_stroke(p->cr);
			open = 0;
			continue;
		}
		y = top + h * (ymax - fmin(line[i], ymax)) / ymax;
		if (open)
			cairo_line_to(p->cr, x, y);
		else
			cairo_move_to(p->cr, x, y);
		open = 1;
	}
	if (open)
		cairo_stroke(p->cr);
	colour(p, dot_ink);
	for (int i = 0; i < r->ndays; i++) {
		if (isnan(dots[i]))
			continue;
		cairo_new_sub_path(p->cr);
		cairo_arc(p->cr, chart_x(r, i, x0, w), top + h * (ymax - fmin(dots[i], ymax)) / ymax,
			  radius, 0, 2 * M_PI);
		cairo_fill(p->cr);
	}
	p->y = top + CHART_H - 8 + 4;
	/* the key */
	{
		double x = MARGIN;
		PangoLayout *l;
		colour(p, dot_ink);
		cairo_new_sub_path(p->cr);
		cairo_arc(p->cr, x + 4, p->y + 6, 3.5, 0, 2 * M_PI);
		cairo_fill(p->cr);
		l = layout(p, key_dots, SMALL_SIZE, 0, 0);
		colour(p, muted);
		cairo_move_to(p->cr, x + 12, p->y);
		pango_cairo_show_layout(p->cr, l);
		x += 12 + layout_width(l) + 18;
		g_object_unref(l);
		colour(p, avg_ink);
		cairo_set_line_width(p->cr, 2.0);
		cairo_move_to(p->cr, x, p->y + 6);
		cairo_line_to(p->cr, x + 14, p->y + 6);
		cairo_stroke(p->cr);
		l = layout(p, key_line, SMALL_SIZE, 0, 0);
		colour(p, muted);
		cairo_move_to(p->cr, x + 20, p->y);
		pango_cairo_show_layout(p->cr, l);
		p->y += layout_height(l) + 10;
		g_object_unref(l);
	}
}

/* ---- sections ---- */

static char *fmt_num(double v)
{
	struct buf b = BUF_INIT;
	if (!isnan(v))
		buf_addf(&b, "%.1f", v);
	return buf_detach(&b, NULL);
}

static char *fmt_hours(double v)
{
	struct buf b = BUF_INIT;
	if (!isnan(v))
		report_words_hours(&b, v);
	return buf_detach(&b, NULL);
}

static void free_cells(char **cells, int n)
{
	for (int i = 0; i < n; i++)
		free(cells[i]);
}

static void mood_section(struct pdf *p)
{
	static const double widths[] = { 0.36, 0.19, 0.15, 0.15, 0.15 };
	const struct report *r = p->r;
	char *header[] = { _("Week"), _("Days with a mood"), _("Average"), _("Lowest"), _("Highest") };
	struct table t = { 5, widths, header };
	struct buf b = BUF_INIT;
	double *mood = xcalloc((size_t)r->ndays, sizeof(*mood));
	double *avg = xcalloc((size_t)r->ndays, sizeof(*avg));

	section_heading(p, REPORT_MOOD, r->sum.mood_days ? CHART_H + 70 : 60);
	report_words_mood_summary(&b, r);
	para(p, b.data, TEXT_SIZE + 0.5, ink);
	if (r->sum.mood_days) {
		for (int i = 0; i < r->ndays; i++) {
			mood[i] = r->days[i].mood;
			avg[i] = r->days[i].mood_avg7;
		}
		chart(p, mood, avg, 10, 2, accent, _("a day's mood (0 to 10; the average if more than one)"),
		      _("7-day average"));
		table_begin(p, &t);
		for (size_t i = 0; i < r->nweeks; i++) {
			const struct report_week *wk = &r->weeks[i];
			char *cells[5];
			buf_reset(&b);
			report_words_week(&b, wk);
			cells[0] = xstrdup(b.data);
			buf_reset(&b);
			buf_addf(&b, "%d", wk->mood_days);
			cells[1] = xstrdup(b.data);
			cells[2] = fmt_num(wk->mood_mean);
			cells[3] = fmt_num(wk->mood_low);
			cells[4] = fmt_num(wk->mood_high);
			row(p, &t, cells, 0);
			free_cells(cells, 5);
		}
		table_end(p);
	}
	free(mood);
	free(avg);
	buf_release(&b);
}

static void sleep_section(struct pdf *p)
{
	static const double widths[] = { 0.34, 0.10, 0.15, 0.14, 0.14, 0.13 };
	const struct report *r = p->r;
	char *header[] = { _("Week"), _("Nights"), _("Average"), _("Shortest"), _("Longest"), _("How well") };
	struct table t = { 6, widths, header };
	struct buf b = BUF_INIT;
	double *hours = xcalloc((size_t)r->ndays, sizeof(*hours));
	double *avg = xcalloc((size_t)r->ndays, sizeof(*avg));
	double ymax = 12;

	section_heading(p, REPORT_SLEEP, r->sum.nights ? CHART_H + 70 : 60);
	report_words_sleep_summary(&b, r);
	para(p, b.data, TEXT_SIZE + 0.5, ink);
	if (r->sum.nights) {
		while (ymax < r->sum.sleep_high && ymax < 24)
			ymax += 2;
		for (int i = 0; i < r->ndays; i++) {
			hours[i] = r->days[i].sleep;
			avg[i] = r->days[i].sleep_avg7;
		}
		chart(p, hours, avg, ymax, ymax > 12 ? 4 : 2, sleep_ink, _("hours slept that night"),
		      _("7-night average"));
	}
	if (r->sum.nights || r->sum.quality_days) {
		table_begin(p, &t);
		for (size_t i = 0; i < r->nweeks; i++) {
			const struct report_week *wk = &r->weeks[i];
			char *cells[6];
			buf_reset(&b);
			report_words_week(&b, wk);
			cells[0] = xstrdup(b.data);
			buf_reset(&b);
			buf_addf(&b, "%d", wk->nights);
			cells[1] = xstrdup(b.data);
			cells[2] = fmt_hours(wk->sleep_mean);
			cells[3] = fmt_hours(wk->sleep_low);
			cells[4] = fmt_hours(wk->sleep_high);
			cells[5] = xstrdup(report_words_quality(wk->quality_mean));
			row(p, &t, cells, 0);
			free_cells(cells, 6);
		}
		table_end(p);
	}
	free(hours);
	free(avg);
	buf_release(&b);
}

static void measures_section(struct pdf *p)
{
	static const double widths[] = { 0.28, 0.72 };
	const struct report *r = p->r;
	char *header[] = { _("Day"), _("Score") };
	struct table t = { 2, widths, header };
	struct buf b = BUF_INIT;

	section_heading(p, REPORT_MEASURES, 60);
	if (!r->nmeasures)
		para(p, _("No questionnaires were answered in this period."), TEXT_SIZE, ink);
	for (size_t k = 0; k < r->nmeasures; k++) {
		const struct report_measure *rm = &r->measures[k];
		heading(p, rm->m->name, 11.5, 0, 50);
		table_begin(p, &t);
		for (size_t i = 0; i < rm->nrows; i++) {
			char *cells[2];
			buf_reset(&b);
			report_words_day(&b, rm->rows[i]->when.date);
			cells[0] = xstrdup(b.data);
			buf_reset(&b);
			report_words_total(&b, rm->m, rm->rows[i]);
			{
				struct buf s = BUF_INIT;
				report_words_safety(&s, rm, rm->rows[i]);
				if (s.len)
					buf_addf(&b, "\n%s", s.data);
				buf_release(&s);
			}
			cells[1] = xstrdup(b.data);
			row(p, &t, cells, 0);
			free_cells(cells, 2);
		}
		table_end(p);
		buf_reset(&b);
		report_words_change(&b, rm);
		if (b.len)
			para(p, b.data, TEXT_SIZE, ink);
		if (rm->m->copyright)
			para(p, rm->m->copyright, SMALL_SIZE, muted);
	}
	para(p, _("Bands describe a score, not a person, and are not a diagnosis."), SMALL_SIZE, muted);
	buf_release(&b);
}

static void goals_section(struct pdf *p)
{
	const struct report *r = p->r;
	struct buf b = BUF_INIT;

	section_heading(p, REPORT_GOALS, 60);
	if (!r->nrgoals)
		para(p, _("No goals were under way in this period."), TEXT_SIZE, ink);
	for (size_t i = 0; i < r->nrgoals; i++) {
		const struct report_goal *rg = &r->rgoals[i];
		const struct goal *g = rg->g;
		buf_reset(&b);
		buf_addf(&b, "%s (%s)", g->title, goal_state_words(g->state));
		room(p, 40);
		flow(p, b.data, TEXT_SIZE + 0.5, 1, MARGIN, CONTENT_W, ink);
		buf_reset(&b);
		report_words_goal_facts(&b, g);
		if (b.len)
			flow(p, b.data, TEXT_SIZE, 0, MARGIN, CONTENT_W, muted);
		buf_reset(&b);
		report_words_goal(&b, rg);
		if (b.len)
			flow(p, b.data, TEXT_SIZE, 0, MARGIN, CONTENT_W, ink);
		p->y += 8;
	}
	buf_release(&b);
}

static void plan_section(struct pdf *p)
{
	const struct report *r = p->r;
	struct buf b = BUF_INIT;

	section_heading(p, REPORT_PLAN, 60);
	if (!r->has_plan) {
		para(p, _("There is no wellness and crisis plan written yet."), TEXT_SIZE, ink);
		return;
	}
	report_words_plan_changed(&b, r);
	para(p, b.data, TEXT_SIZE + 0.5, ink);
	for (int s = 0; s < PLAN_SECTION__MAX; s++) {
		if (!report_plan_has(r, (enum plan_section)s))
			continue;
		heading(p, _(plan_section_info((enum plan_section)s)->title), 11.5, 0, 30);
		for (int l = 0; l < PLAN_LIST__MAX; l++) {
			const struct plan_list_info *li = plan_list_info((enum plan_list)l);
			if (li->section != (enum plan_section)s || !r->plan.nitems[l])
				continue;
			if (li->json_key) {
				room(p, 30);
				flow(p, _(li->title), TEXT_SIZE, 1, MARGIN, CONTENT_W, muted);
				p->y += 2;
			}
			for (size_t i = 0; i < r->plan.nitems[l]; i++)
				item(p, "\xe2\x80\xa2", r->plan.items[l][i]);
		}
	}
	buf_release(&b);
}

static void notes_section(struct pdf *p)
{
	static const double widths[] = { 0.24, 0.76 };
	const struct report *r = p->r;
	struct buf b = BUF_INIT;

	section_heading(p, REPORT_NOTES, 60);
	if (!r->notes.n)
		para(p, _("No check-ins in this period are flagged for the appointment."), TEXT_SIZE, ink);
	for (size_t i = 0; i < r->notes.n; i++) {
		const struct checkin *c = &r->notes.items[i];
		struct report_pair pairs[REPORT_PAIRS_MAX];
		size_t n = report_checkin_pairs(r, c, pairs);
		char t[6];
		buf_reset(&b);
		report_words_day(&b, c->when.date);
		wclock_format(c->when.minute, t);
		buf_addf(&b, ", %s", t);
		heading(p, b.data, 11, 0, 40);
		for (size_t k = 0; k < n; k++) {
			/* a label and its words, the words running over pages if
			 * they must (a long note) */
			double y;
			room(p, 16);
			y = p->y;
			draw_at(p, pairs[k].label, TEXT_SIZE, 1, MARGIN, y, widths[0] * CONTENT_W - 8, muted);
			flow(p, pairs[k].value, TEXT_SIZE, 0, MARGIN + widths[0] * CONTENT_W,
			     widths[1] * CONTENT_W, ink);
			p->y += 4;
		}
		report_pairs_release(pairs, n);
		p->y += 4;
	}
	buf_release(&b);
}

static void areas_section(struct pdf *p)
{
	static const double w3[] = { 0.46, 0.18, 0.18, 0.18 };
	static const double w1[] = { 0.70, 0.30 };
	const struct report *r = p->r;
	struct buf b = BUF_INIT;

	section_heading(p, REPORT_AREAS, 60);
	if (!r->nareas)
		para(p, _("No life areas were rated in this period."), TEXT_SIZE, ink);
	for (size_t k = 0; k < r->nareas; k++) {
		const struct report_areas *ra = &r->areas[k];
		struct buf start = BUF_INIT, end = BUF_INIT;
		int compare = ra->distance.n > 0;
		if (report_areas_need_heading(r, ra))
			heading(p, ra->set.name, 11.5, 0, 60);
		buf_reset(&b);
		report_words_areas(&b, ra, &start, &end);
		para(p, b.data, TEXT_SIZE, ink);
		para(p, _("1 is not going well at all, 10 is going really well."), SMALL_SIZE, muted);
		if (compare) {
			char *header[] = { _("Area"), start.data, end.data, _("Change") };
			struct table t = { 4, w3, header };
			table_begin(p, &t);
			for (size_t i = 0; i < ra->distance.n; i++) {
				const struct area_change *ch = &ra->distance.items[i];
				char *cells[4] = { xstrdup(ch->area->name), NULL, NULL, NULL };
				struct buf v = BUF_INIT;
				if (ch->from)
					buf_addf(&v, "%d", ch->from);
				cells[1] = buf_detach(&v, NULL);
				if (ch->to)
					buf_addf(&v, "%d", ch->to);
				cells[2] = buf_detach(&v, NULL);
				if (ch->from && ch->to)
					report_words_change_by(&v, ch->change);
				cells[3] = buf_detach(&v, NULL);
				row(p, &t, cells, 0);
				free_cells(cells, 4);
			}
		} else {
			char *header[] = { _("Area"), end.data };
			struct table t = { 2, w1, header };
			table_begin(p, &t);
			for (size_t i = 0; i < ra->end->nscores; i++) {
				struct buf v = BUF_INIT;
				char *cells[2];
				buf_addf(&v, "%d", ra->end->scores[i].score);
				cells[0] = xstrdup(ra->end->scores[i].name);
				cells[1] = buf_detach(&v, NULL);
				row(p, &t, cells, 0);
				free_cells(cells, 2);
			}
		}
		table_end(p);
		buf_release(&start);
		buf_release(&end);
	}
	if (r->has_focus) {
		buf_reset(&b);
		report_words_focus(&b, r);
		para(p, b.data, TEXT_SIZE, ink);
	}
	buf_release(&b);
}

static void questions_section(struct pdf *p)
{
	const struct report *r = p->r;

	section_heading(p, REPORT_QUESTIONS, 60);
	if (!r->questions.n)
		para(p, _("No questions written down yet."), TEXT_SIZE, ink);
	for (size_t i = 0; i < r->questions.n; i++) {
		struct buf mark = BUF_INIT;
		buf_addf(&mark, "%zu.", i + 1);
		item(p, mark.data, r->questions.items[i].text);
		buf_release(&mark);
	}
}

/* ---- the whole ---- */

static void render(struct pdf *p)
{
	static void (*const writers[REPORT_SECTION__MAX])(struct pdf *) = {
		[REPORT_MOOD] = mood_section,
		[REPORT_SLEEP] = sleep_section,
		[REPORT_MEASURES] = measures_section,
		[REPORT_GOALS] = goals_section,
		[REPORT_PLAN] = plan_section,
		[REPORT_NOTES] = notes_section,
		[REPORT_AREAS] = areas_section,
		[REPORT_QUESTIONS] = questions_section,
	};
	const struct report *r = p->r;
	struct buf b = BUF_INIT, chosen = BUF_INIT;

	new_page(p);
	draw_at(p, _("Report for my appointment"), 20, 1, MARGIN, p->y, CONTENT_W, ink);
	p->y += 30;
	buf_adds(&b, _("Period: "));
	report_period_text(&b, &r->period);
	buf_addf(&b, P_(" (%d day)", " (%d days)", report_period_days(&r->period)),
		 report_period_days(&r->period));
	para(p, b.data, TEXT_SIZE + 1, ink);
	buf_reset(&b);
	buf_adds(&b, _("Made on "));
	wdate_long(&b, r->made_local.date);
	para(p, b.data, TEXT_SIZE + 1, muted);
	for (int s = 0; s < REPORT_SECTION__MAX; s++)
		if (r->mask & REPORT_BIT(s))
			writers[s](p);
	report_words_chosen(&chosen, r->mask);
	p->y += 12;
	room(p, 40);
	para(p, chosen.data, SMALL_SIZE, muted);
	para(p, _("Written by me in Waymark, a private recovery journal. It holds only what I chose to share."),
	     SMALL_SIZE, muted);
	buf_release(&b);
	buf_release(&chosen);
}

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int len)
{
	if (closure)
		buf_add(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* One pass of the layout into out (NULL: thrown away), with fonts from
 * fm; returns the number of pages, or -1 with err set. */
static int run(const struct report *r, PangoFontMap *fm, int pages, struct buf *out,
	       struct err *err)
{
	struct pdf p;
	struct buf head = BUF_INIT, foot = BUF_INIT;
	struct buf stamp = BUF_INIT;
	cairo_status_t st;
	int n;

	memset(&p, 0, sizeof(p));
	p.r = r;
	p.pages = pages;
	p.surface = cairo_pdf_surface_create_for_stream(to_buf, out, PAGE_W, PAGE_H);
	cairo_pdf_surface_restrict_to_version(p.surface, CAIRO_PDF_VERSION_1_5);
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_TITLE, _("Report for my appointment"));
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
	/* the moment it was made, so the same report gives the same file */
	buf_addf(&stamp, "%04d-%02d-%02dT%02d:%02d:%02d", r->made_local.date.y,
		 r->made_local.date.m, r->made_local.date.d, r->made_local.minute / 60,
		 r->made_local.minute % 60, r->made_local.second);
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp.data);
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_MOD_DATE, stamp.data);
	buf_release(&stamp);
	p.cr = cairo_create(p.surface);
	p.pc = pango_font_map_create_context(fm);
	pango_cairo_update_context(p.cr, p.pc);
	buf_adds(&head, _("Report for my appointment"));
	report_period_text(&foot, &r->period);
	p.head_left = head.data;
	p.head_right = foot.data;
	{
		struct buf made = BUF_INIT;
		buf_adds(&made, _("Made on "));
		wdate_long(&made, r->made_local.date);
		buf_adds(&made, _(" with Waymark"));
		p.foot_left = buf_detach(&made, NULL);
	}
	render(&p);
	n = p.page;
	g_object_unref(p.pc);
	cairo_destroy(p.cr);
	cairo_surface_finish(p.surface);
	st = cairo_surface_status(p.surface);
	cairo_surface_destroy(p.surface);
	free(p.foot_left);
	buf_release(&head);
	buf_release(&foot);
	if (st != CAIRO_STATUS_SUCCESS)
		return err_set(err, "cannot draw the PDF: %s", cairo_status_to_string(st));
	return n;
}

/* The fonts come from a font map of the report's own, given back when
 * the PDF is done, so a long-running server does not keep pango's caches
 * between reports. fontconfig's configuration stays loaded for the next
 * PDF: FcFini() is not safe here, as pango 1.50 sorts and matches fonts
 * on threads of its own that may still be using the configuration when
 * the PDF is done (FcFini then aborted about one PDF in ten, asserting
 * that a cache was still in use). cairo's own caches stay too: they are
 * reachable, and emptying them while cairo may hold a font is not safe.
 * (`make asan` tells the leak check about fontconfig's patterns, whose
 * element arrays it cannot see: tests/lsan-suppressions.) */
int report_pdf(const struct report *r, struct buf *out, struct err *err)
{
	PangoFontMap *fm;
	int pages, rc;

	if (report_pdf_load(err))
		return -1;
	fm = pango_cairo_font_map_new();
	pages = run(r, fm, 0, NULL, err);
	rc = pages < 0 || run(r, fm, pages, out, err) < 0 ? -1 : 0;

	g_object_unref(fm);
	return rc;
}
