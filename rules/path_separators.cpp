// PORT210 (path-list separator) and PORT211 (slash path concatenation): separators written as
// literals where os.pathsep / os.path.join belong. Unlike PORT201-208 these are not about one
// absolute path literal but about how expressions combine strings, so they have their own matchers:
// PORT210 follows `:` into PATH-like environment variables and path lists, PORT211 looks for `/`
// between a path-like operand and the next segment.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/path_use.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "path-separator"};

constexpr RuleMeta kPathListSeparator{
    "PORT210", "path-list-separator", Level::Warning,
    "Joins or splits a search path such as PATH with a hard-coded ':'",
    "Finds `\":\".join(...)` applied to path lists (names with `path` or `dirs`, lists of directories, "
    "environment search paths), `.split(\":\")` on `PATH`, `PYTHONPATH`, `LD_LIBRARY_PATH` and other "
    "search-path variables (read with `os.environ[...]`, `os.environ.get()`, `os.getenv()`), and values "
    "written to such variables that contain a literal `:`. A list with an element that names a machine is a "
    "remote location, not a search path: an address literal (`10.0.0.1`, `5.5.5.0/24`, `[fd12::10]`, the NFS "
    "wildcard `*`) or a name, or the name of a function whose call gives it, with a word such as `host`, `ip`, "
    "`addr` or `server` (`\":\".join([server_ip, export_path])`, an NFS export).",
    "The separator of search paths is `:` on Linux and macOS but `;` on Windows, where `:` is part of every "
    "drive-qualified path (`C:\\Python\\Scripts`). Splitting `PATH` on `:` there cuts `C:\\Windows` into "
    "`C` and `\\Windows`; joining with `:` produces a single nonexistent directory, so programs and "
    "modules are silently not found.",
    "os.environ[\"PATH\"] = bin_dir + \":\" + os.environ[\"PATH\"]\n"
    "for d in os.environ[\"PATH\"].split(\":\"):\n    ...\n"
    "env[\"PYTHONPATH\"] = \":\".join(sys.path)",
    "import os\nos.environ[\"PATH\"] = os.pathsep.join([bin_dir, os.environ[\"PATH\"]])\n"
    "for d in os.environ[\"PATH\"].split(os.pathsep):\n    ...\n"
    "env[\"PYTHONPATH\"] = os.pathsep.join(sys.path)",
    kWindowsOnly, kTags};

constexpr RuleMeta kSlashConcatenation{
    "PORT211", "slash-path-concatenation", Level::Note,
    "Builds a file-system path by concatenating strings with '/'",
    "Finds paths assembled from a path-like operand (a directory or file name variable, `__file__`, the "
    "result of an `os.path` or `tempfile` call) and a literal `/`: `base_dir + \"/\" + name`, "
    "`\"%s/%s\" % (dir, name)`, `\"{}/{}\".format(dir, name)`, `f\"{base_dir}/{name}\"` and "
    "`\"/\".join([dir, name])`, but only where the joined string reaches a local file-system API (`open`, "
    "`os.*` and `os.path.*` file functions, `shutil`, `pathlib.Path`, `glob`, `os.listdir`, ...): passed to one "
    "directly, or stored in a local variable the function assigns once and then passes to one. Values that go "
    "to URL, HTTP or REST calls, into messages or dictionaries, to unknown functions or out of the function "
    "(returned, stored on an object) are not reported: a '/'-joined name there is as often a URL, a route, a "
    "storage-backend name (`pool/fs`, `vg/lv`) or a path on another system. Nor is a base that is itself "
    "written with `/`: a literal, or a name bound to one (`RUN_DIR = \"/run/app\"` ... `f\"{RUN_DIR}/share\"`): "
    "nothing mixes separators there, and the literal has its own rules (PORT1xx, PORT2xx). Nor is a string handed "
    "straight to `os.path.normpath()`, `abspath()`, `realpath()` or `pathlib.Path()`, which rewrite `/` to `\\` on "
    "Windows.",
    "Windows separates paths with `\\`. Most Windows APIs accept `/` too, but the result mixes separators "
    "(`C:\\Users\\me\\project/data/file.txt`): comparing it with paths from `os.path` or `os.sep`-based "
    "splitting fails, and extended-length `\\\\?\\` paths reject `/`. Concatenation also doubles or drops separators when a part already ends "
    "with one, and ignores that a second absolute part should restart the path.",
    "config_file = conf_dir + \"/\" + name\nwith open(config_file) as f:\n    ...\n"
    "os.makedirs(\"%s/%s\" % (log_dir, instance_id))\n"
    "data = open(f\"{os.path.dirname(__file__)}/data/schema.json\").read()",
    "import os, pathlib\nconfig_file = os.path.join(conf_dir, name)\nwith open(config_file) as f:\n    ...\n"
    "os.makedirs(os.path.join(log_dir, instance_id))\n"
    "data = (pathlib.Path(__file__).parent / \"data\" / \"schema.json\").read_text()",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kPathListSeparator, &kSlashConcatenation};

constexpr int kMaxExpressionDepth = 64;
constexpr size_t kMaxPlusOperands = 256;


bool isStringLiteral(Node n) { return n && (n.is("string") || n.is("concatenated_string")); }

bool hasInterpolation(Node string) {
  for (uint32_t i = 0; i < string.namedChildCount(); ++i) {
    if (string.namedChild(i).is("interpolation")) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// PORT210
// ---------------------------------------------------------------------------------------------

// PATH, PYTHONPATH, LD_LIBRARY_PATH, MANPATH, CLASSPATH, XDG_DATA_DIRS, ...
bool isSearchPathVariable(std::string_view name) {
  if (name.empty()) return false;
  if (!std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9'); })) {
    return false;
  }
  return name.ends_with("PATH") || name.ends_with("_DIRS");
}

bool isEnvMapping(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr) return false;
  const std::string_view q = model.qualifiedName(expr);
  if (q == "os.environ" || q == "posix.environ") return true;
  if (expr.is("call")) {  // os.environ.copy(), dict(os.environ)
    const Node f = expr.field("function");
    if (f.is("attribute") && f.field("attribute").text() == "copy") return isEnvMapping(f.field("object"), model);
    return false;
  }
  const std::string n = toLower(expressionName(expr));
  return n == "env" || n == "environ" || n == "environment" || n.ends_with("_env") || n.starts_with("env_");
}

std::string foldedVariable(Node expr, const SemanticModel& model) {
  const auto v = model.stringValue(expr);
  if (!v || !v->complete || !isSearchPathVariable(v->value)) return {};
  return v->value;
}

std::string envPathRead(Node expr, const SemanticModel& model, int depth);

// An identifier assigned, in its own function (or module), from a read of a search-path variable.
std::string boundEnvPathRead(Node identifier, const SemanticModel& model, int depth) {
  if (depth > 3) return {};
  std::string read;
  model.forEachAssignmentTo(bindingScope(identifier), identifier.text(), [&](Node assignment) {
    read = envPathRead(assignment.field("right"), model, depth + 1);
    return !read.empty();
  });
  return read;
}

// `os.environ["PATH"]`, `os.environ.get("PATH", ...)`, `os.getenv("PATH")`, `os.defpath`, and names
// bound to them: the variable name, or empty.
std::string envPathRead(Node expr, const SemanticModel& model, int depth) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxExpressionDepth) return {};
  if (expr.is("subscript") && isEnvMapping(expr.field("value"), model)) {
    return foldedVariable(expr.field("subscript"), model);
  }
  if (expr.is("boolean_operator")) {
    std::string v = envPathRead(expr.field("left"), model, depth + 1);
    return v.empty() ? envPathRead(expr.field("right"), model, depth + 1) : v;
  }
  const std::string_view q = model.qualifiedName(expr);
  if (q == "os.defpath") return "PATH";
  if (expr.is("call")) {
    const Node f = expr.field("function");
    const std::string_view fq = model.qualifiedName(f);
    const bool getter = fq == "os.getenv" || fq == "os.environ.get" ||
                        (f.is("attribute") && f.field("attribute").text() == "get" && isEnvMapping(f.field("object"), model));
    if (getter) {
      const Node name = argumentsOf(expr).argument(0);
      return name ? foldedVariable(name, model) : std::string{};
    }
    return {};
  }
  if (expr.is("identifier")) return boundEnvPathRead(expr, model, depth);
  return {};
}

bool isColonLiteral(Node expr, const SemanticModel& model) {
  const auto v = model.stringValue(skipParentheses(expr));
  return v && v->complete && v->value == ":";
}

// `":".join(x)` -> x; null otherwise.
Node colonJoinArgument(Node call, const SemanticModel& model) {
  if (!call.is("call")) return {};
  const Node f = call.field("function");
  if (!f.is("attribute") || f.field("attribute").text() != "join" || !isColonLiteral(f.field("object"), model)) return {};
  return argumentsOf(call).argument(0);
}

// A literal that separates entries with ':' (not a URL, not a Windows drive).
bool colonText(std::string_view s) {
  if (s.find(':') == std::string_view::npos || s.find("://") != std::string_view::npos) return false;
  return s.find('\\') == std::string_view::npos && s.find(';') == std::string_view::npos;
}

// Whether a value built from `expr` contains ':' as a separator: in a literal part, a %-format or
// .format() template, an f-string's text, or a `":".join(...)`.
bool hasColonSeparator(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  // Bounded so a 20,000-term `+` chain costs neither the stack nor quadratic time.
  if (!expr || depth > kMaxExpressionDepth) return false;
  if (expr.is("string")) {
    if (!hasInterpolation(expr)) {
      // Only a ':' in the source, or an escape sequence, can put one in the value: most literals
      // are answered without decoding them.
      if (!containsEither(expr.text(), ':', '\\')) return false;
      const auto v = model.stringValue(expr);
      return v && colonText(v->value);
    }
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      const Node c = expr.namedChild(i);
      if (c.is("string_content") && colonText(c.text())) return true;
      if (c.is("interpolation") && hasColonSeparator(c.namedChild(0), model, depth + 1)) return true;
    }
    return false;
  }
  if (expr.is("concatenated_string")) {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      if (hasColonSeparator(expr.namedChild(i), model, depth + 1)) return true;
    }
    return false;
  }
  if (expr.is("binary_operator")) {
    const std::string_view op = expr.field("operator").kind();
    if (op == "+") return hasColonSeparator(expr.field("left"), model, depth + 1) || hasColonSeparator(expr.field("right"), model, depth + 1);
    if (op == "%") return hasColonSeparator(expr.field("left"), model, depth + 1);
    return false;
  }
  if (expr.is("call")) {
    if (colonJoinArgument(expr, model)) return true;
    const Node f = expr.field("function");
    if (f.is("attribute") && f.field("attribute").text() == "format" && isStringLiteral(skipParentheses(f.field("object")))) {
      const auto v = model.stringValue(f.field("object"));
      if (!v) return false;
      std::string text;
      int braces = 0;
      for (char c : v->value) {  // drop replacement fields: "{0:d}" has a format spec, not a separator
        if (c == '{') ++braces;
        else if (c == '}' && braces > 0) --braces;
        else if (braces == 0) text.push_back(c);
      }
      return colonText(text);
    }
  }
  return false;
}

// Calls whose result keeps the elements of their (last) argument: map(str, paths), sorted(dirs).
bool passesElementsThrough(std::string_view q) {
  return q == "builtins.map" || q == "builtins.sorted" || q == "builtins.list" || q == "builtins.tuple" ||
         q == "builtins.set" || q == "builtins.reversed" || q == "builtins.filter";
}

// An address literal: IPv4 (`10.0.0.1`), a network (`5.5.5.0/24`), IPv6 (`fd12::10`, `[fd12::10]`),
// or `*`, the any-host wildcard of an NFS export.
bool isAddressLiteral(std::string_view v) {
  if (v == "*") return true;
  if (v.size() > 2 && v.front() == '[' && v.back() == ']') v = v.substr(1, v.size() - 2);
  if (const size_t slash = v.find('/'); slash != std::string_view::npos) {
    const std::string_view prefix = v.substr(slash + 1);
    if (prefix.empty() || prefix.size() > 3 ||
        !std::all_of(prefix.begin(), prefix.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      return false;
    }
    v = v.substr(0, slash);
  }
  if (v.empty()) return false;
  int dots = 0;
  int colons = 0;
  bool hex = true;
  bool digits = true;
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '.') ++dots;
    else if (c == ':') ++colons;
    else if (!std::isxdigit(u)) hex = digits = false;
    else if (!std::isdigit(u)) digits = false;
  }
  if (colons == 0) return dots == 3 && digits;
  return colons >= 2 && hex && (dots == 0 || dots == 3);
}

// An element that names a machine: an address literal, or a name (of a value, or of the function
// whose call gives it: `self._escaped_address(addr)`) with a word `host`, `hostname`, `ip`, `ips`,
// `addr`, `address`, `server` or `node`, or `access_to`. `":".join([host, path])` is a remote
// location (an NFS export `10.0.0.1:/shares/x`, an scp target), not a list of directories.
bool namesHost(Node e, const SemanticModel& model) {
  if (const auto v = model.stringValue(e); v && v->complete) return isAddressLiteral(v->value);
  if (toLower(e.text()).find("access_to") != std::string::npos) return true;  // manila's access rules
  const Node named = e.is("call") ? e.field("function") : e;
  const std::string name = toLower(expressionName(named));
  size_t start = 0;
  while (start <= name.size()) {
    const size_t end = std::min(name.find_first_of("_.", start), name.size());
    const std::string_view word = std::string_view(name).substr(start, end - start);
    for (std::string_view w : {"host", "hostname", "ip", "ips", "addr", "address", "server", "node"}) {
      if (word == w) return true;
    }
    start = end + 1;
  }
  return false;
}

// The argument of ":".join(...) is a list of directories.
bool isPathList(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > 4) return false;
  if (!envPathRead(expr, model, 0).empty()) return true;
  if (expr.is("identifier") || expr.is("attribute")) {
    // A list of directories says so in its name; a lone `path` is as often a key path or a URL path.
    if (model.qualifiedName(expr) == "sys.path") return true;
    const std::string n = toLower(expressionName(expr));
    if (isWebValueName(expressionName(expr))) return false;
    for (std::string_view w : {"paths", "dirs", "directories", "folders", "path_list", "pathlist", "search_path",
                               "searchpath", "pythonpath", "library_path", "libpath"}) {
      if (n.find(w) != std::string::npos) return true;
    }
    return false;
  }
  if (expr.is("list") || expr.is("tuple") || expr.is("set")) {
    bool pathy = false;
    bool firstPathy = false;
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      Node e = skipParentheses(expr.namedChild(i));
      if (e.is("list_splat")) e = e.namedChild(0);
      if (isWebValueName(expressionName(e)) || namesHost(e, model)) return false;
      const auto v = model.stringValue(e);
      bool here = false;
      if (v && v->value.starts_with('/') && !v->value.starts_with("//")) here = true;
      else if (!envPathRead(e, model, 0).empty()) here = true;
      else if (isFileSystemPathName(expressionName(e)) || isPathList(e, model, depth + 1)) here = true;
      else if (e.is("call") && model.qualifiedName(e.field("function")).starts_with("os.path.")) here = true;
      if (i == 0) firstPathy = here;
      pathy = pathy || here;
    }
    // `[server, local_path]`: something that is no path, then a path, is the `host:path` of an NFS
    // export or a copy to another machine, not a list of directories.
    if (expr.namedChildCount() == 2 && !firstPathy && !expr.namedChild(0).is("list_splat")) return false;
    return pathy;
  }
  if (expr.is("call")) {
    const std::string_view q = model.qualifiedName(expr.field("function"));
    if (!passesElementsThrough(q)) return false;
    const Node args = expr.field("arguments");
    if (!args || args.namedChildCount() == 0) return false;
    return isPathList(args.namedChild(args.namedChildCount() - 1), model, depth + 1);
  }
  if (expr.is("generator_expression") || expr.is("list_comprehension")) {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      const Node c = expr.namedChild(i);
      if (c.is("for_in_clause") && isPathList(c.field("right"), model, depth + 1)) return true;
    }
    return isFileSystemPathName(expressionName(expr.field("body")));
  }
  if (expr.is("binary_operator") && expr.field("operator").kind() == "+") {
    return isPathList(expr.field("left"), model, depth + 1) || isPathList(expr.field("right"), model, depth + 1);
  }
  return false;
}

// `expr` itself, or the outermost parentheses wrapped around it.
Node outermostParentheses(Node expr) {
  Node node = expr;
  for (Node parent = node.parent(); parent && parent.is("parenthesized_expression"); parent = node.parent()) {
    node = parent;
  }
  return node;
}

// The search-path variable the value `expr` is stored into: `os.environ["PATH"] = expr`,
// `{"PATH": expr}`, `dict(PATH=expr)`, `os.putenv("PATH", expr)`, `env.setdefault("PATH", expr)`,
// `monkeypatch.setenv("PATH", expr)`.
std::string storedInto(Node expr, const SemanticModel& model) {
  const Node node = outermostParentheses(expr);
  const Node parent = node.parent();
  if (!parent) return {};
  if (parent.is("assignment") && parent.field("right") == node) {
    const Node left = parent.field("left");
    if (left.is("subscript") && isEnvMapping(left.field("value"), model)) return foldedVariable(left.field("subscript"), model);
    return {};
  }
  if (parent.is("pair") && parent.field("value") == node) return foldedVariable(parent.field("key"), model);
  if (parent.is("keyword_argument") && parent.field("value") == node) {
    const std::string_view name = parent.field("name").text();
    return isSearchPathVariable(name) ? std::string(name) : std::string{};
  }
  if (parent.is("argument_list") && parent.parent() && parent.parent().is("call")) {
    const Node call = parent.parent();
    if (!(argumentsOf(call).argument(1) == node)) return {};
    const Node f = call.field("function");
    const std::string_view q = model.qualifiedName(f);
    const std::string_view method = f.is("attribute") ? f.field("attribute").text() : std::string_view{};
    if (q == "os.putenv" || method == "setenv" || (method == "setdefault" && isEnvMapping(f.field("object"), model))) {
      return foldedVariable(argumentsOf(call).argument(0), model);
    }
  }
  return {};
}

// The search-path variable read somewhere in the value: `bin_dir + ":" + os.environ["PATH"]`.
std::string readsSearchPath(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxExpressionDepth) return {};
  if (std::string v = envPathRead(expr, model, 0); !v.empty()) return v;
  if (expr.is("binary_operator")) {
    std::string v = readsSearchPath(expr.field("left"), model, depth + 1);
    return v.empty() ? readsSearchPath(expr.field("right"), model, depth + 1) : v;
  }
  if (expr.is("string")) {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      const Node c = expr.namedChild(i);
      if (!c.is("interpolation")) continue;
      if (std::string v = readsSearchPath(c.namedChild(0), model, depth + 1); !v.empty()) return v;
    }
    return {};
  }
  if (const Node arg = colonJoinArgument(expr, model)) {
    const Node list = skipParentheses(arg);
    if (list.is("list") || list.is("tuple")) {
      for (uint32_t i = 0; i < list.namedChildCount(); ++i) {
        if (std::string v = envPathRead(list.namedChild(i), model, 0); !v.empty()) return v;
      }
    }
  }
  return {};
}

// The `":".join(...)` call inside a value, if any.
Node findColonJoin(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxExpressionDepth) return {};
  if (colonJoinArgument(expr, model)) return expr;
  if (expr.is("binary_operator")) {
    const Node l = findColonJoin(expr.field("left"), model, depth + 1);
    return l ? l : findColonJoin(expr.field("right"), model, depth + 1);
  }
  if (expr.is("string")) {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      const Node c = expr.namedChild(i);
      if (c.is("interpolation")) {
        if (const Node j = findColonJoin(c.namedChild(0), model, depth + 1)) return j;
      }
    }
  }
  return {};
}

// True when no enclosing expression continues building the same string value as `node`, so
// each value is judged once, at its outermost expression. One step up suffices: checking the
// whole chain from every node would be quadratic in long `+` chains.
bool isValueTop(Node node) {
  const Node parent = node.parent();
  if (!parent) return true;
  const std::string_view k = parent.kind();
  if (k == "parenthesized_expression" || k == "interpolation" || k == "concatenated_string" ||
      (k == "string" && node.is("interpolation"))) {
    return false;
  }
  if (k == "binary_operator") {
    const std::string_view op = parent.field("operator").kind();
    return op != "+" && op != "%";
  }
  return true;
}

std::string shortText(Node n) {
  const std::string_view t = n.text();
  if (t.size() <= 50 && t.find('\n') == std::string_view::npos) return std::string(t);
  return {};
}

void checkPathList(Node node, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  if (node.is("call")) {
    // `PATH.split(":")`
    const Node f = node.field("function");
    if (f.is("attribute") && (f.field("attribute").text() == "split" || f.field("attribute").text() == "rsplit")) {
      const Node sep = argumentsOf(node).argument(0);
      if (sep && isColonLiteral(sep, model)) {
        const std::string var = envPathRead(f.field("object"), model, 0);
        if (!var.empty()) {
          ctx.report(kPathListSeparator, node,
                     "splits `" + var + "` on `\":\"`, but Windows separates its entries with `;` (and `C:\\` "
                     "contains a colon); use `.split(os.pathsep)`");
          return;
        }
      }
    }
  }
  if (!(node.is("call") || node.is("binary_operator") || node.is("string") || node.is("concatenated_string"))) return;
  if (!isValueTop(node)) return;
  if (!hasColonSeparator(node, model)) return;
  const Node join = findColonJoin(node, model);
  std::string var = storedInto(node, model);
  const bool stored = !var.empty();
  if (var.empty()) var = readsSearchPath(node, model);
  const Node joined = join ? colonJoinArgument(join, model) : Node{};
  if (var.empty() && !(joined && isPathList(joined, model))) return;
  if (!stored) {
    const UseContext use = model.useContext(node);
    if (use == UseContext::Message || use == UseContext::Docstring || use == UseContext::Pattern) return;
  }
  const std::string list = joined ? shortText(joined) : std::string{};
  const std::string fix = join ? (list.empty() ? "use `os.pathsep.join(...)`" : "use `os.pathsep.join(" + list + ")`")
                               : "join the entries with `os.pathsep`";
  std::string message;
  if (stored) {
    message = "builds `" + var + "` with `\":\"` between entries, but Windows separates them with `;`; " + fix;
  } else if (!var.empty()) {
    message = "adds entries to `" + var + "` with `\":\"`, but Windows separates them with `;`; " + fix;
  } else {
    message = "joins " + (list.empty() ? std::string("a list of directories") : "`" + list + "`") +
              " with `\":\"`, the POSIX path-list separator (Windows uses `;`); " + fix;
  }
  ctx.report(kPathListSeparator, node, std::move(message));
}

// ---------------------------------------------------------------------------------------------
// PORT211
// ---------------------------------------------------------------------------------------------

// A value written out with '/' between its parts: a literal (`"/run/cloud-init"`) or a `+` chain of
// such literals and names bound to them. Nothing from os.path is in it, so adding '/' mixes nothing;
// the literal is the finding where it is a Linux path (PORT1xx, PORT2xx).
bool isPosixLiteralValue(Node value, const SemanticModel& model, int depth);

// A name the function, or else the file, assigns once to a '/'-written literal value.
bool boundToPosixLiteral(Node name, const SemanticModel& model, int depth) {
  if (!name.is("identifier") || depth > 3) return false;
  Node value = localSingleAssignment(name, name.text());
  if (!value && !isParameterOfEnclosingFunction(name)) value = model.singleAssignment(name.text());
  return value && isPosixLiteralValue(value, model, depth + 1);
}

bool isPosixLiteralValue(Node value, const SemanticModel& model, int depth) {
  value = skipParentheses(value);
  if (!value) return false;
  if (value.is("identifier")) return boundToPosixLiteral(value, model, depth);
  if (value.is("binary_operator") && value.field("operator").kind() == "+") {
    return isPosixLiteralValue(value.field("left"), model, depth + 1) &&
           (isStringLiteral(skipParentheses(value.field("right"))) || isPosixLiteralValue(value.field("right"), model, depth + 1));
  }
  if (!value.is("concatenated_string") && !(value.is("string") && !hasInterpolation(value))) return false;
  const auto v = model.stringValue(value);
  return v && v->complete && v->value.find('/') != std::string::npos && v->value.find('\\') == std::string::npos;
}

bool isPathLike(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr) return false;
  if (expr.is("identifier") || expr.is("attribute") || expr.is("subscript")) {
    if (readFromWebRequest(expr)) return false;
    if (boundToPosixLiteral(expr, model, 0)) return false;
    return isFileSystemPathName(expressionName(expr));
  }
  if (expr.is("call")) {
    const Node f = expr.field("function");
    const std::string_view q = model.qualifiedName(f);
    // posixpath.* is chosen on purpose for URL and archive paths, so it does not count.
    if (q.starts_with("os.path.") || q.starts_with("tempfile.") || q == "os.getcwd" || q == "os.fspath" ||
        q.starts_with("sysconfig.get_path")) {
      return q != "os.path.exists" && q != "os.path.isdir" && q != "os.path.isfile" && q != "os.path.islink" &&
             q != "os.path.getsize" && q != "os.path.getmtime" && q != "os.path.isabs" && q != "os.path.splitext";
    }
    if (q == "builtins.str") {
      const Node arg = argumentsOf(expr).argument(0);
      return arg && isPathLike(arg, model);
    }
  }
  return false;
}

bool isWebOperand(Node expr) {
  expr = skipParentheses(expr);
  if (!expr) return false;
  if (isStringLiteral(expr)) {
    const std::string_view t = expr.text();
    return t.find("://") != std::string_view::npos;
  }
  // Any name along `mirror.get_repo_urls()[0]` or `self.base_url.rstrip("/")` that says URL.
  for (Node n = expr; n;) {
    if (n.is("call")) {
      n = skipParentheses(n.field("function"));
    } else if (n.is("subscript")) {
      n = skipParentheses(n.field("value"));
    } else if (n.is("attribute")) {
      if (isWebValueName(n.field("attribute").text())) return true;
      n = skipParentheses(n.field("object"));
    } else {
      if (n.is("identifier") && isWebValueName(n.text())) return true;
      break;
    }
  }
  return readFromWebRequest(expr);
}

// The literal text a string starts with (f-strings up to the first field).
std::string literalPrefix(Node s, const SemanticModel& model) {
  const auto v = model.stringValue(s);
  return v ? v->value : std::string{};
}

// f"{base_dir}/{name}": a path-like field directly followed by text starting with '/'.
bool fStringJoinsPath(Node s, const SemanticModel& model) {
  if (!s.is("string") || !hasInterpolation(s)) return false;
  bool found = false;
  for (uint32_t i = 0; i < s.namedChildCount(); ++i) {
    const Node c = s.namedChild(i);
    if (c.is("string_content") && c.text().find("://") != std::string_view::npos) return false;
    if (c.is("interpolation")) {
      const Node e = c.namedChild(0);
      if (isWebOperand(e)) return false;
      const Node next = c.nextNamedSibling();
      // `f"{dir}/"` alone only adds a trailing slash; a join has a segment after it.
      const bool segmentFollows = next && next.is("string_content") && next.text().starts_with('/') &&
                                  (next.text().size() > 1 || (next.nextNamedSibling() && next.nextNamedSibling().is("interpolation")));
      if (segmentFollows && isPathLike(e, model)) found = true;
    }
  }
  return found;
}

// The operands of a `+` chain, left to right; iterative, and at most kMaxPlusOperands of them.
void flattenPlus(Node expr, std::vector<Node>& out) {
  std::vector<Node> stack{expr};
  while (!stack.empty() && out.size() < kMaxPlusOperands) {
    const Node n = skipParentheses(stack.back());
    stack.pop_back();
    if (n.is("binary_operator") && n.field("operator").kind() == "+") {
      stack.push_back(n.field("right"));
      stack.push_back(n.field("left"));
    } else {
      out.push_back(n);
    }
  }
}

bool plusChainJoinsPath(Node top, const SemanticModel& model, bool& leadingSlashSegment) {
  std::vector<Node> ops;
  flattenPlus(top, ops);
  if (std::any_of(ops.begin(), ops.end(), [](Node n) { return isWebOperand(n); })) return false;
  bool found = false;
  for (size_t i = 0; i < ops.size(); ++i) {
    if (fStringJoinsPath(ops[i], model)) found = true;
    if (i + 1 < ops.size() && !isStringLiteral(ops[i]) && isStringLiteral(ops[i + 1]) && isPathLike(ops[i], model)) {
      // `dir + "/"` alone only adds a trailing slash (a prefix for startswith, a URL base): no join.
      const std::string next = literalPrefix(ops[i + 1], model);
      if (next.starts_with('/') && (next.size() > 1 || i + 2 < ops.size())) {
        found = true;
        if (next.size() > 1) leadingSlashSegment = true;
      }
    }
  }
  return found;
}

// "%s/%s" % (d, f): a conversion directly followed by '/' and a path-like operand.
bool percentJoinsPath(Node expr, const SemanticModel& model) {
  const Node left = skipParentheses(expr.field("left"));
  if (!isStringLiteral(left)) return false;
  const auto tmpl = model.stringValue(left);
  if (!tmpl || tmpl->value.find("://") != std::string::npos) return false;
  const std::string& t = tmpl->value;
  bool conversionThenSlash = false;
  for (size_t at = t.find('%'); at != std::string::npos && !conversionThenSlash; at = t.find('%', at + 1)) {
    size_t j = at + 1;
    if (j < t.size() && t[j] == '(') j = t.find(')', j);
    if (j == std::string::npos) break;
    while (j < t.size() && !std::isalpha(static_cast<unsigned char>(t[j]))) ++j;
    if (j + 1 < t.size() && t[j] != '%' && t[j + 1] == '/') conversionThenSlash = true;
  }
  if (!conversionThenSlash) return false;
  const Node right = skipParentheses(expr.field("right"));
  std::vector<Node> operands;
  if (right.is("tuple")) {
    for (uint32_t i = 0; i < right.namedChildCount(); ++i) operands.push_back(right.namedChild(i));
  } else if (right.is("dictionary")) {
    for (uint32_t i = 0; i < right.namedChildCount(); ++i) {
      const Node p = right.namedChild(i);
      if (p.is("pair")) operands.push_back(p.field("value"));
    }
  } else {
    operands.push_back(right);
  }
  if (std::any_of(operands.begin(), operands.end(), [](Node n) { return isWebOperand(n); })) return false;
  return std::any_of(operands.begin(), operands.end(), [&](Node n) { return isPathLike(n, model); });
}

// "{}/{}".format(d, f) and "/".join([d, f]).
bool callJoinsPath(Node call, const SemanticModel& model) {
  const Node f = call.field("function");
  if (!f.is("attribute")) return false;
  const std::string_view method = f.field("attribute").text();
  const Node object = skipParentheses(f.field("object"));
  if (!isStringLiteral(object)) return false;
  const auto tmpl = model.stringValue(object);
  if (!tmpl || !tmpl->complete || tmpl->value.find("://") != std::string::npos) return false;
  const Node args = call.field("arguments");
  if (!args || !args.is("argument_list")) return false;
  std::vector<Node> operands;
  if (method == "format") {
    if (tmpl->value.find("}/") == std::string::npos) return false;
    for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
      const Node a = args.namedChild(i);
      if (a.is("keyword_argument")) {
        if (isWebValueName(a.field("name").text())) return false;
        operands.push_back(a.field("value"));
        if (isFileSystemPathName(a.field("name").text())) operands.push_back(a.field("name"));
      } else {
        operands.push_back(a);
      }
    }
  } else if (method == "join" && tmpl->value == "/") {
    const Node arg = argumentsOf(call).argument(0);
    if (!arg) return false;
    const Node list = skipParentheses(arg);
    // Only a written-out list: `"/".join(parts)` is as often a URL or an archive member name.
    if (!list.is("list") && !list.is("tuple")) return false;
    for (uint32_t i = 0; i < list.namedChildCount(); ++i) operands.push_back(list.namedChild(i));
  } else {
    return false;
  }
  if (std::any_of(operands.begin(), operands.end(), [](Node n) { return isWebOperand(n); })) return false;
  return std::any_of(operands.begin(), operands.end(), [&](Node n) { return isPathLike(n, model); });
}

// Member names inside zip and tar archives (wheels, sdists) are '/'-separated on every platform.
bool handlesArchives(const SemanticModel& model) {
  return std::any_of(model.imports().begin(), model.imports().end(), [](const Import& i) {
    return i.qualifiedName.starts_with("zipfile") || i.qualifiedName.starts_with("tarfile");
  });
}

// The name the value is stored into: `url = "%s/%s" % (...)` -> "url", `f(path=...)` -> "path".
std::string_view boundName(Node expr) {
  const Node node = outermostParentheses(expr);
  const Node parent = node.parent();
  if (!parent) return {};
  if (parent.is("assignment") && parent.field("right") == node) return expressionName(parent.field("left"));
  if (parent.is("keyword_argument")) return parent.field("name").text();
  return {};
}

// The expression the joined value is a part of: `open(d + "/" + f + ".txt")` keeps building the
// same string through `+` and `%`, so the call sees the whole of it.
Node wholeValue(Node node) {
  Node n = outermostParentheses(node);
  for (Node parent = n.parent(); parent && parent.is("binary_operator"); parent = n.parent()) {
    const std::string_view op = parent.field("operator").kind();
    if (op != "+" && !(op == "%" && parent.field("left") == n)) break;
    n = outermostParentheses(parent);
  }
  return n;
}

constexpr size_t kMaxUseScan = 20000;

// Whether the joined value is handed to a local file-system API (open, os.*, os.path.*, shutil,
// pathlib.Path, glob, ...): directly, or through a local variable the function assigns once and
// passes to one. A '/'-joined string that only reaches a URL or REST call, a message, a dict or an
// unknown function is a name in someone else's namespace (a route, `pool/fs`, a guest path).
bool reachesFileSystemApi(Node node, const SemanticModel& model) {
  const Node value = wholeValue(node);
  if (model.useContext(value) == UseContext::PathArgument) return true;
  const Node assignment = value.parent();
  if (!assignment || !assignment.is("assignment") || !(assignment.field("right") == value)) return false;
  const Node target = assignment.field("left");
  if (!target.is("identifier")) return false;
  const Node scope = bindingScope(assignment);
  if (!scope || !scope.parent() || !scope.parent().is("function_definition")) return false;
  const std::string_view name = target.text();
  std::vector<Node> stack{scope};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxUseScan) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("identifier") && n.text() == name && !(n == target) && n.startByte() > assignment.endByte() &&
        localSingleAssignment(n, name) == value && model.useContext(wholeValue(n)) == UseContext::PathArgument) {
      return true;
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

// `os.path.normpath(here + "/../..")`, `Path(base + "/x")`: a call that rewrites `/` to `\\` on
// Windows receives the joined string directly, so no mixed separators survive it.
bool normalisedAtOnce(Node node, const SemanticModel& model) {
  const Node value = wholeValue(node);
  const Node list = value.parent();
  if (!list || !list.is("argument_list") || list.namedChildCount() == 0 || !(list.namedChild(0) == value)) return false;
  const std::string_view q = model.qualifiedName(list.parent().field("function"));
  return q == "os.path.normpath" || q == "os.path.abspath" || q == "os.path.realpath" || q == "pathlib.Path" ||
         q == "pathlib.PurePath";
}

void checkSlashConcatenation(Node node, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  bool joins = false;
  bool leadingSlashSegment = false;
  if (node.is("binary_operator")) {
    const std::string_view op = node.field("operator").kind();
    if (op == "+") {
      // Only the outermost `+` of a chain.
      Node up = node.parent();
      while (up && up.is("parenthesized_expression")) up = up.parent();
      if (up && up.is("binary_operator") && up.field("operator").kind() == "+") return;
      joins = plusChainJoinsPath(node, model, leadingSlashSegment);
    } else if (op == "%") {
      joins = percentJoinsPath(node, model);
    }
  } else if (node.is("call")) {
    joins = callJoinsPath(node, model);
  } else if (node.is("string")) {
    Node up = node.parent();
    while (up && up.is("parenthesized_expression")) up = up.parent();
    if (up && up.is("binary_operator") && up.field("operator").kind() == "+") return;  // the chain reports it
    joins = fStringJoinsPath(node, model);
  }
  if (!joins || insideWebCode(node) || handlesArchives(model)) return;
  if (isWebValueName(boundName(node))) return;
  const UseContext use = model.useContext(node);
  if (use == UseContext::Message || use == UseContext::Docstring || use == UseContext::Pattern ||
      use == UseContext::Decorator || use == UseContext::Key) {
    return;
  }
  if (!reachesFileSystemApi(node, model) || normalisedAtOnce(node, model)) return;
  const std::string shown = shortText(node);
  ctx.report(kSlashConcatenation, node,
             "builds a path with a hard-coded `/`" + (shown.empty() ? std::string{} : " in `" + shown + "`") +
                 ", which mixes separators on Windows; use `os.path.join()` or `pathlib.Path`'s `/` operator" +
                 (leadingSlashSegment ? " (without the leading `/`: an absolute segment makes them drop the base)" : ""));
}

class PathSeparatorCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT210-211 path separators"; }
  // No failureExceptions(): a path with mixed separators or a split search path raises nothing, so
  // neither a `try` nor an existence check handles it.
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call", "binary_operator", "string", "concatenated_string"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    if (ctx.enabled(kPathListSeparator)) checkPathList(node, ctx);
    if (ctx.enabled(kSlashConcatenation) && !node.is("concatenated_string")) checkSlashConcatenation(node, ctx);
  }
};

}  // namespace

const Check& pathSeparatorCheck() {
  static const PathSeparatorCheck check;
  return check;
}

}  // namespace platlint
