#include "analyzer/ci/ci_stages.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "analyzer/base/output_file.h"

namespace platlint {

std::optional<CiStages> prepareCiStages(const CiOptions& options) {
  CiStages stages;
  try {
    if (!options.baselinePath.empty()) stages.baseline = readBaseline(options.baselinePath);
    if (!options.diffBase.empty()) stages.changes = changedSince(options.diffBase, std::filesystem::current_path());
  } catch (const BaselineError& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return std::nullopt;
  } catch (const ReviewModeError& e) {
    std::cerr << "platlint: error: --diff-base " << options.diffBase << ": " << e.what() << '\n';
    return std::nullopt;
  }
  return stages;
}

void keepChangedFiles(const CiStages& stages, std::vector<std::string>& files) {
  if (!stages.changes) return;
  std::erase_if(files, [&](const std::string& path) { return !stages.changes->fileChanged(path); });
}

bool applyCiStages(const CiOptions& options, const CiStages& stages, Report& report) {
  if (!options.writeBaselinePath.empty()) {
    try {
      writeFileAtomically(options.writeBaselinePath, renderBaseline(report, options.writeBaselinePath));
    } catch (const std::exception& e) {
      std::cerr << "platlint: error: " << e.what() << '\n';
      return false;
    }
    const size_t n = report.diagnosticCount();
    std::cerr << "platlint: wrote " << n << (n == 1 ? " finding" : " findings") << " to the baseline "
              << options.writeBaselinePath << '\n';
  }
  if (stages.changes) keepChangedLines(*stages.changes, report);
  if (stages.baseline) applyBaseline(*stages.baseline, options.baselinePath, report);
  return true;
}

int findingsExitStatus(const CiOptions& options, const Report& report) {
  if (options.exitZero || !options.writeBaselinePath.empty()) return 0;
  return report.files.totals().shownAtLeast(options.failOn.value_or(Level::Note)) > 0 ? 1 : 0;
}

}  // namespace platlint
