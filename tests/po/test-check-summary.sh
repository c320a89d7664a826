#!/usr/bin/env bash
# The `check` summary in both languages: Vietnamese by default (no English left); with --lang en the
# summary's own words (date, part of the day, roles) are English while the event's content stays
# Vietnamese, as the file wrote it.
#
# usage: tests/po/test-check-summary.sh BIN      (from the repo root)
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
sample=$here/../../samples/2020-soc-trang-cum-3.xml
fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vi() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 timeout 20 "$bin" "$@" </dev/null; }
en() { timeout 20 "$bin" --lang en "$@" </dev/null; }
has() { grep -qF -- "$2" "$1" || problem "$1 lacks '$2':"$'\n'"$(cat "$1")"; }
lacks() { ! grep -qF -- "$2" "$1" || problem "$1 still has '$2':"$'\n'"$(cat "$1")"; }

vi check "$sample" >"$work/vi" 2>&1 || problem "check exited $?"
has "$work/vi" "Thứ Ba, 09/06/2020"
has "$work/vi" "Ủy ban MTTQ Việt Nam tỉnh (Cụm trưởng)"
has "$work/vi" "Hội LHPN tỉnh (Cụm phó)"
python3 "$here/find_english.py" "$work/vi" || problem "English in the Vietnamese summary"

en check "$sample" >"$work/en" 2>&1 || problem "--lang en check exited $?"
has "$work/en" "Time:      08:00, Tuesday, 9 June 2020"
has "$work/en" "Ủy ban MTTQ Việt Nam tỉnh (cluster leader)"
has "$work/en" "Hội LHPN tỉnh (cluster deputy leader)"
has "$work/en" "Hội trường Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng"   # the place: the file's own words
lacks "$work/en" "Thứ Ba"
lacks "$work/en" "Cụm trưởng"

# Only the part of the day known: its name follows the language too; a khối's roles are the bloc's.
mkdir -p "$work/event"
cp -r "$(dirname "$sample")"/. "$work/event/"
sed -e 's#<time>08:00</time>#<time>chiều</time>#' -e 's#kind="cum"#kind="khoi"#' "$sample" >"$work/event/afternoon.xml"
vi check "$work/event/afternoon.xml" >"$work/vi-afternoon" 2>&1 || problem "check (afternoon) exited $?"
has "$work/vi-afternoon" "Chiều, Thứ Ba, 09/06/2020"
has "$work/vi-afternoon" "(Trưởng khối)"
en check "$work/event/afternoon.xml" >"$work/en-afternoon" 2>&1 || problem "--lang en check (afternoon) exited $?"
has "$work/en-afternoon" "afternoon, Tuesday, 9 June 2020"
has "$work/en-afternoon" "(bloc leader)"
has "$work/en-afternoon" "(bloc deputy leader)"
exit $fail
