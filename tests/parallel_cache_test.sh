#!/usr/bin/env bash
# --jobs, the result cache, --shard and merge-sarif, end to end:
# - output is byte-identical for any --jobs;
# - a warm run reads every result from the cache (no parsing) and prints the same report;
# - a damaged cache entry is ignored and rewritten; two processes can share a cache;
# - a changed file or a changed rule selection is not served stale results;
# - the shards' merged SARIF has exactly the unsharded run's results (also with the shards run as
#   concurrent processes sharing a cache), and adding files does not move existing files to other
#   shards.
#   tests/parallel_cache_test.sh PATH_TO_PLATLINT
set -uo pipefail
platlint=$(realpath "$1")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$repo/tests/cli_lib.sh"
validate="$repo/scripts/validate-sarif.sh"

# A tree of 40 files, each with one PORT101 finding on a line that names the file, and one
# clean file; plus the repository's own fixtures for variety.
tree="$work/tree"
mkdir -p "$tree/pkg"
for i in $(seq 1 40); do
  printf 'import os\n\ndef f%d():\n    return open("/proc/mounts").read()\n' "$i" >"$tree/pkg/m$i.py"
done
echo 'x = 1' >"$tree/pkg/clean.py"
cp -r "$repo/testdata/rules" "$tree/rules"
cd "$work"

strip_invocation() {  # SARIF without the invocation (its command line names the options)
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [r.pop("invocations") for r in d["runs"]]; print(json.dumps(d, sort_keys=True))' "$1"
}

# --- --jobs: identical output -------------------------------------------------------------
for fmt in text json sarif; do
  for jobs in 1 3; do
    run check --no-cache --jobs "$jobs" --format "$fmt" tree
    check "--jobs $jobs --format $fmt: exit 1 with findings" test "$status" -eq 1
    cp "$work/stdout" "j$jobs.$fmt"
  done
done
check "text identical for --jobs 1 and 3" cmp -s j1.text j3.text
check "json identical for --jobs 1 and 3" cmp -s j1.json j3.json
check "sarif identical for --jobs 1 and 3 (but the command line)" \
  test "$(strip_invocation j1.sarif)" = "$(strip_invocation j3.sarif)"
check "the runs found something" grep -q 'PORT101' j1.text

# --- cache ----------------------------------------------------------------------------------
run check --cache-dir cache --profile tree
cold_out=$out
check "a cold run creates the cache with a .gitignore" test -f cache/.gitignore
entries=$(find cache -mindepth 2 -type f | wc -l)
check "a cold run stores one entry per distinct file ($entries)" test "$entries" -ge 41
check "a cold run parses" grep -Eq '^  parse ' <<<"$err"
run check --cache-dir cache --profile tree
check "a warm run prints the same report" test "$out" = "$cold_out"
check "a warm run does no parsing" bash -c '! grep -Eq "^  parse " <<<"$1"' _ "$err"
check "a warm run hits the cache for every file" grep -Eq "cache hits?$" <<<"$err"
hits=$(sed -nE 's/.* ([0-9]+) cache hits?$/\1/p' <<<"$err")
analysed=$(sed -nE 's/^platlint profile: ([0-9]+) files.*/\1/p' <<<"$err")
check "warm: hits ($hits) = files ($analysed)" test "$hits" = "$analysed"

# Damage every entry in a different way: garbage, truncation, an empty file.
n=0
while IFS= read -r entry; do
  case $((n % 3)) in
    0) printf 'garbage' >"$entry" ;;
    1) head -c 20 "$entry" >"$entry.t" && mv "$entry.t" "$entry" ;;
    2) : >"$entry" ;;
  esac
  n=$((n + 1))
done < <(find cache -mindepth 2 -type f ! -name '.*' ! -name CACHEDIR.TAG)
run check --cache-dir cache --profile tree
check "damaged entries: the same report" test "$out" = "$cold_out"
check "damaged entries: nothing served from them" grep -Eq ' 0 cache hits$' <<<"$err"
run check --cache-dir cache --profile tree
check "damaged entries were rewritten" test "$(sed -nE 's/.* ([0-9]+) cache hits?$/\1/p' <<<"$err")" = "$analysed"

# Two processes at once on a fresh cache.
"$platlint" check --cache-dir shared --jobs 2 tree >p1.txt 2>p1.err &
pid1=$!
"$platlint" check --cache-dir shared --jobs 2 tree >p2.txt 2>p2.err &
pid2=$!
wait "$pid1"
status1=$?
wait "$pid2"
status2=$?
check_process "concurrent platlint check --cache-dir shared (1)" "$status1" p1.err
check_process "concurrent platlint check --cache-dir shared (2)" "$status2" p2.err
check "concurrent runs: exit 1 with findings" test "$status1" -eq 1 -a "$status2" -eq 1
check "concurrent run 1 prints the report" test "$(cat p1.txt)" = "$cold_out"
check "concurrent run 2 prints the report" test "$(cat p2.txt)" = "$cold_out"
run check --cache-dir shared tree
check "the shared cache is intact afterwards" test "$out" = "$cold_out"
check "the shared cache holds an entry per distinct file" test "$(find shared -mindepth 2 -type f | wc -l)" -ge 41
check "no temporary files left in the cache" test -z "$(find shared -name '*.tmp-*')"

# Stale results: a changed file, a changed selection.
echo 'open("/etc/mtab")' >>"$tree/pkg/clean.py"
run check --cache-dir cache tree
check "a changed file is analysed again" grep -q 'pkg/clean.py:2:' <<<"$out"
run check --cache-dir cache --select PORT2 tree
check "another selection: exit 1 with its own findings" bash -c '[ "$1" -eq 1 ] && grep -Eq "^tree/rules/PORT2[0-9]+\.py:[0-9]+:[0-9]+: PORT2[0-9]+ " <<<"$2"' _ "$status" "$out"
check "another selection is not served PORT101 results" bash -c '! grep -q PORT101 <<<"$1"' _ "$out"
run check --cache-dir cache --no-cache --profile tree
check "--no-cache reads nothing" grep -Eq ' 0 cache hits$' <<<"$err"

# --- --shard and merge-sarif ----------------------------------------------------------------
shard_files() {  # the files with findings in the last JSON report, one a line
  python3 -c 'import json,sys; print("\n".join(sorted({f["path"] for f in json.load(open(sys.argv[1]))["findings"]})))' "$work/stdout"
}
run check --no-cache --format sarif -o full.sarif tree
check "unsharded SARIF: exit 1 with findings" test "$status" -eq 1
for k in 1 2 3; do
  run check --no-cache --format sarif --shard "$k/3" -o "s$k.sarif" tree
  check "shard $k/3 SARIF: exit 1 with findings" test "$status" -eq 1
  run check --no-cache --format json --shard "$k/3" tree
  shard_files >"files$k.txt"
done
check "every shard has files" bash -c '[ -s files1.txt ] && [ -s files2.txt ] && [ -s files3.txt ]'
check "no file is in two shards" test -z "$(sort files1.txt files2.txt files3.txt | uniq -d)"
run merge-sarif merged.sarif s3.sarif s1.sarif s2.sarif
check "merge-sarif succeeds" test "$status" -eq 0
check "the merged log validates" bash "$validate" merged.sarif
check "merged results = unsharded results, in the same order" python3 - <<'PY'
import json
log = json.load(open("merged.sarif"))
assert len(log["runs"]) == 1, len(log["runs"])
merged = log["runs"][0]
full = json.load(open("full.sarif"))["runs"][0]
assert merged["results"], "no results"
assert merged["results"] == full["results"], (len(merged["results"]), len(full["results"]))
assert merged["tool"]["driver"]["rules"] == sorted(full["tool"]["driver"]["rules"], key=lambda r: r["id"])
assert len(merged["invocations"]) == 3
PY
# The recipe of docs/ci/github-actions-sharded.yml with the shards as concurrent processes that
# share one result cache (each merges its stat index under a lock): the same merged results, and a
# cache that then serves the whole tree.
pids=()
for k in 1 2 3; do
  "$platlint" check --cache-dir shared-cache --format sarif --shard "$k/3" -o "p$k.sarif" tree >/dev/null 2>"p$k.err" &
  pids+=($!)
done
for k in 1 2 3; do
  wait "${pids[$((k - 1))]}"
  check_process "concurrent shard $k/3" $? "p$k.err"
done
run merge-sarif pmerged.sarif p2.sarif p1.sarif p3.sarif
check "concurrent shards: merged results = unsharded results" python3 -c '
import json
merged = json.load(open("pmerged.sarif"))["runs"][0]["results"]
assert merged and merged == json.load(open("full.sarif"))["runs"][0]["results"]'
run check --cache-dir shared-cache --profile tree
check "the shards' shared cache serves every file" bash -c '[[ "$1" =~ profile:\ ([0-9]+)\ files.*\ ([0-9]+)\ cache\ hits ]] && [ "${BASH_REMATCH[1]}" -eq "${BASH_REMATCH[2]}" ]' _ "$err"
for i in $(seq 41 60); do echo 'open("/proc/mounts")' >"$tree/pkg/n$i.py"; done
for k in 1 2 3; do
  run check --no-cache --format json --shard "$k/3" tree
  shard_files >"after$k.txt"
  check "adding files keeps shard $k's files in shard $k" \
    test -z "$(comm -23 "files$k.txt" "after$k.txt")"
done
run check --shard 4/3 tree
check "--shard 4/3 is a usage error" test "$status" -eq 2
run check --shard x tree
check "--shard x is a usage error" test "$status" -eq 2
echo '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "other"}}}]}' >other.sarif
run merge-sarif out.sarif s1.sarif other.sarif
check "merging another tool's log fails with exit 2" test "$status" -eq 2
check "... and names the file" grep -q 'other.sarif' <<<"$err"
check "... and writes nothing" test ! -e out.sarif

finish
