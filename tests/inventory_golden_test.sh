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

# A path that does not exist is a usage error, said before any report is printed.
"$platlint" inventory . missing-dir >"$work/out.missing" 2>"$work/err.missing"
check "missing path: exit 2" test $? -eq 2
check "missing path: an error, no report" bash -c "[ ! -s '$work/out.missing' ] &&
  grep -q '^platlint: error: missing-dir: no such file or directory' '$work/err.missing'"

# The project's configuration counts as it does for `check` (testdata/projects/inventory-config):
# its `exclude` skips generated/, its `command-wrappers` makes `ip` a program the code runs, and
# its `linux-only-paths` files /var/lib/myproj under PORT111.
cd "$projects/inventory-config"
"$platlint" inventory . --format json >"$work/config.json" 2>"$work/config.err"
check "configured project: exit 0" test $? -eq 0
check "configured project: as check sees it" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["files_analysed"] == 1, d["files_analysed"]
assert not any(v["name"] == "GENERATED_ONLY_SWITCH" for v in d["environment_variables"]), "exclude ignored"
programs = {p["name"]: p for p in d["external_programs"]}
assert "ip" in programs, "command-wrappers ignored"
assert programs["ip"]["locations"][0]["use"] == "myproj.utils.run_as_root"
kernel = {k["path"]: k["rule"] for k in d["kernel_interfaces"]}
assert kernel.get("/var/lib/myproj/state") == "PORT111", kernel
assert not any(h["path"].startswith("/var/lib/myproj") for h in d["hardcoded_paths"]), "linux-only-paths ignored"
' "$work/config.json"
"$platlint" check . --no-cache --format json >"$work/config-check.json"
check "configured project: check reports the same program and path" python3 -c '
import json, sys
rules = sorted(f["rule"] for f in json.load(open(sys.argv[1]))["findings"])
assert rules == ["PORT111", "PORT501"], rules
' "$work/config-check.json"
finish
