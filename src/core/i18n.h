/* SPDX-License-Identifier: MIT */
/*
 * i18n.h: every string a person reads goes through _() (gettext) with UK
 * English as the source language, so other languages are .po files later,
 * not a rewrite. N_() marks a string for translation where it is stored
 * rather than printed.
 */
#ifndef WAYMARK_I18N_H
#define WAYMARK_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) s
/* singular or plural for n */
#define P_(s, p, n) ngettext(s, p, (unsigned long)(n))

#endif
