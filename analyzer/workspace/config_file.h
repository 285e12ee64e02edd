#pragma once
// One configuration file: `[tool.platlint]` in pyproject.toml, or the top level of platlint.toml /
// .platlint.toml, read with toml++ and checked completely. Every unknown key and bad value is an
// error naming the file, the line and the key: a misspelt setting must never be ignored silently.
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/base/platform.h"

namespace platlint {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The settings as written in one file; ConfigResolver layers them with the command line.
struct ProjectConfig {
  std::string path;       // the file, absolute
  std::string directory;  // its directory, absolute: globs are relative to it
  std::string table;      // "[tool.platlint]" for pyproject.toml, "" for the top level

  // The rule selection, layered with the command line's by ConfigResolver.
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> extendSelect;
  std::vector<std::string> ignore;
  std::vector<std::pair<std::string, std::vector<std::string>>> perFileIgnores;  // glob -> selectors
  // glob -> the platforms its files run on (a component the project keeps Linux-only)
  std::vector<std::pair<std::string, PlatformSet>> perFileTargets;
  // Discovery.
  std::optional<std::vector<std::string>> exclude;
  std::vector<std::string> extendExclude;
  // The C/C++ build of the project (the command line's --c-args and --compile-commands replace them).
  std::optional<std::string> cArgs;  // one command line, split like a shell does
  std::string compileCommands;       // a directory, as written (relative to `directory`)
  // `line-length`, when the file sets it: it wins over the other tools' (ProjectStyle).
  std::optional<uint32_t> lineLength;
  // Every other setting, as the file's settings start out before the selection is resolved and
  // the command line applied (target, severity, command wrappers, Linux-only paths, switches).
  FileSettings fileSettings;
};

// Reads `file`. Returns nullopt for a pyproject.toml without a [tool.platlint] table (it is not a
// platlint configuration and the search goes on); throws ConfigError for unreadable files, TOML
// syntax errors, unknown keys, bad values and selectors that name no rule of `catalog`. `shownPath` is how messages name the file.
std::optional<ProjectConfig> loadConfigFile(const RuleCatalog& catalog, const std::string& file,
                                            const std::string& shownPath);

// Parses configuration text (for tests): as loadConfigFile, with `isPyproject` choosing where
// the settings live.
std::optional<ProjectConfig> parseConfigText(const RuleCatalog& catalog, const std::string& text,
                                             const std::string& shownPath, bool isPyproject);

// "linux", "macos"/"darwin", "windows"/"win32" or "all"; nullopt for anything else.
std::optional<PlatformSet> platformNamed(std::string_view name);

}  // namespace platlint
