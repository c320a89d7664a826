#!/usr/bin/env bash
# The Vietnamese catalogue is found after `cmake --install` (../share/locale from the binary),
# and in the build tree, wherever the process starts from.
#
# usage: tests/po/test-installed.sh BUILD_DIR
set -euo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
[[ -f $work/prefix/share/locale/vi/LC_MESSAGES/thidua.mo ]] || fail "the catalogue was not installed"
# Moved away from the build tree: nothing may point back to it.
mv "$work/prefix" "$work/moved"
cd /
out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$work/moved/bin/thidua" --help)
grep -q "cách dùng: thidua" <<<"$out" || fail "the installed binary did not find its Vietnamese catalogue: $out"
out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$build/thidua" --help)
grep -q "cách dùng: thidua" <<<"$out" || fail "the built binary did not find build/locale"
out=$("$build/thidua" --lang en --help)
grep -q "^usage: thidua" <<<"$out" || fail "--lang en did not give English"
echo "ok: catalogue found in the build tree and after install"
