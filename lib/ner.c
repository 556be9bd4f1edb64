#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mem.h"
#include "ner.h"
#include "tok.h"
#include "utf8.h"

#define NT	NER_NTAGS

/* A cache hint where the compiler has one; nothing changes without it. */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p)	__builtin_prefetch(p)
#else
#define PREFETCH(p)	((void)(p))
#endif

/*
 * The feature set this code computes.  A model records it and is refused
 * when it differs, since hashed features cannot be checked one by one.
 */
#define NER_FEATSET	4

/* Gazetteer classes (bits of struct gaz values). */
enum {
	GZ_COUNTRY, GZ_CITY, GZ_BIGCITY, GZ_STATE, GZ_DEMONYM, GZ_GIVEN,
	GZ_ORGLEGAL, GZ_ORGHEAD, GZ_TITLE, GZ_N
};

static const char *const gz_names[GZ_N] = {
	"country", "city", "bigcity", "state", "demonym", "given",
	"orglegal", "orghead", "title"
};

/* Longest gazetteer phrase in tokens; longer entries are skipped. */
#define GZ_MAXTOK	6

/* Feature templates: each feature key is a hash of a template and a value. */
enum {
	T_BIAS = 1, T_W, T_L, T_S, T_SS, T_PRE, T_SUF, T_LM1, T_LP1, T_LM2,
	T_LP2, T_SSM1, T_SSP1, T_SS3, T_LLM1, T_LLP1, T_SM1, T_SP1, T_GPOS,
	T_GCM1, T_GCP1, T_INIT, T_AC, T_ACL, T_MEM, T_MEMSS, T_MEMM1,
	T_MEMP1, T_LM1SS, T_SSLP1,
	T_FREE1, T_FREE2, T_FREE3,	/* unused: keep the numbers below */
	T_MEMANY, T_DOCGZ, T_WM1, T_WP1, T_LLM2, T_LLP2, T_SUFM1, T_SUFP1,
	T_TAB, T_TABG
};

/* Most features a token can have (the gazetteer ones are bounded by GZ_N). */
#define MAXFEAT	(64 + 4 * GZ_N * 3)

/*
 * Memory slots: the 4 types, then "capitalized but outside any entity",
 * then "last word of a person named with a given name" (not a feature:
 * read by surname_retag()), then "a team's name after its city" (read by
 * nickname_retag()).
 */
#define MEM_O		NER_NTYPES
#define MEM_SURNAME	(NER_NTYPES + 1)
#define MEM_TEAM	(NER_NTYPES + 2)
#define MEM_SLOTS	(NER_NTYPES + 3)

/* Gazetteer classes of towns and cities. */
#define GZ_CITIES	((1u << GZ_CITY) | (1u << GZ_BIGCITY))
/* Gazetteer classes of places and peoples: such a word is no surname. */
#define GZ_PLACES	((1u << GZ_COUNTRY) | GZ_CITIES | (1u << GZ_STATE) | \
			 (1u << GZ_DEMONYM))

extern const char data_ner_gaz[];
extern const size_t data_ner_gaz_len;
extern const char data_ner_titles[];
extern const size_t data_ner_titles_len;
extern const char data_ner_regions[];
extern const size_t data_ner_regions_len;
extern const char data_ner_orgs[];
extern const size_t data_ner_orgs_len;
extern const char data_ner_model[];
extern const size_t data_ner_model_len;

/* Hash table from 64-bit keys (never 0) to 32-bit values. */
struct htab {
	uint64_t	*keys;		/* 0 = empty slot */
	uint32_t	*vals;		/* value of each slot */
	size_t		 cap;		/* slots, a power of two */
	size_t		 n;		/* keys stored */
};

/*
 * Phrase hash -> class bits, and GZ_PREFIX when the phrase is also a
 * proper prefix of a longer one: one probe answers both questions.
 */
struct gaz {
	struct htab	 t;		/* phrase hash -> bits */
};

#define GZ_PREFIX	(1u << 31)

/*
 * Tagging reads a packed copy of the weights: one probe finds a feature
 * and its non-zero weights lie together, so a feature costs about two
 * cache misses instead of four.  A feature with few weights (most of them:
 * 3.4 of 17 on average) keeps them as tag:weight pairs; one with many (the
 * frequent ones a token meets, 12.8 on average) keeps a dense row that is
 * added with a few vector adds.  Adding the zeros of a dense row changes
 * no sum, so both forms score the same.  A dense row holds the weights of
 * tags 0-15 in one aligned cache line (pd) and that of tag 16 apart (px,
 * 4 bytes a row, small enough to stay in cache): one line a feature, where
 * 17 floats side by side would mostly straddle two.
 */
struct pslot {
	uint64_t	 key;		/* feature key, 0 = empty */
	uint32_t	 off;		/* first entry in pe, or row of pd */
	uint32_t	 n;		/* entries, or PDENSE */
};

/* A slot whose weights are a dense row of pd. */
#define PDENSE		UINT32_MAX
/* Features with more non-zero weights than this get a dense row. */
#define PSPARSE_MAX	4
/* Floats of a sum of weights: NT padded with zeros to a multiple of 4. */
#define NTP		20
_Static_assert(NTP == 20 && NTP >= NT, "NTP is NT rounded up to 4 floats");
/* Floats of a row of pd: one cache line of 64 bytes. */
#define PD_ROW		16
_Static_assert(NT == PD_ROW + 1, "a dense row is a line of pd and a float of px");

struct pent {
	float		 w;		/* weight */
	uint32_t	 tag;		/* of this tag */
};

struct ner_model {
	struct htab	 ft;		/* feature key -> row of w */
	float		*w;		/* rows of NT weights */
	size_t		 nrows;		/* rows used */
	float		 trans[NT * NT]; /* from x to */
	float		 start[NT];	/* first tag */
	float		 end[NT];	/* last tag */
	struct gaz	 gz;		/* gazetteers */
	struct gaz	 rg;		/* regions, read by rules only */
	struct gaz	 og;		/* organisations, read by rules only */
	struct pslot	*ps;		/* packed index for tagging, or NULL */
	size_t		 pscap;		/* slots, a power of two */
	struct pent	*pe;		/* non-zero weights, row after row */
	float		*pd;		/* dense rows: weights of tags 0-15 */
	float		*px;		/* dense rows: weight of tag 16 */
	uint64_t	*bloom;		/* filter of the keys in ps */
	size_t		 bloommask;	/* words in bloom - 1 */
};

/* What the feature functions know about one token. */
struct tokinfo {
	const char	*w;		/* the word */
	size_t		 len;		/* bytes of w */
	size_t		 foff;		/* its folded form in struct prep.fold */
	size_t		 flen;		/* bytes of the folded form */
	uint64_t	 hw;		/* hash of w */
	uint64_t	 hl;		/* hash of the folded form */
	uint64_t	 hs;		/* hash of the shape */
	uint64_t	 hss;		/* hash of the short shape */
	uint64_t	 pre[4];	/* hashes of prefixes of 1-4 chars, 0 if none */
	uint64_t	 suf[4];	/* same for suffixes */
	uint64_t	 gpos;		/* bit 4 * class + BILU position */
	unsigned	 gcls;		/* classes covering the token */
	int		 cap;		/* first letter upper case */
	int		 initial;	/* no word before it in the sentence */
	int		 mem;		/* memory type, -1 if none */
	unsigned	 memany;	/* bit per type the memory has seen */
	int		 team;		/* the memory has it as a team's name */
	unsigned char	 docgz[GZ_N];	/* type the document gave class k, + 1 */
};

/* Scratch for one sentence. */
struct prep {
	struct tokinfo	*ti;		/* tokens */
	size_t		 cap;		/* tokinfo allocated */
	size_t		 n;		/* tokens used */
	int		 allcaps;	/* the line is in capitals */
	int		 table;		/* many numbers: a results table row */
	struct buf	 fold;		/* folded words, back to back */
	struct buf	 upper;		/* words of a title-case line in capitals */
	struct tokwc	*wc;		/* per token, cap allocated */
	struct wcent	*cache;		/* WC_SIZE entries, or NULL: no cache */
};

/* The document memory: folded-word hash -> counts per type. */
struct memory {
	struct htab	 idx;		/* key -> index into cnt */
	uint16_t	(*cnt)[MEM_SLOTS]; /* counts */
	unsigned	 gz[GZ_N][NER_NTYPES + 1]; /* types given to each gazetteer class */
	size_t		 n;		/* entries */
	size_t		 cap;		/* entries allocated */
	size_t		 teams;		/* teams' names remembered (MEM_TEAM) */
};

/*
 * A cache of what a word alone gives, for the frequent words (most tokens
 * of news are words met before): a direct-mapped table keyed by the
 * word's bytes.  An entry keeps what word_info(), has_alnum(),
 * count_case() and the gazetteer say of the word alone, which
 * prep_words() copies instead of computing (many short loops, hard on
 * branch prediction), and the sum of the weights of the token's first
 * features (word_nfeat()), which depend on the word alone.  The cached
 * sums are the very floats the additions gave, so a token scores the same
 * with or without them.
 */
#ifndef WC_SIZE
#define WC_SIZE		8192	/* entries, a power of two */
#endif
#define WC_MAXW		22	/* longest word cached, in bytes */

struct wcent {
	uint64_t	 hw;		/* hash of the word */
	uint64_t	 hl, hs, hss;	/* as in struct tokinfo */
	uint64_t	 pre[4], suf[4];
	uint32_t	 gz1;		/* gazetteer bits of the word alone */
	unsigned char	 len;		/* bytes of word, 0 = empty */
	unsigned char	 cap;		/* tokinfo.cap */
	unsigned char	 alnum;		/* has_alnum() */
	unsigned char	 up, lo;	/* count_case() */
	char		 word[WC_MAXW];	/* the word */
	float		 acc[NTP];	/* sums of the word features' weights */
};

/* A token's view of the cache. */
struct tokwc {
	struct wcent	*e;		/* entry of its word, NULL: not cached */
	uint32_t	 gz1;		/* gazetteer bits of the word alone */
	unsigned char	 hit;		/* e holds its word */
	unsigned char	 alnum;		/* has_alnum() */
	unsigned char	 up, lo;	/* count_case() */
};

/* Tokens whose slots are fetched before those of a token are looked up. */
#ifndef SCORE_AHEAD
#define SCORE_AHEAD	2
#endif

/* The feature keys of a sentence and the slots they hit. */
struct fscratch {
	uint64_t	*key;		/* keys, token after token */
	const struct pslot **hit;	/* slots found: token i's from off[i] */
	size_t		*off;		/* first key of token i; off[n] = end */
	size_t		*hend;		/* past the last hit of token i */
	size_t		*kend;		/* past token i's keys the filter let by */
	size_t		*wend;		/* past the keys of token i's word features */
	size_t		*hword;		/* past the hits of token i's word features */
	unsigned char	*store;		/* snap[i] is to be stored in the cache */
	float		*snap;		/* sums of token i's word features */
	size_t		 cap;		/* keys allocated */
	size_t		 tcap;		/* tokens allocated */
};

/*
 * Whole-document mode (ner_doc_begin()): every span of the document, and
 * what the pass after its last sentence needs to let a later full name
 * correct an earlier short mention of it.
 */
struct dspan {
	struct ner_span	 sp;		/* the span, offsets into its sentence */
	size_t		 sent;		/* its sentence */
	uint64_t	 klast;		/* folded hash of its last word; 0: one word */
	uint64_t	 kinit;		/* hash of its initials ("nsw"); 0: none */
	uint64_t	 hl;		/* one word: its folded hash */
	uint64_t	 khead;		/* folded hash of its first word */
	int		 place;		/* one word of the place gazetteers */
	int		 caps;		/* one word in capitals ("NSW") */
	int		 multi;		/* two words or more */
	int		 given;		/* a person's, opening with a given name */
};

/* An untagged capitalised word of the first two sentences. */
struct dcand {
	size_t		 sent, start, end; /* where, offsets into its sentence */
	uint64_t	 hl;		/* folded hash */
	uint64_t	 prev;		/* the untagged capitalised word before, 0: none */
	size_t		 pstart;	/* where it starts */
	int		 ptitle;	/* it is a title ("Rep") */
	int		 pgiven;	/* it is a given name */
	size_t		 pspan;		/* 1 + its span, a person's; 0: untagged */
	int		 caps;		/* in capitals ("NSW") */
	int		 used;		/* the document uses the word otherwise */
};

#define DOC_CANDS	64	/* untagged candidates kept, at most */
/* Initials and last words share a table: initials' keys are marked. */
#define INIT_KEY(h)	(((h) | 1) ^ 0x5bd1e994u)

struct docpass {
	struct dspan	*ds;		/* spans in document order */
	size_t		 nds, dscap;
	struct dcand	 dc[DOC_CANDS];	/* untagged candidates */
	size_t		 ndc;
	uint64_t	 dcmask;	/* bit (hl & 63) of each candidate */
	size_t		 nsent;		/* sentences added */
	size_t		*first;		/* spans of sentence i: [first[i], first[i+1]) */
	size_t		 fcap;
	struct htab	 longs;		/* key -> 1 + index of first long form */
	struct ner_span	*out;		/* spans of one sentence, for the caller */
	size_t		 ocap;
};

struct ner_tagger {
	const struct ner_model *m;	/* model, borrowed */
	struct memory	 mem;		/* document memory */
	struct prep	 p;		/* token scratch */
	struct toks	 toks;		/* tokens of the sentence */
	struct fscratch	 fs;		/* feature keys and hits */
	float		*emit;		/* n * NT scores */
	float		*fscr;		/* Viterbi scores */
	unsigned char	*bscr;		/* Viterbi back pointers */
	unsigned char	*tags;		/* best tags */
	size_t		 scap;		/* tokens the arrays above hold */
	struct ner_span	*spans;		/* result */
	size_t		 nspans;	/* spans used */
	size_t		 spcap;		/* spans allocated */
	const char	**words;	/* word pointers */
	size_t		*wlens;		/* word lengths */
	struct docpass	*doc;		/* whole-document mode, or NULL */
};

struct ner_corpus {
	char		*pool;		/* words, NUL-separated */
	size_t		 poollen;	/* bytes used */
	size_t		 poolcap;	/* bytes allocated */
	size_t		*woff;		/* offset of each token's word */
	unsigned char	*gold;		/* BILOU tag of each token */
	size_t		 ntok;		/* tokens */
	size_t		 tokcap;	/* tokens allocated */
	size_t		*sent;		/* first token of each sentence, + end */
	size_t		 nsent;		/* sentences */
	size_t		 sentcap;	/* sentences allocated */
	size_t		*doc;		/* first sentence of each document, + end */
	size_t		 ndoc;		/* documents */
	size_t		 doccap;	/* documents allocated */
};

/* Hashing. */

#define FNV_INIT	1469598103934665603ULL
#define FNV_PRIME	1099511628211ULL

static uint64_t
fnv(uint64_t h, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV_PRIME;
	}
	return h;
}

static uint64_t
mix(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

/* The key of a feature: template t, value h.  Never 0. */
static uint64_t
fkey(unsigned t, uint64_t h)
{
	return mix(h + (uint64_t)t * 0x9E3779B97F4A7C15ULL) | 1;
}

static uint64_t
pair(uint64_t a, uint64_t b)
{
	return mix(a) * 31 + b;
}

/* Hash tables. */

static void
htab_init(struct htab *t, size_t n)
{
	for (t->cap = 16; t->cap < n * 2; t->cap *= 2)
		continue;
	t->keys = xcalloc(t->cap, sizeof(*t->keys));
	t->vals = xcalloc(t->cap, sizeof(*t->vals));
	t->n = 0;
}

static void
htab_free(struct htab *t)
{
	free(t->keys);
	free(t->vals);
	t->keys = NULL;
	t->vals = NULL;
	t->cap = t->n = 0;
}

/* The slot of key: where it is, or the empty slot where it would go. */
static size_t
htab_slot(const struct htab *t, uint64_t key)
{
	size_t i = (size_t)(key ^ (key >> 32)) & (t->cap - 1);

	while (t->keys[i] != 0 && t->keys[i] != key)
		i = (i + 1) & (t->cap - 1);
	return i;
}

/* The value of key, or -1. */
static int64_t
htab_get(const struct htab *t, uint64_t key)
{
	size_t i;

	if (t->cap == 0)
		return -1;
	i = htab_slot(t, key);
	return t->keys[i] == key ? (int64_t)t->vals[i] : -1;
}

/* A pointer to the value of key, inserted as 0 when new. */
static uint32_t *
htab_put(struct htab *t, uint64_t key)
{
	struct htab old;
	size_t i, k;

	if ((t->n + 1) * 2 > t->cap) {
		old = *t;
		htab_init(t, old.cap);
		for (k = 0; k < old.cap; k++)
			if (old.keys[k] != 0) {
				i = htab_slot(t, old.keys[k]);
				t->keys[i] = old.keys[k];
				t->vals[i] = old.vals[k];
				t->n++;
			}
		htab_free(&old);
	}
	i = htab_slot(t, key);
	if (t->keys[i] == 0) {
		t->keys[i] = key;
		t->vals[i] = 0;
		t->n++;
	}
	return &t->vals[i];
}

/* Folding and word properties. */

/* Append the lower-case form of w to out. */
static void
fold(struct buf *out, const char *w, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;
	char enc[4], *d;

	/* Most words are ASCII: copy, then lower in place. */
	while (i < len && (unsigned char)w[i] < 0x80)
		i++;
	if (i == len) {
		buf_add(out, w, len);
		for (d = out->data + out->len - len; d < out->data + out->len; d++)
			if (*d >= 'A' && *d <= 'Z')
				*d += 32;
		return;
	}
	i = 0;
	while (i < len) {
		if ((unsigned char)w[i] < 0x80) {
			buf_addc(out, w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
			i++;
			continue;
		}
		if ((n = utf8_decode(w + i, len - i, &cp)) == 0) {
			buf_addc(out, w[i]);
			i++;
			continue;
		}
		buf_add(out, enc, utf8_encode(uc_tolower(cp), enc));
		i += n;
	}
}

/* The shape class of a code point: X, x, d, or the ASCII mark itself. */
static int
shape_class(uint32_t cp)
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z')
			return 'X';
		if (cp >= 'a' && cp <= 'z')
			return 'x';
		if (cp >= '0' && cp <= '9')
			return 'd';
		return (int)cp;
	}
	if (uc_is_upper(cp))
		return 'X';
	if (uc_is_letter(cp))
		return 'x';
	if (uc_is_open_quote(cp) || uc_is_close_quote(cp))
		return '"';
	if (uc_is_dash(cp))
		return '-';
	return 'o';
}

/* Fill the word features of ti from ti->w; ti->hw is set already. */
static void
word_info(struct tokinfo *ti, struct buf *foldbuf)
{
	const char *w = ti->w;
	size_t len = ti->len, i = 0, n, nch = 0, k, run = 0;
	size_t ends[64];
	uint64_t hs = FNV_INIT, hss = FNV_INIT;
	uint32_t cp;
	int c, last = -1, first = -1;

	ti->foff = foldbuf->len;
	fold(foldbuf, w, len);
	ti->flen = foldbuf->len - ti->foff;
	ti->hl = fnv(FNV_INIT, foldbuf->data + ti->foff, ti->flen);
	while (i < len) {
		if ((unsigned char)w[i] < 0x80) {
			n = 1;
			cp = (unsigned char)w[i];
		} else if ((n = utf8_decode(w + i, len - i, &cp)) == 0) {
			n = 1;
			cp = 0xFFFD;
		}
		c = shape_class(cp);
		if (first < 0)
			first = c;
		if (c == last)
			run++;
		else
			run = 1;
		if (run <= 4) {
			hs ^= (unsigned)c;
			hs *= FNV_PRIME;
		}
		if (run == 1) {
			hss ^= (unsigned)c;
			hss *= FNV_PRIME;
		}
		last = c;
		if (nch < 64)
			ends[nch] = i + n;
		nch++;
		i += n;
	}
	ti->hs = hs;
	ti->hss = hss;
	ti->cap = first == 'X';
	for (k = 0; k < 4; k++) {
		ti->pre[k] = ti->suf[k] = 0;
		if (nch > k + 1 && nch <= 64) {
			ti->pre[k] = fnv(FNV_INIT + k, w, ends[k]);
			ti->suf[k] = fnv(FNV_INIT + 7 * k, w + ends[nch - k - 2],
			    len - ends[nch - k - 2]);
		}
	}
}

/* Gazetteers. */

/* Add every phrase of a data file (phrase or phrase<TAB>class). */
static void
gaz_add(struct gaz *g, const char *text, size_t len, int defcls)
{
	const char *p = text, *end = text + len, *nl, *tab;
	struct toks tk = TOKS_INIT;
	struct buf fb;
	size_t k, plen;
	uint64_t h;
	int cls;

	buf_init(&fb);
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl == p || p[0] == '#')
			continue;
		tab = memchr(p, '\t', (size_t)(nl - p));
		plen = tab ? (size_t)(tab - p) : (size_t)(nl - p);
		cls = defcls;
		if (tab != NULL)
			for (k = 0; k < GZ_N; k++)
				if ((size_t)(nl - tab - 1) == strlen(gz_names[k]) &&
				    memcmp(tab + 1, gz_names[k], (size_t)(nl - tab - 1)) == 0)
					cls = (int)k;
		if (cls < 0)
			continue;
		if (tok_split(p, plen, &tk) == 0 || tk.n > GZ_MAXTOK)
			continue;
		h = FNV_INIT;
		for (k = 0; k < tk.n; k++) {
			if (k > 0) {
				*htab_put(&g->t, h | 1) |= GZ_PREFIX;
				h = fnv(h, " ", 1);
			}
			buf_clear(&fb);
			fold(&fb, p + tk.v[k].start, tk.v[k].end - tk.v[k].start);
			h = fnv(h, fb.data, fb.len);
		}
		*htab_put(&g->t, h | 1) |= 1u << cls;
	}
	buf_free(&fb);
	toks_free(&tk);
}

static void
gaz_load(struct ner_model *m)
{
	htab_init(&m->gz.t, 32768 + 8192);
	gaz_add(&m->gz, data_ner_gaz, data_ner_gaz_len, -1);
	gaz_add(&m->gz, data_ner_titles, data_ner_titles_len, GZ_TITLE);
	htab_init(&m->rg.t, 1024);
	gaz_add(&m->rg, data_ner_regions, data_ner_regions_len, 0);
	htab_init(&m->og.t, 512);
	gaz_add(&m->og, data_ner_orgs, data_ner_orgs_len, 0);
}

/*
 * Mark gazetteer matches: for each start, the longest phrase of each
 * class, as BILU positions of its tokens.
 */
static void
gaz_match(const struct gaz *g, struct prep *p)
{
	size_t i, j, k, nf, lens[GZ_MAXTOK];
	uint64_t h;
	int64_t v;
	unsigned bits, done, found[GZ_MAXTOK];
	struct tokinfo *ti = p->ti;

	for (i = 0; i < p->n; i++)
		ti[i].gpos = ti[i].gcls = 0;
	for (i = 0; i < p->n; i++) {
		h = FNV_INIT;
		done = 0;
		nf = 0;
		/* Collect the matches walking forward, then mark longest first. */
		for (j = i; j < p->n && j - i < GZ_MAXTOK; j++) {
			if (j > i) {
				h = fnv(h, " ", 1);
				h = fnv(h, p->fold.data + ti[j].foff, ti[j].flen);
				v = htab_get(&g->t, h | 1);
			} else {
				/* The word alone: h is its hl, probed already. */
				h = ti[j].hl;
				v = p->wc[j].gz1;
			}
			if (v > 0 && ((unsigned)v & ~GZ_PREFIX) != 0) {
				lens[nf] = j - i + 1;
				found[nf++] = (unsigned)v & ~GZ_PREFIX;
			}
			if (v < 0 || !((unsigned)v & GZ_PREFIX))
				break;
		}
		while (nf-- > 0) {
			bits = found[nf] & ~done;
			done |= found[nf];
			for (k = 0; k < GZ_N; k++) {
				if (!(bits & (1u << k)))
					continue;
				if (lens[nf] == 1) {
					ti[i].gpos |= 1ULL << (4 * k + 3);
				} else {
					ti[i].gpos |= 1ULL << (4 * k);
					for (j = i + 1; j + 1 < i + lens[nf]; j++)
						ti[j].gpos |= 1ULL << (4 * k + 1);
					ti[j].gpos |= 1ULL << (4 * k + 2);
				}
				for (j = i; j < i + lens[nf]; j++)
					ti[j].gcls |= 1u << k;
			}
		}
	}
}

/* Sentence preparation. */

static void
prep_init(struct prep *p)
{
	memset(p, 0, sizeof(*p));
	buf_init(&p->fold);
	buf_init(&p->upper);
}

static void
prep_free(struct prep *p)
{
	free(p->ti);
	free(p->wc);
	buf_free(&p->fold);
	buf_free(&p->upper);
}

static int
has_alnum(const char *w, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)w[i] < 0x80) {
			if (uc_is_alnum((unsigned char)w[i]))
				return 1;
			n = 1;
		} else if ((n = utf8_decode(w + i, len - i, &cp)) == 0)
			n = 1;
		else if (uc_is_alnum(cp))
			return 1;
		i += n;
	}
	return 0;
}

/* Count the upper- and lower-case letters of w. */
static void
count_case(const char *w, size_t len, size_t *up, size_t *lo)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)w[i] < 0x80) {
			*up += w[i] >= 'A' && w[i] <= 'Z';
			*lo += w[i] >= 'a' && w[i] <= 'z';
			n = 1;
		} else if ((n = utf8_decode(w + i, len - i, &cp)) == 0)
			n = 1;
		else if (uc_is_upper(cp))
			(*up)++;
		else if (uc_is_lower(cp))
			(*lo)++;
		i += n;
	}
}

/* Append the upper-case form of w to out. */
static void
upcase(struct buf *out, const char *w, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;
	char enc[4];

	while (i < len) {
		if ((n = utf8_decode(w + i, len - i, &cp)) == 0) {
			buf_addc(out, w[i]);
			i++;
			continue;
		}
		buf_add(out, enc, utf8_encode(uc_toupper(cp), enc));
		i += n;
	}
}

/* Articles, conjunctions and prepositions, lower case in headlines. */
static int
is_minor(const char *w, size_t len)
{
	static const char *const minor[] = {
		"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor",
		"of", "on", "or", "the", "to", "vs", "via", "from", "into",
		"onto", "upon", "with", "over", "off", "out", "up", "per",
		"than", "amid"
	};
	size_t k;

	for (k = 0; k < sizeof(minor) / sizeof(minor[0]); k++)
		if (strlen(minor[k]) == len && memcmp(minor[k], w, len) == 0)
			return 1;
	return 0;
}

/* Nonzero for a clitic the tokenizer split off: 's 're 'll n't (' or ’). */
static int
is_clitic(const char *w, size_t len)
{
	size_t k = len > 0 && (w[0] | 0x20) == 'n' ? 1 : 0;
	uint32_t cp;

	return len > k && utf8_decode(w + k, len - k, &cp) > 0 &&
	    uc_is_apostrophe(cp);
}

/*
 * Nonzero for a line in title case: every word capitalized but the minor
 * ones headline style leaves in lower case, at least three words of four
 * or more letters, mostly lower-case letters (a line in capitals is
 * handled as such); and either a capitalized short word after the first
 * ("As", "For", "Of"), or four long words and neither a comma nor a digit.
 * That leaves out lists of names and results tables.  A body sentence has
 * a word in lower case ("Nikol Pashinian met Sergei Lavrov in Moscow").
 */
static int
is_title_line(const char *const *words, const size_t *lens, size_t n)
{
	size_t i, j, k, letters, nlong = 0, up = 0, lo = 0, wup;
	uint32_t cp, first;
	int shortcap = 0, seen = 0, plain = 1;

	for (i = 0; i < n; i++) {
		if (is_clitic(words[i], lens[i]))
			continue;	/* "Won't" is a capitalized word */
		letters = wup = 0;
		first = 0;
		for (j = 0; j < lens[i]; j++)
			if (words[i][j] == ',' || (words[i][j] >= '0' && words[i][j] <= '9'))
				plain = 0;
		for (j = 0; j < lens[i]; j += k) {
			if ((k = utf8_decode(words[i] + j, lens[i] - j, &cp)) == 0) {
				k = 1;
				continue;
			}
			if (!uc_is_letter(cp))
				continue;
			if (letters++ == 0)
				first = cp;
			if (uc_is_lower(cp))
				lo++;
			else {
				up++;
				wup++;
			}
		}
		if (letters >= 2 && letters <= 3 && seen && wup == 1 &&
		    uc_is_upper(first) && letters == lens[i])
			shortcap = 1;
		if (letters > 0)
			seen = 1;
		if (letters > 0 && !uc_is_upper(first) &&
		    (letters >= 4 || !is_minor(words[i], lens[i])))
			return 0;
		if (letters >= 4)
			nlong++;
	}
	return nlong >= 3 && lo > up && (shortcap || (nlong >= 4 && plain));
}

/*
 * Fill ti (ti->w, ti->len and ti->hw set) and wc from the cache entry wc->e
 * when it holds the word; return 0 when it does not.
 */
static int
wc_get(struct tokinfo *ti, struct tokwc *wc, struct buf *foldbuf)
{
	const struct wcent *e = wc->e;

	if (e == NULL || e->len != ti->len || e->hw != ti->hw ||
	    memcmp(e->word, ti->w, ti->len) != 0)
		return 0;
	ti->foff = foldbuf->len;
	fold(foldbuf, ti->w, ti->len);	/* quick for ASCII; no room kept */
	ti->flen = foldbuf->len - ti->foff;
	ti->hl = e->hl;
	ti->hs = e->hs;
	ti->hss = e->hss;
	memcpy(ti->pre, e->pre, sizeof(ti->pre));
	memcpy(ti->suf, e->suf, sizeof(ti->suf));
	ti->cap = e->cap;
	wc->gz1 = e->gz1;
	wc->alnum = e->alnum;
	wc->up = e->up;
	wc->lo = e->lo;
	return 1;
}

/* Fill p from n words; word i is words[i], lens[i] bytes. */
static void
prep_words(struct prep *p, const struct gaz *g, const char *const *words,
    const size_t *lens, size_t n)
{
	size_t i, up = 0, lo = 0, wup, wlo, ndig = 0;
	int seen = 0, title;
	int64_t v;
	struct tokinfo *ti;
	struct tokwc *wc;

	if (n > p->cap) {
		p->cap = n + 16;
		free(p->ti);
		free(p->wc);
		p->ti = xcalloc(p->cap, sizeof(*p->ti));
		p->wc = xcalloc(p->cap, sizeof(*p->wc));
	}
	p->n = n;
	buf_clear(&p->fold);
	buf_clear(&p->upper);
	/*
	 * A headline in title case ("Leaders Talk War As World Powers Press
	 * For Truce") is read as if it were in capitals, the form headlines
	 * take in the training data: its capitals say nothing about names.
	 */
	if ((title = is_title_line(words, lens, n)) != 0)
		for (i = 0; i < n; i++) {
			/* Offsets for now: the buffer may still move. */
			p->ti[i].foff = p->upper.len;
			upcase(&p->upper, words[i], lens[i]);
			p->ti[i].flen = p->upper.len - p->ti[i].foff;
		}
	for (i = 0; i < n; i++) {
		ti = &p->ti[i];
		wc = &p->wc[i];
		if (title) {
			ti->w = p->upper.data + ti->foff;
			ti->len = ti->flen;
		} else {
			ti->w = words[i];
			ti->len = lens[i];
		}
		ti->hw = fnv(FNV_INIT, ti->w, ti->len);
		wc->e = p->cache != NULL && ti->len <= WC_MAXW ?
		    &p->cache[ti->hw & (WC_SIZE - 1)] : NULL;
		if ((wc->hit = (unsigned char)wc_get(ti, wc, &p->fold)) == 0) {
			word_info(ti, &p->fold);
			wc->alnum = (unsigned char)has_alnum(ti->w, ti->len);
			wup = wlo = 0;
			count_case(ti->w, ti->len, &wup, &wlo);
			/* Exact for a word short enough to be cached. */
			wc->up = (unsigned char)(wup < 255 ? wup : 255);
			wc->lo = (unsigned char)(wlo < 255 ? wlo : 255);
			up += wup;
			lo += wlo;
			v = htab_get(&g->t, ti->hl | 1);
			wc->gz1 = v < 0 ? 0 : (uint32_t)v;
		} else {
			up += wc->up;
			lo += wc->lo;
		}
		ti->initial = !seen;
		ti->mem = -1;
		ti->team = 0;
		if (wc->alnum)
			seen = 1;
		if (ti->len > 0 && ti->w[0] >= '0' && ti->w[0] <= '9')
			ndig++;
	}
	/* Headlines and datelines in capitals: "YEREVAN/BAKU --". */
	p->allcaps = up >= 4 && lo * 10 <= up;
	p->table = n >= 3 && ndig * 4 >= n;
	gaz_match(g, p);
}

/* The memory. */

static void
mem_init(struct memory *m)
{
	memset(m, 0, sizeof(*m));
	htab_init(&m->idx, 256);
}

static void
mem_free(struct memory *m)
{
	htab_free(&m->idx);
	free(m->cnt);
}

static void
mem_reset(struct memory *m)
{
	if (m->n > 0) {
		memset(m->idx.keys, 0, m->idx.cap * sizeof(*m->idx.keys));
		m->idx.n = 0;
	}
	m->n = 0;
	m->teams = 0;
	memset(m->gz, 0, sizeof(m->gz));
}

static void
mem_add(struct memory *m, uint64_t key, int slot)
{
	uint32_t *v = htab_put(&m->idx, key | 1);

	if (*v == 0) {
		if (m->n == m->cap) {
			m->cap = m->cap ? m->cap * 2 : 256;
			m->cnt = xrealloc(m->cnt, m->cap, sizeof(*m->cnt));
		}
		memset(m->cnt[m->n], 0, sizeof(m->cnt[0]));
		*v = (uint32_t)++m->n;
	}
	if (m->cnt[*v - 1][slot] < UINT16_MAX)
		m->cnt[*v - 1][slot]++;
}

/* Look up the memory type of every capitalized token of p. */
static void
mem_lookup(const struct memory *m, struct prep *p)
{
	size_t i, k;
	int j, best;
	int64_t v;
	const uint16_t *c;
	const unsigned *c2;

	for (i = 0; i < p->n; i++) {
		p->ti[i].mem = -1;
		p->ti[i].memany = 0;
		p->ti[i].team = 0;
		for (k = 0; k < GZ_N; k++) {
			p->ti[i].docgz[k] = 0;
			if (!(p->ti[i].gcls & (1u << k)))
				continue;
			c2 = m->gz[k];
			best = 0;
			for (j = 1; j <= NER_NTYPES; j++)
				if (c2[j] > c2[best])
					best = j;
			if (c2[best] > 0)
				p->ti[i].docgz[k] = (unsigned char)(best + 1);
		}
		if (m->n == 0 || !p->ti[i].cap)
			continue;
		if ((v = htab_get(&m->idx, p->ti[i].hl | 1)) <= 0)
			continue;
		c = m->cnt[v - 1];
		best = 0;
		for (j = 1; j <= NER_NTYPES; j++)
			if (c[j] > c[best])
				best = j;
		if (c[best] > 0)
			p->ti[i].mem = best;
		p->ti[i].team = c[MEM_TEAM] > 0;
		for (k = 0; k <= NER_NTYPES; k++)
			if (c[k] > 0)
				p->ti[i].memany |= 1u << k;
	}
}

static int team_name(const struct prep *, size_t, size_t);
static int is_sport_strict(const struct memory *, const struct prep *);
static size_t span_begin(const unsigned char *, size_t);
static int ends_org(const struct ner_model *, const struct tokinfo *);

/* Remember the entities of a tagged sentence. */
static void
mem_update(struct memory *m, const struct prep *p, const unsigned char *tags)
{
	size_t i, k;
	int slot, sport = -1;

	for (i = 0; i < p->n; i++) {
		if (!p->ti[i].cap)
			continue;
		slot = tags[i] != 0 ? NER_TAG_TYPE(tags[i]) : MEM_O;
		if (tags[i] != 0 || (!p->ti[i].initial && !p->allcaps))
			for (k = 0; k < GZ_N; k++)
				if (p->ti[i].gcls & (1u << k))
					m->gz[k][slot]++;
		if (tags[i] != 0)
			mem_add(m, p->ti[i].hl, NER_TAG_TYPE(tags[i]));
		else if (!p->ti[i].initial && !p->allcaps)
			mem_add(m, p->ti[i].hl, MEM_O);
		/*
		 * "Donald Kemp": remember "Kemp" as the surname of a person;
		 * not after a word that is also a place ("Austin Democrat").
		 */
		if (tags[i] == NER_TAG(NER_PER, 0) &&
		    (p->ti[i].gcls & (1u << GZ_GIVEN)) &&
		    !(p->ti[i].gcls & GZ_PLACES))
			for (k = i + 1; k < p->n; k++) {
				if (tags[k] == NER_TAG(NER_PER, 2)) {
					mem_add(m, p->ti[k].hl, MEM_SURNAME);
					break;
				}
				if (tags[k] != NER_TAG(NER_PER, 1))
					break;
			}
		/*
		 * "the Kansas City Chiefs" in a sentence about sport: remember
		 * "Chiefs" as a team's name, for "the Chiefs (12-3)".
		 */
		if (tags[i] == NER_TAG(NER_ORG, 2) &&
		    team_name(p, span_begin(tags, i), i)) {
			if (sport < 0)
				sport = is_sport_strict(m, p);
			if (sport) {
				mem_add(m, p->ti[i].hl, MEM_TEAM);
				m->teams++;
			}
		}
	}
}

/*
 * A one-word name the model typed otherwise is a person when it is the
 * surname of a person the document named in full before: "Kemp" after
 * "Donald Kemp" is no company, whatever its context says.  The memory
 * features only lean that way; a model trained on one decade's news
 * does not know the next decade's politicians.
 */
static void
surname_retag(const struct memory *m, const struct prep *p,
    unsigned char *tags)
{
	size_t i;
	int64_t v;

	if (m->n == 0)
		return;
	for (i = 0; i < p->n; i++) {
		if (tags[i] == 0 || NER_TAG_POS(tags[i]) != 3 ||
		    NER_TAG_TYPE(tags[i]) == NER_PER ||
		    (p->ti[i].gcls & GZ_PLACES))
			continue;
		if ((v = htab_get(&m->idx, p->ti[i].hl | 1)) > 0 &&
		    m->cnt[v - 1][MEM_SURNAME] > 0)
			tags[i] = NER_TAG(NER_PER, 3);
	}
}

/* Token i of p is the lower-case word w. */
static int
tok_is(const struct prep *p, size_t i, const char *w)
{
	const char *f = p->fold.data + p->ti[i].foff;
	size_t n;

	/* The first byte first: this runs on every capitalised word. */
	if (f[0] != w[0])
		return 0;
	n = strlen(w);
	return p->ti[i].flen == n && memcmp(f, w, n) == 0;
}

/* Token i of p is one of the lower-case words of list (NULL-ended). */
static int
tok_in(const struct prep *p, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (tok_is(p, i, *list))
			return 1;
	return 0;
}

/*
 * The last words of football clubs' names that name nothing else:
 * "Wigan Athletic", "Bristol Rovers" (not "City" or "Town": "Mexico
 * City", "Cape Town").
 */
static const char *const club_words[] = { "athletic", "wanderers",
    "rovers", "albion", "hotspur", "argyle", "rangers", "united", "fc",
    "afc", NULL };

/* The heads of news outlets' and firms' names, which the gazetteer lacks. */
static const char *const firm_heads[] = { "news", "sports", "radio", "tv",
    "television", "times", "journal", "magazine", "tribune", "herald",
    "gazette", "broadcasting", "channel", "securities", "capital",
    "investments", "ventures", "advisors", "advisers", "associates",
    "equities", "brokers", "holdings", "partners", "foods", "motors",
    "pharmaceuticals", "pharma", "petroleum", "chemicals", "electronics",
    "insurance", "financial", "brands", "stores", "entertainment",
    "pictures", "publishing", "beverages", "brewing", "logistics",
    "shipping", "automotive", "aerospace", "semiconductor", "software",
    "solutions", "networks", "telecom", "healthcare", "therapeutics",
    "biosciences", "resources", "properties", "realty", "hotels",
    "resorts", "restaurants", "mining", "minerals", "steel", "utilities",
    "robotics", "labs", "apparel", "distribution", "airlines", "airways",
    "companies", "programme", NULL };

/*
 * A person or place the model ended with the head word of an organisation
 * ("Sky Sports", "Yahoo News", "Ardent Holdings", "an analyst at Vireo
 * Securities") is an organisation: people's and places' names do not end
 * so.  A person: the gazetteer's heads and legal forms.  A place: only
 * legal forms, since places are named after institutions ("National
 * Tennis Centre", "Soviet Union").  Either: the heads of news outlets'
 * and firms' names, which the gazetteer lacks.
 */
static void
orghead_retag(const struct prep *p, unsigned char *tags)
{
	const unsigned heads = (1u << GZ_ORGHEAD) | (1u << GZ_ORGLEGAL);
	size_t i, b;
	int type;

	for (i = 1; i < p->n; i++) {
		if (tags[i] == 0 || NER_TAG_POS(tags[i]) != 2 || !p->ti[i].cap)
			continue;
		type = NER_TAG_TYPE(tags[i]);
		/* "Newport News": the gazetteer names the place. */
		if ((type != NER_PER && type != NER_LOC) ||
		    (p->ti[i].gcls & GZ_PLACES))
			continue;
		/* Nor is any person "Wigan Athletic" or "Exeter City". */
		if ((p->ti[i].gcls & (type == NER_PER ? heads :
		    1u << GZ_ORGLEGAL)) == 0 && !tok_in(p, i, firm_heads) &&
		    !(type == NER_PER && (tok_in(p, i, club_words) ||
		    tok_is(p, i, "city") || tok_is(p, i, "town") ||
		    tok_is(p, i, "county"))))
			continue;
		for (b = i; b > 0 && tags[b] != NER_TAG(type, 0); b--)
			;
		for (; b <= i; b++)
			tags[b] = (unsigned char)NER_TAG(NER_ORG,
			    NER_TAG_POS(tags[b]));
	}
}

/*
 * A people or a faith's followers ("Afghans", "Latinos", "Hispanic",
 * "Muslims") is MISC, whether the model typed it as a person or an
 * organisation or left it out: a news model trained on one decade's wire
 * meets peoples in other roles.  The gazetteer's demonyms that name no
 * place too, and the peoples named after no country, which it lacks.  A
 * word before another capitalised one may begin a name ("Hispanic
 * Federation") and is left alone.
 */
static void
people_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const peoples[] = { "latino", "latinos",
	    "latina", "latinas", "hispanic", "hispanics", "asian", "asians",
	    "african", "africans", "european", "europeans", "arab", "arabs",
	    "kurd", "kurds", "kurdish", "palestinian", "palestinians",
	    "caucasian", "caucasians", "muslim", "muslims", "jews",
	    "christians", "catholics", "protestants", "hindus", "sikhs",
	    "sunnis", "shiites", "mormons", NULL };
	const unsigned place = GZ_PLACES & ~(1u << GZ_DEMONYM);
	size_t i;
	int type;

	for (i = 0; i < p->n; i++) {
		if (!p->ti[i].cap || p->allcaps)
			continue;
		if (tags[i] != 0) {
			type = NER_TAG_TYPE(tags[i]);
			if (NER_TAG_POS(tags[i]) != 3 || type == NER_MISC)
				continue;
		} else if (i + 1 < p->n && p->ti[i + 1].cap)
			continue;
		if (((p->ti[i].gcls & (1u << GZ_DEMONYM)) &&
		    !(p->ti[i].gcls & place)) || tok_in(p, i, peoples))
			tags[i] = NER_TAG(NER_MISC, 3);
	}
}

/* Token t is the string s, byte for byte. */
static int
tok_eq(const struct tokinfo *t, const char *s)
{
	return t->len == strlen(s) && memcmp(t->w, s, t->len) == 0;
}

/* Token t is a dash that ends a dateline. */
static int
tok_dash(const struct tokinfo *t)
{
	return tok_eq(t, "-") || tok_eq(t, "--") || tok_eq(t, "_") ||
	    tok_eq(t, "\xe2\x80\x94") || tok_eq(t, "\xe2\x80\x93");
}

/* The span of the tag at token b (its B or U) ends at this token. */
static size_t
span_end(const unsigned char *tags, size_t n, size_t b)
{
	while (b + 1 < n && NER_TAG_POS(tags[b]) < 2 && tags[b + 1] != 0 &&
	    NER_TAG_POS(tags[b + 1]) >= 1 && NER_TAG_POS(tags[b + 1]) <= 2)
		b++;
	return b;
}

/* Tokens [b, e] are one phrase of the gazetteer classes in bits. */
static int
gaz_phrase(const struct prep *p, size_t b, size_t e, unsigned bits)
{
	size_t k;

	for (k = 0; k < GZ_N; k++) {
		if (!(bits & (1u << k)))
			continue;
		if (b == e ? (p->ti[b].gpos & (1ULL << (4 * k + 3))) != 0 :
		    (p->ti[b].gpos & (1ULL << (4 * k))) != 0 &&
		    (p->ti[e].gpos & (1ULL << (4 * k + 2))) != 0)
			return 1;
	}
	return 0;
}

/* Retype tokens [b, e] as one span of type. */
static void
span_set(unsigned char *tags, size_t b, size_t e, int type)
{
	size_t k;

	if (b == e) {
		tags[b] = (unsigned char)NER_TAG(type, 3);
		return;
	}
	tags[b] = (unsigned char)NER_TAG(type, 0);
	for (k = b + 1; k < e; k++)
		tags[k] = (unsigned char)NER_TAG(type, 1);
	tags[e] = (unsigned char)NER_TAG(type, 2);
}

/*
 * The credit in the brackets of a dateline ("NEW YORK (CNNMoney) --",
 * "LONDON, Nov 3 (Reuters) -") is a news organisation, whatever the
 * model made of a word it never saw.  A dateline: a first word in
 * capitals, capitalised words, numbers and ", . /", then "(Word)" and a
 * dash.
 */
static void
credit_retag(const struct prep *p, unsigned char *tags)
{
	const struct tokinfo *t = p->ti, *d;
	size_t i, k, e;

	for (i = 1; i + 2 < p->n && i < 12; i++) {
		if (!tok_eq(&t[i - 1], "("))
			continue;
		d = &t[i + 2];
		if (!t[i].cap || !tok_eq(&t[i + 1], ")") || !tok_dash(d))
			return;
		for (k = 0; k + 1 < i; k++)
			if (!t[k].cap && !(t[k].w[0] >= '0' && t[k].w[0] <= '9') &&
			    !tok_eq(&t[k], ",") && !tok_eq(&t[k], ".") &&
			    !tok_eq(&t[k], "/"))
				return;
		/* Sports results also bracket a word ("Radnicki (N) -"). */
		if (i < 2 || t[i].len < 2)
			return;
		for (k = 0; k < t[0].len; k++)
			if (t[0].w[k] >= 'a' && t[0].w[k] <= 'z')
				return;
		tags[i] = NER_TAG(NER_ORG, 3);
		/* And the dateline's places are places ("BOSTON (AP)"). */
		for (k = 0; k + 1 < i; k = e + 1) {
			e = k;
			if (tags[k] == 0 || NER_TAG_POS(tags[k]) == 1 ||
			    NER_TAG_POS(tags[k]) == 2)
				continue;
			e = span_end(tags, p->n, k);
			if (NER_TAG_TYPE(tags[k]) != NER_LOC &&
			    gaz_phrase(p, k, e, GZ_PLACES))
				span_set(tags, k, e, NER_LOC);
		}
		return;
	}
}

/* Nonzero when token t's letters are all capitals, at least min of them. */
static int
tok_caps(const struct tokinfo *t, size_t min)
{
	size_t up = 0, lo = 0;

	count_case(t->w, t->len, &up, &lo);
	return lo == 0 && up >= min && up == t->len;
}

/* The first token (its B or U) of the span that token e is in. */
static size_t
span_begin(const unsigned char *tags, size_t e)
{
	while (e > 0 && NER_TAG_POS(tags[e]) != 0 && NER_TAG_POS(tags[e]) != 3)
		e--;
	return e;
}

/* Retype the span of one type that ends at token e (its L or U) as type. */
static void
span_retype(unsigned char *tags, size_t e, int type)
{
	size_t b = e;
	int old = NER_TAG_TYPE(tags[e]);

	while (b > 0 && NER_TAG_POS(tags[b]) != 0 && NER_TAG_POS(tags[b]) != 3 &&
	    tags[b - 1] != 0 && NER_TAG_TYPE(tags[b - 1]) == old)
		b--;
	for (; b <= e; b++)
		tags[b] = (unsigned char)NER_TAG(type, NER_TAG_POS(tags[b]));
}

/*
 * The place in capitals that opens a dateline ("CHICAGO (Reuters) -",
 * "SAN FRANCISCO, March 3 (Reuters) -", "DETROIT -") is a place, though
 * the model met many cities in capitals as the teams of sports results.
 * A dateline: capitals the gazetteer knows as a place, then a dash within
 * a few tokens, with no word in lower case between.
 */
static void
dateline_retag(const struct prep *p, unsigned char *tags)
{
	size_t run, k;

	if (p->allcaps)
		return;
	for (run = 0; run < p->n && run < 4 && tok_caps(&p->ti[run], 2); run++)
		if (!(p->ti[run].gcls & GZ_PLACES))
			return;
	if (run == 0)
		return;
	for (k = run; k < p->n && k < run + 8 && !tok_dash(&p->ti[k]); k++)
		if (p->ti[k].w[0] >= 'a' && p->ti[k].w[0] <= 'z')
			return;
	if (k >= p->n || k >= run + 8 || (run < p->n && tags[run] != 0 &&
	    NER_TAG_POS(tags[run]) != 0 && NER_TAG_POS(tags[run]) != 3))
		return;
	span_set(tags, 0, run - 1, NER_LOC);
}

/*
 * A participle that opens a sentence ("Born in Dresden, ...", "Raised
 * by ...") is no name, though capitalised where names are: the model
 * never saw it there.  Past participles: a few irregular ones, and words
 * in -ed of six letters or more; either unknown to the gazetteers and
 * followed by a preposition ("Ahmed said", "Kabred, who ..." stay names).
 */
static void
participle_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const irregular[] = { "born", "raised", "based",
	    "known", "built", "taken", "given", "seen", "shown", "held",
	    "led", "made", "found", "struck", "sworn", "written", "drawn",
	    "grown", "chosen", "bred", "brought", "caught", "left", NULL };
	static const char *const preps[] = { "in", "at", "on", "by", "to",
	    "from", "with", "into", "for", "after", "as", "near", "outside",
	    "under", NULL };
	const struct tokinfo *t;
	size_t i = 0;

	/* The first word, after an opening quote or bracket. */
	while (i < p->n && !has_alnum(p->ti[i].w, p->ti[i].len))
		i++;
	if (i + 1 >= p->n || tags[i] == 0 || NER_TAG_POS(tags[i]) != 3 ||
	    p->allcaps || p->ti[i].gcls != 0 || !tok_in(p, i + 1, preps))
		return;
	t = &p->ti[i];
	if (tok_in(p, i, irregular) || (t->flen >= 6 &&
	    memcmp(p->fold.data + t->foff + t->flen - 2, "ed", 2) == 0))
		tags[i] = 0;
}

/*
 * Token t is digits, a hyphen and digits ("2-1", "112-104"): the larger
 * count of digits of the two sides, else 0.
 */
static size_t
score_digits(const struct tokinfo *t)
{
	size_t k, d;

	for (k = 0; k < t->len && t->w[k] >= '0' && t->w[k] <= '9'; k++)
		;
	if (k == 0 || k + 1 >= t->len || t->w[k] != '-')
		return 0;
	d = k + 1;
	for (k = d; k < t->len && t->w[k] >= '0' && t->w[k] <= '9'; k++)
		;
	if (k != t->len)
		return 0;
	return k - d > d - 1 ? k - d : d - 1;
}

/* Token t is a score: one or two digits, a hyphen, one or two digits. */
static int
is_score(const struct tokinfo *t)
{
	size_t n = score_digits(t);

	return n > 0 && n <= 2;
}

/*
 * The acronym of an organisation ("CERN", "OPEC") is no place, though the
 * model, which reads shapes, types some so: a word of three to five
 * capitals typed as a place alone, outside a line in capitals and a
 * dateline, that no gazetteer lists as a place ("UAE", "DRC" stay places).
 */
static void
acronym_retag(const struct prep *p, unsigned char *tags)
{
	size_t i;

	if (p->allcaps)
		return;
	for (i = 0; i < p->n; i++) {
		if (tags[i] != NER_TAG(NER_LOC, 3) && tags[i] != NER_TAG(NER_LOC, 2))
			continue;
		if (p->ti[i].len > 5 || (p->ti[i].gcls & GZ_PLACES))
			continue;
		/* Nor does a place's name end in one ("Emirates NBD"). */
		if (tags[i] == NER_TAG(NER_LOC, 2)) {
			if (tok_caps(&p->ti[i], 2))
				span_retype(tags, i, NER_ORG);
			continue;
		}
		/* A dateline's place: "NEWTOWN, Conn. (AP) --"; not
		 * "UNRWA, the U.N. agency, said". */
		if (!tok_caps(&p->ti[i], 3) || (p->ti[i].initial && i + 2 < p->n &&
		    (tok_eq(&p->ti[i + 1], ",") || tok_eq(&p->ti[i + 1], "(")) &&
		    p->ti[i + 2].cap))
			continue;
		tags[i] = NER_TAG(NER_ORG, 3);
	}
}

/*
 * A city after a place and "and" or "or", the two after a preposition
 * ("in Freiburg and Karlsruhe", "councils in Birmingham and Leeds"), is
 * a place too, though the model, which met the city as a football club,
 * typed it an organisation.
 */
static void
list_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const preps[] = { "in", "at", "near", "from",
	    "of", "between", "across", "to", NULL };
	size_t i, b, members;

	for (i = 3; i < p->n; i++) {
		if (tags[i] != NER_TAG(NER_ORG, 3) ||
		    (p->ti[i].gcls & ((1u << GZ_ORGHEAD) | (1u << GZ_ORGLEGAL))) ||
		    tags[i - 1] != 0 || !(tok_is(p, i - 1, "and") ||
		    tok_is(p, i - 1, "or")) || tags[i - 2] == 0 ||
		    NER_TAG_TYPE(tags[i - 2]) != NER_LOC ||
		    (NER_TAG_POS(tags[i - 2]) != 2 && NER_TAG_POS(tags[i - 2]) != 3))
			continue;
		/* The list follows a preposition: "the former Bolton and
		 * Reading defender" names clubs.  Earlier members of a longer
		 * list are places too ("in Exeter, Bodmin and Penzance"). */
		b = span_begin(tags, i - 2);
		members = 1;
		while (b >= 2 && tok_is(p, b - 1, ",") && tags[b - 1] == 0 &&
		    tags[b - 2] != 0 && NER_TAG_TYPE(tags[b - 2]) == NER_LOC &&
		    (NER_TAG_POS(tags[b - 2]) == 2 ||
		    NER_TAG_POS(tags[b - 2]) == 3)) {
			b = span_begin(tags, b - 2);
			members++;
		}
		/* A town the gazetteer lacks needs two places before it. */
		if (b > 0 && tok_in(p, b - 1, preps) &&
		    ((p->ti[i].gcls & GZ_CITIES) || members >= 2))
			tags[i] = NER_TAG(NER_LOC, 3);
	}
}

/* Tokens b..e, folded, are a phrase of gazetteer g. */
static int
gaz_has(const struct gaz *g, const struct prep *p, size_t b, size_t e)
{
	uint64_t h = p->ti[b].hl;
	size_t k;

	for (k = b + 1; k <= e; k++) {
		h = fnv(h, " ", 1);
		h = fnv(h, p->fold.data + p->ti[k].foff, p->ti[k].flen);
	}
	return (htab_get(&g->t, h | 1) & ~(int64_t)GZ_PREFIX) > 0;
}

/* The span b..e names a region of rg, or exactly a city of the gazetteer. */
static int
is_place_span(const struct gaz *rg, const struct prep *p, size_t b, size_t e)
{
	return gaz_phrase(p, b, e, GZ_CITIES) ||
	    gaz_has(rg, p, b, e);
}

/*
 * The sentence is about sport: it has a score or a word of sport, or its
 * document has made more cities teams than places, or named a team of a
 * city and a plural ("the Denver Broncos").
 */
static int
is_sport(const struct memory *mem, const struct prep *p)
{
	static const char *const words[] = { "captain", "coach", "manager",
	    "championship", "title", "league", "innings", "wicket", "wickets",
	    "match", "season", "club", "team", "squad", "cup", "beat",
	    "victory", "defeat", "champions", "striker", "goal", "goals",
	    "runs", "batting", "bowling", "fixture", "derby", "v", "vs",
	    "winners", "final", "semi-final", "rivals", "defender",
	    "midfielder", "forward", "goalkeeper", "winger", "player",
	    "players", "boss", "stadium", "fans", "transfer", "quarterback",
	    "touchdown", "touchdowns", "rebounds", "assists", "playoff",
	    "playoffs", "halftime", "postseason", "inning",
	    "pitcher", "homer", "overtime", NULL };
	size_t i;

	if (mem->teams > 0 ||
	    mem->gz[GZ_CITY][NER_ORG] + mem->gz[GZ_BIGCITY][NER_ORG] >
	    mem->gz[GZ_CITY][NER_LOC] + mem->gz[GZ_BIGCITY][NER_LOC])
		return 1;
	for (i = 0; i < p->n; i++)
		if (is_score(&p->ti[i]) || tok_in(p, i, words))
			return 1;
	return 0;
}

/*
 * The sentence is surely about sport: a score, or a word used of nothing
 * else ("quarterback", "halftime"), or its document has named a team of
 * a city and a plural.  is_sport()'s words ("title", "defeat", "final")
 * are common in politics too.
 */
static int
is_sport_strict(const struct memory *mem, const struct prep *p)
{
	static const char *const words[] = { "quarterback", "quarterbacks",
	    "touchdown", "touchdowns", "rebounds", "assists", "playoff",
	    "playoffs", "halftime", "postseason", "preseason", "inning",
	    "innings", "pitcher", "homer", "overtime", "coach", "goalie",
	    "striker", "goalkeeper", "midfielder", "linebacker", "stumps",
	    "wicket", "wickets", "batsman", "batsmen", "bowler", NULL };
	size_t i;

	if (mem->teams > 0)
		return 1;
	for (i = 0; i < p->n; i++)
		if (score_digits(&p->ti[i]) > 0 ||
		    (p->ti[i].len >= 5 && tok_in(p, i, words)))
			return 1;
	return 0;
}

/*
 * A county, province or city the model typed a person or organisation
 * (it met "Kent" and "Essex" as cricket clubs and "Devon" as a given
 * name) is a place where the words around it say so: after "in",
 * "across", "from" and the like, or beside a place in a list ("Devon and
 * Cornwall", "Kent, Essex and Sussex").  Not in sport, where such names
 * are teams, nor for a word the document has named otherwise ("Harlow
 * Foods ... shares of Harlow").
 */
static void
place_retag(const struct gaz *rg, const struct memory *mem,
    const struct prep *p, unsigned char *tags)
{
	static const char *const preps[] = { "in", "across", "throughout",
	    "around", "near", "from", "into", "of", "through", "outside",
	    "inside", "within", "northern", "southern", "eastern", "western",
	    "rural", "central", "coastal", "between", NULL };
	static const char *const links[] = { "and", "or", ",", NULL };
	size_t i, b, nb, pb;
	int type, place, pass, sport = -1;

	if (p->allcaps || p->table)
		return;
	/* Twice, so that "Devon and Cornwall" helps its first member. */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < p->n; i++) {
			if (tags[i] == 0 || (NER_TAG_POS(tags[i]) != 2 &&
			    NER_TAG_POS(tags[i]) != 3))
				continue;
			type = NER_TAG_TYPE(tags[i]);
			b = span_begin(tags, i);
			/* "Nova Scotia Power": no person's name opens with a
			 * region's name of two words or more. */
			if (type == NER_PER && pass == 0)
				for (nb = b + 1; nb < i && nb < b + 4; nb++)
					if (gaz_has(rg, p, b, nb)) {
						span_retype(tags, i, NER_ORG);
						break;
					}
			if (type == NER_LOC || !is_place_span(rg, p, b, i) ||
			    (p->ti[b].mem >= 0 && p->ti[b].mem != NER_LOC &&
			    p->ti[b].mem != MEM_O))
				continue;
			if (sport < 0)
				sport = is_sport(mem, p);
			if (sport)
				return;
			place = b > 0 && tags[b - 1] == 0 &&
			    tok_in(p, b - 1, preps);
			/* A place, or a name of rg, beside it in a list. */
			if (!place && i + 2 < p->n && tags[i + 1] == 0 &&
			    tok_in(p, i + 1, links) && tags[i + 2] != 0 &&
			    (NER_TAG_POS(tags[i + 2]) == 0 ||
			    NER_TAG_POS(tags[i + 2]) == 3)) {
				for (nb = i + 2; nb + 1 < p->n &&
				    (NER_TAG_POS(tags[nb]) == 0 ||
				    NER_TAG_POS(tags[nb]) == 1); nb++)
					;
				place = NER_TAG_TYPE(tags[nb]) == NER_LOC ||
				    gaz_has(rg, p, i + 2, nb);
			}
			if (!place && b >= 2 && tags[b - 1] == 0 &&
			    tok_in(p, b - 1, links) && tags[b - 2] != 0) {
				pb = span_begin(tags, b - 2);
				place = NER_TAG_TYPE(tags[b - 2]) == NER_LOC ||
				    gaz_has(rg, p, pb, b - 2);
			}
			if (place)
				span_retype(tags, i, NER_LOC);
		}
	}
}

/*
 * Where a person is from, in the form news gives it after the age ("Ann
 * Lee, 71, of Bodmin"), is a place, whatever the model made of a town
 * it has not met: a one-word name, one typed a person ("Market
 * Drayton"), or one that opens as towns' names do ("St Austell", "Port
 * Talbot"); not "John Hale, 52, of Hale Logistics".
 */
static void
hometown_retag(const struct prep *p, unsigned char *tags)
{
	/* Words that open the names of towns, not of firms. */
	static const char *const towns[] = { "st", "st.", "saint", "port",
	    "fort", "mount", "new", "north", "south", "east", "west", "upper",
	    "lower", "great", "little", "lake", "san", "santa", "los", "las",
	    "el", "la", "le", NULL };
	const unsigned heads = (1u << GZ_ORGHEAD) | (1u << GZ_ORGLEGAL);
	size_t i, e;

	for (i = 4; i + 1 < p->n; i++) {
		if (!tok_is(p, i, "of") || tags[i + 1] == 0 ||
		    NER_TAG_TYPE(tags[i + 1]) == NER_LOC ||
		    (NER_TAG_POS(tags[i + 1]) != 0 &&
		    NER_TAG_POS(tags[i + 1]) != 3) ||
		    !tok_is(p, i - 1, ",") || !tok_is(p, i - 3, ",") ||
		    tags[i - 4] == 0 || NER_TAG_TYPE(tags[i - 4]) != NER_PER)
			continue;
		if (p->ti[i - 2].len > 3 || p->ti[i - 2].w[0] < '1' ||
		    p->ti[i - 2].w[0] > '9')
			continue;
		for (e = i + 1; NER_TAG_POS(tags[e]) != 2 &&
		    NER_TAG_POS(tags[e]) != 3 && e + 1 < p->n; e++)
			;
		if (!(p->ti[e].gcls & heads) && (e == i + 1 ||
		    NER_TAG_TYPE(tags[e]) == NER_PER ||
		    tok_in(p, i + 1, towns)))
			span_retype(tags, e, NER_LOC);
	}
}

/*
 * One works at an organisation: a name the gazetteer does not know as a
 * place, after "at" after a title or a word for staff ("an analyst at
 * Morwen", "researchers at Halvik"), or after "a spokesman for", is an
 * organisation, not the place the model took it for after "at".
 */
static void
workplace_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const staff[] = { "analysts", "economists",
	    "scientists", "researchers", "engineer", "engineers", "workers",
	    "employees", "staff", "students", "doctors", "officials",
	    "executives", "colleagues", "experts", "traders", "strategists",
	    "lawyers", "professors", "consultant", "consultants", "surgeon",
	    "surgeons", "nurse", "nurses", "teacher", "teachers", "lecturer",
	    "lecturers", "fellow", NULL };
	/* One speaks for an organisation: "a spokeswoman for Northern
	 * Powergrid". */
	static const char *const spokes[] = { "spokesman", "spokeswoman",
	    "spokesperson", "spokesmen", "spokeswomen", NULL };
	size_t i, k;

	for (i = 2; i < p->n; i++) {
		if (tags[i] != NER_TAG(NER_LOC, 0) && tags[i] != NER_TAG(NER_LOC, 3))
			continue;
		if (tags[i - 1] != 0 || tags[i - 2] != 0)
			continue;
		if (!(tok_is(p, i - 1, "at") && ((p->ti[i - 2].gcls &
		    (1u << GZ_TITLE)) || tok_in(p, i - 2, staff))) &&
		    !(tok_is(p, i - 1, "for") && tok_in(p, i - 2, spokes)))
			continue;
		/* "economists at Wells Fargo": a place's word in it is not
		 * enough, the whole must be a place. */
		k = span_end(tags, p->n, i);
		if (!gaz_phrase(p, i, k, GZ_PLACES))
			span_retype(tags, k, NER_ORG);
	}
}

/* Token t begins with one of the prefixes (NULL-ended), then a capital. */
static int
tok_prefix_cap(const struct tokinfo *t, const char *const *prefixes)
{
	size_t n;

	/* Every prefix ends in a hyphen within its first 7 bytes. */
	if (memchr(t->w, '-', t->len < 7 ? t->len : 7) == NULL)
		return 0;
	for (; *prefixes != NULL; prefixes++) {
		n = strlen(*prefixes);
		if (t->len > n && memcmp(t->w, *prefixes, n) == 0 &&
		    t->w[n] >= 'A' && t->w[n] <= 'Z')
			return 1;
	}
	return 0;
}

/*
 * After a person's name and a comma or bracket, "D-Calif." or "R-N.Y."
 * is the party and state of a US politician, no name of its own.  And a name
 * of the Arabic article joined by a hyphen ("El-Sayed", "Al-Masri")
 * right after a person's name goes on with it ("Hassan Abdel-Fattah
 * El-Sayed").
 */
static void
party_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const party[] = { "D-", "R-", "I-", NULL };
	static const char *const article[] = { "El-", "Al-", "el-", "al-",
	    "Abu-", "Abdel-", "Abdul-", NULL };
	size_t i, k;

	for (i = 2; i < p->n; i++) {
		/* Tagged or not: the model may tag only the state. */
		if ((tags[i] != 0 && NER_TAG_POS(tags[i]) != 0 &&
		    NER_TAG_POS(tags[i]) != 3) || !(tok_eq(&p->ti[i - 1], ",") ||
		    tok_eq(&p->ti[i - 1], "(")) ||
		    tags[i - 2] == 0 || NER_TAG_TYPE(tags[i - 2]) != NER_PER ||
		    !tok_prefix_cap(&p->ti[i], party))
			continue;
		/* The tokens written on without a space: "(D-N.Y.)" may be
		 * two spans. */
		tags[i] = 0;
		for (k = i + 1; k < p->n && k < i + 5 && p->ti[k].w ==
		    p->ti[k - 1].w + p->ti[k - 1].len; k++)
			tags[k] = 0;
		/* A span the last one began begins after it. */
		if (k < p->n && tags[k] != 0 && NER_TAG_POS(tags[k]) == 1)
			tags[k] = (unsigned char)(tags[k] - 1);
		else if (k < p->n && tags[k] != 0 && NER_TAG_POS(tags[k]) == 2)
			tags[k] = (unsigned char)(tags[k] + 1);
	}
	for (i = 1; i < p->n; i++)
		if (tags[i] == 0 && tags[i - 1] != 0 &&
		    NER_TAG_TYPE(tags[i - 1]) == NER_PER &&
		    NER_TAG_POS(tags[i - 1]) >= 2 &&
		    tok_prefix_cap(&p->ti[i], article)) {
			tags[i - 1] = (unsigned char)NER_TAG(NER_PER,
			    NER_TAG_POS(tags[i - 1]) == 3 ? 0 : 1);
			tags[i] = NER_TAG(NER_PER, 2);
		}
}

/*
 * "Bank Kelta Governor Budi Santoso Wijaya" is an organisation, a title
 * and a person, not one long name: a span with a title word inside
 * (capitalised, no organisation's head), a name before it and two or
 * more capitalised words after it that are no title, head or legal form,
 * is cut there.
 */
static void
title_split(const struct prep *p, unsigned char *tags)
{
	const unsigned stop = (1u << GZ_TITLE) | (1u << GZ_ORGHEAD) |
	    (1u << GZ_ORGLEGAL) | GZ_PLACES;
	size_t b, e, k, j;

	for (b = 0; b < p->n; b = e + 1) {
		e = b;
		if (tags[b] == 0 || NER_TAG_POS(tags[b]) != 0)
			continue;
		while (e + 1 < p->n && tags[e + 1] != 0 &&
		    NER_TAG_POS(tags[e + 1]) == 1)
			e++;
		if (e + 1 >= p->n || tags[e + 1] == 0 ||
		    NER_TAG_POS(tags[e + 1]) != 2)
			continue;
		e++;
		for (k = b + 1; k + 2 <= e; k++) {
			if (!(p->ti[k].gcls & (1u << GZ_TITLE)) ||
			    (p->ti[k].gcls & (1u << GZ_ORGHEAD)) || !p->ti[k].cap)
				continue;
			for (j = k + 1; j <= e && p->ti[j].cap &&
			    !(p->ti[j].gcls & stop); j++)
				;
			if (j <= e)
				continue;
			tags[k - 1] = (unsigned char)NER_TAG(NER_TAG_TYPE(tags[b]),
			    k - 1 == b ? 3 : 2);
			tags[k] = 0;
			tags[k + 1] = NER_TAG(NER_PER, 0);
			for (j = k + 2; j < e; j++)
				tags[j] = NER_TAG(NER_PER, 1);
			tags[e] = NER_TAG(NER_PER, 2);
			break;
		}
	}
}

/* Particles inside people's names: "van der Berg", "bin Rashid", "da Silva". */
static const char *const name_particles[] = { "van", "von", "der", "den",
    "de", "del", "della", "di", "da", "das", "dos", "do", "du", "la", "le",
    "bin", "ibn", "bint", "al", "el", "ter", "ten", "y", NULL };

/*
 * One person's name in two pieces: "Tariq bin Saad Al Harbi" or
 * "Joao Carlos da Silva Neto", where the model ended the name at a
 * particle and began another after it, of whatever type ("da Costa
 * Pinto" is no place).  A person's name, one or two particles in lower
 * case and a name are one person's name.  And the last word
 * of a title the model took for a name's first ("Justice" in "Chief
 * Justice Name") is not part of it.  A title alone may open a name in the
 * training data ("Prince Name", "Miss Name"), so that one is left.
 */
static void
person_join(const struct prep *p, unsigned char *tags)
{
	size_t i, j, k;
	int type, last;

	static const char *const son_of[] = { "bin", "ibn", "bint", NULL };

	for (i = 0; i + 2 < p->n; i++) {
		if (tags[i] == 0 || (NER_TAG_POS(tags[i]) != 2 &&
		    NER_TAG_POS(tags[i]) != 3))
			continue;
		for (j = i + 1; j < p->n && j < i + 3 && tags[j] == 0 &&
		    !p->ti[j].cap && p->ti[j].len <= 5 &&
		    tok_in(p, j, name_particles); j++)
			;
		if (j == i + 1 || j >= p->n || tags[j] == 0 ||
		    (NER_TAG_POS(tags[j]) != 0 && NER_TAG_POS(tags[j]) != 3))
			continue;
		/*
		 * A person's name before the particle; or "bin", which
		 * names a father, between one word and a person's name
		 * ("Anwar bin Hashim", the first word typed otherwise).
		 */
		if (NER_TAG_TYPE(tags[i]) != NER_PER &&
		    !(NER_TAG_POS(tags[i]) == 3 && tok_in(p, i + 1, son_of) &&
		    NER_TAG_TYPE(tags[j]) == NER_PER))
			continue;
		tags[i] = (unsigned char)NER_TAG(NER_PER,
		    NER_TAG_POS(tags[i]) == 3 ? 0 : 1);
		for (k = i + 1; k < j; k++)
			tags[k] = NER_TAG(NER_PER, 1);
		type = NER_TAG_TYPE(tags[j]);
		for (k = j; k < p->n && tags[k] != 0 &&
		    NER_TAG_TYPE(tags[k]) == type; k++) {
			last = NER_TAG_POS(tags[k]) == 2 ||
			    NER_TAG_POS(tags[k]) == 3;
			tags[k] = (unsigned char)NER_TAG(NER_PER, last ? 2 : 1);
			if (last)
				break;
		}
		i = k - 1;
	}
	for (i = 1; i + 1 < p->n; i++)
		if (tags[i] == NER_TAG(NER_PER, 0) &&
		    (p->ti[i].gcls & (1u << GZ_TITLE)) && tags[i - 1] == 0 &&
		    ((p->ti[i - 1].gcls & (1u << GZ_TITLE)) ||
		    (p->ti[i - 1].cap && tok_is(p, i - 1, "court")))) {
			/* "Supreme Court Justice Name" too. */
			tags[i] = 0;
			tags[i + 1] = (unsigned char)NER_TAG(NER_PER,
			    NER_TAG_POS(tags[i + 1]) == 2 ? 3 : 0);
		}
	/* "Justice Minister Name": a title word alone before another is
	 * no name, whatever the memory says of it. */
	for (i = 0; i + 2 < p->n; i++)
		if (tags[i] == NER_TAG(NER_PER, 3) && tags[i + 1] == 0 &&
		    (p->ti[i].gcls & (1u << GZ_TITLE)) && p->ti[i + 1].cap &&
		    (p->ti[i + 1].gcls & (1u << GZ_TITLE)))
			tags[i] = 0;
}

/*
 * A city next to a score is its team: "Leeds beat Chelsea 2-1", "drew
 * 1-1 with Sevilla", "Chennai beat Mumbai by six wickets".  In a
 * sentence with a score (digits, a hyphen, digits) or a cricket
 * margin ("wickets", "innings"), a city (no country, state or place the gazetteer lacks,
 * such as "England") is an organisation after beat,
 * defeated, drew with, lost to, against and the like, before beat, drew,
 * lost and the like ("Porto drew 1-1 with Braga"), or right before
 * the score unless a preposition puts it there ("beat Chile in
 * Grenoble 3-2").  A country's team stays a place, as in the training
 * data.
 */
static void
team_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const verbs[] = { "beat", "beats", "defeated",
	    "defeat", "defeats", "against", "with", "to", "edged", "thrashed",
	    "routed", "hosts", "host", "hosted", "v", "vs", "vs.", NULL };
	static const char *const after[] = { "beat", "beats", "drew",
	    "draw", "lost", "defeated", "edged", "thrashed", "routed",
	    "held", "trail", "trailed", "led", NULL };
	static const char *const preps[] = { "in", "at", "of", "from",
	    "near", NULL };
	/* Cricket's margins say sport as a score does: "by six wickets". */
	static const char *const margins[] = { "wicket", "wickets",
	    "innings", NULL };
	size_t i, b;
	int any = 0, before;

	if (p->allcaps)
		return;
	/* A city first (few sentences have one), then a score. */
	for (i = 0; i < p->n && !any; i++)
		any = tags[i] != 0 && NER_TAG_TYPE(tags[i]) == NER_LOC &&
		    (p->ti[i].gcls & GZ_CITIES);
	for (i = 0, any = any ? 0 : -1; i < p->n && any == 0; i++)
		any = is_score(&p->ti[i]) || (p->ti[i].len >= 5 &&
		    tok_in(p, i, margins));
	if (any <= 0)
		return;
	for (i = 0; i < p->n; i++) {
		if (tags[i] == 0 || NER_TAG_TYPE(tags[i]) != NER_LOC ||
		    (NER_TAG_POS(tags[i]) != 2 && NER_TAG_POS(tags[i]) != 3) ||
		    !(p->ti[i].gcls & GZ_CITIES) ||
		    (p->ti[i].gcls & ((1u << GZ_COUNTRY) | (1u << GZ_STATE))))
			continue;
		b = span_begin(tags, i);
		before = b > 0 && tags[b - 1] == 0;
		if ((before && tok_in(p, b - 1, verbs)) ||
		    (i + 1 < p->n && tok_in(p, i + 1, after)) ||
		    (i + 1 < p->n && is_score(&p->ti[i + 1]) &&
		    !(before && tok_in(p, b - 1, preps))))
			span_retype(tags, i, NER_ORG);
	}
}

/*
 * Tokens b..e are a team's name of the North American kind: a city or
 * state and a capitalised plural ("Kansas City Chiefs", "Denver
 * Broncos"), the plural no place or title.
 */
static int
team_name(const struct prep *p, size_t b, size_t e)
{
	const struct tokinfo *t = &p->ti[e];
	const char *f = p->fold.data + t->foff;
	const unsigned where = GZ_CITIES | (1u << GZ_STATE);

	/* The folded form: a headline in title case is read in capitals. */
	return e > b && e - b <= 3 && t->cap && t->flen >= 4 &&
	    f[t->flen - 1] == 's' && f[t->flen - 2] >= 'a' &&
	    f[t->flen - 2] <= 'z' && f[t->flen - 2] != 's' &&
	    !(t->gcls & (GZ_PLACES | (1u << GZ_TITLE))) &&
	    gaz_phrase(p, b, e - 1, where);
}

/*
 * The teams of North American sport are a city and a plural: "the Kansas
 * City Chiefs clinched", "host the Las Vegas Raiders".  In a sentence
 * about sport, a city or state the model tagged alone or left out, and a
 * capitalised plural it left out after it, are one team (not "Atlanta
 * Games": the model's weights for the plural must lean to organisations).
 * A plural the document named so is a team wherever it stands ("The
 * Chiefs (12-3)", "Chiefs: WR Name did not play"), and a city typed a
 * person in sport is its team ("Denver (7-8)", "Denver coach Name").
 */
static void
nickname_retag(const struct ner_model *m, const struct memory *mem,
    const struct prep *p, unsigned char *tags)
{
	static const char *const staff[] = { "coach", "quarterback",
	    "manager", "pitcher", "goalie", "guard", "forward", "center",
	    "receiver", "linebacker", "defenseman", NULL };
	static const char *const coaches[] = { "coach", "quarterback",
	    "pitcher", "goalie", "linebacker", NULL };
	size_t i, b, k;
	int sport = -1;

	for (i = 0; i < p->n; i++) {
		if (!p->ti[i].cap)
			continue;
		if (p->ti[i].team && (tags[i] == 0 ||
		    (NER_TAG_POS(tags[i]) == 3 &&
		    NER_TAG_TYPE(tags[i]) != NER_ORG))) {
			tags[i] = NER_TAG(NER_ORG, 3);
			continue;
		}
		/* "Denver (7-8)", "Denver coach": a team's record or staff. */
		/* Or any city typed a person in a sentence about sport
		 * ("Nice have won none of their four matches"), not after a
		 * title ("Mr. Name") nor a given name before another's and a
		 * surname ("Ann and Tom Hale"). */
		if (tags[i] == NER_TAG(NER_PER, 3) &&
		    (p->ti[i].gcls & GZ_CITIES) && p->ti[i].mem != NER_PER &&
		    !(i > 0 && (p->ti[i - 1].gcls & (1u << GZ_TITLE)) &&
		    p->ti[i - 1].cap && !p->allcaps)) {
			if (!(i + 1 < p->n && ((i + 3 < p->n &&
			    tok_eq(&p->ti[i + 1], "(") &&
			    score_digits(&p->ti[i + 2]) &&
			    tok_eq(&p->ti[i + 3], ")")) ||
			    tok_in(p, i + 1, staff))) &&
			    ((i + 2 < p->n && tok_is(p, i + 1, "and") &&
			    tags[i + 2] == NER_TAG(NER_PER, 0)) ||
			    !is_sport(mem, p)))
				continue;
			if (sport < 0)
				sport = is_sport_strict(mem, p) || is_sport(mem, p);
			if (sport)
				tags[i] = NER_TAG(NER_ORG, 3);
			continue;
		}
		/* "Denver coach Name", the city left out. */
		if (tags[i] == 0 && (p->ti[i].gcls & GZ_CITIES) && i + 1 < p->n &&
		    tok_in(p, i + 1, coaches) && tags[i + 1] == 0) {
			if (sport < 0)
				sport = is_sport_strict(mem, p);
			if (sport)
				tags[i] = NER_TAG(NER_ORG, 3);
			continue;
		}
		if (tags[i] != 0 || i == 0 || p->ti[i].flen < 4 ||
		    p->fold.data[p->ti[i].foff + p->ti[i].flen - 1] != 's')
			continue;
		/* The place before it, of up to three words, which the
		 * model left out or tagged apart. */
		for (b = i, k = i; k > 0 && k + 3 >= i && p->ti[k - 1].cap;
		    k--)
			if ((tags[k - 1] == 0 || NER_TAG_POS(tags[k - 1]) == 0 ||
			    NER_TAG_POS(tags[k - 1]) == 3) &&
			    team_name(p, k - 1, i))
				b = k - 1;
		if (b == i || !ends_org(m, &p->ti[i]))
			continue;
		if (sport < 0)
			sport = is_sport_strict(mem, p);
		if (sport)
			span_set(tags, b, i, NER_ORG);
	}
}

/* The words that open a named storm's name: "Storm Ina", "Hurricane Ida". */
static const char *const storms[] = { "storm", "hurricane", "typhoon",
    "cyclone", "tropical", NULL };

/*
 * Festivals, championships, prizes and fairs are events and awards
 * (MISC), not the organisations, places or people the model takes them for:
 * "the Gdansk Film Festival", "the Nobel Prize"; a telescope is a
 * thing, also MISC; so is a named storm.
 */
static void
event_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const heads[] = { "festival", "festivals",
	    "championship", "championships", "olympics", "paralympics",
	    "marathon", "expo", "prize", "awards", "trophy", "biennale",
	    "regatta", "telescope", NULL };
	/* Laws and treaties too, MISC in CoNLL: "the Digital Markets Act",
	 * "the Paris Agreement" (never one word alone: "Act" may open a
	 * sentence). */
	static const char *const laws[] = { "act", "treaty", "accord",
	    "accords", "agreement", "convention", "protocol", NULL };
	size_t i, b;
	int type;

	for (i = 0; i < p->n; i++) {
		if (tags[i] == 0 || (NER_TAG_POS(tags[i]) != 2 &&
		    NER_TAG_POS(tags[i]) != 3))
			continue;
		type = NER_TAG_TYPE(tags[i]);
		b = span_begin(tags, i);
		/* Nor a person: no one's surname is "Marathon". */
		if ((type == NER_ORG || type == NER_LOC ||
		    (type == NER_PER && b < i)) && (tok_in(p, i, heads) ||
		    (b < i && tok_in(p, i, laws))))
			span_retype(tags, i, NER_MISC);
		/* A named storm is no person: "Storm Ina", "Hurricane Ida". */
		if (type != NER_MISC && b < i && tok_in(p, b, storms))
			span_retype(tags, i, NER_MISC);
	}
}

/*
 * "the Reserve Bank of India (RBI)", "the Health Service Executive
 * (HSE)": an acronym in brackets made of the initials of the capitalised
 * words of the name before it is that name's, of its type, whatever the
 * model made of the acronym alone.
 */
static void
acronym_join(const struct prep *p, unsigned char *tags)
{
	const struct tokinfo *a;
	size_t i, b, e, k, n;
	int type;

	if (p->allcaps)
		return;
	for (i = 2; i + 2 < p->n; i++) {
		a = &p->ti[i];
		if (!tok_eq(&p->ti[i - 1], "(") || !tok_eq(&p->ti[i + 1], ")") ||
		    a->len < 3 || a->len > 8 || !tok_caps(a, 3) ||
		    tags[i - 2] == 0 || NER_TAG_POS(tags[i - 2]) < 2)
			continue;
		type = NER_TAG_TYPE(tags[i - 2]);
		if (tags[i] == NER_TAG(type, 3))
			continue;
		e = i - 2;
		b = span_begin(tags, e);
		for (k = b, n = 0; k <= e; k++) {
			if (p->ti[k].cap) {
				if (n >= a->len || p->ti[k].w[0] != a->w[n])
					break;
				n++;
			} else if (!is_minor(p->ti[k].w, p->ti[k].len))
				break;
		}
		if (k <= e || n != a->len)
			continue;
		tags[i] = (unsigned char)NER_TAG(type, 3);
	}
}

/*
 * "BBC Radio 4", "BBC Radio 5 Live": a broadcaster's station number (and
 * a word the model typed apart after it) belongs to the station's name.
 */
static void
station_join(const struct prep *p, unsigned char *tags)
{
	static const char *const heads[] = { "radio", "channel", "tv",
	    "television", NULL };
	size_t e, n;

	for (e = 0; e + 1 < p->n; e++) {
		if (tags[e] != NER_TAG(NER_ORG, 2) &&
		    tags[e] != NER_TAG(NER_ORG, 3))
			continue;
		n = e + 1;
		if (!tok_in(p, e, heads) || tags[n] != 0 || p->ti[n].len > 2 ||
		    p->ti[n].w[0] < '0' || p->ti[n].w[0] > '9' ||
		    p->ti[n].w[p->ti[n].len - 1] < '0' ||
		    p->ti[n].w[p->ti[n].len - 1] > '9')
			continue;
		if (n + 1 < p->n && tags[n + 1] == NER_TAG(NER_ORG, 3))
			n++;
		span_set(tags, span_begin(tags, e), n, NER_ORG);
		e = n;
	}
}

/* Token t is "'s", with either apostrophe. */
static int
tok_possessive(const struct tokinfo *t)
{
	return tok_eq(t, "'s") || tok_eq(t, "\xe2\x80\x99s");
}

/*
 * "King's College London", "Queen's University Belfast", "St John's
 * College": a name whose first word is an institution's head goes back
 * over a title or given name and "'s" the model left out; the whole is
 * an organisation.  Not over a place or a name it tagged ("Britain's
 * Office for National Statistics").  The model may leave the head out
 * too: "the King's Fund", "the Prince's Trust" after "the" are one
 * (not "the King's speech", nor "the Queen's Park Rangers" it tagged).
 */
static void
possessive_join(const struct prep *p, unsigned char *tags)
{
	size_t b, e;

	for (b = 2; b < p->n; b++) {
		/* Most words are neither "'s" nor a head: cheap tests first. */
		if (!p->ti[b].cap && p->ti[b].len != 2 && p->ti[b].len != 4)
			continue;
		/* The model's own "Prince's Trust", typed a place. */
		if (tags[b] != 0 && NER_TAG_POS(tags[b]) == 1 &&
		    tags[b - 1] == NER_TAG(NER_TAG_TYPE(tags[b]), 0) &&
		    NER_TAG_TYPE(tags[b]) != NER_ORG && p->ti[b - 1].cap &&
		    (p->ti[b - 1].gcls & ((1u << GZ_TITLE) | (1u << GZ_GIVEN))) &&
		    !(p->ti[b - 1].gcls & GZ_PLACES) && tok_possessive(&p->ti[b]) &&
		    b + 1 < p->n && tags[b + 1] != 0 && NER_TAG_POS(tags[b + 1]) == 2 &&
		    (p->ti[b + 1].gcls & (1u << GZ_ORGHEAD))) {
			span_set(tags, b - 1, b + 1, NER_ORG);
			continue;
		}
		if (!(p->ti[b].gcls & (1u << GZ_ORGHEAD)) || !p->ti[b].cap ||
		    (tags[b] == 0 ? b < 3 || !tok_is(p, b - 3, "the") ||
		    (b + 1 < p->n && p->ti[b + 1].cap) :
		    (NER_TAG_POS(tags[b]) != 0 && NER_TAG_POS(tags[b]) != 3)) ||
		    !(p->ti[b].gcls & (1u << GZ_ORGHEAD)) || !p->ti[b].cap ||
		    tags[b - 1] != 0 || !tok_possessive(&p->ti[b - 1]) ||
		    tags[b - 2] != 0 || !p->ti[b - 2].cap ||
		    !(p->ti[b - 2].gcls & ((1u << GZ_TITLE) | (1u << GZ_GIVEN))) ||
		    (p->ti[b - 2].gcls & GZ_PLACES))
			continue;
		e = tags[b] == 0 ? b : span_end(tags, p->n, b);
		span_set(tags, b - 2, e, NER_ORG);
	}
}

/*
 * A firm's name written with "&" between capitals ("AT&T") is an
 * organisation wherever it stands, also first in a sentence where the
 * model, which has not seen it, leaves it out.
 */
static void
ampersand_retag(const struct prep *p, unsigned char *tags)
{
	const struct tokinfo *t;
	size_t i;
	const char *amp;

	if (p->allcaps)
		return;
	for (i = 0; i < p->n; i++) {
		t = &p->ti[i];
		if (tags[i] != 0 || !t->cap || t->len < 3 ||
		    (amp = memchr(t->w, '&', t->len)) == NULL ||
		    amp == t->w + t->len - 1 || amp[1] < 'A' || amp[1] > 'Z')
			continue;
		tags[i] = NER_TAG(NER_ORG, 3);
	}
}

/*
 * "Halifax, Nova Scotia," and "in Pune, Maharashtra.": a city, a comma
 * and a state, country or region (lib/data/ner_regions.txt) the
 * gazetteers know, then punctuation, are two
 * places, whatever the model took them for ("Nova" is also a given
 * name, "Halifax" a bank).
 */
static void
region_retag(const struct gaz *rg, const struct prep *p, unsigned char *tags)
{
	const unsigned regions = (1u << GZ_STATE) | (1u << GZ_COUNTRY);
	size_t i, e, b;

	for (i = 2; i < p->n; i++) {
		if (tags[i] == 0 || (NER_TAG_POS(tags[i]) != 0 &&
		    NER_TAG_POS(tags[i]) != 3) ||
		    !tok_eq(&p->ti[i - 1], ",") || tags[i - 2] == 0 ||
		    NER_TAG_POS(tags[i - 2]) < 2 ||
		    !(p->ti[i - 2].gcls & GZ_CITIES))
			continue;
		e = span_end(tags, p->n, i);
		if (e + 1 < p->n && has_alnum(p->ti[e + 1].w, p->ti[e + 1].len))
			continue;
		b = span_begin(tags, i - 2);
		if (!(gaz_phrase(p, i, e, regions) || gaz_has(rg, p, i, e)) ||
		    !gaz_phrase(p, b, i - 2, GZ_CITIES))
			continue;
		span_set(tags, i, e, NER_LOC);
		span_set(tags, b, i - 2, NER_LOC);
	}
}

static const struct pslot *pslot_find(const struct ner_model *, uint64_t);

/* The model has the feature key. */
static int
model_has(const struct ner_model *m, uint64_t key)
{
	return m->ps != NULL ? pslot_find(m, key) != NULL :
	    htab_get(&m->ft, key) >= 0;
}

/* The weight the model gives feature key for tag, 0 when it has none. */
static float
model_weight(const struct ner_model *m, uint64_t key, int tag)
{
	const struct pslot *s;
	int64_t row;
	uint32_t k;

	if (m->ps == NULL)
		return (row = htab_get(&m->ft, key)) < 0 ? 0 :
		    m->w[(size_t)row * NT + (size_t)tag];
	if ((s = pslot_find(m, key)) == NULL)
		return 0;
	if (s->n == PDENSE)
		return tag < PD_ROW ? m->pd[(size_t)s->off * PD_ROW +
		    (size_t)tag] : m->px[s->off];
	for (k = 0; k < s->n; k++)
		if (m->pe[s->off + k].tag == (uint32_t)tag)
			return m->pe[s->off + k].w;
	return 0;
}

/* Token t ends in one of the suffixes (NULL-ended). */
static int
tok_suffix(const struct tokinfo *t, const char *const *suffixes)
{
	size_t n;

	for (; *suffixes != NULL; suffixes++) {
		n = strlen(*suffixes);
		if (t->len > n + 2 &&
		    memcmp(t->w + t->len - n, *suffixes, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * "Jefferies analyst Tom Whitlock said": a capitalised word that opens
 * the sentence before a title in lower case and a person's name is the
 * firm the person works for, which the model, reading the first word as
 * capitalised for that reason alone, leaves out.  Not a word the
 * gazetteers know ("British analyst", "Senior analyst"), a word that
 * qualifies a title ("Former coach", "Campaign spokesman"), an
 * adjective or participle by its ending ("Political analyst",
 * "Defending champion"), or one with a hyphen ("Award-winning").
 */
static void
firm_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const mods[] = { "former", "late", "then",
	    "acting", "interim", "veteran", "longtime", "senior", "junior",
	    "chief", "deputy", "assistant", "associate", "fellow", "top",
	    "lead", "head", "another", "one", "two", "three", "campaign",
	    "team", "club", "company", "firm", "bank", "market", "industry",
	    "union", "party", "state", "city", "county", "government",
	    "police", "army", "military", "defence", "defense", "foreign",
	    "finance", "health", "energy", "oil", "trade", "security",
	    "house", "senate", "white", "staff", "hedge", "fund", "equity",
	    "credit", "stock", "tech", "sports", "film", "art", "music",
	    "news", "tv", "radio", "newspaper", "television", "local",
	    "independent", "outgoing", "incoming", "new", "ex", "vice",
	    "special", "first", "prime", "world", "olympic", "this", "that",
	    "our", "their", "his", "her", "its", "the", "a", "an", NULL };
	static const char *const endings[] = { "al", "ive", "ing", "ed",
	    "ic", "ous", "ful", "ent", "ant", "ary", "ian", "ist", "ish",
	    "less", "est", "ly", NULL };
	size_t i = 0, k;
	const struct tokinfo *t;

	while (i < p->n && !p->wc[i].alnum)
		i++;
	if (i + 2 >= p->n || tags[i] != 0 || p->allcaps)
		return;
	t = &p->ti[i];
	if (!t->cap || t->gcls != 0 || t->len < 2 || p->ti[i + 1].cap ||
	    !(p->ti[i + 1].gcls & (1u << GZ_TITLE)) || tags[i + 2] == 0 ||
	    NER_TAG_TYPE(tags[i + 2]) != NER_PER ||
	    (NER_TAG_POS(tags[i + 2]) != 0 && NER_TAG_POS(tags[i + 2]) != 3) ||
	    memchr(t->w, '-', t->len) != NULL || tok_in(p, i, mods) ||
	    tok_suffix(t, endings))
		return;
	for (k = 0; k < t->len; k++)
		if (!((t->w[k] >= 'a' && t->w[k] <= 'z') ||
		    (t->w[k] >= 'A' && t->w[k] <= 'Z') || t->w[k] == '&'))
			return;
	tags[i] = NER_TAG(NER_ORG, 3);
}

/* Token t is two capitalised words joined by a hyphen: "Okonkwo-Bello". */
static int
tok_double(const struct tokinfo *t)
{
	const char *h = memchr(t->w, '-', t->len);
	size_t k;

	if (h == NULL || !t->cap || h + 1 == t->w + t->len ||
	    h[1] < 'A' || h[1] > 'Z' || h - t->w < 2)
		return 0;
	for (k = 1; k < t->len; k++)
		if (t->w + k != h && !(t->w[k] >= 'a' && t->w[k] <= 'z') &&
		    !(t->w + k == h + 1))
			return 0;
	return 1;
}

/*
 * "Nova Lindqvist" or "Chiamaka Okonkwo-Bello", typed MISC: a name of
 * two or three capitalised words, the others unknown to every gazetteer
 * and to the model ("Fox News", "Geneva Convention" are no people's), is
 * a person's when the first is a given name and no place or people, or
 * an unknown word before a surname of two joined by a hyphen; not a
 * storm's ("Storm Fenna": "Storm" is also a given name).
 */
static void
given_person(const struct ner_model *m, const struct prep *p,
    unsigned char *tags, size_t b, size_t e)
{
	size_t k;

	if (e - b > 2 || (p->ti[b].gcls & GZ_PLACES) || p->allcaps ||
	    tok_in(p, b, storms) ||
	    !((p->ti[b].gcls & (1u << GZ_GIVEN)) || (e == b + 1 &&
	    p->ti[b].gcls == 0 && tok_double(&p->ti[e]) &&
	    !model_has(m, fkey(T_L, p->ti[b].hl)))))
		return;
	for (k = b + 1; k <= e && p->ti[k].cap && p->ti[k].gcls == 0 &&
	    (memchr(p->ti[k].w, '-', p->ti[k].len) == NULL ||
	    tok_double(&p->ti[k])) && !tok_caps(&p->ti[k], 2) &&
	    !model_has(m, fkey(T_L, p->ti[k].hl)); k++)
		;
	if (k > e)
		span_set(tags, b, e, NER_PER);
}

/*
 * "the Sandy Hook victims", "the Grenfell Tower fire": a name between
 * "the" and a disaster or its victims is where it happened, not the
 * organisation the model took it for: one of two words or more without
 * a head word ("the Acme shooting" may be the firm's).  A person only
 * before a disaster of nature or fire ("the Pryce shooting" is one).
 */
static void
disaster_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const events[] = { "victims", "shooting",
	    "shootings", "massacre", "bombing", "bombings", "disaster",
	    "tragedy", "earthquake", "quake", "floods", "flood", "wildfire",
	    "fire", "blaze", "siege", "riots", "derailment", NULL };
	/* "the Pryce shooting", "the Ann Doe victims" are a person's. */
	static const char *const places[] = { "disaster", "earthquake",
	    "quake", "floods", "flood", "wildfire", "fire", "blaze",
	    "derailment", NULL };
	const unsigned heads = (1u << GZ_ORGHEAD) | (1u << GZ_ORGLEGAL);
	size_t e, b, k;
	int type;

	for (e = 1; e + 1 < p->n; e++) {
		if (tags[e] == 0 || NER_TAG_POS(tags[e]) < 2 ||
		    p->ti[e + 1].cap)
			continue;
		type = NER_TAG_TYPE(tags[e]);
		b = span_begin(tags, e);
		if (b == 0 || (type != NER_ORG && type != NER_PER) ||
		    !tok_is(p, b - 1, "the") || !tok_in(p, e + 1, events) ||
		    (type == NER_PER && !tok_in(p, e + 1, places)))
			continue;
		if (type == NER_ORG) {
			for (k = b; k <= e && !(p->ti[k].gcls & heads) &&
			    !tok_caps(&p->ti[k], 2); k++)
				;
			if (k <= e || b == e)
				continue;
		}
		span_set(tags, b, e, NER_LOC);
	}
}

/*
 * "the Department for Culture, Media and Sport": an organisation's name
 * the model carried past a comma ("Culture, Media") goes on to the one
 * capitalised word after "and", which it made a name of its own.
 */
static size_t
comma_org_join(const struct prep *p, unsigned char *tags, size_t b, size_t e)
{
	size_t k;

	if (e + 2 >= p->n || !tok_is(p, e + 1, "and") ||
	    tags[e + 1] != 0 || !p->ti[e + 2].cap ||
	    (tags[e + 2] != 0 && tags[e + 2] != NER_TAG(NER_ORG, 3)) ||
	    (e + 3 < p->n && p->ti[e + 3].cap))
		return e;
	for (k = b + 1; k < e && !tok_eq(&p->ti[k], ","); k++)
		;
	if (k >= e)
		return e;
	span_set(tags, b, e + 2, NER_ORG);
	return e + 2;
}

/* A token of p is a score, of football's or of basketball's ("112-104"). */
static int
has_score(const struct prep *p)
{
	size_t i, n;

	for (i = 0; i < p->n; i++)
		if ((n = score_digits(&p->ti[i])) > 0 && n <= 3)
			return 1;
	return 0;
}

/*
 * The word of t, last in a name, makes it an organisation's as far as
 * the model knows: "Celtics" or an unknown word, not "Games" (MISC) nor
 * "Jones" (a person's).
 */
static int
ends_org(const struct ner_model *m, const struct tokinfo *t)
{
	uint64_t key = fkey(T_L, t->hl);
	float org = model_weight(m, key, NER_TAG(NER_ORG, 2));

	return org >= model_weight(m, key, NER_TAG(NER_MISC, 2)) &&
	    org >= model_weight(m, key, NER_TAG(NER_PER, 2));
}

/*
 * What a name stands before says it is a place: "the Marathwada and
 * Vidarbha regions", "in Beed district", "the Nakuru county government"
 * (a region, district or county in lower case); "the Maharashtra
 * government", "The NSW Premier", "The Lagos State Governor" (a state
 * or region the gazetteers know, before a government or a title), "the
 * Leeds Mayor" (a city before its mayor or governor).  The
 * model, meeting such a name first, often makes it an organisation or
 * a person, or leaves it out; and a region the document has named as a
 * place is one wherever it stands.  Not an organisation with a head word,
 * nor a people ("the Kurdish region"), nor a word the model knows that
 * it left out ("the Federal district"), nor in sport, where a state is a
 * team ("the Texas coach").
 */
static void
area_retag(const struct ner_model *m, const struct gaz *rg,
    const struct memory *mem, const struct prep *p, unsigned char *tags)
{
	static const char *const areas[] = { "region", "regions", "district",
	    "districts", "province", "provinces", "county", "counties",
	    "constituency", "municipality", "governorate", "prefecture",
	    "taluk", "tehsil", "sub-county", NULL };
	static const char *const rulers[] = { "government", "governments",
	    "cabinet", "assembly", "legislature", "police", "premier",
	    "governor", "authorities", NULL };
	/* A city has a mayor and, as a county, a governor: "Nakuru
	 * Governor Name". */
	static const char *const city_rulers[] = { "mayor", "governor",
	    NULL };
	const unsigned regions = (1u << GZ_STATE) | (1u << GZ_COUNTRY);
	const unsigned heads = (1u << GZ_ORGHEAD) | (1u << GZ_ORGLEGAL) |
	    (1u << GZ_TITLE) | (1u << GZ_DEMONYM);
	size_t e, b, k, n, last;
	int type, state, sport = -1;

	if (p->allcaps)
		return;
	for (e = 0; e + 1 < p->n; e++) {
		if (!p->ti[e].cap ||
		    (tags[e] != 0 && NER_TAG_POS(tags[e]) < 2))
			continue;
		n = e + 1;
		/* The model's "Lagos State Governor": the title is no part
		 * of the name; the walk meets "State" again as its end. */
		if (tags[e] != 0 && NER_TAG_POS(tags[e]) == 2 && e >= 2 &&
		    tok_is(p, e - 1, "state") && tok_in(p, e, rulers) &&
		    span_begin(tags, e) + 1 < e) {
			tags[e] = 0;
			tags[e - 1] = (unsigned char)NER_TAG(NER_TAG_TYPE(
			    tags[e - 1]), 2);
			e -= 2;
			continue;
		}
		if (!p->ti[n].cap && tok_in(p, n, areas)) {
			if (tags[e] == 0) {
				/* A word the model left out, unknown to it. */
				if (p->ti[e].initial || (p->ti[e].gcls & heads) ||
				    model_has(m, fkey(T_L, p->ti[e].hl)))
					continue;
				tags[e] = NER_TAG(NER_LOC, 3);
				continue;
			}
			type = NER_TAG_TYPE(tags[e]);
			b = span_begin(tags, e);
			if (type == NER_LOC || type == NER_MISC || e - b > 2)
				continue;
			/* An organisation's words unknown to the model
			 * ("Vidarbha"), not "the 24th House district". */
			for (k = b; k <= e && !(p->ti[k].gcls & heads) &&
			    (type != NER_ORG || gaz_has(rg, p, b, e) ||
			    !model_has(m, fkey(T_L, p->ti[k].hl))); k++)
				;
			if (k <= e)
				continue;
			span_set(tags, b, e, NER_LOC);
			/* "the X and Y regions": X too. */
			if (b >= 2 && tok_is(p, b - 1, "and") &&
			    tags[b - 2] != 0 && NER_TAG_POS(tags[b - 2]) == 3 &&
			    NER_TAG_TYPE(tags[b - 2]) != NER_MISC &&
			    !(p->ti[b - 2].gcls & heads))
				tags[b - 2] = NER_TAG(NER_LOC, 3);
			continue;
		}
		/* The model left the city out before its mayor's name. */
		if (tags[e] == 0 && p->ti[n].cap && tok_in(p, n, city_rulers) &&
		    n + 1 < p->n && tags[n + 1] == NER_TAG(NER_PER, 0) &&
		    gaz_phrase(p, e, e, GZ_CITIES)) {
			tags[e] = NER_TAG(NER_LOC, 3);
			continue;
		}
		if (tags[e] == 0 || NER_TAG_TYPE(tags[e]) == NER_LOC ||
		    (p->ti[e].gcls & (1u << GZ_DEMONYM)))
			continue;
		/* A region the document has named a place stays one
		 * ("Marathwada received 64 per cent more rain"). */
		if (e > 0 && NER_TAG_POS(tags[e]) == 3 &&
		    p->ti[e].mem == NER_LOC &&
		    !(p->ti[e].memany & ((1u << NER_ORG) | (1u << NER_PER))) &&
		    gaz_has(rg, p, e, e)) {
			if (sport < 0)
				sport = is_sport_strict(mem, p);
			if (!sport)
				tags[e] = NER_TAG(NER_LOC, 3);
			continue;
		}
		/* "The Lagos State Governor": "State" goes with it. */
		state = tok_is(p, n, "state") && p->ti[n].cap && tags[n] == 0 &&
		    n + 1 < p->n;
		if (state)
			n++;
		if (!(tok_in(p, n, rulers) || (p->ti[n].cap && tags[n] == 0 &&
		    (p->ti[n].gcls & (1u << GZ_TITLE)))))
			continue;
		b = span_begin(tags, e);
		/* The model's "Lagos State" as one name. */
		last = state ? e + 1 : e;
		if (!state && e > b && tok_is(p, e, "state")) {
			state = 1;
			last = e--;
		}
		if (!gaz_phrase(p, b, e, regions) && !gaz_has(rg, p, b, e) &&
		    !((state || tok_in(p, n, city_rulers)) &&
		    gaz_phrase(p, b, e, GZ_CITIES))) {
			e = last;
			continue;
		}
		if (sport < 0)
			sport = is_sport_strict(mem, p);
		if (!sport)
			span_set(tags, b, last, NER_LOC);
		e = last;
	}
}

/*
 * The type the words after the name ending at token e give it when they
 * say what it is, as news does in an apposition: ", the state weather
 * bureau," and ", a health think tank," an organisation; ", a village
 * in" and ", the provincial capital," a place; else -1.  The kind is the
 * last of at most four words in lower case (or peoples' adjectives:
 * "the German carmaker") after "the", "a" or "an", and punctuation, a
 * preposition or a relative pronoun follows it ("the bank's chief" and
 * "the party leader" say nothing of the name).  Not an organisation's
 * kind before "of".
 */
static int
apposition_type(const struct prep *p, size_t e)
{
	static const char *const orgs[] = { "agency", "bureau", "company",
	    "firm", "group", "party", "charity", "organisation",
	    "organization", "union", "association", "council", "authority",
	    "regulator", "watchdog", "broadcaster", "newspaper", "airline",
	    "carrier", "bank", "lender", "insurer", "retailer", "carmaker",
	    "automaker", "manufacturer", "operator", "utility",
	    "conglomerate", "startup", "start-up", "nonprofit", "non-profit",
	    "foundation", "institute", "university", "ministry",
	    "department", "club", "side", "network", "broadcaster",
	    "publisher", "chain", "miner", "developer", "maker", "supplier",
	    "consultancy", "tank", "think-tank", "daily", "tabloid",
	    "federation", "movement", "coalition", "alliance", NULL };
	static const char *const places[] = { "town", "village", "city",
	    "suburb", "district", "province", "region", "county", "island",
	    "capital", "port", "neighbourhood", "neighborhood", "township",
	    "municipality", "enclave", "territory", "settlement", "resort",
	    "hamlet", NULL };
	static const char *const after[] = { ",", ".", ";", ")", ":", "that",
	    "which", "whose", "of", "in", "for", "based", "with", "on", "to",
	    "and", "near", "where", "founded", "owned", "run", "known", "at",
	    NULL };
	size_t k, head;

	if (e + 4 >= p->n || !tok_eq(&p->ti[e + 1], ",") ||
	    !(tok_is(p, e + 2, "the") || tok_is(p, e + 2, "a") ||
	    tok_is(p, e + 2, "an")))
		return -1;
	for (k = e + 3; k < p->n && k < e + 7; k++) {
		if (p->ti[k].cap ? !(p->ti[k].gcls & ((1u << GZ_DEMONYM) |
		    (1u << GZ_COUNTRY))) : p->wc[k].up > 0 || p->wc[k].lo == 0 ||
		    is_clitic(p->ti[k].w, p->ti[k].len))
			break;
		if (k > e + 3 && tok_in(p, k, after))
			break;
	}
	if (k == e + 3 || k >= p->n || !tok_in(p, k, after))
		return -1;
	head = k - 1;
	if (p->ti[head].cap)
		return -1;
	if (tok_is(p, head, "tank"))
		return tok_is(p, head - 1, "think") ? NER_ORG : -1;
	/* Not "Turnhout, a group of boy scouts", "Etruria, an ancient
	 * federation of towns": a kind of things, not the name's. */
	if (tok_in(p, head, orgs))
		return tok_is(p, k, "of") ? -1 : NER_ORG;
	if (tok_in(p, head, places))
		return NER_LOC;
	return -1;
}

/*
 * The name of two words or more joined by "and" or "or" to the person's
 * name [b, e] and ending in the same word ("Gold Coast and Sunshine
 * Coast"), when it is not a person's: its first token, or SIZE_MAX.
 */
static size_t
pair_begin(const struct prep *p, const unsigned char *tags, size_t b,
    size_t e)
{
	size_t o;

	if (b >= 3 && tags[b - 1] == 0 && (tok_is(p, b - 1, "and") ||
	    tok_is(p, b - 1, "or")) && tags[b - 2] != 0 &&
	    NER_TAG_POS(tags[b - 2]) == 2 && p->ti[b - 2].hl == p->ti[e].hl &&
	    NER_TAG_TYPE(tags[b - 2]) != NER_PER)
		return span_begin(tags, b - 2);
	if (e + 3 < p->n && tags[e + 1] == 0 && (tok_is(p, e + 1, "and") ||
	    tok_is(p, e + 1, "or")) && tags[e + 2] != 0 &&
	    NER_TAG_POS(tags[e + 2]) == 0 &&
	    NER_TAG_TYPE(tags[e + 2]) != NER_PER) {
		o = span_end(tags, p->n, e + 2);
		if (p->ti[o].hl == p->ti[e].hl)
			return e + 2;
	}
	return SIZE_MAX;
}

/* The sentence names a political party: "Labour", "the Liberal
 * Democrats", "the SNP", "the Green Party". */
static int
names_party(const struct prep *p)
{
	static const char *const parties[] = { "labour", "conservatives",
	    "tories", "democrats", "republicans", "snp", "greens", "party",
	    "reform", "liberals", NULL };
	size_t i;

	for (i = 0; i < p->n; i++)
		if (p->ti[i].cap && tok_in(p, i, parties))
			return 1;
	return 0;
}

/* The sentence speaks of hills: "summit", "climbed", "walkers". */
static int
hill_words(const struct prep *p)
{
	static const char *const words[] = { "mountain", "mountains",
	    "summit", "summits", "peak", "peaks", "climb", "climbs",
	    "climbed", "climbing", "climber", "climbers", "walkers",
	    "hillwalkers", "hillwalker", "hill", "hills", "slopes", "munro",
	    "munros", "ascent", "descent", "ridge", "glen", "valley", "loch",
	    "mountaineers", "mountaineer", "hikers", "hiker", NULL };
	size_t i;

	for (i = 0; i < p->n; i++)
		if (!p->ti[i].cap && p->ti[i].len >= 4 && tok_in(p, i, words))
			return 1;
	return 0;
}

/*
 * What a name stands beside says what it names: a person's name before
 * "analyst" or "economist" is the firm's ("Peel Hunt analyst Name";
 * people have no analysts, places do: "Wall Street analysts", and
 * campaigns have strategists); a person or place after "the journal" or
 * "the airline" is the organisation ("the journal Nature Geoscience");
 * a person's name ending in "Glacier" or "Peninsula" is a place ("Pine
 * Island Glacier"), unless it begins with a given name ("Ann Lake"), and
 * any name ending in "County" or "Province" is ("the Lucas County
 * jail"); in a sentence with a score, a person's or other name of a city
 * and a capitalised plural that ends organisations' names is a team
 * ("the Boston Celtics beat ... 112-104"); and
 * a person's name before "'s disease" names the disease ("Alzheimer's
 * disease").
 */
static void
beside_retag(const struct ner_model *m, const struct gaz *rg,
    const struct prep *p, unsigned char *tags)
{
	/* Kinds of body that news puts right before a name, also after a
	 * qualifier and no "the" ("Poll watchdog Kontra Daya said"). */
	static const char *const watchdogs[] = { "watchdog", "regulator",
	    NULL };
	static const char *const firm_staff[] = { "analyst", "analysts",
	    "economist", "economists", NULL };
	static const char *const kinds[] = { "journal", "newspaper",
	    "magazine", "tabloid", "broadcaster", "website", "airline",
	    "carrier", "lender", "insurer", "retailer", "publisher",
	    "carmaker", "automaker", "charity", "firm", "company", "bank",
	    "conglomerate", "startup", "chain", "label", NULL };
	static const char *const geo[] = { "glacier", "glaciers", "island",
	    "islands", "river", "lake", "lakes", "mountain", "mountains",
	    "peninsula", "valley", "canyon", "desert", "strait", "straits",
	    "gulf", "bay", "sea", "ocean", "reef", "volcano", "falls",
	    "archipelago", "plateau", "coast", "highway", "motorway",
	    "freeway", NULL };
	static const char *const divisions[] = { "county", "province",
	    "prefecture", "township", "oblast", NULL };
	static const char *const ills[] = { "disease", "syndrome", NULL };
	static const char *const kin[] = { "husband", "wife", "son",
	    "daughter", "brother", "sister", "mother", "father", "partner",
	    "widow", "widower", "grandson", "granddaughter", NULL };
	static const char *const owners[] = { "her", "his", "their", "my",
	    "our", NULL };
	static const char *const crafts[] = { "program", "programme",
	    "mission", "spacecraft", "probe", "rover", "lander", NULL };
	static const char *const models[] = { "helicopter", "helicopters",
	    "jet", "jets", "fighter", "fighters", "drone", "drones", "tank",
	    "tanks", "missile", "missiles", "rifle", "rifles", "vaccine",
	    "vaccines", "smartphone", "smartphones", "telescope",
	    "telescopes", NULL };
	static const char *const roles[] = { "captain", "skipper", "coach",
	    "striker", "goalkeeper", "batsman", "bowler", "opener",
	    "midfielder", "defender", "winger", "quarterback", "pitcher",
	    "spinner", "all-rounder", "fly-half", NULL };
	static const char *const particles[] = { "del", "de", NULL };
	static const char *const verbs[] = { "hold", "holds", "held",
	    "gained", "gains", "takes", "took", "wins", "won", "loses",
	    "lost", "beat", "beats", "said", "says", NULL };
	static const char *const seat_verbs[] = { "gained", "gains", "gain",
	    "hold", "holds", "held", "retained", "retains", "loses", "lost",
	    "takes", "took", "seized", "seizes", NULL };
	static const char *const wards[] = { "district", "parish", "borough",
	    NULL };
	static const char *const kinds_of_place[] = { "city", "town",
	    "village", "province", "provinces", "county", "counties",
	    "district", "districts", "region", "regions", "parish",
	    "parishes", "state", "states", "municipality", "island",
	    "islands", "port", "suburb", "suburbs", "towns", "villages",
	    "cities", NULL };
	static const char *const ways[] = { "through", "via", "across", "up",
	    "atop", NULL };
	static const char *const compass[] = { "north", "south", "east",
	    "west", "central", NULL };
	static const char *const crossings[] = { "crossing", "crossings",
	    NULL };
	static const char *const locatives[] = { "at", "in", "to", "from",
	    "near", "outside", "into", "through", "on", "inside", NULL };
	static const char *const sites[] = { "airport", "stadium", "arena",
	    NULL };
	static const char *const roads[] = { "highway", "motorway",
	    "freeway", "expressway", "desert", NULL };
	size_t e, b, ob, oe;
	int type, k, hills = -1, party = -1;

	for (e = 0; e < p->n; e++) {
		if (tags[e] == 0 || NER_TAG_POS(tags[e]) < 2)
			continue;
		type = NER_TAG_TYPE(tags[e]);
		b = span_begin(tags, e);
		/* "The Liberal Democrats hold Bath", one name to the model:
		 * a verb of news in lower case inside a name ends it (not
		 * "is": "The Land is Ours"), and the words after it are
		 * another name (a place, if the gazetteer says so). */
		if (type != NER_MISC && e >= b + 2) {
			for (ob = b + 1; ob < e && !(!p->ti[ob].cap &&
			    tok_in(p, ob, verbs)); ob++)
				;
			if (ob < e && p->ti[ob + 1].cap) {
				span_set(tags, b, ob - 1, type);
				tags[ob] = 0;
				span_set(tags, ob + 1, e, gaz_phrase(p, ob + 1, e,
				    GZ_PLACES) ? NER_LOC : type);
				b = ob + 1;
				type = NER_TAG_TYPE(tags[e]);
			}
		}
		/* "Pagasa, the state weather bureau,", "Tiwi, a village
		 * in": the apposition says what the name is. */
		if (type != NER_MISC && (k = apposition_type(p, e)) >= 0 &&
		    k != type) {
			span_set(tags, b, e, k);
			continue;
		}
		/* "the Chennai captain", "Kent opener Name": a city's or
		 * county's captain is its team's; a country's stays a place,
		 * as the training data has it ("England captain"). */
		if (type == NER_LOC && e + 1 < p->n && p->wc[e + 1].up == 0 &&
		    tok_in(p, e + 1, roles) && (gaz_phrase(p, b, e,
		    GZ_CITIES | (1u << GZ_STATE)) || gaz_has(rg, p, b, e)) &&
		    !((p->ti[b].gcls | p->ti[e].gcls) & (1u << GZ_COUNTRY))) {
			span_set(tags, b, e, NER_ORG);
			continue;
		}
		/* "the Gold Coast and Sunshine Coast": two names of one
		 * last word joined by "and" or "or" are of one kind; a
		 * person's type gives way to the other's, and both are
		 * places when the other is a place the gazetteer knows
		 * (whatever the model made of it), outside a score. */
		if (type == NER_PER && e > b && (ob = pair_begin(p, tags, b,
		    e)) != SIZE_MAX) {
			oe = span_end(tags, p->n, ob);
			k = NER_TAG_TYPE(tags[ob]);
			if (k != NER_LOC && gaz_phrase(p, ob, oe, GZ_PLACES) &&
			    !has_score(p)) {
				k = NER_LOC;
				span_set(tags, ob, oe, k);
			}
			span_set(tags, b, e, k);
			continue;
		}
		/* "Davao del Sur", cut by the model at the particle: a
		 * place, "del" or "de" and a place or a word it left out
		 * are one place. */
		if (type == NER_LOC && e + 2 < p->n && tags[e + 1] == 0 &&
		    tok_in(p, e + 1, particles) && p->ti[e + 2].cap &&
		    (tags[e + 2] == 0 ? e + 3 >= p->n || !p->ti[e + 3].cap :
		    tags[e + 2] == NER_TAG(NER_LOC, 0) ||
		    tags[e + 2] == NER_TAG(NER_LOC, 3))) {
			oe = tags[e + 2] == 0 ? e + 2 :
			    span_end(tags, p->n, e + 2);
			span_set(tags, b, oe, NER_LOC);
			e = oe;
			continue;
		}
		/* "Labour has gained Hastings", "The Liberal Democrats hold
		 * Bath": a place a party gains, holds or loses is a seat, no
		 * team, where the sentence names a party and no score. */
		if (type == NER_ORG && b > 0 && tok_in(p, b - 1, seat_verbs) &&
		    (is_place_span(rg, p, b, e) || (p->ti[b].gcls &
		    GZ_CITIES)) && (party < 0 ?
		    (party = names_party(p) && !has_score(p)) : party)) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "the town of Masaka", "the parishes of St Catherine and
		 * Clarendon": what a place's kind names is a place. */
		if (type != NER_LOC && b >= 2 && tags[b - 1] == 0 &&
		    tok_is(p, b - 1, "of") && !p->ti[b - 2].cap &&
		    tok_in(p, b - 2, kinds_of_place)) {
			span_set(tags, b, e, NER_LOC);
			if (e + 2 < p->n && tags[e + 1] == 0 &&
			    tok_is(p, e + 1, "and") && tags[e + 2] != 0 &&
			    NER_TAG_POS(tags[e + 2]) != 1 &&
			    NER_TAG_POS(tags[e + 2]) != 2 &&
			    NER_TAG_TYPE(tags[e + 2]) != NER_MISC) {
				oe = span_end(tags, p->n, e + 2);
				span_set(tags, e + 2, oe, NER_LOC);
				e = oe;
			}
			continue;
		}
		/* "the Mason District": nor in a district's or parish's
		 * word, whatever its first word. */
		if (type == NER_PER && e > b && p->ti[e].cap &&
		    tok_in(p, e, wards)) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "represents Anambra South", "Kilifi North": no person's
		 * name ends in a point of the compass after a word that is
		 * no given name; a constituency's or district's does. */
		if (type == NER_PER && e == b + 1 && tok_in(p, e, compass) &&
		    !(p->ti[b].gcls & (1u << GZ_GIVEN))) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "along the River Shannon": no person's name opens with
		 * "River", nor does an organisation's after "the" (River
		 * Plate, a club, goes without it). */
		if ((type == NER_PER || (type == NER_ORG && b > 0 &&
		    tok_is(p, b - 1, "the"))) && e > b && p->ti[b].cap &&
		    tok_is(p, b, "river")) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "climbed Ben Nevis", "the road through Glen Coe": hills
		 * and glens named "Ben" (Gaelic beinn, a mountain) or "Glen"
		 * and a word, which the model reads as a given name and a
		 * surname, are places in a sentence about hills, after
		 * "through" or "up", or when the document has named the
		 * word a place. */
		if (type == NER_PER && e == b + 1 && (tok_is(p, b, "ben") ||
		    tok_is(p, b, "glen")) && (p->ti[e].mem == NER_LOC ||
		    (b > 0 && tok_in(p, b - 1, ways)) ||
		    (hills < 0 ? (hills = hill_words(p)) : hills))) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "Shannon Airport", "the FNB Stadium", "the Great Western
		 * Highway", "the Atacama Desert": a name ending in the word
		 * of a site or a road names the place (a person's does not
		 * end so), outside results tables; an airport or stadium
		 * the model typed an organisation only after "at", "to" and
		 * the like ("Kansai International Airport launched a bond":
		 * its company). */
		if (type != NER_LOC && e > b && p->ti[e].cap && !p->table &&
		    (tok_in(p, e, roads) || (tok_in(p, e, sites) &&
		    (type != NER_ORG || (b > 0 &&
		    (tok_in(p, b - 1, locatives) || (b > 1 &&
		    tok_is(p, b - 1, "the") && tok_in(p, b - 2, locatives)))))))) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "the Kerem Shalom crossing": a border crossing's name is
		 * a place's, not an organisation's or a person's. */
		if ((type == NER_ORG || type == NER_PER) && e + 1 < p->n &&
		    p->wc[e + 1].up == 0 && tok_in(p, e + 1, crossings) &&
		    !((p->ti[b].gcls | p->ti[e].gcls) & ((1u << GZ_ORGHEAD) |
		    (1u << GZ_ORGLEGAL)))) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		/* "beat Wigan Athletic 3-1", the model stopping at the city:
		 * a club's word left out after a place or team goes on with
		 * it, a club; "Mexico City" stays a place. */
		if (type != NER_PER && type != NER_MISC && e + 1 < p->n &&
		    tags[e + 1] == 0 && p->ti[e + 1].cap &&
		    (p->ti[b].gcls & GZ_CITIES) && tok_in(p, e + 1, club_words)) {
			span_set(tags, b, e + 1, NER_ORG);
			continue;
		}
		/* "her husband, Emeka,": a relative named is a person. */
		if (type != NER_PER && b >= 3 && tok_eq(&p->ti[b - 1], ",") &&
		    tok_in(p, b - 2, kin) && tok_in(p, b - 3, owners) &&
		    e + 1 < p->n && (tok_eq(&p->ti[e + 1], ",") ||
		    tok_eq(&p->ti[e + 1], "."))) {
			span_set(tags, b, e, NER_PER);
			continue;
		}
		/* "NASA's Artemis program", "the Ceres mission": a craft or
		 * programme's name, no person's; "two Chinook helicopters",
		 * "the Sputnik vaccine": a model's, no place's either. */
		if (e + 1 < p->n && p->wc[e + 1].up == 0 &&
		    ((type == NER_PER && tok_in(p, e + 1, crafts)) ||
		    ((type == NER_PER || (type == NER_LOC &&
		    !gaz_phrase(p, b, e, GZ_PLACES))) &&
		    tok_in(p, e + 1, models)))) {
			span_set(tags, b, e, NER_MISC);
			continue;
		}
		/* "the Lucas County jail", "Linn County commissioners" are
		 * a place's; not "Ross County 3" nor "the Derby County
		 * striker" (a city's: a club). */
		if (type == NER_ORG && e > b && tok_in(p, e, divisions) &&
		    e + 1 < p->n &&
		    p->wc[e + 1].lo > 0 && p->wc[e + 1].up == 0 &&
		    !gaz_phrase(p, b, e - 1, GZ_CITIES)) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		if (type == NER_ORG)
			continue;
		/* "signed from Ipswich Town", "travel to Wigan Athletic": a
		 * city and a club's word is a club, unless the gazetteer
		 * names the whole a place ("Mexico City", "Cape Town") or
		 * the city is also a country or state ("Panama City"). */
		if (type == NER_LOC && e > b && (tok_in(p, e, club_words) ||
		    tok_is(p, e, "town") || tok_is(p, e, "city")) &&
		    gaz_phrase(p, b, e - 1, GZ_CITIES) &&
		    !gaz_phrase(p, b, e - 1, (1u << GZ_COUNTRY) |
		    (1u << GZ_STATE)) && !gaz_phrase(p, b, e, GZ_PLACES)) {
			span_set(tags, b, e, NER_ORG);
			continue;
		}
		if (type != NER_LOC && e > b && p->ti[e].cap &&
		    p->ti[e].w[p->ti[e].len - 1] == 's' &&
		    !(p->ti[e].gcls & GZ_PLACES) &&
		    gaz_phrase(p, b, e - 1, GZ_CITIES) &&
		    ends_org(m, &p->ti[e]) && has_score(p)) {
			/* "the Boston Celtics": a city and a plural, a team. */
			span_set(tags, b, e, NER_ORG);
			continue;
		}
		if (e > b && type != NER_LOC && tok_in(p, e, divisions)) {
			span_set(tags, b, e, NER_LOC);
			continue;
		}
		if (type == NER_MISC)
			continue;
		/* "Alzheimer's disease" is no person. */
		if (type == NER_PER && e + 2 < p->n &&
		    is_clitic(p->ti[e + 1].w, p->ti[e + 1].len) &&
		    tok_in(p, e + 2, ills)) {
			span_set(tags, b, e, NER_MISC);
			continue;
		}
		if (type == NER_PER && e + 1 < p->n && !p->ti[e + 1].cap &&
		    p->ti[e + 1].len >= 7 && tok_in(p, e + 1, firm_staff))
			span_set(tags, b, e, NER_ORG);
		else if (b >= 2 && tags[b - 1] == 0 && (tok_is(p, b - 2, "the") ||
		    (p->ti[b - 2].initial && tok_in(p, b - 1, watchdogs)) ||
		    (!p->ti[b - 2].cap && p->wc[b - 2].lo > 0 &&
		    tok_in(p, b - 1, watchdogs))) &&
		    !p->ti[b - 1].cap && (tok_in(p, b - 1, kinds) ||
		    tok_in(p, b - 1, watchdogs)))
			span_set(tags, b, e, NER_ORG);
		else if (type == NER_PER && e > b &&
		    !(p->ti[b].gcls & (1u << GZ_GIVEN)) && tok_in(p, e, geo))
			span_set(tags, b, e, NER_LOC);
	}
}

/*
 * "the Max Planck Institute for Astronomy": an organisation ending in a
 * head word, "for" and one to three capitalised words the model cut off
 * (or typed a person or place) is one name; not before "'s" ("the
 * Wellcome Trust for Alzheimer's research").  Returns the new end.
 */
static size_t
for_join(const struct prep *p, unsigned char *tags, size_t b, size_t e)
{
	size_t k, x;

	if (e + 2 >= p->n || !(p->ti[e].gcls & (1u << GZ_ORGHEAD)) ||
	    !tok_is(p, e + 1, "for") || tags[e + 1] != 0 ||
	    !p->ti[e + 2].cap || (tags[e + 2] != 0 &&
	    NER_TAG_POS(tags[e + 2]) != 0 && NER_TAG_POS(tags[e + 2]) != 3))
		return e;
	for (k = e + 2; k < p->n && k < e + 5 && p->ti[k].cap; k++)
		;
	if (k == e + 5 || (k < p->n && (is_clitic(p->ti[k].w, p->ti[k].len) ||
	    tok_eq(&p->ti[k], "-"))))
		return e;
	/* The words after "for" are one name the model tagged, or none. */
	for (x = e + 2; x < k; x++)
		if (tags[x] != 0 && NER_TAG_TYPE(tags[x]) == NER_MISC)
			return e;
	if (k < p->n && tags[k] != 0 && NER_TAG_POS(tags[k]) != 0 &&
	    NER_TAG_POS(tags[k]) != 3)
		return e;
	span_set(tags, b, k - 1, NER_ORG);
	return k - 1;
}

/*
 * "the Democratic Alliance of Kenya": an organisation ending in a head
 * word, "of" and a country or state the gazetteer knows, then no
 * capitalised word, is one name the model cut at "of"; not a team or
 * firm of a country ("Juventus of Italy": no head word).
 */
static size_t
of_country_join(const struct prep *p, unsigned char *tags, size_t b, size_t e)
{
	const unsigned regions = (1u << GZ_STATE) | (1u << GZ_COUNTRY);
	size_t c, d;

	if (e + 2 >= p->n || !(p->ti[e].gcls & (1u << GZ_ORGHEAD)) ||
	    !tok_is(p, e + 1, "of") || tags[e + 1] != 0 ||
	    tags[c = e + 2] == 0 || NER_TAG_TYPE(tags[c]) != NER_LOC ||
	    (NER_TAG_POS(tags[c]) != 0 && NER_TAG_POS(tags[c]) != 3))
		return e;
	d = span_end(tags, p->n, c);
	if ((d + 1 < p->n && p->ti[d + 1].cap) || !gaz_phrase(p, c, d, regions))
		return e;
	span_set(tags, b, d, NER_ORG);
	return d;
}

/*
 * "Det Sgt Alun Griffiths of Dyfed-Powys Police", one organisation to
 * the model: titles, a name, "of" and an organisation.  An organisation
 * that begins with titles is cut there: the name a person, the rest the
 * organisation.  British police ranks and a councillor's title, which the
 * title gazetteer (a feature of the model) lacks, count as titles here.
 */
static int
officer_split(const struct prep *p, unsigned char *tags, size_t b, size_t e)
{
	static const char *const ranks[] = { "det", "det.", "sgt", "sgt.",
	    "insp", "insp.", "supt", "supt.", "cllr", "cllr.", NULL };
	size_t k, of;

	for (k = b; k < e && p->ti[k].cap &&
	    ((p->ti[k].gcls & (1u << GZ_TITLE)) || tok_in(p, k, ranks)) &&
	    !(p->ti[k].gcls & (1u << GZ_ORGHEAD)); k++)
		;
	if (k == b)
		return 0;
	for (of = k; of < e && p->ti[of].cap &&
	    !(p->ti[of].gcls & ((1u << GZ_ORGHEAD) |
	    (1u << GZ_TITLE) | GZ_PLACES)); of++)
		;
	if (of == k || of >= e || !tok_is(p, of, "of"))
		return 0;
	for (; b < k; b++)
		tags[b] = 0;
	span_set(tags, k, of - 1, NER_PER);
	tags[of] = 0;
	span_set(tags, of + 1, e, NER_ORG);
	return 1;
}

/* Tokens b..e name a place: a region of rg or a place of the gazetteer. */
static int
is_region(const struct gaz *rg, const struct prep *p, size_t b, size_t e)
{
	return gaz_phrase(p, b, e, GZ_PLACES & ~(1u << GZ_DEMONYM)) ||
	    gaz_has(rg, p, b, e);
}

/*
 * "Devon and Cornwall Police", "Avon and Somerset Constabulary": the
 * force or body of two regions, which the model began at the second,
 * begins at the first.
 */
static void
region_pair_join(const struct gaz *rg, const struct prep *p,
    unsigned char *tags, size_t b, size_t e)
{
	static const char *const bodies[] = { "police", "constabulary",
	    "council", "councils", "service", "trust", "authority", "board",
	    "bank", "railway", NULL };
	size_t a, k;

	if (b < 2 || tags[b - 1] != 0 || !tok_is(p, b - 1, "and") ||
	    tags[b - 2] == 0 || NER_TAG_POS(tags[b - 2]) < 2 ||
	    !tok_in(p, e, bodies))
		return;
	a = span_begin(tags, b - 2);
	for (k = b; k < e && !is_region(rg, p, b, k); k++)
		;
	if (k < e && is_region(rg, p, a, b - 2))
		span_set(tags, a, e, NER_ORG);
}

/*
 * A press release's headline in title case ("Norrland Therapeutics
 * Announces Positive Phase 2 Results"), one name to the model: an
 * organisation ending in a firm's head word or legal form, then a verb
 * of announcement, ends before the verb; the verb and what follows
 * name nothing.  Returns nonzero when it cut the span.
 */
static int
release_cut(const struct prep *p, unsigned char *tags, size_t b, size_t e)
{
	static const char *const verbs[] = { "announces", "launches",
	    "appoints", "completes", "acquires", "receives", "expands",
	    "unveils", "introduces", "secures", "celebrates", "promotes",
	    "partners", "signs", "enters", "declares", "prices", "files",
	    "initiates", "publishes", "welcomes", "selects", "achieves",
	    "announced", NULL };
	const unsigned heads = (1u << GZ_ORGHEAD) | (1u << GZ_ORGLEGAL);
	size_t k;

	for (k = b + 1; k <= e && !tok_in(p, k, verbs); k++)
		;
	if (k > e || !((p->ti[k - 1].gcls & heads) ||
	    tok_in(p, k - 1, firm_heads)))
		return 0;
	span_set(tags, b, k - 1, NER_ORG);
	for (; k <= e; k++)
		tags[k] = 0;
	return 1;
}

/* Members' titles, which the title gazetteer (a feature of the model) lacks. */
static const char *const members[] = { "mp", "mps", "mla", "mlas", "mep",
    "meps", "mpp", "msp", "mna", "mhr", NULL };

/*
 * "Greens MP Tamsin Arlow", "Nakuru Town East MP", "Water Cabinet" in
 * "Water Cabinet Secretary Name": a member's title (MP, MLA, MEP, which
 * the title gazetteer, a feature of the model, lacks) or a cabinet
 * secretary's inside one organisation of the model's.  The words after
 * the title are the person; those before it the party (an organisation)
 * or the seat (a place, when it opens with one); a portfolio of common
 * words before "Cabinet Secretary" names nothing.  Returns nonzero when
 * it cut the span.
 */
static int
member_split(const struct ner_model *m, const struct prep *p,
    unsigned char *tags, size_t b, size_t e)
{
	size_t k, j;
	int type;

	if (e + 1 < p->n && tok_is(p, e, "cabinet") &&
	    tok_is(p, e + 1, "secretary")) {
		for (k = b; k < e && !model_has(m, fkey(T_L, p->ti[k].hl)); k++)
			;
		if (k < e)
			for (k = b; k <= e; k++)
				tags[k] = 0;
		else if (k == e && e > b)
			span_set(tags, b, e - 1, NER_ORG);
		return 1;
	}
	for (k = b + 1; k <= e && !tok_in(p, k, members); k++)
		;
	if (k > e || p->wc[k].up == 0)
		return 0;
	for (j = k + 1; j <= e && p->ti[j].cap &&
	    !(p->ti[j].gcls & ((1u << GZ_ORGHEAD) | GZ_PLACES)); j++)
		;
	if (j <= e)
		return 0;
	type = (p->ti[b].gcls & GZ_PLACES & ~(1u << GZ_DEMONYM)) ? NER_LOC :
	    NER_ORG;
	span_set(tags, b, k - 1, type);
	tags[k] = 0;
	if (k < e)
		span_set(tags, k + 1, e, NER_PER);
	return 1;
}

/* Token t is a capitalised plural that may end a team's name
 * ("Chiefs", "Pirates"), no place, title or organisation's head. */
static int
team_plural(const struct tokinfo *t)
{
	return t->cap && t->len >= 4 && t->w[t->len - 1] == 's' &&
	    t->w[t->len - 2] >= 'a' && t->w[t->len - 2] <= 'z' &&
	    t->w[t->len - 2] != 's' && t->w[t->len - 2] != 'u' &&
	    !(t->gcls & (GZ_PLACES | (1u << GZ_TITLE) | (1u << GZ_ORGHEAD) |
	    (1u << GZ_ORGLEGAL)));
}

/*
 * "Crestline Capital and Beacon Hill Partners", one name to the model,
 * is two firms: a name of two words or more ending in a firm's head
 * word, "and", and another such name.  So are two teams' names ending
 * in plurals ("Kaizer Chiefs and Orlando Pirates").
 */
static void
and_split(const struct prep *p, unsigned char *tags, size_t b, size_t e)
{
	static const char *const heads[] = { "capital", "partners",
	    "holdings", "ventures", "investments", "securities", "advisors",
	    "advisers", "associates", "group", NULL };
	const unsigned legal = (1u << GZ_ORGLEGAL);
	size_t k, i;

	if (e - b < 4)
		return;
	for (k = b + 2; k + 2 < e && !tok_is(p, k, "and"); k++)
		;
	if (k + 2 > e || !tok_is(p, k, "and") || !p->ti[k + 1].cap)
		return;
	/* "Kaizer Chiefs and Orlando Pirates": two teams' plurals, no
	 * word in lower case but "and" ("Association for Refugees and
	 * Displaced Persons" is one). */
	for (i = b; i <= e && (i == k || p->ti[i].cap); i++)
		;
	if (!(i > e && team_plural(&p->ti[k - 1]) && team_plural(&p->ti[e])) &&
	    (k + 2 == e || !(tok_in(p, e, heads) || (p->ti[e].gcls & legal)) ||
	    !(tok_in(p, k - 1, heads) || (p->ti[k - 1].gcls & legal))))
		return;
	span_set(tags, b, k - 1, NER_ORG);
	tags[k] = 0;
	span_set(tags, k + 1, e, NER_ORG);
}

/*
 * The rules above that mend one span of a type, in one walk over the
 * spans: each is cheap, but a walk over the tokens is not.  Here too: an
 * honorific ("Shri", "Alhaji", "Rt. Hon.") opens no name.
 */
static void
span_rules(const struct ner_model *m, const struct prep *p,
    unsigned char *tags)
{
	/* Honorifics of India, Pakistan, Nigeria and parliaments, which
	 * the title gazetteer (a feature of the model) lacks. */
	/* Not "Sri", an Indonesian given name ("Sri Name Name"). */
	static const char *const honorifics[] = { "shri", "shri.", "smt",
	    "smt.", "shrimati", "kumari", "alhaji", "alhaja",
	    "mallam", "hon", "hon.", "rt", "rt.", "honourable", "honorable",
	    "janab", "begum", "pastor", "evangelist", "datuk", "dato",
	    "dato'", "datin", "tun", NULL };
	static const char *const openers[] = { "rival", "rivals", "fellow",
	    "opposition", "ruling",
	    "struggling", "troubled", "embattled", "beleaguered",
	    "state-owned", "state-run", "cash-strapped", NULL };
	static const char *const offices[] = { "government", "opposition",
	    "cabinet", "crown", "state", "executive", "administration",
	    "council", "ministry", "speaker", "taoiseach", "tanaiste",
	    "t\xc3\xa1naiste", "pope", "chancellor", "premier", NULL };
	static const char *const chambers[] = { "senate", "house",
	    "congress", "army", "navy", "treasury", "embassy", "marines",
	    "military", NULL };
	static const char *const credits[] = { "photo", "photos", "reuters",
	    "afp", "epa", "images", NULL };
	static const char *const degrees[] = { "m.d.", "md", "phd",
	    "ph.d.", "mph", "m.p.h.", "mba", "m.b.a.", "r.n.", "d.o.",
	    "dds", "d.d.s.", "esq.", "frcs", "cpa", NULL };
	static const char *const waters[] = { "sound", "gulf", "bay", "sea",
	    "strait", "straits", "isle", "isles", "firth", "cape", "lake",
	    NULL };
	static const char *const courts[] = { "high", "supreme",
	    "constitutional", "appeals", "appeal", "district", "federal",
	    "crown", "magistrates", "magistrates'", "county", "circuit",
	    "criminal", "international", "family", "superior", "sheriff",
	    "military", "juvenile", "tax", "labour", "labor", "industrial",
	    "commercial", "coroner's", NULL };
	static const char *const institutions[] = { "university",
	    "college", "institute", "academy", "museum", "bank", "ministry",
	    "department", NULL };
	size_t b, e, k;

	for (b = 0; b + 1 < p->n; b = e + 1) {
		e = b;
		/* "Rt. Hon. Name": an honorific alone names nothing.  (A
		 * time zone, "09:42 GMT", is MISC, as in the training data.) */
		if (tags[b] != 0 && NER_TAG_POS(tags[b]) == 3 &&
		    tok_in(p, b, honorifics))
			tags[b] = 0;
		/* "the Government said", "The Taoiseach has said": a
		 * capitalised common noun or title after "the" names no one
		 * ("the State Department" goes on). */
		if (tags[b] != 0 && NER_TAG_POS(tags[b]) == 3 && b > 0 &&
		    tok_is(p, b - 1, "the") && tok_in(p, b, offices) &&
		    (b + 1 == p->n || !p->ti[b + 1].cap))
			tags[b] = 0;
		/* "(Name/The Canadian Press via AP)": a people's Press is a
		 * news agency. */
		if (tags[b] == NER_TAG(NER_MISC, 3) && b + 1 < p->n &&
		    tags[b + 1] == 0 && p->ti[b + 1].cap &&
		    tok_is(p, b + 1, "press")) {
			span_set(tags, b, b + 1, NER_ORG);
			e = b + 1;
			continue;
		}
		/* "a professor at Karolinska" after "the Karolinska
		 * Institute": a word the document named only inside
		 * organisations' names, and no place, is no place either
		 * (a person may be: "the Obama White House", "Obama"). */
		if (tags[b] != 0 && NER_TAG_POS(tags[b]) == 3 &&
		    NER_TAG_TYPE(tags[b]) == NER_LOC && p->ti[b].mem == NER_ORG &&
		    p->ti[b].memany == (1u << NER_ORG) &&
		    !(p->ti[b].gcls & (GZ_PLACES | (1u << GZ_GIVEN))))
			tags[b] = NER_TAG(NER_ORG, 3);
		/* "the U.S. Senate", cut by the model after the country. */
		if (tags[b] == NER_TAG(NER_LOC, 3) && b + 1 < p->n &&
		    tags[b + 1] != 0 && NER_TAG_TYPE(tags[b + 1]) == NER_ORG &&
		    (NER_TAG_POS(tags[b + 1]) == 0 ||
		    NER_TAG_POS(tags[b + 1]) == 3) &&
		    tok_in(p, b + 1, chambers) &&
		    gaz_phrase(p, b, b, 1u << GZ_COUNTRY)) {
			e = span_end(tags, p->n, b + 1);
			span_set(tags, b, e, NER_ORG);
			continue;
		}
		/* Nor a trial's "Phase 2". */
		if (tags[b] == NER_TAG(NER_ORG, 3) && b + 1 < p->n &&
		    tok_is(p, b, "phase") && (p->ti[b + 1].w[0] == 'I' ||
		    (p->ti[b + 1].w[0] >= '0' && p->ti[b + 1].w[0] <= '9')))
			tags[b] = 0;
		/* Nor a degree after a name ("Name, Ph.D.,", "M.D."). */
		if (tags[b] != 0 && NER_TAG_POS(tags[b]) == 3 && b > 0 &&
		    p->ti[b].len <= 6 && ((tok_eq(&p->ti[b - 1], ",") &&
		    tok_in(p, b, degrees)) || (b + 2 < p->n &&
		    tok_eq(&p->ti[b], "Ph") && tok_eq(&p->ti[b + 1], ".") &&
		    tok_eq(&p->ti[b + 2], "D.")))) {
			tags[b] = 0;
			if (tok_eq(&p->ti[b], "Ph"))
				tags[b + 2] = 0;
		}
		/* "Shares of Kestrel rose", "shares in Sasol and Naspers
		 * fell": listed companies' (not "its shares in Hungary"). */
		if (tags[b] != 0 && (NER_TAG_POS(tags[b]) == 0 ||
		    NER_TAG_POS(tags[b]) == 3) && b >= 2 &&
		    (NER_TAG_TYPE(tags[b]) == NER_LOC ||
		    NER_TAG_TYPE(tags[b]) == NER_PER) &&
		    (tok_is(p, b - 1, "of") || (tok_is(p, b - 1, "in") &&
		    !(p->ti[b].gcls & GZ_PLACES))) &&
		    tok_is(p, b - 2, "shares")) {
			e = span_end(tags, p->n, b);
			span_set(tags, b, e, NER_ORG);
			if (e + 2 < p->n && tok_is(p, e + 1, "and") &&
			    tags[e + 2] != 0 && NER_TAG_POS(tags[e + 2]) != 1 &&
			    NER_TAG_POS(tags[e + 2]) != 2 &&
			    NER_TAG_TYPE(tags[e + 2]) != NER_MISC) {
				k = e + 2;
				e = span_end(tags, p->n, k);
				span_set(tags, k, e, NER_ORG);
			}
			continue;
		}
		if (tags[b] == 0 || NER_TAG_POS(tags[b]) != 0)
			continue;
		e = span_end(tags, p->n, b);
		/* The model's own "The Government" opening a sentence. */
		if (e == b + 1 && tok_is(p, b, "the") && tok_in(p, e, offices)) {
			tags[b] = tags[e] = 0;
			continue;
		}
		/* "closed Kerem Shalom" after "the Kerem Shalom crossing":
		 * a name of words the document has named only as a place's
		 * is that place's, whatever the model made of it here; not
		 * a city the gazetteer knows, nor one opening with a given
		 * name ("St Louis"), which is a team in sport. */
		if (NER_TAG_TYPE(tags[b]) != NER_LOC && !((p->ti[b].gcls |
		    p->ti[e].gcls) & (GZ_PLACES | (1u << GZ_GIVEN)))) {
			for (k = b; k <= e && p->ti[k].memany == (1u << NER_LOC);
			    k++)
				;
			if (k > e) {
				span_set(tags, b, e, NER_LOC);
				continue;
			}
		}
		/* "Folkestone Magistrates' Court": the model stopped at the
		 * apostrophe; the court is an institution. */
		if (e + 2 < p->n && tags[e + 1] == 0 && tags[e + 2] == 0 &&
		    tok_is(p, e, "magistrates") && (tok_eq(&p->ti[e + 1], "'") ||
		    tok_eq(&p->ti[e + 1], "\xe2\x80\x99")) &&
		    p->ti[e + 2].cap && tok_is(p, e + 2, "court")) {
			span_set(tags, b, e + 2, NER_ORG);
			e += 2;
			continue;
		}
		/* "from Ashby to Kelso": two names, whatever their type. */
		k = b > 0 && tok_is(p, b - 1, "from") ? b + 1 : e;
		while (k < e && !(tok_is(p, k, "to") && !p->ti[k].cap))
			k++;
		if (k < e && p->ti[k + 1].cap) {
			span_set(tags, b, k - 1, NER_TAG_TYPE(tags[b]));
			tags[k] = 0;
			span_set(tags, k + 1, e, NER_TAG_TYPE(tags[k + 1]));
			e = k - 1;
		}
		/* "09:42 GMT: The Met Office has": "The" after a colon or
		 * dash opens no name of two words or more; nor does "About"
		 * the last part of a press release ("About Name Inc."). */
		if (e >= b + 2 && ((b > 0 && tok_is(p, b, "the") &&
		    (tok_eq(&p->ti[b - 1], ":") || tok_dash(&p->ti[b - 1]))) ||
		    (p->ti[b].initial && tok_is(p, b, "about")))) {
			tags[b++] = 0;
			tags[b] = (unsigned char)(tags[b] - 1);
		}
		/* "Rival OCBC Bank will report": an adjective that opens a
		 * sentence opens no name. */
		if (e > b && p->ti[b].initial && tok_in(p, b, openers)) {
			tags[b++] = 0;
			tags[b] = (unsigned char)NER_TAG(NER_TAG_TYPE(tags[b]),
			    e == b ? 3 : 0);
		}
		/* "Shri Name Name", "Alhaji Name Name": the honorific is no
		 * part of the name, as "Mr." is not. */
		if (NER_TAG_TYPE(tags[b]) == NER_PER && e >= b + 2 &&
		    tok_in(p, b, honorifics)) {
			tags[b++] = 0;
			tags[b] = NER_TAG(NER_PER, 0);
		}
		/* Malaysia's "Datuk Seri", "Tan Sri": two words of the
		 * title ("Tan Wei Ling" is a name). */
		if (NER_TAG_TYPE(tags[b]) == NER_PER && e >= b + 2 &&
		    ((b > 0 && tags[b - 1] == 0 && tok_in(p, b - 1,
		    honorifics) && tok_is(p, b, "seri")) ||
		    (tok_is(p, b, "tan") && tok_is(p, b + 1, "sri") &&
		    e >= b + 3))) {
			tags[b] = 0;
			if (tok_is(p, b++, "tan"))
				tags[b++] = 0;
			tags[b] = e == b ? NER_TAG(NER_PER, 3) :
			    NER_TAG(NER_PER, 0);
		}
		/* "Liberal Democrat administration": no name ends in a
		 * word in lower case. */
		while (e > b && p->wc[e].up == 0 && p->wc[e].lo > 0 &&
		    p->ti[b].cap && !is_clitic(p->ti[e].w, p->ti[e].len)) {
			tags[e] = 0;
			e--;
			tags[e] = (unsigned char)(tags[e] + (e == b ? 3 : 1));
		}
		if (NER_TAG_TYPE(tags[b]) == NER_LOC && e > b &&
		    tok_in(p, e, chambers) &&
		    gaz_phrase(p, b, e - 1, 1u << GZ_COUNTRY)) {
			/* "a U.S. House panel": the country's institution. */
			span_set(tags, b, e, NER_ORG);
		} else if (tags[b] != NER_TAG(NER_PER, 0) && e == b + 1 && b >= 2 &&
		    tok_eq(&p->ti[b - 1], "/") && tok_in(p, b - 2, credits) &&
		    !tok_in(p, e, credits) && !((p->ti[b].gcls |
		    p->ti[e].gcls) & (GZ_PLACES | (1u << GZ_ORGHEAD)))) {
			/* "(AP Photo/Kirsty Holm)": the photographer. */
			span_set(tags, b, e, NER_PER);
		} else if (tags[b] == NER_TAG(NER_PER, 0) && e + 2 < p->n &&
		    tags[e + 1] == 0 && tok_in(p, e + 1, members) &&
		    p->wc[e + 1].up > 0 && tags[e + 2] != 0 &&
		    NER_TAG_TYPE(tags[e + 2]) == NER_PER) {
			/* "Kilifi North MP Jane Mwaro": the seat. */
			span_set(tags, b, e, NER_LOC);
		} else if (tags[b] == NER_TAG(NER_MISC, 0) &&
		    tok_in(p, e, firm_heads)) {
			/* "Western Power Distribution": a firm. */
			span_set(tags, b, e, NER_ORG);
		} else if (tags[b] == NER_TAG(NER_MISC, 0)) {
			given_person(m, p, tags, b, e);
		} else if (NER_TAG_TYPE(tags[b]) == NER_LOC && e > b &&
		    tok_is(p, e, "court") && tok_in(p, e - 1, courts)) {
			/* "the High Court ruled": a court is an institution
			 * (not "Earls Court", a place). */
			span_set(tags, b, e, NER_ORG);
		} else if (NER_TAG_TYPE(tags[b]) != NER_ORG && e > b + 1 &&
		    tok_is(p, b + 1, "of") && tok_in(p, b, institutions)) {
			/* "the University of Leeds", "the Bank of Korea". */
			span_set(tags, b, e, NER_ORG);
		} else if (tags[b] == NER_TAG(NER_ORG, 0) && e > b + 1 &&
		    tok_is(p, b + 1, "of") && tok_in(p, b, waters)) {
			/* "the Sound of Mull", "the Gulf of Aden": places. */
			span_set(tags, b, e, NER_LOC);
		} else if (tags[b] == NER_TAG(NER_ORG, 0)) {
			if (release_cut(p, tags, b, e))
				continue;
			region_pair_join(&m->rg, p, tags, b, e);
			e = for_join(p, tags, b, e);
			e = comma_org_join(p, tags, b, e);
			e = of_country_join(p, tags, b, e);
			if (!member_split(m, p, tags, b, e) &&
			    !officer_split(p, tags, b, e))
				and_split(p, tags, b, e);
		}
	}
}

/*
 * "Barrow-in-Furness", "Stratford-upon-Avon", "Boulogne-sur-Mer": one
 * word of capitalised parts joined by hyphens and a preposition in lower
 * case is a town's name, a place, whether the model, which has not met
 * it, left it out or typed it otherwise.
 */
static void
town_retag(const struct prep *p, unsigned char *tags)
{
	static const char *const links[] = { "in", "on", "upon", "under",
	    "by", "le", "la", "les", "sur", "en", "super", "de", "des", "am",
	    "an", "der", "im", NULL };
	const struct tokinfo *t;
	const char *w, *h, *end;
	size_t i, k, n, parts;
	int ok;

	if (p->allcaps)
		return;
	for (i = 0; i < p->n; i++) {
		t = &p->ti[i];
		if (!t->cap || t->len < 8 || (tags[i] != 0 &&
		    (NER_TAG_POS(tags[i]) != 3 ||
		    NER_TAG_TYPE(tags[i]) == NER_LOC)) ||
		    memchr(t->w, '-', t->len) == NULL)
			continue;
		/* Parts: a capitalised one, then pairs of a link and a
		 * capitalised one. */
		end = t->w + t->len;
		ok = 1;
		for (w = t->w, parts = 0; ok && w <= end; w = h + 1, parts++) {
			if ((h = memchr(w, '-', (size_t)(end - w))) == NULL)
				h = end;
			n = (size_t)(h - w);
			if (parts % 2 == 0) {
				ok = n > 0 && w[0] >= 'A' && w[0] <= 'Z';
				continue;
			}
			for (k = 0; links[k] != NULL && (strlen(links[k]) != n ||
			    memcmp(links[k], w, n) != 0); k++)
				;
			ok = links[k] != NULL;
		}
		if (ok && parts >= 3 && parts % 2 == 1)
			tags[i] = NER_TAG(NER_LOC, 3);
	}
}

/*
 * "Police Scotland", "Transport Scotland", "Statistics Canada", "Sport
 * England", "Transport for Wales": a public body named by its field
 * (and "for") and its country or region is one organisation, though the model, knowing the place, tags it
 * alone or takes the two words for a person's name.  The field and the
 * place are capitalised, the place is one word the gazetteers know as a
 * country or state, a region of rg, or a nation of the United Kingdom
 * (which they lack), and no capitalised word follows ("Health Canada
 * Act" is another name).
 */
static void
body_retag(const struct gaz *rg, const struct prep *p, unsigned char *tags)
{
	static const char *const fields[] = { "police", "transport", "sport",
	    "health", "education", "historic", "statistics", "parks",
	    "environment", "tourism", "enterprise", "creative", "revenue",
	    "forestry", "fisheries", "justice", "immigration", "housing",
	    "skills", "water", "traffic", "nature", NULL };
	static const char *const nations[] = { "england", "scotland",
	    "wales", NULL };
	const unsigned where = (1u << GZ_COUNTRY) | (1u << GZ_STATE);
	size_t i, n, b;

	if (p->allcaps)
		return;
	for (i = 0; i + 1 < p->n; i++) {
		n = i + 1;
		/* "Transport for Wales", "Transport for NSW". */
		if (n + 1 < p->n && tok_eq(&p->ti[n], "for") && tags[n] == 0)
			n++;
		if (!p->ti[i].cap || !p->ti[n].cap || p->ti[i].len < 5 ||
		    (n + 1 < p->n && p->ti[n + 1].cap) ||
		    (tags[n] != 0 && NER_TAG_POS(tags[n]) != 2 &&
		    NER_TAG_POS(tags[n]) != 3) || !tok_in(p, i, fields) ||
		    (!gaz_phrase(p, n, n, where) && !gaz_has(rg, p, n, n) &&
		    !tok_in(p, n, nations)))
			continue;
		/* Not the end of a longer name the model tagged ("the
		 * Ministry of Public Health Canada" is the model's). */
		if (tags[i] != 0 && NER_TAG_POS(tags[i]) != 0 &&
		    NER_TAG_POS(tags[i]) != 3)
			continue;
		/* "Historic Environment Scotland": fields before it too. */
		for (b = i; b > 0 && p->ti[b - 1].cap && tok_in(p, b - 1,
		    fields) && (tags[b - 1] == 0 ||
		    NER_TAG_POS(tags[b - 1]) == 3); b--)
			;
		span_set(tags, b, n, NER_ORG);
	}
}

/*
 * "Tata Consultancy Services and Infosys", one name to the model, is two
 * when the words on one side of "and" are exactly a name of
 * lib/data/ner_orgs.txt: that side an organisation, the other keeping
 * its type (an organisation's, if the whole was one).
 */
static void
and_org_split(const struct gaz *og, const struct prep *p,
    unsigned char *tags, size_t b, size_t e)
{
	size_t k;
	int type = NER_TAG_TYPE(tags[b]);

	for (k = b + 1; k < e && !(tok_is(p, k, "and") && !p->ti[k].cap); k++)
		;
	if (k >= e || !p->ti[k + 1].cap)
		return;
	if (gaz_has(og, p, k + 1, e)) {
		span_set(tags, b, k - 1, type);
		span_set(tags, k + 1, e, NER_ORG);
	} else if (gaz_has(og, p, b, k - 1)) {
		span_set(tags, b, k - 1, NER_ORG);
		span_set(tags, k + 1, e, type);
	} else
		return;
	tags[k] = 0;
}

/*
 * A name that is exactly one of lib/data/ner_orgs.txt ("Google",
 * "Goldman Sachs") is an organisation, whatever the model, trained on
 * 1990s wire copy, made of it ("rivals from Samsung and Google"), also
 * when it left the word out ("Apple, which ..."); not a word inside a
 * longer name ("Google Maps"), nor one the document has named a person
 * by ("Michael Dell ... Dell said").
 */
static void
org_retag(const struct gaz *og, const struct prep *p, unsigned char *tags)
{
	size_t b, e;

	if (p->allcaps)
		return;
	for (b = 0; b < p->n; b = e + 1) {
		e = b;
		if (tags[b] == 0) {
			if (!p->ti[b].cap || (b > 0 && p->ti[b - 1].cap) ||
			    (b + 1 < p->n && p->ti[b + 1].cap))
				continue;
		} else {
			e = span_end(tags, p->n, b);
			and_org_split(og, p, tags, b, e);
			e = span_end(tags, p->n, b);
			/* "Saudi Aramco", cut by the model into a people's
			 * name and a firm's: two spans that are one name. */
			if (e + 1 < p->n && tags[e + 1] != 0 &&
			    (NER_TAG_POS(tags[e + 1]) == 0 ||
			    NER_TAG_POS(tags[e + 1]) == 3) &&
			    gaz_has(og, p, b, span_end(tags, p->n, e + 1))) {
				e = span_end(tags, p->n, e + 1);
				span_set(tags, b, e, NER_ORG);
				continue;
			}
			if (NER_TAG_TYPE(tags[b]) == NER_ORG)
				continue;
		}
		if ((p->ti[b].memany & (1u << NER_PER)) || !gaz_has(og, p, b, e))
			continue;
		span_set(tags, b, e, NER_ORG);
	}
}

/* Features. */

#define BOS	0x6a09e667f3bcc908ULL
#define EOS	0xbb67ae8584caa73bULL

/* How many of the features of t come first and depend on its word alone. */
static size_t
word_nfeat(const struct tokinfo *t)
{
	size_t k, n = 5;

	for (k = 0; k < 4; k++)
		n += (t->pre[k] != 0) + (t->suf[k] != 0);
	return n;
}

/*
 * Write the feature keys of token i to out; return how many.  The first
 * word_nfeat() of them depend on the word alone; without with_word they
 * are written as 0, for a caller that has their weights already.
 */
static size_t
features(const struct prep *p, size_t i, int with_word, uint64_t *out)
{
	const struct tokinfo *ti = p->ti, *t = &p->ti[i];
	uint64_t lm1 = i > 0 ? ti[i - 1].hl : BOS;
	uint64_t lm2 = i > 1 ? ti[i - 2].hl : BOS;
	uint64_t lp1 = i + 1 < p->n ? ti[i + 1].hl : EOS;
	uint64_t lp2 = i + 2 < p->n ? ti[i + 2].hl : EOS;
	uint64_t ssm1 = i > 0 ? ti[i - 1].hss : BOS;
	uint64_t ssp1 = i + 1 < p->n ? ti[i + 1].hss : EOS;
	uint64_t sm1 = i > 0 ? ti[i - 1].hs : BOS;
	uint64_t sp1 = i + 1 < p->n ? ti[i + 1].hs : EOS;
	size_t n = 0, k;
	uint64_t bits;
	unsigned capf = (unsigned)t->cap + 2u * (unsigned)p->allcaps;
	int mm1, mp1;

	if (with_word) {
		out[n++] = fkey(T_BIAS, 0);
		out[n++] = fkey(T_W, t->hw);
		out[n++] = fkey(T_L, t->hl);
		out[n++] = fkey(T_S, t->hs);
		out[n++] = fkey(T_SS, t->hss);
		for (k = 0; k < 4; k++) {
			if (t->pre[k] != 0)
				out[n++] = fkey(T_PRE, t->pre[k]);
			if (t->suf[k] != 0)
				out[n++] = fkey(T_SUF, t->suf[k]);
		}
	} else
		for (k = word_nfeat(t); n < k; n++)
			out[n] = 0;	/* never a key */
	out[n++] = fkey(T_LM1, lm1);
	out[n++] = fkey(T_LP1, lp1);
	out[n++] = fkey(T_LM2, lm2);
	out[n++] = fkey(T_LP2, lp2);
	out[n++] = fkey(T_SSM1, pair(ssm1, t->hss));
	out[n++] = fkey(T_SSP1, pair(t->hss, ssp1));
	out[n++] = fkey(T_SS3, pair(pair(ssm1, t->hss), ssp1));
	out[n++] = fkey(T_LLM1, pair(lm1, t->hl));
	out[n++] = fkey(T_LLP1, pair(t->hl, lp1));
	out[n++] = fkey(T_SM1, sm1);
	out[n++] = fkey(T_SP1, sp1);
	out[n++] = fkey(T_LM1SS, pair(lm1, t->hss));
	out[n++] = fkey(T_SSLP1, pair(t->hss, lp1));
	for (bits = t->gpos, k = 0; bits != 0; bits >>= 1, k++)
		if (bits & 1)
			out[n++] = fkey(T_GPOS, k * 4 + capf);
	if (i > 0)
		for (bits = ti[i - 1].gcls, k = 0; bits != 0; bits >>= 1, k++)
			if (bits & 1)
				out[n++] = fkey(T_GCM1, k * 4 + (unsigned)ti[i - 1].cap);
	if (i + 1 < p->n)
		for (bits = ti[i + 1].gcls, k = 0; bits != 0; bits >>= 1, k++)
			if (bits & 1)
				out[n++] = fkey(T_GCP1, k * 4 + (unsigned)ti[i + 1].cap);
	if (t->initial)
		out[n++] = fkey(T_INIT, t->hss);
	if (p->table) {
		out[n++] = fkey(T_TAB, t->hss);
		for (bits = t->gcls, k = 0; bits != 0; bits >>= 1, k++)
			if (bits & 1)
				out[n++] = fkey(T_TABG, k);
	}
	if (p->allcaps) {
		out[n++] = fkey(T_AC, 0);
		out[n++] = fkey(T_ACL, t->hl);
	}
	if (t->mem >= 0) {
		out[n++] = fkey(T_MEM, (uint64_t)t->mem);
		out[n++] = fkey(T_MEMSS, pair((uint64_t)t->mem, t->hss +
		    (uint64_t)t->initial));
	}
	out[n++] = fkey(T_WM1, i > 0 ? ti[i - 1].hw : BOS);
	out[n++] = fkey(T_WP1, i + 1 < p->n ? ti[i + 1].hw : EOS);
	out[n++] = fkey(T_LLM2, pair(lm2, lm1));
	out[n++] = fkey(T_LLP2, pair(lp1, lp2));
	if (i > 0 && ti[i - 1].suf[2] != 0)
		out[n++] = fkey(T_SUFM1, ti[i - 1].suf[2]);
	if (i + 1 < p->n && ti[i + 1].suf[2] != 0)
		out[n++] = fkey(T_SUFP1, ti[i + 1].suf[2]);
	/* Set bits only: most tokens have none (fewer branches to guess). */
	for (bits = t->memany, k = 0; bits != 0; bits >>= 1, k++)
		if (bits & 1)
			out[n++] = fkey(T_MEMANY, k);
	/* mem_lookup() sets docgz[k] only for a class k in gcls. */
	for (bits = t->gcls, k = 0; bits != 0; bits >>= 1, k++)
		if ((bits & 1) && t->docgz[k] != 0)
			out[n++] = fkey(T_DOCGZ, k * 8 + t->docgz[k]);
	mm1 = i > 0 ? ti[i - 1].mem : -2;
	mp1 = i + 1 < p->n ? ti[i + 1].mem : -2;
	if (mm1 >= 0)
		out[n++] = fkey(T_MEMM1, (uint64_t)mm1);
	if (mp1 >= 0)
		out[n++] = fkey(T_MEMP1, (uint64_t)mp1);
	return n;
}

/* Decoding. */

int
ner_tag_allowed(int a, int b)
{
	int kb;

	kb = b == 0 ? -1 : NER_TAG_POS(b);
	if (a < 0 || a == 0 || NER_TAG_POS(a) >= 2)	/* start, O, L, U */
		return b == 0 || kb == 0 || kb == 3;
	return b != 0 && NER_TAG_TYPE(b) == NER_TAG_TYPE(a) && (kb == 1 || kb == 2);
}

static int
end_allowed(int a)
{
	return a == 0 || NER_TAG_POS(a) >= 2;
}

/*
 * O, B- and U- tags may follow O, L- and U- tags (OPEN, in ascending
 * order), I- and L- tags only the B- and I- tag of their type.  The
 * maximum over the predecessors takes the first best in ascending order.
 */
#define NOPEN	(1 + 2 * NER_NTYPES)
#define NOPENV	12	/* NOPEN padded to a multiple of 4 */

static const unsigned char open_tags[NOPEN] = {
	0, NER_TAG(0, 2), NER_TAG(0, 3), NER_TAG(1, 2), NER_TAG(1, 3),
	NER_TAG(2, 2), NER_TAG(2, 3), NER_TAG(3, 2), NER_TAG(3, 3)
};

/* The tags that may follow an OPEN tag: O, then B- and U- of each type. */
static const unsigned char after_open[NOPEN] = {
	0, NER_TAG(0, 0), NER_TAG(0, 3), NER_TAG(1, 0), NER_TAG(1, 3),
	NER_TAG(2, 0), NER_TAG(2, 3), NER_TAG(3, 0), NER_TAG(3, 3)
};

void
ner_viterbi(const float *emit, size_t n, const float *trans,
    const float *start, const float *end, float *fscr, unsigned char *bscr,
    unsigned char *out)
{
	size_t i;
	int a, b, j, k, best;
	float s, bs, pa, from_open[NOPEN][NOPENV], obs[NOPENV];
	const float *prev;

	if (n == 0)
		return;
	/* from_open[k][j]: open_tags[k] to after_open[j]; padding lanes 0. */
	for (k = 0; k < NOPEN; k++)
		for (j = 0; j < NOPENV; j++)
			from_open[k][j] = j < NOPEN ?
			    trans[open_tags[k] * NT + after_open[j]] : 0;
	for (b = 0; b < NT; b++)
		fscr[b] = ner_tag_allowed(-1, b) ? start[b] + emit[b] : -FLT_MAX;
	/*
	 * From the second token on, O and every B- tag have a score (O may
	 * start a sentence and follow any tag), so the first predecessor
	 * tried, O or the B- tag, always has one; a predecessor without one
	 * (-FLT_MAX plus a weight) never beats it and needs no test.
	 */
	for (i = 1; i < n; i++) {
		prev = fscr + (i - 1) * NT;
		/*
		 * The best score of each tag after OPEN ones first, all side
		 * by side (vector code); then the first predecessor that
		 * gives it, the same sum again, so an equal float.
		 */
		for (j = 0; j < NOPENV; j++)
			obs[j] = prev[0] + from_open[0][j];
		for (k = 1; k < NOPEN; k++) {
			pa = prev[open_tags[k]];
			for (j = 0; j < NOPENV; j++) {
				s = pa + from_open[k][j];
				obs[j] = s > obs[j] ? s : obs[j];
			}
		}
		for (j = 0; j < NOPEN; j++) {
			for (k = 0; k + 1 < NOPEN; k++) {
				s = prev[open_tags[k]] + from_open[k][j];
				if (s == obs[j])
					break;
			}
			b = after_open[j];
			fscr[i * NT + b] = obs[j] + emit[i * NT + b];
			bscr[i * NT + b] = open_tags[k];
		}
		/* I- and L- tags: after the B- or I- tag of their type. */
		for (b = NER_TAG(0, 1); b < NT; b += b % 4 == 3 ? 3 : 1) {
			a = b - NER_TAG_POS(b);
			bs = prev[a] + trans[a * NT + b];
			best = a;
			s = prev[a + 1] + trans[(a + 1) * NT + b];
			if (s > bs) {
				bs = s;
				best = a + 1;
			}
			fscr[i * NT + b] = bs + emit[i * NT + b];
			bscr[i * NT + b] = (unsigned char)best;
		}
	}
	bs = -FLT_MAX;
	best = 0;
	for (b = 0; b < NT; b++) {
		if (!end_allowed(b) || fscr[(n - 1) * NT + b] == -FLT_MAX)
			continue;
		s = fscr[(n - 1) * NT + b] + end[b];
		if (s > bs) {
			bs = s;
			best = b;
		}
	}
	for (i = n; i-- > 0;) {
		out[i] = (unsigned char)best;
		if (i > 0)
			best = bscr[i * NT + best];
	}
}

/* The arrays of one entry per token, which grow with the longest sentence. */
static void
fscratch_free_tokens(struct fscratch *fs)
{
	free(fs->off);
	free(fs->hend);
	free(fs->kend);
	free(fs->wend);
	free(fs->hword);
	free(fs->store);
	free(fs->snap);
}

static void
fscratch_free(struct fscratch *fs)
{
	fscratch_free_tokens(fs);
	free(fs->key);
	free(fs->hit);
}

/*
 * Most feature keys a token has are not in the model.  A Bloom filter of
 * the model's keys, small enough to stay in cache, turns most of those
 * away before a probe of the large table: two bits of one word per key.
 */
static int
bloom_has(const struct ner_model *m, uint64_t key)
{
	uint64_t w = m->bloom[(size_t)(key >> 20) & m->bloommask];

	/* &, not &&: no branch, which the CPU would guess wrong often. */
	return (int)((w >> (key >> 58)) & (w >> ((key >> 52) & 63)) & 1);
}

static void
bloom_add(struct ner_model *m, uint64_t key)
{
	m->bloom[(size_t)(key >> 20) & m->bloommask] |=
	    (uint64_t)1 << (key >> 58) | (uint64_t)1 << ((key >> 52) & 63);
}

/* The slot of key in m's packed index, or NULL. */
static const struct pslot *
pslot_find(const struct ner_model *m, uint64_t key)
{
	size_t mask = m->pscap - 1, j = (size_t)(key ^ (key >> 32)) & mask;

	while (m->ps[j].key != 0 && m->ps[j].key != key)
		j = (j + 1) & mask;
	return m->ps[j].key == 0 ? NULL : &m->ps[j];
}

/* Store token i of p, its word features' sums snap, in its cache entry. */
static void
wc_put(const struct prep *p, size_t i, const float *snap)
{
	const struct tokinfo *ti = &p->ti[i];
	const struct tokwc *wc = &p->wc[i];
	struct wcent *e = wc->e;

	e->hw = ti->hw;
	e->hl = ti->hl;
	e->hs = ti->hs;
	e->hss = ti->hss;
	memcpy(e->pre, ti->pre, sizeof(e->pre));
	memcpy(e->suf, ti->suf, sizeof(e->suf));
	e->gz1 = wc->gz1;
	e->len = (unsigned char)ti->len;
	e->cap = (unsigned char)ti->cap;
	e->alnum = wc->alnum;
	e->up = wc->up;
	e->lo = wc->lo;
	memcpy(e->word, ti->w, ti->len);
	memcpy(e->acc, snap, sizeof(e->acc));
}

/*
 * Add the weights of every known feature of every token to emit.  The
 * keys of all tokens come first; then a pipeline fetches the slots of
 * token i + 2 while it looks up those of token i + 1 (fetching their
 * weights) and adds those of token i, so that the cache misses of several
 * tokens overlap instead of following one another.
 */
static void
score(const struct ner_model *m, const struct prep *p, struct fscratch *fs,
    float *emit)
{
	size_t i, j, k, t, nf, nk, keep, n = p->n, mask = m->pscap - 1;
	uint64_t key;
	const struct pslot *ps;
	const struct pent *pe;
	const float *row;
	const struct tokwc *wc;
	float acc[NTP];

	if (n + 1 > fs->tcap) {
		fs->tcap = n + 64;
		fscratch_free_tokens(fs);
		fs->off = xmalloc(fs->tcap, sizeof(*fs->off));
		fs->hend = xmalloc(fs->tcap, sizeof(*fs->hend));
		fs->kend = xmalloc(fs->tcap, sizeof(*fs->kend));
		fs->wend = xmalloc(fs->tcap, sizeof(*fs->wend));
		fs->hword = xmalloc(fs->tcap, sizeof(*fs->hword));
		fs->store = xmalloc(fs->tcap, sizeof(*fs->store));
		fs->snap = xmalloc(fs->tcap, NTP * sizeof(float));
	}
	if (n * MAXFEAT > fs->cap) {
		fs->cap = n * MAXFEAT;
		free(fs->key);
		free(fs->hit);
		fs->key = xmalloc(fs->cap, sizeof(*fs->key));
		fs->hit = xmalloc(fs->cap, sizeof(*fs->hit));
	}
	for (nf = 0, i = 0; i < n; i++) {
		fs->off[i] = nf;
		fs->store[i] = 0;
		fs->wend[i] = nf + word_nfeat(&p->ti[i]);
		/* A word the cache knows needs no keys for its own features. */
		nf += features(p, i, !p->wc[i].hit, fs->key + nf);
	}
	fs->off[n] = nf;
	for (i = 0; i < n + SCORE_AHEAD + 1; i++) {
		if (i < n) {
			/*
			 * The keys the filter lets by move to the front of
			 * token i's keys, in order, without a branch: the
			 * filter's answer is a coin toss the CPU would often
			 * guess wrong.  Their slots are fetched (a key turned
			 * away fetches slot 0, in cache anyway).
			 */
			k = p->wc[i].hit ? fs->wend[i] : fs->off[i];
			nk = fs->off[i];
			for (; k < fs->off[i + 1]; k++) {
				if (k == fs->wend[i])
					fs->wend[i] = nk;	/* now in kept keys */
				key = fs->key[k];
				keep = (size_t)bloom_has(m, key);
				fs->key[nk] = key;
				nk += keep;
				PREFETCH(&m->ps[(size_t)(key ^ (key >> 32)) & mask & (0 - keep)]);
			}
			if (k == fs->wend[i])
				fs->wend[i] = nk;
			fs->kend[i] = nk;
		}
		j = i - SCORE_AHEAD;
		if (i >= SCORE_AHEAD && i < n + SCORE_AHEAD) {
			/* The hits of token j go where its keys were. */
			nf = fs->off[j];
			fs->hword[j] = nf;
			for (k = nf; k < fs->kend[j]; k++) {
				if (k == fs->wend[j])
					fs->hword[j] = nf;
				if ((ps = pslot_find(m, fs->key[k])) == NULL)
					continue;	/* one key in a hundred */
				fs->hit[nf++] = ps;
				/* Its weights: a select, not a branch. */
				PREFETCH(ps->n == PDENSE ?
				    (const void *)(m->pd + (size_t)ps->off * PD_ROW) :
				    (const void *)(m->pe + ps->off));
			}
			if (k == fs->wend[j])
				fs->hword[j] = nf;
			fs->hend[j] = nf;
		}
		if (i > SCORE_AHEAD) {
			wc = &p->wc[j - 1];
			if (wc->hit)
				memcpy(acc, wc->e->acc, sizeof(acc));
			else
				for (t = 0; t < NTP; t++)
					acc[t] = 0;
			for (k = fs->off[j - 1]; k < fs->hend[j - 1]; k++) {
				if (k == fs->hword[j - 1] && wc->e != NULL && !wc->hit) {
					memcpy(fs->snap + (j - 1) * NTP, acc, sizeof(acc));
					fs->store[j - 1] = 1;
				}
				ps = fs->hit[k];
				if (ps->n == PDENSE) {
					row = m->pd + (size_t)ps->off * PD_ROW;
					/* Straight-line, four at a time: vector adds. */
#define ADD4(t) (acc[t] += row[t], acc[t + 1] += row[t + 1], \
	acc[t + 2] += row[t + 2], acc[t + 3] += row[t + 3])
					ADD4(0); ADD4(4); ADD4(8); ADD4(12);
#undef ADD4
					acc[PD_ROW] += m->px[ps->off];
				} else
					for (pe = m->pe + ps->off, t = 0; t < ps->n; t++)
						acc[pe[t].tag] += pe[t].w;
			}
			memcpy(emit + (j - 1) * NT, acc, NT * sizeof(float));
		}
	}
	/*
	 * Remember the words missed, now that no token of the sentence still
	 * reads the entries they replace.
	 */
	for (i = 0; i < n; i++)
		if (fs->store[i])
			wc_put(p, i, fs->snap + i * NTP);
}

/* Models. */

/*
 * n * size zeroed bytes on a cache line boundary (aligned_alloc, C11), or
 * where xcalloc() puts them when that cannot be; dies without memory.
 */
static void *
line_calloc(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size > SIZE_MAX / n || n * size % 64 != 0 ||
	    (p = aligned_alloc(64, n * size)) == NULL)
		return xcalloc(n, size);
	memset(p, 0, n * size);
	return p;
}

/* Build the packed index of m from its rows (again, if it had one). */
static void
model_pack(struct ner_model *m)
{
	size_t i, j, t, k, nw = 0, nd = 0, nz;
	const float *w;

	free(m->ps);
	free(m->pe);
	free(m->pd);
	free(m->px);
	for (i = 0; i < m->nrows; i++) {
		for (nz = 0, t = 0; t < NT; t++)
			nz += m->w[i * NT + t] != 0;
		if (nz > PSPARSE_MAX)
			nd++;
		else
			nw += nz;
	}
	for (m->pscap = 16; m->pscap < m->nrows * 2; m->pscap *= 2)
		continue;
	m->ps = xcalloc(m->pscap, sizeof(*m->ps));
	/* About 16 bits a key: one key in a hundred or so gets through. */
	for (m->bloommask = 1; m->bloommask * 64 < m->nrows * 16; m->bloommask *= 2)
		continue;
	free(m->bloom);
	m->bloom = xcalloc(m->bloommask, sizeof(*m->bloom));
	m->bloommask--;
	m->pe = xmalloc(nw ? nw : 1, sizeof(*m->pe));
	m->pd = line_calloc(nd ? nd : 1, PD_ROW * sizeof(float));
	m->px = xmalloc(nd ? nd : 1, sizeof(float));
	nw = nd = 0;
	for (i = 0; i < m->ft.cap; i++) {
		if (m->ft.keys[i] == 0)
			continue;
		j = (size_t)(m->ft.keys[i] ^ (m->ft.keys[i] >> 32)) & (m->pscap - 1);
		while (m->ps[j].key != 0)
			j = (j + 1) & (m->pscap - 1);
		m->ps[j].key = m->ft.keys[i];
		bloom_add(m, m->ft.keys[i]);
		w = m->w + (size_t)m->ft.vals[i] * NT;
		for (nz = 0, t = 0; t < NT; t++)
			nz += w[t] != 0;
		if (nz > PSPARSE_MAX) {
			m->ps[j].off = (uint32_t)nd;
			m->ps[j].n = PDENSE;
			for (k = 0; k < PD_ROW; k++)
				m->pd[nd * PD_ROW + k] = w[k];
			m->px[nd] = w[PD_ROW];
			nd++;
			continue;
		}
		m->ps[j].off = (uint32_t)nw;
		for (t = 0; t < NT; t++)
			if (w[t] != 0) {
				m->pe[nw].w = w[t];
				m->pe[nw].tag = (uint32_t)t;
				nw++;
			}
		m->ps[j].n = (uint32_t)(nw - m->ps[j].off);
	}
}

const char *
ner_type_name(int type)
{
	static const char *const names[] = { "PERSON", "ORG", "LOC", "MISC" };

	return type >= 0 && type < NER_NTYPES ? names[type] : "O";
}

/* A model of nrows zero rows, without gazetteers or packed index yet. */
static struct ner_model *
model_bare(size_t nrows)
{
	struct ner_model *m = xcalloc(1, sizeof(*m));

	htab_init(&m->ft, nrows);
	m->w = xcalloc(nrows ? nrows : 1, NT * sizeof(float));
	return m;
}

static struct ner_model *
model_new(size_t nrows)
{
	struct ner_model *m = model_bare(nrows);

	gaz_load(m);
	model_pack(m);
	return m;
}

void
ner_model_free(struct ner_model *m)
{
	if (m == NULL)
		return;
	htab_free(&m->ft);
	htab_free(&m->gz.t);
	htab_free(&m->rg.t);
	htab_free(&m->og.t);
	free(m->ps);
	free(m->pe);
	free(m->pd);
	free(m->px);
	free(m->bloom);
	free(m->w);
	free(m);
}

size_t
ner_model_nfeatures(const struct ner_model *m)
{
	return m->nrows;
}

/* Parse n floats from s into out; return 0 or -1. */
static int
parse_floats(const char *s, float *out, size_t n)
{
	char *end;
	size_t i;

	for (i = 0; i < n; i++) {
		errno = 0;
		out[i] = strtof(s, &end);
		if (end == s || errno != 0 || !isfinite(out[i]))
			return -1;
		s = end;
	}
	while (*s == ' ')
		s++;
	return *s == '\0' ? 0 : -1;
}

/* Copy the next line of text (at *pos) into line; return its length or -1. */
static int
next_line(const char *text, size_t len, size_t *pos, char *line, size_t cap)
{
	const char *nl;
	size_t l;

	if (*pos >= len)
		return -1;
	nl = memchr(text + *pos, '\n', len - *pos);
	l = nl ? (size_t)(nl - text - *pos) : len - *pos;
	if (l >= cap)
		l = cap;	/* reported as too long by the caller */
	else {
		memcpy(line, text + *pos, l);
		line[l] = '\0';
	}
	*pos += (nl ? (size_t)(nl - text - *pos) + 1 : len - *pos);
	return (int)l;
}

#define LINE_MAX_MODEL	1024

static int
load_fail(struct ner_err *err, unsigned long line, const char *msg,
    struct ner_model *m)
{
	err->line = line;
	err->msg = msg;
	ner_model_free(m);
	return -1;
}

/*
 * Fast readers for the rows of a model, each giving what the strtoull(),
 * strtoul() or strtof() it stands for gives, and calling it for anything
 * but the plain forms ner_model_write() writes.
 */
/* A feature key: 16 hex digits. */
static uint64_t
read_key(char *s, char **end)
{
	uint64_t v = 0;
	int k;

	for (k = 0; k < 16 && uc_hex_value((unsigned char)s[k]) >= 0; k++)
		v = v << 4 | (uint64_t)uc_hex_value((unsigned char)s[k]);
	if (k == 16 && uc_hex_value((unsigned char)s[16]) < 0) {
		*end = s + 16;
		return v;
	}
	return strtoull(s, end, 16);
}

/* A tag: one or two decimal digits. */
static unsigned long
read_tag(char *s, char **end)
{
	if (s[0] >= '0' && s[0] <= '9' && !(s[1] >= '0' && s[1] <= '9')) {
		*end = s + 1;
		return (unsigned long)(s[0] - '0');
	}
	if (s[0] >= '1' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
	    !(s[2] >= '0' && s[2] <= '9')) {
		*end = s + 2;
		return (unsigned long)((s[0] - '0') * 10 + s[1] - '0');
	}
	return strtoul(s, end, 10);
}

/*
 * A weight.  A decimal of at most 24 bits of digits and a power of ten
 * within 10^-10..10^10 is one exact float times or over another, so one
 * float operation rounds it correctly, as strtof() does (Clinger's fast
 * path); it needs float arithmetic without excess precision.
 */
static float
read_weight(char *s, char **end)
{
#if FLT_EVAL_METHOD == 0
	static const float p10[] = {
		1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
	};
	uint64_t mant = 0;
	long e10 = 0, ex = 0;
	int neg = 0, nd = 0, ne = 0, eneg = 0;
	char *p = s;
	float f;

	if (*p == '-') {
		neg = 1;
		p++;
	}
	for (; *p >= '0' && *p <= '9' && nd < 18; p++, nd++)
		mant = mant * 10 + (uint64_t)(*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9' && nd < 18; p++, nd++, e10--)
			mant = mant * 10 + (uint64_t)(*p - '0');
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '-' || *p == '+')
			eneg = *p++ == '-';
		for (; *p >= '0' && *p <= '9' && ne < 4; p++, ne++)
			ex = ex * 10 + (*p - '0');
		if (ne == 0)
			nd = 0;		/* "1e" and the like: strtof() decides */
		e10 += eneg ? -ex : ex;
	}
	if (nd > 0 && nd < 18 && ne < 4 && !(*p >= '0' && *p <= '9') &&
	    *p != '.' && *p != 'x' && *p != 'X' && mant < (1u << 24) &&
	    e10 >= -10 && e10 <= 10) {
		f = (float)mant;
		f = e10 >= 0 ? f * p10[e10] : f / p10[-e10];
		*end = p;
		return neg ? -f : f;
	}
#endif
	return strtof(s, end);
}

int
ner_model_load(const char *text, size_t len, struct ner_model **out,
    struct ner_err *err)
{
	char line[LINE_MAX_MODEL + 1], *s, *end;
	size_t pos = 0, nrows, r, k;
	unsigned long ln = 0, ver, t;
	struct ner_model *m = NULL;
	uint64_t key;
	uint32_t *slot;
	float v;
	int l;

	*out = NULL;
#define NEXT() (ln++, (l = next_line(text, len, &pos, line, LINE_MAX_MODEL)) < 0 ? \
	    load_fail(err, ln, "unexpected end of model", m) : \
	    l == LINE_MAX_MODEL ? load_fail(err, ln, "line too long", m) : 0)
	if (NEXT() < 0)
		return -1;
	if (strncmp(line, "lede-ner ", 9) != 0)
		return load_fail(err, ln, "not a lede-ner model", m);
	errno = 0;
	ver = strtoul(line + 9, &end, 10);
	if (end == line + 9 || *end != '\0' || errno != 0)
		return load_fail(err, ln, "bad model version line", m);
	if (ver != NER_MODEL_VERSION)
		return load_fail(err, ln, "unsupported model version", m);
	if (NEXT() < 0)
		return -1;
	if (strncmp(line, "features ", 9) != 0 ||
	    strtoul(line + 9, &end, 10) != NER_FEATSET || *end != '\0')
		return load_fail(err, ln, "model made for another feature set", m);
	if (NEXT() < 0)
		return -1;
	errno = 0;
	if (strncmp(line, "rows ", 5) != 0 ||
	    (nrows = (size_t)strtoull(line + 5, &end, 10), *end != '\0') ||
	    errno != 0 || nrows > 100000000)
		return load_fail(err, ln, "bad rows line", m);
	/* Each row is a 16-digit key and a newline at least: a count the
	 * file cannot hold is corrupt, not a reason to allocate gigabytes. */
	if (nrows > (len - pos) / 17)
		return load_fail(err, ln, "more rows than the model holds", m);
	m = model_bare(nrows);
	if (NEXT() < 0)
		return -1;
	if (strncmp(line, "start ", 6) != 0 || parse_floats(line + 6, m->start, NT) < 0)
		return load_fail(err, ln, "bad start line", m);
	if (NEXT() < 0)
		return -1;
	if (strncmp(line, "end ", 4) != 0 || parse_floats(line + 4, m->end, NT) < 0)
		return load_fail(err, ln, "bad end line", m);
	for (k = 0; k < NT; k++) {
		if (NEXT() < 0)
			return -1;
		if (strncmp(line, "trans ", 6) != 0 ||
		    parse_floats(line + 6, m->trans + k * NT, NT) < 0)
			return load_fail(err, ln, "bad trans line", m);
	}
	for (r = 0; r < nrows; r++) {
		if (NEXT() < 0)
			return -1;
		errno = 0;
		key = read_key(line, &end);
		if (end != line + 16 || errno != 0 || key == 0)
			return load_fail(err, ln, "bad feature key", m);
		slot = htab_put(&m->ft, key);
		if (m->ft.n != r + 1)
			return load_fail(err, ln, "duplicate feature key", m);
		*slot = (uint32_t)r;
		s = end;
		while (*s == ' ') {
			s++;
			errno = 0;
			t = read_tag(s, &end);
			if (end == s || *end != ':' || t >= NT || errno != 0)
				return load_fail(err, ln, "bad tag:weight", m);
			s = end + 1;
			v = read_weight(s, &end);
			if (end == s || errno != 0 || !isfinite(v))
				return load_fail(err, ln, "bad tag:weight", m);
			m->w[r * NT + t] = v;
			s = end;
		}
		if (*s != '\0')
			return load_fail(err, ln, "bad tag:weight", m);
	}
	m->nrows = nrows;
	if (NEXT() < 0)
		return -1;
	if (strcmp(line, "end") != 0)
		return load_fail(err, ln, "missing end line", m);
#undef NEXT
	gaz_load(m);
	model_pack(m);
	*out = m;
	return 0;
}

int
ner_model_default(struct ner_model **out, struct ner_err *err)
{
	return ner_model_load(data_ner_model, data_ner_model_len, out, err);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void
write_floats(FILE *fp, const char *name, const float *v, size_t n)
{
	size_t i;

	fputs(name, fp);
	for (i = 0; i < n; i++)
		fprintf(fp, " %.6g", (double)v[i]);
	fputc('\n', fp);
}

int
ner_model_write(const struct ner_model *m, FILE *fp)
{
	size_t i, t, n = 0;
	const float *w;
	uint64_t *keys;

	fprintf(fp, "lede-ner %d\nfeatures %d\nrows %zu\n", NER_MODEL_VERSION,
	    NER_FEATSET, m->ft.n);
	write_floats(fp, "start", m->start, NT);
	write_floats(fp, "end", m->end, NT);
	for (t = 0; t < NT; t++)
		write_floats(fp, "trans", m->trans + t * NT, NT);
	/* Rows in key order, so that a model diffs cleanly. */
	keys = xmalloc(m->ft.n ? m->ft.n : 1, sizeof(*keys));
	for (i = 0; i < m->ft.cap; i++)
		if (m->ft.keys[i] != 0)
			keys[n++] = m->ft.keys[i];
	qsort(keys, n, sizeof(*keys), cmp_u64);
	for (i = 0; i < n; i++) {
		w = m->w + (size_t)htab_get(&m->ft, keys[i]) * NT;
		fprintf(fp, "%016" PRIx64, keys[i]);
		for (t = 0; t < NT; t++)
			if (w[t] != 0)
				fprintf(fp, " %zu:%.4g", t, (double)w[t]);
		fputc('\n', fp);
	}
	free(keys);
	fputs("end\n", fp);
	return ferror(fp) ? -1 : 0;
}

/* Tagging. */

/* Make room for n tokens in t's arrays. */
static void
tagger_room(struct ner_tagger *t, size_t n)
{
	if (n <= t->scap)
		return;
	t->scap = n + 64;
	free(t->emit);
	free(t->fscr);
	free(t->bscr);
	free(t->tags);
	free(t->words);
	free(t->wlens);
	t->emit = xmalloc(t->scap, NT * sizeof(float));
	t->fscr = xmalloc(t->scap, NT * sizeof(float));
	t->bscr = xmalloc(t->scap, NT);
	t->tags = xmalloc(t->scap, 1);
	t->words = xmalloc(t->scap, sizeof(*t->words));
	t->wlens = xmalloc(t->scap, sizeof(*t->wlens));
}

/* Tag the words of t->p (already prepared) and update the memory. */
static void
decode(struct ner_tagger *t)
{
	const struct ner_model *m = t->m;
	size_t i;

	mem_lookup(&t->mem, &t->p);
	score(m, &t->p, &t->fs, t->emit);
	ner_viterbi(t->emit, t->p.n, m->trans, m->start, m->end, t->fscr,
	    t->bscr, t->tags);
	surname_retag(&t->mem, &t->p, t->tags);
	orghead_retag(&t->p, t->tags);
	people_retag(&t->p, t->tags);
	credit_retag(&t->p, t->tags);
	dateline_retag(&t->p, t->tags);
	nickname_retag(m, &t->mem, &t->p, t->tags);
	/* The rules below mend spans: a sentence without any has none to mend. */
	for (i = 0; i < t->p.n && t->tags[i] == 0; i++)
		;
	if (i < t->p.n) {
		participle_retag(&t->p, t->tags);
		acronym_retag(&t->p, t->tags);
		person_join(&t->p, t->tags);
		team_retag(&t->p, t->tags);
		list_retag(&t->p, t->tags);
		place_retag(&m->rg, &t->mem, &t->p, t->tags);
		hometown_retag(&t->p, t->tags);
		workplace_retag(&t->p, t->tags);
		party_retag(&t->p, t->tags);
		title_split(&t->p, t->tags);
		event_retag(&t->p, t->tags);
		region_retag(&m->rg, &t->p, t->tags);
		area_retag(m, &m->rg, &t->mem, &t->p, t->tags);
		firm_retag(&t->p, t->tags);
		disaster_retag(&t->p, t->tags);
		beside_retag(m, &m->rg, &t->p, t->tags);
		span_rules(m, &t->p, t->tags);
	} else	/* "damaged in Beed district alone": no span, yet a place. */
		area_retag(m, &m->rg, &t->mem, &t->p, t->tags);
	body_retag(&m->rg, &t->p, t->tags);
	town_retag(&t->p, t->tags);
	org_retag(&m->og, &t->p, t->tags);
	ampersand_retag(&t->p, t->tags);
	possessive_join(&t->p, t->tags);
	acronym_join(&t->p, t->tags);
	station_join(&t->p, t->tags);
	mem_update(&t->mem, &t->p, t->tags);
}

struct ner_tagger *
ner_tagger_new(const struct ner_model *m)
{
	struct ner_tagger *t = xcalloc(1, sizeof(*t));

	t->m = m;
	mem_init(&t->mem);
	prep_init(&t->p);
	t->p.cache = xcalloc(WC_SIZE, sizeof(*t->p.cache));
	return t;
}

void
ner_tagger_free(struct ner_tagger *t)
{
	if (t == NULL)
		return;
	mem_free(&t->mem);
	free(t->p.cache);
	prep_free(&t->p);
	toks_free(&t->toks);
	fscratch_free(&t->fs);
	free(t->emit);
	free(t->fscr);
	free(t->bscr);
	free(t->tags);
	free(t->words);
	free(t->wlens);
	free(t->spans);
	if (t->doc != NULL) {
		free(t->doc->ds);
		free(t->doc->first);
		free(t->doc->out);
		htab_free(&t->doc->longs);
		free(t->doc);
	}
	free(t);
}

void
ner_tagger_reset(struct ner_tagger *t)
{
	mem_reset(&t->mem);
}

/* Whole documents. */

/* Hash of the initials of the words [b, e] ("New South Wales": "nsw"), 0: none. */
static uint64_t
initials(const struct prep *p, size_t b, size_t e)
{
	char ini[8];
	size_t i, k = 0;
	unsigned char c;

	for (i = b; i <= e; i++) {
		c = (unsigned char)p->ti[i].w[0];
		if (c >= 'A' && c <= 'Z' && k < sizeof(ini))
			ini[k++] = (char)(c + 32);
		else if (!is_minor(p->ti[i].w, p->ti[i].len))
			return 0;
	}
	return k >= 2 && k < sizeof(ini) ? fnv(FNV_INIT, ini, k) | 1 : 0;
}

/*
 * Note the spans of the sentence just tagged (tokens [from, from + n) of
 * t->toks), the untagged capitalised words of the first two sentences,
 * and whether the document uses those words otherwise.
 */
static void
doc_note(struct ner_tagger *t, size_t from, size_t n)
{
	struct docpass *d = t->doc;
	const struct prep *p = &t->p;
	struct dspan *x;
	struct dcand *c;
	size_t i, b = 0, k;
	int tag;

	for (i = 0; i < n; i++) {
		tag = t->tags[i];
		if (tag == 0) {
			if (d->nsent < 2 && p->ti[i].cap && d->ndc < DOC_CANDS &&
			    p->ti[i].len > 1) {
				c = &d->dc[d->ndc++];
				c->sent = d->nsent;
				c->start = t->toks.v[from + i].start;
				c->end = t->toks.v[from + i].end;
				c->hl = p->ti[i].hl;
				/* untagged: "AM" is no "Arlow Mining" */
				c->caps = tok_caps(&p->ti[i], 3);
				c->used = 0;
				c->prev = 0;
				c->pspan = 0;
				if (i > 0 && p->ti[i - 1].cap && (t->tags[i - 1] == 0 ||
				    t->tags[i - 1] == NER_TAG(NER_PER, 3))) {
					c->prev = p->ti[i - 1].hl;
					c->pstart = t->toks.v[from + i - 1].start;
					c->ptitle = (p->ti[i - 1].gcls &
					    (1u << GZ_TITLE)) != 0;
					c->pgiven = (p->ti[i - 1].gcls &
					    (1u << GZ_GIVEN)) != 0;
					if (t->tags[i - 1] != 0)
						c->pspan = d->nds;
				}
				d->dcmask |= 1ull << (c->hl & 63);
			}
			continue;
		}
		if (NER_TAG_POS(tag) == 0 || NER_TAG_POS(tag) == 3)
			b = i;
		if (NER_TAG_POS(tag) < 2)
			continue;
		if (d->nds == d->dscap) {
			d->dscap = d->dscap ? d->dscap * 2 : 64;
			d->ds = xrealloc(d->ds, d->dscap, sizeof(*d->ds));
		}
		x = &d->ds[d->nds++];
		x->sp.start = t->toks.v[from + b].start;
		x->sp.end = t->toks.v[from + i].end;
		x->sp.type = NER_TAG_TYPE(tag);
		x->sent = d->nsent;
		x->hl = p->ti[i].hl;
		x->place = (p->ti[i].gcls & GZ_PLACES) != 0;
		x->caps = tok_caps(&p->ti[i], 2);
		x->klast = 0;
		x->kinit = 0;
		x->khead = p->ti[b].hl;
		x->multi = i > b;
		x->given = (p->ti[b].gcls & (1u << GZ_GIVEN)) &&
		    !(p->ti[b].gcls & GZ_PLACES);
		if (i > b) {
			x->klast = p->ti[i].cap ? p->ti[i].hl | 1 : 0;
			x->kinit = initials(p, b, i);
		}
	}
	/* "Whitcombe" also written "whitcombe", or capitalised and untagged. */
	if (d->dcmask == 0)
		return;
	for (i = 0; i < n; i++) {
		if (!(d->dcmask & (1ull << (p->ti[i].hl & 63))))
			continue;
		if (p->ti[i].cap && (t->tags[i] != 0 || p->ti[i].initial))
			continue;
		/* Not a candidate itself: "Arsenal held by ..." then
		 * "LONDON - Arsenal dropped ..." before "with Arsenal". */
		if (p->ti[i].cap && d->nsent < 2)
			continue;
		for (k = 0; k < d->ndc; k++) {
			c = &d->dc[k];
			if (c->hl == p->ti[i].hl && (c->sent != d->nsent ||
			    c->start != t->toks.v[from + i].start))
				c->used = 1;
		}
	}
}

/* Start a document: forget the memory, tag sentences with ner_doc_add(). */
void
ner_doc_begin(struct ner_tagger *t)
{
	struct docpass *d;

	ner_tagger_reset(t);
	if (t->doc == NULL) {
		t->doc = xcalloc(1, sizeof(*t->doc));
		htab_init(&t->doc->longs, 64);
	}
	d = t->doc;
	d->nds = 0;
	d->ndc = 0;
	d->dcmask = 0;
	d->nsent = 0;
}

void
ner_doc_add(struct ner_tagger *t, const char *text, size_t len)
{
	struct docpass *d = t->doc;
	const struct ner_span *sp;

	if (d->nsent + 2 > d->fcap) {
		d->fcap = d->fcap ? d->fcap * 2 : 64;
		d->first = xrealloc(d->first, d->fcap, sizeof(*d->first));
	}
	d->first[d->nsent] = d->nds;
	(void)ner_tag_text(t, text, len, &sp);
	d->nsent++;
	d->first[d->nsent] = d->nds;
}

/* The long form a short mention with key k (in sentence sent) names, or NULL. */
static const struct dspan *
long_form(const struct docpass *d, uint64_t k, size_t sent)
{
	int64_t v;
	const struct dspan *x;

	if (k == 0 || d->longs.n == 0 ||
	    (v = htab_get(&d->longs, k)) <= 0 || v == INT32_MAX)
		return NULL;
	x = &d->ds[v - 1];
	return x->sent > sent ? x : NULL;
}

/*
 * "Arsenal held by ..." untagged in the headline, "with Arsenal" an
 * organisation later: the one-word span of the same word after byte start
 * of sentence sent, when every such span is one organisation or every one a place;
 * else NULL.  (A person's one word is left to the long forms.)
 */
static const struct dspan *
one_word_form(const struct docpass *d, uint64_t hl, size_t sent,
    size_t start)
{
	const struct dspan *x, *found = NULL;
	size_t i;

	for (i = 0; i < d->nds; i++) {
		x = &d->ds[i];
		if (x->multi || x->hl != hl)
			continue;
		if ((x->sp.type != NER_ORG && x->sp.type != NER_LOC) ||
		    (found != NULL && found->sp.type != x->sp.type))
			return NULL;
		if (found == NULL && (x->sent > sent ||
		    (x->sent == sent && x->sp.start > start)))
			found = x;
	}
	return found;
}

/*
 * The memory has the word of folded hash hl as a person more often than
 * as any other type (as often, when tie is nonzero).
 */
static int
per_word(const struct memory *m, uint64_t hl, int tie)
{
	int64_t v;
	int k;

	if ((v = htab_get(&m->idx, hl | 1)) <= 0)
		return 0;
	for (k = 1; k < NER_NTYPES; k++)
		if (m->cnt[v - 1][k] + (tie != 0) > m->cnt[v - 1][NER_PER])
			return 0;
	return 1;
}

static int
cmp_dspan(const void *a, const void *b)
{
	const struct dspan *x = a, *y = b;

	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	return x->sp.start < y->sp.start ? -1 : x->sp.start > y->sp.start;
}

/*
 * The document's later full forms correct its earlier short mentions:
 * a one-word name, or an untagged capitalised word of the headline or the
 * first sentence, that is the surname of a person the document names
 * later in full ("Whitcombe steps down" before "Dana Whitcombe"), a team
 * named later in full ("Chiefs" before "the Kansas City Chiefs"), or the
 * initials of a name given later ("NSW" before "New South Wales"), takes
 * that name's type.  Only a later form: after it, the memory decides.
 */
void
ner_doc_end(struct ner_tagger *t)
{
	struct docpass *d = t->doc;
	const struct dspan *lf = NULL;
	struct dspan *x;
	struct dcand *c;
	uint32_t *v;
	size_t i, nds, kinit, start;
	int64_t mv;
	int type, added = 0;

	if (d->nds == 0)
		return;
	if (d->longs.n > 0) {
		memset(d->longs.keys, 0, d->longs.cap * sizeof(*d->longs.keys));
		d->longs.n = 0;
	}
	for (i = 0; i < d->nds; i++) {
		x = &d->ds[i];
		for (kinit = 0; kinit < 2; kinit++) {
			uint64_t k = kinit ? INIT_KEY(x->kinit) : x->klast;

			if (k == 0)
				continue;
			/* a surname, a team's name, or initials */
			if (!kinit && x->sp.type != NER_PER) {
				if (x->sp.type != NER_ORG ||
				    (mv = htab_get(&t->mem.idx, x->klast)) <= 0 ||
				    t->mem.cnt[mv - 1][MEM_TEAM] == 0)
					continue;
			}
			v = htab_put(&d->longs, k);
			if (*v == 0)
				*v = (uint32_t)(i + 1);
			else if (*v != INT32_MAX &&
			    d->ds[*v - 1].sp.type != x->sp.type)
				*v = INT32_MAX;	/* two types: no say */
		}
	}
	nds = d->longs.n == 0 ? 0 : d->nds;
	for (i = 0; i < nds; i++) {
		x = &d->ds[i];
		if (x->multi)
			continue;
		lf = x->caps ? long_form(d, INIT_KEY(x->hl), x->sent) : NULL;
		if (lf == NULL && !x->place)
			lf = long_form(d, x->hl | 1, x->sent);
		/* "Gay Republicans" later is no reason to make "Republicans" one */
		if (lf != NULL && (lf->sp.type != NER_PER ||
		    per_word(&t->mem, x->hl, lf->given)))
			x->sp.type = lf->sp.type;
	}
	for (i = 0; i < d->ndc; i++) {
		c = &d->dc[i];
		if (c->used)
			continue;
		if ((!c->caps || (lf = long_form(d, INIT_KEY(c->hl),
		    c->sent)) == NULL) &&
		    (lf = long_form(d, c->hl | 1, c->sent)) == NULL &&
		    (lf = one_word_form(d, c->hl, c->sent, c->start)) == NULL)
			continue;
		type = lf->sp.type;
		if (type == NER_PER && !lf->given && !per_word(&t->mem, c->hl, 0))
			continue;
		/* "Ted Cruz" untagged before "Ted Cruz": the whole name */
		if (c->prev != 0 && c->prev == lf->khead && c->pspan > 0) {
			d->ds[c->pspan - 1].sp.end = c->end;
			d->ds[c->pspan - 1].sp.type = type;
			continue;
		}
		if (c->prev != 0 && c->prev != lf->khead &&
		    (c->pgiven || c->pspan > 0) && !c->ptitle)
			continue;
		start = c->prev == lf->khead ? c->pstart : c->start;
		lf = NULL;	/* d->ds may move */
		if (d->nds == d->dscap) {
			d->dscap *= 2;
			d->ds = xrealloc(d->ds, d->dscap, sizeof(*d->ds));
		}
		x = &d->ds[d->nds++];
		memset(x, 0, sizeof(*x));
		x->sp.start = start;
		x->sp.end = c->end;
		x->sp.type = type;
		x->sent = c->sent;
		x->multi = 1;	/* no short mention to correct */
		added = 1;
	}
	if (added) {
		qsort(d->ds, d->nds, sizeof(*d->ds), cmp_dspan);
		/* "UN UN ..." untagged twice: each word's span was added,
		 * the second from the first word on; keep the longer. */
		for (i = 1, nds = d->nds, d->nds = 1; i < nds; i++) {
			x = &d->ds[d->nds - 1];
			if (d->ds[i].sent == x->sent &&
			    d->ds[i].sp.start < x->sp.end) {
				if (d->ds[i].sp.end - d->ds[i].sp.start >
				    x->sp.end - x->sp.start)
					*x = d->ds[i];
				continue;
			}
			d->ds[d->nds++] = d->ds[i];
		}
		for (i = 0; i <= d->nsent; i++)
			d->first[i] = 0;
		for (i = 0; i < d->nds; i++)
			d->first[d->ds[i].sent + 1]++;
		for (i = 1; i <= d->nsent; i++)
			d->first[i] += d->first[i - 1];
	}
}

size_t
ner_doc_spans(struct ner_tagger *t, size_t sent, const struct ner_span **spans)
{
	struct docpass *d = t->doc;
	size_t i, n = d->first[sent + 1] - d->first[sent];

	if (n > d->ocap) {
		d->ocap = n + 16;
		free(d->out);
		d->out = xmalloc(d->ocap, sizeof(*d->out));
	}
	for (i = 0; i < n; i++)
		d->out[i] = d->ds[d->first[sent] + i].sp;
	*spans = d->out;
	return n;
}

/*
 * Tag the tokens [from, from + n) of t->toks as one sentence and append
 * their spans.
 */
static void
tag_piece(struct ner_tagger *t, const char *text, size_t from, size_t n)
{
	size_t i, start = 0;
	int tag;

	for (i = 0; i < n; i++) {
		t->words[i] = text + t->toks.v[from + i].start;
		t->wlens[i] = t->toks.v[from + i].end - t->toks.v[from + i].start;
	}
	prep_words(&t->p, &t->m->gz, t->words, t->wlens, n);
	decode(t);
	if (t->doc != NULL)
		doc_note(t, from, n);
	for (i = 0; i < n; i++) {
		tag = t->tags[i];
		if (tag == 0)
			continue;
		if (NER_TAG_POS(tag) == 0 || NER_TAG_POS(tag) == 3)
			start = t->toks.v[from + i].start;
		if (NER_TAG_POS(tag) < 2)
			continue;
		if (t->nspans == t->spcap) {
			t->spcap = t->spcap ? t->spcap * 2 : 16;
			t->spans = xrealloc(t->spans, t->spcap, sizeof(*t->spans));
		}
		t->spans[t->nspans].start = start;
		t->spans[t->nspans].end = t->toks.v[from + i].end;
		t->spans[t->nspans].type = NER_TAG_TYPE(tag);
		t->nspans++;
	}
}

size_t
ner_tag_text(struct ner_tagger *t, const char *text, size_t len,
    const struct ner_span **spans)
{
	size_t n, from, piece;

	n = tok_split(text, len, &t->toks);
	t->nspans = 0;
	/*
	 * No real sentence has NER_PIECE_TOKENS tokens; a longer one (a
	 * document without full stops) is tagged a piece at a time, so the
	 * per-token state stays bounded whatever the input.
	 */
	for (from = 0; from < n; from += piece) {
		piece = n - from < NER_PIECE_TOKENS ? n - from : NER_PIECE_TOKENS;
		tagger_room(t, piece);
		tag_piece(t, text, from, piece);
	}
	*spans = t->spans;
	return t->nspans;
}

/* Corpora. */

static void
corpus_push_sent(struct ner_corpus *c)
{
	if (c->nsent + 2 > c->sentcap) {
		c->sentcap = c->sentcap ? c->sentcap * 2 : 1024;
		c->sent = xrealloc(c->sent, c->sentcap, sizeof(*c->sent));
	}
	c->sent[++c->nsent] = c->ntok;
}

static void
corpus_push_doc(struct ner_corpus *c)
{
	if (c->ndoc + 2 > c->doccap) {
		c->doccap = c->doccap ? c->doccap * 2 : 256;
		c->doc = xrealloc(c->doc, c->doccap, sizeof(*c->doc));
	}
	c->doc[++c->ndoc] = c->nsent;
}

/*
 * Turn the IOB tags of the sentence's tokens (stored in gold as type + 1,
 * with 0x80 set for B-) into BILOU tags.
 */
static void
corpus_bilou(struct ner_corpus *c, size_t from, size_t to)
{
	size_t i, j;
	int type, ty2;

	for (i = from; i < to; i = j) {
		if (c->gold[i] == 0) {
			j = i + 1;
			continue;
		}
		type = (c->gold[i] & 0x7F) - 1;
		for (j = i + 1; j < to; j++) {
			ty2 = (c->gold[j] & 0x7F) - 1;
			if (c->gold[j] == 0 || ty2 != type || (c->gold[j] & 0x80))
				break;
		}
		if (j - i == 1)
			c->gold[i] = NER_TAG(type, 3);
		else {
			c->gold[i] = NER_TAG(type, 0);
			for (i++; i + 1 < j; i++)
				c->gold[i] = NER_TAG(type, 1);
			c->gold[i] = NER_TAG(type, 2);
		}
	}
}

/* End the sentence being read, if it has tokens. */
static void
corpus_end_sent(struct ner_corpus *c)
{
	if (c->ntok == c->sent[c->nsent])
		return;
	corpus_bilou(c, c->sent[c->nsent], c->ntok);
	corpus_push_sent(c);
}

static int
parse_tag(const char *s, size_t len)
{
	static const char *const types[] = { "PER", "ORG", "LOC", "MISC" };
	size_t k;

	if (len == 1 && s[0] == 'O')
		return 0;
	if (len < 3 || (s[0] != 'I' && s[0] != 'B') || s[1] != '-')
		return -1;
	for (k = 0; k < NER_NTYPES; k++)
		if (len - 2 == strlen(types[k]) && memcmp(s + 2, types[k], len - 2) == 0)
			return (int)(k + 1) | (s[0] == 'B' ? 0x80 : 0);
	return -1;
}

struct ner_corpus *
ner_corpus_read(FILE *fp, struct ner_err *err)
{
	struct ner_corpus *c = xcalloc(1, sizeof(*c));
	char *line = NULL, *p, *w, *tag;
	size_t cap = 0, wl, tl;
	ssize_t len;
	int t;

	err->line = 0;
	err->msg = NULL;
	c->sent = xmalloc(2, sizeof(*c->sent));
	c->sentcap = 2;
	c->sent[0] = 0;
	c->doc = xmalloc(2, sizeof(*c->doc));
	c->doccap = 2;
	c->doc[0] = 0;
	while ((len = getline(&line, &cap, fp)) >= 0) {
		err->line++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
		    line[len - 1] == ' ' || line[len - 1] == '\t'))
			line[--len] = '\0';
		for (p = line; *p == ' ' || *p == '\t'; p++)
			continue;
		if (*p == '\0') {
			corpus_end_sent(c);
			continue;
		}
		w = p;
		wl = strcspn(w, " \t");
		if (wl == 10 && memcmp(w, "-DOCSTART-", 10) == 0) {
			corpus_end_sent(c);
			if (c->nsent > c->doc[c->ndoc])
				corpus_push_doc(c);
			continue;
		}
		tag = strrchr(p, ' ');
		if (tag == NULL || strrchr(p, '\t') > tag)
			tag = strrchr(p, '\t');
		if (tag == NULL) {
			err->msg = "expected a token and a tag";
			goto fail;
		}
		tag++;
		tl = strlen(tag);
		if ((t = parse_tag(tag, tl)) < 0) {
			err->msg = "unknown entity tag";
			goto fail;
		}
		if (c->ntok == c->tokcap) {
			c->tokcap = c->tokcap ? c->tokcap * 2 : 4096;
			c->woff = xrealloc(c->woff, c->tokcap, sizeof(*c->woff));
			c->gold = xrealloc(c->gold, c->tokcap, 1);
		}
		if (c->poollen + wl + 1 > c->poolcap) {
			c->poolcap = (c->poolcap + wl + 1) * 2;
			c->pool = xrealloc(c->pool, c->poolcap, 1);
		}
		memcpy(c->pool + c->poollen, w, wl);
		c->pool[c->poollen + wl] = '\0';
		c->woff[c->ntok] = c->poollen;
		c->gold[c->ntok] = (unsigned char)t;
		c->poollen += wl + 1;
		c->ntok++;
	}
	if (ferror(fp)) {
		err->msg = "read error";
		goto fail;
	}
	free(line);
	corpus_end_sent(c);
	if (c->nsent > c->doc[c->ndoc])
		corpus_push_doc(c);
	err->line = 0;
	return c;
fail:
	free(line);
	ner_corpus_free(c);
	return NULL;
}

void
ner_corpus_free(struct ner_corpus *c)
{
	if (c == NULL)
		return;
	free(c->pool);
	free(c->woff);
	free(c->gold);
	free(c->sent);
	free(c->doc);
	free(c);
}

size_t
ner_corpus_ndocs(const struct ner_corpus *c)
{
	return c->ndoc;
}

size_t
ner_corpus_ntokens(const struct ner_corpus *c)
{
	return c->ntok;
}

/* Point words/lens at the tokens of sentence s of c; return their number. */
static size_t
corpus_words(const struct ner_corpus *c, size_t s, const char **words,
    size_t *lens)
{
	size_t i, n = c->sent[s + 1] - c->sent[s];

	for (i = 0; i < n; i++) {
		words[i] = c->pool + c->woff[c->sent[s] + i];
		lens[i] = strlen(words[i]);
	}
	return n;
}

/* Largest sentence of c in tokens. */
static size_t
corpus_maxsent(const struct ner_corpus *c)
{
	size_t s, max = 1;

	for (s = 0; s < c->nsent; s++)
		if (c->sent[s + 1] - c->sent[s] > max)
			max = c->sent[s + 1] - c->sent[s];
	return max;
}

/* Count spans of gold and pred (n tags each) into sc. */
static void
score_spans(const unsigned char *gold, const unsigned char *pred, size_t n,
    struct ner_score *sc)
{
	size_t i, gs = 0, ps = 0;
	int g, p, ty;

	for (i = 0; i < n; i++) {
		g = gold[i];
		p = pred[i];
		if (g != 0 && (NER_TAG_POS(g) == 0 || NER_TAG_POS(g) == 3))
			gs = i;
		if (p != 0 && (NER_TAG_POS(p) == 0 || NER_TAG_POS(p) == 3))
			ps = i;
		if (g != 0 && NER_TAG_POS(g) >= 2) {
			sc->ngold[NER_TAG_TYPE(g)]++;
			sc->ngold[NER_NTYPES]++;
		}
		if (p != 0 && NER_TAG_POS(p) >= 2) {
			ty = NER_TAG_TYPE(p);
			sc->npred[ty]++;
			sc->npred[NER_NTYPES]++;
			if (g != 0 && NER_TAG_POS(g) >= 2 && gs == ps &&
			    NER_TAG_TYPE(g) == ty) {
				sc->tp[ty]++;
				sc->tp[NER_NTYPES]++;
			}
		}
	}
}

void
ner_evaluate(const struct ner_model *m, const struct ner_corpus *c,
    struct ner_score *sc)
{
	struct ner_tagger *t = ner_tagger_new(m);
	size_t d, s, n;

	memset(sc, 0, sizeof(*sc));
	tagger_room(t, corpus_maxsent(c));
	for (d = 0; d < c->ndoc; d++) {
		mem_reset(&t->mem);
		for (s = c->doc[d]; s < c->doc[d + 1]; s++) {
			n = corpus_words(c, s, t->words, t->wlens);
			prep_words(&t->p, &m->gz, t->words, t->wlens, n);
			decode(t);
			score_spans(c->gold + c->sent[s], t->tags, n, sc);
		}
	}
	ner_tagger_free(t);
}

double
ner_score_f1(const struct ner_score *sc, int type)
{
	double p, r;

	if (sc->npred[type] == 0 || sc->ngold[type] == 0 || sc->tp[type] == 0)
		return 0;
	p = (double)sc->tp[type] / (double)sc->npred[type];
	r = (double)sc->tp[type] / (double)sc->ngold[type];
	return 2 * p * r / (p + r);
}

/* Training. */

struct trainer {
	struct htab	 ids;		/* feature key -> id + 1 */
	uint64_t	*keys;		/* key of each id */
	size_t		 nf;		/* ids */
	float		*w;		/* nf * NT weights */
	float		*u;		/* their averaging sums */
	float		 trans[NT * NT], utrans[NT * NT]; /* transitions */
	float		 start[NT], ustart[NT];	/* first tags */
	float		 end[NT], uend[NT];	/* last tags */
	double		 c;		/* instances seen, from 1 */
};

/* A deterministic generator (xorshift64*) for the document order. */
static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

static void
upd(float *w, float *u, size_t i, float d, double c)
{
	w[i] += d;
	u[i] += (float)(c * d);
}

/* The averaged, pruned model of tr. */
static struct ner_model *
trainer_model(const struct trainer *tr, float prune)
{
	struct ner_model *m;
	size_t f, t, keep = 0;
	float row[NT], mx;
	float inv = (float)(1.0 / tr->c);
	char *kept = xcalloc(tr->nf ? tr->nf : 1, 1);

	for (f = 0; f < tr->nf; f++) {
		mx = 0;
		for (t = 0; t < NT; t++) {
			row[t] = tr->w[f * NT + t] - tr->u[f * NT + t] * inv;
			if (fabsf(row[t]) > mx)
				mx = fabsf(row[t]);
		}
		if (mx >= prune && mx > 0) {
			kept[f] = 1;
			keep++;
		}
	}
	m = model_new(keep);
	for (f = 0; f < tr->nf; f++) {
		if (!kept[f])
			continue;
		*htab_put(&m->ft, tr->keys[f]) = (uint32_t)m->nrows;
		for (t = 0; t < NT; t++) {
			row[t] = tr->w[f * NT + t] - tr->u[f * NT + t] * inv;
			m->w[m->nrows * NT + t] = fabsf(row[t]) < prune / 4 ? 0 :
			    row[t];
		}
		m->nrows++;
	}
	for (t = 0; t < NT * NT; t++)
		m->trans[t] = tr->trans[t] - tr->utrans[t] * inv;
	for (t = 0; t < NT; t++) {
		m->start[t] = tr->start[t] - tr->ustart[t] * inv;
		m->end[t] = tr->end[t] - tr->uend[t] * inv;
	}
	free(kept);
	model_pack(m);
	return m;
}

/*
 * Add scale times the weights of src to dst, adding rows dst lacks.  A
 * row whose weights are all below prune is skipped, and weights below
 * prune / 4 are left out: they change few decisions and fill the file.
 */
static void
model_add(struct ner_model *dst, const struct ner_model *src, float scale,
    float prune)
{
	size_t i, t, cap = dst->nrows;
	uint32_t *row;
	const float *w;
	float mx;

	for (i = 0; i < src->ft.cap; i++) {
		if (src->ft.keys[i] == 0)
			continue;
		w = src->w + (size_t)src->ft.vals[i] * NT;
		for (mx = 0, t = 0; t < NT; t++)
			if (fabsf(w[t]) > mx)
				mx = fabsf(w[t]);
		if (mx == 0 || mx < prune)
			continue;
		if (htab_get(&dst->ft, src->ft.keys[i]) < 0) {
			if (dst->nrows == cap) {
				cap = cap * 2 + 1024;
				dst->w = xrealloc(dst->w, cap, NT * sizeof(float));
			}
			*htab_put(&dst->ft, src->ft.keys[i]) = (uint32_t)dst->nrows;
			memset(dst->w + dst->nrows * NT, 0, NT * sizeof(float));
			dst->nrows++;
		}
		row = htab_put(&dst->ft, src->ft.keys[i]);
		for (t = 0; t < NT; t++)
			if (fabsf(w[t]) >= prune / 4)
				dst->w[(size_t)*row * NT + t] += scale * w[t];
	}
	for (t = 0; t < NT * NT; t++)
		dst->trans[t] += scale * src->trans[t];
	for (t = 0; t < NT; t++) {
		dst->start[t] += scale * src->start[t];
		dst->end[t] += scale * src->end[t];
	}
}

static struct ner_model *train_once(const struct ner_corpus *,
    const struct ner_train_opts *, unsigned long, ner_epoch_fn *, void *);

struct ner_model *
ner_train(const struct ner_corpus *c, const struct ner_train_opts *o,
    ner_epoch_fn *fn, void *ctx)
{
	struct ner_model *sum, *m;
	int r, runs = o->runs > 0 ? o->runs : 1;

	/* Runs in different document orders, averaged: less variance. */
	sum = model_new(0);
	for (r = 0; r < runs; r++) {
		m = train_once(c, o, o->seed + (unsigned long)r, fn, ctx);
		model_add(sum, m, 1.0f / (float)runs, 0);
		ner_model_free(m);
	}
	m = model_new(0);
	model_add(m, sum, 1, o->prune);
	model_pack(m);
	ner_model_free(sum);
	return m;
}

static struct ner_model *
train_once(const struct ner_corpus *c, const struct ner_train_opts *o,
    unsigned long oseed, ner_epoch_fn *fn, void *ctx)
{
	struct trainer tr;
	struct ner_model *m;
	struct ner_tagger *t;
	struct htab counts;
	struct gaz *gz;
	uint64_t f[MAXFEAT], seed;
	size_t d, s, i, k, n, nf, *order, *foff, fcap, tmp;
	int32_t *fid = NULL;
	int64_t v;
	int ep, g, p, gp, pp;
	const unsigned char *gold;
	float *e;

	memset(&tr, 0, sizeof(tr));
	/* The tagger lends its scratch arrays and its gazetteers. */
	m = model_new(0);
	gz = &m->gz;
	t = ner_tagger_new(m);
	tagger_room(t, corpus_maxsent(c));
	foff = xmalloc(t->scap + 1, sizeof(*foff));
	fcap = t->scap * MAXFEAT;
	fid = xmalloc(fcap, sizeof(*fid));

	/* Count features, with a memory built from the gold tags. */
	htab_init(&counts, 1 << 20);
	for (d = 0; d < c->ndoc; d++) {
		mem_reset(&t->mem);
		for (s = c->doc[d]; s < c->doc[d + 1]; s++) {
			n = corpus_words(c, s, t->words, t->wlens);
			prep_words(&t->p, gz, t->words, t->wlens, n);
			mem_lookup(&t->mem, &t->p);
			for (i = 0; i < n; i++) {
				nf = features(&t->p, i, 1, f);
				for (k = 0; k < nf; k++)
					(*htab_put(&counts, f[k]))++;
			}
			mem_update(&t->mem, &t->p, c->gold + c->sent[s]);
		}
	}
	for (k = 0; k < counts.cap; k++)
		if (counts.keys[k] != 0 && counts.vals[k] >= o->cutoff)
			tr.nf++;
	htab_init(&tr.ids, tr.nf);
	tr.keys = xmalloc(tr.nf ? tr.nf : 1, sizeof(*tr.keys));
	tr.nf = 0;
	for (k = 0; k < counts.cap; k++)
		if (counts.keys[k] != 0 && counts.vals[k] >= o->cutoff) {
			tr.keys[tr.nf] = counts.keys[k];
			*htab_put(&tr.ids, counts.keys[k]) = (uint32_t)++tr.nf;
		}
	htab_free(&counts);
	tr.w = xcalloc(tr.nf ? tr.nf : 1, NT * sizeof(float));
	tr.u = xcalloc(tr.nf ? tr.nf : 1, NT * sizeof(float));
	tr.c = 1;

	order = xmalloc(c->ndoc ? c->ndoc : 1, sizeof(*order));
	for (d = 0; d < c->ndoc; d++)
		order[d] = d;
	seed = (uint64_t)oseed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL;
	for (ep = 1; ep <= o->epochs; ep++) {
		for (d = c->ndoc; d > 1; d--) {
			k = (size_t)(rnd(&seed) % d);
			tmp = order[d - 1];
			order[d - 1] = order[k];
			order[k] = tmp;
		}
		for (d = 0; d < c->ndoc; d++) {
			mem_reset(&t->mem);
			for (s = c->doc[order[d]]; s < c->doc[order[d] + 1]; s++) {
				n = corpus_words(c, s, t->words, t->wlens);
				gold = c->gold + c->sent[s];
				prep_words(&t->p, gz, t->words, t->wlens, n);
				mem_lookup(&t->mem, &t->p);
				foff[0] = 0;
				for (i = 0; i < n; i++) {
					nf = features(&t->p, i, 1, f);
					e = t->emit + i * NT;
					for (k = 0; k < NT; k++)
						e[k] = 0;
					for (k = 0; k < nf; k++) {
						v = htab_get(&tr.ids, f[k]);
						fid[foff[i] + k] = (int32_t)v - 1;
						if (v > 0) {
							const float *w = tr.w + (size_t)(v - 1) * NT;
							for (g = 0; g < NT; g++)
								e[g] += w[g];
						}
					}
					foff[i + 1] = foff[i] + nf;
				}
				ner_viterbi(t->emit, n, tr.trans, tr.start, tr.end,
				    t->fscr, t->bscr, t->tags);
				for (i = 0; i < n; i++) {
					g = gold[i];
					p = t->tags[i];
					if (g != p)
						for (k = foff[i]; k < foff[i + 1]; k++) {
							if (fid[k] < 0)
								continue;
							upd(tr.w, tr.u, (size_t)fid[k] * NT + (size_t)g, 1, tr.c);
							upd(tr.w, tr.u, (size_t)fid[k] * NT + (size_t)p, -1, tr.c);
						}
					gp = i > 0 ? gold[i - 1] : -1;
					pp = i > 0 ? t->tags[i - 1] : -1;
					if (g == p && gp == pp)
						continue;
					if (i == 0) {
						upd(tr.start, tr.ustart, (size_t)g, 1, tr.c);
						upd(tr.start, tr.ustart, (size_t)p, -1, tr.c);
					} else {
						upd(tr.trans, tr.utrans, (size_t)(gp * NT + g), 1, tr.c);
						upd(tr.trans, tr.utrans, (size_t)(pp * NT + p), -1, tr.c);
					}
				}
				if (n > 0 && gold[n - 1] != t->tags[n - 1]) {
					upd(tr.end, tr.uend, gold[n - 1], 1, tr.c);
					upd(tr.end, tr.uend, t->tags[n - 1], -1, tr.c);
				}
				tr.c++;
				mem_update(&t->mem, &t->p, t->tags);
			}
		}
		if (fn != NULL) {
			struct ner_model *am = trainer_model(&tr, 0);

			fn(ctx, ep, am);
			ner_model_free(am);
		}
	}
	ner_tagger_free(t);
	ner_model_free(m);
	m = trainer_model(&tr, 0);
	free(order);
	free(foff);
	free(fid);
	free(tr.keys);
	free(tr.w);
	free(tr.u);
	htab_free(&tr.ids);
	return m;
}
