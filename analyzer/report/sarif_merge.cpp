#include "analyzer/report/sarif_merge.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;

Json readLog(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  Json log = Json::parse(text.str(), nullptr, false);
  if (log.is_discarded()) throw std::runtime_error(path + ": not valid JSON");
  if (!log.is_object() || log.value("version", "") != "2.1.0" || !log.contains("runs") || !log["runs"].is_array()) {
    throw std::runtime_error(path + ": not a SARIF 2.1.0 log");
  }
  for (const Json& run : log["runs"]) {
    if (!run.contains("tool") || run["tool"]["driver"].value("name", "") != "platlint") {
      throw std::runtime_error(path + ": has a run of a tool other than platlint");
    }
  }
  return log;
}

// Sort key of a result: file, position, rule, message; the order platlint itself reports in.
auto resultKey(const Json& r) {
  std::string uri;
  int64_t line = 0;
  int64_t column = 0;
  if (r.contains("locations") && !r["locations"].empty()) {
    const Json& physical = r["locations"][0]["physicalLocation"];
    uri = physical["artifactLocation"].value("uri", "");
    if (physical.contains("region")) {
      line = physical["region"].value("startLine", 0);
      column = physical["region"].value("startColumn", 0);
    }
  }
  return std::make_tuple(uri, line, column, r.value("ruleId", ""), r["message"].value("text", ""));
}

}  // namespace

std::string mergeSarifLogs(const std::vector<std::string>& inputPaths) {
  if (inputPaths.empty()) throw std::runtime_error("no input logs");
  Json merged;
  Json run;
  std::map<std::string, Json> rules;
  Json results = Json::array();
  Json invocations = Json::array();
  for (const std::string& path : inputPaths) {
    Json log = readLog(path);
    for (Json& in : log["runs"]) {
      Json& driver = in["tool"]["driver"];
      if (run.is_null()) {
        merged["$schema"] = log.value("$schema", "");
        merged["version"] = "2.1.0";
        run = in;  // tool, originalUriBaseIds, columnKind, automationDetails: from the first run
      } else if (driver.value("version", "") != run["tool"]["driver"].value("version", "")) {
        throw std::runtime_error(path + ": made by platlint " + driver.value("version", "?") + ", the first log by " +
                                 run["tool"]["driver"].value("version", "?") + "; merge logs of one version");
      }
      const Json inputRules = driver.value("rules", Json::array());
      for (const Json& rule : inputRules) rules.emplace(rule.value("id", ""), rule);
      for (Json& result : in.value("results", Json::array())) {
        result.erase("ruleIndex");  // re-computed against the merged rule list
        results.push_back(std::move(result));
      }
      for (Json& invocation : in.value("invocations", Json::array())) invocations.push_back(std::move(invocation));
    }
  }
  Json ruleList = Json::array();
  std::map<std::string, size_t> ruleIndex;
  for (auto& [id, rule] : rules) {
    ruleIndex[id] = ruleList.size();
    ruleList.push_back(rule);
  }
  std::stable_sort(results.begin(), results.end(), [](const Json& a, const Json& b) { return resultKey(a) < resultKey(b); });
  for (Json& result : results) {
    if (auto it = ruleIndex.find(result.value("ruleId", "")); it != ruleIndex.end()) {
      // Keep SARIF's member order readable: ruleIndex right after ruleId.
      Json reordered;
      for (auto& [key, value] : result.items()) {
        reordered[key] = value;
        if (key == "ruleId") reordered["ruleIndex"] = it->second;
      }
      result = std::move(reordered);
    }
  }
  run["tool"]["driver"]["rules"] = std::move(ruleList);
  run["invocations"] = std::move(invocations);
  run["results"] = std::move(results);
  merged["runs"] = Json::array({std::move(run)});
  return merged.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace platlint
