#!/usr/bin/env bash
# PORT507 across files: the project pass joins the helpers a file summarises (CommandHelper facts)
# with the calls other files make of the project's functions (ProjectCall facts). The tree
# testdata/projects/command-helpers carries `# expect:`/`# ok:` lines as rule fixtures do; checked
# analysed afresh, from the result cache (the facts must survive it), with the rule deselected, and
# for one file alone (its helpers' file unseen: nothing to join).
#   tests/command_helpers_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: command_helpers_test.sh PLATLINT_BINARY}")
source "$(dirname "$0")/cli_lib.sh"
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$repo/testdata/projects/command-helpers" "$work/tree"

# Every finding on a line that expects it and every expectation met, for the rules the lines name;
# each PORT507 finding relates the helper's run in shop/util.py. Prints the mismatches.
mismatches() {
  python3 - "$work/tree" "$work/stdout" <<'PY'
import json, pathlib, re, sys
root, report = pathlib.Path(sys.argv[1]), json.load(open(sys.argv[2]))
expected, named = set(), set()
for path in sorted(root.rglob("*.py")):
    for number, text in enumerate(path.read_text().splitlines(), 1):
        for kind, ids in re.findall(r"# (expect|ok): ((?:PORT\d+(?:, )?)+)", text):
            for rule in ids.split(", "):
                named.add(rule)
                if kind == "expect":
                    expected.add((str(path.relative_to(root)), number, rule))
found = set()
for f in report["findings"]:
    if f["rule"] not in named:
        continue
    found.add((f["path"].removeprefix("./"), f["start"]["line"], f["rule"]))
    if f["rule"] == "PORT507" and not any(r.get("path", "").endswith("shop/util.py") for r in f.get("related", [])):
        print("no related run in shop/util.py:", f["path"], f["start"]["line"])
for item in sorted(found - expected):
    print("unexpected:", *item)
for item in sorted(expected - found):
    print("missing:", *item)
PY
}

cd "$work/tree"
run check --format json --no-cache .
check "findings: exit status 1" test "$status" -eq 1
check "the tree's expect and ok lines, analysed afresh" test -z "$(mismatches)"
mismatches
run check --format json --cache-dir "$work/cache" .
run check --format json --cache-dir "$work/cache" .
check "the same from the result cache" test -z "$(mismatches)"
mismatches
run check --format json --no-cache --ignore PORT507 .
check "nothing with the rule deselected" test -z "$(grep -o '"PORT507"' "$work/stdout")"
run check --format json --no-cache shop/sources.py
check "nothing for the calling file alone" test -z "$(grep -o '"PORT507"' "$work/stdout")"
finish
