/*
 * Fuzz target: the entity tagger's tokenizer and decoder with the
 * embedded model.  Tokens must be in order, non-empty, not overlapping and
 * inside the text; entity spans likewise, with a known type.  The input is
 * a document: one sentence per line, so the document memory is exercised,
 * sentence by sentence and then whole (ner_doc_*, as lede-ents tags it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"
#include "tok.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The spans of a sentence: in order, not overlapping, inside its text. */
static void
check_spans(const struct ner_span *sp, size_t n, size_t len)
{
	size_t i, last = 0;

	for (i = 0; i < n; i++) {
		if (sp[i].start >= sp[i].end || sp[i].end > len ||
		    sp[i].start < last || sp[i].type < 0 ||
		    sp[i].type >= NER_NTYPES)
			abort();
		last = sp[i].end;
	}
}

static void
check_sentence(struct ner_tagger *tg, struct toks *t, const char *s,
    size_t len)
{
	const struct ner_span *sp;
	size_t i, n, last = 0;

	n = tok_split(s, len, t);
	if (n != t->n)
		abort();
	for (i = 0; i < n; i++) {
		if (t->v[i].start >= t->v[i].end || t->v[i].end > len ||
		    t->v[i].start < last)
			abort();
		last = t->v[i].end;
	}
	n = ner_tag_text(tg, s, len, &sp);
	check_spans(sp, n, len);
}

/* The same lines as one document: each in its own block, all alive until
 * the document's spans are read. */
static void
check_document(struct ner_tagger *tg, const char *s, size_t size)
{
	const struct ner_span *sp;
	char **lines = NULL, **grown;
	size_t *lens = NULL, *glens, n = 0, off, len, i;
	const char *nl;

	for (off = 0; off <= size; off += len + 1) {
		nl = memchr(s + off, '\n', size - off);
		len = nl ? (size_t)(nl - (s + off)) : size - off;
		if ((grown = realloc(lines, (n + 1) * sizeof(*lines))) == NULL)
			break;
		lines = grown;
		if ((glens = realloc(lens, (n + 1) * sizeof(*lens))) == NULL)
			break;
		lens = glens;
		if ((lines[n] = malloc(len ? len : 1)) == NULL)
			break;
		memcpy(lines[n], s + off, len);
		lens[n++] = len;
	}
	ner_doc_begin(tg);
	for (i = 0; i < n; i++)
		ner_doc_add(tg, lines[i], lens[i]);
	ner_doc_end(tg);
	for (i = 0; i < n; i++) {
		size_t nsp = ner_doc_spans(tg, i, &sp);

		check_spans(sp, nsp, lens[i]);
	}
	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(lens);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ner_model *m;	/* loaded once: it is constant */
	struct ner_tagger *tg;
	struct toks t = TOKS_INIT;
	struct ner_err err;
	const char *s = (const char *)data, *nl;
	size_t off, len;
	char *copy;

	if (m == NULL && ner_model_default(&m, &err) != 0)
		abort();
	tg = ner_tagger_new(m);
	for (off = 0; off <= size; off += len + 1) {
		nl = memchr(s + off, '\n', size - off);
		len = nl ? (size_t)(nl - (s + off)) : size - off;
		/* Each sentence in its own block, so a read past it is caught. */
		if ((copy = malloc(len ? len : 1)) == NULL)
			break;
		memcpy(copy, s + off, len);
		check_sentence(tg, &t, copy, len);
		free(copy);
	}
	check_document(tg, s, size);
	toks_free(&t);
	ner_tagger_free(tg);
	return 0;
}
