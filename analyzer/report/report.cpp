#include "analyzer/report/report.h"

namespace platlint {

size_t Report::diagnosticCount() const { return files.totals().shownCount(); }

size_t Report::suppressedCount() const { return files.totals().suppressedCount(); }

size_t Report::guardedCount() const { return files.totals().guarded; }

}  // namespace platlint
