#include "analyzer/rule_selection.h"

#include <algorithm>
#include <stdexcept>

#include "rules/registry.h"

namespace platlint {
namespace {

bool matches(std::string_view code, const RuleMeta& rule) {
  return code == "ALL" || rule.id.starts_with(code) || code == rule.name;
}

void validate(const std::vector<std::string>& codes) {
  for (const std::string& code : codes) {
    const auto rules = allRules();
    if (std::none_of(rules.begin(), rules.end(), [&](const RuleMeta* r) { return matches(code, *r); })) {
      throw std::invalid_argument("unknown rule selector '" + code + "' (expected a rule id such as PORT101, a prefix such as PORT1, a rule name, or ALL)");
    }
  }
}

}  // namespace

RuleSelection::RuleSelection(const std::vector<std::string>& select, const std::vector<std::string>& ignore)
    : select_(select), ignore_(ignore) {
  validate(select_);
  validate(ignore_);
}

bool RuleSelection::enabled(const RuleMeta& rule) const {
  // The most specific selector wins, as in Ruff: `--select PORT2 --ignore PORT201` keeps PORT202.
  size_t selected = select_.empty() ? 1 : 0;
  size_t ignored = 0;
  for (const auto& s : select_) {
    if (matches(s, rule)) selected = std::max(selected, s == "ALL" ? size_t{1} : s.size() + 1);
  }
  for (const auto& s : ignore_) {
    if (matches(s, rule)) ignored = std::max(ignored, s == "ALL" ? size_t{1} : s.size() + 1);
  }
  return selected > ignored;  // at equal specificity, ignoring wins
}

}  // namespace platlint
