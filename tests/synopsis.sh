#!/bin/sh
# Does a program's --help agree with its man page?  For each man page
# tools/NAME.1 given, compares (1) the rendered SYNOPSIS with the usage
# lines --help prints, spaces aside, and (2) the options the man page
# describes (.It Fl ...) with those --help lists, each with its argument,
# and (3) those with the options the SYNOPSIS names.
# Prints what differs; exit 1 when anything does.  Run from the top of the
# tree with bin/ built; needs mandoc (exit 77 without it).
command -v mandoc >/dev/null 2>&1 || exit 77
bs=$(printf '\b')
status=0
for man in "$@"; do
	name=$(basename "$man" .1)
	prog=bin/$name
	if ! help=$("$prog" --help 2>&1); then
		echo "$name: --help failed"
		status=1
		continue
	fi
	# (1) The usage lines: the first line and its indented continuations.
	usage=$(printf '%s\n' "$help" | awk 'NR == 1 { sub(/^usage: /, ""); print; next }
	    /^   / { print; next } { exit }' | tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//')
	synopsis=$(mandoc -Tascii "$man" | sed "s/.$bs//g" |
	    awk '/^SYNOPSIS/ { on = 1; next } on && /^[A-Z]/ { exit } on { print }' |
	    tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//')
	if [ "$usage" != "$synopsis" ]; then
		echo "$name: --help usage and SYNOPSIS differ:"
		echo "  --help:   $usage"
		echo "  SYNOPSIS: $synopsis"
		status=1
	fi
	# (2) The options: "-m model", "--dct date", "--help", one a line.
	printf '%s\n' "$help" | sed -n 's/^  *\(--*[A-Za-z0-9][-A-Za-z0-9]*\)\( [a-z0-9][-a-z0-9]*\)\{0,1\}\(  .*\)\{0,1\}$/\1\2/p' |
	    sort >"${TMPDIR:-/tmp}/synopsis.$$.help"
	sed -n 's/^\.It Fl //p' "$man" | sed 's/ , Fl /@/g' | tr '@' '\n' |
	    sed 's/^\([^ ]*\) Ar \([^ ]*\).*/-\1 \2/; t; s/^\([^ ]*\).*/-\1/' |
	    sort >"${TMPDIR:-/tmp}/synopsis.$$.man"
	if ! cmp -s "${TMPDIR:-/tmp}/synopsis.$$.help" "${TMPDIR:-/tmp}/synopsis.$$.man"; then
		echo "$name: options in --help (<) and the man page (>) differ:"
		diff "${TMPDIR:-/tmp}/synopsis.$$.help" "${TMPDIR:-/tmp}/synopsis.$$.man" |
		    grep '^[<>]' | sed 's/^/  /'
		status=1
	fi
	# (3) Every option described is in the SYNOPSIS (but --help, --version).
	syn=$(printf '%s\n' "$synopsis" | tr ' ' '\n' | sed -n 's/^\[\(--*[A-Za-z0-9][-A-Za-z0-9]*\)\]\{0,1\}$/\1/p' |
	    awk '/^--/ { print; next } { for (i = 2; i <= length($0); i++) print "-" substr($0, i, 1) }' | sort)
	described=$(sed 's/ .*//' "${TMPDIR:-/tmp}/synopsis.$$.man" | grep -v -e '^--help$' -e '^--version$' | sort)
	if [ "$syn" != "$described" ]; then
		echo "$name: options in the SYNOPSIS and those described differ:"
		echo "  SYNOPSIS:  " $syn
		echo "  described: " $described
		status=1
	fi
	rm -f "${TMPDIR:-/tmp}/synopsis.$$.help" "${TMPDIR:-/tmp}/synopsis.$$.man"
done
exit $status
