#include "analyzer/report/statistics.h"

#include <algorithm>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>


namespace platlint {
namespace {

struct RuleCount {
  const RuleMeta* rule = nullptr;
  size_t count = 0;
  bool fixable = false;
};

std::vector<RuleCount> countByRule(const Report& report, bool unsafeFixes) {
  std::map<std::string_view, RuleCount> byId;
  report.files.forEach([](const ResultSummary& s) { return s.shownCount() > 0; }, [&](const FileResult& file) {
    for (const Diagnostic& d : file.diagnostics) {
      if (!d.rule || d.suppressed()) continue;
      RuleCount& c = byId[d.rule->id];
      c.rule = d.rule;
      ++c.count;
      if (d.fix && !d.fix->edits.empty() && fixApplies(*d.fix, unsafeFixes)) c.fixable = true;
    }
  });
  std::vector<RuleCount> counts;
  for (auto& [id, c] : byId) counts.push_back(c);
  // Most frequent first; ties by rule id (the map's order, kept by the stable sort).
  std::stable_sort(counts.begin(), counts.end(), [](const RuleCount& a, const RuleCount& b) { return a.count > b.count; });
  return counts;
}

}  // namespace

std::string renderStatisticsText(const Report& report, bool unsafeFixes) {
  const std::vector<RuleCount> counts = countByRule(report, unsafeFixes);
  const size_t width = counts.empty() ? 1 : std::to_string(counts.front().count).size();
  const bool anyFixable = std::any_of(counts.begin(), counts.end(), [](const RuleCount& c) { return c.fixable; });
  std::string out;
  for (const RuleCount& c : counts) {
    const std::string n = std::to_string(c.count);
    out += std::string(width - n.size(), ' ') + n + "\t" + std::string(c.rule->id) + "\t";
    if (anyFixable) out += c.fixable ? "[*] " : "    ";
    out += std::string(c.rule->name) + "\n";
  }
  return out;
}

std::string renderStatisticsJson(const Report& report, bool unsafeFixes) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const RuleCount& c : countByRule(report, unsafeFixes)) {
    list.push_back({{"code", c.rule->id}, {"name", c.rule->name}, {"count", c.count}, {"fixable", c.fixable}});
  }
  return list.dump(2) + "\n";
}

}  // namespace platlint
