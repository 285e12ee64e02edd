#!/usr/bin/env bash
# Deeply nested input must neither crash platlint nor lose the other files' results: long
# operator chains, deep parentheses, long attribute chains, and indentation deeper than the
# Python grammar's scanner can hold (refused with a notice).
#   tests/deep_nesting_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: deep_nesting_test.sh PLATLINT_BINARY}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 - <<'PY'
open("parens.py", "w").write("x = " + "(" * 10000 + '"/proc/mounts"' + ")" * 10000 + "\n")
open("plus_chain.py", "w").write('x = "/tmp"' + ' + ":/a"' * 20000 + "\n")
open("colon_join.py", "w").write('x = ":".join(' + "[" * 5000 + "p" + "]" * 5000 + ")\n")
open("attributes.py", "w").write("a" + ".b" * 20000 + '("/tmp")\n')
open("indent.py", "w").write("".join(" " * i + "if x:\n" for i in range(5000)) + " " * 5000 + 'open("/proc/cpuinfo")\n')
open("shallow.py", "w").write('open("/proc/mounts")\n')
PY
passed=0
failed=0
for f in parens plus_chain colon_join attributes indent; do
  "$platlint" check "$f.py" shallow.py >out.txt 2>err.txt
  status=$?
  if [[ $status -le 1 ]] && grep -q "shallow.py:1:6: PORT101" out.txt; then
    passed=$((passed + 1))
  else
    echo "FAIL: $f.py: exit $status" >&2
    cat out.txt err.txt >&2
    failed=$((failed + 1))
  fi
done
if grep -q "indent.py: notice: skipped: indentation nests more than" <("$platlint" check --max-file-size 0 indent.py 2>&1); then
  passed=$((passed + 1))
else
  echo "FAIL: indent.py is not reported as skipped" >&2
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
