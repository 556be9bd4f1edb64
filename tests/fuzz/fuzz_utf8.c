/*
 * Fuzz target: the UTF-8 decoder.  Forward decoding stays inside the
 * input, an invalid byte gives 0 and U+FFFD, utf8_check finds the first
 * invalid byte the decoder finds, every decoded character encodes back to
 * the very bytes it came from (so overlong forms and surrogates are
 * refused), and on valid text backward decoding gives the same characters.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t i, n, first_bad = size, ncp = 0;
	uint32_t cp, *cps;
	char enc[4];

	cps = malloc((size + 1) * sizeof *cps);
	if (cps == NULL)
		return 0;
	for (i = 0; i < size; i += n ? n : 1) {
		n = utf8_decode(s + i, size - i, &cp);
		if (n > 4 || n > size - i)
			abort();
		if (n == 0) {
			if (cp != UTF8_REPLACEMENT)
				abort();
			if (first_bad == size)
				first_bad = i;
			continue;
		}
		if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			abort();
		if (utf8_encode(cp, enc) != n || memcmp(enc, s + i, n) != 0)
			abort();
		cps[ncp++] = cp;
		/* The classes and case maps take any code point. */
		(void)uc_is_letter(cp);
		(void)uc_is_quote(cp);
		(void)uc_is_space(cp);
		(void)uc_is_dash(cp);
		if (uc_tolower(cp) > 0x10FFFF || uc_toupper(cp) > 0x10FFFF)
			abort();
	}
	if (utf8_check(s, size) != first_bad)
		abort();
	for (i = size; i > 0; i -= n ? n : 1) {
		n = utf8_decode_prev(s, i, &cp);
		if (n > 4 || n > i)
			abort();
		if (first_bad == size && (n == 0 || ncp == 0 || cps[--ncp] != cp))
			abort();
	}
	free(cps);
	return 0;
}
