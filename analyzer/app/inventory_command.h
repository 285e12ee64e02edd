#pragma once
// `platlint inventory PATH...`: what the code depends on (environment variables, kernel
// interfaces, hard-coded paths, external programs, platform-only APIs), with every location and
// guard. Exit code 0, or 2 for usage errors, paths that do not exist (before any report) and
// unwritable output.
#include <string>
#include <vector>

#include "analyzer/lint/rule_catalog.h"

namespace platlint {

enum class InventoryFormat { Text, Markdown, Json, Html };

struct InventoryOptions {
  std::vector<std::string> paths;
  InventoryFormat format = InventoryFormat::Text;
  std::string outputPath;  // empty: standard output
  std::vector<std::string> exclude;
  bool respectGitignore = true;
  std::vector<std::string> docPaths;  // --doc-path: more documentation files or directories
  unsigned jobs = 0;                  // --jobs: worker threads; 0 = one per core
  bool failOnEmpty = false;           // --fail-on-empty: no file found under the paths is exit 2
  std::string stdinFilename;          // --stdin-filename: standard input ("-") analysed as this file
};

int runInventory(const RuleCatalog& catalog, const InventoryOptions& options);

}  // namespace platlint
