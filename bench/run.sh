#!/usr/bin/env bash
# Measures platlint on real Python trees: files, MB, wall and CPU seconds, MB/s, peak RSS and
# findings per rule. Prints numbers; asserts nothing.
#
#   bench/run.sh [--binary PATH] [--runs N] [TREE...]      (default tree: /usr/lib/python3.11)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="$repo/build/platlint"
runs=3
trees=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) trees+=("$1"); shift ;;
  esac
done
[[ ${#trees[@]} -gt 0 ]] || trees=(/usr/lib/python3.11)
[[ -x "$binary" ]] || { echo "bench: no binary at $binary (build first)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }

echo "platlint: $("$binary" --version)  machine: $(nproc) cores, $(uname -m)"
for tree in "${trees[@]}"; do
  json=$(mktemp)
  "$binary" check --format json --no-respect-gitignore "$tree" >"$json" 2>/dev/null || true
  files=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["files_analysed"])' "$json")
  # Bytes of what platlint discovered: the same walk, measured with find over .py/.pyi.
  bytes=$(find "$tree" \( -name '*.py' -o -name '*.pyi' \) -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  best_wall=""
  for ((i = 0; i < runs; i++)); do
    # platlint exits 1 when it has findings; that is not a failure of the benchmark.
    /usr/bin/time -o "$json.time" -f '%e %U %S %M' "$binary" check --no-respect-gitignore "$tree" >/dev/null 2>&1 || true
    read -r wall user sys rss < <(tail -n 1 "$json.time")
    if [[ -z "$best_wall" ]] || awk "BEGIN {exit !($wall < $best_wall)}"; then
      best_wall=$wall; best_user=$user; best_sys=$sys; best_rss=$rss
    fi
  done
  awk -v t="$tree" -v f="$files" -v b="$bytes" -v w="$best_wall" -v u="$best_user" -v s="$best_sys" -v r="$best_rss" -v n="$runs" 'BEGIN {
    mb = b / 1e6
    printf "%s: %d files, %.1f MB; best of %d: %.2f s wall, %.2f s CPU, %.1f MB/s, peak RSS %.0f MB\n",
           t, f, mb, n, w, u + s, (w > 0 ? mb / w : 0), r / 1024 }'
  echo "findings per rule:"
  python3 - "$json" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1]))
for rule, n in sorted(collections.Counter(f["rule"] for f in d["findings"]).items()):
    print(f"  {rule} {n}")
print(f"  total {len(d['findings'])}, notices {len(d['notices'])}")
PY
  rm -f "$json" "$json.time"
done
