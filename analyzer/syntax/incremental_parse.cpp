#include "analyzer/syntax/incremental_parse.h"

#include <algorithm>

namespace platlint {
namespace {

// Rows count '\n' (also of "\r\n"), columns bytes, as tree-sitter counts them.
TSPoint pointAt(std::string_view text, size_t offset) {
  const std::string_view before = text.substr(0, offset);
  const auto rows = static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n'));
  const size_t lineStart = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  return TSPoint{rows, static_cast<uint32_t>(offset - lineStart)};
}

}  // namespace

TSInputEdit editBetween(std::string_view before, std::string_view after) {
  const size_t shorter = std::min(before.size(), after.size());
  const size_t prefix =
      static_cast<size_t>(std::mismatch(before.begin(), before.begin() + static_cast<std::ptrdiff_t>(shorter), after.begin()).first -
                          before.begin());
  // The suffix may not reach into the prefix ("aa" -> "aaa" inserts one "a" after the two).
  size_t suffix = 0;
  while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
  const size_t oldEnd = before.size() - suffix;
  const size_t newEnd = after.size() - suffix;
  return TSInputEdit{static_cast<uint32_t>(prefix), static_cast<uint32_t>(oldEnd), static_cast<uint32_t>(newEnd),
                     pointAt(before, prefix), pointAt(before, oldEnd), pointAt(after, newEnd)};
}

TreePtr PreviousParse::parse(PythonParser& parser, std::string_view text, const Deadline& deadline) {
  // The kept tree stays as it is until the new parse succeeds: its copy is edited.
  TreePtr edited;
  if (tree_) {
    edited.reset(ts_tree_copy(tree_.get()));
    const TSInputEdit edit = editBetween(text_, text);
    ts_tree_edit(edited.get(), &edit);
  }
  TreePtr tree = parser.parse(text, deadline, edited.get());
  // Error recovery depends on which subtrees are offered for reuse, so a text with syntax errors
  // can come out of an incremental parse with another shape than out of a fresh one: parse such a
  // text afresh, so that the buffer's findings are those `check` gives the same text.
  if (tree && edited && ts_node_has_error(ts_tree_root_node(tree.get()))) tree = parser.parse(text, deadline);
  if (!tree) return tree;
  text_.assign(text);
  tree_.reset(ts_tree_copy(tree.get()));  // a shared reference, not a deep copy
  return tree;
}

}  // namespace platlint
