#pragma once
// What a report's totals need of a result: its findings counted by level, its notices, its guarded
// count. Kept beside each spilled result when it is stored (file_results.h), so that counting
// findings for a summary line, an exit status or a SARIF result limit decodes no result, and a pass
// that writes only findings or only notices reads just the files that have some.
#include <cstddef>
#include <cstdint>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

struct ResultSummary {
  uint32_t shown[3] = {};       // findings not suppressed, by Level
  uint32_t suppressed[3] = {};  // suppressed findings, by Level
  uint32_t notices = 0;
  uint32_t onBareNoqa = 0;  // findingsOnBareNoqaLines (suppressions.h)
  uint32_t guarded = 0;     // FileResult::guarded
  bool analyzed = false;
  bool pathOnly = false;

  static ResultSummary of(const FileResult& result);
  size_t shownCount() const { return size_t{shown[0]} + shown[1] + shown[2]; }
  size_t suppressedCount() const { return size_t{suppressed[0]} + suppressed[1] + suppressed[2]; }
  bool hasFindings() const { return shownCount() + suppressedCount() > 0; }
};

// The sums of a run's summaries.
struct ResultTotals {
  size_t shown[3] = {};       // by Level
  size_t suppressed[3] = {};  // by Level
  size_t notices = 0;
  size_t guarded = 0;
  size_t onBareNoqa = 0;
  size_t filesOnBareNoqa = 0;  // files with findings on bare-noqa lines
  size_t analysed = 0;
  size_t unanalysed = 0;         // not analysed, and not a path-only result
  size_t filesWithFindings = 0;  // files (not path-only results) with findings not suppressed
  size_t pathsWithFindings = 0;  // path-only results with findings not suppressed

  void add(const ResultSummary& summary);
  size_t shownCount() const { return shown[0] + shown[1] + shown[2]; }
  size_t suppressedCount() const { return suppressed[0] + suppressed[1] + suppressed[2]; }
  // Findings not suppressed of `level` or above.
  size_t shownAtLeast(Level level) const;
};

}  // namespace platlint
