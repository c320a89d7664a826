#!/usr/bin/env bash
# The ceremony's papers as PDF — the movement's plan, the programme, the MC's script, the minutes —
# for every sample they apply to, checked with qpdf, pdffonts, pdftotext, Ghostscript and pdf.js;
# byte-identical reruns; the script's guests and signing order read back from the PDF text.
set -euo pipefail
source "$(dirname "$0")/pdf-checks.sh"
cli_test_start "$@"
require_tools

made=0
for sample in samples/*.xml; do
  name=$(basename "$sample" .xml)
  for kind in plan programme script minutes; do
    # Only the documents `build` makes for this event (the others refuse or warn).
    "$bin" "$kind" "$sample" -o "$work/$name-$kind.pdf" >/dev/null 2>"$work/stderr.txt" || continue
    grep -q "cảnh báo\|warning" "$work/stderr.txt" && continue
    "$bin" "$kind" "$sample" -o "$work/$name-$kind-again.pdf" >/dev/null 2>&1
    cmp "$work/$name-$kind.pdf" "$work/$name-$kind-again.pdf" || fail "$name $kind: two runs differ"
    "$bin" "$kind" "$sample" --trace -o "$work/$name-$kind.trace" >/dev/null 2>&1
    check_pdf "$work/$name-$kind.pdf" "$work/$name-$kind.trace"
    made=$((made + 1))
    echo "ok $name $kind"
  done
done
((made >= 8)) || fail "only $made ceremony documents were made"

# The script, read back from the PDF: every guest once among the introductions, in protocol
# order (chair, director, attending — computed here from the event file; the guests who stand
# for a member unit after those from outside), and every unit called
# to sign, the leader first, then in the bloc's order, each with its signatory.
for name in 2020-soc-trang-cum-3 2022-khanh-hoa-khoi-nganh-i 2023-cdvc-viet-nam-khoi-ii; do
  pdftotext "$work/$name-script.pdf" - | tr '\n\f' '  ' | tr -s ' ' >"$work/$name-script.txt"
  python3 - "samples/$name.xml" "$work/$name-script.txt" <<'PY' || fail "$name: the script's order"
import sys, unicodedata
import xml.etree.ElementTree as ET
norm = lambda s: " ".join(unicodedata.normalize("NFC", s or "").split())
root = ET.parse(sys.argv[1]).getroot()
text = norm(open(sys.argv[2], encoding="utf-8").read())
intro = text[text.index("xin trân trọng giới thiệu"):text.index("Xin nhiệt liệt chào mừng")]
guests = [g for member in (False, True) for role in ("chair", "director", "attending") for g in root.iter("guest")
          if (g.get("role") or "attending") == role and bool(g.get("unit")) == member]
last = -1
for g in guests:
    name = norm(g.get("name"))
    assert intro.count(name) == 1, f"{name} is introduced {intro.count(name)} times"
    assert intro.index(name) > last, f"{name} is out of protocol order"
    last = intro.index(name)
units = list(root.find("units"))
units = [u for u in units if u.get("role") == "leader"] + [u for u in units if u.get("role") != "leader"]
signing = text[text.index("lên ký kết giao ước thi đua:"):]
last = -1
for number, u in enumerate(units, 1):
    entry = f"{number}. {norm(u.get('name'))}"
    assert entry in signing, f"{entry} is not called to sign"
    at = signing.index(entry)
    assert at > last, f"{entry} is out of the bloc's order"
    last = at
    s = u.find("signatory")
    if s is not None:
        assert norm(s.get("name")) in signing[at:], f"{norm(s.get('name'))} is not named with {entry}"
print(f"script order ok: {len(guests)} guests, {len(units)} units")
PY
done
