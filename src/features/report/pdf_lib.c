/* SPDX-License-Identifier: MIT */
/* pdf_lib.c: opening the PDF report's libraries on first use (see pdf_lib.h). */
#include "core/dynlib.h"
#include "pdf_lib.h"

struct report_cairo_api report_cairo_api;
struct report_pango_api report_pango_api;
struct report_pangocairo_api report_pangocairo_api;
struct report_gobject_api report_gobject_api;

#define PDF_NAME(f) #f,
static const char *const cairo_names[] = { PDF_CAIRO_FUNCTIONS(PDF_NAME) };
static const char *const pango_names[] = { PDF_PANGO_FUNCTIONS(PDF_NAME) };
static const char *const pangocairo_names[] = { PDF_PANGOCAIRO_FUNCTIONS(PDF_NAME) };
static const char *const gobject_names[] = { PDF_GOBJECT_FUNCTIONS(PDF_NAME) };
#undef PDF_NAME

#define LOAD(soname, what, package, api, names, loaded) \
	dynlib_load(soname, what, package, names, &api, sizeof(names) / sizeof(names[0]), \
		    &loaded, err)

int report_pdf_load(struct err *err)
{
	static int cairo, pango, pangocairo, gobject;

	/* pangocairo needs the others, so they go first: a missing one is
	 * named as itself rather than as pangocairo failing to load */
	if (LOAD(WAYMARK_SONAME_GOBJECT, "The GLib object library (for PDF reports)",
		 "libglib2.0-0", report_gobject_api, gobject_names, gobject) ||
	    LOAD(WAYMARK_SONAME_CAIRO, "The PDF drawing library", "libcairo2",
		 report_cairo_api, cairo_names, cairo) ||
	    LOAD(WAYMARK_SONAME_PANGO, "The text layout library (for PDF reports)",
		 "libpango-1.0-0", report_pango_api, pango_names, pango) ||
	    LOAD(WAYMARK_SONAME_PANGOCAIRO, "The text layout library's PDF part",
		 "libpangocairo-1.0-0", report_pangocairo_api, pangocairo_names, pangocairo))
		return -1;
	return 0;
}
