#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS, one after another.
#   scripts/fuzz.sh [SECONDS] [BUILD_DIR]      (defaults: 60, build-fuzz)
# Seeds come from testdata/ (pipeline: every Python fixture and the hostile inputs; config: the
# configuration examples in testdata/fuzz/config; result: encoded results in testdata/fuzz/result;
# all: earlier crashes in testdata/fuzz/<target>); the
# corpus grows in BUILD_DIR/corpus/<target> across runs. A crash, leak, sanitizer report or
# per-input timeout stops that target, leaves its input in BUILD_DIR/artifacts/<target>/ and makes
# the script exit 1: copy the input to testdata/fuzz/<target>/ (replayed by the test suite) and fix it.
# Any other failure of libFuzzer itself (a non-zero exit status) makes it exit 1 too.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds=${1:-60}
build_dir="$repo/${2:-build-fuzz}"
targets=(pipeline config result)

command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 is required (Debian: clang-14 libclang-rt-14-dev)" >&2; exit 2; }
# The same configuration as scripts/test-sanitized.sh, so that one build directory serves both.
CC=clang-14 CXX=clang++-14 cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPLATLINT_FUZZ=ON -DPLATLINT_WITH_CLANG=ON >/dev/null
cmake --build "$build_dir" --target "${targets[@]/#/platlint_fuzz_}"

status=0
for target in "${targets[@]}"; do
  corpus="$build_dir/corpus/$target"
  artifacts="$build_dir/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  if [[ $target != pipeline ]]; then
    seeds=()
  else
    seeds=("$repo/testdata/rules" "$repo/testdata/guards" "$repo/testdata/fixes" "$repo/testdata/examples"
           "$repo/testdata/hostile")
  fi
  [[ -d "$repo/testdata/fuzz/$target" ]] && seeds+=("$repo/testdata/fuzz/$target")
  for s in "${!seeds[@]}"; do [[ -d "${seeds[$s]}" ]] || unset "seeds[$s]"; done
  echo "fuzz: $target for ${seconds}s" >&2
  # -timeout: one input taking longer than 20 s is a hang worth a fixture. -max_len: large enough
  # for real modules, small enough to keep executions fast; huge inputs are the hostile suite's job.
  # ASan's leak checker is on (LeakSanitizer) and fails the run on a leak.
  # The fuzzer writes to the log file directly, so that its own exit status is the one tested.
  log="$build_dir/fuzz-$target.log"
  fuzzer_status=0
  "$build_dir/tests/fuzz/platlint_fuzz_$target" "$corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=32768 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || fuzzer_status=$?
  { grep -E '^#[0-9]+[[:space:]]+(INITED|DONE|REDUCE|NEW|pulse)|^(==|SUMMARY|stat::|Done)' "$log" || true; } | tail -n 40 >&2
  if [[ $fuzzer_status -ne 0 ]] || grep -qE '^==[0-9]+==ERROR|^SUMMARY: |deadly signal|Test unit written' "$log"; then
    echo "fuzz: $target FAILED (libFuzzer exit status $fuzzer_status); inputs in $artifacts (log: $log)" >&2
    status=1
  fi
done
exit "$status"
