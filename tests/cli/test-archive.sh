#!/usr/bin/env bash
# thidua build and verify end to end: identical archives from two builds, changed/missing/extra
# files detected, a bad event isolated, and a build killed mid-way leaving no partial file.
set -euo pipefail
export LANGUAGE=en  # the messages checked below are the English ones (Vietnamese is the default)
source "$(dirname "$0")/common.sh"
cli_test_start "$@"

# Two builds of the samples, with different parallelism, are byte-identical.
"$bin" build samples -o "$work/one" -j 1 -q >/dev/null
"$bin" build samples -o "$work/two" -j 2 -q >/dev/null
diff -r "$work/one" "$work/two" || fail "two builds differ"
"$bin" verify "$work/one" >/dev/null || fail "a fresh archive does not verify"

# A progress bar on a terminal (script(1) gives the build one), none when piped or with -q.
if command -v script >/dev/null; then
  script -qec "$bin build samples -o $work/tty" /dev/null >"$work/tty.out" 2>&1 || fail "the build on a terminal failed"
  grep -q $'\r\\[#*\\.*\\] 5/5 events' "$work/tty.out" || { cat -A "$work/tty.out" | head -5; fail "no progress bar on a terminal"; }
  script -qec "$bin build samples -o $work/tty -q" /dev/null >"$work/tty-q.out" 2>&1 || fail "the quiet build failed"
  if grep -q '\] 5/5 events' "$work/tty-q.out"; then fail "a progress bar with -q"; fi
fi
"$bin" build samples -o "$work/piped" 2>"$work/piped.err" >/dev/null
[[ ! -s "$work/piped.err" ]] || fail "a progress bar (or other output) on stderr when it is not a terminal"

# A rebuild of an unchanged archive rewrites nothing.
before=$(find "$work/one" -type f -printf '%p %T@\n' | sort)
"$bin" build samples -o "$work/one" -q | grep -q "(5 already current)" || fail "the rebuild was not skipped"
after=$(find "$work/one" -type f -printf '%p %T@\n' | sort)
[[ "$before" == "$after" ]] || fail "an unchanged rebuild rewrote files"

# verify names what changed, what is missing and what is extra, and exits 1.
pdf=$(find "$work/one" -name giao-uoc-thi-dua.pdf | sort | head -1)
printf 'x' >>"$pdf"
rm "$work/one/site/feed.xml"
echo extra >"$work/one/notes.txt"
set +e
"$bin" verify "$work/one" 2>"$work/verify.err" >/dev/null
status=$?
set -e
[[ $status == 1 ]] || fail "verify exited $status on a damaged archive"
grep -q "${pdf#$work/one/}: error: changed" "$work/verify.err" || fail "verify missed the changed file"
grep -q "site/feed.xml: error: missing" "$work/verify.err" || fail "verify missed the missing file"
grep -q "notes.txt: error: extra" "$work/verify.err" || fail "verify missed the extra file"
# A rebuild repairs the damage (the extra file is the user's and stays, reported by verify).
rm "$work/one/notes.txt"
"$bin" build samples -o "$work/one" -q >/dev/null
"$bin" verify "$work/one" >/dev/null || fail "the rebuild did not repair the archive"

# An event dropped from the inputs: its documents and its site page go, the rest verifies.
dropped=$(grep -l 'Sóc Trăng' samples/*.xml | head -1)
# Its article page: site/YYYY/MM/SLUG/index.html.
dropped_page=$(find "$work/one/site" -regextype posix-extended -regex '.*/site/[0-9]{4}/[0-9]{2}/[^/]+/index\.html' \
  -exec grep -l 'Sóc Trăng' {} + | head -1)
[[ -n "$dropped" && -n "$dropped_page" ]] || fail "the Sóc Trăng sample or its page was not found"
mapfile -t kept < <(ls samples/*.xml | grep -v -F "$dropped")
"$bin" build "${kept[@]}" -o "$work/one" -q >"$work/drop.out" || fail "the build without one event failed"
grep -q "files of events no longer given deleted" "$work/drop.out" || fail "the build did not say what it deleted"
[[ ! -e "$dropped_page" ]] || fail "the dropped event's site page stayed"
[[ -z "$(grep -rl 'Sóc Trăng' "$work/one" --include=su-kien.xml)" ]] || fail "the dropped event's documents stayed"
"$bin" verify "$work/one" >/dev/null || fail "the archive without the dropped event does not verify"

# An event that fails keeps the documents of its last good build.
cp -r samples "$work/in"
"$bin" build "$work/in" -o "$work/keep" -q >/dev/null
khanh_hoa_pdf="$work/keep/2022/khoi-thi-dua-cong-doan-nganh-i/giao-uoc-thi-dua.pdf"
[[ -f "$khanh_hoa_pdf" ]] || fail "the Khánh Hòa agreement was not built"
sed -i 's|<date>2022-02-16</date>|<date>2022-02-30</date>|' "$work/in/2022-khanh-hoa-khoi-nganh-i.xml"
set +e
"$bin" build "$work/in" -o "$work/keep" -q >/dev/null 2>&1
status=$?
set -e
[[ $status == 1 ]] || fail "the build with a broken event exited $status"
[[ -f "$khanh_hoa_pdf" ]] || fail "a failed event lost the documents of its last good build"

# One bad event does not stop the others, and the exit code says something failed.
mkdir -p "$work/mixed"
cp -r samples/photos samples/2022-khanh-hoa-khoi-nganh-i.xml "$work/mixed/"
cp samples/2022-khanh-hoa-khoi-nganh-i.xml "$work/mixed/broken.xml"
sed -i 's|<date>2022-02-16</date>|<date>2022-02-30</date>|' "$work/mixed/broken.xml"
set +e
"$bin" build "$work/mixed" -o "$work/mixed-out" -q >"$work/mixed.out" 2>"$work/mixed.err"
status=$?
set -e
[[ $status == 1 ]] || fail "a build with a bad event exited $status"
grep -q "broken.xml:.*error: date '2022-02-30' does not exist" "$work/mixed.err" || { cat "$work/mixed.err"; fail "no located error"; }
[[ -f "$work/mixed-out/2022/khoi-thi-dua-cong-doan-nganh-i/giao-uoc-thi-dua.pdf" ]] || fail "the good event was not built"

# `thidua build .` in a folder that holds a previous site (feed.xml, sitemap.xml, wordpress.xml)
# and, after the first run, its own archive: only the event files are taken, the rest noted.
mkdir -p "$work/here"
cp -r samples/photos samples/2022-khanh-hoa-khoi-nganh-i.xml "$work/here/"
"$bin" site "$work/here/2022-khanh-hoa-khoi-nganh-i.xml" -o "$work/here" >/dev/null
[[ -f "$work/here/feed.xml" && -f "$work/here/sitemap.xml" ]] || fail "the site has no feed.xml or sitemap.xml"
for run in first second; do
  (cd "$work/here" && "$bin" build . -o out -q) >"$work/here.out" 2>"$work/here.err" ||
    { cat "$work/here.err"; fail "the $run build in a folder with a previous site failed"; }
  grep -q "^./feed.xml: note: left out: its top-level element is <feed>, not <event>$" "$work/here.err" ||
    { cat "$work/here.err"; fail "the $run build did not note feed.xml"; }
  grep -q "^./sitemap.xml: note: left out: its top-level element is <urlset>, not <event>$" "$work/here.err" ||
    { cat "$work/here.err"; fail "the $run build did not note sitemap.xml"; }
  grep -q ": 1 of 1 events built" "$work/here.out" || { cat "$work/here.out"; fail "the $run build took other files as events"; }
  grep -q "error" "$work/here.err" && { cat "$work/here.err"; fail "the $run build reported errors"; }
done
grep -q "^./out: note: left out: this is the archive being built$" "$work/here.err" ||
  { cat "$work/here.err"; fail "the second build did not leave out its own archive"; }
# A non-event file named on its own is still read, and refused with a located error.
set +e
"$bin" build "$work/here/feed.xml" -o "$work/here-feed" -q >/dev/null 2>"$work/feed.err"
status=$?
set -e
[[ $status == 1 ]] || fail "a build of feed.xml named on its own exited $status"
grep -q "feed.xml:.*error: the top-level element is <feed>; expected <event>" "$work/feed.err" ||
  { cat "$work/feed.err"; fail "feed.xml named on its own: no located error"; }

# A build killed mid-way leaves no half-written file under a real name; a rerun completes it.
command -v python3 >/dev/null || { echo "skipped: python3 not installed"; exit 0; }
python3 bench/generate_events.py events 150 "$work/many" >/dev/null
"$bin" build "$work/many" -o "$work/killed" -j 2 -q >/dev/null 2>&1 &
pid=$!
# Kill it once the first documents exist: it is then mid-way through writing them.
for _ in $(seq 200); do
  [[ -n "$(find "$work/killed" -name '*.pdf' -print -quit 2>/dev/null)" ]] && break
  sleep 0.05
done
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[[ ! -f "$work/killed/manifest.json" ]] || fail "the build finished before it could be killed"
if command -v qpdf >/dev/null; then
  while IFS= read -r -d '' file; do
    qpdf --check "$file" >/dev/null 2>&1 || fail "a killed build left a broken $file"
  done < <(find "$work/killed" -name '*.pdf' -print0)
fi
while IFS= read -r -d '' file; do
  tail -c 8 "$file" | grep -q '</html>' || fail "a killed build left a broken $file"
done < <(find "$work/killed" -name '*.html' -print0)
"$bin" build "$work/many" -o "$work/killed" -j 2 -q >/dev/null
"$bin" verify "$work/killed" >/dev/null || fail "the rerun after a kill does not verify"
[[ -z "$(find "$work/killed" -name '.*.thidua-tmp-*')" ]] || fail "temporary files were left behind"
echo "ok: identical rebuilds, verify, failure isolation, kill and rerun"
