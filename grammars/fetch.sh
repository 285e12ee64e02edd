#!/usr/bin/env bash
# Fetches the tree-sitter runtime and the Python grammar with `npm pack`, verifies each tarball
# against the sha512 pinned in versions.env, and extracts it under DEST (outside git), keeping the
# verified tarball there as DEST/NAME-VERSION.tgz. Idempotent: a verified extraction is marked
# with a stamp and not fetched again.
# Without npm: a tarball already at hand is taken instead of `npm pack` (and verified the same
# way) from $PLATLINT_VENDOR_DIR, or from grammars/vendor/, where the source distribution of the
# Python package carries them (setup.py), so that building it needs no npm.
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
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$integrity" && -d "$out" && -f "$dest/$name-$version.tgz" ]]; then
    return 0
  fi
  local tmp tgz="" dir
  tmp=$(mktemp -d "$dest/.fetch.XXXXXX")
  for dir in ${PLATLINT_VENDOR_DIR:+"$PLATLINT_VENDOR_DIR"} "$here/vendor"; do
    if [[ -f "$dir/$name-$version.tgz" ]]; then
      cp "$dir/$name-$version.tgz" "$tmp/"
      tgz="$tmp/$name-$version.tgz"
      break
    fi
  done
  if [[ -z "$tgz" ]]; then
    (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
    tgz=$(ls "$tmp"/*.tgz)
  fi
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
  mv "$tgz" "$dest/$name-$version.tgz"
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
