/*
 * Sentence splitting of English news text.
 *
 * split_text() walks a document once and reports each sentence as a pair
 * of byte offsets into it, with its paragraph number.  It does no I/O and
 * never prints; reading documents and writing records is the caller's job
 * (tools/lede-split.c).
 *
 * Ownership: splitter_new() returns a splitter the caller releases with
 * splitter_free(); it holds the lexicons and is read-only afterwards, so
 * one splitter may serve any number of split_text() calls, also from
 * several threads.  The text passed to split_text() is borrowed and is
 * never written; the struct split_sent handed to emit lives only for the
 * duration of that call.
 */
#ifndef LEDE_SPLIT_H
#define LEDE_SPLIT_H

#include <stddef.h>

/* One sentence: half-open byte offsets into the document text. */
struct split_sent {
	size_t	start;		/* first byte (leading whitespace excluded) */
	size_t	end;		/* end, exclusive (trailing whitespace excluded) */
	size_t	para;		/* paragraph number, from 0 */
};

struct splitter;

/* Build a splitter from the embedded lexicons.  Never fails (xmalloc). */
struct splitter	*splitter_new(void);

/* Release sp and its lexicons; NULL is allowed. */
void		 splitter_free(struct splitter *sp);

/*
 * Split len bytes of document text and call emit(arg, s) once per
 * sentence, in document order.  Sentences never overlap, never hold only
 * whitespace, and never include the byte-order mark at the start of the
 * text.  A line holding two or more line breaks (a blank line, possibly
 * with spaces, tabs or CRs) starts a new paragraph and always ends a
 * sentence.  Any bytes are accepted: an invalid UTF-8 byte or a NUL is a
 * symbol like any other.  Time is linear in len and nothing is allocated.
 */
void		 split_text(const struct splitter *sp, const char *text,
		    size_t len, void (*emit)(void *arg, const struct split_sent *s),
		    void *arg);

#endif
