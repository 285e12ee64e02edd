// PORT808-810: a tree that cannot even be checked out on Windows or macOS. A project check over every
// path of the tree (analyzer/lint/project_tree.h: the files git tracks, else the files under the
// analysed directories), not only the Python files: names Windows cannot create (PORT808), paths that
// differ only in letter case and collide on the case-insensitive file systems of macOS and Windows
// (PORT809), and paths longer than Windows' MAX_PATH (PORT810). The findings are on the paths
// themselves, without a region.
#include <algorithm>
#include <array>
#include <deque>
#include <string_view>
#include <tuple>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "analyzer/lint/project_check.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "file-system", "checkout"};
constexpr PlatformSet kWindowsOnly = Platform::Windows;
// Windows' MAX_PATH, in UTF-16 code units, terminating NUL included; measured from the root of the
// tree, so the checkout directory comes on top of it.
constexpr size_t kMaxPath = 260;

constexpr RuleMeta kWindowsReservedName{
    "PORT808", "windows-reserved-file-name", Level::Warning,
    "A file or directory name that Windows cannot create, so the tree cannot be checked out there",
    "Looks at every path of the analysed tree — the files git tracks when the analysed paths are in a git work "
    "tree, else every file under them outside what is excluded — not only Python files, and at each directory "
    "on the way. It reports a file or directory whose name is a Windows device name: `CON`, `PRN`, `AUX`, `NUL`, "
    "`COM1`-`COM9`, `LPT1`-`LPT9` (also `COM¹`-`COM³`, `LPT¹`-`LPT³`), `CONIN$` and `CONOUT$`, in any letter case "
    "and with any extension (`aux.py`, `con/`, `nul.txt`, `Com1.log`); a name that contains a character Windows "
    "does not allow in file names (`<`, `>`, `:`, `\"`, `|`, `?`, `*`, `\\`, a control character); and a name "
    "that ends in a dot or a space. A directory is reported once, not every file below it.",
    "Windows refuses to create such files: `aux.py` opens the AUX device instead, `a:b.txt` names an "
    "alternate data stream of `a`, and a trailing dot or space is dropped, so the file would get another "
    "name. `git clone` on Windows (and on a Windows file system mounted elsewhere) fails with "
    "\"invalid path\" or leaves the work tree incomplete, so a Windows developer or CI job cannot even start.",
    "src/\n  aux.py\n  con/\n    config.py\ndocs/\n  what?.md\n  notes.",
    "src/\n  auxiliary.py\n  console/\n    config.py\ndocs/\n  what.md\n  notes",
    kWindowsOnly, kTags, FixAvailability::None, {}, true, "text"};

constexpr RuleMeta kCaseCollidingPaths{
    "PORT809", "case-colliding-paths", Level::Warning,
    "Paths that differ only in letter case, so they are one path on macOS and Windows",
    "Looks at every path of the analysed tree (as PORT808 does: the files git tracks, else every file under "
    "the analysed paths) and at each directory on the way, and reports paths of one directory that differ only "
    "in the case of ASCII letters: `README.md` and `readme.md`, `Docs/` and `docs/`, a file `build` and a "
    "directory `Build/`. Each group of such paths is reported once, on the first of them, with the others as "
    "related locations; the files below two colliding directories are not reported again.",
    "The default file systems of macOS (APFS, HFS+) and Windows (NTFS) ignore letter case: `README.md` and "
    "`readme.md` are the same file there. A checkout writes both into it, so one of them is lost and git "
    "shows the other as modified forever; two colliding directories become one, their files mixed. The "
    "problem only shows on the developer's machine that has such a file system, never on Linux CI.",
    "docs/\n  README.md\n  readme.md\nDocs/\n  index.rst",
    "docs/\n  README.md\n  index.rst",
    kNotLinux, kTags, FixAvailability::None, {}, true, "text"};

constexpr RuleMeta kPathTooLong{
    "PORT810", "path-too-long-for-windows", Level::Warning,
    "A path longer than Windows' 260-character MAX_PATH, so the tree cannot be checked out there by default",
    "Looks at every path of the analysed tree (as PORT808 does) and reports a file or directory whose path, "
    "counted from the root of the tree (the git work tree, else the analysed directory) in UTF-16 code units "
    "as Windows counts them, is longer than 260 characters. Only the shortest such path is reported: a "
    "directory that is too long already is reported once, with the number of files below it. The directory the "
    "tree is checked out into adds its own length (`C:\\Users\\someone\\src\\project\\` is 30 more), so paths "
    "somewhat shorter than 260 characters fail as well; this rule reports only those that fail wherever the "
    "checkout goes.",
    "Windows APIs limit a path to 260 characters (MAX_PATH) unless the long-path support is enabled in the "
    "registry (`LongPathsEnabled`) and the program opts in. Git for Windows does not use long paths unless "
    "`core.longpaths` is set, so `git clone` fails with \"Filename too long\"; many tools (Explorer, older "
    "Python and installers) fail even when the system allows long paths.",
    "tests/unit/fixtures/very_long_directory_name_describing_the_scenario/.../"
    "and_another_level_describing_the_expected_result_of_the_test_case.json  (287 characters)",
    "tests/unit/fixtures/scenario_12/expected.json  (shorter names, details inside the file)",
    kWindowsOnly, kTags, FixAvailability::None, {}, true, "text"};

constexpr const RuleMeta* kRules[] = {&kWindowsReservedName, &kCaseCollidingPaths, &kPathTooLong};

// A file or a directory of the tree. Its path from the root is a view into the ProjectTree, and a
// file's display path is composed only when reported: a tree of 200,000 paths is not copied again.
struct TreeEntry {
  std::string_view fromRoot;
  uint32_t tree = 0;
  uint32_t index = 0;       // of the file in the ProjectTree, or of the directory in Entries::directoryNames
  uint32_t filesBelow = 0;  // directories only
  bool directory = false;
};

// Sorted by tree, then path from its root.
struct Entries {
  const ProjectTree& tree;
  std::vector<TreeEntry> list;
  std::deque<std::string> directoryNames;  // the display path of each directory

  std::string display(const TreeEntry& entry) const {
    return entry.directory ? directoryNames[entry.index] : tree[entry.index].display();
  }
};

std::string_view lastComponent(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view parentOf(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

// Every file of the tree and every directory on its way below the analysed paths.
Entries entriesOf(const ProjectTree& tree) {
  Entries entries{tree, {}, {}};
  std::map<std::pair<uint32_t, std::string_view>, size_t> directories;  // -> index in directoryEntries
  std::vector<TreeEntry> directoryEntries;
  entries.list.reserve(tree.size());
  for (uint32_t index = 0; index < tree.size(); ++index) {
    const ProjectTree::Path file = tree[index];
    entries.list.push_back(TreeEntry{file.fromRoot, file.tree, index, 0, false});
    const std::string_view fromRoot = file.fromRoot;
    for (size_t slash = fromRoot.find('/'); slash != std::string_view::npos; slash = fromRoot.find('/', slash + 1)) {
      const std::string_view directory = fromRoot.substr(0, slash);
      const std::string_view name = lastComponent(directory);
      const size_t nameStart = directory.size() - name.size();
      const size_t belowDirectory = fromRoot.size() - slash;  // "/rest" of the file's path
      if (nameStart < file.shownFrom || belowDirectory >= file.displaySize()) continue;  // outside the analysed paths
      if (name == "." || name == "..") continue;
      // The key views the tree's own text, which outlives this function.
      const auto [at, added] = directories.try_emplace({file.tree, directory}, directoryEntries.size());
      if (added) {
        const size_t size = file.displaySize() - belowDirectory;
        std::string& display = entries.directoryNames.emplace_back(file.displayHead.substr(0, size));
        display.append(file.displayTail().substr(0, size - display.size()));
        directoryEntries.push_back(
            TreeEntry{directory, file.tree, static_cast<uint32_t>(entries.directoryNames.size() - 1), 0, true});
      }
      ++directoryEntries[at->second].filesBelow;
    }
  }
  entries.list.insert(entries.list.end(), directoryEntries.begin(), directoryEntries.end());
  // Files before directories of the same path, which unique() then drops: a path is one or the other.
  const auto key = [](const TreeEntry& e) { return std::tie(e.tree, e.fromRoot, e.directory); };
  std::sort(entries.list.begin(), entries.list.end(), [&](const TreeEntry& a, const TreeEntry& b) { return key(a) < key(b); });
  const auto samePath = [](const TreeEntry& a, const TreeEntry& b) { return a.tree == b.tree && a.fromRoot == b.fromRoot; };
  entries.list.erase(std::unique(entries.list.begin(), entries.list.end(), samePath), entries.list.end());
  return entries;
}

std::string quoted(std::string_view text) { return "`" + std::string(text) + "`"; }

std::string describe(const TreeEntry& entry) {
  return (entry.directory ? "the directory " : "the file ") + quoted(lastComponent(entry.fromRoot));
}

std::string filesBelow(const TreeEntry& directory) {
  return std::to_string(directory.filesBelow) + (directory.filesBelow == 1 ? " file" : " files") + " below it";
}

std::string upperAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// CON, AUX, COM1, LPT³, ...: what Windows opens instead of a file of that name, whatever follows the
// first dot.
bool isDeviceName(std::string_view stem) {
  while (!stem.empty() && stem.back() == ' ') stem.remove_suffix(1);
  const std::string upper = upperAscii(stem);
  static constexpr std::array<std::string_view, 6> kDevices = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"};
  if (std::find(kDevices.begin(), kDevices.end(), upper) != kDevices.end()) return true;
  if (upper.size() < 4 || (upper.compare(0, 3, "COM") != 0 && upper.compare(0, 3, "LPT") != 0)) return false;
  const std::string_view number = std::string_view(upper).substr(3);
  return (number.size() == 1 && number[0] >= '1' && number[0] <= '9') || number == "\xC2\xB9" || number == "\xC2\xB2" ||
         number == "\xC2\xB3";
}

// Why Windows cannot create a file or directory called `name`, or nothing.
std::optional<std::string> windowsNameProblem(std::string_view name) {
  const std::string_view stem = name.substr(0, name.find('.'));
  if (isDeviceName(stem)) {
    return quoted(upperAscii(stem)) + " names a device on Windows, whatever the extension, and no file or directory can";
  }
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      return std::string("the control character U+00") + kHex[byte >> 4] + kHex[byte & 15] +
             " is not allowed in file names on Windows";
    }
    if (std::string_view("<>:\"|?*").find(c) != std::string_view::npos) {
      return quoted(std::string(1, c)) + " is not allowed in file names on Windows";
    }
    if (c == '\\') return "`\\` separates directories on Windows";
  }
  if (!name.empty() && (name.back() == '.' || name.back() == ' ')) {
    return std::string("Windows drops a trailing ") + (name.back() == '.' ? "dot" : "space") +
           ", so it would be created under another name";
  }
  return std::nullopt;
}

// Windows counts UTF-16 code units: a 4-byte UTF-8 sequence is two of them, any other sequence one.
size_t utf16Length(std::string_view text) {
  size_t units = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) ++units;
    if (byte >= 0xF0) ++units;
  }
  return units;
}

void reportReservedNames(ProjectContext& ctx, const Entries& entries) {
  for (const TreeEntry& entry : entries.list) {
    const std::optional<std::string> problem = windowsNameProblem(lastComponent(entry.fromRoot));
    if (!problem) continue;
    std::string message = describe(entry) + ": " + *problem + "; a checkout on Windows fails";
    if (entry.directory) message += " (" + filesBelow(entry) + ")";
    ctx.reportPath(entries.display(entry), kWindowsReservedName, message + "; rename it");
  }
}

void reportLongPaths(ProjectContext& ctx, const Entries& entries) {
  for (const TreeEntry& entry : entries.list) {
    const size_t length = utf16Length(entry.fromRoot);
    if (length <= kMaxPath || utf16Length(parentOf(entry.fromRoot)) > kMaxPath) continue;
    std::string message = describe(entry) + " has a path of " + std::to_string(length) +
                          " characters from the root of the tree, more than the " + std::to_string(kMaxPath) +
                          "-character MAX_PATH of Windows";
    if (entry.directory) message += " (" + filesBelow(entry) + ")";
    ctx.reportPath(entries.display(entry), kPathTooLong,
                   message + ": a checkout on Windows fails unless long paths are enabled there and in git "
                             "(`core.longpaths`); shorten the names of its directories or its own");
  }
}

void reportCaseCollisions(ProjectContext& ctx, const Entries& entries) {
  // Entries in the order of their case-folded paths (a sort, not a copy of every path folded).
  std::vector<const TreeEntry*> folded;
  folded.reserve(entries.list.size());
  for (const TreeEntry& entry : entries.list) folded.push_back(&entry);
  const auto foldedLess = [](const TreeEntry* a, const TreeEntry* b) {
    if (a->tree != b->tree) return a->tree < b->tree;
    return std::lexicographical_compare(a->fromRoot.begin(), a->fromRoot.end(), b->fromRoot.begin(), b->fromRoot.end(),
                                        [](char x, char y) {  // as std::string compares: bytes unsigned
                                          return static_cast<unsigned char>(lowerAscii(x)) <
                                                 static_cast<unsigned char>(lowerAscii(y));
                                        });
  };
  std::stable_sort(folded.begin(), folded.end(), foldedLess);
  for (size_t first = 0, last = 0; first < folded.size(); first = last) {
    last = first + 1;
    while (last < folded.size() && !foldedLess(folded[first], folded[last])) ++last;
    const std::span<const TreeEntry* const> group(folded.data() + first, last - first);
    if (group.size() < 2) continue;
    // Below two colliding directories, the same name collides again: reported with the directories,
    // unless two of the group lie in one directory.
    std::set<std::string_view> parents;
    for (const TreeEntry* entry : group) parents.insert(parentOf(entry->fromRoot));
    if (parents.size() == group.size()) continue;
    const bool anyDirectory = std::any_of(group.begin(), group.end(), [](const TreeEntry* e) { return e->directory; });
    const bool allDirectories = std::all_of(group.begin(), group.end(), [](const TreeEntry* e) { return e->directory; });
    const bool mixed = anyDirectory && !allDirectories;
    std::string names = mixed ? "" : allDirectories ? "the directories " : "the files ";
    std::vector<RelatedLocation> related;
    for (size_t i = 0; i < group.size(); ++i) {
      names += i == 0 ? "" : i + 1 == group.size() ? " and " : ", ";
      names += mixed ? describe(*group[i]) : quoted(lastComponent(group[i]->fromRoot));
      if (i > 0) {
        related.push_back(RelatedLocation{kNoRegion, "differs only in letter case from " + quoted(lastComponent(group[0]->fromRoot)),
                                          entries.display(*group[i])});
      }
    }
    ctx.reportPath(entries.display(*group[0]), kCaseCollidingPaths,
                   names + " differ only in letter case: on the case-insensitive file systems of macOS and Windows "
                           "they are one " + (anyDirectory ? "path, so their files mix or one cannot be created"
                                                          : "file, so a checkout keeps one and git shows the other as modified") +
                           "; rename or remove one of them",
                   std::move(related));
  }
}

class TreeNamesCheck final : public ProjectCheck {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT808-810 tree names"; }
  bool readsTree() const override { return true; }
  bool applies(const ProjectContext& ctx) const override { return !ctx.tree().empty(); }
  void run(ProjectContext& ctx) const override {
    const Entries entries = entriesOf(ctx.tree());
    reportReservedNames(ctx, entries);
    reportCaseCollisions(ctx, entries);
    reportLongPaths(ctx, entries);
  }
};

}  // namespace

const ProjectCheck& treeNamesCheck() {
  static const TreeNamesCheck check;
  return check;
}

}  // namespace platlint
