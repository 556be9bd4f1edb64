#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "mem.h"
#include "utf8.h"

void
json_obj_init(struct json_obj *o)
{
	memset(o, 0, sizeof(*o));
}

void
json_obj_free(struct json_obj *o)
{
	free(o->m);
	json_obj_init(o);
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t
skip_ws(const char *s, size_t len, size_t i)
{
	while (i < len && is_ws(s[i]))
		i++;
	return i;
}

/* Read 4 hex digits at s; return the value or -1. */
static long
hex4(const char *s)
{
	long v = 0;
	int i, h;

	for (i = 0; i < 4; i++) {
		if ((h = uc_hex_value((unsigned char)s[i])) < 0)
			return -1;
		v = v << 4 | h;
	}
	return v;
}

static size_t
fail(struct json_err *err, size_t off, const char *msg)
{
	err->off = off;
	err->msg = msg;
	return 0;
}

/* 1 for the bytes a string can hold as they are: ASCII but controls, " and \. */
static const unsigned char str_plain[256] = {
	['\x20'] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* Scan a string starting at s[i] == '"'; return the offset past it or 0. */
static size_t
scan_string(const char *s, size_t len, size_t i, struct json_err *err)
{
	size_t n;
	uint32_t cp;
	long hi, lo;

	for (i++; i < len; ) {
		unsigned char c;

		/* The run of plain bytes first: most of a string. */
		while (i < len && str_plain[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		c = (unsigned char)s[i];
		if (c == '"')
			return i + 1;
		if (c < 0x20)
			return fail(err, i, c == 0 ? "NUL byte in string" :
			    "unescaped control character in string");
		if (c == '\\') {
			if (i + 1 >= len)
				break;
			switch (s[i + 1]) {
			case '"': case '\\': case '/': case 'b':
			case 'f': case 'n': case 'r': case 't':
				i += 2;
				continue;
			case 'u':
				if (i + 6 > len || (hi = hex4(s + i + 2)) < 0)
					return fail(err, i, "bad \\u escape");
				i += 6;
				if (hi >= 0xDC00 && hi <= 0xDFFF)
					return fail(err, i - 6, "lone surrogate in \\u escape");
				if (hi >= 0xD800 && hi <= 0xDBFF) {
					if (i + 6 > len || s[i] != '\\' || s[i + 1] != 'u' ||
					    (lo = hex4(s + i + 2)) < 0xDC00 || lo > 0xDFFF)
						return fail(err, i - 6,
						    "lone surrogate in \\u escape");
					i += 6;
				}
				continue;
			default:
				return fail(err, i, "bad escape in string");
			}
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			return fail(err, i, "invalid UTF-8 in string");
		i += n;
	}
	return fail(err, len, "unterminated string");
}

static size_t
scan_number(const char *s, size_t len, size_t i, struct json_err *err)
{
	size_t start = i;

	if (i < len && s[i] == '-')
		i++;
	if (i < len && s[i] == '0')
		i++;
	else if (i < len && s[i] >= '1' && s[i] <= '9') {
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	} else
		return fail(err, start, "bad number");
	if (i < len && s[i] == '.') {
		i++;
		if (i >= len || s[i] < '0' || s[i] > '9')
			return fail(err, start, "bad number");
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= len || s[i] < '0' || s[i] > '9')
			return fail(err, start, "bad number");
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	return i;
}

static size_t
scan_word(const char *s, size_t len, size_t i, const char *word,
    struct json_err *err)
{
	size_t n = strlen(word);

	if (len - i < n || memcmp(s + i, word, n) != 0)
		return fail(err, i, "invalid literal");
	return i + n;
}

/*
 * Scan a value at s[i] iteratively: containers push their closing bracket
 * on a small stack, which JSON_MAX_DEPTH bounds.
 */
static size_t
scan_value(const char *s, size_t len, size_t i, enum json_type *type,
    struct json_err *err)
{
	char stack[JSON_MAX_DEPTH];
	size_t depth = 0;
	int want_value = 1;	/* expecting a value (else ',' or a close) */

	for (;;) {
		if (!want_value && depth == 0)
			return i;
		i = skip_ws(s, len, i);
		if (i >= len)
			return fail(err, len, "unexpected end of line");
		if (want_value) {
			char c = s[i];

			if (depth == 0 && type != NULL)
				*type = c == '{' ? JSON_OBJECT : c == '[' ? JSON_ARRAY :
				    c == '"' ? JSON_STRING : c == 't' ? JSON_TRUE :
				    c == 'f' ? JSON_FALSE : c == 'n' ? JSON_NULL :
				    JSON_NUMBER;
			if (c == '{' || c == '[') {
				if (depth == JSON_MAX_DEPTH)
					return fail(err, i, "nesting too deep");
				stack[depth++] = c == '{' ? '}' : ']';
				i = skip_ws(s, len, i + 1);
				if (i < len && s[i] == stack[depth - 1]) {
					depth--;
					i++;
					want_value = 0;
				} else if (c == '{') {
					if (i >= len || s[i] != '"')
						return fail(err, i, "expected a key");
					if ((i = scan_string(s, len, i, err)) == 0)
						return 0;
					i = skip_ws(s, len, i);
					if (i >= len || s[i] != ':')
						return fail(err, i, "expected ':'");
					i++;
					continue;
				} else
					continue;
			} else {
				if (c == '"')
					i = scan_string(s, len, i, err);
				else if (c == 't')
					i = scan_word(s, len, i, "true", err);
				else if (c == 'f')
					i = scan_word(s, len, i, "false", err);
				else if (c == 'n')
					i = scan_word(s, len, i, "null", err);
				else if (c == '-' || (c >= '0' && c <= '9'))
					i = scan_number(s, len, i, err);
				else
					return fail(err, i, "expected a value");
				if (i == 0)
					return 0;
				want_value = 0;
			}
		} else {
			if (s[i] == stack[depth - 1]) {
				depth--;
				i++;
				continue;
			}
			if (s[i] != ',')
				return fail(err, i, stack[depth - 1] == '}' ?
				    "expected ',' or '}'" : "expected ',' or ']'");
			i = skip_ws(s, len, i + 1);
			want_value = 1;
			if (stack[depth - 1] == '}') {
				if (i >= len || s[i] != '"')
					return fail(err, i, "expected a key");
				if ((i = scan_string(s, len, i, err)) == 0)
					return 0;
				i = skip_ws(s, len, i);
				if (i >= len || s[i] != ':')
					return fail(err, i, "expected ':'");
				i++;
			}
		}
	}
}

size_t
json_scan_value(const char *s, size_t len, enum json_type *type,
    struct json_err *err)
{
	if (len == 0)
		return fail(err, 0, "expected a value");
	return scan_value(s, len, 0, type, err);
}

static void
add_member(struct json_obj *o, size_t key_off, size_t key_len, size_t val_off,
    size_t val_len, enum json_type type)
{
	struct json_member *m;

	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 16;
		o->m = xrealloc(o->m, o->cap, sizeof(*o->m));
	}
	m = &o->m[o->n++];
	m->key_off = key_off;
	m->key_len = key_len;
	m->val_off = val_off;
	m->val_len = val_len;
	m->type = type;
}

/* json_scan_object(); with whole 0, text may follow the object. */
static int
scan_object(const char *s, size_t len, struct json_obj *o,
    struct json_err *err, int whole)
{
	size_t i, key_off, key_end, val_off;
	enum json_type type;

	o->n = 0;
	i = skip_ws(s, len, 0);
	if (i >= len) {
		fail(err, i, "empty line, expected an object");
		return -1;
	}
	if (s[i] != '{') {
		fail(err, i, "not a JSON object");
		return -1;
	}
	o->open = i;
	i = skip_ws(s, len, i + 1);
	if (i < len && s[i] == '}')
		goto closed;
	for (;;) {
		if (i >= len || s[i] != '"') {
			fail(err, i, "expected a key");
			return -1;
		}
		key_off = i;
		if ((key_end = scan_string(s, len, i, err)) == 0)
			return -1;
		i = skip_ws(s, len, key_end);
		if (i >= len || s[i] != ':') {
			fail(err, i, "expected ':'");
			return -1;
		}
		val_off = skip_ws(s, len, i + 1);
		/* A string or a number, most members, without the set-up of
		 * scan_value() (which would do just this for them). */
		if (val_off < len && s[val_off] == '"') {
			type = JSON_STRING;
			i = scan_string(s, len, val_off, err);
		} else if (val_off < len && (s[val_off] == '-' ||
		    (s[val_off] >= '0' && s[val_off] <= '9'))) {
			type = JSON_NUMBER;
			i = scan_number(s, len, val_off, err);
		} else
			i = scan_value(s, len, val_off, &type, err);
		if (i == 0)
			return -1;
		add_member(o, key_off, key_end - key_off, val_off, i - val_off, type);
		i = skip_ws(s, len, i);
		if (i < len && s[i] == ',') {
			i = skip_ws(s, len, i + 1);
			continue;
		}
		if (i < len && s[i] == '}')
			break;
		fail(err, i, i < len ? "expected ',' or '}'" : "unexpected end of line");
		return -1;
	}
closed:
	o->close = i;
	if (whole && skip_ws(s, len, i + 1) != len) {
		fail(err, skip_ws(s, len, i + 1), "text after the object");
		return -1;
	}
	return 0;
}

int
json_scan_object(const char *s, size_t len, struct json_obj *o,
    struct json_err *err)
{
	return scan_object(s, len, o, err, 1);
}

size_t
json_scan_object_at(const char *s, size_t len, struct json_obj *o,
    struct json_err *err)
{
	return scan_object(s, len, o, err, 0) == 0 ? o->close + 1 : 0;
}

/* key_is() of a key with an escape: decode it and compare. */
static int
escaped_key_is(const char *line, const struct json_member *m, const char *key,
    size_t klen)
{
	struct buf dec;
	int same;

	buf_init(&dec);
	json_decode_string(line + m->key_off, m->key_len, &dec);
	same = dec.len == klen && memcmp(dec.data, key, klen) == 0;
	buf_free(&dec);
	return same;
}

/*
 * Nonzero when member m's key is key, klen bytes.  An escape is longer
 * than what it stands for, so a raw key of klen bytes matches only
 * byte for byte and without a backslash, and one shorter never matches.
 * The common cases stay here, in a leaf that json_find() can inline.
 */
static inline int
key_is(const char *line, const struct json_member *m, const char *key,
    size_t klen)
{
	const char *k = line + m->key_off + 1;
	size_t rawlen = m->key_len - 2, i;

	if (rawlen < klen)
		return 0;
	/* A key that does not start with an escape starts with its first
	 * raw byte: most keys differ there, cheaper than memcmp and memchr. */
	if (klen > 0 && k[0] != '\\' && k[0] != key[0])
		return 0;
	if (rawlen == klen) {
		/* Byte for byte, and no escape: inline, keys are short. */
		for (i = 0; i < klen; i++)
			if (k[i] != key[i] || k[i] == '\\')
				return 0;
		return 1;
	}
	if (memchr(k, '\\', rawlen) == NULL)
		return 0;
	return escaped_key_is(line, m, key, klen);
}

int
json_key_is(const char *line, const struct json_member *m, const char *key)
{
	return key_is(line, m, key, strlen(key));
}

const struct json_member *
json_find(const char *line, const struct json_obj *o, const char *key)
{
	size_t i, klen = strlen(key);

	for (i = o->n; i > 0; i--)
		if (key_is(line, &o->m[i - 1], key, klen))
			return &o->m[i - 1];
	return NULL;
}

void
json_decode_string(const char *raw, size_t len, struct buf *out)
{
	const char *s = raw + 1, *end = raw + len - 1, *run;
	char enc[4];
	long hi, lo;

	buf_grow(out, len);
	while (s < end) {
		for (run = s; s < end && *s != '\\'; s++)
			continue;
		buf_add(out, run, (size_t)(s - run));
		if (s >= end)
			break;
		switch (s[1]) {
		case 'b': buf_addc(out, '\b'); break;
		case 'f': buf_addc(out, '\f'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		case 't': buf_addc(out, '\t'); break;
		case 'u':
			hi = hex4(s + 2);
			if (hi >= 0xD800 && hi <= 0xDBFF) {
				lo = hex4(s + 8);
				hi = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
				s += 6;
			}
			buf_add(out, enc, utf8_encode((uint32_t)hi, enc));
			s += 6;
			continue;
		default: buf_addc(out, s[1]); break;
		}
		s += 2;
	}
}

int
json_get_size(const char *raw, size_t len, size_t *out)
{
	size_t v = 0, i;

	if (len == 0 || (raw[0] == '0' && len > 1))
		return -1;
	for (i = 0; i < len; i++) {
		size_t digit = (size_t)(raw[i] - '0');

		if (raw[i] < '0' || raw[i] > '9')
			return -1;
		if (v > (SIZE_MAX - digit) / 10)
			return -1;
		v = v * 10 + digit;
	}
	*out = v;
	return 0;
}

/* Bytes that need no escape in a JSON string: printable ASCII but " and \. */
static int
plain(unsigned char c)
{
	return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

void
json_put_string(struct buf *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run, n;
	uint32_t cp;

	buf_grow(out, len + 2);
	buf_addc(out, '"');
	while (i < len) {
		unsigned char c;

		for (run = i; i < len && plain((unsigned char)s[i]); i++)
			continue;
		buf_add(out, s + run, i - run);
		if (i >= len)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x80) {
			if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
				buf_add(out, "\xEF\xBF\xBD", 3);
				i++;
			} else {
				buf_add(out, s + i, n);
				i += n;
			}
			continue;
		}
		switch (c) {
		case '"': buf_add(out, "\\\"", 2); break;
		case '\\': buf_add(out, "\\\\", 2); break;
		case '\b': buf_add(out, "\\b", 2); break;
		case '\f': buf_add(out, "\\f", 2); break;
		case '\n': buf_add(out, "\\n", 2); break;
		case '\r': buf_add(out, "\\r", 2); break;
		case '\t': buf_add(out, "\\t", 2); break;
		default:
			buf_add(out, "\\u00", 4);
			buf_addc(out, hex[c >> 4]);
			buf_addc(out, hex[c & 15]);
		}
		i++;
	}
	buf_addc(out, '"');
}

const char *
json_member_string(const char *line, const struct json_obj *o, const char *key,
    struct arena *a, size_t *len)
{
	const struct json_member *m = json_find(line, o, key);
	struct buf dec;
	char *s;

	if (m == NULL || m->type != JSON_STRING)
		return NULL;
	buf_init(&dec);
	json_decode_string(line + m->val_off, m->val_len, &dec);
	s = arena_strndup(a, dec.data, dec.len);
	if (len != NULL)
		*len = dec.len;
	buf_free(&dec);
	return s;
}

int
json_member_size(const char *line, const struct json_obj *o, const char *key,
    size_t *out)
{
	const struct json_member *m = json_find(line, o, key);

	if (m == NULL || m->type != JSON_NUMBER)
		return -1;
	return json_get_size(line + m->val_off, m->val_len, out);
}

void
json_put_size(struct buf *out, size_t v)
{
	char tmp[24];
	size_t n = sizeof(tmp);

	do {
		tmp[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	buf_add(out, tmp + n, sizeof(tmp) - n);
}

void
json_iter_init(struct json_iter *it, const char *p, size_t len)
{
	it->p = p + 1;
	it->end = p + len - 1;
}

size_t
json_iter_next(struct json_iter *it, const char **elem, enum json_type *type,
    struct json_obj *obj)
{
	struct json_err err;
	size_t n;

	while (it->p < it->end && (*it->p == ' ' || *it->p == '\t' ||
	    *it->p == '\n' || *it->p == '\r' || *it->p == ','))
		it->p++;
	if (it->p >= it->end)
		return 0;
	if (obj != NULL && *it->p == '{') {
		n = json_scan_object_at(it->p, (size_t)(it->end - it->p), obj,
		    &err);
		*type = JSON_OBJECT;
	} else
		n = json_scan_value(it->p, (size_t)(it->end - it->p), type, &err);
	if (n == 0) {
		it->p = it->end;
		return 0;
	}
	*elem = it->p;
	it->p += n;
	return n;
}
