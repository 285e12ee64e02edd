// PORT601-PORT605: checks of the platform that are wrong or fragile. One matcher recognises the three
// probes code compares with string literals (`sys.platform`, `os.name`, `platform.system()`, through
// imports, aliases and single assignments, optionally `.lower()`ed) and judges the literal against
// the values each probe really takes; removed `platform` functions, `os.name == "posix"` guarding
// Linux-only code, and parsing of `uname` output are matched beside it.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/guard_analysis.h"
#include "analyzer/semantic/platform_condition.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/command_calls.h"
#include "rules/linux_only_uses.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-detection"};
constexpr PlatformSet kLinux = Platform::Linux;
constexpr PlatformSet kMacOS = Platform::MacOS;
constexpr PlatformSet kWindows = Platform::Windows;

constexpr RuleMeta kLinux2{
    "PORT601", "linux2-platform-check", Level::Warning,
    "Compares sys.platform with \"linux2\", which it never is on Python 3",
    "Finds `sys.platform == \"linux2\"`, `!= \"linux2\"`, `in (\"linux2\", ...)` and "
    "`sys.platform.startswith(\"linux2\")`, also through aliases (`from sys import platform`). A tuple that also "
    "lists `\"linux\"` is Python 2 compatibility that still works and is not reported.",
    "Python 2 reported `\"linux2\"` (or `\"linux3\"`) as `sys.platform` on Linux; Python 3.3 and later always "
    "report `\"linux\"`. The comparison is therefore always False (`!=`: always True) on Linux, the very "
    "platform it tests for: the Linux branch never runs and the fallback runs instead.",
    "import sys\nif sys.platform == \"linux2\":\n    configure_linux()",
    "import sys\nif sys.platform.startswith(\"linux\"):\n    configure_linux()",
    kLinux, kTags, FixAvailability::Sometimes,
    "The fix replaces `sys.platform == \"linux2\"` with `sys.platform.startswith(\"linux\")` (`!=` with "
    "`not sys.platform.startswith(\"linux\")`), keeping how the file spells `sys.platform` and its quote style, "
    "and `\"linux2\"` inside `in (...)` or `startswith(...)` with `\"linux\"`. It makes the test true on Linux as it "
    "was on Python 2, which is what the code was written for. The fix is unsafe: on Python 3 the test has been "
    "constant all along, so the branch it guards has not run (or has always run) since the code moved to Python 3, "
    "and after the fix it behaves differently on Linux. Read that branch before applying it (`--unsafe-fixes`)."};

constexpr RuleMeta kRemovedPlatformFunction{
    "PORT602", "removed-platform-function", Level::Error,
    "Calls platform.linux_distribution() or platform.dist(), which were removed in Python 3.8",
    "Finds calls of `platform.linux_distribution()` and `platform.dist()` and `from platform import "
    "linux_distribution`/`dist`. Calls under a `try` that catches `AttributeError` or `ImportError`, and calls "
    "under a condition on `sys.version_info`, `PY2`/`PY3` or `hasattr(platform, ...)`, are compatibility code "
    "and are not reported.",
    "Both functions were deprecated in Python 3.5 and removed in 3.8: on every current Python the call raises "
    "`AttributeError` (the import `ImportError`) on every platform. They only ever described Linux "
    "distributions; on macOS and Windows they returned empty strings.",
    "import platform\nname, version, _ = platform.linux_distribution()",
    "import platform, sys\nif sys.platform == \"linux\":\n    release = platform.freedesktop_os_release()  # 3.10+, Linux only\n"
    "    name, version = release[\"ID\"], release.get(\"VERSION_ID\", \"\")\n\n"
    "# or, on older Pythons, the `distro` package:\nimport distro\nname, version = distro.id(), distro.version()",
    PlatformSet::all(), kTags};

constexpr RuleMeta kOsNamePosix{
    "PORT603", "os-name-posix-means-linux", Level::Note,
    "Guards Linux-only code with os.name == \"posix\", which is also true on macOS",
    "Finds `if os.name == \"posix\":` (and `elif`, and conditions that combine it with `and`/`or` but still "
    "hold on macOS) whose block uses something that exists only on Linux: a Linux kernel file (`/proc`, "
    "`/sys`, `/dev/disk`, `/dev/shm`, `/etc/os-release`, ...), a standard-library name that typeshed declares "
    "for Linux only (`os.sched_setaffinity`, `select.epoll`, `socket.AF_PACKET`, ...), or a Linux-only program "
    "(PORT501's table). Uses that are themselves guarded for Linux inside the block are not counted.",
    "`os.name` is `\"posix\"` on every POSIX system: Linux, macOS, the BSDs. Code that needs Linux and tests "
    "`os.name` runs on macOS too and fails there with `FileNotFoundError` or `AttributeError` instead of taking "
    "the fallback that was written for non-Linux systems.",
    "import os\nif os.name == \"posix\":\n    with open(\"/proc/meminfo\") as f:\n        total = parse_meminfo(f)",
    "import sys\nif sys.platform.startswith(\"linux\"):\n    with open(\"/proc/meminfo\") as f:\n        total = parse_meminfo(f)\n"
    "else:\n    total = psutil.virtual_memory().total",
    kMacOS, kTags, FixAvailability::Sometimes,
    "The fix is unsafe: replacing `os.name == \"posix\"` with `sys.platform.startswith(\"linux\")` makes macOS and "
    "the BSDs take the other branch, which is the point but changes behaviour there; it adds `import sys` when "
    "needed."};

constexpr RuleMeta kPlatformValueCase{
    "PORT604", "platform-system-case", Level::Warning,
    "Compares sys.platform, os.name or platform.system() with a value it never has, such as \"linux\" for platform.system()",
    "Finds comparisons (`==`, `!=`, `in`, `not in`, `startswith`) of `platform.system()`, `sys.platform` and "
    "`os.name` with a string in the wrong case (`platform.system() == \"linux\"`, `sys.platform == \"Darwin\"`) or "
    "with a well-known name the probe never returns (`sys.platform == \"windows\"`, `\"win64\"`, `\"macos\"`, "
    "`\"osx\"`; `platform.system() == \"win32\"`; `os.name == \"windows\"`). `.lower()` on the probe is taken into "
    "account. Values of other, rarer platforms (`\"freebsd13\"`, `\"sunos5\"`, `\"Java\"`) are not reported. "
    "It also finds the host name (`platform.node()`, `socket.gethostname()`, `platform.uname()[1]` and "
    "`.node`, `os.uname().nodename`) compared with the name of a system or a Windows release "
    "(`platform.uname()[1] in {\"vista\", \"win7\"}`): field 1 of `uname()` is the machine's name, not its system.",
    "`platform.system()` returns `\"Linux\"`, `\"Darwin\"` and `\"Windows\"`; `sys.platform` is `\"linux\"`, "
    "`\"darwin\"` and `\"win32\"` (also on 64-bit Windows); `os.name` is `\"posix\"` or `\"nt\"`. A comparison with "
    "any other spelling is constant: always False with `==` (always True with `!=`), so the platform-specific "
    "branch never runs on the platform it was written for.",
    "import platform, sys\nif platform.system() == \"linux\":\n    ...\nif sys.platform == \"windows\":\n    ...",
    "import platform, sys\nif platform.system() == \"Linux\":\n    ...\nif sys.platform == \"win32\":\n    ...",
    PlatformSet::all(), kTags, FixAvailability::Sometimes,
    "The fix replaces the literal with the value the probe really returns for the platform that was "
    "meant (`\"linux\"` -> `\"Linux\"` for `platform.system()`, `\"windows\"` -> `\"win32\"` for `sys.platform`), "
    "keeping the quote style. It is unsafe: the comparison was constant before and afterwards is true on the "
    "platform it names, so code that has never run there starts to run; read it before applying the fix "
    "(`--unsafe-fixes`). "
    "Literals that name no platform unambiguously (`sys.platform == \"posix\"`) get no fix."};

constexpr RuleMeta kUnameParsing{
    "PORT605", "uname-parsing", Level::Warning,
    "Detects the platform from os.uname() fields or the output of the uname command",
    "Finds `os.uname()[i]` and `os.uname().sysname`/`.nodename`/`.release`/`.version`/`.machine`, also through a "
    "name assigned `os.uname()` once (`uname = os.uname()` ... `uname[3]`), and commands "
    "that run `uname` (see PORT501 for how commands are recognised). `platform.uname()`, which works "
    "everywhere, is not reported. PORT402 also reports the call of `os.uname` itself.",
    "`os.uname()` exists only on POSIX systems: on Windows it raises `AttributeError`. The `uname` program does "
    "not exist on Windows either, and parsing its output depends on the options of the local implementation "
    "(`uname -o`, `-i` and `-p` are GNU-only or print `unknown`). The `platform` module answers the same "
    "questions on every platform.",
    "import os, subprocess\nif os.uname()[0] == \"Linux\":\n    ...\n"
    "arch = subprocess.check_output([\"uname\", \"-m\"]).decode().strip()",
    "import platform\nif platform.system() == \"Linux\":\n    ...\narch = platform.machine()",
    kWindows, kTags, FixAvailability::Sometimes,
    "The fix is unsafe: `os.uname()[0]`/`.sysname` becomes `platform.system()`, `[1]`/`.nodename` "
    "`platform.node()`, `[2]`/`.release` `platform.release()`, `[3]`/`.version` `platform.version()` and "
    "`[4]`/`.machine` `platform.machine()`, which return the same values on POSIX systems but also work on "
    "Windows; it adds `import platform` when needed. Running `uname` gets no fix."};

constexpr const RuleMeta* kRules[] = {&kLinux2, &kRemovedPlatformFunction, &kOsNamePosix, &kPlatformValueCase,
                                      &kUnameParsing};

constexpr int kMaxProbeDepth = 8;

// HostName: the machine's name (`platform.node()`, `platform.uname()[1]`), mistaken for the system.
enum class ProbeKind { None, SysPlatform, OsName, PlatformSystem, HostName };

struct Probe {
  ProbeKind kind = ProbeKind::None;
  bool lowered = false;
  Node expr;  // the probe as written (for fixes that keep its spelling)
  explicit operator bool() const { return kind != ProbeKind::None; }
  std::string shown() const {
    if (kind == ProbeKind::HostName) return std::string(skipParentheses(expr).text());
    std::string s = kind == ProbeKind::SysPlatform ? "sys.platform" : kind == ProbeKind::OsName ? "os.name" : "platform.system()";
    return lowered ? s + ".lower()" : s;
  }
};

// A call without arguments of one of `functions` (`os.uname()`, `platform.node()`).
bool isArglessCallOf(Node expr, const SemanticModel& model, std::initializer_list<std::string_view> functions) {
  expr = skipParentheses(expr);
  if (!expr || !expr.is("call")) return false;
  const Node args = expr.field("arguments");
  const std::string_view q = model.qualifiedName(expr.field("function"));
  return args && args.namedChildCount() == 0 && std::find(functions.begin(), functions.end(), q) != functions.end();
}

// `platform.uname()` or `os.uname()` itself.
bool isUnameCall(Node expr, const SemanticModel& model) {
  return isArglessCallOf(expr, model, {"os.uname", "platform.uname"});
}

// The host name: `platform.node()`, `socket.gethostname()`, field 1 of a uname() result
// (`platform.uname()[1]`, `.node`, `os.uname().nodename`).
bool isHostName(Node expr, const SemanticModel& model) {
  if (expr.is("subscript")) {
    const Node index = skipParentheses(expr.field("subscript"));
    return index && index.text() == "1" && isUnameCall(expr.field("value"), model);
  }
  if (expr.is("attribute")) {
    const std::string_view attribute = expr.field("attribute").text();
    return (attribute == "node" || attribute == "nodename") && isUnameCall(expr.field("object"), model);
  }
  return isArglessCallOf(expr, model, {"platform.node", "socket.gethostname"});
}

Probe probeOf(Node expr, const SemanticModel& model, int depth = 0) {
  const Node original = expr;
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxProbeDepth) return {};
  if (isHostName(expr, model)) return {ProbeKind::HostName, false, original};
  if (expr.is("identifier") || expr.is("attribute")) {
    const std::string_view q = model.qualifiedName(expr);
    if (q == "sys.platform") return {ProbeKind::SysPlatform, false, original};
    if (q == "os.name") return {ProbeKind::OsName, false, original};
    if (expr.is("identifier")) {
      if (const Node value = model.singleAssignment(expr.text())) {
        Probe p = probeOf(value, model, depth + 1);
        p.expr = original;
        return p;
      }
    }
    return {};
  }
  if (expr.is("call")) {
    const Node function = expr.field("function");
    const Node args = expr.field("arguments");
    if (args && args.namedChildCount() != 0) return {};
    if (model.qualifiedName(function) == "platform.system") return {ProbeKind::PlatformSystem, false, original};
    if (function.is("attribute") &&
        (function.field("attribute").text() == "lower" || function.field("attribute").text() == "casefold")) {
      Probe inner = probeOf(function.field("object"), model, depth + 1);
      inner.lowered = true;
      inner.expr = original;
      return inner;
    }
  }
  return {};
}


// The operator of a two-operand comparison ("==", "not in", ...), empty for chains.
std::string comparisonOperator(Node cmp) {
  if (cmp.namedChildCount() != 2) return {};
  std::string op;
  for (uint32_t i = 0; i < cmp.childCount(); ++i) {
    const Node c = cmp.child(i);
    if (!c.isNamed()) op += (op.empty() ? "" : " ") + std::string(c.text());
  }
  return op;
}

// The `string_content` of a plain literal whose value is exactly its text (no escapes, no
// interpolation, not bytes), so that replacing it keeps quotes and prefix; else null.
Node plainContent(Node literal) {
  literal = skipParentheses(literal);
  if (!literal || !literal.is("string") || literal.childCount() != 3) return {};
  const Node start = literal.child(0);
  const Node content = literal.child(1);
  if (!content.is("string_content") || content.namedChildCount() != 0) return {};
  const std::string prefix = toLower(start.text());
  if (prefix.find('b') != std::string::npos || prefix.find('f') != std::string::npos) return {};
  return content;
}

char quoteOf(Node literal) {
  literal = skipParentheses(literal);
  if (literal && literal.is("string") && literal.childCount() > 0) {
    const std::string_view start = literal.child(0).text();
    if (!start.empty() && (start.back() == '\'' || start.back() == '"')) return start.back();
  }
  return '"';
}

// The string literals on the value side: one, or the elements of a tuple/list/set.
std::vector<Node> literalOperands(Node side) {
  side = skipParentheses(side);
  std::vector<Node> out;
  if (!side) return out;
  if (side.is("tuple") || side.is("list") || side.is("set")) {
    for (uint32_t i = 0; i < side.namedChildCount(); ++i) {
      if (side.namedChild(i).is("string")) out.push_back(side.namedChild(i));
    }
  } else if (side.is("string")) {
    out.push_back(side);
  }
  return out;
}

// ---- PORT604: the values each probe takes --------------------------------------------------

struct Synonym {
  std::string_view wrong;    // lower case
  std::string_view correct;  // empty: no unambiguous replacement
  std::string_view advice;   // used when there is no replacement
};

struct ProbeValues {
  std::span<const std::string_view> exact;     // values the probe takes
  std::span<const std::string_view> prefixes;  // families of values ("freebsd" for "freebsd13")
  std::span<const Synonym> synonyms;           // well-known wrong names
};

constexpr std::string_view kSysPlatformValues[] = {"linux", "darwin", "win32", "cygwin", "msys", "aix",
                                                   "emscripten", "wasi", "ios", "android", "sunos5"};
constexpr std::string_view kSysPlatformPrefixes[] = {"freebsd", "openbsd", "netbsd", "java"};
constexpr Synonym kSysPlatformSynonyms[] = {
    {"windows", "win32", ""}, {"win64", "win32", ""}, {"win", "win32", ""},  {"nt", "win32", ""},
    {"macos", "darwin", ""},  {"macosx", "darwin", ""}, {"osx", "darwin", ""}, {"mac", "darwin", ""},
    {"posix", "", "use `os.name == \"posix\"`"},
};
constexpr std::string_view kSystemValues[] = {"Linux", "Darwin", "Windows", "Java", "FreeBSD", "OpenBSD", "NetBSD",
                                              "SunOS", "AIX", "iOS", "iPadOS", "Android", "Emscripten"};
constexpr std::string_view kSystemPrefixes[] = {"CYGWIN_NT", "MSYS_NT", "MINGW"};
constexpr Synonym kSystemSynonyms[] = {
    {"win32", "Windows", ""}, {"win64", "Windows", ""}, {"win", "Windows", ""},   {"nt", "Windows", ""},
    {"macos", "Darwin", ""},  {"macosx", "Darwin", ""}, {"osx", "Darwin", ""},    {"mac", "Darwin", ""},
    {"posix", "", "use `os.name == \"posix\"`"},
};
constexpr std::string_view kOsNameValues[] = {"posix", "nt", "java"};
constexpr Synonym kOsNameSynonyms[] = {
    {"windows", "nt", ""},
    {"win32", "nt", ""},
    {"win64", "nt", ""},
    {"win", "nt", ""},
    {"linux", "", "`os.name` is `\"posix\"` on Linux and macOS alike: use `sys.platform.startswith(\"linux\")`"},
    {"darwin", "", "`os.name` is `\"posix\"` on Linux and macOS alike: use `sys.platform == \"darwin\"`"},
    {"macos", "", "`os.name` is `\"posix\"` on Linux and macOS alike: use `sys.platform == \"darwin\"`"},
};

ProbeValues valuesOf(ProbeKind kind) {
  switch (kind) {
    case ProbeKind::SysPlatform: return {kSysPlatformValues, kSysPlatformPrefixes, kSysPlatformSynonyms};
    case ProbeKind::PlatformSystem: return {kSystemValues, kSystemPrefixes, kSystemSynonyms};
    case ProbeKind::OsName: return {kOsNameValues, {}, kOsNameSynonyms};
    case ProbeKind::HostName:
    case ProbeKind::None: break;
  }
  return {};
}

struct Verdict {
  std::string correct;     // replacement value, empty when none
  std::string_view advice;  // when there is no replacement
};

// Whether `value` (compared with ==, or with startswith when `prefix`) can ever match the probe;
// nullopt when it can or when nothing is known about it.
std::optional<Verdict> judge(const Probe& probe, std::string_view value, bool prefix) {
  if (value.empty()) return std::nullopt;
  const ProbeValues values = valuesOf(probe.kind);
  const auto norm = [&](std::string_view v) { return probe.lowered ? toLower(v) : std::string(v); };
  const auto matches = [&](std::string_view candidate) {
    const std::string c = norm(candidate);
    return prefix ? c.starts_with(value) : c == value;
  };
  for (std::string_view v : values.exact) {
    if (matches(v)) return std::nullopt;
  }
  for (std::string_view p : values.prefixes) {
    const std::string c = norm(p);
    if (std::string_view(value).starts_with(c) || (prefix && c.starts_with(value))) return std::nullopt;
  }
  const std::string low = toLower(value);
  // The wrong case of a real value: the real value (or, for startswith, its prefix of that length).
  for (std::string_view v : values.exact) {
    const std::string c = norm(v);
    if (prefix ? toLower(c).starts_with(low) : toLower(c) == low) return Verdict{c.substr(0, value.size()), {}};
  }
  for (std::string_view p : values.prefixes) {
    const std::string c = norm(p);
    if (low.starts_with(toLower(c))) return Verdict{c + std::string(value.substr(c.size())), {}};
    if (prefix && toLower(c).starts_with(low)) return Verdict{c.substr(0, value.size()), {}};
  }
  for (const Synonym& s : values.synonyms) {
    if (low != s.wrong) continue;
    if (s.correct.empty()) return Verdict{{}, s.advice};
    std::string correct = norm(s.correct);
    // startswith("windows") on sys.platform: "win" is the prefix that works.
    if (prefix && probe.kind == ProbeKind::SysPlatform && correct == "win32") correct = "win";
    return Verdict{correct, {}};
  }
  return std::nullopt;
}

// A name of a system or of a Windows release, as code mistaking the host name for them writes it.
bool namesSystemOrRelease(std::string_view value) {
  static constexpr std::string_view kNames[] = {
      "linux", "darwin", "macos", "osx", "windows", "win32", "win64", "nt", "posix", "freebsd", "openbsd",
      "netbsd", "sunos", "aix", "cygwin", "vista", "xp", "win7", "win-7", "win8", "win-8", "win10", "win-10",
      "win11", "win-11", "win2k", "win2003", "win2008", "win2012", "win2016", "win2019", "win2022"};
  const std::string low = toLower(value);
  return std::find(std::begin(kNames), std::end(kNames), low) != std::end(kNames);
}

std::string quoted(std::string_view v) { return "`\"" + std::string(v) + "\"`"; }

// The if/elif whose condition `expr` is part of (through and/or/not/parentheses), or null.
Node guardedStatement(Node expr, Node& condition) {
  Node n = expr;
  for (Node parent = n.parent(); parent; n = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "boolean_operator" || k == "not_operator" || k == "parenthesized_expression") continue;
    if ((k == "if_statement" || k == "elif_clause") && parent.field("condition") == n) {
      condition = n;
      return parent;
    }
    return {};
  }
  return {};
}

// ---- PORT602 ---------------------------------------------------------------------------------

bool isRemovedPlatformFunction(std::string_view q) { return q == "platform.linux_distribution" || q == "platform.dist"; }

// What a removed or missing platform function raises: `from platform import dist` and
// `platform.dist()` on Python 3.8+.
constexpr std::string_view kMissingFunctionErrors[] = {"AttributeError", "ImportError"};
// What reading a missing file raises.
constexpr std::string_view kMissingFileErrors[] = {"OSError", "FileNotFoundError"};

// Compatibility code: under a try that handles the failure, or a condition on the Python version
// or on the function's existence.
bool isCompatibilityCode(Node node) {
  if (insideTryCatching(node, kMissingFunctionErrors)) return true;
  for (Node parent = node.parent(); parent; parent = parent.parent()) {
    const std::string_view k = parent.kind();
    Node condition;
    if (k == "if_statement" || k == "elif_clause" || k == "conditional_expression" || k == "while_statement") {
      condition = k == "conditional_expression" ? parent.namedChild(1) : parent.field("condition");
    }
    if (k == "else_clause" && parent.parent()) condition = parent.parent().field("condition");
    if (condition) {
      const std::string_view text = condition.text();
      for (std::string_view marker : {"version_info", "PY2", "PY3", "hasattr", "linux_distribution", "dist"}) {
        if (text.find(marker) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

// ---- PORT605 ---------------------------------------------------------------------------------

struct UnameField {
  std::string_view attribute;
  std::string_view replacement;  // a call of the platform module
  std::string_view what;
};
constexpr UnameField kUnameFields[] = {
    {"sysname", "platform.system()", "the operating system name"},
    {"nodename", "platform.node()", "the host name"},
    {"release", "platform.release()", "the operating system release"},
    {"version", "platform.version()", "the operating system version"},
    {"machine", "platform.machine()", "the machine type"},
};

bool isOsUnameCall(Node expr, const SemanticModel& model) { return isArglessCallOf(expr, model, {"os.uname"}); }

// A name its function (or the module) assigns `os.uname()` once (`uname = os.uname()` ... `uname[3]`).
bool namesOsUname(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr || !expr.is("identifier")) return false;
  Node value = model.singleAssignment(expr.text());
  if (!value) value = localSingleAssignment(expr, expr.text());
  return value && isOsUnameCall(value, model);
}

// Every way to reach os.uname() spells it out somewhere in the file; the answer is kept per file,
// because resolving each `x[0]` through its function is what the rule spends its time on.
bool mentionsUname(RuleContext& ctx) {
  std::optional<bool>& mentioned = ctx.fileState<std::optional<bool>>(&kUnameFields);
  if (!mentioned) mentioned = ctx.file().text().find("uname") != std::string_view::npos;
  return *mentioned;
}

// True when the file's `platform` names something other than the platform module.
bool platformNameTaken(const SemanticModel& model) {
  for (const Import& imp : model.imports()) {
    if (imp.localName == "platform" && imp.qualifiedName != "platform") return true;
  }
  return static_cast<bool>(model.singleAssignment("platform"));
}

std::string_view unameAdvice(const std::vector<std::string>& args) {
  const std::string_view first = args.empty() ? std::string_view("-s") : std::string_view(args.front());
  if (first == "-m" || first == "--machine") return "use `platform.machine()`";
  if (first == "-r" || first == "--kernel-release") return "use `platform.release()`";
  if (first == "-n" || first == "--nodename") return "use `platform.node()` or `socket.gethostname()`";
  if (first == "-v" || first == "--kernel-version") return "use `platform.version()`";
  if (first == "-p" || first == "--processor") return "use `platform.processor()` or `platform.machine()`";
  if (first == "-a" || first == "--all") return "use `platform.uname()`";
  return "use `platform.system()`, `platform.machine()` or `platform.release()`";
}

class PlatformDetectionCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT6xx platform detection"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"comparison_operator", "call", "subscript", "attribute",
                                                 "import_from_statement"};
    return kinds;
  }

  void visit(Node node, RuleContext& ctx) const override {
    const std::string_view k = node.kind();
    if (k == "comparison_operator") {
      visitComparison(node, ctx);
    } else if (k == "call") {
      visitCall(node, ctx);
    } else if (k == "subscript" || k == "attribute") {
      visitUnameField(node, ctx);
    } else if (k == "import_from_statement") {
      visitImport(node, ctx);
    }
  }

 private:
  static void visitComparison(Node cmp, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    const std::string op = comparisonOperator(cmp);
    if (op != "==" && op != "!=" && op != "in" && op != "not in") return;
    Probe probe = probeOf(cmp.namedChild(0), model);
    Node valueSide = cmp.namedChild(1);
    if (!probe && (op == "==" || op == "!=")) {
      probe = probeOf(cmp.namedChild(1), model);
      valueSide = cmp.namedChild(0);
    }
    if (!probe) return;
    const bool membership = op == "in" || op == "not in";
    const Node side = skipParentheses(valueSide);
    if (membership && !(side && (side.is("tuple") || side.is("list") || side.is("set")))) return;

    std::vector<std::pair<Node, std::string>> literals;  // literal node, value
    if (membership) {
      for (const Node lit : literalOperands(side)) {
        if (const auto v = model.stringValue(lit); v && v->complete) literals.emplace_back(lit, v->value);
      }
    } else if (const auto v = model.stringValue(valueSide); v && v->complete) {
      literals.emplace_back(valueSide, v->value);
    }
    if (literals.empty()) return;

    if (probe.kind == ProbeKind::HostName) {
      checkHostName(probe, literals, ctx);
      return;
    }
    if (probe.kind == ProbeKind::SysPlatform) checkLinux2(cmp, op, probe, literals, ctx);
    if (probe.kind == ProbeKind::OsName && !probe.lowered) checkOsNamePosix(cmp, op, literals, ctx);
    for (const auto& [lit, value] : literals) checkValue(probe, lit, value, false, op, ctx);
  }

  static void checkLinux2(Node cmp, const std::string& op, const Probe& probe,
                          const std::vector<std::pair<Node, std::string>>& literals, RuleContext& ctx) {
    if (!ctx.enabled(kLinux2)) return;
    const auto linux2 = std::find_if(literals.begin(), literals.end(), [](const auto& l) { return l.second == "linux2"; });
    if (linux2 == literals.end()) return;
    if (op == "in" || op == "not in") {
      if (std::any_of(literals.begin(), literals.end(), [](const auto& l) { return l.second == "linux"; })) return;
      const std::string message = "`" + probe.shown() + "` is never " + quoted("linux2") +
                                  " on Python 3, so this element never matches; use " + quoted("linux");
      if (const Node content = plainContent(linux2->first)) {
        ctx.report(kLinux2, linux2->first, message,
                   Fix{"Replace `\"linux2\"` with `\"linux\"`", FixSafety::Unsafe, {{content.startByte(), content.endByte(), "linux"}}, {}});
      } else {
        ctx.report(kLinux2, linux2->first, message);
      }
      return;
    }
    const bool negated = op == "!=";
    const std::string message = "`" + probe.shown() + "` is never " + quoted("linux2") + " on Python 3, so this is always " +
                                (negated ? "True" : "False") + "; use `" + (negated ? "not " : "") +
                                "sys.platform.startswith(\"linux\")`";
    const Node probeExpr = skipParentheses(probe.expr);
    std::string spelled(probe.expr.text());
    if (!(probeExpr.is("identifier") || probeExpr.is("attribute") || probeExpr.is("call") || probe.expr.is("parenthesized_expression"))) {
      spelled = "(" + spelled + ")";
    }
    const char q = quoteOf(linux2->first);
    std::string replacement = spelled + ".startswith(" + q + "linux" + q + ")";
    if (negated) {
      replacement = "not " + replacement;
      const Node parent = cmp.parent();
      const std::string_view pk = parent ? parent.kind() : std::string_view{};
      if (pk == "binary_operator" || pk == "unary_operator" || pk == "comparison_operator" || pk == "attribute" ||
          pk == "subscript" || pk == "await" || pk == "call") {
        replacement = "(" + replacement + ")";
      }
    }
    ctx.report(kLinux2, cmp, message,
               Fix{"Replace with `" + std::string(negated ? "not " : "") + "sys.platform.startswith(\"linux\")`",
                   FixSafety::Unsafe, {{cmp.startByte(), cmp.endByte(), replacement}}, {}});
  }

  static void checkOsNamePosix(Node cmp, const std::string& op, const std::vector<std::pair<Node, std::string>>& literals,
                               RuleContext& ctx) {
    if (!ctx.enabled(kOsNamePosix)) return;
    if (!(op == "==" || op == "in") || literals.size() != 1 || literals[0].second != "posix") return;
    Node condition;
    const Node statement = guardedStatement(cmp, condition);
    if (!statement) return;
    const SemanticModel& model = ctx.model();
    if (evaluatePlatformCondition(condition, model).whenFalse.contains(Platform::MacOS)) return;
    const GuardAnalysis guards(model);
    std::string construct;
    forEachLinuxOnlyUse(statement.field("consequence"), model, guards, ctx.settings().commandWrappers, kMacOS,
                        [&](const LinuxOnlyUse& use) {
                          construct = use.described;
                          return true;
                        });
    if (construct.empty()) return;
    std::string message = "`os.name == \"posix\"` is also true on macOS and the BSDs, but the code it guards uses " +
                          construct + "; test `sys.platform.startswith(\"linux\")` instead";
    if (op == "==") {
      const char q = quoteOf(literals[0].first);
      ctx.report(kOsNamePosix, cmp, std::move(message),
                 Fix{"Replace with `sys.platform.startswith(\"linux\")`", FixSafety::Unsafe,
                     {{cmp.startByte(), cmp.endByte(), std::string("sys.platform.startswith(") + q + "linux" + q + ")"}},
                     {"sys"}});
    } else {
      ctx.report(kOsNamePosix, cmp, std::move(message));
    }
  }

  // A host name compared with the name of a system or a Windows release: the machine's name was taken
  // for the system's, and the comparison matches only a machine that happens to be called so.
  static void checkHostName(const Probe& probe, const std::vector<std::pair<Node, std::string>>& literals,
                            RuleContext& ctx) {
    if (!ctx.enabled(kPlatformValueCase)) return;
    std::string names;
    Node first;
    size_t count = 0;
    for (const auto& [lit, value] : literals) {
      if (!namesSystemOrRelease(value)) continue;
      names += (names.empty() ? "" : ", ") + quoted(value);
      if (!first) first = lit;
      ++count;
    }
    if (!first) return;
    ctx.report(kPlatformValueCase, first,
               "`" + probe.shown() + "` is the host name, not the system or its release, so " + names +
                   (count == 1 ? " matches" : " match") + " only a machine named so; use `platform.system()` for the system and "
                   "`platform.release()` for the release (\"Vista\", \"7\", \"10\" on Windows)");
  }

  // PORT604 for one literal compared with a probe (`op` "startswith" for prefix tests).
  static void checkValue(const Probe& probe, Node literal, const std::string& value, bool prefix, std::string_view op,
                         RuleContext& ctx) {
    if (!ctx.enabled(kPlatformValueCase)) return;
    const auto verdict = judge(probe, value, prefix);
    if (!verdict) return;
    std::string message = "`" + probe.shown() + "` " + (prefix ? "never starts with " : "is never ") + quoted(value) + ", so ";
    if (op == "==" || op == "startswith") message += "this is always False";
    else if (op == "!=") message += "this is always True";
    else message += "this element never matches";
    if (verdict->correct.empty()) {
      ctx.report(kPlatformValueCase, literal, message + "; " + std::string(verdict->advice));
      return;
    }
    message += "; use " + quoted(verdict->correct);
    if (const Node content = plainContent(literal)) {
      ctx.report(kPlatformValueCase, literal, std::move(message),
                 Fix{"Replace " + quoted(value) + " with " + quoted(verdict->correct), FixSafety::Unsafe,
                     {{content.startByte(), content.endByte(), verdict->correct}}, {}});
    } else {
      ctx.report(kPlatformValueCase, literal, std::move(message));
    }
  }

  static void visitCall(Node call, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    const Node function = call.field("function");
    if (!function) return;
    if (function.is("attribute") && function.field("attribute").text() == "startswith") {
      const Probe probe = probeOf(function.field("object"), model);
      const Node args = call.field("arguments");
      if (probe && args && args.is("argument_list") && args.namedChildCount() == 1) {
        for (const Node lit : literalOperands(args.namedChild(0))) {
          const auto v = model.stringValue(lit);
          if (!v || !v->complete) continue;
          if (v->value == "linux2" && probe.kind == ProbeKind::SysPlatform && ctx.enabled(kLinux2)) {
            const std::string message = "`" + probe.shown() + "` never starts with " + quoted("linux2") +
                                        " on Python 3, so this is always False; use `startswith(\"linux\")`";
            if (const Node content = plainContent(lit)) {
              ctx.report(kLinux2, lit, message,
                         Fix{"Replace `\"linux2\"` with `\"linux\"`", FixSafety::Unsafe,
                             {{content.startByte(), content.endByte(), "linux"}}, {}});
            } else {
              ctx.report(kLinux2, lit, message);
            }
            continue;
          }
          checkValue(probe, lit, v->value, true, "startswith", ctx);
        }
      }
      return;
    }
    if (function.is("attribute") && ctx.enabled(kRemovedPlatformFunction)) {
      const std::string_view q = model.qualifiedName(function);
      if (isRemovedPlatformFunction(q) && !isCompatibilityCode(call)) {
        const std::string name(q.substr(q.find('.') + 1));
        ctx.report(kRemovedPlatformFunction, call,
                   "`platform." + name + "()` was removed in Python 3.8 and raises `AttributeError`; use "
                   "`platform.freedesktop_os_release()` (Python 3.10+, Linux only: guard it) or the `distro` package");
      }
    }
    if (ctx.enabled(kUnameParsing)) {
      if (const auto& command = commandInvocation(call, ctx)) {
        for (const ProgramUse& p : programsOf(*command)) {
          if (p.name != "uname") continue;
          if (insideTryCatching(call, kMissingFileErrors)) break;
          ctx.report(kUnameParsing, p.node,
                     "runs `uname`, which Windows does not have; " + std::string(unameAdvice(p.args)));
          break;
        }
      }
    }
  }

  static void visitUnameField(Node node, RuleContext& ctx) {
    if (!ctx.enabled(kUnameParsing) || !mentionsUname(ctx)) return;
    const SemanticModel& model = ctx.model();
    const UnameField* field = nullptr;
    const Node unameOf = node.is("subscript") ? node.field("value") : node.field("object");
    if (node.is("subscript")) {
      const Node index = skipParentheses(node.field("subscript"));
      if (!index || !index.is("integer")) return;
      const std::string_view text = index.text();
      if (text.size() != 1 || text[0] < '0' || text[0] > '4') return;
      field = &kUnameFields[text[0] - '0'];
    } else {
      const std::string_view attribute = node.field("attribute").text();
      for (const UnameField& f : kUnameFields) {
        if (f.attribute == attribute) field = &f;
      }
      if (!field) return;
    }
    // The field first: resolving a name scans its function, and most subscripts are not of os.uname().
    // Through a name (`uname = os.uname()` ... `uname[3]`): replacing the read leaves the call.
    const bool throughName = namesOsUname(unameOf, model);
    if (!throughName && !isOsUnameCall(unameOf, model)) return;
    std::string message = "reads " + std::string(field->what) + " from `" + std::string(node.text()) +
                          "`, and `os.uname()` does not exist on Windows; use `" + std::string(field->replacement) + "`";
    if (node.text().find('\n') != std::string_view::npos) {
      message = "reads " + std::string(field->what) + " from `os.uname()`, which does not exist on Windows; use `" +
                std::string(field->replacement) + "`";
    } else if (throughName) {
      message = "reads " + std::string(field->what) + " from `" + std::string(node.text()) + "`, where `" +
                std::string(skipParentheses(unameOf).text()) + "` is `os.uname()`, which does not exist on Windows; use `" +
                std::string(field->replacement) + "`";
    }
    if (platformNameTaken(model) || throughName) {
      ctx.report(kUnameParsing, node, std::move(message));
      return;
    }
    ctx.report(kUnameParsing, node, std::move(message),
               Fix{"Replace with `" + std::string(field->replacement) + "`", FixSafety::Unsafe,
                   {{node.startByte(), node.endByte(), std::string(field->replacement)}}, {"platform"}});
  }

  static void visitImport(Node node, RuleContext& ctx) {
    if (!ctx.enabled(kRemovedPlatformFunction)) return;
    const Node module = node.field("module_name");
    if (!module || module.text() != "platform" || isCompatibilityCode(node)) return;
    for (uint32_t i = 0; i < node.childCount(); ++i) {
      if (node.fieldNameOfChild(i) != "name") continue;
      Node name = node.child(i);
      if (name.is("aliased_import")) name = name.field("name");
      if (name.text() != "linux_distribution" && name.text() != "dist") continue;
      ctx.report(kRemovedPlatformFunction, name,
                 "`platform." + std::string(name.text()) + "` was removed in Python 3.8, so this import raises "
                 "`ImportError`; use `platform.freedesktop_os_release()` (Python 3.10+, Linux only: guard it) or the "
                 "`distro` package");
    }
  }
};

}  // namespace

const Check& platformDetectionCheck() {
  static const PlatformDetectionCheck check;
  return check;
}

}  // namespace platlint
