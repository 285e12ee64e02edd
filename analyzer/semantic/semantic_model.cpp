#include "analyzer/semantic/semantic_model.h"

#include <algorithm>
#include <array>
#include <vector>

#include "analyzer/semantic/api_catalog.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/semantic/string_literal.h"

namespace platlint {
namespace {

// Folding follows names and nested expressions; the bound keeps hostile inputs (deep nesting,
// `a = b; b = a`) from recursing without end.
constexpr int kMaxFoldDepth = 24;
constexpr size_t kMaxDottedComponents = 64;

std::string_view operatorOf(Node binary) { return binary.field("operator").kind(); }

// The identifiers a binding target introduces: `a`, `a, b`, `(a, [b, *c])`; not `a.b` or `a[0]`.
void collectTargetNames(Node target, std::vector<Node>& out) {
  std::vector<Node> stack{target};
  while (!stack.empty()) {
    Node n = stack.back();
    stack.pop_back();
    if (n.is("identifier")) {
      out.push_back(n);
    } else if (n.is("pattern_list") || n.is("tuple_pattern") || n.is("list_pattern") ||
               n.is("list_splat_pattern") || n.is("parenthesized_expression") || n.is("tuple") ||
               n.is("list") || n.is("expression_list")) {
      forEachNamedChild(n, [&](Node child) { stack.push_back(child); });
    }
  }
}

// Packages whose modules of these names re-export the standard library's module of the same
// name, cooperative ("green") versions with the same API: `from eventlet.green import subprocess`,
// `import gevent.socket as socket`. Names through them resolve to the standard library's, so the
// rules see `subprocess.Popen`.
constexpr std::string_view kReexportingPackages[] = {"eventlet.green.", "gevent."};
constexpr std::string_view kReexportedModules[] = {"os", "select", "socket", "ssl", "subprocess", "threading", "time"};

std::string standardName(std::string qualified) {
  for (const std::string_view package : kReexportingPackages) {
    if (!qualified.starts_with(package)) continue;
    const std::string_view rest = std::string_view(qualified).substr(package.size());
    const std::string_view module = rest.substr(0, rest.find('.'));
    if (std::find(std::begin(kReexportedModules), std::end(kReexportedModules), module) != std::end(kReexportedModules)) {
      return std::string(rest);
    }
  }
  return qualified;
}


// `self.assertRaises(Error, processutils.execute, "/usr/bin/env", "false")` and
// `assertRaisesRegex(Error, pattern, f, ...)`, `assertWarns...`: the arguments after the callable
// are its arguments, used as the callable uses them, not values the assertion compares.
bool passedOnByAssertion(Node argList, Node argument, std::string_view method) {
  const bool regex = method == "assertRaisesRegex" || method == "assertWarnsRegex";
  if (!regex && method != "assertRaises" && method != "assertWarns") return false;
  const uint32_t callable = regex ? 2 : 1;
  uint32_t index = 0;
  for (uint32_t i = 0; i < argList.namedChildCount(); ++i) {
    const Node a = argList.namedChild(i);
    if (a == argument) return index > callable;
    if (a.is("keyword_argument") || a.is("list_splat") || a.is("dictionary_splat")) continue;
    ++index;
  }
  return false;
}

}  // namespace

const char* useContextName(UseContext c) {
  switch (c) {
    case UseContext::PathArgument: return "path-argument";
    case UseContext::Value: return "value";
    case UseContext::Message: return "message";
    case UseContext::Docstring: return "docstring";
    case UseContext::Pattern: return "pattern";
    case UseContext::Comparison: return "comparison";
    case UseContext::Decorator: return "decorator";
    case UseContext::Key: return "key";
  }
  return "value";
}

SemanticModel::SemanticModel(const SourceFile& file, Node root) : file_(file), root_(root) { collectBindings(root); }

namespace {

// The body whose names an assignment binds: the nearest function's or class's, else the module.
// Null inside a lambda, which binds no name by assignment.
Node bindingBody(Node assignment, Node root) {
  for (Node p = assignment.parent(); p; p = p.parent()) {
    if (p.is("function_definition") || p.is("class_definition")) return p.field("body");
    if (p.is("lambda")) return {};
  }
  return root;
}

bool isIndexedScope(Node scope, Node root) {
  if (scope == root) return true;
  const Node owner = scope.parent();
  return owner && (owner.is("function_definition") || owner.is("class_definition")) && owner.field("body") == scope;
}

}  // namespace

void SemanticModel::indexAssignment(Node assignment, Node root) {
  const Node left = assignment.field("left");
  if (!left.is("identifier")) return;
  if (const Node body = bindingBody(assignment, root)) scopedAssignments_[{body.index(), left.text()}].push_back(assignment);
}

void SemanticModel::forEachAssignmentTo(Node scope, std::string_view name,
                                        const std::function<bool(Node assignment)>& visit) const {
  if (!scope || !isIndexedScope(scope, root_)) return platlint::forEachAssignmentTo(scope, name, visit);
  const auto it = scopedAssignments_.find({scope.index(), name});
  if (it == scopedAssignments_.end()) return;
  for (const Node assignment : it->second) {
    if (visit(assignment)) return;
  }
}

// `import a.b`, `import a.b as c`, `from a import b`, `from a import b as c`; not relative
// imports or `*`, which bind no name this model can qualify.
void SemanticModel::collectImport(Node statement) {
  constexpr TSFieldId nameField = FieldName("name").id;
  const bool from = statement.is("import_from_statement");
  const Node module = from ? statement.field("module_name") : Node{};
  if (from && !module.is("dotted_name")) {
    // Relative: the names are imported, but from a module this file cannot name.
    forEachChild(statement, [&](Node name, TSFieldId field) {
      if (field != nameField) return;
      const Node local = name.is("aliased_import") ? name.field("alias") : name;
      if (name.is("aliased_import")) name = name.field("name");
      if (local && name) relativeImports_.emplace(local.text(), name.text());
    });
    return;
  }
  // `name:` is a repeated field: `import a, b as c` has two.
  forEachChild(statement, [&](Node name, TSFieldId field) {
    if (field != nameField) return;
    Node alias;
    if (name.is("aliased_import")) {
      alias = name.field("alias");
      name = name.field("name");
      if (!alias.is("identifier")) return;
    }
    if (!name.is("dotted_name")) return;
    Import imp;
    imp.node = statement;
    if (!from) {
      const std::string dotted(name.text());
      // `import os.path` binds `os`; `import os.path as osp` binds `osp` to os.path.
      imp.qualifiedName = alias ? dotted : dotted.substr(0, dotted.find('.'));
      imp.localName = alias ? std::string(alias.text()) : imp.qualifiedName;
    } else {
      imp.qualifiedName = std::string(module.text()) + "." + std::string(name.text());
      imp.localName = std::string(alias ? alias.text() : name.text());
    }
    // The import keeps what it says (fix placement must not take a green `os` for `import os`);
    // the name resolves to the standard library's.
    importBindings_[imp.localName] = standardName(imp.qualifiedName);
    if (!imp.localName.empty()) importedNameShapes_[shapeRow(imp.localName)] |= shapeBit(imp.localName);
    imports_.push_back(std::move(imp));
  });
}

void SemanticModel::collectBindings(Node root) {
  // Keyed by views of the source text, which outlives the model: no string per binding.
  std::unordered_map<std::string_view, int> bindingCount;
  std::unordered_map<std::string_view, Node> candidates;
  std::unordered_map<std::string_view, Node> functionCandidates;
  std::vector<Node> names;
  if (!root) return;
  // `global X`/`nonlocal X` bind nothing themselves: the assignments they allow are counted where
  // they are, so a name only read under `global X` stays a constant.
  static const SymbolSet kBinders = {
      "import_statement", "import_from_statement", "assignment", "augmented_assignment", "for_statement",
      "for_in_clause", "function_definition", "class_definition", "parameters", "lambda_parameters",
      "as_pattern", "named_expression"};
  const SyntaxTree& tree = *root.tree();
  for (uint32_t i = root.index(); i < tree.subtreeEnd(root); ++i) {
    if (!kBinders.contains(tree.symbolAt(i))) continue;
    const Node n = tree.node(i);
    names.clear();
    const std::string_view k = n.kind();
    if (k == "import_statement" || k == "import_from_statement") {
      collectImport(n);
    } else if (k == "assignment") {
      indexAssignment(n, root);
      const Node left = n.field("left");
      const Node right = n.field("right");
      collectTargetNames(left, names);
      if (left.is("identifier") && right && !right.is("assignment")) {
        candidates[left.text()] = right;
        assignments_[left.text()].push_back(right);
      }
      // Chained `a = b = "x"`: the inner assignment is visited as a child.
    } else if (k == "augmented_assignment" || k == "for_statement" || k == "for_in_clause") {
      collectTargetNames(n.field("left"), names);
    } else if (k == "function_definition" || k == "class_definition") {
      names.push_back(n.field("name"));
      if (k == "function_definition" && n.field("name")) functionCandidates[n.field("name").text()] = n;
    } else if (k == "parameters" || k == "lambda_parameters") {
      forEachNamedChild(n, [&](Node p) {
        if (p.is("default_parameter") || p.is("typed_default_parameter")) p = p.field("name");
        else if (p.is("typed_parameter") || p.is("list_splat_pattern") || p.is("dictionary_splat_pattern")) p = p.namedChild(0);
        if (p && p.is("identifier")) names.push_back(p);
      });
    } else if (k == "as_pattern") {
      const Node alias = n.field("alias");
      if (alias) collectTargetNames(alias.namedChildCount() ? alias.namedChild(0) : alias, names);
    } else if (k == "named_expression") {
      names.push_back(n.field("name"));
    }
    for (const Node& name : names) {
      if (!name) continue;
      ++bindingCount[name.text()];
      definedNames_.insert(name.text());
    }
  }
  for (auto& [name, value] : candidates) {
    if (bindingCount[name] == 1 && !importBindings_.contains(name) && !relativeImports_.contains(name)) {
      constants_.emplace(name, value);
    }
  }
  for (auto& [name, definition] : functionCandidates) {
    if (bindingCount[name] == 1 && !importBindings_.contains(name) && !relativeImports_.contains(name)) {
      functions_.emplace(name, definition);
    }
  }
  std::erase_if(assignments_, [&](auto& entry) {
    if (static_cast<size_t>(bindingCount[entry.first]) != entry.second.size()) return true;
    if (!importBindings_.contains(entry.first)) return false;
    besideImports_.emplace(entry.first, std::move(entry.second));
    return true;
  });
  // The order scopes.h's walk meets them in (latest first, an enclosing `a = b = x` before its inner one).
  for (auto& [key, list] : scopedAssignments_) {
    std::sort(list.begin(), list.end(), [&tree](Node a, Node b) {
      const uint32_t endA = tree.subtreeEnd(a), endB = tree.subtreeEnd(b);
      return endA != endB ? endA > endB : a.index() < b.index();
    });
  }
}

std::string_view SemanticModel::qualifiedName(Node expr) const {
  expr = skipParentheses(expr);
  if (!expr) return {};
  // Names need no memo: most are neither imported nor builtins and are answered without allocating.
  if (expr.is("identifier")) return qualifiedIdentifier(expr.text());
  if (!expr.is("attribute")) return {};
  if (expr.index() >= qualifiedSlots_.size()) qualifiedSlots_.resize(expr.tree()->size(), 0);
  uint32_t& slot = qualifiedSlots_[expr.index()];
  if (slot == 0) {
    qualifiedStore_.push_back(resolveQualifiedName(expr));
    slot = static_cast<uint32_t>(qualifiedStore_.size());
  }
  return qualifiedStore_[slot - 1];
}

std::string_view SemanticModel::importBinding(std::string_view name) const {
  if (name.empty() || !(importedNameShapes_[shapeRow(name)] & shapeBit(name))) return {};
  const auto it = importBindings_.find(name);
  return it == importBindings_.end() ? std::string_view{} : std::string_view(it->second);
}

std::string_view SemanticModel::qualifiedIdentifier(std::string_view name) const {
  if (name.empty()) return {};
  if (const std::string_view imported = importBinding(name); !imported.empty()) return imported;
  const std::string_view builtin = qualifiedBuiltinName(name);
  if (!builtin.empty() && !definedNames_.contains(name)) return builtin;
  return {};
}

// For an attribute chain (`a.b.c`): the qualified name of its base name, then the attributes.
std::string SemanticModel::resolveQualifiedName(Node expr) const {
  if (!expr.is("attribute")) return {};
  // Iterative and bounded: no module path is 64 components long, and hostile input can be. The
  // base is resolved first: most chains (`self.x.y`) start from a name no import binds, and
  // those cost no allocation.
  std::array<std::string_view, kMaxDottedComponents> attributes;
  size_t count = 0;
  Node base = expr;
  while (base.is("attribute") && count < kMaxDottedComponents) {
    attributes[count++] = base.field("attribute").text();
    base = skipParentheses(base.field("object"));
  }
  if (!base.is("identifier")) return {};
  const std::string_view baseName = qualifiedName(base);
  if (baseName.empty()) return {};
  std::string q(baseName);
  while (count > 0) {
    q += '.';
    q += attributes[--count];
  }
  return standardName(std::move(q));
}

std::optional<FoldedString> SemanticModel::stringValue(Node expr) const { return fold(expr, 0); }

const std::vector<Node>* SemanticModel::assignedValues(std::string_view name) const {
  auto it = assignments_.find(name);
  return it == assignments_.end() ? nullptr : &it->second;
}

const std::vector<Node>* SemanticModel::valuesBesideImport(std::string_view name) const {
  auto it = besideImports_.find(name);
  return it == besideImports_.end() ? nullptr : &it->second;
}

std::string_view SemanticModel::importedAs(std::string_view name) const {
  if (definedNames_.contains(name)) return {};
  if (auto it = importBindings_.find(name); it != importBindings_.end()) {
    const std::string_view qualified = it->second;
    return qualified.substr(qualified.rfind('.') + 1);
  }
  if (auto it = relativeImports_.find(name); it != relativeImports_.end()) return it->second;
  return {};
}

Node SemanticModel::functionDefinition(std::string_view name) const {
  auto it = functions_.find(name);
  return it == functions_.end() ? Node{} : it->second;
}

Node SemanticModel::singleAssignment(std::string_view name) const {
  auto it = constants_.find(name);
  return it == constants_.end() ? Node{} : it->second;
}

std::optional<FoldedString> SemanticModel::fold(Node expr, int depth) const {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxFoldDepth) return std::nullopt;
  const std::string_view k = expr.kind();
  if (k == "string") return decodeStringLiteral(expr);
  if (k == "concatenated_string") {
    FoldedString out;
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      auto part = decodeStringLiteral(expr.namedChild(i));
      out.value += part.value;
      if (!part.complete) {
        out.complete = false;
        break;
      }
    }
    return out;
  }
  if (k == "identifier") {
    auto it = constants_.find(expr.text());
    if (it == constants_.end()) return std::nullopt;
    return fold(it->second, depth + 1);
  }
  if (k == "binary_operator") {
    const std::string_view op = operatorOf(expr);
    auto left = fold(expr.field("left"), depth + 1);
    if (!left) return std::nullopt;
    if (op == "%") {
      // "/proc/%d/status" % pid: known up to the first conversion.
      const size_t cut = left->value.find('%');
      if (cut != std::string::npos) {
        left->value.resize(cut);
        left->complete = false;
      }
      return left;
    }
    const bool pathJoin = op == "/" && left->pathObject;
    if (op != "+" && !pathJoin) return std::nullopt;
    if (!left->complete) return left;
    if (pathJoin && !left->value.ends_with('/')) left->value += '/';
    auto right = fold(expr.field("right"), depth + 1);
    if (!right) {
      left->complete = false;
      return left;
    }
    left->value += right->value;
    left->complete = right->complete;
    return left;
  }
  if (k == "call") return foldCall(expr, depth);
  return std::nullopt;
}

std::optional<FoldedString> SemanticModel::foldCall(Node call, int depth) const {
  const Node function = call.field("function");
  const Node args = call.field("arguments");
  if (!args || !args.is("argument_list")) return std::nullopt;
  std::vector<Node> positional;
  for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
    const Node a = args.namedChild(i);
    if (a.is("keyword_argument") || a.is("list_splat") || a.is("dictionary_splat")) continue;
    positional.push_back(a);
  }

  FoldedString out;
  const std::string_view qname = qualifiedName(function);
  const bool pathMethod = function.is("attribute") && function.field("attribute").text() == "joinpath";
  if (pathMethod || isPathJoin(qname)) {
    size_t first = 0;
    if (pathMethod) {
      auto base = fold(function.field("object"), depth + 1);
      if (!base || !base->pathObject) return std::nullopt;
      out = *base;
    } else {
      out.pathObject = isPathConstructor(qname);
      if (positional.empty()) {
        if (!out.pathObject) return std::nullopt;
        out.value = ".";
        return out;
      }
      auto head = fold(positional[0], depth + 1);
      if (!head) return std::nullopt;
      out.value = head->value;
      out.complete = head->complete;
      first = 1;
    }
    for (size_t i = first; i < positional.size() && out.complete; ++i) {
      auto part = fold(positional[i], depth + 1);
      if (part && part->value.starts_with('/')) {
        out.value = part->value;  // an absolute segment restarts the path, as os.path.join does
      } else {
        if (!out.value.empty() && !out.value.ends_with('/')) out.value += '/';
        if (part) out.value += part->value;
      }
      out.complete = part && part->complete;
    }
    return out;
  }
  if (qname == "builtins.str" || qname == "os.fsdecode" || qname == "os.fsencode" || qname == "os.fspath") {
    if (positional.size() != 1) return std::nullopt;
    auto inner = fold(positional[0], depth + 1);
    if (inner) inner->pathObject = false;
    return inner;
  }
  if (function.is("attribute") && function.field("attribute").text() == "format") {
    // "/proc/{}/status".format(pid): known up to the first replacement field.
    auto base = fold(function.field("object"), depth + 1);
    if (!base) return std::nullopt;
    const size_t cut = base->value.find('{');
    if (cut != std::string::npos) {
      base->value.resize(cut);
      base->complete = false;
    }
    return base;
  }
  return std::nullopt;
}

Node SemanticModel::valueRoot(Node literal) const {
  Node node = literal;
  for (Node parent = node.parent(); parent; parent = node.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression") {
      node = parent;
    } else if (k == "concatenated_string") {
      if (!(parent.namedChild(0) == node)) return {};
      node = parent;
    } else if (k == "binary_operator") {
      const std::string_view op = operatorOf(parent);
      if (op != "+" && op != "/" && op != "%") break;
      if (!(parent.field("left") == node)) {
        // A right operand: its value only has meaning after the left one, which is reported
        // from its own first literal when known.
        if (op == "%" || fold(parent.field("left"), 0)) return {};
        break;
      }
      node = parent;
    } else if (k == "argument_list") {
      const Node call = parent.parent();
      if (!call || !call.is("call")) break;
      const Node function = call.field("function");
      const bool joinpath = function.is("attribute") && function.field("attribute").text() == "joinpath";
      if (!joinpath && !isPathJoin(qualifiedName(function))) break;
      if (!(parent.namedChild(0) == node)) return {};
      if (joinpath) return {};  // the object is the first segment
      node = call;
    } else if (k == "attribute") {
      // "...".format(x) and Path("/x").joinpath("y") keep building the same value.
      const Node call = parent.parent();
      const std::string_view attr = parent.field("attribute").text();
      if (!(parent.field("object") == node) || !call || !call.is("call") || (attr != "format" && attr != "joinpath")) break;
      node = call;
    } else {
      break;
    }
  }
  return node;
}

UseContext SemanticModel::useContext(Node expr) const {
  Node node = expr;
  for (Node parent = node.parent(); parent; parent = node.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression" || k == "list" || k == "tuple" || k == "set" ||
        k == "expression_list" || k == "conditional_expression" || k == "boolean_operator" ||
        k == "list_splat" || k == "parenthesized_list_splat") {
      node = parent;
      continue;
    }
    if (k == "expression_statement") {
      // A bare string statement is documentation; any other bare expression is evaluated for effect.
      const bool text = node.is("string") || node.is("concatenated_string");
      return text && parent.namedChildCount() == 1 ? UseContext::Docstring : UseContext::Value;
    }
    if (k == "pair") return parent.field("key") == node ? UseContext::Key : UseContext::Value;
    if (k == "subscript") return parent.field("value") == node ? UseContext::Value : UseContext::Key;
    if (k == "comparison_operator") return UseContext::Comparison;
    if (k == "assert_statement") return parent.namedChild(0) == node ? UseContext::Comparison : UseContext::Message;
    if (k == "decorator") return UseContext::Decorator;
    if (k == "interpolation") return UseContext::Message;
    if (k == "attribute") {
      // "/proc".startswith(...) or Path("/proc/x").read_text(): the value is the receiver.
      const std::string_view attr = parent.field("attribute").text();
      if (isStringInspectionMethod(attr) || attr == "join" || attr == "split") return UseContext::Comparison;
      if (isPathMethod(attr)) return UseContext::PathArgument;
      return UseContext::Value;
    }
    Node keyword;
    Node argList = parent;
    if (k == "keyword_argument") {
      keyword = parent.field("name");
      argList = parent.parent();
    }
    if (argList && argList.is("argument_list")) {
      const Node call = argList.parent();
      if (!call || !call.is("call")) return UseContext::Value;
      if (keyword && isMessageKeyword(keyword.text())) return UseContext::Message;
      if (call.parent() && call.parent().is("decorator")) return UseContext::Decorator;
      const Node function = call.field("function");
      const std::string_view qname = qualifiedName(function);
      if (isFileSystemApi(qname)) return UseContext::PathArgument;
      if (isPatternApi(qname)) return UseContext::Pattern;
      if (isMessageFunction(qname)) return UseContext::Message;
      std::string_view last = function.is("attribute") ? function.field("attribute").text() : function.text();
      if (function.is("attribute")) {
        if (isLoggingMethod(last) || last == "write" || last == "writelines") return UseContext::Message;
        if (passedOnByAssertion(argList, keyword ? parent : node, last)) return UseContext::Value;
        if (last.starts_with("assert") || isStringInspectionMethod(last)) return UseContext::Comparison;
      }
      // gettext's conventional aliases and exception constructors carry human-readable text.
      if (last == "_" || last == "_LE" || last == "_LW" || last == "_LI" || last == "_LC" || last == "N_") {
        return UseContext::Message;
      }
      if (last.ends_with("Error") || last.ends_with("Exception") || last.ends_with("Warning") ||
          last.ends_with("Exit") || last == "fail" || last == "skipTest") {
        return UseContext::Message;
      }
      return UseContext::Value;
    }
    return UseContext::Value;
  }
  return UseContext::Value;
}

}  // namespace platlint
