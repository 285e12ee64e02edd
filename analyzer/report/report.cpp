#include "analyzer/report/report.h"

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
  for (const FileResult& file : files) {
    for (const Diagnostic& d : file.diagnostics) n += d.suppressed() ? 0 : 1;
  }
  return n;
}

size_t Report::suppressedCount() const {
  size_t n = 0;
  for (const FileResult& file : files) {
    for (const Diagnostic& d : file.diagnostics) n += d.suppressed() ? 1 : 0;
  }
  return n;
}

}  // namespace platlint
