#!/bin/sh
# make stress: memory and time under constructed worst cases.
#
# (a) Peak memory is bounded by the largest document: lede-split -j and
#     lede-dates run on 10 MB and on STRESS_MB (default 1024) of small
#     documents, streamed from a generator (nothing large on disk); the
#     two peaks should be the same.
# (b) Time per MB is flat: each program on 1 MB and 10 MB of a worst case
#     (runs of quotation marks, of full stops, of capitalised words, of
#     digits, one giant word, no sentence boundary, names and cue verbs).
#     lede-split gets raw text; the others one sentence record holding all
#     of it, for "names" annotated by the programs before them in the
#     pipeline (entities, dates and quotes are what is dense).  A ratio
#     (10 MB s/MB over 1 MB s/MB) well above 1 means superlinear.  Each run
#     is cut at STRESS_LIMIT CPU seconds (default 120).
#
# Needs bin/peak (tests/peak.c) and python3 for the generator.  Times are
# CPU seconds (user+sys).  Nothing here is from the corpora: the text is
# made up of a few constant sentences.
LC_ALL=C
export LC_ALL
STRESS_MB=${STRESS_MB:-1024}
STRESS_LIMIT=${STRESS_LIMIT:-120}
top=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-stress.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# gen KIND MB: write MB megabytes of KIND on stdout.
gen() {
	python3 - "$1" "$2" <<'PY'
import json, sys
kind, mb = sys.argv[1], float(sys.argv[2])
size = int(mb * 1000000)
out = sys.stdout
sents = ['The council met on Monday, 21 October 2020, in the capital.',
         '"We will not give up," the minister told reporters.',
         'Officials said 1,200 people had left since last week.',
         'Talks resume at 10 a.m. tomorrow, a spokesman said.']
if kind in ('docs', 'sents'):
    # Small documents (about 1 KB), or their sentence records.
    n = 0
    written = 0
    while written < size:
        if kind == 'docs':
            text = ' '.join(sents[(n + i) % 4] for i in range(16))
            line = json.dumps({'doc': 'd%d' % n, 'dct': '2020-10-21',
                               'text': text}) + '\n'
        else:
            s = sents[n % 4]
            line = json.dumps({'doc': 'd%d' % (n // 16), 'dct': '2020-10-21',
                               'sent': n % 16, 'para': 0, 'start': 0,
                               'end': len(s), 'text': s}) + '\n'
        out.write(line)
        written += len(line)
        n += 1
    sys.exit(0)
raw = kind.endswith('.txt')
kind = kind.split('.')[0]
words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf',
         'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November']
lower = ['the', 'cat', 'sat', 'on', 'a', 'mat', 'and', 'then', 'it', 'went']
if kind == 'quotes':
    unit = '"'
elif kind == 'stops':
    unit = '.'
elif kind == 'caps':
    unit = ' '.join(words) + ' '
elif kind == 'digits':
    unit = '1234567890'
elif kind == 'word':
    unit = 'abcdefghij'
elif kind == 'names':
    unit = ('Anna Berg said the Foreign Ministry in Paris and Jan Novak '
            'told the Council of Europe on Monday that ')
else:                           # noboundary: lower-case words, no marks
    unit = ' '.join(lower) + ' '
text = (unit * (size // len(unit) + 1))[:size].strip() or 'x'
if raw:
    out.write(text + '\n')
else:
    out.write(json.dumps({'doc': 'w', 'dct': '2020-10-21', 'sent': 0,
                          'para': 0, 'start': 0, 'end': len(text.encode()),
                          'text': text}) + '\n')
PY
}

# run FILE-OR-- CMD...: CPU seconds and peak KB of CMD on FILE ("-": the
# generator's stdout is already on stdin), "limit" when cut short.
run() {
	f=$1
	shift
	if [ "$f" = - ]; then
		( ulimit -t "$STRESS_LIMIT"; "$top/bin/peak" "$@" ) \
		    >/dev/null 2>"$tmp/peak"
	else
		( ulimit -t "$STRESS_LIMIT"; "$top/bin/peak" "$@" <"$f" ) \
		    >/dev/null 2>"$tmp/peak"
	fi
	r=$(tail -n 1 "$tmp/peak")
	case $r in
	*[!0-9.\ ]*|'') echo "limit limit" ;;
	*) echo "$r" | awk '{ print $2, $3 }' ;;
	esac
}

echo "== (a) peak memory: small documents, 10 MB and $STRESS_MB MB"
printf '%-16s %12s %12s %12s %12s\n' program '10MB peakKB' "${STRESS_MB}MB peakKB" '10MB cpu s' "${STRESS_MB}MB cpu s"
for p in split dates; do
	if [ $p = split ]; then kind=docs; cmd="bin/lede-split -j"; else kind=sents; cmd=bin/lede-dates; fi
	set -- $(gen $kind 10 | run - $cmd) $(gen $kind "$STRESS_MB" | run - $cmd)
	printf '%-16s %12s %12s %12s %12s\n' "lede-${p}" "$2" "$4" "$1" "$3"
done

echo "== (b) CPU seconds per MB, 1 MB and 10 MB of each worst case"
printf '%-12s %-12s %10s %10s %7s\n' program case '1MB s/MB' '10MB s/MB' ratio
for kind in quotes stops caps digits word noboundary names; do
	for mb in 1 10; do
		gen $kind.txt $mb >"$tmp/$kind.$mb.txt"
		gen $kind $mb >"$tmp/$kind.$mb.jsonl"
		if [ $kind = names ]; then
			bin/lede-ents <"$tmp/$kind.$mb.jsonl" >"$tmp/$kind.$mb.ents"
			bin/lede-dates <"$tmp/$kind.$mb.ents" | bin/lede-quotes \
			    >"$tmp/$kind.$mb.all"
		fi
	done
	for p in split ents dates quotes facts show; do
		ext=jsonl
		[ $p = split ] && ext=txt
		if [ $kind = names ]; then
			case $p in
			quotes) ext=ents ;;
			facts|show) ext=all ;;
			esac
		fi
		set -- $(run "$tmp/$kind.1.$ext" bin/lede-$p) \
		    $(run "$tmp/$kind.10.$ext" bin/lede-$p)
		awk -v p="lede-$p" -v k="$kind" -v a="$1" -v b="$3" 'BEGIN {
			if (a == "limit" || b == "limit") {
				printf "%-12s %-12s %10s %10s %7s\n", p, k, a, b, "-"; exit
			}
			x = a / 1; y = b / 10
			printf "%-12s %-12s %10.3f %10.3f %7s\n", p, k, x, y,
			    (x > 0.005 ? sprintf("%.2f", y / x) : "-")
		}'
	done
	rm -f "$tmp/$kind".*
done
