#include "analyzer/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "analyzer/config_resolver.h"
#include "analyzer/discovery.h"
#include "analyzer/engine.h"
#include "analyzer/fixer.h"
#include "analyzer/json_reporter.h"
#include "analyzer/output_file.h"
#include "analyzer/report.h"
#include "analyzer/sarif_writer.h"
#include "analyzer/suppressions.h"
#include "analyzer/text_reporter.h"
#include "analyzer/unified_diff.h"
#include "rules/registry.h"

namespace platlint {
namespace {

// The file's bytes, or nullopt with a notice in `unreadable`.
std::optional<std::string> readFile(const std::string& path, FileResult& unreadable) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad()) {
    unreadable.path = path;
    std::error_code ec(errno, std::generic_category());
    unreadable.notices.push_back({FileNotice::Kind::Unreadable, Level::Error, "cannot read file: " + ec.message(), {0, 0}});
    return std::nullopt;
  }
  return std::move(bytes).str();
}

bool hasFix(const FileResult& r) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic& d) { return d.fix.has_value(); });
}

void printNoticesToStderr(const Report& report) {
  for (const std::string& n : report.runNotices) std::cerr << "platlint: " << n << '\n';
  for (const FileResult& f : report.files) {
    for (const FileNotice& n : f.notices) {
      std::cerr << "platlint: " << f.path;
      if (n.position.line > 0) std::cerr << ':' << n.position.line << ':' << n.position.column;
      std::cerr << ": " << n.message << '\n';
    }
  }
}

CommandLineSettings commandLineSettings(const CheckOptions& options) {
  CommandLineSettings cli;
  if (!options.select.empty()) cli.select = options.select;
  cli.extendSelect = options.extendSelect;
  if (options.reportUnusedSuppressions) cli.extendSelect.emplace_back("PORT901");
  cli.ignore = options.ignore;
  if (options.targetsGiven) cli.targets = options.targets;
  cli.applyGuards = options.applyGuards;
  cli.configFile = options.configPath;
  cli.isolated = options.isolated;
  cli.excludeGiven = !options.exclude.empty();
  RuleSelection({SelectorLayer{cli.select, cli.extendSelect, cli.ignore}});  // throws for an unknown selector
  return cli;
}

// Each file's settings, in the order of `files`; false (after printing why) on a configuration error.
bool settingsOfFiles(ConfigResolver& resolver, const std::vector<std::string>& files,
                     std::vector<std::shared_ptr<const FileSettings>>& out) {
  std::vector<std::string> errors = resolver.errors();
  try {
    for (const std::string& path : files) out.push_back(resolver.resolve(path).settings);
  } catch (const ConfigError& e) {
    errors.emplace_back(e.what());
  }
  for (const std::string& e : errors) std::cerr << "platlint: error: " << e << '\n';
  return errors.empty();
}

}  // namespace

PlatformSet parseTargets(const std::vector<std::string>& names) {
  PlatformSet targets;
  for (const std::string& n : names) {
    const std::optional<PlatformSet> p = platformNamed(n);
    if (!p) throw std::invalid_argument("unknown target platform '" + n + "' (expected linux, macos, windows or all)");
    targets = targets | *p;
  }
  return targets.empty() ? PlatformSet::all() : targets;
}

int runCheck(const CheckOptions& options) {
  std::optional<ConfigResolver> resolver;
  try {
    resolver.emplace(commandLineSettings(options));
  } catch (const std::exception& e) {  // a bad selector or --config file
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }

  DiscoveryOptions discovery;
  discovery.excludeGlobs = options.exclude;
  discovery.respectGitignore = options.respectGitignore;
  discovery.excludedByConfiguration = [&](const std::string& path) { return resolver->excluded(path); };
  const DiscoveredFiles found = discoverFiles(options.paths.empty() ? std::vector<std::string>{"."} : options.paths, discovery);
  std::vector<std::shared_ptr<const FileSettings>> settings;
  if (!settingsOfFiles(*resolver, found.files, settings)) return 2;

  Report report;
  report.rules = allRules();
  report.workingDirectory = std::filesystem::current_path().string();
  report.commandLine = options.commandLine;
  report.runNotices = found.problems;

  Engine engine;
  report.files.reserve(found.files.size());
  // Bytes of the files whose findings carry fixes, to place the fixes for the reporters.
  std::vector<std::pair<size_t, std::string>> fixSources;
  std::string diff;
  size_t fixed = 0;
  bool writeFailed = false;
  for (const std::string& path : found.files) {
    const FileSettings& fileSettings = *settings[report.files.size()];
    FileResult unreadable;
    std::optional<std::string> bytes = readFile(path, unreadable);
    if (!bytes) {
      report.files.push_back(std::move(unreadable));
      continue;
    }
    if (!options.fix && !options.diff) {
      report.files.push_back(engine.analyze(path, *bytes, fileSettings));
      if (hasFix(report.files.back())) fixSources.emplace_back(report.files.size() - 1, std::move(*bytes));
      continue;
    }
    FixOutcome outcome = fixFile(engine, fileSettings, path, *bytes, options.unsafeFixes);
    for (const std::string& problem : outcome.problems) std::cerr << "platlint: " << path << ": warning: " << problem << '\n';
    if (options.diff) {
      diff += unifiedDiff(outcome.originalText, outcome.fixedText, path);
    } else if (outcome.changed()) {
      try {
        writeFileAtomically(path, outcome.fixedBytes);
      } catch (const std::exception& e) {
        std::cerr << "platlint: error: " << e.what() << '\n';
        writeFailed = true;
        // The file keeps its findings.
        outcome.result = engine.analyze(path, *bytes, fileSettings);
        outcome.fixedBytes = std::move(*bytes);
        outcome.fixesApplied = 0;
      }
    }
    fixed += outcome.fixesApplied;
    report.files.push_back(std::move(outcome.result));
    if (hasFix(report.files.back())) fixSources.emplace_back(report.files.size() - 1, std::move(outcome.fixedBytes));
  }

  // Suppressions are applied once every finding of every file exists.
  for (size_t i = 0; i < report.files.size(); ++i) applySuppressions(report.files[i], *settings[i]);

  if (options.diff) {
    printNoticesToStderr(report);
    std::cerr << "platlint: " << (fixed == 0 ? std::string("no fixes to apply")
                                             : "would fix " + std::to_string(fixed) + (fixed == 1 ? " finding" : " findings"))
              << '\n';
    if (options.outputPath.empty()) {
      std::cout << diff << std::flush;
    } else {
      try {
        writeFileAtomically(options.outputPath, diff);
      } catch (const std::exception& e) {
        std::cerr << "platlint: error: " << e.what() << '\n';
        return 2;
      }
    }
    if (!found.problems.empty()) return 2;
    return diff.empty() || options.exitZero ? 0 : 1;
  }

  FixPlacements placements;
  if (options.format != OutputFormat::Text) {
    for (const auto& [index, bytes] : fixSources) placeFixes(report.files[index], bytes, placements);
  }

  std::string rendered;
  if (options.format == OutputFormat::Json) {
    rendered = renderJson(report, &placements);
  } else if (options.format == OutputFormat::Sarif) {
    rendered = renderSarif(report, &placements);
  } else {
    const bool toTerminal = options.outputPath.empty() && isatty(STDOUT_FILENO);
    const bool color = options.color == ColorMode::Always || (options.color == ColorMode::Auto && toTerminal &&
                                                              std::getenv("NO_COLOR") == nullptr);
    std::ostringstream text;
    writeText(text, report, TextOptions{color, options.unsafeFixes, fixed});
    rendered = std::move(text).str();
  }
  if (options.format != OutputFormat::Text || !options.outputPath.empty()) printNoticesToStderr(report);

  if (options.outputPath.empty()) {
    std::cout << rendered << std::flush;
    if (!std::cout) {
      std::cerr << "platlint: error: cannot write to standard output\n";
      return 2;
    }
  } else {
    try {
      writeFileAtomically(options.outputPath, rendered);
    } catch (const std::exception& e) {
      std::cerr << "platlint: error: " << e.what() << '\n';
      return 2;
    }
  }
  if (!found.problems.empty() || writeFailed) return 2;
  return report.diagnosticCount() > 0 && !options.exitZero ? 1 : 0;
}

}  // namespace platlint
