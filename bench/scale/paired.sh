#!/usr/bin/env bash
# Time per MB of a big tree against a small one measured at the same time, so that a machine whose
# speed drifts over minutes (a shared VM: 50% between runs of bench/scale/run.sh) slows both alike.
# The big tree is checked once on one core (--jobs 1, --no-cache); meanwhile the small tree is
# checked again and again on the other. Big trees alternate between the cores (the first on core 0),
# so that giving each tree twice (`... 20000 200000 20000 200000`) puts each on both cores: one core
# of the VM can be slower than the other for minutes. Each run's CPU seconds come from GNU time;
# only the small runs that began and ended while the big run lasted count. Prints both trees' MB
# per CPU second and their ratio: 1.00 means the big tree costs as much per MB as the small one did
# in the same minutes.
# Prints numbers; asserts nothing. Not run by CI. Needs two cores and taskset (util-linux).
#
#   bench/scale/paired.sh [--binary PATH] SMALL_TREE BIG_TREE...
#   e.g. bench/scale/paired.sh --binary build/platlint /tmp/scale/1000 /tmp/scale/20000 /tmp/scale/200000
#   (trees from bench/scale/generate.py, or bench/scale/run.sh --keep DIR)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
binary="$repo/build-release/platlint"
if [[ ${1:-} == --binary ]]; then
  binary=$2
  shift 2
fi
if [[ $# -lt 2 ]]; then
  sed -n '2,15p' "$0" >&2
  exit 2
fi
small=$1
shift
source "$repo/bench/pinned_check.sh"
pinned_check_requirements paired
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

megabytes() { find "$1" -name '*.py' -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.3f", s/1e6}'; }

# run CORE TREE LOG: one check of TREE pinned to CORE; appends "start end cpu-seconds" to LOG.
run() {
  local start cpu
  start=$(date +%s.%N)
  cpu=$(pinned_check "$1" "$scratch" "$2")
  echo "$start $(date +%s.%N) $cpu" >>"$3"
}

small_mb=$(megabytes "$small")
echo "platlint $("$binary" version | awk '{print $2}'); small tree $small: $small_mb MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
big_core=0
for big in "$@"; do
  small_core=$((1 - big_core))
  big_mb=$(megabytes "$big")
  : >"$scratch/small.log"
  : >"$scratch/big.log"
  rm -f "$scratch/done"
  (while [[ ! -e $scratch/done ]]; do run "$small_core" "$small" "$scratch/small.log"; done) &
  loop=$!
  run "$big_core" "$big" "$scratch/big.log"
  touch "$scratch/done"
  wait "$loop"
  python3 - "$big (core $big_core)" "$big_mb" "$small_mb" "$scratch/big.log" "$scratch/small.log" <<'PY'
import sys
big, big_mb, small_mb = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
start, end, big_cpu = map(float, open(sys.argv[4]).read().split())
inside = [cpu for s, e, cpu in (map(float, line.split()) for line in open(sys.argv[5])) if s >= start and e <= end]
if not inside:  # a big tree too small to pair: say so, and go on to the next one
    print(f"  {big}: no run of the small tree fit inside its run; give a bigger tree")
    sys.exit(0)
small_rate = small_mb * len(inside) / sum(inside)
big_rate = big_mb / big_cpu
print(f"  {big}: {big_mb:.1f} MB in {big_cpu:.1f} CPU s, {big_rate:.2f} MB/cpu-s; small tree meanwhile "
      f"{len(inside)} runs, {small_rate:.2f} MB/cpu-s (from {min(inside):.2f} to {max(inside):.2f} s a run); "
      f"big/small {big_rate / small_rate:.3f}")
PY
  big_core=$small_core
done
