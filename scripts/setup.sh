#!/usr/bin/env bash
# Installs what thidua needs on Debian 12 (run as root): build tools and libraries, fonts,
# and with --test the PDF tools, Node.js and Chromium used by the tests.
set -euo pipefail

packages=(build-essential cmake pkg-config
          libhpdf-dev libpugixml-dev libkainjow-mustache-dev libboost-program-options-dev
          catch2 libutf8proc-dev libharfbuzz-dev libssl-dev nlohmann-json3-dev
          fonts-liberation2)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(poppler-utils qpdf chromium nodejs npm python3)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(poppler-utils qpdf nodejs npm python3 weasyprint hyperfine)
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
