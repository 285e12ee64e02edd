#pragma once
// `check --suggest-targets`: the components of a code base that look Linux-only by design, as
// per-file-target entries (docs/configuration.md) for the user to review. A legacy Linux code base
// gets most of its findings from such components (a distribution's configuration modules, a
// privileged helper that runs LVM tools, a network agent): true, but nothing its reviewers will
// change, and they bury the findings in code that must run everywhere. Only the project knows which
// components are Linux-only on purpose; this view finds the candidates and writes the entries.
//
// A Linux tie is a finding of the kernel-interface, platform-API or external-program families
// (PORT1xx, PORT4xx, PORT5xx) that breaks on both macOS and Windows: something only Linux has, with
// no portable alternative to switch to. Test modules are left out (the tests are what a team wants
// to run elsewhere first). A directory is suggested when at least two of its files with findings,
// and at least 60% of them, have a Linux tie; only the topmost such directory, and never one that
// holds every file with findings (a code base that is Linux-only as a whole sets `target`). A file
// outside those is suggested when at least three of its findings, and two thirds of them, are ties,
// and it is not the only file with findings.
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_results.h"

namespace platlint {

struct TargetSuggestion {
  std::string path;              // a directory (ending in '/') or a file, as the report shows paths
  std::string absolute;          // the same, absolute and normalised
  size_t filesWithFindings = 0;  // non-test files there with findings (1 for a file)
  size_t tiedFiles = 0;          // of those, the files with a Linux tie
  size_t findings = 0;           // their findings
  size_t ties = 0;               // of those, the Linux ties
  std::vector<std::string> names;  // what the ties name (`lvcreate`, `/proc/mounts`), most frequent first, at most 4

  bool isDirectory() const { return !path.empty() && path.back() == '/'; }
};

bool isLinuxTie(const Diagnostic& finding);

// The suggestions for a run's results, in path order. Display paths are relative to
// `workingDirectory` (absolute) or absolute, as shownPath() makes them; they are compared absolute.
std::vector<TargetSuggestion> suggestTargets(const FileResults& files, const std::string& workingDirectory);

// {"path", "kind", "files_with_findings", "files_tied_to_linux", "findings", "linux_ties", "names"}:
// the JSON view's and the HTML report's.
nlohmann::ordered_json suggestionJson(const TargetSuggestion& suggestion);

// A suggestion and where it goes: the configuration file governing it (as shown to the user; empty
// when there is none yet), that file's per-file-target table header, and the glob there.
struct PlacedSuggestion {
  TargetSuggestion suggestion;
  std::string configFile;
  std::string tableHeader;  // "[tool.platlint.per-file-target]" or "[per-file-target]"
  std::string glob;         // relative to the configuration file's directory (none: the working directory)
};

// The suggestions with their evidence, then the entries to add, per configuration file.
std::string renderTargetSuggestionsText(std::span<const PlacedSuggestion> suggestions);
// [{"path", "kind", "files_with_findings", "files_tied_to_linux", "findings", "linux_ties", "names",
//   "configuration", "glob"}, ...]
std::string renderTargetSuggestionsJson(std::span<const PlacedSuggestion> suggestions);

}  // namespace platlint
