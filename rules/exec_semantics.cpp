// PORT420: `os.exec*`, which replaces the process on POSIX and does not on Windows: there the C
// runtime starts the program as a new process and ends the caller at once (cpython#101191), so a
// wrapper that execs the real program (a launcher, a privilege-dropping or rlimit-setting shim)
// reports success to whoever waits for it before the program has even run.
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "process"};

constexpr RuleMeta kExecDoesNotReplace{
    "PORT420", "exec-does-not-replace-on-windows", Level::Warning,
    "Replaces the process with `os.exec*()`, which on Windows starts a new process and exits instead",
    "Finds calls of `os.execv`, `os.execve`, `os.execl`, `os.execle`, `os.execlp`, `os.execlpe`, `os.execvp` and "
    "`os.execvpe` (also through `from os import ...` and aliases). A call under a platform guard that keeps "
    "Windows out is not reported, nor one in a function that calls `os.fork()`, `os.forkpty()` or another "
    "`fork()` (`pty.fork()`): the child of a fork is POSIX-only already (PORT402 reports the fork).",
    "On POSIX `os.exec*` replaces the running program: same process, same pid, and the new program's exit "
    "code is the one the parent sees. Windows has no such call. Its C runtime, which Python's `os.exec*` "
    "uses, starts the program as a new process and ends the calling one immediately with exit code 0. A "
    "shell, service manager or `subprocess` call waiting for the caller sees it finish successfully before "
    "the program has run, never learns the program's exit code, and may close the pipes and console the "
    "program writes to (cpython#101191).",
    "import os, sys\n\n# apply limits, then become the real program\nos.execv(program, [program] + sys.argv[1:])",
    "import os, subprocess, sys\n\nif os.name == \"posix\":\n    os.execv(program, [program] + sys.argv[1:])\n"
    "else:\n    sys.exit(subprocess.call([program] + sys.argv[1:]))",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kExecDoesNotReplace};
constexpr std::string_view kNodeKinds[] = {"call"};

bool isExec(std::string_view q) {
  for (const std::string_view name : {"os.execv", "os.execve", "os.execl", "os.execle", "os.execlp", "os.execlpe",
                                      "os.execvp", "os.execvpe"}) {
    if (q == name) return true;
  }
  return false;
}

// True when the function around `call` (or the module) forks: its exec runs in the POSIX child.
bool forksFirst(Node call) {
  const Node scope = bindingScope(call);
  const SyntaxTree& tree = *call.tree();
  for (uint32_t i = scope.index(); i < tree.size(); ++i) {
    const Node n = tree.node(i);
    if (n.startByte() >= scope.endByte()) break;
    if (!n.is("call")) continue;
    // `os.fork()`, `pty.fork()`, a module's own `fork()` wrapper (pty.py's).
    if (calleeName(n) == "fork" || calleeName(n) == "forkpty") return true;
  }
  return false;
}

class ExecSemanticsCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT420 os.exec* on Windows"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node call, RuleContext& ctx) const override {
    if (!ctx.enabled(kExecDoesNotReplace)) return;
    const SemanticModel& model = ctx.model();
    const std::string_view q = model.qualifiedName(skipParentheses(call.field("function")));
    if (!isExec(q) || forksFirst(call)) return;
    const std::string name(q.substr(3));
    ctx.report(kExecDoesNotReplace, call,
               "`os." + name + "()` does not replace the process on Windows: it starts the program as a new "
               "process and ends this one at once with exit code 0, so whoever waits for this process sees it "
               "succeed before the program has run and never gets its exit code; on Windows run it with "
               "`sys.exit(subprocess.call(...))` instead, or keep the exec under `os.name == \"posix\"`");
  }
};

}  // namespace

const Check& execSemanticsCheck() {
  static const ExecSemanticsCheck check;
  return check;
}

}  // namespace platlint
