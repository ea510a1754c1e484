/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark plan ...`: show the plan or a part of it, edit a part
 * (line by line on a terminal, or with --add, --remove, --set-file and
 * --clear), set and mark reviews, and print the one-page crisis card.
 * Bad input ends the command with exit 2 and nothing saved; the vault is
 * only made once the input is known to be good.
 */
#include "cli/cli.h"
#include "core/crisis.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "plan.h"
#include "vault/vault.h"

#define WIDTH 78
#define SET_FILE_MAX (1024 * 1024)

enum {
	OPT_JSON = 1, OPT_ADD, OPT_REMOVE, OPT_SET_FILE, OPT_CLEAR, OPT_ASK,
	OPT_EVERY, OPT_NEVER, OPT_DONE, OPT_TEXT, OPT_HTML,
};

static struct wdate today(void)
{
	struct wlocal now;

	wlocal_from_time(wnow(), &now);
	return now.date;
}

/* Loads the plan; with no vault yet, an empty one (nothing is made). */
static void load_plan(struct waymark *wm, struct plan *p)
{
	struct err err = ERR_INIT;

	plan_init(p);
	if (!wm->db && !vault_exists(wm->path))
		return;
	cli_open_vault(wm);
	if (plan_get(wm, p, &err) < 0)
		die_err(&err, 0);
}

static void print_wrapped(const char *s, const char *first, const char *indent)
{
	struct buf b = BUF_INIT;

	text_wrap(&b, s, WIDTH, first, indent);
	fputs(b.data, stdout);
	buf_release(&b);
}

static void print_items(const struct plan *p, enum plan_list l, const char *indent)
{
	for (size_t i = 0; i < p->nitems[l]; i++) {
		char lead[32], hang[32];
		snprintf(lead, sizeof(lead), "%s%zu. ", indent, i + 1);
		snprintf(hang, sizeof(hang), "%s   ", indent);
		print_wrapped(p->items[l][i], lead, hang);
	}
}

/* The lists of section s, in order. */
static size_t section_lists(enum plan_section s, enum plan_list out[PLAN_LIST__MAX])
{
	size_t n = 0;

	for (int l = 0; l < PLAN_LIST__MAX; l++)
		if (plan_list_info((enum plan_list)l)->section == s)
			out[n++] = (enum plan_list)l;
	return n;
}

static int section_is_empty(const struct plan *p, enum plan_section s)
{
	enum plan_list ls[PLAN_LIST__MAX];
	size_t n = section_lists(s, ls);

	for (size_t i = 0; i < n; i++)
		if (p->nitems[ls[i]])
			return 0;
	return 1;
}

/* One section; with all, empty lists say so, else they are left out. */
static void print_section(const struct plan *p, enum plan_section s, int all)
{
	const struct plan_section_info *si = plan_section_info(s);
	enum plan_list ls[PLAN_LIST__MAX];
	size_t n = section_lists(s, ls);

	printf("%s\n", _(si->title));
	if (all)
		print_wrapped(_(si->about), "  ", "  ");
	if (section_is_empty(p, s) && !all) {
		printf(_("  (not written yet: 'waymark plan edit %s')\n"), si->id);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const struct plan_list_info *li = plan_list_info(ls[i]);
		if (!p->nitems[ls[i]] && !all)
			continue;
		if (n == 1) {
			print_items(p, ls[i], "  ");
		} else {
			printf("  %s%s\n", _(li->title),
			       li->tags ? _(" (tags, as in your check-ins)") : "");
			print_items(p, ls[i], "    ");
		}
		if (!p->nitems[ls[i]])
			printf(_("%s(nothing yet: 'waymark plan edit %s')\n"), n == 1 ? "  " : "    ", li->id);
	}
}

static void print_review_note(const struct plan *p)
{
	struct buf b = BUF_INIT;
	enum plan_review r = plan_review_due(p, today(), NULL);

	if (r != PLAN_REVIEW_NOT_DUE) {
		plan_review_text(&b, r, p, today());
		buf_adds(&b, _(" 'waymark plan review --done' notes that you have."));
		print_wrapped(b.data, "", "");
		putchar('\n');
	}
	buf_release(&b);
}

static void print_json_part(const struct plan *p, enum plan_section s)
{
	json_t *o = json_object(), *a = json_array();
	enum plan_list ls[PLAN_LIST__MAX];
	size_t n = section_lists(s, ls);
	char *text;

	json_object_set_new(o, "section", json_string(plan_section_info(s)->id));
	json_object_set_new(o, "title", json_string(_(plan_section_info(s)->title)));
	for (size_t i = 0; i < n; i++) {
		json_t *l = json_object(), *items = json_array();
		json_object_set_new(l, "id", json_string(plan_list_info(ls[i])->id));
		json_object_set_new(l, "title", json_string(_(plan_list_info(ls[i])->title)));
		json_object_set_new(l, "tags", json_boolean(plan_list_info(ls[i])->tags));
		for (size_t k = 0; k < p->nitems[ls[i]]; k++)
			json_array_append_new(items, json_string(p->items[ls[i]][k]));
		json_object_set_new(l, "items", items);
		json_array_append_new(a, l);
	}
	json_object_set_new(o, "lists", a);
	text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(o);
}

static int cmd_show(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print it as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "plan show", "[SECTION] [--json]",
		N_("show your wellness and crisis plan, or one part of it"), opts,
		N_("Sections: toolbox, when-well, daily, triggers, warning-signs, breaking-down,\n"
		   "crisis, after-crisis, safety.\n"), 0 };
	struct plan plan;
	struct err err = ERR_INIT;
	const char *arg;
	int json = 0, list = -1, section = -1;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (p.optind < argc - 1)
		die_usage(p.cmd, _("please name one part of your plan at a time"));
	if (p.optind == argc - 1 && plan_parse_target(argv[p.optind], &list, &section, &err))
		die_err(&err, 0);
	load_plan(wm, &plan);
	if (json) {
		if (section >= 0) {
			print_json_part(&plan, (enum plan_section)section);
		} else {
			json_t *o = plan_to_json(&plan);
			char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
			printf("%s\n", text);
			vault_free_secret(text);
			json_decref(o);
		}
	} else if (section >= 0) {
		print_section(&plan, (enum plan_section)section, 1);
	} else if (plan_is_empty(&plan)) {
		print_wrapped(_("You have not written a plan yet. A gentle place to start is 'waymark plan "
				"edit toolbox': the things that help you stay well. 'waymark plan edit "
				"safety' walks you through a short safety plan."), "", "");
	} else {
		pager_start();
		print_review_note(&plan);
		printf("%s\n\n", _("YOUR WELLNESS AND CRISIS PLAN"));
		for (int s = 0; s < PLAN_SECTION__MAX; s++) {
			if (s)
				putchar('\n');
			print_section(&plan, (enum plan_section)s, 0);
		}
		putchar('\n');
		if (plan.reviewed.y) {
			struct buf b = BUF_INIT;
			wdate_long(&b, plan.reviewed);
			printf(_("You last looked over your plan on %s.\n"), b.data);
			buf_release(&b);
		}
		printf("%s\n", _("'waymark plan card' prints a one-page crisis card to share."));
	}
	plan_release(&plan);
	return 0;
}

/* ---- editing ---- */

/* Asks for items for list l, one per line; -N removes item N. Returns the
 * number of changes, or -1 at end of input before any. */
static int ask_list(struct plan *p, enum plan_list l, int titled, int *eof)
{
	const struct plan_list_info *li = plan_list_info(l);
	struct err err = ERR_INIT;
	int changes = 0;
	struct buf hint = BUF_INIT;

	if (titled)
		printf("\n%s\n", _(li->title));
	else
		putchar('\n');
	buf_addf(&hint, "(%s)", _(li->prompt));
	print_wrapped(hint.data, "", "");
	buf_release(&hint);
	print_items(p, l, "  ");
	for (;;) {
		char *line = prompt_line("> "), *t;
		if (!line) {
			*eof = 1;
			putchar('\n');
			return changes;
		}
		t = text_trimmed(line);
		free(line);
		if (!*t) {
			free(t);
			return changes;
		}
		err_clear(&err);
		if (t[0] == '-' && t[1] >= '0' && t[1] <= '9') {
			char *end;
			long n = strtol(t + 1, &end, 10);
			if (*end || plan_remove_item(p, l, (size_t)n, &err)) {
				printf("%s\n", err.msg[0] ? err.msg : _("to take an item out, type - and its number, like -2"));
			} else {
				printf(_("Took out number %ld.\n"), n);
				print_items(p, l, "  ");
				changes++;
			}
		} else {
			int rc = plan_add_item(p, l, t, &err);
			if (rc < 0)
				printf("%s\n", err.msg);
			else if (rc > 0)
				printf(_("'%s' is already there.\n"), t);
			else
				changes++;
		}
		free(t);
	}
}

static int ask_questions(struct plan *p, int list, int section)
{
	enum plan_list ls[PLAN_LIST__MAX];
	size_t n;
	int changes = 0, eof = 0;

	if (list >= 0) {
		ls[0] = (enum plan_list)list;
		n = 1;
	} else {
		n = section_lists((enum plan_section)section, ls);
	}
	printf("%s\n", _(plan_section_info((enum plan_section)section)->title));
	print_wrapped(_(plan_section_info((enum plan_section)section)->about), "", "");
	printf("%s\n", _("Type one item per line. To take one out, type - and its number (like -2).\n"
			 "An empty line moves on."));
	for (size_t i = 0; i < n && !eof; i++)
		changes += ask_list(p, ls[i], n > 1 || list >= 0, &eof);
	return changes;
}

static void print_changed(const struct plan *p, int list, int section)
{
	if (list >= 0) {
		const struct plan_list_info *li = plan_list_info((enum plan_list)list);
		printf(_("Saved. %s now:\n"), _(li->title));
		print_items(p, (enum plan_list)list, "  ");
		if (!p->nitems[list])
			printf("%s\n", _("  (nothing)"));
		return;
	}
	printf("%s\n", _("Saved."));
	print_section(p, (enum plan_section)section, 0);
}

static int cmp_desc(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? 1 : x > y ? -1 : 0;
}

/* What `plan edit` was asked to change in one list. */
struct edits {
	enum plan_list list;
	const char *set_text;      /* --set-file's text, or NULL */
	int clear;
	const size_t *removes;     /* item numbers, highest first */
	size_t nremoves;
	const char *const *adds;
	size_t nadds;
};

/* Applies e to p: all or nothing is up to the caller, who saves p only on
 * success. *dups counts additions already there, each said aloud when
 * announce is set. 0, or -1 with err set (ERR_INPUT). */
static int apply_edits(struct plan *p, const struct edits *e, int announce,
		       int *dups, struct err *err)
{
	int rc = 0;

	*dups = 0;
	if (e->set_text)
		rc = plan_set_list_text(p, e->list, e->set_text, err);
	if (e->clear)
		plan_clear_list(p, e->list);
	for (size_t i = 0; i < e->nremoves && !rc; i++)
		if (!i || e->removes[i] != e->removes[i - 1])
			rc = plan_remove_item(p, e->list, e->removes[i], err);
	for (size_t i = 0; i < e->nadds && !rc; i++) {
		int r = plan_add_item(p, e->list, e->adds[i], err);
		if (r > 0) {
			char *tag;
			if (announce && !text_tag(e->adds[i], &tag, "tag", err)) {
				printf(_("'%s' is already there.\n"), tag);
				free(tag);
			}
			(*dups)++;
		}
		rc = r < 0 ? -1 : 0;
	}
	return rc;
}

static int cmd_edit(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "add", 1, OPT_ADD, "ITEM", N_("add an item at the end (may repeat)") },
		{ "remove", 1, OPT_REMOVE, "N", N_("take out item number N, as 'plan show' numbers them (may repeat)") },
		{ "set-file", 1, OPT_SET_FILE, "FILE", N_("replace the list with the lines of FILE (- for standard input)") },
		{ "clear", 0, OPT_CLEAR, NULL, N_("empty the list") },
		{ "ask", 0, OPT_ASK, NULL, N_("ask line by line even when not at a terminal") },
		{ 0 },
	};
	struct cli_parser p = { "plan edit", "SECTION [options]",
		N_("change a part of your plan. With no options, on a terminal, Waymark shows\n"
		   "what is there and asks, line by line."),
		opts, N_("Sections: toolbox, when-well, daily, triggers, warning-signs, breaking-down,\n"
			 "crisis, after-crisis, safety. Options need one list: the crisis plan and the\n"
			 "safety plan have several, named like crisis.medicines or safety.people\n"
			 "('waymark plan show crisis' lists them). triggers.actions,\n"
			 "warning-signs.actions and breaking-down.actions hold what you will do.\n"
			 "\n"
			 "Examples:\n"
			 "  waymark plan edit safety\n"
			 "  waymark plan edit triggers --add \"money worries\" --add arguments\n"
			 "  waymark plan edit crisis.medicines --set-file meds.txt\n"
			 "  waymark plan edit toolbox --remove 2\n"), 0 };
	struct plan plan;
	struct edits ed;
	struct err err = ERR_INIT;
	struct buf file = BUF_INIT;
	const char *arg, *set_file = NULL, *adds[PLAN_ITEMS_MAX];
	size_t nadds = 0, removes[PLAN_ITEMS_MAX], nremoves = 0;
	int key, list = -1, section = -1, clear = 0, ask = 0, dups = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_ADD:
			if (nadds == ARRAY_SIZE(adds))
				die_usage(p.cmd, _("that is too many items at once"));
			adds[nadds++] = arg;
			break;
		case OPT_REMOVE:
			if (nremoves == ARRAY_SIZE(removes))
				die_usage(p.cmd, _("that is too many items at once"));
			removes[nremoves++] = (size_t)cli_parse_long("--remove", arg, 1, PLAN_ITEMS_MAX);
			break;
		case OPT_SET_FILE:
			set_file = arg;
			break;
		case OPT_CLEAR:
			clear = 1;
			break;
		case OPT_ASK:
			ask = 1;
			break;
		}
	}
	if (p.optind != argc - 1)
		die_usage(p.cmd, _("please name one part of your plan, such as 'toolbox' or 'safety'"));
	if (plan_parse_target(argv[p.optind], &list, &section, &err))
		die_err(&err, 1);
	if ((nadds || nremoves || set_file || clear) && list < 0)
		die(2, _("'%s' has several lists, so please name one, such as %s.%s ('waymark plan show %s' lists them)"),
		    argv[p.optind], plan_section_info((enum plan_section)section)->id,
		    section == PLAN_SEC_CRISIS ? "medicines" : "people",
		    plan_section_info((enum plan_section)section)->id);
	if ((set_file || clear) && nremoves)
		die_usage(p.cmd, _("--remove cannot be used with --set-file or --clear, which replace the whole list"));
	if (set_file && clear)
		die_usage(p.cmd, _("use either --set-file or --clear"));
	if (set_file && file_read_all(set_file, SET_FILE_MAX, &file, &err))
		die_err(&err, 1);
	if (!nadds && !nremoves && !set_file && !clear && !ask && !cli_interactive())
		die_usage(p.cmd, _("say what to change with --add, --remove or --set-file, or run it in a terminal to be asked"));

	/* all changes are made to a copy in memory first: nothing is saved
	 * unless every one of them is good */
	qsort(removes, nremoves, sizeof(*removes), cmp_desc);
	ed.list = (enum plan_list)list;
	ed.set_text = set_file ? file.data : NULL;
	ed.clear = clear;
	ed.removes = removes;
	ed.nremoves = nremoves;
	ed.adds = adds;
	ed.nadds = nadds;
	load_plan(wm, &plan);
	if (apply_edits(&plan, &ed, 1, &dups, &err)) {
		plan_release(&plan);
		buf_release(&file);
		die_err(&err, 1);
	}
	if (dups && (size_t)dups == nadds && !nremoves && !set_file && !clear) {
		plan_release(&plan);
		buf_release(&file);
		printf("%s\n", _("Nothing was changed."));
		return 0;
	}
	if (!nadds && !nremoves && !set_file && !clear) {
		int changes;
		/* "triggers" names the section and its first list: on a
		 * terminal, walk the whole section */
		if (list >= 0 && !strcmp(plan_list_info((enum plan_list)list)->id,
					 plan_section_info((enum plan_section)section)->id))
			list = -1;
		changes = ask_questions(&plan, list, section);
		if (!changes) {
			plan_release(&plan);
			printf("%s\n", _("Nothing was changed."));
			return 0;
		}
		cli_open_vault(wm);
		if (plan_save(wm, &plan, &err)) {
			plan_release(&plan);
			die_err(&err, 1);
		}
	} else {
		/* read, change and save in one transaction, so that two edits
		 * at once (another terminal, the web UI) both count: without
		 * it, the later save would put back the plan as it was before
		 * the other's change (found by tests/crash/kill-test.sh) */
		struct buf again = BUF_INIT_SENSITIVE;

		/* should the vault not take it (a full disk), the command to
		 * run again, so that what was typed is not lost */
		cli_quote_args(&again, "waymark plan", argc, argv);
		plan_release(&plan);
		plan_init(&plan);
		if (cli_open_vault_kept(wm, &err)) {
			buf_release(&file);
			die_err_kept(&err, again.data);
		}
		if (vault_begin(wm, &err) || plan_get(wm, &plan, &err) < 0 ||
		    apply_edits(&plan, &ed, 0, &dups, &err) || plan_save(wm, &plan, &err) ||
		    vault_commit(wm, &err)) {
			vault_rollback(wm);
			plan_release(&plan);
			buf_release(&file);
			die_err_kept(&err, again.data);
		}
		buf_release(&again);
	}
	buf_release(&file);
	print_changed(&plan, list, section);
	plan_release(&plan);
	return 0;
}

/* ---- reviews ---- */

static int cmd_review(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "every", 1, OPT_EVERY, "N", N_("suggest looking over your plan every N months (1 to 24)") },
		{ "never", 0, OPT_NEVER, NULL, N_("no regular suggestion") },
		{ "done", 0, OPT_DONE, NULL, N_("note that you have looked over your plan today") },
		{ 0 },
	};
	struct cli_parser p = { "plan review", "[--every N|--never] [--done]",
		N_("see or set when Waymark suggests looking over your plan"), opts,
		N_("Waymark also suggests it after a hard time, when a check-in shows a crisis.\n"), 0 };
	struct plan plan;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT;
	struct wdate next;
	const char *arg;
	int key, months = -1, done = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_EVERY && plan_parse_review_months(arg, &months, &err))
			die_err(&err, 1);
		if (key == OPT_NEVER)
			months = 0;
		if (key == OPT_DONE)
			done = 1;
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'plan review' understands"), argv[p.optind]);
	load_plan(wm, &plan);
	if (months >= 0 || done) {
		/* in one transaction with a fresh read, as in plan edit */
		cli_open_vault(wm);
		plan_release(&plan);
		plan_init(&plan);
		if (vault_begin(wm, &err) || plan_get(wm, &plan, &err) < 0) {
			vault_rollback(wm);
			die_err(&err, 1);
		}
		if (months >= 0)
			plan.review_months = months;
		if (done)
			plan.reviewed = today();
		if (plan_save(wm, &plan, &err) || vault_commit(wm, &err)) {
			vault_rollback(wm);
			plan_release(&plan);
			die_err(&err, 1);
		}
		if (done) {
			struct buf msg = BUF_INIT;
			wdate_long(&b, plan.reviewed);
			buf_addf(&msg, _("Noted: you looked over your plan today (%s). Thank you for taking the time."),
				 b.data);
			print_wrapped(msg.data, "", "");
			buf_release(&msg);
			buf_reset(&b);
		}
	}
	if (plan.reviewed.y && !done) {
		wdate_long(&b, plan.reviewed);
		printf(_("You last looked over your plan on %s.\n"), b.data);
		buf_reset(&b);
	} else if (!plan.reviewed.y) {
		printf("%s\n", _("You have not marked your plan as looked over yet."));
	}
	next = plan_next_review(&plan);
	if (next.y) {
		struct buf msg = BUF_INIT;
		wdate_long(&b, next);
		buf_addf(&msg, P_("Waymark suggests looking over it every %d month: next on %s.",
				  "Waymark suggests looking over it every %d months: next on %s.",
				  plan.review_months), plan.review_months, b.data);
		print_wrapped(msg.data, "", "");
		buf_release(&msg);
	} else {
		printf("%s\n", _("No regular reminder is set; 'waymark plan review --every 6' sets one."));
	}
	buf_release(&b);
	plan_release(&plan);
	return 0;
}

/* ---- the card ---- */

static int cmd_card(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "text", 0, OPT_TEXT, NULL, N_("plain text on the screen (the default)") },
		{ "html", 1, OPT_HTML, "FILE", N_("a web page to print, written to FILE (- for the screen)") },
		{ 0 },
	};
	struct cli_parser p = { "plan card", "[--text|--html FILE]",
		N_("a one-page crisis card from your plan, to print or share"), opts,
		N_("The card holds your crisis plan, your safety plan and the crisis lines.\n"
		   "It is not encrypted: keep printed copies and files somewhere private.\n"), 0 };
	struct plan plan;
	struct crisis_info ci;
	struct err err = ERR_INIT;
	struct buf out = BUF_INIT;
	const char *arg, *html = NULL;
	int key;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_HTML)
			html = arg;
		if (key == OPT_TEXT)
			html = NULL;
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'plan card' understands"), argv[p.optind]);
	load_plan(wm, &plan);
	if (crisis_load(&ci, &err))
		die_err(&err, 0);
	if (section_is_empty(&plan, PLAN_SEC_CRISIS) && section_is_empty(&plan, PLAN_SEC_SAFETY))
		fprintf(stderr, "%s\n", _("Your plan has no crisis or safety parts yet, so the card holds only the "
					  "crisis lines.\n'waymark plan edit crisis' and 'waymark plan edit safety' "
					  "fill it in."));
	if (html) {
		plan_card_html(&out, &plan, &ci, today());
		if (file_write_atomic(html, out.data, out.len, &err)) {
			buf_release(&out);
			crisis_release(&ci);
			plan_release(&plan);
			die_err(&err, 0);
		}
		if (strcmp(html, "-"))
			fprintf(stderr, _("Wrote your crisis card to %s. Open it in a web browser to print it.\n"),
				html);
	} else {
		plan_card_text(&out, &plan, &ci, today());
		fputs(out.data, stdout);
	}
	buf_release(&out);
	crisis_release(&ci);
	plan_release(&plan);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "card", cmd_card },
	{ "edit", cmd_edit },
	{ "review", cmd_review },
	{ "show", cmd_show },
};

int plan_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && argv[1][0] != '-') {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name))
				return subcommands[i].fn(wm, argc - 1, argv + 1);
		die_usage("plan", _("'%s' is not a plan command: try show, edit, review or card"), argv[1]);
	}
	if (argc >= 2 && !strcmp(argv[1], "--help")) {
		struct cli_parser p = { "plan", "[show|edit|review|card] ...",
			N_("your wellness and crisis plan, and a short safety plan"), NULL,
			N_("Commands:\n"
			   "  show [SECTION] [--json]          the whole plan (the default), or one part\n"
			   "  edit SECTION [options]           change a part, line by line or with options\n"
			   "  review [--every N] [--done]      when to suggest looking over it\n"
			   "  card [--text|--html FILE]        a one-page crisis card to print\n"
			   "\n"
			   "Sections:\n"
			   "  toolbox        my wellness toolbox\n"
			   "  when-well      what I am like when I am well\n"
			   "  daily          my daily maintenance list\n"
			   "  triggers       my triggers and what I will do (triggers are tags)\n"
			   "  warning-signs  early warning signs and what I will do (also tags)\n"
			   "  breaking-down  when things are breaking down and what I will do\n"
			   "  crisis         my crisis plan, for the people around me\n"
			   "  after-crisis   after a crisis\n"
			   "  safety         my safety plan: short steps to keep safe\n"), 0 };
		cli_help(&p, stdout);
		return 0;
	}
	return cmd_show(wm, argc, argv);
}
