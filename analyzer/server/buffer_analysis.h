#pragma once
// What the language server needs of the analysis of one editor buffer. The server does not run the
// pipeline itself: the program hands it a BufferAnalyzer (analyzer/app/server_command.cpp), which
// runs the `Session` that `platlint check --stdin-filename PATH` runs, so that a buffer gets exactly
// the findings `check` would give the file with that text.
#include <atomic>
#include <optional>
#include <span>
#include <string>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/syntax/incremental_parse.h"

namespace platlint {

struct BufferRequest {
  std::string path;          // the file the buffer is analysed as (absolute)
  // The workspace folder the file is in (absolute), whose project-wide facts (PORT390) count as
  // `platlint check FOLDER` counts them; empty: none, and no project checks.
  std::string workspaceFolder;
  const std::string& text;
  bool fix = false;          // also apply the safe fixes (BufferAnalysis::fixedText)
  // The buffer's last parse, reused and updated (each open document has its own); null: none.
  PreviousParse* previousParse = nullptr;
  // Set by another thread when the answer is no longer wanted; null: never.
  const std::atomic<bool>* cancelled = nullptr;
};

struct BufferAnalysis {
  FileResult result;    // no findings for an excluded path
  bool excluded = false;
  bool cancelled = false;  // BufferRequest::cancelled was set before the analysis ended: no result
  std::string log;      // what the pipeline said (configuration errors, ...), for window/logMessage
  std::optional<std::string> fixedText;  // with fix: the buffer after every safe fix
};

class BufferAnalyzer {
 public:
  virtual ~BufferAnalyzer() = default;
  // Analyses `request.text` as the file `request.path`. Throws std::exception for a configuration
  // it cannot use.
  virtual BufferAnalysis analyze(const BufferRequest& request) = 0;
  // A configuration file was created, changed or deleted: settings are resolved afresh from the
  // next analysis on (until then they are resolved once per directory and kept).
  virtual void configurationChanged() = 0;
  // The file at `path` (absolute) was saved or changed on disk: project-wide facts are brought up to
  // date. True when that may change open buffers' diagnostics.
  virtual bool saved(const std::string& path) = 0;
  // The names of the files whose change is a configuration change (the server asks the client to
  // watch them).
  virtual std::span<const char* const> configurationFiles() const = 0;
};

}  // namespace platlint
