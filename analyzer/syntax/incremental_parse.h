#pragma once
// Parsing a buffer again after an edit (the language server): tree-sitter reuses every subtree of
// the previous tree that the edit did not touch, so a keystroke in a 2,000-line module re-parses a
// few nodes instead of the file. The result is the tree a fresh parse of the new text gives: a text
// with syntax errors is parsed afresh, as error recovery may shape a reused parse differently.
//
// The edit is not the editor's: it is the span where the text parsed last time and the new text
// differ (their longest common prefix and suffix), two comparisons of the texts. So the tree is
// always edited to match exactly the text being parsed, whatever the engine's decoding (BOM,
// PEP 263, lone CRs) made of the editor's bytes, and any number of changes count as one edit.
#include <string>
#include <string_view>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// The span where `before` and `after` differ, as tree-sitter's edit (bytes and row/column points).
TSInputEdit editBetween(std::string_view before, std::string_view after);

// The last text parsed for one buffer and its tree. Not thread-safe: one buffer, one analysis at a time.
class PreviousParse {
 public:
  // Parses `text` with `parser`, starting from the previous tree when there is one, and keeps this
  // text and tree for the next call. Null as PythonParser::parse; the previous parse is kept then.
  TreePtr parse(PythonParser& parser, std::string_view text, const Deadline& deadline);
  bool empty() const { return !tree_; }

 private:
  std::string text_;
  TreePtr tree_;
};

}  // namespace platlint
