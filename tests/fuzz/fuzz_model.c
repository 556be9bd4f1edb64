/*
 * Fuzz target: the model loader.  Any bytes must either load or fail
 * with a message; a model that loads must tag a sentence and free
 * cleanly.  Seeds are small valid models and cut or damaged ones.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char sentence[] = "Nikol Pashinian met Sergei Lavrov "
	    "in Moscow on Monday, the ministry said.";
	struct ner_model *m = NULL;
	struct ner_tagger *tg;
	const struct ner_span *sp;
	struct ner_err err = { 0, NULL };
	char *copy;

	/* A copy of exactly the input, so a read past it is caught. */
	if ((copy = malloc(size ? size : 1)) == NULL)
		return 0;
	memcpy(copy, data, size);
	if (ner_model_load(copy, size, &m, &err) != 0) {
		if (err.msg == NULL || err.msg[0] == '\0')
			abort();
		free(copy);
		return 0;
	}
	tg = ner_tagger_new(m);
	(void)ner_tag_text(tg, sentence, sizeof sentence - 1, &sp);
	ner_tagger_free(tg);
	ner_model_free(m);
	free(copy);
	return 0;
}
