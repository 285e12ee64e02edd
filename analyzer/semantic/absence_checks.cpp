#include "analyzer/semantic/absence_checks.h"

#include <utility>
#include <vector>

#include "analyzer/semantic/helper_parameters.h"

namespace platlint {
namespace {

constexpr int kMaxConditionDepth = 8;
// Statements of a helper read to find its parameter's uses; longer helpers are not followed.
constexpr size_t kMaxHelperScan = 2000;

// A glob is one too: where the directory is missing it lists nothing, as exists() says no.
bool isFileCheck(std::string_view q) {
  return q == "os.path.exists" || q == "os.path.isfile" || q == "os.path.isdir" || q == "os.path.lexists" ||
         q == "os.access" || q == "posixpath.exists" || q == "genericpath.exists" || q == "glob.glob" ||
         q == "glob.iglob";
}

// `which` and `find_executable` of any module: `shutil.which`, distutils', and the copies projects
// keep (`subp.which`, `utils.which`).
bool isProgramCheck(Node function) {
  const Node name = function.is("attribute") ? function.field("attribute") : function;
  return name && name.is("identifier") && (name.text() == "which" || name.text() == "find_executable");
}

// The argument an existence check examines, or null when `call` is no such check.
Node checkedArgument(Node call, const SemanticModel& model) {
  const Node function = call.field("function");
  const Node args = call.field("arguments");
  if (!function || !args || !args.is("argument_list")) return {};
  if (args.namedChildCount() > 0 && (isFileCheck(model.qualifiedName(function)) || isProgramCheck(function))) {
    return skipParentheses(args.namedChild(0));
  }
  // `Path(p).exists()`, `path_obj.is_file()`
  if (function.is("attribute") && args.namedChildCount() == 0) {
    const std::string_view method = function.field("attribute").text();
    if (method != "exists" && method != "is_file" && method != "is_dir") return {};
    Node object = skipParentheses(function.field("object"));
    if (object && object.is("call")) {
      const Node inner = object.field("arguments");
      return inner && inner.is("argument_list") && inner.namedChildCount() == 1 ? skipParentheses(inner.namedChild(0))
                                                                                 : Node{};
    }
    return object;
  }
  return {};
}

bool names(Node argument, const CheckedSubject& subject, const SemanticModel& model) {
  if (!argument) return false;
  if (argument.is("identifier")) return !subject.name.empty() && argument.text() == subject.name;
  // `which(cmd[0])`: the program of the argv `cmd`.
  if (argument.is("subscript") && argument.field("subscript").text() == "0") {
    const Node argv = argument.field("value");
    return argv && argv.is("identifier") && !subject.name.empty() && argv.text() == subject.name;
  }
  if (subject.value.empty()) return false;
  const std::optional<FoldedString> value = model.stringValue(argument);
  return value && value->complete && value->value == subject.value;
}

bool requiresAbsence(Node condition, const CheckedSubject& subject, const SemanticModel& model, int depth);

// True when `condition` holds only where the check found `subject`.
bool requiresPresence(Node condition, const CheckedSubject& subject, const SemanticModel& model, int depth = 0) {
  condition = skipParentheses(condition);
  if (!condition || depth > kMaxConditionDepth) return false;
  const std::string_view k = condition.kind();
  if (k == "call") return checksExistence(condition, subject, model);
  if (k == "not_operator") return requiresAbsence(condition.field("argument"), subject, model, depth + 1);
  if (k == "boolean_operator") {
    const bool left = requiresPresence(condition.field("left"), subject, model, depth + 1);
    const bool right = requiresPresence(condition.field("right"), subject, model, depth + 1);
    return condition.field("operator").text() == "and" ? left || right : left && right;
  }
  if (k == "comparison_operator" && condition.namedChildCount() == 2) {
    // `shutil.which("x") is not None`
    const std::string_view text = condition.text();
    const bool isNot = text.find(" is not ") != std::string_view::npos;
    return isNot && condition.namedChild(1).is("none") && requiresPresence(condition.namedChild(0), subject, model, depth + 1);
  }
  return false;
}

// True when `condition` holds only where the check did not find `subject`.
bool requiresAbsence(Node condition, const CheckedSubject& subject, const SemanticModel& model, int depth) {
  condition = skipParentheses(condition);
  if (!condition || depth > kMaxConditionDepth) return false;
  const std::string_view k = condition.kind();
  if (k == "not_operator") return requiresPresence(condition.field("argument"), subject, model, depth + 1);
  if (k == "boolean_operator") {
    const bool left = requiresAbsence(condition.field("left"), subject, model, depth + 1);
    const bool right = requiresAbsence(condition.field("right"), subject, model, depth + 1);
    return condition.field("operator").text() == "or" ? left || right : left && right;
  }
  if (k == "comparison_operator" && condition.namedChildCount() == 2) {
    // `shutil.which("x") is None`
    const std::string_view text = condition.text();
    const bool isNone = text.find(" is not ") == std::string_view::npos && text.find(" is ") != std::string_view::npos;
    return isNone && condition.namedChild(1).is("none") && requiresPresence(condition.namedChild(0), subject, model, depth + 1);
  }
  return false;
}

// True for a block whose last statement goes on without the missing thing: `return`, `continue`,
// `break`. Raising or exiting is failing, just with a better message.
bool endsInFallback(Node block) {
  const Node last = lastStatement(block);
  if (!last) return false;
  const std::string_view k = last.kind();
  return k == "return_statement" || k == "continue_statement" || k == "break_statement";
}

// True for a block that fails at its end: `raise`, `sys.exit()`, `exit()`, `os._exit()`.
bool endsInFailure(Node block, const SemanticModel& model) {
  const Node last = lastStatement(block);
  if (!last) return false;
  if (last.is("raise_statement")) return true;
  if (!last.is("expression_statement") || last.namedChildCount() != 1 || !last.namedChild(0).is("call")) return false;
  const std::string_view q = model.qualifiedName(last.namedChild(0).field("function"));
  return q == "sys.exit" || q == "os._exit" || q == "builtins.exit" || q == "builtins.quit" || q == "exit" ||
         q == "quit";
}

// The body of the `else:` that ends the `if`/`elif` chain of `ifStatement`, or null.
Node finalElse(Node ifStatement) {
  for (uint32_t i = ifStatement.namedChildCount(); i-- > 0;) {
    const Node c = ifStatement.namedChild(i);
    if (c.is("else_clause")) return c.field("body");
  }
  return {};
}

// True when `condition` looks a program up (`which("eject")`).
bool looksUpProgram(Node condition) {
  std::vector<Node> stack{condition};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("call") && isProgramCheck(n.field("function"))) return true;
    for (uint32_t i = 0; i < n.namedChildCount() && stack.size() < 64; ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

// True when the `if` statement or `elif` clause `clause` fails where the file `subject` is missing:
// the condition requires it and the chain ends in an `else` that fails
// (`if exists(a): ... elif exists(b): ... else: sys.exit(1)`), or it requires its absence and its
// body fails. Such a check does not handle the absence; it only words the failure. A chain that
// looks programs up and raises when none is there is the portable way to run a tool, which
// reports that it cannot, as running it would.
bool failsWhenAbsent(Node clause, const CheckedSubject& subject, const SemanticModel& model) {
  const Node condition = clause.field("condition");
  if (looksUpProgram(condition)) return false;
  const Node ifStatement = clause.is("elif_clause") ? clause.parent() : clause;
  if (!ifStatement || !ifStatement.is("if_statement")) return false;
  if (requiresPresence(condition, subject, model)) return endsInFailure(finalElse(ifStatement), model);
  return requiresAbsence(condition, subject, model, 0) && endsInFailure(clause.field("consequence"), model);
}

// True when a statement before `statement` in its block leaves the block where `subject` is missing.
bool exitsEarlierWhenAbsent(Node statement, const CheckedSubject& subject, const SemanticModel& model) {
  for (Node prev = statement.prevNamedSibling(); prev; prev = prev.prevNamedSibling()) {
    if (!prev.is("if_statement") || prev.field("alternative")) continue;
    if (endsInFallback(prev.field("consequence")) && requiresAbsence(prev.field("condition"), subject, model, 0)) return true;
  }
  return false;
}

// True when `read` (a name) is what an existence check examines, itself or as `name[0]`.
bool isCheckedRead(Node read, const SemanticModel& model) {
  Node argument = read;
  if (const Node parent = read.parent(); parent && parent.is("subscript") && parent.field("value") == read) argument = parent;
  const Node args = argument.parent();
  const Node call = args && args.is("argument_list") ? args.parent() : Node{};
  return call && call.is("call") && checkedArgument(call, model) == argument;
}

// True for `x.name` and `f(name=...)`: a name that is not the variable.
bool isMemberName(Node identifier) {
  const Node parent = identifier.parent();
  return parent && ((parent.is("attribute") && parent.field("attribute") == identifier) ||
                    (parent.is("keyword_argument") && parent.field("name") == identifier));
}

// True when the helper `function` uses its parameter `name` only where an existence check found
// it (`if subp.which(cmd[0]) is None: return False` ... `subp.subp(cmd)`), and uses it at all.
bool helperChecksParameter(Node function, std::string_view name, const SemanticModel& model) {
  std::vector<Node> stack{function.field("body")};
  size_t visited = 0;
  size_t uses = 0;
  while (!stack.empty()) {
    if (++visited > kMaxHelperScan) return false;
    const Node n = stack.back();
    stack.pop_back();
    if (!n || n.is("function_definition") || n.is("class_definition") || n.is("lambda")) continue;
    if (n.is("identifier") && n.text() == name && !isMemberName(n)) {
      if (isCheckedRead(n, model)) continue;
      if (!runsOnlyWhenPresent(n, {name, {}}, model)) return false;
      ++uses;
      continue;
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return uses > 0;
}

}  // namespace

bool checkedByHelper(Node site, const SemanticModel& model) {
  // The program's name is the first item of the argument list the helper is given.
  Node argument = site;
  if (const Node list = site.parent(); list && (list.is("list") || list.is("tuple")) && list.namedChild(0) == site) {
    argument = list;
  }
  const auto parameter = helperParameterOf(argument, model);
  return parameter && helperChecksParameter(parameter->function, parameter->name, model);
}

bool isProgramLookup(Node function) { return function && isProgramCheck(function); }

bool checksExistence(Node call, const CheckedSubject& subject, const SemanticModel& model) {
  return names(checkedArgument(call, model), subject, model);
}

bool runsOnlyWhenPresent(Node site, const CheckedSubject& subject, const SemanticModel& model) {
  if (subject.name.empty() && subject.value.empty()) return false;
  Node child = site;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda") return false;
    if (k == "if_statement") {
      if (child == parent.field("consequence") && requiresPresence(parent.field("condition"), subject, model) &&
          !failsWhenAbsent(parent, subject, model)) {
        return true;
      }
      if ((child.is("else_clause") || child.is("elif_clause")) && requiresAbsence(parent.field("condition"), subject, model, 0) &&
          !failsWhenAbsent(parent, subject, model)) {
        return true;
      }
    } else if (k == "elif_clause") {
      if (child == parent.field("consequence") && requiresPresence(parent.field("condition"), subject, model) &&
          !failsWhenAbsent(parent, subject, model)) {
        return true;
      }
    } else if (k == "conditional_expression" && parent.namedChildCount() == 3) {
      const Node condition = parent.namedChild(1);
      if (child == parent.namedChild(0) && requiresPresence(condition, subject, model)) return true;
      if (child == parent.namedChild(2) && requiresAbsence(condition, subject, model, 0)) return true;
    } else if (k == "boolean_operator" && child == parent.field("right")) {
      const bool isAnd = parent.field("operator").text() == "and";
      if (isAnd ? requiresPresence(parent.field("left"), subject, model)
                : requiresAbsence(parent.field("left"), subject, model, 0)) {
        return true;
      }
    } else if (k == "block" || k == "module") {
      if (exitsEarlierWhenAbsent(child, subject, model)) return true;
    }
  }
  return false;
}

std::vector<Node> enclosingExistenceChecks(Node site, const SemanticModel& model) {
  std::vector<Node> checked;
  Node child = site;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda") break;
    if ((k != "if_statement" && k != "elif_clause") || !(child == parent.field("consequence"))) continue;
    std::vector<Node> stack{parent.field("condition")};
    while (!stack.empty()) {
      const Node n = skipParentheses(stack.back());
      stack.pop_back();
      if (!n) continue;
      if (n.is("boolean_operator")) {
        stack.push_back(n.field("left"));
        stack.push_back(n.field("right"));
      } else if (n.is("not_operator")) {
        stack.push_back(n.field("argument"));
      } else if (n.is("call")) {
        if (const Node argument = checkedArgument(n, model)) checked.push_back(argument);
      }
    }
  }
  return checked;
}

namespace {

// The `if` statement or `elif` clause whose condition `expr` is, alone or within `not`, `and`,
// `or` and parentheses; null otherwise.
Node clauseDecidedBy(Node expr) {
  Node node = expr;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "not_operator" || k == "boolean_operator" || k == "parenthesized_expression") continue;
    if ((k == "if_statement" || k == "elif_clause") && parent.field("condition") == node) return parent;
    return {};
  }
  return {};
}

bool isPlainLiteral(Node expr) {
  expr = skipParentheses(expr);
  if (!expr) return false;
  const std::string_view k = expr.kind();
  if (k == "string") {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      if (expr.namedChild(i).is("interpolation")) return false;
    }
    return true;
  }
  return k == "concatenated_string" || k == "integer" || k == "float" || k == "true" || k == "false" || k == "none";
}

// A block that only gives an answer: `return False`, `method = "zypper"`, `self.method = "x"`, `pass`.
bool givesOnlyLiterals(Node block) {
  if (!block || block.namedChildCount() == 0) return false;
  for (uint32_t i = 0; i < block.namedChildCount(); ++i) {
    const Node stmt = block.namedChild(i);
    if (stmt.is("comment") || stmt.is("pass_statement")) continue;
    if (stmt.is("return_statement")) {
      if (stmt.namedChildCount() != 1 || !isPlainLiteral(stmt.namedChild(0))) return false;
      continue;
    }
    if (!stmt.is("expression_statement") || stmt.namedChildCount() != 1) return false;
    const Node assignment = stmt.namedChild(0);
    if (!assignment.is("assignment") || !isPlainLiteral(assignment.field("right"))) return false;
  }
  return true;
}

// Every way out of an `if` statement gives only literals.
bool branchesGiveOnlyLiterals(Node ifStatement) {
  if (!givesOnlyLiterals(ifStatement.field("consequence"))) return false;
  for (uint32_t i = 0; i < ifStatement.namedChildCount(); ++i) {
    const Node c = ifStatement.namedChild(i);
    if (c.is("elif_clause") && !givesOnlyLiterals(c.field("consequence"))) return false;
    if (c.is("else_clause") && !givesOnlyLiterals(c.field("body"))) return false;
  }
  return true;
}

}  // namespace

bool isProbeAnswer(Node site, const SemanticModel& model) {
  if (!isExistenceCheckArgument(site, model)) return false;
  Node node = site.parent().parent();
  Node parent = node.parent();
  for (; parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k != "not_operator" && k != "boolean_operator" && k != "parenthesized_expression") break;
  }
  if (!parent) return false;
  if (parent.is("return_statement")) return true;
  if (parent.is("if_statement") && parent.field("condition") == node) return branchesGiveOnlyLiterals(parent);
  if (parent.is("conditional_expression") && parent.namedChildCount() == 3 && parent.namedChild(1) == node) {
    return isPlainLiteral(parent.namedChild(0)) && isPlainLiteral(parent.namedChild(2));
  }
  return false;
}

bool isExistenceCheckArgument(Node site, const SemanticModel& model) {
  const Node args = site.parent();
  if (!args || !args.is("argument_list")) return false;
  const Node call = args.parent();
  if (!call || !call.is("call") || !(checkedArgument(call, model) == site)) return false;
  // `if exists("/var/log/syslog"): ... elif exists("/var/log/messages"): ... else: sys.exit(1)`:
  // the chain requires one of the files, so each check states a requirement, not a question.
  if (const Node clause = clauseDecidedBy(call)) {
    const std::optional<FoldedString> value = model.stringValue(site);
    const CheckedSubject subject{site.is("identifier") ? site.text() : std::string_view(),
                                 value && value->complete ? std::string_view(value->value) : std::string_view()};
    if (failsWhenAbsent(clause, subject, model)) return false;
  }
  // `assert os.path.exists(p)`, `self.assertTrue(os.path.isdir(p))`: the code requires the file.
  for (Node n = call.parent(); n && !n.is("block") && !n.is("module"); n = n.parent()) {
    if (n.is("assert_statement")) return false;
    if (n.is("call")) {
      if (calleeName(n).starts_with("assert")) return false;
    }
  }
  return true;
}

}  // namespace platlint
