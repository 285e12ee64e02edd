#include "analyzer/base/platform.h"

namespace platlint {

std::string PlatformSet::describe() const {
  std::string out;
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (!contains(p)) continue;
    if (!out.empty()) out += ", ";
    out += platformName(p);
  }
  return out;
}

const char* platformName(Platform p) {
  switch (p) {
    case Platform::Linux: return "linux";
    case Platform::MacOS: return "macos";
    case Platform::Windows: return "windows";
  }
  return "unknown";  // unreachable for valid enumerators; keeps -Wreturn-type quiet
}

}  // namespace platlint
