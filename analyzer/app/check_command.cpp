#include "analyzer/app/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "analyzer/base/cancellation.h"
#include "analyzer/workspace/config_resolver.h"
#include "analyzer/ci/ci_reporters.h"
#include "analyzer/ci/ci_stages.h"
#include "analyzer/cfamily/cfamily_run.h"
#include "analyzer/workspace/discovery.h"
#include "analyzer/lint/engine.h"
#include "analyzer/app/file_analysis.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/base/line_safe.h"
#include "analyzer/base/output_file.h"
#include "analyzer/base/parallel.h"
#include "analyzer/base/profile.h"
#include "analyzer/report/report.h"
#include "analyzer/lint/result_cache.h"
#include "analyzer/report/sarif_writer.h"
#include "analyzer/lint/suppressions.h"
#include "analyzer/report/statistics.h"
#include "analyzer/report/text_reporter.h"
#include "analyzer/lint/undocumented_switches.h"
#include "analyzer/base/unified_diff.h"
#include "rules/registry.h"

namespace platlint {
namespace {

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
  installStopSignalHandlers();
  const uint64_t runStart = wallNs();
  std::optional<ConfigResolver> resolver;
  try {
    resolver.emplace(commandLineSettings(options));
  } catch (const std::exception& e) {  // a bad selector or --config file
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }

  if (options.statistics && options.format != OutputFormat::Text && options.format != OutputFormat::Json) {
    std::cerr << "platlint: error: --statistics prints text or json, not another --format\n";
    return 2;
  }
  const std::optional<CiStages> ciStages = prepareCiStages(options);
  if (!ciStages) return 2;
  std::optional<CFamilyRun> cfamily;
  try {
    cfamily.emplace(CFamilyRequest{options.compileCommandsDir, options.cArgs, options.paths});
  } catch (const std::invalid_argument& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }

  Profile runProfile;
  Profile* const profile = options.profile ? &runProfile : nullptr;
  PhaseTimer discovering(profile, Phase::Discovery);
  DiscoveryOptions discovery;
  discovery.excludeGlobs = options.exclude;
  discovery.respectGitignore = options.respectGitignore;
  discovery.followSymlinks = options.followSymlinks;
  discovery.excludedByConfiguration = [&](const std::string& path) { return resolver->excluded(path); };
  discovery.includeCFamily = cfamily->discover();
  DiscoveredFiles found = discoverFiles(options.paths.empty() ? std::vector<std::string>{"."} : options.paths, discovery);
  if (options.shard.count > 1) {
    std::erase_if(found.files, [&](const std::string& path) { return !inShard(path, options.shard); });
  }
  keepChangedFiles(*ciStages, found.files);
  // Parallel to found.files: resolve after every filter that removes files.
  std::vector<std::shared_ptr<const FileSettings>> settings;
  if (!settingsOfFiles(*resolver, found.files, settings)) return 2;
  discovering.stop();

  Report report;
  report.rules = allRules();
  report.workingDirectory = std::filesystem::current_path().string();
  report.commandLine = options.commandLine;
  report.runNotices = found.problems;

  std::optional<ResultCache> cache;
  if (options.useCache && !options.fix && !options.diff && !options.parseOnly) {
    cache.emplace(options.cacheDir, "");  // entries are keyed by each file's settings fingerprint
  }
  FileAnalysisOptions perFile;
  perFile.fix = options.fix;
  perFile.diff = options.diff;
  perFile.unsafeFixes = options.unsafeFixes;
  perFile.cache = cache ? &*cache : nullptr;
  perFile.cfamily = &*cfamily;

  // Each worker has its own engine (tree-sitter parsers are per thread) and its own profile;
  // outcomes land in the slot of their file, so the report's order is discovery order for any
  // number of jobs.
  struct Worker {
    Engine engine;
    Profile profile;
  };
  std::vector<FileOutcome> outcomes(found.files.size());
  std::vector<std::unique_ptr<Worker>> workers;
  std::mutex workersMutex;
  const unsigned jobs = options.jobs == 0 ? defaultJobs() : options.jobs;
  const std::vector<size_t> order = jobs > 1 ? largestFirst(found.files) : std::vector<size_t>{};
  parallelFor(
      found.files.size(), jobs,
      [&](unsigned) {
        auto worker = std::make_unique<Worker>(Worker{Engine(), {}});
        if (profile) worker->engine.setProfile(&worker->profile);
        worker->engine.setParseOnly(options.parseOnly);
        if (options.fileTimeout) worker->engine.setFileTimeout(*options.fileTimeout);
        Worker* raw = worker.get();
        const std::lock_guard lock(workersMutex);
        workers.push_back(std::move(worker));
        return raw;
      },
      [&](Worker* worker, size_t position) {
        if (stopRequested()) return;  // the results will be thrown away
        const size_t index = order.empty() ? position : order[position];
        const std::string& path = found.files[index];
        try {
          outcomes[index] = analyzeFile(worker->engine, path, *settings[index], perFile,
                                        profile ? &worker->profile : nullptr);
        } catch (const std::exception& e) {
          // One file's internal failure must not lose the others' results.
          FileOutcome failed;
          failed.result.path = path;
          failed.result.notices.push_back({FileNotice::Kind::Internal, Level::Error,
                                           std::string("internal error while analysing this file: ") + e.what(), {0, 0}});
          outcomes[index] = std::move(failed);
        }
      });
  for (const auto& worker : workers) runProfile.merge(worker->profile);

  std::string diff;
  size_t fixed = 0;
  bool writeFailed = false;
  report.files.reserve(outcomes.size());
  for (FileOutcome& outcome : outcomes) {
    for (const std::string& message : outcome.messages) std::cerr << "platlint: " << message << '\n';
    diff += outcome.diff;
    fixed += outcome.fixesApplied;
    writeFailed = writeFailed || outcome.writeFailed;
    report.files.push_back(std::move(outcome.result));
  }
  outcomes.clear();
  for (std::string& notice : cfamily->notices()) report.runNotices.push_back(std::move(notice));

  // Interrupted: a report of the files seen so far would look complete, so there is none.
  if (stopRequested()) {
    std::cerr << "platlint: " << stopDescription() << "; no report written"
              << (fixed > 0 ? " (files already fixed stay fixed)" : "") << '\n';
    return stopExitCode();
  }

  // PORT390 needs the whole project's documentation, so it is judged once every file is analysed
  // (not for --diff, which reports no findings).
  if (!options.diff) {
    PhaseTimer documentation(profile, Phase::Documentation);
    addUndocumentedSwitchFindings(report.files, [&](size_t i) -> const FileSettings& { return *settings[i]; },
                                  options.paths, options.docPaths);
  }
  // Suppressions are applied once every finding of every file exists.
  PhaseTimer suppressing(profile, Phase::Suppression);
  for (size_t i = 0; i < report.files.size(); ++i) applySuppressions(report.files[i], *settings[i]);
  suppressing.stop();

  const auto finishProfile = [&] {
    if (profile) printProfile(std::cerr, runProfile, static_cast<double>(wallNs() - runStart) / 1e9, jobs);
  };
  if (options.diff) {
    printNoticesToStderr(report);
    std::cerr << "platlint: " << (fixed == 0 ? std::string("no fixes to apply")
                                             : "would fix " + std::to_string(fixed) + (fixed == 1 ? " finding" : " findings"))
              << '\n';
    if (!writeOutput(options.outputPath, diff)) return 2;
    finishProfile();
    if (!found.problems.empty()) return 2;
    return diff.empty() || options.exitZero ? 0 : 1;
  }

  PhaseTimer filtering(profile, Phase::Suppression);  // baseline and review-mode filters
  if (!applyCiStages(options, *ciStages, report)) return 2;
  filtering.stop();

  PhaseTimer reporting(profile, Phase::Report);
  std::string rendered;
  if (options.statistics) {
    rendered = options.format == OutputFormat::Json ? renderStatisticsJson(report, options.unsafeFixes)
                                                    : renderStatisticsText(report, options.unsafeFixes);
  } else if (options.format == OutputFormat::Json) {
    rendered = renderJson(report);
  } else if (options.format == OutputFormat::Sarif) {
    rendered = renderSarif(report, SarifOptions{options.sarifCategory});
  } else if (options.format == OutputFormat::Github) {
    rendered = renderGithubCommands(report);
  } else if (options.format == OutputFormat::Gerrit) {
    rendered = renderGerritComments(report);
  } else {
    const bool toTerminal = options.outputPath.empty() && isatty(STDOUT_FILENO);
    const bool color = options.color == ColorMode::Always || (options.color == ColorMode::Auto && toTerminal &&
                                                              std::getenv("NO_COLOR") == nullptr);
    std::ostringstream text;
    writeText(text, report, TextOptions{color, options.unsafeFixes, fixed});
    if (report.baseline) text << baselineSummaryText(*report.baseline);
    rendered = std::move(text).str();
  }
  if ((options.format != OutputFormat::Text && options.format != OutputFormat::Github) || options.statistics ||
      !options.outputPath.empty()) {
    printNoticesToStderr(report);
  }

  if (!writeOutput(options.outputPath, rendered)) return 2;
  if (!options.outputPath.empty()) {
    // Someone watching a hook or CI log otherwise sees only the exit status.
    if (const size_t n = report.diagnosticCount(); n > 0) {
      std::cerr << "platlint: " << n << (n == 1 ? " finding" : " findings") << " written to " << options.outputPath << '\n';
    }
  }
  reporting.stop();
  finishProfile();
  if (!found.problems.empty() || writeFailed) return 2;
  return findingsExitStatus(options, report);
}

}  // namespace platlint
