// PORT322: a child process given an environment of its own that does not start from the parent's
// (`env={"LC_ALL": "C"}`). On POSIX the child then runs with a near-empty environment and still
// starts; on Windows a process without SYSTEMROOT fails in ways that are hard to trace (Winsock,
// the CRT's random seed, Python's own start-up), and one without PATH finds none of its tools.
// Python's documentation of Popen says so.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/command_calls.h"
#include "rules/program_table.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "environment", "process"};

constexpr RuleMeta kEnvironmentReplaced{
    "PORT322", "child-environment-replaced", Level::Warning,
    "Gives a child process a whole environment of its own, without SYSTEMROOT or PATH, which Windows programs need",
    "Finds `env=` of `subprocess` and `asyncio`'s process functions, the environment argument of `os.exec*e` and "
    "`os.spawn*e`, and `env_variables=` of oslo.concurrency's `processutils.execute` (which passes it on as "
    "`env=`), when the value is a dictionary written at the call, `{...}` or `dict(...)`, that neither "
    "unpacks a copy of the process environment (`{**os.environ, ...}`, `dict(os.environ, ...)`) nor sets "
    "`SYSTEMROOT` (Windows' variables ignore case). `env={}` is reported too. Keywords that add to the "
    "environment instead of replacing it (cloud-init's `update_env=`) are not, nor a mock's assertion of "
    "the call, nor the environment of a program Windows does not have (PORT501 and PORT502 report the program).",
    "`env=` replaces the child's environment; it does not add to it. On Linux and macOS a program usually "
    "starts without any variables and finds its tools through the default search path. Windows programs "
    "need `SYSTEMROOT`: without it Winsock cannot load its providers, the C runtime and Python's own start-up "
    "fail to get random numbers (`Fatal Python error: _Py_HashRandomization_Init`), and without `PATH` "
    "nothing the program runs in turn is found. Python's documentation of `Popen` warns that on Windows "
    "the environment given must include a valid `SystemRoot`.",
    "import subprocess\nsubprocess.run([\"git\", \"status\"], env={\"LC_ALL\": \"C\"})",
    "import os, subprocess\nsubprocess.run([\"git\", \"status\"], env={**os.environ, \"LC_ALL\": \"C\"})",
    kWindowsOnly, kTags, FixAvailability::Always,
    "The fix starts the dictionary from the parent's environment: `{\"LC_ALL\": \"C\"}` becomes "
    "`{**os.environ, \"LC_ALL\": \"C\"}` and `dict(A=\"1\")` `dict(os.environ, A=\"1\")`, adding `import os` "
    "when needed. It is unsafe: on Linux and macOS the child then sees every variable of the parent, which "
    "an environment written out in full may have meant to keep from it (`env={}` especially)."};

constexpr const RuleMeta* kRules[] = {&kEnvironmentReplaced};
constexpr std::string_view kNodeKinds[] = {"call"};

// True when a dictionary written at the call stands alone: it copies nothing of the process
// environment and does not set SYSTEMROOT. Null for anything else (a name, `os.environ`, a call of
// a helper or of `.copy()`).
std::optional<bool> standsAlone(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value) return std::nullopt;
  const auto setsSystemRoot = [&](Node key) {
    const auto name = model.stringValue(key);
    if (!name || !name->complete) return true;  // a computed key may be anything
    return toLower(name->value) == "systemroot";
  };
  if (value.is("dictionary")) {
    for (uint32_t i = 0; i < value.namedChildCount(); ++i) {
      const Node item = value.namedChild(i);
      if (item.is("dictionary_splat")) return false;  // `**base`: whatever it holds
      if (item.is("pair") && setsSystemRoot(item.field("key"))) return false;
      if (!item.is("pair") && !item.is("comment")) return false;  // a comprehension
    }
    return true;
  }
  if (value.is("call") && model.qualifiedName(value.field("function")) == "builtins.dict") {
    const CallArguments args = argumentsOf(value);
    if (args.splat() || !args.positional.empty()) return false;  // dict(base, ...), dict(**base)
    for (const Node keyword : args.keywords) {
      if (toLower(keyword.field("name").text()) == "systemroot") return false;
    }
    return true;
  }
  return std::nullopt;
}

// True when the program is one Windows does not have (PORT501/PORT502 report that): its environment
// cannot matter there.
bool missingOnWindows(const CommandInvocation& command) {
  const std::vector<ProgramUse> programs = programsOf(command);
  if (programs.empty()) return false;
  const std::string& program = programs.front().name;
  for (const CommandFact* fact : {linuxOnlyCommand(program), posixOnlyCommand(program)}) {
    if (fact && fact->missingOn.contains(Platform::Windows)) return true;
  }
  return false;
}

// The dictionary started from the parent's environment: `**os.environ` first in a display,
// `os.environ` as `dict()`'s positional argument.
Fix startFromParent(Node dictionary) {
  const bool display = dictionary.is("dictionary");
  const Node open = display ? dictionary.child(0) : dictionary.field("arguments").child(0);
  const bool empty = display ? dictionary.namedChildCount() == 0 : dictionary.field("arguments").namedChildCount() == 0;
  const std::string inserted = std::string(display ? "**os.environ" : "os.environ") + (empty ? "" : ", ");
  const std::string shape = display ? "{**os.environ, ...}" : "dict(os.environ, ...)";
  return Fix{"Start from the parent's environment (`" + shape + "`)", FixSafety::Unsafe,
             {{open.endByte(), open.endByte(), inserted}}, {"os"}};
}

// The argument that replaces the child's environment, or null.
Node replacingEnvironment(const CommandInvocation& command, const CallArguments& args) {
  const std::string_view api = command.api;
  if (api.starts_with("subprocess.") || api.starts_with("asyncio.")) return args.keyword("env");
  if (api.ends_with("processutils.execute") || api.ends_with("processutils.trycmd")) {
    return args.keyword("env_variables");
  }
  if ((api.starts_with("os.exec") || api.starts_with("os.spawn")) && api.ends_with("e") && !args.splat() &&
      !args.positional.empty()) {
    return args.positional.back();
  }
  return {};
}

class EnvironmentReplacedCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT322 child environment replaced"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node call, RuleContext& ctx) const override {
    if (!ctx.enabled(kEnvironmentReplaced)) return;
    const auto& command = commandInvocation(call, ctx);
    if (!command) return;
    const CallArguments args = argumentsOf(call);
    const Node env = replacingEnvironment(*command, args);
    if (!env) return;
    const auto alone = standsAlone(env, ctx.model());
    if (!alone || !*alone || missingOnWindows(*command)) return;
    ctx.report(kEnvironmentReplaced, env,
               "gives the child only the variables written here: `env` replaces the environment, so the child "
               "has no `SYSTEMROOT` or `PATH`, which Windows programs need to start and to find their tools; "
               "start from the parent's environment (`{**os.environ, ...}`)",
               startFromParent(skipParentheses(env)));
  }
};

}  // namespace

const Check& environmentReplacedCheck() {
  static const EnvironmentReplacedCheck check;
  return check;
}

}  // namespace platlint
