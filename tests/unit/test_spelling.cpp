#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer/base/spelling.h"

using platlint::closestSpelling;
using platlint::editDistance;

TEST_CASE("editDistance counts insertions, deletions and substitutions") {
  CHECK(editDistance("", "") == 0);
  CHECK(editDistance("--selct", "--select") == 1);
  CHECK(editDistance("chek", "check") == 1);
  CHECK(editDistance("kitten", "sitting") == 3);
  CHECK(editDistance("abc", "") == 3);
}

TEST_CASE("closestSpelling suggests only a near name") {
  const std::vector<std::string> options{"--select", "--extend-select", "--ignore", "--exclude"};
  CHECK(closestSpelling("--selct", options) == "--select");
  CHECK(closestSpelling("--ignroe", options) == "--ignore");
  CHECK_FALSE(closestSpelling("--frobnicate", options).has_value());
  const std::vector<std::string> commands{"check", "config", "inventory", "rule", "version"};
  CHECK(closestSpelling("chek", commands) == "check");
  CHECK(closestSpelling("rules", commands) == "rule");
  CHECK_FALSE(closestSpelling("xy", commands).has_value());
}
