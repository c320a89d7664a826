#!/usr/bin/env bash
# Extracts the web app's messages (web/*.js: t() and tn(); web/*.html: {{…}} texts) into a .pot
# file with xgettext. Used by po/extract.sh (into po/thidua.pot) and by the build, which gives
# the server the list of messages it translates for the pages (src/serve/web_messages.cmake).
#
# usage: po/extract-web.sh OUTPUT.pot
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The pages' {{text}} markers (the server fills them in) become t("text") calls for xgettext.
for page in "$root"/web/*.html; do
  grep -o '{{[^}]*}}' "$page" | grep -v '^{{lang}}$' | sed 's/^{{\(.*\)}}$/t("\1");/' >>"$work/pages.js" || true
done
cd "$root"
xgettext --language=JavaScript --from-code=UTF-8 --output="$output" \
  --keyword=t --keyword=tn:1,2 --flag=t:1:c-format --flag=tn:1:c-format --flag=tn:2:c-format \
  --no-location --sort-output --no-wrap --force-po \
  $(find web -maxdepth 1 -name '*.js' | LC_ALL=C sort) "$work/pages.js" 2>"$work/warnings" ||
  { cat "$work/warnings" >&2; exit 1; }
# (Its warnings about msgids with Vietnamese letters — "Emulation bloc (khối)" — are expected: not shown.)
