#pragma once
// The contract between the engine and the rules in rules/. A rule's metadata lives beside its
// matching code; one Check may report several closely related rule ids that share a matcher.
#include <memory>
#include <span>
#include <string_view>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/base/platform.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

enum class FixAvailability { None, Sometimes, Always };

// Documentation sections follow Ruff's rule pages; the same text feeds `platlint rule`, SARIF
// help.markdown and generated docs. Markdown is allowed in every section.
struct RuleMeta {
  std::string_view id;     // "PORT101": PORT + family digit + two digits
  std::string_view name;   // kebab-case, "proc-mounts"
  Level level;             // default severity
  std::string_view shortDescription;  // one sentence, no trailing period
  std::string_view whatItDoes;
  std::string_view whyBad;       // why it breaks, naming the platforms
  std::string_view example;      // code in codeLanguage
  std::string_view useInstead;   // code in codeLanguage: the portable alternative
  PlatformSet breaksOn;          // where the flagged construct does not work
  std::span<const std::string_view> tags;
  FixAvailability fix = FixAvailability::None;  // whether the rule offers fixes
  std::string_view fixSafety = {};  // "Fix safety" documentation section; empty when no fix
  bool enabledByDefault = true;     // false: only when selected explicitly (e.g. PORT901, like Ruff's RUF100)
  std::string_view codeLanguage = "python";  // language of `example` and `useInstead` (Markdown fence)
};

class SemanticModel;
class SourceFile;
struct FileSettings;

// Handed to a check for every node it asked for.
class RuleContext {
 public:
  virtual ~RuleContext() = default;
  virtual const SemanticModel& model() const = 0;
  virtual const SourceFile& file() const = 0;
  // The effective configuration of this file (command wrappers, extra paths and variables, ...).
  virtual const FileSettings& settings() const = 0;
  // False when the configuration turned the rule off; checks may use it to skip work.
  virtual bool enabled(const RuleMeta& rule) const = 0;
  // Reports `rule` on the source range of `node`; dropped when the rule is not enabled.
  virtual void report(const RuleMeta& rule, Node node, std::string message) = 0;
  virtual void report(const RuleMeta& rule, Node node, std::string message, PlatformSet breaksOn) = 0;
  // Reports with a fix (see Diagnostic::fix); breaksOn defaults to the rule's.
  virtual void report(const RuleMeta& rule, Node node, std::string message, Fix fix) = 0;
  // Reports with a fix where the finding breaks on fewer platforms than the rule as a whole.
  virtual void report(const RuleMeta& rule, Node node, std::string message, Fix fix, PlatformSet breaksOn) = 0;
  // Reports where what an existence check must name to cover the use is `checkedValue`, not the
  // value of `node`: a program run from an argument list held in a variable
  // (`if not shutil.which("udevadm"): return` ... `run(settle_cmd)`).
  virtual void reportChecked(const RuleMeta& rule, Node node, std::string message, PlatformSet breaksOn,
                             std::string_view checkedValue) = 0;
  // Adds another place that belongs to the finding reported last (the uses of a module at its
  // import), if that finding was kept; shown as its related locations.
  virtual void relate(Node node, std::string message) = 0;
  // True when a finding of `rule` at `node` that breaks on `breaksOn` would be dropped for the code's
  // platform guards, targets, or a `try` or existence check (of `checkedValue`) that handles the
  // failure: the judgement report() makes, whatever the selection. For checks that judge code away
  // from where they report (a helper's body, reported at its callers).
  virtual bool handled(const RuleMeta& rule, Node node, PlatformSet breaksOn, std::string_view checkedValue = {}) const = 0;
  // Records what the code depends on at `node` (analyzer/lint/fact.h), whatever the rule selection and
  // the guards; the engine fills in the position and the platforms the code is reachable on.
  virtual void record(Fact fact, Node node) = 0;

  // What a check keeps while the file is analysed (its memo tables), one per `key` (the check's
  // address): created empty on first use, dropped with the file.
  template <typename T>
  T& fileState(const void* key) {
    std::shared_ptr<void>& slot = stateSlot(key);
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

  // Records a platform API the code uses (the inventory's platform-only APIs): `name` as shown, the
  // rule that knows it, and where it is missing (none: it exists everywhere and misbehaves somewhere).
  void recordPlatformApi(Node node, std::string name, const RuleMeta& rule, PlatformSet missingOn = {}) {
    Fact fact;
    fact.kind = FactKind::PlatformApi;
    fact.name = std::move(name);
    fact.ruleId = rule.id;
    fact.missingOn = missingOn;
    record(std::move(fact), node);
  }

 protected:
  virtual std::shared_ptr<void>& stateSlot(const void* key) = 0;
};

class Check {
 public:
  virtual ~Check() = default;
  // Every rule id this check may report.
  virtual std::span<const RuleMeta* const> rules() const = 0;
  // Node kinds (tree-sitter-python named node types, e.g. "call", "string") this check visits;
  // the engine makes one walk over the tree and dispatches each node to the checks that asked.
  virtual std::span<const std::string_view> nodeKinds() const = 0;
  virtual void visit(Node node, RuleContext& ctx) const = 0;
  // What `--profile` calls the check's share of the time, e.g. "PORT1xx kernel interfaces".
  virtual std::string_view name() const = 0;
  // The exceptions the constructs this check reports raise where they are unsupported (OSError for
  // a missing file or program, ImportError/AttributeError for a missing API): a finding inside a
  // `try` that catches one of them is guarded (analyzer/semantic/exception_handlers.h). Empty: no `try`
  // guards this check's findings.
  virtual std::span<const std::string_view> failureExceptions() const { return {}; }
  // True when asking whether the file or program a finding of `rule` names exists is itself
  // portable: "no" is the right answer where it is missing (`os.path.exists("/etc/network/interfaces")`,
  // a pid file), so such a check is no finding and handles the uses it guards. Not for kernel
  // interfaces ("/proc/<pid>" missing on macOS says nothing about the process) nor for a program's
  // location (Homebrew installs it elsewhere).
  virtual bool existenceCheckAnswers(const RuleMeta& /*rule*/) const { return false; }
  // True when the construct fails where it is evaluated (`ctypes.CDLL(None)` raises at the call),
  // so a `try` around a later use of the value it is assigned to handles nothing.
  virtual bool failsWhereEvaluated() const { return false; }
};

}  // namespace platlint
