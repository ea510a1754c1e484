/* SPDX-License-Identifier: MIT */
/*
 * cli.h: the command line: the command table, option parsing with --help
 * for every command, prompts, the pager, and the crisis box. Only main.c
 * and src/cli may end the process (die()): exit 0 for success, 1 for a
 * failure the person did not cause, 2 for bad usage or bad input.
 */
#ifndef WAYMARK_CLI_H
#define WAYMARK_CLI_H

#include <stdio.h>

#include "core/buf.h"
#include "core/err.h"

struct waymark;

/* What the dispatcher sets up before a command runs (git's RUN_SETUP). */
enum {
	CMD_VAULT = 1 << 0,  /* an existing vault, open and unlocked */
	CMD_CREATE = 1 << 1, /* the command opens (and if need be makes) the
				vault itself with cli_open_vault(), once it
				has checked its input, so bad input writes
				nothing at all */
	CMD_TEST = 1 << 2,   /* hidden from help (test-* commands) */
};

struct command {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
	unsigned flags;
	const char *usage;   /* after "waymark NAME " */
	const char *summary; /* one line, lower case */
};

/* The table, sorted by name (tests/unit/test_cli.c checks it). */
const struct command *cli_commands(size_t *n);
const struct command *cli_find(const char *name);
/* Runs waymark with its arguments (argv[0] is the program). Returns the
 * exit code. */
int cli_main(int argc, char **argv);

/* Options: a table per command, turned into getopt_long's. */
struct cli_option {
	const char *name;  /* long name, without -- */
	int has_arg;       /* 0 or 1 */
	int key;           /* returned by cli_next */
	const char *arg;   /* argument name for help, e.g. "N" */
	const char *help;  /* one line */
};

struct cli_parser {
	const char *cmd;       /* "checkin", "diary edit" */
	const char *usage;
	const char *summary;
	const struct cli_option *opts; /* ends with a zeroed entry */
	const char *more;      /* extra help text after the options, or NULL */
	int optind;
};

/* Next option key, or -1 at the end (then p->optind is the first operand).
 * --help prints the command's help and exits 0; an unknown option or a
 * missing argument prints a kind message and exits 2. *arg receives the
 * option's argument. */
int cli_next(struct cli_parser *p, int argc, char **argv, const char **arg);
/* Prints the command's help to out. */
void cli_help(const struct cli_parser *p, FILE *out);

/* Ending the process. die() prints "waymark: MSG" and exits with code. */
_Noreturn void die(int code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Exits with the code for err's kind (2 for input, not found or locked;
 * 1 otherwise), printing its message. If nothing_saved, adds a line saying
 * nothing was saved. */
_Noreturn void die_err(const struct err *err, int nothing_saved);
/* For a write that failed after the person typed something. When the
 * vault could not be written (ERR_STORAGE: disk full, read-only) and again
 * is not empty: prints the message, "Nothing was saved.", and again (a
 * command that saves the same thing, from cli_quote_args) so that what
 * they wrote is not lost, and exits 1. Otherwise as die_err(err, 1). */
_Noreturn void die_err_kept(const struct err *err, const char *again);
/* Appends s to out as one word a POSIX shell reads back as s: as it is
 * when it holds only letters, digits and @%+=:,./_- (and is not empty),
 * else in single quotes (a ' inside becoming '\''). */
void cli_quote_word(struct buf *out, const char *s);
/* Appends prefix, then each of argv[0..argc) as cli_quote_word, each after
 * a space: a command line that can be run again. */
void cli_quote_args(struct buf *out, const char *prefix, int argc, char **argv);
/* Bad usage: message, a hint to --help, exit 2. */
_Noreturn void die_usage(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A whole number option (id, limit): exits 2 with a kind message if it is
 * not one in [lo, hi]. */
long cli_parse_long(const char *what, const char *s, long lo, long hi);

/* 1 if both stdin and stdout are terminals. */
int cli_interactive(void);
/* 1 if the locale's character set is UTF-8, so marks like a tick can be
 * shown; otherwise callers fall back to plain ASCII. */
int cli_utf8(void);
/* 1 if colour and bold may be used on out (a terminal, NO_COLOR unset). */
int cli_color(FILE *out);

/* Asks question and reads a line (line editing on a terminal, no history
 * kept). Returns the answer without its newline (caller frees), or NULL at
 * end of input. */
char *prompt_line(const char *question);
/* Asks without echo. The answer is in sensitive memory: free it with
 * vault_free_secret(). NULL at end of input. */
char *prompt_secret(const char *question);
/* y/n question; def is returned for an empty answer and at end of input. */
int prompt_yesno(const char *question, int def);

/* The passphrase: from the file named by env (e.g. WAYMARK_PASSPHRASE_FILE)
 * if set, else asked without echo on a terminal (twice if confirm). Exits 2
 * with a kind message if neither is possible or the two do not match.
 * Free with vault_free_secret(). */
char *cli_get_secret(const char *env, const char *question, int confirm);
/* Opens wm's vault (wm->path) for a CMD_CREATE command, making a plain one
 * if there is none (and saying so), and unlocks it; or exits. */
void cli_open_vault(struct waymark *wm);
/* As cli_open_vault, for a command holding what a person typed: when the
 * vault cannot be opened for writing (ERR_STORAGE: a read-only folder, a
 * full disk) it returns -1 with err set, wm unopened, so the caller can
 * echo the typing back (die_err_kept); other failures exit as
 * cli_open_vault does. 0 when open. */
int cli_open_vault_kept(struct waymark *wm, struct err *err);
/* For commands that only read: opens (and unlocks) wm's vault if there
 * is one and returns 1, or returns 0 when there is no vault yet, so the
 * command can say there is nothing to show without making an empty vault. */
int cli_open_vault_if_exists(struct waymark *wm);
/* Unlocks wm if it is encrypted, or exits (2 for a wrong passphrase). */
void cli_unlock(struct waymark *wm);

/* Sends stdout through $WAYMARK_PAGER, $PAGER or less when it is a
 * terminal; pager_stop() waits for the pager to finish. */
void pager_start(void);
void pager_stop(void);

/* Draws lines (each one line of text, no tabs) in a box on out: Unicode
 * lines in a UTF-8 locale, else + - |; the first nbold lines in bold when
 * out is a colour terminal. */
void cli_box(FILE *out, char *const *lines, size_t n, size_t nbold);

/* Prints the calm crisis box to out: a kind word; the person's own safety
 * plan steps first, when wm is an open, unlocked vault holding a plan (wm
 * may be NULL, or not open); then "if your life is at risk now, call 999
 * or go to A&E"; then the crisis lines (for everyone, phone, text or
 * face to face) open now in UK time, from the support directory, or the
 * built-in crisis contacts if that cannot be read. Never fails and never
 * asks for anything: it is shown when things are hardest. */
void cli_crisis_box(FILE *out, struct waymark *wm);

#endif
