#pragma once
// Runs a helper program (git) without a shell and collects what it prints.
#include <string>
#include <vector>

namespace platlint {

struct ProcessResult {
  bool started = false;
  int spawnErrno = 0;
  int exitCode = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs args[0] (looked up in PATH) with stdin from /dev/null, collecting stdout and stderr. GIT_DIR,
// GIT_WORK_TREE, GIT_INDEX_FILE and GIT_PREFIX are removed from its environment (so a repository
// is found from the directory given with -C, even inside a git hook) and LC_ALL=C keeps messages
// recognisable.
ProcessResult runProcess(const std::vector<std::string>& args);

// The first line of a program's error output without git's "fatal: " prefix.
std::string firstMessageLine(const std::string& text);

}  // namespace platlint
