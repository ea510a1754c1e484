/* SPDX-License-Identifier: MIT */
/*
 * banned.h: functions Waymark must not call. Each is unsafe with untrusted
 * sizes, thread-unsafe, or runs a shell. It is included last by compat.h, so
 * the system headers have already declared the real functions; any later use
 * in our own code fails to compile with a name that says what to use instead.
 */
#ifndef WAYMARK_BANNED_H
#define WAYMARK_BANNED_H

#define BANNED(func) sorry_##func##_is_banned_in_waymark

#undef strcpy
#define strcpy(x, y) BANNED(strcpy_use_buf_or_snprintf)
#undef strcat
#define strcat(x, y) BANNED(strcat_use_buf)
#undef sprintf
#define sprintf(...) BANNED(sprintf_use_snprintf_or_buf_addf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf_use_vsnprintf)
#undef strtok
#define strtok(x, y) BANNED(strtok_use_strtok_r)
#undef gets
#define gets(x) BANNED(gets_use_getline)
#undef system
#define system(x) BANNED(system_use_fork_and_exec)
#undef localtime
#define localtime(x) BANNED(localtime_use_localtime_r)
#undef gmtime
#define gmtime(x) BANNED(gmtime_use_gmtime_r)
#undef sqlite3_mprintf
#define sqlite3_mprintf(...) BANNED(sqlite3_mprintf_use_bound_parameters)

#endif
