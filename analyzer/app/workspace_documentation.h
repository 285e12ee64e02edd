#pragma once
// PORT390 in the language server. `platlint check FOLDER` judges an environment switch against the
// documentation of the project FOLDER belongs to and against what the `help=` texts and docstrings
// of every Python file under FOLDER mention. The server gathers the same once per workspace folder
// (at the first buffer whose project check needs documentation: a full analysis of the folder, with
// the folder's result cache when `check` made one) and keeps it up to date as files are saved.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/lint/documentation_index.h"
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

class WorkspaceDocumentation {
 public:
  WorkspaceDocumentation(const RuleCatalog& catalog, std::string folder);

  // What `check FOLDER` knows for the file `path` (absolute), but for what the file `path` itself
  // mentions: the buffer's own text counts instead (project_checks.h adds it).
  const DocumentationIndex& forBuffer(const std::string& path);

  // The file at `path` (absolute) changed on disk: a Python file's mentions, or the documentation
  // files, are read again. True when it is in the folder and what the folder knows was read before.
  bool saved(const std::string& path);

 private:
  void scanFolder();
  void readDocuments();
  // The words the help texts of the Python files at `paths` mention, by absolute path.
  std::map<std::string, std::vector<std::string>> mentionsIn(const std::vector<std::string>& paths, bool useCache) const;

  const RuleCatalog& catalog_;
  std::string folder_;  // absolute
  bool scanned_ = false;
  DocumentationIndex documents_;  // every word of the documentation files
  std::map<std::string, std::vector<std::string>> mentions_;
  std::optional<DocumentationIndex> forBuffer_;  // documents_ plus the mentions of all files but forBufferPath_
  std::string forBufferPath_;
};

}  // namespace platlint
