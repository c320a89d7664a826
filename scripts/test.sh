#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds, and runs every test twice: in a normal
# build with warnings as errors, and in an AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/node-env.sh
bash scripts/build.sh
# npm packages of the PDF (pdf.js) and browser (playwright-core) tests, pinned by their lock files.
for lock in tests/*/package-lock.json; do
  [[ -f "$lock" ]] && (cd "$(dirname "$lock")" && npm ci --no-audit --no-fund --loglevel=error)
done
# THIDUA_TEST_DEB=1: the .deb is built, installed, removed and purged on this (CI) machine.
THIDUA_TEST_DEB=1 ctest --test-dir build --output-on-failure -j"$(nproc)"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTHIDUA_WERROR=ON -DTHIDUA_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
# The browser tests exercise Chromium, not thidua's code: run them once, in the normal build.
# cli/test-install checks that the installed release binary holds no checkout path; a Debug
# sanitizer binary keeps its source paths by design, so that test runs in the normal build only.
# THIDUA_HANG_SECONDS: the -O0 sanitizer binary takes minutes where the release takes a second
# (2,000,000 template lookups: 1.5 s and 120 s), which is not a hang.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
  THIDUA_HANG_SECONDS=400 ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -LE browser -E '^cli/test-install$'

# Each fuzzer briefly (20 s) on top of the corpus replays above; a crash fails with its reproducer.
bash scripts/fuzz.sh run 20
