// libFuzzer target: the whole per-file pipeline on arbitrary bytes. Decode, parse, semantic model,
// every rule, fixes placed, --fix passes, and all three reporters. Any crash, sanitizer report or
// invalid JSON from a reporter is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/lint/engine.h"
#include "analyzer/fix/fixer.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/report.h"
#include "analyzer/report/sarif_writer.h"
#include "analyzer/report/text_reporter.h"
#include "rules/registry.h"

namespace {

using namespace platlint;

// The rules that fired, in catalog order: every rule's documentation in every log would spend
// the fuzzing time serialising the same constant text.
std::vector<const RuleMeta*> rulesOf(const FileResult& result) {
  std::vector<const RuleMeta*> rules;
  for (const RuleMeta* rule : builtinRules().rules()) {
    for (const Diagnostic& d : result.diagnostics) {
      if (d.rule == rule) {
        rules.push_back(rule);
        break;
      }
    }
  }
  return rules;
}

void render(Report& report) {
  const std::vector<const RuleMeta*> rules = rulesOf(report.files.front());
  report.rules = rules;
  // Both JSON formats must stay parseable whatever the input held.
  if (!nlohmann::json::accept(renderSarif(report))) std::abort();
  if (!nlohmann::json::accept(renderJson(report))) std::abort();
  std::ostringstream text;
  writeText(text, report, ReportOptions{.unsafeFixes = true});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Engine engine{RuleSelection(builtinRules())};
  const std::string bytes(reinterpret_cast<const char*>(data), size);

  Report report;
  report.workingDirectory = "/work/src";
  report.commandLine = {"platlint", "check", "--format", "sarif", "fuzz input.py"};
  report.files.push_back(engine.analyze("dir/fuzz input.py", bytes));
  render(report);

  // --fix re-analyses each pass; only worth running when there is something to fix.
  const FileResult& first = report.files.front();
  for (const Diagnostic& d : first.diagnostics) {
    if (!d.fix) continue;
    FixOutcome outcome = fixFile(engine, "dir/fuzz input.py", bytes, true);
    Report fixed;
    fixed.files.push_back(std::move(outcome.result));
    render(fixed);
    break;
  }
  return 0;
}
