/* SPDX-License-Identifier: MIT */
/*
 * fileio.h: whole-file reads and crash-safe whole-file writes.
 */
#ifndef WAYMARK_FILEIO_H
#define WAYMARK_FILEIO_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

/* Reads path ("-" for stdin) into out, refusing files over max bytes.
 * ERR_INPUT if it cannot be read (the message names the path). */
int file_read_all(const char *path, size_t max, struct buf *out,
		  struct err *err) __attribute__((warn_unused_result));
/* Writes data to path ("-" for stdout) so that a crash leaves either the
 * old file or the whole new one: a temporary file in the same folder,
 * fsync, rename, fsync of the folder. New files get mode 0600. */
int file_write_atomic(const char *path, const void *data, size_t len,
		      struct err *err) __attribute__((warn_unused_result));

/* Where Waymark keeps the person's files, with name appended:
 * $XDG_DATA_HOME/waymark/NAME when XDG_DATA_HOME is an absolute path, else
 * $HOME/.local/share/waymark/NAME (./.local/... without HOME). Nothing is
 * created. The caller frees the result. */
char *file_data_path(const char *name);

/* Appends to *paths (grown with xrealloc; the caller frees each and the
 * array) the full paths of the regular files in dir whose names end in
 * suffix and do not start with a dot, sorted by name. Returns 1 if dir does
 * not exist, 0 on success, -1 with ERR_INPUT naming dir if it cannot be
 * read. */
int file_list_dir(const char *dir, const char *suffix, char ***paths,
		  size_t *npaths, struct err *err)
	__attribute__((warn_unused_result));

#endif
