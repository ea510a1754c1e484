/* SPDX-License-Identifier: MIT */
/*
 * cmd.c: `waymark insights [--days N] [--json]`: the patterns in a
 * person's own diary, in plain words, with how many days stand behind
 * each and how sure it is. Never causal, never a prediction.
 */
#include <math.h>

#include <jansson.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "insights.h"
#include "vault/vault.h"

#define WIDTH 78

static void para(const char *first, const char *indent, const char *text)
{
	struct buf b = BUF_INIT;
	text_wrap(&b, text, WIDTH, first, indent);
	fputs(b.data, stdout);
	buf_release(&b);
}

/* "the week of Monday 2 March" for an ISO week. */
static void week_words(struct buf *out, const struct insight_week *w)
{
	struct wdate jan4 = { w->iso_year, 1, 4 };
	struct wdate monday = wdate_add_days(jan4, 1 - wdate_weekday(jan4) + 7 * (w->week - 1));
	buf_adds(out, _("the week of "));
	wdate_short(out, monday);
}

static void print_coping(const struct insights *in)
{
	printf("\n%s\n", in->coping_first ? _("Things you have done before when you needed to cope")
					  : _("Coping you have used"));
	if (in->coping_first)
		para("  ", "  ", _("Your latest mood was low. These are things you have tried, and how they went for you:"));
	if (!in->ncoping) {
		para("  ", "  ", _("No coping noted yet. When you check in, the question 'how did you cope?' builds this list."));
		return;
	}
	for (size_t i = 0; i < in->ncoping && i < 12; i++) {
		const struct insight_coping *k = &in->coping[i];
		struct buf b = BUF_INIT;
		buf_addf(&b, P_("%s: used once", "%s: used %d times", k->used), k->what, k->used);
		if (k->a_lot + k->a_little + k->not_at_all)
			buf_addf(&b, _("; helped a lot %d, a little %d, not at all %d"), k->a_lot,
				 k->a_little, k->not_at_all);
		if (!isnan(k->mood_at))
			buf_addf(&b, _(". Mood at the time %.1f"), k->mood_at);
		if (!isnan(k->mood_next))
			buf_addf(&b, _(", at your next check-in %.1f"), k->mood_next);
		buf_addch(&b, '.');
		para("  - ", "    ", b.data);
		buf_release(&b);
	}
}

static void print_text(const struct insights *in)
{
	struct buf b = BUF_INIT;
	size_t tested = 0;

	wdate_long(&b, in->from);
	buf_adds(&b, _(" to "));
	wdate_long(&b, in->to);
	printf(_("Insights from your diary, %s\n"), b.data);
	buf_reset(&b);
	buf_addf(&b, P_("%d check-in", "%d check-ins", in->entries), in->entries);
	buf_addf(&b, P_(", %d day with a mood.", ", %d days with a mood.", in->days_with_mood),
		 in->days_with_mood);
	para("", "", b.data);

	printf("\n%s\n", _("How you have been"));
	buf_reset(&b);
	if (isnan(in->avg30)) {
		buf_adds(&b, _("No moods in the last 30 days yet."));
	} else {
		if (!isnan(in->avg7))
			buf_addf(&b, _("Last 7 days: %.1f on average. "), in->avg7);
		buf_addf(&b, _("Last 30 days: %.1f."), in->avg30);
	}
	if (in->has_weeks) {
		buf_adds(&b, _(" Your best week was "));
		week_words(&b, &in->best);
		buf_addf(&b, _(" (%.1f, %d days)"), in->best.mood, in->best.days);
		buf_adds(&b, _("; your hardest was "));
		week_words(&b, &in->hardest);
		buf_addf(&b, _(" (%.1f, %d days)."), in->hardest.mood, in->hardest.days);
	}
	para("  ", "  ", b.data);

	if (in->coping_first)
		print_coping(in);

	printf("\n%s\n", _("What goes with your mood"));
	if (in->days_with_mood < INSIGHTS_MIN_DAYS) {
		buf_reset(&b);
		buf_addf(&b, _("Not enough entries yet: after %d days with a mood, Waymark can look for what tends to go with your better and harder days. You have %d."),
			 INSIGHTS_MIN_DAYS, in->days_with_mood);
		para("  ", "  ", b.data);
	} else {
		for (size_t i = 0; i < in->nfindings; i++) {
			tested++;
			if (!in->findings[i].shown)
				continue;
			buf_reset(&b);
			insights_finding_words(&in->findings[i], &b);
			buf_addch(&b, '.');
			if (in->findings[i].in_plan)
				buf_adds(&b, _(" This is in your plan."));
			para("  - ", "    ", b.data);
		}
		buf_reset(&b);
		if (!in->nshown)
			buf_addf(&b, _("No clear patterns yet: %zu things were compared, and none stood out beyond chance."),
				 tested);
		else
			buf_addf(&b, _("%zu of %zu things compared stood out."), in->nshown, tested);
		if (in->nthin)
			buf_addf(&b, P_(" %zu more has too few days to say.", " %zu more have too few days to say.",
					in->nthin), in->nthin);
		buf_adds(&b, _(" These are patterns in your own entries, not causes: a hard day can also lead to doing less."));
		para("  ", "  ", b.data);
	}

	if (!in->coping_first)
		print_coping(in);

	printf("\n%s\n", _("Sleep and mood"));
	if (!in->duration[0].n && !in->duration[1].n && !in->duration[2].n &&
	    !in->quality[0].n && !in->quality[1].n && !in->quality[2].n)
		para("  ", "  ", _("No sleep noted yet. When a check-in says when you went to bed and woke, and how well you slept, this shows how sleep and mood go together for you."));
	else for (int pass = 0; pass < 2; pass++) {
		for (int k = 0; k < 3; k++) {
			const struct insight_band *band = pass ? &in->quality[k] : &in->duration[k];
			buf_reset(&b);
			if (band->n >= INSIGHTS_MIN_EACH)
				buf_addf(&b, _("After %s: mood %.1f (%d days)"), _(band->label), band->mood, band->n);
			else
				buf_addf(&b, P_("After %s: not enough days yet (%d)", "After %s: not enough days yet (%d)",
						band->n), _(band->label), band->n);
			para("  ", "    ", b.data);
		}
	}
	buf_reset(&b);
	if (in->bed_n >= INSIGHTS_MIN_EACH) {
		char t[6];
		wclock_format(in->bed_mean, t);
		buf_addf(&b, _("Bedtimes in the last 30 days: usually about %s, give or take %.0f minutes (%d nights)."),
			 t, in->bed_sd, in->bed_n);
	}
	if (b.len)
		para("  ", "  ", b.data);
	buf_reset(&b);
	for (int w = 0; w < 8; w++)
		if (isnan(in->sleep_hours[w]))
			buf_adds(&b, " -");
		else
			buf_addf(&b, " %.1f", in->sleep_hours[w]);
	if (strspn(b.data, " -") != b.len) {
		struct buf line = BUF_INIT;
		buf_addf(&line, "%s%s", _("Hours slept, week by week (oldest first):"), b.data);
		para("  ", "  ", line.data);
		buf_release(&line);
	}

	if (in->nplan_tags) {
		printf("\n%s\n", _("From your plan"));
		for (size_t i = 0; i < in->nplan_tags; i++) {
			buf_reset(&b);
			buf_addf(&b, P_("%s (%s in your plan): logged once in the last 7 days.",
					"%s (%s in your plan): logged %d times in the last 7 days.",
					in->plan_tags[i].week),
				 in->plan_tags[i].tag,
				 in->plan_tags[i].warning ? _("an early warning sign") : _("a trigger"),
				 in->plan_tags[i].week);
			para("  - ", "    ", b.data);
		}
	}

	printf("\n%s\n", _("Your own pattern"));
	buf_reset(&b);
	if (!in->ew_ready)
		buf_adds(&b, _("Once there are a few more weeks of moods, Waymark can compare the last two weeks with your own usual."));
	else if (in->ew_signal)
		buf_addf(&b, _("Your mood over the last two weeks (about %.1f) has been lower than your own usual (about %.1f over the eight weeks before). This is your own pattern, not a prediction. It may be a good moment to look at what has helped before, or at your plan."),
			 in->ew_recent, in->ew_baseline);
	else
		buf_addf(&b, _("Your mood over the last two weeks is in line with your own usual (about %.1f)."),
			 in->ew_baseline);
	para("  ", "  ", b.data);
	if (in->ew_signal && in->new_actions) {
		para("  ", "  ", _("Your plan says that when you notice early warning signs, you will:"));
		for (size_t i = 0; i < in->new_actions; i++)
			para("  - ", "    ", in->ew_actions[i]);
	}
	buf_release(&b);
}

int insights_cmd(struct waymark *wm, int argc, char **argv)
{
	static const struct cli_option opts[] = {
		{ "days", 1, 'd', "N", N_("look at the last N days (default: all of your diary)") },
		{ "json", 0, 'j', NULL, N_("print everything as JSON") },
		{ 0 },
	};
	struct cli_parser p = { "insights", "[--days N] [--json]",
		N_("what your own diary shows: what tends to go with better and harder days,\n"
		   "coping that helped before, sleep and mood, and your own pattern"),
		opts, N_("The methods are in docs/insights.md. Findings are patterns, not causes.\n"), 0 };
	struct insights in;
	struct err err = ERR_INIT;
	const char *arg;
	int key, days = 0, json = 0;

	while ((key = cli_next(&p, argc, argv, &arg)) != -1) {
		if (key == 'd')
			days = (int)cli_parse_long("--days", arg, 7, 36500);
		else
			json = 1;
	}
	if (p.optind < argc)
		die_usage(p.cmd, _("'%s' is not something 'insights' understands"), argv[p.optind]);
	if (insights_gather(wm, days, &in, &err))
		die_err(&err, 0);
	if (json) {
		json_t *o = insights_to_json(&in);
		char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		printf("%s\n", text);
		vault_free_secret(text);
		json_decref(o);
	} else {
		pager_start();
		print_text(&in);
	}
	insights_release(&in);
	return 0;
}
