/* SPDX-License-Identifier: MIT */
/*
 * options.c: option parsing over getopt_long, help text, and the ways the
 * CLI ends the process (die and friends). Messages are kind and say what
 * to do next.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>

#include "cli.h"
#include "core/i18n.h"
#include "core/xalloc.h"

_Noreturn void die(int code, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("waymark: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(code);
}

_Noreturn void die_err(const struct err *err, int nothing_saved)
{
	int code = err->kind == ERR_INPUT || err->kind == ERR_NOTFOUND ||
		   err->kind == ERR_LOCKED ? 2 : 1;

	fflush(stdout);
	fprintf(stderr, "waymark: %s\n", err->msg[0] ? err->msg : _("something went wrong"));
	if (nothing_saved)
		fprintf(stderr, "%s\n", _("Nothing was saved."));
	exit(code);
}

_Noreturn void die_err_kept(const struct err *err, const char *again)
{
	if (err->kind != ERR_STORAGE || !again || !*again)
		die_err(err, 1);
	fflush(stdout);
	fprintf(stderr, "waymark: %s\n%s\n", err->msg, _("Nothing was saved."));
	fprintf(stderr, "%s\n\n    %s\n",
		_("Here is what you wrote, so that it is not lost. Once that is sorted, this saves it:"),
		again);
	exit(1);
}

/* Characters that need no quoting in a POSIX shell word. */
static int shell_plain(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && !strchr("@%+=:,./_-", *s))
			return 0;
	return 1;
}

void cli_quote_word(struct buf *out, const char *s)
{
	if (shell_plain(s)) {
		buf_adds(out, s);
		return;
	}
	buf_addch(out, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_adds(out, "'\\''");
		else
			buf_addch(out, *s);
	}
	buf_addch(out, '\'');
}

void cli_quote_args(struct buf *out, const char *prefix, int argc, char **argv)
{
	buf_adds(out, prefix);
	for (int i = 0; i < argc; i++) {
		buf_addch(out, ' ');
		cli_quote_word(out, argv[i]);
	}
}

_Noreturn void die_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("waymark: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fprintf(stderr, _("See 'waymark %s --help' for what it can do.\n"), cmd);
	exit(2);
}

long cli_parse_long(const char *what, const char *s, long lo, long hi)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < lo || v > hi)
		die(2, _("%s needs to be a whole number from %ld to %ld; '%s' is not"),
		    what, lo, hi, s);
	return v;
}

void cli_help(const struct cli_parser *p, FILE *out)
{
	const char *summary = _(p->summary);
	size_t width = 4; /* "help" */

	fprintf(out, "usage: waymark %s%s%s\n\n", p->cmd, p->usage[0] ? " " : "", p->usage);
	/* the summary is a sentence here, so it starts with a capital */
	fprintf(out, "%c%s\n", (char)toupper((unsigned char)summary[0]), summary + 1);
	for (const struct cli_option *o = p->opts; o && o->name; o++) {
		size_t w = strlen(o->name) + (o->has_arg ? strlen(o->arg) + 1 : 0);
		if (w > width)
			width = w;
	}
	if (p->opts && p->opts[0].name) {
		fprintf(out, "\n%s\n", _("Options:"));
		for (const struct cli_option *o = p->opts; o->name; o++) {
			char left[64];
			snprintf(left, sizeof(left), "%s%s%s", o->name,
				 o->has_arg ? " " : "", o->has_arg ? o->arg : "");
			fprintf(out, "  --%-*s  %s\n", (int)width, left, _(o->help));
		}
		fprintf(out, "  --%-*s  %s\n", (int)width, "help", _("show this help"));
	}
	if (p->more)
		fprintf(out, "\n%s", _(p->more));
}

int cli_next(struct cli_parser *p, int argc, char **argv, const char **arg)
{
	struct option longopts[64];
	size_t n = 0;
	int c, idx = -1;

	for (const struct cli_option *o = p->opts; o && o->name; o++) {
		if (n >= ARRAY_SIZE(longopts) - 2)
			BUG("too many options for '%s'", p->cmd);
		longopts[n].name = o->name;
		longopts[n].has_arg = o->has_arg ? required_argument : no_argument;
		longopts[n].flag = NULL;
		longopts[n].val = 0x1000 + (int)n;
		n++;
	}
	longopts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	longopts[n] = (struct option){ 0, 0, 0, 0 };

	if (p->optind == 0)
		optind = 0; /* a fresh parse: glibc resets getopt's state */
	opterr = 0;
	/* argv[0] is the command's name; operands may come between options */
	c = getopt_long(argc, argv, "h", longopts, &idx);
	p->optind = optind;
	if (c == -1)
		return -1;
	if (c == 'h') {
		cli_help(p, stdout);
		exit(0);
	}
	if (c == '?' || c == ':') {
		const char *bad = argv[optind - 1];
		if (optopt && optopt >= 0x1000)
			die_usage(p->cmd, _("'%s' needs a value after it"), bad);
		die_usage(p->cmd, _("'%s' is not an option of 'waymark %s'"), bad, p->cmd);
	}
	*arg = optarg;
	return p->opts[c - 0x1000].key;
}
