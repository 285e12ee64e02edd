#include "analyzer/syntax/languages.h"

namespace platlint {

bool isCFamilyPath(std::string_view path) {
  static constexpr std::string_view kExtensions[] = {".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx",
                                                     ".c++", ".h++"};
  const size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view ext = name.substr(dot);
  for (std::string_view e : kExtensions) {
    if (ext == e) return true;
  }
  return false;
}

}  // namespace platlint
