#!/usr/bin/env bash
# `--help`, `help COMMAND` and `COMMAND --help` of every command, and the usage errors, in both
# languages: Vietnamese by default (no English sentence left, see find_english.py), English with
# --lang en or an English locale.
#
# usage: tests/po/test-help.sh BIN      (from the repo root)
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Every run is bounded: a command such as `serve` would otherwise run until stopped.
vi() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 timeout 20 "$bin" "$@" </dev/null; }
en_locale() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 timeout 20 "$bin" "$@" </dev/null; }
en() { timeout 20 "$bin" --lang en "$@" </dev/null; }

# The English names of the values an option or argument takes (usage lines, option lists).
english_placeholders='EVENT|FOLDER|FILE|DIR|NAME|ADDR|URL|SECONDS|STATUS|TEXT|KIND|ARCHIVE|ID|ROLE'
vi --help >"$work/overview" 2>&1 || problem "--help exited $?"
mapfile -t commands < <(sed -n '/^các lệnh:/,/^$/p' "$work/overview" | tail -n +2 | awk 'NF > 1 {print $1}')
[[ ${#commands[@]} -ge 8 ]] || problem "the Vietnamese overview lists ${#commands[@]} commands: $(cat "$work/overview")"
python3 "$here/find_english.py" "$work/overview" || problem "English in the Vietnamese --help"
grep -q "^cách dùng: thidua" "$work/overview" || problem "the Vietnamese --help has no 'cách dùng:'"
en --help >"$work/overview.en" 2>&1
grep -q "^usage: thidua" "$work/overview.en" || problem "--lang en --help is not English"
en_locale --help | grep -q "^usage: thidua" || problem "LANG=en_US.UTF-8 --help is not English"

for command in "${commands[@]}"; do
  vi help "$command" >"$work/$command.vi" 2>&1 || problem "help $command exited $?"
  vi "$command" --help >"$work/$command.vi2" 2>&1 || problem "$command --help exited $?"
  cmp -s "$work/$command.vi" "$work/$command.vi2" || problem "help $command and $command --help differ"
  python3 "$here/find_english.py" "$work/$command.vi" || problem "English in the Vietnamese help of $command"
  # The placeholders too: "--templates THU_MUC", never "--templates DIR" beside a Vietnamese line.
  if grep -nwE "$english_placeholders" "$work/$command.vi" >"$work/$command.placeholders"; then
    problem "English placeholders in the Vietnamese help of $command: $(cat "$work/$command.placeholders")"
  fi
  grep -q "^cách dùng: thidua $command" "$work/$command.vi" || problem "help $command: no Vietnamese usage line"
  en help "$command" >"$work/$command.en" 2>&1 || problem "--lang en help $command exited $?"
  grep -q "^usage: thidua $command" "$work/$command.en" || problem "--lang en help $command: no English usage line"
  if grep -q "cách dùng\|các tùy chọn" "$work/$command.en"; then problem "Vietnamese in the English help of $command"; fi
  # A usage error: an option that does not exist (a command without arguments may be valid: serve).
  vi "$command" --khong-co x >/dev/null 2>"$work/$command.err"
  [[ $? == 2 ]] || problem "$command --khong-co: exit code is not 2"
  python3 "$here/find_english.py" "$work/$command.err" || problem "English in the Vietnamese usage errors of $command"
  grep -q "lỗi: " "$work/$command.err" || problem "$command: the usage error is not in Vietnamese: $(cat "$work/$command.err")"
  en "$command" --khong-co x >/dev/null 2>"$work/$command.err.en"
  grep -q "error: unknown option '--khong-co'" "$work/$command.err.en" ||
    problem "$command --lang en: $(cat "$work/$command.err.en")"
done
vi khong-co >/dev/null 2>"$work/unknown"
# A command whose arguments are missing: a Vietnamese usage error, exit 2.
vi check >/dev/null 2>"$work/check-noargs"
[[ $? == 2 ]] || problem "check without arguments: exit code is not 2"
grep -q "^thidua: lỗi: còn thiếu tham số; cách dùng: thidua check" "$work/check-noargs" ||
  problem "check without arguments: $(cat "$work/check-noargs")"
grep -q "thidua: lỗi: không có lệnh 'khong-co'" "$work/unknown" || problem "unknown command: $(cat "$work/unknown")"
timeout 20 "$bin" --lang xx --help >/dev/null 2>"$work/lang"
[[ $? == 2 ]] || problem "--lang xx is not a usage error"
[[ $fail == 0 ]] && echo "ok: --help, help COMMAND and usage errors of ${#commands[@]} commands in both languages"
exit $fail
