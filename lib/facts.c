/*
 * The fact joiner's core.  One document at a time:
 *
 *   1. read each sentence's tokens and its "ents", "timex" and "quotes";
 *   2. tidy the entity mentions (drop a leading "The" or "Besides", a
 *      trailing possessive), complete organisation names the tagger cut
 *      short ("Italian" + "Foreign Ministry"), and split nested ones
 *      ("X Group of the Y Organization" when "X Group" is named alone),
 *      and drop the names of headings that the body does not name;
 *   3. cluster mentions into entities: same text (case-folded), a surname
 *      alone joins the full name that ends with it, an acronym joins the
 *      name it abbreviates; the type is the majority of the mentions' types
 *      (a mention after "in" or "around" votes for a place);
 *   4. find people's titles ("Title Name", "the title, Name", "Name, the
 *      title,");
 *   5. resolve quote speakers to entities, find whom a speaker told and the
 *      date of the statement, and list dated events and the dates.
 *
 * Everything is general patterns over tokens and the lexicons in lib/data
 * (facts_titles, facts_orgheads, facts_lead); nothing knows a name.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "facts.h"
#include "json.h"
#include "lex.h"
#include "mem.h"
#include "rec.h"
#include "tok.h"
#include "utf8.h"

extern const char data_facts_titles[];
extern const size_t data_facts_titles_len;
extern const char data_facts_orgheads[];
extern const size_t data_facts_orgheads_len;
extern const char data_facts_lead[];
extern const size_t data_facts_lead_len;
extern const char data_timex_zones[];
extern const size_t data_timex_zones_len;
extern const char data_quote_given[];
extern const size_t data_quote_given_len;

struct facts {
	struct lex	*titles;	/* title words, value "head" or "mod" */
	struct lex	*orgheads;	/* nouns that end an organisation's name */
	struct lex	*lead;		/* words that open a clause, not a name */
	struct lex	*zones;		/* time zones (lede-dates' lexicon) */
	struct lex	*given;		/* given names (lede-quotes' lexicon) */
};

/* Entity types, in the order a tie between votes is broken. */
enum {
	TY_LOC,
	TY_PERSON,
	TY_ORG,
	TY_MISC,
	TY_N
};

static const char *const type_name[TY_N] = { "LOC", "PERSON", "ORG", "MISC" };

/*
 * Limits on the phrases read around a name.  A title or an addressee of
 * more than this many tokens is a clause, not a phrase, in news text.
 */
#define TITLE_MAX	10
#define TO_MAX		8

/*
 * A hash table from strings to indices, in the arena: documents can be
 * long, and every lookup here would otherwise scan every mention.
 */
struct hent {
	const char	*key;		/* the key, not copied */
	size_t		 len;		/* bytes of key */
	size_t		 val;		/* the index stored */
};

struct htab {
	struct hent	*v;		/* slots; key NULL when empty */
	size_t		 n;		/* slots used */
	size_t		 cap;		/* slots allocated, a power of two */
};

struct wtok {
	size_t		 start;		/* offset in the sentence text */
	size_t		 end;		/* end offset, exclusive */
};

struct timex {
	size_t		 start;		/* document offset */
	const char	*text;		/* "text" */
	const char	*type;		/* "type", or "" */
	const char	*value;		/* "value", or NULL */
	const char	*mod;		/* "mod", or NULL */
};

struct quote {
	size_t		 start;		/* document offset */
	size_t		 end;		/* end, exclusive */
	const char	*text;		/* the quoted words */
	const char	*kind;		/* "kind", or NULL */
	const char	*cue;		/* "cue", or NULL */
	size_t		 cue_end;	/* document offset after the cue */
	int		 has_cue;	/* cue_end is known */
	const char	*speaker;	/* "speaker", or NULL */
	size_t		 sp_start;	/* speaker's document offsets */
	size_t		 sp_end;	/* end, exclusive */
	int		 has_sp;	/* sp_start/sp_end are known */
};

struct sent {
	const struct sentence *s;	/* the record's sentence */
	struct wtok	*tv;		/* tokens */
	size_t		 ntok;		/* tokens used */
	struct timex	*xv;		/* its timex spans */
	size_t		 nx;		/* timex spans used */
	size_t		 xcap;		/* timex spans allocated */
	size_t		*xoff;		/* text offsets where they start, sorted */
	size_t		 nxoff;		/* offsets in xoff */
	struct quote	*qv;		/* its quotes */
	size_t		 nq;		/* quotes used */
	size_t		 qcap;		/* quotes allocated */
	size_t		 m0;		/* first mention in the sorted list */
	size_t		 nm;		/* its mentions */
	int		 headline;	/* mostly capitalised: a heading */
};

struct mention {
	size_t		 si;		/* sentence index */
	size_t		 t0;		/* first token */
	size_t		 t1;		/* past the last token */
	size_t		 dstart;	/* document offsets */
	size_t		 dend;		/* end, exclusive */
	int		 type;		/* type as tagged */
	int		 vote;		/* type it votes for */
	int		 dead;		/* removed by a later rule */
	size_t		 form;		/* its form */
	size_t		 ent;		/* its entity */
};

/* The mentions that read the same, case-folded. */
struct form {
	const char	*key;		/* folded text */
	size_t		 key_len;	/* bytes of key */
	const char	*text;		/* the best surface form */
	size_t		 len;		/* bytes of text */
	size_t		 nword;		/* word tokens in text */
	size_t		 n;		/* mentions */
	size_t		 votes[TY_N];	/* type votes of the mentions */
	size_t		 first;		/* document offset of the first one */
	size_t		 ent;		/* its entity */
	int		 nocanon;	/* never the entity's name */
	int		 surname;	/* joined a person by its last word */
	size_t		 tail_of;	/* longer name it ends, + 1; 0 none */
	size_t		 mark;		/* entity it was last listed for, +1 */
	const char	*last;		/* folded last word */
	size_t		 last_len;	/* bytes of last */
};

struct entity {
	int		 type;		/* decided type */
	size_t		 canon;		/* form giving the name */
	size_t		 n;		/* mentions */
	size_t		 first;		/* document offset of the first mention */
	const char	*title;		/* a person's title, or NULL */
	size_t		 title_len;	/* bytes of title */
	size_t		 id;		/* output number, from 1; 0 none */
	size_t		 next;		/* next person of the same last word */
	size_t		 nfull;		/* full-name mentions counted so far */
	const struct form **al;		/* aliases: forms other than the name */
	size_t		 nal;		/* aliases used */
	size_t		 alcap;		/* aliases allocated */
	size_t		 votes[TY_N];	/* type votes of the mentions */
};

struct qfact;

struct work {
	const struct facts *f;		/* lexicons */
	struct arena	*a;		/* the document's arena */
	struct sent	*sv;		/* sentences */
	size_t		 ns;		/* sentences used */
	size_t		 scap;		/* sentences allocated */
	struct mention	*mv;		/* mentions */
	size_t		 nm;		/* mentions used */
	size_t		 mcap;		/* mentions allocated */
	struct form	*fv;		/* forms */
	size_t		 nf;		/* forms used */
	size_t		 fcap;		/* forms allocated */
	struct entity	*ev;		/* entities */
	size_t		 ne;		/* entities used */
	size_t		 ecap;		/* entities allocated */
	int		 have_ents;	/* some record has "ents" */
	struct htab	 forms;		/* folded text -> form */
	struct htab	 lasts;		/* folded last word -> first person */
	struct buf	 tmp;		/* scratch */
	struct toks	 toks;		/* scratch tokens */
	struct json_obj	 obj;		/* scratch object scan */
	const struct qfact *qv;		/* the quote facts, once read */
	size_t		 nq;		/* quote facts in qv */
};

struct facts *
facts_new(void)
{
	struct facts *f = xcalloc(1, sizeof(*f));

	f->titles = lex_load(LEX_DATA(facts_titles), LEX_FOLD);
	f->orgheads = lex_load(LEX_DATA(facts_orgheads), LEX_FOLD);
	f->lead = lex_load(LEX_DATA(facts_lead), LEX_FOLD);
	f->zones = lex_load(LEX_DATA(timex_zones), LEX_FOLD);
	f->given = lex_load(LEX_DATA(quote_given), LEX_FOLD);
	return f;
}

void
facts_free(struct facts *f)
{
	if (f == NULL)
		return;
	lex_free(f->titles);
	lex_free(f->orgheads);
	lex_free(f->lead);
	lex_free(f->zones);
	lex_free(f->given);
	free(f);
}

/* Make room for one more element of size bytes in an arena array. */
static void *
grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	void *nv;

	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 16;
	nv = arena_calloc(a, *cap, size);
	if (n > 0)
		memcpy(nv, v, n * size);
	return nv;
}

static size_t
hash(const char *s, size_t len)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/*
 * The value stored for key, or NULL.  With insert, a missing key is added
 * with value (size_t)-1 and its slot returned.
 */
static size_t *
ht_get(struct arena *a, struct htab *h, const char *key, size_t len,
    int insert)
{
	struct hent *old;
	size_t i, k, oldcap;

	if (insert && (h->n + 1) * 2 > h->cap) {
		old = h->v;
		oldcap = h->cap;
		h->cap = h->cap ? h->cap * 2 : 64;
		h->v = arena_calloc(a, h->cap, sizeof(*h->v));
		h->n = 0;
		for (k = 0; k < oldcap; k++)
			if (old[k].key != NULL)
				*ht_get(a, h, old[k].key, old[k].len, 1) = old[k].val;
	}
	if (h->cap == 0)
		return NULL;
	for (i = hash(key, len) & (h->cap - 1); h->v[i].key != NULL;
	    i = (i + 1) & (h->cap - 1))
		if (h->v[i].len == len && memcmp(h->v[i].key, key, len) == 0)
			return &h->v[i].val;
	if (!insert)
		return NULL;
	h->v[i].key = key;
	h->v[i].len = len;
	h->v[i].val = (size_t)-1;
	h->n++;
	return &h->v[i].val;
}

/* Case-fold s into the arena; ’ reads as '. */
static const char *
fold(struct work *w, const char *s, size_t len, size_t *out_len)
{
	char enc[4];
	uint32_t cp;
	size_t i = 0, k;

	buf_clear(&w->tmp);
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {	/* fast path, same result */
			buf_addc(&w->tmp, s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
			i++;
			continue;
		}
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0) {
			buf_addc(&w->tmp, s[i++]);
			continue;
		}
		if (cp == 0x2019)
			cp = '\'';
		buf_add(&w->tmp, enc, utf8_encode(uc_tolower(cp), enc));
		i += k;
	}
	*out_len = w->tmp.len;
	return arena_strndup(w->a, w->tmp.data, w->tmp.len);
}

/* Tokens. */

static const char *
ttext(const struct sent *st, size_t i)
{
	return st->s->text + st->tv[i].start;
}

static size_t
tlen(const struct sent *st, size_t i)
{
	return st->tv[i].end - st->tv[i].start;
}

static uint32_t
tfirst(const struct sent *st, size_t i)
{
	uint32_t cp = 0;

	if (utf8_decode(ttext(st, i), tlen(st, i), &cp) == 0)
		return 0;
	return cp;
}

static int
tis_word(const struct sent *st, size_t i)
{
	uint32_t cp = tfirst(st, i);

	return uc_is_letter(cp) || uc_is_digit(cp);
}

static int
tis_cap(const struct sent *st, size_t i)
{
	return uc_is_upper(tfirst(st, i));
}

/* Token i is the ASCII word s, any case. */
static int
tis(const struct sent *st, size_t i, const char *s)
{
	size_t n = strlen(s);

	return tlen(st, i) == n && strncasecmp(ttext(st, i), s, n) == 0;
}

/* Token i is one of the words of the NULL-terminated list. */
static int
tin(const struct sent *st, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (tis(st, i, *list))
			return 1;
	return 0;
}

static int
tis_poss(const struct sent *st, size_t i)
{
	return tis(st, i, "'s") || tis(st, i, "'") ||
	    (tlen(st, i) >= 3 && memcmp(ttext(st, i), "\xE2\x80\x99", 3) == 0 &&
	    (tlen(st, i) == 3 || (tlen(st, i) == 4 && (ttext(st, i)[3] == 's' ||
	    ttext(st, i)[3] == 'S'))));
}

static const char *
tlex(const struct lex *lx, const struct sent *st, size_t i)
{
	return lex_get(lx, ttext(st, i), tlen(st, i));
}

static int
tis_head(const struct work *w, const struct sent *st, size_t i)
{
	const char *v = tlex(w->f->titles, st, i), *t = ttext(st, i), *h;
	size_t len = tlen(st, i), k, e;

	if (v != NULL)
		return strcmp(v, "head") == 0;
	/* "Minister-designate", "co-chair": a head word between hyphens. */
	for (k = 0; k < len; k = e + 1) {
		h = memchr(t + k, '-', len - k);
		e = h != NULL ? (size_t)(h - t) : len;
		if (k == 0 && e == len)
			break;
		if (e > k && (v = lex_get(w->f->titles, t + k, e - k)) != NULL &&
		    strcmp(v, "head") == 0)
			return 1;
	}
	return 0;
}

/*
 * Token i names people who work somewhere: a title's head ("analyst"),
 * its plural ("analysts"), or a word for staff ("scientists",
 * "researchers", "workers").
 */
static int
tis_staff(const struct work *w, const struct sent *st, size_t i)
{
	static const char *const staff[] = { "scientist", "scientists",
	    "researchers", "engineer", "engineers", "workers", "employees",
	    "staff", "students", "doctors", "economists", "analysts",
	    "officials", "executives", "colleagues", "experts", "traders",
	    "strategists", "lawyers", "investigators", "physicists", NULL };

	return tin(st, i, staff) || tis_head(w, st, i);
}

static const char *const determiners[] = {
	"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
	NULL
};

static const char *const verbs[] = {
	"said", "says", "say", "told", "tells", "tell", "added", "adds",
	"who", "which", "that", "was", "is", "were", "are", "has", "had",
	"have", "will", "would", "did", "does", NULL
};

/* Words before a place: a mention after one of them names where. */
static const char *const locatives[] = {
	"in", "at", "near", "around", "to", "from", "inside", "outside",
	"into", "across", "throughout", "within", "toward", "towards",
	"through", NULL
};

/* Words that end the phrase naming whom a speaker told. */
static const char *const to_stops[] = {
	"that", "on", "in", "at", "during", "after", "before", "when",
	"about", "if", "whether", "how", "what", "to", "by", "via", "as",
	"while", "late", "earlier", "last", "this", "why", "who", "where",
	"whom", "because", "not", "it", NULL
};

/* Relative pronouns: a relative clause ends an apposition. */
static const char *const relatives[] = { "who", "whose", NULL };

/* Prepositions a headline leaves in lower case beside facts_lead's. */
static const char *const headline_minor[] = { "into", "onto", "upon",
    "off", "out", "up", "per", "than", "amid", "via", "vs", "nor", NULL };

/* Prepositions that may stand before "the title, Name,". */
static const char *const appos_preps[] = {
	"after", "before", "with", "by", "from", "against", "between",
	"like", "as", NULL
};

/* Titles written short, only ever before a person's name. */
static const char *const title_abbrevs[] = {
	"cllr", "cllr.", "dr", "dr.", "sen.", "rep.", "gov.", "lt.", "sgt",
	"sgt.", "det", "det.", "insp", "insp.", "cpl", "cpl.", "prof",
	"prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", NULL
};

/* Prepositions that open an adverbial phrase before a name in commas. */
static const char *const adverbial_preps[] = {
	"in", "at", "on", "of", "for", "from", "to", "by", "with", "without",
	"after", "before", "during", "since", "under", "over", "about",
	"against", "among", "between", "despite", "following", "including",
	"like", "unlike", "according", NULL
};

/* Words before a noun phrase that make it no actor, nor a title's end. */
static const char *const preps[] = {
	"of", "for", "with", "by", "on", "against", "between", "about",
	"over", "under", "among", "than", "like", "and", "or", NULL
};

static const char *const subjects[] = {
	"he", "she", "it", "they", "we", "i", "you", NULL
};

static const char *const pronouns[] = {
	"he", "she", "it", "they", "him", "her", "them", "we", "us", "i",
	"me", "you", NULL
};

/* Map a document offset into sentence s's text; -1 when outside. */
static int
text_off(const struct sentence *s, size_t doc, size_t *t)
{
	size_t lo, hi, mid;

	if (doc < s->start || doc > s->end)
		return -1;
	if (s->nrepl == 0) {
		*t = doc - s->start;
		return 0;
	}
	lo = 0;
	hi = s->text_len;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (sentence_doc_offset(s, mid) < doc)
			lo = mid + 1;
		else
			hi = mid;
	}
	*t = lo;
	return 0;
}

/* Reading the annotations. */

static const char *
get_str(struct work *w, const char *p, const struct json_obj *o,
    const char *key)
{
	return json_member_string(p, o, key, w->a, NULL);
}

typedef void span_fn(struct work *w, size_t si, const char *p,
    const struct json_obj *o);

/* Call fn on each object in the array member key of record r. */
static int
each_span(struct work *w, const struct docrec *r, const char *key,
    span_fn *fn, size_t si)
{
	const struct json_member *m = json_find(r->line, &r->obj, key);
	struct json_iter it;
	enum json_type type;
	const char *p;

	if (m == NULL || m->type != JSON_ARRAY)
		return 0;
	json_iter_init(&it, r->line + m->val_off, m->val_len);
	/* Objects are scanned into w->obj once, not twice. */
	while (json_iter_next(&it, &p, &type, &w->obj) > 0)
		if (type == JSON_OBJECT)
			fn(w, si, p, &w->obj);
	return 1;
}

static int
type_of(const char *t)
{
	if (t == NULL)
		return -1;
	if (strcmp(t, "PERSON") == 0 || strcmp(t, "PER") == 0)
		return TY_PERSON;
	if (strcmp(t, "ORG") == 0 || strcmp(t, "ORGANIZATION") == 0)
		return TY_ORG;
	if (strcmp(t, "LOC") == 0 || strcmp(t, "GPE") == 0 ||
	    strcmp(t, "LOCATION") == 0)
		return TY_LOC;
	if (strcmp(t, "MISC") == 0)
		return TY_MISC;
	return -1;
}

/* Add a mention over tokens [t0, t1) of sentence si. */
static struct mention *
add_mention(struct work *w, size_t si, size_t t0, size_t t1, int type)
{
	struct sent *st = &w->sv[si];
	struct mention *m;

	w->mv = grow(w->a, w->mv, w->nm, &w->mcap, sizeof(*w->mv));
	m = &w->mv[w->nm++];
	memset(m, 0, sizeof(*m));
	m->si = si;
	m->t0 = t0;
	m->t1 = t1;
	m->type = m->vote = type;
	m->dstart = sentence_doc_offset(st->s, st->tv[t0].start);
	m->dend = sentence_doc_offset(st->s, st->tv[t1 - 1].end);
	return m;
}

static int	all_caps(const char *, size_t);
static int	starts_timex(const struct sent *, size_t);

/*
 * The first token of st at or after lo that starts at or after text
 * offset off; binary search, so a sentence of many entities stays linear.
 */
static size_t
first_tok_from(const struct sent *st, size_t lo, size_t off)
{
	size_t hi = st->ntok, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (st->tv[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Words that end only the name of a firm, never a person's. */
static const char *const firm_words[] = { "airlines", "airways", "bancorp",
    "ferries", "foods", "holdings", "industries", "insurance", "labs",
    "motors", "mutual", "pharmaceuticals", "railways", "securities",
    "technologies", "therapeutics", NULL };

static void
read_ent(struct work *w, size_t si, const char *p, const struct json_obj *o)
{
	struct sent *st = &w->sv[si];
	size_t ds, de, ts, te, t0, t1;
	int type;

	if (json_member_size(p, o, "start", &ds) != 0 ||
	    json_member_size(p, o, "end", &de) != 0 || de <= ds || text_off(st->s, ds, &ts) != 0 ||
	    text_off(st->s, de, &te) != 0)
		return;
	if ((type = type_of(get_str(w, p, o, "type"))) < 0)
		return;
	t0 = first_tok_from(st, 0, ts);
	t1 = first_tok_from(st, t0, te);
	/* Leading "The" or "Besides", a trailing possessive or mark. */
	while (t1 - t0 > 1 && (!tis_word(st, t0) ||
	    tlex(w->f->lead, st, t0) != NULL))
		t0++;
	while (t1 - t0 > 1 && (!tis_word(st, t1 - 1) || tis_poss(st, t1 - 1)))
		t1--;
	/* "Cllr Niall Brennan" tagged an organisation: an abbreviated
	 * title before two more words opens a person's name. */
	if (type != TY_PERSON && t1 - t0 >= 3 && tin(st, t0, title_abbrevs))
		type = TY_PERSON;
	/* "President Smith": the title is read from the context later. */
	while (type == TY_PERSON && t1 - t0 > 1 && tis_cap(st, t0) &&
	    tlex(w->f->titles, st, t0) != NULL)
		t0++;
	if (t0 >= t1 || !tis_word(st, t0) || tis_poss(st, t0))
		return;
	/* "Nordvik Mutual", "Harlow Motors" tagged a person: a firm. */
	if (type == TY_PERSON && t1 - t0 >= 2 && tin(st, t1 - 1, firm_words))
		type = TY_ORG;
	/* "10 a.m. EDT", "(UTC+10)": a time zone the tagger took for a name. */
	if (t1 - t0 == 1 && all_caps(ttext(st, t0), tlen(st, t0)) &&
	    tlex(w->f->zones, st, t0) != NULL)
		return;
	add_mention(w, si, t0, t1, type);
}

static void
read_timex(struct work *w, size_t si, const char *p, const struct json_obj *o)
{
	struct sent *st = &w->sv[si];
	struct timex *x;
	const char *text;
	size_t ds;

	if (json_member_size(p, o, "start", &ds) != 0 ||
	    (text = get_str(w, p, o, "text")) == NULL)
		return;
	st->xv = grow(w->a, st->xv, st->nx, &st->xcap, sizeof(*st->xv));
	x = &st->xv[st->nx++];
	x->start = ds;
	x->text = text;
	x->type = get_str(w, p, o, "type");
	if (x->type == NULL)
		x->type = "";
	x->value = get_str(w, p, o, "value");
	x->mod = get_str(w, p, o, "mod");
}

static void
read_quote(struct work *w, size_t si, const char *p, const struct json_obj *o)
{
	struct sent *st = &w->sv[si];
	struct quote *q;
	const char *text;
	size_t ds, de;

	if (json_member_size(p, o, "start", &ds) != 0 ||
	    (text = get_str(w, p, o, "text")) == NULL)
		return;
	if (json_member_size(p, o, "end", &de) != 0 || de < ds)
		de = ds + strlen(text);
	st->qv = grow(w->a, st->qv, st->nq, &st->qcap, sizeof(*st->qv));
	q = &st->qv[st->nq++];
	memset(q, 0, sizeof(*q));
	q->start = ds;
	q->end = de;
	q->text = text;
	q->kind = get_str(w, p, o, "kind");
	q->cue = get_str(w, p, o, "cue");
	q->has_cue = json_member_size(p, o, "cue_end", &q->cue_end) == 0;
	q->speaker = get_str(w, p, o, "speaker");
	q->has_sp = json_member_size(p, o, "speaker_start", &q->sp_start) == 0 &&
	    json_member_size(p, o, "speaker_end", &q->sp_end) == 0 &&
	    q->sp_start < q->sp_end;
}

static void	complete_orgs(struct work *, size_t, size_t);

static int
cmp_size(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	return a < b ? -1 : a > b;
}

/* Where the timex spans of st start, in its text, sorted. */
static void
index_timex(struct work *w, struct sent *st)
{
	size_t i, n = 0;

	st->xoff = arena_calloc(w->a, st->nx ? st->nx : 1, sizeof(*st->xoff));
	for (i = 0; i < st->nx; i++)
		if (text_off(st->s, st->xv[i].start, &st->xoff[n]) == 0)
			n++;
	qsort(st->xoff, n, sizeof(*st->xoff), cmp_size);
	st->nxoff = n;
}

/* Read the tokens and annotations of every sentence record. */
static void
read_document(struct work *w, const struct document *d)
{
	struct sent *st;
	size_t i, k, nword, nlow;

	for (i = 0; i < d->n; i++) {
		const struct docrec *r = &d->recs[i];

		if (r->status != SENT_OK)
			continue;
		w->sv = grow(w->a, w->sv, w->ns, &w->scap, sizeof(*w->sv));
		st = &w->sv[w->ns++];
		memset(st, 0, sizeof(*st));
		st->s = &r->s;
		tok_split(r->s.text, r->s.text_len, &w->toks);
		st->ntok = w->toks.n;
		st->tv = arena_calloc(w->a, st->ntok ? st->ntok : 1,
		    sizeof(*st->tv));
		for (k = 0; k < st->ntok; k++) {
			st->tv[k].start = w->toks.v[k].start;
			st->tv[k].end = w->toks.v[k].end;
		}
		/*
		 * "Leaders Talk War As Powers Press For Truce", "Donor Pours
		 * Millions into Race": every word but the small ones
		 * capitalised, and no full stop.
		 */
		nword = nlow = 0;
		for (k = 0; k < st->ntok; k++)
			if (tis_word(st, k) && !uc_is_digit(tfirst(st, k))) {
				nword++;
				nlow += !tis_cap(st, k) &&
				    tlex(w->f->lead, st, k) == NULL &&
				    !tin(st, k, headline_minor);
			}
		st->headline = nword >= 2 && nlow == 0 &&
		    st->ntok > 0 && !tis(st, st->ntok - 1, ".") &&
		    !tis(st, st->ntok - 1, "?") && !tis(st, st->ntok - 1, "!") &&
		    !uc_is_quote(tfirst(st, st->ntok - 1));
		k = w->nm;
		if (each_span(w, r, "ents", read_ent, w->ns - 1)) {
			w->have_ents = 1;
			complete_orgs(w, w->ns - 1, k);
		}
		each_span(w, r, "timex", read_timex, w->ns - 1);
		index_timex(w, st);
		each_span(w, r, "quotes", read_quote, w->ns - 1);
	}
}

/* Mentions. */

/* Longest run of capitalised words complete_orgs takes for a name. */
#define ORG_MAX_TOKENS	12

/* A mention's first token and index, to sort by both. */
struct tok_ment {
	size_t	t0;
	size_t	k;
};

static int
cmp_tok_ment(const void *pa, const void *pb)
{
	const struct tok_ment *a = pa, *b = pb;

	if (a->t0 != b->t0)
		return a->t0 < b->t0 ? -1 : 1;
	return a->k < b->k ? -1 : a->k > b->k;
}

/*
 * The mentions of one sentence in order of first token, and the
 * furthest end among each prefix: which mentions meet a range is then a
 * binary search, not a walk over every mention of the sentence.
 */
struct ment_index {
	struct tok_ment	*order;		/* mentions by first token */
	size_t		*reach;		/* reach[j]: max t1 of order[0..j] */
	size_t		 n;		/* mentions */
};

static void
index_mentions(struct work *w, size_t mstart, size_t mend,
    struct ment_index *ix)
{
	size_t i;

	ix->n = mend - mstart;
	ix->order = arena_calloc(w->a, ix->n ? ix->n : 1, sizeof(*ix->order));
	ix->reach = arena_calloc(w->a, ix->n ? ix->n : 1, sizeof(*ix->reach));
	for (i = 0; i < ix->n; i++) {
		ix->order[i].t0 = w->mv[mstart + i].t0;
		ix->order[i].k = mstart + i;
	}
	qsort(ix->order, ix->n, sizeof(*ix->order), cmp_tok_ment);
	for (i = 0; i < ix->n; i++) {
		ix->reach[i] = w->mv[ix->order[i].k].t1;
		if (i > 0 && ix->reach[i - 1] > ix->reach[i])
			ix->reach[i] = ix->reach[i - 1];
	}
}

/* The first position in ix whose mention starts at or after token t. */
static size_t
index_from(const struct ment_index *ix, size_t t)
{
	size_t lo = 0, hi = ix->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ix->order[mid].t0 < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * An organisation the tagger cut short or missed: a run of capitalised
 * words ending in a head noun ("Italian Foreign Ministry"), with "of X"
 * after it.  It replaces the place or nationality mentions inside it,
 * unless a mention crosses its edges or names a person.  A longer run
 * than ORG_MAX_TOKENS is a heading or a list, not a name.
 */
static void
complete_orgs(struct work *w, size_t si, size_t mstart)
{
	struct sent *st = &w->sv[si];
	struct ment_index ix = { NULL, NULL, 0 };
	size_t i, l, r, j, j0, n0 = w->nm;
	int skip;

	if (st->headline)
		return;
	for (i = 1; i < st->ntok; i++) {
		if (!tis_cap(st, i) || tlex(w->f->orgheads, st, i) == NULL)
			continue;
		/* "Water Cabinet Secretary Name": a title, no cabinet. */
		if (tis(st, i, "cabinet") && i + 1 < st->ntok &&
		    tis(st, i + 1, "secretary"))
			continue;
		for (l = i; l > 0 && i - l < ORG_MAX_TOKENS &&
		    tis_cap(st, l - 1) && tis_word(st, l - 1);)
			l--;
		if (l > 0 && tis_cap(st, l - 1) && tis_word(st, l - 1))
			continue;
		while (l < i && tlex(w->f->lead, st, l) != NULL)
			l++;
		r = i + 1;
		while (r + 1 < st->ntok && r - l < ORG_MAX_TOKENS &&
		    (tis(st, r, "of") || tis(st, r, "for")) &&
		    tis_cap(st, r + 1) && tlex(w->f->lead, st, r + 1) == NULL) {
			for (r++; r < st->ntok && r - l <= ORG_MAX_TOKENS &&
			    tis_cap(st, r) && tis_word(st, r);)
				r++;
		}
		if (r - l < 2 || r - l > ORG_MAX_TOKENS)
			continue;
		if (ix.order == NULL)
			index_mentions(w, mstart, n0, &ix);
		j0 = index_from(&ix, l);
		/* A mention that starts before the run and reaches into it. */
		skip = j0 > 0 && ix.reach[j0 - 1] > l;
		for (j = j0; j < ix.n && ix.order[j].t0 < r && !skip; j++) {
			const struct mention *m = &w->mv[ix.order[j].k];

			if (!m->dead && (m->t1 > r || m->type == TY_PERSON ||
			    (m->type == TY_ORG && m->t0 == l && m->t1 == r)))
				skip = 1;
		}
		if (skip)
			continue;
		for (j = j0; j < ix.n && ix.order[j].t0 < r; j++)
			w->mv[ix.order[j].k].dead = 1;
		add_mention(w, si, l, r, TY_ORG);
		i = r - 1;
	}
}

static const char *
span_key(struct work *w, const struct sent *st, size_t t0, size_t t1,
    size_t *len)
{
	return fold(w, st->s->text + st->tv[t0].start,
	    st->tv[t1 - 1].end - st->tv[t0].start, len);
}

/*
 * "the Contact Group of the Council of Europe": when the part
 * before "of" is named alone elsewhere, the mention holds two entities.
 * One bare word after "of" is part of the name, as in "the Bank of
 * England" or "the Liberal Party of Australia": a short form of such a
 * name is an alias, not a second organisation.
 */
static void
split_nested(struct work *w)
{
	struct htab orgs;
	const char *key;
	size_t i, k, n0 = w->nm, b0, len;

	memset(&orgs, 0, sizeof(orgs));
	for (i = 0; i < n0; i++) {
		const struct mention *m = &w->mv[i];

		if (!m->dead && m->type == TY_ORG) {
			key = span_key(w, &w->sv[m->si], m->t0, m->t1, &len);
			*ht_get(w->a, &orgs, key, len, 1) = i;
		}
	}
	for (i = 0; i < n0; i++) {
		struct mention *m = &w->mv[i];
		const struct sent *st = &w->sv[m->si];

		if (m->dead || m->type != TY_ORG)
			continue;
		for (k = m->t0 + 1; k + 1 < m->t1; k++)
			if (tis(st, k, "of"))
				break;
		if (k + 1 >= m->t1)
			continue;
		b0 = k + 1;
		if (tis(st, b0, "the"))
			b0++;
		if (b0 >= m->t1 || !tis_cap(st, b0) ||
		    (b0 == k + 1 && m->t1 - b0 == 1))
			continue;
		key = span_key(w, st, m->t0, k, &len);
		if (ht_get(w->a, &orgs, key, len, 0) == NULL)
			continue;
		add_mention(w, m->si, b0, w->mv[i].t1, TY_ORG);
		m = &w->mv[i];
		m->t1 = k;
		m->dend = sentence_doc_offset(st->s, st->tv[k - 1].end);
	}
}

/*
 * A tagger reads every capitalised word of a heading as a name: keep a
 * mention in a heading only when the body names it too.  A person's
 * name there may begin with a common noun a heading capitalises
 * ("Donor Verhoek Backs ..."): when the body names the rest and the
 * words before it are no given names, the rest is the name.
 */
static void
drop_headlines(struct work *w)
{
	struct htab body;
	const struct sent *st;
	const char *key;
	size_t i, t, len;

	memset(&body, 0, sizeof(body));
	for (i = 0; i < w->nm; i++) {
		const struct mention *m = &w->mv[i];

		if (!m->dead && !w->sv[m->si].headline) {
			key = span_key(w, &w->sv[m->si], m->t0, m->t1, &len);
			ht_get(w->a, &body, key, len, 1);
		}
	}
	for (i = 0; i < w->nm; i++) {
		struct mention *m = &w->mv[i];

		if (m->dead || !w->sv[m->si].headline)
			continue;
		st = &w->sv[m->si];
		key = span_key(w, st, m->t0, m->t1, &len);
		if (ht_get(w->a, &body, key, len, 0) != NULL)
			continue;
		m->dead = 1;
		for (t = m->t0 + 1; m->type == TY_PERSON && t < m->t1; t++) {
			if (lex_get(w->f->given, ttext(st, t - 1),
			    tlen(st, t - 1)) != NULL)
				break;
			key = span_key(w, st, t, m->t1, &len);
			if (ht_get(w->a, &body, key, len, 0) != NULL) {
				m->t0 = t;
				m->dstart = sentence_doc_offset(st->s,
				    st->tv[t].start);
				m->dead = 0;
				break;
			}
		}
	}
}

static int
cmp_mention(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;

	if (a->dstart != b->dstart)
		return a->dstart < b->dstart ? -1 : 1;
	return a->dend < b->dend ? -1 : a->dend > b->dend;
}

static size_t	dateline(const struct sent *);

/*
 * Nonzero when mention m, which the tagger typed an organisation or
 * other, names the place of its sentence's dateline ("LAGOS: ",
 * "KYIV/MOSCOW -- ", "DOVER, Del. -- "): the dateline's first words or
 * those after a slash or comma, before any bracket, and the dash is
 * followed by a space ("SMITH--John, 98, of" opens a death notice).
 */
static int
in_dateline_place(const struct sent *st, const struct mention *m)
{
	size_t k, dl;

	if (m->type == TY_PERSON || m->type == TY_LOC ||
	    (dl = dateline(st)) == 0 || m->t1 > dl ||
	    (dl + 1 < st->ntok && st->tv[dl + 1].start == st->tv[dl].end) ||
	    (m->t0 > 0 && !tis(st, m->t0 - 1, "/") &&
	    !tis(st, m->t0 - 1, ",")) || starts_timex(st, m->t0) ||
	    uc_is_digit(tfirst(st, m->t1 - 1)))
		return 0;
	/* Not the agency: "(Reuters)", "/PRNewswire/". */
	if (m->t0 > 0 && tis(st, m->t0 - 1, "/") && m->t1 < st->ntok &&
	    tis(st, m->t1, "/"))
		return 0;
	for (k = 0; k < m->t0; k++)
		if (tis(st, k, "("))
			return 0;
	return 1;
}

/* Drop dead mentions, sort, and give each sentence its range. */
static void
sort_mentions(struct work *w)
{
	size_t i, k = 0;

	for (i = 0; i < w->nm; i++)
		if (!w->mv[i].dead)
			w->mv[k++] = w->mv[i];
	w->nm = k;
	if (w->nm > 1)
		qsort(w->mv, w->nm, sizeof(*w->mv), cmp_mention);
	for (i = 0; i < w->ns; i++)
		w->sv[i].nm = 0;
	for (i = w->nm; i-- > 0;) {
		w->sv[w->mv[i].si].m0 = i;
		w->sv[w->mv[i].si].nm++;
	}
	/*
	 * A place after "in", "around", "near" ... votes for a place, but
	 * not a name ending in an organisation's head noun ("at Monash
	 * University"), an acronym ("scientists at CERN"), or a name after
	 * "at" after people who work there ("an analyst at Vireo Partners",
	 * "researchers at Halden"): one works at an organisation.
	 */
	for (i = 0; i < w->nm; i++) {
		struct mention *m = &w->mv[i];
		const struct sent *st = &w->sv[m->si];

		if ((m->type == TY_ORG || m->type == TY_MISC) && m->t0 > 0 &&
		    tin(st, m->t0 - 1, locatives) && !tis(st, m->t0 - 1, "to") &&
		    !tis(st, m->t0 - 1, "from") &&
		    tlex(w->f->orgheads, st, m->t1 - 1) == NULL &&
		    !(m->t1 - m->t0 == 1 && tlen(st, m->t0) >= 3 &&
		    all_caps(ttext(st, m->t0), tlen(st, m->t0))) &&
		    !(m->t0 > 1 && tis(st, m->t0 - 1, "at") &&
		    tis_staff(w, st, m->t0 - 2)))
			m->vote = TY_LOC;
		else if (in_dateline_place(st, m) &&
		    tlex(w->f->orgheads, st, m->t1 - 1) == NULL)
			m->vote = TY_LOC;
	}
}

/* Clustering. */

static const char *
mention_text(const struct work *w, const struct mention *m, size_t *len)
{
	const struct sent *st = &w->sv[m->si];

	*len = st->tv[m->t1 - 1].end - st->tv[m->t0].start;
	return st->s->text + st->tv[m->t0].start;
}

static int
all_caps(const char *s, size_t len)
{
	uint32_t cp;
	size_t i = 0, k, nlow = 0, nup = 0;

	while (i < len && (k = utf8_decode(s + i, len - i, &cp)) > 0) {
		nlow += uc_is_lower(cp);
		nup += uc_is_upper(cp);
		i += k;
	}
	return nup >= 2 && nlow == 0;
}

/* The last space in s, or NULL. */
static const char *
last_space(const char *s, size_t len)
{
	while (len > 0)
		if (s[--len] == ' ')
			return s + len;
	return NULL;
}

static size_t
find_form(struct work *w, const char *key, size_t len)
{
	size_t *v = ht_get(w->a, &w->forms, key, len, 0);

	return v != NULL ? *v : (size_t)-1;
}

static size_t
new_form(struct work *w, const char *text, size_t len, size_t first)
{
	struct form *fm;
	const char *sp;

	w->fv = grow(w->a, w->fv, w->nf, &w->fcap, sizeof(*w->fv));
	fm = &w->fv[w->nf];
	memset(fm, 0, sizeof(*fm));
	fm->text = text;
	fm->len = len;
	fm->key = fold(w, text, len, &fm->key_len);
	fm->first = first;
	fm->ent = (size_t)-1;
	fm->nword = 1;
	for (sp = text; (sp = memchr(sp, ' ', len - (size_t)(sp - text))) != NULL;
	    sp++)
		fm->nword++;
	sp = last_space(fm->key, fm->key_len);
	fm->last = sp ? sp + 1 : fm->key;
	fm->last_len = fm->key_len - (size_t)(fm->last - fm->key);
	*ht_get(w->a, &w->forms, fm->key, fm->key_len, 1) = w->nf;
	return w->nf++;
}

static int
argmax(const size_t *votes)
{
	int t, best = 0;

	for (t = 1; t < TY_N; t++)
		if (votes[t] > votes[best])
			best = t;
	return best;
}

static size_t
new_entity(struct work *w, size_t form)
{
	struct entity *e;

	w->ev = grow(w->a, w->ev, w->ne, &w->ecap, sizeof(*w->ev));
	e = &w->ev[w->ne];
	memset(e, 0, sizeof(*e));
	e->canon = form;
	e->first = w->fv[form].first;
	e->type = argmax(w->fv[form].votes);
	e->next = (size_t)-1;
	w->fv[form].ent = w->ne;
	return w->ne++;
}

/* The capitals of an acronym ("U.S." -> "US"), or 0 when it is none. */
static size_t
acronym(const struct form *fm, char *out, size_t cap)
{
	size_t i, n = 0;

	if (fm->nword != 1 || !all_caps(fm->text, fm->len))
		return 0;
	for (i = 0; i < fm->len; i++) {
		if (fm->text[i] == '.')
			continue;
		if (fm->text[i] < 'A' || fm->text[i] > 'Z' || n == cap)
			return 0;
		out[n++] = fm->text[i];
	}
	return n;
}

/* The initials of the capitalised words of a name ("United States": "US"). */
static size_t
initials(const struct form *fm, char *out, size_t cap)
{
	size_t i, n = 0;
	int start = 1;

	for (i = 0; i < fm->len; i++) {
		if (fm->text[i] == ' ' || fm->text[i] == '-') {
			start = 1;
			continue;
		}
		if (start && fm->text[i] >= 'A' && fm->text[i] <= 'Z') {
			if (n == cap)
				return 0;
			out[n++] = fm->text[i];
		}
		start = 0;
	}
	return n;
}

/* The person entity with last word key nearest before offset at. */
static size_t
person_by_last(struct work *w, const char *key, size_t len, size_t at)
{
	size_t *v = ht_get(w->a, &w->lasts, key, len, 0), e, best;

	if (v == NULL)
		return (size_t)-1;
	/* None named before at: the first named. */
	best = *v;
	for (e = *v; e != (size_t)-1; e = w->ev[e].next)
		if (w->ev[e].first < w->ev[best].first)
			best = e;
	for (e = *v; e != (size_t)-1; e = w->ev[e].next)
		if (w->ev[e].first <= at && (w->ev[best].first > at ||
		    w->ev[e].first >= w->ev[best].first))
			best = e;
	return best;
}

/* Entity e's name begins with a name, not "Between" (facts_lead). */
static int
name_first(const struct work *w, size_t e)
{
	const struct form *c = &w->fv[w->ev[e].canon];

	return lex_get(w->f->lead, c->text, strcspn(c->text, " ")) == NULL;
}

/*
 * The person a bare surname m names, when two or more share it ("Tom
 * Hale and his wife, Mary Hale ... Hale said"): the one lede-quotes
 * resolved the speaker to when m is a quote's speaker; else the one
 * named in full most often before m (news names the others in full each
 * time: "Ambrose" in an obituary is its subject, not her husband named
 * in full a line before), on a tie one whose name does not begin with a
 * word of facts_lead (a heading's "Between Pryce"), then the first named
 * (the one named last did worse on PolNeAR); else the nearest named
 * before it.
 */
static size_t
surname_owner(struct work *w, const struct mention *m, const struct form *fm)
{
	const struct sent *st = &w->sv[m->si];
	const struct quote *q;
	const char *key;
	size_t *v, e, c, best = (size_t)-1, k, len, f;

	if ((v = ht_get(w->a, &w->lasts, fm->key, fm->key_len, 0)) == NULL)
		return (size_t)-1;
	if (w->ev[*v].next == (size_t)-1)
		return *v;
	for (k = 0; k < st->nq; k++) {
		q = &st->qv[k];
		if (!q->has_sp || q->speaker == NULL ||
		    q->sp_start > m->dstart || q->sp_end < m->dend)
			continue;
		key = fold(w, q->speaker, strlen(q->speaker), &len);
		if ((f = find_form(w, key, len)) == (size_t)-1 ||
		    (e = w->fv[f].ent) == (size_t)-1)
			continue;
		for (c = *v; c != (size_t)-1 && c != e; c = w->ev[c].next)
			;
		if (c == e)
			return e;
		break;
	}
	for (e = *v; e != (size_t)-1; e = w->ev[e].next)
		if (w->ev[e].nfull > 0 && (best == (size_t)-1 ||
		    w->ev[e].nfull > w->ev[best].nfull ||
		    (w->ev[e].nfull == w->ev[best].nfull &&
		    (name_first(w, e) > name_first(w, best) ||
		    (name_first(w, e) == name_first(w, best) &&
		    w->ev[e].first < w->ev[best].first)))))
			best = e;
	return best != (size_t)-1 ? best :
	    person_by_last(w, fm->key, fm->key_len, m->dstart);
}

static int	key_in(const char *, size_t, const char *const *);

/* The " of " in folded key, or NULL. */
static const char *
find_of(const char *key, size_t len)
{
	size_t i;

	for (i = 1; i + 4 < len; i++)
		if (memcmp(key + i, " of ", 4) == 0)
			return key + i;
	return NULL;
}

/*
 * The space before the legal form that ends folded key ("harlow foods
 * inc"), or NULL.  Only forms that are no part of a name alone: "Group"
 * and "Holdings" can be ("Norvana Group" is not "Norvana").
 */
static const char *
find_legal(const char *key, size_t len)
{
	static const char *const forms[] = { "plc", "inc", "inc.", "corp",
	    "corp.", "co", "co.", "ltd", "ltd.", "llc", "ag", "sa", "s.a.",
	    "nv", "n.v.", "gmbh", "limited", "pty", "bhd", "spa", "s.p.a.",
	    NULL };
	const char *sp = key + len;

	while (sp > key && sp[-1] != ' ')
		sp--;
	if (sp <= key + 1 || !key_in(sp, len - (size_t)(sp - key), forms))
		return NULL;
	sp--;
	if (sp > key && sp[-1] == ',')	/* "Harlow Foods, Inc." */
		sp--;
	return sp;
}

/*
 * "the Liberal Party" after "the Liberal Party of Australia": the name of
 * an organisation before "of" joins the one full name it begins, but not
 * when two begin with it ("the Bank of England", "the Bank of France").
 * So does a name before a legal form: "Harlow Foods" after "Harlow Foods
 * Inc".
 */
static void
join_short_orgs(struct work *w)
{
	struct htab longs, heads;
	const char *of, *p;
	size_t f, *v, nw, k;

	memset(&longs, 0, sizeof(longs));
	memset(&heads, 0, sizeof(heads));
	for (f = 0; f < w->nf; f++) {
		const struct form *fm = &w->fv[f];

		if (fm->ent == (size_t)-1 || argmax(fm->votes) != TY_ORG ||
		    ((of = find_of(fm->key, fm->key_len)) == NULL &&
		    (of = find_legal(fm->key, fm->key_len)) == NULL))
			continue;
		v = ht_get(w->a, &longs, fm->key, (size_t)(of - fm->key), 1);
		*v = *v == (size_t)-1 ? f : (size_t)-2;
		/* "Maple Ridge" is "Maple Ridge Mining Corp.": the first two
		 * or more words of a firm's name of up to four before its
		 * legal form, when they begin no other's. */
		if (of[0] == ' ' && of[1] == 'o' && of[2] == 'f' &&
		    of[3] == ' ')
			continue;
		nw = 1;
		for (p = fm->key; p < of; p++)
			nw += *p == ' ';
		for (p = fm->key, k = 0; nw <= 4 && p < of; p++) {
			if (*p != ' ' || ++k < 2)
				continue;
			v = ht_get(w->a, &heads, fm->key, (size_t)(p - fm->key),
			    1);
			*v = *v == (size_t)-1 || *v == f ? f : (size_t)-2;
		}
	}
	for (f = 0; f < w->nf; f++) {
		struct form *fm = &w->fv[f];

		if (fm->ent == (size_t)-1 || fm->nword < 2 ||
		    argmax(fm->votes) != TY_ORG)
			continue;
		if ((v = ht_get(w->a, &longs, fm->key, fm->key_len, 0)) == NULL)
			v = ht_get(w->a, &heads, fm->key, fm->key_len, 0);
		if (v != NULL && *v < w->nf)
			fm->ent = w->fv[*v].ent;
	}
}

/* Particles that open a surname: "van der Berg", "de la Cruz", "Le Pen". */
static const char *const particles[] = { "van", "von", "de", "del", "della",
    "di", "da", "dos", "du", "le", "la", "al", "el", "bin", "ibn", "ter",
    NULL };

/* The len bytes of key are one of the words of list. */
static int
key_in(const char *key, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == len && memcmp(*list, key, len) == 0)
			return 1;
	return 0;
}

/* Token k may be a capitalised common word: no given name or particle. */
static int
common_cand(struct work *w, const struct sent *st, size_t k)
{
	size_t len;
	const char *key;

	if (!tis_cap(st, k) || lex_get(w->f->given, ttext(st, k),
	    tlen(st, k)) != NULL)
		return 0;
	/* "De Blasio": a particle is written in lower case too. */
	key = fold(w, ttext(st, k), tlen(st, k), &len);
	return !key_in(key, len, particles);
}

/*
 * "Republican Donor Verhoek and Ortiz May Be Aligning", "Young Pryce
 * supporters": a capitalised noun or adjective the tagger took into a
 * person's name.  A first word that is no given name and that the
 * document writes in lower case elsewhere ("donor", "young") is no part
 * of the name, when the document names a person of that last word with
 * a given name ("Marcus Verhoek"): "Opportunity Project" stays whole.
 */
static void
strip_common_words(struct work *w)
{
	struct htab cand, named;
	const struct sent *st;
	const char *key;
	size_t i, k, len, *v;

	memset(&cand, 0, sizeof(cand));
	for (i = 0; i < w->nm; i++) {
		const struct mention *m = &w->mv[i];

		st = &w->sv[m->si];
		if (m->dead || m->type != TY_PERSON)
			continue;
		for (k = m->t0; k + 1 < m->t1 && common_cand(w, st, k); k++) {
			key = fold(w, ttext(st, k), tlen(st, k), &len);
			ht_get(w->a, &cand, key, len, 1);
		}
	}
	if (cand.n == 0)
		return;
	/* Last words of names that begin with a given name ("Marcus ..."). */
	memset(&named, 0, sizeof(named));
	for (i = 0; i < w->nm; i++) {
		const struct mention *m = &w->mv[i];

		st = &w->sv[m->si];
		if (!m->dead && m->type == TY_PERSON && m->t1 - m->t0 >= 2 &&
		    lex_get(w->f->given, ttext(st, m->t0),
		    tlen(st, m->t0)) != NULL) {
			key = fold(w, ttext(st, m->t1 - 1), tlen(st, m->t1 - 1),
			    &len);
			ht_get(w->a, &named, key, len, 1);
		}
	}
	for (i = 0; i < w->ns; i++)
		for (st = &w->sv[i], k = 0; k < st->ntok; k++)
			if (tis_word(st, k) && uc_is_lower(tfirst(st, k)) &&
			    (v = ht_get(w->a, &cand, ttext(st, k), tlen(st, k),
			    0)) != NULL)
				*v = 1;
	for (i = 0; i < w->nm; i++) {
		struct mention *m = &w->mv[i];

		st = &w->sv[m->si];
		if (m->dead || m->type != TY_PERSON || m->t1 - m->t0 < 2)
			continue;
		key = fold(w, ttext(st, m->t1 - 1), tlen(st, m->t1 - 1), &len);
		if (ht_get(w->a, &named, key, len, 0) == NULL)
			continue;
		while (!m->dead && m->type == TY_PERSON && m->t1 - m->t0 >= 2 &&
		    common_cand(w, st, m->t0)) {
			key = fold(w, ttext(st, m->t0), tlen(st, m->t0), &len);
			if ((v = ht_get(w->a, &cand, key, len, 0)) == NULL ||
			    *v != 1)
				break;
			m->t0++;
			m->dstart = sentence_doc_offset(st->s,
			    st->tv[m->t0].start);
		}
	}
}

/* Group the mentions into forms and the forms into entities. */
static void
cluster(struct work *w)
{
	/* Stock exchanges, before a ticker in brackets. */
	static const char *const exchanges[] = { "NASDAQ", "NYSE",
	    "LSE", "TSX", "ASX", "NSE", "BSE", "AMEX", "OTC", "OTCQX", "TSXV",
	    "AIM", "HKEX", "SGX", "JSE", "Xetra", "Euronext", "SIX", NULL };
	char ab[16], ini[16];
	struct htab firsts, tails, orgs, plurals;
	const char *text, *key;
	size_t i, k, e, f, len, nab, *v;

	memset(&firsts, 0, sizeof(firsts));
	for (i = 0; i < w->nm; i++) {
		struct mention *m = &w->mv[i];
		const struct sent *st = &w->sv[m->si];

		text = mention_text(w, m, &len);
		key = fold(w, text, len, &k);
		if ((f = find_form(w, key, k)) == (size_t)-1) {
			f = new_form(w, text, len, m->dstart);
			w->fv[f].nword = 0;
			for (k = m->t0; k < m->t1; k++)
				w->fv[f].nword += tis_word(st, k);
		} else if (all_caps(w->fv[f].text, w->fv[f].len) &&
		    !all_caps(text, len)) {
			w->fv[f].text = text;
			w->fv[f].len = len;
		}
		m->form = f;
		w->fv[f].n++;
		w->fv[f].votes[m->vote]++;
	}
	/*
	 * The last words of a person's name of three words or more
	 * ("Gutierrez Restrepo", "Van der Berg"): a surname of two words.
	 */
	memset(&tails, 0, sizeof(tails));
	for (f = 0; f < w->nf; f++) {
		const struct form *fm = &w->fv[f];

		if (fm->nword < 3 || argmax(fm->votes) != TY_PERSON)
			continue;
		for (key = memchr(fm->key, ' ', fm->key_len); key != NULL;
		    key = memchr(key + 1, ' ', fm->key_len -
		    (size_t)(key + 1 - fm->key))) {
			len = fm->key_len - (size_t)(key + 1 - fm->key);
			if (memchr(key + 1, ' ', len) == NULL)
				break;
			v = ht_get(w->a, &tails, key + 1, len, 1);
			*v = *v == (size_t)-1 || *v == f ? f : (size_t)-2;
		}
	}
	/* Names of two words or more are entities of their own ... */
	for (f = 0; f < w->nf; f++) {
		struct form *fm = &w->fv[f];
		size_t *lf;

		if (fm->nword < 2)
			continue;
		/*
		 * ... but a surname of two words joins the one full name;
		 * not a given name and a surname ("Ana Ruiz" is no
		 * part of a headline's "Does Ana Ruiz"), though a
		 * particle may be both ("Van der Berg").
		 */
		key = memchr(fm->key, ' ', fm->key_len);
		len = key != NULL ? (size_t)(key - fm->key) : 0;
		if (key != NULL && argmax(fm->votes) == TY_PERSON &&
		    (lf = ht_get(w->a, &tails, fm->key, fm->key_len, 0)) != NULL &&
		    *lf < w->nf && (lex_get(w->f->given, fm->key, len) == NULL ||
		    key_in(fm->key, len, particles))) {
			fm->tail_of = *lf + 1;
			continue;
		}
		/* ... but "Mainly Catholic Ireland" tagged a person is Ireland. */
		lf = ht_get(w->a, &w->forms, fm->last, fm->last_len, 0);
		if (argmax(fm->votes) == TY_PERSON && lf != NULL &&
		    argmax(w->fv[*lf].votes) == TY_LOC &&
		    w->fv[*lf].n >= 2 && w->fv[*lf].n > fm->n) {
			fm->nocanon = 1;
			continue;
		}
		e = new_entity(w, f);
		if (w->ev[e].type == TY_PERSON) {
			v = ht_get(w->a, &w->lasts, fm->last, fm->last_len, 1);
			w->ev[e].next = *v;
			*v = e;
			/* Two people of one first name: (size_t)-2, no one. */
			if ((key = memchr(fm->key, ' ', fm->key_len)) != NULL) {
				v = ht_get(w->a, &firsts, fm->key,
				    (size_t)(key - fm->key), 1);
				*v = *v == (size_t)-1 ? e : (size_t)-2;
			}
		}
	}
	for (f = 0; f < w->nf; f++) {
		struct form *fm = &w->fv[f];

		if (fm->tail_of == 0)
			continue;
		fm->ent = w->fv[fm->tail_of - 1].ent;
		if (fm->ent == (size_t)-1)
			new_entity(w, f);
	}
	join_short_orgs(w);
	/* ... an acronym joins the name it abbreviates ... */
	for (f = 0; f < w->nf; f++) {
		struct form *fm = &w->fv[f];

		if ((nab = acronym(fm, ab, sizeof(ab))) < 2)
			continue;
		for (e = 0; e < w->ne; e++)
			if (w->ev[e].type != TY_PERSON &&
			    initials(&w->fv[w->ev[e].canon], ini, sizeof(ini)) == nab &&
			    memcmp(ini, ab, nab) == 0) {
				fm->ent = e;
				break;
			}
	}
	/*
	 * ... the first word of one organisation's name of two or three
	 * words names it ("Norvana" after "Norvana Group"), not of two
	 * ("Deutsche Bank", "Deutsche Telekom") ...
	 */
	memset(&orgs, 0, sizeof(orgs));
	for (f = 0; f < w->nf; f++) {
		const struct form *fm = &w->fv[f];

		if (fm->ent == (size_t)-1 || fm->nword < 2 || fm->nword > 3 ||
		    w->ev[fm->ent].type != TY_ORG ||
		    (key = memchr(fm->key, ' ', fm->key_len)) == NULL)
			continue;
		v = ht_get(w->a, &orgs, fm->key, (size_t)(key - fm->key), 1);
		*v = *v == (size_t)-1 || *v == fm->ent ? fm->ent : (size_t)-2;
	}
	/*
	 * ... and the plural that ends one team's or firm's name of two to
	 * four words names it ("Chiefs" after "the Kansas City Chiefs"),
	 * not a word in the singular ("House" is not "the White House") ...
	 */
	memset(&plurals, 0, sizeof(plurals));
	for (f = 0; f < w->nf; f++) {
		const struct form *fm = &w->fv[f];

		if (fm->ent == (size_t)-1 || fm->nword < 2 || fm->nword > 4 ||
		    w->ev[fm->ent].type != TY_ORG || fm->last_len < 4 ||
		    fm->last[fm->last_len - 1] != 's' ||
		    fm->last[fm->last_len - 2] == 's' ||
		    fm->last[fm->last_len - 2] == '\'' ||
		    fm->last[fm->last_len - 2] < 'a' ||
		    fm->last[fm->last_len - 2] > 'z')
			continue;
		v = ht_get(w->a, &plurals, fm->last, fm->last_len, 1);
		*v = *v == (size_t)-1 || *v == fm->ent ? fm->ent : (size_t)-2;
	}
	/* ... a ticker joins the firm it follows: "Veltrix Inc (NASDAQ:
	 * VLTX)" ... */
	for (i = 1; i < w->nm; i++) {
		const struct mention *m = &w->mv[i], *pm = &w->mv[i - 1];
		const struct sent *st = &w->sv[m->si];
		struct form *fm = &w->fv[m->form];

		if (pm->si != m->si || m->t1 != m->t0 + 1 || pm->t1 + 3 !=
		    m->t0 || m->t1 >= st->ntok || fm->ent != (size_t)-1 ||
		    fm->nword >= 2 || !tis(st, pm->t1, "(") ||
		    !tin(st, pm->t1 + 1, exchanges) || !tis(st, m->t0 - 1, ":") ||
		    !tis(st, m->t1, ")") || !all_caps(fm->text, fm->len) ||
		    (e = w->fv[pm->form].ent) == (size_t)-1 ||
		    w->ev[e].type != TY_ORG)
			continue;
		fm->ent = e;
	}
	/* ... a surname joins the person, other single words stand alone. */
	for (f = 0; f < w->nf; f++) {
		struct form *fm = &w->fv[f];
		int t = argmax(fm->votes);

		if (fm->ent != (size_t)-1 || fm->nocanon || fm->nword >= 2)
			continue;
		if (t == TY_ORG && (((v = ht_get(w->a, &orgs, fm->key,
		    fm->key_len, 0)) != NULL && *v < w->ne) ||
		    ((v = ht_get(w->a, &plurals, fm->key, fm->key_len, 0)) !=
		    NULL && *v < w->ne))) {
			fm->ent = *v;
			continue;
		}
		/* "Hale" tagged an organisation is still Tom Hale. */
		if ((fm->votes[TY_PERSON] > 0 || (t != TY_LOC &&
		    !all_caps(fm->text, fm->len))) &&
		    ht_get(w->a, &w->lasts, fm->key, fm->key_len, 0) != NULL) {
			fm->ent = person_by_last(w, fm->key, fm->key_len, fm->first);
			fm->surname = 1;
		} else if (t == TY_PERSON && (v = ht_get(w->a, &firsts, fm->key,
		    fm->key_len, 0)) != NULL && *v < w->ne)
			/* "Ana" alone: the one person of that first name. */
			fm->ent = *v;
		else
			new_entity(w, f);
	}
	for (f = 0; f < w->nf; f++) {
		struct form *fm = &w->fv[f];
		size_t *lf;

		if (!fm->nocanon)
			continue;
		lf = ht_get(w->a, &w->forms, fm->last, fm->last_len, 0);
		fm->ent = w->fv[*lf].ent != (size_t)-1 ? w->fv[*lf].ent :
		    new_entity(w, f);
	}
	/* Count, vote, and name. */
	for (i = 0; i < w->nm; i++) {
		struct mention *m = &w->mv[i];
		const struct form *fm = &w->fv[m->form];

		m->ent = fm->ent;
		if (fm->surname) {
			m->ent = surname_owner(w, m, fm);
			m->vote = TY_PERSON;
		} else if (fm->nword >= 2)
			w->ev[m->ent].nfull++;
		w->ev[m->ent].n++;
		w->ev[m->ent].votes[m->vote]++;
		if (m->dstart < w->ev[m->ent].first)
			w->ev[m->ent].first = m->dstart;
	}
	for (e = 0; e < w->ne; e++) {
		struct entity *en = &w->ev[e];

		if (en->n == 0)
			continue;
		en->type = argmax(en->votes);
		/*
		 * "the X conflict" reads as a nationality or an event, but
		 * "in X" and "around X" twice make X a place.
		 */
		if (en->type == TY_MISC && en->votes[TY_LOC] >= 2)
			en->type = TY_LOC;
	}
	for (f = 0; f < w->nf; f++) {
		const struct form *fm = &w->fv[f], *c;

		if (fm->nocanon || fm->ent == (size_t)-1)
			continue;
		c = &w->fv[w->ev[fm->ent].canon];
		if (c->nocanon || fm->nword > c->nword ||
		    (fm->nword == c->nword && (all_caps(c->text, c->len) >
		    all_caps(fm->text, fm->len) || (all_caps(c->text, c->len) ==
		    all_caps(fm->text, fm->len) && fm->n > c->n))))
			w->ev[fm->ent].canon = f;
	}
}

/* Titles. */

/* The live mention of sentence st covering token k, or NULL. */
static const struct mention *
covering(const struct work *w, const struct sent *st, size_t k)
{
	size_t lo = st->m0, hi = st->m0 + st->nm, mid;

	/* Sorted by start: find the last mention starting at or before k. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (w->mv[mid].t0 <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == st->m0 || w->mv[lo - 1].t1 <= k)
		return NULL;
	return &w->mv[lo - 1];
}

static int
ent_type(const struct work *w, const struct mention *m)
{
	return w->ev[m->ent].type;
}

static int
has_head(const struct work *w, const struct sent *st, size_t t0, size_t t1)
{
	for (; t0 < t1; t0++)
		if (tis_head(w, st, t0))
			return 1;
	return 0;
}

static int
set_title(struct work *w, struct entity *e, const struct sent *st, size_t t0,
    size_t t1)
{
	struct entity *o;
	size_t i, lo = st->m0, hi = st->m0 + st->nm, mid;

	/*
	 * "Name, Social Sciences Lecturer at X": a person the tagger read in
	 * another's title, holding a role word, is part of the title.  The
	 * sentence's mentions are sorted: start at the first inside.
	 */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (w->mv[mid].t0 < t0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < st->m0 + st->nm && w->mv[i].t0 < t1; i++) {
		o = &w->ev[w->mv[i].ent];
		if (o != e && o->type == TY_PERSON && o->n > 0 &&
		    w->mv[i].t1 <= t1 && has_head(w, st, w->mv[i].t0,
		    w->mv[i].t1))
			o->n--;
	}
	/* "coordinator of epidemic alert and response in": no trailing
	 * preposition, article or possessive. */
	while (t1 - t0 > 1 && (tin(st, t1 - 1, preps) ||
	    tin(st, t1 - 1, locatives) || tin(st, t1 - 1, determiners) ||
	    tis_poss(st, t1 - 1)))
		t1--;
	e->title_len = st->tv[t1 - 1].end - st->tv[t0].start;
	e->title = arena_strndup(w->a, st->s->text + st->tv[t0].start,
	    e->title_len);
	return 1;
}

/*
 * Where the honorifics before token t0 begin, or t0: "Chief Minister
 * Shri Name", "The Speaker, Rt. Hon. Name," (lede-ents leaves them out
 * of the name; the title is before them).
 */
static size_t
honorific_start(const struct sent *st, size_t t0)
{
	static const char *const honorifics[] = { "shri", "shri.", "smt",
	    "smt.", "shrimati", "alhaji", "alhaja", "mallam", "hon", "hon.",
	    "rt", "rt.", "honourable", "honorable", "janab", "begum", "mr",
	    "mr.", "mrs", "mrs.", "ms", "ms.", "miss", NULL };
	size_t j = t0;

	while (j > 0 && (tin(st, j - 1, honorifics) || (j >= 2 &&
	    tis(st, j - 1, ".") && tin(st, j - 2, honorifics))))
		j--;
	return j;
}

static const char *const academic[] = { "dr", "dr.", "doctor", "prof",
	"prof.", "professor", NULL };

/* Nonzero when title t (len bytes) is only "Dr", "Prof." and the like. */
static int
bare_honorific(const char *t, size_t len)
{
	size_t i;

	for (i = 0; academic[i] != NULL; i++)
		if (strlen(academic[i]) == len &&
		    strncasecmp(t, academic[i], len) == 0)
			return 1;
	return 0;
}

/* "Italian Prime Minister Name", "Country's President Name". */
static int
title_before(struct work *w, struct entity *e, const struct mention *m)
{
	const struct sent *st = &w->sv[m->si];
	static const char *const kin[] = { "husband", "wife", "son",
	    "daughter", "brother", "sister", "father", "mother", "widow",
	    "widower", "uncle", "aunt", "cousin", "friend", NULL };
	const struct mention *c;
	size_t j, n = 0, end;

	end = j = honorific_start(st, m->t0);
	/* "vice chairwoman for Name's campaign": Name is no title's holder. */
	if (j > 0 && (tis(st, j - 1, "of") || tis(st, j - 1, "for")))
		return 0;
	while (j > 0 && n++ < TITLE_MAX) {
		if ((c = covering(w, st, j - 1)) != NULL) {
			if (ent_type(w, c) == TY_PERSON)
				break;
			j = c->t0;
		} else if (tlex(w->f->titles, st, j - 1) != NULL ||
		    tis_head(w, st, j - 1) ||
		    tis(st, j - 1, "of") || tis(st, j - 1, "for"))
			j--;
		/* "Provincial disaster officer Name": one word in lower
		 * case between title words. */
		else if (j >= 2 && j < end && tis_word(st, j - 1) &&
		    !tis_cap(st, j - 1) && !tin(st, j - 1, kin) &&
		    tlex(w->f->titles, st, j) != NULL &&
		    covering(w, st, j - 2) == NULL &&
		    tlex(w->f->titles, st, j - 2) != NULL &&
		    !tin(st, j - 1, verbs) && !tin(st, j - 1, preps) &&
		    !tin(st, j - 1, determiners) && !tin(st, j - 1, pronouns) &&
		    !tin(st, j - 1, locatives) && !tin(st, j - 1, to_stops))
			j -= 2;
		/* "director of rugby Name", "head of policy Name". */
		else if (j == end && j >= 3 && tis_word(st, j - 1) &&
		    !tis_cap(st, j - 1) && tis(st, j - 2, "of") &&
		    covering(w, st, j - 3) == NULL && tis_head(w, st, j - 3) &&
		    !tin(st, j - 1, verbs) && !tin(st, j - 1, preps) &&
		    !tin(st, j - 1, determiners) && !tin(st, j - 1, pronouns) &&
		    !tin(st, j - 1, locatives) && !tin(st, j - 1, to_stops))
			j -= 3;
		else
			break;
	}
	while (j < end && (tis(st, j, "of") || tis(st, j, "for")))
		j++;
	/* "Chief Health Officer Dr Name": the title ends before "Dr". */
	while (end - j > 1 && (tin(st, end - 1, academic) ||
	    (tis(st, end - 1, ".") && tin(st, end - 2, academic))) &&
	    has_head(w, st, j, end - 1 - tis(st, end - 1, ".")))
		end -= 1 + tis(st, end - 1, ".");
	if (j == end || !has_head(w, st, j, end))
		return 0;
	return set_title(w, e, st, j, end);
}

/* Nonzero when tokens [t0, t1) read as a title phrase. */
static int
title_phrase(const struct work *w, const struct sent *st, size_t t0,
    size_t t1)
{
	const struct mention *c;
	size_t k;

	if (t1 <= t0 || t1 - t0 > TITLE_MAX || !has_head(w, st, t0, t1))
		return 0;
	for (k = t0; k < t1; k++) {
		if (!tis_word(st, k) && !tis_poss(st, k))
			return 0;
		if (tin(st, k, verbs) || tin(st, k, pronouns))
			return 0;
		/* "chief Name": another's title; "head of Name's team" is fine. */
		if ((c = covering(w, st, k)) != NULL && c->t0 == k &&
		    ent_type(w, c) == TY_PERSON && (k == t0 ||
		    tlex(w->f->titles, st, k - 1) != NULL))
			return 0;
	}
	return 1;
}

/* Token k opens a date, or "from", "since", "until" or "in" before one. */
static int
span_date(const struct sent *st, size_t k)
{
	static const char *const before[] = { "from", "since", "until", "in",
	    "between", NULL };

	return starts_timex(st, k) || (k + 1 < st->ntok &&
	    tin(st, k, before) && starts_timex(st, k + 1));
}

/*
 * "Name, secretary general of the UN yesterday called ...": a date in
 * lower case where the closing comma was left out ends the title, unless
 * the title would end in a word that needs more ("chief strategist in
 * his 2012 campaign", "Publishers Weekly").
 */
static int
date_ends_title(const struct sent *st, size_t k)
{
	return k > 0 && starts_timex(st, k) && uc_is_lower(tfirst(st, k)) &&
	    !tin(st, k - 1, determiners) && !tin(st, k - 1, locatives) &&
	    !tin(st, k - 1, preps);
}

static int
is_break(const struct sent *st, size_t k)
{
	return tis(st, k, ",") || tis(st, k, "--") || tis(st, k, "(") ||
	    tis(st, k, ";") || tis(st, k, ":") || uc_is_dash(tfirst(st, k));
}

/* "the Italian ambassador to Spain, Name". */
static int
title_appos_before(struct work *w, struct entity *e, const struct mention *m)
{
	static const char *const inner[] = {
		"of", "to", "for", "in", "at", "on", NULL
	};
	const struct sent *st = &w->sv[m->si];
	const struct mention *c;
	size_t j, end = honorific_start(st, m->t0);

	/* "the association's president, Dr Name,": past "Dr" too. */
	if (end > 0 && tis(st, end - 1, ".") && end > 1 &&
	    tin(st, end - 2, academic))
		end -= 2;
	else if (end > 0 && tin(st, end - 1, academic))
		end--;
	end = honorific_start(st, end);
	if (end < 2 || !tis(st, end - 1, ","))
		return 0;
	end--;
	for (j = end; j > 0 && end - j <= TITLE_MAX; j--) {
		/* "the head of the agency": the inner "the" goes on. */
		if (tin(st, j - 1, determiners) && j > 1 &&
		    tin(st, j - 2, inner))
			continue;
		if (tin(st, j - 1, determiners) || is_break(st, j - 1))
			break;
	}
	if (j > 0 && !tin(st, j - 1, determiners))
		return 0;
	/*
	 * The determiner opens the phrase: after a comma, at the start, or
	 * after a preposition when a comma closes the apposition ("after the
	 * main opposition candidate, Name, pulled out").
	 */
	/* ... also after "and" ("Mayor Name and her challenger, Name,
	 * clashed") and after a quote ('"...," his campaign manager,
	 * Name, said'). */
	/* ... and after a verb when a title word opens it ("sentenced a
	 * former bank manager, Name, to"; not "marked the anniversary of
	 * the death of Israel's first premier, Name,"). */
	/* ... also after an opening "But" or "And" ("But the unions'
	 * lawyer, Name, argued"). */
	if (j > 1 && !is_break(st, j - 2) && !(j == 2 &&
	    tlex(w->f->lead, st, 0) != NULL && !tin(st, 0, adverbial_preps)) &&
	    !((tin(st, j - 2, appos_preps) ||
	    tis(st, j - 2, "and") || uc_is_quote(tfirst(st, j - 2)) ||
	    (tis_word(st, j - 2) && !tis_cap(st, j - 2) &&
	    tlex(w->f->titles, st, j) != NULL)) &&
	    m->t1 < st->ntok && is_break(st, m->t1)))
		return 0;
	/* "As Ohio's governor, Name": the title starts after "As"; but
	 * "In this swing state with ..., Name said" opens with an adverbial
	 * phrase, no apposition. */
	while (j < end && tlex(w->f->lead, st, j) != NULL) {
		if (tin(st, j, adverbial_preps))
			return 0;
		j++;
	}
	/* "Name's lawyer, Name,": the title is "lawyer", as after "His". */
	if ((c = covering(w, st, j)) != NULL && c->t0 == j &&
	    ent_type(w, c) == TY_PERSON && c->t1 + 1 < end &&
	    tis_poss(st, c->t1))
		j = c->t1 + 1;
	if (!title_phrase(w, st, j, end))
		return 0;
	return set_title(w, e, st, j, end);
}

/*
 * The tokens of a degree and its comma from token k ("Ph.D., ", "M.D., "
 * in "Name, Ph.D., Chief Executive Officer"), or 0.
 */
static size_t
degree_after(const struct sent *st, size_t k)
{
	static const char *const degrees[] = { "ph.d.", "phd", "m.d.", "md",
	    "mba", "m.b.a.", "mph", "m.p.h.", "dds", "d.d.s.", "r.n.",
	    "esq.", "cpa", "frcs", NULL };
	const char *const *d;
	size_t j, len;

	for (j = k; j < st->ntok && j < k + 6 && !tis(st, j, ","); j++)
		;
	if (j == k || j >= st->ntok || !tis(st, j, ","))
		return 0;
	len = st->tv[j].start - st->tv[k].start;
	for (d = degrees; *d != NULL; d++)
		if (strlen(*d) == len &&
		    strncasecmp(ttext(st, k), *d, len) == 0)
			return j + 1 - k;
	return 0;
}

/* "Name, the secretary-general of the union,". */
static int
title_appos_after(struct work *w, struct entity *e, const struct mention *m)
{
	const struct sent *st = &w->sv[m->si];
	const struct mention *c;
	size_t j, t0;

	if (m->t1 + 1 >= st->ntok || !tis(st, m->t1, ","))
		return 0;
	t0 = m->t1 + 1 + degree_after(st, m->t1 + 1);
	if (tin(st, t0, determiners))
		t0++;
	/* "Name, the president who ...": a relative clause ends the title. */
	for (j = t0; j < st->ntok && j - t0 <= TITLE_MAX; j++)
		if ((!tis_word(st, j) && !tis_poss(st, j)) ||
		    (j > t0 && (tin(st, j, relatives) || date_ends_title(st, j))))
			break;
	if (j < st->ntok && !is_break(st, j) && !tis(st, j, ".") &&
	    !tis(st, j, ")") && !tin(st, j, relatives) &&
	    !(j > t0 && date_ends_title(st, j)))
		return 0;
	/* "A, the chief of B, C, said": the title is C's. */
	if (j + 1 < st->ntok && tis(st, j, ",") &&
	    (c = covering(w, st, j + 1)) != NULL && c->t0 == j + 1 &&
	    ent_type(w, c) == TY_PERSON)
		return 0;
	if (!title_phrase(w, st, t0, j))
		return 0;
	return set_title(w, e, st, t0, j);
}

/* "Name is Prime Minister of Australia.": a title after a copula. */
static int
title_copula(struct work *w, struct entity *e, const struct mention *m)
{
	static const char *const copulas[] = {
		"is", "was", "becomes", "became", "remains", "remained", NULL
	};
	const struct sent *st = &w->sv[m->si];
	size_t j, t0, v = m->t1;

	/* "His wife, Name, is chair of ...": a name in commas. */
	if (v < st->ntok && tis(st, v, ",") && m->t0 > 0 &&
	    tis(st, m->t0 - 1, ","))
		v++;
	if (v + 1 >= st->ntok || !tin(st, v, copulas))
		return 0;
	t0 = v + 1;
	if (tin(st, t0, determiners))
		t0++;
	/* "is Prime Minister", "was a lecturer"; not "is guilty of ...". */
	if (t0 >= st->ntok || (!tis_cap(st, t0) &&
	    tlex(w->f->titles, st, t0) == NULL))
		return 0;
	/* "is elected president": a passive, not a title yet. */
	if (!tis_cap(st, t0) && tlen(st, t0) > 2 &&
	    memcmp(ttext(st, t0) + tlen(st, t0) - 2, "ed", 2) == 0)
		return 0;
	for (j = t0; j < st->ntok && j - t0 <= TITLE_MAX; j++)
		if ((!tis_word(st, j) && !tis_poss(st, j)) ||
		    (j > t0 && (tin(st, j, relatives) || span_date(st, j))))
			break;
	/* The phrase is the whole predicate: nothing but its end, or the
	 * years it was held ("was president from 1994 to 2005"), follows. */
	if (j < st->ntok && !is_break(st, j) && !tis(st, j, ".") &&
	    !tin(st, j, relatives) && !(j > t0 && span_date(st, j)))
		return 0;
	if (!title_phrase(w, st, t0, j))
		return 0;
	return set_title(w, e, st, t0, j);
}

static void
find_titles(struct work *w)
{
	size_t i;

	for (i = 0; i < w->nm; i++) {
		const struct mention *m = &w->mv[i];
		struct entity *e = &w->ev[m->ent];

		/* "Dr" or "Professor" alone yields to a title that says
		 * more ("the association's Queensland president, Dr Name,"). */
		if (e->type != TY_PERSON || (e->title != NULL &&
		    !bare_honorific(e->title, e->title_len)))
			continue;
		if (title_before(w, e, m) &&
		    !bare_honorific(e->title, e->title_len))
			continue;
		if (!title_appos_before(w, e, m) &&
		    !title_appos_after(w, e, m) && e->title == NULL)
			title_copula(w, e, m);
	}
}

/* Quotes and events. */

/* The first 10 bytes of a value naming one day ("2020-10-21"), or NULL. */
static const char *
day_of(const char *v)
{
	static const char pat[] = "dddd-dd-dd";
	size_t i;

	if (v == NULL)
		return NULL;
	for (i = 0; i < 10; i++)
		if (pat[i] == 'd' ? (v[i] < '0' || v[i] > '9') : v[i] != pat[i])
			return NULL;
	return v[10] == '\0' || v[10] == 'T' ? v : NULL;
}

/*
 * A time of day that names no day: "9 a.m. local time", "08:00 GMT",
 * "about midnight".  Its day is only the tagger's guess (the anchor's,
 * or one named before it), so it makes no event of its own: "European
 * markets open at 08:00 GMT" happened on no day.
 */
static int
clock_only(const char *text)
{
	static const char *const words[] = { "a", "m", "p", "am", "pm",
	    "noon", "midnight", "midday", "o", "clock", "local", "time",
	    "about", "around", "approximately", "roughly", "shortly", "just",
	    "nearly", "almost", "some", "before", "after", "until", "by",
	    "at", NULL };
	const char *p = text, *q;
	const char *const *w;
	int zone_time = strstr(text, " time") != NULL ||
	    strstr(text, " Time") != NULL;
	size_t len, k, upper;

	while (*p != '\0') {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
			if ((unsigned char)*p >= 0x80)
				return 0;
			p++;
			continue;
		}
		for (q = p, upper = 0; (*q >= 'a' && *q <= 'z') ||
		    (*q >= 'A' && *q <= 'Z'); q++)
			upper += *q >= 'A' && *q <= 'Z';
		len = (size_t)(q - p);
		for (w = words; *w != NULL; w++)
			if (strlen(*w) == len && strncasecmp(p, *w, len) == 0)
				break;
		k = *w != NULL || (upper == len && len <= 5) ||
		    (zone_time && *p >= 'A' && *p <= 'Z');
		if (!k)
			return 0;
		p = q;
	}
	return 1;
}

/* The day a DATE or TIME timex names, as day_of(), or NULL. */
static const char *
timex_day(const struct timex *x)
{
	if (strcmp(x->type, "DATE") != 0 && strcmp(x->type, "TIME") != 0)
		return NULL;
	if (strcmp(x->type, "TIME") == 0 && x->text != NULL &&
	    clock_only(x->text))
		return NULL;
	return day_of(x->value);
}

/* Lower-case words inside a name: "Bank of England", "Friends of the Earth". */
static const char *const name_inner[] = { "of", "for", "and", "the", NULL };

/* A speaker string that reads as a name: capitalised words. */
static int
name_like(const char *s)
{
	const char *p = s, *q;
	size_t nword = 0, len;
	uint32_t cp;

	while (*p != '\0') {
		q = strchr(p, ' ');
		len = q ? (size_t)(q - p) : strlen(p);
		if (utf8_decode(p, len, &cp) == 0)
			return 0;
		if (!uc_is_upper(cp) &&
		    (!key_in(p, len, name_inner) || nword == 0))
			return 0;
		nword++;
		p += len;
		while (*p == ' ')
			p++;
	}
	return nword >= 2;
}

/* The first mention starting at or after document offset off (the
 * mentions are sorted by start). */
static size_t
mention_from(const struct work *w, size_t off)
{
	size_t lo = 0, hi = w->nm, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (w->mv[mid].dstart < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Nonzero when the n bytes of word w are a whole word of s, any case. */
static int
has_word(const char *s, size_t len, const char *word, size_t n)
{
	size_t i;

	for (i = 0; i + n <= len; i++)
		if ((i == 0 || s[i - 1] == ' ') && (i + n == len ||
		    s[i + n] == ' ' || s[i + n] == ',') &&
		    strncasecmp(s + i, word, n) == 0)
			return 1;
	return 0;
}

/*
 * Nonzero when description desc (n bytes) ends the head of title t: the
 * words before its first preposition ("Transport Secretary" fits "the
 * secretary"; "president of the company" does not fit "the company",
 * nor "Vice President" "the president").
 */
static int
title_fits(const char *t, size_t len, const char *desc, size_t n)
{
	static const char *const seps[] = { " of ", " for ", " at ", " to ",
	    " with ", " in ", " on ", ",", NULL };
	static const char *const lesser[] = { "vice", "deputy", "assistant",
	    "associate", "former", "under", "lieutenant", "acting", NULL };
	size_t i, k, j, end = len;

	for (k = 0; seps[k] != NULL; k++)
		for (i = 0; i + strlen(seps[k]) <= end; i++)
			if (strncasecmp(t + i, seps[k], strlen(seps[k])) == 0) {
				end = i;
				break;
			}
	if (end < n || (end > n && t[end - n - 1] != ' ') ||
	    strncasecmp(t + end - n, desc, n) != 0)
		return 0;
	/* The word before it, [i, k): "Vice President" is no president. */
	if (end == n)
		return 1;
	for (k = end - n - 1, i = k; i > 0 && t[i - 1] != ' '; i--)
		;
	for (j = 0; lesser[j] != NULL; j++)
		if (strlen(lesser[j]) == k - i &&
		    strncasecmp(t + i, lesser[j], k - i) == 0)
			return 0;
	return 1;
}

/* Nonzero when organisation name s (len bytes) ends in a legal form. */
static int
firm_name(const char *s, size_t len)
{
	static const char *const forms[] = { "plc", "inc", "inc.", "corp",
	    "corp.", "co.", "ltd", "ltd.", "llc", "ag", "sa", "s.a.", "nv",
	    "gmbh", "group", "holdings", NULL };
	const char *last = s + len;
	size_t i, n;

	while (last > s && last[-1] != ' ')
		last--;
	n = len - (size_t)(last - s);
	for (i = 0; forms[i] != NULL; i++)
		if (strlen(forms[i]) == n && strncasecmp(last, forms[i], n) == 0)
			return 1;
	return 0;
}

/*
 * Does organisation name s (len bytes) have head word h (hn bytes): its
 * last word ("the council": "Leeds City Council"), or the word before
 * its first "of" ("the agency": "Public Health Agency of Canada")?
 */
static int
org_head(const char *s, size_t len, const char *h, size_t hn)
{
	const char *of = NULL;
	size_t i;

	if (len > hn && s[len - hn - 1] == ' ' &&
	    strncasecmp(s + len - hn, h, hn) == 0)
		return 1;
	for (i = 0; i + 4 <= len && of == NULL; i++)
		if (memcmp(s + i, " of ", 4) == 0)
			of = s + i;
	if (of == NULL || (size_t)(of - s) < hn)
		return 0;
	return (of - hn == s || *(of - hn - 1) == ' ') &&
	    strncasecmp(of - hn, h, hn) == 0;
}

/*
 * "the company said", "the council said", "the spokeswoman said": the
 * last entity before quote q that the description fits, or (size_t)-1.
 * A person fits by the end of the title found for it ("Transport
 * Secretary Ann Lee" ... "the secretary"), an organisation by its
 * head word (org_head()) or, for "company" and "firm",
 * by a legal form ("Acme Foods Plc").  Plurals ("officials") and
 * indefinite descriptions ("a spokesman") name nobody in particular.
 */
static size_t
described(struct work *w, const struct quote *q)
{
	const char *desc = q->speaker, *head;
	size_t i, n, hn, from;
	int firm, judge, step;

	if (strncasecmp(desc, "the ", 4) == 0)
		desc += 4;
	n = strlen(desc);
	if (n < 3 || n > 40 || strchr(desc, ',') != NULL)
		return (size_t)-1;
	/*
	 * A headline's "Governor vows ..." names someone only the text
	 * below names: the description may be capitalised there, and the
	 * entity it fits comes after it.
	 */
	from = mention_from(w, q->start);
	step = from == 0 && desc[0] >= 'A' && desc[0] <= 'Z' ? 1 : -1;
	for (i = step > 0; i < n; i++)
		if (!((desc[i] >= 'a' && desc[i] <= 'z') || desc[i] == ' ' ||
		    desc[i] == '-'))
			return (size_t)-1;
	head = strrchr(desc, ' ');
	head = head != NULL ? head + 1 : desc;
	hn = n - (size_t)(head - desc);
	if (head[hn - 1] == 's' && head[hn - 2] != 's')
		return (size_t)-1;
	if (has_word(desc, n, "a", 1) || has_word(desc, n, "an", 2) ||
	    has_word(desc, n, "one", 3) || has_word(desc, n, "another", 7))
		return (size_t)-1;
	firm = hn == 7 && strncasecmp(head, "company", 7) == 0;
	firm |= hn == 4 && strncasecmp(head, "firm", 4) == 0;
	/* A judge of a higher court is styled "Justice Name". */
	judge = n == 5 && strncasecmp(desc, "judge", 5) == 0;
	for (i = step > 0 ? 0 : from; step > 0 ? i < w->nm : i > 0; i += step) {
		const struct mention *m = &w->mv[step > 0 ? i : i - 1];
		const struct entity *e;
		const struct form *fm;

		if (m->dead || m->ent == (size_t)-1)
			continue;
		e = &w->ev[m->ent];
		fm = &w->fv[e->canon];
		if (e->type == TY_PERSON && e->title != NULL &&
		    (title_fits(e->title, e->title_len, desc, n) ||
		    (judge && title_fits(e->title, e->title_len, "justice",
		    7))))
			return m->ent;
		if (e->type == TY_ORG && (firm ? firm_name(fm->text, fm->len) :
		    org_head(fm->text, fm->len, head, hn)))
			return m->ent;
	}
	return (size_t)-1;
}

/* Nonzero when a and b (na, nb bytes) differ by one inserted byte. */
static int
near_spelling(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0;

	if (na + 1 == nb)
		return near_spelling(b, nb, a, na);
	if (na != nb + 1)
		return 0;
	while (i < nb && a[i] == b[i])
		i++;
	return memcmp(a + i + 1, b + i, nb - i) == 0;
}

/*
 * "Mr. Hale" after "Tom Hale" and "Mary Hale": the surname's mention
 * joined one entity, but lede-quotes resolved the speaker to the other
 * full name.  That person's entity when the speaker names one, else
 * the mention's.
 */
static size_t
other_person(struct work *w, const struct quote *q, const struct mention *m)
{
	const struct form *said, *named;
	const char *key;
	size_t len, f, a, b;

	if (q->speaker == NULL || w->ev[m->ent].type != TY_PERSON ||
	    m->t1 - m->t0 != 1 || !name_like(q->speaker))
		return m->ent;
	key = fold(w, q->speaker, strlen(q->speaker), &len);
	f = find_form(w, key, len);
	if (f == (size_t)-1 || w->fv[f].ent == (size_t)-1 ||
	    w->fv[f].ent == m->ent || w->ev[w->fv[f].ent].type != TY_PERSON)
		return m->ent;
	said = &w->fv[f];
	named = &w->fv[w->ev[m->ent].canon];
	/* Two people of one surname: the given names differ, and not as
	 * "Ken" and "Kenneth" or a misspelling do. */
	if (said->last == NULL || named->last == NULL ||
	    said->last_len != named->last_len ||
	    memcmp(said->last, named->last, said->last_len) != 0)
		return m->ent;
	a = strcspn(said->key, " ");
	b = strcspn(named->key, " ");
	if (strncmp(said->key, named->key, a < b ? a : b) == 0 ||
	    near_spelling(said->key, a, named->key, b))
		return m->ent;
	return w->fv[f].ent;
}

/*
 * The person a speaker's words name around mention i.  With after 0:
 * mention i itself; the person after it and a title when it names the
 * person's employer ("Bank Indonesia Governor Name said"); or the person
 * just before it when it names where that person works ("Name of the
 * University of X said" is Name's statement, not the university's).
 * With after 1: mention i when it is a person in commas right after a
 * speaker that names no one ("His lawyer, Name, said"), else (size_t)-1.
 */
static size_t
person_around(const struct work *w, size_t i, int after)
{
	const struct mention *m = &w->mv[i], *p;
	const struct sent *st = &w->sv[m->si];
	size_t k = m->t0;

	if (after)
		return ent_type(w, m) == TY_PERSON && k > 0 &&
		    tis(st, k - 1, ",") && m->t1 < st->ntok &&
		    tis(st, m->t1, ",") ? m->ent : (size_t)-1;
	if (ent_type(w, m) == TY_PERSON)
		return m->ent;
	/* "Bank Indonesia Governor Name said": the governor said it. */
	if (i + 1 < w->nm && (p = &w->mv[i + 1])->si == m->si &&
	    ent_type(w, p) == TY_PERSON && p->t0 > m->t1) {
		for (k = m->t1; k < p->t0 && tlex(w->f->titles, st, k) != NULL;
		    k++)
			;
		if (k == p->t0)
			return p->ent;
		k = m->t0;
	}
	if (i == 0)
		return m->ent;
	if (k > 0 && tis(st, k - 1, "the"))
		k--;
	if (k == 0 || !(tis(st, k - 1, "of") || tis(st, k - 1, "at") ||
	    tis(st, k - 1, "from")))
		return m->ent;
	p = &w->mv[i - 1];
	return p->si == m->si && p->t1 == k - 1 &&
	    ent_type(w, p) == TY_PERSON ? p->ent : m->ent;
}

/*
 * "A spokesman for Ann Lee", "an adviser to Ann Lee": a lower-case noun
 * before "for" or "to" speaks for the one named after it, who is not the
 * speaker.
 */
static int
speaks_for(const char *s)
{
	static const char *const links[] = { " for ", " to ", NULL };
	const char *const *l;
	const char *p, *w;

	for (l = links; *l != NULL; l++)
		for (p = strstr(s, *l); p != NULL; p = strstr(p + 1, *l)) {
			for (w = p; w > s && w[-1] != ' '; w--)
				continue;
			if (w < p && *w >= 'a' && *w <= 'z')
				return 1;
		}
	return 0;
}

/*
 * The form of a person or organisation that speaker s opens, its words
 * before a time or place adverbial ("Tata Steel Ltd on Monday" is "Tata
 * Steel Ltd"; "Israeli officials" is not "Israeli"); key is s folded,
 * len bytes.  Else (size_t)-1.
 */
static size_t
leading_form(struct work *w, const char *s, const char *key, size_t len)
{
	static const char *const adverbial[] = { "on", "in", "at", "during",
	    "after", "before", "late", "early", "earlier", "last", "this",
	    "yesterday", "today", "tonight", NULL };
	size_t i, k, end = 0, f;
	int t;

	if (strlen(s) != len)
		return (size_t)-1;	/* folding changed the length */
	for (i = 0; i < len; i = k + 1) {
		for (k = i; k < len && s[k] != ' '; k++)
			;
		if (s[i] >= 'a' && s[i] <= 'z') {
			if (i == 0)
				return (size_t)-1;
			if (!key_in(key + i, k - i, name_inner))
				break;
		} else
			end = k;
	}
	if (i >= len || end == 0 || !key_in(key + i, k - i, adverbial))
		return (size_t)-1;
	if ((f = find_form(w, key, end)) == (size_t)-1 ||
	    w->fv[f].ent == (size_t)-1)
		return (size_t)-1;
	t = w->ev[w->fv[f].ent].type;
	return t == TY_PERSON || t == TY_ORG ? f : (size_t)-1;
}

/*
 * The subject of a sentence whose dateline mention i lede-quotes gave as
 * the speaker of q: the first person or organisation after the dateline,
 * before q and not after a preposition; else (size_t)-1.
 */
static size_t
subject_after_dateline(const struct work *w, size_t i, const struct quote *q)
{
	const struct mention *m = &w->mv[i];
	const struct sent *st = &w->sv[m->si];
	size_t dl = dateline(st);

	for (i++; i < w->nm && w->mv[i].si == m->si &&
	    w->mv[i].dstart < q->start; i++) {
		const struct mention *s = &w->mv[i];

		if (s->dead || s->t0 <= dl || s->ent == (size_t)-1)
			continue;
		if (s->t0 > 0 && (tin(st, s->t0 - 1, preps) ||
		    tin(st, s->t0 - 1, locatives)))
			continue;
		if (ent_type(w, s) == TY_PERSON || ent_type(w, s) == TY_ORG)
			return s->ent;
		return (size_t)-1;
	}
	return (size_t)-1;
}

/* The entity who said quote q, or (size_t)-1. */
static size_t
speaker_of(struct work *w, const struct quote *q)
{
	const char *key, *last, *text;
	size_t i, len, f, e;
	int place_in = 0;	/* a place inside the speaker was passed over */

	if (q->has_sp) {
		/* Begin a little before the speaker's offsets. */
		i = mention_from(w, q->sp_start);
		for (i = i > 0 ? i - 1 : 0; i < w->nm; i++) {
			const struct mention *m = &w->mv[i];

			if (m->dstart >= q->sp_end)
				break;
			/* "Police in Leeds said": not the place. */
			if (m->dstart > q->sp_start && m->t0 > 0 &&
			    (tin(&w->sv[m->si], m->t0 - 1, preps) ||
			    tin(&w->sv[m->si], m->t0 - 1, locatives))) {
				place_in = 1;
				continue;
			}
			/* "Trump's opponents said": not the owner, when the
			 * speaker names the others. */
			if (m->dend < q->sp_end && m->t1 < w->sv[m->si].ntok &&
			    tis_poss(&w->sv[m->si], m->t1) &&
			    q->speaker != NULL && (strchr(q->speaker, '\'') !=
			    NULL || strstr(q->speaker, "\xE2\x80\x99") != NULL))
				continue;
			/* "PUNE: The High Court ..., saying": not the
			 * dateline's place but the clause's subject. */
			if (m->dend > q->sp_start && ent_type(w, m) == TY_LOC &&
			    m->t1 <= dateline(&w->sv[m->si]) &&
			    (e = subject_after_dateline(w, i, q)) != (size_t)-1)
				return e;
			if (m->dend > q->sp_start && ent_type(w, m) != TY_MISC)
				return (e = person_around(w, i, 0)) == m->ent ?
				    other_person(w, q, m) : e;
		}
		/* "His lawyer, Name, said": the name after the speaker. */
		if (i < w->nm && (e = person_around(w, i, 1)) != (size_t)-1 &&
		    w->mv[i].dstart > q->sp_end &&
		    w->mv[i].dstart - q->sp_end <= 2)
			return e;
	}
	if (q->speaker == NULL)
		return (size_t)-1;
	key = fold(w, q->speaker, strlen(q->speaker), &len);
	if ((f = find_form(w, key, len)) != (size_t)-1 &&
	    w->fv[f].ent != (size_t)-1)
		return w->fv[f].ent;
	/* "Maple Ridge Mining Corp" for the "... Corp." named before:
	 * the speaker lost the full stop that ends the legal form. */
	if (firm_name(key, len)) {
		char *dotted = arena_alloc(w->a, len + 2);

		memcpy(dotted, key, len);
		dotted[len] = '.';
		dotted[len + 1] = '\0';
		if ((f = find_form(w, dotted, len + 1)) != (size_t)-1 &&
		    w->fv[f].ent != (size_t)-1)
			return w->fv[f].ent;
	}
	/* "Tata Steel Ltd on Monday": a name, then lower-case words. */
	if ((f = leading_form(w, q->speaker, key, len)) != (size_t)-1)
		return w->fv[f].ent;
	last = last_space(key, len);
	last = last ? last + 1 : key;
	e = speaks_for(q->speaker) ? (size_t)-1 :
	    person_by_last(w, last, len - (size_t)(last - key), q->start);
	if (e == (size_t)-1 && !name_like(q->speaker))
		e = described(w, q);
	/* Nor is "Residents of Saltby" a name the tagger missed. */
	if (e != (size_t)-1 || !w->have_ents || !name_like(q->speaker) ||
	    place_in)
		return e;
	/* A speaker the tagger missed ("the Foreign Ministry said"). */
	text = q->speaker;
	if (strncmp(text, "The ", 4) == 0) {
		text += 4;
		key = fold(w, text, strlen(text), &len);
		if ((f = find_form(w, key, len)) != (size_t)-1)
			return w->fv[f].ent;
	}
	f = new_form(w, text, strlen(text), q->start);
	e = new_entity(w, f);
	w->ev[e].n = 1;
	w->ev[e].type = lex_has(w->f->orgheads, last,
	    len - (size_t)(last - key)) ? TY_ORG : TY_PERSON;
	return e;
}

/*
 * "A bench of Justice Ana Reyes and Justice Tom Hale said": lede-quotes
 * gave the second name as the speaker; the person joined to it by "and"
 * before it (past title words) said it too.  That person, or (size_t)-1.
 */
static size_t
joined_before(const struct work *w, const struct quote *q, size_t ent)
{
	const struct mention *m, *p;
	const struct sent *st;
	size_t i, k;

	for (i = mention_from(w, q->sp_start); i < w->nm &&
	    w->mv[i].dstart < q->sp_end; i++)
		if (w->mv[i].ent == ent)
			break;
	if (i == 0 || i >= w->nm || w->mv[i].ent != ent)
		return (size_t)-1;
	m = &w->mv[i];
	st = &w->sv[m->si];
	for (k = m->t0; k > 0 && tlex(w->f->titles, st, k - 1) != NULL; k--)
		;
	if (k < 2 || !tis(st, k - 1, "and"))
		return (size_t)-1;
	p = &w->mv[i - 1];
	return p->si == m->si && p->t1 == k - 1 && !p->dead &&
	    p->ent != (size_t)-1 && p->ent != ent &&
	    ent_type(w, p) == TY_PERSON && ent_type(w, m) == TY_PERSON ?
	    p->ent : (size_t)-1;
}

/*
 * "Hale and Moss said": the second person of a speaker that names two
 * joined by "and" (lede-quotes writes them as one speaker), when the
 * first is ent; else (size_t)-1.
 */
static size_t
second_speaker(const struct work *w, const struct quote *q, size_t ent)
{
	size_t i, n = 0, other = (size_t)-1;

	if (!q->has_sp || ent == (size_t)-1 || q->speaker == NULL)
		return (size_t)-1;
	if (strstr(q->speaker, " and ") == NULL)
		return joined_before(w, q, ent);
	for (i = mention_from(w, q->sp_start); i < w->nm &&
	    w->mv[i].dend <= q->sp_end; i++) {
		const struct mention *m = &w->mv[i];

		if (m->dead || ent_type(w, m) != TY_PERSON)
			continue;
		n++;
		if (m->ent != ent)
			other = m->ent;
	}
	return n == 2 ? other : (size_t)-1;
}

/* Nonzero when token k of st starts a timex span. */
static int
starts_timex(const struct sent *st, size_t k)
{
	return bsearch(&st->tv[k].start, st->xoff, st->nxoff,
	    sizeof(*st->xoff), cmp_size) != NULL;
}

/*
 * Whom a speaker spoke to in "said in an interview with the Daily Courier"
 * (also "in a telephone interview with"): the person or organisation named
 * after "with", from token k after the cue; NULL when none.
 */
static const char *
interviewer(struct work *w, const struct sent *st, size_t k, size_t *len)
{
	const struct mention *c;
	const struct form *fm;
	size_t j;

	if (k + 3 >= st->ntok || !tis(st, k, "in") ||
	    (!tis(st, k + 1, "an") && !tis(st, k + 1, "a")))
		return NULL;
	for (j = k + 2; j < k + 5 && j < st->ntok &&
	    !tis(st, j, "interview"); j++)
		if (!tis_word(st, j) || tis_cap(st, j))
			return NULL;
	if (j + 1 >= st->ntok || !tis(st, j, "interview") ||
	    !tis(st, j + 1, "with"))
		return NULL;
	j += 2;
	if (j < st->ntok && tis(st, j, "the"))
		j++;
	if (j >= st->ntok || (c = covering(w, st, j)) == NULL ||
	    (ent_type(w, c) != TY_PERSON && ent_type(w, c) != TY_ORG))
		return NULL;
	fm = &w->fv[w->ev[c->ent].canon];
	*len = fm->len;
	return fm->text;
}

/* Whom the speaker told: "told the state agency X", "told reporters". */
static const char *
told_whom(struct work *w, const struct quote *q, size_t si, size_t *len)
{
	static const char *const tell[] = {
		"tell", "tells", "told", "telling", NULL
	};
	const struct sent *st = &w->sv[si];
	const struct mention *c;
	const struct entity *e;
	const struct form *fm;
	size_t t, k, j, qs;

	if (q->cue == NULL || !q->has_cue ||
	    text_off(st->s, q->cue_end, &t) != 0)
		return NULL;
	/* "told reporters the plan was dead": the addressee ends where the
	 * words the speaker told start. */
	if (q->start <= q->cue_end || text_off(st->s, q->start, &qs) != 0)
		qs = (size_t)-1;
	/* Tokens do not overlap: the first one starting at or after the
	 * cue's end follows the cue's last token. */
	k = first_tok_from(st, 0, t);
	if (k > 0 && k < st->ntok && !tin(st, k - 1, tell))
		return interviewer(w, st, k, len);
	if (k == 0 || k >= st->ntok || !tin(st, k - 1, tell))
		return NULL;
	for (j = k; j < st->ntok && j - k < TO_MAX && tis_word(st, j) &&
	    !tin(st, j, to_stops) && st->tv[j].start < qs; j++) {
		/* "told reporters he would", "told CNN on Monday" */
		if (j > k && (tin(st, j, subjects) || starts_timex(st, j)))
			break;
		/* "told the court his client was": a second noun phrase
		 * opens the reported clause ("the head of his party",
		 * "reporters outside the hall" go on). */
		if (j > k + 1 && tin(st, j, determiners) &&
		    !tin(st, j - 1, determiners) && !tin(st, j - 1, to_stops) &&
		    !tin(st, j - 1, preps) && !tin(st, j - 1, locatives))
			break;
		/* "told X not to": a name ends the phrase before a verb. */
		if (j > k && (c = covering(w, st, j - 1)) != NULL &&
		    c->t1 == j && !tis_cap(st, j) && (ent_type(w, c) ==
		    TY_PERSON || ent_type(w, c) == TY_ORG) &&
		    tlex(w->f->titles, st, j) == NULL && !tis(st, j, "of") &&
		    !tis(st, j, "and") && !tis_poss(st, j))
			break;
	}
	if (j < st->ntok && j - k == TO_MAX && tis_word(st, j) &&
	    !tin(st, j, to_stops))
		return NULL;
	while (k < j && tin(st, k, determiners))
		k++;
	while (j > k && (tis(st, j - 1, "of") || tis(st, j - 1, "and") ||
	    tis(st, j - 1, "for") || tin(st, j - 1, determiners)))
		j--;
	if (k == j || (j - k == 1 && tin(st, k, pronouns)))
		return NULL;
	if ((c = covering(w, st, j - 1)) != NULL && c->t1 == j && c->t0 >= k &&
	    (ent_type(w, c) == TY_PERSON || ent_type(w, c) == TY_ORG)) {
		e = &w->ev[c->ent];
		fm = &w->fv[e->canon];
		*len = fm->len;
		return fm->text;
	}
	*len = st->tv[j - 1].end - st->tv[k].start;
	return st->s->text + st->tv[k].start;
}

/* Nonzero when timex x is in the dateline of sentence st. */
static int
in_dateline(const struct sent *st, const struct timex *x)
{
	size_t dl = dateline(st), t;

	return dl > 0 && text_off(st->s, x->start, &t) == 0 &&
	    t < st->tv[dl].start;
}

/*
 * The first day a date of sentence st names outside the words of q: "said
 * on Monday that the vote is on Friday" is a statement of Monday's, and
 * "said the vote is on Friday" of no day the sentence tells.
 */
static const char *
said_day(const struct sent *st, const struct quote *q)
{
	const char *dl_day = NULL;
	size_t i;

	for (i = 0; i < st->nx; i++)
		if (timex_day(&st->xv[i]) != NULL &&
		    (st->xv[i].start < q->start || st->xv[i].start >= q->end)) {
			/* A wire's filing day yields to "said on Thursday". */
			if (!in_dateline(st, &st->xv[i]))
				return st->xv[i].value;
			if (dl_day == NULL)
				dl_day = st->xv[i].value;
		}
	return dl_day;
}

/*
 * The first day a date of sentence st names outside all its quotes: after
 * "X said they would meet on Jan. 5", a "he said" is of no day.
 */
static const char *
unquoted_day(const struct sent *st)
{
	size_t i, k;

	for (i = 0; i < st->nx; i++) {
		if (timex_day(&st->xv[i]) == NULL)
			continue;
		for (k = 0; k < st->nq; k++)
			if (st->xv[i].start >= st->qv[k].start &&
			    st->xv[i].start < st->qv[k].end)
				break;
		if (k == st->nq)
			return st->xv[i].value;
	}
	return NULL;
}

/* The day of quote q: its sentence's, or the last one's for "he said". */
static const char *
quote_day(struct work *w, const struct quote *q, size_t si, size_t e)
{
	const struct sent *st = &w->sv[si], *prev;
	const char *day;
	size_t t0, t1, i;

	if ((day = said_day(st, q)) != NULL)
		return day;
	if (si == 0 || e == (size_t)-1 || !q->has_sp ||
	    text_off(st->s, q->sp_start, &t0) != 0 ||
	    text_off(st->s, q->sp_end, &t1) != 0)
		return NULL;
	for (i = 0; i < st->ntok; i++)
		if (st->tv[i].start == t0 && st->tv[i].end == t1)
			break;
	if (i == st->ntok || !tin(st, i, pronouns))
		return NULL;
	/* "Smith told reporters that he would ...": he is named here. */
	for (i = st->m0; i < st->m0 + st->nm; i++)
		if (w->mv[i].ent == e)
			return NULL;
	prev = &w->sv[si - 1];
	if ((day = unquoted_day(prev)) == NULL)
		return NULL;
	for (i = prev->m0; i < prev->m0 + prev->nm; i++)
		if (w->mv[i].ent == e)
			return day;
	return NULL;
}

/* Output. */

static void
put_key(struct buf *out, const char *key)
{
	buf_addc(out, ',');
	json_put_string(out, key, strlen(key));
	buf_addc(out, ':');
}

static void
put_str(struct buf *out, const char *key, const char *s, size_t len)
{
	put_key(out, key);
	if (s == NULL)
		buf_adds(out, "null");
	else
		json_put_string(out, s, len);
}

static void
put_day(struct buf *out, const char *key, const char *day)
{
	put_str(out, key, day, day ? 10 : 0);
}

static void
put_id(struct buf *out, size_t id)
{
	buf_printf(out, "\"E%zu\"", id);
}

static void
open_fact(struct buf *out, const struct document *d, const char *fact)
{
	buf_adds(out, "{\"doc\":");
	json_put_string(out, d->doc, d->doc_len);
	put_str(out, "fact", fact, strlen(fact));
}

static int
cmp_first(const void *pa, const void *pb)
{
	const struct entity *const *a = pa, *const *b = pb;

	if ((*a)->first != (*b)->first)
		return (*a)->first < (*b)->first ? -1 : 1;
	return *a < *b ? -1 : *a > *b;
}

/* Number the entities in order of their first mention. */
static struct entity **
number_entities(struct work *w, size_t *n)
{
	struct entity **order;
	size_t e, k = 0;

	order = arena_calloc(w->a, w->ne ? w->ne : 1, sizeof(*order));
	for (e = 0; e < w->ne; e++)
		if (w->ev[e].n > 0)
			order[k++] = &w->ev[e];
	if (k > 1)
		qsort(order, k, sizeof(*order), cmp_first);
	for (e = 0; e < k; e++)
		order[e]->id = e + 1;
	*n = k;
	return order;
}

/* List each entity's distinct surface forms other than its name. */
static void
list_aliases(struct work *w)
{
	struct entity *e;
	struct form *fm;
	size_t i, k;

	for (i = 0; i < w->nm; i++) {
		e = &w->ev[w->mv[i].ent];
		fm = &w->fv[w->mv[i].form];
		if (fm == &w->fv[e->canon] || fm->nocanon ||
		    fm->mark == w->mv[i].ent + 1)
			continue;
		/* A surname shared by two people is listed for each. */
		for (k = 0; k < e->nal && e->al[k] != fm; k++)
			continue;
		fm->mark = w->mv[i].ent + 1;
		if (k < e->nal)
			continue;
		e->al = grow(w->a, e->al, e->nal, &e->alcap, sizeof(*e->al));
		e->al[e->nal++] = fm;
	}
}

struct qfact {
	const struct quote *q;		/* the quote */
	size_t		 si;		/* its sentence */
	size_t		 ent;		/* its speaker, or (size_t)-1 */
	const char	*to;		/* whom the speaker told, or NULL */
	size_t		 to_len;	/* bytes of to */
	const char	*day;		/* date of the statement, or NULL */
	const char	*clause;	/* a partial quote's reported clause */
	size_t		 clause_len;	/* bytes of clause */
};

/* Nonzero when quote facts a and b have one speaker. */
static int
same_speaker(const struct qfact *a, const struct qfact *b)
{
	if (a->ent != (size_t)-1 || b->ent != (size_t)-1)
		return a->ent == b->ent;
	return a->q->speaker != NULL && b->q->speaker != NULL &&
	    strcmp(a->q->speaker, b->q->speaker) == 0;
}

static int
kind_is(const struct quote *q, const char *kind)
{
	return q->kind != NULL && strcmp(q->kind, kind) == 0;
}

/* A partial quote of a sentence: where it starts, its index in qv. */
struct pref {
	size_t	start;
	size_t	i;
};

static int
cmp_pref(const void *pa, const void *pb)
{
	const struct pref *a = pa, *b = pb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* Letters and digits in the n bytes of s (any byte of a multibyte
 * character counts, the same in both texts compared). */
static size_t
word_bytes(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += ((unsigned char)s[i] >= 0x80 || (s[i] >= '0' &&
		    s[i] <= '9') || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'));
	return k;
}

/* Nonzero when indirect text a holds words beyond partial text p. */
static int
says_more(const char *a, size_t alen, const char *p, size_t plen)
{
	return word_bytes(a, alen) > word_bytes(p, plen);
}

/*
 * Give the partial quotes of a's speaker that lie inside indirect a
 * (qv[pv[0..np)], sorted by start) a as their clause, when a says more
 * than the partial quote and is the longest such; return how many lie
 * inside.
 */
static size_t
wrap_partials(const struct qfact *a, struct qfact *qv, const struct pref *pv,
    size_t np)
{
	size_t lo = 0, hi = np, mid, n = 0, alen = strlen(a->q->text), plen;
	size_t end = a->q->start + alen;
	struct qfact *p;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pv[mid].start < a->q->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < np && pv[lo].start <= end; lo++) {
		p = &qv[pv[lo].i];
		plen = strlen(p->q->text);
		if (p->q->start + plen > end || !same_speaker(a, p))
			continue;
		n++;
		if (says_more(a->q->text, alen, p->q->text, plen) &&
		    alen > p->clause_len) {
			p->clause = a->q->text;
			p->clause_len = alen;
		}
	}
	return n;
}

/*
 * He said that he "strongly supports ...": the tagger gives the indirect
 * clause and the partial quote inside it; the statement is one, told by
 * the partial quote, which keeps the clause as its "clause" ("his side
 * were \"robbed\" after a late penalty" says more than "robbed").  Drop
 * such indirect quotes; return how many are left.  qv is in sentence
 * order; each sentence's partial quotes are sorted by start, so a
 * sentence of many quotes costs n log n, not n squared.
 */
static size_t
drop_wrapping_indirect(struct arena *a, struct qfact *qv, size_t nq)
{
	struct pref *pv = arena_calloc(a, nq ? nq : 1, sizeof(*pv));
	char *wraps = arena_calloc(a, nq ? nq : 1, 1);
	size_t i, k, run_end, np, n = 0;

	for (i = 0; i < nq; i = run_end) {
		np = 0;
		for (run_end = i; run_end < nq && qv[run_end].si == qv[i].si;
		    run_end++)
			if (kind_is(qv[run_end].q, "partial")) {
				pv[np].start = qv[run_end].q->start;
				pv[np++].i = run_end;
			}
		qsort(pv, np, sizeof(*pv), cmp_pref);
		/* Mark first, then compact: the marks write to partials
		 * later in the run, which compaction moves. */
		for (k = i; k < run_end; k++)
			wraps[k] = kind_is(qv[k].q, "indirect") &&
			    wrap_partials(&qv[k], qv, pv, np) > 0;
		for (k = i; k < run_end; k++)
			if (!wraps[k])
				qv[n++] = qv[k];
	}
	return n;
}

struct tfact {
	const struct timex *x;		/* first timex of the group */
	size_t		 n;		/* timexes with the same text and value */
};

static const char *
nz(const char *s)
{
	return s ? s : "";
}

/* Group the timexes by text, type, value and mod. */
static struct tfact *
group_timex(struct work *w, size_t *n)
{
	struct htab h;
	struct tfact *tv = NULL;
	size_t i, k, cap = 0, *v;

	memset(&h, 0, sizeof(h));
	*n = 0;
	for (i = 0; i < w->ns; i++)
		for (k = 0; k < w->sv[i].nx; k++) {
			const struct timex *x = &w->sv[i].xv[k];

			buf_clear(&w->tmp);
			buf_printf(&w->tmp, "%s%c%s%c%s%c%s", x->text, 0,
			    x->type, 0, nz(x->value), 0, nz(x->mod));
			v = ht_get(w->a, &h, arena_strndup(w->a, w->tmp.data,
			    w->tmp.len), w->tmp.len, 1);
			if (*v == (size_t)-1) {
				tv = grow(w->a, tv, *n, &cap, sizeof(*tv));
				tv[*n].x = x;
				tv[*n].n = 0;
				*v = (*n)++;
			}
			tv[*v].n++;
		}
	return tv;
}

static void
jsonl_entity(struct work *w, const struct document *d, struct buf *out,
    const struct entity *e)
{
	const struct form *const *av = e->al;
	const struct form *c = &w->fv[e->canon];
	size_t i, n = e->nal;

	open_fact(out, d, "entity");
	put_key(out, "id");
	put_id(out, e->id);
	put_str(out, "type", type_name[e->type], strlen(type_name[e->type]));
	put_str(out, "name", c->text, c->len);
	if (e->type == TY_PERSON)
		put_str(out, "title", e->title, e->title_len);
	put_key(out, "aliases");
	buf_addc(out, '[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(out, ',');
		json_put_string(out, av[i]->text, av[i]->len);
	}
	buf_addc(out, ']');
	put_key(out, "mentions");
	json_put_size(out, e->n);
	buf_adds(out, "}\n");
}

static void
jsonl_quote(struct work *w, const struct document *d, struct buf *out,
    const struct qfact *qf)
{
	const struct quote *q = qf->q;
	const struct entity *e = qf->ent != (size_t)-1 ? &w->ev[qf->ent] : NULL;

	open_fact(out, d, "quote");
	if (e != NULL)
		put_str(out, "speaker", w->fv[e->canon].text,
		    w->fv[e->canon].len);
	else
		put_str(out, "speaker", q->speaker, nz(q->speaker)[0] ?
		    strlen(q->speaker) : 0);
	put_key(out, "speaker_id");
	if (e != NULL)
		put_id(out, e->id);
	else
		buf_adds(out, "null");
	put_str(out, "cue", q->cue, strlen(nz(q->cue)));
	put_str(out, "kind", q->kind, strlen(nz(q->kind)));
	put_str(out, "quote", q->text, strlen(q->text));
	if (qf->clause != NULL)
		put_str(out, "clause", qf->clause, qf->clause_len);
	put_str(out, "to", qf->to, qf->to_len);
	put_day(out, "date", qf->day);
	put_key(out, "sent");
	json_put_size(out, w->sv[qf->si].s->sent);
	buf_adds(out, "}\n");
}

/* The tokens before k are words in capitals (of two letters or more). */
static int
caps_before(const struct sent *st, size_t k)
{
	size_t j;

	for (j = 0; j < k; j++)
		if (!tis_word(st, j) || tlen(st, j) < 2 ||
		    !all_caps(ttext(st, j), tlen(st, j)))
			return 0;
	return 1;
}

/*
 * The end of a dateline ("PARIS -- ", "KYIV/MOSCOW -- ", "DOVER, Del.
 * (AP) -- ", "MUMBAI: "): the index of its dash or colon, or 0 when
 * the sentence opens with none.  Its places say where; the agency in
 * brackets takes no part.
 */
static size_t
dateline(const struct sent *st)
{
	size_t k;

	for (k = 1; k < st->ntok && k < 16; k++) {
		/* "KANO - ": a hyphen for a dash after a place in
		 * capitals, or after the agency's bracket. */
		if (tis(st, k, "--") || uc_is_dash(tfirst(st, k)) ||
		    (tis(st, k, "-") && (tis(st, k - 1, ")") ||
		    (st->tv[k].start > st->tv[k - 1].end &&
		    (caps_before(st, k) || (caps_before(st, 1) &&
		    tis(st, 1, ",")))))))
			return k;
		/* "MUMBAI: The state government ...", in capitals. */
		if (tis(st, k, ":") && k < 4 && caps_before(st, k))
			return k;
		/* The day of a wire's dateline: "LONDON, March 3 (Reuters) -",
		 * and its year: "BOSTON, March 3, 2027 /PRNewswire/ --". */
		if (tis_word(st, k) ? !tis_cap(st, k) &&
		    !((tlen(st, k) <= 2 || (tlen(st, k) == 4 &&
		    tis(st, k - 1, ","))) && uc_is_digit(tfirst(st, k))) :
		    !tis(st, k, "/") && !tis(st, k, ",") && !tis(st, k, ".") &&
		    !tis(st, k, "(") && !tis(st, k, ")"))
			return 0;
	}
	return 0;
}

/*
 * Nonzero when token k follows a locative, directly or past "the" or a
 * part of a region: "in Leeds", "in the Gaza Strip", "in central Leeds".
 */
static int
after_locative(const struct sent *st, size_t k)
{
	static const char *const parts[] = { "the", "central", "northern",
	    "southern", "eastern", "western", "north", "south", "east", "west",
	    "northeastern", "northwestern", "southeastern", "southwestern",
	    "north-east", "north-west", "south-east", "south-west", "downtown",
	    "rural", "suburban", "greater", "nearby", "neighbouring",
	    "neighboring", "coastal", "upstate", "inner", "outer", NULL };

	if (k > 1 && tin(st, k - 1, parts) && !tis_cap(st, k - 1))
		k--;
	return k > 0 && tin(st, k - 1, locatives);
}

/*
 * Nonzero when place mention m is no dateline, object or modifier: not
 * after a preposition, also past "the" ("waters on the Mississippi").
 */
static int
place_acts(const struct sent *st, const struct mention *m)
{
	if (m->t1 <= dateline(st))
		return 0;
	if (m->t0 > 0 && (after_locative(st, m->t0) ||
	    tin(st, m->t0 - 1, preps) || tis_poss(st, m->t0 - 1) ||
	    (m->t0 > 1 && tis(st, m->t0 - 1, "the") &&
	    tin(st, m->t0 - 2, preps) && !tis(st, m->t0 - 2, "and") &&
	    !tis(st, m->t0 - 2, "or"))))
		return 0;
	/* No place takes "a": "A Brentwick councillor has resigned". */
	if (m->t0 > 0 && (tis(st, m->t0 - 1, "a") || tis(st, m->t0 - 1, "an")))
		return 0;
	if (m->t1 < st->ntok && (tis_cap(st, m->t1) || tis_poss(st, m->t1)))
		return 0;
	return 1;
}

/*
 * Nonzero when the place that ends before token k closes a place phrase
 * ("in Leeds, England, on Monday"), so that it reads as part of "City,
 * Region" after a comma, not as the subject of a new clause ("In Hong
 * Kong, China said"; "Lubumbashi, Zaire's second city").
 */
static int
closes_place(const struct sent *st, size_t k)
{
	static const char *const after[] = { "on", "in", "at", "for", "since",
	    "and", "or", "to", "where", "after", "before", "when", "with",
	    "while", "during", "from", "by", "as", "until", "last", "this",
	    "next", "earlier", "later", NULL };

	if (k >= st->ntok)
		return 1;
	if (tis_poss(st, k))
		return 0;
	if (!tis_word(st, k))
		return 1;
	return !tis_cap(st, k) && tin(st, k, after);
}

/*
 * The entities of sentence st that take part: people, organisations, and
 * places that act ("X denied"), i.e. not after a preposition and not a
 * modifier ("U.S. Secretary").
 */
static size_t
event_who(struct work *w, const struct sent *st, const struct entity **who)
{
	static const char *const links[] = { "and", "or", NULL };
	const struct mention *m;
	const struct entity *e;
	size_t i, k, n = 0, last_end = (size_t)-1, quiet_end = (size_t)-1;

	for (i = st->m0; i < st->m0 + st->nm; i++) {
		m = &w->mv[i];
		e = &w->ev[m->ent];
		/* No MISC, and no entity left out of the list (id 0). */
		if (e->type == TY_MISC || e->id == 0 || m->t1 <= dateline(st))
			continue;
		/*
		 * A place joined by "and" to one that takes part takes part:
		 * "Both Armenia and Azerbaijan reported"; one after a comma
		 * that ends a place that takes none takes none: "Name, of
		 * Bolton Road, Bury, was ...".
		 */
		if (e->type == TY_LOC && ((m->t0 >= 1 &&
		    quiet_end == m->t0 - 1 && tis(st, m->t0 - 1, ",") &&
		    closes_place(st, m->t1)) ||
		    (!place_acts(st, m) && !(m->t0 >= 1 &&
		    last_end == m->t0 - 1 && tin(st, m->t0 - 1, links))))) {
			quiet_end = m->t1;
			continue;
		}
		last_end = m->t1;
		for (k = 0; k < n && who[k] != e; k++)
			continue;
		if (k == n)
			who[n++] = e;
	}
	/*
	 * The speaker of a statement whose cue is in the sentence takes
	 * part, also when only described: "The company said on Friday it
	 * had ..."; in the order of the text.  Not a place: "officials in
	 * Jammu said" is no statement of Jammu's, and a place that speaks
	 * as the subject ("Iran said") is named above.
	 */
	for (i = 0; i < w->nq; i++) {
		const struct qfact *qf = &w->qv[i];
		size_t p, j;

		if (!qf->q->has_cue || qf->q->cue_end <= st->s->start ||
		    qf->q->cue_end > st->s->end || qf->ent == (size_t)-1 ||
		    qf->q->cue == NULL || w->ev[qf->ent].id == 0 ||
		    w->ev[qf->ent].type == TY_MISC ||
		    w->ev[qf->ent].type == TY_LOC)
			continue;
		e = &w->ev[qf->ent];
		for (k = 0; k < n && who[k] != e; k++)
			continue;
		if (k < n)
			continue;
		for (p = 0; qf->q->has_sp && p < n; p++) {
			for (j = st->m0; j < st->m0 + st->nm &&
			    &w->ev[w->mv[j].ent] != who[p]; j++)
				continue;
			if (j < st->m0 + st->nm &&
			    w->mv[j].dstart > qf->q->sp_start)
				break;
		}
		memmove(who + p + 1, who + p, (n - p) * sizeof(*who));
		who[p] = e;
		n++;
	}
	return n;
}

/*
 * The token after the "who" that opens the relative clause about someone
 * that token k is in, or 0: "Mayor Name, who grew up in Dubuque, said".
 */
static size_t
relative_at(const struct sent *st, size_t k)
{
	static const char *const rels[] = { "who", "whose", "whom", NULL };

	while (k-- > 1) {
		if (tis(st, k, ",") || tis(st, k, ";") || tis(st, k, "("))
			return 0;
		if (tin(st, k, rels) && tis(st, k - 1, ","))
			return k + 1;
	}
	return 0;
}

/*
 * Nonzero when token k is in a relative clause that tells of a person, not
 * of the event: it names no date ("who grew up in Dubuque"), unlike "who
 * flew to a rally Monday in Springfield" or "who have fought in Nepal
 * since 1996".
 */
static int
in_background(const struct sent *st, size_t k)
{
	size_t rel = relative_at(st, k), i, t, j;

	if (rel == 0)
		return 0;
	for (i = 0; i < st->nx; i++) {
		if (st->xv[i].value == NULL ||
		    text_off(st->s, st->xv[i].start, &t) != 0)
			continue;
		for (j = 0; j < st->ntok && st->tv[j].end <= t; j++)
			continue;
		if (j < st->ntok && relative_at(st, j) == rel)
			return 0;
	}
	return 1;
}

/*
 * The places of sentence st named after "in", "to", "near" ..., and the
 * places joined to one of them by "and", "or" or a comma ("in Europe and
 * Asia", "in Leeds, England").
 */
static size_t
event_where(struct work *w, const struct sent *st, const struct entity **where)
{
	static const char *const links[] = { "and", "or", ",", NULL };
	const struct mention *m;
	const struct entity *e;
	size_t i, k, n = 0, last_end = (size_t)-1;

	for (i = st->m0; i < st->m0 + st->nm; i++) {
		m = &w->mv[i];
		e = &w->ev[m->ent];
		if (e->type != TY_LOC || (m->t1 > dateline(st) &&
		    !after_locative(st, m->t0) && !(m->t0 >= 1 &&
		    last_end == m->t0 - 1 && tin(st, m->t0 - 1, links) &&
		    (!tis(st, m->t0 - 1, ",") || closes_place(st, m->t1)))) ||
		    (m->t1 > dateline(st) && in_background(st, m->t0)))
			continue;
		last_end = m->t1;
		for (k = 0; k < n && where[k] != e; k++)
			continue;
		if (k == n)
			where[n++] = e;
	}
	return n;
}

static void
jsonl_event(struct work *w, const struct document *d, struct buf *out,
    const struct sent *st, const char *day, const struct entity **tmp)
{
	size_t i, n;

	open_fact(out, d, "event");
	put_day(out, "date", day);
	put_str(out, "text", st->s->text, st->s->text_len);
	put_key(out, "who");
	buf_addc(out, '[');
	n = event_who(w, st, tmp);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(out, ',');
		put_id(out, tmp[i]->id);
	}
	buf_addc(out, ']');
	put_key(out, "where");
	buf_addc(out, '[');
	n = event_where(w, st, tmp);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(out, ',');
		json_put_string(out, w->fv[tmp[i]->canon].text,
		    w->fv[tmp[i]->canon].len);
	}
	buf_addc(out, ']');
	put_key(out, "sent");
	json_put_size(out, st->s->sent);
	buf_adds(out, "}\n");
}

static void
jsonl_timex(const struct document *d, struct buf *out, const struct tfact *t)
{
	const struct timex *x = t->x;

	open_fact(out, d, "timex");
	put_str(out, "text", x->text, strlen(x->text));
	put_str(out, "value", x->value, strlen(nz(x->value)));
	put_str(out, "type", x->type, strlen(x->type));
	if (x->mod != NULL)
		put_str(out, "mod", x->mod, strlen(x->mod));
	put_key(out, "count");
	json_put_size(out, t->n);
	buf_adds(out, "}\n");
}

/* The plain-text table. */

/* Append s, with line breaks and tabs as spaces, cut to max bytes. */
static void
table_text(struct buf *out, const char *s, size_t len, size_t max)
{
	size_t i, cut = len;
	int more = 0;

	if (len > max) {
		cut = max;
		/* Never cut inside a UTF-8 sequence. */
		while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
		more = 1;
	}
	for (i = 0; i < cut; i++)
		buf_addc(out, s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ?
		    ' ' : s[i]);
	if (more)
		buf_adds(out, "...");
}

static void
table_entity(struct work *w, struct buf *out, const struct entity *e)
{
	const struct form *const *av = e->al;
	const struct form *c = &w->fv[e->canon];
	size_t i, n = e->nal;

	buf_printf(out, "  E%-4zu %-7s %3zu  ", e->id, type_name[e->type], e->n);
	table_text(out, c->text, c->len, 80);
	if (e->title != NULL) {
		buf_adds(out, " -- ");
		table_text(out, e->title, e->title_len, 80);
	}
	for (i = 0; i < n; i++) {
		buf_adds(out, i == 0 ? " (also: " : ", ");
		table_text(out, av[i]->text, av[i]->len, 80);
	}
	buf_adds(out, n > 0 ? ")\n" : "\n");
}

static void
table_quote(struct work *w, struct buf *out, const struct qfact *qf)
{
	const struct quote *q = qf->q;
	const struct entity *e = qf->ent != (size_t)-1 ? &w->ev[qf->ent] : NULL;

	buf_printf(out, "  #%-4zu %-10s ", w->sv[qf->si].s->sent,
	    qf->day ? "" : "-");
	if (qf->day != NULL) {
		out->len -= 11;
		buf_add(out, qf->day, 10);
		buf_addc(out, ' ');
	}
	if (e != NULL) {
		table_text(out, w->fv[e->canon].text, w->fv[e->canon].len, 60);
		buf_printf(out, " (E%zu)", e->id);
	} else if (q->speaker != NULL)
		table_text(out, q->speaker, strlen(q->speaker), 60);
	else
		buf_adds(out, "(unknown)");
	buf_printf(out, " %s", nz(q->cue));
	if (qf->to != NULL) {
		buf_adds(out, " -> ");
		table_text(out, qf->to, qf->to_len, 60);
	}
	buf_printf(out, " [%s]\n        \"", nz(q->kind));
	table_text(out, q->text, strlen(q->text), 200);
	buf_adds(out, "\"\n");
	if (qf->clause != NULL) {
		buf_adds(out, "        in \"");
		table_text(out, qf->clause, qf->clause_len, 200);
		buf_adds(out, "\"\n");
	}
}

static void
table_event(struct work *w, struct buf *out, const struct sent *st,
    const char *day, const struct entity **tmp)
{
	size_t i, n;

	buf_add(out, "  ", 2);
	buf_add(out, day, 10);
	buf_printf(out, "  #%zu", st->s->sent);
	n = event_who(w, st, tmp);
	for (i = 0; i < n; i++) {
		buf_adds(out, i == 0 ? "  who: " : ", ");
		table_text(out, w->fv[tmp[i]->canon].text,
		    w->fv[tmp[i]->canon].len, 60);
	}
	n = event_where(w, st, tmp);
	for (i = 0; i < n; i++) {
		buf_adds(out, i == 0 ? "  where: " : ", ");
		table_text(out, w->fv[tmp[i]->canon].text,
		    w->fv[tmp[i]->canon].len, 60);
	}
	buf_adds(out, "\n        ");
	table_text(out, st->s->text, st->s->text_len, 200);
	buf_addc(out, '\n');
}

static void
table_timex(struct buf *out, const struct tfact *t)
{
	buf_adds(out, "  ");
	table_text(out, t->x->text, strlen(t->x->text), 40);
	buf_printf(out, "  =  %s %s", nz(t->x->value), t->x->type);
	if (t->x->mod != NULL)
		buf_printf(out, " (%s)", t->x->mod);
	buf_printf(out, "  x%zu\n", t->n);
}

int
facts_document(const struct facts *f, const struct document *d,
    struct buf *out, int format)
{
	struct work w;
	struct entity **order;
	const struct entity **tmp;
	struct qfact *qv;
	struct tfact *tv;
	const char *days[8];
	size_t i, k, j, n, nq = 0, qcap = 0, nt, nd, e2;
	int table = format == FACTS_TABLE, evhead = 0, dl;

	memset(&w, 0, sizeof(w));
	w.f = f;
	w.a = d->arena;
	buf_init(&w.tmp);
	json_obj_init(&w.obj);
	read_document(&w, d);
	split_nested(&w);
	strip_common_words(&w);
	drop_headlines(&w);
	sort_mentions(&w);
	cluster(&w);
	find_titles(&w);
	qv = NULL;
	for (i = 0; i < w.ns; i++)
		for (k = 0; k < w.sv[i].nq; k++) {
			struct qfact *qf;

			qv = grow(w.a, qv, nq, &qcap, sizeof(*qv));
			qf = &qv[nq++];
			qf->q = &w.sv[i].qv[k];
			qf->si = i;
			qf->ent = speaker_of(&w, qf->q);
			qf->to = told_whom(&w, qf->q, i, &qf->to_len);
			qf->day = quote_day(&w, qf->q, i, qf->ent);
			qf->clause = NULL;
			qf->clause_len = 0;
			/* Two people said it together: a fact for each. */
			if ((e2 = second_speaker(&w, qf->q, qf->ent)) !=
			    (size_t)-1) {
				qv = grow(w.a, qv, nq, &qcap, sizeof(*qv));
				qv[nq] = qv[nq - 1];
				qv[nq++].ent = e2;
			}
		}
	nq = drop_wrapping_indirect(w.a, qv, nq);
	w.qv = qv;
	w.nq = nq;
	order = number_entities(&w, &n);
	/* A speaker whose entity was left out (set_title) is named alone. */
	for (i = 0; i < nq; i++)
		if (qv[i].ent != (size_t)-1 && w.ev[qv[i].ent].id == 0)
			qv[i].ent = (size_t)-1;
	list_aliases(&w);
	tv = group_timex(&w, &nt);
	tmp = arena_calloc(w.a, w.ne ? w.ne : 1, sizeof(*tmp));
	if (table) {
		buf_adds(out, "== ");
		table_text(out, d->doc, d->doc_len, 200);
		buf_adds(out, " ==\n");
		if (n > 0)
			buf_adds(out, "Entities\n");
	}
	for (i = 0; i < n; i++)
		if (table)
			table_entity(&w, out, order[i]);
		else
			jsonl_entity(&w, d, out, order[i]);
	if (table && nq > 0)
		buf_adds(out, "Quotes\n");
	for (i = 0; i < nq; i++)
		if (table)
			table_quote(&w, out, &qv[i]);
		else
			jsonl_quote(&w, d, out, &qv[i]);
	for (i = 0; i < w.ns; i++) {
		const struct sent *st = &w.sv[i];

		/*
		 * One event per day the sentence names; the day of a wire's
		 * dateline only when it names no other.
		 */
		for (dl = 0, j = 0; j < st->nx; j++)
			if (timex_day(&st->xv[j]) != NULL)
				dl |= in_dateline(st, &st->xv[j]) ? 1 : 2;
		for (nd = 0, j = 0; j < st->nx && nd < 8; j++) {
			const char *day = timex_day(&st->xv[j]);

			if (day == NULL || (dl == 3 &&
			    in_dateline(st, &st->xv[j])))
				continue;
			for (k = 0; k < nd && memcmp(days[k], day, 10) != 0; k++)
				continue;
			if (k == nd)
				days[nd++] = day;
		}
		for (j = 0; j < nd; j++) {
			if (table && !evhead++)
				buf_adds(out, "Events\n");
			if (table)
				table_event(&w, out, st, days[j], tmp);
			else
				jsonl_event(&w, d, out, st, days[j], tmp);
		}
	}
	if (table && nt > 0)
		buf_adds(out, "Dates\n");
	for (i = 0; i < nt; i++)
		if (table)
			table_timex(out, &tv[i]);
		else
			jsonl_timex(d, out, &tv[i]);
	buf_free(&w.tmp);
	toks_free(&w.toks);
	json_obj_free(&w.obj);
	return 0;
}
