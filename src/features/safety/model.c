/* SPDX-License-Identifier: MIT */
/*
 * model.c: the crisis response and the review reminder, composed from the
 * plan, the support directory, the built-in crisis contacts and the diary
 * (see safety.h). No output and no writes: the CLI and the web pages draw
 * what this fills in.
 */
#include "core/crisis.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "features/diary/diary.h"
#include "features/plan/plan.h"
#include "features/support/support.h"
#include "safety.h"
#include "vault/vault.h"

void safety_box_init(struct safety_box *b)
{
	memset(b, 0, sizeof(*b));
}

void safety_box_release(struct safety_box *b)
{
	text_free_list(b->steps, b->nsteps);
	for (size_t i = 0; i < b->ncontacts; i++) {
		struct safety_contact *c = &b->contacts[i];
		free(c->name);
		free(c->how);
		free(c->note);
		free(c->when);
		free(c->tel);
		free(c->sms);
		free(c->sms_body);
	}
	free(b->contacts);
	safety_box_init(b);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static struct safety_contact *add_contact(struct safety_box *b)
{
	struct safety_contact *c;

	b->contacts = xrealloc(b->contacts, (b->ncontacts + 1) * sizeof(*b->contacts));
	c = &b->contacts[b->ncontacts++];
	memset(c, 0, sizeof(*c));
	return c;
}

static char *dial_digits(const char *number)
{
	struct buf b = BUF_INIT;

	text_dial_digits(&b, number);
	return buf_detach(&b, NULL);
}

/* The person's safety-plan steps, if their vault is open for use. */
static void fill_steps(struct safety_box *b, struct waymark *wm)
{
	struct plan p;
	struct err err = ERR_INIT;

	if (!wm || !wm->db)
		return;
	if (!vault_is_open_for_use(wm)) {
		b->plan_locked = 1;
		return;
	}
	if (plan_get(wm, &p, &err) == 0)
		plan_crisis_steps(&p, SAFETY_STEP_ITEMS, &b->steps, &b->nsteps);
	plan_release(&p);
}

/* The crisis channels open at `at` for everyone, from the support
 * directory, leaving out the emergency line (said in words). Returns how
 * many were added; 0 if the directory cannot be read. */
static size_t fill_open_lines(struct safety_box *b, time_t at)
{
	struct support_dir d;
	struct support_query q = { 0 };
	struct support_matches m;
	struct err err = ERR_INIT;
	size_t added = 0;

	if (support_dir_load(&d, &err))
		return 0;
	q.at = at;
	q.age = q.group = -1;
	q.nation = SUPPORT_ENGLAND_WALES;
	q.live_only = 1;
	q.crisis_only = 1;
	if (support_find(&d, &q, &m, &err)) {
		support_dir_release(&d);
		return 0;
	}
	for (size_t i = 0; i < m.n; i++) {
		const struct support_match *x = &m.items[i];
		const struct support_channel *ch = x->channel;
		struct safety_contact *c;
		struct buf how = BUF_INIT, when = BUF_INIT;

		if (x->line->kind == SUPPORT_EMERGENCY ||
		    (x->status.state != SUPPORT_OPEN && x->status.state != SUPPORT_OPEN_ALWAYS))
			continue;
		c = add_contact(b);
		c->name = xstrdup(x->line->name);
		support_channel_how(&how, ch);
		c->how = buf_detach(&how, NULL);
		c->note = dup_or_null(ch->note);
		if (x->status.state == SUPPORT_OPEN_ALWAYS)
			buf_adds(&when, _("any time"));
		else
			support_status_describe(&when, &x->status, &m.at);
		c->when = buf_detach(&when, NULL);
		if (ch->type == SUPPORT_PHONE && ch->number) {
			c->tel = dial_digits(ch->number);
		} else if (ch->type == SUPPORT_TEXT && ch->number) {
			c->sms = dial_digits(ch->number);
			c->sms_body = dup_or_null(ch->message);
		}
		added++;
	}
	support_matches_release(&m);
	support_dir_release(&d);
	return added;
}

/* The built-in contacts (data/crisis), but for 999. */
static void fill_builtin(struct safety_box *b)
{
	struct crisis_info ci;
	struct err err = ERR_INIT;

	if (crisis_load(&ci, &err))
		BUG("%s", err.msg); /* embedded data: the unit tests read it */
	for (size_t i = 0; i < ci.ncontacts; i++) {
		const struct crisis_contact *x = &ci.contacts[i];
		struct safety_contact *c;

		if (x->tel && !strcmp(x->tel, "999"))
			continue;
		c = add_contact(b);
		c->name = xstrdup(x->name);
		c->how = xstrdup(x->how);
		c->when = xstrdup(x->when);
		c->tel = dup_or_null(x->tel);
		c->sms = dup_or_null(x->sms);
		c->sms_body = dup_or_null(x->sms_body);
	}
	crisis_release(&ci);
	b->fallback = 1;
}

void safety_box_fill(struct safety_box *b, struct waymark *wm, time_t at)
{
	b->title = _("Things sound really hard right now.");
	b->comfort = _("You do not have to face this on your own.");
	b->plan_heading = _("Your safety plan");
	b->emergency = _("If your life is at risk now, call 999 or go to A&E.");
	b->lines_heading = _("Open now, to talk or text");
	fill_steps(b, wm);
	if (!fill_open_lines(b, at))
		fill_builtin(b);
}

/* ---- the review reminder ---- */

void safety_review_release(struct safety_review *r)
{
	free(r->text);
	memset(r, 0, sizeof(*r));
}

int safety_review_check(struct waymark *wm, struct wdate today,
			struct safety_review *out, struct err *err)
{
	struct plan p;
	struct diary_query q = { 0 };
	struct checkin_list l;
	struct wdate since, crisis = { 0, 0, 0 };
	char from[11];
	enum plan_review r;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = plan_get(wm, &p, err);
	if (rc < 0)
		return -1;
	if (rc > 0 || plan_is_empty(&p)) {
		plan_release(&p);
		return 0;
	}
	/* only a crisis after the last look matters: read from that day */
	if (p.reviewed.y) {
		since = p.reviewed;
	} else {
		struct wlocal made;
		wlocal_from_time(p.created, &made);
		since = made.date;
	}
	wdate_format(since, from);
	q.from = from;
	if (diary_list(wm, &q, &l, err)) {
		plan_release(&p);
		return -1;
	}
	for (size_t i = 0; i < l.n; i++)
		if (checkin_is_crisis(&l.items[i]) && wdate_cmp(l.items[i].when.date, crisis) > 0)
			crisis = l.items[i].when.date;
	checkin_list_release(&l);
	r = plan_review_due(&p, today, crisis.y ? &crisis : NULL);
	if (r != PLAN_REVIEW_NOT_DUE) {
		struct buf b = BUF_INIT;
		plan_review_text(&b, r, &p, today);
		out->due = 1;
		out->after_crisis = r == PLAN_REVIEW_AFTER_CRISIS;
		out->text = buf_detach(&b, NULL);
	}
	plan_release(&p);
	return 0;
}
