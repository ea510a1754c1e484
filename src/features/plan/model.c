/* SPDX-License-Identifier: MIT */
/*
 * model.c: the plan's parts, its rules, review reminders, the crisis
 * steps and the printable card (see plan.h). No I/O: the CLI, the pages
 * and import all come through here. Section names and prompts are our own
 * words; nothing is copied from a trade-marked or licensed template.
 */
#include "core/crisis.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "plan.h"
#include "web/html.h"

static const struct plan_section_info sections[PLAN_SECTION__MAX] = {
	[PLAN_SEC_TOOLBOX] = { "toolbox", "toolbox", N_("My wellness toolbox"),
		N_("Things that help me stay well, or feel better when I am not.") },
	[PLAN_SEC_WHEN_WELL] = { "when-well", "when_well", N_("What I am like when I am well"),
		N_("How I am, and how others see me, when I am well.") },
	[PLAN_SEC_DAILY] = { "daily", "daily", N_("My daily maintenance list"),
		N_("Small things I do every day to keep well.") },
	[PLAN_SEC_TRIGGERS] = { "triggers", "triggers", N_("My triggers and what I will do"),
		N_("Things that can knock me off balance, and my plan for when they happen.") },
	[PLAN_SEC_WARNING_SIGNS] = { "warning-signs", "warning_signs",
		N_("Early warning signs and what I will do"),
		N_("Small changes that tell me I am starting to struggle, and what I will do then.") },
	[PLAN_SEC_BREAKING_DOWN] = { "breaking-down", "breaking_down",
		N_("When things are breaking down and what I will do"),
		N_("How I know things are getting much worse, and what I will do then.") },
	[PLAN_SEC_CRISIS] = { "crisis", "crisis", N_("My crisis plan"),
		N_("Written while I am well, for the people around me, for a time when I cannot look after myself.") },
	[PLAN_SEC_AFTER_CRISIS] = { "after-crisis", "after_crisis", N_("After a crisis"),
		N_("What I need to recover, who does what, and how I will know the crisis is over.") },
	[PLAN_SEC_SAFETY] = { "safety", "safety", N_("My safety plan"),
		N_("Short steps to keep myself safe when things get very hard, to try one after another.") },
};

static const struct plan_list_info lists[PLAN_LIST__MAX] = {
	[PLAN_TOOLBOX] = { "toolbox", PLAN_SEC_TOOLBOX, NULL, N_("My wellness toolbox"),
		N_("One thing that helps you stay well or feel better, such as a walk or a call with a friend."), 0 },
	[PLAN_WHEN_WELL] = { "when-well", PLAN_SEC_WHEN_WELL, NULL, N_("What I am like when I am well"),
		N_("A word or two about you when you are well, such as 'chatty' or 'I sleep through'."), 0 },
	[PLAN_DAILY] = { "daily", PLAN_SEC_DAILY, NULL, N_("My daily maintenance list"),
		N_("Something small you do every day to keep well, such as 'take my tablets with breakfast'."), 0 },
	[PLAN_TRIGGERS] = { "triggers", PLAN_SEC_TRIGGERS, "tags", N_("Triggers"),
		N_("Something that can knock you off balance, as a short tag like the ones in your check-ins."), 1 },
	[PLAN_TRIGGER_ACTIONS] = { "triggers.actions", PLAN_SEC_TRIGGERS, "actions", N_("What I will do"),
		N_("Something you will do if one of your triggers happens."), 0 },
	[PLAN_WARNING_SIGNS] = { "warning-signs", PLAN_SEC_WARNING_SIGNS, "tags", N_("Early warning signs"),
		N_("A small change that tells you things are slipping, as a short tag like 'not sleeping'."), 1 },
	[PLAN_WARNING_ACTIONS] = { "warning-signs.actions", PLAN_SEC_WARNING_SIGNS, "actions", N_("What I will do"),
		N_("Something you will do when you notice an early warning sign."), 0 },
	[PLAN_BREAKING_SIGNS] = { "breaking-down", PLAN_SEC_BREAKING_DOWN, "signs", N_("Signs"),
		N_("A sign that things are getting much worse."), 0 },
	[PLAN_BREAKING_ACTIONS] = { "breaking-down.actions", PLAN_SEC_BREAKING_DOWN, "actions", N_("What I will do"),
		N_("Something you will do, or ask others to do, when things are breaking down."), 0 },
	[PLAN_CRISIS_SIGNS] = { "crisis.signs", PLAN_SEC_CRISIS, "signs", N_("Signs that others should take over"),
		N_("A sign that tells the people around you it is time for them to step in."), 0 },
	[PLAN_CRISIS_CONTACTS] = { "crisis.contacts", PLAN_SEC_CRISIS, "contacts", N_("Who to contact, and who not to involve"),
		N_("Someone to contact in a crisis and what they can do, or someone you do not want involved."), 0 },
	[PLAN_CRISIS_MEDICINES] = { "crisis.medicines", PLAN_SEC_CRISIS, "medicines", N_("My medicines"),
		N_("A medicine you take, one that helps, or one to avoid (allergies too)."), 0 },
	[PLAN_CRISIS_TREATMENT] = { "crisis.treatment", PLAN_SEC_CRISIS, "treatment", N_("Treatment I would prefer, and what to avoid"),
		N_("Care or a place you would prefer, or would rather avoid."), 0 },
	[PLAN_CRISIS_HELPS] = { "crisis.helps", PLAN_SEC_CRISIS, "helps", N_("What helps me"),
		N_("Something others can do or say that helps you."), 0 },
	[PLAN_CRISIS_UNHELPFUL] = { "crisis.unhelpful", PLAN_SEC_CRISIS, "unhelpful", N_("What does not help"),
		N_("Something others should not do or say."), 0 },
	[PLAN_CRISIS_LOOKING_AFTER] = { "crisis.looking-after", PLAN_SEC_CRISIS, "looking_after", N_("Who looks after what"),
		N_("Who looks after your children, pets, home or bills, such as 'Sam feeds the cat'."), 0 },
	[PLAN_AFTER_CRISIS] = { "after-crisis", PLAN_SEC_AFTER_CRISIS, NULL, N_("After a crisis"),
		N_("Something you will need afterwards, or a sign that the crisis is over."), 0 },
	[PLAN_SAFETY_SIGNS] = { "safety.signs", PLAN_SEC_SAFETY, "signs", N_("My warning signs"),
		N_("A thought, feeling or situation that tells you a crisis may be coming."), 0 },
	[PLAN_SAFETY_ON_MY_OWN] = { "safety.on-my-own", PLAN_SEC_SAFETY, "on_my_own", N_("Things I can do on my own"),
		N_("Something you can do by yourself to get through a hard moment."), 0 },
	[PLAN_SAFETY_DISTRACTIONS] = { "safety.distractions", PLAN_SEC_SAFETY, "distractions",
		N_("People and places that take my mind off things"),
		N_("A person or a place that takes your mind off things."), 0 },
	[PLAN_SAFETY_PEOPLE] = { "safety.people", PLAN_SEC_SAFETY, "people", N_("People I can ask for help"),
		N_("Someone you can tell you are struggling, with their number."), 0 },
	[PLAN_SAFETY_PROFESSIONALS] = { "safety.professionals", PLAN_SEC_SAFETY, "professionals",
		N_("Professionals and lines I can contact"),
		N_("Your GP, crisis team or a line you trust, with the number (national lines are always shown too)."), 0 },
	[PLAN_SAFETY_SAFER] = { "safety.safer", PLAN_SEC_SAFETY, "safer", N_("Making my surroundings safer"),
		N_("Something you or someone else can do to make where you are safer."), 0 },
	[PLAN_SAFETY_REASONS] = { "safety.reasons", PLAN_SEC_SAFETY, "reasons", N_("My reasons for living"),
		N_("Someone or something that matters to you."), 0 },
};

const struct plan_section_info *plan_section_info(enum plan_section s)
{
	if (s >= PLAN_SECTION__MAX)
		BUG("no plan section %d", (int)s);
	return &sections[s];
}

const struct plan_list_info *plan_list_info(enum plan_list l)
{
	if (l >= PLAN_LIST__MAX)
		BUG("no plan list %d", (int)l);
	return &lists[l];
}

int plan_parse_target(const char *s, int *list, int *section, struct err *err)
{
	char *t = text_trimmed(s);
	char *low = text_lower(t);

	free(t);
	*list = -1;
	*section = -1;
	for (char *c = low; *c; c++)
		if (*c == ' ' || *c == '_')
			*c = '-';
	for (int i = 0; i < PLAN_LIST__MAX; i++) {
		if (!strcmp(low, lists[i].id)) {
			*list = i;
			*section = (int)lists[i].section;
		}
	}
	for (int i = 0; i < PLAN_SECTION__MAX; i++)
		if (!strcmp(low, sections[i].id))
			*section = i;
	free(low);
	if (*section < 0)
		return err_input(err, "section",
			_("'%s' is not a part of your plan: try toolbox, when-well, daily, triggers, "
			  "warning-signs, breaking-down, crisis, after-crisis or safety"), s);
	return 0;
}

size_t plan_section_lists(enum plan_section s, enum plan_list out[PLAN_LIST__MAX])
{
	size_t n = 0;

	for (int l = 0; l < PLAN_LIST__MAX; l++)
		if (lists[l].section == s)
			out[n++] = (enum plan_list)l;
	return n;
}

int plan_section_is_empty(const struct plan *p, enum plan_section s)
{
	enum plan_list ls[PLAN_LIST__MAX];
	size_t n = plan_section_lists(s, ls);

	for (size_t i = 0; i < n; i++)
		if (p->nitems[ls[i]])
			return 0;
	return 1;
}

void plan_init(struct plan *p)
{
	memset(p, 0, sizeof(*p));
}

void plan_release(struct plan *p)
{
	for (int l = 0; l < PLAN_LIST__MAX; l++)
		text_free_list(p->items[l], p->nitems[l]);
	plan_init(p);
}

int plan_is_empty(const struct plan *p)
{
	for (int l = 0; l < PLAN_LIST__MAX; l++)
		if (p->nitems[l])
			return 0;
	return 1;
}

/* Checks and shapes one item for list l into *out (owned), or NULL if it
 * is empty. */
static int shape_item(enum plan_list l, const char *text, char **out, struct err *err)
{
	const char *id = lists[l].id;
	char *t;

	*out = NULL;
	if (!text_valid(text, 0))
		return err_input(err, id,
			_("that has a character Waymark cannot store, or a line break; one line per item, please"));
	t = text_trimmed(text);
	if (text_chars(t) > PLAN_ITEM_MAX) {
		free(t);
		return err_input(err, id, _("an item can be up to %d characters; please shorten it or split it in two"),
				 PLAN_ITEM_MAX);
	}
	if (lists[l].tags) {
		char *tag;
		int r = text_tag(t, &tag, id, err);
		free(t);
		if (r)
			return -1;
		t = tag;
	}
	if (t && !*t) {
		free(t);
		t = NULL;
	}
	*out = t;
	return 0;
}

static int has_item(const struct plan *p, enum plan_list l, const char *item)
{
	for (size_t i = 0; i < p->nitems[l]; i++)
		if (!strcmp(p->items[l][i], item))
			return 1;
	return 0;
}

int plan_add_item(struct plan *p, enum plan_list l, const char *text, struct err *err)
{
	char *item;

	if (shape_item(l, text, &item, err))
		return -1;
	if (!item)
		return err_input(err, lists[l].id, _("there is nothing to add: please write something"));
	if (lists[l].tags && has_item(p, l, item)) {
		free(item);
		return 1;
	}
	if (p->nitems[l] >= PLAN_ITEMS_MAX) {
		free(item);
		return err_input(err, lists[l].id, _("a list can hold up to %d items"), PLAN_ITEMS_MAX);
	}
	p->items[l] = xrealloc(p->items[l], (p->nitems[l] + 1) * sizeof(char *));
	p->items[l][p->nitems[l]++] = item;
	return 0;
}

int plan_remove_item(struct plan *p, enum plan_list l, size_t n, struct err *err)
{
	if (n < 1 || n > p->nitems[l]) {
		if (!p->nitems[l])
			return err_input(err, lists[l].id, _("'%s' has nothing in it yet, so there is nothing to take out"),
					 _(lists[l].title));
		return err_input(err, lists[l].id,
			P_("there is no item %zu in '%s': it has %zu item",
			   "there is no item %zu in '%s': it has %zu items", p->nitems[l]),
			n, _(lists[l].title), p->nitems[l]);
	}
	free(p->items[l][n - 1]);
	memmove(&p->items[l][n - 1], &p->items[l][n], (p->nitems[l] - n) * sizeof(char *));
	p->nitems[l]--;
	return 0;
}

void plan_clear_list(struct plan *p, enum plan_list l)
{
	text_free_list(p->items[l], p->nitems[l]);
	p->items[l] = NULL;
	p->nitems[l] = 0;
}

int plan_set_list_text(struct plan *p, enum plan_list l, const char *text,
		       struct err *err)
{
	struct plan tmp;
	const char *line = text;
	size_t lineno = 0;
	int rc = 0;

	plan_init(&tmp);
	while (*line && !rc) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		char *raw = xstrndup(line, len), *t;

		lineno++;
		if (len && raw[len - 1] == '\r')
			raw[len - 1] = '\0';
		t = text_trimmed(raw);
		free(raw);
		if ((t[0] == '-' || t[0] == '*') && t[1] == ' ')
			memmove(t, t + 2, strlen(t + 2) + 1);
		if (*t && plan_add_item(&tmp, l, t, err) < 0) {
			err_prefix(err, _("line %zu: "), lineno);
			rc = -1;
		}
		free(t);
		line = end ? end + 1 : line + len;
	}
	if (!rc) {
		plan_clear_list(p, l);
		p->items[l] = tmp.items[l];
		p->nitems[l] = tmp.nitems[l];
		tmp.items[l] = NULL;
		tmp.nitems[l] = 0;
	}
	plan_release(&tmp);
	return rc;
}

int plan_parse_review_months(const char *s, int *out, struct err *err)
{
	char *end;
	long v;

	if (text_eq_fold(s, "never") || text_eq_fold(s, "off")) {
		*out = 0;
		return 0;
	}
	v = strtol(s, &end, 10);
	if (!*s || *end || v < 0 || v > PLAN_REVIEW_MAX || (*s < '0' || *s > '9'))
		return err_input(err, "review",
			_("a review can be every 1 to %d months, or 'never'; '%s' is not one of those"),
			PLAN_REVIEW_MAX, s);
	*out = (int)v;
	return 0;
}

int plan_has_tag(const struct plan *p, enum plan_list l, const char *tag)
{
	struct err err = ERR_INIT;
	char *norm;
	int found;

	if (!lists[l].tags || text_tag(tag, &norm, "tag", &err) || !norm)
		return 0;
	found = has_item(p, l, norm);
	free(norm);
	return found;
}

/* ---- reviews ---- */

/* d plus n months, on the same day of the month or the month's last. */
static struct wdate add_months(struct wdate d, int n)
{
	int m0 = d.m - 1 + n;
	struct wdate r = { d.y + m0 / 12, m0 % 12 + 1, d.d };
	int dim = wdate_days_in_month(r.y, r.m);

	if (r.d > dim)
		r.d = dim;
	return r;
}

/* The day of the last review, or of the plan's making. */
static struct wdate last_review(const struct plan *p, struct wdate today)
{
	struct wlocal made;

	if (p->reviewed.y)
		return p->reviewed;
	if (!p->created)
		return today;
	wlocal_from_time(p->created, &made);
	return made.date;
}

struct wdate plan_next_review(const struct plan *p)
{
	struct wdate none = { 0, 0, 0 };
	struct wlocal now;

	if (!p->review_months)
		return none;
	wlocal_from_time(wnow(), &now);
	return add_months(last_review(p, now.date), p->review_months);
}

enum plan_review plan_review_due(const struct plan *p, struct wdate today,
				 const struct wdate *last_crisis)
{
	struct wdate base = last_review(p, today);

	if (plan_is_empty(p))
		return PLAN_REVIEW_NOT_DUE;
	if (last_crisis && wdate_cmp(*last_crisis, base) > 0)
		return PLAN_REVIEW_AFTER_CRISIS;
	if (p->review_months && wdate_cmp(today, add_months(base, p->review_months)) >= 0)
		return PLAN_REVIEW_DUE;
	return PLAN_REVIEW_NOT_DUE;
}

void plan_review_text(struct buf *sb, enum plan_review r, const struct plan *p,
		      struct wdate today)
{
	struct wdate base = last_review(p, today);
	long months = (long)((today.y - base.y) * 12 + (today.m - base.m) - (today.d < base.d));

	switch (r) {
	case PLAN_REVIEW_AFTER_CRISIS:
		buf_adds(sb, _("You have been through a hard time lately. When you feel ready, it may "
				"help to look over your plan: what helped, and what you would change."));
		break;
	case PLAN_REVIEW_DUE:
		if (months < 1)
			months = 1;
		buf_addf(sb, P_("It has been %ld month since you last looked over your plan. When you "
				 "feel ready, it may help to check it still fits.",
				 "It has been %ld months since you last looked over your plan. When you "
				 "feel ready, it may help to check it still fits.", months), months);
		break;
	default:
		break;
	}
}

/* ---- the crisis response ---- */

static const enum plan_list crisis_order[] = {
	PLAN_SAFETY_ON_MY_OWN, PLAN_SAFETY_DISTRACTIONS, PLAN_SAFETY_PEOPLE,
	PLAN_SAFETY_PROFESSIONALS, PLAN_SAFETY_SAFER, PLAN_SAFETY_REASONS,
};

size_t plan_crisis_steps(const struct plan *p, size_t max_items, char ***lines,
			 size_t *nlines)
{
	size_t added = 0;

	for (size_t k = 0; k < ARRAY_SIZE(crisis_order); k++) {
		enum plan_list l = crisis_order[k];
		struct buf b = BUF_INIT;
		size_t shown;

		if (!p->nitems[l])
			continue;
		buf_addf(&b, "%s: ", _(lists[l].title));
		shown = p->nitems[l] < max_items ? p->nitems[l] : max_items;
		for (size_t i = 0; i < shown; i++)
			buf_addf(&b, "%s%s", i ? "; " : "", p->items[l][i]);
		if (shown < p->nitems[l])
			buf_addf(&b, P_("; and %zu more", "; and %zu more", p->nitems[l] - shown),
				 p->nitems[l] - shown);
		*lines = xrealloc(*lines, (*nlines + 1) * sizeof(char *));
		(*lines)[(*nlines)++] = buf_detach(&b, NULL);
		added++;
	}
	return added;
}

/* ---- the card ---- */

/* What the card shows, in order: for others first, then for me. */
static const enum plan_list card_for_others[] = {
	PLAN_CRISIS_SIGNS, PLAN_CRISIS_CONTACTS, PLAN_SAFETY_PEOPLE,
	PLAN_CRISIS_MEDICINES, PLAN_CRISIS_TREATMENT, PLAN_CRISIS_HELPS,
	PLAN_CRISIS_UNHELPFUL, PLAN_CRISIS_LOOKING_AFTER,
};
static const enum plan_list card_for_me[] = {
	PLAN_SAFETY_SIGNS, PLAN_SAFETY_ON_MY_OWN, PLAN_SAFETY_DISTRACTIONS,
	PLAN_SAFETY_PROFESSIONALS, PLAN_SAFETY_SAFER, PLAN_SAFETY_REASONS,
};

static void card_footer_text(struct buf *sb, const struct plan *p, struct wdate made)
{
	buf_adds(sb, _("Last looked over: "));
	if (p->reviewed.y)
		wdate_long(sb, p->reviewed);
	else
		buf_adds(sb, _("not yet"));
	buf_adds(sb, _(". Printed from Waymark on "));
	wdate_long(sb, made);
	buf_adds(sb, ".");
}

static int any_items(const struct plan *p, const enum plan_list *ls, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (p->nitems[ls[k]])
			return 1;
	return 0;
}

static void text_lists(struct buf *sb, const struct plan *p, const enum plan_list *ls,
		       size_t n)
{
	for (size_t k = 0; k < n; k++) {
		enum plan_list l = ls[k];
		if (!p->nitems[l])
			continue;
		buf_addf(sb, "\n%s\n", _(lists[l].title));
		for (size_t i = 0; i < p->nitems[l]; i++)
			text_wrap(sb, p->items[l][i], 76, "  - ", "    ");
	}
}

void plan_card_text(struct buf *sb, const struct plan *p,
		    const struct crisis_info *ci, struct wdate made)
{
	struct buf foot = BUF_INIT;

	buf_addf(sb, "%s\n", _("MY CRISIS CARD"));
	text_wrap(sb, _("If I cannot look after myself, this is what I would like the people "
			 "around me to know and do."), 76, "", "");
	text_lists(sb, p, card_for_others, ARRAY_SIZE(card_for_others));
	if (any_items(p, card_for_me, ARRAY_SIZE(card_for_me))) {
		buf_addf(sb, "\n%s\n", _("MY SAFETY PLAN"));
		text_lists(sb, p, card_for_me, ARRAY_SIZE(card_for_me));
	}
	buf_addf(sb, "\n%s\n", _("HELP AT ANY TIME"));
	for (size_t i = 0; ci && i < ci->ncontacts; i++) {
		struct buf line = BUF_INIT;
		buf_addf(&line, "%s: %s (%s)", ci->contacts[i].name, ci->contacts[i].how,
			 ci->contacts[i].when);
		text_wrap(sb, line.data, 76, "  ", "    ");
		buf_release(&line);
	}
	buf_addch(sb, '\n');
	card_footer_text(&foot, p, made);
	text_wrap(sb, foot.data, 76, "", "");
	buf_release(&foot);
}

static void html_lists(struct buf *sb, const struct plan *p, const enum plan_list *ls,
		       size_t n)
{
	for (size_t k = 0; k < n; k++) {
		enum plan_list l = ls[k];
		if (!p->nitems[l])
			continue;
		html_printf(sb, "<h3>%s</h3>\n<ul>\n", _(lists[l].title));
		for (size_t i = 0; i < p->nitems[l]; i++)
			html_printf(sb, "<li>%s</li>\n", p->items[l][i]);
		html_raw(sb, "</ul>\n");
	}
}

void plan_card_html_body(struct buf *sb, const struct plan *p,
			 const struct crisis_info *ci, struct wdate made)
{
	struct buf foot = BUF_INIT;

	html_printf(sb, "<h1>%s</h1>\n<p>%s</p>\n", _("My crisis card"),
		    _("If I cannot look after myself, this is what I would like the people "
		      "around me to know and do."));
	if (any_items(p, card_for_others, ARRAY_SIZE(card_for_others))) {
		html_printf(sb, "<h2>%s</h2>\n", _("My crisis plan"));
		html_lists(sb, p, card_for_others, ARRAY_SIZE(card_for_others));
	}
	if (any_items(p, card_for_me, ARRAY_SIZE(card_for_me))) {
		html_printf(sb, "<h2>%s</h2>\n", _("My safety plan"));
		html_lists(sb, p, card_for_me, ARRAY_SIZE(card_for_me));
	}
	html_printf(sb, "<div class=\"help\">\n<h2>%s</h2>\n<ul>\n", _("Help at any time"));
	for (size_t i = 0; ci && i < ci->ncontacts; i++)
		html_printf(sb, "<li><strong>%s</strong>: %s (%s)</li>\n", ci->contacts[i].name,
			    ci->contacts[i].how, ci->contacts[i].when);
	card_footer_text(&foot, p, made);
	html_printf(sb, "</ul>\n</div>\n<footer>%s</footer>\n", foot.data);
	buf_release(&foot);
}

void plan_card_html(struct buf *sb, const struct plan *p,
		    const struct crisis_info *ci, struct wdate made)
{
	/* a file to print or keep, not a page the server sends: its style can
	 * sit inside it (the web's card page uses app.css instead) */
	html_printf(sb,
		"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		"<title>%s</title>\n", _("My crisis card"));
	html_raw(sb, "<style>\n"
		"body { font: 11pt/1.35 system-ui, sans-serif; max-width: 42em; margin: 1.5em auto; color: #111; }\n"
		"h1 { font-size: 1.5em; margin: 0 0 .2em; }\n"
		"h2 { font-size: 1.15em; margin: 1em 0 .3em; border-bottom: 1px solid #999; }\n"
		"h3 { font-size: 1em; margin: .6em 0 .1em; }\n"
		"ul { margin: 0 0 .3em; padding-left: 1.3em; }\n"
		".help { border: 2px solid #111; padding: .3em .8em; margin-top: 1em; }\n"
		"footer { margin-top: 1em; font-size: .9em; color: #444; }\n"
		"@page { size: A4; margin: 12mm; }\n"
		"@media print { body { margin: 0; font-size: 10pt; } h2 { break-after: avoid; } }\n"
		"</style>\n</head>\n<body>\n");
	plan_card_html_body(sb, p, ci, made);
	html_raw(sb, "</body>\n</html>\n");
}

/* ---- JSON ---- */

static json_t *string_list(char **items, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(items[i]));
	return a;
}

json_t *plan_to_data(const struct plan *p)
{
	json_t *o = json_object();

	for (int l = 0; l < PLAN_LIST__MAX; l++) {
		const char *skey = sections[lists[l].section].json_key;
		json_t *a;
		if (!p->nitems[l])
			continue;
		a = string_list(p->items[l], p->nitems[l]);
		if (!lists[l].json_key) {
			json_object_set_new(o, skey, a);
		} else {
			json_t *sec = json_object_get(o, skey);
			if (!sec) {
				sec = json_object();
				json_object_set_new(o, skey, sec);
			}
			json_object_set_new(sec, lists[l].json_key, a);
		}
	}
	if (p->review_months || p->reviewed.y) {
		json_t *r = json_object();
		if (p->review_months)
			json_object_set_new(r, "every_months", json_integer(p->review_months));
		if (p->reviewed.y) {
			char d[11];
			wdate_format(p->reviewed, d);
			json_object_set_new(r, "last", json_string(d));
		}
		json_object_set_new(o, "review", r);
	}
	return o;
}

/* Reads one JSON list of items into list l. */
static int read_list(json_t *a, enum plan_list l, struct plan *p, struct err *err)
{
	size_t i;
	json_t *v;

	if (!json_is_array(a))
		return err_input(err, lists[l].id, "'%s' must be a list of text", lists[l].id);
	json_array_foreach(a, i, v) {
		if (!json_is_string(v))
			return err_input(err, lists[l].id, "'%s' must be a list of text", lists[l].id);
		if (plan_add_item(p, l, json_string_value(v), err) < 0) {
			err_prefix(err, "'%s': ", lists[l].id);
			return -1;
		}
	}
	return 0;
}

static int read_review(json_t *r, struct plan *p, struct err *err)
{
	const char *key;
	json_t *v;

	if (!json_is_object(r))
		return err_input(err, "review", "'review' must be an object");
	json_object_foreach(r, key, v) {
		if (!strcmp(key, "every_months")) {
			if (!json_is_integer(v) || json_integer_value(v) < 1 ||
			    json_integer_value(v) > PLAN_REVIEW_MAX)
				return err_input(err, "review", "'review.every_months' must be a whole number from 1 to %d",
						 PLAN_REVIEW_MAX);
			p->review_months = (int)json_integer_value(v);
		} else if (!strcmp(key, "last")) {
			if (!json_is_string(v) || wdate_parse(json_string_value(v), &p->reviewed, err, "review"))
				return err_input(err, "review", "'review.last' must be a date like \"2026-03-14\"");
		} else {
			return err_input(err, "review", "unknown field 'review.%s' in a plan", key);
		}
	}
	return 0;
}

int plan_from_data(json_t *data, struct plan *p, struct err *err)
{
	const char *key;
	json_t *v;

	if (!json_is_object(data))
		return err_input(err, NULL, "a plan must be a JSON object");
	json_object_foreach(data, key, v) {
		int sec = -1;

		if (!strcmp(key, "review")) {
			if (read_review(v, p, err))
				return -1;
			continue;
		}
		for (int s = 0; s < PLAN_SECTION__MAX; s++)
			if (!strcmp(key, sections[s].json_key))
				sec = s;
		if (sec < 0)
			return err_input(err, NULL, "unknown part '%s' in a plan", key);
		if (json_is_array(v)) {
			int l = -1;
			for (int k = 0; k < PLAN_LIST__MAX; k++)
				if ((int)lists[k].section == sec && !lists[k].json_key)
					l = k;
			if (l < 0)
				return err_input(err, NULL, "'%s' in a plan must be an object of lists", key);
			if (read_list(v, (enum plan_list)l, p, err))
				return -1;
		} else if (json_is_object(v)) {
			const char *k2;
			json_t *v2;
			json_object_foreach(v, k2, v2) {
				int l = -1;
				for (int k = 0; k < PLAN_LIST__MAX; k++)
					if ((int)lists[k].section == sec && lists[k].json_key &&
					    !strcmp(lists[k].json_key, k2))
						l = k;
				if (l < 0)
					return err_input(err, NULL, "unknown part '%s.%s' in a plan", key, k2);
				if (read_list(v2, (enum plan_list)l, p, err))
					return -1;
			}
		} else {
			return err_input(err, NULL, "'%s' in a plan must be a list or an object", key);
		}
	}
	return 0;
}

json_t *plan_normalise_data(json_t *data, struct err *err)
{
	struct plan p;
	json_t *out = NULL;

	plan_init(&p);
	if (!plan_from_data(data, &p, err))
		out = plan_to_data(&p);
	plan_release(&p);
	return out;
}

json_t *plan_to_json(const struct plan *p)
{
	json_t *o = json_object(), *data = plan_to_data(p);
	struct wdate next = plan_next_review(p);
	char stamp[21];

	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "uid", json_string(p->uid));
	wutc_format(p->created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(p->updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
	json_object_update(o, data);
	json_decref(data);
	if (next.y) {
		char d[11];
		wdate_format(next, d);
		json_object_set_new(o, "next_review", json_string(d));
	}
	return o;
}
