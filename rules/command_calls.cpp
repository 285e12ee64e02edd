#include "rules/command_calls.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/node_answers.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/scopes.h"
#include "rules/program_table.h"
#include "rules/shell_words.h"

namespace platlint {
namespace {

constexpr std::string_view kWrappers[] = {
    "oslo_concurrency.processutils.execute",
    "oslo_concurrency.processutils.trycmd",
    "*.processutils.execute",
    "*.processutils.trycmd",
    "*.utils.execute",
    "*.utils.trycmd",
    "*.privsep.*.execute",
    "*.rootwrap.execute",
    "*.rootwrap.custom_execute",
    "*._execute",
};

// Nested `sh -c "..."` inside `su -c "..."` inside ...: real commands nest once or twice.
constexpr int kMaxNesting = 3;

std::vector<std::string_view> splitDots(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t dot = s.find('.', start);
    out.push_back(s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return out;
}

bool matchComponents(std::span<const std::string_view> pattern, std::span<const std::string_view> name) {
  if (pattern.empty()) return name.empty();
  if (pattern.front() == "*") {
    for (size_t skip = 0; skip <= name.size(); ++skip) {
      if (matchComponents(pattern.subspan(1), name.subspan(skip))) return true;
    }
    return false;
  }
  return !name.empty() && pattern.front() == name.front() && matchComponents(pattern.subspan(1), name.subspan(1));
}

// `self.utils.execute` as written: identifiers and attributes only, else empty.
std::string writtenDottedName(Node expr) {
  std::vector<std::string_view> parts;
  Node n = skipParentheses(expr);
  while (n && n.is("attribute") && parts.size() < 32) {
    parts.push_back(n.field("attribute").text());
    n = skipParentheses(n.field("object"));
  }
  if (!n || !n.is("identifier")) return {};
  std::string out(n.text());
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    out += '.';
    out += *it;
  }
  return out;
}

bool isTrue(Node n) {
  n = skipParentheses(n);
  return n && n.is("true");
}

// `self` or `cls`: the attribute is the class's when the class body assigns it.
bool isSelfAttribute(Node expr) {
  if (!expr || !expr.is("attribute")) return false;
  const Node object = skipParentheses(expr.field("object"));
  return object && object.is("identifier") && (object.text() == "self" || object.text() == "cls");
}

// The expression a name stands for: a module constant, a function-local single assignment, or a
// class attribute read through `self` (`stdin2out = ["cat"]` ... `subp(self.stdin2out)`).
Node resolveName(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (isSelfAttribute(expr)) {
    const Node v = classAttributeValue(expr, expr.field("attribute").text());
    return v ? skipParentheses(v) : expr;
  }
  if (!expr || !expr.is("identifier")) return expr;
  if (const Node v = model.singleAssignment(expr.text())) return skipParentheses(v);
  if (const Node v = localSingleAssignment(expr, expr.text())) return skipParentheses(v);
  return expr;
}

bool looksLikeLocalExecutor(std::string_view qualified, std::string_view dotted, std::string_view lastName);
bool isListOrTuple(Node n);

// The functions of this file that a loop variable takes from a table of pairs:
// `for pfix, root_cmd in RESIZE_FS_PREFIXES_CMDS` with `RESIZE_FS_PREFIXES_CMDS = [("btrfs",
// _resize_btrfs), ...]` gives every function in `root_cmd`'s column. Empty when `variable` is not
// bound so, or a row holds anything but a function of this file.
std::vector<Node> functionsOfTableLoop(Node variable, const SemanticModel& model) {
  for (Node n = variable.parent(); n && !n.is("function_definition") && !n.is("module"); n = n.parent()) {
    if (!n.is("for_statement")) continue;
    const Node target = n.field("left");
    if (!target || !(target.is("pattern_list") || target.is("tuple_pattern"))) continue;
    uint32_t column = target.namedChildCount();
    for (uint32_t i = 0; i < target.namedChildCount(); ++i) {
      const Node t = target.namedChild(i);
      if (t.is("identifier") && t.text() == variable.text()) column = i;
    }
    if (column == target.namedChildCount()) continue;
    const Node table = resolveName(n.field("right"), model);
    if (!isListOrTuple(table)) return {};
    std::vector<Node> functions;
    for (uint32_t i = 0; i < table.namedChildCount() && functions.size() < 16; ++i) {
      const Node row = skipParentheses(table.namedChild(i));
      const Node cell = row && row.is("tuple") && column < row.namedChildCount() ? skipParentheses(row.namedChild(column)) : Node{};
      const Node f = cell && cell.is("identifier") ? model.functionDefinition(cell.text()) : Node{};
      if (!f) return {};
      functions.push_back(f);
    }
    return functions;
  }
  return {};
}

// The functions a local name is given in its branches (`resizer = None` ... `resizer = root_cmd` in
// a loop over a table of them); `None` is no function. Empty when a value is anything else.
std::vector<Node> functionsOfLocalName(Node name, const SemanticModel& model) {
  std::vector<Node> functions;
  for (const Node v : localAssignedValues(name, name.text())) {
    const Node value = skipParentheses(v);
    if (value.is("none")) continue;
    if (!value.is("identifier")) return {};
    if (const Node f = model.functionDefinition(value.text())) {
      functions.push_back(f);
      continue;
    }
    const std::vector<Node> column = functionsOfTableLoop(value, model);
    if (column.empty()) return {};
    functions.insert(functions.end(), column.begin(), column.end());
  }
  return functions;
}

// The functions of this file a call may reach: `helper(...)`, `self.helper(...)`, a dispatch
// table of them (`RESIZERS[kind](...)`, or through a name assigned that: `r = RESIZERS[kind]; r(...)`),
// and a name picked from a table of pairs in a loop (see functionsOfTableLoop).
std::vector<Node> calledDefinitions(Node call, const SemanticModel& model) {
  Node callee = skipParentheses(call.field("function"));
  if (callee && callee.is("identifier") && !model.functionDefinition(callee.text())) {
    if (std::vector<Node> picked = functionsOfLocalName(callee, model); !picked.empty()) return picked;
  }
  if (callee && callee.is("identifier") && !model.functionDefinition(callee.text())) callee = resolveName(callee, model);
  if (!callee) return {};
  if (callee.is("identifier")) {
    if (const Node f = model.functionDefinition(callee.text())) return {f};
    return {};
  }
  if (isSelfAttribute(callee)) {
    if (const Node f = methodDefinition(callee, callee.field("attribute").text())) return {f};
    return {};
  }
  if (!callee.is("subscript")) return {};
  const Node table = resolveName(callee.field("value"), model);
  if (!table || !table.is("dictionary")) return {};
  std::vector<Node> functions;
  for (uint32_t i = 0; i < table.namedChildCount() && functions.size() < 16; ++i) {
    const Node pair = table.namedChild(i);
    if (!pair.is("pair")) continue;
    const Node value = skipParentheses(pair.field("value"));
    const Node f = value && value.is("identifier") ? model.functionDefinition(value.text()) : Node{};
    if (!f) return {};  // a table of other things: not a dispatch of helpers
    functions.push_back(f);
  }
  return functions;
}

// What a call to helpers of this file gives: every value they return (`return ("xfs_growfs", mount)`).
std::vector<Node> returnedByCall(Node call, const SemanticModel& model) {
  std::vector<Node> values;
  for (const Node f : calledDefinitions(call, model)) {
    const std::vector<Node> returned = returnedValues(f);
    if (returned.empty()) return {};
    values.insert(values.end(), returned.begin(), returned.end());
  }
  return values;
}

// stringValue, also through a function-local single assignment.
std::optional<FoldedString> valueOf(Node expr, const SemanticModel& model) {
  if (auto v = model.stringValue(expr)) return v;
  const Node resolved = resolveName(expr, model);
  if (resolved && !(resolved == skipParentheses(expr))) return model.stringValue(resolved);
  return std::nullopt;
}

// Words of a string that shlex.split()/str.split() would produce (quotes removed).
std::vector<std::string> plainWords(std::string_view s, bool complete) {
  std::vector<std::string> out;
  for (const auto& segment : shellSegments(s, complete)) out.insert(out.end(), segment.begin(), segment.end());
  return out;
}

bool isListOrTuple(Node n) { return n && (n.is("list") || n.is("tuple")); }

std::vector<Node> elementsOf(Node seq) {
  std::vector<Node> out;
  for (uint32_t i = 0; i < seq.namedChildCount(); ++i) out.push_back(seq.namedChild(i));
  return out;
}

// True when the first element of a list literal names a program the tables know (`/sbin/lvs` too).
bool startsWithKnownProgram(Node seq, const SemanticModel& model) {
  if (!isListOrTuple(seq) || seq.namedChildCount() == 0) return false;
  const auto v = valueOf(seq.namedChild(0), model);
  if (!v || !v->complete) return false;
  const std::string_view name = std::string_view(v->value).substr(v->value.rfind('/') + 1);
  return knownProgram(name);
}

// A list or tuple literal, directly, in parentheses, or through a name assigned once.
Node sequenceLiteral(Node expr, const SemanticModel& model) {
  expr = resolveName(expr, model);
  // `["ip", "link"] + extra`: the literal gives the leading words. `self._root_prefix + ["vgs", ...]`
  // with an unknown prefix (a root helper, `sudo`): the right-hand literal, when it starts with a
  // program the tables know.
  while (expr && expr.is("binary_operator") && expr.field("operator").text() == "+") {
    const Node left = resolveName(expr.field("left"), model);
    const Node right = resolveName(expr.field("right"), model);
    if (!isListOrTuple(left) && !(left && left.is("binary_operator")) && startsWithKnownProgram(right, model)) {
      return right;
    }
    expr = left;
  }
  if (isListOrTuple(expr)) return expr;
  return {};
}

// `c and a or b`, the conditional expression written before Python had one: {a, b}.
std::vector<Node> andOrBranches(Node expr) {
  if (!expr || !expr.is("boolean_operator") || expr.field("operator").text() != "or") return {};
  const Node left = skipParentheses(expr.field("left"));
  if (!left || !left.is("boolean_operator") || left.field("operator").text() != "and") return {};
  return {left.field("right"), expr.field("right")};
}

// `[str(a) for a in x]` (or `[a for a in x]`): x, whose words str() keeps; else null.
Node stringifiedSequence(Node expr, const SemanticModel& model) {
  if (!expr.is("list_comprehension") || expr.namedChildCount() != 2) return {};
  const Node clause = expr.namedChild(1);
  if (!clause.is("for_in_clause") || clause.namedChildCount() != 2) return {};
  const Node variable = clause.field("left");
  Node body = skipParentheses(expr.field("body"));
  if (!variable || !variable.is("identifier") || !body) return {};
  if (body.is("call") && model.qualifiedName(body.field("function")) == "builtins.str") {
    const CallArguments args = argumentsOf(body);
    if (args.positional.size() != 1 || !args.keywords.empty()) return {};
    body = skipParentheses(args.positional.front());
  }
  return body && body.is("identifier") && body.text() == variable.text() ? clause.field("right") : Node{};
}

// `x[:]`, `list(x)`, `tuple(x)`, `x.copy()` and `[str(a) for a in x]`: the sequence copied
// (`cmd = base[:]; cmd.append(...)`), else null.
Node copiedSequence(Node expr, const SemanticModel& model) {
  if (const Node source = stringifiedSequence(expr, model)) return source;
  if (expr.is("subscript")) {
    const Node index = expr.field("subscript");
    return index && index.is("slice") && index.namedChildCount() == 0 ? expr.field("value") : Node{};
  }
  if (!expr.is("call")) return {};
  const Node function = skipParentheses(expr.field("function"));
  const CallArguments args = argumentsOf(expr);
  const std::string_view copier = model.qualifiedName(function);
  if ((copier == "builtins.list" || copier == "builtins.tuple") && args.positional.size() == 1 && args.keywords.empty()) {
    return args.positional.front();
  }
  if (function.is("attribute") && function.field("attribute").text() == "copy" && args.positional.empty()) {
    return function.field("object");
  }
  return {};
}

// `def do_resize(resize_cmd): subp(resize_cmd)` called as `do_resize(resize_cmd)` in this file: the
// arguments the file's calls pass for the parameter `use` reads, when it belongs to a module-level
// function that never reassigns it and whose name does not say it runs commands (calls of those are
// reported where they are made). Empty otherwise.
std::vector<Node> argumentsForParameter(Node use) {
  Node function = use.parent();
  while (function && !function.is("function_definition") && !function.is("lambda") && !function.is("class_definition")) {
    function = function.parent();
  }
  if (!function || !function.is("function_definition") || !function.parent() || !function.parent().is("module")) return {};
  const std::string_view name = function.field("name").text();
  if (looksLikeLocalExecutor("", name, name)) return {};
  const Node params = function.field("parameters");
  int index = -1;
  for (uint32_t i = 0; params && i < params.namedChildCount(); ++i) {
    const Node p = params.namedChild(i);
    const Node id = p.is("identifier") ? p : p.is("default_parameter") || p.is("typed_default_parameter") ? p.field("name")
                                          : p.is("typed_parameter") ? p.namedChild(0) : Node{};
    if (!id || !id.is("identifier")) break;  // `*args`: no position after it is certain
    if (id.text() == use.text()) index = static_cast<int>(i);
  }
  if (index < 0) return {};
  bool reassigned = false;
  forEachAssignmentTo(function.field("body"), use.text(), [&](Node) { return reassigned = true; });
  if (reassigned) return {};
  std::vector<Node> arguments;
  const SyntaxTree& tree = *function.tree();
  const Node root = function.parent();
  constexpr size_t kMaxCalls = 8;
  for (uint32_t i = root.index(); i < tree.subtreeEnd(root); ++i) {
    const Node n = tree.node(i);
    if (!n.is("call")) continue;
    const Node callee = n.field("function");
    if (!callee || !callee.is("identifier") || callee.text() != name) continue;
    const CallArguments args = argumentsOf(n);
    const Node arg = static_cast<size_t>(index) < args.positional.size() ? args.positional[index] : args.keyword(use.text());
    if (!arg) continue;
    if (arguments.size() == kMaxCalls) return {};
    arguments.push_back(arg);
  }
  return arguments;
}

// The values a name (or `self.attribute`) is given, when they are known: every local assignment
// that reaches it, else the one value resolveName finds. Empty otherwise.
std::vector<Node> valuesOfName(Node name, const SemanticModel& model) {
  if (name.is("identifier")) {
    if (std::vector<Node> values = localAssignedValues(name, name.text()); !values.empty()) return values;
  }
  const Node resolved = resolveName(name, model);
  return resolved == name ? std::vector<Node>{} : std::vector<Node>{resolved};
}

// `for tool in ("iptables", "ip6tables"): run([tool, "-L"])`: the elements of the literal list or
// tuple (directly, or through a name assigned one) that the loop around `name` runs it over.
std::vector<Node> loopElements(Node name, const SemanticModel& model) {
  const Node iterable = loopIterable(name);
  const Node sequence = iterable ? resolveName(iterable, model) : Node{};
  if (!isListOrTuple(sequence)) return {};
  std::vector<Node> elements = elementsOf(sequence);
  std::erase_if(elements, [](Node e) { return e.is("comment"); });
  return elements;
}

// The branches an argument vector (or a word) may come from: every assignment of a local name
// assigned several times, both sides of `a if c else b` and `c and a or b`, and what the helper
// functions of this file that a call reaches return (`cmd = resizer(mount)` with
// `def _resize_xfs(mount): return ("xfs_growfs", mount)`). Empty when there is only one.
std::vector<Node> branchesOf(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  std::vector<Node> branches;
  if (expr && expr.is("identifier")) {
    branches = localAssignedValues(expr, expr.text());
    if (branches.empty()) expr = resolveName(expr, model);
  } else if (isSelfAttribute(expr)) {
    expr = resolveName(expr, model);
  }
  if (branches.empty() && expr) branches = {expr};
  // Bounded: branches of branches, and helpers that return what other helpers return.
  constexpr size_t kMaxBranches = 16;
  std::vector<Node> flat;
  std::vector<Node> work(branches.rbegin(), branches.rend());
  size_t expansions = 0;
  while (!work.empty() && flat.size() < kMaxBranches) {
    const Node b = work.back();
    work.pop_back();
    const Node inner = skipParentheses(b);
    std::vector<Node> parts;
    if (expansions < kMaxBranches && inner) {
      if (inner.is("conditional_expression") && inner.namedChildCount() == 3) {
        parts = {inner.namedChild(0), inner.namedChild(2)};
      } else if (const Node original = copiedSequence(inner, model)) {
        parts = {original};
      } else if (inner.is("call")) {
        parts = returnedByCall(inner, model);
      } else if (inner.is("identifier") || isSelfAttribute(inner)) {
        parts = valuesOfName(inner, model);
        if (parts.empty() && inner.is("identifier")) parts = argumentsForParameter(inner);
        if (parts.empty() && inner.is("identifier")) parts = loopElements(inner, model);
      } else {
        parts = andOrBranches(inner);
      }
    }
    if (parts.empty()) {
      flat.push_back(b);
      continue;
    }
    ++expansions;
    work.insert(work.end(), parts.rbegin(), parts.rend());
  }
  if (flat.size() == 1 && flat.front() == expr) return {};
  return flat;
}

// The first operand of a `+` chain (`ip_cmd` of `ip_cmd + opts + [cmd]`), through names.
Node leadingOperand(Node expr, const SemanticModel& model) {
  expr = resolveName(expr, model);
  for (int i = 0; i < 64 && expr && expr.is("binary_operator") && expr.field("operator").text() == "+"; ++i) {
    expr = resolveName(expr.field("left"), model);
  }
  return expr;
}

// The list literals of the branches: all of them when every branch is one; when a branch is
// unknown (`cmd = self._cmd`), only those that start with a program the tables know, which run
// whenever their branch is taken. A branch that concatenates onto a name with branches of its own
// (`ip_cmd = [...] if ns else ["ip"]` ... `total = ip_cmd + opts`) gives those.
std::vector<Node> branchSequences(Node expr, const SemanticModel& model, int depth = 0) {
  std::vector<Node> sequences;
  bool allKnown = true;
  for (const Node branch : branchesOf(expr, model)) {
    if (const Node seq = sequenceLiteral(branch, model)) {
      sequences.push_back(seq);
      continue;
    }
    const Node lead = depth < 2 ? leadingOperand(branch, model) : Node{};
    const std::vector<Node> inner = lead && !(lead == skipParentheses(branch)) ? branchSequences(lead, model, depth + 1)
                                                                                : std::vector<Node>{};
    if (inner.empty()) allKnown = false;
    sequences.insert(sequences.end(), inner.begin(), inner.end());
  }
  if (!allKnown) {
    std::erase_if(sequences, [&](Node seq) { return !startsWithKnownProgram(seq, model); });
  }
  return sequences;
}

// A list or tuple literal, or branches that are (see branchSequences).
bool isArgumentVector(Node expr, const SemanticModel& model) {
  return sequenceLiteral(expr, model) || !branchSequences(expr, model).empty();
}

// `"ip addr".split()` / `shlex.split("ip addr")`: the split string, else null.
Node splitSource(Node expr, const SemanticModel& model) {
  expr = resolveName(expr, model);
  if (!expr || !expr.is("call")) return {};
  const Node function = expr.field("function");
  const CallArguments args = argumentsOf(expr);
  if (model.qualifiedName(function) == "shlex.split" && args.positional.size() == 1) return args.positional[0];
  if (function.is("attribute") && function.field("attribute").text() == "split" && args.positional.empty() &&
      args.keywords.empty()) {
    return function.field("object");
  }
  return {};
}

std::string_view basename(std::string_view word) {
  const size_t slash = word.rfind('/');
  return slash == std::string_view::npos ? word : word.substr(slash + 1);
}

bool isAssignment(std::string_view word) {
  const size_t eq = word.find('=');
  if (eq == std::string_view::npos || eq == 0) return false;
  if (!(std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '_')) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(eq),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// True while the words so far only launch the program that comes next (`sudo`, `env LANG=C`).
bool programComesNext(const std::vector<CommandWord>& argv) {
  return std::all_of(argv.begin(), argv.end(), [](const CommandWord& w) {
    const std::string_view name = basename(w.text);
    return name == "sudo" || name == "doas" || name == "pkexec" || name == "env" || w.text.starts_with('-') ||
           isAssignment(w.text);
  });
}

// The values a word of an argument vector may have: its string value; in the program's place
// also every branch's, when each is a known string (`app = "zpool" if pool else "zfs"`), or a
// program family the tables know by the prefix an f-string gives (`f"mkfs.{fs}"` -> `mkfs.*`).
// Empty when unknown. A value taken from a branch comes with the branch, where it is written.
struct WordValue {
  std::string text;
  Node written = {};
};

// A word written around one name (`f"{tool}-save"`, `tool + "-save"`, `"%s-save" % tool`,
// `"{}-save".format(tool)`): the name, and the text before and after it. Null name otherwise.
struct NameInText {
  Node name;
  std::string before;
  std::string after;
};

NameInText nameInText(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr) return {};
  const auto literal = [&](Node n) { return n && n.is("string") ? model.stringValue(n) : std::nullopt; };
  // `name` in place of the one `mark` of `text` ("%s", "{}").
  const auto placeholder = [](Node name, const std::string& text, std::string_view mark) -> NameInText {
    const size_t at = text.find(mark);
    if (at == std::string::npos || text.find(mark, at + 1) != std::string::npos) return {};
    return {name, text.substr(0, at), text.substr(at + mark.size())};
  };
  if (expr.is("binary_operator")) {
    const std::string_view op = expr.field("operator").text();
    const Node left = skipParentheses(expr.field("left"));
    const Node right = skipParentheses(expr.field("right"));
    if (op == "+" && left.is("identifier")) {
      if (const auto r = literal(right); r && r->complete) return {left, {}, r->value};
    } else if (op == "+" && right.is("identifier")) {
      if (const auto l = literal(left); l && l->complete) return {right, l->value, {}};
    } else if (op == "%" && right.is("identifier")) {
      if (const auto l = literal(left); l && l->complete && std::count(l->value.begin(), l->value.end(), '%') == 1) {
        return placeholder(right, l->value, "%s");
      }
    }
    return {};
  }
  if (expr.is("call")) {
    const Node function = expr.field("function");
    const CallArguments args = argumentsOf(expr);
    if (!function.is("attribute") || function.field("attribute").text() != "format" || args.positional.size() != 1 ||
        !args.keywords.empty() || !skipParentheses(args.positional[0]).is("identifier")) {
      return {};
    }
    const auto text = literal(skipParentheses(function.field("object")));
    if (!text || !text->complete || std::count(text->value.begin(), text->value.end(), '{') != 1) return {};
    return placeholder(skipParentheses(args.positional[0]), text->value, "{}");
  }
  if (!expr.is("string")) return {};
  // An f-string with one plain `{name}` and literal text around it.
  NameInText found;
  for (uint32_t i = 0; i < expr.childCount(); ++i) {
    const Node part = expr.child(i);
    if (part.is("string_content")) {
      if (part.text().find_first_of("\\{}") != std::string_view::npos) return {};
      (found.name ? found.after : found.before) += part.text();
    } else if (part.is("interpolation")) {
      const Node inner = part.namedChildCount() == 1 ? part.namedChild(0) : Node{};
      if (found.name || !inner || !inner.is("identifier")) return {};
      found.name = inner;
    }
  }
  return found;
}

// The words `expr` is when it writes one name of several known values into literal text
// (`for t in ("iptables", "ip6tables"): run([f"{t}-save"])`), each with the node of its value.
std::vector<WordValue> composedValues(Node expr, const SemanticModel& model) {
  const NameInText found = nameInText(expr, model);
  if (!found.name) return {};
  std::vector<WordValue> values;
  for (const Node branch : branchesOf(found.name, model)) {
    const auto v = valueOf(branch, model);
    if (!v || !v->complete) return {};
    values.push_back({found.before + v->value + found.after, branch});
  }
  return values;
}

std::vector<WordValue> wordValues(Node expr, bool programPlace, const SemanticModel& model) {
  if (programPlace) {
    if (std::vector<WordValue> composed = composedValues(expr, model); !composed.empty()) return composed;
  }
  if (const auto v = valueOf(expr, model)) {
    // A name (`log_cmd = "logger"`) is written where it is assigned.
    const Node inner = skipParentheses(expr);
    const Node assigned = inner && (inner.is("identifier") || isSelfAttribute(inner)) ? resolveName(inner, model) : Node{};
    if (v->complete) return {{v->value, assigned == inner ? Node{} : assigned}};
    if (!programPlace) return {};
    const std::string_view family = programFamily(basename(v->value));
    return family.empty() ? std::vector<WordValue>{} : std::vector<WordValue>{{std::string(family)}};
  }
  if (!programPlace) return {};
  std::vector<WordValue> values;
  for (const Node branch : branchesOf(expr, model)) {
    const auto v = valueOf(branch, model);
    if (!v || !v->complete) return {};
    if (std::none_of(values.begin(), values.end(), [&](const WordValue& w) { return w.text == v->value; })) {
      values.push_back({v->value, branch});
    }
  }
  return values;
}

// Argument vectors being built: one, or one per value of a word with several.
using ArgvVariants = std::vector<std::vector<CommandWord>>;

// Appends the words of `elements` to every variant as far as their values are known.
void appendWords(std::span<const Node> elements, const SemanticModel& model, ArgvVariants& variants) {
  constexpr size_t kMaxVariants = 8;
  for (const Node element : elements) {
    if (element.is("comment")) continue;
    const std::vector<WordValue> values = wordValues(element, programComesNext(variants.front()), model);
    if (values.empty()) return;
    ArgvVariants grown;
    for (const auto& argv : variants) {
      for (const WordValue& value : values) {
        if (grown.size() == kMaxVariants) break;
        grown.push_back(argv);
        grown.back().push_back({value.text, element, value.written});
      }
    }
    variants = std::move(grown);
    // A program family (`mkfs.*`): the words after it are not known to belong to one program.
    if (variants.front().back().text.ends_with('*')) return;
  }
}

// The argument vectors of `inv`: the first is argv, the others otherArgvs.
void addArgvs(ArgvVariants variants, CommandInvocation& inv) {
  for (auto& argv : variants) {
    if (inv.argv.empty() && inv.otherArgvs.empty()) inv.argv = std::move(argv);
    else inv.otherArgvs.push_back(std::move(argv));
  }
}

void addSequence(Node seq, const SemanticModel& model, CommandInvocation& inv) {
  ArgvVariants variants(1);
  appendWords(elementsOf(seq), model, variants);
  addArgvs(std::move(variants), inv);
}

// Fills the command of `inv` from one expression: a shell string, an argument vector, or a
// string that Windows would split into words (a non-shell string).
void describeCommand(Node expr, const SemanticModel& model, CommandInvocation& inv) {
  inv.commandNode = expr;
  if (const Node seq = sequenceLiteral(expr, model)) {
    inv.shell = false;
    addSequence(seq, model, inv);
    return;
  }
  if (const std::vector<Node> sequences = branchSequences(expr, model); !sequences.empty()) {
    inv.shell = false;
    for (const Node seq : sequences) addSequence(seq, model, inv);
    return;
  }
  if (const Node source = splitSource(expr, model)) {
    inv.shell = false;
    if (const auto v = valueOf(source, model)) {
      for (std::string& w : plainWords(v->value, v->complete)) inv.argv.push_back({std::move(w), expr});
    }
    return;
  }
  const auto v = valueOf(expr, model);
  if (!v) return;
  if (inv.shell) {
    inv.commandLine = v->value;
    inv.commandLineComplete = v->complete;
    return;
  }
  // subprocess.run("ls -l") without a shell: POSIX looks for a program named "ls -l", Windows
  // splits the command line; either way its first word names the program.
  const auto segments = shellSegments(v->value, v->complete);
  if (!segments.empty()) {
    for (const std::string& w : segments.front()) inv.argv.push_back({w, expr});
  }
}

// Positional string arguments as argv (`execute("ip", "addr", dev)` -> ip addr); a single list
// argument is the argv itself.
void describeVarargs(const CallArguments& args, const SemanticModel& model, CommandInvocation& inv) {
  if (args.positional.empty()) {
    // execute(*cmd) with `cmd = ["lvs", ...]`
    if (args.leadingSplat && isArgumentVector(args.leadingSplat, model)) describeCommand(args.leadingSplat, model, inv);
    return;
  }
  inv.commandNode = args.positional.front();
  if (args.positional.size() == 1 && (isArgumentVector(args.positional.front(), model) ||
                                      splitSource(args.positional.front(), model))) {
    describeCommand(args.positional.front(), model, inv);
    return;
  }
  if (inv.shell) {
    describeCommand(args.positional.front(), model, inv);
    return;
  }
  ArgvVariants variants(1);
  appendWords(args.positional, model, variants);
  addArgvs(std::move(variants), inv);
}

constexpr std::string_view kSubprocessExec[] = {"run", "call", "check_call", "check_output", "Popen"};
constexpr std::string_view kShellApis[] = {"subprocess.getoutput", "subprocess.getstatusoutput", "os.system",
                                           "os.popen", "asyncio.create_subprocess_shell"};
constexpr std::string_view kExec[] = {"execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp",
                                      "execvpe", "posix_spawn", "posix_spawnp"};
constexpr std::string_view kSpawn[] = {"spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
                                       "spawnvpe"};

template <size_t N>
bool oneOf(std::string_view s, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}


bool isShell(std::string_view name) {
  return name == "sh" || name == "bash" || name == "dash" || name == "zsh" || name == "ksh";
}

// `-c`, `-ec`, `-xc`, `-lc`: a shell option cluster that ends in `c` takes the command next.
bool isCommandOption(std::string_view word) {
  return word.size() >= 2 && word.size() <= 4 && word[0] == '-' && word[1] != '-' && word.back() == 'c';
}

// Shell reserved words and builtins that only introduce the command after them.
bool isCommandPrefixWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"if", "then", "else", "elif", "do", "while", "until", "!", "{",
                                                "}", "fi", "done", "time", "exec", "command", "builtin"};
  return oneOf(w, kWords);
}

struct Word {
  std::string text;
  Node node;
  Node written = {};
  Node listed = {};
};

void programsOfWords(const std::vector<Word>& words, bool shellSegment, std::string escalation, Node escalationNode,
                     int depth, std::vector<ProgramUse>& out);

void programsOfShell(std::string_view commandLine, bool complete, Node node, const std::string& escalation,
                     Node escalationNode, int depth, std::vector<ProgramUse>& out) {
  if (depth > kMaxNesting) return;
  for (const auto& segment : shellSegments(commandLine, complete)) {
    std::vector<Word> words;
    for (const std::string& w : segment) words.push_back({w, node});
    programsOfWords(words, true, escalation, escalationNode, depth, out);
  }
}

void programsOfWords(const std::vector<Word>& words, bool shellSegment, std::string escalation, Node escalationNode,
                     int depth, std::vector<ProgramUse>& out) {
  size_t i = 0;
  const auto option = [&](std::initializer_list<std::string_view> withArgument) {
    // Skips one option word (and its argument); false at the first non-option.
    if (i >= words.size() || words[i].text.size() < 2 || words[i].text[0] != '-') return false;
    if (words[i].text == "--") {
      ++i;
      return false;
    }
    const std::string_view w = words[i].text;
    i += std::find(withArgument.begin(), withArgument.end(), w) != withArgument.end() ? 2 : 1;
    return true;
  };
  while (i < words.size()) {
    const std::string_view w = basename(words[i].text);
    if (isAssignment(words[i].text) || (shellSegment && isCommandPrefixWord(words[i].text))) {
      ++i;
    } else if (w == "sudo" || w == "doas") {
      escalation = std::string(w);
      escalationNode = words[i].node;
      ++i;
      while (option({"-u", "-g", "-C", "-D", "-p", "-R", "-T", "-U", "-r", "-t", "-h"})) {
      }
    } else if (w == "pkexec") {
      escalation = "pkexec";
      escalationNode = words[i].node;
      ++i;
      while (option({"--user"})) {
      }
    } else if (w == "su") {
      // su [options] [user] -c COMMAND: the program is the first word of COMMAND.
      for (size_t j = i + 1; j + 1 < words.size(); ++j) {
        if (words[j].text == "-c" || words[j].text == "--command") {
          programsOfShell(words[j + 1].text, true, words[j + 1].node, "su", words[i].node, depth + 1, out);
          return;
        }
      }
      out.push_back({"", {}, words[i].node, "su", words[i].node});
      return;
    } else if (w == "env") {
      // `env` is a program too, one Windows does not have: it is a use of its own, without the
      // escalation, which belongs to the program it starts.
      ProgramUse envUse;
      envUse.name = "env";
      envUse.node = words[i].node;
      envUse.written = words[i].written;  // named far above the run, like any program
      envUse.listed = words[i].listed;
      for (size_t j = i + 1; j < words.size(); ++j) envUse.args.push_back(words[j].text);
      out.push_back(std::move(envUse));
      ++i;
      while (option({"-u", "-C", "-S", "--unset", "--chdir", "--split-string"})) {
      }
    } else {
      break;
    }
  }
  if (i >= words.size()) {
    if (!escalation.empty()) out.push_back({"", {}, escalationNode, escalation, escalationNode});
    return;
  }
  ProgramUse use;
  use.name = std::string(basename(words[i].text));
  use.node = words[i].node;
  use.written = words[i].written;
  use.listed = words[i].listed;
  use.escalation = escalation;
  use.escalationNode = escalationNode;
  for (size_t j = i + 1; j < words.size(); ++j) use.args.push_back(words[j].text);
  // `test` without an expression only exits 1: a stand-in word a unit test passes to an executor
  // (`self.driver._local_execute("test")`), not a run of the utility.
  if (use.name == "test" && use.args.empty()) return;
  const bool nestedShell = isShell(use.name);
  out.push_back(std::move(use));
  if (nestedShell) {
    for (size_t j = i + 1; j + 1 < words.size(); ++j) {
      if (isCommandOption(words[j].text)) {
        programsOfShell(words[j + 1].text, true, words[j + 1].node, escalation, escalationNode, depth + 1, out);
        break;
      }
      if (words[j].text[0] != '-') break;  // a script file: its commands are not known
    }
  }
}


bool containsAny(std::string_view s, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return s.find(p) != std::string_view::npos; });
}

// A function whose name says it runs something (`subp`, `self._run`, `run_command`, an `execute=`
// parameter), but not one that only builds, checks or fakes a command, runs it on another host
// (ssh, paramiko's `exec_command`, docker's `exec_run`) or talks to a database.
// "run" as a word of a name (`run`, `_run_cmd`, `run_as_root`, `runner`, `runCommand`), not a part of
// another (`runto`, a thread controller's waitpoint; `prune`, `truncate`).
bool namesRun(std::string_view lowerName) {
  size_t start = 0;
  while (start <= lowerName.size()) {
    const size_t end = std::min(lowerName.find('_', start), lowerName.size());
    const std::string_view word = lowerName.substr(start, end - start);
    if (word == "run" || word == "runs" || word == "runner" ||
        (word.starts_with("run") && containsAny(word.substr(3), {"cmd", "command", "shell", "proc", "as"}))) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

bool looksLikeLocalExecutor(std::string_view qualified, std::string_view dotted, std::string_view lastName) {
  // Asked of every call's name.
  const LowerCaseName lowerName(lastName);
  const std::string_view last = lowerName.view();
  if (!containsAny(last, {"exec", "call", "subp", "popen", "spawn", "command", "cmd", "shell"}) && !namesRun(last)) {
    return false;
  }
  if (last.starts_with("get") || last.starts_with("_get") || last.starts_with("build") || last.starts_with("_build") ||
      last.starts_with("make") || last.starts_with("_make") || last.starts_with("format") ||
      last.starts_with("_format") || last.starts_with("parse") || last.starts_with("_parse") ||
      last.ends_with("error") || last.ends_with("exception") ||
      containsAny(last, {"assert", "mock", "fake", "stub", "test", "expect", "callback", "allow", "exec_command",
                         "exec_run", "sql", "query"})) {
    return false;
  }
  if (qualified.starts_with("unittest.mock.") || qualified.starts_with("mock.")) return false;
  // The object it is called on: a database, or another machine (`client.execute("cat ...")` of
  // an integration test, `self.ssh.run(...)`).
  const std::string whole = toLower(dotted);
  return !containsAny(whole, {"ssh", "cursor", "session", "conn", "engine", "db.", "database", "mock", "paramiko",
                              "client", "instance", "remote", "host", "guest", "server", "container"});
}

// True when `function` can hand the command to this host's executor: it names `self._execute`,
// processutils, a `utils.execute` or subprocess (`executor = self.ssh_executor if self.ssh_executor
// else self._execute`). Such a function runs the command here unless configured otherwise.
bool fallsBackToLocalExecutor(Node function) {
  const SyntaxTree& tree = *function.tree();
  for (uint32_t i = function.index(); i < tree.subtreeEnd(function); ++i) {
    const Node n = tree.node(i);
    if (!n.is("attribute")) continue;
    const std::string dotted = writtenDottedName(n);
    if (dotted.starts_with("subprocess.")) return true;
    if (std::any_of(std::begin(kWrappers), std::end(kWrappers),
                    [&](std::string_view p) { return matchesWrapperPattern(p, dotted); })) {
      return true;
    }
  }
  return false;
}

// True when `function` hands what it is given to a method of an object named for another machine
// (`return self.instance.execute(command, ...)` of an integration test's instance, `self.client.run`):
// the words looksLikeLocalExecutor() takes for a remote object.
bool delegatesToRemoteObject(Node function) {
  const SyntaxTree& tree = *function.tree();
  for (uint32_t i = function.index(); i < tree.subtreeEnd(function); ++i) {
    const Node n = tree.node(i);
    if (!n.is("call") || !n.field("function").is("attribute")) continue;
    const Node object = n.field("function").field("object");
    const std::string owner = toLower(writtenDottedName(object));
    if (!owner.empty() && containsAny(owner, {"ssh", "client", "instance", "remote", "guest", "container"})) return true;
  }
  return false;
}

// True when the file defines a function `name` (at module level or in a class) whose text mentions
// ssh (`def _execute_cmd(self, cmd): """Execute NAS command via SSH."""`) or that hands the command to
// an object named for another machine (delegatesToRemoteObject; only for the class's own method, since
// a plain name may be another class's), and that has no local
// executor to fall back on (fallsBackToLocalExecutor), or assigns `name` (in
// such a function too) a value that mentions ssh or remote (`self._run = self._remote_run`): an
// executor that may run the command on another host, whose tools are no portability problem here.
// With `inClass`, only the class the call is in is searched: `self._execute` is that class's own.
bool definedAsRemoteExecutor(Node call, std::string_view name, bool inClass = false) {
  Node root = call;
  while (root.parent() && !(inClass && root.is("class_definition"))) root = root.parent();
  std::vector<Node> stack{root};
  while (!stack.empty()) {
    Node n = stack.back();
    stack.pop_back();
    if (n.is("decorated_definition")) n = n.field("definition");
    if (!n) continue;
    if (n.is("function_definition")) {
      if (n.field("name").text() == name &&
          (toLower(n.text()).find("ssh") != std::string::npos || (inClass && delegatesToRemoteObject(n))) &&
          !fallsBackToLocalExecutor(n)) {
        return true;
      }
      // `self._gpfs_execute = self._gpfs_remote_execute` in a constructor.
      stack.push_back(n.field("body"));
      continue;
    }
    if (n.is("expression_statement") && n.namedChildCount() == 1 && n.namedChild(0).is("assignment")) {
      const Node left = n.namedChild(0).field("left");
      const Node target = left && left.is("attribute") ? left.field("attribute") : left;
      const std::string text = toLower(n.text());
      if (target && target.text() == name && (containsAny(text, {"ssh", "remote"}))) return true;
      continue;
    }
    // Statements only: expressions hold no definition or assignment statement.
    if (n.is("expression_statement") || n.is("return_statement") || n.is("comment")) continue;
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

// The command of a call to a function that looks like an executor: the first positional argument
// when it is an argument vector (a list, or a split string), else the leading positional strings,
// a single string being split into words.
void describeExecutorArguments(const CallArguments& args, const SemanticModel& model, CommandInvocation& inv) {
  if (!args.positional.empty() &&
      (isArgumentVector(args.positional.front(), model) || splitSource(args.positional.front(), model))) {
    describeCommand(args.positional.front(), model, inv);
    return;
  }
  describeVarargs(args, model, inv);
  if (inv.shell || args.positional.empty() || inv.argv.size() > 1) return;
  // One command line (`run_command("systemctl restart " + unit)`): its known words.
  const Node line = args.positional.front();
  if (const auto v = valueOf(line, model); v && v->value.find(' ') != std::string::npos) {
    inv.argv.clear();
    for (std::string& w : plainWords(v->value, v->complete)) inv.argv.push_back({std::move(w), line});
  }
}

// True when a program of the command is one the tables know, or the command escalates privileges:
// only then is a call recognised by its name alone.
bool runsKnownProgram(const CommandInvocation& inv) {
  for (const ProgramUse& p : programsOf(inv)) {
    if (!p.escalation.empty() || knownProgram(p.name)) return true;
  }
  return false;
}

}  // namespace

std::span<const std::string_view> defaultCommandWrappers() { return kWrappers; }

namespace {

// A pattern ending in a name matches only names ending in it. Checked before anything is split or
// built, because this runs for every call in every file.
bool patternEndsLike(std::string_view pattern, std::string_view lastName) {
  const std::string_view lastOfPattern = pattern.substr(pattern.rfind('.') + 1);
  return lastOfPattern == "*" || lastOfPattern == lastName;
}

}  // namespace

bool matchesWrapperPattern(std::string_view pattern, std::string_view dottedName) {
  if (dottedName.empty()) return false;
  if (!patternEndsLike(pattern, dottedName.substr(dottedName.rfind('.') + 1))) return false;
  const auto p = splitDots(pattern);
  const auto n = splitDots(dottedName);
  return matchComponents(p, n);
}

namespace {

// Words whose value comes from a constant or an earlier assignment are reported at the call's
// argument: that is where the command runs, and where platform guards apply.
CommandInvocation anchored(CommandInvocation inv) {
  const auto outside = [&](Node n) { return n.startByte() < inv.call.startByte() || n.endByte() > inv.call.endByte(); };
  const auto anchor = [&](std::vector<CommandWord>& argv) {
    for (CommandWord& w : argv) {
      // A value picked from a branch (`app = "zpool" if pool else "zfs"`) is written there.
      if (w.written && !outside(w.written)) w.written = {};
      if (outside(w.node)) {
        // A constant's name in a list kept elsewhere: the constant's value is where it is written.
        if (!w.written) w.written = w.node;
        else w.listed = w.node;
        w.node = inv.commandNode;
      }
    }
  };
  anchor(inv.argv);
  for (auto& argv : inv.otherArgvs) anchor(argv);
  return inv;
}

// A call that another call makes on its behalf: the callable and the arguments it gets.
struct ForwardedCall {
  Node function;
  CallArguments arguments;
};

// `self.assertRaises(Error, processutils.execute, "/usr/bin/env", "false")` (and
// `assertRaisesRegex(Error, pattern, f, ...)`) calls `f` with the arguments after it.
std::optional<ForwardedCall> callThroughAssertRaises(Node call) {
  const Node callee = skipParentheses(call.field("function"));
  const std::string_view last = callee.is("attribute") ? callee.field("attribute").text() : callee.text();
  if (!last.starts_with("assertRaises")) return std::nullopt;
  const size_t callable = last == "assertRaises" ? 1 : last.starts_with("assertRaisesRegex") ? 2 : 0;
  CallArguments args = argumentsOf(call);
  if (callable == 0 || args.positional.size() <= callable) return std::nullopt;
  const Node function = skipParentheses(args.positional[callable]);
  if (!function.is("identifier") && !function.is("attribute")) return std::nullopt;
  args.positional.dropFront(callable + 1);
  args.leadingSplat = {};
  return ForwardedCall{function, std::move(args)};
}

}  // namespace

namespace {

// The name a `mock.patch("subprocess.Popen")` or `mock.patch.object(subp.subprocess, "Popen")` call
// replaces (`Popen`), or empty when `expr` is no such call.
std::string patchedName(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (expr && expr.is("as_pattern")) expr = skipParentheses(expr.namedChild(0));
  if (!expr || !expr.is("call")) return {};
  // Asked of every decorator and `with` item around a command: most end in another name.
  const std::string_view last = trailingName(expr.field("function"));
  if (last != "patch" && last != "object") return {};
  const std::string callee = writtenDottedName(expr.field("function"));
  const bool object = callee == "patch.object" || callee.ends_with(".patch.object");
  if (!object && callee != "patch" && !callee.ends_with(".patch")) return {};
  const CallArguments args = argumentsOf(expr);
  const size_t index = object ? 1 : 0;
  if (args.positional.size() <= index) return {};
  const auto target = model.stringValue(args.positional[index]);
  if (!target || !target->complete) return {};
  return target->value.substr(target->value.rfind('.') + 1);
}

}  // namespace

bool runsUnderMock(Node call, std::string_view api, const SemanticModel& model) {
  // `self.provider._execute("ps")` under `@mock.patch.object(utils, "execute")`: a private wrapper
  // named for the executor it calls (leading underscores aside) runs the mock.
  const auto bare = [](std::string_view name) {
    while (name.starts_with('_')) name.remove_prefix(1);
    return name;
  };
  const std::string_view last = bare(api.substr(api.rfind('.') + 1));
  return underContextOrDecorator(call, [&](Node patch) {
    const std::string name = patchedName(patch, model);
    return !name.empty() && (name == "Popen" || bare(name) == last);
  });
}

namespace {

std::optional<CommandInvocation> unmockedCommandInvocation(Node call, const SemanticModel& model,
                                                           std::span<const std::string> extraWrappers);

}  // namespace

std::optional<CommandInvocation> commandInvocation(Node call, const SemanticModel& model,
                                                   std::span<const std::string> extraWrappers) {
  auto command = unmockedCommandInvocation(call, model, extraWrappers);
  if (command && runsUnderMock(call, command->api, model)) return std::nullopt;
  return command;
}

const std::optional<CommandInvocation>& commandInvocation(Node call, RuleContext& ctx) {
  static const std::optional<CommandInvocation> kNone;
  static constexpr char kKey = 0;
  return ctx.fileState<NodeAnswers<std::optional<CommandInvocation>>>(&kKey).get(
      call, kNone,
      [&] {
        std::optional<CommandInvocation> command =
            unmockedCommandInvocation(call, ctx.model(), ctx.settings().commandWrappers);
        if (command && !command->configuredWrapper.empty()) {
          // For UnusedWrapperCheck: the pattern is used, even where a test mocks the call.
          Fact use;
          use.kind = FactKind::WrapperUse;
          use.name = command->configuredWrapper;
          ctx.record(std::move(use), call);
        }
        if (command && runsUnderMock(call, command->api, ctx.model())) command.reset();
        return command;
      },
      [](const std::optional<CommandInvocation>& command) { return command.has_value(); });
}

namespace {

// `mock.call().netns.execute(cmd)`: a call recorded on a mock's expectation object, which a test
// compares with the calls a mock received. Nothing runs.
bool builtOnMockCall(Node function, const SemanticModel& model) {
  for (Node n = skipParentheses(function); n;) {
    if (n.is("attribute")) {
      n = skipParentheses(n.field("object"));
    } else if (n.is("call")) {
      const std::string_view q = model.qualifiedName(n.field("function"));
      if (q == "unittest.mock.call" || q == "mock.call") return true;
      n = skipParentheses(n.field("function"));
    } else {
      return false;
    }
  }
  return false;
}

std::optional<CommandInvocation> unmockedCommandInvocation(Node call, const SemanticModel& model,
                                                           std::span<const std::string> extraWrappers) {
  if (!call.is("call")) return std::nullopt;
  Node function = call.field("function");
  if (!function || !(function.is("identifier") || function.is("attribute"))) return std::nullopt;
  // Most calls run no command: their arguments are not looked at.
  std::optional<CallArguments> argumentsOfCall;
  if (const auto forwarded = callThroughAssertRaises(call)) {
    function = forwarded->function;
    argumentsOfCall = forwarded->arguments;
  }
  const auto args = [&]() -> const CallArguments& {
    if (!argumentsOfCall) argumentsOfCall = argumentsOf(call);
    return *argumentsOfCall;
  };
  CommandInvocation inv;
  inv.call = call;
  const std::string_view q = model.qualifiedName(function);
  const auto first = [&](std::string_view keyword) -> Node {
    if (!args().positional.empty()) return args().positional.front();
    return keyword.empty() ? Node{} : args().keyword(keyword);
  };

  if (q.starts_with("subprocess.") && oneOf(std::string_view(q).substr(11), kSubprocessExec)) {
    const Node cmd = first("args");
    if (!cmd) return std::nullopt;
    inv.api = q;
    inv.shell = isTrue(args().keyword("shell"));
    describeCommand(cmd, model, inv);
    return anchored(std::move(inv));
  }
  if (oneOf(q, kShellApis)) {
    const Node cmd = first(q == "subprocess.getoutput" || q == "subprocess.getstatusoutput" ? "cmd" : "");
    if (!cmd) return std::nullopt;
    inv.api = q;
    inv.shell = true;
    describeCommand(cmd, model, inv);
    return anchored(std::move(inv));
  }
  if (q.starts_with("os.") && (oneOf(std::string_view(q).substr(3), kExec) || oneOf(std::string_view(q).substr(3), kSpawn))) {
    const size_t index = oneOf(std::string_view(q).substr(3), kSpawn) ? 1 : 0;
    if (args().positional.size() <= index) return std::nullopt;
    inv.api = q;
    inv.commandNode = args().positional[index];
    if (const auto v = valueOf(inv.commandNode, model); v && v->complete) inv.argv.push_back({v->value, inv.commandNode});
    return anchored(std::move(inv));
  }
  if (q == "asyncio.create_subprocess_exec") {
    inv.api = q;
    describeVarargs(args(), model, inv);
    return anchored(std::move(inv));
  }
  if (!q.empty() && (q.starts_with("subprocess.") || q.starts_with("os.") || q.starts_with("asyncio.") ||
                     q.starts_with("builtins."))) {
    return std::nullopt;
  }
  // Most calls end in a name that no wrapper pattern ends in: they are answered before the
  // dotted name is built (this runs for every call, from two checks).
  const Node callee = skipParentheses(function);
  const std::string_view lastName = !q.empty() ? q.substr(q.rfind('.') + 1)
                                    : callee.is("attribute") ? callee.field("attribute").text()
                                                             : callee.text();
  const auto endsLike = [&](std::string_view p) { return patternEndsLike(p, lastName); };
  const auto wrappers = defaultCommandWrappers();
  // The default patterns' last names, split off once rather than at every call.
  static const std::vector<std::string_view> kWrapperLastNames = [] {
    std::vector<std::string_view> names;
    for (const std::string_view p : defaultCommandWrappers()) names.push_back(p.substr(p.rfind('.') + 1));
    return names;
  }();
  const bool mayBeWrapper =
      std::any_of(kWrapperLastNames.begin(), kWrapperLastNames.end(),
                  [&](std::string_view last) { return last == "*" || last == lastName; }) ||
      std::any_of(extraWrappers.begin(), extraWrappers.end(), endsLike);
  if (!mayBeWrapper && !looksLikeLocalExecutor(q, "", lastName)) return std::nullopt;
  if (callee.is("attribute") && builtOnMockCall(callee.field("object"), model)) return std::nullopt;
  const std::string dotted = q.empty() ? writtenDottedName(function) : std::string(q);
  const auto matches = [&](std::string_view p) { return matchesWrapperPattern(p, dotted); };
  inv.api = dotted.empty() ? std::string(lastName) : dotted;
  inv.wrapper = true;
  inv.shell = isTrue(args().keyword("shell"));
  if (mayBeWrapper) {
    if (const auto pattern = std::find_if(extraWrappers.begin(), extraWrappers.end(), matches);
        pattern != extraWrappers.end()) {
      inv.configuredWrapper = *pattern;
      describeVarargs(args(), model, inv);
      return anchored(std::move(inv));
    }
  }
  // The default `*._execute` is a convention, not a promise: a class whose own `_execute` sends
  // the command over SSH (a NAS or array driver) runs the appliance's commands, not this host's.
  if (mayBeWrapper && std::any_of(wrappers.begin(), wrappers.end(), matches)) {
    if (lastName == "_execute" && definedAsRemoteExecutor(call, lastName, /*inClass=*/true)) return std::nullopt;
    describeVarargs(args(), model, inv);
    return anchored(std::move(inv));
  }
  // Not a known wrapper: a function named like an executor counts when it runs a program the
  // tables know (`subp.subp(["ip", ...])`, `self._run("systemctl", ...)`).
  if (!looksLikeLocalExecutor(q, dotted, lastName) || (call.parent() && call.parent().is("decorator"))) {
    return std::nullopt;
  }
  describeExecutorArguments(args(), model, inv);
  // `self.execute(...)` is also looked for in the class's own methods, which may hand it to a remote object.
  const bool onSelf = callee.is("attribute") && skipParentheses(callee.field("object")).text() == "self";
  if (!runsKnownProgram(inv) || definedAsRemoteExecutor(call, lastName) ||
      (onSelf && definedAsRemoteExecutor(call, lastName, /*inClass=*/true))) {
    return std::nullopt;
  }
  inv.inferred = true;
  return anchored(std::move(inv));
}

}  // namespace

namespace {

// Arguments that only ask a program about itself (`gpart help` and `zpool version` are subcommands
// that do). Not `-v`, `-V` or `-h`: `df -h` and `mkisofs -V <label>` (the label unknown, so the
// argument vector known only up to it) do their work.
bool isProbeOption(std::string_view arg) {
  return arg == "--version" || arg == "--help" || arg == "version" || arg == "help";
}

}  // namespace

bool isAvailabilityProbe(const CommandInvocation& command, const std::vector<ProgramUse>& programs) {
  static constexpr std::string_view kMissingProgramErrors[] = {"OSError", "FileNotFoundError",
                                                               "ProcessExecutionError"};
  if (programs.size() != 1 || programs.front().args.empty() || !command.otherArgvs.empty()) return false;
  const std::vector<std::string>& args = programs.front().args;
  if (!std::all_of(args.begin(), args.end(), [](const std::string& a) { return isProbeOption(a); })) return false;
  return insideTryCatching(command.call, kMissingProgramErrors);
}

std::vector<ProgramUse> programsOf(const CommandInvocation& command) {
  std::vector<ProgramUse> out;
  if (command.shell) {
    if (!command.commandLine.empty()) {
      for (const auto& segment : shellSegments(command.commandLine, command.commandLineComplete)) {
        std::vector<Word> words;
        for (const std::string& w : segment) words.push_back({w, command.commandNode});
        const size_t first = out.size();
        programsOfWords(words, true, "", {}, 0, out);
        if (first < out.size()) out[first].viaShell = true;
      }
    }
    return out;
  }
  const auto programsOfArgv = [&](const std::vector<CommandWord>& argv) {
    std::vector<Word> words;
    for (const CommandWord& w : argv) words.push_back({w.text, w.node, w.written, w.listed});
    programsOfWords(words, false, "", {}, 0, out);
  };
  programsOfArgv(command.argv);
  for (const auto& argv : command.otherArgvs) programsOfArgv(argv);
  return out;
}

Node posixSplitOfCommand(const CommandInvocation& command, const SemanticModel& model) {
  Node expr = skipParentheses(command.commandNode);
  // `os.execvpe(args[0], args, env)`: the program is the split list's first word.
  if (expr && expr.is("subscript")) expr = expr.field("value");
  if (!expr) return {};
  const Node resolved = resolveName(expr, model);
  if (!resolved || !resolved.is("call") || model.qualifiedName(resolved.field("function")) != "shlex.split") return {};
  const CallArguments args = argumentsOf(resolved);
  if (args.positional.size() != 1 || args.keyword("posix") || args.splat()) return {};
  // A literal's words are known, and a literal holds no path of the machine it runs on.
  if (const auto v = valueOf(args.positional[0], model); v && v->complete) return {};
  return resolved;
}

}  // namespace platlint
