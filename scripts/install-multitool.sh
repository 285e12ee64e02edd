#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (pinned, self-contained Linux build: no .NET runtime needed)
# into the git-ignored .tools/multitool, for the SARIF conformance test. Prints the path of the
# executable on stdout.
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

# The executable inside the package (its layout is the package's business, so it is looked up).
binary() {
  find "$package" -type f -name Sarif.Multitool -print -quit 2>/dev/null
}

npm_pinned_require install-multitool
if npm_pinned_current "$src" "$dest" &&
   [[ "$(npm_pinned_version "$dest" @microsoft/sarif-multitool-linux)" == "$want_version" && -x "$(binary)" ]]; then
  binary
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
echo "$exe"
