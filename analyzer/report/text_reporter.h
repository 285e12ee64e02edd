#pragma once
// Human-readable output in Ruff's shape: one `path:line:col: RULE message` line per finding (a
// finding that --fix can fix is marked `RULE [*] message`), then file notices, then a one-line
// summary that also counts fixed and fixable findings; with --baseline, what the baseline hid and
// which of its findings are fixed.
#include <ostream>

#include "analyzer/report/report.h"
#include "analyzer/report/reporter.h"

namespace platlint {

// Reads color, unsafeFixes and fixesApplied of `options`.
void writeText(std::ostream& out, const Report& report, const ReportOptions& options);

// `color` adds ANSI escapes; the caller decides (tty, NO_COLOR, --color).
inline void writeText(std::ostream& out, const Report& report, bool color) {
  writeText(out, report, ReportOptions{.color = color});
}

// `--format text`, the default.
const Reporter& textReporter();

}  // namespace platlint
