#pragma once
// Baselines: `--write-baseline FILE` records the current findings; `--baseline FILE` hides the
// recorded ones, so only findings the code gained since are reported, and lists the recorded
// findings that are gone. A finding is matched by rule id, path, the hash of its start line's
// text without whitespace and its occurrence among equal keys (Diagnostic::lineHash,
// ::lineOccurrence), so it survives lines inserted above it and re-indentation. The file format
// is documented in docs/baseline.md.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "analyzer/report/baseline_comparison.h"
#include "analyzer/report/report.h"

namespace platlint {

// A malformed or unreadable baseline file; the message names the file and the problem.
class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Baseline {
  std::filesystem::path directory;  // absolute: where entry paths are relative to
  std::vector<BaselineEntry> entries;
};

// Reads and validates FILE; throws BaselineError.
Baseline readBaseline(const std::string& file);

// The baseline file for every finding in `report`, paths relative to `file`'s directory.
std::string renderBaseline(const Report& report, const std::string& file);

// Removes the findings `baseline` has from `report` (the others are new) and records the result
// in report.baseline.
void applyBaseline(const Baseline& baseline, const std::string& file, Report& report);

}  // namespace platlint
