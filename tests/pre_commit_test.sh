#!/usr/bin/env bash
# platlint as a pre-commit hook, with Debian's real `pre-commit`: a commit that adds a Linux-only
# assumption is rejected with platlint's message, the fixed commit passes. Both ways of wiring
# it: a `repo: local` hook pointing at the built binary, and the `language: system` hooks of this
# repository's .pre-commit-hooks.yaml consumed as a hooks repository (from a local clone: no
# network). The hooks that install platlint themselves (`language: python`) build a wheel:
# scripts/test-install.sh tests them.
#
#   tests/pre_commit_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: pre_commit_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v pre-commit >/dev/null; then
  echo "pre-commit is not installed (Debian package pre-commit; scripts/setup.sh installs it)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$repo/tests/cli_lib.sh"
export PRE_COMMIT_HOME="$work/pre-commit-cache"  # never the user's cache
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid \
       GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid

new_project() {  # new_project DIR CONFIG_TEXT
  mkdir -p "$1" && cd "$1" || exit 1
  git init -q -b main .
  printf '%s' "$2" > .pre-commit-config.yaml
  printf 'platlint.sarif\n' > .gitignore
  git add .pre-commit-config.yaml .gitignore && git commit -q --no-verify -m "pre-commit config"
  pre-commit install >/dev/null
}

commit() {  # commit MESSAGE: sets $status and $out
  out=$(git commit -m "$1" 2>&1)
  status=$?
}

linux_only='def mounts():\n    return open("/proc/mounts", encoding="utf-8").read()\n'
portable='import psutil\n\ndef mounts():\n    return psutil.disk_partitions()\n'

# --- repo: local, the built binary ---------------------------------------------------------------
new_project "$work/local" "repos:
- repo: local
  hooks:
  - id: platlint
    name: platlint
    entry: $platlint check
    language: system
    types_or: [python, pyi]
    require_serial: true
"
printf "$linux_only" > disks.py
printf 'This text mentions /proc/mounts but is not Python.\n' > notes.txt
git add disks.py notes.txt
commit "read mounts"
check "local hook: Linux-only code is rejected" [ "$status" -ne 0 ]
check "local hook: platlint's message is shown" grep -q 'disks.py:2:17: PORT101 \[proc-mounts\] warning: reads `/proc/mounts`, which exists only on Linux' <<<"$out"
check "local hook: with the source line" grep -q '^2 |     return open("/proc/mounts"' <<<"$out"
check "local hook: nothing was committed" [ "$(git rev-list --count HEAD)" -eq 1 ]
check "local hook: only Python files are passed" bash -c "! grep -q 'notes.txt' <<<\"\$1\"" _ "$out"
printf "$portable" > disks.py
git add disks.py
commit "read mounts portably"
check "local hook: the fixed commit passes" [ "$status" -eq 0 ]
check "local hook: the commit exists" [ "$(git rev-list --count HEAD)" -eq 2 ]

# --- this repository's .pre-commit-hooks.yaml ---------------------------------------------------
# A hooks repository is used at a commit; commit the hook definitions as they are in this tree.
hooks="$work/platlint-hooks"
mkdir -p "$hooks" && cp "$repo/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q -b main && git -C "$hooks" add . && git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)
mkdir -p "$work/bin" && ln -s "$platlint" "$work/bin/platlint"
export PATH="$work/bin:$PATH"  # language: system runs `platlint` from PATH

new_project "$work/consumer" "repos:
- repo: $hooks
  rev: $rev
  hooks:
  - id: platlint-system
  - id: platlint-sarif-system
"
mkdir -p pkg
printf "$linux_only" > pkg/disks.py
printf 'import os\n\ndef child() -> int: ...\n' > pkg/stub.pyi
git add pkg
commit "read mounts"
check "hooks repository: Linux-only code is rejected" [ "$status" -ne 0 ]
check "hooks repository: platlint's message is shown" grep -q 'pkg/disks.py:2:17: PORT101 ' <<<"$out"
check "hooks repository: the SARIF hook says where the findings went" grep -q 'platlint: 1 finding written to platlint.sarif' <<<"$out"
check "hooks repository: the SARIF file has the finding" grep -q '"ruleId": "PORT101"' platlint.sarif
check "hooks repository: SARIF validates" bash "$repo/scripts/validate-sarif.sh" platlint.sarif
printf "$portable" > pkg/disks.py
git add pkg
commit "read mounts portably"
check "hooks repository: the fixed commit passes" [ "$status" -eq 0 ]
check "hooks repository: both hooks ran" bash -c "[ \"\$(grep -c 'Passed' <<<\"\$1\")\" -eq 2 ]" _ "$out"

# --- the C/C++ hook -------------------------------------------------------------------------------
if [ -f "$(dirname "$platlint")/platlint-cfamily.so" ]; then
  new_project "$work/c-consumer" "repos:
- repo: $hooks
  rev: $rev
  hooks:
  - id: platlint-c-system
"
  printf '#include <sys/epoll.h>\nint poller(void) { return epoll_create1(0); }\n' > native.c
  printf 'This text mentions /proc/mounts but is not C.\n' > notes.txt
  git add native.c notes.txt
  commit "an epoll poller"
  check "C hook: Linux-only C is rejected" [ "$status" -ne 0 ]
  check "C hook: platlint's message is shown" grep -q 'native.c:1:10: PORT410 ' <<<"$out"
  check "C hook: only C files are passed" bash -c "! grep -q 'notes.txt' <<<\"\$1\"" _ "$out"
  printf '#ifdef __linux__\n#include <sys/epoll.h>\n#endif\nint poller(void) { return 0; }\n' > native.c
  git add native.c
  commit "a guarded poller"
  check "C hook: the fixed commit passes" [ "$status" -eq 0 ]
else
  echo "SKIPPED: the C/C++ hook (this platlint was built without the C/C++ front end)"
fi

finish
