/* SPDX-License-Identifier: MIT */
/*
 * crisis.c: crisis phrase matching and the crisis contacts (see crisis.h).
 * Reads only embedded data; keeps no state between calls.
 */
#include <jansson.h>

#include "assets.h"
#include "buf.h"
#include "crisis.h"
#include "text.h"
#include "xalloc.h"

static char *dup_or_null(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? xstrdup(s) : NULL;
}

int crisis_parse(struct crisis_info *ci, const char *text, size_t len,
		 struct err *err)
{
	json_error_t jerr;
	json_t *root, *list, *c;
	size_t i;

	memset(ci, 0, sizeof(*ci));
	root = json_loadb(text, len, 0, &jerr);
	if (!root)
		return err_set(err, "crisis contacts: line %d: %s", jerr.line, jerr.text);
	list = json_object_get(root, "contacts");
	if (!json_is_array(list) || !json_array_size(list)) {
		json_decref(root);
		return err_set(err, "crisis contacts: no 'contacts' list");
	}
	ci->contacts = xcalloc(json_array_size(list), sizeof(*ci->contacts));
	json_array_foreach(list, i, c) {
		struct crisis_contact *cc = &ci->contacts[ci->ncontacts];
		cc->name = dup_or_null(c, "name");
		cc->how = dup_or_null(c, "how");
		cc->when = dup_or_null(c, "when");
		cc->tel = dup_or_null(c, "tel");
		cc->sms = dup_or_null(c, "sms");
		cc->sms_body = dup_or_null(c, "sms_body");
		ci->ncontacts++;
		if (!cc->name || !cc->how || !cc->when) {
			json_decref(root);
			crisis_release(ci);
			return err_set(err, "crisis contacts: entry %zu needs name, how and when", i + 1);
		}
	}
	ci->checked = dup_or_null(root, "checked");
	json_decref(root);
	return 0;
}

int crisis_load(struct crisis_info *ci, struct err *err)
{
	const struct asset *a = asset_find("data/crisis/contacts.json");

	memset(ci, 0, sizeof(*ci));
	if (!a)
		return err_set(err, "crisis contacts missing from the build");
	return crisis_parse(ci, (const char *)a->data, a->len, err);
}

void crisis_release(struct crisis_info *ci)
{
	for (size_t i = 0; i < ci->ncontacts; i++) {
		struct crisis_contact *c = &ci->contacts[i];
		free(c->name);
		free(c->how);
		free(c->when);
		free(c->tel);
		free(c->sms);
		free(c->sms_body);
	}
	free(ci->contacts);
	free(ci->checked);
	memset(ci, 0, sizeof(*ci));
}

/* Both strings already normalised: lower case, single spaces. The phrase
 * must start at a word start and, unless prefix, end at a word end. */
static int match_normalised(const char *pat, size_t plen, int prefix,
			    const char *text)
{
	if (!plen)
		return 0;
	for (const char *q = text; (q = strstr(q, pat)); q++) {
		if (q != text && q[-1] != ' ')
			continue;
		if (prefix || q[plen] == '\0' || q[plen] == ' ')
			return 1;
	}
	return 0;
}

/* Turns one line of the list into a normalised pattern in *pat. Returns 0
 * for comments and blank lines, else 1, with *prefix set for a trailing *. */
static int phrase_prepare(const char *line, size_t len, struct buf *pat,
			  int *prefix)
{
	char *raw = xstrndup(line, len);
	char *t = text_trimmed(raw);
	size_t n = strlen(t);
	int use = n && t[0] != '#';

	free(raw);
	*prefix = 0;
	buf_reset(pat);
	if (use) {
		if (t[n - 1] == '*') {
			*prefix = 1;
			t[n - 1] = '\0';
		}
		text_normalise(pat, t);
	}
	free(t);
	return use && pat->len;
}

int crisis_phrase_matches(const char *phrase, const char *text)
{
	struct buf pat = BUF_INIT, norm = BUF_INIT;
	int prefix, r = 0;

	text_normalise(&norm, text);
	if (phrase_prepare(phrase, strlen(phrase), &pat, &prefix))
		r = match_normalised(pat.data, pat.len, prefix, norm.data);
	buf_release(&pat);
	buf_release(&norm);
	return r;
}

int crisis_text_matches(const char *text)
{
	const struct asset *a = asset_find("data/crisis/words.txt");
	struct buf norm = BUF_INIT, pat = BUF_INIT;
	const char *line, *end;
	int found = 0, prefix;

	if (!a)
		BUG("crisis words missing from the build");
	if (!text || !*text)
		return 0;
	text_normalise(&norm, text);
	for (line = (const char *)a->data; *line && !found; line = end + (*end != 0)) {
		end = strchr(line, '\n');
		if (!end)
			end = line + strlen(line);
		if (phrase_prepare(line, (size_t)(end - line), &pat, &prefix))
			found = match_normalised(pat.data, pat.len, prefix, norm.data);
	}
	buf_release(&norm);
	buf_release(&pat);
	return found;
}
