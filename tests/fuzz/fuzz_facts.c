/*
 * Fuzz target: the fact joiner on one document of annotated sentences.
 * Each input line is a sentence; the annotations are made from its
 * bytes the way the programs before lede-facts would make them, but
 * with the overlaps, repeats and odd offsets they never make:
 *   ents    each run of capitalised words, types in turn, and also
 *           every word after a '#' as one entity reaching to the end;
 *   timex   each run of digits, values taken from the run itself;
 *   quotes  each span between two '"', kind in turn, the speaker the
 *           last capitalised word before it, the cue the word after it.
 * The output must be JSON Lines (json_scan_object on every line).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "facts.h"
#include "json.h"
#include "mem.h"
#include "rec.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Append ,"start":base+s,"end":base+e,"text":... for text[s, e). */
static void
put_span(struct buf *b, size_t base, const char *text, size_t s, size_t e)
{
	buf_adds(b, "{\"start\":");
	json_put_size(b, base + s);
	buf_adds(b, ",\"end\":");
	json_put_size(b, base + e);
	buf_adds(b, ",\"text\":");
	json_put_string(b, text + s, e - s);
}

static void
put_ents(struct buf *b, size_t base, const char *t, size_t len)
{
	static const char *const types[] = { "PERSON", "ORG", "LOC", "MISC" };
	size_t i, j, n = 0;

	buf_adds(b, ",\"ents\":[");
	for (i = 0; i < len; i = j) {
		j = i + 1;
		if (t[i] == '#' && i + 1 < len) {
			if (n++)
				buf_addc(b, ',');
			put_span(b, base, t, i + 1, len);
			buf_adds(b, ",\"type\":\"PERSON\"}");
			continue;
		}
		if (!is_upper(t[i]) || (i > 0 && t[i - 1] != ' '))
			continue;
		/* Capitalised words joined by single spaces. */
		while (j < len && (t[j] != ' ' || (j + 1 < len &&
		    is_upper(t[j + 1]))))
			j++;
		if (n++)
			buf_addc(b, ',');
		put_span(b, base, t, i, j);
		buf_adds(b, ",\"type\":\"");
		buf_adds(b, types[(i + j) % 4]);
		buf_adds(b, "\"}");
	}
	buf_addc(b, ']');
}

static void
put_timex(struct buf *b, size_t base, const char *t, size_t len)
{
	size_t i, j, n = 0;

	buf_adds(b, ",\"timex\":[");
	for (i = 0; i < len; i = j) {
		j = i + 1;
		if (!is_digit(t[i]))
			continue;
		while (j < len && (is_digit(t[j]) || t[j] == '-'))
			j++;
		if (n++)
			buf_addc(b, ',');
		put_span(b, base, t, i, j);
		buf_adds(b, (j - i) % 2 ? ",\"type\":\"DATE\",\"value\":" :
		    ",\"type\":\"DURATION\",\"value\":");
		json_put_string(b, t + i, j - i);
		if ((j - i) % 3 == 0)
			buf_adds(b, ",\"mod\":\"START\"");
		buf_addc(b, '}');
	}
	buf_addc(b, ']');
}

static void
put_quotes(struct buf *b, size_t base, const char *t, size_t len)
{
	static const char *const kinds[] = { "direct", "partial", "indirect" };
	size_t i, j, k, sp, cue, cue_end, n = 0;

	buf_adds(b, ",\"quotes\":[");
	for (i = 0; i < len; i = j + 1) {
		const char *q = memchr(t + i, '"', len - i);

		if (q == NULL)
			break;
		i = (size_t)(q - t) + 1;
		q = memchr(t + i, '"', len - i);
		j = q ? (size_t)(q - t) : len;
		if (n++)
			buf_addc(b, ',');
		put_span(b, base, t, i, j);
		buf_adds(b, ",\"kind\":\"");
		buf_adds(b, kinds[(i + j) % 3]);
		buf_addc(b, '"');
		/* The cue: the word after the closing mark. */
		for (cue = j + 1; cue < len && t[cue] == ' '; cue++)
			;
		for (cue_end = cue; cue_end < len && t[cue_end] != ' ' &&
		    t[cue_end] != '"'; cue_end++)
			;
		if (cue < cue_end) {
			buf_adds(b, ",\"cue\":");
			json_put_string(b, t + cue, cue_end - cue);
			buf_adds(b, ",\"cue_start\":");
			json_put_size(b, base + cue);
			buf_adds(b, ",\"cue_end\":");
			json_put_size(b, base + cue_end);
		}
		/* The speaker: the last capitalised word before the quote. */
		for (sp = i; sp > 0 && !(is_upper(t[sp - 1]) &&
		    (sp == 1 || t[sp - 2] == ' ')); sp--)
			;
		if (sp > 0) {
			for (k = sp; k < len && t[k] != ' '; k++)
				;
			buf_adds(b, ",\"speaker\":");
			json_put_string(b, t + sp - 1, k - sp + 1);
			buf_adds(b, ",\"speaker_start\":");
			json_put_size(b, base + sp - 1);
			buf_adds(b, ",\"speaker_end\":");
			json_put_size(b, base + k);
		} else
			buf_adds(b, ",\"speaker\":null");
		buf_addc(b, '}');
		if (q == NULL)
			break;
	}
	buf_addc(b, ']');
}

/* Check that out is JSON Lines. */
static void
check_lines(const struct buf *out)
{
	struct json_obj o;
	struct json_err err;
	const char *p, *nl, *end = out->data + out->len;

	json_obj_init(&o);
	for (p = out->data; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL || json_scan_object(p, (size_t)(nl - p), &o,
		    &err) != 0)
			abort();
	}
	json_obj_free(&o);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct facts *f;		/* built once: lexicons are constant */
	struct arena a = ARENA_INIT;
	struct document d;
	struct docrec *recs;
	struct json_err err;
	struct buf line, out;
	const char *s, *nl;
	size_t off, len, n = 0, base = 0, para = 0;
	int format;

	if (size == 0)
		return 0;
	if (f == NULL)
		f = facts_new();
	format = data[0] & 1 ? FACTS_TABLE : FACTS_JSONL;
	s = (const char *)data + 1;
	size--;
	recs = calloc(size + 1, sizeof(*recs));
	if (recs == NULL)
		return 0;
	buf_init(&line);
	buf_init(&out);
	for (off = 0; off <= size; off += len + 1) {
		struct docrec *r = &recs[n];

		nl = memchr(s + off, '\n', size - off);
		len = nl ? (size_t)(nl - (s + off)) : size - off;
		if (len == 0) {
			para++;
			continue;
		}
		buf_clear(&line);
		buf_adds(&line, "{\"doc\":\"d\",\"dct\":\"2020-10-21\",\"sent\":");
		json_put_size(&line, n);
		buf_adds(&line, ",\"para\":");
		json_put_size(&line, para);
		buf_adds(&line, ",\"start\":");
		json_put_size(&line, base);
		buf_adds(&line, ",\"end\":");
		json_put_size(&line, base + len);
		buf_adds(&line, ",\"text\":");
		json_put_string(&line, s + off, len);
		put_ents(&line, base, s + off, len);
		put_timex(&line, base, s + off, len);
		put_quotes(&line, base, s + off, len);
		buf_addc(&line, '}');
		base += len + 1;
		r->line = arena_strndup(&a, line.data, line.len);
		r->len = line.len;
		json_obj_init(&r->obj);
		if (json_scan_object(r->line, r->len, &r->obj, &err) != 0)
			abort();	/* the writer above makes JSON */
		r->status = sentence_read(r->line, &r->obj, &a, &r->s, &err);
		n++;
	}
	memset(&d, 0, sizeof(d));
	d.recs = recs;
	d.n = n;
	d.doc = "d";
	d.doc_len = 1;
	d.arena = &a;
	if (facts_document(f, &d, &out, format) != 0)
		abort();
	if (format == FACTS_JSONL)
		check_lines(&out);
	while (n-- > 0)
		json_obj_free(&recs[n].obj);
	free(recs);
	buf_free(&line);
	buf_free(&out);
	arena_free(&a);
	return 0;
}
