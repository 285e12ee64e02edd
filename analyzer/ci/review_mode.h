#pragma once
// Review mode (`--diff-base REF`, alias `--changed-since REF`): only the files a change touches,
// and only the findings on lines it added or modified, so a code review sees what the change
// introduced. The change is the working tree (commits, staged and unstaged edits, untracked files
// that are not ignored) against the merge base of REF and HEAD: what `git diff REF...HEAD` shows
// for a branch, plus work not yet committed. Works in a detached-HEAD checkout.
#include <cstdint>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace platlint {

struct Report;

class ReviewModeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LineSpan {
  uint32_t first = 0;  // 1-based, inclusive
  uint32_t last = 0;
};

class ChangedLines {
 public:
  // `workingDirectory`: what display paths are relative to.
  explicit ChangedLines(std::filesystem::path workingDirectory) : workingDirectory_(std::move(workingDirectory)) {}

  // `path` is absolute; a file with no spans was changed by deletions only.
  void addFile(const std::filesystem::path& path, std::vector<LineSpan> spans);
  bool fileChanged(const std::string& displayPath) const;
  // True when lines first..last of the file include an added or modified line.
  bool touches(const std::string& displayPath, uint32_t first, uint32_t last) const;
  size_t fileCount() const { return files_.size(); }

 private:
  std::string key(const std::string& displayPath) const;

  std::filesystem::path workingDirectory_;
  std::map<std::string, std::vector<LineSpan>> files_;  // by absolute path
};

// Asks git (from `workingDirectory`) what changed against the merge base of `ref` and HEAD.
// Throws ReviewModeError when git is missing, this is not a work tree, `ref` is unknown or has
// no common history with HEAD (e.g. a shallow clone).
ChangedLines changedSince(const std::string& ref, const std::filesystem::path& workingDirectory);

// Parses `git diff --unified=0` output: the added/modified line spans of each new-side path
// (relative to the repository root, as git prints them). Exposed for tests.
std::map<std::string, std::vector<LineSpan>> parseUnifiedZeroDiff(std::string_view diff);

// The review-mode stage, after analysis and suppressions: drops findings that do not touch a
// changed line (and file notices of files outside the change).
void keepChangedLines(const ChangedLines& changes, Report& report);

}  // namespace platlint
