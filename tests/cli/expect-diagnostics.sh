#!/usr/bin/env bash
# Runs `BIN check INPUT` from the repo root; compares stderr with INPUT's .stderr file and the exit code with its .exit file.
#
# usage: tests/cli/expect-diagnostics.sh BIN INPUT      (THIDUA_UPDATE=1 rewrites both files instead)
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
expected_stderr=$base.stderr
expected_exit=$base.exit

actual_stderr=$(mktemp)
trap 'rm -f "$actual_stderr"' EXIT
# A hang is a failure too: no input may keep the checker busy for long.
timeout 60 "$bin" check "$input" >/dev/null 2>"$actual_stderr"
actual_exit=$?

if [[ ${THIDUA_UPDATE:-} == 1 ]]; then
  cp "$actual_stderr" "$expected_stderr"
  echo "$actual_exit" >"$expected_exit"
  echo "updated $expected_stderr and $expected_exit (exit $actual_exit)"
  exit 0
fi

status=0
if [[ ! -f $expected_stderr || ! -f $expected_exit ]]; then
  echo "missing $expected_stderr or $expected_exit; run with THIDUA_UPDATE=1 to create them" >&2
  exit 1
fi
if ! diff -u "$expected_stderr" "$actual_stderr"; then
  echo "stderr of '$bin check $input' differs from $expected_stderr (above: - expected, + actual)" >&2
  status=1
fi
want_exit=$(head -n 1 "$expected_exit")
if [[ $actual_exit != "$want_exit" ]]; then
  echo "exit code of '$bin check $input' is $actual_exit, expected $want_exit" >&2
  status=1
fi
exit $status
