/*
 * lede-ents: tag the named entities (PERSON, ORG, LOC, MISC) of sentence
 * records.  It reads sentence records (DESIGN.md), adds or replaces the
 * member "ents", an array of {"start","end","text","type"} spans with
 * document byte offsets, and copies every other byte unchanged.  The model
 * is embedded (lib/data/ner_model.txt); -m loads one that lede-train wrote.
 * Entities seen earlier in a document inform later sentences of the same
 * "doc" (a surname alone after the full name), and a name given in full
 * later corrects a short mention before it (a surname in the headline),
 * so a document's records are written once its last one is read.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "mem.h"
#include "ner.h"
#include "opt.h"
#include "rec.h"

struct opts {
	struct rec_opts	 rec;		/* -k, -u */
	const char	*model;		/* -m, or NULL for the embedded model */
};

static const struct rec_prog prog = {
	"usage: lede-ents [-ku] [-m model] [file ...]\n",
	"Tag people, organisations, places and other names in sentence records.\n"
	    "  -k         keep going: pass bad lines through, warn, exit 1\n"
	    "  -m model   use this model (from lede-train), not the embedded one\n"
	    "  -u         flush after every document\n"
	    "  --help     print this help and exit\n"
	    "  --version  print the version and exit\n"
};

/* The JSON array of the spans of sentence s. */
static void
put_spans(struct buf *value, const struct sentence *s,
    const struct ner_span *sp, size_t n)
{
	size_t i, start, end;

	buf_addc(value, '[');
	for (i = 0; i < n; i++) {
		start = sentence_doc_offset(s, sp[i].start);
		end = sentence_doc_offset(s, sp[i].end);
		if (i > 0)
			buf_addc(value, ',');
		buf_adds(value, "{\"start\":");
		json_put_size(value, start);
		buf_adds(value, ",\"end\":");
		json_put_size(value, end);
		buf_adds(value, ",\"text\":");
		json_put_string(value, s->text + sp[i].start, sp[i].end - sp[i].start);
		buf_adds(value, ",\"type\":\"");
		buf_adds(value, ner_type_name(sp[i].type));
		buf_adds(value, "\"}");
	}
	buf_addc(value, ']');
}

/*
 * Tag one document: its sentences in order, then let the names it gives
 * in full later correct its earlier short mentions.
 */
static int
annotate(void *ctx, struct document *d, struct buf *out, const char **why)
{
	struct ner_tagger *t = ctx;
	const struct ner_span *sp;
	struct buf value;
	size_t i, k, n;

	(void)out;
	(void)why;
	ner_doc_begin(t);
	for (i = 0; i < d->n; i++)
		if (d->recs[i].status == SENT_OK)
			ner_doc_add(t, d->recs[i].s.text, d->recs[i].s.text_len);
	ner_doc_end(t);
	buf_init(&value);
	for (i = 0, k = 0; i < d->n; i++) {
		struct docrec *r = &d->recs[i];

		if (r->status != SENT_OK)
			continue;
		n = ner_doc_spans(t, k++, &sp);
		buf_clear(&value);
		put_spans(&value, &r->s, sp, n);
		r->value = arena_strndup(d->arena, value.data, value.len);
		r->value_len = value.len;
	}
	buf_free(&value);
	return 0;
}

/* Read the model file at path; die with file:line on a bad one. */
static struct ner_model *
load_model(const char *path)
{
	struct ner_model *m;
	struct ner_err err;
	struct buf b;
	char chunk[65536];
	size_t n;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		die(2, "%s:", path);
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(fp))
		die(2, "%s: read error:", path);
	fclose(fp);
	if (ner_model_load(b.data, b.len, &m, &err) != 0)
		die(2, "%s:%lu: %s", path, err.line, err.msg);
	buf_free(&b);
	return m;
}

int
main(int argc, char *argv[])
{
	static const struct opt_long longs[] = {
		REC_OPT_LONGS,
		{ NULL, 0, 0 }
	};
	struct opts opts;
	struct opt_state st;
	struct ner_model *m;
	struct ner_err err;
	struct ner_tagger *t;
	int c, status;

	rec_begin("lede-ents");
	memset(&opts, 0, sizeof(opts));
	opt_init(&st);
	while ((c = rec_opt_next(&st, argc, argv, "km:u", longs, &prog,
	    &opts.rec)) != -1) {
		switch (c) {
		case 'm':
			opts.model = st.arg;
			break;
		}
	}
	argv += st.ind;
	if (opts.model != NULL)
		m = load_model(opts.model);
	else if (ner_model_default(&m, &err) != 0)
		die(2, "embedded model:%lu: %s", err.line, err.msg);
	t = ner_tagger_new(m);
	status = rec_document_main(argv, "ents", annotate, t, &opts.rec);
	ner_tagger_free(t);
	ner_model_free(m);
	return status;
}
