#include "analyzer/semantic/platform_condition.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/availability.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/string_literal.h"
#include "analyzer/semantic/third_party_availability.h"

namespace platlint {
namespace {

// Flags may be defined from other flags (`IS_POSIX = not IS_WINDOWS`); the bound stops cycles.
constexpr int kMaxDepth = 16;
constexpr Platform kPlatforms[] = {Platform::Linux, Platform::MacOS, Platform::Windows};

// A value that differs per platform and that code compares with string literals.
struct Probe {
  // OsSep, OsPathsep and OsLinesep: `os.sep == "\\"`, `os.pathsep == ";"` and `os.linesep == "\r\n"`
  // tell Windows from the rest as surely as `os.name` does.
  enum class Kind { None, SysPlatform, OsName, PlatformSystem, OsSep, OsPathsep, OsLinesep } kind = Kind::None;
  bool lowered = false;  // `.lower()` was applied
  size_t prefix = std::string::npos;  // `sys.platform[:3]` keeps the first 3 characters

  explicit operator bool() const { return kind != Kind::None; }
  std::string valueOn(Platform p) const {
    std::string v;
    switch (kind) {
      case Kind::SysPlatform: v = p == Platform::Linux ? "linux" : p == Platform::MacOS ? "darwin" : "win32"; break;
      case Kind::OsName: v = p == Platform::Windows ? "nt" : "posix"; break;
      case Kind::PlatformSystem: v = p == Platform::Linux ? "Linux" : p == Platform::MacOS ? "Darwin" : "Windows"; break;
      case Kind::OsSep: v = p == Platform::Windows ? "\\" : "/"; break;
      case Kind::OsPathsep: v = p == Platform::Windows ? ";" : ":"; break;
      case Kind::OsLinesep: v = p == Platform::Windows ? "\r\n" : "\n"; break;
      case Kind::None: break;
    }
    if (lowered) std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    return v.substr(0, prefix);
  }
};

// The probe a qualified name is (`sys.platform`, `os.name`, `os.sep`, ...), or none.
Probe probeNamed(std::string_view q) {
  if (q == "sys.platform") return {Probe::Kind::SysPlatform};
  if (q == "os.name") return {Probe::Kind::OsName};
  if (q == "os.sep" || q == "os.path.sep") return {Probe::Kind::OsSep};
  if (q == "os.pathsep" || q == "os.path.pathsep") return {Probe::Kind::OsPathsep};
  if (q == "os.linesep") return {Probe::Kind::OsLinesep};
  return {};
}

Probe probeOf(Node expr, const SemanticModel& model, int depth) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxDepth) return {};
  if (expr.is("identifier")) {
    // `_PLATFORM = sys.platform` and `from sys import platform` both lead back to the probe.
    if (const Probe named = probeNamed(model.qualifiedName(expr))) return named;
    const Node value = model.singleAssignment(expr.text());
    return value ? probeOf(value, model, depth + 1) : Probe{};
  }
  if (expr.is("attribute")) return probeNamed(model.qualifiedName(expr));
  if (expr.is("subscript")) {
    // `sys.platform[:3] == "win"`: a prefix of the probe.
    const Node slice = expr.field("subscript");
    if (!slice || !slice.is("slice") || slice.childCount() != 2 || slice.child(0).isNamed() ||
        !slice.child(1).is("integer")) {
      return {};
    }
    Probe inner = probeOf(expr.field("value"), model, depth + 1);
    const std::string_view digits = slice.child(1).text();
    const bool smallDecimal = !digits.empty() && digits.size() <= 2 &&
                              std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!inner || inner.prefix != std::string::npos || !smallDecimal) return {};
    inner.prefix = static_cast<size_t>(std::stoi(std::string(digits)));
    return inner;
  }
  if (expr.is("call")) {
    const Node function = expr.field("function");
    if (model.qualifiedName(function) == "platform.system") return {Probe::Kind::PlatformSystem};
    if (function.is("attribute") && (function.field("attribute").text() == "lower" ||
                                      function.field("attribute").text() == "casefold")) {
      Probe inner = probeOf(function.field("object"), model, depth + 1);
      inner.lowered = true;
      return inner;
    }
  }
  return {};
}

// A name built from a probe: `f"get_{sys.platform}"`, `"get_" + sys.platform`, `"get_%s" % os.name`.
struct ProbedName {
  std::string prefix;
  Probe probe;
  std::string suffix;
};

// The value of a string literal without interpolations.
std::optional<std::string> plainLiteral(Node expr) {
  expr = skipParentheses(expr);
  if (!expr || !expr.is("string")) return std::nullopt;
  FoldedString value = decodeStringLiteral(expr);
  if (!value.complete) return std::nullopt;
  return std::move(value.value);
}

std::optional<ProbedName> probedName(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr) return std::nullopt;
  if (expr.is("string")) {
    ProbedName out;
    bool seen = false;
    for (uint32_t i = 0; i < expr.childCount(); ++i) {
      const Node part = expr.child(i);
      if (part.is("string_content")) {
        (seen ? out.suffix : out.prefix) += part.text();
      } else if (part.is("interpolation")) {
        // One plain `{probe}`: a conversion or format specification makes another name.
        if (seen || part.namedChildCount() != 1) return std::nullopt;
        out.probe = probeOf(part.namedChild(0), model, 0);
        if (!out.probe) return std::nullopt;
        seen = true;
      }
    }
    if (!seen) return std::nullopt;
    return out;
  }
  if (!expr.is("binary_operator")) return std::nullopt;
  const std::string_view op = expr.field("operator").text();
  const Node left = expr.field("left");
  const Node right = expr.field("right");
  if (op == "%") {
    std::optional<std::string> format = plainLiteral(left);
    const size_t at = format ? format->find("%s") : std::string::npos;
    if (at == std::string::npos || format->find('%', at + 2) != std::string::npos) return std::nullopt;
    ProbedName out{format->substr(0, at), probeOf(right, model, 0), format->substr(at + 2)};
    if (!out.probe) return std::nullopt;
    return out;
  }
  if (op != "+") return std::nullopt;
  if (const std::optional<std::string> head = plainLiteral(left)) {
    ProbedName out{*head, probeOf(right, model, 0), {}};
    if (!out.probe) return std::nullopt;
    return out;
  }
  const std::optional<std::string> tail = plainLiteral(right);
  if (!tail) return std::nullopt;
  if (std::optional<ProbedName> inner = probedName(left, model)) {
    inner->suffix += *tail;
    return inner;
  }
  ProbedName out{{}, probeOf(left, model, 0), *tail};
  if (!out.probe) return std::nullopt;
  return out;
}

// Values the probes take on systems other than the targets (`sys.platform` of Cygwin, FreeBSD,
// OpenVMS, ...; `platform.system()`'s spellings of them), compared without case or a trailing
// version number (`freebsd13`).
bool otherSystemsValue(std::string_view value) {
  while (!value.empty() && value.back() >= '0' && value.back() <= '9') value.remove_suffix(1);
  static constexpr std::string_view kOthers[] = {
      "aix",   "android", "atheos", "beos",   "cygwin",  "dragonfly", "emscripten", "freebsd", "haiku",
      "hp-ux", "ios",     "irix",   "java",   "msys",    "netbsd",    "openbsd",    "openvms", "os2",
      "riscos", "solaris", "sunos", "vxworks", "wasi",   "zos"};
  return std::find(std::begin(kOthers), std::end(kOthers), toLower(value)) != std::end(kOthers);
}

// String literals of a literal or a tuple/list/set of literals; empty when any is unknown.
std::vector<std::string> literalStrings(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  std::vector<std::string> out;
  if (expr && (expr.is("tuple") || expr.is("list") || expr.is("set"))) {
    for (uint32_t i = 0; i < expr.namedChildCount(); ++i) {
      auto v = model.stringValue(expr.namedChild(i));
      if (!v || !v->complete) return {};
      out.push_back(v->value);
    }
    return out;
  }
  auto v = model.stringValue(expr);
  if (v && v->complete) out.push_back(v->value);
  return out;
}

template <typename Pred>
ConditionValue byPlatform(Pred truthOn) {
  PlatformSet whenTrue;
  for (Platform p : kPlatforms) {
    if (truthOn(p)) whenTrue = whenTrue | p;
  }
  return ConditionValue::trueOn(whenTrue);
}

// Where `module` (an expression naming a standard-library module, or a library or class of
// third_party_availability.h) has attribute `name`; also psutil's `hasattr(proc, "cpu_affinity")`.
std::optional<PlatformSet> attributePlatforms(Node module, std::string_view name, const SemanticModel& model) {
  const std::string_view q = model.qualifiedName(module);
  if (q.empty()) {
    if (const ThirdPartyApi* method = thirdPartyMethod(name, model)) return method->platforms;
    return std::nullopt;
  }
  const std::string qualified = std::string(q) + "." + std::string(name);
  if (const auto availability = stdlibAvailability(qualified)) return availability->platforms;
  if (const ThirdPartyApi* api = thirdPartyApi(qualified)) return api->platforms;
  return std::nullopt;
}

// `hasattr(os, "fork")`, `getattr(os, "fork", None)`: true where the standard library has it.
ConditionValue attributeProbe(Node call, const SemanticModel& model) {
  const Node args = call.field("arguments");
  if (!args || args.namedChildCount() < 2) return ConditionValue::unknown();
  const auto name = model.stringValue(args.namedChild(1));
  if (!name || !name->complete) return ConditionValue::unknown();
  const auto platforms = attributePlatforms(args.namedChild(0), name->value, model);
  return platforms ? ConditionValue::trueOn(*platforms) : ConditionValue::unknown();
}

// `all(hasattr(select, n) for n in ("kqueue", "KQ_EV_ADD"))`, the names also through a variable
// (`names = (...)`): true where the module has every name; `any(...)` where it has one of them.
ConditionValue attributeProbes(Node call, bool every, const SemanticModel& model) {
  const Node generator = call.field("arguments");
  if (!generator || !generator.is("generator_expression") || generator.namedChildCount() != 2) {
    return ConditionValue::unknown();
  }
  const Node body = skipParentheses(generator.field("body"));
  const Node loop = generator.namedChild(1);
  if (!body || !body.is("call") || !loop.is("for_in_clause")) return ConditionValue::unknown();
  const Node variable = loop.field("left");
  Node names = skipParentheses(loop.field("right"));
  if (!variable || !variable.is("identifier") || !names) return ConditionValue::unknown();
  if (names.is("identifier")) {
    const Node local = localSingleAssignment(names, names.text());
    names = local ? local : model.singleAssignment(names.text());
  }
  const std::string_view q = model.qualifiedName(body.field("function"));
  const Node args = body.field("arguments");
  if (q != "builtins.hasattr" || !args || args.namedChildCount() != 2 || args.namedChild(1).text() != variable.text()) {
    return ConditionValue::unknown();
  }
  const std::vector<std::string> values = names ? literalStrings(names, model) : std::vector<std::string>{};
  if (values.empty()) return ConditionValue::unknown();
  PlatformSet where = every ? PlatformSet::all() : PlatformSet::none();
  for (const std::string& name : values) {
    const auto platforms = attributePlatforms(args.namedChild(0), name, model);
    if (!platforms) return ConditionValue::unknown();
    where = every ? where & *platforms : where | *platforms;
  }
  return ConditionValue::trueOn(where);
}

// The statement an assigned value belongs to: `x = None` is an assignment in an expression statement.
Node statementOfValue(Node value) {
  const Node assignment = value.parent();
  return assignment ? assignment.parent() : Node{};
}

// `try: import msvcrt / except ImportError: _mswindows = False / else: _mswindows = True`:
// a flag that is True exactly where the probe's imports succeed (or exactly where they fail).
ConditionValue importProbeFlag(const std::vector<Node>& values) {
  Node probe;
  PlatformSet whenTrue, whenFalse;
  for (const Node& value : values) {
    const bool isTrue = value.is("true");
    if (!isTrue && !value.is("false")) return ConditionValue::unknown();
    bool inBody = false;
    const Node statement = statementOfValue(value);
    const Node t = statement ? importProbeOf(statement, inBody) : Node{};
    if (!t || (probe && !(probe == t))) return ConditionValue::unknown();
    probe = t;
    bool allStdlib = false;
    const PlatformSet importable = importablePlatforms(t.field("body"), &allStdlib);
    // A third-party import may fail anywhere: only its certain failures are known.
    const PlatformSet where = inBody ? (allStdlib ? importable : PlatformSet::none()) : ~importable;
    (isTrue ? whenTrue : whenFalse) = (isTrue ? whenTrue : whenFalse) | where;
  }
  if (!(whenTrue & whenFalse).empty()) return ConditionValue::unknown();
  return {whenTrue, whenFalse};
}

// Whether an import statement directly in `block` binds `name` (the model's imports say what each binds).
bool importsBind(Node block, std::string_view name, const SemanticModel& model) {
  return std::any_of(model.imports().begin(), model.imports().end(),
                     [&](const Import& imp) { return imp.localName == name && imp.node.parent() == block; });
}

// A name an import of the standard library binds and that is otherwise only ever None or False
// (`if sys.platform == "win32": from msvcrt import setmode as _setmode / else: _setmode = None`,
// then `if _setmode:`) is true only where the import ran, so certainly false where the module does
// not exist. When every None sits in the ImportError handler of the import that binds it
// (`try: from msvcrt import ... / except ImportError: _setmode = None`), it is also certainly true
// where the module exists.
ConditionValue importedOrFalsy(std::string_view name, const std::vector<Node>& values, const SemanticModel& model) {
  const std::string_view imported = model.importBinding(name);
  if (imported.empty()) return ConditionValue::unknown();
  const auto availability = stdlibAvailability(imported);
  if (!availability) return ConditionValue::unknown();
  bool onlyWhereImportFails = true;
  for (const Node& value : values) {
    if (!value.is("none") && !value.is("false")) return ConditionValue::unknown();
    bool inBody = false;
    const Node statement = statementOfValue(value);
    const Node probe = statement ? importProbeOf(statement, inBody) : Node{};
    // The handler must be the one of the import that binds the name, not of some other import.
    if (!probe || inBody || !importsBind(probe.field("body"), name, model)) onlyWhereImportFails = false;
  }
  if (onlyWhereImportFails) return ConditionValue::trueOn(availability->platforms);
  return {PlatformSet::none(), ~availability->platforms};
}

ConditionValue evaluate(Node expr, const SemanticModel& model, int depth);

// `_O_TMPFILE_WORKS = hasattr(os, "O_TMPFILE")`, later only ever set to False (after the flag failed
// once): still false wherever the first value is, though no longer certainly true anywhere.
ConditionValue turnedOffLater(const std::vector<Node>& values, const SemanticModel& model, int depth) {
  if (values.size() < 2) return ConditionValue::unknown();
  for (size_t i = 1; i < values.size(); ++i) {
    const Node v = skipParentheses(values[i]);
    const bool falsy = v && (v.is("false") || v.is("none") || (v.is("integer") && v.text() == "0"));
    if (!falsy) return ConditionValue::unknown();
  }
  return {PlatformSet::none(), evaluate(values.front(), model, depth + 1).whenFalse};
}

// A flag the file imports (`from psutil import LINUX`, `from ._common import WINDOWS`,
// `util.is_Linux()`): another module defines it, which a per-file analysis cannot read. Its name
// says what it means: LINUX, WINDOWS (WIN, WIN32, MSWINDOWS), MACOS (OSX, DARWIN), POSIX, BSD,
// FREEBSD, OPENBSD, NETBSD, DRAGONFLYBSD, SUNOS or AIX, in any case, alone or after `is_` or `on_`,
// with leading underscores. Other names are unknown.
ConditionValue conventionalFlag(std::string_view name) {
  const std::string lowered = toLower(name);
  std::string_view flag = lowered;
  while (flag.starts_with("_")) flag.remove_prefix(1);
  if (flag.starts_with("is_") || flag.starts_with("on_")) flag.remove_prefix(3);
  if (flag == "linux") return ConditionValue::trueOn(PlatformSet(Platform::Linux));
  // `IS_WIN`, `is_win32`, subprocess's `_mswindows`.
  if (flag == "windows" || flag == "win" || flag == "win32" || flag == "mswindows") {
    return ConditionValue::trueOn(PlatformSet(Platform::Windows));
  }
  if (flag == "macos" || flag == "osx" || flag == "darwin") return ConditionValue::trueOn(PlatformSet(Platform::MacOS));
  if (flag == "posix") return ConditionValue::trueOn(kNotWindows);
  // True on none of the target platforms (macOS is Darwin, not a BSD, to these flags).
  if (flag == "bsd" || flag == "freebsd" || flag == "openbsd" || flag == "netbsd" || flag == "dragonflybsd" ||
      flag == "sunos" || flag == "aix") {
    return ConditionValue::trueOn(PlatformSet::none());
  }
  return ConditionValue::unknown();
}

// `uses_systemd()`, `distro.is_systemd()`, `if has_systemd:`: systemd runs only on Linux, so a flag
// named for it is false elsewhere (and not known on Linux), whatever object or parameter holds it.
ConditionValue systemdFlag(Node expr) {
  expr = skipParentheses(expr);
  if (expr && expr.is("call") && expr.field("arguments").namedChildCount() == 0) expr = expr.field("function");
  if (expr && expr.is("attribute")) expr = expr.field("attribute");
  if (!expr || !expr.is("identifier")) return ConditionValue::unknown();
  std::string flag = toLower(expr.text());
  if (flag.starts_with("_")) flag.erase(0, 1);
  for (const std::string_view prefix : {"is_", "uses_", "has_", "on_"}) {
    if (flag.starts_with(prefix)) flag.erase(0, prefix.size());
  }
  if (flag != "systemd") return ConditionValue::unknown();
  return {PlatformSet::none(), kNotLinux};
}

// The name another module defines `expr` by (`is_Linux` of `util.is_Linux`, `LINUX` of
// `linux_flag` after `from psutil import LINUX as linux_flag`): an imported name, an attribute of
// an imported module, or an upper-case constant of any module object (`_common.WINDOWS` where
// `_common = load_module(...)`; lower-case attributes such as `self.windows` are data). Empty otherwise.
std::string_view importedName(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (expr.is("identifier")) return model.importedAs(expr.text());
  if (!expr.is("attribute")) return {};
  const std::string_view attribute = expr.field("attribute").text();
  if (!model.qualifiedName(expr).empty()) return attribute;
  const bool constant = std::none_of(attribute.begin(), attribute.end(), [](unsigned char c) { return std::islower(c); });
  return constant && expr.field("object").is("identifier") ? attribute : std::string_view();
}

// `is_linux()`, a function of this file whose body returns a platform condition.
ConditionValue functionFlag(Node definition, const SemanticModel& model, int depth) {
  const Node parameters = definition.field("parameters");
  const Node body = definition.field("body");
  if (!body || (parameters && parameters.namedChildCount() != 0)) return ConditionValue::unknown();
  const Node last = lastStatement(body);
  if (!last || !last.is("return_statement") || last.namedChildCount() != 1) return ConditionValue::unknown();
  // Only a body that is its return (after a docstring): anything else may decide otherwise.
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node statement = body.namedChild(i);
    if (statement == last || statement.is("comment")) continue;
    if (!statement.is("expression_statement") || !statement.namedChild(0).is("string")) return ConditionValue::unknown();
  }
  return evaluate(last.namedChild(0), model, depth + 1);
}

// A falsy `return` (`return`, `return False`, `return None`) is the whole block.
bool returnsFalsy(Node block) {
  const Node statement = lastStatement(block);
  if (!statement || !statement.is("return_statement")) return false;
  for (uint32_t i = 0; i < block.namedChildCount(); ++i) {
    if (!(block.namedChild(i) == statement) && !block.namedChild(i).is("comment")) return false;
  }
  if (statement.namedChildCount() == 0) return true;
  const Node value = skipParentheses(statement.namedChild(0));
  return value && (value.is("false") || value.is("none"));
}

// Whether `node` holds a node of one of `kinds` in its own function's scope (nested functions,
// classes and lambdas are other scopes).
bool holdsOwn(Node node, std::initializer_list<std::string_view> kinds) {
  const std::string_view k = node.kind();
  if (std::find(kinds.begin(), kinds.end(), k) != kinds.end()) return true;
  if (k == "function_definition" || k == "class_definition" || k == "lambda") return false;
  for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
    if (holdsOwn(node.namedChild(i), kinds)) return true;
  }
  return false;
}

// `can_use_pidfd_open()`: a module-level function without parameters that starts by returning a
// false value under a condition (`if not hasattr(os, "pidfd_open"): return False`) before any
// statement that could return anything else is false wherever that condition is true; where the
// condition is false the rest of the body decides, which is not known. A generator or coroutine
// (a truthy object whatever its body) and a decorator other than a cache (which could change the
// value) are not probes.
ConditionValue probeFunction(Node definition, const SemanticModel& model, int depth) {
  Node owner = definition.parent();
  if (owner && owner.is("decorated_definition")) {
    bool cache = true;
    forEachNamedChild(owner, [&](Node decorator) {
      if (!decorator.is("decorator") || decorator.namedChildCount() == 0) return;
      Node d = decorator.namedChild(0);
      if (d.is("call")) d = d.field("function");
      const std::string_view q = model.qualifiedName(d);
      cache = cache && (q == "functools.lru_cache" || q == "functools.cache");
    });
    if (!cache) return ConditionValue::unknown();
    owner = owner.parent();
  }
  const Node parameters = definition.field("parameters");
  const Node body = definition.field("body");
  if (!owner || !owner.is("module") || !body || (parameters && parameters.namedChildCount() != 0) ||
      definition.child(0).is("async") || holdsOwn(body, {"yield"})) {
    return ConditionValue::unknown();
  }
  PlatformSet falseOn = PlatformSet::none();
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node statement = body.namedChild(i);
    const bool onlyConsequence = statement.is("if_statement") && !statement.field("alternative");
    if (onlyConsequence && returnsFalsy(statement.field("consequence"))) {
      falseOn = falseOn | evaluate(statement.field("condition"), model, depth + 1).whenTrue;
    } else if (holdsOwn(statement, {"return_statement", "yield", "await"})) {
      break;
    }
  }
  return {PlatformSet::none(), falseOn};
}

// `sys.builtin_module_names`, also through a module-level name (`_names = sys.builtin_module_names`).
bool isBuiltinModuleNames(Node expr, const SemanticModel& model, int depth) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxDepth) return false;
  if (model.qualifiedName(expr) == "sys.builtin_module_names") return true;
  if (!expr.is("identifier")) return false;
  const Node value = model.singleAssignment(expr.text());
  return value && isBuiltinModuleNames(value, model, depth + 1);
}

// `"posix" in sys.builtin_module_names` (os.py's own test): the C module behind `os` is `posix` on
// Linux and macOS and `nt` on Windows. Other module names depend on how Python was built.
ConditionValue builtinModuleProbe(Node needle, Node haystack, const SemanticModel& model, int depth) {
  if (!isBuiltinModuleNames(haystack, model, depth)) return ConditionValue::unknown();
  const auto name = model.stringValue(needle);
  if (!name || !name->complete) return ConditionValue::unknown();
  if (name->value == "posix") return ConditionValue::trueOn(kNotWindows);
  if (name->value == "nt") return ConditionValue::trueOn(PlatformSet(Platform::Windows));
  return ConditionValue::unknown();
}

// The variables systemd sets for the services it starts (sd_notify(3), sd_listen_fds(3),
// systemd.exec(5)): `os.environ.get("NOTIFY_SOCKET")`, `"LISTEN_FDS" in os.environ` are false
// wherever there is no systemd, as a flag named for systemd is.
bool isSystemdVariable(Node name, const SemanticModel& model) {
  static constexpr std::string_view kVariables[] = {"NOTIFY_SOCKET", "LISTEN_FDS",     "LISTEN_PID",
                                                    "LISTEN_FDNAMES", "WATCHDOG_USEC", "WATCHDOG_PID",
                                                    "INVOCATION_ID",  "JOURNAL_STREAM"};
  const auto value = name ? model.stringValue(name) : std::nullopt;
  return value && value->complete &&
         std::find(std::begin(kVariables), std::end(kVariables), value->value) != std::end(kVariables);
}

ConditionValue systemdVariableRead(Node call, const SemanticModel& model) {
  const std::string_view q = model.qualifiedName(call.field("function"));
  if (q != "os.environ.get" && q != "os.getenv") return ConditionValue::unknown();
  const Node args = call.field("arguments");
  if (!args || args.namedChildCount() == 0 || !isSystemdVariable(args.namedChild(0), model)) {
    return ConditionValue::unknown();
  }
  return {PlatformSet::none(), kNotLinux};
}

// `psutil.Process(1).name() == "systemd"`: process 1 is systemd, which runs only on Linux (the
// other half of the usual systemd test, beside `os.path.exists("/run/systemd/system")`).
ConditionValue systemdAsInit(Node left, Node right, const SemanticModel& model) {
  const auto isInitName = [&](Node call) {
    call = skipParentheses(call);
    if (!call || !call.is("call")) return false;
    const Node method = skipParentheses(call.field("function"));
    if (!method || !method.is("attribute") || method.field("attribute").text() != "name") return false;
    const Node process = skipParentheses(method.field("object"));
    if (!process || !process.is("call") || model.qualifiedName(process.field("function")) != "psutil.Process") return false;
    const Node args = process.field("arguments");
    return args && args.namedChildCount() == 1 && args.namedChild(0).text() == "1";
  };
  const auto isSystemd = [&](Node literal) {
    const auto value = model.stringValue(literal);
    return value && value->complete && value->value == "systemd";
  };
  if ((isInitName(left) && isSystemd(right)) || (isInitName(right) && isSystemd(left))) {
    return {PlatformSet::none(), kNotLinux};
  }
  return ConditionValue::unknown();
}

ConditionValue evaluateComparison(Node cmp, const SemanticModel& model, int depth) {
  if (cmp.namedChildCount() != 2) return ConditionValue::unknown();
  std::string op;
  for (uint32_t i = 0; i < cmp.childCount(); ++i) {
    const Node c = cmp.child(i);
    if (!c.isNamed()) op += (op.empty() ? "" : " ") + std::string(c.text());
  }
  const Node left = cmp.namedChild(0);
  const Node right = cmp.namedChild(1);

  if (op == "is not" || op == "is") {
    // `getattr(os, "fork", None) is not None`
    const Node other = skipParentheses(right);
    if (other && other.is("none")) {
      ConditionValue v = evaluate(left, model, depth + 1);
      return op == "is" ? v.negated() : v;
    }
    return ConditionValue::unknown();
  }

  if (op == "in" || op == "not in") {
    if (const ConditionValue v = builtinModuleProbe(left, right, model, depth); v.isKnown()) {
      return op == "in" ? v : v.negated();
    }
    if (model.qualifiedName(skipParentheses(right)) == "os.environ" && isSystemdVariable(left, model)) {
      const ConditionValue v{PlatformSet::none(), kNotLinux};
      return op == "in" ? v : v.negated();
    }
    // `"linux" in sys.platform`: a substring of the probe.
    const Probe haystack = probeOf(right, model, depth);
    const auto needle = model.stringValue(left);
    if (haystack && needle && needle->complete) {
      const ConditionValue v = byPlatform([&](Platform p) { return haystack.valueOn(p).find(needle->value) != std::string::npos; });
      return op == "in" ? v : v.negated();
    }
  }
  if (op == "==" || op == "!=") {
    if (const ConditionValue v = systemdAsInit(left, right, model); v.isKnown()) return op == "==" ? v : v.negated();
  }
  Probe probe = probeOf(left, model, depth);
  Node literalSide = right;
  if (!probe && (op == "==" || op == "!=")) {
    probe = probeOf(right, model, depth);
    literalSide = left;
  }
  if (!probe) return ConditionValue::unknown();
  const std::vector<std::string> values = literalStrings(literalSide, model);
  if (values.empty()) return ConditionValue::unknown();
  // `os.sep in "/\\"` asks for a substring of one string, `sys.platform in ("linux", "darwin")` for a member.
  const bool substring = (op == "in" || op == "not in") && skipParentheses(literalSide).is("string");
  const auto contains = [&](Platform p) {
    if (substring) return values.front().find(probe.valueOn(p)) != std::string::npos;
    return std::find(values.begin(), values.end(), probe.valueOn(p)) != values.end();
  };
  if (op == "==" || op == "in") return byPlatform(contains);
  if (op == "!=" || op == "not in") return byPlatform([&](Platform p) { return !contains(p); });
  return ConditionValue::unknown();
}

// A fixed path that only Linux has: under /proc or /sys, the Linux kernel's interfaces, a Linux
// distribution's release file (`/etc/os-release`, `/etc/debian_version`) or systemd's presence
// mark (`/run/systemd/system`); no other target platform has them. A path built from a value
// (`"/proc/%s" % pid`, `os.path.join("/sys/block", dev, "pid")`) asks about a process or device,
// not about the platform: off Linux that question gets a wrong answer, which is a finding, not a
// guard.
bool linuxOnlyPath(const FoldedString& path) {
  if (!path.complete) return false;
  static constexpr std::string_view kRoots[] = {"/proc", "/sys", "/run/systemd"};
  for (const std::string_view root : kRoots) {
    if (path.value.starts_with(root) && (path.value.size() == root.size() || path.value[root.size()] == '/')) {
      return true;
    }
  }
  static constexpr std::string_view kReleaseFiles[] = {
      "/etc/os-release",      "/usr/lib/os-release",  "/etc/lsb-release", "/etc/redhat-release",
      "/etc/centos-release",  "/etc/debian_version",  "/etc/SuSE-release", "/etc/system-release",
      "/etc/fedora-release",  "/etc/arch-release",    "/etc/alpine-release", "/etc/gentoo-release"};
  return std::find(std::begin(kReleaseFiles), std::end(kReleaseFiles), path.value) != std::end(kReleaseFiles);
}

// `os.path.exists("/proc")`, `os.path.isdir("/sys/class/net")`, `Path("/proc").exists()`,
// `os.path.exists("/etc/os-release")`: false wherever the Linux-only file is missing, so the code it
// selects runs only on Linux (it may be false on Linux too, so nothing is certain where it is true);
// likewise `os.path.exists("/dev/zfs")` selects code that runs only where there is a /dev.
ConditionValue existenceProbe(Node call, const SemanticModel& model) {
  const Node function = call.field("function");
  const Node args = call.field("arguments");
  if (!args || !args.is("argument_list")) return ConditionValue::unknown();
  const std::string_view q = model.qualifiedName(function);
  std::optional<FoldedString> path;
  if (q == "os.path.exists" || q == "os.path.isdir" || q == "os.path.isfile" || q == "os.path.lexists" ||
      q == "os.access") {
    if (args.namedChildCount() > 0) path = model.stringValue(args.namedChild(0));
  } else if (q.empty() && function.is("attribute") && args.namedChildCount() == 0) {
    const std::string_view method = function.field("attribute").text();
    if (method == "exists" || method == "is_dir" || method == "is_file") {
      path = model.stringValue(function.field("object"));
      if (path && !path->pathObject) path.reset();  // a path object's method, not any `x.exists()`
    }
  }
  if (!path) return ConditionValue::unknown();
  if (linuxOnlyPath(*path)) return {PlatformSet::none(), kNotLinux};
  // A fixed device node (`/dev/zfs`, `/dev/kvm`) or an installed program or library
  // (`/usr/bin/ksvalidator`, `/opt/vendor/bin/cli`): Windows has none of these roots, so the probe is
  // false there. Not /etc and /var: configuration and state files that tests point elsewhere
  // (`FSTAB_PATH` patched to a temporary file), nor /tmp or /home (a Windows drive may have `C:\tmp`).
  static constexpr std::string_view kSystemRoots[] = {"/dev/", "/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/", "/opt/"};
  if (path->complete && std::any_of(std::begin(kSystemRoots), std::end(kSystemRoots),
                                    [&](std::string_view root) { return path->value.starts_with(root); })) {
    return {PlatformSet::none(), kWindowsOnly};
  }
  return ConditionValue::unknown();
}

ConditionValue evaluateCall(Node call, const SemanticModel& model, int depth) {
  const Node function = call.field("function");
  const std::string_view q = model.qualifiedName(function);
  if (const ConditionValue probe = existenceProbe(call, model); probe.isKnown()) return probe;
  if (const ConditionValue systemd = systemdVariableRead(call, model); systemd.isKnown()) return systemd;
  if (q == "builtins.hasattr" || q == "builtins.getattr") return attributeProbe(call, model);
  if (q == "builtins.all" || q == "builtins.any") return attributeProbes(call, q == "builtins.all", model);
  const Node arguments = call.field("arguments");
  if (arguments && arguments.is("argument_list") && arguments.namedChildCount() == 0) {
    if (function.is("identifier")) {
      // `def is_FreeBSD(): return system_info()["variant"] == "freebsd"`: when the body says nothing
      // platlint understands, the name is the author's word for it.
      if (const Node definition = model.functionDefinition(function.text())) {
        if (const ConditionValue flag = functionFlag(definition, model, depth); flag.isKnown()) return flag;
        if (const ConditionValue probe = probeFunction(definition, model, depth); probe.isKnown()) return probe;
        return conventionalFlag(function.text());
      }
    }
    if (const std::string_view name = importedName(function, model); !name.empty()) return conventionalFlag(name);
  }
  if (function.is("attribute") && (function.field("attribute").text() == "startswith")) {
    const Probe probe = probeOf(function.field("object"), model, depth);
    const Node args = call.field("arguments");
    if (!probe || !args || args.namedChildCount() != 1) return ConditionValue::unknown();
    const std::vector<std::string> prefixes = literalStrings(args.namedChild(0), model);
    if (prefixes.empty()) return ConditionValue::unknown();
    return byPlatform([&](Platform p) {
      const std::string v = probe.valueOn(p);
      return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& s) { return v.starts_with(s); });
    });
  }
  return ConditionValue::unknown();
}

// `self.have_fork` in a method of a class whose body assigns `have_fork = hasattr(os, "fork")` once:
// the value of a class attribute read through `self` or `cls`.
Node classAttributeValue(Node attribute, const SemanticModel& model) {
  const Node object = attribute.field("object");
  if (!object || !object.is("identifier") || (object.text() != "self" && object.text() != "cls")) return {};
  Node cls = attribute.parent();
  while (cls && !cls.is("class_definition")) cls = cls.parent();
  if (!cls) return {};
  Node value;
  int assignments = 0;
  model.forEachAssignmentTo(cls.field("body"), attribute.field("attribute").text(), [&](Node assignment) {
    value = assignment.field("right");
    return ++assignments > 1;
  });
  return assignments == 1 ? value : Node{};
}

ConditionValue evaluate(Node expr, const SemanticModel& model, int depth) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxDepth) return ConditionValue::unknown();
  const std::string_view k = expr.kind();
  if (k == "not_operator") return evaluate(expr.field("argument"), model, depth + 1).negated();
  if (k == "boolean_operator") {
    const ConditionValue l = evaluate(expr.field("left"), model, depth + 1);
    const ConditionValue r = evaluate(expr.field("right"), model, depth + 1);
    if (expr.field("operator").text() == "and") return {l.whenTrue & r.whenTrue, l.whenFalse | r.whenFalse};
    return {l.whenTrue | r.whenTrue, l.whenFalse & r.whenFalse};
  }
  if (k == "comparison_operator") return evaluateComparison(expr, model, depth);
  if (k == "call" || k == "identifier" || k == "attribute") {
    if (const ConditionValue flag = systemdFlag(expr); flag.isKnown()) return flag;
  }
  if (k == "call") return evaluateCall(expr, model, depth);
  if (k == "identifier") {
    // A module-level flag: `IS_WINDOWS = os.name == "nt"`, or one set by an import probe; a
    // function's own (`notify_socket = os.environ.get("NOTIFY_SOCKET")` ... `if not notify_socket:`).
    if (const std::vector<Node>* fallbacks = model.valuesBesideImport(expr.text()); fallbacks && fallbacks->size() <= 4) {
      if (const ConditionValue fallback = importedOrFalsy(expr.text(), *fallbacks, model); fallback.isKnown()) {
        return fallback;
      }
    }
    if (const Node value = model.singleAssignment(expr.text())) return evaluate(value, model, depth + 1);
    if (const Node value = localSingleAssignment(expr, expr.text())) return evaluate(value, model, depth + 1);
    const std::vector<Node>* values = model.assignedValues(expr.text());
    if (values && values->size() <= 4) {
      if (const ConditionValue probe = importProbeFlag(*values); probe.isKnown()) return probe;
      return turnedOffLater(*values, model, depth);
    }
  }
  if (k == "attribute" || k == "identifier") {
    // `if os.altsep:` (None but on Windows), `if os.supports_bytes_environ:` (False only on Windows).
    const std::string_view q = model.qualifiedName(expr);
    if (q == "os.altsep" || q == "os.path.altsep") return ConditionValue::trueOn(PlatformSet(Platform::Windows));
    if (q == "os.supports_bytes_environ") return ConditionValue::trueOn(kNotWindows);
  }
  if (k == "attribute") {
    if (const Node value = classAttributeValue(expr, model)) return evaluate(value, model, depth + 1);
  }
  if (k == "identifier" || k == "attribute") {
    // `from psutil import LINUX`, `psutil.LINUX`; `from . import HAS_PROC_CPU_NUM` (psutil's tests)
    if (const std::string_view name = importedName(expr, model); !name.empty()) {
      if (const ThirdPartyApi* api = thirdPartyCapabilityFlag(name, model)) return ConditionValue::trueOn(api->platforms);
      return conventionalFlag(name);
    }
  }
  return ConditionValue::unknown();
}

}  // namespace

ConditionValue evaluatePlatformCondition(Node condition, const SemanticModel& model) {
  return evaluate(condition, model, 0);
}

bool usedAsCondition(Node expr) {
  Node node = expr;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "not_operator" || k == "boolean_operator" || k == "parenthesized_expression") continue;
    if (k == "if_statement" || k == "elif_clause" || k == "while_statement") return parent.field("condition") == node;
    if (k == "conditional_expression") return parent.namedChildCount() == 3 && parent.namedChild(1) == node;
    if (k == "assert_statement") return parent.namedChild(0) == node;
    return false;
  }
  return false;
}

PlatformSet importablePlatforms(Node block, bool* allStdlib) {
  PlatformSet reach = PlatformSet::all();
  if (allStdlib) *allStdlib = true;
  for (uint32_t i = 0; block && i < block.namedChildCount(); ++i) {
    const Node stmt = block.namedChild(i);
    std::vector<std::string> names;  // qualified names the statement needs
    if (stmt.is("import_statement")) {
      for (uint32_t j = 0; j < stmt.namedChildCount(); ++j) {
        const Node name = stmt.namedChild(j);
        names.emplace_back((name.is("aliased_import") ? name.field("name") : name).text());
      }
    } else if (stmt.is("import_from_statement") && stmt.field("module_name").is("dotted_name")) {
      const std::string module(stmt.field("module_name").text());
      names.push_back(module);
      // `from fcntl import I_PUSH` succeeds only where the name exists too.
      for (uint32_t j = 0; j < stmt.childCount(); ++j) {
        if (stmt.fieldNameOfChild(j) != "name") continue;
        Node name = stmt.child(j);
        if (name.is("aliased_import")) name = name.field("name");
        names.push_back(module + "." + std::string(name.text()));
      }
    }
    for (const std::string& q : names) {
      if (const auto a = stdlibAvailability(q)) {
        reach = reach & a->platforms;
      } else if (allStdlib) {
        *allStdlib = false;
      }
    }
  }
  return reach;
}

Node importProbeOf(Node statement, bool& inBody) {
  const Node block = statement.parent();
  const Node owner = block ? block.parent() : Node{};
  if (!owner) return {};
  if (owner.is("try_statement") && owner.field("body") == block) {
    inBody = true;
    return owner;
  }
  const Node t = owner.parent();
  if (!t || !t.is("try_statement")) return {};
  if (owner.is("else_clause")) {
    inBody = true;
    return t;
  }
  if (owner.is("except_clause")) {
    // Only a handler of ImportError runs exactly where the imports fail.
    for (uint32_t i = 0; i < owner.childCount(); ++i) {
      if (owner.fieldNameOfChild(i) != "value") continue;
      const std::string_view text = owner.child(i).text();
      if (text.find("ImportError") == std::string_view::npos && text.find("ModuleNotFoundError") == std::string_view::npos) {
        return {};
      }
      inBody = false;
      return t;
    }
  }
  return {};
}

std::optional<PlatformSet> platformsDispatchingTo(Node nameExpr, std::string_view functionName,
                                                  const SemanticModel& model) {
  const std::optional<ProbedName> built = probedName(nameExpr, model);
  if (!built || built->probe.prefix != std::string::npos) return std::nullopt;
  if (functionName.size() <= built->prefix.size() + built->suffix.size() || !functionName.starts_with(built->prefix) ||
      !functionName.ends_with(built->suffix)) {
    return std::nullopt;
  }
  const std::string_view value =
      functionName.substr(built->prefix.size(), functionName.size() - built->prefix.size() - built->suffix.size());
  PlatformSet on = PlatformSet::none();
  for (Platform p : kPlatforms) {
    if (built->probe.valueOn(p) == value) on = on | PlatformSet(p);
  }
  if (on.empty() && !otherSystemsValue(value)) return std::nullopt;
  return on;
}

namespace {

// Where a value under a dictionary key runs when the key names a platform or an operating system:
// `sys.platform`'s and `platform.system()`'s names of the targets, Linux distributions (their
// `/etc/os-release` IDs and families) and other systems; nullopt for any other key.
std::optional<PlatformSet> platformOfKey(std::string_view key) {
  const std::string lowered = toLower(key);
  if (lowered == "linux" || lowered == "linux2") return PlatformSet(Platform::Linux);
  if (lowered == "darwin" || lowered == "macos" || lowered == "osx") return PlatformSet(Platform::MacOS);
  if (lowered == "win32" || lowered == "windows") return PlatformSet(Platform::Windows);
  static constexpr std::string_view kDistributions[] = {
      "almalinux", "alpine",   "amazon",      "aosc",         "arch",      "azurelinux", "centos",   "cloudlinux",
      "cos",       "debian",   "eurolinux",   "fedora",       "gentoo",    "mariner",    "miraclelinux",
      "opencloudos", "openeuler", "openmandriva", "opensuse", "opensuse-leap", "opensuse-microos",
      "opensuse-tumbleweed", "photon", "raspberry-pi-os", "redhat", "rhel", "rocky", "sle-micro", "sle_hpc",
      "sles",      "suse",     "tencentos",   "ubuntu",       "virtuozzo"};
  if (std::find(std::begin(kDistributions), std::end(kDistributions), lowered) != std::end(kDistributions)) {
    return PlatformSet(Platform::Linux);
  }
  if (lowered == "dragonfly" || otherSystemsValue(lowered)) return PlatformSet::none();
  return std::nullopt;
}

std::optional<std::string> keyLiteral(Node pair) {
  return pair.is("pair") ? plainLiteral(pair.field("key")) : std::nullopt;
}

}  // namespace

std::optional<PlatformSet> platformTableEntry(Node pair) {
  const std::optional<std::string> key = keyLiteral(pair);
  const std::optional<PlatformSet> on = key ? platformOfKey(*key) : std::nullopt;
  if (!on) return std::nullopt;
  // A table, not a record that happens to have such a key: two keys at least name systems, and
  // they are most of its keys.
  const Node table = pair.parent();
  if (!table || !table.is("dictionary")) return std::nullopt;
  uint32_t keys = 0;
  uint32_t systems = 0;
  for (uint32_t i = 0; i < table.namedChildCount(); ++i) {
    const Node entry = table.namedChild(i);
    if (!entry.is("pair")) continue;
    ++keys;
    const std::optional<std::string> k = keyLiteral(entry);
    systems += k && platformOfKey(*k);
  }
  if (systems < 2 || systems * 2 < keys) return std::nullopt;
  return on;
}

}  // namespace platlint
