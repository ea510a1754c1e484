/* SPDX-License-Identifier: MIT */
/*
 * svg.h: charts drawn on the server as SVG, through the escaping formatter.
 * Colours come from CSS classes (the page's stylesheet), never from inline
 * styles, so the strict Content-Security-Policy holds. Every chart needs a
 * text alternative next to it; the caller provides that table, holding the
 * same numbers: each dot carries its value in a data-value attribute
 * (printed with %g), so a test can check the chart against the table.
 */
#ifndef WAYMARK_SVG_H
#define WAYMARK_SVG_H

#include "core/buf.h"

/* A chart of values over evenly spaced steps (days, weeks, sittings...). */
struct svg_series {
	const double *y;     /* n values; NAN for a missing point */
	const char *cls;     /* CSS class, e.g. "s-mood" */
	int dots;            /* draw a dot per value */
	int line;            /* join neighbouring values with a line */
	int bridge;          /* with line: join across missing values too
				(for series that share steps with others) */
	const char *const *titles; /* n texts, each the <title> of its dot
				      (what a pointer or screen reader gets),
				      or NULL for none; NULL entries skip */
	int bars;            /* a bar from ymin up to each value (counts);
				with bars in any series, every series puts
				its steps in the middle of equal columns */
};

/* A quiet background band across the chart, between two y values (a
 * questionnaire's severity band, say), with an optional label drawn
 * small at its right-hand end. */
struct svg_band {
	double from, to;
	const char *cls;     /* CSS class, e.g. "band-1" */
	const char *label;   /* or NULL */
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
	const struct svg_band *bands; /* drawn first, under everything */
	int nbands;
};

/* Appends an <svg> with role="img", a <title> and <desc>. Each dot is a
 * <circle class="CLS" ... data-value="V">, with its <title> if given. */
void svg_chart(struct buf *out, const struct svg_chart *c);

/* A wheel (radar) chart: one spoke per axis from the centre, values
 * from min at the centre to max at the rim, with rings at chosen values.
 * Each series is drawn as a closed shape when it has a value on every
 * spoke, else as lines joining neighbouring spokes that both have one
 * (a missing value is never drawn as the centre), and a dot per value. */
struct svg_radar_series {
	const double *v;     /* naxes values; NAN where there is none */
	const char *cls;     /* CSS class of the shape, lines and dots */
	const char *const *titles; /* naxes texts for the dots' <title>, or
				      NULL; NULL entries skip */
};

struct svg_radar {
	const char *id;          /* for aria-labelledby ids */
	const char *title;       /* short accessible name */
	const char *desc;        /* a sentence summing it up */
	int naxes;               /* 1 or more */
	const char *const *labels; /* naxes short labels drawn by the rim
				      ("1", "2"... with the names in the
				      table beside the chart) */
	double min, max;
	const double *rings;     /* values to draw a labelled ring at */
	int nrings;
	const struct svg_radar_series *series;
	int nseries;
};

/* Appends an <svg class="chart radar"> with role="img", a <title> and a
 * <desc>. Dots are <circle class="CLS" ... data-value="V">, as above. */
void svg_radar(struct buf *out, const struct svg_radar *r);

#endif
