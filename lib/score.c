/*
 * The scoring core of lede-score.  Both streams are read whole (a scorer
 * must see a document's gold and system records together, and they need
 * not come in the same order); a document's annotations are pooled from
 * all its records.  The measures copy the reference scorers:
 * ../shared/eval/ner_eval.py (conlleval), timex_eval.py (TempEval-3) and
 * quote_eval.py, whose documentation says what each number means.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "mem.h"
#include "rec.h"
#include "score.h"
#include "utf8.h"

/* A growable array of fixed-size elements, owned by the scorer. */
struct vec {
	void		*v;		/* elements */
	size_t		 n;		/* elements used */
	size_t		 cap;		/* elements allocated */
};

struct iv {
	size_t		 s;		/* first byte */
	size_t		 e;		/* end, exclusive */
};

struct ent {
	size_t		 start;		/* document byte offset */
	size_t		 end;		/* exclusive */
	int		 type;		/* SCORE_PERSON... */
};

struct tx {
	size_t		 start;		/* document byte offset */
	size_t		 end;		/* exclusive */
	const char	*type;		/* upper-cased, "" when absent */
	const char	*value;		/* "" when absent */
	const char	*mod;		/* "" when absent */
	size_t		 seq;		/* input order, for a stable sort */
};

struct quote {
	size_t		 frag;		/* first of its fragments in side.frags */
	size_t		 nfrag;		/* fragments given */
	const char	*speaker;	/* NULL when absent or null */
	const char	*text;		/* its "text", or NULL */
	size_t		 text_len;	/* bytes of text */
};

/* A fact record of lede-facts, or of a hand-written list of facts. */
struct fact {
	int		 kind;		/* FACT_QUOTE... */
	int		 type;		/* entities: SCORE_PERSON..., -1 others */
	int		 indirect;	/* quotes: "kind" is "indirect" */
	const char	*text;		/* quote, entity name, timex text */
	const char	*other;		/* speaker, title, timex value; "" absent */
	const char	*also;		/* quotes: "speaker_also", '\n' between */
	size_t		 count;		/* timex: "count", 1 when absent */
};

#define FACT_QUOTE	0
#define FACT_ENTITY	1
#define FACT_TIMEX	2
#define FACT_NOT_TIMEX	3

/* A sentence record's text, to rebuild a document's text for trimming. */
struct piece {
	size_t		 start;		/* document byte offset */
	const char	*text;		/* the sentence's bytes */
	size_t		 len;		/* bytes of text */
};

/* What one side says about one document. */
struct side {
	struct vec	 ents;		/* struct ent */
	struct vec	 tx;		/* struct tx */
	struct vec	 quotes;	/* struct quote */
	struct vec	 frags;		/* struct iv, the quotes' fragments */
	struct vec	 bounds;	/* size_t, trimmed sentence ends */
	struct vec	 sentiv;	/* struct iv, a document's "sentences" */
	struct vec	 pieces;	/* struct piece */
	struct vec	 facts;		/* struct fact */
	const char	*text;		/* a document record's text, or NULL */
	size_t		 text_len;	/* bytes of text */
	int		 present;	/* the side has a record of the document */
	int		 has_sents;	/* it has sentence records or "sentences" */
};

struct sdoc {
	char		*name;		/* "doc" (or "id"), decoded */
	size_t		 len;		/* bytes of name */
	struct side	 side[2];	/* SCORE_GOLD, SCORE_SYS */
};

/* Which annotations a side carries, anywhere. */
#define K_ENTS		0
#define K_TIMEX		1
#define K_QUOTES	2
#define K_SENTS		3
#define K_FACTS		4

struct score {
	struct arena	 a;		/* decoded strings */
	struct sdoc	**docs;		/* documents, in order of first sight */
	size_t		 n;		/* documents */
	size_t		 cap;		/* slots allocated at docs */
	size_t		*hash;		/* index + 1 into docs, 0 for empty */
	size_t		 hcap;		/* slots at hash, a power of two */
	struct json_obj	 obj;		/* the record */
	struct json_obj	 elem;		/* one span of an annotation array */
	struct buf	 tmp;		/* decoding */
	int		 has[2][5];	/* K_* per side */
	size_t		 badspans[2];	/* spans without usable offsets */
	size_t		 dropped[2];	/* entities of other types */
};

static void *
vec_push(struct vec *v, size_t size)
{
	void *p;

	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->v = xrealloc(v->v, v->cap, size);
	}
	p = (char *)v->v + v->n++ * size;
	memset(p, 0, size);
	return p;
}

static void
side_free(struct side *s)
{
	free(s->ents.v);
	free(s->tx.v);
	free(s->quotes.v);
	free(s->frags.v);
	free(s->bounds.v);
	free(s->sentiv.v);
	free(s->pieces.v);
	free(s->facts.v);
}

struct score *
score_new(void)
{
	struct score *sc = xcalloc(1, sizeof(*sc));

	json_obj_init(&sc->obj);
	json_obj_init(&sc->elem);
	buf_init(&sc->tmp);
	sc->hcap = 64;
	sc->hash = xcalloc(sc->hcap, sizeof(*sc->hash));
	return sc;
}

void
score_free(struct score *sc)
{
	size_t i;

	if (sc == NULL)
		return;
	for (i = 0; i < sc->n; i++) {
		side_free(&sc->docs[i]->side[0]);
		side_free(&sc->docs[i]->side[1]);
	}
	free(sc->docs);
	free(sc->hash);
	json_obj_free(&sc->obj);
	json_obj_free(&sc->elem);
	buf_free(&sc->tmp);
	arena_free(&sc->a);
	free(sc);
}

/* FNV-1a. */
static size_t
hash_name(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return (size_t)h;
}

static void
rehash(struct score *sc)
{
	size_t i, j, mask;

	free(sc->hash);
	sc->hcap *= 2;
	sc->hash = xcalloc(sc->hcap, sizeof(*sc->hash));
	mask = sc->hcap - 1;
	for (i = 0; i < sc->n; i++) {
		j = hash_name(sc->docs[i]->name, sc->docs[i]->len) & mask;
		while (sc->hash[j] != 0)
			j = (j + 1) & mask;
		sc->hash[j] = i + 1;
	}
}

/* The document named name, made when new. */
static struct sdoc *
get_doc(struct score *sc, const char *name, size_t len)
{
	size_t mask = sc->hcap - 1, j = hash_name(name, len) & mask;
	struct sdoc *d;

	for (; sc->hash[j] != 0; j = (j + 1) & mask) {
		d = sc->docs[sc->hash[j] - 1];
		if (d->len == len && memcmp(d->name, name, len) == 0)
			return d;
	}
	d = arena_calloc(&sc->a, 1, sizeof(*d));
	d->name = arena_strndup(&sc->a, name, len);
	d->len = len;
	if (sc->n == sc->cap) {
		sc->cap = sc->cap ? sc->cap * 2 : 64;
		sc->docs = xrealloc(sc->docs, sc->cap, sizeof(*sc->docs));
	}
	sc->docs[sc->n++] = d;
	sc->hash[j] = sc->n;
	/* Keep the table at most half full so probes stay short. */
	if (sc->n * 2 > sc->hcap)
		rehash(sc);
	return d;
}

/* Reading. */

/*
 * A string member decoded into the arena, its raw text if it is a number
 * or a boolean, "" when absent or null; always the arena's, so writable.
 */
static char *
get_text(struct score *sc, const char *p, const struct json_obj *o,
    const char *key)
{
	const struct json_member *m = json_find(p, o, key);

	if (m == NULL || m->type == JSON_NULL)
		return arena_strndup(&sc->a, "", 0);
	if (m->type != JSON_STRING)
		return arena_strndup(&sc->a, p + m->val_off, m->val_len);
	buf_clear(&sc->tmp);
	json_decode_string(p + m->val_off, m->val_len, &sc->tmp);
	return arena_strndup(&sc->a, sc->tmp.data, sc->tmp.len);
}

static int
get_size(const char *p, const struct json_obj *o, const char *key, size_t *v)
{
	const struct json_member *m = json_find(p, o, key);

	if (m == NULL || m->type != JSON_NUMBER)
		return -1;
	return json_get_size(p + m->val_off, m->val_len, v);
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

typedef void elem_fn(struct score *sc, struct side *sd, int side,
    const char *p, size_t len, enum json_type type);

/* Call fn on each element of the array value at p (len bytes). */
static void
each_elem(struct score *sc, struct side *sd, int side, const char *p,
    size_t len, elem_fn *fn)
{
	struct json_iter it;
	enum json_type type;
	const char *elem;
	size_t n;

	json_iter_init(&it, p, len);
	while ((n = json_iter_next(&it, &elem, &type, NULL)) > 0)
		fn(sc, sd, side, elem, n, type);
}

/* Read [s, e] from a two-number array such as [12, 40]. */
static int
read_pair(const char *p, size_t len, struct iv *iv)
{
	const char *end = p + len - 1;
	struct json_err err;
	enum json_type type;
	size_t v[2], n, k = 0;

	for (p++; p < end; p += n) {
		if (is_ws(*p) || *p == ',') {
			n = 1;
			continue;
		}
		if ((n = json_scan_value(p, (size_t)(end - p), &type, &err)) == 0 ||
		    type != JSON_NUMBER || k == 2 || json_get_size(p, n, &v[k]) != 0)
			return -1;
		k++;
	}
	if (k != 2 || v[1] < v[0])
		return -1;
	iv->s = v[0];
	iv->e = v[1];
	return 0;
}

/*
 * Map an entity type onto the four CoNLL types, as ner_eval.py does:
 * upper case, an IOB prefix dropped, the usual synonyms.  -1 for others.
 */
static int
ent_type(const char *t)
{
	static const struct {
		const char	*name;		/* as written, upper case */
		int		 type;		/* what it means */
	} names[] = {
		{ "PERSON", SCORE_PERSON }, { "PER", SCORE_PERSON },
		{ "PERSONS", SCORE_PERSON }, { "PEOPLE", SCORE_PERSON },
		{ "ORG", SCORE_ORG }, { "ORGANIZATION", SCORE_ORG },
		{ "ORGANISATION", SCORE_ORG }, { "ORGANIZATIONS", SCORE_ORG },
		{ "LOC", SCORE_LOC }, { "LOCATION", SCORE_LOC },
		{ "PLACE", SCORE_LOC }, { "PLACES", SCORE_LOC },
		{ "MISC", SCORE_MISC }
	};
	char up[16];
	size_t i, len = strlen(t);

	if (len >= 2 && t[1] == '-' && strchr("BIESbies", t[0]) != NULL) {
		t += 2;
		len -= 2;
	}
	if (len >= sizeof(up))
		return -1;
	for (i = 0; i <= len; i++)
		up[i] = (t[i] >= 'a' && t[i] <= 'z') ? (char)(t[i] - 32) : t[i];
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(up, names[i].name) == 0)
			return names[i].type;
	return -1;
}

/* Read start and end of a span object; -1 when unusable. */
static int
span_of(const char *p, const struct json_obj *o, size_t *s, size_t *e)
{
	if (get_size(p, o, "start", s) != 0 || get_size(p, o, "end", e) != 0 ||
	    *e <= *s)
		return -1;
	return 0;
}

static void
read_ent(struct score *sc, struct side *sd, int side, const char *p,
    size_t len, enum json_type type)
{
	struct json_err err;
	struct ent *e;
	size_t s, en;
	int t;

	if (type != JSON_OBJECT || json_scan_object(p, len, &sc->elem, &err) != 0 ||
	    span_of(p, &sc->elem, &s, &en) != 0) {
		sc->badspans[side]++;
		return;
	}
	if ((t = ent_type(get_text(sc, p, &sc->elem, "type"))) < 0) {
		sc->dropped[side]++;
		return;
	}
	e = vec_push(&sd->ents, sizeof(*e));
	e->start = s;
	e->end = en;
	e->type = t;
}

static void
read_tx(struct score *sc, struct side *sd, int side, const char *p,
    size_t len, enum json_type type)
{
	struct json_err err;
	struct tx *t;
	size_t s, e;
	char *up, *c;

	if (type != JSON_OBJECT || json_scan_object(p, len, &sc->elem, &err) != 0 ||
	    span_of(p, &sc->elem, &s, &e) != 0) {
		sc->badspans[side]++;
		return;
	}
	t = vec_push(&sd->tx, sizeof(*t));
	t->start = s;
	t->end = e;
	t->seq = sd->tx.n;
	up = get_text(sc, p, &sc->elem, "type");
	for (c = up; *c != '\0'; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 32);
	t->type = up;
	t->value = get_text(sc, p, &sc->elem, "value");
	t->mod = get_text(sc, p, &sc->elem, "mod");
}

/* The fragments of a quote: "fragments":[[s,e],...] */
static void
read_frag(struct score *sc, struct side *sd, int side, const char *p,
    size_t len, enum json_type type)
{
	struct iv iv;

	(void)sc;
	(void)side;
	if (type == JSON_ARRAY && read_pair(p, len, &iv) == 0)
		*(struct iv *)vec_push(&sd->frags, sizeof(iv)) = iv;
}

static void
read_quote(struct score *sc, struct side *sd, int side, const char *p,
    size_t len, enum json_type type)
{
	const struct json_member *m;
	struct json_err err;
	struct quote *q;
	struct iv iv;
	size_t first;

	if (type != JSON_OBJECT || json_scan_object(p, len, &sc->elem, &err) != 0 ||
	    span_of(p, &sc->elem, &iv.s, &iv.e) != 0) {
		sc->badspans[side]++;
		return;
	}
	first = sd->frags.n;
	m = json_find(p, &sc->elem, "fragments");
	if (m != NULL && m->type == JSON_ARRAY) {
		/* each_elem() reuses elem for objects only; fragments are arrays. */
		each_elem(sc, sd, side, p + m->val_off, m->val_len, read_frag);
	}
	if (sd->frags.n == first)
		*(struct iv *)vec_push(&sd->frags, sizeof(iv)) = iv;
	q = vec_push(&sd->quotes, sizeof(*q));
	q->frag = first;
	q->nfrag = sd->frags.n - first;
	m = json_find(p, &sc->elem, "speaker");
	q->speaker = m == NULL || m->type == JSON_NULL ? NULL :
	    get_text(sc, p, &sc->elem, "speaker");
	m = json_find(p, &sc->elem, "text");
	if (m != NULL && m->type == JSON_STRING) {
		buf_clear(&sc->tmp);
		json_decode_string(p + m->val_off, m->val_len, &sc->tmp);
		q->text_len = sc->tmp.len;
		q->text = arena_strndup(&sc->a, sc->tmp.data, sc->tmp.len);
	}
}

static void
read_sentiv(struct score *sc, struct side *sd, int side, const char *p,
    size_t len, enum json_type type)
{
	struct iv iv;

	if (type == JSON_ARRAY && read_pair(p, len, &iv) == 0)
		*(struct iv *)vec_push(&sd->sentiv, sizeof(iv)) = iv;
	else
		sc->badspans[side]++;
}

/*
 * The annotation array member key (or alt), or NULL.  A member of another
 * type than array or null makes the record bad.
 */
static const struct json_member *
ann_member(const char *line, const struct json_obj *o, const char *key,
    const char *alt, struct json_err *err, int *bad)
{
	const struct json_member *m = json_find(line, o, key);

	if (m == NULL && alt != NULL)
		m = json_find(line, o, alt);
	if (m == NULL || m->type == JSON_NULL || m->type == JSON_ARRAY)
		return m;
	err->off = m->val_off;
	err->msg = "annotation member is not an array";
	*bad = 1;
	return NULL;
}

/*
 * The strings of the array value at p (len bytes), decoded and joined by
 * '\n' into the arena; "" for anything else.
 */
static const char *
join_strings(struct score *sc, const char *p, size_t len)
{
	const char *end = p + len - 1;
	struct json_err err;
	enum json_type type;
	struct buf all;
	const char *s;
	size_t n;

	if (len < 2 || *p != '[')
		return "";
	buf_init(&all);
	for (p++; p < end; p += n) {
		if (is_ws(*p) || *p == ',') {
			n = 1;
			continue;
		}
		if ((n = json_scan_value(p, (size_t)(end - p), &type, &err)) == 0)
			break;
		if (type != JSON_STRING)
			continue;
		if (all.len > 0)
			buf_addc(&all, '\n');
		buf_clear(&sc->tmp);
		json_decode_string(p, n, &sc->tmp);
		buf_add(&all, sc->tmp.data, sc->tmp.len);
	}
	s = arena_strndup(&sc->a, all.data ? all.data : "", all.len);
	buf_free(&all);
	return s;
}

/*
 * Keep a fact record ("fact" is the string kind): quotes, entities,
 * timex and not_timex facts; events and unknown kinds are not scored.
 */
static void
read_fact(struct score *sc, struct side *sd, int side, const char *line,
    const char *kind)
{
	static const char *const kinds[] = {
		"quote", "entity", "timex", "not_timex"
	};
	static const char *const text_key[] = { "quote", "name", "text", "text" };
	static const char *const other_key[] = { "speaker", "title", "value", "" };
	const struct json_obj *o = &sc->obj;
	const struct json_member *m;
	struct fact *f;
	size_t k, v;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (strcmp(kind, kinds[k]) == 0)
			break;
	if (k == sizeof(kinds) / sizeof(kinds[0]))
		return;
	sc->has[side][K_FACTS] = 1;
	f = vec_push(&sd->facts, sizeof(*f));
	f->kind = (int)k;
	f->text = get_text(sc, line, o, text_key[k]);
	f->other = get_text(sc, line, o, other_key[k]);
	f->also = "";
	f->count = 1;
	f->type = k == FACT_ENTITY ? ent_type(get_text(sc, line, o, "type")) : -1;
	f->indirect = k == FACT_QUOTE &&
	    strcmp(get_text(sc, line, o, "kind"), "indirect") == 0;
	if (k == FACT_QUOTE && (m = json_find(line, o, "speaker_also")) != NULL &&
	    m->type == JSON_ARRAY)
		f->also = join_strings(sc, line + m->val_off, m->val_len);
	if (k == FACT_TIMEX && get_size(line, o, "count", &v) == 0)
		f->count = v;
}

int
score_add_line(struct score *sc, int side, const char *line, size_t len,
    struct json_err *err)
{
	static const char *const keys[3][2] = {
		{ "ents", "entities" }, { "timex", NULL }, { "quotes", NULL }
	};
	static elem_fn *const fns[3] = { read_ent, read_tx, read_quote };
	const struct json_member *m, *ms[4];
	struct json_obj *o = &sc->obj;
	struct sentence s;
	struct sdoc *d;
	struct side *sd;
	struct piece *pc;
	size_t i, trail;
	int bad = 0;

	for (i = 0; i < len && (is_ws(line[i])); i++)
		continue;
	if (i == len)
		return 0;
	if (json_scan_object(line, len, o, err) != 0)
		return -1;
	for (i = 0; i < 3; i++)
		ms[i] = ann_member(line, o, keys[i][0], keys[i][1], err, &bad);
	ms[3] = ann_member(line, o, "sentences", NULL, err, &bad);
	if (bad)
		return -1;
	/* Documents are named by "doc", as ner_eval.py also takes "id". */
	if ((m = json_find(line, o, "doc")) == NULL)
		m = json_find(line, o, "id");
	buf_clear(&sc->tmp);
	if (m != NULL && m->type == JSON_STRING)
		json_decode_string(line + m->val_off, m->val_len, &sc->tmp);
	else if (m != NULL && m->type != JSON_NULL)
		buf_add(&sc->tmp, line + m->val_off, m->val_len);
	d = get_doc(sc, sc->tmp.data, sc->tmp.len);
	sd = &d->side[side];
	sd->present = 1;

	/* A fact record carries no spans: it is scored as a fact alone. */
	if ((m = json_find(line, o, "fact")) != NULL && m->type == JSON_STRING) {
		read_fact(sc, sd, side, line, get_text(sc, line, o, "fact"));
		return 0;
	}

	if (json_find(line, o, "start") != NULL ||
	    json_find(line, o, "end") != NULL) {
		switch (sentence_read(line, o, &sc->a, &s, err)) {
		case SENT_BAD:
			return -1;
		case SENT_OK:
			for (trail = 0; trail < s.text_len &&
			    is_ws(s.text[s.text_len - 1 - trail]); trail++)
				continue;
			/* A blank sentence has no boundary of its own. */
			if (trail < s.text_len)
				*(size_t *)vec_push(&sd->bounds, sizeof(size_t)) =
				    s.end - trail;
			sd->has_sents = 1;
			sc->has[side][K_SENTS] = 1;
			if (s.nrepl == 0) {
				pc = vec_push(&sd->pieces, sizeof(*pc));
				pc->start = s.start;
				pc->text = s.text;
				pc->len = s.text_len;
			}
			break;
		}
	} else if ((m = json_find(line, o, "text")) != NULL &&
	    m->type == JSON_STRING && sd->text == NULL) {
		buf_clear(&sc->tmp);
		json_decode_string(line + m->val_off, m->val_len, &sc->tmp);
		sd->text_len = sc->tmp.len;
		sd->text = arena_strndup(&sc->a, sc->tmp.data, sc->tmp.len);
	}
	for (i = 0; i < 3; i++) {
		if (ms[i] == NULL)
			continue;
		sc->has[side][i] = 1;
		if (ms[i]->type == JSON_ARRAY)
			each_elem(sc, sd, side, line + ms[i]->val_off,
			    ms[i]->val_len, fns[i]);
	}
	if (ms[3] != NULL && ms[3]->type == JSON_ARRAY) {
		sc->has[side][K_SENTS] = 1;
		sd->has_sents = 1;
		each_elem(sc, sd, side, line + ms[3]->val_off, ms[3]->val_len,
		    read_sentiv);
	}
	return 0;
}

/* Scoring. */

static int
cmp_ent(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return (x->type > y->type) - (x->type < y->type);
}

static int
cmp_size(const void *a, const void *b)
{
	const size_t *x = a, *y = b;

	return (*x > *y) - (*x < *y);
}

/* Sort and drop duplicates: ner_eval.py scores sets. */
static size_t
ent_set(struct ent *v, size_t n)
{
	size_t i, k = 0;

	if (n == 0)
		return 0;
	qsort(v, n, sizeof(*v), cmp_ent);
	for (i = 1; i < n; i++)
		if (cmp_ent(&v[k], &v[i]) != 0)
			v[++k] = v[i];
	return k + 1;
}

/* The same for (start, end) alone, into u (at least n slots). */
static size_t
span_set(const struct ent *v, size_t n, struct iv *u)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (k == 0 || u[k - 1].s != v[i].start || u[k - 1].e != v[i].end) {
			u[k].s = v[i].start;
			u[k].e = v[i].end;
			k++;
		}
	return k;
}

static void
score_ents(struct sdoc *d, struct score_report *r, size_t textlen, int known)
{
	struct side *g = &d->side[SCORE_GOLD], *s = &d->side[SCORE_SYS];
	struct ent *gv = g->ents.v, *sv = s->ents.v;
	struct iv *gu, *su;
	size_t ng, ns, i, j, k, nug, nus;

	/* ner_eval.py skips predictions outside the document's text. */
	if (known) {
		for (i = k = 0; i < s->ents.n; i++)
			if (sv[i].end <= textlen)
				sv[k++] = sv[i];
			else
				r->badspans[SCORE_SYS]++;
		s->ents.n = k;
	}
	ng = ent_set(gv, g->ents.n);
	ns = ent_set(sv, s->ents.n);
	for (i = 0; i < ng; i++)
		r->ents[gv[i].type].gold++;
	for (i = 0; i < ns; i++)
		r->ents[sv[i].type].sys++;
	for (i = j = 0; i < ng && j < ns;) {
		int c = cmp_ent(&gv[i], &sv[j]);

		if (c == 0) {
			r->ents[gv[i].type].correct++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	gu = xmalloc(ng + 1, sizeof(*gu));
	su = xmalloc(ns + 1, sizeof(*su));
	nug = span_set(gv, ng, gu);
	nus = span_set(sv, ns, su);
	r->ents_untyped.gold += nug;
	r->ents_untyped.sys += nus;
	for (i = j = 0; i < nug && j < nus;) {
		if (gu[i].s == su[j].s && gu[i].e == su[j].e) {
			r->ents_untyped.correct++;
			i++;
			j++;
		} else if (gu[i].s < su[j].s ||
		    (gu[i].s == su[j].s && gu[i].e < su[j].e))
			i++;
		else
			j++;
	}
	free(gu);
	free(su);
}

static int
cmp_tx(const void *a, const void *b)
{
	const struct tx *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* One start of a timex in the walk of pair_timexes(). */
struct txev {
	size_t		 pos;		/* its start */
	int		 side;		/* 0 gold, 1 system */
	size_t		 idx;		/* index in its side's sorted list */
};

static int
cmp_txev(const void *a, const void *b)
{
	const struct txev *x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	if (x->side != y->side)
		return x->side - y->side;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

/*
 * The one-to-one relaxed pairing of the TempEval-3 normalizer, as
 * timex_eval.py's pair_timexes(): walk the starts in text order (gold
 * first at equal starts); a timex starting inside the most recently
 * started timex of the other side pairs with it when both are unpaired.
 */
static void
score_timex(struct sdoc *d, struct score_report *r, size_t textlen, int known)
{
	struct side *sd[2] = { &d->side[SCORE_GOLD], &d->side[SCORE_SYS] };
	struct tx *v[2];
	struct txev *ev;
	size_t *seen[2], nseen[2] = { 0, 0 }, *partner[2], n[2];
	size_t i, k, ne = 0, none = SIZE_MAX;
	int a, o;

	for (a = 0; a < 2; a++) {
		v[a] = sd[a]->tx.v;
		for (i = k = 0; i < sd[a]->tx.n; i++)
			if (!known || v[a][i].end <= textlen)
				v[a][k++] = v[a][i];
			else
				r->badspans[a]++;
		n[a] = sd[a]->tx.n = k;
		if (n[a] > 0)
			qsort(v[a], n[a], sizeof(*v[a]), cmp_tx);
		seen[a] = xmalloc(n[a] + 1, sizeof(size_t));
		partner[a] = xmalloc(n[a] + 1, sizeof(size_t));
		for (i = 0; i < n[a]; i++)
			partner[a][i] = none;
	}
	r->tx_strict.gold += n[0];
	r->tx_strict.sys += n[1];
	ev = xmalloc(n[0] + n[1] + 1, sizeof(*ev));
	for (a = 0; a < 2; a++)
		for (i = 0; i < n[a]; i++) {
			ev[ne].pos = v[a][i].start;
			ev[ne].side = a;
			ev[ne++].idx = i;
		}
	if (ne > 0)
		qsort(ev, ne, sizeof(*ev), cmp_txev);
	for (i = 0; i < ne; i++) {
		size_t cover = none, idx = ev[i].idx, pos = ev[i].pos;

		a = ev[i].side;
		o = 1 - a;
		for (k = nseen[o]; k > 0; k--) {
			const struct tx *y = &v[o][seen[o][k - 1]];

			if (y->start <= pos && pos < y->end) {
				cover = seen[o][k - 1];
				break;
			}
		}
		if (cover != none && partner[o][cover] == none &&
		    partner[a][idx] == none) {
			partner[a][idx] = cover;
			partner[o][cover] = idx;
		}
		seen[a][nseen[a]++] = idx;
	}
	for (i = 0; i < n[0]; i++) {
		const struct tx *g = &v[0][i], *s;

		if (partner[0][i] == none)
			continue;
		s = &v[1][partner[0][i]];
		r->tx_relaxed.correct++;
		if (g->start == s->start && g->end == s->end)
			r->tx_strict.correct++;
		if (strcmp(g->type, s->type) == 0)
			r->tx_type.correct++;
		if (strcmp(g->value, s->value) == 0)
			r->tx_value.correct++;
		if (strcmp(g->mod, s->mod) == 0)
			r->tx_mod++;
	}
	for (a = 0; a < 2; a++) {
		free(seen[a]);
		free(partner[a]);
	}
	free(ev);
}

/* Quotes. */

/* The text a side knows for a document: its own, or rebuilt. */
struct doctext {
	const char	*b;		/* bytes, or NULL when unknown */
	size_t		 len;		/* bytes of b */
};

static int
edge_ascii(unsigned char c)
{
	return c != '\0' && strchr(" \t\r\n\"',.;:", c) != NULL;
}

/* The length of a quotation mark starting at p (p < end), or 0. */
static size_t
quote_mark_at(const char *p, const char *end)
{
	static const char *const marks[] = {
		"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
		"\xC2\xAB", "\xC2\xBB"
	};
	size_t i, n;

	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		n = strlen(marks[i]);
		if ((size_t)(end - p) >= n && memcmp(p, marks[i], n) == 0)
			return n;
	}
	return 0;
}

/* The length of a quotation mark ending at end (p <= end), or 0. */
static size_t
quote_mark_before(const char *p, const char *end)
{
	size_t n;

	for (n = 2; n <= 3; n++)
		if ((size_t)(end - p) >= n && quote_mark_at(end - n, end) == n)
			return n;
	return 0;
}

/*
 * Trim [*s, *e) of the bytes b (b[0] is document offset base) as
 * quote_eval.py does: whitespace, quotation marks and , . ; : at both
 * edges, then a leading "that ".
 */
static void
trim_span(const char *b, size_t base, size_t *s, size_t *e)
{
	const char *p = b + (*s - base), *q = b + (*e - base);
	size_t n;

	while (p < q) {
		if (edge_ascii((unsigned char)*p))
			p++;
		else if ((n = quote_mark_at(p, q)) > 0)
			p += n;
		else
			break;
	}
	while (p < q) {
		if (edge_ascii((unsigned char)q[-1]))
			q--;
		else if ((n = quote_mark_before(p, q)) > 0)
			q -= n;
		else
			break;
	}
	if (q - p > 5 && (p[0] | 0x20) == 't' && (p[1] | 0x20) == 'h' &&
	    (p[2] | 0x20) == 'a' && (p[3] | 0x20) == 't' && p[4] == ' ')
		p += 5;
	*s = base + (size_t)(p - b);
	*e = base + (size_t)(q - b);
}

static int
cmp_iv(const void *a, const void *b)
{
	const struct iv *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return (x->e > y->e) - (x->e < y->e);
}

/* A quote made ready for matching: trimmed, merged fragments. */
struct qready {
	struct iv	*iv;		/* fragments, sorted and merged */
	size_t		 n;		/* fragments */
	size_t		 size;		/* bytes covered */
	const char	*speaker;	/* NULL when none */
};

/* Sort and merge q->iv[0..q->n) and set q->size. */
static void
merge_ivs(struct qready *q)
{
	size_t i, k = q->n;

	q->size = 0;
	if (k == 0)
		return;
	qsort(q->iv, k, sizeof(*q->iv), cmp_iv);
	for (i = 1, q->n = 1; i < k; i++) {
		struct iv *last = &q->iv[q->n - 1];

		if (q->iv[i].s <= last->e) {
			if (q->iv[i].e > last->e)
				last->e = q->iv[i].e;
		} else
			q->iv[q->n++] = q->iv[i];
	}
	for (i = 0; i < q->n; i++)
		q->size += q->iv[i].e - q->iv[i].s;
}

/* Trim and merge q's fragments into out (room for q->nfrag). */
static void
ready_quote(const struct side *sd, const struct quote *q,
    const struct doctext *dt, struct qready *out)
{
	const struct iv *fr = (const struct iv *)sd->frags.v + q->frag;
	size_t i, k = 0, s, e;

	out->n = out->size = 0;
	out->speaker = q->speaker;
	for (i = 0; i < q->nfrag; i++) {
		s = fr[i].s;
		e = fr[i].e;
		if (dt->b != NULL) {
			if (e > dt->len)
				e = dt->len;
			if (s < e)
				trim_span(dt->b, 0, &s, &e);
		} else if (q->nfrag == 1 && q->text != NULL &&
		    q->text_len == e - s)
			trim_span(q->text, s, &s, &e);
		if (e > s) {
			out->iv[k].s = s;
			out->iv[k++].e = e;
		}
	}
	out->n = k;
	merge_ivs(out);
}

static size_t
iv_inter(const struct qready *a, const struct qready *b)
{
	size_t i = 0, j = 0, n = 0, lo, hi;

	while (i < a->n && j < b->n) {
		lo = a->iv[i].s > b->iv[j].s ? a->iv[i].s : b->iv[j].s;
		hi = a->iv[i].e < b->iv[j].e ? a->iv[i].e : b->iv[j].e;
		if (hi > lo)
			n += hi - lo;
		if (a->iv[i].e < b->iv[j].e)
			i++;
		else
			j++;
	}
	return n;
}

/* Names, as quote_eval.py compares speakers. */

/* Lower case, one space between words, no possessive 's, no edge
 * punctuation, no leading "the ". */
static void
norm_name(const char *s, size_t len, struct buf *out)
{
	static const char *const edge[] = {
		" ", ".", ",", ";", ":", "\"", "'", "(", ")", "[", "]", "-",
		"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94"
	};
	size_t i, k, n, start, end;
	int space = 0, changed;

	buf_clear(out);
	for (i = 0; i < len; i += n) {
		uint32_t cp;
		char enc[4];

		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			n = 1;
		if (uc_is_space(cp) || uc_is_newline(cp)) {
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = 0;
		if (cp == 0x2019)
			buf_addc(out, '\'');
		else if (n == 1)
			buf_addc(out, s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
		else
			buf_add(out, enc, utf8_encode(uc_tolower(cp), enc));
	}
	if (out->len >= 2 && memcmp(out->data + out->len - 2, "'s", 2) == 0)
		out->len -= 2;
	start = 0;
	end = out->len;
	do {
		changed = 0;
		for (k = 0; k < sizeof(edge) / sizeof(edge[0]); k++) {
			n = strlen(edge[k]);
			if (end - start >= n &&
			    memcmp(out->data + start, edge[k], n) == 0) {
				start += n;
				changed = 1;
			}
			if (end - start >= n &&
			    memcmp(out->data + end - n, edge[k], n) == 0) {
				end -= n;
				changed = 1;
			}
		}
	} while (changed && start < end);
	if (end - start >= 4 && memcmp(out->data + start, "the ", 4) == 0)
		start += 4;
	memmove(out->data, out->data + start, end - start);
	out->len = end - start;
	out->data[out->len] = '\0';
}

/* A character of a name word: quote_eval.py's [a-z0-9\u00c0-\u024f'-]. */
static int
name_char(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
	    c == '-' || (c >= 0xC0 && c <= 0x24F);
}

/* The last word of a normalized name, Jr./Sr./II... dropped; into out. */
static void
last_name(const char *s, size_t len, struct buf *tmp, struct buf *out)
{
	static const char *const suffixes[] = { "jr", "sr", "ii", "iii", "iv" };
	size_t i, e, b, k, n;
	uint32_t cp;
	int suffix;

	norm_name(s, len, tmp);
	buf_clear(out);
	e = tmp->len;
	for (;;) {
		while (e > 0) {
			n = utf8_decode_prev(tmp->data, e, &cp);
			if (name_char(cp))
				break;
			e -= n ? n : 1;
		}
		for (b = e; b > 0; b -= n) {
			n = utf8_decode_prev(tmp->data, b, &cp);
			if (!name_char(cp))
				break;
		}
		if (b == e)
			return;
		suffix = 0;
		for (k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++)
			if (strlen(suffixes[k]) == e - b &&
			    memcmp(tmp->data + b, suffixes[k], e - b) == 0)
				suffix = 1;
		if (!suffix)
			break;
		e = b;
	}
	for (i = b; i < e; i++)
		buf_addc(out, tmp->data[i]);
}

/*
 * Call-free segment walk: the name candidates of a speaker string are its
 * comma-separated parts, parentheticals dropped.  Return the number of
 * segments and put segment i's bounds in seg (up to max).
 */
static size_t
segments(const char *s, struct buf *clean, struct iv *seg, size_t max)
{
	size_t i, n = 0, start = 0;
	int depth = 0;

	buf_clear(clean);
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '(' && strchr(s + i, ')') != NULL)
			depth++;
		if (depth == 0)
			buf_addc(clean, s[i]);
		else
			buf_addc(clean, ' ');
		if (s[i] == ')' && depth > 0)
			depth--;
	}
	for (i = 0; i <= clean->len; i++)
		if (i == clean->len || clean->data[i] == ',') {
			if (n < max) {
				seg[n].s = start;
				seg[n].e = i;
			}
			n++;
			start = i + 1;
		}
	return n < max ? n : max;
}

/* Nonzero when the system's speaker names the gold's. */
static int
name_match(const char *gold, const char *sys)
{
	struct buf g, s, t, u, cg, cs;
	struct iv gseg[16], sseg[16];
	size_t ng, ns, i, k;
	int ok = 0;

	buf_init(&g);
	buf_init(&s);
	buf_init(&t);
	buf_init(&u);
	buf_init(&cg);
	buf_init(&cs);
	norm_name(gold ? gold : "", gold ? strlen(gold) : 0, &g);
	norm_name(sys ? sys : "", sys ? strlen(sys) : 0, &s);
	if (g.len == 0)
		ok = s.len == 0;
	else if (s.len == 0)
		ok = 0;
	else if (g.len == s.len && memcmp(g.data, s.data, g.len) == 0)
		ok = 1;
	else {
		ns = segments(sys, &cs, sseg, 16);
		/* The first non-empty segment of the system's name. */
		for (i = 0; i < ns; i++) {
			norm_name(cs.data + sseg[i].s, sseg[i].e - sseg[i].s, &t);
			if (t.len > 0)
				break;
		}
		if (i < ns) {
			last_name(cs.data + sseg[i].s, sseg[i].e - sseg[i].s, &t, &s);
			ng = segments(gold, &cg, gseg, 16);
			for (k = 0; s.len > 0 && k < ng && !ok; k++) {
				last_name(cg.data + gseg[k].s,
				    gseg[k].e - gseg[k].s, &t, &u);
				ok = u.len == s.len &&
				    memcmp(u.data, s.data, s.len) == 0;
			}
		}
	}
	buf_free(&g);
	buf_free(&s);
	buf_free(&t);
	buf_free(&u);
	buf_free(&cg);
	buf_free(&cs);
	return ok;
}

/* Nonzero when a speaker string names anyone once normalized. */
static int
has_name(const char *s)
{
	struct buf t;
	int yes;

	if (s == NULL)
		return 0;
	buf_init(&t);
	norm_name(s, strlen(s), &t);
	yes = t.len > 0;
	buf_free(&t);
	return yes;
}

/* A candidate overlap pair. */
struct qpair {
	size_t		 inter;		/* bytes shared */
	size_t		 big;		/* the larger of the two sizes */
	size_t		 si;		/* system quote */
	size_t		 gi;		/* gold quote */
};

static int
cmp_qpair(const void *a, const void *b)
{
	const struct qpair *x = a, *y = b;
	double l = (double)x->inter * (double)y->big;
	double r = (double)y->inter * (double)x->big;

	if (l != r)
		return l > r ? -1 : 1;	/* the best ratio first */
	if (x->si != y->si)
		return x->si < y->si ? -1 : 1;
	return (x->gi > y->gi) - (x->gi < y->gi);
}

/*
 * Nonzero when quote j repeats an earlier quote i of the same side: the
 * same fragments as given and the same speaker (quote_eval.py's dedup()).
 */
static int
same_quote(const struct side *sd, const struct quote *a, const struct quote *b,
    struct buf *t1, struct buf *t2)
{
	const struct iv *fr = sd->frags.v;
	size_t k;

	if (a->nfrag != b->nfrag)
		return 0;
	for (k = 0; k < a->nfrag; k++)
		if (fr[a->frag + k].s != fr[b->frag + k].s ||
		    fr[a->frag + k].e != fr[b->frag + k].e)
			return 0;
	norm_name(a->speaker ? a->speaker : "", a->speaker ? strlen(a->speaker) : 0, t1);
	norm_name(b->speaker ? b->speaker : "", b->speaker ? strlen(b->speaker) : 0, t2);
	return t1->len == t2->len && memcmp(t1->data, t2->data, t1->len) == 0;
}

/*
 * Ready every quote of a side (dropping repeats when dedup is set);
 * return how many have content.
 */
static size_t
ready_side(const struct side *sd, const struct doctext *dt, int dedup,
    struct qready **out)
{
	const struct quote *q = sd->quotes.v;
	struct qready *v;
	struct buf t1, t2;
	size_t i, k, n = 0;

	buf_init(&t1);
	buf_init(&t2);
	v = xmalloc(sd->quotes.n + 1, sizeof(*v));
	for (i = 0; i < sd->quotes.n; i++) {
		for (k = 0; dedup && k < i; k++)
			if (same_quote(sd, &q[k], &q[i], &t1, &t2))
				break;
		if (dedup && k < i)
			continue;
		v[n].iv = xmalloc(q[i].nfrag, sizeof(struct iv));
		ready_quote(sd, &q[i], dt, &v[n]);
		if (v[n].n > 0)
			n++;
		else
			free(v[n].iv);
	}
	buf_free(&t1);
	buf_free(&t2);
	*out = v;
	return n;
}

/*
 * A quote cut in two by its attribution ("A," he said, "B.") is one gold
 * quote with two fragments.  As quote_eval.py does by default, system
 * quotes lying (half their bytes or more) inside the same gold quote are
 * merged into one first: the merged ones come first, in order of their
 * first member, then the others in their order.  Return the new count.
 */
static size_t
merge_split(struct qready *s, size_t ns, const struct qready *g, size_t ng)
{
	struct qready *v, m;
	size_t *home, i, j, k, n = 0, best_n, best_s, inter, cnt, nf;
	size_t none = SIZE_MAX;
	unsigned char *done;

	if (ns < 2)
		return ns;
	home = xmalloc(ns, sizeof(*home));
	done = xcalloc(ns, 1);
	v = xmalloc(ns, sizeof(*v));
	for (j = 0; j < ns; j++) {
		home[j] = none;
		best_n = 0;
		best_s = 1;
		for (i = 0; i < ng; i++) {
			inter = iv_inter(&s[j], &g[i]);
			/* inter / size > best, the first best kept. */
			if (inter > 0 && (double)inter * (double)best_s >
			    (double)best_n * (double)s[j].size) {
				best_n = inter;
				best_s = s[j].size;
				home[j] = i;
			}
		}
		if (home[j] != none && 2 * best_n < s[j].size)
			home[j] = none;
	}
	for (j = 0; j < ns; j++) {
		if (home[j] == none || done[j])
			continue;
		/* Is j the first of a group of two or more? */
		for (cnt = 0, nf = 0, k = j; k < ns; k++)
			if (home[k] == home[j]) {
				cnt++;
				nf += s[k].n;
			}
		if (cnt < 2)
			continue;
		m = s[j];
		m.iv = xmalloc(nf, sizeof(struct iv));
		m.n = 0;
		m.speaker = NULL;
		for (k = j; k < ns; k++) {
			if (home[k] != home[j])
				continue;
			memcpy(m.iv + m.n, s[k].iv, s[k].n * sizeof(struct iv));
			m.n += s[k].n;
			done[k] = 1;
		}
		/* The first member's speaker, or the first one given. */
		m.speaker = s[j].speaker;
		if (!has_name(m.speaker))
			for (k = j; k < ns; k++)
				if (home[k] == home[j] && has_name(s[k].speaker)) {
					m.speaker = s[k].speaker;
					break;
				}
		merge_ivs(&m);
		v[n++] = m;
	}
	if (n == 0) {
		free(v);
		free(home);
		free(done);
		return ns;
	}
	for (j = 0; j < ns; j++)
		if (done[j])
			free(s[j].iv);
		else
			v[n++] = s[j];
	memcpy(s, v, n * sizeof(*s));
	free(v);
	free(home);
	free(done);
	return n;
}

static void
score_quotes(struct sdoc *d, struct score_report *r, const struct doctext *dt)
{
	struct qready *g, *s;
	struct qpair *pv;
	size_t ng, ns, np = 0, i, j, inter, big;
	unsigned char *gused, *sused;

	ng = ready_side(&d->side[SCORE_GOLD], dt, 0, &g);
	ns = ready_side(&d->side[SCORE_SYS], dt, 1, &s);
	ns = merge_split(s, ns, g, ng);
	r->q_exact.gold += ng;
	r->q_exact.sys += ns;
	gused = xcalloc(ng + 1, 1);
	sused = xcalloc(ns + 1, 1);
	/* Exact: the same trimmed outer bounds, one-to-one. */
	for (j = 0; j < ns; j++)
		for (i = 0; i < ng; i++)
			if (!gused[i] && g[i].iv[0].s == s[j].iv[0].s &&
			    g[i].iv[g[i].n - 1].e == s[j].iv[s[j].n - 1].e) {
				gused[i] = 1;
				r->q_exact.correct++;
				break;
			}
	/* Overlap: greedy, best ratio first, ratio at least one half. */
	pv = xmalloc(ng * ns + 1, sizeof(*pv));
	for (j = 0; j < ns; j++)
		for (i = 0; i < ng; i++) {
			inter = iv_inter(&s[j], &g[i]);
			big = s[j].size > g[i].size ? s[j].size : g[i].size;
			if (inter > 0 && 2 * inter >= big) {
				pv[np].inter = inter;
				pv[np].big = big;
				pv[np].si = j;
				pv[np++].gi = i;
			}
		}
	if (np > 0)
		qsort(pv, np, sizeof(*pv), cmp_qpair);
	memset(gused, 0, ng + 1);
	for (i = 0; i < np; i++) {
		if (gused[pv[i].gi] || sused[pv[i].si])
			continue;
		gused[pv[i].gi] = sused[pv[i].si] = 1;
		r->q_overlap.correct++;
		if (name_match(g[pv[i].gi].speaker, s[pv[i].si].speaker))
			r->q_speaker.correct++;
	}
	for (i = 0; i < ng; i++)
		free(g[i].iv);
	for (j = 0; j < ns; j++)
		free(s[j].iv);
	free(g);
	free(s);
	free(pv);
	free(gused);
	free(sused);
}

/* Sentence boundaries, as sent_eval.py counts them. */
static void
score_sents(struct sdoc *d, struct score_report *r, const struct doctext *dt)
{
	struct vec b[2];
	size_t end = 0, i, k, n[2], e;
	const size_t *bv;
	int a;

	memset(b, 0, sizeof(b));
	for (a = 0; a < 2; a++) {
		struct side *sd = &d->side[a];
		const struct iv *iv = sd->sentiv.v;

		bv = sd->bounds.v;
		for (i = 0; i < sd->bounds.n; i++)
			*(size_t *)vec_push(&b[a], sizeof(size_t)) = bv[i];
		for (i = 0; i < sd->sentiv.n; i++) {
			e = iv[i].e;
			if (dt->b != NULL) {
				if (e > dt->len)
					continue;
				while (e > iv[i].s && is_ws(dt->b[e - 1]))
					e--;
			}
			if (e > iv[i].s)
				*(size_t *)vec_push(&b[a], sizeof(size_t)) = e;
		}
		n[a] = b[a].n;
		if (n[a] > 0)
			qsort(b[a].v, n[a], sizeof(size_t), cmp_size);
		bv = b[a].v;
		for (i = k = 0; i < n[a]; i++)
			if (k == 0 || bv[k - 1] != bv[i])
				((size_t *)b[a].v)[k++] = bv[i];
		n[a] = k;
	}
	/* The document's last boundary comes free and is not counted. */
	if (d->side[SCORE_GOLD].text != NULL) {
		end = d->side[SCORE_GOLD].text_len;
		while (end > 0 && is_ws(d->side[SCORE_GOLD].text[end - 1]))
			end--;
	} else if (n[0] > 0)
		end = ((size_t *)b[0].v)[n[0] - 1];
	for (a = 0; a < 2; a++) {
		bv = b[a].v;
		while (n[a] > 0 && bv[n[a] - 1] >= end)
			n[a]--;
	}
	r->sents.gold += n[0];
	r->sents.sys += n[1];
	for (i = k = 0; i < n[0] && k < n[1];) {
		const size_t *gv = b[0].v, *sv = b[1].v;

		if (gv[i] == sv[k]) {
			r->sents.correct++;
			i++;
			k++;
		} else if (gv[i] < sv[k])
			i++;
		else
			k++;
	}
	free(b[0].v);
	free(b[1].v);
}

/* The text of d for trimming quotes: a document record's, else rebuilt
 * from sentence records (gaps as spaces), gold first. */
static void
doc_text(const struct sdoc *d, struct buf *tmp, struct doctext *dt)
{
	const struct side *sd;
	const struct piece *pc;
	size_t i, len, total;
	int a;

	dt->b = NULL;
	dt->len = 0;
	for (a = 0; a < 2; a++)
		if (d->side[a].text != NULL) {
			dt->b = d->side[a].text;
			dt->len = d->side[a].text_len;
			return;
		}
	for (a = 0; a < 2; a++) {
		sd = &d->side[a];
		if (sd->pieces.n == 0)
			continue;
		pc = sd->pieces.v;
		for (i = len = total = 0; i < sd->pieces.n; i++) {
			if (pc[i].len > SIZE_MAX - pc[i].start)
				break;
			if (pc[i].start + pc[i].len > len)
				len = pc[i].start + pc[i].len;
			total += pc[i].len;
		}
		/*
		 * Offsets far apart (a sentence at byte 10^12) would make
		 * memory grow with the offsets, not the input: no text then.
		 */
		if (i < sd->pieces.n || len / 2 > total + 65536)
			continue;
		buf_clear(tmp);
		buf_grow(tmp, len);
		memset(tmp->data, ' ', len);
		for (i = 0; i < sd->pieces.n; i++)
			memcpy(tmp->data + pc[i].start, pc[i].text, pc[i].len);
		tmp->len = len;
		tmp->data[len] = '\0';
		dt->b = tmp->data;
		dt->len = len;
		return;
	}
}

/* Fact records. */

/*
 * seed_eval.py's normal form: lower case, quotation marks and apostrophes
 * dropped, other punctuation (but '-' and '_') made a space, one space
 * between words.  Into out, NUL-terminated.
 */
static void
fact_norm(const char *s, struct buf *out)
{
	size_t i, n, len = strlen(s);
	int space = 0;
	uint32_t cp;
	char enc[4];

	buf_clear(out);
	for (i = 0; i < len; i += n) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			n = 1;
		if (cp == '"' || cp == '\'' || cp == '`' || cp == 0x2018 ||
		    cp == 0x2019 || cp == 0x201C || cp == 0x201D)
			continue;
		if (!uc_is_alnum(cp) && cp != '-' && cp != '_') {
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = 0;
		buf_add(out, enc, utf8_encode(uc_tolower(cp), enc));
	}
	buf_addc(out, '\0');
	out->len--;
}

/* The words of a normalized string, as offsets into it; return how many. */
static size_t
fact_words(const struct buf *b, struct vec *w)
{
	size_t i, start = 0;
	struct iv *iv;

	w->n = 0;
	for (i = 0; i <= b->len; i++)
		if (i == b->len || b->data[i] == ' ') {
			if (i > start) {
				iv = vec_push(w, sizeof(*iv));
				iv->s = start;
				iv->e = i;
			}
			start = i + 1;
		}
	return w->n;
}

/* Nonzero when word x of a equals word y of b. */
static int
same_word(const struct buf *a, const struct iv *x, const struct buf *b,
    const struct iv *y)
{
	return x->e - x->s == y->e - y->s &&
	    memcmp(a->data + x->s, b->data + y->s, x->e - x->s) == 0;
}

/*
 * seed_eval.py's overlap of two texts: the words they share (counted
 * with multiplicity) over the word count of the longer, as a fraction.
 */
static double
fact_overlap(const char *a, const char *b)
{
	struct buf na, nb;
	struct vec wa, wb;
	size_t i, k, inter = 0, big;
	char *used;

	buf_init(&na);
	buf_init(&nb);
	memset(&wa, 0, sizeof(wa));
	memset(&wb, 0, sizeof(wb));
	fact_norm(a, &na);
	fact_norm(b, &nb);
	fact_words(&na, &wa);
	fact_words(&nb, &wb);
	used = xcalloc(wb.n + 1, 1);
	for (i = 0; i < wa.n; i++)
		for (k = 0; k < wb.n; k++)
			if (!used[k] && same_word(&na, (struct iv *)wa.v + i, &nb,
			    (struct iv *)wb.v + k)) {
				used[k] = 1;
				inter++;
				break;
			}
	big = wa.n > wb.n ? wa.n : wb.n;
	free(used);
	free(wa.v);
	free(wb.v);
	buf_free(&na);
	buf_free(&nb);
	return big && wa.n && wb.n ? (double)inter / (double)big : 0.0;
}

/* Nonzero when normalized a and b are the same, non-empty. */
static int
fact_same(const char *a, const char *b, struct buf *t, struct buf *u)
{
	fact_norm(a, t);
	fact_norm(b, u);
	return t->len > 0 && t->len == u->len && memcmp(t->data, u->data, t->len) == 0;
}

/*
 * seed_eval.py's same_person: the system's speaker names the gold one (or
 * one of its '\n'-separated alternatives) when equal once normalized,
 * when the last words agree, or when it contains the gold name.
 */
static int
fact_speaker(const char *sys, const char *gold, const char *also)
{
	struct buf s, g, one;
	const char *p, *nl;
	int ok = 0, pass;

	buf_init(&s);
	buf_init(&g);
	buf_init(&one);
	fact_norm(sys, &s);
	for (pass = 0; pass < 2 && !ok && s.len > 0; pass++)
		for (p = pass ? also : gold; p != NULL && *p != '\0' && !ok; p = nl) {
			nl = strchr(p, '\n');
			buf_clear(&one);
			buf_add(&one, p, nl ? (size_t)(nl - p) : strlen(p));
			buf_addc(&one, '\0');
			fact_norm(one.data, &g);
			if (nl != NULL)
				nl++;
			if (g.len == 0)
				continue;
			ok = strcmp(s.data, g.data) == 0 ||
			    strcmp(strrchr(s.data, ' ') ? strrchr(s.data, ' ') + 1 : s.data,
			    strrchr(g.data, ' ') ? strrchr(g.data, ' ') + 1 : g.data) == 0 ||
			    strstr(s.data, g.data) != NULL;
		}
	buf_free(&s);
	buf_free(&g);
	buf_free(&one);
	return ok;
}

/*
 * seed_eval.py's title test: the system's title has at most ten words and
 * holds at least half the gold title's words.
 */
static int
fact_title(const char *sys, const char *gold)
{
	struct buf ns, ng;
	struct vec ws, wg;
	size_t i, k, in = 0;
	int ok;

	buf_init(&ns);
	buf_init(&ng);
	memset(&ws, 0, sizeof(ws));
	memset(&wg, 0, sizeof(wg));
	fact_norm(sys, &ns);
	fact_norm(gold, &ng);
	fact_words(&ns, &ws);
	fact_words(&ng, &wg);
	for (i = 0; i < wg.n; i++)
		for (k = 0; k < ws.n; k++)
			if (same_word(&ng, (struct iv *)wg.v + i, &ns,
			    (struct iv *)ws.v + k)) {
				in++;
				break;
			}
	ok = ws.n > 0 && ws.n <= 10 && 2 * in >= wg.n;
	free(ws.v);
	free(wg.v);
	buf_free(&ns);
	buf_free(&ng);
	return ok;
}

static void
score_facts(struct sdoc *d, struct score_report *r)
{
	const struct side *g = &d->side[SCORE_GOLD], *s = &d->side[SCORE_SYS];
	const struct fact *gf = g->facts.v, *sf = s->facts.v, *best;
	struct buf t, u;
	size_t i, k, n, bi = 0;
	double o, bo;
	char *used;
	int pass, ty;

	buf_init(&t);
	buf_init(&u);
	used = xcalloc(s->facts.n + 1, 1);
	for (k = 0; k < s->facts.n; k++) {
		if (sf[k].kind == FACT_QUOTE)
			r->f_quotes.sys++;
		else if (sf[k].kind == FACT_ENTITY && sf[k].type >= 0 &&
		    sf[k].type < 3) {
			r->f_ents[sf[k].type].sys++;
			if (sf[k].type == SCORE_PERSON && sf[k].other[0] != '\0')
				r->f_titles.sys++;
		} else if (sf[k].kind == FACT_TIMEX)
			r->f_timex.sys += sf[k].count;
	}
	/* Quotes: direct and partial ones first, then indirect, as seed_eval. */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < g->facts.n; i++) {
			if (gf[i].kind != FACT_QUOTE || gf[i].indirect != pass)
				continue;
			r->f_quotes.gold++;
			best = NULL;
			bo = 0.0;
			for (k = 0; k < s->facts.n; k++) {
				if (used[k] || sf[k].kind != FACT_QUOTE)
					continue;
				if ((o = fact_overlap(gf[i].text, sf[k].text)) > bo) {
					bo = o;
					best = &sf[k];
					bi = k;
				}
			}
			if (best == NULL || bo < 0.5)
				continue;
			used[bi] = 1;
			r->f_quotes.correct++;
			if (fact_speaker(best->other, gf[i].other, gf[i].also))
				r->f_speaker.correct++;
		}
	for (i = 0; i < g->facts.n; i++) {
		switch (gf[i].kind) {
		case FACT_ENTITY:
			if ((ty = gf[i].type) < 0 || ty > 2)
				break;
			r->f_ents[ty].gold++;
			for (k = 0; k < s->facts.n; k++)
				if (sf[k].kind == FACT_ENTITY && sf[k].type == ty &&
				    fact_same(gf[i].text, sf[k].text, &t, &u))
					break;
			if (k < s->facts.n)
				r->f_ents[ty].correct++;
			if (ty != SCORE_PERSON || gf[i].other[0] == '\0')
				break;
			r->f_titles.gold++;
			if (k < s->facts.n && fact_title(sf[k].other, gf[i].other))
				r->f_titles.correct++;
			break;
		case FACT_TIMEX:
			r->f_timex.gold += gf[i].count;
			for (n = 0, k = 0; k < s->facts.n; k++)
				if (sf[k].kind == FACT_TIMEX &&
				    strcmp(sf[k].other, gf[i].other) == 0 &&
				    fact_same(gf[i].text, sf[k].text, &t, &u))
					n += sf[k].count;
			r->f_timex.correct += n < gf[i].count ? n : gf[i].count;
			break;
		case FACT_NOT_TIMEX:
			fact_norm(gf[i].text, &t);
			for (k = 0; k < s->facts.n; k++) {
				if (sf[k].kind != FACT_TIMEX)
					continue;
				fact_norm(sf[k].text, &u);
				if (u.len > 0 && strstr(t.data, u.data) != NULL)
					r->f_timex_false += sf[k].count;
			}
			break;
		}
	}
	free(used);
	buf_free(&t);
	buf_free(&u);
}

void
score_compute(struct score *sc, struct score_report *r)
{
	struct doctext dt;
	struct buf text;
	struct sdoc *d;
	size_t i, t;
	int a;

	memset(r, 0, sizeof(*r));
	buf_init(&text);
	r->has_ents = sc->has[SCORE_GOLD][K_ENTS];
	r->has_timex = sc->has[SCORE_GOLD][K_TIMEX];
	r->has_quotes = sc->has[SCORE_GOLD][K_QUOTES];
	r->has_sents = sc->has[SCORE_GOLD][K_SENTS];
	r->has_facts = sc->has[SCORE_GOLD][K_FACTS];
	for (a = 0; a < 2; a++) {
		r->badspans[a] = sc->badspans[a];
		r->dropped[a] = sc->dropped[a];
	}
	for (i = 0; i < sc->n; i++) {
		d = sc->docs[i];
		for (a = 0; a < 2; a++)
			r->ndocs[a] += d->side[a].present;
		if (!d->side[SCORE_GOLD].present) {
			r->extra++;
			continue;
		}
		if (!d->side[SCORE_SYS].present)
			r->missing++;
		if (r->has_ents)
			score_ents(d, r, d->side[SCORE_GOLD].text_len,
			    d->side[SCORE_GOLD].text != NULL);
		if (r->has_timex)
			score_timex(d, r, d->side[SCORE_GOLD].text_len,
			    d->side[SCORE_GOLD].text != NULL);
		if (r->has_quotes || (r->has_sents && d->side[SCORE_GOLD].has_sents))
			doc_text(d, &text, &dt);
		if (r->has_quotes)
			score_quotes(d, r, &dt);
		if (r->has_sents && d->side[SCORE_GOLD].has_sents)
			score_sents(d, r, &dt);
		if (r->has_facts)
			score_facts(d, r);
	}
	for (t = 0; t < SCORE_NTYPES; t++) {
		r->ents_all.gold += r->ents[t].gold;
		r->ents_all.sys += r->ents[t].sys;
		r->ents_all.correct += r->ents[t].correct;
	}
	r->tx_relaxed.gold = r->tx_type.gold = r->tx_value.gold = r->tx_strict.gold;
	r->tx_relaxed.sys = r->tx_type.sys = r->tx_value.sys = r->tx_strict.sys;
	r->q_overlap.gold = r->q_speaker.gold = r->q_exact.gold;
	r->q_overlap.sys = r->q_speaker.sys = r->q_exact.sys;
	r->f_speaker.gold = r->f_quotes.gold;
	r->f_speaker.sys = r->f_quotes.sys;
	r->f_all = r->f_speaker;
	for (t = 0; t < 3; t++) {
		r->f_all.gold += r->f_ents[t].gold;
		r->f_all.sys += r->f_ents[t].sys;
		r->f_all.correct += r->f_ents[t].correct;
	}
	r->f_all.gold += r->f_titles.gold + r->f_timex.gold;
	r->f_all.sys += r->f_titles.sys;
	r->f_all.correct += r->f_titles.correct;
	r->f_all.sys += r->f_timex.sys;
	r->f_all.correct += r->f_timex.correct;
	buf_free(&text);
}

void
score_prf_get(const struct score_prf *p, double *prec, double *rec, double *f1)
{
	*prec = p->sys ? 100.0 * (double)p->correct / (double)p->sys : 0.0;
	*rec = p->gold ? 100.0 * (double)p->correct / (double)p->gold : 0.0;
	*f1 = *prec + *rec > 0 ? 2 * *prec * *rec / (*prec + *rec) : 0.0;
}

const struct score_prf *
score_headline(const struct score_report *r, int i, const char **name)
{
	switch (i) {
	case 0:
		*name = "ents overall";
		return r->has_ents ? &r->ents_all : NULL;
	case 1:
		*name = "timex value";
		return r->has_timex ? &r->tx_value : NULL;
	case 2:
		*name = "quotes speaker";
		return r->has_quotes ? &r->q_speaker : NULL;
	case 3:
		*name = "sentences boundaries";
		return r->has_sents ? &r->sents : NULL;
	case 4:
		*name = "facts overall";
		return r->has_facts ? &r->f_all : NULL;
	}
	*name = "";
	return NULL;
}

/* Output. */

static const char *const type_names[SCORE_NTYPES] = {
	"PERSON", "ORG", "LOC", "MISC"
};

/* One section of the report: its name and its lines. */
struct section {
	const char	*name;		/* "ents"... */
	size_t		 n;		/* lines */
	const char	*label[8];	/* line names */
	const struct score_prf *prf[8];	/* line counts */
};

/* The sections the gold has, in report order; return how many. */
static size_t
sections(const struct score_report *r, struct section *sv)
{
	size_t n = 0, t;

	if (r->has_ents) {
		sv[n].name = "ents";
		for (t = 0; t < SCORE_NTYPES; t++) {
			sv[n].label[t] = type_names[t];
			sv[n].prf[t] = &r->ents[t];
		}
		sv[n].label[4] = "overall";
		sv[n].prf[4] = &r->ents_all;
		sv[n].label[5] = "untyped";
		sv[n].prf[5] = &r->ents_untyped;
		sv[n++].n = 6;
	}
	if (r->has_timex) {
		sv[n].name = "timex";
		sv[n].label[0] = "strict";
		sv[n].prf[0] = &r->tx_strict;
		sv[n].label[1] = "relaxed";
		sv[n].prf[1] = &r->tx_relaxed;
		sv[n].label[2] = "type";
		sv[n].prf[2] = &r->tx_type;
		sv[n].label[3] = "value";
		sv[n].prf[3] = &r->tx_value;
		sv[n++].n = 4;
	}
	if (r->has_quotes) {
		sv[n].name = "quotes";
		sv[n].label[0] = "exact";
		sv[n].prf[0] = &r->q_exact;
		sv[n].label[1] = "overlap";
		sv[n].prf[1] = &r->q_overlap;
		sv[n].label[2] = "speaker";
		sv[n].prf[2] = &r->q_speaker;
		sv[n++].n = 3;
	}
	if (r->has_sents) {
		sv[n].name = "sentences";
		sv[n].label[0] = "boundaries";
		sv[n].prf[0] = &r->sents;
		sv[n++].n = 1;
	}
	if (r->has_facts) {
		sv[n].name = "facts";
		sv[n].label[0] = "quotes";
		sv[n].prf[0] = &r->f_quotes;
		sv[n].label[1] = "speaker";
		sv[n].prf[1] = &r->f_speaker;
		for (t = 0; t < 3; t++) {
			sv[n].label[2 + t] = type_names[t];
			sv[n].prf[2 + t] = &r->f_ents[t];
		}
		sv[n].label[5] = "titles";
		sv[n].prf[5] = &r->f_titles;
		sv[n].label[6] = "timex";
		sv[n].prf[6] = &r->f_timex;
		sv[n].label[7] = "overall";
		sv[n].prf[7] = &r->f_all;
		sv[n++].n = 8;
	}
	return n;
}

void
score_format_text(const struct score_report *r, struct buf *out)
{
	struct section sv[5];
	size_t ns, i, k;
	double p, rc, f;

	buf_printf(out, "documents: gold %zu, system %zu, missing %zu, "
	    "not in gold %zu\n", r->ndocs[0], r->ndocs[1], r->missing, r->extra);
	ns = sections(r, sv);
	if (ns == 0)
		buf_adds(out, "the gold has no ents, timex, quotes, sentences "
		    "or facts\n");
	for (i = 0; i < ns; i++) {
		buf_printf(out, "%-12s %7s %7s %7s %7s %7s %7s\n", sv[i].name,
		    "gold", "sys", "correct", "P", "R", "F1");
		for (k = 0; k < sv[i].n; k++) {
			score_prf_get(sv[i].prf[k], &p, &rc, &f);
			buf_printf(out, "  %-10s %7zu %7zu %7zu %7.2f %7.2f %7.2f\n",
			    sv[i].label[k], sv[i].prf[k]->gold, sv[i].prf[k]->sys,
			    sv[i].prf[k]->correct, p, rc, f);
		}
	}
	if (r->has_timex && r->tx_relaxed.correct > 0)
		buf_printf(out, "timex on relaxed pairs: type %.2f%%, value "
		    "%.2f%%, mod %.2f%% right\n",
		    100.0 * (double)r->tx_type.correct / (double)r->tx_relaxed.correct,
		    100.0 * (double)r->tx_value.correct / (double)r->tx_relaxed.correct,
		    100.0 * (double)r->tx_mod / (double)r->tx_relaxed.correct);
	if (r->has_facts)
		buf_printf(out, "timex facts inside a gold not_timex: %zu\n",
		    r->f_timex_false);
	if (r->badspans[0] || r->badspans[1])
		buf_printf(out, "skipped spans without usable offsets: gold %zu, "
		    "system %zu\n", r->badspans[0], r->badspans[1]);
	if (r->dropped[0] || r->dropped[1])
		buf_printf(out, "ignored entities of other types: gold %zu, "
		    "system %zu\n", r->dropped[0], r->dropped[1]);
}

static void
put_prf(struct buf *out, const char *label, const struct score_prf *pr)
{
	double p, rc, f;

	score_prf_get(pr, &p, &rc, &f);
	json_put_string(out, label, strlen(label));
	buf_printf(out, ":{\"gold\":%zu,\"sys\":%zu,\"correct\":%zu,"
	    "\"P\":%.4f,\"R\":%.4f,\"F1\":%.4f}", pr->gold, pr->sys,
	    pr->correct, p, rc, f);
}

void
score_format_json(const struct score_report *r, struct buf *out)
{
	struct section sv[5];
	size_t ns, i, k;

	buf_printf(out, "{\"docs\":{\"gold\":%zu,\"system\":%zu,\"missing\":%zu,"
	    "\"extra\":%zu}", r->ndocs[0], r->ndocs[1], r->missing, r->extra);
	ns = sections(r, sv);
	for (i = 0; i < ns; i++) {
		buf_printf(out, ",\"%s\":{", sv[i].name);
		for (k = 0; k < sv[i].n; k++) {
			if (k > 0)
				buf_addc(out, ',');
			put_prf(out, sv[i].label[k], sv[i].prf[k]);
		}
		if (strcmp(sv[i].name, "timex") == 0)
			buf_printf(out, ",\"mod_correct\":%zu", r->tx_mod);
		if (strcmp(sv[i].name, "facts") == 0)
			buf_printf(out, ",\"timex_false\":%zu", r->f_timex_false);
		buf_addc(out, '}');
	}
	buf_printf(out, ",\"skipped_spans\":{\"gold\":%zu,\"system\":%zu}",
	    r->badspans[0], r->badspans[1]);
	buf_printf(out, ",\"ignored_types\":{\"gold\":%zu,\"system\":%zu}}\n",
	    r->dropped[0], r->dropped[1]);
}
