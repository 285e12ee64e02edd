#include "analyzer/app/stdin_buffer.h"

#include <algorithm>
#include <iostream>
#include <iterator>
#include <stdexcept>

namespace platlint {

std::optional<UnsavedBuffer> stdinBuffer(const std::vector<std::string>& paths, const std::string& stdinFilename) {
  const bool dash = std::find(paths.begin(), paths.end(), "-") != paths.end();
  if (dash && paths.size() > 1) throw std::invalid_argument("'-' (standard input) cannot be given with other paths");
  if (!stdinFilename.empty() && !paths.empty() && !dash) {
    throw std::invalid_argument("--stdin-filename names the text on standard input: give '-' (or no path), not " +
                                paths.front());
  }
  if (!dash && stdinFilename.empty()) return std::nullopt;
  UnsavedBuffer buffer;
  buffer.path = stdinFilename.empty() ? "-" : stdinFilename;
  buffer.bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  return buffer;
}

}  // namespace platlint
