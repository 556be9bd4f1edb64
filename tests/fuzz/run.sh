#!/bin/sh
# make fuzz: build each target with clang's libFuzzer and run it for
# FUZZ_SECONDS from the kept seeds in tests/fuzz/corpus/NAME/.  New finds
# grow tests/fuzz/work/NAME/ (not kept: thousands of files); a crash,
# timeout or out-of-memory input is written to the kept corpus, so make
# check replays it.  Ends with one line per target: executions, crashes.
# The embedded data is linked from lib/data/*.o (make builds them first).
command -v clang >/dev/null 2>&1 || { echo "make fuzz needs clang" >&2; exit 2; }
secs=${FUZZ_SECONDS:-60}
status=0
summary=
for t in "$@"; do
	name=${t#tests/fuzz/}
	corpus=tests/fuzz/corpus/$name
	work=tests/fuzz/work/$name
	mkdir -p "$corpus" "$work"
	clang -std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -DVERSION=\"fuzz\" -Ilib \
	    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o "$t" "$t.c" lib/*.c lib/data/*.o -lm || exit 2
	dict=
	[ -f "$t.dict" ] && dict=-dict=$t.dict
	[ "$name" = fuzz_json ] && dict=-dict=tests/fuzz/json.dict
	echo "== $name ($secs s)"
	# A run of 10 s on one input is a hang: the worst cases must be linear.
	"$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 $dict \
	    -artifact_prefix="$corpus/crash-" -print_final_stats=1 \
	    "$work" "$corpus" 2>"$t.log"
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$t.log")
	crashes=0
	[ $rc -eq 0 ] || { crashes=1; status=1; }
	grep -E '^stat::peak_rss_mb|ERROR|^SUMMARY' "$t.log"
	[ $rc -eq 0 ] || echo "$name: crashed, see $t.log"
	summary="$summary$name: ${execs:-0} executions, $crashes crashes
"
done
printf '%s' "$summary"
exit $status
