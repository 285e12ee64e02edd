// Reporters (text, JSON, SARIF, the table of --format), rule docs and atomic output, on hand-built reports.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "analyzer/app/output_formats.h"
#include "analyzer/ci/ci_reporters.h"
#include "analyzer/lint/fingerprints.h"
#include "analyzer/report/html_reporter.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/json_stream.h"
#include "analyzer/base/output_file.h"
#include "analyzer/base/platform.h"
#include "analyzer/report/report.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/report/sarif_writer.h"
#include "analyzer/report/text_reporter.h"

namespace platlint {
namespace {

using nlohmann::json;

constexpr std::string_view kTags[] = {"kernel-interface", "portability"};

const RuleMeta kProcMounts{
    .id = "PORT101",
    .name = "proc-mounts",
    .level = Level::Error,
    .shortDescription = "Reads `/proc/mounts`, which exists only on Linux",
    .whatItDoes = "Checks for reads of `/proc/mounts` and `/etc/mtab`.",
    .whyBad = "These files exist only on Linux; macOS and Windows have no `/proc`.",
    .example = "with open(\"/proc/mounts\") as f:\n    mounts = f.read()\n",
    .useInstead = "import psutil\nmounts = psutil.disk_partitions()\n",
    .breaksOn = kNotLinux,
    .tags = kTags,
};

const RuleMeta kTmpPath{
    .id = "PORT201",
    .name = "hardcoded-tmp",
    .level = Level::Warning,
    .shortDescription = "Hard-coded `/tmp` path",
    .whatItDoes = "Checks for the literal path `/tmp`.",
    .whyBad = "Windows has no `/tmp`.",
    .example = "",
    .useInstead = "",
    .breaksOn = Platform::Windows,
    .tags = {},
};

constexpr const RuleMeta* kRules[] = {&kProcMounts, &kTmpPath};

Diagnostic diag(const RuleMeta& rule, uint32_t line, uint32_t col, uint32_t endCol, std::string message) {
  Diagnostic d;
  d.rule = &rule;
  d.level = rule.level;
  d.message = std::move(message);
  d.range.start = {line, col};
  d.range.end = {line, endCol};
  d.breaksOn = rule.breaksOn;
  return d;
}

// Two analysed files with findings, one clean file, one binary file and a syntax error notice.
Report sampleReport() {
  Report r;
  r.rules = kRules;
  r.workingDirectory = "/home/dev/my project";
  r.commandLine = {"platlint", "check", "--format", "sarif", "a b"};

  FileResult a;
  a.path = "a b/\xC3\xBC#.py";  // "a b/ü#.py"
  a.analyzed = true;
  a.diagnostics.push_back(
      diag(kProcMounts, 3, 10, 24, "reads `/proc/mounts`; use `psutil.disk_partitions()`"));
  a.diagnostics.push_back(diag(kTmpPath, 7, 5, 11, "hard-coded `/tmp`; use `tempfile.gettempdir()`"));
  a.notices.push_back({FileNotice::Kind::SyntaxError, Level::Warning, "syntax error", {12, 1}});
  r.files.push_back(a);

  FileResult bin;
  bin.path = "blob.py";
  bin.analyzed = false;
  bin.notices.push_back({FileNotice::Kind::Binary, Level::Note, "binary file skipped", {0, 0}});
  r.files.push_back(bin);

  FileResult clean;
  clean.path = "clean.py";
  clean.analyzed = true;
  r.files.push_back(clean);

  FileResult c;
  c.path = "pkg/c.py";
  c.analyzed = true;
  c.diagnostics.push_back(
      diag(kProcMounts, 1, 1, 15, "reads `/proc/mounts`; use `psutil.disk_partitions()`"));
  r.files.push_back(c);
  return r;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// --format concise
std::string textOf(const Report& r, bool color = false) {
  std::ostringstream out;
  writeConciseText(out, r, ReportOptions{.color = color});
  return out.str();
}

// --format text
std::string fullTextOf(const Report& r, const ReportOptions& options = {}) {
  std::ostringstream out;
  writeText(out, r, options);
  return out.str();
}

std::set<std::string> filesIn(const std::string& dir) {
  std::set<std::string> names;
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names.insert(name);
  }
  closedir(d);
  return names;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/platlint-test-XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    for (const std::string& name : filesIn(path)) unlink((path + "/" + name).c_str());
    rmdir(path.c_str());
  }
};

}  // namespace

TEST_CASE("PlatformSet::describe lists platforms in fixed order") {
  CHECK(PlatformSet::none().describe().empty());
  CHECK(kNotLinux.describe() == "macos, windows");
  CHECK(PlatformSet::all().describe() == "linux, macos, windows");
  CHECK(PlatformSet(Platform::Windows).describe() == "windows");
  CHECK(std::string(platformName(Platform::MacOS)) == "macos");
}

TEST_CASE("levelName and diagnosticCount") {
  CHECK(std::string(levelName(Level::Note)) == "note");
  CHECK(std::string(levelName(Level::Warning)) == "warning");
  CHECK(std::string(levelName(Level::Error)) == "error");
  CHECK(sampleReport().diagnosticCount() == 3);
  CHECK(Report{}.diagnosticCount() == 0);
}

TEST_CASE("text reporter: findings, notices, summary") {
  // The messages of sampleReport() do not name the platforms, as findings on paths do not: the text adds them.
  const std::vector<std::string> expected = {
      "a b/\xC3\xBC#.py:3:10: PORT101 reads `/proc/mounts`; use `psutil.disk_partitions()` (breaks on macos, windows)",
      "a b/\xC3\xBC#.py:7:5: PORT201 hard-coded `/tmp`; use `tempfile.gettempdir()` (breaks on windows)",
      "pkg/c.py:1:1: PORT101 reads `/proc/mounts`; use `psutil.disk_partitions()` (breaks on macos, windows)",
      "a b/\xC3\xBC#.py:12:1: notice: syntax error",
      "blob.py: notice: binary file skipped",
      "Found 3 findings (2 errors, 1 warning) in 2 of 3 files.",
      "1 file could not be analysed.",
  };
  CHECK(lines(textOf(sampleReport())) == expected);
}

TEST_CASE("text reporter: the full format without the source (files not on disk)") {
  Report r = sampleReport();
  Fix fix;
  fix.description = "Use `tempfile.gettempdir()`";
  fix.edits = {Edit{0, 1, "x"}};
  r.files[0].diagnostics[1].fix = fix;
  const std::vector<std::string> expected = {
      "a b/\xC3\xBC#.py:3:10: PORT101 [proc-mounts] error: reads `/proc/mounts` (breaks on macos, windows)",
      "  = help: Use `psutil.disk_partitions()`",
      "",
      "a b/\xC3\xBC#.py:7:5: PORT201 [*] [hardcoded-tmp] warning: hard-coded `/tmp` (breaks on windows)",
      "  = help: Use `tempfile.gettempdir()`",
      "  = fix: Use `tempfile.gettempdir()`",
      "",
      "pkg/c.py:1:1: PORT101 [proc-mounts] error: reads `/proc/mounts` (breaks on macos, windows)",
      "  = help: Use `psutil.disk_partitions()`",
      "",
      "a b/\xC3\xBC#.py:12:1: notice: syntax error",
      "blob.py: notice: binary file skipped",
      "Found 3 findings (2 errors, 1 warning) in 2 of 3 files; 1 fixable with --fix.",
      "1 file could not be analysed.",
  };
  CHECK(lines(fullTextOf(r)) == expected);
  r.files[0].diagnostics[1].fix->safety = FixSafety::Unsafe;
  const std::string unsafe = fullTextOf(r);
  CHECK(unsafe.find("PORT201 [hardcoded-tmp] warning:") != std::string::npos);
  CHECK(unsafe.find("  = fix: Use `tempfile.gettempdir()` (unsafe: applied with --unsafe-fixes)\n") != std::string::npos);
  CHECK(unsafe.find("; 1 fixable with --unsafe-fixes.") != std::string::npos);
}

TEST_CASE("text reporter: the code frame comes from the file as it is at report time") {
  TempDir dir;
  {
    std::ofstream file(dir.path + "/t.py", std::ios::binary);
    file << "import os\nwith open(\"/proc/mounts\") as f:\n    pass\n";
  }
  Report r;
  r.workingDirectory = dir.path;
  FileResult f;
  f.path = "t.py";
  f.analyzed = true;
  f.diagnostics.push_back(diag(kProcMounts, 2, 11, 25, "reads `/proc/mounts`; use `psutil.disk_partitions()`"));
  r.files.push_back(f);
  CHECK(lines(fullTextOf(r)) == std::vector<std::string>{
                                   "t.py:2:11: PORT101 [proc-mounts] error: reads `/proc/mounts` (breaks on macos, windows)",
                                   "  |",
                                   "2 | with open(\"/proc/mounts\") as f:",
                                   "  |           ^^^^^^^^^^^^^^",
                                   "  = help: Use `psutil.disk_partitions()`",
                                   "",
                                   "Found 1 finding (1 error) in 1 of 1 file.",
                               });
  // The analysis saw another text on that line (the file changed since, e.g. after a cached run): no frame.
  r.files[0].diagnostics[0].lineHash = normalizedLineHash("with open(\"/proc/cpuinfo\") as f:");
  CHECK(fullTextOf(r).find(" | ") == std::string::npos);
  r.files[0].diagnostics[0].lineHash = normalizedLineHash("with open(\"/proc/mounts\") as f:");
  CHECK(fullTextOf(r).find("2 | with open(") != std::string::npos);
  // A line the file no longer has: no frame either.
  r.files[0].diagnostics[0] = diag(kProcMounts, 9, 1, 5, "reads `/proc/mounts`");
  CHECK(lines(fullTextOf(r))[1].empty());
  // Nor for a file that is gone.
  r.files[0].path = "gone.py";
  CHECK(lines(fullTextOf(r))[1].empty());
}

TEST_CASE("text reporter: the full format wraps to the width") {
  const std::string text = fullTextOf(sampleReport(), ReportOptions{.width = 40});
  const std::vector<std::string> out = lines(text);
  // The header leaves less than 20 columns for the message: it starts on the next line.
  CHECK(out[0] == "a b/\xC3\xBC#.py:3:10: PORT101 [proc-mounts] error:");
  CHECK(out[1] == "    reads `/proc/mounts` (breaks on");
  CHECK(out[2] == "    macos, windows)");
  CHECK(out[3] == "  = help: Use `psutil.disk_partitions()`");  // 30 columns after "  = help: "
}

TEST_CASE("text reporter: the full format lists related places as notes") {
  Report r = sampleReport();
  for (uint32_t line = 1; line <= 10; ++line) {
    r.files[3].diagnostics[0].related.push_back(RelatedLocation{.range = {0, 0, {line, 2}, {line, 3}}, .message = "PORT801 x"});
  }
  const std::string text = fullTextOf(r);
  CHECK(text.find("  = note: also at 1:2: PORT801 x\n") != std::string::npos);
  CHECK(text.find("  = note: also at 8:2: PORT801 x\n") != std::string::npos);
  CHECK(text.find("also at 9:2") == std::string::npos);
  CHECK(text.find("  = note: and 2 more places (--format concise lists them all)\n") != std::string::npos);
}

TEST_CASE("text reporter: clean run and colour") {
  Report r;
  FileResult f;
  f.path = "x.py";
  f.analyzed = true;
  r.files.push_back(f);
  CHECK(textOf(r) == "No findings in 1 file.\n");
  r.files.push_back(f);
  CHECK(textOf(r) == "No findings in 2 files.\n");

  const std::string colored = textOf(sampleReport(), true);
  CHECK(colored.find("\x1b[1mpkg/c.py\x1b[0m:1:1: \x1b[1;31mPORT101\x1b[0m reads") != std::string::npos);
  CHECK(colored.find("\x1b[1;33mPORT201\x1b[0m") != std::string::npos);
  CHECK(textOf(sampleReport(), false).find('\x1b') == std::string::npos);

  const std::string full = fullTextOf(sampleReport(), ReportOptions{.color = true});
  CHECK(full.find("\x1b[1mpkg/c.py\x1b[0m:1:1: \x1b[1;31mPORT101\x1b[0m [proc-mounts] \x1b[1;31merror:\x1b[0m reads") !=
        std::string::npos);
  CHECK(full.find("  = \x1b[1mhelp:\x1b[0m Use") != std::string::npos);
  CHECK(fullTextOf(sampleReport()).find('\x1b') == std::string::npos);
}

TEST_CASE("text reporter: what platform guards hid, after what comments suppressed") {
  Report r = sampleReport();
  r.files[0].guarded = 4;
  r.files[2].guarded = 1;
  CHECK(r.guardedCount() == 5);
  CHECK(lines(textOf(r))[5] ==
        "Found 3 findings (2 errors, 1 warning) in 2 of 3 files; 5 more inside platform guards (--ignore-guards shows "
        "them).");
  r.files[0].diagnostics[0].suppression = SuppressionMark{};
  CHECK(lines(textOf(r))[4] ==
        "Found 2 findings (1 error, 1 warning) in 2 of 3 files; 1 suppressed; 5 more inside platform guards "
        "(--ignore-guards shows them).");

  Report clean;
  FileResult f;
  f.path = "x.py";
  f.analyzed = true;
  f.guarded = 1;
  clean.files.push_back(f);
  CHECK(textOf(clean) == "No findings in 1 file; 1 more inside platform guards (--ignore-guards shows them).\n");
}

TEST_CASE("text reporter: what the baseline hid and which of its findings are fixed") {
  Report r;
  const BaselineEntry fixed{
      .rule = "PORT101", .path = "a.py", .lineHash = "", .occurrence = 0, .line = 3, .message = "reads `/proc/mounts`"};
  r.baseline = BaselineComparison{.file = "base.json", .unchanged = 2, .fixed = {fixed}};
  CHECK(textOf(r) == "No findings in 0 files.\n"
                     "Baseline base.json: 2 known findings not shown; 1 fixed since:\n"
                     "  a.py:3: PORT101 reads `/proc/mounts`\n");
  r.baseline = BaselineComparison{.file = "base.json", .unchanged = 1, .fixed = {}};
  CHECK(textOf(r) == "No findings in 0 files.\nBaseline base.json: 1 known finding not shown.\n");
}

TEST_CASE("output formats: one table, distinct lower-case names, text first") {
  std::set<std::string_view> names;
  for (const Reporter* format : outputFormats()) {
    const std::string name(format->name());
    CAPTURE(name);
    CHECK_FALSE(format->description().empty());
    CHECK(std::ranges::none_of(format->name(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    CHECK(names.insert(format->name()).second);
    CHECK(findOutputFormat(format->name()) == format);
    CHECK_FALSE(format->render(sampleReport(), {}).empty());
  }
  CHECK(names == std::set<std::string_view>{"text", "concise", "json", "sarif", "html", "github", "gerrit"});
  CHECK(outputFormats().front() == &textReporter());
  CHECK(findOutputFormat("yaml") == nullptr);
}

TEST_CASE("output formats: each reporter renders what its format's function renders") {
  const Report r = sampleReport();
  const ReportOptions options{.color = true, .unsafeFixes = true, .fixesApplied = 2, .sarifCategory = "platlint/py"};
  std::ostringstream text;
  writeText(text, r, options);
  CHECK(textReporter().render(r, options) == text.str());
  std::ostringstream concise;
  writeConciseText(concise, r, options);
  CHECK(conciseReporter().render(r, options) == concise.str());
  CHECK(jsonReporter().render(r, options) == renderJson(r));
  CHECK(sarifReporter().render(r, options) == renderSarif(r, SarifOptions{.category = "platlint/py"}));
  CHECK(htmlReporter().render(r, options) == renderHtml(r, options));
  CHECK(githubReporter().render(r, options) == renderGithubCommands(r));
  CHECK(gerritReporter().render(r, options) == renderGerritComments(r));
}

TEST_CASE("output formats: only text, concise and github show their notices to a reader of stdout") {
  for (const Reporter* format : outputFormats()) {
    const std::string name(format->name());
    CAPTURE(name);
    CHECK(format->showsNoticesOnStdout() == (format->name() == "text" || format->name() == "concise" || format->name() == "github"));
  }
}

TEST_CASE("json reporter: schema and key order") {
  const std::string out = renderJson(sampleReport());
  REQUIRE(out.back() == '\n');
  CHECK(out.rfind("{\n  \"version\": \"" PLATLINT_VERSION "\",\n  \"files_analysed\": 3,", 0) == 0);
  const json j = json::parse(out);
  REQUIRE(j["findings"].size() == 3);
  const json& f = j["findings"][0];
  CHECK(f["rule"] == "PORT101");
  CHECK(f["name"] == "proc-mounts");
  CHECK(f["level"] == "error");
  CHECK(f["path"] == "a b/\xC3\xBC#.py");
  CHECK(f["start"] == json{{"line", 3}, {"column", 10}});
  CHECK(f["end"] == json{{"line", 3}, {"column", 24}});
  CHECK(f["breaks_on"] == json{"macos", "windows"});
  CHECK(j["findings"][1]["breaks_on"] == json{"windows"});

  REQUIRE(j["notices"].size() == 2);
  CHECK(j["notices"][0] == json{{"path", "a b/\xC3\xBC#.py"},
                                {"kind", "syntax-error"},
                                {"level", "warning"},
                                {"message", "syntax error"},
                                {"line", 12},
                                {"column", 1}});
  CHECK(j["notices"][1]["kind"] == "binary-file");
  CHECK(j["notices"][1]["line"] == 0);
  CHECK(j["notices"][1]["column"] == 0);
  CHECK(j["guarded"] == 0);
}

TEST_CASE("json and SARIF: the count of findings inside platform guards") {
  Report r = sampleReport();
  r.files[0].guarded = 2;
  r.files[1].guarded = 1;
  CHECK(json::parse(renderJson(r))["guarded"] == 3);
  const json run = json::parse(renderSarif(r))["runs"][0];
  CHECK(run["properties"] == json{{"platlint/guarded", 3}});
  CHECK(run["results"].size() == 3);  // not results: nothing was found there
}

// One safe and one unsafe fix, placed as the engine places them.
Report reportWithFixes() {
  Report r;
  r.rules = kRules;
  FileResult f;
  f.path = "fix.py";
  f.analyzed = true;
  Diagnostic safe = diag(kTmpPath, 2, 5, 11, "hard-coded `/tmp`");
  safe.fix.emplace();
  safe.fix->description = "Replace with `tempfile.gettempdir()`";
  safe.fix->safety = FixSafety::Safe;
  safe.fix->placed = std::vector<PlacedEdit>{{.range = {.start = {1, 1}, .end = {1, 1}}, .content = "import tempfile\n"},
                                             {.range = {.start = {2, 5}, .end = {2, 11}}, .content = "tempfile.gettempdir()"}};
  Diagnostic unsafe = diag(kTmpPath, 3, 1, 7, "hard-coded `/tmp` in a default");
  unsafe.fix.emplace();
  unsafe.fix->description = "Replace the default";
  unsafe.fix->safety = FixSafety::Unsafe;
  unsafe.fix->placed = std::vector<PlacedEdit>{{.range = {.start = {3, 1}, .end = {3, 7}}, .content = "x"}};
  f.diagnostics = {safe, unsafe};
  r.files.push_back(f);
  return r;
}

TEST_CASE("json reporter: fixes keep their safety and edits") {
  const json findings = json::parse(renderJson(reportWithFixes()))["findings"];
  REQUIRE(findings.size() == 2);
  CHECK(findings[0]["fix"]["safety"] == "safe");
  CHECK(findings[0]["fix"]["description"] == "Replace with `tempfile.gettempdir()`");
  CHECK(findings[0]["fix"]["edits"] ==
        json::array({json{{"start", {{"line", 1}, {"column", 1}}}, {"end", {{"line", 1}, {"column", 1}}}, {"content", "import tempfile\n"}},
                     json{{"start", {{"line", 2}, {"column", 5}}}, {"end", {{"line", 2}, {"column", 11}}},
                          {"content", "tempfile.gettempdir()"}}}));
  CHECK(findings[1]["fix"]["safety"] == "unsafe");
}

TEST_CASE("SARIF: fixes keep their safety and replacements") {
  const json results = json::parse(renderSarif(reportWithFixes()))["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  const json& safe = results[0]["fixes"][0];
  CHECK(safe["properties"]["safety"] == "safe");
  CHECK(safe["description"]["text"] == "Replace with `tempfile.gettempdir()`");
  const json& replacements = safe["artifactChanges"][0]["replacements"];
  REQUIRE(replacements.size() == 2);
  CHECK(replacements[0]["deletedRegion"] == json{{"startLine", 1}, {"startColumn", 1}, {"endLine", 1}, {"endColumn", 1}});
  CHECK(replacements[0]["insertedContent"]["text"] == "import tempfile\n");
  CHECK(results[1]["fixes"][0]["properties"]["safety"] == "unsafe");
}

TEST_CASE("json reporter: invalid UTF-8 does not throw") {
  Report r;
  FileResult f;
  f.path = "bad\xFFname.py";
  f.analyzed = true;
  f.diagnostics.push_back(diag(kTmpPath, 1, 1, 2, "m"));
  r.files.push_back(f);
  std::string out;
  CHECK_NOTHROW(out = renderJson(r));
  CHECK(json::parse(out)["findings"][0]["path"] == "bad\xEF\xBF\xBDname.py");
}

// The JSON document the HTML page carries, as its script reads it.
json htmlData(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"platlint-data\">";
  const size_t start = page.find(open);
  REQUIRE(start != std::string::npos);
  const size_t end = page.find("</script>", start);
  REQUIRE(end != std::string::npos);
  return json::parse(page.substr(start + open.size(), end - start - open.size()));
}

TEST_CASE("html reporter: the report's data in the page, where no text of it can end the element") {
  Report r = sampleReport();
  r.files[0].lines = 40;
  r.files[0].diagnostics[1].message = "hard-coded `</script><script>alert(1)</script>`; use `tempfile`";
  r.files[2].path = "pkg/</script>.py";
  const std::string page = renderHtml(r, ReportOptions{});
  CHECK(page.starts_with("<!DOCTYPE html>"));
  // The template's two scripts end where they should, and nothing loads from elsewhere.
  size_t closings = 0;
  for (size_t at = page.find("</script>"); at != std::string::npos; at = page.find("</script>", at + 1)) ++closings;
  CHECK(closings == 2);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("@PLATLINT_") == std::string::npos);
  CHECK(page.find("<title>platlint report: my project</title>") != std::string::npos);

  const json data = htmlData(page);
  CHECK(data["kind"] == "check");
  CHECK(data["files_analysed"] == 3);
  REQUIRE(data["files"].size() == r.files.size());
  CHECK(data["files"][0]["lines"] == 40);
  CHECK(data["files"][1]["kind"] == "skipped");
  CHECK(data["files"][2]["path"] == "pkg/</script>.py");
  REQUIRE(data["findings"].size() == r.diagnosticCount());
  const json& tmp = data["findings"][1];
  CHECK(tmp["rule"] == "PORT201");
  CHECK(tmp["file"] == 0);
  CHECK(tmp["summary"] == "hard-coded `</script><script>alert(1)</script>`");
  CHECK(tmp["help"] == "use `tempfile`");
  CHECK(tmp["breaks_on"] == json::array({"windows"}));
  CHECK_FALSE(tmp.contains("frame"));  // the file is not on disk
  CHECK(data["rules"]["PORT201"]["family"] == "PORT2xx");
  CHECK(data["rules"]["PORT201"]["url"] == ruleHelpUri(kTmpPath));
}

TEST_CASE("rule docs follow Ruff's sections") {
  CHECK(ruleHelpMarkdown(kProcMounts) ==
        "## What it does\nChecks for reads of `/proc/mounts` and `/etc/mtab`.\n\n"
        "## Why is this bad?\nThese files exist only on Linux; macOS and Windows have no `/proc`.\n\n"
        "## Example\n```python\nwith open(\"/proc/mounts\") as f:\n    mounts = f.read()\n```\n\n"
        "## Use instead\n```python\nimport psutil\nmounts = psutil.disk_partitions()\n```\n\n"
        "## Platforms\nBreaks on: macos, windows.\n");
  CHECK(ruleHelpText(kProcMounts) ==
        "What it does\nChecks for reads of `/proc/mounts` and `/etc/mtab`.\n\n"
        "Why is this bad?\nThese files exist only on Linux; macOS and Windows have no `/proc`.\n\n"
        "Example\n    with open(\"/proc/mounts\") as f:\n        mounts = f.read()\n\n"
        "Use instead\n    import psutil\n    mounts = psutil.disk_partitions()\n\n"
        "Platforms\nBreaks on: macos, windows.\n");
  // Empty sections are left out.
  CHECK(ruleHelpMarkdown(kTmpPath).find("## Example") == std::string::npos);
  CHECK(ruleHelpMarkdown(kTmpPath).find("## Platforms\nBreaks on: windows.") != std::string::npos);
}

TEST_CASE("percent-encoding of artifact URIs") {
  CHECK(percentEncodePath("a b/\xC3\xBC#.py") == "a%20b/%C3%BC%23.py");
  CHECK(percentEncodePath("x%y?z[1]:@!$&'()*+,;=.py") ==
        "x%25y%3Fz%5B1%5D%3A%40%21%24%26%27%28%29%2A%2B%2C%3B%3D.py");
  CHECK(percentEncodePath("A-Z_a.z~0/9") == "A-Z_a.z~0/9");
  CHECK(fileUriForDirectory("/home/dev/my project") == "file:///home/dev/my%20project/");
  CHECK(fileUriForDirectory("/") == "file:///");
}

TEST_CASE("SARIF: log, tool and rules") {
  const std::string out = renderSarif(sampleReport());
  REQUIRE(out.back() == '\n');
  CHECK(out.rfind("{\n  \"$schema\": ", 0) == 0);
  const json log = json::parse(out);
  CHECK(log["$schema"] ==
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///home/dev/my%20project/");

  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "platlint");
  CHECK(driver["version"] == PLATLINT_VERSION);
  CHECK(driver["semanticVersion"] == PLATLINT_VERSION);
  REQUIRE(driver["rules"].size() == 2);
  const json& rule = driver["rules"][0];
  CHECK(rule["id"] == "PORT101");
  CHECK(rule["name"] == "proc-mounts");
  CHECK(rule["shortDescription"]["text"] == kProcMounts.shortDescription);
  CHECK(rule["fullDescription"]["text"] ==
        std::string(kProcMounts.whatItDoes) + "\n\n" + std::string(kProcMounts.whyBad));
  CHECK(rule["help"]["markdown"] == ruleHelpMarkdown(kProcMounts));
  CHECK(rule["help"]["text"] == ruleHelpText(kProcMounts));
  CHECK(rule["helpUri"] == "https://github.com/platlint/platlint/blob/main/docs/rules/PORT101.md");
  CHECK(rule["defaultConfiguration"]["level"] == "error");
  CHECK(rule["properties"]["tags"] == json{"kernel-interface", "portability"});
  CHECK(rule["properties"]["breaks_on"] == json{"macos", "windows"});
  CHECK(driver["rules"][1]["defaultConfiguration"]["level"] == "warning");
}

TEST_CASE("SARIF: results") {
  const json run = json::parse(renderSarif(sampleReport()))["runs"][0];
  const json& results = run["results"];
  REQUIRE(results.size() == 3);
  for (const json& r : results) {
    CHECK(run["tool"]["driver"]["rules"][r["ruleIndex"].get<size_t>()]["id"] == r["ruleId"]);
  }
  const json& first = results[0];
  CHECK(first["ruleId"] == "PORT101");
  CHECK(first["level"] == "error");
  CHECK(first["message"]["text"] == "reads `/proc/mounts`; use `psutil.disk_partitions()`");
  const json& loc = first["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"] == json{{"uri", "a%20b/%C3%BC%23.py"}, {"uriBaseId", "SRCROOT"}});
  CHECK(loc["region"] == json{{"startLine", 3}, {"startColumn", 10}, {"endLine", 3}, {"endColumn", 24}});
  CHECK(first["properties"]["breaks_on"] == json{"macos", "windows"});
  CHECK(results[1]["ruleId"] == "PORT201");
  CHECK(results[1]["level"] == "warning");
  CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "pkg/c.py");
}

// A report whose one finding carries a finding folded into it (lint/root_causes.h).
Report reportWithRelated() {
  Report report = sampleReport();
  Diagnostic& d = report.files.front().diagnostics.front();
  RelatedLocation related;
  related.range.start = {3, 5};
  related.range.end = {3, 30};
  related.message = "PORT801 open-without-encoding: `open()` without `encoding=`";
  d.related.push_back(related);
  return report;
}

TEST_CASE("related locations: SARIF relatedLocations, JSON related, an indented text line") {
  const json result = json::parse(renderSarif(reportWithRelated()))["runs"][0]["results"][0];
  REQUIRE(result["relatedLocations"].size() == 1);
  const json& related = result["relatedLocations"][0];
  CHECK(related["id"] == 1);
  CHECK(related["message"]["text"] == "PORT801 open-without-encoding: `open()` without `encoding=`");
  CHECK(related["physicalLocation"]["artifactLocation"] == result["locations"][0]["physicalLocation"]["artifactLocation"]);
  CHECK(related["physicalLocation"]["region"] == json{{"startLine", 3}, {"startColumn", 5}, {"endLine", 3}, {"endColumn", 30}});
  CHECK_FALSE(json::parse(renderSarif(sampleReport()))["runs"][0]["results"][0].contains("relatedLocations"));

  const json finding = json::parse(renderJson(reportWithRelated()))["findings"][0];
  REQUIRE(finding["related"].size() == 1);
  CHECK(finding["related"][0]["start"] == json{{"line", 3}, {"column", 5}});
  CHECK(finding["related"][0]["message"] == related["message"]["text"]);

  std::ostringstream text;
  writeConciseText(text, reportWithRelated(), {});
  CHECK(text.str().find("\n    also at 3:5: PORT801 open-without-encoding: `open()` without `encoding=`\n") !=
        std::string::npos);
}

TEST_CASE("SARIF: file notices alone keep the execution successful") {
  const json log = json::parse(renderSarif(sampleReport()));
  CHECK(log["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("SARIF: notices become toolExecutionNotifications") {
  Report r = sampleReport();
  r.runNotices.push_back("git is not available; --diff ignored");
  const json run = json::parse(renderSarif(r))["runs"][0];
  REQUIRE(run["invocations"].size() == 1);
  const json& inv = run["invocations"][0];
  CHECK(inv["executionSuccessful"] == false);  // a run notice means the run did not fully succeed
  CHECK(inv["commandLine"] == "platlint check --format sarif 'a b'");
  CHECK(inv["arguments"] == json{"check", "--format", "sarif", "a b"});
  CHECK(inv["workingDirectory"]["uri"] == "file:///home/dev/my%20project/");

  const json& notes = inv["toolExecutionNotifications"];
  REQUIRE(notes.size() == 3);
  const json& descriptors = run["tool"]["driver"]["notifications"];
  for (const json& n : notes) {
    CHECK(descriptors[n["descriptor"]["index"].get<size_t>()]["id"] == n["descriptor"]["id"]);
  }
  CHECK(notes[0]["level"] == "warning");
  CHECK(notes[0]["message"]["text"] == "syntax error");
  CHECK(notes[0]["descriptor"]["id"] == "syntax-error");
  CHECK(notes[0]["locations"][0]["physicalLocation"] ==
        json{{"artifactLocation", {{"uri", "a%20b/%C3%BC%23.py"}, {"uriBaseId", "SRCROOT"}}},
             {"region", {{"startLine", 12}, {"startColumn", 1}}}});
  CHECK(notes[1]["descriptor"]["id"] == "binary-file");
  CHECK(notes[1]["level"] == "note");
  CHECK_FALSE(notes[1]["locations"][0]["physicalLocation"].contains("region"));
  CHECK(notes[2]["message"]["text"] == "git is not available; --diff ignored");
  CHECK(notes[2]["level"] == "error");
  CHECK(notes[2]["descriptor"]["id"] == "run-problem");
  CHECK_FALSE(notes[2].contains("locations"));
}

TEST_CASE("SARIF: output is deterministic") {
  CHECK(renderSarif(sampleReport()) == renderSarif(sampleReport()));
  // Opt-in: write a sample log for schema validation (tests/sarif_validator_selftest.sh).
  if (const char* path = std::getenv("PLATLINT_SARIF_SAMPLE_OUT")) {
    Report r = sampleReport();
    r.runNotices.push_back("a run-level notice");
    writeFileAtomically(path, renderSarif(r));
  }
}

TEST_CASE("writeFileAtomically replaces content and leaves no temporary file") {
  TempDir dir;
  const std::string target = dir.path + "/out.sarif";
  writeFileAtomically(target, "first");
  CHECK(readAll(target) == "first");
  CHECK(filesIn(dir.path) == std::set<std::string>{"out.sarif"});

  REQUIRE(chmod(target.c_str(), 0640) == 0);
  writeFileAtomically(target, std::string(100000, 'x'));
  CHECK(readAll(target) == std::string(100000, 'x'));
  CHECK(filesIn(dir.path) == std::set<std::string>{"out.sarif"});
  struct stat st {};
  REQUIRE(stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);  // an existing file keeps its permissions

  writeFileAtomically(target, "");
  CHECK(readAll(target).empty());
}

TEST_CASE("writeFileAtomically fails cleanly") {
  TempDir dir;
  CHECK_THROWS_AS(writeFileAtomically(dir.path + "/missing/out.json", "x"), std::runtime_error);
  try {
    writeFileAtomically(dir.path + "/missing/out.json", "x");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find("/missing does not exist") != std::string::npos);
  }

  // Renaming onto a directory fails after the temporary file was written: it must be removed.
  const std::string sub = dir.path + "/sub";
  REQUIRE(mkdir(sub.c_str(), 0755) == 0);
  CHECK_THROWS_AS(writeFileAtomically(sub, "x"), std::runtime_error);
  CHECK(filesIn(dir.path) == std::set<std::string>{"sub"});
  rmdir(sub.c_str());
}

TEST_CASE("JsonStream writes what dump(2) writes for the whole document") {
  using Json = nlohmann::ordered_json;
  const Json member{{"text", "a\nb \"quoted\" \xff"}, {"list", Json::array({1, Json::object(), Json::array()})},
                    {"empty", Json::object()}, {"nested", Json{{"x", Json::array({Json{{"y", nullptr}}})}}}};
  Json whole;
  whole["version"] = "1";
  whole["items"] = Json::array({member, member});
  whole["none"] = Json::array();
  whole["bad \xfe key"] = 3;
  std::ostringstream out;
  JsonStream json(out);
  json.beginObject();
  json.key("version");
  json.value("1");
  json.key("items");
  json.beginArray();
  json.value(member);
  json.value(member);
  json.end();
  json.key("none");
  json.beginArray();
  json.end();
  json.key("bad \xfe key");
  json.value(3);
  json.end();
  CHECK(out.str() == whole.dump(2, ' ', false, Json::error_handler_t::replace));
}

TEST_CASE("OutputStream writes a report in pieces and commits it only when finished") {
  TempDir dir;
  const std::string target = dir.path + "/report.json";
  writeFileAtomically(target, "previous");
  std::string expected;
  for (int i = 0; i < 20000; ++i) expected += "0123456789";  // several of its chunks
  {
    OutputStream out(target);
    for (size_t at = 0; at < expected.size(); at += 10) out << std::string_view(expected).substr(at, 10);
    CHECK(readAll(target) == "previous");  // nothing replaces the old report before finish()
    CHECK(out.finish());
  }
  CHECK(readAll(target) == expected);
  CHECK(filesIn(dir.path) == std::set<std::string>{"report.json"});

  {
    OutputStream abandoned(target);  // an error before finish(): the old report stays
    abandoned << "partial";
  }
  CHECK(filesIn(dir.path) == std::set<std::string>{"report.json"});
  CHECK(readAll(target).size() == 200000);

  OutputStream missing(dir.path + "/missing/report.json");
  missing << "x";
  CHECK_FALSE(missing.finish());
}

}  // namespace platlint
