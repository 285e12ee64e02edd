#pragma once
// The project-wide pass: after every file of a run was analysed (or read from the cache), the
// catalogue's project checks (project_check.h) read the files' paths and facts and add their
// findings to the files (ProjectFile::findings), sorted like the engine's. The caller moves them
// into the files' results and applies suppressions afterwards.
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/documentation_index.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/project_check.h"
#include "analyzer/lint/project_tree.h"
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
  // When set, the documentation read before, asked for only when a check needs it (the language
  // server's, per workspace folder: the documentation files and the help texts of the folder's
  // other files); the above are then not read.
  std::function<const DocumentationIndex&()> known;
  // Words the help texts of the analysed files mention, gathered from their `help-mention` facts
  // while they were analysed (`check` keeps one copy of each word, not one per file).
  std::unordered_set<std::string> mentions;
};

// The tree's paths for the checks that read them, and how a finding on a path that has no result
// yet gets one.
struct ProjectPaths {
  const ProjectTree* tree = nullptr;  // null: no tree was discovered
  // Appends a file (for a FileResult::pathOnly result) and its settings for `display`, and returns its index;
  // nullopt when the command's filter (a shard, review mode) leaves the path out. Unset: such
  // findings are dropped.
  std::function<std::optional<size_t>(const std::string& display)> addPath;
  // `platlint inventory`: only the checks that read the tree, reporting whatever the rule selection
  // and targets say (the inventory is the map, not the findings).
  bool inventory = false;
};

void runProjectChecks(const RuleCatalog& catalog, std::vector<ProjectFile>& files, const SettingsOfFile& settings,
                      const ProjectDocumentation& documentation, const ProjectPaths& paths = {});

// True when some project check of the catalogue reads the tree.
bool anyCheckReadsTree(const RuleCatalog& catalog);

// True when some project check of the catalogue reads facts of `kind`.
bool anyCheckReadsFacts(const RuleCatalog& catalog, FactKind kind);

}  // namespace platlint
