// SyntaxTree answers every navigation question from its own table; these tests hold it to
// tree-sitter's own answers, node by node, on snippets with hard corners and on every rule fixture.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <vector>

#include "analyzer/syntax/syntax.h"

namespace {

using platlint::Node;
using platlint::SyntaxTree;

// Every node of the tree in document order, as tree-sitter's own child-by-index walk sees it.
void preorder(TSNode node, std::vector<TSNode>& out) {
  out.push_back(node);
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i) preorder(ts_node_child(node, i), out);
}

std::string_view fieldName(const char* n) { return n ? std::string_view(n) : std::string_view{}; }

// The table built while releasing tree-sitter's tree is the one built from the tree intact.
void compareReleasingTable(const SyntaxTree& intact, const std::string& text) {
  platlint::PythonParser parser;
  platlint::TreePtr tree = parser.parse(text);
  REQUIRE(tree);
  const SyntaxTree released(std::move(tree), text);
  REQUIRE(released.size() == intact.size());
  const auto same = [](Node x, Node y) { return x.isNull() == y.isNull() && x.index() == y.index(); };
  for (uint32_t i = 0; i < intact.size(); ++i) {
    const Node a = intact.node(i);
    const Node b = released.node(i);
    INFO("node " << i << " (" << a.kind() << ") of:\n" << text);
    CHECK(a.symbol() == b.symbol());
    CHECK(a.isNamed() == b.isNamed());
    CHECK(a.hasError() == b.hasError());
    CHECK(a.isMissing() == b.isMissing());
    CHECK(a.startByte() == b.startByte());
    CHECK(a.endByte() == b.endByte());
    CHECK(a.fieldOfNode() == b.fieldOfNode());
    CHECK(intact.subtreeEnd(a) == released.subtreeEnd(b));
    CHECK(same(a.parent(), b.parent()));
    CHECK(same(a.nextSibling(), b.nextSibling()));
    REQUIRE(a.childCount() == b.childCount());
    REQUIRE(a.namedChildCount() == b.namedChildCount());
    for (uint32_t c = 0; c < a.childCount(); ++c) CHECK(same(a.child(c), b.child(c)));
    for (uint32_t c = 0; c < a.namedChildCount(); ++c) CHECK(same(a.namedChild(c), b.namedChild(c)));
  }
}

// Compares every node's answers; returns the number of nodes checked.
size_t compareWithTreeSitter(const std::string& text) {
  platlint::PythonParser parser;
  const platlint::TreePtr tree = parser.parse(text);
  REQUIRE(tree);
  const SyntaxTree syntax(tree.get(), text);
  std::vector<TSNode> nodes;
  preorder(ts_tree_root_node(tree.get()), nodes);
  REQUIRE(nodes.size() == syntax.size());
  // tree-sitter node -> its position in document order. A node is its subtree and its offset.
  std::map<std::pair<const void*, uint32_t>, int64_t> positions;
  for (size_t i = 0; i < nodes.size(); ++i) positions[{nodes[i].id, ts_node_start_byte(nodes[i])}] = static_cast<int64_t>(i);
  const auto indexOf = [&](TSNode n) -> int64_t {
    if (ts_node_is_null(n)) return -1;
    const auto it = positions.find({n.id, ts_node_start_byte(n)});
    return it == positions.end() ? -2 : it->second;
  };
  const auto same = [&](Node ours, TSNode theirs) {
    return ours ? static_cast<int64_t>(ours.index()) == indexOf(theirs) : ts_node_is_null(theirs);
  };
  const uint32_t fieldCount = ts_language_field_count(platlint::pythonLanguage());
  CHECK(std::size(platlint::detail::kGrammarFieldNames) == fieldCount + 1);
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    const TSNode t = nodes[i];
    const Node n = syntax.node(i);
    INFO("node " << i << " (" << std::string_view(ts_node_type(t)) << ") of:\n" << text);
    CHECK(n.symbol() == ts_node_symbol(t));
    CHECK(n.kind() == std::string_view(ts_node_type(t)));
    // Node::is() compares kind ids, which the build took from the grammar's names.
    CHECK(platlint::detail::kGrammarKindNames[platlint::detail::kindIdsBySymbol()[n.symbol()]] == n.kind());
    CHECK(n.isKind(ts_node_type(t)));
    CHECK(n.isNamed() == ts_node_is_named(t));
    CHECK(n.hasError() == ts_node_has_error(t));
    CHECK(n.isMissing() == ts_node_is_missing(t));
    CHECK(n.startByte() == ts_node_start_byte(t));
    CHECK(n.endByte() == ts_node_end_byte(t));
    CHECK(syntax.subtreeEnd(n) == i + ts_node_descendant_count(t));
    CHECK(same(n.parent(), ts_node_parent(t)));
    CHECK(same(n.nextNamedSibling(), ts_node_next_named_sibling(t)));
    CHECK(same(n.prevNamedSibling(), ts_node_prev_named_sibling(t)));
    REQUIRE(n.childCount() == ts_node_child_count(t));
    REQUIRE(n.namedChildCount() == ts_node_named_child_count(t));
    for (uint32_t c = 0; c < n.childCount(); ++c) {
      CHECK(same(n.child(c), ts_node_child(t, c)));
      CHECK(n.fieldNameOfChild(c) == fieldName(ts_node_field_name_for_child(t, c)));
    }
    for (uint32_t c = 0; c < n.namedChildCount(); ++c) CHECK(same(n.namedChild(c), ts_node_named_child(t, c)));
    CHECK(!n.child(n.childCount()));
    CHECK(!n.namedChild(n.namedChildCount()));
    for (TSFieldId f = 1; f <= fieldCount; ++f) {
      const char* name = ts_language_field_name_for_id(platlint::pythonLanguage(), f);
      if (!name) continue;
      CHECK(platlint::fieldName(f) == std::string_view(name));  // the generated table FieldName reads
      INFO("field " << std::string_view(name));
      const TSNode theirs = ts_node_child_by_field_id(t, f);
      // tree-sitter answers a field inherited through a child that an alias made visible with a
      // grandchild (`match_statement` -> `alternative` finds a case_clause inside its `block`);
      // fields name children only, as the cursor and ts_node_field_name_for_child both say.
      if (!ts_node_is_null(theirs) && !ts_node_eq(ts_node_parent(theirs), t)) {
        CHECK(!n.field(f));
        continue;
      }
      CHECK(same(n.field(f), theirs));
    }
  }
  compareReleasingTable(syntax, text);
  return nodes.size();
}

}  // namespace

TEST_CASE("SyntaxTree navigation matches tree-sitter's on hard corners") {
  const char* snippets[] = {
      "",
      "x",
      "import os, sys as s\nfrom a.b import (c, d as e)\n",
      "def f(a, b=1, *c, d: int = 2, **e) -> None:\n    '''doc'''\n    return a if b else c  # comment\n",
      "x = 'a' 'b' f'{c!r:>{w}}' \"\\x2f\"\n",
      "a = b = c\nfor k, (v, *w) in d.items():\n    pass\nelse:\n    del k\n",
      "if a not in b and c is not d:\n    x[1:2, ::3] = -y ** 2\nelif z:\n    pass\n",
      "match cmd:\n    case [\"go\", *rest] | {\"k\": v} as m if m:\n        print(m)\n",
      "class C(B, metaclass=M):\n    @dec(1)\n    async def f(self): await g()\n",
      "try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nfinally:\n    pass\n",
      "lambda x, /, y: (yield x)\nprint(*a, **k)\n[i for i in range(3) if i]\n{k: v for k, v in z}\n",
      // Error recovery: ERROR and MISSING nodes.
      "def f(:\n    return\n",
      "x = (1, 2\ny = ]\n",
      "if True\n    print('x'\n",
      "with open(p) as f, open(q) as g:\n    global a\n    nonlocal b\n",
  };
  for (const char* snippet : snippets) compareWithTreeSitter(snippet);
}

TEST_CASE("SyntaxTree navigation matches tree-sitter's on every rule fixture") {
  size_t files = 0;
  size_t nodes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(PLATLINT_SOURCE_DIR "/testdata/rules")) {
    if (entry.path().extension() != ".py") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    nodes += compareWithTreeSitter(buffer.str());
    ++files;
  }
  CHECK(files > 50);
  CHECK(nodes > 10000);
}

TEST_CASE("A table built while releasing a large tree is the one built from it intact") {
  // Enough subtrees (each string is four) for the releasing walk to hand memory back on the way.
  std::string text = "x = {\n";
  for (int i = 0; i < 40000; ++i) text += "  'k" + std::to_string(i) + "': ['v', f'{i}'],\n";
  text += "}\ndef f():\n    return x\n";
  platlint::PythonParser parser;
  const platlint::TreePtr tree = parser.parse(text);
  REQUIRE(tree);
  const SyntaxTree intact(tree.get(), text);
  CHECK(intact.size() > 500000);
  compareReleasingTable(intact, text);
}

TEST_CASE("A subtree is a contiguous range of the table") {
  const std::string text = "def f():\n    return g(1, h(2))\nx = 3\n";
  platlint::PythonParser parser;
  const platlint::TreePtr tree = parser.parse(text);
  const SyntaxTree syntax(tree.get(), text);
  Node call;
  for (uint32_t i = 0; i < syntax.size(); ++i) {
    if (syntax.node(i).is("call")) {
      call = syntax.node(i);
      break;
    }
  }
  REQUIRE(call);
  CHECK(call.text() == "g(1, h(2))");
  std::string inside;
  for (uint32_t i = call.index(); i < syntax.subtreeEnd(call); ++i) {
    if (syntax.node(i).childCount() == 0) inside += syntax.node(i).text();
  }
  CHECK(inside == "g(1,h(2))");
}
