#!/bin/sh
# make fuzz: build each target with clang's libFuzzer and run it for
# FUZZ_SECONDS, growing tests/fuzz/corpus/NAME/ (new finds stay in the
# tree; a crash input is written there too, so make check replays it).
command -v clang >/dev/null 2>&1 || { echo "make fuzz needs clang" >&2; exit 2; }
secs=${FUZZ_SECONDS:-60}
status=0
for t in "$@"; do
	name=${t#tests/fuzz/}
	corpus=tests/fuzz/corpus/$name
	mkdir -p "$corpus"
	clang -std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -Ilib \
	    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o "$t" "$t.c" lib/*.c lib/data/*.c -lm || exit 2
	echo "== $name ($secs s)"
	"$t" -max_total_time="$secs" -dict=tests/fuzz/json.dict \
	    -artifact_prefix="$corpus/crash-" -print_final_stats=1 \
	    "$corpus" 2>"$t.log"
	rc=$?
	grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|ERROR' "$t.log"
	[ $rc -eq 0 ] || { echo "$name: crashed, see $t.log"; status=1; }
done
exit $status
