#!/usr/bin/env bash
# The result cache's stat index and its bounds (analyzer/lint/result_cache.h), end to end:
# - a warm run takes an unchanged file's result by its size and mtime, without reading it;
# - a same-size edit is seen: the mtime differs, so the content hash decides again, also when the
#   mtime is set back to another time than the recorded one;
# - the documented limit: an edit that keeps both size and mtime is not seen (--no-cache sees it);
# - entries of deleted files are removed; entries of files outside the run's paths stay.
#   tests/cache_bounds_test.sh PATH_TO_PLATLINT
set -uo pipefail
platlint=$(realpath "$1")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$repo/tests/cli_lib.sh"
cd "$work"

# Ten files of distinct bytes with one PORT101 finding each, one clean file, and a second tree.
mkdir -p tree other
for i in $(seq 10 19); do
  printf 'def f%d():\n    return open("/proc/mounts").read()\n' "$i" >"tree/m$i.py"
done
echo 'x = 1' >tree/clean.py
printf 'def g():\n    return open("/proc/cpuinfo").read()\n' >other/o.py
# Stamps older than the racy window (a file written this second is never trusted by its stamp).
touch -d '2020-01-01 00:00:00' tree/*.py other/*.py
entries() { find cache -type f -name '????????????????????????????????' | wc -l; }

run check --cache-dir cache tree
check "cold: exit 1 with the ten findings" bash -c '[ "$1" -eq 1 ] && [ "$(grep -c "PORT101" <<<"$2")" -eq 10 ]' _ "$status" "$out"
check "cold: one entry per file" test "$(entries)" -eq 11
check "cold: a stat index" test -s "$(echo cache/*/stat-index)"
run check --cache-dir cache other
check "other tree: its own entry" test "$(entries)" -eq 12

run check --cache-dir cache --profile tree
check "warm: every file from the cache" grep -Eq ' 11 cache hits$' <<<"$err"
check "warm: no file read" bash -c '! grep -Eq "^  read " <<<"$1"' _ "$err"

# A same-size edit: the mtime changes, and then the hash decides.
sed -i 's|/proc/mounts|/proc/uptime|' tree/m10.py
run check --cache-dir cache tree
check "same-size edit, new mtime: the new content's finding" grep -q 'tree/m10.py:2:17: PORT.*/proc/uptime' <<<"$out"
# Set back, but to another time than the one recorded: the stamp still differs.
sed -i 's|/proc/uptime|/proc/swaps_|' tree/m10.py
touch -d '2021-06-01 00:00:00' tree/m10.py
run check --cache-dir cache tree
check "same-size edit, mtime set to another past time: the hash decides" grep -q 'tree/m10.py.*/proc/swaps_' <<<"$out"
# The documented limit: size and mtime both as recorded.
python3 - tree/m10.py <<'PY'
import os, sys
path = sys.argv[1]
st = os.stat(path)
text = open(path).read().replace("/proc/swaps_", "/proc/stat__")
open(path, "w").write(text)
os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
PY
run check --cache-dir cache tree
check "same size and mtime: the recorded result (documented)" grep -q 'tree/m10.py.*/proc/swaps_' <<<"$out"
run check --no-cache tree
check "--no-cache sees the edit" grep -q 'tree/m10.py.*/proc/stat__' <<<"$out"

# Deleting files removes their entries at the next run over their tree, and only theirs.
before=$(entries)
rm tree/m11.py tree/m12.py tree/m13.py
run check --cache-dir cache tree
check "deleted files: their three entries removed" test "$(entries)" -eq $((before - 3))
run check --cache-dir cache --profile other
check "the other tree still warm" grep -Eq ' 1 cache hit$' <<<"$err"
run check --cache-dir cache --profile tree
check "what is left still warm" grep -Eq ' 8 cache hits$' <<<"$err"
finish
