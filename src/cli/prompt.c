/* SPDX-License-Identifier: MIT */
/*
 * prompt.c: talking to the person at a terminal: questions with line
 * editing (libedit; no history is kept, since answers are private),
 * passphrases without echo, the pager, and drawing boxes (the crisis box's
 * content is gathered in commands.c, which may name features).
 */
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <editline/readline.h>

#include "cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "vault/vault.h"

int cli_interactive(void)
{
	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

int cli_color(FILE *out)
{
	const char *nc = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	return isatty(fileno(out)) && !(nc && *nc) && !(term && !strcmp(term, "dumb"));
}

/* Reads a line from stdin without libedit (pipes, files). */
static char *plain_line(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);

	if (n < 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

char *prompt_line(const char *question)
{
	char *line, *copy;

	fflush(stdout);
	if (!isatty(STDIN_FILENO)) {
		fputs(question, stdout);
		fflush(stdout);
		line = plain_line();
		if (line) /* show the answer, so a transcript reads like a talk */
			printf("%s\n", line);
		return line;
	}
	line = readline(question);
	if (!line)
		return NULL;
	copy = xstrdup(line); /* readline's memory is not ours to keep */
	explicit_bzero(line, strlen(line));
	free(line);
	return copy;
}

char *prompt_secret(const char *question)
{
	struct termios old, quiet;
	struct buf b = BUF_INIT_SENSITIVE;
	int tty = isatty(STDIN_FILENO), c;
	char *out;

	fputs(question, stderr);
	fflush(stderr);
	if (tty) {
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
		quiet.c_lflag |= ICANON;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	while ((c = getchar()) != EOF && c != '\n')
		buf_addch(&b, (char)c);
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (c == EOF && !b.len) {
		buf_release(&b);
		return NULL;
	}
	if (b.len && b.data[b.len - 1] == '\r')
		buf_setlen(&b, b.len - 1);
	/* hand over a copy in memory vault_free_secret will wipe */
	out = xmalloc(b.len + 1);
	memcpy(out, b.data, b.len + 1);
	buf_release(&b);
	return out;
}

int prompt_yesno(const char *question, int def)
{
	char *a = prompt_line(question);
	int r = def;

	if (a) {
		char *t = text_trimmed(a);
		if (t[0] == 'y' || t[0] == 'Y')
			r = 1;
		else if (t[0] == 'n' || t[0] == 'N')
			r = 0;
		free(t);
		free(a);
	}
	return r;
}

/* Reads a whole secret file, dropping one trailing newline. */
static char *read_secret_file(const char *path)
{
	struct buf b = BUF_INIT_SENSITIVE;
	char chunk[256];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char *out;

	if (fd < 0)
		die(2, _("cannot read the passphrase file '%s': %s"), path, strerror(errno));
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_add(&b, chunk, (size_t)n);
	close(fd);
	explicit_bzero(chunk, sizeof(chunk));
	if (b.len && b.data[b.len - 1] == '\n')
		buf_setlen(&b, b.len - 1);
	if (b.len && b.data[b.len - 1] == '\r')
		buf_setlen(&b, b.len - 1);
	out = xmalloc(b.len + 1);
	memcpy(out, b.data, b.len + 1);
	buf_release(&b);
	return out;
}

char *cli_get_secret(const char *env, const char *question, int confirm)
{
	const char *file = getenv(env);
	char *a, *b;

	if (file && *file)
		return read_secret_file(file);
	if (!isatty(STDIN_FILENO))
		die(2, _("a passphrase is needed: run this in a terminal to type it, or name a file holding it in %s"),
		    env);
	a = prompt_secret(question);
	if (!a)
		die(2, _("no passphrase given; nothing was changed"));
	if (!confirm)
		return a;
	b = prompt_secret(_("Type it once more to be sure: "));
	if (!b || strcmp(a, b)) {
		vault_free_secret(a);
		vault_free_secret(b);
		die(2, _("the two passphrases were not the same; nothing was changed"));
	}
	vault_free_secret(b);
	return a;
}

void cli_unlock(struct waymark *wm)
{
	struct err err = ERR_INIT;
	char *pass;
	int rc;

	if (!wm->encrypted || wm->key)
		return;
	pass = cli_get_secret("WAYMARK_PASSPHRASE_FILE", _("Passphrase for your vault: "), 0);
	rc = vault_unlock(wm, pass, &err);
	vault_free_secret(pass);
	if (rc)
		die_err(&err, 0);
}

static pid_t pager_pid = -1;

void pager_start(void)
{
	const char *pager = getenv("WAYMARK_PAGER");
	int fds[2];
	pid_t pid;

	if (!isatty(STDOUT_FILENO))
		return;
	if (!pager || !*pager)
		pager = getenv("PAGER");
	if (!pager || !*pager)
		pager = "less";
	if (!strcmp(pager, "cat"))
		return;
	if (pipe(fds))
		return;
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return;
	}
	if (pid == 0) {
		dup2(fds[0], STDIN_FILENO);
		close(fds[0]);
		close(fds[1]);
		setenv("LESS", getenv("LESS") ? getenv("LESS") : "FRX", 1);
		execlp("sh", "sh", "-c", pager, (char *)NULL);
		_exit(127);
	}
	dup2(fds[1], STDOUT_FILENO);
	close(fds[0]);
	close(fds[1]);
	signal(SIGPIPE, SIG_IGN); /* the person may quit the pager early */
	pager_pid = pid;
}

void pager_stop(void)
{
	if (pager_pid < 0)
		return;
	fflush(stdout);
	close(STDOUT_FILENO);
	while (waitpid(pager_pid, NULL, 0) < 0 && errno == EINTR)
		;
	pager_pid = -1;
}

int cli_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
}

void cli_box(FILE *out, char *const *lines, size_t n, size_t nbold)
{
	size_t width = 0;
	int u = cli_utf8(), bold = cli_color(out);
	const char *h = u ? "\u2500" : "-";

	for (size_t i = 0; i < n; i++)
		if (text_chars(lines[i]) > width)
			width = text_chars(lines[i]);
	fputs(u ? "\u250c" : "+", out);
	for (size_t i = 0; i < width + 2; i++)
		fputs(h, out);
	fputs(u ? "\u2510\n" : "+\n", out);
	for (size_t i = 0; i < n; i++) {
		fputs(u ? "\u2502 " : "| ", out);
		if (bold && i < nbold)
			fprintf(out, "\033[1m%s\033[0m", lines[i]);
		else
			fputs(lines[i], out);
		for (size_t k = text_chars(lines[i]); k < width; k++)
			fputc(' ', out);
		fputs(u ? " \u2502\n" : " |\n", out);
	}
	fputs(u ? "\u2514" : "+", out);
	for (size_t i = 0; i < width + 2; i++)
		fputs(h, out);
	fputs(u ? "\u2518\n" : "+\n", out);
}
