#!/usr/bin/env bash
# PORT390 over a whole project (testdata/projects/switches): documented vs undocumented switches,
# switches vs reads for a message, help= texts, guards with --target, --select/--ignore, --doc-path.
#   tests/undocumented_switch_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: undocumented_switch_test.sh PLATLINT_BINARY}")
source "$(dirname "$0")/cli_lib.sh"
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$repo/testdata/projects"

# "path:line VARIABLE" for every PORT390 finding, from the JSON report.
findings() {
  python3 -c '
import json, re, sys
for f in json.load(sys.stdin)["findings"]:
    if f["rule"] == "PORT390":
        name = re.match(r"`([^`]+)`", f["message"]).group(1)
        print("%s:%d %s" % (f["path"], f["start"]["line"], name))
' <"$work/stdout" || echo "unreadable JSON report"
}

expected_all="switches/service.py:11 SWITCHES_SECRET_FLAG
switches/service.py:13 SWITCHES_WORKERS
switches/tests_helper.py:6 SWITCHES_WIN_HACK
switches/tests_helper.py:9 SWITCHES_LEAK_CHECK"

run check --format json switches
check "exit 1 with findings" test "$status" -eq 1
check "exactly the undocumented switches" test "$(findings)" = "$expected_all"
check "level note" python3 -c 'import json,sys; fs=json.load(open(sys.argv[1]))["findings"]; assert fs and all(f["level"] == "note" for f in fs if f["rule"] == "PORT390")' "$work/stdout"

run check --format json --select PORT390 --target linux switches
check "--target linux drops the Windows-only read" test "$(findings)" = "$(grep -v WIN_HACK <<<"$expected_all")"

run check --format json --ignore PORT390 switches
check "--ignore PORT390 reports none" test -z "$(findings)"

run check --format json --select PORT101 switches
check "--select of another rule reports none" test -z "$(findings)"

run check --format json --select PORT390 --doc-path switches-extra-doc.md switches
check "--doc-path documents SWITCHES_WORKERS" test "$(findings)" = "$(grep -v WORKERS <<<"$expected_all")"

# One file of the project analysed alone still finds the project's documentation.
run check --format json --select PORT390 switches/service.py
check "a single file uses its project's docs" test "$(findings)" = "$(grep service.py <<<"$expected_all")"

run check --format json --select PORT302 switches
check "a variable declared in environment-switches is PORT302's" grep -q '`SWITCHES_DECLARED`' "$work/stdout"

run check --select PORT390 --format concise switches
check "text message names the variable and the alternative" \
  grep -q 'service.py:11:4: PORT390 `SWITCHES_SECRET_FLAG` is read here and tested: an environment switch documented nowhere in the project .*documented configuration option' "$work/stdout"
finish
