#!/usr/bin/env bash
# The year-end papers as PDF — score sheets, results with charts, the review's minutes, the
# proposal — for the scored samples, checked with qpdf, pdffonts, pdftotext, Ghostscript and
# pdf.js; byte-identical reruns; the results table read back with pdftotext and its totals and
# ranks compared with a computation made here from the event file; the charts drawn as vector
# paths (no image in the PDF); --unit, --blank and bad input through the command line.
set -euo pipefail
source "$(dirname "$0")/pdf-checks.sh"
cli_test_start "$@"
require_tools

for name in 2022-khanh-hoa-khoi-nganh-i 2022-kien-giang-chien-dich-sang-kien; do
  sample=samples/$name.xml
  for kind in scoresheet results review proposal; do
    "$bin" "$kind" "$sample" -o "$work/$name-$kind.pdf" >/dev/null 2>"$work/stderr.txt" ||
      fail "$name $kind: $(cat "$work/stderr.txt")"
    "$bin" "$kind" "$sample" -o "$work/$name-$kind-again.pdf" >/dev/null 2>&1
    cmp "$work/$name-$kind.pdf" "$work/$name-$kind-again.pdf" || fail "$name $kind: two runs differ"
    "$bin" "$kind" "$sample" --trace -o "$work/$name-$kind.trace" >/dev/null 2>&1
    check_pdf "$work/$name-$kind.pdf" "$work/$name-$kind.trace"
    echo "ok $name $kind"
  done
  # Charts are vector drawings: no image XObject in the results, and filled paths in its content.
  if qpdf --show-npages "$work/$name-results.pdf" >/dev/null &&
     qpdf --qdf --object-streams=disable "$work/$name-results.pdf" "$work/$name-results.qdf" &&
     grep -aq "/Subtype /Image" "$work/$name-results.qdf"; then
    fail "$name results: a chart was embedded as an image"
  fi
  grep -aq " re f Q" "$work/$name-results.qdf" || fail "$name results: no filled bars in the content"

  # The results table, read back: every unit's total and rank as computed here from the XML.
  pdftotext -layout "$work/$name-results.pdf" "$work/$name-results.txt"
  python3 - "$sample" "$work/$name-results.txt" <<'PY' || fail "$name: the results table"
import sys, unicodedata, re
import xml.etree.ElementTree as ET
norm = lambda s: " ".join(unicodedata.normalize("NFC", s or "").split())
root = ET.parse(sys.argv[1]).getroot()
text = norm(open(sys.argv[2], encoding="utf-8").read())
results = root.find("results")
tie_first = results.get("tie") == "I"
units = {u.get("id"): norm(u.get("name")) for u in root.find("units")}
lines = []
for s in results.findall("scores"):
    total, first = 0.0, 0.0
    for score in s.findall("score"):
        value = float(score.text.replace(",", "."))
        total += -value if score.get("penalty") else value
        if score.get("section") == "I": first = value
    lines.append((s.get("unit"), round(total, 2), first))
def viet(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")
for unit, total, first in lines:
    rank = 1 + sum(1 for _, t, f in lines if t > total or (tie_first and t == total and f > first))
    # The table row: the unit's name (perhaps wrapped), then its total in bold and its rank.
    pattern = re.escape(viet(total)) + r" " + str(rank) + r"\b"
    assert re.search(pattern, text), f"{units[unit]}: total {viet(total)} rank {rank} not in the table"
    assert units[unit].split()[-1] in text, f"{units[unit]} not in the table"
assert "Cách xếp hạng" in text
print(f"results table ok: {len(lines)} units")
PY
done

# --unit and --blank: one unit's sheets, a blank sheet; an unknown unit is a usage error.
"$bin" scoresheet samples/2022-khanh-hoa-khoi-nganh-i.xml --unit yte -o "$work/yte.pdf" >/dev/null
pdftotext "$work/yte.pdf" - | grep -q "Công đoàn ngành Y tế" || fail "--unit: the unit's name is missing"
pdftotext "$work/yte.pdf" - | grep -q "Giáo dục tỉnh" && fail "--unit: another unit's sheet is printed"
"$bin" scoresheet samples/2022-khanh-hoa-khoi-nganh-i.xml --blank -o "$work/blank.pdf" >/dev/null
pdftotext "$work/blank.pdf" - | grep -q "Đơn vị: ……" || fail "--blank: no unit to fill in"
status=0
"$bin" scoresheet samples/2022-khanh-hoa-khoi-nganh-i.xml --unit khong-co -o "$work/x.pdf" 2>"$work/err" >/dev/null || status=$?
((status == 2)) || fail "--unit with an unknown unit: exit $status, expected 2"
[[ ! -e $work/x.pdf ]] || fail "--unit with an unknown unit left a file"
status=0
"$bin" results samples/2020-soc-trang-cum-3.xml -o "$work/y.pdf" 2>"$work/err" >/dev/null || status=$?
((status == 1)) || fail "results without <results>: exit $status, expected 1"
grep -q "<results>" "$work/err" || fail "results without <results>: the message does not say what to add"
echo "ok options and refusals"
