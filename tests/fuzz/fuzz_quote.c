/*
 * Fuzz target: the quote extractor on a document of sentences.  Each
 * input line is a sentence; an empty line starts a new paragraph.  The
 * first byte picks whether capitalised words are handed in as entity
 * spans (as lede-ents would) or the heuristics run alone.  Quotes must
 * point inside the document and start no later than they end.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "quote.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A position inside sentences s[0..n), or just past the last one. */
static void
check_pos(const struct quote_sent *s, size_t n, struct quote_pos p)
{
	if (p.sent > n || (p.sent == n && p.off != 0))
		abort();
	(void)s;
}

static int
pos_le(struct quote_pos a, struct quote_pos b)
{
	return a.sent < b.sent || (a.sent == b.sent && a.off <= b.off);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct quoter *q;	/* built once: lexicons are constant */
	struct arena a = ARENA_INIT;
	struct quote_sent *sents;
	struct quote_ent *ents;
	struct quote *out;
	const char *s, *nl;
	size_t nsent = 0, nent = 0, para = 0, gap = 0, off, len, i, j, n;
	unsigned sum = 0;
	int use_ents;

	if (size == 0)
		return 0;
	if (q == NULL)
		q = quoter_new();
	use_ents = data[0] & 1;
	s = (const char *)data + 1;
	size--;
	sents = malloc((size + 1) * sizeof *sents);
	ents = malloc((size + 1) * sizeof *ents);
	if (sents == NULL || ents == NULL)
		goto done;
	for (off = 0; off <= size; off += len + 1) {
		nl = memchr(s + off, '\n', size - off);
		len = nl ? (size_t)(nl - (s + off)) : size - off;
		if (len == 0) {
			para++;
			gap++;
			continue;
		}
		sents[nsent].text = s + off;
		sents[nsent].len = len;
		sents[nsent].para = para;
		sents[nsent].gap = nsent ? gap + 1 : 0;
		gap = 0;
		/* Runs of capitalised words are the entities, types in turn. */
		for (i = 0; use_ents && i < len; i = j + 1) {
			for (j = i; j < len && s[off + j] != ' '; j++)
				;
			if (j > i && s[off + i] >= 'A' && s[off + i] <= 'Z') {
				ents[nent].sent = nsent;
				ents[nent].start = i;
				ents[nent].end = j;
				ents[nent].type = QUOTE_E_PERSON + nent % 4;
				nent++;
			}
		}
		nsent++;
	}
	n = quote_extract(q, sents, nsent, ents, nent, &a, &out);
	for (i = 0; i < n; i++) {
		check_pos(sents, nsent, out[i].start);
		check_pos(sents, nsent, out[i].end);
		if (!pos_le(out[i].start, out[i].end) ||
		    (out[i].text == NULL && out[i].text_len != 0))
			abort();
		/* Every byte handed back must be readable (ASan checks). */
		for (j = 0; j < out[i].text_len; j++)
			sum += (unsigned char)out[i].text[j];
		for (j = 0; out[i].cue != NULL && j < out[i].cue_len; j++)
			sum += (unsigned char)out[i].cue[j];
		for (j = 0; out[i].speaker != NULL && j < out[i].speaker_len;
		    j++)
			sum += (unsigned char)out[i].speaker[j];
		if (out[i].cue != NULL && (out[i].cue_len == 0 ||
		    !pos_le(out[i].cue_start, out[i].cue_end)))
			abort();
		if (out[i].speaker != NULL && out[i].speaker_len == 0)
			abort();
		if (i > 0 && !pos_le(out[i - 1].start, out[i].start))
			abort();
	}
done:
	(void)sum;
	arena_free(&a);
	free(sents);
	free(ents);
	return 0;
}
