#pragma once
// Every path of the analysed tree, not only the analysed files, for the project checks over the
// names themselves (PORT808-810: a tree that cannot be checked out on Windows or macOS). Filled by
// discovery (analyzer/workspace/discovery.h): in a git work tree the files git tracks, elsewhere the
// files under the analysed directories, both outside --exclude and the configuration's excludes.
#include <cstdint>
#include <string>
#include <vector>

namespace platlint {

struct TreeFile {
  std::string display;   // as discovery shows paths: relative to the working directory when below it
  std::string fromRoot;  // relative to the root of its tree: the git work tree, else the walked directory
  // fromRoot.substr(shownFrom) is how `display` ends: the directories before it (a repository's
  // directories above the analysed path) lie outside what was asked about.
  uint32_t shownFrom = 0;
  uint32_t tree = 0;  // paths of different trees never collide
};

struct ProjectTree {
  std::vector<TreeFile> files;  // sorted by display path, without duplicates
};

}  // namespace platlint
