/*
 * Scoring a record stream against gold records: entities (conlleval's
 * exact span and type), TIMEX3 (TempEval-3 strict, relaxed, type and
 * value), quotes (span overlap and speaker) and sentence boundaries.
 * Records of either side are pooled by "doc"; annotations may sit on
 * sentence records or on one document record per document, always with
 * document byte offsets.
 *
 * Ownership: arguments are borrowed.  A struct score owns everything it
 * was given (score_free()); a struct score_report is plain numbers.
 */
#ifndef LEDE_SCORE_H
#define LEDE_SCORE_H

#include <stddef.h>

#include "buf.h"
#include "json.h"

#define SCORE_GOLD	0	/* side: the reference */
#define SCORE_SYS	1	/* side: the system scored */

/* Entity types, in report order; "PER" and friends map onto them. */
#define SCORE_PERSON	0
#define SCORE_ORG	1
#define SCORE_LOC	2
#define SCORE_MISC	3
#define SCORE_NTYPES	4

/* Counts behind one precision/recall/F1 line. */
struct score_prf {
	size_t		 gold;		/* items in the gold */
	size_t		 sys;		/* items in the system output */
	size_t		 correct;	/* items that count as right */
};

/* Everything lede-score reports. */
struct score_report {
	size_t		 ndocs[2];	/* documents seen per side */
	size_t		 missing;	/* gold documents absent from the system */
	size_t		 extra;		/* system documents absent from the gold */
	size_t		 badspans[2];	/* spans without usable offsets, skipped */
	size_t		 dropped[2];	/* entities of other types, ignored */
	int		 has_ents;	/* the gold has "ents" or "entities" */
	int		 has_timex;	/* the gold has "timex" */
	int		 has_quotes;	/* the gold has "quotes" */
	int		 has_sents;	/* the gold has sentences */
	int		 has_facts;	/* the gold has fact records */
	struct score_prf ents[SCORE_NTYPES];	/* exact span and type, per type */
	struct score_prf ents_all;	/* the same, all types (micro) */
	struct score_prf ents_untyped;	/* exact span, any type */
	struct score_prf tx_strict;	/* exact extent */
	struct score_prf tx_relaxed;	/* one-to-one overlap pairs */
	struct score_prf tx_type;	/* relaxed pairs with the gold type */
	struct score_prf tx_value;	/* relaxed pairs with the gold value */
	size_t		 tx_mod;	/* relaxed pairs with the gold mod */
	struct score_prf q_exact;	/* same trimmed outer bounds */
	struct score_prf q_overlap;	/* trimmed overlap >= half, one-to-one */
	struct score_prf q_speaker;	/* overlap pairs with the right speaker */
	struct score_prf sents;		/* sentence boundaries, the last one not counted */
	/* Fact records, compared as ../shared/eval/seed_eval.py does. */
	struct score_prf f_quotes;	/* quote texts sharing >= half their words */
	struct score_prf f_speaker;	/* those pairs with the right speaker */
	struct score_prf f_ents[3];	/* PERSON, ORG, LOC names, normalized */
	struct score_prf f_titles;	/* gold people's titles the system gives */
	struct score_prf f_timex;	/* timex text and value, with counts */
	struct score_prf f_all;		/* speaker, entities, titles, timex: micro */
	size_t		 f_timex_false;	/* system timex inside a gold not_timex */
};

/* The headline lines --min checks, with their names in the report. */
#define SCORE_HEADLINES	5

struct score;

/* A new, empty scorer. */
struct score *score_new(void);

/* Release the scorer and everything it holds. */
void	score_free(struct score *sc);

/*
 * Add one record line (len bytes, no newline) of side SCORE_GOLD or
 * SCORE_SYS.  A blank line is ignored.  Return 0, or -1 with err set when
 * the line is not a JSON object or a member the scorer reads has the
 * wrong type (err->off is then the offending byte of the line).
 */
int	score_add_line(struct score *sc, int side, const char *line,
	    size_t len, struct json_err *err);

/* Compare the two sides and fill r. */
void	score_compute(struct score *sc, struct score_report *r);

/*
 * Precision, recall and F1 of p as percentages (0 when undefined, as
 * conlleval prints them).
 */
void	score_prf_get(const struct score_prf *p, double *prec, double *rec,
	    double *f1);

/*
 * The i-th headline (0 <= i < SCORE_HEADLINES): entities overall, TIMEX
 * value, quotes with speaker, sentence boundaries, facts overall.  Set *name and return
 * the line, or NULL when the gold does not have that annotation.
 */
const struct score_prf *score_headline(const struct score_report *r, int i,
	    const char **name);

/* Append the report as a text table. */
void	score_format_text(const struct score_report *r, struct buf *out);

/* Append the report as one JSON object and a newline. */
void	score_format_json(const struct score_report *r, struct buf *out);

#endif
