#!/usr/bin/env bash
# The text output a person reads (--format text, the default) and the one scripts parse
# (--format concise), on testdata/text-output/app.py: code frames with the caret under the range
# after tabs and UTF-8, multi-line ranges, `[*]`, help, fix and note lines, the fixable summary,
# wrapping to COLUMNS, colours (--color, NO_COLOR, FORCE_COLOR) and frames for cached results.
# The outputs are compared with testdata/text-output/*.txt; PLATLINT_UPDATE_SNAPSHOTS=1 rewrites them
# for review (refused when CI is set).
#   tests/text_output_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: text_output_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"
expected="$repo/testdata/text-output"

mkdir proj
cp "$expected/app.py" proj/app.py
# Whatever the environment running the tests says: no colour, no wrapping unless a case asks.
unset NO_COLOR FORCE_COLOR COLUMNS CI_FORCE_COLOR

# matches NAME: stdout equals testdata/text-output/NAME.
matches() {
  local name=$1
  if [ "${PLATLINT_UPDATE_SNAPSHOTS:-}" = 1 ] && [ -z "${CI:-}" ]; then
    cp "$work/stdout" "$expected/$name"
    return 0
  fi
  diff -u "$expected/$name" "$work/stdout" >&2
}

has_escapes() { grep -q $'\e\\[' "$work/stdout"; }

run check --no-cache proj
check "full: exit 1 with findings" [ "$status" -eq 1 ]
check "full: matches full.txt" matches full.txt
check "full: no colour when not a terminal" bash -c "! grep -q $'\e\\[' '$work/stdout'"
check "full: not wrapped when not a terminal" grep -qE '^.{200,}$' "$work/stdout"
check "full: the caret under os.statvfs after a tab and UTF-8" \
  grep -qxF '   |                                  ^^^^^^^^^^' "$work/stdout"
check "full: the fixable summary" grep -qx 'Found 6 findings (6 warnings) in 1 of 1 file; 1 fixable with --fix, 2 more fixable with --unsafe-fixes.' "$work/stdout"

run check --no-cache --unsafe-fixes proj
check "--unsafe-fixes: the unsafe fix is marked" grep -q '^proj/app.py:30:10: PORT801 \[\*\] \[open-without-encoding\] warning: ' "$work/stdout"
check "--unsafe-fixes: counted as fixable" grep -q '; 3 fixable with --fix\.$' "$work/stdout"

run check --no-cache --format concise proj
check "concise: exit 1" [ "$status" -eq 1 ]
check "concise: matches concise.txt" matches concise.txt
run check --no-cache --output-format concise proj
check "--output-format is --format" matches concise.txt

COLUMNS=60 run check --no-cache proj
check "COLUMNS=60: matches wrapped-60.txt" matches wrapped-60.txt
check "COLUMNS=60: no header, help or note line wider than 60" python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
over = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if width(l) > 60 and " | " not in l]
assert not over, over
' "$work/stdout"
COLUMNS=60 run check --no-cache --format concise proj
check "COLUMNS: concise is never wrapped" matches concise.txt

# Colours: --color wins; in auto NO_COLOR (non-empty) turns them off, FORCE_COLOR (non-empty) on.
FORCE_COLOR=1 run check --no-cache proj
check "FORCE_COLOR=1: colour when not a terminal" has_escapes
check "FORCE_COLOR: the caret in the level's colour" grep -qF $'\e[1;33m^^^^^^^^^^\e[0m' "$work/stdout"
FORCE_COLOR= run check --no-cache proj
check "FORCE_COLOR empty: no colour" bash -c "! grep -q $'\e\\[' '$work/stdout'"
NO_COLOR=1 FORCE_COLOR=1 run check --no-cache proj
check "NO_COLOR beats FORCE_COLOR" bash -c "! grep -q $'\e\\[' '$work/stdout'"
NO_COLOR= FORCE_COLOR=1 run check --no-cache proj
check "NO_COLOR empty is not set" has_escapes
FORCE_COLOR=1 run check --no-cache --color never proj
check "--color never beats FORCE_COLOR" bash -c "! grep -q $'\e\\[' '$work/stdout'"
NO_COLOR=1 run check --no-cache --color always proj
check "--color always beats NO_COLOR" has_escapes
FORCE_COLOR=1 run check --no-cache --output report.txt proj
check "FORCE_COLOR: no colour in an --output file" bash -c "! grep -q $'\e\\[' report.txt"
check "--output: the full format" grep -q '^  = help: ' report.txt
NO_COLOR=1 run check --no-cache --color always --format concise proj
check "--color always: concise in colour too" has_escapes

# A cached result keeps no source: the frame is read from the file when the report is written.
run check --cache-dir "$work/cache" proj
first=$(cat "$work/stdout")
run check --cache-dir "$work/cache" --profile proj
check "cache: the second run is a cache hit" grep -qE 'cache hits?[: ]+1|1 cache hit' "$work/stderr"
check "cache: the same frames" [ "$(cat "$work/stdout")" = "$first" ]
check "cache: matches full.txt" matches full.txt

finish
