/*
 * Memory: allocation that dies when memory runs out, and arenas.
 *
 * Ownership: arguments are borrowed; arena_*() results live in the arena
 * passed in and die with arena_reset() or arena_free(); x*alloc() results
 * are the caller's, released with free().
 */
#ifndef LEDE_MEM_H
#define LEDE_MEM_H

#include <stddef.h>

/* Test builds shrink the first arena block so the growth paths run. */
#ifndef ARENA_BLOCK
#define ARENA_BLOCK	65536
#endif

/* malloc(n * size), checked for overflow; prints and exits 2 on failure. */
void	*xmalloc(size_t n, size_t size);
/* calloc(n, size); exits 2 on failure. */
void	*xcalloc(size_t n, size_t size);
/* realloc(p, n * size), checked for overflow; exits 2 on failure. */
void	*xrealloc(void *p, size_t n, size_t size);
/* A NUL-terminated copy of len bytes of s. */
char	*xstrndup(const char *s, size_t len);

struct arena_block;

struct arena {
	struct arena_block *head;	/* block being filled, newest first */
	size_t		 used;		/* bytes used in head */
};

#define ARENA_INIT	{ NULL, 0 }

/* Return size bytes aligned for any object, valid until the next reset. */
void	*arena_alloc(struct arena *a, size_t size);
/* Like arena_alloc(n * size), zeroed, checked for overflow. */
void	*arena_calloc(struct arena *a, size_t n, size_t size);
/* A NUL-terminated copy of len bytes of s in the arena. */
char	*arena_strndup(struct arena *a, const char *s, size_t len);
/* Make every allocation void but keep the largest block for reuse. */
void	 arena_reset(struct arena *a);
/* Release every block. */
void	 arena_free(struct arena *a);

#endif
