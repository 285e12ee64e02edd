// PORT409: a handler for SIGTERM, which Windows' `signal` module accepts and Windows never delivers.
// The other signals of that module are either delivered there (SIGINT and SIGBREAK come from the
// console) or are raised by the process's own faults on every platform (SIGABRT, SIGFPE, SIGILL,
// SIGSEGV), so their handlers mean the same everywhere. Signals missing from Windows altogether
// (SIGHUP, SIGUSR1, ...) are PORT403's: referencing them already fails there.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "signals"};

constexpr RuleMeta kSignalNeverDelivered{
    "PORT409", "signal-never-delivered", Level::Note,
    "Installs a SIGTERM handler, which never runs on Windows",
    "Finds `signal.signal(signal.SIGTERM, handler)` (also through imports and aliases, and in a loop over a "
    "literal list of signals such as `for sig in (signal.SIGINT, signal.SIGTERM):`). Not reported: "
    "`SIG_DFL`, `SIG_IGN` and restoring a saved handler (a value from `signal.getsignal()` or `signal.signal()`, "
    "or a name such as `old_handler`); a file that also handles Windows' own events (it mentions `SIGBREAK`, "
    "`CTRL_BREAK_EVENT` or `SetConsoleCtrlHandler`); code under a platform guard. Signals that do not exist on "
    "Windows (`SIGHUP`, `SIGUSR1`, ...) are PORT403's. The other signals Windows' `signal` module has are "
    "not reported: `SIGINT` and `SIGBREAK` are delivered by the console, and `SIGABRT`, `SIGFPE`, `SIGILL` and "
    "`SIGSEGV` are raised by the process's own faults on every platform. The level is note: nothing fails, "
    "the handler just never runs.",
    "Windows' `signal` module defines `SIGTERM`, so the call succeeds, but nothing outside the process ever "
    "sends it: `taskkill /F`, the service manager, `Popen.terminate()` and `os.kill(pid, signal.SIGTERM)` from "
    "another process all end it with `TerminateProcess`, which runs no handler; only the process itself "
    "(`signal.raise_signal`) can raise it. The graceful shutdown the handler implements (finishing requests, "
    "removing a pid file, stopping children, flushing state) is silently skipped on Windows. A console "
    "program there gets `SIGINT` for Ctrl+C and `SIGBREAK` for Ctrl+Break and for the console's close, "
    "logoff and shutdown events.",
    "import signal, sys\n\ndef shutdown(signum, frame):\n    server.stop()\n    sys.exit(0)\n\n"
    "signal.signal(signal.SIGTERM, shutdown)",
    "import signal, sys\n\ndef shutdown(signum, frame):\n    server.stop()\n    sys.exit(0)\n\n"
    "signal.signal(signal.SIGTERM, shutdown)\nif sys.platform == \"win32\":\n"
    "    # Ctrl+Break and the console's close event; a service needs its own stop request\n"
    "    signal.signal(signal.SIGBREAK, shutdown)",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kSignalNeverDelivered};
constexpr std::string_view kNodeKinds[] = {"call"};

bool isSigterm(Node expr, const SemanticModel& model) {
  const std::string_view name = model.qualifiedName(skipParentheses(expr));
  return name == "signal.SIGTERM" || name == "signal.Signals.SIGTERM";
}

// `for sig in (signal.SIGINT, signal.SIGTERM): signal.signal(sig, h)`: the loop that binds `name`
// around `use` iterates over a literal holding SIGTERM.
bool loopIncludesSigterm(Node use, const SemanticModel& model) {
  for (Node n = use.parent(); n; n = n.parent()) {
    if (n.is("function_definition") || n.is("class_definition") || n.is("lambda")) return false;
    if (!n.is("for_statement")) continue;
    const Node left = n.field("left");
    if (!left || !left.is("identifier") || left.text() != use.text()) continue;
    const Node iterable = skipParentheses(n.field("right"));
    if (!iterable || !(iterable.is("tuple") || iterable.is("list") || iterable.is("set"))) return false;
    for (uint32_t i = 0; i < iterable.namedChildCount(); ++i) {
      if (isSigterm(iterable.namedChild(i), model)) return true;
    }
    return false;
  }
  return false;
}

bool handlesSigterm(Node signal, const SemanticModel& model) {
  signal = skipParentheses(signal);
  if (!signal) return false;
  if (isSigterm(signal, model)) return true;
  return signal.is("identifier") && loopIncludesSigterm(signal, model);
}

bool namesSavedHandler(std::string_view name) {
  const std::string lower = toLower(name);
  for (const std::string_view word : {"old", "orig", "prev", "saved", "default", "original"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

bool isSavedHandlerValue(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value || !value.is("call")) return false;
  const std::string_view callee = model.qualifiedName(skipParentheses(value.field("function")));
  return callee == "signal.getsignal" || callee == "signal.signal";
}

// SIG_DFL, SIG_IGN, None and a handler saved earlier put back: no handler of the program's own.
bool restoresOrIgnores(Node handler, const SemanticModel& model) {
  handler = skipParentheses(handler);
  if (!handler || handler.is("none")) return true;
  const std::string_view name = model.qualifiedName(handler);
  if (name == "signal.SIG_DFL" || name == "signal.SIG_IGN" || name.starts_with("signal.Handlers.")) return true;
  if (handler.is("attribute")) return namesSavedHandler(handler.field("attribute").text());
  if (!handler.is("identifier")) return false;
  if (namesSavedHandler(handler.text())) return true;
  std::vector<Node> values = localAssignedValues(handler, handler.text());
  if (values.empty()) {
    if (const auto* module = model.assignedValues(handler.text())) values = *module;
  }
  return std::any_of(values.begin(), values.end(), [&](Node v) { return isSavedHandlerValue(v, model); });
}

// The program also reacts to Windows' own stop events, so its SIGTERM handler is the POSIX half.
bool handlesWindowsEvents(const SourceFile& file) {
  const std::string_view text = file.text();
  for (const std::string_view word : {"SIGBREAK", "CTRL_BREAK_EVENT", "SetConsoleCtrlHandler"}) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

class SignalDeliveryCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT409 signals Windows never delivers"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node call, RuleContext& ctx) const override {
    if (ctx.model().qualifiedName(skipParentheses(call.field("function"))) != "signal.signal") return;
    const CallArguments args = argumentsOf(call);
    const Node signal = args.argument(0, "signalnum");
    const Node handler = args.argument(1, "handler");
    if (!signal || !handler || !handlesSigterm(signal, ctx.model())) return;
    if (restoresOrIgnores(handler, ctx.model()) || handlesWindowsEvents(ctx.file())) return;
    // It exists everywhere and misbehaves on Windows: nothing is missing.
    ctx.recordPlatformApi(call, "signal.signal(SIGTERM)", kSignalNeverDelivered);
    ctx.report(kSignalNeverDelivered, call,
               "installs a `SIGTERM` handler, which never runs on Windows: nothing outside the process sends "
               "`SIGTERM` there (`taskkill`, the service manager and `Popen.terminate()` end it with "
               "`TerminateProcess`), so the shutdown it does is skipped; also handle `signal.SIGBREAK` (Ctrl+Break, "
               "console close) on Windows, or give the program a stop request of its own (a shutdown endpoint or "
               "command, a service stop handler)");
  }
};

}  // namespace

const Check& signalDeliveryCheck() {
  static const SignalDeliveryCheck check;
  return check;
}

}  // namespace platlint
