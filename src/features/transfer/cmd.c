/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark export --json FILE` and `waymark import --json FILE`.
 */
#include <jansson.h>

#include "cli/cli.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "transfer.h"
#include "vault/vault.h"

/* The largest file import will read. */
#define IMPORT_MAX (512u << 20)

enum { OPT_JSON = 1, OPT_DRY_RUN };

int transfer_cmd_export(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 1, OPT_JSON, "FILE", N_("write a Waymark JSON file (- for standard output)") },
		{ 0 },
	};
	struct cli_parser p = { "export", "--json FILE",
		N_("write everything in your vault to one file, to keep or to move to another\n"
		   "computer. The format is documented in docs/export-format.md."),
		opts, N_("The file is NOT encrypted, even if your vault is: keep it somewhere private.\n"), 0 };
	struct err err = ERR_INIT;
	const char *arg, *file = NULL;
	json_t *doc, *records;
	char *text;
	int rc;

	while (cli_next(&p, argc, argv, &arg) != -1)
		file = arg;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'export' understands"), argv[p.optind]);
	if (!file)
		die_usage(p.cmd, _("please say where to write, with --json FILE"));
	if (transfer_export(wm, &doc, &err))
		die_err(&err, 0);
	text = json_dumps(doc, JSON_INDENT(2) | JSON_SORT_KEYS);
	records = json_object_get(doc, "records");
	{
		struct buf out = BUF_INIT_SENSITIVE;
		buf_adds(&out, text);
		buf_addch(&out, '\n');
		rc = file_write_atomic(file, out.data, out.len, &err);
		buf_release(&out);
	}
	vault_free_secret(text);
	if (rc) {
		json_decref(doc);
		die_err(&err, 0);
	}
	if (strcmp(file, "-")) {
		size_t n = json_array_size(records);
		printf(P_("Wrote %zu record to %s.\n", "Wrote %zu records to %s.\n", n), n, file);
		if (wm->encrypted)
			printf("%s\n", _("This file is not encrypted: keep it somewhere private."));
	}
	json_decref(doc);
	return 0;
}

int transfer_cmd_import(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 1, OPT_JSON, "FILE", N_("read a file made by 'waymark export --json' (- for standard input)") },
		{ "dry-run", 0, OPT_DRY_RUN, NULL, N_("check the file and say what would come in, without saving") },
		{ 0 },
	};
	struct cli_parser p = { "import", "--json FILE [--dry-run]",
		N_("bring in the records from a Waymark export. Records already here are\n"
		   "matched, so importing the same file twice adds nothing twice."),
		opts, NULL, 0 };
	struct err err = ERR_INIT;
	struct buf text = BUF_INIT_SENSITIVE;
	struct transfer_counts n;
	const char *arg, *file = NULL;
	json_error_t jerr;
	json_t *doc;
	int key, dry = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_JSON)
			file = arg;
		else
			dry = 1;
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'import' understands"), argv[p.optind]);
	if (!file)
		die_usage(p.cmd, _("please name the file to read, with --json FILE"));
	if (file_read_all(file, IMPORT_MAX, &text, &err))
		die_err(&err, 1);
	doc = json_loadb(text.data, text.len, JSON_REJECT_DUPLICATES, &jerr);
	buf_release(&text);
	if (!doc)
		die(2, _("'%s' is not a readable JSON file (line %d: %s)\nNothing was saved."),
		    file, jerr.line, jerr.text);
	if (transfer_check(doc, &n.read, &err)) {
		json_decref(doc);
		die_err(&err, 1);
	}
	cli_open_vault(wm);
	if (transfer_import(wm, doc, dry, &n, &err)) {
		json_decref(doc);
		die_err(&err, 1);
	}
	json_decref(doc);
	if (dry)
		printf(_("%s holds %ld records: %ld would be added, %ld would replace older copies, %ld are already here.\n"
			 "Nothing was saved (--dry-run).\n"),
		       file, n.read, n.added, n.replaced, n.unchanged);
	else
		printf(_("Read %ld records from %s: %ld added, %ld updated, %ld already here.\n"),
		       n.read, file, n.added, n.replaced, n.unchanged);
	return 0;
}
