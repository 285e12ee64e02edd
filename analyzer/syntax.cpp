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

namespace {

struct StringInput {
  std::string_view text;
};

const char* readString(void* payload, uint32_t byteIndex, TSPoint, uint32_t* bytesRead) {
  const std::string_view text = static_cast<StringInput*>(payload)->text;
  if (byteIndex >= text.size()) {
    *bytesRead = 0;
    return "";
  }
  *bytesRead = static_cast<uint32_t>(text.size() - byteIndex);
  return text.data() + byteIndex;
}

bool stopParsing(TSParseState* state) { return static_cast<const Deadline*>(state->payload)->shouldStop(); }

}  // namespace

TreePtr PythonParser::parse(std::string_view text, const Deadline& deadline) {
  StringInput input{text};
  TSParseOptions options{const_cast<Deadline*>(&deadline), stopParsing};
  TreePtr tree(ts_parser_parse_with_options(parser_.get(), nullptr,
                                            TSInput{&input, readString, TSInputEncodingUTF8, nullptr}, options));
  // A cancelled parse would otherwise be resumed by the next call, on another file's text.
  if (!tree) ts_parser_reset(parser_.get());
  return tree;
}

}  // namespace platlint
