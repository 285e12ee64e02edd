#pragma once
// Shared matcher of the path families (PORT1xx kernel interfaces, PORT2xx hard-coded paths):
// for a string literal, the whole value it starts (through concatenation, os.path.join,
// pathlib) and how that value is used.
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/fact.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

struct PathUse {
  Node root;            // the expression that builds the value (reported range)
  FoldedString value;   // its statically known value (or prefix)
  UseContext context;
  std::string consumer;  // qualified name or method of the call that receives it, if any
  // "reads", "lists", "checks", "writes" or "uses", from the consumer.
  std::string_view verb() const;
  // The path for a message: the value when fully known, else the expression as written.
  std::string shown() const;
};

// The inventory fact of a path use (kernel-path or hardcoded-path) that `ruleId` knows.
Fact pathFact(FactKind kind, const PathUse& use, std::string_view ruleId, PlatformSet missingOn);

// Returns the use of the value that `literal` starts, when that value is an absolute POSIX path
// (starts with '/', not '//', no whitespace) used as a path or plain value; nullopt for messages,
// docstrings, patterns, comparisons, keys and decorator arguments.
std::optional<PathUse> absolutePathUse(Node literal, const SemanticModel& model);

// A test module: under a `tests`/`test`/`testing` directory, or named `test_*.py`, `*_test.py` or
// `conftest.py`. Paths there that no file-system call receives are test data (expected values,
// fakes' return values, paths on a machine under test), not files of the machine running them.
bool isTestFile(std::string_view path);

// True when `path` is `prefix` or lies below it ("/proc/self" is below "/proc"). A prefix ending
// in '/' or '*' matches by plain string prefix ("/dev/sd*" matches "/dev/sda1").
bool pathIsUnder(std::string_view path, std::string_view prefix);

// The configured Linux-only path (`linux-only-paths`) that `path` lies under, the longest one
// when several do; null when none. Such paths belong to PORT111, never to the PORT2xx rules.
const ConfiguredPath* configuredLinuxOnlyPath(std::string_view path, const FileSettings& settings);

}  // namespace platlint
