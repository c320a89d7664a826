#!/usr/bin/env bash
# The Debian package: built with cpack, checked by lintian (no error, no warning), installed
# with apt-get, its thidua run on the sample events, the unit checked by systemd-analyze,
# then removed (data and configuration kept) and purged (nothing left but the system user).
# It installs system-wide, so it runs only as root and when THIDUA_TEST_DEB=1 (scripts/test.sh).
set -euo pipefail
bin=$1
build=$(cd "$(dirname "$bin")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
if [[ "${THIDUA_TEST_DEB:-}" != 1 || $(id -u) -ne 0 ]]; then
  echo "skipped: installs a package system-wide; set THIDUA_TEST_DEB=1 and run as root"
  exit 77
fi
if dpkg-query -W -f='${Status}' thidua 2>/dev/null | grep -q 'installed\|config-files'; then
  fail "a thidua package is already on this machine; purge it first (apt-get purge thidua)"
fi
work=$(mktemp -d)
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq "$@"; }
cleanup() {
  if dpkg-query -W thidua >/dev/null 2>&1; then apt_get purge thidua >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

SECONDS=0
# 1. Build: one command in the build folder.
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/deb/thidua_*_amd64.deb)
[[ "$(basename "$deb")" =~ ^thidua_[0-9][0-9.]*_amd64\.deb$ ]] || fail "package name $(basename "$deb")"
dpkg-deb -f "$deb" Depends | grep -q 'fonts-liberation2' || fail "no dependency on fonts-liberation2"
dpkg-deb -f "$deb" Depends | grep -q 'libhpdf' || fail "no shared-library dependencies (shlibdeps)"
dpkg-deb -f "$deb" Depends | grep -q 'libsodium23' || fail "no dependency on libsodium23 (the accounts' password hashes)"
dpkg-deb -I "$deb" conffiles | grep -qx '/etc/thidua/thidua.conf' || fail "thidua.conf is not a conffile"

echo "cpack: ${SECONDS}s"
# 2. lintian: nothing at error or warning level.
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
  if grep -E '^[EW]: ' "$work/lintian.log"; then fail "lintian"; fi
else
  echo "note: lintian is not installed; not run" >&2
fi

echo "lintian: ${SECONDS}s"
# 3. Install and use it.
apt_get install "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
[[ -x /usr/bin/thidua ]] || fail "no /usr/bin/thidua"
getent passwd thidua >/dev/null || fail "no system user thidua"
[[ "$(stat -c %U /var/lib/thidua)" == thidua ]] || fail "/var/lib/thidua is not the thidua user's"
[[ -f /etc/thidua/thidua.conf ]] || fail "no /etc/thidua/thidua.conf"
examples=/usr/share/doc/thidua/examples
(cd "$work" && env -u THIDUA_TEMPLATES /usr/bin/thidua check "$examples"/*.xml >/dev/null) || fail "installed thidua check"
(cd "$work" && env -u THIDUA_TEMPLATES /usr/bin/thidua build "$examples" -o "$work/archive" -q >/dev/null) ||
  fail "installed thidua build"
/usr/bin/thidua verify "$work/archive" >/dev/null || fail "installed thidua verify"
for pdf in "$work"/archive/2022/*/giao-uoc-thi-dua.pdf; do
  [[ "$(head -c 5 "$pdf")" == "%PDF-" ]] || fail "$pdf is not a PDF"
done
/usr/bin/thidua --help | grep -q 'các lệnh' || fail "the installed catalogue is not used"
[[ -f /usr/share/man/man1/thidua-build.1.gz && -f /usr/share/bash-completion/completions/thidua ]] ||
  fail "man pages or completion missing"
# The unit: systemd-analyze verify (offline: no systemd needs to run here).
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify /lib/systemd/system/thidua.service >"$work/verify.log" 2>&1 ||
    { cat "$work/verify.log"; fail "systemd-analyze verify"; }
  [[ ! -s "$work/verify.log" ]] || { cat "$work/verify.log"; fail "systemd-analyze verify reported something"; }
  for setting in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
                 ReadWritePaths=/var/lib/thidua User=thidua; do
    grep -qx "$setting" /lib/systemd/system/thidua.service || fail "the unit lacks $setting"
  done
fi

# The unit's command line runs: an account made as root (the file given to thidua, 0600), then
# ExecStart as the thidua user, on a copy of the configuration listening on a free port.
printf 'mat-khau-quan-tri\n' | /usr/bin/thidua user add quantri --role admin --password-file - >/dev/null ||
  fail "thidua user add"
[[ "$(stat -c '%U %a' /var/lib/thidua/.thidua/accounts.json)" == "thidua 600" ]] || fail "accounts.json is not thidua's with mode 0600"
chmod 0755 "$work"
sed 's/^listen = .*/listen = 127.0.0.1:0/' /etc/thidua/thidua.conf >"$work/thidua.conf"
chmod 0644 "$work/thidua.conf"
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/thidua.service)
read -r -a command <<<"${exec_start//\/etc\/thidua\/thidua.conf/$work/thidua.conf}"
runuser -u thidua -- "${command[@]}" >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
for _ in $(seq 100); do grep -q '^http://' "$work/serve.out" && break; sleep 0.1; done
address=$(grep -m1 '^http://' "$work/serve.out") || { cat "$work/serve.err"; kill "$serve_pid"; fail "the service printed no address"; }
origin=${address%/login}
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$origin/login")" == 200 ]] || { kill "$serve_pid"; fail "GET /login"; }
answer=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
              --data '{"user":"quantri","password":"mat-khau-quan-tri"}' "$origin/api/login")
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
grep -q '^HTTP/1.1 200' <<<"$answer" || fail "signing in to the packaged service: $answer"
grep -qi '^set-cookie: thidua_session=.*HttpOnly; SameSite=Strict' <<<"$answer" || fail "no session cookie: $answer"

echo "installed and run: ${SECONDS}s"
# 4. remove keeps the data and the (edited) configuration.
echo "<event/>" >/var/lib/thidua/kept.xml
sed -i 's/^listen = .*/listen = 127.0.0.1:8099/' /etc/thidua/thidua.conf
apt_get remove thidua >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get remove"; }
[[ ! -e /usr/bin/thidua ]] || fail "remove left /usr/bin/thidua"
[[ -f /var/lib/thidua/kept.xml ]] || fail "remove deleted the data"
grep -q 8099 /etc/thidua/thidua.conf || fail "remove lost the edited configuration"

# 5. purge removes data and configuration; of the package's files nothing stays.
apt_get purge thidua >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get purge"; }
[[ ! -e /var/lib/thidua && ! -e /etc/thidua ]] || fail "purge left /var/lib/thidua or /etc/thidua"
while read -r path; do
  path=${path#.}
  [[ -z "$path" || -d "$path" ]] && continue  # shared folders (/usr/share/man, …) stay
  [[ ! -e "$path" ]] || fail "purge left $path"
done < <(dpkg-deb -c "$deb" | awk '{print $6}')
for folder in /usr/share/thidua /usr/share/doc/thidua; do [[ ! -e "$folder" ]] || fail "purge left $folder"; done
echo "package OK: $(basename "$deb")"
