#!/usr/bin/env bash
# `check --suggest-targets` end to end: which components it proposes to declare Linux-only (a
# directory, a file, never tests, never a mixed directory), the entries it writes for the
# configuration file that governs them, that pasting them there declares exactly those components,
# JSON, and its usage errors.
#
#   tests/suggest_targets_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: suggest_targets_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"
json() { node -e "$1" "$work/stdout"; }  # runs JS with the last stdout's path in process.argv[1]

# A host agent that is Linux-only by design, an application package with one Linux-only module
# among portable ones, and tests that run Linux programs (never proposed: tests must run anywhere).
mkdir -p proj/agent proj/app proj/tests
git -C proj init -q .  # the top of the configuration search
printf '"""The host agent."""\n' > proj/agent/__init__.py
printf 'import subprocess\n\ndef add_link(name):\n    subprocess.run(["ip", "link", "add", name, "type", "veth"], check=True)\n\ndef block(port):\n    subprocess.run(["iptables", "-A", "INPUT", "--dport", str(port), "-j", "DROP"], check=True)\n' > proj/agent/net.py
printf 'def current_cgroup():\n    with open("/proc/self/cgroup", encoding="utf-8") as f:\n        return f.read()\n' > proj/agent/cgroups.py
printf 'import os\n\ndef pin():\n    os.sched_setaffinity(0, {0})\n\ndef scratch():\n    return open("/tmp/app-scratch", "w")\n' > proj/app/api.py
printf 'def load(path):\n    with open(path) as f:\n        return f.read()\n' > proj/app/util.py
printf 'import os\n\ndef spool():\n    return os.path.join("/tmp", "spool")\n' > proj/app/storage.py
printf 'import subprocess\n\ndef create(vg, name):\n    subprocess.run(["lvcreate", "-n", name, vg], check=True)\n\ndef remove(vg, name):\n    subprocess.run(["lvremove", "-f", vg + "/" + name], check=True)\n\ndef groups():\n    return subprocess.run(["vgs"], capture_output=True, check=True).stdout\n' > proj/app/lvm.py
printf 'import subprocess\n\ndef test_link():\n    subprocess.run(["ip", "link", "show"], check=True)\n    subprocess.run(["ip", "addr", "show"], check=True)\n    subprocess.run(["ip", "route", "show"], check=True)\n' > proj/tests/test_agent.py

cd proj
run check --no-cache --suggest-targets .
check "findings: exit 1, as with --statistics" [ "$status" -eq 1 ]
check "the agent directory: every file with findings ties to Linux" \
  grep -qE '^  agent/ +2 of 2 files with findings tie to Linux \(3 of 3 findings\): `/proc/self/cgroup`, `ip`, `iptables`$' "$work/stdout"
check "the LVM module on its own: its package is mostly portable" \
  grep -qE '^  app/lvm.py +3 of 3 findings tie to Linux: `lvcreate`, `lvremove`, `vgs`$' "$work/stdout"
check "two suggestions, no more" grep -q '^2 components look Linux-only by design' "$work/stdout"
check "not the mixed package (2 of 4 files tie to Linux)" bash -c "! grep -q '^  app/ ' '$work/stdout'"
check "never the tests" bash -c "! grep -q 'tests' '$work/stdout'"
check "no configuration yet: entries for a pyproject.toml here" \
  bash -c "sed -n '/^\\[tool.platlint.per-file-target\\]\$/,\$p' '$work/stdout' | diff - <(printf '%s\n' '[tool.platlint.per-file-target]' '\"agent/*\" = [\"linux\"]' '\"app/lvm.py\" = [\"linux\"]')"

run check --no-cache .
check "the text report's summary points to --suggest-targets" grep -qx '2 components look Linux-only by design and hold 6 of these findings: --suggest-targets lists them, with the per-file-target entries that would declare them.' "$work/stdout"
run check --no-cache --format concise .
check "concise output: no hint (scripts read its one summary line)" bash -c "! grep -q 'suggest-targets' '$work/stdout'"
run check --no-cache --suggest-targets app/lvm.py
check "one file with findings: the whole run, not a component of it" grep -qx 'No component looks Linux-only by design.' "$work/stdout"
run check --no-cache app/lvm.py
check "one file with findings: no hint" bash -c "! grep -q 'suggest-targets' '$work/stdout'"

# Pasted into the project's configuration, the entries declare those components and nothing else.
run check --no-cache --suggest-targets .
sed -n '/^\[tool.platlint.per-file-target\]$/,$p' "$work/stdout" > pyproject.toml
run check --no-cache --format concise .
check "declared: the agent's and the LVM module's Linux-only findings are gone" \
  bash -c "! grep -qE '^(agent/|app/lvm.py)' '$work/stdout'"
check "declared: the portable modules keep theirs" \
  bash -c "grep -q '^app/api.py:4:5: PORT402' '$work/stdout' && grep -q '^app/util.py:2:10: PORT801' '$work/stdout'"
check "declared: the tests keep theirs" grep -q '^tests/test_agent.py:4:' "$work/stdout"
run check --no-cache --suggest-targets .
check "declared: nothing left to suggest" grep -qx 'No component looks Linux-only by design.' "$work/stdout"

# Globs are relative to the configuration file that governs the component, wherever platlint runs.
rm pyproject.toml
printf 'target = ["linux", "macos", "windows"]\n' > platlint.toml
cd "$work"
run check --no-cache --suggest-targets proj
check "shown paths are the report's" grep -qE '^  proj/agent/ +2 of 2 files' "$work/stdout"
check "the governing file is named" grep -qx 'In proj/platlint.toml:' "$work/stdout"
check "platlint.toml: its top-level table, globs relative to it" \
  bash -c "sed -n '/^\\[per-file-target\\]\$/,\$p' '$work/stdout' | diff - <(printf '%s\n' '[per-file-target]' '\"agent/*\" = [\"linux\"]' '\"app/lvm.py\" = [\"linux\"]')"

cd proj/app
run check --no-cache --suggest-targets ..
check "from a subdirectory: the components outside it are found too, the same globs" \
  bash -c "grep -qE '^  $work/proj/agent/ +2 of 2' '$work/stdout' && grep -qE '^  lvm.py +3 of 3' '$work/stdout' &&
           sed -n '/^\\[per-file-target\\]\$/,\$p' '$work/stdout' | diff - <(printf '%s\n' '[per-file-target]' '\"agent/*\" = [\"linux\"]' '\"app/lvm.py\" = [\"linux\"]')"
cd "$work"

run check --no-cache --suggest-targets --format json proj
check "JSON: the evidence and the entry of each suggestion" json 'const s=JSON.parse(require("fs").readFileSync(process.argv[1]));
  const [a, l] = s;
  if (s.length!==2 || a.path!=="proj/agent/" || a.kind!=="directory" || a.files_with_findings!==2 ||
      a.files_tied_to_linux!==2 || a.findings!==3 || a.linux_ties!==3 || a.glob!=="agent/*" ||
      a.configuration!=="proj/platlint.toml" || l.kind!=="file" || l.glob!=="app/lvm.py" ||
      l.names.join()!=="lvcreate,lvremove,vgs") process.exit(1)'

run check --suggest-targets --format sarif proj
check "other formats are a usage error" bash -c "[ $status -eq 2 ] && grep -q -- '--suggest-targets prints text or json' '$work/stderr'"
run check --suggest-targets --statistics proj
check "with --statistics: a usage error" [ "$status" -eq 2 ]
finish
