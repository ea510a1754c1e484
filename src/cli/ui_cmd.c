/* SPDX-License-Identifier: MIT */
/*
 * ui_cmd.c: `waymark ui`, which starts the web UI on this computer only.
 * The vault is opened here but not unlocked: an encrypted vault is
 * unlocked in the browser, and a missing one is made there.
 */
#include "cli.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "vault/vault.h"
#include "web/web.h"

int cli_cmd_ui(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "port", 1, 'p', "N", N_("listen on this port (0 or unset: any free port)") },
		{ "no-browser", 0, 'n', NULL, N_("do not open a browser; just print the address") },
		{ 0 },
	};
	struct cli_parser p = { "ui", "[--port N] [--no-browser]",
		N_("open Waymark in your web browser. It listens on 127.0.0.1 only, so only\n"
		   "this computer can reach it, and the address it prints holds a secret\n"
		   "token: keep it to yourself."),
		opts, NULL, 0 };
	struct web_options wo = { 0, 1 };
	struct err err = ERR_INIT;
	const char *arg;
	char *path;
	int c;

	while ((c = cli_next(&p, argc, argv, &arg)) != -1) {
		if (c == 'p')
			wo.port = (unsigned)cli_parse_long("--port", arg, 0, 65535);
		else
			wo.open_browser = 0;
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'ui' understands"), argv[p.optind]);
	if (vault_exists(wm->path)) {
		path = xstrdup(wm->path);
		free(wm->path);
		wm->path = NULL;
		if (vault_open(wm, path, 0, &err)) {
			free(path);
			die_err(&err, 0);
		}
		free(path);
	}
	return web_serve(wm, &wo);
}
