#pragma once
// Whether an environment read is a switch: its value decides something (compared, tested, parsed
// as a number or boolean, used as an option's default) rather than being shown in a message or
// passed on. Feeds the `env-switch` facts that PORT390 (undocumented environment switch) turns
// into findings once the whole project's documentation is known.
#include <string_view>

#include "analyzer/semantic/semantic_model.h"
#include "rules/environment_access.h"

namespace platlint {

// How the value read by `access` decides something: "compared", "tested", "parsed as a number",
// "parsed as a boolean", "used as a default", "used in place of a default" (a non-empty literal
// default that the variable replaces); empty when it is not a switch. A value assigned to
// a plain name is followed to that name's uses in the same function (or module).
std::string_view environmentSwitchUse(const EnvironmentAccess& access, const SemanticModel& model);

// `old = os.environ.get("X")` ... `os.environ["X"] = old`, or a test's `self.orig = os.environ.get("X")`
// put back by its class: the value is saved to be restored, which decides nothing and depends on
// nothing, even when the restoring code tests it (`if old is None: del os.environ["X"]`).
bool savedToRestore(const EnvironmentAccess& access, const SemanticModel& model);

// The other half: a write that puts back the value saved that way (`os.environ["X"] = old`). It
// returns the process to what it was, so it steers nothing.
bool restoresSaved(const EnvironmentAccess& access, const SemanticModel& model);

}  // namespace platlint
