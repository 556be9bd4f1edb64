#!/bin/sh
# make demo: run the whole pipeline on the bundled article and print its
# facts as a table.  Programs not yet built are left out of the pipeline.
cd "$(dirname "$0")/.." || exit 2
article=examples/rferl-2020-10-21.txt
pipe="bin/lede-split --dct 2020-10-21 $article"
for prog in lede-ents lede-dates lede-quotes; do
	[ -x "bin/$prog" ] && pipe="$pipe | bin/$prog"
done
if [ -x bin/lede-facts ]; then
	pipe="$pipe | bin/lede-facts -t"
fi
echo "\$ $pipe" | sed 's/ | / \\\n    | /g'
echo
eval "$pipe"
