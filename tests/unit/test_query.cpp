#include <doctest/doctest.h>

#include <stdexcept>

#include "analyzer/query.h"
#include "tests/unit/parse_helper.h"

using platlint::Query;
using platlint::QueryMatch;
using platlint::testing::ParsedSnippet;

namespace {

std::vector<std::string> capturedTexts(const Query& q, const std::string& code, std::string_view capture) {
  ParsedSnippet s(code);
  std::vector<std::string> out;
  q.forEachMatch(s.root, [&](const QueryMatch& m) { out.emplace_back(m.capture(capture).text()); });
  return out;
}

}  // namespace

TEST_CASE("a predicate inside the pattern's parentheses belongs to it") {
  Query inside(R"(((call function: (identifier) @f) @c (#eq? @f "open")))");
  CHECK(inside.patternCount() == 1);
  CHECK(capturedTexts(inside, "open(a)\nclose(b)\nopen(c)", "c") == std::vector<std::string>{"open(a)", "open(c)"});
}

TEST_CASE("a predicate outside the parentheses is a separate pattern (the pitfall)") {
  // tree-sitter parses the trailing predicate as a pattern of its own that matches everything;
  // Query refuses it.
  CHECK_THROWS_AS(Query(R"((call function: (identifier) @f) @c (#eq? @f "open"))"), std::invalid_argument);
}

TEST_CASE("eq, not-eq, match, not-match and any-of are evaluated") {
  const std::string code = "open(a)\nclose(b)\nos_open(c)\nreopen(d)";
  CHECK(capturedTexts(Query(R"(((call function: (identifier) @f) (#not-eq? @f "open")))"), code, "f") ==
        std::vector<std::string>{"close", "os_open", "reopen"});
  CHECK(capturedTexts(Query(R"(((call function: (identifier) @f) (#match? @f "open$")))"), code, "f") ==
        std::vector<std::string>{"open", "os_open", "reopen"});
  CHECK(capturedTexts(Query(R"(((call function: (identifier) @f) (#not-match? @f "^re")))"), code, "f") ==
        std::vector<std::string>{"open", "close", "os_open"});
  CHECK(capturedTexts(Query(R"(((call function: (identifier) @f) (#any-of? @f "close" "reopen")))"), code, "f") ==
        std::vector<std::string>{"close", "reopen"});
}

TEST_CASE("eq between two captures") {
  Query q(R"(((assignment left: (identifier) @l right: (identifier) @r) (#eq? @l @r)))");
  CHECK(capturedTexts(q, "a = a\nb = c\n", "l") == std::vector<std::string>{"a"});
}

TEST_CASE("invalid queries and unknown predicates are errors, not silent matches") {
  CHECK_THROWS_AS(Query("(call"), std::invalid_argument);
  CHECK_THROWS_AS(Query("(no_such_node)"), std::invalid_argument);
  CHECK_THROWS_AS(Query(R"(((identifier) @i (#frobnicate? @i "x")))"), std::invalid_argument);
}
