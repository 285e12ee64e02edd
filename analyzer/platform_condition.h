#pragma once
// Evaluates a Python condition on each target platform: `sys.platform == "linux"`,
// `os.name != "nt"`, `platform.system() in ("Linux", "Darwin")`, `hasattr(os, "fork")`,
// `sys.platform.startswith("win")`, their aliases and module-level flags, combined with
// `not`/`and`/`or`. A platform where the outcome is not known is in neither set.
#include "analyzer/platform.h"
#include "analyzer/semantic_model.h"
#include "analyzer/syntax.h"

namespace platlint {

struct ConditionValue {
  PlatformSet whenTrue;   // platforms on which the condition is certainly true
  PlatformSet whenFalse;  // platforms on which it is certainly false

  static ConditionValue unknown() { return {}; }
  static ConditionValue trueOn(PlatformSet p) { return {p, ~p}; }
  ConditionValue negated() const { return {whenFalse, whenTrue}; }
  bool isKnown() const { return !(whenTrue | whenFalse).empty(); }
};

ConditionValue evaluatePlatformCondition(Node condition, const SemanticModel& model);

}  // namespace platlint
