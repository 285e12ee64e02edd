#pragma once
// Suppression comments, as a stage of their own: parsed from a file's comments while it is
// analysed (into FileResult::suppressions), applied once every finding of the file exists,
// including project-level ones added after the per-file analysis.
//
// Syntax (see docs/configuration.md):
//   x = f()  # noqa: PORT101, PORT203         rule ids; `# noqa:PORT101` is fine; other tools'
//                                             codes in the list (E501) are ignored
//   x = f()  # platlint: ignore[PORT101] -- reason
//   # platlint: ignore-file[PORT4, PORT203] -- reason     on a line of its own; prefixes allowed
// A line directive applies to findings that start on its line (or whose range spans it), and,
// on the first line of a multi-line statement (or of a compound statement's header), to findings
// anywhere in that statement (header). A bare `# noqa` or a `# noqa: E501` is another linter's and
// is ignored: platlint has no blanket suppression.
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/rule_catalog.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

// Every directive and malformed directive in the comments under `root` (a tree of `file`, with a
// parent index); a code that names no rule of `catalog` makes a directive malformed. Pure: a
// function of the tree, text and catalogue only.
FileSuppressions parseSuppressions(Node root, const SourceFile& file, const RuleCatalog& catalog);

// Marks the findings of `result` that a directive covers (Diagnostic::suppression), adds a
// PORT902 finding per malformed directive and, when PORT901 is enabled, a PORT901 finding per
// directive with rule ids that suppressed nothing (only ids of rules enabled in `settings`). Can
// be called again after more findings were added: it first drops what an earlier call produced.
void applySuppressions(FileResult& result, const FileSettings& settings);

// The findings of `result` that are reported although they start on a line with a bare `# noqa`
// (which platlint ignores): their authors may believe them suppressed.
size_t findingsOnBareNoqaLines(const FileResult& result);

}  // namespace platlint
