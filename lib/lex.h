/*
 * Lexicons: sets of strings, each with an optional value, loaded from the
 * text of a data file in lib/data/ (embedded in the binary at build time,
 * see lib/data/embed.sh).
 *
 * File format: one entry per line, "key" or "key<TAB>value"; blank lines
 * and lines starting with '#' are ignored.  A later duplicate key replaces
 * the value of an earlier one.
 *
 * Ownership: lex_load() copies what it needs; lex_free() releases it.
 * Returned values point into the lexicon and live until lex_free().
 */
#ifndef LEDE_LEX_H
#define LEDE_LEX_H

#include <stddef.h>
#include <stdint.h>

/* Keys are compared as they are written. */
#define LEX_EXACT	0
/* Keys and queries are lower-cased first (ASCII and the letters utf8.h maps). */
#define LEX_FOLD	1

struct lex;

/* Build a lexicon from len bytes of file text.  Never fails (xmalloc). */
struct lex	*lex_load(const char *text, size_t len, int flags);
void		 lex_free(struct lex *lx);
/* The value of key (len bytes): "" when it has none, NULL when absent. */
const char	*lex_get(const struct lex *lx, const char *key, size_t len);
/*
 * A key folded and hashed once, to be looked up in several LEX_FOLD
 * lexicons (a word asked of more than one).  lex_key() returns 0, and
 * the caller uses lex_get(), when the key is longer than LEX_KEY_MAX or
 * not ASCII.
 */
#define LEX_KEY_MAX	64
struct lex_key {
	char		 low[LEX_KEY_MAX];	/* the key, lower case */
	size_t		 len;			/* bytes of low */
	uint64_t	 hash;
};
int		 lex_key(struct lex_key *k, const char *key, size_t len);
/* lex_get() of a LEX_FOLD lexicon, for a key lex_key() has made. */
const char	*lex_get_key(const struct lex *lx, const struct lex_key *k);
/* Nonzero when key is in the lexicon. */
int		 lex_has(const struct lex *lx, const char *key, size_t len);
/* Number of entries. */
size_t		 lex_count(const struct lex *lx);
/* The length in bytes of the longest key, for bounded look-ahead. */
size_t		 lex_maxlen(const struct lex *lx);

/* Embedded data files: data_NAME[] holds the bytes of lib/data/NAME.txt. */
#define LEX_DATA(name)	data_##name, data_##name##_len

#endif
