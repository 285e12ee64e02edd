// Runs rule fixtures: every finding must be announced by `# expect:` and every announcement
// must be found; `# ok:` lines must stay silent. Every rule is enabled; a fixture `X.py` with a
// `X.toml` beside it is analysed with that configuration. Suppression comments are applied, so a
// suppressed finding counts as silent. With --coverage DIR, also checks that every registered
// rule has DIR/<id>.py (DIR/../c/<id>.c for the C-only rules) with at least one expect and one
// ok line; with --orphan-snapshots DIR, that every snapshot in DIR/snapshots has its fixture in
// DIR. C and C++ fixtures (testdata/c) use `//` comments and go through the C/C++ front end;
// one that includes headers this machine lacks says `// allow: compile-errors`.
//
// Each fixture also has a snapshot (tests/fixture_snapshot.h) of everything its findings say,
// compared byte for byte. PLATLINT_UPDATE_SNAPSHOTS=1 (scripts/update-snapshots.sh) writes new and
// changed snapshots instead, for a person to review; CI refuses that mode, so a missing or stale
// snapshot fails there.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <fstream>
#include <iostream>
#include <sstream>

#include "analyzer/app/session.h"
#include "analyzer/base/unified_diff.h"
#include "analyzer/lint/project_check.h"
#include "analyzer/syntax/languages.h"
#include "rules/registry.h"
#include "tests/fixture_expectations.h"
#include "tests/fixture_snapshot.h"

namespace fs = std::filesystem;
using namespace platlint;
using platlint::testing::LineRule;

namespace {

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

// The fixture through the same pipeline as `platlint check FIXTURE` (analyzer/app/session.h), every
// rule selected; a fixture's project, for PORT390, is its own directory (its documentation files,
// none in testdata/rules) and the `help=` texts of the fixture itself.
FileResult analyze(const fs::path& path, const std::string& source) {
  SessionOptions run;
  run.paths = {path.string()};
  run.settings.select = std::vector<std::string>{"ALL"};
  fs::path config = path;
  config.replace_extension(".toml");
  if (fs::exists(config)) {
    run.settings.configFile = config.string();
  } else {
    run.settings.isolated = true;
  }
  run.respectGitignore = false;
  run.documentationRoot = path.parent_path().string();
  run.jobs = 1;
  Session session(builtinRules(), run);
  if (!session.discover() || session.files().size() != 1) {
    throw std::runtime_error("the fixture was not discovered as one file to analyse");
  }
  SessionResults results = session.analyze();
  FileResult result = std::move(results.files.front());
  if (source.find("// allow: compile-errors") != std::string::npos) {
    std::erase_if(result.notices, [](const FileNotice& n) { return n.kind == FileNotice::Kind::SyntaxError; });
  }
  return result;
}

bool updatingSnapshots() {
  const char* update = std::getenv("PLATLINT_UPDATE_SNAPSHOTS");
  return update != nullptr && std::string_view(update) == "1";
}

// CI must see a missing or changed snapshot as a failure, never write one.
bool runningInCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0' && std::string_view(ci) != "false" && std::string_view(ci) != "0";
}

bool checkSnapshot(const fs::path& fixture, const FileResult& result, const std::function<void(const std::string&)>& fail) {
  const fs::path snapshot = platlint::testing::snapshotPath(fixture);
  const std::string actual = platlint::testing::renderSnapshot(result, fixture.filename().string());
  const bool exists = fs::exists(snapshot);
  const std::string expected = exists ? readFile(snapshot) : std::string();
  if (exists && expected == actual) return true;
  if (updatingSnapshots()) {
    fs::create_directories(snapshot.parent_path());
    std::ofstream(snapshot, std::ios::binary) << actual;
    std::cout << snapshot.string() << ": " << (exists ? "updated" : "written") << '\n';
    return true;
  }
  if (!exists) {
    fail("0: no snapshot " + snapshot.string() + "; write it with scripts/update-snapshots.sh and review it");
  } else {
    fail("0: the findings differ from " + snapshot.string() +
         " (if intended, run scripts/update-snapshots.sh and review the diff):\n" +
         unifiedDiff(expected, actual, snapshot.string()));
  }
  return false;
}

bool runFixture(const fs::path& path) {
  const std::string source = readFile(path);
  const auto expectations =
      platlint::testing::parseExpectations(source, isCFamilyPath(path.string()) ? "//" : "#");
  const FileResult result = analyze(path, source);
  std::set<LineRule> actual;
  std::map<LineRule, std::string> messages;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.suppressed()) continue;
    actual.insert({d.range.start.line, std::string(d.rule->id)});
    messages[{d.range.start.line, std::string(d.rule->id)}] = d.message;
  }
  bool ok = true;
  auto fail = [&](const std::string& what) {
    std::cout << path.string() << ":" << what << '\n';
    ok = false;
  };
  for (const auto& e : expectations.errors) fail(e);
  for (const FileNotice& n : result.notices) fail(std::to_string(n.position.line) + ": unexpected notice: " + n.message);
  for (const auto& e : expectations.expected) {
    if (!actual.contains(e)) fail(std::to_string(e.first) + ": missing finding " + e.second);
  }
  for (const auto& a : actual) {
    if (expectations.forbidden.contains(a)) {
      fail(std::to_string(a.first) + ": " + a.second + " fired on a line marked ok: " + messages[a]);
    } else if (!expectations.expected.contains(a)) {
      fail(std::to_string(a.first) + ": unexpected finding " + a.second + ": " + messages[a]);
    }
  }
  if (expectations.expected.empty()) fail("0: fixture expects no finding at all");
  checkSnapshot(path, result, fail);
  return ok;
}

// The rules of the checks over the tree's names (PORT808-810) report on paths, not on lines of a
// fixture: tests/tree_names_test.sh builds their trees. So does PORT903, on a configuration file
// (codeLanguage toml): tests/config_cli_test.sh writes its configurations.
bool reportsOnPaths(const RuleMeta* rule) {
  for (const ProjectCheck* check : builtinRules().projectChecks()) {
    if (!check->readsTree() && rule->codeLanguage != "toml") continue;
    const auto rules = check->rules();
    if (std::find(rules.begin(), rules.end(), rule) != rules.end()) return true;
  }
  return false;
}

bool checkCoverage(const fs::path& dir) {
  bool ok = true;
  for (const RuleMeta* rule : builtinRules().rules()) {
    if (reportsOnPaths(rule)) continue;
    const bool cOnly = rule->codeLanguage == "c";
    const fs::path fixture = cOnly ? dir / ".." / "c" / (std::string(rule->id) + ".c") : dir / (std::string(rule->id) + ".py");
    if (!fs::exists(fixture)) {
      std::cout << fixture.string() << ": missing fixture for " << rule->id << '\n';
      ok = false;
      continue;
    }
    const auto e = platlint::testing::parseExpectations(readFile(fixture), cOnly ? "//" : "#");
    const auto has = [&](const std::set<LineRule>& s) {
      return std::any_of(s.begin(), s.end(), [&](const LineRule& lr) { return lr.second == rule->id; });
    };
    if (!has(e.expected) || !has(e.forbidden)) {
      const char* marker = cOnly ? "//" : "#";
      std::cout << fixture.string() << ": needs at least one `" << marker << " expect: " << rule->id << "` and one `"
                << marker << " ok: " << rule->id << "` line\n";
      ok = false;
    }
  }
  return ok;
}

// Every snapshot in DIR/snapshots belongs to a fixture in DIR: a renamed or deleted fixture's
// snapshot would otherwise linger and mislead.
bool checkOrphanSnapshots(const fs::path& dir) {
  bool ok = true;
  const fs::path snapshots = dir / "snapshots";
  if (!fs::is_directory(snapshots)) return true;
  for (const auto& entry : fs::directory_iterator(snapshots)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".snap") || !fs::exists(dir / name.substr(0, name.size() - 5))) {
      std::cout << entry.path().string() << ": no fixture " << (dir / name.substr(0, name.size() - 5)).string()
                << " for this snapshot\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (updatingSnapshots() && runningInCi()) {
    std::cout << "PLATLINT_UPDATE_SNAPSHOTS is refused in CI (CI=" << std::getenv("CI")
              << "): snapshots are written by people and reviewed\n0 passed, 1 failed\n";
    return 1;
  }
  int passed = 0;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    bool ok;
    if (arg == "--coverage" && i + 1 < argc) {
      ok = checkCoverage(argv[++i]);
    } else if (arg == "--orphan-snapshots" && i + 1 < argc) {
      ok = checkOrphanSnapshots(argv[++i]);
    } else {
      try {
        ok = runFixture(arg);
      } catch (const std::exception& e) {
        std::cout << arg << ": " << e.what() << '\n';
        ok = false;
      }
    }
    (ok ? passed : failed)++;
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 && passed > 0 ? 0 : 1;
}
