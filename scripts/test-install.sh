#!/usr/bin/env bash
# platlint installed every way a user installs it, each then run on a Linux-only file (and, where
# the C/C++ front end was built, a Linux-only C file, which proves the module is found):
#   1. the program needs only the C and C++ runtime (ldd);
#   2. `cmake --install` into a temporary prefix, then that prefix moved elsewhere;
#   3. `cpack`: the .tar.gz unpacked, the .deb packages installed with dpkg -i, run, removed with
#      dpkg -r and --purge leaving nothing behind (skipped when a platlint package is already installed, or
#      without root or sudo);
#   4. the source distribution (`setup.py sdist`, which carries the tree-sitter tarballs) installed
#      with `pip install --no-build-isolation` into a fresh virtualenv, with npm made unavailable:
#      a full CMake build from the sdist, as a user's pip does it offline;
#   5. the self-installing pre-commit hook (`language: python`) from a local clone used as the hooks
#      repository, with Debian's pre-commit and no package index: it pip-installs platlint (here
#      from BUILD_DIR, PLATLINT_BUILD_DIR, to build nothing twice) and blocks a commit that adds
#      open("/proc/mounts").
# Python is Debian's /usr/bin/python3 with python3-venv, python3-setuptools and python3-wheel.
#
#   scripts/test-install.sh [--quick] [BUILD_DIR]   BUILD_DIR: a configured and built tree (default build)
# --quick: pip builds the sdist from BUILD_DIR too (PLATLINT_BUILD_DIR) instead of compiling it
# anew, for a quick run while working on the packaging; CI runs without it.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=0
if [[ ${1:-} == --quick ]]; then
  quick=1
  shift
fi
build=$(cd "$repo" && realpath "${1:-build}")
platlint=$build/platlint
python=/usr/bin/python3
if [[ ! -x "$platlint" ]]; then
  echo "test-install.sh: $platlint does not exist; build first (scripts/test.sh $build)" >&2
  exit 2
fi
work=$(mktemp -d)
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo -n)
debs_installed=0
cleanup() {
  # Never leave the packages installed, even when a check in between failed.
  [[ $debs_installed -eq 1 ]] && "${sudo_cmd[@]}" dpkg --purge platlint-cfamily platlint >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
source "$repo/tests/cli_lib.sh"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid \
       GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
# No package index: everything below must work offline.
export PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1

version=$(sed -n 's/^project(platlint VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
with_module=0
[[ -f "$build/platlint-cfamily.so" ]] && with_module=1

mkdir -p "$work/project"
printf 'def mounts():\n    return open("/proc/mounts", encoding="utf-8").read()\n' > "$work/project/disks.py"
printf '#include <sys/epoll.h>\nint poller(void) { return epoll_create1(0); }\n' > "$work/project/native.c"

# logged WHAT COMMAND...: runs COMMAND with its output in a log, shown (its end) only on failure.
logged() {
  local what=$1 log
  shift
  log=$(mktemp "$work/log.XXXXXX")
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
  else
    echo "FAIL: $what; the end of its output:" >&2
    tail -n 40 "$log" >&2
    failed=$((failed + 1))
    return 1
  fi
}

phase_start=$SECONDS
phase() {  # phase NAME: prints how long the previous phase took
  echo "test-install: $(( SECONDS - phase_start )) s; now: $1" >&2
  phase_start=$SECONDS
}

# works PREFIX_BIN WHAT: the platlint in PREFIX_BIN reports the version, the Python finding and,
# when the module was built, the C finding.
works() {
  local bin=$1 what=$2 out
  check "$what: platlint version is $version" [ "$("$bin/platlint" version)" = "platlint $version" ]
  check "$what: --version too" [ "$("$bin/platlint" --version)" = "platlint $version" ]
  out=$(cd "$work/project" && "$bin/platlint" check --no-cache disks.py 2>&1)
  check "$what: the Linux-only file is reported" grep -q 'disks.py:2:17: PORT101 ' <<<"$out"
  if [[ $with_module -eq 1 ]]; then
    out=$(cd "$work/project" && "$bin/platlint" check --no-cache --c-args=-I. native.c 2>&1)
    check "$what: the C/C++ front end is found and reports the C file" grep -q 'native.c:1:10: PORT410 ' <<<"$out"
  fi
}

# --- 1. ldd ---------------------------------------------------------------------------------------
phase "ldd"
extra=$(ldd "$platlint" | awk '{print $1}' |
        grep -vE '^(linux-vdso\.so|/lib64/ld-linux|ld-linux|libc\.so|libm\.so|libstdc\+\+\.so|libgcc_s\.so)' || true)
check "ldd: platlint needs only the C and C++ runtime (extra: ${extra//$'\n'/ })" [ -z "$extra" ]

# --- 2. cmake --install ---------------------------------------------------------------------------
phase "cmake --install"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
check "install: bin/platlint" [ -x "$work/prefix/bin/platlint" ]
check "install: the manual page" grep -q 'PORT101' "$work/prefix/share/man/man1/platlint.1"
if command -v man >/dev/null; then
  check "install: man reads the manual page" bash -c "MANWIDTH=100 man -l '$work/prefix/share/man/man1/platlint.1' 2>/dev/null | grep -q 'platlint check'"
fi
check "install: the rule documentation" [ -f "$work/prefix/share/doc/platlint/rules/PORT101.md" ]
if [[ $with_module -eq 1 ]]; then
  check "install: the module in lib/platlint" [ -f "$work/prefix/lib/platlint/platlint-cfamily.so" ]
fi
mv "$work/prefix" "$work/moved-prefix"  # found relative to the program, wherever it is
works "$work/moved-prefix/bin" "install (moved)"

# --- 3. cpack: .tar.gz and .deb -------------------------------------------------------------------
phase "cpack"
logged "cpack" bash -c 'cd "$1" && cpack -B "$2"' _ "$build" "$work/packages"
tarball="$work/packages/platlint-$version-Linux.tar.gz"
check "cpack: the .tar.gz" [ -f "$tarball" ]
mkdir -p "$work/unpacked" && tar -xzf "$tarball" -C "$work/unpacked"
works "$work/unpacked/platlint-$version-Linux/bin" "tar.gz"
deb="$work/packages/platlint_${version}_amd64.deb"
deb_module="$work/packages/platlint-cfamily_${version}_amd64.deb"
check "cpack: platlint_${version}_amd64.deb" [ -f "$deb" ]
depends=$(dpkg-deb -f "$deb" Depends)
check "deb: platlint depends only on the C/C++ runtime ($depends)" \
  bash -c "[ -z \"\$(tr ',' '\n' <<<\"\$1\" | sed 's/ *(.*//; s/^ *//' | grep -vE '^(libc6|libstdc\+\+6|libgcc-s1)$')\" ]" _ "$depends"
if [[ $with_module -eq 1 ]]; then
  module_depends=$(dpkg-deb -f "$deb_module" Depends)
  check "deb: platlint-cfamily depends on platlint $version and libclang ($module_depends)" \
    bash -c "grep -q 'platlint (= $version)' <<<\"\$1\" && grep -q 'libclang-cpp14' <<<\"\$1\"" _ "$module_depends"
fi
if dpkg-query -W -f='${Status}' platlint 2>/dev/null | grep -q "ok installed"; then
  echo "SKIPPED: dpkg -i/-r (a platlint package is installed on this machine; not touching it)" >&2
elif ! "${sudo_cmd[@]}" true 2>/dev/null; then
  echo "SKIPPED: dpkg -i/-r (needs root or password-less sudo)" >&2
else
  debs=("$deb")
  [[ $with_module -eq 1 ]] && debs+=("$deb_module")
  debs_installed=1
  logged "deb: dpkg -i" "${sudo_cmd[@]}" dpkg -i "${debs[@]}"
  works /usr/bin "deb"
  check "deb: the manual page" [ -f /usr/share/man/man1/platlint.1 ]
  logged "deb: dpkg -r" "${sudo_cmd[@]}" dpkg -r platlint-cfamily platlint
  # -r leaves platlint-cfamily's postrm (cpack's ldconfig call) registered: purge, as apt-get purge does.
  logged "deb: dpkg --purge" "${sudo_cmd[@]}" dpkg --purge platlint-cfamily platlint && debs_installed=0
  check "deb: /usr/bin/platlint is gone" [ ! -e /usr/bin/platlint ]
  check "deb: /usr/lib/platlint is gone" [ ! -e /usr/lib/platlint ]
  check "deb: /usr/share/doc/platlint is gone" [ ! -e /usr/share/doc/platlint ]
  for package in platlint platlint-cfamily; do
    check "deb: dpkg keeps nothing of $package" \
      bash -c "! dpkg-query -W -f='\${Status}' $package 2>/dev/null | grep -qE 'ok installed|config-files'"
  done
fi

# --- 4. sdist, then pip install into a fresh virtualenv, without npm -----------------------------
phase "sdist and pip install (a full build unless --quick)"
logged "sdist" "$python" "$repo/setup.py" -q egg_info --egg-base "$work" sdist --dist-dir "$work/dist"
sdist="$work/dist/platlint-$version.tar.gz"
check "sdist: carries the tree-sitter tarballs" bash -c "tar -tzf '$sdist' | grep -q 'grammars/vendor/tree-sitter-python-.*\.tgz'"
"$python" -m venv --system-site-packages "$work/venv"  # the system's setuptools and wheel build it
mkdir -p "$work/no-npm" && printf '#!/bin/sh\necho "npm must not be needed" >&2; exit 1\n' > "$work/no-npm/npm"
chmod +x "$work/no-npm/npm"
cmake_args=""
command -v ccache >/dev/null && cmake_args="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
reuse=()
[[ $quick -eq 1 ]] && reuse=(PLATLINT_BUILD_DIR="$build")
# ccache, where installed, with paths taken relative to the temporary directory pip builds in.
logged "pip install --no-build-isolation of the sdist" \
  env PATH="$work/no-npm:$PATH" PLATLINT_CMAKE_ARGS="$cmake_args" CCACHE_BASEDIR="${TMPDIR:-/tmp}" "${reuse[@]}" \
  "$work/venv/bin/pip" install --no-build-isolation "$sdist"
check "pip: the platlint command is in the virtualenv" [ -x "$work/venv/bin/platlint" ]
works "$work/venv/bin" "pip"
check "pip: the manual page" [ -f "$work/venv/share/man/man1/platlint.1" ]
check "pip: pip knows platlint $version" [ "$("$work/venv/bin/pip" show platlint 2>/dev/null | sed -n 's/^Version: //p')" = "$version" ]

# --- 5. pre-commit: the self-installing hook, from a local clone ---------------------------------
phase "pre-commit language: python hook"
export PRE_COMMIT_HOME="$work/pre-commit-cache"  # never the user's cache
hooks="$work/platlint-clone"
# A clone of this tree as it is (uncommitted changes included), committed and tagged like a release.
mkdir -p "$work/tree-copy"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
   while IFS= read -r -d '' f; do [[ -e "$f" ]] && cp -p --parents "$f" "$work/tree-copy/"; done)
git -C "$work/tree-copy" init -q -b main && git -C "$work/tree-copy" add -A &&
  git -C "$work/tree-copy" commit -q -m "platlint $version" && git -C "$work/tree-copy" tag "v$version"
git clone -q "$work/tree-copy" "$hooks"
mkdir -p "$work/consumer" && cd "$work/consumer" || exit 1
git init -q -b main .
printf 'repos:\n- repo: %s\n  rev: v%s\n  hooks:\n  - id: platlint\n' "$hooks" "$version" > .pre-commit-config.yaml
git add .pre-commit-config.yaml && git commit -q --no-verify -m "pre-commit config"
# Offline, pip cannot fetch setuptools into an isolated build environment: the hook's virtualenv
# builds with its own (docs/ci.md, "pre-commit offline"). BUILD_DIR is reused, so nothing compiles twice.
export PIP_NO_BUILD_ISOLATION=0 PLATLINT_BUILD_DIR="$build"
pre-commit install >/dev/null
logged "pre-commit: the hook installs itself (install-hooks)" pre-commit install-hooks
hook_platlint=$(ls -d "$PRE_COMMIT_HOME"/repo*/py_env-*/bin/platlint 2>/dev/null | head -n 1)
check "pre-commit: platlint is in the hook's environment" [ -x "$hook_platlint" ]
cp "$work/project/disks.py" .
git add disks.py
out=$(git commit -m "read mounts" 2>&1)
status=$?
check "pre-commit: the commit adding open(\"/proc/mounts\") is blocked" [ "$status" -ne 0 ]
check "pre-commit: with platlint's finding" grep -q 'disks.py:2:17: PORT101 ' <<<"$out"
check "pre-commit: nothing was committed" [ "$(git rev-list --count HEAD)" -eq 1 ]
printf 'import psutil\n\ndef mounts():\n    return psutil.disk_partitions()\n' > disks.py
git add disks.py
out=$(git commit -m "read mounts portably" 2>&1)
check "pre-commit: the portable commit passes" [ $? -eq 0 ]
unset PIP_NO_BUILD_ISOLATION PLATLINT_BUILD_DIR
cd "$repo" || exit 1

phase "done"
finish
