// PORT408: `os.kill(pid, 0)`, the POSIX idiom for "is this process alive?". Signal 0 is checked
// but not sent on POSIX; on Windows os.kill sends nothing but CTRL_C_EVENT and CTRL_BREAK_EVENT and
// terminates the process for any other value, so the probe kills what it looks for. os.kill exists
// everywhere, so PORT402 says nothing, and a `try: ... except OSError` around the probe (the usual
// way to read its answer) handles no Windows failure: there is none to catch.
// PORT417: `os.kill(0, sig)` and `os.kill(-pgid, sig)`, POSIX process-group signals, which Windows
// takes as one (missing) process id.
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "process"};

constexpr RuleMeta kKillZeroProbe{
    "PORT408", "kill-zero-liveness-probe", Level::Error,
    "Tests whether a process is alive with `os.kill(pid, 0)`, which kills it on Windows",
    "Finds calls of `os.kill` (also through `from os import kill` and aliases) whose signal is the literal "
    "`0` or `signal.SIG_DFL` (whose value is 0). A call under a platform guard (`if os.name == \"posix\":`) "
    "is not reported; a `try: ... except OSError` around it is, because that is how the probe's answer is "
    "read, not a way to handle Windows. The level is error: on Windows the call does not answer the "
    "question wrongly, it terminates the process it asks about. No fix is offered: the portable "
    "replacement, `psutil.pid_exists()`, adds a dependency.",
    "On POSIX, signal 0 is never delivered: `kill(2)` only checks that the process exists and that the "
    "caller may signal it, which makes `os.kill(pid, 0)` the usual liveness probe. On Windows, `os.kill` "
    "sends `CTRL_C_EVENT` and `CTRL_BREAK_EVENT` as console events and, for any other value, calls "
    "`TerminateProcess` with the value as the exit code (Python's `os.kill` documentation says so): the "
    "probe kills the live process with exit code 0, and code that meant to wait for a daemon, read a pid "
    "file or avoid starting a second instance stops it instead.",
    "import os\n\ndef is_running(pid):\n    try:\n        os.kill(pid, 0)\n    except OSError:\n"
    "        return False\n    return True",
    "import psutil\n\ndef is_running(pid):\n    return psutil.pid_exists(pid)\n\n"
    "# for a child this program started, keep the Popen object: proc.poll() is None while it runs",
    kWindowsOnly, kTags};

constexpr RuleMeta kKillProcessGroup{
    "PORT417", "kill-process-group", Level::Warning,
    "Signals a process group with `os.kill(0, sig)` or `os.kill(-pgid, sig)`, which Windows does not have",
    "Finds calls of `os.kill` (also through `from os import kill` and aliases) whose pid is the literal `0` "
    "or a negated value (`-pgid`, `-os.getpgid(pid)`, `-1`): POSIX sends those to a process group, or to "
    "every process the caller may signal. A call under a platform guard is not reported. `os.killpg` itself "
    "does not exist on Windows and is PORT402's.",
    "On POSIX, pid 0 signals every process of the caller's process group and a negative pid the group "
    "`-pid` (-1: every process the caller may signal), the usual way to stop a server and its workers at "
    "once. Windows has no process groups for `os.kill`: the pid is taken as one process id, so "
    "`os.kill(0, sig)` and `os.kill(-pgid, sig)` fail with `OSError` (there is no such process), and the "
    "workers are never stopped.",
    "import os, signal\n\n# stop this server and every worker it forked\nos.kill(0, signal.SIGTERM)",
    "import signal\n\nimport psutil\n\nfor child in psutil.Process().children(recursive=True):\n"
    "    child.send_signal(signal.SIGTERM)",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kKillZeroProbe, &kKillProcessGroup};
constexpr std::string_view kNodeKinds[] = {"call"};

bool isSignalZero(Node signal, const SemanticModel& model) {
  signal = skipParentheses(signal);
  if (!signal) return false;
  if (signal.is("integer")) return signal.text() == "0";
  const std::string_view name = model.qualifiedName(signal);
  return name == "signal.SIG_DFL" || name == "signal.Handlers.SIG_DFL";
}

// Pid 0, or a negated pid (`-pgid`, `-1`): a process group, or every process, on POSIX.
bool isGroupPid(Node pid) {
  pid = skipParentheses(pid);
  if (!pid) return false;
  if (pid.is("integer")) return pid.text() == "0";
  return pid.is("unary_operator") && pid.child(0).text() == "-";
}

// The expression as written when it fits a message, else a stand-in.
std::string shortText(Node expr, std::string_view standIn) {
  const std::string_view text = expr.text();
  return text.size() <= 40 && text.find('\n') == std::string_view::npos ? std::string(text) : std::string(standIn);
}

class KillProbeCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT408/PORT417 os.kill probes and process groups"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node call, RuleContext& ctx) const override {
    const CallArguments args = argumentsOf(call);
    if (args.positional.size() != 2) return;
    if (ctx.model().qualifiedName(skipParentheses(call.field("function"))) != "os.kill") return;
    if (isGroupPid(args.positional[0]) && ctx.enabled(kKillProcessGroup)) {
      ctx.report(kKillProcessGroup, call,
                 "`os.kill(" + shortText(args.positional[0], "pid") + ", ...)` signals a process group on POSIX; "
                 "Windows has no process groups for `os.kill` and fails (no such process); signal the "
                 "processes one by one (`psutil.Process().children(recursive=True)`), or guard it with "
                 "`sys.platform != \"win32\"`");
    }
    if (!isSignalZero(args.positional[1], ctx.model())) return;
    // It exists everywhere and misbehaves on Windows: nothing is missing.
    ctx.recordPlatformApi(call, "os.kill(pid, 0)", kKillZeroProbe);
    ctx.report(kKillZeroProbe, call,
               "`os.kill(" + shortText(args.positional[0], "pid") + ", " + shortText(args.positional[1], "0") +
                   ")` probes whether a process is alive on POSIX, but on Windows `os.kill` terminates the process "
                   "for any signal but `CTRL_C_EVENT`/`CTRL_BREAK_EVENT`: the probe kills it; use "
                   "`psutil.pid_exists(pid)`, or `Popen.poll()` for a child this program started");
  }
};

}  // namespace

const Check& killProbeCheck() {
  static const KillProbeCheck check;
  return check;
}

}  // namespace platlint
