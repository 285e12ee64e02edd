#include "analyzer/lint/file_settings.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "analyzer/lint/rule.h"

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;

// Sorted and without duplicates: the order of a list in the configuration does not matter.
Json sortedList(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return Json(values);
}

}  // namespace

Level FileSettings::levelOf(const RuleMeta& rule) const {
  Level level = rule.level;
  size_t best = 0;
  for (const auto& [selector, override] : severity) {
    if (!selectorMatches(selector, rule)) continue;
    const size_t specificity = selectorSpecificity(selector);
    if (specificity >= best) {  // later entries win at equal specificity
      best = specificity;
      level = override;
    }
  }
  return level;
}

std::string FileSettings::fingerprint() const {
  std::vector<std::string> items;
  Json j;
  j["v"] = 1;
  j["rules"] = sortedList({rules.enabledIds().begin(), rules.enabledIds().end()});
  j["targets"] = targets.bits();
  j["guards"] = applyGuards;
  j["wrappers"] = sortedList(commandWrappers);
  for (const ConfiguredPath& p : linuxOnlyPaths) items.push_back(Json::array({p.prefix, p.advice}).dump());
  j["paths"] = sortedList(std::move(items));
  items.clear();
  for (const ConfiguredVariable& v : environmentSwitches) items.push_back(Json::array({v.name, v.effect}).dump());
  j["env"] = sortedList(std::move(items));
  // The resolved level of each enabled rule whose level differs from its default, whatever
  // selectors produced it.
  items.clear();
  for (const RuleMeta* rule : rules.catalog().rules()) {
    if (!rules.enabled(*rule)) continue;
    const Level level = levelOf(*rule);
    if (level != rule->level) items.push_back(std::string(rule->id) + ':' + levelName(level));
  }
  j["levels"] = sortedList(std::move(items));
  return j.dump(-1, ' ', true, Json::error_handler_t::replace);
}

}  // namespace platlint
