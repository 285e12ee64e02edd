#pragma once
// The list of every check and every rule platlint ships. Adding a rule: its file in rules/, one
// line in registry.cpp, its fixture in testdata/rules/.
#include <span>
#include <string_view>

#include "analyzer/lint/rule.h"

namespace platlint {

std::span<const Check* const> allChecks();
// Every rule, sorted by id.
std::span<const RuleMeta* const> allRules();
const RuleMeta* findRule(std::string_view id);

}  // namespace platlint
