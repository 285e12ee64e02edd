#!/usr/bin/env bash
# `platlint inventory` on testdata/projects/inventory in every format, compared with the goldens
# testdata/projects/inventory.expected.{txt,md,json} (the JSON's tool version masked).
#   tests/inventory_golden_test.sh PLATLINT_BINARY [--update]
set -uo pipefail
platlint=$(realpath "${1:?usage: inventory_golden_test.sh PLATLINT_BINARY [--update]}")
update=${2:-}
source "$(dirname "$0")/cli_lib.sh"
projects=$(cd "$(dirname "$0")/../testdata/projects" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$projects/inventory"

render() {  # FORMAT EXT
  "$platlint" inventory . --format "$1" >"$work/out.$2" 2>"$work/err.$2"
  local status=$?
  sed -i 's/"version": "[^"]*"/"version": "VERSION"/' "$work/out.$2"
  return $status
}

for pair in text:txt markdown:md json:json; do
  format=${pair%%:*}
  ext=${pair##*:}
  check "$format: exit 0" render "$format" "$ext"
  check "$format: nothing on stderr" test ! -s "$work/err.$ext"
  golden="$projects/inventory.expected.$ext"
  [[ "$update" == --update ]] && cp "$work/out.$ext" "$golden"
  check "$format: matches $golden" diff -u "$golden" "$work/out.$ext"
done

check "json: schema_version 1 and the five sections" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schema_version"] == 1
for k in ("environment_variables", "kernel_interfaces", "hardcoded_paths", "external_programs", "platform_apis"):
    assert d[k], k
' "$work/out.json"

# --output writes the same document to a file.
check "--output writes the file" "$platlint" inventory . --format markdown --output "$work/deps.md"
check "--output content equals stdout" diff -u "$work/out.md" "$work/deps.md"

# A path that does not exist is a usage error, and the rest is still listed.
"$platlint" inventory . missing-dir >"$work/out.missing" 2>"$work/err.missing"
check "missing path: exit 2" test $? -eq 2
check "missing path: still lists the project" grep -q "DEMO_DEBUG" "$work/out.missing"
finish
