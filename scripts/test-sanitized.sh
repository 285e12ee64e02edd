#!/usr/bin/env bash
# The whole test suite against a build with AddressSanitizer and UndefinedBehaviorSanitizer, in
# its own build directory, the C/C++ front end included (the script fails if it is not built).
# Any sanitizer report fails the test it occurs in.
#   scripts/test-sanitized.sh [BUILD_DIR]      (default: build-asan)
# The build is clang's with libFuzzer's coverage instrumentation too (PLATLINT_FUZZ=ON), so that
# scripts/fuzz.sh SECONDS BUILD_DIR can run the fuzz targets from it without a second
# instrumented build: CI runs both, and the build is the slow part.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir=${1:-build-asan}
command -v clang++-14 >/dev/null || { echo "test-sanitized: clang++-14 is required (run scripts/setup.sh)" >&2; exit 2; }
# -DPLATLINT_WITH_CLANG=ON: the C/C++ front end is built and its tests (fixture.c.*, cli.c-front-end)
# run sanitized too; configuring fails if Clang's libraries are missing.
# A new build directory is a unity build, as in scripts/setup.sh.
unity=()
[[ -f "$repo/$build_dir/CMakeCache.txt" ]] || unity=(-DPLATLINT_UNITY_BUILD=ON)
CC=clang-14 CXX=clang++-14 cmake -S "$repo" -B "$repo/$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPLATLINT_FUZZ=ON -DPLATLINT_WITH_CLANG=ON "${unity[@]}" >/dev/null
cmake --build "$repo/$build_dir"
# Never let the C/C++ front end drop out silently: the module must be built and its tests listed,
# one fixture.c.* test per testdata/c fixture and cli.c-front-end.
tests=$(ctest --test-dir "$repo/$build_dir" -N)
c_fixtures=$(find "$repo/testdata/c" -maxdepth 1 \( -name '*.c' -o -name '*.cpp' \) | wc -l)
if [[ ! -f "$repo/$build_dir/platlint-cfamily.so" ]] || ! grep -q ' cli\.c-front-end$' <<<"$tests" ||
   [[ $c_fixtures -eq 0 ]] || [[ $(grep -c ' fixture\.c\.' <<<"$tests") -ne $c_fixtures ]]; then
  echo "test-sanitized: $build_dir lacks the C/C++ front end (platlint-cfamily.so, cli.c-front-end or a fixture.c.* test)" >&2
  exit 1
fi
# abort_on_error: a report ends the process with a failing status; detect_leaks: leaks fail too.
# The hostile suite's 20 MB file takes minutes under ASan; 4 MB exercises the same code paths. The
# incremental-parse tests edit each fixture 8 times instead of 25-40 for the same reason.
# use_tls=0: clang 14's LeakSanitizer reads a bogus dynamic-TLS range of the dlopen'd C/C++ module
# on Debian 12's glibc ("DTLS 5 at 0x...532-0x...1634", then "Tracer caught signal 11") and dies
# after a test passed; without TLS as a root, memory only TLS points to would be reported as a
# leak, never hidden.
ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 LSAN_OPTIONS=use_tls=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
PLATLINT_HOSTILE_BIG_MB=4 PLATLINT_TEST_EDIT_STEPS=8 ctest --test-dir "$repo/$build_dir" --output-on-failure -j "$(nproc)"
