#!/usr/bin/env bash
# End-to-end tests of fixing on the command line: --fix, --diff, --unsafe-fixes, encodings and
# line endings kept, where imports go, fix markers and summaries, fixes in JSON and SARIF (the
# SARIF validated against the schema), and the fix-related `platlint rule` output.
#
#   tests/fix_cli_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: fix_cli_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"

same() { cmp -s "$1" "$2"; }

mkdir -p proj
printf 'import os\n\nos.chdir("/tmp")\nNULL = "/dev/null"\nLOCK = "/tmp/x.lock"\n' > proj/mixed.py
printf 'open("/tmp")\n' > proj/only_fixable.py
printf 'import os\n\ndef f():\n    return os.cpu_count()\n' > proj/clean.py
cp -r proj orig

# --- text output before fixing: markers and the summary
run check --select PORT2 proj
check "fixable findings are marked [*]" grep -q '^proj/mixed.py:3:10: PORT201 \[\*\] \[hardcoded-temp-dir\] warning: uses `/tmp`' "$work/stdout"
check "unfixable findings are not marked" grep -q '^proj/mixed.py:5:8: PORT201 \[hardcoded-temp-dir\] warning: uses' "$work/stdout"
check "summary counts fixable findings" grep -q '; 3 fixable with --fix\.$' "$work/stdout"

# --- --diff: prints, writes nothing, exit 1 when there are changes
run check --select PORT2 --diff proj
check "--diff exits 1 with changes" [ "$status" -eq 1 ]
check "--diff writes nothing" diff -r orig proj
check "--diff headers" grep -qx -- '--- a/proj/mixed.py' "$work/stdout"
check "--diff headers (+++)" grep -qx -- '+++ b/proj/mixed.py' "$work/stdout"
check "--diff hunk" grep -q '^@@ -1,5 +1,6 @@$' "$work/stdout"
check "--diff shows the import" grep -qx '+import tempfile' "$work/stdout"
check "--diff shows the replacement" grep -qx '+os.chdir(tempfile.gettempdir())' "$work/stdout"
check "--diff: a unified diff that patch applies" bash -c "cp -r '$work/orig' '$work/patched' && cd '$work/patched/..' &&
  sed -e 's#^--- a/proj/#--- a/patched/#' -e 's#^+++ b/proj/#+++ b/patched/#' '$work/stdout' | patch -s -p1 &&
  diff -q '$work/patched/only_fixable.py' - <<<\$'import tempfile\nopen(tempfile.gettempdir())'"
check "--diff counts on stderr" grep -q 'would fix 3 findings' "$work/stderr"
run check --select PORT2 --diff proj/clean.py
check "--diff without changes exits 0" [ "$status" -eq 0 ]
check "--diff without changes prints nothing" [ ! -s "$work/stdout" ]

# --- --fix
run check --select PORT2 --fix proj
check "--fix exits 1 while findings remain" [ "$status" -eq 1 ]
check "--fix fixed the file" same proj/mixed.py <(printf 'import os\nimport tempfile\n\nos.chdir(tempfile.gettempdir())\nNULL = os.devnull\nLOCK = "/tmp/x.lock"\n')
check "--fix reports the remaining finding" grep -q '^proj/mixed.py:6:8: PORT201 \[hardcoded-temp-dir\] warning: uses `/tmp/x.lock`' "$work/stdout"
check "--fix summary says how many were fixed" grep -q '^Found 1 finding (1 warning) in 1 of 3 files; 3 fixed\.$' "$work/stdout"
check "--fix leaves clean files alone" same proj/clean.py orig/clean.py
run check --select PORT2 --fix proj/only_fixable.py
check "--fix exits 0 when nothing remains" [ "$status" -eq 0 ]
check "--fix: no findings, summary" grep -q '^No findings in 1 file\.$' "$work/stdout"
run check --select PORT2 --fix proj
check "second --fix changes nothing" grep -q '^Found 1 finding (1 warning) in 1 of 3 files\.$' "$work/stdout"

chmod 0750 orig/only_fixable.py
cp -p orig/only_fixable.py perm.py
run check --select PORT2 --fix perm.py
check "--fix fixed perm.py" grep -qx 'open(tempfile.gettempdir())' perm.py
check "--fix keeps permission bits" [ "$(stat -c %a perm.py)" = 750 ]
check "--fix leaves no temporary files" [ "$(ls -A | grep -c '^perm.py.')" -eq 0 ]

# --- encodings and line endings
printf '\xef\xbb\xbfimport os\r\n\r\nNULL = "/dev/null"\r\nopen("/tmp")\r\n' > crlf_bom.py
run check --select PORT2 --fix crlf_bom.py
check "CRLF and BOM kept, import inserted with CRLF" same crlf_bom.py \
  <(printf '\xef\xbb\xbfimport os\r\nimport tempfile\r\n\r\nNULL = os.devnull\r\nopen(tempfile.gettempdir())\r\n')

printf '# -*- coding: latin-1 -*-\n"""R\xe9sum\xe9."""\nopen("/tmp")  # caf\xe9\n' > latin1.py
run check --select PORT2 --fix latin1.py
check "Latin-1 file stays Latin-1" same latin1.py \
  <(printf '# -*- coding: latin-1 -*-\n"""R\xe9sum\xe9."""\nimport tempfile\nopen(tempfile.gettempdir())  # caf\xe9\n')
check "Latin-1 file still compiles" python3 -c 'import sys; compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")' latin1.py

printf '"""Doc."""\nfrom __future__ import annotations\n\nimport sys\n\nopen("/tmp")\nopen("/tmp")\n\ndef f():\n    return "/tmp"\n' > once.py
run check --select PORT2 --fix once.py
check "import inserted once, after docstring, __future__ and imports" same once.py \
  <(printf '"""Doc."""\nfrom __future__ import annotations\n\nimport sys\nimport tempfile\n\nopen(tempfile.gettempdir())\nopen(tempfile.gettempdir())\n\ndef f():\n    return tempfile.gettempdir()\n')

printf 'def f(:\n    pass\nA = "/tmp"\n' > broken.py
cp broken.py broken.orig
run check --select PORT2 --fix broken.py
check "a file with syntax errors is not fixed" same broken.py broken.orig
check "... but analysed: its finding is reported with a syntax-error notice, exit 1" bash -c "[ $status -eq 1 ] &&
  grep -q '^broken.py:3:5: PORT201 ' '$work/stdout' && grep -q '^broken.py:1:7: notice: syntax error' '$work/stdout'"

# --- JSON and SARIF carry fixes
printf '"""Doc."""\nNULL = "/dev/null"\n' > j.py
run check --select PORT2 --format json j.py
check "json: fix object with the import insertion and the replacement" python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))["findings"][0]["fix"]
assert f["safety"] == "safe", f
assert f["edits"] == [
    {"start": {"line": 2, "column": 1}, "end": {"line": 2, "column": 1}, "content": "import os\n"},
    {"start": {"line": 2, "column": 8}, "end": {"line": 2, "column": 19}, "content": "os.devnull"},
], f["edits"]
' "$work/stdout"
run check --select PORT2 --format sarif --output fixes.sarif j.py "$repo/testdata/fixes"
check "sarif: results carry fixes" python3 -c '
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
fixes = [r["fixes"][0] for r in run["results"] if "fixes" in r]
assert len(fixes) > 1, "no fixes"
mine = [f for f in fixes if f["artifactChanges"][0]["artifactLocation"]["uri"] == "j.py"]
reps = mine[0]["artifactChanges"][0]["replacements"]
assert reps[0]["deletedRegion"] == {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 1}, reps
assert reps[0]["insertedContent"]["text"] == "import os\n", reps
assert all(f["properties"]["safety"] in ("safe", "unsafe") for f in fixes)
' fixes.sarif
if [ -x "$repo/scripts/validate-sarif.sh" ] || [ -f "$repo/scripts/validate-sarif.sh" ]; then
  check "sarif with fixes validates" bash "$repo/scripts/validate-sarif.sh" fixes.sarif
fi

# --- --unsafe-fixes: unsafe fixes are counted apart and applied only on request (any rule's)
mkdir unsafe && cp "$repo"/testdata/rules/*.py unsafe/
cp -r unsafe unsafe.orig
# fixes_by_file JSON OUT: writes {"safe": {file: count}, "unsafe": {file: count}} for the fixes
# offered in a JSON report, file names without their directory.
fixes_by_file() {
  python3 -c '
import json, os, sys
by = {"safe": {}, "unsafe": {}}
for f in json.load(open(sys.argv[1]))["findings"]:
    if "fix" in f:
        name = os.path.basename(f["path"])
        by[f["fix"]["safety"]][name] = by[f["fix"]["safety"]].get(name, 0) + 1
json.dump(by, open(sys.argv[2], "w"))
print(sum(by["safe"].values()), sum(by["unsafe"].values()))' "$@"
}
run check --select ALL --format json unsafe
read -r n_safe n_unsafe < <(fixes_by_file "$work/stdout" fixes.before.json)
check "the rule fixtures offer unsafe fixes ($n_unsafe) and safe ones ($n_safe)" \
  test "${n_unsafe:-0}" -gt 0 -a "${n_safe:-0}" -gt 0
run check --select ALL unsafe
check "unsafe fixes are counted apart: $n_safe fixable with --fix, $n_unsafe more with --unsafe-fixes" \
  grep -qE "; $n_safe fixable with --fix, $n_unsafe more fixable with --unsafe-fixes(;.*)?\.$" "$work/stdout"
check "only the safe fixes are marked [*]" test "$(grep -c '^unsafe/.* \[\*\] ' "$work/stdout")" = "$n_safe"
run check --select ALL --unsafe-fixes unsafe
check "--unsafe-fixes: all $((n_safe + n_unsafe)) are fixable with --fix" \
  grep -qE "; $((n_safe + n_unsafe)) fixable with --fix(;.*)?\.$" "$work/stdout"
check "--unsafe-fixes: none left for --unsafe-fixes" bash -c "! grep -q 'with --unsafe-fixes' '$work/stdout'"
check "--unsafe-fixes: all of them are marked [*]" test "$(grep -c '^unsafe/.* \[\*\] ' "$work/stdout")" = "$((n_safe + n_unsafe))"

# changed_files ORIG DIR OUT: the names of the files in DIR that differ from ORIG's, one a line.
changed_files() { for f in "$1"/*.py; do cmp -s "$f" "$2/${f##*/}" || echo "${f##*/}"; done >"$3"; }
# fixed_files KINDS...: the names of the files with a fix of any of KINDS before fixing.
fixed_files() { python3 -c 'import json,sys; by=json.load(open("fixes.before.json")); print("\n".join(sorted({n for k in sys.argv[1:] for n in by[k]})))' "$@"; }
cp -r unsafe.orig fix.safe && cp -r unsafe.orig fix.all
run check --select ALL --fix fix.safe
check "--fix alone: exit 1 while findings remain" [ "$status" -eq 1 ]
check "--fix alone: $n_safe fixed, $n_unsafe more fixable with --unsafe-fixes" \
  grep -qE "; $n_safe fixed, $n_unsafe more fixable with --unsafe-fixes(;.*)?\.$" "$work/stdout"
changed_files unsafe.orig fix.safe changed.safe
check "--fix alone changes exactly the files with safe fixes" diff <(fixed_files safe) changed.safe
run check --select ALL --format json fix.safe
check "--fix alone: the unsafe fixes are still offered, no safe one" \
  test "$(fixes_by_file "$work/stdout" fixes.safe.json)" = "0 $n_unsafe"
run check --select ALL --diff --unsafe-fixes fix.safe
check "--fix alone leaves unsafe fixes for --unsafe-fixes" \
  bash -c "[ $status -eq 1 ] && grep -q 'would fix $n_unsafe findings' '$work/stderr'"
run check --select ALL --fix --unsafe-fixes fix.all
check "--fix --unsafe-fixes: all $((n_safe + n_unsafe)) fixed" \
  grep -qE "; $((n_safe + n_unsafe)) fixed(;.*)?\.$" "$work/stdout"
changed_files unsafe.orig fix.all changed.all
check "--fix --unsafe-fixes changes exactly the files with fixes" diff <(fixed_files safe unsafe) changed.all
changed_files fix.safe fix.all changed.unsafe
check "--fix --unsafe-fixes applies what --fix alone left: the files with unsafe fixes" \
  diff <(fixed_files unsafe) changed.unsafe
run check --select ALL --format json fix.all
check "--fix --unsafe-fixes: no fix left to offer" test "$(fixes_by_file "$work/stdout" fixes.all.json)" = "0 0"

# --- platlint rule
run rule
check "rule list shows fixability" grep -qE '^PORT202 .*\[fix: sometimes\]$' "$work/stdout"
run rule PORT201
check "rule docs: Fix safety section" grep -qx 'Fix safety' "$work/stdout"
check "rule docs: fix availability" grep -qx 'Fix is sometimes available.' "$work/stdout"
run rule --all
check "rule --all prints every rule's docs" [ "$(grep -c '^What it does$' "$work/stdout")" -eq "$("$platlint" rule | wc -l)" ]
run rule --all --format markdown
check "rule --all --format markdown" [ "$(grep -c '^## What it does$' "$work/stdout")" -eq "$("$platlint" rule | wc -l)" ]
run rule --format json
check "rule --format json" python3 -c '
import json, sys
rules = json.load(open(sys.argv[1]))
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)) > 0
r = next(r for r in rules if r["id"] == "PORT201")
assert r["name"] == "hardcoded-temp-dir" and r["level"] == "warning" and r["fix"] == "sometimes", r
assert r["breaks_on"] == ["windows"] and "hard-coded-path" in r["tags"], r
assert set(r["docs"]) == {"what_it_does", "why_bad", "example", "use_instead", "fix_safety"}, r["docs"]
assert next(x for x in rules if x["id"] == "PORT101")["fix"] == "none"
' "$work/stdout"
run rule PORT202 --format json
check "rule ID --format json is one object" python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["id"] == "PORT202"' "$work/stdout"
run rule PORT202 --all
check "rule ID --all is a usage error" [ "$status" -eq 2 ]

finish
