/* SPDX-License-Identifier: MIT */
/*
 * page.c: the goals' web pages, their calendar feed, their JSON API and
 * the two hooks other pages show (what is due, on Today; progress, under
 * a day in the diary). The new-goal form asks the seed's plan questions in
 * its order; the SMART check only ever suggests, before saving if the
 * person asks and after saving anyway, and never refuses. A goal's page
 * shows progress per period as bars with a table beside them, and lets the
 * person count progress, tick steps off, finish (and be asked about their
 * reward), move the deadline (no penalty, no red), pause, resume or let
 * go. Bad input shows the page again with the message beside the field,
 * everything typed still there, status 400 and nothing written. Every
 * rule is model.c's, the same as the command line's.
 */
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "goals.h"
#include "vault/vault.h"
#include "web/svg.h"
#include "web/web.h"

/* The feed's name for web_feed_*() and its route. */
#define FEED_NAME "goals"
#define FEED_PATH "/goals.ics"

/* How much of the history a goal's page draws, and lists. */
#define CHART_PERIODS 12
#define TABLE_PERIODS 52
#define RECENT_ENTRIES 5
/* What Today shows at most, before "and N more". */
#define TODAY_ITEMS 5

/* The seed's questions, in its order (as the CLI asks them). */
#define Q_TITLE N_("What is your specific goal?")
#define Q_WHY N_("Why is this goal meaningful to you?")
#define Q_ACHIEVABLE N_("Is this goal achievable? Why?")
#define Q_PREPARE N_("How are you going to prepare for this activity?")
#define Q_DEADLINE N_("What is your deadline?")
#define Q_STEPS N_("How will you do this activity?")
#define Q_REWARD N_("What will you do when you have finished your task?")
#define Q_IF_MISSED N_("What will you do if you haven't stuck to your deadline?")
#define Q_TARGET N_("Is there something you can count, and how often?")
#define Q_AREA N_("Which part of your life is it about?")

/* A state as a heading or a badge. */
static const char *const state_heads[GOAL_STATE__MAX] = {
	N_("Active"), N_("Paused"), N_("Done"), N_("Dropped"),
};

static int not_found(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;

	err_kind_set(&err, ERR_NOTFOUND, "%s",
		     _("there is no goal with that number; your goals page lists them all"));
	return web_fail(req, resp, &err);
}

/* Loads the goal the route names into g: 0, or the page has answered. */
static int load_goal(struct web_req *req, struct web_resp *resp, struct goal *g)
{
	struct err err = ERR_INIT;
	int rc = goals_get(req->wm, req->id, g, &err);

	if (rc > 0) {
		goal_release(g);
		not_found(req, resp);
		return -1;
	}
	if (rc < 0) {
		goal_release(g);
		web_fail(req, resp, &err);
		return -1;
	}
	return 0;
}

/* ---- the plan form: what the person typed, kept as typed ---- */

struct plan_form {
	char *title, *why, *achievable, *prepare, *deadline, *deadline_note,
	     *step, *reward, *if_missed, *target, *area;
};

#define PLAN_FIELDS(f) { &(f)->title, &(f)->why, &(f)->achievable, \
	&(f)->prepare, &(f)->deadline, &(f)->deadline_note, &(f)->step, \
	&(f)->reward, &(f)->if_missed, &(f)->target, &(f)->area }

/* The form's field names, in the order above; also err->field's names. */
static const char *const plan_names[] = {
	"title", "why", "achievable", "prepare", "deadline", "deadline_note",
	"step", "reward", "if_missed", "target", "area",
};

static void set_field(char **field, const char *v)
{
	vault_free_secret(*field);
	*field = xstrdup(v ? v : "");
}

static void plan_release(struct plan_form *f)
{
	char **fields[] = PLAN_FIELDS(f);

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++) {
		vault_free_secret(*fields[i]);
		*fields[i] = NULL;
	}
}

static void plan_from_req(struct plan_form *f, const struct web_req *req)
{
	char **fields[] = PLAN_FIELDS(f);

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		set_field(fields[i], web_form(req, plan_names[i]));
}

/* For editing: the goal's answers as a person would type them. */
static void plan_from_goal(struct plan_form *f, const struct goal *g)
{
	struct buf b = BUF_INIT_SENSITIVE;
	char d[11] = "";

	set_field(&f->title, g->title);
	set_field(&f->why, g->why);
	set_field(&f->achievable, g->achievable);
	set_field(&f->prepare, g->prepare);
	if (g->deadline.y)
		wdate_format(g->deadline, d);
	set_field(&f->deadline, d);
	set_field(&f->deadline_note, g->deadline_note);
	set_field(&f->step, "");
	set_field(&f->reward, g->reward);
	set_field(&f->if_missed, g->if_missed);
	goal_target_words(&b, &g->target);
	set_field(&f->target, b.data);
	set_field(&f->area, g->area);
	buf_release(&b);
}

/* Reads the answers into g with the model's rules, in the order they are
 * asked, so the first message is about the first answer to look at.
 * steps are new steps to add (one per item); the form sends them one
 * per line, the API as an array. */
static int plan_to_goal(const struct plan_form *f, char **steps, size_t nsteps,
			struct goal *g, struct wdate today, struct err *err)
{
	static const char *const texts[] = {
		"title", "why", "achievable", "prepare",
	};
	const char *values[] = { f->title, f->why, f->achievable, f->prepare };

	for (size_t i = 0; i < ARRAY_SIZE(texts); i++)
		if (goal_set_text(g, texts[i], values[i], err))
			return -1;
	if (!*f->deadline)
		g->deadline = (struct wdate){ 0, 0, 0 };
	else if (goal_parse_deadline(f->deadline, today, &g->deadline, err))
		return -1;
	if (goal_set_text(g, "deadline_note", f->deadline_note, err))
		return -1;
	for (size_t i = 0; i < nsteps; i++)
		if (goal_add_step(g, steps[i], (struct wdate){ 0, 0, 0 }, err))
			return -1;
	if (goal_set_text(g, "reward", f->reward, err) ||
	    goal_set_text(g, "if_missed", f->if_missed, err))
		return -1;
	{
		char *t = text_trimmed(f->target);
		int rc = 0;
		if (!*t)
			goal_target_release(&g->target);
		else
			rc = goal_parse_target(t, &g->target, err);
		free(t);
		if (rc)
			return -1;
	}
	if (goal_set_text(g, "area", f->area, err))
		return -1;
	return goal_validate(g, err);
}

/* ---- drawing the plan form ---- */

/* One question: its label, a hint, the message if it is the field at
 * fault, and the box (a textarea when rows > 0) holding what was typed. */
static void question(struct buf *o, const struct err *err, const char *field,
		     const char *label, const char *hint, const char *value, int rows)
{
	struct buf hint_id = BUF_INIT;

	html_printf(o, "<div class=\"question\"><label for=\"%s\">%s</label>", field, label);
	if (hint) {
		buf_addf(&hint_id, "%s-hint", field);
		html_printf(o, "<p class=\"hint\" id=\"%s\">%s</p>", hint_id.data, hint);
	}
	web_field_error(o, err, field);
	if (rows > 0) {
		html_printf(o, "<textarea id=\"%s\" name=\"%s\" rows=\"%d\"", field, field, rows);
		web_field_attrs(o, err, field, hint ? hint_id.data : NULL);
		html_printf(o, ">%s</textarea>", value);
	} else {
		html_printf(o, "<input type=\"text\" id=\"%s\" name=\"%s\" value=\"%s\" autocomplete=\"off\"",
			    field, field, value);
		web_field_attrs(o, err, field, hint ? hint_id.data : NULL);
		if (!strcmp(field, "title"))
			html_raw(o, " required");
		html_raw(o, ">");
	}
	html_raw(o, "</div>\n");
	buf_release(&hint_id);
}

/* The SMART check's notes as kind suggestions, each linking to the answer
 * it is about (on the form: its box; on a goal's page: how to change it). */
static void smart_notes(struct buf *o, const struct goal_notes *notes, int64_t id,
			const char *intro)
{
	if (!notes->n)
		return;
	html_printf(o, "<section class=\"suggest-box\" aria-labelledby=\"smart-h\">"
		       "<h2 id=\"smart-h\">%s</h2><p>%s</p><ul>\n",
		    _("A few thoughts on your plan"), intro);
	for (size_t i = 0; i < notes->n; i++) {
		const struct goal_note *n = &notes->items[i];
		html_printf(o, "<li><p>%s</p><p class=\"fix\">", n->msg);
		if (!id) {
			html_printf(o, "<a href=\"#%s\">%s</a>",
				    n->kind == GOAL_NOTE_NO_MEASURE ? "target" : n->field,
				    _("Change this answer"));
		} else if (!strcmp(n->field, "deadline")) {
			html_printf(o, "<a href=\"/goals/%lld#deadline\">%s</a>", (long long)id,
				    _("Pick a date"));
		} else if (n->kind == GOAL_NOTE_NO_MEASURE) {
			html_printf(o, "<a href=\"/goals/%lld/edit#target\">%s</a> \xc2\xb7 "
				       "<a href=\"/goals/%lld#step\">%s</a>",
				    (long long)id, _("Add something to count"), (long long)id,
				    _("Add a step"));
		} else {
			html_printf(o, "<a href=\"/goals/%lld/edit#target\">%s</a>", (long long)id,
				    _("Change the target"));
		}
		html_raw(o, "</p></li>\n");
	}
	html_raw(o, "</ul></section>\n");
}

/* The anchor the error summary links to: the box at fault. */
static const char *plan_anchor(const struct err *err)
{
	for (size_t i = 0; i < ARRAY_SIZE(plan_names); i++)
		if (err && !strcmp(err->field, plan_names[i]))
			return plan_names[i];
	return "title";
}

/* The new-goal and edit form. editing leaves steps out (they live on the
 * goal's page). checked is the SMART check of a "Check my plan first",
 * or NULL. */
static void render_plan(struct web_req *req, struct buf *o, const char *action,
			const struct plan_form *f, const struct err *err, int editing,
			const struct goal_notes *checked)
{
	web_error_summary(o, err, _("Nothing was saved yet"), plan_anchor(err));
	if (checked && checked->n) {
		smart_notes(o, checked, 0,
			    _("Just suggestions: nothing is saved yet. Change any answer below, or save the plan as it is."));
	} else if (checked) {
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n",
			    _("Your plan looks clear: it has a date to aim for and a way to see your progress. Save it when you are ready."));
	}
	html_printf(o, "<form method=\"post\" action=\"%s\" class=\"stack plan\" data-draft=\"%s\">\n",
		    action, action);
	web_csrf_input(req, o);
	question(o, err, "title", _(Q_TITLE),
		 _("What you will do, in a sentence. For example: to cook at least 2 healthy meals per week for the next 6 months."),
		 f->title, 0);
	question(o, err, "why", _(Q_WHY), NULL, f->why, 3);
	question(o, err, "achievable", _(Q_ACHIEVABLE),
		 _("What makes it realistic for you: the time you have, what you can manage."),
		 f->achievable, 3);
	question(o, err, "prepare", _(Q_PREPARE), NULL, f->prepare, 3);
	question(o, err, "deadline", _(Q_DEADLINE),
		 _("A date like 2026-09-14 or 14 September 2026, or a span like 'in 6 months'. You can move it later."),
		 f->deadline, 0);
	question(o, err, "deadline_note", _("Anything you want to say about the deadline?"),
		 _("In your own words, if you like."), f->deadline_note, 2);
	if (!editing)
		question(o, err, "step", _(Q_STEPS),
			 _("The steps you will take, one on each line. You can add more later."),
			 f->step, 4);
	question(o, err, "reward", _(Q_REWARD), _("How you will reward yourself."), f->reward, 3);
	question(o, err, "if_missed", _(Q_IF_MISSED), _("Being kind to yourself counts."),
		 f->if_missed, 2);
	question(o, err, "target", _(Q_TARGET),
		 _("Like '2 healthy meals per week', 'once a day' or '4 per month'. Leave it empty if not."),
		 f->target, 0);
	question(o, err, "area", _(Q_AREA), _("Like health, work or friends."), f->area, 0);
	html_raw(o, "<div class=\"actions\">");
	html_printf(o, "<button type=\"submit\" class=\"primary\" name=\"action\" value=\"save\">%s</button>",
		    editing ? _("Save changes") : _("Save my goal"));
	if (!editing)
		html_printf(o, "<button type=\"submit\" name=\"action\" value=\"check\">%s</button>",
			    _("Check my plan first"));
	html_raw(o, "</div>\n</form>\n");
}

/* ---- the list ---- */

static void calendar_section(struct web_req *req, struct buf *o)
{
	struct buf secret = BUF_INIT_SENSITIVE, url = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	int rc = web_feed_secret(req, FEED_NAME, &secret, &err);

	html_printf(o, "<section class=\"calendar\" id=\"calendar\" aria-labelledby=\"calendar-h\">"
		       "<h2 id=\"calendar-h\">%s</h2>\n<p>%s</p>\n",
		    _("Your goals in your calendar"),
		    _("A calendar app on this computer can subscribe to your goals' deadlines and planned steps, and keep up as they change."));
	if (rc == 0) {
		web_feed_url(req, FEED_PATH, secret.data, &url);
		html_printf(o, "<label for=\"feed-url\">%s</label>"
			       "<input type=\"text\" id=\"feed-url\" class=\"copy\" readonly value=\"%s\" "
			       "aria-describedby=\"feed-hint\">\n",
			    _("Your calendar address"), url.data);
		html_printf(o, "<p class=\"hint\" id=\"feed-hint\">%s ", _("Copy it into your calendar app's \"subscribe\" or \"add calendar from address\"."));
		html_printf(o, _("It works while Waymark is open and unlocked, at port %u. To keep the same address, start Waymark with 'waymark ui --port %u' each time."),
			    req->app->port, req->app->port);
		html_printf(o, " %s</p>\n",
			    _("Anyone with the address can see your goals' deadlines and steps, so keep it to yourself."));
		html_raw(o, "<div class=\"actions\"><form method=\"post\" action=\"/goals/calendar\">");
		web_csrf_input(req, o);
		html_printf(o, "<input type=\"hidden\" name=\"action\" value=\"new\"><button type=\"submit\">%s</button></form>",
			    _("Make a new address"));
		html_raw(o, "<form method=\"post\" action=\"/goals/calendar\">");
		web_csrf_input(req, o);
		html_printf(o, "<input type=\"hidden\" name=\"action\" value=\"off\"><button type=\"submit\" class=\"quiet\">%s</button></form></div>\n",
			    _("Turn the address off"));
		html_printf(o, "<p class=\"hint\">%s</p>\n",
			    _("A new address stops the old one working at once, if you think someone else has it."));
	} else {
		html_raw(o, "<form method=\"post\" action=\"/goals/calendar\">");
		web_csrf_input(req, o);
		html_printf(o, "<input type=\"hidden\" name=\"action\" value=\"new\"><button type=\"submit\">%s</button></form>\n",
			    _("Make a calendar address"));
	}
	html_raw(o, "</section>\n");
	buf_release(&secret);
	buf_release(&url);
}

int goals_page_list(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct goal_list l;
	struct goal_entry_list entries;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	const char *cal = web_query(req, "calendar");

	if (goals_list(req->wm, &l, &err))
		return web_fail(req, resp, &err);
	if (goals_entries(req->wm, NULL, &entries, &err)) {
		goal_list_release(&l);
		return web_fail(req, resp, &err);
	}
	web_page_begin(req, resp, _("Goals"), "goals");
	if (cal && !strcmp(cal, "new"))
		html_printf(o, "<p class=\"notice\" role=\"status\">%s <a href=\"#calendar\">%s</a></p>\n",
			    _("Your calendar has a new address; any old one no longer works."),
			    _("See it"));
	else if (cal && !strcmp(cal, "off"))
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n",
			    _("The calendar address is off. Nothing can read your goals through it now."));
	html_printf(o, "<h1>%s</h1>\n", _("Your goals"));
	html_printf(o, "<p class=\"lead\">%s</p>\n",
		    _("Small, clear steps add up. Set a goal the SMART way, count your progress, and celebrate when you get there."));
	html_printf(o, "<p><a class=\"button primary\" href=\"/goals/new\">%s</a></p>\n",
		    _("Set a new goal"));
	if (!l.n)
		html_printf(o, "<p>%s</p>\n",
			    _("No goals yet. A goal can be small: the example in the guide is cooking two healthy meals a week. Waymark asks the plan's questions one at a time."));
	for (int s = GOAL_ACTIVE; s < GOAL_STATE__MAX; s++) {
		int head = 0;
		for (size_t i = 0; i < l.n; i++) {
			const struct goal *g = &l.items[i];
			struct goal_progress p;
			struct buf b = BUF_INIT_SENSITIVE;
			if ((int)g->state != s)
				continue;
			if (!head++)
				html_printf(o, "<section aria-labelledby=\"state-%s\"><h2 id=\"state-%s\">%s</h2>\n"
					       "<ul class=\"goals\">\n",
					    goal_state_name(g->state), goal_state_name(g->state), _(state_heads[s]));
			goal_progress_compute(g, entries.items, entries.n, today, &p);
			goal_summary_words(&b, g, &p, today);
			html_printf(o, "<li class=\"goal-card\"><a href=\"/goals/%lld\"><span class=\"title\">%s</span>",
				    (long long)g->id, g->title);
			if (b.len)
				html_printf(o, "<span class=\"summary\">%s</span>", b.data);
			html_raw(o, "</a></li>\n");
			buf_release(&b);
			goal_progress_release(&p);
		}
		if (head)
			html_raw(o, "</ul></section>\n");
	}
	calendar_section(req, o);
	web_page_end(req, resp);
	goal_entry_list_release(&entries);
	goal_list_release(&l);
	return 0;
}

/* ---- a new goal, and changing one ---- */

static int new_page(struct web_req *req, struct web_resp *resp, const struct plan_form *f,
		    const struct err *err, const struct goal_notes *checked)
{
	struct buf *o = &resp->body;

	web_page_begin(req, resp, _("A new goal"), "goals");
	html_printf(o, "<h1>%s</h1>\n<p class=\"lead\">%s</p>\n", _("A new goal"),
		    _("Planned the SMART way: simple, meaningful, achievable, realistic and time limited. Answer what you can; only the first question is needed, and you can change anything later."));
	render_plan(req, o, "/goals/new", f, err, 0, checked);
	html_printf(o, "<p><a href=\"/goals\">%s</a></p>\n", _("Back to your goals"));
	web_page_end(req, resp);
	return 0;
}

int goals_page_new(struct web_req *req, struct web_resp *resp)
{
	struct plan_form f;
	int rc;

	memset(&f, 0, sizeof(f));
	plan_from_req(&f, req); /* every field empty */
	rc = new_page(req, resp, &f, NULL, NULL);
	plan_release(&f);
	return rc;
}

int goals_page_new_post(struct web_req *req, struct web_resp *resp)
{
	struct plan_form f;
	struct goal g;
	struct goal_notes notes;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	char **steps = NULL;
	size_t nsteps = 0;
	int check = !strcmp(web_form_s(req, "action"), "check");

	memset(&f, 0, sizeof(f));
	plan_from_req(&f, req);
	text_split(f.step, '\n', &steps, &nsteps);
	goal_init(&g);
	if (plan_to_goal(&f, steps, nsteps, &g, today, &err) ||
	    (!check && goals_add(req->wm, &g, &err))) {
		if (err.kind != ERR_INPUT) {
			web_fail(req, resp, &err);
		} else {
			new_page(req, resp, &f, &err, NULL);
			resp->status = 400;
		}
	} else if (check) {
		goal_smart_check(&g, goals_best_so_far(req->wm, &g), today, &notes);
		new_page(req, resp, &f, NULL, &notes);
	} else {
		web_redirect(resp, "/goals/%lld?saved=new", (long long)g.id);
	}
	text_free_list(steps, nsteps);
	goal_release(&g);
	plan_release(&f);
	return 0;
}

static int edit_page(struct web_req *req, struct web_resp *resp, const struct plan_form *f,
		     const struct err *err)
{
	struct buf *o = &resp->body;
	struct buf action = BUF_INIT;

	buf_addf(&action, "/goals/%lld/edit", (long long)req->id);
	web_page_begin(req, resp, _("Change the plan"), "goals");
	html_printf(o, "<h1>%s</h1>\n<p>%s</p>\n", _("Change the plan"),
		    _("Change any answer; an empty box clears it. The steps are on the goal's page."));
	render_plan(req, o, action.data, f, err, 1, NULL);
	html_printf(o, "<p><a href=\"/goals/%lld\">%s</a></p>\n", (long long)req->id, _("Cancel"));
	web_page_end(req, resp);
	buf_release(&action);
	return 0;
}

int goals_page_edit(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct plan_form f;

	if (load_goal(req, resp, &g))
		return 0;
	memset(&f, 0, sizeof(f));
	plan_from_goal(&f, &g);
	edit_page(req, resp, &f, NULL);
	plan_release(&f);
	goal_release(&g);
	return 0;
}

int goals_page_edit_post(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct plan_form f;
	struct err err = ERR_INIT;
	int rc;

	if (load_goal(req, resp, &g))
		return 0;
	memset(&f, 0, sizeof(f));
	plan_from_req(&f, req);
	if (plan_to_goal(&f, NULL, 0, &g, wtoday(), &err) ||
	    (rc = goals_update(req->wm, &g, &err)) < 0) {
		if (err.kind != ERR_INPUT) {
			web_fail(req, resp, &err);
		} else {
			edit_page(req, resp, &f, &err);
			resp->status = 400;
		}
	} else if (rc > 0) {
		not_found(req, resp);
	} else {
		web_redirect(resp, "/goals/%lld?saved=edit", (long long)g.id);
	}
	plan_release(&f);
	goal_release(&g);
	return 0;
}

/* ---- a goal's page ---- */

/* What the small forms on a goal's page hold when one comes back with bad
 * input (NULL: the defaults). */
struct show_forms {
	const char *count, *date, *note; /* count progress */
	const char *step, *by;           /* add a step */
	const char *deadline;            /* a new deadline */
};

/* The progress chart: the last CHART_PERIODS periods as bars, the target
 * as a line, and the same as a table (up to TABLE_PERIODS, newest first). */
static void progress_chart(struct buf *o, const struct goal *g, const struct goal_progress *p,
			   struct wdate today)
{
	size_t n = p->nperiods < CHART_PERIODS ? p->nperiods : CHART_PERIODS;
	size_t from = p->nperiods - n, rows = 0;
	double counts[CHART_PERIODS], target[CHART_PERIODS], ticks[3];
	const char *xl[CHART_PERIODS];
	char xbuf[CHART_PERIODS][16];
	struct svg_series series[2];
	struct svg_chart chart;
	struct buf desc = BUF_INIT_SENSITIVE, tw = BUF_INIT_SENSITIVE;
	long top = p->target;
	int nticks = 0;

	if (!n)
		return;
	for (size_t i = 0; i < n; i++) {
		const struct goal_period_count *pc = &p->periods[from + i];
		struct wdate d = pc->first;
		counts[i] = (double)pc->count;
		target[i] = p->target;
		if (pc->count > top)
			top = pc->count;
		xl[i] = NULL;
		/* a label on the newest and every third before it */
		if ((n - 1 - i) % 3 == 0) {
			if (p->per == GOAL_PER_MONTH)
				snprintf(xbuf[i], sizeof(xbuf[i]), "%s", wdate_month_abbr(d.m));
			else
				snprintf(xbuf[i], sizeof(xbuf[i]), "%d %s", d.d, wdate_month_abbr(d.m));
			xl[i] = xbuf[i];
		}
	}
	ticks[nticks++] = 0;
	ticks[nticks++] = p->target;
	if (top > p->target)
		ticks[nticks++] = (double)top;
	goal_target_words(&tw, &g->target);
	switch (p->per) {
	case GOAL_PER_DAY:
		buf_addf(&desc, P_("The last %zu day: ", "The last %zu days: ", n), n);
		break;
	case GOAL_PER_MONTH:
		buf_addf(&desc, P_("The last %zu month: ", "The last %zu months: ", n), n);
		break;
	default:
		buf_addf(&desc, P_("The last %zu week: ", "The last %zu weeks: ", n), n);
		break;
	}
	for (size_t i = 0; i < n; i++)
		buf_addf(&desc, "%s%ld", i ? ", " : "", p->periods[from + i].count);
	buf_addf(&desc, _(". Your target is %s."), tw.data);
	series[0] = (struct svg_series){ .y = counts, .cls = "s-count", .bars = 1 };
	/* one period has no line to draw: its target is a dot */
	series[1] = (struct svg_series){ .y = target, .cls = "s-target", .dots = n == 1, .line = 1 };
	chart = (struct svg_chart){ .id = "goalchart", .title = _("Progress towards your target"),
				    .desc = desc.data, .n = (int)n, .ymin = 0,
				    .ymax = (double)top + (top > 4 ? top / 8.0 : 0.5),
				    .yticks = ticks, .nyticks = nticks, .xlabels = xl,
				    .series = series, .nseries = 2 };
	html_raw(o, "<figure class=\"chart-box\">");
	svg_chart(o, &chart);
	html_printf(o, "<figcaption><span class=\"key s-count\">%s</span> "
		       "<span class=\"key s-target\">%s</span></figcaption></figure>\n",
		    _("counted in each period"), tw.data);
	html_printf(o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"periods-cap\">"
		       "<table class=\"data\"><caption id=\"periods-cap\">%s</caption>\n"
		       "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>\n",
		    _("The same as a table, newest first"), _("When"), _("Counted"));
	for (size_t k = p->nperiods; k-- > 0 && rows < TABLE_PERIODS; rows++) {
		const struct goal_period_count *pc = &p->periods[k];
		struct buf label = BUF_INIT, count = BUF_INIT;
		if (pc->open)
			goal_so_far_words(&label, p->per);
		else
			goal_period_label(&label, p->per, pc->first, today);
		goal_count_words(&count, pc->count, p->target, NULL);
		html_printf(o, "<tr><th scope=\"row\">%s</th><td>%s", label.data, count.data);
		if (pc->count >= p->target)
			html_printf(o, " <span class=\"tick\" aria-hidden=\"true\">\xe2\x9c\x93</span>"
				       "<span class=\"visually-hidden\">%s</span>", _(", target reached"));
		html_raw(o, "</td></tr>\n");
		buf_release(&label);
		buf_release(&count);
	}
	html_raw(o, "</tbody></table></div>\n");
	if (p->nperiods > rows)
		html_printf(o, "<p class=\"hint\">%s</p>\n",
			    _("Earlier periods are in the JSON at /api/v1/goals and in an export."));
	buf_release(&desc);
	buf_release(&tw);
}

/* The words under the chart: in all, planned, periods at the target. */
static void progress_words(struct buf *o, const struct goal *g, const struct goal_progress *p,
			   struct wdate today)
{
	struct buf b = BUF_INIT_SENSITIVE;
	size_t reached = p->reached + (size_t)p->this_reached;

	if (!p->total) {
		if (g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED)
			html_printf(o, "<p>%s</p>\n", _("Nothing counted yet. When you do it, count it below: every one counts."));
		return;
	}
	goal_total_words(&b, g, p, today);
	if (reached && p->per != GOAL_PER_NONE) {
		buf_adds(&b, " ");
		goal_at_target_words(&b, p->per, reached);
	}
	html_printf(o, "<p>%s</p>\n", b.data);
	buf_release(&b);
}

static void log_form(struct web_req *req, struct buf *o, const struct goal *g,
		     const struct show_forms *sf, const struct err *err, struct wdate today)
{
	char d[11];

	wdate_format(today, d);
	html_printf(o, "<form method=\"post\" action=\"/goals/%lld/log\" class=\"log-form\" aria-labelledby=\"log-h\">",
		    (long long)g->id);
	web_csrf_input(req, o);
	html_printf(o, "<h3 id=\"log-h\">%s</h3>", _("Count some progress"));
	html_raw(o, "<div class=\"row\">");
	html_printf(o, "<div><label for=\"count\">%s</label>", _("How many"));
	web_field_error(o, err, "count");
	html_printf(o, "<input type=\"number\" inputmode=\"numeric\" id=\"count\" name=\"count\" min=\"1\" "
		       "max=\"%d\" step=\"1\" value=\"%s\" class=\"short\"", GOAL_COUNT_MAX,
		    sf && sf->count ? sf->count : "1");
	web_field_attrs(o, err, "count", NULL);
	html_printf(o, "></div><div><label for=\"date\">%s</label>", _("Which day"));
	web_field_error(o, err, "date");
	html_printf(o, "<input type=\"date\" id=\"date\" name=\"date\" max=\"%s\" value=\"%s\"",
		    d, sf && sf->date ? sf->date : d);
	web_field_attrs(o, err, "date", NULL);
	html_raw(o, "></div></div>");
	html_printf(o, "<label for=\"note\">%s</label>", _("A few words about it (if you like)"));
	web_field_error(o, err, "note");
	html_printf(o, "<input type=\"text\" id=\"note\" name=\"note\" value=\"%s\" autocomplete=\"off\"",
		    sf && sf->note ? sf->note : "");
	web_field_attrs(o, err, "note", NULL);
	html_printf(o, "><div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button></div></form>\n",
		    _("Count it"));
}

static void recent_entries(struct buf *o, const struct goal_entry_list *l, struct wdate today)
{
	size_t from = l->n > RECENT_ENTRIES ? l->n - RECENT_ENTRIES : 0;

	if (!l->n)
		return;
	html_printf(o, "<h3>%s</h3>\n<ul class=\"recent\">\n", _("Recent progress"));
	for (size_t i = l->n; i-- > from;) {
		const struct goal_entry *e = &l->items[i];
		struct buf d = BUF_INIT;
		goal_date_words(&d, e->when.date, today);
		html_printf(o, "<li><span class=\"when\">%s</span> <b>+%d</b>", d.data, e->count);
		if (e->note)
			html_printf(o, " <span class=\"excerpt\">%s</span>", e->note);
		html_raw(o, "</li>\n");
		buf_release(&d);
	}
	html_raw(o, "</ul>\n");
}

static void steps_section(struct web_req *req, struct buf *o, const struct goal *g,
			  const struct goal_progress *p, const struct show_forms *sf,
			  const struct err *err, struct wdate today)
{
	int open = g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED;

	html_printf(o, "<section aria-labelledby=\"steps-h\"><h2 id=\"steps-h\">%s</h2>\n", _(Q_STEPS));
	if (p->steps_total) {
		struct buf b = BUF_INIT;
		buf_addf(&b, P_("%zu of %zu step done.", "%zu of %zu steps done.", p->steps_total),
			 p->steps_done, p->steps_total);
		html_printf(o, "<p>%s</p>\n", b.data);
		buf_release(&b);
	} else
		html_printf(o, "<p>%s</p>\n", _("No steps yet. Breaking a goal into small steps can make it easier to start."));
	if (g->nsteps)
		html_raw(o, "<ol class=\"steps\">\n");
	for (size_t i = 0; i < g->nsteps; i++) {
		const struct goal_step *s = &g->steps[i];
		struct buf d = BUF_INIT;
		html_printf(o, "<li class=\"%s\"><span class=\"step-text\">", s->done.y ? "step done" : "step");
		if (s->done.y)
			html_raw(o, "<span class=\"tick\" aria-hidden=\"true\">\xe2\x9c\x93</span> ");
		html_printf(o, "%s</span>", s->text);
		if (s->done.y) {
			goal_date_words(&d, s->done, today);
			html_printf(o, " <span class=\"when\">%s %s</span>", _("done"), d.data);
		} else if (s->due.y) {
			goal_date_words(&d, s->due, today);
			html_printf(o, " <span class=\"when\">%s %s</span>", _("planned for"), d.data);
		}
		html_printf(o, "<form method=\"post\" action=\"/goals/%lld/steps/%s\">", (long long)g->id,
			    s->done.y ? "undo" : "done");
		web_csrf_input(req, o);
		html_printf(o, "<input type=\"hidden\" name=\"n\" value=\"%zu\">", i + 1);
		if (s->done.y)
			html_printf(o, "<button type=\"submit\" class=\"quiet\">%s<span class=\"visually-hidden\"> %s %zu</span></button></form></li>\n",
				    _("Not done after all"), _("step"), i + 1);
		else
			html_printf(o, "<button type=\"submit\">%s<span class=\"visually-hidden\"> %s %zu</span></button></form></li>\n",
				    _("Done"), _("step"), i + 1);
		buf_release(&d);
	}
	if (g->nsteps)
		html_raw(o, "</ol>\n");
	if (open && g->nsteps < GOAL_STEPS_MAX) {
		html_printf(o, "<form method=\"post\" action=\"/goals/%lld/steps\" class=\"step-form\">",
			    (long long)g->id);
		web_csrf_input(req, o);
		html_printf(o, "<label for=\"step\">%s</label>", _("Add a step"));
		web_field_error(o, err, "step");
		html_printf(o, "<input type=\"text\" id=\"step\" name=\"step\" value=\"%s\" autocomplete=\"off\"",
			    sf && sf->step ? sf->step : "");
		web_field_attrs(o, err, "step", NULL);
		html_printf(o, "><label for=\"by\">%s</label>", _("Planned for (if you like)"));
		web_field_error(o, err, "by");
		html_printf(o, "<input type=\"date\" id=\"by\" name=\"by\" value=\"%s\" class=\"short-date\"",
			    sf && sf->by ? sf->by : "");
		web_field_attrs(o, err, "by", NULL);
		html_printf(o, "><div class=\"actions\"><button type=\"submit\">%s</button></div></form>\n",
			    _("Add the step"));
	}
	html_raw(o, "</section>\n");
}

static void answer(struct buf *o, const char *question_text, const char *text)
{
	if (text)
		html_printf(o, "<dt>%s</dt><dd class=\"note\">%s</dd>\n", question_text, text);
}

static void plan_section(struct buf *o, const struct goal *g, struct wdate today)
{
	struct buf b = BUF_INIT_SENSITIVE;

	html_printf(o, "<section aria-labelledby=\"plan-h\"><h2 id=\"plan-h\">%s</h2>\n<dl class=\"entry-full plan-answers\">\n",
		    _("Your plan"));
	answer(o, _(Q_WHY), g->why);
	answer(o, _(Q_ACHIEVABLE), g->achievable);
	answer(o, _(Q_PREPARE), g->prepare);
	if (g->deadline.y || g->deadline_note) {
		html_printf(o, "<dt>%s</dt><dd>", _(Q_DEADLINE));
		if (g->deadline.y) {
			wdate_long(&b, g->deadline);
			buf_adds(&b, " (");
			goal_distance_words(&b, g->deadline, today);
			buf_adds(&b, ")");
			html_printf(o, "%s", b.data);
		}
		if (g->deadline_note)
			html_printf(o, "<span class=\"note\">%s</span>", g->deadline_note);
		html_raw(o, "</dd>\n");
	}
	answer(o, _(Q_REWARD), g->reward);
	answer(o, _(Q_IF_MISSED), g->if_missed);
	if (g->target.count) {
		buf_reset(&b);
		goal_target_words(&b, &g->target);
		answer(o, _("Your target"), b.data);
	}
	answer(o, _("Life area"), g->area);
	html_raw(o, "</dl>\n");
	html_printf(o, "<p><a class=\"button\" href=\"/goals/%lld/edit\">%s</a></p></section>\n",
		    (long long)g->id, _("Change the plan"));
	buf_release(&b);
}

/* A button that posts to /goals/ID/WHAT, as a form of its own. */
static void post_button(struct web_req *req, struct buf *o, int64_t id, const char *what,
			const char *label, const char *cls)
{
	html_printf(o, "<form method=\"post\" action=\"/goals/%lld/%s\">", (long long)id, what);
	web_csrf_input(req, o);
	if (cls)
		html_printf(o, "<button type=\"submit\" class=\"%s\">%s</button></form>", cls, label);
	else
		html_printf(o, "<button type=\"submit\">%s</button></form>", label);
}

static void reschedule_form(struct web_req *req, struct buf *o, const struct goal *g,
			    const struct show_forms *sf, const struct err *err)
{
	char d[11] = "";

	if (g->deadline.y)
		wdate_format(g->deadline, d);
	html_printf(o, "<form method=\"post\" action=\"/goals/%lld/reschedule\" class=\"reschedule\">",
		    (long long)g->id);
	web_csrf_input(req, o);
	html_printf(o, "<label for=\"deadline\">%s</label>", g->deadline.y ? _("A new deadline") : _("A deadline"));
	html_printf(o, "<p class=\"hint\" id=\"deadline-hint\">%s</p>",
		    _("Like 2026-12-14, 14 December 2026 or 'in 3 months'. Moving a date is part of planning: everything you have done still counts."));
	web_field_error(o, err, "deadline");
	html_printf(o, "<input type=\"text\" id=\"deadline\" name=\"deadline\" value=\"%s\" autocomplete=\"off\"",
		    sf && sf->deadline ? sf->deadline : d);
	web_field_attrs(o, err, "deadline", "deadline-hint");
	html_printf(o, "><div class=\"actions\"><button type=\"submit\">%s</button></div></form>\n",
		    _("Set the date"));
}

/* After "I have done it", or on a done goal whose reward is not noted. */
static void celebration(struct web_req *req, struct buf *o, const struct goal *g,
			const struct goal_progress *p, int just_done)
{
	struct buf b = BUF_INIT_SENSITIVE;

	html_raw(o, "<section class=\"celebrate\" aria-labelledby=\"celebrate-h\">");
	html_raw(o, "<svg class=\"sparkle\" viewBox=\"0 0 48 48\" aria-hidden=\"true\" focusable=\"false\">"
		    "<path d=\"M24 3l5.6 13.4L44 18l-11 9.6L36.4 42 24 34.6 11.6 42 15 27.6 4 18l14.4-1.6z\"/></svg>");
	if (just_done) {
		html_printf(o, "<h2 id=\"celebrate-h\">%s</h2>\n", _("You did it!"));
		if (p->total)
			goal_in_all_words(&b, p->total, g->target.what);
		if (p->steps_done) {
			if (b.len)
				buf_adds(&b, "; ");
			buf_addf(&b, P_("%zu of %zu step done", "%zu of %zu steps done", p->steps_total),
				 p->steps_done, p->steps_total);
		}
		if (b.len)
			html_printf(o, "<p>%s %s.</p>\n", _("Along the way:"), b.data);
		html_printf(o, "<p>%s</p>\n", _("That took work, and it is worth taking a moment to be proud of it."));
	} else {
		html_printf(o, "<h2 id=\"celebrate-h\">%s</h2>\n", _("Your reward"));
	}
	if (!g->reward) {
		html_printf(o, "<p>%s</p>\n", _("Remember to reward yourself for it, in whatever way you enjoy."));
	} else {
		html_printf(o, "<p>%s</p>\n<blockquote class=\"own-words\"><p>%s</p></blockquote>\n",
			    _("Your reward, as you planned it:"), g->reward);
		if (g->rewarded == 0)
			html_printf(o, "<p>%s</p>\n", _("Not had yet: do make time for it."));
		html_printf(o, "<form method=\"post\" action=\"/goals/%lld/reward\" class=\"reward-form\">",
			    (long long)g->id);
		web_csrf_input(req, o);
		html_printf(o, "<fieldset><legend>%s</legend><div class=\"actions\">",
			    g->rewarded == 0 ? _("Have you had it now?") : _("Have you had your reward yet?"));
		html_printf(o, "<button type=\"submit\" class=\"primary\" name=\"had\" value=\"yes\">%s</button>",
			    _("Yes, I have"));
		if (g->rewarded != 0)
			html_printf(o, "<button type=\"submit\" name=\"had\" value=\"no\">%s</button>",
				    _("Not yet"));
		html_raw(o, "</div></fieldset></form>\n");
	}
	html_raw(o, "</section>\n");
	buf_release(&b);
}

/* The notice a redirect asked for (?saved=1, ?logged=ID, ...). */
static void show_notice(struct web_req *req, struct buf *o, const struct goal *g,
			const struct goal_progress *p, const struct goal_entry_list *l,
			struct wdate today)
{
	struct buf b = BUF_INIT_SENSITIVE;
	const char *v;

	if ((v = web_query(req, "logged"))) {
		int64_t id = strtoll(v, NULL, 10);
		for (size_t i = 0; i < l->n && id > 0; i++) {
			const struct goal_entry *e = &l->items[i];
			if (e->id != id)
				continue;
			if (!wdate_cmp(e->when.date, today)) {
				buf_addf(&b, P_("Counted %d today.", "Counted %d today.", e->count), e->count);
			} else {
				struct buf d = BUF_INIT;
				goal_date_words(&d, e->when.date, today);
				buf_addf(&b, P_("Counted %d on %s.", "Counted %d on %s.", e->count), e->count, d.data);
				buf_release(&d);
			}
			for (size_t k = 0; k < p->nperiods; k++) {
				const struct goal_period_count *pc = &p->periods[k];
				if (wdate_cmp(e->when.date, pc->first) < 0 || wdate_cmp(e->when.date, pc->last) > 0)
					continue;
				buf_adds(&b, " ");
				if (pc->open)
					goal_so_far_words(&b, p->per);
				else
					goal_that_period_words(&b, p->per);
				buf_adds(&b, ": ");
				goal_count_words(&b, pc->count, p->target, g->target.what);
				buf_adds(&b, ".");
				if (pc->open && pc->count >= p->target && pc->count - e->count < p->target) {
					buf_adds(&b, " ");
					goal_reached_words(&b, p->per);
				}
				break;
			}
			if (p->per == GOAL_PER_NONE) {
				buf_adds(&b, " ");
				buf_addf(&b, P_("That is %ld in all.", "That is %ld in all.", p->total), p->total);
			}
		}
	} else if ((v = web_query(req, "step"))) {
		if (!strcmp(v, "added"))
			buf_adds(&b, _("The step is added."));
		else if (!strcmp(v, "undone"))
			buf_adds(&b, _("The step is back on your list."));
		else if (!strcmp(v, "done")) {
			buf_addf(&b, P_("Step done: %zu of %zu step done.", "Step done: %zu of %zu steps done.",
					p->steps_total), p->steps_done, p->steps_total);
			if (p->steps_done == p->steps_total && g->state == GOAL_ACTIVE) {
				buf_adds(&b, " ");
				buf_adds(&b, _("That was the last step. When the goal feels finished, 'I have done it' below marks it done."));
			}
		}
	} else if ((v = web_query(req, "rescheduled")) && g->deadline.y) {
		struct buf d = BUF_INIT;
		wdate_long(&d, g->deadline);
		buf_addf(&b, _("Your goal now aims for %s."), d.data);
		buf_adds(&b, " ");
		buf_adds(&b, _("Moving a date is part of planning: everything you have done so far still counts."));
		buf_release(&d);
	} else if ((v = web_query(req, "reward"))) {
		buf_adds(&b, !strcmp(v, "yes") ? _("Lovely. You earned it.")
					       : _("Do make time for it soon: you have earned it."));
	} else if (web_query(req, "resumed")) {
		buf_adds(&b, _("It is active again. Welcome back to it."));
	} else if (web_query(req, "saved")) {
		buf_adds(&b, _("Your goal is saved."));
	}
	/* data-saved: app.js forgets the draft of the form just saved */
	v = web_query(req, "saved");
	if (b.len && v && !strcmp(v, "new"))
		html_printf(o, "<p class=\"notice\" role=\"status\" data-saved=\"/goals/new\">%s</p>\n", b.data);
	else if (b.len && v)
		html_printf(o, "<p class=\"notice\" role=\"status\" data-saved=\"/goals/%lld/edit\">%s</p>\n",
			    (long long)g->id, b.data);
	else if (b.len)
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n", b.data);
	if (web_query(req, "paused") || web_query(req, "dropped")) {
		html_printf(o, "<div class=\"notice\" role=\"status\"><p>%s</p>",
			    web_query(req, "paused")
			    ? _("Paused. It will wait for you until you pick it up again.")
			    : _("You have let this goal go. Letting a goal go is allowed, and can be the right choice. It stays in your list under Dropped."));
		post_button(req, o, g->id, "resume", web_query(req, "paused") ? _("Resume it") : _("Bring it back"), NULL);
		html_raw(o, "</div>\n");
	}
	buf_release(&b);
}

/* The progress section: the target, this period so far, the chart and
 * table, the words under them, the form to count more and recent entries. */
static void progress_section(struct web_req *req, struct buf *o, const struct goal *g,
			     const struct goal_progress *p, const struct goal_entry_list *l,
			     const struct show_forms *sf, const struct err *err,
			     struct wdate today)
{
	struct buf b = BUF_INIT_SENSITIVE;
	int open = g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED;

	html_printf(o, "<section aria-labelledby=\"progress-h\"><h2 id=\"progress-h\">%s</h2>\n", _("Progress"));
	if (p->per != GOAL_PER_NONE) {
		goal_target_words(&b, &g->target);
		html_printf(o, "<p>%s <b>%s</b></p>\n", _("Your target:"), b.data);
		buf_reset(&b);
		if (open && p->nperiods && p->periods[p->nperiods - 1].open) {
			goal_so_far_words(&b, p->per);
			buf_adds(&b, ": ");
			goal_count_words(&b, p->this_count, p->target, g->target.what);
			buf_adds(&b, ".");
			html_printf(o, "<p class=\"so-far\">%s</p>\n", b.data);
			buf_reset(&b);
		}
		progress_chart(o, g, p, today);
	}
	progress_words(o, g, p, today);
	if (open)
		log_form(req, o, g, sf, err, today);
	recent_entries(o, l, today);
	html_raw(o, "</section>\n");
	buf_release(&b);
}

static int show_page(struct web_req *req, struct web_resp *resp, const struct goal *g,
		     const struct show_forms *sf, const struct err *err)
{
	static const char *const anchors[] = { "count", "date", "note", "step", "by", "deadline" };
	struct buf *o = &resp->body;
	struct goal_entry_list l;
	struct goal_progress p;
	struct err e2 = ERR_INIT;
	struct wdate today = wtoday();
	struct buf b = BUF_INIT_SENSITIVE;
	const char *anchor = "count";
	int open = g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED;
	int passed = open && g->deadline.y && wdate_cmp(g->deadline, today) < 0;

	if (goals_entries(req->wm, g->uid, &l, &e2))
		return web_fail(req, resp, &e2);
	goal_progress_compute(g, l.items, l.n, today, &p);
	for (size_t i = 0; err && i < ARRAY_SIZE(anchors); i++)
		if (!strcmp(err->field, anchors[i]))
			anchor = anchors[i];

	web_page_begin(req, resp, g->title, "goals");
	web_error_summary(o, err, _("Nothing was changed yet"), anchor);
	if (!err)
		show_notice(req, o, g, &p, &l, today);
	if (!err && web_query(req, "saved")) {
		struct goal_notes notes;
		goal_smart_check(g, goals_best_so_far(req->wm, g), today, &notes);
		smart_notes(o, &notes, g->id, _("Just suggestions: your plan is saved as you wrote it."));
	}

	html_printf(o, "<h1>%s</h1>\n", g->title);
	html_printf(o, "<p class=\"goal-meta\"><span class=\"state state-%s\">%s</span>",
		    goal_state_name(g->state), _(state_heads[g->state]));
	if ((g->state == GOAL_DONE || g->state == GOAL_DROPPED) && g->ended.y) {
		wdate_long(&b, g->ended);
		html_printf(o, " %s %s", _("on"), b.data);
		buf_reset(&b);
	}
	wdate_long(&b, g->start.date);
	html_printf(o, " \xc2\xb7 %s %s", _("set on"), b.data);
	if (g->area)
		html_printf(o, " \xc2\xb7 %s %s", _("life area:"), g->area);
	html_raw(o, "</p>\n");
	buf_reset(&b);

	if (g->state == GOAL_DONE && (web_query(req, "done") || (g->reward && g->rewarded != 1)))
		celebration(req, o, g, &p, web_query(req, "done") != NULL);

	if (passed) {
		html_raw(o, "<section class=\"passed-box\" aria-labelledby=\"passed-h\">");
		wdate_long(&b, g->deadline);
		html_printf(o, "<h2 id=\"passed-h\">%s</h2><p>", _("The deadline has passed, and that is all right"));
		html_printf(o, _("You aimed for %s. Would a new date help? Nothing you have done is lost."), b.data);
		html_raw(o, "</p>");
		if (g->if_missed)
			html_printf(o, "<p>%s</p><blockquote class=\"own-words\"><p>%s</p></blockquote>",
				    _("What you planned for this moment:"), g->if_missed);
		reschedule_form(req, o, g, sf, err);
		html_raw(o, "</section>\n");
		buf_reset(&b);
	}

	/* progress: for a finished goal, only if something was counted */
	if (open || p.total)
		progress_section(req, o, g, &p, &l, sf, err, today);

	steps_section(req, o, g, &p, sf, err, today);
	plan_section(o, g, today);

	/* moving it along */
	html_printf(o, "<section aria-labelledby=\"next-h\"><h2 id=\"next-h\">%s</h2>\n",
		    g->state == GOAL_ACTIVE ? _("Done, a new date, or a rest") : _("What next"));
	if (open && !passed)
		reschedule_form(req, o, g, sf, err);
	html_raw(o, "<div class=\"actions\">");
	if (open)
		post_button(req, o, g->id, "done", _("I have done it"), "primary");
	if (g->state == GOAL_ACTIVE)
		post_button(req, o, g->id, "pause", _("Pause for now"), NULL);
	if (g->state != GOAL_ACTIVE)
		post_button(req, o, g->id, "resume", _("Make it active again"), NULL);
	if (open)
		post_button(req, o, g->id, "drop", _("Let it go"), "quiet");
	html_raw(o, "</div>\n</section>\n");
	html_printf(o, "<p><a href=\"/goals\">%s</a></p>\n", _("Back to your goals"));
	web_page_end(req, resp);
	buf_release(&b);
	goal_progress_release(&p);
	goal_entry_list_release(&l);
	return 0;
}

int goals_page_show(struct web_req *req, struct web_resp *resp)
{
	struct goal g;

	if (load_goal(req, resp, &g))
		return 0;
	show_page(req, resp, &g, NULL, NULL);
	goal_release(&g);
	return 0;
}

/* Shows the goal's page again with the form as typed, status 400 (or the
 * failure page for anything but bad input). */
static int show_again(struct web_req *req, struct web_resp *resp, const struct goal *g,
		      const struct show_forms *sf, const struct err *err)
{
	if (err->kind != ERR_INPUT)
		return web_fail(req, resp, err);
	show_page(req, resp, g, sf, err);
	resp->status = 400;
	return 0;
}

/* A progress entry for g from what was typed or sent: count, a day
 * ("YYYY-MM-DD", or empty for now) and a note. */
static int make_entry(const struct goal *g, int count, const char *date, const char *note,
		      struct goal_entry *e, struct err *err)
{
	goal_entry_init(e);
	e->count = count;
	if (note && goal_entry_set_note(e, note, err))
		return -1;
	if (date && *date) {
		struct wdate d;
		if (wdate_parse(date, &d, err, "date"))
			return -1;
		/* a past day without a time: midday, as on the command line */
		if (wdate_cmp(d, wtoday()))
			wlocal_make(d, 12 * 60, &e->when);
		else
			wlocal_from_time(wnow(), &e->when);
	} else {
		wlocal_from_time(wnow(), &e->when);
	}
	e->when.second = 0;
	memcpy(e->goal_uid, g->uid, sizeof(e->goal_uid));
	return 0;
}

int goals_page_log_post(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct goal_entry e;
	struct err err = ERR_INIT;
	struct show_forms sf = { web_form_s(req, "count"), web_form_s(req, "date"),
				 web_form_s(req, "note"), NULL, NULL, NULL };
	int count = 1, rc;

	if (load_goal(req, resp, &g))
		return 0;
	goal_entry_init(&e);
	rc = text_parse_int(*sf.count ? sf.count : "1", 1, GOAL_COUNT_MAX, &count);
	if (rc)
		err_input(&err, "count", _("how many is a whole number from 1 to %d, like 1 or 2"),
			  GOAL_COUNT_MAX);
	if (rc || make_entry(&g, count, sf.date, sf.note, &e, &err) ||
	    goals_log_add(req->wm, &e, wtoday(), &err))
		show_again(req, resp, &g, &sf, &err);
	else
		web_redirect(resp, "/goals/%lld?logged=%lld#progress-h", (long long)g.id, (long long)e.id);
	goal_entry_release(&e);
	goal_release(&g);
	return 0;
}

/* Saves g after a change and goes back to its page with a notice. */
static int save_and_show(struct web_req *req, struct web_resp *resp, struct goal *g,
			 const char *notice)
{
	struct err err = ERR_INIT;
	int rc = goals_update(req->wm, g, &err);

	if (rc > 0)
		return not_found(req, resp);
	if (rc < 0)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/goals/%lld?%s", (long long)g->id, notice);
	return 0;
}

int goals_page_step_add_post(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct err err = ERR_INIT;
	struct wdate by = { 0, 0, 0 };
	struct show_forms sf = { NULL, NULL, NULL, web_form_s(req, "step"), web_form_s(req, "by"), NULL };

	if (load_goal(req, resp, &g))
		return 0;
	if ((*sf.by && wdate_parse_kind(sf.by, wtoday(), &by, &err, "by")) ||
	    goal_add_step(&g, sf.step, by, &err)) {
		show_again(req, resp, &g, &sf, &err);
	} else {
		save_and_show(req, resp, &g, "step=added#steps-h");
	}
	goal_release(&g);
	return 0;
}

/* The step the form names ("n", 1-based): its index, or -1 (and the page
 * has answered). */
static long step_index(struct web_req *req, struct web_resp *resp, const struct goal *g)
{
	struct err err = ERR_INIT;
	int n;

	if (text_parse_int(web_form_s(req, "n"), 1, g->nsteps ? (int)g->nsteps : 1, &n) ||
	    (size_t)n > g->nsteps) {
		err_input(&err, "n", _("that is not one of this goal's steps; they are numbered 1 to %zu"),
			  g->nsteps);
		web_fail(req, resp, &err);
		return -1;
	}
	return n - 1;
}

static int step_mark(struct web_req *req, struct web_resp *resp, int done)
{
	struct goal g;
	long i;

	if (load_goal(req, resp, &g))
		return 0;
	if ((i = step_index(req, resp, &g)) >= 0) {
		g.steps[i].done = done ? wtoday() : (struct wdate){ 0, 0, 0 };
		save_and_show(req, resp, &g, done ? "step=done#steps-h" : "step=undone#steps-h");
	}
	goal_release(&g);
	return 0;
}

int goals_page_step_done_post(struct web_req *req, struct web_resp *resp)
{
	return step_mark(req, resp, 1);
}

int goals_page_step_undo_post(struct web_req *req, struct web_resp *resp)
{
	return step_mark(req, resp, 0);
}

int goals_page_done_post(struct web_req *req, struct web_resp *resp)
{
	struct goal g;

	if (load_goal(req, resp, &g))
		return 0;
	if (g.state == GOAL_DONE) {
		/* already done (a second press): the celebration again */
		web_redirect(resp, "/goals/%lld?done=1", (long long)g.id);
	} else {
		g.state = GOAL_DONE;
		g.ended = wtoday();
		g.rewarded = -1;
		save_and_show(req, resp, &g, "done=1");
	}
	goal_release(&g);
	return 0;
}

int goals_page_reward_post(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct err err = ERR_INIT;
	const char *had = web_form_s(req, "had");

	if (load_goal(req, resp, &g))
		return 0;
	if (strcmp(had, "yes") && strcmp(had, "no")) {
		err_input(&err, "had", "%s", _("please answer yes or not yet"));
		web_fail(req, resp, &err);
	} else {
		g.rewarded = !strcmp(had, "yes");
		save_and_show(req, resp, &g, g.rewarded ? "reward=yes" : "reward=no");
	}
	goal_release(&g);
	return 0;
}

int goals_page_reschedule_post(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct err err = ERR_INIT;
	struct wdate today = wtoday(), d;
	struct show_forms sf = { NULL, NULL, NULL, NULL, NULL, web_form_s(req, "deadline") };

	if (load_goal(req, resp, &g))
		return 0;
	if (goal_parse_deadline(sf.deadline, today, &d, &err)) {
		show_again(req, resp, &g, &sf, &err);
	} else if (wdate_cmp(d, today) < 0) {
		struct buf b = BUF_INIT;
		wdate_long(&b, d);
		err_input(&err, "deadline", _("%s has already gone by: the new date can be today or any day after"),
			  b.data);
		buf_release(&b);
		show_again(req, resp, &g, &sf, &err);
	} else {
		g.deadline = d;
		save_and_show(req, resp, &g, "rescheduled=1");
	}
	goal_release(&g);
	return 0;
}

/* pause, resume and drop. A goal that is already there stays as it is. */
static int change_state(struct web_req *req, struct web_resp *resp, enum goal_state to)
{
	static const char *const notices[GOAL_STATE__MAX] = {
		"resumed=1", "paused=1", NULL, "dropped=1",
	};
	struct goal g;
	struct err err = ERR_INIT;

	if (load_goal(req, resp, &g))
		return 0;
	if (g.state == to) {
		web_redirect(resp, "/goals/%lld", (long long)g.id);
	} else if (to == GOAL_PAUSED && g.state != GOAL_ACTIVE) {
		err_input(&err, "state", _("this goal is %s, so there is nothing to pause"),
			  goal_state_words(g.state));
		web_fail(req, resp, &err);
	} else if (to == GOAL_DROPPED && g.state == GOAL_DONE) {
		err_input(&err, "state", "%s", _("this goal is done, so there is nothing to let go of"));
		web_fail(req, resp, &err);
	} else {
		g.state = to;
		g.ended = to == GOAL_DROPPED ? wtoday() : (struct wdate){ 0, 0, 0 };
		if (to == GOAL_ACTIVE)
			g.rewarded = -1;
		save_and_show(req, resp, &g, notices[to]);
	}
	goal_release(&g);
	return 0;
}

int goals_page_pause_post(struct web_req *req, struct web_resp *resp)
{
	return change_state(req, resp, GOAL_PAUSED);
}

int goals_page_resume_post(struct web_req *req, struct web_resp *resp)
{
	return change_state(req, resp, GOAL_ACTIVE);
}

int goals_page_drop_post(struct web_req *req, struct web_resp *resp)
{
	return change_state(req, resp, GOAL_DROPPED);
}

/* ---- the calendar feed ---- */

int goals_page_calendar_post(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;
	struct buf secret = BUF_INIT_SENSITIVE;
	const char *action = web_form_s(req, "action");
	int rc;

	if (!strcmp(action, "new"))
		rc = web_feed_renew(req, FEED_NAME, &secret, &err);
	else if (!strcmp(action, "off"))
		rc = web_feed_forget(req, FEED_NAME, &err);
	else
		rc = err_input(&err, "action", "%s", _("please choose a new address or turning it off"));
	buf_release(&secret);
	if (rc)
		return web_fail(req, resp, &err);
	web_redirect(resp, "/goals?calendar=%s#calendar", !strcmp(action, "new") ? "new" : "off");
	return 0;
}

int goals_page_feed(struct web_req *req, struct web_resp *resp)
{
	struct err err = ERR_INIT;

	if (!web_feed_check(req, resp, FEED_NAME))
		return 0;
	if (goals_ics(req->wm, &resp->body, &err)) {
		buf_reset(&resp->body);
		return web_fail(req, resp, &err);
	}
	resp->type = "text/calendar; charset=utf-8";
	return 0;
}

/* ---- hooks for other pages ---- */

/* One thing due, as a list item linking to its goal. */
static void due_item(struct buf *o, const struct goal_due *d, struct wdate today)
{
	struct buf b = BUF_INIT_SENSITIVE;

	switch (d->kind) {
	case GOAL_DUE_STEP:
		html_printf(o, "<li><a href=\"/goals/%lld#steps-h\">%s</a> <span class=\"hint\">", (long long)d->goal_id, d->text);
		buf_addf(&b, _("a step towards %s"), d->title);
		goal_due_when_words(&b, d, today);
		html_printf(o, "%s</span></li>\n", b.data);
		break;
	case GOAL_DUE_TARGET:
		goal_count_words(&b, d->count, d->target, d->what);
		buf_addf(&b, " %s %s", goal_this_period_words(d->per), _("so far"));
		html_printf(o, "<li><a href=\"/goals/%lld\">%s</a> <span class=\"hint\">%s</span></li>\n",
			    (long long)d->goal_id, d->title, b.data);
		break;
	case GOAL_DUE_PASSED:
		buf_adds(&b, _("the deadline was "));
		goal_date_words(&b, d->date, today);
		buf_adds(&b, _(": a new date, when you are ready?"));
		html_printf(o, "<li><a href=\"/goals/%lld#deadline\">%s</a> <span class=\"hint\">%s</span></li>\n",
			    (long long)d->goal_id, d->title, b.data);
		break;
	default:
		buf_adds(&b, _("deadline "));
		if (d->today)
			buf_adds(&b, _("today"));
		else
			goal_date_words(&b, d->date, today);
		html_printf(o, "<li><a href=\"/goals/%lld\">%s</a> <span class=\"hint\">%s</span></li>\n",
			    (long long)d->goal_id, d->title, b.data);
		break;
	}
	buf_release(&b);
}

void goals_today_due(struct web_req *req, struct buf *out)
{
	static const char *const heads[] = {
		N_("Today"), N_("Later this week"), N_("Deadlines that have passed"),
	};
	struct goal_due_list l;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	size_t shown = 0;

	if (goals_due(req->wm, today, &l, &err) || !l.n) {
		goal_due_list_release(&l);
		return;
	}
	html_printf(out, "<section class=\"due\" aria-labelledby=\"due-h\"><h2 id=\"due-h\">%s</h2>\n",
		    _("For your goals"));
	for (int group = 0; group < 3; group++) {
		int head = 0;
		for (size_t i = 0; i < l.n && shown < TODAY_ITEMS; i++) {
			const struct goal_due *d = &l.items[i];
			int g = d->kind == GOAL_DUE_PASSED ? 2 : d->today ? 0 : 1;
			if (g != group)
				continue;
			if (!head++)
				html_printf(out, "<h3>%s</h3><ul>\n", _(heads[group]));
			due_item(out, d, today);
			shown++;
		}
		if (head)
			html_raw(out, "</ul>\n");
	}
	if (l.n > shown) {
		struct buf b = BUF_INIT;
		buf_addf(&b, P_("%zu more on your goals page", "%zu more on your goals page", l.n - shown),
			 l.n - shown);
		html_printf(out, "<p><a href=\"/goals\">%s</a></p>\n", b.data);
		buf_release(&b);
	} else
		html_printf(out, "<p><a href=\"/goals\">%s</a></p>\n", _("Your goals"));
	html_raw(out, "</section>\n");
	goal_due_list_release(&l);
}

void goals_day_events(struct web_req *req, const char *day, struct buf *out)
{
	struct goal_event_list l;
	struct err err = ERR_INIT;
	struct wdate d;

	if (wdate_parse(day, &d, &err, "day") || goals_events_for_day(req->wm, d, &l, &err))
		return;
	if (!l.n) {
		goal_event_list_release(&l);
		return;
	}
	html_printf(out, "<ul class=\"goal-events\" aria-label=\"%s\">\n", _("Your goals that day"));
	for (size_t i = 0; i < l.n; i++) {
		const struct goal_event *ev = &l.items[i];
		/* what happened, then the goal it was for as a link of its own */
		html_raw(out, "<li><span class=\"what\">");
		switch (ev->kind) {
		case GOAL_EVENT_PROGRESS:
			if (ev->minute >= 0) {
				char t[6];
				wclock_format(ev->minute, t);
				html_printf(out, "<span class=\"when\">%s</span> ", t);
			}
			html_printf(out, _("Counted %ld"), ev->count);
			if (ev->text)
				html_printf(out, ": %s", ev->text);
			break;
		case GOAL_EVENT_STEP_DONE:
			html_printf(out, "%s %s", _("Step done:"), ev->text);
			break;
		default:
			html_printf(out, "%s", _("Goal done. Well done."));
			break;
		}
		html_printf(out, "</span><a href=\"/goals/%lld\">%s</a>", (long long)ev->goal_id, ev->title);
		html_raw(out, "</li>\n");
	}
	html_raw(out, "</ul>\n");
	goal_event_list_release(&l);
}

/* ---- the JSON API ---- */

static json_t *body_object(struct web_req *req, struct err *err)
{
	json_error_t jerr;
	json_t *body = json_loadb(req->body.data, req->body.len, JSON_REJECT_DUPLICATES, &jerr);

	if (!body || !json_is_object(body)) {
		json_decref(body);
		err_input(err, NULL, "the body must be a JSON object (%s)", jerr.text);
		return NULL;
	}
	return body;
}

int goals_api_list(struct web_req *req, struct web_resp *resp)
{
	struct goal_list l;
	struct goal_entry_list entries;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	json_t *a;

	if (goals_list(req->wm, &l, &err))
		return web_fail(req, resp, &err);
	if (goals_entries(req->wm, NULL, &entries, &err)) {
		goal_list_release(&l);
		return web_fail(req, resp, &err);
	}
	a = json_array();
	for (size_t i = 0; i < l.n; i++) {
		struct goal_progress p;
		goal_progress_compute(&l.items[i], entries.items, entries.n, today, &p);
		json_array_append_new(a, goal_to_json(&l.items[i], &p));
		goal_progress_release(&p);
	}
	web_json(resp, 200, json_pack("{s:o}", "goals", a));
	goal_entry_list_release(&entries);
	goal_list_release(&l);
	return 0;
}

int goals_api_get(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct goal_entry_list l;
	struct goal_progress p;
	struct err err = ERR_INIT;
	int rc = goals_get(req->wm, req->id, &g, &err);
	json_t *a;

	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "there is no goal %lld", (long long)req->id);
	if (rc || goals_entries(req->wm, g.uid, &l, &err)) {
		goal_release(&g);
		web_json_error(resp, &err);
		return 0;
	}
	goal_progress_compute(&g, l.items, l.n, wtoday(), &p);
	a = json_array();
	for (size_t i = 0; i < l.n; i++)
		json_array_append_new(a, goal_entry_to_json(&l.items[i]));
	web_json(resp, 200, json_pack("{s:o, s:o}", "goal", goal_to_json(&g, &p), "entries", a));
	goal_progress_release(&p);
	goal_entry_list_release(&l);
	goal_release(&g);
	return 0;
}

/* Reads a new goal's JSON body into f and steps: the plan's answers as
 * text (the same words as the form), and "steps" as an array of text.
 * Anything else is refused, naming it. */
static int api_plan(json_t *body, struct plan_form *f, char ***steps, size_t *nsteps,
		    struct err *err)
{
	char **fields[] = PLAN_FIELDS(f);
	const char *key;
	json_t *v;

	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		set_field(fields[i], "");
	json_object_foreach(body, key, v) {
		size_t i, k;
		json_t *s;
		if (!strcmp(key, "steps")) {
			if (!json_is_array(v))
				return err_input(err, "step", "'steps' must be an array of text");
			json_array_foreach(v, k, s) {
				if (!json_is_string(s))
					return err_input(err, "step", "each step must be text");
				*steps = xrealloc(*steps, (*nsteps + 1) * sizeof(**steps));
				(*steps)[(*nsteps)++] = xstrdup(json_string_value(s));
			}
			continue;
		}
		for (i = 0; i < ARRAY_SIZE(plan_names); i++)
			if (strcmp(plan_names[i], "step") && !strcmp(key, plan_names[i]))
				break;
		if (i == ARRAY_SIZE(plan_names))
			return err_input(err, NULL, "'%s' is not something a goal has", key);
		if (!json_is_string(v) && !json_is_null(v))
			return err_input(err, key, "'%s' must be text", key);
		set_field(fields[i], json_is_string(v) ? json_string_value(v) : "");
	}
	return 0;
}

int goals_api_create(struct web_req *req, struct web_resp *resp)
{
	struct plan_form f;
	struct goal g;
	struct err err = ERR_INIT;
	char **steps = NULL;
	size_t nsteps = 0;
	json_t *body = body_object(req, &err);

	memset(&f, 0, sizeof(f));
	goal_init(&g);
	if (!body || api_plan(body, &f, &steps, &nsteps, &err) ||
	    plan_to_goal(&f, steps, nsteps, &g, wtoday(), &err) ||
	    goals_add(req->wm, &g, &err)) {
		web_json_error(resp, &err);
	} else {
		struct goal_notes notes;
		json_t *a = json_array();
		goal_smart_check(&g, goals_best_so_far(req->wm, &g), wtoday(), &notes);
		for (size_t i = 0; i < notes.n; i++)
			json_array_append_new(a, json_pack("{s:s, s:s}", "field", notes.items[i].field,
							   "message", notes.items[i].msg));
		web_json(resp, 201, json_pack("{s:o, s:o}", "goal", goal_to_json(&g, NULL),
					      "suggestions", a));
	}
	json_decref(body);
	text_free_list(steps, nsteps);
	goal_release(&g);
	plan_release(&f);
	return 0;
}

int goals_api_log(struct web_req *req, struct web_resp *resp)
{
	struct goal g;
	struct goal_entry e;
	struct err err = ERR_INIT;
	json_t *body = NULL, *v;
	const char *key, *date = NULL, *note = NULL;
	int count = 1, rc = goals_get(req->wm, req->id, &g, &err);

	goal_entry_init(&e);
	if (rc > 0)
		err_kind_set(&err, ERR_NOTFOUND, "there is no goal %lld", (long long)req->id);
	if (rc || !(body = body_object(req, &err)))
		goto fail;
	json_object_foreach(body, key, v) {
		if (!strcmp(key, "count")) {
			if (!json_is_integer(v) || json_integer_value(v) < 1 ||
			    json_integer_value(v) > GOAL_COUNT_MAX) {
				err_input(&err, "count", "'count' is a whole number from 1 to %d", GOAL_COUNT_MAX);
				goto fail;
			}
			count = (int)json_integer_value(v);
		} else if (!strcmp(key, "date") && json_is_string(v)) {
			date = json_string_value(v);
		} else if (!strcmp(key, "note") && json_is_string(v)) {
			note = json_string_value(v);
		} else {
			err_input(&err, key, "'%s' is not something progress has (count, date, note), or is not text", key);
			goto fail;
		}
	}
	if (make_entry(&g, count, date, note, &e, &err) ||
	    goals_log_add(req->wm, &e, wtoday(), &err))
		goto fail;
	web_json(resp, 201, json_pack("{s:o}", "entry", goal_entry_to_json(&e)));
	goto out;
fail:
	web_json_error(resp, &err);
out:
	json_decref(body);
	goal_entry_release(&e);
	goal_release(&g);
	return 0;
}
