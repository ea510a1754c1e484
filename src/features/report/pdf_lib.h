/* SPDX-License-Identifier: MIT */
/*
 * pdf_lib.h: cairo, pango, pangocairo and GObject, opened on first use (see core/dynlib.h and web/mhd.h). Only a PDF report needs
 * them, and linking them put a dozen more shared objects (glib, harfbuzz,
 * freetype, pixman...) in front of every `waymark checkin`. Include this
 * instead of <cairo.h>, <cairo-pdf.h> and <pango/pangocairo.h>; call
 * report_pdf_load() before drawing. (fontconfig comes in with pango, and
 * the report calls none of its functions: see report_pdf() in pdf.c.)
 *
 * Each library is opened by its own soname, since dlopen() with
 * RTLD_LOCAL puts none of pangocairo's dependencies' symbols in reach of
 * dlsym() on pangocairo's handle: the functions are listed per library.
 */
#ifndef WAYMARK_REPORT_PDF_LIB_H
#define WAYMARK_REPORT_PDF_LIB_H

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib-object.h>
#include <pango/pangocairo.h>

#include "core/err.h"

#define PDF_CAIRO_FUNCTIONS(X) \
	X(cairo_arc) X(cairo_create) X(cairo_destroy) X(cairo_fill) \
	X(cairo_line_to) X(cairo_move_to) X(cairo_new_sub_path) \
	X(cairo_pdf_surface_create_for_stream) \
	X(cairo_pdf_surface_restrict_to_version) \
	X(cairo_pdf_surface_set_metadata) X(cairo_set_line_join) \
	X(cairo_set_line_width) X(cairo_set_source_rgb) X(cairo_show_page) \
	X(cairo_status_to_string) X(cairo_stroke) X(cairo_surface_destroy) \
	X(cairo_surface_finish) X(cairo_surface_status)

#define PDF_PANGO_FUNCTIONS(X) \
	X(pango_font_description_free) X(pango_font_description_from_string) \
	X(pango_font_description_set_absolute_size) \
	X(pango_font_description_set_weight) X(pango_font_map_create_context) \
	X(pango_layout_get_iter) X(pango_layout_get_size) \
	X(pango_layout_iter_free) X(pango_layout_iter_get_baseline) \
	X(pango_layout_iter_get_line_readonly) \
	X(pango_layout_iter_get_line_yrange) X(pango_layout_iter_next_line) \
	X(pango_layout_new) X(pango_layout_set_font_description) \
	X(pango_layout_set_text) X(pango_layout_set_width) \
	X(pango_layout_set_wrap)

#define PDF_PANGOCAIRO_FUNCTIONS(X) \
	X(pango_cairo_font_map_new) X(pango_cairo_show_layout) \
	X(pango_cairo_show_layout_line) X(pango_cairo_update_context)

#define PDF_GOBJECT_FUNCTIONS(X) X(g_object_unref)

#define PDF_FIELD(f) __typeof__(&f) f;
/* Written once each by report_pdf_load(), then only read (see
 * web/mhd.h). One table per library, as each is loaded on its own. */
extern struct report_cairo_api {
	PDF_CAIRO_FUNCTIONS(PDF_FIELD)
} report_cairo_api;
extern struct report_pango_api {
	PDF_PANGO_FUNCTIONS(PDF_FIELD)
} report_pango_api;
extern struct report_pangocairo_api {
	PDF_PANGOCAIRO_FUNCTIONS(PDF_FIELD)
} report_pangocairo_api;
extern struct report_gobject_api {
	PDF_GOBJECT_FUNCTIONS(PDF_FIELD)
} report_gobject_api;
#undef PDF_FIELD

#define cairo_arc (report_cairo_api.cairo_arc)
#define cairo_create (report_cairo_api.cairo_create)
#define cairo_destroy (report_cairo_api.cairo_destroy)
#define cairo_fill (report_cairo_api.cairo_fill)
#define cairo_line_to (report_cairo_api.cairo_line_to)
#define cairo_move_to (report_cairo_api.cairo_move_to)
#define cairo_new_sub_path (report_cairo_api.cairo_new_sub_path)
#define cairo_pdf_surface_create_for_stream (report_cairo_api.cairo_pdf_surface_create_for_stream)
#define cairo_pdf_surface_restrict_to_version (report_cairo_api.cairo_pdf_surface_restrict_to_version)
#define cairo_pdf_surface_set_metadata (report_cairo_api.cairo_pdf_surface_set_metadata)
#define cairo_set_line_join (report_cairo_api.cairo_set_line_join)
#define cairo_set_line_width (report_cairo_api.cairo_set_line_width)
#define cairo_set_source_rgb (report_cairo_api.cairo_set_source_rgb)
#define cairo_show_page (report_cairo_api.cairo_show_page)
#define cairo_status_to_string (report_cairo_api.cairo_status_to_string)
#define cairo_stroke (report_cairo_api.cairo_stroke)
#define cairo_surface_destroy (report_cairo_api.cairo_surface_destroy)
#define cairo_surface_finish (report_cairo_api.cairo_surface_finish)
#define cairo_surface_status (report_cairo_api.cairo_surface_status)

#define pango_font_description_free (report_pango_api.pango_font_description_free)
#define pango_font_description_from_string (report_pango_api.pango_font_description_from_string)
#define pango_font_description_set_absolute_size (report_pango_api.pango_font_description_set_absolute_size)
#define pango_font_description_set_weight (report_pango_api.pango_font_description_set_weight)
#define pango_font_map_create_context (report_pango_api.pango_font_map_create_context)
#define pango_layout_get_iter (report_pango_api.pango_layout_get_iter)
#define pango_layout_get_size (report_pango_api.pango_layout_get_size)
#define pango_layout_iter_free (report_pango_api.pango_layout_iter_free)
#define pango_layout_iter_get_baseline (report_pango_api.pango_layout_iter_get_baseline)
#define pango_layout_iter_get_line_readonly (report_pango_api.pango_layout_iter_get_line_readonly)
#define pango_layout_iter_get_line_yrange (report_pango_api.pango_layout_iter_get_line_yrange)
#define pango_layout_iter_next_line (report_pango_api.pango_layout_iter_next_line)
#define pango_layout_new (report_pango_api.pango_layout_new)
#define pango_layout_set_font_description (report_pango_api.pango_layout_set_font_description)
#define pango_layout_set_text (report_pango_api.pango_layout_set_text)
#define pango_layout_set_width (report_pango_api.pango_layout_set_width)
#define pango_layout_set_wrap (report_pango_api.pango_layout_set_wrap)

#define pango_cairo_font_map_new (report_pangocairo_api.pango_cairo_font_map_new)
#define pango_cairo_show_layout (report_pangocairo_api.pango_cairo_show_layout)
#define pango_cairo_show_layout_line (report_pangocairo_api.pango_cairo_show_layout_line)
#define pango_cairo_update_context (report_pangocairo_api.pango_cairo_update_context)

#define g_object_unref (report_gobject_api.g_object_unref)

/* Opens the four libraries (once per process). 0, or -1 with a message
 * saying which Debian package to install. */
int report_pdf_load(struct err *err) __attribute__((warn_unused_result));

#endif
