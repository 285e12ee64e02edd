#pragma once
// Where every producer of findings builds and orders them: the engine's file checks, project
// checks (project_checks.h), the C/C++ front end and the suppression directives. One policy for
// which platforms a finding is kept on, one level lookup, one order.
#include <string>
#include <vector>

#include "analyzer/base/platform.h"
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_settings.h"

namespace platlint {

// The platforms a finding is kept on: where the construct breaks, that are targets, and (unless
// the settings turn guards off) where the code runs. Empty: the finding is dropped.
// `reachableOn()` gives where the code runs; it is only asked when the answer matters, because
// the guard analysis behind it costs more than the rest.
template <typename ReachableOn>
PlatformSet keptOn(const FileSettings& settings, PlatformSet breaksOn, ReachableOn&& reachableOn) {
  const PlatformSet on = breaksOn & settings.targets;
  if (on.empty() || !settings.applyGuards) return on;
  return on & reachableOn();
}

// A finding of `rule` at `range`, at the level the settings give the rule.
Diagnostic makeFinding(const RuleMeta& rule, const FileSettings& settings, TextRange range, std::string message,
                       PlatformSet breaksOn = PlatformSet::none());

// The order of every file's findings: start line and column, rule id, end, message. Exact
// duplicates (two checks reporting the same thing) are removed.
void orderFindings(std::vector<Diagnostic>& findings);

}  // namespace platlint
