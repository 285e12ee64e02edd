// The language server re-parses an edited buffer from its previous tree (incremental_parse.h):
// after any sequence of edits, the tree and the analysis must be those of a fresh parse of the text.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "analyzer/lint/engine.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/report.h"
#include "analyzer/syntax/incremental_parse.h"
#include "rules/registry.h"

namespace platlint {
namespace {

// Deterministic edits of every kind an editor makes: typing, deleting, pasting lines, breaking and
// mending the syntax, changing indentation.
class Editor {
 public:
  explicit Editor(uint32_t seed) : state_(seed) {}
  std::string edit(const std::string& text) {
    static const char* const kInserted[] = {
        "x",   "\n",  "    ", "(", ")", "'", "\"\"\"", "#", ":", "\\\n", "é",
        "open('/proc/mounts')\n",  "import fcntl\n", "if sys.platform == 'win32':\n    pass\n",
        "os.environ.get('APP_DEBUG') == '1'\n", "    def f(self):\n        return os.sep\n", "try:\n"};
    const size_t at = next() % (text.size() + 1);
    size_t removed = std::min<size_t>(text.size() - at, next() % 3 == 0 ? next() % 40 : 0);
    const std::string inserted = next() % 4 == 0 ? "" : kInserted[next() % std::size(kInserted)];
    if (inserted.empty() && removed == 0 && at < text.size()) removed = 1;
    return text.substr(0, at) + inserted + text.substr(at + removed);
  }

 private:
  uint32_t next() {
    state_ = state_ * 1664525u + 1013904223u;
    return state_ >> 8;
  }
  uint32_t state_;
};

std::vector<std::filesystem::path> fixtures() {
  std::vector<std::filesystem::path> out;
  for (const char* dir : {"/testdata/rules", "/testdata/guards"}) {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(PLATLINT_SOURCE_DIR) + dir)) {
      if (entry.path().extension() == ".py") out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string sExpression(const TSTree* tree) {
  char* text = ts_node_string(ts_tree_root_node(tree));
  std::string out(text);
  free(text);  // NOLINT: tree-sitter allocates with malloc
  return out;
}

// Everything an analysis gives: the JSON report of the result (findings, fixes, notices,
// suppressions, the guarded count) and the facts (PORT390 and the inventory read them).
std::string everything(const FileResult& result) {
  Report report;
  report.rules = builtinRules().rules();
  report.files = std::vector<FileResult>{result};
  std::string out = renderJson(report);
  for (const Fact& f : result.facts) {
    out += "\nfact " + std::to_string(static_cast<int>(f.kind)) + " " + f.name + " " + f.detail + " " + f.value + " " +
           std::to_string(f.startByte) + "-" + std::to_string(f.endByte) + " " + f.reachableOn.describe();
  }
  return out;
}

}  // namespace

// The bytes an edit covers: where it starts, where it ended in the old text and ends in the new.
static std::tuple<uint32_t, uint32_t, uint32_t> bytesOf(const TSInputEdit& edit) {
  return {edit.start_byte, edit.old_end_byte, edit.new_end_byte};
}

TEST_CASE("incremental parse: the edit is the span where two texts differ") {
  const TSInputEdit insert = editBetween("ab\ncd\n", "ab\ncXd\n");
  CHECK(bytesOf(insert) == std::tuple{4u, 4u, 5u});
  CHECK(insert.start_point.row == 1);
  CHECK(insert.start_point.column == 1);
  CHECK(insert.new_end_point.column == 2);
  // A repeated character: the suffix does not overlap the prefix.
  CHECK(bytesOf(editBetween("aa", "aaa")) == std::tuple{2u, 2u, 3u});
  const TSInputEdit removedLine = editBetween("a\nb\nc\n", "a\nc\n");
  CHECK(bytesOf(removedLine) == std::tuple{2u, 4u, 2u});
  CHECK(removedLine.old_end_point.row == 2);
  CHECK(removedLine.old_end_point.column == 0);
  CHECK(bytesOf(editBetween("abc", "abc")) == std::tuple{3u, 3u, 3u});
}

// The number of edited versions per fixture: `steps`, or fewer when PLATLINT_TEST_EDIT_STEPS says so.
// The sanitized suite sets it: under AddressSanitizer every step costs ten times as much, and a few
// edits per fixture already run every code path the sanitizers watch.
int editSteps(int steps) {
  if (const char* limit = std::getenv("PLATLINT_TEST_EDIT_STEPS")) {
    const int wanted = std::atoi(limit);
    if (wanted > 0 && wanted < steps) return wanted;
  }
  return steps;
}

// Calls check(text, previous) for each fixture's text and editSteps(steps) edited versions of it, in
// order, with one PreviousParse per fixture.
template <typename Check>
void forEachEditedFixture(uint32_t seed, int steps, Check&& check) {
  steps = editSteps(steps);
  for (const auto& path : fixtures()) {
    CAPTURE(path.filename().string());
    std::string text = readText(path);
    PreviousParse previous;
    Editor editor(seed++);
    for (int step = 0; step < steps; ++step) {
      CAPTURE(step);
      check(text, previous);
      text = editor.edit(text);
    }
  }
}

TEST_CASE("incremental parse: after every edit the tree is that of a fresh parse") {
  PythonParser incremental;
  PythonParser fresh;
  forEachEditedFixture(1, 40, [&](const std::string& text, PreviousParse& previous) {
    TreePtr reused = previous.parse(incremental, text, Deadline());
    TreePtr afresh = fresh.parse(text);
    REQUIRE(reused);
    REQUIRE(afresh);
    CHECK(sExpression(reused.get()) == sExpression(afresh.get()));
  });
}

TEST_CASE("engine: a buffer re-analysed from its previous parse gets the results of a fresh analysis") {
  Engine reusing(RuleSelection(builtinRules(), {"ALL"}, {}));
  Engine fresh(RuleSelection(builtinRules(), {"ALL"}, {}));
  forEachEditedFixture(1000, 25, [&](const std::string& text, PreviousParse& previous) {
    const FileResult reused = reusing.analyze("buffer.py", text, reusing.defaultSettings(), nullptr, &previous);
    const FileResult afresh = fresh.analyze("buffer.py", text, fresh.defaultSettings());
    CHECK(everything(reused) == everything(afresh));
  });
}

TEST_CASE("engine: a cancelled analysis reports nothing, and the previous parse stays usable") {
  Engine engine{RuleSelection(builtinRules())};
  const std::string text = "import os\nf = open('/proc/mounts', encoding='utf-8')\n";
  std::atomic<bool> cancelled{true};
  engine.setCancellation(&cancelled);
  PreviousParse previous;
  const FileResult given = engine.analyze("x.py", text, engine.defaultSettings(), nullptr, &previous);
  CHECK_FALSE(given.analyzed);
  CHECK(given.diagnostics.empty());
  CHECK(given.notices.empty());  // not a timeout
  cancelled = false;
  const FileResult done = engine.analyze("x.py", text, engine.defaultSettings(), nullptr, &previous);
  CHECK(done.analyzed);
  CHECK_FALSE(done.diagnostics.empty());
}

}  // namespace platlint
