/*
 * Records: reading lines, the sentence record, replacing one member, and
 * the main loops the record programs share.
 *
 * Ownership: arguments are borrowed; results that point into a struct
 * arena live until it is reset; struct linereader owns its line buffer
 * (linereader_close()).
 */
#ifndef LEDE_REC_H
#define LEDE_REC_H

#include <stdio.h>
#include <stddef.h>

#include "buf.h"
#include "json.h"
#include "mem.h"
#include "opt.h"

/* Reads lines of any length (a 100 MB line is fine) and counts them. */
struct linereader {
	FILE		*fp;		/* the stream read */
	const char	*name;		/* "stdin" or the path, for messages */
	unsigned long	 lineno;	/* number of the line last returned */
	char		*line;		/* getline() buffer */
	size_t		 cap;		/* bytes allocated at line */
	int		 error;		/* errno of a read error, else 0 */
};

/*
 * Open path ("-" or NULL is stdin).  Return 0, or -1 with errno set.
 */
int	linereader_open(struct linereader *lr, const char *path);
void	linereader_close(struct linereader *lr);

/*
 * Return the next line without its "\n" (and without a "\r" before it, and
 * without a UTF-8 byte-order mark at the start of line 1) and set *len;
 * NULL at end of input or on a read error (then lr->error is set).
 * The line is NUL-terminated and valid until the next call.
 */
char	*linereader_next(struct linereader *lr, size_t *len);

/* One sentence record, decoded. */
struct sentence {
	const char	*doc;		/* "doc", decoded, NUL-terminated */
	size_t		 doc_len;	/* bytes of doc */
	const char	*dct;		/* "dct" decoded, or NULL if absent/null */
	size_t		 dct_len;	/* bytes of dct */
	size_t		 sent;		/* "sent", or 0 if absent */
	size_t		 para;		/* "para", or 0 if absent */
	size_t		 start;		/* document byte offset of text */
	size_t		 end;		/* end of text in the document, exclusive */
	const char	*text;		/* "text", decoded, NUL-terminated */
	size_t		 text_len;	/* bytes of text */
	size_t		 nrepl;		/* U+FFFD in text standing for 1 byte each */
};

#define SENT_OK		0	/* a sentence record */
#define SENT_LACKS	1	/* well formed, lacks "text"/"start"/"end": pass through */
#define SENT_BAD	(-1)	/* a member has the wrong type or offsets disagree */

/*
 * Read the sentence fields of a scanned record.  "doc" is optional (empty
 * when absent).  Decoded strings go into arena a.  Return SENT_OK,
 * SENT_LACKS, or SENT_BAD with err->msg set (err->off is the member's).
 */
int	sentence_read(const char *line, const struct json_obj *o, struct arena *a,
	    struct sentence *s, struct json_err *err);

/*
 * Map a byte offset into s->text to a document byte offset.  They differ
 * only when lede-split wrote invalid bytes as U+FFFD (3 bytes for 1).
 */
size_t	sentence_doc_offset(const struct sentence *s, size_t text_off);

/*
 * Append to out the record line (len bytes) with member key set to the JSON text val:
 * the first member named key gets the new value in place, later members of
 * that name are dropped, and when there is none the member is appended
 * before the closing brace.  Every other byte is copied unchanged.
 */
void	rec_put_member(struct buf *out, const char *line, size_t len,
	    const struct json_obj *o, const char *key, const char *val,
	    size_t val_len);

/* Options every record program shares. */
struct rec_opts {
	int		 keep_going;	/* -k: pass bad lines through, go on */
	int		 unbuffered;	/* -u: flush after each record */
};

/* What a program prints for --help and on a usage error. */
struct rec_prog {
	const char	*synopsis;	/* "usage: NAME ...\n" lines */
	const char	*help;		/* the --help lines after the synopsis */
};

/*
 * Start a program: name it for messages, and ignore SIGPIPE so that a
 * reader that goes away (| head) ends the run quietly: the next write
 * fails with EPIPE and rec_finish() exits 0.
 */
void	rec_begin(const char *name);

/* The long options every program has; put them in its opt_long table. */
#define REC_OPT_LONGS	{ "help", 0, OPT_HELP }, { "version", 0, OPT_VERSION }

/* Print the synopsis on stderr and exit 2. */
_Noreturn void	rec_usage(const struct rec_prog *p);

/*
 * opt_next() that handles the options every program shares and returns
 * only the program's own (or -1 when the options end): -k and -u set ro
 * (pass NULL when shorts has neither), --help prints the synopsis and
 * help, --version prints "progname VERSION", each then exiting with
 * rec_finish(0); a bad option is reported and ends in rec_usage().
 */
int	rec_opt_next(struct opt_state *st, int argc, char **argv,
	    const char *shorts, const struct opt_long *longs,
	    const struct rec_prog *p, struct rec_opts *ro);

/* err->off value for a message that names no byte of the line. */
#define REC_NO_OFFSET	((size_t)-1)

/*
 * Handle one scanned record line: append the output lines (each ending in
 * "\n"; a last newline is added if missing) to out.  Return SENT_OK,
 * SENT_LACKS to pass the line through untouched, or SENT_BAD with err set
 * (err->off REC_NO_OFFSET when no byte is to blame).
 */
typedef int rec_map_fn(void *ctx, const char *line, size_t len,
	    const struct json_obj *o, struct arena *a, struct buf *out,
	    struct json_err *err, const struct linereader *lr);

/*
 * The main loop of every line-at-a-time program: read every file
 * (NULL-terminated list; empty means stdin), scan each line as a JSON
 * object and call fn.  A bad line is reported as "progname: file:line:
 * message" (this loop and its siblings are the one place in lib/ that
 * prints, on behalf of the tools); it stops the run, or with -k is passed
 * through unchanged.  Return the exit status: 0, 1 (a bad record), or
 * 2 (a file could not be read, or stdout failed).
 */
int	rec_map_main(char **files, rec_map_fn *fn, void *ctx,
	    const struct rec_opts *opts);

/*
 * Annotate one sentence: write the JSON value of the program's member
 * (e.g. an array of spans) to value.  Return SENT_OK to set the member,
 * SENT_LACKS to pass the line through untouched, or SENT_BAD with *why set
 * to a static message.  Scratch memory comes from a, reset per record.
 */
typedef int rec_annotate_fn(void *ctx, const struct sentence *s,
	    struct arena *a, struct buf *value, const char **why);

/*
 * The main loop of a per-sentence program (lede-ents, lede-dates):
 * rec_map_main() calling fn on each sentence record and writing each line
 * with member key set; other records pass through untouched.
 */
int	rec_annotate_main(char **files, const char *key, rec_annotate_fn *fn,
	    void *ctx, const struct rec_opts *opts);

/* One record of a document held by rec_document_main(). */
struct docrec {
	char		*line;		/* the line as read (in the arena) */
	size_t		 len;		/* bytes of line */
	struct json_obj	 obj;		/* its members */
	struct sentence	 s;		/* the sentence, when status is SENT_OK */
	int		 status;	/* SENT_OK, SENT_LACKS or SENT_BAD */
	const char	*why;		/* message when SENT_BAD */
	unsigned long	 lineno;	/* line number in its file */
	const char	*value;		/* JSON to set as the member, or NULL */
	size_t		 value_len;	/* bytes of value */
};

/* A document: the consecutive records with the same "doc". */
struct document {
	struct docrec	*recs;		/* records in input order */
	size_t		 n;		/* records */
	const char	*doc;		/* the shared "doc" value */
	size_t		 doc_len;	/* bytes of doc */
	struct arena	*arena;		/* for the callback's allocations */
};

/*
 * Handle one document.  In annotate mode (key != NULL) set recs[i].value
 * for the records that get the member; in replace mode (key == NULL) write
 * whole output lines to out instead.  Return 0, or SENT_BAD with *why.
 */
typedef int rec_document_fn(void *ctx, struct document *d, struct buf *out,
	    const char **why);

/*
 * The main loop of a per-document program (lede-quotes with key "quotes",
 * lede-facts with key NULL): groups consecutive records by "doc", holds one
 * document at a time, and writes its output before reading the next.
 * Same messages and exit status as rec_annotate_main().
 */
int	rec_document_main(char **files, const char *key, rec_document_fn *fn,
	    void *ctx, const struct rec_opts *opts);

/*
 * Write out to stdout (and flush it with -u).  Return 0, 2 after reporting
 * a write error, or -1 when the reader went away (EPIPE): not an error,
 * the output was not wanted.
 */
int	rec_emit(const struct buf *out, const struct rec_opts *opts);

/*
 * Flush stdout and check it: return status, or 2 after reporting a write
 * error ("stdout: write error: ...").  A reader that went away (EPIPE) is
 * not an error: the output was not wanted.
 */
int	rec_finish(int status);

#endif
