/* Check suite for lib/score.c: the measures of lede-score. */
#include <check.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "score.h"

/* Feed newline-separated lines to one side; return the first failure. */
static int
feed(struct score *sc, int side, const char *lines)
{
	const char *p = lines, *nl;
	struct json_err err;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		if (score_add_line(sc, side, p, (size_t)(nl - p), &err) != 0)
			return -1;
		p = *nl ? nl + 1 : nl;
	}
	return 0;
}

static void
run(const char *gold, const char *sys, struct score_report *r)
{
	struct score *sc = score_new();

	ck_assert_int_eq(feed(sc, SCORE_GOLD, gold), 0);
	ck_assert_int_eq(feed(sc, SCORE_SYS, sys), 0);
	score_compute(sc, r);
	score_free(sc);
}

#define F(x)	offsetof(struct score_report, x)

/* Gold and system lines -> one line of the report. */
static const struct {
	const char	*gold;		/* gold records */
	const char	*sys;		/* system records */
	size_t		 field;		/* offset of a struct score_prf */
	size_t		 g, s, c;	/* its gold, sys and correct counts */
} cases[] = {
	/* conlleval: exact span and type; PER is PERSON */
	{ "{\"doc\":\"a\",\"entities\":[{\"start\":0,\"end\":5,\"type\":\"PER\"},"
	  "{\"start\":10,\"end\":13,\"type\":\"ORG\"}]}",
	  "{\"doc\":\"a\",\"ents\":[{\"start\":0,\"end\":5,\"type\":\"PERSON\"},"
	  "{\"start\":10,\"end\":13,\"type\":\"LOC\"}]}",
	  F(ents_all), 2, 2, 1 },
	{ "{\"doc\":\"a\",\"entities\":[{\"start\":0,\"end\":5,\"type\":\"PER\"},"
	  "{\"start\":10,\"end\":13,\"type\":\"ORG\"}]}",
	  "{\"doc\":\"a\",\"ents\":[{\"start\":0,\"end\":5,\"type\":\"PERSON\"},"
	  "{\"start\":10,\"end\":13,\"type\":\"LOC\"}]}",
	  F(ents_untyped), 2, 2, 2 },
	{ "{\"doc\":\"a\",\"entities\":[{\"start\":0,\"end\":5,\"type\":\"PER\"}]}",
	  "{\"doc\":\"a\",\"ents\":[{\"start\":0,\"end\":4,\"type\":\"PERSON\"}]}",
	  F(ents[SCORE_PERSON]), 1, 1, 0 },
	/* duplicates count once, other types are ignored */
	{ "{\"doc\":\"a\",\"ents\":[{\"start\":0,\"end\":5,\"type\":\"LOC\"}]}",
	  "{\"doc\":\"a\",\"ents\":[{\"start\":0,\"end\":5,\"type\":\"LOC\"},"
	  "{\"start\":0,\"end\":5,\"type\":\"B-LOC\"},"
	  "{\"start\":7,\"end\":9,\"type\":\"GPE\"}]}",
	  F(ents[SCORE_LOC]), 1, 1, 1 },
	/* records pooled by doc, sentence records or not; a missing doc */
	{ "{\"doc\":\"a\",\"ents\":[{\"start\":0,\"end\":5,\"type\":\"ORG\"}]}\n"
	  "{\"doc\":\"b\",\"ents\":[{\"start\":0,\"end\":5,\"type\":\"ORG\"}]}",
	  "{\"doc\":\"a\",\"start\":0,\"end\":3,\"text\":\"abc\",\"ents\":[]}\n"
	  "{\"doc\":\"a\",\"start\":4,\"end\":6,\"text\":\"de\","
	  "\"ents\":[{\"start\":0,\"end\":5,\"type\":\"ORG\"}]}",
	  F(ents_all), 2, 1, 1 },
	/* TempEval-3: one-to-one relaxed pairs in text order */
	{ "{\"doc\":\"a\",\"timex\":[{\"start\":0,\"end\":10,\"type\":\"DATE\","
	  "\"value\":\"2020\"}]}",
	  "{\"doc\":\"a\",\"timex\":[{\"start\":2,\"end\":5,\"type\":\"date\","
	  "\"value\":\"2020\"},{\"start\":6,\"end\":9,\"type\":\"DATE\"}]}",
	  F(tx_relaxed), 1, 2, 1 },
	{ "{\"doc\":\"a\",\"timex\":[{\"start\":0,\"end\":10,\"type\":\"DATE\","
	  "\"value\":\"2020\"}]}",
	  "{\"doc\":\"a\",\"timex\":[{\"start\":2,\"end\":5,\"type\":\"date\","
	  "\"value\":\"2020\"},{\"start\":6,\"end\":9,\"type\":\"DATE\"}]}",
	  F(tx_strict), 1, 2, 0 },
	{ "{\"doc\":\"a\",\"timex\":[{\"start\":0,\"end\":10,\"type\":\"DATE\","
	  "\"value\":\"2020\"}]}",
	  "{\"doc\":\"a\",\"timex\":[{\"start\":2,\"end\":5,\"type\":\"date\","
	  "\"value\":\"2020\"},{\"start\":6,\"end\":9,\"type\":\"DATE\"}]}",
	  F(tx_value), 1, 2, 1 },
	/* a gold timex starting inside a system one pairs too */
	{ "{\"doc\":\"a\",\"timex\":[{\"start\":4,\"end\":8,\"value\":\"X\"},"
	  "{\"start\":9,\"end\":12,\"value\":\"Y\"}]}",
	  "{\"doc\":\"a\",\"timex\":[{\"start\":0,\"end\":12,\"value\":\"X\"}]}",
	  F(tx_relaxed), 2, 1, 1 },
	/* quotes: marks and spaces trimmed, then exact */
	{ "{\"doc\":\"a\",\"text\":\"\\u201cWe won,\\u201d she said.\","
	  "\"quotes\":[{\"start\":0,\"end\":14,\"speaker\":\"Ann Lee\"}]}",
	  "{\"doc\":\"a\",\"quotes\":[{\"start\":3,\"end\":10,"
	  "\"speaker\":\"Lee\"}]}",
	  F(q_exact), 1, 1, 1 },
	/* the speaker by last name */
	{ "{\"doc\":\"a\",\"text\":\"\\u201cWe won,\\u201d she said.\","
	  "\"quotes\":[{\"start\":0,\"end\":14,\"speaker\":\"Ann Lee, a coach\"}]}",
	  "{\"doc\":\"a\",\"quotes\":[{\"start\":3,\"end\":10,"
	  "\"speaker\":\"Mrs. Lee's\"}]}",
	  F(q_speaker), 1, 1, 1 },
	{ "{\"doc\":\"a\",\"text\":\"\\u201cWe won,\\u201d she said.\","
	  "\"quotes\":[{\"start\":0,\"end\":14,\"speaker\":\"Ann Lee\"}]}",
	  "{\"doc\":\"a\",\"quotes\":[{\"start\":3,\"end\":10,"
	  "\"speaker\":\"Bo Kim\"}]}",
	  F(q_speaker), 1, 1, 0 },
	/* overlap below one half does not match */
	{ "{\"doc\":\"a\",\"quotes\":[{\"start\":0,\"end\":100}]}",
	  "{\"doc\":\"a\",\"quotes\":[{\"start\":0,\"end\":49}]}",
	  F(q_overlap), 1, 1, 0 },
	/* two halves of one gold quote are merged first */
	{ "{\"doc\":\"a\",\"quotes\":[{\"start\":0,\"end\":100,"
	  "\"fragments\":[[0,40],[60,100]],\"speaker\":null}]}",
	  "{\"doc\":\"a\",\"quotes\":[{\"start\":0,\"end\":40},"
	  "{\"start\":60,\"end\":100}]}",
	  F(q_overlap), 1, 1, 1 },
	/* sentence boundaries: trailing space trimmed, the last not counted */
	{ "{\"doc\":\"a\",\"start\":0,\"end\":4,\"text\":\"Hi. \"}\n"
	  "{\"doc\":\"a\",\"start\":4,\"end\":8,\"text\":\"Yes.\"}",
	  "{\"doc\":\"a\",\"start\":0,\"end\":3,\"text\":\"Hi.\"}\n"
	  "{\"doc\":\"a\",\"start\":4,\"end\":8,\"text\":\"Yes.\"}",
	  F(sents), 1, 1, 1 },
	{ "{\"doc\":\"a\",\"text\":\"Hi. Yes. No.\",\"sentences\":[[0,4],[4,9],[9,12]]}",
	  "{\"doc\":\"a\",\"start\":0,\"end\":8,\"text\":\"Hi. Yes.\"}\n"
	  "{\"doc\":\"a\",\"start\":9,\"end\":12,\"text\":\"No.\"}",
	  F(sents), 2, 1, 1 },
	/* fact records: quote texts sharing half their words, one-to-one */
	{ "{\"doc\":\"a\",\"fact\":\"quote\",\"kind\":\"direct\","
	  "\"speaker\":\"Ann Lee\",\"quote\":\"We won the cup today,\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"kind\":\"indirect\","
	  "\"speaker\":\"Bo Kim\",\"quote\":\"the team had lost\"}",
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Lee\","
	  "\"quote\":\"\\u201cwe won the cup\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Lee\","
	  "\"quote\":\"we won the cup today\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"event\",\"text\":\"the team had lost\"}",
	  F(f_quotes), 2, 2, 1 },
	/* the speaker by last name, or by an alternative the gold allows */
	{ "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Ann Lee\","
	  "\"quote\":\"a b c d\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Turkey\","
	  "\"speaker_also\":[\"the ministry\",\"Foreign Ministry\"],"
	  "\"quote\":\"e f g h\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Bo Kim\","
	  "\"quote\":\"i j k l\"}",
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Mrs. Lee\","
	  "\"quote\":\"a b c d\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Turkish Foreign Ministry\","
	  "\"quote\":\"e f g\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":null,"
	  "\"quote\":\"i j k l\"}",
	  F(f_speaker), 3, 3, 2 },
	/* entities by type and normalized name; MISC is not scored */
	{ "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PERSON\","
	  "\"name\":\"Ann Lee\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PERSON\","
	  "\"name\":\"Bo Kim\"}",
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PER\","
	  "\"name\":\"ann  lee.\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"ORG\","
	  "\"name\":\"Bo Kim\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"MISC\","
	  "\"name\":\"Dutch\"}",
	  F(f_ents[SCORE_PERSON]), 2, 1, 1 },
	/* a title holds half the gold's words, in at most ten words */
	{ "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PERSON\","
	  "\"name\":\"Ann Lee\",\"title\":\"Foreign Minister\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PERSON\","
	  "\"name\":\"Bo Kim\",\"title\":\"coach\"}",
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PERSON\","
	  "\"name\":\"Ann Lee\",\"title\":\"Italian Foreign Minister\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"PERSON\","
	  "\"name\":\"Bo Kim\",\"title\":\"coach of a team that won the "
	  "cup in the year before last\"}",
	  F(f_titles), 2, 2, 1 },
	/* timex facts by text and value, counts capped by the gold's */
	{ "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"May 1\","
	  "\"value\":\"2020-05-01\",\"count\":2}\n"
	  "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"today\","
	  "\"value\":\"2020-05-02\"}",
	  "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"may 1\","
	  "\"value\":\"2020-05-01\",\"count\":3}\n"
	  "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"today\","
	  "\"value\":\"PRESENT_REF\"}",
	  F(f_timex), 3, 4, 2 },
	/* facts overall: speaker, entities and timex together */
	{ "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Ann Lee\","
	  "\"quote\":\"a b\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"LOC\","
	  "\"name\":\"Rome\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"1994\","
	  "\"value\":\"1994\"}",
	  "{\"doc\":\"a\",\"fact\":\"quote\",\"speaker\":\"Lee\","
	  "\"quote\":\"a b\"}\n"
	  "{\"doc\":\"a\",\"fact\":\"entity\",\"type\":\"LOC\","
	  "\"name\":\"Rome\"}",
	  F(f_all), 3, 2, 2 },
};

START_TEST(test_counts)
{
	struct score_report r;
	const struct score_prf *p;

	run(cases[_i].gold, cases[_i].sys, &r);
	p = (const struct score_prf *)((const char *)&r + cases[_i].field);
	ck_assert_uint_eq(p->gold, cases[_i].g);
	ck_assert_uint_eq(p->sys, cases[_i].s);
	ck_assert_uint_eq(p->correct, cases[_i].c);
}
END_TEST

/* Lines that are bad records. */
static const char *const bad[] = {
	"not json",
	"[1,2]",
	"{\"doc\":\"a\",\"ents\":{\"start\":0}}",
	"{\"doc\":\"a\",\"timex\":\"x\"}",
	"{\"doc\":\"a\",\"start\":0,\"end\":9,\"text\":\"short\"}",
};

/* A system timex inside a gold not_timex is counted as false. */
START_TEST(test_not_timex)
{
	struct score_report r;

	run("{\"doc\":\"a\",\"fact\":\"not_timex\",\"text\":\"0:00 0:02:54\"}",
	    "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"0:02\","
	    "\"value\":\"T00:02\",\"count\":2}\n"
	    "{\"doc\":\"a\",\"fact\":\"timex\",\"text\":\"today\","
	    "\"value\":\"PRESENT_REF\"}", &r);
	ck_assert_int_eq(r.has_facts, 1);
	ck_assert_uint_eq(r.f_timex_false, 2);
	ck_assert_uint_eq(r.f_timex.gold, 0);
	ck_assert_uint_eq(r.f_timex.sys, 3);
}
END_TEST

START_TEST(test_bad)
{
	struct score *sc = score_new();
	struct json_err err;

	ck_assert_int_eq(score_add_line(sc, SCORE_GOLD, bad[_i],
	    strlen(bad[_i]), &err), -1);
	ck_assert_ptr_nonnull(err.msg);
	score_free(sc);
}
END_TEST

START_TEST(test_prf)
{
	struct score_prf p = { 4, 2, 1 };
	double pr, rc, f;

	score_prf_get(&p, &pr, &rc, &f);
	ck_assert_double_eq_tol(pr, 50.0, 1e-9);
	ck_assert_double_eq_tol(rc, 25.0, 1e-9);
	ck_assert_double_eq_tol(f, 100.0 / 3, 1e-9);
	p.sys = p.correct = 0;
	score_prf_get(&p, &pr, &rc, &f);
	ck_assert_double_eq_tol(f, 0.0, 1e-9);
}
END_TEST

/* A stream scored against itself is perfect, and the gold decides what
 * is reported. */
START_TEST(test_self)
{
	static const char gold[] =
	    "{\"doc\":\"d\",\"start\":0,\"end\":12,\"text\":\"Ann Lee won.\","
	    "\"ents\":[{\"start\":0,\"end\":7,\"type\":\"PERSON\"}],"
	    "\"timex\":[]}\n"
	    "{\"doc\":\"d\",\"start\":13,\"end\":23,\"text\":\"Bo Kim won\","
	    "\"ents\":[{\"start\":13,\"end\":19,\"type\":\"PERSON\"}]}";
	struct score_report r;
	const struct score_prf *p;
	const char *name;
	struct buf out;

	run(gold, gold, &r);
	ck_assert_int_eq(r.has_ents, 1);
	ck_assert_int_eq(r.has_timex, 1);
	ck_assert_int_eq(r.has_quotes, 0);
	ck_assert_uint_eq(r.ents_all.correct, 2);
	ck_assert_uint_eq(r.sents.gold, 1);
	ck_assert_uint_eq(r.sents.correct, 1);
	p = score_headline(&r, 2, &name);
	ck_assert_ptr_null(p);
	p = score_headline(&r, 0, &name);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(name, "ents overall");
	buf_init(&out);
	score_format_json(&r, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "\"overall\":{\"gold\":2,"
	    "\"sys\":2,\"correct\":2,\"P\":100.0000,\"R\":100.0000,"
	    "\"F1\":100.0000}"));
	buf_clear(&out);
	score_format_text(&r, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "  overall"));
	buf_free(&out);
}
END_TEST

static Suite *
score_suite(void)
{
	Suite *s = suite_create("score");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_counts, 0,
	    sizeof(cases) / sizeof(cases[0]));
	tcase_add_loop_test(tc, test_bad, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_prf);
	tcase_add_test(tc, test_self);
	tcase_add_test(tc, test_not_timex);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(score_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
