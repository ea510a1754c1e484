/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark export --json|--csv|--fhir FILE [--encrypt]` and
 * `waymark import --json FILE`, which also opens an encrypted export.
 */
#include <unistd.h>

#include <jansson.h>

#include "cli/cli.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "crypto/crypto.h"
#include "transfer.h"
#include "vault/vault.h"

/* The largest file import will read. */
#define IMPORT_MAX (512u << 20)
/* Where a script names the file holding an export's passphrase. */
#define EXPORT_PASS_ENV "WAYMARK_EXPORT_PASSPHRASE_FILE"

enum { OPT_JSON = 1, OPT_DRY_RUN, OPT_CSV, OPT_FHIR, OPT_ENCRYPT };

/* The passphrase for a new encrypted file: asked twice, or read from the
 * file named by WAYMARK_EXPORT_PASSPHRASE_FILE; at least as long as a
 * vault's. Free with vault_free_secret(). Exits 2 if it will not do. */
static char *new_export_passphrase(void)
{
	struct err err = ERR_INIT;
	char *pass = cli_get_secret(EXPORT_PASS_ENV,
		_("A passphrase for the file (you will need it to open the file): "), 1);

	if (vault_passphrase_ok(pass, &err)) {
		vault_free_secret(pass);
		die_err(&err, 1);
	}
	return pass;
}

int transfer_cmd_export(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 1, OPT_JSON, "FILE", N_("write a Waymark JSON file of everything (- for standard output)") },
		{ "csv", 1, OPT_CSV, "FILE", N_("write your check-ins as CSV, for a spreadsheet") },
		{ "fhir", 1, OPT_FHIR, "FILE", N_("write your questionnaire answers as FHIR R4, for a clinician's system") },
		{ "encrypt", 0, OPT_ENCRYPT, NULL, N_("lock the file with a passphrase of its own") },
		{ 0 },
	};
	struct cli_parser p = { "export", "--json FILE | --csv FILE | --fhir FILE [--encrypt]",
		N_("write what is in your vault to a file: everything, to keep or to move to\n"
		   "another computer (--json), your check-ins for a spreadsheet (--csv), or\n"
		   "your PHQ-9 and GAD-7 answers for a clinician's records (--fhir). The formats\n"
		   "are documented in docs/export-format.md."),
		opts, N_("Without --encrypt the file is NOT encrypted, even if your vault is: keep it\n"
			 "somewhere private. With --encrypt, Waymark asks for a passphrase (or reads\n"
			 "it from the file named by WAYMARK_EXPORT_PASSPHRASE_FILE); without it\n"
			 "nobody can open the file. 'waymark import --json' opens encrypted exports.\n"), 0 };
	struct err err = ERR_INIT;
	struct buf out = BUF_INIT_SENSITIVE;
	const char *arg, *file = NULL;
	long n = 0, left_out = 0;
	int key, kind = 0, encrypt = 0, rc;
	char *pass = NULL;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_ENCRYPT) {
			encrypt = 1;
			continue;
		}
		if (kind && kind != key)
			die_usage(p.cmd, _("please choose one of --json, --csv or --fhir"));
		kind = key;
		file = arg;
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'export' understands"), argv[p.optind]);
	if (!file)
		die_usage(p.cmd, _("please say what to write and where, with --json FILE, --csv FILE or --fhir FILE"));
	if (encrypt && !strcmp(file, "-") && isatty(STDOUT_FILENO))
		die_usage(p.cmd, _("an encrypted file cannot be shown on the screen: please name a file to write"));
	if (encrypt)
		pass = new_export_passphrase();
	if (kind == OPT_CSV) {
		rc = transfer_csv(wm, &out, &n, &err);
	} else {
		json_t *doc;
		char *text;
		if (kind == OPT_JSON) {
			rc = transfer_export(wm, &doc, &err);
			if (!rc)
				n = (long)json_array_size(json_object_get(doc, "records"));
		} else {
			rc = transfer_fhir(wm, &doc, &n, &left_out, &err);
		}
		if (!rc) {
			text = json_dumps(doc, JSON_INDENT(2) | (kind == OPT_JSON ? JSON_SORT_KEYS
										  : JSON_PRESERVE_ORDER));
			buf_adds(&out, text);
			buf_addch(&out, '\n');
			vault_free_secret(text);
			json_decref(doc);
		}
	}
	if (!rc && encrypt) {
		struct buf sealed = BUF_INIT;
		rc = crypto_stream_encrypt(pass, strlen(pass), out.data, out.len, &sealed, &err);
		buf_release(&out);
		out = sealed;
	}
	vault_free_secret(pass);
	if (!rc)
		rc = file_write_atomic(file, out.data, out.len, &err);
	buf_release(&out);
	if (rc)
		die_err(&err, 0);
	if (strcmp(file, "-")) {
		if (kind == OPT_JSON)
			printf(P_("Wrote %ld record to %s.\n", "Wrote %ld records to %s.\n", n), n, file);
		else if (kind == OPT_CSV)
			printf(P_("Wrote %ld check-in to %s.\n", "Wrote %ld check-ins to %s.\n", n), n, file);
		else
			printf(P_("Wrote %ld questionnaire response to %s, as FHIR R4.\n",
				  "Wrote %ld questionnaire responses to %s, as FHIR R4.\n", n), n, file);
		if (left_out)
			printf(P_("%ld response to a questionnaire this Waymark does not know was left out.\n",
				  "%ld responses to questionnaires this Waymark does not know were left out.\n",
				  left_out), left_out);
		if (encrypt)
			printf("%s\n", _("It is encrypted: it opens only with the passphrase you chose."));
		else if (wm->encrypted)
			printf("%s\n", _("This file is not encrypted: keep it somewhere private."));
	}
	return 0;
}

int transfer_cmd_import(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 1, OPT_JSON, "FILE", N_("read a file made by 'waymark export --json', encrypted or not (- for standard input)") },
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
	if (crypto_stream_is_encrypted(text.data, text.len)) {
		struct buf plain = BUF_INIT_SENSITIVE;
		char *pass = cli_get_secret(EXPORT_PASS_ENV, _("The passphrase for this file: "), 0);
		int rc = crypto_stream_decrypt(pass, strlen(pass), text.data, text.len, &plain, &err);
		vault_free_secret(pass);
		buf_release(&text);
		if (rc)
			die_err(&err, 1);
		text = plain;
	}
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
