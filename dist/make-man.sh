#!/usr/bin/env bash
# Man pages made from the program's own help text (the one source of truth) with help2man:
# thidua.1 and one thidua-COMMAND.1 per command, gzipped (-n: no name or time, so reproducible),
# in the language LANG (en or vi) of the program's --lang option.
# usage: make-man.sh BINARY OUTPUT_FOLDER INCLUDE_FILE CHANGELOG LANG
set -euo pipefail
real_binary=$(realpath "$1") out=$2 include=$3 changelog=$4 lang=$5
mkdir -p "$out"
# The page date: the newest changelog entry's (never the clock), unless SOURCE_DATE_EPOCH is set.
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
  SOURCE_DATE_EPOCH=$(date -d "$(sed -n 's/^ -- .*>  //p' "$changelog" | head -1)" +%s)
  export SOURCE_DATE_EPOCH
fi
# The commands, from the overview's two-space-indented list (the lines 'thidua help …' excluded).
mapfile -t commands < <("$real_binary" --lang "$lang" --help | awk '/^  [a-z][a-z-]*  +[^ ]/ && $1 != "thidua" {print $1}')
if ((${#commands[@]} == 0)); then
  echo "make-man.sh: error: no commands found in '$real_binary --lang $lang --help'" >&2
  exit 3
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The program in the chosen language, as help2man calls it: PROGRAM --help, PROGRAM --version.
binary="$work/thidua"
printf '#!/bin/sh\nexec "%s" --lang %s "$@"\n' "$real_binary" "$lang" >"$binary"
chmod +x "$binary"
version=$("$binary" --version | awk '{print $2}')
# help2man reads the help as text of the locale: UTF-8, or the Vietnamese letters become '?'.
export LC_ALL=C.UTF-8
see_also="[SEE ALSO]\n.BR thidua (1)"
for command in "${commands[@]}"; do see_also+=",\n.BR thidua-$command (1)"; done

make_page() {  # make_page NAME PROGRAM DESCRIPTION
  local name=$1 program=$2 description=$3
  # The NAME line through the include file: help2man would not decode a UTF-8 --name.
  { printf '[NAME]\n%s \\- %s\n\n' "$name" "$description"; cat "$include"; printf '%b\n' "$see_also"; } >"$work/include.h2m"
  help2man --no-info --no-discard-stderr --locale=C.UTF-8 --include="$work/include.h2m" \
           --output="$work/$name.1" "$program"
  gzip -9n <"$work/$name.1" >"$out/$name.1.gz"
}

make_page thidua "$binary" "$("$binary" --help | sed -n '1s/^thidua [^ ]* - //p')"
for command in "${commands[@]}"; do
  # A program named thidua-COMMAND whose --help is 'thidua help COMMAND', so help2man titles the page after it.
  cat >"$work/thidua-$command" <<SCRIPT
#!/bin/sh
if [ "\$1" = --version ]; then echo "thidua-$command $version"; exit 0; fi
exec "$binary" help "$command"
SCRIPT
  chmod +x "$work/thidua-$command"
  summary=$("$binary" --help | awk -v c="$command" '$1 == c {sub(/^  [^ ]+ +/, ""); print; exit}')
  make_page "thidua-$command" "$work/thidua-$command" "$summary"
done
