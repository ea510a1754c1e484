/* SPDX-License-Identifier: MIT */
/*
 * main.c: process set-up (locale, a private umask, libsodium, translations)
 * and hand-over to the command dispatcher. Nothing feature-specific here.
 */
#include <locale.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "vault/vault.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

int main(int argc, char **argv)
{
	umask(077); /* the vault, its journal and exports are private */
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C"); /* JSON and SVG numbers use a dot */
	bindtextdomain("waymark", LOCALEDIR);
	textdomain("waymark");
	if (vault_global_init())
		die(1, "%s", _("cannot start the encryption library"));
	return cli_main(argc, argv);
}
