#pragma once
// What a baseline (analyzer/ci/baseline.h) records of a finding, and what applying one did to a
// run: reporters show it, so it lives with the report.
#include <cstdint>
#include <string>
#include <vector>

namespace platlint {

struct BaselineEntry {
  std::string rule;
  std::string path;  // relative to the baseline file's directory, '/' separators
  std::string lineHash;
  uint32_t occurrence = 0;
  // For people reading the file and for listing fixed findings; not part of the match.
  uint32_t line = 0;
  std::string message;
};

// What --baseline did to a run, for the reporters.
struct BaselineComparison {
  std::string file;        // as given on the command line
  size_t unchanged = 0;    // findings hidden because the baseline has them
  // Baseline findings no longer found in the files this run analysed (or whose file is gone);
  // paths are display paths, like FileResult::path.
  std::vector<BaselineEntry> fixed;
};

}  // namespace platlint
