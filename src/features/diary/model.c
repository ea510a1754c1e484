/* SPDX-License-Identifier: MIT */
/*
 * model.c: the check-in's rules and its JSON form (see diary.h). No I/O:
 * the CLI, the web pages and import all come through here, so a check-in is
 * checked the same way however it arrives.
 */
#include <ctype.h>
#include <math.h>

#include "core/buf.h"
#include "core/crisis.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "diary.h"

static const char *const mood_words[11] = {
	N_("as low as it gets"), N_("very low"), N_("low"), N_("quite low"),
	N_("a bit low"), N_("okay"), N_("fairly good"), N_("good"),
	N_("very good"), N_("great"), N_("as good as it gets"),
};

static const char *const quality_words[6] = {
	"", N_("very poorly"), N_("poorly"), N_("okay"), N_("well"), N_("very well"),
};

static const struct {
	const char *name, *words;
} helped_names[HELPED__MAX] = {
	[HELPED_UNSAID] = { NULL, "" },
	[HELPED_A_LOT] = { "a-lot", N_("a lot") },
	[HELPED_A_LITTLE] = { "a-little", N_("a little") },
	[HELPED_NOT_AT_ALL] = { "not-at-all", N_("not at all") },
};

void checkin_init(struct checkin *c)
{
	memset(c, 0, sizeof(*c));
	c->mood = -1;
	c->bed = -1;
	c->wake = -1;
}

void checkin_release(struct checkin *c)
{
	free(c->before);
	free(c->coped);
	free(c->note);
	free(c->win);
	text_free_list(c->with, c->nwith);
	text_free_list(c->tags, c->ntags);
	text_free_list(c->done, c->ndone);
	free(c->values);
	checkin_init(c);
}

const char *diary_mood_word(int mood)
{
	if (mood < 0 || mood > 10)
		return "";
	return _(mood_words[mood]);
}

const char *diary_quality_word(int quality)
{
	if (quality < 1 || quality > 5)
		return "";
	return _(quality_words[quality]);
}

const char *diary_helped_name(enum diary_helped h)
{
	return h > HELPED_UNSAID && h < HELPED__MAX ? helped_names[h].name : NULL;
}

const char *diary_helped_words(enum diary_helped h)
{
	return h > HELPED_UNSAID && h < HELPED__MAX ? _(helped_names[h].words) : "";
}

int diary_parse_mood(const char *s, int *out, struct err *err)
{
	switch (text_parse_int(s, 0, 10, out)) {
	case 0:
		return 0;
	case -2:
		return err_input(err, "mood",
			_("mood goes from 0 (as low as it gets) to 10 (as good as it gets), so '%s' is below the scale"), s);
	case -3:
		return err_input(err, "mood",
			_("mood goes from 0 (as low as it gets) to 10 (as good as it gets), so '%s' is above the scale"), s);
	default:
		return err_input(err, "mood",
			_("mood needs to be a whole number from 0 (as low as it gets) to 10 (as good as it gets); '%s' is not one"), s);
	}
}

int diary_parse_quality(const char *s, int *out, struct err *err)
{
	if (text_parse_int(s, 1, 5, out))
		return err_input(err, "quality",
			_("sleep quality needs to be a whole number from 1 (very poorly) to 5 (very well); '%s' is not one"), s);
	return 0;
}

int diary_parse_helped(const char *s, enum diary_helped *out, struct err *err)
{
	static const struct {
		const char *say;
		enum diary_helped h;
	} words[] = {
		{ "a-lot", HELPED_A_LOT }, { "alot", HELPED_A_LOT }, { "lot", HELPED_A_LOT },
		{ "lots", HELPED_A_LOT }, { "a-little", HELPED_A_LITTLE },
		{ "little", HELPED_A_LITTLE }, { "a-bit", HELPED_A_LITTLE },
		{ "bit", HELPED_A_LITTLE }, { "not-at-all", HELPED_NOT_AT_ALL },
		{ "not", HELPED_NOT_AT_ALL }, { "no", HELPED_NOT_AT_ALL },
		{ "not-really", HELPED_NOT_AT_ALL },
	};
	char *t = text_trimmed(s);
	char *low = text_lower(t);

	free(t);
	for (char *p = low; *p; p++)
		if (*p == ' ' || *p == '_')
			*p = '-';
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		if (!strcmp(low, words[i].say)) {
			*out = words[i].h;
			free(low);
			return 0;
		}
	}
	free(low);
	return err_input(err, "helped",
		_("whether it helped can be 'a lot', 'a little' or 'not at all'; '%s' is not one of those"), s);
}

static int is_alone_word(const char *s)
{
	static const char *const alone[] = {
		"alone", "on my own", "by myself", "myself", "no one", "noone",
		"nobody", "just me", "me",
	};
	for (size_t i = 0; i < ARRAY_SIZE(alone); i++)
		if (text_eq_fold(s, alone[i]))
			return 1;
	return 0;
}

int diary_parse_with(struct checkin *c, const char *s, struct err *err)
{
	char **names = NULL;
	size_t n = 0;

	text_split(s, ',', &names, &n);
	if (n == 1 && is_alone_word(names[0])) {
		text_free_list(names, n);
		text_free_list(c->with, c->nwith);
		c->with = NULL;
		c->nwith = 0;
		c->alone = 1;
		return 0;
	}
	if (n > DIARY_WITH_MAX) {
		text_free_list(names, n);
		return err_input(err, "with", _("that is more than %d names; please list up to %d"),
				 DIARY_WITH_MAX, DIARY_WITH_MAX);
	}
	for (size_t i = 0; i < n; i++) {
		if (!text_valid(names[i], 0) || text_chars(names[i]) > DIARY_NAME_MAX ||
		    is_alone_word(names[i])) {
			err_input(err, "with", is_alone_word(names[i])
				  ? _("say either 'alone' or who you were with, not both")
				  : _("each name can be up to 80 characters of ordinary text"));
			text_free_list(names, n);
			return -1;
		}
	}
	text_free_list(c->with, c->nwith);
	c->with = names;
	c->nwith = n;
	c->alone = 0;
	return 0;
}

/* Adds one tag as typed (normalised by the one tag rule, shared with the
 * plan's triggers), unless c already has it. */
static int add_tag(struct checkin *c, const char *typed, struct err *err)
{
	char *tag;

	if (text_tag(typed, &tag, "tags", err))
		return -1;
	if (!tag)
		return 0;
	for (size_t j = 0; j < c->ntags; j++) {
		if (!strcmp(c->tags[j], tag)) {
			free(tag);
			return 0;
		}
	}
	if (c->ntags >= DIARY_TAGS_MAX) {
		free(tag);
		return err_input(err, "tags", _("a check-in can have up to %d tags"), DIARY_TAGS_MAX);
	}
	c->tags = xrealloc(c->tags, (c->ntags + 1) * sizeof(*c->tags));
	c->tags[c->ntags++] = tag;
	return 0;
}

int diary_parse_tags(struct checkin *c, const char *s, struct err *err)
{
	char **items = NULL;
	size_t n = 0;
	int r = 0;

	text_split(s, ',', &items, &n);
	for (size_t i = 0; i < n && !r; i++)
		r = add_tag(c, items[i], err);
	text_free_list(items, n);
	return r;
}

/* s folded for the done list into a new string, or NULL if nothing is
 * left; -1 with err set for text that cannot be an item. */
static int fold_done(const char *s, char **out, struct err *err)
{
	struct buf b = BUF_INIT;

	*out = NULL;
	text_fold_spaces(&b, s);
	if (!text_valid(b.data, 0) || text_chars(b.data) > DIARY_DONE_ITEM_MAX) {
		buf_release(&b);
		return err_input(err, "done",
			_("a thing done can be one line of up to %d characters of ordinary text"),
			DIARY_DONE_ITEM_MAX);
	}
	if (b.len)
		*out = buf_detach(&b, NULL);
	buf_release(&b);
	return 0;
}

int diary_parse_done(struct checkin *c, const char *s, struct err *err)
{
	char *item;

	if (fold_done(s, &item, err))
		return -1;
	if (!item)
		return 0;
	for (size_t i = 0; i < c->ndone; i++) {
		if (!strcmp(c->done[i], item)) {
			free(item);
			return 0;
		}
	}
	if (c->ndone >= DIARY_DONE_MAX) {
		free(item);
		return err_input(err, "done", _("a check-in can hold up to %d things done"), DIARY_DONE_MAX);
	}
	c->done = xrealloc(c->done, (c->ndone + 1) * sizeof(*c->done));
	c->done[c->ndone++] = item;
	return 0;
}

int diary_done_eq(const char *a, const char *b)
{
	struct buf x = BUF_INIT, y = BUF_INIT;
	int same;

	text_fold_spaces(&x, a);
	text_fold_spaces(&y, b);
	same = !strcmp(x.data, y.data);
	buf_release(&x);
	buf_release(&y);
	return same;
}

int diary_set_text(char **field, const char *name, const char *s, size_t max,
		   struct err *err)
{
	struct buf label = BUF_INIT;
	int r;

	buf_addf(&label, "the %s", name);
	r = text_set_field(field, s, max, !strcmp(name, "note"), name, label.data, err);
	buf_release(&label);
	return r;
}

int checkin_validate(const struct checkin *c, struct err *err)
{
	struct wlocal now;

	if (c->mood < -1 || c->mood > 10)
		return err_input(err, "mood", _("mood goes from 0 to 10"));
	if ((c->bed < 0) != (c->wake < 0))
		return err_input(err, "slept", _("sleep needs both a bed time and a wake time"));
	if (c->bed >= 24 * 60 || c->wake >= 24 * 60)
		return err_input(err, "slept", _("sleep times need to be on the clock: 00:00 to 23:59"));
	if (c->quality < 0 || c->quality > 5)
		return err_input(err, "quality", _("sleep quality goes from 1 to 5"));
	if (c->helped != HELPED_UNSAID && !c->coped)
		return err_input(err, "coped", _("you said how much it helped: please also say what you did to cope"));
	if (c->alone && c->nwith)
		return err_input(err, "with", _("say either 'alone' or who you were with, not both"));
	if (c->mood < 0 && c->bed < 0 && !c->quality && !c->before && !c->alone &&
	    !c->nwith && !c->coped && !c->ntags && !c->note && !c->win && !c->nvalues &&
	    !c->ndone)
		return err_input(err, "mood", _("there is nothing to save yet: give at least a mood, a note or one other answer"));
	if (!wdate_valid(c->when.date.y, c->when.date.m, c->when.date.d))
		return err_input(err, "date", _("the check-in needs a real date"));
	if (c->when.minute < 0 || c->when.minute >= 24 * 60)
		return err_input(err, "time", _("the check-in needs a time from 00:00 to 23:59"));
	wlocal_from_time(wnow(), &now);
	if (wdate_cmp(c->when.date, now.date) > 0) {
		char d[11];
		wdate_format(c->when.date, d);
		return err_input(err, "date", _("%s is in the future: a check-in can be for today or any day before"), d);
	}
	return 0;
}

int checkin_is_crisis(const struct checkin *c)
{
	const char *texts[] = { c->before, c->coped, c->note, c->win };

	if (c->mood == 0)
		return 1;
	for (size_t i = 0; i < ARRAY_SIZE(texts); i++)
		if (texts[i] && crisis_text_matches(texts[i]))
			return 1;
	for (size_t i = 0; i < c->ntags; i++)
		if (crisis_text_matches(c->tags[i]))
			return 1;
	return 0;
}

int checkin_sleep_minutes(const struct checkin *c)
{
	if (c->bed < 0 || c->wake < 0)
		return -1;
	return wslept_minutes(c->bed, c->wake);
}

int checkin_matches(const struct checkin *c, char *const *words, size_t nwords)
{
	for (size_t w = 0; w < nwords; w++) {
		const char *texts[] = { c->before, c->coped, c->note, c->win };
		int hit = 0;
		for (size_t i = 0; i < ARRAY_SIZE(texts) && !hit; i++)
			hit = texts[i] && text_contains_fold(texts[i], words[w]);
		for (size_t i = 0; i < c->ntags && !hit; i++)
			hit = text_contains_fold(c->tags[i], words[w]);
		for (size_t i = 0; i < c->nwith && !hit; i++)
			hit = text_contains_fold(c->with[i], words[w]);
		for (size_t i = 0; i < c->ndone && !hit; i++)
			hit = text_contains_fold(c->done[i], words[w]);
		if (!hit)
			return 0;
	}
	return 1;
}

static json_t *string_list(char **items, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(items[i]));
	return a;
}

json_t *checkin_to_data(const struct checkin *c)
{
	json_t *o = json_object();
	char t[6];

	if (c->mood >= 0)
		json_object_set_new(o, "mood", json_integer(c->mood));
	if (c->bed >= 0 || c->quality) {
		json_t *s = json_object();
		if (c->bed >= 0) {
			wclock_format(c->bed, t);
			json_object_set_new(s, "bed", json_string(t));
			wclock_format(c->wake, t);
			json_object_set_new(s, "wake", json_string(t));
		}
		if (c->quality)
			json_object_set_new(s, "quality", json_integer(c->quality));
		json_object_set_new(o, "sleep", s);
	}
	if (c->before)
		json_object_set_new(o, "before", json_string(c->before));
	if (c->alone)
		json_object_set_new(o, "alone", json_true());
	if (c->nwith)
		json_object_set_new(o, "with", string_list(c->with, c->nwith));
	if (c->coped)
		json_object_set_new(o, "coped", json_string(c->coped));
	if (c->helped != HELPED_UNSAID)
		json_object_set_new(o, "helped", json_string(diary_helped_name(c->helped)));
	if (c->ntags)
		json_object_set_new(o, "tags", string_list(c->tags, c->ntags));
	if (c->note)
		json_object_set_new(o, "note", json_string(c->note));
	if (c->win)
		json_object_set_new(o, "win", json_string(c->win));
	if (c->ndone)
		json_object_set_new(o, "done", string_list(c->done, c->ndone));
	if (c->for_appointment)
		json_object_set_new(o, "for_appointment", json_true());
	if (c->nvalues) {
		json_t *track = json_object();
		for (size_t i = 0; i < c->nvalues; i++)
			json_object_set_new(track, c->values[i].key, json_integer(c->values[i].value));
		json_object_set_new(o, "track", track);
	}
	return o;
}

/* Joins a JSON array of strings with commas for the list parsers, or fails
 * if it is not an array of strings without commas. */
static int list_text(json_t *a, const char *field, struct buf *out, struct err *err)
{
	size_t i;
	json_t *v;

	if (!json_is_array(a))
		return err_input(err, field, "'%s' must be a list of words", field);
	json_array_foreach(a, i, v) {
		const char *s = json_string_value(v);
		if (!s || strchr(s, ','))
			return err_input(err, field, "'%s' must be a list of words without commas", field);
		if (i)
			buf_addch(out, ',');
		buf_adds(out, s);
	}
	return 0;
}

static int text_member(json_t *v, char **field, const char *name, size_t max,
		       struct err *err)
{
	if (!json_is_string(v))
		return err_input(err, name, "'%s' must be text", name);
	return diary_set_text(field, name, json_string_value(v), max, err);
}

int checkin_from_data(json_t *data, struct checkin *c, struct err *err)
{
	const char *key;
	json_t *v;
	struct buf tmp = BUF_INIT;
	int r = 0;

	if (!json_is_object(data))
		return err_input(err, NULL, "a check-in must be a JSON object");
	json_object_foreach(data, key, v) {
		buf_reset(&tmp);
		if (!strcmp(key, "mood")) {
			if (!json_is_integer(v) || json_integer_value(v) < 0 ||
			    json_integer_value(v) > 10)
				r = err_input(err, "mood", "'mood' must be a whole number from 0 to 10");
			else
				c->mood = (int)json_integer_value(v);
		} else if (!strcmp(key, "sleep")) {
			const char *k2;
			json_t *v2;
			if (!json_is_object(v)) {
				r = err_input(err, "slept", "'sleep' must be an object");
				break;
			}
			json_object_foreach(v, k2, v2) {
				if (!strcmp(k2, "bed") || !strcmp(k2, "wake")) {
					int *dst = k2[0] == 'b' ? &c->bed : &c->wake;
					r = json_is_string(v2)
						? wclock_parse(json_string_value(v2), dst, err, "slept")
						: err_input(err, "slept", "sleep times must be text like \"23:30\"");
				} else if (!strcmp(k2, "quality")) {
					if (!json_is_integer(v2) || json_integer_value(v2) < 1 ||
					    json_integer_value(v2) > 5)
						r = err_input(err, "quality", "'quality' must be a whole number from 1 to 5");
					else
						c->quality = (int)json_integer_value(v2);
				} else {
					r = err_input(err, "slept", "unknown field 'sleep.%s'", k2);
				}
				if (r)
					break;
			}
		} else if (!strcmp(key, "before")) {
			r = text_member(v, &c->before, "before", DIARY_TEXT_MAX, err);
		} else if (!strcmp(key, "coped")) {
			r = text_member(v, &c->coped, "coped", DIARY_TEXT_MAX, err);
		} else if (!strcmp(key, "note")) {
			r = text_member(v, &c->note, "note", DIARY_NOTE_MAX, err);
		} else if (!strcmp(key, "win")) {
			r = text_member(v, &c->win, "win", DIARY_TEXT_MAX, err);
		} else if (!strcmp(key, "alone")) {
			if (!json_is_boolean(v))
				r = err_input(err, "with", "'alone' must be true or false");
			else
				c->alone = json_is_true(v);
		} else if (!strcmp(key, "with")) {
			int alone = c->alone;
			r = list_text(v, "with", &tmp, err);
			if (!r && tmp.len)
				r = diary_parse_with(c, tmp.data, err);
			if (!r && c->alone && !alone)
				r = err_input(err, "with", "'with' holds names; use \"alone\": true for being on your own");
			c->alone = alone || c->alone;
		} else if (!strcmp(key, "tags")) {
			size_t i;
			json_t *tv;
			if (!json_is_array(v)) {
				r = err_input(err, "tags", "'tags' must be a list of words");
				break;
			}
			json_array_foreach(v, i, tv) {
				const char *ts = json_string_value(tv);
				if (!ts || strchr(ts, ','))
					r = err_input(err, "tags", "'tags' must be a list of words without commas");
				else
					r = add_tag(c, ts, err);
				if (r)
					break;
			}
		} else if (!strcmp(key, "done")) {
			size_t i;
			json_t *item;
			if (!json_is_array(v)) {
				r = err_input(err, "done", "'done' must be a list of text");
				break;
			}
			json_array_foreach(v, i, item) {
				r = json_is_string(item)
					? diary_parse_done(c, json_string_value(item), err)
					: err_input(err, "done", "'done' must be a list of text");
				if (r)
					break;
			}
		} else if (!strcmp(key, "track")) {
			const char *k2;
			json_t *v2;
			if (!json_is_object(v)) {
				r = err_input(err, "track", "'track' must be an object of tracker values");
				break;
			}
			json_object_foreach(v, k2, v2) {
				size_t n = strlen(k2);
				int ok = n >= 1 && n <= TRACKER_KEY_MAX;
				for (size_t i = 0; i < n && ok; i++)
					ok = islower((unsigned char)k2[i]) || isdigit((unsigned char)k2[i]) || k2[i] == '-';
				if (!ok || !json_is_integer(v2) || json_integer_value(v2) < -1000 ||
				    json_integer_value(v2) > TRACKER_COUNT_MAX) {
					r = err_input(err, "track", "'track' holds tracker keys with whole-number values");
					break;
				}
				checkin_set_value(c, k2, (int)json_integer_value(v2));
			}
		} else if (!strcmp(key, "for_appointment")) {
			if (!json_is_boolean(v))
				r = err_input(err, "for_appointment", "'for_appointment' must be true or false");
			else
				c->for_appointment = json_is_true(v);
		} else if (!strcmp(key, "helped")) {
			r = json_is_string(v)
				? diary_parse_helped(json_string_value(v), &c->helped, err)
				: err_input(err, "helped", "'helped' must be \"a-lot\", \"a-little\" or \"not-at-all\"");
		} else {
			r = err_input(err, NULL, "unknown field '%s' in a check-in", key);
		}
		if (r)
			break;
	}
	buf_release(&tmp);
	return r;
}

json_t *diary_normalise_data(json_t *data, struct err *err)
{
	struct checkin c;
	json_t *out = NULL;

	checkin_init(&c);
	if (!checkin_from_data(data, &c, err))
		out = checkin_to_data(&c);
	checkin_release(&c);
	return out;
}

json_t *checkin_to_json(const struct checkin *c)
{
	json_t *o = json_object(), *data = checkin_to_data(c);
	char day[11], t[6], off[7], stamp[21];
	int mins = checkin_sleep_minutes(c);

	/* the entry's identity first, then what the person wrote */
	json_object_set_new(o, "id", json_integer(c->id));
	json_object_set_new(o, "uid", json_string(c->uid));
	wdate_format(c->when.date, day);
	json_object_set_new(o, "date", json_string(day));
	wclock_format(c->when.minute, t);
	json_object_set_new(o, "time", json_string(t));
	woffset_format(c->when.utc_offset, off);
	json_object_set_new(o, "utc_offset", json_string(off));
	wutc_format(c->created, stamp);
	json_object_set_new(o, "created", json_string(stamp));
	wutc_format(c->updated, stamp);
	json_object_set_new(o, "updated", json_string(stamp));
	json_object_update(o, data);
	json_decref(data);
	if (c->mood >= 0)
		json_object_set_new(o, "mood_words", json_string(diary_mood_word(c->mood)));
	if (mins >= 0)
		json_object_set_new(json_object_get(o, "sleep"), "minutes", json_integer(mins));
	return o;
}

void checkin_list_release(struct checkin_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		checkin_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void diary_daily_mood(const struct checkin_list *l, struct wdate first, int ndays,
		      double *mean, int *count, double *avg7)
{
	int64_t start = wdate_to_days(first);
	double *sum = xcalloc((size_t)ndays, sizeof(double));

	for (int i = 0; i < ndays; i++)
		count[i] = 0;
	for (size_t i = 0; i < l->n; i++) {
		int64_t d = wdate_to_days(l->items[i].when.date) - start;
		if (d < 0 || d >= ndays || l->items[i].mood < 0)
			continue;
		sum[d] += l->items[i].mood;
		count[d]++;
	}
	for (int i = 0; i < ndays; i++)
		mean[i] = count[i] ? sum[i] / count[i] : NAN;
	for (int i = 0; i < ndays; i++) {
		double s = 0;
		int n = 0;
		for (int k = i - 6; k <= i; k++) {
			if (k >= 0 && count[k]) {
				s += mean[k];
				n++;
			}
		}
		avg7[i] = n ? s / n : NAN;
	}
	free(sum);
}

/* ---- what the web UI's form and JSON API send ---- */

int checkin_from_fields(const struct checkin_fields *f, struct checkin *c,
			struct err *err)
{
	struct wlocal now;
	struct wdate d;
	int minute, bed = -1, wake = -1;

	c->mood = -1;
	if (*f->mood && diary_parse_mood(f->mood, &c->mood, err))
		return -1;
	if (*f->bed || *f->wake) {
		struct buf range = BUF_INIT;
		int rc;
		if (!*f->bed || !*f->wake)
			return err_input(err, "slept", "%s",
				_("please give both the time you went to bed and the time you woke, or neither"));
		buf_addf(&range, "%s-%s", f->bed, f->wake);
		rc = wslept_parse(range.data, &bed, &wake, err);
		buf_release(&range);
		if (rc)
			return -1;
	}
	c->bed = bed;
	c->wake = wake;
	c->quality = 0;
	if (*f->quality && diary_parse_quality(f->quality, &c->quality, err))
		return -1;
	if (diary_set_text(&c->before, "before", f->before, DIARY_TEXT_MAX, err))
		return -1;
	c->alone = 0;
	text_free_list(c->with, c->nwith);
	c->with = NULL;
	c->nwith = 0;
	if (!strcmp(f->company, "alone")) {
		if (*f->with)
			return err_input(err, "with", "%s",
				_("you chose 'on my own' and also wrote names: please choose one"));
		c->alone = 1;
	} else if (*f->with) {
		if (diary_parse_with(c, f->with, err))
			return -1;
	} else if (!strcmp(f->company, "with")) {
		return err_input(err, "with", "%s",
			_("please say who you were with, or choose 'on my own'"));
	}
	if (diary_set_text(&c->coped, "coped", f->coped, DIARY_TEXT_MAX, err))
		return -1;
	c->helped = HELPED_UNSAID;
	if (*f->helped && diary_parse_helped(f->helped, &c->helped, err))
		return -1;
	text_free_list(c->tags, c->ntags);
	c->tags = NULL;
	c->ntags = 0;
	if (diary_parse_tags(c, f->tags, err) ||
	    diary_set_text(&c->note, "note", f->note, DIARY_NOTE_MAX, err) ||
	    diary_set_text(&c->win, "win", f->win, DIARY_TEXT_MAX, err))
		return -1;
	text_free_list(c->done, c->ndone);
	c->done = NULL;
	c->ndone = 0;
	for (size_t i = 0; i < f->ndone; i++)
		if (diary_parse_done(c, f->done[i], err))
			return -1;
	/* an empty day means today; an empty time means now, or midday for
	 * another day, as on the command line */
	wlocal_from_time(wnow(), &now);
	d = now.date;
	minute = now.minute;
	if (*f->date && wdate_parse(f->date, &d, err, "date"))
		return -1;
	if (!*f->time && wdate_cmp(d, now.date))
		minute = 12 * 60;
	if (*f->time && wclock_parse(f->time, &minute, err, "time"))
		return -1;
	wlocal_make(d, minute, &c->when);
	/* the active trackers; a retired one keeps whatever the entry had */
	for (size_t i = 0; i < f->defs->n; i++) {
		const struct tracker *t = &f->defs->items[i];
		int v;
		if (t->retired)
			continue;
		if (!*f->tvals[i]) {
			checkin_clear_value(c, t->key);
		} else if (tracker_parse_value(t, f->tvals[i], &v, err)) {
			snprintf(err->field, sizeof(err->field), "track-%s", t->key);
			return -1;
		} else {
			checkin_set_value(c, t->key, v);
		}
	}
	return checkin_validate(c, err);
}

int checkin_from_json_body(const char *text, size_t len, struct checkin *c,
			   int patch, struct err *err)
{
	static const char *const ignored[] = {
		"id", "uid", "created", "updated", "utc_offset", "mood_words",
	};
	json_error_t jerr;
	json_t *body = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	json_t *data, *v;
	const char *key, *date = NULL, *time = NULL;
	void *tmp;
	struct wdate d = c->when.date;
	int minute = c->when.minute, rc;

	if (!body) /* jansson says where and what: "'}' expected near end of file" */
		return err_input(err, NULL, "the body must be a JSON object (%s)", jerr.text);
	if (!json_is_object(body)) {
		json_decref(body);
		return err_input(err, NULL, "the body must be a JSON object, like {\"mood\": 6}");
	}
	for (size_t i = 0; i < ARRAY_SIZE(ignored); i++)
		json_object_del(body, ignored[i]);
	json_object_del(json_object_get(body, "sleep"), "minutes");
	if ((v = json_object_get(body, "date")) && !(date = json_string_value(v))) {
		json_decref(body);
		return err_input(err, "date", "'date' must be text like \"2026-03-14\"");
	}
	if ((v = json_object_get(body, "time")) && !(time = json_string_value(v))) {
		json_decref(body);
		return err_input(err, "time", "'time' must be text like \"09:30\"");
	}
	if ((date && wdate_parse(date, &d, err, "date")) ||
	    (time && wclock_parse(time, &minute, err, "time"))) {
		json_decref(body);
		return -1;
	}
	json_object_del(body, "date");
	json_object_del(body, "time");
	if (patch) {
		data = checkin_to_data(c);
		json_object_foreach_safe(body, tmp, key, v) {
			if (json_is_null(v))
				json_object_del(data, key);
			else
				json_object_set(data, key, v);
		}
	} else {
		data = json_incref(body);
	}
	{
		struct checkin fresh;
		checkin_init(&fresh);
		rc = checkin_from_data(data, &fresh, err);
		if (!rc) {
			fresh.id = c->id;
			memcpy(fresh.uid, c->uid, sizeof(fresh.uid));
			fresh.created = c->created;
			fresh.updated = c->updated;
			checkin_release(c);
			*c = fresh;
			wlocal_make(d, minute, &c->when);
		} else {
			checkin_release(&fresh);
		}
	}
	json_decref(data);
	json_decref(body);
	return rc;
}
