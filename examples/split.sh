#!/bin/sh
# Split the bundled article into sentence records and compare them with the
# hand-checked sentences beside it.  Run from anywhere; make check runs it.
cd "$(dirname "$0")/.." || exit 2
bin/lede-split --dct 2020-10-21 examples/rferl-2020-10-21.txt |
    diff -u examples/rferl-2020-10-21.sentences.jsonl -
