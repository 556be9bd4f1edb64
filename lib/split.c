/*
 * Sentence splitting by rules and lexicons, in one pass over the bytes.
 *
 * The inner loop only looks for the few bytes that can end a sentence:
 * full stops, question and exclamation marks, line breaks, ')' (list
 * items "2) ..."), ':' (caption credits "Image: ...") and the lead byte of
 * the UTF-8 ellipsis, bullets and line separators.  Everything else
 * (decoding, lexicon look-ups, looking at the words around) happens at
 * those candidates only, and every look around is bounded, so time stays
 * linear in the length of the text.  One memchr() pass before estimates
 * whether the text is hard-wrapped, and at what width.
 *
 * Line breaks: a blank line always ends a sentence and a paragraph; a
 * single break ends a sentence unless the text plainly goes on (the next
 * line starts in lower case, the line ends with a comma or a function
 * word, or in hard-wrapped text the next word would not have fitted).
 *
 * A candidate is judged by what follows it, the way a reader does: a
 * stop followed by a lower-case word is inside a sentence, one followed
 * by a capital ends it unless the word before the stop is an abbreviation
 * or an initial.  Abbreviations and initials end a sentence only before a
 * word that commonly starts one ("the U.S. The" but "the U.S. Government").
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "mem.h"
#include "split.h"
#include "utf8.h"

extern const char data_abbrev[];
extern const size_t data_abbrev_len;
extern const char data_abbrev_cs[];
extern const size_t data_abbrev_cs_len;
extern const char data_split_words[];
extern const size_t data_split_words_len;

/*
 * The longest word looked at around a candidate, in bytes.  Abbreviations
 * and sentence-starting words are short; anything longer is an ordinary
 * word, and the bound keeps each candidate's work constant.
 */
#define WORD_MAX	40

/* The longest source line after a quotation ('" Jane Doe, blogger'). */
#define SOURCE_MAX	80

/* How far back a list marker may be from the start of its sentence. */
#define MARK_BACK	16

/*
 * A hard-wrapped line is LINE_WRAP_MIN to LINE_WRAP_MAX bytes long:
 * longer lines are paragraphs of web text, shorter ones headings, menu
 * entries and the like.
 */
#define LINE_WRAP_MIN	40
#define LINE_WRAP_MAX	100

/* What an abbreviation allows after it (the value in abbrev.txt). */
#define AB_NONE		0	/* not an abbreviation */
#define AB_PLAIN	1	/* a boundary before sentence starters only */
#define AB_TITLE	2	/* never a boundary */
#define AB_NUM		3	/* no boundary before a digit */
#define AB_END		4	/* a boundary before any capital */
#define AB_TIME		5	/* "a.m.", "B.C.": a boundary before a capital
				   unless a date word, or the sentence opens
				   with a preposition */
#define AB_UNIT		6	/* "ft.", "lb.": after a number, no boundary
				   before a digit, else like AB_END */

/* An opening phrase ("On Monday at 6 a.m.") is at most this long. */
#define OPEN_MAX	80

/* The class of the first character of the word after a candidate. */
#define NX_END		0	/* end of text */
#define NX_LOWER	1
#define NX_UPPER	2	/* also letters without case */
#define NX_DIGIT	3
#define NX_PUNCT	4	/* , ; : ) and the like: cannot start a sentence */
#define NX_OTHER	5	/* any other symbol: $, #, a bullet, a dash */

/* List markers: how the item number is written. */
#define LIST_NONE	0
#define LIST_DOT	1	/* "1. " */
#define LIST_DOTPAREN	2	/* "1.) " */
#define LIST_PAREN	3	/* "1) " */
#define LIST_LETTER	4	/* added to the above: "a. ", "a) " */

struct splitter {
	struct lex	*abbrev;	/* abbrev.txt, keys in lower case */
	struct lex	*abbrev_cs;	/* abbrev_cs.txt, keys as written */
	struct lex	*words;		/* split_words.txt, flags s, v, c */
};

/* The state of one split_text() call. */
struct run {
	const struct splitter *sp;	/* lexicons */
	const unsigned char *t;		/* the text */
	size_t		 len;		/* bytes of text */
	size_t		 start;		/* the pending sentence starts here or
					   at the first non-space after it */
	size_t		 line;		/* first non-space byte of this line */
	size_t		 para;		/* paragraph of the pending sentence */
	int		 para_used;	/* a sentence was emitted in para */
	size_t		 nobreak;	/* end of the last stop judged to be
					   inside a sentence, or SIZE_MAX */
	size_t		 wrap;		/* line width of hard-wrapped text, or 0 */
	int		 list_kind;	/* LIST_* of the open list, per paragraph */
	unsigned	 list_last;	/* number or letter of its last item */
	void		(*emit)(void *, const struct split_sent *);
	void		*arg;		/* passed to emit */
};

/* The word after a candidate, past white space and opening marks. */
struct next {
	size_t		 pos;		/* first non-space byte */
	size_t		 word;		/* first byte of the word */
	size_t		 wlen;		/* bytes of its letters, at most WORD_MAX */
	int		 cls;		/* NX_* of the byte at word */
	int		 is_i;		/* the word is the pronoun "I" */
};

/*
 * Bytes the inner loop stops at.  0xC2 leads U+0085 (NEL); 0xE2 leads
 * U+2000-U+2FFF: the ellipsis, bullets, line and paragraph separators.
 */
static const unsigned char interesting[256] = {
	['\n'] = 1, ['\r'] = 1, ['\v'] = 1, ['\f'] = 1,
	['.'] = 1, ['?'] = 1, ['!'] = 1, [')'] = 1, [':'] = 1,
	[0xC2] = 1, [0xE2] = 1,
};

struct splitter *
splitter_new(void)
{
	struct splitter *sp = xmalloc(1, sizeof(*sp));

	sp->abbrev = lex_load(LEX_DATA(abbrev), LEX_EXACT);
	sp->abbrev_cs = lex_load(LEX_DATA(abbrev_cs), LEX_EXACT);
	sp->words = lex_load(LEX_DATA(split_words), LEX_EXACT);
	return sp;
}

void
splitter_free(struct splitter *sp)
{
	if (sp == NULL)
		return;
	lex_free(sp->abbrev);
	lex_free(sp->abbrev_cs);
	lex_free(sp->words);
	free(sp);
}

/*
 * The character at i and its length in *n.  An invalid byte is U+FFFD,
 * one byte long: a symbol that is neither letter nor space.
 */
static uint32_t
cp_at(const struct run *r, size_t i, size_t *n)
{
	uint32_t cp;

	if (r->t[i] < 0x80) {
		*n = 1;
		return r->t[i];
	}
	if ((*n = utf8_decode((const char *)r->t + i, r->len - i, &cp)) == 0)
		*n = 1;
	return cp;
}

/* The character that ends just before i (i > 0), its length in *n. */
static uint32_t
cp_before(const struct run *r, size_t i, size_t *n)
{
	uint32_t cp;

	if (r->t[i - 1] < 0x80) {
		*n = 1;
		return r->t[i - 1];
	}
	if ((*n = utf8_decode_prev((const char *)r->t, i, &cp)) == 0)
		*n = 1;
	return cp;
}

static int
is_stop(uint32_t c)
{
	return c == '.' || c == '?' || c == '!' || c == 0x2026 ||
	    c == 0x203C || (c >= 0x2047 && c <= 0x2049);
}

/* Closing marks that may follow a stop and still belong to its sentence. */
static int
is_closer(uint32_t c)
{
	return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' ||
	    c == '`' || uc_is_close_quote(c);
}

/* Opening marks that may come before the first word of a sentence. */
static int
is_opener(uint32_t c)
{
	return c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' ||
	    c == '{' || c == 0xBF || c == 0xA1 || uc_is_open_quote(c);
}

static int
is_bullet(uint32_t c)
{
	return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x2219 ||
	    c == 0x25A0 || c == 0x25AA || c == 0x25AB || c == 0x25B8 ||
	    c == 0x25BA || c == 0x25CF || c == 0x25E6;
}

/* Letters, digits and the degree sign of "N°": what a word is made of. */
static int
is_wordc(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z');
	return c == 0xB0 || uc_is_letter(c);
}

/* The first byte at or after i, below lim, that is not white space. */
static size_t
skip_space(const struct run *r, size_t i, size_t lim)
{
	size_t n;

	while (i < lim) {
		if (r->t[i] == ' ' || r->t[i] == '\n' || r->t[i] == '\t') {
			i++;
			continue;
		}
		if (!uc_is_space(cp_at(r, i, &n)))
			break;
		i += n;
	}
	return i;
}

/* end with the white space before it removed, never below start. */
static size_t
trim_back(const struct run *r, size_t start, size_t end)
{
	size_t n;

	while (end > start && uc_is_space(cp_before(r, end, &n)))
		end -= n;
	return end;
}

/*
 * Move r->start to the first non-space byte before upto; nonzero when
 * there is one, that is when the pending sentence has begun.
 */
static int
has_content(struct run *r, size_t upto)
{
	if (r->start < upto)
		r->start = skip_space(r, r->start, upto);
	return r->start < upto;
}

/* End the pending sentence at end and start the next one there. */
static void
flush(struct run *r, size_t end)
{
	struct split_sent s;

	if (has_content(r, end)) {
		s.start = r->start;
		s.end = trim_back(r, r->start, end);
		s.para = r->para;
		r->emit(r->arg, &s);
		r->para_used = 1;
	}
	if (end > r->start)
		r->start = end;
}

static void
new_para(struct run *r)
{
	if (r->para_used) {
		r->para++;
		r->para_used = 0;
	}
	r->list_kind = LIST_NONE;
}

/* The flags of word (len bytes) in split_words.txt, "" when absent. */
static const char *
word_flags(const struct run *r, size_t word, size_t len)
{
	const char *f;

	if (len == 0)
		return "";
	f = lex_get(r->sp->words, (const char *)r->t + word, len);
	return f != NULL ? f : "";
}

static int
is_starter(const struct run *r, const struct next *nx)
{
	return nx->cls == NX_UPPER &&
	    strchr(word_flags(r, nx->word, nx->wlen), 's') != NULL;
}

/* Bytes of the run of letters at i, stopping at WORD_MAX. */
static size_t
letters_at(const struct run *r, size_t i)
{
	size_t j = i, n;

	while (j < r->len && j - i < WORD_MAX && uc_is_letter(cp_at(r, j, &n)))
		j += n;
	return j - i;
}

/* Describe the word after position i (white space, then opening marks). */
static void
next_word(const struct run *r, size_t i, struct next *nx)
{
	size_t j, n, k;
	uint32_t c;

	nx->pos = j = skip_space(r, i, r->len);
	for (k = 0; k < 4 && j < r->len; k++) {
		c = cp_at(r, j, &n);
		if (!is_opener(c))
			break;
		j += n;
	}
	nx->word = j;
	nx->wlen = 0;
	nx->is_i = 0;
	if (j >= r->len) {
		nx->cls = NX_END;
		return;
	}
	c = cp_at(r, j, &n);
	if (uc_is_digit(c))
		nx->cls = NX_DIGIT;
	else if (uc_is_lower(c))
		nx->cls = NX_LOWER;
	else if (uc_is_letter(c))
		nx->cls = NX_UPPER;
	else if (c == ',' || c == ';' || c == ':' || c == '%' || c == '.' ||
	    is_closer(c))
		nx->cls = NX_PUNCT;
	else if ((uc_is_dash(c) || (c == '-' && j + 1 < r->len &&
	    r->t[j + 1] == ' ')) && memchr(r->t + i, '\n', j - i) == NULL)
		nx->cls = NX_PUNCT;	/* '." - Name': an attribution */
	else
		nx->cls = NX_OTHER;
	if (nx->cls == NX_UPPER || nx->cls == NX_LOWER) {
		nx->wlen = letters_at(r, j);
		nx->is_i = nx->wlen == 1 && r->t[j] == 'I';
	}
}

/*
 * The kind of abbreviation w (len bytes, its final stop left out) is:
 * AB_NONE when it is in neither lexicon.
 */
static int
abbrev_kind(const struct run *r, const unsigned char *w, size_t len)
{
	char low[WORD_MAX];
	const char *v;
	size_t i;

	if (len == 0 || len > WORD_MAX)
		return AB_NONE;
	v = lex_get(r->sp->abbrev_cs, (const char *)w, len);
	if (v == NULL) {
		for (i = 0; i < len; i++)
			low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 :
			    w[i]);
		v = lex_get(r->sp->abbrev, low, len);
	}
	if (v == NULL)
		return AB_NONE;
	if (strcmp(v, "title") == 0)
		return AB_TITLE;
	if (strcmp(v, "num") == 0)
		return AB_NUM;
	if (strcmp(v, "end") == 0)
		return AB_END;
	if (strcmp(v, "time") == 0)
		return AB_TIME;
	if (strcmp(v, "unit") == 0)
		return AB_UNIT;
	return AB_PLAIN;
}

/*
 * The start of the word that ends at i: letters, digits and inner full
 * stops ("U.S", "e.g", "3.5"), at most WORD_MAX bytes back.  Returns i
 * when no word ends there, and SIZE_MAX when the word is longer.
 */
static size_t
word_before(const struct run *r, size_t i)
{
	size_t j = i, n, m;

	while (j > r->start && i - j <= WORD_MAX) {
		if (is_wordc(cp_before(r, j, &n))) {
			j -= n;
			continue;
		}
		/* an inner stop: letter or digit on both sides */
		if (r->t[j - 1] == '.' && j < i && j >= r->start + 2 &&
		    is_wordc(cp_before(r, j - 1, &m))) {
			j--;
			continue;
		}
		break;
	}
	return i - j > WORD_MAX ? SIZE_MAX : j;
}

/*
 * Nonzero when only white space, bullets and opening marks lie between
 * the pending sentence's start and i: a list marker there opens an item.
 */
static int
at_sentence_start(const struct run *r, size_t i)
{
	size_t n, k;
	uint32_t c;

	for (k = 0; i > r->start && k < MARK_BACK; k++) {
		c = cp_before(r, i, &n);
		if (!uc_is_space(c) && !is_bullet(c) && !is_opener(c) &&
		    c != '-' && c != '*')
			return 0;
		i -= n;
	}
	return i <= r->start;
}

/*
 * A list marker: the number or lower-case letter w..e (its stop or
 * parenthesis excluded) written the kind way, before nx.  At the start of
 * a sentence it opens or continues a list; after a word, when it is the
 * next item of the open list, the sentence ends before it ("1) The first
 * item 2) The second item").  Returns nonzero when it is a marker, which
 * is then no boundary itself.
 */
static int
list_marker(struct run *r, size_t w, size_t e, int kind,
    const struct next *nx)
{
	unsigned v = 0;
	size_t i, n;

	if (e - w > 2 || nx->cls != NX_UPPER)
		return 0;
	if (e - w == 1 && r->t[w] >= 'a' && r->t[w] <= 'z') {
		v = r->t[w];
		kind += LIST_LETTER;
	} else {
		for (i = w; i < e; i++) {
			if (r->t[i] < '0' || r->t[i] > '9')
				return 0;
			v = v * 10 + (r->t[i] - '0');
		}
	}
	if (at_sentence_start(r, w)) {
		r->list_kind = kind;
		r->list_last = v;
		return 1;
	}
	if (r->list_kind == kind && v == r->list_last + 1 && w > 0 &&
	    uc_is_space(cp_before(r, w, &n))) {
		flush(r, w);
		r->list_last = v;
		return 1;
	}
	return 0;
}

/*
 * "Smith asked." after a quoted question: up to three capitalised words
 * that are not sentence starters, then a speech verb.
 */
static int
attribution(const struct run *r, const struct next *nx)
{
	size_t j = nx->word, len, n, k;
	uint32_t c;

	for (k = 0; k < 4 && j < r->len; k++) {
		c = cp_at(r, j, &n);
		len = letters_at(r, j);
		if (len == 0)
			return 0;
		if (uc_is_lower(c))
			return k > 0 &&
			    strchr(word_flags(r, j, len), 'v') != NULL;
		if (k == 3 || strchr(word_flags(r, j, len), 's') != NULL)
			return 0;
		j += len;
		while (j < r->len && (r->t[j] == ' ' || r->t[j] == '.'))
			j++;
	}
	return 0;
}

/*
 * "world.Today": a stop with no space after it ends a sentence when a
 * word of two or more letters or digits ends there and a capitalised
 * word follows, unless the token is an address (e-mail, URL, path).
 */
static int
glued(const struct run *r, size_t i)
{
	size_t w, j, k;
	unsigned char c;

	if (i + 1 >= r->len || r->t[i + 1] < 'A' || r->t[i + 1] > 'Z')
		return 0;
	w = word_before(r, i);
	if (w == SIZE_MAX || i - w < 2 || memchr(r->t + w, '.', i - w) != NULL)
		return 0;
	c = r->t[i - 1];
	if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
		return 0;
	if (abbrev_kind(r, r->t + w, i - w) != AB_NONE)
		return 0;
	j = i + 1;
	if (j >= r->len || r->t[j] < 'A' || r->t[j] > 'Z')
		return 0;
	for (j++; j < r->len && r->t[j] >= 'a' && r->t[j] <= 'z'; j++)
		continue;
	if (j == i + 2 || (j < r->len && is_wordc(r->t[j])))
		return 0;
	/* the whole token, both ways, must not be an address */
	for (k = i; k > 0 && i - k < 64 && r->t[k - 1] > ' '; k--)
		if (r->t[k - 1] == '@' || r->t[k - 1] == '/')
			return 0;
	for (k = i; k < r->len && k - i < 64 && r->t[k] > ' '; k++)
		if (r->t[k] == '@' || r->t[k] == '/')
			return 0;
	return 1;
}

/*
 * "you and I.": the word before the "I" at w is written in lower case,
 * so the "I" is the pronoun and not an initial ("Albert I. Jones").
 */
static int
pronoun_i(const struct run *r, size_t w)
{
	size_t e = trim_back(r, r->start, w), b = e, n;

	while (b > r->start && e - b < WORD_MAX &&
	    uc_is_letter(cp_before(r, b, &n)))
		b -= n;
	return b < e && uc_is_lower(cp_at(r, b, &n));
}

/* The word before the one at w is a number ("5 ft."). */
static int
after_number(const struct run *r, size_t w)
{
	size_t e = trim_back(r, r->start, w);

	return e < w && e > r->start && r->t[e - 1] >= '0' && r->t[e - 1] <= '9';
}

/*
 * The sentence, or its part after a colon, opens with a preposition
 * (flag p in split_words.txt) less than OPEN_MAX bytes before w.
 */
static int
opening_phrase(struct run *r, size_t w)
{
	size_t b, k, n;

	has_content(r, w);
	for (b = w; b > r->start && w - b < OPEN_MAX && !(r->t[b - 1] == ':' &&
	    r->t[b] == ' ');)
		b--;
	if (b > r->start && r->t[b - 1] != ':')
		return 0;
	b = skip_space(r, b, w);
	for (k = 0; k < 2 && b < w && is_opener(cp_at(r, b, &n)); k++)
		b += n;
	n = letters_at(r, b);
	return n > 0 && b + n < w &&
	    strchr(word_flags(r, b, n), 'p') != NULL;
}

/*
 * "at 6 p.m. Mr. Smith left": a time ends its sentence before a sentence
 * starter, a digit (not in brackets), or a capitalised word that is not
 * a date word ("10 a.m. Tuesday", flag d in split_words.txt) nor all
 * capitals ("EST"), unless it is part of an opening phrase ("At 5 a.m.
 * Mr. Smith went").
 */
static int
time_ends(struct run *r, size_t w, const struct next *nx)
{
	size_t k;

	if (is_starter(r, nx))
		return 1;
	/* "11:30 p.m. (0830 GMT)": the time in another zone. */
	if (nx->cls == NX_DIGIT && r->t[nx->pos] == '(')
		return 0;
	if (nx->cls == NX_DIGIT)
		return after_number(r, w);	/* "A.D. 79" goes on */
	if (opening_phrase(r, w))
		return 0;
	if (nx->cls != NX_UPPER || nx->wlen < 2 ||
	    strchr(word_flags(r, nx->word, nx->wlen), 'd') != NULL)
		return 0;
	/* "4:30 p.m. London time": a place that names the zone. */
	k = nx->word + nx->wlen;
	if (k + 5 <= r->len && r->t[k] == ' ' &&
	    memcmp(r->t + k + 1, "time", 4) == 0 && (k + 5 == r->len ||
	    !((r->t[k + 5] | 0x20) >= 'a' && (r->t[k + 5] | 0x20) <= 'z')))
		return 0;
	for (k = nx->word + 1; k < nx->word + nx->wlen; k++)
		if (r->t[k] >= 'a' && r->t[k] <= 'z')
			break;
	return k < nx->word + nx->wlen;
}

/*
 * A single full stop at i, followed by white space and then nx: is it the
 * end of a sentence?  May end the sentence before a list marker itself.
 */
static int
full_stop(struct run *r, size_t i, size_t after, const struct next *nx)
{
	size_t w, len, k, n;
	int kind, dotted, alpha, seg, segmax;
	uint32_t c;
	const unsigned char *s;

	if ((w = word_before(r, i)) == SIZE_MAX || w == i)
		return nx->cls != NX_LOWER && nx->cls != NX_PUNCT;
	s = r->t + w;
	len = i - w;
	dotted = memchr(s, '.', len) != NULL;
	if (!dotted && list_marker(r, w, i, r->t[i + 1] == ')' &&
	    after == i + 2 ? LIST_DOTPAREN : LIST_DOT, nx))
		return 0;
	kind = abbrev_kind(r, s, len);
	if (kind == AB_UNIT) {
		if (!after_number(r, w))
			kind = AB_NONE;
		else if (nx->cls == NX_DIGIT)
			return 0;
		else
			kind = AB_END;
	}
	switch (kind) {
	case AB_TITLE:
		return 0;
	case AB_NUM:
		if (nx->cls == NX_DIGIT)
			return 0;
		return is_starter(r, nx);
	case AB_END:
		return nx->cls == NX_UPPER || nx->cls == NX_OTHER;
	case AB_TIME:
		return time_ends(r, w, nx);
	case AB_PLAIN:
		return is_starter(r, nx);
	}
	/* single letters: the pronoun I, or an initial */
	c = cp_at(r, w, &n);
	if (n == len && uc_is_letter(c)) {
		if (c == 'I' && pronoun_i(r, w))
			return nx->cls != NX_LOWER && nx->cls != NX_PUNCT;
		return is_starter(r, nx);
	}
	/* "U.S", "D.C", "Ph.D": an acronym with stops, like a plain entry */
	if (dotted) {
		alpha = 1;
		seg = segmax = 0;
		for (k = 0; k < len; k++) {
			if (s[k] == '.') {
				seg = 0;
				continue;
			}
			if (++seg > segmax)
				segmax = seg;
			if (s[k] >= '0' && s[k] <= '9')
				alpha = 0;
		}
		if (alpha && segmax <= 2)
			return is_starter(r, nx);
	}
	return nx->cls != NX_LOWER && nx->cls != NX_PUNCT;
}

/*
 * '[...]" (Smith 55).': a parenthesis right after a sentence that is
 * closed by a full stop of its own is a citation, not a new sentence.
 */
static int
citation(const struct run *r, const struct next *nx)
{
	size_t j;

	if (nx->pos >= r->len || r->t[nx->pos] != '(')
		return 0;
	for (j = nx->pos + 1; j < r->len && j - nx->pos < 64; j++) {
		if (r->t[j] == ')')
			return j + 1 >= r->len || r->t[j + 1] == '.';
		if (r->t[j] == '.' || r->t[j] == '?' || r->t[j] == '!' ||
		    r->t[j] == '(' || r->t[j] == '\n')
			return 0;
	}
	return 0;
}

/*
 * '"... Scientology." Anonymous blogger, "Anon declares war"': after a
 * closing quote, a short rest of the paragraph without any stop names the
 * quote's source and belongs to its sentence.
 */
static int
source_line(const struct run *r, const struct next *nx)
{
	size_t j, k;

	if (nx->cls != NX_UPPER)
		return 0;
	for (j = nx->pos; j < r->len && j - nx->pos < SOURCE_MAX; j++) {
		switch (r->t[j]) {
		case '\n':
			for (k = j + 1; k < r->len && (r->t[k] == ' ' ||
			    r->t[k] == '\t' || r->t[k] == '\r'); k++)
				continue;
			return k >= r->len || r->t[k] == '\n';
		case '.':
		case '?':
		case '!':
			return 0;
		}
	}
	return j >= r->len;
}

/*
 * A run of stops starts at i: ".", "?!", "...", "…", ". . .".  Judge it,
 * end the sentence if it is a boundary, and return where to go on.
 */
static size_t
on_stop(struct run *r, size_t i)
{
	size_t p = i, q, n, m, k;
	int ndots = 0, nq = 0, nell = 0, spaced = 0, quoted = 0, brk;
	int attached;
	uint32_t c;
	struct next nx;

	attached = i > 0 && !uc_is_space(cp_before(r, i, &n));
	for (;;) {
		if (p >= r->len)
			break;
		c = cp_at(r, p, &n);
		if (c == '.')
			ndots++;
		else if (c == 0x2026)
			nell++;
		else if (is_stop(c))
			nq++;
		else if (c == ' ' && p + 1 < r->len && (r->t[p + 1] == '.' ||
		    r->t[p + 1] == '?' || r->t[p + 1] == '!') &&
		    (p + 2 >= r->len || (!is_wordc(r->t[p + 2]) &&
		    r->t[p + 2] != r->t[p + 1]))) {
			spaced = 1;
			n = 1;
		} else
			break;
		p += n;
	}
	/* closing quotes and brackets, more stops, citations "[12]" */
	for (q = p; q < r->len;) {
		c = cp_at(r, q, &n);
		if (is_closer(c)) {
			quoted |= c != ')' && c != ']' && c != '}';
			q += n;
		} else if (is_stop(c))
			q += n;
		else if (c == '[' || c == ' ') {
			k = c == ' ' ? q + 1 : q;	/* "gas. [1] It" */
			if (k >= r->len || r->t[k] != '[')
				break;
			for (m = k + 1; m < r->len && m - k < 6 &&
			    r->t[m] >= '0' && r->t[m] <= '9'; m++)
				continue;
			if (m == k + 1 || m >= r->len || r->t[m] != ']')
				break;
			q = m + 1;
		} else
			break;
	}
	if (!has_content(r, i))
		return q;
	if (q >= r->len)
		return q;
	c = cp_at(r, q, &n);
	if (!uc_is_space(c)) {
		if (ndots == 1 && nq == 0 && nell == 0 && p == i + 1 &&
		    q == p && glued(r, i))
			flush(r, p);
		return q;
	}
	next_word(r, q, &nx);
	if (nq > 0)
		brk = nx.cls != NX_LOWER && nx.cls != NX_PUNCT &&
		    !(quoted && nx.cls == NX_UPPER && attribution(r, &nx));
	else if (nell > 0 || ndots > 1) {
		if (attached && spaced && ndots == 4 && nell == 0 &&
		    nx.cls == NX_UPPER && !nx.is_i) {
			/* "word. . . . Next": a stop, then an ellipsis */
			flush(r, i + 1);
			return q;
		} else
			brk = nx.cls == NX_UPPER && !nx.is_i;
	} else
		brk = full_stop(r, i, q, &nx);
	if (brk && (citation(r, &nx) || (quoted && source_line(r, &nx))))
		brk = 0;
	if (brk)
		flush(r, q);
	else
		r->nobreak = q;
	return q;
}

/* "2) The second item": a parenthesis after a number or letter. */
static size_t
on_paren(struct run *r, size_t i)
{
	struct next nx;
	size_t w;

	if (i + 1 >= r->len || r->t[i + 1] != ' ')
		return i + 1;
	w = word_before(r, i);
	if (w == SIZE_MAX || w == i || i - w > 2)
		return i + 1;
	next_word(r, i + 1, &nx);
	list_marker(r, w, i, LIST_PAREN, &nx);
	return i + 1;
}

/*
 * "... in Washington Image: United States Navy.": a caption's credit
 * label (flag l in split_words.txt) starts a sentence of its own.
 */
static size_t
on_colon(struct run *r, size_t i)
{
	size_t w, b, n;
	uint32_t c;

	if (i + 1 >= r->len || r->t[i + 1] != ' ' || i < 2 ||
	    r->t[i - 1] < 'a' || r->t[i - 1] > 'z')
		return i + 1;
	for (w = i; w > r->start && i - w < WORD_MAX &&
	    is_wordc(r->t[w - 1]); w--)
		continue;
	if (w == i || r->t[w] < 'A' || r->t[w] > 'Z' || w == 0 ||
	    r->t[w - 1] != ' ' ||
	    strchr(word_flags(r, w, i - w), 'l') == NULL)
		return i + 1;
	b = trim_back(r, r->start, w);
	if (b <= r->start)
		return i + 1;
	c = cp_before(r, b, &n);
	if (c == ',' || c == ':' || c == ';' || is_opener(c) || uc_is_dash(c))
		return i + 1;
	flush(r, w);
	return i + 1;
}

/* A bullet after white space starts a new sentence. */
static size_t
on_bullet(struct run *r, size_t i, size_t n)
{
	size_t m;

	if (i > 0 && uc_is_space(cp_before(r, i, &m)))
		flush(r, i);
	return i + n;
}

/*
 * A line that looks like a heading: at least two capitalised words, and
 * every word in lower case is a function word (flag c in split_words.txt).
 */
static int
title_case(const struct run *r, size_t s, size_t e)
{
	size_t i = s, n, len, cap = 0;
	uint32_t c;

	while (i < e) {
		i = skip_space(r, i, e);
		if (i >= e)
			break;
		c = cp_at(r, i, &n);
		len = letters_at(r, i);
		if (uc_is_upper(c))
			cap++;
		else if (uc_is_lower(c) && (i + len >= e ||
		    !uc_is_space(cp_at(r, i + len, &n)) ||
		    strchr(word_flags(r, i, len), 'c') == NULL))
			return 0;
		while (i < e && !uc_is_space(cp_at(r, i, &n)))
			i += n;
	}
	return cap >= 2;
}

/*
 * The width of hard-wrapped text: when most lines are LINE_WRAP_MIN to
 * LINE_WRAP_MAX bytes long and followed by a single line break, the
 * length that nine in ten of those lines stay within; else 0.  One pass
 * of memchr() over the text.
 */
static size_t
wrap_width(const unsigned char *t, size_t len)
{
	size_t hist[LINE_WRAP_MAX + 1] = { 0 };
	size_t i, e, l, k, nlines = 0, nwrap = 0, acc = 0;
	const unsigned char *nl;

	for (i = 0; i < len; i = e + 1) {
		nl = memchr(t + i, '\n', len - i);
		e = nl != NULL ? (size_t)(nl - t) : len;
		l = e - i;
		if (l > 0 && t[e - 1] == '\r')
			l--;
		if (l == 0)
			continue;
		nlines++;
		if (nl != NULL && e + 1 < len && t[e + 1] != '\n' &&
		    t[e + 1] != '\r' && l >= LINE_WRAP_MIN && l <= LINE_WRAP_MAX) {
			hist[l]++;
			nwrap++;
		}
	}
	if (nwrap < 3 || nwrap * 2 < nlines)
		return 0;
	for (k = LINE_WRAP_MAX; k > 0; k--)
		if ((acc += hist[k]) * 10 >= nwrap)
			return k;
	return 0;
}

/* Number of white-space separated words from s to e, counting up to 3. */
static int
few_words(const struct run *r, size_t s, size_t e)
{
	size_t i = s, n;
	int k = 0;

	while (i < e && k < 3) {
		i = skip_space(r, i, e);
		if (i >= e)
			break;
		k++;
		while (i < e && !uc_is_space(cp_at(r, i, &n)))
			i += n;
	}
	return k;
}

/*
 * The line from r->line to nl ends in a single line break and the next
 * line starts at next: does the sentence go on there (hard-wrapped text)?
 */
static int
continues(struct run *r, size_t nl, size_t next)
{
	size_t le, ls = r->line, w, n, k;
	uint32_t c, lc;

	le = trim_back(r, ls, nl);
	if (next >= r->len || le <= ls)
		return 0;
	if (r->wrap != 0 && le - ls <= LINE_WRAP_MAX) {
		/* wrapped because the next word did not fit */
		for (k = next; k < r->len && k - next < WORD_MAX &&
		    !uc_is_space(cp_at(r, k, &n)); k += n)
			continue;
		if (le - ls + 1 + (k - next) > r->wrap)
			return 1;
	}
	c = cp_at(r, next, &n);
	if (is_bullet(c) || ((c == '-' || c == '*') && next + 1 < r->len &&
	    r->t[next + 1] == ' '))
		return 0;
	if (uc_is_digit(c) || (c >= 'a' && c <= 'z')) {
		/* a list marker "1. ", "a) " opens a new line */
		for (k = next; k < r->len && k - next < 3 &&
		    is_wordc(r->t[k]); k++)
			continue;
		if (k + 1 < r->len && k > next && (r->t[k] == '.' ||
		    r->t[k] == ')') && r->t[k + 1] == ' ' &&
		    (k - next == 1 || uc_is_digit(c)))
			return 0;
	}
	if (le == r->nobreak)
		return 1;
	if (few_words(r, ls, le) < 3 || title_case(r, ls, le))
		return 0;
	if (uc_is_lower(c))
		return 1;
	lc = cp_before(r, le, &n);
	if (is_closer(lc) && le - n > ls && r->t[le - n - 1] == ',')
		return 1;	/* '"We will win,"' then "he said." */
	if (lc == ',' || lc == ';' || lc == '-' || lc == '(' ||
	    uc_is_dash(lc) || uc_is_open_quote(lc))
		return 1;
	if (!uc_is_lower(lc))
		return 0;
	for (w = le; w > ls && le - w < WORD_MAX &&
	    uc_is_letter(cp_before(r, w, &n)); w -= n)
		continue;
	if (strchr(word_flags(r, w, le - w), 'c') != NULL)
		return 1;
	/* a lower-case word ends a wrapped line followed by another */
	if (le - ls < LINE_WRAP_MIN || le - ls > LINE_WRAP_MAX)
		return 0;
	for (k = next; k < r->len && k - next <= LINE_WRAP_MAX; k++)
		if (r->t[k] == '\n' || r->t[k] == '\r')
			return 1;
	return k >= r->len;
}

/*
 * A line break at i.  Two or more of them (a blank line) end the sentence
 * and the paragraph; one ends the sentence unless the text is wrapped.
 */
static size_t
on_break(struct run *r, size_t i)
{
	size_t j = i, n;
	int nbr = 0;
	uint32_t c;

	while (j < r->len) {
		c = cp_at(r, j, &n);
		if (c == '\r') {
			nbr++;
			if (j + 1 < r->len && r->t[j + 1] == '\n')
				n = 2;
		} else if (c == '\n' || c == '\v' || c == 0x85 || c == 0x2028)
			nbr++;
		else if (c == '\f' || c == 0x2029)
			nbr += 2;
		else if (!uc_is_space(c))
			break;
		j += n;
	}
	if (!has_content(r, i)) {
		if (nbr >= 2)
			new_para(r);
	} else if (nbr >= 2) {
		flush(r, i);
		new_para(r);
	} else if (!continues(r, i, j))
		flush(r, i);
	if (!has_content(r, i))
		r->start = j;
	r->line = j;
	return j;
}

void
split_text(const struct splitter *sp, const char *text, size_t len,
    void (*emit)(void *arg, const struct split_sent *s), void *arg)
{
	struct run r;
	const unsigned char *t = (const unsigned char *)text;
	size_t i = 0, n;
	uint32_t c;

	if (len >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF)
		i = 3;		/* the byte-order mark */
	r.sp = sp;
	r.t = t;
	r.len = len;
	r.start = r.line = i;
	r.para = 0;
	r.para_used = 0;
	r.nobreak = SIZE_MAX;
	r.list_kind = LIST_NONE;
	r.list_last = 0;
	r.wrap = wrap_width(t + i, len - i);
	r.emit = emit;
	r.arg = arg;
	while (i < len) {
		while (i < len && !interesting[t[i]])
			i++;
		if (i >= len)
			break;
		switch (t[i]) {
		case '\n':
		case '\r':
		case '\v':
		case '\f':
			i = on_break(&r, i);
			break;
		case '.':
		case '?':
		case '!':
			i = on_stop(&r, i);
			break;
		case ')':
			i = on_paren(&r, i);
			break;
		case ':':
			i = on_colon(&r, i);
			break;
		default:	/* 0xC2, 0xE2 */
			c = cp_at(&r, i, &n);
			if (c == 0x85 || c == 0x2028 || c == 0x2029)
				i = on_break(&r, i);
			else if (is_stop(c))
				i = on_stop(&r, i);
			else if (is_bullet(c))
				i = on_bullet(&r, i, n);
			else
				i += n;
			break;
		}
	}
	flush(&r, len);
}
