/* SPDX-License-Identifier: MIT */
/* dynlib.c: libraries opened on first use (see dynlib.h). */
#include <dlfcn.h>
#include <pthread.h>

#include "dynlib.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

int dynlib_load(const char *soname, const char *what, const char *package,
		const char *const *names, void *table, size_t n, int *loaded,
		struct err *err)
{
	void *h;
	int r = 0;

	pthread_mutex_lock(&lock);
	if (*loaded) {
		pthread_mutex_unlock(&lock);
		return *loaded > 0 ? 0 : err_set(err, "%s (%s) could not be loaded; install the Debian package %s",
						  what, soname, package);
	}
	h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		*loaded = -1;
		pthread_mutex_unlock(&lock);
		return err_set(err, "%s (%s) could not be loaded; install the Debian package %s",
			       what, soname, package);
	}
	for (size_t i = 0; i < n; i++) {
		void *sym = dlsym(h, names[i]);
		if (!sym) {
			r = err_set(err, "%s (%s) has no '%s'; it may be too old", what, soname, names[i]);
			*loaded = -1;
			break;
		}
		/* object to function pointer: copy the bits (ISO C has no cast) */
		memcpy((char *)table + i * sizeof(void (*)(void)), &sym, sizeof(sym));
	}
	if (!r)
		*loaded = 1;
	pthread_mutex_unlock(&lock);
	return r;
}
