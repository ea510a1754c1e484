/* SPDX-License-Identifier: MIT */
/*
 * pages.c: the server's own pages: help now, unlocking and locking the
 * vault, settings, the welcome page that makes a vault, and the embedded
 * static files.
 */
#include "core/assets.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "vault/record.h"
#include "vault/vault.h"
#include "web.h"

int web_page_help(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;

	web_page_begin(req, resp, _("Need help now?"), "help");
	html_printf(o, "<h1>%s</h1>\n", _("Need help now?"));
	html_printf(o, "<p class=\"lead\">%s</p>\n",
		    _("If your life is at risk now, call 999 or go to A&E. You can also reach someone any time of day or night:"));
	web_crisis_box(req, o);
	html_printf(o, "<p>%s</p>\n",
		    _("These services are free and confidential. You do not need to be in a crisis to call Samaritans: you can talk about anything that is troubling you."));
	web_page_end(req, resp);
	return 0;
}

static void unlock_form(struct web_req *req, struct web_resp *resp,
			const struct err *err, int recovery)
{
	struct buf *o = &resp->body;
	const char *next = web_safe_next(web_query(req, "next") ? web_query(req, "next")
							   : web_form(req, "next"));

	web_page_begin(req, resp, _("Unlock your diary"), NULL);
	html_printf(o, "<div class=\"narrow\"><h1>%s</h1>\n<p>%s</p>\n", _("Unlock your diary"),
		    _("Your diary is encrypted. Type your passphrase to open it."));
	html_raw(o, "<form method=\"post\" action=\"/unlock\" class=\"stack\">");
	web_csrf_input(req, o);
	html_printf(o, "<input type=\"hidden\" name=\"next\" value=\"%s\">", next);
	if (recovery) {
		html_printf(o, "<label for=\"recovery\">%s</label>", _("Recovery key"));
		html_printf(o, "<p class=\"hint\" id=\"recovery-hint\">%s</p>",
			    _("The 32 letters and numbers Waymark showed you when you chose your passphrase, in groups of four."));
		web_field_error(o, err, "recovery");
		html_raw(o, "<input type=\"text\" id=\"recovery\" name=\"recovery\" autocomplete=\"off\" "
			    "spellcheck=\"false\" required autofocus aria-describedby=\"recovery-hint\">");
	} else {
		html_printf(o, "<label for=\"passphrase\">%s</label>", _("Passphrase"));
		web_field_error(o, err, "passphrase");
		if (err && err->kind == ERR_INPUT)
			html_raw(o, "<input type=\"password\" id=\"passphrase\" name=\"passphrase\" "
				    "autocomplete=\"current-password\" required autofocus "
				    "aria-invalid=\"true\" aria-describedby=\"passphrase-error\">");
		else
			html_raw(o, "<input type=\"password\" id=\"passphrase\" name=\"passphrase\" "
				    "autocomplete=\"current-password\" required autofocus>");
	}
	html_printf(o, "<button type=\"submit\" class=\"primary\">%s</button></form>\n", _("Unlock"));
	if (recovery)
		html_printf(o, "<p><a href=\"/unlock\">%s</a></p>", _("Use my passphrase instead"));
	else
		html_printf(o, "<p><a href=\"/unlock?recovery=1\">%s</a></p>",
			    _("Forgotten your passphrase? Use your recovery key"));
	html_raw(o, "</div>\n");
	web_page_end(req, resp);
}

int web_page_unlock(struct web_req *req, struct web_resp *resp)
{
	if (!req->wm->db) {
		web_redirect(resp, "/welcome");
		return 0;
	}
	if (web_unlocked(req)) {
		web_redirect(resp, "/");
		return 0;
	}
	unlock_form(req, resp, NULL, web_query(req, "recovery") != NULL);
	return 0;
}

int web_page_unlock_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	const char *recovery = web_form(req, "recovery");
	int rc;

	if (!req->wm->db) {
		web_redirect(resp, "/welcome");
		return 0;
	}
	if (recovery)
		rc = vault_unlock_recovery(req->wm, recovery, &err);
	else
		rc = vault_unlock(req->wm, web_form_s(req, "passphrase"), &err);
	if (rc) {
		if (err.kind != ERR_INPUT)
			return web_fail(req, resp, &err);
		if (recovery)
			snprintf(err.field, sizeof(err.field), "recovery");
		unlock_form(req, resp, &err, recovery != NULL);
		resp->status = 400;
		return 0;
	}
	web_redirect(resp, "%s", web_safe_next(web_form(req, "next")));
	return 0;
}

int web_page_lock_post(struct web_req *req, struct web_resp *resp)
{
	if (req->wm->db)
		vault_lock(req->wm);
	web_redirect(resp, "/unlock");
	return 0;
}

static const int autolock_choices[] = { 5, 15, 30, 60, 240, 0 };

static void settings_form(struct web_req *req, struct web_resp *resp, int saved)
{
	struct buf *o = &resp->body;
	long n = 0;
	struct err err = ERR_INIT;

	web_page_begin(req, resp, _("Settings"), "settings");
	html_printf(o, "<h1>%s</h1>\n", _("Settings"));
	if (saved)
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n", _("Saved."));
	html_printf(o, "<section><h2>%s</h2>\n<dl class=\"facts\">", _("Your vault"));
	html_printf(o, "<dt>%s</dt><dd><code>%s</code></dd>", _("Where it is kept"), req->wm->path);
	if (record_count(req->wm, &n, &err) == 0)
		html_printf(o, "<dt>%s</dt><dd>%ld</dd>", _("Records"), n);
	html_printf(o, "<dt>%s</dt><dd>%s</dd></dl>\n", _("Encrypted"),
		    req->wm->encrypted ? _("Yes, with your passphrase")
				       : _("No. 'waymark vault passwd' in a terminal adds a passphrase."));
	html_raw(o, "</section>\n");
	if (req->wm->encrypted) {
		html_printf(o, "<section><h2>%s</h2>\n", _("Locking"));
		html_raw(o, "<form method=\"post\" action=\"/settings\" class=\"stack\">");
		web_csrf_input(req, o);
		html_printf(o, "<label for=\"autolock\">%s</label>",
			    _("Lock the diary when it has not been used for"));
		html_raw(o, "<select id=\"autolock\" name=\"autolock\">");
		for (size_t i = 0; i < ARRAY_SIZE(autolock_choices); i++) {
			int m = autolock_choices[i];
			struct buf label = BUF_INIT;
			if (m == 0)
				buf_adds(&label, _("never lock by itself"));
			else if (m < 60)
				buf_addf(&label, _("%d minutes"), m);
			else
				buf_addf(&label, P_("%d hour", "%d hours", m / 60), m / 60);
			if (m == req->app->autolock_minutes)
				html_printf(o, "<option value=\"%d\" selected>%s</option>", m, label.data);
			else
				html_printf(o, "<option value=\"%d\">%s</option>", m, label.data);
			buf_release(&label);
		}
		html_printf(o, "</select><button type=\"submit\">%s</button></form></section>\n",
			    _("Save"));
	}
	web_page_end(req, resp);
}

int web_page_settings(struct web_req *req, struct web_resp *resp)
{
	settings_form(req, resp, web_query(req, "saved") != NULL);
	return 0;
}

int web_page_settings_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	const char *v = web_form_s(req, "autolock");
	long m = -1;

	for (size_t i = 0; i < ARRAY_SIZE(autolock_choices); i++) {
		char s[16];
		snprintf(s, sizeof(s), "%d", autolock_choices[i]);
		if (!strcmp(v, s))
			m = autolock_choices[i];
	}
	if (m < 0) {
		err_input(&err, "autolock", "%s", _("please choose one of the times in the list"));
		return web_fail(req, resp, &err);
	}
	if (vault_setting_set(req->wm, "autolock_minutes", m, &err))
		return web_fail(req, resp, &err);
	req->app->autolock_minutes = (int)m;
	web_redirect(resp, "/settings?saved=1");
	return 0;
}

static void welcome_form(struct web_req *req, struct web_resp *resp, const struct err *err)
{
	struct buf *o = &resp->body;

	web_page_begin(req, resp, _("Welcome"), NULL);
	html_printf(o, "<div class=\"narrow\"><h1>%s</h1>\n", _("Welcome to Waymark"));
	html_printf(o, "<p class=\"lead\">%s</p>\n",
		    _("A private place to write down how you are, notice what helps, and plan the next small step."));
	html_printf(o, "<p>%s</p>\n",
		    _("Everything you write stays in one file on this computer. You can protect it with a passphrase, so that nobody else can read it, even if they have the file."));
	html_raw(o, "<form method=\"post\" action=\"/welcome\" class=\"stack\">");
	web_csrf_input(req, o);
	html_printf(o, "<label for=\"passphrase\">%s</label>", _("Choose a passphrase (recommended)"));
	html_printf(o, "<p class=\"hint\" id=\"passphrase-hint\">%s</p>",
		    _("At least 8 characters. A few words you will remember works well. Leave both boxes empty to start without one; you can add it later."));
	web_field_error(o, err, "passphrase");
	html_raw(o, "<input type=\"password\" id=\"passphrase\" name=\"passphrase\" "
		    "autocomplete=\"new-password\" aria-describedby=\"passphrase-hint\">");
	html_printf(o, "<label for=\"again\">%s</label>", _("Type it again"));
	web_field_error(o, err, "again");
	html_raw(o, "<input type=\"password\" id=\"again\" name=\"again\" autocomplete=\"new-password\">");
	html_printf(o, "<button type=\"submit\" class=\"primary\">%s</button></form></div>\n",
		    _("Start my diary"));
	web_page_end(req, resp);
}

int web_page_welcome(struct web_req *req, struct web_resp *resp)
{
	if (req->wm->db) {
		web_redirect(resp, "/");
		return 0;
	}
	welcome_form(req, resp, NULL);
	return 0;
}

int web_page_welcome_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	struct buf recovery = BUF_INIT_SENSITIVE;
	const char *pass = web_form_s(req, "passphrase"), *again = web_form_s(req, "again");
	char *path;
	struct buf *o = &resp->body;

	if (req->wm->db) {
		web_redirect(resp, "/");
		return 0;
	}
	if (strcmp(pass, again)) {
		err_input(&err, "again", "%s", _("the two passphrases are not the same; please type them again"));
		welcome_form(req, resp, &err);
		resp->status = 400;
		return 0;
	}
	path = xstrdup(req->wm->path);
	free(req->wm->path);
	req->wm->path = NULL;
	if (vault_init(req->wm, path, *pass ? pass : NULL, &recovery, &err)) {
		req->wm->path = path;
		buf_release(&recovery);
		if (err.kind != ERR_INPUT)
			return web_fail(req, resp, &err);
		welcome_form(req, resp, &err);
		resp->status = 400;
		return 0;
	}
	free(path);
	if (!recovery.len) {
		web_redirect(resp, "/");
		return 0;
	}
	web_page_begin(req, resp, _("Your recovery key"), NULL);
	html_printf(o, "<div class=\"narrow\"><h1>%s</h1>\n<p>%s</p>\n", _("Your recovery key"),
		    _("Your diary is ready and encrypted. This is your recovery key. It is shown only this once."));
	html_printf(o, "<p class=\"recovery-key\"><code>%s</code></p>\n", recovery.data);
	html_printf(o, "<p>%s</p>\n",
		    _("Write it down and keep it somewhere safe, away from this computer. If you ever forget your passphrase, it is the only way back into your diary."));
	html_printf(o, "<p><a class=\"button primary\" href=\"/\">%s</a></p></div>\n",
		    _("I have written it down"));
	web_page_end(req, resp);
	buf_release(&recovery);
	return 0;
}

int web_page_static(struct web_req *req, struct web_resp *resp)
{
	struct buf name = BUF_INIT;
	const struct asset *a;
	const char *dot;

	buf_addf(&name, "web%s", req->path); /* /static/app.css -> web/static/app.css */
	a = asset_find(name.data);
	buf_release(&name);
	if (!a) {
		resp->status = 404;
		resp->type = "text/plain; charset=utf-8";
		buf_adds(&resp->body, "There is no such file.\n");
		return 0;
	}
	dot = strrchr(req->path, '.');
	if (dot && !strcmp(dot, ".css"))
		resp->type = "text/css; charset=utf-8";
	else if (dot && !strcmp(dot, ".js"))
		resp->type = "text/javascript; charset=utf-8";
	else if (dot && !strcmp(dot, ".svg"))
		resp->type = "image/svg+xml";
	else
		resp->type = "application/octet-stream";
	buf_add(&resp->body, a->data, a->len);
	return 0;
}
