#!/usr/bin/env bash
# platlint's benchmark: builds Release, then prints for each corpus, each time the median of
# --runs runs: files and MB; parse-only time (read + decode + parse, no rules: the floor for a
# tree-sitter tool); a full cold check with --jobs 1 and with every core; a warm cached re-run;
# a pre-commit-shaped run on 10 files; peak RSS; and the ratios full/parse-only, jobs-1/jobs-N,
# warm/cold. Where installed (bench/install-peers.sh) it also times bandit, pylint and Ruff's
# WebAssembly build on the same corpus. Prints numbers; asserts nothing.
#
#   bench/run.sh [--runs N] [--no-build] [--binary PATH] [--no-peers] TREE...
#   e.g. bench/run.sh /usr/lib/python3.11
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
build=1
peers=1
binary="$repo/build-release/platlint"
trees=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --binary) binary=$2; build=0; shift 2 ;;
    --no-peers) peers=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) trees+=("$1"); shift ;;
  esac
done
[[ ${#trees[@]} -gt 0 ]] || trees=(/usr/lib/python3.11)
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }

if [[ $build -eq 1 ]]; then
  cmake -S "$repo" -B "$repo/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  ninja -C "$repo/build-release" platlint >/dev/null
fi
[[ -x "$binary" ]] || { echo "bench: no binary at $binary" >&2; exit 2; }
cores=$(nproc)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# time_cmd NAME COMMAND...: runs COMMAND $runs times; records the median wall seconds in
# $scratch/NAME.wall and the largest peak RSS (KB) in $scratch/NAME.rss. Exit status 1 (findings)
# is not a failure.
time_cmd() {
  local name=$1
  shift
  : >"$scratch/$name.samples"
  for ((i = 0; i < runs; i++)); do
    # pylint's exit status is a bit mask of message categories: any status is a run.
    /usr/bin/time -o "$scratch/t" -f '%e %M' "$@" >/dev/null 2>&1 || [[ $? -eq 1 || $name == pylint ]]
    tail -n 1 "$scratch/t" >>"$scratch/$name.samples"
  done
  python3 - "$scratch/$name" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1] + ".samples")]
open(sys.argv[1] + ".wall", "w").write(f"{statistics.median(float(r[0]) for r in rows):.3f}")
open(sys.argv[1] + ".rss", "w").write(str(max(int(r[1]) for r in rows)))
PY
}
get() { cat "$scratch/$1.$2"; }

built=$([[ $build -eq 1 ]] && echo "Release" || echo "$binary")
echo "platlint $("$binary" version | awk '{print $2}') ($built) on $cores cores, $(uname -m); median of $runs runs"
for tree in "${trees[@]}"; do
  common=(check --no-respect-gitignore --exit-zero "$tree")
  "$binary" check --no-respect-gitignore --no-cache --format json "$tree" >"$scratch/report.json" 2>/dev/null || true
  read -r files findings < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["files_analysed"], len(d["findings"]))' "$scratch/report.json")
  bytes=$(find "$tree" \( -name '*.py' -o -name '*.pyi' \) -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  mapfile -t ten < <(find "$tree" -name '*.py' -type f -size +2k | sort | head -n 10)

  time_cmd parse "$binary" "${common[@]}" --no-cache --parse-only --jobs 1
  time_cmd cold1 "$binary" "${common[@]}" --no-cache --jobs 1
  time_cmd coldN "$binary" "${common[@]}" --no-cache --jobs "$cores"
  "$binary" "${common[@]}" --cache-dir "$scratch/cache" >/dev/null 2>&1
  time_cmd warm "$binary" "${common[@]}" --cache-dir "$scratch/cache"
  time_cmd precommit "$binary" check --exit-zero --no-cache "${ten[@]}"

  python3 - "$tree" "$files" "$bytes" "$findings" "$cores" "$(get parse wall)" "$(get cold1 wall)" "$(get coldN wall)" \
    "$(get warm wall)" "$(get precommit wall)" "$(get coldN rss)" "$(get cold1 rss)" <<'PY'
import sys
tree, files, nbytes, findings, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
parse, cold1, coldn, warm, pre = map(float, sys.argv[6:11])
rss_n, rss_1 = int(sys.argv[11]) / 1024, int(sys.argv[12]) / 1024
mb = nbytes / 1e6
print(f"\n{tree}: {files} files, {mb:.1f} MB, {findings} findings")
print(f"  parse only, 1 job      {parse:7.3f} s  ({mb / parse:.1f} MB/s)")
print(f"  full check, 1 job      {cold1:7.3f} s  ({mb / cold1:.1f} MB/s)   peak RSS {rss_1:.0f} MB")
print(f"  full check, {cores} jobs     {coldn:7.3f} s  ({mb / coldn:.1f} MB/s)   peak RSS {rss_n:.0f} MB")
print(f"  warm cache, {cores} jobs     {warm:7.3f} s")
print(f"  pre-commit, 10 files   {pre * 1000:7.0f} ms")
print(f"  ratios: full/parse-only {cold1 / parse:.2f}x   jobs-1/jobs-{cores} {cold1 / coldn:.2f}x   warm/cold {100 * warm / coldn:.1f}%")
PY

  [[ $peers -eq 1 ]] || continue
  coldn=$(get coldN wall)
  ruff_module="$repo/.tools/bench/node_modules/@astral-sh/ruff-wasm-nodejs"
  if [[ -d "$ruff_module" ]]; then
    line=$(node "$repo/bench/ruff_wasm_check.cjs" "$ruff_module" "$tree")
    ruff=$(awk '{print $6}' <<<"$line")
    echo "  ruff-wasm (check only, portability rules): ${ruff} s, $(awk '{print $4}' <<<"$line") findings;" \
         "platlint ${cores} jobs is $(python3 -c "print(f'{$ruff / $coldn:.1f}')")x faster"
  fi
  peer_runs=$runs
  runs=1  # the peers take minutes: one run each
  if command -v bandit >/dev/null; then
    time_cmd bandit bandit -r -q "$tree"
    echo "  bandit -r: $(get bandit wall) s; platlint is $(python3 -c "print(f'{$(get bandit wall) / $coldn:.0f}')")x faster"
  fi
  if command -v pylint >/dev/null; then
    # pylint's checks closest to platlint's: unspecified-encoding, deprecated modules/methods.
    time_cmd pylint pylint --disable=all --enable=unspecified-encoding,deprecated-module,deprecated-method \
      --recursive=y --jobs 1 "$tree"
    echo "  pylint (portability checks, 1 job): $(get pylint wall) s; platlint is $(python3 -c "print(f'{$(get pylint wall) / $coldn:.0f}')")x faster"
  fi
  runs=$peer_runs
done
