#!/usr/bin/env bash
# cmake --install into a fresh prefix, the tree moved elsewhere, the checkout hidden (a private
# mount namespace lays an empty folder over it): every command of the installed thidua still
# works, its man pages read, and bash completes its commands and options.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cli_test_start "$@"
build=$(dirname "$bin")
checkout=$(pwd)

cmake --install "$build" --prefix "$work/prefix" >/dev/null || fail "cmake --install failed"
for file in bin/thidua share/thidua/templates/agreement share/man/man1/thidua.1.gz \
            share/man/man1/thidua-build.1.gz share/bash-completion/completions/thidua \
            share/man/vi/man1/thidua-build.1.gz share/locale/vi/LC_MESSAGES/thidua.mo \
            share/doc/thidua/format.md share/doc/thidua/examples/2020-soc-trang-cum-3.xml; do
  [[ -e "$work/prefix/$file" ]] || fail "not installed: $file"
done
if grep -q -F "$checkout" "$work/prefix/bin/thidua"; then fail "the installed binary holds the checkout's path"; fi
mv "$work/prefix" "$work/moved"
cp -r samples "$work/data"
rm -f "$work/data"/photos/*.py

# Runs inside the namespace (or directly when no namespace can be made): every command.
cat >"$work/run.sh" <<'SCRIPT'
set -euo pipefail
checkout=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
if [[ -n "$(ls -A "$checkout")" ]]; then fail "the checkout is still visible"; fi
unset THIDUA_TEMPLATES
export PATH="$work/moved/bin:/usr/bin:/bin"
cd "$work/data"
thidua --version | grep -q '^thidua [0-9]' || fail "--version"
thidua --help | grep -q 'các lệnh' || fail "--help is not in Vietnamese (the installed catalogue)"
thidua --lang en --help | grep -q 'agreement' || fail "--lang en --help"
thidua help build | grep -q -- '--jobs' || fail "help build"
thidua check *.xml >/dev/null || fail "check"
thidua agreement 2022-khanh-hoa-khoi-nganh-i.xml -o "$work/out/giao-uoc.pdf" 2>/dev/null && fail "-o into a missing folder made it"
mkdir -p "$work/out"
thidua agreement 2022-khanh-hoa-khoi-nganh-i.xml -o "$work/out/giao-uoc.pdf" || fail "agreement"
thidua attendance 2020-soc-trang-cum-3.xml -o "$work/out/danh-sach.pdf" || fail "attendance"
thidua invitations 2020-soc-trang-cum-3.xml -o "$work/out/giay-moi.pdf" || fail "invitations"
thidua article 2022-khanh-hoa-khoi-nganh-i.xml -o "$work/out/bai-viet/index.html" || fail "article"
thidua site *.xml -o "$work/out/site" || fail "site"
thidua build . -o "$work/archive" -q >/dev/null || fail "build"
thidua verify "$work/archive" >/dev/null || fail "verify"
for pdf in giao-uoc danh-sach giay-moi; do
  [[ "$(head -c 5 "$work/out/$pdf.pdf")" == "%PDF-" ]] || fail "$pdf.pdf is not a PDF"
done
# THIDUA_TEMPLATES, when set, is used instead of the installed templates.
if THIDUA_TEMPLATES=/nonexistent thidua agreement 2022-khanh-hoa-khoi-nganh-i.xml -o "$work/out/x.pdf" 2>"$work/err"; then
  fail "THIDUA_TEMPLATES was not used"
fi
grep -q '/nonexistent' "$work/err" || fail "THIDUA_TEMPLATES not named in the error: $(cat "$work/err")"
# Man pages, read by man from the installed tree.
if command -v man >/dev/null; then
  MANPATH="$work/moved/share/man" man -P cat thidua-agreement 2>/dev/null | grep -q 'THIDUA_TEMPLATES' ||
    fail "man thidua-agreement"
fi
# Bash completion of the installed program: commands, options, folders after --templates.
source "$work/moved/share/bash-completion/completions/thidua"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _thidua; echo "${COMPREPLY[*]}"; }
[[ "$(complete_words thidua ver)" == "verify" ]] || fail "completion of a command"
[[ " $(complete_words thidua build --)" == *" --jobs "* ]] || fail "completion of an option"
[[ "$(complete_words thidua help ag)" == "agreement" ]] || fail "completion after help"
mkdir -p "$work/data/tpl-folder"
[[ "$(complete_words thidua agreement --templates tpl)" == "tpl-folder" ]] || fail "completion of a folder"
[[ "$(complete_words thidua check 2022-kh)" == "2022-khanh-hoa-khoi-nganh-i.xml" ]] || fail "completion of a file"
echo "installed tree OK"
SCRIPT

# Why a mount namespace: as root (CI) permissions do not hide anything, and renaming the
# checkout would break the other tests running at the same time.
if unshare --mount --map-root-user true 2>/dev/null; then
  unshare --mount --map-root-user bash -c 'mount -t tmpfs none "$1" && bash "$3" "$1" "$2"' _ \
    "$checkout" "$work" "$work/run.sh" || fail "the installed tree does not work with the checkout hidden"
else
  echo "note: no mount namespace here; the checkout is not hidden (its path is not in the binary)" >&2
  mkdir "$work/empty"
  bash "$work/run.sh" "$work/empty" "$work" || fail "the installed tree does not work"
fi
