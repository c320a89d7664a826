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
vi() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$bin" "$@"; }
en_locale() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 "$bin" "$@"; }

vi --help >"$work/overview" 2>&1 || problem "--help exited $?"
mapfile -t commands < <(sed -n '/^các lệnh:/,/^$/p' "$work/overview" | tail -n +2 | awk 'NF > 1 {print $1}')
[[ ${#commands[@]} -ge 8 ]] || problem "the Vietnamese overview lists ${#commands[@]} commands: $(cat "$work/overview")"
python3 "$here/find_english.py" "$work/overview" || problem "English in the Vietnamese --help"
grep -q "^cách dùng: thidua" "$work/overview" || problem "the Vietnamese --help has no 'cách dùng:'"
"$bin" --lang en --help >"$work/overview.en" 2>&1
grep -q "^usage: thidua" "$work/overview.en" || problem "--lang en --help is not English"
en_locale --help | grep -q "^usage: thidua" || problem "LANG=en_US.UTF-8 --help is not English"

for command in "${commands[@]}"; do
  vi help "$command" >"$work/$command.vi" 2>&1 || problem "help $command exited $?"
  vi "$command" --help >"$work/$command.vi2" 2>&1 || problem "$command --help exited $?"
  cmp -s "$work/$command.vi" "$work/$command.vi2" || problem "help $command and $command --help differ"
  python3 "$here/find_english.py" "$work/$command.vi" || problem "English in the Vietnamese help of $command"
  grep -q "^cách dùng: thidua $command" "$work/$command.vi" || problem "help $command: no Vietnamese usage line"
  "$bin" --lang en help "$command" >"$work/$command.en" 2>&1 || problem "--lang en help $command exited $?"
  grep -q "^usage: thidua $command" "$work/$command.en" || problem "--lang en help $command: no English usage line"
  if grep -q "cách dùng\|các tùy chọn" "$work/$command.en"; then problem "Vietnamese in the English help of $command"; fi
  # A usage error: no arguments at all, then an option that does not exist.
  vi "$command" >/dev/null 2>"$work/$command.err"
  [[ $? == 2 ]] || problem "$command without arguments: exit code is not 2"
  vi "$command" --khong-co x >/dev/null 2>>"$work/$command.err"
  [[ $? == 2 ]] || problem "$command --khong-co: exit code is not 2"
  python3 "$here/find_english.py" "$work/$command.err" || problem "English in the Vietnamese usage errors of $command"
  grep -q "lỗi: " "$work/$command.err" || problem "$command: the usage error is not in Vietnamese: $(cat "$work/$command.err")"
  "$bin" --lang en "$command" --khong-co x >/dev/null 2>"$work/$command.err.en"
  grep -q "error: unknown option '--khong-co'" "$work/$command.err.en" ||
    problem "$command --lang en: $(cat "$work/$command.err.en")"
done
vi khong-co >/dev/null 2>"$work/unknown"
grep -q "thidua: lỗi: không có lệnh 'khong-co'" "$work/unknown" || problem "unknown command: $(cat "$work/unknown")"
"$bin" --lang xx --help >/dev/null 2>"$work/lang"
[[ $? == 2 ]] || problem "--lang xx is not a usage error"
[[ $fail == 0 ]] && echo "ok: --help, help COMMAND and usage errors of ${#commands[@]} commands in both languages"
exit $fail
