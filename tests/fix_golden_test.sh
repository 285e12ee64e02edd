#!/usr/bin/env bash
# Fix goldens and fix safety.
#  1. Every testdata/fixes/NAME.py with NAME.fixed.py: a copy fixed with `platlint check --fix`
#     (--unsafe-fixes as well for NAME.unsafe.py) must equal NAME.fixed.py byte for byte; a
#     second --fix changes nothing (--diff is empty); python3 compiles the result. The files of
#     NAME.project/ (a tox.ini, a pyproject.toml) are copied beside it: the project it is fixed in.
#  2. Every testdata/rules/*.py fixture that compiles: after `--fix --unsafe-fixes` it still
#     compiles, and fixing neither failed to converge nor was undone for a syntax error.
#
#   tests/fix_golden_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: fix_golden_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYTHONPYCACHEPREFIX="$work/pycache"
passed=0
failed=0

fail() {
  echo "FAIL: $*" >&2
  failed=$((failed + 1))
}

# compile_failures FILE...: one line "FILE<tab>error" for each file python3 cannot compile. One
# interpreter for all the files: starting python3 once per file was most of this test's time.
compile_failures() {
  python3 - "$@" <<'PY'
import sys
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as source:
            compile(source.read(), path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        print(f"{path}\t{type(error).__name__}: {error}")
PY
}

shopt -s nullglob
pairs=0
fixed=()  # fixed files that must still compile, checked together
for input in "$repo"/testdata/fixes/*.py; do
  name=$(basename "$input" .py)
  [[ $name == *.fixed ]] && continue
  pairs=$((pairs + 1))
  golden="$repo/testdata/fixes/$name.fixed.py"
  if [[ ! -f $golden ]]; then
    fail "$name: no golden $name.fixed.py"
    continue
  fi
  flags=(--fix)
  [[ $name == *.unsafe ]] && flags+=(--unsafe-fixes)
  dir="$work/golden/$name"
  mkdir -p "$dir"
  cp "$input" "$dir/$name.py"
  [[ -d $repo/testdata/fixes/$name.project ]] && cp -r "$repo/testdata/fixes/$name.project/." "$dir/"
  (cd "$dir" && "$platlint" check "${flags[@]}" "$name.py" >"$work/out" 2>"$work/err")
  status=$?
  if [[ $status -gt 1 ]]; then
    fail "$name: platlint check ${flags[*]} exited $status: $(cat "$work/err")"
    continue
  fi
  if grep -q "warning:" "$work/err"; then
    fail "$name: $(cat "$work/err")"
    continue
  fi
  if ! cmp -s "$dir/$name.py" "$golden"; then
    fail "$name: the fixed file differs from $name.fixed.py:"
    diff -u "$golden" "$dir/$name.py" >&2
    continue
  fi
  cp "$dir/$name.py" "$work/once.py"
  (cd "$dir" && "$platlint" check "${flags[@]}" "$name.py" >/dev/null 2>&1)
  (cd "$dir" && "$platlint" check "${flags[@]}" --diff "$name.py" >"$work/diff" 2>/dev/null)
  diffStatus=$?
  if ! cmp -s "$dir/$name.py" "$work/once.py" || [[ $diffStatus -ne 0 ]] || [[ -s $work/diff ]]; then
    fail "$name: a second --fix changed the file again (not idempotent)"
    continue
  fi
  fixed+=("$dir/$name.py")
done
if [[ $pairs -eq 0 ]]; then
  fail "no fix goldens in testdata/fixes"
fi
# compiled_or_fail WHAT [ORIGINALS]: every file of `fixed` compiles, or a failure each (with its diff
# from the file of the same name in ORIGINALS, when given); counts the ones that passed.
compiled_or_fail() {
  local what=$1 originals=${2:-} path error failedBefore=$failed
  if ! compile_failures "${fixed[@]}" >"$work/compile.out"; then
    fail "python3 could not check whether the files $what compile"
    return
  fi
  while IFS=$'\t' read -r path error; do
    fail "$(basename "$path") $what does not compile: $error"
    [[ -n $originals ]] && diff -u "$originals/$(basename "$path")" "$path" >&2
  done <"$work/compile.out"
  passed=$((passed + ${#fixed[@]} - (failed - failedBefore)))
}
compiled_or_fail "(fixed from testdata/fixes)"

# Deliberately broken fixtures say nothing about fixes.
fixtures=("$repo"/testdata/rules/*.py)
compile_failures "${fixtures[@]}" >"$work/broken" || fail "python3 could not check which fixtures compile"
declare -A broken=()
while IFS=$'\t' read -r path _; do broken[$path]=1; done <"$work/broken"
fixed=()
for fixture in "${fixtures[@]}"; do
  name=$(basename "$fixture" .py)
  [[ -n ${broken[$fixture]:-} ]] && continue
  dir="$work/rules/$name"
  mkdir -p "$dir"
  cp "$fixture" "$dir/$name.py"
  (cd "$dir" && "$platlint" check --fix --unsafe-fixes "$name.py" >/dev/null 2>"$work/err")
  status=$?
  if [[ $status -gt 1 ]]; then
    fail "rules/$name.py: --fix --unsafe-fixes exited $status: $(cat "$work/err")"
  elif grep -q "warning:" "$work/err"; then
    fail "rules/$name.py: $(cat "$work/err")"
  else
    fixed+=("$dir/$name.py")
  fi
done
compiled_or_fail "(testdata/rules after --fix --unsafe-fixes)" "$repo/testdata/rules"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
