/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark import APP FILE`, for diaries kept in other apps, and
 * the door to `waymark import --json FILE` (the transfer feature's whole-
 * vault import, handed on unchanged). The report of what will and will
 * not come across is always shown first; --dry-run shows only the report.
 * The file is read and checked in full before the vault is opened, so a
 * file that cannot be read writes nothing (not even a new vault).
 */
#include "cli/cli.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "features/transfer/transfer.h"
#include "imports.h"
#include "vault/vault.h"

enum { OPT_MOOD = 1, OPT_DRY_RUN, OPT_YES };

/* Prints text indented, wrapped at about 76 columns, the first line after
 * lead and the rest under it. */
static void print_wrapped(const char *lead, const char *text)
{
	size_t indent = text_chars(lead), col = indent;
	const char *p = text;

	fputs(lead, stdout);
	while (*p) {
		const char *w = p;
		size_t chars = 0;
		while (*p && *p != ' ' && *p != '\n') {
			if (((unsigned char)*p & 0xc0) != 0x80)
				chars++;
			p++;
		}
		if (col > indent && col + 1 + chars > 76) {
			printf("\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		fwrite(w, 1, (size_t)(p - w), stdout);
		col += chars;
		while (*p == ' ' || *p == '\n')
			p++;
	}
	putchar('\n');
}

static void print_list(const char *title, const struct imports_lines *l)
{
	size_t shown = l->n > 25 ? 20 : l->n;

	if (!l->n)
		return;
	printf("\n%s\n", title);
	for (size_t i = 0; i < shown; i++)
		print_wrapped("  - ", l->items[i]);
	if (shown < l->n) {
		struct buf b = BUF_INIT;
		buf_addf(&b, _("and %zu more like these"), l->n - shown);
		print_wrapped("  - ", b.data);
		buf_release(&b);
	}
}

/* Prints label padded to width characters (not bytes). */
static void print_padded(const char *label, size_t width)
{
	size_t n = text_chars(label);
	fputs(label, stdout);
	for (; n < width; n++)
		putchar(' ');
}

static void print_report(const char *file, const struct imports_report *r)
{
	struct imports_counts n;
	size_t width = 0;
	const struct imports_mood *unknown = NULL;
	char a[11], b[11];

	imports_count(r, &n);
	printf(_("Reading %s: %s.\n"), file, r->format ? r->format : imports_app_title(r->app));
	printf("\n%s\n", _("What will come across"));
	if (!n.entries) {
		printf("  %s\n", _("nothing: no entry in this file can be brought in (see below)"));
	} else {
		wdate_format(n.first, a);
		wdate_format(n.last, b);
		printf(P_("  %ld check-in, ", "  %ld check-ins, ", n.entries), n.entries);
		if (strcmp(a, b))
			printf(_("from %s to %s\n"), a, b);
		else
			printf(_("on %s\n"), a);
		printf(_("  %ld with a mood, %ld without\n"), n.with_mood, n.without_mood);
		printf(P_("  %ld with tags (%ld tag in all), ", "  %ld with tags (%ld tags in all), ", n.tags),
		       n.with_tags, n.tags);
		printf(P_("%ld with a note\n", "%ld with a note\n", n.with_note), n.with_note);
	}
	if (r->nmoods) {
		size_t *order = xcalloc(r->nmoods, sizeof(*order));
		imports_mood_order(r, order);
		printf("\n%s\n", _("How moods become Waymark's 0 to 10"));
		for (size_t i = 0; i < r->nmoods; i++)
			if (r->moods[i].count && text_chars(r->moods[i].label) > width)
				width = text_chars(r->moods[i].label);
		if (width > 24)
			width = 24;
		for (size_t i = 0; i < r->nmoods; i++) {
			const struct imports_mood *m = &r->moods[order[i]];
			if (!m->count)
				continue;
			printf("  ");
			print_padded(m->label, width);
			if (m->mood >= 0)
				printf("  -> %2d  ", m->mood);
			else
				printf("  -> %s  ", _("none yet"));
			if (m->from == IMPORTS_MOOD_YOURS)
				printf(_("your choice"));
			else
				printf("%s", m->scale);
			printf(P_(", seen once\n", ", seen %ld times\n", m->count), m->count);
			if (m->mood < 0 && !unknown)
				unknown = m;
		}
		if (unknown)
			printf(_("  To give a mood name a number: --mood \"%s=5\" (0 is as low as it gets, 10 as good as it gets).\n"),
			       unknown->label);
		else
			printf(_("  To change one: --mood \"%s=5\".\n"), r->moods[order[0]].label);
		free(order);
	}
	print_list(_("How it was read"), &r->inferred);
	print_list(_("Changed on the way"), &r->changed);
	print_list(_("Not brought in"), &r->left_out);
}

static void overview_help(void)
{
	printf("%s\n\n", "usage: waymark import APP FILE [--mood NAME=N]... [--dry-run] [--yes]");
	printf("       %s\n\n", "waymark import --json FILE [--dry-run]");
	printf("%s\n\n", _("Bring in your diary from another app, or a file made by 'waymark export'."));
	printf("%s\n", _("Apps:"));
	printf("  daylio        %s\n", _("a Daylio CSV export, or a .daylio backup"));
	printf("  bearable      %s\n", _("a Bearable CSV export"));
	printf("  emoods        %s\n", _("an eMoods .emoods backup, or the entry.csv inside it"));
	printf("  pixels        %s\n", _("a Pixels JSON backup"));
	printf("  imoodjournal  %s\n", _("an iMoodJournal CSV export"));
	printf("  loop          %s\n", _("Loop Habit Tracker's CSV export (the ZIP), or its Checkmarks.csv;\n"
					    "                your habits become your own trackers"));
	printf("\n%s\n", _("'waymark import APP --help' tells you more; docs/imports.md explains every rule."));
}

static int import_app(struct waymark *wm, enum imports_app app, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "mood", 1, OPT_MOOD, "NAME=N", N_("the Waymark mood (0 to 10) for a mood name or score in the file (may repeat)") },
		{ "dry-run", 0, OPT_DRY_RUN, NULL, N_("show what would come across, and save nothing") },
		{ "yes", 0, OPT_YES, NULL, N_("do not ask before saving, even on a terminal") },
		{ 0 },
	};
	char cmd[40];
	struct cli_parser p = { cmd, "FILE [--mood NAME=N]... [--dry-run] [--yes]",
		N_("bring in the entries of a diary kept in another app. First you see what\n"
		   "will come across and what will not, and how its moods become Waymark's\n"
		   "0 to 10; change any of those with --mood. Importing the same file again\n"
		   "adds nothing twice, and never changes an entry already here."),
		opts, N_("Photos, voice notes and an app's PIN are never brought in.\n"
			 "docs/imports.md explains every rule.\n"), 0 };
	struct imports_mapping map;
	struct imports_report rep;
	struct err err = ERR_INIT;
	struct buf data = BUF_INIT_SENSITIVE;
	const char *arg, *file;
	int key, dry = 0, yes = 0, have_vault;

	snprintf(cmd, sizeof(cmd), "import %s", imports_app_name(app));
	imports_mapping_init(&map);
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_MOOD) {
			if (imports_mapping_add(&map, arg, &err))
				die_err(&err, 1);
		} else if (key == OPT_DRY_RUN) {
			dry = 1;
		} else {
			yes = 1;
		}
	}
	if (p.optind >= argc)
		die_usage(p.cmd, _("please name the file to read"));
	if (p.optind + 1 < argc)
		die_usage(p.cmd, _("'%s' is not something 'import' understands; name one file"),
			  argv[p.optind + 1]);
	file = argv[p.optind];
	if (file_read_all(file, IMPORTS_FILE_MAX, &data, &err))
		die_err(&err, 1);
	imports_report_init(&rep);
	if (imports_read(app, file, data.data, data.len, &map, &rep, &err)) {
		buf_release(&data);
		err_prefix(&err, "'%s': ", file);
		die_err(&err, 1);
	}
	buf_release(&data);
	imports_mapping_release(&map);
	print_report(file, &rep);
	putchar('\n');
	if (!rep.nentries) {
		imports_report_release(&rep);
		die(2, "%s", _("nothing in this file can be brought in, so nothing was saved"));
	}
	have_vault = vault_exists(wm->path);
	if (dry && !have_vault) {
		printf(P_("All %zu would be new (there is no vault yet). Nothing was saved (--dry-run).\n",
			  "All %zu would be new (there is no vault yet). Nothing was saved (--dry-run).\n",
			  rep.nentries), rep.nentries);
		imports_report_release(&rep);
		return 0;
	}
	if (!dry && !yes && cli_interactive() &&
	    !prompt_yesno(_("Bring these in now?"), 1)) {
		printf("%s\n", _("Nothing was saved."));
		imports_report_release(&rep);
		return 0;
	}
	cli_open_vault(wm);
	if (imports_store(wm, &rep, dry, &err)) {
		imports_report_release(&rep);
		die_err(&err, 1);
	}
	if (dry)
		printf(_("%ld would be new and %ld are already here. Nothing was saved (--dry-run).\n"),
		       rep.added, rep.already);
	else if (rep.already)
		printf(P_("Brought in %ld check-in; %ld were already here and were left as they are.\n",
			  "Brought in %ld check-ins; %ld were already here and were left as they are.\n",
			  rep.added), rep.added, rep.already);
	else
		printf(P_("Brought in %ld check-in.\n", "Brought in %ld check-ins.\n", rep.added),
		       rep.added);
	imports_report_release(&rep);
	return 0;
}

int imports_cmd(struct waymark *wm, int argc, char **argv)
{
	enum imports_app app;

	if (argc >= 2 && !imports_app_find(argv[1], &app))
		return import_app(wm, app, argc - 1, argv + 1);
	if (argc >= 2 && argv[1][0] != '-')
		die_usage("import", _("Waymark cannot import from '%s'; it knows daylio, bearable, emoods, pixels, imoodjournal and loop, and --json for its own files"),
			  argv[1]);
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--json") || !strncmp(argv[i], "--json=", 7))
			return transfer_cmd_import(wm, argc, argv);
	if (argc < 2)
		die_usage("import", "%s", _("please say which app the file comes from (daylio, bearable, emoods, pixels, imoodjournal or loop), or use --json FILE for a file made by 'waymark export'"));
	if (!strcmp(argv[1], "--help")) {
		overview_help();
		return 0;
	}
	return transfer_cmd_import(wm, argc, argv);
}
