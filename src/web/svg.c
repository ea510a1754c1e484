/* SPDX-License-Identifier: MIT */
/*
 * svg.c: server-drawn charts (see svg.h): a line and dot chart over even
 * steps, with optional background bands, and a wheel (radar) chart. Only
 * through the escaping formatter, and only CSS classes for colour.
 */
#include <math.h>

#include "html.h"
#include "svg.h"

#define W 480.0
#define H 240.0
#define LEFT 30.0
#define RIGHT 12.0
#define TOP 12.0
#define BOTTOM 30.0

/* The wheel: a square, its centre, the rim and where labels go. */
#define RW 360.0
#define RC (RW / 2)
#define RR 136.0
#define RLABEL 156.0

/* 1 if any series draws bars: then steps sit in the middle of columns. */
static int columns(const struct svg_chart *c)
{
	for (int s = 0; s < c->nseries; s++)
		if (c->series[s].bars)
			return 1;
	return 0;
}

static double x_at(const struct svg_chart *c, int i)
{
	double span = W - LEFT - RIGHT;
	if (columns(c))
		return LEFT + span * (i + 0.5) / c->n;
	return c->n > 1 ? LEFT + span * i / (c->n - 1) : LEFT + span / 2;
}

static double y_at(const struct svg_chart *c, double v)
{
	double span = H - TOP - BOTTOM;
	return TOP + span * (c->ymax - v) / (c->ymax - c->ymin);
}

/* The opening <svg> with its accessible name and description. */
static void svg_open(struct buf *out, const char *cls, double w, double h,
		     const char *id, const char *title, const char *desc)
{
	html_printf(out,
		"<svg class=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\" "
		"aria-labelledby=\"%s-t %s-d\" preserveAspectRatio=\"xMidYMid meet\">\n"
		"<title id=\"%s-t\">%s</title>\n<desc id=\"%s-d\">%s</desc>\n",
		cls, (int)w, (int)h, id, id, id, title, id, desc);
}

/* One value's dot, carrying the value and its title. */
static void dot(struct buf *out, const char *cls, double x, double y, double v,
		const char *const *titles, int i)
{
	html_printf(out, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" data-value=\"%g\">",
		    cls, x, y, v);
	if (titles && titles[i])
		html_printf(out, "<title>%s</title>", titles[i]);
	html_raw(out, "</circle>\n");
}

void svg_chart(struct buf *out, const struct svg_chart *c)
{
	svg_open(out, "chart", W, H, c->id, c->title, c->desc);
	for (int i = 0; i < c->nbands; i++) {
		const struct svg_band *b = &c->bands[i];
		double from = b->from < c->ymin ? c->ymin : b->from;
		double to = b->to > c->ymax ? c->ymax : b->to;
		double top = y_at(c, to), bottom = y_at(c, from);
		if (bottom - top <= 0)
			continue;
		html_printf(out, "<rect class=\"band %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>\n",
			    b->cls, LEFT, top, W - LEFT - RIGHT, bottom - top);
		if (b->label && bottom - top >= 12)
			html_printf(out, "<text class=\"band-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
				    W - RIGHT - 4, (top + bottom) / 2 + 4, b->label);
	}
	for (int i = 0; i < c->nyticks; i++) {
		double y = y_at(c, c->yticks[i]);
		html_printf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
				 "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n",
			    LEFT, y, W - RIGHT, y, LEFT - 6, y + 4, c->yticks[i]);
	}
	for (int i = 0; i < c->n; i++) {
		/* the labels at either end stay inside the picture */
		const char *anchor = c->n < 2 ? "middle" : i == 0 ? "start" : i == c->n - 1 ? "end" : "middle";
		if (c->xlabels && c->xlabels[i])
			html_printf(out, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n",
				    x_at(c, i), H - 10, anchor, c->xlabels[i]);
	}
	for (int s = 0; s < c->nseries; s++) {
		const struct svg_series *se = &c->series[s];
		if (se->bars) {
			double w = (W - LEFT - RIGHT) / c->n * 0.6;
			for (int i = 0; i < c->n; i++) {
				double top;
				if (isnan(se->y[i]) || se->y[i] <= c->ymin)
					continue;
				top = y_at(c, se->y[i] > c->ymax ? c->ymax : se->y[i]);
				html_printf(out, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\"/>\n",
					    se->cls, x_at(c, i) - w / 2, top, w, y_at(c, c->ymin) - top);
			}
		}
		if (se->line) {
			int open = 0;
			for (int i = 0; i < c->n; i++) {
				if (isnan(se->y[i]) && se->bridge)
					continue;
				if (isnan(se->y[i])) {
					if (open)
						html_raw(out, "\"/>\n");
					open = 0;
					continue;
				}
				if (!open)
					html_printf(out, "<polyline class=\"%s\" fill=\"none\" points=\"", se->cls);
				html_printf(out, "%s%.1f,%.1f", open ? " " : "", x_at(c, i), y_at(c, se->y[i]));
				open = 1;
			}
			if (open)
				html_raw(out, "\"/>\n");
		}
		if (se->dots)
			for (int i = 0; i < c->n; i++)
				if (!isnan(se->y[i]))
					dot(out, se->cls, x_at(c, i), y_at(c, se->y[i]), se->y[i], se->titles, i);
	}
	html_raw(out, "</svg>\n");
}

/* ---- the wheel ---- */

/* Where value v on spoke i sits (spoke 0 points up, then clockwise). */
static void radar_point(const struct svg_radar *r, int i, double v, double *x, double *y)
{
	double angle = -M_PI / 2 + 2 * M_PI * i / r->naxes;
	double span = r->max > r->min ? r->max - r->min : 1;
	double k = (v - r->min) / span;

	if (k < 0)
		k = 0;
	if (k > 1)
		k = 1;
	*x = RC + RR * k * cos(angle);
	*y = RC + RR * k * sin(angle);
}

/* The spokes, the rings and the labels by the rim. */
static void radar_frame(struct buf *out, const struct svg_radar *r)
{
	for (int k = 0; k < r->nrings; k++) {
		html_raw(out, "<polygon class=\"grid\" fill=\"none\" points=\"");
		for (int i = 0; i < r->naxes; i++) {
			double x, y;
			radar_point(r, i, r->rings[k], &x, &y);
			html_printf(out, "%s%.1f,%.1f", i ? " " : "", x, y);
		}
		html_raw(out, "\"/>\n");
	}
	for (int i = 0; i < r->naxes; i++) {
		double x, y, angle = -M_PI / 2 + 2 * M_PI * i / r->naxes;
		double lx = RC + RLABEL * cos(angle), ly = RC + RLABEL * sin(angle);
		const char *anchor = fabs(cos(angle)) < 0.2 ? "middle" : cos(angle) > 0 ? "start" : "end";
		radar_point(r, i, r->max, &x, &y);
		html_printf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
			    RC, RC, x, y);
		if (r->labels && r->labels[i])
			html_printf(out, "<text class=\"axis spoke\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n",
				    lx, ly + 5, anchor, r->labels[i]);
	}
	/* ring values up the first spoke, beside it */
	for (int k = 0; k < r->nrings; k++) {
		double x, y;
		radar_point(r, 0, r->rings[k], &x, &y);
		html_printf(out, "<text class=\"axis ring\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"start\">%g</text>\n",
			    x + 5, y + 4, r->rings[k]);
	}
}

static void radar_series(struct buf *out, const struct svg_radar *r,
			 const struct svg_radar_series *se)
{
	int missing = -1;
	double x, y;

	for (int i = 0; i < r->naxes; i++)
		if (isnan(se->v[i]))
			missing = i;
	if (missing < 0 && r->naxes > 2) {
		html_printf(out, "<polygon class=\"%s\" points=\"", se->cls);
		for (int i = 0; i < r->naxes; i++) {
			radar_point(r, i, se->v[i], &x, &y);
			html_printf(out, "%s%.1f,%.1f", i ? " " : "", x, y);
		}
		html_raw(out, "\"/>\n");
	} else {
		/* runs of neighbouring spokes with values, starting just after
		 * a gap so that no run wraps across one; a lone value is a dot */
		struct buf run = BUF_INIT;
		int len = 0;
		for (int k = 1; k <= r->naxes + 1; k++) {
			int i = (missing + k + r->naxes) % r->naxes;
			if (k > r->naxes || isnan(se->v[i])) {
				if (len > 1)
					html_printf(out, "<polyline class=\"%s\" fill=\"none\" points=\"%s\"/>\n",
						    se->cls, run.data);
				buf_reset(&run);
				len = 0;
				continue;
			}
			radar_point(r, i, se->v[i], &x, &y);
			buf_addf(&run, "%s%.1f,%.1f", len ? " " : "", x, y);
			len++;
		}
		buf_release(&run);
	}
	for (int i = 0; i < r->naxes; i++) {
		if (isnan(se->v[i]))
			continue;
		radar_point(r, i, se->v[i], &x, &y);
		dot(out, se->cls, x, y, se->v[i], se->titles, i);
	}
}

void svg_radar(struct buf *out, const struct svg_radar *r)
{
	svg_open(out, "chart radar", RW, RW, r->id, r->title, r->desc);
	if (r->naxes > 0) {
		radar_frame(out, r);
		for (int s = 0; s < r->nseries; s++)
			radar_series(out, r, &r->series[s]);
	}
	html_raw(out, "</svg>\n");
}
