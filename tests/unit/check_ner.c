/*
 * Check suite for lib/ner.c: the BILOU constraints, Viterbi decoding,
 * model reading and writing (round trip, truncated, corrupt, unknown
 * version), CoNLL reading, deterministic training, and the embedded
 * model on a few sentences (document memory, surnames, headlines).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ner.h"

#define NT	NER_NTAGS
#define PER_B	NER_TAG(NER_PER, 0)
#define PER_I	NER_TAG(NER_PER, 1)
#define PER_L	NER_TAG(NER_PER, 2)
#define PER_U	NER_TAG(NER_PER, 3)
#define ORG_U	NER_TAG(NER_ORG, 3)

/* A hand-made model: no features, start favours U-PER, then O. */
static void
tiny_model(struct buf *b, const char *version, int rows)
{
	int i, k;

	buf_clear(b);
	buf_printf(b, "lede-ner %s\nfeatures 4\nrows %d\n", version, rows);
	buf_adds(b, "start");
	for (k = 0; k < NT; k++)
		buf_adds(b, k == PER_U ? " 2" : " 0");
	buf_adds(b, "\nend");
	for (k = 0; k < NT; k++)
		buf_adds(b, " 0");
	buf_adds(b, "\n");
	for (i = 0; i < NT; i++) {
		buf_adds(b, "trans");
		for (k = 0; k < NT; k++)
			buf_adds(b, k == 0 ? " 1" : " -1");
		buf_adds(b, "\n");
	}
	for (i = 0; i < rows; i++)
		buf_printf(b, "%016x 0:0.5 %d:-1.25\n", 0x1001 + 2 * i, PER_U);
	buf_adds(b, "end\n");
}

START_TEST(test_allowed)
{
	ck_assert(ner_tag_allowed(-1, 0));
	ck_assert(ner_tag_allowed(-1, PER_B));
	ck_assert(ner_tag_allowed(-1, PER_U));
	ck_assert(!ner_tag_allowed(-1, PER_I));
	ck_assert(!ner_tag_allowed(-1, PER_L));
	ck_assert(ner_tag_allowed(PER_B, PER_I));
	ck_assert(ner_tag_allowed(PER_B, PER_L));
	ck_assert(!ner_tag_allowed(PER_B, 0));
	ck_assert(!ner_tag_allowed(PER_B, NER_TAG(NER_ORG, 2)));
	ck_assert(ner_tag_allowed(PER_L, ORG_U));
	ck_assert(ner_tag_allowed(PER_U, PER_B));
	ck_assert(!ner_tag_allowed(0, PER_L));
}
END_TEST

/* Emission scores of two tokens; the best valid path is given. */
static const struct {
	float		 b0, u0, o1, l1;	/* B/U-PER at 0, O/L-PER at 1 */
	int		 t0, t1;		/* expected tags */
} paths[] = {
	{ 5, 4, 5, 3, PER_U, 0 },	/* B then O is invalid: U O wins 9 to 8 */
	{ 5, 4, 5, 6, PER_B, PER_L },	/* B L wins 11 to 9 */
	{ 0, 0, 1, 0, 0, 0 },
};

START_TEST(test_viterbi)
{
	float emit[2 * NT], trans[NT * NT], start[NT], end[NT], fscr[2 * NT];
	unsigned char bscr[2 * NT], out[2];

	memset(emit, 0, sizeof(emit));
	memset(trans, 0, sizeof(trans));
	memset(start, 0, sizeof(start));
	memset(end, 0, sizeof(end));
	emit[PER_B] = paths[_i].b0;
	emit[PER_U] = paths[_i].u0;
	emit[NT + 0] = paths[_i].o1;
	emit[NT + PER_L] = paths[_i].l1;
	ner_viterbi(emit, 2, trans, start, end, fscr, bscr, out);
	ck_assert_int_eq(out[0], paths[_i].t0);
	ck_assert_int_eq(out[1], paths[_i].t1);
}
END_TEST

/* A long sentence whose emissions want an invalid I-PER everywhere. */
START_TEST(test_viterbi_valid)
{
	enum { n = 50 };
	float emit[n * NT], trans[NT * NT], start[NT], end[NT], fscr[n * NT];
	unsigned char bscr[n * NT], out[n];
	size_t i;

	memset(emit, 0, sizeof(emit));
	memset(trans, 0, sizeof(trans));
	memset(start, 0, sizeof(start));
	memset(end, 0, sizeof(end));
	for (i = 0; i < n; i++)
		emit[i * NT + PER_I] = 10;
	ner_viterbi(emit, n, trans, start, end, fscr, bscr, out);
	ck_assert_int_eq(out[0], PER_B);
	for (i = 1; i + 1 < n; i++)
		ck_assert_int_eq(out[i], PER_I);
	ck_assert_int_eq(out[n - 1], PER_L);
	ner_viterbi(emit, 0, trans, start, end, fscr, bscr, out);
}
END_TEST

/* Write m to a string. */
static void
model_text(const struct ner_model *m, struct buf *out)
{
	char *p = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&p, &len);

	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(ner_model_write(m, fp), 0);
	ck_assert_int_eq(fclose(fp), 0);
	buf_clear(out);
	buf_add(out, p, len);
	free(p);
}

START_TEST(test_tiny_model)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	struct buf b;
	static const char text[] = "Hello there, friend";

	buf_init(&b);
	tiny_model(&b, "1", 3);
	ck_assert_int_eq(ner_model_load(b.data, b.len, &m, &err), 0);
	ck_assert_uint_eq(ner_model_nfeatures(m), 3);
	t = ner_tagger_new(m);
	ck_assert_uint_eq(ner_tag_text(t, text, strlen(text), &sp), 1);
	ck_assert_uint_eq(sp[0].start, 0);
	ck_assert_uint_eq(sp[0].end, 5);
	ck_assert_int_eq(sp[0].type, NER_PER);
	ck_assert_str_eq(ner_type_name(sp[0].type), "PERSON");
	ck_assert_uint_eq(ner_tag_text(t, "", 0, &sp), 0);
	ner_tagger_free(t);
	ner_model_free(m);
	buf_free(&b);
}
END_TEST

/* load(write(m)) writes the same bytes again. */
START_TEST(test_round_trip)
{
	struct ner_model *m, *m2;
	struct ner_err err;
	struct buf a, b, c;

	buf_init(&a);
	buf_init(&b);
	buf_init(&c);
	tiny_model(&a, "1", 5);
	ck_assert_int_eq(ner_model_load(a.data, a.len, &m, &err), 0);
	model_text(m, &b);
	ck_assert_int_eq(ner_model_load(b.data, b.len, &m2, &err), 0);
	model_text(m2, &c);
	ck_assert_uint_eq(b.len, c.len);
	ck_assert_mem_eq(b.data, c.data, b.len);
	ner_model_free(m);
	ner_model_free(m2);
	buf_free(&a);
	buf_free(&b);
	buf_free(&c);
}
END_TEST

/* Every proper prefix of a model is refused, never crashes. */
START_TEST(test_truncated)
{
	struct ner_model *m;
	struct ner_err err;
	struct buf a;
	size_t len;

	buf_init(&a);
	tiny_model(&a, "1", 2);
	for (len = 0; len + 1 < a.len; len++) {
		err.line = 0;
		err.msg = NULL;
		ck_assert_int_eq(ner_model_load(a.data, len, &m, &err), -1);
		ck_assert_ptr_null(m);
		ck_assert_ptr_nonnull(err.msg);
		ck_assert_uint_ge(err.line, 1);
	}
	buf_free(&a);
}
END_TEST

/* A bad line: the text replacing line `line` (1-based) of a tiny model. */
static const struct {
	unsigned long	 line;		/* line replaced */
	const char	*text;		/* its new text */
	const char	*msg;		/* expected message */
} corrupt[] = {
	{ 1, "lede-ner 2", "unsupported model version" },
	{ 1, "lede-ner 0", "unsupported model version" },
	{ 1, "lede-crf 1", "not a lede-ner model" },
	{ 1, "lede-ner x", "bad model version line" },
	{ 2, "features 99", "model made for another feature set" },
	{ 3, "rows -1", "bad rows line" },
	{ 4, "start 1 2 3", "bad start line" },
	{ 6, "trans 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 nan", "bad trans line" },
	{ 23, "0000000000001001 0:abc", "bad tag:weight" },
	{ 23, "0000000000001001 17:1", "bad tag:weight" },
	{ 23, "00000000000010 0:1", "bad feature key" },
	{ 24, "0000000000001001 0:1", "duplicate feature key" },
	{ 25, "nothing", "missing end line" },
};

START_TEST(test_corrupt)
{
	struct ner_model *m;
	struct ner_err err;
	struct buf a, b;
	const char *p, *nl;
	unsigned long line = 1;

	buf_init(&a);
	buf_init(&b);
	tiny_model(&a, "1", 2);
	for (p = a.data; *p != '\0'; p = nl + 1, line++) {
		nl = strchr(p, '\n');
		if (line == corrupt[_i].line) {
			buf_adds(&b, corrupt[_i].text);
			buf_addc(&b, '\n');
		} else
			buf_add(&b, p, (size_t)(nl - p + 1));
	}
	ck_assert_int_eq(ner_model_load(b.data, b.len, &m, &err), -1);
	ck_assert_str_eq(err.msg, corrupt[_i].msg);
	ck_assert_uint_eq(err.line, corrupt[_i].line);
	buf_free(&a);
	buf_free(&b);
}
END_TEST

static const char conll[] =
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Nikol NNP I-NP I-PER\n"
    "Pashinian NNP I-NP I-PER\n"
    "met VBD I-VP O\n"
    "Sergei NNP I-NP I-PER\n"
    "Lavrov NNP I-NP I-PER\n"
    "in IN I-PP O\n"
    "Moscow NNP I-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "NATO NNP I-NP I-ORG\n"
    "and CC O O\n"
    "the DT I-NP O\n"
    "OSCE NNP I-NP I-ORG\n"
    "met VBD I-VP O\n"
    "French JJ I-NP I-MISC\n"
    "diplomats NNS I-NP O\n"
    ".\t.\tO\tO\n"
    "\n"
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Armenia NNP I-NP I-LOC\n"
    "Azerbaijan NNP I-NP B-LOC\n"
    "talks NNS I-NP O\n";

START_TEST(test_corpus_and_train)
{
	struct ner_corpus *c;
	struct ner_model *m, *m2;
	struct ner_train_opts o = { 5, 7, 1, 0, 2 };
	struct ner_score sc;
	struct ner_err err;
	struct buf a, b;
	FILE *fp;

	fp = fmemopen((void *)conll, strlen(conll), "r");
	c = ner_corpus_read(fp, &err);
	fclose(fp);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(ner_corpus_ndocs(c), 2);
	ck_assert_uint_eq(ner_corpus_ntokens(c), 19);
	m = ner_train(c, &o, NULL, NULL);
	m2 = ner_train(c, &o, NULL, NULL);
	buf_init(&a);
	buf_init(&b);
	model_text(m, &a);
	model_text(m2, &b);
	ck_assert_uint_eq(a.len, b.len);	/* deterministic */
	ck_assert_mem_eq(a.data, b.data, a.len);
	ner_evaluate(m, c, &sc);
	/* Gold spans: 2 PER, LOC Moscow, 2 ORG, MISC, 2 LOC (B- splits them). */
	ck_assert_uint_eq(sc.ngold[NER_NTYPES], 8);
	ck_assert_uint_eq(sc.ngold[NER_LOC], 3);
	ck_assert(ner_score_f1(&sc, NER_NTYPES) > 0.9);
	ner_model_free(m);
	ner_model_free(m2);
	ner_corpus_free(c);
	buf_free(&a);
	buf_free(&b);
}
END_TEST

static const struct {
	const char	*text;
	unsigned long	 line;
	const char	*msg;
} badconll[] = {
	{ "Nikol NNP I-NP I-PER\nPashinian\n", 2, "expected a token and a tag" },
	{ "Nikol NNP I-NP I-PERSON\n", 1, "unknown entity tag" },
	{ "Nikol NNP I-NP X-PER\n", 1, "unknown entity tag" },
};

START_TEST(test_corpus_bad)
{
	struct ner_err err;
	FILE *fp;

	fp = fmemopen((void *)badconll[_i].text, strlen(badconll[_i].text), "r");
	ck_assert_ptr_null(ner_corpus_read(fp, &err));
	fclose(fp);
	ck_assert_uint_eq(err.line, badconll[_i].line);
	ck_assert_str_eq(err.msg, badconll[_i].msg);
}
END_TEST

/* Find the span of text with type in the tagger's result. */
static int
has_span(const char *text, const struct ner_span *sp, size_t n,
    const char *want, int type)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (sp[i].type == type && sp[i].end - sp[i].start == strlen(want) &&
		    memcmp(text + sp[i].start, want, strlen(want)) == 0)
			return 1;
	return 0;
}

START_TEST(test_embedded)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n;
	static const char s1[] =
	    "Armenian Prime Minister Nikol Pashinian met Russian Foreign "
	    "Minister Sergei Lavrov in Moscow on Monday.";
	static const char s2[] = "Pashinian told reporters that NATO had "
	    "not been asked to help.";
	static const char s3[] = "YEREVAN/BAKU -- Fighting went on.";

	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	ck_assert_uint_gt(ner_model_nfeatures(m), 1000);
	t = ner_tagger_new(m);
	n = ner_tag_text(t, s1, strlen(s1), &sp);
	ck_assert(has_span(s1, sp, n, "Nikol Pashinian", NER_PER));
	ck_assert(has_span(s1, sp, n, "Sergei Lavrov", NER_PER));
	ck_assert(has_span(s1, sp, n, "Moscow", NER_LOC));
	ck_assert(has_span(s1, sp, n, "Armenian", NER_MISC));
	n = ner_tag_text(t, s2, strlen(s2), &sp);
	ck_assert(has_span(s2, sp, n, "Pashinian", NER_PER));
	ck_assert(has_span(s2, sp, n, "NATO", NER_ORG));
	ner_tagger_reset(t);
	n = ner_tag_text(t, s3, strlen(s3), &sp);
	ck_assert(has_span(s3, sp, n, "YEREVAN", NER_LOC));
	ck_assert(has_span(s3, sp, n, "BAKU", NER_LOC));
	ner_tagger_free(t);
	ner_model_free(m);
}
END_TEST

/*
 * A lone surname is the person the document named in full with a given
 * name, whatever the model reads in its context ("At Kemp rallies" alone
 * looks like a place); a place's name is no given name ("Paris Kemp").
 */
START_TEST(test_surname)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n;
	static const char full[] = "Senator Maria Kemp spoke in Denver.";
	static const char place[] = "Mayor Paris Kemp spoke.";
	static const char lone[] = "At Kemp rallies, crowds cheered.";

	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	t = ner_tagger_new(m);
	n = ner_tag_text(t, lone, strlen(lone), &sp);
	ck_assert(!has_span(lone, sp, n, "Kemp", NER_PER));
	ner_tagger_reset(t);
	n = ner_tag_text(t, full, strlen(full), &sp);
	ck_assert(has_span(full, sp, n, "Maria Kemp", NER_PER));
	n = ner_tag_text(t, lone, strlen(lone), &sp);
	ck_assert(has_span(lone, sp, n, "Kemp", NER_PER));
	ner_tagger_reset(t);
	n = ner_tag_text(t, place, strlen(place), &sp);
	ck_assert(has_span(place, sp, n, "Paris Kemp", NER_PER));
	n = ner_tag_text(t, lone, strlen(lone), &sp);
	ck_assert(!has_span(lone, sp, n, "Kemp", NER_PER));
	ner_tagger_free(t);
	ner_model_free(m);
}
END_TEST

/*
 * The rules after the model, each sentence a document of its own: the
 * span (text, type) is there, or with present 0 is not.
 */
static const struct {
	const char	*text;
	const char	*span;
	int		 type;
	int		 present;
} retag_cases[] = {
	/* A person's name does not end in an organisation's head word. */
	{ "She told Nova Television it was over.", "Nova Television",
	    NER_ORG, 1 },
	{ "She told Nova Lindqvist it was over.", "Nova Lindqvist", NER_PER,
	    1 },
	/* A place's name does not end in a firm's head word either ("an
	 * analyst at Brightline Securities"), unless the gazetteer names
	 * the place. */
	{ "Jo Pell, an analyst at Brightline Securities, said the cuts were "
	    "overdue.", "Brightline Securities", NER_ORG, 1 },
	{ "The frigate sailed from Newport News on Monday.", "Newport News",
	    NER_LOC, 1 },
	/* A people or a faith's followers is MISC, whether the model took
	 * it for an organisation or a person or left it out; not a word
	 * that begins a longer name. */
	{ "Latinos and Asians make up a growing share of the workforce, Pell "
	    "said.", "Latinos", NER_MISC, 1 },
	{ "Hispanics are the largest group in the district, the council "
	    "said.", "Hispanics", NER_MISC, 1 },
	{ "She joined the Hispanic Heritage Foundation in May.", "Hispanic",
	    NER_MISC, 0 },
	{ "She said Muslims had been treated unfairly.", "Muslims", NER_MISC,
	    1 },
	/* The credit in a dateline's brackets is a news organisation; not
	 * a bracketed word in a sports result. */
	{ "NEW YORK (CNNMoney) -- Stocks rose on Friday.", "CNNMoney",
	    NER_ORG, 1 },
	{ "NEW YORK (CNNMoney) -- Stocks rose on Friday.", "NEW YORK",
	    NER_LOC, 1 },
	{ "Vardar (NS) - Pelister 2-1.", "NS", NER_ORG, 0 },
	/* A participle that opens a sentence is no place; a name in -ed
	 * before a comma stays a name. */
	{ "Born in Leipzig in 1950, Kroll trained as a chemist.", "Born",
	    NER_LOC, 0 },
	{ "Born in Leipzig in 1950, Kroll trained as a chemist.", "Leipzig",
	    NER_LOC, 1 },
	{ "Kabred, who flew in on Monday, said he hoped to sign.", "Kabred",
	    NER_PER, 1 },
	/* An acronym is an organisation, not a place; not a dateline's
	 * place in capitals. */
	{ "The money will fund research at CERN, the physics laboratory "
	    "near Geneva.", "CERN", NER_ORG, 1 },
	{ "VARDO, Norway -- Rain fell.", "VARDO", NER_ORG, 0 },
	/* One name across particles, whatever the model typed its second
	 * piece; the last word of a title is not part of the name. */
	{ "Energy minister Prince Tariq bin Saad Al Harbi said output would "
	    "stay steady.", "Tariq bin Saad Al Harbi", NER_PER, 1 },
	{ "President Rui Manuel da Costa Pinto signed the law on Monday.",
	    "Rui Manuel da Costa Pinto", NER_PER, 1 },
	{ "Chief Justice Anil Kumar Venkatesh said the state had failed.",
	    "Anil Kumar Venkatesh", NER_PER, 1 },
	/* "bin" joins a word the model typed otherwise to a person. */
	{ "He met Malaysian counterpart Anwar bin Hashim in Bangkok.",
	    "Anwar bin Hashim", NER_PER, 1 },
	/* A title inside a span cuts it: an organisation, then a person. */
	{ "Bank Kelta Governor Budi Santoso Wijaya said the bank was ready.",
	    "Budi Santoso Wijaya", NER_PER, 1 },
	{ "Bank Kelta Governor Budi Santoso Wijaya said the bank was ready.",
	    "Bank Kelta", NER_ORG, 1 },
	/* A city beside a score is its team; not after "in". */
	{ "Porto drew 1-1 with Braga on Sunday, while Sevilla beat Valencia "
	    "3-0.", "Braga", NER_ORG, 1 },
	{ "Porto drew 1-1 with Braga on Sunday, while Sevilla beat Valencia "
	    "3-0.", "Valencia", NER_ORG, 1 },
	{ "Porto drew 1-1 with Braga on Sunday, while Sevilla beat Valencia "
	    "3-0.", "Porto", NER_ORG, 1 },
	{ "Norway beat Chile in Grenoble 3-2.", "Grenoble", NER_LOC, 1 },
	/* Festivals and prizes are MISC. */
	{ "Organisers of the Lublin Film Festival said it drew 40,000 "
	    "visitors.", "Lublin Film Festival", NER_MISC, 1 },
	/* A city after a place and "and", the two after a preposition, is
	 * a place; not two clubs before a noun. */
	{ "The trams still run in Freiburg and Karlsruhe.", "Karlsruhe",
	    NER_LOC, 1 },
	{ "Councils in Birmingham and Leeds face a shortfall.", "Leeds",
	    NER_LOC, 1 },
	{ "The former Bolton and Reading defender left.", "Reading",
	    NER_ORG, 1 },
	/* A place's name does not end in an acronym. */
	{ "Omar Haddad, an analyst at Emirates NBD, said so.",
	    "Emirates NBD", NER_ORG, 1 },
	/* One works at an organisation. */
	{ "Ilse Marten, an analyst at Morwen, said so.", "Morwen", NER_ORG,
	    1 },
	/* A party and state after a politician's name are no name; an
	 * Arabic article's name goes on with the person's. */
	{ "Rep. Ed Pyle, R-N.Y., met voters on Monday.", "R-N", NER_MISC,
	    0 },
	{ "Governor Hassan Abdel-Fattah El-Sayed said inflation eased.",
	    "Hassan Abdel-Fattah El-Sayed", NER_PER, 1 },
	{ "The team used the Kestrel Space Telescope to observe the planet.",
	    "Kestrel Space Telescope", NER_MISC, 1 },
	/* A firm's name with "&", first in the sentence. */
	{ "AT&T said on Monday it would cut 2,000 jobs.", "AT&T", NER_ORG,
	    1 },
	/* Counties and towns are places beside places or after "in";
	 * not in sport, where they are teams. */
	{ "Floods hit Devon and Cornwall on Sunday.", "Devon", NER_LOC, 1 },
	{ "Floods hit Kent, Essex and Yorkshire.", "Essex", NER_LOC, 1 },
	{ "Plymouth and Cornwall recorded their highest wind speeds.",
	    "Plymouth", NER_LOC, 1 },
	{ "Kent beat Essex by six wickets.", "Essex", NER_LOC, 0 },
	{ "Devon Cole said the roads were shut.", "Devon Cole", NER_PER, 1 },
	{ "The council opened centres in Exeter, Bodmin and Penzance.",
	    "Penzance", NER_LOC, 1 },
	/* A home town after a person's age. */
	{ "Ann Rowe, 71, of St Austell, said it was loud.", "St Austell",
	    NER_LOC, 1 },
	{ "Tom Hale, 52, of Hale Logistics, said so.", "Hale Logistics",
	    NER_LOC, 0 },
	{ "Graham Pell, 58, of Market Drayton, admitted fraud.",
	    "Market Drayton", NER_LOC, 1 },
	/* A dateline's place in capitals is a place. */
	{ "CHICAGO (Reuters) - The firm said it would cut jobs.", "CHICAGO",
	    NER_LOC, 1 },
	{ "DETROIT - Car sales fell in May.", "DETROIT", NER_LOC, 1 },
	/* A firm's name ends in its trade. */
	{ "Harlow Foods to cut 1,200 jobs as sales slump", "Harlow Foods",
	    NER_ORG, 1 },
	/* A city and a club's word is a club; not a place so named. */
	{ "Mensah, signed from Ipswich Town in the summer, struck late.",
	    "Ipswich Town", NER_ORG, 1 },
	{ "Protests spread across Mexico City on Sunday.", "Mexico City",
	    NER_LOC, 1 },
	/* An institution named after a title and "'s"; not a place's. */
	{ "Researchers at King's College London said the trial worked.",
	    "King's College London", NER_ORG, 1 },
	{ "Britain's Office for National Statistics said so.",
	    "Office for National Statistics", NER_ORG, 1 },
	/* A station's number is part of its name. */
	{ "She told BBC Radio 4 on Monday that prices rose.", "BBC Radio 4",
	    NER_ORG, 1 },
	/* A named storm is no person. */
	{ "Storm Ciara and Hurricane Ida caused damage.", "Storm Ciara",
	    NER_MISC, 1 },
	/* A city, a comma and a province the gazetteer knows. */
	{ "Fishermen in Halifax, Nova Scotia, said the storm destroyed "
	    "dozens of boats.", "Nova Scotia", NER_LOC, 1 },
	/* A firm before "analyst" and a name, first in the sentence; not
	 * an adjective there. */
	{ "Jefferies analyst Priya Ramaswamy said the deal valued the "
	    "company at about $4 billion.", "Jefferies", NER_ORG, 1 },
	{ "Veteran analyst Tom Whitlock said the shares were cheap.",
	    "Veteran", NER_ORG, 0 },
	{ "Peel Hunt analyst Arjun Mehta said the warning was worse than "
	    "feared.", "Peel Hunt", NER_ORG, 1 },
	/* An unknown given name and a surname of two joined by a hyphen. */
	{ "When Chiamaka Okonkwo-Bello opened her first bakery in Lagos in "
	    "2015, she had two ovens.", "Chiamaka Okonkwo-Bello", NER_PER, 1 },
	/* Where a disaster happened. */
	{ "Families of the Red Cliff victims gathered on Saturday to mark "
	    "the anniversary.", "Red Cliff", NER_LOC, 1 },
	/* A university is an organisation, whatever place it is of; a
	 * city before its mayor a place; "from A to B" two names; a
	 * marathon an event, not a person. */
	{ "Lecturers at the University of Tromsø walked out on Monday.",
	    "University of Tromsø", NER_ORG, 1 },
	{ "Leeds Mayor Jo Bell said the plan was sound.", "Leeds", NER_LOC,
	    1 },
	{ "Buses run from Ashby to Kelso every hour.", "Ashby", NER_LOC, 1 },
	{ "Kenyan runner Faith Jerono won the Valencia Marathon on Sunday.",
	    "Valencia Marathon", NER_MISC, 1 },
	/* "Shares of X" are a company's; a high court is an institution;
	 * one works at a hospital or a bank, even one named after a
	 * town ("Wells"). */
	{ "Shares of Marrowby rose 2 percent on Friday.", "Marrowby",
	    NER_ORG, 1 },
	{ "The High Court on Thursday suspended the plan.", "High Court",
	    NER_ORG, 1 },
	{ "Dr Ana Reyes, a consultant at Dunmore Hospital, gave evidence.",
	    "Dunmore Hospital", NER_ORG, 1 },
	{ "Economists at Wells Fargo said the data were weak.",
	    "Wells Fargo", NER_ORG, 1 },
	/* A county's officials; a firm's "Companies". */
	{ "Brill County commissioners voted on Tuesday to approve the "
	    "budget.", "Brill County", NER_LOC, 1 },
	{ "Construction by Holloway Companies will begin in the spring.",
	    "Holloway Companies", NER_ORG, 1 },
	/* A law is MISC; an agency's acronym before a comma and an
	 * appositive is no dateline's place. */
	{ "The Commission fined the firm under the Digital Services Act on "
	    "Monday.", "Digital Services Act", NER_MISC, 1 },
	{ "OCHRA, the U.N. agency for refugees, said 40,000 people had fled.",
	    "OCHRA", NER_ORG, 1 },
	/* A relative after "her husband,"; a mission's name. */
	{ "She is survived by her husband, Emeka, and three children.",
	    "Emeka", NER_PER, 1 },
	{ "The funds will help astronauts on NASA's Artemis program.",
	    "Artemis", NER_MISC, 1 },
	/* Companies news names by one short name (lib/data/ner_orgs.txt),
	 * also where the model left the word out. */
	{ "The phone undercuts rivals from Samsung and Google by 300 "
	    "dollars.", "Google", NER_ORG, 1 },
	{ "Apple, which has not released a folding phone, declined to "
	    "comment.", "Apple", NER_ORG, 1 },
	/* A model of aircraft or arms is no place; a city before its
	 * drones stays one. */
	{ "The army sent two Chinook helicopters from the base.", "Chinook",
	    NER_MISC, 1 },
	{ "Paris drones were grounded on Sunday.", "Paris", NER_LOC, 1 },
	/* A judge's title is no part of the name, nor a title word alone
	 * before another. */
	{ "Supreme Court Justice Ann Lee wrote the opinion.",
	    "Justice Ann Lee", NER_PER, 0 },
	/* A magistrates' court, cut by the model at the apostrophe. */
	{ "He will appear at Folkestone Magistrates' Court on Monday.",
	    "Folkestone Magistrates' Court", NER_ORG, 1 },
	/* Party and state in brackets. */
	{ "Rep. Jo Amaro (D-N.Y.) said she was pleased.", "Y.", NER_ORG, 0 },
	{ "Rep. Jo Amaro (D-N.Y.) said she was pleased.", "D-N", NER_MISC,
	    0 },
	/* A name the model carried past a comma goes on after "and". */
	{ "A spokesman for the Department for Culture, Media and Sport said "
	    "ministers would review the guidance in the new year.",
	    "Department for Culture, Media and Sport", NER_ORG, 1 },
	/* "the journal X"; a glacier. */
	{ "The findings were published on Wednesday in the journal Nature "
	    "Geoscience.", "Nature Geoscience", NER_ORG, 1 },
	{ "The team drilled through rock beneath the seabed near Pine "
	    "Island Glacier.", "Pine Island Glacier", NER_LOC, 1 },
	/* Titles, a name, "of" and a police force. */
	{ "Det Sgt Alun Griffiths of Dyfed-Powys Police said the families "
	    "had shown great dignity.", "Alun Griffiths", NER_PER, 1 },
	{ "Det Sgt Alun Griffiths of Dyfed-Powys Police said the families "
	    "had shown great dignity.", "Dyfed-Powys Police", NER_ORG, 1 },
	/* A county; a person's name before "'s disease"; the place of a
	 * dateline with a credit; no name ends in a word in lower case. */
	{ "Whitfield is being held in the Lucas County jail.", "Lucas County",
	    NER_LOC, 1 },
	{ "Patients with early Alzheimer's disease took part in the trial.",
	    "Alzheimer", NER_PER, 0 },
	{ "BOSTON (AP) \xe2\x80\x94 Jalen Okoro scored 38 points and the "
	    "Boston Celtics beat the Knicks 112-104.", "BOSTON", NER_LOC, 1 },
	{ "Cllr Janet Ashworth, who had led the Liberal Democrat "
	    "administration since 2019, resigned.", "Liberal Democrat "
	    "administration", NER_ORG, 0 },
	/* "the Sound of Mull" is water; a firm's head word the gazetteer
	 * lacks ends no person's name. */
	{ "People think it was lonely, MacLeod says, looking out over the "
	    "Sound of Mull.", "Sound of Mull", NER_LOC, 1 },
	{ "Vasquez joins from Halverson Brands, where she served as senior "
	    "vice president of finance.", "Halverson Brands", NER_ORG, 1 },
	/* A club's word the model left out after the city. */
	{ "Bristol Rovers beat Wigan Athletic 3-1 and Plymouth Argyle drew "
	    "0-0 with Oxford United.", "Wigan Athletic", NER_ORG, 1 },
	/* Two firms joined by "and". */
	{ "Existing investors Crestline Capital and Beacon Hill Partners "
	    "also took part.", "Crestline Capital", NER_ORG, 1 },
	/* A city typed a person, before a team's record or its coach. */
	{ "Denver (7-8) lost for the fourth time in five games.", "Denver",
	    NER_ORG, 1 },
	{ "Denver coach Mark Helberg said his team beat itself with "
	    "penalties.", "Denver", NER_ORG, 1 },
	/* Honorifics open no name and name nothing alone. */
	{ "Chief Minister Shri Vinayak Patil said the money would reach "
	    "farmers.", "Vinayak Patil", NER_PER, 1 },
	{ "Party spokesman Alhaji Musa Danjuma told reporters in Abuja.",
	    "Musa Danjuma", NER_PER, 1 },
	{ "The Speaker, Rt. Hon. Olu Bakare, said the bill had passed.",
	    "Rt", NER_LOC, 0 },
	/* A region before a government or title, or "regions". */
	{ "The Maharashtra government announced relief for farmers in the "
	    "Marathwada and Vidarbha regions.", "Maharashtra", NER_LOC, 1 },
	{ "The Maharashtra government announced relief for farmers in the "
	    "Marathwada and Vidarbha regions.", "Vidarbha", NER_LOC, 1 },
	{ "The NSW Premier, Fiona Callister, ruled out an early election.",
	    "NSW", NER_LOC, 1 },
	{ "The Lagos State Governor, Mr Tunde Adeyemi, signed the budget.",
	    "Lagos State", NER_LOC, 1 },
	/* A member's title inside the model's organisation. */
	{ "The Greens MP Tamsin Arlow said her party would negotiate.",
	    "Tamsin Arlow", NER_PER, 1 },
	{ "Nakuru Town East MP Hon. David Gikonyo asked the national "
	    "government to release funds.", "Nakuru Town East", NER_LOC, 1 },
	{ "Kilifi North MP Jane Mwaro asked the national government to "
	    "release funds.", "Kilifi North", NER_LOC, 1 },
	/* "Storm" is also a given name. */
	{ "Welcome to our live coverage of Storm Fenna.", "Storm Fenna",
	    NER_MISC, 1 },
	/* A live blog's entry: "The" after the time and a colon. */
	{ "08:58 GMT: The Met Office has extended its warning.",
	    "Met Office", NER_ORG, 1 },
	{ "A spokeswoman for Devon and Cornwall Police said officers were "
	    "at the scene.", "Devon and Cornwall Police", NER_ORG, 1 },
	/* A press release's headline, its last part, a trial's phase, a
	 * degree. */
	{ "Norrland Therapeutics Announces Positive Phase 2 Results for "
	    "NRX-401", "Norrland Therapeutics", NER_ORG, 1 },
	{ "About Norrland Therapeutics", "Norrland Therapeutics", NER_ORG, 1 },
	{ "The company said Elisabeth Strand, Ph.D., would lead the Phase 3 "
	    "trial.", "Phase", NER_ORG, 0 },
	{ "The company said Elisabeth Strand, Ph.D., would lead the Phase 3 "
	    "trial.", "Ph", NER_LOC, 0 },
	{ "More than 40,000 homes are without power, Western Power "
	    "Distribution says.", "Western Power Distribution", NER_ORG, 1 },
	/* A photo credit: the photographer, and a people's Press. */
	{ "Firefighters battle a blaze in Leeds. (AP Photo/Kirsty Holm)",
	    "Kirsty Holm", NER_PER, 1 },
	{ "(Nathan Ruel/The Canadian Press via AP)", "Canadian Press",
	    NER_ORG, 1 },
	/* A sentence with no other name. */
	{ "Around 1.2 lakh hectares were damaged in Beed district alone, "
	    "officials said.", "Beed", NER_LOC, 1 },
	/* A country's chamber or army is one organisation. */
	{ "In the race for the U.S. Senate, Republican Sen. Glenn Hatcher "
	    "led.", "U.S. Senate", NER_ORG, 1 },
	{ "A U.S. House panel voted on Tuesday.", "U.S. House", NER_ORG, 1 },
	/* A Gaelic hill or glen in a sentence about hills; not a person. */
	{ "Two walkers were rescued from Ben Nevis on Saturday.",
	    "Ben Nevis", NER_LOC, 1 },
	{ "Ben Pardoe scored twice on Saturday.", "Ben Pardoe", NER_PER, 1 },
	/* A public body: its field and its nation. */
	{ "A spokesman for Police Scotland said officers were called at "
	    "10pm.", "Police Scotland", NER_ORG, 1 },
	{ "Transport for Wales said the line would close.",
	    "Transport for Wales", NER_ORG, 1 },
	/* A city's captain is its team's; a country's stays a place. */
	{ "The Chennai captain said his bowlers had done well.", "Chennai",
	    NER_ORG, 1 },
	{ "Former England captain Tom Ashdown said it was over.",
	    "England", NER_LOC, 1 },
	{ "Pune beat Nagpur by six wickets on Sunday.", "Nagpur", NER_ORG,
	    1 },
	/* Two firms joined by "and", one of them known. */
	{ "Tata Consultancy Services and Infosys reported higher profits.",
	    "Infosys", NER_ORG, 1 },
	/* A crossing, an airport, a highway: places. */
	{ "Aid lorries entered through the Kerem Shalom crossing.",
	    "Kerem Shalom", NER_LOC, 1 },
	{ "Flights at Teodoro Alcantara International Airport were cancelled.",
	    "Teodoro Alcantara International Airport", NER_LOC, 1 },
	{ "Police closed the Great Western Highway near Katoomba.",
	    "Great Western Highway", NER_LOC, 1 },
	/* An institution named after a title's possession. */
	{ "A report by the King's Fund said waiting lists had grown.",
	    "King's Fund", NER_ORG, 1 },
	{ "A grant from the Prince's Trust helped him.", "Prince's Trust",
	    NER_ORG, 1 },
	/* What an apposition says the name is. */
	{ "Pagasa, the state weather bureau, said the storm would pass.",
	    "Pagasa", NER_ORG, 1 },
	/* An acronym in brackets is its long form's. */
	{ "The Reserve Bank of India (RBI) kept rates unchanged.", "RBI",
	    NER_ORG, 1 },
	/* Listed companies. */
	{ "Shares in Veltrona and Kastelo fell 2 percent.", "Kastelo",
	    NER_ORG, 1 },
	/* A bank of two regions; a place, "del" and a place. */
	{ "Depositors of the Assam and Manipur Co-operative Bank queued "
	    "outside.", "Assam and Manipur Co-operative Bank", NER_ORG, 1 },
	{ "In Davao del Sur, the party won four seats.", "Davao del Sur",
	    NER_LOC, 1 },
	/* A watchdog named right after its kind. */
	{ "Poll watchdog Bantay Tinig said it had received reports.",
	    "Bantay Tinig", NER_ORG, 1 },
	/* Malaysian titles of two words; an adjective opening a sentence. */
	{ "Datuk Seri Aziz Omar said the review would start soon.",
	    "Aziz Omar", NER_PER, 1 },
	{ "Tan Sri Musa Ibrahim met the minister.", "Musa Ibrahim", NER_PER,
	    1 },
	{ "Rival Meridian Bank will report next week.", "Meridian Bank",
	    NER_ORG, 1 },
	/* A firm the model cut into a people's word and a name. */
	{ "Saudi Aramco raised its prices for December.", "Saudi Aramco",
	    NER_ORG, 1 },
	/* A glen after "through"; a public body. */
	{ "The road through Glen Coe was closed on Tuesday.", "Glen Coe",
	    NER_LOC, 1 },
	{ "Traffic Scotland advised drivers to use another road.",
	    "Traffic Scotland", NER_ORG, 1 },
	/* A town of hyphenated parts; a river; a body of two fields. */
	{ "Wards in Lancaster and Barrow-in-Furness were full.",
	    "Barrow-in-Furness", NER_LOC, 1 },
	{ "Barriers were put up along the River Teelin.", "River Teelin",
	    NER_LOC, 1 },
	{ "Historic Environment Scotland will decide next month.",
	    "Historic Environment Scotland", NER_ORG, 1 },
	/* What a place's kind names; a district; a seat a party holds. */
	{ "A curfew was imposed in the parishes of St Catherine and "
	    "Clarendon.", "Clarendon", NER_LOC, 1 },
	{ "Supervisor Lena Ortiz represents the Mason District.",
	    "Mason District", NER_LOC, 1 },
	{ "The Liberal Democrats hold Bath with a majority of 3,120.",
	    "Bath", NER_LOC, 1 },
	{ "Opposition People's Unity Party leader Tomas Varga spoke.",
	    "People's Unity Party", NER_ORG, 1 },
	/* A capitalised common noun after "the". */
	{ "The Government said the plan would be published.", "Government",
	    NER_PER, 0 },
};

/*
 * The memory of a document: a team named with its city ("the Kansas City
 * Chiefs") is a team when named alone, a region named a place stays one
 * ("the NSW dispute"), and a word named only inside organisations' names
 * is no place ("at Karolinska").
 */
START_TEST(test_doc_memory)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n;
	static const char s1[] = "Ray Duncan threw three touchdown passes "
	    "and the Kansas City Chiefs beat the Denver Broncos 27-17 on "
	    "Sunday.";
	static const char s2[] = "The Chiefs host the Las Vegas Raiders "
	    "on Jan. 4.";
	static const char s3[] = "The NSW Premier, Fiona Callister, ruled "
	    "out an early election.";
	static const char s4[] = "Prime Minister Dan Ferris declined to "
	    "comment on the NSW dispute.";
	static const char s5[] = "Researchers at the Karolinska Institute "
	    "in Stockholm followed 48,000 adults.";
	static const char s6[] = "Lars Eklund, a professor of epidemiology "
	    "at Karolinska, said the findings fit.";

	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	t = ner_tagger_new(m);
	n = ner_tag_text(t, s1, strlen(s1), &sp);
	ck_assert(has_span(s1, sp, n, "Kansas City Chiefs", NER_ORG));
	n = ner_tag_text(t, s2, strlen(s2), &sp);
	ck_assert(has_span(s2, sp, n, "Chiefs", NER_ORG));
	ck_assert(has_span(s2, sp, n, "Las Vegas Raiders", NER_ORG));
	ner_tagger_reset(t);
	n = ner_tag_text(t, s3, strlen(s3), &sp);
	ck_assert(has_span(s3, sp, n, "NSW", NER_LOC));
	n = ner_tag_text(t, s4, strlen(s4), &sp);
	ck_assert(has_span(s4, sp, n, "NSW", NER_LOC));
	ner_tagger_reset(t);
	n = ner_tag_text(t, s5, strlen(s5), &sp);
	ck_assert(has_span(s5, sp, n, "Karolinska Institute", NER_ORG));
	n = ner_tag_text(t, s6, strlen(s6), &sp);
	ck_assert(has_span(s6, sp, n, "Karolinska", NER_ORG));
	ner_tagger_free(t);
	ner_model_free(m);
}
END_TEST

/*
 * Whole documents: a later full form corrects an earlier short mention
 * (sentence 0 is the headline), and leaves it alone when it is not safe.
 */
static const struct {
	const char	*sents[2];	/* headline, then the first sentence */
	const char	*span;		/* in the headline */
	int		 type;
	int		 present;	/* 1: must be tagged so, 0: must not */
} doc_cases[] = {
	{ { "Whitcombe steps down at Arlow Mining",
	    "Chief Executive Dana Whitcombe said on Monday she would leave "
	    "the company in March." }, "Whitcombe", NER_PER, 1 },
	{ { "Chiefs clinch playoff spot",
	    "Ray Duncan threw three touchdown passes and the Kansas City "
	    "Chiefs beat the Denver Broncos 27-17 on Sunday." },
	    "Chiefs", NER_ORG, 1 },
	{ { "NSW Premier rules out early poll",
	    "The premier of New South Wales, Fiona Callister, ruled out an "
	    "early election on Tuesday." }, "NSW", NER_LOC, 1 },
	/* "Ted" is the full form's given name: the whole name. */
	{ { "Ted Marwick: the port must wait",
	    "Harbour board chairman Ted Marwick said on Friday the new port "
	    "would have to wait." }, "Ted Marwick", NER_PER, 1 },
	/* The document writes "hope" in lower case: a word, no surname. */
	{ { "Hope fades for the missing climbers",
	    "Rescuers said hope was fading, and Sara Hope, who leads the "
	    "team, called off the search." }, "Hope", NER_PER, 0 },
	/* A club untagged in the headline and the dateline's sentence,
	 * named later as an organisation. */
	{ { "Brentmoor held by Kelby as title race tightens",
	    "LONDON - Brentmoor dropped two points after a 1-1 draw with "
	    "Kelby on Saturday, and Kelby moved level with Brentmoor." },
	    "Brentmoor", NER_ORG, 1 },
	/* Another given name before it: someone else. */
	{ { "Anna Whitcombe returns home",
	    "Chief Executive Dana Whitcombe said on Monday she would leave "
	    "the company in March." }, "Whitcombe", NER_PER, 0 },
};

START_TEST(test_doc_pass)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n, k;

	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	t = ner_tagger_new(m);
	for (k = 0; k < sizeof(doc_cases) / sizeof(doc_cases[0]); k++) {
		const char *head = doc_cases[k].sents[0];

		ner_doc_begin(t);
		ner_doc_add(t, head, strlen(head));
		ner_doc_add(t, doc_cases[k].sents[1],
		    strlen(doc_cases[k].sents[1]));
		ner_doc_end(t);
		n = ner_doc_spans(t, 0, &sp);
		ck_assert_msg(has_span(head, sp, n, doc_cases[k].span,
		    doc_cases[k].type) == doc_cases[k].present,
		    "case %zu: \"%s\" in \"%s\"", k, doc_cases[k].span, head);
	}
	ner_tagger_free(t);
	ner_model_free(m);
}
END_TEST

START_TEST(test_retag)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n, k, wrong = 0;

	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	t = ner_tagger_new(m);
	/* Every wrong case is printed, not only the first. */
	for (k = 0; k < sizeof(retag_cases) / sizeof(retag_cases[0]); k++) {
		const char *text = retag_cases[k].text;

		ner_tagger_reset(t);
		n = ner_tag_text(t, text, strlen(text), &sp);
		if (has_span(text, sp, n, retag_cases[k].span,
		    retag_cases[k].type) != retag_cases[k].present) {
			fprintf(stderr, "test_retag: case %zu: \"%s\" in "
			    "\"%s\"\n", k, retag_cases[k].span, text);
			wrong++;
		}
	}
	ck_assert_msg(wrong == 0, "%zu retag cases wrong (listed above)",
	    wrong);
	ner_tagger_free(t);
	ner_model_free(m);
}
END_TEST

/*
 * A headline in title case is one even with a contraction the tokenizer
 * splits ("Won't" -> "Wo" "n't"): no name runs across its words.
 */
START_TEST(test_title_clitic)
{
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n, i, k;
	static const char *const lines[] = {
		"Why The Mayor\xe2\x80\x99s Plan Won\xe2\x80\x99t Work For Small Farms.",
		"Voters Don't Trust The Council On Parking Fees.",
	};

	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	t = ner_tagger_new(m);
	for (k = 0; k < sizeof(lines) / sizeof(lines[0]); k++) {
		n = ner_tag_text(t, lines[k], strlen(lines[k]), &sp);
		for (i = 0; i < n; i++)
			ck_assert_msg(memchr(lines[k] + sp[i].start, ' ',
			    sp[i].end - sp[i].start) == NULL,
			    "a name of several words in: %s", lines[k]);
	}
	ner_tagger_free(t);
	ner_model_free(m);
}
END_TEST

/*
 * A "sentence" of several pieces' worth of tokens (a text without full
 * stops) is tagged in pieces: every piece is tagged, and the spans are
 * in order, inside the text, with offsets into the whole text.
 */
START_TEST(test_long_sentence)
{
	static const char part[] = "Nikol Pashinian met Sergei Lavrov in "
	    "Moscow on Monday and ";
	enum { REPEAT = 3 * NER_PIECE_TOKENS / 10 };
	struct ner_model *m;
	struct ner_tagger *t;
	struct ner_err err;
	const struct ner_span *sp;
	size_t n, i, len = 0, moscow = 0, last_end = 0;
	char *text = malloc(REPEAT * (sizeof(part) - 1) + 1);

	ck_assert_ptr_nonnull(text);
	for (i = 0; i < REPEAT; i++) {
		memcpy(text + len, part, sizeof(part) - 1);
		len += sizeof(part) - 1;
	}
	text[len] = '\0';
	ck_assert_int_eq(ner_model_default(&m, &err), 0);
	t = ner_tagger_new(m);
	n = ner_tag_text(t, text, len, &sp);
	for (i = 0; i < n; i++) {
		ck_assert_uint_ge(sp[i].start, last_end);
		ck_assert_uint_lt(sp[i].start, sp[i].end);
		ck_assert_uint_le(sp[i].end, len);
		last_end = sp[i].end;
		if (sp[i].end - sp[i].start == 6 &&
		    memcmp(text + sp[i].start, "Moscow", 6) == 0 &&
		    sp[i].type == NER_LOC)
			moscow++;
	}
	/* A piece's edge may cut one name; the rest are all found. */
	ck_assert_uint_ge(moscow, REPEAT - 3);
	ck_assert_uint_gt(last_end, len - sizeof(part));
	ner_tagger_free(t);
	ner_model_free(m);
	free(text);
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("ner");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_allowed);
	tcase_add_loop_test(tc, test_viterbi, 0, N(paths));
	tcase_add_test(tc, test_viterbi_valid);
	tcase_add_test(tc, test_tiny_model);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_truncated);
	tcase_add_loop_test(tc, test_corrupt, 0, N(corrupt));
	tcase_add_test(tc, test_corpus_and_train);
	tcase_add_loop_test(tc, test_corpus_bad, 0, N(badconll));
	tcase_add_test(tc, test_embedded);
	tcase_add_test(tc, test_surname);
	tcase_add_test(tc, test_retag);
	tcase_add_test(tc, test_doc_memory);
	tcase_add_test(tc, test_doc_pass);
	tcase_add_test(tc, test_title_clitic);
	tcase_add_test(tc, test_long_sentence);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
