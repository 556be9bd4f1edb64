/*
 * lede-show: renders an annotated record stream for people.  It reads
 * sentence records (with "ents", "timex", "quotes") and fact records from
 * lede-facts, one document at a time, and writes a self-contained HTML
 * page: one page holding every document on stdout, or with -o one
 * DOC.html file per document.  With -a it writes the text with ANSI
 * colours for a terminal instead.  It owns no member and passes nothing
 * through.  See lede-show(1).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "mem.h"
#include "opt.h"
#include "rec.h"
#include "show.h"

struct opts {
	struct rec_opts	 rec;		/* -u */
	int		 ansi;		/* -a: ANSI text, not HTML */
	const char	*dir;		/* -o: one file per document here */
};

/* State of the document callback. */
struct ctx {
	const struct opts *opts;	/* the command line */
	size_t		 ndocs;		/* documents written */
	struct buf	 path;		/* file name with -o */
	struct buf	 page;		/* one page with -o */
};

static const struct rec_prog prog = {
	"usage: lede-show [-au] [-o dir] [file ...]\n",
	"Render annotated records as an HTML page or coloured text.\n"
	    "  -a          text with ANSI colours for a terminal, not HTML\n"
	    "  -o dir      write one dir/DOC.html page per document\n"
	    "  -u          flush after every document\n"
	    "  --help      print this help and exit\n"
	    "  --version   print the version and exit\n"
};

/*
 * The file name of a document: letters, digits, '.', '-' and '_' kept,
 * anything else (a '/' above all) written as '_', never a leading '.'.
 */
static void
file_name(struct buf *b, const char *dir, const char *doc, size_t len)
{
	uint64_t h = 14695981039346656037u;	/* FNV-1a of the whole name */
	char hex[24];
	size_t i;

	buf_clear(b);
	buf_adds(b, dir);
	buf_addc(b, '/');
	if (len == 0)
		buf_adds(b, "doc");
	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)doc[i]) * 1099511628211u;
	/* A file name has at most 255 bytes (a URL may have more): cut, add a hash. */
	if (len > 200) {
		snprintf(hex, sizeof(hex), "-%016llx", (unsigned long long)h);
		len = 180;
	} else
		hex[0] = '\0';
	for (i = 0; i < len; i++) {
		char c = doc[i];

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    (c == '.' && i > 0))
			buf_addc(b, c);
		else
			buf_addc(b, '_');
	}
	buf_adds(b, hex);
	buf_adds(b, ".html");
}

static int
show_doc(void *arg, struct document *d, struct buf *out, const char **why)
{
	struct ctx *c = arg;
	FILE *fp;
	size_t i;

	(void)why;
	/* Blank lines alone (no member in any record) are no document. */
	for (i = 0; i < d->n && d->recs[i].obj.n == 0 &&
	    d->recs[i].status == SENT_LACKS; i++)
		;
	if (i == d->n)
		return 0;
	c->ndocs++;
	if (c->opts->ansi) {
		show_ansi_document(out, d);
		return 0;
	}
	if (c->opts->dir == NULL) {
		if (c->ndocs == 1)
			show_html_begin(out, d->doc, d->doc_len);
		show_html_document(out, d, c->ndocs);
		return 0;
	}
	buf_clear(&c->page);
	show_html_begin(&c->page, d->doc, d->doc_len);
	show_html_document(&c->page, d, 1);
	show_html_end(&c->page);
	file_name(&c->path, c->opts->dir, d->doc, d->doc_len);
	if ((fp = fopen(c->path.data, "w")) == NULL)
		die(2, "%s:", c->path.data);
	if (fwrite(c->page.data, 1, c->page.len, fp) != c->page.len ||
	    fclose(fp) != 0)
		die(2, "%s: write error:", c->path.data);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct opt_long longs[] = {
		REC_OPT_LONGS,
		{ NULL, 0, 0 }
	};
	struct opt_state st;
	struct opts opts;
	struct ctx ctx;
	struct buf tail;
	int c, status, st2;

	rec_begin("lede-show");
	memset(&opts, 0, sizeof(opts));
	opt_init(&st);
	while ((c = rec_opt_next(&st, argc, argv, "ao:u", longs, &prog,
	    &opts.rec)) != -1) {
		switch (c) {
		case 'a':
			opts.ansi = 1;
			break;
		case 'o':
			opts.dir = st.arg;
			break;
		}
	}
	argv += st.ind;
	if (opts.ansi && opts.dir != NULL) {
		warnf("-a writes to the terminal; it does not go with -o");
		rec_usage(&prog);
	}
	memset(&ctx, 0, sizeof(ctx));
	ctx.opts = &opts;
	buf_init(&ctx.path);
	buf_init(&ctx.page);
	status = rec_document_main(argv, NULL, show_doc, &ctx, &opts.rec);
	buf_free(&ctx.path);
	buf_free(&ctx.page);
	if (opts.ansi || opts.dir != NULL)
		return status;
	/* One page on stdout: close it, or make an empty one. */
	buf_init(&tail);
	if (ctx.ndocs == 0)
		show_html_begin(&tail, "lede-show", 9);
	show_html_end(&tail);
	if ((st2 = rec_emit(&tail, &opts.rec)) > 0)
		status = st2;
	buf_free(&tail);
	return rec_finish(status);
}
