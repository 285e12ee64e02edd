#!/usr/bin/env bash
# Whether two platlint binaries say the same about a tree: text, JSON and SARIF findings (the
# SARIF invocation's command line and the tool version masked), the --diff of every fix, safe and
# unsafe, and the inventory in JSON. For refactorings that must not change what platlint reports.
# Exit 0 when everything is byte-identical; 1 with the first lines of each difference.
#   scripts/compare-output.sh OLD_BINARY NEW_BINARY TREE [--jobs N]
#   e.g. scripts/compare-output.sh /tmp/platlint-before build/platlint /usr/lib/python3.11
set -uo pipefail
old=$(realpath "${1:?usage: compare-output.sh OLD_BINARY NEW_BINARY TREE}")
new=$(realpath "${2:?}")
tree=$(realpath "${3:?}")
jobs=2
if [[ $# -ge 5 && "$4" == --jobs ]]; then
  jobs=$5
elif [[ $# -gt 3 ]]; then
  echo "usage: compare-output.sh OLD_BINARY NEW_BINARY TREE [--jobs N]" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The outputs of one binary, in $work/NAME.*; the working directory is the tree, so that paths
# are relative the same way for both.
outputs() {  # BINARY NAME
  local bin=$1 name=$2
  cd "$tree" || exit 2
  "$bin" check . --no-cache --jobs "$jobs" --isolated --exit-zero >"$work/$name.txt" 2>"$work/$name.txt.err"
  "$bin" check . --no-cache --jobs "$jobs" --isolated --exit-zero --format json >"$work/$name.json" 2>/dev/null
  "$bin" check . --no-cache --jobs "$jobs" --isolated --exit-zero --format sarif 2>/dev/null |
    python3 -c '
import json, sys
log = json.load(sys.stdin)
for run in log["runs"]:
    for inv in run.get("invocations", []):
        inv.pop("commandLine", None)
        inv.pop("arguments", None)
    run["tool"]["driver"].pop("version", None)
    run["tool"]["driver"].pop("semanticVersion", None)
json.dump(log, sys.stdout, indent=1, sort_keys=True)' >"$work/$name.sarif"
  "$bin" check . --no-cache --jobs "$jobs" --isolated --diff --unsafe-fixes >"$work/$name.diff" 2>/dev/null
  "$bin" inventory . --jobs "$jobs" --format json 2>/dev/null | sed 's/"version": "[^"]*"/"version": "V"/' >"$work/$name.inventory.json"
  cd - >/dev/null || exit 2
}

outputs "$old" old
outputs "$new" new
status=0
for kind in txt txt.err json sarif diff inventory.json; do
  if cmp -s "$work/old.$kind" "$work/new.$kind"; then
    printf '%-15s identical (%s lines)\n' "$kind" "$(wc -l <"$work/new.$kind")"
  else
    printf '%-15s DIFFERENT\n' "$kind"
    diff -u "$work/old.$kind" "$work/new.$kind" | head -20
    status=1
  fi
done
exit $status
