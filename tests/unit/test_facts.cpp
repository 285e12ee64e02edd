// Facts recorded by the rules (analyzer/lint/fact.h), the switch classifier behind PORT390, the
// documentation index and the inventory model.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "analyzer/lint/documentation_index.h"
#include "analyzer/lint/engine.h"
#include "analyzer/report/inventory.h"
#include "analyzer/lint/result_cache.h"
#include "rules/undocumented_switch.h"
#include "rules/registry.h"

using namespace platlint;

namespace {

std::vector<Fact> factsOf(const std::string& code, std::string select = "ALL") {
  Engine engine(RuleSelection(builtinRules(), {select}, {}));
  return engine.analyze("snippet.py", code).facts;
}

// "kind name detail" of every fact, in order.
std::vector<std::string> described(const std::vector<Fact>& facts) {
  std::vector<std::string> out;
  for (const Fact& f : facts) out.push_back(std::string(factKindName(f.kind)) + " " + f.name + " " + f.detail);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("facts: environment reads, switches, writes and child environments") {
  const auto facts = described(factsOf(
      "import os, subprocess\n"
      "if os.environ.get('A_FLAG') == '1': pass\n"
      "print(os.environ.get('A_MSG'))\n"
      "n = os.getenv('A_NUM', '3')\n"
      "k = int(n)\n"
      "os.environ['A_SET'] = 'x'\n"
      "subprocess.run(['ls'], env=dict(os.environ, A_CHILD='1'))\n"
      "if os.environ.get('PATH'): pass\n"));
  CHECK(has(facts, "env-read A_FLAG reads"));
  CHECK(has(facts, "env-switch A_FLAG compared"));
  CHECK(has(facts, "env-read A_MSG reads"));
  CHECK(!has(facts, "env-switch A_MSG compared"));
  CHECK(has(facts, "env-switch A_NUM parsed as a number"));  // followed through the name it is assigned to
  CHECK(has(facts, "env-write A_SET sets"));
  CHECK(has(facts, "env-write A_CHILD sets for a child process"));
  CHECK(has(facts, "command ls subprocess.run"));
  CHECK(has(facts, "env-read PATH reads"));
  CHECK(std::none_of(facts.begin(), facts.end(), [](const std::string& s) { return s.starts_with("env-switch PATH"); }));
}

TEST_CASE("facts: literal default and guards") {
  const auto facts = factsOf(
      "import os, sys\n"
      "if sys.platform == 'linux':\n"
      "    x = os.environ.get('G_VAR', 'dflt')\n");
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].value == "'dflt'");
  CHECK(facts[0].reachableOn == PlatformSet(Platform::Linux));
  CHECK(facts[0].start.line == 3);
  CHECK(guardPhrase(facts[0].reachableOn) == "only on linux");
}

TEST_CASE("facts: recorded for PORT390 alone, help texts included") {
  const auto facts = described(factsOf(
      "import os, argparse\n"
      "p = argparse.ArgumentParser()\n"
      "p.add_argument('--x', help='Defaults to $H_VAR; see the Manual')\n"
      "if os.getenv('H_VAR'): pass\n",
      "PORT390"));
  CHECK(has(facts, "help-mention H_VAR "));
  CHECK(!has(facts, "help-mention Manual "));
  CHECK(has(facts, "env-switch H_VAR tested"));
}

TEST_CASE("upper-case words of help texts") {
  CHECK(upperCaseWords("Set OS_DEBUG=1 or $TZ; not Mixed_Case, not a") == std::vector<std::string>{"OS_DEBUG", "TZ"});
}

TEST_CASE("documentation index: whole words, case-sensitive, in doc trees and document files") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "platlint-docindex-test";
  fs::remove_all(root);
  fs::create_directories(root / "docs" / "sub");
  fs::create_directories(root / ".hidden");
  std::ofstream(root / "README.md") << "Set `APP_ONE=1`.\n";
  std::ofstream(root / "docs" / "sub" / "page.html") << "<p>APP_TWO</p>\n";
  std::ofstream(root / "notes.py") << "# APP_THREE\n";
  std::ofstream(root / ".hidden" / "x.md") << "APP_FOUR\n";
  DocumentationIndex index;
  index.addPath(root);
  CHECK(index.mentions("APP_ONE"));
  CHECK(index.mentions("APP_TWO"));
  CHECK_FALSE(index.mentions("APP_THREE"));  // code comments are not documentation
  CHECK_FALSE(index.mentions("APP_FOUR"));   // hidden directories are skipped
  CHECK_FALSE(index.mentions("APP"));
  CHECK_FALSE(index.mentions("app_one"));
  CHECK(index.files().size() == 2);
  std::ofstream(root / "setup.cfg") << "";
  CHECK(projectRoot({(root / "docs" / "sub").string()}) == fs::weakly_canonical(root));
  fs::remove_all(root);
}

TEST_CASE("documentation index for given names: the same answers for those names, nothing else kept") {
  const std::string text = "Set APP_ONE=1 (or app_two); APP_THREEX is another. APP_ONE again.";
  DocumentationIndex all;
  all.addText(text);
  DocumentationIndex some({"APP_ONE", "APP_TWO", "APP_THREE", "B"});
  some.addText(text);
  some.addWord("B");
  for (const char* name : {"APP_ONE", "APP_TWO", "APP_THREE"}) CHECK(some.mentions(name) == all.mentions(name));
  CHECK(some.mentions("APP_ONE"));
  CHECK(some.mentions("B"));
  CHECK_FALSE(some.mentions("Set"));  // a word of the text, but not one asked about
  CHECK(all.mentions("Set"));
}

TEST_CASE("inventory: path groups") {
  CHECK(pathGroup("/proc/self/mounts") == "/proc/self");
  CHECK(pathGroup("/proc/mounts") == "/proc");
  CHECK(pathGroup("/tmp") == "/tmp");
  CHECK(pathGroup("/etc/nova/a/b.conf") == "/etc/nova");
  CHECK(pathGroup("/dev/null") == "/dev");
}

TEST_CASE("facts survive the result cache's encoding") {
  Engine engine{RuleSelection(builtinRules())};
  const FileResult original = engine.analyze(
      "snippet.py", "import os, sys\nif sys.platform == 'linux':\n    x = int(os.environ.get('C_NUM', '2'))\n"
                    "open('/proc/mounts')\n");
  REQUIRE(original.facts.size() >= 3);
  const auto decoded = decodeResult(encodeResult(original), builtinRules());
  REQUIRE(decoded);
  REQUIRE(decoded->facts.size() == original.facts.size());
  for (size_t i = 0; i < original.facts.size(); ++i) {
    const Fact& a = original.facts[i];
    const Fact& b = decoded->facts[i];
    CHECK(a.kind == b.kind);
    CHECK(a.name == b.name);
    CHECK(a.detail == b.detail);
    CHECK(a.value == b.value);
    CHECK(a.ruleId == b.ruleId);
    CHECK(a.missingOn == b.missingOn);
    CHECK(a.reachableOn == b.reachableOn);
    CHECK(a.startByte == b.startByte);
    CHECK(a.endByte == b.endByte);
    CHECK(a.start.line == b.start.line);
    CHECK(a.end.column == b.end.column);
  }
}
