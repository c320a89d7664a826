#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds, and builds every sample's documents and the
# news site into the archive out/ (then verifies it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build/thidua check --quiet samples/*.xml
build/thidua build samples -o out
build/thidua verify out
