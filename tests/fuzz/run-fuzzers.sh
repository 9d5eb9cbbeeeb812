#!/usr/bin/env bash
# Runs each libFuzzer target of build-fuzz/ for a bounded time (`make fuzz`;
# docs/fuzzing.md). New corpus entries go to build-fuzz/corpus/<name>, never
# into the repository; a crash is saved as build-fuzz/artifacts/<name>/crash-*
# and makes the script fail after the other targets have had their turn.
#   FUZZ_SECONDS  time per target (default 60)
#   FUZZ_TARGETS  the targets to run (default: all of them)
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"cron records outputs csvreader csvwriter"}

failed=()
for name in $targets; do
  binary="$build/fuzz/fuzz_$name"
  if [[ ! -x $binary ]]; then
    echo "run-fuzzers: $binary is missing (cmake --build --preset fuzz)" >&2
    exit 2
  fi
  scratch="$build/corpus/$name"
  artifacts="$build/artifacts/$name"
  mkdir -p "$scratch" "$artifacts"
  seeds=("$root/tests/fuzz/corpus/$name")
  [[ -d $root/tests/fuzz/regressions/$name ]] && seeds+=("$root/tests/fuzz/regressions/$name")
  echo "== fuzz_$name for ${seconds}s"
  # -timeout: an input that takes this long is a hang, reported as a crash.
  if ! "$binary" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "$scratch" "${seeds[@]}" 2>"$build/fuzz_$name.log"; then
    failed+=("$name")
  fi
  # The last status line (executions, cov:, ft:) and the end of the run.
  grep -E '^#[0-9]+' "$build/fuzz_$name.log" | tail -n 1
  grep -E '^Done |SUMMARY|Test unit written' "$build/fuzz_$name.log"
done

if ((${#failed[@]} > 0)); then
  echo "run-fuzzers: crashes in ${failed[*]} (see build-fuzz/artifacts/, build-fuzz/fuzz_*.log)" >&2
  exit 1
fi
