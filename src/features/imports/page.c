/* SPDX-License-Identifier: MIT */
/*
 * page.c: the /import page. The person chooses the app and the file (a
 * multipart upload), sees the same report as the command line with the
 * mood mapping as a form they can change, and then brings the entries in.
 * The file travels back with the confirmation as base64 in a hidden
 * field, so the server keeps nothing between the two steps. Bad input
 * (no file, a file that cannot be read, a mood that is not 0 to 10) shows
 * the page again with the message, every typed mood kept, and nothing
 * written.
 */
#include "core/i18n.h"
#include "core/xalloc.h"
#include "crypto/crypto.h"
#include "imports.h"
#include "vault/vault.h"
#include "web/web.h"

/* The most mood names the form offers; a file with more is still read. */
#define MOODS_MAX 200

static void error_summary(struct buf *o, const struct err *err)
{
	html_printf(o, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">"
		       "<h2>%s</h2><p>%s</p></div>\n",
		    _("Nothing was brought in"), err->msg);
}

static void choose_form(struct web_req *req, struct buf *o, const char *app)
{
	html_raw(o, "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">\n");
	web_csrf_input(req, o);
	html_raw(o, "<input type=\"hidden\" name=\"action\" value=\"preview\">\n");
	html_printf(o, "<fieldset><legend>%s</legend>\n", _("Which app is the file from?"));
	for (int i = 0; i < IMPORTS__MAX; i++) {
		const char *name = imports_app_name((enum imports_app)i);
		if (!strcmp(app, name))
			html_printf(o, "<label class=\"inline\" for=\"app-%s\"><input type=\"radio\" name=\"app\" id=\"app-%s\" value=\"%s\" checked> %s</label>\n",
				    name, name, name, imports_app_title((enum imports_app)i));
		else
			html_printf(o, "<label class=\"inline\" for=\"app-%s\"><input type=\"radio\" name=\"app\" id=\"app-%s\" value=\"%s\"> %s</label>\n",
				    name, name, name, imports_app_title((enum imports_app)i));
	}
	html_raw(o, "</fieldset>\n");
	html_printf(o, "<label for=\"file\">%s</label>\n", _("The file"));
	html_printf(o, "<p class=\"hint\" id=\"file-hint\">%s</p>\n",
		    _("Daylio: a CSV export or a .daylio backup. Bearable and iMoodJournal: a CSV export. eMoods: a .emoods backup. Pixels: a JSON backup. Loop Habit Tracker: the ZIP from \"Export as CSV\" (your habits become your own trackers)."));
	html_raw(o, "<input type=\"file\" id=\"file\" name=\"file\" aria-describedby=\"file-hint\">\n");
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div>\n",
		    _("Show what would come across"));
	html_raw(o, "</form>\n");
}

int imports_page(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	const char *added = web_query(req, "added");

	web_page_begin(req, resp, _("Bring in your diary"), "import");
	html_printf(o, "<h1>%s</h1>\n", _("Bring in your diary from another app"));
	if (added) {
		const char *already = web_query(req, "already");
		html_printf(o, "<div class=\"notice\" role=\"status\"><p>%s %s</p>", _("Done."),
			    _("Your entries are in your diary now."));
		html_printf(o, "<p>%s: %s. %s: %s.</p>", _("Brought in"), added,
			    _("Already here and left as they were"), already ? already : "0");
		html_printf(o, "<p><a href=\"/diary\">%s</a></p></div>\n", _("Go to your diary"));
	}
	html_printf(o, "<p>%s</p>\n",
		    _("First you will see what will come across and what will not, and how the app's moods become Waymark's 0 to 10. Nothing is saved until you say so. Bringing in the same file twice adds nothing twice."));
	choose_form(req, o, "daylio");
	web_page_end(req, resp);
	return 0;
}

static void lines(struct buf *o, const char *title, const struct imports_lines *l)
{
	if (!l->n)
		return;
	html_printf(o, "<h3>%s</h3>\n<ul>\n", title);
	for (size_t i = 0; i < l->n && i < 100; i++)
		html_printf(o, "<li>%s</li>\n", l->items[i]);
	if (l->n > 100)
		html_printf(o, "<li>%s %zu</li>\n", _("and more like these:"), l->n - 100);
	html_raw(o, "</ul>\n");
}

/* The report, with the mood mapping as a form. typed holds what the
 * person typed for each mood (by its place in the table) when the form
 * comes back with an error, else NULL. */
static void render_report(struct web_req *req, struct buf *o, const char *app,
			  const char *filename, const char *data64,
			  const struct imports_report *r, int counted,
			  const struct err *err)
{
	struct imports_counts n;
	size_t *order = xcalloc(r->nmoods + 1, sizeof(*order));
	char a[11], b[11];

	imports_count(r, &n);
	imports_mood_order(r, order);
	html_printf(o, "<h2>%s</h2>\n<p>%s: %s.</p>\n", _("What would come across"),
		    filename, r->format ? r->format : "");
	wdate_format(n.first, a);
	wdate_format(n.last, b);
	html_printf(o, "<ul class=\"counts\"><li>%ld %s, %s %s %s %s</li>", n.entries,
		    _("check-ins"), _("from"), a, _("to"), b);
	html_printf(o, "<li>%ld %s, %ld %s</li>", n.with_mood, _("with a mood"), n.without_mood,
		    _("without"));
	html_printf(o, "<li>%ld %s (%ld %s), %ld %s</li>", n.with_tags, _("with tags"), n.tags,
		    _("tags in all"), n.with_note, _("with a note"));
	if (counted)
		html_printf(o, "<li>%ld %s, %ld %s</li>", r->added, _("are new"), r->already,
			    _("are already here and would be left as they are"));
	html_raw(o, "</ul>\n");

	if (err)
		error_summary(o, err);
	html_raw(o, "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">\n");
	web_csrf_input(req, o);
	html_printf(o, "<input type=\"hidden\" name=\"app\" value=\"%s\">", app);
	html_printf(o, "<input type=\"hidden\" name=\"filename\" value=\"%s\">", filename);
	html_printf(o, "<input type=\"hidden\" name=\"data\" value=\"%s\">\n", data64);
	if (r->nmoods) {
		html_printf(o, "<h3>%s</h3>\n<p class=\"hint\">%s</p>\n",
			    _("How moods become Waymark's 0 to 10"),
			    _("0 is as low as it gets, 10 is as good as it gets. Change any number, or give one to a mood name Waymark could not place."));
		html_printf(o, "<table><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>\n",
			    _("In the app"), _("What it means there"), _("How often"), _("Waymark mood"));
		for (size_t k = 0, shown = 0; k < r->nmoods && shown < MOODS_MAX; k++) {
			const struct imports_mood *m = &r->moods[order[k]];
			char field[24], value[12] = "";
			const char *typed;
			if (!m->count)
				continue;
			snprintf(field, sizeof(field), "mood-%zu", shown);
			if (m->mood >= 0)
				snprintf(value, sizeof(value), "%d", m->mood);
			typed = web_form(req, field);
			/* on an error, what the person typed stays */
			if (err && typed)
				snprintf(value, sizeof(value), "%.11s", typed);
			html_printf(o, "<tr><td>%s<input type=\"hidden\" name=\"label-%zu\" value=\"%s\"></td><td>%s</td><td>%ld</td>",
				    m->label, shown, m->label, m->scale, m->count);
			html_printf(o, "<td><label class=\"visually-hidden\" for=\"%s\">%s %s</label>"
				       "<input type=\"number\" min=\"0\" max=\"10\" inputmode=\"numeric\" id=\"%s\" name=\"%s\" value=\"%s\"",
				    field, _("Waymark mood for"), m->label, field, field, value);
			if (err && err->kind == ERR_INPUT && !strcmp(err->field, field))
				html_printf(o, " aria-invalid=\"true\" aria-describedby=\"%s-error\"", field);
			html_raw(o, "></td></tr>\n");
			if (err && err->kind == ERR_INPUT && !strcmp(err->field, field))
				html_printf(o, "<tr><td colspan=\"4\"><p class=\"field-error\" id=\"%s-error\">%s</p></td></tr>\n",
					    field, err->msg);
			shown++;
		}
		html_raw(o, "</tbody></table>\n");
	}
	lines(o, _("How it was read"), &r->inferred);
	lines(o, _("Changed on the way"), &r->changed);
	lines(o, _("Not brought in"), &r->left_out);
	html_raw(o, "<div class=\"actions\">");
	html_printf(o, "<button type=\"submit\" name=\"action\" value=\"import\" class=\"primary\">%s</button> ",
		    _("Bring them in"));
	if (r->nmoods) /* Loop keeps no moods: nothing to change */
		html_printf(o, "<button type=\"submit\" name=\"action\" value=\"preview-again\">%s</button>",
			    _("Show again with these moods"));
	html_raw(o, "</div>\n</form>\n");
	html_printf(o, "<p><a href=\"/import\">%s</a></p>\n", _("Choose another file"));
	free(order);
}

/* Reads the mood form into map: every number that differs from what the
 * mood would be anyway. */
static int mapping_from_form(struct web_req *req, struct imports_mapping *map,
			     struct err *err)
{
	for (size_t i = 0; i < MOODS_MAX; i++) {
		char lf[24], mf[24];
		const char *label, *mood;
		snprintf(lf, sizeof(lf), "label-%zu", i);
		snprintf(mf, sizeof(mf), "mood-%zu", i);
		label = web_form(req, lf);
		mood = web_form(req, mf);
		if (!label || !mood || !*mood)
			continue;
		if (imports_mapping_set(map, label, mood, err)) {
			snprintf(err->field, sizeof(err->field), "%s", mf);
			return -1;
		}
	}
	return 0;
}

int imports_page_post(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	const char *app_name = web_form_s(req, "app"), *action = web_form_s(req, "action");
	const struct web_file *f = web_file(req, "file");
	struct buf bytes = BUF_INIT_SENSITIVE, data64 = BUF_INIT_SENSITIVE;
	struct imports_mapping map;
	struct imports_report rep;
	struct err err = ERR_INIT, maperr = ERR_INIT;
	const char *filename;
	enum imports_app app = IMPORTS_DAYLIO;
	int rc = 0, map_bad;

	imports_mapping_init(&map);
	imports_report_init(&rep);
	if (imports_app_find(app_name, &app)) {
		err_input(&err, "app", "%s", _("please choose the app the file comes from"));
		goto bad_file;
	}
	if (f && f->data.len) {
		buf_add(&bytes, f->data.data, f->data.len);
		filename = f->filename && *f->filename ? f->filename : _("the file");
	} else if (*web_form_s(req, "data")) {
		const char *d = web_form_s(req, "data");
		if (crypto_base64_decode(d, strlen(d), &bytes)) {
			err_input(&err, "file", "%s", _("the file did not come back whole; please choose it again"));
			goto bad_file;
		}
		filename = web_form_s(req, "filename");
	} else {
		err_input(&err, "file", "%s", _("please choose the file to bring in"));
		goto bad_file;
	}
	if (bytes.len > IMPORTS_FILE_MAX) {
		err_input(&err, "file", "%s", _("that file is larger than Waymark reads"));
		goto bad_file;
	}
	/* a bad mood number: show the report as it would be without the
	 * person's changes, with their typing kept and the message */
	map_bad = mapping_from_form(req, &map, &maperr);
	if (imports_read(app, filename, bytes.data, bytes.len, map_bad ? NULL : &map, &rep, &err))
		goto bad_file;
	crypto_base64_encode(bytes.data, bytes.len, &data64);
	if (!map_bad && !strcmp(action, "import")) {
		if (imports_store(req->wm, &rep, 0, &err)) {
			rc = web_fail(req, resp, &err);
			goto out;
		}
		web_redirect(resp, "/import?added=%ld&already=%ld", rep.added, rep.already);
		goto out;
	}
	if (imports_store(req->wm, &rep, 1, &err)) {
		rc = web_fail(req, resp, &err);
		goto out;
	}
	if (map_bad)
		resp->status = 400;
	web_page_begin(req, resp, _("Bring in your diary"), "import");
	html_printf(o, "<h1>%s</h1>\n", _("Bring in your diary from another app"));
	render_report(req, o, imports_app_name(app), filename, data64.data, &rep, 1,
		      map_bad ? &maperr : NULL);
	web_page_end(req, resp);
	goto out;

bad_file:
	resp->status = 400;
	buf_reset(o);
	web_page_begin(req, resp, _("Bring in your diary"), "import");
	html_printf(o, "<h1>%s</h1>\n", _("Bring in your diary from another app"));
	error_summary(o, &err);
	choose_form(req, o, imports_app_name(app));
	web_page_end(req, resp);
out:
	imports_mapping_release(&map);
	imports_report_release(&rep);
	buf_release(&bytes);
	buf_release(&data64);
	return rc;
}
