#!/usr/bin/env bash
# End-to-end tests of the C/C++ front end on the command line: one `platlint check` over a tree
# with Python and C sources gives one report (one SARIF run, schema-validated) with findings of
# both languages; C files are discovered only with a compilation database or --c-args; flags
# from compile_commands.json and --c-args reach Clang; broken C files are still analysed.
#
#   tests/cfamily_cli_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: cfamily_cli_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"

has() { grep -q -- "$1" <<<"$2"; }
hasnt() { ! grep -q -- "$1" <<<"$2"; }

mkdir -p proj/pkg proj/src proj/include
printf 'def mounts():\n    with open("/proc/mounts") as f:\n        return f.read()\n' > proj/pkg/host.py
cat > proj/src/_native.c <<'EOF'
#include <stdio.h>
#include "config.h"
#include <sys/epoll.h>

FILE *cpuinfo(void) { return fopen(CPUINFO, "r"); }
int poller(void) { return epoll_create1(0); }
EOF
printf '#define CPUINFO "/proc/cpuinfo"\n' > proj/include/config.h

# Without a database or --c-args, directories yield Python files only.
run check proj
check "no C discovery without flags: exit 1" [ "$status" -eq 1 ]
check "no C discovery without flags: python finding" has "pkg/host.py:2:.*PORT101" "$out"
check "no C discovery without flags: no C finding" hasnt "_native.c" "$out"

# --c-args: C files are discovered, and -I reaches Clang (the macro from config.h is seen).
run check proj --c-args="-Iproj/include"
check "--c-args: exit 1" [ "$status" -eq 1 ]
check "--c-args: C header finding" has "src/_native.c:3:10: PORT410" "$out"
check "--c-args: macro literal from an included header" has "src/_native.c:5:.*PORT102.*/proc/cpuinfo" "$out"
check "--c-args: function finding" has "src/_native.c:6:.*PORT412.*epoll_create1" "$out"
check "--c-args: python finding too" has "pkg/host.py:2:.*PORT101" "$out"
check "--c-args: no compile errors" hasnt "notice" "$out"

# An empty --c-args= is an empty value, not the next argument: proj/src/_native.c stays the path.
run check --c-args= proj/src/_native.c
check "--c-args= empty: the named file is analysed" has "src/_native.c:3:10: PORT410" "$out"
check "--c-args= empty: nothing else is" hasnt "pkg/host.py" "$out"

# Without -I the include fails: the file is still analysed, with a notice.
run check proj/src/_native.c
check "named C file without flags: analysed" has "PORT410" "$out"
check "named C file without flags: notice about the error" has "_native.c:2:10: notice: Clang reported.*config.h" "$out"

# A compilation database in the project's build/ directory is found and its flags used.
mkdir -p proj/build
abs=$(cd proj && pwd)
printf '[{"directory": "%s", "command": "cc -I%s/include -c src/_native.c -o build/_native.o", "file": "src/_native.c"}]\n' \
  "$abs" "$abs" > proj/build/compile_commands.json
run check proj --format sarif --output mixed.sarif
check "database: exit 1" [ "$status" -eq 1 ]
check "database: one SARIF run with both languages" python3 - mixed.sarif <<'EOF'
import json, sys
log = json.load(open(sys.argv[1]))
assert len(log["runs"]) == 1, "one run"
results = log["runs"][0]["results"]
languages = {r["properties"]["language"] for r in results}
assert languages == {"python", "c"}, languages
rules = {(r["properties"]["language"], r["ruleId"]) for r in results}
assert ("c", "PORT102") in rules and ("c", "PORT410") in rules and ("python", "PORT101") in rules, rules
assert not log["runs"][0]["invocations"][0]["toolExecutionNotifications"], "no compile errors with the database"
EOF
check "database: SARIF validates" bash "$repo/scripts/validate-sarif.sh" mixed.sarif

run check proj --compile-commands proj/nowhere
check "--compile-commands without a database: usage error" [ "$status" -eq 2 ]
check "--compile-commands without a database: says so" has "no compile_commands.json" "$err"

run check proj --c-args="-I'unterminated"
check "--c-args with an open quote: usage error" [ "$status" -eq 2 ]

# Guards: Linux-only code is silent; --ignore-guards reports it; --target linux drops the rest.
cat > proj/src/guarded.c <<'EOF'
#ifdef __linux__
#include <sys/inotify.h>
#endif
EOF
run check proj/src/guarded.c
check "guarded include: silent" [ "$status" -eq 0 ]
run check proj/src/guarded.c --ignore-guards
check "--ignore-guards: reported" has "guarded.c:2:10: PORT410" "$out"
run check proj/src/_native.c --c-args="-Iproj/include" --target linux
check "--target linux: Linux-only code is fine" [ "$status" -eq 0 ]
run check proj/src/_native.c --c-args="-Iproj/include" --select PORT412
check "--select applies to C findings" has "PORT412" "$out"
check "--select applies to C findings: others dropped" hasnt "PORT410" "$out"

# The front end is a module loaded on the first C file; one from another build is refused, and
# the C files are skipped with a notice that says so (the Python files are still analysed).
mkdir other_build
cp "$platlint" other_build/platlint
cp "$(ldconfig -p | awk '/libxxhash\.so/ {print $NF; exit}')" other_build/platlint-cfamily.so
platlint_here=$platlint
platlint=$work/other_build/platlint
run check proj/src/guarded.c proj/pkg/host.py --ignore-guards
platlint=$platlint_here
check "foreign module: C file skipped, says why" has "1 C/C++ file was skipped: the C/C++ front end $work/other_build/platlint-cfamily.so comes from another build" "$out$err"
check "foreign module: Python still analysed" has "host.py" "$out"
# glibc's loader names every object it loads under LD_DEBUG=files.
LD_DEBUG=files "$platlint" check proj/pkg/host.py >/dev/null 2>loads.txt
check "no C file: Clang is not loaded" bash -c "! grep -q 'platlint-cfamily\|libclang' loads.txt"
LD_DEBUG=files "$platlint" check proj/src/guarded.c >/dev/null 2>loads.txt
check "a C file: the front end is loaded" grep -q 'platlint-cfamily.so' loads.txt

# JSON names the language of each finding.
run check proj/src/_native.c proj/pkg/host.py --c-args="-Iproj/include" --format json
check "json: language per finding" python3 -c '
import json, sys
findings = json.loads(sys.argv[1])["findings"]
assert {f["language"] for f in findings} == {"c", "python"}, findings' "$out"

finish
