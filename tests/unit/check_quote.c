/* Check suite for lib/quote.c: mark pairing, cues and speakers. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "quote.h"

/* Text (a paragraph per line) and its quoted passages, joined by '|'. */
static const struct {
	const char	*text;
	const char	*want;
} marks[] = {
	{ "\"We will win,\" he said.", "We will win," },
	{ "\xe2\x80\x9c" "Curly,\xe2\x80\x9d she said, \xe2\x80\x9c" "and more."
	    "\xe2\x80\x9d", "Curly,|and more." },
	{ "Azerbaijan\xe2\x80\x99s forces and the '90s were rock 'n' roll.", "" },
	{ "\xe2\x80\x9cMismatched pair,\" he said.", "Mismatched pair," },
	{ "\xc2\xabGuillemets here\xc2\xbb now.", "Guillemets here" },
	{ "\xe2\x80\x9eLow and high\xe2\x80\x9c then.", "Low and high" },
	{ "\"Open to the end of the paragraph\nNext paragraph.",
	    "Open to the end of the paragraph" },
	{ "\"First para.\n\"Second para.\"\nAfter.",
	    "First para.\n\"Second para." },
	{ "He called it \xe2\x80\x98" "a total disaster\xe2\x80\x99 on Monday.",
	    "a total disaster" },
	{ "The leaders\xe2\x80\x99 talks ended in the leaders\xe2\x80\x99 hotel.",
	    "" },
	{ "The Armenians' 'new deal' is done.", "new deal" },
	{ "She called it 'unacceptable' and left.", "unacceptable" },
	{ "''Jobs, jobs,'' she said.", "Jobs, jobs," },
	{ "``Jobs, jobs,'' she said, a ``sure thing''.",
	    "Jobs, jobs,|sure thing" },
	{ "\"One.\" \"Two.\"", "One.|Two." },
	{ "\"A,\" he said, \"B and C.\"", "A,|B and C." },
	{ "\"One para.\n\"Two para.\n\"Three para.\"\nAfter.",
	    "One para.\n\"Two para.\n\"Three para." },
	{ "\"Left open here\nNot quoted.\n\"Quoted.\"", "Left open here|Quoted." },
	{ "\"He said 'no' today,\" she said.", "He said 'no' today," },
	{ "The Joneses' house and the Smiths' car.", "" },
	{ "\xe2\x80\x9c" "Curly open, straight close\" and \"straight open, "
	    "curly close\xe2\x80\x9d.", "Curly open, straight close|"
	    "straight open, curly close" },
	{ "He said: \xe2\x80\x9c" "Done.\xe2\x80\x9d", "Done." },
	{ "No quotes at all.", "" },
	{ "", "" },
	{ "\"", "" },
};

START_TEST(test_marks)
{
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	size_t so[16], eo[16], n, i, len = strlen(marks[_i].text);
	char got[512];

	n = quote_marks(q, marks[_i].text, len, so, eo, 16, &a);
	got[0] = '\0';
	for (i = 0; i < n; i++) {
		ck_assert_uint_le(so[i], eo[i]);
		ck_assert_uint_le(eo[i], len);
		if (i > 0)
			strcat(got, "|");
		strncat(got, marks[_i].text + so[i], eo[i] - so[i]);
	}
	ck_assert_str_eq(got, marks[_i].want);
	arena_free(&a);
	quoter_free(q);
}
END_TEST

/*
 * A document ('|' separates sentences, '\n' paragraphs) and its first
 * quote of a kind: the kind, speaker ("" for null) and cue ("" for none).
 */
struct attrib_case {
	const char	*doc;
	enum quote_kind	 kind;
	const char	*speaker;
	const char	*cue;
};

static const struct attrib_case attrib[] = {
	{ "\"We will win,\" Smith said.", QUOTE_DIRECT, "Smith", "said" },
	{ "John Smith arrived.|\"It is over,\" he said.", QUOTE_DIRECT,
	    "John Smith", "said" },
	{ "The Foreign Ministry said that the talks would resume.",
	    QUOTE_INDIRECT, "Foreign Ministry", "said" },
	/* A fragment of a few words inside the reported clause is kept
	 * (qprec). */
	{ "Ana Lopez said the plan was \"a total fantasy\" from the start.",
	    QUOTE_PARTIAL, "Ana Lopez", "said" },
	{ "Azerbaijan denied the report.|\"It is untrue,\" it said.",
	    QUOTE_DIRECT, "Azerbaijan", "said" },
	{ "The envoy to Russia, Ivan Petrov, said that peace was near.",
	    QUOTE_INDIRECT, "Ivan Petrov", "said" },
	{ "\"Nobody knows,\" said Mary Jones, a lawyer.", QUOTE_DIRECT,
	    "Mary Jones", "said" },
	{ "According to Mary Jones, the vote was rigged.", QUOTE_INDIRECT,
	    "Mary Jones", "According to" },
	{ "He was calling on voters to \"stay home and wait.\"", QUOTE_PARTIAL,
	    "", "calling" },
	{ "Prime Minister Anna Berg spoke.\n\"We are ready,\" she said.",
	    QUOTE_DIRECT, "Anna Berg", "said" },
	{ "\"It was fun,\" the host said.", QUOTE_DIRECT, "host", "said" },
	/* A verb after "and" goes on with the sentence: the fragment is
	 * the earlier cue's. */
	{ "Ana Lopez called the vote \"a win for the people\" and urged a "
	    "recount.", QUOTE_PARTIAL, "Ana Lopez", "called" },
	{ "Ana Lopez, 33, told reporters she would run.", QUOTE_INDIRECT,
	    "Ana Lopez", "told" },
	{ "The ministry of defence met.|Its chief left for Paris on Monday, the ministry said.",
	    QUOTE_INDIRECT, "ministry", "said" },
	{ "\"We will win this time.\" \xe2\x80\x95 Karen Smith", QUOTE_DIRECT,
	    "Karen Smith", "" },
	{ "Here is Anna Berg in 1992: \"We need new ideas now.\"",
	    QUOTE_DIRECT, "Anna Berg", "" },
	{ "Mary Jones spoke at length.\nAt 29, she still lives with "
	    "Dirty Dancing posters.|\"It is hard,\" she said.", QUOTE_DIRECT,
	    "Mary Jones", "said" },
	{ "Tom Hale met Republican leaders.|\"We are ready,\" he said.",
	    QUOTE_DIRECT, "Tom Hale", "said" },
	{ "The plan will fail, said Ana Lopez, with a smile.", QUOTE_INDIRECT,
	    "Ana Lopez", "said" },
	{ "\"We lost,\" said retired judge Ana Lopez.", QUOTE_DIRECT,
	    "Ana Lopez", "said" },
	{ "\"We will not go,\" Sen. Tom Hale (D-Ohio) said.", QUOTE_DIRECT,
	    "Tom Hale", "said" },
	{ "\"It is fun,\" one user wrote.", QUOTE_DIRECT, "one user", "wrote" },
	{ "\"Too late,\" the 43-year-old said.", QUOTE_DIRECT, "43-year-old",
	    "said" },
	{ "Said Ana Lopez: \"We are done here.\"", QUOTE_DIRECT, "Ana Lopez",
	    "Said" },
};

/* Quoted strings that are not quotations: no direct or partial quote. */
static const char *const unquoted[] = {
	"He spoke on \"Meet the Press\" on Sunday, she said.",
	"\"Markets fall again,\" by Jane Roe.",
	"The so-called \"independent expenditure\" reports grew, he said.",
	/* A fragment of a few words no reported clause holds (qprec). */
	"Ana Lopez said the board will meet.|Its \"cost of doing business\" "
	    "plan is new.",
	"Rival Tom Hale appeared on \"Face the Nation,\" said Ana Lopez.",
	"She left early.\n'A really tough decision.'\nThey left.",
	"\"Museum opens,\" by Times' Jo Roe: \"The museum will open a "
	    "show of new work in May.\"",
};

static size_t
split_doc(const char *doc, struct quote_sent *s, size_t max)
{
	size_t n = 0, para = 0;
	const char *p = doc, *q;

	while (n < max) {
		for (q = p; *q != '\0' && *q != '|' && *q != '\n'; q++)
			;
		s[n].text = p;
		s[n].len = (size_t)(q - p);
		s[n].para = para;
		s[n].gap = n > 0 ? 1 : 0;
		n++;
		if (*q == '\0')
			break;
		if (*q == '\n')
			para++;
		p = q + 1;
	}
	return n;
}

/* The first quote of c->kind in c->doc has c->speaker and c->cue. */
static void
check_attrib(const struct attrib_case *c)
{
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[8];
	struct quote *out;
	size_t ns, n, i;
	char buf[128];

	ns = split_doc(c->doc, s, 8);
	n = quote_extract(q, s, ns, NULL, 0, &a, &out);
	for (i = 0; i < n && out[i].kind != c->kind; i++)
		;
	ck_assert_uint_lt(i, n);
	snprintf(buf, sizeof(buf), "%.*s", (int)out[i].speaker_len,
	    out[i].speaker ? out[i].speaker : "");
	ck_assert_str_eq(buf, c->speaker);
	snprintf(buf, sizeof(buf), "%.*s", (int)out[i].cue_len,
	    out[i].cue ? out[i].cue : "");
	ck_assert_str_eq(buf, c->cue);
	arena_free(&a);
	quoter_free(q);
}

START_TEST(test_attrib)
{
	check_attrib(&attrib[_i]);
}
END_TEST

START_TEST(test_unquoted)
{
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[8];
	struct quote *out;
	size_t ns, n, i;

	ns = split_doc(unquoted[_i], s, 8);
	n = quote_extract(q, s, ns, NULL, 0, &a, &out);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(out[i].kind, QUOTE_INDIRECT);
	arena_free(&a);
	quoter_free(q);
}
END_TEST

/*
 * One long "sentence" of cues and names: the quotes found hold each byte
 * of it a bounded number of times (reported clauses nest, but not without
 * end), so the work and the output stay linear in the input.
 */
/*
 * Extract the quotes of one sentence made of unit repeated reps times;
 * set *nquotes to their number and *len to the sentence's, and return how
 * many bytes they quote in all.
 */
static size_t
quoted_bytes(const char *unit, size_t reps, size_t *nquotes, size_t *len)
{
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	size_t ulen = strlen(unit), i, n, total = 0;
	char *t = malloc(reps * ulen + 1);
	struct quote_sent s[1];
	struct quote *out;

	ck_assert_ptr_nonnull(t);
	for (i = 0; i < reps; i++)
		memcpy(t + i * ulen, unit, ulen);
	*len = reps * ulen;
	t[*len] = '\0';
	s[0].text = t;
	s[0].len = *len;
	s[0].para = 0;
	s[0].gap = 0;
	n = quote_extract(q, s, 1, NULL, 0, &a, &out);
	for (i = 0; i < n; i++)
		total += out[i].text_len;
	*nquotes = n;
	arena_free(&a);
	quoter_free(q);
	free(t);
	return total;
}

START_TEST(test_long_sentence)
{
	size_t n, len, total = quoted_bytes("John Smith said \"it\" ", 20000,
	    &n, &len);

	ck_assert_uint_gt(n, 0);
	ck_assert_uint_le(total, 4 * len);
}
END_TEST

/* Entity spans are used when given; positions come back per sentence. */
START_TEST(test_ents_and_positions)
{
	static const char t0[] = "Officials met in Paris.";
	static const char t1[] = "\"No,\" the Council of Europe said.";
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[2] = {
		{ t0, sizeof(t0) - 1, 0, 0 },
		{ t1, sizeof(t1) - 1, 0, 1 },
	};
	struct quote_ent e[1] = { { 1, 10, 27, QUOTE_E_ORG } };
	struct quote *out;
	size_t n;

	n = quote_extract(q, s, 2, e, 1, &a, &out);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(out[0].start.sent, 1);
	ck_assert_uint_eq(out[0].start.off, 1);
	ck_assert_uint_eq(out[0].end.off, 4);
	ck_assert_uint_eq(out[0].speaker_len, 17);
	ck_assert(memcmp(out[0].speaker, "Council of Europe", 17) == 0);
	ck_assert_uint_eq(out[0].spk_start.sent, 1);
	ck_assert_uint_eq(out[0].spk_start.off, 10);
	arena_free(&a);
	quoter_free(q);
}
END_TEST

/* Bytes that are not UTF-8, NULs and lone marks must not upset anything. */
START_TEST(test_garbage)
{
	static const char t[] = "\xff\"\xe2\x80 \x00\"'\xc3\"said\"";
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[1] = { { t, sizeof(t) - 1, 0, 0 } };
	struct quote *out;

	(void)quote_extract(q, s, 1, NULL, 0, &a, &out);
	ck_assert_uint_eq(quote_extract(q, s, 0, NULL, 0, &a, &out), 0);
	arena_free(&a);
	quoter_free(q);
}
END_TEST

/*
 * Speakers (qspeakers): a document and its first quote of a kind, as in
 * attrib[] above.
 */
static const struct attrib_case speakers[] = {
	/* Two people of one last name: told apart by given name. */
	{ "Hillary Moss spoke first.|Then Bill Moss arrived.|"
	    "\"We are ready,\" he said.", QUOTE_DIRECT, "Bill Moss", "said" },
	{ "Ann Cole met Tom Cole.|\"We are ready,\" Mr. Cole said.",
	    QUOTE_DIRECT, "Tom Cole", "said" },
	{ "Ann Cole met Tom Cole.|\"We are ready,\" Cole said.",
	    QUOTE_DIRECT, "Ann Cole", "said" },
	/* A name in a headline yields to the one the text gives. */
	{ "Late Osei goal sends Rovers top\nKwame Osei scored twice.|"
	    "\"We deserved it,\" Osei said.", QUOTE_DIRECT, "Kwame Osei",
	    "said" },
	{ "Ann Quill, biologist, dies at 91\nAnn Quill died on Tuesday.|"
	    "Her son, Tom Quill, said she was ill.|\"Time is short,\" "
	    "Dr. Quill said in 1998.", QUOTE_DIRECT, "Ann Quill", "said" },
	{ "She died in Trenton, said Ann Quill of Trenton, N.J.\n"
	    "Tom Quill spoke.|\"Time is short,\" Quill said.",
	    QUOTE_DIRECT, "Ann Quill", "said" },
	/* A last name of two words: the same person. */
	{ "Ana Gonz\xc3\xa1lez Anaya spoke.|\"We won,\" Gonz\xc3\xa1lez Anaya "
	    "said.", QUOTE_DIRECT, "Ana Gonz\xc3\xa1lez Anaya", "said" },
	/* An organisation's name ends before a title. */
	{ "Ohio Farm Party Chairman Tom Hale called it a win.|"
	    "\"It is a win,\" he said.", QUOTE_DIRECT, "Tom Hale", "said" },
	/* In its own sentence, a pronoun is first the subject. */
	{ "John Roe met Tom Fox on Monday, and he said that the talks went "
	    "well.", QUOTE_INDIRECT, "John Roe", "said" },
	/* A sentence that opens with a quote: the speaker is before it. */
	{ "Tom Hale spoke.|\"We won\" -- and Bob Lee agreed -- \"for good,\" "
	    "he says.", QUOTE_DIRECT, "Tom Hale", "says" },
	/* An owner is not the subject. */
	{ "Tom Hale's aide, Bob Lee, spoke.|\"We won,\" he said.",
	    QUOTE_DIRECT, "Bob Lee", "said" },
	/* After a cue: the person a run of modifiers ends with. */
	{ "\"We won,\" said Hale ally James Boyd.", QUOTE_DIRECT,
	    "James Boyd", "said" },
	{ "\"We won,\" said the Rev. Peter Wherry, of the church.",
	    QUOTE_DIRECT, "Peter Wherry", "said" },
	{ "According to conservative radio host Rush Lee, the vote was "
	    "rigged.", QUOTE_INDIRECT, "Rush Lee", "According to" },
	{ "\"We won,\" said former secretary of state Ann Lee, who left.",
	    QUOTE_DIRECT, "Ann Lee", "said" },
	{ "\"Meh,\" wrote a Hale supporter who runs a blog.", QUOTE_DIRECT,
	    "a Hale supporter who runs a blog", "wrote" },
	/* An aside between dashes, with a fragment in it; its "who". */
	{ "Mayor Ann Lee - who once said she would \"never\" raise taxes - "
	    "said on Monday that the levy was needed.", QUOTE_PARTIAL,
	    "Ann Lee", "said" },
	{ "Mayor Ann Lee \xe2\x80\x94 who once said she would never raise "
	    "taxes \xe2\x80\x94 said the levy was needed.", QUOTE_INDIRECT,
	    "Ann Lee", "said" },
	/* A description goes on over "for"/"at" after its person noun. */
	{ "\"This is good news,\" a spokesperson for the lender said.",
	    QUOTE_DIRECT, "a spokesperson for the lender", "said" },
	{ "A spokeswoman for the lender said the rate would fall.",
	    QUOTE_INDIRECT, "A spokeswoman for the lender", "said" },
	{ "\"It is over,\" a source familiar with the talks said.",
	    QUOTE_DIRECT, "a source familiar with the talks", "said" },
	/* A date between the subject and its cue. */
	{ "Tom Hale on Oct. 3 said the plan was dead.", QUOTE_INDIRECT,
	    "Tom Hale", "said" },
	{ "Ana Lopez on 21 October said the plan was dead.", QUOTE_INDIRECT,
	    "Ana Lopez", "said" },
	/* An organisation that issued a statement speaks in it too. */
	{ "The ministry issued a statement: \"We deny it.\"", QUOTE_DIRECT,
	    "ministry", "" },
	/* An owned office speaks for its owner; an owned person not. */
	{ "Alan Reyes spoke.|Reyes's office said he was busy.",
	    QUOTE_INDIRECT, "Alan Reyes", "said" },
	{ "Alan Reyes spoke.|Reyes's spokesman said he was busy.",
	    QUOTE_INDIRECT, "Reyes's spokesman", "said" },
	/* An organisation ends before a given name of either sex. */
	{ "Senate Majority Leader Robin Ruiz said the vote was a win.",
	    QUOTE_INDIRECT, "Robin Ruiz", "said" },
	/* "told" has its object after it: never inverted. */
	{ "\"Yes,\" Ann Lee, a Hale supporter, told the Daily Star.",
	    QUOTE_DIRECT, "Ann Lee", "told" },
	/* "and later said": the sentence's subject. */
	{ "Tom Hale spoke when he arrived and later said, \"We won.\"",
	    QUOTE_DIRECT, "Tom Hale", "said" },
	/* "He then listed them:" before a quote: who he is. */
	{ "Tom Hale wrote a letter.\nHe then listed his demands:\n"
	    "\"More pay now.\"", QUOTE_DIRECT, "Tom Hale", "" },
	/* Past an opening phrase ("Hours later,", "Amid ...,"). */
	{ "Hours later, Tom Hale met Bob Lee, telling reporters, \"We won.\"",
	    QUOTE_DIRECT, "Tom Hale", "telling" },
	{ "Amid the protests over the vote, Tom Hale left early, saying that "
	    "he was done.", QUOTE_INDIRECT, "Tom Hale", "saying" },
	/* A description goes on over "for" and a name. */
	{ "\"We won,\" said a spokesman for the Foreign Ministry.",
	    QUOTE_DIRECT, "a spokesman for the Foreign Ministry", "said" },
	/* Descriptions with names and numbers; not a preposition's object. */
	{ "\"We won,\" the GOP front-runner said.", QUOTE_DIRECT,
	    "GOP front-runner", "said" },
	{ "\"We won,\" the People's Daily newspaper wrote.", QUOTE_DIRECT,
	    "People's Daily newspaper", "wrote" },
	{ "However, 63 percent said that the plan was fair.", QUOTE_INDIRECT,
	    "63 percent", "said" },
	{ "A source familiar with the inquiry said that the plan was fair.",
	    QUOTE_INDIRECT, "A source familiar with the inquiry", "said" },
	/* A passive names no speaker. */
	{ "Tom Hale was asked, \"Why now?\"", QUOTE_DIRECT, "", "asked" },
	/* "Commission on Fair Debates" is one organisation, no person. */
	{ "Tom Hale spoke.|The Commission on Fair Debates announced a change.|"
	    "\"We won,\" he said.", QUOTE_DIRECT, "Tom Hale", "said" },
	/* A speaker inside a sentence after its subject: "he" is the
	 * subject. */
	{ "Tom Hale left the stage, noting that Bob Lee had said that the vote "
	    "was rigged.|\"We won,\" he said.", QUOTE_DIRECT, "Tom Hale",
	    "said" },
	/* "issued a statement, "..."": the subject, past "Immediately". */
	{ "Tom Hale spoke.|Immediately after the vote, Bob Lee issued a "
	    "statement, \"We lost the vote.\"", QUOTE_DIRECT, "Bob Lee", "" },
	/* "reporting:" closing the sentence before: its subject. */
	{ "The Daily Star confirmed it, reporting:\n\"The vote was rigged by "
	    "the party.\"", QUOTE_DIRECT, "Daily Star", "reporting" },
	/* The person set beside a description ("X's aide, actress Y"). */
	{ "\"It is time,\" exhorted Hale's aide, actress Ann Lee.",
	    QUOTE_DIRECT, "Ann Lee", "exhorted" },
	{ "\"We won,\" said the lawyer, Ann Lee.", QUOTE_DIRECT, "Ann Lee",
	    "said" },
	{ "In May, Tom Hale's state director, Bob Lee, reached out to us, "
	    "writing: \"We won.\"", QUOTE_DIRECT, "Bob Lee", "writing" },
	/* A quote that ends its sentence, then only "X questioned.". */
	{ "\"What was the point of it all?\"|Bob Lee questioned.",
	    QUOTE_DIRECT, "Bob Lee", "questioned" },
	{ "\"What was the point of it all?\"|Bob Lee said that he would "
	    "stay.", QUOTE_DIRECT, "", "" },
	/* An -ing cue after a thing ("a press release saying"): the
	 * sentence's subject, organisation or description. */
	{ "After the debate, the Farm Union sent out a press release saying "
	    "that the vote was rigged.", QUOTE_INDIRECT, "Farm Union",
	    "saying" },
	{ "After the debate, a spokesman for Tom Hale sent out a note saying "
	    "that the vote was rigged.", QUOTE_INDIRECT,
	    "a spokesman for Tom Hale", "saying" },
	/* "X and others said": X. */
	{ "Ann Lee spoke.|Lee and others said that they would vote.",
	    QUOTE_INDIRECT, "Ann Lee", "said" },
	/* Past two opening phrases. */
	{ "On Monday, after a long wait, Tom Hale left the hall, saying, "
	    "\"We won.\"", QUOTE_DIRECT, "Tom Hale", "saying" },
};

START_TEST(test_speakers)
{
	check_attrib(&speakers[_i]);
}
END_TEST

/* A last name the tagger took for a place is the person of that name. */
START_TEST(test_tagger_place_is_person)
{
	static const char t0[] = "Radek Garcia came.";
	static const char t1[] = "Garcia met Bob Hale.";
	static const char t2[] = "\"No,\" he said.";
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[3] = {
		{ t0, sizeof(t0) - 1, 0, 0 },
		{ t1, sizeof(t1) - 1, 0, 1 },
		{ t2, sizeof(t2) - 1, 0, 1 },
	};
	struct quote_ent e[3] = {
		{ 0, 0, 12, QUOTE_E_PERSON },
		{ 1, 0, 6, QUOTE_E_LOC },
		{ 1, 11, 19, QUOTE_E_PERSON },
	};
	struct quote *out;
	size_t n;

	n = quote_extract(q, s, 3, e, 3, &a, &out);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(out[0].speaker_len, 12);
	ck_assert(memcmp(out[0].speaker, "Radek Garcia", 12) == 0);
	arena_free(&a);
	quoter_free(q);
}
END_TEST

/*
 * Speakers (qspk): a document and its first quote of a kind, as in
 * attrib[] above.
 */
static const struct attrib_case spk_more[] = {
	/* A time adjunct between the subject and its cue. */
	{ "Ann Lee spoke.|Tom Hale on Monday said that the vote was rigged.",
	    QUOTE_INDIRECT, "Tom Hale", "said" },
	{ "Ann Lee spoke.|Tom Hale in 2010 said that the vote was rigged.",
	    QUOTE_INDIRECT, "Tom Hale", "said" },
	{ "Ire was aimed at Bob Lee, who Tom Hale on Wednesday called "
	    "\"a liar.\"", QUOTE_DIRECT, "Tom Hale", "called" },
	/* ... but not past the object of a preposition: the description
	 * and its relative clause (qspk3). */
	{ "Ann Lee spoke.|The groups who wrote to her on Thursday say that "
	    "the plan is unfair.", QUOTE_INDIRECT,
	    "groups who wrote to her on Thursday", "say" },
	/* A trailing "told" with its object: the clause before. */
	{ "Prices will rise sharply next year, the minister told the BBC.",
	    QUOTE_INDIRECT, "minister", "told" },
	{ "Ann Lee spoke.|The talks will resume on Monday, she told reporters "
	    "on Friday.", QUOTE_INDIRECT, "Ann Lee", "told" },
	/* A politician's party and state between commas before "who". */
	{ "Sen. Mark Prewitt, R-Texas, who voted against the bill, said it "
	    "was bad.", QUOTE_INDIRECT, "Mark Prewitt", "said" },
	{ "Rep. Ann Cole, D-Calif., who chairs the panel, said it was bad.",
	    QUOTE_INDIRECT, "Ann Cole", "said" },
	/* An organisation's relative clause with a place set off by commas
	 * inside: the organisation, not the place. */
	{ "The Tanners Union, which represents workers at the Selby, "
	    "Yorkshire, plant, said it would seek talks.", QUOTE_INDIRECT,
	    "Tanners Union", "said" },
	/* A long relative clause between the subject and its cue. */
	{ "Earlier this week, Ann Lee, who served as mayor when the plan was "
	    "made to close the old harbour, conceded that the plan failed.",
	    QUOTE_INDIRECT, "Ann Lee", "conceded" },
	/* A headline's name ends before its verb. */
	{ "Ann Lee Says Tom Hale Is Wrong About Taxes.", QUOTE_INDIRECT,
	    "Ann Lee", "Says" },
	/* Where a person is from is not the speaker. */
	{ "\"We won,\" said Tom Hale of Kenya.", QUOTE_DIRECT, "Tom Hale",
	    "said" },
	{ "Dean Moss, a 55-year-old farmer from Kenya, says that the plan "
	    "will fail.", QUOTE_INDIRECT, "Dean Moss", "says" },
	/* A name that modifies a title is not the subject. */
	{ "Tom Hale spoke.|Hale spokesman Rick Tyler said that the campaign "
	    "will go on, he said.", QUOTE_INDIRECT, "Rick Tyler", "said" },
	/* A dateline or a heading in capitals names nobody. */
	{ "DENVER, Colo. -- Sen. Ann Lee weighed in on the plan, calling it "
	    "a \"fireable offense.\"", QUOTE_INDIRECT, "Ann Lee", "calling" },
	/* "of" inside a title: "secretary of state Ann Lee" is a subject. */
	{ "Bob Lee has many supporters.|Former US secretary of state Ann Moss, "
	    "a Lee supporter, stirred a fight over her remark that \"we won.\"",
	    QUOTE_INDIRECT, "Ann Moss", "remark" },
	/* "..., he laughed and said": the subject of the cue's clause. */
	{ "Ann Lee will speak soon.|When Tom Hale, Lee's campaign manager was "
	    "asked if Lee would speak, he laughed and said, \"We'll see.\"",
	    QUOTE_DIRECT, "Tom Hale", "said" },
	/* A pronoun is not the object of a preposition in its sentence. */
	{ "Tom Hale spoke.|At a meeting on Tuesday with Kim Park, he said "
	    "that the plan would fail.", QUOTE_INDIRECT, "Tom Hale", "said" },
	/* A capitalised word that opens the subject and modifies it. */
	{ "Eleven progressive and rural groups are asking Ann Lee to quit.",
	    QUOTE_INDIRECT, "Eleven progressive and rural groups", "asking" },
	{ "Local news station KTV 7 is reporting that the sign fell.",
	    QUOTE_INDIRECT, "Local news station KTV 7", "reporting" },
	/* A name that only modifies the noun after the cue. */
	{ "\"It was handled lightly,\" said a former U.S. law enforcement "
	    "official who left.", QUOTE_DIRECT,
	    "a former U.S. law enforcement official who left", "said" },
	/* "Led by X," opens the sentence; "rally" is no adverb. */
	{ "Led by Mayor Ann Lee, the rally denounced the plan as \"a "
	    "disgrace.\"", QUOTE_INDIRECT, "rally", "denounced" },
	/* A name starts after a title inside a capitalised run and ends
	 * before "of" and a place. */
	{ "\"We won,\" Ohio Gov. Ann Lee said.", QUOTE_DIRECT, "Ann Lee",
	    "said" },
	{ "\"We won,\" said Democratic Sen. Chris Hale of Oregon.",
	    QUOTE_DIRECT, "Chris Hale", "said" },
	{ "\"We won,\" said Chancellor Anna Berg of Austria.", QUOTE_DIRECT,
	    "Anna Berg", "said" },
	{ "\"We won,\" Lee Senior Adviser Sidney Moss said.", QUOTE_DIRECT,
	    "Sidney Moss", "said" },
	/* A verb that is no cue, after a comma: its subject is asked for
	 * as a cue's would be (this crashed once on the cue's classes). */
	{ "Ana Moss, in particular, has been pounding Tom Hale as a \"con "
	    "artist\" - just as she did in 2012.", QUOTE_INDIRECT, "Ana Moss",
	    "pounding" },
	/* The agent of a passive cue is its speaker. */
	{ "Tom Hale was asked by Fox moderator Gerard Lee whether his plan "
	    "would cost \"too much.\"", QUOTE_INDIRECT, "Gerard Lee",
	    "asked" },
	/* "went on to say": over the verb before "to". */
	{ "Ann Lee spoke.|Tom Hale went on to say that the plan would "
	    "work.", QUOTE_INDIRECT, "Tom Hale", "say" },
	/* "the chief known as Bob": the person named. */
	{ "\"There was no order,\" said the base chief known as Bob Hale, "
	    "speaking for the first time.", QUOTE_DIRECT, "Bob Hale", "said" },
	/* "According to X, Y said": X, the source. */
	{ "According to the Daily Star, Ann Lee praised her \"wonderful "
	    "donors\" at the event.", QUOTE_INDIRECT, "Daily Star",
	    "According to" },
	{ "According to farm pool reports, Ann Lee praised her donors.",
	    QUOTE_INDIRECT, "farm pool reports", "According to" },
	{ "A fair wage is about $12 an hour, according to calculations by Amy "
	    "Moss of the Institute of Technology.", QUOTE_INDIRECT,
	    "Amy Moss", "according to" },
	/* The day of a report is not part of its name. */
	{ "The plant leaked for years, according to a state report on "
	    "Tuesday.", QUOTE_INDIRECT, "a state report", "according to" },
	/* An inverted cue after an opening phrase, before a colon. */
	{ "In other words, explained CBS moderator Nancy Lee: \"What does it "
	    "mean?\"", QUOTE_DIRECT, "Nancy Lee", "explained" },
	/* A preposition's object after a participle is not the subject. */
	{ "Another intelligence source speaking to Fox News said, \"The agents "
	    "are looking.\"", QUOTE_DIRECT, "Another intelligence source",
	    "said" },
	/* A description that opens the sentence, before "has". */
	{ "The retired surgeon has given no details, saying only that he was "
	    "\"refining some practices.\"", QUOTE_INDIRECT, "retired surgeon",
	    "saying" },
	/* Descriptions without an article: "many", "some", plurals. */
	{ "Tom Hale had a good debate, when many commentators called him "
	    "\"the grownup on the stage.\"", QUOTE_INDIRECT,
	    "many commentators", "called" },
	{ "Multiple outlets reported on Wednesday that the agency had \"more "
	    "than one talk\" with him.", QUOTE_INDIRECT, "Multiple outlets",
	    "reported" },
	{ "Tom Hale spoke after a show during which callers asked how much "
	    "money he was getting.", QUOTE_INDIRECT, "callers", "asked" },
	/* The description a relative clause before the cue hangs on. */
	{ "A farm official who spoke anonymously to discuss the plan said "
	    "Wednesday, \"There are talks.\"", QUOTE_DIRECT,
	    "A farm official who spoke anonymously to discuss the plan",
	    "said" },
	{ "\"There is no path,\" said one of those advisers, who spoke on the "
	    "condition of anonymity.", QUOTE_DIRECT, "one of those advisers",
	    "said" },
	/* A parenthetical attribution names who "he" is next. */
	{ "Tom Hale, Bob Moss said, has created a strange zone.|\"So his fans "
	    "feel fine,\" he said.", QUOTE_DIRECT, "Bob Moss", "said" },
	/* A subject opened by a run of modifiers ends with a person. */
	{ "In line with most voters, Farm Party hopeful Sen. Tom Hale was "
	    "critical of the plan, telling the Star: \"It is over.\"",
	    QUOTE_DIRECT, "Tom Hale", "telling" },
	/* The person a description with a relative clause is set beside. */
	{ "Bob Lee, a Kenya native who writes fiction, has a book with one "
	    "story on a contest \"where the loser becomes the meal.\"",
	    QUOTE_PARTIAL, "Bob Lee", "writes" },
	/* "kept asking": over the verb before an -ing cue. */
	{ "Ann Lee spoke first, and Sen. Tom Hale (R-Wis.) kept asking her "
	    "why the plan had failed.", QUOTE_INDIRECT, "Tom Hale", "asking" },
	/* "said in a statement that": the verb's speaker and cue. */
	{ "Tom Hale, who is running against Bob Lee, said in a statement that "
	    "\"the plan has failed.\"", QUOTE_INDIRECT, "Tom Hale",
	    "said" },
	/* A description goes on over "to" after a role noun, and titles. */
	{ "\"We won,\" said the former top aide to President Ann Lee.",
	    QUOTE_DIRECT, "former top aide to President Ann Lee", "said" },
	/* The second verb of a subject: "X VERBED ... and said". */
	{ "Tom Hale met the mayor on Monday and said the plan would fail.",
	    QUOTE_INDIRECT, "Tom Hale", "said" },
	{ "DENVER, Colo. (Wire) - Gov. Ann Lee met the farmers and said the "
	    "plan would fail.", QUOTE_INDIRECT, "Ann Lee", "said" },
	/* A thing that carries its owner's words: the owner. */
	{ "Ann Lee spoke on Monday.|Her economic plan promises that taxes "
	    "will \"fall for everyone.\"", QUOTE_INDIRECT, "Ann Lee",
	    "promises" },
	{ "Tom Hale's recent claim that the vote was \"rigged\" drew fire.",
	    QUOTE_INDIRECT, "Tom Hale", "claim" },
	/* ... also when the thing is itself a cue ("answer"). */
	{ "The Ohio senator's answer was that \"the family comes first,\" "
	    "so the state should help.", QUOTE_INDIRECT, "Ohio senator",
	    "was" },
	/* ... not a person: "her boss" speaks for themself. */
	{ "Ann Lee spoke on Monday.|Her boss told her that the room was "
	    "booked.", QUOTE_INDIRECT, "Her boss", "told" },
	/* A quantifier alone at the start of its clause. */
	{ "The voters were angry, and several said the plan would fail.",
	    QUOTE_INDIRECT, "several", "said" },
	{ "The plan passed, but others argue that it will fail.",
	    QUOTE_INDIRECT, "others", "argue" },
	/* ... but not a bare phrase ("A few minutes later"). */
	{ "A few minutes later they left the room and said the vote was "
	    "over.", QUOTE_INDIRECT, "", "said" },
};

START_TEST(test_spk_more)
{
	check_attrib(&spk_more[_i]);
}
END_TEST

/* Descriptions that go on over what restricts them (qspk3). */
static const struct attrib_case spk_desc[] = {
	/* An age, then a relative clause or an appositive that ends in
	 * a place: the person before them. */
	{ "Shop owner Lina Yates, 52, who runs a bakery on Hill Street, said "
	    "she feared losing trade.", QUOTE_INDIRECT, "Lina Yates", "said" },
	{ "Lina Yates, 52, a baker in Leeds, said she feared losing trade.",
	    QUOTE_INDIRECT, "Lina Yates", "said" },
	/* "her spokesman", "his coach": a person of their own; "his
	 * office" speaks for him. */
	{ "Ann Lee spoke.|Later her spokesman said the room was booked.",
	    QUOTE_INDIRECT, "her spokesman", "said" },
	{ "Tom Hale spoke.|Later his office said the room was booked.",
	    QUOTE_INDIRECT, "Tom Hale", "said" },
	{ "Wigan boss Gary Tolland was less happy.|\"We switched off,\" he "
	    "said.", QUOTE_DIRECT, "Gary Tolland", "said" },
	/* A relative clause with no comma before "who". */
	{ "\"We need more time,\" said a former city official who ran the "
	    "audit.", QUOTE_DIRECT, "a former city official who ran the audit",
	    "said" },
	{ "Senior aides who have studied the polls argue that the race is "
	    "over.", QUOTE_INDIRECT, "Senior aides who have studied the polls",
	    "argue" },
	/* ... up to a second verb, which is the cue's. */
	{ "\"We lost,\" said an aide who ran the count and described the "
	    "result as \"a blow.\"", QUOTE_DIRECT, "an aide who ran the count",
	    "said" },
	/* Not a clause set off by a comma, nor one after a name. */
	{ "\"It is over,\" said a senior aide, who asked not to be named.",
	    QUOTE_DIRECT, "a senior aide", "said" },
	{ "Ann Lee spoke.|\"It is done,\" said Tom Hale who ran the count.",
	    QUOTE_DIRECT, "Tom Hale", "said" },
	/* The cue inside the clause: "who can argue". */
	{ "The mayor is a leader who can argue that the plan is fair.",
	    QUOTE_INDIRECT, "a leader", "argue" },
	/* A phrase with "of" after a lower-case head. */
	{ "\"It is bad,\" said one owner of a bakery.", QUOTE_DIRECT,
	    "one owner of a bakery", "said" },
	{ "\"We must act,\" wrote the authors of the report.", QUOTE_DIRECT,
	    "authors of the report", "wrote" },
	{ "\"We must act,\" wrote the authors of the \"Farm Futures Plan,\" "
	    "citing the drought.", QUOTE_DIRECT,
	    "authors of the \"Farm Futures Plan,\"", "wrote" },
	{ "A group of 40 Dutch farmers, bakers and teachers this week "
	    "published a letter and called on people to \"stand up.\"",
	    QUOTE_INDIRECT, "A group of 40 Dutch farmers", "called" },
	/* ... up to a relative clause, which the phrase does not take. */
	{ "\"It is bad,\" said one owner of a shop that sells bread.",
	    QUOTE_DIRECT, "one owner of a shop", "said" },
	/* "as X put it", "as X pointed out" before a quote. */
	{ "Ann Lee is mayor.|But as farm lawyer Tom Hale put it, \"there is "
	    "not much to say.\"", QUOTE_DIRECT, "Tom Hale", "put it" },
	{ "Tom Hale is mayor.|But as the Daily Star pointed out, \"Hale has "
	    "not paid his taxes.\"", QUOTE_DIRECT, "Daily Star",
	    "pointed out" },
	/* A relative clause with a verb cue in it, up to the cue. */
	{ "Ann Lee is mayor.|The groups who wrote to her on Monday say they "
	    "are \"worried about the plan.\"", QUOTE_INDIRECT,
	    "groups who wrote to her on Monday", "say" },
	/* "To X, ...": whose view it is; "he" after it is X. */
	{ "Tom Hale and Bob Lee ran.|To farm consultant Hale, the plan of Bob "
	    "Lee is silly, given Lee's weakness with farmers.|\"This is them "
	    "pretending,\" he said.", QUOTE_DIRECT, "Tom Hale", "said" },
	/* A phrase between a subject and its cue: over it after a name,
	 * kept after a description; a time phrase is no part of one. */
	{ "Bob Lee ran.|Tom Hale in his opening speech called the plan "
	    "\"a farce.\"", QUOTE_INDIRECT, "Tom Hale", "called" },
	{ "Bob Lee ran.|The rejection was complete when Tom Hale at a rally "
	    "in Ohio called farmers \"thieves.\"", QUOTE_INDIRECT,
	    "Tom Hale", "called" },
	{ "Bob Lee ran.|Officials and aides in Kenton say the plan is bad.",
	    QUOTE_INDIRECT, "Officials and aides in Kenton", "say" },
	{ "Bob Lee ran.|The Hale campaign on Tuesday responded that it had "
	    "moved.", QUOTE_INDIRECT, "Hale campaign", "responded" },
	/* ... not the object of a verb before it. */
	{ "Bob Lee ran.|Farmers eager to block Tom Hale from the race say "
	    "the plan is bad.", QUOTE_INDIRECT, "", "say" },
	/* "reads" after a document that holds the words. */
	{ "Ann Lee is mayor.|\"The plan is bad,\" the suit reads.",
	    QUOTE_DIRECT, "suit", "reads" },
	/* "magazine" after a name is part of it. */
	{ "\"We won,\" wrote the Farm Times magazine.", QUOTE_DIRECT,
	    "Farm Times magazine", "wrote" },
};

START_TEST(test_spk_desc)
{
	check_attrib(&spk_desc[_i]);
}
END_TEST

static void	add_span_tests(TCase *);
static void	add_extent_tests(TCase *);
static void	add_probe_tests(TCase *);
static void	add_spk4_tests(TCase *);
static void	add_fp_tests(TCase *);

static Suite *
quote_suite(void)
{
	Suite *s = suite_create("quote");
	TCase *tc = tcase_create("core");

	/* The long-sentence cases take seconds under sanitizers on a busy
	 * machine: a test here checks behaviour, not time. */
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_marks, 0, sizeof(marks) / sizeof(marks[0]));
	tcase_add_loop_test(tc, test_attrib, 0,
	    sizeof(attrib) / sizeof(attrib[0]));
	tcase_add_loop_test(tc, test_unquoted, 0,
	    sizeof(unquoted) / sizeof(unquoted[0]));
	tcase_add_test(tc, test_long_sentence);
	tcase_add_test(tc, test_ents_and_positions);
	tcase_add_test(tc, test_garbage);
	tcase_add_loop_test(tc, test_speakers, 0,
	    sizeof(speakers) / sizeof(speakers[0]));
	tcase_add_test(tc, test_tagger_place_is_person);
	tcase_add_loop_test(tc, test_spk_more, 0,
	    sizeof(spk_more) / sizeof(spk_more[0]));
	tcase_add_loop_test(tc, test_spk_desc, 0,
	    sizeof(spk_desc) / sizeof(spk_desc[0]));
	add_span_tests(tc);
	add_extent_tests(tc);
	add_probe_tests(tc);
	add_spk4_tests(tc);
	add_fp_tests(tc);
	suite_add_tcase(s, tc);
	return s;
}

/*
 * False reports, session 9 (qfp): every quote of doc as "K:text" (K is D
 * direct, P partial, I indirect), joined by "|", must be want.
 */
static const struct {
	const char	*doc;
	const char	*want;
} fps[] = {
	/* The occasion of a report ("when asked ...", "in answering ...")
	 * is the reporter's, not what was said. */
	{ "Some 12 percent of the farmers polled reported \"no idea\" when "
	    "asked whether the plan would pass.",
	    "I:\"no idea\"|I:whether the plan would pass" },
	{ "When Tom Hale said the plan was \"a farce\" in answering a "
	    "question on the radio, his aides winced.",
	    "I:the plan was \"a farce\"|P:a farce" },
	/* "when asked" with no question after it is a condition of what
	 * was said. */
	{ "Ann Lee said she would help when asked.",
	    "I:she would help when asked" },
	/* A passive cue's object ends at its agent: the scare quote after
	 * it is no one's words. */
	{ "Dr. Tom Hale has been called a quack by fellow doctors for "
	    "selling \"miracle\" pills.", "I:a quack" },
	/* "that" with a bare noun and a preposition and no verb after it
	 * is a determiner, no clause. */
	{ "Ana Lopez reiterated that approach in an interview last week.",
	    "" },
	{ "Ana Lopez reiterated that growth in the region slowed.",
	    "I:growth in the region slowed" },
	{ "Ann Lee said that growth in jobs, at long last, is strong.",
	    "I:growth in jobs, at long last, is strong" },
	/* "CLAUSE, said six-million people who ...": the people and their
	 * relative clause are the speaker, the clause is said. */
	{ "I guess that settles it, said six-million people who lost "
	    "their jobs.", "I:I guess that settles it" },
	{ "The mayor said two people who lost their jobs would get help.",
	    "I:two people who lost their jobs would get help" },
	/* A quoted title that modifies the role noun of a name. */
	{ "\"Home is Where We Live\" star Anna Perez said she was \"thrilled\" by "
	    "the news.", "I:she was \"thrilled\" by the news|P:thrilled" },
	/* A quote with no capital after its first word, then a role
	 * noun, a name and a cue: said by that name. */
	{ "\"We will not back down\" leader Ann Lee told the rally.",
	    "P:We will not back down" },
	/* Words chanted or sung right after the verb are voiced, in
	 * capitals or not. */
	{ "Hundreds of protesters marched, chanting \"Lee or Hale, No "
	    "Jail,\" as police watched.", "D:Lee or Hale, No Jail," },
	/* A judging cue (described, defended) reports no fragment that
	 * names a thing ("the mayor's "..." line") or that lies past an
	 * adjunct set off by a comma. */
	{ "Tom Hale defended the mayor's \"we will win\" line by saying it "
	    "was a joke.", "I:it was a joke" },
	{ "They would only describe it in broad terms, as \"a media "
	    "company\" that will make news.", "" },
	{ "Tom Hale praised his side's \"perfect\" game in the derby.",
	    "I:his side's \"perfect\" game in the derby|P:perfect" },
	{ "Tom Hale described the plan as \"a disaster\" for the town.",
	    "I:the plan as \"a disaster\" for the town|P:a disaster" },
	/* After a noun, "that" and an aside, then a verb: a relative
	 * pronoun, no clause reported; after a verb the clause goes on. */
	{ "It was an argument that, no matter how one feels about the plan, "
	    "did not ring true.", "" },
	{ "Tom Hale said that, if elected, he would cut taxes.",
	    "I:if elected, he would cut taxes" },
	/* A bare cue opening its sentence bids the reader. */
	{ "Now tell us this is not a witch hunt!", "" },
	/* "according to" after a relative clause on a person, or one
	 * after a dash: the source supports that clause; not a "which"
	 * after a comma, which may sum up the sentence. */
	{ "He did poorly in areas with many farmers, who make up most of the "
	    "county, according to a survey.",
	    "I:who make up most of the county" },
	{ "The answer is simple - which it often is, according to Ann Lee.",
	    "I:which it often is" },
	{ "About 40 million people owe $1 trillion, up from $800 billion in "
	    "2010, which includes private loans, according to the bank.",
	    "I:About 40 million people owe $1 trillion, up from $800 billion "
	    "in 2010, which includes private loans" },
	/* Markup between an attribute's closing mark and the next mark. */
	{ "<tweet author=\"@someone\" date=\"May 2, 2026/\">I love this "
	    "town. We will win.<tweet/>\" is what she wrote.", "" },
	/* A quote between a person's possessive and a noun of things said
	 * is that person's words, cue or no cue (check_owned below). */
	{ "Tom Hale's \"47 percent\" remark angered voters.",
	    "P:47 percent" },
	/* Not before a noun that names no words ("campaign office"). */
	{ "Tom Hale's \"Fair Deal\" campaign office opened.", "" },
	{ "Ann Lee's campaign is \"dead,\" critics say.",
	    "I:Ann Lee's campaign is \"dead,\"|P:dead," },
	/* 'the term "red tape,"': a mention of the words. */
	{ "She steered around the charged term, \"red tape,\" which some "
	    "want leaders to use.", "" },
	/* A description fronted before the person who opens the clause is
	 * the reporter's; a time phrase stays in. */
	{ "Then a student living in Ohio, Ms. Lee found running to be a salve "
	    "for her worries, she said.",
	    "I:Ms. Lee found running to be a salve for her worries" },
	{ "A year ago, Ann Lee found running to be a salve, she said.",
	    "I:A year ago, Ann Lee found running to be a salve" },
	/* After a clause with a cue of its own, ", and" and a clause with
	 * a determiner subject: the trailing cue reports that conjunct. */
	{ "Members are asked to rank their choices, and the farm panel is "
	    "less likely to be \"overrun by lobbyists,\" Ann Lee said.",
	    "I:to rank their choices|I:the farm panel is less likely to be "
	    "\"overrun by lobbyists,\"|P:overrun by lobbyists," },
	/* A fragment in a dash aside before the cue: the reporter's. */
	{ "The brand - a firm billed as \"the place for women who work\" - "
	    "noted that it offers eight weeks of leave.",
	    "I:it offers eight weeks of leave" },
};

/*
 * The quotes of doc joined by "|" must be want: every quote with its kind
 * ("D:", "P:", "I:") before its text, or the indirect ones alone, bare.
 */
static void
check_quotes(const char *doc, int indirect_only, const char *want)
{
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[8];
	struct quote *out;
	size_t ns, n, i;
	char got[512];

	ns = split_doc(doc, s, 8);
	n = quote_extract(q, s, ns, NULL, 0, &a, &out);
	got[0] = '\0';
	for (i = 0; i < n; i++) {
		if (indirect_only && out[i].kind != QUOTE_INDIRECT)
			continue;
		if (got[0] != '\0')
			strcat(got, "|");
		if (!indirect_only)
			strcat(got, out[i].kind == QUOTE_DIRECT ? "D:" :
			    out[i].kind == QUOTE_PARTIAL ? "P:" : "I:");
		strncat(got, out[i].text, out[i].text_len);
	}
	ck_assert_str_eq(got, want);
	arena_free(&a);
	quoter_free(q);
}

START_TEST(test_fps)
{
	check_quotes(fps[_i].doc, 0, fps[_i].want);
}
END_TEST

/* The owner of a quote named by a noun of things said speaks it. */
static const struct attrib_case owned[] = {
	{ "Tom Hale's \"47 percent\" remark angered voters.", QUOTE_PARTIAL,
	    "Tom Hale", "" },
	{ "It is the pull of Ann Lee's \"if you like your plan, you can keep "
	    "it\" promise.", QUOTE_PARTIAL, "Ann Lee", "" },
	{ "Tom Hale's \"no surrender\" battle cry rang out.", QUOTE_PARTIAL,
	    "Tom Hale", "" },
	{ "Ann Lee's campaign slogan is \"We can do it.\" Now she wants "
	    "more.", QUOTE_PARTIAL, "Ann Lee", "" },
	/* A sentence in capitals set off by a colon after its cue and an
	 * adverb is said, no title. */
	{ "Tom Hale says to Ann Lee on camera, who responds enthusiastically: "
	    "\"Okay!\"", QUOTE_DIRECT, "Ann Lee", "responds" },
};

START_TEST(test_owned)
{
	check_attrib(&owned[_i]);
}
END_TEST

static void
add_fp_tests(TCase *tc)
{
	tcase_add_loop_test(tc, test_fps, 0, sizeof(fps) / sizeof(fps[0]));
	tcase_add_loop_test(tc, test_owned, 0,
	    sizeof(owned) / sizeof(owned[0]));
}

int
main(void)
{
	SRunner *sr = srunner_create(quote_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}

/*
 * Reported clauses (qspans): a document ('|' separates sentences, '\n'
 * paragraphs) and the text of every indirect quote found, joined by '|'.
 */
static const struct {
	const char	*doc;
	const char	*want;
} clauses[] = {
	/* A quoted fragment after the cue belongs to the clause it reports. */
	{ "Ana Lopez says \xe2\x80\x9cthe wind is at our backs\xe2\x80\x9d "
	    "despite the loss in Ohio.",
	    "\xe2\x80\x9cthe wind is at our backs\xe2\x80\x9d despite the loss "
	    "in Ohio" },
	{ "Ana Lopez conceded the old plan is \"deeply flawed.\"",
	    "the old plan is \"deeply flawed.\"" },
	{ "She vowed to \"fight for every vote\" in the fall.",
	    "to \"fight for every vote\" in the fall" },
	{ "Tom Hale boasted of his plan to spend \"whatever it takes\" on it.",
	    "his plan to spend \"whatever it takes\" on it" },
	/* A whole quote after the cue is direct, not a clause. */
	{ "Ana Lopez said \"we will win the state.\"", "" },
	/* A title is nobody's words. */
	{ "Tom Hale said on \"Meet the Press\" on Sunday.", "" },
	/* Nor is the writer's aside (qprec). */
	{ "It is worth noting that the bridge opened in May.", "" },
	/* ", and X vowed": another report begins. */
	{ "Tom Hale said he would win the state, and Ana Lopez vowed to "
	    "\"fight on.\"", "he would win the state|to \"fight on.\"" },
	/* A verb that judges reports only a quoted fragment in its object,
	 * up to the fragment's end. */
	{ "Ana Lopez praised the new mayor as \"a work horse\" on Friday.",
	    "the new mayor as \"a work horse\"" },
	{ "Ana Lopez praised the new mayor on Friday.", "" },
	{ "Tom Hale described the vote this way: \"We lost it.\"", "" },
	/* A bare clause: a contracted pronoun, "if", a noun and its verb. */
	{ "Tom Hale said he\xe2\x80\x99" "d welcome the move.",
	    "he\xe2\x80\x99" "d welcome the move" },
	{ "Tom Hale said officials are in possession of the video.",
	    "officials are in possession of the video" },
	/* Nouns joined by "and" before the verb; not verbs so joined. */
	{ "The bureau said crews from Ashby and Kelso would begin repairs.",
	    "crews from Ashby and Kelso would begin repairs" },
	{ "Tom Hale said police and firefighters were at the scene.",
	    "police and firefighters were at the scene" },
	{ "Tom Hale said goodbye and left the room.", "" },
	{ "Tom Hale said if Ana Lopez wins, taxes will rise.",
	    "if Ana Lopez wins, taxes will rise" },
	{ "Tom Hale said on Monday.", "" },
	/* A cue after a modal is no parenthetical ("Loyalty, he noted,
	 * has ..."): nothing is reported. */
	{ "Road tests will continue, and the town will pay a \"fair\" fee "
	    "for each.", "" },
	{ "Loyalty, she noted, has long been the rule in the town.",
	    "Loyalty, she noted, has long been the rule in the town" },
	{ "Tom Hale said so in a speech in Ohio.", "" },
	/* One word in single marks, as British papers write it. */
	{ "Ana Lopez described the outage as 'unacceptable'.",
	    "the outage as 'unacceptable'" },
	/* A comma between digits is part of the number. */
	{ "Tom Hale has ripped his rival because it is paying off: he said "
	    "he raised $100,000 in the week since the scandal broke, all "
	    "without a phone.",
	    "he raised $100,000 in the week since the scandal broke" },
	/* "told" + its object + a clause with no "that". */
	{ "Tom Hale told the Daily Star the plan was dead.",
	    "the plan was dead" },
	{ "Tom Hale told voters Ana Lopez would lose.", "Ana Lopez would lose" },
	{ "Tom Hale told radio host Ana Lopez a loss is likely.",
	    "a loss is likely" },
	{ "Tom Hale told the BBC the rise was \"a kick in the teeth\" for "
	    "commuters.",
	    "the rise was \"a kick in the teeth\" for commuters" },
	{ "Tom Hale told the children a story.", "" },
	{ "Tom Hale told the story of a farmer who lost his land.", "" },
	/* A question after "asked", up to its comma. */
	{ "Tom Hale asked Ana Lopez whether the vote was fair.",
	    "whether the vote was fair" },
	{ "Asked about the budget, Tom Hale said nothing.", "the budget" },
	{ "Tom Hale asked the city to delay the vote.",
	    "to delay the vote" },
	/* A cue between commas with a plain subject: the whole sentence. */
	{ "On top of that, opponents say, the new wage will raise prices.",
	    "On top of that, opponents say, the new wage will raise prices" },
	/* A time word after a cue that closes the sentence. */
	{ "The tax plan is \"a total disaster,\" Tom Hale said Monday.",
	    "The tax plan is \"a total disaster,\"" },
	/* ", calling X ...": the clause holds the fragment. */
	{ "Tom Hale left, calling the plan \"a total disaster\" in the end.",
	    "the plan \"a total disaster\" in the end" },
	/* A cue that reports an infinitive, after its object or not. */
	{ "Tom Hale vowed to cut taxes in May.", "to cut taxes in May" },
	{ "Tom Hale urged the city to delay the vote.", "to delay the vote" },
	{ "The debate promised to be long.", "" },
	/* More cues take a bare clause ("announced they will"). */
	{ "Tom Hale announced he will run again.", "he will run again" },
	{ "Tom Hale announced the new plan in May.", "" },
	/* "to say" reports when a clause follows. */
	{ "Tom Hale took to Twitter to say he had never met her.",
	    "he had never met her" },
	{ "Tom Hale wants to say something.", "" },
	/* A strong cue inside a headline. */
	{ "Tom Hale Says Taxes Will Rise Again", "Taxes Will Rise Again" },
	/* The excerpt after a headline's credit is not a quote; see
	 * test_unquoted for the quote itself. */
	{ "\"Museum opens,\" by Times' Jo Roe: \"The museum will open a "
	    "show of new work in May.\"", "" },
	/* "accused X of Y": the object and its charge. */
	{ "Tom Hale accused the mayor of lying about the budget.",
	    "the mayor of lying about the budget" },
	/* A relative clause holding its own cue. */
	{ "Tom Hale cited the policies, which he said had harmed the city.",
	    "which he said had harmed the city" },
	{ "Tom Hale met a man who officials say is tied to the mob.",
	    "who officials say is tied to the mob" },
	/* A pledge reports only a quoted fragment (flag M). */
	{ "Tom Hale pledged to cut taxes in May.", "" },
	/* A sentence that opens with a fragment the reporter goes on from. */
	{ "\"Boots on the ground\" would be needed, Tom Hale said.",
	    "\"Boots on the ground\" would be needed" },
	{ "\"We will win,\" Tom Hale said.", "" },
	/* A noun that reports the that-clause after it, up to the comma. */
	{ "Despite his claim that the vote was rigged, Tom Hale lost.",
	    "the vote was rigged" },
	{ "The claim was false, Tom Hale said.", "The claim was false" },
	/* A clause begun inside a parenthesis ends with it. */
	{ "Tom Hale won (he said he \"lost the plot\" in May) in Ohio.",
	    "he \"lost the plot\" in May" },
};

START_TEST(test_clauses)
{
	check_quotes(clauses[_i].doc, 1, clauses[_i].want);
}
END_TEST

/* Mixed quotes (qmixed): clauses that hold a quoted fragment. */
static const struct {
	const char	*doc;
	const char	*want;
} mixed[] = {
	/* A verb that is no speech cue reports a that-clause with a
	 * fragment, also past a phrase; not a relative "that". */
	{ "Ana Lopez commented that her team had \"held on\" in the storm.",
	    "her team had \"held on\" in the storm" },
	{ "The panel found in 2019 that the port was \"badly run\" for years.",
	    "the port was \"badly run\" for years" },
	{ "Tom Hale ran a study that examined \"the cost of delays\" here.",
	    "" },
	/* ... also after a short object, with a subject after "that". */
	{ "Tom Hale made the point that the plan would be \"a third term\" "
	    "for her.", "the plan would be \"a third term\" for her" },
	{ "Tom Hale says his team is the only one that \"can beat\" them.",
	    "his team is the only one that \"can beat\" them" },
	/* ... "of" or "about" a fragment, not after a comma. */
	{ "She often speaks of breaking \"that glass ceiling\" one day.",
	    "breaking \"that glass ceiling\" one day" },
	{ "Tom Hale, who dropped out of the race, leads with \"no support\".",
	    "" },
	/* ... an infinitive, not a scare quote; an object "as" a fragment. */
	{ "The agency declined to detail its \"scope or targets.\"",
	    "to detail its \"scope or targets.\"" },
	{ "The clerk managed to \"lose\" the file.", "" },
	{ "Tom Hale kept pounding the mayor as a \"con artist\" and a liar.",
	    "the mayor as a \"con artist\"" },
	/* An inverted cue after the fragment's comma. */
	{ "The stadium is \"a gift to the city,\" said Tom Hale.",
	    "The stadium is \"a gift to the city,\"" },
	{ "Whatever polls say, \"we will win it,\" said Tom Hale.", "" },
	/* A closing cue with a phrase after it, for a mixed clause. */
	{ "\"Boots on the ground\" would be needed, Tom Hale said after the "
	    "attacks.", "\"Boots on the ground\" would be needed" },
	{ "The plan was \"a disaster for farmers,\" Tom Hale said in an "
	    "interview.", "The plan was \"a disaster for farmers,\"" },
	/* An adjunct after the fragment is the reporter's. */
	{ "Tom Hale groused that the paper \"does not treat me well\" before "
	    "asking for money.", "the paper \"does not treat me well\"" },
	/* "He's" is "he is". */
	{ "Tom Hale spoke. He's claiming that it is \"a passing thing\" now.",
	    "it is \"a passing thing\" now" },
	/* Where the clause of a fragment ends. */
	{ "It led to what Ana Lopez called \"a new era\" in her book.",
	    "\"a new era\"" },
	{ "Tom Hale assails what he calls the \"immoral\" \"lie\" of our "
	    "time.", "the \"immoral\" \"lie\" of our time" },
	{ "Ana Lopez called the rules \"a cruel joke\" (though she backed "
	    "them) and left.", "the rules \"a cruel joke\"" },
	{ "Tom Hale said both men are \"weak on crime,\" but he praised them.",
	    "both men are \"weak on crime,\"" },
	{ "Lopez, who calls the plan a \"plain fraud,\" voted no.",
	    "the plan a \"plain fraud,\"" },
	/* A described object goes on after its fragment, but not into an
	 * adjunct. */
	{ "Tom Hale blamed the \"fog of war\" for the failure to act.",
	    "the \"fog of war\" for the failure to act" },
	{ "Tom Hale praised the plan as \"bold\" in May.",
	    "the plan as \"bold\"" },
	/* "As X reported, ..." */
	{ "As the Daily Star reported, the mayor \"gave $5,000\" to them.",
	    "the mayor \"gave $5,000\" to them" },
	/* A cue between commas before a fragment. */
	{ "In poor towns, he said, \"we do not know\" how many jobs go.",
	    "In poor towns, he said, \"we do not know\" how many jobs go" },
	/* A form that is also a noun, with a fragment after "to". */
	{ "The new plan promises to \"lift up the workforce\" in May.",
	    "to \"lift up the workforce\" in May" },
	/* A list of fragments. */
	{ "Tom Hale compared the rebels to \"thieves\" and \"bandits\" in "
	    "May.", "the rebels to \"thieves\" and \"bandits\"" },
	/* A noun that could be a cue ("the attacks") does not stop the
	 * search for "that". */
	{ "Tom Hale had said in a speech before the attacks that the city "
	    "had \"contained\" the fire.",
	    "the city had \"contained\" the fire" },
	/* A determiner that stands as the subject. */
	{ "Several said they would rather get \"block grants\" from it.",
	    "they would rather get \"block grants\" from it" },
	/* An appositive on a bare subject. */
	{ "Tom Hale said that the city, a member of the league, has done an "
	    "\"awful\" job.", "the city, a member of the league, has done an "
	    "\"awful\" job" },
	/* qmixed2: a subject set off by dashes; "Another said". */
	{ "Ana Lopez \u2014 a nurse from Ohio \u2014 says the plan was \"a "
	    "big deal\" for her.", "the plan was \"a big deal\" for her" },
	{ "Another said she would win the race by \"a mile\" in May.",
	    "she would win the race by \"a mile\" in May" },
	/* A second participle after the fragment is the speaker's own. */
	{ "Tom Hale spoke for an hour, calling the plan \"a disaster\" and "
	    "waving a copy of it.", "the plan \"a disaster\"" },
	/* Cues of judgement and participles of report. */
	{ "Tom Hale praised the mayor, chiding the press for \"the little "
	    "game\" of rumors.", "the press for \"the little game\" of rumors" },
	{ "The panel rated both parts of it \"mostly true\" on Monday.",
	    "both parts of it \"mostly true\"" },
	{ "Ana Lopez spoke for an hour, mentioning the album is \"in the "
	    "home stretch.\"", "the album is \"in the home stretch.\"" },
	{ "The mayor was mocking the rival party yesterday.", "" },
	/* A clause that begins inside a pair of dashes ends at the second. */
	{ "Tom Hale \u2014 who once said he would \"fight them all\" in court "
	    "\u2014 lost the vote on Monday.",
	    "he would \"fight them all\" in court" },
	/* A participle cue that opens the sentence. */
	{ "Calling the plan \"a total mess,\" Tom Hale voted against it.",
	    "the plan \"a total mess,\"" },
	{ "Saying goodbye, Ana Lopez quit.", "" },
	{ "In asking to see the files, the group cited a new law.",
	    "to see the files" },
	/* A gerund cue in an opening adjunct: its clause ends at the comma. */
	{ "In addition to stating that taxes are \"too high,\" Tom Hale has "
	    "vowed to cut them.", "taxes are \"too high,\"|to cut them" },
};

START_TEST(test_mixed)
{
	check_quotes(mixed[_i].doc, 1, mixed[_i].want);
}
END_TEST

/*
 * Long sentences made of the patterns the clause rules look for: the
 * quotes found hold each byte a bounded number of times.
 */
static const char *const long_units[] = {
	"On top, experts say, the ",
	"Tom asked him whether ",
	"policies which he said had ",
	"Tom praised it as \"a b c\" in ",
	"Tom accused him of ",
	"Tom said officials are ",
	"Tom found that the \"a b c\" ",
	"Tom declined to \"a b c\" ",
	"Tom casts him as \"a b c\" ",
};

START_TEST(test_long_clauses)
{
	size_t n, len, total = quoted_bytes(long_units[_i], 20000, &n, &len);

	ck_assert_uint_le(total, 4 * len);
}
END_TEST

static void
add_span_tests(TCase *tc)
{
	tcase_add_loop_test(tc, test_long_clauses, 0,
	    sizeof(long_units) / sizeof(long_units[0]));
	tcase_add_loop_test(tc, test_clauses, 0,
	    sizeof(clauses) / sizeof(clauses[0]));
	tcase_add_loop_test(tc, test_mixed, 0, sizeof(mixed) / sizeof(mixed[0]));
}

/*
 * Where a reported clause ends (qextent): a document and the text of
 * every indirect quote found, joined by '|'.
 */
static const struct {
	const char	*doc;
	const char	*want;
} extents[] = {
	/* An adjunct of the sentence after a comma is not reported. */
	{ "Ana Lopez said the bridge will open in May, despite the storms.",
	    "the bridge will open in May" },
	{ "Tom Hale said the tax was fair, while his rival called it a "
	    "burden.", "the tax was fair" },
	{ "Ana Lopez said the mayor must resign, with or without a vote.",
	    "the mayor must resign" },
	/* A relative clause on the clause's last noun ... */
	{ "Tom Hale said the city will build a new stadium, which opened "
	    "debate.", "the city will build a new stadium" },
	/* ... but not on a bare subject. */
	{ "Tom Hale said Kim, who runs the board, will quit.",
	    "Kim, who runs the board, will quit" },
	/* A trailing attribution set off by commas. */
	{ "The bridge will open in May, she said, at a short briefing.",
	    "The bridge will open in May" },
	/* An appositive on the clause, after a comma or a dash. */
	{ "Ana Lopez said the city will sell the port, a move that angered "
	    "unions.", "the city will sell the port" },
	{ "Tom Hale said the board will meet in May - a rare step for it.",
	    "the board will meet in May" },
	/* A noun's clause ends at its comma or dash. */
	{ "Despite complaints that the fees are too high, the bank kept them.",
	    "the fees are too high" },
	{ "Despite his claim that the fees were \"too high,\" the bank kept "
	    "them.", "the fees were \"too high,\"" },
	/* A second report, by the same or another speaker. */
	{ "Tom Hale said the plan was fair, and they rejected any change.",
	    "the plan was fair" },
	{ "Most said rents were too high, and more than six in ten said "
	    "wages were too low.", "rents were too high|wages were too low" },
	{ "Tom Hale said he was tired and vowed to rest.",
	    "he was tired|to rest" },
	{ "Ana Lopez said the plan works and Tom Hale said it fails.",
	    "the plan works|it fails" },
	/* A perfect with no subject after a clause in another tense is
	 * the reporter's (qprec); not after a perfect of the clause. */
	{ "Ana Lopez has said she wants a new port and has backed the union.",
	    "she wants a new port" },
	{ "Tom Hale said he has seen the plan and has backed it.",
	    "he has seen the plan and has backed it" },
	/* "because, according to X, CLAUSE": the clause after the source;
	 * "CLAUSE, according to X": the one before. */
	{ "The mill will close because, according to its owners, the costs "
	    "are too high.", "the costs are too high" },
	{ "The mill will close, according to its owners.",
	    "The mill will close" },
	/* A trailing or inserted cue reports from a semicolon on, and from
	 * a relative pronoun before it. */
	{ "Rates rose in May; costs, the mayor said, fell sharply in June.",
	    "costs, the mayor said, fell sharply in June" },
	{ "Farm prices rose in May; wages fell in June, the mayor said.",
	    "wages fell in June" },
	{ "The hall is near the river, which, Tom Hale said, floods every "
	    "spring.", "which, Tom Hale said, floods every spring" },
	/* A report inside "even as ..." ends at its comma. */
	{ "Even as Tom Hale said the plan was fair, his staff quit in "
	    "protest.", "the plan was fair" },
	/* "whose" and "as" after a comma. */
	{ "Tom Hale said the city hired ten staff, whose report is due in "
	    "May.", "the city hired ten staff" },
	{ "Tom Hale said he will vote no, as has his party.",
	    "he will vote no" },
	/* A comma inside a closing quote ends the clause too. */
	{ "Ana Lopez said the plans are \"weak,\" but she praised the staff.",
	    "the plans are \"weak,\"" },
	/* A cue that ends the sentence after a clause of its own, or after
	 * a modal, reports nothing before the comma (qext); a perfect or a
	 * "who" on the speaker does not stop it. */
	{ "If the mill is told of a leak, the firm will shut the plant like "
	    "the ones reported.", "" },
	{ "The port was sold in May, a review that began in June and "
	    "concluded.", "" },
	{ "He was a man of few words, not a talker, would say.", "" },
	{ "The port will close in May, as Tom Hale has often said.",
	    "The port will close in May" },
	{ "The port will close in May, an aide who was there said.",
	    "The port will close in May" },
	/* An aside between dashes ends before the sentence's own verb. */
	{ "Mayor Tom Hale - who once said he would cut every tax - said at "
	    "a rally that the city should close the port.",
	    "he would cut every tax|the city should close the port" },
	{ "Ana Lopez said the port is old - was it ever new? - and needs "
	    "work.", "the port is old - was it ever new? - and needs work" },
	/* Before a trailing cue, a whole quote set off by the reporter's
	 * words is what the cue reports; a quote that goes on with the
	 * clause is not. */
	{ "Ana Lopez spoke up at the meeting, telling a radio show, \"We will "
	    "not give up on the port,\" she said.", "" },
	{ "Tom Hale, with his long record in the city, \"is seen as a real "
	    "fighter,\" she said.", "Tom Hale, with his long record in the "
	    "city, \"is seen as a real fighter,\"" },
	/* An aside after a bare subject belongs to the clause. */
	{ "Tom Hale added that if his son Jim, who moved away in May, were "
	    "still here, he would vote.", "if his son Jim, who moved away in "
	    "May, were still here, he would vote" },
	{ "Ana Lopez warned that Tom Hale, even as a candidate, had hurt the "
	    "port.", "Tom Hale, even as a candidate, had hurt the port" },
	/* A subject, its cue and "that" after a comma: another report. */
	{ "After the leak of a review, which concluded that the port was badly "
	    "run, the mayor's office argued that the audit was unfair.",
	    "the port was badly run|the audit was unfair" },
	/* A clause that opens with a subordinate clause or a phrase goes
	 * on past the comma that closes it; not a question. */
	{ "Ana Lopez said that, even if the vote was close, the result "
	    "stands.", "even if the vote was close, the result stands" },
	{ "Tom Hale said that after the storm in May, a team from the city "
	    "found the leak.", "after the storm in May, a team from the city "
	    "found the leak" },
	{ "Tom Hale asked if the port was open, which it was.",
	    "if the port was open" },
	/* "a band called X": a participle that names, no cue. */
	{ "A local band called Red Fox got the crowd to sing for \"Mayor "
	    "Tom Hale.\"", "" },
	{ "Ana Lopez called Tom Hale a \"fine mayor\" on Monday.",
	    "Tom Hale a \"fine mayor\" on Monday" },
	/* "there is added X": an adjective, no cue. */
	{ "There is added pressure on the port because the storms have "
	    "grown.", "" },
	/* A dateline opens the sentence, not the reported clause. */
	{ "LEEDS, England (AP) \xe2\x80\x94 A storm cut power to 4,000 homes "
	    "on Saturday, officials said.", "A storm cut power to 4,000 homes "
	    "on Saturday" },
	{ "DOVER, Del. -- The port will reopen, its owner said.",
	    "The port will reopen" },
	/* "while" and another speaker's report end the clause. */
	{ "The two mayors accused each other of lying about the port while "
	    "local experts warned of a flood.", "each other of lying about "
	    "the port" },
	/* "it" before a preposition is the cue's object (qind). */
	{ "The firm found the post, reported it to the police and deleted "
	    "it.", "" },
	{ "They would only describe it in the broadest terms.", "" },
	{ "Ana Lopez said it in a calm voice.", "" },
	{ "Tom Hale told reporters it would rain.", "it would rain" },
	/* A relative clause with the cue at the sentence's end. */
	{ "Mr. Hale cited letters sent last week, in which donors are "
	    "mentioned.", "" },
	{ "Taxes will rise next year, the minister said.",
	    "Taxes will rise next year" },
	/* An aside in dashes on a subject with no verb yet ends at its
	 * second dash; the clause goes on. */
	{ "The paper reported that Tom Hale, head of Fair Vote â "
	    "a lobby group â was planning to sue.", "Tom Hale, "
	    "head of Fair Vote â a lobby group â was "
	    "planning to sue" },
	{ "The paper reported that Tixo -- which is known for cat videos, "
	    "though its news desk wins prizes -- missed its targets.",
	    "Tixo -- which is known for cat videos, though its news desk "
	    "wins prizes -- missed its targets" },
	{ "Ana Ruiz said the vote was a mistake - a move that cost them "
	    "dearly.", "the vote was a mistake" },
	/* A relative "that" known by its verb's object. */
	{ "Ana Ruiz has called for changing the rules that benefit him.",
	    "" },
	{ "Tom Hale spoke amid news reports that question his record.", "" },
	{ "Ana Ruiz said in May that only the mayor could decide.",
	    "only the mayor could decide" },
	{ "Tom Hale warned against viewing that as an endorsement.",
	    "as an endorsement" },
	/* A trailing cue after a stretch with a report of its own reports
	 * the clause after the last ", and/but" and a pronoun. */
	{ "Other mayors said they back the port, but they would not fund "
	    "it, they said.", "they back the port|they would not fund it" },
	{ "The plan was drawn up on Monday, as the paper reported, and it "
	    "will go to a vote, according to two aides.", "it will go to a "
	    "vote" },
	{ "The port is busy, and it will grow, officials said.",
	    "The port is busy, and it will grow" },
	/* An infinitive has no subject: one after its comma opens the
	 * sentence's own clause. */
	{ "In a year when rivals have attacked him and vowed to cut the "
	    "tax, Mr. Hale has run on his record.", "to cut the tax" },
	{ "Ana Ruiz vowed to cut taxes, raise wages and fix the roads.",
	    "to cut taxes, raise wages and fix the roads" },
	/* A noun cue in the sentence's subject: its clause ends before
	 * the sentence's own verb. */
	{ "Hale's claim that he has a way to win the seat would depend on "
	    "the count.", "he has a way to win the seat" },
	{ "The claim that taxes rose sharply was false.", "taxes rose "
	    "sharply" },
	{ "Lee's accusation that Hale is weak and would fail if he were "
	    "mayor touched off a row.", "Hale is weak and would fail if "
	    "he were mayor" },
	{ "The claim that she has already left the city was false.",
	    "she has already left the city" },
	{ "Lee's accusation that Hale is weak touched off a row.",
	    "Hale is weak" },
	/* After a question, the occasion of the asking is the
	 * reporter's. */
	{ "Tom Hale, asked about the delay in an interview, said little.",
	    "the delay" },
	{ "Asked why he had waited during an appearance on Friday, Tom "
	    "Hale shrugged.", "why he had waited" },
	{ "Ana Ruiz asked about the delay in the harbour.", "the delay in "
	    "the harbour" },
	/* A report with no verb of its own ends at the reporter's next
	 * verb ... */
	{ "Ana Ruiz asked the mayor about the delay and closed the meeting.",
	    "the delay" },
	{ "Tom Hale vowed to fight the plan and filed a suit.", "to fight "
	    "the plan" },
	/* ... not at an adjective, nor before another fragment. */
	{ "Tom Hale asked about the new and untested plan.", "the new and "
	    "untested plan" },
	/* ", and" with a pronoun of quantity and a verb: a new clause. */
	{ "One lawyer suggested she sell the farm, and another warned her "
	    "against it.", "she sell the farm" },
	{ "Ana Ruiz said some roads were closed, and many were flooded.",
	    "some roads were closed" },
	/* A comparison that holds another report ends the clause. */
	{ "In the poll, 61 percent said they were sure of their vote "
	    "compared to 38 percent who said they could change their mind.",
	    "they were sure of their vote|they could change their mind" },
	{ "Ana Ruiz said prices rose 5 percent compared with last year.",
	    "prices rose 5 percent compared with last year" },
	/* "that" right after the cue and before an auxiliary is the
	 * subject. */
	{ "Tom Hale said that was a mistake.", "that was a mistake" },
	{ "Ana Ruiz says that doesn't mean the port will close.",
	    "that doesn't mean the port will close" },
	{ "Tom Hale said that we'd win the seat.", "we'd win the seat" },
	/* A refusal to say more after "but" is the reporter's. */
	{ "The firm confirmed that Tom Hale would attend but would not give "
	    "details of the talks.", "Tom Hale would attend" },
	{ "Ana Ruiz said the port will close but declined to elaborate.",
	    "the port will close" },
	{ "Tom Hale said he knew the book but had not seen the film.",
	    "he knew the book but had not seen the film" },
	/* ", a NP, and": a list item, no appositive. */
	{ "Officials say the guard held two licences, a security permit, "
	    "and was employed by the firm.", "the guard held two licences, "
	    "a security permit, and was employed by the firm" },
	{ "Tom Hale said the mayor would resign, a move that surprised "
	    "few.", "the mayor would resign" },
	/* "from saying X to -ing": a range, the report is X. */
	{ "Tom Hale did everything, from saying that he felt young to "
	    "boasting of his health.", "he felt young" },
	/* After a noun cue, an aside on the subject is no end. */
	{ "The school rebutted the accusation that its papers, written by "
	    "students, were biased.", "its papers, written by students, "
	    "were biased" },
	{ "Despite his claim that the vote was rigged, Tom Hale lost.",
	    "the vote was rigged" },
	/* A participle after "that," opens the clause, no adjunct. */
	{ "Her friends say it is only fitting that, having lost so much, "
	    "she now wins.", "it is only fitting that, having lost so much, "
	    "she now wins" },
	{ "Tom Hale said he would oppose that, saying it was unfair.",
	    "he would oppose that|it was unfair" },
	/* A fronted participle phrase with its agent is the reporter's
	 * frame; a gerund subject is not. */
	{ "Bound together by centuries of trade, the two towns, the mayor "
	    "said, now have a chance to grow.", "the two towns, the mayor "
	    "said, now have a chance to grow" },
	{ "Led by Tom Hale, the group will meet in May, officials said.",
	    "the group will meet in May" },
	{ "Riding alone in the park, they said, can be hazardous.",
	    "Riding alone in the park, they said, can be hazardous" },
	/* "that" after a preposition is no complementizer. */
	{ "Ana Ruiz said in that interview she would run again.",
	    "she would run again" },
	/* ", although ADJ," inside a noun phrase is no adjunct. */
	{ "Jo Lee said the visit was a useful, although brief, chance to "
	    "talk.", "the visit was a useful, although brief, chance to "
	    "talk" },
	{ "Jo Lee said taxes would rise, although the mayor disagreed.",
	    "taxes would rise" },
};

START_TEST(test_extents)
{
	check_quotes(extents[_i].doc, 1, extents[_i].want);
}
END_TEST

static void
add_extent_tests(TCase *tc)
{
	tcase_add_loop_test(tc, test_extents, 0,
	    sizeof(extents) / sizeof(extents[0]));
}

/*
 * Found by probing with invented news of styles the tuning corpus lacks
 * (qprobe): a document, then a quote with the cue cue ("-" for none) and
 * the text text (NULL: any text), which has the speaker given ("" for
 * none).  A cue of "" asks that no quote have the text given.
 */
static const struct {
	const char	*doc;
	const char	*cue;
	const char	*speaker;
	const char	*text;
} probes[] = {
	/* "CLAUSE, said two officials ...": people counted or bare after
	 * a trailing cue are its speaker, when the stretch before the comma
	 * has a verb; "Jo Lee, a supporter, said two officials were fired"
	 * reports what follows. */
	{ "The talks will resume next week, said two officials familiar "
	    "with the plan.", "said", "two officials familiar with the plan",
	    "The talks will resume next week" },
	{ "Prices will rise next year, said economists polled by the "
	    "agency.", "said", "economists",
	    "Prices will rise next year" },
	{ "Jo Lee, a supporter, said two officials were fired.", "said",
	    "Jo Lee", "two officials were fired" },
	/* The second verb of a subject after "but". */
	{ "Tom Hale said profits were strong but warned that costs could "
	    "rise.", "warned", "Tom Hale", "costs could rise" },
	/* A person noun before a preposition heads the description, also
	 * capitalised at the start of the sentence; an opening "But" is
	 * no part of it. */
	{ "Analysts at the bank said profits were strong.", "said",
	    "Analysts at the bank", "profits were strong" },
	{ "Tom Hale spoke.\nBut shopkeepers on the high street said the plan "
	    "would hurt trade.", "said", "shopkeepers on the high street",
	    NULL },
	{ "Tom Hale spoke.\nBut Hale's main claim is that the vote was "
	    "\"rigged\" in May.", "is", "Tom Hale", NULL },
	/* "a spokesperson for" an organisation with a name, also with a
	 * plural possessive in it; not an appositive missing its comma. */
	{ "A spokesperson for the Northbridge Traders' Association said "
	    "members were angry.", "said",
	    "A spokesperson for the Northbridge Traders' Association", NULL },
	{ "Jo Lee, the director for the party said the vote was over.",
	    "said", "Jo Lee", NULL },
	/* "outside", "inside", "near" are prepositions: the clause opens
	 * at "that" after the reporter's phrase. */
	{ "Tom Hale said outside court that the workers had been lucky.",
	    "said", "Tom Hale", "the workers had been lucky" },
	/* A clause set off by commas before the cue, holding a cue of its
	 * own; and one more relative clause before it. */
	{ "A woman, who asked not to be named, said the men ran off.",
	    "said", "A woman", "the men ran off" },
	{ "A woman who saw the fire, who asked not to be named, said the "
	    "men ran off.", "said", "A woman who saw the fire", NULL },
	/* A negation opens the infinitive it reports. */
	{ "Tom Hale, who asked not to be moved, said the men ran off.",
	    "asked", "Tom Hale", "not to be moved" },
	{ "Ann Lee vowed not to raise taxes.", "vowed", "Ann Lee",
	    "not to raise taxes" },
	/* A description takes its adjectives back to its determiner. */
	{ "Ann Lee spoke.\nA young woman asked the mayor about the port.",
	    "asked", "A young woman", NULL },
	/* Before a trailing cue, a subject with its appositive is no part
	 * of the clause; nor is a dateline; "on Thursday" and "afterwards"
	 * are the reporter's. */
	{ "Sales will rise next year, the chief executive, Jo Lee, said.",
	    "said", "Jo Lee", "Sales will rise next year" },
	{ "Sales will rise, and costs will fall, Jo Lee, the chief "
	    "executive, said.", "said", "Jo Lee",
	    "Sales will rise, and costs will fall" },
	{ "FRANKFURT, June 12 (Wire) - Velto AG will cut 3,000 jobs, the "
	    "company said on Thursday, as it shifts to electric cars.",
	    "said", "company", "Velto AG will cut 3,000 jobs" },
	{ "Tom Hale scored twice.\nThe striker said afterwards that he had "
	    "been lucky.", "said", "striker", "he had been lucky" },
	/* "the 22-year-old" is the person named last. */
	{ "Tom Hale scored twice.\n\"I closed my eyes,\" the 22-year-old "
	    "striker said.", "said", "Tom Hale", NULL },
	{ "Tom Hale scored twice.|Ann Lee via Wire Images.|\"I closed my "
	    "eyes,\" the 22-year-old said.", "said", "Tom Hale", NULL },
	/* "Royal" is a given name, but "College" makes an organisation,
	 * which "she" is not. */
	{ "Ann Lee ran the unit.\nSir Tom Hale, a former head of the Royal "
	    "College of Surgeons, said she was kind.\nIn a 1998 interview "
	    "she said that surgery was a closed shop.", "said", "Ann Lee",
	    "surgery was a closed shop" },
	/* Over a phrase and an auxiliary to the subject. */
	{ "Parents in the village have vowed to fight the plan.", "vowed",
	    "Parents in the village", "to fight the plan" },
	/* "according to" a thing and who saw it, as written. */
	{ "Four schools are under review, according to council documents "
	    "seen by the Guardian.", "according to",
	    "council documents seen by the Guardian",
	    "Four schools are under review" },
	/* "the company said": the organisation named last, not one
	 * whose name says it is another kind of body. */
	{ "Harlow Foods Plc said profit rose.|The Trade Ministry "
	    "praised it.|The company said it would raise its dividend.",
	    "said", "Harlow Foods Plc", "it would raise its dividend" },
	/* A colon after a possessive subject: its owner, not the speaker
	 * of the quote before. */
	{ "\"We won,\" Tom Hale said.\nThe mayor's response was swift: "
	    "\"Both are wrong.\"", "-", "mayor", "Both are wrong." },
	/* "X spoke ..." closing the paragraph before a quote. */
	{ "Tom Hale was the deputy.\nNow 78, he spoke for the first time "
	    "about that night.\n\"We had ten minutes of warning.\"", "-",
	    "Tom Hale", "We had ten minutes of warning." },
	/* A fragment before "by" is no headline's credit. */
	{ "Tom Hale said members were 'deeply disappointed' by the "
	    "decision.", "said", "Tom Hale", "deeply disappointed" },
	{ "Tom Hale said members were \"deeply hurt\" by the decision.",
	    "said", "Tom Hale", "deeply hurt" },
	{ "Prof. Tom Hale called the study \"careful\" but said its sample "
	    "was small.", "said", "Tom Hale", "its sample was small" },
	/* qprobe2: cues of two words (cues.txt "shot back"); the first
	 * word alone is none. */
	{ "Ann Lee shot back that the figures were wrong.", "shot back",
	    "Ann Lee", "the figures were wrong" },
	{ "\"It is a lie,\" Ann Lee fired back.", "fired back", "Ann Lee",
	    "It is a lie," },
	{ "Tom Hale pointed out that sales fell.", "pointed out",
	    "Tom Hale", "sales fell" },
	{ "Police shot back at the gunmen as the crowd fled.", "", "",
	    "at the gunmen as the crowd fled" },
	/* Kin and ties name no one: the description is the speaker. */
	{ "Ann Cole died on Tuesday.\nHer family said she loved the sea.",
	    "said", "Her family", "she loved the sea" },
	{ "Ann Cole died on Tuesday.\nA friend of the family said she was "
	    "shy.", "said", "A friend of the family", NULL },
	{ "Ann Cole died on Tuesday.\nThe mother of the victim said she was "
	    "angry.", "said", "mother of the victim", NULL },
	{ "Ann Cole died on Tuesday.\nThe son of one victim said she was "
	    "angry.", "said", "son of one victim", NULL },
	{ "Ann Cole died on Tuesday.\nThe son of one victim, who asked not "
	    "to be named, said she was angry.", "said", "son of one victim",
	    "she was angry" },
	/* A passive request inside another's report is part of it. */
	{ "Tom Hale said the army had been asked to help with the floods.",
	    "", "", "to help with the floods" },
	/* "said investigators believe": a verb of thinking right after
	 * the subject is the clause's verb. */
	{ "Tom Hale said investigators believe the fire was deliberate.",
	    "said", "Tom Hale", "investigators believe the fire was "
	    "deliberate" },
	/* "were denied a penalty": a passive with an object is no cue. */
	{ "Tom Hale accused officials of \"killing the game\" after his side "
	    "were denied a penalty.", "accused", "Tom Hale",
	    "killing the game" },
	/* A source's wish not to be named reports nothing. */
	{ "One resident, who asked not to be named, said the water rose.", "",
	    "", "not to be named" },
	{ "An aide, who asked to remain anonymous, said talks had stalled.",
	    "", "", "to remain anonymous" },
	{ "The job marks his return to politics, one longtime friend said.",
	    "said",
	    "one longtime friend", NULL },
	/* "said in a statement that": the verb is the cue; a bare clause
	 * after the phrase, or after "on" and a day. */
	{ "The firm said in a statement that profits rose.", "said", "firm",
	    "profits rose" },
	{ "The firm said in a statement it would cut jobs.", "said", "firm",
	    "it would cut jobs" },
	{ "Kestrel Motors said on Wednesday it would cut jobs.", "said",
	    "Kestrel Motors", "it would cut jobs" },
	/* A trailing cue with a phrase after it; not "said of". */
	{ "The cuts will save money, Ann Lee said in a statement.", "said",
	    "Ann Lee", "The cuts will save money" },
	{ "Rep. Ann Lee, R-Pa., said of the plan.", "", "", "Rep. Ann Lee, "
	    "R-Pa." },
	/* "a spokesperson for" a named body, without "the". */
	{ "A spokesperson for Northgate Council said the road was shut.",
	    "said", "A spokesperson for Northgate Council", NULL },
	/* A bare plural after a comma keeps its nouns. */
	{ "The fire destroyed 30 homes, fire officials said.", "said",
	    "fire officials", NULL },
	/* A conjunction opening the sentence is no part of the subject;
	 * the clause of "As X warned that" ends at its comma. */
	{ "As officials warned that the river would rise, residents fled.",
	    "warned", "officials", "the river would rise" },
	/* The one asked, before a paragraph that opens with a quote. */
	{ "Tom Hale runs the ferry.\nHale shrugs when asked about it.\n"
	    "\"People say a bridge is progress.\"", "-", "Tom Hale",
	    "People say a bridge is progress." },
	/* A person noun before "of" and a place names no one. */
	{ "Residents of Saltby said they had not been consulted.", "said",
	    "Residents of Saltby", NULL },
	/* A title between the role and the name after an inverted cue. */
	{ "\"This is a study,\" said lead author Dr. Helena Strauss.",
	    "said", "Helena Strauss", NULL },
	/* A fragment's cue is not a verb joined on by "and". */
	{ "Forecasters warned that travel would be \"dangerous to "
	    "impossible\" in some areas and urged drivers to stay home.",
	    "warned", "Forecasters", "dangerous to impossible" },
	/* A relative clause on the subject, then its verb: inside. */
	{ "The council says falling pupil numbers mean the school, which "
	    "has 41 pupils, is no longer viable.", "says", "council",
	    "falling pupil numbers mean the school, which has 41 pupils, is "
	    "no longer viable" },
	/* A bare noun after an object pronoun opens the clause. */
	{ "Tom Hale told him taxes would rise.", "told", "Tom Hale",
	    "taxes would rise" },
	/* "X accused of": a passive, no accuser named. */
	{ "Ministers accused of 'betraying' coastal towns over flood "
	    "funding", "accused", "", "betraying" },
	/* "according to" a phrase of up to 12 words, as written. */
	{ "People who drink coffee may live longer, according to a study "
	    "of more than 400,000 adults published on Tuesday.",
	    "according to", "a study of more than 400,000 adults published",
	    NULL },
	/* An -ing cue after a noun of a subject with no verb yet: the
	 * verb after its noun phrase is the sentence's own. */
	{ "Lee spoke the day after a man claiming allegiance to the group "
	    "killed 49 people.", "claiming", "a man",
	    "allegiance to the group" },
	/* No clause: a participle on the source of "according to", a
	 * second object with its relative clause, "it" before a
	 * preposition; but an indefinite pronoun and an auxiliary. */
	{ "According to Jo Lee, writing for the Star: the plan failed.", "",
	    "", "writing for the Star" },
	{ "They would not tell the agency anything it does not know.", "",
	    "", "it does not know" },
	{ "Tom Hale said it in jest at the dinner.", "", "",
	    "it in jest at the dinner" },
	{ "Tom Hale told reporters nothing would change.", "told",
	    "Tom Hale", "nothing would change" },
	/* "Asked by X whether": X asks. */
	{ "Asked by the moderator whether she would sign the budget, Ann Lee "
	    "said no.", "Asked", "moderator",
	    "whether she would sign the budget" },
	/* A lone capitalised word set off after a person noun: a name. */
	{ "Tom Hale runs the ferry.\nHis wife, Morag, says he has been "
	    "quieter.", "says", "Morag", "he has been quieter" },
	/* The name of a thing after "a play called" is no quote. */
	{ "Comedians are staging a popular play called \"Los Hijos de "
	    "Trump,\" or \"Sons of Trump,\" in the capital.", "", "",
	    "Los Hijos de Trump," },
	/* qdirect, np_to_end(): a second article after a plain word
	 * follows a verb the lexicon lacks ("the findings fit a"), so
	 * the words after the cue are no inverted speaker; "said the
	 * head of the council" still is one. */
	{ "Co-author Jo Lee, of the University of Leeds, said the findings "
	    "fit a wider pattern of warming.", "said", "Jo Lee",
	    "the findings fit a wider pattern of warming" },
	{ "The vote was close, said the head of the council.", "said",
	    "head of the council", "The vote was close" },
	/* qdirect, cues.txt: chanting, shouting, singing, yelling,
	 * screamed, cried out, repeated; "cried" with no quote is none. */
	{ "Protesters gathered outside the hall, chanting \"No more "
	    "cuts!\" as the council met.", "chanting", "Protesters",
	    "No more cuts!" },
	{ "The mayor was interrupted by students shouting \"Shame on "
	    "you!\" from the gallery.", "shouting", "students",
	    "Shame on you!" },
	{ "\"Never again!\" the crowd cried out.", "cried out", "crowd",
	    "Never again!" },
	{ "She cried at the news.", "", "", "at the news" },
	/* qdirect, dateline_end(): a live blog's "09:30 GMT:" time stamp
	 * opens no report; "2:1" before a comma is no stamp. */
	{ "10:02 GMT: We have spent the whole night here, one resident "
	    "told us.", "told", "one resident",
	    "We have spent the whole night here" },
	{ "10:15 a.m. - We stayed all night, one resident told us.",
	    "told", "one resident", "We stayed all night" },
	{ "The score was 2:1, the coach said.", "said", "coach",
	    "The score was 2:1" },
	/* qdirect, set_direct_kind(): a sentence ending inside the marks
	 * makes capitalised words no title; a title stays one. */
	{ "Jo Lee walked onto the stage, chanting \"Go-Team! Go-Team!\"",
	    "chanting", "Jo Lee", "Go-Team! Go-Team!" },
	{ "She appeared on \"Meet the Voters\" on Sunday.", "", "",
	    "Meet the Voters" },
	/* qdirect, keep_span(): a capitalised sentence set off right
	 * after its cue ('said: "Never."') is said, not a title; "His
	 * favourite film: "Jaws."" has no cue and stays out. */
	{ "Tom Hale said: \"Never.\"", "said", "Tom Hale", "Never." },
	{ "Asked about the plan, Tom Hale said, \"Never Again.\"", "said",
	    "Tom Hale", "Never Again." },
	{ "His favourite film: \"Jaws.\"", "", "", "Jaws." },
	/* qdirect, quote_frame_verb(): '"...," she sneered.': a past
	 * tense between a pronoun or a name right after the closing mark
	 * and the sentence's end says the quote. */
	{ "Ann Lee laughed at the plan.|\"Nice try,\" she sneered.",
	    "sneered", "Ann Lee", "Nice try," },
	{ "\"Nice try,\" Ann Lee sneered.", "sneered", "Ann Lee",
	    "Nice try," },
	{ "\"The council has failed the town,\" Tom Hale mocks.", "mocks",
	    "Tom Hale", "The council has failed the town," },
	/* qprobe3: a description whose noun tells a sex is what "she"
	 * next stands for; "the grandmother" is the woman who spoke just
	 * before; "the woman" is someone new. */
	{ "Ann Lee, a detective, said the park was busy.\nThe victim's "
	    "mother said her daughter was unhurt.\n\"She wants him caught,\" "
	    "she added.", "added", "victim's mother", "She wants him caught," },
	{ "A spokeswoman for the lender said rates would fall.|\"We are "
	    "glad,\" she said.", "said", "A spokeswoman for the lender",
	    "We are glad," },
	{ "Mrs Ann Lee said she had lived there for years.|\"I have never "
	    "seen this,\" the grandmother added.", "added", "Ann Lee",
	    "I have never seen this," },
	{ "Mrs Ann Lee said she had lived there for years.|\"I have never "
	    "seen this,\" the woman added.", "added", "woman",
	    "I have never seen this," },
	/* "the company" is no organisation that only says where a
	 * person works ("an analyst at ..."); "Shares of" is no part of
	 * the firm's name. */
	{ "Shares of Pellmore Foods fell.\n\"It was bad,\" said Lena Fortier, "
	    "an analyst at Brightwater Securities.\nThe company said sales "
	    "would fall.", "said", "Pellmore Foods", "sales would fall" },
	/* A word only firms end in makes a name a firm, one with a given
	 * name in it too: "the company" is no news agency before it. */
	{ "NEW YORK (AP) \xe2\x80\x94 Harlow Motors will recall 120,000 "
	    "SUVs, the company said Friday.", "said", "Harlow Motors", NULL },
	/* A relative clause between a quote and its cue is passed over;
	 * "Those were the words of X" after a quote names its speaker. */
	{ "\"It is a disgrace,\" one resident, who asked not to be named, "
	    "told the paper.", "told", "one resident", "It is a disgrace," },
	{ "\"We will not back down.\"\nThose were the words of union leader "
	    "Ann Lee on Tuesday.", "-", "Ann Lee", "We will not back down." },
	/* "A spokesman" is a man for the "he" after it; a spokesman for
	 * a person is not that person. */
	{ "A spokesman for the club said the player would stay.|He added "
	    "that the decision was final.", "added", "A spokesman for the club",
	    "the decision was final" },
	{ "A spokesman for Ann Lee said she would run.", "said",
	    "A spokesman for Ann Lee", "she would run" },
	/* An organisation a relative clause with "which" hangs on. */
	{ "The cut follows a move by Crestway Bank, which said last week "
	    "it would lower rates.", "said", "Crestway Bank",
	    "it would lower rates" },
	/* A person noun and a verb before an -ing cue. */
	{ "A protester interrupted the speech, shouting that the senator "
	    "had lied.", "shouting", "A protester",
	    "the senator had lied" },
	/* Two people joined by "and" speak together. */
	{ "Dale Ortner and Marla Quinby met.|Ortner and Quinby said talks "
	    "would resume.", "said", "Ortner and Quinby",
	    "talks would resume" },
	{ "Dale Ortner and Marla Quinby issued a statement saying talks "
	    "would resume.", "saying", "Dale Ortner and Marla Quinby",
	    "talks would resume" },
	{ "Ann Lee met with Dale Ortner and Marla Quinby.|She said talks "
	    "would resume.", "said", "Ann Lee", "talks would resume" },
	/* '"...," read a banner': the thing that carries the words, not
	 * the one who spoke before. */
	{ "A protester said the vote was a sham.\n\"Stop the war,\" read a "
	    "banner unfurled in the gallery.", "read", "a banner",
	    "Stop the war," },
	/* No name to go by: the titled subject of a sentence just before. */
	{ "The prime minister has arrived at the summit.|Asked about a "
	    "deal, she said: \"We are working hard.\"", "said",
	    "prime minister", "We are working hard." },
	{ "The French president has been speaking.\nHe said talks had "
	    "been useful.", "said", "French president",
	    "talks had been useful" },
	/* An inverted cue set off inside the sentence: the whole of it. */
	{ "The plan, said two senior officials, would cost about $40 "
	    "billion.", "said", "two senior officials",
	    "The plan, said two senior officials, would cost about $40 "
	    "billion" },
	{ "The plan, said Ann Lee, a senior official, would cost about $40 "
	    "billion.", "said", "Ann Lee", "The plan, said Ann Lee, a senior "
	    "official, would cost about $40 billion" },
	{ "Jo Lee, a supporter, said two officials were fired.", "said",
	    "Jo Lee", "two officials were fired" },
	/* A person noun "of" a description, from the sentence's start. */
	{ "Residents of a Devon village say they feel abandoned.", "say",
	    "Residents of a Devon village", "they feel abandoned" },
	/* The person who opens the clause, not the person noun of the
	 * appositive after it. */
	{ "Jo Marr, 31, a Leeds freelance photographer, said the plan was "
	    "bad.", "said", "Jo Marr", "the plan was bad" },
	/* Names in an opening participle's phrase are not "she". */
	{ "Ann Lee spoke on Monday.|Asked about her vote in the event that "
	    "Mary Hale wins, she replied: \"I do not know.\"", "replied",
	    "Ann Lee", "I do not know." },
	/* A person noun capitalised as the first word is no part of the
	 * name; "the actress" is the woman who spoke before. */
	{ "Novelist Tamsin Reed talks about her book.\nShe said she writes "
	    "every day.", "said", "Tamsin Reed", "she writes every day" },
	/* "remembers" is a cue; a pair is not what "he" next stands for;
	 * a fragment of the pair's statement is theirs too. */
	{ "Tom Hale lost everything.\n\"The water came in,\" he remembers.",
	    "remembers", "Tom Hale", "The water came in," },
	{ "Dale Ortner and Marla Quinby said talks would resume.|He said it "
	    "was late.", "said", "Dale Ortner", "it was late" },
	{ "Dale Ortner and Marla Quinby issued a statement describing the "
	    "talks as a \"very positive step\" toward unity.", "describing",
	    "Dale Ortner and Marla Quinby", "very positive step" },
	{ "Actress Ann Lee spoke on Monday.\n\"It was a shock,\" she said.\n"
	    "Mary Hale, a critic, disagreed.\nThe actress said she was "
	    "tired.", "said", "Ann Lee", "she was tired" },
	/* qprobe4: a unit glued by a slash ("km/h") is one word before the
	 * reported clause's verb; a weaker cue takes "the NOUN would";
	 * "The mayor insists ..." is what "she" next stands
	 * for; "used to say," and "likes to say:" introduce a quote; "as
	 * the old saying goes" is no cue. */
	{ "The bureau said winds of up to 200 km/h had been recorded.",
	    "said", "bureau", "winds of up to 200 km/h had been recorded" },
	{ "His manager insisted the tour would go ahead.", "insisted",
	    "His manager", "the tour would go ahead" },
	{ "The mayor insists the money is there. \"We have budgeted for "
	    "every bus,\" she told me.", "told", "mayor",
	    "We have budgeted for every bus," },
	{ "As my grandmother used to say, \"Do not count your chickens.\"",
	    "say", "grandmother", "Do not count your chickens." },
	{ "My aunt likes to say: \"Do not count your chickens.\"", "say",
	    "My aunt", "Do not count your chickens." },
	{ "As the old saying goes, \"Do not count your chickens.\"", "-",
	    "", "Do not count your chickens." },
	/* A bare title before the name in the appositive: the name. */
	{ "A second witness, fire investigator Raj Patel, told the court the "
	    "blaze was started deliberately.", "told", "Raj Patel",
	    "the blaze was started deliberately" },
	/* Tabloid cues ("gushed", "confessed"); "A pal of the singer" is a
	 * description, not the singer. */
	{ "The star gushed: \"He is my rock.\"", "gushed", "star",
	    "He is my rock." },
	{ "Ann Lee confessed she had been scared.", "confessed", "Ann Lee",
	    "she had been scared" },
	{ "A pal of the singer revealed: \"They are head over heels.\"",
	    "revealed", "A pal of the singer", "They are head over heels." },
	/* qprobe5: any clause cue, not only "said", may take a closing
	 * phrase ("wrote in the journal Nature"), but not a passive one's
	 * agent; a negated passive request is no report; a cue that is
	 * also a noun may head the reported clause's subject. */
	{ "The probe detected water ice, researchers wrote in the journal "
	    "Nature.", "wrote", "researchers", "The probe detected water ice" },
	{ "Costs will rise next year, the ministry added in a statement.",
	    "added", "ministry", "Costs will rise next year" },
	/* A "to" before a determiner goes on with the phrase. */
	{ "Net profit fell 12%, the company said in a filing to the stock "
	    "exchange.", "said", "company", "Net profit fell 12%" },
	{ "It accused the board of hiding the losses from Ann Lee, who was "
	    "named by the mayor and confirmed by the council in May 2019.",
	    "", "", "It accused the board of hiding the losses from Ann Lee" },
	{ "A list of attacks is included, including the killing of a guard "
	    "that was claimed by a rebel group.", "", "",
	    "A list of attacks is included" },
	{ "The senator said she had not been asked to investigate the "
	    "matter.", "", "", "to investigate the matter" },
	{ "The senator said she wasn't asked whether the plan would work.",
	    "", "", "whether the plan would work" },
	{ "Mayor Ann Lee spoke on Monday. She denied the claims were true.",
	    "denied", "Ann Lee", "the claims were true" },
	/* A "he" right after a speaker brought in by "a NOUN" is that
	 * one, not a person named before; given names of Irish, African
	 * and Indian news tell the sex. */
	{ "Tom Hale called the plan a mess.\nHowever, a former official, "
	    "who asked not to be named, said the plan had been ready for "
	    "months.\n\"Nobody was surprised,\" he said.", "said",
	    "a former official", "Nobody was surprised," },
	{ "Witness Nomvula Dlamini testified on Monday.\nDefence advocate "
	    "Pieter Venter put it to her that the lights were off.\n\"The "
	    "lights were working,\" she replied.", "replied",
	    "Nomvula Dlamini", "The lights were working," },
	/* A name in a quote whose first word is no given name does not
	 * rename the person ("Annoy Maureen."). */
	{ "His wife, Maureen, remembers the storm.\n\"I cried,\" she "
	    "says.\n\"Fish, probably. Annoy Maureen.\"\n\"He never talks "
	    "about it,\" Maureen says.", "says", "Maureen",
	    "He never talks about it," },
	/* Wire and regional phrasings: "has disclosed", "authorities
	 * said", "according to him", "the police report said", "though
	 * several warned", "the statement read", "a senior diplomat from a
	 * Gulf state"; "Asked ..., he laughs." reports no clause. */
	{ "The bank will lift the limits from Monday, its spokeswoman, Mrs "
	    "Halima Bello, has disclosed.", "disclosed", "Halima Bello",
	    "The bank will lift the limits from Monday" },
	{ "Two suspects were killed in a shootout early Sunday, authorities "
	    "said.", "said", "authorities",
	    "Two suspects were killed in a shootout early Sunday" },
	{ "Ade Ogunleye spoke on Monday. According to him, the bank must be "
	    "consistent.", "According to", "Ade Ogunleye",
	    "the bank must be consistent" },
	{ "A pistol was recovered from the scene, the police report said.",
	    "said", "police report", "A pistol was recovered from the scene" },
	{ "Governments welcomed the deal, though several warned that the "
	    "truce remained fragile.", "warned", "several",
	    "the truce remained fragile" },
	{ "\"All staff must leave by noon,\" the statement read.", "read",
	    "statement", "All staff must leave by noon," },
	{ "A senior diplomat from a Gulf state, speaking on condition of "
	    "anonymity, said neither side had given up.", "said",
	    "A senior diplomat from a Gulf state", "neither side had given up" },
	{ "Asked what he will do next, he laughs.", "", "",
	    "Asked what he will do next" },
	/* A verb made a cue by a fragment inside a speech cue's clause
	 * leaves the fragment to that cue. */
	{ "Foreign Minister Lukas Brandt told reporters the agreement showed "
	    "that \"diplomacy still works.\"", "told", "Lukas Brandt",
	    "diplomacy still works." },
	/* A long closing phrase; "Hon." is a title; "But X opposed it,
	 * arguing"; a description's phrase before the name beside it;
	 * "Islanders on Arran"; a person noun right before an -ing cue. */
	{ "The firm now expects earnings of $2.10, it said in a filing with "
	    "the Securities and Exchange Commission.", "said", "",
	    "The firm now expects earnings of $2.10" },
	{ "Moving the motion, Kiambu Town MP Hon. Wanjiru Kamau said the "
	    "levy was unfair.\n\"It is time we gave Kenyans a break,\" she "
	    "told the House.", "told", "Wanjiru Kamau",
	    "It is time we gave Kenyans a break," },
	{ "But Joseph Odhiambo opposed the motion, arguing that the agency "
	    "had no other funds.", "arguing", "Joseph Odhiambo",
	    "the agency had no other funds" },
	{ "But the other candidate on the stage, former Secretary of State "
	    "Ann Lee, drew a contrast, saying that the job losses were real.",
	    "saying", "Ann Lee", "the job losses were real" },
	{ "Islanders on Arran say they have been left stranded.", "say",
	    "Islanders on Arran", "they have been left stranded" },
	{ "Tom Hale's attacks are rippling through the race, with a "
	    "newspaper columnist suggesting that the affair is fair game.",
	    "suggesting", "a newspaper columnist", "the affair is fair game" },
	/* Indian and Philippine wire: "NEW DELHI:" is a dateline,
	 * "observing that", "submitted that"; "on Monday" is no part of an
	 * organisation's name; a firm's name beside its description. */
	{ "NEW DELHI: The court on Monday pulled up the state, observing "
	    "that the victims could not be made to wait.", "observing",
	    "court", "the victims could not be made to wait" },
	{ "Senior advocate Vikram Sethi, appearing for the petitioners, "
	    "submitted that no survivor had been paid.", "submitted",
	    "Vikram Sethi", "no survivor had been paid" },
	{ "Acme Foods on Monday said that the plan had failed.", "said",
	    "Acme Foods", "the plan had failed" },
	{ "The quarry operator, Silangan Aggregates, said in a statement "
	    "that it held all the permits.", "said", "Silangan Aggregates",
	    "it held all the permits" },
	/* "The trial ... continues." reports nothing; a trade before "at"
	 * heads a description. */
	{ "The trial, before Justice Helen Marsh, continues.", "", "",
	    "The trial, before Justice Helen Marsh" },
	{ "A former accountant at a mining company told the court that he "
	    "was ordered to alter records.", "told",
	    "A former accountant at a mining company",
	    "he was ordered to alter records" },
	/* A name with no given name the lexicon knows, before "of" and
	 * an organisation. */
	{ "Cybersecurity expert Tan Wei Ling of the National University of "
	    "Singapore said the fine was too small.", "said", "Tan Wei Ling",
	    "the fine was too small" },
};

START_TEST(test_probes)
{
	struct quoter *q = quoter_new();
	struct arena a = ARENA_INIT;
	struct quote_sent s[8];
	struct quote *out;
	size_t ns, n, i;
	char buf[256];
	const char *cue = probes[_i].cue;

	ns = split_doc(probes[_i].doc, s, 8);
	n = quote_extract(q, s, ns, NULL, 0, &a, &out);
	for (i = 0; i < n; i++) {
		if (*cue == '\0') {
			snprintf(buf, sizeof(buf), "%.*s", (int)out[i].text_len,
			    out[i].text);
			ck_assert_str_ne(buf, probes[_i].text);
			continue;
		}
		if (((strcmp(cue, "-") == 0 && out[i].cue == NULL) ||
		    (out[i].cue != NULL && out[i].cue_len == strlen(cue) &&
		    memcmp(out[i].cue, cue, out[i].cue_len) == 0)) &&
		    (probes[_i].text == NULL ||
		    (out[i].text_len == strlen(probes[_i].text) &&
		    memcmp(out[i].text, probes[_i].text, out[i].text_len) == 0)))
			break;
	}
	if (*cue == '\0')
		goto done;
	ck_assert_uint_lt(i, n);
	snprintf(buf, sizeof(buf), "%.*s", (int)out[i].speaker_len,
	    out[i].speaker ? out[i].speaker : "");
	ck_assert_str_eq(buf, probes[_i].speaker);
done:
	arena_free(&a);
	quoter_free(q);
}
END_TEST

static void
add_probe_tests(TCase *tc)
{
	tcase_add_loop_test(tc, test_probes, 0,
	    sizeof(probes) / sizeof(probes[0]));
}

/*
 * Speakers, session 8 (qspk4): a quote after reported speech, a dash
 * signature closing the paragraph, a colon before a stray mark, "Yet
 * another said", an -ing cue after a relative clause on a person, things
 * that carry words, which source, the one asked answering.
 */
static const struct attrib_case spk4[] = {
	{ "Ann Lee seemed taken aback and said that Hale had been on the "
	    "site.|\"Does that not speak to your judgment?\"", QUOTE_DIRECT,
	    "Ann Lee", "" },
	{ "Ann Lee said the plan had failed and would cost the town "
	    "dearly.\n\"It is a mess from start to end.\"", QUOTE_DIRECT,
	    "Ann Lee", "" },
	{ "She spoke.\n\"I would rather live in what he calls \"hell\" than "
	    "live in a world where he is president.\" \xe2\x80\x95 Rosa Lopez",
	    QUOTE_DIRECT, "Rosa Lopez", "" },
	{ "Tom Hale, who declined to comment, proposes this language: "
	    "\"\"Farm subsidies must end for good.\"", QUOTE_DIRECT,
	    "Tom Hale", "" },
	{ "One farmer said it was good.|Yet another said, \"The plan is a "
	    "mess\" for everyone.", QUOTE_PARTIAL, "another", "said" },
	{ "The senator was rallying for a teacher named Tom Hale, who is "
	    "running for Congress and who worked the crowd, praising \"the "
	    "senator's integrity\" as he spoke.", QUOTE_INDIRECT, "Tom Hale",
	    "praising" },
	/* A thing that carries words speaks ("The email goes on to say:",
	 * "her campaign page posted:" for her). */
	{ "Tom Hale wrote to the board.|The email goes on to say:\n\"The "
	    "plan must end now.\"", QUOTE_DIRECT, "email", "" },
	{ "Ann Lee spoke on Monday.\nThe next day, her Facebook page "
	    "posted: \"Thank you all for coming.\"", QUOTE_DIRECT, "Ann Lee",
	    "posted" },
	/* A described subject, a verb, then a participle set off. */
	{ "The retired farmer addressed his worries in another interview, "
	    "remarking that he did not feel \"this is a hard case.\"",
	    QUOTE_INDIRECT, "retired farmer", "remarking" },
	/* "is reported to have called": no passive. */
	{ "Mayor Tom Hale is reported to have called the plan \"a farce.\"",
	    QUOTE_INDIRECT, "Tom Hale", "called" },
	/* An appositive whose comma closes a quoted title. */
	{ "Ann Lee, the host of the farm show \"The Harvest,\" said in an "
	    "interview that shows have been too dull.", QUOTE_INDIRECT,
	    "Ann Lee", "said" },
	/* Which source: "familiar with", "close to", "involved in". */
	{ "A source familiar with the matter said the plan was \"a mess.\"",
	    QUOTE_INDIRECT, "A source familiar with the matter", "said" },
	{ "\"It is a way to take part,\" says a source involved in the "
	    "group's creation.", QUOTE_DIRECT,
	    "a source involved in the group's creation", "says" },
	{ "He is a friend of Bob Lee, whom one Hale insider described as "
	    "\"his brother.\"", QUOTE_INDIRECT, "one Hale insider",
	    "described" },
	/* Plain words between an owner and its person noun. */
	{ "Ann Lee's right-hand woman rallied the crowd, saying: \"We have to "
	    "be ready.\"", QUOTE_DIRECT, "Ann Lee's right-hand woman",
	    "saying" },
	/* The one asked answers. */
	{ "Reporter Scott Ruiz asked Tom Hale whether his health was fair "
	    "game.\n\"Sure it is,\" he said.", QUOTE_DIRECT, "Tom Hale",
	    "said" },
	/* "since X spoke" before a paragraph that opens with a quote. */
	{ "What it means is left to voters, since Tom Hale spoke only in "
	    "riddles.\n\"We have to do something.\"", QUOTE_DIRECT,
	    "Tom Hale", "" },
};

START_TEST(test_spk4)
{
	check_attrib(&spk4[_i]);
}
END_TEST

static void
add_spk4_tests(TCase *tc)
{
	tcase_add_loop_test(tc, test_spk4, 0, sizeof(spk4) / sizeof(spk4[0]));
}
