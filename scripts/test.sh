#!/usr/bin/env bash
# The whole test suite: set up and build if needed, then every CTest test (unit tests, rule
# fixtures, CLI end-to-end, SARIF schema validation). Fails loudly on any failure.
#   scripts/test.sh [BUILD_DIR]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir=${1:-build}
"$repo/scripts/setup.sh" "$build_dir"
ctest --test-dir "$repo/$build_dir" --output-on-failure -j "$(nproc)"
