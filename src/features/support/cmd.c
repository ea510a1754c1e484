/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark support`: the support lines, or with --now only those a
 * person can reach right now and that are right for them, crisis lines
 * first. Needs no vault, so it works before anything is set up. Bad
 * options end with exit 2 and a kind message.
 */
#include "cli/cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "support.h"

#define WIDTH 78 /* terminal columns to wrap at */

enum {
	OPT_NOW = 1, OPT_AT, OPT_AGE, OPT_FOR, OPT_NATION, OPT_JSON,
};

static void print_json(json_t *o)
{
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	printf("%s\n", text);
	free(text);
	json_decref(o);
}

/* "For under 25s." for lines that are only for some people, else "". */
static void limits_text(struct buf *b, const struct support_line *l)
{
	if (l->min_age >= 0 || l->max_age >= 0 || l->groups)
		buf_addf(b, _(" For %s."), l->who);
}

static void print_match(const struct support_match *m, const struct wlocal *at,
			int with_state)
{
	struct buf b = BUF_INIT, out = BUF_INIT;

	buf_addf(&b, "%s: ", m->line->name);
	support_channel_how(&b, m->channel);
	if (m->channel->note)
		buf_addf(&b, " (%s)", m->channel->note);
	if (with_state) {
		buf_adds(&b, ", ");
		support_status_describe(&b, &m->status, at);
	}
	buf_addch(&b, '.');
	limits_text(&b, m->line);
	text_wrap(&out, b.data, WIDTH, "  ", "    ");
	fputs(out.data, stdout);
	buf_release(&b);
	buf_release(&out);
}

static void print_now(const struct support_dir *d, const struct support_matches *m,
		      enum support_nation nation, int age, int group, int at_given)
{
	struct buf b = BUF_INIT;
	char t[6];
	size_t closed = 0;
	int section = -1;

	wdate_long(&b, m->at.date);
	wclock_format(m->at.minute, t);
	if (at_given)
		printf(_("Who you could contact on %s at %s (UK time).\n"), b.data, t);
	else
		printf(_("Who you can contact now: %s, %s (UK time).\n"), b.data, t);
	buf_reset(&b);
	if (age >= 0)
		buf_addf(&b, _("age %d"), age);
	if (group >= 0)
		buf_addf(&b, "%s%s", b.len ? ", " : "", support_group_name((enum support_group)group));
	if (b.len)
		printf(_("Only lines right for you (%s) are shown.\n"), b.data);
	printf("%s\n", _("If your life is at risk now, call 999 or go to A&E."));
	for (size_t i = 0; i < m->n; i++) {
		const struct support_match *x = &m->items[i];
		int s = (int)support_now_group(x);

		if (s == SUPPORT_NOW_CLOSED) {
			closed++;
			continue;
		}
		if (s != section) {
			printf("\n%s:\n", support_now_group_title((enum support_now_group)s));
			section = s;
		}
		print_match(x, &m->at, s != SUPPORT_NOW_VARY);
	}
	putchar('\n');
	if (m->bank_holiday == 1)
		printf(_("Today is a bank holiday in %s; the times above allow for that.\n"),
		       support_nation_words(nation));
	if (m->bank_holiday < 0 || m->uncertain) {
		struct buf w = BUF_INIT;
		buf_reset(&b);
		buf_addf(&b, _("Waymark only knows the bank holidays for %d to %d, so it cannot tell "
			       "whether this day is one. Some lines keep different hours on bank "
			       "holidays: please check with them."), d->first_year, d->last_year);
		text_wrap(&w, b.data, WIDTH, "", "");
		fputs(w.data, stdout);
		buf_release(&w);
	}
	if (closed)
		printf(P_("%zu more way to get in touch is closed at this time.\n",
			  "%zu more ways to get in touch are closed at this time.\n",
			  closed), closed);
	printf("%s\n", _("'waymark support' lists every line with its hours, and ways to write."));
	buf_release(&b);
}

static void print_list(const struct support_dir *d, int age, int group)
{
	struct buf b = BUF_INIT;
	size_t shown = 0;

	printf(_("Support lines in the %s. Times are UK time.\n"), d->region);
	printf("%s\n", _("If your life is at risk now, call 999 or go to A&E."));
	for (size_t i = 0; i < d->nlines; i++) {
		const struct support_line *l = &d->lines[i];
		if (!support_line_suits(l, age, group))
			continue;
		shown++;
		printf("\n%s\n", l->name);
		buf_reset(&b);
		text_wrap(&b, l->description, WIDTH, "  ", "  ");
		buf_addf(&b, _("  For %s.\n"), l->who);
		fputs(b.data, stdout);
		for (size_t c = 0; c < l->nchannels; c++) {
			const struct support_channel *ch = &l->channels[c];
			struct buf line = BUF_INIT;
			buf_reset(&b);
			support_channel_how(&line, ch);
			if (ch->note)
				buf_addf(&line, " (%s)", ch->note);
			buf_adds(&line, ": ");
			support_hours_describe(&line, &ch->hours);
			text_wrap(&b, line.data, WIDTH, "  - ", "    ");
			fputs(b.data, stdout);
			buf_release(&line);
		}
	}
	{
		struct wdate oldest = d->lines[0].checked;
		for (size_t i = 1; i < d->nlines; i++)
			if (wdate_cmp(d->lines[i].checked, oldest) < 0)
				oldest = d->lines[i].checked;
		buf_reset(&b);
		wdate_long(&b, oldest);
	}
	printf("\n");
	{
		struct buf w = BUF_INIT, msg = BUF_INIT;
		buf_addf(&msg, _("These details were checked on %s. If a number does not work, "
				 "NHS 111 or 999 can always help."), b.data);
		text_wrap(&w, msg.data, WIDTH, "", "");
		fputs(w.data, stdout);
		buf_release(&w);
		buf_release(&msg);
	}
	printf(P_("%zu line. 'waymark support --now' shows who you can contact right now.\n",
		  "%zu lines. 'waymark support --now' shows who you can contact right now.\n", shown),
	       shown);
	buf_release(&b);
}

int support_cmd(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "now", 0, OPT_NOW, NULL, N_("only who you can contact now, crisis lines first") },
		{ "at", 1, OPT_AT, "\"YYYY-MM-DD HH:MM\"", N_("as --now, for another moment (UK time)") },
		{ "age", 1, OPT_AGE, "N", N_("only lines right for someone of this age") },
		{ "for", 1, OPT_FOR, "GROUP", N_("only lines right for men, women, carers or family") },
		{ "nation", 1, OPT_NATION, "NATION", N_("whose bank holidays: england, wales, scotland, northern-ireland") },
		{ "json", 0, OPT_JSON, NULL, N_("print them as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "support", "[--now] [--at TIME] [--age N] [--for GROUP] [--json]",
		N_("support lines: who they are for, how to reach them and when they are open"),
		opts, N_("Times are UK time, whatever your computer's time zone. With --now, email\n"
			 "and letters are left out: they are in the full list.\n"
			 "\n"
			 "Examples:\n"
			 "  waymark support --now\n"
			 "  waymark support --now --age 20 --for men\n"
			 "  waymark support --at \"2026-12-25 23:30\" --nation scotland\n"), 0 };
	struct support_dir d;
	struct support_query q = { 0 };
	struct err err = ERR_INIT;
	const char *arg;
	int key, now = 0, json = 0, at_given = 0;

	(void)wm;
	q.age = -1;
	q.group = -1;
	q.nation = SUPPORT_ENGLAND_WALES;
	q.at = wnow();
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		int rc = 0;
		switch (key) {
		case OPT_NOW:
			now = 1;
			break;
		case OPT_AT:
			now = at_given = 1;
			rc = support_parse_at(arg, &q.at, &err);
			break;
		case OPT_AGE:
			rc = support_parse_age(arg, &q.age, &err);
			break;
		case OPT_FOR:
			rc = support_parse_group(arg, &q.group, &err);
			break;
		case OPT_NATION:
			rc = support_parse_nation(arg, &q.nation, &err);
			break;
		case OPT_JSON:
			json = 1;
			break;
		}
		if (rc)
			die_err(&err, 0);
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'support' understands"), argv[p.optind]);
	if (support_dir_load(&d, &err))
		die_err(&err, 0);
	if (!now) {
		if (json) {
			json_t *a = json_array();
			for (size_t i = 0; i < d.nlines; i++)
				if (support_line_suits(&d.lines[i], q.age, q.group))
					json_array_append_new(a, support_line_to_json(&d.lines[i]));
			print_json(a);
		} else {
			pager_start();
			print_list(&d, q.age, q.group);
		}
	} else {
		struct support_matches m;
		q.live_only = 1;
		if (support_find(&d, &q, &m, &err)) {
			support_dir_release(&d);
			die_err(&err, 0);
		}
		if (json) {
			print_json(support_now_to_json(&m, q.nation));
		} else {
			print_now(&d, &m, q.nation, q.age, q.group, at_given);
		}
		support_matches_release(&m);
	}
	support_dir_release(&d);
	return 0;
}
