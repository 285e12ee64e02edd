#include "analyzer/syntax.h"

#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_python(void);

namespace platlint {

const TSLanguage* pythonLanguage() { return tree_sitter_python(); }

std::string_view symbolName(TSSymbol symbol) {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> all(ts_language_symbol_count(pythonLanguage()));
    for (TSSymbol s = 0; s < all.size(); ++s) all[s] = ts_language_symbol_name(pythonLanguage(), s);
    return all;
  }();
  // ERROR and its repeat symbol have ids at the top of the range.
  if (symbol >= names.size()) {
    const char* n = ts_language_symbol_name(pythonLanguage(), symbol);
    return n ? std::string_view(n) : std::string_view{};
  }
  return names[symbol];
}

TSFieldId fieldId(std::string_view name) {
  static const std::unordered_map<std::string_view, TSFieldId> ids = [] {
    std::unordered_map<std::string_view, TSFieldId> all;
    const uint32_t count = ts_language_field_count(pythonLanguage());
    for (TSFieldId f = 1; f <= count; ++f) {
      if (const char* n = ts_language_field_name_for_id(pythonLanguage(), f)) all.emplace(n, f);
    }
    return all;
  }();
  const auto it = ids.find(name);
  return it == ids.end() ? 0 : it->second;
}

Node Node::parent() const {
  if (parents_) return wrap(parents_->parentOf(node_));
  return wrap(ts_node_parent(node_));
}

namespace {

size_t slotOf(const void* key, size_t mask) {
  // Subtree pointers are 8-byte aligned and close together: multiply to spread them.
  return static_cast<size_t>((reinterpret_cast<uintptr_t>(key) >> 3) * 0x9E3779B97F4A7C15ull >> 20) & mask;
}

}  // namespace

void ParentIndex::reserve(uint32_t nodes) {
  // Open addressing, one allocation for the whole tree, no rehashing. Only named nodes are
  // recorded (see build()), a little over half of `nodes`: the table stays at most about 60% full.
  size_t capacity = 16;
  while (capacity < static_cast<size_t>(nodes) + 2) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
}

void ParentIndex::insert(const void* child, TSNode parent) {
  size_t i = slotOf(child, mask_);
  while (slots_[i].key != nullptr && slots_[i].key != child) i = (i + 1) & mask_;
  slots_[i] = {child, parent};
}

TSNode ParentIndex::parentOf(TSNode node) const {
  if (node.id == nullptr || slots_.empty()) return TSNode{};
  for (size_t i = slotOf(node.id, mask_);; i = (i + 1) & mask_) {
    if (slots_[i].key == node.id) return slots_[i].parent;
    if (slots_[i].key == nullptr) break;
  }
  // Anonymous nodes (punctuation, keywords, operators) are not recorded; the few asked about
  // take tree-sitter's own walk from the root.
  return ts_node_is_named(node) ? TSNode{} : ts_node_parent(node);
}

std::string loneCarriageReturnsAsNewlines(std::string_view text) {
  std::string out;
  for (size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
    if (i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (out.empty()) out.assign(text);
    out[i] = '\n';
  }
  return out;
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
