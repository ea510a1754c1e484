/* SPDX-License-Identifier: MIT */
/*
 * test_helpers.h: what every unit test needs: cmocka, and a private
 * temporary folder for vaults that is removed afterwards.
 */
#ifndef WAYMARK_TEST_HELPERS_H
#define WAYMARK_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"

/* A new empty folder under $TMPDIR; the caller frees the string. */
static inline char *test_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/waymark-test-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(b.data))
		abort();
	return buf_detach(&b, NULL);
}

/* Removes a folder made by test_tmpdir and the files in it. */
static inline void test_rmdir(char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (d) {
		while ((e = readdir(d))) {
			struct buf p = BUF_INIT;
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			buf_addf(&p, "%s/%s", dir, e->d_name);
			unlink(p.data);
			buf_release(&p);
		}
		closedir(d);
	}
	rmdir(dir);
	free(dir);
}

/* dir + "/" + name, caller frees. */
static inline char *test_path(const char *dir, const char *name)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/%s", dir, name);
	return buf_detach(&b, NULL);
}

/* 1 if the file at path contains needle anywhere in its bytes. */
static inline int test_file_contains(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;
	int found;
	if (!f)
		return 0;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	found = memmem(b.data, b.len, needle, strlen(needle)) != NULL;
	buf_release(&b);
	return found;
}

#endif
