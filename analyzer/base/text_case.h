#pragma once
// Case folding for the names and words rules compare: identifiers, paths, program and variable names.
#include <string>
#include <string_view>

namespace platlint {

// `c` in lower case when it is an ASCII capital; without a call, unlike std::tolower.
inline char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` with its letters in lower case (the C locale's: ASCII).
inline std::string toLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;  // no call per letter
  return out;
}

// A name in lower case (ASCII), kept in the object without an allocation when it is short: for the
// names rules ask of every call. Not copyable: view() points into the object.
class LowerCaseName {
 public:
  explicit LowerCaseName(std::string_view name) {
    if (name.size() <= sizeof buffer_) {
      for (size_t i = 0; i < name.size(); ++i) buffer_[i] = lowerAscii(name[i]);
      view_ = std::string_view(buffer_, name.size());
    } else {
      spill_ = toLower(name);
      view_ = spill_;
    }
  }
  LowerCaseName(const LowerCaseName&) = delete;
  LowerCaseName& operator=(const LowerCaseName&) = delete;
  std::string_view view() const { return view_; }

 private:
  char buffer_[64];
  std::string spill_;
  std::string_view view_;
};

// Whether `text` holds `a` or `b`. For the filters every string literal goes through: two
// memchr scans (find()), which read many bytes an instruction, cost less than one loop comparing
// each byte with both, and find_first_of() calls memchr once per character of the text.
inline bool containsEither(std::string_view text, char a, char b) {
  return text.find(a) != std::string_view::npos || text.find(b) != std::string_view::npos;
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

// True when `name` is `pattern`, or, for a pattern that ends in '*' (`mkfs.*`, `errno.*`), starts
// with what comes before the star: the tables of programs and APIs name families that way.
inline bool matchesNameOrPrefix(std::string_view pattern, std::string_view name) {
  return pattern.ends_with('*') ? name.starts_with(pattern.substr(0, pattern.size() - 1)) : name == pattern;
}

}  // namespace platlint
