/* SPDX-License-Identifier: MIT */
/*
 * dynlib.h: loading a large library only when a command needs it. Linking
 * the web server's, the calendar's and the archive reader's libraries into
 * every run of `waymark checkin` made it several times slower to start
 * (dozens of shared objects to map and relocate); the check-in must be
 * quick. So those libraries are opened with dlopen() on first use, and
 * their functions are reached through a table the shim header fills.
 *
 * A shim (src/web/mhd.h is the pattern) lists the functions it uses with
 * an X-macro, declares a table of pointers typed from the library's own
 * header (so every call is still type-checked), defines each function's
 * name as the table entry, and calls dynlib_load() once before use.
 */
#ifndef WAYMARK_DYNLIB_H
#define WAYMARK_DYNLIB_H

#include <stddef.h>

#include "err.h"

/* Opens soname (once per process; later calls return the first result)
 * and fills table, an array of n function pointers, with the symbols named
 * in names, in order. what names the library for people ("the web
 * server's library"). 0, or -1 with a kind message saying what to
 * install. Thread-safe. */
int dynlib_load(const char *soname, const char *what, const char *package,
		const char *const *names, void *table, size_t n, int *loaded,
		struct err *err) __attribute__((warn_unused_result));

#endif
