#!/usr/bin/env bash
# `thidua user`: accounts added, changed, listed, their passwords changed and removed; passwords
# read from a file or standard input only, kept as Argon2id hashes in a 0600 file; mistakes refused
# with exit 1 (bad input) or 2 (usage) and nothing changed.
set -euo pipefail
export LANGUAGE=en
source "$(dirname "$0")/common.sh"
cli_test_start "$@"
data="$work/data"
mkdir -p "$data"
user() { "$bin" user "$@" --data "$data"; }
expect() {  # expect CODE ARGS...: the exit code of `thidua user ARGS --data DATA`
  local code=$1; shift
  local got=0
  user "$@" </dev/null >/dev/null 2>"$work/err" || got=$?
  [[ "$got" == "$code" ]] || fail "thidua user $*: exit $got, expected $code: $(cat "$work/err")"
}

printf 'mat-khau-dai-1\n' | user add lan --role editor --folder khoi-1 --password-file - >/dev/null || fail "add"
[[ -d "$data/khoi-1" ]] || fail "the account's folder was not made"
printf 'mat-khau-dai-2\n' >"$work/pw"
user add quantri --role admin --password-file "$work/pw" >/dev/null || fail "add from a file"
[[ "$(stat -c %a "$data/.thidua/accounts.json")" == 600 ]] || fail "accounts.json is not 0600"
grep -q 'mat-khau' "$data/.thidua/accounts.json" && fail "a password in clear"
[[ "$(grep -c '\$argon2id\$' "$data/.thidua/accounts.json")" == 2 ]] || fail "not two Argon2id hashes"
before=$(cat "$data/.thidua/accounts.json")
expect 1 add lan --role editor --folder khoi-1 --password-file "$work/pw"   # exists
expect 2 add hoa --role boss --password-file "$work/pw"                      # no such role
expect 2 add hoa --role editor --password-file "$work/pw"                    # an editor needs a folder
expect 2 add hoa --role admin --folder khoi-1 --password-file "$work/pw"     # an admin has all
expect 2 add Hoa --role reader --folder khoi-1 --password-file "$work/pw"    # not a name
expect 2 add hoa --role reader --folder ../x --password-file "$work/pw"      # not a folder name
printf 'ngan\n' >"$work/short"
expect 1 add hoa --role reader --folder khoi-1 --password-file "$work/short" # too short
expect 1 remove khong-co
expect 2 frob lan
[[ "$(cat "$data/.thidua/accounts.json")" == "$before" ]] || fail "a refused command changed the accounts"

user set lan --folder khoi-1 --folder cum-3 >/dev/null || fail "set folders"
user list | grep -qx $'lan\teditor\tkhoi-1, cum-3' || fail "set folders: $(user list)"
[[ -d "$data/cum-3" ]] || fail "set did not make the new folder"
user set lan --role reader >/dev/null || fail "set role"
user list | grep -qx $'lan\treader\tkhoi-1, cum-3' || fail "set role kept the folders: $(user list)"
expect 2 set lan
old=$(cat "$data/.thidua/accounts.json")
printf 'mat-khau-moi-3\n' | user passwd lan --password-file - >/dev/null || fail "passwd"
[[ "$(cat "$data/.thidua/accounts.json")" != "$old" ]] || fail "passwd kept the hash"
user remove lan >/dev/null || fail "remove"
[[ "$(user list)" == $'quantri\tadmin\tall folders' ]] || fail "after remove: $(user list)"
echo "accounts OK"
