// The result cache's entry format: a round trip keeps everything the reporters use, and any
// damage makes an entry unreadable rather than wrong.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "analyzer/lint/engine.h"
#include "analyzer/lint/result_cache.h"
#include "analyzer/lint/result_encoding.h"
#include "analyzer/workspace/shard.h"
#include "rules/registry.h"

namespace platlint {
namespace {

FileResult sample() {
  // PORT000 off, so that the syntax error is a notice rather than a finding.
  Engine engine(RuleSelection(builtinRules(), {"ALL"}, {"PORT000"}));
  // PORT101 (no fix), PORT202 (a safe fix with an import), PORT501 (a related location), a guarded
  // os.fork(), a syntax error notice.
  return engine.analyze("pkg/a.py", "\"\"\"Doc.\"\"\"\nimport os, subprocess, sys\nA = \"/dev/null\"\nB = open('/proc/mounts').read()\n"
                                    "C = ['lsblk']\nsubprocess.call(C)\nif sys.platform == 'linux':\n    os.fork()\ndef (:\n");
}

}  // namespace

TEST_CASE("a cached result decodes to what was encoded") {
  const FileResult original = sample();
  REQUIRE(original.diagnostics.size() >= 2);
  // `C = ["lsblk"]` ... `subprocess.call(C)`: PORT501 names where the program is written.
  REQUIRE(std::any_of(original.diagnostics.begin(), original.diagnostics.end(),
                      [](const Diagnostic& d) { return !d.related.empty(); }));
  REQUIRE_FALSE(original.notices.empty());
  REQUIRE(original.guarded > 0);
  CHECK(original.lines == 9);  // nine lines, each ending in a newline
  const std::optional<FileResult> decoded = decodeResult(encodeResult(original), builtinRules());
  REQUIRE(decoded);
  CHECK(decoded->path.empty());  // the path is not part of an entry
  CHECK(decoded->analyzed == original.analyzed);
  CHECK(decoded->guarded == original.guarded);
  CHECK(decoded->lines == original.lines);  // the HTML report's map sizes files by it
  REQUIRE(decoded->diagnostics.size() == original.diagnostics.size());
  for (size_t i = 0; i < original.diagnostics.size(); ++i) {
    const Diagnostic& a = original.diagnostics[i];
    const Diagnostic& b = decoded->diagnostics[i];
    CHECK(a.rule == b.rule);
    CHECK(a.level == b.level);
    CHECK(a.message == b.message);
    CHECK(a.breaksOn == b.breaksOn);
    CHECK(a.range.startByte == b.range.startByte);
    CHECK(a.range.end.column == b.range.end.column);
    REQUIRE(a.related.size() == b.related.size());
    for (size_t r = 0; r < a.related.size(); ++r) {
      CHECK(a.related[r].message == b.related[r].message);
      CHECK(a.related[r].range.start.column == b.related[r].range.start.column);
    }
    REQUIRE(a.fix.has_value() == b.fix.has_value());
    if (a.fix) {
      CHECK(a.fix->description == b.fix->description);
      CHECK(a.fix->requiredImports == b.fix->requiredImports);
      REQUIRE(a.fix->placed.has_value() == b.fix->placed.has_value());
      REQUIRE(a.fix->placed->size() == b.fix->placed->size());
      CHECK(a.fix->placed->front().content == b.fix->placed->front().content);
      CHECK(a.fix->placed->front().range.start.line == b.fix->placed->front().range.start.line);
    }
  }
  REQUIRE(decoded->notices.size() == original.notices.size());
  CHECK(decoded->notices[0].message == original.notices[0].message);
  CHECK(decoded->notices[0].position.line == original.notices[0].position.line);
}

TEST_CASE("a cached result keeps its suppression comments, and the key its settings") {
  Engine engine{RuleSelection(builtinRules())};
  const FileResult original = engine.analyze(
      "s.py", "# platlint: ignore-file[PORT4] -- r\nx = open('/proc/mounts', encoding='utf-8')  # noqa: PORT101\n"
              "y = 1  # noqa PORT102\nz = 2  # noqa\n");
  REQUIRE(original.suppressions.directives.size() == 2);
  REQUIRE(original.suppressions.bareNoqaLines == std::vector<uint32_t>{4});
  REQUIRE(original.suppressions.malformed.size() == 1);
  const std::optional<FileResult> decoded = decodeResult(encodeResult(original), builtinRules());
  REQUIRE(decoded);
  REQUIRE(decoded->suppressions.directives.size() == 2);
  const SuppressionDirective& a = original.suppressions.directives[0];
  const SuppressionDirective& b = decoded->suppressions.directives[0];
  CHECK(a.scope == b.scope);
  CHECK(a.codes == b.codes);
  CHECK(a.justification == b.justification);
  CHECK(a.text == b.text);
  CHECK(a.range.start.column == b.range.start.column);
  CHECK(original.suppressions.directives[1].lastLine == decoded->suppressions.directives[1].lastLine);
  REQUIRE(decoded->suppressions.malformed.size() == 1);
  CHECK(decoded->suppressions.malformed[0].message == original.suppressions.malformed[0].message);
  CHECK(decoded->suppressions.bareNoqaLines == original.suppressions.bareNoqaLines);

  const ResultCache cache(builtinRules(), "unused-directory", "");
  CHECK(cache.key("x = 1\n", "settings-a") != cache.key("x = 1\n", "settings-b"));
  CHECK(cache.key("x = 1\n", "settings-a") == cache.key("x = 1\n", "settings-a"));
}

TEST_CASE("a cache entry becomes a spilled result without being encoded again") {
  FileResult original = sample();
  Fact fact;
  fact.name = "HOME";
  fact.value = "/root";
  original.facts.push_back(fact);
  original.facts.push_back(fact);
  const std::string body = encodeResultBody(original, false);
  FactsPlace facts;
  REQUIRE(decodeResultBody(body, builtinRules(), false, &facts));
  CHECK(facts.end > facts.begin + 1);

  FileResult expected = original;
  expected.path = "pkg/moved.py";
  expected.facts.clear();
  const std::string spilled = spilledFromEntry(body, facts, "pkg/moved.py");
  CHECK(spilled == encodeResultBody(expected, true));
  const std::optional<FileResult> back = decodeResultBody(spilled, builtinRules(), true);
  REQUIRE(back);
  CHECK(back->path == "pkg/moved.py");
  CHECK(back->facts.empty());
  CHECK(back->diagnostics.size() == original.diagnostics.size());

  // ResultCache::load gives the same bytes beside the result it decodes.
  const std::filesystem::path directory = std::filesystem::temp_directory_path() / "platlint-test-spilled-entry";
  std::filesystem::remove_all(directory);
  const ResultCache cache(builtinRules(), directory.string(), "");
  const std::string key = cache.key("source");
  cache.store(key, original);
  std::string fromCache;
  const std::optional<FileResult> loaded = cache.load(key, "pkg/moved.py", &fromCache);
  REQUIRE(loaded);
  CHECK(loaded->facts.size() == original.facts.size());  // the run moves them to the project checks
  CHECK(fromCache == spilled);
  std::filesystem::remove_all(directory);
}

TEST_CASE("lines of a file: the last line counts with or without its newline, an empty file has none") {
  Engine engine(RuleSelection(builtinRules(), {"ALL"}, {}));
  CHECK(engine.analyze("a.py", "x = 1\ny = 2").lines == 2);
  CHECK(engine.analyze("a.py", "x = 1\r\ny = 2\r\n").lines == 2);
  CHECK(engine.analyze("a.py", "\n").lines == 1);
  CHECK(engine.analyze("a.py", "").lines == 0);
}

TEST_CASE("a damaged cache entry does not decode") {
  const std::string entry = encodeResult(sample());
  CHECK_FALSE(decodeResult("", builtinRules()));
  CHECK_FALSE(decodeResult(entry.substr(0, entry.size() - 1), builtinRules()));  // truncated
  CHECK_FALSE(decodeResult(entry + "x", builtinRules()));                        // trailing bytes
  for (size_t i = 0; i < entry.size(); i += 7) {
    std::string flipped = entry;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x20);
    CHECK_FALSE(decodeResult(flipped, builtinRules()));
  }
}

TEST_CASE("cache keys depend on content and fingerprint") {
  const ResultCache a(builtinRules(), "unused", "rules:PORT101");
  const ResultCache b(builtinRules(), "unused", "rules:PORT102");
  CHECK(a.key("x = 1\n") == a.key("x = 1\n"));
  CHECK(a.key("x = 1\n") != a.key("x = 2\n"));
  CHECK(a.key("x = 1\n") != b.key("x = 1\n"));
  CHECK(a.key("x").size() == 32);
  CHECK_FALSE(std::filesystem::exists("unused"));  // nothing is created until a store
}

TEST_CASE("shards partition paths and parse K/N") {
  const Shard s = parseShard("2/3");
  CHECK(s.index == 2);
  CHECK(s.count == 3);
  for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "/2", "1/"}) CHECK_THROWS_AS(parseShard(bad), std::invalid_argument);
  for (const char* path : {"a.py", "pkg/b.py", "x/y/z.py"}) {
    int owners = 0;
    for (unsigned k = 1; k <= 3; ++k) owners += inShard(path, Shard{k, 3}) ? 1 : 0;
    CHECK(owners == 1);
  }
}

}  // namespace platlint
