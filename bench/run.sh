#!/usr/bin/env bash
# Every benchmark behind one command. Installs what is missing (Debian packages with
# scripts/setup.sh --bench, the Typst peer with npm ci in bench/peers), builds thidua
# Release into build/ (scripts/build.sh), then runs bench/bench.py: it generates the inputs
# in a temporary directory, checks every PDF with qpdf, times thidua and its peers in the
# same run and prints a Markdown table with the machine it ran on (on stdout; the
# setup and build output, and the progress, go to stderr).
#
#   bash bench/run.sh [--no-setup] [--no-build] [bench.py options: --quick, --only KEYS,
#                     --update-readme, --json FILE, --keep, --thidua PATH, --timer python]
set -euo pipefail
cd "$(dirname "$0")/.."

setup=1
build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-setup) setup=0 ;;
    --no-build) build=0 ;;
    *) args+=("$arg") ;;
  esac
done

if ((setup)); then
  bash scripts/setup.sh --bench >&2
  # npm ci wipes node_modules and reinstalls: do it only when the lock file changed.
  stamp=bench/peers/node_modules/.bench-package-lock.json
  if ! cmp -s bench/peers/package-lock.json "$stamp"; then
    (cd bench/peers && npm ci --no-audit --no-fund --loglevel=error) >&2
    cp bench/peers/package-lock.json "$stamp"
  fi
fi

note=""
if ((build)); then
  if ! bash scripts/build.sh >&2; then
    if [[ -x build/thidua ]]; then
      note="Build: scripts/build.sh failed; the existing build/thidua was measured (it may be older than the sources)."
      echo "bench: warning: $note" >&2
    else
      echo "bench: error: scripts/build.sh failed and there is no build/thidua to measure" >&2
      exit 3
    fi
  fi
fi

exec python3 bench/bench.py --build-note "$note" ${args[@]+"${args[@]}"}
