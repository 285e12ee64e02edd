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
#include <unordered_map>
#include <vector>

#include "analyzer/diagnostic.h"

namespace platlint {

class Engine;
struct FileSettings;

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

// One fix as an editor applies it on its own: the insertion of the imports it needs that the
// file lacks, then its own edits, each with its range in the decoded text.
struct PlacedEdit {
  TextRange range;  // empty (start == end) for an insertion
  std::string content;
};
struct PlacedFix {
  std::vector<PlacedEdit> edits;  // in text order
};

// Placed fixes of a report's diagnostics, looked up by diagnostic (the report must not move).
class FixPlacements {
 public:
  void add(const Diagnostic& d, PlacedFix fix) { fixes_[&d] = std::move(fix); }
  const PlacedFix* find(const Diagnostic& d) const {
    const auto it = fixes_.find(&d);
    return it == fixes_.end() ? nullptr : &it->second;
  }
  bool empty() const { return fixes_.empty(); }

 private:
  std::unordered_map<const Diagnostic*, PlacedFix> fixes_;
};

// Places the fixes of `result` (the analysis of `bytes`) into `out`.
void placeFixes(const FileResult& result, const std::string& bytes, FixPlacements& out);

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
