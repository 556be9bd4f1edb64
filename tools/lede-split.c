/*
 * lede-split: the sentence splitter, the one program that reads raw text.
 * It reads text files, each one document, or with -j document records
 * ({"doc":...,"text":...,"dct":...}, one per line), and writes one sentence
 * record per sentence: doc, dct, sent, para, start, end (byte offsets into
 * the document) and text.  See lede-split(1) and DESIGN.md.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "json.h"
#include "mem.h"
#include "opt.h"
#include "rec.h"
#include "split.h"

struct opts {
	struct rec_opts	 rec;		/* -k, -u */
	int		 jsonl;		/* -j: input is document records */
	const char	*doc;		/* -d: the document's name */
	const char	*dct;		/* --dct: document creation time */
	const char	*text_field;	/* --text-field, "text" by default */
	const char	*dct_field;	/* --dct-field, "dct" by default */
	const char	*doc_field;	/* --doc-field, "doc" by default */
};

/* What the emit callback needs to write one document's sentences. */
struct writer {
	const char	*doc;		/* the document's name */
	size_t		 doc_len;	/* bytes of doc */
	const char	*dct;		/* its DCT, or NULL */
	size_t		 dct_len;	/* bytes of dct */
	const char	*text;		/* the document */
	size_t		 nsent;		/* sentences written so far */
	struct buf	*out;		/* where records go */
};

static const struct rec_prog prog = {
	"usage: lede-split [-jku] [-d doc] [--dct date] [--text-field name]\n"
	    "                  [--dct-field name] [--doc-field name] [file ...]\n",
	"Split news text into sentences, one JSON record per sentence.\n"
	    "  -d doc             name of the document (default: the file name)\n"
	    "  -j                 input is document records, one JSON object a line\n"
	    "  -k                 keep going: pass bad lines through, warn, exit 1\n"
	    "  -u                 flush after every document\n"
	    "  --dct date         document creation time, copied to every record\n"
	    "  --text-field name  member holding the text with -j (default text)\n"
	    "  --dct-field name   member holding the DCT with -j (default dct)\n"
	    "  --doc-field name   member holding the name with -j (default doc)\n"
	    "  --help             print this help and exit\n"
	    "  --version          print the version and exit\n"
};

static void
add_sentence(void *arg, const struct split_sent *ss)
{
	struct writer *w = arg;
	struct buf *out = w->out;

	buf_adds(out, "{\"doc\":");
	json_put_string(out, w->doc, w->doc_len);
	if (w->dct != NULL) {
		buf_adds(out, ",\"dct\":");
		json_put_string(out, w->dct, w->dct_len);
	}
	buf_adds(out, ",\"sent\":");
	json_put_size(out, w->nsent++);
	buf_adds(out, ",\"para\":");
	json_put_size(out, ss->para);
	buf_adds(out, ",\"start\":");
	json_put_size(out, ss->start);
	buf_adds(out, ",\"end\":");
	json_put_size(out, ss->end);
	buf_adds(out, ",\"text\":");
	json_put_string(out, w->text + ss->start, ss->end - ss->start);
	buf_adds(out, "}\n");
}

/* The date part of a crawler's timestamp ("2020-10-21T09:30:00Z"). */
static size_t
dct_length(const char *dct, size_t len)
{
	size_t i;

	if (len <= 10 || (dct[10] != 'T' && dct[10] != ' '))
		return len;
	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? dct[i] != '-' :
		    (dct[i] < '0' || dct[i] > '9'))
			return len;
	return 10;
}

/* Context of split_record(). */
struct jsonl {
	const struct opts *opts;	/* the command line */
	struct splitter	*sp;		/* the splitter */
	struct buf	 text;		/* decoded text */
	struct buf	 doc;		/* decoded doc name */
	struct buf	 dct;		/* decoded DCT */
};

/* Decode string member name into b; 1 found, 0 absent or null, -1 wrong type. */
static int
string_member(const char *line, const struct json_obj *o, const char *name,
    struct buf *b, struct json_err *err)
{
	const struct json_member *m = json_find(line, o, name);

	buf_clear(b);
	if (m == NULL || m->type == JSON_NULL)
		return 0;
	if (m->type != JSON_STRING) {
		err->off = m->val_off;
		err->msg = "member has the wrong type, expected a string";
		return -1;
	}
	json_decode_string(line + m->val_off, m->val_len, b);
	return 1;
}

static int
split_record(void *arg, const char *line, size_t len, const struct json_obj *o,
    struct arena *a, struct buf *out, struct json_err *err,
    const struct linereader *lr)
{
	struct jsonl *j = arg;
	struct writer w;
	int has_dct;

	(void)len;
	(void)a;
	switch (string_member(line, o, j->opts->text_field, &j->text, err)) {
	case -1:
		return SENT_BAD;
	case 0:
		return SENT_LACKS;
	}
	if (string_member(line, o, j->opts->doc_field, &j->doc, err) < 0)
		return SENT_BAD;
	if (j->doc.len == 0 && json_find(line, o, j->opts->doc_field) == NULL)
		buf_printf(&j->doc, "%s:%lu", lr->name, lr->lineno);
	if ((has_dct = string_member(line, o, j->opts->dct_field, &j->dct, err)) < 0)
		return SENT_BAD;
	memset(&w, 0, sizeof(w));
	w.doc = j->doc.data;
	w.doc_len = j->doc.len;
	if (has_dct) {
		w.dct = j->dct.data;
		w.dct_len = dct_length(j->dct.data, j->dct.len);
	} else if (j->opts->dct != NULL) {
		w.dct = j->opts->dct;
		w.dct_len = strlen(j->opts->dct);
	}
	w.text = j->text.data;
	w.out = out;
	split_text(j->sp, j->text.data, j->text.len, add_sentence, &w);
	return SENT_OK;
}

/* Read all of path ("-" is stdin) into b; 0 or -1 with errno. */
static int
slurp(const char *path, struct buf *b)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	size_t n;

	buf_clear(b);
	if (fp == NULL)
		return -1;
	do {
		buf_grow(b, 65536);
		n = fread(b->data + b->len, 1, b->cap - b->len - 1, fp);
		b->len += n;
	} while (n > 0);
	b->data[b->len] = '\0';
	if (ferror(fp)) {
		if (fp != stdin)
			fclose(fp);
		errno = errno ? errno : EIO;
		return -1;
	}
	if (fp != stdin)
		fclose(fp);
	return 0;
}

/* The name of a document read from path: its base name, extension removed. */
static void
doc_name(const char *path, struct buf *b)
{
	const char *base = strrchr(path, '/'), *dot;

	base = base ? base + 1 : path;
	if (strcmp(path, "-") == 0)
		base = "stdin";
	dot = strrchr(base, '.');
	buf_clear(b);
	buf_add(b, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
}

static int
split_files(char **files, const struct opts *opts, struct splitter *sp)
{
	char dash[] = "-", *stdin_only[] = { dash, NULL };
	struct buf text, name, out;
	struct writer w;
	int status = 0, st;

	if (files[0] == NULL)
		files = stdin_only;
	buf_init(&text);
	buf_init(&name);
	buf_init(&out);
	for (; *files != NULL; files++) {
		if (slurp(*files, &text) != 0) {
			warnf("%s:", *files);
			status = 2;
			continue;
		}
		doc_name(*files, &name);
		memset(&w, 0, sizeof(w));
		w.doc = opts->doc ? opts->doc : name.data;
		w.doc_len = strlen(w.doc);
		w.dct = opts->dct;
		w.dct_len = opts->dct ? strlen(opts->dct) : 0;
		w.text = text.data;
		w.out = &out;
		buf_clear(&out);
		split_text(sp, text.data, text.len, add_sentence, &w);
		if ((st = rec_emit(&out, &opts->rec)) != 0) {
			if (st > 0)
				status = 2;
			break;
		}
	}
	buf_free(&text);
	buf_free(&name);
	buf_free(&out);
	return rec_finish(status);
}

int
main(int argc, char *argv[])
{
	static const struct opt_long longs[] = {
		{ "dct", 1, 'D' },
		{ "doc-field", 1, 'I' },
		{ "dct-field", 1, 'T' },
		{ "text-field", 1, 'X' },
		REC_OPT_LONGS,
		{ NULL, 0, 0 }
	};
	struct opts opts;
	struct opt_state st;
	struct splitter *sp;
	struct jsonl j;
	int c, status;

	rec_begin("lede-split");
	memset(&opts, 0, sizeof(opts));
	opts.text_field = "text";
	opts.dct_field = "dct";
	opts.doc_field = "doc";
	opt_init(&st);
	while ((c = rec_opt_next(&st, argc, argv, "d:jku", longs, &prog,
	    &opts.rec)) != -1) {
		switch (c) {
		case 'D':
			opts.dct = st.arg;
			break;
		case 'I':
			opts.doc_field = st.arg;
			break;
		case 'T':
			opts.dct_field = st.arg;
			break;
		case 'X':
			opts.text_field = st.arg;
			break;
		case 'd':
			opts.doc = st.arg;
			break;
		case 'j':
			opts.jsonl = 1;
			break;
		}
	}
	argv += st.ind;
	if (opts.doc != NULL && (opts.jsonl || (argv[0] != NULL && argv[1] != NULL))) {
		warnf("-d names one text document; with -j or several files, "
		    "documents are named by their records or file names");
		rec_usage(&prog);
	}
	sp = splitter_new();
	if (opts.jsonl) {
		memset(&j, 0, sizeof(j));
		j.opts = &opts;
		j.sp = sp;
		buf_init(&j.text);
		buf_init(&j.doc);
		buf_init(&j.dct);
		status = rec_map_main(argv, split_record, &j, &opts.rec);
		buf_free(&j.text);
		buf_free(&j.doc);
		buf_free(&j.dct);
	} else
		status = split_files(argv, &opts, sp);
	splitter_free(sp);
	return status;
}
