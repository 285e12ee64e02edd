#pragma once
// What git ignores below a directory, asked of git itself so that every rule of git applies exactly:
// nested .gitignore files, negations, .git/info/exclude, core.excludesFile, and tracked files that
// match an ignore pattern (those are not ignored).
#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

namespace platlint {

struct GitIgnoredPaths {
  // False when the directory is not in a git work tree or git is not installed; then nothing is ignored.
  bool inWorkTree = false;
  // Paths relative to the queried directory, '/'-separated. A directory listed here is ignored with
  // everything below it (git lists a directory when it, or everything untracked in it, is ignored).
  std::unordered_set<std::string> files;
  std::unordered_set<std::string> directories;  // without the trailing '/'
  // Set when git failed in a way other than "not a work tree" (e.g. "detected dubious ownership").
  std::string error;

  bool ignoresFile(const std::string& relative) const { return files.count(relative) != 0; }
  bool ignoresDirectory(const std::string& relative) const { return directories.count(relative) != 0; }
};

// Runs `git -C DIR ls-files -z --others --ignored --exclude-standard --directory` (no shell; GIT_DIR,
// GIT_WORK_TREE and GIT_INDEX_FILE are removed from its environment so that the repository is found
// from DIR). When DIR itself is ignored as a whole, git only reports "./"; that entry is dropped, so an
// explicitly named ignored directory is walked without filtering.
GitIgnoredPaths queryGitIgnored(const std::filesystem::path& directory);

struct GitTrackedPaths {
  bool ok = false;       // false when git failed: the caller lists the directory itself
  std::string topLevel;  // the work tree's root, as git prints it
  std::string prefix;    // the queried directory relative to topLevel, with a trailing '/' ("" at the root)
  std::vector<std::string> files;  // tracked paths below the queried directory, relative to it
};

// The files git tracks below DIR (`git ls-files -z`, index entries including submodules' gitlinks),
// for the checks over the tree's names (PORT808-810).
GitTrackedPaths queryGitTracked(const std::filesystem::path& directory);

}  // namespace platlint
