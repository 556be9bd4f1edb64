/* Check suite for lib/rec.c: sentence records, member replacement, lines. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "mem.h"
#include "rec.h"

/* rec_put_member(line, "k", "[1]") must give out. */
static const struct {
	const char	*line;
	const char	*out;
} puts_[] = {
	{ "{}", "{\"k\":[1]}" },
	{ "{ }", "{\"k\":[1] }" },
	{ "{\"a\":1.50}", "{\"a\":1.50,\"k\":[1]}" },
	{ "{\"a\":1e400 , \"b\":\"\\u00e9\" }", "{\"a\":1e400 , \"b\":\"\\u00e9\",\"k\":[1] }" },
	{ "{\"k\":null}", "{\"k\":[1]}" },
	{ "{\"z\":0,\"k\":[2,3],\"a\":1}", "{\"z\":0,\"k\":[1],\"a\":1}" },
	{ "{\"k\":1,\"a\":2,\"k\":3}", "{\"k\":[1],\"a\":2}" },
	{ "{\"a\":0,\"k\":1,\"k\":2,\"b\":3,\"k\":4}", "{\"a\":0,\"k\":[1],\"b\":3}" },
	{ "{\"\\u006b\":0}", "{\"\\u006b\":[1]}" },
};

START_TEST(test_put_member)
{
	struct json_obj o;
	struct json_err err;
	struct buf out;

	json_obj_init(&o);
	buf_init(&out);
	ck_assert_int_eq(json_scan_object(puts_[_i].line, strlen(puts_[_i].line),
	    &o, &err), 0);
	rec_put_member(&out, puts_[_i].line, strlen(puts_[_i].line), &o, "k",
	    "[1]", 3);
	ck_assert_str_eq(out.data, puts_[_i].out);
	json_obj_free(&o);
	buf_free(&out);
}
END_TEST

START_TEST(test_put_member_twice)
{
	/* Running a program twice changes nothing. */
	static const char line[] = "{\"doc\":\"d\",\"n\":1.50,\"text\":\"x\"}";
	struct json_obj o;
	struct json_err err;
	struct buf once, twice;

	json_obj_init(&o);
	buf_init(&once);
	buf_init(&twice);
	json_scan_object(line, strlen(line), &o, &err);
	rec_put_member(&once, line, strlen(line), &o, "ents", "[]", 2);
	json_scan_object(once.data, once.len, &o, &err);
	rec_put_member(&twice, once.data, once.len, &o, "ents", "[]", 2);
	ck_assert_str_eq(once.data, twice.data);
	json_obj_free(&o);
	buf_free(&once);
	buf_free(&twice);
}
END_TEST

/* Sentence records and what sentence_read() makes of them. */
static const struct {
	const char	*line;
	int		 status;
	const char	*msg;
} sentences[] = {
	{ "{\"doc\":\"d\",\"sent\":0,\"para\":0,\"start\":3,\"end\":6,\"text\":\"abc\"}", SENT_OK, NULL },
	{ "{\"text\":\"abc\"}", SENT_OK, NULL },
	{ "{\"start\":0,\"end\":3,\"text\":\"a\xef\xbf\xbd" "b\"}", SENT_OK, NULL },
	{ "{\"doc\":\"d\",\"fact\":\"entity\"}", SENT_LACKS, NULL },
	{ "{}", SENT_LACKS, NULL },
	{ "{\"text\":3}", SENT_BAD, "\"text\" is not a string" },
	{ "{\"text\":\"a\",\"start\":\"x\",\"end\":1}", SENT_BAD, "\"start\" is not a non-negative integer" },
	{ "{\"text\":\"a\",\"start\":-1,\"end\":1}", SENT_BAD, "\"start\" is not a non-negative integer" },
	{ "{\"text\":\"a\",\"start\":0}", SENT_BAD, "\"start\" without \"end\"" },
	{ "{\"text\":\"a\",\"start\":5,\"end\":4}", SENT_BAD, "\"end\" is before \"start\"" },
	{ "{\"text\":\"abc\",\"start\":0,\"end\":4}", SENT_BAD, "\"text\" does not match \"start\" and \"end\"" },
	{ "{\"text\":\"abcde\",\"start\":0,\"end\":3}", SENT_BAD, "\"text\" does not match \"start\" and \"end\"" },
	{ "{\"text\":\"a\",\"doc\":7}", SENT_BAD, "\"doc\" is not a string" },
	{ "{\"text\":\"a\",\"sent\":1.5}", SENT_BAD, "\"sent\" is not a non-negative integer" },
};

START_TEST(test_sentence_read)
{
	struct json_obj o;
	struct json_err err;
	struct arena a = ARENA_INIT;
	struct sentence s;
	int st;

	json_obj_init(&o);
	ck_assert_int_eq(json_scan_object(sentences[_i].line,
	    strlen(sentences[_i].line), &o, &err), 0);
	st = sentence_read(sentences[_i].line, &o, &a, &s, &err);
	ck_assert_int_eq(st, sentences[_i].status);
	if (st == SENT_BAD)
		ck_assert_str_eq(err.msg, sentences[_i].msg);
	json_obj_free(&o);
	arena_free(&a);
}
END_TEST

START_TEST(test_doc_offset)
{
	/* "a\xff" "b" was split to "a" U+FFFD "b": 3 document bytes, 5 text bytes. */
	static const char line[] = "{\"start\":10,\"end\":13,\"text\":\"a\xef\xbf\xbd" "b\"}";
	struct json_obj o;
	struct json_err err;
	struct arena a = ARENA_INIT;
	struct sentence s;

	json_obj_init(&o);
	json_scan_object(line, strlen(line), &o, &err);
	ck_assert_int_eq(sentence_read(line, &o, &a, &s, &err), SENT_OK);
	ck_assert_uint_eq(s.nrepl, 1);
	ck_assert_uint_eq(sentence_doc_offset(&s, 0), 10);
	ck_assert_uint_eq(sentence_doc_offset(&s, 1), 11);
	ck_assert_uint_eq(sentence_doc_offset(&s, 4), 12);
	ck_assert_uint_eq(sentence_doc_offset(&s, 5), 13);
	json_obj_free(&o);
	arena_free(&a);
}
END_TEST

START_TEST(test_linereader)
{
	static const char input[] = "\xef\xbb\xbf{\"a\":1}\r\n\n{\"b\":2}";
	struct linereader lr;
	FILE *fp = fmemopen((void *)input, sizeof(input) - 1, "r");
	char *line;
	size_t len;

	ck_assert_ptr_nonnull(fp);
	memset(&lr, 0, sizeof(lr));
	lr.fp = fp;
	lr.name = "mem";
	line = linereader_next(&lr, &len);
	ck_assert_str_eq(line, "{\"a\":1}");
	ck_assert_uint_eq(len, 7);
	line = linereader_next(&lr, &len);
	ck_assert_uint_eq(len, 0);
	line = linereader_next(&lr, &len);
	ck_assert_str_eq(line, "{\"b\":2}");
	ck_assert_uint_eq(lr.lineno, 3);
	ck_assert_ptr_null(linereader_next(&lr, &len));
	ck_assert_int_eq(lr.error, 0);
	free(lr.line);
	fclose(fp);
}
END_TEST

START_TEST(test_long_line)
{
	/* No length limit: a 3 MB line comes back whole. */
	size_t n = 3 << 20, len;
	char *input = malloc(n + 1);
	struct linereader lr;
	FILE *fp;
	char *line;

	memset(input, 'x', n);
	input[n] = '\n';
	fp = fmemopen(input, n + 1, "r");
	memset(&lr, 0, sizeof(lr));
	lr.fp = fp;
	lr.name = "mem";
	line = linereader_next(&lr, &len);
	ck_assert_ptr_nonnull(line);
	ck_assert_uint_eq(len, n);
	free(lr.line);
	fclose(fp);
	free(input);
}
END_TEST

START_TEST(test_arena)
{
	struct arena a = ARENA_INIT;
	char *p, *q;
	int i;

	for (i = 0; i < 1000; i++) {
		p = arena_alloc(&a, (size_t)i + 1);
		memset(p, 'a', (size_t)i + 1);
	}
	q = arena_strndup(&a, "hello", 3);
	ck_assert_str_eq(q, "hel");
	arena_reset(&a);
	p = arena_calloc(&a, 10, 8);
	for (i = 0; i < 80; i++)
		ck_assert_int_eq(p[i], 0);
	arena_free(&a);
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("rec");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_put_member, 0, N(puts_));
	tcase_add_test(tc, test_put_member_twice);
	tcase_add_loop_test(tc, test_sentence_read, 0, N(sentences));
	tcase_add_test(tc, test_doc_offset);
	tcase_add_test(tc, test_linereader);
	tcase_add_test(tc, test_long_line);
	tcase_add_test(tc, test_arena);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
