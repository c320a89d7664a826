#!/usr/bin/env bash
# The agreement PDF of every sample, checked with real tools: qpdf, pdffonts, pdftotext, Ghostscript, pdf.js;
# byte-identical reruns; the 16-unit Sóc Trăng agreement under 40 KB.
set -euo pipefail
source "$(dirname "$0")/pdf-checks.sh"
cli_test_start "$@"
require_tools
for sample in samples/2020-soc-trang-cum-3 samples/2022-khanh-hoa-khoi-nganh-i samples/2023-cdvc-viet-nam-khoi-ii \
              samples/2022-kien-giang-chien-dich-sang-kien; do
  name=$(basename "$sample")
  "$bin" agreement "$sample.xml" -o "$work/$name.pdf" >/dev/null
  "$bin" agreement "$sample.xml" -o "$work/$name-again.pdf" >/dev/null
  cmp "$work/$name.pdf" "$work/$name-again.pdf" || fail "$name: two runs differ"
  "$bin" agreement "$sample.xml" --trace -o "$work/$name.trace" >/dev/null
  check_pdf "$work/$name.pdf" "$work/$name.trace"
  echo "ok $name ($(stat -c %s "$work/$name.pdf") bytes)"
done
size=$(stat -c %s "$work/2020-soc-trang-cum-3.pdf")
((size < 40000)) || fail "the Sóc Trăng agreement is $size bytes; the target is under 40 KB"
# The PDF metadata: the event's date, never the clock.
pdfinfo "$work/2020-soc-trang-cum-3.pdf" | grep -q "^CreationDate:.*2020" || fail "creation date is not the event's"
