/*
 * The rendering core of lede-show.  A document is first read into a small
 * model (sentences, spans, people, quotes, events), all in the document's
 * arena; the HTML and ANSI writers then walk it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "mem.h"
#include "rec.h"
#include "show.h"

#define SP_QUOTE	0	/* span kinds, outermost first at equal extent */
#define SP_SPEAKER	1
#define SP_TIMEX	2
#define SP_ENT		3

struct span {
	size_t		 start;		/* document byte offset */
	size_t		 end;		/* exclusive */
	int		 kind;		/* SP_* */
	const char	*type;		/* entity or TIMEX type, quote kind */
	const char	*value;		/* TIMEX value, quote cue */
	const char	*speaker;	/* a quote's speaker, or NULL */
	size_t		 id;		/* quote number from 1, for anchors */
	size_t		 person;	/* index + 1 into people, 0 for none */
};

struct person {
	const char	*id;		/* fact id ("E7"), or NULL */
	const char	*name;		/* the name */
	const char	*title;		/* title from the facts, or NULL */
	const char	**aliases;	/* other names */
	size_t		 naliases;	/* entries at aliases */
	size_t		 mentions;	/* mentions counted */
	size_t		 nquotes;	/* quotes attributed */
};

/* A quote without a span: a quote fact. */
struct qfact {
	const char	*speaker;	/* who */
	const char	*quote;		/* what */
	const char	*cue;		/* the verb */
	size_t		 person;	/* index + 1 into people, 0 for none */
};

/* Bytes of an event's sentence the timeline shows: it is a digest. */
#define EVENT_TEXT_MAX	300

struct event {
	const char	*date;		/* TIMEX value */
	const char	*text;		/* the sentence */
	size_t		 sent;		/* index + 1 of its sentence record, or 0 */
	const char	*who;		/* names, comma-separated, or NULL */
	size_t		 order;		/* input order, for a stable sort */
};

struct model {
	struct arena	*a;		/* everything below lives here */
	const struct sentence **sv;	/* sentence records by start */
	size_t		 ns;		/* sentences */
	struct span	*spv;		/* spans */
	size_t		 nsp, spcap;	/* used, allocated */
	struct person	*pv;		/* people */
	size_t		 np, pcap;	/* used, allocated */
	struct qfact	*qv;		/* quote facts */
	size_t		 nq, qcap;	/* used, allocated */
	const char	**idv;		/* entity fact ids and names, in pairs */
	size_t		 nid, idcap;	/* pairs used, allocated */
	struct event	*ev;		/* events */
	size_t		 ne, ecap;	/* used, allocated */
	const char	*dct;		/* the document creation time */
	size_t		 nquotes;	/* quote spans */
	int		 has_events;	/* event facts were given */
	struct json_obj	 elem;		/* one array element */
	struct buf	 tmp;		/* decoding */
};

/* Make room for one more element of size at *v, in the arena. */
static void *
grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	void *nv;

	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 16;
	nv = arena_calloc(a, *cap, size);
	if (n > 0)
		memcpy(nv, v, n * size);
	return nv;
}

void
show_escape(struct buf *out, const char *s, size_t len)
{
	const char *run = s, *end = s + len;

	for (; s < end; s++) {
		const char *ref;

		switch (*s) {
		case '&': ref = "&amp;"; break;
		case '<': ref = "&lt;"; break;
		case '>': ref = "&gt;"; break;
		case '"': ref = "&quot;"; break;
		case '\'': ref = "&#39;"; break;
		default: continue;
		}
		buf_add(out, run, (size_t)(s - run));
		buf_adds(out, ref);
		run = s + 1;
	}
	buf_add(out, run, (size_t)(end - run));
}

static void
esc(struct buf *out, const char *s)
{
	if (s != NULL)
		show_escape(out, s, strlen(s));
}

/* Reading the records. */

/* A string member decoded into the arena, or NULL. */
static const char *
get_str(struct model *m, const char *p, const struct json_obj *o,
    const char *key)
{
	return json_member_string(p, o, key, m->a, NULL);
}

typedef void elem_fn(struct model *m, const char *p, size_t len,
    enum json_type type, int arg);

/* Call fn on each element of the array member key of (line, o). */
static void
each_elem(struct model *m, const char *line, const struct json_obj *o,
    const char *key, elem_fn *fn, int arg)
{
	const struct json_member *mb = json_find(line, o, key);
	struct json_iter it;
	enum json_type type;
	const char *p;
	size_t n;

	if (mb == NULL || mb->type != JSON_ARRAY)
		return;
	json_iter_init(&it, line + mb->val_off, mb->val_len);
	while ((n = json_iter_next(&it, &p, &type, NULL)) > 0)
		fn(m, p, n, type, arg);
}

static void
read_span(struct model *m, const char *p, size_t len, enum json_type type,
    int kind)
{
	struct json_err err;
	struct span *sp;
	size_t s, e, ss, se;

	if (type != JSON_OBJECT || json_scan_object(p, len, &m->elem, &err) != 0 ||
	    json_member_size(p, &m->elem, "start", &s) != 0 ||
	    json_member_size(p, &m->elem, "end", &e) != 0 || e <= s)
		return;
	m->spv = grow(m->a, m->spv, m->nsp, &m->spcap, sizeof(*m->spv));
	sp = &m->spv[m->nsp++];
	sp->start = s;
	sp->end = e;
	sp->kind = kind;
	if (kind == SP_QUOTE) {
		sp->type = get_str(m, p, &m->elem, "kind");
		sp->value = get_str(m, p, &m->elem, "cue");
		sp->speaker = get_str(m, p, &m->elem, "speaker");
		sp->id = ++m->nquotes;
		/* The speaker's mention, when given, is marked too. */
		if (json_member_size(p, &m->elem, "speaker_start", &ss) == 0 &&
		    json_member_size(p, &m->elem, "speaker_end", &se) == 0 && se > ss) {
			const char *speaker = sp->speaker;
			size_t id = sp->id;

			m->spv = grow(m->a, m->spv, m->nsp, &m->spcap,
			    sizeof(*m->spv));
			sp = &m->spv[m->nsp++];
			sp->start = ss;
			sp->end = se;
			sp->kind = SP_SPEAKER;
			sp->speaker = speaker;
			sp->id = id;
		}
	} else {
		sp->type = get_str(m, p, &m->elem, "type");
		sp->value = get_str(m, p, &m->elem, "value");
	}
}

static void
read_alias(struct model *m, const char *p, size_t len, enum json_type type,
    int arg)
{
	struct person *ps = &m->pv[m->np - 1];
	const char **nv;

	(void)arg;
	if (type != JSON_STRING)
		return;
	nv = arena_alloc(m->a, (ps->naliases + 1) * sizeof(*nv));
	if (ps->naliases > 0)
		memcpy(nv, ps->aliases, ps->naliases * sizeof(*nv));
	buf_clear(&m->tmp);
	json_decode_string(p, len, &m->tmp);
	nv[ps->naliases++] = arena_strndup(m->a, m->tmp.data, m->tmp.len);
	ps->aliases = nv;
}

/* The name of the person with fact id, or NULL. */
static const char *
person_by_id(const struct model *m, const char *id)
{
	size_t i;

	for (i = 0; id != NULL && i < m->nid; i++)
		if (strcmp(m->idv[2 * i], id) == 0)
			return m->idv[2 * i + 1];
	return NULL;
}

/* Append the names of the ids in an event's "who" to m->tmp. */
static void
read_who(struct model *m, const char *p, size_t len, enum json_type type,
    int arg)
{
	struct buf dec;
	const char *name;

	(void)arg;
	if (type != JSON_STRING)
		return;
	buf_init(&dec);
	json_decode_string(p, len, &dec);
	name = person_by_id(m, dec.data);
	if (m->tmp.len > 0)
		buf_adds(&m->tmp, ", ");
	buf_adds(&m->tmp, name != NULL ? name : dec.data);
	buf_free(&dec);
}

static void
read_fact(struct model *m, const struct docrec *r, int pass)
{
	const char *p = r->line, *fact = get_str(m, p, &r->obj, "fact");
	struct person *ps;
	struct event *ev;
	struct qfact *q;
	size_t n;

	if (fact == NULL)
		return;
	if (pass == 0 && strcmp(fact, "entity") == 0) {
		const char *type = get_str(m, p, &r->obj, "type");
		const char *id = get_str(m, p, &r->obj, "id");
		const char *name = get_str(m, p, &r->obj, "name");

		if (id != NULL && name != NULL) {
			m->idv = grow(m->a, m->idv, 2 * m->nid, &m->idcap,
			    sizeof(*m->idv));
			m->idv = grow(m->a, m->idv, 2 * m->nid + 1, &m->idcap,
			    sizeof(*m->idv));
			m->idv[2 * m->nid] = id;
			m->idv[2 * m->nid++ + 1] = name;
		}
		if (type == NULL || (strcmp(type, "PERSON") != 0 &&
		    strcmp(type, "PER") != 0))
			return;
		m->pv = grow(m->a, m->pv, m->np, &m->pcap, sizeof(*m->pv));
		ps = &m->pv[m->np++];
		ps->id = get_str(m, p, &r->obj, "id");
		ps->name = get_str(m, p, &r->obj, "name");
		if (ps->name == NULL)
			ps->name = "?";
		ps->title = get_str(m, p, &r->obj, "title");
		if (json_member_size(p, &r->obj, "mentions", &n) == 0)
			ps->mentions = n;
		each_elem(m, p, &r->obj, "aliases", read_alias, 0);
	} else if (pass == 1 && strcmp(fact, "quote") == 0) {
		m->qv = grow(m->a, m->qv, m->nq, &m->qcap, sizeof(*m->qv));
		q = &m->qv[m->nq++];
		q->speaker = get_str(m, p, &r->obj, "speaker");
		q->quote = get_str(m, p, &r->obj, "quote");
		q->cue = get_str(m, p, &r->obj, "cue");
	} else if (pass == 1 && strcmp(fact, "event") == 0) {
		m->has_events = 1;
		m->ev = grow(m->a, m->ev, m->ne, &m->ecap, sizeof(*m->ev));
		ev = &m->ev[m->ne];
		ev->order = m->ne++;
		ev->date = get_str(m, p, &r->obj, "date");
		ev->text = get_str(m, p, &r->obj, "text");
		buf_clear(&m->tmp);
		each_elem(m, p, &r->obj, "who", read_who, 0);
		ev->who = m->tmp.len ? arena_strndup(m->a, m->tmp.data,
		    m->tmp.len) : NULL;
	}
}

static int
cmp_sent(const void *a, const void *b)
{
	const struct sentence *x = *(const struct sentence *const *)a;
	const struct sentence *y = *(const struct sentence *const *)b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->sent > y->sent) - (x->sent < y->sent);
}

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;	/* the longer outside */
	return x->kind - y->kind;
}

static int
cmp_event(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	int c = strcmp(x->date ? x->date : "", y->date ? y->date : "");

	if (c != 0)
		return c;
	return (x->order > y->order) - (x->order < y->order);
}

/* The last word of a name. */
static const char *
last_word(const char *s, size_t *len)
{
	const char *e = s + strlen(s), *b;

	while (e > s && e[-1] == ' ')
		e--;
	for (b = e; b > s && b[-1] != ' '; b--)
		continue;
	*len = (size_t)(e - b);
	return b;
}

/* The person a speaker string names: name, alias, then last name. */
static size_t
find_person(const struct model *m, const char *name)
{
	const char *w, *pw;
	size_t i, k, wl, pl;

	if (name == NULL || *name == '\0')
		return 0;
	for (i = 0; i < m->np; i++) {
		if (strcmp(m->pv[i].name, name) == 0)
			return i + 1;
		for (k = 0; k < m->pv[i].naliases; k++)
			if (strcmp(m->pv[i].aliases[k], name) == 0)
				return i + 1;
	}
	w = last_word(name, &wl);
	for (i = 0; wl > 0 && i < m->np; i++) {
		pw = last_word(m->pv[i].name, &pl);
		if (pl == wl && memcmp(pw, w, wl) == 0)
			return i + 1;
	}
	return 0;
}

/* Without entity facts: the PERSON spans, a one-word name folded into a
 * longer name ending in that word. */
static void
people_from_spans(struct model *m)
{
	size_t i, k, wl, pl, len;
	const char *w, *pw;
	const struct sentence *s;
	struct buf name;

	buf_init(&name);
	for (i = 0; i < m->nsp; i++) {
		struct span *sp = &m->spv[i];

		if (sp->kind != SP_ENT || sp->type == NULL ||
		    (strcmp(sp->type, "PERSON") != 0 && strcmp(sp->type, "PER") != 0))
			continue;
		/* The mention's text, from its sentence. */
		buf_clear(&name);
		for (k = 0; k < m->ns; k++) {
			s = m->sv[k];
			if (s->nrepl == 0 && sp->start >= s->start && sp->end <= s->end) {
				buf_add(&name, s->text + (sp->start - s->start),
				    sp->end - sp->start);
				break;
			}
		}
		if (name.len == 0)
			continue;
		for (k = 0; k < m->np; k++)
			if (strcmp(m->pv[k].name, name.data) == 0)
				break;
		if (k == m->np) {
			m->pv = grow(m->a, m->pv, m->np, &m->pcap, sizeof(*m->pv));
			m->pv[m->np++].name = arena_strndup(m->a, name.data, name.len);
		}
		m->pv[k].mentions++;
	}
	buf_free(&name);
	/* Fold "Pashinian" into "Nikol Pashinian". */
	for (i = 0; i < m->np; i++) {
		if (strchr(m->pv[i].name, ' ') != NULL)
			continue;
		len = strlen(m->pv[i].name);
		for (k = 0; k < m->np; k++) {
			if (k == i || m->pv[k].mentions == 0 ||
			    strchr(m->pv[k].name, ' ') == NULL)
				continue;
			pw = last_word(m->pv[k].name, &pl);
			w = m->pv[i].name;
			wl = len;
			if (pl == wl && memcmp(pw, w, wl) == 0) {
				m->pv[k].mentions += m->pv[i].mentions;
				m->pv[i].mentions = 0;
				break;
			}
		}
	}
	for (i = k = 0; i < m->np; i++)
		if (m->pv[i].mentions > 0)
			m->pv[k++] = m->pv[i];
	m->np = k;
}

/* Without event facts: each dated TIMEX with its sentence. */
static void
events_from_timex(struct model *m)
{
	const struct sentence *s;
	struct event *ev;
	size_t i, k;

	for (i = 0; i < m->nsp; i++) {
		struct span *sp = &m->spv[i];
		size_t lo = 0, hi = m->ns, mid;

		if (sp->kind != SP_TIMEX || sp->value == NULL ||
		    !((sp->value[0] >= '0' && sp->value[0] <= '9') ||
		    sp->value[0] == 'X'))
			continue;
		/* The last sentence starting at or before the span. */
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (m->sv[mid]->start <= sp->start)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == 0 || sp->start >= m->sv[lo - 1]->end)
			continue;
		k = lo - 1;
		s = m->sv[k];
		/* A sentence is listed once for each date, not each mention. */
		if (m->ne > 0 && m->ev[m->ne - 1].sent == k + 1 &&
		    strcmp(m->ev[m->ne - 1].date, sp->value) == 0)
			continue;
		m->ev = grow(m->a, m->ev, m->ne, &m->ecap, sizeof(*m->ev));
		ev = &m->ev[m->ne];
		ev->order = m->ne++;
		ev->date = sp->value;
		ev->text = s->text;
		ev->sent = k + 1;
	}
}

static void
model_read(struct model *m, const struct document *d)
{
	size_t i, k;
	int pass;

	memset(m, 0, sizeof(*m));
	m->a = d->arena;
	json_obj_init(&m->elem);
	buf_init(&m->tmp);
	m->sv = arena_calloc(m->a, d->n + 1, sizeof(*m->sv));
	/* Entity facts first, so that events can name their people. */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < d->n; i++) {
			const struct docrec *r = &d->recs[i];

			if (r->status == SENT_BAD)
				continue;
			if (r->status == SENT_OK && json_find(r->line, &r->obj,
			    "fact") == NULL) {
				if (pass == 1)
					continue;
				m->sv[m->ns++] = &r->s;
				if (m->dct == NULL)
					m->dct = r->s.dct;
				each_elem(m, r->line, &r->obj, "quotes", read_span,
				    SP_QUOTE);
				each_elem(m, r->line, &r->obj, "timex", read_span,
				    SP_TIMEX);
				each_elem(m, r->line, &r->obj, "ents", read_span,
				    SP_ENT);
			} else
				read_fact(m, r, pass);
		}
	if (m->ns > 1)
		qsort(m->sv, m->ns, sizeof(*m->sv), cmp_sent);
	if (m->nsp > 1)
		qsort(m->spv, m->nsp, sizeof(*m->spv), cmp_span);
	if (m->np == 0)
		people_from_spans(m);
	if (!m->has_events)
		events_from_timex(m);
	if (m->ne > 1)
		qsort(m->ev, m->ne, sizeof(*m->ev), cmp_event);
	for (i = 0; i < m->nsp; i++)
		if (m->spv[i].kind == SP_QUOTE || m->spv[i].kind == SP_SPEAKER) {
			m->spv[i].person = find_person(m, m->spv[i].speaker);
			if (m->spv[i].kind == SP_QUOTE && m->spv[i].person)
				m->pv[m->spv[i].person - 1].nquotes++;
		}
	for (k = 0; k < m->nq; k++) {
		m->qv[k].person = find_person(m, m->qv[k].speaker);
		if (m->nquotes == 0 && m->qv[k].person)
			m->pv[m->qv[k].person - 1].nquotes++;
	}
}

static void
model_free(struct model *m)
{
	json_obj_free(&m->elem);
	buf_free(&m->tmp);
}

/* The walk over the text. */

/* What a writer does at each step of the walk. */
struct writer {
	struct buf	*out;		/* where it goes */
	const struct model *m;		/* the document */
	size_t		 n;		/* document number in the page */
	int		 ansi;		/* 1 for ANSI text, 0 for HTML */
	size_t		*stack;		/* open spans, outermost first */
	size_t		 depth;		/* spans open */
	size_t		*re;		/* scratch for step(), as large */
	char		 sgr[32];	/* the ANSI style in force */
};

/*
 * Append text for a terminal: C0 and C1 control characters other than
 * tab and newline become '?', so a record cannot send escape sequences.
 */
static void
ansi_text(struct buf *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
			buf_addc(out, '?');
		else if (c == 0xC2 && i + 1 < len &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F) {
			buf_addc(out, '?');
			i++;
		} else
			buf_addc(out, (char)c);
	}
}

static void
ansi_str(struct buf *out, const char *s)
{
	if (s != NULL)
		ansi_text(out, s, strlen(s));
}

/* A CSS class name made of the letters and digits of s. */
static void
put_class(struct buf *out, const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9') || *s == '_')
			buf_addc(out, *s);
}

static void
html_open(struct writer *w, const struct span *sp, int first)
{
	struct buf *out = w->out;

	switch (sp->kind) {
	case SP_ENT:
		buf_adds(out, "<span class=\"e e-");
		put_class(out, sp->type);
		buf_adds(out, "\" title=\"");
		esc(out, sp->type);
		buf_adds(out, "\">");
		break;
	case SP_TIMEX:
		buf_adds(out, "<span class=\"t\" title=\"");
		esc(out, sp->type);
		if (sp->value != NULL) {
			buf_adds(out, " ");
			esc(out, sp->value);
		}
		buf_adds(out, "\">");
		break;
	case SP_QUOTE:
		buf_adds(out, "<span class=\"q q-");
		put_class(out, sp->type);
		buf_addc(out, '"');
		if (first)
			buf_printf(out, " id=\"d%zu-q%zu\"", w->n, sp->id);
		buf_adds(out, " title=\"");
		esc(out, sp->type ? sp->type : "quote");
		if (sp->speaker != NULL) {
			buf_adds(out, " quote by ");
			esc(out, sp->speaker);
		}
		buf_adds(out, "\">");
		break;
	case SP_SPEAKER:
		buf_adds(out, "<span class=\"s\"");
		if (first)
			buf_printf(out, " id=\"d%zu-s%zu\"", w->n, sp->id);
		buf_printf(out, " title=\"speaker of quote %zu\">", sp->id);
		break;
	}
}

/* The speaker link after a quote's end. */
static void
html_speaker(struct writer *w, const struct span *sp)
{
	struct buf *out = w->out;

	if (sp->speaker == NULL)
		return;
	buf_adds(out, "<sup class=\"by\"><a href=\"#");
	if (sp->person)
		buf_printf(out, "d%zu-p%zu", w->n, sp->person);
	else
		buf_printf(out, "d%zu-s%zu", w->n, sp->id);
	buf_adds(out, "\">\xE2\x80\x94 ");
	esc(out, sp->speaker);
	buf_adds(out, "</a></sup>");
}

/* The SGR attributes of the spans open. */
static void
ansi_style(struct writer *w)
{
	const struct span *sp;
	const char *colour = NULL;
	char sgr[sizeof(w->sgr)];
	size_t i;
	int quote = 0, speaker = 0;

	for (i = 0; i < w->depth; i++) {
		sp = &w->m->spv[w->stack[i]];
		if (sp->kind == SP_QUOTE)
			quote = 1;
		else if (sp->kind == SP_SPEAKER)
			speaker = 1;
		else if (sp->kind == SP_TIMEX)
			colour = "33";
		else if (sp->type == NULL)
			colour = "36";
		else if (strcmp(sp->type, "PERSON") == 0 ||
		    strcmp(sp->type, "PER") == 0)
			colour = "1;34";
		else if (strcmp(sp->type, "ORG") == 0)
			colour = "35";
		else if (strcmp(sp->type, "LOC") == 0)
			colour = "32";
		else
			colour = "36";
	}
	/* One SGR sequence, written only when the style changes. */
	snprintf(sgr, sizeof(sgr), "\033[0%s%s%s%sm", quote ? ";3" : "",
	    speaker ? ";4" : "", colour ? ";" : "", colour ? colour : "");
	if (strcmp(sgr, w->sgr) != 0) {
		buf_adds(w->out, sgr);
		memcpy(w->sgr, sgr, sizeof(sgr));
	}
}

/*
 * Nonzero when a quote ends inside another quote of the same speaker
 * (a partial quote within reported speech): the outer quote's link names
 * the speaker once.
 */
static int
same_speaker_below(const struct writer *w, const struct span *sp, size_t p)
{
	const struct span *up;
	size_t i;

	if (sp->speaker == NULL)
		return 0;
	for (i = w->depth; i > 0; i--) {
		up = &w->m->spv[w->stack[i - 1]];
		if (up->kind == SP_QUOTE && up->end >= p && up->speaker != NULL &&
		    strcmp(up->speaker, sp->speaker) == 0)
			return 1;
	}
	return 0;
}

/* Close the top span of the stack. */
static void
pop(struct writer *w, size_t p)
{
	const struct span *sp = &w->m->spv[w->stack[--w->depth]];

	if (w->ansi) {
		if (sp->kind == SP_QUOTE && sp->end <= p && sp->speaker != NULL &&
		    !same_speaker_below(w, sp, p)) {
			buf_adds(w->out, "\033[0;2m [\xE2\x80\x94 ");
			ansi_str(w->out, sp->speaker);
			buf_adds(w->out, "]");
			w->sgr[0] = '\0';
		}
		return;
	}
	buf_adds(w->out, "</span>");
	if (sp->kind == SP_QUOTE && sp->end <= p && !same_speaker_below(w, sp, p))
		html_speaker(w, sp);
}

/*
 * At document offset p: close the spans that end here (reopening any
 * span they cut), then open the spans that start by p and go past it.
 * *next is the first span not opened yet.
 */
static void
step(struct writer *w, size_t p, size_t *next, int open)
{
	const struct model *m = w->m;
	size_t k, i, keep, nre = 0, *re = w->re;

	for (k = 0; k < w->depth; k++)
		if (m->spv[w->stack[k]].end <= p)
			break;
	if (k < w->depth) {
		while (w->depth > k) {
			i = w->stack[w->depth - 1];
			if (m->spv[i].end > p)
				re[nre++] = i;
			pop(w, p);
		}
		/* Reopen, outermost first, the spans cut by the closing. */
		for (keep = nre; keep > 0; keep--) {
			w->stack[w->depth++] = re[keep - 1];
			if (!w->ansi)
				html_open(w, &m->spv[re[keep - 1]], 0);
		}
	}
	while (open && *next < m->nsp && m->spv[*next].start <= p) {
		i = (*next)++;
		if (m->spv[i].end <= p)
			continue;	/* wholly in a gap between sentences */
		w->stack[w->depth++] = i;
		if (!w->ansi)
			html_open(w, &m->spv[i], 1);
	}
	if (w->ansi)
		ansi_style(w);
}

/* Close everything for a paragraph break and reopen it after. */
static void
para_break(struct writer *w)
{
	size_t i;

	if (w->ansi) {
		buf_adds(w->out, "\033[0m\n\n");
		w->sgr[0] = '\0';
		ansi_style(w);
		return;
	}
	for (i = 0; i < w->depth; i++)
		buf_adds(w->out, "</span>");
	buf_adds(w->out, "</p>\n<p>");
	for (i = 0; i < w->depth; i++)
		html_open(w, &w->m->spv[w->stack[i]], 0);
}

/* The text offset in s of document offset p (s->start <= p <= s->end). */
static size_t
text_offset(const struct sentence *s, size_t p)
{
	size_t t;

	if (s->nrepl == 0)
		t = p - s->start;
	else
		for (t = 0; t < s->text_len &&
		    sentence_doc_offset(s, t) < p; t++)
			continue;
	/* Never cut a UTF-8 sequence. */
	while (t < s->text_len && ((unsigned char)s->text[t] & 0xC0) == 0x80)
		t++;
	return t;
}

static int
cmp_size(const void *a, const void *b)
{
	const size_t *x = a, *y = b;

	return (*x > *y) - (*x < *y);
}

/* Write the document's text with its spans. */
static void
walk(struct writer *w)
{
	const struct model *m = w->m;
	const struct sentence *s;
	size_t i, j, k, nc, next = 0, *cuts, t0, t1;

	w->stack = arena_calloc(m->a, m->nsp + 1, sizeof(*w->stack));
	w->re = arena_calloc(m->a, m->nsp + 1, sizeof(*w->re));
	w->depth = 0;
	cuts = arena_calloc(m->a, 2 * m->nsp + 2, sizeof(*cuts));
	for (i = 0; i < m->ns; i++) {
		s = m->sv[i];
		if (i > 0) {
			if (s->para != m->sv[i - 1]->para)
				para_break(w);
			else
				buf_addc(w->out, ' ');
		}
		nc = 0;
		cuts[nc++] = s->start;
		for (k = 0; k < m->nsp; k++) {
			if (m->spv[k].start > s->start && m->spv[k].start < s->end)
				cuts[nc++] = m->spv[k].start;
			if (m->spv[k].end > s->start && m->spv[k].end < s->end)
				cuts[nc++] = m->spv[k].end;
		}
		qsort(cuts, nc, sizeof(*cuts), cmp_size);
		for (k = j = 1; k < nc; k++)
			if (cuts[k] != cuts[j - 1])
				cuts[j++] = cuts[k];
		nc = j;
		for (k = 0; k < nc; k++) {
			step(w, cuts[k], &next, 1);
			t0 = text_offset(s, cuts[k]);
			t1 = k + 1 < nc ? text_offset(s, cuts[k + 1]) : s->text_len;
			if (t1 > t0) {
				if (w->ansi)
					ansi_text(w->out, s->text + t0, t1 - t0);
				else
					show_escape(w->out, s->text + t0, t1 - t0);
			}
		}
		step(w, s->end, &next, 0);
	}
	while (w->depth > 0)
		pop(w, SIZE_MAX);
	if (w->ansi)
		buf_adds(w->out, "\033[0m");
	w->sgr[0] = '\0';
}

/* HTML. */

static const char style[] =
    "body{font:16px/1.55 Georgia,serif;margin:0;background:#fafaf7;color:#222}\n"
    "article{max-width:1100px;margin:0 auto;padding:1.5em 2em;"
    "border-bottom:1px solid #ddd}\n"
    "h1{font:bold 1.4em sans-serif;margin:.2em 0}\n"
    "h2{font:bold 1em sans-serif;margin:1.2em 0 .4em;color:#555;"
    "text-transform:uppercase;letter-spacing:.05em}\n"
    ".meta{font:.85em sans-serif;color:#777}\n"
    ".cols{display:flex;gap:2em;align-items:flex-start}\n"
    ".text{flex:3;min-width:0}\n"
    "aside{flex:2;font:.9em/1.45 sans-serif;position:sticky;top:0}\n"
    ".e{border-radius:3px;padding:0 2px}\n"
    ".e-PERSON,.e-PER{background:#cfe3ff}\n"
    ".e-ORG{background:#ffe3a3}\n"
    ".e-LOC{background:#c8f0cf}\n"
    ".e-MISC{background:#ead7ff}\n"
    ".t{background:#ffd6c2;border-bottom:2px dotted #c2410c}\n"
    ".q{background:#eef1f5;font-style:italic;"
    "box-shadow:inset 3px 0 #94a3b8}\n"
    ".q-indirect{background:#f4f4ee;box-shadow:inset 3px 0 #c8c8a0}\n"
    ".s{text-decoration:underline 2px #2563eb}\n"
    "sup.by{font:bold .7em sans-serif;white-space:nowrap}\n"
    "sup.by a,aside a{color:#1d4ed8;text-decoration:none}\n"
    "ul,ol{padding-left:1.2em;margin:.2em 0}\n"
    "li{margin:.25em 0}\n"
    ".title{color:#555}\n"
    ".n{color:#888;font-size:.85em}\n"
    "time{font-weight:bold;font-family:monospace;margin-right:.4em}\n"
    ".legend span{margin-right:.4em}\n";

void
show_html_begin(struct buf *out, const char *title, size_t title_len)
{
	buf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>");
	show_escape(out, title, title_len);
	buf_adds(out, "</title>\n<style>\n");
	buf_adds(out, style);
	buf_adds(out, "</style>\n</head>\n<body>\n");
}

void
show_html_end(struct buf *out)
{
	buf_adds(out, "</body>\n</html>\n");
}

static void
html_people(struct writer *w)
{
	const struct model *m = w->m;
	struct buf *out = w->out;
	size_t i, k, nq;

	buf_adds(out, "<section class=\"people\">\n<h2>People</h2>\n");
	if (m->np == 0)
		buf_adds(out, "<p class=\"n\">none found</p>\n");
	else
		buf_adds(out, "<ul>\n");
	for (i = 0; i < m->np; i++) {
		const struct person *ps = &m->pv[i];

		buf_printf(out, "<li id=\"d%zu-p%zu\"><b>", w->n, i + 1);
		esc(out, ps->name);
		buf_adds(out, "</b>");
		if (ps->title != NULL) {
			buf_adds(out, ", <span class=\"title\">");
			esc(out, ps->title);
			buf_adds(out, "</span>");
		}
		if (ps->mentions > 0)
			buf_printf(out, " <span class=\"n\">%zu mention%s</span>",
			    ps->mentions, ps->mentions == 1 ? "" : "s");
		if (ps->nquotes > 0 && m->nquotes > 0) {
			buf_adds(out, "<br>quotes:");
			for (k = nq = 0; k < m->nsp; k++)
				if (m->spv[k].kind == SP_QUOTE &&
				    m->spv[k].person == i + 1)
					buf_printf(out, " <a href=\"#d%zu-q%zu\">"
					    "%zu</a>", w->n, m->spv[k].id, ++nq);
		} else if (ps->nquotes > 0) {
			buf_adds(out, "<ul>");
			for (k = 0; k < m->nq; k++)
				if (m->qv[k].person == i + 1) {
					buf_adds(out, "<li><q>");
					esc(out, m->qv[k].quote);
					buf_adds(out, "</q></li>");
				}
			buf_adds(out, "</ul>");
		}
		buf_adds(out, "</li>\n");
	}
	if (m->np > 0)
		buf_adds(out, "</ul>\n");
	buf_adds(out, "</section>\n");
}

/*
 * An event's sentence, through put (which escapes it), cut after
 * EVENT_TEXT_MAX bytes: a timeline of a text without full stops would
 * otherwise repeat the whole text for each date in it.
 */
static void
event_text(struct buf *out, const char *text,
    void (*put)(struct buf *, const char *, size_t))
{
	size_t len;

	if (text == NULL)
		return;
	len = strlen(text);
	if (len <= EVENT_TEXT_MAX) {
		put(out, text, len);
		return;
	}
	len = EVENT_TEXT_MAX;
	/* Never cut inside a UTF-8 sequence. */
	while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
		len--;
	put(out, text, len);
	buf_adds(out, "\xE2\x80\xA6");
}

static void
html_timeline(struct writer *w)
{
	const struct model *m = w->m;
	struct buf *out = w->out;
	size_t i;

	buf_adds(out, "<section class=\"timeline\">\n<h2>Timeline</h2>\n");
	if (m->ne == 0)
		buf_adds(out, "<p class=\"n\">no dated events</p>\n");
	else
		buf_adds(out, "<ol>\n");
	for (i = 0; i < m->ne; i++) {
		buf_adds(out, "<li><time>");
		esc(out, m->ev[i].date ? m->ev[i].date : "undated");
		buf_adds(out, "</time>");
		event_text(out, m->ev[i].text, show_escape);
		if (m->ev[i].who != NULL) {
			buf_adds(out, " <span class=\"n\">(");
			esc(out, m->ev[i].who);
			buf_adds(out, ")</span>");
		}
		buf_adds(out, "</li>\n");
	}
	if (m->ne > 0)
		buf_adds(out, "</ol>\n");
	buf_adds(out, "</section>\n");
}

void
show_html_document(struct buf *out, const struct document *d, size_t n)
{
	struct model m;
	struct writer w;

	model_read(&m, d);
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.m = &m;
	w.n = n;
	buf_printf(out, "<article id=\"d%zu\">\n<h1>", n);
	show_escape(out, d->doc, d->doc_len);
	buf_adds(out, "</h1>\n<p class=\"meta\">");
	if (m.dct != NULL) {
		buf_adds(out, "dated ");
		esc(out, m.dct);
		buf_adds(out, " &middot; ");
	}
	buf_printf(out, "%zu sentences &middot; %zu people &middot; %zu quotes"
	    "</p>\n", m.ns, m.np, m.nquotes ? m.nquotes : m.nq);
	buf_adds(out, "<div class=\"cols\">\n<div class=\"text\">\n<p>");
	walk(&w);
	buf_adds(out, "</p>\n</div>\n<aside>\n");
	html_people(&w);
	html_timeline(&w);
	buf_adds(out, "<section class=\"legend\">\n<h2>Key</h2>\n"
	    "<span class=\"e e-PERSON\">person</span>"
	    "<span class=\"e e-ORG\">organization</span>"
	    "<span class=\"e e-LOC\">place</span>"
	    "<span class=\"e e-MISC\">other name</span>"
	    "<span class=\"t\">date or time</span>"
	    "<span class=\"q\">quote</span>"
	    "<span class=\"s\">speaker</span>\n</section>\n");
	buf_adds(out, "</aside>\n</div>\n</article>\n");
	model_free(&m);
}

/* ANSI. */

void
show_ansi_document(struct buf *out, const struct document *d)
{
	struct model m;
	struct writer w;
	size_t i;

	model_read(&m, d);
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.m = &m;
	w.ansi = 1;
	strcpy(w.sgr, "\033[0m");
	buf_adds(out, "\033[1m");
	ansi_text(out, d->doc, d->doc_len);
	if (m.dct != NULL) {
		buf_adds(out, " (");
		ansi_str(out, m.dct);
		buf_adds(out, ")");
	}
	buf_adds(out, "\033[0m\n\n");
	walk(&w);
	buf_adds(out, "\n\n\033[1mPeople\033[0m\n");
	for (i = 0; i < m.np; i++) {
		buf_adds(out, "  \033[1;34m");
		ansi_str(out, m.pv[i].name);
		buf_adds(out, "\033[0m");
		if (m.pv[i].title != NULL) {
			buf_adds(out, ", ");
			ansi_str(out, m.pv[i].title);
		}
		if (m.pv[i].nquotes > 0)
			buf_printf(out, " \033[2m(%zu quote%s)\033[0m",
			    m.pv[i].nquotes, m.pv[i].nquotes == 1 ? "" : "s");
		buf_addc(out, '\n');
	}
	buf_adds(out, "\n\033[1mTimeline\033[0m\n");
	for (i = 0; i < m.ne; i++) {
		buf_adds(out, "  \033[33m");
		ansi_str(out, m.ev[i].date ? m.ev[i].date : "undated");
		buf_adds(out, "\033[0m  ");
		event_text(out, m.ev[i].text, ansi_text);
		buf_addc(out, '\n');
	}
	buf_addc(out, '\n');
	model_free(&m);
}
