#!/usr/bin/env bash
# Installs the peers bench/run.sh compares platlint with, on a machine where you want those
# numbers (not needed for building or testing platlint):
#   - bandit and pylint from Debian's packages;
#   - Ruff compiled to WebAssembly, pinned with its integrity hash by bench/peers/package-lock.json
#     (no registry URL in the lock: npm uses the registry the user configured), into .tools/bench.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v bandit >/dev/null || ! command -v pylint >/dev/null; then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends bandit pylint >&2
fi
source "$repo/scripts/npm_pinned.sh"
npm_pinned_require install-peers
dest="$repo/.tools/bench"
npm_pinned_install "$repo/bench/peers" "$dest"
npm_pinned_done "$repo/bench/peers" "$dest"
echo "install-peers: bandit $(bandit --version 2>/dev/null | head -1 | awk '{print $2}'), pylint $(pylint --version | head -1 | awk '{print $2}')," \
     "ruff-wasm $(npm_pinned_version "$dest" @astral-sh/ruff-wasm-nodejs)" >&2
