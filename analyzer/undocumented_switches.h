#pragma once
// PORT390 for a whole project: after every file was analysed, each `env-switch` fact whose
// variable no documentation mentions becomes a finding in its file's result.
#include <string>
#include <vector>

#include "analyzer/diagnostic.h"
#include "analyzer/documentation_index.h"
#include "analyzer/rule_selection.h"

namespace platlint {

// Adds the PORT390 findings to `files` (kept sorted like the engine's), on the platforms where the
// code runs (unless `applyGuards` is false) and that are targets. Does nothing unless PORT390 is
// enabled in `selection`.
void addUndocumentedSwitchFindings(std::vector<FileResult>& files, const DocumentationIndex& docs,
                                   const RuleSelection& selection, PlatformSet targets, bool applyGuards);

// The same for `platlint check`: builds the documentation index of the project the `paths` belong
// to (projectRoot()) plus `extraDocPaths`, only when some file has a switch to judge.
void addUndocumentedSwitchFindings(std::vector<FileResult>& files, const std::vector<std::string>& paths,
                                   const std::vector<std::string>& extraDocPaths, const RuleSelection& selection,
                                   PlatformSet targets, bool applyGuards);

}  // namespace platlint
