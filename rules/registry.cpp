#include "rules/registry.h"

#include <algorithm>
#include <vector>

#include "rules/c_rules.h"
#include "rules/undocumented_switch.h"

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
const Check& optionHelpCheck();           // PORT390  undocumented_switch.cpp (help= texts)

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
      &optionHelpCheck(),
  };
  return list;
}

}  // namespace

const RuleCatalog& builtinRules() {
  // PORT410-PORT412 are matched by the C/C++ front end (analyzer/cfamily), not by a Python check.
  static const RuleCatalog catalog(checks(), {&undocumentedSwitchCheck()}, cFamilyOnlyRules());
  return catalog;
}

}  // namespace platlint
