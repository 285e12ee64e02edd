#pragma once
// The rules one run of platlint knows. The lint layer names no rule: the program that composes
// platlint (analyzer/app) takes the catalogue from rules/registry.h and hands it to the engine,
// the rule selection (which carries it on to everything that holds a FileSettings), the result
// cache and the project-wide pass. Tests may build catalogues of their own.
#include <span>
#include <string_view>
#include <vector>

#include "analyzer/lint/root_causes.h"
#include "analyzer/lint/rule.h"

namespace platlint {

class ProjectCheck;

class RuleCatalog {
 public:
  // `extraRules`: rules no check lists (PORT410-412 of the C/C++ front end). The linter's own
  // rules (PORT000 syntax-error; PORT901, PORT902 about suppression comments) are always added.
  // `rootCauses`: which findings explain which (root_causes.h), applied to every file's findings.
  RuleCatalog(std::vector<const Check*> checks, std::vector<const ProjectCheck*> projectChecks,
              std::span<const RuleMeta* const> extraRules = {}, std::span<const RootCause> rootCauses = {});
  // No checks and only the linter's own rules.
  static const RuleCatalog& empty();

  std::span<const Check* const> checks() const { return checks_; }
  std::span<const ProjectCheck* const> projectChecks() const { return projectChecks_; }
  // Every rule, sorted by id, each once.
  std::span<const RuleMeta* const> rules() const { return rules_; }
  std::span<const RootCause> rootCauses() const { return rootCauses_; }
  // By id (PORT101) or name (proc-mounts); null when there is none.
  const RuleMeta* find(std::string_view idOrName) const;

 private:
  std::vector<const Check*> checks_;
  std::vector<const ProjectCheck*> projectChecks_;
  std::vector<const RuleMeta*> rules_;
  std::vector<RootCause> rootCauses_;
};

}  // namespace platlint
