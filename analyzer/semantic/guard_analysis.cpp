#include "analyzer/semantic/guard_analysis.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/availability.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/platform_condition.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/syntax/source_file.h"

namespace platlint {
namespace {

// True when running `block` always leaves it: its last statement returns, raises, continues,
// breaks, or exits the process.
bool alwaysExits(Node block, const SemanticModel& model) {
  const Node last = lastStatement(block);
  if (!last) return false;
  const std::string_view k = last.kind();
  if (k == "return_statement" || k == "raise_statement" || k == "continue_statement" || k == "break_statement") {
    return true;
  }
  if (k == "expression_statement" && last.namedChildCount() == 1 && last.namedChild(0).is("call")) {
    const Node function = last.namedChild(0).field("function");
    const std::string_view q = model.qualifiedName(function);
    // A test that skips itself (`self.skipTest(...)`, `pytest.skip(...)`) raises too.
    const bool skipsTest = q == "pytest.skip" || (function.is("attribute") && function.field("attribute").text() == "skipTest");
    return skipsTest || q == "sys.exit" || q == "os._exit" || q == "builtins.exit" || q == "builtins.quit";
  }
  return false;
}

// Whether an `if` statement has a clause of `kind` ("else_clause", "elif_clause").
bool hasClause(Node ifStatement, NodeKind kind) {
  for (uint32_t i = 0; i < ifStatement.childCount(); ++i) {
    if (ifStatement.child(i).is(kind)) return true;
  }
  return false;
}

// `SERIAL_PORT = "/dev/ttyS1"` / `if platform.system() == "Windows": SERIAL_PORT = "COM2"`: the
// conditions of the `if` statements right after `statement` that assign again the name it assigns,
// when `value` is (in) what it assigns; the value holds only where they are false.
std::vector<Node> overridingChecks(Node statement, Node value) {
  std::vector<Node> checks;
  if (!statement.is("expression_statement") || statement.namedChildCount() != 1) return checks;
  const Node assignment = statement.namedChild(0);
  if (!assignment.is("assignment")) return checks;
  const Node name = assignment.field("left");
  const Node right = assignment.field("right");
  if (!name || !name.is("identifier") || !right || value.startByte() < right.startByte() ||
      value.endByte() > right.endByte()) {
    return checks;
  }
  const auto assignsName = [&](Node block) {
    bool assigns = false;
    forEachNamedChild(block, [&](Node s) {
      const Node a = s.is("expression_statement") && s.namedChildCount() == 1 ? s.namedChild(0) : Node{};
      assigns = assigns || (a && a.is("assignment") && a.field("left") && a.field("left").text() == name.text());
    });
    return assigns;
  };
  for (Node next = statement.nextNamedSibling(); next; next = next.nextNamedSibling()) {
    if (next.is("comment")) continue;
    if (!next.is("if_statement")) break;
    // Without elif/else the `if` alone decides.
    if (hasClause(next, "elif_clause") || hasClause(next, "else_clause") || !assignsName(next.field("consequence"))) {
      break;
    }
    checks.push_back(next.field("condition"));
  }
  return checks;
}

// Where a test runs under a skip marker: `@unittest.skipIf(C, ...)`, `@unittest.skipUnless(C, ...)`,
// `@pytest.mark.skipif(C, reason=...)`, `testtools.skipIf` and the like, by the callee's last name.
PlatformSet runsUnderSkip(Node marker, const SemanticModel& model) {
  marker = skipParentheses(marker);
  if (!marker || !marker.is("call")) return PlatformSet::all();
  const Node function = marker.field("function");
  const std::string_view name = function.is("attribute") ? function.field("attribute").text() : function.text();
  const bool skipIf = name == "skipIf" || name == "skipif";
  if (!skipIf && name != "skipUnless") return PlatformSet::all();
  const Node args = marker.field("arguments");
  const Node condition = args && args.is("argument_list") && args.namedChildCount() > 0 ? args.namedChild(0) : Node{};
  if (!condition || condition.is("keyword_argument")) return PlatformSet::all();
  const ConditionValue c = evaluatePlatformCondition(condition, model);
  return skipIf ? ~c.whenTrue : ~c.whenFalse;
}

// Where the decorated definition's body runs, judged by its skip markers.
PlatformSet runsUnderDecorators(Node decorated, const SemanticModel& model) {
  PlatformSet reach = PlatformSet::all();
  forEachNamedChild(decorated, [&](Node decorator) {
    if (decorator.is("decorator") && decorator.namedChildCount() > 0) {
      reach = reach & runsUnderSkip(decorator.namedChild(0), model);
    }
  });
  return reach;
}

// Where a test module runs under `pytestmark = pytest.mark.skipif(...)` (or a list of markers); a
// class's own `pytestmark` is a decorator's equivalent and is not read.
PlatformSet runsUnderModuleMarks(const SemanticModel& model) {
  const std::vector<Node>* values = model.assignedValues("pytestmark");
  PlatformSet reach = PlatformSet::all();
  for (const Node& value : values ? *values : std::vector<Node>{}) {
    const Node statement = value.parent() ? value.parent().parent() : Node{};  // assignment -> statement
    if (!statement || !statement.parent() || !statement.parent().is("module")) continue;
    if (value.is("list") || value.is("tuple")) {
      forEachNamedChild(value, [&](Node marker) { reach = reach & runsUnderSkip(marker, model); });
    } else {
      reach = reach & runsUnderSkip(value, model);
    }
  }
  return reach;
}

// Whether a handler of `tryStatement` for one of `errors` always leaves the enclosing block.
bool leavesOn(Node tryStatement, std::span<const std::string_view> errors, const SemanticModel& model) {
  for (uint32_t i = 0; i < tryStatement.namedChildCount(); ++i) {
    const Node clause = tryStatement.namedChild(i);
    if (clause.is("except_clause") && guardingHandler(tryStatement, clause, errors) &&
        alwaysExits(lastStatement(clause), model)) {
      return true;
    }
  }
  return false;
}

// `try: import pwd` / `except ImportError: return`: code after it runs only where every module
// the try body imports exists.
PlatformSet afterImportProbe(Node tryStatement, const SemanticModel& model) {
  if (!leavesOn(tryStatement, kImportErrors, model)) return PlatformSet::all();
  return importablePlatforms(tryStatement.field("body"));
}

// Where every standard-library name `body` reads that has a row of its own exists
// (`time.tzset`, `os.getuid`); all platforms when it reads none.
PlatformSet namesReadExistOn(Node body, const SemanticModel& model) {
  PlatformSet where = PlatformSet::all();
  const SyntaxTree& tree = *body.tree();
  for (uint32_t i = body.index(); i < tree.subtreeEnd(body); ++i) {
    const Node n = tree.node(i);
    if (!n.is("attribute") && !n.is("identifier")) continue;
    const std::string_view q = model.qualifiedName(n);
    if (q.empty()) continue;
    const auto availability = stdlibAvailability(q);
    if (availability && availability->name == q && availability->kind != AvailabilityKind::Module) {
      where = where & availability->platforms;
    }
  }
  return where;
}

// `try: tzset = time.tzset` / `except AttributeError: raise unittest.SkipTest(...)`: code after it
// runs only where the names the try body reads exist.
PlatformSet afterAttributeProbe(Node tryStatement, const SemanticModel& model) {
  static constexpr std::string_view kAttributeErrors[] = {"AttributeError"};
  const Node body = tryStatement.field("body");
  if (!body || !leavesOn(tryStatement, kAttributeErrors, model)) return PlatformSet::all();
  // Only a body of plain statements reads each of its names whenever it runs: under an `if` a name
  // may be skipped, and then nothing is proved.
  bool plain = true;
  forEachNamedChild(body, [&](Node statement) {
    plain = plain && (statement.is("expression_statement") || statement.is("comment"));
  });
  return plain ? namesReadExistOn(body, model) : PlatformSet::all();
}

}  // namespace

PlatformSet GuardAnalysis::exitEffect(Node prev) const {
  PlatformSet reach = PlatformSet::all();
  if (prev.is("try_statement")) {
    reach = reach & afterImportProbe(prev, model_) & afterAttributeProbe(prev, model_);
  } else if (prev.is("assert_statement") && prev.namedChildCount() >= 1) {
    reach = reach & ~condition(prev.namedChild(0)).whenFalse;
  } else if (prev.is("if_statement")) {
    // Code after `if C: return` runs only where C is false; an `elif D: raise` adds "D is false".
    if (hasClause(prev, "else_clause")) return reach;
    if (alwaysExits(prev.field("consequence"), model_)) {
      reach = reach & ~condition(prev.field("condition")).whenTrue;
    }
    for (uint32_t i = 0; i < prev.childCount(); ++i) {
      const Node clause = prev.child(i);
      if (clause.is("elif_clause") && alwaysExits(clause.field("consequence"), model_)) {
        reach = reach & ~condition(clause.field("condition")).whenTrue;
      }
    }
  }
  return reach;
}

PlatformSet GuardAnalysis::afterEarlyExits(Node statement) const {
  if (const auto it = afterExits_.find(statement.index()); it != afterExits_.end()) return it->second;
  const Node block = statement.parent();
  if (!block) return PlatformSet::all();
  // One pass over the block records what every statement in it sees, so a block with N findings
  // costs O(N), not O(N^2) (each finding used to re-scan its preceding statements).
  PlatformSet reach = PlatformSet::all();
  forEachNamedChild(block, [&](Node current) {
    afterExits_.emplace(current.index(), reach);
    reach = reach & exitEffect(current);
  });
  const auto it = afterExits_.find(statement.index());
  return it == afterExits_.end() ? PlatformSet::all() : it->second;
}

namespace {

// A module whose file name says it serves one platform (`_pslinux.py`, `test_linux.py`,
// `windows_utils.py`, `_psosx.py`, `popen_bsd.py`; `_psposix.py`: all but Windows) is imported only
// there by the code that picks it: its importer's guard is in another file, so the name stands for
// it. A word of the name (split at `_`, `-`, `.`) counts when it is, or ends in, a platform's name, or
// starts with `posix`, `unix`, `fork` or `msvc`, or is `win`.
PlatformSet platformsNamedBy(std::string_view name) {
  struct Name {
    std::string_view word;
    PlatformSet platforms;
  };
  static constexpr Name kNames[] = {
      {"linux", PlatformSet(Platform::Linux)},    {"windows", PlatformSet(Platform::Windows)},
      {"win32", PlatformSet(Platform::Windows)},  {"darwin", PlatformSet(Platform::MacOS)},
      {"osx", PlatformSet(Platform::MacOS)},      {"macos", PlatformSet(Platform::MacOS)},
      {"bsd", PlatformSet::none()},               {"sunos", PlatformSet::none()},
      {"aix", PlatformSet::none()},               {"posix", kNotWindows},
  };
  // Words that start with a name: `posixpath`, `_msvccompiler`, `msvc9compiler` (the Microsoft
  // compiler's modules run where it does), `unixccompiler`, `unix_events`, and `popen_fork`,
  // `forkserver` (fork() exists everywhere but on Windows).
  static constexpr Name kPrefixes[] = {{"posix", kNotWindows},
                                       {"msvc", PlatformSet(Platform::Windows)},
                                       {"unix", kNotWindows},
                                       {"fork", kNotWindows}};
  PlatformSet named = PlatformSet::none();
  bool any = false;
  size_t start = 0;
  while (start <= name.size()) {
    const size_t end = std::min(name.find_first_of("_-.", start), name.size());
    const std::string lower = toLower(name.substr(start, end - start));
    // `win` only as a whole word (`win_utils.py`): `darwin` ends in it.
    if (lower == "win") {
      named = named | PlatformSet(Platform::Windows);
      any = true;
    }
    for (const Name& n : kNames) {
      if (std::string_view(lower).ends_with(n.word)) {
        named = named | n.platforms;
        any = true;
      }
    }
    for (const Name& n : kPrefixes) {
      if (std::string_view(lower).starts_with(n.word)) {
        named = named | n.platforms;
        any = true;
      }
    }
    start = end + 1;
  }
  return any ? named : PlatformSet::all();
}

// The file's name only: `_pslinux.py` is picked by its importer's platform check, but a directory
// named for a platform (`agent/linux/ip_lib.py`, `drivers/zfsonlinux/utils.py`) is a project's way of
// filing code that nothing selects per platform: it is imported unconditionally, and what it runs is
// exactly the Linux dependency a reviewer wants to see.
PlatformSet platformsNamedByModulePath(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  std::string_view stem = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (const size_t dot = stem.rfind('.'); dot != std::string_view::npos) stem = stem.substr(0, dot);
  return platformsNamedBy(stem);
}

}  // namespace

PlatformSet GuardAnalysis::reachableThroughCallers(Node function) const {
  if (const auto it = callerReach_.find(function.index()); it != callerReach_.end()) return it->second;
  const std::vector<Node>* calls = model_.localCallsOf(function);
  if (!calls) return dispatchedOn(function).value_or(PlatformSet::all());
  // While the calls are judged (a recursive call reaches this again), the function counts as
  // reachable everywhere: a guess that can only keep findings, never hide them.
  callerReach_.emplace(function.index(), PlatformSet::all());
  PlatformSet reach = PlatformSet::none();
  ++judgingCallers_;
  for (const Node call : *calls) {
    reach = reach | reachableOn(call);
    if (reach == PlatformSet::all()) break;
  }
  --judgingCallers_;
  callerReach_[function.index()] = reach;
  return reach;
}

std::optional<PlatformSet> GuardAnalysis::dispatchedOn(Node function) const {
  if (!getattrNames_) {
    getattrNames_.emplace();
    if (model_.file().text().find("getattr(") != std::string_view::npos) {
      const SyntaxTree& tree = *function.tree();
      for (uint32_t i = 0; i < tree.size(); ++i) {
        const Node call = tree.node(i);
        if (!call.is("call")) continue;
        const Node arguments = call.field("arguments");
        if (arguments && arguments.is("argument_list") && arguments.namedChildCount() >= 2 &&
            model_.qualifiedName(call.field("function")) == "builtins.getattr") {
          getattrNames_->push_back(arguments.namedChild(1));
        }
      }
    }
  }
  const std::string_view name = function.field("name").text();
  for (const Node nameExpr : *getattrNames_) {
    if (const std::optional<PlatformSet> on = platformsDispatchingTo(nameExpr, name, model_)) return on;
  }
  return std::nullopt;
}

PlatformSet GuardAnalysis::moduleMarks() const {
  if (!moduleMarks_) moduleMarks_ = runsUnderModuleMarks(model_) & platformsNamedByModulePath(model_.file().path());
  return *moduleMarks_;
}

ConditionValue GuardAnalysis::condition(Node condition) const {
  if (const auto it = conditions_.find(condition.index()); it != conditions_.end()) return it->second;
  return conditions_.emplace(condition.index(), evaluatePlatformCondition(condition, model_)).first->second;
}

PlatformSet GuardAnalysis::reachableOn(Node node) const {
  if (const auto it = reach_.find(node.index()); it != reach_.end()) return it->second;
  const PlatformSet reach = walkUp(node);
  if (judgingCallers_ == 0) reach_.emplace(node.index(), reach);
  return reach;
}

PlatformSet GuardAnalysis::walkUp(Node node) const {
  PlatformSet reach = PlatformSet::all();
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "if_statement") {
      if (child == parent.field("consequence")) {
        reach = reach & ~condition(parent.field("condition")).whenFalse;
      } else if (child.is("elif_clause") || child.is("else_clause")) {
        // Reaching a later branch means every earlier condition was false.
        reach = reach & ~condition(parent.field("condition")).whenTrue;
        for (uint32_t i = 0; i < parent.childCount() && !(parent.child(i) == child); ++i) {
          const Node clause = parent.child(i);
          if (clause.is("elif_clause")) {
            reach = reach & ~condition(clause.field("condition")).whenTrue;
          }
        }
      }
    } else if (k == "elif_clause" && child == parent.field("consequence")) {
      reach = reach & ~condition(parent.field("condition")).whenFalse;
    } else if (k == "while_statement" && child == parent.field("body")) {
      reach = reach & ~condition(parent.field("condition")).whenFalse;
    } else if (k == "conditional_expression" && parent.namedChildCount() == 3) {
      const ConditionValue c = condition(parent.namedChild(1));
      if (child == parent.namedChild(0)) reach = reach & ~c.whenFalse;
      if (child == parent.namedChild(2)) reach = reach & ~c.whenTrue;
    } else if (k == "boolean_operator" && child == parent.field("right")) {
      const ConditionValue c = condition(parent.field("left"));
      reach = reach & ~(parent.field("operator").text() == "and" ? c.whenFalse : c.whenTrue);
    } else if (k == "function_definition" && child == parent.field("body")) {
      reach = reach & reachableThroughCallers(parent);
    } else if (k == "pair" && child == parent.field("value")) {
      reach = reach & platformTableEntry(parent).value_or(PlatformSet::all());
    } else if (k == "decorated_definition" && child == parent.field("definition")) {
      reach = reach & runsUnderDecorators(parent, model_);
    } else if (k == "block" || k == "module") {
      reach = reach & afterEarlyExits(child);
      for (const Node check : overridingChecks(child, node)) {
        reach = reach & ~condition(check).whenTrue;
      }
      if (k == "module") reach = reach & moduleMarks();
    }
    if (reach.empty()) break;
  }
  return reach;
}

namespace {

// True when a condition names a system other than the targets (`util.is_FreeBSD()`,
// `sys.platform.startswith("sunos")`): false on every target because it asks about another one,
// not because it is false everywhere (`not HAVE_SSL`).
bool namesAnotherSystem(Node condition) {
  const std::string text = toLower(condition.text());
  for (const std::string_view system : {"bsd", "sunos", "solaris", "aix", "illumos", "cygwin", "hpux", "hp-ux"}) {
    if (text.find(system) != std::string::npos) return true;
  }
  return false;
}

// A check that tells platforms other than Linux apart and sends Linux, with the platforms where the
// code breaks, down the same way: known on every target, false on Linux.
bool letsLinuxCodeThrough(Node condition, PlatformSet breaksOn, const SemanticModel& model) {
  const ConditionValue c = evaluatePlatformCondition(condition, model);
  if ((c.whenTrue | c.whenFalse) != PlatformSet::all() || !c.whenFalse.contains(Platform::Linux)) return false;
  if (c.whenTrue.empty() && !namesAnotherSystem(condition)) return false;
  const PlatformSet others = c.whenFalse & ~PlatformSet(Platform::Linux);
  return !others.empty() && (others & breaksOn) == others;
}

}  // namespace

Node GuardAnalysis::checkThatLetThrough(Node node, PlatformSet breaksOn) const {
  if (const Node check = checkAbove(node, breaksOn)) return check;
  // `_ROOT_TMPDIR = "/run/cloud-init/tmp"` ... `if util.is_BSD(): ... else: return _ROOT_TMPDIR`:
  // a value kept in a variable is used where it is read.
  for (const Node read : readsOfAssignedValue(node)) {
    if (const Node check = checkAbove(read, breaksOn)) return check;
  }
  return {};
}

Node GuardAnalysis::checkAbove(Node node, PlatformSet breaksOn) const {
  // Only the branch Linux takes is the Linux branch (`if linux: ... elif darwin: ... else:` is not).
  if (!reachableOn(node).contains(Platform::Linux)) return {};
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda") return {};
    if (k == "if_statement" && (child.is("else_clause") || child.is("elif_clause"))) {
      if (letsLinuxCodeThrough(parent.field("condition"), breaksOn, model_)) return parent.field("condition");
      for (uint32_t i = 0; i < parent.childCount() && !(parent.child(i) == child); ++i) {
        const Node clause = parent.child(i);
        if (clause.is("elif_clause") && letsLinuxCodeThrough(clause.field("condition"), breaksOn, model_)) {
          return clause.field("condition");
        }
      }
    } else if (k == "block" || k == "module") {
      // A value that a check singling out another platform replaces: the rest keep it.
      for (const Node check : overridingChecks(child, node)) {
        if (letsLinuxCodeThrough(check, breaksOn, model_)) return check;
      }
      // `if util.is_FreeBSD(): return ...` before it in the same block.
      for (Node prev = child.prevNamedSibling(); prev; prev = prev.prevNamedSibling()) {
        const bool exitsAlone = prev.is("if_statement") && !hasClause(prev, "else_clause") &&
                                alwaysExits(prev.field("consequence"), model_);
        if (exitsAlone && letsLinuxCodeThrough(prev.field("condition"), breaksOn, model_)) return prev.field("condition");
      }
    }
  }
  return {};
}

}  // namespace platlint
