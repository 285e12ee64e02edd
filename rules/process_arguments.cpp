// PORT406: arguments of the functions that start a process which exist everywhere but fail on
// Windows. subprocess.Popen (and run/call/check_call/check_output, which pass their keywords on)
// accepts `preexec_fn=`, `pass_fds=`, `user=`, `group=` and `extra_groups=` on every platform and
// rejects them at run time on Windows; asyncio.create_subprocess_exec/_shell hand their keywords to
// the same Popen there. oslo.concurrency's `processutils.execute(..., prlimit=...)` (and the wrappers
// command_calls.h recognises) run the command through `python -m oslo_concurrency.prlimit`, which
// imports the POSIX-only `resource` module. Keywords that Windows ignores (`start_new_session=`,
// `process_group=`, `umask=`, `restore_signals=`) are not reported: they do not fail.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/command_calls.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "subprocess"};

constexpr RuleMeta kPosixOnlyProcessArgument{
    "PORT406", "posix-only-process-argument", Level::Warning,
    "Starts a process with an argument that fails on Windows",
    "Finds calls of `subprocess.Popen`, `subprocess.run`, `subprocess.call`, `subprocess.check_call`, "
    "`subprocess.check_output`, `asyncio.create_subprocess_exec` and `asyncio.create_subprocess_shell` "
    "(through imports and aliases) given `preexec_fn=`, a non-empty `pass_fds=`, `user=`, `group=` or "
    "`extra_groups=`, and calls of oslo.concurrency's `processutils.execute`/`trycmd` (and the wrappers "
    "PORT5xx recognises, such as `utils.execute`) given `prlimit=`. A value of `None` or an empty "
    "sequence, a conditional expression with a `None` branch (`os.setsid if os.name == \"posix\" else "
    "None`), a name assigned `None` on some path and a parameter passed on unchanged (the caller's "
    "choice) are not reported. `start_new_session=`, `process_group=`, `umask=` and `restore_signals=` are "
    "not reported either: Windows ignores them rather than failing.",
    "These arguments exist in the signatures on every platform, so nothing fails until the call runs on "
    "Windows: `preexec_fn=` raises `ValueError` (\"preexec_fn is not supported on Windows platforms\"), "
    "`user=`, `group=` and `extra_groups=` raise `ValueError` (Windows has no `setreuid`/`setregid`/"
    "`setgroups`), and a non-empty `pass_fds=` fails an assertion (`AssertionError`; under `python -O` the "
    "descriptors are silently not passed). asyncio's subprocess functions pass their keywords to the same "
    "`Popen` on Windows. `processutils.execute(..., prlimit=limits)` runs the command as `python -m "
    "oslo_concurrency.prlimit ... -- cmd`, and that module imports `resource`, which does not exist on "
    "Windows: the wrapper exits with `ModuleNotFoundError` and the call raises `ProcessExecutionError`.",
    "import os, subprocess\n\nproc = subprocess.Popen([\"worker\"], preexec_fn=os.setsid)\n\n"
    "from oslo_concurrency import processutils\nLIMITS = processutils.ProcessLimits(address_space=1 << 30)\n"
    "processutils.execute(\"qemu-img\", \"info\", path, prlimit=LIMITS)",
    "import os, subprocess\n\n# setsid in the child, on POSIX; ignored on Windows\n"
    "proc = subprocess.Popen([\"worker\"], start_new_session=True)\n\n"
    "# limits only where the prlimit helper can run\nprocessutils.execute(\"qemu-img\", \"info\", path,\n"
    "                      prlimit=LIMITS if os.name == \"posix\" else None)",
    kWindowsOnly, kTags, FixAvailability::Sometimes,
    "`preexec_fn=os.setsid` (the function itself, through any import of it) is replaced with "
    "`start_new_session=True` when the call has no `start_new_session=`, `process_group=` or `**kwargs` of its "
    "own. On POSIX the child still calls `setsid()` before it runs the program (in C, without running Python "
    "code between `fork` and `exec`, which `preexec_fn` makes unsafe in threaded programs), and on Windows the "
    "argument is ignored instead of raising `ValueError`. The fix is unsafe all the same: the call's arguments "
    "change, and tests that inspect them (`assert_called_with(..., preexec_fn=os.setsid)`, a fixture that "
    "reads `kwargs[\"preexec_fn\"]`) must change with it (`--unsafe-fixes`). Other hooks have no fix: what they "
    "do in the child has no general replacement."};

constexpr const RuleMeta* kRules[] = {&kPosixOnlyProcessArgument};
constexpr std::string_view kNodeKinds[] = {"call"};
// Popen's own checks: ValueError for preexec_fn/user/group/extra_groups, AssertionError for pass_fds.
constexpr std::string_view kFailures[] = {"ValueError", "AssertionError"};

constexpr std::string_view kProcessStarters[] = {
    "subprocess.Popen",         "subprocess.run",
    "subprocess.call",          "subprocess.check_call",
    "subprocess.check_output",  "asyncio.create_subprocess_exec",
    "asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_exec",
    "asyncio.subprocess.create_subprocess_shell"};

struct PosixOnlyKeyword {
  std::string_view name;
  std::string_view failure;  // completes "`name=` <failure> on Windows"
  std::string_view advice;
};

constexpr PosixOnlyKeyword kPosixOnlyKeywords[] = {
    {"preexec_fn", "raises `ValueError` (\"preexec_fn is not supported on Windows platforms\")",
     "do the setup without a hook in the child: `start_new_session=True` instead of `os.setsid`, "
     "`process_group=0` (3.11+) instead of `os.setpgrp`, `umask=` instead of `os.umask`, or set it up in the "
     "program the child runs; guard a POSIX-only hook with `os.name == \"posix\"`"},
    {"pass_fds", "fails an assertion (`AssertionError`; under `python -O` the descriptors are silently not passed)",
     "on Windows pass inheritable handles with `close_fds=False` and `startupinfo.lpAttributeList = "
     "{\"handle_list\": [...]}`, or give the child a name to open (a path, a port, `multiprocessing.connection`); "
     "guard the POSIX-only descriptors with `os.name == \"posix\"`"},
    {"user", "raises `ValueError` (\"The 'user' parameter is not supported on the current platform\")",
     "guard it with `os.name == \"posix\"`: Windows has no numeric users to switch to (run the program under "
     "a service account instead)"},
    {"group", "raises `ValueError` (\"The 'group' parameter is not supported on the current platform\")",
     "guard it with `os.name == \"posix\"`: Windows has no numeric groups to switch to"},
    {"extra_groups", "raises `ValueError` (\"The 'extra_groups' parameter is not supported on the current platform\")",
     "guard it with `os.name == \"posix\"`: Windows has no supplementary groups to set"},
};

bool isNone(Node value) { return value && value.is("none"); }

// `()`, `[]`, `set()`, `frozenset()`, `None`: nothing to pass.
bool isEmptyValue(Node value, const SemanticModel& model) {
  if (isNone(value)) return true;
  if ((value.is("tuple") || value.is("list") || value.is("set")) && value.namedChildCount() == 0) return true;
  if (value.is("call")) {
    const std::string_view callee = model.qualifiedName(value.field("function"));
    return (callee == "builtins.set" || callee == "builtins.frozenset" || callee == "builtins.tuple" ||
            callee == "builtins.list") &&
           argumentsOf(value).positional.empty();
  }
  return false;
}

// The value may be absent where the call runs: `x if posix else None`, a name assigned `None` on some
// path, a parameter the caller chooses. Such a call is the platform-aware form or a pass-through.
bool mayBeAbsent(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value || isEmptyValue(value, model)) return true;
  if (value.is("conditional_expression")) {
    for (uint32_t i = 0; i < value.namedChildCount(); ++i) {
      if (isEmptyValue(skipParentheses(value.namedChild(i)), model)) return true;
    }
    return false;
  }
  if (!value.is("identifier")) return false;
  if (isParameterOfEnclosingFunction(value)) return true;
  std::vector<Node> values = localAssignedValues(value, value.text());
  if (values.empty()) {
    if (const auto* module = model.assignedValues(value.text())) values = *module;
  }
  return std::any_of(values.begin(), values.end(), [&](Node v) { return isEmptyValue(skipParentheses(v), model); });
}

// The advice for a `preexec_fn=` whose hook is a POSIX call with a Popen keyword of its own.
std::optional<std::string_view> hookReplacement(Node value, const SemanticModel& model) {
  Node hook = skipParentheses(value);
  if (hook.is("lambda")) {  // `lambda: os.setsid()`
    const Node body = skipParentheses(hook.field("body"));
    hook = body && body.is("call") ? body.field("function") : Node{};
  }
  if (!hook) return std::nullopt;
  const std::string_view name = model.qualifiedName(hook);
  if (name == "os.setsid") return "use `start_new_session=True`, which calls `setsid()` in the child on POSIX and is ignored on Windows";
  if (name == "os.setpgrp") return "use `process_group=0` (3.11+), or `start_new_session=True`; both are ignored on Windows";
  return std::nullopt;
}

// `preexec_fn=os.setsid` -> `start_new_session=True`, unless the call already says how the child's
// session or group is set up (or may, through `**kwargs`).
std::optional<Fix> newSessionFix(Node argument, Node value, const CallArguments& args, const SemanticModel& model) {
  if (model.qualifiedName(skipParentheses(value)) != "os.setsid") return std::nullopt;
  if (args.dictSplat || args.keyword("start_new_session") || args.keyword("process_group")) return std::nullopt;
  Fix fix;
  fix.description = "Replace `" + std::string(argument.text()) + "` with `start_new_session=True`";
  fix.safety = FixSafety::Unsafe;  // tests that inspect the call's arguments change with it
  fix.edits.push_back(Edit{argument.startByte(), argument.endByte(), "start_new_session=True"});
  return fix;
}

class ProcessArgumentCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT406 POSIX-only process arguments"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }
  std::span<const std::string_view> failureExceptions() const override { return kFailures; }

  void visit(Node call, RuleContext& ctx) const override {
    const CallArguments args = argumentsOf(call);
    if (args.keywords.empty()) return;
    const std::string_view callee = ctx.model().qualifiedName(skipParentheses(call.field("function")));
    if (std::find(std::begin(kProcessStarters), std::end(kProcessStarters), callee) != std::end(kProcessStarters)) {
      return visitProcessStarter(callee, args, ctx);
    }
    if (const Node limits = args.keyword("prlimit")) visitPrlimit(call, limits, ctx);
  }

 private:
  static void visitProcessStarter(std::string_view callee, const CallArguments& args, RuleContext& ctx) {
    for (const PosixOnlyKeyword& keyword : kPosixOnlyKeywords) {
      const Node value = args.keyword(keyword.name);
      if (!value || mayBeAbsent(value, ctx.model())) continue;
      const Node argument = value.parent();  // the keyword_argument: `preexec_fn=os.setsid`
      ctx.recordPlatformApi(argument, std::string(callee) + "(" + std::string(keyword.name) + "=)",
                            kPosixOnlyProcessArgument, kWindowsOnly);
      std::string_view advice = keyword.advice;
      if (keyword.name == "preexec_fn") advice = hookReplacement(value, ctx.model()).value_or(advice);
      std::string message = "`" + std::string(callee) + "(..., " + std::string(keyword.name) + "=...)` " +
                            std::string(keyword.failure) + " on Windows; " + std::string(advice);
      if (auto fix = newSessionFix(argument, value, args, ctx.model())) {
        ctx.report(kPosixOnlyProcessArgument, argument, std::move(message), std::move(*fix));
      } else {
        ctx.report(kPosixOnlyProcessArgument, argument, std::move(message));
      }
    }
  }

  // `processutils.execute(*cmd, prlimit=LIMITS)`: only the executors that wrap oslo.concurrency
  // take `prlimit=`; any other function may use the name for something else.
  static void visitPrlimit(Node call, Node limits, RuleContext& ctx) {
    const auto& command = commandInvocation(call, ctx);
    if (!command || !command->wrapper || command->inferred) return;
    if (mayBeAbsent(limits, ctx.model())) return;
    const Node argument = limits.parent();
    ctx.recordPlatformApi(argument, command->api + "(prlimit=)", kPosixOnlyProcessArgument, kWindowsOnly);
    ctx.report(kPosixOnlyProcessArgument, argument,
               "`" + command->api +
                   "(..., prlimit=...)` runs the command through `python -m oslo_concurrency.prlimit`, which "
                   "imports the POSIX-only `resource` module: on Windows that helper exits with "
                   "`ModuleNotFoundError` and the call raises `ProcessExecutionError`; pass the limits only on "
                   "POSIX (`prlimit=LIMITS if os.name == \"posix\" else None`) or limit the process another way "
                   "there (a Windows job object)");
  }
};

}  // namespace

const Check& processArgumentCheck() {
  static const ProcessArgumentCheck check;
  return check;
}

}  // namespace platlint
