#!/usr/bin/env bash
# The cost of the analysis over tree-sitter's parse, measured so that a machine whose speed drifts
# (a shared VM) does not decide the answer: each pair runs a full check and a parse-only check
# (`check --parse-only`: read, decode, parse, no rules) of TREE at the same time, one per core, both
# with --jobs 1 and --no-cache, and takes the ratio of their CPU seconds (GNU time). Pairs alternate
# which run gets which core. Prints every pair's ratio and their median. Prints numbers; asserts
# nothing. Not run by CI. Needs two cores and taskset (util-linux).
#
#   bench/full_vs_parse.sh [--binary PATH] [--pairs N] TREE
#   e.g. bench/full_vs_parse.sh --binary build/platlint --pairs 10 nova/
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="$repo/build-release/platlint"
pairs=10
while [[ $# -gt 1 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    *) break ;;
  esac
done
tree=${1:?usage: full_vs_parse.sh [--binary PATH] [--pairs N] TREE}
source "$repo/bench/pinned_check.sh"
pinned_check_requirements full_vs_parse
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "platlint $("$binary" version | awk '{print $2}') on $tree; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= pairs; i++)); do
  full_core=$((i % 2)) parse_core=$(((i + 1) % 2))
  pinned_check "$full_core" "$scratch" "$tree" >"$scratch/full" &
  pinned_check "$parse_core" "$scratch" --parse-only "$tree" >"$scratch/parse"
  wait
  full=$(cat "$scratch/full") parse=$(cat "$scratch/parse")
  echo "$full $parse" >>"$scratch/pairs"
  printf '  pair %d: full %.2f CPU s (core %d), parse only %.2f CPU s (core %d): %.3fx\n' \
    "$i" "$full" "$full_core" "$parse" "$parse_core" "$(awk -v f="$full" -v p="$parse" 'BEGIN {print f / p}')"
done
python3 - "$scratch/pairs" <<'PY'
import statistics, sys
ratios = sorted(f / p for f, p in (map(float, line.split()) for line in open(sys.argv[1])))
print(f"full/parse-only: median {statistics.median(ratios):.3f}x over {len(ratios)} pairs "
      f"(from {ratios[0]:.3f}x to {ratios[-1]:.3f}x)")
PY
