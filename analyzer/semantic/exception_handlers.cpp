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

bool raisesAtEnd(Node block) {
  if (!block || !block.is("block")) return false;
  const Node last = lastStatement(block);
  return last && last.is("raise_statement") && last.text().find("SkipTest") == std::string_view::npos;
}

// True for `LOG.warning(...)`, `logger.exception(...)`, `util.logexc(LOG, ...)`: a log of a failure
// at warning level or above; with `anyLevel`, `LOG.debug(...)` and `LOG.info(...)` too.
bool logsFailure(Node statement, bool anyLevel = false) {
  if (!statement.is("expression_statement") || statement.namedChildCount() != 1) return false;
  const Node call = statement.namedChild(0);
  if (!call.is("call")) return false;
  const Node f = call.field("function");
  const std::string_view name = f.is("attribute") ? f.field("attribute").text() : f.is("identifier") ? f.text() : "";
  if (anyLevel && f.is("attribute") && (name == "debug" || name == "info")) return true;
  return name == "warning" || name == "warn" || name == "error" || name == "exception" || name == "critical" ||
         name == "fatal" || name == "logexc";
}

// The name `except E as name:` binds, or empty.
std::string_view caughtName(Node exceptClause) {
  for (uint32_t i = 0; i < exceptClause.childCount(); ++i) {
    if (exceptClause.fieldNameOfChild(i) != "value") continue;
    const Node value = exceptClause.child(i);
    if (!value.is("as_pattern")) continue;
    const Node alias = value.field("alias");
    return alias ? alias.text() : std::string_view();
  }
  return {};
}

// True for a statement that only logs, at any level, directly or under an `if` (`if log_error:
// LOG.debug(...)`).
bool onlyLogs(Node statement) {
  if (logsFailure(statement, true)) return true;
  if (!statement.is("if_statement")) return false;
  bool logs = true;
  forEachNamedChild(statement, [&](Node part) {
    const Node block = part.is("block") ? part : part.is("else_clause") || part.is("elif_clause") ? part.field("body") : Node{};
    if (!block) return;
    forEachNamedChild(block, [&](Node s) { logs = logs && (s.is("comment") || onlyLogs(s)); });
  });
  return logs;
}

// True when a handler's block keeps the exception to raise or report later (`failure_reason =
// exc`, next to logging): trying the next candidate, and failing when none is left.
bool keepsFailure(Node body, std::string_view caught) {
  if (caught.empty() || !body || !body.is("block")) return false;
  bool kept = false;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node statement = body.namedChild(i);
    if (statement.is("comment") || onlyLogs(statement)) continue;
    const Node assignment = statement.is("expression_statement") && statement.namedChildCount() == 1
                                ? statement.namedChild(0)
                                : Node{};
    if (!assignment || !assignment.is("assignment")) return false;
    const Node right = assignment.field("right");
    if (!right || !right.is("identifier") || right.text() != caught) return false;
    kept = true;
  }
  return kept;
}

bool returnsNothing(Node statement) {
  if (statement.is("pass_statement")) return true;
  if (!statement.is("return_statement")) return false;
  return statement.namedChildCount() == 0 || statement.namedChild(0).is("none");
}

// True when a handler's block only logs that something failed (at warning level or above) and goes
// on without a result (`LOG.warning("Cannot get route: %s", e); return`): where the file or program
// is missing, that is failing every time with a message, not another way to do it.
bool onlyReportsFailure(Node body) {
  if (!body || !body.is("block")) return false;
  bool logged = false;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node statement = body.namedChild(i);
    if (statement.is("comment")) continue;
    if (logsFailure(statement)) {
      logged = true;
    } else if (!(returnsNothing(statement) && i + 1 == body.namedChildCount())) {
      return false;
    }
  }
  return logged;
}

// A handler's block that does not go on without what failed: it raises or only reports the failure.
bool givesUp(Node block) { return raisesAtEnd(block) || onlyReportsFailure(block); }

// The errno values with which a missing file or program, a missing privilege or an unsupported
// call fails (Windows maps the error codes it has no errno for to EINVAL): a handler that goes on
// after one of them may be going on without what is missing.
bool absenceErrno(std::string_view name) {
  static constexpr std::string_view kNames[] = {"ENOENT", "ENOTDIR", "ENOEXEC", "EACCES", "EPERM",     "EINVAL",
                                                "ENOSYS", "ENOTSUP", "ENODEV",  "ENXIO",  "EOPNOTSUPP"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

enum class ErrnoTest { None, OnlyOthers, Absence };

// What an errno comparison (`e.errno == errno.EEXIST`, `exc.errno not in (errno.EEXIST, errno.EBUSY)`)
// tests, given whether the handler goes on when it holds (`positive`, with `==`/`in`) or when it
// does not (with `!=`/`not in`): OnlyOthers when the errno values it goes on with are all other
// than an absence's, so the absence is raised again.
ErrnoTest errnoTest(Node condition, bool goesOnWhenTrue) {
  condition = skipParentheses(condition);
  if (!condition) return ErrnoTest::None;
  if (condition.is("boolean_operator")) {
    // Going on needs both sides of `and` (or, negated, of `or`): one errno test decides.
    if ((condition.field("operator").text() == "and") != goesOnWhenTrue) return ErrnoTest::None;
    const ErrnoTest left = errnoTest(condition.field("left"), goesOnWhenTrue);
    return left != ErrnoTest::None ? left : errnoTest(condition.field("right"), goesOnWhenTrue);
  }
  if (!condition.is("comparison_operator") || condition.namedChildCount() != 2) return ErrnoTest::None;
  const Node left = skipParentheses(condition.namedChild(0));
  const Node right = skipParentheses(condition.namedChild(1));
  if (!left || !left.is("attribute") || left.field("attribute").text() != "errno") return ErrnoTest::None;
  std::string_view op = condition.source().substr(left.endByte(), right.startByte() - left.endByte());
  op = op.substr(std::min(op.find_first_not_of(" \t\n()"), op.size()));
  op = op.substr(0, op.find_last_not_of(" \t\n()") + 1);
  bool equal = false;
  if (op == "==" || op == "in") {
    equal = true;
  } else if (op != "!=" && op != "not in") {
    return ErrnoTest::None;
  }
  if (equal != goesOnWhenTrue) return ErrnoTest::None;  // goes on with every errno but some: any absence
  std::vector<Node> values;
  if (right.is("tuple") || right.is("list") || right.is("set")) {
    forEachNamedChild(right, [&](Node n) { values.push_back(n); });
  } else {
    values.push_back(right);
  }
  if (values.empty()) return ErrnoTest::None;
  for (const Node& v : values) {
    // `errno.ENOENT`, or `ENOENT` imported from errno.
    const bool qualified = v.is("attribute") && v.field("object").text() == "errno";
    const std::string_view name = qualified ? v.field("attribute").text() : v.text();
    if (!qualified && !(v.is("identifier") && name.size() > 2 && name[0] == 'E' &&
                        std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }))) {
      return ErrnoTest::None;
    }
    if (absenceErrno(name)) return ErrnoTest::Absence;
  }
  return ErrnoTest::OnlyOthers;
}

// `except subp.ProcessExecutionError as e: if e.errno == ENOENT: out = ""` / `else: raise`: a handler
// that goes on exactly when the error number says the file or program is missing handles that
// absence, whatever class the project wraps it in.
bool goesOnForAbsence(Node exceptClause) {
  const Node body = lastStatement(exceptClause);
  if (!body || !body.is("block")) return false;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node statement = body.namedChild(i);
    if (statement.is("if_statement") && errnoTest(statement.field("condition"), true) == ErrnoTest::Absence &&
        !givesUp(statement.field("consequence"))) {
      return true;
    }
  }
  return false;
}

// True when the handler does not recover: it ends by raising (`raise`, `raise Wrapped(...) from e`)
// anything but a test skip, only reports the failure (givesUp) or keeps it for later (keepsFailure),
// or it does one of the first two for every errno but
// some that no absence has (`if e.errno == errno.EEXIST: return` / `else: raise`, `if e.errno !=
// errno.EEXIST: raise`): the failure goes on to the caller, or nothing goes on in its place.
bool doesNotRecover(Node exceptClause) {
  const Node body = lastStatement(exceptClause);
  if (givesUp(body) || keepsFailure(body, caughtName(exceptClause))) return true;
  if (!body || !body.is("block")) return false;
  const Node last = lastStatement(body);
  if (!last || !last.is("if_statement")) return false;
  const Node consequence = last.field("consequence");
  Node alternative;
  for (uint32_t i = 0; i < last.namedChildCount(); ++i) {
    const Node clause = last.namedChild(i);
    if (clause.is("elif_clause")) return false;
    if (clause.is("else_clause")) alternative = clause.field("body");
  }
  const Node condition = last.field("condition");
  if (givesUp(consequence) && !alternative) return errnoTest(condition, false) == ErrnoTest::OnlyOthers;
  if (alternative && givesUp(alternative) && !givesUp(consequence)) {
    return errnoTest(condition, true) == ErrnoTest::OnlyOthers;
  }
  return false;
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
  if (std::find(exceptions.begin(), exceptions.end(), "OSError") != exceptions.end() && goesOnForAbsence(exceptClause)) {
    return true;
  }
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
      if (clause.is("except_clause") && guardingHandler(parent, clause, exceptions) &&
          (!recovers || !doesNotRecover(clause))) {
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
