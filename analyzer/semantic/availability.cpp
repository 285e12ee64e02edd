#include "analyzer/semantic/availability.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace platlint {
namespace {

struct Row {
  std::string_view name;
  AvailabilityKind kind;
  uint8_t platformBits;  // 1 linux | 2 macos | 4 windows, the bits of Platform
  uint8_t minMinor;
  uint8_t maxMinor;
};

constexpr Row kRows[] = {
#include "analyzer/semantic/stdlib_availability.inc"
};

constexpr bool sortedByName() {
  for (size_t i = 1; i < std::size(kRows); ++i) {
    if (!(kRows[i - 1].name < kRows[i].name)) return false;
  }
  return true;
}
static_assert(sortedByName(), "stdlib_availability.inc must be sorted by name without duplicates");

const Row* findRow(std::string_view name) {
  const Row* it = std::lower_bound(std::begin(kRows), std::end(kRows), name,
                                   [](const Row& r, std::string_view n) { return r.name < n; });
  return it != std::end(kRows) && it->name == name ? it : nullptr;
}

PlatformSet platformsOf(uint8_t bits) {
  PlatformSet s;
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (bits & static_cast<uint8_t>(p)) s = s | p;
  }
  return s;
}

}  // namespace

std::optional<Availability> stdlibAvailability(std::string_view qualifiedName) {
  // Only a name whose first component is a stdlib top-level module can have a row: the project's
  // own names (`nova.objects.instance.Instance`) are answered with one lookup instead of a binary
  // search per component.
  static const std::unordered_set<std::string_view> topLevel = [] {
    std::unordered_set<std::string_view> all;
    for (const Row& r : kRows) all.insert(r.name.substr(0, r.name.find('.')));
    return all;
  }();
  if (!topLevel.contains(qualifiedName.substr(0, qualifiedName.find('.')))) return std::nullopt;
  for (std::string_view name = qualifiedName; !name.empty();) {
    if (const Row* r = findRow(name)) {
      return Availability{r->name, r->kind, platformsOf(r->platformBits), r->minMinor, r->maxMinor};
    }
    const size_t dot = name.rfind('.');
    if (dot == std::string_view::npos) break;
    name = name.substr(0, dot);
  }
  return std::nullopt;
}

bool isStdlibModule(std::string_view module) {
  const Row* r = findRow(module);
  return r && r->kind == AvailabilityKind::Module;
}

size_t stdlibAvailabilityRows() { return std::size(kRows); }

}  // namespace platlint
