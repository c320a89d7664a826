#!/usr/bin/env bash
# Configures and builds thidua into build/ (Release with warnings as errors).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTHIDUA_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
