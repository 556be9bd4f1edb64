/*
 * The temporal tagger: a tokenizer, a hand-written grammar over tokens
 * (the longest expression starting at each token wins, as in HeidelTime's
 * rule sets), and the calendar arithmetic that turns an expression into
 * a TIMEX3 value relative to the anchor.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"
#include "timex.h"
#include "utf8.h"

extern const char data_timex_months[];
extern const size_t data_timex_months_len;
extern const char data_timex_weekdays[];
extern const size_t data_timex_weekdays_len;
extern const char data_timex_units[];
extern const size_t data_timex_units_len;
extern const char data_timex_numbers[];
extern const size_t data_timex_numbers_len;
extern const char data_timex_mods[];
extern const size_t data_timex_mods_len;
extern const char data_timex_holidays[];
extern const size_t data_timex_holidays_len;
extern const char data_timex_refs[];
extern const size_t data_timex_refs_len;
extern const char data_timex_dayparts[];
extern const size_t data_timex_dayparts_len;
extern const char data_timex_seasons[];
extern const size_t data_timex_seasons_len;
extern const char data_timex_tense[];
extern const size_t data_timex_tense_len;
extern const char data_timex_zones[];
extern const size_t data_timex_zones_len;

/* ---------------------------------------------------------------- */
/* Calendar arithmetic. */

int
timex_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
timex_month_len(int y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return len[m - 1] + (m == 2 && timex_leap(y));
}

/* Howard Hinnant's days_from_civil. */
long
timex_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
timex_civil(long n, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	n += 719468;
	era = (n >= 0 ? n : n - 146096) / 146097;
	doe = n - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
timex_weekday(int y, int m, int d)
{
	long n = timex_days(y, m, d);	/* 1970-01-01 was a Thursday */
	long w = (n + 3) % 7;

	if (w < 0)
		w += 7;
	return (int)w + 1;
}

int
timex_iso_week(int y, int m, int d, int *wy)
{
	long n = timex_days(y, m, d);
	long thu = n - timex_weekday(y, m, d) + 4;	/* Thursday of the week */
	int ty, tm, td;

	timex_civil(thu, &ty, &tm, &td);
	*wy = ty;
	return (int)((thu - timex_days(ty, 1, 1)) / 7) + 1;
}

static const char *const season_code[5] = { "", "SP", "SU", "FA", "WI" };

/* Write n (0-9999) as four digits. */
static void
put4(char *p, int n)
{
	p[0] = (char)('0' + n / 1000 % 10);
	p[1] = (char)('0' + n / 100 % 10);
	p[2] = (char)('0' + n / 10 % 10);
	p[3] = (char)('0' + n % 10);
}

void
timex_format(const struct timex_date *t, char *out, size_t size)
{
	struct timex_date unknown_year;
	char ys[8];
	int wy, w;

	/* TIMEX3 years have four digits: past 9999 the year is unknown. */
	if (t->y > 9999) {
		unknown_year = *t;
		unknown_year.y = 0;
		t = &unknown_year;
	}
	/* the common cases without snprintf(): it dominated the profile */
	if (size >= 11 && t->y > 0 && t->y <= 9999 && (t->gran == TIMEX_G_YEAR ||
	    (t->gran == TIMEX_G_MONTH && t->m > 0) ||
	    (t->gran == TIMEX_G_DAY && t->m > 0 && t->d > 0))) {
		put4(out, t->y);
		out[4] = '\0';
		if (t->gran == TIMEX_G_YEAR)
			return;
		out[4] = '-';
		out[5] = (char)('0' + t->m / 10);
		out[6] = (char)('0' + t->m % 10);
		out[7] = '\0';
		if (t->gran == TIMEX_G_MONTH)
			return;
		out[7] = '-';
		out[8] = (char)('0' + t->d / 10);
		out[9] = (char)('0' + t->d % 10);
		out[10] = '\0';
		return;
	}

	if (t->y > 0)
		snprintf(ys, sizeof(ys), "%04d", t->y % 10000);
	else
		strcpy(ys, "XXXX");
	switch (t->gran) {
	case TIMEX_G_MILL:
		if (t->y > 0)
			snprintf(out, size, "%d", t->y / 1000);
		else
			snprintf(out, size, "X");
		break;
	case TIMEX_G_CENT:
		if (t->y > 0)
			snprintf(out, size, "%02d", t->y / 100);
		else
			snprintf(out, size, "XX");
		break;
	case TIMEX_G_DEC:
		if (t->y > 0)
			snprintf(out, size, "%03d", t->y / 10);
		else
			snprintf(out, size, "XXX");
		break;
	case TIMEX_G_YEAR:
		snprintf(out, size, "%s", ys);
		break;
	case TIMEX_G_HALF:
		if (t->m > 0)
			snprintf(out, size, "%s-H%d", ys, t->m <= 6 ? 1 : 2);
		else
			snprintf(out, size, "%s-HX", ys);
		break;
	case TIMEX_G_QUART:
		if (t->m > 0)
			snprintf(out, size, "%s-Q%d", ys, (t->m - 1) / 3 + 1);
		else
			snprintf(out, size, "%s-QX", ys);
		break;
	case TIMEX_G_SEAS:
		snprintf(out, size, "%s-%s", ys,
		    t->sub >= 1 && t->sub <= 4 ? season_code[t->sub] : "XX");
		break;
	case TIMEX_G_MONTH:
		if (t->m > 0)
			snprintf(out, size, "%s-%02d", ys, t->m);
		else
			snprintf(out, size, "%s-XX", ys);
		break;
	case TIMEX_G_WEEK:
		if (t->y > 0 && t->m > 0 && t->d > 0) {
			w = timex_iso_week(t->y, t->m, t->d, &wy);
			if (wy <= 9999)
				snprintf(out, size, "%04d-W%02d", wy, w);
			else
				snprintf(out, size, "XXXX-WXX");
		} else
			snprintf(out, size, "%s-WXX", ys);
		break;
	case TIMEX_G_DAY:
		if (t->m > 0 && t->d > 0)
			snprintf(out, size, "%s-%02d-%02d", ys, t->m, t->d);
		else if (t->m > 0)
			snprintf(out, size, "%s-%02d-XX", ys, t->m);
		else
			snprintf(out, size, "%s-XX-XX", ys);
		break;
	default:
		snprintf(out, size, "XXXX");
		break;
	}
}

/* ---------------------------------------------------------------- */
/* Lexicon: one hash table of every word and phrase the grammar knows. */

#define W_MONTH		0x0001
#define W_WDAY		0x0002
#define W_UNIT		0x0004
#define W_NUM		0x0008
#define W_ORD		0x0010
#define W_MOD		0x0020
#define W_HOL		0x0040
#define W_REF		0x0080
#define W_PART		0x0100
#define W_SEAS		0x0200
#define W_ZONE		0x0400
#define W_DECW		0x0800	/* "nineties" */
#define W_PFX		0x1000	/* first word of a multi-word key */
#define W_START		0x2000	/* may start an expression */
#define W_PWORD		0x4000	/* a word of a multi-word key */
#define W_FUT		0x8000	/* a cue of the future tense */
#define W_PAST		0x10000	/* a cue of the past tense */
#define W_TEMP		0x20000	/* a grammar word that is temporal itself */
#define W_CLOCK		0x40000	/* follows a number in a time or a set */
#define W_REPORT	0x80000	/* a reporting verb: "said" */
#define W_NOTENSE	0x100000 /* ends in -ed but tells no past: "succeed" */
#define W_BIZ		0x200000 /* a word of business results: "profit" */
#define W_SPORT		0x400000 /* a word of a match: "scored" */
#define W_SCHED		0x800000 /* a plain verb of a schedule: "open" */
#define W_NEEDT		0x1000000 /* needs the tense pass: "overnight" */
#define W_TO		0x2000000 /* "to", for "set to resume" */

/* Classes that make a timex on their own or with what follows. */
#define W_TIMEWORD	(W_MONTH | W_WDAY | W_UNIT | W_SEAS | W_PART | W_DECW | \
    W_HOL | W_REF | W_TEMP)

/* tense_word() of a reporting verb, a weaker cue of the past. */
#define TENSE_REPORT	(-2)
#define TENSE_MODAL	2	/* future only before the timex: "should" */
/* Classes that say little on their own (see worth_trying()). */
#define W_WEAK		(W_PFX | W_START | W_PWORD | W_FUT | W_PAST | W_REPORT | \
			 W_NOTENSE | W_BIZ | W_SPORT | W_SCHED)

/* Unit codes. */
enum { U_NONE, U_Y, U_M, U_W, U_D, U_H, U_MI, U_S, U_DE, U_CE, U_Q, U_WE,
    U_FN, U_ML };

/* Keys are short: the longest phrase in the data files has 24 bytes. */
#define TW_KEY	40

struct tword {
	char		 key[TW_KEY];	/* lower-case key, words joined by ' ' */
	size_t		 klen;		/* bytes of key */
	unsigned	 cls;		/* W_* classes */
	signed char	 month;		/* 1-12 */
	signed char	 wday;		/* 1-7 */
	signed char	 unit;		/* U_* */
	signed char	 plural;	/* unit, part or season is plural */
	signed char	 season;	/* 1-4 */
	signed char	 part;		/* index into part_code */
	int		 num;		/* cardinal value */
	int		 ord;		/* ordinal value (-1 "last") */
	int		 dec;		/* decade word: 90 for "nineties" */
	char		 mod[16];	/* W_MOD: TIMEX3 mod */
	char		 ref[24];	/* W_REF: "TYPE VALUE" */
	char		 hol[12];	/* W_HOL: date rule */
	char		 zone[4];	/* W_ZONE: offset */
};

struct timex {
	struct tword	*tab;		/* open addressing, empty key = free */
	uint32_t	*hash;		/* hash of each slot's key, kept apart
					   so that probing stays in the cache */
	size_t		 cap;		/* slots, a power of two */
};

/* Part-of-day codes; index 0 is none. */
static const char *const part_code[] = { "", "MO", "AF", "EV", "NI", "MI",
    "12", "24" };

static uint32_t
hashw(const char *s, size_t len)
{
	uint32_t h = 2166136261u;	/* FNV-1a */
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static const struct tword *tw_find(const struct timex *, const char *,
    size_t, uint32_t);

static const struct tword *
tw_get(const struct timex *tx, const char *key, size_t len)
{
	return tw_find(tx, key, len, hashw(key, len));
}

/* Look key up, given its hash h. */
static const struct tword *
tw_find(const struct timex *tx, const char *key, size_t len, uint32_t h)
{
	size_t i;

	if (len == 0 || len >= TW_KEY)
		return NULL;
	i = h & (tx->cap - 1);
	while (tx->hash[i] != 0) {
		if (tx->hash[i] == (h | 1) && tx->tab[i].klen == len &&
		    memcmp(tx->tab[i].key, key, len) == 0)
			return &tx->tab[i];
		i = (i + 1) & (tx->cap - 1);
	}
	return NULL;
}

static struct tword *
tw_put(struct timex *tx, const char *key, size_t len)
{
	size_t i = hashw(key, len) & (tx->cap - 1);

	while (tx->tab[i].klen != 0) {
		if (tx->tab[i].klen == len &&
		    memcmp(tx->tab[i].key, key, len) == 0)
			return &tx->tab[i];
		i = (i + 1) & (tx->cap - 1);
	}
	memcpy(tx->tab[i].key, key, len);
	tx->tab[i].key[len] = '\0';
	tx->tab[i].klen = len;
	tx->hash[i] = hashw(key, len) | 1;	/* never 0, the empty mark */
	return &tx->tab[i];
}

enum { F_MONTH, F_WDAY, F_UNIT, F_NUM, F_MOD, F_HOL, F_REF, F_PART, F_SEAS,
    F_ZONE, F_TENSE };

static void
copyval(char *dst, size_t size, const char *v, size_t vlen)
{
	if (vlen >= size)
		vlen = size - 1;
	memcpy(dst, v, vlen);
	dst[vlen] = '\0';
}

static int
unit_code(const char *v, size_t len)
{
	static const char *const name[] = { "", "Y", "M", "W", "D", "H", "MI",
	    "S", "DE", "CE", "Q", "WE", "FN", "ML" };
	size_t i;

	for (i = 1; i < sizeof(name) / sizeof(name[0]); i++)
		if (strlen(name[i]) == len && memcmp(name[i], v, len) == 0)
			return (int)i;
	return U_NONE;
}

static void
load_line(struct timex *tx, int kind, const char *k, size_t klen,
    const char *v, size_t vlen)
{
	struct tword *w;
	size_t sp, i;
	int plural = vlen > 2 && memcmp(v + vlen - 2, " s", 2) == 0;

	if (klen == 0 || klen >= TW_KEY)
		return;
	if (plural)
		vlen -= 2;
	/* every proper prefix of a phrase, word by word, and every word */
	for (sp = 0, i = 0; sp < klen; sp++) {
		if (k[sp] == '\'' && sp > 0)	/* "new year" of "new year's" */
			tw_put(tx, k, sp)->cls |= W_PFX;
		if (k[sp] == ' ') {
			tw_put(tx, k, sp)->cls |= W_PFX;
			tw_put(tx, k + i, sp - i)->cls |= W_PWORD;
			i = sp + 1;
		}
	}
	if (i > 0)
		tw_put(tx, k + i, klen - i)->cls |= W_PWORD;
	if (i > 0 && kind == F_MOD) {
		/* modifiers need a timex after them: their words say nothing */
		for (sp = 0, i = 0; sp <= klen; sp++)
			if (sp == klen || k[sp] == ' ') {
				w = tw_put(tx, k + i, sp - i);
				if (!(w->cls & ~(W_PWORD | W_PFX | W_MOD)))
					w->cls &= ~W_PWORD;
				i = sp + 1;
			}
	}
	w = tw_put(tx, k, klen);
	switch (kind) {
	case F_MONTH:
		w->cls |= W_MONTH;
		w->month = (signed char)atoi(v);
		break;
	case F_WDAY:
		w->cls |= W_WDAY;
		w->wday = (signed char)atoi(v);
		break;
	case F_UNIT:
		w->cls |= W_UNIT;
		w->unit = (signed char)unit_code(v, vlen);
		w->plural = (signed char)plural;
		break;
	case F_NUM:
		if (vlen > 0 && v[0] == 'o') {
			w->cls |= W_ORD;
			w->ord = atoi(v + 1);
		} else if (vlen > 0 && v[0] == 'd') {
			w->cls |= W_DECW;
			w->dec = atoi(v + 1);
		} else {
			w->cls |= W_NUM;
			w->num = atoi(v);
		}
		break;
	case F_MOD:
		w->cls |= W_MOD;
		copyval(w->mod, sizeof(w->mod), v, vlen);
		break;
	case F_HOL:
		w->cls |= W_HOL;
		copyval(w->hol, sizeof(w->hol), v, vlen);
		break;
	case F_REF:
		w->cls |= W_REF;
		copyval(w->ref, sizeof(w->ref), v, vlen);
		break;
	case F_PART:
		w->cls |= W_PART;
		w->plural = (signed char)plural;
		for (i = 1; i < sizeof(part_code) / sizeof(part_code[0]); i++)
			if (strlen(part_code[i]) == vlen &&
			    memcmp(part_code[i], v, vlen) == 0)
				w->part = (signed char)i;
		break;
	case F_SEAS:
		w->cls |= W_SEAS;
		w->plural = (signed char)plural;
		for (i = 1; i <= 4; i++)
			if (vlen == 2 && memcmp(season_code[i], v, 2) == 0)
				w->season = (signed char)i;
		break;
	case F_TENSE:
		w->cls |= vlen > 0 && v[0] == 'F' ? W_FUT : vlen > 0 &&
		    v[0] == 'R' ? W_REPORT : vlen > 0 && v[0] == 'N' ?
		    W_NOTENSE : vlen > 0 && v[0] == 'B' ? W_BIZ : vlen > 0 &&
		    v[0] == 'S' ? W_SPORT : vlen > 0 && v[0] == 'C' ? W_SCHED :
		    W_PAST;
		break;
	case F_ZONE:
		w->cls |= W_ZONE;
		copyval(w->zone, sizeof(w->zone), v, vlen);
		break;
	}
}

static void
load(struct timex *tx, int kind, const char *text, size_t len)
{
	size_t i = 0, e, tab;

	while (i < len) {
		for (e = i; e < len && text[e] != '\n'; e++)
			continue;
		if (e > i && text[i] != '#') {
			for (tab = i; tab < e && text[tab] != '\t'; tab++)
				continue;
			load_line(tx, kind, text + i, tab - i,
			    text + (tab < e ? tab + 1 : e),
			    tab < e ? e - tab - 1 : 0);
		}
		i = e + 1;
	}
}

/*
 * Grammar words that are in no data file but start expressions: the weak
 * ones need a timex word close behind, the temporal ones stand alone.
 */
static const char *const starters[] = { "a", "an", "the", "this", "that",
    "each", "every", "once", "twice", "several", "few", "some", "many",
    "couple", "its", "their", "half", NULL };
static const char *const clockw[] = { "a.m.", "p.m.", "a.m", "p.m", "am",
    "pm", "o'clock", "times", "half", NULL };
static const char *const temporal[] = { "last", "next", "past", "coming",
    "previous", "preceding", "following", "upcoming", "same", "recent",
    "current", "fiscal", "fy", "latest", "season", "future", NULL };

struct timex *
timex_new(void)
{
	struct timex *tx = xcalloc(1, sizeof(*tx));
	size_t i;

	tx->cap = 2048;		/* the data files hold about 400 keys */
	tx->tab = xcalloc(tx->cap, sizeof(*tx->tab));
	tx->hash = xcalloc(tx->cap, sizeof(*tx->hash));
	load(tx, F_MONTH, data_timex_months, data_timex_months_len);
	load(tx, F_WDAY, data_timex_weekdays, data_timex_weekdays_len);
	load(tx, F_UNIT, data_timex_units, data_timex_units_len);
	load(tx, F_NUM, data_timex_numbers, data_timex_numbers_len);
	load(tx, F_MOD, data_timex_mods, data_timex_mods_len);
	load(tx, F_HOL, data_timex_holidays, data_timex_holidays_len);
	load(tx, F_REF, data_timex_refs, data_timex_refs_len);
	load(tx, F_PART, data_timex_dayparts, data_timex_dayparts_len);
	load(tx, F_SEAS, data_timex_seasons, data_timex_seasons_len);
	load(tx, F_ZONE, data_timex_zones, data_timex_zones_len);
	load(tx, F_TENSE, data_timex_tense, data_timex_tense_len);
	for (i = 0; starters[i] != NULL; i++)
		tw_put(tx, starters[i], strlen(starters[i]))->cls |= W_START;
	for (i = 0; clockw[i] != NULL; i++)
		tw_put(tx, clockw[i], strlen(clockw[i]))->cls |= W_CLOCK;
	for (i = 0; temporal[i] != NULL; i++)
		tw_put(tx, temporal[i], strlen(temporal[i]))->cls |= W_TEMP;
	/* "gusts overnight": tonight's or last night's, by the tense */
	tw_put(tx, "overnight", 9)->cls |= W_NEEDT;
	tw_put(tx, "soon", 4)->cls |= W_NEEDT;	/* "was soon released" */
	tw_put(tx, "to", 2)->cls |= W_TO;
	return tx;
}

void
timex_free(struct timex *tx)
{
	if (tx == NULL)
		return;
	free(tx->tab);
	free(tx->hash);
	free(tx);
}

int
timex_ctx_init(struct timex_ctx *ctx, const char *dct, size_t len)
{
	int y, m, d, i;

	memset(ctx, 0, sizeof(*ctx));
	if (dct == NULL)
		return 0;
	if (len < 10 || dct[4] != '-' || dct[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (dct[i] < '0' || dct[i] > '9'))
			return -1;
	if (len > 10 && dct[10] != 'T' && dct[10] != ' ')
		return -1;
	y = atoi(dct);
	m = (dct[5] - '0') * 10 + dct[6] - '0';
	d = (dct[8] - '0') * 10 + dct[9] - '0';
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > timex_month_len(y, m))
		return -1;
	ctx->dct.y = y;
	ctx->dct.m = m;
	ctx->dct.d = d;
	ctx->dct.gran = TIMEX_G_DAY;
	return 0;
}

/* ---------------------------------------------------------------- */
/* Tokens. */

enum { K_WORD, K_NUM, K_PUNCT };

/* A word longer than this is no timex word; its lw stays empty. */
#define TOK_LW	24

struct tok {
	size_t		 start;		/* byte offset in the text */
	size_t		 end;		/* byte offset past the token */
	const struct tword *w;		/* lexicon entry of lw, or NULL */
	long		 num;		/* K_NUM: value of the first part */
	int		 part[3];	/* K_NUM: parts of 10:30 or 10/21/2020 */
	int		 nparts;	/* K_NUM: parts */
	int		 ndig;		/* K_NUM: digits of the first part */
	char		 form;		/* K_NUM: 0 plain, ':' 10:30, '/' dates,
					   ',' 1,000, '.' 2.5, 's' 1990s, 'o' 21st,
					   '\'' '94, 'x' anything else */
	char		 kind;		/* K_* */
	char		 cap;		/* starts with an upper-case letter */
	char		 sp;		/* space (or start of text) before it */
	char		 lw[TOK_LW];	/* lower-case ASCII text, "" if none */
	unsigned char	 lwlen;		/* bytes of lw */
};

struct st {
	const struct timex *tx;		/* lexicons */
	struct timex_ctx *ctx;		/* anchor and last date */
	const char	*text;		/* the sentence */
	struct tok	*t;		/* tokens */
	size_t		 n;		/* tokens used */
	struct arena	*a;		/* the caller's arena */
	signed char	*tense;		/* tense cue of each token, made when
					   first needed, or NULL */
	struct timex_date day;		/* the last day this sentence named
					   so far, gran 0 if none */
	struct timex_date anyday;	/* the same, days of comparison
					   ("from Monday") included */
	int		 year;		/* the last year this sentence named,
					   0 if none */
	int		 lastset;	/* ctx->last was set in this sentence */
};

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Set t->lw from text[start, end); "" if not ASCII.  Return its length. */
static size_t
set_lw(struct tok *t, const char *text)
{
	size_t len = t->end - t->start, i;
	const unsigned char *s = (const unsigned char *)text + t->start;
	size_t o = 0;

	t->lw[0] = '\0';
	for (i = 0; i < len; i++) {
		if (o + 1 >= TOK_LW) {
			t->lw[0] = '\0';
			return 0;
		}
		if (s[i] >= 0x80) {
			/* A right single quotation mark reads as an apostrophe. */
			if (i + 2 < len + 0 && s[i] == 0xE2 && s[i + 1] == 0x80 &&
			    s[i + 2] == 0x99) {
				t->lw[o++] = '\'';
				i += 2;
				continue;
			}
			t->lw[0] = '\0';
			return 0;
		}
		t->lw[o++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	}
	t->lw[o] = '\0';
	t->lwlen = (unsigned char)o;
	return o;
}

/* Length of an apostrophe at text[i]: ' or U+2019, else 0. */
static size_t
apos_len(const char *text, size_t len, size_t i)
{
	if (i < len && text[i] == '\'')
		return 1;
	if (i + 2 < len && (unsigned char)text[i] == 0xE2 &&
	    (unsigned char)text[i + 1] == 0x80 &&
	    (unsigned char)text[i + 2] == 0x99)
		return 3;
	return 0;
}

static size_t
scan_digits(const char *s, size_t len, size_t i, long *v, int *nd)
{
	*v = 0;
	*nd = 0;
	while (i < len && is_digit(s[i])) {
		if (*v < 100000000)
			*v = *v * 10 + (s[i] - '0');
		(*nd)++;
		i++;
	}
	return i;
}

/*
 * The token array is on the heap, freed when timex_find() returns: grown
 * by doubling in the arena, it kept every old copy until the record was
 * done, 230 bytes per byte of a sentence of full stops.
 */
static struct tok *
tok_push(struct st *st, size_t *cap)
{
	struct tok *nt;

	if (st->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		st->t = xrealloc(st->t, *cap, sizeof(*st->t));
	}
	nt = &st->t[st->n++];
	/* field by field: a memset of the whole token costs more */
	nt->w = NULL;
	nt->num = 0;
	nt->nparts = 0;
	nt->ndig = 0;
	nt->form = 0;
	nt->cap = 0;
	nt->lw[0] = '\0';
	nt->lwlen = 0;
	return nt;
}

static void
tokenize(struct st *st, const char *s, size_t len)
{
	size_t i = 0, cap = 0, j, k, al;
	uint32_t cp;
	struct tok *t;
	int space = 1, nd;
	long v;

	st->n = 0;
	st->t = NULL;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t cl = 1;

		cp = c;
		if (c >= 0x80) {
			cl = utf8_decode(s + i, len - i, &cp);
			if (cl == 0)
				cl = 1;
		}
		if (c <= ' ' || (c >= 0x80 && (uc_is_space(cp) ||
		    uc_is_newline(cp)))) {
			space = 1;
			i += cl;
			continue;
		}
		t = tok_push(st, &cap);
		t->start = i;
		t->sp = (char)space;
		space = 0;
		if (is_digit(c)) {
			t->kind = K_NUM;
			j = scan_digits(s, len, i, &v, &nd);
			t->num = v;
			t->ndig = nd;
			t->part[0] = (int)v;
			t->nparts = 1;
			while (j + 1 < len && (s[j] == ':' || s[j] == '/' ||
			    s[j] == ',' || s[j] == '.') && is_digit(s[j + 1])) {
				char sep = s[j];

				k = scan_digits(s, len, j + 1, &v, &nd);
				if (sep == ',' && nd != 3)
					break;
				if (t->form != 0 && t->form != sep)
					t->form = 'x';
				else
					t->form = sep;
				if (t->nparts < 3)
					t->part[t->nparts] = (int)v;
				t->nparts++;
				if (sep == ',')
					t->num = t->num * 1000 + v;
				j = k;
			}
			if (j < len && is_alpha(s[j])) {
				k = j;
				while (k < len && is_alpha(s[k]))
					k++;
				if (k - j == 1 && (s[j] == 's' || s[j] == 'S') &&
				    t->form == 0)
					t->form = 's';
				else if (k - j == 2 && t->form == 0 &&
				    (strncmp(s + j, "st", 2) == 0 ||
				    strncmp(s + j, "nd", 2) == 0 ||
				    strncmp(s + j, "rd", 2) == 0 ||
				    strncmp(s + j, "th", 2) == 0))
					t->form = 'o';
				else if (k - j == 2 && t->form != 'x' &&
				    (strncasecmp(s + j, "am", 2) == 0 ||
				    strncasecmp(s + j, "pm", 2) == 0)) {
					/* "10pm": the number, then "pm". */
					t->end = j;
					set_lw(t, s);
					t = tok_push(st, &cap);
					t->start = j;
					t->kind = K_WORD;
					t->end = k;
					/* its lexicon entry: a clock word */
					if (set_lw(t, s) > 0)
						t->w = tw_get(st->tx, t->lw,
						    t->lwlen);
					i = k;
					continue;
				} else
					t->form = 'x';
				j = k;
			} else if ((al = apos_len(s, len, j)) > 0 && j + al < len &&
			    s[j + al] == 's' && (j + al + 1 >= len ||
			    !is_alpha(s[j + al + 1])) && t->form == 0 &&
			    (t->ndig == 4 || t->ndig == 2)) {
				t->form = 's';	/* 1980's */
				j += al + 1;
			}
			t->end = j;
			set_lw(t, s);
			i = j;
			continue;
		}
		/* '94 (the byte test first: most tokens are words) */
		if ((c == '\'' || c == 0xE2) &&
		    (al = apos_len(s, len, i)) > 0 && i + al < len &&
		    is_digit(s[i + al]) && !(i > 0 && is_alpha(s[i - 1]))) {
			j = scan_digits(s, len, i + al, &v, &nd);
			if (nd == 2 && (j >= len || !is_digit(s[j]))) {
				t->kind = K_NUM;
				t->num = v;
				t->ndig = 2;
				t->part[0] = (int)v;
				t->nparts = 1;
				t->form = '\'';
				if (j < len && s[j] == 's' && (j + 1 >= len ||
				    !is_alpha(s[j + 1]))) {
					t->form = 's';
					j++;
				}
				t->end = j;
				set_lw(t, s);
				i = j;
				continue;
			}
		}
		if (c < 0x80 && is_alpha(c)) {
			/* fast path: an ASCII word, folded and hashed in one pass */
			uint32_t h = 2166136261u;
			size_t o = 0;

			for (j = i; j < len && is_alpha(s[j]); j++, o++)
				if (o < TOK_LW - 1) {
					t->lw[o] = (char)(s[j] | 0x20);
					h = (h ^ (unsigned char)t->lw[o]) * 16777619u;
				}
			if (o < TOK_LW - 1 && (j >= len ||
			    ((unsigned char)s[j] < 0x80 &&
			    !((s[j] == '.' || s[j] == '\'') && o == 1)))) {
				t->kind = K_WORD;
				t->cap = (char)(c <= 'Z');
				t->lw[o] = '\0';
				t->lwlen = (unsigned char)o;
				t->end = j;
				t->w = tw_find(st->tx, t->lw, o, h);
				i = j;
				continue;
			}
		}
		if (c < 0x80 ? is_alpha(c) : uc_is_letter(cp)) {
			t->kind = K_WORD;
			t->cap = (char)(c < 0x80 ? (c >= 'A' && c <= 'Z') :
			    uc_is_upper(cp));
			j = i;
			for (;;) {
				while (j < len) {
					unsigned char b = (unsigned char)s[j];

					if (b < 0x80) {
						if (!is_alpha(b))
							break;
						j++;
					} else {
						k = utf8_decode(s + j, len - j, &cp);
						if (k == 0 || !uc_is_letter(cp))
							break;
						j += k;
					}
				}
				/* a.m., p.m., U.S.: single letters with periods */
				if (j - i >= 1 && j < len && s[j] == '.' &&
				    (j - 1 == i || s[j - 2] == '.') &&
				    j + 1 < len && is_alpha(s[j + 1]) &&
				    (j + 2 >= len || !is_alpha(s[j + 2]))) {
					j += 2;
					if (j < len && s[j] == '.')
						j++;
					if (j < len && is_alpha(s[j]))
						continue;
					break;
				}
				break;
			}
			/* o'clock */
			if (j - i == 1 && (s[i] == 'o' || s[i] == 'O') &&
			    (al = apos_len(s, len, j)) > 0 &&
			    j + al + 5 <= len &&
			    strncasecmp(s + j + al, "clock", 5) == 0)
				j += al + 5;
			t->end = j;
			if ((k = set_lw(t, s)) > 0)
				t->w = tw_get(st->tx, t->lw, k);
			i = j;
			continue;
		}
		/* 's after a word */
		if ((al = apos_len(s, len, i)) > 0 && i + al < len &&
		    (s[i + al] == 's' || s[i + al] == 'S') &&
		    (i + al + 1 >= len || !is_alpha(s[i + al + 1]))) {
			t->kind = K_WORD;
			t->end = i + al + 1;
			strcpy(t->lw, "'s");
			t->lwlen = 2;
			i = t->end;
			continue;
		}
		t->kind = K_PUNCT;
		t->end = i + cl;
		if (c < 0x80)
			t->lw[0] = (char)c;
		else if (uc_is_dash(cp))
			t->lw[0] = '-';
		else if (uc_is_apostrophe(cp))
			t->lw[0] = '\'';
		else
			t->lw[0] = '?';
		t->lw[1] = '\0';
		t->lwlen = 1;
		i += cl;
	}
}

/* ---------------------------------------------------------------- */
/* Grammar helpers. */

/* A candidate expression. */
struct cand {
	size_t		 end;		/* token index past the expression */
	const char	*type;		/* TIMEX3 type */
	char		 value[40];	/* TIMEX3 value */
	char		 mod[16];	/* TIMEX3 mod or "" */
	struct timex_date date;		/* the point, when one (gran != 0) */
	int		 rel;		/* value came from arithmetic on an anchor */
	int		 ref;		/* PAST_REF and friends: no mod allowed */
	int		 nolast;	/* not a new last date ("a year ago") */
};

static const char *const T_DATE = "DATE";
static const char *const T_TIME = "TIME";
static const char *const T_DUR = "DURATION";
static const char *const T_SET = "SET";

static const struct tword *
W(const struct st *st, size_t i)
{
	return i < st->n ? st->t[i].w : NULL;
}

static int
has(const struct st *st, size_t i, unsigned cls)
{
	return i < st->n && st->t[i].w != NULL && (st->t[i].w->cls & cls);
}

/*
 * Token i is the word s, a string literal: is() passes its size, NUL
 * included, so the comparison is a short memcmp the compiler inlines.
 */
static int
is_n(const struct st *st, size_t i, const char *s, size_t size)
{
	return i < st->n && st->t[i].lw[0] == s[0] && size <= TOK_LW &&
	    memcmp(st->t[i].lw, s, size) == 0;
}

#define is(st, i, s)	is_n((st), (i), "" s "", sizeof(s))

/* Token t is one of the words of list (lower case, NULL-ended). */
static int
word_in(const struct tok *t, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(t->lw, *list) == 0)
			return 1;
	return 0;
}

static int
is_punct(const struct st *st, size_t i, int c)
{
	return i < st->n && st->t[i].kind == K_PUNCT && st->t[i].lw[0] == c;
}

/* Tokens i and i+1 touch (no space between). */
static int
adj(const struct st *st, size_t i)
{
	return i + 1 < st->n && st->t[i + 1].sp == 0;
}

static int
is_plain_num(const struct st *st, size_t i)
{
	return i < st->n && st->t[i].kind == K_NUM && st->t[i].form == 0;
}

static int
is_word(const struct st *st, size_t i)
{
	return i < st->n && st->t[i].kind == K_WORD;
}

/* Set d to the anchor at granularity gran. */
static void
anchor(const struct st *st, struct timex_date *d, int gran)
{
	*d = st->ctx->dct;
	d->gran = gran;
}

/* Move d by n units (U_*), keeping its granularity. */
static void
shift(struct timex_date *d, int unit, long n)
{
	long days;
	int mm;

	if (d->y <= 0)
		return;
	if (d->m == 0)
		d->m = 1;
	if (d->d == 0)
		d->d = 1;
	switch (unit) {
	case U_ML:
		n *= 10;
		/* FALLTHROUGH */
	case U_CE:
		n *= 10;
		/* FALLTHROUGH */
	case U_DE:
		n *= 10;
		/* FALLTHROUGH */
	case U_Y:
		d->y += (int)n;
		break;
	case U_Q:
		n *= 3;
		/* FALLTHROUGH */
	case U_M:
		mm = d->y * 12 + d->m - 1 + (int)n;
		d->y = mm / 12;
		d->m = mm % 12 + 1;
		break;
	case U_FN:
		n *= 2;
		/* FALLTHROUGH */
	case U_W:
	case U_WE:
		n *= 7;
		/* FALLTHROUGH */
	case U_D:
		days = timex_days(d->y, d->m, d->d) + n;
		timex_civil(days, &d->y, &d->m, &d->d);
		return;
	default:
		return;
	}
	if (d->d > timex_month_len(d->y, d->m))
		d->d = timex_month_len(d->y, d->m);
}

static int
unit_gran(int unit)
{
	switch (unit) {
	case U_Y:
		return TIMEX_G_YEAR;
	case U_M:
		return TIMEX_G_MONTH;
	case U_W:
	case U_WE:
	case U_FN:
		return TIMEX_G_WEEK;
	case U_Q:
		return TIMEX_G_QUART;
	case U_DE:
		return TIMEX_G_DEC;
	case U_CE:
		return TIMEX_G_CENT;
	case U_ML:
		return TIMEX_G_MILL;
	default:
		return TIMEX_G_DAY;
	}
}

/* Units by length, for "seven days a week"; 0 for none. */
static int
unit_rank(int unit)
{
	switch (unit) {
	case U_S:
		return 1;
	case U_MI:
		return 2;
	case U_H:
		return 3;
	case U_D:
		return 4;
	case U_W:
	case U_WE:
	case U_FN:
		return 5;
	case U_M:
		return 6;
	case U_Q:
		return 7;
	case U_Y:
		return 8;
	case U_DE:
		return 9;
	case U_CE:
		return 10;
	case U_ML:
		return 11;
	default:
		return 0;
	}
}

/* Fill c as a DATE (or TIME with a part of day) from d. */
static void
set_date(struct cand *c, size_t end, const struct timex_date *d, int rel)
{
	c->end = end;
	c->type = T_DATE;
	c->date = *d;
	c->rel = rel;
	timex_format(d, c->value, sizeof(c->value));
}

static void
set_val(struct cand *c, size_t end, const char *type, const char *value)
{
	c->end = end;
	c->type = type;
	snprintf(c->value, sizeof(c->value), "%s", value);
}

/* Weekend value: "2020-W43-WE". */
static void
set_weekend(struct cand *c, size_t end, const struct timex_date *d)
{
	struct timex_date w = *d;

	w.gran = TIMEX_G_WEEK;
	set_date(c, end, &w, 1);
	if (strchr(c->value, 'X') == NULL || d->y > 0)
		strncat(c->value, "-WE", sizeof(c->value) - strlen(c->value) - 1);
	else
		strcpy(c->value, "XXXX-WXX-WE");
}

/*
 * The tense around token i: 1 future, -1 past, 0 unknown.  The nearest
 * cue to the left wins, then the nearest to the right.
 */
static int
tense_word(const struct tok *t)
{
	size_t len;

	if (t->kind != K_WORD || t->lw[0] == '\0')
		return 0;
	if (t->w != NULL && (t->w->cls & W_FUT))
		return 1;
	if (t->w != NULL && (t->w->cls & W_REPORT))
		return TENSE_REPORT;
	if (t->w != NULL && (t->w->cls & W_PAST))
		return -1;
	if (t->w != NULL && (t->w->cls & W_NOTENSE))
		return 0;
	len = t->lwlen;
	if (len >= 5 && t->lw[len - 2] == 'e' && t->lw[len - 1] == 'd' && !t->cap)
		return -1;
	return 0;
}

/* Tokens looked at before and after an expression for its tense. */
#define TENSE_BACK	20
#define TENSE_AHEAD	15

static int	is_ed(const struct tok *);

/*
 * Token i may be the subject of a plain present verb: a name ("Rovers
 * host"), a pronoun ("they meet") or a plural noun ("polls open").
 */
static int
sched_subject(const struct st *st, size_t i)
{
	const struct tok *t = &st->t[i];
	size_t n = t->lwlen;

	if (t->kind != K_WORD || n == 0)
		return 0;
	if (t->cap)
		return t->w == NULL || !(t->w->cls & (W_MONTH | W_WDAY |
		    W_START));
	if (is(st, i, "they") || is(st, i, "we") || is(st, i, "you"))
		return 1;
	return n >= 4 && t->lw[n - 1] == 's' && t->lw[n - 2] != 's' &&
	    t->lw[n - 2] != 'u' && t->lw[n - 2] != 'i' && t->lw[n - 2] != '\'' &&
	    t->w == NULL;
}

/*
 * Token i is the "to" of an infinitive ("to stay", "to prepare"), not
 * a preposition before a noun ("to hospitals", "to the", "to court").
 */
static int
infinitive_at(const struct st *st, size_t i)
{
	static const char *const nouns[] = { "court", "hospital", "work",
	    "school", "power", "office", "prison", "jail", "death", "date",
	    "bed", "church", "market", "town", "sea", "trial", "hand", "war",
	    "land", "home", "press", "bail", "have", "those", "these", "them",
	    "him", "her", "his", "its", "their", "our", "my", "your", "this",
	    "that", "what", "which", "whom", "all", "both", "any", "one",
	    "date", NULL };
	const struct tok *t;
	size_t n;

	if (!is(st, i, "to") || i + 1 >= st->n)
		return 0;
	t = &st->t[i + 1];
	if (t->kind != K_WORD || t->cap || t->lwlen < 2 || (t->w != NULL &&
	    !(t->w->cls & W_SCHED)))
		return 0;
	n = t->lwlen;
	if (t->lw[n - 1] == 's' && t->lw[n - 2] != 's' && t->lw[n - 2] != 'u' &&
	    t->lw[n - 2] != 'i')
		return 0;	/* a plural noun */
	if (is_ed(t) || (n > 3 && strcmp(t->lw + n - 3, "ing") == 0))
		return 0;	/* "to continued", "to housing" */
	return !word_in(t, nouns);
}

/*
 * The timex at from is in what may come, an "of" phrase after a noun of
 * likelihood: "raising the odds of a shutdown at midnight Friday", "the
 * threat of a strike on Monday", "warned of disruption to the Friday
 * morning commute".  What may happen is after the verb that tells of
 * it, whether before or after the anchor.
 */
static int
possible_of(const struct st *st, size_t from)
{
	static const char *const nouns[] = { "odds", "risk", "risks",
	    "threat", "threats", "prospect", "prospects", "chance", "chances",
	    "likelihood", "possibility", "danger", "spectre", "specter",
	    "fear", "fears", "warned", "warns", "warning", "warnings", NULL };
	size_t k, n;

	for (k = from, n = 0; k > 1 && n < 6; k--, n++) {
		if (st->t[k - 1].kind == K_PUNCT || st->tense[k - 1] != 0)
			return 0;
		if (is(st, k - 1, "of"))
			return word_in(&st->t[k - 2], nouns);
	}
	return 0;
}

static int
tense_at(const struct st *st, size_t from, size_t to)
{
	size_t i, k, n, to_at;
	int r, report = 0;

	/*
	 * "since January", "since mid-August", "since early March": a start
	 * that is behind us, whatever the verb.
	 */
	for (i = from, k = 0; i > 0 && k < 3; i--, k++) {
		if (is(st, i - 1, "since"))
			return -1;
		if (!is_punct(st, i - 1, '-') && !has(st, i - 1, W_MOD) &&
		    !has(st, i - 1, W_PWORD))
			break;
	}
	if (st->tense == NULL)
		return 0;

	/*
	 * "said Monday", "said on Monday", "told reporters late Tuesday":
	 * the report's own time
	 */
	for (i = from; i > 0 && (has(st, i - 1, W_MOD) || is_punct(st, i - 1,
	    '-')); i--)
		continue;
	for (k = 0; i > 0 && k < 3; i--, k++) {
		if (st->tense[i - 1] == TENSE_REPORT)
			return -1;
		if (st->tense[i - 1] != 0 || st->t[i - 1].kind == K_PUNCT)
			break;
	}
	/*
	 * "and on Monday criticised": the verb right after is the timex's
	 * (not a participle: "early Thursday accompanied by")
	 */
	if (to < st->n && (st->tense[to] == -1 || st->tense[to] ==
	    TENSE_REPORT) && !is(st, to + 1, "by"))
		return -1;
	/* back far enough to pass a list ("will cut 1,200 jobs, or 4% of
	 * its staff, by the end of March") */
	for (i = from, k = 0, to_at = 0; i > 0 && k < TENSE_BACK; i--, k++) {
		if (is_punct(st, i - 1, ';'))
			break;
		if (k < 12 && to_at == 0 && is(st, i - 1, "to"))
			to_at = i;	/* 1 + the nearest "to", tried below */
		if ((r = st->tense[i - 1]) == TENSE_MODAL && k >= 6)
			continue;	/* a modal of another clause */
		/*
		 * "urged drivers to stay home Sunday", "were to be flown home
		 * on Wednesday": what the infinitive close before the timex
		 * tells is after the past verb, before or after the anchor:
		 * the nearer ("had been scheduled to hear" stays past).
		 */
		if (r == -1 && possible_of(st, from))
			return 0;
		if (r == -1 && to_at != 0 && !has(st, i - 1, W_FUT)) {
			for (n = to_at; n > i && n + 12 > from; n--)
				if (infinitive_at(st, n - 1))
					return 0;
		}
		if (r == TENSE_REPORT)
			report = 1;
		if (r != 0 && r != TENSE_REPORT)
			return r == TENSE_MODAL ? 1 : r;
	}
	for (i = to, k = 0; i < st->n && k < TENSE_AHEAD; i++, k++) {
		/*
		 * "told reporters on Parliament Hill on Tuesday that the
		 * budget would be presented": the verbs of what was said
		 * tell nothing of when it was said
		 */
		if (is_punct(st, i, ';'))
			break;
		if (report && is(st, i, "that"))
			return -1;
		if ((r = st->tense[i]) != 0 && r != TENSE_REPORT &&
		    r != TENSE_MODAL)
			return r;
	}
	return 0;
}

/* ---------------------------------------------------------------- */
/* Numbers. */

/* A quantity: a value, or unknown (X) for "a few", "several". */
struct qty {
	long	 v;		/* value, -1 unknown */
	char	 str[16];	/* as written in a value: "3", "1.5", "X" */
	int	 article;	/* "a"/"an" */
};

/* Number words: "twenty four", "twenty-four", "a hundred", "one thousand". */
static size_t
numwords(const struct st *st, size_t i, long *v)
{
	long total = 0, cur = 0;
	size_t j = i, last = i;
	const struct tword *w;

	while (j < st->n) {
		w = W(st, j);
		if (w == NULL || !(w->cls & W_NUM))
			break;
		if (w->num == 100 || w->num == 1000) {
			if (cur == 0 && total == 0 && j == i)
				break;
			if (w->num == 100)
				cur = (cur == 0 ? 1 : cur) * 100;
			else {
				total += (cur == 0 ? 1 : cur) * 1000;
				cur = 0;
			}
		} else if (w->num >= 20 && w->num % 10 == 0 && w->num < 100) {
			if (cur % 100 != 0 && j > i)
				break;
			cur += w->num;
		} else {
			if (cur % 10 != 0 && j > i)
				break;
			if (cur % 100 >= 10 && cur % 100 < 20)
				break;
			cur += w->num;
		}
		j++;
		last = j;
		/* twenty-four */
		if (is_punct(st, j, '-') && adj(st, j - 1) && adj(st, j) &&
		    has(st, j + 1, W_NUM) && W(st, j + 1)->num < 10)
			j++;
		else if (is(st, j, "and") && has(st, j + 1, W_NUM) && cur >= 100)
			j++;
	}
	*v = total + cur;
	return last;
}

/*
 * A quantity before a unit: digits, number words, "a"/"an", "a few",
 * "several".  Return the index past it, or i when there is none.
 */
static size_t
quantity(const struct st *st, size_t i, struct qty *q)
{
	size_t j;
	long v;

	memset(q, 0, sizeof(*q));
	if (i >= st->n)
		return i;
	if (st->t[i].kind == K_NUM) {
		const struct tok *t = &st->t[i];

		if (t->form == 0 || t->form == ',') {
			q->v = t->num;
			snprintf(q->str, sizeof(q->str), "%ld", t->num);
			/* 2 1/2 */
			if (i + 1 < st->n && st->t[i + 1].form == '/' &&
			    st->t[i + 1].nparts == 2 &&
			    st->t[i + 1].part[0] == 1 &&
			    st->t[i + 1].part[1] == 2) {
				snprintf(q->str, sizeof(q->str), "%d.5",
				    (int)t->num);
				return i + 2;
			}
			return i + 1;
		}
		if (t->form == '.') {
			q->v = t->num;
			snprintf(q->str, sizeof(q->str), "%.*s",
			    (int)(t->end - t->start), st->text + t->start);
			return i + 1;
		}
		return i;
	}
	if (is(st, i, "a") || is(st, i, "an")) {
		if (is(st, i + 1, "few") || is(st, i + 1, "couple")) {
			j = i + 2;
			if (is(st, i + 1, "couple")) {
				if (is(st, j, "of"))
					j++;
				q->v = 2;
				strcpy(q->str, "2");
				return j;
			}
			q->v = -1;
			strcpy(q->str, "X");
			return j;
		}
		if (has(st, i + 1, W_NUM) && (W(st, i + 1)->num == 100 ||
		    W(st, i + 1)->num == 1000 || W(st, i + 1)->num == 12)) {
			j = numwords(st, i + 2, &v);
			if (W(st, i + 1)->num == 12 && j == i + 2) {
				q->v = 12;
				strcpy(q->str, "12");
				return i + 2;
			}
			q->v = W(st, i + 1)->num + (j > i + 2 ? v : 0);
			snprintf(q->str, sizeof(q->str), "%ld", q->v);
			return j > i + 2 ? j : i + 2;
		}
		q->v = 1;
		q->article = 1;
		strcpy(q->str, "1");
		return i + 1;
	}
	if (is(st, i, "few") || is(st, i, "several") || is(st, i, "many") ||
	    is(st, i, "some") || is(st, i, "couple")) {
		q->v = -1;
		strcpy(q->str, "X");
		j = i + 1;
		if (is(st, i, "couple")) {
			if (is(st, j, "of"))
				j++;
			q->v = 2;
			strcpy(q->str, "2");
		}
		return j;
	}
	j = numwords(st, i, &v);
	if (j > i) {
		q->v = v;
		snprintf(q->str, sizeof(q->str), "%ld", v);
	}
	return j;
}

/* The unit word at i (plural or singular), or NULL. */
static const struct tword *
unit_at(const struct st *st, size_t i)
{
	return has(st, i, W_UNIT) ? W(st, i) : NULL;
}

/* Write a duration value "P3Y", "PT48H", "PXD" for q units. */
static void
dur_value(char *out, size_t size, const char *q, int unit)
{
	long n = atol(q);
	int known = q[0] != 'X' && strchr(q, '.') == NULL;
	const char *dot = strchr(q, '.');

	/* halves in the next smaller unit: P2Y6M, PT1M30S, P1DT12H */
	if (dot != NULL && strcmp(dot, ".5") == 0) {
		switch (unit) {
		case U_Y:
			snprintf(out, size, n ? "P%ldY6M" : "P6M", n);
			return;
		case U_M:
			snprintf(out, size, n ? "P%ldM15D" : "P15D", n);
			return;
		case U_D:
			snprintf(out, size, n ? "P%ldDT12H" : "PT12H", n);
			return;
		case U_H:
			snprintf(out, size, n ? "PT%ldH30M" : "PT30M", n);
			return;
		case U_MI:
			snprintf(out, size, n ? "PT%ldM30S" : "PT30S", n);
			return;
		default:
			break;
		}
	}

	switch (unit) {
	case U_H:
		snprintf(out, size, "PT%sH", q);
		break;
	case U_MI:
		snprintf(out, size, "PT%sM", q);
		break;
	case U_S:
		snprintf(out, size, "PT%sS", q);
		break;
	case U_M:
		snprintf(out, size, "P%sM", q);
		break;
	case U_W:
		snprintf(out, size, "P%sW", q);
		break;
	case U_D:
		snprintf(out, size, "P%sD", q);
		break;
	case U_DE:
		snprintf(out, size, "P%sE", q);
		break;
	case U_CE:
		snprintf(out, size, "P%sC", q);
		break;
	case U_ML:
		snprintf(out, size, "P%sL", q);
		break;
	case U_Q:
		if (known)
			snprintf(out, size, "P%ldM", n * 3);
		else
			snprintf(out, size, "P%sQ", q);
		break;
	case U_WE:
		snprintf(out, size, "P%sWE", q);
		break;
	case U_FN:
		if (known)
			snprintf(out, size, "P%ldW", n * 2);
		else
			snprintf(out, size, "P%sW", q);
		break;
	default:
		snprintf(out, size, "P%sY", q);
		break;
	}
}

/* ---------------------------------------------------------------- */
/* Explicit dates. */

static int
year_prep(const struct st *st, size_t i)
{
	static const char *const prep[] = { "in", "since", "until", "till",
	    "by", "of", "from", "to", "through", "during", "before", "after",
	    "around", "early", "late", "mid", "fiscal", "year", "the", "and",
	    "or", "between", "circa", "c.", "summer", "winter", "spring",
	    "autumn", "fall", "then", "as", "for", "at", "throughout",
	    "beginning", "start", "end", "-", ",", "(", NULL };

	if (i >= st->n)
		return 0;
	if (has(st, i, W_MONTH))
		return 1;
	return word_in(&st->t[i], prep);
}

/*
 * Words after a number that make it a count, not a year: 1 for sure
 * ("percent", "people", a unit), 2 for a plural noun ("2000 soldiers",
 * but also "the 1992 protests").
 */
static int
count_word(const struct st *st, size_t i)
{
	static const char *const ok[] = { "was", "has", "is", "this", "his",
	    "its", "as", "us", "thus", "always", "perhaps", "less", "has",
	    "elections", "olympics", "games", "finals", "'s", NULL };
	static const char *const bad[] = { "percent", "per", "million",
	    "billion", "trillion", "thousand", "hundred", "dollars", "euros",
	    "pounds", "yen", "people", "troops", "police", "men", "women",
	    "children", "km", "kilometers", "kilometres", "miles", "meters",
	    "metres", "feet", "tons", "tonnes", "kg", "acres", "times",
	    "points", "votes", "cases", "deaths", "x", NULL };
	const char *lw;
	size_t len;

	if (i >= st->n)
		return 0;
	if (st->t[i].kind == K_PUNCT)
		return st->t[i].lw[0] == '%';
	if (st->t[i].kind == K_NUM)
		/* "Sun 29 Nov 2026 14.05 GMT": a clock time after the year */
		return !(st->t[i].nparts == 2 && (st->t[i].form == ':' ||
		    (st->t[i].form == '.' && has(st, i + 1, W_ZONE) &&
		    st->t[i + 1].cap && st->t[i + 1].lwlen >= 3)));
	lw = st->t[i].lw;
	if (word_in(&st->t[i], bad))
		return 1;
	if (st->t[i].cap || has(st, i, W_UNIT))
		return has(st, i, W_UNIT);
	if (word_in(&st->t[i], ok))
		return 0;
	len = st->t[i].lwlen;
	return len > 3 && lw[len - 1] == 's' && lw[len - 2] != 's' ? 2 : 0;
}

/*
 * Token i is a split year, "2026/27" or "2026/2027": a season or a
 * fiscal year written with a slash.  The second year must follow the
 * first, so that "2026/3" (a ratio, a reference) is none.
 */
static int
split_year(const struct st *st, size_t i)
{
	const struct tok *t;

	if (i >= st->n || st->t[i].kind != K_NUM || st->t[i].form != '/' ||
	    st->t[i].nparts != 2 || st->t[i].ndig != 4)
		return 0;
	t = &st->t[i];
	if (t->part[1] >= 100)
		return t->part[1] == t->part[0] + 1;
	return t->end - t->start == 7 && t->part[1] == (t->part[0] + 1) % 100;
}

/* Token i is a year written in digits: return it, or 0. */
static int
year_at(const struct st *st, size_t i, int loose)
{
	const struct tok *t;

	if (!is_plain_num(st, i) || st->t[i].ndig != 4)
		return 0;
	t = &st->t[i];
	if (t->num < 1000 || t->num > 2100)
		return 0;
	if (i > 0 && st->t[i - 1].kind == K_PUNCT && !st->t[i].sp &&
	    strchr("$#£€-/.:", st->t[i - 1].lw[0]) != NULL &&
	    !(st->t[i - 1].lw[0] == '-' && i > 1 && (is(st, i - 2, "mid") ||
	    is(st, i - 2, "pre") || is(st, i - 2, "post"))))
		return 0;
	if (i > 0 && st->t[i - 1].kind == K_PUNCT && strchr("$#£",
	    st->t[i - 1].lw[0]) != NULL)
		return 0;
	if (i > 0 && st->t[i - 1].kind == K_PUNCT && st->t[i - 1].lw[0] == '?' &&
	    !st->t[i].sp)
		return 0;
	if (i > 0 && (is(st, i - 1, "no.") || is(st, i - 1, "number") ||
	    is(st, i - 1, "us") || is(st, i - 1, "rs")))
		return 0;
	/* a number that names a place or a thing: "at mile 1980", "page 2001" */
	if (i > 0 && !st->t[i - 1].cap && (is(st, i - 1, "mile") ||
	    is(st, i - 1, "page") || is(st, i - 1, "gate") ||
	    is(st, i - 1, "room") || is(st, i - 1, "flight") ||
	    is(st, i - 1, "exit") || is(st, i - 1, "platform") ||
	    is(st, i - 1, "seat") || is(st, i - 1, "pier") ||
	    is(st, i - 1, "suite") || is(st, i - 1, "channel") ||
	    is(st, i - 1, "model") || is(st, i - 1, "kilometre") ||
	    is(st, i - 1, "kilometer")))
		return 0;
	if (has(st, i + 1, W_ZONE) && st->t[i + 1].cap)
		return 0;	/* "1559 GMT": a time */
	switch (count_word(st, i + 1)) {
	case 1:
		return 0;
	case 2:
		/* the 1992 protests, fiscal 1989 sales, the post-1959 politics */
		if (t->num >= 1900 && t->num <= 2099 && i > 0 &&
		    (is(st, i - 1, "the") || is(st, i - 1, "fiscal") ||
		    is(st, i - 1, "its") || is(st, i - 1, "their") ||
		    is(st, i - 1, "his") || is(st, i - 1, "her") ||
		    is(st, i - 1, "'s") || is_punct(st, i - 1, '-')))
			break;
		return 0;
	}
	if (loose)
		return (int)t->num;
	if (t->num >= 1900 && t->num <= 2099) {
		/* "Euro 2020", "Windows 2000": a name before it */
		if (i > 0 && st->t[i - 1].kind == K_WORD && st->t[i - 1].cap &&
		    !year_prep(st, i - 1) && i - 1 > 0 &&
		    !is_punct(st, i - 2, '.'))
			return 0;
		return (int)t->num;
	}
	if (i > 0 && year_prep(st, i - 1))
		return (int)t->num;
	/* "built in about 1350", "since about 1200" */
	return i > 1 && (is(st, i - 1, "about") ||
	    is(st, i - 1, "approximately")) && (is(st, i - 2, "in") ||
	    is(st, i - 2, "since") || is(st, i - 2, "from") ||
	    is(st, i - 2, "until") || is(st, i - 2, "by") ||
	    is(st, i - 2, "before") || is(st, i - 2, "after")) ?
	    (int)t->num : 0;
}

/* A month name at i, with its period: set *m, return index past, or i. */
static size_t
month_at(const struct st *st, size_t i, int *m)
{
	const struct tword *w = W(st, i);
	const struct tok *t;
	size_t len, j = i + 1;

	if (w == NULL || !(w->cls & W_MONTH))
		return i;
	t = &st->t[i];
	len = t->end - t->start;
	*m = w->month;
	if (len <= 4 && w->month != 5 && w->month != 6 && w->month != 7) {
		/* abbreviation: capitalised, and a period or a day after */
		if (!t->cap)
			return i;
		if (is_punct(st, j, '.') && adj(st, i))
			return j + 1;
		if (!is_plain_num(st, j))
			return i;
		return j;
	}
	if (!t->cap)
		return i;
	/* "Sept.": an abbreviation keeps its period, "May." ends a sentence */
	if (is_punct(st, j, '.') && adj(st, i) && len <= 4 &&
	    w->month != 5 && w->month != 6 && w->month != 7)
		j++;
	return j;
}

/*
 * An abbreviated month after a day, with no period ("held on 26 Nov
 * would", "on Sat 5 Dec, kick-off"): the day before it is what makes it
 * a month; not before a capitalised word ("26 Jan Kowalski").
 */
static size_t
month_after_day(const struct st *st, size_t i, int *m)
{
	const struct tword *w = W(st, i);

	if (w == NULL || !(w->cls & W_MONTH) || !st->t[i].cap ||
	    st->t[i].end - st->t[i].start > 4 || !st->t[i].sp)
		return i;
	if (i + 1 < st->n && st->t[i + 1].kind == K_WORD && st->t[i + 1].cap &&
	    !has(st, i + 1, W_MONTH | W_WDAY))
		return i;
	*m = w->month;
	return i + 1;
}

/* A day of the month at i: "21", "21st"; return it or 0. */
static int
mday_at(const struct st *st, size_t i)
{
	const struct tok *t;

	if (i >= st->n || st->t[i].kind != K_NUM)
		return 0;
	t = &st->t[i];
	if (t->form != 0 && t->form != 'o')
		return 0;
	if (t->ndig > 2 || t->num < 1 || t->num > 31)
		return 0;
	return (int)t->num;
}

/*
 * The month is a real month, not "may" the verb or "Theresa May": the
 * checks apply to May and March (and to any month starting a sentence).
 */
static int
month_ok(const struct st *st, size_t i, size_t next)
{
	const struct tword *w = W(st, i);

	if (w->month != 5 && w->month != 3 && w->month != 4 && w->month != 6 &&
	    w->month != 8 && i > 0)
		return 1;
	if (mday_at(st, next) || year_at(st, next, 1))
		return 1;
	/* at the start of a sentence only May and March are often words */
	if (i == 0 && w->month != 5 && w->month != 3)
		return 1;
	if (i > 0 && st->t[i - 1].kind == K_WORD && st->t[i - 1].cap &&
	    !year_prep(st, i - 1) && !has(st, i - 1, W_MOD))
		return 0;	/* a surname */
	if (w->month != 5 && w->month != 3 && i > 0)
		return 1;
	if (i > 0 && (year_prep(st, i - 1) || has(st, i - 1, W_MOD) ||
	    is(st, i - 1, "last") || is(st, i - 1, "next") ||
	    is(st, i - 1, "this") || is(st, i - 1, "each") ||
	    is(st, i - 1, "every") || is(st, i - 1, "on")))
		return 1;
	if (next >= st->n || st->t[next].kind == K_PUNCT)
		return i > 0;
	if (is(st, next, "and") || is(st, next, "or") || is(st, next, "this") ||
	    is(st, next, "last") || is(st, next, "next"))
		return 1;
	return 0;
}

/* The year of a month-day or month without one: by the anchor and tense. */
static int
guess_year(const struct st *st, int m, int d, int tense)
{
	const struct timex_date *a = &st->ctx->dct;
	long diff;

	if (a->y <= 0)
		return 0;
	if (d == 0) {
		/*
		 * A month close to the anchor is this year's whatever the
		 * tense ("expected in early November" said in October);
		 * a far one goes the tense's way.
		 */
		if (tense < 0 && m - a->m > 1)
			return a->y - 1;
		if (tense > 0 && a->m - m > 2)
			return a->y + 1;
		/* "reopen after the December break" said in January */
		if (tense > 0 && m - a->m > 9)
			return a->y - 1;
		if (tense != 0)
			return a->y;
		/*
		 * no tense: the nearer of the two, but news tells the past
		 * more than the future: a month is next year's only when it
		 * is at most two months ahead ("in January" said in
		 * November, not in October).
		 */
		if (tense == 0 && m - a->m > 6)
			return a->y - 1;
		if (tense == 0 && a->m - m > 9)
			return a->y + 1;
		return a->y;
	}
	diff = timex_days(a->y, m, d <= timex_month_len(a->y, m) ? d : 28) -
	    timex_days(a->y, a->m, a->d);
	if (tense < 0 && diff > 60)
		return a->y - 1;
	if (tense > 0 && diff < -60)
		return a->y + 1;
	/* "reopen tomorrow after the Christmas break" said on Jan. 2 */
	if (tense > 0 && diff > 300)
		return a->y - 1;
	if (tense == 0 && diff > 183)
		return a->y - 1;
	if (tense == 0 && diff < -285)
		return a->y + 1;
	return a->y;
}

static size_t	wordyear_at(const struct st *, size_t, int *, int);
static size_t	m_the_part(const struct st *, size_t, struct cand *);
static int	end_tense(const struct st *, size_t, size_t);
static int	end_tense_at(const struct st *, size_t, size_t, size_t);
static size_t	until_before(const struct st *, size_t);
static size_t	m_week_on(const struct st *, size_t, struct cand *);
static size_t	clock_at(const struct st *, size_t, int *, int *);

/*
 * The month at i dates the base of a comparison: "expects growth of
 * 1.6%, down from its forecast in March", "up from 2.1% in March": a
 * figure already known, whatever the tense.
 */
static int
comparison_base(const struct st *st, size_t i)
{
	size_t k;

	if (i < 4 || !is(st, i - 1, "in"))
		return 0;
	for (k = i - 1; k > 1 && k + 6 > i; k--) {
		if (st->t[k - 1].kind == K_PUNCT && !is_punct(st, k - 1, '%') &&
		    !is_punct(st, k - 1, '.'))
			return 0;
		if (is(st, k - 1, "from"))
			return is(st, k - 2, "up") || is(st, k - 2, "down") ||
			    is(st, k - 2, "compared") || is(st, k - 2, "revised") ||
			    is(st, k - 2, "higher") || is(st, k - 2, "lower");
	}
	return 0;
}

/*
 * The year a sentence opens with, which frames what it tells: "Last
 * year, ...", "In 2019, ...", "In 2019 the firm ..."; 0 if none.
 */
static int
topic_year(const struct st *st)
{
	size_t k = is(st, 0, "in") ? 1 : 0;

	if (is(st, k, "last") && is(st, k + 1, "year") &&
	    !is(st, k + 2, "'s") && st->ctx->dct.y > 0)
		return st->ctx->dct.y - 1;
	if (k == 1 && is_plain_num(st, k) && st->t[k].ndig == 4 &&
	    st->t[k].num >= 1000 && st->t[k].num <= 2100)
		return (int)st->t[k].num;
	return 0;
}

/* A year after a month or day: ", 2020", " 2020", " '94", "of 2020". */
static size_t
year_after(const struct st *st, size_t j, int *y)
{
	size_t k = j, e;

	if (is_punct(st, k, ','))
		k++;
	else if (is(st, k, "of"))
		k++;
	if (k < st->n && st->t[k].kind == K_NUM && st->t[k].form == '\'' &&
	    st->t[k].ndig == 2) {
		*y = 1900 + (int)st->t[k].num;
		if (*y < 1950)
			*y += 100;
		return k + 1;
	}
	if (is_plain_num(st, k) && st->t[k].ndig == 4 && st->t[k].num >= 1000 &&
	    st->t[k].num <= 2100 && !count_word(st, k + 1)) {
		*y = (int)st->t[k].num;
		return k + 1;
	}
	/* January nineteen ninety-seven */
	if ((e = wordyear_at(st, k, y, 0)) > k)
		return e;
	/* January this year, June last year, the autumn of next year */
	if ((k == j || is(st, j, "of")) && is(st, k + 1, "year") &&
	    (is(st, k, "this") ||
	    is(st, k, "last") || is(st, k, "next")) && st->ctx->dct.y > 0) {
		*y = st->ctx->dct.y + (is(st, k, "last") ? -1 :
		    is(st, k, "next") ? 1 : 0);
		return k + 2;
	}
	return j;
}

/*
 * The day at i opens a range of days whose second day is a day-first
 * date: "20-25 Nov", "between 20 and 25 November", "from 20 to 25
 * November".  Return the index of the second day, or i.  A bare "20 to
 * 25" needs "between" or "from" before it, lest it be a count.
 */
static size_t
range_day(const struct st *st, size_t i)
{
	size_t k = i + 2;

	if (!mday_at(st, k) || st->t[k].form != 0 ||
	    (!has(st, k + 1, W_MONTH) && !is(st, k + 1, "of")))
		return i;
	if (is_punct(st, i + 1, '-') && adj(st, i) && adj(st, i + 1))
		return k;
	if (i == 0)
		return i;
	if (is(st, i - 1, "between") && is(st, i + 1, "and"))
		return k;
	/* "on 3 and 4 December", "on 3 or 4 December": two days */
	if (is(st, i - 1, "on") && (is(st, i + 1, "and") ||
	    is(st, i + 1, "or")))
		return k;
	if (is(st, i - 1, "from") && (is(st, i + 1, "to") ||
	    is(st, i + 1, "until") || is(st, i + 1, "till") ||
	    is(st, i + 1, "through") || is_punct(st, i + 1, '-')))
		return k;
	return i;
}

/* Month [day] [, year] | day month [year] | numeric dates. */
static int	function_word(const struct tok *);

/*
 * "on the 27th", "by the 3rd.": an ordinal day alone after a word that
 * leads to a date, at the end of its phrase (not "on the 27th floor",
 * "in the 27th minute").  Token i is "the".
 */
static int
lone_day(const struct st *st, size_t i)
{
	static const char *const lead[] = { "on", "by", "until", "till",
	    "since", "before", "after", NULL };
	static const char *const next[] = { "at", "in", "of", "or", "to",
	    "after", "before", "until", "if", "as", NULL };
	const struct tok *t;

	if (!word_in(&st->t[i - 1], lead))
		return 0;
	if (i + 2 >= st->n)
		return 1;
	t = &st->t[i + 2];
	if (t->kind == K_PUNCT)
		return t->lw[0] != '-' && t->lw[0] != '%';
	if (is(st, i + 2, "of"))
		return 0;	/* "the 27th of the month" is another form */
	return word_in(t, next) || (t->kind == K_WORD && function_word(t));
}

/*
 * The date of "the 27th" alone: a day of the month of the last date
 * mentioned ("met on November 3 ... again on the 27th"), else of the
 * anchor's month, moved a month when the tense says the day is past or
 * to come ("will meet on the 2nd" said on the 29th is next month's).
 */
static size_t
m_lone_day(const struct st *st, size_t i, struct cand *c)
{
	const struct timex_date *l = &st->ctx->last;
	struct timex_date d;
	int day = mday_at(st, i + 1), tense;

	memset(&d, 0, sizeof(d));
	tense = tense_at(st, i, i + 2);
	if ((l->gran == TIMEX_G_MONTH || l->gran == TIMEX_G_DAY) && l->y > 0 &&
	    l->m > 0 && !(tense != 0 && st->ctx->dct.y > 0 &&
	    (timex_days(l->y, l->m, day <= timex_month_len(l->y, l->m) ? day :
	    1) - timex_days(st->ctx->dct.y, st->ctx->dct.m,
	    st->ctx->dct.d)) * tense < 0)) {
		/* not when the tense says otherwise: "won on October 24
		 * and play again on the 12th" */
		d.y = l->y;
		d.m = l->m;
	} else if (st->ctx->dct.y > 0) {
		d.y = st->ctx->dct.y;
		d.m = st->ctx->dct.m;
		if (tense > 0 && day < st->ctx->dct.d && ++d.m > 12) {
			d.m = 1;
			d.y++;
		} else if (tense < 0 && day > st->ctx->dct.d && --d.m < 1) {
			d.m = 12;
			d.y--;
		}
	} else
		return 0;
	if (day > timex_month_len(d.y, d.m))
		return 0;
	d.d = day;
	d.gran = TIMEX_G_DAY;
	set_date(c, i + 2, &d, 1);
	return i + 2;
}

/*
 * "the first Tuesday of February", "the last Friday in March 2027": the
 * nth weekday of a month.  Token i is "the", i + 4 the month.
 */
static size_t
m_nth_weekday(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j, k;
	int n = W(st, i + 1)->ord, wd = W(st, i + 2)->wday, m = 0, y = 0;
	int first, ml, day;

	if (n == 0 || n > 5 || n < -1)
		return 0;
	j = month_at(st, i + 4, &m);
	k = year_after(st, j, &y);
	if (k > j)
		j = k;
	else
		y = guess_year(st, m, 15, tense_at(st, i, j));
	if (y <= 0)
		return 0;
	first = timex_weekday(y, m, 1);
	ml = timex_month_len(y, m);
	if (n > 0)
		day = 1 + (wd - first + 7) % 7 + (n - 1) * 7;
	else
		day = ml - (timex_weekday(y, m, ml) - wd + 7) % 7;
	if (day > ml)
		return 0;
	memset(&d, 0, sizeof(d));
	d.y = y;
	d.m = m;
	d.d = day;
	d.gran = TIMEX_G_DAY;
	set_date(c, j, &d, k == j ? 0 : 1);
	return j;
}

static size_t
m_absdate(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j, k, start = i;
	int m = 0, day = 0, y = 0, tense;

	memset(&d, 0, sizeof(d));
	/* a weekday before a date: "Wednesday, Oct. 21" */
	if (has(st, i, W_WDAY)) {
		k = i + 1;
		if (is_punct(st, k, '.') && adj(st, i))
			k++;
		if (is_punct(st, k, ','))
			k++;
		if (k == i + 1 && !has(st, k, W_MONTH) && !mday_at(st, k))
			return 0;
		if (!has(st, k, W_MONTH) && !mday_at(st, k) && !is(st, k, "the"))
			return 0;
		i = k;
	}
	if (is(st, i, "the") && mday_at(st, i + 1) && is(st, i + 2, "of") &&
	    month_at(st, i + 3, &m) > i + 3) {
		/* the 21st of October */
		day = mday_at(st, i + 1);
		j = month_at(st, i + 3, &m);
		goto have_md;
	}
	if (start == i && i > 0 && is(st, i, "the") && mday_at(st, i + 1) &&
	    st->t[i + 1].form == 'o' && lone_day(st, i))
		return m_lone_day(st, i, c);
	if (start == i && is(st, i, "the") && has(st, i + 1, W_ORD) &&
	    has(st, i + 2, W_WDAY) && (is(st, i + 3, "of") ||
	    is(st, i + 3, "in")) && month_at(st, i + 4, &m) > i + 4)
		return m_nth_weekday(st, i, c);
	if ((j = month_at(st, i, &m)) > i) {
		if (!month_ok(st, i, j))
			return 0;
		if ((day = mday_at(st, j)) != 0 && !(is_plain_num(st, j) &&
		    st->t[j].ndig == 4)) {
			j++;
			/* Oct. 19-20: a range keeps the first day */
			if (is_punct(st, j, '-') && mday_at(st, j + 1) &&
			    adj(st, j - 1) && adj(st, j))
				j += 2;
			goto have_md;
		}
		k = year_after(st, j, &y);
		if (k > j && !(is_punct(st, j, ',') && k == j + 2 &&
		    is_plain_num(st, j + 1) && st->t[j + 1].sp == 0)) {
			d.y = y;
			d.m = m;
			d.d = 1;
			d.gran = TIMEX_G_MONTH;
			set_date(c, k, &d, 0);
			return k;
		}
		if (start != i)
			return 0;
		/* a bare month; "by February": a deadline's clause tells */
		if ((tense = end_tense(st, i, j)) == 2)
			tense = tense_at(st, i, j);
		/*
		 * "crude for December delivery", "futures for February": a
		 * contract's month ahead
		 */
		if (is(st, j, "delivery") || is(st, j, "contract") ||
		    is(st, j, "futures") || is(st, j, "settlement") ||
		    (i > 1 && is(st, i - 1, "in") &&
		    is(st, i - 2, "delivery")) || (i > 1 && is(st, i - 1,
		    "for") && (is(st, i - 2, "futures") ||
		    is(st, i - 2, "contract") || is(st, i - 2, "contracts"))))
			tense = 1;
		if (comparison_base(st, i))
			tense = -1;
		d.y = guess_year(st, m, 0, tense);
		/*
		 * "next year's festival will move to July", "in 2031 the
		 * games open in July": a bare month after a year ahead its
		 * sentence named is that year's (as for quarters), unless
		 * a deadline ("next year's budget must pass by December")
		 */
		if (st->year > st->ctx->dct.y && st->ctx->dct.y > 0 &&
		    tense >= 0 && until_before(st, i) == i)
			d.y = st->year;
		/*
		 * "Last year, a typhoon killed 29 people in late July": a
		 * past month of the past year its sentence named (as for
		 * seasons)
		 */
		else if (st->year > 0 && st->year < st->ctx->dct.y &&
		    tense < 0 && d.y > st->year &&
		    topic_year(st) == st->year)
			d.y = st->year;
		/*
		 * "for December and January", "from November to
		 * February": a month after an earlier one in a pair runs
		 * on from it, into the next year if it comes first
		 */
		if (i >= 2 && (is(st, i - 1, "and") || is(st, i - 1, "or") ||
		    is(st, i - 1, "to") || is(st, i - 1, "through") ||
		    is(st, i - 1, "until") || is(st, i - 1, "till")) &&
		    has(st, i - 2, W_MONTH) && st->ctx->last.gran ==
		    TIMEX_G_MONTH && st->ctx->last.y > 0 &&
		    st->ctx->last.m == W(st, i - 2)->month)
			d.y = st->ctx->last.y + (m < st->ctx->last.m);
		d.m = m;
		d.d = 1;
		d.gran = TIMEX_G_MONTH;
		set_date(c, j, &d, 1);
		return j;
	}
	/*
	 * "between 20 and 25 November", "from 20 to 25 November 2026": the
	 * range's first day takes the month and year of the second, and is
	 * a date of its own; "20-25 Nov" is one range that keeps its first
	 * day, as "Nov. 20-25".
	 */
	if (start == i && (day = mday_at(st, i)) != 0 &&
	    (k = range_day(st, i)) > i) {
		struct cand last;

		memset(&last, 0, sizeof(last));
		if (m_absdate(st, k, &last) > k && last.type == T_DATE &&
		    last.date.gran == TIMEX_G_DAY && day < last.date.d) {
			d = last.date;
			d.d = day;
			j = is_punct(st, i + 1, '-') ? last.end : i + 1;
			set_date(c, j, &d, last.rel);
			return j;
		}
	}
	if ((day = mday_at(st, i)) != 0 &&
	    ((j = month_at(st, i + 1, &m)) > i + 1 ||
	    (j = month_after_day(st, i + 1, &m)) > i + 1)) {
		/*
		 * 21 October 2020; "held on 26 Nov would": British short
		 * form; "closed on Fri 13 Nov.": a day-first date's period
		 * ends the sentence
		 */
		if (j == i + 3 && j == st->n && is_punct(st, i + 2, '.'))
			j--;
		goto have_md;
	}
	/* numeric: 2020-10-21 */
	if (is_plain_num(st, i) && st->t[i].ndig == 4 && is_punct(st, i + 1, '-') &&
	    adj(st, i) && adj(st, i + 1) && is_plain_num(st, i + 2) &&
	    st->t[i + 2].ndig == 2 && is_punct(st, i + 3, '-') && adj(st, i + 2) &&
	    adj(st, i + 3) && is_plain_num(st, i + 4) && st->t[i + 4].ndig == 2) {
		y = (int)st->t[i].num;
		m = (int)st->t[i + 2].num;
		day = (int)st->t[i + 4].num;
		if (m < 1 || m > 12 || day < 1 || day > timex_month_len(y, m))
			return 0;
		d.y = y;
		d.m = m;
		d.d = day;
		d.gran = TIMEX_G_DAY;
		set_date(c, i + 5, &d, 0);
		return i + 5;
	}
	/* 10/21/2020, 10/21/20 */
	if (i < st->n && st->t[i].kind == K_NUM && st->t[i].form == '/' &&
	    st->t[i].nparts == 3) {
		int a = st->t[i].part[0], b = st->t[i].part[1];

		y = st->t[i].part[2];
		m = a;
		day = b;
		if (a > 12 && b <= 12) {
			m = b;
			day = a;
		}
		if (y < 100)
			y += y <= (st->ctx->dct.y > 0 ? st->ctx->dct.y % 100 + 5 :
			    30) ? 2000 : 1900;
		if (y < 1000 || m < 1 || m > 12 || day < 1 ||
		    day > timex_month_len(y, m))
			return 0;
		d.y = y;
		d.m = m;
		d.d = day;
		d.gran = TIMEX_G_DAY;
		set_date(c, i + 1, &d, 0);
		return i + 1;
	}
	return 0;

have_md:
	k = year_after(st, j, &y);
	if (k > j) {
		j = k;
	} else {
		/* "have until March 15", "effective Feb. 1": a deadline */
		if ((tense = end_tense(st, start, j)) == 2)
			tense = tense_at(st, start, j);
		/*
		 * "set a trial date of Sept. 13", "was scheduled for May
		 * 4": a day appointed, ahead or behind, whatever the verb
		 * that set it; the nearer
		 */
		if (tense < 0 && start >= 2 && (is(st, start - 1, "for") ||
		    is(st, start - 1, "of")) && (is(st, start - 2, "date") ||
		    is(st, start - 2, "set") || is(st, start - 2, "scheduled") ||
		    is(st, start - 2, "slated") || is(st, start - 2, "fixed") ||
		    is(st, start - 2, "listed") || is(st, start - 2, "hearing") ||
		    is(st, start - 2, "trial")))
			tense = 0;
		y = guess_year(st, m, day, tense);
	}
	if (day > timex_month_len(y > 0 ? y : 2000, m))
		return 0;
	d.y = y;
	d.m = m;
	d.d = day;
	d.gran = TIMEX_G_DAY;
	set_date(c, j, &d, k == j ? 0 : 1);
	if (k <= j && y > 0 && k != j)
		c->rel = 1;
	return j;
}

/*
 * "a man in his 60s", "in their late 20s": a decade of someone's life,
 * an age, not a date.  Token j is the decade.
 */
static int
age_decade(const struct st *st, size_t j)
{
	if (j > 0 && (is(st, j - 1, "early") || is(st, j - 1, "mid") ||
	    is(st, j - 1, "late")))
		j--;
	else if (j > 1 && is_punct(st, j - 1, '-') && is(st, j - 2, "mid"))
		j -= 2;
	return j > 0 && (is(st, j - 1, "his") || is(st, j - 1, "her") ||
	    is(st, j - 1, "their") || is(st, j - 1, "my") ||
	    is(st, j - 1, "our") || is(st, j - 1, "your"));
}

/*
 * A fiscal year written "FY27", "FY2027", "FY 2026-27", "fiscal 2026-27",
 * "fiscal year 2026-27" at i: set *y to its year (the one it names; of a
 * split year the first, as of "the 2026-27 season") and return the index
 * past it; else i. Plain "fiscal 2027" is m_year's own.
 */
static size_t
fy_year(const struct st *st, size_t i, int *y)
{
	size_t k = i + 1;
	int fy = is(st, i, "fy"), e;

	if (!fy && !is(st, i, "fiscal"))
		return i;
	if (!fy && is(st, k, "year"))
		k++;
	if (!is_plain_num(st, k))
		return i;
	if (st->t[k].ndig == 4 && st->t[k].num >= 1900 && st->t[k].num <= 2100)
		*y = (int)st->t[k].num;
	else if (fy && st->t[k].ndig == 2)
		*y = (int)st->t[k].num + (st->t[k].num < 70 ? 2000 : 1900);
	else
		return i;
	k++;
	if (is_punct(st, k, '-') && adj(st, k - 1) && adj(st, k) &&
	    is_plain_num(st, k + 1) && (st->t[k + 1].ndig == 2 ||
	    st->t[k + 1].ndig == 4)) {
		e = (int)st->t[k + 1].num;
		if (st->t[k + 1].ndig == 2)
			e += *y / 100 * 100;
		if (e != *y + 1)
			return i;
		return k + 2;
	}
	return fy && st->t[k - 1].ndig == 2 ? k : i;
}

/*
 * Token i is a word of an era in capitals: 1 for "AD", "A.D.", "CE";
 * -1 for "BC", "B.C.", "BCE" (not "ad", a word).
 */
static int
era_at(const struct st *st, size_t i)
{
	size_t k;

	if (i >= st->n || st->t[i].kind != K_WORD)
		return 0;
	for (k = st->t[i].start; k < st->t[i].end; k++)
		if (!(st->text[k] >= 'A' && st->text[k] <= 'Z') &&
		    st->text[k] != '.')
			return 0;
	if (is(st, i, "bc") || is(st, i, "b.c.") || is(st, i, "bce") ||
	    is(st, i, "b.c"))
		return -1;
	if (is(st, i, "ad") || is(st, i, "a.d.") || is(st, i, "ce") ||
	    is(st, i, "a.d"))
		return 1;
	return 0;
}

/*
 * A year of an era at i: "49 BC" (*y is -49), "AD 43", "800 AD", "300
 * BCE"; the index past it, or i.
 */
static size_t
era_year(const struct st *st, size_t i, int *y)
{
	int e;

	if (is_plain_num(st, i) && st->t[i].ndig <= 4 && st->t[i].num >= 1 &&
	    (e = era_at(st, i + 1)) != 0 && (e < 0 || (i > 0 &&
	    year_prep(st, i - 1)))) {
		*y = e * (int)st->t[i].num;
		return i + 2;
	}
	if (era_at(st, i) > 0 && !is(st, i, "ce") && is_plain_num(st, i + 1) &&
	    st->t[i + 1].ndig <= 4 && st->t[i + 1].num >= 1) {
		*y = (int)st->t[i + 1].num;
		return i + 2;
	}
	return i;
}

/* Years, decades, centuries, fiscal years. */
static size_t
m_year(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j = i, k;
	int y, the = 0, fiscal = 0;

	memset(&d, 0, sizeof(d));
	if (is(st, j, "the")) {
		the = 1;
		j++;
	}
	if (j < st->n && (st->t[j].lwlen == 2 || st->t[j].lwlen == 6) &&
	    (y = 0, k = fy_year(st, j, &y)) > j) {
		/* FY27, fiscal 2026-27 */
		d.y = y;
		d.gran = TIMEX_G_YEAR;
		set_date(c, k, &d, 0);
		return k;
	}
	if (is(st, j, "fiscal") || is(st, j, "fy")) {
		fiscal = 1;
		j++;
		if (is(st, j, "year"))
			j++;
	}
	if (j >= st->n)
		return 0;
	/* "in 49 BC", "AD 43", "the year 800 AD" */
	if (!fiscal && (k = era_year(st, j, &y)) > j) {
		if (y < 0) {
			snprintf(c->value, sizeof(c->value), "BC%04d", -y);
			c->type = T_DATE;
			c->end = k;
			return k;
		}
		d.y = y;
		d.gran = TIMEX_G_YEAR;
		set_date(c, k, &d, 0);
		return k;
	}
	/* decades: 1990s, '90s, the nineties */
	if (st->t[j].kind == K_NUM && st->t[j].form == 's' && !fiscal) {
		y = (int)st->t[j].num;
		if (st->t[j].ndig == 2 && age_decade(st, j))
			return 0;
		/* '80s: the last such decade begun by the anchor's year */
		if (st->t[j].ndig == 2)
			y += 2000 + y <= (st->ctx->dct.y > 0 ? st->ctx->dct.y :
			    2020) ? 2000 : 1900;
		else if (st->t[j].ndig != 4)
			return 0;
		if (y % 10 != 0)
			return 0;
		/* "1000s of people": thousands, no decade */
		if (y == 1000)
			return 0;
		d.y = y;
		d.gran = TIMEX_G_DEC;
		/*
		 * "the 1900s", "the early 1800s": a century as news writes
		 * it (the decade 1900-09 is rarely meant); "the 2000s" is
		 * the decade, as "the noughties".
		 */
		if (st->t[j].ndig == 4 && y % 100 == 0 && y < 2000)
			d.gran = TIMEX_G_CENT;
		set_date(c, j + 1, &d, 0);
		return j + 1;
	}
	if (has(st, j, W_DECW) && the && !fiscal) {
		d.y = 1900 + W(st, j)->dec;
		d.gran = TIMEX_G_DEC;
		set_date(c, j + 1, &d, 0);
		return j + 1;
	}
	/* centuries: the 20th century */
	if ((st->t[j].kind == K_NUM && st->t[j].form == 'o') ||
	    has(st, j, W_ORD)) {
		int n = st->t[j].kind == K_NUM ? (int)st->t[j].num : W(st, j)->ord;

		if (n < 1 || n > 21)
			return 0;
		if (is_punct(st, j + 1, '-') && adj(st, j) && adj(st, j + 1))
			j++;
		d.y = (n - 1) * 100;
		d.gran = TIMEX_G_CENT;
		/*
		 * "the 18th and 19th centuries", "the 15th to 17th
		 * centuries": the first ends at its number, the second
		 * takes the plural
		 */
		if (d.y > 0 && !is(st, j + 1, "century") &&
		    (is(st, j + 1, "and") || is(st, j + 1, "or") ||
		    is(st, j + 1, "to")) && j + 3 < st->n &&
		    ((st->t[j + 2].kind == K_NUM && st->t[j + 2].form == 'o') ||
		    has(st, j + 2, W_ORD)) && is(st, j + 3, "centuries")) {
			set_date(c, j + 1, &d, 0);
			return j + 1;
		}
		if (d.y > 0 && is(st, j + 1, "centuries") && j >= 2 &&
		    (is(st, j - 1, "and") || is(st, j - 1, "or") ||
		    is(st, j - 1, "to")) && ((st->t[j - 2].kind == K_NUM &&
		    st->t[j - 2].form == 'o') || has(st, j - 2, W_ORD))) {
			set_date(c, j + 2, &d, 0);
			return j + 2;
		}
		if (!is(st, j + 1, "century") || d.y == 0)
			return 0;
		set_date(c, j + 2, &d, 0);
		return j + 2;
	}
	/* '94 */
	if (st->t[j].kind == K_NUM && st->t[j].form == '\'' && !fiscal &&
	    j > 0 && year_prep(st, j - 1)) {
		y = 1900 + (int)st->t[j].num;
		if (st->ctx->dct.y > 0 && y + 100 <= st->ctx->dct.y + 5)
			y += 100;
		d.y = y;
		d.gran = TIMEX_G_YEAR;
		set_date(c, j + 1, &d, 0);
		return j + 1;
	}
	/* "the 2026/27 season": a slash splits the year as a hyphen does */
	if (the && !fiscal && split_year(st, j) && is(st, j + 1, "season")) {
		d.y = (int)st->t[j].num;
		d.gran = TIMEX_G_YEAR;
		set_date(c, j + 2, &d, 0);
		return j + 2;
	}
	if ((y = year_at(st, j, fiscal || the)) == 0)
		return 0;
	if (the && !fiscal) {
		/*
		 * "the 2026-27 season", "the 2026 season": a season of play
		 * has no TIMEX3 code; its first year is what a reader can
		 * tell. "The 1988 period/quarter" belongs to m_quarter.
		 */
		k = j + 1;
		if (is_punct(st, k, '-') && adj(st, k - 1) && adj(st, k) &&
		    is_plain_num(st, k + 1) && (st->t[k + 1].ndig == 4 ||
		    st->t[k + 1].ndig == 2))
			k += 2;
		if (!is(st, k, "season"))
			return 0;
		d.y = y;
		d.gran = TIMEX_G_YEAR;
		set_date(c, k + 1, &d, 0);
		return k + 1;
	}
	d.y = y;
	d.gran = TIMEX_G_YEAR;
	j++;
	/* 2009-2010, 1990-91: a range keeps the first year */
	if (is_punct(st, j, '-') && adj(st, j - 1) && adj(st, j) &&
	    is_plain_num(st, j + 1) && (st->t[j + 1].ndig == 4 ||
	    st->t[j + 1].ndig == 2) && !count_word(st, j + 2))
		j += 2;
	set_date(c, j, &d, 0);
	return j;
}

/*
 * A year in words at i: "nineteen ninety-four" (and, when loose, "two
 * thousand", "two thousand and one").  Set *y; return the index past it,
 * or i.
 */
static size_t
wordyear_at(const struct st *st, size_t i, int *y, int loose)
{
	size_t j;
	long hi, lo, v;

	if (!has(st, i, W_NUM))
		return i;
	hi = W(st, i)->num;
	if (hi >= 10 && hi <= 20 && has(st, i + 1, W_NUM)) {
		j = numwords(st, i + 1, &lo);
		if (j > i + 1 && lo >= 10 && lo <= 99) {
			*y = (int)(hi * 100 + lo);
			return j;
		}
	}
	if (loose) {
		j = numwords(st, i, &v);
		if (j > i && v >= 1000 && v <= 2100) {
			*y = (int)v;
			return j;
		}
	}
	return i;
}

/* Spelled-out years: "nineteen ninety-four". */
static size_t
m_wordyear(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j;
	int y;

	if ((j = wordyear_at(st, i, &y, 0)) == i)
		return 0;
	memset(&d, 0, sizeof(d));
	d.y = y;
	d.gran = TIMEX_G_YEAR;
	set_date(c, j, &d, 0);
	return j;
}

/* ---------------------------------------------------------------- */
/* Expressions relative to the anchor or to the last date. */

/*
 * Resolve a weekday w by tense against the anchor; with no tense cue the
 * nearer of the last and the next ("polls close on Tuesday" said on a
 * Monday: the present tells the schedule), the last on a tie.
 */
static void
weekday_date(const struct st *st, int w, int tense, int dir,
    struct timex_date *d)
{
	int d0, delta;

	anchor(st, d, TIMEX_G_DAY);
	if (d->y <= 0) {
		d->y = 0;
		d->m = 0;
		d->d = 0;
		return;
	}
	d0 = timex_weekday(d->y, d->m, d->d);
	if (dir < 0) {		/* last Monday: strictly before */
		delta = -((d0 - w + 7) % 7);
		if (delta == 0)
			delta = -7;
	} else if (dir > 0) {	/* next Monday: strictly after */
		delta = (w - d0 + 7) % 7;
		if (delta == 0)
			delta = 7;
	} else if (dir == 2) {	/* this Monday: in the anchor's week */
		delta = w - d0;
	} else if (tense > 0)
		delta = (w - d0 + 7) % 7;
	else if (tense == 0 && (w - d0 + 7) % 7 != 0 &&
	    (w - d0 + 7) % 7 < (d0 - w + 7) % 7)
		delta = (w - d0 + 7) % 7;	/* no tense: the nearer */
	else
		delta = -((d0 - w + 7) % 7);
	shift(d, U_D, delta);
}

static void
unknown_day(struct timex_date *d)
{
	memset(d, 0, sizeof(*d));
	d->gran = TIMEX_G_DAY;
}

/* Append a part of day ("TNI") to c's value and make it a TIME. */
static void
add_part(struct cand *c, int part)
{
	size_t len = strlen(c->value);

	if (part == 6)
		snprintf(c->value + len, sizeof(c->value) - len, "T12:00");
	else if (part == 7)
		snprintf(c->value + len, sizeof(c->value) - len, "T24:00");
	else
		snprintf(c->value + len, sizeof(c->value) - len, "T%s",
		    part_code[part]);
	c->type = T_TIME;
}

/*
 * The word that makes the timex at i the end of a stretch or a deadline
 * ("until 6 p.m. Sunday", "until late Sunday", "through at least
 * Sunday", "by February", "effective Feb. 1"), before a time or a
 * modifier of it: its index, or i if none.
 */
static size_t
until_before(const struct st *st, size_t i)
{
	size_t k;

	for (k = i; k > 0 && k + 6 > i; k--) {
		if (is(st, k - 1, "until") || is(st, k - 1, "till") ||
		    is(st, k - 1, "through") || is(st, k - 1, "til") ||
		    is(st, k - 1, "effective") || (is(st, k - 1, "by") &&
		    !is(st, i + 1, "'s")))
			return k - 1;
		/* "until the end of February": past the position */
		if (k >= 4 && is(st, k - 1, "of") && is(st, k - 3, "the") &&
		    (is(st, k - 2, "end") || is(st, k - 2, "start") ||
		    is(st, k - 2, "beginning") || is(st, k - 2, "middle"))) {
			k -= 2;
			continue;
		}
		if (st->t[k - 1].kind == K_NUM || has(st, k - 1, W_CLOCK |
		    W_ZONE | W_MOD) || is(st, k - 1, "on") ||
		    is_punct(st, k - 1, ',') || is(st, k - 1, "at") ||
		    is(st, k - 1, "least") || is(st, k - 1, "noon") ||
		    is(st, k - 1, "midnight") || is(st, k - 1, "midday"))
			continue;
		break;
	}
	return i;
}

/*
 * The tense of the clause before token u: the nearest verb back to the
 * clause's start ("that", "which", a comma) is a past form (-1: "was
 * closed until"), a past form that moves a date ahead (-2: "extended
 * its deadline until", "adjourned until", "vowed to return by") or a
 * present one (1: "that
 * runs until", "is closed until", "has extended"); 0 for none ("Until
 * Thursday, they had not": the clause follows).
 */
static int
clause_tense(const struct st *st, size_t u)
{
	static const char *const defer[] = { "extended", "postponed",
	    "delayed", "deferred", "adjourned", "suspended", "gave",
	    "granted", "pushed", "moved", "put", "issued", "rescheduled",
	    "vowed", "promised", "pledged", "agreed", "decided", "threatened",
	    "wanted", "hoped", "sought", "voted", "ordered", "asked", "urged",
	    NULL };
	size_t k;
	int inf = 0;

	if (st->tense == NULL)
		return 0;
	for (k = u; k > 0 && k + 12 > u; k--) {
		/*
		 * "were told to remove them by Thursday": the infinitive's
		 * deadline is after the past verb, before or after the
		 * anchor: the nearer
		 */
		if (infinitive_at(st, k - 1))
			inf = 1;
		if (is_punct(st, k - 1, ',') || is_punct(st, k - 1, ';') ||
		    is(st, k - 1, "that") || is(st, k - 1, "which") ||
		    is(st, k - 1, "who") || is(st, k - 1, "and") ||
		    is(st, k - 1, "but"))
			return 0;
		if (is(st, k - 1, "is") || is(st, k - 1, "are") ||
		    is(st, k - 1, "remains") || is(st, k - 1, "remain") ||
		    is(st, k - 1, "stays") || is(st, k - 1, "stay") ||
		    is(st, k - 1, "runs") || is(st, k - 1, "lasts") ||
		    is(st, k - 1, "continues") || is(st, k - 1, "has") ||
		    is(st, k - 1, "have") || st->tense[k - 1] > 0)
			return 1;
		if (st->tense[k - 1] != -1 || (k >= 2 && (is(st, k - 2, "is") ||
		    is(st, k - 2, "are") || is(st, k - 2, "remains") ||
		    is(st, k - 2, "remain") || is(st, k - 2, "has") ||
		    is(st, k - 2, "have"))))
			continue;
		if (word_in(&st->t[k - 1], defer))
			return -2;
		return inf ? -2 : -1;
	}
	return 0;
}

/*
 * The tense for a timex at [i, j) that ends a stretch or a deadline:
 * 1 ahead ("is closed until Sunday", "effective Feb. 1"), 0 the nearer
 * ("extended its deadline until Tuesday"), -1 past ("was closed until
 * Sunday"), or 2 when it is none or its clause does not tell.
 */
static int
end_tense(const struct st *st, size_t i, size_t j)
{
	return end_tense_at(st, i, j, until_before(st, i));
}

/* end_tense() given k, what until_before() gave. */
static int
end_tense_at(const struct st *st, size_t i, size_t j, size_t k)
{
	int r;

	if (k == i)
		return 2;
	r = clause_tense(st, k);
	if (r > 0 || (r == 0 && ((is(st, k, "effective") && k > 0) ||
	    tense_at(st, i, j) == 0)))
		return 1;
	return r == -2 ? 0 : r == -1 ? -1 : 2;
}

/*
 * A clock time comes right before the weekday at i: "18:00 on Saturday",
 * "05:00 SAST on Saturday" (a zone between them).
 */
static int
clock_on(const struct st *st, size_t i)
{
	if (i > 0 && is(st, i - 1, "on"))
		i--;
	if (i > 1 && has(st, i - 1, W_ZONE) && st->t[i - 1].cap)
		i--;
	return i > 0 && (st->t[i - 1].form == ':' || is(st, i - 1, "p.m.") ||
	    is(st, i - 1, "a.m.") || is(st, i - 1, "pm") || is(st, i - 1, "am"));
}

/*
 * The weekday at i ends a range begun by "from" a few words before:
 * "from Thursday to Tuesday", "from 9am on Friday to Sunday".  The index
 * of "to", or i.
 */
static size_t
to_after_from(const struct st *st, size_t i)
{
	size_t k;

	if (i < 3 || !is(st, i - 1, "to"))
		return i;
	for (k = i - 1; k > 0 && k + 8 > i; k--) {
		if (st->t[k - 1].kind == K_PUNCT && !is_punct(st, k - 1, '.'))
			return i;
		if (is(st, k - 1, "from"))
			return i - 1;
	}
	return i;
}

/*
 * The weekday at i starts a stretch ("from 6pm on Saturday") in a
 * sentence whose verb is a present perfect: "has issued a warning for
 * snow from 6pm on Saturday" tells of a stretch now in force, the
 * nearer day (the past participle alone would make it the last).
 */
static int
perfect_from(const struct st *st, size_t i)
{
	size_t k, n;

	for (k = i, n = 0; k > 0 && n < 4; k--, n++)
		if (is(st, k - 1, "from"))
			break;
	if (k == 0 || n == 4 || st->tense == NULL)
		return 0;
	for (k--, n = 0; k > 0 && n < 12; k--, n++) {
		if (st->t[k - 1].kind == K_PUNCT)
			return 0;
		if (st->tense[k - 1] == 0)
			continue;
		return st->tense[k - 1] == -1 && k >= 2 && (is(st, k - 2,
		    "has") || is(st, k - 2, "have"));
	}
	return 0;
}

/*
 * The day at i is where an event was moved: 2 put off ("has been
 * postponed to Friday", "was pushed back to Thursday"), a day still to
 * come; 1 moved ("was moved to Tuesday night", "was brought forward to
 * Monday"), which may be ahead or just past: the nearer; else 0.
 */
static int
moved_to(const struct st *st, size_t i)
{
	static const char *const later[] = { "postponed", "delayed",
	    "deferred", "adjourned", NULL };
	static const char *const moved[] = { "moved", "rescheduled",
	    "switched", "shifted", "put", "pushed", "brought", "bumped", NULL };
	size_t k = i;

	if (k > 0 && is(st, k - 1, "on"))
		k--;
	if (k < 2 || !(is(st, k - 1, "to") || is(st, k - 1, "for") ||
	    is(st, k - 1, "until")))
		return 0;
	k--;
	if (is(st, k - 1, "back") && (is(st, k - 2, "pushed") ||
	    is(st, k - 2, "put")))
		return 2;
	if (is(st, k - 1, "back") || is(st, k - 1, "forward") ||
	    is(st, k - 1, "off"))
		k--;
	if (k == 0)
		return 0;
	return word_in(&st->t[k - 1], later) ? 2 :
	    word_in(&st->t[k - 1], moved) ? 1 : 0;
}

/*
 * The weekday at [i, j) is told in local time: "Wednesday morning local
 * time", "at 6 a.m. local time on Wednesday".
 */
static int
local_time(const struct st *st, size_t i, size_t j)
{
	if (has(st, j, W_PART))
		j++;
	if (is(st, j, "local") && is(st, j + 1, "time"))
		return 1;
	if (i > 0 && (is(st, i - 1, "on") || is_punct(st, i - 1, ',')))
		i--;
	return i >= 2 && is(st, i - 2, "local") && is(st, i - 1, "time");
}

/*
 * The weekday at i follows a word of getting ready: "ready for
 * Saturday's final", "preparing for Monday's vote", "the build-up to
 * Friday's game", "on the eve of Sunday's race".
 */
static int
readying_for(const struct st *st, size_t i)
{
	static const char *const ready[] = { "ready", "prepare", "prepares",
	    "preparing", "prepared", "preparation", "preparations",
	    "build-up", "buildup", "countdown", "eve", NULL };

	if (i < 2 || !(is(st, i - 1, "for") || is(st, i - 1, "to") ||
	    is(st, i - 1, "of")) || !word_in(&st->t[i - 2], ready))
		return 0;
	/* "for" after ready and prepare, "to" after build-up and
	 * countdown, "of" after eve */
	if (is(st, i - 2, "eve"))
		return is(st, i - 1, "of");
	if (is(st, i - 2, "build-up") || is(st, i - 2, "buildup") ||
	    is(st, i - 2, "countdown"))
		return is(st, i - 1, "to");
	return is(st, i - 1, "for");
}

/*
 * The weekday at i is the deadline of a request: "had asked the board for
 * a report by Friday", "ordered them to leave by Sunday".  What is asked
 * for is still to come, whatever the tense of the asking.
 */
static int
requested_by(const struct st *st, size_t i)
{
	static const char *const asks[] = { "asked", "ordered", "urged",
	    "demanded", "requested", "instructed", "directed", "summoned",
	    NULL };
	size_t k, n;

	if (i < 3 || !is(st, i - 1, "by"))
		return 0;
	for (k = i - 1, n = 0; k > 0 && n < 12; k--, n++) {
		if (st->t[k - 1].kind == K_PUNCT && !is_punct(st, k - 1, ','))
			return 0;
		if (word_in(&st->t[k - 1], asks))
			return 1;
	}
	return 0;
}

/* A weekday, maybe with a part of day: "Monday", "Monday night". */
static size_t
m_weekday(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	struct cand dc;
	const struct tword *w = W(st, i);
	size_t j = i + 1, len, k;
	int wd, r;

	if (w == NULL || !(w->cls & W_WDAY)) {
		/* Mondays: a set */
		len = i < st->n ? st->t[i].lwlen : 0;
		if (len < 7 || st->t[i].lw[len - 1] != 's' || !st->t[i].cap)
			return 0;
		w = tw_get(st->tx, st->t[i].lw, len - 1);
		if (w == NULL || !(w->cls & W_WDAY))
			return 0;
		snprintf(c->value, sizeof(c->value), "XXXX-WXX-%d", w->wday);
		c->type = T_SET;
		c->end = i + 1;
		return i + 1;
	}
	len = st->t[i].end - st->t[i].start;
	if (len <= 4) {		/* Wed., Sat: capitalised with a period */
		if (!st->t[i].cap || !is_punct(st, j, '.') || !adj(st, i))
			return 0;
		j++;
	} else if (!st->t[i].cap && i > 0 && !is(st, i - 1, "on"))
		return 0;
	wd = w->wday;
	/*
	 * "returns to court on Tuesday week", "Friday week", "Friday
	 * fortnight" (British and Australian): the coming such day
	 * (today's, said on a Tuesday), a week or two on
	 */
	if ((is(st, j, "week") || is(st, j, "fortnight")) &&
	    !is(st, j + 1, "of") && !is_punct(st, j + 1, '-')) {
		weekday_date(st, wd, 1, 0, &d);
		if (d.y > 0)
			shift(&d, U_D, is(st, j, "week") ? 7 : 14);
		else
			unknown_day(&d);
		set_date(c, j + 1, &d, 1);
		return j + 1;
	}
	/* "every Monday and Thursday": the second day a set too */
	if (i >= 3 && (is(st, i - 1, "and") || is(st, i - 1, "or")) &&
	    has(st, i - 2, W_WDAY) && st->t[i - 2].cap &&
	    (is(st, i - 3, "every") || is(st, i - 3, "each"))) {
		snprintf(c->value, sizeof(c->value), "XXXX-WXX-%d", wd);
		c->type = T_SET;
		c->end = j;
		return j;
	}
	/*
	 * "as early as Tuesday", "as soon as Tuesday", "ahead of Friday's
	 * jobs report", "in advance of Monday's vote": a day still to come;
	 * so is "are ready for Saturday's final" unless the sentence is
	 * past ("were preparing for Saturday's game")
	 */
	if ((i >= 3 && is(st, i - 3, "as") && (is(st, i - 2, "early") ||
	    is(st, i - 2, "soon")) && is(st, i - 1, "as")) || (i >= 2 &&
	    (is(st, i - 2, "ahead") || is(st, i - 2, "advance")) &&
	    (is(st, i - 1, "of") || is(st, i - 1, "to"))) ||
	    (readying_for(st, i) && tense_at(st, i, j) >= 0) ||
	    requested_by(st, i))
		weekday_date(st, wd, 1, 0, &d);
	else if ((r = moved_to(st, i)) != 0)
		weekday_date(st, wd, r == 2, 0, &d);
	else if (((k = until_before(st, i)) < i || (k = to_after_from(st,
	    i)) < i) && !is(st, k, "by") &&
	    !is(st, k, "effective") && st->anyday.y > 0 &&
	    labs(timex_days(st->anyday.y, st->anyday.m, st->anyday.d) -
	    timex_days(st->ctx->dct.y, st->ctx->dct.m, st->ctx->dct.d)) <= 7) {
		/*
		 * "issued a warning on Saturday that runs until 6 p.m.
		 * Sunday": the end of a stretch comes after the day its
		 * sentence named (a day of the anchor's weeks: "began on
		 * Oct. 25 and all were done by Friday" is not Oct. 28).
		 */
		d = st->anyday;
		/* "09:42: ... until 18:00 on Saturday": with a clock time
		 * the end may fall on the day named. */
		shift(&d, U_D, clock_on(st, i) ?
		    (wd - timex_weekday(d.y, d.m, d.d) + 7) % 7 :
		    (wd - timex_weekday(d.y, d.m, d.d) + 6) % 7 + 1);
	} else if ((r = end_tense_at(st, i, j, k)) != 2)
		weekday_date(st, wd, r, 0, &d);	/* "is closed until Sunday" */
	else if (perfect_from(st, i))
		weekday_date(st, wd, 0, 0, &d);
	else {
		weekday_date(st, wd, tense_at(st, i, j), 0, &d);
		/*
		 * "Asian stocks opened lower on Wednesday morning local
		 * time" in a wrap dated Tuesday: a zone ahead of the
		 * anchor's may already be on the day after it, not a week
		 * back
		 */
		anchor(st, &dc.date, TIMEX_G_DAY);
		if (d.y > 0 && dc.date.y > 0 && timex_days(d.y, d.m, d.d) -
		    timex_days(dc.date.y, dc.date.m, dc.date.d) == -6 &&
		    local_time(st, i, j))
			shift(&d, U_D, 7);
	}
	set_date(c, j, &d, 1);
	if (d.y <= 0)
		snprintf(c->value, sizeof(c->value), "XXXX-WXX-%d", wd);
	if (has(st, j, W_PART) && W(st, j)->part <= 4) {
		if (W(st, j)->plural) {
			snprintf(c->value, sizeof(c->value), "XXXX-WXX-%dT%s",
			    wd, part_code[W(st, j)->part]);
			c->type = T_SET;
			c->end = j + 1;
			return j + 1;
		}
		add_part(c, W(st, j)->part);
		c->end = ++j;
		/* "Sunday morning, 6 April": the date names the day */
		memset(&dc, 0, sizeof(dc));
		if (is_punct(st, j, ',') && m_absdate(st, j + 1, &dc) > j + 1 &&
		    dc.type == T_DATE && dc.date.gran == TIMEX_G_DAY &&
		    dc.date.y > 0 && timex_weekday(dc.date.y, dc.date.m,
		    dc.date.d) == wd) {
			set_date(c, dc.end, &dc.date, 0);
			add_part(c, W(st, j - 1)->part);
			j = dc.end;
		}
	}
	return j;
}

/* A multi-word lexicon key starting at i: the longest, with its end. */
static const struct tword *
phrase_at(const struct st *st, size_t i, unsigned cls, size_t *end)
{
	char key[TW_KEY];
	size_t j, len = 0, l;
	const struct tword *w, *best = NULL;

	for (j = i; j < st->n && j < i + 5; j++) {
		l = st->t[j].lwlen;
		if (l == 0)
			break;
		if (j > i && st->t[j].kind == K_WORD && strcmp(st->t[j].lw, "'s") == 0) {
			/* new year's: no space before 's */
		} else if (j > i) {
			if (len + 1 >= TW_KEY)
				break;
			key[len++] = ' ';
		}
		if (len + l >= TW_KEY)
			break;
		memcpy(key + len, st->t[j].lw, l);
		len += l;
		w = tw_get(st->tx, key, len);
		if (w == NULL)
			break;
		if (w->cls & cls) {
			best = w;
			*end = j + 1;
		}
		if (!(w->cls & W_PFX) && j > i)
			break;
		if (j == i && !(w->cls & W_PFX) && !(w->cls & cls))
			break;
	}
	return best;
}

/* A lower-case word ending in -ed: "the past voiced ..." */
static int
is_ed(const struct tok *t)
{
	return t->lwlen >= 4 && t->lw[t->lwlen - 2] == 'e' &&
	    t->lw[t->lwlen - 1] == 'd';
}

/* A grammar word that may follow a noun: "the future of", "the past is". */
static int
function_word(const struct tok *t)
{
	static const char *const words[] = { "and", "but", "nor", "are",
	    "was", "were", "has", "have", "had", "will", "would", "can",
	    "could", "may", "might", "shall", "should", "must", "that",
	    "which", "who", "whose", "when", "where", "while", "for", "from",
	    "with", "than", "the", "its", "his", "her", "our", "their", "you",
	    "they", "she", "into", "onto", "upon", "about", "because",
	    "remains", "seems", "looks", "lies", NULL };

	return word_in(t, words);
}

/*
 * The sentence is a headline in title case: most of its longer words
 * start with a capital ("Senate Votes Today On Spending Bill").
 */
static int
title_case(const struct st *st)
{
	size_t k, words = 0, caps = 0;

	for (k = 0; k < st->n; k++)
		if (st->t[k].kind == K_WORD && st->t[k].lwlen > 3) {
			words++;
			caps += st->t[k].cap != 0;
		}
	return words > 0 && caps * 5 >= words * 4;
}

/*
 * "soon" at token i tells of a past clause: the verb next to it is in
 * the past ("soon became", "was soon released", "had soon left"), with
 * no modal or future cue nearer ("will soon be released").
 */
static int
soon_past(const struct st *st, size_t i)
{
	size_t k;

	if (st->tense == NULL)
		return 0;
	if (i + 1 < st->n && st->tense[i + 1] == -1)
		return 1;
	for (k = i; k > 0 && k + 3 > i; k--) {
		if (st->t[k - 1].kind == K_PUNCT)
			return 0;
		if (st->tense[k - 1] != 0)
			return st->tense[k - 1] == -1;
	}
	return 0;
}

/* Words and phrases with a fixed reading (now, today, daily, ...). */
static size_t
m_ref(const struct st *st, size_t i, struct cand *c)
{
	const struct tword *w;
	struct timex_date d;
	size_t end = 0;
	const char *v, *sp;
	char type[12];

	if (i >= st->n || st->t[i].kind != K_WORD)
		return 0;
	w = phrase_at(st, i, W_REF, &end);
	if (w == NULL)
		return 0;
	v = w->ref;
	sp = strchr(v, ' ');
	if (sp == NULL || (size_t)(sp - v) >= sizeof(type))
		return 0;
	memcpy(type, v, (size_t)(sp - v));
	type[sp - v] = '\0';
	v = sp + 1;
	/* "as soon as" */
	if (is(st, i, "soon") && i > 0 && is(st, i - 1, "as"))
		return 0;
	/* "Kim Soon": a name (a capital after a capital, no headline) */
	if (is(st, i, "soon") && st->t[i].cap && i > 0 &&
	    st->t[i - 1].kind == K_WORD && st->t[i - 1].cap && !title_case(st))
		return 0;
	/*
	 * "soon after the vote", "soon afterwards": near another event, not
	 * the future; "was soon released", "soon became": soon after a past
	 * time, no reference to now (FUTURE_REF) either.
	 */
	if (is(st, i, "soon") && end == i + 1 && (is(st, end, "after") ||
	    is(st, end, "afterwards") || is(st, end, "afterward") ||
	    is(st, end, "thereafter") || soon_past(st, i)))
		return 0;
	/* "Now, he says, ...": a discourse word that opens a sentence */
	if (end == i + 1 && is(st, i, "now") && is_punct(st, i + 1, ',') &&
	    (i == 0 || (i == 1 && st->t[0].kind == K_PUNCT)))
		return 0;
	if (is(st, i, "the") && end == i + 2 && is(st, i + 1, "past") &&
	    (has(st, end, W_UNIT) || has(st, end, W_NUM)))
		return 0;
	/*
	 * "the present building", "the future king": an adjective before
	 * a noun, not the time ("the future of", "the past is").
	 */
	if (is(st, i, "the") && end == i + 2 && (is(st, i + 1, "present") ||
	    is(st, i + 1, "past") || is(st, i + 1, "future")) &&
	    end < st->n && st->t[end].kind == K_WORD && !st->t[end].cap &&
	    st->t[end].lwlen >= 3 && (W(st, end) == NULL ||
	    !(W(st, end)->cls & ~(W_PWORD | W_PFX))) &&
	    !is_ed(&st->t[end]) && !function_word(&st->t[end]))
		return 0;
	/*
	 * A newspaper: "The Daily Mail", "Kookmin Daily" (capital inside
	 * a sentence), "the daily Le Figaro" (before a name).
	 */
	if (strcmp(type, "SET") == 0 && end == i + 1 && ((st->t[i].cap &&
	    i > 0 && st->t[i - 1].kind == K_WORD) || (end < st->n &&
	    st->t[end].kind == K_WORD && st->t[end].cap &&
	    W(st, end) == NULL)))
		return 0;
	/*
	 * A title: "USA Today", "Radio 4's Today programme", "the Today
	 * show" (a capital inside a sentence that is no headline in title
	 * case, after a name or a possessive, or before a noun).
	 */
	if (end == i + 1 && st->t[i].cap && i > 0 &&
	    (is(st, i, "today") || is(st, i, "tonight")) && !title_case(st) &&
	    ((st->t[i - 1].kind == K_WORD && (st->t[i - 1].cap ||
	    is(st, i - 1, "'s"))) || is(st, end, "programme") ||
	    is(st, end, "program") || is(st, end, "show")))
		return 0;
	/* "quarterly earnings": an adjective before a noun is no set */
	if (strcmp(type, "SET") == 0 && end < st->n &&
	    st->t[end].kind == K_WORD && !st->t[end].cap &&
	    (W(st, end) == NULL || !(W(st, end)->cls & ~(W_PAST | W_REPORT |
	    W_NOTENSE | W_BIZ | W_SPORT | W_SCHED))) &&
	    strcmp(st->t[end].lw, "and") != 0 &&
	    strcmp(st->t[end].lw, "or") != 0 && st->t[end].lwlen > 3)
		return 0;
	c->type = strcmp(type, "TIME") == 0 ? T_TIME : strcmp(type, "SET") == 0 ?
	    T_SET : T_DATE;
	c->end = end;
	if (v[0] == 'D' && (v[1] == '+' || v[1] == '-')) {
		anchor(st, &d, TIMEX_G_DAY);
		if (d.y > 0)
			shift(&d, U_D, atoi(v + 1));
		else
			unknown_day(&d);
		/* "gusts of up to 40 mph overnight": tonight's, still ahead */
		if (d.y > 0 && is(st, i, "overnight") && tense_at(st, i, end) > 0)
			shift(&d, U_D, 1);
		/*
		 * "will fall to minus 12 overnight Thursday", "overnight on
		 * Sunday": that day's night (the day a timex of its own)
		 */
		if (is(st, i, "overnight")) {
			struct cand dc;
			size_t k = is(st, end, "on") ? end + 1 : end;

			memset(&dc, 0, sizeof(dc));
			if (m_weekday(st, k, &dc) == k + 1 && dc.type == T_DATE &&
			    dc.date.gran == TIMEX_G_DAY && dc.date.y > 0)
				d = dc.date;
		}
		set_date(c, end, &d, 1);
		c->type = strcmp(type, "TIME") == 0 ? T_TIME : T_DATE;
		sp = strchr(v, ' ');
		if (sp != NULL) {
			size_t len = strlen(c->value);

			snprintf(c->value + len, sizeof(c->value) - len, "%s",
			    sp + 1);
		} else if (has(st, end, W_PART) && W(st, end)->part <= 4 &&
		    !W(st, end)->plural) {
			/* yesterday morning */
			add_part(c, W(st, end)->part);
			c->end = ++end;
		}
		return end;
	}
	snprintf(c->value, sizeof(c->value), "%s", v);
	c->ref = 1;
	return end;
}

/*
 * The day of holiday rule r (see timex_holidays.txt) in year y; d.y 0
 * when y is unknown.
 */
static void
holiday_date(const char *r, int y, struct timex_date *d)
{
	int m, day = 0, n, wd;
	long e;

	memset(d, 0, sizeof(*d));
	d->gran = TIMEX_G_DAY;
	if (y <= 0)
		return;
	if (strncmp(r, "easter", 6) == 0) {
		/* anonymous Gregorian computus */
		int a = y % 19, b = y / 100, cc = y % 100, dd = b / 4,
		    ee = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3,
		    h = (19 * a + b - dd - g + 15) % 30, ii = cc / 4,
		    kk = cc % 4, l = (32 + 2 * ee + 2 * ii - h - kk) % 7,
		    mm = (a + 11 * h + 22 * l) / 451;

		m = (h + l - 7 * mm + 114) / 31;
		day = (h + l - 7 * mm + 114) % 31 + 1;
		e = timex_days(y, m, day) + atoi(r + 6);
		timex_civil(e, &d->y, &d->m, &d->d);
		return;
	}
	m = atoi(r);
	if (r[2] == '-') {
		day = atoi(r + 3);
	} else {
		const char *plus = strchr(r, '+');	/* "11/1/1+1": the day after */
		int first = timex_weekday(y, m, 1);

		n = atoi(r + 3);
		wd = atoi(strrchr(r, '/') + 1);
		if (n > 0)
			day = 1 + (wd - first + 7) % 7 + (n - 1) * 7;
		else {
			int ml = timex_month_len(y, m);
			int lastw = timex_weekday(y, m, ml);

			day = ml - (lastw - wd + 7) % 7;
		}
		if (plus != NULL)
			day += atoi(plus + 1);
	}
	d->y = y;
	d->m = m;
	d->d = day;
}

/* Holidays: Christmas, Thanksgiving Day. */
static size_t
m_holiday(const struct st *st, size_t i, struct cand *c)
{
	const struct tword *w;
	struct timex_date d;
	size_t end = 0, k;
	int m, y, tense = 0;
	const char *r;

	if (i >= st->n || !st->t[i].cap)
		return 0;
	w = phrase_at(st, i, W_HOL, &end);
	if (w == NULL)
		return 0;
	r = w->hol;
	k = year_after(st, end, &y);
	if (k == end) {
		tense = tense_at(st, i, end);
		/* "will reopen at Easter" said in November: next year's */
		m = strncmp(r, "easter", 6) == 0 ? 4 : atoi(r);
		y = guess_year(st, m, strncmp(r, "easter", 6) == 0 ? 1 :
		    r[2] == '-' ? atoi(r + 3) : 15, tense);
	}
	holiday_date(r, y, &d);
	/*
	 * "MPs returned after the Thanksgiving weekend" said in October:
	 * what a past verb tells of after a holiday is behind the anchor,
	 * and so is the holiday ("sales rose ahead of Christmas" is not)
	 */
	if (k == end && tense < 0 && d.y > 0 && st->ctx->dct.y > 0 &&
	    i > 0 && (is(st, i - 1, "after") || (i > 1 &&
	    is(st, i - 1, "the") && is(st, i - 2, "after"))) &&
	    timex_days(d.y, d.m, d.d) > timex_days(st->ctx->dct.y,
	    st->ctx->dct.m, st->ctx->dct.d))
		holiday_date(r, d.y - 1, &d);
	set_date(c, k, &d, k == end);
	return k;
}

/* Seasons: "this summer", "the summer of 1994", "last fall". */
static size_t
m_season(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j = i;
	int dir = 0, y = 0, s, the = 0;

	if (is(st, j, "this") || is(st, j, "last") || is(st, j, "next") ||
	    is(st, j, "past")) {
		dir = is(st, j, "this") ? 2 : is(st, j, "next") ? 1 : -1;
		j++;
	} else if (is(st, j, "the")) {
		the = 1;
		j++;
	}
	if (!has(st, j, W_SEAS) || W(st, j)->plural)
		return 0;
	s = W(st, j)->season;
	j++;
	memset(&d, 0, sizeof(d));
	d.gran = TIMEX_G_SEAS;
	d.sub = s;
	if (year_after(st, j, &y) > j && !(dir != 0)) {
		j = year_after(st, j, &y);
		/* "the winter of 2018-19": the season that spans both */
		if (is_punct(st, j, '-') && adj(st, j - 1) && adj(st, j) &&
		    is_plain_num(st, j + 1) && (st->t[j + 1].ndig == 2 ||
		    st->t[j + 1].ndig == 4))
			j += 2;
		d.y = y;
		set_date(c, j, &d, 0);
		return j;
	}
	/* "the fall of Saddam Hussein", "the fall of the Berlin Wall" */
	if (is(st, j - 1, "fall") && is(st, j, "of"))
		return 0;
	/*
	 * "the Autumn Statement", "the Winter Olympics": a capitalised
	 * season inside a name (not before a month or a weekday)
	 */
	if (st->t[j - 1].cap && j < st->n && st->t[j].cap &&
	    st->t[j].kind == K_WORD && !has(st, j, W_MONTH | W_WDAY) &&
	    (j - 1 > 0 || is_word(st, j + 1)))
		return 0;
	/* a bare season needs a preposition: "prices fall", "to spring" */
	if (dir == 0 && !the && !(i > 0 && (is(st, i - 1, "in") ||
	    is(st, i - 1, "during") || is(st, i - 1, "since") ||
	    is(st, i - 1, "until") || is(st, i - 1, "by") ||
	    is(st, i - 1, "early") || is(st, i - 1, "late") ||
	    is(st, i - 1, "mid") || is(st, i - 1, "of") ||
	    is(st, i - 1, "through") || is(st, i - 1, "before") ||
	    is(st, i - 1, "after") || is(st, i - 1, "till"))))
		return 0;
	if (the && !(i > 0 && (year_prep(st, i - 1) || is(st, i - 1, "over") ||
	    (i > 1 && is(st, i - 2, "at") && (is(st, i - 1, "least") ||
	    is(st, i - 1, "most"))))))
		return 0;
	if (st->ctx->dct.y > 0) {
		/*
		 * Count seasons from year 0: the winter of a year runs from
		 * its December into the next February.
		 */
		int m = st->ctx->dct.m;
		int cy = m <= 2 ? st->ctx->dct.y - 1 : st->ctx->dct.y;
		int cs = m == 12 || m <= 2 ? 4 : (m - 3) / 3 + 1;
		long cur = (long)cy * 4 + cs, t = (long)cy * 4 + s;

		if (dir < 0 && t >= cur)
			t -= 4;
		else if (dir == 1 && t <= cur)
			t += 4;
		else if (dir == 0 && t > cur && tense_at(st, i, j) < 0)
			t -= 4;
		else if (dir == 0 && t < cur && tense_at(st, i, j) > 0)
			t += 4;	/* "will wait until the summer" in November */
		d.y = (int)((t - s) / 4);
		/*
		 * "the last election, in 2023, was held in the autumn": a
		 * past season of the year its sentence named
		 */
		if (dir == 0 && st->year > 0 && st->year < st->ctx->dct.y &&
		    tense_at(st, i, j) < 0)
			d.y = st->year;
	}
	set_date(c, j, &d, 1);
	return j;
}

/* Whether a word of the sentence has a class in cls. */
static int
sentence_has(const struct st *st, unsigned cls)
{
	size_t i;

	for (i = 0; i < st->n; i++)
		if (st->t[i].w != NULL && (st->t[i].w->cls & cls))
			return 1;
	return 0;
}

/*
 * A verb of voting comes shortly before the count at i: "voted 7-2",
 * "the board backed the plan 7-2", "approved the merger 5-4".
 */
static int
vote_before(const struct st *st, size_t i)
{
	static const char *const verbs[] = { "voted", "backed", "approved",
	    "rejected", "endorsed", "adopted", "upheld", "overturned",
	    "ruled", "passed", "confirmed", "vote", "votes", NULL };
	size_t k;

	for (k = i; k > 0 && k + 6 > i; k--) {
		if (st->t[k - 1].kind == K_PUNCT)
			return 0;
		if (word_in(&st->t[k - 1], verbs))
			return 1;
	}
	return 0;
}

/*
 * The sentence gives a match's score ("led 17-10", "won 27-20"): two
 * numbers of at most three digits joined by a hyphen, not a vote's
 * ("a 52-48 vote", "the 5-4 ruling") nor a range of percentages.
 */
static int
sentence_score(const struct st *st)
{
	size_t i;

	for (i = 0; i + 2 < st->n; i++)
		if (is_plain_num(st, i) && st->t[i].ndig <= 3 &&
		    is_punct(st, i + 1, '-') && is_plain_num(st, i + 2) &&
		    st->t[i + 2].ndig <= 3 && !st->t[i + 1].sp &&
		    !st->t[i + 2].sp && !is_punct(st, i + 3, '%') &&
		    !is(st, i + 3, "percent") && !is(st, i + 3, "vote") &&
		    !is(st, i + 3, "votes") && !is(st, i + 3, "ruling") &&
		    !is(st, i + 3, "decision") && !is(st, i + 3, "majority") &&
		    !vote_before(st, i))
			return 1;
	return 0;
}

/*
 * The sentence reports a stretch longer than a quarter and shorter than
 * a year: "the nine months", "the first six months", "the nine-month
 * period", "the first half".  Its year-ago match has no TIMEX3 value
 * finer than the year.
 */
static int
months_stretch(const struct st *st)
{
	size_t i, k;
	long v;

	for (i = 0; i + 1 < st->n; i++) {
		if (is(st, i, "half") && i > 0 && (is(st, i - 1, "first") ||
		    is(st, i - 1, "second")))
			return 1;
		v = is_plain_num(st, i) ? st->t[i].num : has(st, i, W_NUM) ?
		    W(st, i)->num : 0;
		if (v < 4 || v > 11)
			continue;
		k = i + 1;
		if (is_punct(st, k, '-'))
			k++;
		if (is(st, k, "months") || is(st, k, "month"))
			return 1;
	}
	return 0;
}

/*
 * "July-September" (capitalised, no spaces) naming a calendar quarter:
 * return the quarter, or 0.
 */
static int
months_quarter(const struct st *st, size_t i)
{
	int a, b;

	if (!st->t[i].cap || !adj(st, i) || !adj(st, i + 1) ||
	    !has(st, i + 2, W_MONTH) || !st->t[i + 2].cap)
		return 0;
	a = W(st, i)->month;
	b = W(st, i + 2)->month;
	return (a - 1) % 3 == 0 && b == a + 2 ? (a - 1) / 3 + 1 : 0;
}

/* Quarters and halves: "the third quarter", "third-quarter", "fiscal 1989". */
static size_t
m_quarter(const struct st *st, size_t i, struct cand *c)
{
	/* what may follow a half of the year, "H2", not hydrogen */
	static const char *const after_half[] = { "and", "or", "will",
	    "would", "is", "was", "are", "were", "to", "from", "than", "as",
	    "after", "before", "of", "on", "at", "rose", "fell", "could",
	    "should", "may", "might", NULL };
	struct timex_date d;
	size_t j = i, k;
	int yoff = 0, yset = 0, y = 0, q = 0, half = 0, prev = 0, ago = 0,
	    explicit_year = 0, the = 0, fiscal = 0;

	/*
	 * "the same period last year", "the corresponding quarter of last
	 * year", "the comparable period a year ago": the period being
	 * reported (the last quarter named, else the year), a year back.
	 */
	if (is(st, j, "the") && (is(st, j + 1, "same") ||
	    is(st, j + 1, "corresponding") || is(st, j + 1, "comparable")) &&
	    (is(st, j + 2, "period") || is(st, j + 2, "quarter"))) {
		k = j + 3;
		if (is(st, k, "of"))
			k++;
		if (is(st, k, "last") && is(st, k + 1, "year"))
			k += 2;
		else if (is(st, k, "a") && is(st, k + 1, "year") &&
		    (is(st, k + 2, "ago") || is(st, k + 2, "earlier")))
			k += 3;
		else
			k = 0;
		if (k > 0) {
			memset(&d, 0, sizeof(d));
			anchor(st, &d, TIMEX_G_YEAR);
			if (st->ctx->last.gran == TIMEX_G_QUART &&
			    st->ctx->last.y > 0 && (is(st, j + 2, "quarter") ||
			    !months_stretch(st)))
				d = st->ctx->last;
			else if (st->lastset && st->ctx->last.y > 0 &&
			    st->ctx->last.gran >= TIMEX_G_YEAR &&
			    !is(st, j + 2, "quarter")) {
				/*
				 * "the six months to December", "from January
				 * to October": a stretch of the year this
				 * sentence named, no single month
				 */
				d = st->ctx->last;
				d.gran = TIMEX_G_YEAR;
			} else if (is(st, j + 2, "quarter") && d.y > 0) {
				anchor(st, &d, TIMEX_G_QUART);
				shift(&d, U_Q, -1);
			}
			if (d.y > 0)
				d.y--;
			set_date(c, k, &d, 1);
			c->nolast = 1;
			return k;
		}
	}
	/*
	 * "this financial year", "the current financial year", "next
	 * fiscal year": the anchor's fiscal year, or the one before or
	 * after, named by its year as "the current fiscal year" is
	 */
	k = is(st, j, "the") ? j + 1 : j;
	if (is(st, k + 2, "year") && (is(st, k + 1, "fiscal") ||
	    is(st, k + 1, "financial")) && (is(st, k, "this") ||
	    is(st, k, "last") || is(st, k, "next") ||
	    is(st, k, "previous") || (k > j && is(st, k, "current"))) &&
	    (k == j || !is(st, k, "this")) && !is_punct(st, k + 3, '-')) {
		anchor(st, &d, TIMEX_G_YEAR);
		if (d.y > 0)
			d.y += is(st, k, "last") || is(st, k, "previous") ? -1 :
			    is(st, k, "next") ? 1 : 0;
		set_date(c, k + 3, &d, 1);
		return k + 3;
	}
	if ((is(st, j, "this") || is(st, j, "last") || is(st, j, "next")) &&
	    is(st, j + 1, "year") && is(st, j + 2, "'s")) {
		yoff = is(st, j, "last") ? -1 : is(st, j, "next") ? 1 : 0;
		yset = 1;
		j += 3;
	} else if (is(st, j, "the") || is(st, j, "its") || is(st, j, "their") ||
	    is(st, j, "a")) {
		the = 1;
		j++;
	}
	for (k = 0; k < 4 && j < st->n; k++) {
		if (is(st, j, "fiscal")) {
			fiscal = 1;
			j++;
			if (is_punct(st, j, '-') && adj(st, j - 1))
				j++;
		} else if (is_plain_num(st, j) && st->t[j].ndig == 4 &&
		    st->t[j].num >= 1900 && st->t[j].num <= 2100 && the) {
			y = (int)st->t[j].num;
			explicit_year = 1;
			j++;
		} else if (is(st, j, "latest") || is(st, j, "recent") ||
		    is(st, j, "previous") || is(st, j, "past") ||
		    is(st, j, "most")) {
			prev = 1;
			j++;
		} else if (is(st, j, "current") || is(st, j, "present")) {
			prev = 2;
			j++;
		} else if (is(st, j, "year") && is_punct(st, j + 1, '-') &&
		    (is(st, j + 2, "earlier") || is(st, j + 2, "ago"))) {
			ago = 1;
			j += 3;
		} else if (is(st, j, "comparable") || is(st, j, "same") ||
		    is(st, j, "flat") || is(st, j, "strong") || is(st, j, "weak")) {
			j++;
		} else
			break;
	}
	/*
	 * "the first two quarters of 1990", "the last two quarters of the
	 * year": a half of that year.
	 */
	if (the && !q && (is(st, j, "first") || is(st, j, "last") ||
	    is(st, j, "final")) && is(st, j + 1, "two") &&
	    is(st, j + 2, "quarters") && is(st, j + 3, "of") &&
	    (year_at(st, j + 4, 0) != 0 || ((is(st, j + 4, "this") ||
	    is(st, j + 4, "next") || is(st, j + 4, "last")) &&
	    is(st, j + 5, "year")))) {
		q = is(st, j, "first") ? 1 : 2;
		half = 1;
		j += 3;
		goto of_year;
	}
	if (j < st->n && st->t[j].lwlen == 1 && st->t[j].cap &&
	    (is(st, j, "q") || is(st, j, "h")) && adj(st, j) &&
	    is_plain_num(st, j + 1) &&
	    st->t[j + 1].ndig == 1 && st->t[j + 1].num >= 1 &&
	    st->t[j + 1].num <= (is(st, j, "h") ? 2 : 4)) {
		/*
		 * "Q2 FY27", "Q3 2026", "in Q4" among business words; "H1
		 * FY27", "H2 2026" with their year only (H2 is hydrogen)
		 */
		q = (int)st->t[j + 1].num;
		half = is(st, j, "h");
		j += 2;
		if ((k = fy_year(st, j, &y)) > j) {
			explicit_year = 1;
			j = k;
		} else if (is_plain_num(st, j) && st->t[j].ndig == 4 &&
		    st->t[j].num >= 1900 && st->t[j].num <= 2100) {
			y = (int)st->t[j].num;
			explicit_year = 1;
			j++;
		} else if (!sentence_has(st, W_BIZ) || (half &&
		    !(i > 0 && (is(st, i - 1, "in") || is(st, i - 1, "for") ||
		    is(st, i - 1, "during")) && !(is_word(st, j) &&
		    !st->t[j].cap && !word_in(&st->t[j], after_half)))))
			return 0;	/* "in H2," among business words */
		goto have_q;
	}
	if (has(st, j, W_ORD) && W(st, j)->ord >= 1 && W(st, j)->ord <= 4) {
		q = W(st, j)->ord;
		j++;
	} else if (the && has(st, j, W_ORD) && W(st, j)->ord == -1 &&
	    (is(st, j + 1, "quarter") || is(st, j + 1, "half")) &&
	    is(st, j + 2, "of") && (year_at(st, j + 3, 0) != 0 ||
	    ((is(st, j + 3, "this") || is(st, j + 3, "next") ||
	    is(st, j + 3, "last") || is(st, j + 3, "the")) &&
	    is(st, j + 4, "year")))) {
		/* "the last half of 1989", "the final quarter of the year" */
		q = is(st, j + 1, "half") ? 2 : 4;
		j++;
	} else if (j < st->n && st->t[j].kind == K_NUM && st->t[j].form == 'o' &&
	    st->t[j].num >= 1 && st->t[j].num <= 4) {
		q = (int)st->t[j].num;
		j++;
	} else if (the && has(st, j, W_MONTH) && st->t[j].cap &&
	    is(st, j + 1, "quarter") && W(st, j)->month % 3 == 0) {
		/* "the September quarter": the quarter it ends */
		q = W(st, j)->month / 3;
		j++;
	} else if (the && has(st, j, W_MONTH) && is_punct(st, j + 1, '-') &&
	    (q = months_quarter(st, j)) != 0) {
		/*
		 * "the July-September quarter", "the April-June 2026
		 * quarter"
		 */
		j += 3;
		if (is_plain_num(st, j) && st->t[j].ndig == 4 &&
		    st->t[j].num >= 1900 && st->t[j].num <= 2100 &&
		    is(st, j + 1, "quarter")) {
			y = (int)st->t[j].num;
			explicit_year = 1;
			j++;
		}
		if (!is(st, j, "quarter"))
			return 0;
	}
	if (q && is_punct(st, j, '-') && adj(st, j - 1)) {
		/* "a third-quarter loss": the adjective alone */
		if (the && j == i + 2)
			return 0;
		j++;
	}
	if (is(st, j, "quarter")) {
		j++;
	} else if (is(st, j, "half") && q >= 1 && q <= 2) {
		half = 1;
		j++;
	} else if (is(st, j, "period") && prev == 1 && !ago && !explicit_year) {
		/* the latest period: the quarter last reported */
		anchor(st, &d, TIMEX_G_QUART);
		if (d.y > 0)
			shift(&d, U_Q, -1);
		set_date(c, j + 1, &d, 1);
		return j + 1;
	} else if ((is(st, j, "period") || is(st, j, "year")) && (ago ||
	    explicit_year || (fiscal && is(st, j, "year")))) {
		/* the year-earlier period, the 1988 period, the fiscal year */
		memset(&d, 0, sizeof(d));
		anchor(st, &d, TIMEX_G_YEAR);
		if (is(st, j, "period") && st->ctx->last.gran == TIMEX_G_QUART &&
		    st->ctx->last.y > 0) {
			/* the year-ago period: the quarter being reported */
			d = st->ctx->last;
			if (explicit_year)
				d.y = y;
		}
		if (explicit_year)
			d.y = y;
		else if (ago && d.y > 0)
			d.y--;
		if (prev == 1 && d.y > 0 && !explicit_year)
			d.y--;
		j++;
		/* "the fiscal year ending June 30, 2027": that year's */
		if (!explicit_year && fiscal && (is(st, j, "ending") ||
		    is(st, j, "ended"))) {
			struct cand dc;
			size_t e;

			memset(&dc, 0, sizeof(dc));
			if ((e = m_absdate(st, j + 1, &dc)) > j + 1 &&
			    dc.type == T_DATE && dc.date.y > 0 &&
			    is_plain_num(st, e - 1) && st->t[e - 1].ndig == 4) {
				d.y = dc.date.y;
				set_date(c, j, &d, 0);
				return j;
			}
		}
		if (!explicit_year && is(st, j, "ended"))
			return 0;
		set_date(c, j, &d, !explicit_year);
		if (ago)
			c->nolast = 1;
		return j;
	} else if (ago && (j == i + 3 || (the && j == i + 4))) {
		/* year-earlier, year-ago as an adjective */
		if (the)
			return 0;
		memset(&d, 0, sizeof(d));
		anchor(st, &d, TIMEX_G_YEAR);
		if (st->ctx->last.gran == TIMEX_G_QUART && st->ctx->last.y > 0 &&
		    !months_stretch(st))
			d = st->ctx->last;
		if (d.y > 0)
			d.y--;
		set_date(c, j, &d, 1);
		c->nolast = 1;
		return j;
	} else
		return 0;
	if (!q && !prev && !ago && !yset && !fiscal && !the)
		return 0;
	if (!q && !prev && !ago && !yset && is(st, i, "a"))
		return 0;	/* more than a quarter */
	if (!q && !the && !yset && !prev && !ago)
		return 0;
of_year:
	/* of 1990, of this year, of fiscal 1990 */
	k = j;
	if (is(st, k, "of") || is(st, k, "in")) {
		size_t e;

		k++;
		e = fy_year(st, k, &y);
		if (e == k && is(st, k, "fiscal"))
			k++;
		if (e > k) {
			/* "the second quarter of FY27", "of fiscal 2026-27" */
			explicit_year = 1;
			j = e;
		} else if (is_plain_num(st, k) && st->t[k].ndig == 4 &&
		    st->t[k].num >= 1900 && st->t[k].num <= 2100) {
			y = (int)st->t[k].num;
			explicit_year = 1;
			j = k + 1;
		} else if ((is(st, k, "this") || is(st, k, "last") ||
		    is(st, k, "next")) && is(st, k + 1, "year")) {
			yoff = is(st, k, "last") ? -1 : is(st, k, "next") ? 1 : 0;
			yset = 1;
			j = k + 2;
		} else if (is(st, k, "the") && is(st, k + 1, "year") &&
		    !is_punct(st, k + 2, '-') && !is(st, k + 2, "'s")) {
			/* of the year: the year in question */
			yset = 1;
			j = k + 2;
		}
	} else if (is_plain_num(st, k) && st->t[k].ndig == 4 &&
	    st->t[k].num >= 1900 && st->t[k].num <= 2100 && st->t[k].sp) {
		y = (int)st->t[k].num;
		explicit_year = 1;
		j = k + 1;
	} else if (is(st, k, "a") && is(st, k + 1, "year") &&
	    (is(st, k + 2, "ago") || is(st, k + 2, "earlier"))) {
		ago = 1;
		j = k + 3;
	}
have_q:
	/*
	 * "in the first half" is a match's as often as a year's: a half
	 * with no year is a date only among business words ("profit").
	 */
	if (half && !explicit_year && !yset && !fiscal && !ago && !prev &&
	    !sentence_has(st, W_BIZ))
		return 0;
	/* "led by 10 points in the fourth quarter", "led 17-10 after the
	 * third quarter": a match's quarter */
	if (q && !explicit_year && !yset && !fiscal && !ago && !prev &&
	    (sentence_has(st, W_SPORT) || sentence_score(st)) &&
	    !sentence_has(st, W_BIZ))
		return 0;
	/*
	 * "growth in fiscal 2026 and 40 stores in the first half": a
	 * quarter or half of the year ahead its sentence named before it
	 * (of a past year it may be this year's: "the slowest since 2005
	 * and down from the second quarter")
	 */
	if (q && !explicit_year && !yset && !ago && !prev &&
	    st->year > st->ctx->dct.y && st->ctx->dct.y > 0) {
		y = st->year;
		explicit_year = 1;
	}
	memset(&d, 0, sizeof(d));
	anchor(st, &d, half ? TIMEX_G_HALF : TIMEX_G_QUART);
	if (explicit_year)
		d.y = y;
	if (q) {
		if (!explicit_year && !yset && d.y > 0 && !half && !fiscal &&
		    q > (d.m - 1) / 3 + 1 && tense_at(st, i, j) < 0)
			d.y--;
		/*
		 * "expect a cut in the first quarter" said in November: next
		 * year's (not the quarter just ended, reported in this one:
		 * "will report third-quarter results")
		 */
		else if (!explicit_year && !yset && d.y > 0 && !half &&
		    !fiscal && q + 1 < (d.m - 1) / 3 + 1 && !prev &&
		    tense_at(st, i, j) > 0)
			d.y++;
		d.m = half ? (q - 1) * 6 + 1 : (q - 1) * 3 + 1;
		d.d = 1;
	} else if (d.y > 0 && prev != 2 && !yset) {
		/* the quarter, the latest quarter: the last one reported */
		shift(&d, U_Q, -1);
	} else if (d.y <= 0 && !explicit_year) {
		d.m = 0;
	}
	if (yset && d.y > 0)
		d.y += yoff;
	if (ago && d.y > 0)
		d.y--;
	if (fiscal && !q && !half)
		d.gran = TIMEX_G_YEAR;
	set_date(c, j, &d, !explicit_year);
	if (ago)
		c->nolast = 1;
	return j;
}

/*
 * this/last/next/coming/past + unit, weekday, month; the previous day;
 * that year; N units ago/earlier/later/from now.
 */
static size_t
m_relative(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	const struct tword *u;
	size_t j = i;
	int dir = 0, the = 0, fromlast = 0, m;

	memset(&d, 0, sizeof(d));
	if (is(st, j, "the")) {
		the = 1;
		j++;
	}
	if (is(st, j, "this") || is(st, j, "current")) {
		dir = 2;
	} else if (is(st, j, "last") || is(st, j, "past") ||
	    is(st, j, "previous") || is(st, j, "preceding")) {
		dir = -1;
	} else if (is(st, j, "next") || is(st, j, "coming") ||
	    is(st, j, "following") || is(st, j, "upcoming")) {
		dir = 1;
	} else if (is(st, j, "that") || is(st, j, "same")) {
		dir = 3;
	} else
		return 0;
	if (the && dir == 2)
		return 0;
	if (dir == 3 && is(st, j, "that") && the)
		return 0;
	if (dir == 3 && is(st, j, "same") && !the)
		return 0;
	if (the && (dir == -1 || dir == 1 || dir == 3) &&
	    !is(st, j, "last") && !is(st, j, "past") && !is(st, j, "coming"))
		fromlast = 1;	/* the previous day, the following year */
	if (dir == 3)
		fromlast = 1;
	j++;
	if (dir == 3 && is(st, j - 1, "that") && is(st, j, "same"))
		j++;		/* that same day */
	/*
	 * "the next morning", "that evening", "the previous night": a part
	 * of the last day mentioned (of the anchor's day without one), not
	 * "the morning session", "the evening's final".
	 */
	if (fromlast && has(st, j, W_PART) && W(st, j)->part <= 4 &&
	    !W(st, j)->plural && !is(st, j + 1, "'s") && !is(st, j + 1, "of") &&
	    !is(st, j + 1, "session") && !is(st, j + 1, "sessions") &&
	    !is(st, j + 1, "edition") && !is(st, j + 1, "news") &&
	    !is(st, j + 1, "newspaper") && !is(st, j + 1, "paper") &&
	    !is(st, j + 1, "show") && !is(st, j + 1, "shift")) {
		d = st->ctx->last.gran >= TIMEX_G_DAY && st->ctx->last.y > 0 ?
		    st->ctx->last : st->ctx->dct;
		d.gran = TIMEX_G_DAY;
		if (d.y <= 0)
			unknown_day(&d);
		else if (dir == -1 || dir == 1)
			shift(&d, U_D, dir);
		set_date(c, j + 1, &d, 1);
		add_part(c, W(st, j)->part);
		return j + 1;
	}
	/* the previous Friday, the following Monday: from the last date */
	if (has(st, j, W_WDAY) && st->t[j].cap && the && fromlast &&
	    dir != 3 && st->t[j].end - st->t[j].start > 3) {
		int wd = W(st, j)->wday, d0, delta;

		d = st->ctx->last.gran == TIMEX_G_DAY && st->ctx->last.y > 0 ?
		    st->ctx->last : st->ctx->dct;
		if (d.y <= 0) {
			snprintf(c->value, sizeof(c->value), "XXXX-WXX-%d", wd);
			c->type = T_DATE;
			c->end = j + 1;
			return j + 1;
		}
		d0 = timex_weekday(d.y, d.m, d.d);
		if (dir < 0)
			delta = (d0 - wd + 7) % 7 == 0 ? -7 : -((d0 - wd + 7) % 7);
		else
			delta = (wd - d0 + 7) % 7 == 0 ? 7 : (wd - d0 + 7) % 7;
		shift(&d, U_D, delta);
		d.gran = TIMEX_G_DAY;
		set_date(c, j + 1, &d, 1);
		return j + 1;
	}
	/*
	 * "this season", "last season", "next season": a season of play
	 * (or of a year's weather), dated by the year it is in.
	 */
	if (is(st, j, "season") && !the && dir != 3) {
		anchor(st, &d, TIMEX_G_YEAR);
		if (d.y > 0 && (dir == -1 || dir == 1))
			d.y += dir;
		set_date(c, j + 1, &d, 1);
		if (d.y <= 0)
			strcpy(c->value, "XXXX");
		return j + 1;
	}
	/* this/last/next + weekday */
	if (has(st, j, W_WDAY) && st->t[j].cap && !the &&
	    st->t[j].end - st->t[j].start > 3) {
		int wd = W(st, j)->wday;

		weekday_date(st, wd, dir == 3 ? -1 : 0, dir == 2 ? 2 :
		    dir == 3 ? 0 : dir, &d);
		set_date(c, j + 1, &d, 1);
		if (has(st, j + 1, W_PART) && W(st, j + 1)->part <= 4) {
			add_part(c, W(st, j + 1)->part);
			c->end = j + 2;
		}
		return c->end;
	}
	/* this/last/next + month */
	if (has(st, j, W_MONTH) && st->t[j].cap && !the &&
	    st->t[j].end - st->t[j].start > 3) {
		m = W(st, j)->month;
		anchor(st, &d, TIMEX_G_MONTH);
		if (d.y > 0) {
			if (dir == -1 && m >= d.m)
				d.y--;
			else if (dir == 1 && m <= d.m)
				d.y++;
		}
		d.m = m;
		d.d = 1;
		set_date(c, j + 1, &d, 1);
		return j + 1;
	}
	/* this week, last year, the previous day */
	u = unit_at(st, j);
	if (u == NULL || u->plural)
		return 0;
	/*
	 * "fell in the past hour", "in the next hour": an hour up to now
	 * or from now, no clock hour
	 */
	if (u->unit == U_H && the && (is(st, j - 1, "past") ||
	    is(st, j - 1, "last") || is(st, j - 1, "next") ||
	    is(st, j - 1, "coming"))) {
		c->end = j + 1;
		c->type = T_DUR;
		dur_value(c->value, sizeof(c->value), "1", u->unit);
		return j + 1;
	}
	if (u->unit == U_H || u->unit == U_MI || u->unit == U_S)
		return 0;
	/*
	 * "over the past decade": the ten years up to now, not the 2010s;
	 * "over the next decade", "spent the next decade restoring it": the
	 * ten years to come, not the decade after the last date.
	 */
	if (the && (is(st, j - 1, "past") || is(st, j - 1, "next") ||
	    is(st, j - 1, "coming")) && u->unit == U_DE) {
		c->end = j + 1;
		c->type = T_DUR;
		dur_value(c->value, sizeof(c->value), "1", u->unit);
		return j + 1;
	}
	/* "in the past fortnight": two weeks, no calendar week (P2W) */
	if (the && (is(st, j - 1, "past") || is(st, j - 1, "next") ||
	    is(st, j - 1, "coming") || is(st, j - 1, "last")) &&
	    u->unit == U_FN) {
		c->end = j + 1;
		c->type = T_DUR;
		dur_value(c->value, sizeof(c->value), "1", u->unit);
		return j + 1;
	}
	if (fromlast && st->ctx->last.gran != 0)
		d = st->ctx->last;
	else if (dir == 3)
		return 0;
	else
		anchor(st, &d, TIMEX_G_DAY);
	/* "that same day" after "in October": a day of that month */
	if (fromlast && u->unit == U_D && d.y > 0 && d.m > 0 &&
	    d.gran == TIMEX_G_MONTH) {
		set_date(c, j + 1, &d, 1);
		strncat(c->value, "-XX", sizeof(c->value) - strlen(c->value) - 1);
		return j + 1;
	}
	if (d.y > 0 && d.m == 0)
		d.m = 1;
	if (d.y > 0 && d.d == 0)
		d.d = 1;
	if (dir == -1 || dir == 1)
		shift(&d, u->unit == U_WE ? U_W : u->unit, dir);
	if (u->unit == U_WE) {
		set_weekend(c, j + 1, &d);
		return j + 1;
	}
	d.gran = unit_gran(u->unit);
	if (u->unit == U_D && d.y <= 0)
		unknown_day(&d);
	set_date(c, j + 1, &d, 1);
	return j + 1;
}

/*
 * "the year", "the month", "the week": the anchor's (or the last date's)
 * period; "the weekend": the nearest weekend in the sentence's tense.
 */
static size_t
m_the_unit(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	const struct tword *u;
	int wd, delta, r;

	if (!is(st, i, "the"))
		return 0;
	/*
	 * "a memorial will be held in the new year", "early in the new
	 * year": said late in a year, the next one (not "ring in the New
	 * Year", the holiday, nor "the new year's budget")
	 */
	if (is(st, i + 1, "new") && is(st, i + 2, "year") && i > 0 &&
	    !st->t[i + 1].cap &&
	    (is(st, i - 1, "in") || is(st, i - 1, "of") ||
	    is(st, i - 1, "into")) && !is(st, i + 3, "'s") &&
	    st->ctx->dct.y > 0) {
		memset(&d, 0, sizeof(d));
		d.y = st->ctx->dct.y + (st->ctx->dct.m >= 9);
		d.gran = TIMEX_G_YEAR;
		set_date(c, i + 3, &d, 1);
		return i + 3;
	}
	/*
	 * "sales for the full year", "an increase for the full year": the
	 * whole of the year being reported, this one (not "the full year
	 * target", an adjective before a noun).
	 */
	if (is(st, i + 1, "full") && is(st, i + 2, "year") &&
	    !(i + 3 < st->n && st->t[i + 3].kind == K_WORD &&
	    !st->t[i + 3].cap && W(st, i + 3) == NULL &&
	    !function_word(&st->t[i + 3]) && !is_ed(&st->t[i + 3]) &&
	    !(st->t[i + 3].lwlen > 4 && strcmp(st->t[i + 3].lw +
	    st->t[i + 3].lwlen - 3, "ing") == 0))) {
		anchor(st, &d, TIMEX_G_YEAR);
		set_date(c, i + 3, &d, 1);
		c->nolast = 1;
		return i + 3;
	}
	/*
	 * "the first week of February", "the last week of May 2026": the
	 * week that holds the month's 4th (11th, ...; for the last, its
	 * fourth day from the end), as ISO counts a year's first week.
	 */
	if (has(st, i + 1, W_ORD) && is(st, i + 2, "week") &&
	    is(st, i + 3, "of") && ((W(st, i + 1)->ord >= 1 &&
	    W(st, i + 1)->ord <= 4) || W(st, i + 1)->ord == -1)) {
		int m = 0, y = 0;
		size_t k = month_at(st, i + 4, &m), e;

		if (k == i + 4 || is_plain_num(st, k - 1))
			return 0;
		e = year_after(st, k, &y);
		if (e == k)
			y = guess_year(st, m, 0, tense_at(st, i, k));
		if (y <= 0)
			return 0;
		memset(&d, 0, sizeof(d));
		d.y = y;
		d.m = m;
		d.d = W(st, i + 1)->ord > 0 ? (W(st, i + 1)->ord - 1) * 7 + 4 :
		    timex_month_len(y, m) - 3;
		d.gran = TIMEX_G_WEEK;
		set_date(c, e, &d, e == k);
		return e;
	}
	u = unit_at(st, i + 1);
	if (u == NULL || u->plural)
		return 0;
	if (u->unit == U_WE) {
		struct cand dc;

		/* "the weekend of 16 August": that day's weekend */
		memset(&dc, 0, sizeof(dc));
		if (is(st, i + 2, "of") && m_absdate(st, i + 3, &dc) > i + 3 &&
		    dc.type == T_DATE && dc.date.gran == TIMEX_G_DAY &&
		    dc.date.y > 0) {
			set_weekend(c, dc.end, &dc.date);
			return dc.end;
		}
		anchor(st, &d, TIMEX_G_WEEK);
		if (d.y > 0) {
			wd = timex_weekday(d.y, d.m, d.d);
			r = tense_at(st, i, i + 2);
			/* no tense, said late in the week: the one ahead */
			if (r > 0 || (r == 0 && wd >= 4 && wd <= 5))
				delta = wd >= 6 ? 0 : 6 - wd;
			else
				delta = wd >= 6 ? 0 : -(wd + 1);
			shift(&d, U_D, delta);
		}
		set_weekend(c, i + 2, &d);
		return i + 2;
	}
	if (u->unit != U_Y && u->unit != U_M && u->unit != U_W)
		return 0;
	/*
	 * "cases rose in the week to July 5", "the week ending Sunday":
	 * the week that day ends (the day a timex of its own)
	 */
	if (u->unit == U_W && (is(st, i + 2, "to") || is(st, i + 2, "ending") ||
	    is(st, i + 2, "ended"))) {
		struct cand dc;

		memset(&dc, 0, sizeof(dc));
		if ((m_absdate(st, i + 3, &dc) > i + 3 || m_weekday(st, i + 3,
		    &dc) > i + 3) && dc.type == T_DATE &&
		    dc.date.gran == TIMEX_G_DAY && dc.date.y > 0) {
			d = dc.date;
			d.gran = TIMEX_G_WEEK;
			set_date(c, i + 2, &d, 1);
			return i + 2;
		}
	}
	/* "the week of March 6": that day's week */
	if (u->unit == U_W && is(st, i + 2, "of")) {
		struct cand dc;

		memset(&dc, 0, sizeof(dc));
		if (m_absdate(st, i + 3, &dc) > i + 3 && dc.type == T_DATE &&
		    dc.date.gran == TIMEX_G_DAY && dc.date.y > 0) {
			d = dc.date;
			d.gran = TIMEX_G_WEEK;
			set_date(c, dc.end, &d, 1);
			return dc.end;
		}
	}
	/* the year 2000, the year two thousand */
	if (u->unit == U_Y) {
		int y;
		size_t e = wordyear_at(st, i + 2, &y, 1);

		if (e == i + 2 && (y = year_at(st, i + 2, 1)) != 0)
			e = i + 3;
		if (e > i + 2) {
			memset(&d, 0, sizeof(d));
			d.y = y;
			d.gran = TIMEX_G_YEAR;
			set_date(c, e, &d, 0);
			return e;
		}
	}
	/* "the year before", "the year of the dragon": not this one */
	if (is(st, i + 2, "before") || is(st, i + 2, "after") ||
	    is(st, i + 2, "of") || is(st, i + 2, "when") ||
	    is(st, i + 2, "in") || is(st, i + 2, "that") ||
	    is(st, i + 2, "'s") || is_punct(st, i + 2, '-'))
		return 0;
	/*
	 * "profit for the year", "during the year": TimeBank marks the
	 * stretch of a year (P1Y) rather than the calendar year.
	 */
	if (u->unit == U_Y) {
		set_val(c, i + 2, T_DUR, "P1Y");
		return i + 2;
	}
	anchor(st, &d, unit_gran(u->unit));
	set_date(c, i + 2, &d, 1);
	c->nolast = 1;
	return i + 2;
}

/*
 * Token i ("a", "per") makes a rate of what comes before it: "10
 * micrograms a day", "$50,000 a year", "3 percent a year", "two
 * meals a day" (a set, not a duration).
 */
static int
rate_before(const struct st *st, size_t i)
{
	size_t k;
	const struct tok *t;

	if (i == 0 || !(is(st, i, "a") || is(st, i, "an") || is(st, i, "per")))
		return 0;
	t = &st->t[i - 1];
	/* "£13.20 an hour", "18 per cent a year", "4 pc a year" */
	if ((t->kind == K_NUM && (t->form == 0 || t->form == ',' ||
	    t->form == '.')) || is_punct(st, i - 1, '%') ||
	    is(st, i - 1, "percent") || is(st, i - 1, "pc") || (i >= 2 &&
	    is(st, i - 1, "cent") && is(st, i - 2, "per")))
		return i < 2 || !has(st, i - 2, W_MONTH);
	/* a plural noun after a number: "micrograms", "meals" */
	if (t->kind != K_WORD || t->cap || t->lwlen < 4 ||
	    t->lw[t->lwlen - 1] != 's' || t->w != NULL)
		return 0;
	for (k = i - 1; k > 0 && k + 3 > i; k--)
		if (st->t[k - 1].kind == K_NUM || has(st, k - 1, W_NUM))
			return 1;
	return 0;
}

/*
 * "second" at i is the ordinal before a noun: "in 1994 a second span
 * was added" is no rate of one a second.
 */
static int
ordinal_second(const struct st *st, size_t i)
{
	const struct tok *t;

	if (!is(st, i, "second") || i + 1 >= st->n)
		return 0;
	t = &st->t[i + 1];
	return t->kind == K_WORD && !t->cap && t->lwlen >= 3 &&
	    t->w == NULL && !function_word(t) && !is(st, i + 1, "faster") &&
	    !is(st, i + 1, "slower");
}

/*
 * A part of one unit at i: "half an hour", "half a century", "a
 * half-hour", "a half hour", "a quarter of a century", "three quarters
 * of an hour".  Its end, with its value in out; or i.
 */
static size_t
fraction_unit(const struct st *st, size_t i, char *out, size_t size)
{
	/* the value of a half, a quarter, three quarters of each unit */
	static const struct {
		int		 unit;
		const char	*part[3];
	} parts[] = {
		{ U_CE, { "P50Y", "P25Y", "P75Y" } },
		{ U_DE, { "P5Y", NULL, NULL } },
		{ U_Y, { "P6M", "P3M", "P9M" } },
		{ U_M, { "P15D", NULL, NULL } },
		{ U_D, { "PT12H", "PT6H", "PT18H" } },
		{ U_H, { "PT30M", "PT15M", "PT45M" } },
		{ U_MI, { "PT30S", "PT15S", "PT45S" } },
	};
	const struct tword *u;
	size_t k, n;
	int part;

	if (is(st, i, "a") && is(st, i + 1, "half")) {
		part = 0;	/* "a half-hour", "a half hour" */
		k = i + 2;
		if (is_punct(st, k, '-') && adj(st, k - 1) && adj(st, k))
			k++;
	} else if (is(st, i, "half") && (is(st, i + 1, "a") ||
	    is(st, i + 1, "an"))) {
		part = 0;
		k = i + 2;
	} else if ((is(st, i, "a") || is(st, i, "three")) &&
	    (is(st, i, "a") ? is(st, i + 1, "quarter") :
	    is(st, i + 1, "quarters")) &&
	    is(st, i + 2, "of") && (is(st, i + 3, "a") ||
	    is(st, i + 3, "an"))) {
		part = is(st, i, "a") ? 1 : 2;
		k = i + 4;
	} else
		return i;
	if ((u = unit_at(st, k)) == NULL || u->plural ||
	    is_punct(st, k + 1, '-'))
		return i;
	for (n = 0; n < sizeof(parts) / sizeof(parts[0]); n++)
		if (parts[n].unit == u->unit && parts[n].part[part] != NULL) {
			snprintf(out, size, "%s", parts[n].part[part]);
			return k + 1;
		}
	return i;
}

/* Durations, and N units ago/earlier/later. */
static size_t
m_duration(const struct st *st, size_t i, struct cand *c)
{
	struct qty q;
	struct timex_date d;
	const struct tword *u;
	size_t j = i, k;
	int the = 0, lead = 0, hyph = 0;
	long n;

	/*
	 * "extended by half an hour", "half a day", "a half-hour", "a
	 * quarter of a century", "three quarters of an hour": a part of one
	 * unit, in the next smaller one
	 */
	if ((k = fraction_unit(st, j, c->value, sizeof(c->value))) > j &&
	    !(is(st, j, "half") && i > 0 && (is(st, i - 1, "and") ||
	    is(st, i - 1, "a")))) {
		c->end = k;
		c->type = T_DUR;
		return k;
	}
	if (is(st, j, "the")) {
		the = 1;
		j++;
	}
	/* "the year-earlier nine months": a stretch, as "the nine months" */
	if (the && is(st, j, "year") && is_punct(st, j + 1, '-') &&
	    (is(st, j + 2, "earlier") || is(st, j + 2, "ago")) &&
	    (is_plain_num(st, j + 3) || has(st, j + 3, W_NUM)) &&
	    unit_at(st, j + 4) != NULL && unit_at(st, j + 4)->plural) {
		lead = 1;
		j += 3;
	} else if (is(st, j, "future") && unit_at(st, j + 1) != NULL &&
	    unit_at(st, j + 1)->plural) {
		lead = 1;	/* "future quarters": as "coming quarters" */
		j++;
	} else if (!the && is(st, j, "last") && j > 0 && (is(st, j - 1, "to") ||
	    is(st, j - 1, "will") || is(st, j - 1, "would") ||
	    is(st, j - 1, "could") || is(st, j - 1, "may") ||
	    is(st, j - 1, "might") || is(st, j - 1, "should") ||
	    is(st, j - 1, "can") || is(st, j - 1, "must") ||
	    is(st, j - 1, "not") || is(st, j - 1, "n't"))) {
		return 0;	/* "expected to last six weeks": the verb */
	} else if (is(st, j, "past") || is(st, j, "last") || is(st, j, "next") ||
	    is(st, j, "first") || is(st, j, "coming") || is(st, j, "previous") ||
	    is(st, j, "final") || is(st, j, "following") || is(st, j, "latest") ||
	    is(st, j, "recent") || is(st, j, "remaining") || is(st, j, "initial")) {
		lead = 1;
		j++;
	} else if (the && !(is_plain_num(st, j) || has(st, j, W_NUM) ||
	    is(st, j, "few") || is(st, j, "several")))
		return 0;
	k = quantity(st, j, &q);
	if (k == j) {
		/* recent years, coming months, the past few years */
		u = unit_at(st, j);
		if (u == NULL || !u->plural)
			return 0;
		/* "recent years": TimeML marks an unknown stretch, PXY */
		if (is(st, i, "recent") || (is(st, i, "the") && is(st, i + 1, "recent"))) {
			c->end = j + 1;
			c->type = T_DUR;
			dur_value(c->value, sizeof(c->value), "X", u->unit);
			return j + 1;
		}
		if (is(st, i, "coming") || is(st, i + 1, "coming") ||
		    is(st, i, "future") || is(st, i + 1, "future")) {
			set_val(c, j + 1, T_DATE, "FUTURE_REF");
			c->ref = 1;
			return j + 1;
		}
		if (!lead)
			return 0;
		strcpy(q.str, "X");
		q.v = -1;
		c->end = j + 1;
		c->type = T_DUR;
		dur_value(c->value, sizeof(c->value), q.str, u->unit);
		return j + 1;
	}
	if (q.article && (the || lead))
		return 0;
	/* "a quarter of", "a second time": a fraction or an ordinal */
	if (q.article && (is(st, k, "quarter") || is(st, k, "second")))
		return 0;
	/* two to three weeks, 12-18 months: the range keeps the first */
	if ((is(st, k, "to") || is(st, k, "or") || (is_punct(st, k, '-') &&
	    adj(st, k - 1) && adj(st, k))) && !q.article) {
		struct qty q2;
		size_t e = quantity(st, k + 1, &q2);

		if (e > k + 1 && !q2.article && unit_at(st, e) != NULL)
			k = e;
	}
	/* "four and a half years" */
	if (is(st, k, "and") && is(st, k + 1, "a") && is(st, k + 2, "half") &&
	    unit_at(st, k + 3) != NULL && unit_at(st, k + 3)->plural &&
	    !q.article && q.v >= 0 && q.v < 100000 &&
	    strchr(q.str, '.') == NULL) {
		snprintf(q.str, sizeof(q.str), "%d.5", (int)q.v);
		k += 3;
	}
	/* two-year, 16-hour */
	if (is_punct(st, k, '-') && adj(st, k - 1) && adj(st, k) &&
	    unit_at(st, k + 1) != NULL && !unit_at(st, k + 1)->plural &&
	    q.v >= 0 && !q.article) {
		if (the || lead)
			return 0;	/* "the two-year": the adjective alone */
		hyph = 1;
		k++;
	}
	/* "more" in "20 more years"; "additional" */
	if (is(st, k, "more") || is(st, k, "additional") || is(st, k, "straight") ||
	    is(st, k, "consecutive") || is(st, k, "full") ||
	    is(st, k, "trading") || is(st, k, "business") ||
	    is(st, k, "calendar") || is(st, k, "working"))
		k++;
	u = unit_at(st, k);
	if (u == NULL)
		return 0;
	if (q.article && u->plural)
		return 0;
	if (q.v == 1 && u->plural && q.str[0] == '1' && q.str[1] == '\0')
		return 0;
	k++;
	/* ages: 40 years old, 40-year-old */
	if (is(st, k, "old") || (is_punct(st, k, '-') && is(st, k + 1, "old")) ||
	    (is_punct(st, k, '-') && adj(st, k - 1) && is_word(st, k + 1) &&
	    !has(st, k + 1, W_UNIT)))
		return 0;
	if (i > 0 && (is(st, i - 1, "aged") || is(st, i - 1, "age")))
		return 0;
	/* a year and a half, 2 and a half years */
	if (is(st, k, "and") && is(st, k + 1, "a") && is(st, k + 2, "half") &&
	    q.v >= 0 && q.v < 100000 && strchr(q.str, '.') == NULL) {
		snprintf(q.str, sizeof(q.str), "%d.5", (int)q.v);
		k += 3;
	}
	/* or so */
	if (is(st, k, "or") && is(st, k + 1, "so"))
		k += 2;
	/* "10 micrograms a day" is a rate, "28 cents a year earlier" not */
	if (q.article && rate_before(st, i) && !is(st, k, "ago") &&
	    !is(st, k, "earlier") && !is(st, k, "later") &&
	    !is(st, k, "before") && !is(st, k, "after") && !is(st, k, "old"))
		return 0;
	/* N units ago / earlier / later / from now */
	if (!the && !lead && !hyph && (is(st, k, "ago") || is(st, k, "earlier") ||
	    is(st, k, "later") || (is(st, k, "from") && is(st, k + 1, "now")) ||
	    is(st, k, "before") || is(st, k, "after") || is(st, k, "hence"))) {
		int sign = is(st, k, "ago") || is(st, k, "earlier") ||
		    is(st, k, "before") ? -1 : 1;
		int fromlast = !is(st, k, "ago") && !is(st, k, "from") &&
		    !is(st, k, "hence");
		size_t e = k + (is(st, k, "from") ? 2 : 1);

		/* "two years after the war": the duration alone */
		if ((is(st, k, "before") || is(st, k, "after")) && e < st->n &&
		    st->t[e].kind != K_PUNCT)
			goto plain;
		/*
		 * "three days later", "a day earlier": TimeML marks the
		 * duration, not a date ("a month earlier", "a year earlier"
		 * compare periods: dates)
		 */
		if (is(st, k, "later") && u->unit != U_Y)
			goto plain;
		if (is(st, k, "earlier") && (u->unit == U_D ||
		    u->unit == U_H || u->unit == U_MI)) {
			c->end = e;	/* the word "earlier" in the extent */
			c->type = T_DUR;
			dur_value(c->value, sizeof(c->value), q.str, u->unit);
			return e;
		}
		/* "a year later than planned": a difference, no date */
		if ((is(st, k, "later") || is(st, k, "earlier")) &&
		    is(st, k + 1, "than"))
			goto plain;
		if (q.v < 0) {
			set_val(c, e, T_DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
			c->ref = 1;
			return e;
		}
		if (fromlast && st->ctx->last.gran != 0 && !(u->unit == U_Y &&
		    q.v == 1 && !st->lastset && st->ctx->last.gran <
		    TIMEX_G_QUART && months_stretch(st))) {
			d = st->ctx->last;
		} else if (u->unit == U_Y && st->ctx->last.gran == TIMEX_G_QUART &&
		    st->ctx->last.y > 0) {
			/* "a year ago" in a quarterly report: that quarter */
			d = st->ctx->last;
			fromlast = 1;
		} else if (u->unit == U_Y && q.v == 1 && st->lastset &&
		    st->ctx->last.gran == TIMEX_G_MONTH && st->ctx->last.y > 0) {
			/*
			 * "up 3% in October from a year ago", "fell last month
			 * from a year ago": the month this sentence named
			 */
			d = st->ctx->last;
			fromlast = 1;
		} else {
			anchor(st, &d, unit_gran(u->unit));
		}
		n = q.v;
		if (strchr(q.str, '.') != NULL && u->unit == U_Y) {
			shift(&d, U_M, sign * (q.v * 12 + 6));
		} else
			shift(&d, u->unit, sign * n);
		if (!(fromlast && st->ctx->last.gran != 0) ||
		    d.gran < unit_gran(u->unit))
			d.gran = unit_gran(u->unit);
		if (u->unit == U_H || u->unit == U_MI || u->unit == U_S)
			d.gran = TIMEX_G_DAY;
		/* "for the nine months, ... a year earlier": that year */
		if (u->unit == U_Y && d.gran == TIMEX_G_QUART &&
		    months_stretch(st))
			d.gran = TIMEX_G_YEAR;
		if (d.y <= 0) {
			d.y = 0;
			d.m = 0;
			d.d = 0;
		}
		set_date(c, e, &d, 1);
		c->nolast = 1;
		return e;
	}
plain:
	c->end = k;
	c->type = T_DUR;
	dur_value(c->value, sizeof(c->value), q.str, u->unit);
	return k;
}

/* Bare plural units after for/in/within: "for years" (PXY). */
static size_t
m_bareunits(const struct st *st, size_t i, struct cand *c)
{
	const struct tword *u = unit_at(st, i);

	if (u == NULL || !u->plural || i == 0)
		return 0;
	if (!is(st, i - 1, "for") && !is(st, i - 1, "within") &&
	    !is(st, i - 1, "in") && !is(st, i - 1, "after") &&
	    !is(st, i - 1, "over"))
		return 0;
	if (i + 1 < st->n && st->t[i + 1].kind == K_WORD &&
	    !is(st, i + 1, "and") && !is(st, i + 1, "or") &&
	    !is(st, i + 1, "to") && !is(st, i + 1, "of") &&
	    !is(st, i + 1, "now") && !is(st, i + 1, "ago"))
		return 0;
	if (is(st, i + 1, "of"))
		return 0;
	if (u->unit == U_Q || u->unit == U_WE)
		return 0;
	c->end = i + 1;
	c->type = T_DUR;
	dur_value(c->value, sizeof(c->value), "X", u->unit);
	return i + 1;
}

/*
 * "every Thursday at 2pm", "each morning at 6.30": a clock time after a
 * set of days names its time.  Replaces a part of day in c's value;
 * whether it did.
 */
static int
set_clock(const struct st *st, struct cand *c)
{
	size_t e;
	char *t;
	int h, mi;

	if (!is(st, c->end, "at") || (e = clock_at(st, c->end + 1, &h,
	    &mi)) <= c->end + 1)
		return 0;
	if ((t = strchr(c->value, 'T')) != NULL)
		*t = '\0';
	snprintf(c->value + strlen(c->value), sizeof(c->value) -
	    strlen(c->value), "T%02d:%02d", h, mi);
	c->end = has(st, e, W_ZONE) && st->t[e].cap ? e + 1 : e;
	return 1;
}

/* Sets: every day, each Thursday, twice a month, on weekends. */
static size_t
m_set(const struct st *st, size_t i, struct cand *c)
{
	const struct tword *u;
	struct qty q;
	size_t j = i + 1, k;
	char n[16] = "1";

	if ((u = unit_at(st, i)) != NULL && u->unit == U_WE && u->plural &&
	    i > 0 && (is(st, i - 1, "on") || is(st, i - 1, "at") ||
	    is(st, i - 1, "during"))) {
		set_val(c, i + 1, T_SET, "XXXX-WXX-WE");
		return i + 1;
	}

	if (is(st, i, "every") || is(st, i, "each")) {
		if (is(st, j, "other")) {
			strcpy(n, "2");
			j++;
		} else if ((k = quantity(st, j, &q)) > j && !q.article) {
			snprintf(n, sizeof(n), "%s", q.str);
			j = k;
			/* "every four to six hours": the range's first */
			if ((is(st, j, "to") || is(st, j, "or") ||
			    is_punct(st, j, '-')) && unit_at(st, j + 1) == NULL &&
			    (k = quantity(st, j + 1, &q)) > j + 1 &&
			    unit_at(st, k) != NULL)
				j = k;
		}
		if (has(st, j, W_WDAY) && st->t[j].cap) {
			snprintf(c->value, sizeof(c->value), "XXXX-WXX-%d",
			    W(st, j)->wday);
			c->type = T_SET;
			c->end = j + 1;
			if (has(st, j + 1, W_PART) && W(st, j + 1)->part <= 4) {
				size_t len = strlen(c->value);

				snprintf(c->value + len, sizeof(c->value) - len,
				    "T%s", part_code[W(st, j + 1)->part]);
				c->end = j + 2;
			}
			set_clock(st, c);
			return c->end;
		}
		if (has(st, j, W_MONTH) && st->t[j].cap) {
			snprintf(c->value, sizeof(c->value), "XXXX-%02d",
			    W(st, j)->month);
			c->type = T_SET;
			c->end = j + 1;
			return j + 1;
		}
		/* "every spring" */
		if (has(st, j, W_SEAS) && !W(st, j)->plural &&
		    W(st, j)->season >= 1 && W(st, j)->season <= 4) {
			snprintf(c->value, sizeof(c->value), "XXXX-%s",
			    season_code[W(st, j)->season]);
			c->type = T_SET;
			c->end = j + 1;
			return j + 1;
		}
		if (has(st, j, W_PART) && W(st, j)->part <= 4) {
			snprintf(c->value, sizeof(c->value), "XXXX-XX-XXT%s",
			    part_code[W(st, j)->part]);
			c->type = T_SET;
			c->end = j + 1;
			set_clock(st, c);
			return c->end;
		}
		u = unit_at(st, j);
		if (u == NULL)
			return 0;
		if (u->plural != (strcmp(n, "1") != 0 && strcmp(n, "2") != 0) &&
		    strcmp(n, "2") != 0)
			return 0;
		c->type = T_SET;
		c->end = j + 1;
		dur_value(c->value, sizeof(c->value), n, u->unit);
		/* "every day at 9am": a time of each day */
		if (u->unit == U_D && strcmp(n, "1") == 0 &&
		    is(st, j + 1, "at")) {
			strcpy(c->value, "XXXX-XX-XX");
			if (!set_clock(st, c))
				dur_value(c->value, sizeof(c->value), n, u->unit);
		}
		return c->end;
	}
	/*
	 * "the first Sunday of each month", "the last Friday of every
	 * month": a set of days, one in each month, not one Sunday.
	 */
	j = is(st, i, "the") ? i + 1 : i;
	if (has(st, j, W_ORD) && W(st, j)->ord != 0 && W(st, j)->ord <= 5 &&
	    has(st, j + 1, W_WDAY) && st->t[j + 1].cap && is(st, j + 2, "of") &&
	    (is(st, j + 3, "each") || is(st, j + 3, "every")) &&
	    (u = unit_at(st, j + 4)) != NULL && !u->plural &&
	    (u->unit == U_M || u->unit == U_Y)) {
		c->type = T_SET;
		c->end = j + 5;
		dur_value(c->value, sizeof(c->value), "1", u->unit);
		return j + 5;
	}
	/*
	 * "seven days a week", "24 hours a day": a smaller unit counted
	 * per a larger one is a set of the larger.
	 */
	if ((k = quantity(st, i, &q)) > i && !q.article &&
	    (u = unit_at(st, k)) != NULL && u->plural &&
	    (is(st, k + 1, "a") || is(st, k + 1, "per")) &&
	    unit_at(st, k + 2) != NULL && !unit_at(st, k + 2)->plural &&
	    unit_rank(unit_at(st, k + 2)->unit) > unit_rank(u->unit)) {
		c->type = T_SET;
		c->end = k + 3;
		dur_value(c->value, sizeof(c->value), "1",
		    unit_at(st, k + 2)->unit);
		return k + 3;
	}
	/* "10 micrograms a day", "$50,000 a year": a rate */
	if ((is(st, i, "a") || is(st, i, "an") || is(st, i, "per")) &&
	    rate_before(st, i) &&
	    (u = unit_at(st, i + 1)) != NULL &&
	    !u->plural && !is(st, i + 2, "ago") && !is(st, i + 2, "earlier") &&
	    !is(st, i + 2, "later") && !is(st, i + 2, "before") &&
	    !is(st, i + 2, "after") && !is(st, i + 2, "old") &&
	    !is(st, i + 2, "'s") && !(is(st, i + 2, "and") &&
	    is(st, i + 4, "half")) && !is_punct(st, i + 2, '-') &&
	    !ordinal_second(st, i + 1)) {
		c->type = T_SET;
		c->end = i + 2;
		dur_value(c->value, sizeof(c->value), "1", u->unit);
		return i + 2;
	}
	/* once/twice/three times a year */
	j = i;
	if (is(st, j, "once") || is(st, j, "twice")) {
		j++;
	} else if ((k = quantity(st, j, &q)) > j && is(st, k, "times") &&
	    !q.article) {
		j = k + 1;
	} else
		return 0;
	/* "twice daily", "three times weekly" */
	if (is(st, j, "daily") || is(st, j, "weekly") || is(st, j, "monthly") ||
	    is(st, j, "yearly") || is(st, j, "annually") || is(st, j, "hourly")) {
		c->type = T_SET;
		c->end = j + 1;
		snprintf(c->value, sizeof(c->value), "%s",
		    is(st, j, "daily") ? "P1D" : is(st, j, "weekly") ? "P1W" :
		    is(st, j, "monthly") ? "P1M" : is(st, j, "hourly") ? "PT1H" :
		    "P1Y");
		return j + 1;
	}
	if (!(is(st, j, "a") || is(st, j, "an") || is(st, j, "per") ||
	    is(st, j, "every") || is(st, j, "each")))
		return 0;
	u = unit_at(st, j + 1);
	if (u == NULL || u->plural)
		return 0;
	c->type = T_SET;
	c->end = j + 2;
	dur_value(c->value, sizeof(c->value), "1", u->unit);
	return j + 2;
}

/*
 * The clock time at [i, j) tells when an event starts: "kick-off at
 * 19.45", "the match starts at 19.30", "a 19.45 kick-off".  A time with
 * a full stop needs this, or a zone: alone it is as often a price.
 */
static int
start_cue(const struct st *st, size_t i, size_t j)
{
	size_t k;

	/* "kick-off is at 19.45", "the game starts at 19.30" */
	for (k = i - 1; i >= 2 && is(st, i - 1, "at") && k > 0 && k + 4 > i;
	    k--) {
		if (is(st, k - 1, "off") || is(st, k - 1, "kickoff") ||
		    is(st, k - 1, "starts") || is(st, k - 1, "start") ||
		    is(st, k - 1, "begins") || is(st, k - 1, "begin") ||
		    is(st, k - 1, "starting"))
			return 1;
		if (st->t[k - 1].kind == K_PUNCT)
			break;
	}
	return is(st, j, "kickoff") || is(st, j, "start") ||
	    (is(st, j, "kick") && is_punct(st, j + 1, '-') &&
	    is(st, j + 2, "off"));
}

/* A clock time at i: "10:30 a.m.", "10 p.m.", "noon"; set h, mi. */
static size_t
clock_at(const struct st *st, size_t i, int *h, int *mi)
{
	const struct tok *t;
	size_t j = i + 1;
	int pm = -1, strong = 0, midnight_hour = 0;

	if (i >= st->n)
		return i;
	if (has(st, i, W_PART) && (W(st, i)->part == 6 || W(st, i)->part == 7)) {
		*h = W(st, i)->part == 6 ? 12 : 24;
		*mi = 0;
		return i + 1;
	}
	/* "12 noon", "12 midnight" */
	if (is_plain_num(st, i) && st->t[i].num == 12 && st->t[i].ndig == 2 &&
	    has(st, j, W_PART) && (W(st, j)->part == 6 || W(st, j)->part == 7)) {
		*h = W(st, j)->part == 6 ? 12 : 24;
		*mi = 0;
		return j + 1;
	}
	t = &st->t[i];
	/*
	 * "by 0830 GMT", "at 1600 GMT Thursday": hours and minutes in four
	 * digits before a zone (not the aside "10:30 a.m. (0230 GMT)",
	 * which says the same time again and is left untagged)
	 */
	if (t->kind == K_NUM && t->form == 0 && t->ndig == 4 &&
	    t->num / 100 <= 23 && t->num % 100 < 60 && has(st, j, W_ZONE) &&
	    st->t[j].cap && !(i > 1 && is_punct(st, i - 1, '(') &&
	    (has(st, i - 2, W_CLOCK) || st->t[i - 2].form == ':'))) {
		*h = (int)(t->num / 100);
		*mi = (int)(t->num % 100);
		return j;
	}
	/* "between 2300 and 0500 GMT", "from 0600 to 0900 GMT": one zone */
	if (t->kind == K_NUM && t->form == 0 && t->ndig == 4 &&
	    t->num / 100 <= 23 && t->num % 100 < 60 && i > 0 &&
	    (is(st, i - 1, "between") || is(st, i - 1, "from")) &&
	    (is(st, j, "and") || is(st, j, "to")) && is_plain_num(st, j + 1) &&
	    st->t[j + 1].ndig == 4 && st->t[j + 1].num / 100 <= 23 &&
	    st->t[j + 1].num % 100 < 60 && has(st, j + 2, W_ZONE) &&
	    st->t[j + 2].cap) {
		*h = (int)(t->num / 100);
		*mi = (int)(t->num % 100);
		return j;
	}
	if (t->kind == K_NUM && t->form == 0 && t->ndig <= 2 && t->num <= 24) {
		*h = (int)t->num;
		*mi = 0;
	} else if (has(st, i, W_NUM) && W(st, i)->num >= 1 && W(st, i)->num <= 12) {
		*h = W(st, i)->num;
		*mi = 0;
	} else if (t->kind == K_NUM && (t->form == ':' || t->form == '.') &&
	    t->nparts == 2 && t->ndig <= 2 && t->num <= 24 && t->part[1] < 60 &&
	    t->end - t->start >= 4 && st->text[t->end - 3] == (t->form)) {
		*h = (int)t->num;
		*mi = t->part[1];
		strong = t->form == ':';
		/* "from 00:01 on Wednesday": the hour after midnight */
		midnight_hour = strong && *h == 0 && st->text[t->start] == '0' &&
		    st->text[t->start + 1] == '0';
	} else
		return i;
	if (is(st, j, "a.m.") || is(st, j, "am") || is(st, j, "a.m")) {
		pm = 0;
		j++;
	} else if (is(st, j, "p.m.") || is(st, j, "pm") || is(st, j, "p.m")) {
		pm = 1;
		j++;
	} else if (is(st, j, "o'clock")) {
		j++;
	} else if (t->kind == K_NUM && t->form == 0 && *h >= 1 && *h <= 12 &&
	    ((is(st, j, "in") && is(st, j + 1, "the") && has(st, j + 2,
	    W_PART) && W(st, j + 2)->part <= 3 && !W(st, j + 2)->plural &&
	    !is_word(st, j + 3)) ||
	    (is(st, j, "at") && is(st, j + 1, "night")))) {
		/* "4 in the morning", "10 at night" */
		pm = is(st, j, "at") ? *h >= 6 && *h < 12 :
		    W(st, j + 2)->part == 1 ? 0 : *h < 12;
		if (pm == 0 && *h == 12)
			pm = -1;
		j += is(st, j, "at") ? 2 : 3;
	} else if (strong && i > 0 && st->t[i - 1].kind == K_NUM &&
	    st->t[i - 1].form == '/' && st->t[i - 1].nparts == 3 && *h <= 23) {
		/* "Updated: 29/11/2026 14:32": a time after a day */
		;
	} else if (strong && i > 0 && (is(st, i - 1, "at") ||
	    is(st, i - 1, "by") || is(st, i - 1, "until") ||
	    is(st, i - 1, "around") || is(st, i - 1, "about") ||
	    is(st, i - 1, "before") || is(st, i - 1, "after") ||
	    is(st, i - 1, "from") || is(st, i - 1, "since") ||
	    is(st, i - 1, "till") || (i >= 2 && (is(st, i - 1, "to") ||
	    is(st, i - 1, "and")) && st->t[i - 2].kind == K_NUM &&
	    st->t[i - 2].form == ':')) && (*h >= 1 || midnight_hour)) {
		;
	} else if (has(st, j, W_ZONE) && (strong || (st->t[j].cap &&
	    st->t[j].lwlen >= 3)) && (*h >= 1 || midnight_hour)) {
		/* "14:05 GMT", "14.05 GMT" (not "20.50 ET", a price) */
		;
	} else if (t->form == '.' && start_cue(st, i, j)) {
		/* "kick-off at 19.45", "a 19.45 start" (not "closed at 20.50") */
		;
	} else
		return i;
	if (pm == 1 && *h < 12)
		*h += 12;
	else if (pm == 0 && *h == 12)
		*h = 0;
	if (*h > 24 || (pm >= 0 && t->kind == K_NUM && t->num > 12))
		return i;
	return j;
}

/*
 * The clock time at i ends a range whose start, a few tokens before, is
 * a later time: "from 18:00 to 06:00", "between 2300 and 0500", "from
 * 6pm to 6am", "from 10 p.m. until 5 a.m.".  Minutes is the end's minute
 * of the day.
 */
static int
overnight_end(const struct st *st, size_t i, int minutes)
{
	size_t p;
	int h = 0, mi = 0, from;

	if (i < 3 || !(is(st, i - 1, "to") || is(st, i - 1, "until") ||
	    is(st, i - 1, "till") || is(st, i - 1, "and")))
		return 0;
	from = !is(st, i - 1, "and");
	for (p = i - 2; p >= 1 && p + 4 >= i; p--) {
		if (from ? is(st, p - 1, "from") : is(st, p - 1, "between"))
			return clock_at(st, p, &h, &mi) == i - 1 &&
			    h * 60 + mi > minutes;
		if (st->t[p].kind == K_PUNCT)
			return 0;
	}
	return 0;
}

/*
 * After "and" at k, a clause's second clock time: "and close at 8
 * p.m.", "and finish by 6pm" (a few lower-case words, then at/by/until
 * and the time); the end of the time (past its zone), or k.
 */
static size_t
second_clock(const struct st *st, size_t k)
{
	size_t m, e;
	int h, mi;

	for (m = k + 1; m < st->n && m < k + 5; m++) {
		if (st->t[m].kind != K_WORD || st->t[m].cap)
			return k;
		if ((is(st, m, "at") || is(st, m, "by") || is(st, m, "until") ||
		    is(st, m, "till")) && (e = clock_at(st, m + 1, &h, &mi)) >
		    m + 1)
			return has(st, e, W_ZONE) ? e + 1 : e;
	}
	return k;
}

/* Times: clock time [zone] [day], or day + clock time is two. */
static size_t
m_time(const struct st *st, size_t i, struct cand *c)
{
	struct cand dc;
	struct timex_date d;
	size_t j, k;
	int h = 0, mi = 0, h2 = -1, mi2 = 0, named, ownday = 0;
	size_t range_end = 0;

	j = clock_at(st, i, &h, &mi);
	if (j == i)
		return 0;
	if (has(st, j, W_ZONE) && st->t[j].cap == 0 && st->t[j].lwlen <= 2)
		;
	else if (has(st, j, W_ZONE))
		j++;
	/* "local time", "Eastern time", "Eastern Standard Time" */
	if ((is(st, j, "local") || (j < st->n && st->t[j].cap &&
	    is_word(st, j))) && is(st, j + 1, "time"))
		j += 2;
	else if (j + 2 < st->n && st->t[j].cap && st->t[j + 1].cap &&
	    is_word(st, j) && is_word(st, j + 1) && is(st, j + 2, "time"))
		j += 3;
	/*
	 * "gates open at 5.30pm each day", "at 9 a.m. every Monday", "at
	 * 7pm daily": a time of each day is a set
	 */
	k = (is(st, j, "each") || is(st, j, "every")) ? j + 1 : j;
	if ((k > j && (is(st, k, "day") || (has(st, k, W_PART) &&
	    W(st, k)->part <= 4 && !W(st, k)->plural) || (has(st, k, W_WDAY) &&
	    st->t[k].cap))) || (k == j && (is(st, j, "daily") ||
	    is(st, j, "nightly")))) {
		if (has(st, k, W_WDAY))
			snprintf(c->value, sizeof(c->value),
			    "XXXX-WXX-%dT%02d:%02d", W(st, k)->wday, h, mi);
		else
			snprintf(c->value, sizeof(c->value),
			    "XXXX-XX-XXT%02d:%02d", h, mi);
		c->type = T_SET;
		c->end = k + 1;
		return k + 1;
	}
	/* a day after the time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9" */
	k = j;
	if (is_punct(st, k, ','))
		k++;
	if (is(st, k, "on"))
		k++;
	memset(&dc, 0, sizeof(dc));
	/*
	 * "on Tuesday at 6 p.m.", "at 2 p.m. on Wednesday, followed by a
	 * news conference at 2:30 p.m.": a time with no day of its own is
	 * on the day its sentence named before it, else the anchor's.
	 */
	named = st->day.gran == TIMEX_G_DAY;
	if (named)
		d = st->day;
	else
		anchor(st, &d, TIMEX_G_DAY);
	if (d.y <= 0)
		unknown_day(&d);
	if ((m_absdate(st, k, &dc) > k || m_weekday(st, k, &dc) > k ||
	    m_ref(st, k, &dc) > k || m_holiday(st, k, &dc) > k) &&
	    dc.date.gran == TIMEX_G_DAY && (dc.type == T_DATE ||
	    (is(st, k, "tonight") && dc.end == k + 1))) {
		/* "midnight tonight": tonight names the day */
		d = dc.date;
		j = dc.end;
		named = 1;
		/* "from 10pm to 6am tomorrow": the end's own day */
		ownday = is(st, k, "tomorrow") || is(st, k, "tonight") ||
		    is(st, k, "today");
	} else if (st->day.gran != TIMEX_G_DAY && !is_punct(st, j, '(')) {
		/*
		 * "occurred at around 6:40 p.m. at the colliery on Sunday":
		 * a day later in the clause, after "on", is the time's;
		 * the range's end is passed ("between 0100 and 0400 GMT
		 * on Wednesday")
		 */
		k = j;
		if ((is(st, j, "and") || is(st, j, "to") ||
		    is(st, j, "until") || is(st, j, "till") ||
		    is_punct(st, j, '-')) &&
		    (k = clock_at(st, j + 1, &h2, &mi2)) > j + 1) {
			if (has(st, k, W_ZONE))
				k++;
		} else
			k = j;
		range_end = k;
		for (; k < st->n && k < j + 10; k++) {
			size_t m;

			/*
			 * "polls open at 7 a.m. and close at 8 p.m. on
			 * Tuesday": a second clock time of the clause, with
			 * a verb of its own, passes on its day to the first
			 */
			if (is(st, k, "and") && (m = second_clock(st, k)) > k) {
				k = m - 1;
				continue;
			}
			if ((st->t[k].kind == K_PUNCT && !is_punct(st, k, '.')) ||
			    is(st, k, "than") || is(st, k, "from") ||
			    is(st, k, "since") || is(st, k, "against") ||
			    is(st, k, "compared") || is(st, k, "and") ||
			    is(st, k, "but") || is(st, k, "after") ||
			    is(st, k, "before"))
				break;
			memset(&dc, 0, sizeof(dc));
			if (is(st, k, "on") && (m_weekday(st, k + 1, &dc) > k + 1 ||
			    m_absdate(st, k + 1, &dc) > k + 1) &&
			    dc.date.gran == TIMEX_G_DAY && dc.type == T_DATE &&
			    !is(st, dc.end, "'s")) {
				d = dc.date;
				named = 1;
				break;
			}
			/*
			 * "from 3am until 9am tomorrow": the day after the
			 * range's second time
			 */
			if (k > j && k == range_end && (is(st, k, "tomorrow") ||
			    is(st, k, "today")) && m_ref(st, k, &dc) == k + 1 &&
			    dc.date.gran == TIMEX_G_DAY && dc.type == T_DATE) {
				d = dc.date;
				named = 1;
				/* "from 10pm until 6am tomorrow": tonight */
				if (h2 >= 0 && h * 60 + mi > h2 * 60 + mi2 &&
				    d.y > 0)
					shift(&d, U_D, -1);
				break;
			}
		}
	} else if (is_punct(st, j, '(')) {
		/*
		 * "11:30 p.m. (0830 GMT) on Tuesday": the day after the
		 * aside is the time's, which ends before the aside.
		 */
		for (k = j + 1; k < st->n && k < j + 5 && !is_punct(st, k,
		    ')'); k++)
			;
		/* "at 00:01 (0801 GMT) Tuesday": "on" may be left out */
		if (is_punct(st, k, ')') && is(st, k + 1, "on"))
			k++;
		if ((is_punct(st, k, ')') || (is(st, k, "on") &&
		    is_punct(st, k - 1, ')'))) &&
		    (m_absdate(st, k + 1, &dc) > k + 1 ||
		    m_weekday(st, k + 1, &dc) > k + 1) &&
		    dc.date.gran == TIMEX_G_DAY && dc.type == T_DATE) {
			d = dc.date;
			named = 1;
		}
	}
	/*
	 * "from 18:00 to 06:00 on Friday": an overnight range on a day the
	 * text names ends the next day
	 */
	if (named && !ownday && overnight_end(st, i, h * 60 + mi) && d.y > 0 &&
	    d.gran == TIMEX_G_DAY)
		timex_civil(timex_days(d.y, d.m, d.d) + 1, &d.y, &d.m, &d.d);
	set_date(c, j, &d, 1);
	c->type = T_TIME;
	{
		size_t len = strlen(c->value);

		snprintf(c->value + len, sizeof(c->value) - len, "T%02d:%02d",
		    h, mi);
	}
	return j;
}

/* ---------------------------------------------------------------- */
/* Putting it together. */

static void
better(struct cand *best, const struct cand *c)
{
	if (c->end > best->end)
		*best = *c;
}

/* The longest plain expression at i. */
static void
m_plain(const struct st *st, size_t i, struct cand *best)
{
	struct cand c;

#define TRY(fn)	do {						\
		memset(&c, 0, sizeof(c));			\
		if (fn(st, i, &c) > i)				\
			better(best, &c);			\
	} while (0)
	TRY(m_ref);
	TRY(m_holiday);
	TRY(m_absdate);
	TRY(m_year);
	TRY(m_wordyear);
	TRY(m_relative);
	TRY(m_quarter);
	TRY(m_weekday);
	TRY(m_season);
	TRY(m_time);
	TRY(m_duration);
	TRY(m_bareunits);
	TRY(m_the_unit);
	TRY(m_the_part);
	TRY(m_set);
	TRY(m_week_on);
#undef TRY
}

/*
 * "in the morning", "during the night": a part of the last day mentioned
 * (or of the anchor's day); not "the morning session", "the night before".
 */
static size_t
m_the_part(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j = i + 1;

	if (i == 0 || !is(st, i, "the") || !(is(st, i - 1, "in") ||
	    is(st, i - 1, "during") || is(st, i - 1, "through") ||
	    is(st, i - 1, "throughout")))
		return 0;
	if (!has(st, j, W_PART) || W(st, j)->part > 4 || W(st, j)->plural)
		return 0;
	if (is(st, j + 1, "'s") || is(st, j + 1, "of") ||
	    is(st, j + 1, "session") || is(st, j + 1, "sessions") ||
	    is(st, j + 1, "before") || is(st, j + 1, "after") ||
	    is(st, j + 1, "shift") || is(st, j + 1, "news") ||
	    is(st, j + 1, "edition") || is(st, j + 1, "show") ||
	    is(st, j + 1, "paper") || is(st, j + 1, "newspaper"))
		return 0;
	d = st->ctx->last.gran >= TIMEX_G_DAY && st->ctx->last.y > 0 ?
	    st->ctx->last : st->ctx->dct;
	d.gran = TIMEX_G_DAY;
	if (d.y <= 0)
		unknown_day(&d);
	set_date(c, j + 1, &d, 1);
	add_part(c, W(st, j)->part);
	return j + 1;
}

/* "the end of the year", "year-end": what follows a position modifier. */
static size_t
m_inner_unit(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	const struct tword *u;
	size_t j = i;

	if (is(st, j, "the"))
		j++;
	u = unit_at(st, j);
	if (u == NULL || u->plural)
		return 0;
	if (u->unit != U_Y && u->unit != U_M && u->unit != U_W &&
	    u->unit != U_D && u->unit != U_DE && u->unit != U_CE)
		return 0;
	if (j == i)
		return 0;
	anchor(st, &d, unit_gran(u->unit));
	if (d.y <= 0 && u->unit == U_D)
		unknown_day(&d);
	set_date(c, j + 1, &d, 1);
	return j + 1;
}

/*
 * "a week on Tuesday", "a week from Friday", "a week today", "a
 * fortnight tomorrow", "two weeks on Saturday": weeks after a day to
 * come (the coming such weekday, today's if it is one).
 */
static size_t
m_week_on(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	struct qty q;
	size_t j, k;
	long weeks;

	if (is(st, i, "a") && (is(st, i + 1, "week") ||
	    is(st, i + 1, "fortnight"))) {
		weeks = is(st, i + 1, "week") ? 1 : 2;
		j = i + 2;
	} else if (!is(st, i + 1, "weeks") && !is(st, i + 2, "weeks")) {
		return 0;	/* most tokens: quickly */
	} else if ((k = quantity(st, i, &q)) > i && !q.article && q.v >= 2 &&
	    q.v <= 8 && is(st, k, "weeks")) {
		weeks = q.v;
		j = k + 1;
	} else
		return 0;
	if ((is(st, j, "on") || is(st, j, "from")) && has(st, j + 1, W_WDAY) &&
	    st->t[j + 1].cap && !is(st, j + 2, "'s"))
		weekday_date(st, W(st, j + 1)->wday, 1, 0, &d);
	else if (is(st, j, "from") && (is(st, j + 1, "today") ||
	    is(st, j + 1, "tomorrow")))
		anchor(st, &d, TIMEX_G_DAY);
	else if (is(st, j, "today") || is(st, j, "tomorrow"))
		anchor(st, &d, TIMEX_G_DAY);
	else
		return 0;
	if (!is(st, j, "today") && !is(st, j, "tomorrow"))
		j++;
	if (d.y <= 0)
		unknown_day(&d);
	else
		shift(&d, U_D, 7 * weeks + is(st, j, "tomorrow"));
	set_date(c, j + 1, &d, 1);
	return j + 1;
}

/* A part of the day after a modifier: "mid afternoon", "early morning". */
static size_t
m_inner_part(const struct st *st, size_t i, struct cand *c)
{
	struct timex_date d;
	size_t j = i;

	if (is(st, j, "the"))
		j++;
	if (!has(st, j, W_PART) || W(st, j)->part > 4 || W(st, j)->plural)
		return 0;
	anchor(st, &d, TIMEX_G_DAY);
	if (d.y <= 0)
		unknown_day(&d);
	/* "mid-afternoon yesterday": the day named after the part */
	if (d.y > 0 && (is(st, j + 1, "yesterday") || is(st, j + 1, "today") ||
	    is(st, j + 1, "tomorrow"))) {
		shift(&d, U_D, is(st, j + 1, "yesterday") ? -1 :
		    is(st, j + 1, "tomorrow") ? 1 : 0);
		set_date(c, j + 2, &d, 1);
		add_part(c, W(st, j)->part);
		return j + 2;
	}
	set_date(c, j + 1, &d, 1);
	add_part(c, W(st, j)->part);
	return j + 1;
}

/* The longest expression at i, with a modifier before it. */
static void
m_top(const struct st *st, size_t i, struct cand *best)
{
	const struct tword *w;
	struct cand c;
	size_t j = 0, k;

	memset(best, 0, sizeof(*best));
	m_plain(st, i, best);
	/* year-end, year end, year's end, month-end */
	if ((is(st, i, "year") || is(st, i, "month")) && ((is_punct(st, i + 1,
	    '-') && adj(st, i) && is(st, i + 2, "end")) || ((is(st, i + 1,
	    "'s") || (is(st, i + 1, "end") && i > 0 && !is(st, i - 1, "the"))) &&
	    (is(st, i + 1, "end") || is(st, i + 2, "end"))))) {
		size_t e = is(st, i + 1, "end") ? i + 2 : i + 3;

		memset(&c, 0, sizeof(c));
		anchor(st, &c.date, is(st, i, "year") ? TIMEX_G_YEAR :
		    TIMEX_G_MONTH);
		set_date(&c, e, &c.date, 1);
		strcpy(c.mod, "END");
		better(best, &c);
	}
	/*
	 * "by mid-century": the middle of the anchor's century (after a
	 * preposition: "a mid-century house" is a style)
	 */
	if (is(st, i, "mid") && is_punct(st, i + 1, '-') && adj(st, i) &&
	    adj(st, i + 1) && is(st, i + 2, "century") && i > 0 &&
	    (is(st, i - 1, "by") || is(st, i - 1, "until") ||
	    is(st, i - 1, "before") || is(st, i - 1, "after") ||
	    is(st, i - 1, "since") || is(st, i - 1, "around") ||
	    is(st, i - 1, "from") || is(st, i - 1, "to") ||
	    is(st, i - 1, "in"))) {
		memset(&c, 0, sizeof(c));
		anchor(st, &c.date, TIMEX_G_CENT);
		set_date(&c, i + 3, &c.date, 1);
		strcpy(c.mod, "MID");
		better(best, &c);
	}
	if (i >= st->n || st->t[i].kind != K_WORD)
		return;
	w = phrase_at(st, i, W_MOD, &j);
	k = i;
	if (w == NULL && is(st, i, "the") && has(st, i + 1, W_MOD) &&
	    (is(st, i + 1, "early") || is(st, i + 1, "late") ||
	    is(st, i + 1, "mid"))) {
		w = W(st, i + 1);
		j = i + 2;
	}
	if (w == NULL)
		return;
	k = j;
	if (is_punct(st, k, '-') && adj(st, k - 1) && adj(st, k))
		k++;	/* mid-November */
	memset(&c, 0, sizeof(c));
	m_plain(st, k, &c);
	if (c.end > k && c.type == T_DUR) {
		struct cand inner;

		/* "the end of the year": the year as a date, not P1Y */
		memset(&inner, 0, sizeof(inner));
		if (m_inner_unit(st, k, &inner) == c.end)
			c = inner;
	}
	if (c.end <= k) {
		memset(&c, 0, sizeof(c));
		if (m_inner_unit(st, k, &c) <= k && m_inner_part(st, k, &c) <= k)
			return;
	}
	if (c.ref || c.mod[0] != '\0')
		return;
	if ((strcmp(w->mod, "BEFORE") == 0 || strcmp(w->mod, "AFTER") == 0) &&
	    k == j)
		return;		/* pre-1990, post-war: only with the hyphen */
	if (strcmp(w->mod, "START") == 0 || strcmp(w->mod, "MID") == 0 ||
	    strcmp(w->mod, "END") == 0 || strcmp(w->mod, "BEFORE") == 0 ||
	    strcmp(w->mod, "AFTER") == 0) {
		if (c.type != T_DATE && c.type != T_TIME)
			return;
		/* earlier/later only before this/that/today-like anchors */
		if ((is(st, i, "earlier") || is(st, i, "later")) &&
		    c.date.gran == 0)
			return;
		if ((is(st, i, "earlier") || is(st, i, "later")) && !c.rel)
			return;
	} else {
		/* over the past five years: the duration alone */
		if (is(st, k, "the"))
			return;
		/*
		 * "would cost $62 billion over ten years", "rose 4% over
		 * two years": after an amount, "over" spans the period
		 */
		if (is(st, i, "over") && i > 0 && (st->t[i - 1].kind ==
		    K_NUM || is_punct(st, i - 1, '%') ||
		    is(st, i - 1, "percent") || is(st, i - 1, "million") ||
		    is(st, i - 1, "billion") || is(st, i - 1, "trillion")) &&
		    !is(st, c.end, "ago") && !is(st, c.end - 1, "ago") &&
		    !is(st, c.end, "old"))
			return;
		if (c.type == T_SET)
			return;
		/*
		 * "over Easter", "under Monday's deal": more or less than a
		 * point in time is no TIMEX3 mod (those are for durations);
		 * "about 11 p.m." is, and so is "more than a year ago" (of
		 * the duration in it).
		 */
		if ((c.type == T_DATE || c.type == T_TIME) &&
		    strcmp(w->mod, "APPROX") != 0 && !is(st, c.end - 1, "ago"))
			return;
	}
	snprintf(c.mod, sizeof(c.mod), "%s", w->mod);
	/*
	 * "the turn of the century" said in 2025 is about 2000: the start
	 * of this century, not its end (said in 1997 it is the end).
	 */
	if (is(st, i, "the") && is(st, i + 1, "turn") && c.rel &&
	    c.date.gran == TIMEX_G_CENT && st->ctx->dct.y > 0 &&
	    st->ctx->dct.y % 100 < 50)
		strcpy(c.mod, "START");
	better(best, &c);
}

/*
 * Token j makes a timex likely after a word such as "the" (any) or after
 * a number (num).
 */
static int
cue(const struct st *st, size_t j, int num)
{
	const struct tok *t = &st->t[j];
	unsigned cls;

	if (t->kind == K_NUM)
		return !num && (t->ndig == 4 || (t->form != 0 && t->form != '.'));
	if (t->w == NULL)
		return 0;
	cls = t->w->cls;
	if (num)
		return (cls & (W_UNIT | W_MONTH | W_CLOCK | W_ZONE | W_PART)) != 0;
	if (cls & W_TIMEWORD)
		return 1;
	/* "the first half": the half of a year or of a match */
	if ((cls & W_CLOCK) && j > 0 && has(st, j - 1, W_ORD))
		return 1;
	/* "about 11 p.m." */
	if ((cls & W_CLOCK) && j > 0 && st->t[j - 1].kind == K_NUM)
		return 1;
	return (cls & W_PWORD) && !(cls & (W_PFX | W_START));
}

/* A cue within the next four tokens. */
static int
cue_ahead(const struct st *st, size_t i, int num)
{
	size_t j;

	for (j = i + 1; j < st->n && j <= i + 4; j++)
		if (cue(st, j, num))
			return 1;
	return 0;
}

/*
 * Cheap test before the grammar runs: can an expression start at token
 * i?  A word such as "the", a modifier or a bare number starts one only
 * with a timex word close behind; this keeps the tagger fast on text
 * that has no dates.
 */
static int
worth_trying(const struct st *st, size_t i)
{
	const struct tok *t = &st->t[i];
	const struct tword *w;
	unsigned cls;
	size_t len;

	if (t->kind == K_PUNCT)
		return 0;
	if (t->kind == K_NUM) {
		if ((t->form == 0 || t->form == ',') && t->ndig != 4)
			return cue_ahead(st, i, 1) || (i + 1 < st->n &&
			    has(st, i + 1, W_NUM)) || era_at(st, i + 1) != 0;
		return 1;
	}
	if (t->w == NULL) {
		/* Mondays */
		if (!t->cap)
			return 0;
		len = t->lwlen;
		/* "AD 43" */
		if (i + 1 < st->n && st->t[i + 1].kind == K_NUM &&
		    era_at(st, i) > 0)
			return 1;
		/* "Q2 FY27": a quarter; "H1 FY27": a half */
		if (len == 1 && (t->lw[0] == 'q' || t->lw[0] == 'h'))
			return i + 1 < st->n && st->t[i + 1].kind == K_NUM;
		if (len < 7 || t->lw[len - 1] != 's')
			return 0;
		w = tw_get(st->tx, t->lw, len - 1);
		return w != NULL && (w->cls & W_WDAY);
	}
	cls = t->w->cls;
	if (cls & W_TIMEWORD)
		return 1;
	if (cls & (W_NUM | W_ORD))
		return cue_ahead(st, i, 1) || has(st, i + 1, W_NUM) ||
		    cue_ahead(st, i, 0);
	if (cls & (W_START | W_PFX | W_MOD))
		return cue_ahead(st, i, 0);
	return 0;
}

/*
 * The tense cues of the sentence's tokens, st->tense, for a sentence
 * with a word that needs them (a month, a weekday, a season, ...).
 */
static void
mark_tense(struct st *st, struct arena *a)
{
	size_t i, k;

	/* the tense cues, for sentences with a word that needs them */
	for (i = 0; i < st->n; i++)
		if ((st->t[i].w != NULL && (st->t[i].w->cls & (W_MONTH |
		    W_WDAY | W_SEAS | W_HOL | W_ORD | W_NEEDT))) ||
		    (st->t[i].kind == K_NUM && st->t[i].form == 'o'))
			break;
	if (i < st->n) {
		st->tense = arena_alloc(a, st->n + 1);
		for (i = 0; i < st->n; i++)
			st->tense[i] = (signed char)tense_word(&st->t[i]);
		/*
		 * "would be reconnected by Thursday": a participle after "be"
		 * is no past tense; the modal before it tells the time.
		 */
		for (i = 1; i < st->n; i++)
			if (st->tense[i] < 0 && (is(st, i - 1, "be") ||
			    is(st, i - 1, "is") || is(st, i - 1, "are") ||
			    is(st, i - 1, "being")))
				st->tense[i] = 0;	/* "when the case is heard in May" */
		/*
		 * "will hit the coast on Monday", "could not beat them on
		 * Sunday": a past form the lexicon lists is the plain verb
		 * after a modal or "to" (maybe past "not" or an adverb).
		 */
		for (i = 1; i < st->n; i++) {
			k = i - 1;
			if (st->tense[i] >= 0 || st->t[i].cap || is_ed(&st->t[i]))
				continue;
			if (k > 0 && (is(st, k, "not") || is(st, k, "n't") ||
			    is(st, k, "also") || is(st, k, "likely") ||
			    is(st, k, "probably") || is(st, k, "then") ||
			    is(st, k, "again") || is(st, k, "never")))
				k--;
			if (is(st, k, "will") || is(st, k, "'ll") ||
			    is(st, k, "wo") || is(st, k, "would") ||
			    is(st, k, "shall") || is(st, k, "should") ||
			    is(st, k, "could") || is(st, k, "might") ||
			    is(st, k, "must") || is(st, k, "may") ||
			    is(st, k, "can") || is(st, k, "ca") ||
			    is(st, k, "to"))
				st->tense[i] = 0;
		}
		/*
		 * "had been due to expire Friday": a plan told in the past
		 * perfect was overtaken, its time is past ("was due to
		 * arrive Friday" may still be ahead).
		 */
		for (i = 1; i < st->n; i++)
			if (st->tense[i] > 0 && is(st, i - 1, "been"))
				st->tense[i] = -1;
		/*
		 * "could not be reached Monday", "could n't attend", "neither
		 * he nor she could be found": a negated "could" is the past
		 * of "can".
		 */
		for (i = 0, k = 0; i + 1 < st->n; i++) {
			if (is(st, i, "neither") || is(st, i, "nobody"))
				k = 1;	/* "neither he nor ... could" */
			if (is(st, i, "could") && (k || is(st, i + 1, "not") ||
			    is(st, i + 1, "n't")))
				st->tense[i] = 0;
		}
		/*
		 * A modal after the timex is most often in a clause of its
		 * own ("told reporters on Tuesday that it might be
		 * extended"): it counts only before the timex.
		 */
		for (i = 0; i < st->n; i++)
			if (st->tense[i] > 0 && (is(st, i, "should") ||
			    is(st, i, "could") || is(st, i, "might") ||
			    is(st, i, "must")))
				st->tense[i] = TENSE_MODAL;
		/*
		 * No future: "next to the embassy" (a place), "due to the
		 * rain" (a cause), "than expected", "as expected" (a
		 * comparison).
		 */
		for (i = 0; i + 1 < st->n; i++) {
			if (is(st, i, "next") && is(st, i + 1, "to"))
				st->tense[i] = 0;
			if (is(st, i, "due") && is(st, i + 1, "to") &&
			    (is(st, i + 2, "the") || is(st, i + 2, "a") ||
			    is(st, i + 2, "an") || is(st, i + 2, "its") ||
			    is(st, i + 2, "their") || is(st, i + 2, "his") ||
			    is(st, i + 2, "her")))
				st->tense[i] = 0;
			if (i > 0 && is(st, i, "expected") &&
			    (is(st, i - 1, "than") || is(st, i - 1, "as")))
				st->tense[i] = 0;
			/* "the hearing is set for February": a plan */
			if (i > 0 && is(st, i, "set") && is(st, i + 1, "for") &&
			    (is(st, i - 1, "is") || is(st, i - 1, "are")))
				st->tense[i] = 1;
		}
		/*
		 * One pass for four cues.  "the reduced dividend is payable
		 * Jan. 2": an -ed word after an article is an adjective, not
		 * the past tense.  "announced the plan Aug. 21", "its
		 * plans": a noun after a determiner tells no future ("the
		 * upcoming vote" does).  "Rovers host Leeds on Saturday",
		 * "polls open at 7 a.m.", "they meet again on Friday": the
		 * plain present of a schedule after a name, a pronoun or a
		 * plural noun (not "the start", "did not open").  "set to
		 * resume Monday", "is to resume trading Tuesday": a plan.
		 */
		for (i = 1; i < st->n; i++) {
			const struct tword *w = st->t[i].w;
			int r = st->tense[i];

			if (r == 0 && (w == NULL || !(w->cls & (W_SCHED | W_TO))))
				continue;	/* most words: quickly */
			if (r == -1 && (w == NULL || !(w->cls & W_PAST)) &&
			    (is(st, i - 1, "the") || is(st, i - 1, "a") ||
			    is(st, i - 1, "an")))
				st->tense[i] = 0;
			/*
			 * "will be held later this month, followed by a
			 * concert in the spring": an order of events, no past
			 */
			else if (r == -1 && is_punct(st, i - 1, ',') &&
			    is(st, i + 1, "by") && (is(st, i, "followed") ||
			    is(st, i, "preceded")))
				st->tense[i] = 0;
			else if (r == 1 && (is(st, i - 1, "the") ||
			    is(st, i - 1, "a") || is(st, i - 1, "its") ||
			    is(st, i - 1, "their") || is(st, i - 1, "his") ||
			    is(st, i - 1, "her") || is(st, i - 1, "our")) &&
			    (is(st, i, "plan") || is(st, i, "plans") ||
			    is(st, i, "hopes") || is(st, i, "aims") ||
			    is(st, i, "planning") || is(st, i, "starts") ||
			    is(st, i, "ends") || is(st, i, "meets") ||
			    is(st, i, "closes") || is(st, i, "opens")))
				st->tense[i] = 0;
			else if (r == 0 && (w->cls & W_SCHED) && i + 1 < st->n &&
			    !st->t[i].cap && sched_subject(st, i - 1) &&
			    !is(st, i + 1, "of") && !is(st, i + 1, "'s") &&
			    !is_punct(st, i + 1, '-'))
				st->tense[i] = 1;
			else if (r == 0 && (w->cls & W_TO) && i + 1 < st->n &&
			    (is(st, i - 1, "set") || is(st, i - 1, "slated") ||
			    is(st, i - 1, "poised") || is(st, i - 1, "is") ||
			    is(st, i - 1, "are")) && st->t[i + 1].kind == K_WORD &&
			    !st->t[i + 1].cap && (st->t[i + 1].w == NULL ||
			    is(st, i + 1, "be") || (st->t[i + 1].w->cls & W_SCHED)))
				st->tense[i - 1] = 1;
		}
	}
}

/*
 * The day of candidate c at token i is when something was said ("said
 * on Thursday", "the court heard on Monday") after an earlier date: the
 * story's own time stays the last date ("attacked on 14 March ...,
 * the court heard on Thursday. He returned to work the following day").
 */
/*
 * The day at i closes a quarter named before it: "the quarter ended
 * Sept. 30", "its third quarter, which ended Jan. 31".
 */
static int
quarter_end(const struct st *st, size_t i)
{
	if (i < 2 || !(is(st, i - 1, "ended") || is(st, i - 1, "ending")))
		return 0;
	i--;
	if (i >= 3 && (is(st, i - 1, "which") || is(st, i - 1, "that")) &&
	    is_punct(st, i - 2, ','))
		i -= 2;
	return is(st, i - 1, "quarter") || is(st, i - 1, "period");
}

static int
report_day(const struct st *st, size_t i, const struct cand *c)
{
	size_t k = i;

	if (c->date.gran != TIMEX_G_DAY || st->ctx->last.gran == 0 ||
	    st->ctx->last.y <= 0)
		return 0;
	if (k > 0 && is(st, k - 1, "on"))
		k--;
	return k > 0 && (has(st, k - 1, W_REPORT) || is(st, k - 1, "heard"));
}

size_t
timex_find(const struct timex *tx, struct timex_ctx *ctx, const char *text,
    size_t len, struct arena *a, struct timex_span **out)
{
	struct st st;
	struct cand c;
	struct timex_span *sp = NULL;
	size_t i, n = 0, cap = 0;

	st.tx = tx;
	st.ctx = ctx;
	st.text = text;
	st.a = a;
	st.tense = NULL;
	memset(&st.day, 0, sizeof(st.day));
	memset(&st.anyday, 0, sizeof(st.anyday));
	st.year = 0;
	st.lastset = 0;
	tokenize(&st, text, len);
	mark_tense(&st, a);
	*out = NULL;
	for (i = 0; i < st.n; ) {
		if (!worth_trying(&st, i)) {
			i++;
			continue;
		}
		m_top(&st, i, &c);
		if (c.end <= i) {
			i++;
			continue;
		}
emit:
		if (n == cap) {
			struct timex_span *ns;

			cap = cap ? cap * 2 : 8;
			ns = arena_alloc(a, cap * sizeof(*ns));
			if (n > 0)
				memcpy(ns, sp, n * sizeof(*ns));
			sp = ns;
		}
		sp[n].start = st.t[i].start;
		sp[n].end = st.t[c.end - 1].end;
		sp[n].type = c.type;
		memcpy(sp[n].value, c.value, sizeof(sp[n].value));
		memcpy(sp[n].mod, c.mod, sizeof(sp[n].mod));
		n++;
		/*
		 * "the quarter ended Sept. 30": the day closes the period
		 * reported, which stays the reference ("a year earlier").
		 */
		if ((c.type == T_DATE || c.type == T_TIME) && c.date.gran >=
		    TIMEX_G_YEAR && c.date.y > 0 && !c.ref && !c.nolast &&
		    !report_day(&st, i, &c) &&
		    !(ctx->last.gran == TIMEX_G_QUART && quarter_end(&st, i))) {
			ctx->last = c.date;
			st.lastset = 1;
		}
		if ((c.type == T_DATE || c.type == T_TIME) && c.date.gran ==
		    TIMEX_G_DAY && c.date.y > 0)
			st.anyday = c.date;
		if (c.type == T_DATE && c.date.gran == TIMEX_G_YEAR &&
		    c.date.y > 0 && !c.ref)
			st.year = c.date.y;
		/*
		 * not a day of comparison: "up from Monday", "than Friday"
		 * ("no earlier than Feb. 10 at 4:15 a.m." is a day named)
		 */
		if ((c.type == T_DATE || c.type == T_TIME) && c.date.gran ==
		    TIMEX_G_DAY && c.date.y > 0 && c.mod[0] == '\0' &&
		    !(i > 0 && (is(&st, i - 1, "from") || is(&st, i - 1,
		    "since") || (is(&st, i - 1, "than") && !(i >= 3 &&
		    (is(&st, i - 3, "no") || is(&st, i - 3, "not")) &&
		    (is(&st, i - 2, "earlier") || is(&st, i - 2, "later") ||
		    is(&st, i - 2, "sooner")))) || is(&st, i - 1,
		    "over") || is(&st, i - 1, "with") || is(&st, i - 1,
		    "against"))))
			st.day = c.date;
		i = c.end;
		/* "April 24 and 25": the second day of the same month */
		if (c.type == T_DATE && c.date.gran == TIMEX_G_DAY &&
		    c.date.m > 0 && c.mod[0] == '\0' && (is(&st, i, "and") ||
		    is(&st, i, "or")) && mday_at(&st, i + 1) &&
		    is_plain_num(&st, i + 1) && !worth_trying(&st, i + 1) &&
		    !count_word(&st, i + 2)) {
			c.date.d = mday_at(&st, i + 1);
			if (c.date.d <= timex_month_len(c.date.y > 0 ? c.date.y :
			    2000, c.date.m)) {
				set_date(&c, i + 2, &c.date, 0);
				i++;
				goto emit;
			}
		}
	}
	free(st.t);
	*out = sp;
	return n;
}
