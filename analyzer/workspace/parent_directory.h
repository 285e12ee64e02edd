#pragma once

#include <string>

namespace platlint {

// The directory an absolute, lexically normal path is in: "/" for "/" and for a top-level entry.
// Configuration lookup and project detection walk up with it, without touching the file system.
inline std::string parentDirectory(const std::string& absolute) {
  const size_t slash = absolute.find_last_of('/');
  if (slash == std::string::npos || slash == 0) return "/";
  return absolute.substr(0, slash);
}

}  // namespace platlint
