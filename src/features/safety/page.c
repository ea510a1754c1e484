/* SPDX-License-Identifier: MIT */
/*
 * page.c: the web's crisis box and Today's "look over your plan" reminder
 * (see safety.h). Both draw what model.c composes, through html_printf,
 * and are reached only through the hooks in src/web/routes.c. The box is
 * on Today after a crisis check-in, on an entry saved with crisis words,
 * and at the top of the Support page ("Need help now?"), also when the
 * vault is locked (then without the person's own steps).
 */
#include "core/i18n.h"
#include "core/xalloc.h"
#include "safety.h"
#include "web/web.h"

/* A contact as a big link to tap (tel: or sms:), or as words when it
 * cannot be tapped (web chat, a place to go). */
static void contact_item(struct buf *out, const struct safety_contact *c)
{
	struct buf more = BUF_INIT;

	if (c->note)
		buf_addf(&more, "%s \xc2\xb7 ", c->note);
	buf_adds(&more, c->when);
	html_raw(out, "<li>");
	if (c->tel)
		html_printf(out, "<a class=\"reach\" href=\"tel:%s\">%s: %s</a>", c->tel, c->name, c->how);
	else if (c->sms && c->sms_body)
		html_printf(out, "<a class=\"reach\" href=\"sms:%s?body=%s\">%s: %s</a>",
			    c->sms, c->sms_body, c->name, c->how);
	else if (c->sms)
		html_printf(out, "<a class=\"reach\" href=\"sms:%s\">%s: %s</a>", c->sms, c->name, c->how);
	else
		html_printf(out, "<strong class=\"reach\">%s: %s</strong>", c->name, c->how);
	html_printf(out, " <span>%s</span></li>\n", more.data);
	buf_release(&more);
}

void safety_page_crisis_box(struct web_req *req, struct buf *out)
{
	struct safety_box b;

	safety_box_init(&b);
	safety_box_fill(&b, req->wm, wnow());
	html_raw(out, "<section class=\"crisis\" aria-labelledby=\"crisis-h\">\n");
	html_printf(out, "<h2 id=\"crisis-h\">%s</h2>\n<p>%s</p>\n", b.title, b.comfort);
	if (b.nsteps) {
		html_printf(out, "<h3>%s</h3>\n<ol class=\"steps\">\n", b.plan_heading);
		for (size_t i = 0; i < b.nsteps; i++)
			html_printf(out, "<li>%s</li>\n", b.steps[i]);
		html_printf(out, "</ol>\n<p><a href=\"/plan#safety\">%s</a></p>\n",
			    _("Your whole safety plan"));
	} else if (b.plan_locked) {
		html_printf(out, "<p>%s <a href=\"/unlock\">%s</a></p>\n",
			    _("If you have written a safety plan, it is in your locked diary."),
			    _("Unlock it to see your own steps here."));
	}
	html_printf(out, "<p class=\"emergency\"><strong>%s</strong></p>\n"
		       "<p><a class=\"reach call\" href=\"tel:999\">%s</a></p>\n",
		    b.emergency, _("Call 999"));
	if (!b.fallback)
		html_printf(out, "<h3>%s</h3>\n", b.lines_heading);
	html_raw(out, "<ul class=\"contacts\">\n");
	for (size_t i = 0; i < b.ncontacts; i++)
		contact_item(out, &b.contacts[i]);
	html_raw(out, "</ul>\n</section>\n");
	safety_box_release(&b);
}

void safety_page_today_review(struct web_req *req, struct buf *out)
{
	struct safety_review r;
	struct err err = ERR_INIT;
	struct wlocal now;

	wlocal_from_time(wnow(), &now);
	if (safety_review_check(req->wm, now.date, &r, &err) || !r.due) {
		safety_review_release(&r);
		return;
	}
	html_printf(out, "<section class=\"reminder review\" aria-labelledby=\"review-h\">"
		       "<h2 id=\"review-h\">%s</h2>\n<p>%s</p>\n<div class=\"actions\">",
		    _("Your plan"), r.text);
	html_printf(out, "<a class=\"button\" href=\"/plan\">%s</a>", _("Look over your plan"));
	html_raw(out, "<form method=\"post\" action=\"/plan/review\">");
	web_csrf_input(req, out);
	html_printf(out, "<input type=\"hidden\" name=\"back\" value=\"today\"><input type=\"hidden\" name=\"done\" value=\"1\">"
		       "<button type=\"submit\" class=\"quiet\">%s</button></form></div>\n</section>\n",
		    _("I have looked over it"));
	safety_review_release(&r);
}
