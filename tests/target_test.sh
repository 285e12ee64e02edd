#!/usr/bin/env bash
# --target narrows findings to the platforms the code must run on, and messages name them.
#   tests/target_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: target_test.sh PLATLINT_BINARY}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > app.py <<'PY'
import os
import msvcrt


def f():
    os.fork()
    return open("/proc/mounts").read()
PY
passed=0
failed=0
expect() {  # expect DESCRIPTION EXIT_STATUS GREP_PATTERN|"" ARGS...
  local what=$1 want=$2 pattern=$3
  shift 3
  "$platlint" check "$@" app.py >out.txt 2>&1
  local got=$?
  if [[ $got -eq $want ]] && { [[ -z "$pattern" ]] || grep -qE "$pattern" out.txt; }; then
    passed=$((passed + 1))
  else
    echo "FAIL: $what (exit $got)" >&2
    cat out.txt >&2
    failed=$((failed + 1))
  fi
}
expect "all targets: fork, msvcrt and /proc all reported" 1 "PORT402.*\(breaks on windows\)" --select PORT1,PORT4
expect "all targets: /proc breaks on macos and windows" 1 "PORT101.*\(breaks on macos, windows\)" --select PORT1
expect "--target linux: Linux-only APIs are silent, msvcrt is not" 1 "PORT401.*msvcrt.*\(breaks on linux\)" --select PORT1,PORT4 --target linux
expect "--target linux: nothing else" 0 "" --select PORT101,PORT402 --target linux
expect "--target macos: /proc breaks on macos only" 1 "PORT101.*\(breaks on macos\)" --select PORT1 --target macos
expect "--target windows,macos: fork breaks on windows" 1 "PORT402.*\(breaks on windows\)" --select PORT4 --target windows,macos
expect "unknown target is a usage error" 2 "unknown target platform" --target beos
cat > app.py <<'PY'
import os
if hasattr(os, "fork"):
    os.fork()
PY
expect "guarded code is silent" 0 "" --select PORT4
expect "--ignore-guards reports it" 1 "PORT402.*os.fork" --select PORT4 --ignore-guards
expect "the summary counts what the guard hid" 0 "^No findings in 1 file; 1 more inside platform guards \(--ignore-guards shows them\)\.$" --select PORT4
expect "--ignore-guards: nothing left to count" 1 "^Found 1 finding \(1 warning\) in 1 of 1 file\.$" --select PORT4 --ignore-guards
expect "JSON: a top-level guarded count" 0 '"guarded": 1' --select PORT4 --format json
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
