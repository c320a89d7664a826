#!/usr/bin/env bash
# The events of other blocs (tests/events) built into one archive and site; every PDF read back with
# pdftotext and Ghostscript: none of the wording seams the samples never showed, nothing invented.
set -u

source "$(dirname "$0")/common.sh"
cli_test_start --keep-going "$@"
need_tools pdftotext gs

if ! "$bin" build tests/events -o "$work/out" >"$work/log" 2>&1; then
  fail "thidua build tests/events"
  cat "$work/log" >&2
  exit 1
fi
pdfs=$(find "$work/out" -name '*.pdf' -not -path '*/site/*' | sort)
[[ $(echo "$pdfs" | grep -c .) -ge 40 ]] || fail "fewer than 40 documents from the nine events"

for pdf in $pdfs; do
  pdftotext "$pdf" "$work/p.txt" 2>/dev/null || fail "pdftotext $pdf"
  gs -q -dNOPAUSE -dBATCH -sDEVICE=txtwrite -sOutputFile="$work/g.txt" "$pdf" 2>/dev/null || fail "gs $pdf"
  for text in "$work/p.txt" "$work/g.txt"; do
    # Join the lines: a seam may fall across a line break.
    joined=$(tr '\n' ' ' <"$text" | tr -s ' ')
    for seam in "Cụm thi đua Cụm thi đua" "Công đoàn Liên đoàn" "Công đoàn LĐLĐ" "CÔNG ĐOÀN LIÊN ĐOÀN" \
      "Công đoàn Công đoàn" "Ban Chấp hành Ban Chấp hành" "Khối thi đua Khối thi đua"; do
      [[ $joined == *"$seam"* ]] && fail "$pdf: '$seam' ($(basename "$text"))"
    done
  done
  case $pdf in
    */giay-moi.pdf)
      grep -q "đ/c" "$work/p.txt" && fail "$pdf: a letter writes 'đ/c' instead of 'đồng chí'"
      ;;
  esac
done

# Events that state no hour: no hour is printed anywhere (no "08 giờ 00" made up).
for dir in khoi-thi-dua-cac-benh-vien-tuyen-tinh khoi-thi-dua-van-hoa-xa-hoi khoi-thi-dua-mat-tran-va-cac-doan-the-tinh; do
  for pdf in $(find "$work/out" -path "*/$dir/*.pdf" | sort); do
    pdftotext "$pdf" - 2>/dev/null | grep -E "[0-9]{1,2} giờ [0-9]{2}" && fail "$pdf: an hour the event does not give"
  done
done
# The bloc without a stated leader: no 'TRƯỞNG KHỐI' signs anything, and the news names none.
for pdf in $(find "$work/out" -path "*/khoi-thi-dua-van-hoa-xa-hoi/*.pdf" | sort); do
  pdftotext "$pdf" - 2>/dev/null | grep -q "TRƯỞNG KHỐI" && fail "$pdf: a leader the event does not name"
done
# The hospitals' invitations: one letter per member unit but the leader.
letters=$(find "$work/out" -path "*/khoi-thi-dua-cac-benh-vien-tuyen-tinh/giay-moi.pdf")
[[ $(pdftotext "$letters" - 2>/dev/null | grep -c "Kính gửi: Ban Chấp hành Công đoàn Bệnh viện") == 3 ]] ||
  fail "the hospitals' letters are not one per member unit but the leader"
# The companies' agreement: two dotted name lines for the signatories not known by name.
agreement=$(find "$work/out" -path "*/khoi-thi-dua-doanh-nghiep-nha-nuoc/giao-uoc-thi-dua.pdf")
[[ $(pdftotext "$agreement" - 2>/dev/null | grep -c "……………") == 2 ]] || fail "the companies' agreement: not two dotted name lines"
# The schools: the news gives the count and lists none.
article=$(find "$work/out" -path "*/cong-doan-giao-duc-huyen-hai-hau/bai-viet/index.html")
grep -q "Tham gia phong trào có 32 công đoàn trường học." "$article" || fail "the schools' article does not give the count"

# The same events twice give the same bytes.
"$bin" build tests/events -o "$work/again" >/dev/null 2>&1 || fail "second build"
cmp -s "$work/out/manifest.json" "$work/again/manifest.json" || fail "two builds differ"

[[ $status == 0 ]] && echo "ok: $(echo "$pdfs" | grep -c .) documents of eight other blocs"
exit $status
