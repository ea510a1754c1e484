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
