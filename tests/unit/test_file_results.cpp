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
#include "analyzer/lint/result_encoding.h"
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

TEST_CASE("summaries count what the reports count, and a pass reads only the results it wants") {
  std::vector<FileResult> results = sampleResults();
  results[1].notices.push_back({FileNotice::Kind::Timeout, Level::Warning, "over its time budget", {0, 0}});
  const FileResults inMemory(results);
  const FileResults spilled = spilledCopy(results);
  size_t shown = 0;
  size_t suppressed = 0;
  size_t notices = 0;
  size_t onBareNoqa = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    const ResultSummary a = inMemory.summary(i);
    const ResultSummary b = spilled.summary(i);
    CHECK(a.shownCount() == b.shownCount());
    CHECK(a.suppressedCount() == b.suppressedCount());
    CHECK(a.notices == b.notices);
    CHECK(a.pathOnly == b.pathOnly);
    for (const Diagnostic& d : results[i].diagnostics) (d.suppressed() ? suppressed : shown)++;
    notices += results[i].notices.size();
    onBareNoqa += findingsOnBareNoqaLines(results[i]);
  }
  const ResultTotals totals = spilled.totals();
  CHECK(totals.shownCount() == shown);
  CHECK(totals.suppressedCount() == suppressed);
  CHECK(suppressed == 1);
  CHECK(totals.notices == notices);
  CHECK(totals.onBareNoqa == onBareNoqa);
  CHECK(totals.analysed == 2);
  CHECK(totals.unanalysed == 0);
  CHECK(totals.shownAtLeast(Level::Error) <= totals.shownAtLeast(Level::Warning));
  CHECK(totals.shownAtLeast(Level::Note) == shown);

  std::vector<std::string> withNotices;
  spilled.forEach([](const ResultSummary& s) { return s.notices > 0; },
                  [&](const FileResult& r) { withNotices.push_back(r.path); });
  CHECK(withNotices == std::vector<std::string>{"pkg/b.py"});

  // A result set with its spilled bytes is read back from those bytes, counted from the result.
  FileResults slots = FileResults::spilled(builtinRules(), 1);
  FileResult other = results[0];
  other.path = "pkg/other.py";
  slots.set(0, results[0], encodeResultBody(other, true));
  CHECK(slots.at(0).path == "pkg/other.py");
  CHECK(slots.summary(0).shownCount() == inMemory.summary(0).shownCount());
}

TEST_CASE("a change of every spilled result is kept") {
  FileResults files = spilledCopy(sampleResults());
  files.transform([](FileResult& r) { r.diagnostics.clear(); });
  size_t findings = 0;
  for (const FileResult& r : files) findings += r.diagnostics.size();
  CHECK(findings == 0);
  CHECK(files.totals().shownCount() + files.totals().suppressedCount() == 0);
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
