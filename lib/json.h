/*
 * A strict RFC 8259 scanner for one-line records.  It finds the members of
 * a top-level object as byte slices of the line, the way jsmn does, and
 * builds no tree: a program copies the members it does not own byte for
 * byte, so numbers, escapes, key order and duplicate keys survive.
 *
 * Ownership: arguments are borrowed.  A struct json_obj owns its member
 * array (json_obj_free()); members point into the caller's line.
 */
#ifndef LEDE_JSON_H
#define LEDE_JSON_H

#include <stddef.h>

#include "buf.h"
#include "mem.h"

/*
 * Records are shallow; the limit keeps a hostile line such as a million
 * '[' from overflowing the stack of any consumer that recurses (SQLite's
 * JSON_MAX_DEPTH has the same reason).  The scanner itself does not recurse.
 */
#define JSON_MAX_DEPTH	64

enum json_type {
	JSON_NULL,
	JSON_FALSE,
	JSON_TRUE,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,
	JSON_OBJECT
};

struct json_member {
	size_t		 key_off;	/* offset of the key's opening quote */
	size_t		 key_len;	/* bytes of the key, quotes included */
	size_t		 val_off;	/* offset of the value's first byte */
	size_t		 val_len;	/* bytes of the value */
	enum json_type	 type;		/* the value's type */
};

struct json_obj {
	struct json_member *m;		/* members in line order */
	size_t		 n;		/* members used */
	size_t		 cap;		/* members allocated */
	size_t		 open;		/* offset of the opening '{' */
	size_t		 close;		/* offset of the closing '}' */
};

struct json_err {
	size_t		 off;		/* byte offset in the line */
	const char	*msg;		/* static text, lower case */
};

void	json_obj_init(struct json_obj *o);
void	json_obj_free(struct json_obj *o);

/*
 * Scan len bytes as exactly one JSON object with optional surrounding
 * whitespace.  Strings must be valid UTF-8 and escapes must decode to
 * Unicode scalar values (a lone surrogate is an error).  Return 0 and fill
 * o, or -1 and fill err.
 */
int	json_scan_object(const char *s, size_t len, struct json_obj *o,
	    struct json_err *err);

/*
 * The same for the object that starts s (after optional whitespace),
 * with anything after it: return its length up to and with its '}', or
 * 0 and fill err.  Offsets in o are from s.
 */
size_t	json_scan_object_at(const char *s, size_t len, struct json_obj *o,
	    struct json_err *err);

/*
 * Scan one JSON value starting at s[0] (no leading whitespace), checking
 * it fully.  Return its length in bytes and its type, or 0 and err.
 */
size_t	json_scan_value(const char *s, size_t len, enum json_type *type,
	    struct json_err *err);

/*
 * The last member whose key equals key (compared after unescaping), or
 * NULL.  The last, as JSON.parse and Python keep the last duplicate.
 */
const struct json_member *json_find(const char *line, const struct json_obj *o,
	    const char *key);

/* Nonzero when the member's key equals key. */
int	json_key_is(const char *line, const struct json_member *m,
	    const char *key);

/*
 * Append the decoded bytes of a scanned string value (quotes included in
 * raw) to out.  The scanner has already validated it, so this cannot fail.
 */
void	json_decode_string(const char *raw, size_t len, struct buf *out);

/*
 * Read a scanned number as a non-negative integer that fits in size_t
 * ("12", not "12.0", "-1" or "1e3").  Return 0, or -1 when it is not one.
 */
int	json_get_size(const char *raw, size_t len, size_t *out);

/*
 * Append s as a JSON string, quotes included, escaping '"', '\\' and the
 * control characters.  Invalid UTF-8 bytes are written as U+FFFD, one per
 * byte, the only place bytes are rewritten (lede-split's raw text).
 */
void	json_put_string(struct buf *out, const char *s, size_t len);

/*
 * The string member key of a scanned object, decoded into arena a and
 * NUL-terminated, with its length in *len when len is not NULL; NULL when
 * the member is absent or not a string.
 */
const char *json_member_string(const char *line, const struct json_obj *o,
	    const char *key, struct arena *a, size_t *len);

/*
 * Read the member key as json_get_size() does.  Return 0, or -1 when it
 * is absent or not a non-negative integer.
 */
int	json_member_size(const char *line, const struct json_obj *o,
	    const char *key, size_t *out);

/* Append an integer. */
void	json_put_size(struct buf *out, size_t v);

/* Walks the elements of an array value. */
struct json_iter {
	const char	*p;		/* next byte to look at */
	const char	*end;		/* the closing ']' */
};

/* Start at the array value at p, len bytes from '[' to ']'. */
void	json_iter_init(struct json_iter *it, const char *p, size_t len);

/*
 * Return the length of the next element and set *elem to its first byte
 * and *type to its type; 0 when the elements end (or one does not scan).
 * When obj is not NULL, an object element is scanned into obj (offsets
 * from *elem), so that the caller need not scan it again.
 */
size_t	json_iter_next(struct json_iter *it, const char **elem,
	    enum json_type *type, struct json_obj *obj);

#endif
