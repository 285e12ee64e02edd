#!/usr/bin/env bash
# End-to-end tests of `check -` / `check --stdin-filename PATH -` and `inventory --stdin-filename`:
# the text on standard input is analysed as the file PATH (which need not exist, and whose copy on
# disk is not read): PATH's configuration, per-file-ignores, per-file-target and excludes apply, PATH is
# the location in every format, and with --fix the fixed text goes to stdout (the input unchanged
# for an excluded PATH) and the file on disk is left alone.
#
#   tests/stdin_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: stdin_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$repo/tests/cli_lib.sh"

# run_stdin INPUT ARGS...: like run, with INPUT on standard input.
run_stdin() {
  local input=$1
  shift
  printf '%s' "$input" | "$platlint" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  out=$(cat "$work/stdout")
  err=$(cat "$work/stderr")
  check_process "platlint $*" "$status" "$work/stderr"
}

mounts='open("/proc/mounts", encoding="utf-8")
'
mkdir -p "$work/proj/.git" "$work/proj/pkg/tests" "$work/proj/build" "$work/elsewhere"
cd "$work/proj"
cat > pyproject.toml <<'TOML'
[tool.platlint]
extend-exclude = ["build"]

[tool.platlint.per-file-ignores]
"pkg/tests/*" = ["PORT101"]

[tool.platlint.per-file-target]
"pkg/agent_*.py" = "linux"
TOML

# Plain `-`: the buffer is named "-".
run_stdin "$mounts" check --no-cache --format concise -
check "'check -' reports the buffer's finding as '-'" grep -q '^-:1:6: PORT101' <<<"$out"
check "'check -' exits 1 with a finding" test "$status" -eq 1

# The path's configuration: a finding where nothing is configured, none under per-file-ignores.
run_stdin "$mounts" check --no-cache --format concise --stdin-filename pkg/a.py -
check "the buffer's finding is reported at the given path" grep -q '^pkg/a.py:1:6: PORT101' <<<"$out"
check "--stdin-filename: exit 1 with a finding" test "$status" -eq 1
check "--stdin-filename needs no file on disk" test ! -e pkg/a.py
run_stdin "$mounts" check --no-cache --format concise --stdin-filename pkg/tests/test_a.py -
check "per-file-ignores in pyproject.toml apply to the buffer" test "$status" -eq 0
check "per-file-ignores: no PORT101 on the buffer" bash -c '! grep -q PORT101 <<<"$1"' _ "$out"
run_stdin "$mounts" check --no-cache --format concise --stdin-filename pkg/agent_x.py -
check "per-file-target narrows the buffer's targets" test "$status" -eq 0
# From another directory, by absolute path: the same configuration is found.
(cd "$work/elsewhere" && printf '%s' "$mounts" | "$platlint" check --no-cache --format concise \
  --stdin-filename "$work/proj/pkg/tests/test_a.py" - >"$work/stdout" 2>"$work/stderr")
check "an absolute --stdin-filename finds its project's configuration" test "$?" -eq 0
# No option without `-`: --stdin-filename alone reads standard input too.
run_stdin "$mounts" check --no-cache --format concise --stdin-filename pkg/a.py
check "--stdin-filename without '-' reads standard input" grep -q '^pkg/a.py:1:6: PORT101' <<<"$out"

# The buffer, not the file on disk.
printf 'x = 1\n' > pkg/clean.py
run_stdin "$mounts" check --no-cache --format json --stdin-filename pkg/clean.py -
check "the buffer is analysed, not the file on disk" grep -q '"PORT101"' <<<"$out"
check "JSON names the given path" grep -q '"path": *"pkg/clean.py"' <<<"$out"
run_stdin "$mounts" check --no-cache --color never --stdin-filename pkg/clean.py -
check "the text report's code frame shows the buffer's line" grep -q 'open("/proc/mounts"' <<<"$out"

# Excluded by the configuration: no findings; with --fix the input comes back unchanged.
run_stdin "$mounts" check --no-cache --format concise --stdin-filename build/gen.py -
check "an excluded path has no findings" test "$status" -eq 0
check "an excluded path: nothing reported" bash -c '! grep -q PORT101 <<<"$1"' _ "$out"
run_stdin "$mounts" check --no-cache --fix --stdin-filename build/gen.py -
check "--fix of an excluded path echoes the input" test "$out" == "$(printf '%s' "$mounts")"
run_stdin "$mounts" check --no-cache --format concise --exclude 'pkg/*' --stdin-filename pkg/a.py -
check "--exclude applies to the buffer's path" test "$status" -eq 0

# --fix: the fixed text on stdout, the report of what remains on stderr, nothing written.
cp "$repo/testdata/fixes/PORT202_devnull.py" pkg/devnull.py
run_stdin "$(cat "$repo/testdata/fixes/PORT202_devnull.py")" check --no-cache --isolated --fix \
  --stdin-filename pkg/devnull.py -
check "--fix writes the fixed buffer to stdout" diff <(printf '%s\n' "$out") "$repo/testdata/fixes/PORT202_devnull.fixed.py"
check "--fix of a buffer leaves the file on disk alone" cmp -s pkg/devnull.py "$repo/testdata/fixes/PORT202_devnull.py"
check "--fix of a buffer reports what remains on stderr" grep -q 'PORT202' <<<"$err"
run_stdin "$mounts" check --no-cache --fix --stdin-filename pkg/a.py -
check "--fix with nothing to fix echoes the input" test "$out" == "$(printf '%s' "$mounts")"
run_stdin "$(cat "$repo/testdata/fixes/PORT202_devnull.py")" check --no-cache --isolated --diff \
  --stdin-filename pkg/devnull.py -
check "--diff of a buffer names the path" grep -q '^+++ .*pkg/devnull.py' <<<"$out"
check "--diff of a buffer: exit 1 when there is something to fix" test "$status" -eq 1

# The inventory of a buffer.
run_stdin "$mounts" inventory --format json --stdin-filename pkg/a.py -
check "inventory --stdin-filename lists the buffer's kernel file" grep -q '/proc/mounts' <<<"$out"
check "inventory --stdin-filename names the path" grep -q 'pkg/a.py' <<<"$out"

# Misuse.
run_stdin "$mounts" check - pkg/clean.py
check "'-' with other paths is a usage error" test "$status" -eq 2
check "'-' with other paths says why" grep -q "standard input" <<<"$err"
run_stdin "$mounts" check --stdin-filename pkg/a.py pkg/clean.py
check "--stdin-filename with a path is a usage error" test "$status" -eq 2

finish
