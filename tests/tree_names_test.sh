#!/usr/bin/env bash
# PORT808-810 over the paths of a tree: a git repository built here (tracked files only, ignores and
# --exclude honoured) with names Windows cannot create, paths that differ only in case and a path
# longer than MAX_PATH; the same in a directory that is not a git work tree; targets, selection,
# per-file-ignores, the formats that show a finding without a region, the inventory; and nothing in
# this project's own tree.
#   tests/tree_names_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: tree_names_test.sh PLATLINT_BINARY}")
source "$(dirname "$0")/cli_lib.sh"
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# "path RULE" for every PORT808-810 finding of the JSON report, after checking it has no region.
tree_findings() {
  python3 -c '
import json, sys
for f in json.load(sys.stdin)["findings"]:
    if f["rule"] in ("PORT808", "PORT809", "PORT810"):
        assert f["start"] == {"line": 0, "column": 0}, f
        print(f["path"], f["rule"])
' <"$work/stdout" || echo "unreadable JSON report"
}

# The tree: 22 directories of 12 characters each make a 286-character path.
long_dir=$(printf 'directory%02d/' $(seq 1 22))
long_dir=${long_dir%/}
make_tree() {
  local root=$1
  mkdir -p "$root/src" "$root/con" "$root/Docs" "$root/docs" "$root/vendor" "$root/$long_dir" "$root/build"
  printf 'import os\n' >"$root/src/app.py"
  printf 'x = 1\n' >"$root/aux.py"
  printf 'y = 2\n' >"$root/con/x.py"
  printf 'a\n' >"$root/a:b.txt"
  printf '# one\n' >"$root/README.md"
  printf '# two\n' >"$root/readme.md"
  printf 'a\n' >"$root/Docs/a.txt"
  printf 'b\n' >"$root/docs/b.txt"
  printf 'c\n' >"$root/vendor/prn.h"
  printf 'deep\n' >"$root/$long_dir/data.json"
  printf 'fine\n' >"$root/src/Readme.txt"  # another directory: no collision with README.md
  printf 'build/\n' >"$root/.gitignore"
  printf 'ignored\n' >"$root/build/com1.txt"
}

git_repo="$work/git-repo"
make_tree "$git_repo"
git -C "$git_repo" init -q
git -C "$git_repo" add -A
git -C "$git_repo" -c user.name=t -c user.email=t@example.invalid commit -qm tree
printf 'untracked\n' >"$git_repo/nul.txt"  # not tracked: a checkout never creates it

expected_git="Docs PORT809
README.md PORT809
$long_dir PORT810
a:b.txt PORT808
aux.py PORT808
con PORT808
vendor/prn.h PORT808"

cd "$git_repo"
run check --format json .
check "git tree: exit 1 with findings" test "$status" -eq 1
check "git tree: exactly the tracked names that break" test "$(tree_findings)" = "$(sort <<<"$expected_git")"
check "the long path's message gives its length and core.longpaths" \
  grep -q 'has a path of 263 characters from the root of the tree.*core.longpaths' "$work/stdout"
check "the colliding files are one finding, the other as a related path" python3 -c '
import json, sys
f = [f for f in json.load(open(sys.argv[1]))["findings"] if f["path"] == "README.md"][0]
assert [r["path"] for r in f["related"]] == ["readme.md"], f
assert "`README.md` and `readme.md` differ only in letter case" in f["message"], f
' "$work/stdout"
check "a reserved directory is reported once, not the file below it" \
  python3 -c 'import json,sys; fs=json.load(open(sys.argv[1]))["findings"]; assert not [f for f in fs if f["path"].startswith("con/") and f["rule"] == "PORT808"]' "$work/stdout"

run check --format json src
check "a subdirectory: only its own paths" test -z "$(tree_findings)"

run check --format json --exclude vendor .
check "--exclude leaves the excluded paths out" test "$(tree_findings)" = "$(grep -v vendor <<<"$expected_git" | sort)"

run check --format json --target linux .
check "--target linux reports none" test -z "$(tree_findings)"
run check --format json --target macos .
check "--target macos reports the case collisions only" test "$(tree_findings)" = "$(grep PORT809 <<<"$expected_git" | sort)"
run check --format json --ignore PORT808 .
check "--ignore PORT808" test "$(tree_findings)" = "$(grep -v PORT808 <<<"$expected_git" | sort)"
run check --format json --select PORT810 .
check "--select PORT810" test "$(tree_findings)" = "$long_dir PORT810"

printf '[tool.platlint.per-file-ignores]\n"aux.py" = ["PORT808"]\n"vendor/*" = ["PORT8"]\n' >pyproject.toml
run check --format json .
check "per-file-ignores" test "$(tree_findings)" = "$(grep -v 'aux.py\|vendor' <<<"$expected_git" | sort)"
rm pyproject.toml

# A review reports the paths of the change (a staged file is tracked); shards split the paths.
printf 'x\n' >lpt1.txt
git add lpt1.txt
run check --format json --diff-base HEAD .
check "review: only the changed path" test "$(tree_findings)" = "lpt1.txt PORT808"
git rm -q --cached lpt1.txt && rm lpt1.txt
run check --format json --shard 1/2 .
first=$(tree_findings)
run check --format json --shard 2/2 .
second=$(tree_findings)
check "shards: every path in exactly one shard" \
  test "$(printf '%s\n%s\n' "$first" "$second" | sed '/^$/d' | sort)" = "$(sort <<<"$expected_git")"

run check --format concise .
check "concise: the path without a line" grep -q '^aux.py: PORT808 the file `aux.py`: `AUX` names a device on Windows' "$work/stdout"
check "concise: the platforms it breaks on" grep -q '^aux.py: PORT808 .*; rename it (breaks on windows)$' "$work/stdout"
check "concise: the summary counts the other paths" grep -q ' in 1 of 3 files and 6 other paths\.$' "$work/stdout"
check "concise: the related path" grep -q '^    also at readme.md: differs only in letter case from `README.md`' "$work/stdout"

run check .
check "text: the path without a line, its platforms, no code frame" \
  grep -A1 '^aux.py: PORT808 \[windows-reserved-file-name\] warning: the file `aux.py`: `AUX` names a device on Windows.* (breaks on windows)$' "$work/stdout"
check "text: no frame for a path" bash -c "! grep -A1 '^aux.py: PORT808' '$work/stdout' | grep -q ' | '"
check "text: the advice" grep -q '^  = help: Rename it$' "$work/stdout"
check "text: the summary counts the other paths" grep -q ' in 1 of 3 files and 6 other paths\.$' "$work/stdout"
check "text: the related path" grep -q '^  = note: also at readme.md: differs only in letter case from `README.md`' "$work/stdout"

run check --format sarif .
check "SARIF: a location without a region, related locations on other paths" python3 -c '
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
tree = [r for r in results if r["ruleId"] in ("PORT808", "PORT809", "PORT810")]
assert len(tree) == 7, len(tree)
for r in tree:
    physical = r["locations"][0]["physicalLocation"]
    assert "region" not in physical and physical["artifactLocation"]["uri"], r
readme = [r for r in tree if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "README.md"][0]
related = readme["relatedLocations"][0]["physicalLocation"]
assert related["artifactLocation"]["uri"] == "readme.md" and "region" not in related, readme
' "$work/stdout"

run check --format github .
check "github: a file annotation without a line" grep -q '^::warning file=aux.py,title=PORT808' "$work/stdout"
run check --format gerrit .
check "gerrit: a file comment without a line" python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["aux.py"][0]
assert "line" not in c and "range" not in c and c["message"].startswith("PORT808"), c
' "$work/stdout"

run inventory --format json .
check "inventory: the tree problems" python3 -c '
import json, sys
problems = json.load(open(sys.argv[1]))["tree_problems"]
got = sorted("%s %s" % (p["path"], p["rule"]) for p in problems)
assert got == sorted(sys.argv[2].splitlines()), got
' "$work/stdout" "$expected_git"

# The same tree outside git: every file under the directory counts, untracked ones too, ignores of
# git do not apply.
plain="$work/plain"
make_tree "$plain"
printf 'not tracked anywhere\n' >"$plain/nul.txt"
cd "$plain"
run check --format json .
check "not a git tree: every file counts" test "$(tree_findings)" = "$(sort <<<"$expected_git
build/com1.txt PORT808
nul.txt PORT808")"
cd "$work"
run check --format json plain/aux.py
check "a file named alone" test "$(tree_findings)" = "plain/aux.py PORT808"

# This project's own tree can be checked out anywhere. Its names, as empty files (the sources
# themselves would take the C/C++ front end minutes): what git tracks, else what is not built.
self="$work/self"
mkdir "$self"
{ git -C "$repo" ls-files -z 2>/dev/null ||
  (cd "$repo" && find . -type f -not -path './.git/*' -not -path './build*' -not -path './.deps/*' -printf '%P\0'); } |
  while IFS= read -r -d '' name; do
    mkdir -p "$self/$(dirname "$name")" && : >"$self/$name"
  done
check "the copy of this project's tree has its files" test -f "$self/analyzer/lint/project_check.h"
cd "$work"
run check --format json --no-cache --select PORT808,PORT809,PORT810 self
check "nothing in this project's own tree" test -z "$(tree_findings)"
finish
