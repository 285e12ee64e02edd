#pragma once
// Human-readable output. The default (`--format text`), like Ruff's and clang-tidy's: per finding a
// `path:line:col: RULE [name] level: message (breaks on ...)` header (`RULE [*]` when --fix can fix
// it), a code frame (the source lines, read from the file at report time, with a caret under the
// range; none when the file no longer has that text or the finding is on a path), then `= help:`
// (the advice split off the message, text_layout.h), `= fix:` and `= note:` (related places) lines;
// text is wrapped to ReportOptions::width. `--format concise` keeps one `path:line:col: RULE
// message` line per finding for scripts. Both end with file notices and a one-line summary that also
// counts fixed and fixable findings; with --baseline, what the baseline hid and which of its
// findings are fixed.
#include <ostream>

#include "analyzer/report/report.h"
#include "analyzer/report/reporter.h"

namespace platlint {

// Reads color, width, unsafeFixes and fixesApplied of `options`.
void writeText(std::ostream& out, const Report& report, const ReportOptions& options);
// Reads color, unsafeFixes and fixesApplied of `options`.
void writeConciseText(std::ostream& out, const Report& report, const ReportOptions& options);

// `color` adds ANSI escapes; the caller decides (tty, NO_COLOR, FORCE_COLOR, --color).
inline void writeText(std::ostream& out, const Report& report, bool color) {
  writeText(out, report, ReportOptions{.color = color});
}

// The message with the platforms it breaks on, "... (breaks on macos and windows)", unless it names
// them already; findings on paths (PORT808-810) name none. Also the language server's message.
std::string messageWithPlatforms(const Diagnostic& d);

// `--format text`, the default.
const Reporter& textReporter();
// `--format concise`.
const Reporter& conciseReporter();

}  // namespace platlint
