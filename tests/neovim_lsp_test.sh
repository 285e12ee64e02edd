#!/usr/bin/env bash
# End-to-end test of `platlint server` with a real editor: headless Neovim's built-in LSP client
# (tests/neovim_lsp_test.lua) shows the server's diagnostics for a buffer that is not saved, and
# applying the offered quick fix changes the buffer and clears that finding. Skipped (exit 77)
# without nvim (Debian's `neovim`, installed by scripts/setup.sh).
#
#   tests/neovim_lsp_test.sh path/to/platlint
set -uo pipefail
platlint=$(realpath "${1:?usage: neovim_lsp_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v nvim >/dev/null || { echo "nvim is not installed: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$repo/tests/cli_lib.sh"

mkdir -p "$work/project/.git"
export PLATLINT="$platlint" PLATLINT_PROJECT="$work/project" PLATLINT_NVIM_OUT="$work/seen"
(cd "$work/project" && HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" nvim --headless --clean -u NONE -c "luafile $repo/tests/neovim_lsp_test.lua" \
  >"$work/nvim.out" 2>&1)
check "neovim exits normally" test "$?" -eq 0
seen=$(cat "$work/seen" 2>/dev/null)
echo "$seen"
check "neovim shows both findings of the unsaved buffer" grep -qx 'diagnostics PORT101,PORT202' <<<"$seen"
check "the PORT101 diagnostic is on the open() call" grep -q '^at PORT101 3:' <<<"$seen"
check "diagnostics say they come from platlint" grep -q '^at PORT202 2:11 platlint ' <<<"$seen"
check "a safe quick fix is offered" grep -q '^action .*(safe fix)' <<<"$seen"
check "the suppression is offered" grep -qx 'action Suppress PORT202 on this line' <<<"$seen"
check "applying the quick fix changes the buffer" grep -qx 'line3 DEV_NULL = os.devnull' <<<"$seen"
check "the fixed finding is gone, the other stays" grep -qx 'after PORT101' <<<"$seen"
finish
