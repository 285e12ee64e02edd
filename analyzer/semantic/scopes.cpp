#include "analyzer/semantic/scopes.h"

#include <algorithm>
#include <vector>

namespace platlint {
namespace {

// Bounds the walk over a function body when resolving a local name.
constexpr size_t kMaxLocalScan = 20000;

// True when a target such as `a, (b, name)` binds `name`.
bool bindsName(Node target, std::string_view name) {
  std::vector<Node> stack{target};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("identifier") && n.text() == name) return true;
    if (n.is("attribute") || n.is("subscript")) continue;
    for (uint32_t i = 0; i < n.namedChildCount() && stack.size() < 256; ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

}  // namespace

namespace {

// The values of every plain assignment to `name` that localSingleAssignment accepts, in order.
std::vector<Node> everyLocalAssignedValue(Node use, std::string_view name);

}  // namespace

bool isParameterOfEnclosingFunction(Node value) {
  Node function = value.parent();
  while (function && !function.is("function_definition")) {
    if (function.is("class_definition") || function.is("lambda")) return false;
    function = function.parent();
  }
  const Node params = function ? function.field("parameters") : Node{};
  for (uint32_t i = 0; params && i < params.namedChildCount(); ++i) {
    Node p = params.namedChild(i);
    if (p.is("default_parameter") || p.is("typed_default_parameter") || p.is("typed_parameter")) {
      p = p.field("name") ? p.field("name") : p.namedChild(0);
    }
    if (p && p.is("identifier") && p.text() == value.text()) return true;
  }
  return false;
}

std::vector<Node> selfAttributeAssignments(Node use) {
  Node cls = use.parent();
  while (cls && !cls.is("class_definition")) cls = cls.parent();
  std::vector<Node> out;
  if (!cls) return out;
  const std::string_view attr = use.field("attribute").text();
  std::vector<Node> stack{cls.field("body")};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("class_definition")) continue;
    if (n.is("assignment")) {
      const Node left = skipParentheses(n.field("left"));
      if (left && left.is("attribute") && left.field("attribute").text() == attr &&
          skipParentheses(left.field("object")).text() == "self" && n.field("right")) {
        out.push_back(n);
      }
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return out;
}

Node bindingScope(Node node) {
  Node n = node;
  for (Node parent = n.parent(); parent; n = parent, parent = parent.parent()) {
    if (parent.is("function_definition")) return parent.field("body");
  }
  return n;
}

void forEachAssignmentTo(Node scope, std::string_view name, const std::function<bool(Node assignment)>& visit) {
  // Children are pushed in order and popped last first: the latest assignment is seen first.
  std::vector<Node> stack{scope};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("function_definition") || n.is("class_definition") || n.is("lambda")) continue;
    if (n.is("assignment") && n.field("left").is("identifier") && n.field("left").text() == name && visit(n)) return;
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
}

namespace {

std::vector<Node> everyLocalAssignedValue(Node use, std::string_view name) {
  Node function = use.parent();
  while (function && !function.is("function_definition")) {
    if (function.is("lambda") || function.is("class_definition")) return {};
    function = function.parent();
  }
  if (!function) return {};
  const Node params = function.field("parameters");
  if (params) {
    for (uint32_t i = 0; i < params.namedChildCount(); ++i) {
      Node p = params.namedChild(i);
      if (p.is("default_parameter") || p.is("typed_default_parameter")) p = p.field("name");
      else if (p.is("typed_parameter") || p.is("list_splat_pattern") || p.is("dictionary_splat_pattern")) p = p.namedChild(0);
      if (p && p.text() == name) return {};
    }
  }
  std::vector<Node> values;
  std::vector<Node> stack{function.field("body")};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxLocalScan) {
    const Node n = stack.back();
    stack.pop_back();
    if (!n) continue;
    const std::string_view k = n.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda") continue;
    if (k == "assignment") {
      const Node left = n.field("left");
      if (left.is("identifier")) {
        // `args = [str(a) for a in args]`: its right-hand side reads the earlier value.
        const bool enclosesUse = n.startByte() <= use.startByte() && use.endByte() <= n.endByte();
        if (left.text() == name && !enclosesUse) {
          values.push_back(n.field("right"));
          if (n.startByte() > use.startByte()) return {};
        }
      } else if (left.is("subscript") ? left.field("value").text() == name
                                      : !left.is("attribute") && bindsName(left, name)) {
        return {};  // `a, cmd = ...` or `cmd[0] = ...`
      }
    } else if ((k == "for_statement" || k == "for_in_clause" || k == "with_item" || k == "named_expression" ||
                k == "global_statement" || k == "nonlocal_statement" || k == "as_pattern") &&
               n.text().find(name) != std::string_view::npos) {
      const Node target = k == "named_expression" ? n.field("name") : k == "for_statement" || k == "for_in_clause" ? n.field("left") : n;
      if (target && target.text().find(name) != std::string_view::npos) return {};
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return values;
}

}  // namespace

std::vector<Node> localAssignedValues(Node use, std::string_view name) {
  std::vector<Node> values = everyLocalAssignedValue(use, name);
  // `cmd = [a]` never reaches the use when a later `cmd = [b]` is in the same block, or in a block
  // around the use (`cmd = [a]` ... `if x: cmd = [b]; run(cmd)`).
  const auto block = [](Node value) { return value.parent().parent().parent(); };
  const auto encloses = [&](Node b) { return b && b.startByte() <= use.startByte() && use.endByte() <= b.endByte(); };
  std::vector<Node> reaching;
  for (size_t i = 0; i < values.size(); ++i) {
    const bool overwritten = std::any_of(values.begin() + static_cast<std::ptrdiff_t>(i) + 1, values.end(),
                                         [&](Node later) {
                                           return block(later) == block(values[i]) || encloses(block(later));
                                         });
    if (!overwritten) reaching.push_back(values[i]);
  }
  return reaching;
}

namespace {

// The class whose methods `use` is in (`self.x` in a method, or in a function nested in one).
Node enclosingClass(Node use) {
  for (Node n = use.parent(); n; n = n.parent()) {
    if (n.is("class_definition")) return n;
  }
  return {};
}

// The statements directly in a class body, decorated definitions unwrapped.
std::vector<Node> classStatements(Node cls) {
  std::vector<Node> out;
  const Node body = cls.field("body");
  for (uint32_t i = 0; body && i < body.namedChildCount(); ++i) {
    Node n = body.namedChild(i);
    if (n.is("decorated_definition")) n = n.field("definition");
    if (n) out.push_back(n);
  }
  return out;
}

// True when `scope` assigns `self.name` or `cls.name` anywhere (a method rebinding the attribute).
bool assignsAttribute(Node scope, std::string_view name) {
  std::vector<Node> stack{scope};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxLocalScan) {
    const Node n = stack.back();
    stack.pop_back();
    if ((n.is("assignment") || n.is("augmented_assignment")) && n.field("left").is("attribute") &&
        n.field("left").field("attribute").text() == name) {
      return true;
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

}  // namespace

Node classAttributeValue(Node use, std::string_view name) {
  const Node cls = enclosingClass(use);
  if (!cls) return {};
  Node value;
  for (const Node statement : classStatements(cls)) {
    const Node assignment = statement.is("expression_statement") && statement.namedChildCount() == 1
                                ? statement.namedChild(0)
                                : Node{};
    if (assignment && assignment.is("assignment") && bindsName(assignment.field("left"), name)) {
      if (value || !assignment.field("left").is("identifier")) return {};
      value = assignment.field("right");
    } else if ((statement.is("function_definition") || statement.is("class_definition")) &&
               statement.field("name").text() == name) {
      return {};
    }
  }
  if (!value || assignsAttribute(cls.field("body"), name)) return {};
  return value;
}

// A patch a test class's `setUp` starts for every test (`mock.patch("subprocess.Popen").start()`,
// `self.x = mock.patch.object(utils, "execute").start()`): `accept` holds for its patch call.
bool startedInSetUp(Node cls, const std::function<bool(Node)>& accept) {
  // Only test classes have a `setUp`: a look at the header spares scanning a driver's hundred methods.
  const Node name = cls.field("name");
  const Node bases = cls.field("superclasses");
  if (!(name && name.text().find("Test") != std::string_view::npos) &&
      !(bases && bases.text().find("Test") != std::string_view::npos)) {
    return false;
  }
  for (const Node statement : classStatements(cls)) {
    if (!statement.is("function_definition") || statement.field("name").text() != "setUp") continue;
    std::vector<Node> stack{statement.field("body")};
    size_t visited = 0;
    while (!stack.empty() && visited++ < kMaxLocalScan) {
      const Node n = stack.back();
      stack.pop_back();
      if (!n || n.is("function_definition") || n.is("class_definition") || n.is("lambda")) continue;
      if (n.is("call")) {
        const Node fn = n.field("function");
        if (fn && fn.is("attribute") && fn.field("attribute").text() == "start") {
          const Node patch = fn.field("object");
          if (patch && patch.is("call") && accept(patch)) return true;
        }
      }
      for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
    }
  }
  return false;
}

Node calledInContext(Node item, std::string_view& calledName) {
  item = skipParentheses(item);
  if (item && item.is("as_pattern")) item = skipParentheses(item.namedChild(0));
  if (!item || !item.is("call")) return {};
  const Node function = skipParentheses(item.field("function"));
  calledName = function.is("attribute") ? function.field("attribute").text() : function.text();
  return item;
}

bool underContextOrDecorator(Node node, const std::function<bool(Node)>& accept) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("class_definition") && startedInSetUp(n, accept)) return true;
    if (n.is("with_statement")) {
      const Node clause = n.namedChild(0);
      for (uint32_t i = 0; clause && clause.is("with_clause") && i < clause.namedChildCount(); ++i) {
        const Node item = clause.namedChild(i);
        if (item.is("with_item") && accept(item.field("value"))) return true;
      }
    } else if (n.is("decorated_definition")) {
      for (uint32_t i = 0; i < n.namedChildCount(); ++i) {
        const Node d = n.namedChild(i);
        if (d.is("decorator") && d.namedChildCount() > 0 && accept(d.namedChild(0))) return true;
      }
    }
  }
  return false;
}

Node loopIterable(Node name) {
  Node child = name;
  for (Node parent = name.parent(); parent; child = parent, parent = parent.parent()) {
    if (parent.is("function_definition") || parent.is("class_definition") || parent.is("lambda")) return {};
    if (!parent.is("for_statement") || !(child == parent.field("body"))) continue;
    const Node variable = parent.field("left");
    if (!variable || !variable.is("identifier") || variable.text() != name.text()) continue;
    bool reassigned = false;
    forEachAssignmentTo(parent.field("body"), name.text(), [&](Node) { return reassigned = true; });
    return reassigned ? Node{} : parent.field("right");
  }
  return {};
}

Node methodDefinition(Node use, std::string_view name) {
  const Node cls = enclosingClass(use);
  if (!cls) return {};
  Node found;
  for (const Node statement : classStatements(cls)) {
    if (!statement.is("function_definition") || statement.field("name").text() != name) continue;
    if (found) return {};  // redefined (a property setter, an overload)
    found = statement;
  }
  return found;
}

std::vector<Node> returnedValues(Node function) {
  std::vector<Node> values;
  std::vector<Node> stack{function.field("body")};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxLocalScan) {
    const Node n = stack.back();
    stack.pop_back();
    if (!n || n.is("function_definition") || n.is("class_definition") || n.is("lambda")) continue;
    if (n.is("yield")) return {};
    if (n.is("return_statement")) {
      if (n.namedChildCount() == 0) return {};
      values.push_back(n.namedChild(0));
      continue;
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return values;
}

Node localSingleAssignment(Node use, std::string_view name) {
  const std::vector<Node> values = everyLocalAssignedValue(use, name);
  return values.size() == 1 ? values.front() : Node{};
}

}  // namespace platlint

namespace platlint {
namespace {

// More reads than this are not followed: the value is then judged where it is written.
constexpr size_t kMaxFollowedReads = 32;

// Callees that only build a value from their arguments: `os.path.join`, `str.format`, `str`, the
// pathlib constructors.
bool buildsValueOnly(Node call) {
  const Node function = call.field("function");
  const Node name = function && function.is("attribute") ? function.field("attribute") : function;
  if (!name || !name.is("identifier")) return false;
  const std::string_view n = name.text();
  return n == "join" || n == "format" || n == "str" || n == "Path" || n == "PurePath" || n == "PosixPath" ||
         n == "PurePosixPath";
}

// Where the value `expr` only helps to build is bound: the assignment `name = ...`, or the loop
// `for name in (...)`. Null otherwise.
Node bindingBuiltFrom(Node expr) {
  Node child = expr;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "assignment" || k == "for_statement") {
      if (!(child == parent.field("right")) || !parent.field("left").is("identifier")) return {};
      for (Node up = parent.parent(); up; up = up.parent()) {
        if (up.is("function_definition")) break;
        if (up.is("class_definition")) return {};  // a class attribute, read as `self.name`
      }
      return parent;
    }
    if (k == "string" || k == "concatenated_string" || k == "interpolation" || k == "binary_operator" ||
        k == "parenthesized_expression" || k == "list" || k == "tuple" || k == "argument_list") {
      continue;
    }
    if (k == "call" && buildsValueOnly(parent)) continue;
    // `a and "/usr/bin/true" or "/bin/true"`, `x if c else y`: one of the values, not the condition.
    if (k == "boolean_operator" || (k == "conditional_expression" && !(child == parent.namedChild(1)))) continue;
    if (k == "attribute" && child == parent.field("object") && parent.parent().is("call") &&
        buildsValueOnly(parent.parent())) {
      continue;
    }
    return {};
  }
  return {};
}

// True when the identifier `n` reads a variable (not `x.name`, `name=` or a new binding of it).
bool readsVariable(Node n) {
  const Node parent = n.parent();
  if (!parent) return true;
  if (parent.is("attribute") && n == parent.field("attribute")) return false;
  if (parent.is("keyword_argument") && n == parent.field("name")) return false;
  if ((parent.is("assignment") || parent.is("augmented_assignment")) && n == parent.field("left")) return false;
  return !parent.is("parameters") && !parent.is("default_parameter") && !parent.is("typed_parameter");
}

// Appends the reads of `name` in `root` that start after `after`; false when there are too many.
bool collectReads(Node root, std::string_view name, uint32_t after, std::vector<Node>& reads) {
  std::vector<Node> stack{root};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.endByte() <= after) continue;
    if (n.is("identifier")) {
      if (n.startByte() >= after && n.text() == name && readsVariable(n)) {
        if (reads.size() >= kMaxFollowedReads) return false;
        reads.push_back(n);
      }
      continue;
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return true;
}

}  // namespace

std::vector<Node> readsOfAssignedValue(Node expr) {
  const Node binding = bindingBuiltFrom(expr);
  if (!binding) return {};
  const std::string_view name = binding.field("left").text();
  std::vector<Node> direct;
  if (binding.is("for_statement")) {
    return collectReads(binding.field("body"), name, binding.field("body").startByte(), direct) ? direct
                                                                                                : std::vector<Node>{};
  }
  if (!collectReads(bindingScope(binding), name, binding.endByte(), direct)) return {};
  std::vector<Node> reads;
  for (const Node read : direct) {
    // `for path in CANDIDATES:`: the loop variable carries the value.
    const Node loop = read.parent();
    if (loop && loop.is("for_statement") && read == loop.field("right") && loop.field("left").is("identifier")) {
      if (!collectReads(loop.field("body"), loop.field("left").text(), loop.field("body").startByte(), reads)) return {};
      continue;
    }
    if (reads.size() >= kMaxFollowedReads) return {};
    reads.push_back(read);
  }
  return reads;
}

std::vector<Node> readsOfParameter(Node function, std::string_view name) {
  const Node body = function.field("body");
  if (!body || name.empty()) return {};
  // `dev = "/dev/" + dev` still holds the caller's value in part; `dev = lookup()` does not.
  bool replaced = false;
  forEachAssignmentTo(body, name, [&](Node assignment) {
    std::vector<Node> own;
    replaced = collectReads(assignment.field("right"), name, 0, own) && own.empty();
    return replaced;
  });
  std::vector<Node> reads;
  if (replaced || !collectReads(body, name, body.startByte(), reads)) return {};
  return reads;
}

}  // namespace platlint
