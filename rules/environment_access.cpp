#include "rules/environment_access.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "rules/environment_switch.h"

namespace platlint {
namespace {

void addAccess(std::vector<EnvironmentAccess>& out, const SemanticModel& model, EnvironmentAccessKind kind,
               Node report, Node name, std::string_view api, Node defaultValue = {}, Node newValue = {}) {
  if (!name) return;
  EnvironmentAccess a;
  a.kind = kind;
  a.node = report;
  a.nameNode = name;
  a.defaultValue = defaultValue;
  a.newValue = newValue;
  a.api = api;
  if (auto folded = model.stringValue(name)) {
    a.name = std::move(folded->value);
    a.nameKnown = folded->complete;
  }
  out.push_back(std::move(a));
}

// Each `"X": v` of a dict literal and each `X=v` keyword (except those in `skip`) is a write.
void addWrites(std::vector<EnvironmentAccess>& out, const SemanticModel& model, Node dict,
               std::span<const Node> keywords, std::initializer_list<std::string_view> skip, std::string_view api) {
  dict = skipParentheses(dict);
  if (dict && dict.is("dictionary")) {
    for (uint32_t i = 0; i < dict.namedChildCount(); ++i) {
      const Node pair = dict.namedChild(i);
      if (pair.is("pair")) addAccess(out, model, EnvironmentAccessKind::Write, pair, pair.field("key"), api, {}, pair.field("value"));
    }
  }
  for (const Node& k : keywords) {
    const Node name = k.field("name");
    if (std::find(skip.begin(), skip.end(), name.text()) != skip.end()) continue;
    EnvironmentAccess a;
    a.kind = EnvironmentAccessKind::Write;
    a.node = k;
    a.nameNode = name;
    a.newValue = k.field("value");
    a.api = api;
    a.name = std::string(name.text());
    a.nameKnown = true;
    out.push_back(std::move(a));
  }
}

bool isNoneLiteral(Node n) {
  n = skipParentheses(n);
  return !n || n.is("none");
}

// `monkeypatch`, `self.monkeypatch`, `mp` (pytest.MonkeyPatch.context() as mp) or
// `pytest.MonkeyPatch()`: the receiver of pytest's setenv/delenv.
bool looksLikeMonkeypatch(Node receiver, const SemanticModel& model) {
  receiver = skipParentheses(receiver);
  if (!receiver) return false;
  if (receiver.is("call")) {
    const std::string_view q = model.qualifiedName(receiver.field("function"));
    return q == "pytest.MonkeyPatch" || q == "_pytest.monkeypatch.MonkeyPatch";
  }
  std::string_view last;
  if (receiver.is("identifier")) last = receiver.text();
  else if (receiver.is("attribute")) last = receiver.field("attribute").text();
  else return false;
  const std::string lower = toLower(last);
  return lower.find("monkeypatch") != std::string::npos || lower == "mp" || lower == "mpatch" ||
         lower == "monkey_patch";
}

bool isPatchDict(std::string_view q) {
  return q == "unittest.mock.patch.dict" || q == "mock.patch.dict";
}

bool isFixturesEnvironmentVariable(std::string_view q) {
  return q == "fixtures.EnvironmentVariable" || q == "fixtures.EnvironmentVariableFixture" ||
         q == "fixtures._fixtures.environ.EnvironmentVariable";
}

// `os.environ` or `os.environ.keys()`, the right operand of a membership test.
bool isEnvironmentOrKeys(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (isEnvironmentMapping(expr, model)) return true;
  if (!expr || !expr.is("call")) return false;
  const Node function = expr.field("function");
  return function.is("attribute") && function.field("attribute").text() == "keys" &&
         isEnvironmentMapping(function.field("object"), model) && argumentsOf(expr).positional.empty();
}

void subscriptAccess(Node subscript, const SemanticModel& model, std::vector<EnvironmentAccess>& out) {
  if (!isEnvironmentMapping(subscript.field("value"), model)) return;
  const Node name = subscript.field("subscript");
  // How the subscript is used: a target of assignment or del, or a value that is read.
  EnvironmentAccessKind kind = EnvironmentAccessKind::Read;
  Node newValue;
  Node node = subscript;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "pattern_list" || k == "tuple_pattern" || k == "list_pattern" || k == "expression_list" ||
        k == "parenthesized_expression" || k == "tuple" || k == "list") {
      continue;
    }
    if ((k == "assignment" || k == "augmented_assignment" || k == "for_statement") && parent.field("left") == node) {
      kind = EnvironmentAccessKind::Write;
      if (node == subscript && k != "for_statement") newValue = parent.field("right");
    } else if (k == "delete_statement") {
      kind = EnvironmentAccessKind::Delete;
    }
    break;
  }
  addAccess(out, model, kind, subscript, name, "os.environ[]", {}, newValue);
}

void comparisonAccess(Node comparison, const SemanticModel& model, std::vector<EnvironmentAccess>& out) {
  for (uint32_t i = 0; i < comparison.childCount(); ++i) {
    const Node op = comparison.child(i);
    if (comparison.fieldNameOfChild(i) != "operators" || !(op.is("in") || op.is("not in"))) continue;
    const Node left = op.prevNamedSibling();
    const Node right = op.nextNamedSibling();
    if (left && right && isEnvironmentOrKeys(right, model)) {
      addAccess(out, model, EnvironmentAccessKind::Test, comparison, left, "in os.environ");
    }
  }
}

void callAccess(Node call, const SemanticModel& model, std::vector<EnvironmentAccess>& out) {
  const Node function = skipParentheses(call.field("function"));
  if (!function) return;
  // Most calls touch no environment: their arguments are not collected.
  std::optional<CallArguments> argumentsOfCall;
  const auto args = [&]() -> const CallArguments& {
    if (!argumentsOfCall) argumentsOfCall = argumentsOf(call);
    return *argumentsOfCall;
  };
  using K = EnvironmentAccessKind;

  if (function.is("attribute")) {
    const Node receiver = function.field("object");
    const std::string_view method = function.field("attribute").text();
    if (isEnvironmentMapping(receiver, model)) {
      if (method == "get") {
        addAccess(out, model, K::Read, call, args().argument(0, "key"), "os.environ.get", args().argument(1, "default"));
      } else if (method == "__getitem__") {
        addAccess(out, model, K::Read, call, args().argument(0), "os.environ[]");
      } else if (method == "__contains__") {
        addAccess(out, model, K::Test, call, args().argument(0), "in os.environ");
      } else if (method == "setdefault") {
        const Node value = args().argument(1, "default");
        addAccess(out, model, K::Write, call, args().argument(0, "key"), "os.environ.setdefault", value, value);
      } else if (method == "__setitem__") {
        addAccess(out, model, K::Write, call, args().argument(0), "os.environ[]", {}, args().argument(1));
      } else if (method == "pop") {
        addAccess(out, model, K::Delete, call, args().argument(0, "key"), "os.environ.pop", args().argument(1, "default"));
      } else if (method == "__delitem__") {
        addAccess(out, model, K::Delete, call, args().argument(0), "os.environ[]");
      } else if (method == "update") {
        addWrites(out, model, args().argument(0), args().keywords, {}, "os.environ.update");
      }
      return;
    }
    if ((method == "setenv" || method == "delenv") && looksLikeMonkeypatch(receiver, model)) {
      if (method == "setenv") {
        addAccess(out, model, K::Write, call, args().argument(0, "name"), "monkeypatch.setenv", {}, args().argument(1, "value"));
      } else {
        addAccess(out, model, K::Delete, call, args().argument(0, "name"), "monkeypatch.delenv");
      }
      return;
    }
  }

  const std::string_view q = model.qualifiedName(function);
  if (q.empty()) return;
  if (q == "os.getenv" || q == "os.getenvb") {
    addAccess(out, model, K::Read, call, args().argument(0, "key"), "os.getenv", args().argument(1, "default"));
  } else if (q == "os.putenv" || q == "posix.putenv" || q == "nt.putenv") {
    addAccess(out, model, K::Write, call, args().argument(0), "os.putenv", {}, args().argument(1));
  } else if (q == "os.unsetenv" || q == "posix.unsetenv" || q == "nt.unsetenv") {
    addAccess(out, model, K::Delete, call, args().argument(0), "os.unsetenv");
  } else if (isFixturesEnvironmentVariable(q)) {
    const Node value = args().argument(1, "newvalue");
    addAccess(out, model, isNoneLiteral(value) ? K::Delete : K::Write, call, args().argument(0, "varname"),
              "fixtures.EnvironmentVariable", {}, isNoneLiteral(value) ? Node{} : value);
  } else if (isPatchDict(q)) {
    const Node target = skipParentheses(args().argument(0, "in_dict"));
    if (!target) return;
    bool environ = isEnvironmentMapping(target, model);
    if (!environ && (target.is("string") || target.is("concatenated_string"))) {
      const auto folded = model.stringValue(target);
      environ = folded && folded->complete && (folded->value == "os.environ" || folded->value == "os.environb");
    }
    if (environ) addWrites(out, model, args().argument(1, "values"), args().keywords, {"in_dict", "values", "clear"}, "mock.patch.dict");
  }
}

}  // namespace

std::string_view environmentAccessVerb(EnvironmentAccessKind kind) {
  switch (kind) {
    case EnvironmentAccessKind::Read: return "reads";
    case EnvironmentAccessKind::Write: return "sets";
    case EnvironmentAccessKind::Delete: return "unsets";
    case EnvironmentAccessKind::Test: return "tests for";
  }
  return "reads";
}

namespace {

bool isEnvironmentName(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr || !(expr.is("identifier") || expr.is("attribute"))) return false;
  const std::string_view q = model.qualifiedName(expr);
  return q == "os.environ" || q == "os.environb" || q == "posix.environ" || q == "nt.environ";
}

// `env = os.environ` (or `if env is None: env = os.environ` for a parameter): every plain
// assignment of the name in its function is the environment; at module level, every assignment in
// the file. A copy (`os.environ.copy()`) is not the environment.
bool isEnvironmentAlias(Node name, const SemanticModel& model) {
  const Node scope = bindingScope(name);
  if (scope && !scope.is("module")) {
    bool any = false;
    bool all = true;
    model.forEachAssignmentTo(scope, name.text(), [&](Node assignment) {
      if (!isEnvironmentName(assignment.field("right"), model)) return !(all = false);
      any = true;
      return false;
    });
    if (any) return all;
  }
  const std::vector<Node>* values = model.assignedValues(name.text());
  return values && !values->empty() &&
         std::all_of(values->begin(), values->end(), [&](Node v) { return isEnvironmentName(v, model); });
}

}  // namespace

bool isEnvironmentMapping(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (isEnvironmentName(expr, model)) return true;
  return expr && expr.is("identifier") && model.qualifiedName(expr).empty() && isEnvironmentAlias(expr, model);
}

namespace {

std::vector<EnvironmentAccess> directAccesses(Node node, const SemanticModel& model) {
  std::vector<EnvironmentAccess> out;
  const std::string_view k = node.kind();
  if (k == "subscript") subscriptAccess(node, model, out);
  else if (k == "call") callAccess(node, model, out);
  else if (k == "comparison_operator") comparisonAccess(node, model, out);
  return out;
}

// The module-level `def name(...)` of the file, or null.
Node moduleFunction(Node root, std::string_view name) {
  for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
    Node statement = root.namedChild(i);
    if (statement.is("decorated_definition")) statement = statement.field("definition");
    if (statement && statement.is("function_definition") && statement.field("name").text() == name) return statement;
  }
  return {};
}

// `get_env("X", default)`, `bool_from_env("X")`: a function of the same module whose body reads the
// environment variable its parameter names, called with the name as a literal first argument. The access is the call; the helper's own use of the value
// (`return strutils.bool_from_string(os.environ.get(name))`) is kept in `helperUse`.
// `"MYAPP_DEBUG"`: a literal that can name an environment variable (upper case, digits, underscores).
bool looksLikeVariableName(Node literal, const SemanticModel& model) {
  literal = skipParentheses(literal);
  if (!literal || !literal.is("string")) return false;
  const auto folded = model.stringValue(literal);
  return folded && folded->complete && !folded->value.empty() &&
         std::all_of(folded->value.begin(), folded->value.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

void helperAccess(Node call, const SemanticModel& model, std::vector<EnvironmentAccess>& out) {
  const Node function = skipParentheses(call.field("function"));
  if (!function || !function.is("identifier") || !model.qualifiedName(function).empty()) return;
  // Only a call that passes a variable's name looks for the helper among the module's statements: the
  // look-up is linear in the module, and most calls pass no such name.
  const Node arguments = call.field("arguments");
  if (!arguments || arguments.namedChildCount() == 0 || !looksLikeVariableName(arguments.namedChild(0), model)) return;
  Node root = call;
  while (root.parent()) root = root.parent();
  const Node helper = moduleFunction(root, function.text());
  const Node params = helper ? helper.field("parameters") : Node{};
  if (!params) return;
  std::vector<Node> stack{helper.field("body")};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    for (const EnvironmentAccess& inner : directAccesses(n, model)) {
      const Node key = skipParentheses(inner.nameNode);
      if (inner.kind != EnvironmentAccessKind::Read || !key || !key.is("identifier")) continue;
      for (uint32_t i = 0; i < params.namedChildCount(); ++i) {
        Node p = params.namedChild(i);
        if (p.is("default_parameter") || p.is("typed_default_parameter")) p = p.field("name");
        else if (p.is("typed_parameter")) p = p.namedChild(0);
        if (!p || !p.is("identifier") || p.text() != key.text()) continue;
        const CallArguments args = argumentsOf(call);
        const Node name = args.argument(static_cast<int>(i), p.text());
        if (!name) return;
        const Node defaultValue = i + 1 < params.namedChildCount() ? args.argument(static_cast<int>(i + 1)) : Node{};
        addAccess(out, model, EnvironmentAccessKind::Read, call, name, "a helper that reads the environment", defaultValue);
        out.back().helperUse = environmentSwitchUse(inner, model);
        return;
      }
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) {
      const Node child = n.namedChild(i);
      if (!child.is("function_definition") && !child.is("class_definition")) stack.push_back(child);
    }
  }
}

}  // namespace

std::vector<EnvironmentAccess> environmentAccesses(Node node, const SemanticModel& model) {
  std::vector<EnvironmentAccess> out = directAccesses(node, model);
  if (out.empty() && node.is("call")) helperAccess(node, model, out);
  return out;
}

}  // namespace platlint
