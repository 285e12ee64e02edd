#include "analyzer/syntax.h"

#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_python(void);

namespace platlint {

const TSLanguage* pythonLanguage() { return tree_sitter_python(); }

std::span<const std::string_view> symbolNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> all(ts_language_symbol_count(pythonLanguage()));
    for (TSSymbol s = 0; s < all.size(); ++s) all[s] = ts_language_symbol_name(pythonLanguage(), s);
    return all;
  }();
  return names;
}

std::string_view symbolName(TSSymbol symbol) {
  const auto names = symbolNames();
  // ERROR and its repeat symbol have ids at the top of the range.
  if (symbol >= names.size()) {
    const char* n = ts_language_symbol_name(pythonLanguage(), symbol);
    return n ? std::string_view(n) : std::string_view{};
  }
  return names[symbol];
}

namespace {

// The grammar's field names (a few dozen) in a small open-addressed table keyed by length and two
// letters: rules ask for a field by name at every node they inspect, and hashing the whole name
// each time showed in profiles.
class FieldTable {
 public:
  FieldTable() {
    const TSLanguage* language = pythonLanguage();
    const uint32_t count = ts_language_field_count(language);
    names_.resize(count + 1);
    for (TSFieldId f = 1; f <= count; ++f) {
      const char* n = ts_language_field_name_for_id(language, f);
      if (!n) continue;
      names_[f] = n;
      size_t i = slot(names_[f]);
      while (slots_[i] != 0) i = (i + 1) % kSlots;
      slots_[i] = f;
    }
  }
  TSFieldId find(std::string_view name) const {
    if (name.empty()) return 0;
    for (size_t i = slot(name); slots_[i] != 0; i = (i + 1) % kSlots) {
      if (names_[slots_[i]] == name) return slots_[i];
    }
    return 0;
  }
  std::string_view name(TSFieldId f) const { return f < names_.size() ? names_[f] : std::string_view{}; }

 private:
  static constexpr size_t kSlots = 256;  // several times the number of fields
  static size_t slot(std::string_view n) {
    return (n.size() * 31 + static_cast<unsigned char>(n[0]) * 7 + static_cast<unsigned char>(n[n.size() / 2])) % kSlots;
  }
  std::vector<std::string_view> names_;
  TSFieldId slots_[kSlots] = {};
};

const FieldTable& fieldTable() {
  static const FieldTable table;
  return table;
}

}  // namespace

TSFieldId fieldId(std::string_view name) { return fieldTable().find(name); }

std::string_view fieldName(TSFieldId field) { return fieldTable().name(field); }

SyntaxTree::SyntaxTree(const TSTree* tree, std::string_view text) : symbolNames_(symbolNames()), text_(text) {
  const uint32_t expected = ts_node_descendant_count(ts_tree_root_node(tree));
  entries_.resize(expected);
  if (platlint_flatten_tree(tree, entries_.data(), expected) != expected) {
    throw std::runtime_error("the syntax tree could not be flattened");
  }
  indexChildren();
}

// Lays out each node's children contiguously: slots are handed out by a prefix sum over the child
// counts, then each node, visited in document order, takes the next slot of its parent.
void SyntaxTree::indexChildren() {
  uint32_t slot = 0;
  uint32_t namedSlot = 0;
  for (Entry& e : entries_) {
    e.firstChildSlot = slot;
    e.firstNamedChildSlot = namedSlot;
    slot += e.childCount;
    namedSlot += e.namedChildCount;
  }
  children_.resize(slot);
  namedChildren_.resize(namedSlot);
  thread_local std::vector<uint32_t> filled;
  thread_local std::vector<uint32_t> namedFilled;
  filled.assign(entries_.size(), 0);
  namedFilled.assign(entries_.size(), 0);
  for (uint32_t i = 1; i < size(); ++i) {
    const uint32_t parent = entries_[i].parent;
    children_[entries_[parent].firstChildSlot + filled[parent]++] = i;
    if (entries_[i].flags & Named) namedChildren_[entries_[parent].firstNamedChildSlot + namedFilled[parent]++] = i;
  }
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
