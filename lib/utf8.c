#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c, min;
	size_t n, i;

	*cp = UTF8_REPLACEMENT;
	if (len == 0)
		return 0;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2)			/* continuation byte or overlong lead */
		return 0;
	if (c < 0xE0) {
		n = 2;
		c &= 0x1F;
		min = 0x80;
	} else if (c < 0xF0) {
		n = 3;
		c &= 0x0F;
		min = 0x800;
	} else if (c < 0xF5) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

size_t
utf8_decode_prev(const char *str, size_t at, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t back, n;

	*cp = UTF8_REPLACEMENT;
	if (at == 0)
		return 0;
	for (back = 1; back <= 4 && back <= at; back++) {
		if ((s[at - back] & 0xC0) != 0x80)
			break;
	}
	if (back > 4 || back > at)
		return 0;
	n = utf8_decode(str + at - back, back, cp);
	if (n != back) {
		*cp = UTF8_REPLACEMENT;
		return 0;
	}
	return n;
}

size_t
utf8_check(const char *s, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			return i;
		i += n;
	}
	return len;
}

size_t
utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * Letter ranges of the scripts news names come in.  This is not the whole
 * of Unicode's L category, only the blocks that hold letters and nothing
 * else worth telling apart for sentence and token boundaries.
 */
static const uint32_t letter_ranges[][2] = {
	{ 0x00AA, 0x00AA }, { 0x00B5, 0x00B5 }, { 0x00BA, 0x00BA },
	{ 0x00C0, 0x00D6 }, { 0x00D8, 0x00F6 }, { 0x00F8, 0x02AF },
	{ 0x0370, 0x0373 }, { 0x0376, 0x0377 }, { 0x037B, 0x037D },
	{ 0x0386, 0x0386 }, { 0x0388, 0x03FF }, { 0x0400, 0x0481 },
	{ 0x048A, 0x052F }, { 0x0531, 0x0556 }, { 0x0561, 0x0587 },
	{ 0x05D0, 0x05EA }, { 0x0620, 0x064A }, { 0x0671, 0x06D3 },
	{ 0x0900, 0x0DFF }, { 0x0E01, 0x0E30 }, { 0x10A0, 0x10FF },
	{ 0x1100, 0x11FF }, { 0x1E00, 0x1FFF }, { 0x3040, 0x30FF },
	{ 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xAC00, 0xD7A3 },
	{ 0xFB00, 0xFB06 },
};

int
uc_is_letter(uint32_t cp)
{
	size_t lo = 0, hi = sizeof(letter_ranges) / sizeof(letter_ranges[0]);

	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < letter_ranges[mid][0])
			hi = mid;
		else if (cp > letter_ranges[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/*
 * Case mapping for the alphabets with simple paired case: Latin-1,
 * Latin Extended-A/B (pairs at even/odd code points), Greek, Cyrillic,
 * Armenian and Latin Extended Additional.
 */
uint32_t
uc_tolower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 &&
	    cp != 0x138 && cp != 0x149 && cp != 0x17F) {
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return cp % 2 == 1 ? cp + 1 : cp;
		if (cp == 0x178)
			return 0xFF;
		return cp % 2 == 0 ? cp + 1 : cp;
	}
	if (cp == 0x130)
		return 'i';
	if (cp >= 0x218 && cp <= 0x21F)
		return cp % 2 == 0 ? cp + 1 : cp;
	if (cp == 0x18F)
		return 0x259;
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x460 && cp <= 0x4FF && cp != 0x4C0)
		return cp % 2 == 0 ? cp + 1 : cp;
	if (cp >= 0x531 && cp <= 0x556)
		return cp + 48;
	if (cp >= 0x1E00 && cp <= 0x1EFF)
		return cp % 2 == 0 ? cp + 1 : cp;
	return cp;
}

uint32_t
uc_toupper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
	if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
		return cp - 32;
	if (cp == 0xFF)
		return 0x178;
	if (cp >= 0x100 && cp <= 0x17F && cp != 0x131 && cp != 0x138 &&
	    cp != 0x149 && cp != 0x17F && cp != 0x130) {
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return cp % 2 == 0 ? cp - 1 : cp;
		if (cp == 0x178)
			return cp;
		return cp % 2 == 1 ? cp - 1 : cp;
	}
	if (cp == 0x131)
		return 'I';
	if (cp >= 0x218 && cp <= 0x21F)
		return cp % 2 == 1 ? cp - 1 : cp;
	if (cp == 0x259)
		return 0x18F;
	if (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2)
		return cp - 32;
	if (cp >= 0x450 && cp <= 0x45F)
		return cp - 80;
	if (cp >= 0x430 && cp <= 0x44F)
		return cp - 32;
	if (cp >= 0x460 && cp <= 0x4FF && cp != 0x4C0)
		return cp % 2 == 1 ? cp - 1 : cp;
	if (cp >= 0x561 && cp <= 0x586)
		return cp - 48;
	if (cp >= 0x1E00 && cp <= 0x1EFF)
		return cp % 2 == 1 ? cp - 1 : cp;
	return cp;
}

int
uc_is_upper(uint32_t cp)
{
	if (!uc_is_letter(cp))
		return 0;
	return uc_tolower(cp) != cp;
}

int
uc_is_lower(uint32_t cp)
{
	if (!uc_is_letter(cp))
		return 0;
	if (cp == 0xDF || cp == 0x131 || cp == 0x138)
		return 1;
	return uc_toupper(cp) != cp;
}

int
uc_is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

int
uc_is_alnum(uint32_t cp)
{
	return uc_is_digit(cp) || uc_is_letter(cp);
}

int
uc_is_newline(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C ||
	    cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

int
uc_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || uc_is_newline(cp) || cp == 0xA0 ||
	    cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
	    cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

int
uc_is_dash(uint32_t cp)
{
	return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 ||
	    cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D;
}

int
uc_is_open_quote(uint32_t cp)
{
	return cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E ||
	    cp == 0x201A || cp == 0x2039 || cp == 0x201F || cp == 0x201B;
}

int
uc_is_close_quote(uint32_t cp)
{
	return cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A;
}

int
uc_is_quote(uint32_t cp)
{
	return cp == '"' || cp == '\'' || uc_is_open_quote(cp) ||
	    uc_is_close_quote(cp);
}

int
uc_is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}
