#!/usr/bin/env bash
# Hostile inputs (issue 23): damaged images, FIFOs and folders named as files, huge or deep
# templates, paths leading out of the event's folder. Each is a located error (exit 1) that
# `check` already reports, never a crash, a hang or a silently wrong output.
set -uo pipefail
export LANGUAGE=en  # the messages below are matched in English (the msgids)
source "$(dirname "$0")/common.sh"
cli_test_start "$@"

# run EXPECTED_EXIT CMD...: runs with a timeout (a hang fails), stderr kept in $work/err.
run() {
  local expected=$1
  shift
  # THIDUA_HANG_SECONDS: the unoptimised sanitizer build needs longer (scripts/test.sh sets it).
  timeout "${THIDUA_HANG_SECONDS:-60}" "$@" >"$work/out" 2>"$work/err"
  local status=$?
  [[ $status == "$expected" ]] || { cat "$work/err" >&2; fail "exit $status (expected $expected): $*"; }
}
# expect_error PATTERN: stderr holds a located error matching PATTERN.
expect_error() { grep -qE "$1" "$work/err" || { cat "$work/err" >&2; fail "no message matching: $1"; }; }

# One event (the Khánh Hòa sample) in a folder of its own, with its logo and photo.
fresh_event() {
  rm -rf "$work/ev" && mkdir -p "$work/ev/photos"
  cp samples/2022-khanh-hoa-khoi-nganh-i.xml "$work/ev/su-kien.xml"
  cp samples/photos/logo-cong-doan.png samples/photos/2022-khanh-hoa-ky-ket.png "$work/ev/photos/"
}
logo_line=$(grep -n '<logo' samples/2022-khanh-hoa-khoi-nganh-i.xml | cut -d: -f1)
photo_line=$(grep -n '<photo' samples/2022-khanh-hoa-khoi-nganh-i.xml | cut -d: -f1)

# 1. Damaged images: cut short, absurd IHDR sizes, a garbage JPEG; located at <logo>, exit 1,
#    in check and in every document command; build goes on with the other events.
damage() {  # damage KIND FILE
  local file=$1 kind=$2
  case $kind in
    truncated) head -c 300 samples/photos/logo-cong-doan.png >"$file" ;;
    huge) python3 - "$file" 100000 100000 <<'EOF' ;;
import struct, sys, zlib
w, h = int(sys.argv[2]), int(sys.argv[3])
ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))
EOF
    max) python3 - "$file" <<'EOF' ;;
import struct, sys, zlib
ihdr = struct.pack(">IIBBBBB", 2**31 - 1, 1, 8, 2, 0, 0, 0)
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b""))
EOF
    badfilter) python3 - "$file" <<'EOF' ;;
import struct, sys, zlib
ihdr = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
rows = b"".join(b"\x09" + b"\0" * 12 for _ in range(4))  # filter type 9 does not exist
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
EOF
    jpeg) printf '\xff\xd8\xff\xe0garbage that is no JPEG at all\xff\xd9' >"$file" ;;
  esac
}
for kind in truncated huge max badfilter jpeg; do
  fresh_event
  damage "$work/ev/photos/logo-cong-doan.png" $kind
  for command in check agreement attendance invitations; do
    if [[ $command == check ]]; then run 1 "$bin" check "$work/ev/su-kien.xml"
    else run 1 "$bin" $command "$work/ev/su-kien.xml" -o "$work/out.pdf"; fi
    expect_error "su-kien.xml:$logo_line:[0-9]+: error: image 'photos/logo-cong-doan.png'.*(damaged|megapixels)"
  done
done
# The same damage in a photo of the article.
fresh_event
damage "$work/ev/photos/2022-khanh-hoa-ky-ket.png" truncated
run 1 "$bin" article "$work/ev/su-kien.xml" -o "$work/bai/index.html"
expect_error "su-kien.xml:$photo_line:[0-9]+: error: image 'photos/2022-khanh-hoa-ky-ket.png'.*damaged PNG"

# build: the damaged event fails, the others are built and the manifest is written.
rm -rf "$work/many" && mkdir -p "$work/many/photos"
cp samples/*.xml samples/*.csv "$work/many/" && cp samples/photos/*.png "$work/many/photos/"
head -c 300 samples/photos/2022-khanh-hoa-ky-ket.png >"$work/many/photos/2022-khanh-hoa-ky-ket.png"
run 1 "$bin" build "$work/many" -o "$work/archive" -q
expect_error "2022-khanh-hoa-khoi-nganh-i.xml:$photo_line:[0-9]+: error: image .*damaged PNG"
[[ -f "$work/archive/manifest.json" ]] || fail "build left no manifest after one damaged event"
grep -q "4 of 5 events built" "$work/out" || fail "build did not build the other events"
[[ $(find "$work/archive" -name giao-uoc-thi-dua.pdf | wc -l) -ge 3 ]] || fail "build did not make the other events' agreements"

# A template <image> of a damaged file: the markup's place, exit 1, no crash.
mkdir -p "$work/tpl" && cp -r templates/. "$work/tpl/"
head -c 300 samples/photos/logo-cong-doan.png >"$work/broken.png"
sed -i "s|^<page-numbers.*|&\\n<image src=\"$work/broken.png\" width=\"2cm\"/>|" "$work/tpl/agreement/document.mustache"
grep -q broken.png "$work/tpl/agreement/document.mustache" || fail "the test could not add an image to the template"
run 1 "$bin" agreement samples/2020-soc-trang-cum-3.xml --templates "$work/tpl" -o "$work/out.pdf"
expect_error "document.mustache.*error: image file '.*broken.png': damaged PNG"

# 2. A FIFO, a folder or a device named as a file: refused at once, never opened for reading.
fresh_event
rm "$work/ev/photos/logo-cong-doan.png" && mkfifo "$work/ev/photos/logo-cong-doan.png"
for command in check agreement; do
  if [[ $command == check ]]; then run 1 "$bin" check "$work/ev/su-kien.xml"
  else run 1 "$bin" agreement "$work/ev/su-kien.xml" -o "$work/out.pdf"; fi
  expect_error "su-kien.xml:$logo_line:[0-9]+: error: image .*FIFO"
done
fresh_event
rm "$work/ev/photos/2022-khanh-hoa-ky-ket.png" && mkfifo "$work/ev/photos/2022-khanh-hoa-ky-ket.png"
run 1 "$bin" article "$work/ev/su-kien.xml" -o "$work/bai/index.html"
expect_error "su-kien.xml:$photo_line:[0-9]+: error: .*FIFO"
# 5. A directory as a photo says so, not "not found".
fresh_event
rm "$work/ev/photos/2022-khanh-hoa-ky-ket.png" && mkdir "$work/ev/photos/2022-khanh-hoa-ky-ket.png"
run 1 "$bin" check "$work/ev/su-kien.xml"
expect_error "su-kien.xml:$photo_line:[0-9]+: error: .*directory, not a file"
if grep -q "not found" "$work/err"; then fail "a directory as a photo was reported as not found"; fi
# The event file or a list as a FIFO or a device.
mkfifo "$work/event.xml"
run 3 "$bin" check "$work/event.xml"
expect_error "FIFO"
sed 's|<attendees csv="2020-soc-trang-cum-3-attendees.csv"/>|<attendees csv="list.csv"/>|' samples/2020-soc-trang-cum-3.xml >"$work/ev/list-event.xml"
mkfifo "$work/ev/list.csv"
run 1 "$bin" check "$work/ev/list-event.xml"
expect_error "list-event.xml:[0-9]+:[0-9]+: error: .*FIFO"
ln -sf /dev/zero "$work/ev/list.csv.zero" && sed -i 's|list.csv|list.csv.zero|' "$work/ev/list-event.xml"
run 1 "$bin" check "$work/ev/list-event.xml"
expect_error "list-event.xml:[0-9]+:[0-9]+: error: .*device"

# 3. Templates are files staff edit: nesting, output and work are bounded, each a located error.
# agreement_with: an agreement template whose document holds stdin, in $work/tpl3.
agreement_with() {
  rm -rf "$work/tpl3" && mkdir -p "$work/tpl3" && cp -r templates/. "$work/tpl3/"
  { echo '<document>'; cat; echo '</document>'; } >"$work/tpl3/agreement/document.mustache"
}
soc_trang=samples/2020-soc-trang-cum-3.xml
# refused_template EXPRESSION PATTERN: the agreement, made with a template whose document is the
# value of the Python EXPRESSION, fails (exit 1) with a message matching PATTERN.
refused_template() {
  python3 -c "print($1)" | agreement_with
  run 1 "$bin" agreement $soc_trang --templates "$work/tpl3" -o "$work/out.pdf"
  expect_error "$2"
}
refused_template '"<p>" + "<b>" * 20000 + "x" + "</b>" * 20000 + "</p>"' \
  "document.mustache \(rendered\):[0-9]+:[0-9]+: error: elements nested more than 100 deep"
refused_template '"{{#header}}" * 3000 + "x" + "{{/header}}" * 3000' \
  "document.mustache:2:[0-9]+: error: sections nested more than 100 deep"
refused_template '"{{#signatures}}" * 6 + "<p>" + "x" * 2000 + "</p>" + "{{/signatures}}" * 6' \
  "document.mustache: error: the template's output grows beyond 32 MB"
refused_template '"{{#signatures}}" * 12 + "{{/signatures}}" * 12' \
  "document.mustache:2:[0-9]+: error: rendering stopped after 2000000 lookups"
refused_template '"<table><tr><td colspan=\"2147483647\">x</td></tr></table>"' \
  "document.mustache \(rendered\):[0-9]+:[0-9]+: error: colspan must be at most 50"
refused_template '"<p>x</p><page-break/>" * 5001' "error: the document would have more than 5000 pages"
[[ ! -e "$work/out.pdf" ]] || fail "a refused document left a file"
refused_template '"<table><tr>" + "<td>x</td>" * 51 + "</tr></table>"' \
  "document.mustache \(rendered\):[0-9]+:[0-9]+: error: a table may have at most 50 columns"
# The template file itself, and a template with its partials inlined.
refused_template '"<p>" + "x" * (1100 * 1024) + "</p>"' \
  "document.mustache: error: cannot read template file: it is larger than 1 MB"
echo '<p>{{> agreement/part}}{{> agreement/part}}{{> agreement/part}}{{> agreement/part}}{{> agreement/part}}</p>' | agreement_with
python3 -c 'print("x" * (900 * 1024))' >"$work/tpl3/agreement/part.mustache"
run 1 "$bin" agreement $soc_trang --templates "$work/tpl3" -o "$work/out.pdf"
expect_error "document.mustache:[0-9]+:[0-9]+: error: with its partials included the template grows beyond 4 MB"

# 4. check runs the documents' validation: a character the font lacks (an emoji in a unit
#    name) fails check as it fails the agreement; a byte order mark inside a CSV field is dropped.
fresh_event
sed -i '0,/short="Công đoàn Viên chức"/s//short="Công đoàn Viên chức 😀"/' "$work/ev/su-kien.xml"
run 1 "$bin" check "$work/ev/su-kien.xml"
expect_error "su-kien.xml:[0-9]+:[0-9]+: error: the document font has no glyph for U\+1F600"
run 1 "$bin" agreement "$work/ev/su-kien.xml" -o "$work/out.pdf"
expect_error "no glyph for U\+1F600"
mkdir -p "$work/bom" && cp $soc_trang "$work/bom/" && cp -r samples/photos "$work/bom/"
python3 - "$work/bom/2020-soc-trang-cum-3-attendees.csv" samples/2020-soc-trang-cum-3-attendees.csv <<'EOF'
import sys
lines = open(sys.argv[2], encoding="utf-8-sig").read().splitlines(True)
lines[2] = "\ufeff" + lines[2]  # a second file pasted in, its byte order mark with it
lines[3] = lines[3].replace(" ", " \ufeff", 1)  # and one inside a name
open(sys.argv[1], "w", encoding="utf-8").write("".join(lines))
EOF
run 0 "$bin" check "$work/bom/2020-soc-trang-cum-3.xml"
run 0 "$bin" attendance "$work/bom/2020-soc-trang-cum-3.xml" -o "$work/out.pdf"
run 0 "$bin" article "$work/bom/2020-soc-trang-cum-3.xml" -o "$work/bom-article/index.html"
if grep -q $'\xef\xbb\xbf' "$work/bom-article/index.html"; then fail "the article copied a byte order mark"; fi

# 5. A damaged manifest is bad input (exit 1), located; verify names a link, not its target.
"$bin" build samples/2022-khanh-hoa-khoi-nganh-i.xml -o "$work/arch" -q >/dev/null || fail "build of one sample failed"
cp "$work/arch/manifest.json" "$work/manifest.good"
for number in 1e400 11e720245; do
  sed "0,/\"size\": [0-9]*/s//\"size\": $number/" "$work/manifest.good" >"$work/arch/manifest.json"
  run 1 "$bin" verify "$work/arch"
  expect_error "manifest.json: error: the manifest is damaged: it holds a number too large to read"
  # build reuses nothing from a manifest it cannot read: it rebuilds, and the archive verifies again.
  run 0 "$bin" build samples/2022-khanh-hoa-khoi-nganh-i.xml -o "$work/arch" -q
  run 0 "$bin" verify "$work/arch"
done
ln -s /etc/passwd "$work/arch/link-out"
run 1 "$bin" verify "$work/arch"
expect_error "link-out: error: extra"
if grep -q "passwd" "$work/err"; then fail "verify named the link's target"; fi
rm "$work/arch/link-out"

# 6. A photo outside the event's folder (a path or a link) is published only with a warning.
fresh_event
mkdir -p "$work/outside" && cp samples/photos/2022-khanh-hoa-ky-ket.png "$work/outside/secret.png"
sed -i "s|photos/2022-khanh-hoa-ky-ket.png|../outside/secret.png|" "$work/ev/su-kien.xml"
run 0 "$bin" site "$work/ev/su-kien.xml" -o "$work/site"
expect_error "su-kien.xml:$photo_line:[0-9]+: warning: photo file .*secret.png' lies outside the event's folder"
fresh_event
rm "$work/ev/photos/2022-khanh-hoa-ky-ket.png" && ln -s "$work/outside/secret.png" "$work/ev/photos/2022-khanh-hoa-ky-ket.png"
run 0 "$bin" site "$work/ev/su-kien.xml" -o "$work/site2"
expect_error "warning: photo file .* lies outside the event's folder \(it is .*outside/secret.png\)"

# 7. Limits on size: each a clear error long before memory runs out.
# refused_edit EXPRESSION PATTERN: a fresh event, its file rewritten as the value of the Python
# EXPRESSION of its text s, fails check (exit 1) with a message matching PATTERN.
refused_edit() {
  fresh_event
  python3 - "$work/ev/su-kien.xml" "$1" <<'EOF'
import sys
p, expression = sys.argv[1], sys.argv[2]
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(eval(expression))
EOF
  run 1 "$bin" check "$work/ev/su-kien.xml"
  expect_error "$2"
}
refused_edit 's.replace("<!--", "<!-- " + "x" * (9 * 1024 * 1024), 1)' \
  "su-kien.xml: error: the event file is larger than 8 MB"
refused_edit 's.replace("<p>", "<p>" + "chữ " * 6000, 1)' \
  "su-kien.xml:[0-9]+:[0-9]+: error: the text is longer than 20000 characters"
refused_edit 's.replace("</units>", "".join(f"<unit id=\"u{i}\" name=\"Công đoàn {i}\"><signatory name=\"Nguyễn Văn A\" title=\"Chủ tịch\"/></unit>" for i in range(501)) + "</units>", 1)' \
  "su-kien.xml:[0-9]+:[0-9]+: error: the event has [0-9]+ member units; at most 500 are allowed"
sed 's|<attendees csv="2020-soc-trang-cum-3-attendees.csv"/>|<attendees csv="big.csv"/>|' $soc_trang >"$work/ev/big.xml"
python3 - "$work/ev/big.csv" samples/2020-soc-trang-cum-3-attendees.csv <<'EOF'
import sys
lines = open(sys.argv[2], encoding="utf-8-sig").read().splitlines()
open(sys.argv[1], "w", encoding="utf-8").write("\n".join([lines[0]] + [lines[1]] * 20001) + "\n")
EOF
run 1 "$bin" check "$work/ev/big.xml"
expect_error "big.xml:[0-9]+:[0-9]+: error: the list '.*big.csv' has 20001 rows; a list may have at most 20000"
head -c 9000000 /dev/zero | tr '\0' 'x' >"$work/ev/huge.csv"
sed -i 's|big.csv|huge.csv|' "$work/ev/big.xml"
run 1 "$bin" check "$work/ev/big.xml"
expect_error "big.xml:[0-9]+:[0-9]+: error: cannot read CSV file '.*huge.csv': it is larger than 8 MB"
fresh_event
{ cat samples/photos/logo-cong-doan.png; head -c $((51 * 1024 * 1024)) /dev/zero; } >"$work/ev/photos/logo-cong-doan.png"
run 1 "$bin" check "$work/ev/su-kien.xml"
expect_error "su-kien.xml:$logo_line:[0-9]+: error: image .*: cannot read it: it is larger than 50 MB"

# Guests and attendees written in the event file, and a workbook list beyond its size.
for kind in guests:1001:guest attendees:20001:attendee; do
  IFS=: read -r list count element <<<"$kind"
  python3 - "$soc_trang" "$work/ev/many.xml" "$list" "$count" "$element" <<'EOF'
import re, sys
source, target, tag, count, element = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
s = open(source, encoding="utf-8").read()
items = "".join(f'<{element} name="Nguyễn Văn {i}" title="Chủ tịch"/>' for i in range(count))
s = re.sub(r"<%s\b[^>]*/>|<%s\b.*?</%s>" % (tag, tag, tag), "", s, flags=re.S)
s = s.replace("</event>", f"<{tag}>{items}</{tag}></event>")
open(target, "w", encoding="utf-8").write(s)
EOF
  run 1 "$bin" check "$work/ev/many.xml"
  expect_error "many.xml:[0-9]+:[0-9]+: error: the event has $count $list; at most $((count - 1)) are allowed"
done
sed 's|<attendees csv="2020-soc-trang-cum-3-attendees.csv"/>|<attendees file="huge.xlsx"/>|' $soc_trang >"$work/ev/book.xml"
head -c $((65 * 1024 * 1024)) /dev/zero >"$work/ev/huge.xlsx"
run 1 "$bin" check "$work/ev/book.xml"
expect_error "book.xml:[0-9]+:[0-9]+: error: cannot read workbook '.*huge.xlsx': it is larger than 64 MB"

echo "hostile inputs: ok"
