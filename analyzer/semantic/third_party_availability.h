#pragma once
// Where third-party libraries' APIs exist, as their documentation states it: psutil's
// `Process.io_counters()` is there on Linux, Windows and the BSDs but not on macOS. The standard
// library's own table is availability.h; this one is curated by hand (rules/third_party_apis.cpp
// reports the calls, platform_condition.cpp reads `hasattr` checks of them as guards).
#include <string_view>

#include "analyzer/base/platform.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {

struct ThirdPartyApi {
  std::string_view name;          // qualified: "psutil.Process.io_counters", or a prefix ending in '*'
  PlatformSet platforms;          // where it exists (of linux, macos, windows)
  std::string_view availability;  // as the library documents it: "Linux, Windows, BSD, AIX"
};

// The entry for a qualified name ("psutil.sensors_fans", "psutil.Process.cpu_num"); null for others.
const ThirdPartyApi* thirdPartyApi(std::string_view qualifiedName);

// The entry for a method called on a receiver whose type is unknown (`proc.cpu_affinity()`), when
// the file imports the library and the method's name is distinctive enough to be that library's
// (`io_counters`, `memory_maps`, `cpu_affinity`, ...; not `uids` or `terminal`); null otherwise.
const ThirdPartyApi* thirdPartyMethod(std::string_view methodName, const SemanticModel& model);

// The entry a capability flag imported from elsewhere names (`HAS_PROC_CPU_NUM`, `HAS_SENSORS_FANS`:
// `HAS_`, then perhaps a qualifier, then the attribute's name), in a file that imports the library:
// such flags are defined as `hasattr(psutil.Process, "cpu_num")`; null otherwise.
const ThirdPartyApi* thirdPartyCapabilityFlag(std::string_view flagName, const SemanticModel& model);

}  // namespace platlint
