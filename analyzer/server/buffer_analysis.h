#pragma once
// What the language server needs of the analysis of one editor buffer. The server does not run the
// pipeline itself: the program hands it a BufferAnalyzer (analyzer/app/server_command.cpp), which
// runs the `Session` that `platlint check --stdin-filename PATH` runs, so that a buffer gets exactly
// the findings `check` would give the file with that text.
#include <functional>
#include <optional>
#include <string>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

struct BufferAnalysis {
  FileResult result;    // no findings for an excluded path
  bool excluded = false;
  std::string log;      // what the pipeline said (configuration errors, ...), for window/logMessage
  std::optional<std::string> fixedText;  // with fix: the buffer after every safe fix
};

// Analyses `text` as the file `path` (absolute); with `fix` also applies the safe fixes. Throws
// std::exception for a configuration it cannot use.
using BufferAnalyzer = std::function<BufferAnalysis(const std::string& path, const std::string& text, bool fix)>;

}  // namespace platlint
