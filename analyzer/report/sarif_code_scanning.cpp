#include "analyzer/report/sarif_code_scanning.h"

#include <algorithm>

namespace platlint {

std::string automationId(const std::string& category) {
  if (category.empty()) return "platlint/";
  return category.back() == '/' ? category : category + "/";
}

const char* problemSeverity(Level level) {
  switch (level) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    case Level::Note: return "recommendation";
  }
  return "warning";
}

const char* rulePrecision(const RuleMeta&) { return "high"; }

SelectedResults selectResults(const Report& report, size_t maxResults) {
  const ResultTotals totals = report.files.totals();
  SelectedResults selected;
  for (Level level : {Level::Error, Level::Warning, Level::Note}) {
    const size_t n = totals.shown[static_cast<size_t>(level)] + totals.suppressed[static_cast<size_t>(level)];
    const size_t kept = std::min(n, maxResults - selected.kept);
    selected.keptByLevel[static_cast<size_t>(level)] = kept;
    selected.kept += kept;
    selected.total += n;
  }
  return selected;
}

}  // namespace platlint
