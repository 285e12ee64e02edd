#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (pinned, self-contained Linux build: no .NET runtime needed)
# into the git-ignored .tools/multitool, for the SARIF conformance test. Prints the path of the
# executable on stdout.
#
# The version and integrity hashes are pinned by scripts/multitool/package-lock.json (no "resolved"
# URLs, so npm uses whatever registry the user has configured); `npm ci` installs exactly that.
# Install scripts are not run: the Linux package's only makes its binary executable, done here.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$repo/scripts/multitool"
dest="$repo/.tools/multitool"
stamp="$dest/.installed-from.sha256"
want_version="5.7.0"
package="$dest/node_modules/@microsoft/sarif-multitool-linux"

installed_version() {
  [[ -f "$package/package.json" ]] || return 0
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$package/package.json"
}

# The executable inside the package (its layout is the package's business, so it is looked up).
binary() {
  find "$package" -type f -name Sarif.Multitool -print -quit 2>/dev/null
}

command -v node >/dev/null || { echo "install-multitool: node is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "install-multitool: npm is required" >&2; exit 1; }

lock_sum="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" && "$(installed_version)" == "$want_version" &&
      -x "$(binary)" ]]; then
  binary
  exit 0
fi

mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
rm -f "$stamp"
npm ci --prefix "$dest" --no-audit --no-fund --ignore-scripts --loglevel=error >&2

got="$(installed_version)"
if [[ "$got" != "$want_version" ]]; then
  echo "install-multitool: expected @microsoft/sarif-multitool-linux $want_version, got '$got'" >&2
  exit 1
fi
exe="$(binary)"
[[ -n "$exe" ]] || { echo "install-multitool: no Sarif.Multitool executable in $package" >&2; exit 1; }
chmod +x "$exe"
echo "$lock_sum" > "$stamp"
echo "install-multitool: SARIF Multitool $got in $dest" >&2
echo "$exe"
