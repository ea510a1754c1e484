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

/* Access tokens, session ids and CSRF tokens: 32 random bytes in hex. */
#define WEB_SECRET_LEN 64

struct web_session {
	char id[65];   /* the cookie value */
	char csrf[65]; /* the token every form and API write must carry */
	time_t last;
};

#define WEB_SESSIONS_MAX 16
#define WEB_CACHE_MAX 32

/* A page as it was last sent (cache.c): the same person asking for the
 * same page again, in the same minute, with nothing written since, gets
 * these bytes again. Held in memory that is wiped when it is dropped. */
struct web_cache_entry {
	struct buf key;     /* session, path and query */
	struct buf body;
	const char *type;
	long data_version;  /* the database's, when it was made */
	unsigned long gen;  /* the server's write count then */
	long minute;        /* pages show the time: valid within a minute */
	time_t used;
};

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
	unsigned long gen;    /* counts writes, locks and unlocks */
	struct web_cache_entry cache[WEB_CACHE_MAX];
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
	PAGE_FEED = 1 << 6,     /* read by another app on this computer (a
				   calendar) that has no session: the handler
				   lets it in with web_feed_check(). A feed is
				   never the person's own activity, so a
				   calendar checking it cannot keep the vault
				   from locking itself. GET only. */
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
/* On the check-in form: things the person may tick as done (their plan's
 * daily maintenance list). Each provider appends new strings, as the
 * person wrote them, to *items (grown with xrealloc; the caller frees them
 * with text_free_list), or nothing. */
typedef void (*web_offer_fn)(struct web_req *req, char ***items, size_t *n);
void web_done_offers(struct web_req *req, char ***items, size_t *n);
/* How often each of n diary tags was logged in check-ins on the days
 * from today - (days - 1) to today: counts[i] for tags[i] (0 when
 * unknown). Lets a page that names tags (the plan's triggers) say
 * "logged 3 times this week" without knowing the diary. */
typedef void (*web_tag_count_fn)(struct web_req *req, char *const *tags, size_t n,
				 int days, long *counts);
void web_tag_counts(struct web_req *req, char *const *tags, size_t n, int days,
		    long *counts);

/* routes.c: the table, sorted by pattern then method. */
const struct route *web_routes(size_t *n);
/* The route for method and path (filling *id), or NULL. *path_known is set
 * when the path matches some route with another method. */
const struct route *web_route_find(const char *method, const char *path,
				   int64_t *id, int *path_known);

/* check.c: the server's checks on every request, as pure functions (no
 * libmicrohttpd, no allocation but into out), so that tests and fuzz
 * targets can call them with any input. Header values are NULL when the
 * request did not send them. */
/* 1 if host (the Host header) is "127.0.0.1:PORT" or "localhost:PORT"
 * exactly, else 0 (no DNS rebinding). */
int web_host_ok(unsigned port, const char *host);
/* 1 if a request that changes state may come from origin (the Origin
 * header) and site (Sec-Fetch-Site): site absent or "same-origin", and
 * origin absent, "null", or our own http://127.0.0.1:PORT or
 * http://localhost:PORT. Else 0. */
int web_origin_ok(unsigned port, const char *origin, const char *site);
/* 1 if sent is exactly the secret (WEB_SECRET_LEN characters; secret
 * must be that long and NUL-terminated), compared in constant time; 0 for
 * NULL, another length, an empty secret or a mismatch. */
int web_secret_ok(const char *sent, const char *secret);
/* 1 if authorization (the Authorization header) is "Bearer " and then
 * exactly token, as web_secret_ok. */
int web_bearer_ok(const char *authorization, const char *token);
/* The session among sessions[0..n) whose id is id (a cookie's value),
 * compared in constant time; NULL when id is NULL, not WEB_SECRET_LEN
 * characters, or no live session has it. */
struct web_session *web_session_find(struct web_session *sessions, size_t n,
				     const char *id);
/* Where to go after unlocking, from the "next" the unlock page was given
 * (NULL when none): next itself if it is a path on this site -- "/" then
 * anything but "/", in printable ASCII without spaces, backslashes or
 * quotes -- else "/". Never another host, however a browser reads it. */
const char *web_safe_next(const char *next);
/* Appends req->path and its query without the "token" field (keys and
 * values percent-encoded again, in order), for the redirect after the
 * access token has become a cookie. */
void web_path_without_token(const struct web_req *req, struct buf *out);

/* server.c */
struct web_options {
	unsigned port;     /* 0: any free port */
	int open_browser;
};
/* Runs the server until SIGINT/SIGTERM. wm may have no vault open yet
 * (the welcome page makes one at wm->path). Returns the exit code. */
int web_serve(struct waymark *wm, const struct web_options *opt);

/* cache.c: the page cache (see struct web_cache_entry). Called with the
 * app lock held. get returns 1 and fills resp's body and type on a hit. */
int web_cache_get(struct web_app *app, const struct web_req *req, struct web_resp *resp);
void web_cache_put(struct web_app *app, const struct web_req *req,
		   const struct web_resp *resp);
/* Forgets every cached page, wiping it: after any write, lock or unlock. */
void web_cache_clear(struct web_app *app);

/* request helpers */
/* The value of a query or form field, or NULL if absent. */
const char *web_query(const struct web_req *req, const char *name);
const char *web_form(const struct web_req *req, const char *name);
/* "" when absent. */
const char *web_form_s(const struct web_req *req, const char *name);
/* Every value of a form field that may come more than once (checkboxes,
 * a list of text boxes with one name), in the order sent. *vals is a new
 * array (free it; it always has room for one more, so it is never NULL)
 * of strings borrowed from req. Returns how many. */
size_t web_form_all(const struct web_req *req, const char *name, const char ***vals);
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
 * 503 storage (the vault cannot be written just now), 500 otherwise. A
 * form whose save fails with ERR_STORAGE is shown again, like one with
 * bad input, with the message and everything typed still in it (the
 * diary's page.c does this), so that nothing the person wrote is lost. */
int web_status_for(const struct err *err);
/* The one failure page: a kind message and the status for err's kind
 * (err's own message for input and storage, which carry no internals).
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
/* Inside an input's tag: ' aria-invalid="true" aria-describedby=
 * "FIELD-error"' if err (ERR_INPUT) names field, else nothing. */
void web_invalid_attrs(struct buf *out, const struct err *err, const char *field);
/* A radio input (no label): checked when value equals current. */
void web_radio(struct buf *out, const char *name, const char *value,
	       const char *current, const char *id);
/* 1 if a form whose save failed with err is to be shown again with the
 * person's typing in it (status web_status_for(err)): bad input
 * (ERR_INPUT), or a vault that could not be written (ERR_STORAGE: a full
 * disk), where they only need to press Save again later. 0: web_fail. */
int web_form_again(const struct err *err);
/* For a form sent back with bad input (err of kind ERR_INPUT): a box at
 * its top, focused by app.js, with title ("Nothing was saved yet"), the
 * message as a link to the element with id target (the field, or the
 * first choice of a group), and a line saying that everything typed is
 * still there. For ERR_STORAGE the same without a link, saying to press
 * Save again once that is sorted. Nothing for other kinds or NULL. */
void web_error_summary(struct buf *out, const struct err *err, const char *title,
		       const char *target);
/* Like web_invalid_attrs(), for an input that may also have a hint:
 * ' aria-invalid="true"' when err (ERR_INPUT) names field, and one
 * aria-describedby listing hint (an element id, or NULL) then
 * "FIELD-error" when err names it. Appends nothing when there is
 * neither. web_invalid_attrs() is this with no hint. */
void web_field_attrs(struct buf *out, const struct err *err, const char *field,
		     const char *hint);

/* server.c: 64 random hex characters and a NUL (a session, a token). */
void web_random_token(char out[65]);

/* feed.c: addresses that another app on this computer (a calendar) can
 * subscribe to. Such an app cannot log in, so each feed has its own
 * secret, 64 random hex characters, carried in its address as the query
 * field "key" and kept in the vault's clear settings as "feed.NAME" (clear,
 * so that a locked vault can still refuse kindly; the secret opens
 * nothing but the feed, and the feed only while the vault is unlocked).
 * name is a short literal such as "goals". */

/* Appends the feed's secret to out: 0, or 1 when it has none yet (or
 * there is no vault), -1 on error. */
int web_feed_secret(struct web_req *req, const char *name, struct buf *out,
		    struct err *err) __attribute__((warn_unused_result));
/* Makes a new secret (the old address stops working at once), stores it
 * and appends it to out. */
int web_feed_renew(struct web_req *req, const char *name, struct buf *out,
		   struct err *err) __attribute__((warn_unused_result));
/* Forgets the secret: the feed answers to no address until renewed. */
int web_feed_forget(struct web_req *req, const char *name, struct err *err)
	__attribute__((warn_unused_result));
/* Appends the address of the feed at path (a literal route, "/goals.ics")
 * with secret: "http://127.0.0.1:PORT/goals.ics?key=SECRET". */
void web_feed_url(const struct web_req *req, const char *path,
		  const char *secret, struct buf *out);
/* The gate at the top of a PAGE_FEED handler. Returns 1 when the query's
 * "key" is the feed's secret (compared in constant time) and the vault is
 * unlocked. Otherwise it has answered in plain text and returns 0: 403
 * for a missing or wrong key (or no secret yet), 423 with a kind word
 * while the vault is locked (the key is checked first, so a stranger
 * learns nothing about the lock). */
int web_feed_check(struct web_req *req, struct web_resp *resp, const char *name);

/* pages.c: pages that belong to the server itself. */
int web_page_unlock(struct web_req *req, struct web_resp *resp);
int web_page_unlock_post(struct web_req *req, struct web_resp *resp);
int web_page_lock_post(struct web_req *req, struct web_resp *resp);
int web_page_settings(struct web_req *req, struct web_resp *resp);
int web_page_settings_post(struct web_req *req, struct web_resp *resp);
int web_page_welcome(struct web_req *req, struct web_resp *resp);
int web_page_welcome_post(struct web_req *req, struct web_resp *resp);
int web_page_static(struct web_req *req, struct web_resp *resp);

#endif
