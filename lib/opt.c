#include <stdio.h>
#include <string.h>

#include "opt.h"

void
opt_init(struct opt_state *st)
{
	memset(st, 0, sizeof(*st));
	st->ind = 1;
}

static int
long_option(struct opt_state *st, int argc, char **argv,
    const struct opt_long *longs)
{
	const char *name = argv[st->ind] + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const struct opt_long *lo;

	st->ind++;
	for (lo = longs; lo != NULL && lo->name != NULL; lo++) {
		if (strlen(lo->name) != len || strncmp(lo->name, name, len) != 0)
			continue;
		if (!lo->has_arg) {
			if (eq != NULL) {
				snprintf(st->msg, sizeof(st->msg),
				    "option --%s takes no argument", lo->name);
				return '?';
			}
			return lo->val;
		}
		if (eq != NULL)
			st->arg = eq + 1;
		else if (st->ind < argc)
			st->arg = argv[st->ind++];
		else {
			snprintf(st->msg, sizeof(st->msg),
			    "option --%s needs an argument", lo->name);
			return '?';
		}
		return lo->val;
	}
	snprintf(st->msg, sizeof(st->msg), "unknown option --%.*s",
	    len > 64 ? 64 : (int)len, name);
	return '?';
}

int
opt_next(struct opt_state *st, int argc, char **argv, const char *shorts,
    const struct opt_long *longs)
{
	const char *a, *spec;
	int c;

	st->arg = NULL;
	if (st->pos == 0) {
		if (st->ind >= argc)
			return -1;
		a = argv[st->ind];
		if (a[0] != '-' || a[1] == '\0')
			return -1;
		if (strcmp(a, "--") == 0) {
			st->ind++;
			return -1;
		}
		if (a[1] == '-')
			return long_option(st, argc, argv, longs);
		st->pos = 1;
	}
	a = argv[st->ind];
	c = (unsigned char)a[st->pos++];
	spec = c != ':' ? strchr(shorts, c) : NULL;
	if (spec == NULL) {
		snprintf(st->msg, sizeof(st->msg), "unknown option -%c", c);
		if (a[st->pos] == '\0') {
			st->ind++;
			st->pos = 0;
		}
		return '?';
	}
	if (spec[1] == ':') {
		if (a[st->pos] != '\0')
			st->arg = a + st->pos;
		else if (st->ind + 1 < argc)
			st->arg = argv[++st->ind];
		else {
			snprintf(st->msg, sizeof(st->msg),
			    "option -%c needs an argument", c);
			st->ind++;
			st->pos = 0;
			return '?';
		}
		st->ind++;
		st->pos = 0;
		return c;
	}
	if (a[st->pos] == '\0') {
		st->ind++;
		st->pos = 0;
	}
	return c;
}
