#!/usr/bin/env bash
# The CI features end to end: baselines (the issue's "done means"), review mode in a real git
# repository (detached HEAD included), --format github/gerrit, --statistics, --fail-on, and the
# SARIF code scanning reads (fingerprints, baselineState, automationDetails, the 25,000 cap),
# validated against the SARIF 2.1.0 schema.
#
#   tests/ci_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: ci_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"
json() { node -e "$1" "$work/stdout"; }  # runs JS with the last stdout's path in process.argv[1]

# --- baseline -------------------------------------------------------------------------------
mkdir -p proj/pkg
printf 'import os\n\ndef mounts():\n    return open("/proc/mounts", encoding="utf-8").read()\n\ndef child():\n    os.fork()\n' > proj/pkg/a.py
printf 'import os\n\ndef clean():\n    return os.cpu_count()\n' > proj/pkg/b.py

run check --write-baseline proj/baseline.json proj
check "write-baseline exits 0 although there are findings" [ "$status" -eq 0 ]
check "write-baseline says how many it recorded" grep -q "wrote 2 findings to the baseline proj/baseline.json" "$work/stderr"
check "baseline is versioned JSON" json 'const b=JSON.parse(require("fs").readFileSync("proj/baseline.json"));
  if (b.platlint_baseline!==1 || b.findings.length!==2) process.exit(1)'
check "baseline paths are relative to the baseline file" grep -q '"path": "pkg/a.py"' proj/baseline.json

run check --baseline proj/baseline.json proj
check "unchanged tree: exit 0" [ "$status" -eq 0 ]
check "unchanged tree: nothing reported" grep -q "^No findings in 2 files" "$work/stdout"
check "unchanged tree: says what it hid" grep -q "Baseline proj/baseline.json: 2 known findings not shown." "$work/stdout"

# The baseline also matches from another working directory.
cd proj
run check --baseline baseline.json .
cd "$work"
check "baseline matches when run from its own directory" bash -c "[ $status -eq 0 ] &&
  grep -qx 'No findings in 2 files.' '$work/stdout' && grep -qx 'Baseline baseline.json: 2 known findings not shown.' '$work/stdout'"

# Lines inserted above the findings, and one finding re-indented: still nothing new.
{ printf '"""A module docstring."""\n# two more\n# lines\n\n'; cat proj/pkg/a.py; } > proj/pkg/a.tmp && mv proj/pkg/a.tmp proj/pkg/a.py
sed -i 's/^    os.fork()/    if True:\n        os.fork()/' proj/pkg/a.py
run check --baseline proj/baseline.json proj
check "lines inserted above: exit 0" [ "$status" -eq 0 ]
check "lines inserted above: nothing new" grep -q "^No findings in 2 files" "$work/stdout"

# A new finding is reported, as new in SARIF; the others stay hidden.
printf '\ndef cpus():\n    return open("/proc/cpuinfo", encoding="utf-8").read()\n' >> proj/pkg/b.py
run check --baseline proj/baseline.json proj
check "new finding: exit 1" [ "$status" -eq 1 ]
check "new finding: exactly it is reported" bash -c "grep -c PORT1 '$work/stdout' | grep -qx 1 && grep -q '^proj/pkg/b.py:7:.* PORT102 ' '$work/stdout'"
run check --baseline proj/baseline.json --format sarif --output "$work/baseline.sarif" proj
check "new finding: SARIF has one result, baselineState new" node -e '
  const r=JSON.parse(require("fs").readFileSync(process.argv[1])).runs[0].results;
  if (r.length!==1 || r[0].baselineState!=="new" || r[0].ruleId!=="PORT102") process.exit(1)' "$work/baseline.sarif"
check "baseline SARIF validates" bash "$repo/scripts/validate-sarif.sh" "$work/baseline.sarif"

# A fixed finding is listed (text and JSON).
sed -i 's/os.fork()/pass/' proj/pkg/a.py
run check --baseline proj/baseline.json --format json proj
check "fixed finding: listed in JSON" json 'const j=JSON.parse(require("fs").readFileSync(process.argv[1]));
  if (j.baseline.unchanged!==1 || j.baseline.fixed.length!==1 || j.baseline.fixed[0].rule!=="PORT402" ||
      j.baseline.fixed[0].path!=="proj/pkg/a.py" || j.findings.length!==1) process.exit(1)'
run check --baseline proj/baseline.json proj
check "fixed finding: listed in text" grep -q "^  proj/pkg/a.py:7: PORT402 " "$work/stdout"
check "fixed finding: under its heading" grep -qx "Baseline proj/baseline.json: 1 known finding not shown; 1 fixed since:" "$work/stdout"
run check --baseline proj/baseline.json proj/pkg/b.py
check "a file outside the run's paths: its own new finding, exit 1" bash -c "[ $status -eq 1 ] &&
  grep -q '^proj/pkg/b.py:7:17: PORT102 ' '$work/stdout'"
check "a file outside the run's paths is not called fixed" bash -c "! grep -q 'fixed since' '$work/stdout' &&
  grep -qx 'Baseline proj/baseline.json: 0 known findings not shown.' '$work/stdout'"

printf '{"platlint_baseline": 9, "findings": []}' > bad.json
run check --baseline bad.json proj
check "unsupported baseline version: exit 2" [ "$status" -eq 2 ]
check "unsupported baseline version: says so" grep -q "baseline bad.json: format version 9 is not supported" "$work/stderr"
run check --baseline missing.json proj
check "missing baseline: exit 2 with the file named" bash -c "[ $status -eq 2 ] && grep -q 'baseline missing.json: cannot read it' '$work/stderr'"

# --- review mode ------------------------------------------------------------------------------
mkdir gitrepo && cd gitrepo
git init -q -b main . && git config user.email t@example.invalid && git config user.name t
printf 'import os\n\ndef old():\n    os.fork()\n\ndef cpus():\n    return os.cpu_count()\n' > mod.py
printf 'def other():\n    return open("/proc/meminfo", encoding="utf-8").read()\n' > other.py
git add . && git commit -qm base
git checkout -q -b feature
sed -i 's/    return os.cpu_count()/    n = os.cpu_count()\n    return open("\/proc\/mounts", encoding="utf-8").read() or n/' mod.py
git commit -qam "one Linux-only line"
run check --diff-base main .
check "review: exactly the added line is reported" bash -c "[ \"\$(grep -c ': PORT' '$work/stdout')\" = 1 ] && grep -q '^mod.py:8:[0-9]*: PORT101 ' '$work/stdout'"
check "review: exit 1 for the new finding" [ "$status" -eq 1 ]
git checkout -q --detach HEAD
run check --changed-since main --format json .
check "review: works on a detached HEAD (alias --changed-since)" json 'const j=JSON.parse(require("fs").readFileSync(process.argv[1]));
  if (j.findings.length!==1 || j.findings[0].path!=="mod.py" || j.findings[0].start.line!==8) process.exit(1)'
printf 'import fcntl\n' > fresh.py
printf 'import os\nos.getuid()\n' >> other.py
run check --diff-base main .
check "review: uncommitted edits and untracked files count" bash -c "grep -q '^fresh.py:1:.* PORT401' '$work/stdout' && grep -q '^other.py:4:.* PORT402' '$work/stdout' && ! grep -q 'other.py:2:' '$work/stdout'"
git checkout -q -- other.py && rm fresh.py
run check --diff-base HEAD .
check "review: nothing changed against HEAD, nothing reported" bash -c "[ $status -eq 0 ] && grep -q 'No findings in 0 files' '$work/stdout'"
run check --diff-base no-such-branch .
check "review: unknown ref is exit 2 with a message" bash -c "[ $status -eq 2 ] && grep -q \"unknown revision 'no-such-branch'\" '$work/stderr'"
cd "$work"
run check --diff-base main proj
check "review: outside a git work tree is exit 2" bash -c "[ $status -eq 2 ] && grep -q 'needs a git work tree' '$work/stderr'"

# --- CI output formats ------------------------------------------------------------------------
printf 'import os\nos.fork()\nx = open("/proc/mounts", encoding="utf-8")\n' > 'we,ird:name.py'
run check --format github 'we,ird:name.py'
# The `:` of the name is PORT808's (Windows cannot create the file): an annotation of the file, no line.
check "github: one workflow command per finding" bash -c "[ \"\$(wc -l < '$work/stdout')\" = 3 ]"
check "github: a finding on the path has no line" grep -q '^::warning file=we%2Cird%3Aname.py,title=PORT808 (windows-reserved-file-name)::the file' "$work/stdout"
check "github: properties escaped, title names the rule" grep -q '^::warning file=we%2Cird%3Aname.py,line=2,col=1,endLine=2,endColumn=8,title=PORT402 (platform-only-function)::`os.fork()` does not exist on windows' "$work/stdout"
# A file name and a source string each trying to start a workflow command of their own: GitHub
# runs any output line that begins with "::", so each finding must stay one line, and data must be
# %-encoded wherever the runner decodes it.
mkdir inject
printf 'import os\nos.fork()\n' > $'inject/x\n::error file=forged.py::pwned.py'
printf 'import os\nif os.environ.get("A\\n::error::forged%%0A") == "1":\n    pass\n' > inject/msg.py
run check --format github inject
check "github: a forged command in a name or a string stays inside its finding" bash -c "
  [ \"\$(wc -l < '$work/stdout')\" = 4 ] && ! grep -q '^::error' '$work/stdout' &&
  grep -qF 'file=inject/x%0A%3A%3Aerror file=forged.py%3A%3Apwned.py,line=2' '$work/stdout' &&
  grep -qF 'reads \`A%0A::error::forged%250A\`' '$work/stdout'"
run check --format gerrit 'we,ird:name.py'
check "gerrit: comments keyed by file with 0-based character ranges" json '
  const c=JSON.parse(require("fs").readFileSync(process.argv[1]))["we,ird:name.py"];
  if (c.length!==3 || c[2].line!==3 || c[2].range.start_line!==3 || c[2].range.start_character!==9 ||
      !c[2].message.startsWith("PORT101 (proc-mounts): reads")) process.exit(1)
  // PORT808 on the name itself: a comment on the file, without line or range.
  if ("line" in c[0] || "range" in c[0] || !c[0].message.startsWith("PORT808")) process.exit(1)'

run check --statistics proj 'we,ird:name.py'
check "statistics: one line per rule with its count" bash -c "grep -qP '^2\tPORT101\tproc-mounts$' '$work/stdout' && grep -qP '^1\tPORT402\tplatform-only-function$' '$work/stdout' && grep -qP '^1\tPORT102\t' '$work/stdout'"
run check --statistics --format json proj
check "statistics: JSON" json 'const s=JSON.parse(require("fs").readFileSync(process.argv[1]));
  if (s[0].code!=="PORT101" || s[0].count!==1 || s.length!==2) process.exit(1)'
run check --statistics --format sarif proj
check "statistics: other formats are a usage error" [ "$status" -eq 2 ]

printf 'import os\nos.fork()\n' > warn.py
run check --fail-on error warn.py
check "--fail-on error: a warning does not fail" [ "$status" -eq 0 ]
check "--fail-on error: the warning is still reported" grep -q "warn.py:2:1: PORT402" "$work/stdout"
run check --fail-on warning warn.py
check "--fail-on warning: a warning fails" [ "$status" -eq 1 ]
run check --fail-on bogus warn.py
check "--fail-on: unknown level is a usage error" [ "$status" -eq 2 ]

# --- SARIF for code scanning ------------------------------------------------------------------
run check --format sarif --sarif-category platlint/backend proj 'we,ird:name.py'
cp "$work/stdout" "$work/scan.sarif"
check "sarif: automationDetails.id, rule precision and problem.severity, fingerprints" node -e '
  const run=JSON.parse(require("fs").readFileSync(process.argv[1])).runs[0];
  const rule=run.tool.driver.rules.find(r=>r.id==="PORT101");
  const res=run.results[0];
  if (run.automationDetails.id!=="platlint/backend/" || rule.properties.precision!=="high" ||
      !rule.properties["problem.severity"] || !Array.isArray(rule.properties.tags) ||
      !/^[0-9a-f]{16}$/.test(res.fingerprints["platlint/v1"]) ||
      !/^[0-9a-f]+:[0-9]+$/.test(res.partialFingerprints.primaryLocationLineHash) ||
      "baselineState" in res) process.exit(1)' "$work/scan.sarif"
run check --format sarif "$work/proj/pkg/b.py"
cp "$work/stdout" "$work/abs.sarif"
check "sarif of an absolute path: exit 1 with the finding" [ "$status" -eq 1 ]
check "sarif: results name files relative to SRCROOT, not by absolute file: URIs" node -e '
  const r=JSON.parse(require("fs").readFileSync(process.argv[1])).runs[0].results;
  const locs=r.flatMap(x=>x.locations.map(l=>l.physicalLocation.artifactLocation));
  if (r.length!==1 || r[0].ruleId!=="PORT102" || locs.length===0 ||
      !locs.every(l=>l.uri==="proj/pkg/b.py" && l.uriBaseId==="SRCROOT") ||
      JSON.stringify(r).includes("file:")) process.exit(1)' "$work/abs.sarif"
# 25,001 findings: the log keeps 25,000 and says so.
# One statement: analysing 25,001 separate statements takes minutes (time grows faster than linearly).
python3 -c 'import sys; sys.stdout.write("import os\nx = [\n" + "    os.fork(),\n" * 25001 + "]\n")' > many.py
run check --format sarif --output "$work/many.sarif" many.py
check "sarif: at most 25,000 results, with a notification" node -e '
  const run=JSON.parse(require("fs").readFileSync(process.argv[1])).runs[0];
  const n=run.invocations[0].toolExecutionNotifications.find(n=>n.descriptor.id==="results-truncated");
  if (run.results.length!==25000 || !n || !n.message.text.startsWith("only 25000 of 25001 results")) process.exit(1)' "$work/many.sarif"
check "code-scanning SARIF validates" bash "$repo/scripts/validate-sarif.sh" "$work/scan.sarif" "$work/abs.sarif" "$work/many.sarif"

finish
