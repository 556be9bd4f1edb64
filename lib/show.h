/*
 * Rendering an annotated document for people: a self-contained HTML page
 * (inline CSS, no scripts, nothing fetched) or text with ANSI colours.
 * The text is rebuilt from the sentence records; "ents", "timex" and
 * "quotes" are highlighted, each quote links to its speaker; entity,
 * quote and event facts from lede-facts fill a panel of people and a
 * timeline (without facts, both are derived from the spans).
 *
 * Ownership: arguments are borrowed; scratch memory comes from the
 * document's arena (d->arena), which the caller resets.
 */
#ifndef LEDE_SHOW_H
#define LEDE_SHOW_H

#include <stddef.h>

#include "buf.h"
#include "rec.h"

/* Append s with & < > " ' written as HTML character references. */
void	show_escape(struct buf *out, const char *s, size_t len);

/* Append the start of a page: doctype, head with the style sheet, body. */
void	show_html_begin(struct buf *out, const char *title, size_t title_len);

/* Append the end of a page. */
void	show_html_end(struct buf *out);

/*
 * Append document d as one <article>.  n numbers the document within its
 * page so that the anchors of several documents stay apart.
 */
void	show_html_document(struct buf *out, const struct document *d, size_t n);

/* Append document d as text with ANSI SGR colours, then its panels. */
void	show_ansi_document(struct buf *out, const struct document *d);

#endif
