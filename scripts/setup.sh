#!/usr/bin/env bash
# Installs everything platlint needs on a fresh Debian 12 machine, then configures and builds it.
#   scripts/setup.sh [BUILD_DIR]      (default: build)
# Debian packages are installed only when missing; the tree-sitter runtime and grammar are
# fetched (pinned, checksum-verified) by grammars/fetch.sh when CMake configures; the SARIF
# validator used by the tests is installed by scripts/install-validators.sh, the SARIF schema
# with the SARIF Multitool by scripts/install-multitool.sh, and the LSP client library of the
# language server's tests by scripts/install-lsp-client.sh.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir=${1:-build}

packages=(build-essential cmake ninja-build git nodejs npm openssl python3
          nlohmann-json3-dev doctest-dev libtomlplusplus-dev libcli11-dev libxxhash-dev pre-commit
          llvm-14-dev libclang-14-dev libclang-cpp14-dev libclang-common-14-dev python3-dev
          clang-14 libclang-rt-14-dev  # clang: libFuzzer targets (scripts/fuzz.sh)
          chromium                     # the HTML report's browser test (tests/html_report_test.py)
          neovim                       # the language server's end-to-end test (tests/neovim_lsp_test.sh)
          dpkg-dev python3-venv python3-setuptools python3-wheel)  # scripts/test-install.sh: cpack's .deb, the wheel
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from outside Debian's packages; only ask apt for them when absent.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
  missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

"$repo/scripts/install-validators.sh"
# The LSP client library the language server's protocol tests drive it with.
"$repo/scripts/install-lsp-client.sh"
# The SARIF 2.1.0 schema the tests validate against comes with the pinned SARIF Multitool package.
"$repo/scripts/install-multitool.sh" --schema >/dev/null
# A new build directory is a unity build (PLATLINT_UNITY_BUILD in CMakeLists.txt: 40% less CPU time
# for a whole build); one configured before keeps what it was configured with.
unity=()
[[ -f "$repo/$build_dir/CMakeCache.txt" ]] || unity=(-DPLATLINT_UNITY_BUILD=ON)
# The packages above include Clang's: build the C/C++ front end, and fail if it cannot be.
cmake -S "$repo" -B "$repo/$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLATLINT_WITH_CLANG=ON "${unity[@]}"
cmake --build "$repo/$build_dir"
