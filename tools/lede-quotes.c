/*
 * lede-quotes: the quote extractor.  It reads sentence records one
 * document at a time and adds "quotes" to the record of the sentence where
 * each quotation or piece of reported speech starts: its document byte
 * offsets and text, its kind (direct, partial, indirect), its cue and its
 * speaker, resolved within the document.  It uses "ents" when the records
 * have them.  Every other member passes through unchanged.  See
 * lede-quotes(1) and DESIGN.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "json.h"
#include "mem.h"
#include "opt.h"
#include "quote.h"
#include "rec.h"

static const struct rec_prog prog = {
	"usage: lede-quotes [-ku] [file ...]\n",
	"Add \"quotes\" (quotations and reported speech with their"
	    " speakers) to sentence records.\n"
	    "  -k          keep going: pass bad lines through, warn, exit 1\n"
	    "  -u          flush after every record\n"
	    "  --help      print this help and exit\n"
	    "  --version   print the version and exit\n"
};

/*
 * Where the U+FFFD that stand for one invalid byte each sit in a
 * sentence's text (the first nrepl of them, as sentence_doc_offset()
 * counts them), so that offsets map both ways in O(log n), not O(n).
 */
struct repl {
	size_t		*at;		/* text offsets, ascending */
	size_t		 n;		/* how many */
};

static void
repl_find(const struct sentence *s, struct arena *a, struct repl *r)
{
	const char *p = s->text, *end = s->text + s->text_len;

	r->n = 0;
	r->at = NULL;
	if (s->nrepl == 0)
		return;
	r->at = arena_calloc(a, s->nrepl, sizeof(size_t));
	while (r->n < s->nrepl &&
	    (p = memchr(p, '\xEF', (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && memcmp(p, "\xEF\xBF\xBD", 3) == 0) {
			r->at[r->n++] = (size_t)(p - s->text);
			p += 3;
		} else
			p++;
	}
}

/* The document offset of text offset t: sentence_doc_offset(), faster. */
static size_t
repl_doc(const struct sentence *s, const struct repl *r, size_t t)
{
	size_t lo = 0, hi = r->n, mid;

	if (t > s->text_len)
		t = s->text_len;
	/* The replacements that end at or before t. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->at[mid] + 3 <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return s->start + t - 2 * lo;
}

/* The text offset of document offset off in sentence s, or -1. */
static long long
text_offset(const struct sentence *s, const struct repl *r, size_t off)
{
	size_t lo = 0, hi = r->n, mid, t;

	if (off < s->start || off > s->end)
		return -1;
	/* Replacement i stands for document byte start + at[i] - 2i. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->start + r->at[mid] - 2 * mid < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	t = off - s->start + 2 * lo;
	return t <= s->text_len ? (long long)t : -1;
}

static enum quote_etype
etype(const char *v, size_t len)
{
	if (len == 8 && memcmp(v, "\"PERSON\"", 8) == 0)
		return QUOTE_E_PERSON;
	if (len == 5 && memcmp(v, "\"ORG\"", 5) == 0)
		return QUOTE_E_ORG;
	if (len == 5 && memcmp(v, "\"LOC\"", 5) == 0)
		return QUOTE_E_LOC;
	if (len == 6 && memcmp(v, "\"MISC\"", 6) == 0)
		return QUOTE_E_MISC;
	return QUOTE_E_NONE;
}

/*
 * Append the spans of the record's "ents" array to *e.  A malformed span
 * is skipped: "ents" belongs to lede-ents, and a quote can do without it.
 */
static void
read_ents(const struct docrec *r, const struct repl *rp, size_t si,
    struct json_obj *o, struct quote_ent **e, size_t *n, size_t *cap)
{
	const struct json_member *m, *ms, *me, *mt;
	const char *v;
	size_t st, en;
	long long ts, te;
	struct json_iter it;
	enum json_type type;

	m = json_find(r->line, &r->obj, "ents");
	if (m == NULL || m->type != JSON_ARRAY)
		return;
	json_iter_init(&it, r->line + m->val_off, m->val_len);
	/* An object element is scanned once, into o (the line is valid). */
	while (json_iter_next(&it, &v, &type, o) > 0) {
		if (type == JSON_OBJECT &&
		    (ms = json_find(v, o, "start")) != NULL &&
		    (me = json_find(v, o, "end")) != NULL &&
		    (mt = json_find(v, o, "type")) != NULL &&
		    ms->type == JSON_NUMBER && me->type == JSON_NUMBER &&
		    json_get_size(v + ms->val_off, ms->val_len, &st) == 0 &&
		    json_get_size(v + me->val_off, me->val_len, &en) == 0 &&
		    (ts = text_offset(&r->s, rp, st)) >= 0 &&
		    (te = text_offset(&r->s, rp, en)) > ts) {
			if (*n == *cap) {
				*cap = *cap ? *cap * 2 : 32;
				*e = xrealloc(*e, *cap, sizeof(**e));
			}
			(*e)[*n].sent = si;
			(*e)[*n].start = (size_t)ts;
			(*e)[*n].end = (size_t)te;
			(*e)[*n].type = etype(v + mt->val_off, mt->val_len);
			(*n)++;
		}
	}
}

/* The document offset of a position. */
static size_t
doc_offset(const struct document *d, const size_t *idx,
    const struct repl *rp, struct quote_pos p)
{
	const struct sentence *s = &d->recs[idx[p.sent]].s;

	if (p.off <= s->text_len)
		return repl_doc(s, &rp[p.sent], p.off);
	return s->end + (p.off - s->text_len);
}

static void
put_pos(struct buf *b, const char *key, const struct document *d,
    const size_t *idx, const struct repl *rp, struct quote_pos p)
{
	buf_adds(b, key);
	json_put_size(b, doc_offset(d, idx, rp, p));
}

static void
put_quote(struct buf *b, const struct document *d, const size_t *idx,
    const struct repl *rp, const struct quote *q)
{
	static const char *const kinds[] = { "direct", "partial", "indirect" };

	put_pos(b, "{\"start\":", d, idx, rp, q->start);
	put_pos(b, ",\"end\":", d, idx, rp, q->end);
	buf_adds(b, ",\"text\":");
	json_put_string(b, q->text, q->text_len);
	buf_adds(b, ",\"kind\":\"");
	buf_adds(b, kinds[q->kind]);
	buf_adds(b, "\",\"cue\":");
	if (q->cue != NULL) {
		json_put_string(b, q->cue, q->cue_len);
		put_pos(b, ",\"cue_start\":", d, idx, rp, q->cue_start);
		put_pos(b, ",\"cue_end\":", d, idx, rp, q->cue_end);
	} else
		buf_adds(b, "null,\"cue_start\":null,\"cue_end\":null");
	buf_adds(b, ",\"speaker\":");
	if (q->speaker != NULL) {
		json_put_string(b, q->speaker, q->speaker_len);
		put_pos(b, ",\"speaker_start\":", d, idx, rp, q->spk_start);
		put_pos(b, ",\"speaker_end\":", d, idx, rp, q->spk_end);
	} else
		buf_adds(b, "null,\"speaker_start\":null,\"speaker_end\":null");
	buf_addc(b, '}');
}

static int
annotate(void *ctx, struct document *d, struct buf *out, const char **why)
{
	const struct quoter *qr = ctx;
	struct quote_sent *qs;
	struct quote_ent *e = NULL;
	struct quote *q;
	size_t *idx, ns = 0, ne = 0, ecap = 0, nq, i, k, prev_end = 0;
	struct repl *rp;
	struct json_obj ent;	/* one span of "ents", reused */
	struct buf b;

	(void)out;
	(void)why;
	qs = arena_calloc(d->arena, d->n + 1, sizeof(*qs));
	idx = arena_calloc(d->arena, d->n + 1, sizeof(*idx));
	rp = arena_calloc(d->arena, d->n + 1, sizeof(*rp));
	json_obj_init(&ent);
	for (i = 0; i < d->n; i++) {
		const struct sentence *s = &d->recs[i].s;

		if (d->recs[i].status != SENT_OK)
			continue;
		qs[ns].text = s->text;
		qs[ns].len = s->text_len;
		qs[ns].para = s->para;
		qs[ns].gap = ns > 0 && s->start > prev_end ? s->start - prev_end : 0;
		prev_end = s->end;
		idx[ns] = i;
		repl_find(s, d->arena, &rp[ns]);
		read_ents(&d->recs[i], &rp[ns], ns, &ent, &e, &ne, &ecap);
		ns++;
	}
	json_obj_free(&ent);
	nq = quote_extract(qr, qs, ns, e, ne, d->arena, &q);
	free(e);
	buf_init(&b);
	for (i = 0, k = 0; i < ns; i++) {
		struct docrec *r = &d->recs[idx[i]];
		int first = 1;

		buf_clear(&b);
		buf_addc(&b, '[');
		for (; k < nq && q[k].start.sent == i; k++) {
			if (!first)
				buf_addc(&b, ',');
			first = 0;
			put_quote(&b, d, idx, rp, &q[k]);
		}
		buf_addc(&b, ']');
		r->value = arena_strndup(d->arena, b.data, b.len);
		r->value_len = b.len;
	}
	buf_free(&b);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct opt_long longs[] = {
		REC_OPT_LONGS,
		{ NULL, 0, 0 }
	};
	struct rec_opts opts;
	struct opt_state st;
	struct quoter *qr;
	int status;

	rec_begin("lede-quotes");
	memset(&opts, 0, sizeof(opts));
	opt_init(&st);
	/* -k and -u are its only options: the shared parser sets them. */
	while (rec_opt_next(&st, argc, argv, "ku", longs, &prog, &opts) != -1)
		continue;
	argv += st.ind;
	qr = quoter_new();
	status = rec_document_main(argv, "quotes", annotate, qr, &opts);
	quoter_free(qr);
	return status;
}
