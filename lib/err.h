/*
 * Diagnostics for the programs in tools/.  Only tools call these: code in
 * lib/ returns a status and a position and never prints or exits, except
 * xmalloc() and friends in mem.h, which die when memory runs out.
 *
 * Every message reads "progname: message".  A format that ends in ':' gets
 * ": strerror(errno)" appended, the sbase eprintf rule.
 */
#ifndef LEDE_ERR_H
#define LEDE_ERR_H

/* The program's name, set once at the top of main(); the one global. */
extern const char *progname;

/* Print "progname: message" on stderr. */
void	warnf(const char *fmt, ...);

/* Print like warnf(), flush stdout quietly and exit with status. */
_Noreturn void die(int status, const char *fmt, ...);

#endif
