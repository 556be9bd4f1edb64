/*
 * Fuzz target: the entity tagger's tokenizer and decoder with the
 * embedded model.  Tokens must be in order, non-empty, not overlapping and
 * inside the text; entity spans likewise, with a known type.  The input is
 * a document: one sentence per line, so the document memory is exercised.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"
#include "tok.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	for (last = 0, i = 0; i < n; i++) {
		if (sp[i].start >= sp[i].end || sp[i].end > len ||
		    sp[i].start < last || sp[i].type < 0 ||
		    sp[i].type >= NER_NTYPES)
			abort();
		last = sp[i].end;
	}
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
	toks_free(&t);
	ner_tagger_free(tg);
	return 0;
}
