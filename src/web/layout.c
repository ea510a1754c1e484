/* SPDX-License-Identifier: MIT */
/*
 * layout.c: what every page shares: the head, the header with "Need help
 * now?" always in sight, the navigation, the footer, the crisis box, form
 * helpers and the one failure page. HTML only through html_printf.
 */
#include <ctype.h>

#include "core/crisis.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "vault/vault.h"
#include "web.h"

/* Every section. On a phone only the first NAV_ON_PHONE sit in the row (with Lock);
 * the rest are under "More" (a <details>, so no JavaScript is needed),
 * keeping the check-in on the first screen. */
#define NAV_ON_PHONE 2
static const struct {
	const char *name, *href, *label;
} nav_items[] = {
	{ "today", "/", N_("Today") },
	{ "diary", "/diary", N_("Diary") },
	{ "mood", "/mood", N_("Mood") },
	{ "insights", "/insights", N_("Insights") },
	{ "goals", "/goals", N_("Goals") },
	{ "areas", "/areas", N_("Life areas") },
	{ "measures", "/measures", N_("Questionnaires") },
	{ "recovery", "/recovery", N_("Recovery") },
	{ "plan", "/plan", N_("Plan") },
	{ "people", "/people", N_("People") },
	{ "report", "/report", N_("Report") },
	{ "settings", "/settings", N_("Settings") },
};

/* One section's link as a list item; cls NULL or a class for the li. */
static void nav_link(struct buf *o, size_t i, const char *current, const char *cls)
{
	if (cls)
		html_printf(o, "<li class=\"%s\">", cls);
	else
		html_raw(o, "<li>");
	if (!strcmp(nav_items[i].name, current))
		html_printf(o, "<a href=\"%s\" aria-current=\"page\">%s</a></li>\n",
			    nav_items[i].href, _(nav_items[i].label));
	else
		html_printf(o, "<a href=\"%s\">%s</a></li>\n",
			    nav_items[i].href, _(nav_items[i].label));
}

/* The navigation: every section in a row (wrapping on a wide screen), and
 * on a phone the first few with the others under "More". */
static void nav_list(struct buf *o, const char *nav)
{
	const char *current = nav ? nav : "";
	int in_more = 0;

	html_raw(o, "<ul class=\"sections\">\n");
	for (size_t i = 0; i < ARRAY_SIZE(nav_items); i++) {
		nav_link(o, i, current, i < NAV_ON_PHONE ? NULL : "wide-only");
		if (i >= NAV_ON_PHONE && !strcmp(nav_items[i].name, current))
			in_more = 1;
	}
	if (in_more)
		html_raw(o, "<li class=\"nav-more\"><details><summary class=\"current\">");
	else
		html_raw(o, "<li class=\"nav-more\"><details><summary>");
	html_printf(o, "%s</summary><ul>\n", _("More"));
	for (size_t i = NAV_ON_PHONE; i < ARRAY_SIZE(nav_items); i++)
		nav_link(o, i, current, NULL);
	html_raw(o, "</ul></details></li>\n</ul>\n");
}

void web_csrf_input(struct web_req *req, struct buf *out)
{
	if (req->session)
		html_printf(out, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">",
			    req->session->csrf);
}

void web_page_begin(struct web_req *req, struct web_resp *resp,
		    const char *title, const char *nav)
{
	struct buf *o = &resp->body;
	int open = web_unlocked(req);

	html_printf(o,
		"<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		"<meta name=\"color-scheme\" content=\"light dark\">\n"
		"<title>%s \xc2\xb7 Waymark</title>\n", title);
	html_raw(o, "<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
		    "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">\n"
		    "<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n");
	html_printf(o, "<a class=\"skip\" href=\"#main\">%s</a>\n", _("Skip to content"));
	html_raw(o, "<header class=\"top\">\n<div class=\"bar\">\n");
	html_printf(o, "<a class=\"brand\" href=\"/\">Waymark</a>\n"
		       "<a class=\"help-now\" href=\"/help\">%s</a>\n", _("Need help now?"));
	html_raw(o, "</div>\n");
	if (open) {
		html_printf(o, "<nav aria-label=\"%s\">\n", _("Main"));
		nav_list(o, nav);
		if (req->wm->encrypted) {
			html_raw(o, "<form method=\"post\" action=\"/lock\" class=\"lock\">");
			web_csrf_input(req, o);
			html_printf(o, "<button type=\"submit\" class=\"quiet\">%s</button></form>\n",
				    _("Lock"));
		}
		html_raw(o, "</nav>\n");
	}
	html_raw(o, "</header>\n<main id=\"main\" class=\"wrap\">\n");
}

void web_page_end(struct web_req *req, struct web_resp *resp)
{
	(void)req;
	html_raw(&resp->body, "</main>\n<footer class=\"foot\"><p>");
	html_printf(&resp->body, "%s <a href=\"/help\">%s</a>",
		    _("Your diary stays on this computer."), _("Need help now?"));
	html_raw(&resp->body, "</p></footer>\n</body>\n</html>\n");
}

void web_crisis_contacts(struct buf *out)
{
	struct crisis_info ci;
	struct err err = ERR_INIT;

	if (crisis_load(&ci, &err))
		BUG("%s", err.msg);
	html_raw(out, "<section class=\"crisis\" aria-labelledby=\"crisis-h\">\n");
	html_printf(out, "<h2 id=\"crisis-h\">%s</h2>\n<p>%s</p>\n<ul class=\"contacts\">\n",
		    _("Things sound really hard right now."),
		    _("You do not have to face this on your own."));
	for (size_t i = 0; i < ci.ncontacts; i++) {
		const struct crisis_contact *c = &ci.contacts[i];
		if (c->tel)
			html_printf(out, "<li><a class=\"reach\" href=\"tel:%s\">%s: %s</a> <span>%s</span></li>\n",
				    c->tel, c->name, c->how, c->when);
		else if (c->sms)
			html_printf(out, "<li><a class=\"reach\" href=\"sms:%s\">%s: %s</a> <span>%s</span></li>\n",
				    c->sms, c->name, c->how, c->when);
		else
			html_printf(out, "<li>%s: %s <span>%s</span></li>\n", c->name, c->how, c->when);
	}
	html_raw(out, "</ul>\n</section>\n");
	crisis_release(&ci);
}

void web_crisis_box(struct web_req *req, struct buf *out)
{
	if (web_crisis_hook)
		web_crisis_hook(req, out);
	else
		web_crisis_contacts(out);
}

void web_field_error(struct buf *out, const struct err *err, const char *field)
{
	if (err && err->kind == ERR_INPUT && !strcmp(err->field, field))
		html_printf(out, "<p class=\"field-error\" id=\"%s-error\">%s</p>", field, err->msg);
}

void web_field_attrs(struct buf *out, const struct err *err, const char *field,
		     const char *hint)
{
	int bad = err && err->kind == ERR_INPUT && !strcmp(err->field, field);

	if (bad)
		html_raw(out, " aria-invalid=\"true\"");
	if (bad && hint)
		html_printf(out, " aria-describedby=\"%s %s-error\"", hint, field);
	else if (bad)
		html_printf(out, " aria-describedby=\"%s-error\"", field);
	else if (hint)
		html_printf(out, " aria-describedby=\"%s\"", hint);
}

void web_invalid_attrs(struct buf *out, const struct err *err, const char *field)
{
	web_field_attrs(out, err, field, NULL);
}

void web_radio(struct buf *out, const char *name, const char *value,
	       const char *current, const char *id)
{
	if (!strcmp(value, current ? current : ""))
		html_printf(out, "<input type=\"radio\" name=\"%s\" id=\"%s\" value=\"%s\" checked>",
			    name, id, value);
	else
		html_printf(out, "<input type=\"radio\" name=\"%s\" id=\"%s\" value=\"%s\">",
			    name, id, value);
}

int web_form_again(const struct err *err)
{
	return err->kind == ERR_INPUT || err->kind == ERR_STORAGE;
}

void web_error_summary(struct buf *out, const struct err *err, const char *title,
		       const char *target)
{
	if (err && err->kind == ERR_STORAGE) {
		/* the vault could not be written: no field to correct */
		html_printf(out, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">"
			       "<h2>%s</h2><p>%s</p><p>%s</p></div>\n",
			    title, err->msg,
			    _("Everything you typed is still here: press Save again once that is sorted."));
		return;
	}
	if (!err || err->kind != ERR_INPUT)
		return;
	html_printf(out, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">"
		       "<h2>%s</h2><p><a href=\"#%s\">%s</a></p><p>%s</p></div>\n",
		    title, target, err->msg, _("Everything you typed is still here."));
}

void web_download(struct web_resp *resp, const char *type, const char *filename)
{
	for (const char *p = filename; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("-._", *p))
			BUG("web_download: an unsafe file name");
	resp->type = type;
	buf_reset(&resp->download);
	buf_adds(&resp->download, filename);
}

void web_redirect(struct web_resp *resp, const char *fmt, ...)
{
	va_list ap;
	buf_reset(&resp->location);
	va_start(ap, fmt);
	buf_vaddf(&resp->location, fmt, ap);
	va_end(ap);
	resp->status = 303;
}

void web_json(struct web_resp *resp, int status, json_t *body)
{
	/* escaping / keeps "</script>" from ever closing a script block */
	char *text = json_dumps(body, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ESCAPE_SLASH);
	resp->status = status;
	resp->type = "application/json; charset=utf-8";
	buf_reset(&resp->body);
	buf_adds(&resp->body, text);
	buf_addch(&resp->body, '\n');
	vault_free_secret(text);
	json_decref(body);
}

int web_status_for(const struct err *err)
{
	switch (err->kind) {
	case ERR_INPUT: return 400;
	case ERR_NOTFOUND: return 404;
	case ERR_LOCKED: return 423;
	case ERR_STORAGE: return 503;
	default: return 500;
	}
}

void web_json_error(struct web_resp *resp, const struct err *err)
{
	json_t *e = json_object();
	json_object_set_new(e, "message", json_string(err->msg));
	if (err->field[0])
		json_object_set_new(e, "field", json_string(err->field));
	web_json(resp, web_status_for(err), json_pack("{s:o}", "error", e));
}

int web_fail(struct web_req *req, struct web_resp *resp, const struct err *err)
{
	int status = web_status_for(err);

	if (!strncmp(req->path, "/api/", 5)) {
		web_json_error(resp, err);
		return 0;
	}
	buf_reset(&resp->body);
	web_page_begin(req, resp, status == 404 ? _("Not found") : _("Something went wrong"), NULL);
	if (status == 404)
		html_printf(&resp->body, "<h1>%s</h1>\n<p>%s</p>\n", _("We could not find that"), err->msg);
	else if (status == 400)
		html_printf(&resp->body, "<h1>%s</h1>\n<p>%s</p>\n", _("That did not work"), err->msg);
	else if (err->kind == ERR_STORAGE) /* no paths or SQL: see db.c */
		html_printf(&resp->body, "<h1>%s</h1>\n<p>%s</p>\n", _("That could not be saved"), err->msg);
	else /* never show internals: the message is generic */
		html_printf(&resp->body, "<h1>%s</h1>\n<p>%s</p>\n", _("Something went wrong"),
			    _("Waymark could not do that just now. Nothing you had saved has been lost. Please try again."));
	html_printf(&resp->body, "<p><a href=\"/\">%s</a></p>\n", _("Back to today"));
	web_page_end(req, resp);
	resp->status = status;
	return 0;
}
