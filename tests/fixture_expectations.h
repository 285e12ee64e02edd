#pragma once
// Inline expectations in rule fixtures, in the style of clang-tidy's CHECK-MESSAGES and
// Semgrep's `# ruleid:` comments:
//   code()  # expect: PORT101            -> this line must report PORT101
//   # expect: PORT101, PORT203           -> a comment-only line applies to the next code line
//   code()  # ok: PORT101                -> a near miss: this line must not report PORT101
// C and C++ fixtures write the same with `//` comments: `code();  // expect: PORT412`.
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace platlint::testing {

using LineRule = std::pair<uint32_t, std::string>;  // (1-based line, rule id)

struct FixtureExpectations {
  std::set<LineRule> expected;
  std::set<LineRule> forbidden;
  std::vector<std::string> errors;  // malformed annotations
};

// `commentMarker` starts a comment: "#" for Python, "//" for C and C++ (where a line starting
// with '#' is a preprocessor directive, i.e. code).
FixtureExpectations parseExpectations(std::string_view source, std::string_view commentMarker = "#");

}  // namespace platlint::testing
