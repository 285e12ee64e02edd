#!/usr/bin/env bash
# platlint's scale benchmark: for each N, generates a synthetic tree of N modules
# (bench/scale/generate.py: copies of real modules, each file's bytes distinct) and prints, for
# --jobs 1 and every core: a cold run (empty result cache), a warm run (the same cache again) and a
# run with --no-cache; each with wall and CPU seconds, MB per wall second and per CPU second (the
# latter means something on a loaded machine too), findings and peak RSS. One run per cell (the big
# trees take minutes); the machine should be otherwise idle for wall times to mean much.
# Prints numbers; asserts nothing. Not run by CI.
#
#   bench/scale/run.sh [--binary PATH] [--keep DIR] [--jobs "1 2"] [--modes "cold warm no-cache"]
#                      [--rounds R] N...   e.g. bench/scale/run.sh 1000 20000
#   --binary: platlint to run (default build-release/platlint, built Release if missing)
#   --keep DIR: generate the trees under DIR and keep them (default: a temporary directory)
#   --jobs LIST: the --jobs values to run (default: 1 and the number of cores)
#   --modes LIST: which runs to make per --jobs value (default: cold warm no-cache)
#   --rounds R: run every size R times, the sizes in turn (1000, 200000, 1000, 200000, ...), so that a
#     machine whose speed drifts over minutes slows each size alike; compare the rounds' MB/cpu-s
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
binary="$repo/build-release/platlint"
keep=""
jobs_list=""
modes="cold warm no-cache"
rounds=1
counts=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --jobs) jobs_list=$2; shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) counts+=("$1"); shift ;;
  esac
done
[[ ${#counts[@]} -gt 0 ]] || counts=(1000)
command -v /usr/bin/time >/dev/null || { echo "scale: needs GNU time (apt-get install time)" >&2; exit 2; }
if [[ ! -x "$binary" && "$binary" == "$repo/build-release/platlint" ]]; then
  cmake -S "$repo" -B "$repo/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  ninja -C "$repo/build-release" platlint >/dev/null
fi
[[ -x "$binary" ]] || { echo "scale: no binary at $binary" >&2; exit 2; }
cores=$(nproc)
read -r -a jobs_list <<<"${jobs_list:-1 $cores}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
trees=${keep:-$scratch/trees}

# measure LABEL MB ARGS...: one run of platlint check ARGS (JSON report into $scratch/report.json),
# printed as a row of the table.
measure() {
  local label=$1 mb=$2
  shift 2
  /usr/bin/time -o "$scratch/t" -f '%e %U %S %M' "$binary" check --no-respect-gitignore --exit-zero \
    --format json --output "$scratch/report.json" "$@" 2>"$scratch/stderr" || {
    echo "scale: platlint failed:" >&2; cat "$scratch/stderr" >&2; exit 2; }
  python3 - "$label" "$mb" "$scratch/t" "$scratch/report.json" <<'PY'
import json, sys
label, mb = sys.argv[1], float(sys.argv[2])
wall, user, system, rss = open(sys.argv[3]).read().split()[-4:]
wall, cpu = float(wall), float(user) + float(system)
findings = len(json.load(open(sys.argv[4]))["findings"])
print(f"  {label:<24} wall {wall:8.2f} s  cpu {cpu:8.2f} s  {mb / max(wall, 0.01):6.1f} MB/s  "
      f"{mb / max(cpu, 0.01):6.1f} MB/cpu-s  {findings:8d} findings  peak RSS {int(rss) / 1024:6.0f} MB")
PY
}

echo "platlint $("$binary" version | awk '{print $2}') on $cores cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  for n in "${counts[@]}"; do
    tree="$trees/$n"
    [[ -d "$tree" ]] || python3 "$repo/bench/scale/generate.py" "$n" "$tree" >/dev/null
    mb=$(find "$tree" -name '*.py' -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}')
    echo "N=$n$( ((rounds > 1)) && echo " (round $round)"): $(find "$tree" -name '*.py' -type f | wc -l) files (with the packages' __init__.py), $mb MB"
    for jobs in "${jobs_list[@]}"; do
      rm -rf "$scratch/cache"
      for mode in $modes; do
        case "$mode" in
          cold) measure "jobs $jobs, cold cache" "$mb" --jobs "$jobs" --cache-dir "$scratch/cache" "$tree" ;;
          warm) measure "jobs $jobs, warm cache" "$mb" --jobs "$jobs" --cache-dir "$scratch/cache" "$tree" ;;
          no-cache) measure "jobs $jobs, --no-cache" "$mb" --jobs "$jobs" --no-cache "$tree" ;;
          *) echo "scale: unknown mode $mode (cold, warm, no-cache)" >&2; exit 2 ;;
        esac
      done
    done
    # Trees are kept until the last round needs them no more.
    [[ -n "$keep" || $round -lt $rounds ]] || rm -rf "$tree"
  done
done
