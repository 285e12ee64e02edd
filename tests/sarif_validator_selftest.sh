#!/usr/bin/env bash
# Checks that scripts/validate-sarif.sh really validates: it must accept a known-good SARIF log
# and reject a known-bad one (a validator that passes everything would make every SARIF test
# meaningless).
#
#   tests/sarif_validator_selftest.sh [path/to/platlint_unit_tests]
#
# With the unit test binary, a log written by the SARIF writer (PLATLINT_SARIF_SAMPLE_OUT in
# tests/unit/test_reporters.cpp) must validate too.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
validate="$repo/scripts/validate-sarif.sh"
data="$repo/testdata/sarif"
failures=0

expect() {  # expect STATUS DESCRIPTION FILE...
  local want="$1" what="$2"
  shift 2
  local got=0
  "$validate" "$@" >/dev/null 2>&1 || got=$?
  if [[ "$got" == "$want" ]]; then
    echo "ok: $what"
  else
    echo "FAIL: $what (exit status $got, expected $want)" >&2
    "$validate" "$@" >&2 || true
    failures=$((failures + 1))
  fi
}

expect 0 "accepts a valid log" "$data/valid.sarif"
expect 1 "rejects a result without a message" "$data/invalid-missing-message.sarif"
expect 1 "one invalid file fails the whole run" "$data/valid.sarif" "$data/invalid-missing-message.sarif"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '{"version": "2.1.0", "runs": [' > "$work/truncated.sarif"
expect 1 "rejects malformed JSON" "$work/truncated.sarif"
sed -e 's|"uri": "a%20b/%C3%BC%23.py"|"uri": "a b/#x#y.py"|' "$data/valid.sarif" > "$work/bad-uri.sarif"
expect 1 "rejects an artifact URI that is not percent-encoded" "$work/bad-uri.sarif"

if [[ $# -ge 1 ]]; then
  if PLATLINT_SARIF_SAMPLE_OUT="$work/written.sarif" "$1" -tc="SARIF: output is deterministic" >/dev/null &&
     [[ -s "$work/written.sarif" ]]; then
    expect 0 "accepts the SARIF writer's output" "$work/written.sarif"
  else
    echo "FAIL: $1 did not write a sample SARIF log" >&2
    failures=$((failures + 1))
  fi
fi

if [[ "$failures" -gt 0 ]]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "SARIF validator self-test passed"
