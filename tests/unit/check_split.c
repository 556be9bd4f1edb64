/* Check suite for lib/split.c: sentence boundaries in news text. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "split.h"

#define MAXSENT	16

/* What a split produced, collected by the emit callback. */
struct got {
	const char	*text;		/* the document */
	size_t		 n;		/* sentences seen */
	struct split_sent s[MAXSENT];	/* the first MAXSENT of them */
};

static void
collect(void *arg, const struct split_sent *s)
{
	struct got *g = arg;

	if (g->n < MAXSENT)
		g->s[g->n] = *s;
	g->n++;
}

static void
run(const char *text, size_t len, struct got *g)
{
	struct splitter *sp = splitter_new();

	memset(g, 0, sizeof(*g));
	g->text = text;
	split_text(sp, text, len, collect, g);
	splitter_free(sp);
}

/*
 * Text -> its sentences, written one after the other with " | " between
 * them (no test sentence holds that string).
 */
static const struct {
	const char	*text;		/* the document */
	const char	*want;		/* its sentences, " | " between */
} cases[] = {
	/* plain stops */
	{ "Hello World. My name is Jonas.", "Hello World. | My name is Jonas." },
	{ "What is your name? My name is Jonas.",
	  "What is your name? | My name is Jonas." },
	{ "There it is! I found it.", "There it is! | I found it." },
	{ "Hello!! Long time no see.", "Hello!! | Long time no see." },
	{ "Hello world.Today is Tuesday.", "Hello world. | Today is Tuesday." },
	/* abbreviations and titles */
	{ "Mr. Smith met Gen. Jones and Sen. Brown in Washington.",
	  "Mr. Smith met Gen. Jones and Sen. Brown in Washington." },
	{ "I work for the U.S. Government in Virginia.",
	  "I work for the U.S. Government in Virginia." },
	{ "I live in the U.S. How about you?",
	  "I live in the U.S. | How about you?" },
	{ "He spoke at the U.N. The talks failed.",
	  "He spoke at the U.N. | The talks failed." },
	{ "The vote is on Jan. 5 in Geneva.", "The vote is on Jan. 5 in Geneva." },
	{ "Apple Inc. Chief Executive Tim Cook spoke.",
	  "Apple Inc. Chief Executive Tim Cook spoke." },
	{ "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
	  "They closed the deal with Pitt, Briggs & Co. | It closed yesterday." },
	{ "He lives at No. 5 Main Street.", "He lives at No. 5 Main Street." },
	{ "Please turn to p. 55.", "Please turn to p. 55." },
	{ "Bring fruit, e.g. Apples from Kent. Then leave.",
	  "Bring fruit, e.g. Apples from Kent. | Then leave." },
	{ "They sold pens, paper, etc. The store closed at noon.",
	  "They sold pens, paper, etc. | The store closed at noon." },
	{ "Rome was founded in 753 B.C. Augustus came much later.",
	  "Rome was founded in 753 B.C. | Augustus came much later." },
	{ "He is 5 ft. 6 in. tall.", "He is 5 ft. 6 in. tall." },
	{ "You can find it at N\xc2\xb0. 1026.253.553. That is where it is.",
	  "You can find it at N\xc2\xb0. 1026.253.553. | That is where it is." },
	/* initials and the pronoun I */
	{ "My name is Jonas E. Smith.", "My name is Jonas E. Smith." },
	{ "We make a good team, you and I. Did you see Albert I. Jones?",
	  "We make a good team, you and I. | Did you see Albert I. Jones?" },
	/* numbers, times, money */
	{ "Prices rose 3.5 percent at 10:30 a.m. on Monday.",
	  "Prices rose 3.5 percent at 10:30 a.m. on Monday." },
	{ "It closed at 4 p.m. Tuesday in New York.",
	  "It closed at 4 p.m. Tuesday in New York." },
	{ "Trading closed at 4:30 p.m. London time. Shares rose.",
	  "Trading closed at 4:30 p.m. London time. | Shares rose." },
	{ "He left at 6 p.m. Tom timed the run.",
	  "He left at 6 p.m. | Tom timed the run." },
	{ "It struck at 11:30 p.m. (0830 GMT) on Tuesday. Many fled.",
	  "It struck at 11:30 p.m. (0830 GMT) on Tuesday. | Many fled." },
	{ "At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith "
	  "then went home.", "At 5 a.m. Mr. Smith went to the bank. | He left "
	  "at 6 P.M. | Mr. Smith then went home." },
	{ "The deal was worth $1.2 billion. It closed on Friday.",
	  "The deal was worth $1.2 billion. | It closed on Friday." },
	{ "She has $100.00. It is in her bag.",
	  "She has $100.00. | It is in her bag." },
	/* ellipses */
	{ "I never meant that.... She left the store.",
	  "I never meant that.... | She left the store." },
	{ "Wait \xe2\x80\xa6 what happened?", "Wait \xe2\x80\xa6 what happened?" },
	{ "He paused\xe2\x80\xa6 Then he spoke.",
	  "He paused\xe2\x80\xa6 | Then he spoke." },
	{ "I thought... I would go.", "I thought... I would go." },
	{ "\"Bohr [...] used stairways [...]\" (Smith 55).",
	  "\"Bohr [...] used stairways [...]\" (Smith 55)." },
	/* quotes and brackets */
	{ "She turned to him, \"This is great.\" She held the book out.",
	  "She turned to him, \"This is great.\" | She held the book out." },
	{ "She turned to him, \"This is great.\" she said.",
	  "She turned to him, \"This is great.\" she said." },
	{ "\"We will win,\" he said. \"Why?\" she asked.",
	  "\"We will win,\" he said. | \"Why?\" she asked." },
	{ "\xe2\x80\x9cWhy not?\xe2\x80\x9d Smith asked.",
	  "\xe2\x80\x9cWhy not?\xe2\x80\x9d Smith asked." },
	{ "\xe2\x80\x9cIt is over.\xe2\x80\x9d The war went on.",
	  "\xe2\x80\x9cIt is over.\xe2\x80\x9d | The war went on." },
	{ "He taught (he had worked as an engineer.) at the University.",
	  "He taught (he had worked as an engineer.) at the University." },
	{ "It was approved.[12] The law took effect.",
	  "It was approved.[12] | The law took effect." },
	{ "\"It is over.\" Jane Doe, spokeswoman\n\nNext.",
	  "\"It is over.\" Jane Doe, spokeswoman | Next." },
	/* lists and bullets */
	{ "1. The first item 2. The second item",
	  "1. The first item | 2. The second item" },
	{ "1.) The first item. 2.) The second item.",
	  "1.) The first item. | 2.) The second item." },
	{ "1) The first item 2) The second item",
	  "1) The first item | 2) The second item" },
	{ "a. The first item b. The second item c. The third item",
	  "a. The first item | b. The second item | c. The third item" },
	{ "\xe2\x80\xa2 9. The first item \xe2\x80\xa2 10. The second item",
	  "\xe2\x80\xa2 9. The first item | \xe2\x80\xa2 10. The second item" },
	/* addresses */
	{ "Her email is Jane.Doe@example.com. I sent her an email.",
	  "Her email is Jane.Doe@example.com. | I sent her an email." },
	{ "The site is: https://www.example.50.com/new/a_b.html. Check it.",
	  "The site is: https://www.example.50.com/new/a_b.html. | Check it." },
	/* lines without final punctuation: headlines, captions, boilerplate */
	{ "Leaders Talk War As World Powers Press For Truce\nA man sits amid "
	  "rubble.", "Leaders Talk War As World Powers Press For Truce | A man "
	  "sits amid rubble." },
	{ "Twin Threats Plague Residents Of The Region\nplease wait\n\nNo media "
	  "source currently available\n\n0:00 0:02:54 0:00\n\nHe spoke.",
	  "Twin Threats Plague Residents Of The Region | please wait | No media "
	  "source currently available | 0:00 0:02:54 0:00 | He spoke." },
	{ "Soldiers rest near the front line Image: Reuters.",
	  "Soldiers rest near the front line | Image: Reuters." },
	{ "features\ncontact manager\nevents, activities\n",
	  "features | contact manager | events, activities" },
	/* hard-wrapped text */
	{ "The minister said on Tuesday that the talks would resume\nnext week "
	  "in Geneva, officials said.", "The minister said on Tuesday that "
	  "the talks would resume\nnext week in Geneva, officials said." },
	{ "The six-member team had been denied visas to enter the\nUnited "
	  "States until last week.", "The six-member team had been denied "
	  "visas to enter the\nUnited States until last week." },
	{ "Talks will resume in Geneva next week after a long pause in\nthe "
	  "process.\nOfficials agreed.", "Talks will resume in Geneva next "
	  "week after a long pause in\nthe process. | Officials agreed." },
	/* paragraphs, CRLF, odd white space */
	{ "No stop here\n\nNor here", "No stop here | Nor here" },
	{ "First line.\r\nSecond line.\r\n", "First line. | Second line." },
	{ "One\r\n\r\nTwo", "One | Two" },
	{ "  \t Indented. \xc2\xa0 Spaced.  ", "Indented. | Spaced." },
	{ "\xef\xbb\xbfWith a mark. Two.", "With a mark. | Two." },
	{ "", "" },
	{ " \n\t \r\n \n ", "" },
	/* invalid UTF-8 is a symbol */
	{ "Bad \xff byte. Next \xe2\x80 one.", "Bad \xff byte. | Next \xe2\x80 one." },
	{ "\xff\xfe. \x80", "\xff\xfe. | \x80" },
};

START_TEST(test_sentences)
{
	const char *text = cases[_i].text, *want = cases[_i].want, *sep;
	struct got g;
	size_t k, len;

	run(text, strlen(text), &g);
	for (k = 0; *want != '\0'; k++) {
		sep = strstr(want, " | ");
		len = sep != NULL ? (size_t)(sep - want) : strlen(want);
		ck_assert_msg(k < g.n, "case %d: sentence %zu missing", _i, k);
		ck_assert_msg(g.s[k].end - g.s[k].start == len &&
		    memcmp(text + g.s[k].start, want, len) == 0,
		    "case %d: sentence %zu is \"%.*s\", want \"%.*s\"", _i, k,
		    (int)(g.s[k].end - g.s[k].start), text + g.s[k].start,
		    (int)len, want);
		want += len;
		if (sep != NULL)
			want += 3;
	}
	ck_assert_msg(g.n == k, "case %d: %zu sentences, want %zu", _i, g.n, k);
}
END_TEST

/* Paragraph numbers: text -> the para of each sentence. */
static const struct {
	const char	*text;
	size_t		 n;		/* sentences */
	size_t		 para[5];	/* their paragraphs */
} paras[] = {
	{ "One. Two.\n\nThree.\n \r\n\t\nFour", 4, { 0, 0, 1, 2 } },
	{ "\n\n\nLate start.\n\nNext", 2, { 0, 1 } },
	{ "A line\nAnother line\r\n\r\nLast", 3, { 0, 0, 1 } },
	{ "Form\ffeed.", 2, { 0, 1 } },
	{ "Para\xe2\x80\xa9sep\xe2\x80\xa8line", 3, { 0, 1, 1 } },
};

START_TEST(test_paragraphs)
{
	struct got g;
	size_t k;

	run(paras[_i].text, strlen(paras[_i].text), &g);
	ck_assert_uint_eq(g.n, paras[_i].n);
	for (k = 0; k < g.n; k++)
		ck_assert_uint_eq(g.s[k].para, paras[_i].para[k]);
}
END_TEST

/* Offsets count the original bytes: the BOM, CRs and NULs. */
START_TEST(test_offsets)
{
	static const char bom[] = "\xef\xbb\xbfHi there.\r\nBye.\r\n";
	static const char nul[] = "Ab\0cd. Ef\0gh.";
	struct got g;

	run(bom, sizeof(bom) - 1, &g);
	ck_assert_uint_eq(g.n, 2);
	ck_assert_uint_eq(g.s[0].start, 3);
	ck_assert_uint_eq(g.s[0].end, 12);
	ck_assert_uint_eq(g.s[1].start, 14);
	ck_assert_uint_eq(g.s[1].end, 18);
	run(nul, sizeof(nul) - 1, &g);
	ck_assert_uint_eq(g.n, 2);
	ck_assert_uint_eq(g.s[0].start, 0);
	ck_assert_uint_eq(g.s[0].end, 6);
	ck_assert_uint_eq(g.s[1].start, 7);
	ck_assert_uint_eq(g.s[1].end, 13);
	run(bom, 3, &g);
	ck_assert_uint_eq(g.n, 0);
	run(nul, 1, &g);
	ck_assert_uint_eq(g.n, 1);
}
END_TEST

/*
 * Big inputs with no boundary, or nothing but candidates, finish in
 * linear time (Check's timeout catches anything worse).
 */
START_TEST(test_big)
{
	static const char *units[] = { "word ", "a.", " ", "\n \n", "A. ",
	    ". - ", "1) ", "\xe2\x80\xa6", "\xff" };
	size_t len = 8u << 20, k, ulen, j;
	char *text = xmalloc(len, 1);
	struct got g;

	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++) {
		ulen = strlen(units[k]);
		for (j = 0; j < len; j++)
			text[j] = units[k][j % ulen];
		run(text, len, &g);
		if (k == 0 || k == 1 || k == 5 || k == 7 || k == 8)
			ck_assert_uint_eq(g.n, 1);
	}
	free(text);
}
END_TEST

static Suite *
split_suite(void)
{
	Suite *s = suite_create("split");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_sentences, 0,
	    sizeof(cases) / sizeof(cases[0]));
	tcase_add_loop_test(tc, test_paragraphs, 0,
	    sizeof(paras) / sizeof(paras[0]));
	tcase_add_test(tc, test_offsets);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_big);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(split_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
