#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"

struct arena_block {
	struct arena_block *next;	/* older block */
	size_t		 cap;		/* bytes of data[] */
	max_align_t	 data[];	/* storage, aligned for anything */
};

static _Noreturn void
nomem(void)
{
	die(2, "out of memory");
}

void *
xmalloc(size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		nomem();
	if ((p = malloc(n * size != 0 ? n * size : 1)) == NULL)
		nomem();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		nomem();
	return p;
}

void *
xrealloc(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		nomem();
	if ((p = realloc(p, n * size != 0 ? n * size : 1)) == NULL)
		nomem();
	return p;
}

char *
xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1, 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *
arena_alloc(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	struct arena_block *b;
	size_t cap;

	if (size > SIZE_MAX - align)
		nomem();
	size = (size + align - 1) / align * align;
	if (a->head == NULL || a->head->cap - a->used < size) {
		cap = ARENA_BLOCK;
		if (a->head != NULL && a->head->cap > cap / 2 &&
		    a->head->cap <= SIZE_MAX / 4)
			cap = a->head->cap * 2;
		if (cap < size)
			cap = size;
		b = xmalloc(1, sizeof(*b) + cap);
		b->cap = cap;
		b->next = a->head;
		a->head = b;
		a->used = 0;
	}
	a->used += size;
	return (char *)a->head->data + a->used - size;
}

void *
arena_calloc(struct arena *a, size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		nomem();
	p = arena_alloc(a, n * size);
	memset(p, 0, n * size);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
arena_reset(struct arena *a)
{
	struct arena_block *b, *next;

	/* The newest block is the largest: keep it, free the rest. */
	if (a->head == NULL)
		return;
	for (b = a->head->next; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head->next = NULL;
	a->used = 0;
}

void
arena_free(struct arena *a)
{
	arena_reset(a);
	free(a->head);
	a->head = NULL;
	a->used = 0;
}
