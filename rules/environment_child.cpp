// PORT321: a variable given to a child process whose effect depends on the platform the child runs
// on. The carriers (what childEnvironmentEntries() finds) are shared with the PORT3xx inventory
// facts; the rule reports only the variables that steer POSIX, glibc or ELF programs and do
// nothing elsewhere. PATH, PYTHONPATH, TZ for a Python child and a program's own variables work
// everywhere and stay quiet; PORT320's advice to give a child its own environment stands.
#include "rules/environment_child.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/node_answers.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "rules/environment_access.h"
#include "rules/environment_catalog.h"
#include "rules/program_table.h"
#include "rules/shell_words.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "environment", "platform-specific"};

constexpr RuleMeta kChildSteers{
    "PORT321", "child-environment-steers-program", Level::Warning,
    "Gives a child process an environment variable that steers programs on some platforms only",
    "Finds variables set for a child process through `env=` of `subprocess` and `os.exec*e`/`os.spawn*e`, "
    "`update_env=`, `env_variables=` and `extra_env=` of the executors PORT5xx recognises and of calls named "
    "like one (cloud-init's `subp.subp`, oslo.concurrency's `processutils.execute`, ...; not `assert*` or "
    "`mock.call`), a dictionary built in a local name and passed "
    "on (`env = os.environ.copy(); env[\"LC_ALL\"] = \"C\"`, `my_env = {...}`), a copy of the process environment "
    "written to wherever it goes next (returned, or stored in `kwargs[\"env_variables\"]`: writing to a copy changes "
    "nothing in this process), and `env NAME=value prog` prefixes "
    "of literal commands, when the variable is one whose effect depends on the platform: the locale (`LANG`, "
    "`LANGUAGE`, `LC_ALL`, `LC_*`), glibc's allocator tuning (`MALLOC_*`, `GLIBC_TUNABLES`), the ELF loader's "
    "(`LD_LIBRARY_PATH`, `LD_PRELOAD`, ...), macOS's loader's (`DYLD_*`) and `TMPDIR` (unless `TEMP` or `TMP` "
    "is set too). A value passed through from the parent's environment is not reported, nor `env={}`, `PATH`, "
    "`PYTHONPATH`, `TZ` or a program's own variables, nor a locale variable given to a child whose output the code discards (the call is a statement of its own: `subp.subp([\"lxc\", ...], update_env={\"LC_ALL\": \"C\"})`), nor a variable given to a program that is missing "
    "wherever the variable has no effect (`LANG=C` for Debian's `update-locale` or for `growpart --help`: "
    "Windows has no such program to ignore it, and PORT501/PORT502 report the program where it matters).",
    "Setting `LC_ALL=C` for a child is the usual way to get output that parses the same everywhere, and it works "
    "for POSIX programs only: Windows programs take their locale from the user's regional settings and ignore "
    "the variable, so the parsing it protects is unprotected there. `MALLOC_ARENA_MAX` and the other `MALLOC_*` "
    "variables tune glibc's `malloc` and do nothing with macOS's, Windows' or musl's C library; `LD_*` is read "
    "only by ELF dynamic loaders (macOS's dyld reads `DYLD_*` and System Integrity Protection strips those from "
    "system programs; Windows finds DLLs through `PATH`); Windows programs find their temporary directory in "
    "`TEMP` and `TMP`, not `TMPDIR`. The child then runs with defaults the code meant to replace. Giving a child "
    "its own environment (PORT320's advice) is right; this rule only says where the variable has no effect.",
    "import os, subprocess\nout = subprocess.run([\"git\", \"status\"], env={**os.environ, \"LC_ALL\": \"C\"},\n"
    "                     capture_output=True, text=True).stdout\nclean = \"nothing to commit\" in out",
    "import subprocess\n# parse a program's machine-readable output, which no locale changes\n"
    "out = subprocess.run([\"git\", \"status\", \"--porcelain\"], capture_output=True, text=True).stdout\n"
    "clean = not out.strip()\n# (`--json`, `-b` and the like elsewhere), or ask Python for the value itself "
    "(`shutil.disk_usage()` rather than `df`)",
    kNotLinux, kTags};

constexpr const RuleMeta* kRules[] = {&kChildSteers};
constexpr std::string_view kNodeKinds[] = {"call", "assignment"};

constexpr std::string_view kEnvironmentKeywords[] = {"env", "update_env", "env_variables", "extra_env"};

void collectMapping(Node value, Node use, const SemanticModel& model, std::vector<ChildEnvironmentEntry>& out,
                    int depth);

void addEntry(Node where, Node nameNode, Node value, const SemanticModel& model,
              std::vector<ChildEnvironmentEntry>& out) {
  std::string name;
  if (nameNode.is("identifier")) {
    name = nameNode.text();
  } else {
    const auto folded = model.stringValue(nameNode);
    if (!folded || !folded->complete || folded->value.empty()) return;
    name = folded->value;
  }
  out.push_back({std::move(name), where, value});
}

// `env["LC_ALL"] = "C"`, `env.update({...})`, `env.update(LC_ALL="C")` and `env.setdefault("LC_ALL", "C")`
// before `use` in its scope: a dictionary filled step by step for the child.
void collectLocalWrites(Node use, std::string_view name, const SemanticModel& model,
                        std::vector<ChildEnvironmentEntry>& out, int depth) {
  const Node scope = bindingScope(use);
  if (!scope) return;
  std::vector<Node> stack{scope};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.startByte() >= use.startByte()) continue;
    if (!(n == scope) && (n.is("function_definition") || n.is("class_definition") || n.is("lambda"))) continue;
    if (n.is("assignment")) {
      const Node left = n.field("left");
      if (left.is("subscript") && left.field("value").is("identifier") && left.field("value").text() == name) {
        addEntry(n, left.field("subscript"), n.field("right"), model, out);
      }
    } else if (n.is("call")) {
      const Node fn = n.field("function");
      const Node object = fn.is("attribute") ? fn.field("object") : Node{};
      if (object && object.is("identifier") && object.text() == name) {
        const std::string_view method = fn.field("attribute").text();
        const CallArguments args = argumentsOf(n);
        if (method == "update") {
          for (const Node k : args.keywords) addEntry(k, k.field("name"), k.field("value"), model, out);
          if (!args.positional.empty()) collectMapping(args.positional[0], n, model, out, depth + 1);
        } else if (method == "setdefault" && args.positional.size() == 2) {
          addEntry(n, args.positional[0], args.positional[1], model, out);
        }
      }
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
}

void collectMapping(Node value, Node use, const SemanticModel& model, std::vector<ChildEnvironmentEntry>& out,
                    int depth) {
  value = skipParentheses(value);
  if (!value || depth > 2) return;
  if (value.is("dictionary")) {
    for (uint32_t i = 0; i < value.namedChildCount(); ++i) {
      const Node pair = value.namedChild(i);
      if (pair.is("pair")) addEntry(pair, pair.field("key"), pair.field("value"), model, out);
    }
  } else if (value.is("call") && model.qualifiedName(value.field("function")) == "builtins.dict") {
    const CallArguments args = argumentsOf(value);
    for (const Node k : args.keywords) addEntry(k, k.field("name"), k.field("value"), model, out);
    if (!args.positional.empty()) collectMapping(args.positional[0], use, model, out, depth + 1);
  } else if (value.is("identifier")) {
    // A dictionary the function builds for the child; the process environment itself (`env =
    // os.environ`) is written by PORT320's accesses instead.
    std::vector<Node> values = localAssignedValues(value, value.text());
    if (values.empty() && !bindingScope(value).is("module")) {
      // `env = os.environ.copy()` then `env["LC_ALL"] = "C"`, which localAssignedValues() does not
      // take for a single binding: the latest plain assignment before the use.
      model.forEachAssignmentTo(bindingScope(value), value.text(), [&](Node assignment) {
        if (assignment.startByte() >= value.startByte()) return false;
        values.push_back(assignment.field("right"));
        return true;
      });
    }
    if (values.empty()) {
      // A module constant (`LANG_C_ENV = {"LANG": "C"}`); a lower-case name in a function may be
      // its parameter instead.
      const bool constantName = !hasLowercase(value.text());
      const Node constant = constantName || bindingScope(value).is("module") ? model.singleAssignment(value.text())
                                                                             : Node{};
      if (constant) {
        if (!isEnvironmentMapping(skipParentheses(constant), model)) collectMapping(constant, use, model, out, depth + 1);
      }
      return;
    }
    for (const Node v : values) {
      if (isEnvironmentMapping(skipParentheses(v), model)) return;
    }
    for (const Node v : values) collectMapping(v, use, model, out, depth + 1);
    collectLocalWrites(value, value.text(), model, out, depth);
  }
}

bool isAssignmentWord(std::string_view word) {
  const size_t eq = word.find('=');
  if (eq == std::string_view::npos || eq == 0) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(eq), [](char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

bool isEnvProgram(std::string_view word) { return word == "env" || word == "/usr/bin/env" || word == "/bin/env"; }

// `["env", "LC_ALL=C", "prog", ...]`, after an optional `sudo`.
void collectArgvPrefix(const std::vector<CommandWord>& argv, std::vector<ChildEnvironmentEntry>& out) {
  size_t i = 0;
  if (i < argv.size() && argv[i].text == "sudo") ++i;
  if (i >= argv.size() || !isEnvProgram(argv[i].text)) return;
  for (++i; i < argv.size(); ++i) {
    const std::string& word = argv[i].text;
    if (word.starts_with("-")) continue;  // `env -i`, `env -u NAME` (its operand is no assignment)
    if (!isAssignmentWord(word)) break;
    out.push_back({word.substr(0, word.find('=')), argv[i].written ? argv[i].written : argv[i].node, Node{}});
  }
}

// `LC_ALL=C prog` and `env LC_ALL=C prog` in each segment of a shell command line.
void collectShellPrefix(const CommandInvocation& command, std::vector<ChildEnvironmentEntry>& out) {
  for (const auto& words : shellSegments(command.commandLine, command.commandLineComplete)) {
    size_t i = 0;
    if (i < words.size() && isEnvProgram(words[i])) ++i;
    for (; i < words.size() && isAssignmentWord(words[i]); ++i) {
      out.push_back({words[i].substr(0, words[i].find('=')), command.commandNode, Node{}});
    }
  }
}

struct ChildEffect {
  std::string_view effect;  // completes "..., which <effect>"
  std::string_view advice;
  PlatformSet noEffectOn;
  bool protectsOutput = false;  // matters only where the child's output is read (the locale)
};

constexpr std::string_view kLoaderNames[] = {"LD_LIBRARY_PATH", "LD_PRELOAD",  "LD_BIND_NOW", "LD_BIND_NOT",
                                             "LD_DEBUG",        "LD_AUDIT",    "LD_PROFILE",  "LD_ASSUME_KERNEL",
                                             "LD_DYNAMIC_WEAK", "LD_SHOW_AUXV"};

std::optional<ChildEffect> platformSpecificEffect(std::string_view name) {
  if (name == "LANG" || name == "LANGUAGE" || name == "LC_ALL" || name.starts_with("LC_")) {
    return ChildEffect{"sets the locale of POSIX programs only: Windows programs take theirs from the user's "
                       "regional settings and ignore it, so output parsed on the assumption of that locale is "
                       "unprotected there",
                       "parse output that does not depend on the locale (a machine-readable option such as "
                       "`--porcelain`, `--json` or `-b`, or a Python API instead of the program), or guard the "
                       "parsing with `os.name == \"posix\"`",
                       kWindowsOnly, true};
  }
  if (name.starts_with("MALLOC_") || name == "GLIBC_TUNABLES") {
    return ChildEffect{"tunes glibc's memory allocator and has no effect with the C libraries of macOS and Windows "
                       "(nor musl's)",
                       "treat it as Linux-only tuning that nothing may depend on, and say so where it is set",
                       kNotLinux};
  }
  if (std::find(std::begin(kLoaderNames), std::end(kLoaderNames), name) != std::end(kLoaderNames)) {
    return ChildEffect{"is read only by ELF dynamic loaders: macOS's dyld reads `DYLD_*` (which System Integrity "
                       "Protection strips from system programs) and Windows finds DLLs through `PATH`",
                       "install the libraries where the program finds them, or set the platform's variable under "
                       "a platform guard",
                       kNotLinux};
  }
  if (name.starts_with("DYLD_")) {
    return ChildEffect{"is read only by macOS's dynamic loader (and stripped from system programs by System "
                       "Integrity Protection): Linux reads `LD_*` and Windows `PATH`",
                       "install the libraries where the program finds them, or set the platform's variable under "
                       "a platform guard",
                       Platform::Linux | Platform::Windows};
  }
  if (name == "TMPDIR") {
    return ChildEffect{"is not where Windows programs look for their temporary directory (`TEMP` and `TMP`)",
                       "set `TEMP` and `TMP` to the same directory, or pass it to the program as an option",
                       kWindowsOnly};
  }
  return std::nullopt;
}

// `{"LANG": os.environ.get("LANG")}` hands on the parent's value instead of choosing one.
bool passesParentValue(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value) return false;
  if (value.is("none")) return true;
  for (const EnvironmentAccess& a : environmentAccesses(value, model)) {
    if (!a.isWrite()) return true;
  }
  return false;
}

bool setsAny(const std::vector<ChildEnvironmentEntry>& entries, std::initializer_list<std::string_view> names) {
  return std::any_of(entries.begin(), entries.end(), [&](const ChildEnvironmentEntry& e) {
    return std::find(names.begin(), names.end(), e.name) != names.end();
  });
}

// `os.environ.copy()`, `dict(os.environ)`, `copy.copy(os.environ)`, `{**os.environ, ...}`, and such a copy
// as the default of `kwargs.pop("env_variables", os.environ.copy())`: writing to it changes nothing in
// this process, so it is an environment being prepared for a child, wherever it goes next.
bool isEnvironmentCopy(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value) return false;
  if (value.is("dictionary")) {
    for (uint32_t i = 0; i < value.namedChildCount(); ++i) {
      const Node item = value.namedChild(i);
      if (item.is("dictionary_splat") && isEnvironmentMapping(item.namedChild(0), model)) return true;
    }
    return false;
  }
  if (!value.is("call")) return false;
  const Node fn = skipParentheses(value.field("function"));
  const CallArguments args = argumentsOf(value);
  if (fn.is("attribute") && fn.field("attribute").text() == "copy" && args.positional.empty()) {
    return isEnvironmentMapping(fn.field("object"), model);
  }
  if (args.positional.empty()) return false;
  const std::string_view callee = model.qualifiedName(fn);
  if (callee == "builtins.dict" || callee == "copy.copy" || callee == "copy.deepcopy") {
    return isEnvironmentMapping(args.positional[0], model);
  }
  if (fn.is("attribute") && (fn.field("attribute").text() == "pop" || fn.field("attribute").text() == "get") &&
      args.positional.size() == 2) {
    return isEnvironmentCopy(args.positional[1], model);
  }
  return false;
}

// `env["LD_LIBRARY_PATH"] = ...` where `env` was last assigned a copy of the process environment in
// the same scope: the entry it sets, or nothing.
std::optional<ChildEnvironmentEntry> environmentCopyWrite(Node assignment, const SemanticModel& model) {
  const Node left = skipParentheses(assignment.field("left"));
  if (!left || !left.is("subscript")) return std::nullopt;
  const Node target = skipParentheses(left.field("value"));
  if (!target || !target.is("identifier")) return std::nullopt;
  std::vector<ChildEnvironmentEntry> entry;
  addEntry(assignment, left.field("subscript"), assignment.field("right"), model, entry);
  // Every `d[k] = v` of every file comes here: only a platform-specific variable is worth the
  // search of the scope for what `d` was last assigned.
  if (entry.empty() || !platformSpecificEffect(entry.front().name)) return std::nullopt;
  Node latest;
  model.forEachAssignmentTo(bindingScope(target), target.text(), [&](Node earlier) {
    if (earlier.startByte() >= assignment.startByte()) return false;
    latest = earlier.field("right");
    return true;
  });
  if (!isEnvironmentCopy(latest, model)) return std::nullopt;
  return std::move(entry.front());
}

// Where the child's program does not exist (the tables of PORT501, PORT502 and PORT505): it cannot
// run there, so the variables it would have been given cannot matter; that the program is missing
// is those rules' finding. None for unknown programs.
PlatformSet whereProgramIsMissing(const std::vector<ProgramUse>& programs) {
  if (programs.empty() || programs.front().name.empty()) return PlatformSet::none();
  const std::string& program = programs.front().name;
  PlatformSet missing = PlatformSet::none();
  for (const CommandFact* fact : {linuxOnlyCommand(program), posixOnlyCommand(program), bsdOnlyCommand(program)}) {
    if (fact) missing = missing | fact->missingOn;
  }
  return missing;
}

class ChildEnvironmentCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT321 child environment"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node node, RuleContext& ctx) const override {
    if (node.is("assignment")) {
      // Where the copy goes (`env=`, a return, `kwargs["env_variables"]`) the call path may not see; an
      // entry it does see is reported there with the same message at the same place, and kept once.
      if (const auto entry = environmentCopyWrite(node, ctx.model())) {
        if (entry->name != "TMPDIR") report(*entry, {}, false, PlatformSet::none(), ctx);
      }
      return;
    }
    const std::vector<ChildEnvironmentEntry>& entries = childEnvironmentEntries(node, ctx);
    if (entries.empty()) return;
    const auto& command = commandInvocation(node, ctx);
    const std::vector<ProgramUse> programs = command ? programsOf(*command) : std::vector<ProgramUse>{};
    const std::string program =
        !programs.empty() && !programs.front().name.empty() ? " `" + programs.front().name + "`" : "";
    const PlatformSet programMissing = whereProgramIsMissing(programs);
    // `_lxc(cmd)` runs `subp.subp([...], update_env={"LC_ALL": "C"})` as a statement: whatever the
    // child prints, this code parses none of it, so its locale protects nothing.
    const bool outputDiscarded = node.parent() && node.parent().is("expression_statement");
    for (const ChildEnvironmentEntry& entry : entries) {
      if (entry.name == "TMPDIR" && setsAny(entries, {"TEMP", "TMP"})) continue;
      if (const auto effect = platformSpecificEffect(entry.name); outputDiscarded && effect && effect->protectsOutput) {
        continue;
      }
      // A dictionary written outside the call (a module constant) may serve several programs.
      const bool inCall = entry.where.startByte() >= node.startByte() && entry.where.endByte() <= node.endByte();
      report(entry, program, inCall, programMissing, ctx);
    }
  }

 private:
  // `programMissing`: where the child's program is known not to run. `LANG=C` for `update-locale`
  // or `growpart` is moot on Windows, which has no such program to ignore it.
  static void report(const ChildEnvironmentEntry& entry, const std::string& program, bool inCall,
                     PlatformSet programMissing, RuleContext& ctx) {
    const auto effect = platformSpecificEffect(entry.name);
    if (!effect || passesParentValue(entry.value, ctx.model())) return;
    if ((effect->noEffectOn & ~programMissing).empty()) return;
    ctx.report(kChildSteers, entry.where,
               "sets `" + entry.name + "` for the child process" + (inCall ? program : "") + ", which " +
                   std::string(effect->effect) + "; " + std::string(effect->advice),
               effect->noEffectOn);
  }
};

// A call whose name says it runs a program (`subp.subp`, `processutils.execute`, `self._run_cmd`),
// not one that checks how it was called (`m_subp.assert_called_with(..., update_env=...)`, `mock.call`).
bool namesExecutor(Node call) {
  const Node fn = call.field("function");
  const std::string_view last = fn.is("attribute") ? fn.field("attribute").text() : fn.text();
  if (last.starts_with("assert") || last == "call") return false;
  // Asked of every call: the name is lower-cased once, not once per word.
  const LowerCaseName lower(last);
  for (const std::string_view word : {"subp", "exec", "run", "popen", "spawn", "cmd", "command"}) {
    if (lower.view().find(word) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<ChildEnvironmentEntry> childEnvironmentEntries(Node call, const CommandInvocation* command,
                                                           const SemanticModel& model) {
  std::vector<ChildEnvironmentEntry> out;
  // `env=` of any call is too common a name: a call that runs nothing must at least be named like an executor.
  if (!command && !namesExecutor(call)) return out;
  const CallArguments args = argumentsOf(call);
  for (const std::string_view keyword : kEnvironmentKeywords) {
    if (!command && keyword == "env") continue;
    if (const Node value = args.keyword(keyword)) collectMapping(value, call, model, out, 0);
  }
  if (!command) return out;
  const std::string_view api = command->api;
  if ((api.starts_with("os.exec") || api.starts_with("os.spawn")) && api.ends_with("e") && !args.splat() &&
      !args.positional.empty()) {
    collectMapping(args.positional.back(), call, model, out, 0);  // os.execve(path, argv, env)
  }
  if (command->shell) {
    collectShellPrefix(*command, out);
  } else {
    collectArgvPrefix(command->argv, out);
  }
  return out;
}

const Check& childEnvironmentCheck() {
  static const ChildEnvironmentCheck check;
  return check;
}

const std::vector<ChildEnvironmentEntry>& childEnvironmentEntries(Node call, RuleContext& ctx) {
  static const std::vector<ChildEnvironmentEntry> kNone;
  static constexpr char kKey = 0;
  return ctx.fileState<NodeAnswers<std::vector<ChildEnvironmentEntry>>>(&kKey).get(
      call, kNone,
      [&] {
        const auto& command = commandInvocation(call, ctx);
        return childEnvironmentEntries(call, command ? &*command : nullptr, ctx.model());
      },
      [](const std::vector<ChildEnvironmentEntry>& entries) { return !entries.empty(); });
}

}  // namespace platlint
