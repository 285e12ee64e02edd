#pragma once
// Human-readable output in Ruff's shape: one `path:line:col: RULE message` line per finding, then
// file notices, then a one-line summary.
#include <ostream>

#include "analyzer/report.h"

namespace platlint {

// `color` adds ANSI escapes; the caller decides (tty, NO_COLOR, --color).
void writeText(std::ostream& out, const Report& report, bool color);

}  // namespace platlint
