#!/bin/sh
# make valgrind: the golden cases again, with every lede program run under
# valgrind (a wrapper directory in front of bin/ on PATH).  A case passes
# when it gives its usual output and status and valgrind reported nothing
# (no invalid read or write, no use of uninitialised memory, no definite
# leak).  Cases listed in VALGRIND_SKIP are skipped and named; by default
# the one case that cannot run through a wrapper.  VALGRIND_CASES, a list
# of case directories or patterns, runs only those: the whole takes over a
# quarter of an hour.  Ends with "N passed, N failed".
LC_ALL=C
export LC_ALL
command -v valgrind >/dev/null 2>&1 || { echo "make valgrind needs valgrind" >&2; exit 2; }
top=$(pwd)
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$top/$SHARED ;; esac
export SHARED
# lede-facts/0052 finds the repository through PATH (command -v lede-facts)
# for ../shared's scorer, which then finds the wrapper, not bin/.
VALGRIND_SKIP=${VALGRIND_SKIP-tests/golden/lede-facts/0052}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-valgrind.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/wrap" "$tmp/log"
for p in bin/lede-*; do
	[ -x "$p" ] || continue
	cat >"$tmp/wrap/${p#bin/}" <<WRAP
#!/bin/sh
exec valgrind --error-exitcode=1 -q --leak-check=full \\
    --errors-for-leak-kinds=definite --log-file="$tmp/log/%p.log" \\
    "$top/$p" "\$@"
WRAP
	chmod +x "$tmp/wrap/${p#bin/}"
done
PATH=$tmp/wrap:$top/bin:$PATH
export PATH
pass=0
fail=0
skipped=
for d in ${VALGRIND_CASES:-tests/golden/*/*/}; do
	d=${d%/}
	[ -f "$d/cmd" ] || continue
	case " $VALGRIND_SKIP " in *" $d "*) skipped="$skipped $d"; continue ;; esac
	in=$d/in.jsonl
	[ -f "$in" ] || in=/dev/null
	rm -f "$tmp"/log/*
	if sh "$d/cmd" <"$in" >"$tmp/out" 2>"$tmp/err"; then rc=0; else rc=$?; fi
	if [ -f "$d/status" ]; then want=$(cat "$d/status"); else want=0; fi
	why=
	if [ "$want" != skip ] && [ "$rc" != 77 ]; then
		[ "$rc" = "$want" ] || why="exit $rc, want $want"
		if [ -f "$d/out.jsonl" ] && ! cmp -s "$tmp/out" "$d/out.jsonl"; then
			why="$why${why:+; }stdout differs"
		fi
	fi
	for l in "$tmp"/log/*.log; do
		[ -s "$l" ] || continue
		why="$why${why:+; }valgrind:"
		sed 's/^/  /' "$l" | head -n 30 >>"$tmp/report"
	done
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $d: $why"
		[ -f "$tmp/report" ] && cat "$tmp/report"
		rm -f "$tmp/report"
	fi
done
[ -z "$skipped" ] || echo "skipped:$skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
