/* Check suite for lib/json.c: the strict scanner, lookup and escaping. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"

/* Lines the scanner must accept, with their member count. */
static const struct {
	const char	*line;
	size_t		 n;
} good[] = {
	{ "{}", 0 },
	{ "  { }  ", 0 },
	{ "{\"a\":1}", 1 },
	{ "{\"a\":1.50,\"big\":100000000000000000001,\"e\":1e400}", 3 },
	{ "{\"a\":-0.5e-3,\"b\":true,\"c\":false,\"d\":null}", 4 },
	{ "{\"a\":\"\\u00e9\\ud83d\\ude00\\n\\\"\",\"b\":\"\xc3\xa9\"}", 2 },
	{ "{\"a\":1,\"a\":2}", 2 },
	{ "{\"x\":[1,[2,{\"y\":[]}],{}],\"z\":{\"k\":\"v\"}}", 2 },
	{ "{ \"a\" : [ 1 , 2 ] , \"b\" : { } }\r", 2 },
	{ "{\"\":0}", 1 },
	{ "{\"nul\":\"\\u0000\"}", 1 },
};

/* Lines it must refuse, with the byte offset it must blame. */
static const struct {
	const char	*line;
	size_t		 off;
	const char	*msg;
} bad[] = {
	{ "", 0, "empty line, expected an object" },
	{ "[1,2]", 0, "not a JSON object" },
	{ "\"s\"", 0, "not a JSON object" },
	{ "{", 1, "expected a key" },
	{ "{\"a\"}", 4, "expected ':'" },
	{ "{\"a\":}", 5, "expected a value" },
	{ "{\"a\":1,}", 7, "expected a key" },
	{ "{\"a\":01}", 6, "expected ',' or '}'" },
	{ "{\"a\":1.}", 5, "bad number" },
	{ "{\"a\":+1}", 5, "expected a value" },
	{ "{\"a\":tru}", 5, "invalid literal" },
	{ "{\"a\":\"\xff\"}", 6, "invalid UTF-8 in string" },
	{ "{\"a\":\"\xc0\xaf\"}", 6, "invalid UTF-8 in string" },
	{ "{\"a\":\"\xed\xa0\x80\"}", 6, "invalid UTF-8 in string" },
	{ "{\"a\":\"\\ud800\"}", 6, "lone surrogate in \\u escape" },
	{ "{\"a\":\"\\udc00x\"}", 6, "lone surrogate in \\u escape" },
	{ "{\"a\":\"\\x\"}", 6, "bad escape in string" },
	{ "{\"a\":\"\\u12g4\"}", 6, "bad \\u escape" },
	{ "{\"a\":\"tab\there\"}", 9, "unescaped control character in string" },
	{ "{\"a\":\"", 6, "unterminated string" },
	{ "{\"a\":1}x", 7, "text after the object" },
	{ "{\"a\":1}{}", 7, "text after the object" },
	{ "{\"a\":[1 2]}", 8, "expected ',' or ']'" },
};

START_TEST(test_good)
{
	struct json_obj o;
	struct json_err err;

	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(good[_i].line, strlen(good[_i].line),
	    &o, &err), 0);
	ck_assert_uint_eq(o.n, good[_i].n);
	json_obj_free(&o);
}
END_TEST

START_TEST(test_bad)
{
	struct json_obj o;
	struct json_err err;

	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(bad[_i].line, strlen(bad[_i].line),
	    &o, &err), -1);
	ck_assert_str_eq(err.msg, bad[_i].msg);
	ck_assert_uint_eq(err.off, bad[_i].off);
	json_obj_free(&o);
}
END_TEST

START_TEST(test_nul_byte)
{
	static const char line[] = "{\"a\":\"x\0y\"}";
	struct json_obj o;
	struct json_err err;

	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(line, sizeof(line) - 1, &o, &err), -1);
	ck_assert_str_eq(err.msg, "NUL byte in string");
	ck_assert_uint_eq(err.off, 7);
	json_obj_free(&o);
}
END_TEST

START_TEST(test_depth)
{
	struct json_obj o;
	struct json_err err;
	char *line = malloc(2 * 200 + 16);
	size_t depth, len;

	/* JSON_MAX_DEPTH containers inside the member value are fine, one more is not. */
	for (depth = JSON_MAX_DEPTH; depth <= JSON_MAX_DEPTH + 1; depth++) {
		len = 0;
		memcpy(line, "{\"a\":", 5);
		len = 5;
		memset(line + len, '[', depth);
		len += depth;
		memset(line + len, ']', depth);
		len += depth;
		line[len++] = '}';
		json_obj_init(&o);
		ck_assert_int_eq(json_scan_object(line, len, &o, &err),
		    depth <= JSON_MAX_DEPTH ? 0 : -1);
		json_obj_free(&o);
	}
	free(line);
}
END_TEST

START_TEST(test_scan_object_at)
{
	/* An object with text after it, as inside an array; keys by length. */
	static const char text[] = "{\"ab\":1,\"a\\u0062\":[{}],\"b\":\"x\"} ,{\"c\":2}]";
	struct json_obj o;
	struct json_err err;
	const struct json_member *m;

	json_obj_init(&o);
	ck_assert_uint_eq(json_scan_object_at(text, strlen(text), &o, &err),
	    (size_t)(strstr(text, "} ,") - text) + 1);
	ck_assert_uint_eq(o.n, 3);
	m = json_find(text, &o, "ab");
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(text[m->val_off], '[');	/* the escaped key, last */
	ck_assert_ptr_null(json_find(text, &o, "a"));
	ck_assert_ptr_nonnull(json_find(text, &o, "b"));
	ck_assert_int_eq(json_scan_object(text, strlen(text), &o, &err), -1);
	ck_assert_uint_eq(json_scan_object_at("{\"a\":", 5, &o, &err), 0);
	json_obj_free(&o);
}
END_TEST

START_TEST(test_find_last_duplicate)
{
	static const char line[] = "{\"a\":1,\"b\":2,\"\\u0061\":3}";
	struct json_obj o;
	struct json_err err;
	const struct json_member *m;

	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(line, strlen(line), &o, &err), 0);
	m = json_find(line, &o, "a");
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(line[m->val_off], '3');
	ck_assert_ptr_null(json_find(line, &o, "c"));
	json_obj_free(&o);
}
END_TEST

START_TEST(test_member_slices)
{
	static const char line[] = "{ \"n\" : 1.50 , \"s\":\"x\\u0041\" }";
	struct json_obj o;
	struct json_err err;

	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(line, strlen(line), &o, &err), 0);
	ck_assert_uint_eq(o.n, 2);
	ck_assert_int_eq(o.m[0].type, JSON_NUMBER);
	ck_assert_uint_eq(o.m[0].val_len, 4);
	ck_assert_int_eq(memcmp(line + o.m[0].val_off, "1.50", 4), 0);
	ck_assert_int_eq(o.m[1].type, JSON_STRING);
	ck_assert_uint_eq(o.m[1].key_len, 3);
	json_obj_free(&o);
}
END_TEST

/* Raw string values and what they decode to. */
static const struct {
	const char	*raw;
	const char	*decoded;
	size_t		 len;
} strings[] = {
	{ "\"plain\"", "plain", 5 },
	{ "\"a\\\"b\\\\c\\/d\"", "a\"b\\c/d", 7 },
	{ "\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t", 5 },
	{ "\"\\u00e9\"", "\xc3\xa9", 2 },
	{ "\"\\u20AC\"", "\xe2\x82\xac", 3 },
	{ "\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80", 4 },
	{ "\"a\\u0000b\"", "a\0b", 3 },
};

START_TEST(test_decode)
{
	struct buf b;

	buf_init(&b);
	json_decode_string(strings[_i].raw, strlen(strings[_i].raw), &b);
	ck_assert_uint_eq(b.len, strings[_i].len);
	ck_assert_int_eq(memcmp(b.data, strings[_i].decoded, b.len), 0);
	buf_free(&b);
}
END_TEST

/* Bytes and the JSON string json_put_string() must write for them. */
static const struct {
	const char	*in;
	size_t		 len;
	const char	*out;
} escapes[] = {
	{ "plain", 5, "\"plain\"" },
	{ "q\"b\\", 4, "\"q\\\"b\\\\\"" },
	{ "\n\t\r\b\f", 5, "\"\\n\\t\\r\\b\\f\"" },
	{ "\x01\x1f", 2, "\"\\u0001\\u001f\"" },
	{ "a\0b", 3, "\"a\\u0000b\"" },
	{ "\xc3\xa9\xe2\x80\x9c", 5, "\"\xc3\xa9\xe2\x80\x9c\"" },
	{ "a\xff" "b", 3, "\"a\xef\xbf\xbd" "b\"" },
	{ "\xe2\x80", 2, "\"\xef\xbf\xbd\xef\xbf\xbd\"" },
	{ "/", 1, "\"/\"" },
};

START_TEST(test_put_string)
{
	struct buf b;

	buf_init(&b);
	json_put_string(&b, escapes[_i].in, escapes[_i].len);
	ck_assert_str_eq(b.data, escapes[_i].out);
	buf_free(&b);
}
END_TEST

START_TEST(test_round_trip)
{
	/* Every byte string that is valid UTF-8 survives put + decode. */
	static const char in[] = "x\"\\\n\x7f\xc3\xa9\xf0\x9f\x98\x80\x01";
	struct buf enc, dec;
	struct json_obj o;
	struct json_err err;
	struct buf line;

	buf_init(&enc);
	buf_init(&dec);
	buf_init(&line);
	json_put_string(&enc, in, sizeof(in) - 1);
	buf_adds(&line, "{\"s\":");
	buf_add(&line, enc.data, enc.len);
	buf_addc(&line, '}');
	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(line.data, line.len, &o, &err), 0);
	json_decode_string(line.data + o.m[0].val_off, o.m[0].val_len, &dec);
	ck_assert_uint_eq(dec.len, sizeof(in) - 1);
	ck_assert_int_eq(memcmp(dec.data, in, dec.len), 0);
	json_obj_free(&o);
	buf_free(&enc);
	buf_free(&dec);
	buf_free(&line);
}
END_TEST

static const struct {
	const char	*raw;
	int		 ok;
	size_t		 v;
} sizes[] = {
	{ "0", 0, 0 },
	{ "42", 0, 42 },
	{ "18446744073709551615", 0, (size_t)18446744073709551615ULL },
	{ "99999999999999999999", -1, 0 },
	{ "-1", -1, 0 },
	{ "1.0", -1, 0 },
	{ "1e3", -1, 0 },
	{ "01", -1, 0 },
};

START_TEST(test_get_size)
{
	size_t v = 7;

	ck_assert_int_eq(json_get_size(sizes[_i].raw, strlen(sizes[_i].raw), &v),
	    sizes[_i].ok);
	if (sizes[_i].ok == 0)
		ck_assert_uint_eq(v, sizes[_i].v);
}
END_TEST

START_TEST(test_scan_value)
{
	enum json_type t;
	struct json_err err;

	ck_assert_uint_eq(json_scan_value("[1,2] ", 6, &t, &err), 5);
	ck_assert_int_eq(t, JSON_ARRAY);
	ck_assert_uint_eq(json_scan_value("12", 2, &t, &err), 2);
	ck_assert_int_eq(t, JSON_NUMBER);
	ck_assert_uint_eq(json_scan_value("[1,", 3, &t, &err), 0);
}
END_TEST

/* The array iterator: every element with its type, whitespace and commas skipped. */
START_TEST(test_iter)
{
	static const char arr[] = "[ {\"a\":1}, 2 ,\"x\",\n[3,4],{} ]";
	struct json_iter it;
	struct json_obj o;
	enum json_type t;
	const char *e;
	size_t n;

	json_iter_init(&it, arr, strlen(arr));
	ck_assert_uint_eq(n = json_iter_next(&it, &e, &t, NULL), 7);
	ck_assert_int_eq(t, JSON_OBJECT);
	ck_assert(strncmp(e, "{\"a\":1}", n) == 0);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, NULL), 1);
	ck_assert_int_eq(t, JSON_NUMBER);
	ck_assert_int_eq(*e, '2');
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, NULL), 3);
	ck_assert_int_eq(t, JSON_STRING);
	ck_assert_uint_eq(n = json_iter_next(&it, &e, &t, NULL), 5);
	ck_assert_int_eq(t, JSON_ARRAY);
	ck_assert(strncmp(e, "[3,4]", n) == 0);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, NULL), 2);
	ck_assert_int_eq(t, JSON_OBJECT);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, NULL), 0);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, NULL), 0);

	/* With obj, an object element comes back scanned, offsets from e. */
	json_obj_init(&o);
	json_iter_init(&it, arr, strlen(arr));
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, &o), 7);
	ck_assert_int_eq(t, JSON_OBJECT);
	ck_assert_uint_eq(o.n, 1);
	ck_assert(json_find(e, &o, "a") != NULL);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, &o), 1);
	ck_assert_int_eq(t, JSON_NUMBER);

	/* Empty arrays have no elements; a broken element ends the walk. */
	json_iter_init(&it, "[]", 2);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, NULL), 0);
	json_iter_init(&it, "[ ]", 3);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, &o), 0);
	json_iter_init(&it, "[1,{\"a\"},2]", 11);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, &o), 1);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, &o), 0);
	ck_assert_uint_eq(json_iter_next(&it, &e, &t, &o), 0);
	json_obj_free(&o);
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_good, 0, N(good));
	tcase_add_loop_test(tc, test_bad, 0, N(bad));
	tcase_add_test(tc, test_nul_byte);
	tcase_add_test(tc, test_depth);
	tcase_add_test(tc, test_find_last_duplicate);
	tcase_add_test(tc, test_scan_object_at);
	tcase_add_test(tc, test_member_slices);
	tcase_add_loop_test(tc, test_decode, 0, N(strings));
	tcase_add_loop_test(tc, test_put_string, 0, N(escapes));
	tcase_add_test(tc, test_round_trip);
	tcase_add_loop_test(tc, test_get_size, 0, N(sizes));
	tcase_add_test(tc, test_scan_value);
	tcase_add_test(tc, test_iter);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
