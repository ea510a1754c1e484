/* SPDX-License-Identifier: MIT */
/*
 * mhd.h: libmicrohttpd, opened on first use (see core/dynlib.h: only
 * `waymark ui` needs it, and linking it made every command slow to start).
 * Include this instead of <microhttpd.h>; call mhd_load() before anything.
 * The MHD_ functions below are then calls through a table whose entries
 * have the types of the real declarations.
 */
#ifndef WAYMARK_MHD_H
#define WAYMARK_MHD_H

#include <microhttpd.h>

#include "core/err.h"

#define MHD_FUNCTIONS(X) \
	X(MHD_add_response_header) X(MHD_create_post_processor) \
	X(MHD_create_response_from_buffer) X(MHD_destroy_post_processor) \
	X(MHD_destroy_response) X(MHD_get_connection_values) \
	X(MHD_get_daemon_info) X(MHD_lookup_connection_value) \
	X(MHD_post_process) X(MHD_queue_response) X(MHD_start_daemon) \
	X(MHD_stop_daemon)

#define MHD_FIELD(f) __typeof__(&f) f;
/* Written once by mhd_load(), then only read: the process's own lazily
 * bound "GOT" for this library, the one mutable global by design. */
extern struct mhd_api {
	MHD_FUNCTIONS(MHD_FIELD)
} mhd_api;
#undef MHD_FIELD

#define MHD_add_response_header (mhd_api.MHD_add_response_header)
#define MHD_create_post_processor (mhd_api.MHD_create_post_processor)
#define MHD_create_response_from_buffer (mhd_api.MHD_create_response_from_buffer)
#define MHD_destroy_post_processor (mhd_api.MHD_destroy_post_processor)
#define MHD_destroy_response (mhd_api.MHD_destroy_response)
#define MHD_get_connection_values (mhd_api.MHD_get_connection_values)
#define MHD_get_daemon_info (mhd_api.MHD_get_daemon_info)
#define MHD_lookup_connection_value (mhd_api.MHD_lookup_connection_value)
#define MHD_post_process (mhd_api.MHD_post_process)
#define MHD_queue_response (mhd_api.MHD_queue_response)
#define MHD_start_daemon (mhd_api.MHD_start_daemon)
#define MHD_stop_daemon (mhd_api.MHD_stop_daemon)

/* Opens the library (once). 0, or -1 with a message saying what to install. */
int mhd_load(struct err *err) __attribute__((warn_unused_result));

#endif
