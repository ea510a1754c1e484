/* SPDX-License-Identifier: MIT */
/* mhd.c: opening libmicrohttpd on first use (see mhd.h). */
#include "core/dynlib.h"
#include "mhd.h"

struct mhd_api mhd_api;

#define MHD_NAME(f) #f,
static const char *const names[] = { MHD_FUNCTIONS(MHD_NAME) };

int mhd_load(struct err *err)
{
	static int loaded;
	return dynlib_load(WAYMARK_SONAME_MHD, "The web server's library", "libmicrohttpd12",
			   names, &mhd_api, sizeof(names) / sizeof(names[0]), &loaded, err);
}
