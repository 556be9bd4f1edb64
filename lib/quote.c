/*
 * Quotations and reported speech: mark pairing, cues, speakers.
 *
 * The document's sentences are joined into one buffer (the gap between
 * two sentences becomes spaces, or newlines at a paragraph change) and cut
 * into tokens.  Double quotation marks are paired per paragraph; a quote
 * left open runs on into the next paragraph only when that paragraph opens
 * with a mark (the newspaper convention), else it ends with its paragraph.
 * Single marks are paired outside double quotes only, so apostrophes
 * (Azerbaijan's, '90s, rock 'n' roll) are never taken for quotes.
 * Then each quote, and each speech cue outside quotes, is attributed:
 * the cue next to the quote, its subject or inverted subject, and the
 * mention behind a pronoun or a description, found backwards in the
 * document.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lex.h"
#include "mem.h"
#include "quote.h"
#include "utf8.h"

extern const char data_cues[];
extern const size_t data_cues_len;
extern const char data_quote_cues_verbs[];
extern const size_t data_quote_cues_verbs_len;
extern const char data_quote_words[];
extern const size_t data_quote_words_len;
extern const char data_quote_given[];
extern const size_t data_quote_given_len;
extern const char data_quote_places[];
extern const size_t data_quote_places_len;

/* Joining two sentences never needs more than this many separator bytes. */
#define SEP_MAX		64
/* How far back a pronoun looks for its antecedent, in sentences. */
#define BACK_SENTS	6
/* Tokens between a quote's closing mark and a cue that still attributes it. */
#define CUE_AFTER	8
/* Most words of a quoted fragment that is kept only inside a clause. */
#define MID_WORDS	4
/* Tokens from a cue to a short quote it attributes ("called him a"). */
#define SHORT_CUE	4
/* Longest clause gap_clause() takes for an object relative. */
#define GAP_WORDS	8
/* Most words of a bare subject an aside may follow ("Hale, even as ..."). */
#define SUBJ_WORDS	4
/* Tokens from "called" to the quote it calls someone ("called Hale a"). */
#define OBJ_QUOTE	12
/* Tokens between a cue and "that" ("said in a statement Tuesday that"). */
#define THAT_SPAN	12
/* Longest run of tokens searched as one sentence (real ones are < 200). */
#define UNIT_MAX	400
/* Organisations looked at when resolving "the ministry" to a name. */
#define HEAD_BACK	200
/* Mentions looked at, per sentence, for the antecedent of a pronoun. */
#define MENT_BACK	64
/* Longest noun phrase walked over as a speaker, in tokens. */
#define NP_MAX		24
/* Words of a relative clause skipped between a quote and its cue. */
#define REL_SKIP	10
/* Sentences back to the speaker "the grandmother added" stands for. */
#define DESC_BACK	4
/* Words of a speaker set off inside a sentence ("The plan, said two
 * senior officials, would ..."). */
#define ASIDE_WORDS	6
/* Tokens looked back for "while", "although" before a cue. */
#define SUB_BACK	16
/* Tokens between "who" and the person it stands for ("X, 24, who said"). */
#define REL_BACK	12
/* Tokens from a sentence's start to a possessive on its subject. */
#define POSS_SUBJ	4
/* Sentences back to the company "the company said" stands for. */
#define FIRM_BACK	4
/* Tokens of a line that may be a photo credit or a byline. */
#define CREDIT_TOKS	8
/* Words of a subject and its appositive before a trailing cue. */
#define APPOS_WORDS	10
/* Words after a cue that still leave its sentence without content
 * ("said in a statement on Monday."). */
#define CUE_TAIL	6
/* Words of a short opening phrase before a subject ("Hours later,"). */
#define OPEN_MAX	3
/* Words from which a person named in a headline is taken as a phrase. */
#define HEAD_NAME	3
/* Free cues a reported clause may hold before it is cut (nesting). */
#define CLAUSE_CUES	2
/* Tokens from a quote's closing mark to a dash signature that ends its
 * paragraph ('"...," she says of "X." ― Jo Lee'). */
#define SIGN_SPAN	40
/* Tokens from a cue to a quoted fragment of the clause it reports
 * ('vowed to "fight every vote"', 'praised X as "a work horse"'). */
#define MIX_SPAN	12
/* Words of a phrase after a closing cue ("he said after the attacks."). */
#define TAIL_WORDS	12
/* Words from "what" to the cue of "what aides called "..."". */
#define WHAT_BACK	5
/* Tokens from "that" to a quoted fragment of its clause, after a verb
 * that is no speech cue ('found that the agency was "badly run"'). */
#define FRAG_SPAN	30
/* Words of an object between such a verb and "that" ("made the point"). */
#define NOUN_THAT	3
/* Tokens from the start of a sentence to a cue within which dashes are
 * counted ("Hale — who said X — voted"). */
#define DASH_BACK	40
/* Tokens before a gerund cue at the start of a sentence ("In addition
 * to stating that ..."). */
#define GERUND_BACK	5
/* Tokens of the object in 'casts Hale as a "con artist"'. */
#define AS_OBJ		8
/* Tokens from "as" to "put it" and from there to a quote ('as Jo Lee
 * put it in an essay, "..."'). */
#define PUT_IT		10
/* Words of "As the Star reported," before and after its cue. */
#define AS_SUBJ		6
/* Tokens from that "as" to the fragment ('as a "con artist"'). */
#define AS_FRAG		3
/* Words of a credit before an excerpt ('"Title," by Times' Jo Roe:'). */
#define CREDIT_MAX	10
/* Words of a plain subject between commas ("..., many economists say,"). */
#define PLAIN_NP	4
/* Words from "asked" to the question it reports ("asked X whether"). */
#define ASK_SPAN	8
/* Words after a cue searched for the verb of a bare clause. */
#define VERB_LOOK	6
/* Words of the object in "told the city council the plan ...". */
#define OBJ_WORDS	4
#ifndef PARTIAL_NEEDS_CUE
#define PARTIAL_NEEDS_CUE 1
#endif

struct quoter {
	struct lex	*cues;		/* cue forms -> flags (cues_load()) */
	struct lex	*words;		/* word classes, see quote_words.txt */
	struct lex	*given;		/* given names -> F, M or U */
	struct lex	*places;	/* countries (C) and demonyms (D) */
	struct lex	*verbs;		/* finite verbs, see quote_cues_verbs.txt */
};

enum { T_WORD = 1, T_PUNCT, T_QUOTE, T_POSS };
enum { R_NONE, R_OPEN, R_CLOSE, R_AMBIG };

struct tok {
	size_t		 s;		/* start in the buffer */
	size_t		 e;		/* end, exclusive */
	size_t		 sent;		/* sentence index */
	size_t		 para;		/* paragraph ordinal */
	int		 ment;		/* mention index or -1 */
	int		 inq;		/* quote span index holding it, or -1 */
	const char	*wtag;		/* word classes, or NULL */
	const char	*cue;		/* cue flags, or NULL */
	unsigned char	 cue2;		/* the cue goes on over the next word */
	unsigned char	 head;		/* may open a two-word cue */
	unsigned char	 kind;		/* T_WORD, T_PUNCT, T_QUOTE, T_POSS */
	unsigned char	 cap;		/* starts with an upper-case letter */
	unsigned char	 low;		/* starts with a lower-case letter */
	unsigned char	 dbl;		/* a double quotation mark */
	unsigned char	 role;		/* R_OPEN, R_CLOSE, R_AMBIG for marks */
};

struct ment {
	size_t		 t0;		/* first token */
	size_t		 t1;		/* last token, inclusive */
	enum quote_etype type;		/* entity type */
	int		 group;		/* person group (same last name), or -1 */
	int		 subj;		/* not after a preposition */
	int		 conf;		/* type from a title, name or lexicon */
};

struct group {
	size_t		 m;		/* the longest mention of the person */
	size_t		 given;		/* their given name's token, or -1 */
	size_t		 n0;		/* where their name starts, in m */
	int		 next;		/* next group of one last name, or -1 */
	int		 gender;	/* 'M', 'F' or 0 */
};

struct who {
	const char	*name;		/* resolved name, or NULL */
	size_t		 len;		/* bytes of name */
	size_t		 ms;		/* mention start in the buffer */
	size_t		 me;		/* mention end */
	int		 person;	/* 1 person, 0 not, -1 unknown */
	int		 group;		/* person group, or -1 */
	int		 both;		/* two people joined by "and" */
};

struct span {
	size_t		 open;		/* opening mark token */
	size_t		 close;		/* closing mark token, or (size_t)-1 */
	size_t		 last;		/* last content token */
	size_t		 cs;		/* content start in the buffer */
	size_t		 ce;		/* content end */
	int		 kind;		/* QUOTE_DIRECT or QUOTE_PARTIAL */
	unsigned char	 words;		/* content words, small words aside
					 * (counts stop at 255) */
	unsigned char	 small;		/* small words ("of", "the") */
	unsigned char	 title;		/* every content word capitalised */
	struct who	 w;		/* speaker */
	int		 has_cue;	/* cue found */
	int		 cue_next;	/* the cue follows the closing mark */
	size_t		 c0;		/* cue tokens */
	size_t		 c1;
};

struct doc {
	const struct quoter *q;		/* lexicons */
	struct arena	*a;		/* all allocations */
	char		*buf;		/* the joined sentences */
	size_t		 len;		/* bytes of buf */
	size_t		*soff;		/* buffer offset of each sentence */
	size_t		*send;		/* buffer end of each sentence */
	size_t		*spara;		/* paragraph of each sentence */
	size_t		 nsent;		/* sentences */
	struct tok	*t;		/* tokens */
	size_t		 nt;		/* tokens used */
	size_t		 nunit;		/* sentence pieces, see tokenize() */
	size_t		*sfirst;	/* first token of each sentence */
	size_t		*slast;		/* one past its last token */
	struct ment	*m;		/* mentions */
	size_t		 nm;		/* mentions used */
	struct group	*g;		/* person groups */
	size_t		 ng;		/* groups used */
	struct span	*sp;		/* quote spans */
	size_t		 nsp;		/* spans used */
	struct who	*sspk;		/* last speaker found in each sentence */
	/*
	 * Tables built once so that every search below costs O(1) or a
	 * bounded walk, whatever the length of a sentence: the work is
	 * linear in the document.
	 */
	size_t		*cue1;		/* last token of the cue at k, or -1 */
	size_t		*prevcue;	/* last cue token <= k in its unit, or -1 */
	size_t		*nextcue;	/* first cue token >= k in its unit, or -1 */
	size_t		*nextq;		/* first token >= k inside a quote, or nt */
	size_t		*prevment;	/* last free mention token <= k in unit, or -1 */
	size_t		*clstart;	/* first token of k's clause: after a . ! ? */
	size_t		*ufree;		/* first token of each unit not in a quote */
	size_t		*ucomma;	/* first comma of each unit, or its end */
	int		*usubj_p;	/* first subject person mention of a unit */
	int		*usubj_o;	/* first subject org/place mention of a unit */
	unsigned char	*uhead;		/* a unit in title case: a headline */
	size_t		*upron;		/* first free "he" or "she" of a unit */
	size_t		*orgs;		/* ORG mentions ordered by first token */
	size_t		 norg;		/* orgs used */
	struct quote	*out;		/* results */
	size_t		 nout;		/* results used */
	size_t		 outcap;	/* results allocated */
};

/*
 * The cue lexicon: cues.txt, and for each form of two words ("shot
 * back") its first word marked with '+' after its flags (alone "+": no
 * cue of its own), so that the one look-up every word has tells whether
 * it may open a two-word cue.
 */
static struct lex *
cues_load(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl, *sp, *tab, *f;
	struct lex *base, *lx;
	struct buf all;

	base = lex_load(text, len, LEX_FOLD);
	buf_init(&all);
	buf_add(&all, text, len);
	buf_addc(&all, '\n');
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (p == nl || *p == '#')
			continue;
		if ((tab = memchr(p, '\t', (size_t)(nl - p))) == NULL)
			tab = nl;
		if ((sp = memchr(p, ' ', (size_t)(tab - p))) == NULL)
			continue;
		f = lex_get(base, p, (size_t)(sp - p));
		buf_add(&all, p, (size_t)(sp - p));
		buf_addc(&all, '\t');
		if (f != NULL && strchr(f, '+') == NULL)
			buf_adds(&all, f);
		buf_adds(&all, "+\n");
	}
	lx = lex_load(all.data, all.len, LEX_FOLD);
	buf_free(&all);
	lex_free(base);
	return lx;
}

struct quoter *
quoter_new(void)
{
	struct quoter *q;

	q = xmalloc(1, sizeof(*q));
	q->cues = cues_load(LEX_DATA(cues));
	q->words = lex_load(LEX_DATA(quote_words), LEX_FOLD);
	q->given = lex_load(LEX_DATA(quote_given), LEX_EXACT);
	q->places = lex_load(LEX_DATA(quote_places), LEX_EXACT);
	q->verbs = lex_load(LEX_DATA(quote_cues_verbs), LEX_FOLD);
	return q;
}

void
quoter_free(struct quoter *q)
{
	if (q == NULL)
		return;
	lex_free(q->cues);
	lex_free(q->words);
	lex_free(q->given);
	lex_free(q->places);
	lex_free(q->verbs);
	free(q);
}

/* ---- characters ------------------------------------------------------ */

static uint32_t
cp_at(const char *b, size_t len, size_t i, size_t *n)
{
	uint32_t cp;

	if (i >= len) {
		*n = 0;
		return 0;
	}
	if ((unsigned char)b[i] < 0x80) {	/* what utf8_decode() says */
		*n = 1;
		return (unsigned char)b[i];
	}
	*n = utf8_decode(b + i, len - i, &cp);
	if (*n == 0)
		*n = 1;
	return cp;
}

static uint32_t
cp_before(const char *b, size_t i)
{
	uint32_t cp;
	size_t n;

	if (i == 0)
		return 0;
	n = utf8_decode_prev(b, i, &cp);
	if (n == 0)
		return UTF8_REPLACEMENT;
	return cp;
}

static int
is_dq(uint32_t cp)
{
	return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
	    cp == 0x00AB || cp == 0x00BB || cp == 0x201F;
}

static int
is_sq(uint32_t cp)
{
	return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
	    cp == 0x2039 || cp == 0x203A || cp == 0x201B || cp == '`';
}

static int
is_spc(uint32_t cp)
{
	/* ASCII first, with the answer of the test below: NUL, tab,
	 * LF, VT, FF, CR and space. */
	if (cp < 0x80)
		return cp == 0 || cp == ' ' || (cp >= '\t' && cp <= '\r');
	return cp == 0 || uc_is_space(cp) || uc_is_newline(cp) ||
	    cp == '\t';
}

/* 1 for the ASCII digits and letters. */
static const unsigned char ascii_alnum[256] = {
	['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	    1, 1, 1, 1, 1, 1,
	['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	    1, 1, 1, 1, 1, 1,
};

/* uc_is_alnum(), the ASCII answer inline: asked of every byte of a word. */
static int
is_alnum(uint32_t cp)
{
	if (cp < 0x80)
		return ascii_alnum[cp];
	return uc_is_alnum(cp);
}

static int
is_apos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

/* Punctuation after which a mark may open a quote. */
static int
opens_after(uint32_t cp)
{
	return is_spc(cp) || cp == '(' || cp == '[' || cp == '{' ||
	    uc_is_dash(cp) || cp == '-' || cp == '/' || cp == ':' ||
	    is_dq(cp) || is_sq(cp) || cp == 0x2026;
}

/* Punctuation before which a mark may close a quote. */
static int
closes_before(uint32_t cp)
{
	return is_spc(cp) || cp == ',' || cp == '.' || cp == ';' ||
	    cp == ':' || cp == '!' || cp == '?' || cp == ')' || cp == ']' ||
	    uc_is_dash(cp) || cp == '-' || is_dq(cp) || is_sq(cp) ||
	    cp == 0x2026 || cp == '}';
}

/* ---- building the buffer and the tokens ------------------------------- */

static void
push_tok(struct doc *d, size_t *cap, size_t s, size_t e, int kind,
    size_t sent, size_t para)
{
	struct tok *t;

	/* On the heap, not in the arena: a doubling array in an arena
	 * would keep every old copy until the document is done. */
	if (d->nt == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		d->t = xrealloc(d->t, *cap, sizeof(*d->t));
	}
	t = &d->t[d->nt++];
	memset(t, 0, sizeof(*t));
	t->s = s;
	t->e = e;
	t->kind = (unsigned char)kind;
	t->sent = sent;
	t->para = para;
	t->ment = -1;
	t->inq = -1;
}

static void
join(struct doc *d, const struct quote_sent *s, size_t nsent)
{
	size_t i, k, total, pos, gap;

	total = 0;
	for (i = 0; i < nsent; i++)
		total += s[i].len + SEP_MAX;
	d->buf = arena_alloc(d->a, total + 1);
	d->soff = arena_calloc(d->a, nsent + 1, sizeof(size_t));
	d->send = arena_calloc(d->a, nsent + 1, sizeof(size_t));
	d->spara = arena_calloc(d->a, nsent + 1, sizeof(size_t));
	pos = 0;
	for (i = 0; i < nsent; i++) {
		if (i > 0) {
			int nl = s[i].para != s[i - 1].para;

			gap = s[i].gap;
			if (gap == 0)
				gap = 1;
			if (gap > SEP_MAX)
				gap = SEP_MAX;
			if (nl && gap < 2)
				gap = 2;
			for (k = 0; k < gap; k++)
				d->buf[pos++] = nl ? '\n' : ' ';
		}
		d->soff[i] = pos;
		d->spara[i] = s[i].para;
		if (s[i].len)
			memcpy(d->buf + pos, s[i].text, s[i].len);
		/* A NUL or a newline inside a sentence would confuse nothing
		 * but the paragraph test below, which reads the token table. */
		pos += s[i].len;
		d->send[i] = pos;
	}
	d->buf[pos] = '\0';
	d->len = pos;
	d->nsent = nsent;
}

static int
is_abbrev(const struct doc *d, size_t s, size_t e)
{
	const char *v;
	size_t n;
	uint32_t cp;

	/* An initial ("J."), a dotted abbreviation ("U.S."), or a listed
	 * title or month ("Gov.", "Oct."). */
	cp = cp_at(d->buf, d->len, s, &n);
	if (n == e - s && uc_is_upper(cp))
		return 1;
	if (memchr(d->buf + s, '.', e - s) != NULL)
		return 1;
	v = lex_get(d->q->words, d->buf + s, e - s + 1);
	return v != NULL && (strchr(v, 'T') != NULL ||
	    strchr(v, 'K') != NULL);
}

/* Word j opens a two-word cue with the word after it: its flags go on
 * word j, which then ends at the second word (cue2). */
static void
two_word_cue(struct doc *d, size_t j)
{
	const struct tok *a = &d->t[j], *b = &d->t[j + 1];
	char pair[LEX_KEY_MAX];
	size_t na = a->e - a->s, nb = b->e - b->s;
	const char *f;

	if (na + 1 + nb > sizeof(pair))
		return;
	memcpy(pair, d->buf + a->s, na);
	pair[na] = ' ';
	memcpy(pair + na + 1, d->buf + b->s, nb);
	if ((f = lex_get(d->q->cues, pair, na + 1 + nb)) != NULL) {
		d->t[j].cue = f;
		d->t[j].cue2 = 1;
	}
}

static void
tokenize(struct doc *d)
{
	size_t i, n, n2, cap, si, para, j, unit, real, start_nt;
	size_t cur_real = (size_t)-1;
	uint32_t cp, nx;
	struct lex_key key;

	/* News has about one token in 5 bytes: room for most documents at
	 * once, where doubling from nothing cost ~4% of the run in realloc. */
	cap = d->len / 4 + 16;
	d->t = xmalloc(cap, sizeof(*d->t));
	si = 0;
	para = 0;
	i = 0;
	unit = 0;
	real = 0;
	start_nt = 0;
	while (i < d->len) {
		/* A space inside the sentence of the last token, the most
		 * common byte between tokens: nothing to do.  (A new piece
		 * begins at a token; a new sentence is marked even when it
		 * is all space, as below.) */
		if (d->buf[i] == ' ' && real == cur_real &&
		    (real + 1 >= d->nsent || i < d->soff[real + 1])) {
			i++;
			continue;
		}
		while (real + 1 < d->nsent && i >= d->soff[real + 1])
			real++;
		/*
		 * Tokens are grouped by sentence, and a sentence longer than
		 * UNIT_MAX tokens is cut into pieces: every search for a cue,
		 * a subject or a clause stays inside one piece, so the work
		 * per token is bounded however long a "sentence" is.
		 */
		if (real != cur_real || d->nt - start_nt >= UNIT_MAX) {
			if (d->nt > 0)
				unit++;
			cur_real = real;
			start_nt = d->nt;
		}
		si = unit;
		para = d->spara[real];
		cp = cp_at(d->buf, d->len, i, &n);
		/* U+FFFD stands for bytes that were no text: no token. */
		if (is_spc(cp) || cp == 0xFFFD) {
			i += n;
			continue;
		}
		if (is_dq(cp) || is_sq(cp)) {
			uint32_t pv = cp_before(d->buf, i);

			nx = cp_at(d->buf, d->len, i + n, &n2);
			/* '90s: an apostrophe that opens a number. */
			if (is_apos(cp) && !is_alnum(pv) && uc_is_digit(nx))
				goto word;
			/*
			 * Two apostrophes or two backticks stand for a double
			 * mark: ''Yes'', and ``Yes'' as TeX and the Penn
			 * Treebank write it.
			 */
			if ((cp == '\'' || cp == '`') && nx == cp) {
				push_tok(d, &cap, i, i + 2, T_QUOTE, si, para);
				d->t[d->nt - 1].dbl = 1;
				i += 2;
				continue;
			}
			push_tok(d, &cap, i, i + n, T_QUOTE, si, para);
			d->t[d->nt - 1].dbl = (unsigned char)is_dq(cp);
			i += n;
			continue;
		}
		if (!is_alnum(cp)) {
			push_tok(d, &cap, i, i + n, T_PUNCT, si, para);
			i += n;
			continue;
		}
word:
		j = i + n;
		for (;;) {
			size_t n3;
			uint32_t c2, c3;

			/* A run of ASCII letters and digits first: most of a
			 * word, one table look each (the NUL that ends d->buf
			 * ends the run). */
			while (ascii_alnum[(unsigned char)d->buf[j]])
				j++;
			c2 = cp_at(d->buf, d->len, j, &n2);
			if (n2 == 0)
				break;
			if (is_alnum(c2)) {
				j += n2;
				continue;
			}
			c3 = cp_at(d->buf, d->len, j + n2, &n3);
			if ((c2 == '-' || c2 == '.' || c2 == '&') &&
			    is_alnum(c3)) {
				j += n2 + n3;
				continue;
			}
			/* "100,000": a comma between digits is no comma. */
			if (c2 == ',' && uc_is_digit(c3) &&
			    d->buf[j - 1] >= '0' && d->buf[j - 1] <= '9') {
				j += n2 + n3;
				continue;
			}
			if (is_apos(c2) && uc_is_letter(c3)) {
				size_t n4;
				uint32_t c4;

				c4 = cp_at(d->buf, d->len, j + n2 + n3, &n4);
				if ((c3 == 's' || c3 == 'S') && !uc_is_letter(c4))
					break;
				j += n2 + n3;
				continue;
			}
			break;
		}
		if (j < d->len && d->buf[j] == '.' && is_abbrev(d, i, j))
			j++;
		push_tok(d, &cap, i, j, T_WORD, si, para);
		{
			struct tok *t = &d->t[d->nt - 1];
			uint32_t c0;
			size_t n0;

			c0 = cp_at(d->buf, d->len, i, &n0);
			if (c0 < 0x80) {	/* as uc_is_upper(), uc_is_lower() */
				t->cap = c0 >= 'A' && c0 <= 'Z';
				t->low = c0 >= 'a' && c0 <= 'z';
			} else {
				t->cap = (unsigned char)uc_is_upper(c0);
				t->low = (unsigned char)uc_is_lower(c0);
			}
			/* Both lexicons fold: fold and hash the word once. */
			if (lex_key(&key, d->buf + i, j - i)) {
				t->wtag = lex_get_key(d->q->words, &key);
				/* "Said Ellis:": a capitalised cue only first. */
				if (!t->cap || d->nt - 1 == start_nt)
					t->cue = lex_get_key(d->q->cues, &key);
				/* "shot" of "shot back": see cues_load(). */
				if (t->cue != NULL && (t->cue[0] == '+' ||
				    strchr(t->cue, '+') != NULL)) {
					t->head = t->low;
					if (t->cue[0] == '+')
						t->cue = NULL;
				}
			} else {
				t->wtag = lex_get(d->q->words, d->buf + i, j - i);
				if (!t->cap || d->nt - 1 == start_nt)
					t->cue = lex_get(d->q->cues, d->buf + i,
					    j - i);
			}
		}
		i = j;
		/* The possessive 's becomes a token of its own. */
		cp = cp_at(d->buf, d->len, i, &n);
		if (n && is_apos(cp)) {
			nx = cp_at(d->buf, d->len, i + n, &n2);
			if (nx == 's' || nx == 'S') {
				push_tok(d, &cap, i, i + n + n2, T_POSS, si, para);
				i += n + n2;
			}
		}
	}
	/* "shot back", "pointed out": a cue of two words, its flags on
	 * the first. */
	for (j = 0; j + 1 < d->nt; j++)
		if (d->t[j].head && d->t[j + 1].kind == T_WORD &&
		    d->t[j + 1].sent == d->t[j].sent)
			two_word_cue(d, j);
	/* A capitalised first word is a cue only before a name, or, for
	 * "Asked about ...", before the question. */
	for (j = 0; j < d->nt; j++)
		if (d->t[j].cap && d->t[j].cue != NULL &&
		    !((strchr(d->t[j].cue, 'W') != NULL ||
		    strchr(d->t[j].cue, 'P') != NULL) &&
		    j + 1 < d->nt && d->t[j + 1].low) && (j + 1 >= d->nt ||
		    d->t[j + 1].sent != d->t[j].sent || !d->t[j + 1].cap ||
		    d->t[j + 1].kind != T_WORD))
			d->t[j].cue = NULL;
	/* Sentence (piece) token ranges. */
	d->nunit = d->nt > 0 ? d->t[d->nt - 1].sent + 1 : 0;
	d->sfirst = arena_calloc(d->a, d->nunit + 1, sizeof(size_t));
	d->slast = arena_calloc(d->a, d->nunit + 1, sizeof(size_t));
	j = 0;
	for (si = 0; si < d->nunit; si++) {
		d->sfirst[si] = j;
		while (j < d->nt && d->t[j].sent == si)
			j++;
		d->slast[si] = j;
	}
}

/* ---- word tests ------------------------------------------------------- */

/* tok_is(d, t, "said"): a string literal only, its length known. */
#define tok_is(d, t, w)	tok_is_n((d), (t), (w), sizeof(w) - 1)

/*
 * The word classes of lib/data/quote_words.txt: a word's value there is
 * the letters of its classes.
 */
enum word_class {
	WC_HE = 'M',		/* he, him, his */
	WC_SHE = 'F',		/* she, her */
	WC_IT = 'N',		/* it, its */
	WC_THEY = 'L',		/* they, them, their */
	WC_WE = 'W',		/* I, we, you: nobody to resolve */
	WC_ANYONE = 'Q',	/* anyone, nobody */
	WC_DET = 'D',		/* the, a, this */
	WC_PERSON_NOUN = 'R',	/* heads a description: "the spokesman" */
	WC_ORG_NOUN = 'O',	/* "the ministry" */
	WC_ORG_WORD = 'G',	/* makes a capitalised name an organisation */
	WC_TITLE = 'T',		/* a title before a name */
	WC_TITLE_MALE = 'Y',	/* Mr., King */
	WC_TITLE_FEMALE = 'Z',	/* Mrs., Queen */
	WC_BETWEEN = 'A',	/* may sit between a subject and its cue */
	WC_PREP = 'S',		/* a preposition */
	WC_NAME_JOIN = 'J',	/* may join the capitalised words of a name */
	WC_TIME = 'K',		/* a time word: "Last September" */
	WC_NOT_NAME = 'X',	/* capitalised, but no name */
	WC_CARRIER = 'E'	/* carries words: "issued a statement" */
};

/* strchr(v, c) != NULL for c != 0, inline: v holds a word's few class
 * letters, shorter than the call. */
static int
has_class(const char *v, int c)
{
	for (; *v != '\0'; v++)
		if (*v == c)
			return 1;
	return 0;
}

static int
tag(const struct tok *t, enum word_class c)
{
	return t->kind == T_WORD && t->wtag != NULL && has_class(t->wtag, c);
}

/* Is t the word w (n bytes, lower case), in any case?  See tok_is(). */
static int
tok_is_n(const struct doc *d, const struct tok *t, const char *w, size_t n)
{
	size_t k;

	if (t->kind != T_WORD || t->e - t->s != n)
		return 0;
	for (k = 0; k < n; k++) {
		char c = d->buf[t->s + k];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != w[k])
			return 0;
	}
	return 1;
}

/* Is t one of the words of list (lower case, NULL-terminated)? */
static int
tok_in(const struct doc *d, const struct tok *t, const char *const *list)
{
	char c;

	if (t->kind != T_WORD)
		return 0;
	/* Most words of a list differ from t in the first letter: test it
	 * before strlen() and the whole word. */
	c = d->buf[t->s];
	if (c >= 'A' && c <= 'Z')
		c = (char)(c - 'A' + 'a');
	for (; *list != NULL; list++)
		if ((*list)[0] == c && tok_is_n(d, t, *list, strlen(*list)))
			return 1;
	return 0;
}

static int
tok_punct(const struct doc *d, const struct tok *t, int c)
{
	return t->kind == T_PUNCT && t->e - t->s == 1 && d->buf[t->s] == c;
}

static int
tok_dash(const struct doc *d, const struct tok *t)
{
	uint32_t cp;
	size_t n;

	if (t->kind != T_PUNCT)
		return 0;
	cp = cp_at(d->buf, d->len, t->s, &n);
	return uc_is_dash(cp) || cp == '-';
}

static int
sent_end_punct(const struct doc *d, const struct tok *t)
{
	return tok_punct(d, t, '.') || tok_punct(d, t, '!') ||
	    tok_punct(d, t, '?');
}

static int
pron_class(const struct tok *t)
{
	if (t->kind != T_WORD || t->wtag == NULL)
		return 0;
	if (has_class(t->wtag, 'M'))
		return 'M';
	if (has_class(t->wtag, 'F'))
		return 'F';
	if (has_class(t->wtag, 'N'))
		return 'N';
	if (has_class(t->wtag, 'L'))
		return 'L';
	if (has_class(t->wtag, 'W'))
		return 'W';
	return 0;
}

static int
poss_pron(const struct doc *d, const struct tok *t)
{
	return tok_is(d, t, "his") || tok_is(d, t, "her") ||
	    tok_is(d, t, "its") || tok_is(d, t, "their");
}

static int
ing_word(const struct doc *d, const struct tok *t)
{
	return t->kind == T_WORD && t->e - t->s > 4 &&
	    d->buf[t->e - 3] == 'i' && d->buf[t->e - 2] == 'n' &&
	    d->buf[t->e - 1] == 'g';
}

/*
 * A past form by its ending: "-ed" on a word of more than min bytes
 * ("cited" with min 4; min 3 lets "used" in, never "red").
 */
static int
ed_form(const struct doc *d, const struct tok *t, size_t min)
{
	return t->e - t->s > min && d->buf[t->e - 2] == 'e' &&
	    d->buf[t->e - 1] == 'd';
}

/* "Led by X, ...", "Asked by Y, ...": a participle that opens a phrase. */
static int
ed_by(const struct doc *d, size_t k)
{
	const struct tok *t = &d->t[k];

	return t->kind == T_WORD && t->e - t->s > 3 &&
	    d->buf[t->e - 1] == 'd' && k + 1 < d->nt &&
	    d->t[k + 1].sent == t->sent && tok_is(d, &d->t[k + 1], "by");
}

/* He, she, it, they, we, I, you: a word that can start a clause. */
static int
subj_pron(const struct doc *d, const struct tok *t)
{
	return tok_is(d, t, "he") || tok_is(d, t, "she") ||
	    tok_is(d, t, "it") || tok_is(d, t, "they") ||
	    tok_is(d, t, "we") || tok_is(d, t, "i") || tok_is(d, t, "you") ||
	    tok_is(d, t, "there");
}

/* ---- quotation marks -------------------------------------------------- */

static void
classify_marks(struct doc *d)
{
	size_t k, n;
	uint32_t cp, pv, nx;
	int lf, rf;

	for (k = 0; k < d->nt; k++) {
		struct tok *t = &d->t[k];

		if (t->kind != T_QUOTE)
			continue;
		cp = cp_at(d->buf, d->len, t->s, &n);
		if (t->dbl && t->e - t->s == 2 && cp == '\'')
			cp = '"';
		pv = cp_before(d->buf, t->s);
		nx = cp_at(d->buf, d->len, t->e, &n);
		lf = !is_spc(nx) && opens_after(pv);
		rf = !is_spc(pv) && closes_before(nx);
		if (cp == 0x201C || cp == 0x201E || cp == 0x00AB ||
		    cp == 0x2018 || cp == 0x201A || cp == 0x2039 ||
		    cp == 0x201F || cp == 0x201B)
			t->role = rf && !lf ? R_CLOSE : R_OPEN;
		else if (cp == 0x201D || cp == 0x00BB || cp == 0x2019 ||
		    cp == 0x203A)
			t->role = lf && !rf ? R_OPEN : R_CLOSE;
		else if (lf && !rf)
			t->role = R_OPEN;
		else if (rf && !lf)
			t->role = R_CLOSE;
		else
			t->role = R_AMBIG;
		/* An apostrophe between letters is never a mark. */
		if (!t->dbl && uc_is_letter(pv) && uc_is_letter(nx))
			t->role = R_NONE;
	}
}

/* A straight double quotation mark ("). */
static int
straight_dq(const struct doc *d, const struct tok *t)
{
	return t->kind == T_QUOTE && t->dbl && t->e - t->s == 1 &&
	    d->buf[t->s] == '"';
}

/*
 * A straight double mark that opens a paragraph, is not closed in it (the
 * next double mark, if any, is a curly opening one) and does not run on
 * into a next paragraph opened by a straight mark, in a document whose
 * quotations are set in curly marks, is the trace of a block quotation (a
 * pasted excerpt), not a quotation mark: the excerpt's own curly
 * quotations pair as they stand.  Paragraphs are taken from the end so
 * that a run of them is judged by its last.
 */
static void
drop_block_marks(struct doc *d)
{
	size_t k, j, n;
	int curly = 0;

	for (k = 0; k < d->nt && !curly; k++) {
		uint32_t cp = cp_at(d->buf, d->len, d->t[k].s, &n);

		curly = d->t[k].kind == T_QUOTE &&
		    (cp == 0x201C || cp == 0x201D);
	}
	if (!curly)
		return;
	for (k = d->nt; k-- > 0;) {
		struct tok *t = &d->t[k];
		int closed = 0;

		if ((k > 0 && d->t[k - 1].para == t->para) ||
		    !straight_dq(d, t))
			continue;
		for (j = k + 1; j < d->nt && d->t[j].para == t->para; j++)
			if (d->t[j].kind == T_QUOTE && d->t[j].dbl) {
				closed = straight_dq(d, &d->t[j]) ||
				    cp_at(d->buf, d->len, d->t[j].s, &n) !=
				    0x201C;
				break;
			}
		if (closed || (j < d->nt && straight_dq(d, &d->t[j]) &&
		    d->t[j].role != R_NONE))
			continue;
		t->role = R_NONE;
	}
}

static void
add_span(struct doc *d, size_t *cap, size_t open, size_t close, size_t last)
{
	struct span *s;
	size_t cs, ce;

	if (last < open + 1 || last == (size_t)-1)
		return;
	cs = d->t[open + 1].s;
	ce = d->t[last].e;
	if (ce <= cs)
		return;
	if (d->nsp == *cap) {
		struct span *ns;

		*cap = *cap ? *cap * 2 : 32;
		ns = arena_alloc(d->a, *cap * sizeof(*ns));
		if (d->nsp)
			memcpy(ns, d->sp, d->nsp * sizeof(*ns));
		d->sp = ns;
	}
	s = &d->sp[d->nsp++];
	memset(s, 0, sizeof(*s));
	s->open = open;
	s->close = close;
	s->last = last;
	s->cs = cs;
	s->ce = ce;
}

/* Mark the tokens of span i as inside it. */
static void
claim(struct doc *d, size_t i)
{
	size_t k, end;
	struct span *s = &d->sp[i];

	end = s->close != (size_t)-1 ? s->close : s->last;
	for (k = s->open; k <= end && k < d->nt; k++)
		d->t[k].inq = (int)i;
}

static size_t
words_between(const struct doc *d, size_t a, size_t b)
{
	size_t k, n = 0;

	for (k = a; k <= b && k < d->nt; k++)
		n += d->t[k].kind == T_WORD;
	return n;
}

static int
span_cmp(const void *x, const void *y)
{
	const struct span *a = x, *b = y;

	return a->open < b->open ? -1 : a->open > b->open;
}

static void
pair_marks(struct doc *d)
{
	size_t k, cap = 0, open = (size_t)-1, carry = (size_t)-1;
	size_t carry_last = 0, i, nd;
	int role;

	/* Double marks, paragraph by paragraph. */
	for (k = 0; k < d->nt; k++) {
		struct tok *t = &d->t[k];
		int first = k == 0 || d->t[k - 1].para != t->para;

		if (first && open != (size_t)-1) {
			carry = open;
			carry_last = k - 1;
			open = (size_t)-1;
		}
		if (first && carry != (size_t)-1) {
			if (t->kind == T_QUOTE && t->dbl && t->role != R_CLOSE &&
			    t->role != R_NONE) {
				/* The paragraph re-opens the running quote. */
				open = carry;
				carry = (size_t)-1;
				continue;
			}
			add_span(d, &cap, carry, (size_t)-1, carry_last);
			carry = (size_t)-1;
		}
		if (t->kind != T_QUOTE || !t->dbl)
			continue;
		role = t->role;
		if (role == R_AMBIG)
			role = open == (size_t)-1 ? R_OPEN : R_CLOSE;
		if (role == R_OPEN) {
			if (open != (size_t)-1)
				add_span(d, &cap, open, (size_t)-1, k - 1);
			open = k;
		} else if (role == R_CLOSE && open != (size_t)-1) {
			add_span(d, &cap, open, k, k - 1);
			open = (size_t)-1;
		}
	}
	if (open != (size_t)-1)
		add_span(d, &cap, open, (size_t)-1, d->nt - 1);
	else if (carry != (size_t)-1)
		add_span(d, &cap, carry, (size_t)-1, carry_last);
	for (i = 0; i < d->nsp; i++)
		claim(d, i);
	nd = d->nsp;

	/* Single marks outside double quotes. */
	for (k = 0; k < d->nt; k++) {
		struct tok *t = &d->t[k];
		size_t j, weak = (size_t)-1, strong = (size_t)-1, c, nw;

		if (t->kind != T_QUOTE || t->dbl || t->inq >= 0 ||
		    t->role != R_OPEN)
			continue;
		for (j = k + 1; j < d->nt && j < k + UNIT_MAX &&
		    d->t[j].para == t->para && d->t[j].inq < 0; j++) {
			struct tok *u = &d->t[j];
			uint32_t pv, nx;
			size_t n;

			if (u->kind != T_QUOTE || u->dbl)
				continue;
			if (u->role == R_OPEN)
				break;
			if (u->role != R_CLOSE && u->role != R_AMBIG)
				continue;
			pv = cp_before(d->buf, u->s);
			nx = cp_at(d->buf, d->len, u->e, &n);
			if (pv == 's' && is_spc(nx) && j + 1 < d->nt &&
			    d->t[j + 1].low) {
				if (weak == (size_t)-1)
					weak = j;
				continue;
			}
			strong = j;
			break;
		}
		/* One word takes a strong close ("as 'unacceptable'."), not
		 * a plural possessive ("the 'players' union"), and more
		 * than a letter or two ("rock 'n' roll"). */
		c = strong != (size_t)-1 ? strong : weak;
		if (c == (size_t)-1 || c < k + 2)
			continue;
		nw = words_between(d, k + 1, c - 1);
		if (nw < 1 || (nw == 1 && (c != strong ||
		    d->t[k + 1].e - d->t[k + 1].s < 3)))
			continue;
		add_span(d, &cap, k, c, c - 1);
		claim(d, d->nsp - 1);
		k = c;
	}
	if (d->nsp > nd) {
		qsort(d->sp, d->nsp, sizeof(*d->sp), span_cmp);
		for (k = 0; k < d->nt; k++)
			d->t[k].inq = -1;
		for (i = 0; i < d->nsp; i++)
			claim(d, i);
	}
}

/* ---- mentions --------------------------------------------------------- */

/* Add a mention of tokens t0..t1; 0 when one of them has one already. */
static int
push_ment(struct doc *d, size_t *cap, size_t t0, size_t t1,
    enum quote_etype type)
{
	struct ment *m;
	size_t k;

	for (k = t0; k <= t1; k++)
		if (d->t[k].ment >= 0)
			return 0;
	if (d->nm == *cap) {
		struct ment *nm;

		*cap = *cap ? *cap * 2 : 64;
		nm = arena_alloc(d->a, *cap * sizeof(*nm));
		if (d->nm)
			memcpy(nm, d->m, d->nm * sizeof(*nm));
		d->m = nm;
	}
	m = &d->m[d->nm];
	m->t0 = t0;
	m->t1 = t1;
	m->type = type;
	m->group = -1;
	m->subj = 0;
	m->conf = 0;
	for (k = t0; k <= t1; k++)
		d->t[k].ment = (int)d->nm;
	d->nm++;
	return 1;
}

static int
is_place(const struct doc *d, size_t t0, size_t t1, int c)
{
	const char *v;

	v = lex_get(d->q->places, d->buf + d->t[t0].s, d->t[t1].e - d->t[t0].s);
	return v != NULL && strchr(v, c) != NULL;
}

static int
cap_word(const struct tok *t)
{
	return t->kind == T_WORD && t->cap;
}

static int	given_sex(const struct doc *, size_t);

/* Is t a verb form the verb lexicon lists (no guess from "-ed")? */
static int
lex_verb(const struct doc *d, const struct tok *t)
{
	return lex_has(d->q->verbs, d->buf + t->s, t->e - t->s);
}

/* A capitalised strong cue ("Says") or finite verb ("Is") at token k. */
static int
headline_verb(const struct doc *d, size_t k)
{
	const struct tok *t = &d->t[k];
	const char *f;

	if (!cap_word(t))
		return 0;
	f = lex_get(d->q->cues, d->buf + t->s, t->e - t->s);
	return (f != NULL && strchr(f, 'S') != NULL) ||
	    lex_verb(d, t);
}

/* Are tokens x..j only a suffix ("Jr.", "III") after a name? */
static int
suffix_word(const struct doc *d, size_t x, size_t j)
{
	static const char *const sfx[] = { "jr", "jr.", "sr", "sr.", "ii",
	    "iii", "iv", NULL };

	return x == j && tok_in(d, &d->t[x], sfx);
}

/*
 * Tokens k..j are a person's name: a known given name first, then
 * capitalised words of no class ("Tom Hale", not "Bank", "Secretary").
 */
static int
person_run(const struct doc *d, size_t k, size_t j)
{
	size_t x;

	/* From its given name: "Democratic Sen. Tom Hale". */
	while (k < j && !lex_has(d->q->given, d->buf + d->t[k].s,
	    d->t[k].e - d->t[k].s))
		k++;
	if (j == k)
		return 0;
	for (x = k; x <= j; x++)
		if (d->t[x].wtag != NULL || is_place(d, x, x, 'C') ||
		    is_place(d, x, x, 'D'))
			return 0;
	return 1;
}

/* Capitalised-name heuristics, used when no entity spans were given. */
static void
guess_mentions(struct doc *d, size_t *cap)
{
	size_t k, j, t0, x;
	enum quote_etype type;
	int org, titled, conf;

	for (k = 0; k < d->nt; k++) {
		if (!cap_word(&d->t[k]) || d->t[k].cue != NULL ||
		    (d->uhead[d->t[k].sent] && headline_verb(d, k)))
			continue;
		j = k;
		while (j + 1 < d->nt && d->t[j + 1].sent == d->t[k].sent) {
			/* "Ana Moss Says Hale Is Wrong": in a headline a
			 * name ends before a verb. */
			if (d->uhead[d->t[k].sent] && headline_verb(d, j + 1))
				break;
			if (cap_word(&d->t[j + 1])) {
				j++;
				continue;
			}
			/* "Commission on Presidential Debates": "on" after
			 * an organisation word. */
			/* "Tom Hale of Austin": a person's name ends
			 * before "of" ("Bank of Spain" goes on). */
			/* "Shares of Pellmore Foods fell": nor does a
			 * sentence's first word of no class join the name
			 * after "of". */
			if (j + 2 < d->nt && d->t[j + 1].low &&
			    (tag(&d->t[j + 1], WC_NAME_JOIN) || ((tok_is(d, &d->t[j + 1], "of") ||
			    tok_is(d, &d->t[j + 1], "for")) && !person_run(d, k, j) &&
			    !(j == k && k == d->sfirst[d->t[k].sent] &&
			    d->t[k].wtag == NULL && tok_is(d, &d->t[j + 1], "of"))) ||
			    (tok_is(d, &d->t[j + 1], "on") && tag(&d->t[j], WC_ORG_WORD) &&
			    !tag(&d->t[j + 2], WC_TIME))) &&
			    cap_word(&d->t[j + 2]) &&
			    d->t[j + 2].sent == d->t[k].sent) {
				j += 2;
				continue;
			}
			break;
		}
		org = 0;
		for (x = k; x <= j; x++)
			if (tag(&d->t[x], WC_ORG_WORD))
				org = x + 1;
		/* "Ohio Farm Party Chairman Tom Hale": the
		 * organisation ends before a title or a given name, of
		 * either sex ("Robin"), that follows its last organisation
		 * word. */
		for (x = org; org && x < j; x++)
			if ((tag(&d->t[x], WC_TITLE) && !tag(&d->t[x], WC_ORG_WORD)) ||
			    (x + 3 > j && lex_has(d->q->given, d->buf +
			    d->t[x].s, d->t[x].e - d->t[x].s))) {
				if (x > k)
					j = x - 1;
				break;
			}
		/* Strip "The", titles and nationality adjectives. */
		t0 = k;
		titled = 0;
		while (t0 <= j) {
			struct tok *t = &d->t[t0];

			/* "Last September": a time word names nobody. */
			if (tok_is(d, t, "the") || (tag(t, WC_NOT_NAME) && t0 == k) ||
			    tag(t, WC_TIME)) {
				t0++;
				continue;
			}
			if (org)
				break;
			/* "Residents of Saltby": a person noun before "of"
			 * names no one; what follows is where they are. */
			if (tag(t, WC_PERSON_NOUN) && !tag(t, WC_TITLE) &&
			    t0 + 2 <= j && d->t[t0 + 1].low) {
				t0 += 2;
				continue;
			}
			if (tag(t, WC_TITLE) || tag(t, WC_PERSON_NOUN)) {
				titled = 1;
				t0++;
				continue;
			}
			if (t0 < j && is_place(d, t0, t0, 'D')) {
				t0++;
				continue;
			}
			break;
		}
		if (t0 > j) {
			k = j;
			continue;
		}
		if (!org && j > t0 && !lex_has(d->q->given, d->buf + d->t[t0].s,
		    d->t[t0].e - d->t[t0].s) && (t0 == d->sfirst[d->t[t0].sent] ||
		    d->t[t0].wtag != NULL)) {
			/* "Rival Ana Moss": from the given name. */
			for (x = t0 + 1; x < j; x++)
				if (lex_has(d->q->given, d->buf + d->t[x].s,
				    d->t[x].e - d->t[x].s))
					break;
			if (x < j)
				t0 = x;
		}
		/* "Florida Gov. Ann Lee", "Farm Bureau Secretary Ann
		 * Lee": the name starts after a title inside the run. */
		for (x = j; !org && x > t0 + 1; x--)
			if (tag(&d->t[x - 1], WC_TITLE) && x - 1 > t0 &&
			    cap_word(&d->t[x]) && !tok_is(d, &d->t[x - 1], "state") &&
			    !suffix_word(d, x, j)) {
				t0 = x;
				titled = 1;
				break;
			}
		if (!org && j > t0 + 1) {
			/* A run that starts with a given name ("Tom Hale")
			 * restarts only after a title or a role noun. */
			int g0 = lex_has(d->q->given, d->buf + d->t[t0].s,
			    d->t[t0].e - d->t[t0].s);

			/* "Secretary of State Mike Pompeo": from the given name. */
			for (x = t0 + 1; x < j; x++)
				if (lex_has(d->q->given, d->buf + d->t[x].s,
				    d->t[x].e - d->t[x].s) && ((titled && !g0) ||
				    tag(&d->t[x - 1], WC_PERSON_NOUN) ||
				    tag(&d->t[x - 1], WC_TITLE) || is_place(d, t0, t0, 'C') ||
				    tok_is(d, &d->t[x - 1], "state")))
					break;
			if (x < j) {
				t0 = x;
				titled = 1;
			}
		}
		conf = 1;
		if (org)
			type = QUOTE_E_ORG;
		else if (is_place(d, t0, j, 'C') || is_place(d, t0, j, 'D'))
			type = is_place(d, t0, j, 'C') ? QUOTE_E_LOC : QUOTE_E_MISC;
		else if (titled || (j > t0 && lex_has(d->q->given,
		    d->buf + d->t[t0].s, d->t[t0].e - d->t[t0].s)))
			type = QUOTE_E_PERSON;
		else if (j > t0) {
			type = QUOTE_E_PERSON;
			conf = 0;
		}
		else {
			/* One word at the start of a sentence may be any word. */
			if (t0 == d->sfirst[d->t[t0].sent] ||
			    (t0 > 0 && d->t[t0 - 1].kind == T_QUOTE &&
			    t0 - 1 == d->sfirst[d->t[t0].sent]) ||
			    d->t[t0].wtag != NULL) {
				if (d->t[t0].wtag != NULL) {
					k = j;
					continue;
				}
			}
			type = QUOTE_E_NONE;
			conf = 0;
		}
		if (push_ment(d, cap, t0, j, type))
			d->m[d->nm - 1].conf = conf;
		k = j;
	}
}

/* The first token that ends after buffer offset off. */
static size_t
tok_at(const struct doc *d, size_t off)
{
	size_t lo = 0, hi = d->nt, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->t[mid].e <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Are tokens a..b words of no class that are not verbs (name words)? */
static int
name_words(const struct doc *d, size_t a, size_t b)
{
	for (; a <= b; a++)
		if (d->t[a].wtag != NULL || lex_verb(d, &d->t[a]))
			return 0;
	return 1;
}

/* Mention mi shrinks to tokens t0..t1 (within it). */
static void
trim_ment(struct doc *d, size_t mi, size_t t0, size_t t1)
{
	size_t x;

	for (x = d->m[mi].t0; x <= d->m[mi].t1; x++)
		if (x < t0 || x > t1)
			d->t[x].ment = -1;
	d->m[mi].t0 = t0;
	d->m[mi].t1 = t1;
}

static void
ents_mentions(struct doc *d, size_t *cap, const struct quote_ent *e,
    size_t nent, int joined)
{
	size_t i, k, lo, hi, s, en;

	for (i = 0; i < nent; i++) {
		if (e[i].sent >= d->nsent || e[i].end <= e[i].start ||
		    (joined && e[i].type != QUOTE_E_ORG))
			continue;
		s = d->soff[e[i].sent] + e[i].start;
		en = d->soff[e[i].sent] + e[i].end;
		if (en > d->send[e[i].sent])
			continue;
		lo = (size_t)-1;
		hi = 0;
		for (k = tok_at(d, s); k < d->nt && d->t[k].s < en; k++) {
			if (d->t[k].s >= s && d->t[k].e <= en &&
			    d->t[k].kind == T_WORD) {
				if (lo == (size_t)-1)
					lo = k;
				hi = k;
			}
		}
		if (lo == (size_t)-1)
			continue;
		if (joined) {
			for (k = lo + 1; k < hi && !(d->t[k].low &&
			    (tok_is(d, &d->t[k], "and") ||
			    tok_is(d, &d->t[k], "for"))); k++)
				;
			if (k >= hi)
				continue;
		}
		/* Drop leading titles the tagger may have taken in, and a
		 * person noun capitalised as a sentence's first word
		 * ("Novelist Tamsin Reed talks to ..."). */
		while (lo < hi && e[i].type == QUOTE_E_PERSON &&
		    (tag(&d->t[lo], WC_TITLE) || tag(&d->t[lo], WC_DET) ||
		    (lo == d->sfirst[d->t[lo].sent] &&
		    tag(&d->t[lo], WC_PERSON_NOUN))))
			lo++;
		/* A name found already: the tagger decides its type unless a
		 * title, given name or lexicon did. */
		for (k = lo; k <= hi; k++) {
			int mi = d->t[k].ment;

			if (mi >= 0) {
				if (!d->m[mi].conf)
					d->m[mi].type = e[i].type;
				/* In a headline every word is capitalised: the
				 * tagger's span, not the run of capitals ("Ann
				 * Lee Responds To Critics By Saying ..."). */
				if (d->uhead[d->t[k].sent] &&
				    e[i].type == QUOTE_E_PERSON &&
				    d->m[mi].t0 <= lo && d->m[mi].t1 > hi &&
				    !name_words(d, hi + 1, d->m[mi].t1))
					trim_ment(d, (size_t)mi, lo, hi);
				/* "Shares of Pellmore Foods fell": a word
				 * capitalised only as the sentence's first,
				 * joined by "of", is none of the name. */
				else if (d->m[mi].t0 + 2 == lo &&
				    d->m[mi].t0 == d->sfirst[d->t[k].sent] &&
				    d->t[lo - 1].low &&
				    tok_is(d, &d->t[lo - 1], "of") &&
				    d->t[d->m[mi].t0].wtag == NULL &&
				    d->m[mi].t1 >= hi)
					trim_ment(d, (size_t)mi, lo,
					    d->m[mi].t1);
				break;
			}
		}
		if (k > hi)
			push_ment(d, cap, lo, hi, e[i].type);
	}
}

static int
ment_cmp(const void *a, const void *b)
{
	const struct ment *x = a, *y = b;

	return (x->t0 > y->t0) - (x->t0 < y->t0);
}

/* Put the mentions in the order of the text, as later passes expect. */
static void
sort_mentions(struct doc *d)
{
	size_t i, k;

	if (d->nm < 2)
		return;
	qsort(d->m, d->nm, sizeof(*d->m), ment_cmp);
	for (i = 0; i < d->nm; i++)
		for (k = d->m[i].t0; k <= d->m[i].t1; k++)
			d->t[k].ment = (int)i;
}

static int
same_word(const struct doc *d, size_t a, size_t b)
{
	const struct tok *x = &d->t[a], *y = &d->t[b];

	return x->e - x->s == y->e - y->s &&
	    memcmp(d->buf + x->s, d->buf + y->s, x->e - x->s) == 0;
}

/* A hash slot keyed by the bytes of a token. */
struct hent {
	size_t		 tok;		/* token holding the key, or (size_t)-1 */
	int		 val;		/* flags or group index */
};

/* The slot of token k's word in table t (cap a power of two, never full). */
static size_t
hslot(const struct doc *d, const struct hent *t, size_t cap, size_t k)
{
	const struct tok *w = &d->t[k];
	uint32_t h = 2166136261u;
	size_t i, x;

	for (x = w->s; x < w->e; x++)
		h = (h ^ (unsigned char)d->buf[x]) * 16777619u;
	for (i = h & (cap - 1); t[i].tok != (size_t)-1; i = (i + 1) & (cap - 1))
		if (same_word(d, t[i].tok, k))
			break;
	return i;
}

/* Groups of one last name told apart by given name, at most. */
#define CHAIN_MAX	8

/* The given name of a person mention: its first capitalised word found
 * in the given-name list before the last ("Certainly Tom Hale"), else
 * its first capitalised word of no word class; -1 for a last name alone. */
static size_t
given_tok(const struct doc *d, const struct ment *m)
{
	size_t x;

	if (m->t1 == m->t0)
		return (size_t)-1;
	for (x = m->t0; x < m->t1; x++)
		if (cap_word(&d->t[x]) && lex_has(d->q->given,
		    d->buf + d->t[x].s, d->t[x].e - d->t[x].s))
			return x;
	/* "for Hale", "Now Berg" from a tagger: a last name alone;
	 * "United States Karim Nouri": past a country. */
	for (x = m->t0; x < m->t1; x++) {
		if (x + 1 < m->t1 && is_place(d, x, x + 1, 'C')) {
			x++;
			continue;
		}
		if (cap_word(&d->t[x]) && d->t[x].wtag == NULL &&
		    !is_place(d, x, x, 'C') && !is_place(d, x, x, 'D'))
			return x;
	}
	return (size_t)-1;
}

/* The sex a title before token t0 tells ("Mr.", "Queen"), or 0. */
static int
title_sex(const struct doc *d, size_t t0)
{
	size_t k;
	const struct tok *t;

	for (k = t0; k > 0 && k + 3 > t0; k--) {
		t = &d->t[k - 1];
		if (tag(t, WC_TITLE_MALE))
			return 'M';
		if (tag(t, WC_TITLE_FEMALE))
			return 'F';
		if (!tag(t, WC_TITLE))
			break;
	}
	return 0;
}

/* The sex of given name token k ('M', 'F'), or 0. */
static int
given_sex(const struct doc *d, size_t k)
{
	const char *v;

	if (k == (size_t)-1)
		return 0;
	v = lex_get(d->q->given, d->buf + d->t[k].s, d->t[k].e - d->t[k].s);
	return v != NULL && (*v == 'M' || *v == 'F') ? *v : 0;
}

/* A new person group named by mention mi, chained after group prev. */
static int
new_group(struct doc *d, size_t mi, size_t given, int prev)
{
	struct group *g = &d->g[d->ng];

	g->m = mi;
	g->given = given;
	g->n0 = given != (size_t)-1 ? given : d->m[mi].t1;
	g->next = -1;
	g->gender = given_sex(d, given);
	if (prev >= 0)
		d->g[prev].next = (int)d->ng;
	return (int)d->ng++;
}

/*
 * Is unit si a headline: in title case, or a line whose last token is a
 * word with no full stop ("Late Lee goal sends Rovers top"; not "... in
 * Trenton, N.J.").
 */
static int
title_line(const struct doc *d, size_t si)
{
	const struct tok *t;

	if (d->uhead[si])
		return 1;
	if (d->slast[si] == d->sfirst[si])
		return 0;
	t = &d->t[d->slast[si] - 1];
	return t->kind == T_WORD && d->buf[t->e - 1] != '.';
}

/*
 * A noun for someone who does something ("driver", "doctor", "dentist",
 * "historian"): its ending, for words the lexicon lacks.
 */
static int
agent_noun(const struct doc *d, const struct tok *t)
{
	static const char *const ends[] = { "er", "or", "ist", "ian", NULL };
	size_t n = t->e - t->s, k, l;

	for (k = 0; ends[k] != NULL; k++) {
		l = strlen(ends[k]);
		if (n > l + 2 && memcmp(d->buf + t->e - l, ends[k], l) == 0)
			return 1;
	}
	return 0;
}

/* Group person mentions by last name; find each group's longest form. */
static void
group_persons(struct doc *d)
{
	size_t i, k, hcap, h, u;
	int head, ohead, mhead, gi;
	struct ment *m, *o;
	struct hent *last;

	d->ucomma = arena_alloc(d->a, (d->nunit + 1) * sizeof(size_t));
	for (u = 0; u < d->nunit; u++) {
		d->ucomma[u] = d->slast[u];
		for (k = d->sfirst[u]; k < d->slast[u]; k++)
			if (tok_punct(d, &d->t[k], ',')) {
				d->ucomma[u] = k;
				break;
			}
	}

	d->g = arena_alloc(d->a, (d->nm + 1) * sizeof(*d->g));
	d->ng = 0;
	for (hcap = 16; hcap < 2 * d->nm + 2; hcap *= 2)
		;
	last = arena_alloc(d->a, hcap * sizeof(*last));
	for (k = 0; k < hcap; k++) {
		last[k].tok = (size_t)-1;
		last[k].val = 0;	/* read by |= below: arena memory is not zeroed */
	}
	/* Last names of the persons named with more than one word. */
	for (i = 0; i < d->nm; i++) {
		m = &d->m[i];
		if (m->type == QUOTE_E_PERSON && m->t1 > m->t0) {
			h = hslot(d, last, hcap, m->t1);
			last[h].tok = m->t1;
			last[h].val |= m->conf ? 2 : 1;
		}
	}
	/* "a taxi driver named Saleem": a name given to someone a noun
	 * of persons describes is a person's, whatever a tagger says. */
	for (i = 0; i < d->nm; i++) {
		const struct tok *n;

		m = &d->m[i];
		if (m->type == QUOTE_E_PERSON || m->t0 < 2 || m->t1 > m->t0 + 2 ||
		    !d->t[m->t0 - 1].low || !tok_is(d, &d->t[m->t0 - 1], "named"))
			continue;
		n = &d->t[m->t0 - 2];
		if (n->kind == T_WORD && n->low && !tag(n, WC_ORG_NOUN) &&
		    (tag(n, WC_PERSON_NOUN) || agent_noun(d, n)))
			m->type = QUOTE_E_PERSON;
	}
	/* A lone word that is a known person's last name is that person. */
	for (i = 0; i < d->nm; i++) {
		m = &d->m[i];
		/* "South Carolina" is no person because someone is
		 * called "Carolina". */
		if (m->conf || m->type == QUOTE_E_PERSON ||
		    (m->t1 != m->t0 && m->type == QUOTE_E_LOC))
			continue;
		h = hslot(d, last, hcap, m->t1);
		/* Also a word the tagger took for a place or a company,
		 * unless a preposition or a determiner says it is one
		 * ("in Washington") or it is a country. */
		if (last[h].tok != (size_t)-1 && ((last[h].val & 2) ||
		    m->type == QUOTE_E_NONE || (!is_place(d, m->t0, m->t1, 'C') &&
		    !(m->t0 > 0 && (tag(&d->t[m->t0 - 1], WC_PREP) ||
		    tag(&d->t[m->t0 - 1], WC_DET))))))
			m->type = QUOTE_E_PERSON;
	}
	/*
	 * Group persons by last name, then by given name: "Bill Moss" and
	 * "Ana Moss" are two people.  A last name alone ("Moss",
	 * "Mr. Moss") is the first person introduced with it, the first of
	 * the title's sex if a title tells.  The longest mention names them.
	 */
	for (k = 0; k < hcap; k++) {
		last[k].tok = (size_t)-1;
		last[k].val = 0;
	}
	for (k = 0; k < d->nt; k++) {
		size_t gv, k0;
		int tg;

		if (d->t[k].ment < 0 || d->m[d->t[k].ment].t0 != k)
			continue;
		i = (size_t)d->t[k].ment;
		m = &d->m[i];
		if (m->type != QUOTE_E_PERSON)
			continue;
		head = d->uhead[d->t[m->t0].sent];
		/* "Moss Says Hale Lies" in a headline: not one name. */
		if (head && m->t1 >= m->t0 + HEAD_NAME)
			continue;
		gv = given_tok(d, m);
		tg = title_sex(d, m->t0);
		h = hslot(d, last, hcap, m->t1);
		if (last[h].tok == (size_t)-1) {
			last[h].tok = m->t1;
			last[h].val = new_group(d, i, gv, -1);
		} else {
			int first = -1, inhead = -1, lastg = -1, n = 0;

			for (gi = last[h].val; gi >= 0 && n < CHAIN_MAX;
			    gi = d->g[gi].next, n++) {
				struct group *g = &d->g[gi];

				lastg = gi;
				if (gv != (size_t)-1) {
					/* "Hale", then "Tom Hale": the same;
					 * "Ana González Anaya" and "González
					 * Anaya" too. */
					o = &d->m[g->m];
					if (g->given == (size_t)-1 ||
					    same_word(d, g->given, gv) ||
					    (o->t1 > o->t0 && m->t1 > m->t0 &&
					    same_word(d, o->t1 - 1, m->t1 - 1)))
						break;
				} else if (first < 0 && (tg == 0 ||
				    g->gender == 0 || g->gender == tg)) {
					/* "Late Lee goal wins it", then
					 * "Kofi Lee": a bare "Lee" is the
					 * one the text names. */
					if (!title_line(d, d->t[d->m[g->m].t0].sent))
						first = gi;
					else if (inhead < 0)
						inhead = gi;
				}
			}
			if (gv == (size_t)-1 && first < 0)
				first = inhead;
			if (gv == (size_t)-1)
				gi = first >= 0 ? first : last[h].val;
			else if (gi < 0 || n == CHAIN_MAX)
				gi = n == CHAIN_MAX ? lastg :
				    new_group(d, i, gv, lastg);
			if (gv != (size_t)-1 && (d->g[gi].given == (size_t)-1 ||
			    (given_sex(d, d->g[gi].given) == 0 &&
			    given_sex(d, gv) != 0))) {
				d->g[gi].given = gv;
				if (d->g[gi].gender == 0)
					d->g[gi].gender = given_sex(d, gv);
			}
			/* The longest, but a headline's only when nothing
			 * else names them; so too a quote's whose first name
			 * is no known one (not "Annoy Maureen." in a quote
			 * for "his wife, Maureen"). */
			o = &d->m[d->g[gi].m];
			ohead = title_line(d, d->t[o->t0].sent);
			mhead = title_line(d, d->t[m->t0].sent) ||
			    (d->t[m->t0].inq >= 0 && gv != (size_t)-1 &&
			    !lex_has(d->q->given, d->buf + d->t[gv].s,
			    d->t[gv].e - d->t[gv].s));
			k0 = gv != (size_t)-1 ? gv : m->t1;
			if ((ohead && !mhead) || (ohead == mhead &&
			    d->t[m->t1].e - d->t[k0].s >
			    d->t[o->t1].e - d->t[d->g[gi].n0].s)) {
				d->g[gi].m = i;
				d->g[gi].n0 = k0;
			}
			m->group = gi;
			if (tg != 0 && d->g[gi].gender == 0)
				d->g[gi].gender = tg;
			continue;
		}
		m->group = last[h].val;
		if (tg != 0)
			d->g[m->group].gender = tg;
	}
	/* "Kevin was snoring.": a person only ever named by a given name
	 * has its sex. */
	for (gi = 0; gi < (int)d->ng; gi++) {
		struct group *g = &d->g[gi];

		if (g->gender == 0 && g->given == (size_t)-1 &&
		    d->m[g->m].t0 == d->m[g->m].t1)
			g->gender = given_sex(d, d->m[g->m].t0);
	}
	/* A subject: not the object of a preposition, not inside a quote,
	 * not in an opening phrase ("Besides X, ...", "Welcoming X, ..."). */
	for (i = 0; i < d->nm; i++) {
		size_t si, f, c;

		m = &d->m[i];
		si = d->t[m->t0].sent;
		f = d->sfirst[si];
		if (f < d->slast[si] && d->t[f].kind == T_WORD &&
		    !pron_class(&d->t[f]) && !tag(&d->t[f], WC_DET) &&
		    (tag(&d->t[f], WC_PREP) || tag(&d->t[f], WC_NOT_NAME) ||
		    ing_word(d, &d->t[f]) || ed_by(d, f))) {
			c = d->ucomma[si] < m->t0 ? d->ucomma[si] : m->t0;
			/* "To Jo Lee, the plan is silly": whose view it is
			 * is what a "he" after it stands for. */
			if ((tok_is(d, &d->t[f], "to") ||
			    tok_is(d, &d->t[f], "for")) && d->ucomma[si] == m->t1 + 1 &&
			    m->type == QUOTE_E_PERSON && m->t0 < f + OPEN_MAX + 3) {
				m->subj = d->t[m->t0].inq < 0;
				continue;
			}
			if (c > m->t0 || c == m->t0) {
				if (c == m->t0 || !tok_punct(d, &d->t[c], ',')) {
					m->subj = 0;
					continue;
				}
			}
		}
		k = m->t0;
		while (k > d->sfirst[d->t[m->t0].sent] && k + NP_MAX > m->t0 &&
		    (tag(&d->t[k - 1], WC_TITLE) || tag(&d->t[k - 1], WC_PERSON_NOUN) ||
		    (d->t[k - 1].cap && d->t[k - 1].ment < 0 &&
		    d->t[k - 1].wtag == NULL) ||
		    tok_is(d, &d->t[k - 1], "the") ||
		    /* "secretary of state Ann Lee": "of" inside a title. */
		    (tok_is(d, &d->t[k - 1], "of") && k - 1 > d->sfirst[d->t[m->t0].sent] &&
		    tag(&d->t[k], WC_TITLE) && (tag(&d->t[k - 2], WC_TITLE) ||
		    tag(&d->t[k - 2], WC_PERSON_NOUN)))))
			k--;
		m->subj = d->t[m->t0].inq < 0 &&
		    !(k > d->sfirst[d->t[m->t0].sent] && tag(&d->t[k - 1], WC_PREP));
	}
}

/* ---- speakers --------------------------------------------------------- */

static void
who_ment(struct doc *d, size_t mi, struct who *w)
{
	struct ment *m = &d->m[mi], *f = m;
	size_t n0;

	/* "Certainly Tom Hale", a word run into the name: from the
	 * given name on. */
	if (m->group >= 0) {
		f = &d->m[d->g[m->group].m];
		n0 = d->g[m->group].n0;
	} else if (f->type != QUOTE_E_PERSON)
		n0 = f->t0;
	else if ((n0 = given_tok(d, f)) == (size_t)-1)
		n0 = f->t1;
	w->name = d->buf + d->t[n0].s;
	w->len = d->t[f->t1].e - d->t[n0].s;
	w->ms = d->t[m->t0].s;
	w->me = d->t[m->t1].e;
	w->person = m->type == QUOTE_E_PERSON ? 1 :
	    m->type == QUOTE_E_NONE ? -1 : 0;
	w->group = m->group;
	w->both = 0;
}

/*
 * w names the words from token n0 to token last as written (a
 * description: no person known); the mention starts at token m0.
 */
static void
who_words(const struct doc *d, size_t n0, size_t m0, size_t last,
    struct who *w)
{
	memset(w, 0, sizeof(*w));
	w->name = d->buf + d->t[n0].s;
	w->len = d->t[last].e - d->t[n0].s;
	w->ms = d->t[m0].s;
	w->me = d->t[last].e;
	w->person = -1;
	w->group = -1;
}

static int
gender_ok(const struct doc *d, int group, int pc)
{
	int g;

	if (group < 0)
		return 1;
	g = d->g[group].gender;
	return g == 0 || g == pc || pc == 'P';
}

/* The subject mention of sentence si before token lim, of a kind. */
static int
sent_subject(struct doc *d, size_t si, size_t lim, int person)
{
	int mi = person ? d->usubj_p[si] : d->usubj_o[si];

	return mi >= 0 && d->m[mi].t0 < lim ? mi : -1;
}

static int	small_word(const struct doc *, const struct tok *);

/* Lower-case titles and role nouns between a modifier and a name. */
#define TITLE_RUN	3

/*
 * "spokesman Jo Lee", "campaign chairman Jo Lee": a run of one to
 * three lower-case titles or role nouns from token k, then a person's
 * name.  That person's mention, or -1.
 */
static int
title_run(const struct doc *d, size_t k, size_t hi)
{
	size_t x;
	int mi;

	for (x = k; x < hi && x < k + TITLE_RUN + 1; x++) {
		const struct tok *t = &d->t[x];

		if (x > k && (mi = t->ment) >= 0 && d->m[mi].t0 == x &&
		    d->m[mi].type == QUOTE_E_PERSON && t->inq < 0)
			return mi;
		if (t->kind != T_WORD || !t->low || t->inq >= 0 ||
		    t->cue != NULL || !(tag(t, WC_PERSON_NOUN) ||
		    tag(t, WC_TITLE) || tag(t, WC_ORG_NOUN)))
			return -1;
	}
	return -1;
}

/* The first subject mentions of each unit, for sent_subject(). */
static void
unit_subjects(struct doc *d)
{
	size_t si, k;
	int mi;

	d->usubj_p = arena_alloc(d->a, (d->nunit + 1) * sizeof(int));
	d->usubj_o = arena_alloc(d->a, (d->nunit + 1) * sizeof(int));
	for (si = 0; si < d->nunit; si++) {
		d->usubj_p[si] = d->usubj_o[si] = -1;
		for (k = d->sfirst[si]; k < d->slast[si]; k++) {
			mi = d->t[k].ment;
			if (mi < 0 || (size_t)d->m[mi].t0 != k || !d->m[mi].subj)
				continue;
			/* "Berg spokesman Jo Lee said": a name that
			 * modifies a title is not the subject. */
			if (d->m[mi].type == QUOTE_E_PERSON &&
			    title_run(d, d->m[mi].t1 + 1, d->slast[si]) >= 0)
				continue;
			/* "Berg's pollster, Lena Ortiz, says": an
			 * owner is not the subject. */
			if (d->usubj_p[si] < 0 && d->m[mi].type == QUOTE_E_PERSON &&
			    !(d->m[mi].t1 + 1 < d->slast[si] &&
			    d->t[d->m[mi].t1 + 1].kind == T_POSS))
				d->usubj_p[si] = mi;
			if (d->usubj_o[si] < 0 && (d->m[mi].type == QUOTE_E_ORG ||
			    d->m[mi].type == QUOTE_E_LOC))
				d->usubj_o[si] = mi;
		}
	}
}

/* Is each unit a headline: three or more words, none in lower case
 * but the small ones ("of", "the")? */
static void
unit_headlines(struct doc *d)
{
	size_t si, k, words, low;

	d->uhead = arena_calloc(d->a, d->nunit + 1, 1);
	d->upron = arena_calloc(d->a, d->nunit + 1, sizeof(size_t));
	for (si = 0; si < d->nunit; si++) {
		words = low = 0;
		d->upron[si] = d->slast[si];
		for (k = d->sfirst[si]; k < d->slast[si]; k++) {
			if (d->upron[si] == d->slast[si] && d->t[k].inq < 0 &&
			    (tok_is(d, &d->t[k], "he") || tok_is(d, &d->t[k], "she")))
				d->upron[si] = k;
			if (d->t[k].kind != T_WORD || d->t[k].inq >= 0)
				continue;
			words++;
			low += d->t[k].low && !small_word(d, &d->t[k]);
		}
		d->uhead[si] = words >= 3 && low == 0;
	}
}

/* Pronouns that follow a subject within this many tokens vote on its sex. */
#define GENDER_SPAN	20

/*
 * The sex of a person whose given name does not tell ("Robin", or none
 * known): from the pronouns that follow them as the subject of a sentence
 * ("Kent said his campaign ..."), when they all agree.
 */
static void
vote_gender(struct doc *d)
{
	size_t si, k, end, g;
	int *male, *female, mi, pc;

	if (d->ng == 0)
		return;
	male = arena_calloc(d->a, d->ng, sizeof(int));
	female = arena_calloc(d->a, d->ng, sizeof(int));
	for (si = 0; si < d->nunit; si++) {
		if ((mi = d->usubj_p[si]) < 0 || d->m[mi].group < 0 ||
		    d->g[d->m[mi].group].gender != 0)
			continue;
		end = d->m[mi].t1 + 1 + GENDER_SPAN;
		if (end > d->slast[si])
			end = d->slast[si];
		for (k = d->m[mi].t1 + 1; k < end; k++) {
			if (d->t[k].inq >= 0)
				continue;
			/* Another person may be what the pronoun means. */
			if (d->t[k].ment >= 0 &&
			    d->m[d->t[k].ment].type == QUOTE_E_PERSON)
				break;
			pc = pron_class(&d->t[k]);
			if (pc == 'M')
				male[d->m[mi].group]++;
			else if (pc == 'F')
				female[d->m[mi].group]++;
		}
	}
	for (g = 0; g < d->ng; g++) {
		if (d->g[g].gender != 0)
			continue;
		if (male[g] >= 2 && female[g] == 0)
			d->g[g].gender = 'M';
		else if (female[g] >= 2 && male[g] == 0)
			d->g[g].gender = 'F';
	}
}

/*
 * Is mention mi the object of a preposition ("with Lee", "to the
 * Star"), not its owner ("of Lee's plan")?  "after", "before" and "since"
 * also open clauses ("After Lee spoke, he left") and do not count.
 */
static int
prep_object(const struct doc *d, size_t mi)
{
	size_t t0 = d->m[mi].t0, k = t0;

	if (d->m[mi].t1 + 1 < d->nt && d->t[d->m[mi].t1 + 1].kind == T_POSS)
		return 0;
	if (k > 0 && tok_is(d, &d->t[k - 1], "the"))
		k--;
	return k > 0 && d->t[k - 1].sent == d->t[t0].sent &&
	    d->t[k - 1].low && tag(&d->t[k - 1], WC_PREP) &&
	    !tok_is(d, &d->t[k - 1], "after") &&
	    !tok_is(d, &d->t[k - 1], "before") &&
	    !tok_is(d, &d->t[k - 1], "since");
}

/* Does the short sentence s hold a verb (or a cue)? */
static int
short_has_verb(const struct doc *d, size_t s)
{
	size_t k;

	for (k = d->sfirst[s]; k < d->slast[s]; k++) {
		const struct tok *t = &d->t[k];

		if (t->kind == T_WORD && t->low && (t->cue != NULL ||
		    lex_verb(d, t) || ed_form(d, t, 3)))
			return 1;
	}
	return 0;
}

/*
 * "Ruiz asked Hale whether ...": the person right after "asked" or
 * "asks" in sentence s, who is not the asker (group ask), when nobody is
 * named after them in the sentence.  Their mention, or -1.
 */
static int
asked_person(const struct doc *d, size_t s, int ask)
{
	size_t k, e;
	int mi;

	for (k = d->sfirst[s] + 1; k + 1 < d->slast[s]; k++) {
		if (!d->t[k].low || d->t[k].inq >= 0 ||
		    !(tok_is(d, &d->t[k], "asked") || tok_is(d, &d->t[k], "asks")))
			continue;
		if ((mi = d->t[k + 1].ment) < 0 || d->m[mi].t0 != k + 1 ||
		    d->m[mi].type != QUOTE_E_PERSON || d->m[mi].group < 0 ||
		    d->m[mi].group == ask)
			return -1;
		for (e = d->m[mi].t1 + 1; e < d->slast[s]; e++)
			if (d->t[e].ment >= 0 &&
			    d->m[d->t[e].ment].type == QUOTE_E_PERSON)
				return -1;
		return mi;
	}
	return -1;
}

/*
 * A plural that names people by what they do or where they live, not in
 * the lexicon ("Islanders", "shopkeepers", "pensioners", "Aucklanders"):
 * a word of no class ending in "ers" or "ians".
 */
static int
people_word(const struct doc *d, const struct tok *t)
{
	size_t n = t->e - t->s;
	const char *e = d->buf + t->e;

	return t->kind == T_WORD && t->wtag == NULL && n > 5 &&
	    (t->ment < 0 || d->m[t->ment].t0 == d->m[t->ment].t1) &&
	    (memcmp(e - 3, "ers", 3) == 0 || memcmp(e - 4, "ians", 4) == 0);
}

/*
 * Does a description open with "a", "an" or "another" ("a former
 * commissioner, who pleaded anonymity, said")?  It brings in someone
 * not named before, so a "he" or "she" right after it is that one.
 */
static int
indef_desc(const struct doc *d, const struct who *o)
{
	static const char *const indef[] = { "a", "an", "another", NULL };
	size_t k = tok_at(d, o->ms), si;
	int noun = 0;

	if (k >= d->nt || !tok_in(d, &d->t[k], indef))
		return 0;
	for (k++; k < d->nt && d->t[k].s < o->me; k++)
		if (tag(&d->t[k], WC_PERSON_NOUN) || tag(&d->t[k], WC_TITLE))
			noun = 1;
	/* Not when its sentence names someone too ("When a reporter
	 * asked Hale ..., Hale deflected."). */
	si = d->t[tok_at(d, o->ms)].sent;
	for (k = d->sfirst[si]; noun && k < d->slast[si]; k++)
		if (d->t[k].ment >= 0 && d->t[k].inq < 0 &&
		    d->m[d->t[k].ment].type == QUOTE_E_PERSON)
			return 0;
	return noun;
}

/*
 * The sex a description's first person noun gives ("the victim's mother":
 * 'F', "a spokesman for the club": 'M'), or 0.
 */
static int
desc_sex(const struct doc *d, const struct who *o)
{
	size_t k;

	for (k = tok_at(d, o->ms); k < d->nt && d->t[k].s < o->me; k++) {
		const struct tok *t = &d->t[k];

		if (!tag(t, WC_PERSON_NOUN) || (k + 1 < d->nt &&
		    d->t[k + 1].kind == T_POSS))
			continue;
		if (tag(t, WC_TITLE_MALE))
			return 'M';
		if (tag(t, WC_TITLE_FEMALE))
			return 'F';
		/* "a spokesman said ... he added": a man here, though
		 * "spokesman" before a name may be a woman's title. */
		return t->e - t->s > 3 && memcmp(d->buf + t->e - 3, "man", 3) == 0 &&
		    !(t->e - t->s > 5 && memcmp(d->buf + t->e - 5, "woman", 5) == 0) ?
		    'M' : 0;
	}
	return 0;
}

static int	aux_word(const struct doc *, const struct tok *);

/*
 * "The prime minister has arrived. ... she said", with no name to go
 * by: sentence s opens with "the", a few modifiers and a singular title
 * or person noun of no other sex than pc, then its verb.  That
 * description, as written without "the".
 */
static int
desc_subject(struct doc *d, size_t s, int pc, struct who *w)
{
	size_t k = d->ufree[s], x, hi = d->slast[s];
	const struct tok *h;
	struct who o;
	int sex;

	/* "Asked what he would do, the harbour master laughs.": past an
	 * opening participle's phrase. */
	if (k == d->sfirst[s] && d->ucomma[s] + 2 < hi && d->t[k].cap &&
	    (ed_form(d, &d->t[k], 3) || ing_word(d, &d->t[k])))
		k = d->ucomma[s] + 1;
	else if (k != d->sfirst[s])
		return 0;
	if (k + 2 >= hi || !tok_is(d, &d->t[k], "the"))
		return 0;
	for (x = k + 1; x < hi && x < k + 5; x++) {
		const struct tok *t = &d->t[x];

		/* "The French president": a demonym may modify it. */
		if (t->kind != T_WORD || t->inq >= 0 || t->cue != NULL ||
		    (t->ment >= 0 && d->m[t->ment].type != QUOTE_E_MISC) ||
		    tag(t, WC_PREP) || tag(t, WC_DET) ||
		    pron_class(t) || lex_verb(d, t) || aux_word(d, t) ||
		    !(t->low || is_place(d, x, x, 'D')))
			break;
	}
	/* "The mayor insists ...": a cue is the verb too. */
	if (x == k + 1 || x >= hi || !(lex_verb(d, &d->t[x]) ||
	    aux_word(d, &d->t[x]) || (d->t[x].cue != NULL &&
	    d->t[x].low && d->t[x].inq < 0)))
		return 0;
	h = &d->t[x - 1];
	if (!(tag(h, WC_PERSON_NOUN) || tag(h, WC_TITLE)) ||
	    tag(h, WC_ORG_NOUN) || (d->buf[h->e - 1] == 's' &&
	    d->buf[h->e - 2] != 's'))
		return 0;
	who_words(d, k + 1, k, x - 1, &o);
	if ((sex = desc_sex(d, &o)) != 0 && sex != pc)
		return 0;
	w->name = o.name;
	w->len = o.len;
	w->person = -1;
	w->group = -1;
	return 1;
}

/* Does sentence s mention a person outside quotes? */
static int
person_in(const struct doc *d, size_t s)
{
	size_t k;

	for (k = d->sfirst[s]; k < d->slast[s]; k++)
		if (d->t[k].ment >= 0 && d->t[k].inq < 0 &&
		    d->m[d->t[k].ment].type == QUOTE_E_PERSON)
			return 1;
	return 0;
}

/*
 * Resolve the pronoun at token k (class pc) to a name.  In backward mode
 * (the cue ends the sentence: "..., his office said") the sentence's own
 * subject comes first; else the nearest fitting mention before it.
 */
static int
resolve_pron(struct doc *d, size_t k, int pc, int backward, struct who *w)
{
	size_t si = d->t[k].sent, back, j, n;
	int mi;

	if (pc != 'M' && pc != 'F' && pc != 'N' && pc != 'P')
		return 0;
	for (back = 0; back <= BACK_SENTS && back <= si; back++) {
		size_t s = si - back, lim = back == 0 ? k : d->slast[s];

		/* A headline's names ("Ana Moss Says Hale ...") are
		 * not what a pronoun after it stands for. */
		if (back > 0 && d->uhead[s])
			continue;
		/* Nor, for an age ("the 43-year-old"), a short line with
		 * no verb: a photo credit ("Jo Lee via Getty Images."); a
		 * pronoun has its gender to go by. */
		if (back > 0 && pc == 'P' &&
		    d->slast[s] - d->sfirst[s] <= CREDIT_TOKS &&
		    !short_has_verb(d, s))
			continue;
		/* "Hale ..., pointing out that the paper's Ruiz had
		 * reported that ...": a speaker inside the sentence, after
		 * its subject, is not what "he" means next. */
		/* ... unless it is a parenthetical attribution of the whole
		 * sentence ("Hale, Moss said, has created ..."). */
		if (back > 0 && d->sspk[s].name != NULL && pc != 'N' &&
		    (mi = sent_subject(d, s, lim, 1)) >= 0 &&
		    d->t[d->m[mi].t0].s < d->sspk[s].ms &&
		    d->m[mi].group != d->sspk[s].group &&
		    gender_ok(d, d->m[mi].group, pc) &&
		    !((j = tok_at(d, d->sspk[s].ms)) > d->sfirst[s] &&
		    tok_punct(d, &d->t[j - 1], ',')))
			goto found;
		/* "Ruiz asked Hale whether ...", then '"...," he said':
		 * the one asked answers. */
		if (back > 0 && d->sspk[s].name != NULL && pc != 'N' &&
		    (mi = asked_person(d, s, d->sspk[s].group)) >= 0 &&
		    gender_ok(d, d->m[mi].group, pc))
			goto found;
		if (back > 0 && d->sspk[s].name != NULL) {
			struct who *o = &d->sspk[s];

			/* A description ("the retired neurosurgeon") is not
			 * passed on: the person behind it is found below. */
			/* But one whose noun tells the sex ("The victim's
			 * mother said ...", then "she added") is. */
			if ((pc == 'N' && (o->person == 0 ||
			    (o->person == -1 && o->group < 0 && back == 1))) ||
			    (pc != 'N' && o->person != 0 && !o->both &&
			    (o->group >= 0 || o->person == 1) &&
			    gender_ok(d, o->group, pc)) ||
			    ((pc == 'M' || pc == 'F') && o->person == -1 &&
			    o->group < 0 && (desc_sex(d, o) == pc ||
			    (desc_sex(d, o) == 0 && indef_desc(d, o) &&
			    d->t[d->sfirst[s]].para + 1 >= d->t[k].para)))) {
				w->name = o->name;
				w->len = o->len;
				w->person = o->person;
				w->group = o->group;
				return 1;
			}
		}
		/* "Asked ..., the harbour master laughs.", then '"...,"
		 * he says': a titled subject of the sentence just before,
		 * when neither it nor the one before names anyone. */
		if (back == 1 && (pc == 'M' || pc == 'F') && s > 0 &&
		    sent_subject(d, s, lim, 1) < 0 && !person_in(d, s) &&
		    !person_in(d, s - 1) && desc_subject(d, s, pc, w))
			return 1;
		/* '"A" -- that Smith is right -- "B," he says': a
		 * sentence that opens with a quote names its speaker
		 * before it. */
		if (back == 0 && d->t[d->sfirst[s]].kind == T_QUOTE)
			continue;
		/* "Asked about Hale's plan, she replied": the names in
		 * an opening participle's phrase are not who "she" is. */
		if (back == 0 && !backward && k > d->sfirst[s] + 2 &&
		    tok_punct(d, &d->t[k - 1], ',') &&
		    d->clstart[k] == d->sfirst[s] &&
		    (ed_form(d, &d->t[d->sfirst[s]], 3) ||
		    ing_word(d, &d->t[d->sfirst[s]])) &&
		    d->nextq[d->sfirst[s]] >= k)
			continue;
		if (back == 0 && !backward) {
			/* "Netanyahu said that ..., although he tweeted":
			 * the sentence's subject first. */
			mi = sent_subject(d, s, lim, pc != 'N');
			if (mi >= 0 && pc != 'N' &&
			    gender_ok(d, d->m[mi].group, pc))
				goto found;
			for (j = lim, n = 0; j > d->sfirst[s] && n < MENT_BACK;
			    n++) {
				if ((j = d->prevment[j - 1]) == (size_t)-1)
					break;
				mi = d->t[j].ment;
				j = d->m[mi].t0;
				/* "At a talk with Lee, he said": not the
				 * object of a preposition in its own sentence. */
				if (pc != 'N' && d->m[mi].type == QUOTE_E_PERSON &&
				    gender_ok(d, d->m[mi].group, pc) &&
				    !prep_object(d, (size_t)mi))
					goto found;
				if (pc == 'N' && (d->m[mi].type == QUOTE_E_ORG ||
				    d->m[mi].type == QUOTE_E_LOC))
					goto found;
			}
			continue;
		}
		/* "At 29, she still lives with her Dirty Dancing posters.":
		 * a sentence about the same "she" is passed over; who she
		 * is was said before it. */
		if (back > 0 && pc != 'N' && d->upron[s] < lim &&
		    pron_class(&d->t[d->upron[s]]) == pc &&
		    ((mi = sent_subject(d, s, lim, 1)) < 0 ||
		    d->upron[s] < d->m[mi].t0))
			continue;
		mi = sent_subject(d, s, lim, pc != 'N');
		if (mi >= 0 && (pc == 'N' || gender_ok(d, d->m[mi].group, pc)))
			goto found;
		if (pc == 'N')
			continue;
		for (j = lim, n = 0; j > d->sfirst[s] && n < MENT_BACK; n++) {
			if ((j = d->prevment[j - 1]) == (size_t)-1)
				break;
			mi = d->t[j].ment;
			j = d->m[mi].t0;
			if (d->m[mi].type == QUOTE_E_PERSON &&
			    gender_ok(d, d->m[mi].group, pc))
				goto found;
		}
	}
	/* Nobody named: a titled subject just before, in this paragraph
	 * or the one before. */
	for (back = 0; (pc == 'M' || pc == 'F') && back <= 2 && back <= si;
	    back++) {
		size_t s = si - back;

		if (d->slast[s] == d->sfirst[s] ||
		    d->t[d->sfirst[s]].para + 1 < d->t[k].para)
			break;
		if (desc_subject(d, s, pc, w))
			return 1;
	}
	return 0;
found:
	{
		size_t ms = w->ms, me = w->me;

		who_ment(d, (size_t)mi, w);
		w->ms = ms;
		w->me = me;
	}
	return 1;
}

/* The number of organisations mentioned before token k (d->orgs is in
 * text order). */
static size_t
orgs_before(const struct doc *d, size_t k)
{
	size_t lo = 0, hi = d->norg, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->m[d->orgs[mid]].t0 < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* An organisation mentioned before token k whose last word is head's. */
static int
resolve_head(struct doc *d, size_t k, size_t head, struct who *w)
{
	size_t i, lo = orgs_before(d, k), top;

	/* The organisations that start before k, nearest first. */
	for (top = lo; lo > 0 && lo + HEAD_BACK > top; lo--) {
		struct ment *m = &d->m[d->orgs[lo - 1]];
		const struct tok *a = &d->t[m->t1], *b = &d->t[head];
		size_t n, x;

		/* "Moss Raised His Campaign's Rent": a headline's words
		 * run together are no organisation's name. */
		if (d->uhead[d->t[m->t0].sent] && m->t1 >= m->t0 + HEAD_NAME)
			continue;

		i = d->orgs[lo - 1] + 1;
		n = a->e - a->s;
		if (n != b->e - b->s)
			continue;
		for (x = 0; x < n; x++)
			if (uc_tolower((unsigned char)d->buf[a->s + x]) !=
			    uc_tolower((unsigned char)d->buf[b->s + x]))
				break;
		if (x == n) {
			size_t ms = w->ms, me = w->me;

			who_ment(d, i - 1, w);
			w->ms = ms;
			w->me = me;
			return 1;
		}
	}
	return 0;
}

/* Conjunctions that open a sentence before its subject ("As officials
 * warned that ..."), no part of a name. */
static const char *const opening_conj[] = { "but", "and", "as", "while",
    "when", "although", "though", "because", "since", "after", "before",
    "once", "if", "so", "yet", "or", "until", "whereas", NULL };

static int	party_tok(const struct doc *, const struct tok *);

/* Noun-phrase tokens: names, titles, role nouns, determiners. */
static int
np_tok(const struct doc *d, size_t k)
{
	const struct tok *t = &d->t[k];

	/* "R-Texas" is no name: the party and state of the name before. */
	if (t->inq >= 0 || party_tok(d, t))
		return 0;
	if (t->kind == T_POSS)
		return 1;
	/* "the Traders' Association": a plural possessive, no mark. */
	if (t->kind == T_QUOTE && !t->dbl && t->s > 0 &&
	    d->buf[t->s - 1] == 's' && k + 1 < d->nt && d->t[k + 1].cap &&
	    d->t[k + 1].s == t->e + 1)
		return 1;
	if (t->kind != T_WORD)
		return 0;
	if (t->ment >= 0)
		return 1;
	/* "But shopkeepers said", "As officials warned": a conjunction
	 * that opens a sentence. */
	if (t->cap)
		return !tok_in(d, t, opening_conj);
	if (tok_is(d, t, "that"))
		return 0;
	return tag(t, WC_PERSON_NOUN) || tag(t, WC_ORG_NOUN) || tag(t, WC_TITLE) || tag(t, WC_DET) ||
	    tag(t, WC_HE) || tag(t, WC_SHE) || tag(t, WC_IT) || tag(t, WC_THEY);
}

static int	finite_verb(const struct doc *, const struct tok *);
static int	small_word(const struct doc *, const struct tok *);

/* Words of a phrase after "of" that a description takes in. */
#define OF_MAX		7
/* Words of a quoted title after "of the". */
#define OF_TITLE	8

/*
 * "one owner of a bakery", "the authors of the report", "a group of 40
 * farmers", 'the authors of the "Farm Plan"': a plain noun phrase from
 * token k (after "of") that a mark, a preposition, a relative word, a
 * time word or the sentence's end closes.  Its last token, or -1.
 */
static size_t
of_np(const struct doc *d, size_t k)
{
	size_t si = d->t[k].sent, e = (size_t)-1, k0 = k, x;
	const struct tok *t;

	for (; k < d->nt && d->t[k].sent == si && k < k0 + OF_MAX; k++) {
		t = &d->t[k];
		/* 'of the "Farm Plan,"': a title in capitals. */
		if (t->inq >= 0 && k > k0 && d->sp[t->inq].open == k &&
		    (x = d->sp[t->inq].close) != (size_t)-1 && x < k + OF_TITLE) {
			for (k++; k < x; k++)
				if (d->t[k].kind == T_WORD && !d->t[k].cap &&
				    !small_word(d, &d->t[k]))
					return (size_t)-1;
			return x;
		}
		if (t->inq >= 0 || t->kind == T_QUOTE || t->kind == T_PUNCT)
			break;
		if (t->kind == T_POSS) {
			if (e == (size_t)-1)
				return (size_t)-1;
			continue;
		}
		if (tag(t, WC_PREP) || tag(t, WC_TIME) || tok_is(d, t, "who") ||
		    tok_is(d, t, "that") || tok_is(d, t, "which") ||
		    tok_is(d, t, "and") || tok_is(d, t, "or"))
			break;
		/* "of the report": a noun cue after the determiner. */
		if (t->cue != NULL && !(k > k0 && strchr(t->cue, 'N') != NULL))
			break;
		/* A determiner opens it only. */
		if ((tag(t, WC_DET) || poss_pron(d, t)) && k > k0)
			return (size_t)-1;
		if (finite_verb(d, t) || pron_class(t) != 0 || tag(t, WC_BETWEEN))
			return (size_t)-1;
		if (!(tag(t, WC_DET) || poss_pron(d, t)))
			e = k;
	}
	if (e == (size_t)-1 || k == k0 + OF_MAX || (k < d->nt &&
	    d->t[k].sent == si && d->t[k].kind == T_WORD &&
	    !tag(&d->t[k], WC_PREP) && !tag(&d->t[k], WC_TIME) &&
	    !tok_is(d, &d->t[k], "who") && !tok_is(d, &d->t[k], "that") &&
	    !tok_is(d, &d->t[k], "which")))
		return (size_t)-1;
	return e;
}

/*
 * "a spokeswoman for the House Armed Services Committee": a description
 * goes on over "for", "of" or "at" and the name after it.  The last
 * token of the description that ends at r.
 */
static size_t
desc_pp(const struct doc *d, size_t r)
{
	size_t k = r + 2;
	int mi;

	/* "an aide to President Ann Lee": "to" after a role noun. */
	if (k >= d->nt || d->t[r + 1].sent != d->t[r].sent ||
	    !(tok_is(d, &d->t[r + 1], "for") || tok_is(d, &d->t[r + 1], "of") ||
	    tok_is(d, &d->t[r + 1], "at") || (tok_is(d, &d->t[r + 1], "to") &&
	    tag(&d->t[r], WC_PERSON_NOUN))))
		return r;
	if (tok_is(d, &d->t[k], "the") && k + 1 < d->nt)
		k++;
	/* "to President Ann Lee": over titles. */
	while (k + 1 < d->nt && k < r + 5 && tag(&d->t[k], WC_TITLE) &&
	    d->t[k].ment < 0 && d->t[k + 1].sent == d->t[r].sent)
		k++;
	if ((mi = d->t[k].ment) < 0 || d->t[k].inq >= 0 ||
	    d->m[mi].t0 != k || d->m[mi].type == QUOTE_E_NONE) {
		/* "one owner of a bakery": a lower-case head. */
		if (d->t[r].low && tok_is(d, &d->t[r + 1], "of") &&
		    (k = of_np(d, r + 2)) != (size_t)-1)
			return k;
		return r;
	}
	return d->m[mi].t1;
}

/*
 * "Tom Hale of Austin, Texas, said", "Ana Gray of the Bank of Spain
 * said", "Jo Lee, a salesman from Sumter, Ohio, said": the place or the
 * organisation r0..r1 only says where the person before it is from.
 * That person's mention, or -1.
 */
static int
place_owner(const struct doc *d, size_t r0)
{
	size_t k = r0, n;
	int mi;

	if (tok_is(d, &d->t[k], "the"))
		k++;
	if ((mi = d->t[k].ment) < 0 || (d->m[mi].type != QUOTE_E_LOC &&
	    d->m[mi].type != QUOTE_E_ORG) || d->m[mi].t0 != k)
		return -1;
	k = r0;
	/* ", Texas": a second place after a comma. */
	if (k > 2 && tok_punct(d, &d->t[k - 1], ',') &&
	    (mi = d->t[k - 2].ment) >= 0 && d->m[mi].type == QUOTE_E_LOC &&
	    d->m[mi].t1 == k - 2)
		k = d->m[mi].t0;
	if (k > 0 && tok_is(d, &d->t[k - 1], "the"))
		k--;
	if (k < 2 || !(tok_is(d, &d->t[k - 1], "of") ||
	    tok_is(d, &d->t[k - 1], "from") || tok_is(d, &d->t[k - 1], "for")) ||
	    d->t[k - 1].sent != d->t[r0].sent)
		return -1;
	k--;
	/* A person with a given name: "Technology Directorate of the
	 * Department" is no person, whatever a tagger says. */
	if ((mi = d->t[k - 1].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON &&
	    d->m[mi].t1 == k - 1 && d->t[k - 1].inq < 0 &&
	    d->m[mi].group >= 0 && (n = d->g[d->m[mi].group].given) !=
	    (size_t)-1 && lex_has(d->q->given, d->buf + d->t[n].s,
	    d->t[n].e - d->t[n].s))
		return mi;
	/* ... or a name of two words or more, none of a body ("Tan Wei
	 * Ling of the National University of Singapore"). */
	if ((mi = d->t[k - 1].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON &&
	    d->m[mi].t1 == k - 1 && d->t[k - 1].inq < 0 &&
	    d->m[mi].t1 > d->m[mi].t0) {
		for (n = d->m[mi].t0; n <= d->m[mi].t1; n++)
			if (!cap_word(&d->t[n]) || tag(&d->t[n], WC_ORG_WORD) ||
			    tag(&d->t[n], WC_ORG_NOUN) || tag(&d->t[n], WC_TITLE))
				break;
		if (n > d->m[mi].t1)
			return mi;
	}
	/* "Jo Lee, a 55-year-old salesman from": the person the
	 * description is set beside. */
	for (n = 0; k > 2 && n < 10; k--, n++) {
		const struct tok *t = &d->t[k - 1];

		if (tok_punct(d, t, '-') && t->inq < 0)
			continue;
		if (t->inq >= 0 || t->kind != T_WORD || !(t->low ||
		    uc_is_digit((unsigned char)d->buf[t->s])))
			break;
		if (tag(t, WC_DET)) {
			if (tok_punct(d, &d->t[k - 2], ',') &&
			    (mi = d->t[k - 3].ment) >= 0 &&
			    d->m[mi].type == QUOTE_E_PERSON &&
			    d->m[mi].t1 == k - 3 && d->t[k - 3].inq < 0)
				return mi;
			break;
		}
	}
	return -1;
}

/*
 * "an analyst at Brindle Securities", "a trader with Hale & Co": the
 * organisation at token t0 only says where a person works, and is not
 * what "the company" stands for after it.
 */
static int
employer_of(const struct doc *d, size_t t0)
{
	static const char *const preps[] = { "at", "with", "from", NULL };

	return t0 >= 2 && d->t[t0 - 1].low && tok_in(d, &d->t[t0 - 1], preps) &&
	    tag(&d->t[t0 - 2], WC_PERSON_NOUN);
}

/*
 * "fire investigator Raj Patel": the tokens a0..t0-1 before a person's
 * name are one to four lower-case words with no determiner, verb,
 * preposition or cue: a bare title for the name.
 */
static int
bare_title_before(const struct doc *d, size_t a0, size_t t0)
{
	size_t k;

	if (t0 <= a0 || t0 - a0 > 4)
		return 0;
	for (k = a0; k < t0; k++) {
		const struct tok *t = &d->t[k];

		if (t->kind != T_WORD || !t->low || t->inq >= 0 ||
		    t->cue != NULL || tag(t, WC_DET) || tag(t, WC_PREP) ||
		    lex_verb(d, t) || aux_word(d, t) || pron_class(t) ||
		    tok_is(d, t, "and") || tok_is(d, t, "or"))
			return 0;
	}
	return 1;
}

/*
 * "The device, called the Fold One, ...", "a drug named Zentra": the
 * organisation at token t0 is the name given to a thing, no company; but
 * "a start-up called Zyno" is one.
 */
static int
thing_named(const struct doc *d, size_t t0)
{
	static const char *const naming[] = { "called", "named", "dubbed",
	    "branded", "codenamed", NULL };
	static const char *const firms[] = { "company", "companies", "firm",
	    "start-up", "startup", "business", "group", "maker", "venture",
	    "subsidiary", "unit", "rival", "chain", "retailer", "lender",
	    "bank", "carrier", "developer", "manufacturer", "supplier",
	    "insurer", "publisher", "studio", "label", "brewer", "partner",
	    NULL };
	size_t k = t0;

	if (k > 0 && tok_is(d, &d->t[k - 1], "the") && d->t[k - 1].low)
		k--;	/* "called the Fold One" */
	if (k == 0 || !d->t[k - 1].low || !tok_in(d, &d->t[k - 1], naming))
		return 0;
	k--;
	if (k > 0 && tok_punct(d, &d->t[k - 1], ','))
		k--;
	return k > 0 && d->t[k - 1].kind == T_WORD && d->t[k - 1].low &&
	    d->t[k - 1].sent == d->t[t0].sent &&
	    !tok_in(d, &d->t[k - 1], firms);
}

/*
 * "the company said", "the firm said": the organisation named last
 * within a few sentences, unless its name ends in a word for another
 * kind of body ("Foreign Ministry", "Labour Party").
 */
static int
resolve_firm(struct doc *d, size_t k, size_t head, struct who *w)
{
	static const char *const firm[] = { "company", "firm", NULL };
	static const char *const body[] = { "ministry", "office",
	    "department", "agency", "committee", "campaign", "government",
	    "administration", "embassy", "army", "police", "commission",
	    "council", "party", "court", "union", "university", "college",
	    "school", "hospital", "senate", "house", "congress", "parliament",
	    "navy", "forces", "force", "board", "club", "league",
	    "authority", "charity", "foundation", "association", "times",
	    "post", "journal", "news", "newspaper", "magazine", NULL };
	size_t lo, si = d->t[k].sent;

	if (!tok_in(d, &d->t[head], firm) || (k < head &&
	    !tok_is(d, &d->t[k], "the")))
		return 0;
	lo = orgs_before(d, k);
	for (; lo > 0; lo--) {
		struct ment *m = &d->m[d->orgs[lo - 1]];
		size_t ms = w->ms, me = w->me;

		if (d->t[m->t0].sent + FIRM_BACK < si)
			return 0;
		if (d->uhead[d->t[m->t0].sent] || tok_in(d, &d->t[m->t1], body) ||
		    employer_of(d, m->t0) || thing_named(d, m->t0))
			continue;
		who_ment(d, d->orgs[lo - 1], w);
		w->ms = ms;
		w->me = me;
		return 1;
	}
	return 0;
}

/* "24-year-old", "six-year-old": an age. */
static int
age_word(const struct doc *d, const struct tok *t)
{
	static const char tail[] = "-year-old";
	size_t n = sizeof(tail) - 1;

	return t->kind == T_WORD && t->e - t->s > n &&
	    memcmp(d->buf + t->e - n, tail, n) == 0;
}

/* Words that open a clause whose subject may be a bare plural. */
static const char *const clause_openers[] = { "which", "that", "when",
    "where", "while", "because", "if", "although", "though", "since",
    "whom", "whose", "and", "but", "or", NULL };

static int	skippable(const struct doc *, const struct tok *);
static size_t	np_back(const struct doc *, size_t, size_t);
static int	ly_adverb(const struct doc *, const struct tok *);
static int	habit_to_say(const struct doc *, size_t);

/*
 * The person named just before the comma before token a ("Jo Lee, an
 * actor in Dallas, said"), when one is there after token lo; else the
 * description b..r1 as written, without its "the".
 */
static int
appos_or_words(struct doc *d, size_t lo, size_t a, size_t b, size_t r1,
    struct who *w)
{
	int mi;

	if (a > lo + 1 && tok_punct(d, &d->t[a - 1], ',') &&
	    (mi = d->t[a - 2].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON) {
		who_ment(d, (size_t)mi, w);
		return 1;
	}
	if (tok_is(d, &d->t[b], "the"))
		b++;
	who_words(d, b, b, r1, w);
	return 1;
}

/*
 * The speaker named by the noun phrase r0..r1 (tokens, inclusive).  The
 * head is the last word; a name there is the speaker, a pronoun is
 * resolved, a description is resolved or kept as written.
 */
static int
np_speaker(struct doc *d, size_t r0, size_t r1, int backward, struct who *w)
{
	struct tok *h = &d->t[r1];
	int pc, mi;
	size_t k, n;

	memset(w, 0, sizeof(*w));
	w->group = -1;
	w->person = -1;
	/* "A senior diplomat from a Gulf state, speaking ..., said": the
	 * phrase hangs on a person noun before its preposition; the
	 * description as written. */
	/* Back over the words before the head ("the ferry operator"). */
	for (k = r0, n = 0; !pron_class(h) && k > d->sfirst[h->sent] + 2 &&
	    n < 3 && d->t[k - 1].kind == T_WORD && d->t[k - 1].low &&
	    d->t[k - 1].inq < 0 && d->t[k - 1].cue == NULL &&
	    !tok_is(d, &d->t[k - 1], "that") &&
	    !tag(&d->t[k - 1], WC_PREP) && !pron_class(&d->t[k - 1]) &&
	    !lex_verb(d, &d->t[k - 1]) && !ed_form(d, &d->t[k - 1], 3); n++) {
		k--;
		if (tag(&d->t[k], WC_DET))
			break;
	}
	if (k == r0 || !tag(&d->t[k], WC_DET))
		k = r0;
	if (k >= d->sfirst[h->sent] + 2 && d->t[k - 1].low &&
	    (tok_is(d, &d->t[k - 1], "from") || tok_is(d, &d->t[k - 1], "in") ||
	    tok_is(d, &d->t[k - 1], "for") || tok_is(d, &d->t[k - 1], "at") ||
	    tok_is(d, &d->t[k - 1], "on")) &&
	    (d->t[k - 2].low || k - 2 == d->sfirst[h->sent]) &&
	    d->t[k - 2].inq < 0 && (tag(&d->t[k - 2], WC_PERSON_NOUN) ||
	    people_word(d, &d->t[k - 2])) &&
	    (h->ment < 0 || d->m[h->ment].type != QUOTE_E_PERSON)) {
		size_t f = d->sfirst[h->sent];

		k = np_back(d, k - 2, f);
		/* Back over adjectives to a determiner ("A senior"). */
		for (n = k; n > f && n + 3 > k && d->t[n - 1].kind == T_WORD &&
		    d->t[n - 1].inq < 0 && !tag(&d->t[n - 1], WC_PREP) &&
		    d->t[n - 1].cue == NULL && !lex_verb(d, &d->t[n - 1]); n--)
			if (tag(&d->t[n - 1], WC_DET)) {
				k = n - 1;
				break;
			}
		/* "Jo Lee, an actor in Dallas, said": the person. */
		return appos_or_words(d, f, k, k, r1, w);
	}
	if (h->ment >= 0) {
		/* "A spokesperson for Northgate Council", "Residents of
		 * Saltby": a person noun and a preposition before the name
		 * of a body or a place make a description, kept as written. */
		k = d->m[h->ment].t0;
		if (d->m[h->ment].type != QUOTE_E_PERSON && k >= r0 + 2 &&
		    d->t[k - 1].low && (tok_is(d, &d->t[k - 1], "for") ||
		    tok_is(d, &d->t[k - 1], "at") ||
		    tok_is(d, &d->t[k - 1], "of")) &&
		    tag(&d->t[k - 2], WC_PERSON_NOUN)) {
			/* "Jo Lee, acting director of X, said": the
			 * person. */
			for (n = r0; n > 2 && n + 4 > r0 &&
			    d->t[n - 1].kind == T_WORD && d->t[n - 1].low; n--)
				continue;
			return appos_or_words(d, 0, n, r0, r1, w);
		}
		/* "A spokesman for Ann Lee", "an adviser to Ann Lee":
		 * someone who speaks for the person, as written. */
		if (d->m[h->ment].type == QUOTE_E_PERSON && k >= r0 + 2 &&
		    d->t[k - 1].low && (tok_is(d, &d->t[k - 1], "for") ||
		    tok_is(d, &d->t[k - 1], "to")) && d->t[k - 2].low &&
		    tag(&d->t[k - 2], WC_PERSON_NOUN)) {
			n = tok_is(d, &d->t[r0], "the") ? r0 + 1 : r0;
			who_words(d, n, n, r1, w);
			return 1;
		}
		if ((mi = place_owner(d, d->m[h->ment].t0 > r0 &&
		    tok_is(d, &d->t[d->m[h->ment].t0 - 1], "the") ?
		    d->m[h->ment].t0 - 1 : d->m[h->ment].t0)) >= 0) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
		who_ment(d, (size_t)h->ment, w);
		return 1;
	}
	if (r0 == r1 && (pc = pron_class(h)) != 0) {
		w->ms = h->s;
		w->me = h->e;
		return resolve_pron(d, r1, pc, backward, w);
	}
	if (tag(h, WC_PERSON_NOUN) || tag(h, WC_ORG_NOUN)) {
		w->ms = d->t[r0].s;
		w->me = h->e;
		/* "his office", "Lee's campaign": the possessor; but
		 * "Lee's spokesman" and "her boss" are persons of their
		 * own. */
		for (k = r0; k < r1; k++) {
			if (d->t[k].kind == T_POSS && k > r0 &&
			    !tag(h, WC_PERSON_NOUN) &&
			    (mi = d->t[k - 1].ment) >= 0) {
				size_t ms = w->ms, me = w->me;

				who_ment(d, (size_t)mi, w);
				w->ms = ms;
				w->me = me;
				w->person = tag(h, WC_ORG_NOUN) ? 0 : w->person;
				return 1;
			}
			pc = pron_class(&d->t[k]);
			if (k == r0 && (pc == 'M' || pc == 'F' || pc == 'N') &&
			    !tok_is(d, &d->t[k], "it") &&
			    !tag(h, WC_PERSON_NOUN)) {
				if (resolve_pron(d, k, pc, backward, w)) {
					w->person = tag(h, WC_ORG_NOUN) ? 0 : w->person;
					return 1;
				}
				return 0;
			}
		}
		if (tag(h, WC_ORG_NOUN) && !tag(h, WC_PERSON_NOUN) &&
		    (resolve_head(d, r0, r1, w) || resolve_firm(d, r0, r1, w))) {
			w->person = 0;
			return 1;
		}
		/* "a young woman": back over its adjectives to a
		 * determiner. */
		for (k = r0, n = 0; k > d->sfirst[h->sent] && n < 3; k--, n++) {
			const struct tok *t = &d->t[k - 1];

			/* "one longtime friend", "Two neighbours". */
			if ((tag(t, WC_DET) || tok_is(d, t, "one") ||
			    tok_is(d, t, "two") || tok_is(d, t, "three")) &&
			    (t->low || k - 1 == d->sfirst[h->sent] ||
			    !t->cap) && !tok_is(d, t, "that")) {
				r0 = k - 1;
				break;
			}
			/* "a friend of the family": on to the first person
			 * noun. */
			if ((tok_is(d, t, "of") || tok_is(d, t, "for")) &&
			    k - 1 > d->sfirst[h->sent] && d->t[k - 2].inq < 0 &&
			    tag(&d->t[k - 2], WC_PERSON_NOUN) &&
			    !tag(&d->t[k - 2], WC_TITLE)) {
				n = 0;
				continue;
			}
			if (t->kind != T_WORD || !t->low || t->inq >= 0 ||
			    t->cue != NULL || tag(t, WC_PREP) || pron_class(t) ||
			    lex_verb(d, t) || ed_form(d, t, 3) ||
			    tok_in(d, t, clause_openers) ||
			    tok_in(d, t, opening_conj) || skippable(d, t) ||
			    tok_is(d, t, "even")) {
				/* "..., fire officials said": a bare plural
				 * after a comma keeps its nouns. */
				if (k < r0 && tok_punct(d, t, ',') &&
				    d->buf[h->e - 1] == 's' && h->low)
					r0 = k;
				break;
			}
		}
		/* A description: keep it as written, without "the". */
		k = r0;
		if (tok_is(d, &d->t[k], "the") && k < r1)
			k++;
		r1 = desc_pp(d, r1);
		if (d->t[r0].s < w->ms)
			w->ms = d->t[r0].s;
		w->name = d->buf + d->t[k].s;
		w->len = d->t[r1].e - d->t[k].s;
		w->me = d->t[r1].e;
		w->person = tag(h, WC_ORG_NOUN) && !tag(h, WC_PERSON_NOUN) ? 0 : -1;
		return 1;
	}
	/* "a spokeswoman for the lender", "a senior diplomat from a Gulf
	 * state": a person noun before a preposition heads a
	 * description, as written, unless a person is named in it. */
	for (n = r0; n + 1 < r1; n++)
		if (tag(&d->t[n], WC_PERSON_NOUN) && d->t[n].low &&
		    tag(&d->t[n + 1], WC_PREP) && d->t[n + 1].low)
			break;
	/* The last mention inside the phrase. */
	for (k = r1 + 1; k > r0; k--)
		if ((mi = d->t[k - 1].ment) >= 0) {
			if (n + 1 < r1 && d->m[mi].t0 > n + 1 &&
			    d->m[mi].type != QUOTE_E_PERSON)
				break;
			who_ment(d, (size_t)mi, w);
			return 1;
		}
	if (n + 1 < r1) {
		k = r0;
		if (tok_is(d, &d->t[k], "the"))
			k++;
		who_words(d, k, k, r1, w);
		return 1;
	}
	return 0;
}

static int
skippable(const struct doc *d, const struct tok *t)
{
	size_t n, k;

	if (t->kind != T_WORD || !t->low || t->inq >= 0)
		return 0;
	if (tag(t, WC_BETWEEN))
		return 1;
	n = t->e - t->s;
	if (!(n > 3 && d->buf[t->e - 2] == 'l' && d->buf[t->e - 1] == 'y'))
		return 0;
	/* "the rally", "his family", "Hale's ally": a noun in -ly. */
	k = (size_t)(t - d->t);
	return !(k > 0 && d->t[k - 1].sent == t->sent &&
	    (tag(&d->t[k - 1], WC_DET) || poss_pron(d, &d->t[k - 1]) ||
	    d->t[k - 1].kind == T_POSS));
}

/* Walk back over a noun phrase ending at token p; return its first token. */
static size_t
np_back(const struct doc *d, size_t p, size_t lo)
{
	size_t k = p;

	if (p > lo + NP_MAX)
		lo = p - NP_MAX;
	while (k > lo) {
		const struct tok *t = &d->t[k - 1];

		/* A determiner or "his" opens the phrase; "he" is one. */
		if ((tag(&d->t[k], WC_DET) && !d->t[k].cap) ||
		    poss_pron(d, &d->t[k]) || pron_class(&d->t[k]) ||
		    (pron_class(t) && !poss_pron(d, t)))
			break;
		if (np_tok(d, k - 1) && !(t->kind == T_WORD && t->cue != NULL)) {
			k--;
			continue;
		}
		/* "ambassador to Russia", "Department of State". */
		if (t->kind == T_WORD && t->low && (tok_is(d, t, "of") ||
		    tok_is(d, t, "to") || tok_is(d, t, "for") ||
		    tok_is(d, t, "and")) && k - 1 > lo &&
		    np_tok(d, k - 2) && d->t[k].kind == T_WORD) {
			k--;
			continue;
		}
		break;
	}
	return k;
}

/* Walk forward over a noun phrase starting at token p; return its last. */
static size_t
np_fwd(const struct doc *d, size_t p, size_t hi)
{
	size_t k = p;

	if (hi > p + NP_MAX)
		hi = p + NP_MAX;
	for (;;) {
		size_t x;

		while (k + 1 < hi && np_tok(d, k + 1) &&
		    !(d->t[k + 1].kind == T_WORD && d->t[k + 1].cue != NULL) &&
		    !tag(&d->t[k + 1], WC_DET))
			k++;
		/* "Lee's top aide", "Lee's right-hand woman": plain words
		 * between an owner and a person noun. */
		if (d->t[k].kind != T_POSS)
			return k;
		for (x = k + 1; x < hi && x < k + 5; x++) {
			const struct tok *t = &d->t[x];

			if (t->inq >= 0 || (t->kind == T_WORD && !t->low) ||
			    (t->kind == T_WORD && (t->cue != NULL ||
			    (t->wtag != NULL && !tag(t, WC_PERSON_NOUN)))) ||
			    (t->kind != T_WORD && !tok_punct(d, t, '-')))
				return k;
			if (tag(t, WC_PERSON_NOUN))
				break;
		}
		if (x == hi || x == k + 5 || x == k + 1)
			return k;
		k = x;
	}
}

static int	desc_back_x(struct doc *, size_t, size_t, struct who *, int);

/*
 * Tokens k..p-1 (k is one past an opening word, or the sentence's first
 * word) end in a lower-case plural noun and hold no name of a person:
 * "callers", "Multiple outlets".
 */
static int
bare_plural(const struct doc *d, size_t k, size_t p)
{
	const struct tok *h = &d->t[p - 1];
	size_t x;
	int mi;

	if (h->kind != T_WORD || !h->low || h->e - h->s < 4 ||
	    d->buf[h->e - 1] != 's' || d->buf[h->e - 2] == 's' ||
	    tag(h, WC_BETWEEN) || h->cue != NULL)
		return 0;
	for (x = k; x < p; x++)
		if ((mi = d->t[x].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON)
			return 0;
	return 1;
}

/*
 * "the host said", "the retired neurosurgeon told": up to four lower-case
 * words after a determiner, kept as written (without "the").
 */
static int
desc_back(struct doc *d, size_t p, size_t lo, struct who *w)
{
	return desc_back_x(d, p, lo, w, 0);
}

/* desc_back(); rel: the head of a relative clause, which may be an
 * object ("not paying an architect who said"). */
static int
desc_back_x(struct doc *d, size_t p, size_t lo, struct who *w, int rel)
{
	size_t k, n;

	for (k = p, n = 0; k > lo && n < 5; k--, n++) {
		const struct tok *t = &d->t[k - 1];
		int mi;

		/* "the People's Daily newspaper" */
		if (t->kind == T_POSS && k < p && k - 1 > lo &&
		    cap_word(&d->t[k - 2]))
			continue;
		if (t->inq >= 0 || t->kind != T_WORD)
			return 0;
		/* "during which callers asked": plural people, no article. */
		if (k < p && tok_in(d, t, clause_openers) && bare_plural(d, k, p))
			goto desc;
		/* "Small groups of protesters" */
		if (tok_is(d, t, "of") && k < p && d->t[k].low && k - 1 > lo)
			continue;
		/* "However, 63 percent said": a number opens it too;
		 * "many commentators", "some officials". */
		if ((tok_is(d, t, "the") || tok_is(d, t, "a") ||
		    tok_is(d, t, "an") || tok_is(d, t, "one") ||
		    (tag(t, WC_DET) && !tok_is(d, t, "that")) ||
		    (uc_is_digit((unsigned char)d->buf[t->s]) &&
		    (k - 1 == lo || d->t[k - 2].kind != T_WORD))) && k < p) {
			size_t s0 = tok_is(d, t, "the") ? k : k - 1;

			/* "this week", "each year": a time. */
			if (tag(&d->t[p - 1], WC_TIME))
				return 0;
			/* "a spokeswoman for the lender said", "the mother
			 * of the victim said": on over the preposition to
			 * the person noun. */
			if (k > lo + 2 && d->t[k - 2].low &&
			    (tok_is(d, &d->t[k - 2], "for") ||
			    tok_is(d, &d->t[k - 2], "of") ||
			    tok_is(d, &d->t[k - 2], "at")) && d->t[k - 3].low &&
			    d->t[k - 3].inq < 0 &&
			    tag(&d->t[k - 3], WC_PERSON_NOUN)) {
				k--;
				n++;
				continue;
			}
			/* "Residents of a Devon village say": so too from
			 * the sentence's first word. */
			if (k == lo + 3 && !rel && d->t[k - 2].low &&
			    tok_is(d, &d->t[k - 2], "of") && d->t[lo].cap &&
			    d->t[lo].inq < 0 && tag(&d->t[lo], WC_PERSON_NOUN) &&
			    !tag(&d->t[lo], WC_TITLE)) {
				who_words(d, lo, lo, p - 1, w);
				return 1;
			}

			/* "a source familiar with the inquiry said": the
			 * object of a preposition says nothing, nor that of
			 * a verb ("who spoke to discuss the plan said"). */
			if (k - 1 > lo && !rel && (tag(&d->t[k - 2], WC_PREP) ||
			    (d->t[k - 2].kind == T_WORD && d->t[k - 2].low &&
			    d->t[k - 2].wtag == NULL && d->t[k - 2].cue == NULL &&
			    !skippable(d, &d->t[k - 2]) &&
			    !tok_is(d, &d->t[k - 2], "even"))))
				return 0;

			who_words(d, s0, s0, p - 1, w);
			return 1;
		}
		/* "the 43-year-old", "the congressional report", "the GOP
		 * front-runner": words, numbers and names of no person. */
		if (!(t->low || uc_is_digit((unsigned char)d->buf[t->s]) ||
		    (t->cap && ((mi = t->ment) < 0 ||
		    d->m[mi].type != QUOTE_E_PERSON) && !tag(t, WC_NOT_NAME))) ||
		    d->cue1[k - 1] != (size_t)-1 || tag(t, WC_PREP) || tag(t, WC_NOT_NAME))
			return 0;
	}
	/* "Multiple outlets reported": from the sentence's start. */
	if (k == lo && n >= 2 && d->t[lo].cap && bare_plural(d, lo, p))
		goto desc;
	return 0;
desc:
	who_words(d, k, k, p - 1, w);
	return 1;
}

/*
 * '"...," said retired surgeon Tom Hale': a person named a few
 * lower-case words after the cue.  The mention, or -1.
 */
static int
person_after(const struct doc *d, size_t p, size_t hi)
{
	size_t k;
	int mi;

	for (k = p; k < hi && k < p + 5; k++) {
		const struct tok *t = &d->t[k];

		if (t->inq >= 0 || t->kind != T_WORD || d->cue1[k] != (size_t)-1)
			return -1;
		if ((mi = t->ment) >= 0)
			return d->m[mi].type == QUOTE_E_PERSON ? mi : -1;
		/* "said lead author Dr. Ann Lee": a title before the name. */
		if (tag(t, WC_TITLE) && k > p && k + 1 < hi &&
		    d->t[k + 1].ment >= 0)
			continue;
		if (!t->low || tag(t, WC_PREP) || pron_class(t))
			return -1;
	}
	return -1;
}

/* Words looked at for the person a phrase after a cue ends with. */
#define MOD_MAX		8

/*
 * "said Moss ally Jan Novak", "said ACLU executive director
 * Sara Kent", "said the Rev. Peter Lund", "according to former
 * secretary of state Jane Roe": the last person named in a run of
 * modifiers (names, titles, lower-case nouns, "of") right after a cue.
 * The run ends at punctuation, a preposition, a pronoun or a cue; a comma
 * after a head noun goes on to the person set beside it.  The mention,
 * or -1.
 */
static int
person_in_run(const struct doc *d, size_t p, size_t hi)
{
	size_t k, end = p + MOD_MAX;
	int mi, best = -1, past = 0, apposed = 0;

	for (k = p; k < hi && k < end; k++) {
		const struct tok *t = &d->t[k];

		/* "Moss's introducer": an owner is not the head. */
		if (t->kind == T_POSS && k > p) {
			past = 1;
			continue;
		}
		/* "Moss's introducer, actress Lena Ortiz": the
		 * person the head noun is set beside. */
		if (tok_punct(d, t, ',') && past) {
			best = -1;
			apposed = 1;
			continue;
		}
		/* "the Rev. Jane Roe": the point of a short title. */
		if (tok_punct(d, t, '.') && k > p && k + 1 < hi &&
		    cap_word(&d->t[k - 1]) &&
		    d->t[k - 1].e - d->t[k - 1].s <= 4 && d->t[k - 1].e == t->s)
			continue;
		if (t->inq >= 0 || t->kind != T_WORD || d->cue1[k] != (size_t)-1 ||
		    pron_class(t) || tok_is(d, t, "that"))
			break;
		if ((mi = t->ment) >= 0) {
			if (d->m[mi].type == QUOTE_E_PERSON) {
				best = mi;
				past = 0;
			} else
				past = 1;
			k = d->m[mi].t1;
			continue;
		}
		if (k == p && (tok_is(d, t, "the") || tok_is(d, t, "a")))
			continue;
		/* "secretary of state Jane Roe" */
		if (!(tok_is(d, t, "of") && k > p) && (t->cap ?
		    tag(t, WC_TIME) || tag(t, WC_NOT_NAME) : !t->low || tag(t, WC_PREP) ||
		    tag(t, WC_NOT_NAME) || tag(t, WC_TIME) || tag(t, WC_BETWEEN) || tag(t, WC_DET) ||
		    (t->e - t->s > 5 && d->buf[t->e - 2] == 'l' &&
		    d->buf[t->e - 1] == 'y')))
			break;
		past = 1;
	}
	/* "According to the Star, Lee said ...": set beside a noun, the
	 * person ends a phrase; a verb after it starts a clause. */
	if (apposed && best >= 0 && d->m[best].t1 + 1 < hi &&
	    d->t[d->m[best].t1 + 1].kind == T_WORD)
		return -1;
	/* "a Hale supporter": a name that is not the head. */
	return past ? -1 : best;
}

/*
 * "was asked by Fox moderator Jo Lee whether": the first person named in
 * the words from p, before any punctuation, not an owner.  The
 * mention, or -1.
 */
static int
agent_person(const struct doc *d, size_t p, size_t hi)
{
	size_t k;
	int mi, best = -1;

	/* The last person of a run of names and role nouns ("Fox
	 * Business moderator Jo Lee"). */
	for (k = p; k < hi && k < p + MOD_MAX; k++) {
		const struct tok *t = &d->t[k];

		if (t->inq >= 0 || t->kind != T_WORD || pron_class(t))
			break;
		if ((mi = t->ment) >= 0) {
			if (d->m[mi].t1 + 1 < hi &&
			    d->t[d->m[mi].t1 + 1].kind == T_POSS)
				return -1;
			if (d->m[mi].type == QUOTE_E_PERSON)
				best = mi;
			k = d->m[mi].t1;
			continue;
		}
		if (t->low && !tag(t, WC_PERSON_NOUN) && !tag(t, WC_TITLE) &&
		    !tag(t, WC_ORG_NOUN))
			break;
	}
	return best;
}

static int	digit_tok(const struct doc *, const struct tok *);

/* "six-million": a number word and a large unit joined by a hyphen. */
static int
count_hyphen(const struct doc *d, const struct tok *t)
{
	static const char *const count[] = { "two", "three", "four", "five",
	    "six", "seven", "eight", "nine", "ten", NULL };
	static const char *const big[] = { "hundred", "thousand", "million",
	    "billion", NULL };
	struct tok u = *t, v = *t;
	size_t k;

	for (k = t->s; k < t->e && d->buf[k] != '-'; k++)
		continue;
	if (k == t->s || k + 1 >= t->e)
		return 0;
	u.e = k;
	v.s = k + 1;
	return tok_in(d, &u, count) && tok_in(d, &v, big);
}

/*
 * "said two officials familiar with the talks", "said officials", "said
 * three people briefed on the plan": people counted or bare, after a cue
 * that ends the clause it reports.  Token k is a count and a person
 * noun, or a plural person noun.
 */
static int
counted_people(const struct doc *d, size_t k, size_t hi)
{
	static const char *const count[] = { "two", "three", "four", "five",
	    "six", "several", "many", "some", "other", NULL };
	const struct tok *t;

	if (k >= hi || d->t[k].inq >= 0 || d->t[k].kind != T_WORD ||
	    !d->t[k].low)
		return 0;
	t = &d->t[k];
	if (tok_in(d, t, count) || digit_tok(d, t) || count_hyphen(d, t)) {
		/* "two senior officials": over one adjective */
		if (++k < hi && d->t[k].kind == T_WORD && d->t[k].low &&
		    !tag(&d->t[k], WC_PERSON_NOUN) &&
		    !tok_is(d, &d->t[k], "people"))
			k++;
		t = &d->t[k];
		return k < hi && t->kind == T_WORD && t->low && t->inq < 0 &&
		    (tag(t, WC_PERSON_NOUN) || tok_is(d, t, "people"));
	}
	return tag(t, WC_PERSON_NOUN) && t->e - t->s > 3 &&
	    d->buf[t->e - 1] == 's';
}

/* "said one former senior agency official": a description after a cue. */
static int
desc_fwd(struct doc *d, size_t p, size_t hi, struct who *w)
{
	size_t k, s0 = p;
	const struct tok *t;

	if (p >= hi)
		return 0;
	t = &d->t[p];
	if (t->inq >= 0 || t->kind != T_WORD || !t->low ||
	    !(tag(t, WC_DET) || tok_is(d, t, "one") ||
	    counted_people(d, p, hi)) || tok_is(d, t, "that"))
		return 0;
	if (tok_is(d, t, "the"))
		s0 = p + 1;
	for (k = p + 1; k < hi && k < p + 7; k++) {
		size_t x = k + 1;
		int mi;

		t = &d->t[k];
		/* "the base chief known as Bob", "an academic named Eric
		 * Moss": the person named. */
		if (k > p + 1 && (tok_is(d, t, "named") || tok_is(d, t, "known")) &&
		    x + 1 < hi) {
			if (tok_is(d, &d->t[x], "as"))
				x++;
			if ((mi = d->t[x].ment) >= 0 && d->t[x].inq < 0 &&
			    d->m[mi].t0 == x) {
				who_ment(d, (size_t)mi, w);
				return 1;
			}
		}
		/* "one of those advisers" */
		if (k == p + 1 && tok_is(d, t, "of") && !tok_is(d, &d->t[p], "the") &&
		    !tok_is(d, &d->t[p], "a") && !tok_is(d, &d->t[p], "an"))
			continue;
		if (k == p + 2 && tok_is(d, &d->t[p + 1], "of") && tag(t, WC_DET) &&
		    t->inq < 0)
			continue;
		if (t->kind != T_WORD || t->inq >= 0 ||
		    (t->cue != NULL && k > p + 1) || tag(t, WC_PREP) || tag(t, WC_NOT_NAME))
			break;
		/* "read a banner unfurled in the gallery": a participle
		 * after the noun (not "a newly elected mayor", nor "a fact
		 * sheet lawmakers released", a clause with its subject). */
		if (k > p + 1 && t->low && ed_form(d, t, 3) &&
		    !tag(t, WC_PERSON_NOUN) && !ly_adverb(d, &d->t[k - 1]) &&
		    !tag(&d->t[k - 1], WC_PERSON_NOUN) &&
		    !tag(&d->t[k - 1], WC_ORG_NOUN))
			break;
	}
	/* "a report by the Electoral Commission": the author. */
	if (k < hi && (tok_is(d, &d->t[k], "by") || tok_is(d, &d->t[k], "from"))) {
		size_t x;

		for (x = k + 1; x < hi && x < k + 3; x++)
			if (d->t[x].ment >= 0 && d->t[x].inq < 0) {
				who_ment(d, (size_t)d->t[x].ment, w);
				return 1;
			}
	}
	if (k <= s0 || k == p + 1)
		return 0;
	k = desc_pp(d, k - 1) + 1;
	who_words(d, s0, p, k - 1, w);
	return 1;
}

/* Tokens of a relative clause that a description takes in. */
#define REL_MAX		16

/* Words after a source that say which one it is ("a source familiar
 * with the talks", "a person close to the campaign"), and the most
 * tokens from the preposition to the cue. */
#define NEAR_NP		8
/* Words after a source that say which one it is ("a source familiar
 * with the talks", "a person close to the campaign"). */
static const char *const near_words[] = { "familiar", "close", "involved",
    "briefed", "knowledgeable", "privy", NULL };

/*
 * '"...," said a former official who ran the inquiry.', "an aide who
 * has run the numbers argues": a relative clause after a description
 * with no comma before "who" says which one is meant, and the
 * description goes on to the clause's end (a mark, "and" before a
 * second verb, the sentence's end or, with p, token p).  w is a
 * description ending in a lower-case word; a name stays as it is.
 */
static void
desc_rel(struct doc *d, struct who *w, size_t p, size_t hi)
{
	size_t r, k, e;

	/* "a source familiar with the talks", "a person close to the
	 * campaign": which source it is. */
	if (w->name != NULL && w->group < 0 && w->person != 1 && w->me != 0 &&
	    (r = tok_at(d, w->me - 1)) + 3 < hi && d->t[r].low) {
		if (tag(&d->t[r], WC_PERSON_NOUN) && tok_in(d, &d->t[r + 1], near_words))
			r++;
		if (tok_in(d, &d->t[r], near_words) && tag(&d->t[r - 1], WC_PERSON_NOUN) &&
		    tag(&d->t[r + 1], WC_PREP) && d->t[r + 1].low &&
		    d->t[r + 2].sent == d->t[r].sent &&
		    (e = of_np(d, r + 2)) != (size_t)-1 && e < hi &&
		    (p == (size_t)-1 || e < p)) {
			w->len = d->t[e].e - (size_t)(w->name - d->buf);
			w->me = d->t[e].e;
		}
	}
	if (w->name == NULL || w->group >= 0 || w->person == 1 ||
	    w->me == 0 || (r = tok_at(d, w->me - 1)) + 2 >= hi ||
	    !d->t[r].low || !tok_is(d, &d->t[r + 1], "who") ||
	    d->t[r + 1].inq >= 0)
		return;
	for (k = r + 2, e = r + 1; k < hi && k < r + 2 + REL_MAX; k++) {
		const struct tok *t = &d->t[k];

		if (k == p || t->inq >= 0 || t->kind == T_QUOTE ||
		    (t->kind == T_PUNCT && !tok_punct(d, t, '-') &&
		    !tok_punct(d, t, '@')))
			break;
		/* "who ran the inquiry and described it as": the second
		 * verb is the cue's own. */
		if (t->kind == T_WORD && (tok_is(d, t, "and") ||
		    tok_is(d, t, "but")) && k + 1 < hi && d->t[k + 1].cue != NULL)
			break;
		e = k;
	}
	/* Before a cue (p) the clause must run up to it. */
	if (e < r + 2 || (k == r + 2 + REL_MAX && k < hi && k != p) ||
	    (p != (size_t)-1 && k != p))
		return;
	/* "who run the firms mostly say": not the adverb; "a figure who
	 * can argue", "who won by arguing": the cue is the clause's. */
	while (e > r + 2 && skippable(d, &d->t[e]))
		e--;
	if (d->t[e].kind != T_WORD || tag(&d->t[e], WC_PREP) ||
	    aux_word(d, &d->t[e]) || skippable(d, &d->t[e]))
		return;
	w->len = d->t[e].e - (size_t)(w->name - d->buf);
	w->me = d->t[e].e;
}

/* Words of a time adjunct between a subject and its cue ("on Monday"). */
#define TIME_ADJ	4

/*
 * "Lee on Monday said", "who in 2010 said", "Moss during a visit last
 * week said": a time adjunct that ends at token p (exclusive) sits between
 * a subject and its cue.  Its first token, or p when there is none.
 */
static size_t
time_back(const struct doc *d, size_t p, size_t lo)
{
	size_t k = p, n;
	int time = 0;

	for (n = 0; k > lo && n < TIME_ADJ; n++) {
		const struct tok *t = &d->t[k - 1];
		size_t len = t->e - t->s;

		if (t->inq >= 0 || t->kind != T_WORD || t->cue != NULL)
			break;
		/* A year: four digits. */
		if (tag(t, WC_TIME) || (len == 4 &&
		    uc_is_digit((unsigned char)d->buf[t->s]) &&
		    uc_is_digit((unsigned char)d->buf[t->e - 1]))) {
			time = 1;
			k--;
			continue;
		}
		/* A day by its month: "on Oct. 21 said", "on 21 October". */
		if (len <= 2 && uc_is_digit((unsigned char)d->buf[t->s]) &&
		    uc_is_digit((unsigned char)d->buf[t->e - 1]) &&
		    ((k - 1 > lo && tag(&d->t[k - 2], WC_TIME)) ||
		    (time && tag(&d->t[k], WC_TIME)))) {
			k--;
			continue;
		}
		if (time && t->low && tag(t, WC_DET)) {
			k--;
			continue;
		}
		break;
	}
	if (!time)
		return p;
	if (k > lo && d->t[k - 1].low && tag(&d->t[k - 1], WC_PREP))
		k--;
	/* The adjunct must follow something: a subject to skip to. */
	return k > lo ? k : p;
}

/* Tokens of a prepositional phrase between a subject and its cue. */
#define PP_ADJ		7

/*
 * "Lee in his opening speech called", "Moss at a rally in Ohio said": a
 * prepositional phrase that ends at token p (exclusive) sits between a
 * subject (a name, a role noun or "he") and its cue.  Its first token,
 * or p when there is none.
 */
static size_t
pp_back(const struct doc *d, size_t p, size_t lo)
{
	size_t k, n, x;

	/* "Lee said", "he said": no phrase (the common case, first). */
	if (p < lo + 3 || pron_class(&d->t[p - 1]) || (d->t[p - 1].ment >= 0 &&
	    d->m[d->t[p - 1].ment].type == QUOTE_E_PERSON))
		return p;
	for (k = p, n = 0; k > lo + 1 && n < PP_ADJ; k--, n++) {
		const struct tok *t = &d->t[k - 1], *s = &d->t[k - 2];
		int mi;

		/* "in his announcement speech": nouns that are cues. */
		if (t->kind == T_WORD && t->cue != NULL && t->inq < 0 &&
		    (strchr(t->cue, 'N') != NULL || tag(s, WC_DET) ||
		    poss_pron(d, s) || s->kind == T_POSS))
			continue;
		if (t->inq >= 0 || (t->kind != T_WORD && t->kind != T_POSS) ||
		    (t->kind == T_WORD && (t->cue != NULL ||
		    tag(t, WC_TIME) || tok_is(d, t, "who") || tok_is(d, t, "that") ||
		    tok_is(d, t, "and") || tok_is(d, t, "but"))))
			return p;
		if (k == p || !t->low || !tag(t, WC_PREP) || tok_is(d, t, "of") ||
		    tok_is(d, t, "to") || tok_is(d, t, "for") ||
		    tok_is(d, t, "by") || d->t[k].kind != T_WORD)
			continue;
		if (s->inq >= 0 || s->kind != T_WORD)
			return p;
		if (!(((mi = s->ment) >= 0 && d->m[mi].t1 == k - 2 &&
		    (d->m[mi].type == QUOTE_E_PERSON ||
		    d->m[mi].type == QUOTE_E_ORG)) || subj_pron(d, s) ||
		    ((s->low || k - 2 == lo) && (tag(s, WC_PERSON_NOUN) ||
		    tag(s, WC_ORG_NOUN)))))
			continue;
		/* The subject opens its clause ("to block Lee from the
		 * race say" has Lee as an object). */
		n = np_back(d, k - 2, lo);
		if (!(n == lo || tok_punct(d, &d->t[n - 1], ',') ||
		    d->t[n - 1].kind == T_QUOTE || tok_in(d, &d->t[n - 1],
		    clause_openers)))
			return p;
		/* No verb in the phrase. */
		for (x = k; x < p; x++)
			if (d->t[x].cue == NULL && finite_verb(d, &d->t[x]))
				return p;
		return k - 1;
	}
	return p;
}

/* Modal verbs: a report after one is a prediction, not a quote. */
static const char *const modals[] = { "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", NULL };

/* Determiners that stand alone as a subject ("Several said"). */
static const char *const quantifiers[] = { "many", "several", "some",
    "most", "both", "all", "few", "another", NULL };

/* Verbs before an -ing cue whose subject is the cue's. */
static const char *const aspect_verbs[] = { "kept", "keeps", "keep",
    "started", "starts", "began", "begins", "continued", "continues",
    "stopped", "went", "goes", "spent", NULL };

/*
 * "Lee went on to say", "Lee continued to argue", "Lee has tried to
 * explain": a verb whose subject is the cue's, then "to", ending at
 * token p (exclusive).  Its first token, or p.
 */
static size_t
verb_to_back(const struct doc *d, size_t p, size_t lo)
{
	static const char *const verbs[] = { "went", "goes", "go",
	    "continued", "continues", "continue", "began", "begins",
	    "decided", "tried", "tries", "wanted", "wants", "seemed", "seems",
	    "appeared", "appears", "used", "hoped", "planned", "plans",
	    "sought", "seeks", "rushed", "reported", "said", "believed",
	    "likes", "liked", "loves", "loved",
	    NULL };
	size_t k = p;

	if (k < lo + 3 || !tok_is(d, &d->t[k - 1], "to"))
		return p;
	k--;
	if (tok_is(d, &d->t[k - 1], "on"))
		k--;
	if (k > lo + 1 && d->t[k - 1].inq < 0 && tok_in(d, &d->t[k - 1], verbs))
		return k - 1;
	return p;
}

/*
 * The "who" of a relative clause that ends at token p (exclusive): looking
 * back at most NP_MAX * 2 tokens, past the sentence's first token lo,
 * stopping at a quote, a semicolon or, with cues, a cue word.  Its token,
 * or (size_t)-1.
 */
static size_t	rel_back(const struct doc *, size_t, size_t, int, const char *);

static size_t
who_back(const struct doc *d, size_t p, size_t lo, int cues)
{
	return rel_back(d, p, lo, cues, "who");
}

/* who_back() for the relative pronoun rel ("who", "which"). */
static size_t
rel_back(const struct doc *d, size_t p, size_t lo, int cues, const char *rel)
{
	size_t k, n;

	for (k = p, n = 0; k > lo + 1 && n < NP_MAX * 2; k--, n++) {
		const struct tok *t = &d->t[k - 1];

		if (t->inq >= 0 || t->kind == T_QUOTE || tok_punct(d, t, ';') ||
		    (cues && t->kind == T_WORD && t->cue != NULL))
			return (size_t)-1;
		if (tok_is_n(d, t, rel, strlen(rel)))
			return k - 1;
	}
	return (size_t)-1;
}

static int	digit_tok(const struct doc *, const struct tok *);

/* Token t opens a US politician's party and state ("R-Texas", "D-Calif."). */
static int
party_tok(const struct doc *d, const struct tok *t)
{
	const char *w = d->buf + t->s;

	return t->kind == T_WORD && t->e - t->s >= 3 &&
	    (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' &&
	    w[2] >= 'A' && w[2] <= 'Z';
}

/*
 * "Ana Moss, who served as mayor when the plan was made, conceded":
 * the person a long relative clause before the cue hangs on (p is the
 * comma before the cue); after "which" (rel), the organisation or country
 * ("The Tanners' Union, which represents 900 workers, said").  The
 * mention, or -1.
 */
static int
rel_subject(const struct doc *d, size_t p, size_t lo, const char *rel)
{
	size_t k = rel_back(d, p, lo, 0, rel), x;
	int mi, which = strcmp(rel, "which") == 0;

	/* Not a "who" on the sentence's first two tokens: a person and a
	 * comma come before it. */
	if (k == (size_t)-1 || k < lo + 2 || !tok_punct(d, &d->t[k - 1], ','))
		return -1;
	/* "Ann Lee, 52, who ...": past an age between commas; "Sen. Ann
	 * Lee, R-Texas, who ...": past a party and state. */
	if (!which && k >= lo + 4 && digit_tok(d, &d->t[k - 2]) &&
	    tok_punct(d, &d->t[k - 3], ','))
		k -= 2;
	else if (!which && k >= lo + 4)
		for (x = k - 2; x > lo + 1 && x + 4 > k; x--)
			if (tok_punct(d, &d->t[x - 1], ',')) {
				if (party_tok(d, &d->t[x]))
					k = x;
				break;
			}
	if ((mi = d->t[k - 2].ment) < 0 || d->m[mi].t1 != k - 2 ||
	    (which ? d->m[mi].type == QUOTE_E_PERSON :
	    d->m[mi].type != QUOTE_E_PERSON))
		return -1;
	return mi;
}

/*
 * Do the words from k to the end of the sentence make a noun phrase with
 * no verb of its own ("..., said the company's chief executive, Jo Roe.")?
 */
static int
np_to_end(const struct doc *d, size_t k, size_t hi)
{
	size_t k0 = k;

	if (k >= hi || !(tag(&d->t[k], WC_DET) || poss_pron(d, &d->t[k])) ||
	    tok_is(d, &d->t[k], "that"))
		return 0;
	for (; k < hi && !sent_end_punct(d, &d->t[k]); k++) {
		const struct tok *t = &d->t[k];

		if (t->inq >= 0 || (t->kind == T_PUNCT && !tok_punct(d, t, ',')) ||
		    finite_verb(d, t) || t->cue != NULL || tok_is(d, t, "who") ||
		    tok_is(d, t, "which") || (tok_is(d, t, "that") && k > k0))
			return 0;
		/* "the findings fit a wider pattern": a second article
		 * straight after a plain word follows a verb the lexicon
		 * does not know, not the phrase ("the head of the group",
		 * "the mayor and the sheriff"). */
		if (k > k0 + 1 && t->kind == T_WORD && t->low &&
		    (tok_is(d, t, "a") || tok_is(d, t, "an") ||
		    tok_is(d, t, "the")) && d->t[k - 1].kind == T_WORD &&
		    d->t[k - 1].low && !tag(&d->t[k - 1], WC_PREP) &&
		    !tag(&d->t[k - 1], WC_DET) &&
		    !tok_is(d, &d->t[k - 1], "and") &&
		    !tok_is(d, &d->t[k - 1], "or"))
			return 0;
	}
	return 1;
}

/*
 * "..., said two people who lost their jobs.": a few words from k, then a
 * relative clause that runs to the sentence's end with no comma, quote or
 * cue in it: it describes the speaker those words name.
 */
static int
rel_to_end(const struct doc *d, size_t k, size_t hi)
{
	size_t k0 = k;

	while (k < hi && k < k0 + 4 && d->t[k].kind == T_WORD &&
	    d->t[k].inq < 0 && !tok_is(d, &d->t[k], "who"))
		k++;
	if (k >= hi || !d->t[k].low || !tok_is(d, &d->t[k], "who"))
		return 0;
	for (k++; k < hi && !sent_end_punct(d, &d->t[k]); k++)
		if (d->t[k].inq >= 0 || tok_punct(d, &d->t[k], ',') ||
		    d->t[k].cue != NULL)
			return 0;
	return 1;
}

static size_t	time_phrase(const struct doc *, size_t, size_t);

/* Words of the phrase after "according to" taken as written. */
#define ACC_MAX		12

/*
 * "according to calculations by Ann Lee", "according to exit polls,",
 * "according to Farm Bureau pool reports,": the author after "by", or a
 * phrase that ends in a lower-case noun, as written, when a comma or the
 * sentence's end closes it.
 */
static int
acc_phrase(struct doc *d, size_t p, size_t hi, struct who *w)
{
	size_t e, k, s0 = p;
	int mi;

	for (e = p; e < hi && e < p + ACC_MAX; e++) {
		const struct tok *t = &d->t[e];
		size_t x = e + (e > p && tok_is(d, t, "on")), tp;

		if (t->inq >= 0 || t->kind == T_QUOTE || tok_punct(d, t, ',') ||
		    sent_end_punct(d, t))
			break;
		if (t->kind != T_WORD && t->kind != T_POSS)
			return 0;
		/* "according to a report on Tuesday": the time closing
		 * the phrase is the report's, not part of its name. */
		if (x > e && (tp = time_phrase(d, x, hi)) > x && (tp == hi ||
		    tok_punct(d, &d->t[tp], ',') || sent_end_punct(d, &d->t[tp])))
			break;
	}
	for (k = p + 1; k + 1 < e; k++)
		if ((tok_is(d, &d->t[k], "by") || tok_is(d, &d->t[k], "from")) &&
		    (mi = d->t[k + 1].ment) >= 0 && d->m[mi].t0 == k + 1 &&
		    d->m[mi].type == QUOTE_E_PERSON) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
	/* "according to documents seen by the Guardian": a thing and
	 * who saw it, as written. */
	for (k = p + 2; k + 1 < e; k++)
		if (tok_is(d, &d->t[k], "by") && d->t[k - 1].low &&
		    (ed_form(d, &d->t[k - 1], 2) || lex_verb(d, &d->t[k - 1]) ||
		    (d->t[k - 1].e - d->t[k - 1].s > 3 &&
		    d->buf[d->t[k - 1].e - 2] == 'e' &&
		    d->buf[d->t[k - 1].e - 1] == 'n')) &&
		    d->t[k - 2].low && d->t[p].low && e < hi &&
		    d->t[e].inq < 0 && d->t[e].kind != T_QUOTE &&
		    (d->t[e - 1].ment >= 0 || d->t[e - 1].cap)) {
			if (tok_is(d, &d->t[s0], "the"))
				s0++;
			who_words(d, s0, p, e - 1, w);
			return 1;
		}
	if (e == p || e == hi || e == p + ACC_MAX || d->t[e].inq >= 0 ||
	    d->t[e].kind == T_QUOTE)
		return 0;
	if (!d->t[e - 1].low || d->t[e - 1].ment >= 0 || tag(&d->t[e - 1], WC_PREP) ||
	    pron_class(&d->t[e - 1]) || tag(&d->t[e - 1], WC_NOT_NAME))
		return 0;
	if (tok_is(d, &d->t[s0], "the") && s0 + 1 < e)
		s0++;
	who_words(d, s0, p, e - 1, w);
	return 1;
}

static int	rel_desc_x(struct doc *, size_t, size_t, struct who *, int);

/*
 * "a White House official who spoke anonymously said", "one of those
 * advisers, who spoke on the condition of anonymity, said": the
 * description a relative clause before the cue (ending at token p,
 * exclusive) hangs on.
 */
static int
rel_desc(struct doc *d, size_t p, size_t lo, struct who *w)
{
	return rel_desc_x(d, p, lo, w, 1);
}

/* rel_desc(); cues: the clause holds no cue word. */
static int
rel_desc_x(struct doc *d, size_t p, size_t lo, struct who *w, int cues)
{
	size_t k = who_back(d, p, lo, cues), k2;
	int mi;

	if (k == (size_t)-1)
		return 0;
	if (tok_punct(d, &d->t[k - 1], ','))
		k--;
	/* "A woman who saw it, who asked not to be named, said": the
	 * person noun that the first relative clause hangs on. */
	if (k < p && tok_punct(d, &d->t[k], ',') &&
	    (k2 = who_back(d, k, lo, 1)) != (size_t)-1 && k2 > lo &&
	    d->t[k2 - 1].low && tag(&d->t[k2 - 1], WC_PERSON_NOUN) &&
	    words_between(d, k2, k - 1) == k - k2 &&
	    desc_back_x(d, k2, lo, w, 1)) {
		w->len = d->t[k - 1].e - (size_t)(w->name - d->buf);
		w->me = d->t[k - 1].e;
		return 1;
	}
	if (!(k > lo && d->t[k - 1].kind == T_WORD &&
	    d->t[k - 1].low && desc_back_x(d, k, lo, w, 1)))
		return 0;
	desc_rel(d, w, p, d->slast[d->t[k].sent]);
	/* "Braynard, a South Carolina native who writes": the person the
	 * description is set beside. */
	k = tok_at(d, w->ms);
	if (k > lo && tok_is(d, &d->t[k - 1], "the"))
		k--;
	if (k > lo + 1 && tok_punct(d, &d->t[k - 1], ',') &&
	    (mi = d->t[k - 2].ment) >= 0 &&
	    d->m[mi].type == QUOTE_E_PERSON && d->m[mi].t1 == k - 2 &&
	    d->t[k - 2].inq < 0)
		who_ment(d, (size_t)mi, w);
	return 1;
}

/*
 * "Her economic plan promises", "the senator's answer was that": a
 * subject that is a thing (no person noun), owned by "his", "her" or
 * X's, at the start of its clause, speaks for its owner; the owner is
 * the speaker.  p is the token after the phrase.  Found or not.
 */
static int
poss_owner(struct doc *d, size_t p, size_t lo, int backward, struct who *w)
{
	/* Things that carry their owner's words or views. */
	static const char *const says[] = { "plan", "plans", "answer",
	    "claim", "assertion", "argument", "response", "reply", "ad",
	    "ads", "book", "memoir", "website", "site", "account", "platform",
	    "proposal", "prediction", "position", "view", "speech", "remarks",
	    "comments", "words", "message", "letter", "statement", "email",
	    "tweet", "memo", "report", "agenda", "pitch", "point",
	    "assumption", "page", "feed", "blog", "column", NULL };
	size_t k, b;
	int pc = 0;

	/* "X's recent claim that": a noun cue is its own thing. */
	if (p > lo && d->t[p].cue != NULL && strchr(d->t[p].cue, 'N') &&
	    p + 1 < d->slast[d->t[p].sent])
		p++;
	if (p == lo || !(tok_in(d, &d->t[p - 1], says) ||
	    (d->t[p - 1].cue != NULL && strchr(d->t[p - 1].cue, 'N'))))
		return 0;
	for (k = p; k > lo && k + 4 > p; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->inq >= 0 || t->kind == T_POSS || poss_pron(d, t))
			break;
		if (k == p)
			continue;	/* the head, a cue or not */
		/* "her Twitter account": a name that is no person's. */
		if (t->kind == T_WORD && t->cap && t->ment >= 0 &&
		    d->m[t->ment].type != QUOTE_E_PERSON &&
		    d->m[t->ment].t0 == d->m[t->ment].t1)
			continue;
		if (t->kind != T_WORD || !t->low || t->cue != NULL ||
		    t->ment >= 0 || tag(t, WC_PREP) || tag(t, WC_DET) ||
		    pron_class(t) || tag(t, WC_BETWEEN) ||
		    tag(t, WC_PERSON_NOUN) || tag(t, WC_ORG_NOUN))
			return 0;
	}
	if (k == p || k == lo || d->t[k - 1].inq >= 0)
		return 0;
	if (d->t[k - 1].kind == T_POSS) {
		if (k - 1 == lo || !np_tok(d, k - 2))
			return 0;
		b = np_back(d, k - 2, lo);
	} else {
		b = k - 1;
		pc = pron_class(&d->t[b]);
		if (pc != 'M' && pc != 'F')
			return 0;
	}
	/* At the start of its clause. */
	if (b > lo && !tok_punct(d, &d->t[b - 1], ',') &&
	    !((d->t[b - 1].low || b - 1 == lo) &&
	    (tok_is(d, &d->t[b - 1], "that") ||
	    tok_is(d, &d->t[b - 1], "and") || tok_is(d, &d->t[b - 1], "but"))))
		return 0;
	if (d->t[k - 1].kind == T_POSS)
		return np_speaker(d, b, k - 2, backward, w);
	memset(w, 0, sizeof(*w));
	w->group = -1;
	w->ms = d->t[b].s;
	w->me = d->t[b].e;
	return resolve_pron(d, b, pc, backward, w);
}

/*
 * "Jo Lee, who ran and who worked the crowd, praising ...": an -ing cue
 * at c0 set off by a comma right after a relative clause on a person is
 * that person's.  ("Lee left as the police arrived, saying" is Lee's:
 * not after "as", "when", "while".)  Found or not.
 */
static int
ing_clause(struct doc *d, size_t c0, struct who *w)
{
	size_t lo = d->sfirst[d->t[c0].sent], k, j, n;
	int mi;

	if (c0 < lo + 3 || !tok_punct(d, &d->t[c0 - 1], ','))
		return 0;
	for (k = c0 - 1, n = 0; k > lo + 1 && n < SUB_BACK; k--, n++) {
		const struct tok *t = &d->t[k - 1];

		if (t->inq >= 0 || t->kind != T_WORD || t->cue != NULL)
			return 0;
		if (t->low && tok_is(d, t, "who")) {
			/* The person the first "who" of the chain follows. */
			for (j = k - 1; j > lo + 1 && j + 2 * REL_BACK > k; j--)
				if (tok_is(d, &d->t[j], "who") &&
				    tok_punct(d, &d->t[j - 1], ',') &&
				    (mi = d->t[j - 2].ment) >= 0 &&
				    d->m[mi].t1 == j - 2 &&
				    d->m[mi].type == QUOTE_E_PERSON) {
					who_ment(d, (size_t)mi, w);
					return 1;
				}
			return 0;
		}
	}
	return 0;
}

static int	opening_gerund(const struct doc *, size_t);
static int	opening_participle(struct doc *, size_t, size_t, struct who *,
		    size_t *);

/*
 * The speaker of the cue c0..c1.  Set *inverted when the speaker follows
 * the cue ("said Tom Reyes").
 */
static int
cue_speaker_x(struct doc *, size_t, size_t, int, struct who *, int *);

/* Is token k the whole mention of a person, outside quotes? */
static int
lone_person(const struct doc *d, size_t k0, size_t k1)
{
	int mi = d->t[k0].ment;

	return mi >= 0 && d->m[mi].type == QUOTE_E_PERSON &&
	    d->m[mi].t0 == k0 && d->m[mi].t1 == k1 && d->t[k0].inq < 0;
}

/*
 * "Hale and Moss issued a statement saying", "Hale and Moss said": two
 * people speak together.  The speaker is both, as written, when the
 * person found is one of two names joined by "and" (not after a
 * preposition: "met with Hale and Moss").
 */
static void
pair_speaker(struct doc *d, struct who *w)
{
	size_t k0, k1, f, l;
	int mi;

	if (w->name == NULL || w->group < 0 || w->me <= w->ms)
		return;
	k0 = tok_at(d, w->ms);
	k1 = tok_at(d, w->me - 1);
	if (k0 >= d->nt || k1 >= d->nt || !lone_person(d, k0, k1))
		return;
	if (k0 >= 2 && tok_is(d, &d->t[k0 - 1], "and") &&
	    (mi = d->t[k0 - 2].ment) >= 0 &&
	    lone_person(d, d->m[mi].t0, k0 - 2)) {
		f = d->m[mi].t0;
		l = k1;
	} else if (k1 + 2 < d->nt && tok_is(d, &d->t[k1 + 1], "and") &&
	    (mi = d->t[k1 + 2].ment) >= 0 &&
	    lone_person(d, k1 + 2, d->m[mi].t1)) {
		f = k0;
		l = d->m[mi].t1;
	} else
		return;
	if (d->t[f].sent != d->t[l].sent || (f > d->sfirst[d->t[f].sent] &&
	    (tag(&d->t[f - 1], WC_PREP) || tok_is(d, &d->t[f - 1], "and") ||
	    tok_punct(d, &d->t[f - 1], ','))))
		return;
	w->name = d->buf + d->t[f].s;
	w->len = d->t[l].e - d->t[f].s;
	w->ms = d->t[f].s;
	w->me = d->t[l].e;
	w->person = 1;
	w->group = -1;
	w->both = 1;
}

/*
 * "Mrs Hale said ... '...,' the grandmother added": "the" and one person
 * noun that tells a sex ("the grandmother", "the actress") is the last
 * person of that sex who spoke, in the sentence or the few before it.
 * Not "the woman", "the man": those bring someone new.
 */
static void
desc_same_speaker(struct doc *d, struct who *w)
{
	size_t k, si, s;
	int sex, mi;
	const struct who *o;

	if (w->name == NULL || w->group >= 0 || w->person != -1)
		return;
	k = tok_at(d, w->ms);
	if (k + 1 >= d->nt || !tok_is(d, &d->t[k], "the") ||
	    d->t[k + 1].e != w->me || tok_is(d, &d->t[k + 1], "woman") ||
	    tok_is(d, &d->t[k + 1], "man") || (sex = desc_sex(d, w)) == 0)
		return;
	si = d->t[k].sent;
	for (s = si + 1; s-- > 0 && s + DESC_BACK >= si;) {
		o = &d->sspk[s];
		if (o->name != NULL && o->group >= 0 &&
		    gender_ok(d, o->group, sex)) {
			w->name = o->name;
			w->len = o->len;
			w->person = o->person;
			w->group = o->group;
			return;
		}
	}
	if ((mi = sent_subject(d, si, k, 1)) >= 0 && d->m[mi].group >= 0 &&
	    gender_ok(d, d->m[mi].group, sex)) {
		size_t ms = w->ms, me = w->me;

		who_ment(d, (size_t)mi, w);
		w->ms = ms;
		w->me = me;
	}
}

static int
cue_speaker(struct doc *d, size_t c0, size_t c1, int backward, struct who *w,
    int *inverted)
{
	size_t k;

	/* "Ministers accused of 'betraying' towns": a passive, its
	 * subject the accused, not the accuser. */
	if (d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'F') != NULL &&
	    c1 + 1 < d->nt && tok_is(d, &d->t[c1 + 1], "of")) {
		memset(w, 0, sizeof(*w));
		w->group = -1;
		*inverted = 0;
		return 0;
	}
	if (!cue_speaker_x(d, c0, c1, backward, w, inverted))
		return 0;
	desc_same_speaker(d, w);
	pair_speaker(d, w);
	/* "the 24-year-old striker said": the person named last, as a
	 * pronoun would be. */
	if (w->name == NULL || w->group >= 0 || w->person == 0 ||
	    w->ms != (size_t)(w->name - d->buf))
		return 1;
	k = tok_at(d, w->ms);
	/* The description may start at the noun after the age. */
	if (k > 1 && k < d->nt && !age_word(d, &d->t[k]) &&
	    age_word(d, &d->t[k - 1]))
		k--;
	if (k > 0 && k < d->nt && age_word(d, &d->t[k]) &&
	    tok_is(d, &d->t[k - 1], "the")) {
		struct who r = *w;

		if (resolve_pron(d, k - 1, 'P', backward, &r))
			*w = r;
	}
	return 1;
}

/* Is there a finite verb among the words from..to ("The talks will
 * resume" before ", said two officials"; none in "Lee, a supporter,")? */
static int
verb_in(const struct doc *d, size_t from, size_t to)
{
	for (; from < to; from++)
		if (d->t[from].kind == T_WORD && d->t[from].low &&
		    d->t[from].inq < 0 && lex_verb(d, &d->t[from]))
			return 1;
	return 0;
}

/* An auxiliary or a verb in -ed between from and to (outside quotes)? */
static int
aux_in(const struct doc *d, size_t from, size_t to)
{
	for (; from < to; from++)
		if (d->t[from].kind == T_WORD && d->t[from].low &&
		    d->t[from].inq < 0 && (aux_word(d, &d->t[from]) ||
		    ed_form(d, &d->t[from], 3)))
			return 1;
	return 0;
}

/*
 * "The plan, said two senior officials, would cost ...": the words from
 * k close at a comma within a few words, and a verb follows it.
 */
static int
aside_closes(const struct doc *d, size_t k, size_t hi)
{
	size_t e;

	for (e = k; e < hi && e < k + ASIDE_WORDS && d->t[e].kind == T_WORD;
	    e++)
		continue;
	return e + 1 < hi && e > k && tok_punct(d, &d->t[e], ',') &&
	    d->t[e + 1].kind == T_WORD && d->t[e + 1].low &&
	    d->t[e + 1].inq < 0 && (aux_word(d, &d->t[e + 1]) ||
	    lex_verb(d, &d->t[e + 1]));
}

static int
cue_speaker_x(struct doc *d, size_t c0, size_t c1, int backward, struct who *w,
    int *inverted)
{
	size_t si = d->t[c0].sent, lo = d->sfirst[si], hi = d->slast[si];
	size_t p, r0, a0, a1, n, pp = (size_t)-1;
	int after_ok, obj, mi, inner, raised = 0;

	*inverted = 0;
	memset(w, 0, sizeof(*w));
	w->group = -1;
	after_ok = c1 + 1 < hi && d->t[c1 + 1].inq < 0 &&
	    !tok_is(d, &d->t[c1 + 1], "that") &&
	    (np_tok(d, c1 + 1) && !tag(&d->t[c1 + 1], WC_HE) &&
	    !tag(&d->t[c1 + 1], WC_SHE) && !tag(&d->t[c1 + 1], WC_THEY) &&
	    !tag(&d->t[c1 + 1], WC_IT) ? 1 : subj_pron(d, &d->t[c1 + 1]) ||
	    counted_people(d, c1 + 1, hi));
	/* 'Calling the plan "a mess," Hale voted no': the subject after
	 * the participle's phrase. */
	if (c0 <= lo + GERUND_BACK && opening_participle(d, c0, c1, w, &a0))
		return w->name != NULL;
	if (tok_is(d, &d->t[c0], "according")) {
		*inverted = 1;
		if ((mi = person_in_run(d, c1 + 1, hi)) >= 0) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
		if (acc_phrase(d, c1 + 1, hi, w))
			return 1;
		/* "According to him, ...": the one he stands for. */
		if (c1 + 1 < hi && d->t[c1 + 1].low && !poss_pron(d, &d->t[c1 + 1]) &&
		    (tok_is(d, &d->t[c1 + 1], "him") ||
		    tok_is(d, &d->t[c1 + 1], "her") ||
		    tok_is(d, &d->t[c1 + 1], "them")))
			return np_speaker(d, c1 + 1, c1 + 1, 1, w) &&
			    w->name != NULL;
		if ((after_ok &&
		    np_speaker(d, c1 + 1, np_fwd(d, c1 + 1, hi), 1, w)) ||
		    desc_fwd(d, c1 + 1, hi, w)) {
			desc_rel(d, w, (size_t)-1, hi);
			return 1;
		}
		return 0;
	}
	/* "X said in a statement that": a noun cue after "in a" is the
	 * verb's, and so is its speaker. */
	if (c0 > lo + 3 && d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'N') &&
	    (tag(&d->t[c0 - 1], WC_DET) || poss_pron(d, &d->t[c0 - 1])) &&
	    tok_is(d, &d->t[c0 - 2], "in") &&
	    (a0 = d->prevcue[c0 - 3]) != (size_t)-1 && a0 + 6 > c0 &&
	    a0 >= lo && d->cue1[a0] < c0 - 2)
		return cue_speaker(d, a0, d->cue1[a0], backward, w, inverted);
	p = c0;
	for (;;) {
		while (p > lo && skippable(d, &d->t[p - 1])) {
			p--;
			/* "X was asked": a passive names no speaker, but
			 * its agent does ("X was asked by host Jo Lee"). */
			if (!ing_word(d, &d->t[c0]) && !raised &&
			    (tok_is(d, &d->t[p], "was") ||
			    tok_is(d, &d->t[p], "were") || tok_is(d, &d->t[p], "is") ||
			    tok_is(d, &d->t[p], "are") || tok_is(d, &d->t[p], "been"))) {
				if (c1 + 2 < hi && tok_is(d, &d->t[c1 + 1], "by") &&
				    (mi = agent_person(d, c1 + 2, hi)) >= 0) {
					who_ment(d, (size_t)mi, w);
					return 1;
				}
				return 0;
			}
		}
		/* "Lee went on to say": over the verb before "to". */
		if ((n = verb_to_back(d, p, lo)) != p) {
			/* "Lee is reported to have called": "is" is no
			 * passive of the cue. */
			raised = tok_is(d, &d->t[n], "reported") ||
			    tok_is(d, &d->t[n], "said") ||
			    tok_is(d, &d->t[n], "believed");
			p = n;
			continue;
		}
		/* "Lee kept asking", "Lee started saying". */
		if (p == c0 && p > lo + 1 && ing_word(d, &d->t[c0]) &&
		    tok_in(d, &d->t[p - 1], aspect_verbs)) {
			p--;
			continue;
		}
		/* "Lee in a speech called": over a phrase, before a
		 * finite cue ("Parents in the town have vowed"). */
		if ((p == c0 || (p + 2 >= c0 && aux_word(d, &d->t[p]) &&
		    aux_word(d, &d->t[c0 - 1]))) && !ing_word(d, &d->t[c0]) &&
		    strchr(d->t[c0].cue != NULL ? d->t[c0].cue : "", 'P') == NULL &&
		    (d->t[c0].cue == NULL || strchr(d->t[c0].cue, 'B') != NULL ||
		    strchr(d->t[c0].cue, 'N') == NULL) &&
		    (n = pp_back(d, p, lo)) != p) {
			pp = p - 1;
			p = n;
			break;
		}
		/* "Lee on Monday said": over a time adjunct. */
		if ((n = time_back(d, p, lo)) == p || n == c0)
			break;
		/* Not the object of a verb or a preposition before it
		 * ("the groups who wrote to her on Monday say"). */
		if (n < p && np_tok(d, n - 1) && !tok_punct(d, &d->t[n - 1], ',') &&
		    (!pron_class(&d->t[n - 1]) || subj_pron(d, &d->t[n - 1])) &&
		    ((r0 = np_back(d, n - 1, lo)) == lo ||
		    !tag(&d->t[r0 - 1], WC_PREP)))
			p = n;
		else
			break;
	}
	/* 'Lee, the host of the show "The Harvest," said': an appositive
	 * whose comma closes a title in quotes. */
	if (p > lo + 4 && d->t[p - 1].kind == T_QUOTE &&
	    tok_punct(d, &d->t[p - 2], ',') && (a0 = d->clstart[c0]) < p &&
	    (n = (size_t)d->t[a0].ment) != (size_t)-1 &&
	    d->m[n].type == QUOTE_E_PERSON && d->m[n].t0 == a0 &&
	    d->m[n].t1 + 3 < p && tok_punct(d, &d->t[d->m[n].t1 + 1], ',') &&
	    d->t[a0].inq < 0 && (d->prevcue[p - 1] == (size_t)-1 ||
	    d->prevcue[p - 1] < a0)) {
		who_ment(d, n, w);
		return 1;
	}
	/* "He's claiming": the 's is "is" or "has". */
	if (p > lo + 1 && d->t[p - 1].kind == T_POSS &&
	    subj_pron(d, &d->t[p - 2]))
		p--;
	/* "Sen. Ann Lee (D-Ohio) said": over the parenthesis. */
	if (p > lo + 2 && tok_punct(d, &d->t[p - 1], ')')) {
		size_t x;

		for (x = p - 1; x > lo && x + 8 > p; x--)
			if (tok_punct(d, &d->t[x - 1], '(')) {
				if (x - 1 > lo && d->t[x - 2].ment >= 0)
					p = x - 1;
				break;
			}
	}
	/* "Jo Lee — a teacher — says": over an apposition set off by
	 * dashes, as over a parenthesis. */
	if (p > lo + 3 && tok_dash(d, &d->t[p - 1])) {
		size_t x;

		/* A fragment inside it ("— who said she would "never" —"). */
		for (x = p - 2; x > lo + 1 && x + 12 > p; x--)
			if (tok_dash(d, &d->t[x - 1]) && d->t[x - 1].inq < 0) {
				if (d->t[x - 2].ment >= 0)
					p = x - 1;
				break;
			}
	}
	/* "X, a supporter, told the paper": a cue whose object comes
	 * first (told, urged) is never inverted; "asked X" may be. */
	obj = d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'O') != NULL &&
	    (d->t[c0].e - d->t[c0].s < 3 ||
	    memcmp(d->buf + d->t[c0].s + 1, "sk", 2) != 0);
	if (p == lo || (!obj && (d->t[p - 1].kind == T_QUOTE ||
	    tok_dash(d, &d->t[p - 1]))) ||
	    (!obj && tok_punct(d, &d->t[p - 1], ',') && after_ok &&
	    (d->t[c1 + 1].cap || tag(&d->t[c1 + 1], WC_DET) ||
	    subj_pron(d, &d->t[c1 + 1]) || counted_people(d, c1 + 1, hi)) &&
	    (p - 1 == lo || d->t[p - 2].kind == T_QUOTE ||
	    d->t[p - 2].kind == T_WORD))) {
		/* Inverted: '," said X' or 'CLAUSE, said X'. */
		if (!after_ok) {
			if (p > lo && (d->t[p - 1].kind == T_QUOTE ||
			    tok_punct(d, &d->t[p - 1], ',')) &&
			    (mi = person_after(d, c1 + 1, hi)) >= 0) {
				size_t ms;

				who_ment(d, (size_t)mi, w);
				ms = d->t[c1 + 1].s;
				w->ms = ms;
				*inverted = 1;
				return 1;
			}
			if (!desc_fwd(d, c1 + 1, hi, w))
				return 0;
			desc_rel(d, w, (size_t)-1, hi);
			return *inverted = 1;
		}
		if (p > lo && tok_punct(d, &d->t[p - 1], ',') && p - 1 > lo &&
		    d->t[p - 2].kind == T_WORD) {
			/* Could be an appositive "X, a spokesman, said Y
			 * would ...": inverted only when the phrase after
			 * the cue ends the sentence or a clause. */
			size_t e = np_fwd(d, c1 + 1, hi) + 1;

			if (e < hi && !sent_end_punct(d, &d->t[e]) &&
			    !tok_punct(d, &d->t[e], ',') &&
			    !(counted_people(d, c1 + 1, hi) &&
			    (verb_in(d, lo, p - 1) || rel_to_end(d, c1 + 1, hi) ||
			    aside_closes(d, c1 + 1, hi))) &&
			    !tok_punct(d, &d->t[e], ';') &&
			    !(d->t[c0].cue != NULL &&
			    strchr(d->t[c0].cue, 'S') != NULL &&
			    np_to_end(d, c1 + 1, hi)) &&
			    !(tok_punct(d, &d->t[e], ':') && d->t[c1 + 1].cap))
				goto subject;
		}
		*inverted = 1;
		if ((mi = person_in_run(d, c1 + 1, hi)) >= 0) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
		/* "said a former U.S. law enforcement official": a name
		 * that only modifies the noun after it. */
		r0 = np_fwd(d, c1 + 1, hi);
		if (r0 + 1 < hi && (mi = d->t[r0].ment) >= 0 &&
		    d->m[mi].type != QUOTE_E_PERSON && d->t[r0 + 1].kind == T_WORD &&
		    d->t[r0 + 1].low && d->t[r0 + 1].inq < 0 &&
		    d->t[r0 + 1].cue == NULL && !tag(&d->t[r0 + 1], WC_PREP) &&
		    !tag(&d->t[r0 + 1], WC_NOT_NAME) && desc_fwd(d, c1 + 1, hi, w)) {
			desc_rel(d, w, (size_t)-1, hi);
			return 1;
		}
		if (np_speaker(d, c1 + 1, r0, 1, w) || desc_fwd(d, c1 + 1, hi, w)) {
			desc_rel(d, w, (size_t)-1, hi);
			return 1;
		}
		return 0;
	}
subject:
	/* "Edwards and others said": the one named. */
	if (p > lo + 2 && (tok_is(d, &d->t[p - 1], "others") ||
	    tok_is(d, &d->t[p - 1], "colleagues")) &&
	    tok_is(d, &d->t[p - 2], "and") && (mi = d->t[p - 3].ment) >= 0 &&
	    d->m[mi].type == QUOTE_E_PERSON && d->t[p - 3].inq < 0) {
		who_ment(d, (size_t)mi, w);
		return 1;
	}
	/* "Berg, who said", "Berg - who said": the person the relative
	 * clause hangs on. */
	if (tok_is(d, &d->t[p - 1], "who") && p - 1 > lo + 1 &&
	    (tok_punct(d, &d->t[p - 2], ',') || tok_dash(d, &d->t[p - 2])) &&
	    (a1 = d->prevment[p - 3]) != (size_t)-1 && a1 + REL_BACK > p &&
	    d->m[d->t[a1].ment].type == QUOTE_E_PERSON) {
		who_ment(d, (size_t)d->t[a1].ment, w);
		return 1;
	}
	/* "rival lender Crestway, which said": the organisation the
	 * relative clause hangs on. */
	if (tok_is(d, &d->t[p - 1], "which") && p - 1 > lo + 1 &&
	    tok_punct(d, &d->t[p - 2], ',') && (mi = d->t[p - 3].ment) >= 0 &&
	    d->m[mi].type == QUOTE_E_ORG && d->m[mi].t1 == p - 3 &&
	    d->t[p - 3].inq < 0) {
		who_ment(d, (size_t)mi, w);
		return 1;
	}
	if (tok_punct(d, &d->t[p - 1], ',')) {
		/* "the ambassador to Russia, Polad Bulbuloglu, said" */
		if (p - 1 == lo)
			return 0;
		/* "The union, which represents workers at the Leeds plant,
		 * said": not the place inside the clause. */
		if ((mi = rel_subject(d, p - 1, lo, "which")) >= 0) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
		a1 = p - 2;
		/* "Ki Hong, 33, said": an age between commas. */
		if (d->t[a1].kind == T_WORD &&
		    uc_is_digit((unsigned char)d->buf[d->t[a1].s]) && a1 > lo + 1 &&
		    tok_punct(d, &d->t[a1 - 1], ',') && np_tok(d, a1 - 2))
			a1 -= 2;
		/* The comma that opens the appositive. */
		for (a0 = a1 + 1, n = 0; a0 > lo + 1 && n < 16; a0--, n++) {
			const struct tok *t = &d->t[a0 - 1];

			if (t->inq >= 0 || t->kind == T_QUOTE || (t->kind == T_WORD &&
			    t->cue != NULL) || tok_punct(d, t, ','))
				break;
		}
		if (a0 > lo + 1 && a0 <= a1 && tok_punct(d, &d->t[a0 - 1], ',') &&
		    np_tok(d, a0 - 2)) {
			r0 = np_back(d, a0 - 2, lo);
			if (!tag(&d->t[a0], WC_DET) && d->t[a1].ment >= 0 &&
			    d->m[d->t[a1].ment].type == QUOTE_E_PERSON &&
			    (np_back(d, a1, lo) == a0 ||
			    bare_title_before(d, a0, d->m[d->t[a1].ment].t0)))
				return np_speaker(d, a0, a1, backward, w);
			/* "The quarry operator, Silangan Aggregates Inc.,
			 * said": the firm's name beside its description. */
			if ((mi = d->t[a0].ment) >= 0 &&
			    d->m[mi].type == QUOTE_E_ORG && d->m[mi].t0 == a0 &&
			    d->m[mi].t1 + 1 >= a1 &&
			    tag(&d->t[a0 - 2], WC_ORG_NOUN) &&
			    !tag(&d->t[a0 - 2], WC_PERSON_NOUN)) {
				for (n = a0 - 2; n > lo && n + 4 > a0 &&
				    d->t[n - 1].kind == T_WORD && d->t[n - 1].low &&
				    !tag(&d->t[n - 1], WC_DET); n--)
					continue;
				if (n > lo && tag(&d->t[n - 1], WC_DET)) {
					who_ment(d, (size_t)mi, w);
					return 1;
				}
			}
			/* "His wife, Morag, says": a lone capitalised word
			 * after a person noun is a name the tagger missed. */
			if (a0 == a1 && d->t[a0].kind == T_WORD &&
			    d->t[a0].cap && d->t[a0].wtag == NULL &&
			    (d->t[a0].ment < 0 || !d->m[d->t[a0].ment].conf ||
			    d->m[d->t[a0].ment].type == QUOTE_E_PERSON) &&
			    !is_place(d, a0, a0, 'C') &&
			    !is_place(d, a0, a0, 'D') &&
			    tag(&d->t[a0 - 2], WC_PERSON_NOUN) &&
			    d->t[a0 - 2].low) {
				who_words(d, a0, a0, a1, w);
				w->person = 1;
				return 1;
			}
			if (np_speaker(d, r0, a0 - 2, backward, w))
				return 1;
		}
		/* Not the end of a relative clause set off by commas, nor
		 * the place ending an appositive ("Ann Lee, 52, who runs
		 * a shop on Hill Street, said", "Ann Lee, 52, a baker in
		 * Leeds, said"). */
		inner = a0 > lo + 1 && a0 <= a1 && (tok_is(d, &d->t[a0],
		    "who") || (tag(&d->t[a0], WC_DET) && d->t[a1].ment >= 0 &&
		    d->m[d->t[a1].ment].type != QUOTE_E_PERSON &&
		    (r0 = np_back(d, a1, lo)) > a0 &&
		    tag(&d->t[r0 - 1], WC_PREP)));
		/* "Ramil Carr, 31, a freelance photographer, said": the
		 * person who opens the clause, set off by a comma, rather
		 * than the description after it. */
		a0 = d->clstart[c0];
		if (a0 < p && (n = (size_t)d->t[a0].ment) != (size_t)-1 &&
		    d->m[n].type == QUOTE_E_PERSON && d->m[n].t0 == a0 &&
		    d->m[n].t1 + 1 < p &&
		    tok_punct(d, &d->t[d->m[n].t1 + 1], ',') &&
		    d->prevcue[p - 1] == (size_t)-1)
			mi = (int)n;
		else
			mi = -1;
		if (np_tok(d, a1) && !inner &&
		    np_speaker(d, np_back(d, a1, lo), a1, backward, w) &&
		    w->name != NULL && (mi < 0 || w->group >= 0 ||
		    w->person == 1))
			return 1;
		if (mi >= 0) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
		if ((mi = rel_subject(d, p - 1, lo, "who")) >= 0) {
			who_ment(d, (size_t)mi, w);
			return 1;
		}
		/* "A woman, who asked not to be named, said": a cue
		 * inside the clause set off by commas is its own. */
		return rel_desc(d, p - 1, lo, w) ||
		    rel_desc_x(d, p - 1, lo, w, 0);
	}
	/* "Several said", "Others argue": a quantifier alone is the
	 * subject as written. */
	if (p > lo && d->t[p - 1].kind == T_WORD && d->t[p - 1].inq < 0 &&
	    (tok_in(d, &d->t[p - 1], quantifiers) ||
	    tok_is(d, &d->t[p - 1], "others")) &&
	    (p - 1 == lo || tok_punct(d, &d->t[p - 2], ',') ||
	    (d->t[p - 2].low && (tok_is(d, &d->t[p - 2], "and") ||
	    tok_is(d, &d->t[p - 2], "but") || tok_is(d, &d->t[p - 2], "that") ||
	    tok_is(d, &d->t[p - 2], "while") ||
	    tok_is(d, &d->t[p - 2], "though") ||
	    tok_is(d, &d->t[p - 2], "although"))) ||
	    /* "Yet another said" */
	    (p - 2 == lo && tok_is(d, &d->t[lo], "yet")))) {
		who_words(d, p - 1, p - 1, p - 1, w);
		return 1;
	}
	/* "A source familiar with the talks said": the source, and which
	 * one it is. */
	for (a0 = p - 1; a0 > lo + 2 && a0 + NEAR_NP > p; a0--) {
		const struct tok *t = &d->t[a0];

		if ((t->kind != T_WORD && t->kind != T_POSS) || t->inq >= 0 ||
		    t->cue != NULL)
			break;
		if (!tag(t, WC_PREP) || !t->low)
			continue;
		if (tok_in(d, &d->t[a0 - 1], near_words) &&
		    tag(&d->t[a0 - 2], WC_PERSON_NOUN) && d->t[a0 - 2].low &&
		    desc_back(d, a0 - 1, lo, w) && w->group < 0 &&
		    w->person != 1 && w->me == d->t[a0 - 2].e) {
			w->len = d->t[p - 1].e - (size_t)(w->name - d->buf);
			w->me = d->t[p - 1].e;
			return 1;
		}
		memset(w, 0, sizeof(*w));
		w->group = -1;
		break;
	}
	if (!np_tok(d, p - 1))
		return poss_owner(d, p, lo, backward, w) ||
		    desc_back(d, p, lo, w) || rel_desc(d, p, lo, w);
	r0 = np_back(d, p - 1, lo);
	/* "The son of one victim said": "one" opens the phrase. */
	if (r0 > lo + 2 && r0 < p && d->t[r0 - 1].low &&
	    tok_is(d, &d->t[r0 - 1], "one") && tok_is(d, &d->t[r0 - 2], "of"))
		r0--;
	/* "a spokeswoman for the lender said": the phrase hangs on the
	 * person noun before its preposition. */
	if (r0 > lo + 1 && d->t[r0 - 1].low && (tok_is(d, &d->t[r0 - 1], "for") ||
	    tok_is(d, &d->t[r0 - 1], "at") ||
	    /* "Residents of Saltby", "director of Farm Action", also
	     * "Residents of a Devon village". */
	    (tok_is(d, &d->t[r0 - 1], "of") && ((d->t[r0].ment >= 0 &&
	    d->m[d->t[r0].ment].type != QUOTE_E_PERSON) ||
	    (tag(&d->t[r0], WC_DET) && !pron_class(&d->t[r0])) ||
	    tok_is(d, &d->t[r0], "one")))) &&
	    (d->t[r0 - 2].low || r0 - 2 == lo) &&
	    d->t[r0 - 2].inq < 0 && tag(&d->t[r0 - 2], WC_PERSON_NOUN)) {
		/* As written, though the organisation has a name ("a
		 * spokesperson for the Traders' Association said"). */
		r0 = np_back(d, r0 - 2, lo);
		/* Not an appositive whose second comma is missing ("Jo
		 * Lee, the director for the party said"). */
		for (a0 = r0; a0 > lo + 1 && a0 + 5 > r0; a0--) {
			if (tok_punct(d, &d->t[a0 - 1], ',') &&
			    d->t[a0 - 2].ment >= 0 &&
			    d->m[d->t[a0 - 2].ment].type == QUOTE_E_PERSON) {
				who_ment(d, (size_t)d->t[a0 - 2].ment, w);
				return 1;
			}
			if (d->t[a0 - 1].kind != T_WORD || !d->t[a0 - 1].low)
				break;
		}
		a0 = tok_is(d, &d->t[r0], "the") ? r0 + 1 : r0;
		who_words(d, a0, a0, p - 1, w);
		return 1;
	}
	/* "A source speaking to Fox News said": the phrase is the object
	 * of a preposition after a participle; the subject is before it. */
	if (r0 > lo + 2 && d->t[r0 - 1].low && tag(&d->t[r0 - 1], WC_PREP) &&
	    ing_word(d, &d->t[r0 - 2]) && d->t[r0 - 2].cue == NULL &&
	    !tok_is(d, &d->t[r0 - 2], "according") && d->t[r0 - 2].inq < 0) {
		if (desc_back(d, r0 - 2, lo, w))
			return 1;
		if (np_tok(d, r0 - 3))
			return np_speaker(d, np_back(d, r0 - 3, lo), r0 - 3,
			    backward, w);
		return 0;
	}
	if (np_speaker(d, r0, p - 1, backward, w) || desc_back(d, p, lo, w)) {
		/* "police in the city say": a description keeps its
		 * phrase (a name does not: "Lee in a speech said"). */
		if (pp != (size_t)-1 && w->name != NULL && w->group < 0 &&
		    w->person != 1 && w->me == d->t[p - 1].e &&
		    (d->t[p - 1].low || p - 1 == lo)) {
			w->len = d->t[pp].e - (size_t)(w->name - d->buf);
			w->me = d->t[pp].e;
		}
		return 1;
	}
	/* "the groups who wrote to her on Monday say": a description and
	 * its relative clause, up to the cue, whatever verb it holds. */
	if (rel_desc_x(d, p, lo, w, 0) && w->me == d->t[p - 1].e)
		return 1;
	memset(w, 0, sizeof(*w));
	w->group = -1;
	return 0;
}

/*
 * In a headline every word is capitalised: "Karl Berg Says Hale Poses
 * A Threat".  A capitalised form of a strong cue (S) inside a headline,
 * after a name and before a capitalised word, is a cue there.
 */
static void
headline_cues(struct doc *d)
{
	size_t k;
	const char *f;

	for (k = 1; k + 1 < d->nt; k++) {
		struct tok *t = &d->t[k];

		if (t->kind != T_WORD || !t->cap || t->cue != NULL ||
		    t->inq >= 0 || !d->uhead[t->sent] ||
		    d->t[k - 1].sent != t->sent || !d->t[k - 1].cap ||
		    d->t[k + 1].sent != t->sent || !d->t[k + 1].cap)
			continue;
		f = lex_get(d->q->cues, d->buf + t->s, t->e - t->s);
		if (f != NULL && strchr(f, 'S') != NULL)
			t->cue = f;
	}
}

/* ---- output ----------------------------------------------------------- */

static struct quote_pos
pos_of(const struct doc *d, size_t off, int is_end)
{
	struct quote_pos p;
	size_t lo = 0, hi = d->nsent, mid, key = off;

	if (is_end && key > 0)
		key--;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (d->soff[mid] <= key)
			lo = mid;
		else
			hi = mid;
	}
	p.sent = lo;
	p.off = off >= d->soff[lo] ? off - d->soff[lo] : 0;
	return p;
}

static void
emit(struct doc *d, size_t cs, size_t ce, int kind, size_t c0, size_t c1,
    int has_cue, const struct who *w)
{
	struct quote *o;

	/* Trim spaces at both ends. */
	while (cs < ce && is_spc((unsigned char)d->buf[cs]))
		cs++;
	while (ce > cs && is_spc((unsigned char)d->buf[ce - 1]))
		ce--;
	if (ce <= cs)
		return;
	if (d->nout == d->outcap) {
		struct quote *no;

		d->outcap = d->outcap ? d->outcap * 2 : 16;
		no = arena_alloc(d->a, d->outcap * sizeof(*no));
		if (d->nout)
			memcpy(no, d->out, d->nout * sizeof(*no));
		d->out = no;
	}
	o = &d->out[d->nout++];
	memset(o, 0, sizeof(*o));
	o->start = pos_of(d, cs, 0);
	o->end = pos_of(d, ce, 1);
	o->text = d->buf + cs;
	o->text_len = ce - cs;
	o->kind = (enum quote_kind)kind;
	if (has_cue) {
		o->cue = d->buf + d->t[c0].s;
		o->cue_len = d->t[c1].e - d->t[c0].s;
		o->cue_start = pos_of(d, d->t[c0].s, 0);
		o->cue_end = pos_of(d, d->t[c1].e, 1);
	}
	if (w != NULL && w->name != NULL) {
		o->speaker = w->name;
		o->speaker_len = w->len;
		o->spk_start = pos_of(d, w->ms, 0);
		o->spk_end = pos_of(d, w->me, 1);
	}
}

/* ---- attribution ------------------------------------------------------ */

static size_t	mixed_start(const struct doc *, size_t, size_t);
static size_t	frag_after(const struct doc *, size_t, size_t, size_t);
static size_t	frag_close(const struct doc *, size_t, size_t);
static int	frag_goes_on(const struct doc *, size_t, size_t);
static int	subj_word(const struct doc *, const struct tok *);

/* How far a comparison ("compared with 38 percent who said") is searched
 * for a cue of its own. */
#define CMP_SPAN	14

/* How long an aside on a reported clause's subject may be. */
#define ASIDE_SPAN	10

/* How far a list item after a comma ("..., a licence, and ...") runs. */
#define LIST_SPAN	8

/* A quote this near after "and VERB" keeps the report going. */
#define QUOTE_NEAR	6

/* The constructions verb_frag() finds. */
enum { VF_THAT = 1, VF_TO, VF_AS, VF_ABOUT };

/* A form of "be", "have" or "do", a modal or a contraction: no report
 * of its own ("has to", "would advise him that"). */
static int
aux_word(const struct doc *d, const struct tok *t)
{
	static const char *const aux[] = { "is", "are", "was", "were", "be",
	    "been", "being", "am", "has", "have", "had", "do", "does", "did",
	    NULL };
	size_t k;

	for (k = t->s; k < t->e; k++)
		if (d->buf[k] == '\'' || (unsigned char)d->buf[k] == 0xE2)
			return 1;	/* "wasn't", "won't" */
	return tok_in(d, t, aux) || tok_in(d, t, modals);
}

/*
 * A verb that is no speech cue reports what follows it when that quotes
 * a fragment: the quote marks show whose words they are.  Three
 * constructions: a that-clause ('He commented that the network "held
 * on" to her', 'found in 2014 that the agency was "badly run"'), an
 * infinitive ('declined to detail its "specific focus"'), and an object
 * described as the fragment says ('casts Hale as a "con artist"').
 * Token k is the verb (a form in -ed or one of the finite verbs; -s and
 * -ing forms too before "as"), maybe with a particle ("pointed out
 * that").  Returns the cue's last token and sets *how, or (size_t)-1.
 */
static size_t
verb_frag(const struct doc *d, size_t k, int *how)
{
	const struct tok *t = &d->t[k], *u;
	size_t n = t->e - t->s, c1 = k, hi = d->slast[t->sent], j;
	int ed, fin, obj, sub_s;

	if (t->kind != T_WORD || !t->low || t->inq >= 0 || k + 2 >= hi)
		return (size_t)-1;
	/* Every construction needs a fragment a bounded way on. */
	if (d->nextq[k] >= hi || d->nextq[k] > k + 4 + THAT_SPAN + FRAG_SPAN)
		return (size_t)-1;
	ed = ed_form(d, t, 3);
	fin = ed || lex_verb(d, t);
	if (tok_is(d, &d->t[k + 1], "out"))
		c1 = k + 1;
	/* 'refused to say "..."', not 'has to "..."'. */
	if (fin && !aux_word(d, t) && tok_is(d, &d->t[c1 + 1], "to") &&
	    c1 + 2 < hi && (d->t[c1 + 2].kind == T_QUOTE ||
	    (d->t[c1 + 2].low && !tag(&d->t[c1 + 2], WC_DET) &&
	    !poss_pron(d, &d->t[c1 + 2]) && !pron_class(&d->t[c1 + 2]))) &&
	    frag_after(d, c1, hi, MIX_SPAN) == c1 + 1 &&
	    d->sp[d->t[d->nextq[c1 + 1]].inq].words >= 2) {
		/* ... but not for a scare quote ('managed to "lose" it'). */
		*how = VF_TO;
		return c1;
	}
	/* 'casts Hale as a "con artist"': an object, then "as". */
	/* An -s form only after its subject ("Hale casts", "she sees"). */
	sub_s = n > 3 && d->buf[t->e - 1] == 's' && d->buf[t->e - 2] != 's' &&
	    k > 0 && (d->t[k - 1].ment >= 0 || subj_pron(d, &d->t[k - 1]) ||
	    skippable(d, &d->t[k - 1]));
	if ((fin || ing_word(d, t) || sub_s) && !aux_word(d, t)) {
		for (j = c1 + 1; j < hi && j < c1 + 1 + AS_OBJ; j++) {
			u = &d->t[j];
			if (tok_is(d, u, "as") && u->low)
				break;
			if ((u->kind != T_WORD && u->kind != T_POSS) ||
			    u->inq >= 0 || u->cue != NULL || ing_word(d, u) ||
			    (u->low && lex_verb(d, u)))
				break;
		}
		if (j > c1 + 1 && j + 1 < hi && tok_is(d, &d->t[j], "as") &&
		    frag_after(d, j, hi, AS_FRAG) != (size_t)-1) {
			*how = VF_AS;
			return c1;
		}
	}
	/* 'spoke of breaking "that highest glass ceiling"'. */
	if ((fin || (sub_s && k > 1 && (subj_pron(d, &d->t[k - 1]) ||
	    subj_pron(d, &d->t[k - 2])))) && !aux_word(d, t) &&
	    (tok_is(d, &d->t[c1 + 1], "about") ||
	    tok_is(d, &d->t[c1 + 1], "of")) &&
	    frag_after(d, c1, hi, MIX_SPAN) == c1 + 2) {
		for (j = c1 + 2; j < d->nextq[c1 + 2] &&
		    !tok_punct(d, &d->t[j], ','); j++)
			;
		if (j == d->nextq[c1 + 2]) {
			*how = VF_ABOUT;
			return c1;
		}
	}
	if (!fin)
		return (size_t)-1;
	/* "found in 2014 that", "told a crowd in Ohio that": a phrase
	 * that opens with a preposition or a time word may come between;
	 * so may a short object ("made the point that", "expressed
	 * confidence that"). */
	j = c1 + 1;
	obj = 0;
	if (aux_word(d, t) && !tok_is(d, &d->t[j], "that"))
		return (size_t)-1;
	if (j < hi && d->t[j].low && !tag(&d->t[j], WC_PREP) &&
	    !tag(&d->t[j], WC_TIME) && !tok_is(d, &d->t[j], "that")) {
		obj = 1;
		while (j < hi && j < c1 + 1 + NOUN_THAT &&
		    d->t[j].kind == T_WORD && d->t[j].low &&
		    d->t[j].inq < 0 && d->t[j].cue == NULL &&
		    !tok_is(d, &d->t[j], "that") && !lex_verb(d, &d->t[j]))
			j++;
	} else if (j < hi && d->t[j].low && !tok_is(d, &d->t[j], "that"))
		while (j < hi && j < c1 + 1 + THAT_SPAN &&
		    (d->t[j].kind == T_WORD || d->t[j].kind == T_POSS) &&
		    d->t[j].inq < 0 && d->t[j].cue == NULL &&
		    !tok_is(d, &d->t[j], "that"))
			j++;
	if (j + 2 >= hi || !tok_is(d, &d->t[j], "that") || !d->t[j].low)
		return (size_t)-1;
	/* Not a relative "that" ("a report that found") nor a determiner
	 * ("went to that debate, and"). */
	u = &d->t[j + 1];
	/* After an object "that" opens a clause only with its subject
	 * ("made the point that the plan ...", not "the one that "has""). */
	if (obj && (aux_word(d, t) || !(subj_word(d, u) ||
	    (tag(u, WC_DET) && u->low) || poss_pron(d, u) || u->cap)))
		return (size_t)-1;
	if (u->kind == T_WORD && u->low && (d->t[j + 2].kind == T_PUNCT ||
	    lex_verb(d, u) ||
	    ed_form(d, u, 3)))
		return (size_t)-1;
	if (frag_after(d, j - 1, hi, FRAG_SPAN) == (size_t)-1)
		return (size_t)-1;
	*how = VF_THAT;
	return c1;
}

/*
 * A form that is also a noun is a verb when "that" or "to" and a quoted
 * fragment follow and no determiner comes before it ('the plan promises
 * to "lift up" wages', 'and pledges to "stand firm"').
 */
static int
frag_verb(const struct doc *d, size_t k)
{
	size_t hi = d->slast[d->t[k].sent];

	if (k + 2 >= hi || tag(&d->t[k - 1], WC_DET) ||
	    poss_pron(d, &d->t[k - 1]) || d->t[k - 1].kind == T_POSS ||
	    !d->t[k + 1].low)
		return 0;
	if (tok_is(d, &d->t[k + 1], "to"))
		return frag_after(d, k, hi, MIX_SPAN) == k + 1;
	return tok_is(d, &d->t[k + 1], "that") &&
	    frag_after(d, k, hi, FRAG_SPAN) != (size_t)-1;
}

/*
 * Is token k ("called") a participle after an indefinite noun phrase: "a"
 * or "an" and one to three lower-case words that are no verb, pronoun or
 * preposition ("a popular play called", "a band called")?
 */
static int
named_thing(const struct doc *d, size_t k)
{
	size_t x;

	for (x = k; x > 0 && k - x < 3; x--) {
		const struct tok *u = &d->t[x - 1];

		if (u->sent != d->t[k].sent || u->inq >= 0)
			return 0;
		if (tag(u, WC_DET))
			return x < k && (tok_is(d, u, "a") || tok_is(d, u, "an"));
		/* "published a letter and called on ...": a verb. */
		if (u->kind != T_WORD || !u->low || u->cue != NULL ||
		    tag(u, WC_PREP) || pron_class(u) || finite_verb(d, u) ||
		    tag(u, WC_PERSON_NOUN) || tag(u, WC_ORG_NOUN) ||
		    tok_is(d, u, "and") || tok_is(d, u, "or") ||
		    tok_is(d, u, "but"))
			return 0;
	}
	return 0;
}

/*
 * '"Nice try," she sneered.', '"...," he mocks.': a verb in the past
 * tense (or a cue that otherwise wants a fragment) between a subject
 * pronoun right after a closing mark and the sentence's end says the
 * quote before it, though no lexicon knows it as a speech verb.
 */
static int
quote_frame_verb(const struct doc *d, size_t k)
{
	const struct tok *t = &d->t[k], *a;
	size_t s0 = k - 1;

	if (k < 3 || k + 1 >= d->nt || d->t[k + 1].kind != T_PUNCT ||
	    !t->low || t->e - t->s < 5 || d->t[k + 1].sent != t->sent)
		return 0;
	a = &d->t[k + 1];
	if (!tok_punct(d, a, '.') && !tok_punct(d, a, ','))
		return 0;
	/* '," Ann Lee sneered.': over a person's name. */
	if (d->t[s0].ment >= 0 && d->t[s0].cap &&
	    d->m[d->t[s0].ment].type == QUOTE_E_PERSON &&
	    d->m[d->t[s0].ment].t1 == s0)
		s0 = d->m[d->t[s0].ment].t0;
	else if (!subj_pron(d, &d->t[s0]) || !d->t[s0].low ||
	    tok_is(d, &d->t[s0], "there"))
		return 0;
	if (s0 < 2 || d->t[s0 - 1].kind != T_QUOTE ||
	    !(tok_punct(d, &d->t[s0 - 2], ',') ||
	    tok_punct(d, &d->t[s0 - 2], '!') || tok_punct(d, &d->t[s0 - 2], '?')))
		return 0;
	if (t->cue != NULL)
		return strchr(t->cue, 'M') != NULL;
	return d->buf[t->e - 2] == 'e' && d->buf[t->e - 1] == 'd';
}

/* The auxiliaries of a passive: "was claimed", "had been asked". */
static const char *const passive_aux[] = { "been", "being", "was", "were",
    "is", "are", "be", NULL };

/*
 * "were denied a penalty", "was denied bail", "had been promised a
 * job": the cue at k is a passive whose object is a thing, no report.
 */
static int
passive_object(const struct doc *d, size_t k)
{
	static const char *const verbs[] = { "denied", "promised", NULL };
	static const char *const gets[] = { "get", "got", "gets", NULL };
	const struct tok *u;

	if (k == 0 || k + 1 >= d->nt || !tok_in(d, &d->t[k], verbs) ||
	    !(tok_in(d, &d->t[k - 1], passive_aux) ||
	    tok_in(d, &d->t[k - 1], gets)))
		return 0;
	u = &d->t[k + 1];
	return u->sent == d->t[k].sent && u->kind == T_WORD && u->low &&
	    u->inq < 0 && !tok_is(d, u, "that") && !tok_is(d, u, "to") &&
	    !tok_is(d, u, "by") && !subj_word(d, u);
}

static int
cue_test(const struct doc *d, size_t k, size_t *c1)
{
	const struct tok *t = &d->t[k];
	int how;

	if (t->kind != T_WORD || t->inq >= 0)
		return 0;
	if (tok_is(d, t, "according")) {
		if (k + 1 < d->nt && tok_is(d, &d->t[k + 1], "to")) {
			*c1 = k + 1;
			return 1;
		}
		return 0;
	}
	/* 'as the Star put it, "..."', "as Jo Lee pointed out,": a cue of
	 * two words after "as X", before a quote (after one, the phrase
	 * is no cue of its own). */
	if (k > 1 && k + 1 < d->nt && ((tok_is(d, t, "put") &&
	    tok_is(d, &d->t[k + 1], "it")) || (tok_is(d, t, "pointed") &&
	    tok_is(d, &d->t[k + 1], "out"))) && d->t[k + 1].sent == t->sent &&
	    d->nextq[k] < d->slast[t->sent] && d->nextq[k] <= k + PUT_IT) {
		size_t x;

		for (x = k - 1; x > 0 && x + PUT_IT > k; x--) {
			const struct tok *u = &d->t[x - 1];

			if (u->sent != t->sent || u->inq >= 0 ||
			    (u->kind == T_PUNCT && !tok_punct(d, u, '-')))
				break;
			if (tok_is(d, u, "as") && x < k) {
				*c1 = k + 1;
				return 1;
			}
		}
	}
	if (t->cue == NULL && (*c1 = verb_frag(d, k, &how)) != (size_t)-1)
		return 1;
	if (t->cue == NULL && k + 1 < d->nt && d->t[k + 1].kind == T_PUNCT &&
	    quote_frame_verb(d, k)) {
		*c1 = k;
		return 1;
	}
	if (t->cue == NULL || strchr(t->cue, 'A'))
		return 0;
	/* "it is worth noting that ...": the writer's own words. */
	if (k > 0 && tok_is(d, &d->t[k - 1], "worth"))
		return 0;
	/* "there is added pressure": an adjective after "there is". */
	if (k > 1 && tok_is(d, &d->t[k - 2], "there") &&
	    (tok_is(d, &d->t[k - 1], "is") || tok_is(d, &d->t[k - 1], "are") ||
	    tok_is(d, &d->t[k - 1], "was") || tok_is(d, &d->t[k - 1], "were")))
		return 0;
	/* "a new play called ...": a participle that names a thing. */
	if (tok_is(d, t, "called") && named_thing(d, k))
		return 0;
	/* "his side were denied a penalty", "was promised a job": a
	 * passive with an object names a thing withheld or offered. */
	if (passive_object(d, k))
		return 0;
	/* "his claim that ...", "the warning that ...": a noun; but in
	 * "said in a statement that" the verb is the cue (build_tables()
	 * asks in order, so the cues before k are known). */
	if (strchr(t->cue, 'N') != NULL && t->low && k + 1 < d->nt &&
	    d->t[k + 1].sent == t->sent && tok_is(d, &d->t[k + 1], "that") &&
	    d->t[k + 1].low) {
		size_t x;

		if (k > 3 && (tag(&d->t[k - 1], WC_DET) ||
		    poss_pron(d, &d->t[k - 1])) &&
		    tok_is(d, &d->t[k - 2], "in"))
			for (x = k - 2; x > 0 && x + 6 > k &&
			    d->t[x - 1].sent == t->sent; x--)
				if (d->cue1[x - 1] != (size_t)-1)
					return 0;
		*c1 = k;
		return 1;
	}
	if (strchr(t->cue, 'N') != NULL && strchr(t->cue, 'B') == NULL &&
	    strchr(t->cue, 'V') == NULL && strchr(t->cue, 'I') == NULL &&
	    strchr(t->cue, 'M') == NULL)
		return 0;
	/* "as the old saying goes": a noun, the subject of "goes". */
	if (k + 1 < d->nt && d->t[k + 1].sent == t->sent &&
	    d->t[k + 1].low && (tok_is(d, &d->t[k + 1], "goes") ||
	    tok_is(d, &d->t[k + 1], "went")))
		return 0;
	/* "the call", "to say": a noun or an infinitive; but "took to
	 * Twitter to say he ..." reports. */
	if (k > 0 && ((tag(&d->t[k - 1], WC_DET) && !(strchr(t->cue, 'V') ==
	    NULL && tok_in(d, &d->t[k - 1], quantifiers))) ||
	    (tok_is(d, &d->t[k - 1], "to") && !habit_to_say(d, k) &&
	    !(strchr(t->cue, 'B') != NULL && strchr(t->cue, 'V') == NULL &&
	    k + 1 < d->nt && d->t[k + 1].sent == t->sent &&
	    (subj_word(d, &d->t[k + 1]) ||
	    (tok_is(d, &d->t[k + 1], "that") && d->t[k + 1].low)))) ||
	    poss_pron(d, &d->t[k - 1]) || (d->t[k - 1].kind == T_POSS &&
	    !(k > 1 && subj_pron(d, &d->t[k - 2])))) &&
	    !tok_is(d, &d->t[k - 1], "that"))
		return 0;
	/* "a congressional report that", "her remarks": a form that is
	 * also a noun is a cue only right after its subject or an
	 * auxiliary ("has claimed"). */
	if (strchr(t->cue, 'V') != NULL && (k == 0 ||
	    !(d->t[k - 1].ment >= 0 || d->t[k - 1].cap || frag_verb(d, k) ||
	    pron_class(&d->t[k - 1]) || tag(&d->t[k - 1], WC_PERSON_NOUN) ||
	    tag(&d->t[k - 1], WC_ORG_NOUN) || tag(&d->t[k - 1], WC_BETWEEN))))
		return 0;
	/* "the police report said", "according to the police report": a
	 * noun, the subject of the next cue or the source of "according
	 * to". */
	if (strchr(t->cue, 'V') != NULL) {
		size_t x;

		if (k + 1 < d->nt && d->t[k + 1].sent == t->sent &&
		    d->t[k + 1].cue != NULL && d->t[k + 1].low &&
		    strchr(d->t[k + 1].cue, 'V') == NULL &&
		    strchr(d->t[k + 1].cue, 'N') == NULL)
			return 0;
		for (x = k; x > 1 && x + 4 > k && d->t[x - 1].kind == T_WORD &&
		    d->t[x - 1].sent == t->sent; x--)
			if (tok_is(d, &d->t[x - 1], "to") &&
			    tok_is(d, &d->t[x - 2], "according"))
				return 0;
	}
	/* 'praised the plan as "bold"': a cue only for the fragment. */
	if (strchr(t->cue, 'M') != NULL &&
	    mixed_start(d, k, d->slast[t->sent]) == (size_t)-1 &&
	    !quote_frame_verb(d, k))
		return 0;
	*c1 = k + t->cue2;
	return 1;
}

/* Is token k a cue (outside quotes)?  Its last token goes to *c1. */
static int
is_cue_tok(const struct doc *d, size_t k, size_t *c1)
{
	if (d->cue1[k] == (size_t)-1)
		return 0;
	*c1 = d->cue1[k];
	return 1;
}

static size_t	dateline_end(const struct doc *, size_t, size_t);

/* The tables of struct doc; see there. */
static void
build_tables(struct doc *d)
{
	size_t si, k, c1, n = d->nt + 1, last, first, dl;

	d->cue1 = arena_alloc(d->a, n * sizeof(size_t));
	d->prevcue = arena_alloc(d->a, n * sizeof(size_t));
	d->nextcue = arena_alloc(d->a, n * sizeof(size_t));
	d->nextq = arena_alloc(d->a, n * sizeof(size_t));
	d->prevment = arena_alloc(d->a, n * sizeof(size_t));
	d->clstart = arena_alloc(d->a, n * sizeof(size_t));
	d->ufree = arena_alloc(d->a, (d->nunit + 1) * sizeof(size_t));
	d->nextq[d->nt] = d->nt;
	for (k = d->nt; k > 0; k--)
		d->nextq[k - 1] = d->t[k - 1].inq >= 0 ? k - 1 : d->nextq[k];
	for (k = 0; k < d->nt; k++)
		d->cue1[k] = cue_test(d, k, &c1) ? c1 : (size_t)-1;
	for (si = 0; si < d->nunit; si++) {
		d->ufree[si] = d->slast[si];
		last = (size_t)-1;
		/* "PARIS (AP) -- Prices rose, officials said": no
		 * clause takes in the dateline. */
		dl = dateline_end(d, d->sfirst[si], d->slast[si]);
		first = dl;
		for (k = d->sfirst[si]; k < d->slast[si]; k++) {
			if (d->cue1[k] != (size_t)-1)
				last = k;
			d->prevcue[k] = last;
			d->clstart[k] = k < dl ? d->sfirst[si] : first;
			/* ". The": a sentence ends inside the unit. */
			if (d->t[k].inq < 0 && sent_end_punct(d, &d->t[k]) &&
			    k + 1 < d->slast[si] && (d->t[k + 1].cap ||
			    d->t[k + 1].kind == T_QUOTE))
				first = k + 1;
			if (d->t[k].inq < 0 && d->ufree[si] == d->slast[si])
				d->ufree[si] = k;
		}
		last = (size_t)-1;
		for (k = d->slast[si]; k > d->sfirst[si]; k--) {
			if (d->cue1[k - 1] != (size_t)-1)
				last = k - 1;
			d->nextcue[k - 1] = last;
		}
	}
	for (si = 0; si < d->nunit; si++) {
		last = (size_t)-1;
		for (k = d->sfirst[si]; k < d->slast[si]; k++) {
			if (d->t[k].ment >= 0 && d->t[k].inq < 0)
				last = k;
			d->prevment[k] = last;
		}
	}
	d->orgs = arena_alloc(d->a, (d->nm + 1) * sizeof(size_t));
	d->norg = 0;
	for (k = 0; k < d->nt; k++) {
		int mi = d->t[k].ment;

		if (mi >= 0 && d->m[mi].t0 == k && d->m[mi].type == QUOTE_E_ORG)
			d->orgs[d->norg++] = (size_t)mi;
	}
}

static void
set_direct_kind(struct doc *d, struct span *s)
{
	size_t o = s->open, si = d->t[o].sent, k;
	int pre, post;
	struct tok *b;

	/* Words of the content, for titles and scare quotes (keep_span). */
	s->words = s->small = 0;
	s->title = 1;
	for (k = s->open + 1; k <= s->last; k++) {
		const struct tok *t = &d->t[k];

		/* "The Donald. Big Daddy.", "U-S-A! U-S-A!": a sentence
		 * ends inside, so no title (not the point of "Mr."). */
		if (t->kind == T_PUNCT && k < s->last && k > s->open + 1 &&
		    d->t[k + 1].kind == T_WORD && d->t[k + 1].cap &&
		    (tok_punct(d, t, '!') || tok_punct(d, t, '?') ||
		    (tok_punct(d, t, '.') && d->t[k - 1].kind == T_WORD &&
		    d->t[k - 1].e - d->t[k - 1].s > 3 &&
		    d->t[k - 1].e == t->s)))
			s->title = 0;
		if (t->kind != T_WORD)
			continue;
		if (small_word(d, t)) {
			s->small += s->small < 255;
			continue;
		}
		s->words += s->words < 255;
		if (!t->cap && !uc_is_digit((unsigned char)d->buf[t->s]))
			s->title = 0;
	}

	pre = o == d->sfirst[si];
	if (!pre && o > 0) {
		b = &d->t[o - 1];
		pre = tok_punct(d, b, ':') || tok_punct(d, b, ',') ||
		    tok_dash(d, b) || b->kind == T_QUOTE ||
		    (b->kind == T_WORD && b->cue != NULL &&
		    strchr(b->cue, 'M') == NULL && strcmp(b->cue, "N") != 0 &&
		    !tok_is(d, b, "that")) || b->para != d->t[o].para;
		/* Not a noun that only reports ('expects an announcement
		 * "within hours."'): a verb cue says it. */
	}
	if (s->close == (size_t)-1 || s->close + 1 >= d->nt)
		post = 1;
	else {
		struct tok *a = &d->t[s->close + 1], *l = &d->t[s->last];

		/* '"He said, 'Make the dates work,'" Reilly told': the
		 * inner quote's mark closes the content. */
		if (l->kind == T_QUOTE && s->last > s->open + 1)
			l = &d->t[s->last - 1];

		post = a->sent != d->t[s->close].sent || sent_end_punct(d, a) ||
		    tok_punct(d, a, ',') || tok_punct(d, a, ':') ||
		    tok_punct(d, a, ';') || tok_dash(d, a) ||
		    sent_end_punct(d, l) || tok_punct(d, l, ',') ||
		    a->para != d->t[s->close].para;
	}
	s->kind = pre && post ? QUOTE_DIRECT : QUOTE_PARTIAL;
}

static int
small_word(const struct doc *d, const struct tok *t)
{
	/* "of", "the", "and", "a", "an", "in", "on", "for", "to", "with",
	 * "at", "by", "from", "or", by length, each followed by a space:
	 * a token is compared only with the words of its length. */
	static const char *const by_len[] = { "", "a ",
	    "of an in on to at by or ", "the and for ", "with from " };
	const char *p, *w = d->buf + t->s;
	size_t k, n = t->e - t->s;

	if (t->kind != T_WORD || n > 4)
		return 0;
	for (p = by_len[n]; *p != '\0'; p += n + 1) {
		/* c | 0x20 is a lower-case letter only for that letter in
		 * either case: the fold of tok_is(). */
		for (k = 0; k < n && (w[k] | 0x20) == p[k]; k++)
			continue;
		if (k == n)
			return 1;
	}
	return 0;
}

/*
 * A short quote inside the clause a speech cue of its sentence reports
 * is the speaker's words, near the cue or not: 'has claimed the results
 * show he will have a "sweeping victory" in the run-off'.
 */
static int
reported_by_cue(const struct doc *d, const struct span *s)
{
	return s->has_cue && s->c1 < s->open &&
	    d->t[s->c1].sent == d->t[s->open].sent;
}

/*
 * 'The brand - a firm billed as "the place to be" - said that ...': a
 * fragment inside a pair of dashes with no cue between them, before the
 * cue its sentence has, is the reporter's aside, no one's words.
 */
static int
dash_aside(const struct doc *d, const struct span *s)
{
	size_t k, f = d->sfirst[d->t[s->open].sent];

	if (s->close == (size_t)-1 || s->c0 <= s->close)
		return 0;
	for (k = s->close + 1; k < s->c0; k++)
		if (tok_dash(d, &d->t[k]) && d->t[k].inq < 0)
			break;
	if (k == s->c0)
		return 0;
	for (k = s->open; k > f; k--) {
		if (d->cue1[k - 1] != (size_t)-1 && d->t[k - 1].inq < 0)
			return 0;
		if (tok_dash(d, &d->t[k - 1]) && d->t[k - 1].inq < 0)
			return 1;
	}
	return 0;
}

/*
 * A quote of a word or three right after "term", "word(s)", "phrase" or
 * "label" (maybe and a comma) names those words.
 */
static int
mention_noun(const struct doc *d, const struct span *s)
{
	static const char *const names[] = { "term", "word", "words",
	    "phrase", "label", "expression", NULL };
	size_t k = s->open;

	if (s->close == (size_t)-1 || words_between(d, s->open, s->close) > 3)
		return 0;
	if (k > 0 && tok_punct(d, &d->t[k - 1], ','))
		k--;
	return k > 0 && d->t[k - 1].low && d->t[k - 1].inq < 0 &&
	    tok_in(d, &d->t[k - 1], names);
}

/* "enthusiastically", "flatly": a lower-case word in -ly. */
static int
ly_adverb(const struct doc *d, const struct tok *t)
{
	return t->kind == T_WORD && t->low && t->inq < 0 && t->e - t->s > 4 &&
	    d->buf[t->e - 2] == 'l' && d->buf[t->e - 1] == 'y';
}

/* A cue at k that voices words: chanting, singing, shouting, yelling. */
static int
voice_cue(const struct doc *d, size_t k)
{
	static const char *const voice[] = { "chant", "chants", "chanted",
	    "chanting", "sing", "sings", "sang", "singing", "shout",
	    "shouts", "shouted", "shouting", "yell", "yells", "yelled",
	    "yelling", "scream", "screams", "screamed", "screaming", NULL };

	return d->t[k].low && tok_in(d, &d->t[k], voice);
}

/*
 * A lower-case noun at k right after a closing mark, then a person's
 * name: "star Jo Lee", "host Ann Hale", "co-founder Tim Ames".
 */
static int
title_label(const struct doc *d, size_t k)
{
	static const char *const links[] = { "until", "unless", "when",
	    "while", "as", "because", "since", "before", "after", "if", "and",
	    "or", "but", "than", "so", "though", "although", "once", "where",
	    "whereas", "then", "says", "writes", NULL };
	const struct tok *n = &d->t[k], *m = &d->t[k + 1];

	size_t e, x;

	if (!(d->t[k - 2].kind == T_WORD && !tok_in(d, n, links) &&
	    n->kind == T_WORD && n->low && n->inq < 0 && n->cue == NULL &&
	    n->sent == d->t[k - 1].sent && !finite_verb(d, n) &&
	    !tag(n, WC_PREP) && !tag(n, WC_DET) && !subj_word(d, n) &&
	    !ing_word(d, n) && m->kind == T_WORD && m->cap && m->ment >= 0 &&
	    d->m[m->ment].type == QUOTE_E_PERSON && d->m[m->ment].t0 == k + 1))
		return 0;
	/* '"We will not back down" leader Ann Lee told the rally': with no
	 * capital after its first word and a cue after the name, the
	 * quote is said and the name its speaker. */
	for (x = k - 2; d->t[x].kind != T_QUOTE && x > 0; x--)
		if (d->t[x].kind == T_WORD && d->t[x].cap &&
		    d->t[x - 1].kind != T_QUOTE)
			return 1;
	e = d->m[m->ment].t1;
	for (x = e + 1; x < d->nt && x <= e + 3 &&
	    d->t[x].sent == m->sent; x++)
		if (d->cue1[x] != (size_t)-1)
			return 0;
	return 1;
}

/*
 * 'Tom Hale's "47 percent" remark', 'Ann Lee's "read my lips" pledge':
 * a quote between a person's possessive and a noun of things said is
 * that person's words, cue or no cue; so is one after 'Lee's slogan is'.
 * The person's mention, or -1.
 */
static int
owned_quote(const struct doc *d, const struct span *s)
{
	static const char *const said[] = { "comment", "comments", "remark",
	    "remarks", "promise", "pledge", "line", "quip", "vow", "slogan",
	    "boast", "claim", "warning", "message", "mantra", "catchphrase",
	    "retort", "joke", "gaffe", "taunt", "insult", "jab", "refrain",
	    "rallying", "battle", "campaign", NULL };
	static const char *const be[] = { "is", "was", "remains", NULL };
	const struct tok *n;
	size_t p;
	int mi;

	/* 'Lee's campaign slogan is "Never give up."': the owner before
	 * a noun of things said and "is". */
	if (s->open >= 4 && d->t[s->open - 1].low &&
	    tok_in(d, &d->t[s->open - 1], be) && d->t[s->open - 2].low &&
	    tok_in(d, &d->t[s->open - 2], said) &&
	    !tok_is(d, &d->t[s->open - 2], "campaign") &&
	    !tok_is(d, &d->t[s->open - 2], "battle") &&
	    !tok_is(d, &d->t[s->open - 2], "rallying")) {
		p = s->open - 3;
		if (p > 1 && (tok_is(d, &d->t[p], "campaign") ||
		    tok_is(d, &d->t[p], "favorite") ||
		    tok_is(d, &d->t[p], "favourite")) && d->t[p].low)
			p--;
		if (d->t[p].kind == T_POSS && p > 0 &&
		    (mi = d->t[p - 1].ment) >= 0 &&
		    d->m[mi].type == QUOTE_E_PERSON && d->m[mi].t1 == p - 1)
			return mi;
		return -1;
	}
	if (s->open < 2 || s->close == (size_t)-1 || s->close + 1 >= d->nt ||
	    d->t[s->open - 1].kind != T_POSS)
		return -1;
	mi = d->t[s->open - 2].ment;
	n = &d->t[s->close + 1];
	if (mi < 0 || d->m[mi].type != QUOTE_E_PERSON ||
	    d->m[mi].t1 != s->open - 2 || n->kind != T_WORD || !n->low ||
	    n->inq >= 0 || !tok_in(d, n, said))
		return -1;
	/* "rallying cry", "battle cry", "campaign slogan". */
	if ((tok_is(d, n, "rallying") || tok_is(d, n, "battle") ||
	    tok_is(d, n, "campaign")) && (s->close + 2 >= d->nt ||
	    !(tok_is(d, &d->t[s->close + 2], "cry") ||
	    (tok_in(d, &d->t[s->close + 2], said) &&
	    !tok_is(d, &d->t[s->close + 2], "campaign")))))
		return -1;
	return mi;
}

/* keep_span(): a quote of one or two words by a cue, or of three or
 * four words (see drop_short()). */
#define SHORT_PARTIAL	2
#define MID_PARTIAL	3

/*
 * Not every quoted string is a quotation: titles of shows and books
 * ("Meet the Press"), markup attributes (author="..."), and scare quotes
 * nobody is said to have said.
 */
static int
keep_span(struct doc *d, const struct span *s)
{
	size_t k, words = s->words, small = s->small;
	int title = words > 0 && s->title;
	int right, set_off;

	if (s->cs > 0 && d->t[s->open].s > 0 && d->buf[d->t[s->open].s - 1] == '=')
		return 0;
	/* '"...2016/">I love it<tweet/>': markup between an attribute's
	 * closing mark and the next one, no one's words. */
	if (d->t[s->open].e < d->len && d->buf[d->t[s->open].e] == '>')
		return 0;
	/* A title ("Meet the Press") is said only when a cue follows. */
	right = s->has_cue && s->close != (size_t)-1 && s->c0 > s->close &&
	    s->cue_next;
	/* Set off like a quote: '"...," he said', not '"..." reports'. */
	set_off = s->close != (size_t)-1 && ((s->close + 1 < d->nt &&
	    tok_punct(d, &d->t[s->close + 1], ',')) ||
	    d->t[s->last].kind == T_PUNCT);
	/* 'Hale said: "Never."': a sentence set off right after its cue
	 * is said, in capitals or not. */
	if (title && s->has_cue && (s->c1 + 2 == s->open ||
	    (s->c1 + 3 == s->open && ly_adverb(d, &d->t[s->c1 + 1]))) &&
	    (tok_punct(d, &d->t[s->open - 1], ':') ||
	    tok_punct(d, &d->t[s->open - 1], ',')) &&
	    sent_end_punct(d, &d->t[s->last]))
		title = 0;
	/* 'chanting "Lee or Hale, No Jail"': words chanted or sung right
	 * after the verb are voiced, in capitals or not (a book after
	 * "wrote" stays a title). */
	if (title && s->has_cue && s->c1 + 1 == s->open && voice_cue(d, s->c1))
		title = 0;
	if (title && (!right || !set_off))
		return 0;
	/* 'the term "red tape,"', 'the word "queue"': a mention of the
	 * words, not a use. */
	if (mention_noun(d, s))
		return 0;
	/* '"Morrison is leaving the show," by Times reporter Jo Lee:' a
	 * headline and its byline, no one's words; so with no cue. */
	if (!s->has_cue && s->close != (size_t)-1 && s->close + 2 < d->nt &&
	    d->t[s->close + 1].sent == d->t[s->close].sent &&
	    tok_is(d, &d->t[s->close + 1], "by") && d->t[s->close + 1].low)
		return 0;
	/* 'a popular play called "Los Hijos de Trump,"': a name. */
	if (s->open > 1 && d->t[s->open - 1].kind == T_WORD &&
	    d->t[s->open - 1].low && (tok_is(d, &d->t[s->open - 1], "called") ||
	    tok_is(d, &d->t[s->open - 1], "named") ||
	    tok_is(d, &d->t[s->open - 1], "titled") ||
	    tok_is(d, &d->t[s->open - 1], "entitled")) &&
	    named_thing(d, s->open - 1))
		return 0;
	/* '"The Night Shift" star Jo Lee', '"Today" host Ann Hale': a
	 * quote that modifies the role noun of a name is a title. */
	if (s->close != (size_t)-1 && s->close + 2 < d->nt &&
	    d->t[s->open + 1].cap && title_label(d, s->close + 1))
		return 0;
	/* 'appeared on "Face the Nation,"', 'CBS's "Today"': a title. */
	if (title && s->open > 0 &&
	    d->t[s->open - 1].para == d->t[s->open].para &&
	    (d->t[s->open - 1].kind == T_POSS ||
	    (d->t[s->open - 1].kind == T_WORD && d->t[s->open - 1].low &&
	    d->cue1[s->open - 1] == (size_t)-1)))
		return 0;
	/* A short paragraph all in single marks is a section heading
	 * ('A really tough decision.'), not something anyone said. */
	if (!d->t[s->open].dbl && s->close != (size_t)-1 && words <= 8 &&
	    (s->open == 0 || d->t[s->open - 1].para != d->t[s->open].para)) {
		k = s->close + 1;
		while (k < d->nt && d->t[k].para == d->t[s->close].para &&
		    d->t[k].kind == T_PUNCT)
			k++;
		if (k >= d->nt || d->t[k].para != d->t[s->close].para)
			return 0;
	}
	/* The excerpt after a headline and its credit: '"Title," by X:
	 * "..."' quotes an article, not a speaker. */
	if (s->open > 2 && tok_punct(d, &d->t[s->open - 1], ':')) {
		for (k = s->open - 1; k > 1 && k + CREDIT_MAX > s->open; k--) {
			const struct tok *t = &d->t[k - 1];

			if (tok_is(d, t, "by") && t->low) {
				if (d->t[k - 2].kind == T_QUOTE)
					return 0;
				break;
			}
			if (t->kind != T_WORD && t->kind != T_POSS &&
			    !tok_punct(d, t, '.') &&
			    !(t->kind == T_QUOTE && !t->dbl))
				break;
		}
	}
	/* A headline with its credit: '"Title," by X', set off by its
	 * comma or opening its sentence; not 'were "deeply hurt" by the
	 * decision'. */
	if (s->close != (size_t)-1) {
		int comma = s->close > 0 && tok_punct(d, &d->t[s->close - 1], ',');

		k = s->close + 1;
		if (k < d->nt && tok_punct(d, &d->t[k], ',')) {
			comma = 1;
			k++;
		}
		if (k < d->nt && tok_is(d, &d->t[k], "by") && d->t[k].low &&
		    (comma || s->open == 0 ||
		    d->t[s->open - 1].sent != d->t[s->open].sent))
			return 0;
	}
	if (s->kind == QUOTE_PARTIAL && !s->has_cue && PARTIAL_NEEDS_CUE)
		return 0;
	if (s->kind == QUOTE_PARTIAL && s->has_cue && dash_aside(d, s))
		return 0;
	/*
	 * One or two quoted words are a term or a scare quote (so-called
	 * "independent expenditure") unless a cue stands right beside them
	 * (calling it "unhinged", "disastrous," he said) or its clause holds
	 * them; and even then only when that reported clause is found
	 * (drop_short()).
	 */
	if (s->kind == QUOTE_PARTIAL && words + (words < 3 ? small : 0) <= 2)
		return (s->cue_next && set_off) ||
		    (s->c1 < s->open && s->open - s->c1 <= SHORT_CUE) ||
		    reported_by_cue(d, s) ? SHORT_PARTIAL : 0;
	/* Three or four words too, unless set off by their cue ('"smart
	 * as a whip," he wrote'). */
	if (s->kind == QUOTE_PARTIAL && words + small <= MID_WORDS &&
	    !(s->cue_next && set_off))
		return MID_PARTIAL;
	return 1;
}

/*
 * "The retired neurosurgeon has provided ..., saying": a determiner and
 * up to four lower-case words, then "has", "is", a comma or (after two
 * words or more) a verb, open the sentence at token k.  The description as written, without "the".
 */
static int
det_subject(struct doc *d, size_t k, size_t c0, struct who *w)
{
	size_t x, s0 = tok_is(d, &d->t[k], "the") ? k + 1 : k;

	for (x = k + 1; x < c0 && x < k + 5; x++) {
		const struct tok *t = &d->t[x];

		if (t->kind != T_WORD || !t->low || t->inq >= 0 || t->cue != NULL ||
		    tag(t, WC_PREP) || tag(t, WC_NOT_NAME) || tag(t, WC_BETWEEN) ||
		    tag(t, WC_DET) || pron_class(t) ||
		    lex_verb(d, t) || (x > k + 2 && ed_form(d, t, 3)))
			break;
	}
	/* ... or a verb before a participle: "The retired farmer addressed
	 * ..., remarking"; "A protester interrupted ..., shouting" when
	 * the one word is a person noun. */
	if (x == k + 1 || x >= c0 || !(tag(&d->t[x], WC_BETWEEN) ||
	    tok_punct(d, &d->t[x], ',') || ((x > k + 2 ||
	    tag(&d->t[k + 1], WC_PERSON_NOUN)) && d->t[x].low &&
	    d->t[x].inq < 0 && (tok_punct(d, &d->t[c0 - 1], ',') ||
	    (d->t[c0 - 1].kind == T_QUOTE && tok_punct(d, &d->t[c0 - 2], ','))) &&
	    (lex_verb(d, &d->t[x]) || ed_form(d, &d->t[x], 3)))))
		return 0;
	who_words(d, s0, k, x - 1, w);
	return 1;
}

/* Words of a subject opened by a capitalised modifier. */
#define CAP_SUBJ	8

/*
 * "Eleven progressive groups are asking", "Libertarian candidate Jo
 * Lee's doctor is calling": a capitalised word that is no person opens
 * the subject and lower-case words go on up to the cue (c0, past "is",
 * "has", adverbs).  The subject as written, or the person that ends it.
 */
static int
cap_subject(struct doc *d, size_t k, size_t c0, struct who *w)
{
	size_t p = c0, x;
	int mi = d->t[k].ment;

	while (p > k && skippable(d, &d->t[p - 1]))
		p--;
	if (!cap_word(&d->t[k]) || (mi >= 0 && (d->m[mi].type ==
	    QUOTE_E_PERSON || d->m[mi].t1 != k)) || p < k + 2 ||
	    p > k + CAP_SUBJ || !d->t[k + 1].low || tag(&d->t[k + 1], WC_PREP) ||
	    d->t[k + 1].cue != NULL || tag(&d->t[k], WC_NOT_NAME))
		return 0;
	for (x = k + 1; x < p; x++) {
		const struct tok *t = &d->t[x];

		/* "Eleven progressive and Muslim groups" */
		if (tok_is(d, t, "and") && x + 1 < p)
			continue;
		if (t->inq >= 0 || (t->kind == T_WORD && (t->cue != NULL ||
		    tag(t, WC_PREP) || tag(t, WC_NOT_NAME) || tag(t, WC_DET) ||
		    pron_class(t) || lex_verb(d, t))) ||
		    (t->kind != T_WORD && t->kind != T_POSS &&
		    !tok_punct(d, t, '-')))
			return 0;
	}
	if ((mi = d->t[p - 1].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON) {
		who_ment(d, (size_t)mi, w);
		return 1;
	}
	who_words(d, k, k, p - 1, w);
	return 1;
}

/* Tokens of a dateline before its dash ("WASHINGTON, Dec. 8 (AP) --"). */
#define DATELINE_MAX	10

/* An upper-case word of two letters or more: "WASHINGTON", "AP". */
static int
all_caps(const struct doc *d, const struct tok *t)
{
	size_t x;

	if (t->kind != T_WORD || t->e - t->s < 2)
		return 0;
	for (x = t->s; x < t->e; x++)
		if ((unsigned char)d->buf[x] >= 'a' &&
		    (unsigned char)d->buf[x] <= 'z')
			return 0;
	return 1;
}

/*
 * "DECATUR, Ill. -- Sen. Ann Lee said", "IN BRIEF -- Lee said": a
 * dateline or a heading in capitals that opens a sentence at token k, up
 * to its dash, names no speaker.  The first token after it, or k.
 */
static size_t
dateline_end(const struct doc *d, size_t k, size_t hi)
{
	static const char *const ampm[] = { "am", "pm", "a.m", "p.m", "a.m.",
	    "p.m.", NULL };
	size_t x;

	/* "09:30 GMT:", "10:15 a.m. -": a live blog's time stamp. */
	if (k + 3 < hi && digit_tok(d, &d->t[k]) && d->t[k].inq < 0 &&
	    tok_punct(d, &d->t[k + 1], ':') && digit_tok(d, &d->t[k + 2]) &&
	    d->t[k].e == d->t[k + 1].s && d->t[k + 1].e == d->t[k + 2].s) {
		x = k + 3;
		if ((all_caps(d, &d->t[x]) && d->t[x].e - d->t[x].s <= 4) ||
		    tok_in(d, &d->t[x], ampm)) {
			x++;
			if (x < hi && tok_punct(d, &d->t[x], '.') &&
			    d->t[x - 1].e == d->t[x].s)
				x++;
		}
		if (x + 1 < hi && (tok_punct(d, &d->t[x], ':') ||
		    tok_punct(d, &d->t[x], '-') || tok_dash(d, &d->t[x])))
			return x + 1;
		return k;
	}
	if (k >= hi || !all_caps(d, &d->t[k]) || d->t[k].inq >= 0)
		return k;
	/* "NEW DELHI: The court ...": capitals and a colon. */
	for (x = k + 1; x + 1 < hi && x < k + 4 && all_caps(d, &d->t[x]); x++)
		continue;
	if (x + 1 < hi && tok_punct(d, &d->t[x], ':') &&
	    d->t[x - 1].e == d->t[x].s)
		return x + 1;
	for (x = k + 1; x < hi && x < k + DATELINE_MAX; x++) {
		if (d->t[x].inq >= 0 || d->t[x].kind == T_QUOTE)
			return k;
		/* A long dash, or two hyphens. */
		if (tok_dash(d, &d->t[x]) && d->t[x].e - d->t[x].s > 1)
			return x + 1;
		if (x + 1 < hi && tok_punct(d, &d->t[x], '-') &&
		    tok_punct(d, &d->t[x + 1], '-') && d->t[x].e == d->t[x + 1].s)
			return x + 2;
		/* "ORLANDO, Fla. (Wire) - ": a hyphen set off by spaces. */
		if (x + 1 < hi && tok_punct(d, &d->t[x], '-') &&
		    d->t[x - 1].e < d->t[x].s && d->t[x].e < d->t[x + 1].s)
			return x + 1;
	}
	return k;
}

/*
 * The speaker of a participle cue (", saying ..."): the speaker already
 * found in the sentence, else the subject at its start.
 */
static int
sent_speaker(struct doc *d, size_t si, size_t c0, struct who *w)
{
	size_t k, f, r1, n;
	int mi;

	memset(w, 0, sizeof(*w));
	w->group = -1;
	/* ", who worked the crowd, praising": the clause's subject. */
	if (d->t[c0].cue != NULL && ing_word(d, &d->t[c0]) &&
	    ing_clause(d, c0, w))
		return 1;
	if (d->sspk[si].name != NULL) {
		*w = d->sspk[si];
		return 1;
	}
	k = d->ufree[si] < c0 ? d->ufree[si] : c0;
	k = dateline_end(d, k, c0);
	/* "But for X, ...": the conjunction, then the phrase. */
	if (k + 1 < c0 && (tok_is(d, &d->t[k], "but") ||
	    tok_is(d, &d->t[k], "and")) && tag(&d->t[k + 1], WC_PREP))
		k++;
	/* Past opening phrases: "After the talks, X said ...", "On
	 * Thursday, after a long wait, X said". */
	for (n = 0; n < 3 && k < c0 && d->t[k].kind == T_WORD &&
	    !pron_class(&d->t[k]) && !tag(&d->t[k], WC_DET) &&
	    /* "But X opposed it, arguing": a conjunction, no phrase. */
	    !tok_is(d, &d->t[k], "but") && !tok_is(d, &d->t[k], "and") &&
	    (tag(&d->t[k], WC_PREP) || tag(&d->t[k], WC_NOT_NAME) ||
	    ing_word(d, &d->t[k]) || ed_by(d, k) || (d->t[k].e - d->t[k].s > 4 &&
	    d->buf[d->t[k].e - 2] == 'l' && d->buf[d->t[k].e - 1] == 'y' &&
	    d->ucomma[si] < c0 && d->ucomma[si] > k)); n++) {
		f = k + NP_MAX;
		while (k < c0 && k < f && !tok_punct(d, &d->t[k], ','))
			k++;
		k++;
	}
	/* "Hours later, X ...": a short opening phrase with no name. */
	if (k < c0 && d->ucomma[si] < c0 && d->ucomma[si] > k &&
	    !tag(&d->t[k], WC_DET) && !pron_class(&d->t[k]) &&
	    d->ucomma[si] <= k + OPEN_MAX &&
	    (d->prevment[d->ucomma[si]] == (size_t)-1 ||
	    d->prevment[d->ucomma[si]] < k ||
	    d->m[d->t[d->prevment[d->ucomma[si]]].ment].type == QUOTE_E_NONE))
		k = d->ucomma[si] + 1;
	if (k < c0 && (tok_is(d, &d->t[k], "but") || tok_is(d, &d->t[k], "and")))
		k++;
	if (k >= c0 || !np_tok(d, k))
		return 0;
	if (cap_subject(d, k, c0, w))
		return 1;
	/* "Republican Presidential hopeful Sen. Jo Lee was critical":
	 * the person a run of modifiers ends with. */
	if (cap_word(&d->t[k]) && ((n = (size_t)d->t[k].ment) == (size_t)-1 ||
	    d->m[n].type != QUOTE_E_PERSON) &&
	    (mi = person_in_run(d, k, c0)) >= 0) {
		who_ment(d, (size_t)mi, w);
		return 1;
	}
	r1 = np_fwd(d, k, c0);
	if (pron_class(&d->t[k]) && !poss_pron(d, &d->t[k]))
		r1 = k;
	/* "the other candidate on the stage, Jo Lee, drew ...": past the
	 * description's phrase to the name set beside it. */
	for (n = k + 1; tag(&d->t[k], WC_DET) && !pron_class(&d->t[k]) &&
	    n < c0 && n < k + 5 && d->t[n].kind == T_WORD && d->t[n].low &&
	    d->t[n].inq < 0 && !tag(&d->t[n], WC_PREP) &&
	    !lex_verb(d, &d->t[n]) && d->t[n].cue == NULL; n++)
		continue;
	if (tag(&d->t[k], WC_DET) && !pron_class(&d->t[k]) && n > k + 1 &&
	    n + 2 < c0 && d->t[n].low && tag(&d->t[n], WC_PREP) &&
	    tag(&d->t[n - 1], WC_PERSON_NOUN)) {
		for (n += 1; n < c0 && n < k + 12 && d->t[n].kind == T_WORD &&
		    d->t[n].inq < 0 && !lex_verb(d, &d->t[n]); n++)
			continue;
		/* The name, maybe after its titles ("former Secretary of
		 * State Jo Lee"), then a comma. */
		for (r1 = n + 1; n + 2 < c0 && tok_punct(d, &d->t[n], ',') &&
		    r1 < c0 && r1 < n + 10 && d->t[r1].kind == T_WORD &&
		    d->t[r1].inq < 0 && !lex_verb(d, &d->t[r1]); r1++)
			if ((mi = d->t[r1].ment) >= 0 && d->m[mi].t0 == r1) {
				if (d->m[mi].type == QUOTE_E_PERSON &&
				    d->m[mi].t1 + 1 < c0 &&
				    tok_punct(d, &d->t[d->m[mi].t1 + 1], ',')) {
					who_ment(d, (size_t)mi, w);
					return 1;
				}
				break;
			}
		r1 = np_fwd(d, k, c0);
	}
	/* "Hale's state director, Jan Novak, reached out": the
	 * person set beside a description. */
	if (tag(&d->t[k], WC_DET) && !pron_class(&d->t[k]) && r1 == k &&
	    det_subject(d, k, c0, w))
		return 1;
	else if (r1 + 3 < c0 && d->t[r1].ment < 0 &&
	    tok_punct(d, &d->t[r1 + 1], ',') && (n = (size_t)d->t[r1 + 2].ment) !=
	    (size_t)-1 && d->m[n].t0 == r1 + 2 &&
	    d->m[n].type == QUOTE_E_PERSON && d->m[n].t1 + 1 < c0 &&
	    tok_punct(d, &d->t[d->m[n].t1 + 1], ',')) {
		who_ment(d, n, w);
		return 1;
	}
	return np_speaker(d, k, r1, 0, w);
}

/*
 * An -ing cue ("issued a statement saying", "tweeted on Friday saying"):
 * the phrase before it names the speaker when it is a person; else a
 * person who is the sentence's subject does.
 */
static void
ing_speaker(struct doc *d, size_t si, size_t c0, struct who *w)
{
	struct who s;
	int thing;

	if (w->name != NULL && w->person == 1)
		return;
	/* "with ... a newspaper columnist suggesting that": the person
	 * noun right before the cue. */
	if (w->name != NULL && c0 > d->sfirst[si] && d->t[c0 - 1].low &&
	    tag(&d->t[c0 - 1], WC_PERSON_NOUN) && w->me == d->t[c0 - 1].e)
		return;
	if (ing_clause(d, c0, w))
		return;
	/* "Ruiz's campaign sent out a press release saying": a thing
	 * that is no person noun gives way to an organisation too. */
	thing = w->name != NULL && w->person == -1 && w->group < 0 &&
	    c0 > d->sfirst[si] && d->t[c0 - 1].ment < 0 &&
	    !tag(&d->t[c0 - 1], WC_PERSON_NOUN);
	if (sent_speaker(d, si, c0, &s) && s.name != NULL &&
	    (s.person == 1 || w->name == NULL || thing)) {
		*w = s;
		pair_speaker(d, w);
	}
}

/*
 * "..., he laughed and said": the subject that opens the clause of the
 * verb before "and" at token a, a pronoun or a person after a comma a
 * few words back.  Found or not.
 */
static int
clause_subj(struct doc *d, size_t a, struct who *w)
{
	size_t lo = d->sfirst[d->t[a].sent], k, n;
	int mi;

	for (k = a, n = 0; k > lo + 1 && n < SUB_BACK; k--, n++) {
		const struct tok *t = &d->t[k - 1];

		if (t->inq >= 0 || t->kind == T_QUOTE)
			return 0;
		if (tok_punct(d, t, ','))
			break;
	}
	if (k == lo + 1 || n == SUB_BACK || k + 1 >= a ||
	    !tok_punct(d, &d->t[k - 1], ','))
		return 0;
	if (tok_is(d, &d->t[k], "he") || tok_is(d, &d->t[k], "she")) {
		memset(w, 0, sizeof(*w));
		w->group = -1;
		w->ms = d->t[k].s;
		w->me = d->t[k].e;
		return resolve_pron(d, k, pron_class(&d->t[k]), 0, w);
	}
	if ((mi = d->t[k].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON &&
	    d->m[mi].t0 == k && d->m[mi].t1 + 1 < a &&
	    d->t[d->m[mi].t1 + 1].kind == T_WORD) {
		who_ment(d, (size_t)mi, w);
		return 1;
	}
	return 0;
}

/*
 * '"Stop the war," read a banner held up in the gallery', '"...," went
 * the chant': a quote that ends in a comma, then a verb that is no cue
 * and a determiner's phrase: that phrase, as written, says what carried
 * the words.
 */
static int
carrier_after(struct doc *d, struct span *s)
{
	size_t c = s->close, k, e;

	if (c == (size_t)-1 || c + 3 >= d->nt || s->last + 1 != c ||
	    !tok_punct(d, &d->t[s->last], ',') ||
	    d->t[c + 1].sent != d->t[c].sent)
		return 0;
	k = c + 1;
	if (d->t[k].kind != T_WORD || !d->t[k].low || d->t[k].cue != NULL ||
	    d->t[k].inq >= 0 || d->t[k].wtag != NULL ||
	    !tag(&d->t[k + 1], WC_DET) || pron_class(&d->t[k + 1]) ||
	    d->t[k + 2].kind != T_WORD || !d->t[k + 2].low ||
	    tag(&d->t[k + 2], WC_PERSON_NOUN) || d->t[k + 2].ment >= 0)
		return 0;
	/* "a large banner": on over plain words to the noun. */
	for (e = k + 2; e + 1 < d->nt && e < k + 4 &&
	    d->t[e + 1].kind == T_WORD && d->t[e + 1].low &&
	    d->t[e + 1].wtag == NULL && d->t[e + 1].cue == NULL &&
	    d->t[e + 1].sent == d->t[k].sent && !lex_verb(d, &d->t[e + 1]) &&
	    !ed_form(d, &d->t[e + 1], 3) && !ing_word(d, &d->t[e + 1]); e++)
		continue;
	who_words(d, tok_is(d, &d->t[k + 1], "the") ? k + 2 : k + 1, k + 1, e,
	    &s->w);
	s->w.person = 0;
	return 1;
}

/*
 * '"We will not back down." | Those were the words of union leader Ann
 * Lee': a sentence after the quote that opens "that/those was/were the
 * NOUN of" names its speaker, the person a few words on.
 */
static int
words_of_next(struct doc *d, struct span *s)
{
	static const char *const dem[] = { "that", "those", "these", "this",
	    NULL };
	static const char *const be[] = { "was", "were", "is", "are", NULL };
	size_t e = s->close != (size_t)-1 ? s->close : s->last, f, x;
	size_t ns = d->t[e].sent + 1;
	int mi;

	if (ns >= d->nunit || d->slast[ns] < d->sfirst[ns] + 6)
		return 0;
	f = d->sfirst[ns];
	/* The quote ends its sentence, or its mark the sentence's end. */
	if (f != e + 1 && !(e + 2 == f && sent_end_punct(d, &d->t[e + 1])))
		return 0;
	if (!tok_in(d, &d->t[f], dem) || !tok_in(d, &d->t[f + 1], be) ||
	    !tok_is(d, &d->t[f + 2], "the") || !d->t[f + 3].low ||
	    !tok_is(d, &d->t[f + 4], "of"))
		return 0;
	for (x = f + 5; x < d->slast[ns] && x < f + 5 + TITLE_RUN + 1; x++) {
		if ((mi = d->t[x].ment) >= 0 && d->m[mi].type == QUOTE_E_PERSON &&
		    d->t[x].inq < 0) {
			who_ment(d, (size_t)mi, &s->w);
			return 1;
		}
		if (d->t[x].kind != T_WORD)
			break;
	}
	return 0;
}

/* Find and resolve the attribution of quote span i. */
static void
attribute_span(struct doc *d, size_t i)
{
	struct span *s = &d->sp[i];
	size_t si = d->t[s->open].sent, k, c1 = 0, lo, hi, n;
	int inv, found = 0;

	memset(&s->w, 0, sizeof(s->w));
	s->w.group = -1;
	/* Right: '," he said', '," said X'. */
	if (s->close != (size_t)-1) {
		size_t cs = d->t[s->close].sent;

		hi = d->slast[cs];
		for (k = s->close + 1, n = 0; k < hi && n < CUE_AFTER; k++, n++) {
			if (d->t[k].kind == T_QUOTE || sent_end_punct(d, &d->t[k]))
				break;
			/* 'called it "a win" and urged ...': the next verb
			 * of the reporter's sentence, not the quote's cue. */
			if ((k == s->close + 1 || (k + 1 < hi &&
			    d->cue1[k + 1] != (size_t)-1)) && d->t[k].low &&
			    (tok_is(d, &d->t[k], "and") || tok_is(d, &d->t[k], "but") ||
			    tok_is(d, &d->t[k], "or")))
				break;
			if (is_cue_tok(d, k, &c1)) {
				found = 1;
				s->cue_next = 1;
				break;
			}
			if (d->t[k].kind == T_PUNCT && !tok_punct(d, &d->t[k], ','))
				break;
			/* '"...," one resident, who asked not to be named,
			 * told': over the relative clause to its comma. */
			if (k > s->close + 2 && tok_is(d, &d->t[k], "who") &&
			    tok_punct(d, &d->t[k - 1], ',')) {
				size_t x;

				for (x = k + 1; x < hi && x < k + REL_SKIP &&
				    d->t[x].kind == T_WORD; x++)
					continue;
				if (x < hi && tok_punct(d, &d->t[x], ',')) {
					k = x;
					continue;
				}
			}
		}
	}
	/* Left: 'Bolton said, "...', 'told reporters that "...'. */
	if (!found) {
		lo = d->sfirst[si];
		if (s->open > lo && (k = d->prevcue[s->open - 1]) != (size_t)-1) {
			size_t k2;

			/* 'told reporters the deal showed that "..."': a
			 * verb made a cue by the fragment, inside a speech
			 * cue's clause, gives way to that cue (see
			 * frag_clause()). */
			if (d->t[k].cue == NULL && k > lo &&
			    (k2 = d->prevcue[k - 1]) != (size_t)-1 &&
			    k2 >= lo && d->t[k2].cue != NULL &&
			    d->t[k2].inq < 0 && d->nextq[k2] > k)
				k = k2;
			c1 = d->cue1[k];
			found = 1;
		}
	}
	/* Right, anywhere later in the sentence (partial quotes). */
	if (!found && s->close != (size_t)-1 && s->close + 1 < d->nt &&
	    d->t[s->close + 1].sent == d->t[s->close].sent &&
	    (k = d->nextcue[s->close + 1]) != (size_t)-1) {
		c1 = d->cue1[k];
		found = 1;
	}
	/* '"...?" / Berg questioned.': a quote that ends its sentence, and
	 * a short next sentence of the paragraph that is only "X said". */
	if (!found && s->close != (size_t)-1 && s->close + 1 < d->nt &&
	    d->t[s->close + 1].sent != d->t[s->close].sent) {
		size_t ns = d->t[s->close + 1].sent, f = d->sfirst[ns], pl;

		if (ns < d->nunit && d->slast[ns] > f + 2 &&
		    d->t[f].para == d->t[s->close].para &&
		    d->nextq[f] >= d->slast[ns] &&
		    (k = d->nextcue[f]) != (size_t)-1 && k > f &&
		    k <= f + 4 && (pl = d->slast[ns] - 1) > d->cue1[k] &&
		    pl - d->cue1[k] <= CUE_TAIL && tok_punct(d, &d->t[pl], '.')) {
			for (n = d->cue1[k] + 1; n < pl; n++)
				if (tok_is(d, &d->t[n], "that") ||
				    d->t[n].kind != T_WORD)
					break;
			if (n == pl) {
				c1 = d->cue1[k];
				found = 1;
				s->cue_next = 1;
			}
		}
	}
	if (found) {
		s->has_cue = 1;
		s->c0 = k;
		s->c1 = c1;
		if (d->t[k].cue != NULL && strchr(d->t[k].cue, 'P') &&
		    k > 0 && tok_punct(d, &d->t[k - 1], ',')) {
			/* ", calling on ...": the sentence's speaker. */
			(void)sent_speaker(d, d->t[k].sent, k, &s->w);
			return;
		}
		if (cue_speaker(d, k, c1, 0, &s->w, &inv) && !inv &&
		    ing_word(d, &d->t[k]))
			ing_speaker(d, d->t[k].sent, k, &s->w);
		/* "and later said": past the adverbs. */
		for (n = k; n > d->sfirst[d->t[k].sent] &&
		    skippable(d, &d->t[n - 1]) && n + SUB_BACK > k; n--)
			;
		if (s->w.name != NULL)
			d->sspk[d->t[k].sent] = s->w;
		else if (!inv && n > d->sfirst[d->t[k].sent] &&
		    (ing_word(d, &d->t[k]) || tok_is(d, &d->t[n - 1], "and") ||
		    tok_is(d, &d->t[n - 1], "then") ||
		    tok_is(d, &d->t[n - 1], "but") ||
		    tok_is(d, &d->t[n - 1], "also"))) {
			/* "When X was asked ..., he laughed and said": the
			 * subject of the cue's own clause; else "X spoke at
			 * ..., and then predicted: "...": X. */
			if (!clause_subj(d, n - 1, &s->w) || s->w.name == NULL)
				(void)sent_speaker(d, d->t[k].sent, k, &s->w);
		}
		return;
	}
	/* '"Stop the war," read a banner': words a thing carries, named
	 * after them; no one who spoke before. */
	if (carrier_after(d, s))
		return;
	/* '"..." | Those were the words of Ann Lee, ...'. */
	if (words_of_next(d, s))
		return;
	/* '"...," ― Karen Smith': a name after a dash signs the quote. */
	if (s->close != (size_t)-1 && s->close + 2 < d->nt &&
	    tok_dash(d, &d->t[s->close + 1]) &&
	    d->t[s->close + 2].ment >= 0 && d->t[s->close + 2].inq < 0 &&
	    d->m[d->t[s->close + 2].ment].type == QUOTE_E_PERSON) {
		who_ment(d, (size_t)d->t[s->close + 2].ment, &s->w);
		return;
	}
	/* '"A "B" C." ― Jo Lee' ending the paragraph signs its quote,
	 * also one that closed early at an inner mark. */
	{
		size_t e = s->close != (size_t)-1 ? s->close : s->last;
		size_t cs = d->t[e].sent, pe = d->slast[cs];

		/* The sentence's end, or the next one's in the paragraph
		 * ('"..." | ― Jo Lee'). */
		if (pe == e + 1 && cs + 1 < d->nunit &&
		    d->slast[cs + 1] > d->sfirst[cs + 1] &&
		    d->t[d->sfirst[cs + 1]].para == d->t[e].para)
			pe = d->slast[cs + 1];
		if (pe > e + 3 && tok_punct(d, &d->t[pe - 1], '.'))
			pe--;
		if (pe > e + 2 && pe <= e + SIGN_SPAN &&
		    (n = (size_t)d->t[pe - 1].ment) != (size_t)-1 &&
		    d->m[n].type == QUOTE_E_PERSON && d->m[n].t0 > e + 1 &&
		    tok_dash(d, &d->t[d->m[n].t0 - 1])) {
			who_ment(d, n, &s->w);
			return;
		}
	}
	/* 'He said:' closing the sentence before. */
	if (si > 0 && d->slast[si - 1] > d->sfirst[si - 1]) {
		size_t pl = d->slast[si - 1] - 1;

		if (tok_punct(d, &d->t[pl], ':') && pl > d->sfirst[si - 1] &&
		    (k = d->prevcue[pl - 1]) != (size_t)-1) {
			s->has_cue = 1;
			s->c0 = k;
			s->c1 = d->cue1[k];
			/* "The Times confirmed it, reporting:" */
			if (cue_speaker(d, k, s->c1, 0, &s->w, &inv) && !inv &&
			    ing_word(d, &d->t[k]))
				ing_speaker(d, d->t[k].sent, k, &s->w);
			else if (s->w.name == NULL && !inv && ing_word(d, &d->t[k]))
				(void)sent_speaker(d, d->t[k].sent, k, &s->w);
			return;
		}
	}
	/* 'X said in a statement.' with no quote of its own, before a quote
	 * that opens the next sentence: X. */
	if (si > 0 && s->open == d->sfirst[si] &&
	    d->slast[si - 1] > d->sfirst[si - 1] + 1 &&
	    d->nextq[d->sfirst[si - 1]] >= d->slast[si - 1] &&
	    d->t[d->slast[si - 1] - 1].para + 1 >= d->t[s->open].para) {
		size_t pl = d->slast[si - 1] - 1, j;

		if (tok_punct(d, &d->t[pl], '.') &&
		    (k = d->prevcue[pl - 1]) != (size_t)-1 &&
		    d->cue1[k] < pl && pl - d->cue1[k] <= CUE_TAIL) {
			for (j = d->cue1[k] + 1; j < pl; j++)
				if (tok_is(d, &d->t[j], "that") ||
				    d->t[j].kind != T_WORD)
					break;
			if (j == pl && cue_speaker(d, k, d->cue1[k], 0, &s->w,
			    &inv) && s->w.name != NULL) {
				s->has_cue = 1;
				s->c0 = k;
				s->c1 = d->cue1[k];
				return;
			}
			memset(&s->w, 0, sizeof(s->w));
			s->w.group = -1;
		}
	}
	/* "Now 78, he spoke for the first time about that night." before
	 * a paragraph that opens with a quote: the one who spoke; so too
	 * the one asked ("Lee shrugs when asked about it."). */
	if (si > 0 && s->open == d->sfirst[si] &&
	    d->slast[si - 1] > d->sfirst[si - 1] + 1 &&
	    d->nextq[d->sfirst[si - 1]] >= d->slast[si - 1] &&
	    d->t[d->slast[si - 1] - 1].para + 1 == d->t[s->open].para) {
		static const char *const spoke[] = { "spoke", "speaks",
		    "talked", "talks", NULL };
		static const char *const asked_by[] = { "when", "if", "was",
		    "is", "were", "are", "been", NULL };

		for (k = d->sfirst[si - 1] + 1; k < d->slast[si - 1]; k++)
			if (d->t[k].low && (tok_in(d, &d->t[k], spoke) ||
			    (tok_is(d, &d->t[k], "asked") &&
			    tok_in(d, &d->t[k - 1], asked_by))))
				break;
		/* "..., since Lee spoke only in riddles": the one right
		 * before the verb. */
		if (k < d->slast[si - 1] && !tok_is(d, &d->t[k], "asked") &&
		    (n = (size_t)d->t[k - 1].ment) != (size_t)-1 &&
		    d->m[n].type == QUOTE_E_PERSON && d->m[n].t1 == k - 1 &&
		    d->t[k - 1].inq < 0) {
			who_ment(d, n, &s->w);
			return;
		}
		if (k < d->slast[si - 1] && sent_speaker(d, si - 1, k, &s->w) &&
		    s->w.name != NULL && s->w.person != 0)
			return;
		memset(&s->w, 0, sizeof(s->w));
		s->w.group = -1;
	}
	/* 'Hale issued a statement, "..."': the sentence's subject. */
	if (s->open > d->sfirst[si] + 1 &&
	    (tok_punct(d, &d->t[s->open - 1], ',') ||
	    tok_punct(d, &d->t[s->open - 1], ':')) &&
	    tag(&d->t[s->open - 2], WC_CARRIER) &&
	    sent_speaker(d, si, s->open - 2, &s->w) && s->w.name != NULL)
		return;
	memset(&s->w, 0, sizeof(s->w));
	s->w.group = -1;
	/* "Here's Moss in 1992: "...": the person before the colon. */
	{
		size_t u = si, colon = (size_t)-1;
		int mi;

		if (s->open > d->sfirst[si] &&
		    tok_punct(d, &d->t[s->open - 1], ':'))
			colon = s->open - 1;
		/* 'proposes this: ""Radical ...': past a stray mark. */
		else if (s->open > d->sfirst[si] + 1 &&
		    d->t[s->open - 1].kind == T_QUOTE &&
		    tok_punct(d, &d->t[s->open - 2], ':'))
			colon = s->open - 2;
		else if (s->open == d->sfirst[si] && si > 0 &&
		    d->slast[si - 1] > d->sfirst[si - 1] &&
		    tok_punct(d, &d->t[d->slast[si - 1] - 1], ':') &&
		    d->t[d->slast[si - 1] - 1].para + 1 >= d->t[s->open].para) {
			u = si - 1;
			colon = d->slast[u] - 1;
		}
		if (colon != (size_t)-1) {
			mi = sent_subject(d, u, colon, 1);
			if (mi < 0 && colon > d->sfirst[u] &&
			    (k = d->prevment[colon - 1]) != (size_t)-1 &&
			    d->m[d->t[k].ment].type == QUOTE_E_PERSON)
				mi = d->t[k].ment;
			/* "He then listed them:": who he is. */
			if (mi < 0 && d->upron[u] < colon &&
			    d->upron[u] == d->ufree[u]) {
				k = d->upron[u];
				s->w.ms = d->t[k].s;
				s->w.me = d->t[k].e;
				if (resolve_pron(d, k, pron_class(&d->t[k]), 0,
				    &s->w))
					return;
				memset(&s->w, 0, sizeof(s->w));
				s->w.group = -1;
			}
			/* "The mayor's response was swift:": the owner of
			 * the subject. */
			for (k = d->sfirst[u] + 1; mi < 0 && k < colon &&
			    k < d->sfirst[u] + POSS_SUBJ; k++)
				if (d->t[k].kind == T_POSS && np_tok(d, k - 1) &&
				    d->t[k + 1].kind == T_WORD &&
				    np_back(d, k - 1, d->sfirst[u]) <=
				    d->sfirst[u] + 1) {
					if (np_speaker(d, np_back(d, k - 1,
					    d->sfirst[u]), k - 1, 0, &s->w) &&
					    s->w.name != NULL && s->w.person != 0)
						return;
					memset(&s->w, 0, sizeof(s->w));
					s->w.group = -1;
					break;
				}
			/* "The foundation describes itself this way:". */
			if (mi < 0)
				mi = sent_subject(d, u, colon, 0);
			/* "The email goes on to say:": a thing that carries
			 * words, as written. */
			for (k = d->sfirst[u] + 1; mi < 0 && k < colon &&
			    k < d->sfirst[u] + 4 && tok_is(d, &d->t[d->sfirst[u]],
			    "the") && d->t[k].kind == T_WORD && d->t[k].low &&
			    d->t[k].inq < 0; k++)
				if (tag(&d->t[k], WC_CARRIER)) {
					who_words(d, d->sfirst[u] + 1,
					    d->sfirst[u], k, &s->w);
					return;
				}
			if (mi >= 0) {
				who_ment(d, (size_t)mi, &s->w);
				return;
			}
		}
	}
	/* 'Lee said the plan had failed. "It is a mess."': a quote after
	 * reported speech in its paragraph is that speaker's. */
	if (s->kind == QUOTE_DIRECT && si > 0 && s->open == d->sfirst[si] &&
	    d->sspk[si - 1].name != NULL &&
	    d->slast[si - 1] > d->sfirst[si - 1] &&
	    d->t[d->slast[si - 1] - 1].para + 1 >= d->t[s->open].para &&
	    d->nextq[d->sfirst[si - 1]] >= d->slast[si - 1]) {
		s->w = d->sspk[si - 1];
		return;
	}
	/* A quote that goes on from the one before. */
	if (s->kind == QUOTE_DIRECT && i > 0) {
		struct span *p = &d->sp[i - 1];

		if (p->w.name != NULL &&
		    d->t[s->open].para <= d->t[p->open].para + 1 &&
		    d->t[s->open].sent <= d->t[p->last].sent + 2)
			s->w = p->w;
	}
}

/* Does the content starting at token j begin with a quote? */
static int
starts_quote(const struct doc *d, size_t j)
{
	return j < d->nt && d->t[j].kind == T_QUOTE;
}

/* A subject pronoun, also contracted ("he'd", "they're"). */
static int
subj_word(const struct doc *d, const struct tok *t)
{
	size_t k;

	if (subj_pron(d, t))
		return 1;
	if (t->kind != T_WORD || !t->low)
		return 0;
	for (k = t->s; k < t->e && k < t->s + 5; k++)
		if (d->buf[k] == '\'' || (unsigned char)d->buf[k] == 0xE2)
			break;
	if (k == t->s || k >= t->e || k == t->s + 5)
		return 0;
	{
		struct tok u = *t;

		u.e = k;
		return subj_pron(d, &u);
	}
}

/* Does a finite verb follow within a few words of token k ("officials
 * are", "much of the talk was")?  Then a clause starts at k. */
static int
verb_follows(const struct doc *d, size_t k, size_t hi)
{
	size_t j, n;

	for (j = k + 1, n = 0; j < hi && n < VERB_LOOK; j++, n++) {
		const struct tok *t = &d->t[j];

		/* "winds of up to 200 km/h had been recorded": a slash
		 * glued to the words either side joins them into one
		 * word, which counts as one. */
		if (tok_punct(d, t, '/') && j + 1 < hi && j > k + 1 &&
		    d->t[j - 1].kind == T_WORD && d->t[j - 1].e == t->s &&
		    d->t[j + 1].kind == T_WORD && d->t[j + 1].s == t->e &&
		    d->t[j + 1].inq < 0) {
			j++;
			n--;
			continue;
		}
		/* "said investigators believe ...", "said residents fear
		 * ...": a verb of saying or thinking is the clause's verb. */
		if (t->kind == T_WORD && t->inq < 0 && t->cue != NULL &&
		    t->low && j > k && j <= k + 2 && d->t[j - 1].low &&
		    !ing_word(d, t) && strpbrk(t->cue, "BM") != NULL &&
		    strpbrk(t->cue, "AVP") == NULL)
			return 1;
		if (t->kind != T_WORD || t->inq >= 0 || t->cue != NULL ||
		    tok_is(d, t, "but"))
			return 0;
		/* "crews from Mackay and Cairns would", "police and
		 * firefighters were": "and" between nouns, not verbs
		 * ("said goodbye and left"). */
		if ((tok_is(d, t, "and") || tok_is(d, t, "or")) &&
		    !(j + 1 < hi && j > k && d->t[j - 1].kind == T_WORD &&
		    d->t[j + 1].kind == T_WORD && d->t[j + 1].inq < 0 &&
		    !lex_verb(d, &d->t[j - 1]) && !lex_verb(d, &d->t[j + 1]) &&
		    !ed_form(d, &d->t[j + 1], 4) && !aux_word(d, &d->t[j + 1])))
			return 0;
		if (!t->low)
			continue;
		if (lex_verb(d, t))
			return 1;
		if (ed_form(d, t, 4))
			return 1;
	}
	return 0;
}

/* Does token t begin with a digit? */
static int
digit_tok(const struct doc *d, const struct tok *t)
{
	return t->kind == T_WORD && uc_is_digit((unsigned char)d->buf[t->s]);
}

/*
 * Past a time phrase at token k ("Tuesday", "this week", "several months
 * after", "Dec. 6"): the token after it.  After the cue, such a phrase
 * is an adjunct of the reporter's ("said this week at a rally").
 */
static size_t
time_phrase(const struct doc *d, size_t k, size_t hi)
{
	static const char *const count[] = { "this", "next", "each", "every",
	    "several", "many", "few", "some", "a", "two", "three", "four",
	    "five", "six", NULL };
	static const char *const unit[] = { "days", "weeks", "months",
	    "years", "hours", "decades", "day", "hour", "decade", NULL };
	static const char *const month[] = { "jan", "feb", "mar", "apr",
	    "aug", "sep", "sept", "oct", "nov", "dec", "march", "april",
	    "june", "august", NULL };
	static const char *const rel[] = { "ago", "later", "earlier", NULL };
	size_t k0;

	do {
		k0 = k;
		while (k < hi && tag(&d->t[k], WC_TIME))
			k++;
		if (k + 1 < hi && d->t[k].low && (tok_in(d, &d->t[k], count) ||
		    digit_tok(d, &d->t[k])) && (tag(&d->t[k + 1], WC_TIME) ||
		    tok_in(d, &d->t[k + 1], unit)))
			k += 2;
		/* "Dec. 6", "June 12": a month then a day. */
		if (k + 1 < hi && d->t[k].cap) {
			struct tok u = d->t[k];

			if (u.e > u.s + 1 && d->buf[u.e - 1] == '.')
				u.e--;
			if (tok_in(d, &u, month))
				k += 1 + tok_punct(d, &d->t[k + 1], '.');
		}
		if (k0 != k && k < hi && digit_tok(d, &d->t[k]))
			k++;
	} while (k != k0);
	/* "two days later" */
	if (k > 0 && k < hi && (tag(&d->t[k - 1], WC_TIME) ||
	    tok_in(d, &d->t[k - 1], unit)) && tok_in(d, &d->t[k], rel))
		k++;
	return k;
}

/*
 * A finite verb, without a subject before it: an auxiliary or a modal, an
 * irregular past, a form in -ed, or a cue that is no noun ("calls").
 */
static int
finite_verb(const struct doc *d, const struct tok *t)
{
	if (t->kind != T_WORD || !t->low || t->inq >= 0)
		return 0;
	if (lex_verb(d, t))
		return 1;
	if (ed_form(d, t, 4))
		return 1;
	return t->cue != NULL && strchr(t->cue, 'V') == NULL &&
	    strchr(t->cue, 'N') == NULL;
}

/* Is the cue at c0 a noun here ("a new report that ...")? */
static int
noun_cue(const struct doc *d, size_t c0)
{
	const struct tok *p;

	if (d->t[c0].cue == NULL || strchr(d->t[c0].cue, 'N') == NULL ||
	    c0 == 0 || d->t[c0 - 1].sent != d->t[c0].sent)
		return 0;
	p = &d->t[c0 - 1];
	return p->kind == T_POSS || (p->kind == T_WORD && p->low &&
	    !subj_word(d, p) && !lex_verb(d, p));
}

/*
 * Does the short clause at k end in a verb that lacks its object ("a
 * claim that his office strongly denies.", "claims that the report could
 * not confirm,")?  Then "that" before it is a relative pronoun: the claim
 * is the object, not what the clause reports.
 */
static int
gap_clause(const struct doc *d, size_t k, size_t hi)
{
	static const char *const adv[] = { "not", "never", "since", "already",
	    "also", "later", NULL };
	size_t e, n = 0;
	const struct tok *v, *a;

	for (e = k; e < hi && (d->t[e].kind == T_WORD ||
	    d->t[e].kind == T_POSS) && d->t[e].inq < 0; e++)
		n += d->t[e].kind == T_WORD;
	if (n < 3 || n > GAP_WORDS || (e < hi && !tok_punct(d, &d->t[e], ',') &&
	    !sent_end_punct(d, &d->t[e])))
		return 0;
	v = &d->t[e - 1];
	a = &d->t[e - 2];
	if (!v->low || !a->low)
		return 0;
	return tok_in(d, a, adv) || (a->e - a->s > 4 &&
	    d->buf[a->e - 2] == 'l' && d->buf[a->e - 1] == 'y');
}

/*
 * "told the BBC the plan was dead", "told reporters Hale would run": after
 * the object at k of a cue like "told", a noun phrase and its verb open
 * the reported clause with no "that".  Where that clause begins, or
 * (size_t)-1.  The object is a few plain words ending in a noun: not
 * "told the story of ...", not "told them a story".
 */
static size_t
object_clause(const struct doc *d, size_t k, size_t hi)
{
	static const char *const obj_prons[] = { "me", "us", "him", "her",
	    "them", "you", NULL };
	size_t m;

	for (m = k + 1; m < hi && m <= k + OBJ_WORDS; m++) {
		const struct tok *prev = &d->t[m - 1], *t = &d->t[m];

		if ((prev->kind != T_WORD && prev->kind != T_POSS) ||
		    prev->inq >= 0 || prev->cue != NULL ||
		    tag(prev, WC_PREP) || tok_is(d, prev, "that") ||
		    tok_is(d, prev, "and") || tok_is(d, prev, "or") ||
		    (prev->low && lex_verb(d, prev)))
			return (size_t)-1;
		if (prev->kind == T_POSS || (tag(prev, WC_DET) && prev->low))
			continue;	/* "the", "Hale's": the object goes on */
		if (t->kind != T_WORD || t->inq >= 0)
			return (size_t)-1;
		/* A name opens the clause after a pronoun or a plural
		 * ("told voters Hale would win"), not after a role noun
		 * ("told host Jo Lee the ...") or within a name. */
		if (((tag(t, WC_DET) && t->low && !tok_is(d, t, "that")) ||
		    (t->cap && !tag(t, WC_TIME) && !tag(t, WC_NOT_NAME) &&
		    prev->low && (tok_in(d, prev, obj_prons) ||
		    (prev->e - prev->s > 3 && d->buf[prev->e - 1] == 's')))) &&
		    verb_follows(d, m, hi))
			return m;
		/* "told him taxes would rise", "told her surgery was ...":
		 * a bare noun after an object pronoun ("her mother" stays
		 * a possessive). */
		if (m == k + 1 && prev->low && tok_in(d, prev, obj_prons) &&
		    t->low && !tag(t, WC_PERSON_NOUN) && !tag(t, WC_PREP) &&
		    !tag(t, WC_DET) && !tok_is(d, t, "that") &&
		    !lex_verb(d, t) && !skippable(d, t) &&
		    verb_follows(d, m, hi) && (m + 1 >= hi ||
		    lex_verb(d, &d->t[m + 1]) || !tag(&d->t[m + 1], WC_PREP)))
			return m;
	}
	return (size_t)-1;
}

/* "we'd", "it's": a pronoun and its auxiliary in one word ("doesn't" is
 * none). */
static int
pron_contraction(const struct doc *d, const struct tok *t)
{
	size_t k;

	for (k = t->s; k < t->e; k++)
		if (d->buf[k] == '\'' || (unsigned char)d->buf[k] == 0xE2)
			break;
	if (k == t->e || k == t->s)
		return 0;
	return !(d->buf[k - 1] == 'n' && t->e - k >= 2 &&
	    d->buf[t->e - 1] == 't');
}

/*
 * "say it in a British accent", "reported it to the police": "it" or "you"
 * right before a preposition is the cue's object, no subject.  "to" is a
 * preposition when a determiner, possessive or name follows ("asked it to
 * leave" is an infinitive).
 */
static int
object_it(const struct doc *d, size_t k, size_t hi)
{
	const struct tok *p;

	if (k + 1 >= hi || (!tok_is(d, &d->t[k], "it") &&
	    !tok_is(d, &d->t[k], "you")) || !d->t[k].low)
		return 0;
	p = &d->t[k + 1];
	if (!p->low || !tag(p, WC_PREP))
		return 0;
	if (!tok_is(d, p, "to"))
		return 1;
	return k + 2 < hi && ((tag(&d->t[k + 2], WC_DET) && d->t[k + 2].low) ||
	    poss_pron(d, &d->t[k + 2]) || d->t[k + 2].cap);
}

/*
 * 'As my grandmother used to say, "..."', 'Ann Lee likes to say: "..."':
 * a habit's infinitive cue at k ("used to say") right before a comma or
 * colon and an opening quote mark introduces the quote.
 */
static int
habit_to_say(const struct doc *d, size_t k)
{
	static const char *const habit[] = { "used", "likes", "liked",
	    "loves", "loved", NULL };
	const struct tok *t = &d->t[k];

	return k >= 2 && k + 2 < d->nt && d->t[k - 2].low &&
	    tok_in(d, &d->t[k - 2], habit) && d->t[k + 2].sent == t->sent &&
	    (tok_punct(d, &d->t[k + 1], ',') ||
	    tok_punct(d, &d->t[k + 1], ':')) && d->t[k + 2].kind == T_QUOTE &&
	    d->t[k + 2].inq >= 0;
}

/*
 * "the provisions that benefit him", "news reports that question his
 * account": after a relative "that", a verb no lexicon lists, known by
 * the object right after it (a determiner, a possessive, an object
 * pronoun).  Token k is the word after "that"; a subject cannot be a bare
 * lower-case word followed by "the" or "his" unless it is a quantifier,
 * an adverb, a gerund or a subordinator ("that only the ...", "that
 * cutting the tax ...", "that when the ...").
 */
static int
verb_object(const struct doc *d, size_t k, size_t hi)
{
	static const char *const not_verb[] = { "only", "even", "just",
	    "not", "perhaps", "maybe", "all", "both", "half", "nearly",
	    "almost", "once", "now", "then", "when", "if", "because",
	    "unless", "whether", "while", "although", "though", "however",
	    "so", "what", "who", "how", "why", "where", "there", "here",
	    "no", "never", "also", "still", "already", "many", "most",
	    "some", "any", "each", "every", "such", "several", "few", "more",
	    "less", "much", "none", "either", "neither", "as", NULL };
	static const char *const obj_prons[] = { "him", "them", "us", "me",
	    NULL };
	const struct tok *t = &d->t[k], *u;

	if (k + 1 >= hi || t->kind != T_WORD || !t->low || t->inq >= 0 ||
	    tag(t, WC_DET) || tag(t, WC_PREP) || subj_pron(d, t) ||
	    poss_pron(d, t) || tok_in(d, t, obj_prons) || ing_word(d, t) ||
	    skippable(d, t) || tok_in(d, t, not_verb) ||
	    (t->e - t->s > 2 && d->buf[t->e - 2] == 'l' &&
	    d->buf[t->e - 1] == 'y'))
		return 0;
	u = &d->t[k + 1];
	return u->kind == T_WORD && u->low && u->inq < 0 &&
	    ((tag(u, WC_DET) && !tok_is(d, u, "that")) || poss_pron(d, u) ||
	    tok_in(d, u, obj_prons));
}

/*
 * Does the aside that opens with the comma at k close with a comma that a
 * verb follows, no subject between ("that, as always, did not help")?
 */
static int
verb_after_aside(const struct doc *d, size_t k, size_t hi)
{
	size_t x;

	for (x = k + 1; x + 1 < hi && x <= k + SUB_BACK; x++) {
		if (sent_end_punct(d, &d->t[x]) || tok_punct(d, &d->t[x], ';'))
			return 0;
		if (tok_punct(d, &d->t[x], ',') && d->t[x].inq < 0)
			return d->t[x + 1].low && (aux_word(d, &d->t[x + 1]) ||
			    finite_verb(d, &d->t[x + 1])) &&
			    !pron_contraction(d, &d->t[x + 1]);
	}
	return 0;
}

/*
 * "defended that approach in an interview, saying ...": "that" at k is a
 * determiner when a lower-case noun and a preposition follow it and no
 * verb (nor a word in -s that may be one) comes before the sentence's
 * end or a comma and a participle or cue.
 */
static int
that_det(const struct doc *d, size_t k, size_t hi)
{
	const struct tok *n = &d->t[k + 1];
	size_t x;

	if (k + 2 >= hi || n->kind != T_WORD || !n->low || n->inq >= 0 ||
	    subj_word(d, n) || tag(n, WC_DET) || tag(n, WC_PREP) ||
	    finite_verb(d, n) || skippable(d, n) ||
	    !tag(&d->t[k + 2], WC_PREP) || !d->t[k + 2].low ||
	    tok_is(d, &d->t[k + 2], "to"))
		return 0;
	for (x = k + 1; x < hi; x++) {
		const struct tok *t = &d->t[x];

		/* "..., saying ...": the reporter's sentence goes on; an
		 * aside ("progress in talks, however slow, matters") does
		 * not end the clause. */
		if (tok_punct(d, t, ',') && x + 1 < hi &&
		    (d->cue1[x + 1] != (size_t)-1 || ing_word(d, &d->t[x + 1])))
			break;
		if (tok_punct(d, t, ','))
			continue;
		if (t->inq >= 0 || (t->kind != T_WORD && t->kind != T_POSS &&
		    !tok_punct(d, t, '.')) || d->cue1[x] != (size_t)-1)
			return 0;
		if (t->kind == T_WORD && t->low && (finite_verb(d, t) ||
		    (t->e - t->s > 3 && d->buf[t->e - 1] == 's')))
			return 0;
	}
	return 1;
}

/*
 * "the tour would", "the new rules have", "the city's plan was": at k
 * "the", one to three lower-case words (or a possessive) that are no
 * verb, preposition or cue, then an auxiliary or modal.
 */
static int
det_aux_clause(const struct doc *d, size_t k, size_t hi)
{
	size_t j, n;

	for (j = k + 1, n = 0; j < hi && n < 4; j++, n++) {
		const struct tok *t = &d->t[j];

		if (t->kind == T_POSS)
			continue;
		/* A cue that is also a noun may be the subject's head:
		 * "denied the claims were true". */
		if (t->kind != T_WORD || t->inq >= 0 || (t->cue != NULL &&
		    strchr(t->cue, 'V') == NULL))
			return 0;
		if (n > 0 && t->low && aux_word(d, t) &&
		    !tok_is(d, t, "being") && !tok_is(d, t, "be"))
			return 1;
		if (!t->low || tag(t, WC_PREP) || lex_verb(d, t) ||
		    aux_word(d, t) || tag(t, WC_DET) || subj_word(d, t))
			return 0;
	}
	return 0;
}

/* Where the reported clause after cue c0..c1 begins, or (size_t)-1. */
static size_t
clause_start(struct doc *d, size_t c0, size_t c1)
{
	static const char *const subord[] = { "as", "when", "while",
	    "because", "after", "before", "since", "until", "though",
	    "although", "once", "where", NULL };
	size_t si = d->t[c0].sent, hi = d->slast[si], k, n;
	const char *f = d->t[c0].cue;
	int bare = f != NULL && strchr(f, 'B') != NULL;
	int obj = f != NULL && strchr(f, 'O') != NULL;

	k = c1 + 1;
	if (!obj && k < hi && !tok_is(d, &d->t[k], "that") &&
	    !tok_punct(d, &d->t[k], ',') && !tag(&d->t[k], WC_PREP) &&
	    time_phrase(d, k, hi) == k && !skippable(d, &d->t[k]))
		k = hi;
	for (n = 0; k < hi && n < THAT_SPAN; k++, n++) {
		struct tok *t = &d->t[k];

		if (t->kind == T_QUOTE || sent_end_punct(d, t) ||
		    tok_punct(d, t, ';') || tok_punct(d, t, ':') ||
		    tok_dash(d, t) || tok_punct(d, t, '(') ||
		    (t->kind == T_WORD && d->cue1[k] != (size_t)-1) ||
		    tok_is(d, t, "if") || tok_is(d, t, "whether"))
			break;
		/* "questioned her about that position": after a
		 * preposition "that" is a determiner or a pronoun. */
		if (tok_is(d, t, "that") && t->low && k > c1 + 1 &&
		    d->t[k - 1].low && tag(&d->t[k - 1], WC_PREP))
			continue;
		if (tok_is(d, t, "that") && t->low) {
			/* "said that was a mistake": right after the cue and
			 * before an auxiliary, "that" is the subject (not "that
			 * were he to win": an inverted condition). */
			if (k == c1 + 1 && k + 2 < hi && d->t[k + 1].low &&
			    aux_word(d, &d->t[k + 1]) &&
			    !pron_contraction(d, &d->t[k + 1]) &&
			    !subj_pron(d, &d->t[k + 2]) && !noun_cue(d, c0))
				return k;
			/* "an argument that, whatever one thinks of it,
			 * did not ring true": after a noun, a relative
			 * pronoun whose verb comes after an aside (after a
			 * verb, "suggested that, not X, was ..." is the
			 * clause's subject). */
			if ((k > c1 + 1 || noun_cue(d, c0)) && k + 1 < hi &&
			    tok_punct(d, &d->t[k + 1], ',') &&
			    verb_after_aside(d, k + 1, hi))
				return (size_t)-1;
			/* "reiterated that approach in May": a determiner,
			 * a bare noun and a preposition, no verb after. */
			if (k == c1 + 1 && that_det(d, k, hi))
				return (size_t)-1;
			/* "a report that could ...", "told a crowd that
			 * spilled out ...": a relative pronoun. */
			if ((k > c1 + 1 || noun_cue(d, c0)) && k + 1 < hi &&
			    (finite_verb(d, &d->t[k + 1]) ||
			    verb_object(d, k + 1, hi)))
				return (size_t)-1;
			if ((k > c1 + 1 || (d->t[c0].cue != NULL &&
			    strchr(d->t[c0].cue, 'N') != NULL)) &&
			    gap_clause(d, k + 1, hi))
				return (size_t)-1;
			return k + 1;
		}
	}
	if (!bare)
		return (size_t)-1;
	k = c1 + 1;
	if (obj) {
		/* "told reporters he ...": the object, then a subject; not
		 * "told Hale as he left ...": a clause of the reporter's. */
		static const char *const things[] = { "anything",
		    "something", "nothing", "everything", NULL };

		for (n = 0; k < hi && n < 6; k++, n++) {
			if (tok_in(d, &d->t[k], subord) && d->t[k].low)
				break;
			/* "tell the agency anything it does not know": a
			 * second object and its relative clause. */
			if (tok_in(d, &d->t[k], things) && k + 1 < hi &&
			    subj_pron(d, &d->t[k + 1]))
				return (size_t)-1;
			if (object_it(d, k, hi))
				return (size_t)-1;
			if (subj_pron(d, &d->t[k]) && d->t[k].low)
				return k;
			/* "told reporters nothing would change". */
			if (k > c1 + 1 && tok_in(d, &d->t[k], things) &&
			    k + 1 < hi && d->t[k].low &&
			    aux_word(d, &d->t[k + 1]))
				return k;
		}
		return object_clause(d, c1 + 1, hi);
	}
	/* "said in a statement it would ...", "said in an interview on
	 * Tuesday they were ...": over a short "in" phrase to a subject
	 * pronoun. */
	if (k + 3 < hi && tok_is(d, &d->t[k], "in") && d->t[k + 1].low &&
	    (tag(&d->t[k + 1], WC_DET) || poss_pron(d, &d->t[k + 1]))) {
		size_t j = k + 2;

		for (n = 0; j < hi && n < 2 && d->t[j].kind == T_WORD &&
		    d->t[j].low && !subj_word(d, &d->t[j]) &&
		    !tag(&d->t[j], WC_PREP) && !lex_verb(d, &d->t[j]);
		    j++, n++)
			continue;
		if (n > 0 && j < hi && tok_is(d, &d->t[j], "on"))
			j = time_phrase(d, j + 1, hi) > j + 1 ?
			    time_phrase(d, j + 1, hi) : j;
		else if (n > 0)
			j = time_phrase(d, j, hi);
		if (n > 0 && j < hi && subj_word(d, &d->t[j]) &&
		    !tok_is(d, &d->t[j], "there"))
			return j;
	}
	/* "said Tuesday the ...": a time word first; "said this week at a
	 * rally", "said Dec. 6 on the radio": the reporter's adjuncts; but
	 * "said this year will be hard": the subject.  "said on Wednesday it
	 * would ...", "said on Friday that ...": "on" and a day are an
	 * adjunct too. */
	n = time_phrase(d, k, hi);
	if (n == k && k + 1 < hi && tok_is(d, &d->t[k], "on") && d->t[k].low &&
	    time_phrase(d, k + 1, hi) != k + 1)
		n = time_phrase(d, k + 1, hi);
	if (n != k) {
		if (n < hi && tok_is(d, &d->t[n], "that") && d->t[n].low)
			return n + 1;
		if (n >= hi || d->t[n].kind != T_WORD || (tag(&d->t[n], WC_PREP) &&
		    !tok_is(d, &d->t[n], "of")))
			return (size_t)-1;
		if (!tok_is(d, &d->t[n], "of") && !lex_verb(d, &d->t[n]))
			k = n;
	}
	if (k >= hi)
		return (size_t)-1;
	/* "say it in a British accent": "it" or "you" before a
	 * preposition is the object. */
	if (object_it(d, k, hi))
		return (size_t)-1;
	if (subj_word(d, &d->t[k]) || tag(&d->t[k], WC_ANYONE))
		return k;
	/* "said officials are ...": a noun phrase, then its verb. */
	if (d->t[k].kind == T_WORD && d->t[k].low && d->t[k].inq < 0 &&
	    !tag(&d->t[k], WC_PREP) && !tag(&d->t[k], WC_NOT_NAME) &&
	    !skippable(d, &d->t[k]) && !lex_verb(d, &d->t[k]) &&
	    verb_follows(d, k, hi))
		return k;
	/* "insisted the tour would go ahead", "warned the bill would
	 * ...": a weaker cue takes a clause that opens with "the" when
	 * its noun is followed at once by an auxiliary. */
	if (strchr(f, 'S') == NULL && tok_is(d, &d->t[k], "the") &&
	    d->t[k].low && det_aux_clause(d, k, hi))
		return k;
	if (strchr(f, 'S') == NULL)
		return (size_t)-1;
	/* "said if she wins, ...". */
	if (tok_is(d, &d->t[k], "if") || tok_is(d, &d->t[k], "unless"))
		return k;
	/* "They are saying his vote is a signal ..." */
	if (poss_pron(d, &d->t[k]) && d->t[k].low)
		return k;
	if ((tag(&d->t[k], WC_DET) && !tok_is(d, &d->t[k], "that") &&
	    d->t[k].low) ||
	    (d->t[k].cap && !tag(&d->t[k], WC_TIME)) ||
	    (d->t[k].kind == T_WORD && uc_is_digit((unsigned char)d->buf[d->t[k].s])))
		return k;
	return (size_t)-1;
}

/*
 * "a crucial, although brief, chance": "although" or "though" at k, one
 * word and a comma, then a lower-case word that is no subject: a modifier
 * inside a noun phrase, no adjunct of the sentence.
 */
static int
concessive(const struct doc *d, size_t k, size_t hi)
{
	const struct tok *u;

	if (k + 3 >= hi || (!tok_is(d, &d->t[k], "although") &&
	    !tok_is(d, &d->t[k], "though")) || d->t[k + 1].kind != T_WORD ||
	    !d->t[k + 1].low || !tok_punct(d, &d->t[k + 2], ','))
		return 0;
	u = &d->t[k + 3];
	return u->kind == T_WORD && u->low && u->inq < 0 &&
	    !subj_pron(d, u) && !tag(u, WC_DET) && !poss_pron(d, u) &&
	    d->cue1[k + 3] == (size_t)-1;
}

/*
 * "Bound together by trade, ...", "Led by Tom Hale, ...", "Driven by
 * fear, ...": a participle that opens the sentence at lo, maybe with one
 * adverb, then "by".
 */
static int
fronted_agent(const struct doc *d, size_t lo, size_t hi)
{
	const struct tok *t = &d->t[lo];
	char c;

	if (lo + 2 >= hi || t->kind != T_WORD || !t->cap || t->e - t->s < 3)
		return 0;
	c = d->buf[t->e - 1];
	if (c != 'd' && c != 'n' && c != 't')
		return 0;
	if (tok_is(d, &d->t[lo + 1], "by"))
		return 1;
	return d->t[lo + 1].low && d->t[lo + 1].kind == T_WORD &&
	    tok_is(d, &d->t[lo + 2], "by");
}

/*
 * "A teacher for years, Ann Lee ...", "Then a student, Tom Hale ...": a
 * noun phrase with "a" or "an" (maybe after "then" or "once"), no verb
 * and no time word, then a comma and a person's name that opens the
 * clause.  The name's token, or (size_t)-1.
 */
static size_t
fronted_desc(const struct doc *d, size_t lo, size_t e)
{
	size_t k = lo, n;
	int mi;

	if (k + 3 >= e)
		return (size_t)-1;
	if (tok_is(d, &d->t[k], "then") || tok_is(d, &d->t[k], "once"))
		k++;
	if (!tok_is(d, &d->t[k], "a") && !tok_is(d, &d->t[k], "an"))
		return (size_t)-1;
	for (k++; k + 1 < e && k < lo + NP_MAX; k++) {
		const struct tok *t = &d->t[k];

		if (tok_punct(d, t, ','))
			break;
		if ((t->kind != T_WORD && t->kind != T_POSS) || t->inq >= 0 ||
		    tag(t, WC_TIME) || finite_verb(d, t) || t->cue != NULL ||
		    subj_word(d, t))
			return (size_t)-1;
	}
	if (k + 1 >= e || !tok_punct(d, &d->t[k], ','))
		return (size_t)-1;
	/* "Ms. Lee": over a title the mention may leave out. */
	n = k + 1;
	if (n + 1 < e && tag(&d->t[n], WC_TITLE) && d->t[n + 1].ment >= 0 &&
	    d->t[n].ment < 0)
		n += 1 + tok_punct(d, &d->t[n + 1], '.');
	if ((mi = d->t[n].ment) < 0 || d->m[mi].type != QUOTE_E_PERSON ||
	    (d->m[mi].t0 != n && d->m[mi].t0 != k + 1))
		return (size_t)-1;
	return k + 1;
}

/*
 * After the comma at k, an aside of a few words closed by a comma that a
 * verb follows ("a video, at least in part, inspired ...", "articles,
 * written by students, were ..."): the closing comma, or (size_t)-1.
 */
static size_t
subject_aside(const struct doc *d, size_t k, size_t hi)
{
	size_t x;

	for (x = k + 1; x + 1 < hi && x <= k + ASIDE_SPAN; x++) {
		const struct tok *t = &d->t[x];

		if (t->kind != T_WORD && t->kind != T_POSS &&
		    !tok_punct(d, t, ','))
			return (size_t)-1;
		if (d->cue1[x] != (size_t)-1)
			return (size_t)-1;
		if (tok_punct(d, t, ','))
			return x > k + 1 && d->t[x + 1].low &&
			    d->t[x + 1].inq < 0 && (lex_verb(d, &d->t[x + 1]) ||
			    finite_verb(d, &d->t[x + 1])) ? x : (size_t)-1;
	}
	return (size_t)-1;
}

/*
 * "held two licenses, a security licence, and was employed by ...": a
 * noun phrase at k ("a"/"an" after a comma) that a comma and "and"/"or"
 * close within a few words is an item of a list, no appositive.
 */
static int
list_item(const struct doc *d, size_t k, size_t hi)
{
	size_t x;

	if (!tok_is(d, &d->t[k], "a") && !tok_is(d, &d->t[k], "an"))
		return 0;
	for (x = k + 1; x + 1 < hi && x < k + LIST_SPAN; x++) {
		const struct tok *t = &d->t[x];

		if (t->inq >= 0 || (t->kind != T_WORD && t->kind != T_POSS &&
		    !tok_punct(d, t, ',')) || (t->low && (finite_verb(d, t) ||
		    tok_is(d, t, "that") || tok_is(d, t, "who") ||
		    tok_is(d, t, "which"))))
			return 0;
		if (tok_punct(d, t, ','))
			return tok_is(d, &d->t[x + 1], "and") ||
			    tok_is(d, &d->t[x + 1], "or");
	}
	return 0;
}

/*
 * "would not say", "did not give", "declined to elaborate", "refused to
 * comment": at k, a refusal to say more.
 */
static int
refusal(const struct doc *d, size_t k, size_t hi)
{
	static const char *const say[] = { "say", "offer", "elaborate",
	    "comment", "discuss", "give", "provide", "specify", "disclose",
	    "reveal", "name", "identify", "confirm", "detail", "explain",
	    "answer", "respond", "release", NULL };
	static const char *const refuse[] = { "declined", "refused",
	    "declines", "refuses", NULL };
	size_t v;

	if (k + 1 >= hi || !d->t[k].low || d->t[k].inq >= 0)
		return 0;
	if (tok_in(d, &d->t[k], refuse) && tok_is(d, &d->t[k + 1], "to"))
		v = k + 2;
	else if (aux_word(d, &d->t[k]) && !pron_contraction(d, &d->t[k]) &&
	    tok_is(d, &d->t[k + 1], "not"))
		v = k + 2;
	else if (aux_word(d, &d->t[k]) && !pron_contraction(d, &d->t[k]) &&
	    d->t[k].e - d->t[k].s > 3 && d->buf[d->t[k].e - 1] == 't')
		v = k + 1;	/* "wouldn't", "didn't" */
	else
		return 0;
	return v < hi && d->t[v].low && tok_in(d, &d->t[v], say);
}

/*
 * A verb of the reporter's at k after "and" ("asked him about it and left
 * the hall"): a past form from the lexicon, or an -ed form followed by
 * what opens its object or adjunct (not "and misnamed law": an
 * adjective before its noun).
 */
static int
next_verb(const struct doc *d, size_t k)
{
	const struct tok *t = &d->t[k], *u = &d->t[k + 1];

	if (t->kind != T_WORD || t->inq >= 0 || !finite_verb(d, t))
		return 0;
	if (lex_verb(d, t))
		return 1;
	return u->low && u->inq < 0 && (tag(u, WC_DET) || poss_pron(d, u) ||
	    tag(u, WC_PREP) || tok_is(d, u, "to") || skippable(d, u) ||
	    tok_is(d, u, "him") || tok_is(d, u, "them") ||
	    tok_is(d, u, "us") || tok_is(d, u, "me"));
}

/*
 * "in an interview", "during an appearance Friday", "at the debate": a
 * preposition of occasion at k, a determiner or possessive, at most three
 * words, and a noun of an event where things are said.
 */
static int
occasion(const struct doc *d, size_t k, size_t hi)
{
	static const char *const preps[] = { "in", "during", "at", "on",
	    NULL };
	static const char *const events[] = { "interview", "interviews",
	    "debate", "debates", "appearance", "rally", "hearing", "meeting",
	    "forum", "conference", "briefing", "speech", "event", "session",
	    "broadcast", "show", "program", "programme", "podcast", NULL };
	size_t j;

	if (k + 2 >= hi || !tok_in(d, &d->t[k], preps) || !d->t[k].low ||
	    !((tag(&d->t[k + 1], WC_DET) && d->t[k + 1].low) ||
	    poss_pron(d, &d->t[k + 1]) || d->t[k + 2].kind == T_POSS))
		return 0;
	for (j = k + 2; j < hi && j <= k + 5; j++) {
		if (d->t[j].kind != T_WORD && d->t[j].kind != T_POSS)
			return 0;
		if (d->t[j].low && tok_in(d, &d->t[j], events))
			return 1;
	}
	return 0;
}

/*
 * "when asked about it", "while answering a question", "in replying to
 * critics": at k, the occasion on which the speaker spoke, which closes
 * what was said ("said the plan was sound when asked about its cost").
 */
static int
asked_occasion(const struct doc *d, size_t k, size_t hi)
{
	static const char *const links[] = { "when", "while", "in", NULL };
	static const char *const acts[] = { "asked", "pressed",
	    "questioned", "answering", "responding", "replying", NULL };
	static const char *const asked[] = { "asked", "pressed",
	    "questioned", NULL };
	static const char *const next[] = { "whether", "if", "about", "what",
	    "why", "how", "who", "whom", "which", "where", "when", "for",
	    "by", "during", "on", "in", "at", "again", "later", NULL };
	static const char *const speak[] = { "comment", "elaborate",
	    "explain", "describe", "respond", "clarify", "say", "name",
	    "discuss", NULL };
	const struct tok *u;

	if (k + 1 >= hi || !d->t[k].low || d->t[k].inq >= 0 ||
	    !tok_in(d, &d->t[k], links) || !d->t[k + 1].low ||
	    !tok_in(d, &d->t[k + 1], acts))
		return 0;
	if (!tok_in(d, &d->t[k + 1], asked))
		return 1;
	/* Not "would resign when asked (to)": a condition of what was
	 * said; the occasion is a question ("asked whether", "asked to
	 * comment", "asked by reporters"). */
	if (k + 2 >= hi)
		return 0;
	u = &d->t[k + 2];
	if (u->low && tok_in(d, u, next))
		return 1;
	return u->low && tok_is(d, u, "to") && k + 3 < hi &&
	    tok_in(d, &d->t[k + 3], speak);
}

/* Does the word after a comma open an adjunct of the sentence rather than
 * go on with the reported clause ("she said taxes will rise, despite the
 * surplus")? */
static int
adjunct_word(const struct doc *d, const struct tok *u)
{
	static const char *const words[] = {
		"despite", "while", "whereas", "though", "although",
		"however", "even", "without", "unlike", "amid", "with",
		"when", "a", "an", "as", NULL
	};

	return u->kind == T_WORD && u->low && tok_in(d, u, words);
}

/*
 * Are the tokens j..k-1 of a reported clause a subject with no verb yet
 * (at most SUBJ_WORDS words, nothing but words, possessives and an
 * opening "if" or "when"; verbs counts the clause's finite verbs)?  An
 * aside after it belongs to the clause.
 */
static int
bare_subject(const struct doc *d, size_t j, size_t k, int verbs)
{
	size_t x, n = 0;

	if (verbs || k > j + 2 * SUBJ_WORDS || tok_is(d, &d->t[j], "to"))
		return 0;
	if (k > j + 1 && d->t[j].low && (tok_is(d, &d->t[j], "if") ||
	    tok_is(d, &d->t[j], "when")))
		j++;
	for (x = j; x < k; x++) {
		const struct tok *t = &d->t[x];

		if ((t->kind != T_WORD && t->kind != T_POSS) || t->inq >= 0 ||
		    (t->low && (tag(t, WC_PREP) || tok_is(d, t, "that") ||
		    (t->e - t->s > 3 && d->buf[t->e - 1] == 's' &&
		    d->buf[t->e - 2] != 's'))))
			return 0;
		n += t->kind == T_WORD;
	}
	return n > 0 && n <= SUBJ_WORDS;
}

/*
 * Does the relative clause from token k close with a comma that a finite
 * verb follows ("numbers mean the school, which has 41 pupils, is no
 * longer viable"): a clause on the subject, inside the report?
 */
static int
rel_then_verb(const struct doc *d, size_t k, size_t hi)
{
	size_t x;

	for (x = k + 1; x + 1 < hi && x < k + GAP_WORDS + 4; x++) {
		const struct tok *t = &d->t[x];

		if (t->inq >= 0 || (t->kind == T_PUNCT &&
		    !tok_punct(d, t, ',')) || d->cue1[x] != (size_t)-1)
			return 0;
		if (tok_punct(d, t, ','))
			return d->t[x + 1].low && aux_word(d, &d->t[x + 1]);
	}
	return 0;
}

/*
 * "who asked not to be named", "asked to remain anonymous": at j, a
 * source's wish not to be named, which reports nothing.
 */
static int
anonymity_wish(const struct doc *d, size_t j, size_t hi)
{
	static const char *const named[] = { "named", "identified", "quoted",
	    NULL };
	static const char *const unnamed[] = { "anonymous", "unnamed",
	    "nameless", NULL };

	if (j < hi && tok_is(d, &d->t[j], "not"))
		j++;
	if (j + 2 >= hi || !tok_is(d, &d->t[j], "to"))
		return 0;
	return (tok_is(d, &d->t[j + 1], "be") &&
	    tok_in(d, &d->t[j + 2], named)) ||
	    (tok_is(d, &d->t[j + 1], "remain") &&
	    tok_in(d, &d->t[j + 2], unnamed));
}

/* Emit the clause j.. as reported speech, split at "and that"; with sub,
 * it ends at the first comma (a subordinate clause or question). */
static void
emit_clause(struct doc *d, size_t j, size_t hi, size_t c0, size_t c1,
    const struct who *w, int sub)
{
	size_t k, start = j, f = d->sfirst[d->t[c0].sent];
	static const char *const subord[] = { "if", "unless", "when", "while",
	    "although", "though", "because", "once", "since", "after",
	    "before", NULL };
	int ncue = 0, paren = 0, commas = 0, verbs = 0, perfect = 0, aside = 0;
	static const char *const clause_links[] = { "and", "or", "but",
	    "that", "which", "who", "whom", "if", "when", "because", "to",
	    "not", "never", "also", "then", "what", "where", NULL };
	static const char *const adverbs[] = { "already", "just", "still",
	    "since", "yet", "ever", "even", "only", "long", "now", NULL };
	static const char *const some_prons[] = { "another", "others",
	    "some", "many", "one", "none", "both", "each", "most", "several",
	    "few", NULL };
	int fronted, subj_aside = 0, nsubj = 0;
	int ask = d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'W') != NULL;
	size_t nword = 0;	/* words of the clause so far */

	if (anonymity_wish(d, j, hi))
		return;
	/* "While X has said Y, Z ...": the clause ends at the comma. */
	if (c0 > f + SUB_BACK)
		f = c0 - SUB_BACK;
	for (k = c0; k > f && (!tok_punct(d, &d->t[k - 1], ',') ||
	    tok_is(d, &d->t[k], "and") || tok_is(d, &d->t[k], "but")); k--) {
		const struct tok *t = &d->t[k - 1];

		/* "As officials warned that ..., residents fled": "as"
		 * opening the sentence. */
		if (tok_is(d, t, "as") && k - 1 == d->sfirst[t->sent] &&
		    k < c0 && c1 + 1 < hi && d->t[c1 + 1].kind == T_WORD) {
			sub = 1;
			break;
		}
		if (tok_is(d, t, "while") || tok_is(d, t, "although") ||
		    tok_is(d, t, "though") || tok_is(d, t, "if") ||
		    tok_is(d, t, "when") || tok_is(d, t, "because") ||
		    tok_is(d, t, "since") || tok_is(d, t, "after") ||
		    tok_is(d, t, "whereas") || tok_is(d, t, "before") ||
		    tok_is(d, t, "until") || tok_is(d, t, "once") ||
		    (tok_is(d, t, "who") && k > f + 1 &&
		    tok_punct(d, &d->t[k - 2], ',')) ||
		    (tok_is(d, t, "as") && k > f + 1 &&
		    tok_is(d, &d->t[k - 2], "even"))) {
			sub = 1;
			break;
		}
	}
	/* "Hale — who said X — voted": a clause that begins inside a pair
	 * of dashes ends at the second (counted from the sentence's start,
	 * when that is near). */
	if (c0 <= d->sfirst[d->t[c0].sent] + DASH_BACK) {
		for (k = d->sfirst[d->t[c0].sent]; k < c0; k++)
			if (d->t[k].inq < 0 && tok_dash(d, &d->t[k]))
				aside = !aside;
	}
	/* "In addition to stating that X, Hale ...": see opening_gerund(). */
	if (opening_gerund(d, c0))
		sub = 1;
	/* A noun cue with no verb before it in its sentence is (in) the
	 * sentence's subject. */
	if (sub && d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'N') != NULL) {
		nsubj = 1;
		for (k = d->sfirst[d->t[c0].sent]; k < c0; k++)
			if ((d->t[k].low && finite_verb(d, &d->t[k])) ||
			    (d->t[k].low && tok_in(d, &d->t[k], subord)) ||
			    tok_punct(d, &d->t[k], ','))
				nsubj = 0;
	}
	/* No leading commas or dashes. */
	while (start < hi && d->t[start].kind == T_PUNCT)
		start++;
	j = start;
	/* "say that, even if they lost, the vote stands", "said that in
	 * 2009, they ...": a clause that opens with a subordinate clause
	 * or a phrase goes on past the comma that closes it.  Not the
	 * question itself ("asked if he had met X, who ..."). */
	k = j + (j + 1 < hi && tok_is(d, &d->t[j], "even"));
	fronted = !sub && k < hi && d->t[k].low && d->t[k].inq < 0 &&
	    !(d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'W') != NULL) ?
	    (tok_in(d, &d->t[k], subord) ? 1 : (tag(&d->t[k], WC_PREP) &&
	    j > 0 && tok_is(d, &d->t[j - 1 - (d->t[j - 1].kind == T_PUNCT)],
	    "that")) ? 2 : 0) : 0;
	for (k = j; k < hi; k++) {
		struct tok *t = &d->t[k];

		nword += t->kind == T_WORD;
		if (t->inq >= 0) {
			/* '... "New York values," stating ...' */
			/* '... "non-entities," but he gave ...': the comma
			 * inside the mark ends the clause as one outside. */
			if (t->kind == T_QUOTE && k + 1 < hi &&
			    d->sp[t->inq].close == k && k > j &&
			    tok_punct(d, &d->t[k - 1], ',') &&
			    d->t[k + 1].kind == T_WORD && d->t[k + 1].low &&
			    (d->t[k + 1].cue != NULL || ing_word(d, &d->t[k + 1]) ||
			    (tok_is(d, &d->t[k + 1], "but") && k + 2 < hi &&
			    subj_pron(d, &d->t[k + 2]) && d->t[k + 2].low))) {
				k++;
				break;
			}
			/* 'his claim that we would "learn nothing," there
			 * ...': a noun's clause ends at the comma there too. */
			if (sub && t->kind == T_QUOTE && d->sp[t->inq].close == k &&
			    k > j && tok_punct(d, &d->t[k - 1], ',')) {
				k++;
				break;
			}
			continue;
		}
		/* "the notion that a video, at least in part, inspired
		 * ...": an aside on a subject with no verb yet, closed by a
		 * comma and the clause's verb, is no end. */
		if (sub && !verbs && k > j && tok_punct(d, t, ',')) {
			size_t x = subject_aside(d, k, hi);

			if (x != (size_t)-1) {
				commas += 2;
				k = x;
				continue;
			}
		}
		if (tok_punct(d, t, ';') || (sub && (tok_punct(d, t, ',') ||
		    tok_dash(d, t))) || (aside && tok_dash(d, t) && k > j))
			break;
		/* The end of a parenthesis the clause began in. */
		if (tok_punct(d, t, '('))
			paren++;
		else if (tok_punct(d, t, ')') && paren-- == 0)
			break;
		/* Reported speech nests ("X said Y told Z that ..."), but
		 * not without end: the clause stops at the third cue. */
		if (d->cue1[k] != (size_t)-1 && ++ncue > CLAUSE_CUES)
			break;
		/* "... the plan - a move that ...": an aside on it; "X -
		 * who said he would win - said ...": the aside closes and
		 * the sentence's own verb follows (not a question: "- was
		 * it ever new? -"); not on a subject with no verb yet ("that
		 * Jo Lee, head of X - a lobby group - was ..."): that aside
		 * closes at its second dash and the clause goes on. */
		if (tok_dash(d, t) && subj_aside) {
			subj_aside = 0;
			continue;
		}
		if (tok_dash(d, t) && k > j && k + 1 < hi && !verbs &&
		    d->t[k + 1].low && (tag(&d->t[k + 1], WC_DET) ||
		    tok_is(d, &d->t[k + 1], "who") ||
		    tok_is(d, &d->t[k + 1], "which"))) {
			subj_aside = 1;
			continue;
		}
		if (subj_aside)
			continue;
		if (tok_dash(d, t) && k > j && k + 1 < hi &&
		    d->t[k + 1].low && (adjunct_word(d, &d->t[k + 1]) ||
		    tag(&d->t[k + 1], WC_DET) || ((lex_verb(d, &d->t[k + 1]) ||
		    d->cue1[k + 1] != (size_t)-1) && !finite_verb(d, &d->t[k - 1]) &&
		    !(k + 2 < hi && subj_pron(d, &d->t[k + 2])))))
			break;
		/* A phrase ends at its comma; one with a verb was no
		 * phrase but the clause itself. */
		if (fronted == 2 && verbs)
			fronted = 0;
		if (fronted && tok_punct(d, t, ',') && k > j + 1) {
			fronted = 0;
			commas++;
			continue;
		}
		if (tok_punct(d, t, ',') && k + 1 < hi) {
			struct tok *u = &d->t[k + 1];
			size_t x;

			/* Not after a "that" whose clause has yet to come
			 * ("it is only fitting that, having lost, she ..."). */
			if (u->kind == T_WORD && u->low &&
			    (u->cue != NULL || tok_is(d, u, "according") ||
			    (u->e - u->s > 4 && d->buf[u->e - 3] == 'i' &&
			    d->buf[u->e - 2] == 'n' && d->buf[u->e - 1] == 'g')) &&
			    !(k > j && tok_is(d, &d->t[k - 1], "that") &&
			    d->t[k - 1].low && ing_word(d, u) && u->cue == NULL))
				break;
			/* "the city, a member of the league, has ...": an
			 * appositive on a bare subject goes on; so does an
			 * aside after a subject with no verb yet ("if his son
			 * Tom, who died in May, were alive", "Hale, even as a
			 * candidate, had ..."). */
			if (adjunct_word(d, u) && !(nword <= 3 &&
			    (tok_is(d, u, "a") || tok_is(d, u, "an"))) &&
			    !bare_subject(d, j, k, verbs) &&
			    !list_item(d, k + 1, hi) && !concessive(d, k + 1, hi))
				break;
			/* "... a new law, who ...": a relative clause on the
			 * clause's last noun; not after a bare subject ("Kim,
			 * who chairs it, will resign"). */
			if ((tok_is(d, u, "who") || tok_is(d, u, "which") ||
			    tok_is(d, u, "whose")) && u->low && nword >= 4 &&
			    !bare_subject(d, j, k, verbs) &&
			    !rel_then_verb(d, k + 1, hi))
				break;
			/* ", and they rejected ...": a new clause of the
			 * reporter's. */
			if ((tok_is(d, u, "and") || tok_is(d, u, "but")) &&
			    k + 2 < hi && subj_pron(d, &d->t[k + 2]) &&
			    d->t[k + 2].low)
				break;
			/* ", and another warned her ...": a pronoun of
			 * quantity and a verb. */
			if ((tok_is(d, u, "and") || tok_is(d, u, "but")) &&
			    k + 3 < hi && d->t[k + 2].low &&
			    tok_in(d, &d->t[k + 2], some_prons) &&
			    d->t[k + 3].low && finite_verb(d, &d->t[k + 3]))
				break;
			/* ", and Hale vowed to ...": another report. */
			if (tok_is(d, u, "and") || tok_is(d, u, "but")) {
				for (x = k + 2; x < hi && x < k + 8; x++)
					if (d->cue1[x] != (size_t)-1 ||
					    d->t[x].kind != T_WORD)
						break;
				if (x < hi && x < k + 8 &&
				    d->cue1[x] != (size_t)-1)
					break;
			}
			/* "..., Hale's campaign argued that ...": a subject,
			 * its cue and "that": another report begins. */
			for (x = k + 1; x < hi && x < k + 7; x++)
				if (d->cue1[x] != (size_t)-1 ||
				    (d->t[x].kind != T_WORD &&
				    d->t[x].kind != T_POSS))
					break;
			if (x > k + 1 && x < hi && x < k + 7 &&
			    d->cue1[x] != (size_t)-1 && d->t[x].low &&
			    d->cue1[x] + 1 < hi &&
			    tok_is(d, &d->t[d->cue1[x] + 1], "that"))
				break;
			/* "vowed to cut taxes, Mrs. Lee has run on ...": an
			 * infinitive has no subject; one after its comma
			 * opens the sentence's main clause. */
			if (tok_is(d, &d->t[j], "to") && d->t[j].low) {
				for (x = k + 1; x < hi && x < k + 4 &&
				    d->t[x].kind == T_WORD && d->t[x].cap &&
				    d->t[x].inq < 0; x++)
					continue;
				if (x == k + 1 && subj_pron(d, u) && u->low)
					x++;
				if (x > k + 1 && x < hi && d->t[x].low &&
				    finite_verb(d, &d->t[x]))
					break;
			}
			/* ", he said." / ", the ministry said." */
			for (x = k + 1; x < hi && x < k + 6; x++)
				if (d->t[x].kind == T_WORD && d->t[x].cue != NULL &&
				    d->t[x].low)
					break;
			if (x < hi && x < k + 6 && (x + 1 >= hi ||
			    sent_end_punct(d, &d->t[x + 1]) ||
			    tok_punct(d, &d->t[x + 1], ',')))
				break;
		}
		/* "he would resign, was the latest in ...", "promised to
		 * cut A, opposed B": after a whole clause, a verb with no
		 * subject after a comma is the reporter's sentence going on;
		 * not after an aside ("the plan, set out in May, was ..."). */
		if (tok_punct(d, t, ',') && k + 2 < hi && !commas && (verbs ||
		    tok_is(d, &d->t[j], "to")) && d->t[k + 1].low &&
		    (lex_verb(d, &d->t[k + 1]) ||
		    (finite_verb(d, &d->t[k + 1]) &&
		    (tag(&d->t[k + 2], WC_DET) || poss_pron(d, &d->t[k + 2])))))
			break;
		/* "61 percent said they were sure, compared with 38
		 * percent who said ...": a comparison that holds another
		 * report is the reporter's. */
		if (k > j + 1 && k + 2 < hi && t->low && t->inq < 0 &&
		    tok_is(d, t, "compared") && (tok_is(d, &d->t[k + 1], "to") ||
		    tok_is(d, &d->t[k + 1], "with"))) {
			size_t x;

			for (x = k + 2; x < hi && x < k + CMP_SPAN; x++)
				if (d->cue1[x] != (size_t)-1 && d->t[x].low &&
				    d->t[x].cue != NULL &&
				    strchr(d->t[x].cue, 'V') == NULL &&
				    strchr(d->t[x].cue, 'N') == NULL)
					break;
			if (x < hi && x < k + CMP_SPAN)
				break;
		}
		/* "from saying that he feels fine to playing up his
		 * stamina": "from -ing ... to -ing" is a range. */
		if (k > j + 1 && t->low && t->inq < 0 && tok_is(d, t, "to") &&
		    k + 1 < hi && ing_word(d, &d->t[k + 1]) &&
		    d->t[k + 1].low && c0 > 0 &&
		    tok_is(d, &d->t[c0 - 1], "from") && ing_word(d, &d->t[c0]))
			break;
		/* "confirmed that Hale would attend but would not give
		 * details", "... but declined to elaborate": the speaker's
		 * refusal to say more is the reporter's account. */
		if (k > j + 1 && t->low && t->inq < 0 && tok_is(d, t, "but") &&
		    refusal(d, k + 1, hi))
			break;
		/* "asked him about the delay and left": a report with no
		 * verb of its own (an object, a charge, an infinitive)
		 * ends where the reporter's next verb begins. */
		if (!verbs && k > j + 1 && t->low && t->inq < 0 &&
		    (tok_is(d, t, "and") || tok_is(d, t, "but")) &&
		    k + 2 < hi && d->t[k + 1].low && !aux_word(d, &d->t[k + 1]) &&
		    next_verb(d, k + 1) && !(d->nextq[k] < hi &&
		    d->nextq[k] <= k + QUOTE_NEAR))
			break;
		/* "asked about the delay in an interview", "Asked why he
		 * waited during an appearance on radio": after a question,
		 * the occasion of the asking is the reporter's. */
		if (ask && k > j && t->low && t->inq < 0 &&
		    occasion(d, k, hi))
			break;
		/* '... reported "no opinion" when asked whether ...': so
		 * is the occasion of any report. */
		if (k > j && asked_occasion(d, k, hi))
			break;
		/* "Hale's claim that he has a way to win would depend on
		 * ...": a noun cue that is the sentence's subject; after
		 * its clause's verb, a verb right after a noun is the
		 * sentence's own. */
		if (nsubj && verbs && k > j && t->low && t->inq < 0 &&
		    finite_verb(d, t) && !aux_word(d, &d->t[k - 1]) &&
		    d->t[k - 1].kind == T_WORD && d->t[k - 1].low &&
		    d->t[k - 1].inq < 0 && !finite_verb(d, &d->t[k - 1]) &&
		    !subj_pron(d, &d->t[k - 1]) &&
		    !tok_in(d, &d->t[k - 1], clause_links) &&
		    !tag(&d->t[k - 1], WC_PREP) && !tag(&d->t[k - 1], WC_DET) &&
		    !((skippable(d, &d->t[k - 1]) ||
		    tok_in(d, &d->t[k - 1], adverbs)) && k > j + 1 &&
		    aux_word(d, &d->t[k - 2])))
			break;
		if (tok_punct(d, t, ','))
			commas++;
		else if (finite_verb(d, t))
			verbs++;
		/* "has said she wants A and has expressed B": a perfect
		 * with no subject after a clause in another tense is the
		 * reporter's account of the speaker going on. */
		if (k > j && k + 2 < hi && t->low && tok_is(d, t, "and") &&
		    (tok_is(d, &d->t[k + 1], "has") ||
		    tok_is(d, &d->t[k + 1], "have")) && !perfect &&
		    finite_verb(d, &d->t[k + 2]))
			break;
		if (tok_is(d, t, "has") || tok_is(d, t, "have") ||
		    tok_is(d, t, "had"))
			perfect = 1;
		/* 'are "weak," but he gave ...': the comma inside the
		 * quote ends the clause as one outside it does. */
		if ((tok_is(d, t, "and") || tok_is(d, t, "but")) && t->low &&
		    k > j + 2 && k + 1 < hi && d->t[k - 1].kind == T_QUOTE &&
		    tok_punct(d, &d->t[k - 2], ',') && subj_pron(d, &d->t[k + 1]) &&
		    d->t[k + 1].low && !tok_is(d, &d->t[k + 1], "there"))
			break;
		/* 'calling them "thieves" and threatening to ...': after
		 * its fragment, a second participle of the speaker's own. */
		if (tok_is(d, t, "and") && t->low && k > j && k + 1 < hi &&
		    ing_word(d, &d->t[c0]) && ing_word(d, &d->t[k + 1]) &&
		    d->t[k + 1].low && !tok_is(d, &d->t[k + 1], "being") &&
		    !tok_punct(d, &d->t[k - 1], ',') && d->nextq[j] < k)
			break;
		/* "he was tired and vowed to rest": a second report by the
		 * same speaker begins. */
		if ((tok_is(d, t, "and") || tok_is(d, t, "but")) && k > j &&
		    k + 1 < hi && d->cue1[k + 1] != (size_t)-1 &&
		    d->t[k + 1].low)
			break;
		/* "... while experts warned ...": a contrast with another
		 * speaker's report. */
		if ((tok_is(d, t, "while") || tok_is(d, t, "whereas")) &&
		    t->low && k > j + 2) {
			size_t x;

			for (x = k + 1; x < hi && x < k + 7; x++)
				if (d->cue1[x] != (size_t)-1 ||
				    (d->t[x].kind != T_WORD &&
				    d->t[x].kind != T_POSS) ||
				    finite_verb(d, &d->t[x]) ||
				    tok_is(d, &d->t[x], "that") ||
				    tok_is(d, &d->t[x], "who") ||
				    tok_is(d, &d->t[x], "which"))
					break;
			if (x > k + 1 && x < hi && x < k + 7 &&
			    d->cue1[x] != (size_t)-1 && d->t[x].low)
				break;
		}
		/* "... and Lopez said ...": another speaker's report. */
		if ((tok_is(d, t, "and") || tok_is(d, t, "but")) && k > j &&
		    k + 2 < hi && (d->t[k + 1].cap || subj_pron(d, &d->t[k + 1]))) {
			size_t x;

			for (x = k + 2; x < hi && x < k + 5; x++)
				if (d->cue1[x] != (size_t)-1 ||
				    d->t[x].kind != T_WORD || !d->t[x].cap)
					break;
			if (x < hi && x < k + 5 && d->cue1[x] != (size_t)-1 &&
			    d->t[x].low)
				break;
		}
		if (tok_is(d, t, "and") && k + 1 < hi &&
		    tok_is(d, &d->t[k + 1], "that")) {
			if (words_between(d, start, k - 1) >= 2)
				emit(d, d->t[start].s, d->t[k - 1].e,
				    QUOTE_INDIRECT, c0, c1, 1, w);
			start = k + 2;
			k++;
			nword = 0;
			continue;
		}
	}
	while (k > start && (d->t[k - 1].kind == T_PUNCT &&
	    d->t[k - 1].inq < 0))
		k--;
	if (k > start && words_between(d, start, k - 1) >= 2)
		emit(d, d->t[start].s, d->t[k - 1].e, QUOTE_INDIRECT, c0, c1, 1, w);
}

/* Does a quote open among tokens a..b-1? */
static int
quote_in(const struct doc *d, size_t a, size_t b)
{
	return a < b && d->nextq[a] < b;
}

/*
 * Is there a comma, a colon, a semicolon or a dash among tokens a..b-1?
 * Then a quote at b is not in the clause at a ("told a rally, saying
 * she would "win"").
 */
static int
stop_in(const struct doc *d, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_punct(d, &d->t[a], ',') || tok_punct(d, &d->t[a], ';') ||
		    tok_punct(d, &d->t[a], ':') || tok_dash(d, &d->t[a]))
			return 1;
	return 0;
}

/* Is token j the opening mark of a quoted fragment (not a whole quote)? */
static int
partial_at(const struct doc *d, size_t j)
{
	const struct span *s;

	if (j >= d->nt || d->t[j].kind != T_QUOTE || d->t[j].inq < 0)
		return 0;
	s = &d->sp[d->t[j].inq];
	/* A title ('said on "Meet the Press"') is no one's words. */
	return s->open == j && s->kind == QUOTE_PARTIAL && s->words > 0 &&
	    !s->title;
}

/*
 * A quoted fragment a few words after a cue is part of what the cue
 * reports: 'vowed to "fight every vote" in the fall', 'says "the wind is
 * at our backs" despite the loss', 'called the budget "a welfare
 * payment"'.  The reported clause then starts right after the cue (past
 * "that", "of", "about" and time words); (size_t)-1 when no fragment
 * follows, or when a stop (end of sentence, colon, dash, parenthesis,
 * another cue) comes first.
 */
static size_t
mixed_start(const struct doc *d, size_t c1, size_t hi)
{
	return frag_after(d, c1, hi, MIX_SPAN);
}

/* mixed_start() with the fragment up to span tokens after the cue. */
static size_t
frag_after(const struct doc *d, size_t c1, size_t hi, size_t span)
{
	size_t k = c1 + 1, j, q;

	while (k < hi && k < c1 + 1 + span && d->t[k].kind == T_WORD &&
	    d->t[k].low &&
	    (tok_is(d, &d->t[k], "that") || tok_is(d, &d->t[k], "of") ||
	    tok_is(d, &d->t[k], "about") || tag(&d->t[k], WC_TIME)))
		k++;
	if (k >= hi || d->t[k].kind == T_PUNCT)
		return (size_t)-1;
	q = d->nextq[k];
	if (q >= hi || q > k + span || !partial_at(d, q))
		return (size_t)-1;
	for (j = k; j < q; j++) {
		const struct tok *t = &d->t[j];

		if (sent_end_punct(d, t) || tok_punct(d, t, ';') ||
		    tok_punct(d, t, ':') || tok_dash(d, t) ||
		    tok_punct(d, t, '(') || (t->kind == T_WORD && t->cue != NULL))
			return (size_t)-1;
	}
	return k;
}

/*
 * Does the fragment after token j describe what a judging cue (flag M)
 * takes?  Not when an adjunct set off by a comma comes first ("describe
 * it in broad terms, as "a firm""): the object ends at the comma; nor
 * when someone's words name a thing ("defended Hale's "we will win"
 * line"): the object opens with a possessive before the mark, a noun
 * follows it.
 */
static int
m_frag_ok(const struct doc *d, size_t j, size_t hi)
{
	static const char *const links[] = { "and", "or", "but", "who",
	    "which", "that", "as", "than", "when", "while", "because",
	    "since", "after", "before", "until", "if", NULL };
	size_t q = d->nextq[j], c, k;
	const struct tok *u;

	for (k = j; k + 1 < q; k++)
		if (tok_punct(d, &d->t[k], ',') && d->t[k].inq < 0 &&
		    adjunct_word(d, &d->t[k + 1]))
			return 0;
	if (q == 0 || q > j + 3 || d->t[q - 1].kind != T_POSS ||
	    d->t[q].inq < 0 ||
	    (c = d->sp[d->t[q].inq].close) == (size_t)-1 || c + 1 >= hi)
		return 1;
	/* Not 'praised his side's "perfect" performance': a word or two
	 * that judge the thing. */
	if (words_between(d, q + 1, c - 1) < 3)
		return 1;
	u = &d->t[c + 1];
	return !(u->kind == T_WORD && u->low && u->inq < 0 && u->cue == NULL &&
	    !tag(u, WC_PREP) && !tag(u, WC_DET) && !subj_word(d, u) &&
	    !finite_verb(d, u) && !ing_word(d, u) && !tok_in(d, u, links));
}

/*
 * A short plain noun phrase ending at token p, set off by a comma before
 * it ("..., many economists say, ..."): its first token, or (size_t)-1.
 */
static size_t
plain_np(const struct doc *d, size_t p, size_t lo)
{
	size_t k;

	for (k = p + 1; k > lo + 1 && k + PLAIN_NP > p + 1; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->kind != T_WORD || t->inq >= 0 || t->cue != NULL ||
		    tag(t, WC_PREP) || lex_verb(d, t))
			break;
	}
	if (k > p || k <= lo || !tok_punct(d, &d->t[k - 1], ','))
		return (size_t)-1;
	return k;
}

/*
 * A relative clause that holds its own cue reports what the relative
 * pronoun stands for: "policies which he said had harmed the economy",
 * "a group who officials say is tied to ...".  The pronoun opens the
 * clause, a short subject comes before the cue, and a verb right after
 * it.  Returns the pronoun's token, or (size_t)-1.
 */
static size_t
rel_start(const struct doc *d, size_t c0, size_t c1, size_t lo)
{
	const struct tok *v = &d->t[c1 + 1];
	size_t k, n = v->e - v->s;

	if (d->t[c0].cue == NULL || strchr(d->t[c0].cue, 'B') == NULL ||
	    v->kind != T_WORD || !v->low || v->inq >= 0)
		return (size_t)-1;
	if (!lex_verb(d, v) && !ed_form(d, v, 3) &&
	    !(n > 3 && d->buf[v->e - 1] == 's' && d->buf[v->e - 2] != 's'))
		return (size_t)-1;
	for (k = c0; k > lo && k + PLAIN_NP + 1 > c0; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->kind != T_WORD || t->inq >= 0)
			return (size_t)-1;
		if (t->low && k < c0 && (tok_is(d, t, "which") ||
		    tok_is(d, t, "who") || tok_is(d, t, "that") ||
		    tok_is(d, t, "what")))
			return k - 1;
	}
	return (size_t)-1;
}

/* "not" or "never": a negation that opens an infinitive. */
static int
neg_word(const struct doc *d, const struct tok *t)
{
	return t->low && (tok_is(d, t, "not") || tok_is(d, t, "never"));
}

/*
 * A question reported after "asked" or "wondered": it opens a few words
 * on, after the person asked, at a wh-word ("asked Hale whether ..."),
 * after "about", or at "to" ("asked the network to donate ...").
 */
static size_t
ask_start(const struct doc *d, size_t c1, size_t hi)
{
	static const char *const wh[] = { "whether", "if", "why", "how",
	    "what", "who", "whom", "when", "where", "which", NULL };
	size_t k;

	for (k = c1 + 1; k < hi && k <= c1 + ASK_SPAN; k++) {
		const struct tok *t = &d->t[k];

		if (t->kind != T_WORD || t->inq >= 0 || d->cue1[k] != (size_t)-1)
			break;
		if (!t->low)
			continue;
		if (tok_in(d, t, wh))
			return k;
		if (tok_is(d, t, "about") && k + 1 < hi &&
		    d->t[k + 1].kind == T_WORD)
			return k + 1;
		if (tok_is(d, t, "to") && k + 1 < hi && d->t[k + 1].low &&
		    d->t[k + 1].kind == T_WORD && !tag(&d->t[k + 1], WC_DET))
			return k > c1 + 1 && neg_word(d, &d->t[k - 1]) ? k - 1 : k;
	}
	return (size_t)-1;
}

/*
 * The infinitive a promise or an appeal reports: "to" right after the
 * cue, or after its object when it takes one ("urged the Fed to wait").
 */
static size_t
inf_start(const struct doc *d, size_t c1, size_t hi, int obj)
{
	size_t k;

	/* "vowed not to", "urged them never to": the negation is said. */
	for (k = c1 + 1; k + 1 < hi && k <= c1 + (obj ? ASK_SPAN :
	    1 + neg_word(d, &d->t[c1 + 1])); k++) {
		const struct tok *t = &d->t[k];

		if (t->kind != T_WORD || t->inq >= 0 || d->cue1[k] != (size_t)-1)
			break;
		if (tok_is(d, t, "to") && t->low && d->t[k + 1].low &&
		    d->t[k + 1].kind == T_WORD && !tag(&d->t[k + 1], WC_DET) &&
		    !poss_pron(d, &d->t[k + 1]) && !tok_is(d, &d->t[k + 1], "be"))
			return k > c1 + 1 && neg_word(d, &d->t[k - 1]) ? k - 1 : k;
	}
	return (size_t)-1;
}

/*
 * A sentence that opens with a quote the reporter's words go on from
 * ('"Boots on the ground" would be needed, he said.'): the clause before
 * the comma at s0 holds the quote and at least two free words after it.
 */
static int
quote_then_words(const struct doc *d, size_t lo, size_t s0)
{
	size_t c;

	if (d->t[lo].inq < 0 || d->sp[d->t[lo].inq].open != lo)
		return 0;
	c = d->sp[d->t[lo].inq].close;
	/* '"We will win," Hale, the mayor, said': a whole quote, unless
	 * the reporter's words go on ('"...," and donations rose'). */
	if (c != (size_t)-1 && c > lo + 1 && c + 1 < d->nt &&
	    (tok_punct(d, &d->t[c - 1], ',') ||
	    sent_end_punct(d, &d->t[c - 1])) && (!d->t[c + 1].low ||
	    tag(&d->t[c + 1], WC_DET) || poss_pron(d, &d->t[c + 1])))
		return 0;
	return c != (size_t)-1 && c + 3 < s0 && d->t[c + 1].kind == T_WORD &&
	    d->t[c + 2].kind == T_WORD && d->t[c + 1].inq < 0;
}

/*
 * Does the fragment whose closing mark is token c end the clause that
 * starts at lo, with the clause's comma inside the mark ('The plan is
 * "a disaster,"')?  Not when the quote is set off as a whole ('Whatever
 * the polls say, "we will win,"'), nor inside a relative clause on the
 * subject ('Hale, who calls it "a fraud,"').
 */
static int
frag_closes_clause(const struct doc *d, size_t lo, size_t c)
{
	const struct span *s;
	size_t k;

	if (c < 2 || d->t[c].kind != T_QUOTE || d->t[c].inq < 0)
		return 0;
	s = &d->sp[d->t[c].inq];
	if (s->close != c || !partial_at(d, s->open) || s->open <= lo ||
	    !tok_punct(d, &d->t[c - 1], ','))
		return 0;
	for (k = lo + 1; k < s->open; k++) {
		if (tok_punct(d, &d->t[k], '('))
			return 0;
		if (tok_punct(d, &d->t[k - 1], ',') && d->t[k].low &&
		    (tok_is(d, &d->t[k], "who") || tok_is(d, &d->t[k], "which")))
			return 0;
	}
	return 1;
}

/*
 * Where the clause j.. of cue c0..c1 ends when its first quote is a
 * fragment that closes it: after "what X called" ('what aides called
 * "a new era" in a book': only the words called so), or before a
 * parenthesis on it ('called them "thieves" (though ...)'); else hi.
 */
static size_t
frag_end(const struct doc *d, size_t c0, size_t c1, size_t j, size_t hi)
{
	static const char *const subordinators[] = { "before", "after",
	    "while", "when", "since", NULL };
	size_t q = d->nextq[j], c, k;

	if (q >= hi || !partial_at(d, q) ||
	    (c = d->sp[d->t[q].inq].close) == (size_t)-1 || c + 1 >= hi)
		return hi;
	if (tok_punct(d, &d->t[c + 1], '('))
		return c + 1;
	/* '... "doesn't treat me well" before floating the idea ...': an
	 * adjunct clause of the reporter's after the fragment. */
	if (d->t[c + 1].low && tok_in(d, &d->t[c + 1], subordinators) &&
	    c + 2 < hi && ing_word(d, &d->t[c + 2]))
		return c + 1;
	if (q > c1 + 2)
		return hi;
	for (k = c0; k > d->sfirst[d->t[c0].sent] && k + WHAT_BACK > c0; k--)
		if (tok_is(d, &d->t[k - 1], "what") && d->t[k - 1].low &&
		    d->t[k - 1].inq < 0) {
			c = frag_close(d, c, hi);
			return frag_goes_on(d, c, hi) ? hi : c + 1;
		}
	return hi;
}

/*
 * A sentence that opens with "As X reported," or "As she told the
 * paper," gives the speaker's words after the comma ('As the Star
 * reported, the mayor "gave $5,000" to the group'): where they start,
 * or (size_t)-1.
 */
static size_t
as_clause(const struct doc *d, size_t c0, size_t c1, size_t lo, size_t hi)
{
	size_t k;

	if (!tok_is(d, &d->t[lo], "as") || !d->t[lo].cap || c0 <= lo + 1 ||
	    c0 > lo + AS_SUBJ)
		return (size_t)-1;
	for (k = c1 + 1; k < hi && k <= c1 + AS_SUBJ; k++) {
		const struct tok *t = &d->t[k];

		if (tok_punct(d, t, ',')) {
			if (k + 2 < hi && (!starts_quote(d, k + 1) ||
			    partial_at(d, k + 1)))
				return k + 1;
			break;
		}
		if ((t->kind != T_WORD && t->kind != T_POSS) || t->inq >= 0 ||
		    tok_is(d, t, "that"))
			break;
	}
	return (size_t)-1;
}

/*
 * The closing mark of the last of a list of fragments whose first closes
 * at c ('as "cheating" and "financial blackmail"'), or c.
 */
static size_t
frag_close(const struct doc *d, size_t c, size_t hi)
{
	for (;;) {
		if (c != (size_t)-1 && c + 2 < hi &&
		    (tok_is(d, &d->t[c + 1], "and") ||
		    tok_is(d, &d->t[c + 1], "or")) && partial_at(d, c + 2))
			c = d->sp[d->t[c + 2].inq].close;
		else if (c != (size_t)-1 && c + 1 < hi && partial_at(d, c + 1))
			c = d->sp[d->t[c + 1].inq].close;	/* "immoral" "lie" */
		else
			return c;
	}
}

/*
 * Does the object described by a fragment go on after its closing mark c
 * ('blamed the "fog of war" for the failure', 'as a "bully" who made
 * ...', 'as "a different cup of tea" than ...')?  Not after punctuation,
 * nor into an adjunct of time or place ('as "bold" in May').
 */
static int
frag_goes_on(const struct doc *d, size_t c, size_t hi)
{
	static const char *const adjunct[] = { "in", "on", "at", "during",
	    "after", "before", "since", "when", "while", "last", "this",
	    "and", "but", "or", "as", NULL };
	const struct tok *u;

	if (c + 1 >= hi)
		return 0;
	u = &d->t[c + 1];
	if (c > 0 && d->t[c - 1].kind == T_PUNCT)
		return 0;
	return u->kind == T_WORD && u->low && u->inq < 0 && u->cue == NULL &&
	    !tag(u, WC_TIME) && !tok_in(d, u, adjunct);
}

/*
 * The clause a verb_frag() cue c0..c1 reports: after "that" to the
 * clause's end, from "to" on, or the object with its fragment ('Hale as a
 * "con artist"').  The speaker is the verb's subject.
 */
static void
frag_clause(struct doc *d, size_t c0, size_t c1)
{
	size_t si = d->t[c0].sent, hi = d->slast[si], j, q, c;
	struct who w;
	int how = 0, inv;

	if (verb_frag(d, c0, &how) != c1)
		return;
	/* 'told reporters the deal showed that "diplomacy works"': inside
	 * a speech cue's clause the marks are that speaker's, and the
	 * verb reports no one. */
	if (c0 > d->sfirst[si] && (q = d->prevcue[c0 - 1]) != (size_t)-1 &&
	    q >= d->sfirst[si] && d->t[q].cue != NULL && d->t[q].inq < 0 &&
	    d->nextq[q] > c0)
		return;
	if (!cue_speaker(d, c0, c1, 0, &w, &inv) || inv)
		(void)sent_speaker(d, si, c0, &w);
	if (how == VF_THAT) {
		for (j = c1 + 1; j < hi && !(tok_is(d, &d->t[j], "that") &&
		    d->t[j].low); j++)
			;
		if (++j < hi)
			emit_clause(d, j, frag_end(d, c0, c1, j, hi), c0, c1,
			    &w, 0);
		return;
	}
	j = c1 + 1 + (how == VF_ABOUT);
	if (how == VF_TO) {
		emit_clause(d, j, hi, c0, c1, &w, 0);
		return;
	}
	q = d->nextq[j];
	if (q < hi && (c = frag_close(d, d->sp[d->t[q].inq].close, hi)) !=
	    (size_t)-1 && c < hi)
		emit_clause(d, j, frag_goes_on(d, c, hi) ? hi : c + 1, c0, c1,
		    &w, 0);
}

/*
 * Does a verb phrase with no subject start at token k (before hi): an
 * auxiliary ("would continue"), or a past form with its object or
 * complement after it ("cited a list", "pledged to")?  Not "unaccompanied
 * minors".
 */
static int
vp_start(const struct doc *d, size_t k, size_t hi)
{
	const struct tok *t = &d->t[k];

	if (k + 1 >= hi || t->inq >= 0 || !finite_verb(d, t))
		return 0;
	if (lex_verb(d, t))
		return 1;
	t = &d->t[k + 1];
	return tag(t, WC_DET) || poss_pron(d, t) || tag(t, WC_PREP) ||
	    tok_is(d, t, "to") || tok_punct(d, t, ',') ||
	    tok_punct(d, t, ':') || t->kind == T_QUOTE;
}

/*
 * For an -ing cue at c0 inside the subject of its sentence (no finite
 * verb from lo to c0), whose clause opens at j with a noun phrase: the
 * finite verb after that phrase, the sentence's own, or (size_t)-1.
 */
static size_t
verb_after_np(const struct doc *d, size_t lo, size_t c0, size_t j, size_t hi)
{
	static const char *const opens[] = { "after", "before", "when",
	    "while", "because", "since", "until", "as", "if", "although",
	    "though", NULL };
	size_t k;

	/* Back to the sentence's start or a subordinate clause's ("the
	 * day after a man claiming ..."). */
	for (k = c0; k > lo; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->low && tok_in(d, t, opens))
			break;
		if (t->low && (finite_verb(d, t) || d->cue1[k - 1] != (size_t)-1))
			return (size_t)-1;
	}
	for (k = j + 1; k < hi && k < j + NP_MAX; k++) {
		const struct tok *t = &d->t[k];

		if (t->inq >= 0 || t->kind == T_PUNCT)
			return (size_t)-1;
		if (t->low && (tok_is(d, t, "that") || tok_is(d, t, "who") ||
		    tok_is(d, t, "which")))
			return (size_t)-1;
		if (t->low && (lex_verb(d, t) || ed_form(d, t, 4)))
			return k;
	}
	return (size_t)-1;
}

/*
 * "the plan is ...", "the foreign policy group was ...": a determiner at
 * k, at most four plain words and a finite verb before e: a clause.
 */
static int
det_clause(const struct doc *d, size_t k, size_t e)
{
	size_t x;

	if (k >= e || !d->t[k].low || !tag(&d->t[k], WC_DET) ||
	    tok_is(d, &d->t[k], "that"))
		return 0;
	for (x = k + 1; x < e && x <= k + 5; x++) {
		const struct tok *t = &d->t[x];

		if (t->kind != T_WORD || t->inq >= 0 || tag(t, WC_PREP))
			return 0;
		if (t->low && aux_word(d, t))
			return 1;
	}
	return 0;
}

/*
 * Where the part of the clause lo..e that a trailing cue reports begins:
 * after "and" or "but" and a verb with no subject of its own, only that
 * verb phrase is the source's ("She has praised the plan and won the
 * vote, polls show": the win is what the polls show).  And when lo..e
 * holds a report of its own ("Others said they back A, but they would
 * not fund it, they said"), the trailing cue reports only the clause
 * after the last ", and/but" and a subject pronoun that follow that
 * report's cue: the first clause is the inner cue's.
 */
static size_t
last_conjunct(const struct doc *d, size_t lo, size_t e)
{
	size_t k, inner = (size_t)-1;

	/* "Led by X, the group will meet, officials said": the fronted
	 * participle phrase is the reporter's frame. */
	if (fronted_agent(d, lo, e)) {
		for (k = lo + 2; k + 1 < e && !tok_punct(d, &d->t[k], ','); k++)
			continue;
		if (k + 2 < e)
			lo = k + 1;
	}
	/* "Then a student in Ohio, Ann Lee found ..., she said": so is a
	 * description fronted before a person who opens the clause. */
	if ((k = fronted_desc(d, lo, e)) != (size_t)-1)
		lo = k;
	for (k = lo; k < e; k++) {
		if (inner == (size_t)-1) {
			if (d->cue1[k] != (size_t)-1 && d->t[k].inq < 0)
				inner = k;
			continue;
		}
		if (k + 2 <= e && tok_punct(d, &d->t[k], ',') &&
		    d->t[k + 1].inq < 0 && d->t[k + 1].low &&
		    (tok_is(d, &d->t[k + 1], "and") ||
		    tok_is(d, &d->t[k + 1], "but")) &&
		    ((subj_pron(d, &d->t[k + 2]) && d->t[k + 2].low) ||
		    det_clause(d, k + 2, e)))
			lo = k + 2;
	}
	for (k = e; k > lo + 2; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->inq < 0 && t->low && tok_is(d, t, "and") &&
		    vp_start(d, k, e + 1))
			return k;
	}
	return lo;
}

/*
 * A prepositional phrase at k that runs to the end of the sentence
 * ("said after the attacks.", "said in an interview on Fox."): the end,
 * else k.  No clause of its own: no "that", "to", verb, pronoun or quote.
 */
static size_t
tail_phrase(const struct doc *d, size_t k, size_t hi)
{
	size_t j;

	if (k >= hi || !tag(&d->t[k], WC_PREP) || !d->t[k].low ||
	    tok_is(d, &d->t[k], "to"))
		return k;
	for (j = k + 1; j < hi && j < k + TAIL_WORDS; j++) {
		const struct tok *t = &d->t[j];

		if (sent_end_punct(d, t))
			return j;
		/* "in a filing to the exchange": a "to" before a
		 * determiner is a preposition, not an infinitive. */
		if (tok_is(d, t, "to") && t->inq < 0 && j + 1 < hi &&
		    d->t[j + 1].low && tag(&d->t[j + 1], WC_DET))
			continue;
		if ((t->kind != T_WORD && t->kind != T_POSS) || t->inq >= 0 ||
		    d->cue1[j] != (size_t)-1 || tok_is(d, t, "that") ||
		    tok_is(d, t, "to") || subj_word(d, t) ||
		    (t->low && lex_verb(d, t)))
			return k;
	}
	return j >= hi ? hi : k;
}

/*
 * Is the cue c0 a passive participle, its phrase at e an agent or a
 * charge ("was claimed by the group", "confirmed by the Senate", "was
 * warned against it"), so that no one says the clause before it?
 */
static int
passive_cue(const struct doc *d, size_t c0, size_t e, size_t hi)
{

	if (e < hi && d->t[e].low && (tok_is(d, &d->t[e], "by") ||
	    tok_is(d, &d->t[e], "against")))
		return 1;
	return c0 > 0 && d->t[c0 - 1].low && tok_in(d, &d->t[c0 - 1],
	    passive_aux);
}

/*
 * A short object at k of a cue that takes one ("told reporters", "told
 * the BBC", "told The Daily Post"): one past its last word, else k.  No
 * clause: no pronoun, verb, "that", "to", preposition or quote in it.
 */
static size_t
object_end(const struct doc *d, size_t k, size_t hi)
{
	size_t j = k;

	if (j < hi && d->t[j].low && tag(&d->t[j], WC_DET) &&
	    !tok_is(d, &d->t[j], "that"))
		j++;
	for (; j < hi && j < k + 4; j++) {
		const struct tok *t = &d->t[j];

		if ((t->kind != T_WORD && t->kind != T_POSS) || t->inq >= 0 ||
		    d->cue1[j] != (size_t)-1 || tok_is(d, t, "that") ||
		    tok_is(d, t, "to") || subj_word(d, t) || pron_class(t) ||
		    (t->low && (tag(t, WC_PREP) || lex_verb(d, t))))
			break;
	}
	return j > k && (j == k + 1 || !d->t[j - 1].low ||
	    !tag(&d->t[j - 1], WC_DET)) ? j : k;
}

/*
 * Does the clause before the comma that precedes the cue at p hold a
 * fragment at its end, or open with one the reporter's words go on from?
 */
static int
frag_before(const struct doc *d, size_t lo, size_t p)
{
	size_t k, c;

	for (k = p; k > lo + 1; k--)
		if (tok_punct(d, &d->t[k - 1], ','))
			break;
	if (k <= lo + 1)
		return 0;
	/* The comma inside the closing mark ('was "a disaster,"'), or the
	 * mark right before it. */
	c = d->t[k - 1].inq >= 0 ? k : k - 2;
	if (c < p && d->t[c].kind == T_QUOTE && d->t[c].inq >= 0 &&
	    d->sp[d->t[c].inq].close == c &&
	    partial_at(d, d->sp[d->t[c].inq].open))
		return d->sp[d->t[c].inq].open > lo;
	return d->t[k - 1].inq < 0 && quote_then_words(d, lo, k);
}

/*
 * Does the -ing cue c0 open the sentence, alone ("Calling the plan ...,")
 * or after a preposition ("In addition to stating that ...,", "After
 * saying ...,"), so that its phrase is an adjunct ending at a comma?
 */
static int
opening_gerund(const struct doc *d, size_t c0)
{
	size_t f = d->sfirst[d->t[c0].sent], k;

	if (!ing_word(d, &d->t[c0]) || d->t[c0].cue == NULL)
		return 0;
	if (c0 == f)
		return strchr(d->t[c0].cue, 'P') != NULL;
	if (!d->t[c0].low || !tag(&d->t[c0 - 1], WC_PREP) ||
	    c0 > f + GERUND_BACK)
		return 0;
	for (k = f; k < c0 && d->t[k].kind == T_WORD &&
	    !finite_verb(d, &d->t[k]); k++)
		;
	return k == c0;
}

/*
 * 'Calling the plan "a mess," Hale voted no': a participle cue that opens
 * the sentence reports up to the comma that ends its phrase, and its
 * speaker is the subject after that comma (a person or "he", "she"; else
 * w names no one).  Is c0..c1 such a cue?  *e is where the phrase ends.
 */
static int
opening_participle(struct doc *d, size_t c0, size_t c1, struct who *w,
    size_t *e)
{
	size_t si = d->t[c0].sent, hi = d->slast[si], k, s;
	int mi;

	if (!opening_gerund(d, c0))
		return 0;
	for (k = c1 + 1; k < hi && k < c1 + 1 + FRAG_SPAN; k++)
		if (tok_punct(d, &d->t[k], ',') || sent_end_punct(d, &d->t[k]) ||
		    tok_punct(d, &d->t[k], ';') || tok_punct(d, &d->t[k], ':'))
			break;
	if (k >= hi || k >= c1 + 1 + FRAG_SPAN || !tok_punct(d, &d->t[k], ','))
		return 0;
	*e = k;
	/* The comma inside a fragment's closing mark ('"a mess," Hale'). */
	s = k + 1;
	if (s < hi && d->t[s].kind == T_QUOTE && d->t[k].inq >= 0 &&
	    d->sp[d->t[k].inq].close == s)
		s++;
	memset(w, 0, sizeof(*w));
	w->group = -1;
	if (s + 1 >= hi)
		return 1;
	if (d->t[s].low && (tok_is(d, &d->t[s], "he") ||
	    tok_is(d, &d->t[s], "she"))) {
		w->ms = d->t[s].s;
		w->me = d->t[s].e;
		if (!resolve_pron(d, s, pron_class(&d->t[s]), 0, w))
			memset(w, 0, sizeof(*w));
	} else if ((mi = d->t[s].ment) >= 0 && d->m[mi].t0 == s)
		who_ment(d, (size_t)mi, w);
	else if (d->t[s].ment < 0 && np_tok(d, s) &&
	    !np_speaker(d, s, np_fwd(d, s, hi), 0, w))
		memset(w, 0, sizeof(*w));
	return 1;
}

/*
 * Do the words s0..c0-1 between a comma and a cue that ends the sentence
 * hold a clause of their own rather than the speaker ("..., Acme will
 * close the plant like others reported.", "..., a review that began in
 * May and concluded.", "..., a question only she could answer.")?  A
 * finite verb before the last word says so, unless a "who" on the speaker
 * comes first ("..., an aide who was there said."); so does a modal right
 * before the cue: what someone would say is no report.
 */
static int
clause_at_cue(const struct doc *d, size_t s0, size_t c0)
{
	size_t k;

	if (c0 > s0 && tok_in(d, &d->t[c0 - 1], modals))
		return 1;
	for (k = s0; k + 1 < c0; k++) {
		const struct tok *t = &d->t[k];

		if (tok_is(d, t, "who"))
			return 0;
		/* "..., in which donors are mentioned.", "..., to whom it
		 * was reported.": a relative clause on the noun before. */
		if (tag(t, WC_PREP) && t->low && (tok_is(d, &d->t[k + 1],
		    "which") || tok_is(d, &d->t[k + 1], "whom")))
			return 1;
		/* "..., as Hale has often said.": a perfect, not a passive. */
		if ((tok_is(d, t, "has") || tok_is(d, t, "have") ||
		    tok_is(d, t, "had")) && !tok_is(d, &d->t[k + 1], "been"))
			continue;
		if (t->kind == T_WORD && t->low && t->inq < 0 &&
		    lex_verb(d, t))
			return 1;
	}
	return 0;
}

/*
 * Is the quote s a sentence of its own set off by the reporter's words
 * ('Hale weighed in, telling a paper, "We will win,"'): a whole quote
 * that opens with a capital?  Its cue then reports the quote, not the
 * words before it.  ('Lopez, with her record, "is seen as a fighter,"'
 * goes on with the clause.)
 */
static int
set_off_quote(const struct doc *d, const struct span *s)
{
	size_t k;

	if (s->kind != QUOTE_DIRECT)
		return 0;
	for (k = s->open + 1; k < d->nt && k <= s->last; k++)
		if (d->t[k].kind == T_WORD)
			return d->t[k].cap;
	return 0;
}

/*
 * "Voters who say the economy matters most were divided": a cue in a
 * restrictive relative ("who" with no comma before it) on the subject that
 * opens the sentence (at most six words, no verb, no punctuation).  The
 * sentence's own verb comes after the reported clause and no word marks
 * where one ends and the other starts, so the cue reports nothing here.
 */
static int
subject_relative(const struct doc *d, size_t c0)
{
	size_t si = d->t[c0].sent, s0 = d->sfirst[si], k, w = (size_t)-1;

	for (k = c0; k > s0 && c0 - k < 3; k--)
		if (tok_is(d, &d->t[k - 1], "who")) {
			w = k - 1;
			break;
		} else if (d->t[k - 1].kind != T_WORD)
			return 0;
	if (w == (size_t)-1 || w == s0 || w - s0 > 6)
		return 0;
	for (k = s0; k < w; k++)
		if ((d->t[k].kind != T_WORD && d->t[k].kind != T_POSS) ||
		    finite_verb(d, &d->t[k]))
			return 0;
	return 1;
}

/*
 * "CLAUSE, the chief executive, Jo Lee, said": the token after the comma
 * that opens a subject with an appositive, which ends at the comma
 * before the cue p; or -1.  Both parts are short and hold no verb.
 */
static size_t
apposed_subject(const struct doc *d, size_t lo, size_t p)
{
	size_t k, commas = 0, words = 0;

	for (k = p - 1; k > lo && words <= APPOS_WORDS; k--) {
		const struct tok *t = &d->t[k - 1];

		if (tok_punct(d, t, ',')) {
			if (++commas == 2)
				return words >= 2 ? k : (size_t)-1;
			continue;
		}
		if (t->inq >= 0 || (t->kind != T_WORD && t->kind != T_POSS) ||
		    t->cue != NULL || (t->low && (lex_verb(d, t) ||
		    tok_in(d, t, clause_openers))))
			return (size_t)-1;
		words++;
	}
	return (size_t)-1;
}

/*
 * "the gap between what Hale says the plan would do": a cue that takes a
 * bare clause, in a free relative ("what" or "how", its subject, the
 * cue).  The wh-word stands for a gap in the clause after the cue, which
 * is then no proposition the speaker asserts, and the sentence's own verb
 * follows it.  ("what he calls X" names X: no gap, it reports.)
 */
static int
wh_gap(const struct doc *d, size_t p, size_t lo)
{
	size_t k;

	for (k = p; k > lo && p - k < 4; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->low && (tok_is(d, t, "what") || tok_is(d, t, "how")))
			return k < p;
		if ((t->kind != T_WORD && t->kind != T_POSS) ||
		    finite_verb(d, t))
			return 0;
	}
	return 0;
}

/*
 * "... in areas with many farmers, who make up most of the county,
 * according to a survey", "... - which it often is, according to Lee": a
 * relative clause on a person after a comma, or one after a dash, that
 * runs up to the comma at e before "according to" is what the source
 * supports.  Its "who" or "which", or (size_t)-1.
 */
static size_t
acc_relative(const struct doc *d, size_t lo, size_t e)
{
	size_t k;

	for (k = e; k > lo + 1; k--) {
		const struct tok *t = &d->t[k - 1];

		if (t->inq >= 0 || t->kind == T_QUOTE)
			return (size_t)-1;
		if (t->kind == T_PUNCT)
			break;
	}
	if (k <= lo + 1 || k + 1 >= e)
		return (size_t)-1;
	/* Not ", which includes ...": a "which" after a comma may well
	 * sum up the whole sentence. */
	if (!d->t[k].low || !((tok_is(d, &d->t[k], "who") &&
	    tok_punct(d, &d->t[k - 1], ',')) || ((tok_is(d, &d->t[k], "who") ||
	    tok_is(d, &d->t[k], "which")) && tok_dash(d, &d->t[k - 1]))))
		return (size_t)-1;
	return k;
}

/*
 * "had not been asked to investigate", "was never urged to resign",
 * "wasn't asked whether ...": a request or question in the negated
 * passive was never made, so nothing is reported; nor is a passive
 * request inside another's report.
 */
static int
unmade_request(const struct doc *d, size_t c0)
{
	size_t k, f = d->sfirst[d->t[c0].sent];
	int passive = 0, neg = 0;

	if (d->t[c0].cue == NULL || (strchr(d->t[c0].cue, 'W') == NULL &&
	    strchr(d->t[c0].cue, 'I') == NULL))
		return 0;
	/* Back over "had not been", "was never", "hasn't been", "wasn't". */
	for (k = c0; k > f && k + 4 > c0; k--) {
		const struct tok *t = &d->t[k - 1];
		int contracted = aux_word(d, t) && !pron_contraction(d, t) &&
		    t->e - t->s > 3 && d->buf[t->e - 1] == 't' &&
		    !tok_in(d, t, passive_aux);

		if (!t->low)
			break;
		if (neg_word(d, t))
			neg = 1;
		else if (tok_in(d, t, passive_aux))
			passive = passive || k == c0 || neg_word(d, &d->t[k]);
		else if (contracted) {
			neg = 1;
			/* "wasn't asked", "weren't asked". */
			passive = passive || (k == c0 &&
			    (!strncmp(d->buf + t->s, "wasn", 4) ||
			    !strncmp(d->buf + t->s, "weren", 5) ||
			    !strncmp(d->buf + t->s, "isn", 3) ||
			    !strncmp(d->buf + t->s, "aren", 4)));
		} else if (!aux_word(d, t))
			break;
	}
	if (!passive)
		return 0;
	if (neg)
		return 1;
	/* "said the army had been asked to help": a request inside what
	 * another says, by no one named, is part of that report. */
	if (c0 + 1 < d->nt && tok_is(d, &d->t[c0 + 1], "to"))
		for (k = f; k + 2 < c0; k++)
			if (d->cue1[k] != (size_t)-1 && d->t[k].cue != NULL &&
			    strchr(d->t[k].cue, 'S') != NULL)
				return 1;
	return 0;
}

/*
 * "Now tell us this is fair!", "Say what you will about the plan, ...":
 * a cue in its plain form that opens its sentence (maybe after "now",
 * "so", "just", "please") bids the reader; no one is reported.
 */
static int
imperative_cue(const struct doc *d, size_t c0)
{
	static const char *const bids[] = { "say", "tell", "ask", "explain",
	    "imagine", NULL };
	static const char *const openers[] = { "now", "so", "just",
	    "please", "then", NULL };
	size_t f = d->sfirst[d->t[c0].sent];

	return tok_in(d, &d->t[c0], bids) && (c0 == f ||
	    (c0 == f + 1 && tok_in(d, &d->t[f], openers)));
}

/*
 * "The plan, said two senior officials, would cost $4bn": an inverted
 * cue set off by commas inside a sentence whose subject comes before it
 * (no verb there) and whose verb comes after.  The whole sentence is the
 * report, as with "The plan, officials said, would cost ...".
 */
static int
inverted_aside(struct doc *d, size_t c0, size_t c1, size_t lo, size_t hi,
    size_t p, const struct who *w)
{
	size_t e, last, k;

	/* No verb before it, but a noun after a determiner ("The plan"). */
	for (k = lo; k + 1 < p; k++)
		if (d->t[k].kind == T_WORD && d->t[k].low && lex_verb(d, &d->t[k]) &&
		    !(k > lo && (tag(&d->t[k - 1], WC_DET) ||
		    d->t[k - 1].kind == T_POSS || poss_pron(d, &d->t[k - 1]))))
			return 0;
	if (p < lo + 2 || !tok_punct(d, &d->t[p - 1], ',') ||
	    d->nextq[lo] < hi ||
	    (d->prevcue[p - 1] != (size_t)-1 && d->prevcue[p - 1] >= lo) ||
	    (c1 + 1 < hi && d->nextcue[c1 + 1] != (size_t)-1))
		return 0;
	/* The comma that closes it, past an appositive on the speaker
	 * ("said Jo Lee, a senior official, would"). */
	for (e = c1 + 1; e + 2 < hi && e < c1 + 2 * ASIDE_WORDS &&
	    !sent_end_punct(d, &d->t[e]) && d->t[e].inq < 0; e++)
		if (tok_punct(d, &d->t[e], ',') && d->t[e + 1].low &&
		    d->t[e + 1].kind == T_WORD &&
		    (aux_word(d, &d->t[e + 1]) || lex_verb(d, &d->t[e + 1])))
			break;
	if (e + 2 >= hi || !tok_punct(d, &d->t[e], ','))
		return 0;
	for (last = hi; last > e + 1 && d->t[last - 1].kind == T_PUNCT; last--)
		continue;
	if (last <= e + 2 || words_between(d, lo, last - 1) < 5)
		return 0;
	emit(d, d->t[lo].s, d->t[last - 1].e, QUOTE_INDIRECT, c0, c1, 1, w);
	if (w->name != NULL)
		d->sspk[d->t[c0].sent] = *w;
	return 1;
}

/* Reported speech around the cue c0..c1 (outside any quote). */
static void
indirect(struct doc *d, size_t c0, size_t c1)
{
	/* Words after which a clause is still to come. */
	static const char *const opener[] = { "that", "because", "if",
	    "since", "while", "although", "so", NULL };
	size_t si = d->t[c0].sent, lo = d->clstart[c0], hi = d->slast[si];
	size_t j, k, p, fe;
	struct who w;
	int inv, acc, part, rel;

	if (d->t[c0].cue == NULL && !tok_is(d, &d->t[c0], "according")) {
		frag_clause(d, c0, c1);
		return;
	}
	if (subject_relative(d, c0) || imperative_cue(d, c0) ||
	    unmade_request(d, c0))
		return;
	if (opening_gerund(d, c0)) {
		size_t e = hi;

		if (!opening_participle(d, c0, c1, &w, &e))
			memset(&w, 0, sizeof(w));
		if (w.name != NULL && d->sspk[si].name == NULL)
			d->sspk[si] = w;
		j = strchr(d->t[c0].cue, 'M') != NULL ? (size_t)-1 :
		    clause_start(d, c0, c1);
		/* "In asking whether ...", "Urging the city to wait, ...". */
		if (j == (size_t)-1 && strchr(d->t[c0].cue, 'W') != NULL)
			j = ask_start(d, c1, hi);
		if (j == (size_t)-1 && strchr(d->t[c0].cue, 'I') != NULL)
			j = inf_start(d, c1, hi,
			    strchr(d->t[c0].cue, 'O') != NULL);
		if (j == (size_t)-1 || (starts_quote(d, j) && !partial_at(d, j)))
			j = mixed_start(d, c1, hi);
		if (j != (size_t)-1 && e < hi && j < e && (!starts_quote(d, j) ||
		    partial_at(d, j)))
			emit_clause(d, j, hi, c0, c1, &w, 1);
		return;
	}
	/* "Rates rose; costs, he said, fell": the cue's clause starts
	 * after a semicolon. */
	for (k = c0; k > lo; k--)
		if (d->t[k - 1].inq < 0 && tok_punct(d, &d->t[k - 1], ';')) {
			/* Not in a list: "A; B; and C, records show". */
			if (!tok_is(d, &d->t[k], "and") &&
			    !tok_is(d, &d->t[k], "or"))
				lo = k;
			break;
		}
	acc = tok_is(d, &d->t[c0], "according");
	part = d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'P') &&
	    c0 > lo && tok_punct(d, &d->t[c0 - 1], ',');
	if (d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'M') != NULL) {
		/* 'described the plan as "a disaster"': only the clause
		 * holding the fragment; its speaker is the subject. */
		inv = 0;
		if (part || !cue_speaker(d, c0, c1, 0, &w, &inv) || inv)
			(void)sent_speaker(d, si, c0, &w);
		/* "X thanked them "..." and called Y "..."": the
		 * speaker of the second verb is X's. */
		else {
			/* "issued a statement describing": the subject. */
			if (ing_word(d, &d->t[c0]))
				ing_speaker(d, si, c0, &w);
			if (w.name != NULL && d->sspk[si].name == NULL)
				d->sspk[si] = w;
		}
		j = mixed_start(d, c1, hi);
		if (j != (size_t)-1 && !m_frag_ok(d, j, hi))
			j = (size_t)-1;
		if (j != (size_t)-1) {
			/* ... up to the fragment's end ('as "bold" in May'). */
			k = frag_close(d, d->sp[d->t[d->nextq[j]].inq].close, hi);
			if (k != (size_t)-1 && k < hi && !frag_goes_on(d, k, hi))
				emit_clause(d, j, k + 1, c0, c1, &w, 0);
			else
				emit_clause(d, j, hi, c0, c1, &w, 0);
		}
		return;
	}
	if (acc) {
		if (!cue_speaker(d, c0, c1, 1, &w, &inv))
			memset(&w, 0, sizeof(w));
		/* "According to X, CLAUSE"; also "... because, according
		 * to X, CLAUSE": the clause after the source. */
		if (c0 == lo || (c0 > lo + 1 && tok_punct(d, &d->t[c0 - 1], ',') &&
		    d->t[c0 - 2].low && tok_in(d, &d->t[c0 - 2], opener))) {
			for (k = c1 + 1; k < hi && !tok_punct(d, &d->t[k], ',') &&
			    d->clstart[k] == lo; k++)
				;
			/* Not "According to Jo Lee, writing for the Star:",
			 * a participle on the source. */
			if (k + 1 < hi && !starts_quote(d, k + 1) &&
			    !(ing_word(d, &d->t[k + 1]) && d->t[k + 1].low &&
			    !verb_follows(d, k + 1, hi)))
				emit_clause(d, k + 1, hi, c0, c1, &w, 0);
		} else if (tok_punct(d, &d->t[c0 - 1], ',') &&
		    !starts_quote(d, lo) && c0 - 1 > lo) {
			k = acc_relative(d, lo, c0 - 1);
			if (k == (size_t)-1)
				k = last_conjunct(d, lo, c0 - 2);
			emit(d, d->t[k].s, d->t[c0 - 2].e, QUOTE_INDIRECT, c0,
			    c1, 1, &w);
		}
		return;
	}
	if (part) {
		(void)sent_speaker(d, si, c0, &w);
		j = clause_start(d, c0, c1);
		if (j == (size_t)-1 || (starts_quote(d, j) && !partial_at(d, j)))
			j = mixed_start(d, c1, hi);
		if (j != (size_t)-1 && (!starts_quote(d, j) || partial_at(d, j)))
			emit_clause(d, j, hi, c0, c1, &w, 0);
		return;
	}
	/* "CLAUSE, X said." / "CLAUSE, said X." */
	p = c0;
	while (p > lo && skippable(d, &d->t[p - 1]))
		p--;
	if (!cue_speaker(d, c0, c1, 0, &w, &inv))
		memset(&w, 0, sizeof(w));
	/* "X ridiculed the plan and said it would fail": the second verb
	 * of a subject has that subject's speaker. */
	if (w.name == NULL && !inv && p > d->sfirst[si] + 1 &&
	    (tok_is(d, &d->t[p - 1], "and") || tok_is(d, &d->t[p - 1], "but")) &&
	    d->t[p - 1].inq < 0 &&
	    sent_speaker(d, si, c0, &w) && w.person == -1 && w.group < 0)
		memset(&w, 0, sizeof(w));	/* a bare phrase: too unsure */
	/* "tweeted on Friday saying that": the sentence's speaker. */
	if (!inv && ing_word(d, &d->t[c0]))
		ing_speaker(d, si, c0, &w);
	/* "an architect who said he was stiffed": the speaker of a
	 * relative clause is not the sentence's. */
	rel = p > lo && tok_is(d, &d->t[p - 1], "who");
	if (w.name != NULL && d->sspk[si].name == NULL && !rel)
		d->sspk[si] = w;
	/* "As the Star reported, the mayor gave ...". */
	if (!inv && (k = as_clause(d, c0, c1, lo, hi)) != (size_t)-1) {
		emit_clause(d, k, hi, c0, c1, &w, 0);
		return;
	}
	/* "asked Hale whether ...", "Asked about X, she said ...". */
	if (d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'W') != NULL &&
	    (inv || clause_start(d, c0, c1) == (size_t)-1) &&
	    (k = ask_start(d, c1, hi)) != (size_t)-1) {
		if (inv) {
			memset(&w, 0, sizeof(w));
			w.group = -1;
		}
		/* "Asked by the moderator whether ...": the one asking. */
		if (c1 + 2 < k && tok_is(d, &d->t[c1 + 1], "by")) {
			int mi = agent_person(d, c1 + 2, k);

			if (mi >= 0)
				who_ment(d, (size_t)mi, &w);
			else if (!desc_fwd(d, c1 + 2, k, &w)) {
				memset(&w, 0, sizeof(w));
				w.group = -1;
			}
		}
		emit_clause(d, k, hi, c0, c1, &w, 1);
		return;
	}
	if (inv && inverted_aside(d, c0, c1, lo, hi, p, &w))
		return;
	{
		size_t e = c1 + 1, s0;

		/* "..., she said Monday.": a time word closes it too. */
		while (!inv && e < hi && e < c1 + 3 && tag(&d->t[e], WC_TIME))
			e++;
		/* "..., the company said on Thursday, as it ...". */
		if (!inv && e == c1 + 1 && e + 1 < hi && d->t[e].low &&
		    tok_is(d, &d->t[e], "on") && tag(&d->t[e + 1], WC_TIME))
			e += 2;
		/* '"Boots on the ground" would be needed, Hale said after the
		 * attacks.', "Costs will fall, the firm said in a statement.":
		 * a phrase after the cue closes the sentence too; so it does
		 * after any clause cue ("..., researchers wrote in the journal
		 * Nature.", "..., she added in a statement."). */
		if (!inv && d->t[c0].cue != NULL &&
		    (strchr(d->t[c0].cue, 'S') || (strchr(d->t[c0].cue, 'B') &&
		    !passive_cue(d, c0, e, hi))) &&
		    (frag_before(d, lo, p) || (e < hi &&
		    !tok_is(d, &d->t[e], "of"))))
			e = tail_phrase(d, e, hi);
		/* "Talks resume Monday, she told reporters (on Friday).":
		 * the object of a cue that takes one, then the end. */
		if (!inv && e == c1 + 1 && d->t[c0].cue != NULL &&
		    strchr(d->t[c0].cue, 'O') != NULL &&
		    strchr(d->t[c0].cue, 'S') != NULL) {
			size_t o = tail_phrase(d, object_end(d, e, hi), hi);

			if (o > e && (o >= hi || sent_end_punct(d, &d->t[o])))
				e = o;
		}
		if (inv)
			while (e < hi && !sent_end_punct(d, &d->t[e]) &&
			    !tok_punct(d, &d->t[e], ','))
				e++;
		/* '..., said Ms. Gil, with games ...': the clause is before. */
		if (inv && e < hi && tok_punct(d, &d->t[e], ','))
			e = hi;
		/* "..., she said, at a briefing.": so it is when an adjunct
		 * follows the cue's comma (a clause goes on with a verb). */
		if (!inv && e + 1 < hi && tok_punct(d, &d->t[e], ',') &&
		    d->t[e + 1].low && !tok_is(d, &d->t[e + 1], "when") &&
		    !tag(&d->t[lo], WC_PREP) && (adjunct_word(d, &d->t[e + 1]) ||
		    tag(&d->t[e + 1], WC_PREP) || ing_word(d, &d->t[e + 1])))
			e = hi;
		if (e >= hi || sent_end_punct(d, &d->t[e])) {
			/* The cue closes the sentence: the clause is before. */
			s0 = inv ? p : (size_t)-1;
			/* '... was "heartbreaking," said Hale.': the comma
			 * sits inside the closing mark. */
			if (inv && p > lo + 2 && frag_closes_clause(d, lo, p - 1))
				s0 = p - 1;
			if (!inv) {
				for (k = p; k > lo; k--)
					if (tok_punct(d, &d->t[k - 1], ',')) {
						s0 = k;
						break;
					}
				/* "..., the chief executive, Jo Lee, said": the
				 * subject and its appositive, two commas back. */
				if (s0 == p && w.name != NULL && w.ms < d->t[p].s &&
				    (k = apposed_subject(d, lo, p)) != (size_t)-1 &&
				    d->t[k].s <= w.ms)
					s0 = k;
				if (s0 != (size_t)-1 && clause_at_cue(d, s0, c0))
					return;
				/* "Asked what he will do, he laughs.": an
				 * opening participle is no clause. */
				if (s0 != (size_t)-1 && d->cue1[lo] != (size_t)-1 &&
				    d->t[lo].kind == T_WORD && d->t[lo].cap &&
				    (ed_form(d, &d->t[lo], 3) ||
				    ing_word(d, &d->t[lo])))
					return;
			}
			/* The clause may end in a quoted fragment: 'The bill's
			 * failure was "heartbreaking," she said.' */
			if (s0 != (size_t)-1 && s0 > lo + 1 &&
			    (!starts_quote(d, lo) || quote_then_words(d, lo, s0)) &&
			    words_between(d, lo, s0 - 1) >= 4 &&
			    tok_punct(d, &d->t[s0 - 1], ',') &&
			    (d->t[s0 - 2].inq < 0 ||
			    (d->sp[d->t[s0 - 2].inq].open > lo &&
			    !set_off_quote(d, &d->sp[d->t[s0 - 2].inq])))) {
				if (w.name != NULL && !inv) {
					/* "..., his office said": resolve anew. */
					size_t r1 = p - 1;

					(void)cue_speaker(d, c0, c1, 1, &w, &inv);
					(void)r1;
				}
				/* Ending inside a quote, it takes in the
				 * closing mark. */
				k = s0 - 2;
				if (d->t[k].inq >= 0 &&
				    d->sp[d->t[k].inq].close != (size_t)-1 &&
				    d->sp[d->t[k].inq].close < c0)
					k = d->sp[d->t[k].inq].close;
				/* "The trial, before Justice Jo Lee, continues.":
				 * a cue that takes no clause of its own reports
				 * one only with a verb in it. */
				if (!inv && d->t[c0].cue != NULL &&
				    strchr(d->t[c0].cue, 'B') == NULL &&
				    strchr(d->t[c0].cue, 'S') == NULL &&
				    d->nextq[lo] >= c0 && !verb_in(d, lo, k + 1) &&
				    !aux_in(d, lo, k + 1))
					return;
				/* (lo is past a dateline: see build_tables().) */
				emit(d, d->t[last_conjunct(d, lo, k)].s, d->t[k].e,
				    QUOTE_INDIRECT, c0, c1, 1, &w);
				if (w.name != NULL)
					d->sspk[si] = w;
			}
			return;
		}
	}
	if (inv)
		return;
	/* "Loyalty, he noted, has long been ...": the whole sentence.  A
	 * parenthetical is never "will/can say": "checks will continue,
	 * officials will ..." reports nothing. */
	if (c1 + 1 < hi && tok_punct(d, &d->t[c1 + 1], ',') && p > lo + 1 &&
	    !tok_in(d, &d->t[c0 - 1], modals) &&
	    (np_tok(d, p - 1) || (!ing_word(d, &d->t[c0]) &&
	    plain_np(d, p - 1, lo) != (size_t)-1))) {
		size_t r0, e = hi;

		r0 = np_tok(d, p - 1) ? np_back(d, p - 1, lo) :
		    plain_np(d, p - 1, lo);
		/* No quote, or a fragment after the cue ('..., he said,
		 * "we do not know" how many ...'). */
		k = d->nextq[lo] < hi ? d->nextq[lo] : hi;
		if (k < hi && k > c1 + 1 && partial_at(d, k))
			k = hi;
		/* The whole sentence only when no other cue is in it, so
		 * that no byte is reported over and over. */
		if (c0 > lo && d->prevcue[c0 - 1] != (size_t)-1 &&
		    d->prevcue[c0 - 1] >= lo)
			k = 0;
		if (c1 + 1 < hi && d->nextcue[c1 + 1] != (size_t)-1)
			k = 0;
		if (k == hi && r0 > lo + 1 && tok_punct(d, &d->t[r0 - 1], ',')) {
			while (e > lo && d->t[e - 1].kind == T_PUNCT)
				e--;
			/* "..., which, Hale said, is ...": from the
			 * relative pronoun. */
			if (r0 > lo + 2 && d->t[r0 - 2].low &&
			    (tok_is(d, &d->t[r0 - 2], "which") ||
			    tok_is(d, &d->t[r0 - 2], "who")))
				lo = r0 - 2;
			/* "Bound together by trade, the two nations, Xi
			 * said, now ...": a fronted participle phrase with
			 * its agent is the reporter's frame. */
			if (fronted_agent(d, lo, r0)) {
				for (k = lo + 2; k + 1 < r0 &&
				    !tok_punct(d, &d->t[k], ','); k++)
					continue;
				if (k + 1 < r0 - 1)
					lo = k + 1;
			}
			if (e > c1 + 2 && words_between(d, lo, e - 1) >= 5) {
				emit(d, d->t[lo].s, d->t[e - 1].e, QUOTE_INDIRECT,
				    c0, c1, 1, &w);
				if (w.name != NULL)
					d->sspk[si] = w;
			}
			return;
		}
	}
	/* "..., which critics said was unfair": the relative clause. */
	if (c1 + 1 < hi && (k = rel_start(d, c0, c1, lo)) != (size_t)-1) {
		emit_clause(d, k, hi, c0, c1, &w, 1);
		return;
	}
	if (d->t[c0].cue != NULL && strchr(d->t[c0].cue, 'B') != NULL &&
	    wh_gap(d, p, lo))
		return;
	j = clause_start(d, c0, c1);
	if (j == (size_t)-1 && d->t[c0].cue != NULL &&
	    strchr(d->t[c0].cue, 'O') != NULL && c1 + 1 < hi &&
	    d->t[c1 + 1].kind == T_WORD && !tok_is(d, &d->t[c1 + 1], "for") &&
	    words_between(d, c1 + 1, hi - 1) >= 3 &&
	    quote_in(d, c1 + 1, c1 + OBJ_QUOTE < hi ? c1 + OBJ_QUOTE : hi) &&
	    !stop_in(d, c1 + 1, d->nextq[c1 + 1]))
		j = c1 + 1;	/* "called Hale "unhinged"", "accused X of" */
	/* "accused X of lying": the object and its charge. */
	if (j == (size_t)-1 && d->t[c0].cue != NULL &&
	    strchr(d->t[c0].cue, 'F') != NULL) {
		for (k = c1 + 1; k + 1 < hi && k <= c1 + ASK_SPAN; k++) {
			if (d->t[k].kind != T_WORD || d->t[k].inq >= 0)
				break;
			if (tok_is(d, &d->t[k], "of") && k > c1 + 1) {
				j = c1 + 1;
				break;
			}
		}
	}
	/* "vowed to fight ...", "urged the Fed to wait ...". */
	if (j == (size_t)-1 && d->t[c0].cue != NULL &&
	    strchr(d->t[c0].cue, 'I') != NULL)
		j = inf_start(d, c1, hi, strchr(d->t[c0].cue, 'O') != NULL);
	if (j == (size_t)-1 || (starts_quote(d, j) && !partial_at(d, j)))
		j = mixed_start(d, c1, hi);
	if (j == (size_t)-1 || (starts_quote(d, j) && !partial_at(d, j)))
		return;
	if (w.name != NULL && !rel)
		d->sspk[si] = w;
	/* "a gunman claiming allegiance to X carried out the attack": an
	 * -ing cue right after a noun of the subject, no verb before it;
	 * the verb after the noun phrase is the sentence's own. */
	if (ing_word(d, &d->t[c0]) && c0 > lo && d->t[c0 - 1].kind == T_WORD &&
	    d->t[c0 - 1].low && !aux_word(d, &d->t[c0 - 1]) &&
	    !tok_in(d, &d->t[c0 - 1], aspect_verbs) && j > c1 &&
	    !tok_is(d, &d->t[j - 1], "that") && !subj_word(d, &d->t[j]) &&
	    (k = verb_after_np(d, lo, c0, j, hi)) != (size_t)-1) {
		/* Its speaker is the noun it follows ("a man"). */
		if (!desc_back(d, c0, lo, &w) && !(np_tok(d, c0 - 1) &&
		    np_speaker(d, np_back(d, c0 - 1, lo), c0 - 1, 0, &w)))
			memset(&w, 0, sizeof(w));
		if (k > j + 1)
			emit_clause(d, j, k, c0, c1, &w, 0);
		return;
	}
	/* "has been called a fraud by critics for selling ...": a
	 * passive cue's object ends at its agent. */
	fe = frag_end(d, c0, c1, j, hi);
	if (j == c1 + 1 && c0 > lo && d->t[c0 - 1].low &&
	    tok_in(d, &d->t[c0 - 1], passive_aux))
		for (k = j + 1; k < fe; k++)
			if (d->t[k].inq < 0 && d->t[k].low &&
			    tok_is(d, &d->t[k], "by")) {
				fe = k;
				break;
			}
	/* After a noun ("the claim that ..., X did") the main clause
	 * takes up again at the comma. */
	emit_clause(d, j, fe, c0, c1, &w,
	    d->t[c0].cue != NULL &&
	    strchr(d->t[c0].cue, 'N') != NULL && j == c1 + 2 &&
	    (c0 == lo || d->t[c0 - 1].kind == T_POSS ||
	    strchr(d->t[c0].cue, 'V') == NULL ||
	    tag(&d->t[c0 - 1], WC_DET) || poss_pron(d, &d->t[c0 - 1])));
}

/*
 * A quote of one or two words (the output quotes isshort[0..n-1], each
 * 2 * index + 1 when it has three or four words) is the speaker's words
 * only inside the clause its cue reports ('claimed he had won a "sweeping
 * victory"'), a longer one inside any reported clause; else it is a scare
 * quote or a term, no one's statement ('has been called a fraud for
 * selling "miracle" pills', 'the so-called "cost of doing business"').
 */
static void
drop_short(struct doc *d, const size_t *isshort, size_t n)
{
	size_t i, j, k, o;
	int held, mid;

	if (n == 0)
		return;
	for (i = o = k = 0; i < d->nout; i++) {
		const struct quote *p = &d->out[i];

		if (k < n && isshort[k] / 2 == i) {
			mid = (int)(isshort[k] % 2);
			k++;
			held = 0;
			for (j = 0; j < d->nout && !held; j++)
				held = d->out[j].kind == QUOTE_INDIRECT &&
				    (mid || d->out[j].cue == p->cue) &&
				    d->out[j].text <= p->text &&
				    d->out[j].text + d->out[j].text_len >=
				    p->text + p->text_len;
			if (!held)
				continue;
		}
		d->out[o++] = *p;
	}
	d->nout = o;
}

static int
quote_cmp(const void *x, const void *y)
{
	const struct quote *a = x, *b = y;

	if (a->start.sent != b->start.sent)
		return a->start.sent < b->start.sent ? -1 : 1;
	if (a->start.off != b->start.off)
		return a->start.off < b->start.off ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

static void
prepare(struct doc *d, const struct quoter *q, const struct quote_sent *s,
    size_t nsent, const struct quote_ent *e, size_t nent, struct arena *a)
{
	size_t cap = 0, k;

	memset(d, 0, sizeof(*d));
	d->q = q;
	d->a = a;
	join(d, s, nsent);
	tokenize(d);
	classify_marks(d);
	drop_block_marks(d);
	pair_marks(d);
	unit_headlines(d);
	/* "The Food and Drug Administration said": an organisation's name
	 * across "and" or "for" is the tagger's, not two guessed names. */
	if (nent > 0)
		ents_mentions(d, &cap, e, nent, 1);
	guess_mentions(d, &cap);
	sort_mentions(d);
	if (nent > 0)
		ents_mentions(d, &cap, e, nent, 0);
	group_persons(d);
	headline_cues(d);
	/* Before the cue table: a fragment makes a cue of some verbs. */
	for (k = 0; k < d->nsp; k++)
		set_direct_kind(d, &d->sp[k]);
	build_tables(d);
	unit_subjects(d);
	vote_gender(d);
}

size_t
quote_extract(const struct quoter *q, const struct quote_sent *s,
    size_t nsent, const struct quote_ent *e, size_t nent, struct arena *a,
    struct quote **out)
{
	struct doc d;
	size_t k, i = 0, c1, nshort = 0, *isshort;
	int keep;

	*out = NULL;
	if (nsent == 0)
		return 0;
	prepare(&d, q, s, nsent, e, nent, a);
	d.sspk = arena_calloc(a, d.nunit + 1, sizeof(*d.sspk));
	isshort = arena_calloc(a, d.nsp + 1, sizeof(*isshort));
	/* Quotes and free cues, in document order. */
	for (k = 0; k < d.nt; k++) {
		while (i < d.nsp && d.sp[i].open == k) {
			struct span *sp = &d.sp[i];

			attribute_span(&d, i);
			/* 'Hale's "read my lips" pledge': the owner's words. */
			if ((keep = owned_quote(&d, sp)) >= 0) {
				memset(&sp->w, 0, sizeof(sp->w));
				who_ment(&d, (size_t)keep, &sp->w);
				emit(&d, sp->cs, sp->ce, sp->kind, sp->c0, sp->c1,
				    0, &sp->w);
				i++;
				continue;
			}
			keep = keep_span(&d, sp);
			if (keep == 0) {
				i++;
				continue;
			}
			emit(&d, sp->cs, sp->ce, sp->kind, sp->c0, sp->c1,
			    sp->has_cue, &sp->w);
			if (keep == SHORT_PARTIAL || keep == MID_PARTIAL)
				isshort[nshort++] = 2 * (d.nout - 1) +
				    (keep == MID_PARTIAL);
			i++;
		}
		if (is_cue_tok(&d, k, &c1)) {
			indirect(&d, k, c1);
			k = c1;
		}
	}
	drop_short(&d, isshort, nshort);
	if (d.nout > 1)
		qsort(d.out, d.nout, sizeof(*d.out), quote_cmp);
	free(d.t);
	*out = d.out;
	return d.nout;
}

size_t
quote_marks(const struct quoter *q, const char *text, size_t len,
    size_t *so, size_t *eo, size_t max, struct arena *a)
{
	struct quote_sent *s;
	struct doc d;
	size_t ns = 0, i, k, st, n = 0;

	/* One sentence per paragraph. */
	s = arena_calloc(a, len + 1, sizeof(*s));
	st = 0;
	for (i = 0; i <= len; i++) {
		if (i == len || text[i] == '\n') {
			s[ns].text = text + st;
			s[ns].len = i - st;
			s[ns].para = ns;
			s[ns].gap = ns ? 1 : 0;
			ns++;
			st = i + 1;
		}
	}
	prepare(&d, q, s, ns, NULL, 0, a);
	for (k = 0; k < d.nsp && n < max; k++) {
		struct quote_pos p0 = pos_of(&d, d.sp[k].cs, 0);
		struct quote_pos p1 = pos_of(&d, d.sp[k].ce, 1);
		size_t base0 = (size_t)(s[p0.sent].text - text);
		size_t base1 = (size_t)(s[p1.sent].text - text);

		so[n] = base0 + p0.off;
		eo[n] = base1 + p1.off;
		n++;
	}
	free(d.t);
	return n;
}
