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

/* The input's lines, each copied into a block of its own, so a read
 * past one is caught. */
struct lines {
	char	**v;
	size_t	 *len;
	size_t	  n;
};

static void
split_lines(const char *s, size_t size, struct lines *ls)
{
	char **grown;
	size_t *glens, off, len;
	const char *nl;

	memset(ls, 0, sizeof(*ls));
	for (off = 0; off <= size; off += len + 1) {
		nl = memchr(s + off, '\n', size - off);
		len = nl ? (size_t)(nl - (s + off)) : size - off;
		if ((grown = realloc(ls->v, (ls->n + 1) * sizeof(*ls->v))) == NULL)
			break;
		ls->v = grown;
		if ((glens = realloc(ls->len, (ls->n + 1) * sizeof(*ls->len))) == NULL)
			break;
		ls->len = glens;
		if ((ls->v[ls->n] = malloc(len ? len : 1)) == NULL)
			break;
		memcpy(ls->v[ls->n], s + off, len);
		ls->len[ls->n++] = len;
	}
}

static void
free_lines(struct lines *ls)
{
	size_t i;

	for (i = 0; i < ls->n; i++)
		free(ls->v[i]);
	free(ls->v);
	free(ls->len);
}

/* The same lines as one document, as lede-ents tags it (ner_doc_*). */
static void
check_document(struct ner_tagger *tg, const struct lines *ls)
{
	const struct ner_span *sp;
	size_t i, n;

	ner_doc_begin(tg);
	for (i = 0; i < ls->n; i++)
		ner_doc_add(tg, ls->v[i], ls->len[i]);
	ner_doc_end(tg);
	for (i = 0; i < ls->n; i++) {
		n = ner_doc_spans(tg, i, &sp);
		check_spans(sp, n, ls->len[i]);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ner_model *m;	/* loaded once: it is constant */
	struct ner_tagger *tg;
	struct toks t = TOKS_INIT;
	struct ner_err err;
	struct lines ls;
	size_t i;
	char *copy;

	if (m == NULL && ner_model_default(&m, &err) != 0)
		abort();
	tg = ner_tagger_new(m);
	split_lines((const char *)data, size, &ls);
	/* Sentence by sentence, each freed before the next is tagged, so
	 * the memory's keeping a pointer into an old text is caught. */
	for (i = 0; i < ls.n; i++) {
		if ((copy = malloc(ls.len[i] ? ls.len[i] : 1)) == NULL)
			break;
		memcpy(copy, ls.v[i], ls.len[i]);
		check_sentence(tg, &t, copy, ls.len[i]);
		free(copy);
	}
	check_document(tg, &ls);
	free_lines(&ls);
	toks_free(&t);
	ner_tagger_free(tg);
	return 0;
}
