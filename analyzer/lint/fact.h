#pragma once
// What a code base depends on, recorded by the rules while they check: an environment variable,
// a kernel file, a hard-coded path, a program it runs, a platform-only API. Facts are recorded
// whether or not a rule reports anything there, and carry the platforms on which their code runs
// (its guards), so `platlint inventory` can list guarded code with its guard and PORT390 can work
// over the whole project after every file was analysed.
#include <cstddef>
#include <string>
#include <string_view>

#include "analyzer/base/platform.h"
#include "analyzer/syntax/source_file.h"

namespace platlint {

enum class FactKind {
  EnvironmentRead,   // name: the variable; detail: "reads" or "tests for"; value: a literal default
  EnvironmentWrite,  // name: the variable; detail: "sets", "unsets" or "sets for a child process"
  EnvironmentSwitch, // a read whose value decides something; detail: how ("compared", "tested", ...)
  KernelPath,        // name: the path; detail: the verb ("reads", "lists", ...)
  HardcodedPath,     // name: the path; detail: the verb
  Command,           // name: the program; detail: the call that runs it ("subprocess.run")
  PlatformApi,       // name: the qualified stdlib name ("os.fork", "fcntl")
  HelpMention,       // name: an upper-case word of an option's `help=` text or of a docstring (documents it)
  // Function summaries, joined across files by PORT507's project pass (rules/command_helpers.cpp):
  CommandHelper,     // at the run: name: a module-level function that runs value (a program) with its
                     // callers' arguments, unguarded; ruleId/missingOn: the program's
  ProjectCall,       // at a call: name: the called function as the imports resolve it ("pkg.util.mount_cb"),
                     // of the project's own packages; detail: as written; value: the first word passed
  WrapperUse,        // at a call: name: the `command-wrappers` pattern it matched (PORT903's project pass)
};
inline constexpr size_t kFactKindCount = static_cast<size_t>(FactKind::WrapperUse) + 1;  // WrapperUse stays last

// "env-read", "env-write", "env-switch", "kernel-path", "hardcoded-path", "command",
// "platform-api", "help-mention": the spelling of the JSON inventory and of cache files.
std::string_view factKindName(FactKind kind);

struct Fact {
  FactKind kind = FactKind::EnvironmentRead;
  std::string name;
  std::string detail;
  std::string value;         // env-read: a literal default, as written; paths: the value (or known prefix)
  std::string ruleId;        // the catalog rule that knows this thing (PORT101, PORT301...), or empty
  PlatformSet missingOn;     // where the thing does not exist, when platlint knows; else empty
  PlatformSet reachableOn = PlatformSet::all();  // where the code runs, judged from its platform guards
  uint32_t startByte = 0;
  uint32_t endByte = 0;
  SourcePosition start;
  SourcePosition end;  // exclusive, as TextRange::end
};

}  // namespace platlint
