#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang, ASan + UBSan) into build-fuzz/ and runs each for
# a bounded time. A crash fails with the reproducer's path; add it to fuzz/corpus/NAME/ once fixed.
#
# usage: scripts/fuzz.sh build               build the fuzzers only
#        scripts/fuzz.sh run SECONDS [NAME…]  build, then run each (or the named) target SECONDS
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
seconds=${2:-20}
shift $(( $# > 2 ? 2 : $# ))

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTHIDUA_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzzers
[[ $mode == build ]] && exit 0

targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(sed -n 's/^set(THIDUA_FUZZ_TARGETS \(.*\))$/\1/p' fuzz/CMakeLists.txt | tr ' ' '\n')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for target in "${targets[@]}"; do
  # New inputs go to a scratch copy of the corpus: the corpus in the repository changes only by hand.
  mkdir -p "$work/$target" "$work/artifacts-$target"
  cp -r "fuzz/corpus/$target/." "$work/$target/"
  dict=()
  [[ -f fuzz/dict/$target.dict ]] && dict=(-dict="fuzz/dict/$target.dict")
  echo "fuzz: $target for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "build-fuzz/fuzz/fuzz_$target" "$work/$target" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts-$target/" \
      >"$work/$target.log" 2>&1; then
    tail -40 "$work/$target.log" >&2
    mkdir -p fuzz-findings
    for artifact in "$work/artifacts-$target"/*; do
      [[ -e $artifact ]] || continue
      cp "$artifact" "fuzz-findings/$target-$(basename "$artifact")"
      echo "fuzz: error: $target crashed; reproducer: fuzz-findings/$target-$(basename "$artifact")" >&2
    done
    status=1
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|cov:' "$work/$target.log" | tail -3
  fi
done
exit $status
