/* SPDX-License-Identifier: MIT */
/*
 * web.h: the local web UI. `waymark ui` serves pages on 127.0.0.1 with
 * libmicrohttpd. A request reaches a feature's handler only after the
 * server has checked the Host header (no DNS rebinding), the person's
 * session (a random access token in the printed URL becomes an HttpOnly,
 * SameSite=Strict cookie), the Origin of anything that changes state, and
 * the CSRF token of every form. Every response carries a strict
 * Content-Security-Policy and is never cached.
 *
 * Handlers build HTML only with html_printf (src/web/html.h), answer JSON
 * with web_json(), and never exit. One request is handled at a time, under
 * the app's lock, so handlers may use the vault freely.
 */
#ifndef WAYMARK_WEB_H
#define WAYMARK_WEB_H

#include <pthread.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "html.h"

struct waymark;

struct web_kv {
	char *key;
	char *val;
};

/* A file sent with a multipart form (<input type="file">). */
struct web_file {
	char *name;      /* the form field's name */
	char *filename;  /* as the browser gave it; never a path to use */
	struct buf data; /* the bytes, sensitive (they may be a diary) */
};

struct web_session {
	char id[65];   /* the cookie value */
	char csrf[65]; /* the token every form and API write must carry */
	time_t last;
};

#define WEB_SESSIONS_MAX 16

/* The server's state; one per `waymark ui`. */
struct web_app {
	struct waymark *wm;
	pthread_mutex_t lock;
	char token[65];      /* the access token in the printed URL */
	unsigned port;
	char cookie[32];     /* cookie name, with the port: "waymark_8123" */
	struct web_session sessions[WEB_SESSIONS_MAX];
	time_t last_activity;
	int autolock_minutes; /* 0: never */
	int stopping;
};

struct web_req {
	const char *method;
	const char *path;
	struct web_kv *query;
	size_t nquery;
	struct web_kv *form;   /* form fields, urlencoded or multipart */
	size_t nform;
	struct web_file *files; /* multipart file fields */
	size_t nfiles;
	struct buf body;       /* the raw body of a JSON request */
	int64_t id;            /* the :id in the route, or 0 */
	int bearer;            /* authorised by the access token itself */
	struct web_session *session; /* NULL for bearer requests */
	struct web_app *app;
	struct waymark *wm;
};

struct web_resp {
	int status;
	const char *type;      /* Content-Type; NULL means text/html */
	struct buf body;
	struct buf location;   /* for redirects */
	struct buf cookie;     /* a Set-Cookie value, or empty */
	struct buf download;   /* a file name: the body is sent as an
				  attachment to save (Content-Disposition),
				  or empty */
};

/* Route flags. */
enum {
	PAGE_AUTH = 1 << 0,     /* needs a session (every page but the few below) */
	PAGE_UNLOCKED = 1 << 1, /* needs the vault open and unlocked */
	PAGE_CSRF = 1 << 2,     /* changes state: CSRF token and Origin checked */
	PAGE_API = 1 << 3,      /* JSON in and out; failures are JSON */
	PAGE_STATIC = 1 << 4,   /* an embedded file; no session needed */
	PAGE_UPLOAD = 1 << 5,   /* accepts a file: a larger body (WEB_UPLOAD_MAX) */
};

/* The largest body an ordinary request may send, and one to a
 * PAGE_UPLOAD route: a diary from another app, perhaps sent again as
 * base64 (a third larger) when the person confirms it. */
#define WEB_BODY_MAX (1u << 20)
#define WEB_UPLOAD_MAX (48u << 20)

typedef int (*web_handler)(struct web_req *req, struct web_resp *resp);

struct route {
	const char *method;
	const char *pattern;   /* "/diary/:id/edit": :id matches a positive number */
	web_handler fn;
	unsigned flags;
};

/* Places where one feature's page shows what other features know,
 * without knowing them: the hooks are listed in routes.c (the one file
 * that names features). Each appends HTML (through html_printf) or
 * nothing, and never fails the page: a hook that cannot read its data
 * stays quiet. */
typedef void (*web_extra_fn)(struct web_req *req, struct buf *out);
typedef void (*web_day_fn)(struct web_req *req, const char *day, struct buf *out);
/* On Today, above the check-in form: what is due, gentle reminders. */
void web_today_extras(struct web_req *req, struct buf *out);
/* In the diary, under a day's heading ("YYYY-MM-DD"): other things that
 * happened that day (a goal step done, progress logged). */
void web_day_extras(struct web_req *req, const char *day, struct buf *out);
/* The crisis box's content, or NULL for the built-in one. */
extern const web_extra_fn web_crisis_hook;

/* routes.c: the table, sorted by pattern then method. */
const struct route *web_routes(size_t *n);
/* The route for method and path (filling *id), or NULL. *path_known is set
 * when the path matches some route with another method. */
const struct route *web_route_find(const char *method, const char *path,
				   int64_t *id, int *path_known);

/* server.c */
struct web_options {
	unsigned port;     /* 0: any free port */
	int open_browser;
};
/* Runs the server until SIGINT/SIGTERM. wm may have no vault open yet
 * (the welcome page makes one at wm->path). Returns the exit code. */
int web_serve(struct waymark *wm, const struct web_options *opt);

/* request helpers */
/* The value of a query or form field, or NULL if absent. */
const char *web_query(const struct web_req *req, const char *name);
const char *web_form(const struct web_req *req, const char *name);
/* "" when absent. */
const char *web_form_s(const struct web_req *req, const char *name);
/* The file sent in the field name, or NULL if there is none. */
const struct web_file *web_file(const struct web_req *req, const char *name);
/* 1 if the vault is open and unlocked. */
int web_unlocked(const struct web_req *req);

/* response helpers */
/* 303 See Other to a path of this site built from a literal format. */
void web_redirect(struct web_resp *resp, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Sends the body as a file to save rather than a page to show: sets the
 * Content-Type and a Content-Disposition attachment named filename, which
 * the caller builds from safe characters only (letters, digits, '-', '.'
 * and '_'; anything else is a bug). */
void web_download(struct web_resp *resp, const char *type, const char *filename);
/* Answers JSON (takes the reference). */
void web_json(struct web_resp *resp, int status, json_t *body);
/* A JSON error: {"error": {"message", "field"}} with the status for err. */
void web_json_error(struct web_resp *resp, const struct err *err);
/* The HTTP status for an error kind: 400 input, 404 not found, 423 locked,
 * 500 otherwise. */
int web_status_for(const struct err *err);
/* The one failure page: a kind message and the status for err's kind.
 * Never shows SQL, paths or decrypted text. Always returns 0 so handlers
 * can `return web_fail(...)`. */
int web_fail(struct web_req *req, struct web_resp *resp, const struct err *err);

/* layout.c: the page around a handler's content. nav names the current
 * section ("today", "diary", "mood", "help", ...). */
void web_page_begin(struct web_req *req, struct web_resp *resp,
		    const char *title, const char *nav);
void web_page_end(struct web_req *req, struct web_resp *resp);
/* The hidden CSRF field for a form. */
void web_csrf_input(struct web_req *req, struct buf *out);
/* The calm crisis box (as the CLI's), for the top of a page: the hook
 * registered in routes.c (web_crisis_hook) when there is one, so the
 * person's own safety plan and the lines open now can come first; else the
 * contacts in data/crisis. */
void web_crisis_box(struct web_req *req, struct buf *out);
/* The built-in box from data/crisis, for a hook to fall back on. */
void web_crisis_contacts(struct buf *out);
/* The message for field, if err names it, as an element with id
 * "FIELD-error" for aria-describedby. */
void web_field_error(struct buf *out, const struct err *err, const char *field);
/* Inside an input's start tag: aria-invalid and aria-describedby
 * pointing at web_field_error's message, if err names field; else
 * nothing. */
void web_invalid_attrs(struct buf *out, const struct err *err, const char *field);

/* pages.c: pages that belong to the server itself. */
int web_page_help(struct web_req *req, struct web_resp *resp);
int web_page_unlock(struct web_req *req, struct web_resp *resp);
int web_page_unlock_post(struct web_req *req, struct web_resp *resp);
int web_page_lock_post(struct web_req *req, struct web_resp *resp);
int web_page_settings(struct web_req *req, struct web_resp *resp);
int web_page_settings_post(struct web_req *req, struct web_resp *resp);
int web_page_welcome(struct web_req *req, struct web_resp *resp);
int web_page_welcome_post(struct web_req *req, struct web_resp *resp);
int web_page_static(struct web_req *req, struct web_resp *resp);

#endif
