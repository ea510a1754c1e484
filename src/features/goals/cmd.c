/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark goal ...` and `waymark due`. `goal new` asks the
 * questions of the seed's SMART plan ("Peter's Plan") one at a time on a
 * terminal, or takes every answer as an option. The SMART check only ever
 * suggests; a goal is saved as the person wrote it. Bad answers at a
 * prompt are explained and asked again; bad options end the command with
 * exit 2 and nothing saved. Nothing here says "failed" or "overdue": a
 * deadline that has passed is an invitation to pick a new date.
 */
#include <unistd.h>

#include <jansson.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/fileio.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "goals.h"
#include "ical.h"
#include "vault/vault.h"

#define WRAP 76 /* columns for long answers */

enum {
	OPT_TITLE = 1, OPT_WHY, OPT_ACHIEVABLE, OPT_PREPARE, OPT_DEADLINE,
	OPT_DEADLINE_NOTE, OPT_STEP, OPT_TARGET, OPT_REWARD, OPT_IF_MISSED,
	OPT_AREA, OPT_ASK, OPT_JSON, OPT_NOTE, OPT_DATE, OPT_COUNT, OPT_BY,
	OPT_HAD_REWARD, OPT_NOT_YET,
};

#define GOAL_OPTIONS \
	{ "title", 1, OPT_TITLE, "TEXT", N_("your specific goal: what you will do") }, \
	{ "why", 1, OPT_WHY, "TEXT", N_("why this goal is meaningful to you") }, \
	{ "achievable", 1, OPT_ACHIEVABLE, "TEXT", N_("why it is achievable for you") }, \
	{ "prepare", 1, OPT_PREPARE, "TEXT", N_("how you are going to prepare") }, \
	{ "deadline", 1, OPT_DEADLINE, "DATE", N_("your deadline: 2026-09-14, '14 September 2026' or 'in 6 months'") }, \
	{ "deadline-note", 1, OPT_DEADLINE_NOTE, "TEXT", N_("anything you want to say about the deadline") }, \
	{ "step", 1, OPT_STEP, "TEXT", N_("how you will do it: one step (repeat for more)") }, \
	{ "target", 1, OPT_TARGET, "HOW-OFTEN", N_("something to count: '2 per week', 'once a day', '4 per month'") }, \
	{ "reward", 1, OPT_REWARD, "TEXT", N_("what you will do when you have finished: your reward") }, \
	{ "if-missed", 1, OPT_IF_MISSED, "TEXT", N_("what you will do if the deadline passes") }, \
	{ "area", 1, OPT_AREA, "NAME", N_("the part of your life it is about, like 'health'") }

/* The seed's questions, in its order; also the headings of `goal show`. */
#define Q_TITLE N_("What is your specific goal?")
#define Q_WHY N_("Why is this goal meaningful to you?")
#define Q_ACHIEVABLE N_("Is this goal achievable?")
#define Q_PREPARE N_("How are you going to prepare for this activity?")
#define Q_DEADLINE N_("What is your deadline?")
#define Q_STEPS N_("How will you do this activity?")
#define Q_REWARD N_("What will you do when you have finished your task?")
#define Q_IF_MISSED N_("What will you do if you haven't stuck to your deadline?")

/* Marks for a step: done, and still to do (no crosses anywhere). */
static const char *tick(void)
{
	return cli_utf8() ? "\u2713" : "*";
}

static const char *to_do(void)
{
	return cli_utf8() ? "\u25cb" : "-";
}

/* ---- finding goals and opening the vault ---- */

/* Opens the vault for a command about goals that already exist. A
 * missing vault is not made (there is nothing in it to find): returns 1
 * then, so a listing can say there is nothing yet; 0 once it is open. */
static int open_existing(struct waymark *wm)
{
	if (!wm->db && !vault_exists(wm->path))
		return 1;
	cli_open_vault(wm);
	return 0;
}

/* The goal named by ref (a number or words from its title), or exit 2. */
static void find_or_die(struct waymark *wm, const char *ref, struct goal *g)
{
	struct err err = ERR_INIT;
	int rc;

	if (open_existing(wm))
		die(2, _("there are no goals yet; 'waymark goal new' sets your first"));
	rc = goals_find(wm, ref, g, &err);
	if (rc < 0)
		die_err(&err, 0);
	if (rc > 0)
		die(2, _("there is no goal '%s'; 'waymark goal list' shows them with their numbers"), ref);
}

static void save_or_die(struct waymark *wm, struct goal *g, int nothing_saved)
{
	struct err err = ERR_INIT;
	int rc = goals_update(wm, g, &err);

	if (rc < 0)
		die_err(&err, nothing_saved);
	if (rc > 0)
		die(1, _("goal %lld vanished while it was being changed"), (long long)g->id);
}

/* One GOAL operand (or exit 2 with the usage). */
static const char *goal_operand(const struct cli_parser *p, int argc, char **argv)
{
	if (p->optind >= argc)
		die_usage(p->cmd, _("please say which goal, by its number; 'waymark goal list' shows them"));
	return argv[p->optind];
}

/* ---- reading answers ---- */

/* Applies one goal option to g. 0, or -1 with err set. */
static int apply_option(struct goal *g, int key, const char *arg, struct wdate today,
			struct err *err)
{
	static const struct {
		int key;
		const char *field;
	} texts[] = {
		{ OPT_TITLE, "title" }, { OPT_WHY, "why" }, { OPT_ACHIEVABLE, "achievable" },
		{ OPT_PREPARE, "prepare" }, { OPT_DEADLINE_NOTE, "deadline_note" },
		{ OPT_REWARD, "reward" }, { OPT_IF_MISSED, "if_missed" }, { OPT_AREA, "area" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(texts); i++)
		if (texts[i].key == key)
			return goal_set_text(g, texts[i].field, arg, err);
	switch (key) {
	case OPT_DEADLINE:
		if (!*arg) {
			g->deadline = (struct wdate){ 0, 0, 0 };
			return 0;
		}
		return goal_parse_deadline(arg, today, &g->deadline, err);
	case OPT_STEP:
		return goal_add_step(g, arg, (struct wdate){ 0, 0, 0 }, err);
	case OPT_TARGET:
		if (!*arg) {
			goal_target_release(&g->target);
			return 0;
		}
		return goal_parse_target(arg, &g->target, err);
	}
	BUG("unhandled goal option %d", key);
}

/* Prints text wrapped at WRAP columns, each line starting with indent. */
static void print_wrapped(const char *text, const char *indent)
{
	struct buf b = BUF_INIT;

	text_wrap(&b, text, WRAP, indent, indent);
	fputs(b.data, stdout);
	buf_release(&b);
}

/* After saving: the SMART check's notes, each with how to change it.
 * only_field limits them to one field (after an edit), or NULL for all. */
static void print_notes(const struct goal *g, const struct goal_notes *notes,
			const char *only_field)
{
	int shown = 0;

	for (size_t i = 0; i < notes->n; i++) {
		const struct goal_note *n = &notes->items[i];
		struct buf hint = BUF_INIT;
		if (only_field && strcmp(only_field, n->field))
			continue;
		if (!shown++)
			printf("\n%s\n", _("A few thoughts on the plan, if they help (it is saved as it is):"));
		print_wrapped(n->msg, "  ");
		switch (n->kind) {
		case GOAL_NOTE_NO_DEADLINE:
		case GOAL_NOTE_DEADLINE_PASSED:
			buf_addf(&hint, _("To pick a date: waymark goal reschedule %lld DATE"), (long long)g->id);
			break;
		case GOAL_NOTE_NO_MEASURE:
			buf_addf(&hint, _("To add them: waymark goal edit %lld --target \"2 per week\", or waymark goal step add %lld \"a first step\""),
				 (long long)g->id, (long long)g->id);
			break;
		default:
			buf_addf(&hint, _("To change it: waymark goal edit %lld --target \"...\""), (long long)g->id);
			break;
		}
		print_wrapped(hint.data, "    ");
		buf_release(&hint);
	}
}

/* ---- asking questions ---- */

struct question {
	int key;
	const char *ask;
	const char *hint;
};

static const struct question questions[] = {
	{ OPT_TITLE, Q_TITLE, N_("what you will do, in a sentence") },
	{ OPT_WHY, Q_WHY, NULL },
	{ OPT_ACHIEVABLE, Q_ACHIEVABLE, N_("what makes it realistic for you") },
	{ OPT_PREPARE, Q_PREPARE, NULL },
	{ OPT_DEADLINE, Q_DEADLINE, N_("a date like 2026-09-14, '14 September 2026' or 'in 6 months'") },
	{ OPT_DEADLINE_NOTE, N_("Anything you want to say about the deadline?"), N_("in your own words") },
	{ OPT_STEP, Q_STEPS, N_("one step per line; an empty line when you have finished") },
	{ OPT_TARGET, N_("Is there something you can count, and how often?"),
	  N_("like '2 per week' or 'once a day'") },
	{ OPT_REWARD, Q_REWARD, N_("how you will reward yourself") },
	{ OPT_IF_MISSED, Q_IF_MISSED, N_("being kind to yourself counts") },
	{ OPT_AREA, N_("Which part of your life is it about?"), N_("like health, work or friends") },
};

static const struct question *question_for(int key)
{
	for (size_t i = 0; i < ARRAY_SIZE(questions); i++)
		if (questions[i].key == key)
			return &questions[i];
	BUG("no question for %d", key);
}

/* Asks one question until the answer is good or skipped. Steps are asked
 * again and again until an empty line. Returns 1 if something was
 * answered, 0 if skipped, -1 at end of input. */
static int ask_one(struct goal *g, const struct question *q, struct wdate today)
{
	struct buf prompt = BUF_INIT;
	struct err err = ERR_INIT;
	int answered = 0;

	buf_addf(&prompt, "\n%s\n", _(q->ask));
	if (q->hint)
		buf_addf(&prompt, "(%s)\n", _(q->hint));
	buf_adds(&prompt, "> ");
	for (;;) {
		char *line = prompt_line(prompt.data);
		char *t;
		if (!line) {
			buf_release(&prompt);
			putchar('\n');
			return answered ? 1 : -1;
		}
		t = text_trimmed(line);
		free(line);
		if (!*t) {
			free(t);
			if (q->key == OPT_TITLE) {
				printf("%s\n", _("A goal needs a few words saying what it is (or press Ctrl-D to stop)."));
				continue;
			}
			break;
		}
		err_clear(&err);
		if (apply_option(g, q->key, t, today, &err)) {
			printf("%s\n", err.msg);
			free(t);
			continue; /* ask again */
		}
		free(t);
		answered = 1;
		if (q->key != OPT_STEP)
			break;
		buf_reset(&prompt);
		buf_adds(&prompt, "> "); /* the next step */
	}
	buf_release(&prompt);
	return answered;
}

/* Asks every question in the seed's order. -1 at end of input before the
 * goal has a title (then nothing is saved). */
static int ask_questions(struct goal *g, struct wdate today)
{
	printf("%s\n", _("A new goal, planned the SMART way. Press Enter to skip any question."));
	for (size_t i = 0; i < ARRAY_SIZE(questions); i++) {
		const struct question *q = &questions[i];
		int rc;
		if (q->key == OPT_DEADLINE_NOTE && !g->deadline.y)
			continue;
		rc = ask_one(g, q, today);
		if (rc < 0)
			return g->title ? 0 : -1;
	}
	return 0;
}

/* On a terminal, after the questions: each SMART note, and a chance to
 * change that answer there and then. */
static void offer_changes(struct waymark *wm, struct goal *g, struct wdate today)
{
	struct goal_notes notes;

	if (!goal_smart_check(g, goals_best_so_far(wm, g), today, &notes))
		return;
	printf("\n%s\n", _("Before saving, a few thoughts on the plan (just suggestions):"));
	for (size_t i = 0; i < notes.n; i++) {
		const struct goal_note *n = &notes.items[i];
		putchar('\n');
		print_wrapped(n->msg, "  ");
		if (!prompt_yesno(_("Would you like to change it? [y/N] "), 0))
			continue;
		if (!strcmp(n->field, "deadline")) {
			ask_one(g, question_for(OPT_DEADLINE), today);
		} else {
			ask_one(g, question_for(OPT_TARGET), today);
			if (n->kind == GOAL_NOTE_NO_MEASURE && !g->target.count)
				ask_one(g, question_for(OPT_STEP), today);
		}
	}
}

/* ---- showing goals ---- */

/* The goals grouped by state; entries are every progress entry. */
static void print_list(const struct goal_list *l, const struct goal_entry_list *entries,
		       struct wdate today)
{
	int printed = 0;

	for (int s = GOAL_ACTIVE; s < GOAL_STATE__MAX; s++) {
		static const char *const heads[GOAL_STATE__MAX] = {
			N_("Active"), N_("Paused"), N_("Done"), N_("Dropped"),
		};
		int head = 0;
		for (size_t i = 0; i < l->n; i++) {
			const struct goal *g = &l->items[i];
			struct goal_progress p;
			struct buf b = BUF_INIT;
			if ((int)g->state != s)
				continue;
			if (!head++)
				printf("%s%s\n", printed++ ? "\n" : "", _(heads[s]));
			goal_progress_compute(g, entries->items, entries->n, today, &p);
			printf("  %-4lld %s\n", (long long)g->id, g->title);
			goal_summary_words(&b, g, &p, today);
			if (b.len)
				printf("       %s\n", b.data);
			buf_release(&b);
			goal_progress_release(&p);
		}
	}
}

static void print_json(json_t *j)
{
	char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	printf("%s\n", text);
	vault_free_secret(text);
	json_decref(j);
}

static void print_answer(const char *question, const char *answer)
{
	if (!answer)
		return;
	printf("\n%s\n", _(question));
	print_wrapped(answer, "  ");
}

/* The progress section of `goal show`: the recent periods, newest first. */
static void print_progress(const struct goal *g, const struct goal_progress *p,
			   struct wdate today)
{
	struct buf b = BUF_INIT;
	const size_t shown_max = 8;
	size_t shown = 0;

	if (p->per == GOAL_PER_NONE) {
		if (p->total || p->steps_total)
			printf("\n%s\n", _("Progress"));
		if (p->total)
			printf(P_("  %ld counted so far.\n", "  %ld counted so far.\n", p->total), p->total);
		return;
	}
	goal_target_words(&b, &g->target);
	printf("\n");
	printf(_("Progress (target: %s)\n"), b.data);
	for (size_t k = p->nperiods; k-- > 0 && shown < shown_max; shown++) {
		const struct goal_period_count *pc = &p->periods[k];
		buf_reset(&b);
		if (pc->open) {
			goal_so_far_words(&b, p->per);
		} else {
			goal_period_label(&b, p->per, pc->first, today);
		}
		printf("  %-22s ", b.data);
		buf_reset(&b);
		goal_count_words(&b, pc->count, p->target, NULL);
		printf("%s%s%s\n", b.data, pc->count >= p->target ? "  " : "",
		       pc->count >= p->target ? tick() : "");
	}
	if (p->nperiods > shown) {
		size_t more = p->nperiods - shown;
		printf(P_("  (and %zu earlier; 'waymark goal show %lld --json' has them all)\n",
			  "  (and %zu earlier; 'waymark goal show %lld --json' has them all)\n", more),
		       more, (long long)g->id);
	}
	buf_reset(&b);
	if (!p->total && (g->state == GOAL_DONE || g->state == GOAL_DROPPED)) {
		buf_adds(&b, _("Nothing was counted."));
	} else if (!p->total) {
		buf_addf(&b, _("Nothing counted yet: 'waymark goal log %lld' counts one."), (long long)g->id);
	} else {
		size_t reached = p->reached + (size_t)p->this_reached;
		goal_total_words(&b, g, p, today);
		/* what went well, without a tally of what did not */
		if (reached) {
			print_wrapped(b.data, "  ");
			buf_reset(&b);
			goal_at_target_words(&b, p->per, reached);
		}
	}
	print_wrapped(b.data, "  ");
	buf_release(&b);
}

static void print_full(struct waymark *wm, const struct goal *g, struct wdate today)
{
	struct goal_progress p;
	struct goal_entry_list l;
	struct err err = ERR_INIT;
	struct buf b = BUF_INIT, w = BUF_INIT;

	if (goals_entries(wm, g->uid, &l, &err))
		die_err(&err, 0);
	goal_progress_compute(g, l.items, l.n, today, &p);

	buf_addf(&b, _("Goal %lld"), (long long)g->id);
	buf_addf(&b, ", %s", goal_state_words(g->state));
	if (g->state == GOAL_DONE && g->ended.y) {
		buf_adds(&b, _(" on "));
		wdate_long(&b, g->ended);
	}
	buf_adds(&b, _(", set on "));
	wdate_long(&b, g->start.date);
	if (g->area)
		buf_addf(&b, _(", life area: %s"), g->area);
	print_wrapped(b.data, "");

	print_answer(Q_TITLE, g->title);
	print_answer(Q_WHY, g->why);
	print_answer(Q_ACHIEVABLE, g->achievable);
	print_answer(Q_PREPARE, g->prepare);
	if (g->deadline.y || g->deadline_note) {
		printf("\n%s\n", _(Q_DEADLINE));
		if (g->deadline.y) {
			buf_reset(&b);
			wdate_long(&b, g->deadline);
			buf_adds(&b, " (");
			goal_distance_words(&b, g->deadline, today);
			buf_adds(&b, ")");
			printf("  %s\n", b.data);
		}
		if (g->deadline_note)
			print_wrapped(g->deadline_note, "  ");
	}
	if (g->nsteps) {
		printf("\n%s\n", _(Q_STEPS));
		for (size_t i = 0; i < g->nsteps; i++) {
			const struct goal_step *s = &g->steps[i];
			buf_reset(&b);
			buf_adds(&b, s->text);
			if (s->done.y) {
				buf_adds(&b, _(" (done "));
				goal_date_words(&b, s->done, today);
				buf_adds(&b, ")");
			} else if (s->due.y) {
				buf_adds(&b, _(" (planned for "));
				goal_date_words(&b, s->due, today);
				buf_adds(&b, ")");
			}
			/* the first line follows the number; the rest line up under it */
			buf_reset(&w);
			text_wrap(&w, b.data, WRAP, "       ", "       ");
			printf("  %zu. %s %s", i + 1, s->done.y ? tick() : to_do(), w.data + 7);
		}
	}
	print_answer(Q_REWARD, g->reward);
	if (g->state == GOAL_DONE && g->reward && g->rewarded == 0) {
		buf_reset(&b);
		buf_addf(&b, _("Not had yet: do make time for it. When you have, 'waymark goal done %lld --had-reward' notes it."),
			 (long long)g->id);
		print_wrapped(b.data, "  ");
	}
	print_answer(Q_IF_MISSED, g->if_missed);
	print_progress(g, &p, today);
	if (p.steps_total) {
		printf(P_("  %zu of %zu step done.\n", "  %zu of %zu steps done.\n", p.steps_total),
		       p.steps_done, p.steps_total);
	}
	if (l.n) {
		size_t from = l.n > 5 ? l.n - 5 : 0, width = 0;
		struct buf pad = BUF_INIT;
		for (size_t i = from; i < l.n; i++) {
			buf_reset(&b);
			goal_date_words(&b, l.items[i].when.date, today);
			if (b.len > width)
				width = b.len;
		}
		/* notes that wrap line up under the first line's note */
		for (size_t i = 0; i < width + 9; i++)
			buf_addch(&pad, ' ');
		printf("\n%s\n", _("Recent progress"));
		for (size_t i = l.n; i-- > from;) {
			const struct goal_entry *e = &l.items[i];
			buf_reset(&b);
			goal_date_words(&b, e->when.date, today);
			printf("  %-*s %4d", (int)width, b.data, e->count);
			if (e->note) {
				buf_reset(&w);
				text_wrap(&w, e->note, WRAP, pad.data, pad.data);
				printf("  %s", w.data + pad.len);
			} else {
				putchar('\n');
			}
		}
		buf_release(&pad);
	}
	if (g->deadline.y && wdate_cmp(g->deadline, today) < 0 &&
	    (g->state == GOAL_ACTIVE || g->state == GOAL_PAUSED)) {
		printf("\n");
		buf_reset(&b);
		buf_addf(&b, _("The deadline has passed, and that is all right. When you are ready, 'waymark goal reschedule %lld DATE' sets a new one."),
			 (long long)g->id);
		print_wrapped(b.data, "");
	}
	buf_release(&b);
	buf_release(&w);
	goal_progress_release(&p);
	goal_entry_list_release(&l);
}

/* ---- commands ---- */

static int cmd_new(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		GOAL_OPTIONS,
		{ "ask", 0, OPT_ASK, NULL, N_("ask the questions even when not at a terminal") },
		{ "json", 0, OPT_JSON, NULL, N_("print the saved goal as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "goal new", "[options]",
		N_("set a new goal, planned the SMART way. With no options, on a terminal,\n"
		   "Waymark asks the plan's questions one at a time; press Enter to skip any."),
		opts, N_("Example (Peter's Plan):\n"
			 "  waymark goal new --title \"To cook at least 2 healthy meals per week\" \\\n"
			 "      --target \"2 healthy meals per week\" --deadline \"in 6 months\" \\\n"
			 "      --step \"Find healthy, affordable recipes\" --reward \"Something I enjoy\"\n"), 0 };
	struct goal g;
	struct goal_notes notes;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	const char *arg;
	int key, ask = 0, json = 0, given = 0;

	goal_init(&g);
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_ASK) {
			ask = 1;
		} else if (key == OPT_JSON) {
			json = 1;
		} else {
			given++;
			if (apply_option(&g, key, arg, today, &err)) {
				goal_release(&g);
				die_err(&err, 1);
			}
		}
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'goal new' understands (text needs an option such as --title)"),
			  argv[p.optind]);
	if (!given && !ask && !cli_interactive())
		die(2, _("nothing to save: give the goal as options (see 'waymark goal new --help'),\n"
			 "or run it in a terminal to be asked"));
	if (given && goal_validate(&g, &err)) {
		goal_release(&g);
		die_err(&err, 1);
	}
	cli_open_vault(wm);
	if (!given) {
		if (ask_questions(&g, today)) {
			goal_release(&g);
			printf("%s\n", _("Nothing was saved."));
			return 0;
		}
		offer_changes(wm, &g, today);
	}
	if (goals_add(wm, &g, &err)) {
		goal_release(&g);
		die_err(&err, 1);
	}
	if (json) {
		print_json(goal_to_json(&g, NULL));
	} else {
		struct buf b = BUF_INIT;
		if (!given)
			putchar('\n');
		buf_addf(&b, _("Saved goal %lld: %s"), (long long)g.id, g.title);
		print_wrapped(b.data, "");
		buf_release(&b);
		printf(_("'waymark goal show %lld' shows your plan; 'waymark goal log %lld' counts progress.\n"),
		       (long long)g.id, (long long)g.id);
		if (given) {
			goal_smart_check(&g, goals_best_so_far(wm, &g), today, &notes);
			print_notes(&g, &notes, NULL);
		}
	}
	goal_release(&g);
	return 0;
}

static int cmd_edit(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		GOAL_OPTIONS,
		{ "json", 0, OPT_JSON, NULL, N_("print the changed goal as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "goal edit", "GOAL [options]",
		N_("change a goal's plan. Options replace what they name (an empty value clears\n"
		   "it); --step adds a step."),
		opts, NULL, 0 };
	struct { int key; const char *arg; } given[64];
	size_t ngiven = 0;
	struct goal g;
	struct goal_notes notes;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	const char *arg, *ref;
	int key, json = 0, touched_target = 0, touched_deadline = 0;

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
	ref = goal_operand(&p, argc, argv);
	if (p.optind + 1 < argc)
		die_usage(p.cmd, _("'%s' is not something 'goal edit' understands"), argv[p.optind + 1]);
	if (!ngiven)
		die_usage(p.cmd, _("say what to change with options, like --deadline or --target"));
	find_or_die(wm, ref, &g);
	for (size_t i = 0; i < ngiven; i++) {
		touched_target |= given[i].key == OPT_TARGET || given[i].key == OPT_STEP;
		touched_deadline |= given[i].key == OPT_DEADLINE;
		if (apply_option(&g, given[i].key, given[i].arg, today, &err)) {
			goal_release(&g);
			die_err(&err, 1);
		}
	}
	save_or_die(wm, &g, 1);
	if (json) {
		print_json(goal_to_json(&g, NULL));
	} else {
		printf(_("Updated goal %lld.\n"), (long long)g.id);
		goal_smart_check(&g, goals_best_so_far(wm, &g), today, &notes);
		if (touched_target)
			print_notes(&g, &notes, "target");
		if (touched_deadline)
			print_notes(&g, &notes, "deadline");
	}
	goal_release(&g);
	return 0;
}

static int cmd_list(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print them as a JSON array, with progress") },
		{ 0 },
	};
	struct cli_parser p = { "goal list", "[--json]",
		N_("list your goals: active, paused, done and dropped"), opts, NULL, 0 };
	struct goal_list l;
	struct goal_entry_list entries;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	const char *arg;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'goal list' understands"), argv[p.optind]);
	if (open_existing(wm)) {
		printf("%s\n", json ? "[]" : _("No goals yet. 'waymark goal new' sets your first, one question at a time."));
		return 0;
	}
	if (goals_list(wm, &l, &err) || goals_entries(wm, NULL, &entries, &err))
		die_err(&err, 0);
	if (json) {
		json_t *a = json_array();
		for (size_t i = 0; i < l.n; i++) {
			struct goal_progress pr;
			goal_progress_compute(&l.items[i], entries.items, entries.n, today, &pr);
			json_array_append_new(a, goal_to_json(&l.items[i], &pr));
			goal_progress_release(&pr);
		}
		print_json(a);
	} else if (!l.n) {
		printf("%s\n", _("No goals yet. 'waymark goal new' sets your first, one question at a time."));
	} else {
		pager_start();
		print_list(&l, &entries, today);
	}
	goal_entry_list_release(&entries);
	goal_list_release(&l);
	return 0;
}

static int cmd_show(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print it as JSON, with progress in every period") },
		{ 0 },
	};
	struct cli_parser p = { "goal show", "GOAL [--json]",
		N_("show a goal's whole plan and how it is going"), opts, NULL, 0 };
	struct goal g;
	struct wdate today = wtoday();
	const char *arg, *ref;
	int json = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	ref = goal_operand(&p, argc, argv);
	if (p.optind + 1 < argc)
		die_usage(p.cmd, _("'%s' is not something 'goal show' understands"), argv[p.optind + 1]);
	find_or_die(wm, ref, &g);
	if (json) {
		struct goal_progress pr;
		struct err err = ERR_INIT;
		if (goals_progress(wm, &g, today, &pr, &err))
			die_err(&err, 0);
		print_json(goal_to_json(&g, &pr));
		goal_progress_release(&pr);
	} else {
		pager_start();
		print_full(wm, &g, today);
	}
	goal_release(&g);
	return 0;
}

static int cmd_log(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "note", 1, OPT_NOTE, "TEXT", N_("a few words about it") },
		{ "date", 1, OPT_DATE, "YYYY-MM-DD", N_("the day it happened (to fill in a past day)") },
		{ "count", 1, OPT_COUNT, "N", N_("how many to count (1 unless you say)") },
		{ "json", 0, OPT_JSON, NULL, N_("print the saved progress as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "goal log", "GOAL [--note TEXT] [--date D] [--count N]",
		N_("count progress towards a goal's target: one more of what you set out to do"),
		opts, NULL, 0 };
	struct goal g;
	struct goal_entry e;
	struct goal_progress pr;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	struct buf b = BUF_INIT;
	const char *arg, *ref, *date = NULL;
	int key, json = 0;

	goal_entry_init(&e);
	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		switch (key) {
		case OPT_NOTE:
			if (goal_entry_set_note(&e, arg, &err))
				die_err(&err, 1);
			break;
		case OPT_DATE:
			date = arg;
			break;
		case OPT_COUNT:
			e.count = (int)cli_parse_long("--count", arg, 1, GOAL_COUNT_MAX);
			break;
		case OPT_JSON:
			json = 1;
			break;
		}
	}
	ref = goal_operand(&p, argc, argv);
	if (p.optind + 1 < argc)
		die_usage(p.cmd, _("'%s' is not something 'goal log' understands (a note needs --note)"),
			  argv[p.optind + 1]);
	if (date) {
		struct wdate d;
		if (wdate_parse(date, &d, &err, "date"))
			die_err(&err, 1);
		wlocal_make(d, 12 * 60, &e.when); /* a past day without a time: midday */
	} else {
		wlocal_from_time(wnow(), &e.when);
		e.when.second = 0;
	}
	find_or_die(wm, ref, &g);
	memcpy(e.goal_uid, g.uid, sizeof(e.goal_uid));
	if (goals_log_add(wm, &e, today, &err)) {
		/* a vault that cannot be written: the command to run again */
		struct buf again = BUF_INIT_SENSITIVE;
		cli_quote_args(&again, "waymark goal", argc, argv);
		die_err_kept(&err, again.data);
	}
	if (json) {
		print_json(goal_entry_to_json(&e));
		goto out;
	}
	goal_date_words(&b, e.when.date, today);
	if (!wdate_cmp(e.when.date, today))
		printf(_("Counted %d towards goal %lld today.\n"), e.count, (long long)g.id);
	else
		printf(_("Counted %d towards goal %lld on %s.\n"), e.count, (long long)g.id, b.data);
	if (goals_progress(wm, &g, today, &pr, &err))
		die_err(&err, 0);
	if (pr.per != GOAL_PER_NONE) {
		for (size_t k = 0; k < pr.nperiods; k++) {
			const struct goal_period_count *pc = &pr.periods[k];
			struct buf line = BUF_INIT;
			if (wdate_cmp(e.when.date, pc->first) < 0 || wdate_cmp(e.when.date, pc->last) > 0)
				continue;
			if (pc->open)
				goal_so_far_words(&line, pr.per);
			else
				goal_that_period_words(&line, pr.per);
			buf_adds(&line, ": ");
			goal_count_words(&line, pc->count, pr.target, g.target.what);
			buf_adds(&line, ".");
			if (pc->open && pc->count >= pr.target && pc->count - e.count < pr.target) {
				buf_adds(&line, " ");
				goal_reached_words(&line, pr.per);
			}
			print_wrapped(line.data, "");
			buf_release(&line);
			break;
		}
	} else {
		printf(P_("That is %ld in all.\n", "That is %ld in all.\n", pr.total), pr.total);
	}
	goal_progress_release(&pr);
out:
	buf_release(&b);
	goal_entry_release(&e);
	goal_release(&g);
	return 0;
}

static int cmd_done(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "date", 1, OPT_DATE, "YYYY-MM-DD", N_("the day you finished, if not today") },
		{ "had-reward", 0, OPT_HAD_REWARD, NULL, N_("you have had your reward already") },
		{ "not-yet", 0, OPT_NOT_YET, NULL, N_("you have not had your reward yet") },
		{ "ask", 0, OPT_ASK, NULL, N_("ask about the reward even when not at a terminal") },
		{ 0 },
	};
	struct cli_parser p = { "goal done", "GOAL [--date D] [--had-reward|--not-yet]",
		N_("mark a goal as done, and celebrate it"), opts, NULL, 0 };
	struct goal g;
	struct goal_progress pr;
	struct err err = ERR_INIT;
	struct wdate today = wtoday(), when = today;
	struct buf b = BUF_INIT;
	const char *arg, *ref, *date = NULL;
	int key, ask = 0, rewarded = -1;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_DATE)
			date = arg;
		else if (key == OPT_HAD_REWARD)
			rewarded = 1;
		else if (key == OPT_NOT_YET)
			rewarded = 0;
		else
			ask = 1;
	}
	ref = goal_operand(&p, argc, argv);
	if (p.optind + 1 < argc)
		die_usage(p.cmd, _("'%s' is not something 'goal done' understands"), argv[p.optind + 1]);
	if (date && wdate_parse(date, &when, &err, "date"))
		die_err(&err, 1);
	if (wdate_cmp(when, today) > 0) {
		char d[11];
		wdate_format(when, d);
		die(2, _("%s has not come yet: a goal can be done today or on a day before"), d);
	}
	find_or_die(wm, ref, &g);
	if (g.state == GOAL_DONE) {
		buf_reset(&b);
		wdate_long(&b, g.ended);
		printf(_("Goal %lld is already done (on %s). Well done, again.\n"), (long long)g.id, b.data);
		if (rewarded >= 0 && rewarded != g.rewarded) {
			g.rewarded = rewarded;
			save_or_die(wm, &g, 1);
			if (rewarded)
				printf("%s\n", _("And you have had your reward. Lovely: you earned it."));
		}
		goto out;
	}
	g.state = GOAL_DONE;
	g.ended = when;
	if (rewarded >= 0)
		g.rewarded = rewarded;
	save_or_die(wm, &g, 1);

	buf_addf(&b, _("You did it! Goal %lld is done: %s"), (long long)g.id, g.title);
	print_wrapped(b.data, "");
	if (goals_progress(wm, &g, today, &pr, &err))
		die_err(&err, 0);
	buf_reset(&b);
	if (pr.total) {
		buf_adds(&b, _("Along the way: "));
		goal_in_all_words(&b, pr.total, g.target.what);
	}
	if (pr.steps_total) {
		buf_adds(&b, b.len ? "; " : _("Along the way: "));
		buf_addf(&b, P_("%zu of %zu step done", "%zu of %zu steps done", pr.steps_total),
			 pr.steps_done, pr.steps_total);
	}
	if (b.len)
		buf_adds(&b, ".");
	if (b.len)
		print_wrapped(b.data, "");
	goal_progress_release(&pr);
	printf("%s\n", _("That took work, and it is worth taking a moment to be proud of it."));

	if (!g.reward) {
		printf("\n%s\n", _("Remember to reward yourself for it, in whatever way you enjoy."));
		goto out;
	}
	printf("\n%s\n", _("Your reward, as you planned it:"));
	print_wrapped(g.reward, "  ");
	if (rewarded < 0 && (ask || cli_interactive())) {
		rewarded = prompt_yesno(_("Have you had your reward yet? [y/N] "), 0);
		g.rewarded = rewarded;
		save_or_die(wm, &g, 0);
	}
	if (rewarded == 1)
		printf("%s\n", _("Lovely. You earned it."));
	else
		printf("%s\n", _("Do make time for it soon: you have earned it."));
out:
	buf_release(&b);
	goal_release(&g);
	return 0;
}

static int cmd_reschedule(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "goal reschedule", "GOAL DATE",
		N_("give a goal a new deadline. Moving a date is part of planning; nothing is lost"),
		NULL, N_("DATE can be 2026-12-14, '14 December 2026' or 'in 3 months'.\n"), 0 };
	struct goal g;
	struct err err = ERR_INIT;
	struct wdate today = wtoday(), d;
	struct buf words = BUF_INIT, b = BUF_INIT;
	const char *arg, *ref;
	int passed;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	ref = goal_operand(&p, argc, argv);
	if (p.optind + 1 >= argc)
		die_usage(p.cmd, _("please give the new date too, like 2026-12-14 or 'in 3 months'"));
	/* the date may come as several words: in 3 months */
	for (int i = p.optind + 1; i < argc; i++)
		buf_addf(&words, "%s%s", i > p.optind + 1 ? " " : "", argv[i]);
	if (goal_parse_deadline(words.data, today, &d, &err))
		die_err(&err, 1);
	if (wdate_cmp(d, today) < 0) {
		wdate_long(&b, d);
		err_input(&err, "deadline", _("%s has already gone by: the new date can be today or any day after"),
			  b.data);
		die_err(&err, 1);
	}
	buf_release(&words);
	find_or_die(wm, ref, &g);
	passed = g.deadline.y && wdate_cmp(g.deadline, today) < 0;
	g.deadline = d;
	save_or_die(wm, &g, 1);
	wdate_long(&b, d);
	printf(_("Goal %lld now aims for %s.\n"), (long long)g.id, b.data);
	printf("%s\n", _("Moving a date is part of planning: everything you have done so far still counts."));
	if (passed && g.if_missed) {
		/* their own words from when they made the plan */
		printf("%s\n", _("What you planned for this moment:"));
		print_wrapped(g.if_missed, "  ");
	}
	if (g.state == GOAL_PAUSED || g.state == GOAL_DROPPED || g.state == GOAL_DONE)
		printf(_("It is %s; 'waymark goal resume %lld' makes it active again.\n"),
		       goal_state_words(g.state), (long long)g.id);
	buf_release(&b);
	goal_release(&g);
	return 0;
}

/* pause, resume and drop: a change of state. */
static int change_state(struct waymark *wm, int argc, char **argv, enum goal_state to)
{
	static const char *const names[GOAL_STATE__MAX] = {
		"goal resume", "goal pause", NULL, "goal drop",
	};
	static const char *const summaries[GOAL_STATE__MAX] = {
		N_("make a paused, dropped or done goal active again"),
		N_("put a goal aside for now; it waits until you resume it"),
		NULL,
		N_("let a goal go. It stays in your list, and can be resumed"),
	};
	struct cli_parser p = { names[to], "GOAL", summaries[to], NULL, NULL, 0 };
	struct goal g;
	struct wdate today = wtoday();
	struct buf b = BUF_INIT;
	const char *arg, *ref;
	long long id;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	ref = goal_operand(&p, argc, argv);
	if (p.optind + 1 < argc)
		die_usage(p.cmd, _("'%s' is not something '%s' understands"), argv[p.optind + 1], p.cmd);
	find_or_die(wm, ref, &g);
	id = (long long)g.id;
	if (g.state == to) {
		printf(_("Goal %lld is already %s.\n"), id, goal_state_words(to));
		goto out;
	}
	if (to == GOAL_PAUSED && g.state != GOAL_ACTIVE)
		die(2, _("goal %lld is %s, so there is nothing to pause; 'waymark goal resume %lld' makes it active"),
		    id, goal_state_words(g.state), id);
	if (to == GOAL_DROPPED && g.state == GOAL_DONE)
		die(2, _("goal %lld is done, so there is nothing to let go of"), id);
	g.state = to;
	g.ended = to == GOAL_DROPPED ? today : (struct wdate){ 0, 0, 0 };
	if (to == GOAL_ACTIVE)
		g.rewarded = -1;
	save_or_die(wm, &g, 1);
	switch (to) {
	case GOAL_PAUSED:
		printf(_("Paused goal %lld. It will wait for you; 'waymark goal resume %lld' picks it up again.\n"),
		       id, id);
		break;
	case GOAL_DROPPED:
		buf_addf(&b, _("Let go of goal %lld. Letting a goal go is allowed, and can be the right choice. It stays in 'waymark goal list' under Dropped, and 'waymark goal resume %lld' brings it back."),
			 id, id);
		print_wrapped(b.data, "");
		break;
	default:
		printf(_("Goal %lld is active again. Welcome back to it.\n"), id);
		if (g.deadline.y && wdate_cmp(g.deadline, today) < 0) {
			struct buf m = BUF_INIT;
			wdate_long(&b, g.deadline);
			buf_addf(&m, _("Its deadline, %s, has passed: 'waymark goal reschedule %lld DATE' picks a new one when you are ready."),
				 b.data, id);
			print_wrapped(m.data, "");
			buf_release(&m);
		}
		break;
	}
out:
	buf_release(&b);
	goal_release(&g);
	return 0;
}

static int cmd_pause(struct waymark *wm, int argc, char **argv)
{
	return change_state(wm, argc, argv, GOAL_PAUSED);
}

static int cmd_resume(struct waymark *wm, int argc, char **argv)
{
	return change_state(wm, argc, argv, GOAL_ACTIVE);
}

static int cmd_drop(struct waymark *wm, int argc, char **argv)
{
	return change_state(wm, argc, argv, GOAL_DROPPED);
}

/* The step number operand, 1..nsteps, or exit 2. */
static size_t step_number(const struct goal *g, const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (!*s || *end || n < 1 || (size_t)n > g->nsteps) {
		if (!g->nsteps)
			die(2, _("goal %lld has no steps yet; 'waymark goal step add %lld TEXT' adds one"),
			    (long long)g->id, (long long)g->id);
		die(2, _("'%s' is not a step of goal %lld: its steps are numbered 1 to %zu ('waymark goal show %lld')"),
		    s, (long long)g->id, g->nsteps, (long long)g->id);
	}
	return (size_t)n;
}

static int cmd_step(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "by", 1, OPT_BY, "DATE", N_("add: the date you plan it for (shows in 'waymark due')") },
		{ "date", 1, OPT_DATE, "YYYY-MM-DD", N_("done: the day you did it, if not today") },
		{ 0 },
	};
	struct cli_parser p = { "goal step", "add GOAL TEXT [--by DATE] | done GOAL N | undo GOAL N",
		N_("add a step to a goal, or tick one off"), opts,
		N_("Examples:\n"
		   "  waymark goal step add 1 \"Buy the ingredients\" --by \"in 3 days\"\n"
		   "  waymark goal step done 1 2\n"
		   "  waymark goal step undo 1 2     (not done after all)\n"), 0 };
	struct goal g;
	struct err err = ERR_INIT;
	struct wdate today = wtoday(), by = { 0, 0, 0 }, when = today;
	struct buf b = BUF_INIT;
	const char *arg, *verb, *by_s = NULL, *date = NULL;
	int key;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == OPT_BY)
			by_s = arg;
		else
			date = arg;
	}
	if (p.optind >= argc)
		die_usage(p.cmd, _("please say add, done or undo"));
	verb = argv[p.optind];
	if (strcmp(verb, "add") && strcmp(verb, "done") && strcmp(verb, "undo"))
		die_usage(p.cmd, _("'%s' is not a step command: try add, done or undo"), verb);
	if (p.optind + 3 != argc)
		die_usage(p.cmd, strcmp(verb, "add") ? _("please give the goal and the step's number")
						     : _("please give the goal and the step, in quotes"));
	if (by_s && wdate_parse_kind(by_s, today, &by, &err, _("planned date")))
		die_err(&err, 1);
	if (date && wdate_parse(date, &when, &err, "date"))
		die_err(&err, 1);
	if (wdate_cmp(when, today) > 0) {
		char d[11];
		wdate_format(when, d);
		die(2, _("%s has not come yet: a step can be done today or on a day before"), d);
	}
	find_or_die(wm, argv[p.optind + 1], &g);
	if (!strcmp(verb, "add")) {
		if (goal_add_step(&g, argv[p.optind + 2], by, &err))
			die_err(&err, 1);
		save_or_die(wm, &g, 1);
		buf_addf(&b, _("Added step %zu to goal %lld: %s"), g.nsteps, (long long)g.id,
			 g.steps[g.nsteps - 1].text);
		if (by.y) {
			buf_adds(&b, _(" (planned for "));
			goal_date_words(&b, by, today);
			buf_adds(&b, ")");
		}
		print_wrapped(b.data, "");
	} else {
		size_t n = step_number(&g, argv[p.optind + 2]);
		struct goal_step *s = &g.steps[n - 1];
		size_t done = 0;
		if (!strcmp(verb, "undo")) {
			if (!s->done.y) {
				printf(_("Step %zu of goal %lld is not ticked off, so nothing changed.\n"),
				       n, (long long)g.id);
				goto out;
			}
			s->done = (struct wdate){ 0, 0, 0 };
			save_or_die(wm, &g, 1);
			printf(_("Step %zu of goal %lld is back on your list.\n"), n, (long long)g.id);
			goto out;
		}
		if (s->done.y) {
			printf(_("Step %zu of goal %lld is already done. Well done.\n"), n, (long long)g.id);
			goto out;
		}
		s->done = when;
		save_or_die(wm, &g, 1);
		for (size_t i = 0; i < g.nsteps; i++)
			done += g.steps[i].done.y != 0;
		buf_addf(&b, _("Step %zu of goal %lld is done: %s"), n, (long long)g.id, s->text);
		print_wrapped(b.data, "");
		printf(P_("%zu of %zu step done.\n", "%zu of %zu steps done.\n", g.nsteps), done, g.nsteps);
		if (done == g.nsteps && g.state == GOAL_ACTIVE) {
			buf_reset(&b);
			buf_addf(&b, _("That was the last step. When the goal feels finished, 'waymark goal done %lld' marks it done."),
				 (long long)g.id);
			print_wrapped(b.data, "");
		}
	}
out:
	buf_release(&b);
	goal_release(&g);
	return 0;
}

static int cmd_ics(struct waymark *wm, int argc, char **argv)
{
	struct cli_parser p = { "goal ics", "FILE",
		N_("write your goals' deadlines and step dates to an iCalendar file (.ics),\n"
		   "which calendar apps can import"),
		NULL, N_("FILE can be - for standard output. The file holds your goals' words and is NOT\n"
			 "encrypted, even if your vault is: keep it somewhere private.\n"), 0 };
	struct buf out = BUF_INIT_SENSITIVE;
	struct err err = ERR_INIT;
	const char *arg, *file;
	size_t n = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		;
	if (p.optind != argc - 1)
		die_usage(p.cmd, _("please say which file to write, like goals.ics"));
	file = argv[p.optind];
	if (open_existing(wm))
		die(2, _("there are no goals yet; 'waymark goal new' sets your first"));
	if (goals_ics(wm, &out, &err))
		die_err(&err, 0);
	for (const char *s = out.data; (s = strstr(s, "BEGIN:VEVENT")); s++)
		n++;
	if (file_write_atomic(file, out.data, out.len, &err))
		die_err(&err, 0);
	if (strcmp(file, "-")) {
		printf(P_("Wrote %zu date to %s.\n", "Wrote %zu dates to %s.\n", n), n, file);
		printf("%s\n", _("It is not encrypted: keep it somewhere private."));
	}
	buf_release(&out);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct waymark *wm, int argc, char **argv);
} subcommands[] = { /* sorted by name */
	{ "done", cmd_done },
	{ "drop", cmd_drop },
	{ "edit", cmd_edit },
	{ "ics", cmd_ics },
	{ "list", cmd_list },
	{ "log", cmd_log },
	{ "new", cmd_new },
	{ "pause", cmd_pause },
	{ "reschedule", cmd_reschedule },
	{ "resume", cmd_resume },
	{ "show", cmd_show },
	{ "step", cmd_step },
};

int goals_cmd(struct waymark *wm, int argc, char **argv)
{
	if (argc >= 2 && argv[1][0] != '-') {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name))
				return subcommands[i].fn(wm, argc - 1, argv + 1);
		die_usage("goal", _("'%s' is not a goal command: try new, list, show, log or done"), argv[1]);
	}
	if (argc >= 2 && !strcmp(argv[1], "--help")) {
		struct cli_parser p = { "goal", "[new|list|show|log|done|...] ...",
			N_("set goals the SMART way, follow them step by step, and celebrate them"), NULL,
			N_("Commands:\n"
			   "  new [options]                  a new goal: asks the plan's questions\n"
			   "  list [--json]                  your goals (the default)\n"
			   "  show GOAL [--json]             one goal's plan and progress\n"
			   "  log GOAL [--note T] [--date D] count progress towards its target\n"
			   "  step add|done|undo GOAL ...    add a step, or tick one off\n"
			   "  done GOAL                      mark it done, and celebrate\n"
			   "  reschedule GOAL DATE           a new deadline, no penalty\n"
			   "  pause|resume|drop GOAL         put it aside, pick it up, or let it go\n"
			   "  edit GOAL [options]            change the plan\n"
			   "  ics FILE                       deadlines and step dates for a calendar\n"
			   "GOAL is a goal's number, or words from its title.\n"), 0 };
		cli_help(&p, stdout);
		return 0;
	}
	return cmd_list(wm, argc, argv);
}

/* ---- waymark due ---- */

/* The title, cut to about max characters at a character boundary. */
static void short_title(struct buf *b, const char *title, size_t max)
{
	size_t chars = 0;
	const char *p = title;

	for (; *p && chars < max; p++)
		if (((unsigned char)*p & 0xc0) != 0x80)
			chars++;
	while (*p && ((unsigned char)*p & 0xc0) == 0x80)
		p++;
	buf_add(b, title, (size_t)(p - title));
	if (*p)
		buf_adds(b, cli_utf8() ? "\u2026" : "...");
}

static void due_line(const struct goal_due *d, struct wdate today)
{
	struct buf b = BUF_INIT;

	buf_adds(&b, "  - ");
	switch (d->kind) {
	case GOAL_DUE_STEP:
		short_title(&b, d->text, 50);
		buf_addf(&b, _(" (step %zu of goal %lld)"), d->step, (long long)d->goal_id);
		goal_due_when_words(&b, d, today);
		break;
	case GOAL_DUE_TARGET:
		short_title(&b, d->title, 50);
		buf_addf(&b, _(" (goal %lld): "), (long long)d->goal_id);
		goal_count_words(&b, d->count, d->target, d->what);
		buf_addf(&b, " %s", goal_this_period_words(d->per));
		buf_adds(&b, _(" so far"));
		if (d->per == GOAL_PER_MONTH) {
			buf_adds(&b, _(", to "));
			goal_date_words(&b, d->date, today);
		}
		break;
	case GOAL_DUE_PASSED:
		short_title(&b, d->title, 50);
		buf_addf(&b, _(" (goal %lld): the deadline was "), (long long)d->goal_id);
		goal_date_words(&b, d->date, today);
		buf_addf(&b, _("; 'waymark goal reschedule %lld DATE'"), (long long)d->goal_id);
		break;
	default:
		short_title(&b, d->title, 50);
		buf_addf(&b, _(" (goal %lld): deadline "), (long long)d->goal_id);
		if (d->today)
			buf_adds(&b, _("today"));
		else
			goal_date_words(&b, d->date, today);
		break;
	}
	printf("%s\n", b.data);
	buf_release(&b);
}

static json_t *due_to_json(const struct goal_due *d)
{
	static const char *const kinds[] = { "deadline", "passed", "step", "target" };
	json_t *o = json_object();
	char day[11];

	json_object_set_new(o, "kind", json_string(kinds[d->kind]));
	json_object_set_new(o, "today", json_boolean(d->today));
	json_object_set_new(o, "goal", json_integer(d->goal_id));
	json_object_set_new(o, "title", json_string(d->title));
	wdate_format(d->date, day);
	json_object_set_new(o, "date", json_string(day));
	if (d->kind == GOAL_DUE_STEP) {
		json_object_set_new(o, "step", json_integer((json_int_t)d->step));
		json_object_set_new(o, "text", json_string(d->text));
	}
	if (d->kind == GOAL_DUE_TARGET) {
		json_object_set_new(o, "per", json_string(goal_period_name(d->per)));
		json_object_set_new(o, "count", json_integer(d->count));
		json_object_set_new(o, "target", json_integer(d->target));
		if (d->what)
			json_object_set_new(o, "what", json_string(d->what));
	}
	return o;
}

int goals_cmd_due(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "json", 0, OPT_JSON, NULL, N_("print them as a JSON array") },
		{ 0 },
	};
	struct cli_parser p = { "due", "[--json]",
		N_("what is due today and this week: deadlines, planned steps and targets\n"
		   "still open. Short enough for a login script; it always ends with exit 0"),
		opts, NULL, 0 };
	struct goal_due_list l;
	struct err err = ERR_INIT;
	struct wdate today = wtoday();
	struct buf b = BUF_INIT;
	const char *arg;
	int json = 0, head_today = 0, head_week = 0, head_passed = 0;

	while (cli_next(&p, argc, argv, &arg) != -1)
		json = 1;
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'due' understands"), argv[p.optind]);
	if (open_existing(wm)) {
		printf("%s\n", json ? "[]" : _("Nothing due today."));
		return 0;
	}
	if (goals_due(wm, today, &l, &err))
		die_err(&err, 0);
	if (json) {
		json_t *a = json_array();
		for (size_t i = 0; i < l.n; i++)
			json_array_append_new(a, due_to_json(&l.items[i]));
		print_json(a);
		goto out;
	}
	for (size_t i = 0; i < l.n; i++) {
		if (l.items[i].today && l.items[i].kind != GOAL_DUE_PASSED) {
			if (!head_today++) {
				wdate_long(&b, today);
				printf(_("Due today, %s:\n"), b.data);
			}
			due_line(&l.items[i], today);
		}
	}
	if (!head_today)
		printf("%s\n", _("Nothing due today."));
	for (size_t i = 0; i < l.n; i++) {
		if (!l.items[i].today) {
			if (!head_week++) {
				buf_reset(&b);
				wdate_long(&b, wdate_add_days(wdate_week_start(today), 6));
				printf(_("Later this week, to %s:\n"), b.data);
			}
			due_line(&l.items[i], today);
		}
	}
	for (size_t i = 0; i < l.n; i++) {
		if (l.items[i].kind == GOAL_DUE_PASSED) {
			if (!head_passed++)
				printf("%s\n", _("Deadlines that have passed (pick a new date when you are ready):"));
			due_line(&l.items[i], today);
		}
	}
out:
	buf_release(&b);
	goal_due_list_release(&l);
	return 0;
}

/* ---- waymark test-ics ---- */

int goals_cmd_test_ics(struct waymark *wm, int argc, char **argv)
{
	struct buf text = BUF_INIT;
	struct err err = ERR_INIT;
	icalcomponent *cal, *ev;
	int n = 0, rc = 0;

	(void)wm;
	if (argc != 2)
		die_usage("test-ics", "please give one file, or - for standard input");
	if (goals_ical_load(&err) || file_read_all(argv[1], 16u << 20, &text, &err))
		die_err(&err, 0);
	cal = icalparser_parse_string(text.data);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		fprintf(stderr, "test-ics: not one VCALENDAR\n");
		if (cal)
			icalcomponent_free(cal);
		buf_release(&text);
		return 1;
	}
	if (icalcomponent_count_errors(cal)) {
		fprintf(stderr, "test-ics: libical found %d problems\n", icalcomponent_count_errors(cal));
		rc = 1;
	}
	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		n++;
	printf("calendar: %d events\n", n);
	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		struct icaltimetype t = icalcomponent_get_dtstart(ev);
		const char *summary = icalcomponent_get_summary(ev);
		printf("%04d-%02d-%02d %s\n", t.year, t.month, t.day, summary ? summary : "");
	}
	icalcomponent_free(cal);
	buf_release(&text);
	return rc;
}
