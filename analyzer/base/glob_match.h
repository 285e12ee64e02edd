#pragma once
// fnmatch-style glob patterns for --exclude, compiled once and matched against '/'-separated paths.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace platlint {

// Syntax:
//   `*`      any run of characters except '/'
//   `?`      one character except '/'
//   `[...]`  one character (not '/') from a set: `[abc]`, `[a-z]`, negated with `[!...]` or `[^...]`;
//            a `]` right after the opening (or after `!`/`^`) is literal; an unclosed `[` is literal
//   `**`     as a whole path component: any run of characters including '/'; `**/` also matches
//            nothing, so `a/**/b` matches `a/b` and `**/gen` matches `gen`; elsewhere `**` is `*`
//   `\c`     the character c literally
// Everything else matches itself, byte for byte. The whole text must match.
class GlobPattern {
 public:
  explicit GlobPattern(std::string_view pattern);

  bool matches(std::string_view text) const;
  const std::string& pattern() const { return pattern_; }

 private:
  enum class Kind { Literal, AnyChar, Star, GlobStar, GlobStarSlash, Class };
  struct Token {
    Kind kind;
    char literal = 0;
    bool negated = false;
    std::vector<std::pair<unsigned char, unsigned char>> ranges{};  // Class: inclusive byte ranges
  };
  bool tokenMatchesChar(const Token& token, char c) const;

  std::string pattern_;
  std::vector<Token> tokens_;
};

// Convenience for one-off matches.
bool globMatch(std::string_view pattern, std::string_view text);

}  // namespace platlint
