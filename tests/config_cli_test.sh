#!/usr/bin/env bash
# End-to-end tests of configuration files and suppression comments: nearest configuration wins,
# the search stops at the git top level, --config, --isolated, `config --show`, per-file-ignores,
# exclude, severity overrides in SARIF, command wrappers, configuration errors, and suppressions in
# text, JSON and SARIF output (SARIF validated against the schema), with --fix.
#
#   tests/config_cli_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: config_cli_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$repo/tests/cli_lib.sh"

# outer/ holds a configuration that must never apply: it is above the git top level of repo/.
mkdir -p "$work/outer/repo/.git" "$work/outer/repo/pkg/sub" "$work/outer/repo/pkg/tests" "$work/outer/repo/build"
cd "$work/outer/repo"
printf 'select = ["PORT7"]\n' > ../platlint.toml
cat > pyproject.toml <<'TOML'
[tool.black]
line-length = 100

[tool.platlint]
extend-exclude = ["build"]
command-wrappers = ["mylib.run_cmd"]

[tool.platlint.per-file-ignores]
"pkg/tests/*" = ["PORT101"]

[tool.platlint.per-file-target]
"pkg/agent_*.py" = "linux"
"pkg/posix_*.py" = ["linux", "macos"]

[tool.platlint.severity]
PORT101 = "error"
TOML
printf 'select = ["PORT102"]\n' > pkg/sub/platlint.toml
mounts='def f():\n    return open("/proc/mounts", encoding="utf-8")\n'
cpuinfo='def g():\n    return open("/proc/cpuinfo", encoding="utf-8")\n'
printf "$mounts$cpuinfo" > pkg/a.py
printf "$mounts$cpuinfo" > pkg/sub/b.py
printf "$mounts$cpuinfo" > pkg/tests/test_a.py
printf "$mounts" > build/gen.py
printf "$mounts" > pkg/agent_mounts.py
printf 'import os\nos.fork()\nopen("/proc/mounts", encoding="utf-8")\n' > pkg/posix_fork.py
printf 'import mylib\nmylib.run_cmd("iscsiadm", "-m", "session")\nmylib.other("iscsiadm")\n' > pkg/wrapped.py

run check .
check "config: exit 1 with findings" [ "$status" -eq 1 ]
check "config: pyproject.toml applies to pkg/a.py" grep -q "^pkg/a.py:2:.*PORT101" "$work/stdout"
check "config: nearest wins: pkg/sub/platlint.toml selects only PORT102" grep -q "^pkg/sub/b.py:4:.*PORT102" "$work/stdout"
check "config: nearest wins: no PORT101 in pkg/sub" bash -c "! grep -q '^pkg/sub/b.py:2' '$work/stdout'"
check "config: per-file-ignores drop PORT101 in pkg/tests" bash -c "! grep -q '^pkg/tests/test_a.py:2' '$work/stdout'"
check "config: per-file-ignores keep other rules" grep -q "^pkg/tests/test_a.py:4:.*PORT102" "$work/stdout"
check "config: extend-exclude skips build/" bash -c "! grep -q 'build/gen.py' '$work/stdout'"
check "config: command-wrappers extend PORT501" grep -q "^pkg/wrapped.py:2:.*PORT501 .* runs \`iscsiadm\`" "$work/stdout"
check "config: other functions are no wrappers" bash -c "! grep -q '^pkg/wrapped.py:3' '$work/stdout'"
check "config: per-file-target linux: nothing that breaks elsewhere" bash -c "! grep -q '^pkg/agent_mounts.py' '$work/stdout'"
check "config: per-file-target linux+macos: what breaks on macOS stays" bash -c "grep -q '^pkg/posix_fork.py:3:.*PORT101' '$work/stdout' &&
  ! grep -q '^pkg/posix_fork.py:2' '$work/stdout'"

# PORT903: a command-wrappers pattern that no call matches is reported on the configuration file,
# with its line; a used one is not, nor a pattern whose only calls a test mocks. The same from the
# result cache, whose files keep the calls that matched.
check "config: a used command-wrappers pattern is no PORT903" bash -c "! grep -q 'PORT903' '$work/stdout'"
mkdir -p "$work/wrappers/.git"
cat > "$work/wrappers/pyproject.toml" <<'TOML'
[tool.platlint]
command-wrappers = [
  "mylib.run_cmd",
  "mylib.run_cmnd",
  "mylib.mocked_run",
]
TOML
printf 'import mylib\nmylib.run_cmd("iscsiadm", "-m", "session")\n' > "$work/wrappers/a.py"
printf 'from unittest import mock\nimport mylib\n\n\n@mock.patch("mylib.mocked_run")\ndef test_run(m):\n    mylib.mocked_run("ls")\n' > "$work/wrappers/test_b.py"
for round in cold warm; do
  (cd "$work/wrappers" && run check --cache-dir "$work/wrappers-cache" .)
  check "config: PORT903 names the unused pattern and its line ($round)" \
    grep -q "^pyproject.toml: PORT903 .*pattern \`mylib.run_cmnd\` (line 4) matches no call in the 2 analysed files" "$work/stdout"
  check "config: PORT903 once, not for used or mocked patterns ($round)" [ "$(grep -c PORT903 "$work/stdout")" -eq 1 ]
done
(cd "$work/wrappers" && run check --no-cache --ignore PORT903 .)
check "config: PORT903 can be turned off" bash -c "! grep -q 'PORT903' '$work/stdout'"

mkdir -p "$work/outer/plain/.git"
printf "$mounts" > "$work/outer/plain/x.py"
run check "$work/outer/plain"
check "config: a configuration above the git top level is ignored" grep -q "PORT101" "$work/stdout"
mkdir -p "$work/outer/nogit"
printf "$mounts" > "$work/outer/nogit/x.py"
run check "$work/outer/nogit"
# outer/platlint.toml selects only PORT7: x.py's PORT101 finding is not reported.
check "config: without git the search goes up to the root" bash -c "[ $status -eq 0 ] &&
  grep -qx 'No findings in 1 file.' '$work/stdout'"
run config --show "$work/outer/nogit/x.py"
check "config: without git, the file found above is the one used" bash -c "[ $status -eq 0 ] &&
  grep -qx '# from $work/outer/platlint.toml' '$work/stdout'"

run check --format sarif -o "$work/severity.sarif" pkg/a.py
check "severity: SARIF level is the override" python3 - "$work/severity.sarif" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
levels = {r["ruleId"]: r["level"] for r in results}
sys.exit(0 if levels.get("PORT101") == "error" and levels.get("PORT102") == "warning" else 1)
PY

run check --isolated pkg/sub/b.py pkg/tests/test_a.py
check "--isolated: default rules everywhere" grep -q "^pkg/sub/b.py:2:.*PORT101" "$work/stdout"
check "--isolated: no per-file-ignores" grep -q "^pkg/tests/test_a.py:2:.*PORT101" "$work/stdout"

printf 'select = ["PORT102"]\n' > "$work/only102.toml"
run check --config "$work/only102.toml" pkg
check "--config: one file for everything" bash -c "[ $status -eq 1 ] && ! grep -q 'PORT101' '$work/stdout' && grep -q 'PORT102' '$work/stdout'"
run check --config "$work/only102.toml" --isolated pkg
check "--config with --isolated is a usage error" bash -c "[ $status -eq 2 ] && [ ! -s '$work/stdout' ] &&
  grep -q -- '--config and --isolated contradict each other' '$work/stderr'"
run check --config "$work/missing.toml" pkg
check "--config with a missing file exits 2 and names it" bash -c "[ $status -eq 2 ] && [ ! -s '$work/stdout' ] &&
  grep -qF '$work/missing.toml: no such configuration file' '$work/stderr'"

run check --select PORT101 pkg/sub/b.py
check "command line wins over the file" grep -q "^pkg/sub/b.py:2:.*PORT101" "$work/stdout"
run check --target linux pkg/a.py
# pkg/a.py's PORT101 and PORT102 findings (reported above) break only on macOS and Windows.
check "--target overrides the file's target" bash -c "[ $status -eq 0 ] && grep -qx 'No findings in 1 file.' '$work/stdout'"

run config --show pkg/tests/test_a.py
check "config --show exits 0" [ "$status" -eq 0 ]
check "config --show names the file it came from" grep -q "^# from pyproject.toml \[tool.platlint\]" "$work/stdout"
check "config --show marks the matching per-file-ignores" grep -q '"pkg/tests/\*" = \["PORT101"\]  # \*' "$work/stdout"
run config --show pkg/agent_mounts.py
check "config --show marks the matching per-file-target" bash -c "grep -q '\"pkg/agent_\*.py\" = \[\"linux\"\]  # \*' '$work/stdout' &&
  grep -qx 'target = \[\"linux\"\]' '$work/stdout'"
run config --show pkg/tests/test_a.py
check "config --show lists the disabled rule" grep -q "disabled rules (2): \[\"PORT101\", \"PORT901\"\]" "$work/stdout"
check "config --show prints the fingerprint" grep -q "settings fingerprint: {" "$work/stdout"
run config --show pkg/sub
check "config --show on a directory: nearest file" grep -q "^# from pkg/sub/platlint.toml" "$work/stdout"
run config --show --isolated pkg
check "config --show --isolated: no file" grep -q "no configuration file (--isolated)" "$work/stdout"
cd "$work/outer"
run config --show repo/pkg/a.py
cd "$work/outer/repo"
check "config --show relative to another directory" grep -q "^# from repo/pyproject.toml" "$work/stdout"

# The line length fixes keep to: platlint's own, else ruff's, black's or flake8's, else 88.
run config --show pkg/a.py
check "config --show: black's line-length" grep -qx 'line-length = 100  # pyproject.toml \[tool.black\] line-length' "$work/stdout"
mkdir -p "$work/style/.git" "$work/style/pkg"
printf 'x = 1\n' > "$work/style/pkg/m.py"
touch "$work/style/pkg/__init__.py"
show_style() { (cd "$work/style" && "$platlint" config --show "$@" pkg/m.py) > "$work/stdout"; }
show_style
check "line-length: 88 without configuration" \
  grep -qxF "line-length = 88  # default (no ruff, black or flake8 configuration)" "$work/stdout"
printf '[tox]\nenvlist = pep8\n[flake8]\nshow-source = True\n' > "$work/style/tox.ini"
show_style
check "line-length: flake8's default for a [flake8] section" \
  grep -qxF "line-length = 79  # tox.ini [flake8] (flake8's default)" "$work/stdout"
rm "$work/style/tox.ini"
printf '[flake8]\nmax-line-length = 99\n' > "$work/style/.flake8"
show_style
check "line-length: .flake8 max-line-length" grep -qxF "line-length = 99  # .flake8 [flake8] max-line-length" "$work/stdout"
printf '[pycodestyle]\nmax-line-length = 98\n' > "$work/style/setup.cfg"
show_style
check "line-length: setup.cfg before .flake8" \
  grep -qxF "line-length = 98  # setup.cfg [pycodestyle] max-line-length" "$work/stdout"
printf 'line-length = 110\n' > "$work/style/ruff.toml"
show_style
check "line-length: ruff.toml before flake8" grep -qxF "line-length = 110  # ruff.toml line-length" "$work/stdout"
printf '[tool.platlint]\nline-length = 72\n' > "$work/style/pyproject.toml"
show_style
check "line-length: platlint's own first" \
  grep -qxF "line-length = 72  # pyproject.toml [tool.platlint] line-length" "$work/stdout"
show_style --isolated
check "line-length: --isolated reads no other tool" grep -qxF "line-length = 88  # default (--isolated)" "$work/stdout"

# Configuration errors: file, line and key; exit 2; no analysis output.
mkdir -p "$work/bad/.git" "$work/bad/deep"
printf 'def f():\n    return 1\n' > "$work/bad/deep/x.py"
printf '[tool.platlint]\nselect = ["PORT1"]\nignore = ["PORT999"]\n' > "$work/bad/pyproject.toml"
run check "$work/bad"
check "bad rule id: exit 2" [ "$status" -eq 2 ]
check "bad rule id: file, line and key" grep -q "pyproject.toml:3: \`tool.platlint.ignore\`: unknown rule selector 'PORT999'" "$work/stderr"
printf '[tool.platlint]\ntarget = ["linux", "beos"]\n' > "$work/bad/pyproject.toml"
run check "$work/bad/deep/x.py"
check "bad platform: exit 2 for a file named directly" [ "$status" -eq 2 ]
check "bad platform: file, line and key" grep -q "pyproject.toml:2: \`tool.platlint.target\`: unknown platform 'beos'" "$work/stderr"
printf '[tool.platlint]\nselect = ["PORT1"]\nunknown-key = 1\n' > "$work/bad/pyproject.toml"
run check "$work/bad"
check "unknown key: exit 2" [ "$status" -eq 2 ]
check "unknown key: named with its line" grep -q "pyproject.toml:3: \`tool.platlint.unknown-key\`: unknown setting" "$work/stderr"
printf 'select = PORT1\n' > "$work/bad/deep/platlint.toml"
run check "$work/bad"
check "invalid TOML in a nested configuration: exit 2" [ "$status" -eq 2 ]
check "invalid TOML: file and line" grep -q "deep/platlint.toml:1: invalid TOML" "$work/stderr"
run config --show "$work/bad/deep/x.py"
check "config --show reports the error too" bash -c "[ $status -eq 2 ] && grep -q 'deep/platlint.toml:1: invalid TOML' '$work/stderr'"

# Suppressions.
mkdir -p "$work/sup/.git"
cd "$work/sup"
cat > s.py <<'PY'
# platlint: ignore-file[PORT7] -- test fixtures talk to a local server
import os
import requests


def mounts():
    return open("/proc/mounts", encoding="utf-8")  # noqa: PORT101


def cpus():
    return open("/proc/cpuinfo", encoding="utf-8")  # platlint: ignore[PORT102] -- Linux-only collector


def fetch():
    return requests.get("https://localhost", verify=False)


def stale():
    return os.cpu_count()  # noqa: PORT103
PY
run check s.py
check "suppressions: everything suppressed exits 0" [ "$status" -eq 0 ]
check "suppressions: summary counts them" grep -q "No findings in 1 file; 3 suppressed." "$work/stdout"
run check --report-unused-suppressions s.py
check "--report-unused-suppressions: exit 1" [ "$status" -eq 1 ]
check "--report-unused-suppressions: names the stale directive" grep -q "^s.py:19:28: PORT901 \[unused-suppression\] [a-z]*: unused suppression: \`# noqa: PORT103\`" "$work/stdout"
run check --format json s.py
check "json: suppressed findings listed apart, with justification" python3 - "$work/stdout" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = {f["rule"]: f["suppression"] for f in d["suppressed"]}
ok = (d["findings"] == [] and s["PORT102"]["justification"] == "Linux-only collector"
      and s["PORT701"]["scope"] == "file" and s["PORT101"]["line"] == 7)
sys.exit(0 if ok else 1)
PY
run check --format sarif -o "$work/sup.sarif" s.py
check "sarif: suppressions kind inSource with justification" python3 - "$work/sup.sarif" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
by = {r["ruleId"]: r.get("suppressions") for r in results}
ok = (len(results) == 3 and all(v and v[0]["kind"] == "inSource" for v in by.values())
      and by["PORT102"][0]["justification"] == "Linux-only collector"
      and by["PORT701"][0]["justification"] == "test fixtures talk to a local server"
      and "justification" not in by["PORT101"][0])
sys.exit(0 if ok else 1)
PY
check "sarif with suppressions validates" "$repo/scripts/validate-sarif.sh" "$work/sup.sarif"

# --fix leaves suppressed findings alone.
printf 'import os\nA = open("/dev/null")  # noqa: PORT202\nB = open("/dev/null")\n' > fix.py
run check --fix --select PORT202 fix.py
check "--fix: the unsuppressed finding is fixed" grep -q '^B = open(os.devnull)' fix.py
check "--fix: the suppressed finding is not" grep -q '^A = open("/dev/null")  # noqa: PORT202' fix.py

# The result cache (on by default) keys entries by each file's settings: a changed configuration
# is never answered from an old entry, and cached results keep their suppression comments.
mkdir -p "$work/cached/.git"
cd "$work/cached"
printf 'A = open("/proc/mounts", encoding="utf-8")\nB = open("/proc/cpuinfo", encoding="utf-8")  # noqa: PORT102\n' > c.py
run check --cache-dir "$work/cache" c.py
check "cache: first run" grep -q "^c.py:1:.*PORT101" "$work/stdout"
run check --cache-dir "$work/cache" c.py
check "cache: warm run suppresses from the cached comments" grep -q "Found 1 finding (1 warning) in 1 of 1 file; 1 suppressed." "$work/stdout"
printf 'ignore = ["PORT101"]\n' > platlint.toml
run check --cache-dir "$work/cache" c.py
check "cache: a new configuration is not answered from the cache" bash -c "[ $status -eq 0 ] &&
  grep -qx 'No findings in 1 file; 1 suppressed.' '$work/stdout'"
printf '[severity]\nPORT101 = "error"\n' > platlint.toml
run check --cache-dir "$work/cache" --format json c.py
check "cache: a severity override is not answered from the cache" grep -q '"level": "error"' "$work/stdout"

finish
