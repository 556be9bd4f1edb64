/*
 * Fuzz target: the date normaliser.  The first line of the input is given
 * to the DCT parser; the rest is one sentence, normalised against that
 * anchor and again against a fixed one (2020-10-21).  Spans must come in
 * order, not overlap, stay inside the text, have a type and a
 * NUL-terminated value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "timex.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_spans(const struct timex_span *sp, size_t n, size_t len)
{
	size_t i, last = 0;

	for (i = 0; i < n; i++) {
		if (sp[i].start >= sp[i].end || sp[i].end > len ||
		    sp[i].start < last || sp[i].type == NULL)
			abort();
		if (memchr(sp[i].value, '\0', sizeof sp[i].value) == NULL ||
		    memchr(sp[i].mod, '\0', sizeof sp[i].mod) == NULL)
			abort();
		last = sp[i].end;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct timex *tx;	/* built once: lexicons are constant */
	struct arena a = ARENA_INIT;
	struct timex_ctx ctx;
	struct timex_span *sp;
	const char *s = (const char *)data, *nl;
	size_t dlen, n, count;
	char *text;

	if (tx == NULL)
		tx = timex_new();
	nl = memchr(s, '\n', size);
	dlen = nl ? (size_t)(nl - s) : 0;
	/* A copy of exactly the sentence, so a read past it is caught. */
	n = nl ? size - dlen - 1 : size;
	text = malloc(n ? n : 1);
	if (text == NULL)
		return 0;
	memcpy(text, nl ? nl + 1 : s, n);

	/* The anchor from the input's first line, then a fixed one. */
	timex_ctx_init(&ctx, s, dlen);
	count = timex_find(tx, &ctx, text, n, &a, &sp);
	check_spans(sp, count, n);
	arena_reset(&a);
	if (timex_ctx_init(&ctx, "2020-10-21", 10) != 0)
		abort();
	count = timex_find(tx, &ctx, text, n, &a, &sp);
	check_spans(sp, count, n);
	arena_free(&a);
	free(text);
	return 0;
}
