#pragma once
// Everything a reporter needs about one run. Files are sorted by path, their diagnostics by
// position then rule id, so output is deterministic.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analyzer/report/baseline_comparison.h"
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_results.h"
#include "analyzer/lint/rule.h"

namespace platlint {

struct Report {
  FileResults files;  // read one at a time when spilled: go through them in order
  std::span<const RuleMeta* const> rules;  // every rule platlint knows (SARIF tool.driver.rules)
  std::string workingDirectory;            // absolute; display paths are relative to it
  std::vector<std::string> commandLine;    // argv, for SARIF invocations
  std::vector<std::string> runNotices;     // problems not tied to one file (e.g. git unavailable)
  std::optional<BaselineComparison> baseline;  // with --baseline: what it hid, which findings are fixed
  // Texts not read from disk, by display path (`check --stdin-filename`): the text report's code frames.
  std::map<std::string, std::string> buffers;

  size_t diagnosticCount() const;  // not counting suppressed findings
  size_t suppressedCount() const;
  size_t guardedCount() const;  // findings hidden by platform guards or `try` handlers (FileResult::guarded)
};

}  // namespace platlint
