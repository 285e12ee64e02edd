// PORT507: calls of a function of the project (of the same file, or of another module in the project
// pass below) that runs a program missing on some platform with what its caller passes
// (`self._as_root("", "tuntap", ("add", name))` of a method that runs `["ip"] + options + [command] +
// list(args)`). The program is named inside the helper, the
// subcommand at the call: PORT501/502 report the helper's run, this rule each helper once per file,
// at its first caller, the other callers and the run as related locations (a helper called 200
// times is one finding to act on, in the helper or around its callers, not 200).
//
// A function summary says whether a function is such a helper: its body runs (commandInvocation)
// a program of the PORT501/502 tables with an argument vector built from its parameters, where that
// run is not guarded (platform checks, a `try` that catches the failure, an existence check: the
// judgement PORT501 makes, RuleContext::handled); or it only forwards its parameters, adding no
// words, to such a helper of the file (`_run` -> `_as_root` -> `_execute`). A call that adds words
// (`self._as_root("", "tuntap", ...)`) is a use of the helper, not another helper: summaries stay
// with the few functions that take the command from their callers.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzer/lint/fact.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/findings.h"
#include "analyzer/lint/project_check.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/semantic/string_literal.h"
#include "rules/command_calls.h"
#include "rules/path_use.h"
#include "rules/program_table.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "external-command"};

constexpr RuleMeta kCommandHelper{
    "PORT507", "command-through-helper", Level::Warning,
    "Calls a function of the project that runs a program which exists only on Linux or only on POSIX systems",
    "Finds calls of a function or method defined in the same file (`helper(...)`, `self.helper(...)`, "
    "`cls.helper(...)`, `Class.helper(...)`, through the file's base classes; `self.attr.helper(...)` when every "
    "method of that name in the file is such a helper), or a module-level function of another module of the project "
    "(`util.mount_cb(...)` after `from cloudinit import util`, where `cloudinit` is one of the project's own packages "
    "and `cloudinit/util.py` is analysed in the same run), that runs a program of PORT501's or PORT502's tables with "
    "an argument vector built from its parameters: `def _execute(cls, command, args): utils.execute(*([\"ip\"] + "
    "[command] + list(args)))`, or that only passes its parameters on, adding no words of its own, to such a "
    "function. The helper's run must be unguarded: a helper that checks the platform, catches the failure or tests "
    "for the program first is no such helper. One finding per helper and file, at its first call that is not "
    "guarded itself; the helper's run and the other calls are its related locations. A call a test makes while "
    "it replaces the helper (`mock.patch.object(ip_lib.IPWrapper, \"_execute\")`) does not count, nor a test "
    "module's calls of another module's helpers, nor a call that forwards its own function's parameters to a "
    "helper of another module (that function is not followed as a helper across files).",
    "The program's name is inside the helper, so the helper's own run is reported there (PORT501, PORT502), but "
    "what runs is decided where it is called: `self._as_root(\"\", \"tuntap\", (\"add\", name))` runs `ip tuntap "
    "add`, which raises `FileNotFoundError` on macOS and Windows just as a direct call does. A guard or an "
    "alternative belongs either in the helper or around these calls.",
    "class IpWrapper:\n    def _execute(self, command, *args):\n"
    "        return subprocess.check_output([\"ip\", command, *args])\n\n"
    "    def add_tuntap(self, name):\n        self._execute(\"tuntap\", \"add\", name, \"mode\", \"tap\")",
    "class IpWrapper:\n    def _execute(self, command, *args):\n        if sys.platform != \"linux\":\n"
    "            raise NotImplementedError(\"ip is Linux-only\")\n"
    "        return subprocess.check_output([\"ip\", command, *args])",
    kNotLinux, kTags};

constexpr const RuleMeta* kRules[] = {&kCommandHelper};

// What a helper runs: the program, where the innermost helper runs it, and that helper.
struct Summary {
  const CommandFact* fact = nullptr;
  std::string program;
  Node site;    // the program's word at the run (or the run's command)
  Node runner;  // the function_definition whose body runs it
  bool exact = true;  // no link of the chain was found by a method's name alone
  // The run names nothing after the program (`["ip"] + options + [command] + args`): the caller's
  // first word is the subcommand (`ip tuntap`).
  bool takesSubcommand = false;
};

// A call of a helper to report: the helper's summary, the function that runs the program, and
// whether the call names the helper directly (Callees::direct).
struct HelperCall {
  Summary summary;
  uint32_t runnerKey;  // the function_definition that runs the program
  bool direct;
};

// The file's classes and methods by name, and the summaries found so far.
struct FileSummaries {
  bool indexed = false;
  std::unordered_map<std::string_view, Node> classes;  // module-level class_definition by name
  std::unordered_map<std::string_view, std::vector<Node>> methods;  // function_definitions in classes
  std::unordered_map<uint32_t, std::optional<Summary>> byFunction;  // function_definition index
  std::unordered_set<uint32_t> inProgress;
  std::unordered_set<uint32_t> reported;  // helpers reported in this file
  std::unordered_set<uint32_t> recorded;  // functions whose CommandHelper fact was decided
  // helperCalled() by call index: each helper found sends a walk over the rest of the file's calls.
  std::unordered_map<uint32_t, std::optional<HelperCall>> byCall;
  // Each class's own methods by name (the first definition of a name), by class index, made when a
  // call first asks: a test class may define a thousand methods and call `self.` ones in each.
  std::unordered_map<uint32_t, std::unordered_map<std::string_view, Node>> classMethods;
  // What each function's local names are built from (localSourcesOf), by function index.
  std::unordered_map<uint32_t, std::unordered_map<std::string_view, std::vector<Node>>> localSources;
};

Node definitionOf(Node statement) {
  if (statement.is("decorated_definition")) return statement.field("definition");
  return statement;
}

void indexFile(Node root, FileSummaries& state) {
  state.indexed = true;
  for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
    const Node cls = definitionOf(root.namedChild(i));
    if (!cls || !cls.is("class_definition")) continue;
    state.classes.emplace(cls.field("name").text(), cls);
    const Node body = cls.field("body");
    for (uint32_t j = 0; body && j < body.namedChildCount(); ++j) {
      const Node def = definitionOf(body.namedChild(j));
      if (def && def.is("function_definition")) state.methods[def.field("name").text()].push_back(def);
    }
  }
}

// The function_definition a node is in (a class between them: none).
Node enclosingFunction(Node n) {
  for (n = n.parent(); n; n = n.parent()) {
    if (n.is("function_definition")) return n;
    if (n.is("class_definition")) return {};
  }
  return {};
}

bool isModuleLevel(Node function) {
  Node parent = function.parent();
  if (parent && parent.is("decorated_definition")) parent = parent.parent();
  return parent && parent.is("module");
}

Node enclosingClass(Node function) {
  for (Node n = function.parent(); n; n = n.parent()) {
    if (n.is("class_definition")) return n;
    if (n.is("function_definition")) return {};
  }
  return {};
}

// Method `name` of `cls` or of its bases that the file defines (depth first, as written).
Node methodOf(Node cls, std::string_view name, FileSummaries& state, int depth = 0) {
  if (!cls || depth > 8) return {};
  const auto [entry, added] = state.classMethods.try_emplace(cls.index());
  std::unordered_map<std::string_view, Node>& methods = entry->second;
  if (added) {
    const Node body = cls.field("body");
    for (uint32_t j = 0; body && j < body.namedChildCount(); ++j) {
      const Node def = definitionOf(body.namedChild(j));
      if (def && def.is("function_definition")) methods.try_emplace(def.field("name").text(), def);
    }
  }
  if (const auto own = methods.find(name); own != methods.end()) return own->second;
  const Node bases = cls.field("superclasses");
  for (uint32_t i = 0; bases && i < bases.namedChildCount(); ++i) {
    const Node base = bases.namedChild(i);
    if (!base.is("identifier")) continue;
    const auto it = state.classes.find(base.text());
    if (it == state.classes.end() || it->second == cls) continue;
    if (const Node def = methodOf(it->second, name, state, depth + 1)) return def;
  }
  return {};
}

// The definitions of the file a call may run, and whether it names one directly (its own name,
// `self.`, `cls.`, `Class.`) rather than by a method name that several objects may have.
struct Callees {
  std::vector<Node> definitions;
  bool direct = true;
};

Callees calledDefinitions(Node call, const SemanticModel& model, FileSummaries& state) {
  const Node function = skipParentheses(call.field("function"));
  if (!function) return {};
  if (function.is("identifier")) {
    const Node def = model.functionDefinition(function.text());
    if (def && def.is("function_definition") && !enclosingClass(def)) return {{def}};
    return {};
  }
  if (!function.is("attribute")) return {};
  const std::string_view name = function.field("attribute").text();
  const Node object = skipParentheses(function.field("object"));
  if (object.is("identifier")) {
    if (object.text() == "self" || object.text() == "cls") {
      const Node caller = enclosingFunction(call);
      const Node def = caller ? methodOf(enclosingClass(caller), name, state) : Node{};
      return def ? Callees{{def}} : Callees{};
    }
    const auto cls = state.classes.find(object.text());
    if (cls == state.classes.end()) return {};
    const Node def = methodOf(cls->second, name, state);
    return def ? Callees{{def}} : Callees{};
  }
  // `self._parent._as_root(...)`: an object the file's own classes make, by the method's name. Not
  // the caller's own class: `self.zapi_client.delete_snapshot(...)` in a driver that has a
  // `delete_snapshot` of its own calls a client, the usual delegation.
  if (object.is("attribute")) {
    const Node owner = skipParentheses(object.field("object"));
    if (!owner.is("identifier") || (owner.text() != "self" && owner.text() != "cls")) return {};
    const auto it = state.methods.find(name);
    if (it == state.methods.end()) return {};
    const Node caller = enclosingFunction(call);
    const Node callerClass = caller ? enclosingClass(caller) : Node{};
    std::vector<Node> others;
    for (const Node def : it->second) {
      if (!callerClass || !(enclosingClass(def) == callerClass)) others.push_back(def);
    }
    if (others.empty()) return {};
    return {std::move(others), false};
  }
  return {};
}

// The parameters of a function, but `self` and `cls`.
std::vector<std::string_view> parametersOf(Node function) {
  std::vector<std::string_view> out;
  const Node params = function.field("parameters");
  for (uint32_t i = 0; params && i < params.namedChildCount(); ++i) {
    Node p = params.namedChild(i);
    if (!p.is("identifier")) p = p.field("name");
    if (!p) {
      const Node splat = params.namedChild(i);  // *args, **kwargs
      if (splat.namedChildCount() > 0 && splat.namedChild(0).is("identifier")) p = splat.namedChild(0);
    }
    if (p && p.is("identifier") && p.text() != "self" && p.text() != "cls") out.push_back(p.text());
  }
  return out;
}

// The arguments that can carry a command: every argument but keywords and `**kwargs`.
std::vector<Node> commandArguments(Node call) {
  std::vector<Node> out;
  const Node list = call.field("arguments");
  for (uint32_t i = 0; list && list.is("argument_list") && i < list.namedChildCount(); ++i) {
    const Node a = list.namedChild(i);
    if (!a.is("keyword_argument") && !a.is("dictionary_splat")) out.push_back(a);
  }
  return out;
}

// Calls visit(node) for each node under `n` (itself included) outside nested functions, classes and lambdas.
template <typename Visit>
void forEachNodeIn(Node n, Visit&& visit) {
  const SyntaxTree& tree = *n.tree();
  const uint32_t end = tree.subtreeEnd(n);
  for (uint32_t i = n.index(); i < end;) {
    const Node m = tree.node(i);
    if (i != n.index() && (m.is("function_definition") || m.is("class_definition") || m.is("lambda"))) {
      i = tree.subtreeEnd(m);
      continue;
    }
    visit(m);
    ++i;
  }
}

// What each local name of a function is built from: the right-hand sides of its assignments
// (`total_cmd = ip_cmd + [command] + list(args)`, `cmd += args`) and the arguments of its
// `append`/`extend`/`insert` calls, gathered in one walk of the body.
using LocalSources = std::unordered_map<std::string_view, std::vector<Node>>;

LocalSources localSourcesOf(Node function) {
  LocalSources sources;
  const Node body = function.field("body");
  if (!body) return sources;
  forEachNodeIn(body, [&](Node n) {
    Node target, value;
    if (n.is("assignment") || n.is("augmented_assignment")) {
      target = n.field("left");
      value = n.field("right");
    } else if (n.is("call")) {
      const Node f = n.field("function");  // cmd.append(x), cmd.extend(xs), cmd.insert(0, x)
      const std::string_view method = f.is("attribute") ? f.field("attribute").text() : std::string_view();
      if (method == "append" || method == "extend" || method == "insert") {
        target = f.field("object");
        value = n.field("arguments");
      }
    }
    if (target && value && target.is("identifier")) sources[target.text()].push_back(value);
  });
  return sources;
}

// True when `expr` reads a parameter of the function, directly or through the local names its value
// is built from (`sources`, of the same function).
bool readsParameter(Node expr, const LocalSources& sources, const std::vector<std::string_view>& params,
                    std::unordered_set<std::string_view>& seen, int depth) {
  std::vector<std::string_view> locals;
  bool found = false;
  forEachNodeIn(expr, [&](Node n) {
    if (found || !n.is("identifier")) return;
    const Node parent = n.parent();
    if (parent && parent.is("attribute") && parent.field("attribute") == n) return;
    if (parent && parent.is("keyword_argument") && parent.field("name") == n) return;
    const std::string_view name = n.text();
    if (std::find(params.begin(), params.end(), name) != params.end()) found = true;
    else if (seen.insert(name).second) locals.push_back(name);
  });
  if (found || depth >= 4) return found;
  for (const std::string_view local : locals) {
    const auto it = sources.find(local);
    if (it == sources.end()) continue;
    for (const Node source : it->second) {
      if (readsParameter(source, sources, params, seen, depth + 1)) return true;
    }
  }
  return false;
}

// Calls in a function are asked this one by one: the function's local sources are gathered once.
bool passesParameters(Node call, Node function, FileSummaries& state) {
  const std::vector<std::string_view> params = parametersOf(function);
  if (params.empty()) return false;
  const auto [entry, added] = state.localSources.try_emplace(function.index());
  if (added) entry->second = localSourcesOf(function);
  const LocalSources& sources = entry->second;  // a structured binding can't be captured before clang 16
  std::unordered_set<std::string_view> seen;
  const std::vector<Node> args = commandArguments(call);
  return std::any_of(args.begin(), args.end(), [&](Node a) { return readsParameter(a, sources, params, seen, 0); });
}

// A non-empty string literal among a call's arguments or the items of a list or tuple given as one:
// a word the call adds to the command.
bool addsWords(Node call) {
  const auto word = [](Node n) {
    n = skipParentheses(n);
    return n.is("string") || n.is("concatenated_string") ? !decodeStringLiteral(n).value.empty() : false;
  };
  for (const Node a : commandArguments(call)) {
    if (word(a)) return true;
    const Node items = skipParentheses(a.is("list_splat") ? a.namedChild(0) : a);
    if (!items || !(items.is("list") || items.is("tuple"))) continue;
    for (uint32_t i = 0; i < items.namedChildCount(); ++i) {
      if (word(items.namedChild(i))) return true;
    }
  }
  return false;
}

// A call inside a helper that only hands the helper's parameters on: part of the helper, not a use.
bool forwards(Node call, Node function, FileSummaries& state) {
  return function && !addsWords(call) && passesParameters(call, function, state);
}

const CommandFact* missingProgram(const ProgramUse& p) {
  if (const CommandFact* linux = linuxOnlyCommand(p.name)) return linux;
  return p.viaShell ? nullptr : posixOnlyCommand(p.name);  // cmd.exe has builtins of some names
}

class CommandHelperCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT507 commands through helpers"; }
  std::span<const std::string_view> failureExceptions() const override { return kOsErrors; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call"};
    return kinds;
  }

  void visit(Node call, RuleContext& ctx) const override {
    FileSummaries& state = ctx.fileState<FileSummaries>(this);
    if (!state.indexed) indexFile(call.tree()->root(), state);
    recordFacts(call, ctx, state);
    const auto helper = helperCalled(call, ctx, state);
    if (!helper || state.reported.contains(helper->runnerKey)) return;
    // The first call of this helper the walk meets: every call of it the file makes, reported once.
    state.reported.insert(helper->runnerKey);
    std::vector<Node> sites;
    const SyntaxTree& tree = *call.tree();
    for (uint32_t i = call.index(); i < tree.size(); ++i) {
      const Node n = tree.node(i);
      if (!n.is("call")) continue;
      const auto other = helperCalled(n, ctx, state);
      if (other && other->runnerKey == helper->runnerKey) sites.push_back(n);
    }
    const Node first = sites.empty() ? call : sites.front();
    const std::string subcommand =
        helper->direct && helper->summary.exact && helper->summary.takesSubcommand ? firstWord(first) : std::string();
    const std::string what = "`" + helper->summary.program + (subcommand.empty() ? "" : " " + subcommand) + "`";
    std::string message = "runs " + what + " through `" + std::string(calleeName(first)) + "`, and " +
                          programIsWhat(helper->summary.program) + "; " + std::string(helper->summary.fact->advice);
    if (sites.size() > 1) {
      message += " (" + std::to_string(sites.size() - 1) + " more call" + (sites.size() > 2 ? "s" : "") +
                 " of it in this file, shown as related locations)";
    }
    ctx.reportChecked(kCommandHelper, first, std::move(message), helper->summary.fact->missingOn, helper->summary.program);
    const std::string runner(helper->summary.runner.field("name").text());
    ctx.relate(helper->summary.site, "`" + runner + "` runs `" + helper->summary.program + "` here");
    for (size_t i = 1; i < sites.size(); ++i) ctx.relate(sites[i], "calls `" + std::string(calleeName(sites[i])) + "` here too");
  }

 private:
  // The helper `call` uses, when it is a call to report: not inside the helper's chain itself, not
  // guarded, not under a test's mock of it, not a command PORT501/502 read directly.
  std::optional<HelperCall> helperCalled(Node call, RuleContext& ctx, FileSummaries& state) const {
    const auto known = state.byCall.find(call.index());
    if (known != state.byCall.end()) return known->second;
    std::optional<HelperCall> found = findHelperCalled(call, ctx, state);
    state.byCall.emplace(call.index(), found);
    return found;
  }

  std::optional<HelperCall> findHelperCalled(Node call, RuleContext& ctx, FileSummaries& state) const {
    const Callees callees = calledDefinitions(call, ctx.model(), state);
    if (callees.definitions.empty()) return std::nullopt;
    const Node caller = enclosingFunction(call);
    std::optional<Summary> found;
    for (const Node def : callees.definitions) {
      if (def == caller) continue;
      const std::optional<Summary> s = summarize(def, ctx, state);
      if (!callees.direct && (!s || (found && found->program != s->program))) return std::nullopt;
      if (s && !found) found = s;
    }
    if (!found || forwards(call, caller, state)) return std::nullopt;
    if (const auto& command = commandInvocation(call, ctx)) {
      for (const ProgramUse& p : programsOf(*command)) {
        if (knownProgram(p.name)) return std::nullopt;  // PORT501/502 report it as they read it
      }
    }
    if (runsUnderMock(call, calleeName(call), ctx.model())) return std::nullopt;
    if (ctx.handled(kCommandHelper, call, found->fact->missingOn, found->program)) return std::nullopt;
    return HelperCall{*found, found->runner.index(), callees.direct};
  }

  // The summary of `function`: what it runs with its callers' arguments, unguarded.
  std::optional<Summary> summarize(Node function, RuleContext& ctx, FileSummaries& state) const {
    const uint32_t key = function.index();
    if (const auto it = state.byFunction.find(key); it != state.byFunction.end()) return it->second;
    if (!state.inProgress.insert(key).second) return std::nullopt;  // recursion
    std::optional<Summary> result;
    const Node body = function.field("body");
    if (body) {
      forEachNodeIn(body, [&](Node n) {
        if (result || !n.is("call")) return;
        result = runOf(n, function, ctx, state);
      });
    }
    state.inProgress.erase(key);
    state.byFunction[key] = result;
    return result;
  }

  // What the call `n` in `function` runs for the function's callers, if anything.
  std::optional<Summary> runOf(Node n, Node function, RuleContext& ctx, FileSummaries& state) const {
    if (const auto& command = commandInvocation(n, ctx)) {
      for (const ProgramUse& p : programsOf(*command)) {
        const CommandFact* fact = missingProgram(p);
        if (!fact) continue;
        if (!passesParameters(n, function, state)) return std::nullopt;
        const Node site = p.node ? p.node : command->commandNode;
        if (ctx.handled(kCommandHelper, site, fact->missingOn, p.name)) return std::nullopt;
        Summary summary{fact, p.name, site, function};
        const std::vector<ProgramUse> programs = programsOf(*command);
        // Not where another program runs instead (`["mkswap"]` or `["mkfs", "-t", fs]`).
        summary.takesSubcommand =
            std::all_of(programs.begin(), programs.end(), [&](const ProgramUse& q) { return q.name == p.name; }) &&
            std::any_of(programs.begin(), programs.end(), [&](const ProgramUse& q) { return q.args.empty(); });
        return summary;
      }
      // A command of unknown program (`self._execute(options, command, args)` matches PORT501's
      // `*._execute` by name): perhaps a helper of the file.
    }
    // Whether the call reaches a function of the file is cheap to tell; whether it hands the
    // parameters on is not (it follows local names through the body), so it comes second.
    const Callees callees = calledDefinitions(n, ctx.model(), state);
    if (callees.definitions.empty() || !forwards(n, function, state)) return std::nullopt;
    for (const Node def : callees.definitions) {
      if (def == function) continue;
      std::optional<Summary> s = summarize(def, ctx, state);
      if (!s) {
        if (!callees.direct) return std::nullopt;  // by name: every method of that name must be one
        continue;
      }
      if (ctx.handled(kCommandHelper, n, s->fact->missingOn, s->program)) return std::nullopt;
      s->exact = s->exact && callees.direct;
      return s;
    }
    return std::nullopt;
  }

  // Facts for the project pass (HelperCallCheck): that the module-level function around `call` is a
  // helper (at its run), and `call` itself when it calls a function of the project's own packages
  // (FileSettings::firstPartyModules) and is not guarded, handled, mocked or forwarding.
  void recordFacts(Node call, RuleContext& ctx, FileSummaries& state) const {
    const Node caller = enclosingFunction(call);
    if (caller && isModuleLevel(caller) && state.recorded.insert(caller.index()).second &&
        !parametersOf(caller).empty()) {
      if (const std::optional<Summary> s = summarize(caller, ctx, state)) {
        Fact fact;
        fact.kind = FactKind::CommandHelper;
        fact.name = caller.field("name").text();
        fact.value = s->program;
        fact.ruleId = linuxOnlyCommand(s->program) ? "PORT501" : "PORT502";
        if (s->takesSubcommand) fact.detail = "takes a subcommand";
        fact.missingOn = s->fact->missingOn;
        ctx.record(std::move(fact), s->site);
      }
    }
    const Node function = skipParentheses(call.field("function"));
    if (!function || !(function.is("attribute") || function.is("identifier"))) return;
    const std::string_view called = ctx.model().qualifiedName(function);
    const size_t dot = called.find('.');
    if (dot == std::string_view::npos) return;
    const std::vector<std::string>& firstParty = ctx.settings().firstPartyModules;
    if (std::find(firstParty.begin(), firstParty.end(), called.substr(0, dot)) == firstParty.end()) return;
    // A test calls the helper it tests, with what runs it replaced: the helper's own run is the finding.
    if (isTestFile(ctx.file().path())) return;
    if (forwards(call, caller, state) || runsUnderMock(call, calleeName(call), ctx.model())) return;
    if (ctx.handled(kCommandHelper, call, kNotLinux)) return;
    Fact fact;
    fact.kind = FactKind::ProjectCall;
    fact.name = called;
    fact.detail = function.text();
    fact.value = firstWord(call);
    ctx.record(std::move(fact), call);
  }

  // The first word the call passes (`tuntap` of `self._as_root("", "tuntap", ...)`, `link` of
  // `self._execute("o", "link", ...)`), or empty.
  static std::string firstWord(Node call) {
    for (const Node a : commandArguments(call)) {
      const Node s = skipParentheses(a);
      if (!s.is("string")) return {};
      const FoldedString folded = decodeStringLiteral(s);
      const std::string& value = folded.value;
      if (value.size() <= 1) continue;  // `""`, or option letters (`"o"` for `-o`)
      const bool plain = std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      });
      return plain && !value.starts_with('-') ? value : std::string();
    }
    return {};
  }
};

// The module a file is, as far as its path tells: `pkg/util.py` -> `pkg.util`, `pkg/__init__.py` -> `pkg`.
std::string moduleOfPath(std::string_view path) {
  if (path.starts_with("./")) path.remove_prefix(2);
  if (path.ends_with(".py")) path.remove_suffix(3);
  if (path.ends_with("/__init__")) path.remove_suffix(9);
  std::string module(path);
  std::replace(module.begin(), module.end(), '/', '.');
  std::replace(module.begin(), module.end(), '\\', '.');
  return module;
}

// PORT507 across files: a call of another module's helper (`util.mount_cb(dev, cb)` of
// `cloudinit/util.py`), joined from the files' facts: CommandHelper facts at the helpers' runs,
// ProjectCall facts at the calls (already judged unguarded in their file but for the platforms their
// code runs on, which the fact carries). The called name as the imports resolve it
// (`cloudinit.util.mount_cb`) must name one helper of the run: its module path, from the helper's
// file path, ends with that name. One finding per helper and calling file, as in a file.
class HelperCallCheck final : public ProjectCheck {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT507 calls of the project's command helpers"; }
  bool readsFacts(FactKind kind) const override {
    return kind == FactKind::CommandHelper || kind == FactKind::ProjectCall;
  }
  bool applies(const ProjectContext& ctx) const override {
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      for (const Fact& fact : ctx.file(i).facts) {
        if (fact.kind == FactKind::CommandHelper) return true;
      }
    }
    return false;
  }

  void run(ProjectContext& ctx) const override {
    struct Helper {
      size_t file;
      const Fact* run;
    };
    // By every dotted tail of `module.function` of two names or more: `a.b.util.f`, `b.util.f`, `util.f`.
    std::unordered_map<std::string, std::vector<Helper>> byName;
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      const std::string module = moduleOfPath(ctx.file(i).path);
      for (const Fact& fact : ctx.file(i).facts) {
        if (fact.kind != FactKind::CommandHelper) continue;
        const std::string full = module + "." + fact.name;
        for (size_t dot = full.find('.'); dot != std::string::npos; dot = full.find('.', dot + 1)) {
          if (full.find('.', dot + 1) == std::string::npos) break;  // the function's name alone: too loose
          byName[full.substr(dot + 1)].push_back({i, &fact});
        }
        byName[full].push_back({i, &fact});
      }
    }
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      // The calls of each helper in this file, in order.
      std::vector<std::pair<const Fact*, std::vector<const Fact*>>> groups;
      for (const Fact& call : ctx.file(i).facts) {
        if (call.kind != FactKind::ProjectCall) continue;
        const auto it = byName.find(call.name);
        if (it == byName.end() || it->second.size() != 1 || it->second.front().file == i) continue;
        const Fact* run = it->second.front().run;
        if (keptOn(ctx.settings(i), run->missingOn, [&] { return call.reachableOn; }).empty()) continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == run; });
        if (group == groups.end()) group = groups.insert(groups.end(), {run, {}});
        group->second.push_back(&call);
      }
      for (const auto& [run, calls] : groups) report(ctx, i, *run, byName.at(calls.front()->name).front().file, calls);
    }
  }

 private:
  static void report(ProjectContext& ctx, size_t file, const Fact& run, size_t helperFile,
                     const std::vector<const Fact*>& calls) {
    const Fact& first = *calls.front();
    const bool subcommand = run.detail == "takes a subcommand" && !first.value.empty();
    const std::string what = "`" + run.value + (subcommand ? " " + first.value : "") + "`";
    const CommandFact* fact = linuxOnlyCommand(run.value);
    if (!fact) fact = posixOnlyCommand(run.value);
    std::string message = "runs " + what + " through `" + first.detail + "`, and " + programIsWhat(run.value) +
                          (fact ? "; " + std::string(fact->advice) : std::string());
    if (calls.size() > 1) {
      message += " (" + std::to_string(calls.size() - 1) + " more call" + (calls.size() > 2 ? "s" : "") +
                 " of it in this file, shown as related locations)";
    }
    const PlatformSet on = keptOn(ctx.settings(file), run.missingOn, [&] { return first.reachableOn; });
    message += " (breaks on " + on.describe() + ")";
    const auto range = [](const Fact& f) { return TextRange{f.startByte, f.endByte, f.start, f.end}; };
    std::vector<RelatedLocation> related;
    related.push_back({range(run), "`" + run.name + "` runs `" + run.value + "` here", ctx.file(helperFile).path});
    for (size_t k = 1; k < calls.size(); ++k) related.push_back({range(*calls[k]), "calls `" + calls[k]->detail + "` here too"});
    ctx.report(file, kCommandHelper, first, std::move(message), run.missingOn, std::move(related));
  }
};

}  // namespace

const ProjectCheck& helperCallCheck() {
  static const HelperCallCheck check;
  return check;
}

const Check& commandHelperCheck() {
  static const CommandHelperCheck check;
  return check;
}

}  // namespace platlint
