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

// True when `text` contains `word` with the letters of both compared in lower case (ASCII), without
// making a folded copy: rules ask it of every call's name.
inline bool containsIgnoringCase(std::string_view text, std::string_view word) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (word.size() > text.size()) return false;
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    size_t j = 0;
    while (j < word.size() && lower(text[i + j]) == lower(word[j])) ++j;
    if (j == word.size()) return true;
  }
  return false;
}

}  // namespace platlint
