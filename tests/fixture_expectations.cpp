#include "tests/fixture_expectations.h"

#include <iterator>
#include <regex>

namespace platlint::testing {
namespace {

std::vector<std::string_view> splitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    if (end == s.size()) break;
    start = end + 1;
  }
  return lines;
}

bool isCommentOnly(std::string_view line, std::string_view marker) {
  const size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line.substr(first).starts_with(marker);
}

bool isBlank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

FixtureExpectations parseExpectations(std::string_view source, std::string_view commentMarker) {
  // Several annotations may share a line: `open(p)  # ok: PORT101  # expect: PORT801`.
  const std::string marker = commentMarker == "//" ? "//" : "#";
  const std::regex kAnnotation(marker + R"(\s*(expect|ok):\s*((?:PORT\d{3}[ ,]*)+))");
  static const std::regex kId(R"(PORT\d{3})");
  const std::regex kAnnouncement(marker + R"(\s*(expect|ok):)");
  FixtureExpectations out;
  const auto lines = splitLines(source);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string line(lines[i]);
    // A misspelt annotation must fail loudly, or the test it was meant to be could never fail.
    const auto announced = std::distance(std::sregex_iterator(line.begin(), line.end(), kAnnouncement), std::sregex_iterator());
    const auto parsed = std::distance(std::sregex_iterator(line.begin(), line.end(), kAnnotation), std::sregex_iterator());
    if (announced != parsed) {
      out.errors.push_back("line " + std::to_string(i + 1) + ": annotation names no rule id (write `" + marker + " expect: PORT101`)");
      continue;
    }
    auto matches = std::sregex_iterator(line.begin(), line.end(), kAnnotation);
    if (matches == std::sregex_iterator()) continue;
    auto target = static_cast<uint32_t>(i + 1);
    if (isCommentOnly(lines[i], marker)) {
      // Applies to the next line that holds code.
      size_t j = i + 1;
      while (j < lines.size() && (isBlank(lines[j]) || isCommentOnly(lines[j], marker))) ++j;
      if (j == lines.size()) {
        out.errors.push_back("line " + std::to_string(i + 1) + ": annotation with no code line after it");
        continue;
      }
      target = static_cast<uint32_t>(j + 1);
    }
    for (; matches != std::sregex_iterator(); ++matches) {
      const std::smatch& m = *matches;
      const std::string ids = m[2].str();
      for (auto it = std::sregex_iterator(ids.begin(), ids.end(), kId); it != std::sregex_iterator(); ++it) {
        (m[1] == "expect" ? out.expected : out.forbidden).insert({target, it->str()});
      }
    }
  }
  for (const auto& e : out.expected) {
    if (out.forbidden.contains(e)) {
      out.errors.push_back("line " + std::to_string(e.first) + ": " + e.second + " is both expected and ok");
    }
  }
  return out;
}

}  // namespace platlint::testing
