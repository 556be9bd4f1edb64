/* Check suite for lib/tok.c: word tokens the way CoNLL-2003 splits them. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "tok.h"

/* Each case: the text and its tokens joined with '|'. */
static const struct {
	const char	*text;
	const char	*want;
} cases[] = {
	{ "", "" },
	{ "   \n\t ", "" },
	{ "Hello, world.", "Hello|,|world|." },
	{ "England's captain", "England|'s|captain" },
	{ "Armenia\xe2\x80\x99s army", "Armenia|\xe2\x80\x99s|army" },
	{ "They don't know", "They|do|n't|know" },
	{ "we're here, I'm sure", "we|'re|here|,|I|'m|sure" },
	{ "Jones' car", "Jones|'|car" },
	{ "O'Neill and rock'n'roll", "O'Neill|and|rock'n'roll" },
	{ "the U.S. and U.N.", "the|U.S.|and|U.N." },
	{ "U.S.-led forces", "U.S.-led|forces" },
	{ "at 10:30 a.m. today", "at|10:30|a.m.|today" },
	{ "Mr. Smith of Acme Corp. said", "Mr.|Smith|of|Acme|Corp.|said" },
	{ "J. Smith", "J.|Smith" },
	{ "plan B.", "plan|B|." },
	{ "Sacramento, Calif., said", "Sacramento|,|Calif.|,|said" },
	{ "$1,000.50 and 3.5 pct", "$|1,000.50|and|3.5|pct" },
	{ "won 4-1 on 1996-08-30", "won|4-1|on|1996-08-30" },
	{ "a 1/2 point, .500 average", "a|1/2|point|,|.500|average" },
	{ "C$ 1.5 and US$ 2", "C$|1.5|and|US$|2" },
	{ "1. Michael Schumacher", "1.|Michael|Schumacher" },
	{ "the all-rounder at AT&T", "the|all-rounder|at|AT&T" },
	{ "YEREVAN/BAKU -- Armenia", "YEREVAN|/|BAKU|--|Armenia" },
	{ "Wait... what?!", "Wait|...|what|?|!" },
	{ "\xe2\x80\x9cKarabakh\xe2\x80\x9d", "\xe2\x80\x9c|Karabakh|\xe2\x80\x9d" },
	{ "Z\xc3\xbcrich and Ganc\xc9\x99", "Z\xc3\xbcrich|and|Ganc\xc9\x99" },
	{ "a\xe2\x80\x94" "b", "a|\xe2\x80\x94|b" },
	{ "e-mail example.com", "e-mail|example.com" },
	{ "F-16 jets in the 1990s", "F-16|jets|in|the|1990s" },
	{ "bad \xff byte", "bad|\xff|byte" },
	{ "(Reuters)", "(|Reuters|)" },
};

START_TEST(test_split)
{
	struct toks t = TOKS_INIT;
	char got[512];
	size_t i, n, len = 0;
	const char *s = cases[_i].text;

	n = tok_split(s, strlen(s), &t);
	got[0] = '\0';
	for (i = 0; i < n; i++) {
		ck_assert_uint_lt(t.v[i].start, t.v[i].end);
		ck_assert_uint_le(t.v[i].end, strlen(s));
		if (i > 0)
			ck_assert_uint_le(t.v[i - 1].end, t.v[i].start);
		len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%.*s",
		    i ? "|" : "", (int)(t.v[i].end - t.v[i].start), s + t.v[i].start);
	}
	ck_assert_str_eq(got, cases[_i].want);
	toks_free(&t);
}
END_TEST

/* Reusing a struct toks replaces its contents; a long text grows it. */
START_TEST(test_reuse)
{
	struct toks t = TOKS_INIT;
	char big[4000];
	size_t i;

	for (i = 0; i + 2 <= sizeof(big) - 1; i += 2) {
		big[i] = 'a';
		big[i + 1] = ' ';
	}
	big[i] = '\0';
	ck_assert_uint_eq(tok_split(big, strlen(big), &t), i / 2);
	ck_assert_uint_eq(tok_split("one two", 7, &t), 2);
	ck_assert_uint_eq(t.v[1].start, 4);
	toks_free(&t);
	ck_assert_ptr_null(t.v);
}
END_TEST

/* Only len bytes are read: no NUL needed, none looked for. */
START_TEST(test_len_bound)
{
	struct toks t = TOKS_INIT;

	ck_assert_uint_eq(tok_split("U.S.A", 3, &t), 3);	/* "U" "." "S" */
	ck_assert_uint_eq(tok_split("\xe2\x80\x9c", 2, &t), 2);	/* truncated */
	toks_free(&t);
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("tok");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_split, 0, N(cases));
	tcase_add_test(tc, test_reuse);
	tcase_add_test(tc, test_len_bound);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
