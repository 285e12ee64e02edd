#!/usr/bin/env bash
# Fetches the tree-sitter runtime and the Python grammar with `npm pack`, verifies each tarball
# against the sha512 pinned in versions.env, and extracts it under DEST (outside git).
# Idempotent: a verified extraction is marked with a stamp and not fetched again.
#   fetch.sh DEST               tree-sitter and tree-sitter-python (what every build needs)
#   fetch.sh DEST --typeshed    only pyright, whose dist/typeshed-fallback holds typeshed's stdlib
#                               stubs; used to regenerate analyzer/semantic/stdlib_availability.inc
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:?usage: fetch.sh DEST_DIR [--typeshed]}
what=${2:-}
if [[ -n "$what" && "$what" != --typeshed ]]; then
  echo "usage: fetch.sh DEST_DIR [--typeshed]" >&2
  exit 2
fi
# shellcheck source=versions.env
source "$here/versions.env"
mkdir -p "$dest"

fetch_one() {
  local name=$1 version=$2 integrity=$3
  local out="$dest/$name-$version" stamp="$dest/$name-$version.verified"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$integrity" && -d "$out" ]]; then
    return 0
  fi
  local tmp
  tmp=$(mktemp -d "$dest/.fetch.XXXXXX")
  (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
  local tgz
  tgz=$(ls "$tmp"/*.tgz)
  local actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "fetch.sh: integrity mismatch for $name@$version" >&2
    echo "  expected $integrity" >&2
    echo "  actual   $actual" >&2
    rm -rf "$tmp"
    exit 1
  fi
  tar -xzf "$tgz" -C "$tmp"
  rm -rf "$out"
  mv "$tmp/package" "$out"
  rm -rf "$tmp"
  echo "$integrity" > "$stamp"
  echo "fetch.sh: $name@$version verified and extracted to $out" >&2
}

if [[ "$what" == --typeshed ]]; then
  fetch_one pyright "$PYRIGHT_VERSION" "$PYRIGHT_INTEGRITY"
  exit 0
fi
fetch_one tree-sitter "$TREE_SITTER_VERSION" "$TREE_SITTER_INTEGRITY"
fetch_one tree-sitter-python "$TREE_SITTER_PYTHON_VERSION" "$TREE_SITTER_PYTHON_INTEGRITY"
