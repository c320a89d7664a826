#!/usr/bin/env bash
# Lists from workbooks made by LibreOffice itself: the samples' CSV converted to XLSX and ODS
# (soffice --headless --convert-to) give byte-identical attendance PDFs; a Vietnamese-headed
# list under a title row, with units by short name, loads the same from CSV, XLSX and ODS; its
# mistakes are located as the spreadsheet shows them (sheet, row, column letter and header).
#
# usage: tests/cli/test-workbooks.sh BIN      (from the repo root; BIN is the thidua binary)
set -u

export LANGUAGE=en  # the messages checked below are the English ones
source "$(dirname "$0")/common.sh"
cli_test_start --keep-going "$@"
if ! command -v soffice >/dev/null 2>&1; then
  echo "FAIL: soffice not installed (scripts/setup.sh --test installs libreoffice-calc-nogui)" >&2
  exit 1
fi

cp -r samples/. "$work/"
cd "$work" || exit 3
sample=2020-soc-trang-cum-3

# A Vietnamese-headed list as staff keep it: a title row, STT, units by their short names.
cat >vi.csv <<'CSV'
DANH SÁCH ĐẠI BIỂU DỰ LỄ KÝ KẾT,,,,
,,,,
STT,Họ và tên,Chức vụ,Đơn vị,Ghi chú
1,Nguyễn Ngọc Thủy,Chủ tịch,,Dự lễ ký kết
2,Khưu Đăng Phượng,Chủ tịch Công đoàn,Ủy ban MTTQ Việt Nam tỉnh,Cụm trưởng
3,Trần Thị Ngọc Hân,Chủ tịch Công đoàn,hội lhpn  tỉnh,Cụm phó
4,Lâm Quốc Trung,Chủ tịch Công đoàn,dang-uy-khoi,
CSV
# The same with mistakes: a missing name, an unknown unit, a value under no header.
cat >loi.csv <<'CSV'
DANH SÁCH ĐẠI BIỂU,,,,,
STT,Họ và tên,Chức vụ,Đơn vị,Ghi chú,
1,Nguyễn Ngọc Thủy,Chủ tịch,,,
2,,Chủ tịch Công đoàn,Ủy ban MTTQ Việt Nam tỉnh,,
3,Trần Thị Ngọc Hân,Chủ tịch Công đoàn,Hội LHPN huyện,,
4,Lâm Quốc Trung,Chủ tịch Công đoàn,dang-uy-khoi,,thừa
CSV

# One soffice run per format (each start costs seconds); its own profile in the work folder.
convert() {
  soffice -env:UserInstallation="file://$work/profile" --headless --infilter="CSV:44,34,76,1" \
    --convert-to "$1" --outdir "$work" "$sample-attendees.csv" vi.csv loi.csv >"$work/soffice-$1.log" 2>&1 ||
    fail "soffice --convert-to $1 failed: $(cat "$work/soffice-$1.log")"
}
convert xlsx
convert ods

with_list() {  # with_list FILE EVENT-OUT: the sample event with its attendees from FILE
  sed "s|csv=\"$sample-attendees.csv\"|file=\"$1\"|" "$sample.xml" >"$2"
}

# 1. The sample's list: the same PDF from CSV, XLSX and ODS.
"$bin" attendance "$sample.xml" -o csv.pdf 2>/dev/null || fail "attendance from the CSV failed"
for ext in xlsx ods; do
  [[ -s "$sample-attendees.$ext" ]] || { fail "soffice made no $sample-attendees.$ext"; continue; }
  with_list "$sample-attendees.$ext" "event-$ext.xml"
  if ! "$bin" attendance "event-$ext.xml" -o "$ext.pdf" 2>"$ext.err"; then
    fail "attendance from the $ext list failed: $(cat "$ext.err")"
  elif ! cmp -s csv.pdf "$ext.pdf"; then
    fail "the attendance PDF from the $ext list differs from the CSV one"
  fi
done

# 2. Vietnamese headers, a title row and units by name: the same PDF from CSV, XLSX and ODS.
with_list vi.csv event-vi-csv.xml
"$bin" attendance event-vi-csv.xml -o vi-csv.pdf 2>vi-csv.err || fail "the Vietnamese-headed CSV failed: $(cat vi-csv.err)"
[[ -s vi-csv.err ]] && fail "the Vietnamese-headed CSV gave messages: $(cat vi-csv.err)"
pdftotext -q vi-csv.pdf - 2>/dev/null | grep -q "Lâm Quốc Trung" || fail "the Vietnamese-headed list lost a delegate"
for ext in xlsx ods; do
  with_list "vi.$ext" "event-vi-$ext.xml"
  if ! "$bin" attendance "event-vi-$ext.xml" -o "vi-$ext.pdf" 2>"vi-$ext.err"; then
    fail "the Vietnamese-headed $ext list failed: $(cat "vi-$ext.err")"
  elif ! cmp -s vi-csv.pdf "vi-$ext.pdf"; then
    fail "the Vietnamese-headed $ext list gives another PDF than its CSV"
  fi
done

# 3. Mistakes, located as the spreadsheet shows them; the CSV keeps line:column.
expect() {  # expect FILE EXPECTED-STDERR
  with_list "$1" "event-expect.xml"
  "$bin" check event-expect.xml >/dev/null 2>got.err
  local code=$?
  [[ $code == 1 ]] || fail "check with $1: exit $code, expected 1"
  diff -u <(printf '%s\n' "$2") got.err >diff.out || fail "check with $1: messages differ:
$(cat diff.out)"
}
for ext in xlsx ods; do
  expect "loi.$ext" "loi.$ext: sheet 'loi', row 4, column B (Họ và tên): error: missing required value in column 'Họ và tên'
loi.$ext: sheet 'loi', row 6, column F: error: value in column 6, which has no name in the header
loi.$ext: sheet 'loi', row 5, column D (Đơn vị): error: unknown unit 'Hội LHPN huyện' in column 'Đơn vị'; did you mean 'Hội LHPN tỉnh'?"
done
expect loi.csv "loi.csv:4:3: error: missing required value in column 'Họ và tên'
loi.csv:6:51: error: value in column 6, which has no name in the header
loi.csv:5:40: error: unknown unit 'Hội LHPN huyện' in column 'Đơn vị'; did you mean 'Hội LHPN tỉnh'?"

# 4. sheet= names the sheet (the tab LibreOffice named after the file); a wrong one is reported.
sed "s|csv=\"$sample-attendees.csv\"|file=\"vi.xlsx\" sheet=\"VI\"|" "$sample.xml" >event-sheet.xml
"$bin" check event-sheet.xml >/dev/null 2>sheet.err || fail "sheet=\"VI\" (any case) was not found: $(cat sheet.err)"
sed "s|csv=\"$sample-attendees.csv\"|file=\"vi.ods\" sheet=\"Đại biểu\"|" "$sample.xml" >event-sheet.xml
"$bin" check event-sheet.xml >/dev/null 2>sheet.err && fail "a missing sheet was accepted"
grep -q "error: the workbook 'vi.ods' has no sheet 'Đại biểu'; its sheets are 'vi'" sheet.err ||
  fail "a missing sheet: unexpected message: $(cat sheet.err)"

if ((status == 0)); then echo "workbooks: all checks passed"; fi
exit $status
