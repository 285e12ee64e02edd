#pragma once
// Applying fixes (`platlint check --fix`). Placing them for reporters is analyzer/lint/fix_placement.h.
//
// A file is fixed in passes: analyse, apply every applicable fix whose edits do not overlap an
// edit already taken in this pass (the others wait for the next pass), add the imports the fixes
// need, re-analyse, and repeat until no applicable fix remains (at most kMaxFixPasses passes).
// Edits are offsets into the decoded text (SourceFile::text()); the result is encoded back the
// way the file was (UTF-8 BOM, PEP 263 Latin-1) and keeps its line endings. A pass that would
// leave a syntax error is undone.
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

class Engine;
struct FileSettings;

constexpr int kMaxFixPasses = 10;

struct FixOutcome {
  std::string originalText;  // decoded text before fixing
  std::string fixedText;     // decoded text after fixing (== originalText when nothing applied)
  std::string fixedBytes;    // fixedText encoded for writing
  size_t fixesApplied = 0;   // over all passes
  FileResult result;         // the analysis of the final text: the remaining findings
  std::vector<std::string> problems;  // why fixing stopped early or a pass was undone (for stderr)
  bool changed() const { return fixedText != originalText; }
};

// Fixes one file's bytes; nothing is written. Files that could not be analysed cleanly (binary,
// undecodable, with syntax errors) are only analysed. Suppressed findings are not fixed: each
// analysis has the file's suppressions applied.
FixOutcome fixFile(Engine& engine, const FileSettings& settings, const std::string& displayPath, std::string bytes,
                   bool unsafeFixes);
// With the engine's default settings.
FixOutcome fixFile(Engine& engine, const std::string& displayPath, std::string bytes, bool unsafeFixes);

}  // namespace platlint
