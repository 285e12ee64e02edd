#include "analyzer/report.h"

namespace platlint {

const char* levelName(Level level) {
  switch (level) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "warning";  // unreachable for valid enumerators
}

size_t Report::diagnosticCount() const {
  size_t n = 0;
  for (const FileResult& file : files) n += file.diagnostics.size();
  return n;
}

}  // namespace platlint
