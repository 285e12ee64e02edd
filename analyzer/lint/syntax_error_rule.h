#pragma once
// PORT000 syntax-error: the linter's own rule for a Python file that does not parse. The engine
// reports it (analyzer/lint/engine.cpp), not a check: the tree it would walk is the problem. Every
// RuleCatalog has it.
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/rule.h"

namespace platlint {

const RuleMeta& syntaxErrorRule();  // PORT000

// The file did not parse cleanly: a PORT000 finding, or (the rule turned off) a syntax-error notice.
bool hasSyntaxError(const FileResult& result);

}  // namespace platlint
