#include "analyzer/check_command.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "analyzer/discovery.h"
#include "analyzer/engine.h"
#include "analyzer/json_reporter.h"
#include "analyzer/output_file.h"
#include "analyzer/report.h"
#include "analyzer/sarif_writer.h"
#include "analyzer/text_reporter.h"
#include "rules/registry.h"

namespace platlint {
namespace {

FileResult analyzeFile(Engine& engine, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad()) {
    FileResult r;
    r.path = path;
    std::error_code ec(errno, std::generic_category());
    r.notices.push_back({FileNotice::Kind::Unreadable, Level::Error, "cannot read file: " + ec.message(), {0, 0}});
    return r;
  }
  return engine.analyze(path, std::move(bytes).str());
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
  const DiscoveredFiles found = discoverFiles(options.paths.empty() ? std::vector<std::string>{"."} : options.paths, discovery);

  Report report;
  report.rules = allRules();
  report.workingDirectory = std::filesystem::current_path().string();
  report.commandLine = options.commandLine;
  report.runNotices = found.problems;

  Engine engine(selection, options.targets);
  report.files.reserve(found.files.size());
  for (const std::string& path : found.files) report.files.push_back(analyzeFile(engine, path));

  std::string rendered;
  if (options.format == OutputFormat::Json) {
    rendered = renderJson(report);
  } else if (options.format == OutputFormat::Sarif) {
    rendered = renderSarif(report);
  } else {
    const bool toTerminal = options.outputPath.empty() && isatty(STDOUT_FILENO);
    const bool color = options.color == ColorMode::Always || (options.color == ColorMode::Auto && toTerminal &&
                                                              std::getenv("NO_COLOR") == nullptr);
    std::ostringstream text;
    writeText(text, report, color);
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
  if (!found.problems.empty()) return 2;
  return report.diagnosticCount() > 0 && !options.exitZero ? 1 : 0;
}

}  // namespace platlint
