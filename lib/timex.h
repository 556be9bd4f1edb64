/*
 * Temporal expressions: finding dates, times, durations and sets in the
 * text of one sentence and normalising them to TIMEX3 values (TimeML),
 * relative to an anchor (the document creation time, DCT) and to the
 * last date the document mentioned.  No I/O.
 *
 * Ownership: arguments are borrowed.  timex_new() returns the caller's
 * lexicons, released by timex_free().  The spans timex_find() returns
 * live in the arena passed in.  A struct timex_ctx is plain data.
 */
#ifndef LEDE_TIMEX_H
#define LEDE_TIMEX_H

#include <stddef.h>

#include "mem.h"

/* Granularity of a calendar point, finest last. */
#define TIMEX_G_MILL	1	/* a millennium */
#define TIMEX_G_CENT	2	/* a century: "19" */
#define TIMEX_G_DEC	3	/* a decade: "199" */
#define TIMEX_G_YEAR	4	/* "1998" */
#define TIMEX_G_HALF	5	/* "1998-H1" */
#define TIMEX_G_QUART	6	/* "1998-Q3" */
#define TIMEX_G_SEAS	7	/* "1998-SU" */
#define TIMEX_G_MONTH	8	/* "1998-10" */
#define TIMEX_G_WEEK	9	/* "1998-W43" */
#define TIMEX_G_DAY	10	/* "1998-10-21" */

/* A calendar point; unknown fields are 0. */
struct timex_date {
	int	 y;		/* year, 0 when unknown (written XXXX) */
	int	 m;		/* month 1-12, or 0 */
	int	 d;		/* day 1-31, or 0 */
	int	 gran;		/* TIMEX_G_*, or 0 for no date */
	int	 sub;		/* half, quarter, season (1-4) or ISO week */
};

/* One temporal expression found in a sentence. */
struct timex_span {
	size_t	 start;		/* byte offset of the first byte in the text */
	size_t	 end;		/* byte offset just past the last byte */
	const char *type;	/* "DATE", "TIME", "DURATION" or "SET" */
	char	 value[40];	/* TIMEX3 value, e.g. "2020-10-21", "PXY" */
	char	 mod[16];	/* TIMEX3 mod, "" when none */
};

/*
 * What one document carries from sentence to sentence: the anchor and
 * the last date mentioned ("the previous day", "later that month").
 */
struct timex_ctx {
	struct timex_date dct;	/* anchor; gran 0 when unknown */
	struct timex_date last;	/* last date mentioned; gran 0 when none */
};

struct timex;

/* Load the lexicons.  Never fails (xmalloc). */
struct timex	*timex_new(void);
void		 timex_free(struct timex *tx);

/*
 * Start a document: set the anchor from dct (len bytes, "YYYY-MM-DD",
 * optionally followed by "T..." which is ignored), or leave it unknown
 * when dct is NULL.  Forget the last date.  Return 0, or -1 (anchor left
 * unknown) when dct is not a valid date.
 */
int	timex_ctx_init(struct timex_ctx *ctx, const char *dct, size_t len);

/*
 * Find the temporal expressions of one sentence (len bytes of UTF-8
 * text), in text order and without overlap.  Set *out to an array in
 * arena a and return how many there are.  ctx->last is updated by the
 * dates found.
 */
size_t	timex_find(const struct timex *tx, struct timex_ctx *ctx,
	    const char *text, size_t len, struct arena *a,
	    struct timex_span **out);

/* Calendar arithmetic, exported for tests. */

/* Nonzero when y is a Gregorian leap year. */
int	timex_leap(int y);
/* Days in month m (1-12) of year y. */
int	timex_month_len(int y, int m);
/* Days since 1970-01-01 of y-m-d (proleptic Gregorian). */
long	timex_days(int y, int m, int d);
/* The date of day number n (since 1970-01-01). */
void	timex_civil(long n, int *y, int *m, int *d);
/* ISO weekday of y-m-d, 1 (Monday) to 7 (Sunday). */
int	timex_weekday(int y, int m, int d);
/* ISO week of y-m-d: set *wy to its ISO year and return the week 1-53. */
int	timex_iso_week(int y, int m, int d, int *wy);
/*
 * Write d as a TIMEX3 value ("2020-10-21", "2020-W43", "XXXX-10", ...)
 * into out (size bytes, at least 16).
 */
void	timex_format(const struct timex_date *d, char *out, size_t size);

#endif
