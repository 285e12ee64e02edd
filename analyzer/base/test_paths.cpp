#include "analyzer/base/test_paths.h"

#include <algorithm>

namespace platlint {

bool isTestPath(std::string_view path) {
  size_t start = 0;
  while (start < path.size()) {
    const size_t slash = std::min(path.find_first_of("/\\", start), path.size());
    const std::string_view part = path.substr(start, slash - start);
    if (slash < path.size()) {
      if (part == "tests" || part == "test" || part == "testing") return true;
    } else {
      return part.starts_with("test_") || part.ends_with("_test.py") || part == "conftest.py";
    }
    start = slash + 1;
  }
  return false;
}

}  // namespace platlint
