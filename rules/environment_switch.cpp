#include "rules/environment_switch.h"

#include <functional>
#include <string>
#include <vector>

#include "analyzer/semantic/scopes.h"

namespace platlint {
namespace {

// String methods that normalise a value without changing what it decides: `.lower()`, `.strip()`.
bool isNormalisingMethod(std::string_view m) {
  return m == "lower" || m == "upper" || m == "strip" || m == "lstrip" || m == "rstrip" || m == "casefold" ||
         m == "title";
}

bool endsWithName(std::string_view dotted, std::string_view name) {
  return dotted == name || (dotted.size() > name.size() && dotted.ends_with(name) &&
                            dotted[dotted.size() - name.size() - 1] == '.');
}

// What a call that receives the value as an argument makes of it.
std::string_view parsingUse(Node call, const SemanticModel& model) {
  const Node function = skipParentheses(call.field("function"));
  if (!function) return {};
  std::string q(model.qualifiedName(function));
  if (q.empty()) q = std::string(function.text());
  if (q == "int" || q == "float" || q == "builtins.int" || q == "builtins.float" || q == "decimal.Decimal") {
    return "parsed as a number";
  }
  if (q == "bool" || q == "builtins.bool" || endsWithName(q, "bool_from_string") || endsWithName(q, "strtobool") ||
      endsWithName(q, "asbool") || endsWithName(q, "str2bool") || endsWithName(q, "to_bool")) {
    return "parsed as a boolean";
  }
  if (q == "json.loads" || q == "ast.literal_eval" || endsWithName(q, "yaml.safe_load")) return "parsed";
  return {};
}

// The expression whose value is the read value, up through parentheses, normalising method calls
// (`os.environ.get("X", "").lower()`) and `x or default`.
Node valueCarrier(Node node) {
  for (Node parent = node.parent(); parent;) {
    if (parent.is("parenthesized_expression")) {
      node = parent;
    } else if (parent.is("attribute") && parent.field("object") == node) {
      const Node call = parent.parent();
      if (!call || !call.is("call") || !(call.field("function") == parent) ||
          !isNormalisingMethod(parent.field("attribute").text())) {
        break;
      }
      node = call;
    } else if (parent.is("boolean_operator") && parent.field("operator").text() == "or") {
      node = parent;
    } else {
      break;
    }
    parent = node.parent();
  }
  return node;
}

// How the context of `value` decides something with it; empty when it does not.
std::string_view useOf(Node value, const SemanticModel& model) {
  value = valueCarrier(value);
  const Node parent = value.parent();
  if (!parent) return {};
  const std::string_view k = parent.kind();
  if (k == "comparison_operator") return "compared";
  if (k == "not_operator") return "tested";
  if (k == "boolean_operator") return "tested";  // `x and y`: decides whether y is evaluated
  if ((k == "if_statement" || k == "elif_clause" || k == "while_statement") && parent.field("condition") == value) {
    return "tested";
  }
  if (k == "conditional_expression" && parent.namedChildCount() == 3 && parent.namedChild(1) == value) return "tested";
  if (k == "assert_statement" && parent.namedChild(0) == value) return "tested";
  if (k == "argument_list") {
    const Node call = parent.parent();
    if (call && call.is("call")) return parsingUse(call, model);
    return {};
  }
  if (k == "keyword_argument" && parent.field("value") == value && parent.field("name").text() == "default") {
    return "used as a default";
  }
  if ((k == "default_parameter" || k == "typed_default_parameter") && parent.field("value") == value) {
    return "used as a default";
  }
  return {};
}

// The plain name the value is assigned to (`debug = os.environ.get("X")`), or the null node.
Node assignedName(Node value) {
  value = valueCarrier(value);
  const Node parent = value.parent();
  if (!parent || !parent.is("assignment") || !(parent.field("right") == value)) return {};
  const Node left = parent.field("left");
  return left && left.is("identifier") ? left : Node{};
}

bool isAssignmentTarget(Node identifier) {
  const Node parent = identifier.parent();
  if (!parent) return false;
  const std::string_view k = parent.kind();
  return (k == "assignment" || k == "augmented_assignment" || k == "for_statement") &&
         parent.field("left") == identifier;
}

// The first deciding use of `name` after it was assigned.
std::string_view useOfAssignedName(Node name, const SemanticModel& model) {
  const Node scope = bindingScope(name);
  if (!scope) return {};
  const std::string_view text = name.text();
  std::vector<Node> stack{scope};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.endByte() <= name.endByte()) continue;
    if (n.is("identifier")) {
      if (n.text() == text && n.startByte() > name.endByte() && !isAssignmentTarget(n)) {
        if (const std::string_view use = useOf(n, model); !use.empty()) return use;
      }
      continue;
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return {};
}

// True when `accept` holds for an environment access under `scope`.
bool anyAccessIn(Node scope, const SemanticModel& model, const std::function<bool(const EnvironmentAccess&)>& accept) {
  std::vector<Node> stack{scope};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    for (const EnvironmentAccess& access : environmentAccesses(n, model)) {
      if (accept(access)) return true;
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

// True when `scope` writes `variable` back from `value`'s spelling (`old`, `self.orig_tz`).
bool writesBack(Node scope, std::string_view variable, std::string_view value, const SemanticModel& model) {
  return anyAccessIn(scope, model, [&](const EnvironmentAccess& access) {
    const Node written = skipParentheses(access.newValue);
    return access.kind == EnvironmentAccessKind::Write && access.nameKnown && access.name == variable && written &&
           (written.is("identifier") || written.is("attribute")) && written.text() == value;
  });
}

// The `self.x` an expression is assigned to, or null.
Node assignedSelfAttribute(Node value) {
  value = valueCarrier(value);
  const Node parent = value.parent();
  if (!parent || !parent.is("assignment") || !(parent.field("right") == value)) return {};
  const Node left = parent.field("left");
  if (!left || !left.is("attribute")) return {};
  const Node object = skipParentheses(left.field("object"));
  return object && object.is("identifier") && object.text() == "self" ? left : Node{};
}

// The class a method's body belongs to, or null.
Node classOfMethod(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("function_definition")) {
      Node up = n.parent();
      if (up && up.is("decorated_definition")) up = up.parent();
      up = up ? up.parent() : Node{};  // the class body's block, then the class
      return up && up.is("class_definition") ? up : Node{};
    }
  }
  return {};
}

// `os.environ.get("X", default_regex)`, `os.getenv("X", "30")`: a default the code would use, given
// as a non-empty literal (or a name assigned one once), which the variable replaces.
bool overridesLiteralDefault(const EnvironmentAccess& access, const SemanticModel& model) {
  Node value = skipParentheses(access.defaultValue);
  if (!value) return false;
  if (value.is("identifier")) value = skipParentheses(model.singleAssignment(value.text()));
  if (!value) return false;
  if (value.is("integer") || value.is("float")) return true;
  const auto text = value.is("string") ? model.stringValue(value) : std::nullopt;
  return text && text->complete && !text->value.empty();
}

// True when `value` is an argument of a logger or `print` (`LOG.debug("X=%s", os.getenv(...))`).
bool logged(Node value) {
  const Node carrier = valueCarrier(value);
  const Node list = carrier.parent();
  const Node call = list && list.is("argument_list") ? list.parent() : Node{};
  if (!call || !call.is("call")) return false;
  const std::string_view callee = skipParentheses(call.field("function")).text();
  return callee == "print" || callee.starts_with("LOG.") || callee.starts_with("LOGGER.") ||
         callee.starts_with("logger.") || callee.starts_with("log.") || callee.starts_with("logging.");
}

// True when the value is used for something other than a message: directly, or through the name
// it is assigned to (a name never read, or only logged, decides nothing).
bool usedBeyondLogging(Node read) {
  const Node name = assignedName(read);
  if (!name) return !logged(read);
  const Node scope = bindingScope(name);
  if (!scope) return false;
  const SyntaxTree& tree = *scope.tree();
  for (uint32_t i = name.index() + 1; i < tree.subtreeEnd(scope); ++i) {
    const Node n = tree.node(i);
    if (!n.is("identifier") || n.text() != name.text() || isAssignmentTarget(n) || logged(n)) continue;
    const Node parent = n.parent();
    if (parent.is("attribute") && parent.field("attribute") == n) continue;  // `obj.data_dir`
    if (parent.is("keyword_argument") && parent.field("name") == n) continue;
    return true;
  }
  return false;
}

}  // namespace

bool savedToRestore(const EnvironmentAccess& access, const SemanticModel& model) {
  if (access.kind != EnvironmentAccessKind::Read || !access.nameKnown) return false;
  if (const Node name = assignedName(access.node)) {
    const Node scope = bindingScope(name);
    return scope && writesBack(scope, access.name, name.text(), model);
  }
  // A test's `setUp` keeps it in `self.orig_tz` and its `tearDown` (or a cleanup) puts it back.
  if (const Node attribute = assignedSelfAttribute(access.node)) {
    const Node owner = classOfMethod(access.node);
    return owner && writesBack(owner, access.name, attribute.text(), model);
  }
  return false;
}

bool restoresSaved(const EnvironmentAccess& access, const SemanticModel& model) {
  if (access.kind != EnvironmentAccessKind::Write || !access.nameKnown) return false;
  const Node value = skipParentheses(access.newValue);
  if (!value || !(value.is("identifier") || value.is("attribute"))) return false;
  const bool attribute = value.is("attribute");
  const Node scope = attribute ? classOfMethod(access.node) : bindingScope(value);
  return scope && anyAccessIn(scope, model, [&](const EnvironmentAccess& read) {
    if (read.kind != EnvironmentAccessKind::Read || !read.nameKnown || read.name != access.name) return false;
    const Node saved = attribute ? assignedSelfAttribute(read.node) : assignedName(read.node);
    return saved && saved.text() == value.text();
  });
}

std::string_view environmentSwitchUse(const EnvironmentAccess& access, const SemanticModel& model) {
  if (access.kind == EnvironmentAccessKind::Test) return "tested";
  if (access.kind != EnvironmentAccessKind::Read) return {};
  if (const std::string_view use = useOf(access.node, model); !use.empty()) return use;
  if (!access.helperUse.empty()) return access.helperUse;
  if (const Node name = assignedName(access.node)) {
    if (savedToRestore(access, model)) return {};
    if (const std::string_view use = useOfAssignedName(name, model); !use.empty()) return use;
  }
  if (overridesLiteralDefault(access, model) && usedBeyondLogging(access.node)) return "used in place of a default";
  return {};
}

}  // namespace platlint
