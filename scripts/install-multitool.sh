#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (pinned, self-contained Linux build: no .NET runtime needed)
# into the git-ignored .tools/multitool, for the SARIF conformance test and for the SARIF 2.1.0
# JSON schema the package ships (sarif-2.1.0.json, draft 2020-12), which scripts/validate-sarif.sh
# validates against.
#   scripts/install-multitool.sh            prints the path of the Multitool executable
#   scripts/install-multitool.sh --schema   prints the path of the verified schema
#
# The version and integrity hashes are pinned by scripts/multitool/package-lock.json (see
# scripts/npm_pinned.sh); `npm ci` installs exactly that. Install scripts are not run: the Linux
# package's only makes its binary executable, done here.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/scripts/npm_pinned.sh"
src="$repo/scripts/multitool"
dest="$repo/.tools/multitool"
want_version="5.7.0"
package="$dest/node_modules/@microsoft/sarif-multitool-linux"
schema="$package/sarif-2.1.0.json"
# The package's integrity is pinned by the lock; this pins the one file taken from it, so a lock
# update that changes the schema is noticed and reviewed.
schema_sha256="1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c"

want="binary"
case "${1:-}" in
  "") ;;
  --schema) want="schema" ;;
  *) echo "usage: $0 [--schema]" >&2; exit 2 ;;
esac

# The executable inside the package (its layout is the package's business, so it is looked up).
binary() {
  find "$package" -type f -name Sarif.Multitool -print -quit 2>/dev/null
}

answer() {
  if [[ "$want" == "binary" ]]; then
    binary
    return 0
  fi
  local got
  got="$(sha256sum "$schema" 2>/dev/null | cut -d' ' -f1)"
  if [[ "$got" != "$schema_sha256" ]]; then
    echo "install-multitool: $schema has SHA-256 '${got:-missing}', expected $schema_sha256" >&2
    exit 1
  fi
  echo "$schema"
}

npm_pinned_require install-multitool
if npm_pinned_current "$src" "$dest" &&
   [[ "$(npm_pinned_version "$dest" @microsoft/sarif-multitool-linux)" == "$want_version" && -x "$(binary)" ]]; then
  answer
  exit 0
fi

npm_pinned_install "$src" "$dest"
got="$(npm_pinned_version "$dest" @microsoft/sarif-multitool-linux)"
if [[ "$got" != "$want_version" ]]; then
  echo "install-multitool: expected @microsoft/sarif-multitool-linux $want_version, got '$got'" >&2
  exit 1
fi
exe="$(binary)"
[[ -n "$exe" ]] || { echo "install-multitool: no Sarif.Multitool executable in $package" >&2; exit 1; }
chmod +x "$exe"
npm_pinned_done "$src" "$dest"
echo "install-multitool: SARIF Multitool $got in $dest" >&2
answer
