#!/usr/bin/env bash
# Every doctest case must be one CTest entry: as many `unit.` entries as the binary has cases, and
# each case's name among them. (A name with a ';' is split by doctest_discover_tests into entries
# that match no case; those run nothing and would pass.)
#   tests/unit_discovery_test.sh UNIT_TEST_BINARY BUILD_DIR
set -euo pipefail
binary=${1:?usage: unit_discovery_test.sh UNIT_TEST_BINARY BUILD_DIR}
build=${2:?usage: unit_discovery_test.sh UNIT_TEST_BINARY BUILD_DIR}
cases=$("$binary" --list-test-cases | grep -v '^\[doctest\]' | grep -v '^=*$' | sort)
entries=$(ctest --test-dir "$build" -N | sed -n 's/^ *Test *#[0-9]*: unit\.//p' | sort)
n_cases=$(grep -c . <<<"$cases" || true)
n_entries=$(grep -c . <<<"$entries" || true)
echo "doctest cases: $n_cases, CTest unit entries: $n_entries"
if [[ "$n_cases" -eq 0 ]]; then
  echo "FAIL: the unit test binary lists no test case" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
if [[ "$cases" != "$entries" ]]; then
  echo "FAIL: doctest cases and CTest entries differ (< only a case, > only an entry):" >&2
  diff <(printf '%s\n' "$cases") <(printf '%s\n' "$entries") >&2 || true
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
