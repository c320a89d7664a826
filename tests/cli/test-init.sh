#!/usr/bin/env bash
# `thidua init`: for each kind, the skeleton and the three list workbooks are written (never
# over an existing file, byte-identical from run to run); the workbooks have Vietnamese
# headers, a frozen header row and column widths, and read back with no column error; `check`
# on the untouched skeleton lists exactly the fields that remain (tests/golden/init-KIND.stderr,
# rewritten with THIDUA_UPDATE=1).
#
# usage: tests/cli/test-init.sh BIN      (from the repo root; BIN is the thidua binary)
set -u

export LANGUAGE=en
source "$(dirname "$0")/common.sh"
cli_test_start --keep-going "$@"
golden=$(pwd)/tests/golden

for kind in agreement movement campaign; do
  dir="$work/$kind"
  "$bin" init "$dir" --kind "$kind" >"$work/out" 2>"$work/err" || fail "init --kind $kind failed: $(cat "$work/err")"
  lists=(khach-moi.xlsx dai-bieu.xlsx)
  [[ $kind == movement ]] || lists=(don-vi.xlsx "${lists[@]}")
  for file in su-kien.xml "${lists[@]}"; do
    [[ -s "$dir/$file" ]] || fail "init --kind $kind wrote no $file"
  done
  [[ $kind != movement || ! -e "$dir/don-vi.xlsx" ]] || fail "a movement got a units workbook"
  grep -q "kind=\"$kind\"" "$dir/su-kien.xml" || fail "the $kind skeleton does not say kind=\"$kind\""

  # The same bytes from a second run; and never over existing files.
  "$bin" init "$work/again-$kind" --kind "$kind" >/dev/null 2>&1
  for file in su-kien.xml "${lists[@]}"; do
    cmp -s "$dir/$file" "$work/again-$kind/$file" || fail "init --kind $kind: $file differs from run to run"
  done
  cp "$dir/su-kien.xml" "$work/before.xml"
  echo "<!-- edited -->" >>"$dir/su-kien.xml"
  "$bin" init "$dir" --kind "$kind" >/dev/null 2>"$work/err"
  code=$?
  [[ $code == 1 ]] || fail "init over an existing folder: exit $code, expected 1"
  grep -q "su-kien.xml: error: the file already exists, and thidua init never overwrites" "$work/err" ||
    fail "init over an existing folder: unexpected message: $(cat "$work/err")"
  tail -n 1 "$dir/su-kien.xml" | grep -q edited || fail "init overwrote an existing su-kien.xml"
  cp "$work/before.xml" "$dir/su-kien.xml"

  # The workbooks: Vietnamese headers, a frozen first row, column widths (unzip -p reads them).
  for file in "${lists[@]}"; do
    python3 - "$dir/$file" <<'PY' || fail "$kind/$file: not as expected"
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode()
strings = z.read("xl/sharedStrings.xml").decode()
assert re.search(r'<pane [^>]*ySplit="1"[^>]*state="frozen"', sheet), "no frozen header row"
assert re.search(r'<col [^>]*width="', sheet), "no column widths"
assert "Họ và tên" in strings or "Tên đơn vị" in strings, "no Vietnamese header"
assert any(n.startswith("xl/comments") for n in z.namelist()), "no notes on the headers"
PY
  done

  # check on the untouched skeleton: exactly the fields that remain, with the exit code 1.
  (cd "$dir" && "$bin" check su-kien.xml >/dev/null 2>"$work/check.err")
  code=$?
  [[ $code == 1 ]] || fail "check on the untouched $kind skeleton: exit $code, expected 1"
  grep -q "column" "$work/check.err" && fail "check on the $kind skeleton complains about a list column: $(grep column "$work/check.err")"
  if [[ -n "${THIDUA_UPDATE:-}" ]]; then
    cp "$work/check.err" "$golden/init-$kind.stderr"
  elif ! diff -u "$golden/init-$kind.stderr" "$work/check.err" >"$work/diff"; then
    fail "check on the untouched $kind skeleton: the fields listed differ from tests/golden/init-$kind.stderr:
$(cat "$work/diff")"
  fi
done

# A bad --kind is a usage error.
"$bin" init "$work/x" --kind meeting >/dev/null 2>&1
code=$?
[[ $code == 2 ]] || fail "init --kind meeting: exit $code, expected 2"

if ((status == 0)); then echo "init: all checks passed"; fi
exit $status
