#pragma once
// What a rule reports, and the per-file result the reporters consume.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/platform.h"
#include "analyzer/source_file.h"

namespace platlint {

enum class Level { Note, Warning, Error };
const char* levelName(Level level);  // "note", "warning", "error" (SARIF's spelling)

struct TextRange {
  uint32_t startByte = 0;
  uint32_t endByte = 0;
  SourcePosition start;
  SourcePosition end;  // exclusive end, as SARIF's endColumn
};

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

struct Fix {
  std::string description;  // imperative, e.g. "Replace `\"/dev/null\"` with `os.devnull`"
  FixSafety safety = FixSafety::Safe;
  std::vector<Edit> edits;  // non-overlapping
  // Modules the replacement needs (`import os`); the fixer adds `import NAME` unless the file
  // already binds NAME to that module.
  std::vector<std::string> requiredImports;
};

struct Diagnostic {
  const RuleMeta* rule = nullptr;
  Level level = Level::Warning;  // the rule's default level unless the configuration overrides it
  std::string message;  // says what is wrong and what to do instead
  TextRange range;
  PlatformSet breaksOn;  // target platforms on which the code breaks
  std::optional<Fix> fix;
};

// A problem with a file itself (unreadable, binary, undecodable, syntax errors, over its time
// budget): reported as a
// SARIF toolExecutionNotification and on stderr, never as a rule finding.
struct FileNotice {
  enum class Kind { Unreadable, Binary, Decoding, SyntaxError, Timeout };
  Kind kind;
  Level level;
  std::string message;
  SourcePosition position;  // line 0 when the notice concerns the whole file
};

struct FileResult {
  std::string path;  // display path, as in SourceFile::path()
  std::vector<Diagnostic> diagnostics;  // sorted by position, then rule id
  std::vector<FileNotice> notices;
  bool analyzed = false;  // false when the file could not be read or was skipped as binary
};

}  // namespace platlint
