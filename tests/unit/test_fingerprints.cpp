// Finding identities (fingerprints, baselines), review-mode diff parsing and CI output escaping.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "analyzer/ci/baseline.h"
#include "analyzer/ci/ci_reporters.h"
#include "analyzer/lint/engine.h"
#include "analyzer/lint/fingerprints.h"
#include "analyzer/base/line_hash.h"
#include "analyzer/report/report.h"
#include "analyzer/ci/review_mode.h"
#include "analyzer/report/sarif_writer.h"
#include "rules/registry.h"

namespace platlint {
namespace {

using nlohmann::json;

FileResult analyse(const std::string& path, const std::string& code) {
  Engine engine(RuleSelection(builtinRules(), {"PORT1", "PORT4"}, {}));
  FileResult result = engine.analyze(path, code);
  fingerprintFindings(result, code);
  return result;
}

std::vector<json> sarifResults(std::vector<FileResult> files) {
  Report report;
  report.rules = builtinRules().rules();
  report.files = std::move(files);
  const json log = json::parse(renderSarif(report));
  return log["runs"][0]["results"].get<std::vector<json>>();
}

const std::string kFingerprintedCode =
    "import os\n"
    "def f():\n"
    "    return open('/proc/mounts', encoding='utf-8').read()\n"
    "def g():\n"
    "    os.fork()\n";

}  // namespace

TEST_CASE("fingerprints: inserted lines and re-indentation keep a finding's identity") {
  const std::string moved = "# a header\n\n\nimport os\ndef f():\n  return open('/proc/mounts',  encoding='utf-8').read()\n"
                            "def g():\n        os.fork()\n";
  const auto before = sarifResults({analyse("a.py", kFingerprintedCode)});
  const auto after = sarifResults({analyse("a.py", moved)});
  REQUIRE(before.size() == 2);
  REQUIRE(after.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(before[i]["fingerprints"]["platlint/v1"] == after[i]["fingerprints"]["platlint/v1"]);
    CHECK(before[i]["locations"][0]["physicalLocation"]["region"]["startLine"] !=
          after[i]["locations"][0]["physicalLocation"]["region"]["startLine"]);
    CHECK_FALSE(before[i]["partialFingerprints"].contains("platlint/v1"));
  }
  CHECK(before[0]["fingerprints"]["platlint/v1"] != before[1]["fingerprints"]["platlint/v1"]);
}

TEST_CASE("fingerprints: primaryLocationLineHash is GitHub's hash of the finding's start line") {
  const std::vector<std::string> github = githubLineHashes(kFingerprintedCode);
  const auto results = sarifResults({analyse("a.py", kFingerprintedCode)});
  REQUIRE(results.size() == 2);
  CHECK(results[0]["partialFingerprints"]["primaryLocationLineHash"] == github[2]);
  CHECK(results[1]["partialFingerprints"]["primaryLocationLineHash"] == github[4]);
}

TEST_CASE("fingerprints: repeats in one file and the same line in two files are told apart") {
  const std::string twice = "import os\nos.fork()\nos.fork()\n";
  const FileResult one = analyse("a.py", twice);
  REQUIRE(one.diagnostics.size() == 2);
  CHECK(one.diagnostics[0].lineHash == one.diagnostics[1].lineHash);
  CHECK(one.diagnostics[0].lineOccurrence == 0);
  CHECK(one.diagnostics[1].lineOccurrence == 1);
  const auto results = sarifResults({one, analyse("b.py", twice)});
  REQUIRE(results.size() == 4);
  std::set<std::string> distinct;
  for (const json& r : results) distinct.insert(r["fingerprints"]["platlint/v1"].get<std::string>());
  CHECK(distinct.size() == 4);
}

TEST_CASE("baseline: a malformed file is an error naming the problem") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "platlint-baseline-test";
  std::filesystem::create_directories(dir);
  auto attempt = [&](const std::string& content) -> std::string {
    const std::string file = (dir / "b.json").string();
    std::ofstream(file) << content;
    try {
      readBaseline(file);
    } catch (const BaselineError& e) {
      return e.what();
    }
    return "";
  };
  CHECK(attempt("{").find("not valid JSON") != std::string::npos);
  CHECK(attempt("[]").find("expected a JSON object") != std::string::npos);
  CHECK(attempt("{\"findings\": []}").find("not a platlint baseline") != std::string::npos);
  CHECK(attempt("{\"platlint_baseline\": 2, \"findings\": []}").find("format version 2") != std::string::npos);
  CHECK(attempt("{\"platlint_baseline\": 1, \"findings\": [{\"rule\": \"PORT101\"}]}").find("\"path\" must be a string") !=
        std::string::npos);
  CHECK(attempt("{\"platlint_baseline\": 1, \"findings\": [{\"rule\": \"PORT101\", \"path\": \"a.py\", "
                "\"line_hash\": \"00\", \"occurrence\": -1}]}")
            .find("\"occurrence\" must be a non-negative integer") != std::string::npos);
  CHECK(attempt("{\"platlint_baseline\": 1, \"findings\": []}").empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("review mode: added and modified line spans from git diff --unified=0") {
  const std::string diff =
      "diff --git a/pkg/a.py b/pkg/a.py\n"
      "index 1111111..2222222 100644\n"
      "--- a/pkg/a.py\n"
      "+++ b/pkg/a.py\n"
      "@@ -3 +3 @@ def f():\n"
      "-    pass\n"
      "+    os.fork()\n"
      "@@ -10,2 +9,0 @@\n"
      "-x\n"
      "-y\n"
      "@@ -20,0 +20,3 @@\n"
      "++++ this added line starts with three pluses\n"
      "+@@ -1 +1 @@ and this one looks like a hunk header\n"
      "+z\n"
      "\\ No newline at end of file\n"
      "diff --git a/old.py b/\"sp ace\\303\\251.py\"\n"
      "similarity index 90%\n"
      "--- a/old.py\n"
      "+++ \"b/sp ace\\303\\251.py\"\n"
      "@@ -1,0 +2,1 @@\n"
      "+new\n"
      "diff --git a/gone.py b/gone.py\n"
      "--- a/gone.py\n"
      "+++ /dev/null\n"
      "@@ -1 +0,0 @@\n"
      "-bye\n";
  const auto files = parseUnifiedZeroDiff(diff);
  REQUIRE(files.size() == 2);
  const auto& a = files.at("pkg/a.py");
  REQUIRE(a.size() == 2);
  CHECK(a[0].first == 3);
  CHECK(a[0].last == 3);
  CHECK(a[1].first == 20);
  CHECK(a[1].last == 22);
  const auto& renamed = files.at("sp ace\xC3\xA9.py");
  REQUIRE(renamed.size() == 1);
  CHECK(renamed[0].first == 2);
  CHECK(renamed[0].last == 2);

  ChangedLines changes("/repo");
  changes.addFile("/repo/pkg/a.py", a);
  CHECK(changes.fileChanged("pkg/a.py"));
  CHECK(changes.fileChanged("/repo/pkg/./a.py"));
  CHECK_FALSE(changes.fileChanged("pkg/b.py"));
  CHECK(changes.touches("pkg/a.py", 3, 3));
  CHECK(changes.touches("pkg/a.py", 18, 20));
  CHECK_FALSE(changes.touches("pkg/a.py", 4, 19));
}

TEST_CASE("github workflow commands: a file name or message cannot inject a command") {
  CHECK(escapeGithubData("50% done\r\n::error::x") == "50%25 done%0D%0A::error::x");
  CHECK(escapeGithubProperty("a,b:c\n::warning file=x::y") == "a%2Cb%3Ac%0A%3A%3Awarning file=x%3A%3Ay");
  Report report;
  FileResult f = analyse("evil\n::error file=x.py::pwned,.py", "import os\nos.fork()\n");
  report.files.push_back(f);
  const std::string out = renderGithubCommands(report);
  CHECK(out.find('\n') == out.size() - 1);  // one command, one line
  CHECK(out.rfind("::warning file=evil%0A%3A%3Aerror file=x.py%3A%3Apwned%2C.py,line=2,col=1,", 0) == 0);
}

}  // namespace platlint
