#pragma once
// The effective settings of one file: everything besides its bytes and the platlint version that
// can change its result. Built by ConfigResolver from the nearest configuration file and the
// command line; handed to Engine::analyze and applySuppressions. Each field a configuration key
// sets is declared, read, shown and fingerprinted in analyzer/workspace/settings_table.cpp.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/base/platform.h"
#include "analyzer/lint/rule_selection.h"

namespace platlint {

// A path prefix the configuration declares Linux-only (`linux-only-paths`), reported by PORT111.
struct ConfiguredPath {
  std::string prefix;  // absolute, without a trailing '/'
  std::string advice;  // completes "...; <advice>"; empty: a generic one
};

// An environment variable the configuration declares a hidden switch (`environment-switches`),
// reported like the built-in ones of PORT302. A trailing '*' makes the name a prefix.
struct ConfiguredVariable {
  std::string name;
  std::string effect;  // completes "reads `X`, which <effect>"; empty: a generic one
};

struct FileSettings {
  RuleSelection rules;  // select/ignore/extend-select of file and command line, per-file-ignores applied
  PlatformSet targets = PlatformSet::all();
  bool applyGuards = true;
  std::vector<std::string> commandWrappers;  // in addition to defaultCommandWrappers()
  std::vector<std::string> commandWrapperOrigins;  // where each was written: "pyproject.toml:12"
  std::vector<ConfiguredPath> linuxOnlyPaths;
  std::vector<ConfiguredVariable> environmentSwitches;
  // The C/C++ front end: build macros that choose a platform (`PSUTIL_LINUX` -> "linux"; a system
  // that is no target, such as "bsd", is defined on none), and whether a file's path names the
  // platform it is built for (`arch/linux/`, `_psutil_windows.c`).
  std::vector<std::pair<std::string, std::string>> cPlatformMacros;
  bool cPlatformFromPath = true;
  // Severity overrides: (selector, level); the most specific matching selector wins.
  std::vector<std::pair<std::string, Level>> severity;
  // The project's line length: a fix that would make a line longer is wrapped inside its brackets
  // or offered as unsafe (placeFixes). Where it came from is for `config --show`.
  uint32_t lineLength = 88;
  std::string lineLengthSource = "default";
  // The project's top-level packages and modules (isort's first party): a new import goes before
  // them (ImportPlan).
  std::vector<std::string> firstPartyModules;
  // The project sorts `import x` and `from x import y` together by module name (OpenStack's
  // hacking H306, isort's force_sort_within_sections): where a new import goes among them.
  bool importsSortedByModule = false;

  // The level a finding of `rule` gets: an override, else the rule's default.
  Level levelOf(const RuleMeta& rule) const;
};

}  // namespace platlint
