// ProjectTree (analyzer/lint/project_tree.h), the compact list of every path of the tree, and the
// TextArena that holds its text: the order and duplicates of the list it replaced (a vector of two
// strings per path, stable-sorted by display path), shared display heads, and views that survive
// blocks, long paths and moves.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "analyzer/base/text_arena.h"
#include "analyzer/lint/project_tree.h"

using platlint::ProjectTree;
using platlint::TextArena;

namespace {

struct Plain {
  std::string display;
  std::string fromRoot;
  uint32_t shownFrom = 0;
  uint32_t tree = 0;
  bool operator==(const Plain&) const = default;
};

ProjectTree build(const std::vector<Plain>& paths) {
  ProjectTree::Builder builder;
  for (const Plain& p : paths) builder.add(p.display, p.fromRoot, p.shownFrom, p.tree);
  return std::move(builder).finish();
}

std::vector<Plain> contents(const ProjectTree& tree) {
  std::vector<Plain> out;
  for (const ProjectTree::Path path : tree) {
    out.push_back(Plain{path.display(), std::string(path.fromRoot), path.shownFrom, path.tree});
  }
  return out;
}

// What discovery did before the tree was compact.
std::vector<Plain> reference(std::vector<Plain> paths) {
  std::stable_sort(paths.begin(), paths.end(), [](const Plain& a, const Plain& b) { return a.display < b.display; });
  paths.erase(std::unique(paths.begin(), paths.end(), [](const Plain& a, const Plain& b) { return a.display == b.display; }),
              paths.end());
  return paths;
}

}  // namespace

TEST_CASE("text arena: texts come back as added, across blocks and longer than a block") {
  TextArena arena;
  std::vector<std::pair<TextArena::Offset, std::string>> added;
  TextArena::Offset previous = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string text = i % 5000 == 17 ? std::string(70000 + i, static_cast<char>('a' + i % 26))
                                      : "dir" + std::to_string(i) + "/file_" + std::to_string(i * 7) + ".py";
    const TextArena::Offset at = arena.add(text);
    CHECK(at >= previous);  // offsets follow the order of adding
    previous = at;
    added.emplace_back(at, std::move(text));
  }
  CHECK(arena.view(arena.add(""), 0).empty());
  const TextArena moved = std::move(arena);
  for (const auto& [at, text] : added) REQUIRE(moved.view(at, static_cast<uint32_t>(text.size())) == text);
}

TEST_CASE("project tree: sorted by display path as std::string sorts, first of duplicates kept") {
  const std::vector<Plain> paths = {
      {"b.py", "b.py", 0, 0},
      {"a/b", "a/b", 0, 0},
      {"a.b", "a.b", 0, 0},
      {"\xC3\xA9t\xC3\xA9.txt", "\xC3\xA9t\xC3\xA9.txt", 0, 0},  // above ASCII: after it, as unsigned bytes
      {"a", "a", 0, 0},
      {"b.py", "other/b.py", 0, 1},  // the same display path again: dropped
      {"A", "A", 0, 0},
  };
  const ProjectTree tree = build(paths);
  CHECK(contents(tree) == std::vector<Plain>{{"A", "A", 0, 0},
                                            {"a", "a", 0, 0},
                                            {"a.b", "a.b", 0, 0},
                                            {"a/b", "a/b", 0, 0},
                                            {"b.py", "b.py", 0, 0},
                                            {"\xC3\xA9t\xC3\xA9.txt", "\xC3\xA9t\xC3\xA9.txt", 0, 0}});
  CHECK(contents(tree) == reference(paths));
  CHECK(tree.size() == 6);
  CHECK(ProjectTree().empty());
}

TEST_CASE("project tree: the paths of one walked directory share their display head") {
  // `platlint check /work/project` from elsewhere: display paths absolute, paths from the root short.
  const std::vector<Plain> paths = {
      {"/work/project/src/app.py", "src/app.py", 0, 0},
      {"/work/project/README.md", "README.md", 0, 0},
      {"/work/project/src/deep/er/x.txt", "src/deep/er/x.txt", 0, 0},
  };
  const ProjectTree tree = build(paths);
  REQUIRE(contents(tree) == reference(paths));
  for (const ProjectTree::Path path : tree) {
    CHECK(path.displayHead == "/work/project/");
    CHECK(path.displayHead.data() == tree[0].displayHead.data());  // stored once
    CHECK(path.displayFrom == 0);
    CHECK(path.displayTail() == path.fromRoot);
    CHECK(path.displaySize() == path.display().size());
  }
}

TEST_CASE("project tree: display paths outside the working directory and beside the root") {
  const std::vector<Plain> paths = {
      // A repository's subdirectory analysed from elsewhere: its path from the top starts above it.
      {"/srv/repo/sub/pkg/m.py", "sub/pkg/m.py", 4, 0},
      // Run from a subdirectory of a walked directory: the display path is shorter than the path from the root.
      {"x.py", "here/x.py", 0, 1},
      {"../sibling/y.py", "sibling/y.py", 0, 1},
      // Reached through a link: the display path and the path from the root share only the file name.
      {"link/f.py", "real/f.py", 5, 2},
      // A file named alone by its absolute path: its tree is the names given.
      {"/etc/tool/run.py", "run.py", 0, 3},
  };
  const ProjectTree tree = build(paths);
  CHECK(contents(tree) == reference(paths));
  for (const ProjectTree::Path path : tree) {
    CHECK(path.display().ends_with(path.displayTail()));
    CHECK(path.fromRoot.ends_with(path.displayTail()));
  }
}

TEST_CASE("project tree: several trees keep their own paths, ids and views after a move") {
  const std::vector<Plain> paths = {
      {"one/README.md", "README.md", 0, 0},
      {"two/README.md", "README.md", 0, 1},
      {"two/readme.md", "readme.md", 0, 1},
      {"one/src/a.py", "src/a.py", 0, 0},
  };
  ProjectTree tree = build(paths);
  const std::string_view first = tree[0].fromRoot;
  const ProjectTree moved = std::move(tree);
  CHECK(moved[0].fromRoot.data() == first.data());
  CHECK(contents(moved) == std::vector<Plain>{{"one/README.md", "README.md", 0, 0},
                                             {"one/src/a.py", "src/a.py", 0, 0},
                                             {"two/README.md", "README.md", 0, 1},
                                             {"two/readme.md", "readme.md", 0, 1}});
}

TEST_CASE("project tree: many random paths in many directories order as the plain list did") {
  std::mt19937 random(808);
  const std::vector<std::string> heads = {"", "../", "/abs/root/", "sub/", "sub", "/"};
  const std::vector<std::string> roots = {"", "pre/", "sub/", "b/"};
  const std::vector<std::string> names = {"a", "A", "b", "a.b", "a b", "\xC3\xA9", "zz", "con", "sub", "b-", "~"};
  std::vector<Plain> paths;
  for (int i = 0; i < 30000; ++i) {
    std::string tail;
    const int depth = 1 + static_cast<int>(random() % 4);
    for (int d = 0; d < depth; ++d) tail += (d ? "/" : "") + names[random() % names.size()];
    const std::string& root = roots[random() % roots.size()];
    paths.push_back(Plain{heads[random() % heads.size()] + tail, root + tail, static_cast<uint32_t>(root.size()),
                          static_cast<uint32_t>(random() % 3)});
  }
  paths.push_back(Plain{"long/" + std::string(100000, 'x'), std::string(100000, 'x'), 0, 0});  // longer than a block
  CHECK(contents(build(paths)) == reference(paths));
}
