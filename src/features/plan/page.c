/* SPDX-License-Identifier: MIT */
/*
 * page.c: the wellness and crisis plan on the web (see plan.h): every
 * part on one page, a part's lists edited item by item, the review
 * settings, the printable crisis card served inside the site (its print
 * style is in app.css), the JSON, and the daily maintenance list offered
 * to the check-in form through web.h's web_done_offers hook.
 *
 * Editing works without JavaScript: one form holds every item of a part
 * as a text box, and each button (Add, Move up, Move down, Remove, Save)
 * sends the whole form with what it asks for, so nothing typed elsewhere
 * in the part is lost. Bad input (an item too long, a tag too long, a
 * list too full) shows the form again, 400, with every typed item kept,
 * the message beside the box, and nothing saved.
 */
#include "core/crisis.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "plan.h"
#include "vault/vault.h"
#include "web/web.h"

/* Days over which triggers and warning signs are counted in the diary. */
#define TAG_DAYS 7

static struct wdate today(void)
{
	struct wlocal now;

	wlocal_from_time(wnow(), &now);
	return now.date;
}

/* The form of one part: for each of its lists the items as typed (in
 * order) and the "add" box. */
struct part_form {
	enum plan_section section;
	enum plan_list lists[PLAN_LIST__MAX];
	size_t nlists;
	char **items[PLAN_LIST__MAX]; /* indexed like lists[] */
	size_t nitems[PLAN_LIST__MAX];
	char *add[PLAN_LIST__MAX];
};

static void part_form_init(struct part_form *f, enum plan_section s)
{
	memset(f, 0, sizeof(*f));
	f->section = s;
	f->nlists = plan_section_lists(s, f->lists);
}

static void part_form_release(struct part_form *f)
{
	for (size_t k = 0; k < f->nlists; k++) {
		for (size_t i = 0; i < f->nitems[k]; i++)
			vault_free_secret(f->items[k][i]);
		free(f->items[k]);
		vault_free_secret(f->add[k]);
	}
	memset(f, 0, sizeof(*f));
}

static void push(struct part_form *f, size_t k, const char *s)
{
	f->items[k] = xrealloc(f->items[k], (f->nitems[k] + 1) * sizeof(char *));
	f->items[k][f->nitems[k]++] = xstrdup(s);
}

static void part_form_from_plan(struct part_form *f, const struct plan *p)
{
	for (size_t k = 0; k < f->nlists; k++) {
		for (size_t i = 0; i < p->nitems[f->lists[k]]; i++)
			push(f, k, p->items[f->lists[k]][i]);
		f->add[k] = xstrdup("");
	}
}

/* The names of a list's boxes: "i12" for its items, "a12" for adding. */
static void box_name(char out[16], char kind, enum plan_list l)
{
	snprintf(out, 16, "%c%d", kind, (int)l);
}

static void part_form_from_req(struct part_form *f, const struct web_req *req)
{
	for (size_t k = 0; k < f->nlists; k++) {
		char name[16];
		const char **vals;
		size_t n;

		box_name(name, 'i', f->lists[k]);
		n = web_form_all(req, name, &vals);
		for (size_t i = 0; i < n; i++)
			push(f, k, vals[i]);
		free(vals);
		box_name(name, 'a', f->lists[k]);
		f->add[k] = xstrdup(web_form_s(req, name));
	}
}

/* What a button asked for: "save", or "add-L", "up-L-N", "down-L-N",
 * "remove-L-N" (L a list number, N 1-based). */
struct op {
	enum { OP_SAVE, OP_ADD, OP_UP, OP_DOWN, OP_REMOVE } kind;
	size_t k; /* index into the form's lists */
	size_t n; /* 1-based item */
};

static int parse_op(const struct part_form *f, const char *s, struct op *op, struct err *err)
{
	static const struct { const char *name; int kind; } kinds[] = {
		{ "add-", OP_ADD }, { "up-", OP_UP }, { "down-", OP_DOWN }, { "remove-", OP_REMOVE },
	};
	long l = -1, n = 0;
	char *end;

	memset(op, 0, sizeof(*op));
	if (!*s || !strcmp(s, "save"))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++) {
		size_t len = strlen(kinds[i].name);
		if (strncmp(s, kinds[i].name, len))
			continue;
		op->kind = kinds[i].kind;
		l = strtol(s + len, &end, 10);
		if (op->kind == OP_ADD ? *end != '\0' : *end != '-')
			break;
		if (op->kind != OP_ADD) {
			n = strtol(end + 1, &end, 10);
			if (*end || n < 1)
				break;
		}
		for (size_t k = 0; k < f->nlists; k++) {
			if ((long)f->lists[k] == l) {
				op->k = k;
				op->n = (size_t)n;
				return 0;
			}
		}
		break;
	}
	return err_input(err, NULL, _("that button did not work; please try again"));
}

/* Builds the new plan from the form (every list of the part replaced by
 * its boxes, blank ones dropped, then the add box), then applies op.
 * On bad input err names the box ("i12-3", "a12"). */
static int part_form_apply(const struct part_form *f, const struct op *op, struct plan *p,
			   struct err *err)
{
	int rc;

	for (size_t k = 0; k < f->nlists; k++) {
		enum plan_list l = f->lists[k];
		size_t moved_from = 0;

		plan_clear_list(p, l);
		for (size_t i = 0; i < f->nitems[k]; i++) {
			char *t = text_trimmed(f->items[k][i]);
			int blank = !*t;
			free(t);
			if (blank)
				continue;
			rc = plan_add_item(p, l, f->items[k][i], err);
			if (rc < 0) {
				snprintf(err->field, sizeof(err->field), "i%d-%zu", (int)l, i + 1);
				return -1;
			}
			/* the button named the box by its place in the form; a
			 * tag given twice (rc 1) was not added again */
			if (!rc && op->kind != OP_SAVE && op->kind != OP_ADD && op->k == k && op->n == i + 1)
				moved_from = p->nitems[l];
		}
		if (*f->add[k] && plan_add_item(p, l, f->add[k], err) < 0) {
			char name[16];
			box_name(name, 'a', l);
			snprintf(err->field, sizeof(err->field), "%s", name);
			return -1;
		}
		if (op->kind == OP_ADD && op->k == k && !*f->add[k]) {
			char name[16];
			box_name(name, 'a', l);
			return err_input(err, name, "%s", _("there is nothing to add yet: please write something in the box"));
		}
		if (moved_from) {
			size_t i = moved_from - 1;
			char **items = p->items[l];
			if (op->kind == OP_REMOVE) {
				struct err ignored = ERR_INIT;
				if (plan_remove_item(p, l, moved_from, &ignored))
					BUG("item %zu vanished", moved_from);
			} else if (op->kind == OP_UP && i > 0) {
				char *t = items[i - 1];
				items[i - 1] = items[i];
				items[i] = t;
			} else if (op->kind == OP_DOWN && i + 1 < p->nitems[l]) {
				char *t = items[i + 1];
				items[i + 1] = items[i];
				items[i] = t;
			}
		}
	}
	return 0;
}

/* ---- drawing ---- */

static void list_heading(struct buf *o, const struct plan_list_info *li, int tag_hint)
{
	html_printf(o, "%s", _(li->title));
	if (tag_hint && li->tags)
		html_printf(o, " <span class=\"hint\">%s</span>", _("(tags, as in your check-ins)"));
}

static void render_part_form(struct web_req *req, struct buf *o, const struct part_form *f,
			     const struct err *err)
{
	const struct plan_section_info *si = plan_section_info(f->section);

	if (err)
		web_error_summary(o, err, _("Nothing was saved yet"), err->field[0] ? err->field : "main");
	html_raw(o, "<form method=\"post\" action=\"/plan/edit\" class=\"plan-edit\">\n");
	web_csrf_input(req, o);
	html_printf(o, "<input type=\"hidden\" name=\"part\" value=\"%s\">\n", si->id);
	/* the first button is the one Enter presses: Save */
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" name=\"op\" value=\"save\" "
		       "class=\"primary\">%s</button><a href=\"/plan#%s\">%s</a></div>\n",
		    _("Save"), si->id, _("Back to your plan"));
	for (size_t k = 0; k < f->nlists; k++) {
		enum plan_list l = f->lists[k];
		const struct plan_list_info *li = plan_list_info(l);
		char add[16];

		box_name(add, 'a', l);
		html_printf(o, "<fieldset class=\"plan-list\" id=\"list-%d\"><legend>", (int)l);
		list_heading(o, li, 1);
		html_printf(o, "</legend>\n<p class=\"hint\" id=\"%s-hint\">%s</p>\n", add, _(li->prompt));
		if (f->nitems[k]) {
			html_raw(o, "<ol class=\"items\">\n");
			for (size_t i = 0; i < f->nitems[k]; i++) {
				char id[32];
				snprintf(id, sizeof(id), "i%d-%zu", (int)l, i + 1);
				html_printf(o, "<li><label class=\"visually-hidden\" for=\"%s\">%s %zu</label>", id,
					    _("Item"), i + 1);
				web_field_error(o, err, id);
				html_printf(o, "<input type=\"text\" id=\"%s\" name=\"i%d\" value=\"%s\"", id,
					    (int)l, f->items[k][i]);
				web_invalid_attrs(o, err, id);
				html_raw(o, "><span class=\"item-actions\">");
				if (i > 0)
					html_printf(o, "<button type=\"submit\" name=\"op\" value=\"up-%d-%zu\" class=\"quiet small\" "
						       "aria-label=\"%s %zu\">%s</button>", (int)l, i + 1,
						    _("Move up item"), i + 1, _("Move up"));
				if (i + 1 < f->nitems[k])
					html_printf(o, "<button type=\"submit\" name=\"op\" value=\"down-%d-%zu\" class=\"quiet small\" "
						       "aria-label=\"%s %zu\">%s</button>", (int)l, i + 1,
						    _("Move down item"), i + 1, _("Move down"));
				html_printf(o, "<button type=\"submit\" name=\"op\" value=\"remove-%d-%zu\" class=\"quiet small\" "
					       "aria-label=\"%s %zu\">%s</button></span></li>\n", (int)l, i + 1,
					    _("Remove item"), i + 1, _("Remove"));
			}
			html_raw(o, "</ol>\n");
		}
		html_printf(o, "<label for=\"%s\">%s</label>", add, _("Add one"));
		web_field_error(o, err, add);
		html_printf(o, "<div class=\"add-row\"><input type=\"text\" id=\"%s\" name=\"%s\" value=\"%s\" "
			       "autocomplete=\"off\"", add, add, f->add[k]);
		{
			char hint[24];
			snprintf(hint, sizeof(hint), "%s-hint", add);
			web_field_attrs(o, err, add, hint);
		}
		html_printf(o, "><button type=\"submit\" name=\"op\" value=\"add-%d\">%s</button></div>\n",
			    (int)l, _("Add"));
		html_raw(o, "</fieldset>\n");
	}
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" name=\"op\" value=\"save\" "
		       "class=\"primary\">%s</button><a href=\"/plan#%s\">%s</a></div>\n</form>\n",
		    _("Save"), si->id, _("Back to your plan"));
}

static int edit_page(struct web_req *req, struct web_resp *resp, const struct part_form *f,
		     const struct err *err)
{
	struct buf *o = &resp->body;
	const struct plan_section_info *si = plan_section_info(f->section);

	web_page_begin(req, resp, _(si->title), "plan");
	if (web_query(req, "saved") && !err)
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n", _("Saved."));
	html_printf(o, "<h1>%s</h1>\n<p class=\"lead\">%s</p>\n", _(si->title), _(si->about));
	if (f->section == PLAN_SEC_TRIGGERS || f->section == PLAN_SEC_WARNING_SIGNS)
		html_printf(o, "<p>%s</p>\n",
			    _("Write each one as a short tag, the way you tag your check-ins, so Waymark "
			      "can show how often it came up."));
	render_part_form(req, o, f, err);
	web_page_end(req, resp);
	return 0;
}

/* One list on the plan page, with tag counts for tag lists. */
static void show_list(struct web_req *req, struct buf *o, const struct plan *p, enum plan_list l,
		      int titled)
{
	const struct plan_list_info *li = plan_list_info(l);
	long counts[PLAN_ITEMS_MAX];

	if (titled) {
		html_raw(o, "<h3>");
		list_heading(o, li, 0);
		html_raw(o, "</h3>\n");
	}
	if (!p->nitems[l]) {
		html_printf(o, "<p class=\"hint\">%s</p>\n", _("Nothing written yet."));
		return;
	}
	if (li->tags)
		web_tag_counts(req, p->items[l], p->nitems[l], TAG_DAYS, counts);
	html_printf(o, "<ul class=\"%s\">\n", li->tags ? "plan-tags" : "plan-items");
	for (size_t i = 0; i < p->nitems[l]; i++) {
		if (!li->tags) {
			html_printf(o, "<li>%s</li>\n", p->items[l][i]);
			continue;
		}
		html_printf(o, "<li><span class=\"tag\">%s</span> ", p->items[l][i]);
		if (counts[i])
			html_printf(o, P_("<span class=\"count\">logged %ld time in the last 7 days</span>",
					  "<span class=\"count\">logged %ld times in the last 7 days</span>",
					  counts[i]), counts[i]);
		else
			html_printf(o, "<span class=\"count none\">%s</span>", _("not logged in the last 7 days"));
		html_raw(o, "</li>\n");
	}
	html_raw(o, "</ul>\n");
}

static void review_section(struct web_req *req, struct buf *o, const struct plan *p)
{
	static const int choices[] = { 0, 1, 2, 3, 6, 12 };
	struct wdate next = plan_next_review(p);
	struct buf b = BUF_INIT;
	int listed = 0;

	html_printf(o, "<section id=\"review\" class=\"plan-part\" aria-labelledby=\"review-h\">"
		       "<h2 id=\"review-h\">%s</h2>\n", _("Looking over your plan"));
	if (p->reviewed.y) {
		wdate_long(&b, p->reviewed);
		html_printf(o, "<p>%s %s.</p>\n", _("You last looked over it on"), b.data);
		buf_reset(&b);
	}
	if (next.y) {
		wdate_long(&b, next);
		html_printf(o, "<p>%s %s.</p>\n", _("Waymark will suggest looking over it again on"), b.data);
		buf_reset(&b);
	}
	html_raw(o, "<form method=\"post\" action=\"/plan/review\" class=\"stack\">");
	web_csrf_input(req, o);
	html_printf(o, "<label for=\"every\">%s</label>", _("Suggest looking over it"));
	html_raw(o, "<select id=\"every\" name=\"every\">");
	for (size_t i = 0; i < ARRAY_SIZE(choices); i++) {
		int m = choices[i];
		buf_reset(&b);
		if (!listed && p->review_months && p->review_months < m) {
			buf_addf(&b, P_("every %d month", "every %d months", p->review_months), p->review_months);
			html_printf(o, "<option value=\"%d\" selected>%s</option>", p->review_months, b.data);
			buf_reset(&b);
			listed = 1;
		}
		if (m)
			buf_addf(&b, P_("every %d month", "every %d months", m), m);
		else
			buf_adds(&b, _("only after a hard time"));
		if (m == p->review_months)
			listed = 1;
		html_printf(o, "<option value=\"%d\"%s>%s</option>", m, m == p->review_months ? " selected" : "",
			    b.data);
	}
	if (!listed) {
		buf_reset(&b);
		buf_addf(&b, P_("every %d month", "every %d months", p->review_months), p->review_months);
		html_printf(o, "<option value=\"%d\" selected>%s</option>", p->review_months, b.data);
	}
	html_printf(o, "</select><div class=\"actions\"><button type=\"submit\">%s</button>"
		       "<button type=\"submit\" name=\"done\" value=\"1\" class=\"primary\">%s</button></div></form>\n",
		    _("Save"), _("I have looked over it today"));
	html_raw(o, "</section>\n");
	buf_release(&b);
}

int plan_page(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct plan p;
	struct err err = ERR_INIT;
	const char *saved = web_query(req, "saved");
	enum plan_review due;

	if (plan_get(req->wm, &p, &err) < 0)
		return web_fail(req, resp, &err);
	web_page_begin(req, resp, _("Your plan"), "plan");
	if (saved) {
		int list, section;
		struct err e2 = ERR_INIT;
		if (!plan_parse_target(saved, &list, &section, &e2))
			html_printf(o, "<p class=\"notice\" role=\"status\">%s %s.</p>\n", _("Saved:"),
				    _(plan_section_info((enum plan_section)section)->title));
	}
	if (web_query(req, "reviewed"))
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n",
			    _("Noted. Thank you for taking the time to look over your plan."));
	html_printf(o, "<h1>%s</h1>\n<p class=\"lead\">%s</p>\n", _("Your wellness and crisis plan"),
		    _("In your own words: what keeps you well, what to watch for, and what you and the "
		      "people around you can do when things get hard."));
	due = plan_review_due(&p, today(), NULL);
	if (due != PLAN_REVIEW_NOT_DUE) {
		struct buf b = BUF_INIT;
		plan_review_text(&b, due, &p, today());
		html_printf(o, "<p class=\"notice\">%s <a href=\"#review\">%s</a></p>\n", b.data,
			    _("Mark it as looked over"));
		buf_release(&b);
	}
	if (plan_is_empty(&p))
		html_printf(o, "<p>%s <a href=\"/plan/edit?part=toolbox\">%s</a> %s "
			       "<a href=\"/plan/edit?part=safety\">%s</a>.</p>\n",
			    _("You have not written a plan yet. A gentle place to start is"),
			    _("your wellness toolbox"), _("(the things that help you stay well), or"),
			    _("a short safety plan"));
	html_printf(o, "<p><a class=\"button\" href=\"/plan/card\">%s</a></p>\n",
		    _("Your crisis card, to print"));
	html_printf(o, "<nav class=\"toc\" aria-label=\"%s\"><ul>\n", _("Parts of your plan"));
	for (int s = 0; s < PLAN_SECTION__MAX; s++) {
		const struct plan_section_info *si = plan_section_info((enum plan_section)s);
		html_printf(o, "<li><a href=\"#%s\">%s</a></li>\n", si->id, _(si->title));
	}
	html_raw(o, "</ul></nav>\n");
	for (int s = 0; s < PLAN_SECTION__MAX; s++) {
		const struct plan_section_info *si = plan_section_info((enum plan_section)s);
		enum plan_list ls[PLAN_LIST__MAX];
		size_t n = plan_section_lists((enum plan_section)s, ls);
		int empty = plan_section_is_empty(&p, (enum plan_section)s);

		html_printf(o, "<section id=\"%s\" class=\"plan-part\" aria-labelledby=\"%s-h\">"
			       "<h2 id=\"%s-h\">%s</h2>\n<p class=\"hint\">%s</p>\n",
			    si->id, si->id, si->id, _(si->title), _(si->about));
		if (empty)
			html_printf(o, "<p>%s</p>\n", _("Nothing written yet."));
		else
			for (size_t i = 0; i < n; i++)
				show_list(req, o, &p, ls[i], n > 1);
		html_printf(o, "<p><a class=\"button\" href=\"/plan/edit?part=%s\" aria-label=\"%s: %s\">%s</a></p>\n"
			       "</section>\n", si->id, empty ? _("Write this part") : _("Change this part"),
			    _(si->title), empty ? _("Write this part") : _("Change this part"));
	}
	review_section(req, o, &p);
	web_page_end(req, resp);
	plan_release(&p);
	return 0;
}

/* The part named by the query or form, or -1 with err set. */
static int part_of(const char *s, struct err *err)
{
	int list, section;

	if (!s || !*s)
		return err_input(err, "part", "%s", _("please choose a part of your plan"));
	if (plan_parse_target(s, &list, &section, err))
		return -1;
	return section;
}

int plan_page_edit(struct web_req *req, struct web_resp *resp)
{
	struct plan p;
	struct part_form f;
	struct err err = ERR_INIT;
	int section = part_of(web_query(req, "part"), &err);

	if (section < 0)
		return web_fail(req, resp, &err);
	if (plan_get(req->wm, &p, &err) < 0)
		return web_fail(req, resp, &err);
	part_form_init(&f, (enum plan_section)section);
	part_form_from_plan(&f, &p);
	edit_page(req, resp, &f, NULL);
	part_form_release(&f);
	plan_release(&p);
	return 0;
}

int plan_page_edit_post(struct web_req *req, struct web_resp *resp)
{
	struct plan p;
	struct part_form f;
	struct op op;
	struct err err = ERR_INIT;
	int section = part_of(web_form(req, "part"), &err);

	if (section < 0)
		return web_fail(req, resp, &err);
	if (plan_get(req->wm, &p, &err) < 0)
		return web_fail(req, resp, &err);
	part_form_init(&f, (enum plan_section)section);
	part_form_from_req(&f, req);
	if (parse_op(&f, web_form_s(req, "op"), &op, &err) ||
	    part_form_apply(&f, &op, &p, &err) || plan_save(req->wm, &p, &err)) {
		plan_release(&p);
		if (err.kind != ERR_INPUT) {
			part_form_release(&f);
			return web_fail(req, resp, &err);
		}
		edit_page(req, resp, &f, &err);
		resp->status = 400;
		part_form_release(&f);
		return 0;
	}
	if (op.kind == OP_SAVE)
		web_redirect(resp, "/plan?saved=%s#%s", plan_section_info(f.section)->id,
			     plan_section_info(f.section)->id);
	else
		web_redirect(resp, "/plan/edit?part=%s&saved=1#list-%d", plan_section_info(f.section)->id,
			     (int)f.lists[op.k]);
	part_form_release(&f);
	plan_release(&p);
	return 0;
}

int plan_page_review_post(struct web_req *req, struct web_resp *resp)
{
	struct plan p;
	struct err err = ERR_INIT;
	const char *every = web_form(req, "every");
	int months = -1, done = web_form(req, "done") != NULL;

	if (every && plan_parse_review_months(every, &months, &err))
		return web_fail(req, resp, &err);
	if (plan_get(req->wm, &p, &err) < 0)
		return web_fail(req, resp, &err);
	if (months >= 0)
		p.review_months = months;
	if (done)
		p.reviewed = today();
	if ((months >= 0 || done) && plan_save(req->wm, &p, &err)) {
		plan_release(&p);
		return web_fail(req, resp, &err);
	}
	plan_release(&p);
	if (!strcmp(web_form_s(req, "back"), "today"))
		web_redirect(resp, "/");
	else if (done)
		web_redirect(resp, "/plan?reviewed=1#review");
	else
		web_redirect(resp, "/plan#review");
	return 0;
}

int plan_page_card(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct plan p;
	struct crisis_info ci;
	struct err err = ERR_INIT;

	if (plan_get(req->wm, &p, &err) < 0)
		return web_fail(req, resp, &err);
	if (crisis_load(&ci, &err)) {
		plan_release(&p);
		return web_fail(req, resp, &err);
	}
	web_page_begin(req, resp, _("Your crisis card"), "plan");
	html_printf(o, "<div class=\"screen-only\"><p>%s</p>\n"
		       "<div class=\"actions\"><button type=\"button\" class=\"primary\" data-print hidden>%s</button>"
		       "<a href=\"/plan\">%s</a></div>\n",
		    _("Your crisis plan and safety plan on one page, to print and keep somewhere the "
		      "people around you can find it. Once printed it is not protected by your "
		      "passphrase: keep it somewhere private."),
		    _("Print it"), _("Back to your plan"));
	if (plan_section_is_empty(&p, PLAN_SEC_CRISIS) && plan_section_is_empty(&p, PLAN_SEC_SAFETY))
		html_printf(o, "<p class=\"notice\">%s <a href=\"/plan/edit?part=crisis\">%s</a> "
			       "<a href=\"/plan/edit?part=safety\">%s</a></p>\n",
			    _("Your plan has no crisis or safety parts yet, so the card holds only the crisis lines."),
			    _("Write your crisis plan"), _("Write your safety plan"));
	html_raw(o, "</div>\n<article class=\"card\">\n");
	plan_card_html_body(o, &p, &ci, today());
	html_raw(o, "</article>\n");
	web_page_end(req, resp);
	crisis_release(&ci);
	plan_release(&p);
	return 0;
}

int plan_api_get(struct web_req *req, struct web_resp *resp)
{
	struct plan p;
	struct err err = ERR_INIT;

	if (plan_get(req->wm, &p, &err) < 0)
		return web_fail(req, resp, &err);
	web_json(resp, 200, json_pack("{s:o}", "plan", plan_to_json(&p)));
	plan_release(&p);
	return 0;
}

void plan_page_daily_offers(struct web_req *req, char ***items, size_t *n)
{
	struct plan p;
	struct err err = ERR_INIT;

	if (plan_get(req->wm, &p, &err) == 0) {
		for (size_t i = 0; i < p.nitems[PLAN_DAILY]; i++) {
			*items = xrealloc(*items, (*n + 1) * sizeof(char *));
			(*items)[(*n)++] = xstrdup(p.items[PLAN_DAILY][i]);
		}
	}
	plan_release(&p);
}
