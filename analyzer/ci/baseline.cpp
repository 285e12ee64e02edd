#include "analyzer/ci/baseline.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "analyzer/report/report.h"

#ifndef PLATLINT_VERSION
#error "PLATLINT_VERSION must be defined by the build"
#endif

namespace platlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

// rule, path, line hash, occurrence: what a finding is matched by.
using Key = std::tuple<std::string, std::string, std::string, uint32_t>;

fs::path absoluteNormal(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p), ec);
  return ec ? fs::absolute(p).lexically_normal() : abs;
}

fs::path directoryOf(const std::string& file) { return absoluteNormal(fs::path(file)).parent_path(); }

// A display path (relative to the working directory, or absolute) relative to `base`.
std::string relativeTo(const fs::path& base, const std::string& displayPath, const fs::path& workingDirectory) {
  const fs::path p(displayPath);
  const fs::path abs = absoluteNormal(p.is_absolute() ? p : workingDirectory / p);
  const fs::path rel = abs.lexically_relative(base);
  return (rel.empty() ? abs : rel).generic_string();
}

[[noreturn]] void fail(const std::string& file, const std::string& problem) {
  throw BaselineError("baseline " + file + ": " + problem);
}

std::string requireString(const Json& entry, const char* key, const std::string& file, size_t index) {
  const auto it = entry.find(key);
  if (it == entry.end() || !it->is_string()) {
    fail(file, "finding " + std::to_string(index) + ": \"" + key + "\" must be a string");
  }
  return it->get<std::string>();
}

uint32_t requireCount(const Json& entry, const char* key, const std::string& file, size_t index) {
  const auto it = entry.find(key);
  if (it == entry.end() || !it->is_number_unsigned() || it->get<uint64_t>() > UINT32_MAX) {
    fail(file, "finding " + std::to_string(index) + ": \"" + key + "\" must be a non-negative integer");
  }
  return it->get<uint32_t>();
}

}  // namespace

Baseline readBaseline(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(file, "cannot read it: " + std::error_code(errno, std::generic_category()).message());
  std::ostringstream text;
  text << in.rdbuf();
  Json root;
  try {
    root = Json::parse(text.str());
  } catch (const Json::parse_error& e) {
    fail(file, std::string("not valid JSON: ") + e.what());
  }
  if (!root.is_object()) fail(file, "expected a JSON object");
  const auto version = root.find("platlint_baseline");
  if (version == root.end() || !version->is_number_integer()) {
    fail(file, "not a platlint baseline (no \"platlint_baseline\" format version)");
  }
  if (version->get<int64_t>() != kFormatVersion) {
    fail(file, "format version " + version->dump() + " is not supported (this platlint reads version " +
                   std::to_string(kFormatVersion) + ")");
  }
  const auto findings = root.find("findings");
  if (findings == root.end() || !findings->is_array()) fail(file, "\"findings\" must be an array");

  Baseline baseline;
  baseline.directory = directoryOf(file);
  size_t index = 0;
  for (const Json& f : *findings) {
    ++index;
    if (!f.is_object()) fail(file, "finding " + std::to_string(index) + " is not an object");
    BaselineEntry e;
    e.rule = requireString(f, "rule", file, index);
    e.path = requireString(f, "path", file, index);
    e.lineHash = requireString(f, "line_hash", file, index);
    e.occurrence = requireCount(f, "occurrence", file, index);
    if (f.contains("line")) e.line = requireCount(f, "line", file, index);
    if (f.contains("message")) e.message = requireString(f, "message", file, index);
    baseline.entries.push_back(std::move(e));
  }
  return baseline;
}

std::string renderBaseline(const Report& report, const std::string& file) {
  const fs::path base = directoryOf(file);
  const fs::path cwd = report.workingDirectory.empty() ? fs::current_path() : fs::path(report.workingDirectory);
  std::vector<BaselineEntry> entries;
  report.files.forEach([](const ResultSummary& s) { return s.shownCount() > 0; }, [&](const FileResult& f) {
    const std::string path = relativeTo(base, f.path, cwd);
    for (const Diagnostic& d : f.diagnostics) {
      if (d.suppressed()) continue;  // a suppression already accepts it
      entries.push_back({std::string(d.rule ? d.rule->id : std::string_view()), path, d.lineHash, d.lineOccurrence,
                         d.range.start.line, d.message});
    }
  });
  // Sorted by place, so a regenerated baseline diffs cleanly in review.
  std::stable_sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.path, a.line, a.rule, a.occurrence) < std::tie(b.path, b.line, b.rule, b.occurrence);
  });
  Json findings = Json::array();
  for (const BaselineEntry& e : entries) {
    findings.push_back(Json{{"rule", e.rule},
                            {"path", e.path},
                            {"line_hash", e.lineHash},
                            {"occurrence", e.occurrence},
                            {"line", e.line},
                            {"message", e.message}});
  }
  Json root;
  root["platlint_baseline"] = kFormatVersion;
  root["platlint_version"] = PLATLINT_VERSION;
  root["findings"] = std::move(findings);
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void applyBaseline(const Baseline& baseline, const std::string& file, Report& report) {
  const fs::path cwd = report.workingDirectory.empty() ? fs::current_path() : fs::path(report.workingDirectory);
  std::map<Key, size_t> remaining;  // baseline entry index by key, erased when matched
  for (size_t i = 0; i < baseline.entries.size(); ++i) {
    const BaselineEntry& e = baseline.entries[i];
    remaining.emplace(Key{e.rule, e.path, e.lineHash, e.occurrence}, i);
  }

  BaselineComparison comparison;
  comparison.file = file;
  std::set<std::string> analysedPaths;
  report.files.transform([&](FileResult& f) {
    const std::string path = relativeTo(baseline.directory, f.path, cwd);
    if (f.analyzed) analysedPaths.insert(path);
    std::erase_if(f.diagnostics, [&](const Diagnostic& d) {
      const auto it = remaining.find(Key{std::string(d.rule ? d.rule->id : std::string_view()), path, d.lineHash,
                                         d.lineOccurrence});
      if (it == remaining.end()) return false;
      remaining.erase(it);
      ++comparison.unchanged;
      return true;
    });
  });

  // Unmatched entries are fixed when their file was analysed now, or no longer exists; a file
  // this run did not look at (a narrower path, review mode) says nothing about its findings.
  std::vector<size_t> fixed;
  for (const auto& [key, index] : remaining) {
    const BaselineEntry& e = baseline.entries[index];
    std::error_code ec;
    const bool gone = !fs::exists(baseline.directory / e.path, ec) && !ec;
    if (analysedPaths.count(e.path) || gone) fixed.push_back(index);
  }
  std::sort(fixed.begin(), fixed.end());
  for (size_t index : fixed) {
    BaselineEntry e = baseline.entries[index];
    e.path = relativeTo(cwd, (baseline.directory / e.path).string(), cwd);
    comparison.fixed.push_back(std::move(e));
  }
  std::stable_sort(comparison.fixed.begin(), comparison.fixed.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.path, a.line, a.rule) < std::tie(b.path, b.line, b.rule);
  });
  report.baseline = std::move(comparison);
}

}  // namespace platlint
