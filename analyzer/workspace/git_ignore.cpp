#include "analyzer/workspace/git_ignore.h"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include "analyzer/base/run_process.h"

namespace platlint {

namespace {

// The NUL-separated entries of `git ls-files -z` output.
template <typename Each>
void forEachEntry(const std::string& out, Each&& each) {
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\0', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) each(out.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

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
  forEachEntry(run.out, [&](std::string entry) {
    if (entry == "./") return;
    if (entry.back() == '/') {
      entry.pop_back();
      ignored.directories.insert(std::move(entry));
    } else {
      ignored.files.insert(std::move(entry));
    }
  });
  return ignored;
}

GitTrackedPaths queryGitTracked(const std::filesystem::path& directory) {
  GitTrackedPaths tracked;
  const ProcessResult where = runProcess({"git", "-C", directory.string(), "rev-parse", "--show-toplevel", "--show-prefix"});
  if (!where.started || where.exitCode != 0) return tracked;
  const std::size_t newline = where.out.find('\n');
  if (newline == std::string::npos) return tracked;
  tracked.topLevel = where.out.substr(0, newline);
  tracked.prefix = where.out.substr(newline + 1);
  while (!tracked.prefix.empty() && tracked.prefix.back() == '\n') tracked.prefix.pop_back();
  const ProcessResult run = runProcess({"git", "-C", directory.string(), "ls-files", "-z"});
  if (!run.started || run.exitCode != 0) return tracked;
  forEachEntry(run.out, [&](std::string entry) { tracked.files.push_back(std::move(entry)); });
  tracked.ok = true;
  return tracked;
}

}  // namespace platlint
