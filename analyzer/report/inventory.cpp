#include "analyzer/report/inventory.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "analyzer/lint/rule.h"

namespace platlint {
namespace {

using EntryMap = std::map<std::pair<std::string, std::string>, InventoryEntry>;  // (group, name)

InventoryEntry& entryFor(EntryMap& map, const Fact& fact, std::string group = {}) {
  InventoryEntry& e = map[{group, fact.name}];
  if (e.name.empty()) {
    e.name = fact.name;
    e.group = std::move(group);
  }
  if (e.ruleId.empty()) e.ruleId = fact.ruleId;
  e.missingOn = e.missingOn | fact.missingOn;
  return e;
}

InventoryLocation locationOf(const std::string& path, const Fact& fact) {
  return {path, fact.start.line, fact.start.column, fact.detail, fact.reachableOn};
}

std::vector<InventoryEntry> sortedEntries(EntryMap& map) {
  std::vector<InventoryEntry> out;
  out.reserve(map.size());
  for (auto& [key, entry] : map) {
    std::stable_sort(entry.locations.begin(), entry.locations.end(), [](const InventoryLocation& a, const InventoryLocation& b) {
      return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
    });
    std::sort(entry.defaults.begin(), entry.defaults.end());
    entry.defaults.erase(std::unique(entry.defaults.begin(), entry.defaults.end()), entry.defaults.end());
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

std::string pathGroup(std::string_view path) {
  const size_t lastSlash = path.rfind('/');
  std::string_view dir = lastSlash == 0 || lastSlash == std::string_view::npos ? path : path.substr(0, lastSlash);
  size_t slashes = 0;
  for (size_t i = 0; i < dir.size(); ++i) {
    if (dir[i] == '/' && ++slashes == 3) return std::string(dir.substr(0, i));
  }
  return std::string(dir);
}

std::string guardPhrase(PlatformSet reachableOn) {
  if (reachableOn == PlatformSet::all()) return {};
  if (reachableOn.empty()) return "on no platform";
  return "only on " + reachableOn.describe();
}

Inventory buildInventory(const std::vector<FileResult>& files, const DocumentationIndex& docs, std::string root) {
  Inventory inv;
  inv.root = std::move(root);
  inv.documentation = docs.files();
  EntryMap environment, kernel, paths, commands, apis;
  for (const FileResult& file : files) {
    if (file.analyzed) ++inv.filesAnalysed;
    for (const Diagnostic& d : file.diagnostics) {
      if (!d.hasRegion() && d.rule) inv.treeProblems.push_back({file.path, std::string(d.rule->id), d.message, d.breaksOn});
    }
    for (const Fact& fact : file.facts) {
      switch (fact.kind) {
        case FactKind::EnvironmentRead:
        case FactKind::EnvironmentWrite: {
          InventoryEntry& e = entryFor(environment, fact);
          (fact.kind == FactKind::EnvironmentRead ? e.read : e.written) = true;
          if (!fact.value.empty()) e.defaults.push_back(fact.value);
          e.locations.push_back(locationOf(file.path, fact));
          break;
        }
        case FactKind::EnvironmentSwitch: {
          // Recorded at the node of its read, right after it: say how the read value is used.
          InventoryEntry& e = entryFor(environment, fact);
          e.isSwitch = true;
          if (!e.locations.empty() && e.locations.back().path == file.path && e.locations.back().line == fact.start.line &&
              e.locations.back().column == fact.start.column && e.locations.back().detail != "tests for") {
            e.locations.back().detail += ", " + fact.detail;
          }
          break;
        }
        case FactKind::KernelPath:
          entryFor(kernel, fact, pathGroup(fact.value)).locations.push_back(locationOf(file.path, fact));
          break;
        case FactKind::HardcodedPath:
          entryFor(paths, fact, pathGroup(fact.value)).locations.push_back(locationOf(file.path, fact));
          break;
        case FactKind::Command:
          entryFor(commands, fact).locations.push_back(locationOf(file.path, fact));
          break;
        case FactKind::PlatformApi:
          entryFor(apis, fact).locations.push_back(locationOf(file.path, fact));
          break;
        case FactKind::HelpMention:
        case FactKind::CommandHelper:  // the programs themselves are Command facts
        case FactKind::ProjectCall:
        case FactKind::WrapperUse:
          break;
      }
    }
  }
  inv.environment = sortedEntries(environment);
  for (InventoryEntry& e : inv.environment) e.documented = docs.mentions(e.name);
  inv.kernelInterfaces = sortedEntries(kernel);
  inv.hardcodedPaths = sortedEntries(paths);
  inv.commands = sortedEntries(commands);
  inv.platformApis = sortedEntries(apis);
  return inv;
}

}  // namespace platlint
