#!/usr/bin/env bash
# Every sample's documents as Word files (thidua build --docx): valid packages (tests/docx/check_docx.py),
# byte-identical across builds, converted by LibreOffice headless in one batch, and the converted PDFs
# checked against thidua's own PDFs (tests/docx/compare_pdfs.py: page count, the same text in the same
# order); a 1,000-row attendance list keeps its repeated header row on every converted page; the
# 10,000-row list as DOCX is a valid package cut into tables of about 200 rows where the PDF's
# pages begin (each with its header row marked to repeat, no row allowed to split), and LibreOffice
# converts it within 5 minutes (one table took it over 6) to the same 456 pages and words.
#
# usage: tests/cli/test-docx.sh BIN      (from the repo root; BIN is the thidua binary)
# THIDUA_DOCX_PNG=DIR keeps the first page of each pair as PNG in DIR, to look at.
set -u

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BIN" >&2
  exit 2
fi
export LANGUAGE=en
bin=$(realpath "$1")
repo=$PWD
for tool in soffice pdftotext pdfinfo pdftoppm python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL: $tool not installed (scripts/setup.sh --test installs libreoffice-writer-nogui and poppler-utils)" >&2
    exit 1
  fi
done
if [[ ! -e /usr/lib/libreoffice/program/swriter && ! -e /usr/lib/libreoffice/share/registry/writer.xcd ]]; then
  echo "FAIL: LibreOffice Writer is not installed (Debian package libreoffice-writer-nogui)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() {
  echo "FAIL: $*" >&2
  status=1
}
header_row="STT Họ và tên Chức vụ Đơn vị Ký tên Ghi chú"

# 1. Every sample, every document, PDF and DOCX side by side; twice, for byte-identical output.
"$bin" build samples/ -o "$work/a" --docx -q >"$work/build.log" 2>&1 || fail "build --docx: $(cat "$work/build.log")"
"$bin" build samples/ -o "$work/b" --docx -q >/dev/null 2>&1 || fail "second build --docx failed"
mapfile -t docx_files < <(cd "$work/a" && find . -name '*.docx' | sort)
pdfs=$(cd "$work/a" && find . -name '*.pdf' | wc -l)
(( ${#docx_files[@]} >= 20 )) || fail "build --docx made ${#docx_files[@]} Word files"
[[ ${#docx_files[@]} == "$pdfs" ]] || fail "${#docx_files[@]} Word files for $pdfs PDFs"
for f in "${docx_files[@]}"; do
  cmp -s "$work/a/$f" "$work/b/$f" || fail "$f differs between two builds"
done
# The manifest lists the Word files, and a rebuild without --docx deletes them.
grep -q '\.docx"' "$work/a/manifest.json" || fail "the manifest lists no .docx"
"$bin" build samples/ -o "$work/b" -q >/dev/null 2>&1 || fail "build without --docx failed"
[[ -z $(find "$work/b" -name '*.docx') ]] || fail "a build without --docx kept the Word files"

# 2. The single-document command: --format docx, and a usage error for a format it does not know.
"$bin" agreement samples/2022-khanh-hoa-khoi-nganh-i.xml --format docx -o "$work/one.docx" >/dev/null ||
  fail "agreement --format docx failed"
cmp -s "$work/one.docx" "$work/a/2022/khoi-thi-dua-cong-doan-nganh-i/giao-uoc-thi-dua.docx" ||
  fail "agreement --format docx differs from the build's"
"$bin" agreement samples/2022-khanh-hoa-khoi-nganh-i.xml --format odt -o "$work/x.odt" 2>"$work/err"
[[ $? == 2 ]] || fail "--format odt: expected exit code 2"
grep -q "invalid --format 'odt'" "$work/err" || fail "--format odt: $(cat "$work/err")"

# 3. The packages: zip, XML, content types, relationships, styles (the checker must catch a broken one).
(cd "$work/a" && python3 "$repo/tests/docx/check_docx.py" "${docx_files[@]}" "$work/one.docx") >"$work/check.log" ||
  fail "DOCX packages: $(cat "$work/check.log")"
mkdir "$work/broken" && (cd "$work/broken" && python3 - "$work/one.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as good, zipfile.ZipFile("broken.docx", "w") as bad:
    for item in good.infolist():
        if item.filename != "word/styles.xml":
            bad.writestr(item, good.read(item.filename))
PY
)
python3 tests/docx/check_docx.py "$work/broken/broken.docx" >/dev/null && fail "the checker accepted a DOCX without styles.xml"

# 4. A 1,000-row list (47 pages) and the 10,000-row list.
python3 bench/generate_events.py attendees 1000 "$work/k1/event.xml"
"$bin" attendance "$work/k1/event.xml" -o "$work/k1.pdf" >/dev/null 2>&1 || fail "1,000-row attendance PDF failed"
"$bin" attendance "$work/k1/event.xml" --format docx -o "$work/k1.docx" >/dev/null 2>&1 || fail "1,000-row DOCX failed"
python3 bench/generate_events.py attendees 10000 "$work/k10/event.xml"
start=$(date +%s%N)
"$bin" attendance "$work/k10/event.xml" --format docx -o "$work/k10.docx" >/dev/null 2>&1 || fail "10,000-row DOCX failed"
echo "the 10,000-row list as DOCX: $(( ($(date +%s%N) - start) / 1000000 )) ms, $(stat -c %s "$work/k10.docx") bytes"
"$bin" attendance "$work/k10/event.xml" -o "$work/k10.pdf" >/dev/null 2>&1 || fail "10,000-row attendance PDF failed"
python3 tests/docx/check_docx.py "$work/k10.docx" >/dev/null || fail "the 10,000-row DOCX is not a valid package"
python3 - "$work/k10.docx" <<'PY' || fail "the 10,000-row DOCX's table"
import sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
import re
rows = xml.count("<w:tr>")
assert rows > 10000, rows
assert xml.count("<w:cantSplit/>") == rows, "every row marked not to split"
# The list: every table after the Decree 30 header's; parts of at most ~250 rows, each opening with
# its header row, each after the first behind a paragraph that starts a new page.
tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml)[1:]
assert 40 <= len(tables) <= 60, f"{len(tables)} tables"
for i, table in enumerate(tables):
    table_rows = re.findall(r"<w:tr>.*?</w:tr>", table)
    assert "<w:tblHeader/>" in table_rows[0] and all("<w:tblHeader/>" not in r for r in table_rows[1:]), i
    assert len(table_rows) <= 251, f"table {i}: {len(table_rows)} rows"
gaps = re.findall(r"</w:tbl>(.*?)<w:tbl>", xml)[1:]
assert all("<w:pageBreakBefore/>" in gap for gap in gaps), "a part not on a new page"
print(f"{len(tables)} tables of {rows} rows")
PY

# 5. LibreOffice converts them all in one run (its start costs seconds); names made unique.
# Not under the sanitizers: that run checks thidua's own code, and LibreOffice's minute is spent once.
if ldd "$bin" 2>/dev/null | grep -q libasan; then
  if [[ $status == 0 ]]; then echo "ok: Word files of every sample checked (LibreOffice's conversion left to the plain build)"; fi
  exit $status
fi
mkdir "$work/flat" "$work/lo"
pairs=()
charts=()
for f in "${docx_files[@]}"; do
  name=$(echo "${f#./}" | tr '/' '_')
  cp "$work/a/$f" "$work/flat/$name"
  # Known difference: a <chart> (the results' charts) is written as the table of its values, not
  # drawn: those documents are compared with --chart (the same pages, the same words outside the
  # charts, the tables' words all the charts' own); the others must match the PDF word for word.
  if [[ $f == */ket-qua-cham-diem.docx ]]; then
    charts+=("$work/a/${f%.docx}.pdf" "$work/lo/${name%.docx}.pdf")
  else
    pairs+=("$work/a/${f%.docx}.pdf" "$work/lo/${name%.docx}.pdf")
  fi
done
cp "$work/k1.docx" "$work/flat/k1.docx"
start=$(date +%s)
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/lo" \
  "$work"/flat/*.docx >"$work/soffice.log" 2>&1 || fail "soffice --convert-to pdf failed: $(cat "$work/soffice.log")"
echo "LibreOffice converted $(( ${#docx_files[@]} + 1 )) Word files in $(( $(date +%s) - start )) s"
(( ${#charts[@]} >= 4 )) || fail "only $(( ${#charts[@]} / 2 )) results documents with charts"
python3 tests/docx/compare_pdfs.py --chart "${charts[@]}" >"$work/charts.log" ||
  fail "LibreOffice's results PDFs differ from thidua's: $(grep FAIL -A2 "$work/charts.log")"
# The 10,000-row list alone, bounded: cut into parts it takes LibreOffice about a minute (as one
# table it had not finished after 6 minutes: its time grows as the square of a table's rows).
start=$(date +%s)
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/lo" \
  "$work/k10.docx" >"$work/soffice.log" 2>&1 || fail "soffice did not convert the 10,000-row list within 5 minutes"
echo "LibreOffice converted the 10,000-row list in $(( $(date +%s) - start )) s"
python3 tests/docx/compare_pdfs.py --repeated "$header_row" "${pairs[@]}" "$work/k1.pdf" "$work/lo/k1.pdf" \
  "$work/k10.pdf" "$work/lo/k10.pdf" >"$work/compare.log" ||
  fail "LibreOffice's PDFs differ from thidua's: $(grep FAIL -A2 "$work/compare.log")"

# 6. The repeated header: every page of LibreOffice's 1,000- and 10,000-row lists starts with the table's header row.
for list_pdf in "$work/lo/k1.pdf" "$work/lo/k10.pdf"; do
  python3 - "$list_pdf" "$header_row" <<'PY' || fail "the repeated header row in LibreOffice's $(basename "$list_pdf")"
import subprocess, sys
path, header = sys.argv[1], sys.argv[2].split()
pages = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True, check=True).stdout.split("\f")
pages = [p.split() for p in pages if p.strip()]
assert len(pages) > 40, len(pages)
for number, words in enumerate(pages[1:], start=2):
    if words[:1] == [str(number)]:
        words = words[1:]
    assert words[:len(header)] == header, f"page {number} starts with {words[:len(header)]}"
print(f"the header row repeats on all {len(pages) - 1} continued pages")
PY
done

if [[ -n ${THIDUA_DOCX_PNG:-} ]]; then
  mkdir -p "$THIDUA_DOCX_PNG"
  for ((i = 0; i < ${#pairs[@]}; i += 2)); do
    name=$(basename "${pairs[i+1]}" .pdf)
    pdftoppm -png -r 60 -singlefile -f 1 -l 1 "${pairs[i]}" "$THIDUA_DOCX_PNG/$name-thidua"
    pdftoppm -png -r 60 -singlefile -f 1 -l 1 "${pairs[i+1]}" "$THIDUA_DOCX_PNG/$name-libreoffice"
  done
fi
if [[ $status == 0 ]]; then echo "ok: Word files of every sample, checked and converted by LibreOffice"; fi
exit $status
