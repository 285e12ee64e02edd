// The command line: `platlint check`, `platlint config`, `platlint inventory`, `platlint rule`, `platlint version`. Only argument parsing
// lives here; the work is in analyzer/.
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "analyzer/app/check_command.h"
#include "analyzer/app/inventory_command.h"
#include "analyzer/app/config_command.h"
#include "analyzer/app/output_formats.h"
#include "analyzer/base/output_file.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/report/sarif_merge.h"
#include "rules/registry.h"

namespace {

enum class RuleFormat { Text, Markdown, Json };

// `platlint rule`: one rule's documentation, every rule's (--all), or the list of rules.
int printRule(const std::string& id, bool all, RuleFormat format) {
  using namespace platlint;
  if (!id.empty() && all) {
    std::cerr << "platlint: error: give a rule id or --all, not both\n";
    return 2;
  }
  if (id.empty()) {
    if (format == RuleFormat::Json) {
      std::cout << rulesJson(builtinRules().rules());
      return 0;
    }
    bool first = true;
    for (const RuleMeta* r : builtinRules().rules()) {
      if (!all) {
        // One line per rule; scripts/gen-rule-docs.sh reads "ID NAME (LEVEL) SUMMARY".
        std::cout << r->id << "  " << r->name << " (" << levelName(r->level) << ")  " << r->shortDescription;
        if (r->fix != FixAvailability::None) std::cout << "  [fix: " << fixAvailabilityName(r->fix) << ']';
        std::cout << '\n';
        continue;
      }
      if (!first) std::cout << '\n';
      first = false;
      if (format == RuleFormat::Markdown) {
        std::cout << "# " << r->id << " `" << r->name << "`\n\n" << ruleHelpMarkdown(*r);
      } else {
        std::cout << r->id << "  " << r->name << " (" << levelName(r->level) << ")\n\n" << ruleHelpText(*r);
      }
    }
    return 0;
  }
  const RuleMeta* rule = builtinRules().find(id);
  if (!rule) {
    std::cerr << "platlint: error: unknown rule '" << id << "' (see `platlint rule` for the list)\n";
    return 2;
  }
  switch (format) {
    case RuleFormat::Json: std::cout << rulesJson(std::span<const RuleMeta* const>(&rule, 1), true); break;
    case RuleFormat::Markdown: std::cout << ruleHelpMarkdown(*rule); break;
    case RuleFormat::Text: std::cout << ruleHelpText(*rule); break;
  }
  return 0;
}

std::vector<std::string> outputFormatNames() {
  std::vector<std::string> names;
  for (const platlint::Reporter* format : platlint::outputFormats()) names.emplace_back(format->name());
  return names;
}

// "Output format: text (...), json (...) or gerrit (...)"
std::string outputFormatHelp() {
  const std::span<const platlint::Reporter* const> formats = platlint::outputFormats();
  std::string help = "Output format:";
  for (size_t i = 0; i < formats.size(); ++i) {
    help += i == 0 ? " " : i + 1 == formats.size() ? " or " : ", ";
    help += std::string(formats[i]->name()) + " (" + std::string(formats[i]->description()) + ")";
  }
  return help;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace platlint;
  CLI::App app{"platlint: finds Linux-only assumptions in Python code and names the portable alternative"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("platlint ") + PLATLINT_VERSION);

  CheckOptions check;
  for (int i = 0; i < argc; ++i) check.commandLine.emplace_back(argv[i]);
  auto* checkCmd = app.add_subcommand("check", "Analyse Python files and directories");
  checkCmd->add_option("paths", check.paths, "Files or directories to analyse (default: .)");
  checkCmd->add_option_function<std::string>(
              "--format,--output-format", [&check](const std::string& name) { check.format = findOutputFormat(name); },
              outputFormatHelp())
      ->transform(CLI::IsMember(outputFormatNames(), CLI::ignore_case));
  checkCmd->add_option("-o,--output", check.outputPath, "Write the report to FILE (atomically) instead of stdout");
  checkCmd->add_option("--select", check.select, "Only these rules: ids, prefixes (PORT1), names, or ALL")->delimiter(',')->allow_extra_args(false);
  checkCmd->add_option("--ignore", check.ignore, "Skip these rules: ids, prefixes or names")->delimiter(',')->allow_extra_args(false);
  checkCmd->add_option("--exclude", check.exclude, "Skip paths matching GLOB (repeatable)")->allow_extra_args(false);
  checkCmd->add_flag("!--no-respect-gitignore", check.respectGitignore, "Also analyse files that .gitignore excludes");
  checkCmd->add_flag("--follow-symlinks", check.followSymlinks,
                     "Follow symlinks to directories and out of the given directories (default: only links within them)");
  const std::map<std::string, ColorMode> colors{
      {"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}};
  checkCmd->add_option("--color", check.color, "Colour text output: auto (on a terminal), always, never")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case));
  checkCmd->add_flag("--exit-zero", check.ci.exitZero, "Exit 0 even when there are findings");
  checkCmd->add_flag("!--ignore-guards", check.applyGuards,
                     "Also report findings in code that platform checks keep off the affected platforms (audit)");
  std::vector<std::string> targets;
  checkCmd->add_option("--target", targets, "Platforms the code must run on: linux, macos, windows (default: all)")
      ->delimiter(',')->allow_extra_args(false);
  checkCmd->add_flag("--fix", check.fix, "Apply safe fixes to the files, then report the findings that remain");
  checkCmd->add_flag("--unsafe-fixes", check.unsafeFixes,
                     "Also apply unsafe fixes (with --fix or --diff) and count them as fixable");
  checkCmd->add_option("--compile-commands", check.compileCommandsDir,
                       "Directory with compile_commands.json for C/C++ files (default: found in ., build/, or a "
                       "directory argument and its build/)");
  checkCmd->add_option("--c-args", check.cArgs,
                       "Compiler flags for C/C++ files, e.g. --c-args=\"-Iinclude -DNDEBUG\"; enables C/C++ discovery");
  checkCmd->add_flag("--diff", check.diff,
                     "Print the changes --fix would make as a unified diff and write nothing; exit 1 if there are any");
  double fileTimeoutSeconds = 0;
  checkCmd->add_option("--file-timeout", fileTimeoutSeconds,
                       "Skip (with a notice) a file whose analysis takes longer than SECONDS")
      ->check(CLI::PositiveNumber);
  checkCmd->add_option("--extend-select", check.extendSelect, "Enable these rules in addition to the selected ones")
      ->delimiter(',')->allow_extra_args(false);
  checkCmd->add_flag("--report-unused-suppressions", check.reportUnusedSuppressions,
                     "Report suppression comments that suppress nothing (rule PORT901)");
  checkCmd->add_option("--config", check.configPath,
                       "Use this configuration file (pyproject.toml, platlint.toml) for every file");
  checkCmd->add_flag("--isolated", check.isolated, "Ignore all configuration files");

  ConfigShowOptions configShow;
  auto* configCmd = app.add_subcommand("config", "Show the effective configuration");
  configCmd->add_flag("--show", configShow.show, "Print the effective configuration for PATH and where it comes from");
  configCmd->add_option("path", configShow.path, "A file or directory (default: .)");
  configCmd->add_option("--config", configShow.configPath, "Use this configuration file instead of searching");
  configCmd->add_flag("--isolated", configShow.isolated, "Ignore all configuration files");
  configCmd->add_flag("--reference", configShow.reference,
                      "Print the reference of every setting (Markdown, as in docs/configuration.md)");
  checkCmd->add_option("-j,--jobs", check.jobs, "Worker threads (default 0: one per core); output is the same for any number")
      ->check(CLI::NonNegativeNumber);
  checkCmd->add_flag("!--no-cache", check.useCache, "Neither read nor write the result cache");
  checkCmd->add_option("--cache-dir", check.cacheDir, "Result cache directory (default .platlint_cache)");
  checkCmd->add_flag("--profile", check.profile, "Print wall and CPU time per phase and rule family to stderr");
  std::string shard;
  checkCmd->add_option("--shard", shard, "Analyse only shard K of N (by path hash), e.g. 2/4; join logs with merge-sarif");
  checkCmd->add_flag("--parse-only", check.parseOnly, "Only read, decode and parse (a benchmark's floor); no findings")
      ->group("");

  checkCmd->add_option("--baseline", check.ci.baselinePath,
                       "Report only findings that the baseline FILE does not have, and list its fixed ones")
      ->allow_extra_args(false);
  checkCmd->add_option("--write-baseline", check.ci.writeBaselinePath,
                       "Record the current findings in the baseline FILE (and exit 0)")
      ->allow_extra_args(false);
  checkCmd->add_option("--diff-base,--changed-since", check.ci.diffBase,
                       "Review mode: only files changed since the merge base of REF and HEAD, and only "
                       "findings on added or modified lines")
      ->allow_extra_args(false);
  const std::map<std::string, Level> levels{{"note", Level::Note}, {"warning", Level::Warning}, {"error", Level::Error}};
  checkCmd->add_option("--fail-on", check.ci.failOn,
                       "Exit 1 only for findings at or above this level: note (default), warning, error")
      ->transform(CLI::CheckedTransformer(levels, CLI::ignore_case));
  checkCmd->add_flag("--statistics", check.statistics, "Print the number of findings per rule instead of the findings");
  checkCmd->add_option("--sarif-category", check.sarifCategory,
                       "SARIF runAutomationDetails.id category for GitHub code scanning (default: platlint)")
      ->allow_extra_args(false);
  checkCmd->add_option("--doc-path", check.docPaths,
                       "Also count FILE or DIR as documentation of environment variables (PORT390; repeatable)")
      ->allow_extra_args(false);

  std::string ruleId;
  bool markdown = false;
  bool allRuleDocs = false;
  RuleFormat ruleFormat = RuleFormat::Text;
  auto* ruleCmd = app.add_subcommand("rule", "Explain a rule (or list all rules without an id)");
  ruleCmd->add_option("id", ruleId, "Rule id or name, e.g. PORT101 or proc-mounts");
  ruleCmd->add_flag("--all", allRuleDocs, "Print the documentation of every rule");
  const std::map<std::string, RuleFormat> ruleFormats{
      {"text", RuleFormat::Text}, {"markdown", RuleFormat::Markdown}, {"json", RuleFormat::Json}};
  ruleCmd->add_option("--format", ruleFormat, "Output format: text, markdown or json (the rule metadata)")
      ->transform(CLI::CheckedTransformer(ruleFormats, CLI::ignore_case));
  ruleCmd->add_flag("--markdown", markdown, "Print the documentation as Markdown (--format markdown)");

  InventoryOptions inventory;
  auto* inventoryCmd = app.add_subcommand(
      "inventory", "List the environment variables, kernel files, paths, programs and platform-only APIs the code uses");
  inventoryCmd->add_option("paths", inventory.paths, "Files or directories to analyse (default: .)");
  const std::map<std::string, InventoryFormat> inventoryFormats{
      {"text", InventoryFormat::Text}, {"markdown", InventoryFormat::Markdown}, {"json", InventoryFormat::Json}};
  inventoryCmd->add_option("--format", inventory.format, "Output format: text, markdown or json")
      ->transform(CLI::CheckedTransformer(inventoryFormats, CLI::ignore_case));
  inventoryCmd->add_option("-o,--output", inventory.outputPath, "Write the inventory to FILE (atomically)");
  inventoryCmd->add_option("--exclude", inventory.exclude, "Skip paths matching GLOB (repeatable)")->allow_extra_args(false);
  inventoryCmd->add_flag("!--no-respect-gitignore", inventory.respectGitignore, "Also analyse files that .gitignore excludes");
  inventoryCmd->add_option("--doc-path", inventory.docPaths, "Also count FILE or DIR as documentation (repeatable)")
      ->allow_extra_args(false);
  inventoryCmd->add_option("-j,--jobs", inventory.jobs, "Analyse with N threads (default: one per core)");
  std::string mergeOutput;
  std::vector<std::string> mergeInputs;
  auto* mergeCmd = app.add_subcommand("merge-sarif", "Join the SARIF logs of --shard runs into one log");
  mergeCmd->add_option("output", mergeOutput, "The merged log to write (atomically)")->required();
  mergeCmd->add_option("inputs", mergeInputs, "The shards' logs")->required();

  auto* versionCmd = app.add_subcommand("version", "Print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 uses exit code 0 for --help/--version; every real usage error becomes 2.
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    if (*checkCmd) {
      try {
        check.targets = parseTargets(targets);
        if (fileTimeoutSeconds > 0) {
          check.fileTimeout = std::chrono::milliseconds(static_cast<long long>(fileTimeoutSeconds * 1000.0 + 0.5));
        }
        check.targetsGiven = !targets.empty();
        if (!shard.empty()) check.shard = parseShard(shard);
      } catch (const std::invalid_argument& e) {
        std::cerr << "platlint: error: " << e.what() << '\n';
        return 2;
      }
      return runCheck(builtinRules(), check);
    }
    if (*inventoryCmd) return runInventory(builtinRules(), inventory);
    if (*configCmd) return runConfigShow(builtinRules(), configShow);
    if (*ruleCmd) return printRule(ruleId, allRuleDocs, markdown ? RuleFormat::Markdown : ruleFormat);
    if (*mergeCmd) {
      try {
        writeFileAtomically(mergeOutput, mergeSarifLogs(mergeInputs));
      } catch (const std::runtime_error& e) {
        std::cerr << "platlint: error: " << e.what() << '\n';
        return 2;
      }
      return 0;
    }
    if (*versionCmd) {
      std::cout << "platlint " << PLATLINT_VERSION << '\n';
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << "platlint: internal error: " << e.what() << '\n';
    return 2;
  }
  return 2;
}
