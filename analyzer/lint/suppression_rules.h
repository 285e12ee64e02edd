#pragma once
// PORT9xx: findings about platlint's own suppression comments. They are produced by
// applySuppressions() (analyzer/lint/suppressions.h) after all other findings exist, not by a tree walk.
#include <span>

#include "analyzer/lint/rule.h"

namespace platlint {

const RuleMeta& unusedSuppressionRule();     // PORT901
const RuleMeta& malformedSuppressionRule();  // PORT902
// Both, for RuleCatalog.
std::span<const RuleMeta* const> suppressionRules();

}  // namespace platlint
