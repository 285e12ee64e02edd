#pragma once
// What GitHub code scanning reads from a SARIF log beyond the standard: rule precision and
// problem.severity, the analysis category (runAutomationDetails.id), and its limit of 25,000
// results per run (an upload with more is rejected).
#include <cstddef>
#include <string>
#include <vector>

#include "analyzer/report/report.h"

namespace platlint {

constexpr size_t kCodeScanningMaxResults = 25000;

struct SarifOptions {
  // runAutomationDetails.id: "CATEGORY/" so that GitHub keeps platlint's analyses apart from
  // other tools' (and several platlint configurations apart from each other).
  std::string category = "platlint";
  size_t maxResults = kCodeScanningMaxResults;
};

// "platlint" → "platlint/"; "platlint/py" → "platlint/py/".
std::string automationId(const std::string& category);

// GitHub's problem.severity: "error", "warning" or "recommendation".
const char* problemSeverity(Level level);

// GitHub's precision ("very-high", "high", "medium", "low"): how often a finding is a true
// positive. Every rule reports facts resolved through the semantic model (imports, aliases,
// folded literals, platform guards), none is a text heuristic, so all are "high".
const char* rulePrecision(const RuleMeta& rule);

// The findings kept are, of each level, the first `keptOf(level)` in report order.
struct SelectedResults {
  size_t keptByLevel[3] = {};  // by Level
  size_t total = 0;
  size_t kept = 0;
  size_t keptOf(Level level) const { return keptByLevel[static_cast<size_t>(level)]; }
};

// Goes through a report's findings deciding which are kept: call keep() for each in report order.
class SelectedFindings {
 public:
  explicit SelectedFindings(const SelectedResults& selected) : selected_(selected) {}
  bool keep(const Diagnostic& d) { return seen_[static_cast<size_t>(d.level)]++ < selected_.keptOf(d.level); }

 private:
  const SelectedResults& selected_;
  size_t seen_[3] = {};
};

// Which findings fit under `maxResults`: errors first, then warnings, then notes, each in
// report order; all of them when they fit.
SelectedResults selectResults(const Report& report, size_t maxResults);

}  // namespace platlint
