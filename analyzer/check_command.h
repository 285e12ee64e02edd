#pragma once
// `platlint check`: discover files, analyse each, report. Returns the process exit code:
// 0 no findings, 1 findings, 2 usage/configuration error or internal failure.
#include <string>
#include <vector>

#include "analyzer/platform.h"

namespace platlint {

enum class OutputFormat { Text, Json, Sarif };
enum class ColorMode { Auto, Always, Never };

struct CheckOptions {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::Text;
  std::string outputPath;  // empty: standard output
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> exclude;
  bool respectGitignore = true;
  ColorMode color = ColorMode::Auto;
  bool exitZero = false;
  PlatformSet targets = PlatformSet::all();  // --target
  std::vector<std::string> commandLine;
};

int runCheck(const CheckOptions& options);

// Parses "linux,macos,windows" (also "darwin", "win32", "all"); throws std::invalid_argument.
PlatformSet parseTargets(const std::vector<std::string>& names);

}  // namespace platlint
