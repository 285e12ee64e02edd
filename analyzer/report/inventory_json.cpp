// `platlint inventory --format json`: the stable, versioned schema documented in docs/inventory.md.
#include <nlohmann/json.hpp>

#include "analyzer/report/inventory.h"
#include "analyzer/report/platform_json.h"

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;

Json locationsJson(const InventoryEntry& e) {
  Json out = Json::array();
  for (const InventoryLocation& l : e.locations) {
    out.push_back({{"path", l.path},
                   {"line", l.line},
                   {"column", l.column},
                   {"use", l.detail},
                   {"reachable_on", platformList(l.reachableOn)}});
  }
  return out;
}

Json ruleOrNull(const InventoryEntry& e) { return e.ruleId.empty() ? Json(nullptr) : Json(e.ruleId); }

Json section(const std::vector<InventoryEntry>& entries, std::string_view nameKey, bool grouped) {
  Json out = Json::array();
  for (const InventoryEntry& e : entries) {
    Json j;
    if (grouped) j["group"] = e.group;
    j[std::string(nameKey)] = e.name;
    j["rule"] = ruleOrNull(e);
    j["missing_on"] = platformList(e.missingOn);
    j["locations"] = locationsJson(e);
    out.push_back(std::move(j));
  }
  return out;
}

Json treeProblems(const std::vector<InventoryTreeProblem>& problems) {
  Json out = Json::array();
  for (const InventoryTreeProblem& p : problems) {
    out.push_back({{"path", p.path}, {"rule", p.ruleId}, {"breaks_on", platformList(p.breaksOn)}, {"message", p.message}});
  }
  return out;
}

}  // namespace

std::string renderInventoryJson(const Inventory& inv) {
  Json environment = Json::array();
  for (const InventoryEntry& e : inv.environment) {
    environment.push_back({{"name", e.name},
                           {"read", e.read},
                           {"written", e.written},
                           {"switch", e.isSwitch},
                           {"documented", e.documented},
                           {"defaults", e.defaults},
                           {"rule", ruleOrNull(e)},
                           {"locations", locationsJson(e)}});
  }
  Json out{{"schema_version", Inventory::kSchemaVersion},
           {"tool", {{"name", "platlint"}, {"version", PLATLINT_VERSION}}},
           {"root", inv.root},
           {"files_analysed", inv.filesAnalysed},
           {"documentation_files", inv.documentation},
           {"environment_variables", std::move(environment)},
           {"kernel_interfaces", section(inv.kernelInterfaces, "path", true)},
           {"hardcoded_paths", section(inv.hardcodedPaths, "path", true)},
           {"external_programs", section(inv.commands, "name", false)},
           {"platform_apis", section(inv.platformApis, "name", false)},
           {"tree_problems", treeProblems(inv.treeProblems)}};
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace platlint
