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
dest="$repo/.tools/bench"
mkdir -p "$dest"
cp "$repo/bench/peers/package.json" "$repo/bench/peers/package-lock.json" "$dest/"
npm ci --prefix "$dest" --no-audit --no-fund --ignore-scripts --loglevel=error >&2
echo "install-peers: bandit $(bandit --version 2>/dev/null | head -1 | awk '{print $2}'), pylint $(pylint --version | head -1 | awk '{print $2}')," \
     "ruff-wasm $(node -e 'process.stdout.write(require(process.argv[1]).version)' "$dest/node_modules/@astral-sh/ruff-wasm-nodejs/package.json")" >&2
