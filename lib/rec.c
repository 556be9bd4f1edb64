#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "json.h"
#include "mem.h"
#include "rec.h"

int
linereader_open(struct linereader *lr, const char *path)
{
	memset(lr, 0, sizeof(*lr));
	if (path == NULL || strcmp(path, "-") == 0) {
		lr->fp = stdin;
		lr->name = "stdin";
		return 0;
	}
	lr->name = path;
	if ((lr->fp = fopen(path, "r")) == NULL)
		return -1;
	return 0;
}

void
linereader_close(struct linereader *lr)
{
	if (lr->fp != NULL && lr->fp != stdin)
		fclose(lr->fp);
	free(lr->line);
	lr->line = NULL;
	lr->fp = NULL;
}

char *
linereader_next(struct linereader *lr, size_t *len)
{
	ssize_t n;
	char *line;

	errno = 0;
	if ((n = getline(&lr->line, &lr->cap, lr->fp)) < 0) {
		if (ferror(lr->fp))
			lr->error = errno ? errno : EIO;
		return NULL;
	}
	lr->lineno++;
	line = lr->line;
	if (n > 0 && line[n - 1] == '\n')
		line[--n] = '\0';
	if (n > 0 && line[n - 1] == '\r')
		line[--n] = '\0';
	if (lr->lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
		line += 3;
		n -= 3;
	}
	*len = (size_t)n;
	return line;
}

/* Decode the string member key into the arena; NULL when absent. */
static int
get_string(const char *line, const struct json_obj *o, const char *key,
    struct arena *a, const char **out, size_t *outlen, struct json_err *err)
{
	const struct json_member *m = json_find(line, o, key);
	struct buf dec;

	*out = NULL;
	*outlen = 0;
	if (m == NULL || m->type == JSON_NULL)
		return 0;
	if (m->type != JSON_STRING) {
		err->off = m->val_off;
		err->msg = "member has the wrong type, expected a string";
		return -1;
	}
	if (memchr(line + m->val_off, '\\', m->val_len) == NULL) {
		/* Nothing to decode: copy the bytes between the quotes. */
		*out = arena_strndup(a, line + m->val_off + 1, m->val_len - 2);
		*outlen = m->val_len - 2;
		return 1;
	}
	buf_init(&dec);
	json_decode_string(line + m->val_off, m->val_len, &dec);
	*out = arena_strndup(a, dec.data, dec.len);
	*outlen = dec.len;
	buf_free(&dec);
	return 1;
}

/* Read the integer member key; 0 absent, 1 read, -1 wrong. */
static int
get_size(const char *line, const struct json_obj *o, const char *key,
    size_t *out, struct json_err *err)
{
	const struct json_member *m = json_find(line, o, key);

	if (m == NULL)
		return 0;
	if (m->type != JSON_NUMBER ||
	    json_get_size(line + m->val_off, m->val_len, out) != 0) {
		err->off = m->val_off;
		err->msg = "member is not a non-negative integer";
		return -1;
	}
	return 1;
}

/* Count the U+FFFD characters in s. */
static size_t
count_replacements(const char *s, size_t len)
{
	size_t n = 0;
	const char *p = s, *end = s + len;

	while ((p = memchr(p, '\xEF', (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && memcmp(p, "\xEF\xBF\xBD", 3) == 0)
			n++;
		p++;
	}
	return n;
}

int
sentence_read(const char *line, const struct json_obj *o, struct arena *a,
    struct sentence *s, struct json_err *err)
{
	int has_start, has_end;
	size_t span, extra;

	memset(s, 0, sizeof(*s));
	switch (get_string(line, o, "text", a, &s->text, &s->text_len, err)) {
	case -1:
		err->msg = "\"text\" is not a string";
		return SENT_BAD;
	case 0:
		if (json_find(line, o, "text") != NULL) {
			err->off = json_find(line, o, "text")->val_off;
			err->msg = "\"text\" is not a string";
			return SENT_BAD;
		}
		return SENT_LACKS;
	}
	if (get_string(line, o, "doc", a, &s->doc, &s->doc_len, err) < 0) {
		err->msg = "\"doc\" is not a string";
		return SENT_BAD;
	}
	if (s->doc == NULL)
		s->doc = "";
	if (get_string(line, o, "dct", a, &s->dct, &s->dct_len, err) < 0) {
		err->msg = "\"dct\" is not a string";
		return SENT_BAD;
	}
	if (get_size(line, o, "sent", &s->sent, err) < 0) {
		err->msg = "\"sent\" is not a non-negative integer";
		return SENT_BAD;
	}
	if (get_size(line, o, "para", &s->para, err) < 0) {
		err->msg = "\"para\" is not a non-negative integer";
		return SENT_BAD;
	}
	if ((has_start = get_size(line, o, "start", &s->start, err)) < 0) {
		err->msg = "\"start\" is not a non-negative integer";
		return SENT_BAD;
	}
	if ((has_end = get_size(line, o, "end", &s->end, err)) < 0) {
		err->msg = "\"end\" is not a non-negative integer";
		return SENT_BAD;
	}
	if (!has_start && !has_end) {
		/* A bare {"text":...} is a sentence starting at 0. */
		s->end = s->text_len;
		return SENT_OK;
	}
	if (has_start != has_end) {
		err->off = o->open;
		err->msg = has_start ? "\"start\" without \"end\"" :
		    "\"end\" without \"start\"";
		return SENT_BAD;
	}
	if (s->end < s->start) {
		err->off = json_find(line, o, "end")->val_off;
		err->msg = "\"end\" is before \"start\"";
		return SENT_BAD;
	}
	span = s->end - s->start;
	if (span == s->text_len)
		return SENT_OK;
	/*
	 * lede-split writes an invalid byte as U+FFFD, 3 bytes standing for 1,
	 * so a text may be longer than its span by 2 bytes per replacement.
	 */
	extra = s->text_len - span;
	if (s->text_len > span && extra % 2 == 0 &&
	    count_replacements(s->text, s->text_len) >= extra / 2) {
		s->nrepl = extra / 2;
		return SENT_OK;
	}
	err->off = json_find(line, o, "text")->val_off;
	err->msg = "\"text\" does not match \"start\" and \"end\"";
	return SENT_BAD;
}

size_t
sentence_doc_offset(const struct sentence *s, size_t text_off)
{
	size_t seen = 0;
	const char *p = s->text, *end;

	if (s->nrepl == 0)
		return s->start + text_off;
	if (text_off > s->text_len)
		text_off = s->text_len;
	end = s->text + text_off;
	/* The first nrepl replacement characters each stand for one byte. */
	while (seen < s->nrepl && (p = memchr(p, '\xEF', (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && memcmp(p, "\xEF\xBF\xBD", 3) == 0) {
			seen++;
			p += 3;
		} else
			p++;
	}
	return s->start + text_off - 2 * seen;
}

void
rec_put_member(struct buf *out, const char *line, size_t len,
    const struct json_obj *o, const char *key, const char *val, size_t val_len)
{
	size_t i, copied = 0, from;
	int done = 0;

	for (i = 0; i < o->n; i++) {
		const struct json_member *m = &o->m[i];

		if (!json_key_is(line, m, key))
			continue;
		if (!done) {
			buf_add(out, line + copied, m->val_off - copied);
			buf_add(out, val, val_len);
			copied = m->val_off + m->val_len;
			done = 1;
			continue;
		}
		/* Drop a later duplicate with the comma before it. */
		from = o->m[i - 1].val_off + o->m[i - 1].val_len;
		if (from < copied)
			from = copied;
		buf_add(out, line + copied, from - copied);
		copied = m->val_off + m->val_len;
	}
	if (!done) {
		from = o->n > 0 ? o->m[o->n - 1].val_off + o->m[o->n - 1].val_len :
		    o->open + 1;
		buf_add(out, line + copied, from - copied);
		if (o->n > 0)
			buf_addc(out, ',');
		buf_addc(out, '"');
		buf_adds(out, key);
		buf_add(out, "\":", 2);
		buf_add(out, val, val_len);
		copied = from;
	}
	buf_add(out, line + copied, len - copied);
}

/*
 * The main loops.  They are the one place in lib/ that prints: they speak
 * for the tools, in the "progname: file:line: message" form of err.h.
 */

int
rec_emit(const struct buf *out, const struct rec_opts *opts)
{
	if (out->len > 0 && fwrite(out->data, 1, out->len, stdout) != out->len)
		goto failed;
	if (opts->unbuffered && fflush(stdout) != 0)
		goto failed;
	return 0;
failed:
	if (errno == EPIPE) {
		/* Not an error: keep rec_finish() from reporting it. */
		clearerr(stdout);
		return -1;
	}
	warnf("stdout: write error:");
	return 2;
}

/*
 * A blank line is no record, but it keeps its place: it is passed through
 * so that line N of the input stays line N of the output.  Blank is JSON
 * white space only, a stray carriage return too ("\r\r\n").
 */
static int
blank(const char *line, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
			return 0;
	return 1;
}

/* Report a bad line. */
static void
report(const struct linereader *lr, const char *msg, size_t off, int with_off)
{
	if (with_off)
		warnf("%s:%lu: %s at byte %zu", lr->name, lr->lineno, msg, off);
	else
		warnf("%s:%lu: %s", lr->name, lr->lineno, msg);
}

int
rec_finish(int status)
{
	int failed_before = ferror(stdout);

	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			return status;
		/* rec_emit() has reported the error it met. */
		if (!failed_before || status != 2)
			warnf("stdout: write error:");
		return 2;
	}
	return status;
}

int
rec_map_main(char **files, rec_map_fn *fn, void *ctx,
    const struct rec_opts *opts)
{
	char dash[] = "-", *stdin_only[] = { dash, NULL };
	struct linereader lr;
	struct json_obj obj;
	struct json_err err;
	struct arena arena = ARENA_INIT;
	struct buf out;
	char *line;
	size_t len;
	int status = 0, w, st;

	if (files == NULL || files[0] == NULL)
		files = stdin_only;
	json_obj_init(&obj);
	buf_init(&out);
	for (; *files != NULL; files++) {
		if (linereader_open(&lr, *files) != 0) {
			warnf("%s:", *files);
			status = 2;
			continue;
		}
		while ((line = linereader_next(&lr, &len)) != NULL) {
			buf_clear(&out);
			arena_reset(&arena);
			err.msg = NULL;
			err.off = 0;
			if (blank(line, len))
				st = SENT_LACKS;
			else if (json_scan_object(line, len, &obj, &err) != 0)
				st = SENT_BAD;
			else
				st = fn(ctx, line, len, &obj, &arena, &out, &err,
				    &lr);
			if (st == SENT_LACKS)
				buf_add(&out, line, len);
			if (st == SENT_BAD) {
				report(&lr, err.msg, err.off, err.off != REC_NO_OFFSET);
				status = 1;
				if (!opts->keep_going)
					goto done;
				buf_clear(&out);
				buf_add(&out, line, len);
			}
			if (st != SENT_OK || (out.len > 0 && out.data[out.len - 1] != '\n'))
				buf_addc(&out, '\n');
			if ((w = rec_emit(&out, opts)) != 0) {
				status = w < 0 ? status : 2;
				goto done;
			}
		}
		if (lr.error) {
			errno = lr.error;
			warnf("%s: read error:", lr.name);
			status = 2;
		}
		linereader_close(&lr);
	}
done:
	linereader_close(&lr);
	json_obj_free(&obj);
	arena_free(&arena);
	buf_free(&out);
	return rec_finish(status);
}

/* What rec_annotate_main() hands to rec_map_main(). */
struct annotate {
	const char	*key;		/* the member the program owns */
	rec_annotate_fn	*fn;		/* the program's annotator */
	void		*ctx;		/* its context */
	struct buf	 value;		/* the member's new value */
};

static int
annotate_line(void *arg, const char *line, size_t len, const struct json_obj *o,
    struct arena *a, struct buf *out, struct json_err *err,
    const struct linereader *lr)
{
	struct annotate *an = arg;
	struct sentence s;
	const char *why = NULL;
	int st;

	(void)lr;
	if ((st = sentence_read(line, o, a, &s, err)) != SENT_OK)
		return st;
	buf_clear(&an->value);
	if ((st = an->fn(an->ctx, &s, a, &an->value, &why)) == SENT_BAD) {
		err->msg = why;
		err->off = REC_NO_OFFSET;
		return st;
	}
	if (st == SENT_OK)
		rec_put_member(out, line, len, o, an->key, an->value.data,
		    an->value.len);
	return st;
}

int
rec_annotate_main(char **files, const char *key, rec_annotate_fn *fn,
    void *ctx, const struct rec_opts *opts)
{
	struct annotate an;
	int status;

	an.key = key;
	an.fn = fn;
	an.ctx = ctx;
	buf_init(&an.value);
	status = rec_map_main(files, annotate_line, &an, opts);
	buf_free(&an.value);
	return status;
}

/* The document being gathered by rec_document_main(). */
struct gather {
	struct document	 d;		/* records so far, arena inside */
	size_t		 cap;		/* records allocated at d.recs */
	struct arena	 arena;		/* lines, members, decoded fields */
	const char	*name;		/* file of the first record */
	unsigned long	 first;		/* line number of the first record */
};

/* Run fn on the gathered document and write it; return emit()'s status. */
static int
flush_document(struct gather *g, const char *key, rec_document_fn *fn,
    void *ctx, const struct rec_opts *opts, int *status, struct buf *out)
{
	struct document *d = &g->d;
	const char *why = NULL;
	size_t i;
	int st;

	if (d->n == 0)
		return 0;
	buf_clear(out);
	st = fn(ctx, d, out, &why);
	if (st == SENT_BAD) {
		warnf("%s:%lu: %s", g->name, g->first, why ? why : "bad document");
		*status = 1;
		if (!opts->keep_going) {
			d->n = 0;
			arena_reset(&g->arena);
			return 1;
		}
		buf_clear(out);
	}
	for (i = 0; i < d->n; i++) {
		struct docrec *r = &d->recs[i];

		if (key == NULL) {
			if (r->status != SENT_BAD)
				continue;
		} else if (st != SENT_BAD && r->value != NULL) {
			rec_put_member(out, r->line, r->len, &r->obj, key,
			    r->value, r->value_len);
			buf_addc(out, '\n');
			continue;
		}
		buf_add(out, r->line, r->len);
		buf_addc(out, '\n');
	}
	d->n = 0;
	arena_reset(&g->arena);
	return rec_emit(out, opts);
}

/* The "doc" of a record that is not a sentence, or NULL when it has none. */
static const char *
other_doc(const char *line, const struct json_obj *o, struct arena *a,
    size_t *len)
{
	const struct json_member *m = json_find(line, o, "doc");
	struct buf dec;
	char *doc;

	if (m == NULL || m->type != JSON_STRING)
		return NULL;
	buf_init(&dec);
	json_decode_string(line + m->val_off, m->val_len, &dec);
	doc = arena_strndup(a, dec.data, dec.len);
	*len = dec.len;
	buf_free(&dec);
	return doc;
}

int
rec_document_main(char **files, const char *key, rec_document_fn *fn,
    void *ctx, const struct rec_opts *opts)
{
	char dash[] = "-", *stdin_only[] = { dash, NULL };
	struct linereader lr;
	struct gather g;
	struct json_obj scan;
	struct json_err err;
	struct buf out;
	struct docrec r;
	const char *doc;
	char *line;
	size_t len, doc_len = 0;
	int status = 0, w;

	if (files == NULL || files[0] == NULL)
		files = stdin_only;
	memset(&g, 0, sizeof(g));
	g.d.arena = &g.arena;
	json_obj_init(&scan);
	buf_init(&out);
	for (; *files != NULL; files++) {
		if (linereader_open(&lr, *files) != 0) {
			warnf("%s:", *files);
			status = 2;
			continue;
		}
		while ((line = linereader_next(&lr, &len)) != NULL) {
			memset(&r, 0, sizeof(r));
			r.lineno = lr.lineno;
			r.status = SENT_BAD;
			doc = NULL;
			if (blank(line, len)) {
				scan.n = 0;
				r.status = SENT_LACKS;
			} else if (json_scan_object(line, len, &scan, &err) != 0)
				report(&lr, err.msg, err.off, 1);
			else if ((r.status = sentence_read(line, &scan, &g.arena,
			    &r.s, &err)) == SENT_BAD)
				report(&lr, err.msg, err.off, 1);
			else if (r.status == SENT_OK) {
				doc = r.s.doc;
				doc_len = r.s.doc_len;
			} else
				doc = other_doc(line, &scan, &g.arena, &doc_len);
			if (r.status == SENT_BAD) {
				status = 1;
				if (!opts->keep_going) {
					w = flush_document(&g, key, fn, ctx, opts,
					    &status, &out);
					goto done;
				}
			}
			/* A new "doc" ends the document gathered so far. */
			if (doc != NULL && g.d.n > 0 && (doc_len != g.d.doc_len ||
			    memcmp(doc, g.d.doc, doc_len) != 0)) {
				if ((w = flush_document(&g, key, fn, ctx, opts,
				    &status, &out)) != 0) {
					if (w > 1)
						status = 2;
					goto done;
				}
				/* The old document's decoded fields are gone. */
				if (r.status == SENT_OK) {
					sentence_read(line, &scan, &g.arena, &r.s, &err);
					doc = r.s.doc;
				} else
					doc = other_doc(line, &scan, &g.arena, &doc_len);
			}
			if (g.d.n == 0) {
				g.d.doc = doc != NULL ? doc : "";
				g.d.doc_len = doc != NULL ? doc_len : 0;
				g.name = lr.name;
				g.first = lr.lineno;
			}
			r.line = arena_strndup(&g.arena, line, len);
			r.len = len;
			r.obj = scan;
			r.obj.m = arena_alloc(&g.arena, scan.n * sizeof(*scan.m));
			if (scan.n > 0)	/* scan.m is NULL until an object is scanned */
				memcpy(r.obj.m, scan.m, scan.n * sizeof(*scan.m));
			r.obj.cap = scan.n;
			if (r.status == SENT_BAD) {
				r.obj.n = 0;
				r.why = err.msg;
			}
			if (g.d.n == g.cap) {
				g.cap = g.cap ? g.cap * 2 : 64;
				g.d.recs = xrealloc(g.d.recs, g.cap, sizeof(*g.d.recs));
			}
			g.d.recs[g.d.n++] = r;
		}
		if (lr.error) {
			errno = lr.error;
			warnf("%s: read error:", lr.name);
			status = 2;
		}
		linereader_close(&lr);
	}
	w = flush_document(&g, key, fn, ctx, opts, &status, &out);
	if (w > 1)
		status = 2;
done:
	linereader_close(&lr);
	json_obj_free(&scan);
	arena_free(&g.arena);
	free(g.d.recs);
	buf_free(&out);
	return rec_finish(status);
}

void
rec_begin(const char *name)
{
	progname = name;
	signal(SIGPIPE, SIG_IGN);
}

_Noreturn void
rec_usage(const struct rec_prog *p)
{
	fputs(p->synopsis, stderr);
	exit(2);
}

int
rec_opt_next(struct opt_state *st, int argc, char **argv, const char *shorts,
    const struct opt_long *longs, const struct rec_prog *p, struct rec_opts *ro)
{
	int c;

	for (;;) {
		switch (c = opt_next(st, argc, argv, shorts, longs)) {
		case 'k':
			if (ro == NULL)
				return c;
			ro->keep_going = 1;
			break;
		case 'u':
			if (ro == NULL)
				return c;
			ro->unbuffered = 1;
			break;
		case OPT_HELP:
			fputs(p->synopsis, stdout);
			fputs(p->help, stdout);
			exit(rec_finish(0));
		case OPT_VERSION:
			printf("%s %s\n", progname, VERSION);
			exit(rec_finish(0));
		case '?':
			warnf("%s", st->msg);
			rec_usage(p);
		default:
			return c;
		}
	}
}
