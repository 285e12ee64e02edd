#include "analyzer/syntax.h"

#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_python(void);

namespace platlint {

const TSLanguage* pythonLanguage() { return tree_sitter_python(); }

Node Node::parent() const {
  if (parents_) return wrap(parents_->parentOf(node_));
  return wrap(ts_node_parent(node_));
}

ParentIndex::ParentIndex(TSNode root) {
  forEachNode(root, [&](TSNode node, TSNode parent) {
    if (!ts_node_is_null(parent)) parents_.emplace(node.id, parent);
  });
}

TSNode ParentIndex::parentOf(TSNode node) const {
  auto it = parents_.find(node.id);
  return it == parents_.end() ? TSNode{} : it->second;
}

PythonParser::PythonParser() : parser_(ts_parser_new()) {
  if (!ts_parser_set_language(parser_.get(), pythonLanguage())) {
    throw std::runtime_error("tree-sitter runtime rejected the Python grammar (ABI mismatch)");
  }
}

TreePtr PythonParser::parse(std::string_view text) {
  return TreePtr(ts_parser_parse_string_encoding(parser_.get(), nullptr, text.data(),
                                                 static_cast<uint32_t>(text.size()), TSInputEncodingUTF8));
}

}  // namespace platlint
