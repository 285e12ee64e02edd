#pragma once
// A parsed file's syntax as a flat table of nodes with allocation-free views into it, plus RAII
// owners for tree-sitter handles.
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "analyzer/base/cancellation.h"
#include "analyzer/syntax/syntax_flatten.h"

namespace platlint {

const TSLanguage* pythonLanguage();

class SyntaxTree;

struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

// The Python grammar's node type and field names, looked up once per process (ts_node_type needs
// a strlen per call); a name in the code is a NodeKind or FieldName, its id known at compile time.
std::string_view symbolName(TSSymbol symbol);
std::span<const std::string_view> symbolNames();  // by symbol, up to the ERROR symbol's range
std::string_view fieldName(TSFieldId field);  // empty for 0 (no field)

namespace detail {
#include "grammar_names.inc"  // kGrammarKindNames, kGrammarFieldNames: grammars/grammar_names.cpp

consteval uint16_t grammarKindId(std::string_view name) {
  size_t low = 0;
  size_t high = std::size(kGrammarKindNames);
  while (low < high) {
    const size_t middle = (low + high) / 2;
    if (kGrammarKindNames[middle] < name) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  if (low == std::size(kGrammarKindNames) || kGrammarKindNames[low] != name) {
    throw "not a node type of the Python grammar";  // at compile time: a build error at the call
  }
  return static_cast<uint16_t>(low);
}

consteval TSFieldId grammarFieldId(std::string_view name) {
  for (size_t id = 1; id < std::size(kGrammarFieldNames); ++id) {
    if (kGrammarFieldNames[id] == name) return static_cast<TSFieldId>(id);
  }
  throw "not a field of the Python grammar";
}

// Each symbol's kind id (its name's index in kGrammarKindNames), by symbol: aliases of one name
// share it. Indexed by any TSSymbol, the error symbols at the top of the range included.
const uint16_t* kindIdsBySymbol();

}  // namespace detail

// A node type named in the code (`node.is("call")`): the name becomes its kind id at compile time.
struct NodeKind {
  // Implicit, so that a string literal is one; consteval, so that it cannot be anything else.
  consteval NodeKind(const char* name) : id(detail::grammarKindId(name)) {}
  uint16_t id;
};

// A field named in the code (`call.field("function")`), its TSFieldId worked out at compile time.
struct FieldName {
  consteval FieldName(const char* name) : id(detail::grammarFieldId(name)) {}
  TSFieldId id;
};

// A syntax node of a SyntaxTree. Copyable and cheap (a pointer and an index); valid while its tree
// lives. Every navigation is a read of the tree's table: no tree-sitter call, no allocation.
class Node {
 public:
  Node() = default;
  Node(const SyntaxTree* tree, uint32_t index) : tree_(tree), index_(index) {}

  bool isNull() const { return tree_ == nullptr; }
  explicit operator bool() const { return tree_ != nullptr; }
  inline std::string_view kind() const;
  // Forced inline: at -O2 the compiler keeps this and field() out of line at most of their ~1,600
  // call sites, and the calls were a tenth of the checks' instructions.
  [[gnu::always_inline]] inline bool is(NodeKind k) const;
  // For a type name known only at run time.
  bool isKind(std::string_view k) const { return kind() == k; }
  inline TSSymbol symbol() const;
  inline bool isNamed() const;
  inline bool hasError() const;   // this node or one under it is ERROR or MISSING
  inline bool isMissing() const;  // inserted by the parser's error recovery

  inline std::string_view text() const;
  inline uint32_t startByte() const;
  inline uint32_t endByte() const;

  inline Node parent() const;
  // The first child under the field.
  [[gnu::always_inline]] Node field(FieldName name) const { return field(name.id); }
  inline Node field(TSFieldId field) const;
  inline uint32_t childCount() const;
  inline Node child(uint32_t i) const;
  inline uint32_t namedChildCount() const;
  inline Node namedChild(uint32_t i) const;
  inline Node firstChild() const;
  inline Node nextSibling() const;
  inline Node nextNamedSibling() const;
  inline Node prevNamedSibling() const;
  // The field this node hangs under in its parent (0 for none).
  inline TSFieldId fieldOfNode() const;
  // The field name under which child i hangs from this node, or empty.
  std::string_view fieldNameOfChild(uint32_t i) const { return fieldName(child(i).fieldOfNode()); }

  bool operator==(const Node& o) const { return tree_ == o.tree_ && index_ == o.index_; }
  // Unique within the tree and dense: a key for per-node memos.
  uint32_t index() const { return index_; }
  const SyntaxTree* tree() const { return tree_; }
  inline std::string_view source() const;

 private:
  const SyntaxTree* tree_ = nullptr;
  uint32_t index_ = 0;
};

// A parsed file's nodes, named and anonymous, flattened in document order (pre-order) by one walk
// (syntax_flatten.c), with each node's parent, siblings, field and extent. Tree-sitter's own
// navigation (ts_node_child_by_field_id, ts_node_child, ts_node_parent) re-walks children or the
// tree on every call; rules navigate a lot, and here each step is an array read. The nodes of a subtree are
// the contiguous range [node.index(), subtreeEnd(node)). child(i) and namedChild(i) are O(1), so
// that loops over a 15,000-part string concatenation or a module's statements stay linear.
class SyntaxTree {
 public:
  // `text` is what `tree` was parsed from; both must outlive this.
  SyntaxTree(const TSTree* tree, std::string_view text);
  // Takes the tree and, for a large file, frees it while the table is built
  // (platlint_flatten_releasing_tree): a large file's tree-sitter tree, some three times the table,
  // is never whole beside it. `text` must outlive this.
  SyntaxTree(TreePtr tree, std::string_view text);
  // Below this much text the tree is kept whole while the table is built and deleted in one go
  // afterwards, which costs fewer instructions than releasing it subtree by subtree (1.2% of a check
  // of Nova, whose largest modules are 0.6 MB) and adds at most some 10 MB to a worker's peak.
  static constexpr size_t kReleaseWhileFlatteningFrom = 1024 * 1024;
  SyntaxTree(const SyntaxTree&) = delete;
  SyntaxTree& operator=(const SyntaxTree&) = delete;

  Node root() const { return size_ == 0 ? Node{} : Node(this, 0); }
  uint32_t size() const { return size_; }
  Node node(uint32_t index) const { return Node(this, index); }
  TSSymbol symbolAt(uint32_t index) const { return symbols_[index]; }
  uint32_t subtreeEnd(Node n) const { return entries_[n.index()].subtreeEnd; }

 private:
  friend class Node;
  static constexpr uint32_t kNone = PLATLINT_FLAT_NONE;
  enum Flags : uint8_t { Named = PLATLINT_FLAT_NAMED, HasError = PLATLINT_FLAT_HAS_ERROR, Missing = PLATLINT_FLAT_MISSING };
  // firstChildSlot and firstNamedChildSlot index children_ and namedChildren_.
  using Entry = PlatlintFlatNode;
  Node at(uint32_t index) const { return index == kNone ? Node{} : Node(this, index); }

  // Fills the table from `tree`, releasing its subtrees when `releasing` is the same tree.
  void flatten(const TSTree* tree, TSTree* releasing);
  void indexChildren();

  // Arrays rather than vectors: every element is written once, so zero-filling them first (as
  // resizing a vector does) would be wasted work on a few million nodes.
  uint32_t size_ = 0;
  std::unique_ptr<Entry[]> entries_;
  // Apart from the entries: the walks that only test node types read 2 bytes a node, not 48.
  std::unique_ptr<TSSymbol[]> symbols_;
  std::span<const std::string_view> symbolNames_;  // symbolName()'s table, read without a call
  const uint16_t* kindIds_;                        // detail::kindIdsBySymbol(), read without a call
  std::unique_ptr<uint32_t[]> children_;       // every node's children, contiguous per parent, in order
  std::unique_ptr<uint32_t[]> namedChildren_;  // the same, named children only
  std::string_view text_;
};

TSSymbol Node::symbol() const { return tree_->symbols_[index_]; }
std::string_view Node::kind() const {
  if (!tree_) return {};
  const TSSymbol s = symbol();
  return s < tree_->symbolNames_.size() ? tree_->symbolNames_[s] : symbolName(s);
}
bool Node::is(NodeKind k) const { return tree_ && tree_->kindIds_[symbol()] == k.id; }
bool Node::isNamed() const { return tree_->entries_[index_].flags & SyntaxTree::Named; }
bool Node::hasError() const { return tree_ && (tree_->entries_[index_].flags & SyntaxTree::HasError); }
bool Node::isMissing() const { return tree_ && (tree_->entries_[index_].flags & SyntaxTree::Missing); }
uint32_t Node::startByte() const { return tree_->entries_[index_].startByte; }
uint32_t Node::endByte() const { return tree_->entries_[index_].endByte; }
std::string_view Node::source() const { return tree_ ? tree_->text_ : std::string_view{}; }
std::string_view Node::text() const {
  if (!tree_) return {};
  const auto& e = tree_->entries_[index_];
  return tree_->text_.substr(e.startByte, e.endByte - e.startByte);
}
Node Node::parent() const { return tree_ ? tree_->at(tree_->entries_[index_].parent) : Node{}; }
Node Node::firstChild() const {
  return tree_ && tree_->entries_[index_].childCount ? Node(tree_, index_ + 1) : Node{};
}
Node Node::nextSibling() const { return tree_ ? tree_->at(tree_->entries_[index_].nextSibling) : Node{}; }
TSFieldId Node::fieldOfNode() const { return tree_ ? tree_->entries_[index_].field : 0; }
uint32_t Node::childCount() const { return tree_ ? tree_->entries_[index_].childCount : 0; }
uint32_t Node::namedChildCount() const { return tree_ ? tree_->entries_[index_].namedChildCount : 0; }
Node Node::field(TSFieldId id) const {
  if (id == 0) return {};
  for (Node c = firstChild(); c; c = c.nextSibling()) {
    if (c.fieldOfNode() == id) return c;
  }
  return {};
}
Node Node::child(uint32_t i) const {
  if (i >= childCount()) return {};
  return Node(tree_, tree_->children_[tree_->entries_[index_].firstChildSlot + i]);
}
Node Node::namedChild(uint32_t i) const {
  if (i >= namedChildCount()) return {};
  return Node(tree_, tree_->namedChildren_[tree_->entries_[index_].firstNamedChildSlot + i]);
}
Node Node::nextNamedSibling() const {
  Node s = nextSibling();
  while (s && !s.isNamed()) s = s.nextSibling();
  return s;
}
Node Node::prevNamedSibling() const {
  Node s = tree_ ? tree_->at(tree_->entries_[index_].prevSibling) : Node{};
  while (s && !s.isNamed()) s = tree_->at(tree_->entries_[s.index_].prevSibling);
  return s;
}

// The symbols of the named node types listed (several per type when aliases share its name): a
// walk that cares about a few types tests each node's symbol instead of comparing type names.
class SymbolSet {
 public:
  explicit SymbolSet(std::span<const std::string_view> kinds);
  SymbolSet(std::initializer_list<std::string_view> kinds) : SymbolSet(std::span(kinds.begin(), kinds.size())) {}
  bool contains(TSSymbol s) const { return s < members_.size() && members_[s]; }

 private:
  std::vector<uint8_t> members_;  // a byte per symbol: a test is one load, not a bit's shifts
};

// `n` without the parentheses around it: `((x))` -> `x`.
inline Node skipParentheses(Node n) {
  while (n && n.is("parenthesized_expression") && n.namedChildCount() == 1) n = n.namedChild(0);
  return n;
}

// The last named child of a block or clause that is not a comment: a comment after the last
// statement (`return None  # not here`) is a named child of the block too, and says nothing.
inline Node lastStatement(Node block) {
  if (!block) return {};
  for (uint32_t i = block.namedChildCount(); i > 0; --i) {
    const Node child = block.namedChild(i - 1);
    if (!child.is("comment")) return child;
  }
  return {};
}

// The last part of a dotted name: `os.path.join` -> `join`.
inline std::string_view lastDottedPart(std::string_view dotted) {
  const size_t dot = dotted.rfind('.');
  return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

// The name an expression ends in: `x` for `x` and `a.b.x`; empty for other expressions.
inline std::string_view trailingName(Node expr) {
  expr = skipParentheses(expr);
  if (!expr) return {};
  if (expr.is("identifier")) return expr.text();
  if (expr.is("attribute")) return expr.field("attribute").text();
  return {};
}

// The name a call's function ends in, as written: `check_output` for `subprocess.check_output(...)`.
inline std::string_view calleeName(Node call) { return trailingName(call.field("function")); }

// Calls visit(child, field) for each child of `node` (named or not) in order, `field` being the
// field it hangs under (0 for none).
template <typename Visit>
void forEachChild(Node node, Visit&& visit) {
  for (Node c = node.firstChild(); c; c = c.nextSibling()) visit(c, c.fieldOfNode());
}

// Calls visit(child) for each named child of `node`, in order.
template <typename Visit>
void forEachNamedChild(Node node, Visit&& visit) {
  for (Node c = node.firstChild(); c; c = c.nextSibling()) {
    if (c.isNamed()) visit(c);
  }
}

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
  // Null when the parser gave up, or when `deadline` says to stop (polled while parsing). With
  // `previous` (a tree of an earlier text, already edited to match `text`: ts_tree_edit), the
  // subtrees the edit left alone are reused (see incremental_parse.h).
  TreePtr parse(std::string_view text, const Deadline& deadline = Deadline(), const TSTree* previous = nullptr);

 private:
  ParserPtr parser_;
};

}  // namespace platlint
