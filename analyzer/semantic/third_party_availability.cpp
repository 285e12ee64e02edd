#include "analyzer/semantic/third_party_availability.h"

#include <algorithm>
#include <string>

#include "analyzer/base/text_case.h"

namespace platlint {
namespace {

constexpr PlatformSet kLinux(Platform::Linux);
constexpr PlatformSet kWindows(Platform::Windows);
constexpr PlatformSet kLinuxWindows = Platform::Linux | Platform::Windows;
constexpr PlatformSet kPosix = Platform::Linux | Platform::MacOS;

// psutil's documentation ("Availability: ...") for its APIs that some of the three platforms lack.
// Process methods are also found by name alone (thirdPartyMethod): `distinctive` says which.
struct Entry {
  ThirdPartyApi api;
  bool distinctive;
};

constexpr Entry kEntries[] = {
    {{"psutil.Process.io_counters", kLinuxWindows, "Linux, Windows, BSD, AIX"}, true},
    {{"psutil.Process.memory_maps", kLinuxWindows, "Linux, Windows, FreeBSD, SunOS"}, true},
    {{"psutil.Process.cpu_affinity", kLinuxWindows, "Linux, Windows, FreeBSD"}, true},
    {{"psutil.Process.ionice", kLinuxWindows, "Linux, Windows"}, true},
    {{"psutil.Process.rlimit", kLinux, "Linux, FreeBSD"}, true},
    {{"psutil.Process.cpu_num", kLinux, "Linux, FreeBSD, SunOS"}, true},
    {{"psutil.Process.num_handles", kWindows, "Windows"}, true},
    {{"psutil.Process.num_fds", kPosix, "UNIX"}, true},
    {{"psutil.Process.uids", kPosix, "UNIX"}, false},
    {{"psutil.Process.gids", kPosix, "UNIX"}, false},
    {{"psutil.Process.terminal", kPosix, "UNIX"}, false},
    {{"psutil.sensors_temperatures", kLinux, "Linux, FreeBSD"}, false},
    {{"psutil.sensors_fans", kLinux, "Linux"}, false},
    {{"psutil.win_service_iter", kWindows, "Windows"}, false},
    {{"psutil.win_service_get", kWindows, "Windows"}, false},
    {{"psutil.RLIMIT_*", kLinux, "Linux, FreeBSD"}, false},
    {{"psutil.IOPRIO_CLASS_*", kLinux, "Linux"}, false},
};

bool importsModule(const SemanticModel& model, std::string_view module) {
  return std::any_of(model.imports().begin(), model.imports().end(), [&](const Import& i) {
    return i.qualifiedName == module || std::string_view(i.qualifiedName).starts_with(std::string(module) + ".");
  });
}

}  // namespace

const ThirdPartyApi* thirdPartyApi(std::string_view qualifiedName) {
  if (!qualifiedName.starts_with("psutil.")) return nullptr;
  for (const Entry& e : kEntries) {
    if (matchesNameOrPrefix(e.api.name, qualifiedName)) return &e.api;
  }
  return nullptr;
}

const ThirdPartyApi* thirdPartyMethod(std::string_view methodName, const SemanticModel& model) {
  for (const Entry& e : kEntries) {
    const std::string_view name = e.api.name;
    if (e.distinctive && name.substr(name.rfind('.') + 1) == methodName) {
      return importsModule(model, "psutil") ? &e.api : nullptr;
    }
  }
  return nullptr;
}

const ThirdPartyApi* thirdPartyCapabilityFlag(std::string_view flagName, const SemanticModel& model) {
  const std::string flag = toLower(flagName);
  if (!flag.starts_with("has_") || !importsModule(model, "psutil")) return nullptr;
  const std::string_view rest = std::string_view(flag).substr(4);
  for (const Entry& e : kEntries) {
    std::string_view member = e.api.name.substr(e.api.name.rfind('.') + 1);
    if (member.ends_with('*')) continue;
    // `sensors_fans` is named whole; `Process.cpu_num` also after a qualifier (`HAS_PROC_CPU_NUM`).
    if (rest == member || (rest.ends_with(member) && rest[rest.size() - member.size() - 1] == '_')) return &e.api;
  }
  return nullptr;
}

}  // namespace platlint
