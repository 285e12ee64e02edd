#include "analyzer/lint/project_checks.h"

#include <filesystem>
#include <optional>

#include "analyzer/lint/findings.h"
#include "analyzer/lint/project_check.h"

namespace platlint {
namespace {

class Context final : public ProjectContext {
 public:
  Context(std::vector<FileResult>& files, const SettingsOfFile& settings, const ProjectDocumentation& docs)
      : files_(files), settings_(settings), docs_(docs), touched_(files.size(), false) {}

  size_t fileCount() const override { return files_.size(); }
  const FileResult& file(size_t index) const override { return files_[index]; }
  const FileSettings& settings(size_t index) const override { return settings_(index); }
  const DocumentationIndex& documentation() override {
    if (!built_) {
      const std::filesystem::path root = docs_.root.empty() ? projectRoot(docs_.paths) : std::filesystem::path(docs_.root);
      built_ = projectDocumentation(root, docs_.extraDocPaths, files_);
    }
    return *built_;
  }
  void report(size_t index, const RuleMeta& rule, const Fact& at, std::string message) override {
    const FileSettings& fileSettings = settings_(index);
    if (!fileSettings.rules.enabled(rule)) return;
    const PlatformSet on = keptOn(fileSettings, rule.breaksOn, [&] { return at.reachableOn; });
    if (on.empty()) return;
    files_[index].diagnostics.push_back(
        makeFinding(rule, fileSettings, {at.startByte, at.endByte, at.start, at.end}, std::move(message), on));
    touched_[index] = true;
  }
  void orderTouched() {
    for (size_t i = 0; i < files_.size(); ++i) {
      if (touched_[i]) orderFindings(files_[i].diagnostics);
    }
  }

 private:
  std::vector<FileResult>& files_;
  const SettingsOfFile& settings_;
  const ProjectDocumentation& docs_;
  std::optional<DocumentationIndex> built_;
  std::vector<bool> touched_;
};

}  // namespace

void runProjectChecks(const RuleCatalog& catalog, std::vector<FileResult>& files, const SettingsOfFile& settings,
                      const ProjectDocumentation& documentation) {
  Context ctx(files, settings, documentation);
  for (const ProjectCheck* check : catalog.projectChecks()) {
    if (check->applies(ctx)) check->run(ctx);
  }
  ctx.orderTouched();
}

}  // namespace platlint
