#pragma once
// Which platforms a piece of code runs on, judged from the platform checks around it (whether an
// enclosing `try` handles a failure is analyzer/semantic/exception_handlers.h). A finding is only kept on
// the platforms where its code is reachable; code whose guard is not understood counts as
// reachable everywhere (platlint reports rather than guesses silence).
#include <optional>
#include <unordered_map>

#include "analyzer/base/platform.h"
#include "analyzer/semantic/platform_condition.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

class GuardAnalysis {
 public:
  explicit GuardAnalysis(const SemanticModel& model) : model_(model) {}

  // Understood guards: if/elif/else and conditional expressions, `and`/`or` short-circuits,
  // `while` conditions, `assert`, early `return`/`raise`/`continue`/`break`/`sys.exit()`/
  // `self.skipTest()`/`pytest.skip()` under a condition earlier in the same block (module-level
  // ones included), test skip markers (`@unittest.skipIf`, `@unittest.skipUnless`,
  // `@pytest.mark.skipif`, `testtools.skipIf`, ...) on a function or class and a module's
  // `pytestmark = pytest.mark.skipif(...)`, all evaluated with evaluatePlatformCondition(); a value
  // that the `if` right after its assignment replaces for some platforms (`PORT = "/dev/ttyS1"` /
  // `if platform.system() == "Windows": PORT = "COM2"`) holds only on the others; and a
  // module whose file name names one platform (`_pslinux.py`, `test_windows.py`), which only the
  // code that picks the platform's module imports. A private function (`_sendfile`, `__poll`), one
  // nested in another, a top-level function of a private module (`_psposix.py`) or one named for a
  // platform (`macos_version`) runs where its calls in the file run, when every use of its name is
  // a call: a helper called only under `if sys.platform == "linux":` is Linux code. Calls from
  // other files are not seen; a private name, of the function or of its module, is the promise that
  // only the package's own code has them, and a platform's name that its callers check first.
  PlatformSet reachableOn(Node node) const;

  // The platform check that let Linux-only code at `node` through: for code Linux reaches, the
  // condition of an `if` whose `else` (or whose exiting body, for the code after it) `node` is in,
  // when that check singles out platforms other than Linux (`util.is_FreeBSD()`,
  // `sys.platform == "win32"`) and every other platform it lets through is one where the code
  // breaks (`breaksOn`). For a value kept in a variable, the check above one of its reads. Null when
  // there is none: the finding's own platforms then explain themselves.
  Node checkThatLetThrough(Node node, PlatformSet breaksOn) const;

 private:
  // checkThatLetThrough for the code at `node` itself.
  Node checkAbove(Node node, PlatformSet breaksOn) const;
  // What code after `statement` in its block can reach, given the early exits before it.
  PlatformSet afterEarlyExits(Node statement) const;
  // Where code after `prev` still runs, judged by `prev` alone.
  PlatformSet exitEffect(Node prev) const;
  // Where the module's tests run, judged by its `pytestmark`.
  PlatformSet moduleMarks() const;
  // Where the body of a function only this file calls runs (SemanticModel::localCallsOf): where its
  // calls in this file run.
  PlatformSet reachableThroughCallers(Node function) const;
  // Where a function the file reaches only by a name built from the platform runs
  // (platformsDispatchingTo: `getattr(cls, f"get_{sys.platform}")` and `def get_win32():`), or nullopt.
  std::optional<PlatformSet> dispatchedOn(Node function) const;
  // reachableOn's walk up from `node`, unremembered.
  PlatformSet walkUp(Node node) const;
  // evaluatePlatformCondition(), once per condition: every node under an `if` asks of its condition.
  ConditionValue condition(Node condition) const;
  const SemanticModel& model_;
  mutable std::optional<PlatformSet> moduleMarks_;
  mutable std::unordered_map<uint32_t, PlatformSet> afterExits_;  // by statement (Node::index())
  mutable std::unordered_map<uint32_t, PlatformSet> callerReach_;  // by function definition
  // The name arguments of the file's `getattr(obj, name, ...)` calls, found on first use.
  mutable std::optional<std::vector<Node>> getattrNames_;
  mutable std::unordered_map<uint32_t, ConditionValue> conditions_;  // by condition
  // reachableOn by node: rule and fact often ask of the same one. Not kept while a function's
  // callers are judged (judgingCallers_ nonzero), when a recursive call sees a provisional answer
  // for the function being judged.
  mutable std::unordered_map<uint32_t, PlatformSet> reach_;
  mutable int judgingCallers_ = 0;
};

}  // namespace platlint
