/* SPDX-License-Identifier: MIT */
/*
 * compat.h: force-included into every translation unit by the Makefile
 * (-include). It pulls in the system headers that declare the functions
 * banned.h forbids, then banned.h itself, so that the ban applies to our code
 * and never breaks a system header. Nothing else belongs here.
 */
#ifndef WAYMARK_COMPAT_H
#define WAYMARK_COMPAT_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* tm_gmtoff, explicit_bzero, memmem */
#endif

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "banned.h"

#endif
