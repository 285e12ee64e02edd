#!/usr/bin/env bash
# Installs the pinned LSP client library (vscode-languageserver-protocol with vscode-jsonrpc) into the
# git-ignored .tools/lsp-client, for the protocol tests of `platlint server` (tests/lsp_client_test.js).
#
# Versions and every transitive dependency are pinned by scripts/lsp-client/package-lock.json (see
# scripts/npm_pinned.sh). Re-running over an unchanged lock file does nothing. Install scripts are
# not run (these packages have none).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/scripts/npm_pinned.sh"
src="$repo/scripts/lsp-client"
dest="$repo/.tools/lsp-client"

want_protocol="3.17.5"
want_jsonrpc="8.2.0"

npm_pinned_require install-lsp-client
if npm_pinned_current "$src" "$dest" &&
   [[ "$(npm_pinned_version "$dest" vscode-languageserver-protocol)" == "$want_protocol" &&
      "$(npm_pinned_version "$dest" vscode-jsonrpc)" == "$want_jsonrpc" ]]; then
  exit 0
fi

npm_pinned_install "$src" "$dest"
got_protocol="$(npm_pinned_version "$dest" vscode-languageserver-protocol)"
got_jsonrpc="$(npm_pinned_version "$dest" vscode-jsonrpc)"
if [[ "$got_protocol" != "$want_protocol" || "$got_jsonrpc" != "$want_jsonrpc" ]]; then
  echo "install-lsp-client: expected vscode-languageserver-protocol $want_protocol and vscode-jsonrpc" \
       "$want_jsonrpc, got '${got_protocol}' and '${got_jsonrpc}'" >&2
  exit 1
fi
npm_pinned_done "$src" "$dest"
echo "install-lsp-client: vscode-languageserver-protocol $got_protocol, vscode-jsonrpc $got_jsonrpc in $dest" >&2
