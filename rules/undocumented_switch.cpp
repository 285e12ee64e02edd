// PORT390: undocumented environment switch. This file holds the rule's documentation, the check
// that records what `help=` texts of command-line and configuration options and docstrings mention
// (an option's help text that names a variable documents it as much as a README does), and the project check
// that reports the `env-switch` facts whose variable no documentation mentions.
#include "rules/undocumented_switch.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "analyzer/lint/documentation_index.h"
#include "analyzer/lint/project_check.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"hidden-state", "environment", "documentation"};

}  // namespace

extern const RuleMeta kUndocumentedSwitch{
    "PORT390", "undocumented-environment-switch", Level::Note,
    "Reads an environment variable that changes behaviour but is documented nowhere in the project",
    "Finds environment variables whose value decides something — compared (`os.environ.get(\"X\") == \"1\"`), "
    "tested (`if os.getenv(\"X\"):`, `\"X\" in os.environ`), parsed as a number or a boolean "
    "(`int(os.environ[\"X\"])`, `strutils.bool_from_string(...)`), used as an option's default "
    "(`default=os.environ.get(\"X\")`), or read in place of a default the code would otherwise use (`os.environ.get("
    "\"X\", default_regex)`, `os.getenv(\"X\", \"30\")`: a non-empty literal, or a name assigned one), also through a name the value is assigned to, a name bound to "
    "`os.environ` (`env = os.environ; env.get(\"X\")`) or a function of the same module that reads the variable "
    "its parameter names (`bool_from_env(\"X\")`, `get_env(\"X\", default)`) — and whose name appears "
    "in none of the project's documentation: `*.md`, `*.rst` and `*.txt` files, everything under `doc/` and "
    "`docs/`, the `help=`, `description=` and `epilog=` texts of argparse, click and oslo.config options "
    "anywhere in the code, and the docstrings of the project's modules, classes and functions. The project is the "
    "git work tree of the analysed paths, or their common directory.\n\n"
    "A value that is only logged or passed on is not a switch, nor is one saved to be put back "
    "(`old = os.environ.get(\"X\")` ... `os.environ[\"X\"] = old`). Variables of the PORT3xx catalog (TLS, loader, "
    "locale, proxy, platform variables) keep their own rule ids, and well-known conventions documented "
    "elsewhere (`PATH`, `TERM`, `COLUMNS`, `NO_COLOR`, `CI`, `PYTHON*`, `PYTEST_*`, `COVERAGE_*`, `TOX_*`, "
    "`GITHUB_*`, systemd's `NOTIFY_SOCKET`, MSYS2's `MSYSTEM`, oslotest's `OS_TEST_TIMEOUT`, ...) are not reported, "
    "nor names private by Python's convention (`_ARGCOMPLETE_SUPPRESS_SPACE`, `__SWIFT_SERVER_NOTIFY_FD`) or that the project gives its own child "
    "processes (`env={**os.environ, \"MYAPP_WORKER\": \"1\"}`): a message between its parts, not a setting.",
    "A hidden switch changes what the program does depending on the environment of whoever starts it, and "
    "nobody can know it exists without reading the code. Tests that pass on one developer's machine and fail "
    "on another's, TLS trust that depends on a variable set in a CI image, a debug mode left on in "
    "production: all of them start as an undocumented `os.environ.get(...)`. Porting to macOS or Windows "
    "makes it worse, because the variables set by a Linux init system, container image or tox configuration "
    "are not set there. OpenStack's unit tests only ran with `EVENTLET_NO_GREENDNS=yes`, something which "
    "was not documented anywhere.",
    "import os\n\nif os.environ.get(\"NOVA_RAISE_ON_GREENLET_LEAK\", \"\").lower() in (\"1\", \"true\"):\n"
    "    raise_on_leak = True",
    "# a documented configuration option ...\nfrom oslo_config import cfg\n\n"
    "opts = [cfg.BoolOpt(\"raise_on_greenlet_leak\", default=False,\n"
    "                    help=\"Fail the test that leaks a greenlet.\")]\n\n"
    "# ... or the variable documented in README.rst / doc/:\n"
    "#   NOVA_RAISE_ON_GREENLET_LEAK  set to 1 to fail tests that leak greenlets",
    PlatformSet::all(), kTags};

std::vector<std::string> upperCaseWords(std::string_view text) {
  std::vector<std::string> out;
  forEachWord(text, [&](std::string_view word) {
    const bool upper = std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool lower = std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (upper && !lower && word.size() >= 2) out.emplace_back(word);
  });
  return out;
}

namespace {

constexpr const RuleMeta* kRules[] = {&kUndocumentedSwitch};

bool isHelpKeyword(std::string_view name) { return name == "help" || name == "description" || name == "epilog"; }

// `help="..."`, `help=_("...")` (gettext), implicit and `+` concatenation.
std::optional<FoldedString> helpText(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (value && value.is("call")) {
    const Node args = value.field("arguments");
    if (!args || args.namedChildCount() != 1) return std::nullopt;
    value = args.namedChild(0);
  }
  return model.stringValue(value);
}

class OptionHelpCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT390 option help texts"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"keyword_argument", "expression_statement"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    if (node.is("expression_statement")) {
      if (isDocstring(node)) recordMentions(ctx.model().stringValue(node.namedChild(0)), node, ctx);
      return;
    }
    if (!isHelpKeyword(node.field("name").text())) return;
    const Node list = node.parent();
    if (!list || !list.is("argument_list")) return;
    recordMentions(helpText(node.field("value"), ctx.model()), node, ctx);
  }

 private:
  // The first statement of a module, class or function body, a string: its docstring.
  static bool isDocstring(Node statement) {
    if (statement.namedChildCount() != 1) return false;
    const Node value = statement.namedChild(0);
    if (!value.is("string") && !value.is("concatenated_string")) return false;
    const Node body = statement.parent();
    if (!body || !(body.namedChild(0) == statement)) return false;
    if (body.is("module")) return true;
    const Node owner = body.parent();
    return body.is("block") && owner && (owner.is("function_definition") || owner.is("class_definition"));
  }

  static void recordMentions(const std::optional<FoldedString>& text, Node node, RuleContext& ctx) {
    if (!text) return;
    std::vector<std::string> words = upperCaseWords(text->value);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    for (std::string& w : words) {
      Fact fact;
      fact.kind = FactKind::HelpMention;
      fact.name = std::move(w);
      ctx.record(std::move(fact), node);
    }
  }
};

}  // namespace

const Check& optionHelpCheck() {
  static const OptionHelpCheck check;
  return check;
}

namespace {

class UndocumentedSwitchCheck final : public ProjectCheck {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT390 undocumented switches"; }
  bool readsFacts(FactKind kind) const override {
    return kind == FactKind::EnvironmentSwitch || kind == FactKind::HelpMention || kind == FactKind::EnvironmentWrite;
  }
  bool applies(const ProjectContext& ctx) const override {
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      for (const Fact& fact : ctx.file(i).facts) {
        if (fact.kind == FactKind::EnvironmentSwitch) return true;
      }
    }
    return false;
  }
  void run(ProjectContext& ctx) const override {
    // Variables the project hands to its own child processes: a protocol between its parts (the
    // parent tells the child it is a worker), not a setting of whoever runs it.
    std::unordered_set<std::string_view> toChildren;
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      for (const Fact& fact : ctx.file(i).facts) {
        if (fact.kind == FactKind::EnvironmentWrite && fact.detail == "sets for a child process") toChildren.insert(fact.name);
      }
    }
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      for (const Fact& fact : ctx.file(i).facts) {
        if (fact.kind != FactKind::EnvironmentSwitch || ctx.documentation().mentions(fact.name)) continue;
        // `__SWIFT_SERVER_NOTIFY_FD`, `_ARGCOMPLETE_SUPPRESS_SPACE`: private by Python's naming
        // convention, the program's own message to a copy of itself or to its shell hook.
        if (fact.name.starts_with("_") || toChildren.contains(fact.name)) continue;
        ctx.report(i, kUndocumentedSwitch, fact,
                   "`" + fact.name + "` is read here and " + fact.detail +
                       ": an environment switch documented nowhere in the project (no documentation file, "
                       "`help=` text or docstring mentions it); make it a documented configuration option, or document the "
                       "variable");
      }
    }
  }
};

}  // namespace

const ProjectCheck& undocumentedSwitchCheck() {
  static const UndocumentedSwitchCheck check;
  return check;
}

}  // namespace platlint
