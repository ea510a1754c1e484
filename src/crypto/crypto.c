/* SPDX-License-Identifier: MIT */
/*
 * crypto.c: libsodium wrappers (see crypto.h). The only file that calls
 * sodium_* or crypto_*_ primitives. Never exits; never logs secrets.
 */
#include <sodium.h>

#include "core/xalloc.h"
#include "crypto.h"

#define KEYBYTES crypto_aead_xchacha20poly1305_ietf_KEYBYTES
#define NONCEBYTES crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define ABYTES crypto_aead_xchacha20poly1305_ietf_ABYTES

struct crypto_key {
	unsigned char k[KEYBYTES];
};

int crypto_init(void)
{
	return sodium_init() < 0 ? -1 : 0;
}

static struct crypto_key *key_alloc(void)
{
	struct crypto_key *k = sodium_malloc(sizeof(*k));
	if (!k)
		BUG("cannot allocate locked memory for a key");
	return k;
}

struct crypto_key *crypto_key_random(void)
{
	struct crypto_key *k = key_alloc();
	crypto_aead_xchacha20poly1305_ietf_keygen(k->k);
	return k;
}

void crypto_key_free(struct crypto_key *k)
{
	if (k)
		sodium_free(k); /* wipes before freeing */
}

void crypto_kdf_new(struct crypto_kdf *p)
{
	const char *weak = getenv("WAYMARK_TEST_WEAK_KDF");

	if (weak && !strcmp(weak, "1")) {
		p->ops = crypto_pwhash_OPSLIMIT_MIN;
		p->mem = crypto_pwhash_MEMLIMIT_MIN;
	} else {
		p->ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
		p->mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
	}
	randombytes_buf(p->salt, sizeof(p->salt));
}

int crypto_derive(const char *secret, size_t len, const struct crypto_kdf *p,
		  struct crypto_key **out, struct err *err)
{
	struct crypto_key *k;

	/* refuse settings no Waymark would write (a damaged or hostile vault
	 * could otherwise ask for terabytes) */
	if (p->ops < crypto_pwhash_OPSLIMIT_MIN || p->mem < crypto_pwhash_MEMLIMIT_MIN ||
	    p->ops > (unsigned long long)crypto_pwhash_OPSLIMIT_SENSITIVE * 4 ||
	    p->mem > (size_t)crypto_pwhash_MEMLIMIT_SENSITIVE)
		return err_set(err, "the vault's key settings are out of range; it may be damaged");
	k = key_alloc();
	if (crypto_pwhash(k->k, sizeof(k->k), secret, len, p->salt, p->ops, p->mem,
			  crypto_pwhash_ALG_ARGON2ID13) != 0) {
		crypto_key_free(k);
		return err_set(err, "not enough memory to derive the key from the passphrase");
	}
	*out = k;
	return 0;
}

void crypto_seal(const struct crypto_key *k, const void *aad, size_t aadlen,
		 const void *msg, size_t len, struct buf *out)
{
	unsigned char *dst;
	unsigned long long clen;
	size_t start = out->len;

	if (buf_grow(out, NONCEBYTES + len + ABYTES) < 0)
		BUG("crypto_seal into a capped buffer");
	dst = (unsigned char *)out->data + start;
	randombytes_buf(dst, NONCEBYTES);
	crypto_aead_xchacha20poly1305_ietf_encrypt(dst + NONCEBYTES, &clen, msg, len,
						   aad, aadlen, NULL, dst, k->k);
	out->len = start + NONCEBYTES + (size_t)clen;
	out->data[out->len] = '\0';
}

int crypto_open(const struct crypto_key *k, const void *aad, size_t aadlen,
		const void *sealed, size_t len, struct buf *out)
{
	const unsigned char *src = sealed;
	unsigned long long mlen;
	size_t start = out->len;

	if (len < NONCEBYTES + ABYTES)
		return -1;
	if (buf_grow(out, len) < 0)
		return -1;
	if (crypto_aead_xchacha20poly1305_ietf_decrypt(
		    (unsigned char *)out->data + start, &mlen, NULL, src + NONCEBYTES,
		    len - NONCEBYTES, aad, aadlen, src, k->k) != 0) {
		out->data[start] = '\0';
		return -1;
	}
	out->len = start + (size_t)mlen;
	out->data[out->len] = '\0';
	return 0;
}

void crypto_wrap(const struct crypto_key *kek, const char *label,
		 const struct crypto_key *dk, struct buf *out)
{
	crypto_seal(kek, label, strlen(label), dk->k, sizeof(dk->k), out);
}

int crypto_unwrap(const struct crypto_key *kek, const char *label,
		  const void *wrapped, size_t len, struct crypto_key **out)
{
	struct buf plain = BUF_INIT_SENSITIVE;
	struct crypto_key *k;

	if (crypto_open(kek, label, strlen(label), wrapped, len, &plain) ||
	    plain.len != KEYBYTES) {
		buf_release(&plain);
		return -1;
	}
	k = key_alloc();
	memcpy(k->k, plain.data, KEYBYTES);
	buf_release(&plain);
	*out = k;
	return 0;
}

/* ---- encrypted files (crypto.h, docs/encrypted-files.md) ---- */

#define SS_HEADERBYTES crypto_secretstream_xchacha20poly1305_HEADERBYTES
#define SS_ABYTES crypto_secretstream_xchacha20poly1305_ABYTES
#define MAGIC_LEN (sizeof(CRYPTO_STREAM_MAGIC) - 1)
#define STREAM_VERSION 1
#define STREAM_ALG_ARGON2ID13 2
/* magic, version, algorithm, opslimit, memlimit, salt, stream header */
#define HEAD_LEN (MAGIC_LEN + 1 + 1 + 4 + 8 + 16 + SS_HEADERBYTES)

static void put_le(unsigned char *p, unsigned long long v, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static unsigned long long get_le(const unsigned char *p, int n)
{
	unsigned long long v = 0;
	for (int i = n - 1; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

int crypto_stream_is_encrypted(const void *data, size_t len)
{
	return len >= MAGIC_LEN && !memcmp(data, CRYPTO_STREAM_MAGIC, MAGIC_LEN);
}

int crypto_stream_encrypt(const char *pass, size_t passlen, const void *plain,
			  size_t len, struct buf *out, struct err *err)
{
	crypto_secretstream_xchacha20poly1305_state st;
	struct crypto_kdf kdf;
	struct crypto_key *k;
	unsigned char *head;
	const unsigned char *src = plain;
	size_t start = out->len, nchunks = len / CRYPTO_STREAM_CHUNK + 1, off = 0;

	crypto_kdf_new(&kdf);
	if (crypto_derive(pass, passlen, &kdf, &k, err))
		return -1;
	if (buf_grow(out, HEAD_LEN + len + nchunks * SS_ABYTES) < 0)
		BUG("crypto_stream_encrypt into a capped buffer");
	head = (unsigned char *)out->data + start;
	memcpy(head, CRYPTO_STREAM_MAGIC, MAGIC_LEN);
	head[MAGIC_LEN] = STREAM_VERSION;
	head[MAGIC_LEN + 1] = STREAM_ALG_ARGON2ID13;
	put_le(head + MAGIC_LEN + 2, kdf.ops, 4);
	put_le(head + MAGIC_LEN + 6, kdf.mem, 8);
	memcpy(head + MAGIC_LEN + 14, kdf.salt, sizeof(kdf.salt));
	crypto_secretstream_xchacha20poly1305_init_push(&st, head + MAGIC_LEN + 30, k->k);
	out->len = start + HEAD_LEN;
	for (size_t i = 0; i < nchunks; i++) {
		size_t n = len - off < CRYPTO_STREAM_CHUNK ? len - off : CRYPTO_STREAM_CHUNK;
		unsigned char tag = i + 1 == nchunks ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
						     : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
		unsigned long long clen;
		head = (unsigned char *)out->data + start; /* the header is the first AD */
		crypto_secretstream_xchacha20poly1305_push(&st,
			(unsigned char *)out->data + out->len, &clen, src + off, n,
			i ? NULL : head, i ? 0 : HEAD_LEN, tag);
		out->len += (size_t)clen;
		off += n;
	}
	out->data[out->len] = '\0';
	sodium_memzero(&st, sizeof(st));
	crypto_key_free(k);
	return 0;
}

int crypto_stream_decrypt(const char *pass, size_t passlen, const void *data,
			  size_t len, struct buf *out, struct err *err)
{
	crypto_secretstream_xchacha20poly1305_state st;
	const unsigned char *src = data;
	struct crypto_kdf kdf;
	struct crypto_key *k;
	size_t start = out->len, off = HEAD_LEN;
	int rc = -1, final = 0;

	if (!crypto_stream_is_encrypted(data, len))
		return err_input(err, NULL, "this is not a file Waymark encrypted");
	if (len < HEAD_LEN + SS_ABYTES)
		return err_input(err, NULL, "this encrypted file is cut short: it may not have been copied whole");
	if (src[MAGIC_LEN] != STREAM_VERSION)
		return err_input(err, NULL, "this encrypted file was made by a newer Waymark: please update Waymark to open it");
	kdf.ops = get_le(src + MAGIC_LEN + 2, 4);
	kdf.mem = (size_t)get_le(src + MAGIC_LEN + 6, 8);
	memcpy(kdf.salt, src + MAGIC_LEN + 14, sizeof(kdf.salt));
	if (src[MAGIC_LEN + 1] != STREAM_ALG_ARGON2ID13 ||
	    kdf.ops < crypto_pwhash_OPSLIMIT_MIN || kdf.mem < crypto_pwhash_MEMLIMIT_MIN ||
	    kdf.ops > (unsigned long long)crypto_pwhash_OPSLIMIT_SENSITIVE * 4 ||
	    get_le(src + MAGIC_LEN + 6, 8) > crypto_pwhash_MEMLIMIT_SENSITIVE)
		return err_input(err, NULL, "this encrypted file's key settings are out of range; it may be damaged");
	if (crypto_derive(pass, passlen, &kdf, &k, err))
		return -1;
	if (crypto_secretstream_xchacha20poly1305_init_pull(&st, src + MAGIC_LEN + 30, k->k) != 0) {
		err_input(err, NULL, "this encrypted file is damaged");
		goto out;
	}
	if (buf_grow(out, len) < 0) {
		err_set(err, "this encrypted file is too large to open here");
		goto out;
	}
	while (off < len) {
		size_t n = len - off < CRYPTO_STREAM_CHUNK + SS_ABYTES
			   ? len - off : CRYPTO_STREAM_CHUNK + SS_ABYTES;
		unsigned long long mlen;
		unsigned char tag;
		int first = off == HEAD_LEN;

		if (final) {
			err_input(err, NULL, "this encrypted file has something added after its end; it may have been tampered with");
			goto out;
		}
		if (n < SS_ABYTES ||
		    crypto_secretstream_xchacha20poly1305_pull(&st,
			(unsigned char *)out->data + out->len, &mlen, &tag, src + off, n,
			first ? src : NULL, first ? HEAD_LEN : 0) != 0) {
			if (first)
				err_input(err, "passphrase", "that passphrase does not open this file (or the file has been changed since it was made)");
			else
				err_input(err, NULL, "this encrypted file has been changed or damaged since it was made");
			goto out;
		}
		out->len += (size_t)mlen;
		off += n;
		final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
	}
	if (!final) {
		err_input(err, NULL, "this encrypted file is cut short: it may not have been copied whole");
		goto out;
	}
	rc = 0;
out:
	if (rc) {
		sodium_memzero(out->data + start, out->len - start);
		out->len = start;
	}
	out->data[out->len] = '\0';
	sodium_memzero(&st, sizeof(st));
	crypto_key_free(k);
	return rc;
}

void crypto_recovery_new(struct buf *out)
{
	unsigned char raw[16];
	char hex[33];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(hex, sizeof(hex), raw, sizeof(raw));
	for (int i = 0; i < 32; i += 4) {
		if (i)
			buf_addch(out, '-');
		buf_add(out, hex + i, 4);
	}
	sodium_memzero(raw, sizeof(raw));
	sodium_memzero(hex, sizeof(hex));
}

int crypto_recovery_normalise(const char *typed, struct buf *out)
{
	char digits[33];
	size_t n = 0;

	for (const char *p = typed; *p; p++) {
		char c = *p;
		if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		if (c >= 'A' && c <= 'F')
			c = (char)(c - 'A' + 'a');
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) || n == 32) {
			sodium_memzero(digits, sizeof(digits));
			return -1;
		}
		digits[n++] = c;
	}
	if (n != 32) {
		sodium_memzero(digits, sizeof(digits));
		return -1;
	}
	for (int i = 0; i < 32; i += 4) {
		if (i)
			buf_addch(out, '-');
		buf_add(out, digits + i, 4);
	}
	sodium_memzero(digits, sizeof(digits));
	return 0;
}

void crypto_random(void *p, size_t n)
{
	randombytes_buf(p, n);
}

void crypto_random_uid(char out[33])
{
	unsigned char raw[16];
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(out, 33, raw, sizeof(raw));
}

void crypto_hash_uid(const void *data, size_t n, char out[33])
{
	unsigned char raw[16];

	if (crypto_generichash(raw, sizeof(raw), data, n, NULL, 0))
		BUG("crypto_generichash refused a 16-byte hash");
	sodium_bin2hex(out, 33, raw, sizeof(raw));
}

int crypto_base64_decode(const char *b64, size_t len, struct buf *out)
{
	/* the decoded size is at most three quarters of the text */
	size_t max = len / 4 * 3 + 3, got = 0, old = out->len;
	const char *end = NULL;

	if (buf_grow(out, max) < 0)
		return -1;
	if (sodium_base642bin((unsigned char *)out->data + old, max, b64, len,
			      " \t\r\n", &got, &end, sodium_base64_VARIANT_ORIGINAL) ||
	    end != b64 + len) {
		out->data[old] = '\0';
		return -1;
	}
	out->len = old + got;
	out->data[out->len] = '\0';
	return 0;
}

void crypto_base64_encode(const void *bin, size_t n, struct buf *out)
{
	size_t need = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL);

	if (buf_grow(out, need) < 0)
		BUG("crypto_base64_encode into a capped buffer");
	sodium_bin2base64(out->data + out->len, need, bin, n,
			  sodium_base64_VARIANT_ORIGINAL);
	out->len += need - 1;
}

void crypto_hex(const void *bin, size_t n, struct buf *out)
{
	if (buf_grow(out, n * 2) < 0)
		BUG("crypto_hex into a capped buffer");
	sodium_bin2hex(out->data + out->len, n * 2 + 1, bin, n);
	out->len += n * 2;
}

int crypto_unhex(const char *hex, void *bin, size_t n)
{
	size_t got;
	const char *end;

	if (strlen(hex) != n * 2)
		return -1;
	if (sodium_hex2bin(bin, n, hex, n * 2, NULL, &got, &end) || got != n || *end)
		return -1;
	return 0;
}

void crypto_wipe(void *p, size_t n)
{
	sodium_memzero(p, n);
}

int crypto_equal(const void *a, const void *b, size_t n)
{
	return sodium_memcmp(a, b, n) == 0;
}
