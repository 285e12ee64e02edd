#include "analyzer/workspace/discovery.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <exception>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <optional>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <utility>

#include "analyzer/base/cancellation.h"
#include "analyzer/workspace/git_ignore.h"
#include "analyzer/syntax/languages.h"
#include "analyzer/base/glob_match.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

bool isSkippedDirectoryName(std::string_view name) {
  static constexpr std::string_view skipped[] = {
      ".git",          ".hg",         ".svn",  "__pycache__", "node_modules", ".tox", ".nox", ".venv", "venv",
      ".mypy_cache",   ".pytest_cache", ".ruff_cache", ".platlint_cache", ".eggs", "CMakeFiles"};
  if (std::find(std::begin(skipped), std::end(skipped), name) != std::end(skipped)) return true;
  constexpr std::string_view eggInfo = ".egg-info";
  return name.size() > eggInfo.size() && name.substr(name.size() - eggInfo.size()) == eggInfo;
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The first line starts with "#!" and names python (`#!/usr/bin/env python3`, `#!/usr/bin/python3.11`).
bool hasPythonShebang(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return false;
  char buffer[512];
  std::size_t size = 0;
  while (size < sizeof buffer) {
    const ssize_t got = ::read(fd, buffer + size, sizeof buffer - size);
    if (got <= 0) break;
    size += static_cast<std::size_t>(got);
  }
  ::close(fd);
  const std::string_view head(buffer, size);
  if (head.substr(0, 2) != "#!") return false;
  const std::string_view line = head.substr(0, head.find('\n'));
  return line.find("python") != std::string_view::npos;
}

enum class Candidate { No, Yes, IfShebang };

Candidate pythonCandidate(const std::string& name) {
  if (endsWith(name, ".py") || endsWith(name, ".pyi")) {
    // `.py` alone is a dot file without extension, like `fs::path::extension` says.
    return name != ".py" && name != ".pyi" ? Candidate::Yes : Candidate::IfShebang;
  }
  return fs::path(name).extension().empty() ? Candidate::IfShebang : Candidate::No;
}

std::string lowerFirst(std::string message) {
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

std::string joinPath(const std::string& directory, const std::string& name) {
  if (directory.empty()) return name;
  if (directory.back() == '/') return directory + name;
  return directory + "/" + name;
}

// Drops "./" prefixes and a trailing '/', which display paths never have.
std::string normalizeGlob(std::string glob) {
  while (glob.size() > 2 && glob.compare(0, 2, "./") == 0) glob.erase(0, 2);
  while (glob.size() > 1 && glob.back() == '/') glob.pop_back();
  return glob;
}

class Exclusions {
 public:
  explicit Exclusions(const std::vector<std::string>& globs) {
    for (const std::string& raw : globs) {
      std::string glob = normalizeGlob(raw);
      if (glob.empty()) continue;
      (glob.front() == '/' ? absolute_ : relative_).emplace_back(glob);
    }
  }

  // One path component (a file or directory name).
  bool excludesName(std::string_view name) const {
    return std::any_of(relative_.begin(), relative_.end(), [&](const GlobPattern& g) { return g.matches(name); });
  }

  // A whole path: the display path with relative globs, the absolute path with absolute globs.
  bool excludesPath(std::string_view display, std::string_view absolute) const {
    if (!display.empty() &&
        std::any_of(relative_.begin(), relative_.end(), [&](const GlobPattern& g) { return g.matches(display); })) {
      return true;
    }
    return std::any_of(absolute_.begin(), absolute_.end(), [&](const GlobPattern& g) { return g.matches(absolute); });
  }

  // A path named on the command line: the whole path and every component of its display path.
  bool excludesNamedPath(const std::string& display, const std::string& absolute) const {
    if (excludesPath(display, absolute)) return true;
    std::size_t start = 0;
    while (start < display.size()) {
      std::size_t end = display.find('/', start);
      if (end == std::string::npos) end = display.size();
      if (end > start && excludesName(std::string_view(display).substr(start, end - start))) return true;
      start = end + 1;
    }
    return false;
  }

 private:
  std::vector<GlobPattern> relative_;
  std::vector<GlobPattern> absolute_;
};

struct GitContext {
  std::shared_ptr<const GitIgnoredPaths> ignored;  // null: no filtering
  std::string relative;                            // this directory relative to the queried directory
};

// Where the directory stands in the tree of DiscoveredFiles::tree.
struct TreePlace {
  uint32_t tree = 0;
  std::string fromRoot;     // relative to the walked directory
  bool walkLists = true;    // its files come from this walk (not from git, not through a followed link)
};

struct Frame {
  std::string absolute;  // lexical absolute path, used to open the directory and for absolute globs
  std::string display;   // "" for the working directory
  std::string key;       // physical path, for deduplication
  GitContext git;
  bool isRoot = false;
  TreePlace place;
};

class Discoverer {
 public:
  explicit Discoverer(const DiscoveryOptions& options) : options_(options), exclusions_(options.excludeGlobs) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (!ec) cwd_ = cwd.lexically_normal().string();
  }

  // An editor's buffer (or standard input) to be analysed as the file `argument`, which need not
  // exist. Unlike a path named on the command line, the configuration's excludes apply to it: an
  // editor names every file it opens, so a configured exclusion must hold there too.
  void addBuffer(const std::string& argument) {
    std::error_code ec;
    if (argument.empty()) {
      result_.unusablePaths.push_back("'' (an empty path): no file name for the buffer");
      return;
    }
    const fs::path absolute = fs::absolute(fs::path(argument), ec).lexically_normal();
    if (ec || !absolute.has_filename()) {
      result_.unusablePaths.push_back(argument + ": not a file name");
      return;
    }
    std::string absoluteText = absolute.string();
    std::optional<std::string> display = relativeToCwd(absoluteText);
    if (!display) {
      const fs::path physical = fs::weakly_canonical(absolute.parent_path(), ec) / absolute.filename();
      if (!ec) display = relativeToCwd(physical.string());
      if (display) absoluteText = physical.string();
    }
    if (!display) display = absoluteText;
    if (exclusions_.excludesNamedPath(*display, absoluteText)) return;
    if (options_.excludedByConfiguration && options_.excludedByConfiguration(absoluteText)) return;
    add(absoluteText, *display);
    if (options_.collectTree) {
      const std::string fromRoot = display->starts_with('/') ? absolute.filename().string() : *display;
      tree_.add(*display, fromRoot, 0, treeId(""));
    }
  }

  void addArgument(const std::string& argument) {
    std::error_code ec;
    if (argument.empty()) {
      result_.unusablePaths.push_back("'' (an empty path): no such file or directory");
      return;
    }
    fs::path absolute = fs::absolute(fs::path(argument), ec);
    if (ec) {
      result_.unusablePaths.push_back(argument + ": " + lowerFirst(ec.message()));
      return;
    }
    absolute = absolute.lexically_normal();
    if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();

    const fs::file_status linkStatus = fs::symlink_status(absolute, ec);
    if (ec || linkStatus.type() == fs::file_type::not_found) {
      result_.unusablePaths.push_back(argument + ": " +
                                 (ec && ec != std::errc::no_such_file_or_directory ? lowerFirst(ec.message())
                                                                                   : "no such file or directory"));
      return;
    }
    fs::file_status status = linkStatus;
    if (fs::is_symlink(linkStatus)) {
      status = fs::status(absolute, ec);
      if (ec || status.type() == fs::file_type::not_found) {
        // ELOOP says "too many levels of symbolic links", which is the real problem.
        result_.unusablePaths.push_back(argument + ": " + (ec && ec != std::errc::no_such_file_or_directory
                                                          ? lowerFirst(ec.message())
                                                          : "no such file or directory"));
        return;
      }
    }

    // Keep the path as written (a symlink keeps its own name); resolve only the parent directories when
    // that is what puts the path below the working directory.
    const fs::path parent = absolute.has_relative_path() ? absolute.parent_path() : absolute;
    fs::path physicalParent = fs::weakly_canonical(parent, ec);
    if (ec) physicalParent = parent;
    const fs::path physical = absolute.has_relative_path() ? physicalParent / absolute.filename() : physicalParent;
    std::string absoluteText = absolute.string();
    std::optional<std::string> display = relativeToCwd(absoluteText);
    if (!display) {
      display = relativeToCwd(physical.string());
      if (display) absoluteText = physical.string();
    }
    if (!display) display = absoluteText;

    if (exclusions_.excludesNamedPath(*display, absoluteText)) return;

    if (fs::is_directory(status)) {
      fs::path root = fs::weakly_canonical(absolute, ec);
      if (ec) root = physical;
      rootKey_ = root.string();
      walkedDirectories_.insert(rootKey_);
      walk(Frame{absoluteText, *display, root.string(), {}, true, TreePlace{treeId(rootKey_), "", true}});
    } else {
      add(physical.string(), *display);
      // A file named alone: its tree is the names given, relative to the working directory.
      if (options_.collectTree) {
        const std::string fromRoot = display->starts_with('/') ? absolute.filename().string() : *display;
        tree_.add(*display, fromRoot, 0, treeId(""));
      }
    }
  }

  DiscoveredFiles finish() {
    std::vector<std::string>& files = result_.files;
    files.reserve(byKey_.size());
    for (auto& [key, display] : byKey_) files.push_back(std::move(display));
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    result_.tree = std::move(tree_).finish();
    return std::move(result_);
  }

  void addProblem(std::string problem) { result_.problems.push_back(std::move(problem)); }

 private:
  struct Entry {
    std::string name;
    fs::file_type type;  // of the entry itself; a symlink's target type is in targetType
    fs::file_type targetType;
    bool symlinkLoop = false;  // a symlink that resolves to itself (ELOOP)
  };

  // "" for the working directory, "a/b" below it, nothing elsewhere.
  std::optional<std::string> relativeToCwd(const std::string& absolute) const {
    if (cwd_.empty()) return std::nullopt;
    if (absolute == cwd_) return std::string();
    if (cwd_ == "/") return absolute.substr(1);
    if (absolute.size() > cwd_.size() && absolute.compare(0, cwd_.size(), cwd_) == 0 && absolute[cwd_.size()] == '/') {
      return absolute.substr(cwd_.size() + 1);
    }
    return std::nullopt;
  }

  void add(const std::string& key, const std::string& display) {
    auto [it, inserted] = byKey_.emplace(key, display);
    if (!inserted && display < it->second) it->second = display;
  }

  static std::string shown(const std::string& display) { return display.empty() ? "." : display; }

  // Trees are numbered by their root: two paths given in one repository share its tree.
  uint32_t treeId(const std::string& root) {
    return treeIds_.emplace(root, static_cast<uint32_t>(treeIds_.size())).first->second;
  }

  bool excludedEntry(std::string_view name, const std::string& display, const std::string& absolute) const {
    return exclusions_.excludesName(name) || exclusions_.excludesPath(display, absolute) ||
           (options_.excludedByConfiguration && options_.excludedByConfiguration(absolute));
  }

  // The files git tracks below the frame's directory join the tree; false when git cannot say (the
  // walk lists them then).
  bool listTracked(const Frame& frame) {
    GitTrackedPaths tracked = queryGitTracked(frame.absolute);
    if (!tracked.ok) return false;
    const uint32_t tree = treeId(tracked.topLevel);
    std::map<std::string, bool> excludedDirectories;  // relative to the frame
    const auto directoryExcluded = [&](const std::string& relative) {
      auto [it, fresh] = excludedDirectories.emplace(relative, false);
      if (fresh) {
        const size_t slash = relative.rfind('/');
        const std::string_view name = std::string_view(relative).substr(slash == std::string::npos ? 0 : slash + 1);
        it->second = excludedEntry(name, joinPath(frame.display, relative), joinPath(frame.absolute, relative));
      }
      return it->second;
    };
    for (std::string& relative : tracked.files) {
      bool excluded = false;
      for (size_t slash = relative.find('/'); slash != std::string::npos && !excluded; slash = relative.find('/', slash + 1)) {
        excluded = directoryExcluded(relative.substr(0, slash));
      }
      const size_t slash = relative.rfind('/');
      const std::string display = joinPath(frame.display, relative);
      if (excluded || excludedEntry(std::string_view(relative).substr(slash == std::string::npos ? 0 : slash + 1), display,
                                    joinPath(frame.absolute, relative))) {
        continue;
      }
      tree_.add(display, tracked.prefix + relative, static_cast<uint32_t>(tracked.prefix.size()), tree);
    }
    return true;
  }

  // A file (or link, or other non-directory) the walk met, where the walk lists the tree.
  void addWalkedTreeFile(const Frame& frame, const Entry& entry, const std::string& display, const std::string& absolute,
                         const std::string& gitRelative) {
    if (!options_.collectTree || !frame.place.walkLists) return;
    if (excludedEntry(entry.name, display, absolute)) return;
    if (frame.git.ignored && frame.git.ignored->ignoresFile(gitRelative)) return;
    tree_.add(display, joinPath(frame.place.fromRoot, entry.name), 0, frame.place.tree);
  }

  std::shared_ptr<const GitIgnoredPaths> askGit(const Frame& frame) {
    auto ignored = std::make_shared<GitIgnoredPaths>(queryGitIgnored(frame.absolute));
    if (!ignored->error.empty()) result_.problems.push_back(shown(frame.display) + ": " + ignored->error);
    if (!ignored->inWorkTree) return nullptr;
    return ignored;
  }

  bool listDirectory(const Frame& frame, std::vector<Entry>& entries) {
    std::error_code ec;
    fs::directory_iterator it(fs::path(frame.absolute), fs::directory_options::none, ec);
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      // The type read with the directory (d_type) is cached in the entry: no stat per entry unless the
      // file system does not report types, or the entry is a symlink.
      std::error_code entryError;
      Entry entry{it->path().filename().string(), fs::file_type::unknown, fs::file_type::none};
      if (it->is_symlink(entryError)) {
        entry.type = fs::file_type::symlink;
        entry.targetType = it->status(entryError).type();
        if (entryError) {
          entry.targetType = fs::file_type::not_found;
          entry.symlinkLoop = entryError.value() == ELOOP;
        }
      } else if (entryError) {
        continue;  // vanished while we looked
      } else if (it->is_directory(entryError)) {
        entry.type = fs::file_type::directory;
      } else if (!entryError && it->is_regular_file(entryError)) {
        entry.type = fs::file_type::regular;
      }
      entries.push_back(std::move(entry));
    }
    if (ec) {
      result_.problems.push_back(shown(frame.display) + ": cannot read directory: " + lowerFirst(ec.message()));
      return false;
    }
    return true;
  }

  void walk(Frame root) {
    std::vector<Frame> stack;
    stack.push_back(std::move(root));
    std::vector<Entry> entries;
    while (!stack.empty() && !stopRequested()) {
      Frame frame = std::move(stack.back());
      stack.pop_back();
      entries.clear();
      if (!listDirectory(frame, entries) && entries.empty()) continue;

      const auto has = [&](std::string_view name) {
        return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.name == name; });
      };
      if (!frame.isRoot && has("pyvenv.cfg")) continue;  // a virtualenv
      if (options_.respectGitignore && (frame.isRoot || has(".git"))) {
        // The root, or a nested repository (or submodule) whose rules git does not apply from outside.
        if (auto ignored = askGit(frame)) {
          frame.git = GitContext{std::move(ignored), std::string()};
          if (options_.collectTree && listTracked(frame)) frame.place.walkLists = false;
        }
      }
      std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name > b.name; });

      for (const Entry& entry : entries) {
        const std::string absolute = joinPath(frame.absolute, entry.name);
        std::string display = joinPath(frame.display, entry.name);
        const std::string gitRelative = joinPath(frame.git.relative, entry.name);

        if (entry.type == fs::file_type::directory) {
          if (isSkippedDirectoryName(entry.name) || exclusions_.excludesName(entry.name)) continue;
          if (absolute == cwd_) display.clear();  // a walk from above the working directory reached it
          if (exclusions_.excludesPath(display, absolute)) continue;
          if (frame.git.ignored && frame.git.ignored->ignoresDirectory(gitRelative)) continue;
          if (options_.excludedByConfiguration && options_.excludedByConfiguration(absolute)) continue;
          if (!walkedDirectories_.insert(joinPath(frame.key, entry.name)).second) continue;
          stack.push_back(Frame{absolute, display, joinPath(frame.key, entry.name),
                                GitContext{frame.git.ignored, gitRelative}, false,
                                TreePlace{frame.place.tree, joinPath(frame.place.fromRoot, entry.name), frame.place.walkLists}});
          continue;
        }
        const std::string key = joinPath(frame.key, entry.name);
        addWalkedTreeFile(frame, entry, display, absolute, gitRelative);
        if (entry.type == fs::file_type::symlink && !entry.symlinkLoop) {
          // Links are followed only within the root being walked (so a link cannot make platlint read,
          // and quote, files it was not asked to look at), anywhere with --follow-symlinks.
          std::error_code ec;
          const std::string target = fs::canonical(absolute, ec).string();
          if (ec) continue;
          const bool insideRoot = target == rootKey_ || target.starts_with(rootKey_ + "/");
          if (!insideRoot && !options_.followSymlinks) continue;
          if (entry.targetType == fs::file_type::directory) {
            if (!options_.followSymlinks || isSkippedDirectoryName(entry.name) ||
                exclusions_.excludesName(entry.name) || exclusions_.excludesPath(display, absolute) ||
                !walkedDirectories_.insert(target).second) {
              continue;
            }
            stack.push_back(Frame{absolute, display, target, GitContext{}, false, TreePlace{frame.place.tree, "", false}});
            continue;
          }
        }
        const fs::file_type fileType = entry.type == fs::file_type::symlink ? entry.targetType : entry.type;
        Candidate candidate = pythonCandidate(entry.name);
        const bool cFamily = candidate == Candidate::No && isCFamilyPath(entry.name);
        if (cFamily && options_.includeCFamily) candidate = Candidate::Yes;
        // Left out, but counted, so that the run can say what it did not analyse.
        const bool countOnly = cFamily && !options_.includeCFamily && options_.countCFamily;
        if (candidate == Candidate::No && !countOnly) continue;
        // A dangling link is skipped silently (editors' lock files are such links); a `.py` link that
        // loops is a broken source file, and reading it reports why.
        if (fileType != fs::file_type::regular && !(entry.symlinkLoop && candidate == Candidate::Yes)) continue;
        if (exclusions_.excludesName(entry.name) || exclusions_.excludesPath(display, absolute)) continue;
        if (frame.git.ignored && frame.git.ignored->ignoresFile(gitRelative)) continue;
        if (options_.excludedByConfiguration && options_.excludedByConfiguration(absolute)) continue;
        if (countOnly) {
          ++result_.cFamilyLeftOut;
          continue;
        }
        if (candidate == Candidate::IfShebang && !hasPythonShebang(absolute)) continue;
        add(key, display);
      }
    }
  }

  const DiscoveryOptions& options_;
  Exclusions exclusions_;
  std::string cwd_;
  std::map<std::string, std::string> byKey_;  // physical path -> display path
  std::string rootKey_;                          // physical path of the directory being walked
  std::set<std::string> walkedDirectories_;     // physical paths, so that followed links cannot loop
  std::map<std::string, uint32_t> treeIds_;     // root of a tree -> ProjectTree::Path::tree
  ProjectTree::Builder tree_;                   // becomes result_.tree
  DiscoveredFiles result_;
};

}  // namespace

DiscoveredFiles discoverFiles(const std::vector<std::string>& paths, const DiscoveryOptions& options) {
  Discoverer discoverer(options);
  for (const std::string& path : paths) {
    try {
      discoverer.addArgument(path);
    } catch (const std::exception& error) {
      discoverer.addProblem(path + ": " + error.what());
    }
  }
  return discoverer.finish();
}

DiscoveredFiles discoverBuffer(const std::string& path, const DiscoveryOptions& options) {
  Discoverer discoverer(options);
  discoverer.addBuffer(path);
  return discoverer.finish();
}

}  // namespace platlint
