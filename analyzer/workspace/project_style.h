#pragma once
// What a project's other tools say about how its code looks, for fixes that fit in: its line
// length (ruff, black, flake8/pycodestyle configuration) and its top-level packages (isort's first
// party). platlint's own `line-length` (settings_table.cpp) wins over all of these.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace platlint {

struct ProjectStyle {
  uint32_t lineLength = 88;
  std::string lineLengthSource = "default (no ruff, black or flake8 configuration)";
  std::vector<std::string> firstParty;  // sorted
  // `import x` and `from x import y` sorted together by module name: a `[hacking]` section
  // (OpenStack's H306), or isort's `force_sort_within_sections` (also its google and open_stack
  // profiles) in `[tool.isort]`, `.isort.cfg`, setup.cfg or tox.ini.
  bool importsSortedByModule = false;
};

// The style governing files in `directory` (absolute). The search goes up from `directory` and
// stops at the top of the git work tree (a directory containing `.git`) or the file-system root:
//  - line length: in the nearest directory with a configuration of one of these tools, the first
//    of `[tool.ruff] line-length` (pyproject.toml) or `line-length` (ruff.toml, .ruff.toml),
//    `[tool.black] line-length` (pyproject.toml), `max-line-length` of `[flake8]`,
//    `[pycodestyle]` or `[pep8]` (setup.cfg, tox.ini, .flake8); a tool's section without the key
//    gives its default: 88 for ruff and black, 79 for flake8 (a `[hacking]` section counts as
//    flake8's). 88 when there is none.
//  - the order of imports: from the nearest directory with a `[hacking]` or isort section;
//  - first party: the packages (directories with __init__.py) and modules at the project root
//    (the nearest directory with pyproject.toml, setup.py, setup.cfg, tox.ini or .git) and in its
//    src/, and the top-level package `directory` itself belongs to.
ProjectStyle findProjectStyle(const std::string& directory);

// findProjectStyle() for many directories of one tree: each directory's own files are read once,
// not once per directory below it (a tree of 150 packages read its setup.cfg 150 times). Not
// thread-safe: the caller locks.
class ProjectStyleFinder {
 public:
  ProjectStyle find(const std::string& directory);

  struct LineLength {
    uint32_t length;
    std::string source;
  };
  // What one directory's own files say.
  struct DirectoryFacts {
    std::optional<LineLength> lineLength;
    std::optional<bool> importsSortedByModule;
    bool projectRoot = false;
    bool package = false;  // holds __init__.py
    bool gitTop = false;   // holds .git
  };

 private:
  const DirectoryFacts& factsOf(const std::string& directory);
  const std::vector<std::string>& modulesOfRoot(const std::string& root);

  std::map<std::string, DirectoryFacts> facts_;
  std::map<std::string, std::vector<std::string>> rootModules_;
};

}  // namespace platlint
