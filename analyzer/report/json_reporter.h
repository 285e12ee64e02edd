#pragma once
// Machine-readable output with a small, stable schema. Consumers may rely on it; new keys may be
// added, existing ones keep their meaning:
//
//   {
//     "version": "0.1.0",              // platlint version
//     "files_analysed": 120,           // files that were read and parsed
//     "findings": [{
//       "rule": "PORT101", "name": "proc-mounts", "level": "error",
//       "message": "...", "path": "nova/virt/disk.py",
//       "start": {"line": 3, "column": 5},  // 1-based; columns count Unicode code points
//       "end": {"line": 3, "column": 19},   // exclusive
//       "breaks_on": ["macos", "windows"],
//       "fix": {                         // only when the rule offers a fix for this finding
//         "description": "Replace `\"/dev/null\"` with `os.devnull`",
//         "safety": "safe",              // or "unsafe" (applied only with --unsafe-fixes)
//         "edits": [{"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 1},
//                    "content": "import os\n"}]  // imports it needs first; ranges as above
//       }
//     }],
//     "notices": [{"path": "x.py", "kind": "syntax-error", "level": "warning",
//                  "message": "...", "line": 4, "column": 1}],  // line 0, column 0: the whole file
//     "run_notices": ["..."],          // problems not tied to one file
//     "baseline": {                    // only with --baseline; "findings" then holds new ones
//       "file": "platlint-baseline.json", "unchanged": 12,  // findings the baseline hid
//       "fixed": [{"rule": "PORT101", "path": "x.py", "line": 3, "message": "..."}]
//     }
//   }
//
// "kind" is one of noticeKindName()'s values. Text that is not valid UTF-8 (e.g. a file name in
// another encoding) is written with U+FFFD in place of the bad bytes.
//
// Keys always appear in this order; findings in report order (path, then position, then rule).
#include <ostream>
#include <string>

#include "analyzer/report/report.h"
#include "analyzer/report/reporter.h"

namespace platlint {

// A fix has "edits" once placed (Fix::placed, see placeFixes). writeJson writes the report as it
// goes (one finding at a time); renderJson returns it.
void writeJson(const Report& report, std::ostream& out);
std::string renderJson(const Report& report);

// `--format json`: renderJson.
const Reporter& jsonReporter();

// "unreadable-file", "binary-file", "decoding-error", "syntax-error": stable names used by the JSON
// "kind" field and as SARIF notification descriptor ids.
const char* noticeKindName(FileNotice::Kind kind);

}  // namespace platlint
