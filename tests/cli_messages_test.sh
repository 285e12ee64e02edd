#!/usr/bin/env bash
# The command line's messages for people (issue 22): exit codes for paths that do not exist and
# paths with no files, syntax errors as PORT000 findings, help and usage errors without the
# argument library's internals, "did you mean", `platlint rule` in any case and format, and the
# small ones (a bad configuration said once, --diff-base, -o into /proc, --write-baseline, bare noqa).
#
#   tests/cli_messages_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: cli_messages_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"

mkdir -p proj empty docs-only
printf 'x = open("/proc/mounts", encoding="utf-8")\n' > proj/a.py
printf 'def f(:\n    pass\nx = open("/proc/mounts", encoding="utf-8")\n' > broken.py
printf 'x = 1\n' > clean_broken.py
printf 'def f(:\n    return 1\n' > unfinished.py
echo "notes" > docs-only/README.txt

# --- Paths: a missing one is an error before any analysis; no files is a warning, or exit 2 on request.
run check missing-dir proj/a.py
check "check: missing path is exit 2" [ "$status" -eq 2 ]
check "check: missing path is an error: naming it" grep -q '^platlint: error: missing-dir: no such file or directory$' "$work/stderr"
check "check: missing path: no report at all" [ ! -s "$work/stdout" ]
run inventory missing-dir
check "inventory: missing path is exit 2 before any report" bash -c "[ $status -eq 2 ] && [ ! -s '$work/stdout' ] &&
  grep -q '^platlint: error: missing-dir: no such file or directory' '$work/stderr'"
run check --target linux macos proj
check "a second value after --target is a path, and a missing one fails" bash -c "[ $status -eq 2 ] &&
  grep -q '^platlint: error: macos: no such file or directory' '$work/stderr' && [ ! -s '$work/stdout' ] &&
  grep -q \"^platlint: 'macos' is a platform, not a path: list several targets with commas, e.g. --target linux,macos\" '$work/stderr'"
run check --target linux,macos --select PORT1 --select PORT2 proj
check "comma lists and repeated list options" bash -c "[ $status -eq 1 ] && grep -q 'PORT101' '$work/stdout'"
run check empty docs-only
check "no Python files: a warning naming the paths, exit 0" bash -c "[ $status -eq 0 ] &&
  grep -q '^platlint: warning: no Python files found under empty, docs-only' '$work/stderr'"
run check --fail-on-empty empty
check "--fail-on-empty: no Python files is an error, exit 2, no report" bash -c "[ $status -eq 2 ] && [ ! -s '$work/stdout' ] &&
  grep -q '^platlint: error: no Python files found under empty' '$work/stderr'"
run check --fail-on-empty proj
check "--fail-on-empty with files: the usual exit" [ "$status" -eq 1 ]
run inventory --fail-on-empty empty
check "inventory --fail-on-empty: exit 2" [ "$status" -eq 2 ]

# --- Syntax errors are PORT000 findings (level error), and the rest of the file is analysed.
run check broken.py
check "syntax error: PORT000 at the error" grep -q '^broken.py:1:7: PORT000 \[syntax-error\] error: syntax error' "$work/stdout"
check "syntax error: the recovered rest still analysed" grep -q '^broken.py:3:10: PORT101' "$work/stdout"
run check clean_broken.py unfinished.py
check "a file whose only problem is a syntax error exits 1" bash -c "[ $status -eq 1 ] && grep -q '^unfinished.py:1:.*PORT000' '$work/stdout'"
run check --fail-on error unfinished.py
check "PORT000 is an error: --fail-on error still fails" [ "$status" -eq 1 ]
run check --ignore PORT000 unfinished.py
check "--ignore PORT000: exit 0, a notice instead" bash -c "[ $status -eq 0 ] && grep -q 'unfinished.py:1:.*syntax error' '$work/stdout'"
run check --format json unfinished.py
check "json: PORT000 finding at level error" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert [(f["rule"], f["level"]) for f in d["findings"]] == [("PORT000", "error")], d["findings"]' "$work/stdout"

# --- Help and usage errors in plain words.
run check --help
check "help: no argument-library internals" bash -c "! grep -qE 'ENUM|TEXT|\{false\}|\{true\}|->|UINT|FLOAT|INT ' '$work/stdout'"
check "help: value names" bash -c "grep -qE -- '--format(,--output-format)? FORMAT' '$work/stdout' && grep -qE -- '--jobs N' '$work/stdout' &&
  grep -qE -- '--no-respect-gitignore  ' '$work/stdout' && grep -qE -- '--select RULES  .*comma-separated \(repeatable\)' '$work/stdout'"
check "help: --fail-on-empty documented" grep -q -- '--fail-on-empty' "$work/stdout"
run check --jobs -1 proj
check "--jobs -1: a sentence" bash -c "[ $status -eq 2 ] &&
  grep -q \"^platlint: error: --jobs must be 0 (all cores) or a positive whole number, not '-1'\" '$work/stderr' &&
  ! grep -q '1797' '$work/stderr'"
run check --jobs many proj
check "--jobs many: the same sentence" grep -q "^platlint: error: --jobs must be 0 (all cores) or a positive whole number, not 'many'" "$work/stderr"
run check --format xml proj
check "--format xml: the formats listed" bash -c "[ $status -eq 2 ] &&
  grep -q \"^platlint: error: --format must be text, concise, json, sarif, html, github or gerrit, not 'xml'\" '$work/stderr'"
run check --format JSON proj
check "--format in any case" bash -c "[ $status -eq 1 ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' '$work/stdout'"
run check --file-timeout 0 proj
check "--file-timeout 0: a sentence" grep -q "^platlint: error: --file-timeout must be a positive number of seconds, not '0'" "$work/stderr"
# --max-file-size: a larger file is not read, said as a notice (not a finding, exit 0 without findings).
mkdir -p big
{ printf 'x = open("/proc/mounts", encoding="utf-8")\n'; for _ in $(seq 1 30000); do printf 'DATA = "%s"\n' 0123456789012345678901234567890123; done; } > big/generated.py
run check --max-file-size 1 --format json big
check "--max-file-size: a larger file is skipped with a notice" bash -c "[ $status -eq 0 ] &&
  grep -q '^platlint: big/generated.py: not analysed: 1.3 MB is more than --max-file-size (1.0 MB)' '$work/stderr' &&
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"findings\"] == [] and d[\"notices\"][0][\"kind\"] == \"file-too-large\"' '$work/stdout'"
run check --max-file-size 0 big
check "--max-file-size 0: no limit" bash -c "[ $status -eq 1 ] && grep -q 'PORT101' '$work/stdout'"
run check big
check "--max-file-size: 5 MB by default" bash -c "[ $status -eq 1 ] && grep -q 'PORT101' '$work/stdout'"
run check --max-file-size -1 big
check "--max-file-size -1: a sentence" grep -q "^platlint: error: --max-file-size must be a number of megabytes (0: no limit), not '-1'" "$work/stderr"
run check --selct PORT1 proj
check "did you mean an option" bash -c "[ $status -eq 2 ] && grep -q '^platlint: error: unknown option --selct (did you mean --select?)' '$work/stderr' &&
  grep -q 'platlint check --help' '$work/stderr'"
run check --frobnicate proj
check "no suggestion for a far name" bash -c "grep -q '^platlint: error: unknown option --frobnicate$' '$work/stderr'"
run chek proj
check "did you mean a command" bash -c "[ $status -eq 2 ] && grep -q \"^platlint: error: unknown command 'chek' (did you mean check?)\" '$work/stderr'"
run
check "no command: the commands listed" bash -c "[ $status -eq 2 ] && grep -q 'no command given' '$work/stderr' &&
  grep -q 'the commands are check, config, rule, inventory, merge-sarif, server or version' '$work/stderr'"
run check --format
check "an option without its value" grep -q '^platlint: error: --format needs a value' "$work/stderr"

# --- platlint rule: any case, a heading, --format with or without an id.
run rule port101
check "rule: any case, heading with id and name" bash -c "[ $status -eq 0 ] && head -n 1 '$work/stdout' | grep -q '^PORT101  proc-mounts (warning)$'"
run rule PROC-MOUNTS
check "rule: a name in any case" grep -q '^PORT101  proc-mounts' "$work/stdout"
run rule --format markdown port101
check "rule --format markdown ID: a Markdown heading" bash -c "head -n 1 '$work/stdout' | grep -q '^# PORT101 \`proc-mounts\`$' && grep -q '^## What it does' '$work/stdout'"
run rule --format markdown
check "rule --format markdown: the list as a table" bash -c "[ $status -eq 0 ] && head -n 1 '$work/stdout' | grep -q '^| id | name | level | summary |$' &&
  grep -q '^| PORT000 | \`syntax-error\` | error |' '$work/stdout'"
run rule --format json port000
check "rule --format json ID: one object" python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["id"] == "PORT000"' "$work/stdout"
run rule PORT1O1
check "rule: unknown id, did you mean" bash -c "[ $status -eq 2 ] && grep -q 'did you mean PORT101?' '$work/stderr'"

# --- The small ones.
mkdir -p badcfg
printf 'x = 1\n' > badcfg/m.py
printf '[tool.platlint]\ntarget = "plan9"\n' > badcfg/pyproject.toml
run check badcfg
check "a bad configuration value is said once" bash -c "[ $status -eq 2 ] && [ \$(grep -c 'plan9' '$work/stderr') -eq 1 ]"

git init -q repo && printf 'x = 1\n' > repo/a.py && git -C repo add a.py &&
  git -C repo -c user.email=t@example.com -c user.name=t commit -qm init
(cd repo && "$platlint" check --diff-base no-such-ref . >"$work/stdout" 2>"$work/stderr"); status=$?
check "--diff-base with an unknown ref: a whole sentence" bash -c "[ $status -eq 2 ] &&
  grep -q \"^platlint: error: --diff-base no-such-ref: unknown revision 'no-such-ref' (in a shallow CI checkout, fetch it first)$\" '$work/stderr'"

run check -o /proc/version proj
check "-o /proc/version: cannot be written, and why" bash -c "[ $status -eq 2 ] &&
  grep -q '^platlint: error: cannot write /proc/version: no file can be created in /proc' '$work/stderr'"
run check -o missing-dir/report.txt proj
check "-o into a missing directory: says the directory does not exist" \
  grep -q '^platlint: error: cannot write missing-dir/report.txt: the directory missing-dir does not exist' "$work/stderr"

run check --write-baseline base.json proj broken.py
check "--write-baseline: one summary line, no findings printed" bash -c "[ $status -eq 0 ] && [ ! -s '$work/stdout' ] &&
  grep -q '^platlint: wrote 3 findings to the baseline base.json$' '$work/stderr' && ! grep -q PORT101 '$work/stderr'"

mkdir -p noqa
printf 'import os\nx = open("/proc/mounts")  # noqa\ny = os.fork()  # noqa\nz = os.fork()  # noqa: E501\nw = os.fork()  # noqa: PORT402\n' > noqa/n.py
run check --select PORT101,PORT402 noqa
check "bare noqa: still not a suppression" bash -c "[ $status -eq 1 ] && grep -q '^noqa/n.py:2:' '$work/stdout' && grep -q '^noqa/n.py:3:' '$work/stdout'"
check "bare noqa: one note for the run" bash -c "[ \$(grep -c 'bare' '$work/stderr') -eq 1 ] &&
  grep -q '^platlint: note: 2 findings are on lines with a bare \`# noqa\` (in 1 file), which platlint ignores: it reads \`# noqa: PORTxxx\` or \`# platlint: ignore\[PORTxxx\]\`' '$work/stderr'"
run check proj
check "no bare noqa: no note" bash -c "! grep -q 'noqa' '$work/stderr'"

# --- A missing positional argument is named with the command's usage.
run merge-sarif only-output.sarif
check "merge-sarif without inputs: what is missing, and the usage" bash -c "[ $status -eq 2 ] &&
  grep -q '^platlint: error: merge-sarif needs inputs (usage: platlint merge-sarif \\[OPTIONS\\] output inputs...)' '$work/stderr'"

finish
