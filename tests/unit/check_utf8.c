/* Check suite for lib/utf8.c: strict decoding and character classes. */
#include <check.h>
#include <string.h>

#include "utf8.h"

static const struct {
	const char	*s;
	size_t		 len;	/* bytes given */
	size_t		 n;	/* length decoded, 0 = invalid */
	uint32_t	 cp;
} decodes[] = {
	{ "A", 1, 1, 'A' },
	{ "\xc3\xbc", 2, 2, 0xFC },		/* ü */
	{ "\xc6\x8f", 2, 2, 0x18F },		/* Ə */
	{ "\xe2\x80\x9c", 3, 3, 0x201C },	/* “ */
	{ "\xf0\x9f\x98\x80", 4, 4, 0x1F600 },
	{ "\xc0\xaf", 2, 0, UTF8_REPLACEMENT },	/* overlong / */
	{ "\xe0\x80\xaf", 3, 0, UTF8_REPLACEMENT },
	{ "\xed\xa0\x80", 3, 0, UTF8_REPLACEMENT },	/* surrogate */
	{ "\xf4\x90\x80\x80", 4, 0, UTF8_REPLACEMENT },	/* > U+10FFFF */
	{ "\xe2\x80", 2, 0, UTF8_REPLACEMENT },	/* truncated */
	{ "\x80", 1, 0, UTF8_REPLACEMENT },
	{ "\xff", 1, 0, UTF8_REPLACEMENT },
};

START_TEST(test_decode)
{
	uint32_t cp;

	ck_assert_uint_eq(utf8_decode(decodes[_i].s, decodes[_i].len, &cp),
	    decodes[_i].n);
	ck_assert_uint_eq(cp, decodes[_i].cp);
}
END_TEST

START_TEST(test_encode_round_trip)
{
	static const uint32_t cps[] = { 0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD,
	    0x10000, 0x10FFFF };
	char out[4];
	uint32_t cp;
	size_t i, n;

	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		n = utf8_encode(cps[i], out);
		ck_assert_uint_eq(utf8_decode(out, n, &cp), n);
		ck_assert_uint_eq(cp, cps[i]);
	}
}
END_TEST

START_TEST(test_check_and_prev)
{
	static const char s[] = "B\xc3\xbcl\xff" "x";
	uint32_t cp;

	ck_assert_uint_eq(utf8_check(s, strlen(s)), 4);
	ck_assert_uint_eq(utf8_check("\xc3\xbc", 2), 2);
	ck_assert_uint_eq(utf8_decode_prev(s, 3, &cp), 2);
	ck_assert_uint_eq(cp, 0xFC);
	ck_assert_uint_eq(utf8_decode_prev(s, 5, &cp), 0);
}
END_TEST

START_TEST(test_classes)
{
	ck_assert(uc_is_letter(0xFC) && uc_is_lower(0xFC));	/* ü */
	ck_assert(uc_is_letter(0x18F) && uc_is_upper(0x18F));	/* Ə */
	ck_assert(uc_is_letter(0x41F) && uc_is_upper(0x41F));	/* П */
	ck_assert(uc_is_letter(0x11F) && uc_is_lower(0x11F));	/* ğ */
	ck_assert(uc_is_letter(0x531) && uc_is_upper(0x531));	/* Armenian Ա */
	ck_assert(!uc_is_letter('1') && uc_is_digit('1'));
	ck_assert(!uc_is_letter(0x201C));
	ck_assert(uc_is_open_quote(0x201C) && uc_is_close_quote(0x201D));
	ck_assert(uc_is_open_quote(0xAB) && uc_is_close_quote(0xBB));
	ck_assert(uc_is_open_quote(0x201E));
	ck_assert(uc_is_quote('"') && uc_is_apostrophe(0x2019));
	ck_assert(uc_is_dash(0x2013) && uc_is_dash(0x2014) && !uc_is_dash('-'));
	ck_assert(uc_is_space(0xA0) && uc_is_space(0x2009) && !uc_is_space('x'));
	ck_assert(uc_is_newline(0x2029));
	ck_assert_uint_eq(uc_tolower(0x130), 'i');
	ck_assert_uint_eq(uc_tolower(0xDC), 0xFC);
	ck_assert_uint_eq(uc_toupper(0x259), 0x18F);
	ck_assert_uint_eq(uc_tolower(0x42F), 0x44F);
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_decode, 0, N(decodes));
	tcase_add_test(tc, test_encode_round_trip);
	tcase_add_test(tc, test_check_and_prev);
	tcase_add_test(tc, test_classes);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
