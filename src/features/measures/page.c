/* SPDX-License-Identifier: MIT */
/*
 * page.c: the questionnaires' web pages (see measures.h for the routes).
 * A measure is taken item by item on one page, in its exact published
 * wording and options with its attribution line. A risk item (PHQ-9 item
 * 9) answered above its lowest option brings up the crisis box at once:
 * beside the question when JavaScript runs, and always first on the
 * result, before any score; there is never a risk level. Missing answers
 * are never filled in: the form comes back with them marked and the
 * answers kept, unless the person chooses to save without a total.
 * History charts draw each measure over its bands, beside a table of the
 * same numbers, with the Talking-Therapies-style indicators labelled as
 * not official and not a diagnosis.
 */
#include <math.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "measures.h"
#include "web/svg.h"
#include "web/web.h"

/* Form field names: "item-ITEMID" (ids are at most MEASURES_ID_MAX). */
#define FIELD_MAX 48
/* Bands cycle through this many quiet CSS classes (band-0 ...). */
#define BAND_CLASSES 5

static void item_field(char *out, const struct measure_item *it)
{
	snprintf(out, FIELD_MAX, "item-%s", it->id);
}

static void err_field(struct err *err, const char *field)
{
	snprintf(err->field, sizeof(err->field), "%s", field);
}

/* Loads the catalogue; a problem with a shipped definition is a bug, so
 * this only fails for want of memory or a broken install. */
static int load_catalog(struct measure_catalog *c, struct err *err)
{
	return measure_catalog_load(c, NULL, err);
}

enum tab { TAB_TAKE, TAB_HISTORY };

static void tabs(struct buf *o, enum tab current)
{
	static const struct { const char *path, *label; } pages[] = {
		[TAB_TAKE] = { "/measures", N_("Questionnaires") },
		[TAB_HISTORY] = { "/measures/history", N_("Your scores over time") },
	};

	html_printf(o, "<nav class=\"subnav\" aria-label=\"%s\"><ul>\n", _("Questionnaire pages"));
	for (size_t i = 0; i < ARRAY_SIZE(pages); i++) {
		if (i == current)
			html_printf(o, "<li><a href=\"%s\" aria-current=\"page\">%s</a></li>\n",
				    pages[i].path, _(pages[i].label));
		else
			html_printf(o, "<li><a href=\"%s\">%s</a></li>\n", pages[i].path, _(pages[i].label));
	}
	html_raw(o, "</ul></nav>\n");
}

static void snapshot_words(struct buf *o)
{
	html_printf(o, "<p>%s</p>\n",
		    _("A score is a snapshot of how things have been, not a diagnosis. You may want to share it with your GP or care team."));
}

static void attribution(struct buf *o, const struct measure *m)
{
	html_printf(o, "<p class=\"attribution\">%s</p>\n", m->copyright);
}

/* The crisis box and a few calm words for a risk item: no risk level. */
static void safety_response(struct web_req *req, struct buf *o, const struct measure *m,
			    const struct measure_item *it)
{
	web_crisis_box(req, o);
	html_printf(o, "<p class=\"calm\">");
	html_printf(o, _("Thank you for answering question %zu honestly. Thoughts like these are more common than people think, and you deserve support with them. You could talk to someone today: someone you trust, your GP or care team, or one of the lines above, at any time of day or night."),
		    (size_t)(it - m->items) + 1);
	html_raw(o, "</p>\n");
}

/* "Sat 21 Nov" */
static void short_day(struct buf *b, const struct measure_response *r)
{
	wdate_short(b, r->when.date);
}

/* Everything a page about past answers needs: the catalogue, every
 * response (oldest first) and their history entries (allocated, one per
 * response). On failure nothing is left to release. */
struct past {
	struct measure_catalog c;
	struct measure_response_list l;
	struct measure_entry *entries;
	struct measure_tt tt;
};

static int past_load(struct web_req *req, struct past *p, struct err *err)
{
	memset(p, 0, sizeof(*p));
	if (load_catalog(&p->c, err))
		return -1;
	if (measures_list(req->wm, NULL, &p->l, err)) {
		measure_catalog_release(&p->c);
		return -1;
	}
	measure_history(&p->c, &p->l, &p->entries, &p->tt);
	return 0;
}

static void past_release(struct past *p)
{
	free(p->entries);
	measure_response_list_release(&p->l);
	measure_catalog_release(&p->c);
}

/* ---- the list ---- */

int measures_page(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct past p;
	struct err err = ERR_INIT;
	const struct measure_catalog *c = &p.c;
	const struct measure_entry *entries;

	if (past_load(req, &p, &err))
		return web_fail(req, resp, &err);
	entries = p.entries;
	web_page_begin(req, resp, _("Questionnaires"), "measures");
	html_printf(o, "<h1>%s</h1>\n", _("Questionnaires"));
	tabs(o, TAB_TAKE);
	html_printf(o, "<p class=\"lead\">%s</p>\n",
		    _("Short, widely used questionnaires about how you have been feeling over the last two weeks. Take one whenever you like; your answers stay on this computer."));
	snapshot_words(o);
	for (size_t i = 0; i < c->nproblems; i++)
		html_printf(o, "<p class=\"hint\">%s %s</p>\n", _("A questionnaire file was left out:"),
			    c->problems[i]);
	html_raw(o, "<ul class=\"cards\">\n");
	for (size_t i = 0; i < c->n; i++) {
		const struct measure *m = &c->items[i];
		const struct measure_entry *last = NULL;
		for (size_t k = 0; k < p.l.n; k++)
			if (entries[k].m == m)
				last = &entries[k];
		html_printf(o, "<li class=\"card\"><h2>%s</h2><p>%s</p>", m->name, m->about);
		if (last) {
			struct buf b = BUF_INIT, day = BUF_INIT;
			short_day(&day, last->r);
			if (last->r->complete) {
				measure_format_out_of(&b, m, last->r->total);
				if (last->band)
					buf_addf(&b, " (%s)", last->band->label);
			} else {
				buf_adds(&b, _("no total (questions left unanswered)"));
			}
			html_printf(o, "<p class=\"hint\"><a href=\"/measures/%lld\">%s %s: %s</a></p>",
				    (long long)last->r->id, _("Latest,"), day.data, b.data);
			buf_release(&b);
			buf_release(&day);
		}
		html_printf(o, "<p><a class=\"button primary\" href=\"/measures/take?m=%s\">%s %s</a></p></li>\n",
			    m->id, _("Take the"), m->name);
	}
	html_raw(o, "</ul>\n");
	web_page_end(req, resp);
	past_release(&p);
	return 0;
}

/* ---- taking one ---- */

/* The measure the request names (?m= or the form's m), or NULL with err. */
static const struct measure *req_measure(const struct web_req *req, const struct measure_catalog *c,
					 struct err *err)
{
	const char *name = web_form(req, "m");
	const struct measure *m;

	if (!name)
		name = web_query(req, "m");
	m = name ? measure_find(c, name) : NULL;
	if (!m)
		err_input(err, "m", _("there is no questionnaire called '%s'; the questionnaires page lists them"),
			  name ? name : "");
	return m;
}

/* 1 if the request answers the item. */
static int has_answer(const struct web_req *req, const struct measure_item *it)
{
	char f[FIELD_MAX];

	item_field(f, it);
	return *web_form_s(req, f) != '\0';
}

/* The form. With err, the answers come from the request and each scored
 * item left unanswered is marked; risk is the risk item answered above
 * its lowest option in the request (its crisis box is then at the top),
 * or NULL. */
static void take_page(struct web_req *req, struct web_resp *resp, const struct measure *m,
		      const struct err *err, const struct measure_item *risk)
{
	struct buf *o = &resp->body;
	const char *date = err ? web_form_s(req, "date") : "";
	int unanswered = 0, answered = 0;

	web_page_begin(req, resp, m->name, "measures");
	if (risk)
		safety_response(req, o, m, risk);
	html_printf(o, "<h1>%s</h1>\n", m->title);
	if (err && web_form_again(err)) {
		char target[80];
		snprintf(target, sizeof(target), "%s", err->field[0] ? err->field : "main");
		if (!strncmp(target, "item-", 5))
			snprintf(target, sizeof(target), "q-%s", err->field + 5);
		web_error_summary(o, err, _("Nothing was saved yet"), target);
	}
	html_printf(o, "<p class=\"hint\">%s</p>\n",
		    _("Choose one answer for each question. There are no right or wrong answers."));
	html_raw(o, "<form method=\"post\" action=\"/measures/take\" class=\"measure\">\n");
	web_csrf_input(req, o);
	html_printf(o, "<input type=\"hidden\" name=\"m\" value=\"%s\">\n", m->id);
	html_printf(o, "<p class=\"stem\">%s</p>\n", m->instructions);
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		char f[FIELD_MAX], id[80];
		const char *current = "";
		int own_error = 0, mark = 0;

		item_field(f, it);
		if (err) {
			int blank;
			current = web_form_s(req, f);
			blank = it->scored && !*current;
			own_error = err->kind == ERR_INPUT && !strcmp(err->field, f);
			mark = !own_error && blank && err->kind == ERR_INPUT &&
			       !strncmp(err->field, "item-", 5);
			unanswered += blank && (own_error || mark);
			answered += *current != '\0';
		}
		if (own_error || mark)
			html_printf(o, "<fieldset class=\"item\" id=\"q-%s\" aria-describedby=\"%s-error\">",
				    it->id, f);
		else
			html_printf(o, "<fieldset class=\"item\" id=\"q-%s\">", it->id);
		html_printf(o, "<legend><span class=\"qn\">%zu.</span> %s</legend>\n", i + 1, it->text);
		if (!it->scored)
			html_printf(o, "<p class=\"hint\">%s</p>\n", _("Optional: this one is not part of the score."));
		web_field_error(o, err, f);
		if (mark) {
			html_printf(o, "<p class=\"field-error\" id=\"%s-error\">%s</p>", f,
				    _("This question has no answer yet."));
		}
		html_raw(o, "<div class=\"options\">\n");
		for (size_t k = 0; k < it->noptions; k++) {
			char val[16];
			snprintf(val, sizeof(val), "%d", it->options[k].value);
			snprintf(id, sizeof(id), "%s-o%zu", f, k);
			html_printf(o, "<label class=\"option\" for=\"%s\">", id);
			web_radio(o, f, val, current, id);
			html_printf(o, "<span>%s</span></label>\n", it->options[k].label);
		}
		html_raw(o, "</div>\n</fieldset>\n");
		/* shown by app.js when the item is answered above its lowest
		 * option; without JavaScript the result page shows it first */
		if (it->risk && !risk) {
			html_printf(o, "<div class=\"safety-now\" hidden data-risk-for=\"q-%s\" data-lowest=\"%d\">\n",
				    it->id, it->lowest);
			safety_response(req, o, m, it);
			html_raw(o, "</div>\n");
		}
	}
	html_printf(o, "<details class=\"more\"%s><summary>%s</summary>\n",
		    *date || (err && !strcmp(err->field, "date")) ? " open" : "",
		    _("Answering for an earlier day?"));
	html_printf(o, "<label for=\"date\">%s</label>", _("The day these answers are about"));
	web_field_error(o, err, "date");
	html_printf(o, "<input type=\"date\" id=\"date\" name=\"date\" value=\"%s\"", date);
	web_invalid_attrs(o, err, "date");
	html_raw(o, ">\n</details>\n");
	html_printf(o, "<div class=\"actions\"><button type=\"submit\" class=\"primary\">%s</button>", _("Save"));
	/* answers with gaps may be kept as they are, without a total */
	if (unanswered && answered)
		html_printf(o, "<button type=\"submit\" name=\"incomplete\" value=\"1\" class=\"quiet\">%s</button>",
			    _("Save without a total"));
	html_raw(o, "</div>\n</form>\n");
	attribution(o, m);
	web_page_end(req, resp);
}

int measures_page_take(struct web_req *req, struct web_resp *resp)
{
	struct measure_catalog c;
	const struct measure *m;
	struct err err = ERR_INIT;

	if (load_catalog(&c, &err))
		return web_fail(req, resp, &err);
	m = req_measure(req, &c, &err);
	if (!m)
		web_fail(req, resp, &err);
	else
		take_page(req, resp, m, NULL, NULL);
	measure_catalog_release(&c);
	return 0;
}

/* Reads the answers in the form: each must be one of its item's options.
 * *risk is set to the first risk item answered above its lowest. */
static int read_answers(const struct web_req *req, const struct measure *m,
			struct measure_answer **out, size_t *n,
			const struct measure_item **risk, struct err *err)
{
	*out = xcalloc(m->nitems + 1, sizeof(**out));
	*n = 0;
	*risk = NULL;
	for (size_t i = 0; i < m->nitems; i++) {
		const struct measure_item *it = &m->items[i];
		char f[FIELD_MAX];
		const char *v;
		int value, ok = 0;

		item_field(f, it);
		v = web_form_s(req, f);
		if (!*v)
			continue;
		if (text_parse_int(v, it->lowest, it->highest, &value) == 0)
			for (size_t k = 0; k < it->noptions; k++)
				ok |= it->options[k].value == value;
		if (!ok) {
			err_input(err, NULL, _("question %zu needs one of the answers shown; please choose one"), i + 1);
			err_field(err, f);
			return -1;
		}
		(*out)[*n].item = xstrdup(it->id);
		(*out)[(*n)++].value = value;
		if (it->risk && value > it->lowest && !*risk)
			*risk = it;
	}
	return 0;
}

int measures_page_take_post(struct web_req *req, struct web_resp *resp)
{
	struct measure_catalog c;
	const struct measure *m;
	const struct measure_item *risk = NULL;
	struct measure_response r;
	struct measure_result res;
	struct measure_answer *a = NULL;
	struct err err = ERR_INIT;
	const char *date = web_form_s(req, "date");
	size_t n = 0;

	if (load_catalog(&c, &err))
		return web_fail(req, resp, &err);
	measure_response_init(&r);
	m = req_measure(req, &c, &err);
	if (!m) {
		web_fail(req, resp, &err);
		goto out;
	}
	if (read_answers(req, m, &a, &n, &risk, &err) ||
	    wlocal_for_entry(*date ? date : NULL, NULL, &r.when, &err) ||
	    measure_score(m, a, n, &res, &err))
		goto bad;
	if (!n) {
		err_input(&err, NULL, "%s", _("there are no answers to save yet: choose an answer for each question"));
		err_field(&err, "item-");
		for (size_t i = 0; i < m->nitems; i++)
			if (m->items[i].scored) {
				char f[FIELD_MAX];
				item_field(f, &m->items[i]);
				err_field(&err, f);
				break;
			}
		goto bad;
	}
	if (!res.complete && !web_form(req, "incomplete")) {
		/* never prorated: the person answers the rest, or chooses to
		 * keep the answers without a total */
		size_t first = 0;
		char f[FIELD_MAX];
		while (first < m->nitems && (!m->items[first].scored || has_answer(req, &m->items[first])))
			first++;
		if (res.missing == 1)
			err_input(&err, NULL, _("question %zu has no answer yet. Waymark never guesses a missing answer: choose one to get a total, or save your answers without a total"),
				  first + 1);
		else
			err_input(&err, NULL, _("%zu questions have no answer yet, starting with question %zu. Waymark never guesses missing answers: choose one for each to get a total, or save your answers without a total"),
				  res.missing, first + 1);
		item_field(f, &m->items[first]);
		err_field(&err, f);
		goto bad;
	}
	if (measure_response_fill(&r, m, &a, n, &err) || measures_add(req->wm, &r, &err))
		goto bad;
	web_redirect(resp, "/measures/%lld?saved=1", (long long)r.id);
	goto out;
bad:
	if (web_form_again(&err)) {
		take_page(req, resp, m, &err, risk);
		resp->status = web_status_for(&err);
	} else {
		web_fail(req, resp, &err);
	}
out:
	if (a) /* measure_response_fill takes them over */
		measure_answers_free(a, n);
	measure_response_release(&r);
	measure_catalog_release(&c);
	return 0;
}

/* ---- one result ---- */

static const char *option_label(const struct measure_item *it, int value)
{
	for (size_t k = 0; k < it->noptions; k++)
		if (it->options[k].value == value)
			return it->options[k].label;
	return "";
}

static void change_words(struct buf *b, const struct measure_entry *e)
{
	struct buf d = BUF_INIT;

	measure_format_total(&d, fabs(e->change));
	if (e->change < 0)
		buf_addf(b, _("down %s"), d.data);
	else if (e->change > 0)
		buf_addf(b, _("up %s"), d.data);
	else
		buf_adds(b, _("the same"));
	if (e->reliable > 0)
		buf_adds(b, _(", a reliable improvement"));
	else if (e->reliable < 0)
		buf_adds(b, _(", a reliable rise"));
	buf_release(&d);
}

static void result_body(struct buf *o, const struct measure_entry *e,
			const struct measure_catalog *c)
{
	const struct measure *m = e->m;
	const struct measure_response *r = e->r;
	struct buf b = BUF_INIT;

	html_raw(o, "<div class=\"result\">\n");
	if (!r->complete) {
		html_printf(o, "<p class=\"total\">%s</p>\n",
			    _("Saved without a total, because some questions were left unanswered: Waymark never guesses missing answers."));
	} else if (m) {
		measure_format_out_of(&b, m, r->total);
		html_printf(o, "<p class=\"total\">%s <strong class=\"score\" data-value=\"%g\">%s</strong></p>\n",
			    _("Total:"), r->total, b.data);
		if (e->band) {
			buf_reset(&b);
			measure_band_range(&b, m, e->band);
			html_printf(o, "<p class=\"band\">%s <strong>%s</strong> (%s).</p>\n",
				    _("In the band called"), e->band->label, b.data);
		}
		if (e->has_change) {
			buf_reset(&b);
			change_words(&b, e);
			html_printf(o, "<p>%s %s %s: %s.</p>\n", _("Compared with your first"), m->name,
				    _("score"), b.data);
		}
	} else {
		buf_reset(&b);
		measure_format_total(&b, r->total);
		html_printf(o, "<p class=\"total\">%s <strong class=\"score\">%s</strong></p>\n", _("Total:"), b.data);
	}
	html_raw(o, "</div>\n");
	if (m && m->suggest && r->complete) {
		const struct measure *full = measure_find(c, m->suggest);
		struct buf at = BUF_INIT;
		measure_format_total(&at, m->suggest_at);
		if (r->total >= m->suggest_at)
			html_printf(o, "<p class=\"notice\">%s %s %s.</p>", _("A score of"), at.data,
				    _("or more suggests taking the full questionnaire next"));
		else
			html_printf(o, "<p>%s %s%s</p>", _("That is under"), at.data,
				    _(", so the full questionnaire is not needed now, but you can take it whenever you like."));
		if (full)
			html_printf(o, "<p><a class=\"button%s\" href=\"/measures/take?m=%s\">%s %s</a></p>\n",
				    r->total >= m->suggest_at ? " primary" : "", full->id, _("Take the"), full->name);
		buf_release(&at);
	}
	snapshot_words(o);
	if (m) {
		html_printf(o, "<h2>%s</h2>\n<dl class=\"answers\">\n", _("Your answers"));
		for (size_t i = 0; i < m->nitems; i++) {
			const struct measure_item *it = &m->items[i];
			int v = measure_response_answer(r, it->id);
			html_printf(o, "<dt>%zu. %s</dt><dd>%s</dd>\n", i + 1, it->text,
				    v >= it->lowest && *option_label(it, v) ? option_label(it, v) : _("not answered"));
		}
		html_raw(o, "</dl>\n");
		attribution(o, m);
	}
	buf_release(&b);
}

int measures_page_result(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct past p;
	const struct measure_entry *e = NULL;
	struct err err = ERR_INIT;
	struct buf day = BUF_INIT;
	int saved = web_query(req, "saved") != NULL;
	char t[6];

	if (past_load(req, &p, &err))
		return web_fail(req, resp, &err);
	for (size_t i = 0; i < p.l.n; i++)
		if (p.l.items[i].id == req->id)
			e = &p.entries[i];
	if (!e) {
		err_kind_set(&err, ERR_NOTFOUND, "%s", _("there are no such answers; they may have been deleted"));
		web_fail(req, resp, &err);
		goto out;
	}
	web_page_begin(req, resp, e->m ? e->m->name : e->r->measure, "measures");
	/* safety first: the crisis box comes before any score */
	if (e->r->nsafety && e->m) {
		const struct measure_item *it = NULL;
		for (size_t i = 0; i < e->m->nitems && !it; i++)
			if (!strcmp(e->m->items[i].id, e->r->safety[0]))
				it = &e->m->items[i];
		if (saved && it)
			safety_response(req, o, e->m, it);
		else
			html_printf(o, "<p class=\"notice\">%s <a href=\"/help\">%s</a></p>\n",
				    _("When you answered these questions, Waymark offered support. If you need it now, it is here:"),
				    _("Need help now?"));
	}
	if (saved)
		html_printf(o, "<p class=\"notice\" role=\"status\">%s</p>\n", _("Saved. Thank you for answering."));
	wdate_long(&day, e->r->when.date);
	wclock_format(e->r->when.minute, t);
	html_printf(o, "<h1>%s</h1>\n<p class=\"date\">%s, %s</p>\n", e->m ? e->m->title : e->r->measure,
		    day.data, t);
	result_body(o, e, &p.c);
	html_printf(o, "<div class=\"actions\"><a class=\"button\" href=\"/measures/history\">%s</a>",
		    _("Your scores over time"));
	if (e->m)
		html_printf(o, "<a class=\"button\" href=\"/measures/take?m=%s\">%s</a>", e->m->id,
			    _("Take it again"));
	html_raw(o, "</div>\n");
	web_page_end(req, resp);
out:
	buf_release(&day);
	past_release(&p);
	return 0;
}

/* ---- history ---- */

/* Y-axis ticks: where each band starts, and the highest total; else the
 * ends and the middle. Returns how many (at most BAND_CLASSES + 3). */
static int ticks_for(const struct measure *m, double *ticks)
{
	int n = 0;

	if (m->nbands) {
		for (size_t i = 0; i < m->nbands && n < BAND_CLASSES + 1; i++)
			ticks[n++] = m->bands[i].from;
		if (ticks[n - 1] != m->max)
			ticks[n++] = m->max;
		if (ticks[0] != m->min)
			ticks[n++] = m->min;
		return n;
	}
	ticks[n++] = m->min;
	ticks[n++] = (m->min + m->max) / 2;
	ticks[n++] = m->max;
	return n;
}

/* One measure's chart and table. idx holds the indices in l of its
 * responses, oldest first. */
static void measure_history_section(struct buf *o, const struct measure *m,
				    const struct measure_entry *entries, const size_t *idx, size_t n)
{
	double *y = xcalloc(n + 1, sizeof(*y));
	const char **xl = xcalloc(n + 1, sizeof(*xl)), **titles = xcalloc(n + 1, sizeof(*titles));
	struct buf *xb = xcalloc(n + 1, sizeof(*xb)), *tb = xcalloc(n + 1, sizeof(*tb));
	struct svg_band bands[BAND_CLASSES + 8];
	static const char *const band_cls[BAND_CLASSES] = {
		"band-0", "band-1", "band-2", "band-3", "band-4",
	};
	double ticks[BAND_CLASSES + 3];
	struct buf desc = BUF_INIT, id = BUF_INIT, max = BUF_INIT;
	struct svg_series series;
	struct svg_chart chart;
	size_t complete = 0, step = n > 6 ? (n + 5) / 6 : 1;
	int nbands = 0;

	for (size_t k = 0; k < n; k++) {
		const struct measure_response *r = entries[idx[k]].r;
		buf_init(&xb[k], 0, 0);
		buf_init(&tb[k], 0, 0);
		if (!r->complete)
			continue;
		y[complete] = r->total;
		short_day(&xb[complete], r);
		buf_addf(&tb[complete], "%s: ", xb[complete].data);
		measure_format_total(&tb[complete], r->total);
		if (entries[idx[k]].band)
			buf_addf(&tb[complete], " (%s)", entries[idx[k]].band->label);
		titles[complete] = tb[complete].data;
		complete++;
	}
	/* x labels: every step-th from the newest back */
	for (size_t k = 0; k < complete; k++)
		xl[k] = (complete - 1 - k) % step == 0 ? xb[k].data : NULL;
	for (size_t i = 0; i < m->nbands && nbands < (int)ARRAY_SIZE(bands); i++) {
		bands[nbands] = (struct svg_band){ .from = m->bands[i].from,
			.to = i + 1 < m->nbands ? m->bands[i + 1].from : m->max,
			.cls = band_cls[i % BAND_CLASSES], .label = m->bands[i].label };
		nbands++;
	}
	html_printf(o, "<section class=\"measure-history\" aria-labelledby=\"h-%s\"><h2 id=\"h-%s\">%s</h2>\n",
		    m->id, m->id, m->title);
	measure_format_total(&max, m->max);
	if (complete) {
		buf_addf(&id, "chart-%s", m->id);
		buf_addf(&desc, P_("Your %s total (%zu so far), out of %s.", "Your %s totals, %zu times, oldest on the left, out of %s.", complete),
			 m->name, complete, max.data);
		if (m->nbands)
			buf_adds(&desc, _(" The shaded bands behind are its standard bands."));
		buf_adds(&desc, _(" The table below has the same numbers."));
		series = (struct svg_series){ .y = y, .cls = "s-score", .dots = 1, .line = 1, .titles = titles };
		chart = (struct svg_chart){ .id = id.data, .title = m->name, .desc = desc.data,
			.n = (int)complete, .ymin = m->min, .ymax = m->max, .yticks = ticks,
			.nyticks = ticks_for(m, ticks), .xlabels = xl, .series = &series, .nseries = 1,
			.bands = bands, .nbands = nbands };
		html_raw(o, "<figure class=\"chart-box\">");
		svg_chart(o, &chart);
		html_raw(o, "</figure>\n");
	}
	html_printf(o, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"t-%s\">"
		       "<table class=\"data scores\"><caption id=\"t-%s\">%s %s</caption>\n<thead><tr>"
		       "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
		       "<th scope=\"col\">%s</th></tr></thead><tbody>\n",
		    m->id, m->id, m->name, _("as a table: the same numbers, oldest first"),
		    _("Day"), _("Total"), _("Band"), _("Since your first"));
	for (size_t k = 0; k < n; k++) {
		const struct measure_entry *e = &entries[idx[k]];
		struct buf day = BUF_INIT, b = BUF_INIT;
		short_day(&day, e->r);
		html_printf(o, "<tr><th scope=\"row\"><a href=\"/measures/%lld\">%s</a></th>",
			    (long long)e->r->id, day.data);
		if (e->r->complete) {
			measure_format_total(&b, e->r->total);
			html_printf(o, "<td class=\"total\">%s</td><td>%s</td>", b.data,
				    e->band ? e->band->label : "");
			buf_reset(&b);
			if (e->has_change)
				change_words(&b, e);
			html_printf(o, "<td>%s</td>", b.data);
		} else {
			html_printf(o, "<td colspan=\"3\">%s</td>", _("no total (questions left unanswered)"));
		}
		html_raw(o, "</tr>\n");
		buf_release(&day);
		buf_release(&b);
	}
	html_raw(o, "</tbody></table></div>\n</section>\n");
	for (size_t k = 0; k < n; k++) {
		buf_release(&xb[k]);
		buf_release(&tb[k]);
	}
	free(xb);
	free(tb);
	free(xl);
	free(titles);
	free(y);
	buf_release(&desc);
	buf_release(&id);
	buf_release(&max);
}

static const char *yes_no(int v)
{
	return v ? _("yes") : _("no");
}

static void indicators(struct buf *o, const struct measure_tt *tt)
{
	const struct measure_indicators *in = &tt->ind;
	struct buf a = BUF_INIT, b = BUF_INIT;

	if (!tt->dep || !tt->anx)
		return;
	html_printf(o, "<section class=\"indicators\" aria-labelledby=\"tt-h\"><h2 id=\"tt-h\">%s</h2>\n",
		    _("Talking-Therapies-style indicators"));
	html_printf(o, "<p class=\"label-not-official\"><strong>%s</strong></p>\n",
		    _("For your own reflection: these are not official statistics, and not a diagnosis."));
	if (tt->npairs < 2) {
		html_printf(o, "<p>");
		html_printf(o, P_("These compare the first and latest days on which you took both the %s and the %s. You have %zu such day so far; they need two.",
				  "These compare the first and latest days on which you took both the %s and the %s. You have %zu such days so far; they need two.",
				  tt->npairs), tt->dep->name, tt->anx->name, tt->npairs);
		html_raw(o, "</p>\n</section>\n");
		return;
	}
	wdate_long(&a, tt->first_day);
	wdate_long(&b, tt->last_day);
	html_printf(o, "<p>");
	html_printf(o, _("Comparing the first and latest days you took both the %s and the %s (%s and %s)."),
		    tt->dep->name, tt->anx->name, a.data, b.data);
	html_raw(o, "</p>\n<dl class=\"indicators\">\n");
	buf_reset(&a);
	buf_reset(&b);
	measure_format_total(&a, tt->dep_first);
	measure_format_total(&b, tt->dep_last);
	html_printf(o, "<dt>%s</dt><dd>%s %s %s</dd>\n", tt->dep->name, a.data, _("to"), b.data);
	buf_reset(&a);
	buf_reset(&b);
	measure_format_total(&a, tt->anx_first);
	measure_format_total(&b, tt->anx_last);
	html_printf(o, "<dt>%s</dt><dd>%s %s %s</dd>\n", tt->anx->name, a.data, _("to"), b.data);
	buf_reset(&a);
	buf_reset(&b);
	measure_format_total(&a, tt->dep->caseness);
	measure_format_total(&b, tt->anx->caseness);
	html_printf(o, "<dt>");
	html_printf(o, _("Above the clinical cut-off (%s %s or more, or %s %s or more)"),
		    tt->dep->name, a.data, tt->anx->name, b.data);
	html_printf(o, "</dt><dd>%s %s, %s %s</dd>\n", _("at first:"), yes_no(in->case_first),
		    _("latest:"), yes_no(in->case_last));
	html_printf(o, "<dt>%s</dt><dd>%s</dd>\n", _("Reliable improvement"), yes_no(in->reliable_improvement));
	html_printf(o, "<dt>%s</dt><dd>%s</dd>\n", _("Reliable deterioration"), yes_no(in->reliable_deterioration));
	if (in->recovery < 0) {
		html_printf(o, "<dt>%s</dt><dd>%s</dd>\n", _("Recovery"),
			    _("does not apply, as you were not above the cut-off at first"));
	} else {
		html_printf(o, "<dt>%s</dt><dd>%s</dd>\n", _("Recovery (from above the cut-off to below it)"),
			    yes_no(in->recovery));
		html_printf(o, "<dt>%s</dt><dd>%s</dd>\n", _("Reliable recovery (recovery and a reliable improvement)"),
			    yes_no(in->reliable_recovery));
	}
	html_raw(o, "</dl>\n");
	if ((in->imp_dep || in->imp_anx) && (in->det_dep || in->det_anx))
		html_printf(o, "<p>%s</p>\n", _("One questionnaire went reliably down and the other reliably up, so neither counts."));
	buf_reset(&a);
	buf_reset(&b);
	measure_format_total(&a, tt->dep->reliable_change);
	measure_format_total(&b, tt->anx->reliable_change);
	html_printf(o, "<p class=\"hint\">");
	html_printf(o, _("A reliable change is one bigger than everyday ups and downs: %s points or more on the %s, %s or more on the %s. These follow the way NHS Talking Therapies services describe change, for your own use."),
		    a.data, tt->dep->name, b.data, tt->anx->name);
	html_raw(o, "</p>\n</section>\n");
	buf_release(&a);
	buf_release(&b);
}

int measures_page_history(struct web_req *req, struct web_resp *resp)
{
	struct buf *o = &resp->body;
	struct past p;
	struct err err = ERR_INIT;
	size_t *idx;

	if (past_load(req, &p, &err))
		return web_fail(req, resp, &err);
	idx = xcalloc(p.l.n + 1, sizeof(*idx));
	web_page_begin(req, resp, _("Your scores over time"), "measures");
	html_printf(o, "<h1>%s</h1>\n", _("Your scores over time"));
	tabs(o, TAB_HISTORY);
	if (!p.l.n) {
		html_printf(o, "<p>%s <a href=\"/measures\">%s</a></p>\n", _("No questionnaires yet."),
			    _("Take one whenever you like"));
	} else {
		snapshot_words(o);
	}
	for (size_t i = 0; i < p.c.n; i++) {
		size_t n = 0;
		for (size_t k = 0; k < p.l.n; k++)
			if (p.entries[k].m == &p.c.items[i])
				idx[n++] = k;
		if (n)
			measure_history_section(o, &p.c.items[i], p.entries, idx, n);
	}
	if (p.l.n)
		indicators(o, &p.tt);
	web_page_end(req, resp);
	free(idx);
	past_release(&p);
	return 0;
}
