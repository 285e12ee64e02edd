#pragma once
// The map of what a code base depends on, built from the facts the rules recorded: environment
// variables, kernel interfaces, hard-coded paths, external programs and platform-only APIs, each
// with every location and the platforms its code runs on. Rendered by inventory_text.cpp,
// inventory_markdown.cpp and inventory_json.cpp (schema: docs/inventory.md).
#include <string>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/documentation_index.h"

namespace platlint {

struct InventoryLocation {
  std::string path;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string detail;  // how the code uses it there: "reads", "tests for; compared", "lists", "subprocess.run"
  PlatformSet reachableOn = PlatformSet::all();
};

struct InventoryEntry {
  std::string name;   // variable, path, program or qualified API name
  std::string group;  // paths: the directory prefix they are grouped by ("/proc/self", "/etc")
  std::string ruleId;  // the rule whose catalog knows it, or empty
  PlatformSet missingOn;  // where it does not exist, when platlint knows
  // Environment variables only.
  bool read = false;
  bool written = false;
  bool isSwitch = false;  // its value decides something (see PORT390)
  bool documented = false;
  std::vector<std::string> defaults;  // distinct literal defaults, as written
  std::vector<InventoryLocation> locations;  // sorted by path, line, column
};

// A path of the tree that cannot be checked out everywhere (PORT808-810: a finding on the path).
struct InventoryTreeProblem {
  std::string path;
  std::string ruleId;
  std::string message;
  PlatformSet breaksOn;
};

struct Inventory {
  static constexpr int kSchemaVersion = 1;
  std::string root;  // the project root, relative to the working directory when below it
  size_t filesAnalysed = 0;
  std::vector<std::string> documentation;  // the documentation files consulted
  std::vector<InventoryEntry> environment;       // by name
  std::vector<InventoryEntry> kernelInterfaces;  // by group, then path
  std::vector<InventoryEntry> hardcodedPaths;    // by group, then path
  std::vector<InventoryEntry> commands;          // by name
  std::vector<InventoryEntry> platformApis;      // by name
  std::vector<InventoryTreeProblem> treeProblems;  // by path, then rule
};

// The findings on paths (without a region) in `files` are the tree problems.
Inventory buildInventory(const std::vector<FileResult>& files, const DocumentationIndex& docs, std::string root);

// "/proc/self/mounts" -> "/proc/self", "/tmp/x" -> "/tmp", "/dev/null" -> "/dev": the directory,
// at most two levels deep.
std::string pathGroup(std::string_view path);

// "" when reachable everywhere, "only on linux", "only on linux, macos", "on no platform".
std::string guardPhrase(PlatformSet reachableOn);

std::string renderInventoryText(const Inventory& inventory);
std::string renderInventoryMarkdown(const Inventory& inventory);
std::string renderInventoryJson(const Inventory& inventory);

}  // namespace platlint
