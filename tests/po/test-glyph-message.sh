#!/usr/bin/env bash
# "No glyph in the font" names the field in the message's language: Vietnamese by default
# ("tên của đơn vị 'ldld'"), English with --lang en ("unit 'ldld' name"); located, exit 1, no PDF.
#
# usage: tests/po/test-glyph-message.sh BIN      (from the repo root)
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
samples=$here/../../samples
fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$samples"/. "$work/"
# A Thai letter (no Vietnamese font has it) in the short name of the unit 'ldld'.
grep -q '<unit id="ldld" short="LĐLĐ tỉnh"' "$work/2020-soc-trang-cum-3.xml" ||
  { echo "FAIL: the sample's unit ldld changed; update this test" >&2; exit 1; }
sed 's#short="LĐLĐ tỉnh"#short="LĐLĐ ก tỉnh"#' "$work/2020-soc-trang-cum-3.xml" >"$work/thai.xml"
vi() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 timeout 60 "$bin" "$@" </dev/null; }

vi agreement "$work/thai.xml" -o "$work/vi.pdf" 2>"$work/vi.stderr"
[[ $? -eq 1 ]] || problem "agreement exited $? (expected 1)"
[[ ! -e $work/vi.pdf ]] || problem "a PDF was written"
grep -qE "thai\.xml:[0-9]+:[0-9]+: lỗi: phông chữ của văn bản không có ký tự U\+0E01 .*\(ở tên ngắn của đơn vị 'ldld'\)$" "$work/vi.stderr" ||
  problem "Vietnamese message: $(cat "$work/vi.stderr")"
python3 "$here/find_english.py" "$work/vi.stderr" || problem "English in the Vietnamese message"

vi --lang en agreement "$work/thai.xml" -o "$work/en.pdf" 2>"$work/en.stderr"
[[ $? -eq 1 ]] || problem "--lang en agreement exited $? (expected 1)"
grep -qE "thai\.xml:[0-9]+:[0-9]+: error: the document font has no glyph for U\+0E01 .* in unit 'ldld' short$" "$work/en.stderr" ||
  problem "English message: $(cat "$work/en.stderr")"
exit $fail
