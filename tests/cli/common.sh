# The shared start of the CLI test scripts (sourced): the thidua binary, a scratch folder that is
# always removed, and the failure and tool helpers.

# cli_test_start [--keep-going] BIN: sets bin (absolute), work (a scratch folder removed on exit)
# and status=0; a wrong call is a usage error (exit 2). Without --keep-going `fail` stops the
# script; with it `fail` records the failure and the script goes on to `exit $status`.
cli_test_start() {
  cli_keep_going=0
  if [[ ${1:-} == --keep-going ]]; then
    cli_keep_going=1
    shift
  fi
  if [[ $# -ne 1 ]]; then
    echo "usage: $0 BIN      (from the repository's root; BIN is the thidua binary)" >&2
    exit 2
  fi
  bin=$(realpath "$1")
  status=0
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}

# fail MESSAGE: says what failed; stops the script unless it was started with --keep-going.
fail() {
  echo "FAIL: $*" >&2
  status=1
  if [[ ${cli_keep_going:-0} == 0 ]]; then exit 1; fi
}

# need_tools TOOL...: skips the test (exit 0 with "skipped: …") when a tool is missing;
# `bash scripts/setup.sh --test` (which CI runs) installs them all.
need_tools() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "skipped: $tool not installed (bash scripts/setup.sh --test)"
      exit 0
    fi
  done
}
