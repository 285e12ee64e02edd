#!/usr/bin/env bash
# Fetches typeshed (pinned pyright, verified by grammars/fetch.sh) and regenerates the stdlib
# availability table, or with --check verifies that the committed table is what it generates.
#   regenerate.sh [--check] GENERATOR DEPS_DIR TABLE
set -euo pipefail
check=0
if [[ "${1:-}" == --check ]]; then
  check=1
  shift
fi
generator=${1:?usage: regenerate.sh [--check] GENERATOR DEPS_DIR TABLE}
deps=${2:?usage: regenerate.sh [--check] GENERATOR DEPS_DIR TABLE}
table=${3:?usage: regenerate.sh [--check] GENERATOR DEPS_DIR TABLE}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../grammars/versions.env
source "$repo/grammars/versions.env"

bash "$repo/grammars/fetch.sh" "$deps" --typeshed
package="$deps/pyright-$PYRIGHT_VERSION"

if [[ $check == 0 ]]; then
  "$generator" "$package" "$table"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$generator" "$package" "$tmp/stdlib_availability.inc"
if ! diff -u "$table" "$tmp/stdlib_availability.inc" >"$tmp/diff"; then
  head -n 60 "$tmp/diff" >&2
  echo "FAIL: $table is not what typeshed from pyright $PYRIGHT_VERSION generates;" \
       "run \`ninja -C build regenerate-availability\`" >&2
  exit 1
fi
echo "availability table reproduces from pyright $PYRIGHT_VERSION"
