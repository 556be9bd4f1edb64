#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lex.h"
#include "mem.h"
#include "utf8.h"

struct lex_entry {
	char	*key;		/* NUL-terminated, folded when LEX_FOLD */
	size_t	 len;		/* bytes of key */
	uint64_t hash;		/* hash(key, len): most misses end here */
	char	*value;		/* NUL-terminated, "" when none */
};

struct lex {
	struct lex_entry *slots;	/* open addressing, NULL key = empty */
	size_t		 cap;		/* slots, a power of two */
	/*
	 * A bit per hash value (its high half, modulo 8 * cap) of every
	 * key: most words are in no lexicon, and this small table answers
	 * them (wrongly for about 1 in 16) without a probe of the slots,
	 * whose cache misses were a tenth of lede-quotes' time.
	 */
	uint64_t	*bloom;		/* 8 * cap bits */
	size_t		 n;		/* entries */
	size_t		 maxlen;	/* longest key in bytes */
	int		 flags;		/* LEX_EXACT or LEX_FOLD */
};

/* FNV-1a, one byte at a time, so that lex_get() can fold as it hashes. */
#define HASH_INIT	1469598103934665603ULL
#define HASH_STEP(h, c)	(((h) ^ (unsigned char)(c)) * 1099511628211ULL)

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = HASH_INIT;
	size_t i;

	for (i = 0; i < len; i++)
		h = HASH_STEP(h, s[i]);
	return h;
}

/* Lower-case s into out (cleared first). */
static void
fold(struct buf *out, const char *s, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;
	char enc[4];

	buf_clear(out);
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {	/* fast path, same result */
			buf_addc(out, s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			buf_addc(out, s[i]);
			i++;
			continue;
		}
		buf_add(out, enc, utf8_encode(uc_tolower(cp), enc));
		i += n;
	}
}

static size_t
bloom_bit(const struct lex *lx, uint64_t h)
{
	return (size_t)(h >> 32) & (8 * lx->cap - 1);
}

/* Zero when no key of lx has hash h (so key is not in lx). */
static int
maybe_in(const struct lex *lx, uint64_t h)
{
	size_t b = bloom_bit(lx, h);

	return (int)(lx->bloom[b / 64] >> (b % 64) & 1);
}

/* The slot of key (len bytes, hash h): its entry, or the empty slot. */
static struct lex_entry *
find(const struct lex *lx, const char *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (lx->cap - 1);

	while (lx->slots[i].key != NULL) {
		if (lx->slots[i].hash == h && lx->slots[i].len == len &&
		    memcmp(lx->slots[i].key, key, len) == 0)
			return &lx->slots[i];
		i = (i + 1) & (lx->cap - 1);
	}
	return &lx->slots[i];
}

static void
put(struct lex *lx, const char *key, size_t len, const char *val, size_t vlen)
{
	uint64_t h = hash(key, len);
	struct lex_entry *e = find(lx, key, len, h);
	size_t b;

	if (e->key != NULL) {
		free(e->value);
		e->value = xstrndup(val, vlen);
		return;
	}
	e->key = xstrndup(key, len);
	e->len = len;
	e->hash = h;
	b = bloom_bit(lx, h);
	lx->bloom[b / 64] |= (uint64_t)1 << (b % 64);
	e->value = xstrndup(val, vlen);
	lx->n++;
	if (len > lx->maxlen)
		lx->maxlen = len;
}

struct lex *
lex_load(const char *text, size_t len, int flags)
{
	struct lex *lx = xcalloc(1, sizeof(*lx));
	const char *p = text, *end = text + len, *nl, *tab, *key;
	size_t lines = 1, klen;
	struct buf folded;

	for (nl = text; nl < end; nl++)
		lines += *nl == '\n';
	lx->flags = flags;
	for (lx->cap = 16; lx->cap < lines * 2; lx->cap *= 2)
		continue;
	lx->slots = xcalloc(lx->cap, sizeof(*lx->slots));
	lx->bloom = xcalloc(lx->cap / 8, sizeof(*lx->bloom));
	buf_init(&folded);
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		klen = (size_t)(nl - p);
		if (klen > 0 && p[klen - 1] == '\r')
			klen--;
		if (klen == 0 || p[0] == '#')
			continue;
		tab = memchr(p, '\t', klen);
		key = p;
		if (flags & LEX_FOLD) {
			fold(&folded, p, tab ? (size_t)(tab - p) : klen);
			key = folded.data;
		}
		if (tab != NULL)
			put(lx, key, flags & LEX_FOLD ? folded.len : (size_t)(tab - p),
			    tab + 1, klen - (size_t)(tab - p) - 1);
		else
			put(lx, key, flags & LEX_FOLD ? folded.len : klen, "", 0);
	}
	buf_free(&folded);
	return lx;
}

void
lex_free(struct lex *lx)
{
	size_t i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->cap; i++) {
		free(lx->slots[i].key);
		free(lx->slots[i].value);
	}
	free(lx->slots);
	free(lx->bloom);
	free(lx);
}

int
lex_key(struct lex_key *k, const char *key, size_t len)
{
	uint64_t h = HASH_INIT;
	size_t i;

	if (len > LEX_KEY_MAX)
		return 0;
	/* Fold as we hash: one pass, no allocation. */
	for (i = 0; i < len; i++) {
		if (key[i] & 0x80)
			return 0;
		k->low[i] = key[i] >= 'A' && key[i] <= 'Z' ?
		    (char)(key[i] - 'A' + 'a') : key[i];
		h = HASH_STEP(h, k->low[i]);
	}
	k->len = len;
	k->hash = h;
	return 1;
}

const char *
lex_get_key(const struct lex *lx, const struct lex_key *k)
{
	const struct lex_entry *e;

	if (k->len > lx->maxlen || !maybe_in(lx, k->hash))
		return NULL;
	e = find(lx, k->low, k->len, k->hash);
	return e->key != NULL ? e->value : NULL;
}

const char *
lex_get(const struct lex *lx, const char *key, size_t len)
{
	const struct lex_entry *e;
	struct lex_key k;
	struct buf folded;
	uint64_t h;

	if (len > lx->maxlen)
		return NULL;
	/* ASCII, the common case: folded on the stack. */
	if ((lx->flags & LEX_FOLD) && lex_key(&k, key, len))
		return lex_get_key(lx, &k);
	if (lx->flags & LEX_FOLD) {
		buf_init(&folded);
		fold(&folded, key, len);
		h = hash(folded.data, folded.len);
		e = maybe_in(lx, h) ? find(lx, folded.data, folded.len, h) :
		    NULL;
		buf_free(&folded);
	} else {
		h = hash(key, len);
		e = maybe_in(lx, h) ? find(lx, key, len, h) : NULL;
	}
	return e != NULL && e->key != NULL ? e->value : NULL;
}

int
lex_has(const struct lex *lx, const char *key, size_t len)
{
	return lex_get(lx, key, len) != NULL;
}

size_t
lex_count(const struct lex *lx)
{
	return lx->n;
}

size_t
lex_maxlen(const struct lex *lx)
{
	return lx->maxlen;
}
