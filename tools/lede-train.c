/*
 * lede-train: train the entity model of lede-ents from CoNLL-2003 files
 * (token first, IOB tag last, POS and chunk columns ignored) and write it
 * as a "lede-ner 1" text model.  With -d it prints the dev F1 after every
 * epoch on stderr.  Training is deterministic for a given seed.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ner.h"
#include "opt.h"

struct opts {
	int		 epochs;	/* -e */
	unsigned long	 seed;		/* -s */
	unsigned	 cutoff;	/* -c */
	float		 prune;		/* -p */
	const char	*dev;		/* -d, or NULL */
	const char	*out;		/* -o, or NULL for stdout */
	int		 runs;		/* -r */
	int		 quiet;		/* -q */
};

static _Noreturn void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp, "usage: %s [-q] [-c cutoff] [-d dev] [-e epochs] [-o model] "
	    "[-p prune] [-r runs] [-s seed] file\n", progname);
	if (status == 0)
		fputs("  -c cutoff  keep features seen at least cutoff times (1)\n"
		    "  -d dev     print the F1 on this CoNLL file after each epoch\n"
		    "  -e epochs  passes over the training data (10)\n"
		    "  -o model   write the model here instead of stdout\n"
		    "  -p prune   drop features whose weights are all below prune (0.5)\n"
		    "  -q         print nothing but errors\n"
		    "  -r runs    average the models of runs document orders (3)\n"
		    "  -s seed    seed of the document order (1)\n"
		    "  --help     print this help\n"
		    "  --version  print the version\n", fp);
	if (status == 0 && (fflush(stdout) != 0 || ferror(stdout)))
		status = 2;
	exit(status);
}

static long
number(const char *s, long min, long max, int opt)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || *end != '\0' || errno != 0 || v < min || v > max) {
		warnf("-%c: bad number: %s", opt, s);
		usage(2);
	}
	return v;
}

static double
fraction(const char *s, int opt)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || errno != 0 || !(v >= 0 && v < 1e6)) {
		warnf("-%c: bad number: %s", opt, s);
		usage(2);
	}
	return v;
}

static struct ner_corpus *
read_corpus(const char *path)
{
	struct ner_corpus *c;
	struct ner_err err;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		die(2, "%s:", path);
	c = ner_corpus_read(fp, &err);
	fclose(fp);
	if (c == NULL)
		die(1, "%s:%lu: %s", path, err.line, err.msg);
	return c;
}

struct devctx {
	const struct ner_corpus *dev;	/* dev corpus */
	int		 quiet;		/* -q */
};

static void
report(const char *what, const struct ner_score *sc)
{
	int k;

	fprintf(stderr, "%s: %s F1 %.4f (", progname, what,
	    ner_score_f1(sc, NER_NTYPES));
	for (k = 0; k < NER_NTYPES; k++)
		fprintf(stderr, "%s%s %.4f", k ? ", " : "", ner_type_name(k),
		    ner_score_f1(sc, k));
	fputs(")\n", stderr);
}

static void
epoch(void *ctx, int ep, const struct ner_model *m)
{
	struct devctx *dc = ctx;
	struct ner_score sc;
	char what[64];

	if (dc->dev == NULL) {
		if (!dc->quiet)
			fprintf(stderr, "%s: epoch %d\n", progname, ep);
		return;
	}
	ner_evaluate(m, dc->dev, &sc);
	snprintf(what, sizeof(what), "epoch %d: dev", ep);
	if (!dc->quiet)
		report(what, &sc);
}

int
main(int argc, char *argv[])
{
	struct opts o = { 10, 1, 1, 0.5f, NULL, NULL, 3, 0 };
	struct ner_train_opts to;
	struct ner_corpus *train;
	struct ner_score sc;
	struct devctx dc = { NULL, 0 };
	struct ner_model *m;
	static const struct opt_long longs[] = {
		{ "help", 0, OPT_HELP },
		{ "version", 0, OPT_VERSION },
		{ NULL, 0, 0 }
	};
	struct opt_state st;
	const char *arg;
	FILE *fp;
	int c;

	progname = "lede-train";
	opt_init(&st);
	while ((c = opt_next(&st, argc, argv, "c:d:e:o:p:qr:s:", longs)) != -1) {
		arg = st.arg;
		switch (c) {
		case 'c':
			o.cutoff = (unsigned)number(arg, 1, 1000000, c);
			break;
		case 'd':
			o.dev = arg;
			break;
		case 'e':
			o.epochs = (int)number(arg, 1, 1000, c);
			break;
		case 'o':
			o.out = arg;
			break;
		case 'p':
			o.prune = (float)fraction(arg, c);
			break;
		case 'q':
			o.quiet = 1;
			break;
		case 'r':
			o.runs = (int)number(arg, 1, 100, c);
			break;
		case 's':
			o.seed = (unsigned long)number(arg, 0, LONG_MAX, c);
			break;
		case OPT_HELP:
			usage(0);
			/* NOTREACHED */
		case OPT_VERSION:
			printf("%s %s\n", progname, VERSION);
			return fflush(stdout) || ferror(stdout) ? 2 : 0;
		default:
			warnf("%s", st.msg);
			usage(2);
		}
	}
	argc -= st.ind;
	argv += st.ind;
	if (argc != 1)
		usage(2);
	train = read_corpus(argv[0]);
	if (o.dev != NULL)
		dc.dev = read_corpus(o.dev);
	dc.quiet = o.quiet;
	if (!o.quiet)
		fprintf(stderr, "%s: %s: %zu documents, %zu tokens\n", progname,
		    argv[0], ner_corpus_ndocs(train), ner_corpus_ntokens(train));
	to.epochs = o.epochs;
	to.seed = o.seed;
	to.cutoff = o.cutoff;
	to.prune = o.prune;
	to.runs = o.runs;
	m = ner_train(train, &to, epoch, &dc);
	if (!o.quiet)
		fprintf(stderr, "%s: %zu features\n", progname, ner_model_nfeatures(m));
	if (dc.dev != NULL && !o.quiet) {
		ner_evaluate(m, dc.dev, &sc);
		report("final: dev", &sc);
	}
	if (o.out != NULL) {
		if ((fp = fopen(o.out, "w")) == NULL)
			die(2, "%s:", o.out);
	} else
		fp = stdout;
	if (ner_model_write(m, fp) != 0 || fflush(fp) != 0 || ferror(fp))
		die(2, "%s: write error:", o.out ? o.out : "stdout");
	if (fp != stdout && fclose(fp) != 0)
		die(2, "%s:", o.out);
	ner_model_free(m);
	ner_corpus_free(train);
	ner_corpus_free((struct ner_corpus *)dc.dev);
	if (fclose(stdout) != 0)
		die(2, "stdout: write error:");
	return 0;
}
