#include "analyzer/syntax.h"

#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_python(void);

namespace platlint {

const TSLanguage* pythonLanguage() { return tree_sitter_python(); }

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
