/* SPDX-License-Identifier: MIT */
/* svg.c: server-drawn charts (see svg.h). */
#include <math.h>

#include "html.h"
#include "svg.h"

#define W 480.0
#define H 240.0
#define LEFT 30.0
#define RIGHT 12.0
#define TOP 12.0
#define BOTTOM 30.0

static double x_at(const struct svg_chart *c, int i)
{
	double span = W - LEFT - RIGHT;
	return c->n > 1 ? LEFT + span * i / (c->n - 1) : LEFT + span / 2;
}

static double y_at(const struct svg_chart *c, double v)
{
	double span = H - TOP - BOTTOM;
	return TOP + span * (c->ymax - v) / (c->ymax - c->ymin);
}

void svg_chart(struct buf *out, const struct svg_chart *c)
{
	html_printf(out,
		"<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
		"aria-labelledby=\"%s-t %s-d\" preserveAspectRatio=\"xMidYMid meet\">\n"
		"<title id=\"%s-t\">%s</title>\n<desc id=\"%s-d\">%s</desc>\n",
		(int)W, (int)H, c->id, c->id, c->id, c->title, c->id, c->desc);
	for (int i = 0; i < c->nyticks; i++) {
		double y = y_at(c, c->yticks[i]);
		html_printf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
				 "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n",
			    LEFT, y, W - RIGHT, y, LEFT - 6, y + 4, c->yticks[i]);
	}
	/* the last label ends at its point, so it stays inside the chart */
	for (int i = 0; i < c->n; i++)
		if (c->xlabels && c->xlabels[i])
			html_printf(out, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n",
				    x_at(c, i) + (i == c->n - 1 && c->n > 1 ? RIGHT : 0), H - 10,
				    i == c->n - 1 && c->n > 1 ? "end" : "middle", c->xlabels[i]);
	for (int s = 0; s < c->nseries; s++) {
		const struct svg_series *se = &c->series[s];
		if (se->line) {
			int open = 0;
			for (int i = 0; i < c->n; i++) {
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
					html_printf(out, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\"/>\n",
						    se->cls, x_at(c, i), y_at(c, se->y[i]));
	}
	html_raw(out, "</svg>\n");
}
