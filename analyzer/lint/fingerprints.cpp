#include "analyzer/lint/fingerprints.h"

#include "analyzer/base/xxhash_inline.h"

#include <cstdio>
#include <map>
#include <tuple>
#include <vector>

#include "analyzer/base/line_hash.h"
#include "analyzer/lint/rule.h"

namespace platlint {
namespace {

std::string hex64(uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

// The raw lines of `bytes`, split as SourceFile and Python split them ("\r\n", "\r", "\n").
std::vector<std::string_view> splitLines(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\n' && bytes[i] != '\r') continue;
    lines.push_back(bytes.substr(start, i - start));
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    start = i + 1;
  }
  lines.push_back(bytes.substr(start));
  return lines;
}

}  // namespace

std::string normalizedLineHash(std::string_view line) {
  std::string compact;
  compact.reserve(line.size());
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v' && c != '\r' && c != '\n') compact += c;
  }
  return hex64(XXH64(compact.data(), compact.size(), 0));
}

std::string findingFingerprint(const Diagnostic& d, std::string_view path) {
  // NUL separators keep ("a", "bc") and ("ab", "c") apart.
  std::string key;
  key.append(d.rule ? d.rule->id : std::string_view()).push_back('\0');
  key.append(path).push_back('\0');
  key.append(d.lineHash).push_back('\0');
  key.append(std::to_string(d.lineOccurrence));
  return hex64(XXH64(key.data(), key.size(), 0));
}

void fingerprintFindings(FileResult& file, std::string_view bytes) {
  if (file.diagnostics.empty()) return;
  const std::vector<std::string_view> lines = splitLines(bytes);
  std::vector<bool> reported;
  for (const Diagnostic& d : file.diagnostics) {
    const uint32_t line = d.range.start.line;
    if (line == 0) continue;
    if (reported.size() < line) reported.resize(line);
    reported[line - 1] = true;
  }
  const std::vector<std::string> github = githubLineHashes(bytes, &reported);
  std::map<std::pair<std::string_view, std::string>, uint32_t> seen;
  for (Diagnostic& d : file.diagnostics) {
    const uint32_t line = d.range.start.line;
    d.lineHash = normalizedLineHash(line >= 1 && line <= lines.size() ? lines[line - 1] : std::string_view());
    d.lineOccurrence = seen[{d.rule ? d.rule->id : std::string_view(), d.lineHash}]++;
    d.githubLineHash = line >= 1 && line <= github.size() ? github[line - 1] : std::string();
  }
}

}  // namespace platlint
