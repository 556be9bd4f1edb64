#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "tok.h"
#include "utf8.h"

/* Returned by peek() for an invalid byte and past the end. */
#define NOCHAR	0xFFFFFFFFu

/*
 * Abbreviations that keep their final dot (case matters: "Mass." is
 * Massachusetts, "mass." ends a sentence).  Titles, company forms,
 * months, AP state abbreviations; "No." and "Fig." are left out because
 * "no." ends sentences too.
 */
static const char *const abbrevs[] = {
	"Adm", "Ala", "Apr", "Ariz", "Ark", "Assn", "Aug", "Ave", "Blvd",
	"Bros", "Calif", "Capt", "Cmdr", "Co", "Col", "Colo", "Conn", "Corp",
	"Cpl", "Dec", "Del", "Dept", "Dr", "Feb", "Fla", "Ft", "Ga", "Gen",
	"Gov", "Hon", "Ill", "Inc", "Ind", "Jan", "Jr", "Jul", "Jun", "Kan",
	"Ky", "La", "Lt", "Ltd", "Maj", "Mass", "Md", "Messrs", "Mich",
	"Minn", "Miss", "Mo", "Mont", "Mr", "Mrs", "Ms", "Mt", "Neb", "Nev",
	"Nov", "Oct", "Okla", "Ore", "Pa", "Prof", "Rep", "Rev", "Sen", "Sep",
	"Sept", "Sgt", "Sr", "St", "Tenn", "Va", "Vt", "Wash", "Wis", "Wyo",
	"approx", "etc", "vs"
};

/* The code point at s[i] and its length in *n; NOCHAR at the end or on an invalid byte. */
static uint32_t
peek(const char *s, size_t len, size_t i, size_t *n)
{
	uint32_t cp;

	if (i >= len) {
		*n = 0;
		return NOCHAR;
	}
	if ((unsigned char)s[i] < 0x80) {
		*n = 1;
		return (unsigned char)s[i];
	}
	if ((*n = utf8_decode(s + i, len - i, &cp)) == 0) {
		*n = 1;
		return NOCHAR;
	}
	return cp;
}

/* The code point that ends at s[i] (exclusive), or NOCHAR. */
static uint32_t
before(const char *s, size_t i)
{
	uint32_t cp;

	if (i == 0)
		return NOCHAR;
	if ((unsigned char)s[i - 1] < 0x80)
		return (unsigned char)s[i - 1];
	if (utf8_decode_prev(s, i, &cp) == 0)
		return NOCHAR;
	return cp;
}

/* ASCII is answered here, the rest by utf8.c: most text is ASCII. */
static int
is_alnum(uint32_t c)
{
	if (c < 0x80)
		return c - '0' < 10 || (c | 0x20) - 'a' < 26;
	return c != NOCHAR && uc_is_alnum(c);
}

static int
is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) - 'a' < 26;
	return c != NOCHAR && uc_is_letter(c);
}

static int
is_apos(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

static int
is_abbrev(const char *w, size_t len)
{
	size_t lo = 0, hi = sizeof(abbrevs) / sizeof(abbrevs[0]), mid;
	int c;

	if (len > 6)
		return 0;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(abbrevs[mid], w, len);
		if (c == 0 && abbrevs[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * Length of a clitic starting with the apostrophe at s[i] ('s 're 've
 * 'll 'm 'd, any case), or 0.  It must not be followed by a letter or digit.
 */
static size_t
clitic(const char *s, size_t len, size_t i)
{
	static const char *const tails[] = { "s", "re", "ve", "ll", "m", "d" };
	size_t n, k, tl, m;
	uint32_t c = peek(s, len, i, &n);

	if (!is_apos(c))
		return 0;
	for (k = 0; k < sizeof(tails) / sizeof(tails[0]); k++) {
		tl = strlen(tails[k]);
		if (i + n + tl > len)
			continue;
		for (m = 0; m < tl; m++)
			if ((s[i + n + m] | 0x20) != tails[k][m])
				break;
		if (m < tl)
			continue;
		if (!is_alnum(peek(s, len, i + n + tl, &m)))
			return n + tl;
	}
	return 0;
}

/* Nonzero when "n't" (or "n’t") starts at s[i] and ends the word. */
static size_t
nt_at(const char *s, size_t len, size_t i)
{
	size_t n, m;

	if (i + 1 >= len || (s[i] | 0x20) != 'n')
		return 0;
	if (!is_apos(peek(s, len, i + 1, &n)))
		return 0;
	if (i + 1 + n >= len || (s[i + 1 + n] | 0x20) != 't')
		return 0;
	if (is_alnum(peek(s, len, i + 2 + n, &m)))
		return 0;
	return 2 + n;
}

/*
 * A dotted abbreviation of single letters at s[i] (U.S., a.m., F.C.):
 * return its length including the last dot, or 0 when there is none.
 */
static size_t
dotted(const char *s, size_t len, size_t i)
{
	size_t j = i, n, groups = 0, m;

	for (;;) {
		if (!is_letter(peek(s, len, j, &n)))
			break;
		if (j + n >= len || s[j + n] != '.')
			break;
		j += n + 1;
		groups++;
	}
	if (groups < 2 || is_alnum(peek(s, len, j, &m)))
		return 0;
	return j - i;
}

/* Nonzero when only spaces follow s[i]: a dot there ends the text. */
static int
at_end(const char *s, size_t len, size_t i)
{
	size_t n;
	uint32_t c;

	for (; i < len; i += n) {
		c = peek(s, len, i, &n);
		if (c == NOCHAR || !(uc_is_space(c) || uc_is_newline(c)))
			return 0;
	}
	return 1;
}

/* Nonzero when only spaces come between the last newline and s[i]. */
static int
line_start(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i == 0 || s[i - 1] == '\n';
}

/* Scan the word or number that starts at s[i]; return its end. */
static size_t
scan_word(const char *s, size_t len, size_t i)
{
	size_t j = i, n, m, d;
	uint32_t c, prev, next;
	int letters = 0;

	/* Currencies: C$, US$, HK$. */
	for (j = i; j < len && j - i < 3 && s[j] >= 'A' && s[j] <= 'Z'; j++)
		continue;
	if (j > i && j < len && s[j] == '$')
		return j + 1;
	j = i;
	if ((d = dotted(s, len, i)) > 0) {
		j = i + d;
		/* U.S.-led */
		if (j < len && s[j] == '-' && is_alnum(peek(s, len, j + 1, &n)))
			j++;
		else
			return j;
	}
	for (;;) {
		while (is_alnum(c = peek(s, len, j, &n))) {
			if ((c | 0x20) == 'n' && j > i && nt_at(s, len, j))
				return j;
			letters |= is_letter(c);
			j += n;
		}
		prev = before(s, j);
		next = peek(s, len, j + n, &m);
		if (c == NOCHAR || !is_alnum(prev) || !is_alnum(next))
			break;
		if (c == '-' || c == 0x2011)
			j += n;
		else if (c == '&' && uc_is_upper(prev) && uc_is_upper(next))
			j += n;
		else if (is_apos(c) && uc_is_letter(prev) && uc_is_letter(next) &&
		    clitic(s, len, j) == 0)
			j += n;
		else if ((c == ',' || c == ':' || c == '/' || c == '.') &&
		    uc_is_digit(prev) && uc_is_digit(next))
			j += n;
		else if (c == '.' && uc_is_letter(prev) && uc_is_lower(next) &&
		    letters)
			j += n;		/* example.com */
		else
			break;
	}
	if (j < len && s[j] == '.' && !is_alnum(peek(s, len, j + 1, &n))) {
		if (is_abbrev(s + i, j - i))
			j++;
		else if (j - i <= 3 && uc_is_digit((unsigned char)s[i]) &&
		    line_start(s, i) && !at_end(s, len, j + 1))
			j++;		/* a list number at a line start: "1." */
		else if (peek(s, len, i, &n) != NOCHAR && n == j - i &&
		    uc_is_upper(peek(s, len, i, &n)) && !at_end(s, len, j + 1))
			j++;		/* an initial: J. Smith */
	}
	return j;
}

static void
push(struct toks *t, size_t start, size_t end)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = xrealloc(t->v, t->cap, sizeof(*t->v));
	}
	t->v[t->n].start = start;
	t->v[t->n].end = end;
	t->n++;
}

size_t
tok_split(const char *s, size_t len, struct toks *t)
{
	size_t i = 0, j, n, k;
	uint32_t c;

	t->n = 0;
	while (i < len) {
		c = peek(s, len, i, &n);
		if (c == NOCHAR) {
			push(t, i, i + 1);
			i++;
			continue;
		}
		if (uc_is_space(c) || uc_is_newline(c) || c < 0x20 || c == 0x7F ||
		    c == 0xFEFF || c == 0x200B) {
			i += n;
			continue;
		}
		if ((k = nt_at(s, len, i)) > 0 && is_alnum(before(s, i))) {
			push(t, i, i + k);
			i += k;
			continue;
		}
		if (uc_is_alnum(c) || (c == '.' && i + 1 < len &&
		    uc_is_digit((unsigned char)s[i + 1]) && !is_alnum(before(s, i)))) {
			j = scan_word(s, len, c == '.' ? i + 1 : i);
			push(t, i, j);
			i = j;
			continue;
		}
		if (is_apos(c) && is_alnum(before(s, i)) &&
		    (k = clitic(s, len, i)) > 0) {
			push(t, i, i + k);
			i += k;
			continue;
		}
		if (c == '-' || c == '.' || c == '=' || c == '*' || c == '_') {
			for (j = i + 1; j < len && s[j] == s[i]; j++)
				continue;
			push(t, i, j);
			i = j;
			continue;
		}
		push(t, i, i + n);
		i += n;
	}
	return t->n;
}

void
toks_free(struct toks *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}
