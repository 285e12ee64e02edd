#include "analyzer/app/server_command.h"

#include <unistd.h>

#include <iostream>
#include <sstream>

#include "analyzer/app/session.h"
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

// Project checks are left out: PORT390 needs the whole project's documentation, PORT808-810 report
// on paths of the tree, not on a buffer's text.
BufferAnalysis analyzeBuffer(const RuleCatalog& catalog, const std::string& path, const std::string& text, bool fix) {
  SessionOptions options;
  options.buffer = UnsavedBuffer{path, text};
  options.cFamily = false;  // the server takes Python buffers only
  options.jobs = 1;
  options.projectChecks = false;
  options.fix = fix;
  BufferAnalysis out;
  CapturedStderr stderrText;
  Session session(catalog, std::move(options));
  const bool discovered = session.discover();
  out.excluded = discovered && session.files().empty();
  if (discovered && !out.excluded) {
    SessionResults results = session.analyze();
    if (!results.files.empty()) out.result = std::move(results.files.front());
    out.fixedText = std::move(results.fixedBuffer);
  }
  out.log = stderrText.text();
  return out;
}

}  // namespace

int runServer(const RuleCatalog& catalog) {
  const BufferAnalyzer analyzer = [&catalog](const std::string& path, const std::string& text, bool fix) {
    return analyzeBuffer(catalog, path, text, fix);
  };
  return runLanguageServer(analyzer, STDIN_FILENO, STDOUT_FILENO);
}

}  // namespace platlint
