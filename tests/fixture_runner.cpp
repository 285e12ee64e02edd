// Runs rule fixtures: every finding must be announced by `# expect:` and every announcement
// must be found; `# ok:` lines must stay silent. Every rule is enabled; a fixture `X.py` with a
// `X.toml` beside it is analysed with that configuration. Suppression comments are applied, so a
// suppressed finding counts as silent. With --coverage DIR, also checks that every
// registered rule has DIR/<id>.py with at least one expect and one ok line.
#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <iostream>
#include <sstream>

#include "analyzer/config_resolver.h"
#include "analyzer/engine.h"
#include "analyzer/suppressions.h"
#include "rules/registry.h"
#include "tests/fixture_expectations.h"

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

bool runFixture(const fs::path& path) {
  const std::string source = readFile(path);
  const auto expectations = platlint::testing::parseExpectations(source);
  CommandLineSettings cli;
  cli.select = std::vector<std::string>{"ALL"};
  fs::path config = path;
  config.replace_extension(".toml");
  if (fs::exists(config)) {
    cli.configFile = config.string();
  } else {
    cli.isolated = true;
  }
  const ResolvedSettings settings = ConfigResolver(cli).resolve(path.string());
  Engine engine;
  FileResult result = engine.analyze(path.string(), source, *settings.settings);
  applySuppressions(result, *settings.settings);
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
  return ok;
}

bool checkCoverage(const fs::path& dir) {
  bool ok = true;
  for (const RuleMeta* rule : allRules()) {
    const fs::path fixture = dir / (std::string(rule->id) + ".py");
    if (!fs::exists(fixture)) {
      std::cout << fixture.string() << ": missing fixture for " << rule->id << '\n';
      ok = false;
      continue;
    }
    const auto e = platlint::testing::parseExpectations(readFile(fixture));
    const auto has = [&](const std::set<LineRule>& s) {
      return std::any_of(s.begin(), s.end(), [&](const LineRule& lr) { return lr.second == rule->id; });
    };
    if (!has(e.expected) || !has(e.forbidden)) {
      std::cout << fixture.string() << ": needs at least one `# expect: " << rule->id << "` and one `# ok: "
                << rule->id << "` line\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  int passed = 0;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    bool ok;
    if (arg == "--coverage" && i + 1 < argc) {
      ok = checkCoverage(argv[++i]);
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
