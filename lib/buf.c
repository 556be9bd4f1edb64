#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "mem.h"

void
buf_init(struct buf *b)
{
	b->data = b->space;
	b->len = 0;
	b->cap = sizeof(b->space);
	b->data[0] = '\0';
}

void
buf_free(struct buf *b)
{
	if (b->data != b->space)
		free(b->data);
	buf_init(b);
}

void
buf_clear(struct buf *b)
{
	b->len = 0;
	b->data[0] = '\0';
}

void
buf_grow(struct buf *b, size_t n)
{
	size_t cap = b->cap;

	if (n >= SIZE_MAX - b->len - 1)
		die(2, "out of memory");
	if (b->len + n + 1 <= cap)
		return;
	while (cap < b->len + n + 1)
		cap = cap > SIZE_MAX / 2 ? b->len + n + 1 : cap * 2;
	if (b->data == b->space) {
		b->data = xmalloc(cap, 1);
		memcpy(b->data, b->space, b->len + 1);
	} else
		b->data = xrealloc(b->data, cap, 1);
	b->cap = cap;
}

void
buf_add(struct buf *b, const void *p, size_t len)
{
	if (len == 0)
		return;
	if (len >= b->cap - b->len)	/* no room for it and the NUL */
		buf_grow(b, len);
	memcpy(b->data + b->len, p, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, int c)
{
	if (b->cap - b->len < 2)
		buf_grow(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= b->cap - b->len) {
		buf_grow(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}
