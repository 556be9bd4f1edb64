/*
 * Named entities: a statistical tagger for PERSON, ORG, LOC and MISC.
 *
 * The model is an averaged structured perceptron over BILOU tags (17:
 * O, and B-, I-, L-, U- of each type), decoded with Viterbi under the
 * BILOU transition constraints.  Features are hashed to 64 bits: the word,
 * its lower-case form, shape, prefixes and suffixes, a window of two words
 * each side, gazetteer membership (lib/data/ner_gaz.txt, ner_titles.txt),
 * the sentence-initial and all-capitals-line flags, and a document memory
 * (the type earlier sentences of the same document gave the same word:
 * "Pashinian" after "Nikol Pashinian").
 *
 * Model file (text, "lede-ner 1"): see ner_model_write().
 *
 * Ownership: arguments are borrowed.  ner_model_*() results are released
 * with ner_model_free(), a tagger with ner_tagger_free(), a corpus with
 * ner_corpus_free().  Spans and tags a tagger returns live until its next
 * call.
 */
#ifndef LEDE_NER_H
#define LEDE_NER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define NER_PER		0
#define NER_ORG		1
#define NER_LOC		2
#define NER_MISC	3
#define NER_NTYPES	4

/* Tag 0 is O; tag 1 + 4 * type + k is B (k=0), I (1), L (2), U (3). */
#define NER_NTAGS	17
#define NER_TAG(type, k)	(1 + 4 * (type) + (k))
#define NER_TAG_TYPE(tag)	(((tag) - 1) / 4)
#define NER_TAG_POS(tag)	(((tag) - 1) % 4)

/* The model format this code reads and writes. */
#define NER_MODEL_VERSION	1

struct ner_model;
struct ner_tagger;

/* Where and why a model or corpus could not be read. */
struct ner_err {
	unsigned long	 line;		/* 1-based line of the input, 0 if none */
	const char	*msg;		/* static text, lower case */
};

/* An entity: byte offsets into the text tagged, end exclusive. */
struct ner_span {
	size_t	 start;			/* first byte */
	size_t	 end;			/* past the last byte */
	int	 type;			/* NER_PER ... NER_MISC */
};

/* The name DESIGN.md uses for a type: "PERSON", "ORG", "LOC", "MISC". */
const char	*ner_type_name(int type);

/*
 * Read a model from len bytes of model text.  Return 0 and set *out, or
 * -1 with err set (a bad magic line, an unsupported version, a truncated
 * or malformed line).
 */
int	ner_model_load(const char *text, size_t len, struct ner_model **out,
	    struct ner_err *err);

/* The model embedded in the binary (lib/data/ner_model.txt). */
int	ner_model_default(struct ner_model **out, struct ner_err *err);

/*
 * Write m as text to fp: "lede-ner 1", the feature-set line, the
 * transition weights, then one line per feature (64-bit hash in hex and
 * its non-zero weights as tag:weight), then "end".  Weights are written
 * with 6 significant digits.  Return 0, or -1 when fp reports an error.
 */
int	ner_model_write(const struct ner_model *m, FILE *fp);

/* Number of feature rows in m. */
size_t	ner_model_nfeatures(const struct ner_model *m);

void	ner_model_free(struct ner_model *m);

/*
 * Best tag sequence under BILOU constraints.  emit is n rows of NER_NTAGS
 * scores, trans NER_NTAGS x NER_NTAGS (from, to), start and end
 * NER_NTAGS each.  Writes n tags to out; scratch is n * NER_NTAGS floats
 * plus n * NER_NTAGS bytes, passed in as fscr and bscr.
 */
void	ner_viterbi(const float *emit, size_t n, const float *trans,
	    const float *start, const float *end, float *fscr,
	    unsigned char *bscr, unsigned char *out);

/* Nonzero when tag b may follow tag a (a = -1: at the start). */
int	ner_tag_allowed(int a, int b);

/* A tagger for one stream of documents; holds the document memory. */
struct ner_tagger	*ner_tagger_new(const struct ner_model *m);
void			 ner_tagger_free(struct ner_tagger *t);

/* Forget the document memory: the next sentence starts a new document. */
void	ner_tagger_reset(struct ner_tagger *t);

/* A longer sentence is tagged in pieces of this many tokens. */
#define NER_PIECE_TOKENS	2048

/*
 * Tokenize and tag one sentence of len bytes and remember its entities
 * for the rest of the document.  Return the number of spans and point
 * *spans at them (offsets into text).
 */
size_t	ner_tag_text(struct ner_tagger *t, const char *text, size_t len,
	    const struct ner_span **spans);

/*
 * Whole documents: ner_doc_begin() starts one (and forgets the memory),
 * ner_doc_add() tags its next sentence, ner_doc_end() lets the names it
 * gives in full later correct its earlier short mentions ("Whitcombe"
 * in a headline before "Dana Whitcombe"), and ner_doc_spans() returns
 * the spans of sentence i (0-based, in the order added), offsets into
 * that sentence's text, valid until the next call.
 */
void	ner_doc_begin(struct ner_tagger *t);
void	ner_doc_add(struct ner_tagger *t, const char *text, size_t len);
void	ner_doc_end(struct ner_tagger *t);
size_t	ner_doc_spans(struct ner_tagger *t, size_t i,
	    const struct ner_span **spans);

/* Training data: documents of sentences of tokens with gold tags. */
struct ner_corpus;

/*
 * Read CoNLL-2003 columns from fp: the token is the first column and the
 * IOB1 or IOB2 tag the last; blank lines end sentences; -DOCSTART- lines
 * start documents.  Return a corpus, or NULL with err set.
 */
struct ner_corpus	*ner_corpus_read(FILE *fp, struct ner_err *err);
void			 ner_corpus_free(struct ner_corpus *c);
/* Counts of a corpus. */
size_t	ner_corpus_ndocs(const struct ner_corpus *c);
size_t	ner_corpus_ntokens(const struct ner_corpus *c);

/* Exact-span counts per type (conlleval): index NER_NTYPES is the total. */
struct ner_score {
	size_t	 tp[NER_NTYPES + 1];	/* spans found with bounds and type */
	size_t	 npred[NER_NTYPES + 1];	/* spans predicted */
	size_t	 ngold[NER_NTYPES + 1];	/* spans in the gold tags */
};

/* Tag every document of c with m (document memory on) and score it. */
void	ner_evaluate(const struct ner_model *m, const struct ner_corpus *c,
	    struct ner_score *sc);

/* F1 of type (NER_NTYPES: overall) in sc, 0 when undefined. */
double	ner_score_f1(const struct ner_score *sc, int type);

struct ner_train_opts {
	int		 epochs;	/* passes over the data */
	unsigned long	 seed;		/* for the document order */
	unsigned	 cutoff;	/* a feature must occur this often */
	float		 prune;		/* drop averaged weights below this */
	int		 runs;		/* models averaged, seeds seed, seed+1, ... */
};

/* Called after each epoch with the averaged model so far. */
typedef void ner_epoch_fn(void *ctx, int epoch, const struct ner_model *m);

/*
 * Train a model on c.  Deterministic for given options.  fn (may be NULL)
 * sees the averaged model after every epoch of every run.  With runs > 1
 * the result is the mean of the runs' models.  Never fails (xmalloc).
 */
struct ner_model	*ner_train(const struct ner_corpus *c,
			    const struct ner_train_opts *o, ner_epoch_fn *fn,
			    void *ctx);

#endif
