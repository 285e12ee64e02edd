// --suggest-targets' criteria at their edges (analyzer/report/target_suggestions.h): which findings
// are Linux ties, a directory's share of tied files, a file's share of ties, the topmost directory,
// the whole run, tests. tests/suggest_targets_test.sh runs the command end to end.
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "analyzer/lint/file_results.h"
#include "analyzer/lint/rule.h"
#include "analyzer/report/target_suggestions.h"

namespace platlint {
namespace {

// Rules as the families see them: only the id's family digit and the platforms matter here.
constexpr RuleMeta suggestRule(std::string_view id, PlatformSet breaksOn) {
  return RuleMeta{.id = id, .name = id, .level = Level::Warning, .shortDescription = "", .whatItDoes = "",
                  .whyBad = "", .example = "", .useInstead = "", .breaksOn = breaksOn, .tags = {}};
}
const RuleMeta kSuggestKernel = suggestRule("PORT101", kNotLinux);
const RuleMeta kSuggestPath = suggestRule("PORT204", kNotLinux);
const RuleMeta kSuggestPosixTool = suggestRule("PORT502", Platform::Windows);

Diagnostic suggestFinding(const RuleMeta& rule, std::string message = "reads `/proc/mounts`") {
  Diagnostic d;
  d.rule = &rule;
  d.level = rule.level;
  d.message = std::move(message);
  d.breaksOn = rule.breaksOn;
  d.range.start = {1, 1};
  d.range.end = {1, 2};
  return d;
}

// A file with `ties` Linux ties and `others` other findings.
FileResult suggestFile(std::string path, int ties, int others) {
  FileResult file;
  file.path = std::move(path);
  file.analyzed = true;
  for (int i = 0; i < ties; ++i) file.diagnostics.push_back(suggestFinding(kSuggestKernel));
  for (int i = 0; i < others; ++i) file.diagnostics.push_back(suggestFinding(kSuggestPath, "uses `/etc/x`"));
  return file;
}

std::vector<std::string> suggestedPaths(std::vector<FileResult> files) {
  std::vector<std::string> paths;
  for (const TargetSuggestion& s : suggestTargets(FileResults(std::move(files)), "/w")) paths.push_back(s.path);
  return paths;
}

TEST_CASE("target suggestions: a Linux tie is a kernel, platform-API or program finding that breaks on macOS and Windows") {
  CHECK(isLinuxTie(suggestFinding(kSuggestKernel)));
  CHECK_FALSE(isLinuxTie(suggestFinding(kSuggestPath)));       // a path: another family
  CHECK_FALSE(isLinuxTie(suggestFinding(kSuggestPosixTool)));  // missing on Windows only
  Diagnostic suppressed = suggestFinding(kSuggestKernel);
  suppressed.suppression = SuppressionMark{};
  CHECK_FALSE(isLinuxTie(suppressed));
}

TEST_CASE("target suggestions: a directory needs two tied files and 60% of its files with findings") {
  CHECK(suggestedPaths({suggestFile("agent/a.py", 1, 0), suggestFile("agent/b.py", 1, 5), suggestFile("agent/c.py", 1, 0),
                        suggestFile("agent/d.py", 0, 1), suggestFile("agent/e.py", 0, 1), suggestFile("api/x.py", 0, 1)}) ==
        std::vector<std::string>{"agent/"});  // 3 of 5: 60%
  CHECK(suggestedPaths({suggestFile("agent/a.py", 1, 0), suggestFile("agent/b.py", 1, 0), suggestFile("agent/d.py", 0, 1),
                        suggestFile("agent/e.py", 0, 1), suggestFile("agent/f.py", 0, 1), suggestFile("api/x.py", 0, 1)})
            .empty());  // 2 of 5
  CHECK(suggestedPaths({suggestFile("agent/a.py", 1, 0), suggestFile("api/x.py", 0, 1)}).empty());  // one tied file
}

TEST_CASE("target suggestions: the topmost directory, never one that holds every file with findings") {
  CHECK(suggestedPaths({suggestFile("pkg/agent/a.py", 1, 0), suggestFile("pkg/agent/b.py", 1, 0),
                        suggestFile("pkg/agent/linux/c.py", 1, 0), suggestFile("pkg/agent/linux/d.py", 1, 0),
                        suggestFile("pkg/api.py", 0, 1), suggestFile("other/x.py", 0, 1)}) ==
        std::vector<std::string>{"pkg/"});  // 4 of 5; pkg/agent/ and pkg/agent/linux/ are in it
  // pkg/ holds every file: the run is Linux-only as a whole (`target`), but pkg/agent/ is a component.
  CHECK(suggestedPaths({suggestFile("pkg/agent/a.py", 1, 0), suggestFile("pkg/agent/b.py", 1, 0),
                        suggestFile("pkg/c.py", 1, 0)}) == std::vector<std::string>{"pkg/agent/"});
}

TEST_CASE("target suggestions: a file needs three ties and two thirds of its findings, and company") {
  CHECK(suggestedPaths({suggestFile("app/lvm.py", 4, 2), suggestFile("app/api.py", 0, 1)}) ==
        std::vector<std::string>{"app/lvm.py"});  // 4 of 6: two thirds
  CHECK(suggestedPaths({suggestFile("app/lvm.py", 3, 2), suggestFile("app/api.py", 0, 1)}).empty());  // 3 of 5
  CHECK(suggestedPaths({suggestFile("app/lvm.py", 2, 0), suggestFile("app/api.py", 0, 1)}).empty());  // 2 ties
  CHECK(suggestedPaths({suggestFile("app/lvm.py", 5, 0)}).empty());  // the only file with findings: the whole run
}

TEST_CASE("target suggestions: tests neither count nor are suggested") {
  CHECK(suggestedPaths({suggestFile("tests/test_a.py", 5, 0), suggestFile("tests/test_b.py", 5, 0),
                        suggestFile("app/api.py", 0, 1), suggestFile("app/util.py", 0, 1)})
            .empty());
  // agent/'s tests do not dilute agent/ either.
  CHECK(suggestedPaths({suggestFile("agent/a.py", 1, 0), suggestFile("agent/b.py", 1, 0),
                        suggestFile("agent/tests/test_a.py", 0, 3), suggestFile("agent/tests/test_b.py", 0, 3),
                        suggestFile("api/x.py", 0, 1)}) == std::vector<std::string>{"agent/"});
}

TEST_CASE("target suggestions: evidence and the names the ties use, most frequent first") {
  FileResult net = suggestFile("agent/net.py", 0, 0);
  net.diagnostics.push_back(suggestFinding(kSuggestKernel, "runs `ip`, which exists only on Linux"));
  net.diagnostics.push_back(suggestFinding(kSuggestKernel, "runs `ip`, which exists only on Linux"));
  net.diagnostics.push_back(suggestFinding(kSuggestKernel, "runs `iptables`, which exists only on Linux"));
  std::vector<FileResult> files{std::move(net), suggestFile("agent/proc.py", 1, 1), suggestFile("api/x.py", 0, 1)};
  const std::vector<TargetSuggestion> s = suggestTargets(FileResults(std::move(files)), "/w");
  REQUIRE(s.size() == 1);
  CHECK(s[0].path == "agent/");
  CHECK(s[0].absolute == "/w/agent/");
  CHECK(s[0].filesWithFindings == 2);
  CHECK(s[0].tiedFiles == 2);
  CHECK(s[0].findings == 5);
  CHECK(s[0].ties == 4);
  CHECK(s[0].names == std::vector<std::string>{"ip", "/proc/mounts", "iptables"});
}

}  // namespace
}  // namespace platlint
