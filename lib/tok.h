/*
 * Word tokens: the byte offsets of the words, numbers and punctuation
 * marks of a UTF-8 text, split the way the Penn Treebank and CoNLL-2003
 * split news text, since the entity model was trained on such tokens.
 *
 *   - a word is a run of letters (any script utf8.h knows) and digits;
 *     hyphens, "&" and "'" between letters stay inside it (all-rounder,
 *     AT&T, O'Neill);
 *   - a possessive or clitic is split off: England 's, do n't, we 're
 *     (with ' or the curly ’);
 *   - dotted abbreviations keep their dots: U.S., a.m., U.S.-led, and the
 *     dot of a known abbreviation (Mr., Corp., Calif.) or of an initial
 *     (J. Smith) stays with it;
 *   - a number keeps its inner , . : / and - (1,000.5  10:30  1996-08-30
 *     4-1  1/2  .500);
 *   - every other mark is a token of its own, except that runs of "-",
 *     of "." and of "=" or "*" are one token each ("--", "...").
 *
 * Nothing here allocates except tok_split(), which grows the array in
 * the struct toks passed in.  Invalid UTF-8 bytes become one-byte tokens.
 *
 * Ownership: arguments are borrowed; a struct toks owns its array
 * (toks_free()).
 */
#ifndef LEDE_TOK_H
#define LEDE_TOK_H

#include <stddef.h>

struct tok {
	size_t	 start;		/* offset of the first byte */
	size_t	 end;		/* offset past the last byte */
};

struct toks {
	struct tok	*v;	/* tokens in text order */
	size_t		 n;	/* tokens used */
	size_t		 cap;	/* tokens allocated */
};

#define TOKS_INIT	{ NULL, 0, 0 }

/*
 * Tokenize len bytes of s, replacing the contents of t.  Return t->n.
 * Offsets are relative to s.  Never fails (xmalloc).
 */
size_t	tok_split(const char *s, size_t len, struct toks *t);

void	toks_free(struct toks *t);

#endif
