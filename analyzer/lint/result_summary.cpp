#include "analyzer/lint/result_summary.h"

#include "analyzer/lint/suppressions.h"

namespace platlint {

ResultSummary ResultSummary::of(const FileResult& result) {
  ResultSummary s;
  for (const Diagnostic& d : result.diagnostics) ++(d.suppressed() ? s.suppressed : s.shown)[static_cast<size_t>(d.level)];
  s.notices = static_cast<uint32_t>(result.notices.size());
  s.onBareNoqa = static_cast<uint32_t>(findingsOnBareNoqaLines(result));
  s.guarded = result.guarded;
  s.analyzed = result.analyzed;
  s.pathOnly = result.pathOnly;
  return s;
}

void ResultTotals::add(const ResultSummary& s) {
  for (size_t level = 0; level < 3; ++level) {
    shown[level] += s.shown[level];
    suppressed[level] += s.suppressed[level];
  }
  notices += s.notices;
  guarded += s.guarded;
  onBareNoqa += s.onBareNoqa;
  filesOnBareNoqa += s.onBareNoqa > 0 ? 1 : 0;
  if (!s.pathOnly) (s.analyzed ? analysed : unanalysed)++;
  if (s.shownCount() > 0) (s.pathOnly ? pathsWithFindings : filesWithFindings)++;
}

size_t ResultTotals::shownAtLeast(Level level) const {
  size_t n = 0;
  for (size_t l = static_cast<size_t>(level); l < 3; ++l) n += shown[l];
  return n;
}

}  // namespace platlint
