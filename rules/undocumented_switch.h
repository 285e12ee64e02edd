#pragma once
// PORT390 (undocumented environment switch) is decided for the whole project at once: the checks
// record `env-switch` and `help-mention` facts per file, and undocumentedSwitchCheck(), a project
// check (analyzer/lint/project_check.h), reports the switches that no documentation mentions. The
// rule's metadata lives here so that the checks that feed it can list it (and run when only PORT390
// is selected).
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"

namespace platlint {

extern const RuleMeta kUndocumentedSwitch;
class ProjectCheck;
const ProjectCheck& undocumentedSwitchCheck();

// The upper-case words of a text that may name an environment variable: runs of letters, digits
// and underscores with at least one upper-case letter and no lower-case one ("OS_DEBUG", "TZ").
std::vector<std::string> upperCaseWords(std::string_view text);

}  // namespace platlint
