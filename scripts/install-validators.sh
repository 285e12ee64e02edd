#!/usr/bin/env bash
# Installs the pinned SARIF validator (ajv-cli + ajv-formats) into the git-ignored .tools/validators.
#
# Versions and every transitive dependency are pinned by scripts/validators/package-lock.json
# (see scripts/npm_pinned.sh). Re-running is cheap: nothing happens when the installed tree was
# made from the same lock file and still holds the pinned versions. Install scripts are not run:
# a validator needs no install hooks, and none of these packages have any.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/scripts/npm_pinned.sh"
src="$repo/scripts/validators"
dest="$repo/.tools/validators"

want_ajv_cli="5.0.0"
want_ajv_formats="3.0.1"

npm_pinned_require install-validators
if npm_pinned_current "$src" "$dest" &&
   [[ "$(npm_pinned_version "$dest" ajv-cli)" == "$want_ajv_cli" &&
      "$(npm_pinned_version "$dest" ajv-formats)" == "$want_ajv_formats" &&
      -x "$dest/node_modules/.bin/ajv" ]]; then
  exit 0
fi

npm_pinned_install "$src" "$dest"
got_cli="$(npm_pinned_version "$dest" ajv-cli)"
got_formats="$(npm_pinned_version "$dest" ajv-formats)"
if [[ "$got_cli" != "$want_ajv_cli" || "$got_formats" != "$want_ajv_formats" ]]; then
  echo "install-validators: expected ajv-cli $want_ajv_cli and ajv-formats $want_ajv_formats," \
       "got '${got_cli}' and '${got_formats}'" >&2
  exit 1
fi
npm_pinned_done "$src" "$dest"
echo "install-validators: ajv-cli $got_cli, ajv-formats $got_formats in $dest" >&2
