#include "analyzer/report/report.h"

namespace platlint {

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

size_t Report::guardedCount() const {
  size_t n = 0;
  for (const FileResult& file : files) n += file.guarded;
  return n;
}

}  // namespace platlint
