#include "analyzer/semantic/exception_handlers.h"

#include <algorithm>
#include <vector>

namespace platlint {
namespace {

// Names Python 3 keeps for OSError.
bool isOsErrorAlias(std::string_view name) {
  return name == "IOError" || name == "EnvironmentError" || name == "os.error" || name == "socket.error" ||
         name == "select.error";
}

// The exception expressions an `except` clause names (`except (A, b.C) as e` -> A, b.C); empty for
// a bare `except:`.
std::vector<Node> handledNames(Node exceptClause) {
  std::vector<Node> names;
  for (uint32_t i = 0; i < exceptClause.childCount(); ++i) {
    if (exceptClause.fieldNameOfChild(i) != "value") continue;
    Node value = exceptClause.child(i);
    if (value.is("as_pattern") && value.namedChildCount() > 0) value = value.namedChild(0);  // `as e`
    if (value.is("tuple") || value.is("parenthesized_expression")) {
      forEachNamedChild(value, [&](Node n) { names.push_back(n); });
    } else {
      names.push_back(value);
    }
  }
  return names;
}

// Module statements read for an exception tuple's assignments: its top-level ones and those of
// top-level `try`/`if` blocks (`symlink_exception += (OSError,)` in a `try`).
constexpr uint32_t kMaxModuleStatements = 4000;

// The exceptions a module-level name holds: `symlink_exception = (AttributeError, NotImplementedError)`
// and every `+= (OSError,)` to it, when each assignment of the name is such a tuple; else empty.
std::vector<Node> moduleExceptionTuple(Node name) {
  Node root = name;
  while (root.parent()) root = root.parent();
  std::vector<Node> found;
  bool other = false;
  std::vector<Node> stack{root};
  uint32_t visited = 0;
  while (!stack.empty() && !other && visited++ < kMaxModuleStatements) {
    const Node n = stack.back();
    stack.pop_back();
    const std::string_view k = n.kind();
    if (k == "module" || k == "block" || k == "try_statement" || k == "if_statement" || k == "else_clause" ||
        k == "elif_clause" || k == "except_clause") {
      for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
      continue;
    }
    if (k != "expression_statement" || n.namedChildCount() != 1) continue;
    const Node a = n.namedChild(0);
    if (!a.is("assignment") && !a.is("augmented_assignment")) continue;
    const Node left = a.field("left");
    if (!left || !left.is("identifier") || left.text() != name.text()) continue;
    Node right = a.field("right");
    while (right && right.is("parenthesized_expression") && right.namedChildCount() == 1) right = right.namedChild(0);
    if (!right || !right.is("tuple")) {
      other = true;
      continue;
    }
    forEachNamedChild(right, [&](Node e) { found.push_back(e); });
  }
  return other ? std::vector<Node>{} : found;
}

bool bodyOnlyImports(Node tryStatement) {
  const Node body = tryStatement.field("body");
  if (!body || body.namedChildCount() == 0) return false;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node statement = body.namedChild(i);
    if (!statement.is("import_statement") && !statement.is("import_from_statement") && !statement.is("comment")) {
      return false;
    }
  }
  return true;
}

// True when the handler ends by raising (`raise`, `raise Wrapped(...) from e`) anything but a test
// skip: the failure goes on to the caller.
bool reraises(Node exceptClause) {
  const Node body = exceptClause.namedChild(exceptClause.namedChildCount() - 1);
  if (!body || !body.is("block") || body.namedChildCount() == 0) return false;
  const Node last = body.namedChild(body.namedChildCount() - 1);
  return last.is("raise_statement") && last.text().find("SkipTest") == std::string_view::npos;
}

}  // namespace

bool handlerCatches(Node exceptClause, std::span<const std::string_view> exceptions) {
  const auto named = [&](std::string_view e) { return std::find(exceptions.begin(), exceptions.end(), e) != exceptions.end(); };
  const auto catches = [&](Node n) {
    const std::string_view text = n.text();
    return (isOsErrorAlias(text) && named("OSError")) || named(lastDottedPart(text));
  };
  for (const Node& n : handledNames(exceptClause)) {
    if (catches(n)) return true;
    if (n.is("identifier")) {
      const std::vector<Node> held = moduleExceptionTuple(n);
      if (std::any_of(held.begin(), held.end(), catches)) return true;
    }
  }
  return false;
}

bool catchesEverything(Node exceptClause) {
  const std::vector<Node> names = handledNames(exceptClause);
  if (names.empty()) return exceptClause.childCount() > 0;  // a bare `except:`
  return std::any_of(names.begin(), names.end(), [](const Node& n) {
    const std::string_view name = lastDottedPart(n.text());
    return name == "Exception" || name == "BaseException";
  });
}

bool guardingHandler(Node tryStatement, Node exceptClause, std::span<const std::string_view> exceptions) {
  if (handlerCatches(exceptClause, exceptions)) return true;
  return catchesEverything(exceptClause) && bodyOnlyImports(tryStatement);
}

namespace {

bool insideTryHandling(Node node, std::span<const std::string_view> exceptions, bool recovers) {
  if (exceptions.empty()) return false;
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    if (parent.is("function_definition") || parent.is("class_definition") || parent.is("lambda")) return false;
    if (!parent.is("try_statement") || !(child == parent.field("body"))) continue;
    for (uint32_t i = 0; i < parent.namedChildCount(); ++i) {
      const Node clause = parent.namedChild(i);
      if (clause.is("except_clause") && guardingHandler(parent, clause, exceptions) && (!recovers || !reraises(clause))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool insideTryCatching(Node node, std::span<const std::string_view> exceptions) {
  return insideTryHandling(node, exceptions, false);
}

bool insideTryRecovering(Node node, std::span<const std::string_view> exceptions) {
  return insideTryHandling(node, exceptions, true);
}

}  // namespace platlint
