#!/bin/sh
# One pass of the test suite over the programs in bin/: Check unit suites,
# golden cases, examples, man page lint and fuzz-corpus replay.  Prints one
# line per failure and ends with "N passed, N failed".  Run from the top
# of the tree (make check-once); SHARED names ../shared when it exists.
LC_ALL=C
export LC_ALL
top=$(pwd)
PATH=$top/bin:$PATH
export PATH
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$top/$SHARED ;; esac
export SHARED
pass=0
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# Check suites print "NN%: Checks: N, Failures: F, Errors: E".
for t in tests/unit/check_*; do
	case $t in *.c) continue ;; esac
	[ -x "$t" ] || continue
	if "$t" >"$tmp/unit.out" 2>&1; then rc=0; else rc=$?; fi
	line=$(grep -E 'Checks: [0-9]+, Failures: [0-9]+, Errors: [0-9]+' "$tmp/unit.out" | tail -n 1)
	if [ -z "$line" ]; then
		bad "$t (exit $rc, no Check summary)"
		sed 's/^/  /' "$tmp/unit.out" | tail -n 20
		continue
	fi
	n=$(echo "$line" | sed 's/.*Checks: \([0-9]*\),.*/\1/')
	f=$(echo "$line" | sed 's/.*Failures: \([0-9]*\),.*/\1/')
	e=$(echo "$line" | sed 's/.*Errors: \([0-9]*\).*/\1/')
	pass=$((pass + n - f - e))
	if [ $((f + e)) -gt 0 ] || [ "$rc" -ne 0 ]; then
		fail=$((fail + f + e))
		[ $((f + e)) -gt 0 ] || fail=$((fail + 1))
		echo "FAIL: $t"
		grep -E ':[EF]:' "$tmp/unit.out" | sed 's/^/  /' | head -n 20
	fi
done

# Golden cases: tests/golden/TOOL/NNNN/{cmd,in.jsonl,out.jsonl,err,status}.
for d in tests/golden/*/*/; do
	d=${d%/}
	[ -f "$d/cmd" ] || continue
	in=$d/in.jsonl
	[ -f "$in" ] || in=/dev/null
	if sh "$d/cmd" <"$in" >"$tmp/out" 2>"$tmp/err"; then rc=0; else rc=$?; fi
	if [ -f "$d/status" ]; then want=$(cat "$d/status"); else want=0; fi
	if [ "$want" = skip ] || [ "$rc" = 77 ]; then
		ok
		continue
	fi
	why=
	[ "$rc" = "$want" ] || why="exit $rc, want $want"
	if [ -f "$d/out.jsonl" ] && ! cmp -s "$tmp/out" "$d/out.jsonl"; then
		why="$why${why:+; }stdout differs"
		diff "$d/out.jsonl" "$tmp/out" | head -n 10 >"$tmp/diff"
	fi
	if [ -f "$d/err" ]; then
		cmp -s "$tmp/err" "$d/err" || why="$why${why:+; }stderr differs"
	elif [ -s "$tmp/err" ] && [ "$want" = 0 ]; then
		why="$why${why:+; }unexpected stderr"
	fi
	if [ -z "$why" ]; then
		ok
	else
		bad "$d: $why"
		[ -f "$tmp/diff" ] && sed 's/^/  /' "$tmp/diff"
		sed 's/^/  stderr: /' "$tmp/err" | head -n 5
		rm -f "$tmp/diff"
	fi
done

# Examples are executable documentation: each must exit 0.
for e in examples/*.sh; do
	[ -f "$e" ] || continue
	case $e in examples/demo.sh) continue ;; esac
	if sh "$e" >"$tmp/out" 2>&1; then ok; else bad "$e"; tail -n 10 "$tmp/out"; fi
done

# Man pages: mandoc's linter, else groff's warnings.
for m in tools/*.1; do
	[ -f "$m" ] || continue
	if command -v mandoc >/dev/null 2>&1; then
		mandoc -Tlint -Wwarning "$m" >"$tmp/lint" 2>&1
	else
		groff -mdoc -ww -z "$m" >"$tmp/lint" 2>&1
	fi
	if [ -s "$tmp/lint" ]; then bad "$m"; sed 's/^/  /' "$tmp/lint"; else ok; fi
done

# --help agrees with the man page: SYNOPSIS and options (tests/synopsis.sh).
for m in tools/*.1; do
	[ -f "$m" ] || continue
	sh tests/synopsis.sh "$m" >"$tmp/syn" 2>&1
	case $? in
	0|77) ok ;;
	*) bad "$m: --help and SYNOPSIS"; sed 's/^/  /' "$tmp/syn" ;;
	esac
done

# The embedded entity model is what `make model` writes from the code as
# it is: a change to the tagger's features without retraining shows here.
# Needs ../shared; skipped in the sanitizer pass (LEDE_MODEL_CHECK=no),
# where training would take minutes to say the same.
if [ -f "$SHARED/corpora/ner/eng.train" ] && [ "${LEDE_MODEL_CHECK:-yes}" != no ]; then
	if ${MAKE:-make} -s model SHARED="$SHARED" MODEL_OUT="$tmp/model.txt" \
	    >"$tmp/out" 2>&1 && cmp -s "$tmp/model.txt" lib/data/ner_model.txt; then
		ok
	else
		bad "lib/data/ner_model.txt is not what make model writes now"
		tail -n 5 "$tmp/out"
	fi
fi

# Fuzz corpus replay: every kept input must run clean.
for r in tests/fuzz/replay_*; do
	[ -x "$r" ] || continue
	name=${r#tests/fuzz/replay_}
	dir=tests/fuzz/corpus/$name
	[ -d "$dir" ] || continue
	if "$r" "$dir"/* >"$tmp/out" 2>&1; then ok; else bad "$r"; tail -n 10 "$tmp/out"; fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
