#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include "analyzer/workspace/config_resolver.h"
#include "analyzer/workspace/discovery.h"
#include "analyzer/workspace/project_style.h"
#include "rules/registry.h"
#include "tests/unit/check_contains.h"
#include "analyzer/base/glob_match.h"

namespace fs = std::filesystem;
using platlint::discoverFiles;
using platlint::DiscoveryOptions;
using platlint::globMatch;

namespace {

// A list of paths that doctest can print when a check fails.
struct Paths : std::vector<std::string> {
  using std::vector<std::string>::vector;
  Paths(std::vector<std::string> other) : std::vector<std::string>(std::move(other)) {}
};

std::ostream& operator<<(std::ostream& out, const Paths& paths) {
  out << '{';
  for (std::size_t i = 0; i < paths.size(); ++i) out << (i ? ", " : "") << '"' << paths[i] << '"';
  return out << '}';
}

// A fresh directory under the system temp directory that is also the working directory while it lives.
class TempTree {
 public:
  TempTree() {
    std::string pattern = (fs::temp_directory_path() / "platlint-discovery-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root_ = fs::canonical(pattern);
    previous_ = fs::current_path();
    fs::current_path(root_);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;
  ~TempTree() {
    std::error_code ec;
    fs::current_path(previous_, ec);
    for (const fs::path& dir : locked_) fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(root_, ec);
  }

  const fs::path& root() const { return root_; }

  void file(const std::string& relative, const std::string& content = "") const {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
  }
  void dir(const std::string& relative) const { fs::create_directories(root_ / relative); }
  void lock(const std::string& relative) {
    fs::permissions(root_ / relative, fs::perms::all, fs::perm_options::remove);
    locked_.push_back(root_ / relative);
  }

  // Runs a shell command in the tree (test set-up only; the analyzer itself never uses a shell).
  void sh(const std::string& command) const {
    // Unset what a surrounding git hook may have set, so that the tree's own repositories are used.
    const std::string full = "cd '" + root_.string() + "' && unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE && " + command;
    REQUIRE(std::system(full.c_str()) == 0);
  }

 private:
  fs::path root_;
  fs::path previous_;
  std::vector<fs::path> locked_;
};

Paths discover(const std::vector<std::string>& paths, const DiscoveryOptions& options = {}) {
  const auto result = discoverFiles(paths, options);
  for (const auto& problem : result.problems) MESSAGE("problem: " << problem);
  return result.files;
}

DiscoveryOptions excluding(std::vector<std::string> globs) {
  DiscoveryOptions options;
  options.excludeGlobs = std::move(globs);
  return options;
}

}  // namespace

TEST_CASE("glob matcher: wildcards, classes and escapes") {
  CHECK(globMatch("*.py", "a.py"));
  CHECK(globMatch("*.py", ".py"));
  CHECK_FALSE(globMatch("*.py", "a.pyi"));
  CHECK_FALSE(globMatch("*.py", "dir/a.py"));  // `*` stops at '/'
  CHECK(globMatch("*_pb2.py", "msg_pb2.py"));
  CHECK(globMatch("?.py", "a.py"));
  CHECK_FALSE(globMatch("?.py", "ab.py"));
  CHECK_FALSE(globMatch("a?b", "a/b"));
  CHECK(globMatch("[abc].py", "b.py"));
  CHECK_FALSE(globMatch("[abc].py", "d.py"));
  CHECK(globMatch("[a-c]x", "bx"));
  CHECK(globMatch("[!a-c]x", "dx"));
  CHECK(globMatch("[^a-c]x", "dx"));
  CHECK_FALSE(globMatch("[!a-c]x", "ax"));
  CHECK(globMatch("[]]", "]"));
  CHECK(globMatch("[!]]", "a"));
  CHECK(globMatch("[a-]", "-"));
  CHECK_FALSE(globMatch("a[/]b", "a/b"));
  CHECK(globMatch("[", "["));  // unclosed: literal
  CHECK(globMatch("a[b", "a[b"));
  CHECK(globMatch("\\*", "*"));
  CHECK_FALSE(globMatch("\\*", "a"));
  CHECK(globMatch("\\[x]", "[x]"));
  CHECK(globMatch("", ""));
  CHECK_FALSE(globMatch("", "a"));
  CHECK(globMatch("*", ""));
  CHECK(globMatch("tests", "tests"));
  CHECK_FALSE(globMatch("tests", "tests2"));
  CHECK(globMatch("ü*.py", "über.py"));  // bytes match bytes
  CHECK(globMatch("a b/*", "a b/c d.py"));
}

TEST_CASE("glob matcher: ** crosses directories") {
  CHECK(globMatch("**", "a/b/c.py"));
  CHECK(globMatch("**/*.py", "a.py"));
  CHECK(globMatch("**/*.py", "a/b/c.py"));
  CHECK(globMatch("src/**", "src/a/b.py"));
  CHECK_FALSE(globMatch("src/**", "srcx/a.py"));
  CHECK(globMatch("a/**/b", "a/b"));
  CHECK(globMatch("a/**/b", "a/x/y/b"));
  CHECK_FALSE(globMatch("a/**/b", "a/xb"));
  CHECK(globMatch("**/gen", "gen"));
  CHECK(globMatch("**/gen", "pkg/sub/gen"));
  CHECK_FALSE(globMatch("**/gen", "pkg/regen"));
  CHECK(globMatch("**/gen/**", "x/gen/y.py"));
  CHECK(globMatch("a**b", "axxb"));  // not a whole component: like `*`
  CHECK_FALSE(globMatch("a**b", "a/b"));
  CHECK(globMatch("src/**/test_*.py", "src/test_a.py"));
  CHECK(globMatch("src/**/test_*.py", "src/p/q/test_a.py"));
  CHECK_FALSE(globMatch("src/**/test_*.py", "src/p/q/a_test.py"));
  // Many stars stay fast (dynamic programming, no backtracking blow-up).
  CHECK_FALSE(globMatch("*a*a*a*a*a*a*a*a*a*a*a*a*b", std::string(200, 'a')));
  const platlint::GlobPattern compiled("**/*_pb2.py");
  CHECK(compiled.matches("x/y_pb2.py"));
  CHECK(compiled.pattern() == "**/*_pb2.py");
}

TEST_CASE("discoverFiles: .py and .pyi files, display paths sorted and relative") {
  TempTree tree;
  tree.file("b.py");
  tree.file("a.pyi");
  tree.file("notes.txt");
  tree.file("c.pyc");
  tree.file("d.pyx");
  tree.file("pkg/sub/m.py");
  tree.file("pkg/Z.py");
  CHECK(discover({"."}) == Paths{"a.pyi", "b.py", "pkg/Z.py", "pkg/sub/m.py"});
  CHECK(discover({"pkg"}) == Paths{"pkg/Z.py", "pkg/sub/m.py"});
  CHECK(discover({"pkg/"}) == Paths{"pkg/Z.py", "pkg/sub/m.py"});
  CHECK(discover({"./pkg/../pkg/sub"}) == Paths{"pkg/sub/m.py"});
  CHECK(discover({tree.root().string()}) == Paths{"a.pyi", "b.py", "pkg/Z.py", "pkg/sub/m.py"});
  CHECK(discover({(tree.root() / "pkg").string() + "/"}) == Paths{"pkg/Z.py", "pkg/sub/m.py"});
}

TEST_CASE("discoverFiles: extension-less files with a python shebang") {
  TempTree tree;
  tree.file("bin/tool", "#!/usr/bin/env python3\nprint(1)\n");
  tree.file("bin/tool311", "#!/usr/bin/python3.11\n");
  tree.file("bin/crlf", "#!/usr/bin/env python\r\nprint(1)\r\n");
  tree.file("bin/shell", "#!/bin/sh\necho python\n");
  tree.file("bin/plain", "print('python')\n");
  tree.file("bin/empty");
  tree.file("bin/run.sh", "#!/usr/bin/env python3\n");  // has an extension
  tree.file("bin/Makefile", "all:\n");
  tree.file("bin/binary", std::string("\x7f" "ELF\0\0python", 12));
  CHECK(discover({"bin"}) == Paths{"bin/crlf", "bin/tool", "bin/tool311"});
}

TEST_CASE("discoverFiles: tool and virtualenv directories are skipped, build/ is not") {
  TempTree tree;
  for (const char* dir : {".git", ".hg", ".svn", "__pycache__", "node_modules", ".tox", ".nox", ".venv", "venv",
                          ".mypy_cache", ".pytest_cache", ".ruff_cache", ".platlint_cache", ".eggs",
                          "pkg.egg-info", "src/__pycache__"}) {
    tree.file(std::string(dir) + "/x.py");
  }
  tree.file("env/pyvenv.cfg", "home = /usr/bin\n");
  tree.file("env/lib/python3.12/site-packages/mod.py");
  tree.file("build/lib/gen.py");
  tree.file("src/app.py");
  tree.file("venvtools/t.py");  // only the exact names are skipped
  CHECK(discover({"."}) == Paths{"build/lib/gen.py", "src/app.py", "venvtools/t.py"});
  // A directory named on the command line is walked whatever its name.
  CHECK(discover({"node_modules"}) == Paths{"node_modules/x.py"});
  CHECK(discover({"env"}) == Paths{"env/lib/python3.12/site-packages/mod.py"});
}

TEST_CASE("discoverFiles: --exclude globs match components and whole paths") {
  TempTree tree;
  tree.file("src/app.py");
  tree.file("src/msg_pb2.py");
  tree.file("src/gen/g.py");
  tree.file("src/deep/gen/h.py");
  tree.file("src/legacy/old.py");
  tree.file("lib/legacy/old.py");
  tree.file("tests/test_a.py");
  tree.file("src/tests/test_b.py");
  tree.file("docs/conf.py");

  CHECK(discover({"."}, excluding({"tests"})) ==
        Paths{"docs/conf.py", "lib/legacy/old.py", "src/app.py", "src/deep/gen/h.py", "src/gen/g.py",
              "src/legacy/old.py", "src/msg_pb2.py"});
  CHECK(discover({"src"}, excluding({"*_pb2.py", "gen", "legacy", "tests"})) == Paths{"src/app.py"});
  CHECK(discover({"."}, excluding({"src/gen/**", "src/legacy", "./docs/", "tests", "src/*_pb2.py"})) ==
        Paths{"lib/legacy/old.py", "src/app.py", "src/deep/gen/h.py"});
  CHECK(discover({"."}, excluding({"**/legacy/*.py", "src/**/gen", "**/tests/**", "docs/*"})) ==
        Paths{"src/app.py", "src/msg_pb2.py"});  // `src/**/gen` matches src/gen too
  CHECK(discover({"."}, excluding({"src/*"})) == Paths{"docs/conf.py", "lib/legacy/old.py", "tests/test_a.py"});
  // Absolute globs match the absolute path.
  CHECK(discover({"."}, excluding({tree.root().string() + "/src/**"})) ==
        Paths{"docs/conf.py", "lib/legacy/old.py", "tests/test_a.py"});
  // Named paths are excluded too, by any component of their display path.
  CHECK(discover({"src/msg_pb2.py", "tests/test_a.py", "src/app.py"}, excluding({"*_pb2.py", "tests"})) ==
        Paths{"src/app.py"});
  CHECK(discover({"tests"}, excluding({"tests"})).empty());
}

TEST_CASE("discoverFiles: a file named explicitly is always analysed") {
  TempTree tree;
  tree.file("README");
  tree.file("data.txt");
  tree.file("setup.cfg");
  tree.file("node_modules/x.py");
  tree.file(".venv/lib.py");
  CHECK(discover({"data.txt", "README", "node_modules/x.py", ".venv/lib.py"}) ==
        Paths{".venv/lib.py", "README", "data.txt", "node_modules/x.py"});
  CHECK(discover({"."}).empty());
}

TEST_CASE("discoverFiles: the same file given twice appears once") {
  TempTree tree;
  tree.file("a.py");
  tree.file("src/m.py");
  tree.file("src/n.py");
  CHECK(discover({"a.py", "./a.py", "a.py", (tree.root() / "a.py").string(), "src/../a.py"}) == Paths{"a.py"});
  CHECK(discover({"src/m.py", "src", ".", "src/", "./src/m.py"}) == Paths{"a.py", "src/m.py", "src/n.py"});
}

TEST_CASE("discoverFiles: paths that do not exist are unusable paths, apart from the walk's problems") {
  TempTree tree;
  tree.file("a.py");
  const auto result = discoverFiles({"missing.py", "a.py", "nodir/"}, {});
  CHECK(Paths(result.files) == Paths{"a.py"});
  CHECK(result.problems.empty());
  REQUIRE(result.unusablePaths.size() == 2);
  CHECK(result.unusablePaths[0] == "missing.py: no such file or directory");
  CHECK(result.unusablePaths[1] == "nodir/: no such file or directory");

  fs::create_symlink("nowhere.py", tree.root() / "dangling.py");
  const auto dangling = discoverFiles({"dangling.py"}, {});
  CHECK(Paths(dangling.files).empty());
  CHECK(Paths(dangling.unusablePaths) == Paths{"dangling.py: no such file or directory"});
  CHECK(discover({"."}) == Paths{"a.py"});  // a dangling link found by the walk is silently not a file
}

TEST_CASE("discoverFiles: a directory named x.py is walked, not analysed") {
  TempTree tree;
  tree.file("x.py/inner.py");
  tree.file("x.py/notes");
  const auto result = discoverFiles({"."}, {});
  CHECK(Paths(result.files) == Paths{"x.py/inner.py"});
  CHECK(result.problems.empty());
  CHECK(discover({"x.py"}) == Paths{"x.py/inner.py"});
}

TEST_CASE("discoverFiles: symlinked directories are not followed, symlinked files keep their own path") {
  TempTree tree;
  tree.file("pkg/a.py");
  tree.file("outside/o.py");
  fs::create_directory_symlink("..", tree.root() / "pkg" / "loop");
  fs::create_directory_symlink(tree.root() / "pkg", tree.root() / "pkg" / "self");
  fs::create_directory_symlink(tree.root() / "outside", tree.root() / "pkg" / "linked");
  fs::create_symlink("a.py", tree.root() / "pkg" / "alias.py");
  const auto result = discoverFiles({"pkg"}, {});
  CHECK(Paths(result.files) == Paths{"pkg/a.py", "pkg/alias.py"});
  CHECK(result.problems.empty());
  // A symlinked directory named on the command line is walked, under its own name.
  CHECK(discover({"pkg/linked"}) == Paths{"pkg/linked/o.py"});
  // ... and the same files reached through it and directly appear once.
  CHECK(discover({"outside", "pkg/linked/o.py"}).size() == 1);
}

TEST_CASE("discoverFiles: paths outside the working directory are absolute") {
  TempTree tree;
  tree.file("work/w.py");
  tree.file("other/o.py");
  fs::current_path(tree.root() / "work");
  const std::string root = tree.root().string();
  CHECK(discover({"../other"}) == Paths{root + "/other/o.py"});
  CHECK(discover({root + "/other/o.py"}) == Paths{root + "/other/o.py"});
  CHECK(discover({root + "/work/w.py"}) == Paths{"w.py"});
  // A walk from above the working directory shows what is below it relatively.
  CHECK(discover({".."}) == Paths{root + "/other/o.py", "w.py"});
}

// The files and problems of a walk of ".", one per line, problems after a "--" line.
std::string describeWalk() {
  const auto result = discoverFiles({"."}, {});
  std::string out;
  for (const auto& f : result.files) out += f + "\n";
  out += "--\n";
  for (const auto& p : result.problems) out += p + "\n";
  return out;
}

// Root reads every directory, and CI runs as root: there the walk runs in a child process that
// has given up root for the unprivileged uid 65534 first, and hands its description back.
std::string describeWalkUnprivileged(const fs::path& root) {
  if (::geteuid() != 0) return describeWalk();
  fs::permissions(root, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
    const std::string out = describeWalk();
    const bool written = ::write(fds[1], out.data(), out.size()) == static_cast<ssize_t>(out.size());
    ::_exit(written ? 0 : 4);
  }
  ::close(fds[1]);
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  ::close(fds[0]);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE_MESSAGE((WIFEXITED(status) && WEXITSTATUS(status) == 0), "the unprivileged child failed: ", status);
  return out;
}

TEST_CASE("discoverFiles: unreadable directories are problems, the walk goes on") {
  TempTree tree;
  tree.file("ok/a.py");
  tree.file("locked/b.py");
  tree.lock("locked");
  const std::string walk = describeWalkUnprivileged(tree.root());
  const size_t separator = walk.find("--\n");
  REQUIRE(separator != std::string::npos);
  CHECK(walk.substr(0, separator) == "ok/a.py\n");
  const std::string problems = walk.substr(separator + 3);
  CHECK(problems.rfind("locked: cannot read directory: permission denied", 0) == 0);
  CHECK(std::count(problems.begin(), problems.end(), '\n') == 1);
}

TEST_CASE("discoverFiles: unusual file names") {
  TempTree tree;
  const Paths names{"-rf.py", "a b.py", "line\nbreak.py", "ünïcödé.py", "--.py", "'quote\".py", "sub dir/-x.py"};
  for (const auto& name : names) tree.file(name);
  Paths expected = names;
  std::sort(expected.begin(), expected.end());
  CHECK(discover({"."}) == expected);
  CHECK(discover({"-rf.py", "sub dir"}) == Paths{"-rf.py", "sub dir/-x.py"});
}

TEST_CASE("discoverFiles: what git ignores is skipped, with git's semantics") {
  TempTree tree;
  tree.sh("git init -q . && git config core.autocrlf false");
  tree.file(".gitignore", "gen/\n*_pb2.py\nscratch dir/\nvendored/\n");
  tree.file("app.py");
  tree.file("msg_pb2.py");
  tree.file("kept_pb2.py");  // tracked: matching an ignore pattern does not ignore it
  tree.file("gen/g.py");
  tree.file("pkg/gen/h.py");
  tree.file("pkg/m.py");
  tree.file("pkg/other_pb2.py");
  tree.file("pkg/.gitignore", "local_*.py\n!local_keep.py\n");
  tree.file("pkg/local_x.py");
  tree.file("pkg/local_keep.py");
  tree.file("only_ignored/z_pb2.py");
  tree.file("scratch dir/s.py");
  tree.file("-lead/ü b.py");
  tree.file("bin/tool", "#!/usr/bin/env python3\n");
  tree.file("vendored/tracked.py");  // tracked inside an ignored directory: kept
  tree.file("vendored/untracked.py");
  tree.sh("git add .gitignore app.py pkg/.gitignore && git add -f kept_pb2.py vendored/tracked.py && "
          "git -c user.email=t@example.com -c user.name=test commit -q -m init");
  // Nested repository with its own rules; the outer rules do not reach into it.
  tree.sh("git init -q nested");
  tree.file("nested/.gitignore", "skip.py\n");
  tree.file("nested/skip.py");
  tree.file("nested/gen/n.py");
  tree.file("nested/keep.py");

  const Paths expected{"-lead/ü b.py", "app.py",     "bin/tool",        "kept_pb2.py",   "nested/gen/n.py",
                       "nested/keep.py", "pkg/local_keep.py", "pkg/m.py", "vendored/tracked.py"};
  CHECK(discover({"."}) == expected);
  CHECK(discover({tree.root().string()}) == expected);
  CHECK(discover({"pkg"}) == Paths{"pkg/local_keep.py", "pkg/m.py"});
  CHECK(discover({"nested"}) == Paths{"nested/gen/n.py", "nested/keep.py"});

  // Explicitly named files are never dropped; an ignored directory named explicitly is walked.
  CHECK(discover({"msg_pb2.py", "gen/g.py"}) == Paths{"gen/g.py", "msg_pb2.py"});
  CHECK(discover({"gen"}) == Paths{"gen/g.py"});

  // Without .gitignore support everything is found.
  DiscoveryOptions noGit;
  noGit.respectGitignore = false;
  CHECK(discover({"."}, noGit).size() == 18);

  // Excludes still apply on top.
  CHECK(discover({"."}, excluding({"nested", "bin"})) ==
        Paths{"-lead/ü b.py", "app.py", "kept_pb2.py", "pkg/local_keep.py", "pkg/m.py", "vendored/tracked.py"});
  CHECK(discover({"vendored"}) == Paths{"vendored/tracked.py"});
}

TEST_CASE("discoverFiles: outside a git work tree nothing is filtered and nothing is reported") {
  TempTree tree;
  tree.file(".gitignore", "*.py\n");
  tree.file("a.py");
  const auto result = discoverFiles({"."}, {});
  CHECK(Paths(result.files) == Paths{"a.py"});
  CHECK(result.problems.empty());
}

// The project's style: its line length from ruff, black or flake8 configuration, its packages.
namespace {

platlint::ProjectStyle styleOf(const TempTree& tree, const std::string& relativeDirectory = "") {
  return platlint::findProjectStyle((tree.root() / relativeDirectory).lexically_normal().string());
}

}  // namespace

TEST_CASE("project style: the line length of ruff, black and flake8, nearest first") {
  {
    TempTree tree;
    tree.dir(".git");
    CHECK(styleOf(tree).lineLength == 88);
    CHECK(styleOf(tree).lineLengthSource.starts_with("default"));
  }
  {
    TempTree tree;
    tree.dir(".git");
    tree.file("pyproject.toml", "[tool.black]\nline-length = 99\n[tool.ruff]\nline-length = 100\n");
    CHECK(styleOf(tree).lineLength == 100);  // ruff before black
    CHECK_CONTAINS(styleOf(tree).lineLengthSource, "pyproject.toml [tool.ruff] line-length");
    tree.file("pyproject.toml", "[tool.black]\nline-length = 99\n");
    CHECK(styleOf(tree).lineLength == 99);
    tree.file("pyproject.toml", "[tool.black]\ntarget-version = ['py38']\n");
    CHECK(styleOf(tree).lineLength == 88);
    CHECK_CONTAINS(styleOf(tree).lineLengthSource, "pyproject.toml [tool.black] (black's default)");
  }
  {
    TempTree tree;
    tree.dir(".git");
    tree.file(".ruff.toml", "line-length = 120\n");
    tree.file("setup.cfg", "[flake8]\nmax-line-length = 100\n");
    CHECK(styleOf(tree).lineLength == 120);
    CHECK_CONTAINS(styleOf(tree).lineLengthSource, ".ruff.toml line-length");
  }
  {
    TempTree tree;
    tree.dir(".git");
    tree.file("setup.cfg", "[metadata]\nname = x\n[flake8]\nmax_line_length = 100\n");
    tree.file("pkg/sub/__init__.py");
    CHECK(styleOf(tree, "pkg/sub").lineLength == 100);
    CHECK_CONTAINS(styleOf(tree, "pkg/sub").lineLengthSource, "setup.cfg [flake8] max-line-length");
    // The nearest directory with a configuration wins.
    tree.file("pkg/tox.ini", "[pycodestyle]\nmax-line-length = 110\n");
    CHECK(styleOf(tree, "pkg/sub").lineLength == 110);
  }
  {
    TempTree tree;
    tree.dir(".git");
    tree.file("tox.ini", "[tox]\nenvlist = py3\n[hacking]\nlocal-check-factory = x.factory\n");
    CHECK(styleOf(tree).lineLength == 79);
    CHECK_CONTAINS(styleOf(tree).lineLengthSource, "tox.ini [hacking] (flake8's default)");
    tree.file(".flake8", "[flake8]\nselect = E\n");
    tree.file("tox.ini", "[tox]\n");
    CHECK(styleOf(tree).lineLength == 79);
    CHECK_CONTAINS(styleOf(tree).lineLengthSource, ".flake8 [flake8] (flake8's default)");
  }
  {
    // Above the git work tree nothing counts.
    TempTree tree;
    tree.file("tox.ini", "[flake8]\nmax-line-length = 100\n");
    tree.dir("repo/.git");
    CHECK(styleOf(tree, "repo").lineLength == 88);
  }
}

TEST_CASE("project style: imports sorted by module for hacking and isort's force_sort_within_sections") {
  TempTree tree;
  tree.dir(".git");
  CHECK_FALSE(styleOf(tree).importsSortedByModule);
  tree.file("tox.ini", "[flake8]\n[hacking]\nimport_exceptions = typing\n");
  CHECK(styleOf(tree).importsSortedByModule);
  tree.file("tox.ini", "[flake8]\n");
  tree.file("pyproject.toml", "[tool.isort]\nprofile = \"black\"\n");
  CHECK_FALSE(styleOf(tree).importsSortedByModule);
  tree.file("pyproject.toml", "[tool.isort]\nforce_sort_within_sections = true\n");
  CHECK(styleOf(tree).importsSortedByModule);
  tree.file("pyproject.toml", "[project]\nname = \"x\"\n");
  tree.file(".isort.cfg", "[settings]\nprofile = google\n");
  CHECK(styleOf(tree).importsSortedByModule);
}

TEST_CASE("project style: first-party packages and modules at the project root, in src/ and the file's own") {
  TempTree tree;
  tree.dir(".git");
  tree.file("setup.py");
  tree.file("nova/__init__.py");
  tree.file("nova/virt/__init__.py");
  tree.file("tools.py");
  tree.file("docs/conf.py");
  tree.file("src/other/__init__.py");
  CHECK(styleOf(tree).firstParty == std::vector<std::string>{"nova", "other", "tools"});
  CHECK(styleOf(tree, "nova/virt").firstParty == std::vector<std::string>{"nova", "other", "tools"});
  // A package below a directory that is not the project root: its top-level package counts.
  tree.file("docs/ext/plugin/__init__.py");
  CHECK(styleOf(tree, "docs/ext/plugin").firstParty == std::vector<std::string>{"nova", "other", "plugin", "tools"});
}

TEST_CASE("project style: platlint's own line-length wins, and config --show's source") {
  TempTree tree;
  tree.dir(".git");
  tree.file("tox.ini", "[flake8]\nmax-line-length = 100\n");
  tree.file("a.py", "x = 1\n");
  {
    platlint::ConfigResolver resolver(platlint::builtinRules(), {});
    const auto resolved = resolver.resolve("a.py");
    CHECK(resolved.settings->lineLength == 100);
    CHECK_CONTAINS(resolved.settings->lineLengthSource, "tox.ini [flake8] max-line-length");
  }
  tree.file("pyproject.toml", "[tool.platlint]\nline-length = 72\n");
  platlint::ConfigResolver resolver(platlint::builtinRules(), {});
  const auto resolved = resolver.resolve("a.py");
  CHECK(resolved.settings->lineLength == 72);
  CHECK_CONTAINS(resolved.settings->lineLengthSource, "pyproject.toml [tool.platlint] line-length");
}
