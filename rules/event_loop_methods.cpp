// PORT407: asyncio event-loop methods that every loop has but Windows' loops do not implement.
// `add_signal_handler`/`remove_signal_handler` exist only in the Unix loops; `add_reader`/`add_writer`
// and their removers only in selector loops, while Windows' default loop is the ProactorEventLoop
// (and its selector loop watches sockets only). The methods are inherited from
// asyncio.AbstractEventLoop, which raises NotImplementedError, so the name exists everywhere and
// typeshed's availability (PORT402) cannot say anything about it.
//
// The receiver must be an asyncio loop as far as the file tells: a call of asyncio's loop
// functions (`asyncio.get_event_loop().add_reader(...)`), a name assigned one, or, when its value
// is unknown (a parameter, an attribute), a name that says it is a loop (`loop`, `self._loop`,
// `event_loop`). A name or `self` attribute assigned another call's result (uvloop's loop, a Qt loop,
// a test's loop factory) is not one; an explicit
// `asyncio.SelectorEventLoop()` supports `add_reader` for sockets on Windows and is not reported
// for those methods.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "asyncio"};

constexpr RuleMeta kUnixEventLoopMethod{
    "PORT407", "unix-event-loop-method", Level::Warning,
    "Calls an asyncio event-loop method that Windows' event loops do not implement",
    "Finds calls of `add_signal_handler`, `remove_signal_handler`, `add_reader`, `add_writer`, "
    "`remove_reader` and `remove_writer` on an asyncio event loop: the result of "
    "`asyncio.get_event_loop()`, `asyncio.get_running_loop()` or `asyncio.new_event_loop()`, a name "
    "assigned one, or a name or attribute called `loop`, `event_loop` or `*_loop` whose value the file "
    "does not show (a parameter, `self._loop = loop`). A name or `self` attribute assigned the result of "
    "another call (a uvloop or Qt loop, a test's loop factory) is not reported, nor `add_reader`/`add_writer` "
    "on an explicit `asyncio.SelectorEventLoop()`. A call "
    "inside `try: ... except NotImplementedError` or under a platform guard is not reported.",
    "The methods are declared by `asyncio.AbstractEventLoop` on every platform, and only the Unix loops "
    "implement them all. On Windows `add_signal_handler` and `remove_signal_handler` raise "
    "`NotImplementedError` with either loop; `add_reader`, `add_writer` and their removers raise "
    "`NotImplementedError` with the ProactorEventLoop, the default since Python 3.8, and the "
    "SelectorEventLoop accepts only sockets there, not pipes, terminals or other file descriptors. The "
    "error surfaces when the code first runs on Windows, often at start-up.",
    "import asyncio, signal\n\nasync def main():\n    loop = asyncio.get_running_loop()\n"
    "    stop = asyncio.Event()\n    loop.add_signal_handler(signal.SIGINT, stop.set)\n    await stop.wait()",
    "import asyncio, signal\n\nasync def main():\n    loop = asyncio.get_running_loop()\n"
    "    stop = asyncio.Event()\n    # signal.signal works everywhere for SIGINT; hand the event to the loop\n"
    "    signal.signal(signal.SIGINT, lambda *_: loop.call_soon_threadsafe(stop.set))\n    await stop.wait()",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kUnixEventLoopMethod};
constexpr std::string_view kNodeKinds[] = {"call"};
constexpr std::string_view kFailures[] = {"NotImplementedError"};

constexpr std::string_view kSignalMethods[] = {"add_signal_handler", "remove_signal_handler"};
constexpr std::string_view kWatchMethods[] = {"add_reader", "add_writer", "remove_reader", "remove_writer"};

constexpr std::string_view kLoopFunctions[] = {"asyncio.get_event_loop",        "asyncio.get_running_loop",
                                               "asyncio.new_event_loop",        "asyncio.events.get_event_loop",
                                               "asyncio.events.get_running_loop", "asyncio.events.new_event_loop"};
constexpr std::string_view kSelectorLoops[] = {"asyncio.SelectorEventLoop", "asyncio.selector_events.BaseSelectorEventLoop"};

template <size_t N>
bool among(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

enum class LoopKind { NotALoop, DefaultLoop, SelectorLoop, UnknownValue };

// What an expression that produces a loop makes: asyncio's own functions give the platform's default
// loop, `asyncio.SelectorEventLoop()` a selector loop, any other call (uvloop.new_event_loop(),
// QEventLoop(app), a test's loop factory) something else; a value that is no call (a parameter,
// `loop or asyncio.get_event_loop()`) is unknown.
LoopKind loopOfValue(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value || !value.is("call")) return LoopKind::UnknownValue;
  const std::string_view callee = model.qualifiedName(skipParentheses(value.field("function")));
  if (among(callee, kLoopFunctions)) return LoopKind::DefaultLoop;
  if (among(callee, kSelectorLoops)) return LoopKind::SelectorLoop;
  return LoopKind::NotALoop;
}

// `loop`, `_loop`, `event_loop`, `main_loop`, `self._loop`: a name that says it holds an event loop.
bool namedLikeALoop(std::string_view name) {
  while (name.starts_with('_')) name.remove_prefix(1);
  return name == "loop" || name.ends_with("_loop");
}

// The loop the values assigned to a name make, any of them deciding against a loop; when none is
// known, what the name says.
LoopKind loopOfValues(const std::vector<Node>& values, std::string_view name, const SemanticModel& model) {
  bool known = false;
  bool selector = false;
  for (const Node v : values) {
    const LoopKind k = loopOfValue(v, model);
    if (k == LoopKind::NotALoop) return LoopKind::NotALoop;
    known = known || k != LoopKind::UnknownValue;
    selector = selector || k == LoopKind::SelectorLoop;  // the selector loop may be the one that runs
  }
  if (selector) return LoopKind::SelectorLoop;
  if (known) return LoopKind::DefaultLoop;
  return namedLikeALoop(name) ? LoopKind::UnknownValue : LoopKind::NotALoop;
}

LoopKind loopOfReceiver(Node receiver, const SemanticModel& model) {
  receiver = skipParentheses(receiver);
  if (!receiver) return LoopKind::NotALoop;
  if (receiver.is("call")) {
    const LoopKind k = loopOfValue(receiver, model);
    return k == LoopKind::UnknownValue ? LoopKind::NotALoop : k;
  }
  std::vector<Node> values;
  if (receiver.is("identifier")) {
    values = localAssignedValues(receiver, receiver.text());
    if (values.empty() && bindingScope(receiver).is("module")) {
      if (const auto* module = model.assignedValues(receiver.text())) values = *module;
    }
    return loopOfValues(values, receiver.text(), model);
  }
  if (!receiver.is("attribute")) return LoopKind::NotALoop;
  if (skipParentheses(receiver.field("object")).text() == "self") {
    for (const Node assignment : selfAttributeAssignments(receiver)) values.push_back(assignment.field("right"));
  }
  return loopOfValues(values, receiver.field("attribute").text(), model);
}

class EventLoopMethodCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT407 Unix event-loop methods"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }
  std::span<const std::string_view> failureExceptions() const override { return kFailures; }

  void visit(Node call, RuleContext& ctx) const override {
    const Node function = call.field("function");
    if (!function || !function.is("attribute")) return;
    const std::string_view method = function.field("attribute").text();
    const bool signalMethod = among(method, kSignalMethods);
    if (!signalMethod && !among(method, kWatchMethods)) return;
    const LoopKind loop = loopOfReceiver(function.field("object"), ctx.model());
    if (loop == LoopKind::NotALoop || (!signalMethod && loop == LoopKind::SelectorLoop)) return;

    ctx.recordPlatformApi(call, "asyncio.AbstractEventLoop." + std::string(method), kUnixEventLoopMethod, kWindowsOnly);

    const std::string called = "`" + std::string(function.text()) + "()`";
    if (signalMethod) {
      ctx.report(kUnixEventLoopMethod, call,
                 called + " raises `NotImplementedError` on Windows, whose event loops (Proactor and selector) "
                          "do not support signal handlers; use `signal.signal()` for `SIGINT` (and `SIGBREAK`) and "
                          "hand the work to the loop with `loop.call_soon_threadsafe()`, or catch "
                          "`NotImplementedError` where the handler is optional");
    } else {
      ctx.report(kUnixEventLoopMethod, call,
                 called + " raises `NotImplementedError` with Windows' default ProactorEventLoop, and Windows' "
                          "SelectorEventLoop watches sockets only; use the loop's stream and socket APIs "
                          "(`asyncio.open_connection()`, `loop.sock_recv()`, `loop.connect_read_pipe()`) or run a "
                          "blocking read with `loop.run_in_executor()`");
    }
  }
};

}  // namespace

const Check& eventLoopMethodCheck() {
  static const EventLoopMethodCheck check;
  return check;
}

}  // namespace platlint
