#!/usr/bin/env bash
# Runs `BIN check INPUT` from the repo root in both languages: stderr must equal INPUT's .stderr
# file (Vietnamese, the default) and its .en.stderr file (--lang en); the exit code its .exit file.
#
# usage: tests/cli/expect-diagnostics.sh BIN INPUT      (THIDUA_UPDATE=1 rewrites the files instead)
# INPUT may be absolute (as ctest passes it); messages name it relative to the current
# directory, which must be the repo root, so the expected files hold "tests/bad/…" paths.
set -u

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BIN INPUT" >&2
  exit 2
fi
bin=$1
input=$2
root=$(pwd -P)
case $input in
  "$root"/*) input=${input#"$root"/} ;;
esac
base=${input%.*}
expected_exit=$base.exit

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The default language must not depend on the machine's locale: C.UTF-8, as in CI, gives Vietnamese.
run() {  # run LANG_OPTION... : stderr into $work/stderr, exit code into $actual_exit
  env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 timeout 60 "$bin" "$@" check "$input" \
    >/dev/null 2>"$work/stderr"
  actual_exit=$?
}

status=0
for language in vi en; do
  if [[ $language == vi ]]; then
    expected_stderr=$base.stderr
    run
  else
    expected_stderr=$base.en.stderr
    run --lang en
  fi
  # A hang is a failure too (timeout's 124): no input may keep the checker busy for long.
  if [[ ${THIDUA_UPDATE:-} == 1 ]]; then
    cp "$work/stderr" "$expected_stderr"
    echo "$actual_exit" >"$expected_exit"
    echo "updated $expected_stderr and $expected_exit (exit $actual_exit)"
    continue
  fi
  if [[ ! -f $expected_stderr || ! -f $expected_exit ]]; then
    echo "missing $expected_stderr or $expected_exit; run with THIDUA_UPDATE=1 to create them" >&2
    exit 1
  fi
  if ! diff -u "$expected_stderr" "$work/stderr"; then
    echo "stderr of '$bin check $input' ($language) differs from $expected_stderr (above: - expected, + actual)" >&2
    status=1
  fi
  want_exit=$(head -n 1 "$expected_exit")
  if [[ $actual_exit != "$want_exit" ]]; then
    echo "exit code of '$bin check $input' ($language) is $actual_exit, expected $want_exit" >&2
    status=1
  fi
done
exit $status
