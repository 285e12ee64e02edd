#!/usr/bin/env bash
# Writes the snapshots of every rule, guard and C/C++ fixture (testdata/*/snapshots/*.snap) from
# what the current build reports, for a person to review with `git diff` before committing.
# The test suite only compares; CI refuses to write them (tests/fixture_runner.cpp).
#   scripts/update-snapshots.sh [BUILD_DIR]      (default: build)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$repo/${1:-build}"
cmake --build "$build_dir" --target platlint_fixture_runner
fixtures=("$repo"/testdata/rules/*.py "$repo"/testdata/guards/*.py)
# C and C++ fixtures need the optional C/C++ front end, built beside platlint.
if [[ -e "$build_dir/platlint-cfamily.so" ]]; then
  fixtures+=("$repo"/testdata/c/*.c "$repo"/testdata/c/*.cpp)
else
  echo "update-snapshots: no C/C++ front end in $build_dir; testdata/c snapshots left as they are" >&2
fi
if ! PLATLINT_UPDATE_SNAPSHOTS=1 "$build_dir/tests/platlint_fixture_runner" "${fixtures[@]}"; then
  echo "update-snapshots: the fixtures above fail their expect/ok lines; their snapshots were written anyway" >&2
fi
git -C "$repo" status --short -- testdata/rules/snapshots testdata/guards/snapshots testdata/c/snapshots
