/* SPDX-License-Identifier: MIT */
/*
 * feed.c: addresses another app on this computer can subscribe to (see
 * web.h). A calendar cannot carry the person's session, so each feed has
 * its own secret in its address; this file makes, keeps, forgets and
 * checks it. It never reads a record: what a feed holds is its feature's
 * business, and it answers only after web_feed_check() has said yes.
 */
#include "core/i18n.h"
#include "crypto/crypto.h"
#include "vault/vault.h"
#include "web.h"

#define FEED_SECRET_LEN 64

/* "feed.NAME", the setting that holds a feed's secret. */
static void setting_name(struct buf *b, const char *name)
{
	buf_addf(b, "feed.%s", name);
}

int web_feed_secret(struct web_req *req, const char *name, struct buf *out,
		    struct err *err)
{
	struct buf key = BUF_INIT, val = BUF_INIT;
	int rc;

	if (!req->wm->db)
		return 1;
	setting_name(&key, name);
	rc = vault_setting_text_get(req->wm, key.data, &val, err);
	/* anything but a whole secret counts as none */
	if (rc == 0 && val.len != FEED_SECRET_LEN)
		rc = 1;
	if (rc == 0)
		buf_adds(out, val.data);
	buf_release(&key);
	crypto_wipe(val.data, val.len);
	buf_release(&val);
	return rc;
}

int web_feed_renew(struct web_req *req, const char *name, struct buf *out,
		   struct err *err)
{
	struct buf key = BUF_INIT;
	char secret[FEED_SECRET_LEN + 1];
	int rc;

	web_random_token(secret);
	setting_name(&key, name);
	rc = vault_setting_text_set(req->wm, key.data, secret, err);
	if (rc == 0)
		buf_adds(out, secret);
	buf_release(&key);
	crypto_wipe(secret, sizeof(secret));
	return rc;
}

int web_feed_forget(struct web_req *req, const char *name, struct err *err)
{
	struct buf key = BUF_INIT;
	int rc;

	setting_name(&key, name);
	rc = vault_setting_text_set(req->wm, key.data, NULL, err);
	buf_release(&key);
	return rc;
}

void web_feed_url(const struct web_req *req, const char *path,
		  const char *secret, struct buf *out)
{
	buf_addf(out, "http://127.0.0.1:%u%s?key=", req->app->port, path);
	url_encode(out, secret);
}

static void answer(struct web_resp *resp, int status, const char *text)
{
	resp->status = status;
	resp->type = "text/plain; charset=utf-8";
	buf_reset(&resp->body);
	buf_adds(&resp->body, text);
	buf_addch(&resp->body, '\n');
}

int web_feed_check(struct web_req *req, struct web_resp *resp, const char *name)
{
	struct buf secret = BUF_INIT;
	struct err err = ERR_INIT;
	const char *sent = web_query(req, "key");
	int known;

	known = web_feed_secret(req, name, &secret, &err) == 0 && sent &&
		strlen(sent) == FEED_SECRET_LEN &&
		crypto_equal(sent, secret.data, FEED_SECRET_LEN);
	crypto_wipe(secret.data, secret.len);
	buf_release(&secret);
	if (!known) {
		answer(resp, 403, _("This calendar address is not one Waymark knows: it may have been "
				    "replaced by a new one. The Goals page in Waymark shows the address "
				    "to use now."));
		return 0;
	}
	if (!web_unlocked(req)) {
		answer(resp, 423, _("Waymark is locked just now, so this calendar is resting. When you "
				    "unlock Waymark on this computer, your calendar will catch up the next "
				    "time it checks. Nothing has been lost."));
		return 0;
	}
	return 1;
}
