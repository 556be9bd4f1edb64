/*
 * UTF-8 decoding and validation, and the character classes news text
 * needs: letters beyond ASCII, curly and angle quotation marks, dashes,
 * the ellipsis, and the many Unicode spaces.
 *
 * Decoding is strict (RFC 3629): no overlong forms, no surrogates, nothing
 * past U+10FFFF.  Arguments are borrowed; nothing here allocates.
 */
#ifndef LEDE_UTF8_H
#define LEDE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT	0xFFFDu

/*
 * Decode the character at s (len bytes available) into *cp and return its
 * length in bytes (1-4).  On an invalid or truncated sequence return 0 and
 * set *cp to UTF8_REPLACEMENT; the caller then skips one byte.
 */
size_t	utf8_decode(const char *s, size_t len, uint32_t *cp);

/*
 * Decode the character that ends just before s + at, going backwards, into
 * *cp; return its length, or 0 for an invalid byte (caller skips one byte).
 */
size_t	utf8_decode_prev(const char *s, size_t at, uint32_t *cp);

/* Return the offset of the first invalid byte in s, or len if all valid. */
size_t	utf8_check(const char *s, size_t len);

/* Encode cp (at most U+10FFFF, no surrogate) into out; return 1-4. */
size_t	utf8_encode(uint32_t cp, char out[4]);

/* The value of an ASCII hex digit, or -1: for \u escapes and model keys. */
static inline int
uc_hex_value(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 'a' && cp <= 'f')
		return (int)(cp - 'a' + 10);
	if (cp >= 'A' && cp <= 'F')
		return (int)(cp - 'A' + 10);
	return -1;
}

/* Character classes.  Each takes a code point. */
int	uc_is_letter(uint32_t cp);	/* Latin, Greek, Cyrillic, Armenian, ... */
int	uc_is_upper(uint32_t cp);	/* an upper-case or title-case letter */
int	uc_is_lower(uint32_t cp);	/* a lower-case letter */
int	uc_is_digit(uint32_t cp);	/* ASCII 0-9 only */
int	uc_is_alnum(uint32_t cp);
int	uc_is_space(uint32_t cp);	/* ASCII space, NBSP, U+2000-200A, ... */
int	uc_is_newline(uint32_t cp);	/* LF, CR, VT, FF, NEL, LS, PS */
int	uc_is_dash(uint32_t cp);	/* hyphen-minus excluded: ‐ ‑ ‒ – — ― − */
int	uc_is_open_quote(uint32_t cp);	/* “ ‘ « „ ‚ ‹ (never closing) */
int	uc_is_close_quote(uint32_t cp);	/* ” ’ » › (never opening) */
int	uc_is_quote(uint32_t cp);	/* any of the above, plus " and ' */
int	uc_is_apostrophe(uint32_t cp);	/* ' and ’ */
/* Map a letter to lower case (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic). */
uint32_t uc_tolower(uint32_t cp);
uint32_t uc_toupper(uint32_t cp);

#endif
