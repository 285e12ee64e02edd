#include "rules/shell_words.h"

#include <algorithm>
#include <cctype>

namespace platlint {

std::vector<std::vector<std::string>> shellSegments(std::string_view s, bool complete) {
  std::vector<std::vector<std::string>> segments;
  std::vector<std::string> current;
  std::string word;
  bool inWord = false;
  bool skipNext = false;  // the next word is a redirection target
  bool truncated = false;  // a quote or substitution runs past the end
  const auto flush = [&] {
    if (inWord) {
      if (!skipNext) current.push_back(word);
      skipNext = false;
    }
    word.clear();
    inWord = false;
  };
  const auto endSegment = [&] {
    flush();
    skipNext = false;
    if (!current.empty()) segments.push_back(std::move(current));
    current.clear();
  };
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = s[i];
    if (c == '\'') {
      inWord = true;
      const size_t close = s.find('\'', i + 1);
      if (close == std::string_view::npos) {
        word.append(s.substr(i + 1));
        truncated = true;
        break;
      }
      word.append(s.substr(i + 1, close - i - 1));
      i = close;
    } else if (c == '"') {
      inWord = true;
      size_t j = i + 1;
      for (; j < n && s[j] != '"'; ++j) {
        if (s[j] == '\\' && j + 1 < n && (s[j + 1] == '"' || s[j + 1] == '\\' || s[j + 1] == '$' || s[j + 1] == '`')) ++j;
        word.push_back(s[j]);
      }
      if (j >= n) {
        truncated = true;
        break;
      }
      i = j;
    } else if (c == '\\') {
      if (i + 1 < n && s[i + 1] != '\n') {
        inWord = true;
        word.push_back(s[i + 1]);
      }
      ++i;
    } else if (c == '\n' || c == ';' || c == '|' || c == '(' || c == ')' ||
               (c == '&' && !(i + 1 < n && s[i + 1] == '>'))) {
      if (c == '&' && !word.empty() && word.back() == '>') {  // `2>&1`: part of a redirection
        word.push_back(c);
        continue;
      }
      endSegment();
      if (i + 1 < n && (s[i + 1] == c || (c == '|' && s[i + 1] == '&'))) ++i;  // || && ;; |&
    } else if (c == '>' || c == '<' || (c == '&' && i + 1 < n && s[i + 1] == '>')) {
      // A redirection: a leading file-descriptor number belongs to it, and so does the next word.
      if (inWord && std::all_of(word.begin(), word.end(), [](char d) { return std::isdigit(static_cast<unsigned char>(d)); })) {
        word.clear();
        inWord = false;
      }
      flush();
      size_t j = i + 1;
      while (j < n && (s[j] == '>' || s[j] == '<' || s[j] == '&' || s[j] == '|')) ++j;
      // `>&2`, `2>&1`, `<&-`: the target is attached to the operator.
      if (j < n && s[j - 1] == '&' && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '-')) {
        while (j < n && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
      } else {
        skipNext = true;
      }
      i = j - 1;
    } else if (c == '$' && i + 1 < n && s[i + 1] == '(') {
      inWord = true;
      int nesting = 0;
      size_t j = i + 1;
      for (; j < n; ++j) {
        if (s[j] == '(') ++nesting;
        if (s[j] == ')' && --nesting == 0) break;
      }
      if (j >= n) {
        truncated = true;
        break;
      }
      word.append(s.substr(i, j - i + 1));
      i = j;
    } else if (c == '`') {
      inWord = true;
      const size_t close = s.find('`', i + 1);
      if (close == std::string_view::npos) {
        truncated = true;
        break;
      }
      word.append(s.substr(i, close - i + 1));
      i = close;
    } else if (c == '#' && !inWord) {
      const size_t eol = s.find('\n', i);
      if (eol == std::string_view::npos) break;
      i = eol - 1;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else {
      inWord = true;
      word.push_back(c);
    }
  }
  if (truncated || (!complete && inWord)) {
    word.clear();
    inWord = false;
  }
  endSegment();
  return segments;
}

}  // namespace platlint
