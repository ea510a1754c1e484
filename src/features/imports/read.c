/* SPDX-License-Identifier: MIT */
/*
 * read.c: the two readers imports need, each through its library: CSV
 * with libcsv and ZIP archives with libarchive. Both work on bytes already
 * in memory (no files are opened here), and both refuse what they cannot
 * read with a message a person can act on. No CSV or ZIP parsing is done
 * by hand.
 */
#include <csv.h>

#include "core/text.h"
#include "core/xalloc.h"
#include "archive_lib.h"
#include "imports_int.h"

/* ---- CSV ---- */

void imports_table_release(struct imports_table *t)
{
	for (size_t i = 0; i < t->n; i++) {
		for (size_t j = 0; j < t->rows[i].n; j++)
			free(t->rows[i].fields[j]);
		free(t->rows[i].fields);
	}
	free(t->rows);
	memset(t, 0, sizeof(*t));
}

struct csv_ctx {
	struct imports_table *t;
	struct imports_row cur;
	long record;
};

static void on_field(void *s, size_t len, void *vctx)
{
	struct csv_ctx *ctx = vctx;
	struct imports_row *row = &ctx->cur;

	row->fields = xrealloc(row->fields, (row->n + 1) * sizeof(*row->fields));
	row->fields[row->n++] = xstrndup(s ? s : "", len);
}

static void on_row(int c, void *vctx)
{
	struct csv_ctx *ctx = vctx;
	struct imports_table *t = ctx->t;

	(void)c;
	ctx->record++;
	ctx->cur.record = ctx->record;
	t->rows = xrealloc(t->rows, (t->n + 1) * sizeof(*t->rows));
	t->rows[t->n++] = ctx->cur;
	memset(&ctx->cur, 0, sizeof(ctx->cur));
}

/* What Windows-1252 (the "Latin-1" that spreadsheets on Windows save)
 * has at 0x80..0x9f, where true Latin-1 has invisible control codes: curly
 * quotes, dashes, the euro sign. 0 where it has nothing. */
static const unsigned short cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* Western European text to UTF-8: each byte is the code point of the
 * same number, except 0x80..0x9f, read as Windows-1252 (a byte that has
 * no character there is dropped). */
static void latin1_to_utf8(const unsigned char *s, size_t len, struct buf *out)
{
	for (size_t i = 0; i < len; i++) {
		unsigned cp = s[i];
		if (cp >= 0x80 && cp < 0xa0)
			cp = cp1252_high[cp - 0x80];
		if (!cp)
			continue;
		if (cp < 0x80) {
			buf_addch(out, (char)cp);
		} else if (cp < 0x800) {
			buf_addch(out, (char)(0xc0 | (cp >> 6)));
			buf_addch(out, (char)(0x80 | (cp & 0x3f)));
		} else {
			buf_addch(out, (char)(0xe0 | (cp >> 12)));
			buf_addch(out, (char)(0x80 | ((cp >> 6) & 0x3f)));
			buf_addch(out, (char)(0x80 | (cp & 0x3f)));
		}
	}
}

int imports_csv_read(const void *data, size_t len, struct imports_table *t,
		     struct err *err)
{
	const unsigned char *p = data;
	struct csv_parser parser;
	struct csv_ctx ctx;
	struct buf conv = BUF_INIT;
	int rc = 0;

	memset(t, 0, sizeof(*t));
	if (len >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
		p += 3;
		len -= 3;
	}
	if (memchr(p, '\0', len))
		return err_input(err, NULL, "this is not a CSV file: it holds binary data");
	/* text_valid needs a string: copy, and check it is UTF-8 */
	buf_add(&conv, p, len);
	if (!text_valid(conv.data, 1)) {
		/* control characters other than tab and line breaks mean junk */
		for (size_t i = 0; i < len; i++) {
			if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') {
				buf_release(&conv);
				return err_input(err, NULL, "this is not a CSV file: it holds control characters");
			}
		}
		buf_reset(&conv);
		latin1_to_utf8(p, len, &conv);
		t->latin1 = 1;
	}
	t->final_newline = conv.len && (conv.data[conv.len - 1] == '\n' ||
					conv.data[conv.len - 1] == '\r');
	if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) {
		buf_release(&conv);
		return err_set(err, "cannot start the CSV reader");
	}
	memset(&ctx, 0, sizeof(ctx));
	ctx.t = t;
	if (csv_parse(&parser, conv.data, conv.len, on_field, on_row, &ctx) != conv.len ||
	    csv_fini(&parser, on_field, on_row, &ctx)) {
		int e = csv_error(&parser);
		if (e == CSV_EPARSE)
			rc = err_input(err, NULL,
				"this CSV file cannot be read after row %ld: a quoted field is broken or never closed, so the file may be damaged or cut short",
				ctx.record);
		else
			rc = err_set(err, "cannot read this CSV file: %s", csv_strerror(e));
	}
	for (size_t j = 0; j < ctx.cur.n; j++)
		free(ctx.cur.fields[j]);
	free(ctx.cur.fields);
	csv_free(&parser);
	buf_release(&conv);
	if (rc)
		imports_table_release(t);
	return rc;
}

/* ---- ZIP ---- */

int imports_is_zip(const void *data, size_t len)
{
	return len >= 4 && !memcmp(data, "PK\x03\x04", 4);
}

/* 1 if path is name or ends in "/name". */
static int member_is(const char *path, const char *name)
{
	size_t lp = strlen(path), ln = strlen(name);
	if (lp == ln)
		return !strcmp(path, name);
	return lp > ln && path[lp - ln - 1] == '/' && !strcmp(path + lp - ln, name);
}

/* How many folders deep path is. */
static int depth(const char *path)
{
	int n = 0;
	for (; *path; path++)
		n += *path == '/';
	return n;
}

/* Opens the ZIP in data for reading. */
static struct archive *zip_open(const void *data, size_t len, struct err *err)
{
	struct archive *a;

	if (imports_archive_load(err))
		return NULL;
	a = archive_read_new();
	if (!a) {
		err_set(err, "cannot start the archive reader");
		return NULL;
	}
	archive_read_support_format_zip(a);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		archive_read_free(a);
		err_input(err, NULL, "this is not a readable ZIP archive");
		return NULL;
	}
	return a;
}

/* Reads the member just found (called path) into out. */
static int zip_read(struct archive *a, const char *path, struct buf *out,
		    struct err *err)
{
	char chunk[16384];
	la_ssize_t n;

	buf_setlen(out, 0);
	while ((n = archive_read_data(a, chunk, sizeof(chunk))) > 0) {
		if (out->len + (size_t)n > IMPORTS_FILE_MAX)
			return err_input(err, NULL, "'%s' in the archive is larger than Waymark reads", path);
		buf_add(out, chunk, (size_t)n);
	}
	if (n < 0)
		return err_input(err, NULL, "'%s' in the archive is damaged: %s", path,
				 archive_error_string(a));
	return 0;
}

/* After the last header: ARCHIVE_EOF, or an archive cut short. */
static int zip_end(struct archive *a, int r, struct err *err)
{
	if (r == ARCHIVE_EOF)
		return 0;
	return err_input(err, NULL, "this archive is damaged or cut short: %s",
			 archive_error_string(a) ? archive_error_string(a) : "unknown error");
}

int imports_zip_member(const void *data, size_t len, const char *name,
		       struct buf *out, struct imports_zip_info *info,
		       struct err *err)
{
	struct archive *a;
	struct archive_entry *entry;
	int found = 0, found_depth = 0, rc = 0, r;

	memset(info, 0, sizeof(*info));
	if (!(a = zip_open(data, len, err)))
		return -1;
	while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
		const char *path = archive_entry_pathname(entry);
		if (!path)
			path = "";
		if (member_is(path, name) && (!found || depth(path) < found_depth)) {
			if (found) /* a deeper one read before: the other file */
				info->other++;
			found_depth = depth(path);
			if ((rc = zip_read(a, name, out, err)))
				break;
			found = 1;
			info->folder[0] = '\0';
			if (strlen(path) - strlen(name) < sizeof(info->folder))
				snprintf(info->folder, sizeof(info->folder), "%.*s",
					 (int)(strlen(path) - strlen(name)), path);
		} else if (archive_entry_filetype(entry) == AE_IFREG) {
			if (strstr(path, "assets/photos/"))
				info->photos++;
			else if (strstr(path, "assets/audio/"))
				info->audio++;
			else
				info->other++;
			archive_read_data_skip(a);
		}
	}
	if (!rc)
		rc = zip_end(a, r, err);
	if (!rc && !found)
		rc = err_input(err, NULL, "this archive has no '%s' in it", name);
	archive_read_free(a);
	return rc;
}

void imports_zip_files_release(struct imports_zip_file *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(files[i].path);
		buf_release(&files[i].data);
	}
	free(files);
}

int imports_zip_folder_members(const void *data, size_t len, const char *folder,
			       const char *name, struct imports_zip_file **out,
			       size_t *nout, struct err *err)
{
	struct archive *a;
	struct archive_entry *entry;
	size_t lf = strlen(folder), total = 0;
	int rc = 0, r;

	*out = NULL;
	*nout = 0;
	if (!(a = zip_open(data, len, err)))
		return -1;
	while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
		const char *path = archive_entry_pathname(entry);
		struct imports_zip_file *f;

		if (!path || strncmp(path, folder, lf) || depth(path + lf) != 1 ||
		    !member_is(path + lf, name) || archive_entry_filetype(entry) != AE_IFREG) {
			archive_read_data_skip(a);
			continue;
		}
		*out = xrealloc(*out, (*nout + 1) * sizeof(**out));
		f = &(*out)[(*nout)++];
		f->path = xstrdup(path);
		buf_init(&f->data, 0, BUF_SENSITIVE);
		if ((rc = zip_read(a, path, &f->data, err)))
			break;
		total += f->data.len;
		if (total > IMPORTS_FILE_MAX) {
			rc = err_input(err, NULL, "the files in this archive are larger in all than Waymark reads");
			break;
		}
	}
	if (!rc)
		rc = zip_end(a, r, err);
	archive_read_free(a);
	if (rc) {
		imports_zip_files_release(*out, *nout);
		*out = NULL;
		*nout = 0;
	}
	return rc;
}
