/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark areas ...`: rate how each area of life is going, see the
 * history and the distance travelled, choose a focus, and make the set of
 * areas the person's own (rename, add, hide, show, move). Bad input ends a
 * command with exit 2 and nothing saved; at a prompt it is explained and
 * asked again. Commands that only read never make a vault.
 */
#include <jansson.h>

#include "areas.h"
#include "cli/cli.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "vault/vault.h"

enum {
	OPT_SET = 1, OPT_NOTE, OPT_DATE, OPT_TIME, OPT_ASK, OPT_JSON, OPT_ABOUT,
	OPT_ALL,
};

#define SET_OPTION \
	{ "set", 1, OPT_SET, "NAME", N_("the set of areas: 'life' (the default) or 'chime'") }

/* The widest an area's name is shown in a table. */
#define NAME_WIDTH 40
/* The most ratings shown side by side in `areas history`. */
#define HISTORY_COLUMNS 8

/* ---- helpers ---- */

static void print_json(json_t *o)
{
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(o);
}

/* Loads the set as the person has it (or as shipped when there is no vault
 * yet), or exits. */
static void load_set(struct waymark *wm, const char *set_id, struct area_set *s)
{
	struct err err = ERR_INIT;
	int rc = cli_open_vault_if_exists(wm)
		 ? areas_get_set(wm, set_id, s, &err)
		 : area_set_load(set_id, s, &err);
	if (rc)
		die_err(&err, 0);
}

static size_t name_width(const struct area_set *s)
{
	size_t w = 4;
	for (size_t i = 0; i < s->nareas; i++)
		if (text_chars(s->areas[i].name) > w)
			w = text_chars(s->areas[i].name);
	return w > NAME_WIDTH ? NAME_WIDTH : w;
}

static void date_words(struct buf *b, const struct wlocal *when)
{
	wdate_long(b, when->date);
}

static void when_words(struct buf *b, const struct wlocal *when)
{
	char t[6];
	wdate_long(b, when->date);
	wclock_format(when->minute, t);
	buf_addf(b, ", %s", t);
}

static void no_more_operands(const struct cli_parser *p, int argc, char **argv)
{
	if (p->optind < argc)
		die_usage(p->cmd, _("'%s' is not something 'waymark %s' understands"),
			  argv[p->optind], p->cmd);
}

/* ---- areas list ---- */

static int cmd_list(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		SET_OPTION,
		{ "json", 0, OPT_JSON, NULL, N_("print the areas as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "areas list", "[--set NAME] [--json]",
		N_("show your areas of life and how you last rated them"), opts, NULL, 0 };
	const char *arg, *set_id = AREAS_DEFAULT_SET;
	struct area_set s;
	struct area_rating_list l = { 0 };
	struct area_focus f;
	struct err err = ERR_INIT;
	const struct area_rating *last = NULL;
	int key, json = 0, have_focus = 0;
	size_t w;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_SET)
			set_id = arg;
		else
			json = 1;
	}
	no_more_operands(&p, argc, argv);
	load_set(wm, set_id, &s);
	area_focus_init(&f);
	if (wm->db) {
		if (areas_list_ratings(wm, s.id, &l, &err))
			die_err(&err, 0);
		if (l.n)
			last = &l.items[l.n - 1];
		have_focus = areas_get_focus(wm, &f, &err);
		if (have_focus < 0)
			die_err(&err, 0);
		have_focus = have_focus == 0;
	}
	if (json) {
		json_t *o = json_object(), *list = json_array();
		json_object_set_new(o, "set", json_string(s.id));
		json_object_set_new(o, "name", json_string(s.name));
		for (size_t i = 0; i < s.nareas; i++) {
			const struct area *a = &s.areas[i];
			json_t *e = json_object();
			int score = last ? area_rating_score(last, a->id) : 0;
			json_object_set_new(e, "id", json_string(a->id));
			json_object_set_new(e, "name", json_string(a->name));
			json_object_set_new(e, "about", a->about ? json_string(a->about) : json_null());
			json_object_set_new(e, "position", json_integer((json_int_t)i + 1));
			json_object_set_new(e, "hidden", json_boolean(a->hidden));
			json_object_set_new(e, "own", json_boolean(a->own));
			json_object_set_new(e, "latest", score ? json_integer(score) : json_null());
			json_array_append_new(list, e);
		}
		json_object_set_new(o, "areas", list);
		json_object_set_new(o, "focus", have_focus ? area_focus_to_data(&f) : json_null());
		print_json(o);
		goto out;
	}
	w = name_width(&s);
	printf("%s\n", s.name);
	if (last) {
		struct buf b = BUF_INIT;
		date_words(&b, &last->when);
		printf(_("Your latest rating was on %s.\n"
			 "1 is not going well at all, 10 is going really well.\n"), b.data);
		buf_release(&b);
	} else {
		printf("%s\n", _("You have not rated these areas yet."));
	}
	putchar('\n');
	for (size_t i = 0, pos = 0; i < s.nareas; i++) {
		const struct area *a = &s.areas[i];
		struct buf b = BUF_INIT;
		int score = last ? area_rating_score(last, a->id) : 0;
		if (a->hidden)
			continue;
		if (score) {
			text_pad(&b, a->name, w);
			printf("  %2zu  %s  %2d\n", ++pos, b.data, score);
		} else {
			printf("  %2zu  %s\n", ++pos, a->name);
		}
		buf_release(&b);
	}
	if (area_set_nshown(&s) < s.nareas) {
		printf("\n%s\n", _("Hidden, with their ratings kept:"));
		for (size_t i = 0; i < s.nareas; i++)
			if (s.areas[i].hidden)
				printf("      %s\n", s.areas[i].name);
	}
	if (have_focus)
		printf(_("\nYour focus area: %s.\n"), f.name);
	printf("\n%s\n", _("'waymark areas rate' rates them. You can rename, add, hide, show and move\n"
			   "areas to fit your life: 'waymark areas --help' shows how."));
out:
	area_focus_release(&f);
	area_rating_list_release(&l);
	area_set_release(&s);
	return 0;
}

/* ---- areas rate ---- */

/* The newest rating of the set, or NULL. Borrowed from l. */
static const struct area_rating *latest(const struct area_rating_list *l)
{
	return l->n ? &l->items[l->n - 1] : NULL;
}

/* Splits "NAME=VALUE" at its last '='. Returns 0, or -1 if there is none. */
static int split_pair(const char *s, char **name, const char **value)
{
	const char *eq = strrchr(s, '=');

	if (!eq || eq == s)
		return -1;
	*name = xstrndup(s, (size_t)(eq - s));
	*value = eq + 1;
	return 0;
}

/* Asks for each shown area in turn. Returns 0 when done, -1 at end of
 * input before anything was rated. */
static int ask_ratings(const struct area_set *s, const struct area_rating *prev,
		       struct area_rating *r)
{
	size_t n = area_set_nshown(s), k = 0;
	int answered = 0;
	struct err err = ERR_INIT;

	printf(_("Rating your areas: %s.\n"), s->name);
	printf("%s\n", _("How are things going in each one at the moment? Type a number from\n"
			 "1 (not going well at all) to 10 (going really well), or press Enter to skip.\n"
			 "There are no right answers: this is your own view."));
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		struct buf prompt = BUF_INIT;
		int score = 0, before;

		if (a->hidden)
			continue;
		k++;
		buf_addf(&prompt, "\n%s (%zu of %zu)\n", a->name, k, n);
		if (a->about)
			text_wrap(&prompt, a->about, 78, "", "");
		before = prev ? area_rating_score(prev, a->id) : 0;
		if (before)
			buf_addf(&prompt, _("Last time: %d\n"), before);
		buf_adds(&prompt, "> ");
		for (;;) {
			char *line = prompt_line(prompt.data), *t;
			if (!line) {
				buf_release(&prompt);
				putchar('\n');
				return answered ? 0 : -1;
			}
			t = text_trimmed(line);
			free(line);
			if (!*t) {
				free(t);
				break;
			}
			err_clear(&err);
			if (area_parse_score(t, a->name, &score, &err)) {
				printf("%s\n", err.msg);
				free(t);
				continue;
			}
			free(t);
			break;
		}
		buf_release(&prompt);
		if (!score)
			continue;
		for (;;) {
			char *note = prompt_line(_("Anything you want to note about it? (Enter to skip)\n> "));
			err_clear(&err);
			if (!area_rating_set(r, s, i, score, note, &err)) {
				/* end of input: keep what was rated */
				if (!note) {
					putchar('\n');
					return 0;
				}
				free(note);
				break;
			}
			printf("%s\n", err.msg);
			free(note);
		}
		answered = 1;
	}
	return 0;
}

static void print_saved(const struct area_set *s, const struct area_rating *r,
			const struct area_rating *prev)
{
	struct buf b = BUF_INIT;
	size_t w = name_width(s);

	when_words(&b, &r->when);
	printf(P_("Saved your rating of %zu area (rating %lld, %s).\n",
		  "Saved your ratings of %zu areas (rating %lld, %s).\n", r->nscores),
	       r->nscores, (long long)r->id, b.data);
	for (size_t i = 0; i < s->nareas; i++) {
		const struct area *a = &s->areas[i];
		int score = area_rating_score(r, a->id);
		int before = prev ? area_rating_score(prev, a->id) : 0;
		if (!score)
			continue;
		buf_reset(&b);
		text_pad(&b, a->name, w);
		printf("  %s  %2d", b.data, score);
		if (before)
			printf(_("  (last time %d)"), before);
		putchar('\n');
	}
	if (prev)
		printf("%s\n", _("'waymark areas compare' shows how far you have come since your first rating."));
	buf_release(&b);
}

static int cmd_rate(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		SET_OPTION,
		{ "note", 1, OPT_NOTE, "AREA=TEXT", N_("a note about one area you rate (may repeat)") },
		{ "date", 1, OPT_DATE, "YYYY-MM-DD", N_("the day the rating is about (to fill in a past day)") },
		{ "time", 1, OPT_TIME, "HH:MM", N_("the time it is about") },
		{ "ask", 0, OPT_ASK, NULL, N_("ask about each area even when not at a terminal") },
		{ "json", 0, OPT_JSON, NULL, N_("print the saved rating as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "areas rate", "[--set NAME] [AREA=N ...] [options]",
		N_("rate how each area of your life is going, from 1 (not going well at all)\n"
		   "to 10 (going really well). With no ratings given, on a terminal, Waymark asks\n"
		   "about each area in turn; press Enter to skip any of them."),
		opts, N_("Areas are named by their name or the start of it, in any case:\n"
			 "  waymark areas rate\n"
			 "  waymark areas rate Money=4 \"Where I live=7\" --note \"Money=rent went up\"\n"
			 "  waymark areas rate --set chime Connectedness=6 Hope=4 Identity=5\n"), 0 };
	const char *arg, *set_id = AREAS_DEFAULT_SET, *date = NULL, *time = NULL;
	const char *notes[AREAS_MAX];
	size_t nnotes = 0;
	struct area_set s;
	struct area_rating r;
	struct area_rating_list l = { 0 };
	struct err err = ERR_INIT;
	int key, ask = 0, json = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_SET: set_id = arg; break;
		case OPT_NOTE:
			if (nnotes == ARRAY_SIZE(notes))
				die_usage(p.cmd, _("that is more notes than there are areas"));
			notes[nnotes++] = arg;
			break;
		case OPT_DATE: date = arg; break;
		case OPT_TIME: time = arg; break;
		case OPT_ASK: ask = 1; break;
		case OPT_JSON: json = 1; break;
		}
	}
	load_set(wm, set_id, &s);
	area_rating_init(&r);
	if (wlocal_for_entry(date, time, &r.when, &err))
		die_err(&err, 1);
	for (int i = p.optind; i < argc; i++) {
		char *name;
		const char *value;
		size_t idx;
		int score;
		if (split_pair(argv[i], &name, &value))
			die_usage(p.cmd, _("'%s' is not a rating: give the area and a number, like Money=6"),
				  argv[i]);
		if (area_find(&s, name, &idx, &err) ||
		    area_parse_score(value, s.areas[idx].name, &score, &err)) {
			free(name);
			die_err(&err, 1);
		}
		free(name);
		if (area_rating_score(&r, s.areas[idx].id))
			die(2, _("%s is rated twice; give each area one rating\nNothing was saved."),
			    s.areas[idx].name);
		if (area_rating_set(&r, &s, idx, score, NULL, &err))
			die_err(&err, 1);
	}
	for (size_t i = 0; i < nnotes; i++) {
		char *name;
		const char *value;
		size_t idx;
		int score;
		if (split_pair(notes[i], &name, &value))
			die_usage(p.cmd, _("'%s' is not a note for an area: give the area and the words, like \"Money=rent went up\""),
				  notes[i]);
		if (area_find(&s, name, &idx, &err)) {
			free(name);
			die_err(&err, 1);
		}
		free(name);
		score = area_rating_score(&r, s.areas[idx].id);
		if (!score)
			die(2, _("a note for %s needs a rating for it too, like \"%s=6\"\nNothing was saved."),
			    s.areas[idx].name, s.areas[idx].name);
		if (area_rating_set(&r, &s, idx, score, value, &err))
			die_err(&err, 1);
	}
	if (!r.nscores && !ask && !cli_interactive())
		die(2, _("nothing to save: give ratings like Money=6 (see 'waymark areas rate --help'),\n"
			 "or run it in a terminal to be asked"));
	if (r.nscores && area_rating_validate(&r, &err))
		die_err(&err, 1);
	cli_open_vault(wm);
	if (areas_list_ratings(wm, s.id, &l, &err))
		die_err(&err, 1);
	if (!r.nscores) {
		if (ask_ratings(&s, latest(&l), &r) || !r.nscores) {
			printf("%s\n", _("Nothing was saved."));
			goto out;
		}
	}
	if (areas_add_rating(wm, &r, &err))
		die_err(&err, 1);
	if (json)
		print_json(area_rating_to_json(&r));
	else
		print_saved(&s, &r, latest(&l));
out:
	area_rating_list_release(&l);
	area_rating_release(&r);
	area_set_release(&s);
	return 0;
}

/* ---- areas history ---- */

static int cmd_history(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		SET_OPTION,
		{ "json", 0, OPT_JSON, NULL, N_("print every rating as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "areas history", "[--set NAME] [--json]",
		N_("show how you have rated your areas over time (the latest 8 side by side)"),
		opts, NULL, 0 };
	const char *arg, *set_id = AREAS_DEFAULT_SET;
	struct area_set s;
	struct area_rating_list l = { 0 };
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	int key, json = 0;
	size_t first, w;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_SET)
			set_id = arg;
		else
			json = 1;
	}
	no_more_operands(&p, argc, argv);
	load_set(wm, set_id, &s);
	if (wm->db && areas_list_ratings(wm, s.id, &l, &err))
		die_err(&err, 0);
	if (json) {
		json_t *o = json_object(), *areas = json_array(), *ratings = json_array();
		json_object_set_new(o, "set", json_string(s.id));
		json_object_set_new(o, "name", json_string(s.name));
		for (size_t i = 0; i < s.nareas; i++) {
			json_t *e = json_object();
			json_object_set_new(e, "id", json_string(s.areas[i].id));
			json_object_set_new(e, "name", json_string(s.areas[i].name));
			json_object_set_new(e, "hidden", json_boolean(s.areas[i].hidden));
			json_array_append_new(areas, e);
		}
		for (size_t i = 0; i < l.n; i++)
			json_array_append_new(ratings, area_rating_to_json(&l.items[i]));
		json_object_set_new(o, "areas", areas);
		json_object_set_new(o, "ratings", ratings);
		print_json(o);
		goto out;
	}
	if (!l.n) {
		printf(_("You have not rated %s yet. 'waymark areas rate%s%s' starts.\n"), s.name,
		       strcmp(s.id, AREAS_DEFAULT_SET) ? " --set " : "",
		       strcmp(s.id, AREAS_DEFAULT_SET) ? s.id : "");
		goto out;
	}
	pager_start();
	first = l.n > HISTORY_COLUMNS ? l.n - HISTORY_COLUMNS : 0;
	w = name_width(&s);
	printf(P_("%s: %zu rating\n", "%s: %zu ratings\n", l.n), s.name, l.n);
	if (first)
		printf(_("The latest %d are shown; 'waymark areas history --json' has them all.\n"),
		       HISTORY_COLUMNS);
	putchar('\n');
	text_pad(&b, "", w);
	printf("  %s", b.data);
	for (size_t k = first; k < l.n; k++) {
		buf_reset(&b);
		buf_addf(&b, "#%lld", (long long)l.items[k].id);
		printf(" %5s", b.data);
	}
	putchar('\n');
	for (size_t i = 0; i < s.nareas; i++) {
		const struct area *a = &s.areas[i];
		int any = 0;
		for (size_t k = first; k < l.n; k++)
			any |= area_rating_score(&l.items[k], a->id) != 0;
		if (a->hidden && !any)
			continue;
		buf_reset(&b);
		text_pad(&b, a->name, w);
		printf("  %s", b.data);
		for (size_t k = first; k < l.n; k++) {
			int score = area_rating_score(&l.items[k], a->id);
			if (score)
				printf(" %5d", score);
			else
				printf(" %5s", "-");
		}
		putchar('\n');
	}
	putchar('\n');
	for (size_t k = first; k < l.n; k++) {
		buf_reset(&b);
		when_words(&b, &l.items[k].when);
		printf("  #%-4lld %s\n", (long long)l.items[k].id, b.data);
	}
	printf("\n%s\n", _("- means not rated that time. 'waymark areas compare' shows the distance\n"
			   "travelled between your first and latest ratings (or any two)."));
	for (size_t k = first, heading = 0; k < l.n; k++) {
		const struct area_rating *rt = &l.items[k];
		for (size_t i = 0; i < rt->nscores; i++) {
			if (!rt->scores[i].note)
				continue;
			if (!heading++)
				printf("\n%s\n", _("Your notes:"));
			printf("  #%-4lld %s: %s\n", (long long)rt->id, rt->scores[i].name,
			       rt->scores[i].note);
		}
	}
out:
	buf_release(&b);
	area_rating_list_release(&l);
	area_set_release(&s);
	return 0;
}

/* ---- areas compare ---- */

/* Finds the rating FROM or TO names: a rating number ("3" or "#3") or a
 * day (its last rating of the set). Exits kindly if there is none. */
static const struct area_rating *pick_rating(const struct area_rating_list *l,
					      const char *what, const char *set_name)
{
	struct wdate d;
	struct err err = ERR_INIT;
	const struct area_rating *found = NULL;
	const char *s = what[0] == '#' ? what + 1 : what;
	int n;

	if (strchr(s, '-')) {
		if (wdate_parse(s, &d, &err, "date"))
			die_err(&err, 0);
		for (size_t i = 0; i < l->n; i++)
			if (!wdate_cmp(l->items[i].when.date, d))
				found = &l->items[i];
		if (!found)
			die(2, _("there is no rating of %s on %s; 'waymark areas history' lists them"),
			    set_name, s);
		return found;
	}
	if (text_parse_int(s, 1, 1000000000, &n))
		die(2, _("'%s' is not a rating number or a date (YYYY-MM-DD); 'waymark areas history' lists them"),
		    what);
	for (size_t i = 0; i < l->n; i++)
		if (l->items[i].id == n)
			found = &l->items[i];
	if (!found)
		die(2, _("there is no rating %d of %s; 'waymark areas history' lists them"), n, set_name);
	return found;
}

static void print_distance(const struct area_set *s, const struct area_distance *d,
			   const struct area_rating *from, const struct area_rating *to)
{
	struct buf b = BUF_INIT, c = BUF_INIT;
	size_t w = name_width(s);

	printf(_("How far you have come: %s\n"), s->name);
	date_words(&b, &from->when);
	date_words(&c, &to->when);
	printf(_("From rating %lld (%s) to rating %lld (%s)\n\n"),
	       (long long)from->id, b.data, (long long)to->id, c.data);
	buf_reset(&b);
	text_pad(&b, "", w);
	printf("  %s  %5s %5s %7s\n", b.data, _("then"), _("now"), _("change"));
	for (size_t i = 0; i < d->n; i++) {
		const struct area_change *ch = &d->items[i];
		buf_reset(&b);
		text_pad(&b, ch->area->name, w);
		printf("  %s  ", b.data);
		if (ch->from)
			printf("%5d", ch->from);
		else
			printf("%5s", "-");
		if (ch->to)
			printf(" %5d", ch->to);
		else
			printf(" %5s", "-");
		if (ch->from && ch->to && ch->change)
			printf(" %+7d", ch->change);
		else if (ch->from && ch->to)
			printf(" %7d", 0);
		putchar('\n');
	}
	putchar('\n');
	if (!d->compared) {
		printf("%s\n", _("No area was rated both times, so there is nothing to compare yet."));
		goto out;
	}
	printf(P_("Across the %zu area you rated both times: ",
		  "Across the %zu areas you rated both times: ", d->compared), d->compared);
	if (d->total > 0)
		printf(P_("%d point up in all (%+.1f per area).\n",
			  "%d points up in all (%+.1f per area).\n", d->total), d->total, d->mean);
	else if (d->total < 0)
		printf(P_("%d point down in all (%+.1f per area).\n",
			  "%d points down in all (%+.1f per area).\n", -d->total), -d->total, d->mean);
	else
		printf("%s\n", _("no change in all."));
	printf(_("Up: %d.  Down: %d.  The same: %d.\n"), d->up, d->down, d->same);
	if (d->down)
		printf("%s\n", _("Ups and downs are a normal part of recovery. This is a snapshot, not a verdict."));
out:
	buf_release(&b);
	buf_release(&c);
}

static int cmd_compare(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		SET_OPTION,
		{ "json", 0, OPT_JSON, NULL, N_("print the comparison as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "areas compare", "[FROM [TO]] [--set NAME] [--json]",
		N_("show the distance travelled between two ratings: your first and latest,\n"
		   "or the two you name by number (as 'waymark areas history' shows) or by day"),
		opts, N_("Examples:\n"
			 "  waymark areas compare              first rating to latest\n"
			 "  waymark areas compare 3            rating 3 to latest\n"
			 "  waymark areas compare 2026-01-05 2026-03-14\n"), 0 };
	const char *arg, *set_id = AREAS_DEFAULT_SET;
	struct area_set s;
	struct area_rating_list l = { 0 };
	struct area_distance d;
	const struct area_rating *from, *to;
	struct err err = ERR_INIT;
	int key, json = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_SET)
			set_id = arg;
		else
			json = 1;
	}
	if (argc - p.optind > 2)
		die_usage(p.cmd, _("please name at most two ratings to compare"));
	load_set(wm, set_id, &s);
	if (wm->db && areas_list_ratings(wm, s.id, &l, &err))
		die_err(&err, 0);
	if (l.n < 2 && p.optind == argc && json) {
		json_t *o = json_object();
		json_object_set_new(o, "set", json_string(s.id));
		json_object_set_new(o, "from", json_null());
		json_object_set_new(o, "to", json_null());
		json_object_set_new(o, "areas", json_array());
		json_object_set_new(o, "compared", json_integer(0));
		print_json(o);
		goto out;
	}
	if (l.n < 2 && p.optind == argc) {
		printf(_("Comparing needs at least two ratings of %s; you have %zu so far.\n"), s.name, l.n);
		goto out;
	}
	if (!l.n)
		die(2, _("there are no ratings of %s yet; 'waymark areas rate' makes one"), s.name);
	from = p.optind < argc ? pick_rating(&l, argv[p.optind], s.name) : &l.items[0];
	to = p.optind + 1 < argc ? pick_rating(&l, argv[p.optind + 1], s.name) : &l.items[l.n - 1];
	area_distance(&s, from, to, &d);
	if (json) {
		json_t *o = area_distance_to_json(&d, from, to);
		json_object_set_new(o, "set", json_string(s.id));
		print_json(o);
	} else {
		print_distance(&s, &d, from, to);
	}
	area_distance_release(&d);
out:
	area_rating_list_release(&l);
	area_set_release(&s);
	return 0;
}

/* ---- areas focus ---- */

static int cmd_focus(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		SET_OPTION,
		{ 0 },
	};
	struct cli_parser p = { "areas focus", "[AREA] [--set NAME]",
		N_("choose one area to focus on for now, or see which you chose"), opts,
		N_("A focus is a gentle way to decide where to start. Goals are where you plan\n"
		   "the small steps: 'waymark goal new --area AREA' starts one for it.\n"), 0 };
	const char *arg, *set_id = AREAS_DEFAULT_SET;
	struct area_set s;
	struct area_focus f;
	struct err err = ERR_INIT;
	size_t idx;
	int rc;

	while (cli_next(&p, argc, argv, &arg) != -1)
		set_id = arg;
	if (argc - p.optind > 1)
		die_usage(p.cmd, _("please name one area (put quotes around a name with spaces)"));
	area_focus_init(&f);
	if (p.optind == argc) {
		rc = cli_open_vault_if_exists(wm) ? areas_get_focus(wm, &f, &err) : 1;
		if (rc < 0)
			die_err(&err, 0);
		if (rc) {
			printf("%s\n", _("You have not chosen an area to focus on yet.\n"
					 "'waymark areas focus AREA' chooses one; 'waymark areas' lists them."));
		} else {
			struct buf b = BUF_INIT;
			date_words(&b, &f.when);
			printf(_("Your focus area is %s (chosen on %s).\n"), f.name, b.data);
			printf(_("To plan small steps for it: waymark goal new --area \"%s\"\n"), f.name);
			buf_release(&b);
		}
		area_focus_release(&f);
		return 0;
	}
	load_set(wm, set_id, &s);
	if (area_find(&s, argv[p.optind], &idx, &err))
		die_err(&err, 1);
	if (wlocal_for_entry(NULL, NULL, &f.when, &err))
		die_err(&err, 1);
	f.set = xstrdup(s.id);
	f.area = xstrdup(s.areas[idx].id);
	f.name = xstrdup(s.areas[idx].name);
	cli_open_vault(wm);
	if (areas_add_focus(wm, &f, &err))
		die_err(&err, 1);
	printf(_("Your focus area is now: %s.\n"), f.name);
	printf("%s\n", _("When you feel ready, you could turn it into a goal with small, kind steps:"));
	printf("  waymark goal new --area \"%s\"\n", f.name);
	area_focus_release(&f);
	area_set_release(&s);
	return 0;
}

/* ---- making the set your own ---- */

enum change { CHANGE_RENAME, CHANGE_ADD, CHANGE_HIDE, CHANGE_SHOW, CHANGE_MOVE };

static int cmd_change(struct waymark *wm, int argc, char **argv, enum change what)
{
	static const struct cli_option opts_about[] = {
		SET_OPTION,
		{ "about", 1, OPT_ABOUT, "TEXT", N_("a short description, shown when you rate it") },
		{ 0 },
	};
	static const struct cli_option opts_set[] = {
		SET_OPTION,
		{ 0 },
	};
	static const struct {
		const char *cmd, *usage, *summary;
		int operands;
	} info[] = {
		[CHANGE_RENAME] = { "areas rename", "AREA NEW-NAME [--about TEXT] [--set NAME]",
			N_("give an area your own name (its history is kept)"), 2 },
		[CHANGE_ADD] = { "areas add", "NAME [--about TEXT] [--set NAME]",
			N_("add an area of your own"), 1 },
		[CHANGE_HIDE] = { "areas hide", "AREA [--set NAME]",
			N_("stop being asked about an area (its history is kept)"), 1 },
		[CHANGE_SHOW] = { "areas show", "AREA [--set NAME]",
			N_("bring back an area you hid"), 1 },
		[CHANGE_MOVE] = { "areas move", "AREA POSITION [--set NAME]",
			N_("move an area to another place in the list (1 is first)"), 2 },
	};
	struct cli_parser p = { info[what].cmd, info[what].usage, info[what].summary,
		what == CHANGE_RENAME || what == CHANGE_ADD ? opts_about : opts_set, NULL, 0 };
	const char *arg, *set_id = AREAS_DEFAULT_SET, *about = NULL;
	struct area_set s;
	struct err err = ERR_INIT;
	struct buf old = BUF_INIT;
	size_t idx = 0;
	int key, rc = 0, pos;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_SET)
			set_id = arg;
		else
			about = arg;
	}
	if (argc - p.optind != info[what].operands)
		die_usage(p.cmd, info[what].operands == 1
			  ? _("please name one area (put quotes around a name with spaces)")
			  : _("please give the area and then the new value"));
	load_set(wm, set_id, &s);
	if (what != CHANGE_ADD && area_find(&s, argv[p.optind], &idx, &err))
		die_err(&err, 1);
	if (what != CHANGE_ADD)
		buf_adds(&old, s.areas[idx].name);
	switch (what) {
	case CHANGE_RENAME:
		rc = area_rename(&s, idx, argv[p.optind + 1], about, &err);
		break;
	case CHANGE_ADD:
		rc = area_add(&s, argv[p.optind], about, &idx, &err);
		break;
	case CHANGE_HIDE:
	case CHANGE_SHOW:
		rc = area_set_hidden(&s, idx, what == CHANGE_HIDE, &err);
		break;
	case CHANGE_MOVE:
		if (text_parse_int(argv[p.optind + 1], 1, (int)s.nareas, &pos))
			die(2, _("the position needs to be a number from 1 to %zu\nNothing was saved."), s.nareas);
		rc = area_move(&s, idx, (size_t)pos, &err);
		break;
	}
	if (rc)
		die_err(&err, 1);
	cli_open_vault(wm);
	if (areas_save_set(wm, &s, &err))
		die_err(&err, 1);
	switch (what) {
	case CHANGE_RENAME:
		printf(_("Renamed '%s' to '%s'. Its ratings so far are kept under the new name.\n"),
		       old.data, s.areas[idx].name);
		break;
	case CHANGE_ADD:
		printf(_("Added '%s' to %s. You will be asked about it next time you rate.\n"),
		       s.areas[idx].name, s.name);
		break;
	case CHANGE_HIDE:
		printf(_("Hid '%s'; its ratings are kept.\n'waymark areas show AREA' brings it back.\n"),
		       old.data);
		break;
	case CHANGE_SHOW:
		printf(_("'%s' is shown again.\n"), old.data);
		break;
	case CHANGE_MOVE:
		for (size_t i = 0; i < s.nareas; i++)
			if (!strcmp(s.areas[i].name, old.data))
				printf(_("Moved '%s' to position %zu.\n"), old.data, i + 1);
		break;
	}
	buf_release(&old);
	area_set_release(&s);
	return 0;
}

static int cmd_rename(struct waymark *wm, int argc, char **argv)
{
	return cmd_change(wm, argc, argv, CHANGE_RENAME);
}

static int cmd_add(struct waymark *wm, int argc, char **argv)
{
	return cmd_change(wm, argc, argv, CHANGE_ADD);
}

static int cmd_hide(struct waymark *wm, int argc, char **argv)
{
	return cmd_change(wm, argc, argv, CHANGE_HIDE);
}

static int cmd_show(struct waymark *wm, int argc, char **argv)
{
	return cmd_change(wm, argc, argv, CHANGE_SHOW);
}

static int cmd_move(struct waymark *wm, int argc, char **argv)
{
	return cmd_change(wm, argc, argv, CHANGE_MOVE);
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "add", cmd_add },
	{ "compare", cmd_compare },
	{ "focus", cmd_focus },
	{ "hide", cmd_hide },
	{ "history", cmd_history },
	{ "list", cmd_list },
	{ "move", cmd_move },
	{ "rate", cmd_rate },
	{ "rename", cmd_rename },
	{ "show", cmd_show },
};

int areas_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && argv[1][0] != '-') {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name))
				return subcommands[i].fn(wm, argc - 1, argv + 1);
		die_usage("areas", _("'%s' is not an areas command: try rate, history, compare, focus or list"),
			  argv[1]);
	}
	if (argc >= 2 && !strcmp(argv[1], "--help")) {
		struct cli_parser p = { "areas", "[rate|history|compare|focus|list|rename|add|hide|show|move] ...",
			N_("rate how each area of your life is going, from 1 to 10, and see how far\n"
			   "you have come. Two sets of areas come with Waymark: 'life' (ten everyday\n"
			   "areas, the default) and 'chime' (the five CHIME recovery processes)."),
			NULL,
			N_("Commands:\n"
			   "  rate [AREA=N ...]            rate each area (asks you, or give ratings)\n"
			   "  history [--json]             your ratings over time\n"
			   "  compare [FROM [TO]]          the distance travelled between two ratings\n"
			   "  focus [AREA]                 choose an area to focus on, and start a goal\n"
			   "  list [--json]                the areas and your latest rating (the default)\n"
			   "  rename AREA NEW-NAME         give an area your own name\n"
			   "  add NAME                     add an area of your own\n"
			   "  hide AREA / show AREA        stop or start being asked about an area\n"
			   "  move AREA POSITION           change the order\n"
			   "Each takes --set NAME for the CHIME set, and --help.\n"), 0 };
		cli_help(&p, stdout);
		return 0;
	}
	return cmd_list(wm, argc, argv);
}
