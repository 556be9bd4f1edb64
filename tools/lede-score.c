/*
 * lede-score: compares a system's record stream with gold records and
 * prints precision, recall and F1 for entities (by type, exact span and
 * type as conlleval), TIMEX3 (TempEval-3 strict, relaxed, type, value),
 * quotes (span overlap and speaker) and sentence boundaries, as a table
 * or with -j as one JSON object.  --min makes it a CI gate.  It reads
 * both streams whole and writes only the report.  See lede-score(1).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "json.h"
#include "opt.h"
#include "rec.h"
#include "score.h"

struct opts {
	int		 json;		/* -j: one JSON object */
	int		 has_min;	/* --min given */
	double		 min;		/* --min: lowest headline F1, percent */
};

static const struct rec_prog prog = {
	"usage: lede-score [-j] [--min f1] gold system\n",
	"Score a record stream against gold records (P, R, F1).\n"
	    "  -j          print one JSON object instead of a table\n"
	    "  --min f1    exit 1 when a headline F1 (percent) is below f1\n"
	    "  --help      print this help and exit\n"
	    "  --version   print the version and exit\n"
	    "Either file may be \"-\" for stdin, not both.\n"
};

/* Read every line of path into side; return 0, 1 (bad record) or 2. */
static int
load(struct score *sc, int side, const char *path)
{
	struct linereader lr;
	struct json_err err;
	char *line;
	size_t len;
	int status = 0;

	if (linereader_open(&lr, path) != 0) {
		warnf("%s:", path);
		return 2;
	}
	while ((line = linereader_next(&lr, &len)) != NULL)
		if (score_add_line(sc, side, line, len, &err) != 0) {
			warnf("%s:%lu: %s at byte %zu", lr.name, lr.lineno,
			    err.msg, err.off);
			status = 1;
			break;
		}
	if (status == 0 && lr.error) {
		errno = lr.error;
		warnf("%s: read error:", lr.name);
		status = 2;
	}
	linereader_close(&lr);
	return status;
}

static double
parse_min(const char *s)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || errno != 0 || !(v >= 0 && v <= 100)) {
		warnf("--min: %s: not a percentage from 0 to 100", s);
		rec_usage(&prog);
	}
	return v;
}

int
main(int argc, char *argv[])
{
	static const struct opt_long longs[] = {
		{ "min", 1, 'm' },
		REC_OPT_LONGS,
		{ NULL, 0, 0 }
	};
	struct score_report rep;
	const struct score_prf *hl;
	struct opt_state st;
	struct opts opts;
	struct score *sc;
	struct buf out;
	const char *name;
	double p, r, f;
	int c, i, status;

	rec_begin("lede-score");
	memset(&opts, 0, sizeof(opts));
	opt_init(&st);
	while ((c = rec_opt_next(&st, argc, argv, "j", longs, &prog,
	    NULL)) != -1) {
		switch (c) {
		case 'j':
			opts.json = 1;
			break;
		case 'm':
			opts.has_min = 1;
			opts.min = parse_min(st.arg);
			break;
		}
	}
	argv += st.ind;
	argc -= st.ind;
	if (argc != 2) {
		warnf("expected two files, gold and system");
		rec_usage(&prog);
	}
	if (strcmp(argv[0], "-") == 0 && strcmp(argv[1], "-") == 0) {
		warnf("gold and system cannot both be stdin");
		rec_usage(&prog);
	}
	sc = score_new();
	if ((status = load(sc, SCORE_GOLD, argv[0])) != 0 ||
	    (status = load(sc, SCORE_SYS, argv[1])) != 0) {
		score_free(sc);
		return rec_finish(status);
	}
	score_compute(sc, &rep);
	score_free(sc);
	buf_init(&out);
	if (opts.json)
		score_format_json(&rep, &out);
	else
		score_format_text(&rep, &out);
	fwrite(out.data, 1, out.len, stdout);
	buf_free(&out);
	for (i = 0; opts.has_min && i < SCORE_HEADLINES; i++) {
		if ((hl = score_headline(&rep, i, &name)) == NULL)
			continue;
		score_prf_get(hl, &p, &r, &f);
		if (f < opts.min) {
			warnf("%s F1 %.2f is below %.2f", name, f, opts.min);
			status = 1;
		}
	}
	return rec_finish(status);
}
