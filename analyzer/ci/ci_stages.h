#pragma once
// The stages `platlint check` runs for CI after analysis (and after suppressions): write a
// baseline, keep only the lines a change touched (review mode), hide baselined findings; and the
// exit status --fail-on asks for. runCheck calls these; the logic lives here.
#include <optional>
#include <string>
#include <vector>

#include "analyzer/ci/baseline.h"
#include "analyzer/report/report.h"
#include "analyzer/ci/review_mode.h"
#include "analyzer/lint/diagnostic.h"

namespace platlint {

// The options of `platlint check` these stages act on.
struct CiOptions {
  std::string baselinePath;       // --baseline: report only findings the baseline lacks
  std::string writeBaselinePath;  // --write-baseline: record the current findings
  std::string diffBase;           // --diff-base / --changed-since: review mode against this ref
  std::optional<Level> failOn;    // --fail-on: exit 1 only for findings at or above this level
  bool exitZero = false;          // --exit-zero
};

struct CiStages {
  std::optional<ChangedLines> changes;  // review mode
  std::optional<Baseline> baseline;
};

// Before analysis: reads the baseline and asks git for the change, so a bad baseline or ref fails
// before any work. On failure prints the error and returns nullopt (exit status 2).
std::optional<CiStages> prepareCiStages(const CiOptions& options);

// Review mode analyses only the changed files.
void keepChangedFiles(const CiStages& stages, std::vector<std::string>& files);

// After analysis: --write-baseline (from every finding), review mode, --baseline. Returns false
// when the baseline file could not be written (the error is printed).
bool applyCiStages(const CiOptions& options, const CiStages& stages, Report& report);

// 1 when a finding is at or above --fail-on (default: any finding), else 0; with --exit-zero or
// --write-baseline always 0.
int findingsExitStatus(const CiOptions& options, const Report& report);

}  // namespace platlint
