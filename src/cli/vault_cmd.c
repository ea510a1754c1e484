/* SPDX-License-Identifier: MIT */
/*
 * vault_cmd.c: `waymark vault ...`: set up a vault, add or change its
 * passphrase, back it up, check it, and say where it is. The rules live in
 * src/vault; this file talks to the person.
 */
#include "cli.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "db/db.h"
#include "vault/record.h"
#include "vault/vault.h"

static const char vault_commands_help[] = N_(
	"Commands:\n"
	"  init [--passphrase]     make a new vault (encrypted with --passphrase)\n"
	"  passwd [--recovery-key] add or change the passphrase\n"
	"  backup FILE             copy the whole vault to FILE\n"
	"  check                   check the file and every record\n"
	"  path                    show where the vault is kept\n");

static void print_recovery(const char *key)
{
	printf("\n%s\n\n", _("Your recovery key (shown only this once):"));
	printf("    %s\n\n", key);
	printf("%s\n", _("Write it down and keep it somewhere safe, away from this computer.\n"
			 "If you forget your passphrase, it is the only way back into your vault:\n"
			 "  waymark vault passwd --recovery-key"));
}

static void open_existing(struct waymark *wm, const char *path)
{
	struct err err = ERR_INIT;
	if (vault_open(wm, path, 0, &err))
		die_err(&err, 0);
}

static int cmd_init(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "passphrase", 0, 'p', NULL, N_("encrypt the vault with a passphrase (asked for, never on the command line)") },
		{ 0 },
	};
	struct cli_parser p = { "vault init", "[--passphrase]",
		N_("make a new, empty vault. With --passphrase, everything you write is encrypted."),
		opts, N_("The passphrase is read from the file named by WAYMARK_PASSPHRASE_FILE if set,\n"
			 "otherwise it is asked for twice, without showing what you type.\n"), 0 };
	struct buf recovery = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	char *path = xstrdup(wm->path), *pass = NULL;
	const char *arg;
	int c, encrypt = 0;

	while ((c = cli_next(&p, argc, argv, &arg)) != -1)
		if (c == 'p')
			encrypt = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'vault init' understands"), argv[p.optind]);
	if (vault_exists(path))
		die(2, _("there is already a vault at '%s'; nothing was changed"), path);
	if (encrypt)
		pass = cli_get_secret("WAYMARK_PASSPHRASE_FILE", _("Choose a passphrase: "), 1);
	free(wm->path);
	wm->path = NULL;
	if (vault_init(wm, path, pass, &recovery, &err)) {
		vault_free_secret(pass);
		free(path);
		die_err(&err, 0);
	}
	vault_free_secret(pass);
	if (encrypt) {
		printf(_("Your vault is ready and encrypted: %s\n"), path);
		print_recovery(recovery.data);
	} else {
		printf(_("Your vault is ready: %s\n"), path);
		printf("%s\n", _("It is not encrypted: anyone who can read this file can read your diary.\n"
				 "To add a passphrase at any time: waymark vault passwd"));
	}
	buf_release(&recovery);
	free(path);
	return 0;
}

static int cmd_passwd(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "recovery-key", 0, 'r', NULL, N_("open the vault with your recovery key instead of the old passphrase") },
		{ 0 },
	};
	struct cli_parser p = { "vault passwd", "[--recovery-key]",
		N_("add a passphrase to your vault, or change it"), opts,
		N_("For scripts: WAYMARK_PASSPHRASE_FILE holds the current passphrase,\n"
		   "WAYMARK_RECOVERY_KEY_FILE the recovery key, and WAYMARK_NEW_PASSPHRASE_FILE\n"
		   "the new one.\n"), 0 };
	struct buf recovery = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	char *path = xstrdup(wm->path), *secret, *pass;
	const char *arg;
	int c, use_recovery = 0, was_encrypted, rc;

	while ((c = cli_next(&p, argc, argv, &arg)) != -1)
		if (c == 'r')
			use_recovery = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'vault passwd' understands"), argv[p.optind]);
	free(wm->path);
	open_existing(wm, path);
	free(path);
	was_encrypted = wm->encrypted;
	if (was_encrypted) {
		if (use_recovery) {
			secret = cli_get_secret("WAYMARK_RECOVERY_KEY_FILE", _("Your recovery key: "), 0);
			rc = vault_unlock_recovery(wm, secret, &err);
		} else {
			secret = cli_get_secret("WAYMARK_PASSPHRASE_FILE", _("Current passphrase: "), 0);
			rc = vault_unlock(wm, secret, &err);
		}
		vault_free_secret(secret);
		if (rc)
			die_err(&err, 0);
	} else if (use_recovery) {
		die(2, _("this vault has no passphrase yet, so it has no recovery key either"));
	}
	pass = cli_get_secret("WAYMARK_NEW_PASSPHRASE_FILE", _("New passphrase: "), 1);
	rc = vault_set_passphrase(wm, pass, &recovery, &err);
	vault_free_secret(pass);
	if (rc)
		die_err(&err, 0);
	if (was_encrypted) {
		printf("%s\n", _("Your passphrase has been changed. Your recovery key still works."));
	} else {
		printf("%s\n", _("Your vault is now encrypted with your passphrase."));
		print_recovery(recovery.data);
	}
	buf_release(&recovery);
	return 0;
}

static int cmd_backup(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "vault backup", "FILE",
		N_("copy your whole vault to FILE, safely, even while Waymark is in use"),
		NULL, N_("A backup of an encrypted vault stays encrypted with the same passphrase.\n"), 0 };
	struct err err = ERR_INIT;
	char *path = xstrdup(wm->path);
	const char *arg;
	long n = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	if (p.optind != argc - 1)
		die_usage(p.cmd, _("please name one file to back up to"));
	free(wm->path);
	open_existing(wm, path);
	free(path);
	if (vault_backup(wm, argv[p.optind], &err) || record_count(wm, &n, &err))
		die_err(&err, 0);
	printf(P_("Backed up %ld record to %s.\n", "Backed up %ld records to %s.\n", n),
	       n, argv[p.optind]);
	printf("%s\n", wm->encrypted
		       ? _("It is encrypted with the same passphrase as your vault.")
		       : _("It is not encrypted, so keep it somewhere private."));
	return 0;
}

static int cmd_check(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "vault check", "",
		N_("check that the vault file is whole and that every record can be read"),
		NULL, NULL, 0 };
	struct vault_report rep;
	struct err err = ERR_INIT;
	char *path = xstrdup(wm->path);
	const char *arg;
	int ok;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'vault check' understands"), argv[p.optind]);
	free(wm->path);
	open_existing(wm, path);
	free(path);
	cli_unlock(wm);
	if (vault_check(wm, &rep, &err))
		die_err(&err, 0);
	ok = rep.integrity_ok && !rep.unreadable;
	if (ok) {
		printf(P_("Your vault is healthy: %ld record, readable%s.\n",
			  "Your vault is healthy: %ld records, all readable%s.\n", rep.records),
		       rep.records, wm->encrypted ? _(" and encrypted") : "");
	} else {
		printf("%s\n", _("Your vault has problems:"));
		fputs(rep.problems.data, stdout);
		printf(_("%ld of %ld records could not be read.\n"), rep.unreadable, rep.records);
		printf("%s\n", _("Please do not write to it until you have a copy: waymark vault backup FILE"));
	}
	vault_report_release(&rep);
	return ok ? 0 : 1;
}

static int cmd_path(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "vault path", "", N_("show where your vault is kept"),
				NULL, NULL, 0 };
	const char *arg;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	printf("%s\n", wm->path);
	return 0;
}

/* `waymark vault` on its own: where the vault is, and what state it is in. */
static void vault_status(struct waymark *wm)
{
	struct err err = ERR_INIT;
	char *path = xstrdup(wm->path);
	long n = 0;

	printf(_("Your vault: %s\n"), path);
	if (!vault_exists(path)) {
		printf("%s\n", _("There is no vault there yet. Your first check-in will make one,\n"
				 "or 'waymark vault init --passphrase' makes an encrypted one."));
	} else {
		free(wm->path);
		open_existing(wm, path);
		if (record_count(wm, &n, &err))
			die_err(&err, 0);
		printf(P_("It holds %ld record", "It holds %ld records", n), n);
		printf(" %s\n", wm->encrypted ? _("and is encrypted with a passphrase.")
					      : _("and is not encrypted ('waymark vault passwd' adds a passphrase)."));
	}
	free(path);
	printf("\n%s", _(vault_commands_help));
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "backup", cmd_backup },
	{ "check", cmd_check },
	{ "init", cmd_init },
	{ "passwd", cmd_passwd },
	{ "path", cmd_path },
};

int vault_cmd(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "vault", "init|passwd|backup|check|path ...",
		N_("set up, protect, back up and check your vault"), NULL,
		vault_commands_help, 0 };
	const char *arg;

	if (argc < 2 || argv[1][0] == '-') {
		while (cli_next(&p, argc, argv, &arg) != -1)
			;
		if (p.optind < argc)
			die_usage("vault", _("'%s' is not a vault command"), argv[p.optind]);
		vault_status(wm);
		return 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
		if (!strcmp(argv[1], subcommands[i].name))
			return subcommands[i].fn(wm, argc - 1, argv + 1);
	die_usage("vault", _("'%s' is not a vault command"), argv[1]);
}
