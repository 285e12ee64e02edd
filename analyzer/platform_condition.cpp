#include "analyzer/platform_condition.h"

#include <algorithm>
#include <string>
#include <vector>

#include "analyzer/availability.h"

namespace platlint {
namespace {

// Flags may be defined from other flags (`IS_POSIX = not IS_WINDOWS`); the bound stops cycles.
constexpr int kMaxDepth = 16;
constexpr Platform kPlatforms[] = {Platform::Linux, Platform::MacOS, Platform::Windows};

Node unparen(Node n) {
  while (n && n.is("parenthesized_expression") && n.namedChildCount() == 1) n = n.namedChild(0);
  return n;
}

// A value that differs per platform and that code compares with string literals.
struct Probe {
  enum class Kind { None, SysPlatform, OsName, PlatformSystem } kind = Kind::None;
  bool lowered = false;  // `.lower()` was applied

  explicit operator bool() const { return kind != Kind::None; }
  std::string valueOn(Platform p) const {
    std::string v;
    switch (kind) {
      case Kind::SysPlatform: v = p == Platform::Linux ? "linux" : p == Platform::MacOS ? "darwin" : "win32"; break;
      case Kind::OsName: v = p == Platform::Windows ? "nt" : "posix"; break;
      case Kind::PlatformSystem: v = p == Platform::Linux ? "Linux" : p == Platform::MacOS ? "Darwin" : "Windows"; break;
      case Kind::None: break;
    }
    if (lowered) std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    return v;
  }
};

Probe probeOf(Node expr, const SemanticModel& model, int depth) {
  expr = unparen(expr);
  if (!expr || depth > kMaxDepth) return {};
  if (expr.is("identifier")) {
    // `_PLATFORM = sys.platform` and `from sys import platform` both lead back to the probe.
    const std::string q = model.qualifiedName(expr);
    if (q == "sys.platform") return {Probe::Kind::SysPlatform};
    if (q == "os.name") return {Probe::Kind::OsName};
    const Node value = model.singleAssignment(expr.text());
    return value ? probeOf(value, model, depth + 1) : Probe{};
  }
  if (expr.is("attribute")) {
    const std::string q = model.qualifiedName(expr);
    if (q == "sys.platform") return {Probe::Kind::SysPlatform};
    if (q == "os.name") return {Probe::Kind::OsName};
    return {};
  }
  if (expr.is("call")) {
    const Node function = expr.field("function");
    if (model.qualifiedName(function) == "platform.system") return {Probe::Kind::PlatformSystem};
    if (function.is("attribute") && (function.field("attribute").text() == "lower" ||
                                      function.field("attribute").text() == "casefold")) {
      Probe inner = probeOf(function.field("object"), model, depth + 1);
      inner.lowered = true;
      return inner;
    }
  }
  return {};
}

// String literals of a literal or a tuple/list/set of literals; empty when any is unknown.
std::vector<std::string> literalStrings(Node expr, const SemanticModel& model) {
  expr = unparen(expr);
  std::vector<std::string> out;
  if (expr && (expr.is("tuple") || expr.is("list") || expr.is("set"))) {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      auto v = model.stringValue(expr.namedChild(i));
      if (!v || !v->complete) return {};
      out.push_back(v->value);
    }
    return out;
  }
  auto v = model.stringValue(expr);
  if (v && v->complete) out.push_back(v->value);
  return out;
}

template <typename Pred>
ConditionValue byPlatform(Pred truthOn) {
  PlatformSet whenTrue;
  for (Platform p : kPlatforms) {
    if (truthOn(p)) whenTrue = whenTrue | p;
  }
  return ConditionValue::trueOn(whenTrue);
}

// `hasattr(os, "fork")`, `getattr(os, "fork", None)`: true where the standard library has it.
ConditionValue attributeProbe(Node call, const SemanticModel& model) {
  const Node args = call.field("arguments");
  if (!args || args.namedChildCount() < 2) return ConditionValue::unknown();
  const std::string module = model.qualifiedName(args.namedChild(0));
  const auto name = model.stringValue(args.namedChild(1));
  if (module.empty() || !name || !name->complete) return ConditionValue::unknown();
  const auto availability = stdlibAvailability(module + "." + name->value);
  if (!availability) return ConditionValue::unknown();
  return ConditionValue::trueOn(availability->platforms);
}

ConditionValue evaluate(Node expr, const SemanticModel& model, int depth);

ConditionValue evaluateComparison(Node cmp, const SemanticModel& model, int depth) {
  if (cmp.namedChildCount() != 2) return ConditionValue::unknown();
  std::string op;
  for (uint32_t i = 0; i < cmp.childCount(); ++i) {
    const Node c = cmp.child(i);
    if (!c.isNamed()) op += (op.empty() ? "" : " ") + std::string(c.text());
  }
  const Node left = cmp.namedChild(0);
  const Node right = cmp.namedChild(1);

  if (op == "is not" || op == "is") {
    // `getattr(os, "fork", None) is not None`
    const Node other = unparen(right);
    if (other && other.is("none")) {
      ConditionValue v = evaluate(left, model, depth + 1);
      return op == "is" ? v.negated() : v;
    }
    return ConditionValue::unknown();
  }

  Probe probe = probeOf(left, model, depth);
  Node literalSide = right;
  if (!probe && (op == "==" || op == "!=")) {
    probe = probeOf(right, model, depth);
    literalSide = left;
  }
  if (!probe) return ConditionValue::unknown();
  const std::vector<std::string> values = literalStrings(literalSide, model);
  if (values.empty()) return ConditionValue::unknown();
  const auto contains = [&](Platform p) {
    return std::find(values.begin(), values.end(), probe.valueOn(p)) != values.end();
  };
  if (op == "==" || op == "in") return byPlatform(contains);
  if (op == "!=" || op == "not in") return byPlatform([&](Platform p) { return !contains(p); });
  return ConditionValue::unknown();
}

ConditionValue evaluateCall(Node call, const SemanticModel& model, int depth) {
  const Node function = call.field("function");
  const std::string q = model.qualifiedName(function);
  if (q == "builtins.hasattr" || q == "builtins.getattr") return attributeProbe(call, model);
  if (function.is("attribute") && (function.field("attribute").text() == "startswith")) {
    const Probe probe = probeOf(function.field("object"), model, depth);
    const Node args = call.field("arguments");
    if (!probe || !args || args.namedChildCount() != 1) return ConditionValue::unknown();
    const std::vector<std::string> prefixes = literalStrings(args.namedChild(0), model);
    if (prefixes.empty()) return ConditionValue::unknown();
    return byPlatform([&](Platform p) {
      const std::string v = probe.valueOn(p);
      return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& s) { return v.starts_with(s); });
    });
  }
  return ConditionValue::unknown();
}

ConditionValue evaluate(Node expr, const SemanticModel& model, int depth) {
  expr = unparen(expr);
  if (!expr || depth > kMaxDepth) return ConditionValue::unknown();
  const std::string_view k = expr.kind();
  if (k == "not_operator") return evaluate(expr.field("argument"), model, depth + 1).negated();
  if (k == "boolean_operator") {
    const ConditionValue l = evaluate(expr.field("left"), model, depth + 1);
    const ConditionValue r = evaluate(expr.field("right"), model, depth + 1);
    if (expr.field("operator").text() == "and") return {l.whenTrue & r.whenTrue, l.whenFalse | r.whenFalse};
    return {l.whenTrue | r.whenTrue, l.whenFalse & r.whenFalse};
  }
  if (k == "comparison_operator") return evaluateComparison(expr, model, depth);
  if (k == "call") return evaluateCall(expr, model, depth);
  if (k == "identifier") {
    // A module-level flag: `IS_WINDOWS = os.name == "nt"`.
    const Node value = model.singleAssignment(expr.text());
    return value ? evaluate(value, model, depth + 1) : ConditionValue::unknown();
  }
  return ConditionValue::unknown();
}

}  // namespace

ConditionValue evaluatePlatformCondition(Node condition, const SemanticModel& model) {
  return evaluate(condition, model, 0);
}

}  // namespace platlint
