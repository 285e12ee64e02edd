#!/usr/bin/env bash
# Every rule fixture, analysed alone and all together, must give SARIF that the SARIF 2.1.0
# schema accepts (validated by scripts/validate-sarif.sh with the pinned ajv).
#
#   tests/sarif_fixtures_test.sh path/to/platlint
set -euo pipefail
platlint=${1:?usage: sarif_fixtures_test.sh PLATLINT_BINARY}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cd "$repo"
logs=()
for fixture in testdata/rules/*.py testdata/examples; do
  log="$out/$(basename "$fixture").sarif"
  status=0
  "$platlint" check --format sarif --output "$log" "$fixture" || status=$?
  if [[ $status -gt 1 ]]; then
    echo "FAIL: platlint exited $status on $fixture" >&2
    exit 1
  fi
  logs+=("$log")
done
"$platlint" check --format sarif --output "$out/all.sarif" testdata/rules testdata/examples || [[ $? -eq 1 ]]
logs+=("$out/all.sarif")
# Fixes (replacements, import insertions as empty regions, safe and unsafe) must validate too.
"$platlint" check --format sarif --unsafe-fixes --output "$out/fixes.sarif" testdata/fixes || [[ $? -eq 1 ]]
grep -q '"fixes"' "$out/fixes.sarif" || { echo "FAIL: no fixes in the SARIF of testdata/fixes" >&2; exit 1; }
logs+=("$out/fixes.sarif")
# A run with no findings at all must validate too.
"$platlint" check --format sarif --select PORT101 --output "$out/none.sarif" testdata/rules/PORT104.py
logs+=("$out/none.sarif")

# Findings on paths (PORT808-810): a location without a region, related locations on other paths.
mkdir "$out/tree"
printf 'x = 1\n' >"$out/tree/aux.py"
printf 'a\n' >"$out/tree/README.md"
printf 'b\n' >"$out/tree/readme.md"
(cd "$out/tree" && "$platlint" check --format sarif --output "$out/tree.sarif" .) || [[ $? -eq 1 ]]
grep -q '"PORT809"' "$out/tree.sarif" || { echo "FAIL: no PORT809 in the SARIF of a tree with README.md and readme.md" >&2; exit 1; }
logs+=("$out/tree.sarif")

scripts/validate-sarif.sh "${logs[@]}"
echo "${#logs[@]} passed, 0 failed"
