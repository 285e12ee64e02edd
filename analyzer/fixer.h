#pragma once
// Applying fixes (`platlint check --fix`) and placing them for reporters.
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

#include "analyzer/diagnostic.h"
#include "analyzer/syntax.h"

namespace platlint {

class Engine;
struct FileSettings;
class SemanticModel;

constexpr int kMaxFixPasses = 10;

// True when --fix applies `fix`: safe fixes always, unsafe ones only with --unsafe-fixes.
inline bool fixApplies(const Fix& fix, bool unsafeFixes) { return fix.safety == FixSafety::Safe || unsafeFixes; }

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

// Places the fixes of `result`, the analysis of `file` (whose tree is `root`): fills each
// Fix::placed, so that a result carries everything the reporters need, also from the cache.
void placeFixes(FileResult& result, const SourceFile& file, const SemanticModel& model, Node root);

// The pieces, exposed for tests.
//
// The edit that adds `import NAME` for each of `modules` the file (raw `bytes`) does not already
// import at module level (`import NAME`, or `import NAME.sub`, which binds NAME too): after the
// module docstring, `from __future__` imports and the top-level import block that precedes other
// code, or else before the first statement (after leading comments), in the file's line ending.
// The replacement is empty when nothing is missing.
Edit importInsertion(const std::string& bytes, const std::vector<std::string>& modules);

// Applies non-overlapping edits to `text` (any order; at one offset, insertions go first).
std::string applyEdits(std::string_view text, std::vector<Edit> edits);

}  // namespace platlint
