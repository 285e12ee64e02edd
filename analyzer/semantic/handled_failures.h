#pragma once
// Whether the code already handles the failure of a construct where it is unsupported: a `try`
// around it that catches what it raises there (exception_handlers.h), or, for a file or program, a
// check that it exists first (absence_checks.h). A value built in one place and used in others
// (`path = "/proc/cmdline"` ... `try: open(path)`) is handled when every use is; one in a helper only
// its file calls (SemanticModel::localCallsOf) when it is handled at every call of the helper.
#include <span>
#include <string_view>

#include "analyzer/base/platform.h"
#include "analyzer/semantic/guard_analysis.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

// How a construct fails where it is unsupported.
struct FailureKind {
  // What it raises there; existence checks count only when OSError is one (a missing file or program).
  std::span<const std::string_view> exceptions;
  // Whether checking that the file or program exists is itself a right answer (Check::existenceCheckAnswers).
  bool existenceCheckAnswers = false;
  // Whether the construct fails where it is evaluated (a library load), not where its value is
  // used later (a path): then the reads of the variable it is assigned to do not decide.
  bool failsWhereEvaluated = false;
};

// True when the failure of `node` on the platforms `breaksOn` is handled: where it is, or (unless it
// fails where it is evaluated) at each read of the variable its value is assigned to (scopes.h
// readsOfAssignedValue), each of which is handled or runs only where nothing breaks. An existence check covers the use when it names the
// variable read or the value: `checkedValue` where given, else the string value of `node`.
bool failureHandled(Node node, const FailureKind& failure, PlatformSet breaksOn, const GuardAnalysis& guards,
                    const SemanticModel& model, std::string_view checkedValue = {});

}  // namespace platlint
