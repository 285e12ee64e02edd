#include "analyzer/app/server_command.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "analyzer/app/session.h"
#include "analyzer/app/workspace_documentation.h"
#include "analyzer/lint/engine.h"
#include "analyzer/server/buffer_analysis.h"
#include "analyzer/server/language_server.h"

namespace platlint {
namespace {

// Session reports configuration errors and per-file messages on std::cerr; the server hands them to
// the client instead. The server analyses on one thread, so swapping the stream's buffer is safe.
class CapturedStderr {
 public:
  CapturedStderr() : previous_(std::cerr.rdbuf(captured_.rdbuf())) {}
  ~CapturedStderr() { std::cerr.rdbuf(previous_); }
  CapturedStderr(const CapturedStderr&) = delete;
  CapturedStderr& operator=(const CapturedStderr&) = delete;
  std::string text() const { return captured_.str(); }

 private:
  std::ostringstream captured_;
  std::streambuf* previous_;
};

// Each analysis is a Session of its own, as `check --stdin-filename` runs; what does not depend on
// the buffer is kept between them: the configuration resolved per directory (until a configuration
// file changes: the client says so, or configurationStamp() differs) and the engine, whose
// dispatch table and parser are built once.
// Project checks: PORT390 for a buffer in a workspace folder, with what the folder's other files and
// documentation say (WorkspaceDocumentation); PORT808-810, which report on the names of the tree's
// paths, are left out.
class SessionBufferAnalyzer final : public BufferAnalyzer {
 public:
  explicit SessionBufferAnalyzer(const RuleCatalog& catalog) : catalog_(catalog), engine_(RuleSelection(catalog)) {}

  BufferAnalysis analyze(const BufferRequest& request) override {
    SessionOptions options;
    options.buffer = UnsavedBuffer{request.path, request.text, request.fix ? nullptr : request.previousParse};
    options.cFamily = false;  // the server takes Python buffers only
    options.jobs = 1;
    options.projectChecks = false;
    options.fix = request.fix;
    // A configuration file may change without the client saying so (not every client watches files).
    const std::string directory = std::filesystem::path(request.path).parent_path().string();
    std::string stamp = configurationStamp(directory);
    if (const auto known = stamps_.find(directory); known != stamps_.end() && known->second != stamp) resetResolver();
    stamps_[directory] = std::move(stamp);
    if (!resolver_) resolver_ = std::make_shared<ConfigResolver>(catalog_, options.settings);
    options.resolver = resolver_;
    options.engine = &engine_;
    options.cancelled = request.cancelled;
    if (!request.workspaceFolder.empty()) {
      // PORT390 as `check FOLDER` reports it; the checks over the tree's names need the whole tree.
      options.projectChecks = true;
      options.treeChecks = false;
      options.documentation = [this, &request]() -> const DocumentationIndex& {
        return workspace(request.workspaceFolder).forBuffer(request.path);
      };
    }
    BufferAnalysis out;
    CapturedStderr stderrText;
    Session session(catalog_, std::move(options));
    const bool discovered = session.discover();
    out.excluded = discovered && session.files().empty();
    if (discovered && !out.excluded) {
      SessionResults results = session.analyze();
      if (!results.files.empty()) out.result = results.files.take(0);
      out.fixedText = std::move(results.fixedBuffer);
    }
    // A configuration error is reported again by the next analysis, and so found again.
    if (!discovered) resetResolver();
    out.cancelled = request.cancelled && request.cancelled->load();
    out.log = stderrText.text();
    return out;
  }

  void configurationChanged() override {
    resetResolver();
    workspaces_.clear();  // which files count, and what they record, follow the configuration
  }
  bool saved(const std::string& path) override {
    bool changed = false;
    for (auto& [folder, documentation] : workspaces_) changed = documentation->saved(path) || changed;
    return changed;
  }
  std::span<const char* const> configurationFiles() const override { return configurationFileNames(); }

 private:
  WorkspaceDocumentation& workspace(const std::string& folder) {
    auto& known = workspaces_[folder];
    if (!known) known = std::make_unique<WorkspaceDocumentation>(catalog_, folder);
    return *known;
  }
  void resetResolver() {
    resolver_.reset();
    stamps_.clear();
  }

  const RuleCatalog& catalog_;
  Engine engine_;
  std::shared_ptr<ConfigResolver> resolver_;  // null: made at the next analysis
  std::map<std::string, std::unique_ptr<WorkspaceDocumentation>> workspaces_;  // by folder, read when first needed
  std::map<std::string, std::string> stamps_;  // configurationStamp() of each buffer directory since the reset
};

}  // namespace

int runServer(const RuleCatalog& catalog) {
  SessionBufferAnalyzer analyzer(catalog);
  return runLanguageServer(analyzer, STDIN_FILENO, STDOUT_FILENO);
}

}  // namespace platlint
