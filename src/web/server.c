/* SPDX-License-Identifier: MIT */
/*
 * server.c: libmicrohttpd glue and the checks every request passes before
 * a handler sees it (see web.h): Host, session or access token, Origin and
 * CSRF for writes, the vault's lock (the checks themselves are the pure
 * functions of check.c). It also sets the security headers on every
 * response. It is the only file that talks to libmicrohttpd; HTTP
 * parsing, URL decoding and form decoding are libmicrohttpd's.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <malloc.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>


#include "core/i18n.h"
#include "core/wtime.h"
#include "core/xalloc.h"
#include "crypto/crypto.h"
#include "vault/record.h"
#include "vault/vault.h"
#include "mhd.h"
#include "web.h"

/* One connection's request while it arrives. */
struct conn {
	struct web_req req;
	struct MHD_PostProcessor *pp;
	size_t received; /* bytes of form data so far, for the cap */
	size_t max;      /* WEB_BODY_MAX, or WEB_UPLOAD_MAX for uploads */
	size_t last_len, last_cap; /* the last form value, while it grows */
	int too_big;
	char *method;
	char *path;
};

static void kv_add(struct web_kv **list, size_t *n, const char *key, const char *val)
{
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[*n].key = xstrdup(key);
	(*list)[*n].val = xstrdup(val ? val : "");
	(*n)++;
}

static void kv_free(struct web_kv *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(list[i].key);
		/* form values may be diary text */
		vault_free_secret(list[i].val);
	}
	free(list);
}

static const char *kv_get(const struct web_kv *list, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i].key, key))
			return list[i].val;
	return NULL;
}

const char *web_query(const struct web_req *req, const char *name)
{
	return kv_get(req->query, req->nquery, name);
}

const char *web_form(const struct web_req *req, const char *name)
{
	return kv_get(req->form, req->nform, name);
}

const struct web_file *web_file(const struct web_req *req, const char *name)
{
	for (size_t i = 0; i < req->nfiles; i++)
		if (!strcmp(req->files[i].name, name))
			return &req->files[i];
	return NULL;
}

const char *web_form_s(const struct web_req *req, const char *name)
{
	const char *v = web_form(req, name);
	return v ? v : "";
}

size_t web_form_all(const struct web_req *req, const char *name, const char ***vals)
{
	size_t n = 0;

	*vals = xcalloc(req->nform + 1, sizeof(**vals));
	for (size_t i = 0; i < req->nform; i++)
		if (!strcmp(req->form[i].key, name))
			(*vals)[n++] = req->form[i].val;
	return n;
}

int web_unlocked(const struct web_req *req)
{
	return req->wm->db && vault_is_open_for_use(req->wm);
}

static enum MHD_Result query_iter(void *cls, enum MHD_ValueKind kind,
				  const char *key, const char *value)
{
	struct web_req *req = cls;
	(void)kind;
	kv_add(&req->query, &req->nquery, key, value);
	return MHD_YES;
}

static enum MHD_Result post_iter(void *cls, enum MHD_ValueKind kind,
				 const char *key, const char *filename,
				 const char *content_type, const char *encoding,
				 const char *data, uint64_t off, size_t size)
{
	struct conn *cn = cls;
	struct web_req *req = &cn->req;
	(void)kind;
	(void)content_type;
	(void)encoding;

	if (cn->received + size > cn->max) {
		cn->too_big = 1;
		return MHD_NO;
	}
	cn->received += size;
	if (filename) {
		/* a file field (multipart): bytes, which may hold NULs */
		struct web_file *f = req->nfiles ? &req->files[req->nfiles - 1] : NULL;
		if (off == 0 || !f || strcmp(f->name, key)) {
			req->files = xrealloc(req->files, (req->nfiles + 1) * sizeof(*req->files));
			f = &req->files[req->nfiles++];
			f->name = xstrdup(key);
			f->filename = xstrdup(filename);
			buf_init(&f->data, 0, BUF_SENSITIVE);
		}
		buf_add(&f->data, data, size);
		return MHD_YES;
	}
	if (off > 0 && req->nform && !strcmp(req->form[req->nform - 1].key, key)) {
		/* a long value arrives in pieces: grow it by doubling, so a
		 * large one costs no more than its size, and wipe old copies */
		char **val = &req->form[req->nform - 1].val;
		if (cn->last_len + size + 1 > cn->last_cap) {
			size_t cap = cn->last_cap * 2 > cn->last_len + size + 1
				? cn->last_cap * 2 : cn->last_len + size + 1;
			char *grown = xmalloc(cap);
			memcpy(grown, *val, cn->last_len);
			vault_free_secret(*val);
			*val = grown;
			cn->last_cap = cap;
		}
		memcpy(*val + cn->last_len, data, size);
		cn->last_len += size;
		(*val)[cn->last_len] = '\0';
	} else {
		char *v = xstrndup(data ? data : "", size);
		kv_add(&req->form, &req->nform, key, v);
		vault_free_secret(v);
		cn->last_len = size;
		cn->last_cap = size + 1;
	}
	return MHD_YES;
}

static void conn_free(struct conn *cn)
{
	if (cn->pp)
		MHD_destroy_post_processor(cn->pp);
	kv_free(cn->req.query, cn->req.nquery);
	kv_free(cn->req.form, cn->req.nform);
	for (size_t i = 0; i < cn->req.nfiles; i++) {
		free(cn->req.files[i].name);
		free(cn->req.files[i].filename);
		buf_release(&cn->req.files[i].data);
	}
	free(cn->req.files);
	buf_release(&cn->req.body);
	free(cn->method);
	free(cn->path);
	free(cn);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)c;
	(void)toe;
	if (*con_cls)
		conn_free(*con_cls);
	*con_cls = NULL;
}

static void add_security_headers(struct MHD_Response *r, int is_static)
{
	MHD_add_response_header(r, "Content-Security-Policy",
		"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
		"font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
		"base-uri 'none'");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Cross-Origin-Opener-Policy", "same-origin");
	MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
	MHD_add_response_header(r, "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
	MHD_add_response_header(r, "Cache-Control", is_static ? "private, max-age=3600" : "no-store");
}

static enum MHD_Result respond(struct MHD_Connection *c, struct web_resp *resp,
			    int is_static)
{
	struct MHD_Response *r;
	enum MHD_Result ret;
	size_t len = resp->body.len;
	/* the response takes the body's memory and frees it when sent */
	char *body = buf_detach(&resp->body, NULL);

	r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(r, "Content-Type",
				resp->type ? resp->type : "text/html; charset=utf-8");
	if (resp->location.len)
		MHD_add_response_header(r, "Location", resp->location.data);
	if (resp->cookie.len)
		MHD_add_response_header(r, "Set-Cookie", resp->cookie.data);
	if (resp->download.len) {
		/* the name is checked by web_download: no quotes to escape */
		struct buf cd = BUF_INIT;
		buf_addf(&cd, "attachment; filename=\"%s\"", resp->download.data);
		MHD_add_response_header(r, "Content-Disposition", cd.data);
		buf_release(&cd);
	}
	add_security_headers(r, is_static);
	ret = MHD_queue_response(c, (unsigned)resp->status, r);
	MHD_destroy_response(r);
	return ret;
}

static void resp_init(struct web_resp *resp)
{
	memset(resp, 0, sizeof(*resp));
	resp->status = 200;
	buf_init(&resp->body, 0, 0);
	buf_init(&resp->location, 0, 0);
	buf_init(&resp->cookie, 0, 0);
	buf_init(&resp->download, 0, 0);
}

static void resp_release(struct web_resp *resp)
{
	buf_release(&resp->body);
	buf_release(&resp->location);
	buf_release(&resp->cookie);
	buf_release(&resp->download);
}

static void plain(struct web_resp *resp, int status, const char *text)
{
	resp->status = status;
	resp->type = "text/plain; charset=utf-8";
	buf_reset(&resp->body);
	buf_adds(&resp->body, text);
}

void web_random_token(char out[65])
{
	unsigned char raw[32];
	struct buf b = BUF_INIT;
	crypto_random(raw, sizeof(raw));
	crypto_hex(raw, sizeof(raw), &b);
	memcpy(out, b.data, 65);
	buf_release(&b);
	crypto_wipe(raw, sizeof(raw));
}

static struct web_session *session_new(struct web_app *app)
{
	struct web_session *s = &app->sessions[0];
	for (int i = 0; i < WEB_SESSIONS_MAX; i++) {
		if (!app->sessions[i].id[0]) {
			s = &app->sessions[i];
			break;
		}
		if (app->sessions[i].last < s->last)
			s = &app->sessions[i];
	}
	web_random_token(s->id);
	web_random_token(s->csrf);
	s->last = time(NULL);
	return s;
}

/* Locks the vault after the chosen time without activity. Called with the
 * app lock held. */
static void maybe_autolock(struct web_app *app)
{
	time_t now = time(NULL);
	/* tests cannot wait minutes: they may count in seconds instead */
	const char *unit = getenv("WAYMARK_TEST_AUTOLOCK_SECONDS");
	time_t per = unit && !strcmp(unit, "1") ? 1 : 60;

	if (app->autolock_minutes > 0 && app->wm->key &&
	    now - app->last_activity > (time_t)app->autolock_minutes * per) {
		vault_lock(app->wm);
		web_cache_clear(app);
	}
}

static void friendly_refusal(struct web_resp *resp, int api)
{
	if (api) {
		struct err e = ERR_INIT;
		err_kind_set(&e, ERR_INPUT, "%s", _("open Waymark with the link it printed, or send the access token"));
		web_json_error(resp, &e);
		resp->status = 401;
		return;
	}
	resp->status = 401;
	html_raw(&resp->body,
		"<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		"<title>Waymark</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
		"<body><main class=\"narrow\" id=\"main\">");
	html_printf(&resp->body, "<h1>%s</h1><p>%s</p><p>%s</p>",
		_("This is Waymark, a private diary"),
		_("To open it, use the link Waymark showed when it started. If you have lost it, run this again in a terminal:"),
		"waymark ui");
	html_printf(&resp->body, "<p class=\"help-line\">%s</p>",
		_("Need help now? Call Samaritans on 116 123 (free, any time), or 999 if your life is at risk."));
	html_raw(&resp->body, "</main></body></html>");
}

static void handle(struct web_app *app, struct MHD_Connection *c,
		   struct conn *cn, struct web_resp *resp, int *is_static)
{
	struct web_req *req = &cn->req;
	const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host");
	const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
	const char *site = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Sec-Fetch-Site");
	const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
	const char *cookie = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, app->cookie);
	const char *token = NULL;
	const struct route *rt;
	int known = 0, rc;
	const char *method = strcmp(req->method, "HEAD") ? req->method : "GET";

	if (!web_host_ok(app->port, host)) {
		plain(resp, 421, "Waymark only answers on 127.0.0.1 and localhost.\n");
		return;
	}
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, query_iter, req);
	rt = web_route_find(method, req->path, &req->id, &known);
	if (!rt) {
		plain(resp, known ? 405 : 404, known ? "That is not allowed here.\n"
						     : "There is no such page.\n");
		return;
	}
	*is_static = (rt->flags & PAGE_STATIC) != 0;
	if (cn->too_big) {
		plain(resp, 413, "That is more than Waymark accepts at once.\n");
		return;
	}

	if (rt->flags & PAGE_AUTH) {
		token = web_query(req, "token");
		if (web_secret_ok(token, app->token) &&
		    !strcmp(method, "GET") && !(rt->flags & PAGE_API)) {
			struct web_session *s = session_new(app);
			buf_addf(&resp->cookie, "%s=%s; Path=/; HttpOnly; SameSite=Strict",
				 app->cookie, s->id);
			web_path_without_token(req, &resp->location);
			resp->status = 303;
			return;
		}
		req->session = web_session_find(app->sessions, WEB_SESSIONS_MAX, cookie);
		if (!req->session && web_bearer_ok(auth, app->token))
			req->bearer = 1;
		if (!req->session && !req->bearer) {
			friendly_refusal(resp, rt->flags & PAGE_API);
			return;
		}
		if (req->session)
			req->session->last = time(NULL);
	}

	if (rt->flags & PAGE_CSRF) {
		const char *sent = web_form(req, "csrf");
		if (!sent)
			sent = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-CSRF-Token");
		if (!web_origin_ok(app->port, origin, site)) {
			plain(resp, 403, "Waymark refused a change sent from another site.\n");
			return;
		}
		if (!req->bearer && !web_secret_ok(sent, req->session->csrf)) {
			plain(resp, 403, "That form had expired, so nothing was changed. "
					 "Go back, reload the page and try again.\n");
			return;
		}
	}

	pthread_mutex_lock(&app->lock);
	req->app = app;
	req->wm = app->wm;
	if (!(rt->flags & PAGE_STATIC)) {
		maybe_autolock(app);
		/* a calendar reading its feed is not the person using Waymark */
		if (!(rt->flags & PAGE_FEED))
			app->last_activity = time(NULL);
	}
	if ((rt->flags & PAGE_UNLOCKED) && !web_unlocked(req)) {
		if (rt->flags & PAGE_API) {
			struct err e = ERR_INIT;
			err_kind_set(&e, ERR_LOCKED, "%s", req->wm->db
				? _("the vault is locked: unlock it in the browser first")
				: _("there is no vault yet: open Waymark in the browser to make one"));
			web_json_error(resp, &e);
		} else if (!req->wm->db) {
			web_redirect(resp, "/welcome");
		} else {
			struct buf next = BUF_INIT;
			url_encode(&next, req->path);
			web_redirect(resp, "/unlock?next=%s", next.data);
			buf_release(&next);
		}
		pthread_mutex_unlock(&app->lock);
		return;
	}
	{
		/* GET handlers never change state (routes.c), so what they
		 * render can be reused; anything else clears the cache */
		int get = !strcmp(method, "GET") && !(rt->flags & (PAGE_API | PAGE_STATIC));
		if (get && web_cache_get(app, req, resp)) {
			rc = 0;
		} else {
			int was_open = web_unlocked(req);
			rc = rt->fn(req, resp);
			if (!get || was_open != web_unlocked(req))
				web_cache_clear(app);
			else if (rc == 0)
				web_cache_put(app, req, resp);
			/* a page over years of entries, or unlocking (Argon2id takes
			 * 64 MB), leaves freed memory behind: give it back */
			malloc_trim(0);
		}
	}
	pthread_mutex_unlock(&app->lock);
	if (rc < 0) {
		struct err e = ERR_INIT;
		err_set(&e, "something went wrong");
		buf_reset(&resp->body);
		web_fail(req, resp, &e);
	}
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
				  const char *url, const char *method,
				  const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	struct web_app *app = cls;
	struct conn *cn = *con_cls;
	struct web_resp resp;
	enum MHD_Result ret;
	int is_static = 0;
	(void)version;

	if (!cn) {
		const char *type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
		cn = xcalloc(1, sizeof(*cn));
		cn->method = xstrdup(method);
		cn->path = xstrdup(url);
		cn->req.method = cn->method;
		cn->req.path = cn->path;
		buf_init(&cn->req.body, 0, BUF_SENSITIVE);
		cn->max = WEB_BODY_MAX;
		{
			/* only routes that take a file accept a larger body */
			int64_t id;
			int known;
			const struct route *rt = web_route_find(method, url, &id, &known);
			if (rt && (rt->flags & PAGE_UPLOAD))
				cn->max = WEB_UPLOAD_MAX;
		}
		if (type && (!strncasecmp(type, MHD_HTTP_POST_ENCODING_FORM_URLENCODED,
					  strlen(MHD_HTTP_POST_ENCODING_FORM_URLENCODED)) ||
			     !strncasecmp(type, MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA,
					  strlen(MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA))))
			cn->pp = MHD_create_post_processor(c, 16384, post_iter, cn);
		*con_cls = cn;
		return MHD_YES;
	}
	if (*upload_size) {
		if (cn->pp) {
			/* a refusal from post_iter sets too_big */
			if (!cn->too_big)
				MHD_post_process(cn->pp, upload, *upload_size);
		} else if (cn->req.body.len + *upload_size > cn->max) {
			cn->too_big = 1;
		} else {
			buf_add(&cn->req.body, upload, *upload_size);
		}
		*upload_size = 0;
		return MHD_YES;
	}
	resp_init(&resp);
	handle(app, c, cn, &resp, &is_static);
	ret = respond(c, &resp, is_static);
	resp_release(&resp);
	return ret;
}

static void open_browser(const char *url)
{
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(null, STDOUT_FILENO);
			dup2(null, STDERR_FILENO);
		}
		setsid();
		execlp("xdg-open", "xdg-open", url, (char *)NULL);
		_exit(127);
	}
}

int web_serve(struct waymark *wm, const struct web_options *opt)
{
	struct web_app app;
	struct MHD_Daemon *d;
	struct sockaddr_in addr;
	const union MHD_DaemonInfo *info;
	sigset_t sigs;
	struct buf url = BUF_INIT;
	int sig;

	{
		struct err e = ERR_INIT;
		if (mhd_load(&e)) {
			fprintf(stderr, "waymark: %s\n", e.msg);
			return 1;
		}
	}
	/* A long-running server: blocks over 256 KiB (a full API list, a
	 * long diary page) always come from mmap and go back whole when
	 * freed. Left dynamic, glibc raises the threshold after the first
	 * such free and later ones stay in the heap, where they fragment it
	 * and the server's memory only ever grows. */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
	memset(&app, 0, sizeof(app));
	web_cache_clear(&app);
	app.wm = wm;
	pthread_mutex_init(&app.lock, NULL);
	web_random_token(app.token);
	app.last_activity = time(NULL);
	app.autolock_minutes = 15;
	if (wm->db) {
		struct err e = ERR_INIT;
		long v;
		if (vault_setting_get(wm, "autolock_minutes", &v, &e) == 0)
			app.autolock_minutes = (int)v;
	}

	/* signals go to this thread only, which waits for them below */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_IGN); /* the browser opener */

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16_t)opt->port);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	d = MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG,
			     (uint16_t)opt->port, NULL, NULL, on_request, &app,
			     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
			     MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(256 * 1024),
			     /* two threads for the network; pages still render one
			      * at a time, under the app lock */
			     MHD_OPTION_THREAD_POOL_SIZE, (unsigned)2,
			     MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, _("waymark: cannot listen on 127.0.0.1 port %u: %s\n"),
			opt->port, strerror(errno));
		return 1;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	app.port = info ? info->port : opt->port;
	snprintf(app.cookie, sizeof(app.cookie), "waymark_%u", app.port);
	buf_addf(&url, "http://127.0.0.1:%u/?token=%s", app.port, app.token);
	printf(_("Waymark is open in your browser at:\n\n    %s\n\n"
		 "Only this computer can reach it. Press Ctrl-C here to close it.\n"), url.data);
	fflush(stdout);
	if (opt->open_browser)
		open_browser(url.data);
	buf_release(&url);

	for (;;) {
		struct timespec ts = { 15, 0 };
		sig = sigtimedwait(&sigs, NULL, &ts);
		if (sig > 0)
			break;
		pthread_mutex_lock(&app.lock);
		maybe_autolock(&app);
		{
			struct err e = ERR_INIT;
			if (wm->db && vault_is_open_for_use(wm) && record_purge_trash(wm, 3600, &e))
				fprintf(stderr, "waymark: %s\n", e.msg);
		}
		pthread_mutex_unlock(&app.lock);
	}
	MHD_stop_daemon(d);
	pthread_mutex_lock(&app.lock);
	vault_lock(wm);
	web_cache_clear(&app);
	pthread_mutex_unlock(&app.lock);
	crypto_wipe(app.token, sizeof(app.token));
	crypto_wipe(app.sessions, sizeof(app.sessions));
	pthread_mutex_destroy(&app.lock);
	printf("%s\n", _("Waymark has closed. Your diary is saved."));
	return 0;
}
