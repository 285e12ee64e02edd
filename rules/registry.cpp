#include "rules/registry.h"

#include <algorithm>
#include <vector>

namespace platlint {

// Each family's file defines its check; listing it here is all it takes to ship it.
const Check& kernelInterfaceCheck();      // PORT1xx  kernel_interfaces.cpp
const Check& environmentVariableCheck();  // PORT3xx  environment_variables.cpp
const Check& hardcodedPathCheck();        // PORT201-208  hardcoded_paths.cpp
const Check& pathSeparatorCheck();        // PORT210-211  path_separators.cpp
const Check& platformOnlyApiCheck();      // PORT4xx  platform_only_apis.cpp
const Check& externalCommandCheck();      // PORT5xx  external_commands.cpp
const Check& platformDetectionCheck();    // PORT6xx  platform_detection.cpp
const Check& tlsTrustCheck();             // PORT7xx  tls_trust.cpp
const Check& fileSystemSemanticsCheck();  // PORT8xx  filesystem_semantics.cpp
const Check& suppressionRulesCheck();     // PORT9xx  suppression_rules.cpp

namespace {

const std::vector<const Check*>& checks() {
  static const std::vector<const Check*> list = {
      &kernelInterfaceCheck(),
      &environmentVariableCheck(),
      &hardcodedPathCheck(),
      &pathSeparatorCheck(),
      &platformOnlyApiCheck(),
      &externalCommandCheck(),
      &platformDetectionCheck(),
      &tlsTrustCheck(),
      &fileSystemSemanticsCheck(),
      &suppressionRulesCheck(),
  };
  return list;
}

const std::vector<const RuleMeta*>& rules() {
  static const std::vector<const RuleMeta*> list = [] {
    std::vector<const RuleMeta*> all;
    for (const Check* c : checks()) {
      for (const RuleMeta* r : c->rules()) all.push_back(r);
    }
    std::sort(all.begin(), all.end(), [](const RuleMeta* a, const RuleMeta* b) { return a->id < b->id; });
    return all;
  }();
  return list;
}

}  // namespace

std::span<const Check* const> allChecks() { return checks(); }
std::span<const RuleMeta* const> allRules() { return rules(); }

const RuleMeta* findRule(std::string_view id) {
  for (const RuleMeta* r : rules()) {
    if (r->id == id || r->name == id) return r;
  }
  return nullptr;
}

}  // namespace platlint
