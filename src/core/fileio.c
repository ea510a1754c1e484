/* SPDX-License-Identifier: MIT */
/* fileio.c: whole-file reads and atomic writes (see fileio.h). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "xalloc.h"

int file_read_all(const char *path, size_t max, struct buf *out, struct err *err)
{
	int fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : STDIN_FILENO;
	char chunk[65536];
	ssize_t n;

	if (fd < 0)
		return err_input(err, "file", "cannot read '%s': %s", path, strerror(errno));
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			err_input(err, "file", "cannot read '%s': %s", path, strerror(errno));
			break;
		}
		if (out->len + (size_t)n > max) {
			err_input(err, "file", "'%s' is too large (over %zu MB)", path, max >> 20);
			n = -1;
			break;
		}
		buf_add(out, chunk, (size_t)n);
	}
	if (fd != STDIN_FILENO)
		close(fd);
	return n < 0 ? -1 : 0;
}

static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int file_write_atomic(const char *path, const void *data, size_t len,
		      struct err *err)
{
	struct buf tmp = BUF_INIT;
	char *dircopy;
	int fd, dfd, e;

	if (!strcmp(path, "-")) {
		if (write_all(STDOUT_FILENO, data, len))
			return err_set(err, "cannot write to standard output: %s", strerror(errno));
		return 0;
	}
	buf_addf(&tmp, "%s.tmp-%ld", path, (long)getpid());
	fd = open(tmp.data, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		err_input(err, "file", "cannot write '%s': %s", path, strerror(errno));
		buf_release(&tmp);
		return -1;
	}
	if (write_all(fd, data, len) || fsync(fd)) {
		e = errno;
		close(fd);
		unlink(tmp.data);
		buf_release(&tmp);
		return err_set(err, e == ENOSPC
			       ? "the disk is full, so '%s' was not written"
			       : "cannot write '%s'", path);
	}
	close(fd);
	if (rename(tmp.data, path)) {
		e = errno;
		unlink(tmp.data);
		buf_release(&tmp);
		return err_input(err, "file", "cannot write '%s': %s", path, strerror(e));
	}
	buf_release(&tmp);
	dircopy = xstrdup(path);
	dfd = open(dirname(dircopy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dircopy);
	return 0;
}

char *file_data_path(const char *name)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	struct buf b = BUF_INIT;

	if (xdg && *xdg == '/')
		buf_addf(&b, "%s/waymark/%s", xdg, name);
	else
		buf_addf(&b, "%s/.local/share/waymark/%s", home && *home ? home : ".", name);
	return buf_detach(&b, NULL);
}

static int cmp_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int file_list_dir(const char *dir, const char *suffix, char ***paths,
		  size_t *npaths, struct err *err)
{
	DIR *d = opendir(dir);
	size_t first = *npaths, slen = strlen(suffix);
	struct dirent *e;

	if (!d) {
		if (errno == ENOENT)
			return 1;
		return err_input(err, "folder", "cannot read the folder '%s': %s", dir, strerror(errno));
	}
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		struct buf p = BUF_INIT;
		struct stat st;

		if (e->d_name[0] == '.' || len <= slen || strcmp(e->d_name + len - slen, suffix))
			continue;
		buf_addf(&p, "%s/%s", dir, e->d_name);
		if (stat(p.data, &st) || !S_ISREG(st.st_mode)) {
			buf_release(&p);
			continue;
		}
		*paths = xrealloc(*paths, (*npaths + 1) * sizeof(**paths));
		(*paths)[(*npaths)++] = buf_detach(&p, NULL);
	}
	closedir(d);
	if (*npaths > first)
		qsort(*paths + first, *npaths - first, sizeof(**paths), cmp_paths);
	return 0;
}
