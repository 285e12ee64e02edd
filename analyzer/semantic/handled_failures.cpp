#include "analyzer/semantic/handled_failures.h"

#include <algorithm>
#include <optional>

#include "analyzer/semantic/absence_checks.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/scopes.h"

namespace platlint {
namespace {

// How many private helpers deep a failure is followed to the calls that handle it.
constexpr int kMaxHelperDepth = 3;

bool handledAt(Node site, const CheckedSubject& subject, std::span<const std::string_view> exceptions,
               const SemanticModel& model, int depth = 0);

// `if subp.which("ip"): return _route_info_iproute()`: in a helper only this file calls, a failure
// is handled when it is at every call (the value checked there; the helper's own names mean nothing
// at the call).
bool handledAtEveryCall(Node site, const CheckedSubject& subject, std::span<const std::string_view> exceptions,
                        const SemanticModel& model, int depth) {
  if (depth >= kMaxHelperDepth) return false;
  Node function = site.parent();
  while (function && !function.is("function_definition")) function = function.parent();
  const std::vector<Node>* calls = function ? model.localCallsOf(function) : nullptr;
  if (!calls) return false;
  const CheckedSubject atCall{{}, subject.value};
  return std::all_of(calls->begin(), calls->end(),
                     [&](Node call) { return handledAt(call, atCall, exceptions, model, depth + 1); });
}

bool handledAt(Node site, const CheckedSubject& subject, std::span<const std::string_view> exceptions,
               const SemanticModel& model, int depth) {
  const bool missingFileOrProgram = std::find(exceptions.begin(), exceptions.end(), "OSError") != exceptions.end();
  const bool here = missingFileOrProgram ? insideTryRecovering(site, exceptions) ||
                                               runsOnlyWhenPresent(site, subject, model) || checkedByHelper(site, model)
                                         : insideTryCatching(site, exceptions);
  return here || handledAtEveryCall(site, subject, exceptions, model, depth);
}

}  // namespace

bool failureHandled(Node node, const FailureKind& failure, PlatformSet breaksOn, const GuardAnalysis& guards,
                    const SemanticModel& model, std::string_view checkedValue) {
  const std::span<const std::string_view> exceptions = failure.exceptions;
  if (exceptions.empty()) return false;
  if (failure.existenceCheckAnswers && isExistenceCheckArgument(node, model)) return true;
  const std::optional<FoldedString> literal = model.stringValue(node);
  const std::string_view value = !checkedValue.empty()                ? checkedValue
                                 : literal && literal->complete ? std::string_view(literal->value)
                                                                : std::string_view();
  if (handledAt(node, {node.is("identifier") ? node.text() : std::string_view(), value}, exceptions, model)) return true;
  if (failure.failsWhereEvaluated) return false;
  // An existence check of the variable is a use only where its answer is right everywhere; else
  // (`return os.path.exists("/proc/%d" % pid)`) it is as wrong off Linux as reading the file, and
  // the reads it guards decide.
  bool used = false;
  for (const Node read : readsOfAssignedValue(node)) {
    if (isExistenceCheckArgument(read, model)) {
      used = used || failure.existenceCheckAnswers;
      continue;
    }
    if (!handledAt(read, {read.text(), value}, exceptions, model) && !(guards.reachableOn(read) & breaksOn).empty()) {
      return false;
    }
    used = true;
  }
  return used;
}

}  // namespace platlint
