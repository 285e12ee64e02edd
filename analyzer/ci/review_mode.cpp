#include "analyzer/ci/review_mode.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

#include "analyzer/report/report.h"
#include "analyzer/base/run_process.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

// Runs git in `directory`; returns its standard output or throws with git's own message.
std::string git(const fs::path& directory, std::vector<std::string> args, const std::string& what) {
  args.insert(args.begin(), {"git", "-C", directory.string()});
  const ProcessResult run = runProcess(args);
  if (!run.started) {
    throw ReviewModeError("review mode needs git: cannot run it: " + std::string(std::strerror(run.spawnErrno)));
  }
  if (run.exitCode != 0) {
    // Some calls are --quiet: then `what` alone says it, with no dangling colon.
    const std::string said = firstMessageLine(run.err);
    throw ReviewModeError(said.empty() ? what : what + ": " + said);
  }
  return run.out;
}

std::string trimNewline(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// Undoes git's C-style quoting of unusual path names ("a\tb", "\303\251", "\"").
std::string unquoteGitPath(std::string_view quoted) {
  if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"') return std::string(quoted);
  std::string out;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    char c = quoted[i];
    if (c != '\\' || i + 2 >= quoted.size()) {
      out += c;
      continue;
    }
    c = quoted[++i];
    switch (c) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      default:
        if (c >= '0' && c <= '7' && i + 2 < quoted.size() - 1) {
          out += static_cast<char>(((c - '0') << 6) | ((quoted[i + 1] - '0') << 3) | (quoted[i + 2] - '0'));
          i += 2;
        } else {
          out += c;  // \\ and \"
        }
    }
  }
  return out;
}

// "+c,d" or "+c" of a hunk header.
bool parseRange(std::string_view text, uint32_t& start, uint32_t& count) {
  const size_t comma = text.find(',');
  count = 1;
  const std::string_view first = text.substr(0, comma);
  if (std::from_chars(first.data(), first.data() + first.size(), start).ec != std::errc()) return false;
  if (comma == std::string_view::npos) return true;
  const std::string_view second = text.substr(comma + 1);
  return std::from_chars(second.data(), second.data() + second.size(), count).ec == std::errc();
}

}  // namespace

void ChangedLines::addFile(const fs::path& path, std::vector<LineSpan> spans) {
  std::vector<LineSpan>& existing = files_[path.lexically_normal().string()];
  existing.insert(existing.end(), spans.begin(), spans.end());
}

std::string ChangedLines::key(const std::string& displayPath) const {
  const fs::path p(displayPath);
  return (p.is_absolute() ? p : workingDirectory_ / p).lexically_normal().string();
}

bool ChangedLines::fileChanged(const std::string& displayPath) const { return files_.count(key(displayPath)) != 0; }

bool ChangedLines::touches(const std::string& displayPath, uint32_t first, uint32_t last) const {
  const auto it = files_.find(key(displayPath));
  if (it == files_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const LineSpan& s) { return s.first <= last && first <= s.last; });
}

std::map<std::string, std::vector<LineSpan>> parseUnifiedZeroDiff(std::string_view diff) {
  std::map<std::string, std::vector<LineSpan>> files;
  std::vector<LineSpan>* current = nullptr;
  size_t bodyLines = 0;  // hunk lines still to skip: their text may start with "+++" or "@@"
  size_t pos = 0;
  while (pos < diff.size()) {
    size_t end = diff.find('\n', pos);
    if (end == std::string_view::npos) end = diff.size();
    const std::string_view line = diff.substr(pos, end - pos);
    pos = end + 1;
    if (bodyLines > 0) {
      if (!line.starts_with("\\")) --bodyLines;  // "\ No newline at end of file" is not counted
      continue;
    }
    if (line.starts_with("diff --git ")) {
      current = nullptr;
    } else if (line.starts_with("+++ ")) {
      const std::string path = unquoteGitPath(line.substr(4));
      current = nullptr;
      if (path != "/dev/null" && path.starts_with("b/")) current = &files[path.substr(2)];
    } else if (line.starts_with("@@ -") && current) {
      // "@@ -a[,b] +c[,d] @@": lines c..c+d-1 are new; b old lines and d new ones follow.
      const size_t plus = line.find(" +");
      const size_t close = line.find(" @@", plus == std::string_view::npos ? 0 : plus);
      if (plus == std::string_view::npos || close == std::string_view::npos) continue;
      uint32_t oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
      if (!parseRange(line.substr(4, plus - 4), oldStart, oldCount) ||
          !parseRange(line.substr(plus + 2, close - plus - 2), newStart, newCount)) {
        continue;
      }
      if (newCount > 0) current->push_back({newStart, newStart + newCount - 1});
      bodyLines = size_t{oldCount} + newCount;
    }
  }
  return files;
}

ChangedLines changedSince(const std::string& ref, const fs::path& workingDirectory) {
  const fs::path top = trimNewline(git(workingDirectory, {"rev-parse", "--show-toplevel"}, "review mode needs a git work tree"));
  git(top, {"rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"},
      "unknown revision '" + ref + "' (in a shallow CI checkout, fetch it first)");
  const std::string base =
      trimNewline(git(top, {"merge-base", "--end-of-options", ref, "HEAD"},
                      "no common ancestor of '" + ref + "' and HEAD (a shallow clone? fetch more history)"));
  if (base.empty()) throw ReviewModeError("no common ancestor of '" + ref + "' and HEAD (a shallow clone? fetch more history)");

  // Against the working tree: committed, staged and unstaged changes. Explicit options override
  // user configuration that would change the output (colour, prefixes, external diff tools).
  const std::string diff = git(top,
                               {"-c", "core.quotePath=true", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                                "--no-textconv", "--find-renames", "--diff-filter=d", "--src-prefix=a/",
                                "--dst-prefix=b/", base, "--"},
                               "git diff failed");
  ChangedLines changes(workingDirectory);
  for (auto& [path, spans] : parseUnifiedZeroDiff(diff)) changes.addFile(top / path, std::move(spans));

  // Untracked files that are not ignored are new in their entirety.
  const std::string untracked = git(top, {"ls-files", "-z", "--others", "--exclude-standard"}, "git ls-files failed");
  size_t pos = 0;
  while (pos < untracked.size()) {
    const size_t end = std::min(untracked.find('\0', pos), untracked.size());
    if (end > pos) changes.addFile(top / untracked.substr(pos, end - pos), {{1, UINT32_MAX}});
    pos = end + 1;
  }
  return changes;
}

void keepChangedLines(const ChangedLines& changes, Report& report) {
  report.files.transform([&](FileResult& f) {
    if (!changes.fileChanged(f.path)) {
      f.diagnostics.clear();
      f.notices.clear();
      return;
    }
    std::erase_if(f.diagnostics, [&](const Diagnostic& d) {
      // A finding on the path itself (PORT808-810) belongs to any change of the file.
      if (!d.hasRegion()) return false;
      return !changes.touches(f.path, d.range.start.line, std::max(d.range.start.line, d.range.end.line));
    });
  });
}

}  // namespace platlint
