#!/usr/bin/env bash
# A clone must build, run and pass its tests with nothing beside it: no tracked file may read or
# link the folder beside the repository that a developer's machine happens to have. The pattern is
# written as a regular expression so that this file does not match itself.
#   tests/self_contained_test.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
pattern='\.\./shared'
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files | wc -l)
  hits=$(git grep -n -I -e "$pattern" || true)
else
  # A source tarball: every file but build trees and installed tools.
  files=$(find . -type f -not -path './build*' -not -path './.tools/*' | wc -l)
  hits=$(grep -rnI -e "$pattern" --exclude-dir='build*' --exclude-dir=.tools . || true)
fi
if [[ "$files" -eq 0 ]]; then
  echo "FAIL: found no files to search under $repo" >&2
  exit 1
fi
if [[ -n "$hits" ]]; then
  echo "FAIL: these files reach outside the repository:" >&2
  printf '%s\n' "$hits" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
echo "searched $files files: none reaches outside the repository"
echo "1 passed, 0 failed"
