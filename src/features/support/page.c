/* SPDX-License-Identifier: MIT */
/*
 * page.c: the Support page ("Need help now?", /help), reachable from the
 * header of every page, also when the vault is locked or not made yet,
 * and its JSON. First the crisis box (web_crisis_box: the person's own
 * safety steps when their vault is open, 999, the crisis lines open now);
 * then who can be reached right now and is right for the person, crisis
 * lines first, with "closes in 20 min" and "opens at 16:00"; then every
 * line with its channels and hours. Always UK time, as the CLI. Bad
 * choices in the filter form are a 400 with the message beside the field
 * and the typed text kept, and the page still shows every line.
 */
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "support.h"
#include "web/web.h"

/* The filter as typed, kept for the form, and as understood. */
struct filter {
	const char *age_s, *group_s, *nation_s; /* never NULL */
	struct support_query q;
	struct err err;
};

static const struct {
	enum support_group g;
	const char *label;
} group_choices[] = {
	{ SUPPORT_GROUP_MEN, N_("Men") },
	{ SUPPORT_GROUP_WOMEN, N_("Women") },
	{ SUPPORT_GROUP_CARERS, N_("Carers") },
	{ SUPPORT_GROUP_FAMILY, N_("Family and friends of someone unwell") },
};

/* Reads the query into f. A bad value is left out of the query (so every
 * line shows) and kept in f->err for the form. */
static void filter_read(struct filter *f, const struct web_req *req)
{
	const char *v;

	memset(f, 0, sizeof(*f));
	f->err = (struct err)ERR_INIT;
	f->q.at = wnow();
	f->q.age = -1;
	f->q.group = -1;
	f->q.nation = SUPPORT_ENGLAND_WALES;
	f->q.live_only = 1;
	f->age_s = (v = web_query(req, "age")) ? v : "";
	f->group_s = (v = web_query(req, "for")) ? v : "";
	f->nation_s = (v = web_query(req, "nation")) ? v : "";
	if (*f->age_s && support_parse_age(f->age_s, &f->q.age, &f->err))
		f->q.age = -1;
	else if (*f->group_s && support_parse_group(f->group_s, &f->q.group, &f->err))
		f->q.group = -1;
	else if (*f->nation_s && support_parse_nation(f->nation_s, &f->q.nation, &f->err))
		f->q.nation = SUPPORT_ENGLAND_WALES;
}

/* A channel's way in: a link to tap for phone and text, words otherwise. */
static void channel_reach(struct buf *o, const struct support_line *l,
			  const struct support_channel *ch)
{
	struct buf how = BUF_INIT, dial = BUF_INIT;

	support_channel_how(&how, ch);
	if ((ch->type == SUPPORT_PHONE || ch->type == SUPPORT_TEXT) && ch->number)
		text_dial_digits(&dial, ch->number);
	if (dial.len && ch->type == SUPPORT_PHONE)
		html_printf(o, "<a class=\"reach\" href=\"tel:%s\">%s: %s</a>", dial.data, l->name, how.data);
	else if (dial.len && ch->message)
		html_printf(o, "<a class=\"reach\" href=\"sms:%s?body=%s\">%s: %s</a>", dial.data,
			    ch->message, l->name, how.data);
	else if (dial.len)
		html_printf(o, "<a class=\"reach\" href=\"sms:%s\">%s: %s</a>", dial.data, l->name, how.data);
	else
		html_printf(o, "<strong class=\"reach\">%s: %s</strong>", l->name, how.data);
	buf_release(&how);
	buf_release(&dial);
}

static void filter_form(struct buf *o, const struct filter *f)
{
	html_raw(o, "<form method=\"get\" action=\"/help\" class=\"filter\">\n");
	html_printf(o, "<fieldset><legend>%s</legend>\n", _("Show what is right for you"));
	html_printf(o, "<p class=\"hint\">%s</p>\n",
		    _("Some lines are for an age or a group. Leave these empty to see every line."));
	html_printf(o, "<label for=\"age\">%s</label>", _("Your age (optional)"));
	web_field_error(o, &f->err, "age");
	html_printf(o, "<input type=\"text\" inputmode=\"numeric\" id=\"age\" name=\"age\" value=\"%s\" "
		       "class=\"short\" autocomplete=\"off\"", f->age_s);
	web_invalid_attrs(o, &f->err, "age");
	html_raw(o, ">\n");
	html_printf(o, "<label for=\"for\">%s</label>", _("Lines for a group (optional)"));
	web_field_error(o, &f->err, "for");
	html_raw(o, "<select id=\"for\" name=\"for\"");
	web_invalid_attrs(o, &f->err, "for");
	html_printf(o, "><option value=\"\">%s</option>", _("Anyone"));
	for (size_t i = 0; i < ARRAY_SIZE(group_choices); i++) {
		const char *name = support_group_name(group_choices[i].g);
		if ((int)group_choices[i].g == f->q.group)
			html_printf(o, "<option value=\"%s\" selected>%s</option>", name, _(group_choices[i].label));
		else
			html_printf(o, "<option value=\"%s\">%s</option>", name, _(group_choices[i].label));
	}
	html_raw(o, "</select>\n");
	html_printf(o, "<label for=\"nation\">%s</label>", _("Where you live (for bank holidays)"));
	web_field_error(o, &f->err, "nation");
	html_raw(o, "<select id=\"nation\" name=\"nation\"");
	web_invalid_attrs(o, &f->err, "nation");
	html_raw(o, ">");
	for (int n = 0; n < SUPPORT_NATION__MAX; n++) {
		const char *name = support_nation_name((enum support_nation)n);
		if (n == (int)f->q.nation)
			html_printf(o, "<option value=\"%s\" selected>%s</option>", name,
				    support_nation_words((enum support_nation)n));
		else
			html_printf(o, "<option value=\"%s\">%s</option>", name,
				    support_nation_words((enum support_nation)n));
	}
	html_printf(o, "</select>\n</fieldset>\n<div class=\"actions\"><button type=\"submit\">%s</button>"
		       "<a href=\"/help#now-h\">%s</a></div>\n</form>\n",
		    _("Show"), _("Show everyone"));
}

/* One match in the "right now" lists. */
static void now_item(struct buf *o, const struct support_match *x, const struct wlocal *at)
{
	struct buf state = BUF_INIT;
	const struct support_line *l = x->line;

	support_status_describe(&state, &x->status, at);
	html_raw(o, "<li>");
	channel_reach(o, l, x->channel);
	html_printf(o, " <span class=\"state state-%s\">%s</span>", support_state_name(x->status.state),
		    state.data);
	if (x->channel->note)
		html_printf(o, " <span class=\"note\">%s</span>", x->channel->note);
	if (l->min_age >= 0 || l->max_age >= 0 || l->groups)
		html_printf(o, " <span class=\"who\">%s %s.</span>", _("For"), l->who);
	html_raw(o, "</li>\n");
	buf_release(&state);
}

static void right_now(struct buf *o, const struct support_dir *d, const struct filter *f)
{
	struct support_matches m;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	size_t closed = 0;
	int section = -1;
	char t[6];

	if (support_find(d, &f->q, &m, &err))
		return;
	wdate_long(&b, m.at.date);
	wclock_format(m.at.minute, t);
	html_printf(o, "<h2 id=\"now-h\">%s</h2>\n<p>", _("Who you can contact right now"));
	html_printf(o, _("It is %s, %s (UK time)."), b.data, t);
	html_raw(o, "</p>\n");
	filter_form(o, f);
	buf_reset(&b);
	if (f->q.age >= 0)
		buf_addf(&b, _("age %d"), f->q.age);
	if (f->q.group >= 0)
		buf_addf(&b, "%s%s", b.len ? ", " : "", support_group_name((enum support_group)f->q.group));
	if (b.len) {
		html_printf(o, "<p class=\"notice\" role=\"status\">");
		html_printf(o, _("Only lines right for you (%s) are shown."), b.data);
		html_raw(o, "</p>\n");
	}
	for (size_t i = 0; i < m.n; i++) {
		const struct support_match *x = &m.items[i];
		int s = (int)support_now_group(x);

		if (s == SUPPORT_NOW_CLOSED) {
			closed++;
			continue;
		}
		if (s != section) {
			if (section >= 0)
				html_raw(o, "</ul>\n");
			html_printf(o, "<h3>%s</h3>\n<ul class=\"contacts now\">\n",
				    support_now_group_title((enum support_now_group)s));
			section = s;
		}
		now_item(o, x, &m.at);
	}
	if (section >= 0)
		html_raw(o, "</ul>\n");
	if (m.bank_holiday == 1) {
		html_raw(o, "<p>");
		html_printf(o, _("Today is a bank holiday in %s; the times above allow for that."),
			    support_nation_words(f->q.nation));
		html_raw(o, "</p>\n");
	}
	if (m.bank_holiday < 0 || m.uncertain) {
		html_raw(o, "<p>");
		html_printf(o, _("Waymark only knows the bank holidays for %d to %d, so it cannot tell "
				 "whether this day is one. Some lines keep different hours on bank "
				 "holidays: please check with them."), d->first_year, d->last_year);
		html_raw(o, "</p>\n");
	}
	if (closed) {
		html_raw(o, "<p>");
		html_printf(o, P_("%zu more way to get in touch is closed at this time; every line and its hours are below.",
				  "%zu more ways to get in touch are closed at this time; every line and its hours are below.",
				  closed), closed);
		html_raw(o, "</p>\n");
	}
	support_matches_release(&m);
	buf_release(&b);
}

static void every_line(struct buf *o, const struct support_dir *d, const struct filter *f)
{
	struct wdate oldest = d->lines[0].checked;
	struct buf b = BUF_INIT;

	html_printf(o, "<h2 id=\"all-h\">%s</h2>\n<p>%s</p>\n", _("Every support line"),
		    _("Times are UK time. Email and letters are here too: they are not for right now, "
		      "but someone will answer."));
	html_raw(o, "<div class=\"lines\">\n");
	for (size_t i = 0; i < d->nlines; i++) {
		const struct support_line *l = &d->lines[i];

		if (wdate_cmp(l->checked, oldest) < 0)
			oldest = l->checked;
		if (!support_line_suits(l, f->q.age, f->q.group))
			continue;
		html_printf(o, "<section class=\"line\" aria-labelledby=\"line-%s\">"
			       "<h3 id=\"line-%s\">%s</h3>\n<p>%s</p>\n<p class=\"who\">%s %s.</p>\n",
			    l->id, l->id, l->name, l->description, _("For"), l->who);
		html_raw(o, "<ul class=\"channels\">\n");
		for (size_t c = 0; c < l->nchannels; c++) {
			const struct support_channel *ch = &l->channels[c];
			buf_reset(&b);
			support_hours_describe(&b, &ch->hours);
			html_raw(o, "<li>");
			channel_reach(o, l, ch);
			if (ch->note)
				html_printf(o, " <span class=\"note\">%s</span>", ch->note);
			html_printf(o, " <span class=\"hours\">%s</span></li>\n", b.data);
		}
		html_raw(o, "</ul>\n");
		if (l->web)
			html_printf(o, "<p><a href=\"%s\" rel=\"noopener noreferrer\">%s</a></p>\n", l->web,
				    _("Their website"));
		html_raw(o, "</section>\n");
	}
	html_raw(o, "</div>\n");
	buf_reset(&b);
	wdate_long(&b, oldest);
	html_raw(o, "<p class=\"hint\">");
	html_printf(o, _("These details were checked on %s. If a number does not work, NHS 111 or 999 "
			 "can always help."), b.data);
	html_raw(o, "</p>\n");
	buf_release(&b);
}

int support_page_help(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct support_dir d;
	struct filter f;
	struct err err = ERR_INIT;

	filter_read(&f, req);
	web_page_begin(req, resp, _("Need help now?"), "help");
	html_printf(o, "<h1>%s</h1>\n", _("Need help now?"));
	web_crisis_box(req, o);
	if (f.err.kind == ERR_INPUT)
		html_printf(o, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2>%s</h2>"
			       "<p><a href=\"#%s\">%s</a></p><p>%s</p></div>\n",
			    _("That choice did not work"), f.err.field, f.err.msg,
			    _("Every line is shown below in the meantime."));
	if (support_dir_load(&d, &err) == 0) {
		right_now(o, &d, &f);
		every_line(o, &d, &f);
		support_dir_release(&d);
	}
	web_page_end(req, resp);
	if (f.err.kind == ERR_INPUT)
		resp->status = 400;
	return 0;
}

int support_api_now(struct web_req *req, struct web_resp *resp)
{
	struct support_dir d;
	struct support_matches m;
	struct filter f;
	struct err err = ERR_INIT;
	const char *at = web_query(req, "at");

	filter_read(&f, req);
	if (f.err.kind == ERR_INPUT) {
		web_json_error(resp, &f.err);
		return 0;
	}
	if (at && support_parse_at(at, &f.q.at, &err)) {
		web_json_error(resp, &err);
		return 0;
	}
	if (support_dir_load(&d, &err))
		return web_fail(req, resp, &err);
	if (support_find(&d, &f.q, &m, &err)) {
		support_dir_release(&d);
		return web_fail(req, resp, &err);
	}
	web_json(resp, 200, support_now_to_json(&m, f.q.nation));
	support_matches_release(&m);
	support_dir_release(&d);
	return 0;
}
