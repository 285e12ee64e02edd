// Fixes: the line diff behind --diff, where imports are inserted, applying edits, the fix loop
// (passes, overlaps, encodings) and placing fixes for the reporters.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/lint/engine.h"
#include "analyzer/lint/fix_line_length.h"
#include "analyzer/lint/fix_placement.h"
#include "analyzer/fix/fixer.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/lint/rule_selection.h"
#include "analyzer/report/sarif_writer.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/base/unified_diff.h"
#include "rules/registry.h"

namespace platlint {
namespace {

std::string withImports(const std::string& code, const std::vector<std::string>& modules,
                        const std::vector<std::string>& firstParty = {}, bool sortedByModule = false) {
  return applyEdits(code, importInsertions(code, modules, firstParty, sortedByModule));
}

FixOutcome fix(const std::string& code, bool unsafe = false) {
  Engine engine(RuleSelection(builtinRules(), {"PORT2"}, {}));
  return fixFile(engine, "snippet.py", code, unsafe);
}

}  // namespace

TEST_CASE("unifiedDiff: equal texts give nothing") {
  CHECK(unifiedDiff("a\nb\n", "a\nb\n", "x.py").empty());
  CHECK(unifiedDiff("", "", "x.py").empty());
}

TEST_CASE("unifiedDiff: one changed line with three lines of context") {
  const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  const std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  CHECK(unifiedDiff(before, after, "d/x.py") ==
        "--- a/d/x.py\n+++ b/d/x.py\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST_CASE("unifiedDiff: distant changes make two hunks, near ones one") {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
  }
  const std::string d = unifiedDiff(before, after, "x.py");
  CHECK(d.find("@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n") != std::string::npos);
  CHECK(d.find("@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n") != std::string::npos);

  std::string near;
  for (int i = 1; i <= 20; ++i) near += (i == 2 || i == 8 ? "x" : std::to_string(i)) + "\n";
  const std::string one = unifiedDiff(before, near, "x.py");
  CHECK(one.find("@@ -1,11 +1,11 @@") != std::string::npos);
  CHECK(one.find("\n@@ ", one.find("@@ -1,11") + 1) == std::string::npos);  // a single hunk
}

TEST_CASE("unifiedDiff: insertions, deletions, empty files, missing final newline") {
  CHECK(unifiedDiff("a\nb\n", "a\nnew\nb\n", "x.py") == "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,3 @@\n a\n+new\n b\n");
  CHECK(unifiedDiff("", "a\n", "x.py") == "--- a/x.py\n+++ b/x.py\n@@ -0,0 +1 @@\n+a\n");
  CHECK(unifiedDiff("a\n", "", "x.py") == "--- a/x.py\n+++ b/x.py\n@@ -1 +0,0 @@\n-a\n");
  CHECK(unifiedDiff("a\nb", "a\nc", "x.py") ==
        "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
  // CRLF lines keep their '\r'.
  CHECK(unifiedDiff("a\r\nb\r\n", "a\r\nc\r\n", "x.py") == "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
}

TEST_CASE("unifiedDiff: the edit script is minimal (Myers)") {
  // A B C A B B A -> C B A B A C (the classic example: 5 edits).
  std::string a, b;
  for (char c : std::string("ABCABBA")) a += std::string(1, c) + "\n";
  for (char c : std::string("CBABAC")) b += std::string(1, c) + "\n";
  const std::string d = unifiedDiff(a, b, "x.py");
  size_t changes = 0;
  for (size_t at = d.find('\n'); at != std::string::npos && at + 1 < d.size(); at = d.find('\n', at + 1)) {
    if ((d[at + 1] == '-' || d[at + 1] == '+') && d.compare(at + 1, 3, "---") != 0 && d.compare(at + 1, 3, "+++") != 0) {
      ++changes;
    }
  }
  CHECK(changes == 5);
}

TEST_CASE("import insertion: after docstring and __future__, sorted into the standard-library imports") {
  CHECK(withImports("\"\"\"Doc.\"\"\"\nx = 1\n", {"os"}) == "\"\"\"Doc.\"\"\"\nimport os\nx = 1\n");
  CHECK(withImports("\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport sys\n\nx = 1\n", {"os"}) ==
        "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\nimport sys\n\nx = 1\n");
  // An import after other code is not part of the leading block.
  CHECK(withImports("import sys\nx = 1\nimport json\n", {"os"}) == "import os\nimport sys\nx = 1\nimport json\n");
  CHECK(withImports("import sys\nx = 1\nimport json\n", {"tempfile"}) == "import sys\nimport tempfile\nx = 1\nimport json\n");
  CHECK(withImports("#!/usr/bin/env python\n# comment\n\nx = 1\n", {"tempfile", "os"}) ==
        "#!/usr/bin/env python\n# comment\n\nimport os\nimport tempfile\nx = 1\n");
  CHECK(withImports("import sys  # why\nx = 1\n", {"tempfile"}) == "import sys  # why\nimport tempfile\nx = 1\n");
  CHECK(withImports("import sys  # why\nx = 1\n", {"os"}) == "import os\nimport sys  # why\nx = 1\n");
  CHECK(withImports("import sys; x = 1\n", {"tempfile"}) == "import sys\nimport tempfile; x = 1\n");
  CHECK(withImports("import sys", {"tempfile"}) == "import sys\nimport tempfile");
  CHECK(withImports("# only a comment", {"os"}) == "# only a comment\nimport os\n");
  CHECK(withImports("", {"os"}) == "import os\n");
}

TEST_CASE("import insertion: isort's place in the standard-library group") {
  // Between the group's `import x` lines, by name.
  CHECK(withImports("import errno\nimport sys\n\nimport requests\n", {"os"}) ==
        "import errno\nimport os\nimport sys\n\nimport requests\n");
  // Before its `from x import y` lines (isort's default order)...
  CHECK(withImports("import os\nfrom collections import abc\n\nimport six\n", {"tempfile"}) ==
        "import os\nimport tempfile\nfrom collections import abc\n\nimport six\n");
  CHECK(withImports("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import os\n\nx = 1\n", {"tempfile"}) ==
        "import tempfile\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import os\n\nx = 1\n");
  // ... or among them by name when the file mixes the two in name order (hacking's H306).
  const std::string mixed = "from concurrent import futures\nimport os\nfrom urllib import parse\n\nimport six\n";
  CHECK(withImports(mixed, {"uuid"}) ==
        "from concurrent import futures\nimport os\nfrom urllib import parse\nimport uuid\n\nimport six\n");
  CHECK(withImports(mixed, {"shutil"}) ==
        "from concurrent import futures\nimport os\nimport shutil\nfrom urllib import parse\n\nimport six\n");
  // A group that shows neither order: the project's configuration decides (hacking, isort).
  CHECK(withImports("import os\nfrom urllib import parse\n", {"uuid"}) == "import os\nimport uuid\nfrom urllib import parse\n");
  CHECK(withImports("import os\nfrom urllib import parse\n", {"uuid"}, {}, true) ==
        "import os\nfrom urllib import parse\nimport uuid\n");
  // Never after third-party or first-party imports.
  CHECK(withImports("import os\n\nimport six\n\nfrom nova import utils\n", {"tempfile"}, {"nova"}) ==
        "import os\nimport tempfile\n\nimport six\n\nfrom nova import utils\n");
  // Two modules may go to two places.
  CHECK(withImports("import shutil\n", {"tempfile", "os"}) == "import os\nimport shutil\nimport tempfile\n");
  // A comment over an import stays with it; a file's header stays first.
  CHECK(withImports("import os\n# For the old API.\nimport sys\n", {"re"}) ==
        "import os\nimport re\n# For the old API.\nimport sys\n");
  CHECK(withImports("# Copyright\nimport sys\n", {"os"}) == "# Copyright\nimport os\nimport sys\n");
}

TEST_CASE("import insertion: a group of its own without standard-library imports") {
  CHECK(withImports("import requests\n\nfrom nova import utils\n", {"tempfile"}, {"nova"}) ==
        "import tempfile\n\nimport requests\n\nfrom nova import utils\n");
  CHECK(withImports("from nova import utils\n", {"tempfile"}, {"nova"}) == "import tempfile\n\nfrom nova import utils\n");
  CHECK(withImports("from . import utils\n", {"tempfile"}) == "import tempfile\n\nfrom . import utils\n");
  CHECK(withImports("\"\"\"Doc.\"\"\"\nimport requests\n", {"tempfile"}) ==
        "\"\"\"Doc.\"\"\"\n\nimport tempfile\n\nimport requests\n");
  CHECK(withImports("from __future__ import annotations\nimport requests\n", {"tempfile"}) ==
        "from __future__ import annotations\n\nimport tempfile\n\nimport requests\n");
  CHECK(withImports("from __future__ import annotations\n\nx = 1\n", {"os"}) ==
        "from __future__ import annotations\n\nimport os\n\nx = 1\n");
  // A standard-library import after a third-party one does not make a group.
  CHECK(withImports("import requests\nimport os\n", {"tempfile"}) == "import tempfile\n\nimport requests\nimport os\n");
  // Never inside a `try` or `if TYPE_CHECKING:` block of imports: before it.
  CHECK(withImports("try:\n    import simplejson as json\nexcept ImportError:\n    import json\n\nimport six\n", {"tempfile"}) ==
        "import tempfile\n\ntry:\n    import simplejson as json\nexcept ImportError:\n    import json\n\nimport six\n");
  CHECK(withImports("import os\ntry:\n    import simplejson as json\nexcept ImportError:\n    import json\n", {"tempfile"}) ==
        "import os\nimport tempfile\ntry:\n    import simplejson as json\nexcept ImportError:\n    import json\n");
}

TEST_CASE("import insertion: the file's line ending, and no duplicates") {
  CHECK(withImports("import sys\r\nx = 1\r\n", {"os"}) == "import os\r\nimport sys\r\nx = 1\r\n");
  CHECK(withImports("import os\nx = 1\n", {"os"}) == "import os\nx = 1\n");
  CHECK(withImports("import os.path\nx = 1\n", {"os"}) == "import os.path\nx = 1\n");
  CHECK(withImports("import sys\nx = 1\n", {"os", "os"}) == "import os\nimport sys\nx = 1\n");
  // Not bound at module level: still added.
  CHECK(withImports("def f():\n    import os\n", {"os"}) == "import os\ndef f():\n    import os\n");
  // `import os as o` does not bind `os`.
  CHECK(withImports("import os as o\nx = 1\n", {"os"}) == "import os as o\nimport os\nx = 1\n");
}

TEST_CASE("line length: a fix wraps after a comma inside its line's brackets, aligned with the bracket") {
  CHECK(wrapLine("x = f(a, b)", 20, "\n") == "x = f(a, b)");
  CHECK(wrapLine("    value = call(first_argument, second_argument)", 40, "\n") ==
        "    value = call(first_argument,\n                 second_argument)");
  CHECK(wrapLine("y = g(aaaa, bbbb, cccc, dddd)", 10, "\n") == std::nullopt);
  CHECK(wrapLine("y = g(aaaa, bbbb, cccc, dddd)", 17, "\n") == "y = g(aaaa, bbbb,\n      cccc, dddd)");
  // The innermost bracket that works.
  CHECK(wrapLine("z = [h(1, 2), h(3, 4), hhhhhhhhh]", 24, "\n") == "z = [h(1, 2), h(3, 4),\n     hhhhhhhhh]");
  // Commas in strings and comments do not count; nothing to wrap gives nullopt.
  // The outer call splits first; an inner call only where the outer cannot fit.
  CHECK(wrapLine("with open(sample(name, version), 'w', encoding='utf-8') as f:", 45, "\n") ==
        "with open(sample(name, version), 'w',\n          encoding='utf-8') as f:");
  CHECK(wrapLine("x = f(sample(first_name, second_name))", 30, "\n") ==
        "x = f(sample(first_name,\n             second_name))");
  CHECK(wrapLine("s = f('a, b, c, d, e')", 15, "\n") == std::nullopt);
  CHECK(wrapLine("s = aaaaaaaaaaaaaaaaa  # a, b", 15, "\n") == std::nullopt);
  // A comment may be a directive for its line (`# noqa`, a suppression): not moved.
  CHECK(wrapLine("y = g(aaaa, bbbb)  # noqa: E501", 20, "\n") == std::nullopt);
  CHECK(wrapLine("s = '''abc, def", 10, "\n") == std::nullopt);
}

TEST_CASE("line length: fitLineLength keeps, wraps or downgrades a fix") {
  const std::string text = "    parser.add_argument('--dir', default='/tmp', help='where')\n";
  const auto fixAt = [&](std::string replacement) {
    Fix f;
    f.description = "Replace";
    const uint32_t at = static_cast<uint32_t>(text.find("'/tmp'"));
    f.edits = {Edit{at, at + 6, std::move(replacement)}};
    return f;
  };
  Fix fits = fixAt("tmp()");
  fitLineLength(fits, text, 79, "\n");
  CHECK(fits.edits.size() == 1);
  CHECK(fits.edits[0].replacement == "tmp()");
  Fix wraps = fixAt("tempfile.gettempdir()");
  fitLineLength(wraps, text, 70, "\n");
  REQUIRE(wraps.edits.size() == 1);
  CHECK(wraps.safety == FixSafety::Safe);
  CHECK(applyEdits(text, wraps.edits) ==
        "    parser.add_argument('--dir', default=tempfile.gettempdir(),\n"
        "                        help='where')\n");
  // Nothing to wrap in: offered as unsafe, with a note.
  const std::string assignment = "x = '/tmp'\n";
  Fix tooLong;
  tooLong.description = "Replace";
  tooLong.edits = {Edit{4, 10, "tempfile.gettempdir()"}};
  fitLineLength(tooLong, assignment, 20, "\n");
  CHECK(tooLong.safety == FixSafety::Unsafe);
  CHECK(tooLong.description == "Replace (would exceed line length 20)");
  CHECK(tooLong.edits[0].replacement == "tempfile.gettempdir()");
  // A line already over the limit is not the fix's doing.
  Fix already = fixAt("tempfile.gettempdir()");
  fitLineLength(already, text, 30, "\n");
  CHECK(already.safety == FixSafety::Safe);
}

TEST_CASE("applyEdits: in order, insertions before replacements at the same offset, overlaps rejected") {
  CHECK(applyEdits("abcdef", {Edit{4, 5, "E"}, Edit{0, 1, "A"}, Edit{4, 4, "+"}}) == "Abcd+Ef");
  CHECK_THROWS(applyEdits("abcdef", {Edit{0, 3, "x"}, Edit{2, 4, "y"}}));
}

TEST_CASE("fixFile: fixes, the import once, and the remaining findings") {
  // Module-level constants: the /tmp fix is unsafe there (PORT201's fix safety).
  const FixOutcome out = fix("import os\nA = \"/tmp\"\nB = os.path.join(\"/tmp\", \"x\")\nC = \"/tmp/x\"\n", true);
  CHECK(out.fixesApplied == 2);
  CHECK(out.fixedText ==
        "import os\nimport tempfile\nA = tempfile.gettempdir()\nB = os.path.join(tempfile.gettempdir(), \"x\")\n"
        "C = \"/tmp/x\"\n");
  REQUIRE(out.result.diagnostics.size() == 1);
  CHECK(out.result.diagnostics[0].rule->id == "PORT201");
  CHECK_FALSE(out.result.diagnostics[0].fix.has_value());
  CHECK(out.problems.empty());
}

TEST_CASE("fixFile: no fix for bytes, f-strings, implicit concatenation or /dev/null inside a value") {
  const std::string code =
      "import os\nA = b\"/tmp\"\nB = f\"/tmp\"\nC = \"/tmp\" \"/x\"\nD = \"/dev/null\" + os.sep\n";
  const FixOutcome out = fix(code);
  CHECK(out.fixedText == code);
  CHECK(out.fixesApplied == 0);
}

TEST_CASE("fixFile: a name bound to another module blocks the fix") {
  const std::string code = "from mylib import tempfile\nA = \"/tmp\"\n";
  CHECK(fix(code).fixedText == code);
}

TEST_CASE("fixFile: BOM, Latin-1 and CRLF survive") {
  const std::string bom = "\xEF\xBB\xBFimport os\r\nA = \"/dev/null\"\r\n";
  FixOutcome out = fix(bom);
  CHECK(out.fixedBytes == "\xEF\xBB\xBFimport os\r\nA = os.devnull\r\n");

  const std::string latin1 = "# -*- coding: latin-1 -*-\n# caf\xE9\nA = \"/tmp\"  # \xE9t\xE9\n";
  out = fix(latin1, true);
  CHECK(out.fixedBytes == "# -*- coding: latin-1 -*-\n# caf\xE9\nimport tempfile\nA = tempfile.gettempdir()  # \xE9t\xE9\n");
  CHECK(out.fixedText.find("caf\xC3\xA9") != std::string::npos);  // decoded text is UTF-8
}

TEST_CASE("fixFile: files with syntax errors are not touched") {
  const std::string code = "def f(:\n    pass\nA = \"/tmp\"\n";
  const FixOutcome out = fix(code);
  CHECK(out.fixedBytes == code);
  CHECK_FALSE(out.changed());
}

TEST_CASE("SourceFile::encodeForWrite refuses what Latin-1 cannot hold") {
  const SourceFile file("x.py", "# coding: latin-1\nx = 1\n");
  CHECK(file.declaredLatin1());
  CHECK_FALSE(file.hadBom());
  CHECK(file.encodeForWrite("# \xC3\xA9\n") == "# \xE9\n");
  CHECK_THROWS(file.encodeForWrite("# \xE2\x82\xAC\n"));  // the euro sign
}

TEST_CASE("placed fixes in JSON and SARIF: import insertion first, then the replacement") {
  const std::string code = "\"\"\"Doc.\"\"\"\nA = \"/dev/null\"\n";
  Engine engine(RuleSelection(builtinRules(), {"PORT202"}, {}));
  Report report;
  report.rules = builtinRules().rules();
  report.files.push_back(engine.analyze("pkg/a.py", code));
  // The engine places fixes.
  Report unplaced = report;
  for (Diagnostic& d : unplaced.files[0].diagnostics) d.fix->placed.reset();

  const auto json = nlohmann::json::parse(renderJson(report));
  const auto& f = json["findings"][0]["fix"];
  CHECK(f["safety"] == "safe");
  CHECK(f["description"] == "Replace `\"/dev/null\"` with `os.devnull`");
  REQUIRE(f["edits"].size() == 2);
  CHECK(f["edits"][0] == nlohmann::json::parse(R"({"start":{"line":2,"column":1},"end":{"line":2,"column":1},"content":"import os\n"})"));
  CHECK(f["edits"][1] == nlohmann::json::parse(R"({"start":{"line":2,"column":5},"end":{"line":2,"column":16},"content":"os.devnull"})"));

  const auto sarif = nlohmann::json::parse(renderSarif(report));
  const auto& fixes = sarif["runs"][0]["results"][0]["fixes"];
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0]["properties"]["safety"] == "safe");
  const auto& change = fixes[0]["artifactChanges"][0];
  CHECK(change["artifactLocation"]["uri"] == "pkg/a.py");
  CHECK(change["replacements"][0]["deletedRegion"] ==
        nlohmann::json::parse(R"({"startLine":2,"startColumn":1,"endLine":2,"endColumn":1})"));
  CHECK(change["replacements"][0]["insertedContent"]["text"] == "import os\n");
  CHECK(change["replacements"][1]["insertedContent"]["text"] == "os.devnull");

  // Unplaced fixes: no SARIF fixes, no JSON edits.
  CHECK_FALSE(nlohmann::json::parse(renderSarif(unplaced))["runs"][0]["results"][0].contains("fixes"));
  CHECK_FALSE(nlohmann::json::parse(renderJson(unplaced))["findings"][0]["fix"].contains("edits"));
}

TEST_CASE("rule docs: the Fix safety section and the metadata JSON") {
  const RuleMeta* tmp = builtinRules().find("PORT201");
  REQUIRE(tmp != nullptr);
  const std::string md = ruleHelpMarkdown(*tmp);
  CHECK(md.find("## Fix safety\nFix is sometimes available.\n\n") != std::string::npos);
  CHECK(md.find("## Fix safety") < md.find("## Platforms"));
  CHECK(ruleHelpMarkdown(*builtinRules().find("PORT101")).find("Fix safety") == std::string::npos);

  const auto all = nlohmann::json::parse(rulesJson(builtinRules().rules()));
  REQUIRE(all.is_array());
  bool seen = false;
  for (const auto& r : all) {
    if (r["id"] != "PORT202") continue;
    seen = true;
    CHECK(r["fix"] == "sometimes");
    CHECK(r["breaks_on"] == nlohmann::json::array({"windows"}));
    CHECK(r["docs"]["fix_safety"].get<std::string>().find("os.devnull") != std::string::npos);
  }
  CHECK(seen);
}

}  // namespace platlint
