#!/usr/bin/env bash
# The C/C++ front end says what it analysed and what it skipped, on a tree laid out like psutil's:
# C files left out for want of flags are counted, with the option that includes them; files of
# other platforms are one notice per platform, not one per file; files named for a system that is
# no target, and sources a compilation database does not list, are skipped with the reason;
# `c-platform-macros`, `c-args`, `compile-commands` and `c-platform-from-path` in pyproject.
#
#   tests/cfamily_platforms_test.sh path/to/platlint
# Exits 77 (a skipped test for CTest) when platlint was built without the C/C++ front end.
set -uo pipefail
platlint=$(realpath "${1:?usage: cfamily_platforms_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$(dirname "$platlint")/platlint-cfamily.so" ]; then
  echo "SKIPPED: this platlint was built without the C/C++ front end (PLATLINT_WITH_CLANG)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"

has() { grep -q -- "$1" <<<"$2"; }
hasnt() { ! grep -q -- "$1" <<<"$2"; }

mkdir -p proj/pkg/arch/windows proj/pkg/arch/osx proj/pkg/arch/misc
printf 'import os\n' > proj/pkg/__init__.py
cat > proj/pkg/_pkg_common.c <<'EOF'
#include <stdio.h>
#ifdef PKG_LINUX
FILE *stat_file(void) { return fopen("/proc/stat", "r"); }
#endif
#if defined(PKG_WINDOWS)
#include <windows.h>
#endif
#ifdef PKG_OSX
FILE *wrong(void) { return fopen("/proc/self/status", "r"); }
#endif
EOF
printf '#include <sys/epoll.h>\nint poller(void) { return epoll_create1(0); }\n' > proj/pkg/_pkg_linux.c
printf '#include <sys/sysctl.h>\n#include <kvm.h>\nint x;\n' > proj/pkg/_pkg_bsd.c
printf '#include <libperfstat.h>\nint y;\n' > proj/pkg/_pkg_aix.c
printf '#include <windows.h>\n#include <psapi.h>\nint a(void) { return GetCurrentProcessId(); }\n' > proj/pkg/arch/windows/proc.c
printf '#include <windows.h>\nint b;\n' > proj/pkg/arch/windows/net.c
printf '#include <mach/mach.h>\nint c;\n' > proj/pkg/arch/osx/proc.c
# Not named for a platform: its include of a Windows header says it.
printf '#include <windows.h>\n#include <stdio.h>\nFILE *n(void) { return fopen("NUL", "r"); }\n' > proj/pkg/arch/misc/wincompat.c
c_files=8

# Without flags: the C files are counted, with what would include them.
run check proj
check "no flags: Python analysed" [ "$status" -eq 0 ]
check "no flags: C files counted as skipped, with the options" \
  has "notice: $c_files C/C++ files skipped: no compile flags; pass --c-args or --compile-commands, or set c-args in pyproject" "$out"

# With flags: other platforms' files are one notice per platform.
run check proj --c-args=-DPKG_LINUX=1
check "flags: exit 1 (PKG_LINUX code is reported without a mapping)" [ "$status" -eq 1 ]
check "flags: unmapped build macro is taken as compiled everywhere" has "_pkg_common.c:3:.*PORT10.*/proc/stat" "$out"
check "flags: no per-file notice for files of other platforms" hasnt "Clang reported" "$out"
check "flags: windows files aggregated (by name and by header)" \
  has "notice: 3 C/C++ files for windows analysed without their headers, which are not on this machine (first: 'windows.h' file not found); findings there may be incomplete" "$out"
check "flags: macOS file aggregated" has "notice: 1 C/C++ file for macos analysed without their headers" "$out"
check "flags: bsd and aix files skipped by name, in one notice" \
  has "notice: 2 C/C++ files skipped: their paths name a platform that is not a target (aix 1, bsd 1); \`c-platform-from-path = false\` analyses them" "$out"
check "flags: the Linux file is analysed and silent" hasnt "_pkg_linux.c" "$out"
check "flags: no 'no compile flags' notice" hasnt "no compile flags" "$out"

# c-args and c-platform-macros in pyproject: PKG_LINUX code is guarded, PKG_OSX code breaks on macOS.
cat > proj/pyproject.toml <<'EOF'
[tool.platlint]
c-args = "-DPKG_LINUX=1"

[tool.platlint.c-platform-macros]
PKG_LINUX = "linux"
PKG_OSX = "macos"
PKG_WINDOWS = "windows"
PKG_BSD = "bsd"
EOF
run check proj
check "pyproject c-args: C files discovered" hasnt "no compile flags" "$out"
check "c-platform-macros: code under PKG_LINUX is silent" hasnt "_pkg_common.c:3:" "$out"
check "c-platform-macros: code under PKG_OSX breaks on macOS" has "_pkg_common.c:9:.*PORT103.*(breaks on macos)" "$out"
check "c-platform-macros: windows.h under PKG_WINDOWS is silent" hasnt "_pkg_common.c:6:" "$out"
run config --show proj/pkg/_pkg_linux.c
check "config --show: c-args" has 'c-args = "-DPKG_LINUX=1"' "$out"
check "config --show: c-platform-macros" has 'PKG_OSX = "macos"' "$out"
check "config --show: the path's platform" has "c-platform-from-path = true  # proj/pkg/_pkg_linux.c: its path names linux" "$out"

# c-platform-from-path = false: names say nothing, the bsd file is analysed like any other.
sed -i 's/^c-args = .*/&\nc-platform-from-path = false/' proj/pyproject.toml
run check proj
check "c-platform-from-path = false: no file skipped by name" hasnt "skipped: their paths name" "$out"
check "c-platform-from-path = false: the bsd file's headers are still recognised" has "for bsd analysed without their headers" "$out"
run config --show proj/pkg/_pkg_linux.c
check "config --show: switched off" has "c-platform-from-path = false  # proj/pkg/_pkg_linux.c: its path names linux (not used)" "$out"
sed -i '/^c-platform-from-path/d' proj/pyproject.toml

# A compilation database given: only the sources it lists are compiled.
abs=$(cd proj && pwd)
mkdir -p db
printf '[{"directory": "%s", "command": "cc -DPKG_LINUX=1 -c pkg/_pkg_linux.c", "file": "pkg/_pkg_linux.c"},
 {"directory": "%s", "command": "cc -DPKG_LINUX=1 -c pkg/_pkg_common.c", "file": "pkg/_pkg_common.c"}]\n' "$abs" "$abs" > db/compile_commands.json
run check proj --compile-commands db
check "database: unlisted sources skipped with the reason" \
  has "notice: 6 C/C++ files skipped: not in compile_commands.json ($work/db); with a compilation database only the sources it lists are compiled" "$out"
check "database: no notice about other platforms' headers" hasnt "without their headers" "$out"
check "database: listed file analysed" has "_pkg_common.c:9:.*PORT103" "$out"
run check proj/pkg/arch/misc/wincompat.c --compile-commands db
check "database: a file named on the command line is analysed all the same" has "wincompat.c:1:10: PORT411" "$out"
# The same from pyproject's compile-commands (relative to the configuration file).
mv db proj/build-db
sed -i 's/^c-args = .*/compile-commands = "build-db"/' proj/pyproject.toml
run check proj
check "pyproject compile-commands: used" has "6 C/C++ files skipped: not in compile_commands.json ($abs/build-db)" "$out"
run config --show proj/pkg/_pkg_linux.c
check "config --show: compile-commands" has 'compile-commands = "build-db"' "$out"

# Bad values are configuration errors.
printf '[tool.platlint.c-platform-macros]\nPKG_LINUX = "linuks"\n' > proj/pyproject.toml
run check proj
check "bad platform: exit 2" [ "$status" -eq 2 ]
check "bad platform: says which" has "tool.platlint.c-platform-macros.PKG_LINUX.*unknown platform 'linuks'" "$err"
printf '[tool.platlint]\nc-platform-from-path = "no"\n' > proj/pyproject.toml
run check proj
check "bad boolean: exit 2" [ "$status" -eq 2 ]
printf '[tool.platlint]\ncompile-commands = "nowhere"\n' > proj/pyproject.toml
run check proj
check "compile-commands without a database: exit 2" [ "$status" -eq 2 ]
check "compile-commands without a database: says so" has "no compile_commands.json in '$abs/nowhere'" "$err"

finish
