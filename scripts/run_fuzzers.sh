#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR for SECONDS each, on a scratch copy
# of its seed corpus (tests/fuzz/corpus/<name>), so the repo's seeds stay as
# written. Any crash, leak or timeout fails the run.
#
#   scripts/run_fuzzers.sh build/fuzz 30
set -euo pipefail
build_dir="$1"
seconds="${2:-30}"
cd "$(dirname "$0")/.."
shopt -s nullglob
fuzzers=("$build_dir"/*_fuzzer)
if ((${#fuzzers[@]} == 0)); then echo "run_fuzzers: no fuzzers in $build_dir" >&2; exit 1; fi
for fuzzer in "${fuzzers[@]}"; do
  name="$(basename "$fuzzer" _fuzzer)"
  scratch="$build_dir/corpus-run/$name"
  rm -rf "$scratch" && mkdir -p "$scratch"
  cp tests/fuzz/corpus/"$name"/* "$scratch"/ 2>/dev/null || true
  echo "fuzz: $name for ${seconds}s"
  "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$scratch" 2>"$build_dir/$name.log" || { tail -50 "$build_dir/$name.log"; exit 1; }
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$build_dir/$name.log" | tail -2
done
