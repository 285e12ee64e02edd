#pragma once
// Which rules are on: `--select`/`--ignore` lists of ids or prefixes ("PORT1", "PORT203").
#include <string>
#include <vector>

#include "analyzer/rule.h"

namespace platlint {

class RuleSelection {
 public:
  // All rules enabled.
  RuleSelection() = default;
  // Throws std::invalid_argument naming the code when an entry matches no rule.
  RuleSelection(const std::vector<std::string>& select, const std::vector<std::string>& ignore);
  bool enabled(const RuleMeta& rule) const;

 private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
};

}  // namespace platlint
