/* SPDX-License-Identifier: MIT */
/*
 * check.c: the decisions the server makes about every request before a
 * handler sees it (web.h): is the Host one of ours, may a write come from
 * this Origin, does a token or cookie match a secret, which session a
 * cookie names, where to send a browser once its access token has become
 * a cookie, and where it may go after unlocking. They are pure functions of their arguments, kept apart
 * from libmicrohttpd (server.c) so that unit tests and the fuzz targets
 * (tests/fuzz) can call them with anything at all. Nothing here allocates
 * except into the caller's buffer, and nothing is logged.
 */
#include "crypto/crypto.h"
#include "web.h"

int web_host_ok(unsigned port, const char *host)
{
	char a[64], b[64];

	snprintf(a, sizeof(a), "127.0.0.1:%u", port);
	snprintf(b, sizeof(b), "localhost:%u", port);
	return host && (!strcmp(host, a) || !strcmp(host, b));
}

/* Browsers say where a request came from in Origin and Sec-Fetch-Site;
 * with our Referrer-Policy of no-referrer, Chromium sends "Origin: null"
 * for our own forms, so the browser's Sec-Fetch-Site decides then.
 * Without either (curl, scripts), the CSRF token or the access token
 * still has to match. */
int web_origin_ok(unsigned port, const char *origin, const char *site)
{
	char a[64], b[64];

	if (site && strcmp(site, "same-origin"))
		return 0;
	if (!origin || !strcmp(origin, "null"))
		return 1;
	snprintf(a, sizeof(a), "http://127.0.0.1:%u", port);
	snprintf(b, sizeof(b), "http://localhost:%u", port);
	return !strcmp(origin, a) || !strcmp(origin, b);
}

int web_secret_ok(const char *sent, const char *secret)
{
	return sent && secret[0] && strlen(sent) == WEB_SECRET_LEN &&
	       crypto_equal(sent, secret, WEB_SECRET_LEN);
}

int web_bearer_ok(const char *authorization, const char *token)
{
	return authorization && !strncmp(authorization, "Bearer ", 7) &&
	       web_secret_ok(authorization + 7, token);
}

struct web_session *web_session_find(struct web_session *sessions, size_t n,
				     const char *id)
{
	if (!id || strlen(id) != WEB_SECRET_LEN)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (sessions[i].id[0] && crypto_equal(sessions[i].id, id, WEB_SECRET_LEN))
			return &sessions[i];
	return NULL;
}

void web_path_without_token(const struct web_req *req, struct buf *out)
{
	int first = 1;

	buf_adds(out, req->path);
	for (size_t i = 0; i < req->nquery; i++) {
		if (!strcmp(req->query[i].key, "token"))
			continue;
		buf_addch(out, first ? '?' : '&');
		url_encode(out, req->query[i].key);
		buf_addch(out, '=');
		url_encode(out, req->query[i].val);
		first = 0;
	}
}

/* Browsers drop tabs and line breaks from a URL and read a backslash as a
 * slash, so "/\t/evil.example" or "/\\evil.example" would leave the site:
 * only a plain path of printable ASCII is kept. */
const char *web_safe_next(const char *next)
{
	if (!next || next[0] != '/' || next[1] == '/')
		return "/";
	for (const char *p = next; *p; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f || *p == '\\' || *p == '"')
			return "/";
	return next;
}
