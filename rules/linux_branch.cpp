// PORT606: a platform check that singles out one system (`if util.is_FreeBSD():`,
// `if sys.platform == "darwin":`) sends every other system down the branch written for Linux. Where
// that branch fails outright, the Linux-only use is reported by its own rule, with the check as a
// related location (the engine's let-through note). This rule reports the quiet case: the failure is
// caught (`try: open("/proc/...") except OSError: return None`), so macOS or Windows get the
// fallback value instead of the answer, and nothing ever says so.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/guard_analysis.h"
#include "analyzer/semantic/handled_failures.h"
#include "analyzer/semantic/platform_condition.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/linux_only_uses.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-detection"};

constexpr RuleMeta kLinuxBranch{
    "PORT606", "linux-branch-for-other-systems", Level::Note,
    "A check that singles out one system sends the others down the Linux branch, where a handler hides the failure",
    "Finds `if`/`elif` conditions that single out a system other than Linux (`util.is_FreeBSD()`, "
    "`sys.platform == \"darwin\"`, `platform.system() == \"Windows\"`) and leave Linux and at least one "
    "other target to the `else` branch, or to the code after an `if` that returns, where that branch uses a "
    "Linux kernel file (`/proc`, `/sys`, `/dev/disk`, ..., also through a function of the file that returns "
    "one) or a Linux-only program, and a `try` around the use catches the failure. Where the failure is not "
    "caught, the use is reported by its own rule (PORT1xx, PORT501) with the check as a related location, "
    "and this rule stays quiet.",
    "A check for one other system reads as platform handling, but the branch everyone else takes was "
    "written for Linux: macOS, Windows and the BSDs the check did not name run it too. When a handler "
    "catches the `FileNotFoundError`, they get the fallback (`None`, an empty list) where Linux gets the "
    "answer: a process's command line that is never found, a machine with no network devices. Nothing "
    "fails, so nobody notices until a user of that system asks why the feature does nothing.",
    "def cmdline(pid):\n    try:\n        if util.is_FreeBSD():\n            return procstat_cmdline(pid)\n"
    "        else:\n            return load_file(\"/proc/%s/cmdline\" % pid)\n    except OSError:\n        return None",
    "import psutil\n\ndef cmdline(pid):\n    # every system, one call\n    return \" \".join(psutil.Process(pid).cmdline())\n\n"
    "# or: test for Linux itself, and give the other systems their own branch\n"
    "# if sys.platform.startswith(\"linux\"): ... elif util.is_FreeBSD(): ... else: raise NotImplementedError",
    PlatformSet(Platform::MacOS) | Platform::Windows, kTags};

constexpr const RuleMeta* kRules[] = {&kLinuxBranch};
// How the uses fail where they are missing. Not the check's failureExceptions(): the `try` that
// hides the failure usually holds the check too, and must not drop this finding.
constexpr FailureKind kMissingFileOrProgram{kOsErrors, false, false};
constexpr std::string_view kNodeKinds[] = {"if_statement"};

// The conditions of an if statement in order: its own, then its elifs'.
std::vector<Node> conditionsOf(Node statement) {
  std::vector<Node> conditions{statement.field("condition")};
  for (uint32_t i = 0; i < statement.childCount(); ++i) {
    if (statement.child(i).is("elif_clause")) conditions.push_back(statement.child(i).field("condition"));
  }
  return conditions;
}

// Where the code a check lets through may be: the clauses after it, and the statements after the if
// statement in its block (reached when a branch returns).
std::vector<Node> regionAfter(Node statement, Node condition) {
  std::vector<Node> region;
  bool after = statement.field("condition") == condition;
  for (uint32_t i = 0; i < statement.childCount(); ++i) {
    const Node clause = statement.child(i);
    if (clause.is("elif_clause") || clause.is("else_clause")) {
      if (after) region.push_back(clause);
      if (clause.field("condition") == condition) after = true;
    }
  }
  for (Node next = statement.nextNamedSibling(); next; next = next.nextNamedSibling()) region.push_back(next);
  return region;
}

// Whether anything follows a check in another branch: an `elif` or `else`, or, after a branch that
// leaves (`return`, `raise`, ...), the rest of the block. Most `if`s have neither, and evaluating
// their condition is the expensive part.
bool hasOtherBranch(Node statement) {
  for (uint32_t i = 0; i < statement.childCount(); ++i) {
    if (statement.child(i).is("elif_clause") || statement.child(i).is("else_clause")) return true;
  }
  const Node body = statement.field("consequence");
  const Node last = body && body.namedChildCount() > 0 ? body.namedChild(body.namedChildCount() - 1) : Node{};
  return last && (last.is("return_statement") || last.is("raise_statement") || last.is("continue_statement") ||
                  last.is("break_statement"));
}

std::string shown(Node condition) {
  const std::string_view text = condition.text();
  return text.size() <= 60 && text.find('\n') == std::string_view::npos ? "`" + std::string(text) + "`"
                                                                         : std::string("this platform check");
}

class LinuxBranchCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT606 Linux branch for other systems"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }

  void visit(Node statement, RuleContext& ctx) const override {
    if (!ctx.enabled(kLinuxBranch) || !hasOtherBranch(statement)) return;
    const SemanticModel& model = ctx.model();
    std::optional<GuardAnalysis> guards;
    for (const Node condition : conditionsOf(statement)) {
      if (!condition) continue;
      const ConditionValue c = evaluatePlatformCondition(condition, model);
      const PlatformSet others = c.whenFalse & kNotLinux & ctx.settings().targets;
      if (!c.whenFalse.contains(Platform::Linux) || c.whenTrue.contains(Platform::Linux) || others.empty()) continue;
      if (!guards) guards.emplace(model);
      if (reportQuietUse(condition, c, others, regionAfter(statement, condition), *guards, ctx)) return;
    }
  }

 private:
  // Reports `condition` when the first Linux-only use it lets through has its failure caught.
  static bool reportQuietUse(Node condition, const ConditionValue& c, PlatformSet others, const std::vector<Node>& region,
                             const GuardAnalysis& guards, RuleContext& ctx) {
    std::optional<LinuxOnlyUse> quiet;
    bool decided = false;
    for (const Node block : region) {
      forEachLinuxOnlyUse(block, ctx.model(), guards, ctx.settings().commandWrappers, others, [&](const LinuxOnlyUse& use) {
        if (use.kind == LinuxOnlyKind::StdlibName) return false;
        if (!(guards.checkThatLetThrough(use.node, kNotLinux) == condition)) return false;
        // Not caught: the use's own finding says it, with this check beside it.
        if (failureHandled(use.node, kMissingFileOrProgram, others, guards, ctx.model())) quiet = use;
        decided = true;
        return true;
      });
      if (decided) break;
    }
    if (!quiet) return false;
    const std::string singled = c.whenTrue.empty() ? std::string("a system other than linux, macos and windows")
                                                   : c.whenTrue.describe();
    ctx.report(kLinuxBranch, condition,
               shown(condition) + " singles out " + singled + ", so " + others.describe() +
                   (others == kNotLinux ? " take" : " takes") + " the branch that uses " + quiet->described +
                   "; a handler catches the failure, so there the fallback stands in for an answer; test for Linux "
                   "(`sys.platform.startswith(\"linux\")`) to choose that branch and give the other systems their own, "
                   "or use a portable API",
               others);
    ctx.relate(quiet->node, "the Linux-only use, whose failure a handler catches");
    return true;
  }
};

}  // namespace

const Check& linuxBranchCheck() {
  static const LinuxBranchCheck check;
  return check;
}

}  // namespace platlint
