// PORT415: an errno test that names one of two errno names Linux gives the same value. On Linux
// `EOPNOTSUPP == ENOTSUP` (95) and `EWOULDBLOCK == EAGAIN` (11); macOS keeps the first pair apart
// (102 and 45) and Windows both: CPython's errno module maps `EOPNOTSUPP` and `EWOULDBLOCK` to the
// Winsock codes (WSAEOPNOTSUPP 10045, WSAEWOULDBLOCK 10035, Modules/errnomodule.c) while `ENOTSUP`
// (129) and `EAGAIN` (11) keep the C runtime's. A test with only one of the names then misses the
// errors reported with the other. `EAGAIN` is reported only in code that uses sockets (the
// function around it, or the module for a module-level test), where Windows reports the other. (`EDEADLK`/`EDEADLOCK` are equal wherever both exist; macOS has
// no `EDEADLOCK`, which PORT403 reports.)
#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/availability.h"
#include "analyzer/syntax/comparisons.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "stdlib", "errno"};

constexpr RuleMeta kErrnoAlias{
    "PORT415", "errno-alias-differs", Level::Warning,
    "Tests an errno against one of two names that are equal on Linux but differ elsewhere",
    "Finds `errno.EOPNOTSUPP` without `errno.ENOTSUP`, and `errno.EAGAIN` without `errno.EWOULDBLOCK` in code "
    "that uses sockets (a `recv`, `send`, `accept`, `connect`, ... call or a `socket`/`ssl` function in the same "
    "function, or in the module for a module-level test), when the name is compared with `==` or `!=`, or "
    "listed in a tuple, list or set that is tested with `in` or assigned to a name. Not reported when the same "
    "test (the whole condition, `elif` branches included) or collection also names the other errno or tests "
    "the exception class (`BlockingIOError`), nor for uses that build an error (`OSError(errno.EAGAIN, ...)`), "
    "nor in the handler of a `try` whose body calls a standard-library function missing on the platform in "
    "question (`os.getxattr` on macOS: PORT402 reports that). "
    "`ENOTSUP` alone (what macOS code writes) and `EWOULDBLOCK` alone (right for sockets everywhere) are not "
    "reported.",
    "Linux gives both names of each pair the same number, so a test with one of them catches both there. "
    "macOS keeps `EOPNOTSUPP` (102) and `ENOTSUP` (45) apart, and its file, lock and extended-attribute calls "
    "report `ENOTSUP`, so a test for `EOPNOTSUPP` misses them. On Windows Python's `errno.EWOULDBLOCK` is the "
    "Winsock code WSAEWOULDBLOCK (10035) while `errno.EAGAIN` is 11, so a non-blocking socket that would block "
    "fails with `EWOULDBLOCK` and a test for `EAGAIN` alone misses it. The error then escapes the handler "
    "written for it.",
    "try:\n    data = sock.recv(4096)\nexcept OSError as e:\n    if e.errno == errno.EAGAIN:\n        data = b\"\"\n"
    "    else:\n        raise",
    "try:\n    data = sock.recv(4096)\nexcept BlockingIOError:  # EAGAIN and EWOULDBLOCK alike\n    data = b\"\"\n\n"
    "# or, when testing the number:\nif e.errno in (errno.EAGAIN, errno.EWOULDBLOCK):\n    ...",
    kNotLinux, kTags, FixAvailability::Sometimes,
    "The fix adds the other name: `e.errno == errno.EAGAIN` becomes `e.errno in (errno.EAGAIN, "
    "errno.EWOULDBLOCK)` (`!=` becomes `not in`), and a collection gets the other name after the first. It is "
    "offered when the name is written `errno.NAME` (through the module's name or its alias) and is safe: on "
    "Linux both names have the same value, so the test accepts the same errors there."};

constexpr const RuleMeta* kRules[] = {&kErrnoAlias};

struct ErrnoPair {
  std::string_view name;
  std::string_view other;
  PlatformSet breaksOn;
  std::string_view why;  // completes "... alone: "
  bool socketsOnly;      // differs only for sockets: reported in code that uses them
};

// Only the Linux habits: `EOPNOTSUPP` for "not supported" (macOS's file and extended-attribute calls
// report `ENOTSUP`, 45, not 102) and `EAGAIN` for a socket that would block (Windows reports
// WSAEWOULDBLOCK, Python's `errno.EWOULDBLOCK`). `ENOTSUP` alone is what macOS code writes, and
// `EWOULDBLOCK` alone is right for sockets everywhere: neither is reported.
constexpr ErrnoPair kPairs[] = {
    {"EOPNOTSUPP", "ENOTSUP", PlatformSet(Platform::MacOS),
     "Linux gives it the value of `errno.ENOTSUP` (95), but macOS keeps them apart (102 and 45) and its file, "
     "lock and extended-attribute calls report `ENOTSUP`",
     false},
    {"EAGAIN", "EWOULDBLOCK", kWindowsOnly,
     "it equals `errno.EWOULDBLOCK` on Linux and macOS, but on Windows a socket that would block fails with "
     "`errno.EWOULDBLOCK` (WSAEWOULDBLOCK, 10035), not `EAGAIN` (11)",
     true},
};

const ErrnoPair* pairOf(std::string_view qualified) {
  if (!qualified.starts_with("errno.")) return nullptr;
  for (const ErrnoPair& p : kPairs) {
    if (qualified.substr(6) == p.name) return &p;
  }
  return nullptr;
}

// Socket methods: the calls that fail with WSAEWOULDBLOCK on Windows.
constexpr std::string_view kSocketMethods[] = {"recv",    "recv_into", "recvfrom",   "recvfrom_into", "send",
                                               "sendall", "sendto",    "accept",     "connect",       "connect_ex",
                                               "sendmsg", "recvmsg",   "do_handshake"};

// True when the function around `node` (the module at module level) calls a socket method or a
// function of `socket` or `ssl`.
bool usesSockets(Node node, const SemanticModel& model) {
  Node scope = node;
  while (scope.parent() && !scope.is("function_definition")) scope = scope.parent();
  const SyntaxTree& tree = *scope.tree();
  const uint32_t end = tree.subtreeEnd(scope);
  for (uint32_t i = scope.index(); i < end; ++i) {
    const Node call = tree.node(i);
    if (!call.is("call")) continue;
    const Node function = skipParentheses(call.field("function"));
    if (!function) continue;
    if (function.is("attribute")) {
      const std::string_view method = function.field("attribute").text();
      if (std::find(std::begin(kSocketMethods), std::end(kSocketMethods), method) != std::end(kSocketMethods)) {
        return true;
      }
    }
    const std::string_view callee = model.qualifiedName(function);
    if (callee.starts_with("socket.") || callee.starts_with("ssl.")) return true;
  }
  return false;
}

// True when the `try` whose handler holds `node` calls, in its body, a standard-library function
// that does not exist on all of `platforms` (`os.getxattr`, `os.posix_fallocate`): there the call
// fails before any errno is tested, and PORT402 reports it.
bool tryBodyMissingOn(Node node, PlatformSet platforms, const SemanticModel& model) {
  Node clause = node;
  while (clause && !clause.is("except_clause")) {
    if (clause.is("function_definition") || clause.is("class_definition")) return false;
    clause = clause.parent();
  }
  const Node tryStatement = clause ? clause.parent() : Node();
  const Node body = tryStatement ? tryStatement.field("body") : Node();
  if (!body) return false;
  const SyntaxTree& tree = *body.tree();
  const uint32_t end = tree.subtreeEnd(body);
  for (uint32_t i = body.index(); i < end; ++i) {
    const Node call = tree.node(i);
    if (!call.is("call")) continue;
    const std::string_view callee = model.qualifiedName(skipParentheses(call.field("function")));
    if (callee.empty() || callee.starts_with("builtins.")) continue;
    const auto a = stdlibAvailability(callee);
    if (a && a->kind != AvailabilityKind::Module && !(platforms & ~a->platforms).empty()) return true;
  }
  return false;
}

// True when the subtree of `node` names errno.`name` or tests BlockingIOError.
bool mentions(Node node, std::string_view name, const SemanticModel& model) {
  const SyntaxTree& tree = *node.tree();
  const uint32_t end = tree.subtreeEnd(node);
  for (uint32_t i = node.index(); i < end; ++i) {
    const Node n = tree.node(i);
    if (n.is("identifier") && n.text() == "BlockingIOError") return true;
    if ((n.is("identifier") || n.is("attribute")) && n.text().ends_with(name)) {
      const std::string_view q = model.qualifiedName(n);
      if (q.starts_with("errno.") && q.substr(6) == name) return true;
    }
  }
  return false;
}

// The whole test a comparison belongs to: through `and`, `or`, `not` and parentheses.
Node wholeTest(Node expr) {
  Node n = expr;
  for (Node p = n.parent(); p && (p.is("boolean_operator") || p.is("not_operator") || p.is("parenthesized_expression"));
       p = p.parent()) {
    n = p;
  }
  return n;
}

// Whether the test of an `if`/`elif` chain that `test` belongs to names errno.`other` anywhere in
// its conditions: `if e.errno == errno.EAGAIN: ... elif e.errno == errno.EWOULDBLOCK: ...`.
bool chainMentions(Node test, std::string_view other, const SemanticModel& model) {
  if (mentions(test, other, model)) return true;
  Node ifStatement = test.parent();
  if (ifStatement && ifStatement.is("elif_clause")) ifStatement = ifStatement.parent();
  if (!ifStatement || !ifStatement.is("if_statement")) return false;
  if (Node c = ifStatement.field("condition"); c && mentions(c, other, model)) return true;
  bool found = false;
  forEachNamedChild(ifStatement, [&](Node clause) {
    if (clause.is("elif_clause")) {
      if (Node c = clause.field("condition"); c && mentions(c, other, model)) found = true;
    }
  });
  return found;
}

// `errno.X` written through the errno module (or its alias): the text of that module object, for
// the fix to name the other errno the same way; empty otherwise (`from errno import EAGAIN`).
std::string_view moduleText(Node name, const SemanticModel& model) {
  if (!name.is("attribute")) return {};
  const Node object = name.field("object");
  return object && object.is("identifier") && model.qualifiedName(object) == "errno" ? object.text() : std::string_view();
}

class ErrnoAliasCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT415 errno aliases"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"attribute", "identifier"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    // Cheap tests first: only names that end in one of the reported names.
    const std::string_view text = node.text();
    if (!(text.ends_with("EOPNOTSUPP") || text.ends_with("EAGAIN")) || !ctx.enabled(kErrnoAlias)) {
      return;
    }
    if (node.is("identifier") && node.parent() && node.parent().is("attribute")) return;  // the attribute is visited
    const ErrnoPair* pair = pairOf(ctx.model().qualifiedName(node));
    if (!pair || (pair->socketsOnly && !usesSockets(node, ctx.model()))) return;
    if (tryBodyMissingOn(node, pair->breaksOn, ctx.model())) return;
    Node operand = node;
    while (operand.parent() && operand.parent().is("parenthesized_expression")) operand = operand.parent();
    const Node parent = operand.parent();
    if (!parent) return;
    if (parent.is("comparison_operator")) return visitComparison(node, parent, *pair, ctx);
    if (parent.is("tuple") || parent.is("list") || parent.is("set")) return visitCollection(node, parent, *pair, ctx);
  }

 private:
  static std::string message(const ErrnoPair& pair) {
    return "tests `errno." + std::string(pair.name) + "` alone: " + std::string(pair.why) + "; test both (`in (errno." +
           std::string(pair.name) + ", errno." + std::string(pair.other) + ")`)" +
           (pair.socketsOnly ? " or catch `BlockingIOError`" : "");
  }

  static void visitComparison(Node name, Node comparison, const ErrnoPair& pair, RuleContext& ctx) {
    const std::string_view op = soleComparisonOperator(comparison);
    if (op != "==" && op != "!=") return;
    if (chainMentions(wholeTest(comparison), pair.other, ctx.model())) return;
    const std::string_view module = moduleText(name, ctx.model());
    if (module.empty()) {
      return ctx.report(kErrnoAlias, name, message(pair), pair.breaksOn);
    }
    // `x == errno.A` -> `x in (errno.A, errno.B)`, whichever side the name is on.
    const Node left = comparison.namedChild(0);
    const Node other = skipParentheses(left).startByte() <= name.startByte() && name.endByte() <= left.endByte()
                           ? comparison.namedChild(1)
                           : left;
    Fix fix;
    fix.description = "Test `errno." + std::string(pair.other) + "` too";
    fix.safety = FixSafety::Safe;
    fix.edits.push_back(Edit{comparison.startByte(), comparison.endByte(),
                             std::string(other.text()) + (op == "==" ? " in (" : " not in (") +
                                 std::string(name.text()) + ", " + std::string(module) + "." +
                                 std::string(pair.other) + ")"});
    ctx.report(kErrnoAlias, name, message(pair), std::move(fix), pair.breaksOn);
  }

  static void visitCollection(Node name, Node collection, const ErrnoPair& pair, RuleContext& ctx) {
    if (mentions(collection, pair.other, ctx.model())) return;
    // The expression the collection is: itself, or `frozenset((...))`/`set([...])` around it.
    Node value = collection;
    if (Node list = value.parent(); list && list.is("argument_list") && list.namedChildCount() == 1 && list.parent()) {
      const std::string_view callee = ctx.model().qualifiedName(list.parent().field("function"));
      if (callee == "builtins.frozenset" || callee == "builtins.set" || callee == "builtins.tuple") value = list.parent();
    }
    const Node parent = value.parent();
    if (!parent) return;
    const std::string_view op = soleComparisonOperator(parent);
    const bool tested = (op == "in" || op == "not in") && parent.namedChild(1) == value;
    const bool assigned = parent.is("assignment") && parent.field("right") == value;
    if (!tested && !assigned) return;
    if (tested && chainMentions(wholeTest(parent), pair.other, ctx.model())) return;
    const std::string_view module = moduleText(name, ctx.model());
    if (module.empty()) return ctx.report(kErrnoAlias, name, message(pair), pair.breaksOn);
    Fix fix;
    fix.description = "Add `errno." + std::string(pair.other) + "`";
    fix.safety = FixSafety::Safe;
    fix.edits.push_back(Edit{name.endByte(), name.endByte(), ", " + std::string(module) + "." + std::string(pair.other)});
    ctx.report(kErrnoAlias, name, message(pair), std::move(fix), pair.breaksOn);
  }
};

}  // namespace

const Check& errnoAliasCheck() {
  static const ErrnoAliasCheck check;
  return check;
}

}  // namespace platlint
