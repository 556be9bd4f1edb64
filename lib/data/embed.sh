#!/bin/sh
# Turn a data file into C source that holds its bytes, so lexicons and the
# entity model are part of the binary and no data path is ever configured.
#   embed.sh lib/data/abbrev.txt > lib/data/abbrev.c
# defines  const char data_abbrev[]  and  const size_t data_abbrev_len.
# POSIX sh, od and awk only.
set -e
file=$1
name=$(basename "$file" | sed 's/\.[^.]*$//; s/[^A-Za-z0-9_]/_/g')
printf '/* Generated from %s by lib/data/embed.sh; do not edit. */\n' "$file"
printf '#include <stddef.h>\n'
printf 'extern const char data_%s[];\nextern const size_t data_%s_len;\n' "$name" "$name"
printf 'const char data_%s[] = {\n' "$name"
# Bytes above 127 are cast: plain char may be signed.
od -An -v -tu1 "$file" |
    awk '{ for (i = 1; i <= NF; i++) printf($i > 127 ? "(char)%s," : "%s,", $i); printf "\n" }'
printf '0 };\n'
printf 'const size_t data_%s_len = sizeof(data_%s) - 1;\n' "$name" "$name"
