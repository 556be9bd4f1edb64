/*
 * Command-line options: POSIX getopt() behaviour for short options
 * ("-ku", "-m FILE", "-mFILE", "--" ends options) plus long options
 * ("--dct DATE", "--dct=DATE", "--help"), without GNU getopt_long().
 *
 * Ownership: arguments are borrowed; st->arg points into argv.
 */
#ifndef LEDE_OPT_H
#define LEDE_OPT_H

/* Values for long options that have no short twin. */
#define OPT_HELP	256
#define OPT_VERSION	257

struct opt_long {
	const char	*name;		/* without the leading "--" */
	int		 has_arg;	/* 1 when it takes an argument */
	int		 val;		/* returned by opt_next() */
};

struct opt_state {
	int		 ind;		/* next argv index; operands start here at the end */
	int		 pos;		/* position inside a cluster of short options */
	const char	*arg;		/* the option's argument, or NULL */
	char		 msg[128];	/* what was wrong, when '?' is returned */
};

/* Start parsing at argv[1]. */
void	opt_init(struct opt_state *st);

/*
 * Return the next option: its character, its long val, -1 when the
 * options end (st->ind is then the first operand), or '?' with st->msg
 * set for an unknown option or a missing argument.  shorts is a getopt
 * string ("km:u"); longs ends with a zeroed entry.
 */
int	opt_next(struct opt_state *st, int argc, char **argv, const char *shorts,
	    const struct opt_long *longs);

#endif
