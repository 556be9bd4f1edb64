/*
 * Fuzz target: the sentence splitter on arbitrary bytes.  Sentences must
 * come in order, not overlap, stay inside the text, never be empty, and
 * start and end on non-space bytes.
 */
#include <stdint.h>
#include <stdlib.h>

#include "split.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What the check callback remembers between sentences. */
struct seen {
	size_t	 len;		/* bytes of text */
	size_t	 last_end;	/* end of the previous sentence */
	size_t	 last_para;	/* its paragraph */
	const uint8_t *text;	/* the text */
};

static void
check(void *arg, const struct split_sent *s)
{
	struct seen *sn = arg;

	if (s->start >= s->end || s->end > sn->len || s->start < sn->last_end ||
	    s->para < sn->last_para)
		abort();
	if (sn->text[s->start] == ' ' || sn->text[s->end - 1] == ' ' ||
	    sn->text[s->end - 1] == '\n')
		abort();
	sn->last_end = s->end;
	sn->last_para = s->para;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct splitter *sp;	/* built once: lexicons are constant */
	struct seen sn = { size, 0, 0, data };

	if (sp == NULL)
		sp = splitter_new();
	split_text(sp, (const char *)data, size, check, &sn);
	return 0;
}
