/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark recovery` (both recoveries on one time line, beside the
 * person's own words) and `waymark recovery statement` (writing those
 * words). Only reads the areas and measures features, through their
 * public headers.
 */
#include <jansson.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "recovery.h"
#include "vault/vault.h"

enum { OPT_JSON = 1, OPT_CLEAR, OPT_ASK };

#define WIDTH 78
#define LABEL_WIDTH 12

static void print_json(json_t *o)
{
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(o);
}

static void print_statement(const struct recovery_view *v)
{
	struct buf b = BUF_INIT, d = BUF_INIT;

	printf("%s\n", _("What recovery means to me"));
	if (!v->has_statement) {
		text_wrap(&b, _("You have not put this into words yet. Recovery means different things to "
				"different people, and you can call yourself recovered at any stage, if that "
				"feels right: there is no need to wait for an end point. 'waymark recovery "
				"statement' lets you write it in your own words."), WIDTH, "  ", "  ");
		fputs(b.data, stdout);
		goto out;
	}
	text_wrap(&b, v->statement.text, WIDTH, "  ", "  ");
	fputs(b.data, stdout);
	wdate_long(&d, v->statement.when.date);
	printf(_("  (your words, last written on %s)\n"), d.data);
out:
	buf_release(&b);
	buf_release(&d);
}

static void print_event(const struct recovery_event *e)
{
	struct buf label = BUF_INIT, b = BUF_INIT;

	if (e->kind == RECOVERY_AREAS) {
		text_pad(&label, e->set ? e->set->name : e->rating->set, LABEL_WIDTH);
		buf_addf(&b, P_("%zu area rated, %.1f out of 10 on average",
				"%zu areas rated, %.1f out of 10 on average", e->rating->nscores),
			 e->rating->nscores, area_rating_mean(e->rating));
	} else {
		const struct measure_entry *me = e->entry;
		text_pad(&label, me->m ? me->m->name : me->r->measure, LABEL_WIDTH);
		if (!me->r->complete) {
			buf_adds(&b, _("no total (questions left unanswered)"));
		} else {
			measure_format_total(&b, me->r->total);
			if (me->m) {
				buf_adds(&b, _(" out of "));
				measure_format_total(&b, me->m->max);
			}
			if (me->band)
				buf_addf(&b, " (%s)", me->band->label);
		}
	}
	printf("  %s %s\n", label.data, b.data);
	buf_release(&label);
	buf_release(&b);
}

static void print_since(const struct recovery_view *v)
{
	struct buf b = BUF_INIT, w = BUF_INIT;
	int any = 0;

	for (size_t i = 0; i < v->nareas; i++) {
		const struct recovery_areas *ra = &v->areas[i];
		const struct area_distance *d = &ra->distance;
		if (ra->nratings < 2 || !d->compared)
			continue;
		if (!any++)
			printf("\n%s\n", _("Since you started"));
		buf_reset(&b);
		buf_reset(&w);
		wdate_short_range(&b, ra->first->when.date, ra->latest->when.date);
		recovery_areas_words(&w, ra);
		printf("  %s: %s (%s)\n", ra->set.name, w.data, b.data);
	}
	for (size_t i = 0; i < v->nmeasures; i++) {
		const struct recovery_measure *rm = &v->measures[i];
		if (rm->first == rm->latest)
			continue;
		if (!any++)
			printf("\n%s\n", _("Since you started"));
		buf_reset(&b);
		buf_reset(&w);
		wdate_short_range(&b, rm->first->r->when.date, rm->latest->r->when.date);
		recovery_measure_words(&w, rm);
		printf("  %s: %s (%s)\n", rm->m->name, w.data, b.data);
	}
	if (any)
		printf("%s\n", _("  'waymark areas compare' and 'waymark measure history' show the detail."));
	buf_release(&b);
	buf_release(&w);
}

static int cmd_view(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print the whole view as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "recovery", "[statement ...] [--json]",
		N_("see both kinds of recovery side by side: your own ratings of how life is\n"
		   "going, and your questionnaire scores, beside what recovery means to you"),
		opts, N_("Commands:\n"
			 "  statement [TEXT]   write what recovery means to you, in your own words\n"), 0 };
	struct measure_catalog c;
	struct recovery_view v;
	struct err err = ERR_INIT;
	struct wdate last = { 0, 0, 0 };
	const char *arg;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'waymark recovery' understands"), argv[p.optind]);
	if (measure_catalog_load(&c, NULL, &err))
		die_err(&err, 0);
	for (size_t i = 0; i < c.nproblems; i++)
		fprintf(stderr, _("waymark: a measure file was left out: %s\n"), c.problems[i]);
	recovery_view_init(&v);
	if (cli_open_vault_if_exists(wm)) {
		if (recovery_load(wm, &c, &v, &err))
			die_err(&err, 0);
	} else {
		recovery_build(&v, &c);
	}
	if (json) {
		print_json(recovery_view_to_json(&v));
		goto out;
	}
	pager_start();
	print_statement(&v);
	printf("\n%s\n", _("Both recoveries, side by side"));
	{
		struct buf b = BUF_INIT;
		text_wrap(&b, _("How life is going, in your own eyes (your life areas), and how you have "
				"been feeling (your questionnaires). Neither counts more than the other."),
			  WIDTH, "", "");
		fputs(b.data, stdout);
		buf_release(&b);
	}
	if (!v.nevents)
		printf("\n%s\n", _("Nothing here yet. 'waymark areas rate' and 'waymark measure take phq9'\n"
				   "add to it, whenever you like."));
	for (size_t i = 0; i < v.nevents; i++) {
		const struct recovery_event *e = &v.events[i];
		if (wdate_cmp(e->when.date, last)) {
			struct buf b = BUF_INIT;
			wdate_long(&b, e->when.date);
			printf("\n%s\n", b.data);
			buf_release(&b);
			last = e->when.date;
		}
		print_event(e);
	}
	print_since(&v);
out:
	recovery_view_release(&v);
	measure_catalog_release(&c);
	return 0;
}

static int cmd_statement(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "clear", 0, OPT_CLEAR, NULL, N_("remove your statement") },
		{ "ask", 0, OPT_ASK, NULL, N_("ask for it even when not at a terminal") },
		{ 0 },
	};
	struct cli_parser p = { "recovery statement", "[TEXT] [--clear]",
		N_("write, in your own words, what recovery means to you. With no text, on a\n"
		   "terminal, Waymark asks; otherwise it shows what you wrote."),
		opts, N_("Example:\n"
			 "  waymark recovery statement \"Enjoying Sundays with my kids again, symptoms or not.\"\n"), 0 };
	struct recovery_statement s;
	struct err err = ERR_INIT;
	struct buf words = BUF_INIT;
	const char *arg;
	int key, clear = 0, ask = 0, rc;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_CLEAR)
			clear = 1;
		else
			ask = 1;
	}
	recovery_statement_init(&s);
	if (clear) {
		if (p.optind < argc)
			die_usage(p.cmd, _("--clear removes your statement, so it takes no text"));
		rc = cli_open_vault_if_exists(wm) ? recovery_statement_delete(wm, &err) : 1;
		if (rc < 0)
			die_err(&err, 0);
		printf("%s\n", rc ? _("There was no statement to remove.")
				  : _("Removed your statement. You can write a new one whenever you like."));
		return 0;
	}
	for (int i = p.optind; i < argc; i++)
		buf_addf(&words, "%s%s", i > p.optind ? " " : "", argv[i]);
	if (!words.len && !ask && !cli_interactive()) {
		rc = cli_open_vault_if_exists(wm) ? recovery_statement_get(wm, &s, &err) : 1;
		if (rc < 0)
			die_err(&err, 0);
		if (rc)
			printf("%s\n", _("You have not written a statement yet. 'waymark recovery statement \"...\"' does."));
		else
			printf("%s\n", s.text);
		recovery_statement_release(&s);
		return 0;
	}
	if (words.len && recovery_statement_set_text(&s, words.data, &err))
		die_err(&err, 1);
	cli_open_vault(wm);
	if (!words.len) {
		struct recovery_statement old;
		char *line;
		rc = recovery_statement_get(wm, &old, &err);
		if (rc < 0)
			die_err(&err, 0);
		printf("%s\n", _("In your own words, what does recovery mean to you? There is no right answer,\n"
				 "and you can change it whenever you like."));
		if (!rc)
			printf(_("Now: %s\n(Press Enter to keep it.)\n"), old.text);
		recovery_statement_release(&old);
		for (;;) {
			char *t;
			line = prompt_line("> ");
			if (!line) {
				putchar('\n');
				break;
			}
			t = text_trimmed(line);
			free(line);
			line = NULL;
			if (!*t) {
				free(t);
				break;
			}
			err_clear(&err);
			if (!recovery_statement_set_text(&s, t, &err)) {
				free(t);
				break;
			}
			printf("%s\n", err.msg);
			free(t);
		}
		if (!s.text) {
			printf("%s\n", _("Nothing was changed."));
			buf_release(&words);
			return 0;
		}
	}
	if (recovery_statement_save(wm, &s, &err))
		die_err(&err, 1);
	printf("%s\n", _("Saved your words. 'waymark recovery' shows them beside how things are going."));
	recovery_statement_release(&s);
	buf_release(&words);
	return 0;
}

int recovery_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "statement"))
		return cmd_statement(wm, argc - 1, argv + 1);
	return cmd_view(wm, argc, argv);
}
