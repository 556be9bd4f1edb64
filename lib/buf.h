/*
 * Growable byte buffers.  A buffer starts with inline space and doubles
 * when full; it is always NUL-terminated so its bytes can be used as a
 * C string when they hold no NUL.
 *
 * Ownership: a struct buf owns its storage; buf_free() releases it.
 * Arguments are borrowed.
 */
#ifndef LEDE_BUF_H
#define LEDE_BUF_H

#include <stddef.h>

/* Test builds shrink the inline space so the growth paths run. */
#ifndef BUF_INIT
#define BUF_INIT	256
#endif

struct buf {
	char	*data;			/* bytes, NUL-terminated */
	size_t	 len;			/* bytes used, NUL excluded */
	size_t	 cap;			/* bytes allocated at data */
	char	 space[BUF_INIT];	/* inline storage used first */
};

void	buf_init(struct buf *b);
void	buf_free(struct buf *b);
/* Forget the contents, keep the storage. */
void	buf_clear(struct buf *b);
/* Make room for n more bytes (plus the NUL). */
void	buf_grow(struct buf *b, size_t n);
void	buf_add(struct buf *b, const void *p, size_t len);
void	buf_addc(struct buf *b, int c);
void	buf_adds(struct buf *b, const char *s);
/* Append printf-formatted text. */
void	buf_printf(struct buf *b, const char *fmt, ...);

#endif
