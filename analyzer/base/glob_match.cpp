#include "analyzer/base/glob_match.h"

#include <cstddef>

namespace platlint {

GlobPattern::GlobPattern(std::string_view pattern) : pattern_(pattern) {
  const std::size_t n = pattern.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = pattern[i];
    if (c == '*') {
      std::size_t j = i;
      while (j < n && pattern[j] == '*') ++j;
      const bool startsComponent = i == 0 || pattern[i - 1] == '/';
      const bool endsComponent = j == n || pattern[j] == '/';
      if (j - i >= 2 && startsComponent && endsComponent) {
        if (j < n) {  // `**/`: zero or more whole directories
          tokens_.push_back(Token{Kind::GlobStarSlash});
          i = j + 1;
        } else {  // trailing `**`: everything below
          tokens_.push_back(Token{Kind::GlobStar});
          i = j;
        }
      } else {
        tokens_.push_back(Token{Kind::Star});
        i = j;
      }
      continue;
    }
    if (c == '?') {
      tokens_.push_back(Token{Kind::AnyChar});
      ++i;
      continue;
    }
    if (c == '\\' && i + 1 < n) {
      tokens_.push_back(Token{Kind::Literal, pattern[i + 1]});
      i += 2;
      continue;
    }
    if (c == '[') {
      std::size_t j = i + 1;
      Token token{Kind::Class};
      if (j < n && (pattern[j] == '!' || pattern[j] == '^')) {
        token.negated = true;
        ++j;
      }
      bool first = true;
      bool closed = false;
      while (j < n) {
        char lo = pattern[j];
        if (lo == ']' && !first) {
          closed = true;
          break;
        }
        first = false;
        if (lo == '\\' && j + 1 < n) {
          ++j;
          lo = pattern[j];
        }
        char hi = lo;
        if (j + 2 < n && pattern[j + 1] == '-' && pattern[j + 2] != ']') {
          j += 2;
          hi = pattern[j];
          if (hi == '\\' && j + 1 < n) {
            ++j;
            hi = pattern[j];
          }
        }
        const auto ulo = static_cast<unsigned char>(lo);
        const auto uhi = static_cast<unsigned char>(hi);
        if (ulo <= uhi) token.ranges.emplace_back(ulo, uhi);
        ++j;
      }
      if (closed) {
        tokens_.push_back(std::move(token));
        i = j + 1;
        continue;
      }
      // Unclosed: the '[' is an ordinary character.
    }
    tokens_.push_back(Token{Kind::Literal, c});
    ++i;
  }
}

bool GlobPattern::tokenMatchesChar(const Token& token, char c) const {
  switch (token.kind) {
    case Kind::Literal:
      return token.literal == c;
    case Kind::AnyChar:
      return c != '/';
    case Kind::Class: {
      if (c == '/') return false;
      const auto u = static_cast<unsigned char>(c);
      bool inSet = false;
      for (const auto& [lo, hi] : token.ranges) {
        if (lo <= u && u <= hi) {
          inSet = true;
          break;
        }
      }
      return inSet != token.negated;
    }
    default:
      return false;
  }
}

bool GlobPattern::matches(std::string_view text) const {
  // next[j]: tokens i+1.. match text[j..]; cur[j]: tokens i.. match text[j..]. O(tokens * length).
  const std::size_t n = text.size();
  std::vector<char> next(n + 1, 0);
  std::vector<char> cur(n + 1, 0);
  next[n] = 1;  // the empty pattern matches only the empty rest
  for (std::size_t t = tokens_.size(); t-- > 0;) {
    const Token& token = tokens_[t];
    switch (token.kind) {
      case Kind::Star:
        cur[n] = next[n];
        for (std::size_t j = n; j-- > 0;) cur[j] = next[j] || (text[j] != '/' && cur[j + 1]);
        break;
      case Kind::GlobStar:
        cur[n] = next[n];
        for (std::size_t j = n; j-- > 0;) cur[j] = next[j] || cur[j + 1];
        break;
      case Kind::GlobStarSlash: {
        // Either nothing, or any characters up to and including a '/', then the rest.
        char throughSlash = 0;  // some k >= j with text[k] == '/' and next[k + 1]
        cur[n] = next[n];
        for (std::size_t j = n; j-- > 0;) {
          if (text[j] == '/' && next[j + 1]) throughSlash = 1;
          cur[j] = next[j] || throughSlash;
        }
        break;
      }
      default:
        cur[n] = 0;
        for (std::size_t j = 0; j < n; ++j) cur[j] = tokenMatchesChar(token, text[j]) && next[j + 1];
        break;
    }
    next.swap(cur);
  }
  return next[0] != 0;
}

bool globMatch(std::string_view pattern, std::string_view text) { return GlobPattern(pattern).matches(text); }

}  // namespace platlint
