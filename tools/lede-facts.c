/*
 * lede-facts: the fact joiner.  It reads annotated sentence records
 * ("ents" from lede-ents, "timex" from lede-dates, "quotes" from
 * lede-quotes), holds one document at a time, and writes that document's
 * fact records: entities, quotes, events and dates (or, with -t, a table
 * for people).  It writes nothing but facts.  See lede-facts(1) and
 * DESIGN.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "facts.h"
#include "opt.h"
#include "rec.h"

struct opts {
	struct rec_opts	 rec;		/* -k, -u */
	int		 format;	/* -t: FACTS_TABLE, else FACTS_JSONL */
};

/* What the per-document callback needs. */
struct joiner {
	const struct facts *f;		/* lexicons */
	int		 format;	/* FACTS_JSONL or FACTS_TABLE */
};

static const struct rec_prog prog = {
	"usage: lede-facts [-ktu] [file ...]\n",
	"Join one document's annotations into fact records.\n"
	    "  -k         keep going: pass bad lines through, warn, exit 1\n"
	    "  -t         write a plain-text table instead of JSON Lines\n"
	    "  -u         flush after every document\n"
	    "  --help     print this help and exit\n"
	    "  --version  print the version and exit\n"
};

static int
join(void *arg, struct document *d, struct buf *out, const char **why)
{
	const struct joiner *j = arg;

	(void)why;
	return facts_document(j->f, d, out, j->format);
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
	struct joiner j;
	struct facts *f;
	int c, status;

	rec_begin("lede-facts");
	memset(&opts, 0, sizeof(opts));
	opts.format = FACTS_JSONL;
	opt_init(&st);
	while ((c = rec_opt_next(&st, argc, argv, "ktu", longs, &prog,
	    &opts.rec)) != -1) {
		switch (c) {
		case 't':
			opts.format = FACTS_TABLE;
			break;
		}
	}
	argv += st.ind;
	f = facts_new();
	j.f = f;
	j.format = opts.format;
	status = rec_document_main(argv, NULL, join, &j, &opts.rec);
	facts_free(f);
	return status;
}
