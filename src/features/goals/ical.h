/* SPDX-License-Identifier: MIT */
/*
 * ical.h: libical, opened on first use (see core/dynlib.h and
 * web/mhd.h): only the calendar needs it, and it brings ICU with it, which
 * made every command slow to start. Include this instead of
 * <libical/ical.h>; call goals_ical_load() before building a calendar.
 */
#ifndef WAYMARK_GOALS_ICAL_H
#define WAYMARK_GOALS_ICAL_H

#include <libical/ical.h>

#include "core/err.h"

#define ICAL_FUNCTIONS(X) \
	X(icalcomponent_add_component) X(icalcomponent_add_property) \
	X(icalcomponent_as_ical_string_r) X(icalcomponent_free) \
	X(icalcomponent_new_vcalendar) X(icalcomponent_new_vevent) \
	X(icalerror_strerror) X(icalerrno_return) X(icalproperty_new_calscale) \
	X(icalproperty_new_description) X(icalproperty_new_dtend) \
	X(icalproperty_new_dtstamp) X(icalproperty_new_dtstart) \
	X(icalproperty_new_prodid) X(icalproperty_new_summary) \
	X(icalproperty_new_transp) X(icalproperty_new_uid) \
	X(icalproperty_new_version) X(icalproperty_new_x) \
	X(icalproperty_set_x_name) X(icaltime_from_timet_with_zone) \
	X(icaltime_null_date) X(icaltimezone_get_utc_timezone) \
	X(icalparser_parse_string) X(icalcomponent_isa) \
	X(icalcomponent_count_errors) X(icalcomponent_get_first_component) \
	X(icalcomponent_get_next_component) X(icalcomponent_get_dtstart) \
	X(icalcomponent_get_summary)

#define ICAL_FIELD(f) __typeof__(&f) f;
/* Written once by goals_ical_load(), then only read (see web/mhd.h). */
extern struct goals_ical_api {
	ICAL_FUNCTIONS(ICAL_FIELD)
} goals_ical_api;
#undef ICAL_FIELD

#define icalcomponent_add_component (goals_ical_api.icalcomponent_add_component)
#define icalcomponent_add_property (goals_ical_api.icalcomponent_add_property)
#define icalcomponent_as_ical_string_r (goals_ical_api.icalcomponent_as_ical_string_r)
#define icalcomponent_free (goals_ical_api.icalcomponent_free)
#define icalcomponent_new_vcalendar (goals_ical_api.icalcomponent_new_vcalendar)
#define icalcomponent_new_vevent (goals_ical_api.icalcomponent_new_vevent)
#define icalerror_strerror (goals_ical_api.icalerror_strerror)
#define icalerrno_return (goals_ical_api.icalerrno_return)
#define icalproperty_new_calscale (goals_ical_api.icalproperty_new_calscale)
#define icalproperty_new_description (goals_ical_api.icalproperty_new_description)
#define icalproperty_new_dtend (goals_ical_api.icalproperty_new_dtend)
#define icalproperty_new_dtstamp (goals_ical_api.icalproperty_new_dtstamp)
#define icalproperty_new_dtstart (goals_ical_api.icalproperty_new_dtstart)
#define icalproperty_new_prodid (goals_ical_api.icalproperty_new_prodid)
#define icalproperty_new_summary (goals_ical_api.icalproperty_new_summary)
#define icalproperty_new_transp (goals_ical_api.icalproperty_new_transp)
#define icalproperty_new_uid (goals_ical_api.icalproperty_new_uid)
#define icalproperty_new_version (goals_ical_api.icalproperty_new_version)
#define icalproperty_new_x (goals_ical_api.icalproperty_new_x)
#define icalproperty_set_x_name (goals_ical_api.icalproperty_set_x_name)
#define icaltime_from_timet_with_zone (goals_ical_api.icaltime_from_timet_with_zone)
#define icaltime_null_date (goals_ical_api.icaltime_null_date)
#define icaltimezone_get_utc_timezone (goals_ical_api.icaltimezone_get_utc_timezone)
/* for `waymark test-ics`, which reads a calendar back */
#define icalparser_parse_string (goals_ical_api.icalparser_parse_string)
#define icalcomponent_isa (goals_ical_api.icalcomponent_isa)
#define icalcomponent_count_errors (goals_ical_api.icalcomponent_count_errors)
#define icalcomponent_get_first_component (goals_ical_api.icalcomponent_get_first_component)
#define icalcomponent_get_next_component (goals_ical_api.icalcomponent_get_next_component)
#define icalcomponent_get_dtstart (goals_ical_api.icalcomponent_get_dtstart)
#define icalcomponent_get_summary (goals_ical_api.icalcomponent_get_summary)

int goals_ical_load(struct err *err) __attribute__((warn_unused_result));

#endif
