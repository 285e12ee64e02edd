// Suppression comments: parsing (pure, from the tree's comments) and applying them to findings.
#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analyzer/lint/engine.h"
#include "analyzer/lint/suppressions.h"
#include "rules/registry.h"
#include "tests/unit/check_contains.h"
#include "tests/unit/parse_helper.h"

namespace platlint {
namespace {

FileSuppressions parse(const std::string& code) {
  const testing::ParsedSnippet s(code);
  return parseSuppressions(s.root, s.file, builtinRules());
}

Diagnostic finding(std::string_view rule, uint32_t line, uint32_t endLine = 0) {
  Diagnostic d;
  d.rule = builtinRules().find(rule);
  d.level = d.rule->level;
  d.message = std::string(rule) + " finding";
  d.range.start = {line, 1};
  d.range.end = {endLine ? endLine : line, 5};
  return d;
}

FileSettings allRulesOn() {
  FileSettings s;
  s.rules = RuleSelection(builtinRules(), {"ALL"}, {});
  return s;
}

TEST_CASE("suppressions: noqa and platlint directives") {
  const FileSuppressions s = parse(
      "a = 1  # noqa: PORT101, PORT203\n"
      "b = 2  # noqa:PORT101\n"
      "c = 3  # NOQA: E501,PORT102 -- flake8 and us\n"
      "d = 4  # platlint: ignore[PORT402, PORT403] -- Linux agent only\n"
      "# platlint: ignore-file[PORT4]\n"
      "e = 5  # type: ignore  # noqa: PORT801\n"
      "g = 6  # platlint: ignore[PORT401] -- see issue #123  # type: ignore\n"
      "f = '# noqa: PORT101'\n");
  CHECK(s.malformed.empty());
  REQUIRE(s.directives.size() >= 6);
  CHECK(s.directives[0].codes == std::vector<std::string>{"PORT101", "PORT203"});
  CHECK(s.directives[0].line == 1);
  CHECK(s.directives[1].codes == std::vector<std::string>{"PORT101"});
  CHECK(s.directives[2].codes == std::vector<std::string>{"PORT102"});
  CHECK(s.directives[2].justification == "flake8 and us");
  CHECK(s.directives[3].codes == std::vector<std::string>{"PORT402", "PORT403"});
  CHECK(s.directives[3].justification == "Linux agent only");
  CHECK(s.directives[3].scope == SuppressionDirective::Scope::Line);
  CHECK(s.directives[4].scope == SuppressionDirective::Scope::File);
  CHECK(s.directives[4].codes == std::vector<std::string>{"PORT4"});
  CHECK(s.directives[5].codes == std::vector<std::string>{"PORT801"});
  CHECK(s.directives[5].line == 6);
  REQUIRE(s.directives.size() == 7);  // the string on line 8 holds no comment
  CHECK(s.directives[6].justification == "see issue #123");
}

TEST_CASE("suppressions: another linter's noqa is neither honoured nor reported") {
  const FileSuppressions s = parse("a = 1  # noqa\nb = 2  # noqa: E501\nc = 3  # noqa : F401\nd = 4  # noqa E501\n");
  CHECK(s.directives.empty());
  CHECK(s.malformed.empty());
  // Blanket ones (no colon) are remembered, to tell a user whose findings sit on such lines.
  CHECK(s.bareNoqaLines == std::vector<uint32_t>{1, 4});
}

TEST_CASE("suppressions: malformed directives are reported, never blanket") {
  const FileSuppressions s = parse(
      "a = 1  # noqa PORT101\n"
      "b = 2  # noqa[PORT101]\n"
      "c = 3  # noqa: PORT999\n"
      "d = 4  # noqa: PORT1\n"
      "e = 5  # platlint: ignore PORT101\n"
      "f = 6  # platlint: ignore[]\n"
      "g = 7  # platlint: ignore[PORT101\n"
      "h = 8  # platlint: skip[PORT101]\n"
      "i = 9  # platlint: ignore[PORT101] because\n"
      "j = 0  # platlint: ignore-file[PORT1]\n"
      "k = 1  # platlint: ignore-file[PORT09]\n"
      "l = 2  # platlint ignore[PORT101]\n");
  CHECK(s.directives.empty());
  REQUIRE(s.malformed.size() == 12);
  CHECK_CONTAINS(s.malformed[0].message, "need a colon");
  CHECK(s.malformed[0].range.start.line == 1);
  CHECK(s.malformed[0].range.start.column == 8);
  CHECK_CONTAINS(s.malformed[2].message, "`PORT999` names no platlint rule");
  CHECK_CONTAINS(s.malformed[3].message, "is a prefix");
  CHECK_CONTAINS(s.malformed[5].message, "names no rules");
  CHECK_CONTAINS(s.malformed[6].message, "no closing `]`");
  CHECK_CONTAINS(s.malformed[7].message, "is not a platlint directive");
  CHECK_CONTAINS(s.malformed[8].message, "not a reason");
  CHECK_CONTAINS(s.malformed[9].message, "must be on a line of its own");
  CHECK_CONTAINS(s.malformed[10].message, "matches no platlint rule");
}

TEST_CASE("suppressions: a directive on the first line of a statement covers the statement") {
  const FileSuppressions s = parse(
      "x = run(  # noqa: PORT501\n"
      "    ['mount'],\n"
      "    check=True)\n"
      "if (a and  # noqa: PORT101\n"
      "        b):\n"
      "    c = 1\n"
      "    d = 2\n"
      "y = [1,\n"
      "     2]  # noqa: PORT102\n");
  REQUIRE(s.directives.size() == 3);
  CHECK(s.directives[0].lastLine == 3);
  CHECK(s.directives[1].lastLine == 5);  // the header only, not the body
  CHECK(s.directives[2].line == 9);
  CHECK(s.directives[2].lastLine == 9);  // not the first line: this line only
}

TEST_CASE("applySuppressions: marks, reports unused and malformed, and can run again") {
  FileResult r;
  r.suppressions = parse(
      "x = run(  # noqa: PORT501\n"
      "    ['mount'])\n"
      "y = 1  # platlint: ignore[PORT101, PORT102] -- reason\n"
      "z = 2  # noqa PORT101\n"
      "# platlint: ignore-file[PORT7]\n");
  r.diagnostics = {finding("PORT501", 2), finding("PORT101", 3), finding("PORT701", 4), finding("PORT801", 4)};
  const FileSettings settings = allRulesOn();
  applySuppressions(r, settings);
  auto count = [&](std::string_view id, bool suppressed) {
    return std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                         [&](const Diagnostic& d) { return d.rule->id == id && d.suppressed() == suppressed; });
  };
  CHECK(count("PORT501", true) == 1);
  CHECK(count("PORT101", true) == 1);
  CHECK(count("PORT701", true) == 1);
  CHECK(count("PORT801", false) == 1);
  CHECK(count("PORT902", false) == 1);
  REQUIRE(count("PORT901", false) == 1);
  const auto unused = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.rule->id == "PORT901"; });
  CHECK_CONTAINS(unused->message, "`PORT102` in `# platlint: ignore[PORT101, PORT102] -- reason`");
  const auto port101 = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.rule->id == "PORT101"; });
  CHECK(port101->suppression->justification == "reason");
  CHECK(port101->suppression->directiveLine == 3);

  // A finding added later (as project-level rules do) is suppressed by running the stage again,
  // which replaces what the first run produced.
  r.diagnostics.push_back(finding("PORT102", 3));
  applySuppressions(r, settings);
  CHECK(count("PORT102", true) == 1);
  CHECK(count("PORT901", false) == 0);
  CHECK(count("PORT902", false) == 1);
}

TEST_CASE("applySuppressions: unused ids of disabled rules are not reported, and PORT901 is opt-in") {
  FileResult r;
  r.suppressions = parse("y = 1  # noqa: PORT101\n");
  FileSettings settings;  // defaults: PORT901 off
  applySuppressions(r, settings);
  CHECK(r.diagnostics.empty());
  settings.rules = RuleSelection(builtinRules(), {"ALL"}, {"PORT101"});
  applySuppressions(r, settings);
  CHECK(r.diagnostics.empty());
  settings.rules = RuleSelection(builtinRules(), {"ALL"}, {});
  applySuppressions(r, settings);
  CHECK(r.diagnostics.size() == 1);
}

TEST_CASE("engine: suppressions are parsed with the file, severity overrides set the level") {
  FileSettings settings;
  settings.rules = RuleSelection(builtinRules());
  settings.severity = {{"PORT101", Level::Error}};
  Engine engine{RuleSelection(builtinRules())};
  FileResult r = engine.analyze("x.py", "open('/proc/mounts', encoding='utf-8')  # noqa: PORT101\n", settings);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].level == Level::Error);
  CHECK_FALSE(r.diagnostics[0].suppressed());
  REQUIRE(r.suppressions.directives.size() == 1);
  applySuppressions(r, settings);
  CHECK(r.diagnostics[0].suppressed());
}

}  // namespace
}  // namespace platlint

