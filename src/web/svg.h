/* SPDX-License-Identifier: MIT */
/*
 * svg.h: charts drawn on the server as SVG, through the escaping formatter.
 * Colours come from CSS classes (the page's stylesheet), never from inline
 * styles, so the strict Content-Security-Policy holds. Every chart needs a
 * text alternative next to it; the caller provides that table.
 */
#ifndef WAYMARK_SVG_H
#define WAYMARK_SVG_H

#include "core/buf.h"

/* A chart of values over evenly spaced steps (days, weeks...). */
struct svg_series {
	const double *y;     /* n values; NAN for a missing point */
	const char *cls;     /* CSS class, e.g. "s-mood" */
	int dots;            /* draw a dot per value */
	int line;            /* join neighbouring values with a line */
	int bars;            /* a bar from ymin up to each value (counts);
				with bars in any series, every series puts
				its steps at the middle of equal bands */
};

struct svg_chart {
	const char *id;          /* for aria-labelledby ids */
	const char *title;       /* short accessible name */
	const char *desc;        /* a sentence summing it up */
	int n;                   /* number of steps */
	double ymin, ymax;
	const double *yticks;    /* values to label on the y axis */
	int nyticks;
	const char *const *xlabels; /* n labels, NULL entries are skipped */
	const struct svg_series *series;
	int nseries;
};

/* Appends an <svg> with role="img", a <title> and <desc>. */
void svg_chart(struct buf *out, const struct svg_chart *c);

#endif
