#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds, and runs the main job on every sample into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
mkdir -p out
build/thidua check samples/*.xml | tee out/check.txt
