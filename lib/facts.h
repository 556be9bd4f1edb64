/*
 * Facts: join the annotations of one document ("ents", "timex", "quotes"
 * of its sentence records) into fact records: one entity per real-world
 * entity (mentions clustered, canonical name, aliases, title), the quotes
 * with their speakers resolved to entities, dated events, and the dates.
 * See lede-facts(1) and DESIGN.md for the record format.
 *
 * Ownership: arguments are borrowed; a struct facts owns its lexicons
 * (facts_free()); everything built for a document lives in the document's
 * arena (d->arena) and dies when the caller resets it.
 */
#ifndef LEDE_FACTS_H
#define LEDE_FACTS_H

#include "buf.h"
#include "rec.h"

/* Output formats of facts_document(). */
#define FACTS_JSONL	0	/* one fact record a line */
#define FACTS_TABLE	1	/* a plain-text table for people */

struct facts;

/* Load the embedded lexicons.  Never fails (xmalloc). */
struct facts	*facts_new(void);
/* Release f and its lexicons; NULL is fine. */
void		 facts_free(struct facts *f);

/*
 * Append the facts of document d to out in format (FACTS_JSONL or
 * FACTS_TABLE).  Only records with status SENT_OK are read; annotation
 * arrays that are missing are treated as empty, and spans that lack a
 * member this needs, or whose offsets fall outside their sentence, are
 * skipped.  Return 0.
 */
int	facts_document(const struct facts *f, const struct document *d,
	    struct buf *out, int format);

#endif
