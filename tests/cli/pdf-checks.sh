#!/usr/bin/env bash
# Shared checks of a generated PDF with real tools; sourced by the test-*-pdf.sh scripts.
# check_pdf FILE.pdf TRACE: qpdf --check passes, every font is an embedded subset, pdftotext
# prints nothing on stderr and returns every drawn word in order, and so does pdf.js when
# tests/node has pdfjs-dist installed; Ghostscript's txtwrite must return the same words.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

require_tools() { need_tools qpdf pdffonts pdftotext gs python3; }

# The words of the trace's text calls, one per line, in drawing order.
trace_words() {
  python3 - "$1" <<'PY'
import re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r'text \S+ \S+ \S+ \S+ "(.*)"$', line.rstrip("\n"))
    if m:
        for word in m.group(1).replace('\\"', '"').replace('\\\\', '\\').split():
            print(word)
PY
}

# The lines of the trace in drawing order: consecutive text calls on one baseline form a line
# (as pdf.js reads a content stream).
trace_lines() {
  python3 - "$1" <<'PY'
import re, sys
page, key, words = 0, None, []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("page "):
        page += 1
        continue
    m = re.match(r'text (\S+) (\S+) \S+ \S+ "(.*)"$', line)
    if m:
        here = (page, m.group(2))
        if here != key and words:
            print(" ".join(words))
            words = []
        key = here
        words.append(m.group(3).replace('\\"', '"').replace('\\\\', '\\'))
if words:
    print(" ".join(words))
PY
}

check_pdf() {
  local pdf=$1 trace=$2 work name flags
  work=$(mktemp -d)
  qpdf --check "$pdf" >"$work/qpdf.txt" 2>&1 || { cat "$work/qpdf.txt"; fail "qpdf --check $pdf"; }
  pdffonts "$pdf" | tail -n +3 >"$work/fonts.txt"
  [[ -s "$work/fonts.txt" ]] || fail "$pdf has no fonts"
  # The type column may hold spaces ("CID TrueType"): read emb, sub and uni from the right.
  while read -r name flags; do
    [[ "$flags" == "yes yes yes" ]] || fail "$pdf: font $name is not an embedded subset with a ToUnicode map"
    [[ "$name" =~ ^[A-Z]{6}\+ ]] || fail "$pdf: font $name has no subset prefix"
  done < <(awk '{ print $1, $(NF-4), $(NF-3), $(NF-2) }' "$work/fonts.txt")
  pdftotext "$pdf" "$work/text.txt" 2>"$work/stderr.txt"
  [[ ! -s "$work/stderr.txt" ]] && : || { cat "$work/stderr.txt"; fail "pdftotext printed warnings for $pdf"; }
  trace_words "$trace" >"$work/expected-words.txt"
  tr -s ' \n\f' '\n\n\n' <"$work/text.txt" | grep -v '^$' >"$work/words.txt"
  # Every drawn word comes back, in order (pdftotext may order columns differently, so
  # compare as sorted multisets; order is checked by pdf.js line by line below).
  diff <(sort "$work/expected-words.txt") <(sort "$work/words.txt") >"$work/diff.txt" ||
    { head -20 "$work/diff.txt"; fail "pdftotext text of $pdf differs from what was drawn"; }
  # Ghostscript reads the ToUnicode maps its own way (it misread bfranges): the same words.
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=txtwrite -sOutputFile="$work/gs.txt" "$pdf" 2>"$work/gs-stderr.txt" ||
    { cat "$work/gs-stderr.txt"; fail "gs could not read $pdf"; }
  # A no-break space (a dash tied to the word after it) separates words like a space.
  tr -d '\r' <"$work/gs.txt" | sed 's/\xc2\xa0/ /g' | tr -s ' \n\f' '\n\n\n' | grep -v '^$' >"$work/gs-words.txt"
  diff <(sort "$work/expected-words.txt") <(sort "$work/gs-words.txt") >"$work/gs-diff.txt" ||
    { head -20 "$work/gs-diff.txt"; fail "Ghostscript (txtwrite) text of $pdf differs from what was drawn"; }
  local node_dir
  node_dir="$(dirname "${BASH_SOURCE[0]}")/../node"
  if [[ -d "$node_dir/node_modules/pdfjs-dist" ]] && command -v node >/dev/null; then
    trace_lines "$trace" >"$work/expected-lines.txt"
    PDFJS_DIST="$node_dir/node_modules/pdfjs-dist" node "$(dirname "${BASH_SOURCE[0]}")/test-pdf-pdfjs.mjs" \
      "$pdf" "$work/expected-lines.txt" || fail "pdf.js text of $pdf differs from what was drawn"
  else
    echo "note: pdf.js check skipped (tests/node not installed)"
  fi
  rm -rf "$work"
}
