/* SPDX-License-Identifier: MIT */
/*
 * page.c: my people on the web: the list (people who help me stay well,
 * then my care team), adding and changing someone, removing with Undo,
 * one tap for "I was in touch today", the JSON list, and Today's gentle
 * reminders (a today_extras hook). The same rules as the CLI, through
 * model.c and store.c. Bad input shows the form again with the message
 * beside the field and everything typed kept, and nothing is written.
 * Nothing here contacts anyone: a phone number is a tel: link the person
 * may tap, and "in touch" is their own note.
 */
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "people.h"
#include "vault/vault.h"
#include "web/web.h"

/* What the form shows: the person's typing, kept as text. */
struct form {
	char *name, *role, *phone, *email, *reach, *helps, *contacted, *remind;
};

#define FORM_FIELDS(f) { &(f)->name, &(f)->role, &(f)->phone, &(f)->email, \
	&(f)->reach, &(f)->helps, &(f)->contacted, &(f)->remind }

static const char *const form_names[] = {
	"name", "role", "phone", "email", "reach", "helps", "contacted", "remind",
};

/* The reminder choices offered, in weeks (0: none); a value set on the
 * command line that is not here is offered too. */
static const int remind_choices[] = { 0, 1, 2, 3, 4, 6, 8, 12 };

static struct wdate today(void)
{
	struct wlocal now;

	wlocal_from_time(wnow(), &now);
	return now.date;
}

static void form_set(char **field, const char *v)
{
	vault_free_secret(*field);
	*field = xstrdup(v ? v : "");
}

static void form_release(struct form *f)
{
	char **fields[] = FORM_FIELDS(f);

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++) {
		vault_free_secret(*fields[i]);
		*fields[i] = NULL;
	}
}

static void form_from_req(struct form *f, const struct web_req *req)
{
	char **fields[] = FORM_FIELDS(f);

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		form_set(fields[i], web_form(req, form_names[i]));
}

static void form_from_person(struct form *f, const struct person *p)
{
	char d[11], n[12];

	form_set(&f->name, p->name);
	form_set(&f->role, people_role_name(p->role));
	form_set(&f->phone, p->phone);
	form_set(&f->email, p->email);
	form_set(&f->reach, p->reach);
	form_set(&f->helps, p->helps);
	if (p->contacted.y)
		wdate_format(p->contacted, d);
	form_set(&f->contacted, p->contacted.y ? d : "");
	snprintf(n, sizeof(n), "%d", p->remind_weeks);
	form_set(&f->remind, n);
}

/* Reads the form into p with the CLI's rules; p may hold the person
 * being changed, and every field is replaced. */
static int form_to_person(const struct form *f, struct person *p, struct err *err)
{
	static const char *const texts[] = { "name", "phone", "email", "reach", "helps" };
	const char *vals[] = { f->name, f->phone, f->email, f->reach, f->helps };

	if (!*f->name)
		return err_input(err, "name", "%s", _("please give their name, or what you call them"));
	for (size_t i = 0; i < ARRAY_SIZE(texts); i++)
		if (person_set(p, texts[i], vals[i], err))
			return -1;
	p->role = PEOPLE_ROLE_UNSAID;
	if (*f->role && people_parse_role(f->role, &p->role, err))
		return -1;
	memset(&p->contacted, 0, sizeof(p->contacted));
	if (*f->contacted && people_parse_day(f->contacted, today(), &p->contacted, err)) {
		snprintf(err->field, sizeof(err->field), "contacted");
		return -1;
	}
	p->remind_weeks = 0;
	if (*f->remind && people_parse_remind(f->remind, &p->remind_weeks, err))
		return -1;
	return person_validate(p, err);
}

/* ---- drawing ---- */

static void text_field(struct buf *o, const struct err *err, const char *field,
		       const char *label, const char *hint, const char *type,
		       const char *value, const char *autocomplete)
{
	html_printf(o, "<label for=\"%s\">%s</label>", field, label);
	if (hint)
		html_printf(o, "<p class=\"hint\" id=\"%s-hint\">%s</p>", field, hint);
	web_field_error(o, err, field);
	html_printf(o, "<input type=\"%s\" id=\"%s\" name=\"%s\" value=\"%s\" autocomplete=\"%s\"",
		    type, field, field, value, autocomplete);
	if (hint) {
		struct buf id = BUF_INIT;
		buf_addf(&id, "%s-hint", field);
		web_field_attrs(o, err, field, id.data);
		buf_release(&id);
	} else {
		web_invalid_attrs(o, err, field);
	}
	html_raw(o, ">\n");
}


static void render_form(struct web_req *req, struct buf *o, const char *action,
			const struct form *f, const struct err *err, int editing)
{
	int remind = -1, listed = 0;

	if (err)
		web_error_summary(o, err, _("Nothing was saved yet"), err->field[0] ? err->field : "name");
	html_printf(o, "<form method=\"post\" action=\"%s\" class=\"stack\" data-draft=\"%s\">\n",
		    action, action);
	web_csrf_input(req, o);
	html_printf(o, "<label for=\"name\">%s</label>", _("Name"));
	web_field_error(o, err, "name");
	html_printf(o, "<input type=\"text\" id=\"name\" name=\"name\" value=\"%s\" autocomplete=\"off\" required",
		    f->name);
	web_invalid_attrs(o, err, "name");
	html_raw(o, ">\n");

	html_printf(o, "<label for=\"role\">%s</label>", _("Who they are to you"));
	web_field_error(o, err, "role");
	html_raw(o, "<select id=\"role\" name=\"role\"");
	web_invalid_attrs(o, err, "role");
	html_printf(o, "><option value=\"\">%s</option>", _("Not said"));
	for (int r = 1; r < PEOPLE_ROLE__MAX; r++) {
		const char *name = people_role_name((enum people_role)r);
		const char *group = people_role_is_care_team((enum people_role)r) ? _(" (care team)") : "";
		if (!strcmp(name, f->role))
			html_printf(o, "<option value=\"%s\" selected>%s%s</option>", name,
				    people_role_words((enum people_role)r), group);
		else
			html_printf(o, "<option value=\"%s\">%s%s</option>", name,
				    people_role_words((enum people_role)r), group);
	}
	html_raw(o, "</select>\n");

	text_field(o, err, "phone", _("Phone number"), NULL, "tel", f->phone, "off");
	text_field(o, err, "email", _("Email address"), NULL, "email", f->email, "off");
	text_field(o, err, "reach", _("Other ways to reach them"),
		   _("WhatsApp, at church on Sundays, through the front desk..."), "text", f->reach, "off");
	text_field(o, err, "helps", _("What they can help with"),
		   _("A walk and a chat, lifts to appointments, my medication..."), "text", f->helps, "off");

	html_printf(o, "<label for=\"contacted\">%s</label>", _("When you were last in touch (if you like)"));
	web_field_error(o, err, "contacted");
	html_printf(o, "<input type=\"date\" id=\"contacted\" name=\"contacted\" value=\"%s\"", f->contacted);
	web_invalid_attrs(o, err, "contacted");
	html_raw(o, ">\n");

	html_printf(o, "<label for=\"remind\">%s</label>", _("A gentle reminder on Today"));
	html_printf(o, "<p class=\"hint\" id=\"remind-hint\">%s</p>",
		    _("Only if you would like one: a quiet note if some weeks pass without contact."));
	web_field_error(o, err, "remind");
	html_raw(o, "<select id=\"remind\" name=\"remind\"");
	web_field_attrs(o, err, "remind", "remind-hint");
	html_raw(o, ">");
	if (text_parse_int(f->remind, 0, PEOPLE_REMIND_MAX, &remind))
		remind = -1;
	for (size_t i = 0; i < ARRAY_SIZE(remind_choices); i++) {
		int w = remind_choices[i];
		struct buf label = BUF_INIT;
		if (!listed && remind > 0 && remind < w) {
			buf_addf(&label, P_("after %d week", "after %d weeks", remind), remind);
			html_printf(o, "<option value=\"%d\" selected>%s</option>", remind, label.data);
			buf_reset(&label);
			listed = 1;
		}
		if (w == 0)
			buf_adds(&label, _("no reminders"));
		else
			buf_addf(&label, P_("after %d week", "after %d weeks", w), w);
		if (w == remind) {
			html_printf(o, "<option value=\"%d\" selected>%s</option>", w, label.data);
			listed = 1;
		} else {
			html_printf(o, "<option value=\"%d\">%s</option>", w, label.data);
		}
		buf_release(&label);
	}
	if (!listed && remind > 12) {
		struct buf label = BUF_INIT;
		buf_addf(&label, P_("after %d week", "after %d weeks", remind), remind);
		html_printf(o, "<option value=\"%d\" selected>%s</option>", remind, label.data);
		buf_release(&label);
	}
	html_raw(o, "</select>\n");
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button>"
		       "<a href=\"/people\">%s</a></div>\n</form>\n",
		    editing ? _("Save changes") : _("Add them"), _("Cancel"));
}

static int form_page(struct web_req *req, struct web_resp *resp, const struct form *f,
		     const struct err *err, int64_t id)
{
	struct buf action = BUF_INIT;
	const char *title = id ? _("Change what you hold about someone") : _("Add someone");

	if (id)
		buf_addf(&action, "/people/%lld/edit", (long long)id);
	else
		buf_adds(&action, "/people");
	web_page_begin(req, resp, title, "people");
	html_printf(&resp->body, "<div class=\"narrow\"><h1>%s</h1>\n", title);
	if (!id)
		html_printf(&resp->body, "<p>%s</p>\n",
			    _("Someone who helps you stay well: family, a friend, a supporter, or someone in "
			      "your care team. Only the name is needed. It stays on this computer."));
	render_form(req, &resp->body, action.data, f, err, id != 0);
	html_raw(&resp->body, "</div>\n");
	web_page_end(req, resp);
	buf_release(&action);
	return 0;
}


/* The one-tap "I was in touch today" form for person id. */
static void contacted_button(struct web_req *req, struct buf *o, const struct person *p,
			     const char *back)
{
	struct buf label = BUF_INIT;

	html_printf(o, "<form method=\"post\" action=\"/people/%lld/contacted\">", (long long)p->id);
	web_csrf_input(req, o);
	if (back)
		html_printf(o, "<input type=\"hidden\" name=\"back\" value=\"%s\">", back);
	buf_addf(&label, _("I was in touch today with %s"), p->name);
	html_printf(o, "<button type=\"submit\" class=\"primary\" aria-label=\"%s\">%s</button></form>",
		    label.data, _("I was in touch today"));
	buf_release(&label);
}

static void dl_item(struct buf *o, const char *label, const char *value)
{
	if (value && *value)
		html_printf(o, "<dt>%s</dt><dd>%s</dd>", label, value);
}

static void person_card(struct web_req *req, struct buf *o, const struct person *p,
			struct wdate now)
{
	struct buf b = BUF_INIT;

	html_printf(o, "<li class=\"person\" id=\"person-%lld\"><h3>%s", (long long)p->id, p->name);
	if (p->role != PEOPLE_ROLE_UNSAID)
		html_printf(o, " <span class=\"role\">%s</span>", people_role_words(p->role));
	html_raw(o, "</h3>\n<dl class=\"facts\">");
	if (p->phone) {
		text_dial_digits(&b, p->phone);
		html_printf(o, "<dt>%s</dt><dd><a href=\"tel:%s\">%s</a></dd>", _("Phone"), b.data, p->phone);
		buf_reset(&b);
	}
	if (p->email) {
		url_encode(&b, p->email);
		html_printf(o, "<dt>%s</dt><dd><a href=\"mailto:%s\">%s</a></dd>", _("Email"), b.data, p->email);
		buf_reset(&b);
	}
	dl_item(o, _("Other ways"), p->reach);
	dl_item(o, _("Can help with"), p->helps);
	people_last_contact_text(&b, p, now);
	dl_item(o, _("Last in touch"), b.data);
	buf_reset(&b);
	people_remind_text(&b, p->remind_weeks);
	dl_item(o, _("Reminder"), b.data);
	html_raw(o, "</dl>\n<div class=\"actions\">");
	contacted_button(req, o, p, NULL);
	html_printf(o, "<a class=\"button\" href=\"/people/%lld/edit\" aria-label=\"%s %s\">%s</a>",
		    (long long)p->id, _("Change"), p->name, _("Change"));
	html_printf(o, "<form method=\"post\" action=\"/people/%lld/delete\">", (long long)p->id);
	web_csrf_input(req, o);
	html_printf(o, "<button type=\"submit\" class=\"quiet\" aria-label=\"%s %s\">%s</button></form>",
		    _("Remove"), p->name, _("Remove"));
	html_raw(o, "</div></li>\n");
	buf_release(&b);
}

/* The reminders the person asked for, each with one tap. */
static void reminders(struct web_req *req, struct buf *o, const struct person_list *l,
		      int with_link)
{
	struct people_reminder *r;
	size_t n = people_reminders(l, today(), &r);

	if (n) {
		html_printf(o, "<section class=\"reminder\" aria-labelledby=\"remind-h\"><h2 id=\"remind-h\">%s</h2>\n"
			       "<ul class=\"reminders\">\n", _("Staying in touch"));
		for (size_t i = 0; i < n; i++) {
			struct buf b = BUF_INIT;
			people_reminder_text(&b, &r[i]);
			html_printf(o, "<li><p>%s</p>", b.data);
			contacted_button(req, o, r[i].person, with_link ? "today" : NULL);
			html_raw(o, "</li>\n");
			buf_release(&b);
		}
		html_printf(o, "</ul>\n<p class=\"hint\">%s", _("A short message can be enough, if you feel up to it."));
		if (with_link)
			html_printf(o, " <a href=\"/people\">%s</a>", _("Your people"));
		html_raw(o, "</p></section>\n");
	}
	free(r);
}

/* ---- pages ---- */

int people_page_list(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct person_list l;
	struct err err = ERR_INIT;
	struct wdate now = today();
	const char *deleted = web_query(req, "deleted"), *noted = web_query(req, "contacted");
	const char *saved = web_query(req, "saved");
	int any_team = 0, any_other = 0;

	if (people_list(req->wm, &l, &err))
		return web_fail(req, resp, &err);
	web_page_begin(req, resp, _("Your people"), "people");
	if (deleted) {
		html_printf(o, "<div class=\"notice\" role=\"status\"><p>%s</p>"
			       "<form method=\"post\" action=\"/people/%lld/undo\">",
			    _("They were removed from your people."), strtoll(deleted, NULL, 10));
		web_csrf_input(req, o);
		html_printf(o, "<button type=\"submit\">%s</button></form></div>\n", _("Undo"));
	}
	for (size_t i = 0; i < l.n; i++) {
		const struct person *p = &l.items[i];
		char id[24];
		snprintf(id, sizeof(id), "%lld", (long long)p->id);
		if (noted && !strcmp(noted, id))
			html_printf(o, "<p class=\"notice\" role=\"status\">%s %s.</p>\n",
				    _("Noted: you were in touch today with"), p->name);
		if (saved && !strcmp(saved, id))
			html_printf(o, "<p class=\"notice\" role=\"status\" data-saved=\"/people\">%s %s.</p>\n",
				    _("Saved what you hold about"), p->name);
		if (people_role_is_care_team(p->role))
			any_team = 1;
		else
			any_other = 1;
	}
	html_printf(o, "<h1>%s</h1>\n<p>%s</p>\n", _("Your people"),
		    _("The people who help you stay well, and your care team. Waymark never contacts "
		      "anyone: it only keeps your notes."));
	html_printf(o, "<p><a class=\"button primary\" href=\"/people/new\">%s</a></p>\n", _("Add someone"));
	reminders(req, o, &l, 0);
	if (!l.n)
		html_printf(o, "<p>%s</p>\n", _("No one here yet. It can help to write down even one "
						 "person you could talk to."));
	if (any_other) {
		html_printf(o, "<h2>%s</h2>\n<ul class=\"people\">\n", _("People who help you stay well"));
		for (size_t i = 0; i < l.n; i++)
			if (!people_role_is_care_team(l.items[i].role))
				person_card(req, o, &l.items[i], now);
		html_raw(o, "</ul>\n");
	}
	if (any_team) {
		html_printf(o, "<h2>%s</h2>\n<ul class=\"people\">\n", _("Your care team"));
		for (size_t i = 0; i < l.n; i++)
			if (people_role_is_care_team(l.items[i].role))
				person_card(req, o, &l.items[i], now);
		html_raw(o, "</ul>\n");
	}
	web_page_end(req, resp);
	person_list_release(&l);
	return 0;
}

int people_page_new(struct web_req *req, struct web_resp *resp)
{
	struct form f = { 0 };
	char **fields[] = FORM_FIELDS(&f);

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		form_set(fields[i], "");
	form_set(&f.remind, "0");
	form_page(req, resp, &f, NULL, 0);
	form_release(&f);
	return 0;
}

int people_page_add_post(struct web_req *req, struct web_resp *resp)
{
	struct form f = { 0 };
	struct person p;
	struct err err = ERR_INIT;

	form_from_req(&f, req);
	person_init(&p);
	if (form_to_person(&f, &p, &err) || people_add(req->wm, &p, &err)) {
		person_release(&p);
		if (err.kind != ERR_INPUT) {
			form_release(&f);
			return web_fail(req, resp, &err);
		}
		form_page(req, resp, &f, &err, 0);
		resp->status = 400;
		form_release(&f);
		return 0;
	}
	web_redirect(resp, "/people?saved=%lld#person-%lld", (long long)p.id, (long long)p.id);
	person_release(&p);
	form_release(&f);
	return 0;
}

/* The person the route names, or a 404 page (returns 1 then). */
static int load(struct web_req *req, struct web_resp *resp, struct person *p)
{
	struct err err = ERR_INIT;
	int rc = people_get(req->wm, req->id, p, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such person; they may have been removed"));
	if (rc) {
		person_release(p);
		web_fail(req, resp, &err);
		return 1;
	}
	return 0;
}

int people_page_edit(struct web_req *req, struct web_resp *resp)
{
	struct form f = { 0 };
	struct person p;

	if (load(req, resp, &p))
		return 0;
	form_from_person(&f, &p);
	form_page(req, resp, &f, NULL, p.id);
	form_release(&f);
	person_release(&p);
	return 0;
}

int people_page_edit_post(struct web_req *req, struct web_resp *resp)
{
	struct form f = { 0 };
	struct person p;
	struct err err = ERR_INIT;

	if (load(req, resp, &p))
		return 0;
	form_from_req(&f, req);
	if (form_to_person(&f, &p, &err) || people_update(req->wm, &p, &err) < 0) {
		person_release(&p);
		if (err.kind != ERR_INPUT) {
			form_release(&f);
			return web_fail(req, resp, &err);
		}
		form_page(req, resp, &f, &err, req->id);
		resp->status = 400;
		form_release(&f);
		return 0;
	}
	web_redirect(resp, "/people?saved=%lld#person-%lld", (long long)p.id, (long long)p.id);
	person_release(&p);
	form_release(&f);
	return 0;
}

int people_page_contacted_post(struct web_req *req, struct web_resp *resp)
{
	struct person p;
	struct err err = ERR_INIT;
	struct wdate now = today();

	if (load(req, resp, &p))
		return 0;
	/* a later day already noted is kept (it cannot be after today) */
	if (!p.contacted.y || wdate_cmp(p.contacted, now) < 0) {
		p.contacted = now;
		if (people_update(req->wm, &p, &err) < 0) {
			person_release(&p);
			return web_fail(req, resp, &err);
		}
	}
	if (!strcmp(web_form_s(req, "back"), "today"))
		web_redirect(resp, "/?contacted=%lld", (long long)p.id);
	else
		web_redirect(resp, "/people?contacted=%lld#person-%lld", (long long)p.id, (long long)p.id);
	person_release(&p);
	return 0;
}

int people_page_delete_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	int rc = people_trash(req->wm, req->id, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there is no such person; they may have been removed already"));
	if (rc)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/people?deleted=%lld", (long long)req->id);
	return 0;
}

int people_page_undo_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	int rc = people_untrash(req->wm, req->id, &err);

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("it is too late to undo that: they have gone for good"));
	if (rc)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/people#person-%lld", (long long)req->id);
	return 0;
}

int people_api_list(struct web_req *req, struct web_resp *resp)
{
	struct person_list l;
	struct err err = ERR_INIT;
	json_t *a;

	if (people_list(req->wm, &l, &err))
		return web_fail(req, resp, &err);
	a = json_array();
	for (size_t i = 0; i < l.n; i++)
		json_array_append_new(a, person_to_json(&l.items[i]));
	web_json(resp, 200, json_pack("{s:o}", "people", a));
	person_list_release(&l);
	return 0;
}

void people_page_today_reminders(struct web_req *req, struct buf *out)
{
	struct person_list l;
	struct err err = ERR_INIT;
	const char *noted = web_query(req, "contacted");

	if (people_list(req->wm, &l, &err))
		return;
	for (size_t i = 0; noted && i < l.n; i++) {
		char id[24];
		snprintf(id, sizeof(id), "%lld", (long long)l.items[i].id);
		if (!strcmp(noted, id))
			html_printf(out, "<p class=\"notice\" role=\"status\">%s %s.</p>\n",
				    _("Noted: you were in touch today with"), l.items[i].name);
	}
	reminders(req, out, &l, 1);
	person_list_release(&l);
}
