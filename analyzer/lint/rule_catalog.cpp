#include "analyzer/lint/rule_catalog.h"

#include <algorithm>

#include "analyzer/lint/project_check.h"
#include "analyzer/lint/suppression_rules.h"
#include "analyzer/lint/syntax_error_rule.h"

namespace platlint {

RuleCatalog::RuleCatalog(std::vector<const Check*> checks, std::vector<const ProjectCheck*> projectChecks,
                         std::span<const RuleMeta* const> extraRules, std::span<const RootCause> rootCauses)
    : checks_(std::move(checks)), projectChecks_(std::move(projectChecks)),
      rootCauses_(rootCauses.begin(), rootCauses.end()) {
  for (const Check* c : checks_) rules_.insert(rules_.end(), c->rules().begin(), c->rules().end());
  for (const ProjectCheck* c : projectChecks_) rules_.insert(rules_.end(), c->rules().begin(), c->rules().end());
  rules_.insert(rules_.end(), extraRules.begin(), extraRules.end());
  rules_.insert(rules_.end(), suppressionRules().begin(), suppressionRules().end());
  rules_.push_back(&syntaxErrorRule());
  std::sort(rules_.begin(), rules_.end(), [](const RuleMeta* a, const RuleMeta* b) { return a->id < b->id; });
  // A rule fed by several checks (PORT390: a file check records, the project check reports) is listed by each.
  rules_.erase(std::unique(rules_.begin(), rules_.end()), rules_.end());
}

const RuleCatalog& RuleCatalog::empty() {
  static const RuleCatalog catalog({}, {});
  return catalog;
}

const RuleMeta* RuleCatalog::find(std::string_view idOrName) const {
  for (const RuleMeta* r : rules_) {
    if (r->id == idOrName || r->name == idOrName) return r;
  }
  return nullptr;
}

}  // namespace platlint
