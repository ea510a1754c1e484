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
		if (!(r[i].flags & (PAGE_AUTH | PAGE_STATIC | PAGE_FEED)))
			fail_msg("%s %s has no access check", r[i].method, r[i].pattern);
		if ((r[i].flags & PAGE_FEED) && (write || (r[i].flags & (PAGE_AUTH | PAGE_UNLOCKED))))
			fail_msg("%s %s: a feed is read-only and checks its own key", r[i].method, r[i].pattern);
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

static void test_web__host_and_origin_checks_accept_only_our_own(void **state)
{
	(void)state;
	assert_true(web_host_ok(8123, "127.0.0.1:8123"));
	assert_true(web_host_ok(8123, "localhost:8123"));
	assert_false(web_host_ok(8123, NULL));
	assert_false(web_host_ok(8123, "127.0.0.1:81234"));
	assert_false(web_host_ok(8123, "evil.example:8123"));
	assert_false(web_host_ok(8123, "127.0.0.1"));
	assert_true(web_origin_ok(8123, NULL, NULL));
	assert_true(web_origin_ok(8123, "null", "same-origin"));
	assert_true(web_origin_ok(8123, "http://localhost:8123", NULL));
	assert_false(web_origin_ok(8123, "http://localhost:8123", "cross-site"));
	assert_false(web_origin_ok(8123, "http://evil.example", NULL));
	assert_false(web_origin_ok(8123, "https://127.0.0.1:8123", NULL));
}

static void test_web__secrets_and_sessions_match_only_exactly(void **state)
{
	struct web_session s[3];
	char secret[WEB_SECRET_LEN + 1], other[WEB_SECRET_LEN + 1];
	struct buf b = BUF_INIT;
	(void)state;
	memset(s, 0, sizeof(s));
	memset(secret, 'a', WEB_SECRET_LEN);
	secret[WEB_SECRET_LEN] = '\0';
	memcpy(other, secret, sizeof(other));
	other[WEB_SECRET_LEN - 1] = 'b';
	assert_true(web_secret_ok(secret, secret));
	assert_false(web_secret_ok(other, secret));
	assert_false(web_secret_ok(NULL, secret));
	assert_false(web_secret_ok("aaaa", secret));
	assert_false(web_secret_ok("", ""));
	buf_addf(&b, "Bearer %s", secret);
	assert_true(web_bearer_ok(b.data, secret));
	assert_false(web_bearer_ok(secret, secret));
	assert_false(web_bearer_ok("Bearer ", secret));
	memcpy(s[1].id, other, sizeof(other));
	assert_ptr_equal(web_session_find(s, 3, other), &s[1]);
	assert_null(web_session_find(s, 3, secret));
	assert_null(web_session_find(s, 3, ""));
	assert_null(web_session_find(s, 3, NULL));
	buf_release(&b);
}

static void test_web__token_is_dropped_from_the_redirect(void **state)
{
	char k1[] = "token", v1[] = "abc", k2[] = "next", v2[] = "/diary?x=1&y",
	     k3[] = "q", v3[] = "a b";
	struct web_kv q[] = { { k1, v1 }, { k2, v2 }, { k3, v3 } };
	struct web_req req;
	struct buf b = BUF_INIT;
	(void)state;
	memset(&req, 0, sizeof(req));
	req.path = "/diary";
	req.query = q;
	req.nquery = sizeof(q) / sizeof(q[0]);
	web_path_without_token(&req, &b);
	assert_string_equal(b.data, "/diary?next=%2Fdiary%3Fx%3D1%26y&q=a%20b");
	buf_reset(&b);
	req.nquery = 1;
	web_path_without_token(&req, &b);
	assert_string_equal(b.data, "/diary");
	buf_release(&b);
}

/* Found while writing fuzz_web_request: the unlock page's "next" allowed
 * a tab, and browsers drop tabs from URLs, so "/\t/evil.example" sent the
 * person to another site after unlocking. */
static void test_web__after_unlock_only_paths_on_this_site(void **state)
{
	(void)state;
	assert_string_equal(web_safe_next("/diary?q=walk"), "/diary?q=walk");
	assert_string_equal(web_safe_next("/diary/12/edit"), "/diary/12/edit");
	assert_string_equal(web_safe_next(NULL), "/");
	assert_string_equal(web_safe_next(""), "/");
	assert_string_equal(web_safe_next("//evil.example"), "/");
	assert_string_equal(web_safe_next("/\\evil.example"), "/");
	assert_string_equal(web_safe_next("/\t/evil.example"), "/");
	assert_string_equal(web_safe_next("/\n/evil.example"), "/");
	assert_string_equal(web_safe_next("/ /evil.example"), "/");
	assert_string_equal(web_safe_next("https://evil.example"), "/");
	assert_string_equal(web_safe_next("/\"><script>"), "/");
	assert_string_equal(web_safe_next("/caf\xc3\xa9"), "/");
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

static void test_web__svg_bars_sit_in_columns(void **state)
{
	double y[3] = { 2, 0, NAN };
	double line[3] = { 2, 2, 2 };
	double ticks[] = { 0, 2 };
	struct svg_series s[2] = { { .y = y, .cls = "s-count", .bars = 1 },
				   { .y = line, .cls = "s-target", .line = 1 } };
	struct svg_chart c = { .id = "c2", .title = "Weeks", .desc = "three weeks", .n = 3,
			       .ymin = 0, .ymax = 4, .yticks = ticks, .nyticks = 2,
			       .series = s, .nseries = 2 };
	struct buf b = BUF_INIT;
	int bars = 0;
	(void)state;
	svg_chart(&b, &c);
	/* one bar: nothing for a zero or a missing value */
	for (const char *p = b.data; (p = strstr(p, "<rect class=\"s-count\"")); p++)
		bars++;
	assert_int_equal(bars, 1);
	/* the first band's middle, not the chart's left edge */
	assert_non_null(strstr(b.data, "points=\"103.0,"));
	assert_null(strstr(b.data, "style="));
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_web__html_printf_escapes_every_string),
		cmocka_unit_test(test_web__html_printf_formats_numbers),
		cmocka_unit_test(test_web__url_encode_leaves_nothing_markup),
		cmocka_unit_test(test_web__routes_are_sorted_and_writes_are_protected),
		cmocka_unit_test(test_web__routes_match_ids_and_nothing_else),
		cmocka_unit_test(test_web__host_and_origin_checks_accept_only_our_own),
		cmocka_unit_test(test_web__secrets_and_sessions_match_only_exactly),
		cmocka_unit_test(test_web__token_is_dropped_from_the_redirect),
		cmocka_unit_test(test_web__after_unlock_only_paths_on_this_site),
		cmocka_unit_test(test_web__svg_dots_carry_their_values_titles_and_bands),
		cmocka_unit_test(test_web__svg_radar_closes_whole_shapes_and_never_draws_a_gap_as_zero),
		cmocka_unit_test(test_web__svg_chart_has_text_and_gaps),
		cmocka_unit_test(test_web__svg_bars_sit_in_columns),
	};
	return cmocka_run_group_tests_name("web", tests, NULL, NULL);
}
