#include "analyzer/lint/undocumented_switches.h"

#include <algorithm>
#include <tuple>

#include "rules/undocumented_switch.h"

namespace platlint {
namespace {

bool hasSwitch(const std::vector<FileResult>& files) {
  return std::any_of(files.begin(), files.end(), [](const FileResult& f) {
    return std::any_of(f.facts.begin(), f.facts.end(),
                       [](const Fact& fact) { return fact.kind == FactKind::EnvironmentSwitch; });
  });
}

std::string message(const Fact& fact) {
  return "`" + fact.name + "` is read here and " + fact.detail +
         ": an environment switch documented nowhere in the project (no documentation file or `help=` text "
         "mentions it); make it a documented configuration option, or document the variable";
}

}  // namespace

void addUndocumentedSwitchFindings(std::vector<FileResult>& files, const SettingsOfFile& settings,
                                   const DocumentationIndex& docs) {
  const RuleMeta& rule = kUndocumentedSwitch;
  for (size_t i = 0; i < files.size(); ++i) {
    FileResult& file = files[i];
    const FileSettings& fileSettings = settings(i);
    if (!fileSettings.rules.enabled(rule)) continue;
    const size_t before = file.diagnostics.size();
    for (const Fact& fact : file.facts) {
      if (fact.kind != FactKind::EnvironmentSwitch || docs.mentions(fact.name)) continue;
      const PlatformSet on = fileSettings.applyGuards ? fileSettings.targets & fact.reachableOn : fileSettings.targets;
      if (on.empty()) continue;
      Diagnostic d;
      d.rule = &rule;
      d.level = fileSettings.levelOf(rule);
      d.message = message(fact);
      d.breaksOn = on;
      d.range = {fact.startByte, fact.endByte, fact.start, fact.end};
      file.diagnostics.push_back(std::move(d));
    }
    if (file.diagnostics.size() == before) continue;
    auto key = [](const Diagnostic& d) {
      return std::make_tuple(d.range.start.line, d.range.start.column, d.rule->id, d.range.endByte, d.message);
    };
    std::stable_sort(file.diagnostics.begin(), file.diagnostics.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  }
}

void addUndocumentedSwitchFindings(std::vector<FileResult>& files, const SettingsOfFile& settings,
                                   const std::vector<std::string>& paths, const std::vector<std::string>& extraDocPaths) {
  if (!hasSwitch(files)) return;
  const DocumentationIndex docs = projectDocumentation(projectRoot(paths), extraDocPaths, files);
  addUndocumentedSwitchFindings(files, settings, docs);
}

}  // namespace platlint
