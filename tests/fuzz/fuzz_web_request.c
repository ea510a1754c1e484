/* SPDX-License-Identifier: MIT */
/*
 * fuzz_web_request.c: what the server decides about a request before any
 * handler runs, with any header values: the route for a method and path
 * (web_route_find), the Host check, the Origin and Sec-Fetch-Site check,
 * the access token, bearer token, CSRF token and session cookie
 * (check.c), the redirect that drops the token from the query, and
 * where the unlock page may send the browser next (web_safe_next). The
 * query is decoded the way libmicrohttpd decodes it (split at & and =,
 * then MHD_http_unescape). The bytes are the fields, one per line: method,
 * path, Host, Origin, Sec-Fetch-Site, cookie value, CSRF token,
 * Authorization, query. Every answer must be the one the rules in web.h
 * give, and escaping for HTML and URLs must leave no markup.
 */
#include <ctype.h>

#include <microhttpd.h>

#include "fuzz.h"

#include "web/html.h"
#include "web/web.h"

enum { R_METHOD, R_PATH, R_HOST, R_ORIGIN, R_SITE, R_COOKIE, R_CSRF, R_AUTH,
       R_QUERY, R__MAX };

#define PORT 8123
static char token[WEB_SECRET_LEN + 1], csrf[WEB_SECRET_LEN + 1];
static struct web_session sessions[3];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	memset(token, 'a', WEB_SECRET_LEN);
	memset(csrf, 'c', WEB_SECRET_LEN);
	memset(sessions[1].id, 's', WEB_SECRET_LEN);
	memcpy(sessions[1].csrf, csrf, sizeof(csrf));
	return 0;
}

/* NULL for an absent header: an empty line means "not sent". */
static const char *header(const char *s)
{
	return *s ? s : NULL;
}

static void check_escapes(const char *s)
{
	struct buf b = BUF_INIT;

	html_escape(&b, s);
	FUZZ_CHECK(!strpbrk(b.data, "<>\"'"));
	buf_reset(&b);
	url_encode(&b, s);
	for (const char *p = b.data; *p; p++)
		FUZZ_CHECK(isalnum((unsigned char)*p) || strchr("-._~%", *p));
	buf_release(&b);
}

/* The query as libmicrohttpd hands it to query_iter in server.c. */
static void parse_query(char *q, struct web_req *req)
{
	for (char *p = q; p && *p;) {
		char *amp = strchr(p, '&'), *eq;
		if (amp)
			*amp = '\0';
		eq = strchr(p, '=');
		if (eq)
			*eq = '\0';
		MHD_http_unescape(p);
		if (eq)
			MHD_http_unescape(eq + 1);
		req->query = xrealloc(req->query, (req->nquery + 1) * sizeof(*req->query));
		req->query[req->nquery].key = p;
		req->query[req->nquery].val = eq ? eq + 1 : p + strlen(p);
		req->nquery++;
		p = amp ? amp + 1 : NULL;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *f[R__MAX], *store;
	const struct route *rt;
	struct web_session *s;
	struct web_req req;
	struct buf b = BUF_INIT;
	int64_t id = 0;
	int known;

	fuzz_split(data, size, '\n', f, R__MAX, &store);
	rt = web_route_find(f[R_METHOD], f[R_PATH], &id, &known);
	if (rt) {
		FUZZ_CHECK(known && !strcmp(rt->method, f[R_METHOD]));
		FUZZ_CHECK(strstr(rt->pattern, ":id") ? id > 0 : 1);
		FUZZ_CHECK(!(rt->flags & PAGE_CSRF) || strcmp(rt->method, "GET"));
		FUZZ_CHECK(!strcmp(rt->method, "GET") || (rt->flags & PAGE_CSRF));
	}
	if (web_host_ok(PORT, header(f[R_HOST])))
		FUZZ_CHECK(!strcmp(f[R_HOST], "127.0.0.1:8123") ||
			   !strcmp(f[R_HOST], "localhost:8123"));
	if (web_origin_ok(PORT, header(f[R_ORIGIN]), header(f[R_SITE])))
		FUZZ_CHECK(!*f[R_SITE] || !strcmp(f[R_SITE], "same-origin"));
	if (web_secret_ok(f[R_CSRF], csrf))
		FUZZ_CHECK(!strcmp(f[R_CSRF], csrf));
	if (web_bearer_ok(header(f[R_AUTH]), token))
		FUZZ_CHECK(!strncmp(f[R_AUTH], "Bearer ", 7) && !strcmp(f[R_AUTH] + 7, token));
	s = web_session_find(sessions, 3, header(f[R_COOKIE]));
	FUZZ_CHECK(s == NULL || (s == &sessions[1] && !strcmp(f[R_COOKIE], sessions[1].id)));

	/* after unlocking: a path on this site, however a browser reads it */
	{
		const char *next = web_safe_next(f[R_QUERY]);
		FUZZ_CHECK(next[0] == '/' && next[1] != '/');
		for (const char *p = next; *p; p++)
			FUZZ_CHECK((unsigned char)*p > ' ' && (unsigned char)*p < 0x7f && *p != '\\');
	}
	memset(&req, 0, sizeof(req));
	req.method = f[R_METHOD];
	req.path = f[R_PATH];
	parse_query(f[R_QUERY], &req);
	web_path_without_token(&req, &b);
	FUZZ_CHECK(!strncmp(b.data, req.path, strlen(req.path)));
	FUZZ_CHECK(!strstr(b.data + strlen(req.path), "?token=") &&
		   !strstr(b.data + strlen(req.path), "&token="));
	for (size_t i = 0; i < R__MAX; i++)
		check_escapes(f[i]);
	buf_release(&b);
	free(req.query);
	free(store);
	return 0;
}
