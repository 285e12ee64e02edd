#!/usr/bin/env bash
# Installs the pinned SARIF validator (ajv-cli + ajv-formats) into the git-ignored .tools/validators.
#
# Versions and every transitive dependency are pinned by scripts/validators/package-lock.json
# (integrity hashes, no "resolved" URLs, so npm uses whatever registry the user has configured).
# `npm ci` installs exactly that lock file. Re-running is cheap: nothing happens when the
# installed tree was made from the same lock file and still holds the pinned versions.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$repo/scripts/validators"
dest="$repo/.tools/validators"
stamp="$dest/.installed-from.sha256"

want_ajv_cli="5.0.0"
want_ajv_formats="3.0.1"

installed_version() {  # prints the version of an installed package, or nothing
  local manifest="$dest/node_modules/$1/package.json"
  [[ -f "$manifest" ]] || return 0
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$manifest"
}

command -v node >/dev/null || { echo "install-validators: node is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "install-validators: npm is required" >&2; exit 1; }

lock_sum="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" &&
      "$(installed_version ajv-cli)" == "$want_ajv_cli" &&
      "$(installed_version ajv-formats)" == "$want_ajv_formats" &&
      -x "$dest/node_modules/.bin/ajv" ]]; then
  exit 0
fi

mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
rm -f "$stamp"
# --ignore-scripts: a validator needs no install hooks, and none of these packages have any.
npm ci --prefix "$dest" --no-audit --no-fund --ignore-scripts --loglevel=error >&2

got_cli="$(installed_version ajv-cli)"
got_formats="$(installed_version ajv-formats)"
if [[ "$got_cli" != "$want_ajv_cli" || "$got_formats" != "$want_ajv_formats" ]]; then
  echo "install-validators: expected ajv-cli $want_ajv_cli and ajv-formats $want_ajv_formats," \
       "got '${got_cli}' and '${got_formats}'" >&2
  exit 1
fi
echo "$lock_sum" > "$stamp"
echo "install-validators: ajv-cli $got_cli, ajv-formats $got_formats in $dest" >&2
