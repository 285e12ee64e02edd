#include "analyzer/workspace/git_ignore.h"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include "analyzer/base/run_process.h"

namespace platlint {

GitIgnoredPaths queryGitIgnored(const std::filesystem::path& directory) {
  GitIgnoredPaths ignored;
  const ProcessResult run = runProcess({"git", "-C", directory.string(), "ls-files", "-z", "--others", "--ignored",
                                        "--exclude-standard", "--directory"});
  if (!run.started) {
    if (run.spawnErrno != ENOENT && run.spawnErrno != EACCES) {
      ignored.error = std::string("cannot run git: ") + std::strerror(run.spawnErrno);
    }
    return ignored;
  }
  if (run.exitCode != 0) {
    const bool notAWorkTree = run.err.find("not a git repository") != std::string::npos ||
                              run.err.find("must be run in a work tree") != std::string::npos;
    if (!notAWorkTree) {
      ignored.error = run.exitCode == 127 ? "cannot run git"
                      : run.err.empty()   ? "git ls-files failed with exit code " + std::to_string(run.exitCode)
                                          : "git ls-files failed: " + firstMessageLine(run.err);
    }
    return ignored;
  }
  ignored.inWorkTree = true;
  std::size_t start = 0;
  while (start < run.out.size()) {
    std::size_t end = run.out.find('\0', start);
    if (end == std::string::npos) end = run.out.size();
    std::string entry = run.out.substr(start, end - start);
    start = end + 1;
    if (entry.empty() || entry == "./") continue;
    if (entry.back() == '/') {
      entry.pop_back();
      ignored.directories.insert(std::move(entry));
    } else {
      ignored.files.insert(std::move(entry));
    }
  }
  return ignored;
}

}  // namespace platlint
