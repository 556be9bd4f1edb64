/*
 * lede-dates: the temporal tagger.  It reads sentence records and adds
 * "timex", the dates, times, durations and sets of each sentence with
 * document byte offsets and TIMEX3 type, value and mod, normalised
 * against the record's "dct" (or --dct) and the last date the document
 * mentioned.  Every other member passes through unchanged.  See
 * lede-dates(1) and DESIGN.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "json.h"
#include "mem.h"
#include "opt.h"
#include "rec.h"
#include "timex.h"

struct opts {
	struct rec_opts	 rec;		/* -k, -u */
	const char	*dct;		/* --dct: DCT for records without one */
};

/* What the callback carries from record to record. */
struct tagger {
	const struct opts *opts;	/* the command line */
	struct timex	*tx;		/* lexicons */
	struct timex_ctx ctx;		/* anchor and last date of the document */
	struct buf	 doc;		/* "doc" of the current document */
	struct buf	 dct;		/* DCT the context was started with */
	int		 started;	/* a document has been seen */
};

static const struct rec_prog prog = {
	"usage: lede-dates [-ku] [--dct date] [file ...]\n",
	"Add \"timex\" (TIMEX3 dates, times, durations, sets) to sentence"
	    " records.\n"
	    "  -k          keep going: pass bad lines through, warn, exit 1\n"
	    "  -u          flush after every record\n"
	    "  --dct date  document creation time (YYYY-MM-DD) for records"
	    " without \"dct\"\n"
	    "  --help      print this help and exit\n"
	    "  --version   print the version and exit\n"
};

static int
same(const struct buf *b, const char *s, size_t len)
{
	return b->len == len && memcmp(b->data, s, len) == 0;
}

static int
tag(void *arg, const struct sentence *s, struct arena *a, struct buf *value,
    const char **why)
{
	struct tagger *tg = arg;
	struct timex_span *sp;
	const char *dct = s->dct;
	size_t dct_len = s->dct_len, n, i, start, end;

	if (dct == NULL && tg->opts->dct != NULL) {
		dct = tg->opts->dct;
		dct_len = strlen(dct);
	}
	/* A new document, or a new anchor, starts a new context. */
	if (!tg->started || !same(&tg->doc, s->doc, s->doc_len) ||
	    !same(&tg->dct, dct ? dct : "", dct ? dct_len : 0)) {
		if (timex_ctx_init(&tg->ctx, dct, dct_len) != 0) {
			*why = "\"dct\" is not a date (YYYY-MM-DD)";
			tg->started = 0;
			return SENT_BAD;
		}
		buf_clear(&tg->doc);
		buf_add(&tg->doc, s->doc, s->doc_len);
		buf_clear(&tg->dct);
		if (dct != NULL)
			buf_add(&tg->dct, dct, dct_len);
		tg->started = 1;
	}
	n = timex_find(tg->tx, &tg->ctx, s->text, s->text_len, a, &sp);
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
		json_put_string(value, s->text + sp[i].start,
		    sp[i].end - sp[i].start);
		buf_adds(value, ",\"type\":");
		json_put_string(value, sp[i].type, strlen(sp[i].type));
		buf_adds(value, ",\"value\":");
		json_put_string(value, sp[i].value, strlen(sp[i].value));
		if (sp[i].mod[0] != '\0') {
			buf_adds(value, ",\"mod\":");
			json_put_string(value, sp[i].mod, strlen(sp[i].mod));
		}
		buf_addc(value, '}');
	}
	buf_addc(value, ']');
	return SENT_OK;
}

int
main(int argc, char *argv[])
{
	static const struct opt_long longs[] = {
		{ "dct", 1, 'D' },
		REC_OPT_LONGS,
		{ NULL, 0, 0 }
	};
	struct opts opts;
	struct opt_state st;
	struct tagger tg;
	struct timex_ctx check;
	int c, status;

	rec_begin("lede-dates");
	memset(&opts, 0, sizeof(opts));
	opt_init(&st);
	while ((c = rec_opt_next(&st, argc, argv, "ku", longs, &prog,
	    &opts.rec)) != -1) {
		switch (c) {
		case 'D':
			opts.dct = st.arg;
			break;
		}
	}
	argv += st.ind;
	if (opts.dct != NULL &&
	    timex_ctx_init(&check, opts.dct, strlen(opts.dct)) != 0) {
		warnf("--dct %s: not a date (YYYY-MM-DD)", opts.dct);
		rec_usage(&prog);
	}
	memset(&tg, 0, sizeof(tg));
	tg.opts = &opts;
	tg.tx = timex_new();
	buf_init(&tg.doc);
	buf_init(&tg.dct);
	status = rec_annotate_main(argv, "timex", tag, &tg, &opts.rec);
	buf_free(&tg.doc);
	buf_free(&tg.dct);
	timex_free(tg.tx);
	return status;
}
