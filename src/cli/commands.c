/* SPDX-License-Identifier: MIT */
/*
 * commands.c: the command table and the dispatcher. The table is the one
 * place the CLI names features; each entry's flags say what the dispatcher
 * prepares (an open, unlocked vault) before the handler runs. The crisis
 * box is drawn here from what features/safety composes (the person's
 * safety plan and the support lines open now), the same as the web's box.
 */
#include "cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "features/areas/areas.h"
#include "features/diary/diary.h"
#include "features/goals/goals.h"
#include "features/people/people.h"
#include "features/plan/plan.h"
#include "features/safety/safety.h"
#include "features/support/support.h"
#include "features/measures/measures.h"
#include "features/recovery/recovery.h"
#include "features/report/report.h"
#include "features/imports/imports.h"
#include "features/insights/insights.h"
#include "features/transfer/transfer.h"
#include "vault/record.h"
#include "vault/vault.h"

#ifndef WAYMARK_VERSION
#define WAYMARK_VERSION "0.1.0"
#endif

int cli_cmd_crisis(struct waymark *wm, int argc, char **argv);
int cli_cmd_help(struct waymark *wm, int argc, char **argv);
int cli_cmd_ui(struct waymark *wm, int argc, char **argv);
int cli_cmd_version(struct waymark *wm, int argc, char **argv);
int vault_cmd(struct waymark *wm, int argc, char **argv);

static const struct command commands[] = { /* sorted by name */
	{ "areas", areas_cmd, CMD_CREATE,
	  "[rate|history|compare|focus|list|rename|add|hide|show|move] ...",
	  N_("rate the areas of your life and see how far you have come") },
	{ "checkin", diary_cmd_checkin, CMD_CREATE,
	  "[--mood N] [--slept HH:MM-HH:MM] [--note TEXT] ...",
	  N_("write down how you are right now (asks you, or use options)") },
	{ "crisis", cli_cmd_crisis, 0, "",
	  N_("who to contact if you need help now") },
	{ "diary", diary_cmd, CMD_VAULT,
	  "[list|show|edit|delete|search] ...",
	  N_("read, search, change or delete your check-ins") },
	{ "due", goals_cmd_due, 0, "[--json]",
	  N_("what is due today and this week (for a login script)") },
	{ "export", transfer_cmd_export, CMD_VAULT, "--json|--csv|--fhir FILE [--encrypt]",
	  N_("write everything in your vault to a file") },
	{ "goal", goals_cmd, CMD_CREATE, "[new|list|show|log|done|...] ...",
	  N_("set goals the SMART way, follow them and celebrate them") },
	{ "help", cli_cmd_help, 0, "[COMMAND]",
	  N_("show what Waymark can do, or help for one command") },
	{ "import", imports_cmd, CMD_CREATE, "APP FILE | --json FILE",
	  N_("bring in your diary from another app, or a Waymark export") },
	{ "insights", insights_cmd, CMD_VAULT, "[--days N] [--json]",
	  N_("what your diary shows: patterns, coping that helped, sleep, your own usual") },
	{ "measure", measures_cmd, CMD_CREATE, "[take|history|list|info|check] ...",
	  N_("answer the PHQ-9 or GAD-7 and see your scores over time") },
	{ "people", people_cmd, CMD_CREATE,
	  "[add|list|show|edit|remove|contacted|reminders] ...",
	  N_("the people who help you stay well, and your care team") },
	{ "plan", plan_cmd, CMD_CREATE, "[show|edit|review|card] ...",
	  N_("your wellness and crisis plan, and a short safety plan") },
	{ "recovery", recovery_cmd, CMD_CREATE, "[statement [TEXT]] [--json]",
	  N_("both recoveries side by side, with what recovery means to you") },
	{ "report", report_cmd, CMD_CREATE,
	  "[--from DATE] [--to DATE] [--sections LIST] --pdf FILE | --html FILE | question ...",
	  N_("a report to take to an appointment: you choose what goes in") },
	{ "support", support_cmd, 0, "[--now] [--at TIME] [--age N] [--for GROUP] [--json]",
	  N_("support lines, and who you can contact right now") },
	{ "test-ics", goals_cmd_test_ics, CMD_TEST, NULL, NULL },
	{ "tracker", diary_cmd_tracker, CMD_CREATE, "[list|add|rename|retire|restore] ...",
	  N_("your own things to track beside mood: energy, medication, exercise") },
	{ "ui", cli_cmd_ui, 0, "[--port N] [--no-browser]",
	  N_("open Waymark in your web browser") },
	{ "vault", vault_cmd, 0, "[init|passwd|backup|check|path] ...",
	  N_("set up, protect, back up and check your vault") },
	{ "version", cli_cmd_version, 0, "", N_("show which Waymark this is") },
};

const struct command *cli_commands(size_t *n)
{
	*n = ARRAY_SIZE(commands);
	return commands;
}

const struct command *cli_find(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static void overview(FILE *out)
{
	fprintf(out, "%s\n\n", _("Waymark: a private recovery journal and planner."));
	fprintf(out, "usage: waymark [--vault PATH] COMMAND [options]\n\n");
	fprintf(out, "%s\n", _("Commands:"));
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		if (commands[i].flags & CMD_TEST)
			continue;
		fprintf(out, "  %-9s %s\n", commands[i].name, _(commands[i].summary));
	}
	fprintf(out, "\n%s\n", _("'waymark COMMAND --help' tells you more about each one."));
	fprintf(out, "%s\n", _("Your vault is kept in one file on this computer; 'waymark vault path' shows where."));
	fprintf(out, "\n%s\n", _("Need help now? Samaritans: call 116 123 (free, any time). NHS 111, option 2."));
	fprintf(out, "%s\n", _("If your life is at risk now, call 999. 'waymark crisis' shows more."));
}

int cli_cmd_help(struct waymark *wm, int argc, char **argv)
{
	const struct command *c;
	char *args[3];

	(void)wm;
	if (argc < 2 || !strcmp(argv[1], "--help")) {
		overview(stdout);
		return 0;
	}
	c = cli_find(argv[1]);
	if (!c)
		die(2, _("there is no command called '%s'; 'waymark help' lists them"), argv[1]);
	args[0] = argv[1];
	args[1] = (char *)"--help";
	args[2] = NULL;
	return c->fn(wm, 2, args);
}

int cli_cmd_version(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "version", "", N_("show which Waymark this is"), NULL, NULL, 0 };
	const char *arg;

	(void)wm;
	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	printf("waymark %s\n", WAYMARK_VERSION);
	return 0;
}

#define BOX_WIDTH 68 /* text columns inside the crisis box */

/* Appends s to the box's lines, wrapped, with "- " before list items. */
static void box_add(char ***lines, size_t *n, const char *s, int item)
{
	struct buf b = BUF_INIT;
	const char *p;

	if (!*s) {
		*lines = xrealloc(*lines, (*n + 1) * sizeof(char *));
		(*lines)[(*n)++] = xstrdup("");
		return;
	}
	text_wrap(&b, s, BOX_WIDTH, item ? "- " : "", item ? "  " : "");
	for (p = b.data; *p;) {
		const char *end = strchr(p, '\n');
		*lines = xrealloc(*lines, (*n + 1) * sizeof(char *));
		(*lines)[(*n)++] = xstrndup(p, (size_t)(end - p));
		p = end + 1;
	}
	buf_release(&b);
}

void cli_crisis_box(FILE *out, struct waymark *wm)
{
	struct safety_box box;
	char **lines = NULL;
	size_t n = 0;
	struct buf b = BUF_INIT;

	safety_box_init(&box);
	safety_box_fill(&box, wm, wnow());
	box_add(&lines, &n, box.title, 0);
	box_add(&lines, &n, box.comfort, 0);
	if (box.nsteps) {
		box_add(&lines, &n, "", 0);
		buf_addf(&b, "%s:", box.plan_heading);
		box_add(&lines, &n, b.data, 0);
		for (size_t i = 0; i < box.nsteps; i++)
			box_add(&lines, &n, box.steps[i], 1);
	}
	box_add(&lines, &n, "", 0);
	box_add(&lines, &n, box.emergency, 0);
	if (!box.fallback) {
		buf_reset(&b);
		buf_addf(&b, "%s:", box.lines_heading);
		box_add(&lines, &n, b.data, 0);
	}
	for (size_t i = 0; i < box.ncontacts; i++) {
		const struct safety_contact *c = &box.contacts[i];
		buf_reset(&b);
		buf_addf(&b, "%s: %s", c->name, c->how);
		if (c->note)
			buf_addf(&b, " (%s)", c->note);
		buf_addf(&b, ", %s", c->when);
		box_add(&lines, &n, b.data, 1);
	}
	cli_box(out, lines, n, 2);
	text_free_list(lines, n);
	buf_release(&b);
	safety_box_release(&box);
}

int cli_cmd_crisis(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "crisis", "", N_("who to contact if you need help now"),
				NULL, N_("Works without a vault. If you have a safety plan in a vault without a\n"
					 "passphrase, its steps come first; a locked vault is not opened.\n"), 0 };
	const char *arg;
	int locked = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	/* the person's own steps, if their vault can be read without asking
	 * for anything: no passphrase prompt stands between them and help */
	if (wm->path && vault_exists(wm->path)) {
		struct err err = ERR_INIT;
		char *path = wm->path;
		wm->path = NULL;
		if (vault_open(wm, path, 0, &err)) {
			wm->path = path;
		} else {
			free(path);
			locked = wm->encrypted;
		}
	}
	cli_crisis_box(stdout, wm);
	if (locked)
		printf("%s\n", _("Your own safety plan is in your locked vault: 'waymark plan show safety' shows it."));
	return 0;
}

/* Opens the vault for a command, or exits kindly. */
/* Opens (or with CMD_CREATE makes) the vault at path into wm and unlocks
 * it (cli_unlock exits on a wrong passphrase). 0, or -1 with err set. */
static int try_setup_vault(struct waymark *wm, const char *path, unsigned flags,
			   struct err *err)
{
	if (vault_open(wm, path, (flags & CMD_CREATE) ? VAULT_CREATE : 0, err))
		return -1;
	if (wm->created)
		fprintf(stderr, _("Made a new vault for you at %s\n"
				  "It is not encrypted yet: 'waymark vault passwd' adds a passphrase.\n"),
			path);
	cli_unlock(wm);
	/* the web UI's undo window is long over for anything still in the trash */
	return record_purge_trash(wm, 3600, err);
}

static void setup_vault(struct waymark *wm, const char *path, unsigned flags)
{
	struct err err = ERR_INIT;

	if (try_setup_vault(wm, path, flags, &err))
		die_err(&err, 0);
}

void cli_open_vault(struct waymark *wm)
{
	char *path = wm->path;

	if (wm->db)
		return;
	wm->path = NULL;
	setup_vault(wm, path, CMD_CREATE);
	free(path);
}

int cli_open_vault_kept(struct waymark *wm, struct err *err)
{
	char *path = wm->path;

	if (wm->db)
		return 0;
	wm->path = NULL;
	if (try_setup_vault(wm, path, CMD_CREATE, err)) {
		if (wm->db)
			vault_close(wm);
		if (err->kind != ERR_STORAGE)
			die_err(err, 0);
		wm->path = path;
		return -1;
	}
	free(path);
	return 0;
}

int cli_open_vault_if_exists(struct waymark *wm)
{
	if (wm->db)
		return 1;
	if (!vault_exists(wm->path))
		return 0;
	cli_open_vault(wm);
	return 1;
}

/* The command's vault, for close_at_exit: die() and friends end the
 * process from deep inside a command, and the vault must still be closed
 * (its key wiped, SQLite's memory given back) as it is on the way out of
 * a command that finished. Set once by cli_main; the process's only
 * command. */
static struct waymark *exiting_wm;

static void close_at_exit(void)
{
	if (exiting_wm && exiting_wm->db)
		vault_close_at_exit(exiting_wm);
}

int cli_main(int argc, char **argv)
{
	const char *vault_opt = NULL;
	const struct command *cmd;
	struct waymark wm;
	char *path;
	int i = 1, rc;

	while (i < argc && argv[i][0] == '-') {
		if (!strcmp(argv[i], "--vault")) {
			if (i + 1 >= argc)
				die(2, _("--vault needs the path of a vault file after it"));
			vault_opt = argv[i + 1];
			i += 2;
		} else if (!strncmp(argv[i], "--vault=", 8)) {
			vault_opt = argv[i] + 8;
			i++;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			overview(stdout);
			return 0;
		} else if (!strcmp(argv[i], "--version")) {
			printf("waymark %s\n", WAYMARK_VERSION);
			return 0;
		} else {
			die(2, _("'%s' is not an option Waymark knows; 'waymark help' lists what it can do"),
			    argv[i]);
		}
	}
	if (i >= argc) {
		overview(stdout);
		return 0;
	}
	cmd = cli_find(argv[i]);
	if (!cmd)
		die(2, _("there is no command called '%s'; 'waymark help' lists them"), argv[i]);

	path = vault_default_path(vault_opt);
	memset(&wm, 0, sizeof(wm));
	exiting_wm = &wm;
	atexit(close_at_exit);
	if (cmd->flags & CMD_VAULT) {
		/* --help must work without a vault */
		int wants_help = 0;
		for (int k = i + 1; k < argc; k++)
			if (!strcmp(argv[k], "--help"))
				wants_help = 1;
		if (!wants_help)
			setup_vault(&wm, path, cmd->flags);
		else
			wm.path = xstrdup(path);
	} else {
		wm.path = xstrdup(path);
	}
	free(path);
	rc = cmd->fn(&wm, argc - i, argv + i);
	pager_stop();
	exiting_wm = NULL;
	if (wm.db)
		vault_close(&wm);
	else
		free(wm.path);
	return rc;
}
