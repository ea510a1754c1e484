/* SPDX-License-Identifier: MIT */
/*
 * catalog.c: finding the measure definitions: the ones built into Waymark
 * (the embedded data/measures files) and the person's own files in their
 * measures folder. Parsing and checking are model.c's; this file only
 * reads, and decides what a bad file means: a shipped one is a bug, a
 * person's one is reported and left out.
 */
#include "core/assets.h"
#include "core/buf.h"
#include "core/fileio.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "measures.h"

#define SHIPPED_PREFIX "data/measures/"

static void add_problem(struct measure_catalog *c, const char *msg)
{
	c->problems = xrealloc(c->problems, (c->nproblems + 1) * sizeof(*c->problems));
	c->problems[c->nproblems++] = xstrdup(msg);
}

static void drop(struct measure_catalog *c, size_t idx)
{
	measure_release(&c->items[idx]);
	memmove(&c->items[idx], &c->items[idx + 1], (c->n - idx - 1) * sizeof(*c->items));
	c->n--;
}

/* Checks what the definition at idx needs of the ones before it: its own
 * id and name, and a Talking Therapies role nobody else plays. */
static int check_unique(const struct measure_catalog *c, size_t idx, struct err *err)
{
	const struct measure *m = &c->items[idx];

	for (size_t i = 0; i < idx; i++) {
		const struct measure *o = &c->items[i];
		if (measure_name_eq(o->id, m->id) || measure_name_eq(o->name, m->name) ||
		    measure_name_eq(o->id, m->name) || measure_name_eq(o->name, m->id))
			return err_input(err, NULL, "%s: the id '%s' or name '%s' is already used by %s (%s)",
					 m->origin, m->id, m->name, o->name, o->origin);
		if (m->role && o->role == m->role)
			return err_input(err, NULL, "%s: the 'talking_therapies' role is already played by %s",
					 m->origin, o->name);
	}
	return 0;
}

/* Checks that the measure a quick check suggests is there. */
static int check_suggest(const struct measure_catalog *c, size_t idx, struct err *err)
{
	const struct measure *m = &c->items[idx];

	if (!m->suggest)
		return 0;
	for (size_t i = 0; i < c->n; i++)
		if (i != idx && !strcmp(c->items[i].id, m->suggest))
			return 0;
	return err_input(err, NULL, "%s: suggest: there is no measure '%s'", m->origin, m->suggest);
}

static struct measure *append(struct measure_catalog *c)
{
	c->items = xrealloc(c->items, (c->n + 1) * sizeof(*c->items));
	measure_init(&c->items[c->n]);
	return &c->items[c->n++];
}

static int load_shipped(struct measure_catalog *c, struct err *err)
{
	size_t plen = strlen(SHIPPED_PREFIX);

	for (size_t i = 0; i < assets_count; i++) {
		const struct asset *a = &assets_table[i];
		size_t len = strlen(a->name);
		struct measure *m;

		if (strncmp(a->name, SHIPPED_PREFIX, plen) || len < 5 ||
		    strcmp(a->name + len - 5, ".json"))
			continue;
		m = append(c);
		if (measure_parse((const char *)a->data, a->len, a->name + plen, 1, m, err) ||
		    check_unique(c, c->n - 1, err)) {
			c->n--;
			measure_release(m);
			return -1;
		}
	}
	for (size_t i = 0; i < c->n; i++)
		if (check_suggest(c, i, err))
			return -1;
	return 0;
}

static void load_file(struct measure_catalog *c, const char *path)
{
	struct buf text = BUF_INIT;
	struct err err = ERR_INIT;
	struct measure *m;

	if (file_read_all(path, MEASURES_FILE_MAX, &text, &err)) {
		add_problem(c, err.msg);
		buf_release(&text);
		return;
	}
	m = append(c);
	if (measure_parse(text.data, text.len, path, 0, m, &err) ||
	    check_unique(c, c->n - 1, &err)) {
		add_problem(c, err.msg);
		c->n--;
		measure_release(m);
	}
	buf_release(&text);
}

int measure_catalog_load(struct measure_catalog *c, const char *dir, struct err *err)
{
	char *own = dir ? NULL : file_data_path("measures");
	char **paths = NULL;
	size_t npaths = 0, shipped;
	struct err derr = ERR_INIT;
	int rc, changed;

	measure_catalog_init(c);
	if (load_shipped(c, err)) {
		free(own);
		measure_catalog_release(c);
		return -1;
	}
	shipped = c->n;
	rc = file_list_dir(dir ? dir : own, ".json", &paths, &npaths, &derr);
	if (rc < 0)
		add_problem(c, derr.msg);
	for (size_t i = 0; i < npaths; i++)
		load_file(c, paths[i]);
	/* a person's quick check may suggest a measure that is not there (or
	 * was just left out), which may in turn leave out another */
	do {
		changed = 0;
		for (size_t i = shipped; i < c->n; i++) {
			err_clear(&derr);
			if (check_suggest(c, i, &derr)) {
				add_problem(c, derr.msg);
				drop(c, i);
				changed = 1;
				break;
			}
		}
	} while (changed);
	text_free_list(paths, npaths);
	free(own);
	return 0;
}

json_t *measures_normalise_response(json_t *data, struct err *err)
{
	struct measure_catalog c;
	struct measure_response r;
	const struct measure *m = NULL;
	const char *id = json_string_value(json_object_get(data, "measure"));
	json_t *out = NULL;

	/* checked against its definition when this Waymark has it; a response
	 * to a measure defined elsewhere is kept as it is, shape checked */
	if (measure_catalog_load(&c, NULL, err))
		return NULL;
	for (size_t i = 0; id && i < c.n && !m; i++)
		if (!strcmp(c.items[i].id, id))
			m = &c.items[i];
	measure_response_init(&r);
	if (!measure_response_from_data(data, m, &r, err))
		out = measure_response_to_data(&r);
	measure_response_release(&r);
	measure_catalog_release(&c);
	return out;
}
