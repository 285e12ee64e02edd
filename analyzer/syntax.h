#pragma once
// Thin, allocation-free views over tree-sitter nodes, plus RAII owners for tree-sitter handles.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <tree_sitter/api.h>

#include "analyzer/cancellation.h"

namespace platlint {

const TSLanguage* pythonLanguage();

class ParentIndex;

// The Python grammar's node type names and field ids, looked up once per process: ts_node_type
// needs a strlen per call, and ts_node_child_by_field_name compares the name with every field's.
std::string_view symbolName(TSSymbol symbol);
TSFieldId fieldId(std::string_view name);  // 0 (no such field) for an unknown name

// A syntax node together with the source text it indexes into. Copyable, cheap (a TSNode and two
// pointers); valid while its tree, text and parent index live.
class Node {
 public:
  Node() = default;
  Node(TSNode node, std::string_view source, const ParentIndex* parents = nullptr)
      : node_(node), source_(source), parents_(parents) {}

  bool isNull() const { return ts_node_is_null(node_); }
  explicit operator bool() const { return !isNull(); }
  std::string_view kind() const { return isNull() ? std::string_view{} : symbolName(ts_node_symbol(node_)); }
  bool is(std::string_view k) const { return kind() == k; }
  TSSymbol symbol() const { return ts_node_symbol(node_); }
  bool isNamed() const { return ts_node_is_named(node_); }
  bool hasError() const { return ts_node_has_error(node_); }

  std::string_view text() const { return source_.substr(startByte(), endByte() - startByte()); }
  uint32_t startByte() const { return ts_node_start_byte(node_); }
  uint32_t endByte() const { return ts_node_end_byte(node_); }

  // O(1) with a ParentIndex; ts_node_parent alone re-walks the tree from the root (O(depth x
  // siblings)), which makes climbing loops quadratic on deeply nested input.
  Node parent() const;
  Node field(std::string_view name) const {
    return wrap(ts_node_child_by_field_id(node_, fieldId(name)));
  }
  uint32_t childCount() const { return ts_node_child_count(node_); }
  Node child(uint32_t i) const { return wrap(ts_node_child(node_, i)); }
  uint32_t namedChildCount() const { return ts_node_named_child_count(node_); }
  Node namedChild(uint32_t i) const { return wrap(ts_node_named_child(node_, i)); }
  Node nextNamedSibling() const { return wrap(ts_node_next_named_sibling(node_)); }
  Node prevNamedSibling() const { return wrap(ts_node_prev_named_sibling(node_)); }
  // The field name under which child i hangs from this node, or empty.
  std::string_view fieldNameOfChild(uint32_t i) const {
    const char* n = ts_node_field_name_for_child(node_, i);
    return n ? std::string_view(n) : std::string_view{};
  }

  bool operator==(const Node& o) const { return ts_node_eq(node_, o.node_); }
  TSNode raw() const { return node_; }
  std::string_view source() const { return source_; }
  // Another node of the same tree, sharing this node's text and parent index.
  Node wrap(TSNode n) const { return Node(n, source_, parents_); }

 private:
  TSNode node_{};
  std::string_view source_;
  const ParentIndex* parents_ = nullptr;
};

// `n` without the parentheses around it: `((x))` -> `x`.
inline Node skipParentheses(Node n) {
  while (n && n.is("parenthesized_expression") && n.namedChildCount() == 1) n = n.namedChild(0);
  return n;
}

// Calls `visit(node, parent)` for every node under `root` (named or not) in document order,
// `parent` being the null TSNode for `root`. A cursor walk: no recursion, so nesting depth cannot
// overflow the stack, and no child-by-index lookups, which cost O(siblings) each.
template <typename Visit>
void forEachNode(TSNode root, Visit&& visit) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<TSNode> ancestors;
  for (;;) {
    const TSNode current = ts_tree_cursor_current_node(&cursor);
    visit(current, ancestors.empty() ? TSNode{} : ancestors.back());
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      ancestors.push_back(current);
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      ancestors.pop_back();
    }
  }
}

// Calls visit(child, field) for each child of `node` (named or not) in order, `field` being the
// field it hangs under (0 for none), in one cursor pass: child(i) or namedChild(i) in a loop costs
// O(i) per call, quadratic over a long argument list or block.
template <typename Visit>
void forEachChild(Node node, Visit&& visit) {
  TSTreeCursor cursor = ts_tree_cursor_new(node.raw());
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      visit(node.wrap(ts_tree_cursor_current_node(&cursor)), ts_tree_cursor_current_field_id(&cursor));
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
}

// Calls visit(child) for each named child of `node`, in order (see forEachChild).
template <typename Visit>
void forEachNamedChild(Node node, Visit&& visit) {
  forEachChild(node, [&](Node child, TSFieldId) {
    if (child.isNamed()) visit(child);
  });
}

// Every node's parent, recorded in one cursor walk of the tree.
class ParentIndex {
 public:
  ParentIndex() = default;
  explicit ParentIndex(TSNode root) { build(root, [](TSNode, TSNode) {}); }
  // Records every node's parent in one walk, calling visit(node, parent) on each node in
  // document order once its parent is recorded, so that another pass can share the walk. Only
  // the parents of the visited node and its ancestors are known during the walk.
  template <typename Visit>
  void build(TSNode root, Visit&& visit) {
    reserve(ts_node_descendant_count(root));
    // Only named nodes: anonymous ones are leaves (tokens) that rules rarely climb from, and
    // leaving them out makes the table half the size (parentOf() still answers for them).
    forEachNode(root, [&](TSNode node, TSNode parent) {
      if (!ts_node_is_null(parent) && ts_node_is_named(node)) insert(node.id, parent);
      visit(node, parent);
    });
  }
  // The parent of `node`, or a null TSNode for the root or a node of another tree.
  TSNode parentOf(TSNode node) const;

 private:
  struct Slot {
    const void* key = nullptr;  // TSNode::id of the child
    TSNode parent{};
  };
  void reserve(uint32_t nodes);
  void insert(const void* child, TSNode parent);

  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
using ParserPtr = std::unique_ptr<TSParser, ParserDeleter>;

// Python reads source with universal newlines, so a lone '\r' ends a line; tree-sitter-python
// knows only '\n' and "\r\n" and would see a CR-only file as one long comment. Whatever parses a
// file parses this copy, with every '\r' not followed by '\n' replaced by '\n': the same length,
// so every offset into the original text stays valid. Empty when the text has no lone '\r'.
std::string loneCarriageReturnsAsNewlines(std::string_view text);

// Parses Python source. One per thread: tree-sitter parsers are not thread-safe.
class PythonParser {
 public:
  PythonParser();
  // Null when the parser gave up, or when `deadline` says to stop (polled while parsing).
  TreePtr parse(std::string_view text, const Deadline& deadline = Deadline());

 private:
  ParserPtr parser_;
};

}  // namespace platlint
