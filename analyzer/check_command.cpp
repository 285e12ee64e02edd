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

#include "analyzer/cancellation.h"
#include "analyzer/discovery.h"
#include "analyzer/engine.h"
#include "analyzer/fixer.h"
#include "analyzer/json_reporter.h"
#include "analyzer/line_safe.h"
#include "analyzer/output_file.h"
#include "analyzer/report.h"
#include "analyzer/sarif_writer.h"
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
  for (const std::string& n : report.runNotices) std::cerr << "platlint: " << lineSafeText(n) << '\n';
  for (const FileResult& f : report.files) {
    for (const FileNotice& n : f.notices) {
      std::cerr << "platlint: " << lineSafePath(f.path);
      if (n.position.line > 0) std::cerr << ':' << n.position.line << ':' << n.position.column;
      std::cerr << ": " << lineSafeText(n.message) << '\n';
    }
  }
}

}  // namespace

PlatformSet parseTargets(const std::vector<std::string>& names) {
  PlatformSet targets;
  for (const std::string& n : names) {
    if (n == "linux") targets = targets | Platform::Linux;
    else if (n == "macos" || n == "darwin") targets = targets | Platform::MacOS;
    else if (n == "windows" || n == "win32") targets = targets | Platform::Windows;
    else if (n == "all") targets = PlatformSet::all();
    else throw std::invalid_argument("unknown target platform '" + n + "' (expected linux, macos, windows or all)");
  }
  return targets.empty() ? PlatformSet::all() : targets;
}

int runCheck(const CheckOptions& options) {
  installStopSignalHandlers();
  RuleSelection selection;
  try {
    selection = RuleSelection(options.select, options.ignore);
  } catch (const std::invalid_argument& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }

  DiscoveryOptions discovery;
  discovery.excludeGlobs = options.exclude;
  discovery.respectGitignore = options.respectGitignore;
  discovery.followSymlinks = options.followSymlinks;
  const DiscoveredFiles found = discoverFiles(options.paths.empty() ? std::vector<std::string>{"."} : options.paths, discovery);

  Report report;
  report.rules = allRules();
  report.workingDirectory = std::filesystem::current_path().string();
  report.commandLine = options.commandLine;
  report.runNotices = found.problems;

  Engine engine(selection, options.targets, options.applyGuards);
  if (options.fileTimeout) engine.setFileTimeout(*options.fileTimeout);
  report.files.reserve(found.files.size());
  // Bytes of the files whose findings carry fixes, to place the fixes for the reporters.
  std::vector<std::pair<size_t, std::string>> fixSources;
  std::string diff;
  size_t fixed = 0;
  bool writeFailed = false;
  for (const std::string& path : found.files) {
    if (stopRequested()) break;
    FileResult unreadable;
    std::optional<std::string> bytes = readFile(path, unreadable);
    if (!bytes) {
      report.files.push_back(std::move(unreadable));
      continue;
    }
    if (!options.fix && !options.diff) {
      report.files.push_back(engine.analyze(path, *bytes));
      if (hasFix(report.files.back())) fixSources.emplace_back(report.files.size() - 1, std::move(*bytes));
      continue;
    }
    FixOutcome outcome = fixFile(engine, path, *bytes, options.unsafeFixes);
    for (const std::string& problem : outcome.problems) std::cerr << "platlint: " << lineSafePath(path) << ": warning: " << problem << '\n';
    if (options.diff) {
      diff += unifiedDiff(outcome.originalText, outcome.fixedText, path);
    } else if (outcome.changed()) {
      try {
        writeFileAtomically(path, outcome.fixedBytes);
      } catch (const std::exception& e) {
        std::cerr << "platlint: error: " << e.what() << '\n';
        writeFailed = true;
        // The file keeps its findings.
        outcome.result = engine.analyze(path, *bytes);
        outcome.fixedBytes = std::move(*bytes);
        outcome.fixesApplied = 0;
      }
    }
    fixed += outcome.fixesApplied;
    report.files.push_back(std::move(outcome.result));
    if (hasFix(report.files.back())) fixSources.emplace_back(report.files.size() - 1, std::move(outcome.fixedBytes));
  }

  // Interrupted: a report of the files seen so far would look complete, so there is none.
  if (stopRequested()) {
    std::cerr << "platlint: " << stopDescription() << "; no report written"
              << (fixed > 0 ? " (files already fixed stay fixed)" : "") << '\n';
    return stopExitCode();
  }

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
