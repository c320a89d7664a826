#!/usr/bin/env bash
# Extracts every marked message of src/ and web/ into a .pot file (default po/thidua.pot) with xgettext.
#
# usage: po/extract.sh [OUTPUT.pot]    (run from anywhere; paths are relative to the repo root)
# The keywords are the marking functions of src/i18n/i18n.h: _() and N_() (never formatted,
# so '%' is literal), tr() and trn() (always formatted: positional %1$s, %2$d; '%%' for '%').
# Entries are sorted and carry no line numbers, so two branches adding messages rarely conflict.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=${1:-$root/po/thidua.pot}
cd "$root"
find src -name '*.cpp' -o -name '*.h' | LC_ALL=C sort >"$output.files"
trap 'rm -f "$output.files"' EXIT
xgettext --language=C++ --from-code=UTF-8 --files-from="$output.files" --output="$output" \
  --keyword=_ --keyword=N_ --keyword=tr:1 --keyword=trn:1,2 \
  --flag=_:1:no-c-format --flag=N_:1:no-c-format \
  --flag=tr:1:c-format --flag=trn:1:c-format --flag=trn:2:c-format \
  --add-comments=TRANSLATORS: --no-location --sort-output --no-wrap \
  --package-name=thidua --msgid-bugs-address="the thidua maintainers" --copyright-holder="the thidua authors"
# The web app's messages (web/*.js, web/*.html) go into the same catalogue.
bash "$root/po/extract-web.sh" "$output.web"
trap 'rm -f "$output.files" "$output.web"' EXIT
msgcat --use-first --no-wrap --sort-output -o "$output" "$output" "$output.web"
# The creation date would change the file at every extraction; keep it fixed.
sed -i 's/^"POT-Creation-Date: .*\\n"$/"POT-Creation-Date: 2026-01-01 00:00+0000\\n"/' "$output"
