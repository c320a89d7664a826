#!/usr/bin/env bash
# Backup and restore: the archive holds every input an event names (lists, logo, photos), so
# each archived su-kien.xml passes `check`; wiping the data folder and `thidua restore` gives
# it back, and its rebuild is byte-identical to the archive. Damaged archives, non-empty
# targets and inputs outside an event's folder are refused; a changed list is rebuilt; office
# mode's accounts and histories are kept and restored with --with-accounts.
set -euo pipefail
export LANGUAGE=en  # the summaries checked below are the English ones (Vietnamese is the default)
source "$(dirname "$0")/common.sh"
cli_test_start "$@"

# A data folder as an office keeps it: one folder per bloc, lists and photos beside the events.
mkdir -p "$work/data/khoi-1" "$work/data/cum-3"
cp samples/2022-khanh-hoa-khoi-nganh-i.xml samples/2012-van-phong-ubnd-phat-dong.xml "$work/data/khoi-1/"
cp samples/2020-soc-trang-cum-3.xml samples/2020-soc-trang-cum-3-attendees.csv "$work/data/cum-3/"
cp samples/2022-kien-giang-chien-dich-sang-kien.xml samples/2023-cdvc-viet-nam-khoi-ii.xml "$work/data/"
for folder in khoi-1 cum-3 .; do mkdir -p "$work/data/$folder/photos" && cp samples/photos/*.png "$work/data/$folder/photos/"; done
# An extra photo no event names is not part of any event: it is not archived.
cp samples/photos/logo-cong-doan.png "$work/data/unused.png"

"$bin" build "$work/data" -o "$work/archive" -q >/dev/null || fail "build"
"$bin" verify "$work/archive" >/dev/null || fail "verify"
csv=$(ls "$work"/archive/2020/*/2020-soc-trang-cum-3-attendees.csv) || fail "the attendees CSV is not in the archive"
cmp -s "$csv" samples/2020-soc-trang-cum-3-attendees.csv || fail "the archived CSV differs"
ls "$work"/archive/2020/*/photos/logo-cong-doan.png >/dev/null || fail "the logo is not in the archive"
ls "$work"/archive/2022/*/photos/2022-khanh-hoa-ky-ket.png >/dev/null || fail "the photo is not in the archive"
grep -q '"inputs"' "$work/archive/manifest.json" || fail "the manifest lists no inputs"
grep -q '"source": "cum-3/2020-soc-trang-cum-3.xml"' "$work/archive/manifest.json" ||
  fail "the manifest does not keep the event's path in the data folder"
# Every archived event checks on its own.
for event in "$work"/archive/*/*/su-kien.xml; do
  (cd "$work" && "$bin" check "$event" >/dev/null 2>"$work/check.err") || { cat "$work/check.err"; fail "check $event"; }
done

# Wipe, restore, rebuild: byte-identical; every restored event checks.
rm -rf "$work/data"
"$bin" restore "$work/archive" "$work/data" >"$work/restore.out" || fail "restore"
grep -q '5' "$work/restore.out" || fail "restore did not report 5 events: $(cat "$work/restore.out")"
[[ -f "$work/data/cum-3/2020-soc-trang-cum-3-attendees.csv" ]] || fail "the CSV was not restored beside its event"
[[ ! -e "$work/data/unused.png" ]] || fail "a file no event names was restored"
while IFS= read -r -d '' event; do
  "$bin" check "$event" >/dev/null 2>"$work/check.err" || { cat "$work/check.err"; fail "check of restored $event"; }
done < <(find "$work/data" -name '*.xml' -print0)
"$bin" build "$work/data" -o "$work/rebuilt" -q >/dev/null || fail "rebuild of the restored folder"
diff -r "$work/archive" "$work/rebuilt" >/dev/null || fail "the rebuild of the restored folder differs from the archive"

# A target that is not empty is refused, and nothing in it is touched.
mkdir -p "$work/busy" && echo keep >"$work/busy/note.txt"
if "$bin" restore "$work/archive" "$work/busy" 2>"$work/err"; then fail "restored into a non-empty folder"; fi
[[ "$(ls "$work/busy")" == note.txt ]] || fail "a refused restore wrote files"
# A damaged archive (a list changed after the build) restores nothing.
cp -r "$work/archive" "$work/damaged"
echo "x" >>"$(ls "$work"/damaged/2020/*/2020-soc-trang-cum-3-attendees.csv)"
if "$bin" restore "$work/damaged" "$work/from-damaged" 2>"$work/err"; then fail "restored a damaged archive"; fi
grep -q 'attendees.csv' "$work/err" || fail "the damaged file was not named: $(cat "$work/err")"
[[ ! -e "$work/from-damaged" ]] || fail "a refused restore made its folder"

# A changed list (the event file unchanged) makes the rebuild redo that event.
printf '\n' >>"$work/data/cum-3/2020-soc-trang-cum-3-attendees.csv"
"$bin" build "$work/data" -o "$work/archive" -q | grep -q '(4 already current)' || fail "a changed list was not rebuilt"
cmp -s "$work/data/cum-3/2020-soc-trang-cum-3-attendees.csv" "$(ls "$work"/archive/2020/*/2020-soc-trang-cum-3-attendees.csv)" ||
  fail "the archive keeps the old list"
"$bin" verify "$work/archive" >/dev/null || fail "verify after the list changed"

# An input outside the event's folder cannot be kept beside it: an error naming it.
mkdir -p "$work/outside/events"
sed 's#csv="2020-soc-trang-cum-3-attendees.csv"#csv="../2020-soc-trang-cum-3-attendees.csv"#; s#file="photos/#file="../photos/#g' \
  samples/2020-soc-trang-cum-3.xml >"$work/outside/events/e.xml"
cp samples/2020-soc-trang-cum-3-attendees.csv "$work/outside/" && cp -r samples/photos "$work/outside/"
if "$bin" build "$work/outside/events" -o "$work/outside-archive" -q 2>"$work/err" >/dev/null; then
  fail "an input outside the event's folder was accepted"
fi
grep -q '../2020-soc-trang-cum-3-attendees.csv' "$work/err" || fail "the outside input was not named: $(cat "$work/err")"
# Office mode's files: hidden folders hold no events (a build leaves the histories out); with
# --with-accounts the accounts, audit log and histories are kept (0600) and restored, and the
# restored folder's rebuild is again byte-identical.
office="$work/office"
mkdir -p "$office/khoi-1/photos" "$office/khoi-1/.thidua-history/k.xml"
cp samples/2022-khanh-hoa-khoi-nganh-i.xml "$office/khoi-1/k.xml" && cp samples/photos/*.png "$office/khoi-1/photos/"
cp samples/2022-khanh-hoa-khoi-nganh-i.xml "$office/khoi-1/.thidua-history/k.xml/20261207T001502123Z-lan.xml"
printf 'mat-khau-dai-1\n' | "$bin" user add lan --data "$office" --role editor --folder khoi-1 --password-file - >/dev/null ||
  fail "thidua user add"
echo '{"action":"save"}' >"$office/.thidua/audit.log"
"$bin" build "$office" -o "$work/office-plain" -q >/dev/null || fail "build of the office folder"
[[ "$(grep -c '"source": ' "$work/office-plain/manifest.json")" == 1 ]] || fail "the history's copy was built as an event"
[[ ! -e "$work/office-plain/tai-khoan" ]] || fail "accounts archived without --with-accounts"
if "$bin" restore "$work/office-plain" "$work/office-none" --with-accounts 2>"$work/err"; then
  fail "--with-accounts restored from an archive without accounts"
fi
"$bin" build "$office" -o "$work/office-archive" -q --with-accounts >/dev/null || fail "build --with-accounts"
"$bin" verify "$work/office-archive" >/dev/null || fail "verify --with-accounts"
[[ "$(stat -c %a "$work/office-archive/tai-khoan/.thidua/accounts.json")" == 600 ]] || fail "archived accounts readable by others"
[[ -f "$work/office-archive/tai-khoan/khoi-1/.thidua-history/k.xml/20261207T001502123Z-lan.xml" ]] || fail "the history is not archived"
"$bin" restore "$work/office-archive" "$work/office-back" --with-accounts >/dev/null || fail "restore --with-accounts"
cmp -s "$office/.thidua/accounts.json" "$work/office-back/.thidua/accounts.json" || fail "accounts not restored"
[[ "$(stat -c %a "$work/office-back/.thidua/accounts.json")" == 600 ]] || fail "restored accounts readable by others"
cmp -s "$office/.thidua/audit.log" "$work/office-back/.thidua/audit.log" || fail "audit log not restored"
"$bin" user list --data "$work/office-back" | grep -q '^lan' || fail "the restored accounts do not list lan"
"$bin" build "$work/office-back" -o "$work/office-again" -q --with-accounts >/dev/null || fail "rebuild --with-accounts"
diff -r "$work/office-archive" "$work/office-again" >/dev/null || fail "the rebuild with accounts differs"
"$bin" restore "$work/office-archive" "$work/office-events-only" >/dev/null || fail "restore without --with-accounts"
[[ ! -e "$work/office-events-only/.thidua" ]] || fail "accounts restored without --with-accounts"
echo "backup and restore OK"
