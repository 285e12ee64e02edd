#!/usr/bin/env bash
# The committed docs/rules pages must be what scripts/gen-rule-docs.sh generates from the rules
# compiled into platlint (every SARIF helpUri points at one of them).
#   tests/rule_docs_test.sh PLATLINT_BINARY
set -euo pipefail
platlint=${1:?usage: rule_docs_test.sh PLATLINT_BINARY}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$repo/scripts/gen-rule-docs.sh" "$platlint" "$tmp"
if ! diff -ru "$repo/docs/rules" "$tmp"; then
  echo "FAIL: docs/rules is stale; run scripts/gen-rule-docs.sh build/platlint" >&2
  exit 1
fi
echo "$(ls "$tmp" | wc -l) passed, 0 failed"
