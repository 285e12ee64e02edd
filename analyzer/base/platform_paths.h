#pragma once
// Build systems often choose C files per platform by name (psutil's `_psutil_linux.c`,
// `arch/windows/*.c`, CPython's `PC/` vs `Modules/`): nothing in such a file guards its code,
// yet only one platform compiles it. A file whose path names a platform is taken as compiled
// there only (the C/C++ front end; `c-platform-from-path` switches it off). Python modules are
// read by their own rule (`platformsNamedByModulePath` in analyzer/semantic/guard_analysis.cpp):
// a module's name is one of its importer's guards, not a build system's choice.
#include <optional>
#include <string_view>

#include "analyzer/base/platform.h"

namespace platlint {

struct PathPlatform {
  std::string_view name;  // "linux", "windows", "macos", or another system ("freebsd", "sunos", ...)
  PlatformSet platforms;  // of the target platforms; none for another system
};

// The platform a path's name restricts a file to: a directory or a `_`/`-`/`.`-separated part
// of the file name that is `linux`, `windows`/`win32`, `osx`/`darwin`/`macos`, or one of the
// other systems (`bsd`, `freebsd`, `netbsd`, `openbsd`, `sunos`, `solaris`, `aix`: no target
// platform at all). nullopt when the path names none, or names several.
std::optional<PathPlatform> platformNamedByPath(std::string_view path);

// platformNamedByPath(path)'s platforms.
std::optional<PlatformSet> platformsNamedByPath(std::string_view path);

}  // namespace platlint
