#pragma once
// `platlint check`: discover files, analyse each (and fix them with --fix), report. Returns the
// process exit code: 0 no findings, 1 findings (with --fix: findings that remain; with --diff:
// files that --fix would change), 2 usage/configuration error, a file that could not be
// written, a path that does not exist (before any analysis), no file found with --fail-on-empty, or internal failure; 130/143 when SIGINT/SIGTERM stopped the run (no report written).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/app/output_formats.h"
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/rule_catalog.h"
#include "analyzer/base/platform.h"
#include "analyzer/ci/ci_stages.h"
#include "analyzer/workspace/shard.h"

namespace platlint {

enum class ColorMode { Auto, Always, Never };

// --max-file-size's default: Python modules above 5 MB are generated (API clients, data tables),
// and analysing one takes 10 to 35 times its size in memory.
inline constexpr uint64_t kDefaultMaxFileBytes = 5'000'000;

struct CheckOptions {
  std::vector<std::string> paths;
  const Reporter* format = outputFormats().front();  // --format, one of outputFormats()
  std::string outputPath;  // empty: standard output
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> exclude;
  bool respectGitignore = true;
  bool followSymlinks = false;  // --follow-symlinks
  ColorMode color = ColorMode::Auto;
  PlatformSet targets = PlatformSet::all();  // --target
  bool applyGuards = true;                   // false with --ignore-guards
  bool fix = false;          // --fix: apply fixes to the files, then report what remains
  bool unsafeFixes = false;  // --unsafe-fixes: also apply (and count as fixable) unsafe fixes
  bool diff = false;         // --diff: print what --fix would change as a unified diff; write nothing
  std::vector<std::string> docPaths;  // --doc-path: more documentation for PORT390 (files or directories)
  unsigned jobs = 0;         // --jobs: worker threads; 0 = one per core
  bool useCache = true;      // false with --no-cache
  std::string cacheDir = ".platlint_cache";  // --cache-dir
  bool profile = false;      // --profile: phase times on stderr
  Shard shard;               // --shard K/N
  bool parseOnly = false;    // --parse-only (for bench/): read, decode and parse; no rules, no cache
  std::vector<std::string> commandLine;
  bool targetsGiven = false;               // --target was given: it overrides the configuration's `target`
  std::vector<std::string> extendSelect;   // --extend-select
  bool reportUnusedSuppressions = false;   // --report-unused-suppressions: also PORT901
  std::string configPath;                  // --config FILE: this configuration for every file
  bool isolated = false;                   // --isolated: no configuration files
  // CI use (docs/ci.md): baselines, review mode, exit policy (--baseline, --write-baseline,
  // --diff-base, --fail-on, --exit-zero); statistics and the code-scanning category below.
  CiOptions ci;
  bool statistics = false;        // --statistics: counts per rule instead of the findings
  // --suggest-targets: the components that look Linux-only by design, as per-file-target entries
  // (analyzer/report/target_suggestions.h), instead of the findings
  bool suggestTargets = false;
  std::string sarifCategory = "platlint";  // --sarif-category: runAutomationDetails.id
  std::string compileCommandsDir;  // --compile-commands: directory with compile_commands.json
  std::string cArgs;               // --c-args: compiler flags for C/C++ files
  std::optional<std::chrono::milliseconds> fileTimeout;  // --file-timeout: skip a file that takes longer
  uint64_t maxFileBytes = kDefaultMaxFileBytes;  // --max-file-size: skip a larger file; 0: no limit
  bool failOnEmpty = false;        // --fail-on-empty: no file found under the paths is exit 2
  // --stdin-filename: with the path "-" (or none), standard input is analysed as this file; with --fix
  // the fixed text goes to standard output and the report to standard error.
  std::string stdinFilename;
};

int runCheck(const RuleCatalog& catalog, const CheckOptions& options);

// Parses "linux,macos,windows" (also "darwin", "win32", "all"); throws std::invalid_argument.
PlatformSet parseTargets(const std::vector<std::string>& names);

}  // namespace platlint
