#include "analyzer/report/target_suggestions.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

#include "analyzer/base/test_paths.h"
#include "analyzer/lint/rule.h"
#include "analyzer/report/text_layout.h"

namespace platlint {
namespace {

constexpr double kTiedFileShare = 0.6;  // of a directory's files with findings, tied to Linux
constexpr size_t kFileTiesNeeded = 3;   // a file's ties, at least two thirds of its findings
constexpr size_t kTieNamesShown = 4;

struct ComponentTally {
  size_t files = 0;
  size_t tiedFiles = 0;
  size_t findings = 0;
  size_t ties = 0;
  std::map<std::string, size_t> names;

  void add(const ComponentTally& other) {
    files += other.files;
    tiedFiles += other.tiedFiles;
    findings += other.findings;
    ties += other.ties;
    for (const auto& [name, count] : other.names) names[name] += count;
  }
};

// What a finding names: its message's first `code span` (every rule's message starts with the
// program, path or API it is about).
std::string_view firstCodeSpan(std::string_view message) {
  const size_t open = message.find('`');
  const size_t close = open == std::string_view::npos ? open : message.find('`', open + 1);
  return close == std::string_view::npos ? std::string_view() : message.substr(open + 1, close - open - 1);
}

ComponentTally tallyComponentFile(const FileResult& file) {
  ComponentTally t;
  for (const Diagnostic& d : file.diagnostics) {
    if (d.suppressed()) continue;
    ++t.findings;
    if (!isLinuxTie(d)) continue;
    ++t.ties;
    if (const std::string_view name = firstCodeSpan(d.message); !name.empty()) ++t.names[std::string(name)];
  }
  t.files = t.findings > 0 ? 1 : 0;
  t.tiedFiles = t.ties > 0 ? 1 : 0;
  return t;
}

TargetSuggestion makeSuggestion(std::string path, std::string absolute, const ComponentTally& t) {
  TargetSuggestion s{std::move(path), std::move(absolute), t.files, t.tiedFiles, t.findings, t.ties, {}};
  std::vector<std::pair<std::string, size_t>> names(t.names.begin(), t.names.end());
  std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (size_t i = 0; i < names.size() && i < kTieNamesShown; ++i) s.names.push_back(names[i].first);
  return s;
}

bool underAnyOf(std::string_view path, const std::vector<std::string>& directories) {
  return std::any_of(directories.begin(), directories.end(), [&](const std::string& d) { return path.starts_with(d); });
}

std::string suggestionEvidence(const TargetSuggestion& s) {
  const std::string findings = std::to_string(s.ties) + " of " + plural(s.findings, "finding", "findings");
  std::string out = s.isDirectory() ? std::to_string(s.tiedFiles) + " of " + plural(s.filesWithFindings, "file", "files") +
                                          " with findings tie to Linux (" + findings + ")"
                                    : findings + " tie to Linux";
  for (size_t i = 0; i < s.names.size(); ++i) out += (i == 0 ? ": `" : ", `") + s.names[i] + "`";
  return out;
}

}  // namespace

bool isLinuxTie(const Diagnostic& finding) {
  if (!finding.rule || finding.suppressed()) return false;
  const std::string_view id = finding.rule->id;  // "PORT101": the family is the digit after "PORT"
  if (id.size() < 5 || (id[4] != '1' && id[4] != '4' && id[4] != '5')) return false;
  return finding.breaksOn.contains(Platform::MacOS) && finding.breaksOn.contains(Platform::Windows);
}

std::vector<TargetSuggestion> suggestTargets(const FileResults& files, const std::string& workingDirectory) {
  namespace fs = std::filesystem;
  const fs::path base(workingDirectory);
  const std::string below = (base / "").generic_string();  // "/work/dir/"
  // A directory as the report would show it: relative to the working directory when below it.
  const auto shown = [&](const std::string& absoluteDirectory) {
    return absoluteDirectory.starts_with(below) ? absoluteDirectory.substr(below.size()) : absoluteDirectory;
  };
  std::map<std::string, ComponentTally> byDirectory;  // absolute, "/a/", "/a/b/": a directory sorts before what it holds
  std::vector<std::tuple<std::string, std::string, ComponentTally>> byFile;  // shown, absolute, tally
  ComponentTally total;
  files.forEach([](const ResultSummary& s) { return s.shownCount() > 0 && !s.pathOnly; },
                [&](const FileResult& file) {
                  if (isTestPath(file.path)) return;
                  ComponentTally t = tallyComponentFile(file);
                  if (t.findings == 0) return;
                  total.add(t);
                  const std::string absolute = (base / file.path).lexically_normal().generic_string();
                  for (size_t slash = absolute.find('/', 1); slash != std::string::npos;
                       slash = absolute.find('/', slash + 1)) {
                    byDirectory[absolute.substr(0, slash + 1)].add(t);
                  }
                  byFile.emplace_back(file.path, absolute, std::move(t));
                });
  std::vector<TargetSuggestion> out;
  std::vector<std::string> chosen;
  for (const auto& [directory, t] : byDirectory) {
    if (underAnyOf(directory, chosen) || t.files == total.files) continue;
    if (t.tiedFiles >= 2 && static_cast<double>(t.tiedFiles) >= kTiedFileShare * static_cast<double>(t.files)) {
      chosen.push_back(directory);
      out.push_back(makeSuggestion(shown(directory), directory, t));
    }
  }
  for (const auto& [path, absolute, t] : byFile) {
    if (underAnyOf(absolute, chosen) || byFile.size() == 1) continue;
    if (t.ties >= kFileTiesNeeded && 3 * t.ties >= 2 * t.findings) out.push_back(makeSuggestion(path, absolute, t));
  }
  std::sort(out.begin(), out.end(),
            [](const TargetSuggestion& a, const TargetSuggestion& b) { return a.absolute < b.absolute; });
  return out;
}

std::string renderTargetSuggestionsText(std::span<const PlacedSuggestion> suggestions) {
  if (suggestions.empty()) return "No component looks Linux-only by design.\n";
  std::string out = plural(suggestions.size(), "component", "components") + (suggestions.size() == 1 ? " looks" : " look") +
                    " Linux-only by design: most of the files with findings there run Linux-only programs,\n"
                    "read Linux kernel interfaces or use Linux-only APIs. Review each one. Declared Linux-only, a\n"
                    "component keeps only the findings that break on another Linux; one that must run elsewhere\n"
                    "keeps them all.\n\n";
  size_t width = 0;
  for (const PlacedSuggestion& p : suggestions) width = std::max(width, p.suggestion.path.size());
  for (const PlacedSuggestion& p : suggestions) {
    out += "  " + p.suggestion.path + std::string(width - p.suggestion.path.size() + 2, ' ') + suggestionEvidence(p.suggestion) + "\n";
  }
  // One block per configuration file, in the order they first appear.
  std::vector<std::string> files;
  for (const PlacedSuggestion& p : suggestions) {
    if (std::find(files.begin(), files.end(), p.configFile) == files.end()) files.push_back(p.configFile);
  }
  for (const std::string& file : files) {
    out += file.empty() ? "\nNo configuration file governs these yet; in a pyproject.toml in the working directory:\n\n"
                        : "\nIn " + file + ":\n\n";
    bool header = false;
    for (const PlacedSuggestion& p : suggestions) {
      if (p.configFile != file) continue;
      if (!header) out += p.tableHeader + "\n";
      header = true;
      out += nlohmann::json(p.glob).dump() + " = [\"linux\"]\n";
    }
  }
  return out;
}

nlohmann::ordered_json suggestionJson(const TargetSuggestion& s) {
  return {{"path", s.path},
          {"kind", s.isDirectory() ? "directory" : "file"},
          {"files_with_findings", s.filesWithFindings},
          {"files_tied_to_linux", s.tiedFiles},
          {"findings", s.findings},
          {"linux_ties", s.ties},
          {"names", s.names}};
}

std::string renderTargetSuggestionsJson(std::span<const PlacedSuggestion> suggestions) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const PlacedSuggestion& p : suggestions) {
    nlohmann::ordered_json entry = suggestionJson(p.suggestion);
    entry["configuration"] = p.configFile.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(p.configFile);
    entry["glob"] = p.glob;
    list.push_back(std::move(entry));
  }
  return list.dump(2) + "\n";
}

}  // namespace platlint
