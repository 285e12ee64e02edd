#pragma once
// Platforms as every JSON output writes them: names in one fixed order, so that identical input
// gives byte-identical output.
#include <nlohmann/json.hpp>

#include "analyzer/base/platform.h"

namespace platlint {

// ["linux", "macos", "windows"], those of `set`.
inline nlohmann::ordered_json platformList(PlatformSet set) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (set.contains(p)) list.push_back(platformName(p));
  }
  return list;
}

}  // namespace platlint
