#include "analyzer/syntax/syntax.h"

#include <algorithm>
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

namespace detail {

const uint16_t* kindIdsBySymbol() {
  static const std::vector<uint16_t> ids = [] {
    // Every TSSymbol value, so that no lookup needs a bounds check; the unused ones name nothing.
    std::vector<uint16_t> all(size_t{1} << 16, UINT16_MAX);
    const TSLanguage* language = pythonLanguage();
    const auto idOf = [](std::string_view name) -> uint16_t {
      const auto* found = std::lower_bound(std::begin(kGrammarKindNames), std::end(kGrammarKindNames), name);
      return found != std::end(kGrammarKindNames) && *found == name
                 ? static_cast<uint16_t>(found - std::begin(kGrammarKindNames))
                 : UINT16_MAX;
    };
    for (TSSymbol s = 0; s < ts_language_symbol_count(language); ++s) all[s] = idOf(ts_language_symbol_name(language, s));
    for (const TSSymbol s : {TSSymbol(-1), TSSymbol(-2)}) all[s] = idOf(ts_language_symbol_name(language, s));
    return all;
  }();
  return ids.data();
}

}  // namespace detail

SymbolSet::SymbolSet(std::span<const std::string_view> kinds) {
  const TSLanguage* language = pythonLanguage();
  const auto names = symbolNames();
  members_.resize(names.size());
  for (TSSymbol s = 0; s < names.size(); ++s) {
    if (ts_language_symbol_type(language, s) != TSSymbolTypeRegular) continue;
    for (std::string_view kind : kinds) {
      if (names[s] == kind) members_[s] = true;
    }
  }
}

// By the generated table, which the build took from this grammar (test_syntax_tree.cpp checks them
// against the runtime's names).
std::string_view fieldName(TSFieldId field) {
  return field < std::size(detail::kGrammarFieldNames) ? detail::kGrammarFieldNames[field] : std::string_view{};
}

SyntaxTree::SyntaxTree(const TSTree* tree, std::string_view text)
    : symbolNames_(symbolNames()), kindIds_(detail::kindIdsBySymbol()), text_(text) {
  flatten(tree, nullptr);
}

SyntaxTree::SyntaxTree(TreePtr tree, std::string_view text)
    : symbolNames_(symbolNames()), kindIds_(detail::kindIdsBySymbol()), text_(text) {
  flatten(tree.get(), text.size() >= kReleaseWhileFlatteningFrom ? tree.get() : nullptr);
}

void SyntaxTree::flatten(const TSTree* tree, TSTree* releasing) {
  const uint32_t expected = ts_node_descendant_count(ts_tree_root_node(tree));
  entries_.reset(new Entry[expected]);  // default-initialised: platlint_flatten_tree fills each
  symbols_.reset(new TSSymbol[expected]);
  const uint32_t written = releasing ? platlint_flatten_releasing_tree(releasing, entries_.get(), symbols_.get(), expected)
                                     : platlint_flatten_tree(tree, entries_.get(), symbols_.get(), expected);
  if (written != expected) throw std::runtime_error("the syntax tree could not be flattened");
  size_ = expected;
  indexChildren();
}

// Lays out each node's children contiguously, following its sibling chain; every node but the
// root is some node's child, so n - 1 slots hold them all.
void SyntaxTree::indexChildren() {
  children_.reset(new uint32_t[size_]);
  namedChildren_.reset(new uint32_t[size_]);
  uint32_t slot = 0;
  uint32_t namedSlot = 0;
  for (uint32_t p = 0; p < size_; ++p) {
    Entry& e = entries_[p];
    e.firstChildSlot = slot;
    e.firstNamedChildSlot = namedSlot;
    if (e.childCount == 0) continue;
    for (uint32_t c = p + 1; c != kNone; c = entries_[c].nextSibling) {
      children_[slot++] = c;
      if (entries_[c].flags & Named) namedChildren_[namedSlot++] = c;
    }
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

TreePtr PythonParser::parse(std::string_view text, const Deadline& deadline, const TSTree* previous) {
  StringInput input{text};
  TSParseOptions options{const_cast<Deadline*>(&deadline), stopParsing};
  TreePtr tree(ts_parser_parse_with_options(parser_.get(), previous,
                                            TSInput{&input, readString, TSInputEncodingUTF8, nullptr}, options));
  // A cancelled parse would otherwise be resumed by the next call, on another file's text.
  if (!tree) ts_parser_reset(parser_.get());
  return tree;
}

}  // namespace platlint
