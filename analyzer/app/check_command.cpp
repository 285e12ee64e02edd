#include "analyzer/app/check_command.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <utility>

#include "analyzer/app/session.h"
#include "analyzer/app/stdin_buffer.h"
#include "analyzer/app/target_placement.h"
#include "analyzer/base/cancellation.h"
#include "analyzer/base/line_safe.h"
#include "analyzer/base/output_file.h"
#include "analyzer/base/profile.h"
#include "analyzer/base/spill_file.h"
#include "analyzer/ci/ci_stages.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/report.h"
#include "analyzer/report/statistics.h"
#include "analyzer/report/target_suggestions.h"
#include "analyzer/report/text_reporter.h"
#include "analyzer/workspace/config_file.h"

namespace platlint {
namespace {

void printNoticesToStderr(const Report& report) {
  for (const std::string& n : report.runNotices) std::cerr << "platlint: " << lineSafeText(n) << '\n';
  report.files.forEach([](const ResultSummary& s) { return s.notices > 0; }, [](const FileResult& f) {
    for (const FileNotice& n : f.notices) {
      std::cerr << "platlint: " << lineSafePath(f.path);
      if (n.position.line > 0) std::cerr << ':' << n.position.line << ':' << n.position.column;
      std::cerr << ": " << lineSafeText(n.message) << '\n';
    }
  });
}

SessionOptions sessionOptions(const CheckOptions& options) {
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
  SessionOptions session;
  session.paths = options.paths;
  session.settings = std::move(cli);
  session.exclude = options.exclude;
  session.respectGitignore = options.respectGitignore;
  session.followSymlinks = options.followSymlinks;
  session.compileCommandsDir = options.compileCommandsDir;
  session.cArgs = options.cArgs;
  session.docPaths = options.docPaths;
  session.jobs = options.jobs;
  if (options.useCache) session.cacheDir = options.cacheDir;
  session.fix = options.fix;
  session.diff = options.diff;
  session.projectChecks = !options.diff;  // --diff reports no findings
  session.unsafeFixes = options.unsafeFixes;
  session.parseOnly = options.parseOnly;
  session.fileTimeout = options.fileTimeout;
  session.maxFileBytes = options.maxFileBytes;
  session.profile = options.profile;
  session.failOnEmpty = options.failOnEmpty;
  session.allFacts = false;  // the report shows no facts; PORT390's are kept
  session.spillResults = true;  // the report reads them in order: no need to hold them
  return session;
}

// NO_COLOR and FORCE_COLOR count when set to anything but the empty string (no-color.org, force-color.org).
bool environmentSet(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// --color auto: colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on where stdout is not a
// terminal (a CI log, a pager). --color always and never win over both; a file gets colour only
// with --color always.
bool useColor(const CheckOptions& options, bool toStdout) {
  if (options.color != ColorMode::Auto) return options.color == ColorMode::Always;
  if (!toStdout || environmentSet("NO_COLOR")) return false;
  return environmentSet("FORCE_COLOR") || isatty(STDOUT_FILENO);
}

// The columns text output is wrapped to: COLUMNS when set (a person asking for it, as shells do
// not export it), else the terminal's width; 0 (no wrapping) for piped and saved output, which
// keeps each message on its line.
size_t outputWidth(bool toStdout) {
  if (!toStdout) return 0;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr && *columns != '\0') {
    char* end = nullptr;
    const long value = std::strtol(columns, &end, 10);
    if (*end == '\0' && value > 0) return static_cast<size_t>(value);
  }
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 0;
}

ReportOptions reportOptions(const CheckOptions& options, size_t fixesApplied) {
  const bool toStdout = options.outputPath.empty();
  return {useColor(options, toStdout), outputWidth(toStdout), options.unsafeFixes, fixesApplied, options.sarifCategory};
}

// Once per run: findings that sit on lines with a bare `# noqa`, which platlint does not honour,
// may be believed suppressed by a code base that uses flake8's blanket form widely.
void noteBareNoqa(const Report& report) {
  const ResultTotals totals = report.files.totals();
  const size_t findings = totals.onBareNoqa;
  const size_t files = totals.filesOnBareNoqa;
  if (findings == 0) return;
  std::cerr << "platlint: note: " << findings << (findings == 1 ? " finding is" : " findings are") << " on lines with a bare "
            << "`# noqa` (in " << files << (files == 1 ? " file" : " files")
            << "), which platlint ignores: it reads `# noqa: PORTxxx` or `# platlint: ignore[PORTxxx]`\n";
}

// --statistics and --suggest-targets are views of their own, not formats: they print text, or JSON
// with --format json.
bool printsView(const Reporter& format) {
  return &format == &textReporter() || &format == &conciseReporter() || &format == &jsonReporter();
}

std::string renderStatistics(const Reporter& format, const Report& report, bool unsafeFixes) {
  return &format == &jsonReporter() ? renderStatisticsJson(report, unsafeFixes)
                                    : renderStatisticsText(report, unsafeFixes);
}

std::string renderSuggestions(const Reporter& format, const Report& report, ConfigResolver& resolver) {
  const std::vector<PlacedSuggestion> placed = placeSuggestions(suggestTargets(report.files, report.workingDirectory), resolver);
  return &format == &jsonReporter() ? renderTargetSuggestionsJson(placed) : renderTargetSuggestionsText(placed);
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

namespace {

int checkAndReport(const RuleCatalog& catalog, const CheckOptions& options) {
  installStopSignalHandlers();
  const uint64_t runStart = wallNs();
  std::optional<Session> session;
  std::optional<UnsavedBuffer> buffer;
  try {
    buffer = stdinBuffer(options.paths, options.stdinFilename);
    SessionOptions run = sessionOptions(options);
    run.buffer = buffer;
    session.emplace(catalog, std::move(run));
  } catch (const std::exception& e) {  // misused "-", a bad selector or --config file
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }

  const Reporter& format = *options.format;
  const bool view = options.statistics || options.suggestTargets;
  if (view && !printsView(format)) {
    std::cerr << "platlint: error: " << (options.statistics ? "--statistics" : "--suggest-targets")
              << " prints text or json, not another --format\n";
    return 2;
  }
  const std::optional<CiStages> ciStages = prepareCiStages(options.ci);
  if (!ciStages) return 2;
  const bool discovered = session->discover([&](std::vector<std::string>& files) {
    if (options.shard.count > 1) {
      std::erase_if(files, [&](const std::string& path) { return !inShard(path, options.shard); });
    }
    keepChangedFiles(*ciStages, files);
  });
  if (!discovered) return 2;

  SessionResults results = session->analyze();
  // Interrupted: a report of the files seen so far would look complete, so there is none.
  if (results.interrupted) {
    std::cerr << "platlint: " << stopDescription() << "; no report written"
              << (results.fixesApplied > 0 ? " (files already fixed stay fixed)" : "") << '\n';
    return stopExitCode();
  }
  Profile* const profile = session->profile();
  const unsigned jobs = session->jobs();
  const std::string& diff = results.diff;
  const size_t fixed = results.fixesApplied;
  Report report;
  report.rules = catalog.rules();
  report.workingDirectory = std::filesystem::current_path().string();
  report.commandLine = options.commandLine;
  report.runNotices = std::move(results.notices);
  report.files = std::move(results.files);
  // The text report draws code frames from the buffer, not from the file on disk.
  if (buffer && !report.files.empty()) report.buffers.emplace(report.files.at(0).path, buffer->bytes);
  // --fix of standard input: the fixed text (the input itself when excluded) is the output, as editors
  // expect; the report of what remains goes to stderr unless --output names a file.
  const bool fixedToStdout = buffer && options.fix;
  if (fixedToStdout) std::cout << results.fixedBuffer.value_or(buffer->bytes) << std::flush;

  const auto finishProfile = [&] {
    if (profile) printProfile(std::cerr, *profile, static_cast<double>(wallNs() - runStart) / 1e9, jobs);
  };
  if (options.diff) {
    printNoticesToStderr(report);
    std::cerr << "platlint: " << (fixed == 0 ? std::string("no fixes to apply")
                                             : "would fix " + std::to_string(fixed) + (fixed == 1 ? " finding" : " findings"))
              << '\n';
    if (!writeOutput(options.outputPath, diff)) return 2;
    finishProfile();
    if (!results.problems.empty()) return 2;
    return diff.empty() || options.ci.exitZero ? 0 : 1;
  }

  PhaseTimer filtering(profile, Phase::Suppression);  // baseline and review-mode filters
  if (!applyCiStages(options.ci, *ciStages, report)) return 2;
  filtering.stop();

  PhaseTimer reporting(profile, Phase::Report);
  // --write-baseline records the findings; its one-line summary replaces the report on the terminal.
  if (!options.ci.writeBaselinePath.empty() && options.outputPath.empty()) {
    printNoticesToStderr(report);
    reporting.stop();
    finishProfile();
    if (!results.problems.empty() || results.writeFailed) return 2;
    return findingsExitStatus(options.ci, report);
  }
  if (view || !options.outputPath.empty() || !format.showsNoticesOnStdout()) printNoticesToStderr(report);
  // The report is written as it is rendered: a large tree's report is never held whole.
  const auto writeReport = [&](std::ostream& out) {
    if (options.statistics) {
      out << renderStatistics(format, report, options.unsafeFixes);
    } else if (options.suggestTargets) {
      out << renderSuggestions(format, report, session->resolver());
    } else {
      format.write(report, reportOptions(options, fixed), out);
    }
  };
  if (fixedToStdout && options.outputPath.empty()) {
    writeReport(std::cerr);
  } else {
    OutputStream out(options.outputPath);
    writeReport(out);
    if (!out.finish()) return 2;
  }
  if (!options.outputPath.empty()) {
    // Someone watching a hook or CI log otherwise sees only the exit status.
    if (const size_t n = report.diagnosticCount(); n > 0) {
      std::cerr << "platlint: " << n << (n == 1 ? " finding" : " findings") << " written to " << options.outputPath << '\n';
    }
  }
  if (!view) noteBareNoqa(report);
  reporting.stop();
  finishProfile();
  if (!results.problems.empty() || results.writeFailed) return 2;
  return findingsExitStatus(options.ci, report);
}

}  // namespace

int runCheck(const RuleCatalog& catalog, const CheckOptions& options) {
  try {
    return checkAndReport(catalog, options);
  } catch (const SpillError& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace platlint
