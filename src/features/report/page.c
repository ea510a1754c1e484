/* SPDX-License-Identifier: MIT */
/*
 * page.c: the Report page and its JSON API. The person chooses the days
 * and the sections (a GET form: looking never changes anything), sees the
 * report on the page (the print style leaves only the report), and can
 * download it as a PDF or a web page to keep. Nothing goes in that they
 * did not tick. Below the chooser, the questions they want to ask: added
 * and removed (with undo) through POST forms. Bad input shows the page
 * again with the message beside the field, everything typed still there,
 * a 400 status, and nothing written.
 */
#include "core/i18n.h"
#include "core/xalloc.h"
#include "report.h"
#include "vault/vault.h"
#include "web/web.h"

/* What the chooser shows, as the person gave it. */
struct choice {
	const char *from, *to;  /* as typed ("" when not given) */
	unsigned mask;          /* the sections ticked */
	int asked;              /* the form was sent (show the report) */
};

/* Reads the chooser from the query (GET) or the form (POST, where the
 * question forms carry the chooser along). An unknown section is bad
 * input; so is a sent form with no section ticked. */
static int choice_read(const struct web_req *req, int from_form, struct choice *c,
		       struct err *err)
{
	const struct web_kv *kv = from_form ? req->form : req->query;
	size_t n = from_form ? req->nform : req->nquery;
	const char *from = from_form ? web_form(req, "from") : web_query(req, "from");
	const char *to = from_form ? web_form(req, "to") : web_query(req, "to");

	memset(c, 0, sizeof(*c));
	c->from = from ? from : "";
	c->to = to ? to : "";
	c->asked = (from_form ? web_form(req, "show") : web_query(req, "show")) != NULL;
	for (size_t i = 0; i < n; i++) {
		enum report_section s;
		if (strcmp(kv[i].key, "section"))
			continue;
		if (report_section_find(kv[i].val, &s))
			return err_input(err, "sections", "%s",
					 _("the form named a part of the report that Waymark does not know; please choose again"));
		c->mask |= REPORT_BIT(s);
	}
	return 0;
}

/* The chooser as a query string ("show=1&from=...&section=mood"), for
 * links and for going back to the same view after a question is added. */
static void choice_query(struct buf *q, const struct choice *c)
{
	if (!c->asked)
		return;
	buf_adds(q, "show=1&from=");
	url_encode(q, c->from);
	buf_adds(q, "&to=");
	url_encode(q, c->to);
	for (int s = 0; s < REPORT_SECTION__MAX; s++)
		if (c->mask & REPORT_BIT(s))
			buf_addf(q, "&section=%s", report_section_info((enum report_section)s)->id);
}

/* The chooser as hidden fields of a question form. */
static void choice_hidden(struct buf *o, const struct choice *c)
{
	if (!c->asked)
		return;
	html_printf(o, "<input type=\"hidden\" name=\"show\" value=\"1\">"
		       "<input type=\"hidden\" name=\"from\" value=\"%s\">"
		       "<input type=\"hidden\" name=\"to\" value=\"%s\">", c->from, c->to);
	for (int s = 0; s < REPORT_SECTION__MAX; s++)
		if (c->mask & REPORT_BIT(s))
			html_printf(o, "<input type=\"hidden\" name=\"section\" value=\"%s\">",
				    report_section_info((enum report_section)s)->id);
}

/* The period and sections of a sent chooser, checked. */
static int choice_check(const struct choice *c, struct report_period *p, struct err *err)
{
	if (report_parse_period(c->from, c->to, wtoday(), p, err))
		return -1;
	if (!c->mask)
		return err_input(err, "sections", "%s",
				 _("please tick at least one part to put in the report"));
	return 0;
}

static void error_summary(struct buf *o, const struct err *err)
{
	const char *field;

	if (!err)
		return;
	field = !strcmp(err->field, "sections") ? "section-mood" : err->field[0] ? err->field : "from";
	web_error_summary(o, err, _("Something needs changing"), field);
}

static void chooser(struct web_req *req, struct buf *o, const struct choice *c,
		    const struct err *err)
{
	(void)req;
	html_raw(o, "<form method=\"get\" action=\"/report\" class=\"report-choose\">\n"
		    "<input type=\"hidden\" name=\"show\" value=\"1\">\n");
	html_printf(o, "<fieldset><legend>%s</legend>\n<p class=\"hint\" id=\"period-hint\">%s</p>\n",
		    _("Which days should it cover?"),
		    _("Leave both empty for the last four weeks, up to today."));
	web_field_error(o, err, "from");
	web_field_error(o, err, "to");
	html_printf(o, "<div class=\"row\"><label for=\"from\">%s <input type=\"date\" id=\"from\" name=\"from\" value=\"%s\"",
		    _("From"), c->from);
	web_invalid_attrs(o, err, "from");
	html_printf(o, "></label><label for=\"to\">%s <input type=\"date\" id=\"to\" name=\"to\" value=\"%s\"",
		    _("To"), c->to);
	web_invalid_attrs(o, err, "to");
	html_raw(o, "></label></div>\n</fieldset>\n");
	html_printf(o, "<fieldset class=\"report-parts\"><legend>%s</legend>\n<p class=\"hint\">%s</p>\n",
		    _("What should go in?"), _("Only what you tick goes in."));
	web_field_error(o, err, "sections");
	html_raw(o, "<ul class=\"checks\">\n");
	for (int s = 0; s < REPORT_SECTION__MAX; s++) {
		const struct report_section_info *si = report_section_info((enum report_section)s);
		html_printf(o, "<li><label class=\"check\" for=\"section-%s\"><input type=\"checkbox\" id=\"section-%s\" "
			       "name=\"section\" value=\"%s\"%s", si->id, si->id, si->id,
			    c->mask & REPORT_BIT(s) ? " checked" : "");
		if (s == 0)
			web_invalid_attrs(o, err, "sections");
		html_printf(o, "> <span><b>%s</b> <small>%s</small></span></label></li>\n",
			    _(si->title), _(si->about));
	}
	html_raw(o, "</ul>\n</fieldset>\n");
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div>\n</form>\n",
		    _("Show the report"));
}

static void questions(struct web_req *req, struct buf *o, const struct choice *c,
		      const char *typed, const struct err *err)
{
	struct report_question_list l;
	struct err e2 = ERR_INIT;
	const char *removed = web_query(req, "removed");

	html_printf(o, "<section class=\"report-asks\" id=\"questions\" aria-labelledby=\"questions-h\">\n"
		       "<h2 id=\"questions-h\">%s</h2>\n", _("Questions you want to ask"));
	if (removed && !err) {
		html_printf(o, "<div class=\"notice\" role=\"status\"><p>%s</p>"
			       "<form method=\"post\" action=\"/report/questions/%lld/undo\">",
			    _("The question was taken off the list."), strtoll(removed, NULL, 10));
		web_csrf_input(req, o);
		choice_hidden(o, c);
		html_printf(o, "<button type=\"submit\">%s</button></form></div>\n", _("Undo"));
	}
	if (report_questions_list(req->wm, &l, &e2) == 0) {
		if (!l.n)
			html_printf(o, "<p>%s</p>\n", _("Nothing written down yet. Questions you think of between appointments can wait here."));
		else
			html_raw(o, "<ol class=\"asks\">\n");
		for (size_t i = 0; i < l.n; i++) {
			html_printf(o, "<li><span>%s</span><form method=\"post\" action=\"/report/questions/%lld/delete\">",
				    l.items[i].text, (long long)l.items[i].id);
			web_csrf_input(req, o);
			choice_hidden(o, c);
			html_printf(o, "<button type=\"submit\" class=\"quiet\" aria-label=\"%s %zu\">%s</button></form></li>\n",
				    _("Take off question"), i + 1, _("Take off"));
		}
		if (l.n)
			html_raw(o, "</ol>\n");
		report_question_list_release(&l);
	}
	html_raw(o, "<form method=\"post\" action=\"/report/questions\" class=\"ask-add\">\n");
	web_csrf_input(req, o);
	choice_hidden(o, c);
	html_printf(o, "<label for=\"question\">%s</label>", _("A question to ask"));
	web_field_error(o, err, "question");
	html_printf(o, "<div class=\"search\"><input type=\"text\" id=\"question\" name=\"question\" value=\"%s\" "
		       "maxlength=\"600\" autocomplete=\"off\"", typed ? typed : "");
	web_invalid_attrs(o, err, "question");
	html_printf(o, "><button type=\"submit\">%s</button></div>\n</form>\n</section>\n",
		    _("Add the question"));
}

/* The whole page; err (if any) is the person's input to fix, for the
 * chooser or the question box, or a question that could not be saved
 * (ERR_STORAGE: a full disk), kept in its box to add again later. */
static int page(struct web_req *req, struct web_resp *resp, const struct choice *c,
		const char *typed, const struct err *err)
{
	struct buf *o = &resp->body;
	struct report_period p;
	struct report *r = NULL;
	struct err e2 = ERR_INIT;
	int show = c->asked &&
		   (!err || err->kind == ERR_STORAGE || strcmp(err->field, "question") == 0) &&
		   choice_check(c, &p, &e2) == 0;

	if (c->asked && !err && !show)
		err = &e2; /* the chooser itself needs changing */
	if (show && report_build(req->wm, &p, c->mask, wnow(), &r, &e2))
		return web_fail(req, resp, &e2);
	web_page_begin(req, resp, _("Report"), "report");
	html_raw(o, "<div class=\"report-tools\">\n");
	html_printf(o, "<h1>%s</h1>\n<p class=\"lead\">%s</p>\n", _("A report for your appointment"),
		    _("Choose the days it covers and what goes in, to take to your doctor, nurse or keyworker. "
		      "It stays on this computer until you save, print or share it."));
	error_summary(o, err);
	chooser(req, o, c, err);
	questions(req, o, c, typed, err);
	html_raw(o, "</div>\n");
	if (r) {
		struct buf q = BUF_INIT;
		choice_query(&q, c);
		html_printf(o, "<section class=\"report-preview\" aria-label=\"%s\">\n<div class=\"actions\">"
			       "<a class=\"button primary\" href=\"/report.pdf?%s\" download>%s</a>"
			       "<a class=\"button\" href=\"/report.html?%s\" download>%s</a>"
			       "<button type=\"button\" data-print hidden>%s</button></div>\n",
			    _("The report"), q.data, _("Download as PDF"), q.data, _("Save as a web page"),
			    _("Print"));
		report_html_article(o, r);
		html_raw(o, "</section>\n");
		buf_release(&q);
		report_free(r);
	}
	web_page_end(req, resp);
	if (err)
		resp->status = web_status_for(err);
	return 0;
}

int report_page(struct web_req *req, struct web_resp *resp)
{
	struct choice c;
	struct err err = ERR_INIT;

	if (choice_read(req, 0, &c, &err))
		return page(req, resp, &c, NULL, &err);
	return page(req, resp, &c, NULL, NULL);
}

/* A download: the report for the query's chooser, as a file. */
static int download(struct web_req *req, struct web_resp *resp, int pdf)
{
	struct choice c;
	struct report_period p;
	struct report *r;
	struct err err = ERR_INIT;
	struct buf name = BUF_INIT;
	char from[11], to[11];

	if (choice_read(req, 0, &c, &err) || choice_check(&c, &p, &err) ||
	    report_build(req->wm, &p, c.mask, wnow(), &r, &err))
		return web_fail(req, resp, &err);
	buf_reset(&resp->body);
	if (pdf && report_pdf(r, &resp->body, &err)) {
		report_free(r);
		return web_fail(req, resp, &err);
	}
	if (!pdf)
		report_html_document(&resp->body, r);
	report_free(r);
	wdate_format(p.from, from);
	wdate_format(p.to, to);
	buf_addf(&name, "waymark-report-%s-to-%s.%s", from, to, pdf ? "pdf" : "html");
	web_download(resp, pdf ? "application/pdf" : "text/html; charset=utf-8", name.data);
	buf_release(&name);
	return 0;
}

int report_page_pdf(struct web_req *req, struct web_resp *resp)
{
	return download(req, resp, 1);
}

int report_page_html(struct web_req *req, struct web_resp *resp)
{
	return download(req, resp, 0);
}

/* Back to the Report page as it was, at the questions. */
static void back(struct web_resp *resp, const struct choice *c, const char *extra)
{
	struct buf q = BUF_INIT;

	choice_query(&q, c);
	if (extra)
		buf_addf(&q, "%s%s", q.len ? "&" : "", extra);
	web_redirect(resp, "/report%s%s#questions", q.len ? "?" : "", q.data);
	buf_release(&q);
}

int report_page_question_post(struct web_req *req, struct web_resp *resp)
{
	struct choice c;
	struct report_question q;
	struct err err = ERR_INIT;
	const char *typed = web_form_s(req, "question");

	if (choice_read(req, 1, &c, &err))
		return web_fail(req, resp, &err);
	report_question_init(&q);
	if (report_question_set_text(&q, typed, &err) || report_question_add(req->wm, &q, &err)) {
		report_question_release(&q);
		if (!web_form_again(&err))
			return web_fail(req, resp, &err);
		return page(req, resp, &c, typed, &err);
	}
	report_question_release(&q);
	back(resp, &c, NULL);
	return 0;
}

int report_page_question_delete_post(struct web_req *req, struct web_resp *resp)
{
	struct choice c;
	struct err err = ERR_INIT;
	struct buf extra = BUF_INIT;
	int rc;

	if (choice_read(req, 1, &c, &err))
		return web_fail(req, resp, &err);
	rc = report_question_trash(req->wm, req->id, &err);
	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such question; it may have been taken off already"));
	if (rc)
		return web_fail(req, resp, &err);
	buf_addf(&extra, "removed=%lld", (long long)req->id);
	back(resp, &c, extra.data);
	buf_release(&extra);
	return 0;
}

int report_page_question_undo_post(struct web_req *req, struct web_resp *resp)
{
	struct choice c;
	struct err err = ERR_INIT;
	int rc;

	if (choice_read(req, 1, &c, &err))
		return web_fail(req, resp, &err);
	rc = report_question_untrash(req->wm, req->id, &err);
	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("it is too late to undo that: the question has gone for good"));
	if (rc)
		return web_fail(req, resp, &err);
	back(resp, &c, NULL);
	return 0;
}

/* ---- the JSON API ---- */

int report_api_questions(struct web_req *req, struct web_resp *resp)
{
	struct report_question_list l;
	struct err err = ERR_INIT;
	json_t *a;

	if (report_questions_list(req->wm, &l, &err))
		return web_fail(req, resp, &err);
	a = json_array();
	for (size_t i = 0; i < l.n; i++)
		json_array_append_new(a, report_question_to_json(&l.items[i]));
	web_json(resp, 200, json_pack("{s:o}", "questions", a));
	report_question_list_release(&l);
	return 0;
}

int report_api_question_create(struct web_req *req, struct web_resp *resp)
{
	struct report_question q;
	struct err err = ERR_INIT;
	json_error_t jerr;
	json_t *body = json_loadb(req->body.data, req->body.len, JSON_REJECT_DUPLICATES, &jerr);

	report_question_init(&q);
	if (!body || !json_is_object(body))
		err_input(&err, NULL, "the body must be a JSON object like {\"text\": \"...\"}");
	if (err.kind || report_question_from_data(body, &q, &err) ||
	    report_question_add(req->wm, &q, &err)) {
		json_decref(body);
		report_question_release(&q);
		web_json_error(resp, &err);
		return 0;
	}
	web_json(resp, 201, json_pack("{s:o}", "question", report_question_to_json(&q)));
	json_decref(body);
	report_question_release(&q);
	return 0;
}

int report_api_question_delete(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	int rc = report_question_delete(req->wm, req->id, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "there is no question %lld", (long long)req->id);
	if (rc) {
		web_json_error(resp, &err);
		return 0;
	}
	web_json(resp, 200, json_pack("{s:I}", "deleted", (json_int_t)req->id));
	return 0;
}
