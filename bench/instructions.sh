#!/usr/bin/env bash
# Counts the instructions a check executes, parse only and in full, with valgrind's callgrind
# (apt-get install valgrind), and prints their ratio: the full/parse-only measure that a shared
# VM's drifting clock cannot blur. The count is the same from run to run; wall time is not
# (bench/run.sh gives that). Callgrind runs some 50 times slower than the program: give it a few
# MB of code, not a whole monorepo. Prints numbers; asserts nothing.
#
#   bench/instructions.sh [--binary PATH] TREE...
#   e.g. bench/instructions.sh --binary build/platlint nova/compute nova/virt/libvirt nova/api
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="$repo/build-release/platlint"
trees=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) trees+=("$1"); shift ;;
  esac
done
[[ ${#trees[@]} -gt 0 ]] || trees=(/usr/lib/python3.11/email /usr/lib/python3.11/asyncio)
command -v valgrind >/dev/null || { echo "bench: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
[[ -x "$binary" ]] || { echo "bench: no binary at $binary (build it, or pass --binary)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# count NAME ARGS...: the instructions `platlint check ARGS` executes, in $scratch/NAME.
count() {
  local name=$1
  shift
  valgrind --tool=callgrind --callgrind-out-file="$scratch/$name.out" \
    "$binary" check --no-cache --exit-zero --jobs 1 --format json --output "$scratch/$name.json" "$@" \
    2>"$scratch/$name.log" >/dev/null
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$scratch/$name.log" >"$scratch/$name"
}

count parse --parse-only "${trees[@]}"
count full "${trees[@]}"
python3 - "$scratch" "${trees[@]}" <<'PY'
import json, os, sys
scratch, trees = sys.argv[1], sys.argv[2:]
parse = int(open(os.path.join(scratch, "parse")).read())
full = int(open(os.path.join(scratch, "full")).read())
report = json.load(open(os.path.join(scratch, "full.json")))
size = 0
for tree in trees:
    for root, _, files in os.walk(tree):
        size += sum(os.path.getsize(os.path.join(root, f)) for f in files if f.endswith(".py"))
mb = size / 1e6
print(f"  trees: {' '.join(trees)}")
print(f"  files analysed {report['files_analysed']}, {mb:.1f} MB of .py, findings {len(report['findings'])}")
print(f"  parse only   {parse / 1e6:10.0f} M instructions  ({parse / 1e6 / mb:.0f} M per MB)")
print(f"  full check   {full / 1e6:10.0f} M instructions  ({full / 1e6 / mb:.0f} M per MB)")
print(f"  full/parse-only {full / parse:.3f}x   rules and model: {(full - parse) / 1e6:.0f} M instructions")
PY
