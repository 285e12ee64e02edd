// PORT813: a `tempfile.NamedTemporaryFile` that is deleted on close, opened again by its name while
// it is still open. On Windows such a file is opened with O_TEMPORARY (FILE_FLAG_DELETE_ON_CLOSE)
// and without sharing, so every other open of it, by this process or a child, fails: the test that
// writes a fixture into a temporary file and hands its name to the code under test passes on Linux
// and raises PermissionError on Windows. Python's documentation says so; 3.12 added
// `delete_on_close=False` for exactly this.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "file-system", "tests"};

constexpr RuleMeta kTemporaryFileReopened{
    "PORT813", "named-temporary-file-reopened", Level::Warning,
    "Opens a `NamedTemporaryFile` again by its name while it is open, which Windows refuses",
    "Finds `tempfile.NamedTemporaryFile(...)` calls that keep the default `delete=True` (and do not pass "
    "`delete_on_close=False`), held in a `with ... as f` target, a name assigned once or an attribute of "
    "`self`, whose `f.name` is given to a call, or stored in an object (`image.locations = [loc]`, "
    "`conf[\"file\"] = f.name`), while the file is open: in the `with` body, or before `f.close()` in the same "
    "function; a file kept in `self` by a test's `setUp` is open in the class's other methods too, which run "
    "before its cleanup closes it (`self.config.name` handed to the code under test). The name may be given as it "
    "is, inside a string or container built from it (`\"file://%s\" % f.name`, an f-string, `{\"url\": ...}`), or "
    "through a name it is assigned to. Calls that only look at the name or the path's metadata are not "
    "reopenings: `os.path` functions, `os.stat`, `os.symlink`, `str()`, `len()`, logging, `print` and test "
    "assertions. Nor is a use in a test that replaces `open` around it (`@mock.patch.object(module, \"open\", "
    "mock.mock_open(...))`, `mock.patch(\"builtins.open\")`): the code it runs opens nothing by that name. "
    "The finding is at the `NamedTemporaryFile` call, where the fix goes; the use is a related location.",
    "On POSIX the name of an open temporary file can be opened again as often as needed. On Windows, "
    "`NamedTemporaryFile` opens the file with `O_TEMPORARY` so that it is removed when closed, and Windows "
    "then refuses any other open of it that does not ask for delete sharing, which `open()` and the programs "
    "a test starts never do: the second open raises `PermissionError: [Errno 13]`. Python's documentation of "
    "`NamedTemporaryFile` says the name can be used to open the file a second time only on Unix. Tests that "
    "write a fixture into a temporary file and pass its name to the code under test are the usual case.",
    "import subprocess, tempfile\n\nwith tempfile.NamedTemporaryFile(\"w\", suffix=\".ini\") as conf:\n"
    "    conf.write(CONFIG)\n    conf.flush()\n    subprocess.check_call([\"tool\", \"--config\", conf.name])",
    "import os, subprocess, tempfile\n\nwith tempfile.NamedTemporaryFile(\"w\", suffix=\".ini\", delete=False) as conf:\n"
    "    conf.write(CONFIG)\ntry:\n    subprocess.check_call([\"tool\", \"--config\", conf.name])\nfinally:\n"
    "    os.remove(conf.name)\n\n# Python 3.12+: NamedTemporaryFile(..., delete_on_close=False) keeps the file until "
    "the with block ends",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kTemporaryFileReopened};
constexpr std::string_view kNodeKinds[] = {"call"};

bool isLiteralFalse(Node value) {
  value = skipParentheses(value);
  return value && (value.is("false") || (value.is("integer") && value.text() == "0"));
}

// Calls that read a path's text or metadata without opening the file.
bool onlyLooksAtName(Node call, const SemanticModel& model) {
  const Node function = call.field("function");
  const std::string_view q = model.qualifiedName(function);
  // `os.symlink(f.name, link)` stores the name in the link without opening the file.
  if (q.starts_with("os.path.") || q == "os.stat" || q == "os.lstat" || q == "os.symlink" || q == "builtins.str" ||
      q == "builtins.len" || q == "builtins.repr" || q == "builtins.print" || q == "builtins.isinstance") {
    return true;
  }
  const std::string_view last = function.is("attribute") ? function.field("attribute").text() : function.text();
  for (const std::string_view word : {"assert", "debug", "info", "warning", "error", "exception", "log",
                                      "startswith", "endswith", "format", "join", "split", "replace", "encode"}) {
    if (last.starts_with(word)) return true;
  }
  return false;
}

// Where `expr`'s value is handed over (through string building, parentheses, a keyword, a container):
// the call it is an argument of, or the assignment that stores it in an object (`image.locations =
// [loc]`, `conf["file"] = f.name`), whose user may open it. Null when it goes nowhere such; `assigned`
// gets a plain name it is assigned to instead.
Node receiver(Node expr, Node& assigned) {
  Node child = expr;
  for (Node parent = expr.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "argument_list") return parent.parent();
    if (k == "assignment") {
      const Node left = parent.field("left");
      if (parent.field("right") != child || !left) return {};
      if (left.is("identifier")) assigned = left;
      return left.is("attribute") || left.is("subscript") ? parent : Node{};
    }
    if (k == "binary_operator" || k == "parenthesized_expression" || k == "interpolation" || k == "string" ||
        k == "concatenated_string" || k == "keyword_argument" || k == "list" || k == "tuple" || k == "pair" ||
        k == "dictionary") {
      continue;
    }
    return {};
  }
  return {};
}

struct Holder {
  std::string_view name;      // the file object as written: `f`, `self.config`
  std::vector<Node> regions;  // where the file is open: the with body, or the function after the
                              // assignment and, for a test's `setUp`, the class's other methods
  uint32_t from = 0;          // uses in the first region start after this byte
};

// `self.x = NamedTemporaryFile(...)` in a class's `setUp`: the file stays open while each test of
// the class runs (until a cleanup or `tearDown` closes it), so the other methods are its region too.
void addClassMethods(Node function, Holder& holder) {
  if (!function.is("function_definition") || function.field("name").text() != "setUp") return;
  Node block = function.parent();
  if (block && block.is("decorated_definition")) block = block.parent();
  if (!block || !block.is("block") || !block.parent() || !block.parent().is("class_definition")) return;
  forEachNamedChild(block, [&](Node member) {
    if (member.is("decorated_definition")) member = member.field("definition");
    if (member && member.is("function_definition") && member != function) holder.regions.push_back(member.field("body"));
  });
}

std::optional<Holder> holderOf(Node call) {
  const Node parent = call.parent();
  if (!parent) return std::nullopt;
  // `with NamedTemporaryFile() as f:` (a with_item's as_pattern)
  if (parent.is("as_pattern")) {
    const Node alias = parent.field("alias");
    const Node target = alias && alias.namedChildCount() == 1 ? alias.namedChild(0) : alias;
    if (!target || !target.is("identifier")) return std::nullopt;
    for (Node n = parent.parent(); n; n = n.parent()) {
      if (n.is("with_statement")) return Holder{target.text(), {n.field("body")}, call.endByte()};
    }
    return std::nullopt;
  }
  if (parent.is("assignment") && parent.field("right") == call) {
    const Node left = parent.field("left");
    const bool selfAttribute = left && left.is("attribute") && left.field("object").is("identifier") &&
                               left.field("object").text() == "self";
    if (!left || !(left.is("identifier") || selfAttribute)) return std::nullopt;
    const Node body = bindingScope(parent);  // the function's body, or the module
    if (!body) return std::nullopt;
    Holder holder{left.text(), {body}, parent.endByte()};
    if (selfAttribute && body.parent()) addClassMethods(body.parent(), holder);
    return holder;
  }
  return std::nullopt;
}

// True when `node` is `name.close()` (or `name.__exit__(...)`).
bool closes(Node node, std::string_view name) {
  if (!node.is("call")) return false;
  const Node function = node.field("function");
  if (!function.is("attribute")) return false;
  const Node object = function.field("object");
  const std::string_view method = function.field("attribute").text();
  return object.text() == name && (method == "close" || method == "__exit__");
}

// The first place in the holder's region, while the file is open, that hands its name to a call
// that may open it.
Node firstReopening(const Holder& holder, const SemanticModel& model) {
  std::vector<std::string_view> paths;  // names the file's `.name` is assigned to
  const auto reopens = [&](Node use) {
    Node assigned;
    const Node to = receiver(use, assigned);
    if (assigned) paths.push_back(assigned.text());
    if (!to) return false;
    if (to.is("assignment")) return true;
    if (onlyLooksAtName(to, model)) return false;
    // A method of the file object itself (`f.write(...)`) is no second open.
    const Node function = to.field("function");
    return !(function.is("attribute") && function.field("object").text() == holder.name);
  };
  // Depth first, children pushed last to first: each region's nodes in source order (nested
  // functions, classes and lambdas run elsewhere).
  for (size_t r = 0; r < holder.regions.size(); ++r) {
    const uint32_t from = r == 0 ? holder.from : 0;
    std::vector<Node> stack{holder.regions[r]};
    while (!stack.empty()) {
      const Node n = stack.back();
      stack.pop_back();
      if (!n || n.endByte() <= from) continue;
      if (n.is("function_definition") || n.is("class_definition") || n.is("lambda")) continue;
      if (n.startByte() >= from) {
        if (closes(n, holder.name)) break;  // what follows runs with the file closed
        if (n.is("attribute") && n.field("attribute").text() == "name") {
          if (n.field("object").text() == holder.name && reopens(n)) return n;
        } else if (n.is("identifier") && std::find(paths.begin(), paths.end(), n.text()) != paths.end()) {
          const Node parent = n.parent();
          if (parent && !(parent.is("assignment") && parent.field("left") == n) && reopens(n)) return n;
        }
      }
      for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
    }
    paths.clear();  // local names of one method mean nothing in the next
  }
  return {};
}

// True when a test patches an `open` around `node`: `@mock.patch.object(module, "open", mock_open(...))`,
// `@mock.patch("pkg.module.open")`, `with mock.patch("builtins.open"):`. The code the test runs then
// opens nothing by that name.
bool underPatchedOpen(Node node, const SemanticModel& model) {
  const auto patchesOpen = [&](Node item) {
    std::string_view name;
    const Node patch = calledInContext(item, name);
    if (!patch) return false;
    const CallArguments args = argumentsOf(patch);
    const auto literalAt = [&](size_t i) -> std::optional<std::string> {
      if (i >= args.positional.size()) return std::nullopt;
      const auto value = model.stringValue(args.positional[i]);
      return value && value->complete ? std::optional<std::string>(value->value) : std::nullopt;
    };
    if (name == "patch") {
      const auto target = literalAt(0);
      return target && (*target == "builtins.open" || target->ends_with(".open"));
    }
    if (name == "object") {
      const auto attribute = literalAt(1);
      return attribute && *attribute == "open";
    }
    return false;
  };
  return underContextOrDecorator(node, patchesOpen);
}

class TemporaryFileReopenCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT813 NamedTemporaryFile reopened by name"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node call, RuleContext& ctx) const override {
    if (!ctx.enabled(kTemporaryFileReopened)) return;
    const SemanticModel& model = ctx.model();
    if (model.qualifiedName(call.field("function")) != "tempfile.NamedTemporaryFile") return;
    const CallArguments args = argumentsOf(call);
    if (args.splat()) return;
    if (const Node del = args.keyword("delete"); del && !skipParentheses(del).is("true")) return;
    if (const Node onClose = args.keyword("delete_on_close"); onClose && isLiteralFalse(onClose)) return;
    const auto holder = holderOf(call);
    if (!holder) return;
    const Node use = firstReopening(*holder, model);
    if (!use || underPatchedOpen(use, model)) return;
    // The expression around the name (`load(self.config.name)` rather than its argument list).
    Node around = use.parent();
    if (around && around.is("argument_list")) around = around.parent();
    const std::string shown = around && around.text().size() <= 60 && around.text().find('\n') == std::string_view::npos
                                  ? std::string(around.text())
                                  : std::string(use.text());
    ctx.report(kTemporaryFileReopened, call,
               "this temporary file is deleted on close, and `" + std::string(holder->name) +
                   ".name` is opened again while it is open (line " +
                   std::to_string(ctx.file().position(use.startByte()).line) +
                   "): Windows refuses a second open of such a file (`PermissionError`); pass `delete=False` and "
                   "remove the file yourself, or, on Python 3.12+, pass `delete_on_close=False` and close the file "
                   "before the name is used, which keeps it until the `with` block ends (with the defaults that "
                   "close removes it)");
    ctx.relate(use, "`" + shown + "` uses the open file's name here");
  }
};

}  // namespace

const Check& temporaryFileReopenCheck() {
  static const TemporaryFileReopenCheck check;
  return check;
}

}  // namespace platlint
