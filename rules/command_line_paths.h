#pragma once
// Absolute paths that a command names inside one of its words, where no path catalog sees them as
// paths: the words of a shell command line (`"grep -l %s /sys/class/net/veth*/ifindex"` run through
// `bash -c` or `shell=True`) and the value of a `key=/path` word (`"if=/dev/zero"`,
// `"--pidfile=/run/x.pid"`). The program opens each of them on this host.
#include <string>
#include <vector>

#include "analyzer/lint/fact.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {

// The paths the string literal `literal` names that way, when it is given to a command that
// commandInvocation() recognises (directly, formatted with `%` or `.format()`, or in its argument
// list, also one kept in a variable first: `cmd = ["dd", "if=/dev/zero"]` ... `subp(cmd)`); empty
// otherwise. With `optionValuesOnly`, only the value of a `key=/path` word.
std::vector<std::string> pathsInCommandText(Node literal, const SemanticModel& model, const FileSettings& settings,
                                            bool optionValuesOnly = false);

// Where a finding on such a path is reported: the literal, or the implicit concatenation it opens.
Node commandTextAnchor(Node literal);

// The fact that a command is given `path`, which rule `ruleId` knows.
Fact passedPathFact(FactKind kind, const std::string& path, std::string_view ruleId, PlatformSet missingOn);

}  // namespace platlint
