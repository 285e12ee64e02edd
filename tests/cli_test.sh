#!/usr/bin/env bash
# End-to-end tests of the platlint command line: exit codes, formats, bad input, --output.
#
#   tests/cli_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: cli_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"

mkdir -p proj
printf 'import os\n\ndef f():\n    return os.cpu_count()\n' > proj/clean.py
printf 'def f():\n    return open("/proc/mounts", encoding="utf-8").read()\n' > proj/finding.py
printf 'def f(:\n    pass\n\nx = open("/proc/cpuinfo", encoding="utf-8")\n' > proj/broken.py
printf 'MZ\0\0binary' > proj/blob.py

run check proj/clean.py
check "no findings exits 0" [ "$status" -eq 0 ]
check "no findings says so" grep -q "No findings" "$work/stdout"

run check proj/finding.py
check "findings exit 1" [ "$status" -eq 1 ]
check "text header format" grep -qE '^proj/finding.py:2:17: PORT101 \[proc-mounts\] warning: reads `/proc/mounts`, which exists only on Linux \(' "$work/stdout"
check "no colour when not a terminal" bash -c "! grep -q $'\e\\[' '$work/stdout'"

run check --exit-zero proj/finding.py
check "--exit-zero exits 0 with findings" [ "$status" -eq 0 ]

run check proj/broken.py
check "syntax error: file still analysed, finding reported" grep -q "proj/broken.py:4:10: PORT102" "$work/stdout"
check "syntax error: a PORT000 finding with its position" grep -qE "^proj/broken.py:1:[0-9]+: PORT000 \[syntax-error\] error: syntax error" "$work/stdout"
check "syntax error: exit reflects findings" [ "$status" -eq 1 ]

run check proj/blob.py proj/clean.py
check "binary file: noted" grep -q "proj/blob.py.*binary" "$work/stdout"
check "binary file: others still analysed" grep -q "No findings in 1 file" "$work/stdout"
check "binary file: not a finding" [ "$status" -eq 0 ]

run check --select PORT999 proj
check "unknown rule selector exits 2" [ "$status" -eq 2 ]
check "unknown rule selector is named" grep -q "PORT999" "$work/stderr"

run check --format yaml proj
check "unknown format exits 2" [ "$status" -eq 2 ]

run check proj/does-not-exist.py proj/finding.py
check "missing path exits 2" [ "$status" -eq 2 ]
check "missing path: an error naming it" grep -q "^platlint: error: proj/does-not-exist.py: no such file or directory" "$work/stderr"
check "missing path: nothing analysed, no report" [ ! -s "$work/stdout" ]

run check --select PORT1 --ignore PORT101 proj/finding.py
check "--ignore beats a broader --select" [ "$status" -eq 0 ]

run check --format json proj
check "json exit 1" [ "$status" -eq 1 ]
check "json parses and lists findings" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
rules = sorted(f["rule"] for f in d["findings"])
assert rules == ["PORT000", "PORT101", "PORT102"], rules  # PORT000: the syntax error, a finding
assert not any(n["kind"] == "syntax-error" for n in d["notices"]), d["notices"]
assert any(n["kind"] == "binary-file" for n in d["notices"]), d["notices"]
' "$work/stdout"

echo "stale" > report.sarif
run check --format sarif --output report.sarif proj
check "--output: exit code kept" [ "$status" -eq 1 ]
check "--output: nothing on stdout" [ -z "$out" ]
check "--output: file replaced" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
run = d["runs"][0]
assert d["version"] == "2.1.0"
assert {r["ruleId"] for r in run["results"]} == {"PORT000", "PORT101", "PORT102"}
notes = run["invocations"][0]["toolExecutionNotifications"]
assert len(notes) == 1, notes  # the binary file; the syntax error is a PORT000 result
' report.sarif
check "--output: no temporary files left" [ "$(ls -A | grep -v -e '^proj$' -e '^report.sarif$' -e '^stdout$' -e '^stderr$' -e '^.platlint_cache$' | wc -l)" -eq 0 ]

run check --output /nonexistent-dir/x.sarif proj/finding.py
check "--output into a missing directory exits 2" [ "$status" -eq 2 ]

run rule PORT101
check "rule docs" grep -q "Use instead" "$work/stdout"
run rule
check "rule list names every family present" grep -q "PORT101" "$work/stdout"
run rule PORT999
check "unknown rule exits 2" [ "$status" -eq 2 ]

run --version
check "--version" grep -q "platlint" "$work/stdout"

(cd proj && "$platlint" check >/dev/null 2>&1)
check "no path means the current directory" [ $? -eq 1 ]

finish
