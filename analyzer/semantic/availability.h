#pragma once
// Where the Python standard library's modules and names exist: linux, macos, windows, and from/until
// which Python 3 minor version, as typeshed's stubs declare with `sys.platform` / `sys.version_info`
// conditions. The table is generated (scripts/typeshed_availability) into stdlib_availability.inc.
#include <cstdint>
#include <optional>
#include <string_view>

#include "analyzer/base/platform.h"

namespace platlint {

enum class AvailabilityKind : uint8_t { Module, Function, Class, Constant };

struct Availability {
  std::string_view name;       // the table entry that decided: "os.fork", or "fcntl" for "fcntl.flock"
  AvailabilityKind kind = AvailabilityKind::Module;
  PlatformSet platforms;       // where it exists (in some Python version)
  uint8_t minMinor = 0;        // exists since 3.minMinor; 0: no lower bound known
  uint8_t maxMinor = 0;        // exists until 3.maxMinor; 0: not removed
};

// `qualifiedName` is a dotted stdlib name ("os.fork", "fcntl", "os.path.exists", "select.epoll.poll").
// The longest prefix with an entry decides: the name itself, else its class, else its module (so
// "fcntl.flock" is as available as fcntl, and "os.listdir" as os). nullopt when no prefix is a stdlib
// module (not a stdlib name, or a third-party package).
std::optional<Availability> stdlibAvailability(std::string_view qualifiedName);

// Whether `module` ("os.path", "fcntl") is a module of the standard library according to typeshed.
bool isStdlibModule(std::string_view module);

// Number of rows in the generated table (for tests and diagnostics).
size_t stdlibAvailabilityRows();

}  // namespace platlint
