#include <doctest/doctest.h>

#include "tests/fixture_expectations.h"

using platlint::testing::LineRule;
using platlint::testing::parseExpectations;

TEST_CASE("annotations at the end of a line and on the line above") {
  const auto e = parseExpectations(
      "a = 1  # expect: PORT101\n"
      "# expect: PORT102, PORT203\n"
      "\n"
      "b = 2\n"
      "c = 3  # ok: PORT101\n");
  CHECK(e.errors.empty());
  CHECK(e.expected == std::set<LineRule>{{1, "PORT101"}, {4, "PORT102"}, {4, "PORT203"}});
  CHECK(e.forbidden == std::set<LineRule>{{5, "PORT101"}});
}

TEST_CASE("several annotations on one line") {
  const auto e = parseExpectations("open(p)  # ok: PORT101  # expect: PORT801\n");
  CHECK(e.errors.empty());
  CHECK(e.expected == std::set<LineRule>{{1, "PORT801"}});
  CHECK(e.forbidden == std::set<LineRule>{{1, "PORT101"}});
}

TEST_CASE("malformed annotations are errors, never silently ignored") {
  CHECK_FALSE(parseExpectations("x = 1  # expect: PORT10\n").errors.empty());
  CHECK_FALSE(parseExpectations("x = 1  # expect: proc-mounts\n").errors.empty());
  CHECK_FALSE(parseExpectations("x = 1  # expect: PORT101  # ok: PORT101\n").errors.empty());
  CHECK_FALSE(parseExpectations("x = 1\n# expect: PORT101\n").errors.empty());
}
