#pragma once
// Runs the rules over one file: decode, parse, build the semantic model, one tree walk that
// dispatches each node to the checks that asked for its kind. A pure function of (bytes,
// selection); callers can run it on many threads, each with its own Engine.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/diagnostic.h"
#include "analyzer/rule.h"
#include "analyzer/rule_selection.h"
#include "analyzer/syntax.h"

namespace platlint {

class Engine {
 public:
  // `targets`: the platforms the code must run on; a finding is kept only where it breaks on one.
  // `applyGuards` false reports findings in platform-guarded code too (an audit of everything).
  explicit Engine(RuleSelection selection, PlatformSet targets = PlatformSet::all(), bool applyGuards = true);
  FileResult analyze(const std::string& displayPath, std::string bytes);
  // --file-timeout: a file whose analysis takes longer is skipped with a Timeout notice.
  void setFileTimeout(std::chrono::milliseconds budget) { fileTimeout_ = budget; }

 private:
  RuleSelection selection_;
  PlatformSet targets_;
  bool applyGuards_;
  std::optional<std::chrono::milliseconds> fileTimeout_;
  PythonParser parser_;
  std::vector<std::vector<const Check*>> dispatch_;  // by TSSymbol
};

}  // namespace platlint
