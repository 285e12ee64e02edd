#pragma once
// Turns the paths given on the command line into the list of files to analyse.
#include <functional>
#include <string>
#include <vector>

#include "analyzer/lint/project_tree.h"

namespace platlint {

struct DiscoveryOptions {
  std::vector<std::string> excludeGlobs;  // --exclude, matched against the display path and each of its components
  bool respectGitignore = true;
  // --follow-symlinks: follow links to directories, and links that lead out of the walked root.
  bool followSymlinks = false;
  // Entries met while walking a directory (not paths named on the command line) that the
  // configuration excludes; called with the entry's absolute path.
  std::function<bool(const std::string& absolutePath)> excludedByConfiguration;
  bool includeCFamily = false;  // also C and C++ sources and headers (analyzer/cfamily/cfamily_options.h)
  bool countCFamily = false;    // without includeCFamily: count them (DiscoveredFiles::cFamilyLeftOut)
  // Also list every path of the tree (DiscoveredFiles::tree), for the checks over its names.
  bool collectTree = false;
};

struct DiscoveredFiles {
  // Display paths: relative to the working directory when below it, '/'-separated, sorted,
  // without duplicates. Files named explicitly are always included (even when not .py).
  std::vector<std::string> files;
  // Paths named on the command line that do not exist or cannot be resolved: "PATH: why". A command
  // stops before analysing anything, since a mistyped path would otherwise pass silently.
  std::vector<std::string> unusablePaths;
  std::vector<std::string> problems;  // met while walking: unreadable directories, git failures, ...
  // With collectTree: in a git work tree the files git tracks below each walked directory (whatever
  // their kind and wherever they lie, `node_modules` included: a checkout creates them all), elsewhere
  // every file the walk meets (links included, skipped directories not entered); always outside
  // --exclude and the configuration's excludes. Files named on the command line count too.
  ProjectTree tree;
  // With countCFamily: the C and C++ files met while walking directories and not included.
  size_t cFamilyLeftOut = 0;
};

// Directories are walked recursively for `.py` and `.pyi` files and extension-less files with a
// python shebang, skipping `.git`, `__pycache__`, `node_modules`, virtualenvs (a directory with
// `pyvenv.cfg`), `.tox`, `.nox`, `.venv`/`venv`, and what git ignores in a git checkout. Symlinks
// to files are followed only when the file lies inside the walked directory, symlinks to directories
// not at all, unless `followSymlinks`. Paths named on the command line are always followed.
DiscoveredFiles discoverFiles(const std::vector<std::string>& paths, const DiscoveryOptions& options);

// An unsaved buffer (`check --stdin-filename PATH`, the language server) to be analysed as the file
// PATH, which need not exist: `files` holds PATH's display path, or nothing when --exclude or the
// configuration's excludes (excludedByConfiguration) exclude it; `tree` its entry with collectTree.
DiscoveredFiles discoverBuffer(const std::string& path, const DiscoveryOptions& options);

}  // namespace platlint
