#pragma once
// Placing fixes where an editor or `--fix` applies them: where a new `import` goes in a file, and
// each fix as edits with line/column positions (Fix::placed). Works on a file the engine has
// already parsed (its tree and model), so nothing is parsed twice; the engine places the fixes
// of every result, and `fixFile` (analyzer/fix/fixer.h) applies them.
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

class SemanticModel;
class SourceFile;

enum class ImportState { Present, Missing, Conflict };

// What a file imports at module level, and where new imports go: after the module docstring,
// `from __future__` imports and the top-level import block that precedes other code, or else
// before the first statement (after leading comments), in the file's line ending. A value: it
// outlives the tree it was computed from.
class ImportPlan {
 public:
  ImportPlan(const SourceFile& file, const SemanticModel& model, Node root);

  // Present: `import NAME` at module level; Conflict: NAME is bound to something else
  // (`import x as NAME`, `from x import NAME`), so a fix needing module NAME cannot apply.
  ImportState state(const std::string& module) const;
  uint32_t offset() const { return offset_; }
  // The insertion of `import NAME` for the missing ones of `modules` (empty replacement if none).
  Edit insertion(std::vector<std::string> modules) const;

 private:
  void findInsertionPoint(std::string_view text, Node root);
  std::string newlineAfter() const;

  std::string eol_;
  std::vector<std::string> present_;
  std::vector<std::string> otherBindings_;
  uint32_t offset_ = 0;
  bool newlineBefore_ = false;  // the import starts a new line after existing text
  bool newlineAfter_ = true;    // the import line ends with a line ending
};

// Fills each Fix::placed of `result` (the analysis of `file`): the insertion of the imports it
// needs that the file lacks, then its edits, in text order; left nullopt when a module name it
// needs is bound to something else. So a result carries everything the reporters need, also
// from the cache.
void placeFixes(FileResult& result, const SourceFile& file, const ImportPlan& plan);

// Applies non-overlapping edits to `text` (any order; at one offset, insertions go first).
std::string applyEdits(std::string_view text, std::vector<Edit> edits);

// For tests: the edit that adds `import NAME` for each of `modules` the file (raw `bytes`) does
// not already import at module level, parsing the file itself.
Edit importInsertion(const std::string& bytes, const std::vector<std::string>& modules);

}  // namespace platlint
