#include "analyzer/lint/project_checks.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include "analyzer/lint/findings.h"
#include "analyzer/lint/project_check.h"

namespace platlint {
namespace {

FactsOfFiles factsOf(const std::vector<ProjectFile>& files) {
  FactsOfFiles facts;
  facts.reserve(files.size());
  for (const ProjectFile& f : files) facts.emplace_back(f.facts);
  return facts;
}

class Context final : public ProjectContext {
 public:
  Context(std::vector<ProjectFile>& files, const SettingsOfFile& settings, const ProjectDocumentation& docs,
          const ProjectPaths& paths)
      : files_(files), settings_(settings), docs_(docs), paths_(paths), touched_(files.size(), false) {}

  size_t fileCount() const override { return files_.size(); }
  const ProjectFile& file(size_t index) const override { return files_[index]; }
  const FileSettings& settings(size_t index) const override { return settings_(index); }
  const DocumentationIndex& documentation() override {
    if (built_) return *built_;
    if (docs_.known) {
      built_ = projectDocumentation(docs_.known(), factsOf(files_), docs_.mentions);
    } else {
      const std::filesystem::path root = docs_.root.empty() ? projectRoot(docs_.paths) : std::filesystem::path(docs_.root);
      built_ = projectDocumentation(root, docs_.extraDocPaths, factsOf(files_), docs_.mentions);
    }
    return *built_;
  }
  void report(size_t index, const RuleMeta& rule, const Fact& at, std::string message) override {
    report(index, rule, at, std::move(message), rule.breaksOn, {});
  }
  void report(size_t index, const RuleMeta& rule, const Fact& at, std::string message, PlatformSet breaksOn,
              std::vector<RelatedLocation> related) override {
    const FileSettings& fileSettings = settings_(index);
    if (!fileSettings.rules.enabled(rule)) return;
    const PlatformSet on = keptOn(fileSettings, breaksOn, [&] { return at.reachableOn; });
    if (on.empty()) return;
    Diagnostic finding =
        makeFinding(rule, fileSettings, {at.startByte, at.endByte, at.start, at.end}, std::move(message), on);
    finding.related = std::move(related);
    add(index, std::move(finding));
  }
  const std::vector<std::string>& runPaths() const override { return docs_.paths; }
  const ProjectTree& tree() const override { return paths_.tree ? *paths_.tree : kNoTree; }
  void reportPath(const std::string& display, const RuleMeta& rule, std::string message,
                  std::vector<RelatedLocation> related) override {
    const std::optional<size_t> index = indexOf(display);
    if (!index) return;
    const FileSettings& pathSettings = settings_(*index);
    // The linter's own rules (breaking on no platform: PORT903 on a configuration file) report as
    // they are. A name breaks wherever it is checked out: no guard or reachability applies.
    const bool ownRule = rule.breaksOn.empty();
    const PlatformSet on = paths_.inventory || ownRule
                               ? rule.breaksOn
                               : keptOn(pathSettings, rule.breaksOn, [] { return PlatformSet::all(); });
    if (!paths_.inventory && (!pathSettings.rules.enabled(rule) || (on.empty() && !ownRule))) return;
    Diagnostic finding = makeFinding(rule, pathSettings, kNoRegion, std::move(message), on);
    finding.related = std::move(related);
    add(*index, std::move(finding));
  }
  void orderTouched() {
    for (size_t i = 0; i < files_.size(); ++i) {
      if (touched_[i]) orderFindings(files_[i].findings);
    }
  }

 private:
  static inline const ProjectTree kNoTree{};

  void add(size_t index, Diagnostic finding) {
    files_[index].findings.push_back(std::move(finding));
    if (touched_.size() <= index) touched_.resize(index + 1, false);
    touched_[index] = true;
  }

  // The result of `display`, added through ProjectPaths::addPath when the path has none yet.
  std::optional<size_t> indexOf(const std::string& display) {
    if (byPath_.empty()) {
      for (size_t i = 0; i < files_.size(); ++i) byPath_.emplace(files_[i].path, i);
    }
    if (auto it = byPath_.find(display); it != byPath_.end()) return it->second;
    if (!paths_.addPath) return std::nullopt;
    const std::optional<size_t> added = paths_.addPath(display);
    if (added) byPath_.emplace(display, *added);
    return added;
  }

  std::vector<ProjectFile>& files_;
  const SettingsOfFile& settings_;
  const ProjectDocumentation& docs_;
  const ProjectPaths& paths_;
  std::optional<DocumentationIndex> built_;
  std::vector<bool> touched_;
  std::unordered_map<std::string, size_t> byPath_;  // built on the first finding on a path
};

}  // namespace

void runProjectChecks(const RuleCatalog& catalog, std::vector<ProjectFile>& files, const SettingsOfFile& settings,
                      const ProjectDocumentation& documentation, const ProjectPaths& paths) {
  Context ctx(files, settings, documentation, paths);
  for (const ProjectCheck* check : catalog.projectChecks()) {
    if (paths.inventory && !check->readsTree()) continue;
    if (check->applies(ctx)) check->run(ctx);
  }
  ctx.orderTouched();
}

bool anyCheckReadsTree(const RuleCatalog& catalog) {
  const auto checks = catalog.projectChecks();
  return std::any_of(checks.begin(), checks.end(), [](const ProjectCheck* check) { return check->readsTree(); });
}

bool anyCheckReadsFacts(const RuleCatalog& catalog, FactKind kind) {
  const auto checks = catalog.projectChecks();
  return std::any_of(checks.begin(), checks.end(), [&](const ProjectCheck* check) { return check->readsFacts(kind); });
}

}  // namespace platlint
