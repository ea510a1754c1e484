/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark people ...`: add, list, show, edit and remove the people
 * who help the person stay well, note when they were last in touch, and
 * show the gentle reminders they asked for. Bad input ends the command
 * with exit 2 and nothing saved; the vault is only made once the input is
 * known to be good.
 */
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "people.h"
#include "vault/vault.h"

#define WIDTH 78

enum {
	OPT_ROLE = 1, OPT_PHONE, OPT_EMAIL, OPT_REACH, OPT_HELPS, OPT_CONTACTED,
	OPT_REMIND, OPT_NAME, OPT_JSON, OPT_ASK, OPT_YES, OPT_DATE,
};

#define PERSON_OPTIONS \
	{ "role", 1, OPT_ROLE, "ROLE", N_("who they are to you (the roles are listed below)") }, \
	{ "phone", 1, OPT_PHONE, "NUMBER", N_("their phone number") }, \
	{ "email", 1, OPT_EMAIL, "ADDRESS", N_("their email address") }, \
	{ "reach", 1, OPT_REACH, "TEXT", N_("other ways to reach them (WhatsApp, at church on Sundays...)") }, \
	{ "helps", 1, OPT_HELPS, "TEXT", N_("what they can help with") }, \
	{ "contacted", 1, OPT_CONTACTED, "DAY", N_("when you were last in touch: today, yesterday or YYYY-MM-DD") }, \
	{ "remind-weeks", 1, OPT_REMIND, "N", N_("remind me gently after N weeks without contact (0 or off: never)") }

static struct wdate today(void)
{
	struct wlocal now;

	wlocal_from_time(wnow(), &now);
	return now.date;
}

static void print_json(json_t *o)
{
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(o);
}

/* Applies one option to p. 0, or -1 with err set. */
static int apply_option(struct person *p, int key, const char *arg, struct err *err)
{
	switch (key) {
	case OPT_ROLE:
		if (!*arg) {
			p->role = PEOPLE_ROLE_UNSAID;
			return 0;
		}
		return people_parse_role(arg, &p->role, err);
	case OPT_PHONE:
		return person_set(p, "phone", arg, err);
	case OPT_EMAIL:
		return person_set(p, "email", arg, err);
	case OPT_REACH:
		return person_set(p, "reach", arg, err);
	case OPT_HELPS:
		return person_set(p, "helps", arg, err);
	case OPT_NAME:
		return person_set(p, "name", arg, err);
	case OPT_CONTACTED:
		if (!*arg) {
			memset(&p->contacted, 0, sizeof(p->contacted));
			return 0;
		}
		return people_parse_day(arg, today(), &p->contacted, err);
	case OPT_REMIND:
		return people_parse_remind(arg, &p->remind_weeks, err);
	}
	BUG("unhandled option %d", key);
}

/* ---- showing people ---- */

static void print_field(const char *label, const char *value)
{
	struct buf b = BUF_INIT;
	char lead[40];

	if (!value || !*value)
		return;
	snprintf(lead, sizeof(lead), "  %-15s ", label);
	text_wrap(&b, value, WIDTH, lead, "                  ");
	fputs(b.data, stdout);
	buf_release(&b);
}

static void name_and_role(struct buf *b, const struct person *p)
{
	buf_adds(b, p->name);
	if (p->role != PEOPLE_ROLE_UNSAID)
		buf_addf(b, " (%s)", people_role_words(p->role));
}

static void print_full(const struct person *p)
{
	struct buf b = BUF_INIT;

	name_and_role(&b, p);
	printf("%s\n", b.data);
	print_field(_("Phone:"), p->phone);
	print_field(_("Email:"), p->email);
	print_field(_("Other ways:"), p->reach);
	print_field(_("Can help with:"), p->helps);
	buf_reset(&b);
	if (p->contacted.y) {
		wdate_long(&b, p->contacted);
		buf_adds(&b, " (");
		people_ago_text(&b, p->contacted, today());
		buf_adds(&b, ")");
	} else {
		buf_adds(&b, _("not noted yet"));
	}
	print_field(_("Last in touch:"), b.data);
	buf_reset(&b);
	if (p->remind_weeks)
		buf_addf(&b, P_("after %d week without contact", "after %d weeks without contact",
				p->remind_weeks), p->remind_weeks);
	else
		buf_adds(&b, _("none"));
	print_field(_("Reminder:"), b.data);
	buf_release(&b);
}

static void print_brief(const struct person *p, struct wdate now)
{
	struct buf b = BUF_INIT, out = BUF_INIT;
	size_t bare;

	name_and_role(&b, p);
	buf_adds(&b, ": ");
	bare = b.len;
	if (p->phone)
		buf_adds(&b, p->phone);
	else if (p->email)
		buf_adds(&b, p->email);
	if (p->contacted.y) {
		buf_adds(&b, b.len > bare ? _("; in touch ") : _("in touch "));
		people_ago_text(&b, p->contacted, now);
	}
	if (b.len == bare)
		buf_setlen(&b, bare - 2); /* nothing after the name */
	text_wrap(&out, b.data, WIDTH, "  ", "    ");
	fputs(out.data, stdout);
	buf_release(&b);
	buf_release(&out);
}

static void print_reminders(const struct person_list *l, struct wdate now, int hint)
{
	struct people_reminder *r;
	size_t n = people_reminders(l, now, &r);

	for (size_t i = 0; i < n; i++) {
		struct buf b = BUF_INIT, out = BUF_INIT;
		people_reminder_text(&b, &r[i]);
		if (hint && i == n - 1)
			buf_adds(&b, _(" A short message can be enough, if you feel up to it; "
				       "'waymark people contacted NAME' notes it."));
		text_wrap(&out, b.data, WIDTH, "", "");
		fputs(out.data, stdout);
		buf_release(&b);
		buf_release(&out);
	}
	free(r);
}

static void print_list(const struct person_list *l)
{
	struct wdate now = today();
	int any_team = 0, any_other = 0;
	struct people_reminder *r;
	size_t nrem;

	for (size_t i = 0; i < l->n; i++) {
		if (people_role_is_care_team(l->items[i].role))
			any_team = 1;
		else
			any_other = 1;
	}
	if (any_other) {
		printf("%s\n", _("People who help you stay well:"));
		for (size_t i = 0; i < l->n; i++)
			if (!people_role_is_care_team(l->items[i].role))
				print_brief(&l->items[i], now);
	}
	if (any_team) {
		printf("%s%s\n", any_other ? "\n" : "", _("Your care team:"));
		for (size_t i = 0; i < l->n; i++)
			if (people_role_is_care_team(l->items[i].role))
				print_brief(&l->items[i], now);
	}
	nrem = people_reminders(l, now, &r);
	free(r);
	if (nrem) {
		putchar('\n');
		print_reminders(l, now, 1);
	}
}

/* ---- finding people ---- */

/* Loads everyone; with no vault yet, an empty list. */
static void load_all(struct waymark *wm, struct person_list *l)
{
	struct err err = ERR_INIT;

	l->items = NULL;
	l->n = 0;
	if (!wm->db && !vault_exists(wm->path))
		return;
	cli_open_vault(wm);
	if (people_list(wm, l, &err))
		die_err(&err, 0);
}

/* The index in l of the person named by the one operand, or exit 2. */
static size_t find_or_die(const char *cmd, const struct person_list *l, int argc,
			  char **argv, int first)
{
	struct err err = ERR_INIT;
	long i;

	if (first != argc - 1)
		die_usage(cmd, _("please give one name (in quotes if it has spaces)"));
	i = people_match(l, argv[first], &err);
	if (i < 0)
		die_err(&err, 0);
	return (size_t)i;
}

/* ---- asking questions ---- */

static const struct {
	int key;
	const char *ask, *hint;
} questions[] = {
	{ OPT_ROLE, N_("Who are they to you?"),
	  N_("family, friend, supporter, gp, keyworker, care-coordinator, crisis-team, advocate or other") },
	{ OPT_PHONE, N_("Their phone number?"), NULL },
	{ OPT_EMAIL, N_("Their email address?"), NULL },
	{ OPT_REACH, N_("Any other ways to reach them?"), NULL },
	{ OPT_HELPS, N_("What can they help with?"), NULL },
	{ OPT_REMIND, N_("Would you like a gentle reminder if some weeks pass without contact?"),
	  N_("a number of weeks, or Enter for no reminders") },
};

/* Asks each question; bad answers are explained and asked again. Returns
 * -1 if input ends before the first answer. */
static int ask_questions(struct person *p)
{
	struct err err = ERR_INIT;

	printf(_("Adding %s. Press Enter to skip any question.\n"), p->name);
	for (size_t i = 0; i < ARRAY_SIZE(questions); i++) {
		struct buf prompt = BUF_INIT;

		buf_addf(&prompt, "\n%s\n", _(questions[i].ask));
		if (questions[i].hint)
			buf_addf(&prompt, "(%s)\n", _(questions[i].hint));
		buf_adds(&prompt, "> ");
		for (;;) {
			char *line = prompt_line(prompt.data), *t;
			if (!line) {
				buf_release(&prompt);
				putchar('\n');
				return i ? 0 : -1;
			}
			t = text_trimmed(line);
			free(line);
			if (!*t) {
				free(t);
				break;
			}
			err_clear(&err);
			if (apply_option(p, questions[i].key, t, &err)) {
				printf("%s\n", err.msg);
				free(t);
				continue;
			}
			free(t);
			break;
		}
		buf_release(&prompt);
	}
	return 0;
}

/* ---- commands ---- */

static int cmd_add(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		PERSON_OPTIONS,
		{ "ask", 0, OPT_ASK, NULL, N_("ask about them even when not at a terminal") },
		{ "json", 0, OPT_JSON, NULL, N_("print the saved person as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "people add", "NAME [options]",
		N_("add someone who helps you stay well. With only a name, on a terminal,\n"
		   "Waymark asks about them; press Enter to skip any question."),
		opts, N_("Roles: family, friend, supporter, gp, keyworker, care-coordinator,\n"
			 "crisis-team, advocate, other.\n"
			 "\n"
			 "Examples:\n"
			 "  waymark people add Sam --role friend --phone \"07700 900123\" \\\n"
			 "      --helps \"a walk and a chat\" --remind-weeks 3\n"
			 "  waymark people add \"Dr Patel\" --role gp --phone \"0161 496 0000\"\n"), 0 };
	struct person who;
	struct err err = ERR_INIT;
	const char *arg;
	int key, given = 0, ask = 0, json = 0;

	person_init(&who);
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_ASK) {
			ask = 1;
		} else if (key == OPT_JSON) {
			json = 1;
		} else {
			given++;
			if (apply_option(&who, key, arg, &err)) {
				person_release(&who);
				die_err(&err, 1);
			}
		}
	}
	if (p.optind != argc - 1) {
		person_release(&who);
		die_usage(p.cmd, _("please give their name (in quotes if it has spaces)"));
	}
	if (person_set(&who, "name", argv[p.optind], &err) || person_validate(&who, &err)) {
		person_release(&who);
		die_err(&err, 1);
	}
	cli_open_vault(wm);
	if (!given && (ask || cli_interactive()) && ask_questions(&who)) {
		person_release(&who);
		printf("%s\n", _("Nothing was saved."));
		return 0;
	}
	if (people_add(wm, &who, &err)) {
		person_release(&who);
		die_err(&err, 1);
	}
	if (json) {
		print_json(person_to_json(&who));
	} else {
		struct buf b = BUF_INIT;
		name_and_role(&b, &who);
		printf(_("Added %s to your people.\n"), b.data);
		if (who.remind_weeks)
			printf(P_("Waymark will remind you gently if %d week passes without contact.\n",
				  "Waymark will remind you gently if %d weeks pass without contact.\n",
				  who.remind_weeks), who.remind_weeks);
		buf_release(&b);
	}
	person_release(&who);
	return 0;
}

static int cmd_list(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print them as a JSON array") },
		{ 0 },
	};
	struct cli_parser p = { "people list", "[--json]",
		N_("list your people and your care team, with any reminders"), opts, NULL, 0 };
	struct person_list l;
	const char *arg;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'people list' understands"), argv[p.optind]);
	load_all(wm, &l);
	if (json) {
		json_t *a = json_array();
		for (size_t i = 0; i < l.n; i++)
			json_array_append_new(a, person_to_json(&l.items[i]));
		print_json(a);
	} else if (!l.n) {
		printf("%s\n", _("No one here yet. 'waymark people add NAME' adds someone who helps you stay well."));
	} else {
		print_list(&l);
	}
	person_list_release(&l);
	return 0;
}

static int cmd_show(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print them as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "people show", "NAME [--json]", N_("show one person in full"),
				opts, NULL, 0 };
	struct person_list l;
	const char *arg;
	int json = 0;
	size_t i;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	load_all(wm, &l);
	i = find_or_die(p.cmd, &l, argc, argv, p.optind);
	if (json)
		print_json(person_to_json(&l.items[i]));
	else
		print_full(&l.items[i]);
	person_list_release(&l);
	return 0;
}

static int cmd_edit(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "name", 1, OPT_NAME, "NEW", N_("change their name") },
		PERSON_OPTIONS,
		{ "json", 0, OPT_JSON, NULL, N_("print the changed person as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "people edit", "NAME [options]",
		N_("change what Waymark holds about someone. Each option replaces what it\n"
		   "names; an empty value (\"\") clears it."), opts,
		N_("Roles: family, friend, supporter, gp, keyworker, care-coordinator,\n"
		   "crisis-team, advocate, other.\n"), 0 };
	struct { int key; const char *arg; } given[32];
	size_t ngiven = 0, i;
	struct person_list l;
	struct err err = ERR_INIT;
	const char *arg;
	int key, json = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_JSON) {
			json = 1;
			continue;
		}
		if (ngiven == ARRAY_SIZE(given))
			die_usage(p.cmd, _("that is too many options at once"));
		given[ngiven].key = key;
		given[ngiven++].arg = arg;
	}
	if (!ngiven)
		die_usage(p.cmd, _("say what to change, for example --phone or --remind-weeks"));
	load_all(wm, &l);
	i = find_or_die(p.cmd, &l, argc, argv, p.optind);
	for (size_t k = 0; k < ngiven; k++) {
		if (apply_option(&l.items[i], given[k].key, given[k].arg, &err)) {
			person_list_release(&l);
			die_err(&err, 1);
		}
	}
	if (people_update(wm, &l.items[i], &err)) {
		person_list_release(&l);
		die_err(&err, 1);
	}
	if (json)
		print_json(person_to_json(&l.items[i]));
	else
		printf(_("Updated %s.\n"), l.items[i].name);
	person_list_release(&l);
	return 0;
}

static int cmd_remove(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "yes", 0, OPT_YES, NULL, N_("do not ask first") },
		{ 0 },
	};
	struct cli_parser p = { "people remove", "NAME [--yes]",
		N_("remove someone from your people for good (it asks first)"), opts, NULL, 0 };
	struct person_list l;
	struct err err = ERR_INIT;
	const char *arg;
	int yes = 0;
	size_t i;

	while (cli_next(&p, argc, argv, &arg) != -1)
		yes = 1;
	load_all(wm, &l);
	i = find_or_die(p.cmd, &l, argc, argv, p.optind);
	if (!yes) {
		struct buf q = BUF_INIT;
		if (!isatty(0)) {
			person_list_release(&l);
			die(2, _("removing cannot be undone, so Waymark asks first; add --yes to remove without asking"));
		}
		buf_addf(&q, _("Remove %s from your people? This cannot be undone. [y/N] "), l.items[i].name);
		if (!prompt_yesno(q.data, 0)) {
			printf("%s\n", _("Kept them; nothing was removed."));
			buf_release(&q);
			person_list_release(&l);
			return 0;
		}
		buf_release(&q);
	}
	if (people_delete(wm, l.items[i].id, &err) < 0)
		die_err(&err, 0);
	printf(_("Removed %s from your people.\n"), l.items[i].name);
	person_list_release(&l);
	return 0;
}

static int cmd_contacted(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "date", 1, OPT_DATE, "DAY", N_("when: today (the default), yesterday or YYYY-MM-DD") },
		{ 0 },
	};
	struct cli_parser p = { "people contacted", "NAME [--date DAY]",
		N_("note that you were in touch with someone"), opts, NULL, 0 };
	struct person_list l;
	struct err err = ERR_INIT;
	struct wdate when = today();
	struct buf b = BUF_INIT;
	const char *arg;
	size_t i;

	while (cli_next(&p, argc, argv, &arg) != -1)
		if (people_parse_day(arg, today(), &when, &err))
			die_err(&err, 1);
	load_all(wm, &l);
	i = find_or_die(p.cmd, &l, argc, argv, p.optind);
	if (l.items[i].contacted.y && wdate_cmp(l.items[i].contacted, when) > 0) {
		wdate_long(&b, l.items[i].contacted);
		printf(_("You were already in touch with %s more recently, on %s; kept that.\n"),
		       l.items[i].name, b.data);
		buf_release(&b);
		person_list_release(&l);
		return 0;
	}
	l.items[i].contacted = when;
	if (people_update(wm, &l.items[i], &err)) {
		person_list_release(&l);
		die_err(&err, 1);
	}
	if (!wdate_cmp(when, today())) {
		printf(_("Noted: you were in touch with %s today.\n"), l.items[i].name);
	} else {
		wdate_long(&b, when);
		printf(_("Noted: you were in touch with %s on %s.\n"), l.items[i].name, b.data);
	}
	buf_release(&b);
	person_list_release(&l);
	return 0;
}

static int cmd_reminders(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print them as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "people reminders", "[--json]",
		N_("gentle reminders, only for people you asked to be reminded about"), opts, NULL, 0 };
	struct person_list l;
	const char *arg;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	load_all(wm, &l);
	if (json) {
		struct people_reminder *r;
		size_t n = people_reminders(&l, today(), &r);
		json_t *a = json_array();
		for (size_t i = 0; i < n; i++) {
			json_t *o = json_object();
			struct buf b = BUF_INIT;
			people_reminder_text(&b, &r[i]);
			json_object_set_new(o, "name", json_string(r[i].person->name));
			json_object_set_new(o, "days", json_integer(r[i].days));
			json_object_set_new(o, "never", json_boolean(r[i].never));
			json_object_set_new(o, "text", json_string(b.data));
			json_array_append_new(a, o);
			buf_release(&b);
		}
		free(r);
		print_json(a);
	} else {
		struct people_reminder *r;
		size_t n = people_reminders(&l, today(), &r);
		free(r);
		if (n)
			print_reminders(&l, today(), 1);
		else
			printf("%s\n", _("Nothing to remind you of right now."));
	}
	person_list_release(&l);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "add", cmd_add },
	{ "contacted", cmd_contacted },
	{ "edit", cmd_edit },
	{ "list", cmd_list },
	{ "reminders", cmd_reminders },
	{ "remove", cmd_remove },
	{ "show", cmd_show },
};

int people_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && argv[1][0] != '-') {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name))
				return subcommands[i].fn(wm, argc - 1, argv + 1);
		die_usage("people", _("'%s' is not a people command: try add, list, show, edit, remove, contacted or reminders"),
			  argv[1]);
	}
	if (argc >= 2 && !strcmp(argv[1], "--help")) {
		struct cli_parser p = { "people", "[add|list|show|edit|remove|contacted|reminders] ...",
			N_("the people who help you stay well, and your care team"), NULL,
			N_("Commands:\n"
			   "  list [--json]                 everyone (the default)\n"
			   "  add NAME [options]            add someone (asks about them on a terminal)\n"
			   "  show NAME [--json]            one person in full\n"
			   "  edit NAME [options]           change what Waymark holds about them\n"
			   "  remove NAME [--yes]           remove them for good\n"
			   "  contacted NAME [--date DAY]   note that you were in touch\n"
			   "  reminders [--json]            gentle reminders you asked for\n"
			   "\n"
			   "A NAME can be the start of a name, if only one person's name starts that way.\n"
			   "Waymark never contacts anyone: it only keeps your notes.\n"), 0 };
		cli_help(&p, stdout);
		return 0;
	}
	return cmd_list(wm, argc, argv);
}
