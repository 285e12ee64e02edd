#include "rules/environment_access.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "analyzer/semantic/call_arguments.h"

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
               const std::vector<Node>& keywords, std::initializer_list<std::string_view> skip, std::string_view api) {
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
  std::string lower(last);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
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

bool isEnvironmentMapping(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr || !(expr.is("identifier") || expr.is("attribute"))) return false;
  const std::string_view q = model.qualifiedName(expr);
  return q == "os.environ" || q == "os.environb" || q == "posix.environ" || q == "nt.environ";
}

std::vector<EnvironmentAccess> environmentAccesses(Node node, const SemanticModel& model) {
  std::vector<EnvironmentAccess> out;
  const std::string_view k = node.kind();
  if (k == "subscript") subscriptAccess(node, model, out);
  else if (k == "call") callAccess(node, model, out);
  else if (k == "comparison_operator") comparisonAccess(node, model, out);
  return out;
}

}  // namespace platlint
