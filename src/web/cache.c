/* SPDX-License-Identifier: MIT */
/*
 * cache.c: the page cache (see web.h). A page is served again only to the
 * same session (its forms carry that session's CSRF token), for the same
 * path and query, in the same minute, while neither this server nor any
 * other connection has written to the vault since, and the vault has not
 * been locked or unlocked. Everything else renders afresh. Entries are
 * wiped when they are dropped, since they hold decrypted words.
 */
#include "core/wtime.h"
#include "vault/vault.h"
#include "web.h"

static void make_key(const struct web_req *req, struct buf *key)
{
	buf_adds(key, req->session ? req->session->id : "-");
	buf_addch(key, ' ');
	buf_adds(key, req->path);
	for (size_t i = 0; i < req->nquery; i++) {
		buf_addch(key, i ? '&' : '?');
		url_encode(key, req->query[i].key);
		buf_addch(key, '=');
		url_encode(key, req->query[i].val);
	}
}

static int current(struct web_app *app, long *dv)
{
	struct err err = ERR_INIT;
	return app->wm->db && vault_data_version(app->wm, dv, &err) == 0;
}

int web_cache_get(struct web_app *app, const struct web_req *req, struct web_resp *resp)
{
	struct buf key = BUF_INIT;
	long dv, minute = (long)(wnow() / 60);
	int hit = 0;

	if (!req->session || !current(app, &dv))
		return 0;
	make_key(req, &key);
	for (int i = 0; i < WEB_CACHE_MAX && !hit; i++) {
		struct web_cache_entry *e = &app->cache[i];
		if (!e->key.len || strcmp(e->key.data, key.data))
			continue;
		if (e->gen != app->gen || e->data_version != dv || e->minute != minute)
			break;
		buf_reset(&resp->body);
		buf_add(&resp->body, e->body.data, e->body.len);
		resp->type = e->type;
		resp->status = 200;
		e->used = time(NULL);
		hit = 1;
	}
	buf_release(&key);
	return hit;
}

void web_cache_put(struct web_app *app, const struct web_req *req,
		   const struct web_resp *resp)
{
	struct web_cache_entry *slot = &app->cache[0];
	struct buf key = BUF_INIT;
	long dv;

	if (!req->session || resp->status != 200 || resp->location.len || resp->cookie.len ||
	    !current(app, &dv))
		return;
	make_key(req, &key);
	for (int i = 0; i < WEB_CACHE_MAX; i++) {
		struct web_cache_entry *e = &app->cache[i];
		if (e->key.len && !strcmp(e->key.data, key.data)) {
			slot = e;
			break;
		}
		if (!e->key.len || e->used < slot->used)
			slot = e;
	}
	buf_release(&slot->key);
	buf_release(&slot->body);
	buf_init(&slot->key, 0, 0);
	buf_init(&slot->body, 0, BUF_SENSITIVE);
	buf_add(&slot->key, key.data, key.len);
	buf_add(&slot->body, resp->body.data, resp->body.len);
	slot->type = resp->type;
	slot->data_version = dv;
	slot->gen = app->gen;
	slot->minute = (long)(wnow() / 60);
	slot->used = time(NULL);
	buf_release(&key);
}

void web_cache_clear(struct web_app *app)
{
	for (int i = 0; i < WEB_CACHE_MAX; i++) {
		buf_release(&app->cache[i].key);
		buf_release(&app->cache[i].body);
		buf_init(&app->cache[i].body, 0, BUF_SENSITIVE);
		app->cache[i].used = 0;
	}
	app->gen++;
}
