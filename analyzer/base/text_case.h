#pragma once
// Case folding for the names and words rules compare: identifiers, paths, program and variable names.
#include <cctype>
#include <string>
#include <string_view>

namespace platlint {

// `s` with its letters in lower case (the C locale's: ASCII).
inline std::string toLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace platlint
