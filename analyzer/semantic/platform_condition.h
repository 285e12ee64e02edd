#pragma once
// Evaluates a Python condition on each target platform: `sys.platform == "linux"`,
// `os.name != "nt"`, `platform.system() in ("Linux", "Darwin")`, `hasattr(os, "fork")`,
// `sys.platform.startswith("win")`, `all(hasattr(select, n) for n in names)`, their aliases,
// module-level flags and probe functions (`can_use_kqueue()`, false where its early `return False`
// condition holds), combined with `not`/`and`/`or`. A platform where the outcome is not known is in
// neither set.
#include <optional>
#include <string_view>

#include "analyzer/base/platform.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

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

// True when `expr` decides a branch: it is the condition of an `if`, `elif`, `while`, conditional
// expression or `assert`, or part of one through `not`, `and`, `or` and parentheses.
bool usedAsCondition(Node expr);

// The platforms on which every standard-library import in `block` (a try body) can succeed,
// including the names a `from M import N` takes from M. `allStdlib`, when given, is set to
// whether every import was of the standard library (only then is success certain there).
PlatformSet importablePlatforms(Node block, bool* allStdlib = nullptr);

// The `try` statement whose body imports decide where an `except ImportError` clause, the try
// body or its `else` clause runs, for a statement inside one of those; null otherwise. `inBody`
// says whether `statement` runs when the imports succeed.
Node importProbeOf(Node statement, bool& inBody);

// Where a function named `functionName` runs when the file reaches it by a name built from a
// platform probe (`getattr(cls, f"get_{sys.platform}", default)` reaching `get_win32`): the targets
// whose probe value completes the name, none for another system's (`get_OpenVMS`). nullopt when
// `nameExpr` is not such a name or `functionName` does not fit it.
std::optional<PlatformSet> platformsDispatchingTo(Node nameExpr, std::string_view functionName,
                                                  const SemanticModel& model);

// Where the value of `pair` runs when it is an entry of a table keyed by operating system
// (`{"rhel": {...}, "debian": {...}}`, `{"linux": ..., "darwin": ...}`): the platform its key names,
// Linux for a Linux distribution, none for another system (`"freebsd"`). nullopt for other entries.
std::optional<PlatformSet> platformTableEntry(Node pair);

}  // namespace platlint
