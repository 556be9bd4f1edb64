/*
 * Quotations and reported speech with their speakers, found in one whole
 * document: direct quotes (a quoted sentence or more), partial quotes (a
 * quoted fragment inside the reporter's sentence) and indirect speech
 * ("X said that ..."), each with its cue ("said", "according to") and its
 * speaker, resolved within the document ("he said" -> the last fitting
 * person, "it said" -> the organisation or country).
 *
 * The caller hands over the document as its sentences in order (text and
 * paragraph number) and, when it has them, entity spans; positions in the
 * result are given as a sentence index plus a byte offset into that
 * sentence's text, which the caller maps to document offsets.
 *
 * Ownership: arguments are borrowed.  quote_extract() results live in the
 * arena passed in.  A struct quoter holds the lexicons; quoter_free()
 * releases it.
 */
#ifndef LEDE_QUOTE_H
#define LEDE_QUOTE_H

#include <stddef.h>

#include "mem.h"

enum quote_kind {
	QUOTE_DIRECT,			/* a whole quoted sentence or more */
	QUOTE_PARTIAL,			/* a quoted fragment */
	QUOTE_INDIRECT			/* reported speech, no marks */
};

enum quote_etype {
	QUOTE_E_NONE,			/* no entity / unknown */
	QUOTE_E_PERSON,
	QUOTE_E_ORG,
	QUOTE_E_LOC,
	QUOTE_E_MISC
};

/* One sentence of the document, in order. */
struct quote_sent {
	const char	*text;		/* the sentence's bytes (UTF-8) */
	size_t		 len;		/* bytes of text */
	size_t		 para;		/* paragraph number; a change starts one */
	size_t		 gap;		/* bytes between the previous sentence and this */
};

/* An entity span from an entity tagger. */
struct quote_ent {
	size_t		 sent;		/* index of the sentence holding it */
	size_t		 start;		/* byte offset in that sentence's text */
	size_t		 end;		/* end offset, exclusive */
	enum quote_etype type;		/* PERSON, ORG, LOC or MISC */
};

/* A position: a sentence and a byte offset into its text. */
struct quote_pos {
	size_t		 sent;		/* sentence index */
	size_t		 off;		/* offset in its text; may exceed len in a gap */
};

struct quote {
	struct quote_pos start;		/* first byte of the quoted content */
	struct quote_pos end;		/* end of the content, exclusive */
	const char	*text;		/* the content (gaps as spaces/newlines) */
	size_t		 text_len;	/* bytes of text */
	enum quote_kind	 kind;		/* direct, partial or indirect */
	const char	*cue;		/* the cue as written, or NULL */
	size_t		 cue_len;	/* bytes of cue */
	struct quote_pos cue_start;	/* where the cue is, when cue != NULL */
	struct quote_pos cue_end;	/* its end, exclusive */
	const char	*speaker;	/* resolved name as written, or NULL */
	size_t		 speaker_len;	/* bytes of speaker */
	struct quote_pos spk_start;	/* the mention, when speaker != NULL */
	struct quote_pos spk_end;	/* its end, exclusive */
};

struct quoter;

/* Load the embedded lexicons.  Never fails (xmalloc). */
struct quoter	*quoter_new(void);
void		 quoter_free(struct quoter *q);

/*
 * Find the quotes of a document of nsent sentences, using the nent entity
 * spans if any (NULL/0: capitalised-name heuristics instead).  Store an
 * array of quotes ordered by start in *out and return their number.
 * Spans outside their sentence are ignored.  Invalid UTF-8 is tolerated.
 */
size_t	quote_extract(const struct quoter *q, const struct quote_sent *s,
	    size_t nsent, const struct quote_ent *e, size_t nent,
	    struct arena *a, struct quote **out);

/*
 * The mark pairing on its own, for tests: the content spans of the quoted
 * passages of text (one paragraph per '\n'), as byte offsets: starts in
 * so[], ends in eo[] (room for max each).  Return how many were found.
 */
size_t	quote_marks(const struct quoter *q, const char *text, size_t len,
	    size_t *so, size_t *eo, size_t max, struct arena *a);

#endif
