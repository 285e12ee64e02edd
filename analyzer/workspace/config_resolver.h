#pragma once
// Finds the configuration of each file and turns it, with the command line, into FileSettings.
//
// Search: from the file's directory upwards, the first directory holding `.platlint.toml`,
// `platlint.toml` or a `pyproject.toml` with a `[tool.platlint]` table (in that order) wins; the
// nearest configuration replaces, never merges with, those above it. The search stops at the top
// of the git work tree (a directory containing `.git`) or at the file-system root, so a stray
// file in a home directory never changes the results of a checkout. `--config FILE` uses one file
// for everything; `--isolated` uses none. Results are cached per directory, and the resolver may
// be used from several threads.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "analyzer/workspace/config_file.h"
#include "analyzer/workspace/project_style.h"
#include "analyzer/lint/file_settings.h"

namespace platlint {

// What the command line says; set fields override the configuration file.
struct CommandLineSettings {
  std::optional<std::vector<std::string>> select;  // --select (replaces `select`)
  std::vector<std::string> extendSelect;           // --extend-select, --report-unused-suppressions
  std::vector<std::string> ignore;                 // --ignore
  std::optional<PlatformSet> targets;              // --target
  bool applyGuards = true;                         // false with --ignore-guards
  std::string configFile;                          // --config
  bool isolated = false;                           // --isolated
  bool excludeGiven = false;                       // --exclude given: it replaces `exclude`
};

// One file's settings and where they came from.
struct ResolvedSettings {
  std::shared_ptr<const FileSettings> settings;
  std::shared_ptr<const ProjectConfig> config;          // null: no configuration file
  std::vector<std::string> perFilePatterns;  // the per-file-ignores and per-file-target globs that match it
};

class ConfigResolver {
 public:
  // Throws std::invalid_argument for a command-line selector that names no rule of `catalog`, and
  // ConfigError for a bad --config file, or --config with --isolated. The settings carry the
  // catalogue on (FileSettings::rules).
  ConfigResolver(const RuleCatalog& catalog, CommandLineSettings commandLine);

  // The settings of the file at `path` (as given, relative to the working directory or absolute).
  // Throws ConfigError when a configuration file on the way is invalid.
  ResolvedSettings resolve(const std::string& path);

  // The configuration governing `directory`, or null. Throws ConfigError.
  std::shared_ptr<const ProjectConfig> configForDirectory(const std::string& directory);

  // Whether `exclude`/`extend-exclude` of the configuration governing the entry's directory skip
  // the file or directory at `absolutePath`. Never throws: a configuration error is kept (see
  // errors()) and the entry is not skipped.
  bool excluded(const std::string& absolutePath);

  // Configuration errors met by excluded(); the run must stop with exit status 2.
  std::vector<std::string> errors() const;

 private:
  std::shared_ptr<const ProjectConfig> searchLocked(const std::string& directory);
  // The indices of the per-file-ignores and per-file-target entries that match a file.
  struct PerFileMatches {
    std::vector<size_t> ignores;
    std::vector<size_t> targets;
    auto operator<=>(const PerFileMatches&) const = default;
  };
  std::shared_ptr<const FileSettings> settingsLocked(const std::shared_ptr<const ProjectConfig>& config,
                                                     const PerFileMatches& matches,
                                                     const std::shared_ptr<const ProjectStyle>& style);
  std::shared_ptr<const ProjectStyle> styleLocked(const std::string& directory);

  const RuleCatalog& catalog_;
  CommandLineSettings commandLine_;
  std::shared_ptr<const ProjectConfig> explicit_;  // --config
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const ProjectConfig>> byDirectory_;
  std::map<std::string, std::shared_ptr<const ProjectStyle>> styles_;  // by directory
  ProjectStyleFinder styleFinder_;
  std::map<std::tuple<const ProjectConfig*, PerFileMatches, const ProjectStyle*>, std::shared_ptr<const FileSettings>>
      settings_;
  std::vector<std::string> errors_;
};

// The names of the files settings depend on: platlint's configuration files, those of the tools
// whose line length and import order fixes follow (project_style.h), and setup.py, which marks a
// project's root.
std::span<const char* const> configurationFileNames();

// Which of those files exist from `directory` up to the top of its git work tree, with their sizes
// and modification times: a resolver kept from one run to the next (the language server) is out of
// date when the stamp of a file's directory changed.
std::string configurationStamp(const std::string& directory);

// `path` relative to the working directory when below it (for messages), else unchanged.
std::string shownPath(const std::string& absolutePath);

}  // namespace platlint
