#pragma once
// Environment variables a program gives the child processes it starts: the `env=` dictionary of
// subprocess (and `update_env=`, `env_variables=`, `extra_env=` of the executors command_calls.h
// recognises), a dictionary built in a local name and passed on, and `env NAME=value prog` argv
// prefixes. Feeds the inventory facts of the PORT3xx check and PORT321.
#include <string>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/command_calls.h"

namespace platlint {

struct ChildEnvironmentEntry {
  std::string name;
  Node where;  // the dictionary pair, keyword, subscript assignment or argv word that sets it
  Node value;  // the value expression; null for argv words
};

// The variables with a known name that `call` sets for its child process. `command` is what
// commandInvocation() says of the call, or null: the executors' own keywords (`update_env=`,
// `env_variables=`, `extra_env=`) are carriers even when the command is not known, `env=` only
// of a recognised command.
std::vector<ChildEnvironmentEntry> childEnvironmentEntries(Node call, const CommandInvocation* command,
                                                           const SemanticModel& model);

// childEnvironmentEntries() of `call` with commandInvocation(call, ctx), worked out once per call of
// the file: the PORT3xx inventory and PORT321 both ask of every call.
const std::vector<ChildEnvironmentEntry>& childEnvironmentEntries(Node call, RuleContext& ctx);

const Check& childEnvironmentCheck();  // PORT321

}  // namespace platlint
