/* SPDX-License-Identifier: MIT */
/*
 * crypto.h: the only door to libsodium. Waymark's encryption is:
 *   - a random 256-bit data key per vault, which seals every record with
 *     XChaCha20-Poly1305 (a fresh random nonce each time, and the record's
 *     uid and kind as associated data, so records cannot be swapped);
 *   - that data key wrapped (sealed) by a key derived from the passphrase
 *     with Argon2id, and wrapped again by a key derived from a recovery key
 *     shown once at set-up. Changing the passphrase re-wraps the data key
 *     and leaves the records alone.
 * Keys live in sodium_malloc memory (guarded, locked, wiped when freed).
 * Nothing here writes to disk or prints.
 */
#ifndef WAYMARK_CRYPTO_H
#define WAYMARK_CRYPTO_H

#include <stddef.h>

#include "core/buf.h"
#include "core/err.h"

#define WU __attribute__((warn_unused_result))

struct crypto_key; /* opaque: 32 secret bytes in locked memory */

struct crypto_kdf {
	unsigned long long ops;
	size_t mem;
	unsigned char salt[16];
};

/* Must be called once before anything else; -1 if libsodium cannot start. */
int crypto_init(void) WU;

/* A new random key; the caller frees it with crypto_key_free(). */
struct crypto_key *crypto_key_random(void);
void crypto_key_free(struct crypto_key *k);

/* Fresh KDF parameters with a random salt. Argon2id at libsodium's
 * "interactive" cost; WAYMARK_TEST_WEAK_KDF=1 selects the minimum cost,
 * for tests only (the cost is stored with the vault). */
void crypto_kdf_new(struct crypto_kdf *p);
/* Derives a key from a secret (a passphrase or recovery key). 0 or -1 (out
 * of memory for Argon2id). */
int crypto_derive(const char *secret, size_t len, const struct crypto_kdf *p,
		  struct crypto_key **out, struct err *err) WU;

/* Seals msg with k, binding aad; appends nonce || ciphertext to out. */
void crypto_seal(const struct crypto_key *k, const void *aad, size_t aadlen,
		 const void *msg, size_t len, struct buf *out);
/* Opens what crypto_seal made. Appends the plain text to out (which should
 * be BUF_SENSITIVE). -1 if the key is wrong or any byte was changed. */
int crypto_open(const struct crypto_key *k, const void *aad, size_t aadlen,
		const void *sealed, size_t len, struct buf *out) WU;

/* Files encrypted with a passphrase, for exports that leave the vault
 * (docs/encrypted-files.md). The whole file is:
 *
 *   "WAYMARK-ENCRYPTED\n"  18 bytes, the magic (CRYPTO_STREAM_MAGIC)
 *   version                1 byte, 1
 *   algorithm              1 byte, 2: Argon2id v1.3 (crypto_pwhash)
 *   opslimit               4 bytes, little-endian
 *   memlimit               8 bytes, little-endian, in bytes
 *   salt                   16 bytes
 *   stream header          24 bytes (crypto_secretstream_xchacha20poly1305)
 *   chunks                 the plain text cut into pieces of
 *                          CRYPTO_STREAM_CHUNK bytes (the last may be
 *                          shorter, even empty), each pushed through the
 *                          secretstream as one message of 17 more bytes;
 *                          the last carries the FINAL tag, the others the
 *                          MESSAGE tag. The first chunk's additional data
 *                          is the 72-byte header above, so changing the
 *                          settings or the salt is detected too.
 *
 * The key is Argon2id of the passphrase with the stored settings and salt
 * (crypto_kdf_new's cost, so WAYMARK_TEST_WEAK_KDF=1 applies). */
#define CRYPTO_STREAM_MAGIC "WAYMARK-ENCRYPTED\n"
#define CRYPTO_STREAM_CHUNK 65536

/* 1 if data starts with the magic of an encrypted file. */
int crypto_stream_is_encrypted(const void *data, size_t len);
/* Encrypts len bytes of plain with the passphrase (pass, passlen bytes)
 * and appends the whole file to out. -1 only if Argon2id cannot get its
 * memory (err set). */
int crypto_stream_encrypt(const char *pass, size_t passlen, const void *plain,
			  size_t len, struct buf *out, struct err *err) WU;
/* Opens a file made by crypto_stream_encrypt and appends the plain text
 * to out (make it BUF_SENSITIVE). Every failure is ERR_INPUT with a kind
 * message and leaves out as it was: not an encrypted file; a newer format;
 * settings out of range (a damaged or hostile file could otherwise ask for
 * terabytes); the passphrase does not open it, or its first part was
 * changed (these cannot be told apart); a later part was changed; the file
 * was cut short (no FINAL chunk) or has more after its end. */
int crypto_stream_decrypt(const char *pass, size_t passlen, const void *data,
			  size_t len, struct buf *out, struct err *err) WU;

/* Wraps dk under kek (crypto_seal of its bytes) into out. */
void crypto_wrap(const struct crypto_key *kek, const char *label,
		 const struct crypto_key *dk, struct buf *out);
/* Unwraps; -1 if kek is wrong or the wrapping was changed. */
int crypto_unwrap(const struct crypto_key *kek, const char *label,
		  const void *wrapped, size_t len, struct crypto_key **out) WU;

/* A new recovery key as text: 32 hex digits in 8 groups of 4, e.g.
 * "3f9a-0c12-...". Appended to out (make it BUF_SENSITIVE). */
void crypto_recovery_new(struct buf *out);
/* Turns what a person typed into the canonical form (lower case, groups
 * joined by dashes). -1 if it is not 32 hex digits. */
int crypto_recovery_normalise(const char *typed, struct buf *out) WU;

/* Random bytes, and a random 32-hex-digit identifier (33 bytes with NUL). */
void crypto_random(void *p, size_t n);
void crypto_random_uid(char out[33]);
/* Lower-case hex of bin (appended to out), and the reverse (-1 if bad). */
void crypto_hex(const void *bin, size_t n, struct buf *out);
int crypto_unhex(const char *hex, void *bin, size_t n) WU;
/* A uid (32 lower-case hex digits and a NUL) that is a hash of data:
 * BLAKE2b (crypto_generichash) with a 16-byte output. The same data always
 * gives the same uid, so a record made from another app's entry can be
 * recognised when the same file is imported again. Callers put a label
 * for their purpose at the start of data, so that hashes made for
 * different purposes never meet. */
void crypto_hash_uid(const void *data, size_t n, char out[33]);
/* Decodes standard base64 (with padding; '+' and '/') into out, skipping
 * white space and line breaks anywhere in the text, as in MIME's 76-column
 * lines. -1 if anything else is wrong (a bad character, broken padding, or
 * text after the end); out is then left as it was. */
int crypto_base64_decode(const char *b64, size_t len, struct buf *out) WU;
/* Appends the standard base64 (with padding, on one line) of bin to out. */
void crypto_base64_encode(const void *bin, size_t n, struct buf *out);
/* Wipes memory so the compiler cannot skip it. */
void crypto_wipe(void *p, size_t n);
/* Constant-time comparison of equal-length secrets: 1 if equal. */
int crypto_equal(const void *a, const void *b, size_t n);

#endif
