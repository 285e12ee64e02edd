#pragma once
// The project-wide pass: after every file of a run was analysed (or read from the cache), the
// catalogue's project checks (project_check.h) add their findings to the files' results, sorted
// like the engine's. Suppressions are applied afterwards by the caller.
#include <functional>
#include <string>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/documentation_index.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

// The settings of files[i].
using SettingsOfFile = std::function<const FileSettings&(size_t)>;

// Where the project's documentation comes from: `root`, or when empty the project the analysed
// `paths` belong to (projectRoot()), plus `extraDocPaths` (--doc-path).
struct ProjectDocumentation {
  std::vector<std::string> paths;
  std::vector<std::string> extraDocPaths;
  std::string root;
};

void runProjectChecks(const RuleCatalog& catalog, std::vector<FileResult>& files, const SettingsOfFile& settings,
                      const ProjectDocumentation& documentation);

}  // namespace platlint
