#pragma once
// Privilege escalation that OpenStack's executors do on the caller's behalf: `run_as_root=True`
// makes processutils.execute (and the `utils.execute` wrappers over it) prefix the command with the
// configured root helper, `sudo <project>-rootwrap <config>`. PORT504 reports it next to the sudo
// prefixes command_calls.h finds.
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"
#include "rules/command_calls.h"

namespace platlint {

// The `run_as_root=True` keyword argument of a command wrapper's call, or null.
Node runAsRootArgument(const CommandInvocation& command);

// True for the string `"run_as_root"` set to True for a later call: `kwargs["run_as_root"] = True`
// or `{"run_as_root": True}`.
bool setsRunAsRoot(Node string);

// True for a root helper command line that starts with sudo (`"sudo nova-rootwrap %s" % conf`):
// returned by a function, or assigned to a name, whose name says root helper (a `root_helper=`
// keyword beside `run_as_root=True` is that call's escalation, reported once).
bool isSudoRootHelper(Node string, const SemanticModel& model);

}  // namespace platlint
