// The command line: `platlint check`, `platlint config`, `platlint inventory`, `platlint rule`, `platlint server`, `platlint version`. Only argument parsing
// lives here; the work is in analyzer/.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/app/check_command.h"
#include "analyzer/app/inventory_command.h"
#include "analyzer/app/server_command.h"
#include "analyzer/app/config_command.h"
#include "analyzer/app/output_formats.h"
#include "analyzer/base/output_file.h"
#include "analyzer/base/spelling.h"
#include "analyzer/base/text_case.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/workspace/config_file.h"
#include "analyzer/report/sarif_merge.h"
#include "rules/registry.h"

namespace {

enum class RuleFormat { Text, Markdown, Json };

// A rule by id or name, in any case (`rule port101`, `rule Proc-Mounts`).
const platlint::RuleMeta* findRule(const std::string& idOrName) {
  const std::string wanted = platlint::toLower(idOrName);
  for (const platlint::RuleMeta* r : platlint::builtinRules().rules()) {
    if (platlint::toLower(r->id) == wanted || platlint::toLower(r->name) == wanted) return r;
  }
  return nullptr;
}

// One rule's documentation under a heading with its id and name.
void printRuleDoc(const platlint::RuleMeta& rule, RuleFormat format) {
  using namespace platlint;
  const RuleMeta* const one = &rule;
  switch (format) {
    case RuleFormat::Json: std::cout << rulesJson(std::span<const RuleMeta* const>(&one, 1), true); break;
    case RuleFormat::Markdown: std::cout << "# " << rule.id << " `" << rule.name << "`\n\n" << ruleHelpMarkdown(rule); break;
    case RuleFormat::Text:
      std::cout << rule.id << "  " << rule.name << " (" << levelName(rule.level) << ")\n\n" << ruleHelpText(rule);
      break;
  }
}

// The list of rules: one line each, or a Markdown table.
void printRuleList(RuleFormat format) {
  using namespace platlint;
  if (format == RuleFormat::Markdown) std::cout << "| id | name | level | summary |\n|---|---|---|---|\n";
  for (const RuleMeta* r : builtinRules().rules()) {
    if (format == RuleFormat::Markdown) {
      std::cout << "| " << r->id << " | `" << r->name << "` | " << levelName(r->level) << " | " << r->shortDescription
                << " |\n";
      continue;
    }
    std::cout << r->id << "  " << r->name << " (" << levelName(r->level) << ")  " << r->shortDescription;
    if (r->fix != FixAvailability::None) std::cout << "  [fix: " << fixAvailabilityName(r->fix) << ']';
    std::cout << '\n';
  }
}

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
    } else if (!all) {
      printRuleList(format);
    } else {
      bool first = true;
      for (const RuleMeta* r : builtinRules().rules()) {
        if (!first) std::cout << '\n';
        first = false;
        printRuleDoc(*r, format);
      }
    }
    return 0;
  }
  const RuleMeta* rule = findRule(id);
  if (!rule) {
    std::vector<std::string> known;
    for (const RuleMeta* r : builtinRules().rules()) {
      known.emplace_back(r->id);
      known.emplace_back(r->name);
    }
    const std::optional<std::string> near = closestSpelling(id, known);
    std::cerr << "platlint: error: unknown rule '" << id << "'"
              << (near ? " (did you mean " + *near + "?)" : std::string()) << "; `platlint rule` lists the rules\n";
    return 2;
  }
  printRuleDoc(*rule, format);
  return 0;
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

// "a, b or c"
std::string alternatives(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

// Help that shows what an option takes, not how the argument library stores it: "--format FORMAT"
// rather than "--format ENUM:value in {gerrit->4,...}", "--no-cache" rather than "--no-cache{false}".
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_name(const CLI::Option* opt, bool positional) const override {
    std::string name = CLI::Formatter::make_option_name(opt, positional);
    for (size_t open; (open = name.find('{')) != std::string::npos;) {
      const size_t close = name.find('}', open);
      name.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    return name;
  }
  // Every option that takes a value names it with option_text (valueName below); flags show nothing.
  std::string make_option_opts(const CLI::Option* opt) const override {
    return opt->get_option_text().empty() ? std::string() : " " + opt->get_option_text();
  }
};

// Validators whose messages name the option and what it accepts; the library's own say
// "Value -1 not in range 0.000000 to 1797693134862315...".
CLI::Validator humanCheck(std::function<std::string(const std::string&)> check) {
  return CLI::Validator(std::move(check), "");
}

CLI::Validator oneOf(std::string option, std::vector<std::string> names) {
  return humanCheck([option = std::move(option), names = std::move(names)](const std::string& value) {
    const std::string lowered = platlint::toLower(value);
    if (std::find(names.begin(), names.end(), lowered) != names.end()) return std::string();
    return option + " must be " + alternatives(names) + ", not '" + value + "'";
  });
}

CLI::Validator wholeNumber(std::string option, std::string accepted, bool zeroAllowed) {
  return humanCheck([option = std::move(option), accepted = std::move(accepted), zeroAllowed](const std::string& value) {
    unsigned long long n = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    const bool ok = error == std::errc() && end == value.data() + value.size() && !value.empty() &&
                    n <= 100000 && (zeroAllowed || n > 0);
    return ok ? std::string() : option + " must be " + accepted + ", not '" + value + "'";
  });
}

CLI::Validator positiveSeconds(std::string option) {
  return humanCheck([option = std::move(option)](const std::string& value) {
    char* end = nullptr;
    const double seconds = std::strtod(value.c_str(), &end);
    const bool ok = !value.empty() && end == value.c_str() + value.size() && seconds > 0 && seconds < 1e7;
    return ok ? std::string() : option + " must be a positive number of seconds, not '" + value + "'";
  });
}

CLI::Validator nonNegativeMegabytes(std::string option) {
  return humanCheck([option = std::move(option)](const std::string& value) {
    char* end = nullptr;
    const double megabytes = std::strtod(value.c_str(), &end);
    const bool ok = !value.empty() && end == value.c_str() + value.size() && megabytes >= 0 && megabytes < 1e7;
    return ok ? std::string() : option + " must be a number of megabytes (0: no limit), not '" + value + "'";
  });
}

// An option whose value is one of `choices` (any case), handed to `set` as the choice's value.
template <typename T>
CLI::Option* addChoice(CLI::App* command, const std::string& names, const std::string& shownName,
                       const std::string& valueName, std::vector<std::pair<std::string, T>> choices, std::function<void(T)> set,
                       const std::string& help) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : choices) keys.push_back(key);
  return command
      ->add_option_function<std::string>(
          names,
          [choices, set](const std::string& value) {
            const std::string lowered = platlint::toLower(value);
            for (const auto& [key, choice] : choices) {
              if (key == lowered) set(choice);
            }
          },
          help)
      ->check(oneOf(shownName, keys))
      ->option_text(valueName);
}

// A list option: comma-separated values, repeatable, and never the paths that follow it.
template <typename T>
CLI::Option* addList(CLI::App* command, const std::string& names, T& values, const std::string& help,
                     const std::string& valueName) {
  return command->add_option(names, values, help)->delimiter(',')->allow_extra_args(false)->option_text(valueName);
}

// An option taking one value (repeatable ones collect each use); never the paths that follow it.
template <typename T>
CLI::Option* addValue(CLI::App* command, const std::string& names, T& value, const std::string& help,
                      const std::string& valueName) {
  return command->add_option(names, value, help)->allow_extra_args(false)->option_text(valueName);
}

// The long and short names of every option of `command`, as typed ("--select", "-o").
std::vector<std::string> optionNames(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : command.get_options()) {
    for (const std::string& n : opt->get_lnames()) names.push_back("--" + n);
    for (const std::string& n : opt->get_snames()) names.push_back("-" + n);
  }
  return names;
}

std::vector<std::string> commandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates) {
  const std::optional<std::string> near = platlint::closestSpelling(word, candidates);
  return near ? " (did you mean " + *near + "?)" : std::string();
}

// The command the user named (the first word that is not an option), or null.
const char* commandWord(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] != '-') return argv[i];
  }
  return nullptr;
}

// A usage error as a sentence for people, with a suggestion when a name is mistyped.
void explainUsageError(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  const std::string what = e.what();
  const std::vector<std::string> commands = commandNames(app);
  const char* word = commandWord(argc, argv);
  if (!word || std::find(commands.begin(), commands.end(), word) == commands.end()) {
    if (word) {
      std::cerr << "platlint: error: unknown command '" << word << "'" << didYouMean(word, commands) << '\n';
    } else {
      std::cerr << "platlint: error: no command given\n";
    }
    std::cerr << "platlint: the commands are " << alternatives(commands) << "; `platlint --help` explains them\n";
    return;
  }
  const CLI::App& command = *app.get_subcommand(word);
  const std::string help = "`platlint " + std::string(word) + " --help`";
  // By type: CLI11 names some errors after the subcommand (get_name() is "check" for extras there).
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    // "The following argument(s) was/were not expected: A B"
    const size_t colon = what.find(": ");
    std::istringstream extras(colon == std::string::npos ? std::string() : what.substr(colon + 2));
    for (std::string extra; extras >> extra;) {
      if (extra.starts_with('-')) {
        const std::string option = extra.substr(0, extra.find('='));
        std::cerr << "platlint: error: unknown option " << option << didYouMean(option, optionNames(command)) << '\n';
      } else {
        std::cerr << "platlint: error: unexpected argument '" << extra << "'\n";
      }
    }
  } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    // "--jobs: --jobs must be ...": the validators' messages are whole sentences.
    const size_t colon = what.find(": ");
    std::cerr << "platlint: error: " << (colon == std::string::npos ? what : what.substr(colon + 2)) << '\n';
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    std::cerr << "platlint: error: " << what.substr(0, what.find(':')) << " needs a value\n";
  } else if (dynamic_cast<const CLI::RequiredError*>(&e) && what.ends_with(" is required")) {
    // "inputs is required": a missing positional argument, named as the usage line names it.
    const std::string helpText = command.help();
    const size_t usage = helpText.find("Usage: ");
    std::cerr << "platlint: error: " << word << " needs " << what.substr(0, what.size() - 12);
    if (usage != std::string::npos) {
      const std::string line = helpText.substr(usage + 7, helpText.find('\n', usage) - usage - 7);
      std::cerr << " (usage: " << (line.starts_with("platlint ") ? "" : "platlint ") << line << ')';
    }
    std::cerr << '\n';
  } else {
    std::cerr << "platlint: error: " << what << '\n';
  }
  std::cerr << "platlint: " << help << " lists the options\n";
}

// After a failed check: a "path" that does not exist but names a platform or a rule was most
// likely meant as a second value of --target or --select, which take comma-separated lists.
void hintListValues(const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) continue;
    if (platlint::platformNamed(path)) {
      std::cerr << "platlint: '" << path << "' is a platform, not a path: list several targets with commas, e.g. "
                << "--target linux,macos\n";
    } else if (platlint::toLower(path).starts_with("port")) {
      std::cerr << "platlint: '" << path << "' looks like a rule, not a path: list several rules with commas, e.g. "
                << "--select PORT1,PORT2\n";
    }
  }
}

}  // namespace

// The arguments in the reversed order CLI11's parse(vector) takes, with `--name=` (an empty value)
// split into `--name` and `""`: CLI11 would otherwise take the next argument as the value, so
// `check --c-args= x.c` compiled `x.c` as a flag and analysed the working directory.
std::vector<std::string> argumentsForParsing(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = argc - 1; i >= 1; --i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--") && arg.size() > 3 && arg.ends_with('=') && arg.find('=') == arg.size() - 1) {
      args.emplace_back();
      args.emplace_back(arg.substr(0, arg.size() - 1));
    } else {
      args.emplace_back(arg);
    }
  }
  return args;
}

int main(int argc, char** argv) {
  using namespace platlint;
  // Named, so that usage lines say "platlint check", not the path the binary was started by.
  CLI::App app{"platlint: finds Linux-only assumptions in Python code and names the portable alternative", "platlint"};
  app.formatter(std::make_shared<HelpFormatter>());  // before the subcommands, which copy it
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("platlint ") + PLATLINT_VERSION);

  CheckOptions check;
  for (int i = 0; i < argc; ++i) check.commandLine.emplace_back(argv[i]);
  auto* checkCmd = app.add_subcommand("check", "Analyse Python files and directories");
  checkCmd->add_option("paths", check.paths, "Files or directories to analyse (default: .; '-': standard input)")
      ->option_text("PATH...");
  std::vector<std::pair<std::string, const Reporter*>> formats;
  for (const Reporter* format : outputFormats()) formats.emplace_back(std::string(format->name()), format);
  addChoice<const Reporter*>(checkCmd, "--format,--output-format", "--format", "FORMAT", formats,
                             [&check](const Reporter* format) { check.format = format; }, outputFormatHelp());
  addValue(checkCmd, "-o,--output", check.outputPath, "Write the report to FILE (atomically) instead of stdout", "FILE");
  addList(checkCmd, "--select", check.select,
          "Only these rules, comma-separated (repeatable): ids, prefixes (PORT1), names, or ALL", "RULES");
  addList(checkCmd, "--ignore", check.ignore, "Skip these rules, comma-separated (repeatable): ids, prefixes or names",
          "RULES");
  addValue(checkCmd, "--exclude", check.exclude, "Skip paths matching GLOB (repeatable)", "GLOB");
  checkCmd->add_flag("!--no-respect-gitignore", check.respectGitignore, "Also analyse files that .gitignore excludes");
  checkCmd->add_flag("--follow-symlinks", check.followSymlinks,
                     "Follow symlinks to directories and out of the given directories (default: only links within them)");
  addChoice<ColorMode>(checkCmd, "--color", "--color", "WHEN",
                       {{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}},
                       [&check](ColorMode mode) { check.color = mode; },
                       "Colour text output: auto (on a terminal), always, never");
  checkCmd->add_flag("--exit-zero", check.ci.exitZero, "Exit 0 even when there are findings");
  checkCmd->add_flag("--fail-on-empty", check.failOnEmpty,
                     "Exit 2 when the paths hold no file to analyse (for CI: a mistyped path fails the job)");
  checkCmd->add_flag("!--ignore-guards", check.applyGuards,
                     "Also report findings in code that platform checks keep off the affected platforms (audit)");
  std::vector<std::string> targets;
  addList(checkCmd, "--target", targets,
          "Platforms the code must run on, comma-separated (repeatable): linux, macos, windows (default: all)",
          "PLATFORMS");
  checkCmd->add_flag("--fix", check.fix, "Apply safe fixes to the files, then report the findings that remain");
  checkCmd->add_flag("--unsafe-fixes", check.unsafeFixes,
                     "Also apply unsafe fixes (with --fix or --diff) and count them as fixable");
  addValue(checkCmd, "--compile-commands", check.compileCommandsDir,
           "Directory with compile_commands.json for C/C++ files (default: found in ., build/, or a "
           "directory argument and its build/)",
           "DIR");
  addValue(checkCmd, "--c-args", check.cArgs,
           "Compiler flags for C/C++ files, e.g. --c-args=\"-Iinclude -DNDEBUG\"; enables C/C++ discovery", "FLAGS");
  checkCmd->add_flag("--diff", check.diff,
                     "Print the changes --fix would make as a unified diff and write nothing; exit 1 if there are any");
  double fileTimeoutSeconds = 0;
  addValue(checkCmd, "--file-timeout", fileTimeoutSeconds,
           "Skip (with a notice) a file whose analysis takes longer than SECONDS", "SECONDS")
      ->check(positiveSeconds("--file-timeout"));
  double maxFileMegabytes = static_cast<double>(kDefaultMaxFileBytes) / 1e6;
  addValue(checkCmd, "--max-file-size", maxFileMegabytes,
           "Skip (with a notice) files larger than MB megabytes, almost always generated code (default: 5; 0: no "
           "limit)",
           "MB")
      ->check(nonNegativeMegabytes("--max-file-size"));
  addList(checkCmd, "--extend-select", check.extendSelect,
          "Enable these rules in addition to the selected ones, comma-separated (repeatable)", "RULES");
  checkCmd->add_flag("--report-unused-suppressions", check.reportUnusedSuppressions,
                     "Report suppression comments that suppress nothing (rule PORT901)");
  addValue(checkCmd, "--config", check.configPath,
           "Use this configuration file (pyproject.toml, platlint.toml) for every file", "FILE");
  checkCmd->add_flag("--isolated", check.isolated, "Ignore all configuration files");
  addValue(checkCmd, "--stdin-filename", check.stdinFilename,
           "Analyse standard input (path '-') as the file PATH: its configuration, ignores and excludes; with "
           "--fix the fixed text goes to stdout, the report to stderr",
           "PATH");

  ConfigShowOptions configShow;
  auto* configCmd = app.add_subcommand("config", "Show the effective configuration");
  configCmd->add_flag("--show", configShow.show, "Print the effective configuration for PATH and where it comes from");
  configCmd->add_option("path", configShow.path, "A file or directory (default: .)")->option_text("PATH");
  addValue(configCmd, "--config", configShow.configPath, "Use this configuration file instead of searching", "FILE");
  configCmd->add_flag("--isolated", configShow.isolated, "Ignore all configuration files");
  configCmd->add_flag("--reference", configShow.reference,
                      "Print the reference of every setting (Markdown, as in docs/configuration.md)");
  addValue(checkCmd, "-j,--jobs", check.jobs, "Worker threads (default 0: one per core); output is the same for any number",
           "N")
      ->check(wholeNumber("--jobs", "0 (all cores) or a positive whole number", true));
  checkCmd->add_flag("!--no-cache", check.useCache, "Neither read nor write the result cache");
  addValue(checkCmd, "--cache-dir", check.cacheDir, "Result cache directory (default .platlint_cache)", "DIR");
  checkCmd->add_flag("--profile", check.profile, "Print wall and CPU time per phase and rule family to stderr");
  std::string shard;
  addValue(checkCmd, "--shard", shard, "Analyse only shard K of N (by path hash), e.g. 2/4; join logs with merge-sarif",
           "K/N");
  checkCmd->add_flag("--parse-only", check.parseOnly, "Only read, decode and parse (a benchmark's floor); no findings")
      ->group("");

  addValue(checkCmd, "--baseline", check.ci.baselinePath,
           "Report only findings that the baseline FILE does not have, and list its fixed ones", "FILE");
  addValue(checkCmd, "--write-baseline", check.ci.writeBaselinePath,
           "Record the current findings in the baseline FILE (and exit 0)", "FILE");
  addValue(checkCmd, "--diff-base,--changed-since", check.ci.diffBase,
           "Review mode: only files changed since the merge base of REF and HEAD, and only "
           "findings on added or modified lines",
           "REF");
  addChoice<Level>(checkCmd, "--fail-on", "--fail-on", "LEVEL",
                   {{"note", Level::Note}, {"warning", Level::Warning}, {"error", Level::Error}},
                   [&check](Level level) { check.ci.failOn = level; },
                   "Exit 1 only for findings at or above this level: note (default), warning, error");
  auto* statisticsFlag =
      checkCmd->add_flag("--statistics", check.statistics, "Print the number of findings per rule instead of the findings");
  checkCmd
      ->add_flag("--suggest-targets", check.suggestTargets,
                 "Instead of the findings, list the components that look Linux-only by design and the per-file-target "
                 "entries that would declare them, to review")
      ->excludes(statisticsFlag);
  addValue(checkCmd, "--sarif-category", check.sarifCategory,
           "SARIF runAutomationDetails.id category for GitHub code scanning (default: platlint)", "CATEGORY");
  addValue(checkCmd, "--doc-path", check.docPaths,
           "Also count FILE or DIR as documentation of environment variables (PORT390; repeatable)", "PATH");

  std::string ruleId;
  bool markdown = false;
  bool allRuleDocs = false;
  RuleFormat ruleFormat = RuleFormat::Text;
  auto* ruleCmd = app.add_subcommand("rule", "Explain a rule (or list all rules without an id)");
  ruleCmd->add_option("id", ruleId, "Rule id or name in any case, e.g. PORT101 or proc-mounts")->option_text("RULE");
  ruleCmd->add_flag("--all", allRuleDocs, "Print the documentation of every rule");
  addChoice<RuleFormat>(ruleCmd, "--format", "--format", "FORMAT",
                        {{"text", RuleFormat::Text}, {"markdown", RuleFormat::Markdown}, {"json", RuleFormat::Json}},
                        [&ruleFormat](RuleFormat format) { ruleFormat = format; },
                        "Output format: text, markdown or json (the rule metadata); also for the list of rules");
  ruleCmd->add_flag("--markdown", markdown, "Print the documentation as Markdown (--format markdown)");

  InventoryOptions inventory;
  auto* inventoryCmd = app.add_subcommand(
      "inventory", "List the environment variables, kernel files, paths, programs and platform-only APIs the code uses");
  inventoryCmd->add_option("paths", inventory.paths, "Files or directories to analyse (default: .; '-': standard input)")
      ->option_text("PATH...");
  addChoice<InventoryFormat>(
      inventoryCmd, "--format", "--format", "FORMAT",
      {{"text", InventoryFormat::Text}, {"markdown", InventoryFormat::Markdown}, {"json", InventoryFormat::Json}, {"html", InventoryFormat::Html}},
      [&inventory](InventoryFormat format) { inventory.format = format; }, "Output format: text, markdown, json or html");
  addValue(inventoryCmd, "-o,--output", inventory.outputPath, "Write the inventory to FILE (atomically)", "FILE");
  addValue(inventoryCmd, "--exclude", inventory.exclude, "Skip paths matching GLOB (repeatable)", "GLOB");
  inventoryCmd->add_flag("!--no-respect-gitignore", inventory.respectGitignore, "Also analyse files that .gitignore excludes");
  inventoryCmd->add_flag("--fail-on-empty", inventory.failOnEmpty, "Exit 2 when the paths hold no file to analyse");
  addValue(inventoryCmd, "--doc-path", inventory.docPaths, "Also count FILE or DIR as documentation (repeatable)", "PATH");
  addValue(inventoryCmd, "--stdin-filename", inventory.stdinFilename,
           "Analyse standard input (path '-') as the file PATH, with its configuration and excludes", "PATH");
  addValue(inventoryCmd, "-j,--jobs", inventory.jobs, "Analyse with N threads (default: one per core)", "N")
      ->check(wholeNumber("--jobs", "0 (all cores) or a positive whole number", true));
  std::string mergeOutput;
  std::vector<std::string> mergeInputs;
  auto* mergeCmd = app.add_subcommand("merge-sarif", "Join the SARIF logs of --shard runs into one log");
  mergeCmd->add_option("output", mergeOutput, "The merged log to write (atomically)")->required()->option_text("FILE");
  mergeCmd->add_option("inputs", mergeInputs, "The shards' logs")->required()->option_text("FILE...");

  auto* serverCmd = app.add_subcommand(
      "server", "Run the language server (LSP on stdin/stdout) for editors: live diagnostics, quick fixes, hover");
  auto* versionCmd = app.add_subcommand("version", "Print the version");

  try {
    app.parse(argumentsForParsing(argc, argv));
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    explainUsageError(app, e, argc, argv);
    return 2;
  }
  try {
    if (*checkCmd) {
      try {
        check.targets = parseTargets(targets);
        if (fileTimeoutSeconds > 0) {
          check.fileTimeout = std::chrono::milliseconds(static_cast<long long>(fileTimeoutSeconds * 1000.0 + 0.5));
        }
        check.targetsGiven = !targets.empty();
        check.maxFileBytes = static_cast<uint64_t>(maxFileMegabytes * 1e6 + 0.5);
        if (!shard.empty()) check.shard = parseShard(shard);
      } catch (const std::invalid_argument& e) {
        std::cerr << "platlint: error: " << e.what() << '\n';
        return 2;
      }
      const int status = runCheck(builtinRules(), check);
      if (status == 2) hintListValues(check.paths);
      return status;
    }
    if (*inventoryCmd) return runInventory(builtinRules(), inventory);
    if (*configCmd) return runConfigShow(builtinRules(), configShow);
    if (*serverCmd) return runServer(builtinRules());
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
