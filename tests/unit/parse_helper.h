#pragma once
// Builds what the engine builds for a snippet: source, tree, semantic model.
#include <memory>
#include <string>

#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/syntax/syntax.h"

namespace platlint::testing {

struct ParsedSnippet {
  explicit ParsedSnippet(std::string code)
      : file("snippet.py", std::move(code)), tree(parser().parse(file.text())),
        syntax(tree.get(), file.text()), root(syntax.root()), model(file, root) {}

  // The first node of `kind` whose text is `text` (any text when empty), in document order.
  Node find(std::string_view kind, std::string_view text = {}) const {
    std::vector<Node> stack{root};
    while (!stack.empty()) {
      Node n = stack.back();
      stack.pop_back();
      if (n.isKind(kind) && (text.empty() || n.text() == text)) return n;
      for (uint32_t i = n.childCount(); i-- > 0;) stack.push_back(n.child(i));
    }
    return {};
  }

  // The last node of `kind` in document order (the one that starts last), or the null node.
  Node findLast(std::string_view kind) const {
    Node last;
    std::vector<Node> stack{root};
    while (!stack.empty()) {
      Node n = stack.back();
      stack.pop_back();
      if (n.isKind(kind) && (!last || n.startByte() > last.startByte())) last = n;
      for (uint32_t i = 0; i < n.childCount(); ++i) stack.push_back(n.child(i));
    }
    return last;
  }

  static PythonParser& parser() {
    static PythonParser p;
    return p;
  }

  SourceFile file;
  TreePtr tree;
  SyntaxTree syntax;
  Node root;
  SemanticModel model;
};

}  // namespace platlint::testing
