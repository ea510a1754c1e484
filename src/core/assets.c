/* SPDX-License-Identifier: MIT */
/* assets.c: looking up embedded files (the table is sorted by name). */
#include "assets.h"

const struct asset *asset_find(const char *name)
{
	size_t lo = 0, hi = assets_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(name, assets_table[mid].name);
		if (!c)
			return &assets_table[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}
