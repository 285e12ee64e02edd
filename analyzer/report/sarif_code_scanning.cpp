#include "analyzer/report/sarif_code_scanning.h"

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
  SelectedResults selected;
  selected.keep.resize(report.files.size());
  for (size_t f = 0; f < report.files.size(); ++f) {
    selected.keep[f].assign(report.files[f].diagnostics.size(), false);
    selected.total += report.files[f].diagnostics.size();
  }
  for (Level level : {Level::Error, Level::Warning, Level::Note}) {
    for (size_t f = 0; f < report.files.size(); ++f) {
      const std::vector<Diagnostic>& diagnostics = report.files[f].diagnostics;
      for (size_t i = 0; i < diagnostics.size() && selected.kept < maxResults; ++i) {
        if (diagnostics[i].level != level) continue;
        selected.keep[f][i] = true;
        ++selected.kept;
      }
    }
  }
  return selected;
}

}  // namespace platlint
