// A run's results kept in a temporary file: every report reads from them what it would read from
// results in memory, in slot order, and nothing of the file is left behind.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "analyzer/lint/engine.h"
#include "analyzer/lint/file_results.h"
#include "analyzer/lint/suppressions.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/sarif_writer.h"
#include "analyzer/report/text_reporter.h"
#include "rules/registry.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

// Results with everything a report shows: findings with fixes and related locations (one in
// another file), a suppressed finding, an unused suppression, a notice, a path-only result.
std::vector<FileResult> sampleResults() {
  Engine engine{RuleSelection(builtinRules())};
  FileSettings settings = engine.defaultSettings();
  std::vector<FileResult> results;
  results.push_back(engine.analyze("pkg/a.py", "import os\nA = '/dev/null'\nB = open('/proc/mounts').read()\n"
                                               "C = open('/proc/cpuinfo').read()  # noqa: PORT102 -- host facts\n"
                                               "D = 1  # noqa: PORT103\n"));
  REQUIRE(!results.back().diagnostics.empty());
  results.back().diagnostics.front().related.push_back({kNoRegion, "the helper's run", "pkg/helpers.py"});
  applySuppressions(results.back(), settings);
  results.push_back(engine.analyze("pkg/b.py", "def (:\n"));
  FileResult path;
  path.path = "pkg/CON";
  path.pathOnly = true;
  path.language.clear();
  results.push_back(std::move(path));
  return results;
}

Report reportOf(FileResults files) {
  Report report;
  report.rules = builtinRules().rules();
  report.files = std::move(files);
  return report;
}

FileResults spilledCopy(const std::vector<FileResult>& results) {
  FileResults spilled = FileResults::spilled(builtinRules());
  for (const FileResult& r : results) spilled.push_back(r);
  return spilled;
}

}  // namespace

TEST_CASE("spilled results give the same reports as results in memory") {
  const std::vector<FileResult> results = sampleResults();
  const Report inMemory = reportOf(results);
  const Report spilled = reportOf(spilledCopy(results));
  REQUIRE(spilled.files.isSpilled());
  REQUIRE(spilled.files.size() == results.size());
  CHECK(spilled.suppressedCount() == inMemory.suppressedCount());
  CHECK(spilled.suppressedCount() == 1);
  CHECK(renderJson(spilled) == renderJson(inMemory));
  CHECK(renderSarif(spilled) == renderSarif(inMemory));
  CHECK(textReporter().render(spilled, {}) == textReporter().render(inMemory, {}));
  const FileResult back = spilled.files.at(0);
  CHECK(back.path == "pkg/a.py");
  CHECK(back.diagnostics.front().related.back().path == "pkg/helpers.py");
  CHECK(spilled.files.at(2).pathOnly);
  CHECK(spilled.files.at(2).language.empty());
}

TEST_CASE("spilled results are read in slot order, set in any order") {
  const std::vector<FileResult> results = sampleResults();
  FileResults slots = FileResults::spilled(builtinRules(), results.size());
  for (size_t i = results.size(); i-- > 0;) slots.set(i, results[i]);
  std::vector<std::string> paths;
  for (const FileResult& r : slots) paths.push_back(r.path);
  CHECK(paths == std::vector<std::string>{"pkg/a.py", "pkg/b.py", "pkg/CON"});

  // Taken over from another FileResults of the same file, a result is not written again.
  FileResults reordered = slots.emptyLike();
  reordered.push_back(slots, 2);
  reordered.push_back(slots, 0);
  CHECK(reordered.at(0).path == "pkg/CON");
  CHECK(reordered.at(1).diagnostics.size() == results[0].diagnostics.size());
}

TEST_CASE("a change of every spilled result is kept") {
  FileResults files = spilledCopy(sampleResults());
  files.transform([](FileResult& r) { r.diagnostics.clear(); });
  size_t findings = 0;
  for (const FileResult& r : files) findings += r.diagnostics.size();
  CHECK(findings == 0);
  CHECK(files.size() == 3);
  CHECK(files.at(1).notices.size() == sampleResults()[1].notices.size());
}

TEST_CASE("spilled results cannot be referred to, only read") {
  FileResults files = spilledCopy(sampleResults());
  CHECK_THROWS_AS(files[0], std::logic_error);
  const std::vector<FileResult> all = std::move(files).takeAll();
  CHECK(all.size() == 3);
}

TEST_CASE("the temporary file has no name, and an unusable TMPDIR is an error") {
  const fs::path directory = fs::temp_directory_path() / "platlint-test-spill";
  fs::remove_all(directory);
  fs::create_directories(directory);
  const char* previous = std::getenv("TMPDIR");
  const std::string saved = previous ? previous : "";
  setenv("TMPDIR", directory.c_str(), 1);
  {
    FileResults files = spilledCopy(sampleResults());
    CHECK(fs::is_empty(directory));  // removed as soon as it was opened
    CHECK(files.at(0).path == "pkg/a.py");
  }
  setenv("TMPDIR", (directory / "missing").c_str(), 1);
  CHECK_THROWS_AS(FileResults::spilled(builtinRules()), SpillError);
  if (previous) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  fs::remove_all(directory);
}

}  // namespace platlint
