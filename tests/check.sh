#!/bin/sh
# make check: the suite as built, then again built with AddressSanitizer
# and UndefinedBehaviorSanitizer in bin/san/ (a copy of the tree, so the
# programs in bin/ stay the optimised ones), with small initial buffer and
# arena sizes so the growth paths run.  Ends with the summed
# "N passed, N failed".
top=$(pwd)
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$top/$SHARED ;; esac
export SHARED
log=$(mktemp "${TMPDIR:-/tmp}/lede-check.XXXXXX")
trap 'rm -f "$log"' EXIT INT TERM

echo "== tests (as built)"
sh tests/run.sh | tee "$log"
p1=$(tail -n 1 "$log" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
f1=$(tail -n 1 "$log" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
: "${p1:=0}" "${f1:=1}"

echo "== tests (ASan + UBSan, BUF_INIT=1 ARENA_BLOCK=64)"
san=bin/san
rm -rf "$san"
mkdir -p "$san"
cp -R Makefile lib tools tests examples "$san"/
rm -f "$san"/lib/*.o "$san"/lib/data/*.o "$san"/lib/data/*.c "$san"/tools/*.o "$san"/lib/*.a
rm -rf "$san"/bin
SANFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all"
if (cd "$san" && ${MAKE:-make} -s CC="${CC:-cc}" \
    CFLAGS="-std=c11 -O1 -g -fno-omit-frame-pointer $SANFLAGS" \
    LDFLAGS="$SANFLAGS" TESTSIZES="-DBUF_INIT=1 -DARENA_BLOCK=64" \
    all units >build.log 2>&1); then
	LEDE_MODEL_CHECK=no \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    sh -c "cd '$san' && sh tests/run.sh" | tee "$log"
	p2=$(tail -n 1 "$log" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f2=$(tail -n 1 "$log" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	: "${p2:=0}" "${f2:=1}"
else
	echo "FAIL: sanitizer build"
	tail -n 20 "$san/build.log"
	p2=0
	f2=1
fi
echo "$((p1 + p2)) passed, $((f1 + f2)) failed"
[ $((f1 + f2)) -eq 0 ]
