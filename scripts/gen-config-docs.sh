#!/usr/bin/env bash
# Writes the settings reference of docs/configuration.md (between its `settings-reference`
# markers) from the table of settings compiled into platlint (`platlint config --reference`).
# With --check, changes nothing and fails when the file is stale.
#   scripts/gen-config-docs.sh PLATLINT_BINARY [--check]
set -euo pipefail
platlint=${1:?usage: gen-config-docs.sh PLATLINT_BINARY [--check]}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
doc="$repo/docs/configuration.md"
generated=$(mktemp)
trap 'rm -f "$generated"' EXIT
"$platlint" config --reference >"$generated.section"
python3 - "$doc" "$generated.section" >"$generated" <<'PY'
import sys
doc, section = open(sys.argv[1]).read(), open(sys.argv[2]).read()
begin, end = "<!-- settings-reference:begin -->\n", "<!-- settings-reference:end -->\n"
if begin not in doc or end not in doc:
    sys.exit(f"{sys.argv[1]}: the settings-reference markers are missing")
head, rest = doc.split(begin, 1)
_, tail = rest.split(end, 1)
sys.stdout.write(head + begin + "\n" + section + end + tail)
PY
rm -f "$generated.section"
if [[ "${2:-}" == --check ]]; then
  if ! diff -u "$doc" "$generated"; then
    echo "FAIL: docs/configuration.md's settings reference is stale; run scripts/gen-config-docs.sh build/platlint" >&2
    exit 1
  fi
  echo "settings reference: up to date"
else
  cp "$generated" "$doc"
fi
