/*
 * lede-ents: tag the named entities (PERSON, ORG, LOC, MISC) of sentence
 * records.  It reads sentence records (DESIGN.md), adds or replaces the
 * member "ents", an array of {"start","end","text","type"} spans with
 * document byte offsets, and copies every other byte unchanged.  The model
 * is embedded (lib/data/ner_model.txt); -m loads one that lede-train wrote.
 * Entities seen earlier in a document inform later sentences of the same
 * "doc" (a surname alone after the full name).
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

/* What the callback keeps between records. */
struct ents {
	struct ner_tagger *tagger;	/* tagger with its document memory */
	struct buf	 doc;		/* "doc" of the previous record */
	int		 started;	/* a record has been seen */
};

static const struct rec_prog prog = {
	"usage: lede-ents [-ku] [-m model] [file ...]\n",
	"Tag people, organisations, places and other names in sentence records.\n"
	    "  -k         keep going: pass bad lines through, warn, exit 1\n"
	    "  -m model   use this model (from lede-train), not the embedded one\n"
	    "  -u         flush after every record\n"
	    "  --help     print this help and exit\n"
	    "  --version  print the version and exit\n"
};

static int
annotate(void *ctx, const struct sentence *s, struct arena *a, struct buf *value,
    const char **why)
{
	struct ents *e = ctx;
	const struct ner_span *sp;
	size_t i, n, start, end;

	(void)a;
	(void)why;
	if (!e->started || e->doc.len != s->doc_len ||
	    memcmp(e->doc.data, s->doc, s->doc_len) != 0) {
		ner_tagger_reset(e->tagger);
		buf_clear(&e->doc);
		buf_add(&e->doc, s->doc, s->doc_len);
		e->started = 1;
	}
	n = ner_tag_text(e->tagger, s->text, s->text_len, &sp);
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
	return SENT_OK;
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
	struct ents e;
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
	memset(&e, 0, sizeof(e));
	e.tagger = ner_tagger_new(m);
	buf_init(&e.doc);
	status = rec_annotate_main(argv, "ents", annotate, &e, &opts.rec);
	buf_free(&e.doc);
	ner_tagger_free(e.tagger);
	ner_model_free(m);
	return rec_finish(status);
}
