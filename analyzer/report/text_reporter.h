#pragma once
// Human-readable output in Ruff's shape: one `path:line:col: RULE message` line per finding (a
// finding that --fix can fix is marked `RULE [*] message`), then file notices, then a one-line
// summary that also counts fixed and fixable findings.
#include <cstddef>
#include <ostream>

#include "analyzer/report/report.h"

namespace platlint {

struct TextOptions {
  bool color = false;        // ANSI escapes; the caller decides (tty, NO_COLOR, --color)
  bool unsafeFixes = false;  // --unsafe-fixes: unsafe fixes count as fixable
  size_t fixed = 0;          // findings --fix fixed in this run
};

void writeText(std::ostream& out, const Report& report, const TextOptions& options);

// `color` adds ANSI escapes; the caller decides (tty, NO_COLOR, --color).
inline void writeText(std::ostream& out, const Report& report, bool color) {
  writeText(out, report, TextOptions{color, false, 0});
}

}  // namespace platlint
