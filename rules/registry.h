#pragma once
// Every check and rule platlint ships, as the catalogue the composition root (analyzer/app) hands
// to the analysis. Adding a rule: its file in rules/, one line in registry.cpp, its fixture in
// testdata/rules/.
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

const RuleCatalog& builtinRules();

}  // namespace platlint
