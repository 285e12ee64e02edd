#!/usr/bin/env bash
# Hostile input: every file in testdata/hostile/ plus generated ones (huge, deeply nested, odd names,
# symlink loops, unreadable, a directory named x.py, a path given twice). For each case platlint
# must exit with the documented code, analyse every other file, report the problem exactly once in
# the text output and as a SARIF toolExecutionNotification (and nowhere else), and write SARIF
# that the schema accepts.
#   tests/hostile_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: hostile_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"
chmod 755 "$work"  # the unreadable-file case may run platlint as an unprivileged user

good='f = open("/proc/mounts", encoding="utf-8")\n'  # PORT101 at 1:10 in every case's good.py
sarif_logs=()

# notices FILE.sarif: "kind<TAB>uri" per toolExecutionNotification.
notices() {
  python3 -c '
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
for n in run["invocations"][0]["toolExecutionNotifications"]:
    loc = n.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "")
    print(n["descriptor"]["id"] + "\t" + loc)' "$1"
}

# expect_case NAME EXIT KIND NOTICE_PATH ARGS...: runs platlint in case directory NAME (text and SARIF)
# and checks the exit status, good.py's finding, and exactly one notice of KIND for NOTICE_PATH
# (KIND "none": no notice at all).
expect_case() {
  local name=$1 want_exit=$2 kind=$3 path=$4
  shift 4
  (cd "$name" && "$platlint" check "$@" >"$work/$name.txt" 2>"$work/$name.err")
  local status=$?
  check "$name: exit $want_exit (got $status)" [ "$status" -eq "$want_exit" ]
  check "$name: good.py still analysed" grep -q '^good.py:1:10: PORT101 ' "$work/$name.txt"
  (cd "$name" && "$platlint" check --format sarif --output "$work/$name.sarif" "$@" 2>/dev/null)
  check "$name: same exit with --format sarif" [ $? -eq "$want_exit" ]
  sarif_logs+=("$work/$name.sarif")
  local text_notices sarif_notices
  text_notices=$(grep -c ': notice: ' "$work/$name.txt")
  sarif_notices=$(notices "$work/$name.sarif")
  if [[ $kind == none ]]; then
    check "$name: no notice in text" [ "$text_notices" -eq 0 ]
    check "$name: no SARIF notification" [ -z "$sarif_notices" ]
  else
    check "$name: one notice in text" [ "$text_notices" -eq 1 ]
    check "$name: the notice names the file" grep -qE "^$path(:[0-9]+:[0-9]+)?: notice: " "$work/$name.txt"
    check "$name: one SARIF notification" [ "$(printf '%s\n' "$sarif_notices" | wc -l)" -eq 1 ]
    check "$name: SARIF notification is $kind" grep -qF "$kind" <<<"$sarif_notices"
  fi
}

# new_case NAME: a directory with good.py.
new_case() {
  mkdir -p "$1"
  printf "$good" >"$1/good.py"
}

# Committed cases, each beside good.py.
declare -A kinds=(
  [empty.py]=none [bom_only.py]=none [invalid_utf8.py]=decoding-error [latin1_coding.py]=none
  [nul_bytes.py]=binary-file [binary.py]=binary-file [crlf.py]=none [lone_cr.py]=none
  [syntax_errors.py]=none [py313.py]=none)  # a syntax error is a PORT000 finding, not a notice
for f in "$repo"/testdata/hostile/*.py; do
  name=$(basename "$f")
  check "$name has an expectation here" [ -n "${kinds[$name]:-}" ]
  new_case "c_$name"
  cp "$f" "c_$name/"
  expect_case "c_$name" 1 "${kinds[$name]:-?}" "$name" .
done
# Findings the parser must still see in them, at the right place.
check "CRLF: line and column" grep -q '^crlf.py:3:10: PORT101' c_crlf.py.txt
check "lone CR ends lines, as in Python" grep -q '^lone_cr.py:3:10: PORT101' c_lone_cr.py.txt
# A fix that adds an import must see the docstring in a lone-CR file and end its line with '\r'.
printf '"""Doc."""\rf = "/dev/null"\r' >c_lone_cr.py/fix.py
"$platlint" check --fix c_lone_cr.py/fix.py >/dev/null 2>&1
check "lone CR: --fix puts the import after the docstring, with CR" python3 -c '
import sys
sys.exit(open("c_lone_cr.py/fix.py", "rb").read() != b"\"\"\"Doc.\"\"\"\rimport os\rf = os.devnull\r")'
check "Latin-1: column in code points" grep -q '^latin1_coding.py:2:22: PORT102' c_latin1_coding.py.txt
check "invalid UTF-8: rest still analysed" grep -q '^invalid_utf8.py:2:6: PORT102' c_invalid_utf8.py.txt
check "syntax errors: recovered code analysed" grep -q '^syntax_errors.py:6:10: PORT101' c_syntax_errors.py.txt
check "syntax errors: a PORT000 finding" grep -q '^syntax_errors.py:[0-9]*:[0-9]*: PORT000 \[syntax-error\] error: syntax error' c_syntax_errors.py.txt
check "Python 3.13 syntax: match arm analysed" grep -q '^py313.py:19:25: PORT101' c_py313.py.txt

# Generated: large and deeply nested files.
new_case big
python3 - <<'PY'
import os
line = 'value_%07d = compute("abcdefghijklmnopqrstuvwxyz", 12345)\n'
with open("big/big.py", "w") as f:
    n = 0
    while n < int(os.environ.get("PLATLINT_HOSTILE_BIG_MB", "20")) * 1024 * 1024:
        s = line % n
        f.write(s)
        n += len(s)
    f.write('f = open("/proc/cpuinfo", encoding="utf-8")\n')
open("big/lines", "w").write(str(sum(1 for _ in open("big/big.py"))))
PY
expect_case big 1 none big.py --max-file-size 0 .
check "${PLATLINT_HOSTILE_BIG_MB:-20} MB file: finding on its last line" grep -q "^big.py:$(cat big/lines):10: PORT102" big.txt
rm big/big.py

new_case nested
python3 - <<'PY'
open("nested/parens.py", "w").write("x = " + "(" * 10000 + '"/proc/mounts"' + ")" * 10000 + "\n")
open("nested/long_line.py", "w").write("x = [" + "1, " * 350000 + 'open("/proc/cpuinfo", encoding="utf-8")]\n')
PY
expect_case nested 1 none - .
check "10,000-deep parentheses analysed" grep -q '^parens.py:1:' nested.txt
check "1 MB line analysed" grep -qE '^long_line.py:1:[0-9]+: PORT102' nested.txt

new_case deep_if
python3 -c '
open("deep_if/deep_if.py", "w").write("".join(" " * i + "if x:\n" for i in range(5000)) + " " * 5000 + "pass\n")'
expect_case deep_if 1 syntax-error deep_if.py --max-file-size 0 .
check "5,000-deep if: refused, not crashed" grep -q 'deep_if.py: notice: skipped: indentation nests' deep_if.txt

# File names: spaces, a newline, non-ASCII, a leading dash, quotes and backslashes.
new_case names
for n in 'with space.py' $'new\nline.py' 'ünïcødé.py' '-dash.py' 'quote"back\slash.py' 'per%cent#hash?.py'; do
  printf "$good" >"names/$n"
done
expect_case names 1 none - .
check "space in name" grep -q '^with space.py:1:10: PORT101' names.txt
check "non-ASCII name" grep -q '^ünïcødé.py:1:10: PORT101' names.txt
check "leading dash" grep -q '^-dash.py:1:10: PORT101' names.txt
check "newline in name is escaped, not a line break" grep -qF '"new\nline.py":1:10: PORT101' names.txt
check "quote and backslash escaped" grep -qF '"quote\"back\\slash.py":1:10: PORT101' names.txt
check "every finding is one line" [ "$(grep -c 'PORT101' names.txt)" -eq 7 ]
check "SARIF URIs percent-encoded and relative" python3 -c '
import json, sys
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.load(open(sys.argv[1]))["runs"][0]["results"]}
want = {"good.py", "with%20space.py", "new%0Aline.py", "%C3%BCn%C3%AFc%C3%B8d%C3%A9.py", "-dash.py",
        "quote%22back%5Cslash.py", "per%25cent%23hash%3F.py"}
sys.exit(0 if uris == want else print(sorted(uris)) or 1)' names.sarif
(cd names && "$platlint" check -- -dash.py >"$work/dash.txt" 2>&1)
check "leading-dash file named after --" grep -q '^-dash.py:1:10: PORT101' dash.txt

# Symlinks: a loop named .py is reported; a link out of the root, a link to a directory (here one
# that would loop) and a dangling link are not followed.
new_case links
ln -s loop.py links/loop.py
ln -s "$work/outside.py" links/outside.py
printf "$good" >outside.py
ln -s .. links/up
ln -s missing.py links/dangling.py
expect_case links 1 unreadable-file loop.py .
check "link out of the root not followed" bash -c '! grep -q "^outside.py" links.txt'
check "one file analysed besides the loop" grep -q 'in 1 of 1 file' links.txt
(cd links && "$platlint" check --follow-symlinks . >"$work/follow.txt" 2>&1)
check "--follow-symlinks follows the link out of the root" grep -q '^outside.py:1:10: PORT101' follow.txt
check "--follow-symlinks: the directory loop ends" grep -q 'Found' follow.txt
(cd links && "$platlint" check loop.py >"$work/loop.txt" 2>&1)
check "a loop named on the command line: exit 2" [ $? -eq 2 ]
check "a loop named on the command line: says why" grep -q 'loop.py: too many levels of symbolic links' loop.txt

# A directory named x.py is a directory; a path given twice is one file.
new_case dir_py
mkdir dir_py/x.py
printf "$good" >dir_py/x.py/inner.py
expect_case dir_py 1 none - .
check "directory named x.py is walked" grep -q '^x.py/inner.py:1:10: PORT101' dir_py.txt
new_case twice
expect_case twice 1 none - good.py ./good.py good.py "$work/twice/good.py" .
check "a path given four times is analysed once" [ "$(grep -c PORT101 twice.txt)" -eq 1 ]

# Unreadable file. root reads anything, so as root the case runs as an unprivileged user if
# setpriv can switch to one, and is otherwise skipped with a message.
new_case unreadable
printf "$good" >unreadable/secret.py
chmod 000 unreadable/secret.py
as_user=()
if [[ $(id -u) -eq 0 ]]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
fi
if [[ $(id -u) -ne 0 || ${#as_user[@]} -gt 0 ]]; then
  real_platlint=$platlint
  cp "$real_platlint" "$work/platlint-copy" && chmod 755 "$work/platlint-copy"
  platlint_wrapper="$work/platlint-as-user"
  printf '#!/bin/sh\nexec %s %s "$@"\n' "${as_user[*]}" "$work/platlint-copy" >"$platlint_wrapper"
  chmod 755 "$platlint_wrapper"
  chmod -R o+rwX unreadable && chmod 000 unreadable/secret.py && chmod o+w "$work"
  platlint=$platlint_wrapper
  expect_case unreadable 1 unreadable-file secret.py .
  check "unreadable: says why" grep -q 'secret.py: notice: cannot read file: Permission denied' unreadable.txt
  platlint=$real_platlint
else
  echo "SKIP: unreadable file: running as root and setpriv cannot switch to an unprivileged user"
  (cd unreadable && "$platlint" check . >"$work/root.txt" 2>&1)
  check "as root, a chmod 000 file is simply analysed" grep -q '^secret.py:1:10: PORT101' root.txt
fi

# Every log above against the SARIF 2.1.0 schema.
"$repo/scripts/validate-sarif.sh" "${sarif_logs[@]}" >"$work/validate.txt" 2>&1
check "every SARIF log validates" [ $? -eq 0 ] || cat "$work/validate.txt" >&2
finish
