/* SPDX-License-Identifier: MIT */
#include "test_helpers.h"

#include <math.h>

#include "web/html.h"
#include "web/svg.h"
#include "web/web.h"

static void test_web__html_printf_escapes_every_string(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	html_printf(&b, "<p title=\"%s\">%s</p>", "\"x\" & 'y'", "<script>alert(1)</script>");
	assert_string_equal(b.data,
		"<p title=\"&quot;x&quot; &amp; &#39;y&#39;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
	buf_release(&b);
}

static void test_web__html_printf_formats_numbers(void **state)
{
	struct buf b = BUF_INIT;
	const char *volatile none = NULL; /* a NULL %s prints nothing */
	(void)state;
	html_printf(&b, "%d|%ld|%lld|%zu|%u|%x|%.1f|%5.2f|%g|%%|%c|%s", -3, 40L, 5000000000LL,
		    (size_t)7, 8u, 255u, 2.25, 3.14159, 0.5, '<', none);
	assert_string_equal(b.data, "-3|40|5000000000|7|8|ff|2.2| 3.14|0.5|%|&lt;|");
	buf_release(&b);
}

static void test_web__url_encode_leaves_nothing_markup(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	url_encode(&b, "a b&c=\"d\"/<e>\xc3\xa9");
	assert_string_equal(b.data, "a%20b%26c%3D%22d%22%2F%3Ce%3E%C3%A9");
	buf_release(&b);
}

static void test_web__routes_are_sorted_and_writes_are_protected(void **state)
{
	size_t n;
	const struct route *r = web_routes(&n);
	(void)state;
	for (size_t i = 0; i < n; i++) {
		int write = strcmp(r[i].method, "GET") != 0;
		if (i) {
			int c = strcmp(r[i - 1].pattern, r[i].pattern);
			if (c > 0 || (c == 0 && strcmp(r[i - 1].method, r[i].method) >= 0))
				fail_msg("routes out of order at %s %s", r[i].method, r[i].pattern);
		}
		if (write && !(r[i].flags & PAGE_CSRF))
			fail_msg("%s %s changes state without PAGE_CSRF", r[i].method, r[i].pattern);
		if (!(r[i].flags & (PAGE_AUTH | PAGE_STATIC)))
			fail_msg("%s %s has no access check", r[i].method, r[i].pattern);
		if (!strncmp(r[i].pattern, "/api/", 5) && !(r[i].flags & PAGE_API))
			fail_msg("%s %s is under /api/ but not PAGE_API", r[i].method, r[i].pattern);
	}
}

static void test_web__routes_match_ids_and_nothing_else(void **state)
{
	int64_t id = 0;
	int known;
	const struct route *r;
	(void)state;
	r = web_route_find("GET", "/diary/42/edit", &id, &known);
	assert_non_null(r);
	assert_int_equal(id, 42);
	assert_null(web_route_find("GET", "/diary/0", &id, &known));
	assert_null(web_route_find("GET", "/diary/-1", &id, &known));
	assert_null(web_route_find("GET", "/diary/4x", &id, &known));
	assert_null(web_route_find("GET", "/diary/99999999999999999999", &id, &known));
	assert_null(web_route_find("DELETE", "/diary/4", &id, &known));
	assert_true(known); /* the path exists with another method: 405 */
	assert_null(web_route_find("GET", "/nothing", &id, &known));
	assert_false(known);
	assert_non_null(web_route_find("GET", "/static/app.css", &id, &known));
	assert_null(web_route_find("GET", "/static/", &id, &known));
}

static void test_web__svg_chart_has_text_and_gaps(void **state)
{
	double y[4] = { 5, NAN, 7, 8 };
	const char *xl[4] = { "a<b", NULL, NULL, "d" };
	double ticks[] = { 0, 10 };
	struct svg_series s = { .y = y, .cls = "s-day", .dots = 1, .line = 1 };
	struct svg_chart c = { .id = "c1", .title = "Mood & more", .desc = "four <days>", .n = 4,
			       .ymin = 0, .ymax = 10, .yticks = ticks, .nyticks = 2, .xlabels = xl,
			       .series = &s, .nseries = 1 };
	struct buf b = BUF_INIT;
	(void)state;
	svg_chart(&b, &c);
	assert_non_null(strstr(b.data, "role=\"img\""));
	assert_non_null(strstr(b.data, "<title id=\"c1-t\">Mood &amp; more</title>"));
	assert_non_null(strstr(b.data, "four &lt;days&gt;"));
	assert_non_null(strstr(b.data, "a&lt;b"));
	/* a missing value breaks the line into two pieces, and has no dot */
	assert_non_null(strstr(b.data, "<polyline"));
	assert_non_null(strstr(strstr(b.data, "<polyline") + 1, "<polyline"));
	{
		int dots = 0;
		for (const char *p = b.data; (p = strstr(p, "<circle")); p++)
			dots++;
		assert_int_equal(dots, 3);
	}
	assert_null(strstr(b.data, "style="));
	/* bridged, the line runs on over the gap in one piece */
	s.bridge = 1;
	buf_reset(&b);
	svg_chart(&b, &c);
	assert_null(strstr(strstr(b.data, "<polyline") + 1, "<polyline"));
	buf_release(&b);
}

static void test_web__svg_dots_carry_their_values_titles_and_bands(void **state)
{
	double y[3] = { 4, 12.5, 27 };
	const char *titles[3] = { "Mon <1>", NULL, "Wed" };
	struct svg_series s = { .y = y, .cls = "s-score", .dots = 1, .titles = titles };
	struct svg_band bands[2] = { { 0, 10, "band-0", "mild & low" }, { 10, 27, "band-1", NULL } };
	struct svg_chart c = { .id = "c2", .title = "t", .desc = "d", .n = 3, .ymin = 0, .ymax = 27,
			       .series = &s, .nseries = 1, .bands = bands, .nbands = 2 };
	struct buf b = BUF_INIT;
	(void)state;
	svg_chart(&b, &c);
	assert_non_null(strstr(b.data, "data-value=\"4\"><title>Mon &lt;1&gt;</title></circle>"));
	assert_non_null(strstr(b.data, "data-value=\"12.5\"></circle>"));
	assert_non_null(strstr(b.data, "data-value=\"27\"><title>Wed</title>"));
	assert_non_null(strstr(b.data, "<rect class=\"band band-0\""));
	assert_non_null(strstr(b.data, "<rect class=\"band band-1\""));
	assert_non_null(strstr(b.data, ">mild &amp; low</text>"));
	/* bands come first, under the dots */
	assert_true(strstr(b.data, "<rect") < strstr(b.data, "<circle"));
	buf_release(&b);
}

static void test_web__svg_radar_closes_whole_shapes_and_never_draws_a_gap_as_zero(void **state)
{
	double whole[3] = { 2, 5, 9 }, gap[4] = { 3, NAN, 6, 7 };
	const char *labels[4] = { "1", "2", "3", "4" };
	double rings[] = { 5, 10 };
	struct svg_radar_series s1 = { .v = whole, .cls = "s-now" };
	struct svg_radar r = { .id = "w", .title = "Wheel <1>", .desc = "d", .naxes = 3,
			       .labels = labels, .min = 0, .max = 10, .rings = rings, .nrings = 2,
			       .series = &s1, .nseries = 1 };
	struct svg_radar_series s2 = { .v = gap, .cls = "s-then" };
	struct buf b = BUF_INIT;
	int dots = 0;
	(void)state;
	svg_radar(&b, &r);
	assert_non_null(strstr(b.data, "role=\"img\""));
	assert_non_null(strstr(b.data, "<title id=\"w-t\">Wheel &lt;1&gt;</title>"));
	assert_non_null(strstr(b.data, "<polygon class=\"s-now\""));
	assert_non_null(strstr(b.data, "data-value=\"9\""));
	assert_null(strstr(b.data, "style="));
	buf_reset(&b);
	r.naxes = 4;
	r.series = &s2;
	svg_radar(&b, &r);
	/* no closed shape; spokes 3, 4 and 1 joined, spoke 2 left out */
	assert_null(strstr(b.data, "<polygon class=\"s-then\""));
	assert_non_null(strstr(b.data, "<polyline class=\"s-then\""));
	assert_null(strstr(strstr(b.data, "<polyline class=\"s-then\"") + 1, "<polyline class=\"s-then\""));
	for (const char *p = b.data; (p = strstr(p, "<circle")); p++)
		dots++;
	assert_int_equal(dots, 3);
	buf_release(&b);
}

static void test_web__form_fields_that_repeat_come_in_order(void **state)
{
	struct web_kv form[] = {
		{ (char *)"done", (char *)"walk" }, { (char *)"mood", (char *)"5" },
		{ (char *)"done", (char *)"tea" },
	};
	struct web_req req;
	const char **vals;
	(void)state;
	memset(&req, 0, sizeof(req));
	req.form = form;
	req.nform = 3;
	assert_int_equal(web_form_all(&req, "done", &vals), 2);
	assert_string_equal(vals[0], "walk");
	assert_string_equal(vals[1], "tea");
	free(vals);
	assert_int_equal(web_form_all(&req, "none", &vals), 0);
	assert_non_null(vals);
	free(vals);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_web__html_printf_escapes_every_string),
		cmocka_unit_test(test_web__html_printf_formats_numbers),
		cmocka_unit_test(test_web__url_encode_leaves_nothing_markup),
		cmocka_unit_test(test_web__routes_are_sorted_and_writes_are_protected),
		cmocka_unit_test(test_web__routes_match_ids_and_nothing_else),
		cmocka_unit_test(test_web__svg_dots_carry_their_values_titles_and_bands),
		cmocka_unit_test(test_web__svg_radar_closes_whole_shapes_and_never_draws_a_gap_as_zero),
		cmocka_unit_test(test_web__svg_chart_has_text_and_gaps),
		cmocka_unit_test(test_web__form_fields_that_repeat_come_in_order),
	};
	return cmocka_run_group_tests_name("web", tests, NULL, NULL);
}
