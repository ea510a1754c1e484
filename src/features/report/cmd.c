/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark report`: the appointment report as a PDF or an HTML
 * file, for a period and the sections the person chooses (on a terminal it
 * asks about each section when --sections is not given; elsewhere the
 * sections must be named), and `waymark report question add|list|remove`,
 * the questions to ask. Bad input ends the command with exit 2, nothing
 * written and no vault made.
 */
#include "cli/cli.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "core/text.h"
#include "report.h"
#include "vault/vault.h"

enum { OPT_FROM = 1, OPT_TO, OPT_SECTIONS, OPT_PDF, OPT_HTML, OPT_JSON };

/* Asks about each section in turn; 0 if none was chosen. */
static unsigned ask_sections(void)
{
	unsigned mask = 0;

	printf("%s\n", _("Which parts would you like in the report? Nothing goes in that you do not choose."));
	for (int s = 0; s < REPORT_SECTION__MAX; s++) {
		const struct report_section_info *si = report_section_info((enum report_section)s);
		/* the question short, so line editing never has to wrap it */
		printf("\n%s: %s\n", _(si->title), _(si->about));
		fflush(stdout);
		if (prompt_yesno(_("  Put it in? [y/N] "), 0))
			mask |= REPORT_BIT(s);
	}
	return mask;
}

static int cmd_make(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "from", 1, OPT_FROM, "YYYY-MM-DD", N_("the first day to cover (default: 4 weeks before --to)") },
		{ "to", 1, OPT_TO, "YYYY-MM-DD", N_("the last day to cover (default: today)") },
		{ "sections", 1, OPT_SECTIONS, "LIST", N_("what to include, separated by commas, or 'all' (see below)") },
		{ "pdf", 1, OPT_PDF, "FILE", N_("write the report as a PDF (A4)") },
		{ "html", 1, OPT_HTML, "FILE", N_("write the report as a web page, ready to print") },
		{ 0 },
	};
	struct cli_parser p = { "report",
		"[--from DATE] [--to DATE] [--sections LIST] --pdf FILE | --html FILE",
		N_("make a report to take to an appointment with your doctor, nurse or keyworker:\n"
		   "you choose the period and every part that goes in, and nothing else does."),
		opts, N_("Sections:\n"
			 "  mood       your mood over the period: a chart, and each week in a table\n"
			 "  sleep      how long and how well you slept, the same way\n"
			 "  measures   PHQ-9 and GAD-7 scores, with their bands and how they changed\n"
			 "  goals      your goals and the progress you made\n"
			 "  plan       your wellness and crisis plan, and when it last changed\n"
			 "  notes      the check-ins you flagged (waymark diary edit ID --flag)\n"
			 "  areas      how you rated the areas of your life, and how they moved\n"
			 "  questions  your questions for the appointment (waymark report question)\n"
			 "\nOn a terminal, without --sections, Waymark asks about each one.\n"
			 "The file is not encrypted: keep it somewhere private.\n"
			 "\nExamples:\n"
			 "  waymark report --sections mood,sleep,notes,questions --pdf report.pdf\n"
			 "  waymark report --from 2026-01-01 --sections all --html report.html\n"), 0 };
	struct err err = ERR_INIT;
	struct report_period period;
	struct report *r;
	struct buf out = BUF_INIT_SENSITIVE, text = BUF_INIT;
	const char *arg, *from = NULL, *to = NULL, *sections = NULL, *pdf = NULL, *html = NULL;
	unsigned mask = 0;
	int key;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_FROM: from = arg; break;
		case OPT_TO: to = arg; break;
		case OPT_SECTIONS: sections = arg; break;
		case OPT_PDF: pdf = arg; break;
		case OPT_HTML: html = arg; break;
		}
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'report' understands"), argv[p.optind]);
	if (report_parse_period(from, to, wtoday(), &period, &err))
		die_err(&err, 0);
	if (!pdf && !html)
		die_usage(p.cmd, _("please say where to write the report, with --pdf FILE or --html FILE"));
	if (sections && report_parse_sections(sections, &mask, &err))
		die_err(&err, 0);
	if (!sections) {
		if (!cli_interactive())
			die_usage(p.cmd, _("please choose what goes in the report with --sections, for example\n"
					   "--sections mood,sleep,notes (or --sections all)"));
		mask = ask_sections();
		if (!mask) {
			printf("%s\n", _("Nothing was chosen, so no report was made."));
			return 0;
		}
	}
	if (!cli_open_vault_if_exists(wm))
		die(2, _("there is no vault yet, so there is nothing to report; 'waymark checkin' starts one"));
	if (report_build(wm, &period, mask, wnow(), &r, &err))
		die_err(&err, 0);
	report_period_text(&text, &period);
	if (pdf) {
		if (report_pdf(r, &out, &err) || file_write_atomic(pdf, out.data, out.len, &err)) {
			report_free(r);
			die_err(&err, 0);
		}
		buf_reset(&out);
	}
	if (html) {
		report_html_document(&out, r);
		if (file_write_atomic(html, out.data, out.len, &err)) {
			report_free(r);
			die_err(&err, 0);
		}
	}
	report_free(r);
	buf_release(&out);
	if ((pdf && strcmp(pdf, "-")) || (html && strcmp(html, "-"))) {
		struct buf chosen = BUF_INIT;
		report_sections_text(&chosen, mask);
		printf(_("Made the report for %s, with: %s.\n"), text.data, chosen.data);
		if (pdf && strcmp(pdf, "-"))
			printf(_("  PDF:       %s\n"), pdf);
		if (html && strcmp(html, "-"))
			printf(_("  Web page:  %s\n"), html);
		printf("%s\n", _("It is not encrypted: keep it somewhere private, and share it with the people you choose."));
		buf_release(&chosen);
	}
	buf_release(&text);
	return 0;
}

/* ---- questions ---- */

static void print_questions(const struct report_question_list *l, int json)
{
	if (json) {
		json_t *a = json_array();
		char *s;
		for (size_t i = 0; i < l->n; i++)
			json_array_append_new(a, report_question_to_json(&l->items[i]));
		s = json_dumps(a, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		printf("%s\n", s);
		vault_free_secret(s);
		json_decref(a);
		return;
	}
	if (!l->n) {
		printf("%s\n", _("No questions yet. 'waymark report question add TEXT' writes one down."));
		return;
	}
	printf("%s\n", _("Questions you want to ask:"));
	for (size_t i = 0; i < l->n; i++) {
		struct buf lead = BUF_INIT, b = BUF_INIT;
		buf_addf(&lead, "  %zu. ", i + 1);
		text_wrap(&b, l->items[i].text, 78, lead.data, "     ");
		fputs(b.data, stdout);
		buf_release(&lead);
		buf_release(&b);
	}
}

static int cmd_question(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("list: print them as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "report question", "add TEXT | list [--json] | remove N",
		N_("the questions you want to ask at your appointment; 'waymark report\n"
		   "--sections questions' puts them in the report"), opts,
		N_("Commands:\n"
		   "  add TEXT        write a question down\n"
		   "  list [--json]   the questions, numbered (the default)\n"
		   "  remove N        take question N off the list (once asked, perhaps)\n"), 0 };
	struct report_question_list l = { NULL, 0 };
	struct err err = ERR_INIT;
	const char *arg, *verb;
	char **args;
	int nargs, json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	args = argv + p.optind;
	nargs = argc - p.optind;
	verb = nargs ? args[0] : "list";
	if (!strcmp(verb, "add") && nargs >= 2) {
		struct report_question q;
		struct buf text = BUF_INIT_SENSITIVE;
		for (int i = 1; i < nargs; i++)
			buf_addf(&text, "%s%s", i > 1 ? " " : "", args[i]);
		report_question_init(&q);
		if (report_question_set_text(&q, text.data, &err)) {
			buf_release(&text);
			die_err(&err, 1);
		}
		buf_release(&text);
		cli_open_vault(wm);
		if (report_question_add(wm, &q, &err)) {
			report_question_release(&q);
			die_err(&err, 1);
		}
		if (report_questions_list(wm, &l, &err))
			die_err(&err, 0);
		printf(_("Added question %zu: %s\n"), l.n, q.text);
		report_question_release(&q);
	} else if (!strcmp(verb, "list") && nargs <= 1) {
		if (cli_open_vault_if_exists(wm) && report_questions_list(wm, &l, &err))
			die_err(&err, 0);
		print_questions(&l, json);
	} else if (!strcmp(verb, "remove") && nargs == 2) {
		long n = cli_parse_long(_("the question's number"), args[1], 1, REPORT_QUESTIONS_MAX);
		if (cli_open_vault_if_exists(wm) && report_questions_list(wm, &l, &err))
			die_err(&err, 0);
		if ((size_t)n > l.n)
			die(2, _("there is no question %ld; 'waymark report question list' shows them"), n);
		if (report_question_delete(wm, l.items[n - 1].id, &err) < 0)
			die_err(&err, 0);
		printf(_("Removed question %ld: %s\n"), n, l.items[n - 1].text);
	} else if (!strcmp(verb, "add")) {
		die_usage(p.cmd, _("please write the question after 'add'"));
	} else {
		die_usage(p.cmd, _("'%s' is not something 'report question' understands: try add, list or remove"),
			  verb);
	}
	report_question_list_release(&l);
	return 0;
}

int report_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && (!strcmp(argv[1], "question") || !strcmp(argv[1], "questions")))
		return cmd_question(wm, argc - 1, argv + 1);
	return cmd_make(wm, argc, argv);
}
