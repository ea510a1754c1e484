/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark measure ...`: take a questionnaire (asked item by item,
 * or --answers for scripts), see the history with the Talking-Therapies-
 * style indicators, look at a measure's definition, and check a definition
 * file before adding it. An answer above "Not at all" on a risk item (PHQ-9
 * item 9) brings up the crisis contacts at once, before any score, and
 * never a risk level. Bad input ends with exit 2 and nothing saved.
 */
#include <jansson.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "measures.h"
#include "vault/vault.h"

enum { OPT_ANSWERS = 1, OPT_DATE, OPT_TIME, OPT_ASK, OPT_JSON };

/* Text is wrapped to this many columns. */
#define WIDTH 78

/* Prints s wrapped to WIDTH. */
static void print_wrapped(const char *s)
{
	struct buf b = BUF_INIT;
	text_wrap(&b, s, WIDTH, "", "");
	fputs(b.data, stdout);
	buf_release(&b);
}

/* ---- helpers ---- */

static void print_json(json_t *o)
{
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(o);
}

/* Loads every definition, telling the person about any file left out. */
static void load_catalog(struct measure_catalog *c)
{
	struct err err = ERR_INIT;

	if (measure_catalog_load(c, NULL, &err))
		die_err(&err, 0);
	for (size_t i = 0; i < c->nproblems; i++)
		fprintf(stderr, _("waymark: a measure file was left out: %s\n"), c->problems[i]);
}

static const struct measure *find_or_die(const struct measure_catalog *c, const char *name)
{
	const struct measure *m = measure_find(c, name);
	struct buf names = BUF_INIT;

	if (m)
		return m;
	for (size_t i = 0; i < c->n; i++)
		buf_addf(&names, "%s%s", i ? ", " : "", c->items[i].id);
	die(2, _("there is no measure called '%s'; the measures are: %s"), name, names.data);
}

static const char *option_label(const struct measure_item *it, int value)
{
	for (size_t k = 0; k < it->noptions; k++)
		if (it->options[k].value == value)
			return it->options[k].label;
	return "";
}

/* The safety response: the crisis contacts first, then a few calm words.
 * No risk level, no score. */
static void safety_response(FILE *out, struct waymark *wm, const struct measure *m,
			    const struct measure_item *it)
{
	size_t number = (size_t)(it - m->items) + 1;

	fputc('\n', out);
	cli_crisis_box(out, wm);
	fprintf(out, _("\nThank you for answering question %zu honestly. Thoughts like these are more\n"
		       "common than people think, and you deserve support with them. You could talk\n"
		       "to someone today: someone you trust, your GP or care team, or one of the\n"
		       "lines above, at any time of day or night. 'waymark crisis' shows them again.\n"),
		number);
}

/* ---- measure list ---- */

static int cmd_list(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print the measures as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "measure list", "[--json]",
		N_("show the questionnaires you can take"), opts, NULL, 0 };
	struct measure_catalog c;
	const char *arg;
	char *dir;
	int json = 0;

	(void)wm;
	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'waymark measure list' understands"), argv[p.optind]);
	load_catalog(&c);
	if (json) {
		json_t *a = json_array();
		for (size_t i = 0; i < c.n; i++) {
			const struct measure *m = &c.items[i];
			json_t *o = json_object();
			json_object_set_new(o, "id", json_string(m->id));
			json_object_set_new(o, "name", json_string(m->name));
			json_object_set_new(o, "title", json_string(m->title));
			json_object_set_new(o, "about", json_string(m->about));
			json_object_set_new(o, "items", json_integer((json_int_t)m->nitems));
			json_object_set_new(o, "licence", json_string(m->licence));
			json_object_set_new(o, "origin", json_string(m->origin));
			json_array_append_new(a, o);
		}
		print_json(a);
		measure_catalog_release(&c);
		return 0;
	}
	printf("%s\n\n", _("Questionnaires you can take:"));
	for (size_t i = 0; i < c.n; i++) {
		const struct measure *m = &c.items[i];
		struct buf b = BUF_INIT;
		text_pad(&b, m->id, 6);
		printf("  %s  %s\n", b.data, m->about);
		buf_release(&b);
	}
	dir = file_data_path("measures");
	printf(_("\n'waymark measure take phq9' asks the questions, one at a time.\n"
		 "A score is a snapshot of how things have been, not a diagnosis.\n"
		 "To add a measure you hold a licence for, put its definition file in\n"
		 "%s (see docs/measures.md).\n"), dir);
	free(dir);
	measure_catalog_release(&c);
	return 0;
}

/* ---- measure take ---- */

/* 1 if the item's options are the same as another item's. */
static int same_options(const struct measure_item *a, const struct measure_item *b)
{
	if (a->noptions != b->noptions)
		return 0;
	for (size_t k = 0; k < a->noptions; k++)
		if (a->options[k].value != b->options[k].value ||
		    strcmp(a->options[k].label, b->options[k].label))
			return 0;
	return 1;
}

static void print_options(const struct measure_item *it)
{
	for (size_t k = 0; k < it->noptions; k++)
		printf("  %d  %s\n", it->options[k].value, it->options[k].label);
}

/* Asks each item in turn. The safety response comes at once after a risk
 * item is answered above its lowest option. Returns the number of
 * answers; *shown is set if the safety response was shown. */
static size_t ask_items(struct waymark *wm, const struct measure *m, struct measure_answer *a,
			int *shown)
{
	const struct measure_item *shown_opts = NULL;
	size_t n = 0;
	int any_above = 0;

	printf("%s\n", m->title);
	printf(_("Type the number of your answer, or press Enter to skip a question.\n"));
	putchar('\n');
	print_wrapped(m->instructions);
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		struct buf prompt = BUF_INIT;
		int value;

		/* the difficulty question is for when there was a problem */
		if (!it->scored && !any_above)
			continue;
		if (!shown_opts || !same_options(shown_opts, it)) {
			putchar('\n');
			print_options(it);
			shown_opts = it;
		}
		{
			struct buf q = BUF_INIT;
			buf_addf(&q, "%zu. %s", i + 1, it->text);
			buf_addch(&prompt, '\n');
			text_wrap(&prompt, q.data, WIDTH, "", "");
			buf_adds(&prompt, "> ");
			buf_release(&q);
		}
		for (;;) {
			char *line = prompt_line(prompt.data), *t;
			int r;
			if (!line) {
				putchar('\n');
				buf_release(&prompt);
				return n;
			}
			t = text_trimmed(line);
			free(line);
			if (!*t) {
				free(t);
				value = INT32_MIN;
				break;
			}
			r = text_parse_int(t, it->lowest, it->highest, &value);
			for (size_t o = 0; !r && o < it->noptions; o++)
				if (it->options[o].value == value)
					r = 1;
			if (r == 1) {
				free(t);
				break;
			}
			printf(_("Please type one of the numbers %d to %d for this question ('%s' is not one).\n"),
			       it->lowest, it->highest, t);
			free(t);
		}
		buf_release(&prompt);
		if (value == INT32_MIN)
			continue;
		a[n].item = xstrdup(it->id);
		a[n++].value = value;
		if (it->scored && value > it->lowest)
			any_above = 1;
		if (it->risk && value > it->lowest && !*shown) {
			safety_response(stdout, wm, m, it);
			*shown = 1;
		}
	}
	return n;
}

static void print_result(const struct measure *m, const struct measure_response *r,
			 const struct measure_result *res)
{
	struct buf b = BUF_INIT, when = BUF_INIT;
	char t[6];

	wdate_long(&when, r->when.date);
	wclock_format(r->when.minute, t);
	buf_addf(&when, ", %s", t);
	putchar('\n');
	if (!res->complete) {
		printf(P_("Saved your answers (number %lld, %s) without a total,\n"
			  "because %zu question was left unanswered: Waymark never guesses missing answers.\n",
			  "Saved your answers (number %lld, %s) without a total,\n"
			  "because %zu questions were left unanswered: Waymark never guesses missing answers.\n",
			  res->missing),
		       (long long)r->id, when.data, res->missing);
		goto footer;
	}
	measure_format_out_of(&b, m, res->total);
	printf(_("%s total: %s"), m->name, b.data);
	if (res->band) {
		buf_reset(&b);
		measure_band_range(&b, m, res->band);
		printf(_(", in the '%s' band (%s)"), res->band->label, b.data);
	}
	printf(".\n");
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		int v = measure_response_answer(r, it->id);
		if (!it->scored && v >= 0)
			printf(_("How difficult these problems have made things: %s.\n"),
			       option_label(it, v));
	}
	if (m->suggest) {
		struct buf at = BUF_INIT;
		measure_format_total(&at, m->suggest_at);
		if (res->total >= m->suggest_at)
			printf(_("A score of %s or more suggests taking the full questionnaire next:\n"
				 "  waymark measure take %s\n"), at.data, m->suggest);
		else
			printf(_("That is under %s, so the full questionnaire is not needed now, but you\n"
				 "can take it whenever you like ('waymark measure take %s').\n"),
			       at.data, m->suggest);
		buf_release(&at);
	}
	printf(_("Saved your answers (number %lld, %s).\n"), (long long)r->id, when.data);
footer:
	printf("\n%s\n", _("A score is a snapshot of how things have been, not a diagnosis. You may want\n"
			   "to share it with your GP or care team. 'waymark measure history' shows changes."));
	putchar('\n');
	print_wrapped(m->copyright);
	buf_release(&b);
	buf_release(&when);
}

static int cmd_take(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "answers", 1, OPT_ANSWERS, "LIST", N_("the answers in order, like 0,1,2,... (- leaves one out)") },
		{ "date", 1, OPT_DATE, "YYYY-MM-DD", N_("the day it is about (to add an earlier score)") },
		{ "time", 1, OPT_TIME, "HH:MM", N_("the time it is about") },
		{ "ask", 0, OPT_ASK, NULL, N_("ask the questions even when not at a terminal") },
		{ "json", 0, OPT_JSON, NULL, N_("print the saved response as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "measure take", "MEASURE [--answers LIST] [options]",
		N_("answer a questionnaire: phq9, gad7, or the quick checks phq2 and gad2.\n"
		   "On a terminal Waymark asks each question in turn; press Enter to skip one.\n"
		   "Missing answers are never filled in: a response with a question left out is\n"
		   "kept without a total."),
		opts, N_("Examples:\n"
			 "  waymark measure take phq9\n"
			 "  waymark measure take gad7 --answers 1,2,1,0,0,1,2\n"
			 "  waymark measure take phq9 --answers 2,2,1,1,0,1,1,0,0,1 --date 2026-03-01\n"
			 "With --answers, the PHQ-9 and GAD-7 take one number per question, and may add\n"
			 "the last one (how difficult things have been: 0 to 3).\n"), 0 };
	const char *arg, *answers = NULL, *date = NULL, *time = NULL;
	struct measure_catalog c;
	const struct measure *m;
	struct measure_response r;
	struct measure_result res;
	struct measure_answer *a = NULL;
	struct err err = ERR_INIT;
	size_t n = 0;
	int key, ask = 0, json = 0, shown = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_ANSWERS: answers = arg; break;
		case OPT_DATE: date = arg; break;
		case OPT_TIME: time = arg; break;
		case OPT_ASK: ask = 1; break;
		case OPT_JSON: json = 1; break;
		}
	}
	if (argc - p.optind != 1)
		die_usage(p.cmd, _("please name one measure, such as phq9 or gad7"));
	load_catalog(&c);
	m = find_or_die(&c, argv[p.optind]);
	measure_response_init(&r);
	if (wlocal_for_entry(date, time, &r.when, &err))
		die_err(&err, 1);
	if (answers && measure_parse_answers(m, answers, &a, &n, &err))
		die_err(&err, 1);
	if (!answers && !ask && !cli_interactive())
		die(2, _("nothing to save: give the answers with --answers (see 'waymark measure take --help'),\n"
			 "or run it in a terminal to be asked"));
	cli_open_vault(wm);
	if (!answers) {
		a = xcalloc(m->nitems, sizeof(*a));
		n = ask_items(wm, m, a, &shown);
		if (!n) {
			free(a);
			printf("%s\n", _("Nothing was saved."));
			measure_catalog_release(&c);
			return 0;
		}
	}
	if (measure_response_fill(&r, m, &a, n, &err) ||
	    measure_score(m, r.answers, r.nanswers, &res, &err))
		die_err(&err, 1);
	/* the safety response comes before any score */
	if (res.safety && !shown) {
		for (size_t i = 0; i < m->nitems && !shown; i++) {
			const struct measure_item *it = &m->items[i];
			if (it->risk && measure_response_answer(&r, it->id) > it->lowest) {
				safety_response(json ? stderr : stdout, wm, m, it);
				shown = 1;
			}
		}
	}
	if (measures_add(wm, &r, &err))
		die_err(&err, 0);
	if (json) {
		struct measure_entry e = { 0 };
		e.r = &r;
		e.m = m;
		e.band = res.band;
		e.is_case = res.complete ? measure_is_case(m, res.total) : -1;
		print_json(measure_entry_to_json(&e));
	} else {
		print_result(m, &r, &res);
	}
	measure_response_release(&r);
	measure_catalog_release(&c);
	return 0;
}

/* ---- measure history ---- */

static void change_words(struct buf *b, const struct measure_entry *e)
{
	struct buf d = BUF_INIT;

	if (!e->has_change)
		return;
	measure_format_total(&d, e->change < 0 ? -e->change : e->change);
	if (e->change < 0)
		buf_addf(b, _("down %s since the first"), d.data);
	else if (e->change > 0)
		buf_addf(b, _("up %s since the first"), d.data);
	else
		buf_adds(b, _("the same as the first"));
	if (e->reliable > 0)
		buf_adds(b, _(": a reliable improvement"));
	else if (e->reliable < 0)
		buf_adds(b, _(": a reliable rise"));
	buf_release(&d);
}

static const char *yes_no(int v)
{
	return v ? _("yes") : _("no");
}

static void print_tt(const struct measure_tt *tt)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	const struct measure_indicators *in = &tt->ind;

	if (!tt->dep || !tt->anx)
		return;
	printf("\n%s\n", _("Talking-Therapies-style indicators"));
	printf("%s\n", _("For your own reflection: not official statistics, and not a diagnosis."));
	if (tt->npairs < 2) {
		printf(P_("These compare the first and latest days on which you took both the %s and\n"
			  "the %s. You have %zu such day so far; they need two.\n",
			  "These compare the first and latest days on which you took both the %s and\n"
			  "the %s. You have %zu such days so far; they need two.\n", tt->npairs),
		       tt->dep->name, tt->anx->name, tt->npairs);
		goto out;
	}
	wdate_long(&a, tt->first_day);
	wdate_long(&b, tt->last_day);
	printf(_("Comparing the first and latest days you took both the %s and the %s\n"
		 "(%s and %s):\n"), tt->dep->name, tt->anx->name, a.data, b.data);
	buf_reset(&a);
	buf_reset(&b);
	measure_format_total(&a, tt->dep->caseness);
	measure_format_total(&b, tt->anx->caseness);
	printf(_("  Above the clinical cut-off (%s %s or more, or %s %s or more):\n"
		 "    at first %s, latest %s\n"),
	       tt->dep->name, a.data, tt->anx->name, b.data,
	       yes_no(in->case_first), yes_no(in->case_last));
	printf(_("  Reliable improvement:   %s\n"), yes_no(in->reliable_improvement));
	printf(_("  Reliable deterioration: %s\n"), yes_no(in->reliable_deterioration));
	if ((in->imp_dep || in->imp_anx) && (in->det_dep || in->det_anx))
		printf("%s\n", _("    (one questionnaire went reliably down and the other reliably up, so neither)"));
	if (in->recovery < 0) {
		printf("%s\n", _("  Recovery: does not apply, as you were not above the cut-off at first"));
	} else {
		printf(_("  Recovery (from above the cut-off to below it): %s\n"), yes_no(in->recovery));
		printf(_("  Reliable recovery (both of the above):        %s\n"), yes_no(in->reliable_recovery));
	}
	buf_reset(&a);
	buf_reset(&b);
	measure_format_total(&a, tt->dep->reliable_change);
	measure_format_total(&b, tt->anx->reliable_change);
	printf(_("\nA reliable change is one bigger than everyday ups and downs: %s points or\n"
		 "more on the %s, %s or more on the %s.\n"),
	       a.data, tt->dep->name, b.data, tt->anx->name);
out:
	printf("\n%s\n", _("Symptoms are one side of recovery. 'waymark recovery' shows them beside\n"
			   "your own view of how life is going."));
	buf_release(&a);
	buf_release(&b);
}

static int cmd_history(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print every response and the indicators as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "measure history", "[MEASURE] [--json]",
		N_("show your scores over time, with Talking-Therapies-style indicators\n"
		   "between your first and latest PHQ-9 and GAD-7"), opts, NULL, 0 };
	struct measure_catalog c;
	struct measure_response_list l = { 0 };
	struct measure_entry *entries;
	struct measure_tt tt;
	struct err err = ERR_INIT;
	struct wdate last = { 0, 0, 0 };
	const struct measure *only = NULL;
	const char *arg;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (argc - p.optind > 1)
		die_usage(p.cmd, _("please name at most one measure"));
	load_catalog(&c);
	if (p.optind < argc)
		only = find_or_die(&c, argv[p.optind]);
	if (cli_open_vault_if_exists(wm) && measures_list(wm, NULL, &l, &err))
		die_err(&err, 0);
	measure_history(&c, &l, &entries, &tt);
	if (json) {
		json_t *o = json_object(), *list = json_array();
		for (size_t i = 0; i < l.n; i++)
			if (!only || !strcmp(l.items[i].measure, only->id))
				json_array_append_new(list, measure_entry_to_json(&entries[i]));
		json_object_set_new(o, "entries", list);
		json_object_set_new(o, "talking_therapies_style", measure_tt_to_json(&tt));
		print_json(o);
		goto out;
	}
	if (!l.n) {
		printf("%s\n", _("No questionnaires yet. 'waymark measure take phq9' (or gad7) starts one."));
		goto out;
	}
	pager_start();
	printf("%s\n", _("Your questionnaires"));
	for (size_t i = 0; i < l.n; i++) {
		const struct measure_entry *e = &entries[i];
		const struct measure_response *r = e->r;
		struct buf b = BUF_INIT, name = BUF_INIT;
		if (only && strcmp(r->measure, only->id))
			continue;
		if (wdate_cmp(r->when.date, last)) {
			wdate_long(&b, r->when.date);
			printf("\n%s\n", b.data);
			buf_reset(&b);
			last = r->when.date;
		}
		text_pad(&name, e->m ? e->m->name : r->measure, 6);
		printf("  #%-4lld %s  ", (long long)r->id, name.data);
		if (!r->complete) {
			printf("%s", _("no total (questions left unanswered)"));
		} else if (e->m) {
			struct buf cell = BUF_INIT;
			measure_format_out_of(&b, e->m, r->total);
			text_pad(&cell, b.data, 12);
			printf("%s", cell.data);
			buf_release(&cell);
			if (e->band)
				printf("  %s", e->band->label);
			buf_reset(&b);
			change_words(&b, e);
			if (b.len)
				printf("; %s", b.data);
		} else {
			measure_format_total(&b, r->total);
			printf("%s", b.data);
		}
		if (r->nsafety)
			printf("%s", _(" (support was offered)"));
		putchar('\n');
		buf_release(&b);
		buf_release(&name);
	}
	if (!only || only->role)
		print_tt(&tt);
out:
	free(entries);
	measure_response_list_release(&l);
	measure_catalog_release(&c);
	return 0;
}

/* ---- measure info and check ---- */

static void print_definition(const struct measure *m)
{
	const struct measure_item *shown = NULL;
	struct buf b = BUF_INIT;

	printf("%s\n%s\n\n", m->title, m->about);
	print_wrapped(m->instructions);
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		if (!shown || !same_options(shown, it)) {
			putchar('\n');
			print_options(it);
			putchar('\n');
			shown = it;
		}
		buf_reset(&b);
		buf_addf(&b, "%zu. %s%s", i + 1, it->text, it->scored ? "" : _(" (not scored)"));
		print_wrapped(b.data);
	}
	buf_reset(&b);
	measure_format_total(&b, m->min);
	buf_adds(&b, _(" to "));
	measure_format_total(&b, m->max);
	printf(_("\nTotal: the %s of the scored answers, from %s.\n"),
	       m->method == MEASURE_SUM ? _("sum") : _("mean"), b.data);
	for (size_t i = 0; i < m->nbands; i++) {
		buf_reset(&b);
		measure_band_range(&b, m, &m->bands[i]);
		printf("  %-10s %s\n", b.data, m->bands[i].label);
	}
	if (m->has_caseness) {
		buf_reset(&b);
		measure_format_total(&b, m->caseness);
		printf(_("Clinical cut-off: %s%s.\n"), b.data, m->higher_is_better ? _(" (below it)") : _(" or more"));
	}
	if (m->has_rc) {
		buf_reset(&b);
		measure_format_total(&b, m->reliable_change);
		printf(_("Reliable change: %s points or more.\n"), b.data);
	}
	if (m->loinc || m->score_loinc)
		printf(_("LOINC: panel %s, total %s.\n"), m->loinc ? m->loinc : "-",
		       m->score_loinc ? m->score_loinc : "-");
	if (m->score_snomed)
		printf(_("SNOMED CT: %s.\n"), m->score_snomed);
	printf(_("From: %s.\n"), m->origin);
	if (m->source)
		printf(_("Source: %s.\n"), m->source);
	putchar('\n');
	print_wrapped(m->copyright);
	buf_release(&b);
}

static int cmd_info(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "measure info", "MEASURE",
		N_("show a measure's questions, answers, scoring and where it comes from"),
		NULL, NULL, 0 };
	struct measure_catalog c;
	const char *arg;

	(void)wm;
	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	if (argc - p.optind != 1)
		die_usage(p.cmd, _("please name one measure, such as phq9"));
	load_catalog(&c);
	print_definition(find_or_die(&c, argv[p.optind]));
	measure_catalog_release(&c);
	return 0;
}

static int cmd_check(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "measure check", "FILE",
		N_("check a measure definition file before adding it (format: docs/measures.md)"),
		NULL, NULL, 0 };
	struct measure_catalog c;
	struct measure m;
	struct buf text = BUF_INIT, range = BUF_INIT;
	struct err err = ERR_INIT;
	const char *arg, *file;

	(void)wm;
	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	if (argc - p.optind != 1)
		die_usage(p.cmd, _("please name one file"));
	file = argv[p.optind];
	if (file_read_all(file, MEASURES_FILE_MAX, &text, &err))
		die_err(&err, 0);
	if (measure_parse(text.data, text.len, file, 0, &m, &err))
		die_err(&err, 0);
	buf_release(&text);
	load_catalog(&c);
	if (m.suggest && !measure_find(&c, m.suggest))
		die(2, _("%s: suggest: there is no measure '%s'"), file, m.suggest);
	for (size_t i = 0; i < c.n; i++)
		if (c.items[i].shipped && (measure_name_eq(c.items[i].id, m.id) ||
					   measure_name_eq(c.items[i].name, m.name)))
			die(2, _("%s: the id '%s' or name '%s' is already used by %s, which Waymark ships; choose another"),
			    file, m.id, m.name, c.items[i].name);
	measure_format_total(&range, m.min);
	buf_adds(&range, _(" to "));
	measure_format_total(&range, m.max);
	printf(_("%s is a good measure definition: %s, %zu questions (%zu scored), totals from %s.\n"),
	       file, m.name, m.nitems, m.nscored, range.data);
	buf_release(&range);
	measure_release(&m);
	measure_catalog_release(&c);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "check", cmd_check },
	{ "history", cmd_history },
	{ "info", cmd_info },
	{ "list", cmd_list },
	{ "take", cmd_take },
};

int measures_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && argv[1][0] != '-') {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name))
				return subcommands[i].fn(wm, argc - 1, argv + 1);
		die_usage("measure", _("'%s' is not a measure command: try take, history, list, info or check"),
			  argv[1]);
	}
	if (argc >= 2 && !strcmp(argv[1], "--help")) {
		struct cli_parser p = { "measure", "[take|history|list|info|check] ...",
			N_("answer symptom questionnaires (PHQ-9, GAD-7 and the quick PHQ-2 and GAD-2)\n"
			   "and see how your scores change. A score is not a diagnosis."),
			NULL,
			N_("Commands:\n"
			   "  take MEASURE [--answers LIST]   answer a questionnaire\n"
			   "  history [MEASURE] [--json]      your scores over time, with indicators\n"
			   "  list [--json]                   the questionnaires you can take (the default)\n"
			   "  info MEASURE                    its questions, scoring and source\n"
			   "  check FILE                      check a definition file before adding it\n"), 0 };
		cli_help(&p, stdout);
		return 0;
	}
	return cmd_list(wm, argc, argv);
}
