#pragma once
// What a rule reports, and the per-file result the reporters consume.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/lint/fact.h"
#include "analyzer/base/platform.h"
#include "analyzer/syntax/source_file.h"

namespace platlint {

enum class Level { Note, Warning, Error };
const char* levelName(Level level);  // "note", "warning", "error" (SARIF's spelling)

// What a message ends with about its platforms: " (breaks on macos, windows)", or, for what matters
// wherever the code runs (TLS trust, an undocumented switch), " (on every platform)": such a
// finding breaks nothing on a platform of its own.
std::string platformNote(PlatformSet breaksOn);

struct TextRange {
  uint32_t startByte = 0;
  uint32_t endByte = 0;
  SourcePosition start;
  SourcePosition end;  // exclusive end, as SARIF's endColumn
};

// The range of a finding on a file or directory as a whole, not on its text (PORT808-810): line 0.
inline constexpr TextRange kNoRegion{0, 0, SourcePosition{0, 0}, SourcePosition{0, 0}};

struct RuleMeta;

// One replacement in the decoded source text (SourceFile::text()): bytes [startByte, endByte)
// become `replacement`.
struct Edit {
  uint32_t startByte = 0;
  uint32_t endByte = 0;
  std::string replacement;
};

// Like Ruff: a safe fix keeps the program's meaning; an unsafe one may change behaviour (and is
// only applied with --unsafe-fixes).
enum class FixSafety { Safe, Unsafe };

// An edit as an editor applies it, with line/column positions: what reporters print.
struct PlacedEdit {
  TextRange range;  // empty (start == end) for an insertion
  std::string content;
};

struct Fix {
  std::string description;  // imperative, e.g. "Replace `\"/dev/null\"` with `os.devnull`"
  FixSafety safety = FixSafety::Safe;
  std::vector<Edit> edits;  // non-overlapping
  // Modules the replacement needs (`import os`); the fixer adds `import NAME` unless the file
  // already binds NAME to that module.
  std::vector<std::string> requiredImports;
  // The fix as an editor applies it on its own: the insertion of the imports it needs that the
  // file lacks, then its edits, in text order (see placeFixes). nullopt until placed, or when the
  // fix cannot be applied on its own (a needed module name is bound to something else).
  std::optional<std::vector<PlacedEdit>> placed = std::nullopt;
};

// True when --fix applies `fix`: safe fixes always, unsafe ones only with --unsafe-fixes.
inline bool fixApplies(const Fix& fix, bool unsafeFixes) { return fix.safety == FixSafety::Safe || unsafeFixes; }

// Why a finding is suppressed: set by applySuppressions() (analyzer/lint/suppressions.h). A suppressed
// finding is kept for SARIF (`suppressions`, kind inSource) and counted, but not shown in text
// output, not fixed and not counted in the exit code.
struct SuppressionMark {
  uint32_t directiveLine = 0;  // the line of the comment that suppresses it
  bool fileLevel = false;      // `# platlint: ignore-file[...]`
  std::string justification;   // the directive's `-- reason`, or empty
};

// Another place that belongs to a finding: a finding of another rule with the same root cause,
// folded into this one (analyzer/lint/root_causes.h). Shown as SARIF relatedLocations.
struct RelatedLocation {
  TextRange range;  // kNoRegion: the whole of `path` (a finding on a path, not on code)
  std::string message;  // "PORT402 platform-only-function: `os.uname()` does not exist on windows; ..."
  std::string path = {};  // empty: the finding's own file
};

struct Diagnostic {
  const RuleMeta* rule = nullptr;
  Level level = Level::Warning;  // the rule's default level unless the configuration overrides it
  std::string message;  // says what is wrong and what to do instead
  TextRange range;  // kNoRegion (hasRegion() false): a finding on the path itself (PORT808-810)
  PlatformSet breaksOn;  // target platforms on which the code breaks
  std::optional<Fix> fix;
  std::vector<RelatedLocation> related;  // in text order
  std::optional<SuppressionMark> suppression;
  bool suppressed() const { return suppression.has_value(); }
  bool hasRegion() const { return range.start.line != 0; }
  // Identity across edits, filled from the file's bytes after analysis (analyzer/lint/fingerprints.h).
  std::string lineHash;         // hash of the start line's text without whitespace
  uint32_t lineOccurrence = 0;  // index among this file's findings of the same rule and lineHash
  std::string githubLineHash;   // GitHub's primaryLocationLineHash ("hex:n"); empty if unknown
};

// A problem with a file itself (unreadable, binary, undecodable, syntax errors, over its time
// budget): reported as a
// SARIF toolExecutionNotification and on stderr, never as a rule finding.
struct FileNotice {
  enum class Kind { Unreadable, Binary, Decoding, SyntaxError, Internal, Timeout, TooLarge };
  Kind kind;
  Level level;
  std::string message;
  SourcePosition position;  // line 0 when the notice concerns the whole file
};

// A suppression comment of a file, as parsed (analyzer/lint/suppressions.h).
struct SuppressionDirective {
  enum class Scope { Line, File };
  Scope scope = Scope::Line;
  uint32_t line = 0;      // the comment's line
  uint32_t lastLine = 0;  // a directive on the first line of a multi-line statement covers it to here
  TextRange range;        // the directive within the comment (reported when unused)
  std::vector<std::string> codes;  // rule ids; for file scope also family prefixes (PORT4)
  std::string justification;       // `-- reason`, or empty
  std::string text;                // the directive as written, for messages
};

// A comment that looks like a platlint suppression but is not one (reported by PORT902).
struct MalformedDirective {
  TextRange range;
  std::string message;
};

struct FileSuppressions {
  std::vector<SuppressionDirective> directives;
  std::vector<MalformedDirective> malformed;
  // Lines with a bare `# noqa` (or `# noqa E501`): another linter's blanket suppression, which
  // platlint does not honour; kept to tell a user whose findings sit on such lines.
  std::vector<uint32_t> bareNoqaLines;
};

struct FileResult {
  std::string path;  // display path, as in SourceFile::path()
  std::vector<Diagnostic> diagnostics;  // sorted by position, then rule id
  std::vector<FileNotice> notices;
  std::vector<Fact> facts;  // what the file depends on (analyzer/lint/fact.h), sorted by position
  // Findings not reported only because a platform guard or a `try` keeps the code from breaking
  // (--ignore-guards reports them): distinct by rule and range, before root-cause folding.
  uint32_t guarded = 0;
  // Lines of the decoded text (as `wc -l` counts them), what the HTML report's map sizes a file by;
  // 0 when the file was not decoded (unreadable, binary, a C/C++ file, a path-only result).
  uint32_t lines = 0;
  FileSuppressions suppressions;  // parsed with the file; applied by applySuppressions()
  bool analyzed = false;  // false when the file could not be read or was skipped as binary
  // A path the checks over the tree reported (a directory, a file that is not source code): never
  // read, so it counts neither as analysed nor as skipped.
  bool pathOnly = false;
  std::string language = "python";  // of the findings: "python", "c" or "cpp"; "" for a path-only result
};

}  // namespace platlint
