#!/usr/bin/env bash
# SARIF conformance beyond the schema: Microsoft's SARIF Multitool (`validate --rule-kind "Sarif;Ghas"`:
# the SARIF spec's rules plus GitHub code scanning's requirements) on a representative log with
# findings, fixes, file notifications and several files. Fails on any error-level result; prints
# warnings. The Multitool exits 0 even when it finds errors, so its output log is what is read.
#   tests/sarif_multitool_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: sarif_multitool_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

multitool=$("$repo/scripts/install-multitool.sh") || { echo "FAIL: cannot install the SARIF Multitool" >&2; exit 1; }

mkdir -p src/pkg
cp "$repo"/testdata/fixes/*.py src/pkg/
cp "$repo"/testdata/rules/PORT101.py "$repo"/testdata/rules/PORT701.py src/
cp "$repo"/testdata/hostile/binary.py "$repo"/testdata/hostile/syntax_errors.py "$repo"/testdata/hostile/invalid_utf8.py src/
printf 'open("/proc/mounts", encoding="utf-8")\n' >"src/with space and ü.py"
(cd src && "$platlint" check --format sarif --unsafe-fixes --output "$work/platlint.sarif" . 2>/dev/null)
status=$?
[[ $status -eq 1 ]] || { echo "FAIL: platlint exited $status, expected 1 (findings)" >&2; exit 1; }
python3 - "$work/platlint.sarif" <<'PY' || { echo "FAIL: the log is not representative" >&2; exit 1; }
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert len({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}) > 5
assert any("fixes" in r for r in run["results"])
assert len(run["invocations"][0]["toolExecutionNotifications"]) >= 2  # binary, undecodable
assert any(r["ruleId"] == "PORT000" for r in run["results"])  # syntax_errors.py
PY

"$multitool" validate --rule-kind "Sarif;Ghas" --output "$work/validation.sarif" "$work/platlint.sarif" >"$work/multitool.txt" 2>&1
[[ -s "$work/validation.sarif" ]] || { echo "FAIL: the Multitool wrote no log" >&2; cat "$work/multitool.txt" >&2; exit 1; }
python3 - "$work/validation.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
errors = warnings = 0
for run in log["runs"]:
    for n in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
        if n.get("level", "warning") == "error":
            print("FAIL: the Multitool failed:", n["message"].get("text", ""), file=sys.stderr)
            errors += 1
    for r in run.get("results", []):
        level = r.get("level", "warning")
        msg = r["message"]
        text = msg.get("text") or "%s %s" % (msg.get("id", ""), msg.get("arguments", ""))
        line = "%s %s: %s" % (level, r["ruleId"], text)
        if level == "error":
            print("FAIL:", line, file=sys.stderr)
            errors += 1
        elif level == "warning":
            print(line)
            warnings += 1
print("SARIF Multitool: %d errors, %d warnings" % (errors, warnings))
sys.exit(1 if errors else 0)
PY
